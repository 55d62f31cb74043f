# POSIX: constants, libm functions, strtol & co, strftime/mktime, wait macros.
use strict;
use warnings;
use POSIX;
use POSIX qw(round trunc lround isnan isinf signbit cbrt hypot log2 copysign);
$| = 1;
print join(' ', floor(2.5), floor(-2.5), floor(-0.5), ceil(2.1), ceil(-2.1), ceil(-0.5)), "\n";
print join(' ', fmod(7, 3), fmod(-7, 3), fmod(7.5, 2), pow(2, 10), pow(2, 0.5), pow(-8, 1/3)), "\n";
print join(' ', fabs(-3.5), tan(1), asin(1), acos(0), atan(1), sinh(1), cosh(1), tanh(0.5), log10(1000), log10(2)), "\n";
print join(' ', round(2.5), round(-2.5), round(0.4), trunc(-2.7), trunc(2.7), lround(-2.5), lround(3.5)), "\n";
print join(' ', isnan(NAN) ? 1 : 0, isinf(INFINITY) ? 1 : 0, isnan(1) ? 1 : 0, signbit(-1) ? 1 : 0, cbrt(27), hypot(3, 4), log2(8), copysign(2, -1)), "\n";
print join(' ', INFINITY, -(INFINITY), NAN, HUGE_VAL), "\n";
print join(' ', INT_MAX, INT_MIN, UINT_MAX, LONG_MAX, LONG_MIN, ULONG_MAX, SHRT_MAX, CHAR_BIT, UCHAR_MAX), "\n";
print join(' ', DBL_MAX, DBL_MIN, FLT_MAX, FLT_MIN, DBL_EPSILON, FLT_EPSILON, DBL_DIG, DBL_MANT_DIG), "\n";
print join(' ', EXIT_SUCCESS, EXIT_FAILURE, RAND_MAX, BUFSIZ, EOF, PATH_MAX), "\n";
print join(' ', ENOENT, EACCES, EEXIST, EINVAL, EAGAIN, EINTR, EPIPE, ENOTDIR, EISDIR, ERANGE, EDOM), "\n";
print join(' ', SIGINT, SIGTERM, SIGKILL, SIGHUP, SIGCHLD, SIGALRM, SIGUSR1), "\n";
print join(' ', O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_NONBLOCK, SEEK_SET, SEEK_CUR, SEEK_END), "\n";
print join(' ', LC_ALL, LC_NUMERIC, LC_CTYPE, CLOCKS_PER_SEC, M_PI, M_E, M_SQRT2), "\n";
print join(' ', WNOHANG, WUNTRACED), "\n";
for my $status (0, 256, 512 + 0, 9, 0x137f, 3 << 8) {
    print "status $status: ", join(',', map { $_ ? 1 : 0 } WIFEXITED($status), WIFSIGNALED($status), WIFSTOPPED($status)),
        " ", WEXITSTATUS($status), " ", WTERMSIG($status), " ", WSTOPSIG($status), "\n";
}
for my $case (['0x1fz', 16], ['077', 0], ['12abc', 10], ['  -42', 10], ['zz', 36], ['abc', 10], ['0x10', 0],
    ['99999999999999999999', 10], ['-99999999999999999999', 10], ['+7', 10], ['1010', 2]) {
    my @r = strtol($case->[0], $case->[1]);
    my $s = strtol($case->[0], $case->[1]);
    print "strtol('$case->[0]', $case->[1]) = (@r) scalar $s\n";
}
for my $str ('1.5e3xyz', '  -0.25', 'abc', '.5', '1e', 'inf', '-Infinity!', '12') {
    my @r = strtod($str);
    print "strtod('$str') = (@r)\n";
}
print join(' ', strtoul('42', 10)), " ", scalar(strtoul('ff', 16)), "\n";
my @t = (5, 4, 3, 2, 0, 100, 0, 0, 0);
print strftime("%Y-%m-%d %H:%M:%S %j %a %b %%", @t), "\n";
print strftime("%Y-%m-%d", 0, 0, 0, 31, 1, 100), "\n";
print strftime("%A %B %d %y %e|%I %p %M", 0, 30, 15, 7, 6, 99), "\n";
{
    local $ENV{TZ} = 'UTC';
    tzset();
    print "mktime: ", mktime(0, 0, 0, 1, 0, 70), " ", mktime(5, 4, 3, 2, 0, 100), " ", mktime(0, 0, 0, 32, 0, 100), "\n";
}
print "difftime: ", difftime(10, 3), "\n";
print "strerror: ", strerror(2), "\n";
print "setlocale: ", (defined setlocale(LC_ALL, 'C') ? 'defined' : 'undef'), "\n";
print "isatty: ", (isatty(\*STDIN) ? 1 : 0), "\n";
print "getpid: ", (getpid() == $$ ? 'ok' : 'bad'), "\n";
print "exported floor: ", (defined &main::floor ? 1 : 0), " round default: ", (grep({ $_ eq 'round' } @POSIX::EXPORT) ? 1 : 0), "\n";
my $dmode = (stat '/')[2];
print "S_IS: ", join('', map { $_ ? 1 : 0 } S_ISDIR($dmode), S_ISREG($dmode), S_ISREG((stat $0)[2]), S_ISCHR((stat '/dev/null')[2]), S_ISFIFO($dmode), S_ISBLK($dmode)), "\n";
print "SIG_: ", join(' ', SIG_DFL, SIG_IGN, SIG_ERR), " S_I*: ", join(' ', S_ISUID, S_ISGID, S_IXUSR, S_IXGRP, S_IXOTH, S_IRWXU), "\n";
print "termios: ", join(' ', ECHO, ICANON, TCSANOW, B9600, NCCS, VMIN, VTIME), "\n";
{ local $ENV{CARAVAN_POSIX_T} = 'env value'; print "getenv: ", getenv('CARAVAN_POSIX_T'), " ", (defined getenv('CARAVAN_NO_SUCH_VAR') ? 'def' : 'undef'), "\n"; }
open(my $tmp, '>', "/tmp/caravan_posix_$$") or die; close $tmp;
mkdir "/tmp/caravan_posix_dir_$$" or die;
print "remove: ", (remove("/tmp/caravan_posix_$$") ? 1 : 0), (remove("/tmp/caravan_posix_dir_$$") ? 1 : 0), (-e "/tmp/caravan_posix_$$" || -e "/tmp/caravan_posix_dir_$$" ? ' left' : ' gone'), "\n";
eval { POSIX::malloc(10) }; print "malloc: ", ($@ ? 'dies' : 'lives'), "\n";
print "imported C names: ", (defined &main::strlen || exists &main::strlen ? 1 : 0), "\n";
POSIX::_exit(3);
print "not reached\n";
