# use vars: the errors vars.pm gives for names it cannot declare.
use strict;
use warnings;
$| = 1;
for my $code ('use vars qw(nosigil);', 'use vars qw($Other::q2);', 'use vars q($h{x});', 'use vars q($a-b);') {
    my $ok = eval "$code; 1";
    (my $err = $@) =~ s/\(eval \d+\)/(eval N)/g;
    print "$code => ", ($ok ? "ok\n" : $err);
}
