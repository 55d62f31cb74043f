use strict; use warnings;
sub where { my @c = caller(0); return "$c[3] from line $c[2] of $c[1]" }
sub outer { return inner() }
sub inner { my @c = caller(1); return "inner called by $c[3]; pkg=" . (caller(0))[0] }
print where(), "\n";
print outer(), "\n";
sub depth { my $d = 0; $d++ while caller($d); return $d } sub d2 { depth() } print depth(), " ", d2(), "\n";
sub ctx { (caller(0))[5] ? "list" : "scalar" } my @x = ctx(); my $y = ctx(); print "$x[0] $y\n";
package Other; sub call { main::report() } package main;
sub report { my ($pkg, $file, $line) = caller; "called from $pkg line $line" }
print Other::call(), "\n";
print defined(caller) ? "in sub\n" : "top level\n";
