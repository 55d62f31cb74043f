# Caravan's own Test::Builder: the TAP producer behind Test::More — numbering, plans,
# TODO/skip, subtests, diagnostics and the end-of-run summary and exit status.
package Test::Builder;
use strict;
use warnings;
no warnings 'once';

our $VERSION = '1.302190';
our $Level = 1;

my $Test;

sub new {
    my $class = shift;
    $Test ||= $class->create;
    return $Test;
}

sub create {
    my $class = shift;
    return bless { indent => '', count => 0, failed => 0, planned => undef, no_plan => 0,
        done => 0, skip_all => 0, ended => 0, ran_any => 0, parent => undef }, $class;
}

sub reset {
    my $self = shift;
    %$self = %{ ref($self)->create };
    return;
}

# Like the original, TAP goes to unbuffered duplicates of STDOUT and STDERR taken at load
# time, so it stays in order with diagnostics and is not affected by later redirections.
my ($TESTOUT, $TESTERR);
eval { open($TESTOUT, '>&', \*STDOUT) } or $TESTOUT = \*STDOUT;
eval { open($TESTERR, '>&', \*STDERR) } or $TESTERR = \*STDERR;
{
    my $old = select $TESTOUT;
    $| = 1;
    select $TESTERR;
    $| = 1;
    select STDOUT;
    $| = 1;
    select STDERR;
    $| = 1;
    select $old;
}

sub output         { $TESTOUT }
sub failure_output { $TESTERR }
sub todo_output    { $TESTOUT }

sub _out  { my $self = shift; print {$TESTOUT} map { _indent_lines($self->{indent}, $_) } @_ }
sub _err  { my $self = shift; print {$TESTERR} map { _indent_lines($self->{indent}, $_) } @_ }

sub _indent_lines {
    my ($indent, $text) = @_;
    return $text if $indent eq '';
    $text =~ s/^/$indent/mg;
    return $text;
}

sub _comment {
    my ($msg) = @_;
    $msg = join '', map { defined $_ ? $_ : 'undef' } @$msg;
    return '' if $msg eq '';
    $msg =~ s/^/# /mg;
    $msg =~ s/^# $/#/mg;
    $msg .= "\n" unless $msg =~ /\n\z/;
    return $msg;
}

sub diag {
    my $self = shift;
    return 0 unless @_;
    my $text = _comment([@_]);
    if ($self->in_todo) { $self->_out($text) } else { $self->_err($text) }
    return 0;
}

sub note {
    my $self = shift;
    return 0 unless @_;
    $self->_out(_comment([@_]));
    return 0;
}

sub explain {
    my $self = shift;
    require Data::Dumper;
    return map {
        ref $_
            ? do { my $d = Data::Dumper->new([$_]); $d->Indent(1)->Terse(1)->Sortkeys(1); $d->Dump }
            : $_
    } @_;
}

sub plan {
    my ($self, $cmd, $arg) = @_;
    return unless defined $cmd;
    if ($self->{planned} || $self->{no_plan}) {
        require Carp;
        Carp::croak('You tried to plan twice');
    }
    if ($cmd eq 'no_plan') {
        $self->{no_plan} = 1;
    }
    elsif ($cmd eq 'skip_all') {
        $self->{skip_all} = 1;
        $self->{skip_reason} = defined $arg ? $arg : '';
        $self->_out('1..0' . (defined $arg && length $arg ? " # SKIP $arg" : '') . "\n");
        exit 0 unless $self->{parent};
        die "Test::Builder::SkipAll\n";
    }
    elsif ($cmd eq 'tests') {
        if (!defined $arg || $arg !~ /^\+?\d+$/) {
            require Carp;
            Carp::croak("Number of tests must be a positive integer.  You gave it '" . (defined $arg ? $arg : 'undef') . "'");
        }
        $self->{planned} = $arg;
        $self->_out("1..$arg\n");
    }
    else {
        require Carp;
        Carp::croak("plan() doesn't understand $cmd " . (defined $arg ? $arg : ''));
    }
    return 1;
}

