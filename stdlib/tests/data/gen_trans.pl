#!/usr/bin/perl
# Generates trans.tsv: "<search code points>\t<replacement code points>\t<flags>\t<input hex>
# \t<input utf8>\t<result hex>\t<result utf8>\t<count>\t<compile warning: 0, U = useless /d,
# L = replacement list longer>" (code points as comma-separated hex;
# lists contain no escapes, '-' is range syntax), or "...\tERR\t<message>" for compile errors.
# Run: perl gen_trans.pl > trans.tsv
use strict;
use warnings;
srand(99);
my @specs = (
    ["a-z", ""], ["a-zA-Z", ""], ["a-y", "b-z"], ["a-z", "A-Z"], ["a-z", "A-C"], ["abc", "x"],
    ["a-c", "xy"], ["a-zA-Z", " "], ["aaa", "xyz"], ["abca", "1234"], ["-a", "+b"], ["a-", "AB"],
    ["0-9", "#"], ["\x{100}-\x{105}", "a-f"], ["a-f", "\x{100}-\x{105}"], ["\xe0-\xff", "A-Z"],
    ["\x{263A}", "x"], ["x", "\x{263A}"], ["\x00-\x{10FFFF}", "x"], ["a-z", ""], ["\xe9", "\x{e8}"],
    ["z-a", "x"], ["a-c-e", "x"], ["a-c-", "x"], ["b", "\x{100}"], ["a-e", "\x{3b1}-\x{3b3}"],
    ["lo", "ol"], ["ab", "xyz"], ["a", "\x{100}\x{101}"], [" ", "_"], ["a-zA-Z0-9", ""], ["\x{80}-\x{ff}", ""], ["q", "\x{100}"],
);
my @flagsets = ("", "c", "d", "s", "cd", "cs", "ds", "cds");
my @inputs = ("hello world", "aabbccdd", "aabbxxcc", "", "The Quick Brown Fox 123!!", "zzz   yyy",
    "caf\xe9 \xe0 la cr\xe8me", "\x{263A}\x{263A} smile \x{263A}", "abc\x{100}\x{101}\x{105}def",
    "--a--b--", "\x00\x01\xff", "mississippi", "\x{3b1}\x{3b2}\x{3b3} abc");
my @extra;
for (1 .. 300) {
    my $s = join "", map { ("a".."f", "x", " ", "-", "\xe9", "\x{101}", "1", "A")[int(rand(13))] } 1 .. int(rand(12));
    push @extra, $s;
}
my %seen;
sub cps { my $s = shift; return join(",", map { sprintf "%x", ord } split //, $s) }
for my $spec (@specs) {
    my ($from, $to) = @$spec;
    for my $fl (@flagsets) {
        my $code = "sub { my \$x = shift; my \$n = (\$x =~ tr/$from/$to/$fl); return (\$n, \$x) }";
        my $cw = "0";
        local $SIG{__WARN__} = sub {
            $cw = $_[0] =~ /Useless use of \/d/ ? "U" : $_[0] =~ /Replacement list is longer/ ? "L" : "?";
        };
        my $sub = eval $code;
        if (!$sub) {
            (my $msg = $@) =~ s/ at \(eval \d+\) line \d+.*//s;
            print cps($from), "\t", cps($to), "\t$fl\tERR\t$msg\n";
            next;
        }
        my @in = (@inputs, map { $extra[int(rand(@extra))] } 1 .. 12);
        for my $in (@in) {
            for my $up (0, 1) {
                my $s = $in;
                if ($up) { utf8::upgrade($s) } else { next unless utf8::downgrade($s, 1) }
                my $ie = $s;
                my $iu = utf8::is_utf8($ie) ? 1 : 0;
                utf8::encode($ie) if $iu;
                my ($n, $r) = $sub->($s);
                my $ru = utf8::is_utf8($r) ? 1 : 0;
                utf8::encode($r) if $ru;
                print cps($from), "\t", cps($to), "\t$fl\t", unpack("H*", $ie), "\t$iu\t", unpack("H*", $r),
                    "\t$ru\t$n\t$cw\n";
            }
        }
    }
}
