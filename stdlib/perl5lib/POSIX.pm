# Caravan's own POSIX: the commonly used part of perl's POSIX module. Constants come from
# POSIX/Constants.pm (generated per platform); libm, strftime/mktime, _exit and friends go
# through native hooks (Internals::Caravan::math etc., see NATIVE_HOOKS.md); parsing helpers
# (strtol, strtod, ...) and wait-status macros are plain Perl.
package POSIX;
use strict;
use warnings;
no strict 'refs';
no warnings 'once';

require Exporter;
require POSIX::Constants;
our @ISA = ('Exporter');
our $VERSION = '2.03';

# libm functions of one or two arguments, answered by the math hook.
my @math_default = qw(acos asin atan ceil cosh floor fmod ldexp log10 sinh tan tanh);
my @math_c99 = qw(acosh asinh atanh cbrt copysign erf erfc exp2 expm1 fdim fma fmax fmin
    hypot ilogb isfinite isinf isnan isnormal lgamma log1p log2 logb lrint lround nearbyint
    nextafter remainder rint round scalbn signbit tgamma trunc j0 j1 jn y0 y1 yn fpclassify
    isgreater isgreaterequal isless islessequal islessgreater isunordered);
for my $name (@math_default, @math_c99) {
    *{$name} = sub { Internals::Caravan::math($name, @_) };
}
sub fabs  { CORE::abs($_[0]) }
sub pow   { $_[0] ** $_[1] }
sub frexp { Internals::Caravan::math('frexp', $_[0]) }
sub modf  { Internals::Caravan::math('modf', $_[0]) }
sub nan   { 9**9**9 - 9**9**9 }
sub Inf   { 9**9**9 }
sub NaN   { 9**9**9 - 9**9**9 }

my %const = %POSIX::Constants::VALUES;
for my $name (keys %const) {
    my $value = $const{$name}[0];
    *{$name} = sub () { $value };
}

my %tags;
push @{ $tags{ $const{$_}[1] } }, $_ for sort keys %const;
push @{ $tags{math_h} }, @math_default, qw(fabs pow frexp modf);
push @{ $tags{math_h_c99} }, @{ $tags{math_h} }, @math_c99, qw(Inf NaN nan);
push @{ $tags{sys_wait_h} }, qw(WEXITSTATUS WIFEXITED WIFSIGNALED WIFSTOPPED WSTOPSIG WTERMSIG);
push @{ $tags{errno_h} }, 'errno';
push @{ $tags{locale_h} }, qw(localeconv setlocale);
push @{ $tags{stdlib_h} }, qw(abort atof atoi atol strtod strtol strtoul);
push @{ $tags{time_h} }, qw(asctime clock ctime difftime mktime strftime tzset tzname);
push @{ $tags{unistd_h} }, qw(_exit access getcwd getpid getuid geteuid getgid
    getegid isatty pause setsid sysconf ttyname dup dup2);
push @{ $tags{string_h} }, qw(strerror strstr);
push @{ $tags{signal_h} }, qw(raise sigaction);
push @{ $tags{sys_utsname_h} }, qw(uname);
push @{ $tags{sys_stat_h} }, qw(S_ISBLK S_ISCHR S_ISDIR S_ISFIFO S_ISREG fstat mkfifo);
push @{ $tags{assert_h} }, qw(assert);
push @{ $tags{signal_h} }, qw(SIG_DFL SIG_ERR SIG_IGN);
push @{ $tags{stdlib_h} }, qw(getenv);
push @{ $tags{stdio_h} }, qw(remove);
push @{ $tags{unistd_h} }, qw(setuid setgid);
# C-library names perl's POSIX exports but that have no Perl meaning (they die when called,
# as in perl): kept in the export list so `use POSIX;` imports the same names.
my @c_only = qw(atexit bsearch calloc cfgetispeed cfgetospeed cfsetispeed cfsetospeed clearerr creat
    ctermid cuserid div execl execle execlp execv execve execvp fclose fdopen feof ferror fflush
    fgetc fgetpos fgets fopen fpathconf fprintf fputc fputs fread free freopen fscanf fseek
    fsetpos fsync ftell fwrite getchar getgroups gets labs ldiv longjmp lseek malloc mblen
    mbstowcs mbtowc memchr memcmp memcpy memmove memset offsetof pathconf perror putc putchar
    puts qsort realloc rewind scanf setbuf setjmp setpgid setvbuf siglongjmp signal
    sigpending sigprocmask sigsetjmp sigsuspend sscanf stderr stdin stdout strcat strchr strcmp
    strcoll strcpy strcspn strlen strncat strncmp strncpy strpbrk strrchr strspn strtok strxfrm
    tcdrain tcflow tcflush tcgetattr tcgetpgrp tcsendbreak tcsetattr tcsetpgrp tmpfile tmpnam
    ungetc vfprintf vprintf vsprintf wcstombs wctomb);
