package Load::Broken;
sub ok { 1 }
die "broken on purpose\n";
