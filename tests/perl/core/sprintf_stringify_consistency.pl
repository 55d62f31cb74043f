for my $v (0.1, 0.25, 1/3, 100, 1e21, 1e-7, 12345678.9, -0.5) {
    my $s = "$v"; my $f = sprintf("%.15g", $v);
    print "$s ", ($s eq $f ? "matches %.15g" : "differs: $f"), "\n";
}
