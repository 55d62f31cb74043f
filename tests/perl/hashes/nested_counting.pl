my @events = qw(alice:login bob:login alice:view alice:view bob:logout carol:login alice:logout);
my %c;
for (@events) { my ($u, $e) = split /:/; $c{$u}{$e}++; $c{$u}{_total}++ }
for my $u (sort keys %c) { print "$u: ", join(" ", map { "$_=$c{$u}{$_}" } sort keys %{ $c{$u} }), "\n" }
