use strict; use warnings;
my $r;
$r->[2] = "x"; print ref($r), " ", scalar(@$r), "\n";
my $h;
$h->{a}{b} = 1; print join(",", keys %$h), "\n";
my %t;
if (exists $t{x}{y}) { }
print exists $t{x} ? "x autoviv by exists\n" : "no autoviv\n";
my @list;
my $n = @{ $list[3] || [] }; print scalar(@list), "\n";
push @{ $t{arr} }, 1; print ref $t{arr}, "\n";
my $cnt = ++$t{counter}{hits}; print "$cnt\n";
