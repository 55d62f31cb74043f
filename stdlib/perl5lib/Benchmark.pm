# Caravan's own Benchmark: times code (wallclock and CPU from `times`) and prints the same
# report shapes as perl's Benchmark: timestr lines, timethese/timethis reports and the
# cmpthese comparison chart.
package Benchmark;
use strict;
use warnings;

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.23';
our @EXPORT = qw(timeit timethis timethese timediff timestr);
our @EXPORT_OK = qw(timesum cmpthese countit clearcache clearallcache disablecache enablecache);
our %EXPORT_TAGS = (all => [ @EXPORT, @EXPORT_OK ]);

our $Default_Format = '5.2f';
our $Default_Style = 'auto';
our $Min_Count = 4;
our $Min_CPU = 0.4;
our $Debug = 0;

sub _croak { require Carp; Carp::croak(@_) }

# A Benchmark object: [real, user, system, child user, child system, iterations].
sub new {
    my @t = (time, times, @_ == 2 ? $_[1] : 0);
    return bless \@t, ref $_[0] || $_[0];
}

sub cpu_p   { my $t = shift; $t->[1] + $t->[2] }
sub cpu_c   { my $t = shift; $t->[3] + $t->[4] }
sub cpu_a   { my $t = shift; $t->[1] + $t->[2] + $t->[3] + $t->[4] }
sub real    { $_[0][0] }
sub iters   { $_[0][5] }

sub elapsed {
    my ($t, $style) = @_;
    $style = '' unless defined $style;
    return $t->cpu_c if $style eq 'nop';
    return $t->cpu_p if $style eq 'noc';
    return $t->cpu_a;
}

sub timediff {
    my ($a, $b) = @_;
    _croak('usage: timediff(T1, T2)') unless ref $a && ref $b;
    my @r = map { $a->[$_] - $b->[$_] } 0 .. 4;
    return bless [ @r, $a->[5] || 0 ], ref $a;
}

sub timesum {
    my ($a, $b) = @_;
    my @r = map { $a->[$_] + $b->[$_] } 0 .. 4;
    return bless [ @r, ($a->[5] || 0) + ($b->[5] || 0) ], ref $a;
}

sub timestr {
    my ($tr, $style, $f) = @_;
    _croak('usage: timestr(T, [STYLE, [FORMAT]])') unless ref $tr;
    my ($r, $pu, $ps, $cu, $cs, $n) = @$tr;
    $f = $Default_Format unless defined $f;
    $style = $Default_Style unless $style;
    return '' if $style eq 'none';
    $style = $tr->cpu_c > 0 ? 'all' : 'noc' if $style eq 'auto';
    my $s = "@$tr $style";
    if ($style eq 'all') {
        $s = sprintf("%2d wallclock secs (%$f usr %$f sys + %$f cusr %$f csys = %$f CPU)", $r, $pu, $ps, $cu, $cs, $tr->cpu_a);
    }
    elsif ($style eq 'noc') {
        $s = sprintf("%2d wallclock secs (%$f usr + %$f sys = %$f CPU)", $r, $pu, $ps, $tr->cpu_p);
    }
    elsif ($style eq 'nop') {
        $s = sprintf("%2d wallclock secs (%$f cusr + %$f csys = %$f CPU)", $r, $cu, $cs, $tr->cpu_c);
    }
    my $elapsed = $tr->elapsed($style);
    $s .= sprintf(" @ %$f/s (n=$n)", $n / $elapsed) if $n && $elapsed;
    return $s;
}

sub _compile {
    my ($code) = @_;
    return $code if ref $code eq 'CODE';
    my $pkg = caller(2);
    my $sub = eval "package $pkg; sub { $code }";
    die $@ if $@;
    return $sub;
}

sub _run {
    my ($n, $code) = @_;
    my $t0 = Benchmark->new;
    $code->() for 1 .. $n;
    my $t1 = Benchmark->new;
    return timediff($t1, $t0);
}

sub timeit {
    my ($n, $code) = @_;
    _croak('usage: timeit(COUNT, CODE)') unless defined $code;
    my $sub = _compile($code);
    my $empty = _run($n, sub { });
    my $full = _run($n, $sub);
    my $t = timediff($full, $empty);
    $t->[0] = $full->[0];
    $t->[5] = $n;
    return $t;
}

sub countit {
    my ($tmax, $code) = @_;
    my $sub = _compile($code);
    $tmax = 3 if !defined $tmax || $tmax <= 0;
    my $n = 1;
    my $total;
    while (1) {
        my $t = timeit($n, $sub);
        $total = $total ? timesum($total, $t) : $t;
        last if $total->cpu_p >= $tmax;
        $n *= 2;
    }
    return $total;
}