push @{ $tags{c_only} }, @c_only;
our %EXPORT_TAGS = %tags;
delete $EXPORT_TAGS{c_only};

my %not_default = map { $_ => 1 } @math_c99, qw(Inf NaN nan);
my %seen;
our @EXPORT = grep { !$not_default{$_} && !$seen{$_}++ } map { @$_ } values %tags;
our @EXPORT_OK = grep { !$seen{$_}++ } @math_c99, qw(Inf NaN nan);

sub _croak { require Carp; Carp::croak(@_) }

# perl's POSIX still takes the old tag spelling: `import POSIX 'locale_h'` is `:locale_h`
sub import {
    my $class = shift;
    my @list = map { /^\w+_h\z/ ? ":$_" : $_ } @_;
    $class->export_to_level(1, $class, @list);
}

sub WIFEXITED   { ($_[0] & 0x7f) == 0 }
sub WEXITSTATUS { ($_[0] >> 8) & 0xff }
sub WIFSIGNALED { my $s = $_[0] & 0x7f; $s != 0 && $s != 0x7f }
sub WTERMSIG    { $_[0] & 0x7f }
sub WIFSTOPPED  { ($_[0] & 0xff) == 0x7f }
sub WSTOPSIG    { ($_[0] >> 8) & 0xff }

sub S_ISREG  { ($_[0] & 0170000) == 0100000 }
sub S_ISDIR  { ($_[0] & 0170000) == 0040000 }
sub S_ISCHR  { ($_[0] & 0170000) == 0020000 }
sub S_ISBLK  { ($_[0] & 0170000) == 0060000 }
sub S_ISFIFO { ($_[0] & 0170000) == 0010000 }
sub SIG_DFL () { 0 }
sub SIG_IGN () { 1 }
sub SIG_ERR () { -1 }
sub getenv { $ENV{ $_[0] } }
sub remove { -d $_[0] ? CORE::rmdir($_[0]) : CORE::unlink($_[0]) }
sub setuid { $< = $> = $_[0] }
sub setgid { $( = $) = "$_[0] $_[0]" }
sub chmod  { CORE::chmod($_[0], $_[1]) }
sub mkdir  { @_ > 1 ? CORE::mkdir($_[0], $_[1]) : CORE::mkdir($_[0]) }
sub stat   { CORE::stat($_[0]) }
sub fstat  { open(my $fh, '<&=', $_[0]) or return; CORE::stat($fh) }
sub umask  { @_ ? CORE::umask($_[0]) : CORE::umask() }
sub mkfifo { system('mkfifo', '-m', sprintf('%o', $_[1]), $_[0]) == 0 }

sub errno    { $! + 0 }
sub strerror { local $! = $_[0]; "$!" }
sub strstr   { my $i = index($_[0], $_[1]); $i }

