# Caravan's own Getopt::Long: GNU-style long and short option parsing for @ARGV (or any
# array), with perl's Getopt::Long option-spec syntax, configuration switches and messages.
# Callbacks receive the option name as a plain string (the original passes an object that
# stringifies to it).
package Getopt::Long;
use strict;
use warnings;
no strict 'refs';
no warnings 'once';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '2.52';
our $VERSION_STRING = $VERSION;
our @EXPORT = qw(&GetOptions $REQUIRE_ORDER $PERMUTE $RETURN_IN_ORDER);
our @EXPORT_OK = qw(&GetOptionsFromArray &GetOptionsFromString &Configure &HelpMessage
    &VersionMessage);

our ($REQUIRE_ORDER, $PERMUTE, $RETURN_IN_ORDER) = (0, 1, 2);
our ($autoabbrev, $getopt_compat, $ignorecase, $bundling, $bundling_values, $order,
    $passthrough, $gnu_compat, $auto_version, $auto_help, $debug, $genprefix, $longprefix);
our $error;

sub ConfigDefaults {
    $autoabbrev = 1;
    $getopt_compat = defined $ENV{POSIXLY_CORRECT} ? 0 : 1;
    $order = defined $ENV{POSIXLY_CORRECT} ? $REQUIRE_ORDER : $PERMUTE;
    $ignorecase = 1;
    $bundling = 0;
    $bundling_values = 0;
    $passthrough = 0;
    $gnu_compat = 0;
    $auto_version = 0;
    $auto_help = 0;
    $debug = 0;
    $genprefix = $getopt_compat ? '(--|-|\+)' : '(--|-)';
    $longprefix = '(--)';
}
ConfigDefaults();

sub import {
    my $pkg = shift;
    my (@syms, @config);
    my $dest = \@syms;
    for (@_) {
        if ($_ eq ':config') { $dest = \@config; next }
        push @$dest, $_;
    }
    push @syms, 'GetOptions' if @syms;
    local $Exporter::ExportLevel = 1;
    Exporter::import($pkg, @syms);
    Configure(@config) if @config;
}

sub Configure {
    my @options = @_;
    my $prev = [ $autoabbrev, $getopt_compat, $ignorecase, $bundling, $order, $passthrough,
        $gnu_compat, $genprefix, $longprefix, $bundling_values, $auto_version, $auto_help, $debug ];
    if (ref $options[0] eq 'ARRAY') {
        ($autoabbrev, $getopt_compat, $ignorecase, $bundling, $order, $passthrough, $gnu_compat,
            $genprefix, $longprefix, $bundling_values, $auto_version, $auto_help, $debug) = @{ $options[0] };
        return $prev;
    }
    for my $opt (@options) {
        my $try = lc $opt;
        my $action = 1;
        if ($try =~ /^no_?(.*)$/s) { $action = 0; $try = $+; }
        if    (($try eq 'default' || $try eq 'defaults') && $action) { ConfigDefaults() }
        elsif ($try eq 'posix_default' || $try eq 'posix_defaults') {
            local $ENV{POSIXLY_CORRECT};
            $ENV{POSIXLY_CORRECT} = 1 if $action;
            ConfigDefaults();
        }
        elsif ($try eq 'auto_abbrev' || $try eq 'autoabbrev') { $autoabbrev = $action }
        elsif ($try eq 'getopt_compat') {
            $getopt_compat = $action;
            $genprefix = $action ? '(--|-|\+)' : '(--|-)';
        }
        elsif ($try eq 'gnu_getopt') {
            if ($action) {
                $gnu_compat = 1; $bundling = 1; $getopt_compat = 0;
                $genprefix = '(--|-)'; $order = $PERMUTE; $bundling_values = 0;
            }
        }
        elsif ($try eq 'gnu_compat') { $gnu_compat = $action; $bundling = 0 if 0 }
        elsif ($try =~ /^(auto_?)?version$/) { $auto_version = $action }
        elsif ($try =~ /^(auto_?)?help$/) { $auto_help = $action }
        elsif ($try eq 'ignorecase' || $try eq 'ignore_case') { $ignorecase = $action }
        elsif ($try eq 'ignorecase_always' || $try eq 'ignore_case_always') { $ignorecase = $action ? 2 : 0 }
        elsif ($try eq 'bundling') { $bundling = $action; $bundling_values = 0 if $action }
        elsif ($try eq 'bundling_override') { $bundling = $action ? 2 : 0; $bundling_values = 0 if $action }
        elsif ($try eq 'bundling_values') { $bundling_values = $action; $bundling = 0 if $action }
        elsif ($try eq 'require_order') { $order = $action ? $REQUIRE_ORDER : $PERMUTE }
        elsif ($try eq 'permute') { $order = $action ? $PERMUTE : $REQUIRE_ORDER }
        elsif ($try eq 'pass_through' || $try eq 'passthrough') { $passthrough = $action }
        elsif ($try =~ /^prefix=(.+)$/ && $action) {
            $genprefix = $1;
            $genprefix = '(' . quotemeta($genprefix) . ')';
        }
        elsif ($try =~ /^prefix_pattern=(.+)$/ && $action) {
            $genprefix = $1;
            $genprefix = '(' . $genprefix . ')' unless $genprefix =~ /^\(.*\)$/;
        }
        elsif ($try =~ /^long_prefix_pattern=(.+)$/ && $action) {
            $longprefix = $1;
            $longprefix = '(' . $longprefix . ')' unless $longprefix =~ /^\(.*\)$/;
        }
        elsif ($try eq 'debug') { $debug = $action }
        else { die "Getopt::Long: unknown or erroneous config parameter \"$opt\"\n" }
    }
    return $prev;
}

