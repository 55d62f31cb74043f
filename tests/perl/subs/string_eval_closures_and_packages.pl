use strict; use warnings;
my $counter = 0;
my $inc = eval 'sub { $counter++ }';
$inc->() for 1..3; print "$counter\n";
package Foo; sub bar { "Foo::bar" } package main;
print eval('Foo::bar()'), "\n";
my $pkg = eval 'package Baz; __PACKAGE__'; print "$pkg\n";
my $n = eval { eval "die 'inner'"; "survived: " . ($@ =~ /inner/ ? "caught" : "no") }; print "$n\n";
