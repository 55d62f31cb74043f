use strict; use warnings;
my $first = shift // "default-first";
my $second = shift // "default-second";
my $third = shift // 3;
print "$first $second $third\n";
sub opt { my $n = shift // 10; my $m = shift // 20; return $n + $m }
print opt(), " ", opt(1), " ", opt(1, 2), " ", opt(undef, 5), "\n";
my @stack = (1);
my $p = pop @stack // "empty"; my $q = pop(@stack) // "empty";
print "$p $q\n";
my %h = (a => 0);
print $h{a} // "undef", " ", $h{b} // "undef", "\n";
sub nothing { return } print scalar(nothing()) // "no value", "\n";
my $x; $x //= 7; $x //= 8; print "$x\n";
my $re = "a//b" =~ m{//} ? "slashes matched" : "no"; print "$re\n";
my @split = split //, "ab"; print scalar(@split), "\n";
