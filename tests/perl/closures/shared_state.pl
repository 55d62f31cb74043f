use strict; use warnings;
sub make_account {
    my $balance = shift;
    my %m = (
        deposit  => sub { $balance += shift; $balance },
        withdraw => sub { my $a = shift; die "insufficient\n" if $a > $balance; $balance -= $a },
        balance  => sub { $balance },
    );
    return \%m;
}
my $acct = make_account(100);
$acct->{deposit}->(50);
$acct->{withdraw}->(30);
print $acct->{balance}->(), "\n";
eval { $acct->{withdraw}->(500) }; print "error: $@";
my $other = make_account(5); print $other->{balance}->(), " ", $acct->{balance}->(), "\n";
