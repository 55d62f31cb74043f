for my $s ("a", "Az", "zZ", "a9z", "9", "99", "-1", "1.5", "0x9", "aZ9", "zz99", " a", "a ", "A99Z") {
    my $t = $s; { no warnings; $t++; } print "[$s] -> [$t]\n";
}