sub expected_tests {
    my ($self, $n) = @_;
    $self->plan(tests => $n) if defined $n;
    return $self->{planned} || 0;
}

sub no_plan   { $_[0]->plan('no_plan') }
sub has_plan  { my $s = shift; return $s->{planned} if $s->{planned}; return 'no_plan' if $s->{no_plan}; return undef }
sub current_test { my $s = shift; $s->{count} = shift if @_; $s->{count} }
sub is_passing { $_[0]{failed} == 0 }
sub level { my $s = shift; $Level = shift if @_; $Level }

sub done_testing {
    my ($self, $n) = @_;
    if ($self->{done}) {
        $self->ok(0, 'done_testing() was already called');
        return;
    }
    $self->{done} = 1;
    $n = $self->{count} unless defined $n;
    if ($self->{planned}) {
        $self->ok(0, "planned to run $self->{planned} but done_testing() expects $n") if $self->{planned} != $n;
    }
    else {
        $self->{planned} = $n;
        $self->_out("1..$n\n");
    }
    return $self->{count} == $n && $self->{failed} == 0;
}

# The (package, file, line) of the test call the user wrote.
sub caller {
    my ($self, $height) = @_;
    $height = 0 unless defined $height;
    my $depth = $Level + $height;
    my @c = CORE::caller($depth);
    @c = CORE::caller(--$depth) while !@c && $depth > 0;
    return wantarray ? @c[0 .. 2] : $c[0];
}

sub todo { $_[0]->_todo_reason }

sub in_todo { defined $_[0]->_todo_reason ? 1 : 0 }

sub todo_start { my ($self, $msg) = @_; $self->{todo_msg} = defined $msg ? $msg : '' }
sub todo_end   { delete $_[0]{todo_msg} }

sub _todo_pkg {
    my $self = shift;
    my $i = 0;
    while (my @c = CORE::caller($i++)) {
        return $c[0] if $c[0] ne 'Test::Builder' && $c[0] ne 'Test::More' && $c[0] ne 'Test::Simple';
    }
    return 'main';
}

sub _todo_reason {
    my $self = shift;
    return $self->{todo_msg} if defined $self->{todo_msg};
    no strict 'refs';
    my $pkg = $self->_todo_pkg;
    return ${"${pkg}::TODO"};
}

sub ok {
    my ($self, $test, $name) = @_;
    $self->{count}++;
    $self->{ran_any} = 1;
    my $num = $self->{count};
    my $todo = $self->_todo_reason;
    my $line = $test ? 'ok' : 'not ok';
    $line .= " $num";
    if (defined $name && length $name) {
        (my $shown = $name) =~ s/#/\\#/g;
        $shown =~ s/\n/\n# /g;
        $line .= " - $shown";
    }
    if (defined $todo) {
        $line .= " # TODO $todo";
    }
    $self->_out("$line\n");
    push @{ $self->{results} }, { ok => ($test || defined $todo) ? 1 : 0, actual_ok => $test ? 1 : 0,
        name => defined $name ? $name : '', type => defined $todo ? 'todo' : '', reason => defined $todo ? $todo : '' };
    if (!$test) {
        $self->{failed}++ unless defined $todo;
        my ($pack, $file, $lineno) = $self->caller(1);
        my $kind = defined $todo ? 'Failed (TODO)' : 'Failed';
        my $msg = defined $name && length $name
            ? "  $kind test '$name'\n  at $file line $lineno.\n"
            : "  $kind test at $file line $lineno.\n";
        my $text = _comment([$msg]);
        if (defined $todo) { $self->_out($text) } else { $self->_err($text) }
    }
    return $test ? 1 : 0;
}

sub skip {
    my ($self, $why) = @_;
    $why = '' unless defined $why;
    $self->{count}++;
    $self->{ran_any} = 1;
    push @{ $self->{results} }, { ok => 1, actual_ok => 1, name => '', type => 'skip', reason => $why };
    $self->_out("ok $self->{count} # skip" . (length $why ? " $why" : '') . "\n");
    return 1;
}

