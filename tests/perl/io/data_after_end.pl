my @lines = <DATA>;
print scalar(@lines), " lines\n";
print "first: $lines[0]";
print "last: $lines[-1]";
__END__
alpha
beta
gamma
