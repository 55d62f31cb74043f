# A grid of formats x values: one line per combination.
no warnings;
my @formats = ('%d', '%5d', '%-5d|', '%05d', '%+d', '% d', '%i', '%u', '%x', '%#X', '%o', '%#o', '%b', '%e', '%.2e', '%E', '%f', '%.1f', '%8.3f', '%-8.2f|', '%g', '%.3g', '%#g', '%G', '%s', '%.2s', '%5s', '%-5s|');
my @values = (0, 1, -1, 42, 3.14159, -2.5, 0.000123, 123456789, 1e15, 1e-10, 255, "17abc", "", 2**53, -2**31, 9.99);
for my $f (@formats) {
    print "$f: ", join(" ", map { my $s = sprintf($f, $_); "[$s]" } @values), "\n";
}
print "%c: ", join(" ", map { sprintf("[%c]", $_) } 65, 97, 48, 126, 32, 9.7), "\n";
