for my $fmt (qw(c C s S l L q Q n N v V)) {
    my @vals = $fmt =~ /[cslq]/ ? (-5, 0, 100) : (0, 5, 200);
    my @back = unpack("$fmt*", pack("$fmt*", @vals));
    printf "%s: %s -> %s (%d bytes)\n", $fmt, "@vals", "@back", length pack("$fmt*", @vals);
}
