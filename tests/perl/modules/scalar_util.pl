use Scalar::Util qw(blessed reftype looks_like_number weaken dualvar readonly refaddr);
my $o = bless {}, 'Foo';
print blessed($o), " ", (blessed({}) // 'undef'), " ", (blessed("Foo") // 'undef'), "\n";
print reftype($o), " ", reftype([]), " ", (reftype(1) // 'undef'), "\n";
print join(",", map { looks_like_number($_) ? 1 : 0 } 1, "1e5", "x", "0x10", " 3 "), "\n";
my $d = dualvar(5, "five"); print $d + 0, " $d\n";
print readonly(1) ? "ro\n" : "rw\n"; my $v = 1; print readonly($v) ? "ro\n" : "rw\n";
print refaddr($o) == refaddr($o) ? "addr stable\n" : "no\n";
