my @a = (1, 2, 3);
my %h = (k => "v");
print "array: @a, count: ${\ scalar @a}, last: $a[-1] $a[$#a]\n";
print "expr: @{[ $a[0] + $a[1] ]}\n";
print "hash elem: $h{k} $h{'k'} @h{'k'}\n";
my $r = \@a; print "ref: @$r / @{$r} / $$r[0] / ${$r}[1] / $r->[2]\n";
my @nested = ([1, 2], [3]); print "nested: $nested[0][1] @{$nested[1]}\n";
print "method: @{[ scalar localtime(0) ]}\n" =~ /1970/ ? "ok\n" : "no\n";
