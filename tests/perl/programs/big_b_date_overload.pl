use strict;
use warnings;

# Date and Duration classes with overloaded operators, used to schedule a
# recurring-meetings calendar; exercises overload, sort, local $" $, $\.
package Duration;
use overload
    '""'  => sub { my $s = shift; sprintf '%dd', $s->{days} },
    '+'   => sub { my ($x, $y) = @_; Duration->new($x->{days} + (ref $y ? $y->{days} : $y)) },
    '*'   => sub { my ($x, $y) = @_; Duration->new($x->{days} * $y) },
    '<=>' => sub { my ($x, $y, $swap) = @_; my $r = $x->{days} <=> (ref $y ? $y->{days} : $y); $swap ? -$r : $r };
sub new { my ($class, $d) = @_; bless { days => $d }, $class }

package Date;
use overload
    '""'  => \&iso,
    '<=>' => sub { my ($x, $y, $swap) = @_; my $r = $x->serial <=> $y->serial; $swap ? -$r : $r },
    'cmp' => sub { my ($x, $y, $swap) = @_; my $r = "$x" cmp "$y"; $swap ? -$r : $r },
    '+'   => sub { my ($x, $y) = @_; Date->from_serial($x->serial + (ref $y ? $y->{days} : $y)) },
    '-'   => sub {
        my ($x, $y, $swap) = @_;
        die "cannot subtract a date from a number\n" if $swap;
        return ref $y eq 'Date' ? Duration->new($x->serial - $y->serial)
                                : Date->from_serial($x->serial - (ref $y ? $y->{days} : $y));
    };

sub new {
    my ($class, $str) = @_;
    my ($y, $m, $d) = $str =~ /^(\d{4})-(\d{1,2})-(\d{1,2})$/ or die "invalid date '$str'\n";
    die "invalid date '$str'\n" if $m < 1 || $m > 12 || $d < 1 || $d > _dim($y, $m);
    return bless { y => $y + 0, m => $m + 0, d => $d + 0 }, $class;
}
sub _leap { my $y = shift; ($y % 4 == 0 && $y % 100) || $y % 400 == 0 }
sub _dim { my ($y, $m) = @_; return $m == 2 ? 28 + (_leap($y) ? 1 : 0) : (31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[$m - 1] }
sub serial {
    my $s = shift;
    my ($y, $m) = $s->{m} < 3 ? ($s->{y} - 1, $s->{m} + 12) : ($s->{y}, $s->{m});
    return 365 * $y + int($y / 4) - int($y / 100) + int($y / 400) + int((153 * ($m - 3) + 2) / 5) + $s->{d} - 307;
}
sub from_serial {
    my ($class, $n) = @_;
    my $y = int($n / 366);
    $y++ while Date->new("$y-12-31")->serial < $n;
    my $m = 1;
    $m++ while Date->new(sprintf '%d-%d-%d', $y, $m, _dim($y, $m))->serial < $n;
    my $d = $n - Date->new("$y-$m-1")->serial + 1;
    return Date->new("$y-$m-$d");
}
sub iso { my $s = shift; sprintf '%04d-%02d-%02d', @{$s}{qw(y m d)} }
sub dow { (qw(Sun Mon Tue Wed Thu Fri Sat))[ ($_[0]->serial + 1) % 7 ] }

package main;

my $week = Duration->new(7);
my $start = Date->new('2024-01-29');
my @meetings = map { $start + $week * $_ } 0 .. 5;
{
    local $" = ' | ';
    print "weekly: @meetings\n";
}
print "dows: ", join(',', map { $_->dow } @meetings), "\n";

my %events = (
    'launch' => Date->new('2024-03-15'),
    'review' => Date->new('2024-02-29'),
    'kickoff' => Date->new('2023-12-31'),
    'retro' => Date->new('2024-03-15'),
);
for my $name (sort { $events{$a} <=> $events{$b} or $a cmp $b } keys %events) {
    my $gap = $events{$name} - $start;
    printf "%-8s %s %s  %+4d days from start (%s)\n", $name, $events{$name}, $events{$name}->dow, $gap->{days}, $gap;
}
my @sorted = sort { $a cmp $b } values %events;
print "earliest=$sorted[0] latest=$sorted[-1]\n";
print "same day\n" if $events{launch} == $events{retro};
my $span = $sorted[-1] - $sorted[0];
print "span $span, longer than 10 weeks? ", ($span > $week * 10 ? 'yes' : 'no'), "\n";
print "back 60 days: ", $events{launch} - 60, "\n";

for my $bad ('2023-02-29', '2024-13-01', 'tomorrow') {
    eval { Date->new($bad) };
    print "error: $@";
}
eval { my $x = 5 - $start };
print "error: $@";
{
    local $, = ';';
    local $\ = "\n";
    print map { $_->iso } grep { $_->{m} == 2 } @meetings;
}
my %by_month;
push @{ $by_month{ sprintf '%04d-%02d', $_->{y}, $_->{m} } }, $_->{d} for @meetings, values %events;
printf "%s: %s\n", $_, join ' ', sort { $a <=> $b } @{ $by_month{$_} } for sort keys %by_month;
my $d = Date->new('1999-12-31');
print join(' ', map { $d + $_ } 1, 60, 366), "\n";
