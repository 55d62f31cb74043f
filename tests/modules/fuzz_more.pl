# Randomised (fixed seed) comparisons: Encode on random bytes, MIME::Base64, Data::Dumper and
# JSON::PP on random strings, Carp argument formatting, Text::Abbrev.
use strict;
use warnings;
use Encode qw(decode encode FB_PERLQQ FB_HTMLCREF LEAVE_SRC);
use MIME::Base64 qw(encode_base64 decode_base64);
use Data::Dumper;
use JSON::PP;
use Carp qw(confess);
use Text::Abbrev;
$| = 1;
binmode STDOUT, ':utf8';
srand(4242);
sub pick { $_[ int rand @_ ] }
sub hexs { join ' ', map { sprintf '%x', ord } split //, $_[0] }
my @units = ("A", "\n", "\0", '"', "\x7f", "\xc3\xa9", "\xe2\x98\xba", "\xf0\x9f\x98\x80", "\xef\xbf\xbd", "\xed\x9f\xbf",
    "\x80A", "\xbfA", "\xc3A", "\xe2\x98A", "\xf0\x9f\x98A", "\xc0\x80A", "\xe0\x80\x80A", "\xed\xa0\x80A",
    "\xf4\x90\x80\x80A", "\xffA", "\xf8\x88\x80\x80\x80A", "\xfe\x80A", "\xc1\xbfA");
print "== Encode\n";
for (1 .. 80) {
    # Valid characters, ASCII, and malformed units each followed by ASCII. (Known difference:
    # perl's Encode sometimes merges adjacent malformed units into one U+FFFD.)
    my $b = join '', map { pick(@units) } 1 .. int rand 6;
    my $strict = decode('UTF-8', $b);
    my $lax = decode('utf8', $b);
    my $qq = decode('UTF-8', $b, FB_PERLQQ | LEAVE_SRC);
    my $latin = decode('iso-8859-1', $b);
    print hexs($b), " => [", hexs($strict), "] [", hexs($lax), "] [$qq] [", hexs($latin), "] re=", hexs(encode('UTF-8', $strict)), " l1=", hexs(encode('latin1', $lax)), "\n";
}
print "== Base64\n";
for (1 .. 40) {
    my $b = join '', map { chr int rand 256 } 1 .. int rand 60;
    my $e = encode_base64($b);
    my $junk = $e;
    substr($junk, int rand(length($junk) + 1), 0) = pick('=', '*', "\n", 'A', '==', ' ');
    (my $shown = $e) =~ s/\n/\\n/g;
    print length($b), " $shown ", (decode_base64($e) eq $b ? 'ok' : 'bad'), " junk=", hexs(decode_base64($junk)), "\n";
}
print "== Dumper/JSON strings\n";
my @chars = ("a", " ", "'", '"', '\\', '$', '@', "\n", "\t", "\r", "\0", "\x01", "\x1b", "\x7f", "\x80", "\xe9", "\xff", "\x{100}", "\x{263a}", "\x{1F600}", "0", "1", "-", ".", "e", "{", "}");
for (1 .. 60) {
    my $s = join '', map { pick(@chars) } 1 .. int rand 6;
    my $d1 = Data::Dumper->new([$s])->Terse(1)->Indent(0)->Dump;
    my $d2 = Data::Dumper->new([$s])->Terse(1)->Indent(0)->Useqq(1)->Dump;
    my $k = Data::Dumper->new([{ $s => 1 }])->Terse(1)->Indent(0)->Quotekeys(0)->Dump;
    my $j1 = JSON::PP->new->allow_nonref->encode($s);
    my $j2 = JSON::PP->new->allow_nonref->ascii->encode($s);
    my $j3 = JSON::PP->new->allow_nonref->latin1->encode($s);
    my $back = JSON::PP->new->allow_nonref->decode($j2);
    print "[", hexs($s), "] $d1 | $d2 | $k | $j1 | $j2 | $j3 | ", ($back eq $s ? 'rt' : 'RT-FAIL'), "\n";
}
print "== Carp args\n";
sub target { confess 'x' }
for (1 .. 30) {
    my @args = map { pick(undef, 0, -1, 1.5, '1e5', '-0.5', '', 'abc', "it's", "q\"q", "\n", "\x{263a}", "\xe9", 'x' x (60 + int rand 10), '007', ' 1', '+1') } 1 .. int rand 10;
    eval { target(@args) };
    my ($line) = $@ =~ /^\t(main::target.*) called/m;
    print "$line\n";
}
print "== Text::Abbrev\n";
for (1 .. 10) {
    my @w = map { join '', map { pick('a', 'b', 'c') } 1 .. 1 + int rand 4 } 1 .. 1 + int rand 4;
    my %h = abbrev(@w);
    print "(@w) ", join(' ', map { "$_=$h{$_}" } sort keys %h), "\n";
}
