# use Module VERSION: the module's VERSION method runs between loading and import.
use strict;
use warnings;
$| = 1;
BEGIN { unshift @INC, 'loading_lib' }
use Load::Ver 1.2 qw(first);
BEGIN { print "order: @Load::Ver::ORDER\n" }
for my $code ('use Load::Ver 3;', 'use Load::Ver 1.3 qw(x);', 'use Load::Ver v1.300;', 'no Load::Ver 2;',
    'use Load::Ver 1.25 ();', 'use Load::Ver v1.250.0;') {
    my $ok = eval "$code; 1";
    (my $err = $@) =~ s/\(eval \d+\)/(eval N)/g;
    print "$code => ", ($ok ? "ok\n" : $err);
}
print "order: @Load::Ver::ORDER\n";
