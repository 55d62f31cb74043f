use strict; use warnings;
my %db;
$db{alice}{age} = 30;
$db{alice}{langs}[0] = "perl";
push @{ $db{bob}{langs} }, "c", "rust";
$db{carol}{score}++;
for my $name (sort keys %db) {
    my $r = $db{$name};
    print "$name: ", join(", ", map { my $v = $r->{$_}; "$_=" . (ref $v ? "[@$v]" : $v) } sort keys %$r), "\n";
}
my %x; my $e = exists $x{a}{b}; print exists $x{a} ? "a autovivified\n" : "no a\n";
my $deep = {}; $deep->{l1}{l2}{l3} = "deep"; print $deep->{l1}->{l2}->{l3}, "\n";
