# Caravan's own Time::tm: the struct behind Time::localtime and Time::gmtime (sec min hour
# mday mon year wday yday isdst accessors).
package Time::tm;
use strict;
use warnings;
no strict 'refs';
our $VERSION = '1.01';
my @fields = qw(sec min hour mday mon year wday yday isdst);
for my $i (0 .. $#fields) {
    my $name = $fields[$i];
    *{$name} = sub { $_[0][$i] };
}
sub new { my $class = shift; bless [@_], ref $class || $class }
1;
