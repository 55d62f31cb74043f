my $r = \"const";
$$r = "changed";
