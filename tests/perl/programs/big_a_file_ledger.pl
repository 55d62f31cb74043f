use strict;
use warnings;

# Writes a ledger file, appends to it, re-reads it with $., seek/tell, and cleans up.
my $file = 'big_a_file_ledger.tmp';
my $archive = "$file.old";
unlink $file, $archive;

my @entries = (
    ['2024-01-02', 'opening balance', 500.00],
    ['2024-01-05', 'groceries', -82.17],
    ['2024-01-09', 'salary', 2100.00],
    ['2024-01-12', 'rent', -950.00],
);
open my $out, '>', $file or die "cannot write $file: $!";
printf $out "%s\t%s\t%.2f\n", @$_ for @entries;
close $out or die "close: $!";
printf "wrote %d entries, %d bytes, exists=%s\n", scalar @entries, -s $file, (-e $file ? 'yes' : 'no');

open my $app, '>>', $file or die "append: $!";
print {$app} join("\t", '2024-01-15', 'coffee beans', '-14.50'), "\n";
print {$app} "this line is corrupt\n";
print {$app} join("\t", '2024-01-20', 'refund', '25.00'), "\n";
close $app;

my ($balance, @bad, %by_sign) = (0);
open my $in, '<', $file or die "read: $!";
while (my $line = <$in>) {
    chomp $line;
    my ($date, $desc, $amount) = split /\t/, $line;
    unless (defined $amount && $amount =~ /^-?\d+\.\d\d$/) {
        push @bad, "line $.: $line";
        next;
    }
    $balance += $amount;
    push @{ $by_sign{ $amount < 0 ? 'debit' : 'credit' } }, $desc;
    printf "%3d %s %-16s %9.2f %10.2f\n", $., $date, $desc, $amount, $balance;
}
printf "eof reached at line %d, at eof: %s\n", $., (eof($in) ? 'yes' : 'no');
seek $in, 0, 0;
my $first = <$in>;
my $pos = tell $in;
chomp $first;
print "first line again: [$first], tell=$pos\n";
{
    local $/;
    my $rest = <$in>;
    my $n = () = $rest =~ /\n/g;
    printf "slurped the remaining %d lines (%d chars)\n", $n, length $rest;
}
close $in;

print "bad: $_\n" for @bad;
for my $k (sort keys %by_sign) {
    printf "%-6s %d: %s\n", $k, scalar @{ $by_sign{$k} }, join(', ', sort @{ $by_sign{$k} });
}

rename $file, $archive or die "rename: $!";
printf "after rename: %s=%s %s=%s\n", $file, (-e $file ? 1 : 0), $archive, (-e $archive ? 1 : 0);

open my $rw, '+<', $archive or die "rw: $!";
my @lines = <$rw>;
seek $rw, 0, 0;
my @good = grep { /\t-?\d+\.\d\d$/ } @lines;
print {$rw} @good;
truncate $rw, tell($rw);
close $rw;
open my $check, '<', $archive or die;
my @kept = <$check>;
close $check;
printf "compacted: %d -> %d lines, size %d\n", scalar @lines, scalar @kept, -s $archive;

my $summary = <<"END";
Summary for @{[ scalar @kept ]} entries
  final balance: @{[ sprintf '%.2f', $balance ]}
  largest debit: @{[ (sort { $a <=> $b } map { (split /\t/)[2] + 0 } @kept)[0] ]}
END
print $summary;
my $removed = unlink $archive;
printf "removed %d file(s); leftover: %s\n", $removed, join(',', grep { -e } $file, $archive) || 'none';
