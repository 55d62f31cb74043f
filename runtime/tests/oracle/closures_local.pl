use strict; use warnings;
my @subs;
for my $i (1..3) { my $j = $i * 10; push @subs, sub { return "$i:$j" } }
print join(",", map { $_->() } @subs), "\n";
sub make_counter { my $n = shift; return { inc => sub { $n++ }, get => sub { $n } } }
my $c = make_counter(5); $c->{inc}->() for 1..3; print $c->{get}->(), "\n";
our $level = 0;
sub show { print "level=$level\n" }
sub nested { local $level = $level + 1; show(); nested() if $level < 3 }
nested(); show();
my %h = (a => 1);
sub peek { print join(",", map { "$_=$h{$_}" } sort keys %h), "\n" }
{ local $h{b} = 2; peek(); } peek();
my $fib; $fib = sub { my $n = shift; $n < 2 ? $n : $fib->($n - 1) + $fib->($n - 2) };
print $fib->(15), "\n";
my @sorted = sort { $a->[1] <=> $b->[1] or $a->[0] cmp $b->[0] } map { [$_, length $_] } qw(pear fig apple kiwi date);
print join(" ", map { $_->[0] } @sorted), "\n";
sub ctx { return wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
my @l = ctx(); my $s = ctx(); print "$l[0] $s\n";
my $str = "a,b;c d";
my @parts = split /[,; ]/, $str; print scalar(@parts), "@parts\n";
my $count = () = $str =~ /\w/g; print "$count\n";
sub AUTOLOAD { our $AUTOLOAD; my $n = $AUTOLOAD; $n =~ s/.*:://; return if $n eq 'DESTROY'; return "auto($n)" }
print undefined_thing(1), "\n";
package Obj { sub new { bless { name => $_[1] }, $_[0] } sub DESTROY { print "destroy $_[0]{name}\n" } }
{ my $o = Obj->new("x"); print "in scope\n"; }
print "after scope\n";
eval { die { code => 42 } }; print "code: " . $@->{code} . "\n" if ref $@;
my $r = eval { 1 } // 'undef'; print "ok: $r [$@]\n";
die "final error\n";
