#!/usr/bin/perl
# Generates drand48.tsv: "<seed arg hex>\t<srand return>\t<overflow warned 0/1>\t<bits of 25
# rand() values, comma-separated>\t<rand(10)>,<int(rand(100))>,<rand(-3)>,<rand(0)> bits".
# Run: perl gen_drand48.pl > drand48.tsv
use strict;
use warnings;
sub bits { return unpack("H16", pack("d>", $_[0])) }
my @seeds = ("0", "1", "2", "42", "3.7", "-5", "4294967295", "4294967296", "4294967303", "123456789",
    "18446744073709551615", "abc", "1e20", " 17 ", "1_000", "0 but true", "99999999999");
push @seeds, int(rand(2**32)) for 1 .. 40;
for my $s (@seeds) {
    my $warned = 0;
    local $SIG{__WARN__} = sub { $warned = 1 if $_[0] =~ /Integer overflow in srand/ };
    my $ret = srand($s);
    my @v = map { bits(rand()) } 1 .. 25;
    my @w = (bits(rand(10)), bits(int(rand(100))), bits(rand(-3)), bits(rand(0)));
    print unpack("H*", $s), "\t$ret\t$warned\t", join(",", @v), "\t", join(",", @w), "\n";
}
