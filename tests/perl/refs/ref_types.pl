use strict; use warnings;
my @things = (\1, [1], {}, sub {}, \\1, qr/x/, \my @a, \my %h);
print join(" ", map { ref } @things), "\n";
print ref(\$things[0]), "\n";
print ref(bless {}, "My::Class"), "\n";
print ref(5) eq "" ? "plain scalar\n" : "ref\n";
my $glob = \*STDOUT; print ref($glob), "\n";
print ref(\substr("abc", 1)), "\n";
