my @a = (1, 2); my %h = (k => 'v'); my $s = "scalar";
my @refs = (\@a, \%h, \$s, \&main::f, \\"lit");
sub f { "func" }
for my $r (@refs) {
    my $t = ref $r;
    my $v = $t eq 'ARRAY' ? "@$r" : $t eq 'HASH' ? join(",", %$r) : $t eq 'SCALAR' ? $$r : $t eq 'CODE' ? $r->() : $t eq 'REF' ? ${$$r} : '?';
    print "$t: $v\n";
}
