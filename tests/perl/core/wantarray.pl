use strict; use warnings;
sub ctx { return wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
my @a = ctx(); print "$a[0]\n";
my $s = ctx(); print "$s\n";
sub show { my $c = wantarray ? "list" : defined(wantarray) ? "scalar" : "void"; print "called in $c\n"; }
show();
my $x = show();
my @y = show();
print "interp: @{[ ctx() ]}\n";
my ($first) = ctx(); print "$first\n";
if (ctx()) { print "bool: ", scalar(ctx()), "\n" }
my %h = (k => ctx()); print "hash: $h{k}\n";
print "tern: ", (1 ? ctx() : 0), "\n";
sub inner { return ctx() } my $i = inner(); my @i = inner(); print "$i @i\n";
