my @k = qw(a b c); my @v = (1, 2, 3);
my %h; @h{@k} = @v;
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
my %z = map { $k[$_] => $v[$_] } 0..$#k; print join(",", map { "$_$z{$_}" } sort keys %z), "\n";
my %missing; @missing{qw(x y z)} = (1); print join(",", map { defined $missing{$_} ? 1 : 0 } qw(x y z)), "\n";
