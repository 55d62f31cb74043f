my $s = '';
open my $fh, '>', \$s;
printf $fh "%05.1f|%-4s|%x\n", 3.14159, "ab", 255;
printf {$fh} "%s\n", "block form";
close $fh;
print $s;
