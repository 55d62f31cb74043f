# Sub::Util: subname, set_subname, prototype, set_prototype.
use strict;
use warnings;
use Sub::Util qw(subname set_subname prototype set_prototype);
$| = 1;
sub foo { }
print subname(\&foo), " ", subname(sub { }), "\n";
my $s = set_subname('My::name', sub { (caller(0))[3] });
print subname($s), " ", $s->(), "\n";
my $t = set_subname('bare', sub { });
print subname($t), "\n";
print defined prototype(\&foo) ? 'def' : 'undef', "\n";
set_prototype('$$', \&foo);
print prototype(\&foo), "\n";
eval { subname('x') }; print $@ =~ /^Not a subroutine reference/ ? "croak\n" : $@;
