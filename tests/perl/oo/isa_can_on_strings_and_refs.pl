package Animal; sub new { bless {}, shift } sub speak { "..." }
package Dog; our @ISA = ('Animal'); sub speak { "woof" }
package main;
for my $thing ('Dog', 'Animal', Dog->new, 'NoSuch', [], 42) {
    my $label = ref($thing) || $thing;
    my $isa = eval { $thing->isa('Animal') } ? "yes" : "no";
    my $can = eval { $thing->can('speak') } ? "yes" : "no";
    print "$label: isa=$isa can=$can\n";
}
