# Getopt::Long auto_version / auto_help and VersionMessage, run in child programs.
use strict;
use warnings;
$| = 1;
our $VERSION = '2.5';
my @inc = map { "-I$_" } grep { !ref } @INC;
my @shim = $INC{'perl_shim.pm'} ? ('-Mperl_shim') : ();
sub child {
    my ($code, @args) = @_;
    open my $out, '-|', $^X, @inc, @shim, '-e', $code, '--', @args or die "run: $!";
    local $/;
    my $text = <$out>;
    $text = "" unless defined $text;    # (caravan: slurping an empty pipe gives undef, perl "")
    close $out;
    $text =~ s/^-e /PROG /mg;
    print $text, "exit: ", $? >> 8, "\n";
}
child(q{use Getopt::Long qw(:config auto_version); our $VERSION = '1.5'; GetOptions('x' => \my $x); print "not reached\n"}, '--version');
child(q{use Getopt::Long qw(:config auto_version); GetOptions('x' => \my $x); print "not reached\n"}, '--version');
child(q{use Getopt::Long qw(:config auto_version); our $VERSION = '3'; my $v; GetOptions('version' => \$v); print "own version option: $v\n"}, '--version');
child(q{use Getopt::Long; our $VERSION = '1'; Getopt::Long::VersionMessage('-msg' => 'hello ', '-exitval' => 3)});
child(q{use Getopt::Long; our $VERSION = '1'; Getopt::Long::VersionMessage('-exitval' => 'NOEXIT'); print "continued\n"});
child(q{use Getopt::Long; GetOptions('x' => \my $x) or print "failed\n"; print "after\n"}, '--version');
child(q{use Getopt::Long; our $VERSION = '1'; Getopt::Long::VersionMessage('just a message: ')});
