while (<STDIN>) {
    chomp;
    next unless length;
    last if /^END$/;
    my @f = split /,/;
    printf "%-5s %5.1f\n", $f[0], $f[1] * 1.5;
}
print "stopped at line $.\n";
