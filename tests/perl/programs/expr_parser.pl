#!/usr/bin/perl
# Recursive-descent parser and evaluator for arithmetic with variables, precedence and errors.
use strict;
use warnings;

my %vars = (pi => 3.14159, x => 10, y => 4);

sub tokenize {
    my $s = shift;
    my @t;
    while (length $s) {
        $s =~ s/^\s+//;
        last unless length $s;
        if ($s =~ s/^(\d+(?:\.\d+)?)//) { push @t, [NUM => $1] }
        elsif ($s =~ s/^([a-z_]\w*)//i) { push @t, [ID => $1] }
        elsif ($s =~ s/^(\*\*|[-+*\/%()^,])//) { push @t, [OP => $1] }
        else { die "unexpected character '" . substr($s, 0, 1) . "'\n" }
    }
    return \@t;
}

my @toks;
sub peek { return @toks ? $toks[0][1] : '' }
sub take { my $want = shift; my $t = shift @toks or die "unexpected end of input\n";
    die "expected '$want' but found '$t->[1]'\n" if defined $want && $t->[1] ne $want; return $t }

sub expr {
    my $v = term();
    while (peek() eq '+' || peek() eq '-') {
        my $op = take()->[1];
        my $r = term();
        $v = $op eq '+' ? $v + $r : $v - $r;
    }
    return $v;
}
sub term {
    my $v = power();
    while (peek() =~ m{^[*/%]$}) {
        my $op = take()->[1];
        my $r = power();
        die "division by zero\n" if ($op eq '/' || $op eq '%') && $r == 0;
        $v = $op eq '*' ? $v * $r : $op eq '/' ? $v / $r : $v % $r;
    }
    return $v;
}
sub power {
    my $b = unary();
    if (peek() eq '^' || peek() eq '**') { take(); return $b ** power() }
    return $b;
}
sub unary {
    if (peek() eq '-') { take(); return -unary() }
    if (peek() eq '+') { take(); return unary() }
    return primary();
}
my %funcs = (max => sub { my $m = shift; for (@_) { $m = $_ if $_ > $m } $m }, sqrt => sub { sqrt $_[0] }, abs => sub { abs $_[0] });
sub primary {
    my $t = take();
    return $t->[1] if $t->[0] eq 'NUM';
    if ($t->[0] eq 'ID') {
        if (peek() eq '(') {
            take('(');
            my @args = (expr());
            while (peek() eq ',') { take(','); push @args, expr() }
            take(')');
            my $f = $funcs{ $t->[1] } or die "unknown function $t->[1]\n";
            return $f->(@args);
        }
        exists $vars{ $t->[1] } or die "unknown variable $t->[1]\n";
        return $vars{ $t->[1] };
    }
    if ($t->[1] eq '(') { my $v = expr(); take(')'); return $v }
    die "unexpected token '$t->[1]'\n";
}

for my $src ('1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-x + y * 2', 'pi * 2', '10 / 4', '7 % 3',
             'max(1, x, y * 3)', 'sqrt(16) + abs(-3)', '1 / 0', '2 * (3 + ', 'foo + 1', '3 $ 4', '2 ** 10') {
    my $tk = eval { tokenize($src) }; @toks = $tk ? @$tk : ();
    if ($@) { print "$src => lex error: $@"; next }
    my $v = eval { my $r = expr(); die "trailing input '" . peek() . "'\n" if @toks; $r };
    print defined $v ? "$src => $v\n" : "$src => error: $@";
}
