#!/usr/bin/perl
# A two-pass assembler for a tiny stack VM, then runs the bytecode (labels, jumps, calls).
use strict;
use warnings;

my $source = <<'ASM';
; compute factorials 1..6 and the sum of squares 1..10
        push 1
        store i
loop:   load i
        call fact
        print
        load i
        push 1
        add
        dup
        store i
        push 7
        lt
        jnz loop
        push 0
        store acc
        push 1
        store k
sq:     load k
        dup
        mul
        load acc
        add
        store acc
        load k
        push 1
        add
        dup
        store k
        push 11
        lt
        jnz sq
        load acc
        print
        halt
fact:   dup
        push 2
        lt
        jnz fact_done
        dup
        push 1
        sub
        call fact
        mul
fact_done: ret
ASM

my %opcodes = map { $_ => 1 } qw(push load store add sub mul lt dup print jnz jmp call ret halt);
my (@code, %labels, @fixups);
my $lineno = 0;
for my $line (split /\n/, $source) {
    $lineno++;
    $line =~ s/;.*//;
    next unless $line =~ /\S/;
    if ($line =~ s/^\s*(\w+):\s*//) { die "duplicate label $1\n" if exists $labels{$1}; $labels{$1} = scalar @code }
    next unless $line =~ /\S/;
    my ($op, $arg) = split ' ', $line;
    die "line $lineno: unknown opcode $op\n" unless $opcodes{$op};
    push @code, [$op, $arg];
    push @fixups, $#code if $op =~ /^(jnz|jmp|call)$/;
}
for my $i (@fixups) {
    my $l = $code[$i][1];
    die "undefined label $l\n" unless exists $labels{$l};
    $code[$i][1] = $labels{$l};
}
printf "assembled %d instructions, labels: %s\n", scalar @code, join(", ", map { "$_=$labels{$_}" } sort keys %labels);

my (@stack, @calls, %mem, @output);
my ($pc, $steps) = (0, 0);
while (1) {
    die "pc out of range\n" if $pc < 0 || $pc > $#code;
    my ($op, $arg) = @{ $code[$pc++] };
    $steps++;
    if    ($op eq 'push')  { push @stack, $arg }
    elsif ($op eq 'load')  { push @stack, $mem{$arg} // 0 }
    elsif ($op eq 'store') { $mem{$arg} = pop @stack }
    elsif ($op eq 'dup')   { push @stack, $stack[-1] }
    elsif ($op eq 'add')   { my $b = pop @stack; $stack[-1] += $b }
    elsif ($op eq 'sub')   { my $b = pop @stack; $stack[-1] -= $b }
    elsif ($op eq 'mul')   { my $b = pop @stack; $stack[-1] *= $b }
    elsif ($op eq 'lt')    { my $b = pop @stack; $stack[-1] = $stack[-1] < $b ? 1 : 0 }
    elsif ($op eq 'print') { push @output, pop @stack }
    elsif ($op eq 'jnz')   { $pc = $arg if pop @stack }
    elsif ($op eq 'jmp')   { $pc = $arg }
    elsif ($op eq 'call')  { push @calls, $pc; $pc = $arg }
    elsif ($op eq 'ret')   { $pc = pop @calls }
    elsif ($op eq 'halt')  { last }
}
print "output: @output\n";
print "steps: $steps, final stack depth: ", scalar(@stack), ", memory: ", join(" ", map { "$_=$mem{$_}" } sort keys %mem), "\n";
