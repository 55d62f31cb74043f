my $data = "r1;r2;r3;";
open my $fh, '<', \$data;
{ local $/ = ";"; while (my $r = <$fh>) { chomp $r; print "record: $r\n" } }
print "default sep restored: ", ($/ eq "\n" ? "yes" : "no"), "\n";
