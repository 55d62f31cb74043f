my $p = "/usr/local/bin";
print "m{} ok\n" if $p =~ m{^/usr};
print "m!! ok\n" if $p =~ m!local!;
print "m## ok\n" if $p =~ m#bin$#;
print "m,, ok\n" if $p =~ m,usr,;
(my $q = $p) =~ s|/|\\|g; print "$q\n";
(my $r = $p) =~ s{/usr}{/opt}; print "$r\n";
(my $t = $p) =~ s[local][LOCAL]; print "$t\n";
(my $u = $p) =~ s<bin>
  <sbin>; print "$u\n";
print "m'' no interp\n" if '$x' =~ m'\$x';
print "?? once\n" if "abc" =~ m?b?;
