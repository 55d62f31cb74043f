my $csv = "a,b,,d,,";
my @f = split /,/, $csv;
print scalar(@f), ": ", join("|", @f), "\n";
@f = split /,/, $csv, -1;
print scalar(@f), ": ", join("|", @f), "\n";
print join(",", @f), "\n";
my $line = join "\t", qw(x y z);
print join("+", split /\t/, $line), "\n";