sub config { Configure(@_) }

sub GetOptions {
    return GetOptionsFromArray(\@ARGV, @_);
}

sub GetOptionsFromString {
    my ($string, @spec) = @_;
    my @args = _split_words($string);
    my $ok = GetOptionsFromArray(\@args, @spec);
    return ($ok, \@args) if wantarray;
    if (@args) {
        warn 'GetOptionsFromString: Excess data "' . join(' ', @args) . "\" in string \"$string\"\n";
        return 0;
    }
    return $ok;
}

sub _split_words {
    my ($s) = @_;
    my @words;
    while ($s =~ /\G\s*("((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+))/gs) {
        push @words, defined $2 ? $2 =~ s/\\(.)/$1/gr : defined $3 ? $3 : $4;
    }
    return @words;
}

# One parsed option specification.
#   names: all names (aliases), primary first; type: '' flag, '!' negatable, '+' increment,
#   's', 'i', 'o', 'f' valued; mandatory: value required; default: value when optional
#   value is absent; dest: '' scalar, '@' list, '%' hash.
sub _parse_spec {
    my ($spec) = @_;
    my ($names, $rest) = $spec =~ /^(<>|(?:[-\w?]+(?:\|[-\w?]*)*)?)(.*)$/s
        or return undef;
    my %opt = (type => '', mandatory => 0, default => undef, dest => '');
    if ($rest eq '') { }
    elsif ($rest eq '!') { $opt{type} = '!' }
    elsif ($rest eq '+') { $opt{type} = '+' }
    elsif ($rest =~ /^([=:])([sifo])([@%])?(?:\{\d*,?\d*\})?$/) {
        @opt{qw(mandatory type)} = ($1 eq '=' ? 1 : 0, $2);
        $opt{dest} = $3 // '';
    }
    elsif ($rest =~ /^:(-?\d+)([@%])?$/) {
        @opt{qw(type default)} = ('i', $1);
        $opt{dest} = $2 // '';
    }
    elsif ($rest =~ /^:\+([@%])?$/) {
        @opt{qw(type default)} = ('i', '+');
        $opt{dest} = $1 // '';
    }
    else {
        return undef;
    }
    my @names = grep { length } split /\|/, $names;
    return undef unless @names;
    $opt{names} = \@names;
    $opt{primary} = $names[0];
    return \%opt;
}

sub GetOptionsFromArray {
    my ($argv, @optionlist) = @_;
    my $pkg = caller;
    $pkg = caller(1) if $pkg eq 'Getopt::Long';
    my $store_hash;
    $store_hash = shift @optionlist if ref $optionlist[0] eq 'HASH';
    my (%table, %short, %linkage, @errors);
    my $bad_specs = 0;
    while (@optionlist) {
        my $spec = shift @optionlist;
        my $link;
        $link = shift @optionlist if @optionlist && ref $optionlist[0];
        $spec =~ s/^\s+|\s+$//g;
        my $opt = _parse_spec($spec);
        if (!$opt) {
            die "Error in option spec: \"$spec\"\n";
        }
        my $primary = $opt->{primary};
        if ($primary eq '<>') {
            if (!$link || ref $link ne 'CODE') {
                warn "Option spec <> requires a reference to a subroutine\n";
                $bad_specs++;
                next;
            }
            $linkage{'<>'} = $link;
            next;
        }
        if (defined $link) {
            my $r = ref $link;
            if ($r ne 'SCALAR' && $r ne 'REF' && $r ne 'ARRAY' && $r ne 'HASH' && $r ne 'CODE') {
                warn "Invalid option linkage for \"$spec\"\n";
                $bad_specs++;
                next;
            }
            $opt->{dest} = '@' if $r eq 'ARRAY' && $opt->{dest} eq '';
            $opt->{dest} = '%' if $r eq 'HASH' && $opt->{dest} eq '';
            $linkage{$primary} = $link;
        }
        elsif ($store_hash) {
            $linkage{$primary} = undef;
        }
        else {
            (my $var = $primary) =~ s/\W/_/g;
            my $full = "${pkg}::opt_$var";
            $linkage{$primary} = $opt->{dest} eq '@' ? \@{$full}
                               : $opt->{dest} eq '%' ? \%{$full} : \${$full};
            $opt->{dest} = '' if $opt->{dest} ne '' && 0;
            $opt->{via_glob} = 1;
        }
        for my $name (@{ $opt->{names} }) {
            my @variants = ([$name, 0]);
            if ($opt->{type} eq '!') {
                push @variants, ["no$name", 1], ["no-$name", 1];
            }
            for my $v (@variants) {
                my ($n, $negated) = @$v;
                my $entry = { %$opt, negated => $negated };
                if ($bundling && length($n) == 1) {
                    my $k = $ignorecase > 1 ? lc $n : $n;
                    $short{$k} = $entry;
                    $table{$k} = $entry;
                }
                else {
                    $table{ $ignorecase ? lc $n : $n } = $entry;
                }
            }
        }
    }
    if ($bad_specs) {
        die "Error in option spec\n" if 0;
    }
    $error = 0;
    my @ret;
    my $finish = 0;
    my @args = @$argv;
    @$argv = ();
    ARG: while (@args) {
        my $arg = shift @args;
        if ($arg eq '--') {
            push @ret, '--' if $passthrough;
            push @ret, @args;
            @args = ();
            last;
        }
        my ($prefix, $body);
        if ($arg =~ /^$genprefix(.+)$/s && $arg ne '-') {
            ($prefix, $body) = ($1, $+);
        }
        if (!defined $prefix) {
            if ($order == $REQUIRE_ORDER) {
                push @ret, $arg, @args;
                @args = ();
                last;
            }
            if ($linkage{'<>'}) {
                my $ok = eval { $linkage{'<>'}->($arg); 1 };
                if (!$ok) {
                    if ($@ =~ /^!FINISH/) { $finish = 1; push @ret, @args; @args = (); last }
                    warn $@;
                    $error++;
                }
                next;
            }
            push @ret, $arg;
            next;
        }
        my ($name, $value, $has_value, $entry, $bundle_rest);
        my $attached;    # a bundled option's value taken from the rest of its argument
        if ($bundling && $prefix eq '-') {
            $name = substr($body, 0, 1);
            $name = lc $name if $ignorecase > 1;
            $bundle_rest = substr($body, 1);
            $bundle_rest = undef if $bundle_rest eq '';
            $entry = $short{$name};
            if (!$entry && $bundling == 2) {
                $entry = $table{ $ignorecase ? lc $body : $body };
                ($name, $bundle_rest) = ($body, undef) if $entry;
            }
            if ($entry && defined $bundle_rest && $entry->{type} ne '' && $entry->{type} ne '!' && $entry->{type} ne '+') {
                ($value, $has_value) = ($bundle_rest, 1);
                $attached = $bundle_rest;
                $bundle_rest = undef;
            }
        }
        elsif ($gnu_compat && $prefix eq '-') {
            # GNU style: "-o" and "-ovalue" (value attached); the letter must match exactly.
            $name = substr($body, 0, 1);
            if (length($body) > 1) {
                ($value = substr($body, 1)) =~ s/=.*//s;
                $has_value = 1;
            }
            $entry = $table{$name};
        }
        else {
            $name = $body;
            if ($name =~ /^([^=]*)=(.*)$/s) {
                ($name, $value, $has_value) = ($1, $2, 1);
            }
            ($entry, my $ambiguous, my $matched) = _find(\%table, $name);
            $name = $matched if defined $matched;
            if ($ambiguous) {
                warn "Option $name is ambiguous (" . join(', ', @$ambiguous) . ")\n";
                $error++;
                next;
            }
        }
        if (!$entry && $auto_version && $name eq 'version') { VersionMessage() }
        if (!$entry && $auto_help && ($name eq 'help' || $name eq '?')) { HelpMessage() }
        if (!$entry) {
            if ($passthrough) {
                if ($order == $REQUIRE_ORDER) { push @ret, $arg, @args; @args = (); last }
                push @ret, $arg;
                next;
            }
            warn "Unknown option: $name\n";
            $error++;
            unshift @args, "-$bundle_rest" if defined $bundle_rest;
            next;
        }
        my $shown = $name;
        my $type = $entry->{type};
        my $took_next = 0;
        # Option errors are reported; with pass_through the option is handed back instead.
        my $fail = sub {
            my ($message) = @_;
            if ($passthrough) {
                unshift @args, $value if $took_next;
                push @ret, $arg;
                return;
            }
            warn $message;
            $error++;
            unshift @args, "-$attached" if defined $attached && $message =~ /^Value /;
        };
        if ($type eq '' || $type eq '!' || $type eq '+') {
            if ($has_value) {
                $fail->("Option $shown does not take an argument\n");
                next;
            }
            $value = $type eq '+' ? '+' : $entry->{negated} ? 0 : 1;
            unshift @args, "-$bundle_rest" if defined $bundle_rest;
        }
        elsif (!$has_value) {
            my $next = @args ? $args[0] : undef;
            if ($entry->{mandatory}) {
                if (!defined $next) {
                    $fail->("Option $shown requires an argument\n");
                    next;
                }
                $value = shift @args;
                $took_next = 1;
            }
            elsif (defined $next && $next ne '--' && _optional_value_ok($type, $next)) {
                $value = shift @args;
                $took_next = 1;
            }
            else {
                $value = defined $entry->{default} ? $entry->{default} : $type eq 's' ? '' : 0;
            }
        }
        elsif ($value eq '' && $entry->{mandatory} && !($gnu_compat && $type eq 's')) {
            $fail->("Option $shown requires an argument\n");
            next;
        }
        elsif ($value eq '' && $type ne 's') {
            $value = defined $entry->{default} ? $entry->{default} : 0;    # "--opt=" takes the default
        }
        my $key;
        if ($entry->{dest} eq '%' && $value ne '+') {
            if ($value =~ /^([^=]*)=(.*)$/s) { ($key, $value) = ($1, $2) }
            else {
                warn "Option $shown, key \"$value\", requires a value\n";
                $error++;
                next;
            }
        }
        if ($type eq 'i' && $value ne '+' && $value !~ /^[-+]?[0-9]+$/) {
            $fail->("Value \"$value\" invalid for option $shown (number expected)\n");
            next;
        }
        if ($type eq 'o') {
            if ($value =~ /^[-+]?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/) {
                my $neg = $value =~ s/^([-+])// && $1 eq '-';
                $value = $value =~ /^0./ ? oct($value) : $value + 0;
                $value = -$value if $neg;
            }
            else {
                $fail->("Value \"$value\" invalid for option $shown (extended number expected)\n");
                next;
            }
        }
        if ($type eq 'f' && $value !~ /^[-+]?(?=[0-9.])[0-9_]*(?:\.[0-9_]+)?(?:[eE][-+]?[0-9]+)?$/) {
            $fail->("Value \"$value\" invalid for option $shown (real number expected)\n");
            next;
        }
        my $r = _store($entry, $store_hash, \%linkage, $key, $value);
        if ($r && $r eq 'FINISH') { $finish = 1; push @ret, @args; @args = (); last }
    }
    @$argv = (@ret, @args);
    return $error == 0;
}

# Looks an option name up exactly, then (auto_abbrev) as a unique prefix.
sub _find {
    my ($table, $name) = @_;
    my $key = $ignorecase ? lc $name : $name;
    return ($table->{$key}, undef, $key) if $table->{$key};
    return (undef) unless $autoabbrev;
    my @hits = grep { index($_, $key) == 0 } sort keys %$table;
    return (undef) unless @hits;
    my %primaries = map { ($table->{$_}{primary} . ($table->{$_}{negated} ? '!' : '')) => 1 } @hits;
    return ($table->{ $hits[0] }, undef, $hits[0]) if keys %primaries == 1;
    return (undef, \@hits);
}

sub _optional_value_ok {
    my ($type, $next) = @_;
    return $next =~ /^[-+]?[0-9]+$/ if $type eq 'i';
    return $next =~ /^[-+]?(?=[0-9.])[0-9_]*(?:\.[0-9_]+)?(?:[eE][-+]?[0-9]+)?$/ if $type eq 'f';
    return $next =~ /^[-+]?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/ if $type eq 'o';
    return $next !~ /^$genprefix./ || $next eq '-';
}

sub _store {
    my ($entry, $store_hash, $linkage, $key, $value) = @_;
    my $primary = $entry->{primary};
    my $dest = $entry->{dest};
    my $link = $linkage->{$primary};
    if (!defined $link) {
        if ($dest eq '@') { push @{ $store_hash->{$primary} }, $value }
        elsif ($dest eq '%') { $store_hash->{$primary}{$key} = $value }
        elsif ($value eq '+') { $store_hash->{$primary}++ }
        else { $store_hash->{$primary} = $value }
        return;
    }
    my $r = ref $link;
    if ($r eq 'CODE') {
        my $ok = eval { $dest eq '%' ? $link->($primary, $key, $value) : $link->($primary, $value); 1 };
        if (!$ok) {
            return 'FINISH' if $@ =~ /^!FINISH/;
            warn $@;
            $error++;
        }
        return;
    }
    if ($r eq 'ARRAY') { push @$link, $value; return }
    if ($r eq 'HASH') { $link->{$key} = $value; return }
    if ($dest eq '@') { $$link = [] unless ref $$link eq 'ARRAY'; push @{$$link}, $value; return }
    if ($dest eq '%') { $$link = {} unless ref $$link eq 'HASH'; $$link->{$key} = $value; return }
    if ($value eq '+') { $$link++; return }
    $$link = $value;
    return;
}

# Arguments as pod2usage takes them: a number (exit value), a message, or -option pairs.
sub _message_args {
    my @args = @_;
    return (-exitval => $args[0]) if @args == 1 && $args[0] =~ /^-?\d+\z/;
    return (-message => $args[0]) if @args == 1;
    my %opt = @args;
    $opt{-message} = delete $opt{-msg};    # as perl's: -msg wins, even when absent
    return %opt;
}

sub VersionMessage {
    my %opt = _message_args(@_);
    my $exit = exists $opt{-exitval} ? $opt{-exitval} : 0;
    my $out = $opt{-output} || (($exit eq 'NOEXIT' || $exit < 2) ? \*STDOUT : \*STDERR);
    print $out defined $opt{-message} ? $opt{-message} : (), $0, (defined $main::VERSION ? " version $main::VERSION" : ''), "\n";
    printf $out "(%s::GetOptions version %s; Perl version %vd)\n", __PACKAGE__, $VERSION, $^V;
    exit $exit unless $exit eq 'NOEXIT';
}

sub HelpMessage {
    my %opt = _message_args(@_);
    $opt{-exitval} = 0 unless exists $opt{-exitval};
    $opt{-verbose} = 0 unless exists $opt{-verbose};
    require Pod::Usage;
    Pod::Usage::pod2usage(%opt);
}

1;
