# Getopt::Long: more edge cases (strings, negation with aliases, optional values, errors).
use strict;
use warnings;
use Getopt::Long qw(GetOptionsFromArray GetOptionsFromString);
$| = 1;
$SIG{__WARN__} = sub { print "W: $_[0]" };
sub t {
    my ($args, @spec) = @_;
    my @a = @$args;
    my %h;
    my $ok = GetOptionsFromArray(\@a, \%h, @spec);
    print "[@$args] ok=", ($ok ? 1 : "'$ok'"), " ",
        join(',', map { "$_=" . (ref $h{$_} eq 'ARRAY' ? "[@{$h{$_}}]" : ref $h{$_} eq 'HASH' ? '{' . join(';', map { my $k = $_; "$k" } sort keys %{ $h{$_} }) . '}' : $h{$_} // 'undef') } sort keys %h),
        " rest=[@a]\n";
}
t([qw(--verbose --noverbose)], 'verbose|v!');
t([qw(--nov)], 'verbose|v!');
t([qw(--no-v)], 'verbose|v!');
t([qw(--opt - x)], 'opt:s');
t([qw(--opt -)], 'opt=s');
t([qw(--c --c --c)], 'c:+');
t([qw(--c 5 --c)], 'c:+');
t([qw(--list a b)], 'list=s@');
t([qw(--num 1 --num 2)], 'num=i@');
t([qw(--num 1 --num x)], 'num=i@');
t([qw(--f .5 --f 1. --f -1e3 --f abc)], 'f=f@');
t([qw(--v=3)], 'v:i');
t([qw(--v x)], 'v:i');
t([qw(--define a=1 --define b=2)], 'define=s%');
t([qw(--define a=1 --define b)], 'define=i%');
t([qw(--help --version)], 'help|h|?', 'version');
t([qw(-? -h)], 'help|h|?');
t([qw(--a=b=c)], 'a=s');
t([qw(--name a --name b)], 'name=s');
t([qw(--x -- --y)], 'x', 'y');
t([qw(--name)], 'name:s');
t([qw(--opt 5 file)], 'opt:i');
t([qw(--opt file)], 'opt:i');
t([qw(--first --second)], 'first=s', 'second');
t([qw(--Verbose)], 'verbose');
t([], 'x');
t([qw(--ab)], 'abc', 'abd');
t([qw(--abc)], 'abc', 'abcd');
t([qw(-x -y)], 'x');
my $prev = Getopt::Long::Configure('bundling', 'no_ignore_case');
t([qw(-vx -Vx --Long)], 'v', 'V', 'x', 'long', 'Long');
t([qw(-n5)], 'n=i');
t([qw(-n)], 'n=i');
t([qw(-vn 3)], 'v', 'n=i');
Getopt::Long::Configure($prev);
t([qw(-vx)], 'vx', 'v', 'x');
my ($ok, $rest) = GetOptionsFromString('--name "a b" --flag rest here', 'name=s' => \my $name, 'flag' => \my $flag);
print "fromstring: $ok name=$name flag=$flag rest=@$rest\n";
eval { Getopt::Long::Configure('nonsense') }; print "config error: $@";
t([qw(--x)], 'x=z');
