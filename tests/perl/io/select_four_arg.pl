# 4-argument select over fd bit vectors: readiness of a pipe before and after a write,
# the vectors rewritten in place, an undef vector, and the sub-second sleep form.
use strict;
use warnings;
use IO::Handle;

pipe(my $r, my $w) or die "pipe: $!";
$w->autoflush(1);
my $rbits = '';
vec($rbits, fileno($r), 1) = 1;

my $rin = $rbits;
my $n = select($rin, undef, undef, 0);
print "before write: n=$n ready=", vec($rin, fileno($r), 1), "\n";

print $w "ping\n";
$rin = $rbits;
$n = select($rin, undef, undef, 1.5);
print "after write: n=$n ready=", vec($rin, fileno($r), 1), "\n";
my $line = <$r>;
print "read: $line";

my $win = '';
vec($win, fileno($w), 1) = 1;
my ($rin2, $win2) = ($rbits, $win);
$n = select($rin2, $win2, undef, 0);
print "read+write: n=$n r=", vec($rin2, fileno($r), 1), " w=", vec($win2, fileno($w), 1), "\n";

$n = select(undef, undef, undef, 0.05);
print "sleep form: n=$n\n";
