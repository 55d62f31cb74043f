my %d = (name => "Ann", items => [qw(pen ink)]);
my $s = qq{Name: $d{name}; Items: @{$d{items}}; First: $d{items}[0]; Count: ${\ scalar @{$d{items}}}};
print "$s\n";
my $t = qq(parens (nested) $d{name});
print "$t\n";
print "join in string: @{[ join '-', @{$d{items}} ]}\n";
