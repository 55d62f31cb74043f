# Caravan's own Test::More: the usual testing functions (ok, is, like, is_deeply, ...)
# producing TAP through Test::Builder.
package Test::More;
use strict;
use warnings;
no warnings 'once';

require Exporter;
require Test::Builder;
our @ISA = ('Exporter');
our $VERSION = '1.302190';
our $TODO;
our @EXPORT = qw(ok use_ok require_ok is isnt like unlike is_deeply cmp_ok skip todo
    todo_skip pass fail eq_array eq_hash eq_set $TODO plan done_testing can_ok isa_ok new_ok
    diag note explain subtest BAIL_OUT);

my $tb = Test::Builder->new;

sub builder { Test::Builder->new }

sub import {
    my $class = shift;
    my @plan;
    my @imports;
    while (@_) {
        my $item = shift;
        if ($item eq 'tests' || $item eq 'skip_all') { push @plan, $item, shift }
        elsif ($item eq 'no_plan') { push @plan, $item }
        elsif ($item eq 'import') { push @imports, @{ +shift } }
        else { push @imports, $item }
    }
    local $Exporter::ExportLevel = 1;
    Exporter::import($class, @imports);
    $tb->plan(@plan) if @plan;
}

sub plan {
    return $tb->plan(@_);
}

sub done_testing { $tb->done_testing(@_) }
sub ok ($;$) { my ($test, $name) = @_; $tb->ok($test, $name) }
sub pass (;$) { $tb->ok(1, @_) }
sub fail (;$) { $tb->ok(0, @_) }
sub is ($$;$) { $tb->is_eq(@_) }
sub isnt ($$;$) { $tb->isnt_eq(@_) }
sub like ($$;$) { $tb->like(@_) }
sub unlike ($$;$) { $tb->unlike(@_) }
sub cmp_ok ($$$;$) { $tb->cmp_ok(@_) }
sub diag { $tb->diag(@_) }
sub note { $tb->note(@_) }
sub explain { $tb->explain(@_) }
sub BAIL_OUT { $tb->BAIL_OUT(@_) }
sub subtest { $tb->subtest(@_) }

sub skip {
    my ($why, $count) = @_;
    $count = 1 unless defined $count;
    $tb->skip($why) for 1 .. $count;
    no warnings 'exiting';
    last SKIP;
}

sub todo_skip {
    my ($why, $count) = @_;
    $count = 1 unless defined $count;
    $tb->todo_skip($why) for 1 .. $count;
    no warnings 'exiting';
    last TODO;
}

sub can_ok ($@) {
    my ($proto, @methods) = @_;
    my $class = ref $proto || $proto;
    my @nok = grep { !$proto->can($_) } @methods;
    my $name = @methods == 1 ? "$class->can('$methods[0]')" : "$class->can(...)";
    my $ok = $tb->ok(!@nok, $name);
    $tb->diag(join('', map { "    $class->can('$_') failed\n" } @nok));
    return $ok;
}

sub isa_ok ($$;$) {
    my ($thing, $class, $thing_name) = @_;
    my ($whatami, $name, $diag_name);
    if (!defined $thing) { $whatami = 'undef' }
    elsif (ref $thing) { $whatami = Internals::Caravan::blessed($thing) ? 'object' : 'reference' }
    else { $whatami = 'class' }
    my $ok = $whatami eq 'undef' ? 0 : $whatami eq 'reference' ? UNIVERSAL::isa($thing, $class) : $thing->isa($class);
    if (defined $thing_name) {
        $name = "'$thing_name' isa '$class'";
        $diag_name = defined $thing ? "'$thing_name'" : "'$thing_name'";
    }
    elsif ($whatami eq 'object') {
        my $my_class = ref $thing;
        $name = "An object of class '$my_class' isa '$class'";
        $diag_name = "The object of class '$my_class'";
    }
    elsif ($whatami eq 'reference') {
        my $type = ref $thing;
        $name = "A reference of type '$type' isa '$class'";
        $diag_name = "The reference of type '$type'";
    }
    elsif ($whatami eq 'undef') {
        $name = "undef isa '$class'";
        $diag_name = 'undef';
    }
    else {
        $name = "The class (or class-like) '$thing' isa '$class'";
        $diag_name = "The class (or class-like) '$thing'";
    }
    my $result = $tb->ok($ok, $name);
    unless ($ok) {
        $tb->diag($whatami eq 'undef' ? "    $diag_name isn't defined\n" : "    $diag_name isn't a '$class'\n");
    }
    return $result;
}

sub new_ok {
    my ($class, $args, $object_name) = @_;
    $args ||= [];
    my $obj;
    my $ok = eval { $obj = $class->new(@$args); 1 };
    if ($ok) {
        local $Test::Builder::Level = $Test::Builder::Level + 1;
        isa_ok($obj, $class, $object_name);
    }
    else {
        $class = ref $class || $class;
        $tb->ok(0, "$class->new() died");
        $tb->diag("    Error was:  $@");
    }
    return $obj;
}

