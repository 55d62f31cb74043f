package Foo;
our $name = "foo";
sub get { return $name }
package Bar;
our $name = "bar";
sub get { return $name }
package main;
print Foo::get(), " ", Bar::get(), "\n";
print "$Foo::name $Bar::name\n";
our $x = 10;
{ our $x; $x++; }
print "$x $main::x\n";
$Foo::name = "changed";
print Foo::get(), "\n";
use vars qw($old @older);
$old = "vars"; @older = (1,2);
print "$old @older\n";
