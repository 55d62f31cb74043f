# Caravan's own Time::HiRes: sub-second time and sleeps via the interpreter's clock
# (Internals::Caravan::time_hires / sleep_hires).
package Time::HiRes;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.9770';
our @EXPORT = ();
our @EXPORT_OK = qw(usleep sleep ualarm alarm gettimeofday time tv_interval getitimer setitimer
    nanosleep clock_gettime clock_getres clock clock_nanosleep CLOCKS_PER_SEC CLOCK_BOOTTIME
    CLOCK_HIGHRES CLOCK_MONOTONIC CLOCK_MONOTONIC_COARSE CLOCK_MONOTONIC_FAST
    CLOCK_MONOTONIC_PRECISE CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_PROF
    CLOCK_REALTIME CLOCK_REALTIME_COARSE CLOCK_REALTIME_FAST CLOCK_REALTIME_PRECISE
    CLOCK_REALTIME_RAW CLOCK_SECOND CLOCK_SOFTTIME CLOCK_THREAD_CPUTIME_ID CLOCK_TIMEOFDAY
    CLOCK_UPTIME CLOCK_UPTIME_COARSE CLOCK_UPTIME_FAST CLOCK_UPTIME_PRECISE CLOCK_UPTIME_RAW
    CLOCK_VIRTUAL ITIMER_PROF ITIMER_REAL ITIMER_REALPROF ITIMER_VIRTUAL TIMER_ABSTIME d_usleep
    d_ualarm d_gettimeofday d_getitimer d_setitimer d_nanosleep d_clock_gettime d_clock_getres
    d_clock d_clock_nanosleep d_hires_stat d_futimens d_utimensat d_hires_utime stat lstat utime);

# Linux values; the other CLOCK_*/ITIMER_* names die when used, as in perl.
sub CLOCK_REALTIME () { 0 }
sub CLOCK_MONOTONIC () { 1 }
sub CLOCK_PROCESS_CPUTIME_ID () { 2 }
sub CLOCK_THREAD_CPUTIME_ID () { 3 }
sub CLOCK_MONOTONIC_RAW () { 4 }
sub CLOCK_REALTIME_COARSE () { 5 }
sub CLOCK_MONOTONIC_COARSE () { 6 }
sub CLOCK_BOOTTIME () { 7 }
sub CLOCKS_PER_SEC () { 1000000 }
sub ITIMER_REAL () { 0 }
sub ITIMER_VIRTUAL () { 1 }
sub ITIMER_PROF () { 2 }
sub TIMER_ABSTIME () { 1 }
sub d_getitimer () { 1 }
sub d_setitimer () { 1 }
sub d_clock_getres () { 1 }
sub d_clock () { 1 }
sub d_clock_nanosleep () { 0 }
sub d_hires_stat () { 0 }
sub d_futimens () { 0 }
sub d_utimensat () { 0 }
sub d_hires_utime () { 0 }
sub stat  { @_ ? CORE::stat($_[0]) : CORE::stat($_) }
sub lstat { @_ ? CORE::lstat($_[0]) : CORE::lstat($_) }
sub utime { my ($a, $m, @files) = @_; CORE::utime(defined $a ? int $a : undef, defined $m ? int $m : undef, @files) }

sub AUTOLOAD {
    our $AUTOLOAD;
    my $name = $AUTOLOAD;
    $name =~ s/.*:://;
    return if $name eq 'DESTROY';
    require Carp;
    Carp::croak("Your vendor has not defined Time::HiRes macro $name, used");
}
sub d_usleep () { 1 }
sub d_ualarm () { 1 }
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
# Interval timers (setitimer(2)); each returns the previous remaining time (and interval).
sub setitimer {
    my ($which, $seconds, $interval) = @_;
    if ($seconds < 0 || (defined $interval && $interval < 0)) {
        require Carp;
        Carp::croak("Time::HiRes::setitimer($which, $seconds, " . (defined $interval ? $interval : 0) . "): negative time not invented yet");
    }
    my @old = Internals::Caravan::itimer($which, $seconds, defined $interval ? $interval : 0);
    return wantarray ? @old : $old[0];
}

sub getitimer {
    my @now = Internals::Caravan::itimer($_[0], undef, undef);
    return wantarray ? @now : $now[0];
}

sub alarm {
    my ($seconds, $interval) = @_;
    if ($seconds < 0 || (defined $interval && $interval < 0)) {
        require Carp;
        Carp::croak("Time::HiRes::alarm($seconds, " . (defined $interval ? $interval : 0) . "): negative time not invented yet");
    }
    return scalar setitimer(ITIMER_REAL(), $seconds, $interval);
}

sub ualarm {
    my ($us, $interval) = @_;
    if ($us < 0 || (defined $interval && $interval < 0)) {
        require Carp;
        Carp::croak("Time::HiRes::ualarm($us, " . (defined $interval ? $interval : 0) . "): negative time not invented yet");
    }
    return int(setitimer(ITIMER_REAL(), $us / 1e6, defined $interval ? $interval / 1e6 : 0) * 1e6 + 0.5);
}

1;
