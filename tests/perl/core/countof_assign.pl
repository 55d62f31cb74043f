use strict; use warnings;
sub f { return (10, 20, 30, 40) }
my $n = () = f();
print "$n\n";
my $count = () = "a,b,c,d,e" =~ /,/g;
print "$count\n";
my ($a1, $b1) = f();
print "$a1 $b1\n";
my $last = (f())[-1];
print "$last\n";
my $sc = (my @tmp = f());
print "$sc\n";
my $cnt = (my ($x, $y) = (5, 6, 7));
print "$cnt $x $y\n";
my @e = ();
my $z = () = @e;
print "$z\n";
