use strict;
use warnings;

# A module-style utility package (roman numerals, number formatting, dates) tested from main.
package NumUtil;

our $VERSION = '1.02';
our $SEP = ',';
my @ROMAN = ([1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
             [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']);
my %RVAL = (I => 1, V => 5, X => 10, L => 50, C => 100, D => 500, M => 1000);

sub to_roman {
    my $n = shift;
    die "out of range: $n\n" if $n < 1 || $n > 3999;
    my $s = '';
    for my $p (@ROMAN) {
        while ($n >= $p->[0]) { $s .= $p->[1]; $n -= $p->[0]; }
    }
    return $s;
}

sub from_roman {
    my $s = uc shift;
    die "bad numeral: $s\n" unless $s =~ /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/ && length $s;
    my $total = 0;
    my @d = map { $RVAL{$_} } split //, $s;
    for my $i (0 .. $#d) {
        $total += ($i < $#d && $d[$i] < $d[$i + 1]) ? -$d[$i] : $d[$i];
    }
    return $total;
}

sub commify {
    my $n = reverse shift;
    $n =~ s/(\d{3})(?=\d)(?!\d*\.)/$1$SEP/g;
    return scalar reverse $n;
}

sub human_bytes {
    my $b = shift;
    my @u = qw(B KiB MiB GiB TiB);
    my $i = 0;
    while ($b >= 1024 && $i < $#u) { $b /= 1024; $i++; }
    return $i ? sprintf('%.1f %s', $b, $u[$i]) : "$b B";
}

sub ordinal {
    my $n = shift;
    my $suf = ($n % 100 >= 11 && $n % 100 <= 13) ? 'th'
            : (qw(th st nd rd th th th th th th))[$n % 10];
    return "$n$suf";
}

sub is_leap { my $y = shift; return ($y % 4 == 0 && $y % 100 != 0) || $y % 400 == 0 ? 1 : 0; }

sub days_in_month {
    my ($y, $m) = @_;
    return (31, 28 + is_leap($y), 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[$m - 1];
}

sub to_days {
    my ($y, $m, $d) = @_;
    if ($m < 3) { $y--; $m += 12; }
    return 365 * $y + int($y / 4) - int($y / 100) + int($y / 400) + int((153 * ($m - 3) + 2) / 5) + $d;
}

sub add_days {
    my ($date, $n) = @_;
    my ($y, $m, $d) = $date =~ /^(\d{4})-(\d\d)-(\d\d)$/ or die "bad date '$date'\n";
    $d += $n;
    while ($d > days_in_month($y, $m)) { $d -= days_in_month($y, $m); if (++$m > 12) { $m = 1; $y++ } }
    while ($d < 1) { if (--$m < 1) { $m = 12; $y-- } $d += days_in_month($y, $m); }
    return sprintf '%04d-%02d-%02d', $y, $m, $d;
}

sub weekday { my @n = qw(Mon Tue Wed Thu Fri Sat Sun); return $n[(to_days(@_) + 1) % 7]; }

package main;

my ($pass, $fail) = (0, 0);
sub is_eq {
    my ($got, $want, $name) = @_;
    if (defined $got && $got eq $want) { $pass++; printf "ok %-28s %s\n", $name, $got; }
    else { $fail++; printf "NOT OK %s: got '%s' want '%s'\n", $name, $got // 'undef', $want; }
}

is_eq(NumUtil::to_roman($_->[0]), $_->[1], "roman $_->[0]") for [1994, 'MCMXCIV'], [3999, 'MMMCMXCIX'], [44, 'XLIV'];
is_eq(NumUtil::from_roman($_), NumUtil::from_roman(NumUtil::to_roman(NumUtil::from_roman($_))), "roundtrip $_") for qw(mmxxiv xiv);
my $all = grep { NumUtil::from_roman(NumUtil::to_roman($_)) == $_ } 1 .. 3999;
is_eq($all, 3999, 'all roundtrip');
for my $bad (qw(IIII VX), '', 0, 4000) {
    my $r = eval { $bad =~ /^\d+$/ ? NumUtil::to_roman($bad) : NumUtil::from_roman($bad) };
    chomp(my $e = $@);
    is_eq($e, ($bad =~ /^\d+$/ ? "out of range: $bad" : "bad numeral: $bad"), "reject '$bad'");
}
is_eq(NumUtil::commify($_->[0]), $_->[1], "commify $_->[0]") for [1234567, '1,234,567'], [999, '999'], ['1234567.891', '1,234,567.891'], [-45000, '-45,000'];
{
    local $NumUtil::SEP = '_';
    is_eq(NumUtil::commify(98765432), '98_765_432', 'local SEP');
}
is_eq(NumUtil::commify(1000), '1,000', 'SEP restored');
is_eq(NumUtil::human_bytes($_->[0]), $_->[1], "bytes $_->[0]") for [512, '512 B'], [1536, '1.5 KiB'], [5 * 1024**3, '5.0 GiB'];
is_eq(join(' ', map { NumUtil::ordinal($_) } 1, 2, 3, 4, 11, 12, 13, 21, 102, 111), '1st 2nd 3rd 4th 11th 12th 13th 21st 102nd 111th', 'ordinals');
is_eq(join('', map { NumUtil::is_leap($_) } 1900, 2000, 2023, 2024), '0101', 'leap years');
is_eq(NumUtil::add_days('2024-02-27', 3), '2024-03-01', 'add across leap Feb');
is_eq(NumUtil::add_days('2023-12-31', 1), '2024-01-01', 'add across year');
is_eq(NumUtil::add_days('2024-03-01', -1), '2024-02-29', 'subtract into Feb');
is_eq(NumUtil::add_days('2000-01-01', 10000), '2027-05-19', 'add 10000');
is_eq(NumUtil::to_days(2024, 12, 25) - NumUtil::to_days(2024, 1, 1), 359, 'days between');
is_eq(NumUtil::weekday(2024, 1, 1), 'Mon', 'weekday 2024-01-01');
is_eq(NumUtil::weekday(1969, 7, 20), 'Sun', 'weekday moon landing');
is_eq($NumUtil::VERSION, '1.02', 'version');
printf "%d passed, %d failed\n", $pass, $fail;
exit($fail ? 1 : 0);
