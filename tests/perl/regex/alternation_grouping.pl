for my $w (qw(cat dog bird catalog)) { print "$w: ", ($w =~ /^(?:cat|dog)$/ ? "pet" : "other"), "\n" }
my @m = "red green blue" =~ /(red|blue)/g; print "@m\n";
if ("2024-06" =~ /^(\d+)-(?:0?(\d))$/) { print "$1 $2\n" }
print "branch reset: $1\n" if "b2" =~ /(?|a(\d)|b(\d))/;
my $n = () = "abcabc" =~ /a|b/g; print "$n\n";
