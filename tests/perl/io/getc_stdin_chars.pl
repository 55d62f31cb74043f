my @c; while (defined(my $ch = getc STDIN)) { push @c, $ch eq "\n" ? '\n' : $ch }
print scalar(@c), ": @c\n";
