# POSIX::sigaction with POSIX::SigAction / POSIX::SigSet objects (handlers go through %SIG).
use strict; use warnings;
use POSIX qw(sigaction SIGUSR1 SIGINT SIGTERM);
$| = 1;
my $got = 0;
sub handler { $got++ }
my $old = POSIX::SigAction->new;
my $r = sigaction(SIGUSR1, POSIX::SigAction->new('main::handler'), $old);
print "ret: $r old: $old->{HANDLER} flags: $old->{FLAGS}\n";
kill 'USR1', $$;
sleep 0; select(undef, undef, undef, 0.05);
print "delivered: $got\n";
my $now = POSIX::SigAction->new;
sigaction(SIGUSR1, undef, $now);
print "current: ", $now->handler, "\n";
$SIG{TERM} = sub { 1 };
sigaction(SIGTERM, undef, $now);
print "code handler: ", ref($now->handler), "\n";
my $set = POSIX::SigSet->new(SIGINT);
$set->addset(SIGTERM);
print "set: ", $set->ismember(SIGINT), $set->ismember(SIGTERM), $set->ismember(SIGUSR1), "\n";
$set->delset(SIGINT); $set->emptyset;
print "emptied: ", $set->ismember(SIGTERM), "\n";
my $act = POSIX::SigAction->new(sub { $got += 10 }, POSIX::SigSet->new, 0);
sigaction(SIGUSR1, $act);
kill 'USR1', $$; select(undef, undef, undef, 0.05);
print "code action: $got\n";
print "bad signal: ", (defined sigaction(999, undef) ? 'ok' : 'undef'), "\n";
