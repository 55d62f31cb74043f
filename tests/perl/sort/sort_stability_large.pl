my @items = map { { id => $_, grp => $_ % 3 } } 1..20;
print join(" ", map { $_->{id} } sort { $a->{grp} <=> $b->{grp} } @items), "\n";
print join(" ", map { $_->{id} } reverse sort { $a->{grp} <=> $b->{grp} } @items), "\n";
print join(" ", map { $_->{id} } sort { $b->{grp} <=> $a->{grp} } @items), "\n";
