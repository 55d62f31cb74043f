use strict;
use warnings;

package Account;
our $NEXT_ID = 1000;
my %REGISTRY;

sub new {
    my ($class, %args) = @_;
    my $self = bless {
        id      => $NEXT_ID++,
        owner   => $args{owner} // 'anonymous',
        balance => 0,
        history => [],
    }, $class;
    $REGISTRY{ $self->{id} } = $self;
    $self->deposit($args{opening}) if $args{opening};
    return $self;
}
sub id { $_[0]{id} }  sub owner { $_[0]{owner} }  sub balance { $_[0]{balance} }
sub kind { 'basic' }
sub lookup  { my ($class, $id) = @_; return $REGISTRY{$id} }
sub _log {
    my ($self, $what, $amount) = @_;
    push @{ $self->{history} }, sprintf('%-10s %8.2f -> %8.2f', $what, $amount, $self->{balance});
}
sub deposit {
    my ($self, $amount) = @_;
    die "invalid amount\n" unless $amount > 0;
    $self->{balance} += $amount;
    $self->_log(deposit => $amount);
    return $self;
}
sub can_withdraw { my ($self, $amount) = @_; return $self->{balance} >= $amount }
sub withdraw {
    my ($self, $amount) = @_;
    die sprintf("insufficient funds in %d (%s)\n", $self->id, $self->kind)
        unless $self->can_withdraw($amount);
    $self->{balance} -= $amount;
    $self->_log(withdraw => $amount);
    return $self;
}
sub month_end { my $self = shift; return $self }
sub statement {
    my $self = shift;
    my $s = sprintf("#%d %-8s %-7s balance %9.2f\n", $self->id, $self->owner, $self->kind, $self->balance);
    $s .= "    $_\n" for @{ $self->{history} };
    return $s;
}

package Savings;
our @ISA = ('Account');
sub new {
    my ($class, %args) = @_;
    my $self = Account::new($class, %args);
    $self->{rate} = $args{rate} // 0.01;
    return $self;
}
sub kind { 'savings' }
sub month_end {
    my $self = shift;
    my $interest = sprintf('%.2f', $self->balance * $self->{rate} / 12);
    $self->deposit($interest) if $interest > 0;
    return $self->SUPER::month_end();
}

package Checking;
use parent -norequire, 'Account';
sub new {
    my ($class, %args) = @_;
    my $self = $class->SUPER::new(%args);
    $self->{overdraft} = $args{overdraft} // 100;
    return $self;
}
sub kind { 'checking' }
sub can_withdraw {
    my ($self, $amount) = @_;
    return $self->balance + $self->{overdraft} >= $amount;
}
sub month_end {
    my $self = shift;
    if ($self->balance < 0) {
        $self->{balance} -= 5;
        $self->_log(fee => 5);
    }
    return $self;
}

package main;

my @accounts = (
    Savings->new(owner => 'alice', opening => 1200, rate => 0.05),
    Checking->new(owner => 'bob', opening => 50, overdraft => 200),
    Account->new(owner => 'carol', opening => 10),
    Checking->new(owner => 'dave'),
);
my @ops = (
    [withdraw => 1001, 300], [withdraw => 1001, 180], [deposit => 1003, 25], [withdraw => 1003, 100],
    [transfer => 1000, 1003, 75.5], [deposit => 1000, -3], [withdraw => 1002, 10.01],
    [transfer => 1000, 1001, 250], [withdraw => 9999, 1], [transfer => 1002, 1000, 5],
    [transfer => 1003, 1004, 1],
);
for my $op (@ops) {
    my ($verb, @args) = @$op;
    my $ok = eval {
        if ($verb eq 'transfer') {
            my ($from, $to) = map { Account->lookup($_) or die "no account $_\n" } @args[0, 1];
            $from->withdraw($args[2]);
            $to->deposit($args[2]);
        } else {
            my $acct = Account->lookup($args[0]) or die "no account $args[0]\n";
            $acct->$verb($args[1]);
        }
        1;
    };
    chomp(my $err = $@);
    printf "%-8s %-22s %s\n", $verb, join(',', @args), $ok ? 'ok' : "FAILED: $err";
}
$_->month_end for @accounts;
print "\n";
print $_->statement for sort { $a->owner cmp $b->owner } @accounts;
my %by_kind;
push @{ $by_kind{ $_->kind } }, $_ for @accounts;
for my $k (sort keys %by_kind) {
    my $total = 0;
    $total += $_->balance for @{ $by_kind{$k} };
    printf "%-9s n=%d total=%.2f isa_account=%s\n", $k, scalar @{ $by_kind{$k} }, $total,
        (join '', map { $_->isa('Account') ? 'y' : 'n' } @{ $by_kind{$k} });
}
printf "Savings can month_end: %s; ref=%s; next id %d\n",
    (Savings->can('month_end') ? 'yes' : 'no'), ref($accounts[0]), $Account::NEXT_ID;
