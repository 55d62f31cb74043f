#!/usr/bin/perl
# A Pratt parser producing an AST for expressions with assignment, comparison and function calls.
use strict;
use warnings;

my %prec = ('=' => 1, '||' => 2, '&&' => 3, '==' => 4, '!=' => 4, '<' => 5, '>' => 5, '+' => 6, '-' => 6, '*' => 7, '/' => 7, '%' => 7, '^' => 8);
my %right = ('=' => 1, '^' => 1);

sub lex {
    my $s = shift;
    my @t;
    pos($s) = 0;
    while (pos($s) < length $s) {
        if ($s =~ /\G\s+/gc) { next }
        elsif ($s =~ /\G(\d+(?:\.\d+)?)/gc) { push @t, ['num', $1] }
        elsif ($s =~ /\G([a-z]\w*)/gci) { push @t, ['id', $1] }
        elsif ($s =~ /\G(\|\||&&|==|!=|[-+*\/%^=<>(),!])/gc) { push @t, ['op', $1] }
        else { die "bad char at " . pos($s) . "\n" }
    }
    return \@t;
}

my ($toks, $i);
sub peek { $i < @$toks ? $toks->[$i] : ['eof', ''] }
sub advance { $toks->[$i++] // die "unexpected end\n" }
sub expect { my $v = shift; my $t = advance(); die "expected $v got $t->[1]\n" unless $t->[1] eq $v }

sub parse_expr {
    my $min = shift // 0;
    my $t = advance();
    my $left;
    if ($t->[0] eq 'num') { $left = ['num', $t->[1]] }
    elsif ($t->[0] eq 'id') {
        if (peek()->[1] eq '(') {
            advance();
            my @args;
            unless (peek()->[1] eq ')') { push @args, parse_expr(); while (peek()->[1] eq ',') { advance(); push @args, parse_expr() } }
            expect(')');
            $left = ['call', $t->[1], @args];
        } else { $left = ['var', $t->[1]] }
    }
    elsif ($t->[1] eq '(') { $left = parse_expr(); expect(')') }
    elsif ($t->[1] eq '-' || $t->[1] eq '!') { $left = ['unary', $t->[1], parse_expr(9)] }
    else { die "unexpected '$t->[1]'\n" }
    while (1) {
        my $op = peek();
        last unless $op->[0] eq 'op' && exists $prec{ $op->[1] };
        my $p = $prec{ $op->[1] };
        last if $p < $min;
        advance();
        my $rhs = parse_expr($right{ $op->[1] } ? $p : $p + 1);
        die "can only assign to a variable\n" if $op->[1] eq '=' && $left->[0] ne 'var';
        $left = ['bin', $op->[1], $left, $rhs];
    }
    return $left;
}

sub show { my $n = shift; return $n->[1] if $n->[0] eq 'num' || $n->[0] eq 'var';
    return "($n->[1]" . show($n->[2]) . ")" if $n->[0] eq 'unary';
    return "$n->[1](" . join(", ", map { show($_) } @$n[2 .. $#$n]) . ")" if $n->[0] eq 'call';
    return "(" . show($n->[2]) . " $n->[1] " . show($n->[3]) . ")" }

my %env;
my %fn = (max => sub { my $m = shift; $_ > $m and $m = $_ for @_; $m }, min => sub { my $m = shift; $_ < $m and $m = $_ for @_; $m }, abs => sub { abs shift });
sub ev {
    my $n = shift;
    my $k = $n->[0];
    return $n->[1] if $k eq 'num';
    if ($k eq 'var') { die "undefined variable $n->[1]\n" unless exists $env{ $n->[1] }; return $env{ $n->[1] } }
    if ($k eq 'unary') { my $v = ev($n->[2]); return $n->[1] eq '-' ? -$v : ($v ? 0 : 1) }
    if ($k eq 'call') { my $f = $fn{ $n->[1] } or die "unknown function $n->[1]\n"; return $f->(map { ev($_) } @$n[2 .. $#$n]) }
    my $op = $n->[1];
    return $env{ $n->[2][1] } = ev($n->[3]) if $op eq '=';
    return ev($n->[2]) || ev($n->[3]) ? 1 : 0 if $op eq '||';
    return ev($n->[2]) && ev($n->[3]) ? 1 : 0 if $op eq '&&';
    my ($a, $b) = (ev($n->[2]), ev($n->[3]));
    die "division by zero\n" if ($op eq '/' || $op eq '%') && $b == 0;
    return { '+' => $a + $b, '-' => $a - $b, '*' => $a * $b, '/' => ($b ? $a / $b : 0), '%' => ($b ? $a % $b : 0), '^' => $a ** $b,
             '<' => ($a < $b ? 1 : 0), '>' => ($a > $b ? 1 : 0), '==' => ($a == $b ? 1 : 0), '!=' => ($a != $b ? 1 : 0) }->{$op};
}

for my $src ('x = 3', 'y = x * 2 + 1', '2 ^ 3 ^ 2', '-x + y', 'a = b = 5', 'max(x, y, a) - min(1, 2)', 'x < y && y < 10',
             '!(x == 3) || 0', '(1 + 2) * (3 + 4) % 5', 'z + 1', '3 = x', 'max(1,', '10 / (x - 3)', 'abs(-7.5) * 2') {
    ($toks, $i) = (eval { lex($src) }, 0);
    my $ast = eval { my $a = parse_expr(); die "trailing '" . peek()->[1] . "'\n" if $i < @$toks; $a };
    unless ($ast) { print "$src  =>  parse error: $@"; next }
    my $v = eval { ev($ast) };
    printf "%-26s %-34s %s\n", $src, show($ast), defined $v ? "= $v" : "error: " . ($@ =~ s/\n//r);
}
print "env: ", join(", ", map { "$_=$env{$_}" } sort keys %env), "\n";