sub use_ok ($;@) {
    my ($module, @imports) = @_;
    my ($pack, $file, $line) = caller;
    my $code = "package $pack;\n#line $line \"$file\"\nuse $module" . (@imports ? ' @{$args[0]}' : '') . ";\n1;\n";
    my @args = (\@imports);
    my $ok = eval $code;
    my $err = $@;
    my $result = $tb->ok($ok, "use $module;");
    unless ($ok) {
        chomp $err;
        $err =~ s/BEGIN failed--compilation aborted at .*$//m;
        $tb->diag("    Tried to use '$module'.\n    Error:  $err\n");
    }
    return $result;
}

sub require_ok ($) {
    my ($module) = @_;
    my $pack = caller;
    my $ok = eval "package $pack;\nrequire $module;\n1;\n";
    my $err = $@;
    my $result = $tb->ok($ok, "require $module;");
    unless ($ok) {
        chomp $err;
        $tb->diag("    Tried to require '$module'.\n    Error:  $err\n");
    }
    return $result;
}

# ---- deep comparison -------------------------------------------------------------------

my $DNE = \'Does not exist';

sub _format_deep_value {
    my ($v) = @_;
    return 'Does not exist' if ref $v && $v == $DNE;
    return 'undef' unless defined $v;
    return "$v" if ref $v;
    return "'$v'";
}

# Returns (1) when equal, else (0, \@steps, got, expected) for the first difference; a step
# is [ARRAY => index], [HASH => key] or [REF].
sub _deep_check {
    my ($got, $exp, $steps, $seen) = @_;
    return (1) if !defined $got && !defined $exp;
    return (0, $steps, $got, $exp) if !defined $got || !defined $exp;
    if (!ref $got && !ref $exp) {
        return $got eq $exp ? (1) : (0, $steps, $got, $exp);
    }
    return (0, $steps, $got, $exp) if !ref $got || !ref $exp;
    return (1) if Internals::Caravan::refaddr($got) == Internals::Caravan::refaddr($exp);
    my $gtype = Internals::Caravan::reftype($got);
    my $etype = Internals::Caravan::reftype($exp);
    return (0, $steps, $got, $exp) if $gtype ne $etype;
    my $key = Internals::Caravan::refaddr($got) . '-' . Internals::Caravan::refaddr($exp);
    return (1) if $seen->{$key}++;
    if ($gtype eq 'ARRAY') {
        my $max = $#$got > $#$exp ? $#$got : $#$exp;
        for my $i (0 .. $max) {
            my $g = $i <= $#$got ? $got->[$i] : $DNE;
            my $e = $i <= $#$exp ? $exp->[$i] : $DNE;
            my $here = [ @$steps, [ ARRAY => $i ] ];
            return (0, $here, $g, $e) if (ref $g && $g == $DNE) || (ref $e && $e == $DNE);
            my @r = _deep_check($g, $e, $here, $seen);
            return @r unless $r[0];
        }
        return (1);
    }
    if ($gtype eq 'HASH') {
        # Like the original: walk the keys of the larger hash (the expected one on a tie).
        my $bigger = keys %$got > keys %$exp ? $got : $exp;
        for my $k (sort keys %$bigger) {
            my $g = exists $got->{$k} ? $got->{$k} : $DNE;
            my $e = exists $exp->{$k} ? $exp->{$k} : $DNE;
            my $here = [ @$steps, [ HASH => $k ] ];
            return (0, $here, $g, $e) if (ref $g && $g == $DNE) || (ref $e && $e == $DNE);
            my @r = _deep_check($g, $e, $here, $seen);
            return @r unless $r[0];
        }
        return (1);
    }
    if ($gtype eq 'SCALAR' || $gtype eq 'REF') {
        return _deep_check($$got, $$exp, [ @$steps, ['REF'] ], $seen);
    }
    return (0, $steps, $got, $exp);
}

sub _format_path {
    my ($steps) = @_;
    my $var = '$FOO';
    my $arrow = 0;
    for my $step (@$steps) {
        my ($type, $idx) = @$step;
        if ($type eq 'HASH') { $var .= '->' unless $arrow++; $var .= "{$idx}" }
        elsif ($type eq 'ARRAY') { $var .= '->' unless $arrow++; $var .= "[$idx]" }
        else { $var = "\${$var}" }
    }
    return $var;
}

sub is_deeply {
    my ($got, $expected, $name) = @_;
    my ($ok, $steps, $g, $e) = _deep_check($got, $expected, [], {});
    my $result = $tb->ok($ok, $name);
    unless ($ok) {
        my $var = _format_path($steps);
        (my $got_path = $var) =~ s/\$FOO/     \$got/;
        (my $exp_path = $var) =~ s/\$FOO/\$expected/;
        $tb->diag("    Structures begin differing at:\n    $got_path = " . _format_deep_value($g)
            . "\n    $exp_path = " . _format_deep_value($e) . "\n");
    }
    return $result;
}

sub eq_array { my ($ok) = _deep_check($_[0], $_[1], [], {}); $ok }
sub eq_hash  { my ($ok) = _deep_check($_[0], $_[1], [], {}); $ok }
sub eq_set {
    my ($a1, $a2) = @_;
    return 0 unless @$a1 == @$a2;
    no warnings 'uninitialized';
    my @s1 = sort map { ref $_ ? "$_" : $_ } @$a1;
    my @s2 = sort map { ref $_ ? "$_" : $_ } @$a2;
    my ($ok) = _deep_check(\@s1, \@s2, [], {});
    return $ok;
}

1;
