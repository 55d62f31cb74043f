# Caravan's own Getopt::Std: single-character switch parsing (getopt, getopts) into a hash
# or into the caller's $opt_x variables.
package Getopt::Std;
use strict;
use warnings;
no strict 'refs';

require Exporter;
our @ISA = ('Exporter');
our $VERSION = '1.13';
our @EXPORT = qw(getopt getopts);
our $STANDARD_HELP_VERSION;
our $OUTPUT_HELP_VERSION;

sub _store {
    my ($hash, $pkg, $name, $value) = @_;
    if ($hash) { $hash->{$name} = $value }
    else { ${"${pkg}::opt_$name"} = $value }
}

sub _version_mess {
    my ($spec) = @_;
    my $v = defined $main::VERSION ? $main::VERSION : '[unknown]';
    print "$0 version $v calling Getopt::Std::getopts (version $VERSION [paranoid]),\n";
    printf "running under Perl version %vd.\n", $^V;
}

sub _help_mess {
    my ($spec) = @_;
    if (defined &main::HELP_MESSAGE) { main::HELP_MESSAGE(\*STDOUT, 'Getopt::Std', $VERSION, $spec); return }
    (my $switches = $spec) =~ s/\w://g;
    my @with_arg = $spec =~ /(\w):/g;
    print "\nUsage: $0 [-OPTIONS [-MORE_OPTIONS]] [--] [PROGRAM_ARG1 ...]\n\n";
    print "The following single-character options are accepted:\n";
    print "\tWith arguments: ", join(' ', map { "-$_" } @with_arg), "\n" if @with_arg;
    print "\tBoolean (without arguments): ", join(' ', map { "-$_" } split //, $switches), "\n" if length $switches;
    print "\nOptions may be merged together.  -- stops processing of options.\n";
    print "Space is not required between options and their arguments.\n";
}

sub getopts {
    my ($spec, $hash) = @_;
    my $pkg = caller;
    my @letters = split //, $spec;
    my $errs = 0;
    while (@ARGV && $ARGV[0] =~ /^-(.)(.*)/s) {
        my ($first, $rest) = ($1, $2);
        if ($ARGV[0] eq '--') {
            shift @ARGV;
            last;
        }
        my $pos = index($spec, $first);
        if ($pos >= 0 && $first ne ':') {
            if (defined $letters[$pos + 1] && $letters[$pos + 1] eq ':') {
                shift @ARGV;
                if ($rest eq '') {
                    ++$errs unless @ARGV;
                    $rest = shift @ARGV;
                }
                _store($hash, $pkg, $first, $rest);
            }
            else {
                _store($hash, $pkg, $first, 1);
                if ($rest eq '') { shift @ARGV }
                else { $ARGV[0] = "-$rest" }
            }
            next;
        }
        if ($first eq '-' && ($rest eq 'help' || $rest eq 'version')) {
            _version_mess($spec);
            _help_mess($spec) if $rest eq 'help';
            exit 0 if $STANDARD_HELP_VERSION;
            shift @ARGV;
            next;
        }
        warn "Unknown option: $first\n";
        ++$errs;
        if ($rest ne '') { $ARGV[0] = "-$rest" }
        else { shift @ARGV }
    }
    return $errs == 0;
}

sub getopt {
    my ($argumentative, $hash) = @_;
    $argumentative = '' unless defined $argumentative;
    my $pkg = caller;
    while (@ARGV && $ARGV[0] =~ /^-(.)(.*)/s) {
        my ($first, $rest) = ($1, $2);
        if ($ARGV[0] eq '--') {
            shift @ARGV;
            last;
        }
        if (index($argumentative, $first) >= 0) {
            shift @ARGV;
            $rest = shift @ARGV if $rest eq '';
            _store($hash, $pkg, $first, $rest);
        }
        else {
            _store($hash, $pkg, $first, 1);
            if ($rest ne '') { $ARGV[0] = "-$rest" }
            else { shift @ARGV }
        }
    }
    return;
}

1;
