#!/usr/bin/perl
# Generates hex_oct.tsv: "<hex|oct>\t<input hex>\t<result as perl prints it>\t<warnings, |-joined, hex>".
# Run: perl gen_hex_oct.pl > hex_oct.tsv
use strict;
use warnings;
srand(5150);
my @s = ("", "0", "1", "ff", "FF", "0xff", "x1f", "0X1F", "1ffffffff", "ffffffffffffffff",
    "fffffffffffffffff", "123456789abcdef0123", "12g4", "g", "_1", "1__2", "1_2", "1_", "0b101",
    "0b1012", "b11", "0b", "0o17", "o17", "017", "12389", "777", "0777777777777777777777",
    "1777777777777777777777", "2777777777777777777777", " 0x1_f", "\t 17", "  0b11", "0x", "x",
    "0b111111111111111111111111111111111", "077777777777", "1\0 2", "deadbeef", "DEADBEEFCAFEBABE1",
    "0_x1", "0x_1", "8", "9", "08", "0_7", "1111111111111111111111111111111111111111111111111111111111111111111");
my @frag = ("0", "1", "7", "8", "f", "F", "g", "_", "x", "b", "o", " ", "0x", "0b", "ff", "123", "__");
push @s, join "", map { $frag[int(rand(@frag))] } 1 .. 1 + int(rand(8)) for 1 .. 1500;
my %seen;
for my $s (grep { !$seen{$_}++ } @s) {
    for my $f ("hex", "oct") {
        my @w;
        local $SIG{__WARN__} = sub { (my $m = $_[0]) =~ s/ at \S+ line \d+\.\n//; push @w, $m };
        my $r = $f eq "hex" ? hex($s) : oct($s);
        print "$f\t", unpack("H*", $s), "\t$r\t", unpack("H*", join("|", @w)), "\n";
    }
}
