# Test::More: end-of-run summaries and exit codes, run as child programs.
use strict;
use warnings;
$| = 1;
my @cases = (
    'use Test::More tests => 3; ok(1); ok(0);',
    'use Test::More; ok(1); die "boom\n"',
    'use Test::More tests => 1; ok(1); ok(1)',
    'use Test::More; ok(1);',
    'use Test::More skip_all => "because"; ok(1)',
    'use Test::More; plan tests => 1; ok(1); BAIL_OUT("stop")',
    'use Test::More; ok(1); isa_ok("Foo", "Foo"); isa_ok(bless([], "Foo"), "Bar"); isa_ok(undef, "Foo", "thing"); can_ok("Foo", "x"); done_testing(3);',
    'use Test::More "no_plan"; ok(1); ok(1);',
    'use Test::More; done_testing;',
    'use Test::More; is(1, 1, "a"); is_deeply([1, [2, {x => [3]}]], [1, [2, {x => [4]}]], "nested"); is_deeply(\"a", \"b", "sref"); done_testing',
    'use Test::More; subtest "s" => sub { plan skip_all => "nah" }; subtest "t" => sub { pass("p") }; done_testing',
    'use Test::More tests => 2; use_ok("File::Basename"); require_ok("No::Such::Module::Here")',
    'use Test::Simple tests => 2; ok(1, "simple"); ok(0, "simple fail");',
    'use Test::More; sub check { local $Test::Builder::Level = $Test::Builder::Level + 1; ok($_[0], "via helper") } check(0); done_testing',
    'use Test::More; my $tb = Test::More->builder; $tb->ok(1, "builder"); is($tb->current_test, 1, "count"); done_testing',
    'use Test::More; TODO: { todo_skip "later", 2; ok(1) } pass; done_testing',
    'use Test::More; cmp_ok(3, ">", 5); cmp_ok("a", "ne", "a"); cmp_ok(1, "!=", 1); eq_array([1],[1]) and pass("eq_array"); ok(eq_set([1,2],[2,1]), "eq_set"); done_testing',
);
my @inc = map { "-I$_" } grep { !ref } @INC;
my @shim = $INC{'perl_shim.pm'} ? ('-Mperl_shim') : ();
for my $i (0 .. $#cases) {
    my $file = "/tmp/caravan_modtest_tm_$$.pl";
    open my $fh, '>', $file or die;
    print $fh "$cases[$i]\n";
    close $fh;
    my $out = `$^X @inc @shim $file 2>&1`;
    my $code = $? >> 8;
    $out =~ s/\Q$file\E/CASE/g;
    $out =~ s/\(\@INC contains: [^)]*\)/(\@INC contains: ...)/g;
    $out =~ s/\(eval \d+\)/(eval N)/g;
    print "=== case $i (exit $code)\n$out";
    unlink $file;
}
