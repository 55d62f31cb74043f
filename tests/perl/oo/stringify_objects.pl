package Thing; sub new { bless {}, shift }
package main;
my $t = Thing->new;
print(("$t" =~ /^Thing=HASH\(0x[0-9a-f]+\)$/) ? "Thing=HASH(0x...)\n" : "odd: $t\n");
my $a = bless [], 'Arr'; print(("$a" =~ /^Arr=ARRAY/) ? "Arr=ARRAY\n" : "odd\n");
my $s = bless \my $x, 'Sc'; print(("$s" =~ /^Sc=SCALAR/) ? "Sc=SCALAR\n" : "odd\n");
my $c = bless sub {}, 'Cd'; print(("$c" =~ /^Cd=CODE/) ? "Cd=CODE\n" : "odd\n");
print ref($t), " ", ref($a), " ", ref($s), " ", ref($c), "\n";
