# Hash::Util: more restricted-hash behaviour (delete, clear, iteration, error lines, refs).
use strict;
use warnings;
use Hash::Util qw(lock_keys unlock_keys lock_hash unlock_hash lock_value unlock_value lock_ref_keys
    unlock_ref_keys lock_hashref unlock_hashref legal_keys hidden_keys hash_locked hv_store
    lock_ref_value hashref_unlocked);
$| = 1;
sub try { my ($label, $code) = @_; my $ok = eval { $code->(); 1 }; print "$label: ", ($ok ? "ok\n" : "error: $@") }
my %h = (a => 1, b => 2, c => 3);
lock_keys(%h);
try('delete disallowed', sub { delete $h{nope} });
try('delete allowed', sub { my $v = delete $h{c}; print "deleted $v\n" });
try('exists hidden', sub { print "exists c: ", (exists $h{c} ? 1 : 0), " exists nope: ", (exists $h{nope} ? 1 : 0), "\n" });
try('fetch hidden', sub { print "hidden c: ", (defined $h{c} ? 'def' : 'undef'), "\n" });
print "keys: ", join(',', sort keys %h), " values: ", join(',', sort values %h), " count: ", scalar(keys %h), "\n";
print "hidden: ", join(',', sort(hidden_keys(%h))), " legal: ", join(',', sort(legal_keys(%h))), "\n";
try('list assign allowed', sub { %h = (a => 5, c => 6) });
print "after assign: ", join(',', map { "$_=$h{$_}" } sort keys %h), "\n";
try('list assign disallowed', sub { %h = (a => 1, zz => 2) });
try('clear', sub { %h = () });
print "after clear: ", scalar(keys %h), " legal: ", join(',', sort(legal_keys(%h))), "\n";
try('line of error', sub {
    $h{bad} = 1;
});
unlock_keys(%h);
$h{free} = 1;
print "unlocked keys: ", join(',', sort keys %h), "\n";
my $ref = { x => 1, y => [1, 2] };
lock_hashref($ref);
try('ref store', sub { $ref->{x} = 2 });
try('ref new', sub { $ref->{z} = 2 });
try('ref nested array', sub { push @{ $ref->{y} }, 3 });
try('ref delete readonly', sub { delete $ref->{x} });
print "ref y: @{ $ref->{y} } locked: ", hash_locked(%$ref), "\n";
unlock_hashref($ref);
try('ref after unlock', sub { $ref->{x} = 9; $ref->{z} = 1 });
print "ref keys: ", join(',', sort keys %$ref), " x=$ref->{x}\n";
my %v = (k => 1);
lock_keys(%v);
lock_value(%v, 'k');
try('locked value', sub { $v{k}++ });
unlock_value(%v, 'k');
try('unlocked value', sub { $v{k}++ });
print "k: $v{k}\n";
my %s = (m => 1);
lock_ref_keys(\%s, qw(m n));
hv_store(%s, 'n', 7);
print "hv_store: $s{n}, unlocked: ", (hashref_unlocked(\%s) ? 1 : 0), "\n";
unlock_ref_keys(\%s);
print "after unlock: ", join(',', map { "$_=$s{$_}" } sort keys %s), "\n";
my %plain = (p => 1);
lock_ref_value(\%plain, 'p');
try('plain locked value', sub { $plain{p} = 2 });
try('plain new key', sub { $plain{q} = 2 });
print "plain: ", join(',', sort keys %plain), "\n";
