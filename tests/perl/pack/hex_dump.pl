my $data = join "", map { chr } 0..40;
for (my $i = 0; $i < length $data; $i += 16) {
    my $chunk = substr($data, $i, 16);
    my $hex = join " ", map { sprintf "%02x", $_ } unpack "C*", $chunk;
    (my $asc = $chunk) =~ tr/\x20-\x7e/./c;
    printf "%08x  %-47s  |%s|\n", $i, $hex, $asc;
}
