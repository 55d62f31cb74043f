#!/usr/bin/perl
# A tiny stack-based language interpreter with variables, loops, procedures and error handling.
use strict;
use warnings;

my $program = <<'END';
: square dup * ;
: countdown begin dup . 1 - dup 0 = until drop ;
5 square .
3 4 + 2 * .
10 3 swap - .
7 countdown
1 2 3 rot . . .
"x" 42 store "x" fetch 8 + .
0 10 1 do i + loop .
4 fact .
1 0 /
END

my (@stack, %vars, %words);
my @out;
$words{fact} = [split ' ', 'dup 1 > if dup 1 - fact * then'];

sub pop1 { die "stack underflow\n" unless @stack; pop @stack }
my %prim = (
    '+' => sub { my $b = pop1; my $a = pop1; push @stack, $a + $b },
    '-' => sub { my $b = pop1; my $a = pop1; push @stack, $a - $b },
    '*' => sub { my $b = pop1; my $a = pop1; push @stack, $a * $b },
    '/' => sub { my $b = pop1; my $a = pop1; die "division by zero\n" unless $b; push @stack, int($a / $b) },
    '=' => sub { my $b = pop1; my $a = pop1; push @stack, $a == $b ? 1 : 0 },
    '>' => sub { my $b = pop1; my $a = pop1; push @stack, $a > $b ? 1 : 0 },
    dup  => sub { my $a = pop1; push @stack, $a, $a },
    drop => sub { pop1 },
    swap => sub { my $b = pop1; my $a = pop1; push @stack, $b, $a },
    rot  => sub { my $c = pop1; my $b = pop1; my $a = pop1; push @stack, $b, $c, $a },
    '.'  => sub { push @out, pop1 },
    store => sub { my $v = pop1; my $k = pop1; $vars{$k} = $v },
    fetch => sub { my $k = pop1; push @stack, $vars{$k} // 0 },
);

sub run {
    my @code = @_;
    my @loops;
    for (my $pc = 0; $pc < @code; $pc++) {
        my $w = $code[$pc];
        if ($w =~ /^-?\d+$/) { push @stack, $w }
        elsif ($w =~ /^"(.*)"$/) { push @stack, $1 }
        elsif ($prim{$w}) { $prim{$w}->() }
        elsif ($words{$w}) { run(@{ $words{$w} }) }
        elsif ($w eq 'begin') { push @loops, $pc }
        elsif ($w eq 'until') { if (pop1) { pop @loops } else { $pc = $loops[-1] } }
        elsif ($w eq 'do') { my $start = pop1; my $end = pop1; push @loops, [$pc, $start, $end] }
        elsif ($w eq 'i') { push @stack, $loops[-1][1] }
        elsif ($w eq 'loop') { my $l = $loops[-1]; if (++$l->[1] < $l->[2]) { $pc = $l->[0] } else { pop @loops } }
        elsif ($w eq 'if') {
            next if pop1;
            my $depth = 0;
            while (++$pc < @code) { $depth++ if $code[$pc] eq 'if'; if ($code[$pc] eq 'then') { last unless $depth--; } }
        }
        elsif ($w eq 'then') { }
        else { die "unknown word '$w'\n" }
    }
}

for my $line (split /\n/, $program) {
    @out = ();
    if ($line =~ /^:\s+(\S+)\s+(.*?)\s+;$/) { $words{$1} = [split ' ', $2]; print "defined $1\n"; next }
    my $ok = eval { run(split ' ', $line); 1 };
    print "$line => ", join(" ", @out), ($ok ? "" : " ERROR: $@"), ($ok ? "\n" : "");
    @stack = () unless $ok;
}
print "final stack: [@stack]\n";
