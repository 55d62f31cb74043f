for my $v (3.7, -3.7, 0.5, -0.5, 10, -0) { print "int($v)=", int($v), " abs=", abs($v), "\n" }
print sqrt(16), " ", sqrt(2), " ", sqrt(0), "\n";
print abs(-9223372036854775807), "\n";
print int(7/2), " ", int(-7/2), "\n";
print int("42.9xyz" =~ /(\d+\.\d+)/ ? $1 : 0), "\n";