sub todo_skip {
    my ($self, $why) = @_;
    $why = '' unless defined $why;
    $self->{count}++;
    $self->{ran_any} = 1;
    $self->_out("not ok $self->{count} # TODO & SKIP $why\n");
    return 1;
}

sub summary { map { $_->{ok} } @{ $_[0]{results} || [] } }
sub details { @{ $_[0]{results} || [] } }
sub exported_to { my $s = shift; $s->{exported_to} = shift if @_; $s->{exported_to} }
sub no_ending { my $s = shift; $s->{ended} = 1 if @_ && $_[0]; 0 }
sub no_diag   { 0 }
sub no_header { 0 }
sub name { $0 }

sub BAIL_OUT {
    my ($self, $reason) = @_;
    $self->{bailed} = 1;
    $self->_out("Bail out!  $reason\n");
    exit 255;
}

sub _quote_value { defined $_[0] ? "'$_[0]'" : 'undef' }

sub is_eq {
    my ($self, $got, $expect, $name) = @_;
    local $Level = $Level + 1;
    my $ok = (!defined $got && !defined $expect) || (defined $got && defined $expect && $got eq $expect);
    $self->ok($ok, $name);
    $self->diag(sprintf("%12s: %s\n%12s: %s\n", 'got', _quote_value($got), 'expected', _quote_value($expect))) unless $ok;
    return $ok;
}

sub is_num {
    my ($self, $got, $expect, $name) = @_;
    local $Level = $Level + 1;
    my $ok = (!defined $got && !defined $expect) || (defined $got && defined $expect && $got == $expect);
    $self->ok($ok, $name);
    $self->diag(sprintf("%12s: %s\n%12s: %s\n", 'got', defined $got ? $got : 'undef', 'expected', defined $expect ? $expect : 'undef')) unless $ok;
    return $ok;
}

sub isnt_eq {
    my ($self, $got, $dont, $name) = @_;
    local $Level = $Level + 1;
    my $ok = !((!defined $got && !defined $dont) || (defined $got && defined $dont && $got eq $dont));
    $self->ok($ok, $name);
    $self->diag(sprintf("%12s: %s\n%12s: anything else\n", 'got', _quote_value($got), 'expected')) unless $ok;
    return $ok;
}

sub like {
    my ($self, $thing, $re, $name) = @_;
    local $Level = $Level + 1;
    return $self->_regex_ok($thing, $re, 1, $name);
}

sub unlike {
    my ($self, $thing, $re, $name) = @_;
    local $Level = $Level + 1;
    return $self->_regex_ok($thing, $re, 0, $name);
}

sub _regex_ok {
    my ($self, $thing, $re, $want_match, $name) = @_;
    local $Level = $Level + 1;
    my $shown_re = $re;
    if (ref $re ne 'Regexp') {
        # A string regex must look like /pattern/flags.
        if (defined $re && $re =~ m{\A/(.*)/(\w*)\z}s) {
            my ($pattern, $flags) = ($1, $2);
            $re = length $flags ? qr/(?$flags)$pattern/ : qr/$pattern/;
        }
        else {
            $self->ok(0, $name);
            $self->diag("    '" . (defined $re ? $re : 'undef') . "' doesn't look much like a regex to me.\n");
            return 0;
        }
    }
    my $matched = defined $thing && $thing =~ $re;
    my $ok = $want_match ? $matched : !$matched;
    $self->ok($ok, $name);
    unless ($ok) {
        my $shown = _quote_value($thing);
        $self->diag(sprintf("%17s %s\n%17s '%s'\n", '', $shown, $want_match ? "doesn't match" : 'matches', $shown_re));
    }
    return $ok ? 1 : 0;
}

