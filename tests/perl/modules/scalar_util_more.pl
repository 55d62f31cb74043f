use Scalar::Util qw(blessed reftype looks_like_number openhandle);
print openhandle(\*STDOUT) ? "stdout open\n" : "closed\n";
print openhandle(\*NOSUCH) ? "open\n" : "nosuch not open\n";
my $o = bless [], 'Cls';
print join(",", blessed($o), reftype($o), reftype(\$o), reftype(qr/x/), blessed(qr/x/)), "\n";
print join(",", map { looks_like_number($_) ? 1 : 0 } "1_000", "0 but true", "1e-5", "+.1", "0x1"), "\n";