# strtol/strtoul: (value, number of unparsed characters) in list context, value in scalar.
sub _strtoint {
    my ($str, $base, $unsigned) = @_;
    $base = 10 unless defined $base;
    my $s = $str;
    $s =~ s/^\s+//;
    my $neg = $s =~ s/^([+-])// && $1 eq '-';
    if (($base == 0 || $base == 16) && $s =~ /^0[xX][0-9a-fA-F]/) {
        $s = substr($s, 2);
        $base = 16;
    }
    elsif ($base == 0) {
        $base = $s =~ /^0/ ? 8 : 10;
    }
    my $digits = substr('0123456789abcdefghijklmnopqrstuvwxyz', 0, $base);
    my $value = 0;
    my $n = 0;
    while ($n < length $s) {
        my $d = index($digits, lc substr($s, $n, 1));
        last if $d < 0;
        $value = $value * $base + $d;
        $n++;
    }
    if ($n == 0) {
        return wantarray ? (0, length $str) : 0;
    }
    my $max = $unsigned ? 18446744073709551615 : 9223372036854775807;
    if ($value > $max) {
        $value = $unsigned ? $max : $neg ? (-9223372036854775807 - 1) : $max;
        $! = 34;
        $neg = 0;
    }
    $value = -$value if $neg;
    $value = int($value);
    return wantarray ? ($value, length($s) - $n) : $value;
}
sub strtol  { _strtoint($_[0], $_[1], 0) }
sub strtoul { _strtoint($_[0], $_[1], 1) }

sub strtod {
    my ($str) = @_;
    my ($lead, $num) = $str =~ /^(\s*)([+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan))/i;
    if (!defined $num) {
        return wantarray ? (0, length $str) : 0;
    }
    my $value = $num =~ /inf/i ? ($num =~ /^-/ ? -9**9**9 : 9**9**9)
              : $num =~ /nan/i ? 9**9**9 - 9**9**9
              : $num + 0;
    return wantarray ? ($value, length($str) - length($lead) - length($num)) : $value;
}
sub atof { my $v = strtod($_[0]); $v }
sub atoi { my $v = strtol($_[0], 10); $v }
sub atol { my $v = strtol($_[0], 10); $v }

sub strftime {
    my ($fmt, @tm) = @_;
    _croak('Usage: POSIX::strftime(fmt, sec, min, hour, mday, mon, year, wday = -1, yday = -1, isdst = -1)')
        if @tm < 6;
    push @tm, -1 while @tm < 9;
    return Internals::Caravan::strftime($fmt, @tm[0 .. 8]);
}

sub mktime {
    my @tm = @_;
    _croak('Usage: POSIX::mktime(sec, min, hour, mday, mon, year, wday = 0, yday = 0, isdst = -1)')
        if @tm < 6;
    push @tm, 0, 0, -1;
    my $t = Internals::Caravan::mktime(@tm[0 .. 8]);
    return defined $t && $t == 0 ? '0 but true' : $t;
}

sub difftime { $_[0] - $_[1] }
sub asctime  { strftime("%a %b %e %H:%M:%S %Y\n", @_) }
sub ctime    { scalar(localtime($_[0])) . "\n" }
sub clock    { my @t = times; int(($t[0] + $t[1]) * 1_000_000) }
sub tzset    { return }
sub tzname   { (Internals::Caravan::strftime('%Z', localtime(0)), Internals::Caravan::strftime('%Z', localtime(15_552_000))) }

sub setlocale  { 'C' }
sub localeconv { { decimal_point => '.' } }

sub _exit   { Internals::Caravan::_exit($_[0]) }
sub abort   { Internals::Caravan::_exit(134) }
sub getcwd  { Internals::Caravan::getcwd() }
sub getpid  { $$ }
sub getppid { CORE::getppid() }
sub getuid  { $< }
sub geteuid { $> }
sub getgid  { $( + 0 }
sub getegid { $) + 0 }
sub pause   { CORE::sleep(2**31 - 1) }
sub raise   { kill $_[0], $$ }
sub assert  { _croak('Assertion failed') if !$_[0] }
sub uname   { Internals::Caravan::uname() }
sub access  { my ($path, $mode) = @_; ($mode & 4 ? -r $path : 1) && ($mode & 2 ? -w $path : 1) && ($mode & 1 ? -x $path : 1) && -e $path ? '0 but true' : undef }

