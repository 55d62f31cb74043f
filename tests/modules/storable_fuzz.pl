# Storable: dclone and freeze/thaw of random structures with shared references and cycles
# (fixed seed); the copies must dump exactly like the originals.
use strict;
use warnings;
use Storable qw(dclone freeze thaw);
use Data::Dumper;
use Scalar::Util qw(reftype);
$Data::Dumper::Sortkeys = 1;
$Data::Dumper::Purity = 1;
$Data::Dumper::Indent = 1;
$| = 1;
srand(1234);
my @atoms = (0, 1, -7, 2.5, '', 'str', "\x{263a}", "caf\xe9", undef, '007');
sub gen {
    my ($d) = @_;
    my $r = rand;
    return $atoms[int rand @atoms] if $d > 3 || $r < 0.3;
    return [ map { gen($d + 1) } 1 .. int rand 4 ] if $r < 0.6;
    return { map { ('k' . int(rand 5)) => gen($d + 1) } 1 .. int rand 4 } if $r < 0.85;
    return bless [ gen($d + 1) ], 'Obj' . int(rand 2) if $r < 0.92;
    my $v = gen($d + 1);
    return \$v;
}
sub containers {
    my ($data) = @_;
    my (@out, %seen);
    my @todo = ($data);
    while (@todo) {
        my $r = shift @todo;
        next unless ref $r && !$seen{$r}++;
        my $t = reftype($r);
        if ($t eq 'ARRAY') { push @out, $r; push @todo, @$r }
        elsif ($t eq 'HASH') { push @out, $r; push @todo, map { $r->{$_} } sort keys %$r }
        elsif ($t eq 'SCALAR' || $t eq 'REF') { push @todo, $$r }
    }
    return @out;
}
for my $n (1 .. 80) {
    my $data = [ gen(0) ];
    my @c = containers($data);
    for (1 .. int rand 3) {
        my ($from, $to) = ($c[int rand @c], $c[int rand @c]);
        if (reftype($from) eq 'ARRAY') { push @$from, $to } else { $from->{ 'link' . int rand 2 } = $to }
    }
    my $orig = Dumper($data);
    my $clone = dclone($data);
    my $thawed = thaw(freeze($data));
    print "case $n: ", (Dumper($clone) eq $orig ? 'dclone same' : "dclone DIFFERENT\n$orig" . Dumper($clone)), " ",
        (Dumper($thawed) eq $orig ? 'thaw same' : "thaw DIFFERENT\n" . Dumper($thawed)), "\n";
}
