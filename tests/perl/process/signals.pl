# %SIG handlers for real signals: self-sent signals, alarm timeouts inside eval,
# IGNORE, handlers named by string, local restoring, signals to a child process.
use strict;
use warnings;

my @seen;
$SIG{USR1} = sub { push @seen, "USR1($_[0])" };
kill 'USR1', $$;
kill USR1 => $$;
kill 'SIGUSR1', $$;
print "seen: @seen\n";

sub on_usr2 { push @seen, "named:$_[0]" }
$SIG{USR2} = 'main::on_usr2';
kill USR2 => $$;
$SIG{USR2} = \&on_usr2;
kill 12, $$;
print "seen: @seen\n";

$SIG{HUP} = 'IGNORE';
kill HUP => $$;
print "HUP ignored\n";

my $r = eval {
    local $SIG{ALRM} = sub { die "timeout\n" };
    alarm 1;
    sleep 4;
    alarm 0;
    1;
};
print "sleep: ", (defined $r ? "finished" : "interrupted: $@");

my $spins = 0;
$r = eval {
    local $SIG{ALRM} = sub { die "busy timeout\n" };
    alarm 1;
    while (1) { $spins++ }
    1;
};
print "busy loop: ", ($spins > 0 ? "ran" : "never ran"), ", $@";
print "ALRM after local: ", (defined $SIG{ALRM} ? "set" : "undef"), "\n";
print "alarm left: ", alarm(0), "\n";

print "kill 0 self: ", kill(0, $$), "\n";
my $bad = eval { kill 'NOSUCHSIG', $$; 1 };
print "bad name: ", ($bad ? "ok" : $@);

my $pid = fork;
die "fork: $!" unless defined $pid;
if ($pid == 0) {
    $SIG{TERM} = sub { exit 7 };
    sleep 10 for 1 .. 3;
    exit 0;
}
select(undef, undef, undef, 0.3);
kill TERM => $pid;
waitpid($pid, 0);
print "child exit: ", $? >> 8, "\n";

my $pid2 = fork;
if ($pid2 == 0) { sleep 10; exit 0 }
kill KILL => $pid2;
waitpid($pid2, 0);
print "child signal: ", $? & 127, "\n";

$SIG{INT} = sub { print "INT handler, exiting 3\n"; exit 3 };
kill INT => $$;
print "not reached\n";
