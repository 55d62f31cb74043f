# The core pragmas: strict (refs, subs, vars), warnings (categories, FATAL), feature, utf8,
# integer, and the bundles that use VERSION turns on.
use strict;
use warnings;
$| = 1;
$SIG{__WARN__} = sub { (my $w = $_[0]) =~ s/\(eval \d+\)/(eval N)/g; print "W: $w" };
sub report { my ($code) = @_; my $ok = eval "$code; 1"; (my $e = $@) =~ s/\(eval \d+\)/(eval N)/g; print "$code => ", ($ok ? "ok\n" : $e) }
report('my $n = "x"; my $r = $$n');
report('no strict "refs"; our $x = 5; my $n = "x"; my $r = $$n; print "symref: $r\n"');
report('$undeclared = 1');
report('no strict "vars"; $undeclared2 = 1');
report('no warnings; my $u; my $s = "x$u"');
report('my @a = (1); my $x = $a[5] + 1');
report('use feature "say"; say "said"');
report('use feature "state"; sub counter { state $n = 0; ++$n } counter(); print "state: ", counter(), "\n"');
report('use feature "current_sub"; my $f = sub { my $n = shift; $n <= 1 ? 1 : $n * __SUB__->($n - 1) }; print "fact: ", $f->(5), "\n"');
report('use feature "fc"; print "fc: ", fc("HeLLo"), "\n"');
report('use v5.36; sub sig ($a, $b = 2) { $a + $b } print "sig: ", sig(1), "\n"');
report('use v5.12; $undeclared3 = 1');
report('use v5.10; say "bundle say"');
report('use integer; print "integer: ", 7 / 2, " ", -7 / 2, " ", -7 % 3, " ", 2**0.5 + 0, "\n"');
report('print "no integer: ", 7 / 2, " ", -7 % 3, "\n"');
report('use utf8; my $s = "héllo"; print "utf8 length: ", length($s), " ord: ", ord(substr($s, 1, 1)), "\n"');
report('my $s = "h\xc3\xa9llo"; print "bytes length: ", length($s), "\n"');
report('use strict; no strict; $loose = 1; print "no strict: $loose\n"');
