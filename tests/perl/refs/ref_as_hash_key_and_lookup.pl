my @objs = map { { id => $_ } } 1..3;
my %meta; $meta{$_} = "meta$_->{id}" for @objs;
print join(",", map { $meta{$_} } @objs), "\n";
print scalar(keys %meta), "\n";
my ($k) = keys %meta; print(($k =~ /^HASH\(/) ? "stringified key\n" : "other\n");
