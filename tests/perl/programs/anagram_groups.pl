#!/usr/bin/perl
# Groups words into anagram classes, finds the largest classes, palindromes and word-square candidates.
use strict;
use warnings;

my @words = map { lc } split ' ', <<'W';
listen silent enlist inlets tinsel stone tones notes onset steno seton
evil vile live veil levi angel glean angle galen below elbow bowel
dusty study night thing arc car level radar civic rotor kayak refer
stop pots tops spot opts post race care acre heart earth hater
W
my %groups;
push @{ $groups{ join '', sort split //, $_ } }, $_ for @words;
my @classes = sort { @{ $groups{$b} } <=> @{ $groups{$a} } || $a cmp $b } grep { @{ $groups{$_} } > 1 } keys %groups;
printf "%d words, %d anagram classes with 2+ members\n", scalar @words, scalar @classes;
for my $k (@classes) { printf "%-8s %d: %s\n", $k, scalar @{ $groups{$k} }, join(" ", sort @{ $groups{$k} }) }
my @single = sort grep { @{ $groups{ join '', sort split //, $_ } } == 1 } @words;
print "no anagram: @single\n";
my @pal = sort grep { $_ eq reverse $_ } @words;
print "palindromes: @pal\n";
my %by_len; push @{ $by_len{ length $_ } }, $_ for @words;
print "by length: ", join(", ", map { "$_=" . scalar @{ $by_len{$_} } } sort { $a <=> $b } keys %by_len), "\n";
my %letters; $letters{$_}++ for map { split // } @words;
my @top = (sort { $letters{$b} <=> $letters{$a} || $a cmp $b } keys %letters)[0 .. 5];
print "top letters: ", join(" ", map { "$_:$letters{$_}" } @top), "\n";
my @rev_pairs = sort grep { my $r = reverse $_; $r ne $_ && grep { $_ eq $r } @words } @words;
print "reversal pairs: @rev_pairs\n";
