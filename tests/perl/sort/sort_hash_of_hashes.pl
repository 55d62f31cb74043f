my %h = (x => { n => 3, s => "b" }, y => { n => 1, s => "a" }, z => { n => 3, s => "a" });
print join(" ", sort { $h{$a}{n} <=> $h{$b}{n} || $h{$a}{s} cmp $h{$b}{s} } keys %h), "\n";
print join(" ", map { "$_=$h{$_}{n}" } sort { $h{$b}{n} <=> $h{$a}{n} or $a cmp $b } keys %h), "\n";
