use strict; use warnings;
sub fetch { my @r = (1, 2, 3); return wantarray ? @r : \@r }
my @l = fetch(); my $r = fetch();
print "@l | @$r\n";
sub ctx_str { wantarray } my @x = ctx_str(); my $y = ctx_str(); ctx_str();
print "$x[0] ", ($y eq "" ? "empty" : $y), "\n";
