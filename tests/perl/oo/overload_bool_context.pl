# A bool overload decides truth in every boolean context: if, unless, ?:, &&, ||, while.
package M; use overload 'bool' => sub { ${$_[0]} }, '""' => sub { "M" };
package main; my $m = bless \(my $x = 0), 'M'; my $t = bless \(my $y = 1), 'M';
print $m ? "true" : "false", "\n";
print !$m ? "neg-true" : "neg-false", "\n";
if ($m) { print "if-true\n" } else { print "if-false\n" }
print "unless\n" unless $m;
my $r = $m || "fallback"; print "or: $r\n";
my $s = $t && "and-ok"; print "and: $s\n";
my @l = ($m && "x"); print scalar(@l), "\n";
my $n = 0; while ($t) { last if ++$n > 2 } print "while $n\n";
$m or print "void-or\n";
$t and print "void-and\n";
