package Employee; use strict; use warnings;
sub new { my ($c, %a) = @_; bless { name => $a{name}, base => $a{base} // 1000 }, $c }
sub pay { $_[0]{base} }
sub title { "Employee" }
sub describe { my $s = shift; sprintf "%-6s %-9s %7.2f", $s->{name}, $s->title, $s->pay }
package Manager; our @ISA = ('Employee');
sub new { my ($c, %a) = @_; my $s = Employee::new($c, %a); $s->{reports} = $a{reports} // []; $s }
sub pay { my $s = shift; $s->SUPER::pay() + 100 * @{ $s->{reports} } }
sub title { "Manager" }
package Intern; our @ISA = ('Employee');
sub pay { $_[0]->SUPER::pay() * 0.5 } sub title { "Intern" }
package main;
my @staff = (Employee->new(name => "ann"), Intern->new(name => "ivan", base => 800), Manager->new(name => "meg", base => 2000, reports => [1, 2, 3]));
print $_->describe, "\n" for @staff;
my $total = 0; $total += $_->pay for @staff; printf "total %.2f\n", $total;
print join(",", map { ref } sort { $b->pay <=> $a->pay } @staff), "\n";
