my $s = "the quick brown fox jumps";
(my $t = $s) =~ s/(\w+)/\u$1/g;
print "$t\n";
(my $c = $s) =~ s/\b(\w)/\U$1/g;
print "$c\n";
my $camel = join "", map { ucfirst } split /_/, "snake_case_name";
print "$camel\n";
(my $snake = "CamelCaseName") =~ s/(?<!^)([A-Z])/_\l$1/g;
print lcfirst($snake), "\n";
