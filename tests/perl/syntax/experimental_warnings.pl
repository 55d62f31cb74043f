# perl 5.36's default-on "is experimental" warnings and what silences them.
BEGIN { $SIG{__WARN__} = sub { (my $w = $_[0]) =~ s/\(eval \d+\)/(eval N)/; print "W: $w" } }
use feature qw(try refaliasing declared_refs);
try { 1 } catch ($e) { }
try { 1 } catch ($e) { } finally { }
for my ($k, $v) (1, 2) { }
my $y;
\my $x = \$y;
my \$z = \$y;
print "sm: ", (1 ~~ [1] ? 1 : 0), "\n";
{ no warnings; try { 1 } catch ($e) { } }
{ no warnings 'experimental::try'; try { 1 } catch ($e) { } for my ($a, $b) (1, 2) { } }
{ use experimental 'declared_refs'; my \$q = \$y; }
{ no warnings 'experimental'; my \$q2 = \$y; }
{ no warnings; use warnings; my \$q3 = \$y; }
{ use experimental 'refaliasing'; my \$q4 = \$y; \my $q5 = \$y; }
{ use experimental 'smartmatch'; print "sm2: ", (2 ~~ 2 ? 1 : 0), "\n"; }
{ use experimental qw(try for_list); try { 1 } catch ($e) { } for my ($c, $d) (1, 2) { } }
eval q{ try { 1 } catch ($e) { } 1 } or print "eval failed: $@";
{ no warnings; eval q{ try { 1 } catch ($e) { } 1 } or print "eval failed: $@"; }
print "done\n";
