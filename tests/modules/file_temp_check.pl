# File::Temp cleanup check: runs file_temp.pl and verifies that CLEANUP/UNLINK removed things.
use strict;
use warnings;
$| = 1;
# Run file_temp.pl with the same library path (and, under the comparison harness, the shim).
my @cmd = ($^X, (map { "-I$_" } grep { !ref } @INC), ($INC{'perl_shim.pm'} ? '-Mperl_shim' : ()), 'file_temp.pl');
local $ENV{CARAVAN_TEMP_RECORD} = "/tmp/caravan_modtest_temp_$$";
my $out = `@cmd 2>&1`;
for my $f ($ENV{CARAVAN_TEMP_RECORD}) {
    open my $in, '<', $f or next;
    my ($dir, $name) = map { chomp; $_ } <$in>;
    close $in;
    unlink $f;
    print "cleanup dir: ", (-e $dir ? 'left' : 'removed'), " unlink file: ", (-e $name ? 'left' : 'removed'), "\n";
}
print "ran: ", ($out =~ /newdir destroyed/ ? 'ok' : $out), "\n";
