my $s = "\t a  b \n";
print scalar(my @x = split(' ', $s)), "\n";
print scalar(my @y = split(/ /, $s)), "\n";
print scalar(my @z = split(/^/, "x\ny\n")), "\n";
print scalar(my @w = split(/^/m, "x\ny\n")), "\n";
my $pat = ' '; print scalar(my @v = split($pat, $s)), "\n";
