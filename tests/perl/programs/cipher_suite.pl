#!/usr/bin/perl
# Classical ciphers: Caesar brute force with scoring, Vigenere, Atbash, rail fence and XOR hex.
use strict;
use warnings;

sub caesar { my ($t, $k) = @_; $k %= 26; my $u = join '', ('A' .. 'Z')[$k .. 25, 0 .. $k - 1]; my $l = lc $u; eval "\$t =~ tr/A-Za-z/$u$l/"; $t }
sub vigenere {
    my ($t, $key, $dir) = @_;
    my @k = map { ord(uc $_) - 65 } split //, $key;
    my $i = 0;
    $t =~ s{([A-Za-z])}{ my $c = $1; my $base = $c =~ /[a-z]/ ? 97 : 65; chr((ord($c) - $base + $dir * $k[$i++ % @k]) % 26 + $base) }ge;
    return $t;
}
sub atbash { my $t = shift; $t =~ tr/A-Za-z/ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba/; $t }
sub rail_encode {
    my ($t, $rails) = @_;
    my @r = ('') x $rails;
    my ($row, $step) = (0, 1);
    for my $c (split //, $t) { $r[$row] .= $c; $step = 1 if $row == 0; $step = -1 if $row == $rails - 1; $row += $step }
    return join '', @r;
}
sub rail_decode {
    my ($t, $rails) = @_;
    my @pattern; my ($row, $step) = (0, 1);
    for (1 .. length $t) { push @pattern, $row; $step = 1 if $row == 0; $step = -1 if $row == $rails - 1; $row += $step }
    my @order = sort { $pattern[$a] <=> $pattern[$b] || $a <=> $b } 0 .. $#pattern;
    my @out; my @chars = split //, $t;
    $out[ $order[$_] ] = $chars[$_] for 0 .. $#chars;
    return join '', @out;
}
sub xor_hex { my ($t, $k) = @_; my $kk = substr($k x (1 + length($t) / length $k), 0, length $t); unpack 'H*', $t ^ $kk }
sub unxor_hex { my ($h, $k) = @_; my $t = pack 'H*', $h; my $kk = substr($k x (1 + length($t) / length $k), 0, length $t); $t ^ $kk }

my %freq = (e => 12.7, t => 9.1, a => 8.2, o => 7.5, i => 7.0, n => 6.7, s => 6.3, h => 6.1, r => 6.0);
sub score { my $t = lc shift; my $s = 0; $s += $freq{$_} // 0 for split //, $t; $s }

my $plain = "Attack at dawn, meet at the old mill";
my $secret = caesar($plain, 11);
print "caesar: $secret\n";
my @cands = sort { $b->[1] <=> $a->[1] || $a->[0] <=> $b->[0] } map { [$_, score(caesar($secret, 26 - $_))] } 0 .. 25;
printf "best shift %d: %s\n", $cands[0][0], caesar($secret, 26 - $cands[0][0]);
my $v = vigenere($plain, "LEMON", 1);
print "vigenere: $v\n", "decoded:  ", vigenere($v, "LEMON", -1), "\n";
print "atbash: ", atbash($plain), " / ", atbash(atbash($plain)), "\n";
my $rf = rail_encode("WEAREDISCOVEREDFLEEATONCE", 3);
print "rail fence: $rf / ", rail_decode($rf, 3), "\n";
my $x = xor_hex("caravan", "key");
print "xor: $x / ", unxor_hex($x, "key"), "\n";
print "roundtrip all: ", (caesar(caesar($plain, 5), 21) eq $plain && rail_decode(rail_encode($plain, 4), 4) eq $plain ? "ok" : "FAIL"), "\n";
