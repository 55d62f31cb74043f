my $s = "The year 1999 and 2024";
print "match\n" if $s =~ /year/;
print "no match\n" if $s !~ /month/;
if ($s =~ /(\d+)/) { print "first number: $1\n" }
my @all = $s =~ /(\d+)/g; print "all: @all\n";
my ($y1, $y2) = $s =~ /(\d+)\D+(\d+)/; print "$y1 $y2\n";
my $count = () = $s =~ /\d/g; print "digits: $count\n";
print "case-insensitive\n" if $s =~ /THE/i;
$_ = "topic string"; print "topic match\n" if /topic/;
my $r = ($s =~ /nomatch/); print "scalar false: [", $r, "]\n";
my @none = ("abc" =~ /(x)/); print "list none: ", scalar(@none), "\n";
my @nocap = ("abc" =~ /b/); print "list nocap: @nocap\n";
