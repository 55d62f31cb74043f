# Getopt::Long: random argument lists under many configurations (fixed seed).
use strict;
use warnings;
use Getopt::Long qw(GetOptionsFromArray);
$| = 1;
srand(555);
sub pick { $_[ int rand @_ ] }
$SIG{__WARN__} = sub { print "W: $_[0]" };
my @tokens = qw(-a -b -c -abc -ab1 -bc -n5 -n --name= --name=x --Name x -x --opt --opt=3 --opt=
    -- - +a +foo --foo --nofoo --no-foo --fo -vvv -v --verbose --verb --inc --inc --list=1 --list 2
    --hash k=v --hash=k --float 1.5 --float=.5e3 --float x 0 -1 file --color red --colour=blue -C);
my @configs = ([], ['bundling'], ['bundling_override'], ['no_auto_abbrev'], ['no_getopt_compat'],
    ['ignore_case_always', 'bundling'], ['gnu_compat'], ['gnu_getopt'], ['pass_through', 'bundling'],
    ['no_ignore_case'], ['permute', 'pass_through'], ['require_order', 'bundling']);
my @specs = ('a', 'b', 'c', 'n=i', 'name=s', 'x', 'opt:i', 'foo!', 'verbose|v+', 'inc+', 'list=s@',
    'hash=s%', 'float=f', 'color|colour|C=s');
for my $cfg (@configs) {
    Getopt::Long::Configure('default', @$cfg);
    for (1 .. 20) {
        my @args = map { pick(@tokens) } 1 .. 1 + int rand 6;
        my @copy = @args;
        my %h;
        my @nonopt;
        my $ok = eval { GetOptionsFromArray(\@copy, \%h, @specs) };
        print "[@$cfg] [@args] ok=", (defined $ok ? ($ok ? 1 : 0) : "died: $@"), " ",
            join(',', map { my $v = $h{$_}; "$_=" . (ref $v eq 'ARRAY' ? "[@$v]" : ref $v eq 'HASH' ? '{' . join(';', map { "$_:$v->{$_}" } sort keys %$v) . '}' : $v) } sort keys %h),
            " rest=[@copy]\n";
    }
}
Getopt::Long::Configure('default');
