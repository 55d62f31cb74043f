# MIME::Base64: encode/decode, line breaking, url variant, lengths.
use strict;
use warnings;
use MIME::Base64 qw(encode_base64 decode_base64 encode_base64url decode_base64url encoded_base64_length decoded_base64_length);
$| = 1;
for my $s ('', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', "\x00\xff\x10", 'x' x 100) {
    my $e = encode_base64($s);
    my $d = decode_base64($e);
    (my $shown = $e) =~ s/\n/\\n/g;
    print "'", length($s), "' => '$shown' roundtrip ", ($d eq $s ? 1 : 0), " lengths ", encoded_base64_length($s), " ", decoded_base64_length($e), "\n";
}
print encode_base64('hello world', ''), "|", encode_base64('hello world', "\r\n"), "|\n";
print decode_base64("aGVs\nbG8g d29y bGQ="), "|", decode_base64('aGVsbG8'), "|", decode_base64('!!aGk=!!'), "\n";
print encode_base64url("\xfb\xff\xbf"), " ", decode_base64url('-_-_') eq "\xfb\xff\xbf" ? 'url ok' : 'url bad', "\n";
eval { encode_base64("\x{263a}") }; print "wide: ", ($@ =~ /^Wide character in subroutine entry/ ? 'croak' : $@), "\n";
