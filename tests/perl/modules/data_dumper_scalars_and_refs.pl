use Data::Dumper;
$Data::Dumper::Sortkeys = 1; $Data::Dumper::Indent = 1;
my $s = "str"; my @a = (1, "two", 3.5); my %h = (n => undef, e => "", z => 0);
print Dumper(\$s, \@a, \%h);
local $Data::Dumper::Terse = 1;
print Dumper(\\"refref"), Dumper(sub { 1 }) =~ s/0x[0-9a-f]+/ADDR/r;
print Dumper(-0.5, "007", 1e20, "1e20");
