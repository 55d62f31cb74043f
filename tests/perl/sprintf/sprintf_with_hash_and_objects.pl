my %h = (name => "Ann", age => 30);
print sprintf("%s is %d", @h{qw(name age)}), "\n";
my @rows = map { sprintf "%-4s|%3d", $_, length $_ } qw(a bb ccc);
print join("\n", @rows), "\n";
my $n = sprintf "%.2f", "3.14159abc" =~ /([\d.]+)/ ? $1 : 0; print "$n\n";
