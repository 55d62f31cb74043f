my $date = "2024-03-15";
if ($date =~ /(?<year>\d{4})-(?<month>\d\d)-(?<day>\d\d)/) {
    print "year=$+{year} month=$+{month} day=$+{day}\n";
    print join(",", map { "$_=$+{$_}" } sort keys %+), "\n";
    print "numbered too: $1 $2 $3\n";
}
if ("k1=v1" =~ /(?<key>\w+)=(?<val>\w+)/) { my %h = %+; print "$h{key} -> $h{val}\n" }
"ab" =~ /(?<x>a)|(?<x>b)/; print "dup name: $+{x}\n";
if ("foo foo" =~ /(?<w>\w+) \k<w>/) { print "backref by name: $+{w}\n" }
print "minus: ", join(",", map { "$_=" . scalar(@{$-{$_}}) } sort keys %-), "\n" if "xy" =~ /(?<a>x)(?<b>y)/;
