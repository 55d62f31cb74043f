package Person;
use strict; use warnings;
for my $f (qw(name age email)) {
    no strict 'refs';
    *{"Person::$f"} = sub { my $s = shift; $s->{$f} = shift if @_; return $s->{$f} };
}
sub new { my ($c, %a) = @_; bless {%a}, $c }
package main;
my $p = Person->new(name => "Ann", age => 30);
$p->email('ann@example.com');
$p->age($p->age + 1);
print join(" | ", map { $p->$_ } qw(name age email)), "\n";
print Person->can('email') ? "has email\n" : "no\n";
