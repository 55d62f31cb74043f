package Base; sub new { bless {}, shift } sub hello { "base hello" }
package Kid; our @ISA = ('Base');
package main;
my $k = Kid->new;
print $k->hello, "\n";
{ no warnings 'once'; *Kid::hello = sub { "kid hello" }; }
print $k->hello, "\n";
@Kid::ISA = (); print Kid->can('new') ? "still can\n" : "cannot new now\n";
