# The experimental pragma: enables features and silences their warnings lexically.
use strict;
use warnings;
$| = 1;
$SIG{__WARN__} = sub { (my $w = $_[0]) =~ s/\(eval \d+\)/(eval N)/g; print "W: $w" };
{
    use experimental qw(signatures);
    sub twice ($x) { $x * 2 }
    print "signatures: ", twice(21), "\n";
}
{
    use experimental 'smartmatch';
    print "smartmatch: ", ('a' ~~ ['a', 'b'] ? 'yes' : 'no'), "\n";
}
{
    use experimental qw(declared_refs refaliasing);
    my \$alias = \my $target;
    $target = 5;
    print "refaliasing: $alias\n";
}
{
    use experimental 'isa';
    print "isa: ", ([] isa ARRAY ? 1 : 0), " ", ((bless {}, 'Foo') isa Foo ? 1 : 0), "\n";
}
{
    use experimental 'try';
    try { die "oops\n" } catch ($e) { print "try: caught $e" }
}
{
    use experimental qw(lexical_subs postderef);
    my sub inner { 'lexical' }
    my $ar = [1, 2, 3];
    print "stable names: ", inner(), " ", scalar($ar->@*), "\n";
}
for my $code ('use experimental "nope"; 1', 'no experimental "nope"; 1', 'use experimental "say"; say "say enabled"; 1') {
    my $ok = eval $code;
    (my $err = $@) =~ s/\(eval \d+\)/(eval N)/g;
    print "$code => ", ($ok ? "ok\n" : $err);
}
