#!/usr/bin/perl
# Full justification of paragraphs to a width, with centring, right alignment and hyphen-free breaking.
use strict;
use warnings;

my $text = <<'T';
Perl is a highly capable, feature-rich programming language with over thirty years of development. It runs on over one hundred platforms from portables to mainframes and is suitable for both rapid prototyping and large scale development projects.

Caravan aims to run ordinary Perl scripts unchanged while mapping work over many machines.
T

sub lines_for {
    my ($width, @words) = @_;
    my @lines;
    my @cur;
    my $len = 0;
    for my $w (@words) {
        if (@cur && $len + 1 + length($w) > $width) { push @lines, [@cur]; @cur = (); $len = 0 }
        $len += (@cur ? 1 : 0) + length $w;
        push @cur, $w;
    }
    push @lines, [@cur] if @cur;
    return @lines;
}

sub justify {
    my ($width, $words, $last) = @_;
    return join(' ', @$words) if $last || @$words == 1;
    my $chars = 0; $chars += length for @$words;
    my $gaps = @$words - 1;
    my $spaces = $width - $chars;
    my $out = '';
    for my $i (0 .. $#$words) {
        $out .= $words->[$i];
        next if $i == $#$words;
        my $n = int($spaces / $gaps) + ($i < $spaces % $gaps ? 1 : 0);
        $out .= ' ' x $n;
    }
    return $out;
}

for my $width (40, 28) {
    print "=" x $width, "\n";
    for my $para (split /\n\s*\n/, $text) {
        my @lines = lines_for($width, split ' ', $para);
        for my $i (0 .. $#lines) {
            my $l = justify($width, $lines[$i], $i == $#lines);
            print "$l\n";
        }
        print "\n";
    }
}
my $w = 30;
for my $s ("centered title", "a", "exactly thirty characters long") {
    my $pad = $w - length $s;
    print "[", ' ' x int($pad / 2), $s, ' ' x ($pad - int($pad / 2)), "]\n";
    printf "[%*s]\n", $w, $s;
}
my @lens = map { length } map { justify(40, $_, 0) } lines_for(40, split ' ', $text);
my %h; $h{$_}++ for @lens;
print "line length histogram: ", join(", ", map { "$_ x$h{$_}" } sort { $a <=> $b } keys %h), "\n";
