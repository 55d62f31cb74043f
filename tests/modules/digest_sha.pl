# Digest::SHA: SHA-1, SHA-256 and HMACs against perl's own results.
use strict;
use warnings;
use Digest::SHA qw(sha1_hex sha1_base64 sha256_hex sha256_base64 sha1 sha256 hmac_sha1_hex hmac_sha256_hex hmac_sha256_base64);
$| = 1;
for my $s ('', 'abc', 'a' x 55, 'a' x 56, 'a' x 64, 'a' x 119, 'The quick brown fox jumps over the lazy dog', join('', map { chr } 0 .. 255) x 3) {
    print length($s), ": ", sha1_hex($s), " ", sha256_hex($s), " ", sha1_base64($s), " ", sha256_base64($s), " ", length(sha1($s)), length(sha256($s)), "\n";
}
print hmac_sha1_hex('data', 'key'), " ", hmac_sha256_hex('data', 'key'), " ", hmac_sha256_hex('data', 'k' x 100), " ", hmac_sha256_base64('', ''), "\n";
my $ctx = Digest::SHA->new(256);
$ctx->add('hello ');
my $c2 = $ctx->clone;
$ctx->add('world');
print $ctx->hexdigest, " ", $c2->add('there')->hexdigest, " ", Digest::SHA->new('sha1')->add('x')->b64digest, " ", Digest::SHA->new->add('y')->hexdigest, "\n";
print Digest::SHA->new(1)->algorithm, " ", Digest::SHA->new(256)->hashsize, " ", (defined Digest::SHA->new(999) ? 'def' : 'undef'), "\n";
my $file_ctx = Digest::SHA->new(256)->addfile($0);
open my $fh, '<', $0 or die; local $/; my $content = <$fh>;
print "addfile: ", ($file_ctx->hexdigest eq sha256_hex($content) ? 1 : 0), "\n";
