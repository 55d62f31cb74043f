# Digest::MD5: functional and OO interfaces against known inputs.
use strict;
use warnings;
use Digest::MD5 qw(md5 md5_hex md5_base64);
$| = 1;
for my $s ('', 'a', 'abc', 'message digest', 'a' x 55, 'a' x 56, 'a' x 63, 'a' x 64, 'a' x 65, join('', map { chr } 0 .. 255) x 5) {
    print length($s), ": ", md5_hex($s), " ", md5_base64($s), " ", length(md5($s)), "\n";
}
print md5_hex('multi', 'ple', ' parts'), " ", md5_hex('multiple parts'), "\n";
my $ctx = Digest::MD5->new;
$ctx->add('The quick brown fox ');
my $copy = $ctx->clone;
$ctx->add('jumps over the lazy dog');
print $ctx->hexdigest, " ", $ctx->hexdigest, "\n";
print $copy->add('x')->b64digest, "\n";
open my $fh, '<', $0 or die;
my $file_digest = Digest::MD5->new->addfile($fh)->hexdigest;
close $fh;
open $fh, '<', $0 or die;
local $/;
my $content = <$fh>;
print "addfile matches: ", ($file_digest eq md5_hex($content) ? 1 : 0), "\n";
eval { md5_hex("\x{263a}") }; print "wide: ", ($@ =~ /^Wide character in subroutine entry/ ? 'croak' : $@), "\n";
print md5_hex("caf\xe9"), "\n";
