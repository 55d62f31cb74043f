# Every shipped module offers the same @EXPORT / @EXPORT_OK names as perl's (where perl
# ships the module); names are compared as sets.
use strict;
use warnings;
no strict 'refs';
$| = 1;
my @modules = qw(Carp Exporter List::Util Scalar::Util Sub::Util Data::Dumper Getopt::Long Getopt::Std
    File::Basename File::Spec::Functions File::Path File::Temp File::Find File::Copy File::stat
    Cwd Time::Local Time::HiRes Text::Wrap Text::Tabs Text::Abbrev Text::ParseWords Term::ANSIColor
    Math::Trig Hash::Util Benchmark JSON::PP Storable Encode MIME::Base64 Digest::MD5 Fcntl Errno
    IO::Handle IO::File IO::Seekable Symbol Sys::Hostname Test::More Test::Simple Time::localtime
    Time::gmtime FindBin Memoize IPC::Open3 IPC::Open2 Class::Struct Pod::Usage Config);
for my $m (@modules) {
    (my $file = "$m.pm") =~ s{::}{/}g;
    require $file;
    my %e = map { (my $n = $_) =~ s/^&//; $n => 1 } @{"${m}::EXPORT"};
    my %o = map { (my $n = $_) =~ s/^&//; $n => 1 } @{"${m}::EXPORT_OK"};
    print "$m: EXPORT ", join(' ', sort keys %e), "\n  EXPORT_OK ", join(' ', sort keys %o), "\n  TAGS ",
        join(' ', map { "$_(" . scalar(@{ ${"${m}::EXPORT_TAGS"}{$_} }) . ')' } sort keys %{"${m}::EXPORT_TAGS"}), "\n";
}