sub cmp_ok {
    my ($self, $got, $op, $expect, $name) = @_;
    local $Level = $Level + 1;
    my $ok;
    {
        no warnings;
        local $@;
        $ok = eval "\$got $op \$expect";
        if ($@) {
            $self->ok(0, $name);
            $self->diag("An error occurred while using $op:\n------------------------------------\n$@------------------------------------\n");
            return 0;
        }
    }
    $self->ok($ok, $name);
    unless ($ok) {
        if ($op eq '==') {
            $self->diag(sprintf("%12s: %s\n%12s: %s\n", 'got', defined $got ? $got : 'undef', 'expected', defined $expect ? $expect : 'undef'));
        }
        elsif ($op eq 'eq') {
            $self->diag(sprintf("%12s: %s\n%12s: %s\n", 'got', _quote_value($got), 'expected', _quote_value($expect)));
        }
        elsif ($op eq '!=') {
            $self->diag(sprintf("%12s: %s\n%12s: anything else\n", 'got', defined $got ? $got : 'undef', 'expected'));
        }
        elsif ($op eq 'ne') {
            $self->diag(sprintf("%12s: %s\n%12s: anything else\n", 'got', _quote_value($got), 'expected'));
        }
        else {
            $self->diag(sprintf("    %s\n        %s\n    %s\n", _quote_value($got), $op, _quote_value($expect)));
        }
    }
    return $ok ? 1 : 0;
}

# Runs a subtest: its TAP is indented four spaces, then one ok/not ok line in the parent.
sub subtest {
    my ($self, $name, $code, @args) = @_;
    my %saved = %$self;
    my $indent = $self->{indent};
    %$self = %{ ref($self)->create };
    $self->{indent} = $indent . '    ';
    $self->{parent} = 1;
    print {$TESTOUT} "$indent# Subtest: $name\n";
    my $died;
    {
        local $@;
        my $ok = eval { $code->(@args); 1 };
        $died = $ok ? undef : $@;
    }
    $died = undef if defined $died && $died eq "Test::Builder::SkipAll\n";
    if (!$self->{planned} && !$self->{skip_all} && !$self->{done}) {
        $self->_out("1..$self->{count}\n");
        $self->{planned} = $self->{count};
    }
    my $failed = $self->{failed};
    my $count = $self->{count};
    my $planned = $self->{planned} || 0;
    my $skip_all = $self->{skip_all};
    my $skip_reason = $self->{skip_reason};
    if ($failed && !$skip_all) {
        $self->_err("# Looks like you failed $failed test" . ($failed == 1 ? '' : 's') . " of $count.\n");
    }
    %$self = %saved;
    die $died if defined $died;
    my $ok = !$failed && ($skip_all || $count == $planned) && ($count > 0 || $skip_all);
    local $Level = $Level + 1;
    if ($skip_all) {
        return $self->skip($skip_reason);
    }
    return $self->ok($ok, $name);
}

sub _ending {
    my $self = shift;
    return if $self->{ended}++;
    my $exit = $?;
    return if $self->{bailed} || $self->{skip_all};
    my $count = $self->{count};
    if (!$self->{ran_any} && !$self->{planned}) {
        $? = 255 if $self->{done};
        return;
    }
    if (!$self->{planned} && !$self->{no_plan} && !$self->{done}) {
        $self->_err("# Tests were run but no plan was declared and done_testing() was not seen.\n");
        if ($exit) {
            $self->_err("# Looks like your test exited with $exit just after $count.\n");
            $? = $exit;
            return;
        }
        my $failed = $self->{failed};
        $? = $failed ? ($failed <= 254 ? $failed : 254) : 254;
        return;
    }
    if ($self->{no_plan} && !$self->{done}) {
        $self->_out("1..$count\n");
        $self->{planned} = $count;
    }
    my $planned = $self->{planned};
    my $extra = $count - $planned;
    if ($extra != 0) {
        $self->_err("# Looks like you planned $planned test" . ($planned == 1 ? '' : 's') . " but ran $count.\n");
    }
    my $failed = $self->{failed};
    if ($failed) {
        $self->_err("# Looks like you failed $failed test" . ($failed == 1 ? '' : 's') . " of $count" . ($extra != 0 ? ' run' : '') . ".\n");
    }
    if ($exit) {
        $self->_err("# Looks like your test exited with $exit just after $count.\n");
        $? = $exit;
        return;
    }
    $? = $failed ? ($failed <= 254 ? $failed : 254) : $extra != 0 ? 255 : 0;
}

END { $Test->_ending if $Test }

1;
