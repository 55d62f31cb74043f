use strict; use warnings;
sub implicit { my $x = shift; if ($x) { "true branch" } else { "false branch" } }
print implicit(1), "\n", implicit(0), "\n";
sub last_stmt { my @a = (1,2,3); @a }
my @r = last_stmt(); my $c = last_stmt();
print "@r / $c\n";
sub hash_ret { my %h = (a => 1); %h }
my %h = hash_ret(); print join(",", %h), "\n";
sub empty_ret { return } my @e = empty_ret(); my $e = empty_ret();
print scalar(@e), defined($e) ? " def" : " undef", "\n";
sub unless_ret { unless ($_[0]) { 5 } } print unless_ret(0), "\n";
