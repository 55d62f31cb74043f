print __LINE__, "\n";
print __FILE__, "\n";
print __PACKAGE__, "\n";
package Foo::Bar;
print __PACKAGE__, "\n";
sub name { return (caller(0))[3] }
print name(), "\n";
package main;
print "line ", __LINE__, "\n";
print "$0\n";
