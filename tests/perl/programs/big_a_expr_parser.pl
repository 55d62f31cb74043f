use strict;
use warnings;

# Recursive-descent parser for arithmetic with variables, functions and assignment.
#   stmt   := IDENT '=' expr | expr
#   expr   := term (('+'|'-') term)*
#   term   := factor (('*'|'/'|'%') factor)*
#   factor := unary ('^' factor)?
#   unary  := '-' unary | primary
#   primary:= NUM | IDENT | IDENT '(' args ')' | '(' expr ')'
my %vars = (pi => 3.14159265358979);
my %funcs = (
    max => sub { my $m = shift; for (@_) { $m = $_ if $_ > $m } $m },
    min => sub { my $m = shift; for (@_) { $m = $_ if $_ < $m } $m },
    abs => sub { abs $_[0] }, sqrt => sub { die "sqrt of negative\n" if $_[0] < 0; sqrt $_[0] },
    sum => sub { my $t = 0; $t += $_ for @_; $t },
);
our @tokens;
our $pos;

sub tokenize {
    my $src = shift;
    my @t;
    while ($src =~ /\G\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(\S))/gc) {
        push @t, defined $1 ? [NUM => $1] : defined $2 ? [IDENT => $2] : [OP => $3];
    }
    return @t;
}
sub peek { $pos < @tokens ? $tokens[$pos] : [EOF => ''] }  sub advance { return $tokens[$pos++] }
sub expect {
    my $want = shift;
    my $t = peek();
    die "expected '$want' but found '" . ($t->[1] eq '' ? 'end' : $t->[1]) . "'\n"
        unless $t->[0] eq 'OP' && $t->[1] eq $want;
    advance();
}
sub is_op { my $t = peek(); return $t->[0] eq 'OP' && index($_[0], $t->[1]) >= 0 }

sub parse_stmt {
    if (peek()->[0] eq 'IDENT' && $pos + 1 < @tokens && $tokens[$pos + 1][1] eq '=') {
        my $name = advance()->[1];
        advance();    # '='
        my $v = parse_expr();
        return $vars{$name} = $v;
    }
    return parse_expr();
}
sub parse_expr {
    my $v = parse_term();
    while (is_op('+-')) {
        my $op = advance()->[1];
        my $r = parse_term();
        $v = $op eq '+' ? $v + $r : $v - $r;
    }
    return $v;
}
sub parse_term {
    my $v = parse_factor();
    while (is_op('*/%')) {
        my $op = advance()->[1];
        my $r = parse_factor();
        die "division by zero\n" if $op ne '*' && $r == 0;
        $v = $op eq '*' ? $v * $r : $op eq '/' ? $v / $r : $v % $r;
    }
    return $v;
}
sub parse_factor {
    my $base = parse_unary();
    if (is_op('^')) { advance(); return $base ** parse_factor() }
    return $base;
}
sub parse_unary {
    if (is_op('-')) { advance(); return -parse_unary() }
    return parse_primary();
}
sub parse_primary {
    my $t = peek();
    if ($t->[0] eq 'NUM') { advance(); return $t->[1] }
    if ($t->[0] eq 'IDENT') {
        advance();
        if (is_op('(')) {
            advance();
            my @args;
            push @args, parse_expr() unless is_op(')');
            while (is_op(',')) { advance(); push @args, parse_expr() }
            expect(')');
            my $f = $funcs{ $t->[1] } or die "unknown function '$t->[1]'\n";
            return $f->(@args);
        }
        die "undefined variable '$t->[1]'\n" unless exists $vars{ $t->[1] };
        return $vars{ $t->[1] };
    }
    if (is_op('(')) { advance(); my $v = parse_expr(); expect(')'); return $v }
    die "unexpected '" . ($t->[1] eq '' ? 'end of input' : $t->[1]) . "'\n";
}

sub evaluate {
    my $src = shift;
    local @tokens = tokenize($src);
    local $pos = 0;
    my $v = parse_stmt();
    die "trailing input at '" . peek()->[1] . "'\n" if $pos < @tokens;
    return $v;
}

my $n = 0;
for my $line (split /\n/, <<'END') {
1 + 2 * 3
(1 + 2) * 3
2 ^ 3 ^ 2
-2 ^ 2
x = 7 % 4 + 10 / 4
y = x * -x
max(1, x, y, 4) - min(3, 2, 9)
sqrt(16) + abs(-2.5) + sum()
r = 2
area = pi * r ^ 2
(1 + 2
3 / (2 - 2)
foo(1)
z + 1
4 5
sum(1, 2, 3, 4) / 4
END
    $n++;
    my $res = eval { evaluate($line) };
    if (defined $res) {
        my $shown = $res == int($res) ? $res : sprintf('%.6g', $res);
        printf "%2d. %-32s = %s\n", $n, $line, $shown;
    } else {
        (my $err = $@) =~ s/\n\z//;
        printf "%2d. %-32s ! %s\n", $n, $line, $err;
    }
}
print "vars: ", join(', ', map { "$_=" . sprintf('%.4g', $vars{$_}) } sort keys %vars), "\n";
