use strict; use warnings;
sub lst { return (4, 5, 6) }
sub arr { my @a = (4, 5, 6); return @a }
sub hsh { my %h = (a => 1, b => 2); return %h }
my $s1 = lst(); my $s2 = arr();
print "$s1 $s2\n";
my ($f) = lst(); print "$f\n";
my @all = (lst(), arr()); print scalar(@all), "\n";
my $h = hsh(); print $h =~ /^\d/ ? "numeric hash scalar\n" : "other: $h\n";
sub early { my $x = shift; return "neg" if $x < 0; return "zero" unless $x; "pos" }
print join(",", map { early($_) } -1, 0, 1), "\n";
sub ret_undef { return undef } my @u = ret_undef(); print scalar(@u), "\n";
