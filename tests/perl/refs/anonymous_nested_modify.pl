my $cfg = { servers => [ { name => "a", ports => [80] }, { name => "b", ports => [] } ] };
push @{ $cfg->{servers}[1]{ports} }, 443, 8443;
$cfg->{servers}[0]{name} = uc $cfg->{servers}[0]{name};
$_->{count} = scalar @{ $_->{ports} } for @{ $cfg->{servers} };
for my $s (@{ $cfg->{servers} }) { print "$s->{name}: $s->{count} [@{$s->{ports}}]\n" }
my @all = map { @{ $_->{ports} } } @{ $cfg->{servers} }; print "@all\n";
