#!/usr/bin/perl
# Generates parse_number.tsv: "<input hex>\t<$s+0 as perl prints it>\t<warned isn't numeric 0/1>
# \t<looks_like_number 0/1>" for hand-picked and randomly assembled strings.
# Run: perl gen_parse_number.pl > parse_number.tsv
use strict;
use warnings;
use Scalar::Util qw(looks_like_number);
srand(7);
my @s = ("", " ", "0", "1", "-1", "+1", "3abc", " 12 ", "\t12\n", "1e3", ".5", "5.", "0x10", "0b101",
    "inf", "-inf", "nan", "-nan", "Infinity", "-Infinity", "INF", "infinit", "infx", "nanx", "nanq",
    "nan(123)", "nan(0x1f)", "nan(abc)", "1.#INF", "-1.#IND", "1#INF", "0 but true", "0 but true ",
    "1_000", "1e", "1e+", "1e-5", "-0", "-0.0", "-0e0", ".", "+", "-", "+.5", "-.5e1", "1.5e308",
    "1e309", "-1e309", "1e-400", "18446744073709551615", "18446744073709551616",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "1e15", "1e16", "1e19", "1.8446744073709552e19", "9007199254740993", "9007199254740991.0",
    "4.0", "4.5", " +3", "- 3", "3 4", "12abc", "1e15x", "\x0b7", "7\x0b", "\f8\r", "1\0", "0.1",
    "00012", "0012.50", "1.2.3", "١", "1e1000000000000", "123456789012345678901234567890",
    "0.000000000000000000000000000001", "  -  1", "e5", "E5", "-e5", "1E5", "1.e5", ".e5", "nan ",
    " inf ", "infinity ", "in", "na", "1 but true", "0 but false", "0x", "-0x1A", "0 ", "07");
my @frag = ("0", "1", "9", "12", "345", "007", ".", "e", "E", "-", "+", " ", "\t", "x", "_", "inf",
    "nan", "a", "#", "(", ")", "99999999999", "\n", "1e", "5", "0 but true");
for (1 .. 4000) {
    my $n = 1 + int(rand(5));
    push @s, join "", map { $frag[int(rand(@frag))] } 1 .. $n;
}
my %seen;
for my $s (grep { !$seen{$_}++ } @s) {
    my $warned = 0;
    local $SIG{__WARN__} = sub { $warned = 1 if $_[0] =~ /isn't numeric/ };
    my $copy = $s;
    my $sum = $copy + 0;
    my $lln = looks_like_number($s) ? 1 : 0;
    print unpack("H*", $s), "\t", $sum, "\t", $warned, "\t", $lln, "\n";
}
