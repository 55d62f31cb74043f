use Test::More;
diag("diag msg");
note("note msg");
SKIP: { skip "no reason", 2; ok(1); ok(1); }
TODO: { local $TODO = "not yet"; ok(0, 'todo test'); }
subtest 'sub' => sub { plan tests => 2; ok(1, 'inner'); ok(1, 'inner2'); };
subtest 'sub2' => sub { ok(1, 'a'); ok(0, 'b'); done_testing; };
can_ok('Test::More', 'ok', 'is');
isa_ok([], 'ARRAY');
isa_ok(bless({}, 'Foo'), 'Foo', 'my obj');
my $o = new_ok('Foo2' => [], 'Foo2') if 0;
is_deeply([1], [1, 2], 'len');
is_deeply({a => 1}, {b => 1}, 'keys');
is_deeply("x", "x", 'scalar');
is_deeply([undef], [0], 'undef vs 0');
explain([1]);
print explain({a => 1});
cmp_ok("a", "eq", "b", 'str eq');
done_testing();
