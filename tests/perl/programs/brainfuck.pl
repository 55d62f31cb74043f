#!/usr/bin/perl
# A Brainfuck interpreter with bracket pre-matching, step limit and error reporting.
use strict;
use warnings;

sub run_bf {
    my ($code, $input, $limit) = @_;
    my @prog = grep { /[-+<>.,\[\]]/ } split //, $code;
    my (%jump, @stack);
    for my $i (0 .. $#prog) {
        if ($prog[$i] eq '[') { push @stack, $i }
        elsif ($prog[$i] eq ']') {
            die "unmatched ] at $i\n" unless @stack;
            my $j = pop @stack;
            @jump{$i, $j} = ($j, $i);
        }
    }
    die "unmatched [ at $stack[-1]\n" if @stack;
    my @tape = (0) x 300;
    my ($ptr, $pc, $steps, $out) = (0, 0, 0, '');
    my @in = split //, $input // '';
    while ($pc < @prog) {
        die "step limit exceeded\n" if ++$steps > $limit;
        my $c = $prog[$pc];
        if    ($c eq '+') { $tape[$ptr] = ($tape[$ptr] + 1) % 256 }
        elsif ($c eq '-') { $tape[$ptr] = ($tape[$ptr] - 1) % 256 }
        elsif ($c eq '>') { $ptr++; die "tape overflow\n" if $ptr >= @tape }
        elsif ($c eq '<') { $ptr--; die "tape underflow\n" if $ptr < 0 }
        elsif ($c eq '.') { $out .= chr $tape[$ptr] }
        elsif ($c eq ',') { $tape[$ptr] = @in ? ord shift @in : 0 }
        elsif ($c eq '[') { $pc = $jump{$pc} if !$tape[$ptr] }
        elsif ($c eq ']') { $pc = $jump{$pc} if $tape[$ptr] }
        $pc++;
    }
    return ($out, $steps);
}

my %programs = (
    hello => '++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.',
    rev   => '>,[>,]<[.<]',
    add   => ',>,[<+>-]<------------------------------------------------.',
    loop  => '+[]',
    bad1  => '[[]',
    bad2  => '][',
    upper => ',[--------------------------------.,]',
);
my %input = (rev => "caravan", add => "34", upper => "perl");
for my $name (sort keys %programs) {
    my @r = eval { run_bf($programs{$name}, $input{$name}, 20000) };
    if (@r) { (my $o = $r[0]) =~ s/\n/\\n/g; printf "%-6s => %-16s (%d steps)\n", $name, "\"$o\"", $r[1] }
    else { printf "%-6s => error: %s", $name, $@ }
}
