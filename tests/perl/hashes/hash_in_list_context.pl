use strict; use warnings;
my %h = (one => 1, two => 2, three => 3);
my @flat = %h; print scalar(@flat), "\n";
my %inv = reverse %h; print join(",", map { "$_=$inv{$_}" } sort { $a <=> $b } keys %inv), "\n";
my %merged = (%h, four => 4, one => "uno"); print join(",", map { "$_=$merged{$_}" } sort keys %merged), "\n";
my $count = %h ? scalar(keys %h) : 0; print "$count\n";
my %from_list = (a => 1, a => 2); print "$from_list{a}\n";
