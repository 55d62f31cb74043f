#!/usr/bin/perl
# Double-entry ledger: accounts, transactions, validation, trial balance, error handling.
use strict;
use warnings;

package Account;
sub new { my ($c, $name, $type) = @_; bless { name => $name, type => $type, entries => [] }, $c }
sub post { my ($s, $amt, $memo) = @_; push @{ $s->{entries} }, [$amt, $memo]; }
sub balance { my $s = shift; my $b = 0; $b += $_->[0] for @{ $s->{entries} }; return $b }

package Ledger;
sub new { bless { accounts => {}, txn => 0 }, shift }
sub open_account {
    my ($s, $name, $type) = @_;
    die "account $name exists\n" if $s->{accounts}{$name};
    die "bad type $type\n" unless $type =~ /^(asset|liability|income|expense|equity)$/;
    $s->{accounts}{$name} = Account->new($name, $type);
}
sub transfer {
    my ($s, $memo, @legs) = @_;
    my $sum = 0;
    $sum += $_->[1] for @legs;
    die sprintf("unbalanced transaction '%s' (off by %.2f)\n", $memo, $sum) if abs($sum) > 0.001;
    for my $leg (@legs) { $s->{accounts}{ $leg->[0] } or die "no account $leg->[0]\n" }
    $s->{txn}++;
    $s->{accounts}{ $_->[0] }->post($_->[1], $memo) for @legs;
    return $s->{txn};
}
sub trial_balance {
    my $s = shift;
    my ($dr, $cr) = (0, 0);
    my @out;
    for my $name (sort keys %{ $s->{accounts} }) {
        my $a = $s->{accounts}{$name};
        my $b = $a->balance;
        push @out, sprintf("%-12s %-10s %10s %10s", $name, $a->{type}, $b > 0 ? sprintf("%.2f", $b) : '', $b < 0 ? sprintf("%.2f", -$b) : '');
        $b > 0 ? ($dr += $b) : ($cr -= $b);
    }
    push @out, sprintf("%-23s %10.2f %10.2f", 'TOTAL', $dr, $cr);
    return @out;
}

package main;
my $l = Ledger->new;
$l->open_account(@$_) for [cash => 'asset'], [bank => 'asset'], [loan => 'liability'], [sales => 'income'], [rent => 'expense'], [capital => 'equity'];
my @txns = (
    ['owner invests', [bank => 5000], [capital => -5000]],
    ['take loan', [bank => 2000], [loan => -2000]],
    ['cash sale', [cash => 350.25], [sales => -350.25]],
    ['pay rent', [rent => 1200], [bank => -1200]],
    ['bad entry', [cash => 10], [sales => -9]],
    ['typo account', [cassh => 5], [sales => -5]],
    ['deposit cash', [bank => 300], [cash => -300]],
);
for my $t (@txns) {
    my ($memo, @legs) = @$t;
    my $id = eval { $l->transfer($memo, @legs) };
    print defined $id ? "txn $id: $memo\n" : "rejected: $@";
}
eval { $l->open_account(cash => 'asset') }; print "error: $@";
eval { $l->open_account(misc => 'other') }; print "error: $@";
print "$_\n" for $l->trial_balance;
printf "bank history: %s\n", join(", ", map { sprintf "%+.2f", $_->[0] } @{ $l->{accounts}{bank}{entries} });
