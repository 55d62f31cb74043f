# Data::Dumper: randomly generated structures (fixed seed) under many option combinations.
use strict;
use warnings;
use Data::Dumper;
$| = 1;
srand(20261130);
my @atoms = (0, 1, -1, 7, 42, -17, 123456789, 1234567890, 12345678901, -1234567890, 0.5, -2.25, 1e10, 1.5e-7,
    '0', '1', '01', '-0', '1.0', ' 1', '1e3', 'abc', '', "it's", 'back\\slash', "new\nline", "tab\there",
    "\x{263a}", "caf\xe9", "\x00\x01", '$x@y', '"dq"', undef);
sub atom { my $a = $atoms[int rand @atoms]; return $a }
sub gen {
    my ($depth) = @_;
    my $r = rand;
    return atom() if $depth > 3 || $r < 0.35;
    if ($r < 0.6) { return [ map { gen($depth + 1) } 1 .. int rand 4 ] }
    if ($r < 0.85) { my %h; $h{ atom() // 'undef' } = gen($depth + 1) for 1 .. int rand 4; return \%h }
    if ($r < 0.9) { my $v = gen($depth + 1); return \$v }
    if ($r < 0.95) { return bless [ gen($depth + 1) ], 'Cls' . int(rand 3) }
    return bless { k => gen($depth + 1) }, 'Obj::Name';
}
my @configs = (
    {}, { Indent => 1 }, { Indent => 0 }, { Useqq => 1 }, { Terse => 1 }, { Quotekeys => 0 },
    { Indent => 1, Useqq => 1, Quotekeys => 0 }, { Pair => ': ', Indent => 1 }, { Trailingcomma => 1 },
    { Deepcopy => 1 }, { Purity => 1 }, { Maxdepth => 2 }, { Useperl => 1 }, { Useperl => 1, Useqq => 1 }, { Useperl => 1, Indent => 1, Quotekeys => 0 },
);
# Adds shared references and cycles between the containers of a structure.
sub crosslink {
    my ($data) = @_;
    my @containers;
    my @todo = ($data);
    my %seen;
    while (@todo) {
        my $r = shift @todo;
        next unless ref $r && !$seen{$r}++;
        my $t = Scalar::Util::reftype($r);
        if ($t eq 'ARRAY') { push @containers, $r; push @todo, @$r }
        elsif ($t eq 'HASH') { push @containers, $r; push @todo, map { $r->{$_} } sort keys %$r }
        elsif ($t eq 'SCALAR' || $t eq 'REF') { push @todo, $$r }
    }
    return unless @containers;
    for (1 .. int rand 3) {
        my $from = $containers[int rand @containers];
        my $to = $containers[int rand @containers];
        if (Scalar::Util::reftype($from) eq 'ARRAY') { push @$from, $to }
        else { $from->{ 'link' . int rand 3 } = $to }
    }
}
require Scalar::Util;
for my $n (1 .. 240) {
    my $data = gen(0);
    crosslink($data) if $n % 3 == 0;
    my $cfg = $configs[$n % @configs];
    my $d = Data::Dumper->new([$data, [$data]], ['data', '*list']);
    $d->Sortkeys(1);
    for my $k (sort keys %$cfg) { $d->$k($cfg->{$k}) }
    my $out = $d->Dump;
    $out =~ s/0x[0-9a-f]+/0xADDR/g;
    print "# case $n ", join(',', map { "$_=$cfg->{$_}" } sort keys %$cfg), "\n", $out, "\n";
}
