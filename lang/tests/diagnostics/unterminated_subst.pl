my $x = s/abc/de;