sub _report {
    my ($title, $t, $n, $style) = @_;
    printf('%10s: ', $title) unless $style eq 'none';
    print timestr($t, $style, $Default_Format), "\n" unless $style eq 'none';
    if ($t->elapsed($style) < 0) {
        print "            (warning: too few iterations for a reliable count)\n";
        $t->[$_] = 0 for 1 .. 4;
    }
    print "            (warning: too few iterations for a reliable count)\n"
        if $n < $Min_Count || ($t->real < 1 && $n < 1000) || $t->cpu_a < $Min_CPU;
}

sub timethis {
    my ($n, $code, $title, $style) = @_;
    _croak('usage: timethis(COUNT, CODE, [TITLE, [STYLE]])') unless defined $code && (!ref $code || ref $code eq 'CODE');
    my $t;
    if ($n > 0) {
        _croak("non-integer loopcount $n, stopped") if int($n) < $n;
        $t = timeit($n, $code);
        $title = "timethis $n" unless defined $title;
    }
    else {
        my $for = $n == 0 ? 3 : -$n;
        $t = countit($for, $code);
        $title = "timethis for $for" unless defined $title;
        $n = $t->[5];
    }
    local $| = 1;
    $style = '' unless defined $style;
    _report($title, $t, $n, $style);
    return $t;
}

sub timethese {
    my ($n, $alt, $style) = @_;
    _croak('usage: timethese(COUNT, { Name1 => \'code1\', ... })') unless ref $alt eq 'HASH';
    $style = '' unless defined $style;
    my @names = sort keys %$alt;
    unless ($style eq 'none') {
        print 'Benchmark: ';
        if ($n > 0) {
            _croak("non-integer loopcount $n, stopped") if int($n) < $n;
            print "timing $n iterations of";
        }
        else {
            print 'running';
        }
        print ' ', join(', ', @names);
        unless ($n > 0) {
            my $for = $n == 0 ? 3 : -$n;
            print ', each' if @names > 1;
            print " for at least $for CPU seconds";
        }
        print "...\n";
    }
    my %results;
    for my $name (@names) {
        my $code = $alt->{$name};
        my $t;
        if ($n > 0) {
            $t = timeit($n, $code);
            local $| = 1;
            _report($name, $t, $n, $style);
        }
        else {
            $t = timethis($n, $code, $name, $style);
        }
        $results{$name} = $t;
    }
    return \%results;
}

sub cmpthese {
    my ($results, $style);
    if (ref $_[0]) {
        ($results, $style) = @_;
    }
    else {
        my ($count, $codes);
        ($count, $codes, $style) = @_;
        $results = timethese($count, $codes, $style);
    }
    $style = '' unless defined $style;
    my @vals;
    for my $name (keys %$results) {
        my $t = $results->{$name};
        push @vals, [ $name, $t->[5] / ($t->elapsed($style) + 0.000000000000001) ];
    }
    @vals = sort { $a->[1] <=> $b->[1] } @vals;
    my $as_rate = @vals ? ($vals[$#vals >> 1][1] > 1) : 0;
    my @rows = ([ '', $as_rate ? 'Rate' : 's/iter', map { $_->[0] } @vals ]);
    my @widths = map { length } @{ $rows[0] };
    for my $row_val (@vals) {
        my ($name, $row_rate) = @$row_val;
        my $shown = $as_rate ? $row_rate : 1 / $row_rate;
        my $fmt = $shown >= 100 ? '%0.0f' : $shown >= 10 ? '%0.1f' : $shown >= 1 ? '%0.2f' : $shown >= 0.1 ? '%0.3f' : '%0.2e';
        $fmt .= '/s' if $as_rate;
        my @row = ($name, sprintf($fmt, $shown));
        for my $col (@vals) {
            push @row, $col->[0] eq $name ? '--' : sprintf('%.0f%%', 100 * $row_rate / $col->[1] - 100);
        }
        for my $i (0 .. $#row) {
            $widths[$i] = length $row[$i] if length $row[$i] > $widths[$i];
        }
        push @rows, \@row;
    }
    return \@rows if $style eq 'none';
    # Widen the ratio columns, narrowest first, towards equal widths within 80 columns.
    my $total = @widths - 1;
    $total += $_ for @widths;
    my @order = sort { $widths[$a] <=> $widths[$b] } 2 .. $#widths;
    if (@order) {
        my $max = $widths[ $order[-1] ];
        WIDEN: while ($total < 80) {
            my $min = $widths[ $order[0] ];
            last if $min == $max;
            for my $i (@order) {
                last if $widths[$i] > $min;
                $widths[$i]++;
                $total++;
                last WIDEN if $total >= 80;
            }
        }
    }
    my @formats = map { "%${_}s" } @widths;
    $formats[0] = "%-$widths[0]s";
    my $format = join(' ', @formats) . "\n";
    printf $format, @$_ for @rows;
    return \@rows;
}

sub clearcache    { }
sub clearallcache { }
sub disablecache  { }
sub enablecache   { }

1;
