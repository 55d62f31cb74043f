# //g on a literal keeps pos() between iterations (the literal is one scalar, as in perl).
my @all;
while ("a1 b2" =~ /(\w)(\d)/g) { push @all, "$1$2"; last if @all > 10 }
print "@all\n";
my $n = 0;
while ("xyz" =~ /./g) { $n++; last if $n > 20 }
print "$n\n";
for (1..2) { my $c = 0; $c++ while "aaa" =~ /a/g; print "c=$c\n" }
print scalar(() = "a,b,c" =~ /\w/g), "\n";
