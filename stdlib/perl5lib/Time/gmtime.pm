# Caravan's own Time::gmtime: gmtime() returning a Time::tm object with named fields
# (and gmtime's fields in $tm_* variables when :FIELDS is imported).
package Time::gmtime;
use strict;
use warnings;
no strict 'refs';

require Exporter;
require Time::tm;
our @ISA = ('Time::tm', 'Exporter');
our $VERSION = '1.03';
my @fields = qw(sec min hour mday mon year wday yday isdst);
our @EXPORT = qw(gmtime gmctime);
our @EXPORT_FIELDS = map { "\$tm_$_" } @fields;
our @EXPORT_OK = @EXPORT_FIELDS;
our %EXPORT_TAGS = (FIELDS => [ @EXPORT_FIELDS, @EXPORT ]);
our ($tm_sec, $tm_min, $tm_hour, $tm_mday, $tm_mon, $tm_year, $tm_wday, $tm_yday, $tm_isdst);

sub populate {
    return unless @_;
    my $tm = Time::tm->new(@_);
    for my $i (0 .. $#fields) { ${"Time::gmtime::tm_$fields[$i]"} = $_[$i] }
    return $tm;
}

sub gmtime { populate(CORE::gmtime(@_ ? shift : time)) }
sub gmctime { scalar CORE::gmtime(@_ ? shift : time) }

1;
