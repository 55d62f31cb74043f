package Foo; our $VERSION = '1.23'; sub new { bless {}, shift } sub bar {}
package main;
print Foo->VERSION, "\n";
print Foo->can('bar') ? "can bar\n" : "no\n";
print Foo->isa('UNIVERSAL') ? "isa UNIVERSAL\n" : "no\n";
eval { Foo->VERSION(2) }; print $@ ? "version check failed\n" : "ok\n";
print Foo->new->DOES('Foo') ? "DOES Foo\n" : "no\n";
