#!/usr/bin/perl
# Parse CSV with quoted fields, compute per-department salary statistics and emit a report.
use strict;
use warnings;

sub parse_csv_line {
    my ($line) = @_;
    my @fields;
    my $field = '';
    my $in_quotes = 0;
    my @chars = split //, $line;
    for (my $i = 0; $i < @chars; $i++) {
        my $c = $chars[$i];
        if ($in_quotes) {
            if ($c eq '"') {
                if ($i + 1 < @chars && $chars[$i + 1] eq '"') { $field .= '"'; $i++ }
                else { $in_quotes = 0 }
            } else { $field .= $c }
        } elsif ($c eq '"') { $in_quotes = 1 }
        elsif ($c eq ',') { push @fields, $field; $field = '' }
        else { $field .= $c }
    }
    push @fields, $field;
    return @fields;
}

my $header = <DATA>;
chomp $header;
my @cols = parse_csv_line($header);
my @rows;
while (my $line = <DATA>) {
    chomp $line;
    next unless length $line;
    my %rec;
    @rec{@cols} = parse_csv_line($line);
    push @rows, \%rec;
}

my %dept;
for my $r (@rows) {
    push @{ $dept{ $r->{department} } }, $r;
}

printf "%-12s %5s %10s %10s %10s\n", qw(Department Count Total Average Max);
print "-" x 51, "\n";
my $grand = 0;
for my $d (sort keys %dept) {
    my @people = @{ $dept{$d} };
    my $total = 0;
    $total += $_->{salary} for @people;
    my ($max) = sort { $b->{salary} <=> $a->{salary} } @people;
    $grand += $total;
    printf "%-12s %5d %10.2f %10.2f %10s\n", $d, scalar @people, $total, $total / @people, $max->{name};
}
print "-" x 51, "\n";
printf "%-12s %5d %10.2f\n", "ALL", scalar @rows, $grand;
print "\nNotes containing commas:\n";
for my $r (grep { $_->{note} =~ /,/ } @rows) {
    print "  $r->{name}: $r->{note}\n";
}
__DATA__
name,department,salary,note
"Smith, John",Engineering,85000,"Team lead, backend"
Alice,Engineering,92000,
Bob,Sales,55000,"Says ""hi"""
Carol,Sales,61000.50,Top seller
"Dee, Dee",Support,43000,"Nights, weekends"
Eve,Engineering,78000,New hire
