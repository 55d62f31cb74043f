# constant, parent, base, vars, lib: the pure-Perl pragmas.
use strict;
use warnings;
$| = 1;
$SIG{__WARN__} = sub { (my $w = $_[0]) =~ s/\(eval \d+\)/(eval N)/g; print "W: $w" };
use constant PI => 3.14159;
use constant LIST => (1, 2, 3);
use constant EMPTY => ();
use constant 'NOVAL';
use constant { ONE => 1, TWO => 2, AREF => [1, 2], STR => 'str' };
use constant;
use constant {};
use constant _PRIV => 'p';
use constant 'Other::NAME' => 'other';
use constant UNDEF => undef;
print PI, " ", join(',', LIST), " ", scalar(my @l = LIST), " ", scalar(() = EMPTY), " ", scalar(() = NOVAL), "\n";
my $last = LIST;
print "scalar LIST: $last\n";
print ONE + TWO, " @{+AREF} ", STR, " ", _PRIV, " ", Other::NAME(), " ", defined(UNDEF) ? 'def' : 'undef', "\n";
print join(',', sort grep { /^main::/ } keys %constant::declared), "\n";
print prototype('PI') // 'none', "|", prototype(\&LIST) // 'none', "\n";
for my $code ('use constant "1x" => 1;', 'use constant "a b" => 1;', 'use constant undef, 1;',
    'use constant { A9 => 1, "9" => 2 };', 'use constant "__X" => 1;', 'use constant "x::1" => 1;',
    'use constant "a::__b" => 1;', 'use constant "::" => 1;', 'use constant "0" => 1;',
    'use constant "0";', 'use constant "1";', 'use constant "" => 1;', 'use constant "_" => 1; 1',
    'use constant "END" => 1; 1', 'use constant STDIN => 1; 1', 'use constant [1] => 2; 1') {
    my $ok = eval "$code; 1";
    (my $err = $@) =~ s/\(eval \d+\)/(eval N)/g;
    print "$code => ", ($ok ? "ok\n" : $err);
}

BEGIN { package Animal; sub new { bless {}, shift } sub speak { 'generic' } $INC{'Animal.pm'} = 1 }
package Dog; use parent -norequire, 'Animal'; sub speak { 'woof' }
package Puppy; use parent 'Animal';
package Cat; use base 'Animal';
package Lion; BEGIN { our @ISA; } use base qw(Cat Animal);
package main;
print "parent: @Dog::ISA | @Puppy::ISA | @Cat::ISA | @Lion::ISA | ", Dog->new->speak, " ", Puppy->new->speak, "\n";
eval 'package Empty1; use base "NoSuchPackageHere"; 1' or print "base: ", (split /\n/, $@)[0], "\n";
eval 'package Empty2; use parent -norequire, "Nope2"; 1' and print "parent norequire: $Empty2::ISA[0]\n";
{ package SelfInh; eval 'use base "SelfInh"; 1'; }
print "self: @SelfInh::ISA\n";
BEGIN { package HasSyms; sub hs { 1 } }
package UsesHasSyms; use base 'HasSyms';
package main;
print "hassyms: @UsesHasSyms::ISA\n";

package VarsTest;
use vars qw($sv @av %hv);
$sv = 1; @av = (1, 2); %hv = (k => 'v');
print "vars: $VarsTest::sv @VarsTest::av $VarsTest::hv{k}\n";
package main;
{ no strict 'vars'; eval 'use vars qw($Other::qualified); 1' or print $@; }
$Other::qualified = 'q';
print "qualified: $Other::qualified\n";

BEGIN { require lib; our @SAVED_INC = @INC; @INC = qw(a b a c) }
use lib 'b', 'd';
BEGIN { print "lib1: @INC\n" }
no lib 'a';
BEGIN { print "lib2: @INC\n" }
use lib 'c';
BEGIN { print "lib3: @INC\n" }
use lib 'b/';
BEGIN { print "lib4: @INC\n" }
BEGIN { print "ORIG_INC non-empty: ", (@lib::ORIG_INC ? 1 : 0), "\n" }
BEGIN { our @SAVED_INC; @INC = @SAVED_INC }
