#!/usr/bin/perl
# Generates incr.tsv: "<input hex>\t<result of $s++ as perl prints it, hex>\t<warning: 0, n = isn't numeric, z = treated as 0>".
# Run: perl gen_incr.pl > incr.tsv
use strict;
use warnings;
srand(11);
my @s = ("aa", "Az", "zz", "a9", "Zz", "zZ9", "", "a-b", "09", "99", "9", "0", "z", "Z", "zz99",
    "a", "A99", "az", "Zz9", "zzz", "ZZZ", "1.5", "-1", "-1.5", " 1", "1 ", "1e3", "3abc", "abc3d",
    "9223372036854775807", "18446744073709551615", "-9223372036854775808", "inf", "nan", "0x1",
    "a b", "1_0", "0 but true", "12abc", "1e15x", "Ab0", "b9z", "_a", "é");
my @frag = ("a", "z", "Z", "y", "9", "0", "5", "A", "-", ".", "1", " ", "zz", "99");
push @s, join "", map { $frag[int(rand(@frag))] } 1 .. 1 + int(rand(5)) for 1 .. 1500;
my %seen;
for my $s (grep { !$seen{$_}++ } @s) {
    my $warned = 0;
    local $SIG{__WARN__} = sub { $warned = $_[0] =~ /isn.t numeric/ ? "n" : $_[0] =~ /treated as 0/ ? "z" : "?" };
    my $c = $s;
    $c++;
    print unpack("H*", $s), "\t", unpack("H*", "$c"), "\t", $warned, "\n";
}
