//! Shapes of the 5.36 syntax features: try/catch/finally, lexical subs, multi-variable
//! foreach, refaliasing and declared refs; and that their near misses still parse as before
//! (Try::Tiny's `try {..} catch {..};` is a call).

mod support;

fn check(code: &str, want: &str) {
    assert_eq!(support::ex(code), want, "for {code:?}");
}

#[test]
fn try_catch_finally() {
    check(
        "try { f() } catch ($e) { g($e) }",
        "(try {(call f)} (catch $e {(call g $e)}) -)",
    );
    check(
        "try { 1 } catch ($err) { 2 } finally { 3 }",
        "(try {1} (catch $err {2}) {3})",
    );
    // Try::Tiny: blocks as anonymous subs of a call
    check(
        "try { 1 } catch { 2 };",
        "(call try (sub - {1}) (call catch (sub - {2})))",
    );
}

#[test]
fn lexical_subs() {
    check("my sub f { 1 }", "(My (sub f {1}))");
    check("state sub g ($x) { $x }", "(State (sub g sig=($x) {$x}))");
    check("our sub h { 2 }", "(sub h {2})");
    check("my sub fwd;", "(My (sub fwd -))");
}

#[test]
fn multi_variable_foreach() {
    check("for my ($k, $v) (%h) { 1 }", "(foreach my $k,$v %h {1} -)");
    check(
        "foreach my ($a, $b, $c) (1 .. 9) { }",
        "(foreach my $a,$b,$c (.. 1 9) {} -)",
    );
    // an existing variable without `my` is still the one-variable form
    check("for $x (@a) { }", "(foreach $x @a {} -)");
}

#[test]
fn refaliasing_forms() {
    check("\\my $x = \\$y", "(= (\\ (my $x)) (\\ $y))");
    check("my \\$x = \\$y", "(= (\\ (my $x)) (\\ $y))");
    check("my \\@a = $r", "(= (\\ (my @a)) $r)");
    check(
        "foreach \\my %h (@list) { }",
        "(foreach my \\%$h @list {} -)",
    );
    check("for my \\@row (@m) { }", "(foreach my \\@$row @m {} -)");
}

#[test]
fn smartmatch_after_undef() {
    check("undef ~~ @a", "(smartmatch (undef) @a)");
    check("$x ~~ [1]", "(smartmatch $x [1])");
}
