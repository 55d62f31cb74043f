# An unknown module: perl's exact "Can't locate" message (the @INC list masked) for use,
# require of a module name and of a file, and the BEGIN failure line that follows a use.
use strict;
use warnings;
$| = 1;
for my $code ('use Foo::Bar;', 'require Foo::Bar;', 'require "Foo/Baz.pm";', 'use Foo::Bar 1.0 qw(x);', 'require Foo;', 'require "sys/foo.h";', 'require "foo.ph";', 'require "/no/such/x.pl";', 'require "1x/y.pm";', 'my $m = "No::Such"; eval "require $m" or die $@;') {
    eval $code;
    my $e = $@;
    $e =~ s/\(\@INC contains: [^)]*\)/(\@INC contains: ...)/g;
    $e =~ s/\(eval \d+\)/(eval N)/g;
    print "$code\n  $e";
}
print "loaded: ", (exists $INC{'Foo/Bar.pm'} ? 'yes' : 'no'), "\n";
