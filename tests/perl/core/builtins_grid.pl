# A table of builtin functions applied to a range of inputs.
no warnings;
my @inputs = ("Hello", "", "0", "  padded ", "MiXeD 123", "x", "abc\n", "\x{e9}t\x{e9}");
my %f = (
    length => sub { length $_[0] }, uc => sub { uc $_[0] }, lc => sub { lc $_[0] }, ucfirst => sub { ucfirst $_[0] },
    lcfirst => sub { lcfirst $_[0] }, reverse => sub { scalar reverse $_[0] }, ord => sub { ord $_[0] },
    'index(e)' => sub { index($_[0], "e") }, 'rindex(e)' => sub { rindex($_[0], "e") }, 'substr(1,2)' => sub { substr($_[0], 1, 2) },
    quotemeta => sub { quotemeta $_[0] }, chop => sub { my $s = $_[0]; chop $s; $s }, chomp => sub { my $s = $_[0]; chomp $s; $s },
    'x2' => sub { $_[0] x 2 }, 'num' => sub { $_[0] + 0 }, bool => sub { $_[0] ? 1 : 0 }, 'hex' => sub { hex $_[0] }, 'oct' => sub { oct $_[0] },
);
for my $name (sort keys %f) {
    print "$name: ", join(" | ", map { my $r = $f{$name}->($_); $r = defined $r ? $r : 'undef'; $r =~ s/\n/\\n/g; $r =~ s/([^\x20-\x7e])/sprintf "\\x{%x}", ord $1/ge; $r } @inputs), "\n";
}
my @nums = (0, 1, -1, 2.5, -2.5, 1e10, 0.1, 100);
for my $name (qw(abs int sqrt exp log sin cos)) {
    print "$name: ", join(" | ", map { my $v = $_; my $r = eval "$name(\$v)"; defined $r ? sprintf("%.6g", $r) : "err" } @nums), "\n";
}
print "chr: ", join(" ", map { sprintf "%vd", chr $_ } 65, 0, 255, 256), "\n";
print "sprintf %s of lists: ", sprintf("%s-%s", (1, 2, 3)), "\n";
print "join nested: ", join(",", 1, [2]->[0], (3, 4)[1], { a => 5 }->{a}), "\n";
