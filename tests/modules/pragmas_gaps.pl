# Core pragma behaviour Caravan lacks so far: strict subs inherited by a string eval, FATAL
# warnings, warning categories seen by modules (warnings::enabled('uninitialized') under
# no warnings 'numeric').
use strict;
use warnings;
$| = 1;
$SIG{__WARN__} = sub { (my $w = $_[0]) =~ s/\(eval \d+\)/(eval N)/g; print "W: $w" };
sub report { my ($code) = @_; my $ok = eval "$code; 1"; (my $e = $@) =~ s/\(eval \d+\)/(eval N)/g; print "$code => ", ($ok ? "ok\n" : $e) }
report('my $v = Bareword');
report('use warnings FATAL => "all"; my $s = "a" + 1');
report('use warnings FATAL => "uninitialized"; my $u; my $s = "x$u"');
package Probe { sub cats { join '', map { warnings::enabled($_) ? 1 : 0 } qw(uninitialized numeric void) } }
print "all: ", Probe::cats(), "\n";
{ no warnings 'numeric'; print "no numeric: ", Probe::cats(), "\n"; }
{ no warnings; use warnings 'uninitialized'; print "only uninitialized: ", Probe::cats(), "\n"; }
