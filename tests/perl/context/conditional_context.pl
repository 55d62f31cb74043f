my @empty = ();
my @full = (0);
print "empty false\n" unless @empty;
print "full true\n" if @full;
my %h; print "hash empty\n" unless %h;
$h{x} = 0; print "hash non-empty\n" if %h;
my $s = "0.0"; print "0.0 is true\n" if $s;
print "list assign in cond: ", ((my ($p) = ()) ? "t" : "f"), "\n";
while (my ($k, $v) = each %h) { print "$k=$v\n" }
my @q = (1, 2); my $cnt = 0; while (my $e = shift @q) { $cnt++ } print "$cnt\n";
