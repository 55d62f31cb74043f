# Config: common %Config keys and helper functions.
use strict;
use warnings;
use Config;
use Config qw(config_vars config_re);
$| = 1;
for my $k (qw(osname archname version ivsize nvsize uvsize byteorder intsize longsize ptrsize path_sep d_fork
    doublesize lseeksize api_versionstring so exe_ext PERL_VERSION PERL_REVISION PERL_SUBVERSION use64bitint)) {
    print "$k=", (defined $Config{$k} ? $Config{$k} : 'undef'), "\n";
}
my @sig = split ' ', $Config{sig_name};
my @num = split ' ', $Config{sig_num};
print "signals: ", scalar(@sig) == scalar(@num) ? 'paired' : 'mismatch', " INT=", (grep { $sig[$_] eq 'INT' } 0 .. $#sig)[0], "\n";
print "exists: ", (exists $Config{osname} ? 1 : 0), (exists $Config{no_such_key} ? 1 : 0), "\n";
config_vars('osname', 'ivsize', 'no_such_key');
print join(',', config_re('ivsize')), "\n";
