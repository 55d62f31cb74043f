# try/catch/finally (feature 'try', perl 5.36): errors, return, loop control, nesting.
use strict;
use warnings;
use feature qw(try say);
no warnings 'experimental::try';

try { die "plain\n" } catch ($e) { print "caught: $e" }

sub classify {
    my ($n) = @_;
    try {
        die "negative\n" if $n < 0;
        return "small" if $n < 10;
        return "big";
    }
    catch ($e) {
        chomp $e;
        return "error ($e)";
    }
    return "unreachable";
}
say classify($_) for 3, 42, -1;

# `finally` runs on every way out
sub with_finally {
    my ($mode) = @_;
    my @log;
    my $r = eval {
        try {
            push @log, "body";
            die "boom\n" if $mode eq 'die';
            return "returned" if $mode eq 'return';
        }
        catch ($e) {
            push @log, "catch";
            die "rethrown: $e" if $mode eq 'die';
        }
        finally { push @log, "finally" }
        "fell through";
    };
    return join(",", @log) . " => " . ($r // "undef ($@)");
}
say with_finally($_) for qw(die return normal);

# loop control passes through
for my $i (1 .. 5) {
    try {
        next if $i == 2;
        last if $i == 4;
        say "iteration $i";
    }
    catch ($e) { }
}

# $@ inside and after
$@ = "before";
try { die "x\n" } catch ($e) { say "in catch \$\@ is '", $@, "'" }
say "after: $@";

# nesting and rethrow
try {
    try { die "inner\n" } catch ($e) { die "outer saw $e" }
}
catch ($e) { print "final: $e" }

# objects as errors
package My::Err { sub new { bless { msg => $_[1] }, $_[0] } sub msg { $_[0]{msg} } }
try { die My::Err->new("object error") }
catch ($e) { say ref($e), ": ", $e->msg }

# value of a try as the last statement
sub last_value { try { 42 } catch ($e) { 0 } }
my @v = last_value();
say "value: @v";
my $d = do { try { die "z\n" } catch ($e) { "from catch" } };
say "do: $d";

# local restored after an error
our $g = "global";
try { local $g = "localized"; die "q\n" } catch ($e) { say "g in catch: $g" }

# catch var is lexical to the catch block; closures see it
my @subs;
for my $n (1 .. 3) {
    try { die "e$n\n" } catch ($err) { chomp $err; push @subs, sub { $err } }
}
say join " ", map { $_->() } @subs;

# Try::Tiny style calls still parse as calls
sub try_tiny(&;@) { my ($c, @rest) = @_; my @r = eval { $c->() }; return @r }
say try_tiny { "tiny" };
