use strict; use warnings;
for my $i (1..10) {
    next if $i % 2;
    last if $i > 8;
    print "even $i\n";
}
my $n = 0;
while (1) { $n++; last if $n >= 5 }
print "n=$n\n";
my $k = 10;
until ($k <= 7) { $k-- }
print "k=$k\n";
do { $k++ } while ($k < 12);
print "k=$k\n";
do { $k-- } until $k <= 9;
print "k=$k\n";
OUTER: for my $i (1..3) {
    for my $j (1..3) {
        next OUTER if $j == 2;
        print "$i$j ";
    }
}
print "\n";
for (my $i = 0; $i < 3; $i++) { print "c$i " } print "\n";
my @stack = (1..4);
while (my $x = pop @stack) { print "pop $x\n" }
my $i = 0;
{ $i++; redo if $i < 3; }
print "redo i=$i\n";
unless (0) { print "unless\n" } else { print "else\n" }
if (0) { } elsif (1) { print "elsif\n" }
print "postfix for $_\n" for 1..2;
my $c = 0; $c++ while $c < 7; print "c=$c\n";
