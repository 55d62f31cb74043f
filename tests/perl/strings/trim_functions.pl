sub trim { my $s = shift; $s =~ s/^\s+|\s+$//g; return $s }
sub ltrim { my $s = shift; $s =~ s/^\s+//; $s } sub rtrim { my $s = shift; $s =~ s/\s+$//; $s }
for ("  both  ", "\tleft", "right \n", "none", "   ") { printf "[%s] [%s] [%s]\n", trim($_), ltrim($_), rtrim($_) =~ s/\t/\\t/r }
