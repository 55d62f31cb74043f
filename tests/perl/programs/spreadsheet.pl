#!/usr/bin/perl
# A mini spreadsheet: cells with numbers or formulas, dependency evaluation, cycle detection.
use strict;
use warnings;

my %cells = (
    A1 => 10, A2 => 20, A3 => 30,
    B1 => '=A1*2', B2 => '=A2+B1', B3 => '=SUM(A1:A3)',
    C1 => '=AVG(A1:A3)', C2 => '=B3-C1', C3 => '=MAX(A1:B2)',
    D1 => '=D2+1', D2 => '=D1+1',
    E1 => '=A1/0', E2 => '=Z9+1', E3 => '=MIN(A1:A3)*(2+1)',
);
my (%value, %state);

sub range_cells {
    my ($from, $to) = @_;
    my ($c1, $r1) = $from =~ /([A-Z])(\d+)/;
    my ($c2, $r2) = $to =~ /([A-Z])(\d+)/;
    return map { my $c = $_; map { "$c$_" } $r1 .. $r2 } $c1 .. $c2;
}

sub eval_cell {
    my $name = shift;
    return $value{$name} if exists $value{$name};
    die "circular reference at $name\n" if ($state{$name} // '') eq 'busy';
    die "empty cell $name\n" unless exists $cells{$name};
    $state{$name} = 'busy';
    my $v = $cells{$name};
    if ($v =~ s/^=//) {
        $v =~ s{(SUM|AVG|MAX|MIN)\(([A-Z]\d+):([A-Z]\d+)\)}{
            my ($f, @vals) = ($1, map { eval_cell($_) } grep { exists $cells{$_} } range_cells($2, $3));
            my $r = $f eq 'SUM' || $f eq 'AVG' ? do { my $s = 0; $s += $_ for @vals; $f eq 'AVG' ? $s / @vals : $s }
                  : $f eq 'MAX' ? (sort { $b <=> $a } @vals)[0] : (sort { $a <=> $b } @vals)[0];
            $r
        }ge;
        $v =~ s/\b([A-Z]\d+)\b/eval_cell($1)/ge;
        die "bad formula in $name: $v\n" unless $v =~ m{^[\d\s.+\-*/()]+$};
        my $r = eval $v;
        if ($@) { (my $e = $@) =~ s/ at .*//s; die "$name: $e\n" }
        $v = $r;
    }
    $state{$name} = 'done';
    return $value{$name} = $v;
}

for my $name (sort keys %cells) {
    my $v = eval { eval_cell($name) };
    if (defined $v) { printf "%-3s %-14s = %s\n", $name, $cells{$name}, $v }
    else { %state = map { $_ => $state{$_} } grep { $state{$_} eq 'done' } keys %state; printf "%-3s %-14s ! %s", $name, $cells{$name}, $@ }
}
print "\n    ", join("", map { sprintf "%10s", $_ } 'A' .. 'C'), "\n";
for my $r (1 .. 3) {
    printf "%-4d%s\n", $r, join("", map { sprintf "%10.2f", $value{"$_$r"} // 0 } 'A' .. 'C');
}
