# Test::More: random sequences of assertions (fixed seed) run as child programs; their TAP,
# diagnostics and exit codes must match.
use strict;
use warnings;
$| = 1;
srand(8080);
sub pick { $_[ int rand @_ ] }
my @asserts = (
    q{ok(1, 'pass')}, q{ok(0, 'fail')}, q{ok(0)}, q{is('a', 'a', 'is ok')}, q{is('a', 'b', 'is bad')},
    q{is(undef, undef, 'undefs')}, q{is(undef, '', 'undef vs empty')}, q{is(1, '1.0', 'num vs str')},
    q{isnt(1, 2, 'isnt ok')}, q{isnt(undef, undef, 'isnt undef')}, q{like('hello', qr/ell/, 'like ok')},
    q{like('hello', '/xyz/', 'like str')}, q{unlike('abc', qr/b/, 'unlike bad')},
    q{cmp_ok(2, '<', 1, 'lt')}, q{cmp_ok('x', 'eq', 'y')}, q{cmp_ok(3, '==', 3.0, 'eq num')},
    q{cmp_ok(1, '&&', 0, 'and')}, q{is_deeply({a => [1, {b => 2}]}, {a => [1, {b => 3}]}, 'deep')},
    q{is_deeply([1, 2], [1, 2, 3], 'len')}, q{is_deeply('x', ['x'], 'shape')},
    q{is_deeply(\\'a', \\'a', 'sref ok')}, q{pass()}, q{fail('explicit')}, q{diag('a note', ' more')},
    q{note("multi\nline")}, q{diag({ a => 1 })}, q{can_ok('main', 'ok')}, q{isa_ok({}, 'HASH')},
    q{isa_ok('main', 'Nope')}, q{ok(1, "name with # hash")}, q{ok(0, "multi\nline name")},
    q{SKIP: { skip('because', 2); ok(0) }}, q{TODO: { local $TODO = 'later'; ok(0, 'todo') }},
    q{subtest 'inner' => sub { ok(1, 'in'); ok(0, 'in bad') }},
    q{subtest 'planned' => sub { plan tests => 1; ok(1) }},
    q{is(explain([1]), "[\n  1\n]\n", 'explain')},
);
my @inc = map { "-I$_" } grep { !ref } @INC;
my @shim = $INC{'perl_shim.pm'} ? ('-Mperl_shim') : ();
for my $case (1 .. 30) {
    my @body = map { pick(@asserts) } 1 .. 1 + int rand 6;
    my $planned = pick(0, 1, 2);
    my $code = $planned == 1 ? "use Test::More tests => " . (1 + int rand 6) . ";\n" : "use Test::More;\n";
    $code .= join(";\n", @body) . ";\n";
    $code .= "done_testing();\n" if $planned == 0;
    my $file = "/tmp/caravan_modtest_tmf_$$.pl";
    open my $fh, '>', $file or die;
    print $fh $code;
    close $fh;
    my $out = `$^X @inc @shim $file 2>&1`;
    my $exit = $? >> 8;
    $out =~ s/\Q$file\E/CASE/g;
    $out =~ s/0x[0-9a-f]+/0xADDR/g;
    print "=== case $case (exit $exit)\n$code---\n$out";
    unlink $file;
}
