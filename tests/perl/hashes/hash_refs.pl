use strict; use warnings;
my $h = { name => "Ann", tags => [qw(x y)] };
print "$h->{name} $$h{name} ${$h}{name}\n";
print "tags: @{$h->{tags}} / $h->{tags}[1] / $h->{tags}->[0]\n";
my @k = sort keys %$h; print "@k\n";
$h->{new}{inner} = 1; print join(",", sort keys %$h), "\n";
my %copy = %$h; $copy{name} = "Bob"; print "$h->{name} $copy{name}\n";
print scalar(%$h) ? "true\n" : "false\n";
for my $k (sort keys $h->%*) { print "$k;" } print "\n";
