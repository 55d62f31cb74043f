# Randomised (fixed seed) comparisons: Text::Tabs, Getopt::Std, Term::ANSIColor uncolor,
# Time::Local timelocal in several time zones, POSIX floor/ceil/fmod/strftime.
use strict;
use warnings;
use Text::Tabs;
use Getopt::Std;
use Term::ANSIColor qw(uncolor colored color colorvalid);
use Time::Local qw(timelocal timegm);
use POSIX ();
$| = 1;
srand(31337);
sub pick { $_[ int rand @_ ] }
$SIG{__WARN__} = sub { print "W: $_[0]" };
print "== Text::Tabs\n";
for (1 .. 40) {
    my $line = join '', map { pick('a', 'bc', ' ', '  ', "\t", 'xxxxxxx', "\n", '12345678') } 1 .. int rand 10;
    local $tabstop = pick(8, 8, 4, 2, 3);
    my $e = expand($line);
    my $u = unexpand($line);
    s/\t/\\t/g, s/\n/\\n/g for $e, $u, (my $l = $line);
    print "ts=$tabstop [$l] e=[$e] u=[$u]\n";
}
print "== Getopt::Std\n";
for (1 .. 40) {
    local @ARGV = map { pick('-a', '-b', '-bx', '-ab', '-c', 'val', '--', '-', '-z', '-abc', 'file', '-c3') } 1 .. int rand 5;
    my @orig = @ARGV;
    my %o;
    my $ok = getopts('ab:c', \%o);
    print "[@orig] ok=", ($ok ? 1 : 0), " ", join(',', map { "$_=" . ($o{$_} // 'U') } sort keys %o), " rest=[@ARGV]\n";
}
print "== Term::ANSIColor\n";
for (1 .. 30) {
    my @codes = map { pick(0, 1, 2, 3, 4, 5, 7, 8, 30, 31, 37, 40, 47, 90, 97, 100, 107, '38;5;' . int(rand 256), '48;5;' . int(rand 256), '38;2;1;2;3') } 1 .. 1 + int rand 3;
    my $seq = "\e[" . join(';', @codes) . 'm';
    my @names = eval { uncolor($seq) };
    (my $err = $@) =~ s/ at .*//s;
    my $again = @names ? color(@names) : '';
    $again =~ s/\e/\\e/g;
    print join(';', @codes), " => ", (@names ? "@names" : "error: $err"), " => $again\n";
}
print "== timelocal\n";
for my $tz ('UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu') {
    local $ENV{TZ} = $tz;
    for (1 .. 12) {
        my @t = (int rand 60, int rand 60, int rand 24, 1 + int rand 28, int rand 12, pick(1999, 2000, 2020, 2024, 2037));
        my $t = timelocal(@t);
        my @back = localtime $t;
        print "$tz (@t) => $t back=(@back[0..5]) gm=", timegm(@t), "\n";
    }
}
print "== POSIX math\n";
for (1 .. 20) {
    my $x = (rand() - 0.5) * pick(1, 10, 1000);
    my $y = pick(1, 3, 0.5, -2, 7.25);
    printf "%.6f: floor=%s ceil=%s fmod=%s round=%s trunc=%s\n", $x, POSIX::floor($x), POSIX::ceil($x), POSIX::fmod($x, $y), POSIX::round($x), POSIX::trunc($x);
}
print "== Term::ANSIColor color/colored\n";
my @attrs = qw(bold dark faint italic underline underscore blink reverse concealed reset clear red green yellow
    blue magenta cyan white black on_red on_bright_blue bright_black bright_white rgb500 on_rgb012 grey0 grey23
    on_grey10 ansi0 ansi15 ansi255 on_ansi100 r255g0b128 on_r1g2b3 BOLD Red nope rgb600 grey24 ansi256);
for (1 .. 40) {
    my @a = map { pick(@attrs) } 1 .. 1 + int rand 3;
    my $c = eval { color(@a) };
    (my $e = $@) =~ s/ at .*//s;
    my $text = pick("x", "a\nb", "", "a\n\nb\n");
    my $col = eval { local $Term::ANSIColor::EACHLINE = pick(undef, "\n"); colored($text, @a) };
    for ($c, $col) { next unless defined; s/\e/\\e/g; s/\n/\\n/g }
    print "(@a) => ", (defined $c ? $c : "error: $e"), " | ", (defined $col ? $col : 'error'), " | valid=", (colorvalid(@a) ? 1 : 0), "\n";
}
