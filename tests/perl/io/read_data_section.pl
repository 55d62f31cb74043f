use strict; use warnings;
while (my $line = <DATA>) {
    chomp $line;
    next if $line =~ /^#/ or $line eq '';
    my ($k, $v) = split /\s*=\s*/, $line, 2;
    print "[$k] => [$v] (line $.)\n";
}
print "eof: ", (eof(DATA) ? 1 : 0), "\n";
__DATA__
# config
name = caravan
version=1.0

path = /usr/local = weird
