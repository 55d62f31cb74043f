# Caravan's own Term::ANSIColor: ANSI SGR escape sequences from attribute names (color,
# colored, constants such as BOLD RED) and back (uncolor), plus colorstrip/colorvalid.
package Term::ANSIColor;
use strict;
use warnings;
no strict 'refs';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '5.01';
our ($AUTORESET, $AUTOLOCAL, $EACHLINE);
our @COLORSTACK;

my %ATTR = (
    clear => 0, reset => 0, bold => 1, dark => 2, faint => 2, italic => 3, underline => 4,
    underscore => 4, blink => 5, reverse => 7, concealed => 8,
);
my @base = qw(black red green yellow blue magenta cyan white);
for my $i (0 .. 7) {
    $ATTR{ $base[$i] } = 30 + $i;
    $ATTR{"on_$base[$i]"} = 40 + $i;
    $ATTR{"bright_$base[$i]"} = 90 + $i;
    $ATTR{"on_bright_$base[$i]"} = 100 + $i;
}
for my $i (0 .. 255) {
    $ATTR{"ansi$i"} = "38;5;$i";
    $ATTR{"on_ansi$i"} = "48;5;$i";
}
for my $r (0 .. 5) {
    for my $g (0 .. 5) {
        for my $b (0 .. 5) {
            my $n = 16 + 36 * $r + 6 * $g + $b;
            $ATTR{"rgb$r$g$b"} = "38;5;$n";
            $ATTR{"on_rgb$r$g$b"} = "48;5;$n";
        }
    }
}
for my $i (0 .. 23) {
    $ATTR{"grey$i"} = '38;5;' . (232 + $i);
    $ATTR{"on_grey$i"} = '48;5;' . (232 + $i);
}
my %ALIAS;

# Reverse map for uncolor: the first name listed for a code wins.
my %NAME_OF;
for my $name (qw(clear bold dark italic underline blink reverse concealed),
    @base, (map { "on_$_" } @base), (map { "bright_$_" } @base), (map { "on_bright_$_" } @base)) {
    $NAME_OF{ $ATTR{$name} } = $name unless exists $NAME_OF{ $ATTR{$name} };
}

my @constants = map { uc } grep { !/^(?:on_)?(?:ansi|rgb|grey)\d/ } keys %ATTR;
our @EXPORT = qw(color colored);
our @EXPORT_OK = qw(uncolor colorstrip colorvalid coloralias);
our %EXPORT_TAGS = (
    constants    => [ sort @constants ],
    constants256 => [ sort map { uc } grep { /^(?:on_)?(?:ansi|rgb|grey)\d/ } keys %ATTR ],
    pushpop      => [ (sort @constants), qw(PUSHCOLOR POPCOLOR LOCALCOLOR) ],
);
Exporter::export_ok_tags('constants', 'constants256', 'pushpop');

sub _croak { require Carp; Carp::croak(@_) }

sub _code {
    my ($name) = @_;
    my $key = lc $name;
    $key = $ALIAS{$key} if exists $ALIAS{$key};
    if ($key =~ /\A(on_)?r([0-9]+)g([0-9]+)b([0-9]+)\z/ && $2 < 256 && $3 < 256 && $4 < 256) {
        return ($1 ? '48' : '38') . ";2;$2;$3;$4";
    }
    return $ATTR{$key};
}

sub color {
    my @codes = map { split ' ' } @_;
    return '' if defined $ENV{ANSI_COLORS_DISABLED} || defined $ENV{NO_COLOR};
    my @sgr;
    for my $name (@codes) {
        my $code = _code($name);
        _croak("Invalid attribute name $name") unless defined $code;
        push @sgr, $code;
    }
    return @sgr ? "\e[" . join(';', @sgr) . 'm' : '';
}

sub colored {
    my ($string, @codes);
    if (ref $_[0] eq 'ARRAY') {
        @codes = @{ +shift };
        $string = join '', @_;
    }
    else {
        ($string, @codes) = @_;
    }
    return $string if defined $ENV{ANSI_COLORS_DISABLED} || defined $ENV{NO_COLOR};
    my $attr = color(@codes);
    if (defined $EACHLINE) {
        my @pieces = split /(\Q$EACHLINE\E)/, $string;
        return join '', map { ($_ ne $EACHLINE && $_ ne '') ? $attr . $_ . "\e[0m" : $_ } @pieces;
    }
    return $attr . $string . "\e[0m";
}

