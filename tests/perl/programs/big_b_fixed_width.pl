use strict;
use warnings;

# Fixed-width record munging: unpack, lvalue substr, tr counting, string increment,
# wantarray, splice, sprintf with * widths, <<~ heredocs and a small class hierarchy.
package Record;
sub new {
    my ($class, %f) = @_;
    my $self = bless { %f }, $class;
    $self->init if $self->can('init');
    return $self;
}
sub kind { 'plain' }
sub describe {
    my $self = shift;
    return sprintf '%-6s %-12s %8.2f', $self->kind, $self->{name}, $self->amount;
}
sub amount { $_[0]{cents} / 100 }

package Record::Credit;
our @ISA = ('Record');
sub kind { 'credit' }
sub init { $_[0]{cents} = abs $_[0]{cents} }

package Record::Debit;
our @ISA = ('Record');
sub kind { 'debit' }
sub init { $_[0]{cents} = -abs $_[0]{cents} }
sub describe { my $self = shift; my $s = $self->SUPER::describe(); return "$s !" }

package main;

my $layout = 'A3 x A12 A8 A*';
my @records;
my $id = 'aa9';
while (my $line = <DATA>) {
    chomp $line;
    next if $line =~ /^\s*$/;
    my ($type, $name, $amt, $rest) = unpack $layout, $line;
    $name =~ s/\s+$//;
    my $class = $type eq 'CR' ? 'Record::Credit' : $type eq 'DB' ? 'Record::Debit' : 'Record';
    push @records, $class->new(id => ++$id, name => $name, cents => $amt, flags => $rest);
}

print "$_->{id} ", $_->describe, "\n" for @records;

sub totals {
    my %t;
    $t{ $_->kind } += $_->{cents} for @_;
    return wantarray ? map { [$_, $t{$_}] } sort keys %t : scalar keys %t;
}
my $kinds = totals(@records);
print "kinds: $kinds\n";
printf "%*s: %*.2f\n", 8, $_->[0], 10, $_->[1] / 100 for totals(@records);

my $vowels = 0;
for (map { $_->{name} } @records) { $vowels += tr/aeiouAEIOU//; }
print "vowels in names: $vowels\n";

my $flags = join '', map { $_->{flags} } @records;
(my $up = $flags) =~ tr/a-z/A-Z/;
my %fc;
$fc{$_}++ for grep { /\S/ } split //, $up;
print "flags: ", join(' ', map { "$_=$fc{$_}" } sort keys %fc), "\n";

my $banner = '[' . ('.' x 20) . ']';
substr($banner, 1, length 'LEDGER') = 'LEDGER';
substr($banner, -7, 6, 'v2.0.1');
print "$banner\n";

my @names = map { $_->{name} } @records;
my @removed = splice @names, 1, 2, 'X', 'Y', 'Z';
print "after splice: @names | removed: @removed\n";
my @stable = sort { length $a <=> length $b } qw(pear fig apple kiwi plum date lime);
print "stable by length: @stable\n";

my $n = 0;
my $report = <<~EOT;
    Records:   ${\ scalar @records}
    Last id:   $id
    Net total: @{[ sprintf '%.2f', eval { my $s = 0; $s += $_->{cents} for @records; $s / 100 } ]}
    EOT
print $report;
printf "%05.1f|%-5s|%5s|%x|%o|%b|%e\n", 3.14159, 'ab', 'cd', 255, 8, 10, 12345.678;
printf "%s %s\n", join(',', map { my $s = $_; $s++; $s } qw(Az zz a9 Zz)), lc(join '', reverse 'A' .. 'E');
my @parts = unpack '(A2)*', 'aabbccd';
print scalar(@parts), " parts: @parts\n";
print "packed: ", join(' ', map { sprintf '%02x', $_ } unpack 'C*', pack('n N', 258, 65536)), "\n";
__DATA__
CR  Alice Smith  001250  a
DB  Bob Jones    000999  bz
XX  Carol White  000100
CR  Dave Ng      123456  aa
DB  Eve Adams    000001  c
