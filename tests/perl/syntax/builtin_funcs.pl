# perl 5.36's builtin:: functions, imported with use builtin and called qualified.
use strict; use warnings; no warnings 'experimental::builtin';
use builtin qw(true false trim ceil floor indexed blessed reftype refaddr weaken is_weak);
my @a = qw(x y z);
for my ($i, $v) (indexed @a) { print "$i=$v\n" }
print "[", trim("  hi there \n"), "]\n";
print ceil(1.2), " ", floor(-1.2), " ", ceil(-1.5), " ", floor(2), " ", ceil(3), "\n";
print true ? "T" : "F", " ", false ? "T" : "F", " [", false, "] [", true, "]\n";
my $obj = bless {}, 'K';
print blessed($obj), " ", reftype($obj), " ", (refaddr($obj) == refaddr($obj) ? "same" : "diff"), "\n";
my $r = { };
my $w = $r; weaken($w); print is_weak($w) ? "weak\n" : "strong\n";
print builtin::trim(" q "), "|", scalar(my @x = indexed 5, 6), "\n";
print defined(blessed([])) ? "b\n" : "not blessed\n";