sub isatty { -t $_[0] }

sub ttyname { undef }
sub sysconf { undef }
sub setsid  { undef }
sub dup     { my $fd = shift; open(my $h, '<&', $fd) or return undef; my $n = fileno($h); $POSIX::_keep{$n} = $h; $n }
sub dup2    { _croak('POSIX::dup2 is not available in Caravan') }

# Functions perl's POSIX documents as identical to the core builtins.
sub abs     { CORE::abs($_[0]) }
sub atan2   { CORE::atan2($_[0], $_[1]) }
sub cos     { CORE::cos($_[0]) }
sub sin     { CORE::sin($_[0]) }
sub exp     { CORE::exp($_[0]) }
sub log     { CORE::log($_[0]) }
sub sqrt    { CORE::sqrt($_[0]) }
sub exit    { CORE::exit(@_ ? $_[0] : 0) }
sub time    { CORE::time() }
sub sleep   { CORE::sleep($_[0]); 0 }
sub alarm   { CORE::alarm($_[0]) }
sub chdir   { CORE::chdir($_[0]) }
sub rmdir   { CORE::rmdir($_[0]) }
sub rename  { CORE::rename($_[0], $_[1]) }
sub unlink  { CORE::unlink($_[0]) }
sub kill    { CORE::kill($_[1], $_[0]) }

sub AUTOLOAD {
    our $AUTOLOAD;
    my $name = $AUTOLOAD;
    $name =~ s/.*:://;
    return if $name eq 'DESTROY';
    _croak("Unimplemented: POSIX::$name() is not available in Caravan");
}

# sigaction over %SIG: the handler is installed as $SIG{NAME}; masks and flags are kept in
# the objects but not applied (no native sigprocmask).
sub sigaction {
    my ($sig, $action, $old) = @_;
    require Config;
    my $name = (split ' ', $Config::Config{sig_name})[$sig] if defined $sig && $sig =~ /^\d+\z/;
    if (!defined $name || $sig == 0) {
        require Carp;
        Carp::carp("No such signal: $sig");
        $! = 22;    # EINVAL
        return undef;
    }
    if ($old) {
        my $h = $SIG{$name};
        $old->{HANDLER} = defined $h && $h ne '' ? $h : 'DEFAULT';
        $old->{MASK} = POSIX::SigSet->new unless defined $old->{MASK};
        $old->{FLAGS} = 0 unless defined $old->{FLAGS};
    }
    $SIG{$name} = $action->{HANDLER} if $action;
    return '0 but true';
}

package POSIX::SigAction;
no warnings 'redefine';    # under the test shim perl's XS POSIX defined these already

sub new {
    my ($class, $handler, $mask, $flags) = @_;
    return bless { HANDLER => $handler, MASK => $mask, FLAGS => $flags || 0, SAFE => 0 }, $class;
}
sub handler { my $s = shift; $s->{HANDLER} = shift if @_; $s->{HANDLER} }
sub mask    { my $s = shift; $s->{MASK} = shift if @_; $s->{MASK} }
sub flags   { my $s = shift; $s->{FLAGS} = shift if @_; $s->{FLAGS} }
sub safe    { my $s = shift; $s->{SAFE} = shift if @_; $s->{SAFE} }

package POSIX::SigSet;
no warnings 'redefine';

sub new      { my $class = shift; bless { map { $_ => 1 } @_ }, $class }
sub addset   { $_[0]{ $_[1] } = 1; '0 but true' }
sub delset   { delete $_[0]{ $_[1] }; '0 but true' }
sub emptyset { %{ $_[0] } = (); '0 but true' }
sub fillset  { $_[0]{$_} = 1 for 1 .. 64; '0 but true' }
sub ismember { $_[0]{ $_[1] } ? 1 : 0 }

1;
