use POSIX ();
print POSIX::floor(-0.5), " ", POSIX::ceil(-0.5), "\n";
print POSIX::UINT_MAX(), "\n";
printf "%.6f %.6f\n", POSIX::acos(0), POSIX::asin(1);
print POSIX::abs(-3), " ", POSIX::strstr("haystack", "st"), "\n";
print POSIX::EXIT_FAILURE(), " ", POSIX::EXIT_SUCCESS(), "\n";
my @parts = POSIX::modf(3.75); print "@parts\n";
print join(",", POSIX::frexp(8)), "\n";
print POSIX::ldexp(0.5, 4), "\n";
