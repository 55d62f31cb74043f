my $data = join "", map { sprintf "%-5s%03d", "id$_", $_ * 7 } 1..4;
open my $fh, '<', \$data or die;
while (read($fh, my $rec, 8) == 8) { my ($id, $n) = unpack "A5 A3", $rec; print "$id => ", $n + 0, "\n" }
close $fh;
