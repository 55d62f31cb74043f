my @b = split //, "h\xe9"; print scalar(@b), "\n";
use utf8;
my @c = split //, "héllo"; print scalar(@c), "\n";
my @d = split /é/, "aébéc"; print scalar(@d), "\n";
