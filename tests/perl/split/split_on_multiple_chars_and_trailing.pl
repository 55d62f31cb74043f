my $line = "a::b:::c::";
print join("|", split /::/, $line), "\n";
print join("|", split /:+/, $line), "\n";
print join("|", split /(:+)/, $line), "\n";
print scalar(my @x = split /:/, $line), "\n";
print join("|", split //, "abc", 2), "\n";
