my $data = { users => [ { name => "ann", roles => [qw(admin dev)] }, { name => "bob", roles => ["ops"] } ] };
print "first: $data->{users}[0]{name} ($data->{users}->[0]->{roles}[0])\n";
print "roles: @{ $data->{users}[0]{roles} }\n";
print "count: ${\ scalar @{ $data->{users} } }\n";
for my $u (@{ $data->{users} }) { print "user $u->{name} has @{[ scalar @{ $u->{roles} } ]} role(s): @{$u->{roles}}\n" }
my @aoa = ([1, 2], [3, 4]); print "aoa: $aoa[1][1] $aoa[0]->[1]\n";
