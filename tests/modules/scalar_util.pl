# Scalar::Util: type queries, weak references, dualvars, handles.
use strict;
use warnings;
use Scalar::Util qw(blessed reftype refaddr looks_like_number weaken unweaken isweak dualvar
    isdual readonly openhandle set_prototype tainted isvstring);
$| = 1;
sub d { defined $_[0] ? "<$_[0]>" : 'undef' }
my $obj = bless {}, 'My::Class';
my $aobj = bless [], 'Arr';
print join(' ', map { d($_) } blessed($obj), blessed($aobj), blessed({}), blessed('str'), blessed(undef), blessed(bless \my $x, '0')), "\n";
print join(' ', map { d($_) } reftype($obj), reftype($aobj), reftype(\1), reftype(sub {}), reftype(\\1), reftype(qr/x/), reftype(\*STDOUT), reftype('x'), reftype(undef), reftype(\substr("abc", 1))), "\n";
my $h = {};
print refaddr($h) == $h + 0 ? "refaddr ok\n" : "refaddr bad\n";
print d(refaddr('notref')), " ", (refaddr($obj) =~ /^\d+$/ ? 'num' : 'nan'), "\n";
print join(' ', map { looks_like_number($_) ? 1 : 0 } 1, '1.5', ' 12 ', '1e5', 'abc', '', undef, '0x10', 'Inf', 'nan', '-1', '+.5', '1_000', "12\n", '.', '-'), "\n";
my $strong = { name => 'x' };
my $weak = $strong;
weaken($weak);
print "isweak: ", (isweak($weak) ? 1 : 0), (isweak($strong) ? 1 : 0), " ", $weak->{name}, "\n";
unweaken($weak);
print "unweaken: ", (isweak($weak) ? 1 : 0), "\n";
{
    my $tmp = { v => 1 };
    my $w = $tmp;
    weaken($w);
    undef $tmp;
    print "freed: ", d($w), "\n";
}
my $dv = dualvar(5, 'five');
print "dualvar: ", $dv + 0, " $dv ", (isdual($dv) ? 1 : 0), (isdual(5) ? 1 : 0), "\n";
print "readonly: ", (readonly(1) ? 1 : 0), (readonly(my $rw = 1) ? 1 : 0), "\n";
sub ro { readonly($_[0]) ? 1 : 0 } print "readonly arg: ", ro(3), ro($rw), "\n";
open my $fh, '<', $0 or die;
close(my $closed = do { open my $c, '<', $0 or die; $c });
print "openhandle: ", (openhandle($fh) ? 1 : 0), (openhandle(\*STDOUT) ? 1 : 0), (openhandle(*STDERR) ? 1 : 0),
    (openhandle('STDIN') ? 1 : 0), (openhandle($closed) ? 1 : 0), (openhandle(undef) ? 1 : 0), (openhandle({}) ? 1 : 0), "\n";
my $code = sub { 1 };
set_prototype($code, '$$');
print "proto: ", prototype($code), " tainted: ", (tainted($0) ? 1 : 0), " vstring: ", (isvstring(v1.2) ? 1 : 0), (isvstring('1.2') ? 1 : 0), "\n";
