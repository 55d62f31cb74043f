use List::Util qw(uniq uniqnum);
my @w = qw(b a c a b d);
print join(" ", sort(uniq(@w))), "\n";
my %s; my @u = grep { !$s{$_}++ } @w; print "@u\n";
print join(" ", uniqnum(1, 1.0, "1", 2, "2.0", 3)), "\n";
