# pack then unpack each template with sample values, showing bytes in hex.
my @cases = (
    ['c', -128], ['C', 255], ['s', -2], ['S', 65535], ['l', -70000], ['L', 4294967295], ['q', -5], ['Q', 2**63],
    ['n', 0x1234], ['N', 0x12345678], ['v', 0x1234], ['V', 0x12345678], ['s>', 258], ['l<', 258], ['j', -1], ['J', 1],
    ['f', 1.5], ['d', -0.125], ['F', 2.25], ['w', 300], ['U', 0x263A], ['a5', "hi"], ['A5', "hi"], ['Z5', "hi"], ['H4', "a1b2"], ['h4', "a1b2"],
    ['B8', "10100101"], ['b8', "10100101"], ['x2'], ['a*', "abc"], ['Z*', "abc"], ['n/a*', "xyz"],
);
for my $c (@cases) {
    my ($t, @v) = @$c;
    my $p = pack($t, @v);
    my @u = unpack($t, $p);
    printf "%-5s %-12s bytes=%-24s back=%s\n", $t, @v ? "@v" : "-", unpack("H*", $p), join(",", map { defined $_ ? $_ : "U" } @u);
}
