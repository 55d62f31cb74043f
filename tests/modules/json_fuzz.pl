# JSON::PP: random structures (fixed seed) encoded with several option sets, decoded back,
# and randomly damaged JSON texts whose error messages must match.
use strict;
use warnings;
use JSON::PP;
$| = 1;
binmode STDOUT, ':utf8';
srand(42);
my @atoms = (0, 1, -1, 42, 1.5, -0.25, 1e20, 3.0, '0', '12', 'abc', '', "q\"uote", "back\\slash", "line\nbreak", "\x{263a}", "caf\xe9", "\x01", 'a/b', undef);
sub gen {
    my ($d) = @_;
    my $r = rand;
    return $atoms[int rand @atoms] if $d > 3 || $r < 0.4;
    return [ map { gen($d + 1) } 1 .. int rand 4 ] if $r < 0.7;
    my %h;
    $h{ $atoms[int rand @atoms] // 'null' } = gen($d + 1) for 1 .. int rand 4;
    return \%h;
}
my @opts = ([], ['pretty'], ['ascii'], ['latin1'], ['space_after'], ['indent', 'space_before'], ['utf8']);
for my $n (1 .. 120) {
    my $data = gen(0);
    my $json = JSON::PP->new->canonical->allow_nonref;
    my $o = $opts[$n % @opts];
    $json->$_ for @$o;
    my $text = $json->encode($data);
    my $back = eval { $json->decode($text) };
    my $again = defined $back || !ref $data ? $json->encode($back) : 'decode failed';
    my $shown = $text;
    utf8::decode($shown) if grep { $_ eq 'utf8' } @$o;
    print "# $n @$o\n$shown", ($shown =~ /\n\z/ ? '' : "\n"), ($again eq $text ? "roundtrip ok\n" : "roundtrip differs: $again\n");
}
my $plain = JSON::PP->new->canonical;
for my $n (1 .. 150) {
    my $text = $plain->encode(gen(0));
    my $pos = int rand(length($text) + 1);
    my $kind = int rand 3;
    my @junk = ('{', '}', '[', ']', ',', ':', '"', '\\', 'x', '-', '.', 'e', ' ', "\t", 't', 'n', '0');
    if ($kind == 0) { substr($text, $pos, 1) = '' }
    elsif ($kind == 1) { substr($text, $pos, 0) = $junk[int rand @junk] }
    else { $text = substr($text, 0, $pos) }
    my $r = eval { $plain->allow_nonref->decode($text); 1 };
    (my $err = $@) =~ s/ at \S+ line \d+\.\n//;
    print "[$text] => ", ($r ? "ok\n" : "$err\n");
}
