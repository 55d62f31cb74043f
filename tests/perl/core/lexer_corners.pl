# Lexer corners perl's own tests use: hexadecimal/octal/binary float literals (`p`
# exponent, first 53 bits kept), subs named like `x2`/`v77`, the old package separator
# in variables (`$main'x`), and `\` as a quote delimiter.
sub x2 { "xx" }
sub v77 { "v77 called" }
print x2(), " ", v77(), " ", 3 x2, "\n";
print join(" ", 0x1p0, 0x1.8p1, 0xAp-2, 0x.8p1, 0b1.1p0, 07.4p0, 0x1_0.8p0), "\n";
printf "%a %a %.17g\n", 0x1.62e42fefa39efp-1, 0x1.fffffffffffff8p0, 0x0.b17217f7d1cf78p0;
print 0x0.b17217f7d1cf78p0 - 0x1.62e42fefa39efp-1, "\n";
$main::h = 5;
@main::list = (1, 2);
print $main'h, " @main'list\n";
print "a\\b" =~ qr\a\ ? "match" : "no", " ", q\quoted\, "\n";
