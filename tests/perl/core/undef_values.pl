use strict;
my $x;
print defined($x) ? "def\n" : "undef\n";
{ no warnings; print "[", $x, "]\n"; print $x + 0, "\n"; print "len:", length("$x"), "\n"; }
print defined(length(undef)) ? "len def\n" : "len undef\n";
my @a = (1, undef, 3);
print scalar(@a), "\n";
print join(",", map { defined $_ ? $_ : "U" } @a), "\n";
$x = 5; undef $x; print defined $x ? "def\n" : "undef again\n";
my @b = (1,2,3); undef @b; print "b has ", scalar(@b), "\n";
my %h = (a => 1); undef %h; print "h has ", scalar(keys %h), "\n";
my ($p, $q, $r) = (1, 2);
print defined $r ? "r def\n" : "r undef\n";
my $y = undef // "default";
print "$y\n";
my $z = 0 // "default"; print "$z\n";
my $w = 0 || "default"; print "$w\n";
