my ($a, $b) = (<<A, <<B);
first
A
second
B
print "a=$a", "b=$b";
my %h = (text => <<T, other => 1);
in hash
T
print $h{text}, $h{other}, "\n";
print join("|", split /\n/, <<L), "\n";
x
y
z
L
my $n = () = <<C =~ /o/g;
foo boo
C
print "$n\n";
