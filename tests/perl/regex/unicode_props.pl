use utf8; binmode STDOUT, ':utf8';
my $s = "Ünïcödé text ñ 123";
my @l = $s =~ /(\p{Lu})/g; print "@l\n";
my @w = $s =~ /(\w+)/g; print scalar(@w), "\n";
my $n = () = $s =~ /\p{L}/g; print "$n\n";
print "digit\n" if "٣" =~ /\d/;
print "ascii digit only\n" unless "٣" =~ /\d/a;
print lc("ÀÉÎ"), "\n";
