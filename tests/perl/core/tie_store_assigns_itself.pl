# Inside a tied scalar's FETCH/STORE the variable is not tied (perl switches its magic off
# for the call), so a STORE that assigns the variable itself does not recurse.
use strict;
use warnings;

our $mode = 'even';
our $shadow = 'even';
my @log;

package Mode;
sub TIESCALAR { my ($class) = @_; bless \$main::shadow, $class }
sub FETCH { push @log, 'FETCH'; $main::shadow }
sub STORE {
    my ($self, $v) = @_;
    push @log, "STORE $v";
    $main::shadow = $v;
    $main::mode = "raw:$v";    # the tied variable itself: a plain store
}

package main;
tie $mode, 'Mode';
$mode = 'odd';
print "mode=$mode shadow=$shadow\n";
print "log: @log\n";

# A tie anywhere must not change how ordinary element stores evaluate their index.
my @prod;
my $i = 0;
$prod[$i++] = 'a';
$prod[$i++] = 'b';
print "prod=@prod i=$i\n";
my %h;
my $k = 0;
$h{ $k++ } = 'x';
print join(',', map {"$_=$h{$_}"} sort keys %h), " k=$k\n";
