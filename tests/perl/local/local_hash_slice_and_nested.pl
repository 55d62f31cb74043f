our %h = (a => 1, b => 2, c => 3);
sub show { join(",", map { "$_=" . ($h{$_} // "U") } sort keys %h) }
{ local @h{qw(a b)} = (10, 20); print show(), "\n"; }
print show(), "\n";
our %deep = (x => { y => 1 });
{ local $deep{x}{y} = 2; print $deep{x}{y}, "\n"; }
print $deep{x}{y}, "\n";
