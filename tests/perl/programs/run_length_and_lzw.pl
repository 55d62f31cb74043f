#!/usr/bin/perl
# Compression toys: run-length encoding, LZW encode/decode, and Base64 by hand checked against pack.
use strict;
use warnings;

sub rle_encode { my $s = shift; $s =~ s/((.)\2*)/length($1) . $2/ges; $s }
sub rle_decode { my $s = shift; $s =~ s/(\d+)(.)/$2 x $1/ges; $s }

sub lzw_encode {
    my $s = shift;
    my %dict = map { chr($_) => $_ } 0 .. 255;
    my $next = 256;
    my ($w, @out) = ('');
    for my $c (split //, $s) {
        if (exists $dict{ $w . $c }) { $w .= $c }
        else { push @out, $dict{$w}; $dict{ $w . $c } = $next++; $w = $c }
    }
    push @out, $dict{$w} if length $w;
    return @out;
}
sub lzw_decode {
    my @codes = @_;
    return '' unless @codes;
    my %dict = map { $_ => chr($_) } 0 .. 255;
    my $next = 256;
    my $w = $dict{ shift @codes };
    my $out = $w;
    for my $k (@codes) {
        my $entry = exists $dict{$k} ? $dict{$k} : $k == $next ? $w . substr($w, 0, 1) : die "bad code $k\n";
        $out .= $entry;
        $dict{ $next++ } = $w . substr($entry, 0, 1);
        $w = $entry;
    }
    return $out;
}

my @b64 = ('A' .. 'Z', 'a' .. 'z', 0 .. 9, '+', '/');
sub b64 {
    my $s = shift;
    my $bits = unpack 'B*', $s;
    my $pad = (3 - length($s) % 3) % 3;
    $bits .= '0' x ((6 - length($bits) % 6) % 6);
    my $out = join '', map { $b64[ oct "0b$_" ] } $bits =~ /(.{6})/g;
    return $out . ('=' x $pad);
}

for my $s ("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", "") {
    my $e = rle_encode($s);
    printf "rle %-30s %-24s %s\n", length $s > 28 ? substr($s, 0, 25) . '...' : "'$s'", "'$e'", rle_decode($e) eq $s ? 'ok' : 'FAIL';
}
my $text = "TOBEORNOTTOBEORTOBEORNOT";
my @codes = lzw_encode($text);
print "lzw codes: @codes\n";
printf "lzw: %d chars -> %d codes, decode %s\n", length $text, scalar @codes, lzw_decode(@codes) eq $text ? 'ok' : 'FAIL';
my $long = join ' ', ('the quick brown fox jumps over the lazy dog') x 20;
my @lc = lzw_encode($long);
printf "lzw long: %d chars -> %d codes (%.1f%%), roundtrip %s\n", length $long, scalar @lc, 100 * @lc / length $long, lzw_decode(@lc) eq $long ? 'ok' : 'FAIL';
require MIME::Base64;
for my $s ("", "f", "fo", "foo", "foob", "fooba", "foobar", "Caravan \x{ff}\x{00}") {
    my ($mine, $lib) = (b64($s), MIME::Base64::encode_base64($s, ''));
    printf "%-12s %-16s %s\n", length $s < 10 ? "'$s'" : "(binary)", $mine, $mine eq $lib ? 'matches' : "DIFF $lib";
}
