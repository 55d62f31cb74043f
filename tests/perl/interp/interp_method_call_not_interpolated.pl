package Obj; sub new { bless { n => 5 }, shift } sub n { $_[0]{n} }
package main;
my $o = Obj->new;
my $s = "value: $o->{n} method: @{[ $o->n ]}";
print "$s\n";
my $str = "call: $o->n";
print(($str =~ /^call: Obj=HASH\(0x[0-9a-f]+\)->n$/) ? "method not interpolated\n" : "$str\n");
