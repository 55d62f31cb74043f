# Caravan's own Time::HiRes: sub-second time and sleeps via the interpreter's clock
# (Internals::Caravan::time_hires / sleep_hires).
package Time::HiRes;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.9770';
our @EXPORT = ();
our @EXPORT_OK = qw(usleep sleep ualarm alarm gettimeofday time tv_interval nanosleep
    clock_gettime clock_getres clock CLOCK_REALTIME CLOCK_MONOTONIC CLOCK_PROCESS_CPUTIME_ID
    d_usleep d_ualarm d_gettimeofday d_nanosleep d_clock_gettime);

sub CLOCK_REALTIME () { 0 }
sub CLOCK_MONOTONIC () { 1 }
sub CLOCK_PROCESS_CPUTIME_ID () { 2 }
sub d_usleep () { 1 }
sub d_ualarm () { 0 }
sub d_gettimeofday () { 1 }
sub d_nanosleep () { 1 }
sub d_clock_gettime () { 1 }

sub time { Internals::Caravan::time_hires() }

sub sleep {
    return CORE::sleep() unless @_;
    my ($seconds) = @_;
    if ($seconds < 0) { require Carp; Carp::croak("Time::HiRes::sleep($seconds): negative time not invented yet") }
    return Internals::Caravan::sleep_hires($seconds);
}

sub usleep {
    my ($us) = @_;
    if ($us < 0) { require Carp; Carp::croak("Time::HiRes::usleep($us): negative time not invented yet") }
    return Internals::Caravan::sleep_hires($us / 1e6) * 1e6;
}

sub nanosleep {
    my ($ns) = @_;
    if ($ns < 0) { require Carp; Carp::croak("Time::HiRes::nanosleep($ns): negative time not invented yet") }
    return Internals::Caravan::sleep_hires($ns / 1e9) * 1e9;
}

sub gettimeofday {
    my $t = Internals::Caravan::time_hires();
    return $t unless wantarray;
    my $sec = int $t;
    my $usec = int(($t - $sec) * 1e6 + 0.5);
    if ($usec >= 1_000_000) { $sec++; $usec -= 1_000_000 }
    return ($sec, $usec);
}

sub tv_interval {
    my ($t0, $t1) = @_;
    $t1 = [gettimeofday()] unless defined $t1;
    return ($t1->[0] - $t0->[0]) + ($t1->[1] - $t0->[1]) / 1_000_000;
}

sub clock_gettime { Internals::Caravan::time_hires() }
sub clock_getres  { 1e-9 }
sub clock         { my @t = CORE::times(); $t[0] + $t[1] }
sub alarm         { CORE::alarm(int($_[0] + 0.999999)) }
sub ualarm        { CORE::alarm(int($_[0] / 1e6 + 0.999999)) * 1e6 }

1;
