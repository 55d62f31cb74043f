use strict;
use warnings;
use Data::Dumper;
use Text::Wrap qw(wrap $columns);
use List::Util qw(sum max first reduce);

# A \G-based tokenizer plus a recursive-descent evaluator with variables,
# its AST dumped with Data::Dumper, and a wrapped summary paragraph.
$Data::Dumper::Sortkeys = 1;
$Data::Dumper::Indent = 1;

sub tokenize {
    my $src = shift;
    my @tok;
    pos($src) = 0;
    while (pos($src) < length $src) {
        if    ($src =~ /\G\s+/gc)              { next }
        elsif ($src =~ /\G(\d+(?:\.\d+)?)/gc)  { push @tok, [NUM => $1] }
        elsif ($src =~ /\G([a-z_]\w*)/gci)     { push @tok, [ID => $1] }
        elsif ($src =~ /\G(\*\*|[-+*\/%()=;,])/gc) { push @tok, [OP => $1] }
        else { die sprintf "bad char '%s' at %d\n", substr($src, pos($src), 1), pos($src) }
    }
    return \@tok;
}

{
    my @t;
    sub peek { @t ? $t[0][1] : '' }
    sub take { my $x = shift @t; die "unexpected end\n" unless $x; $x }
    sub expect { my $w = shift; my $x = take(); die "expected '$w' got '$x->[1]'\n" unless $x->[1] eq $w; $x }
    sub parse_program { @t = @{ +shift }; my @s; while (@t) { push @s, parse_stmt(); expect(';') if @t } \@s }
    sub parse_stmt {
        if (@t > 1 && $t[0][0] eq 'ID' && $t[1][1] eq '=') { my $n = take()->[1]; take(); return { set => $n, expr => parse_expr() } }
        return parse_expr();
    }
    sub parse_expr {
        my $l = parse_term();
        while (peek() =~ /^[-+]$/) { my $op = take()->[1]; $l = { op => $op, l => $l, r => parse_term() } }
        $l;
    }
    sub parse_term {
        my $l = parse_pow();
        while (peek() =~ m{^[*/%]$}) { my $op = take()->[1]; $l = { op => $op, l => $l, r => parse_pow() } }
        $l;
    }
    sub parse_pow {
        my $b = parse_atom();
        return peek() eq '**' ? do { take(); { op => '**', l => $b, r => parse_pow() } } : $b;
    }
    sub parse_atom {
        my $x = take();
        return { num => $x->[1] } if $x->[0] eq 'NUM';
        if ($x->[0] eq 'ID') {
            return { var => $x->[1] } unless peek() eq '(';
            take();
            my @args = peek() eq ')' ? () : parse_expr();
            while (peek() eq ',') { take(); push @args, parse_expr() }
            expect(')');
            return { call => $x->[1], args => \@args };
        }
        if ($x->[1] eq '(') { my $e = parse_expr(); expect(')'); return $e }
        if ($x->[1] eq '-') { return { op => 'neg', l => parse_atom() } }
        die "unexpected '$x->[1]'\n";
    }
}

my %fn = (max => sub { max @_ }, sum => sub { sum(0, @_) }, avg => sub { @_ ? sum(@_) / @_ : 0 });
my %binop = ('+' => sub { $_[0] + $_[1] }, '-' => sub { $_[0] - $_[1] }, '*' => sub { $_[0] * $_[1] },
    '/' => sub { die "division by zero\n" unless $_[1]; $_[0] / $_[1] }, '%' => sub { $_[0] % $_[1] }, '**' => sub { $_[0] ** $_[1] });

sub evaluate {
    my ($n, $env) = @_;
    return $n->{num} if exists $n->{num};
    if (exists $n->{var}) { die "undefined variable $n->{var}\n" unless exists $env->{ $n->{var} }; return $env->{ $n->{var} } }
    return $env->{ $n->{set} } = evaluate($n->{expr}, $env) if exists $n->{set};
    if (exists $n->{call}) { my $f = $fn{ $n->{call} } or die "no function $n->{call}\n"; return $f->(map { evaluate($_, $env) } @{ $n->{args} }) }
    return -evaluate($n->{l}, $env) if $n->{op} eq 'neg';
    return $binop{ $n->{op} }->(evaluate($n->{l}, $env), evaluate($n->{r}, $env));
}

my %env;
my @results;
while (my $line = <DATA>) {
    chomp $line;
    next unless length $line;
    my $v = eval { my $prog = parse_program(tokenize($line)); my $r; $r = evaluate($_, \%env) for @$prog; $r };
    my $shown = defined $v ? (0 + $v == int $v ? $v : sprintf('%.4g', $v)) : "error: " . ($@ =~ s/\n//r);
    printf "%-32s => %s\n", $line, $shown;
    push @results, $v if defined $v;
}
print Data::Dumper->Dump([parse_program(tokenize('a = 2 ** 3 ** 2 - max(1, b)'))], ['ast']);
print Dumper(\%env);
my $longest = reduce { length($a) >= length($b) ? $a : $b } sort keys %env;
my $first_big = first { $_ > 100 } @results;
$columns = 40;
print wrap('Summary: ', '  ', sprintf("evaluated %d expressions successfully, the total of all results is %s, the longest variable name is '%s' and the first result above one hundred was %s.",
    scalar @results, sum(@results), $longest, $first_big // 'none')), "\n";
__DATA__
1 + 2 * 3
(1 + 2) * 3
2 ** 3 ** 2
x = 10; y = x * 4 - 2
price = 19.99; qty = 3; total = price * qty
avg(x, y, 3)
max(1, sum(2, 3), -4) % 4
10 / (x - 10)
unknown + 1
3 + $
z = (1 + 2
-x + -(-y)
