use Getopt::Std;
$SIG{__WARN__} = sub { print "W: $_[0]" };
sub t { my ($spec, @args) = @_; local @ARGV = @args; my %o; my $ok = getopts($spec, \%o); print "getopts($spec) [@args] ok=", ($ok ? 1 : "'$ok'"), " ", join(",", map { "$_=$o{$_}" } sort keys %o), " ARGV=[@ARGV]\n"; }
t('ab:c', qw(-a -b val -c rest));
t('ab:c', qw(-abval file));
t('ab:c', qw(-ac -b));
t('ab:c', qw(-x -a));
t('ab:c', qw(-- -a));
t('ab:c', qw(file -a));
t('ab:c', qw(- -a));
t('a', qw(-aa));
t('b:', qw(-b -a));
{ local @ARGV = qw(-a -b x y); our ($opt_a, $opt_b); getopts('ab:'); print "globals: $opt_a $opt_b [@ARGV]\n"; }
{ local @ARGV = qw(-a -bfoo z); my %h; getopt('b', \%h); print "getopt: ", join(",", map {"$_=$h{$_}"} sort keys %h), " [@ARGV]\n"; }