sub uncolor {
    my @names;
    for my $seq (@_) {
        my $escape = $seq;
        $escape =~ s/\A\e\[//;
        $escape =~ s/m\z//;
        _croak("Bad escape sequence $escape") unless $escape =~ /\A[0-9;]*\z/;
        my @nums = split /;/, $escape;
        while (@nums) {
            my $n = shift @nums;
            $n =~ s/^0+(?=\d)//;
            if (($n eq '38' || $n eq '48') && @nums >= 2 && $nums[0] eq '5') {
                my $c = $nums[1];
                splice @nums, 0, 2;
                my $prefix = $n eq '48' ? 'on_' : '';
                if ($c < 16) { push @names, "${prefix}ansi$c" }
                elsif ($c < 232) {
                    my $v = $c - 16;
                    push @names, $prefix . 'rgb' . int($v / 36) . int($v % 36 / 6) . ($v % 6);
                }
                else { push @names, $prefix . 'grey' . ($c - 232) }
                next;
            }
            if (($n eq '38' || $n eq '48') && @nums >= 4 && $nums[0] eq '2') {
                my (undef, $r, $g, $b) = splice @nums, 0, 4;
                push @names, ($n eq '48' ? 'on_' : '') . "r${r}g${g}b$b";
                next;
            }
            my $name = $NAME_OF{$n};
            _croak("No name for escape sequence $n") unless defined $name;
            push @names, $name;
        }
    }
    return @names;
}

sub colorstrip {
    my @out = map { my $s = $_; $s =~ s/\e\[[\d;]*m//g; $s } @_;
    return wantarray ? @out : join('', @out);
}

sub colorvalid {
    for my $name (map { split ' ' } @_) {
        return unless defined _code($name);
    }
    return 1;
}

sub coloralias {
    my ($alias, @standard) = @_;
    if (!@standard) {
        return exists $ALIAS{$alias} ? $ALIAS{$alias} : undef;
    }
    _croak("Invalid alias name \"$alias\"") if $alias !~ /\A[\w._-]+\z/ || exists $ATTR{$alias};
    _croak("Invalid attribute name \"$standard[0]\"") unless exists $ATTR{ $standard[0] };
    $ALIAS{$alias} = $standard[0];
    return $standard[0];
}

sub _make_constant {
    my ($name) = @_;
    my $code = _code(lc $name);
    return undef unless defined $code;
    my $sgr = "\e[${code}m";
    return sub {
        return join('', @_) if defined $ENV{ANSI_COLORS_DISABLED} || defined $ENV{NO_COLOR};
        if ($AUTORESET && @_) {
            return $sgr . join('', @_) . "\e[0m";
        }
        return $sgr . join('', @_);
    };
}

for my $name (@constants) {
    *{$name} = _make_constant($name);
}

# The 256-colour constants are made on demand; one being imported is made first, so the
# importer's alias points at a real sub.
sub import {
    my ($class, @names) = @_;
    for my $name (map { /^:(.*)/ && $EXPORT_TAGS{$1} ? @{ $EXPORT_TAGS{$1} } : $_ } @names) {
        next unless $name =~ /\A[A-Z0-9_]+\z/ && !defined &{$name};
        my $sub = _make_constant($name) or next;
        *{$name} = $sub;
    }
    local $Exporter::ExportLevel = $Exporter::ExportLevel + 1;
    return Exporter::import($class, @names);
}

sub AUTOLOAD {
    our $AUTOLOAD;
    my $name = $AUTOLOAD;
    $name =~ s/.*:://;
    return if $name eq 'DESTROY';
    my $sub = $name =~ /\A[A-Z0-9_]+\z/ ? _make_constant($name) : undef;
    _croak("undefined subroutine &$AUTOLOAD called") unless $sub;
    *{$AUTOLOAD} = $sub;
    return $sub->(@_);
}

sub PUSHCOLOR {
    my $text = join '', @_;
    my ($color) = $text =~ /\A((?:\e\[[\d;]+m)+)/;
    push @COLORSTACK, defined $color ? $color : '';
    return $text;
}

sub POPCOLOR {
    pop @COLORSTACK;
    return (@COLORSTACK ? $COLORSTACK[-1] : "\e[0m") . join('', @_);
}

sub LOCALCOLOR { return PUSHCOLOR(join '', @_) . POPCOLOR() }

1;
