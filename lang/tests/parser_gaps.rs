//! Constructs the test corpus and the runtime found parsed wrongly (or feared were); each
//! shape was checked against how perl 5.36 parses and runs the snippet.

mod support;

fn check(code: &str, want: &str) {
    assert_eq!(support::ex(code), want, "for {code:?}");
}

/// `//` after a term-ending builtin is defined-or; imported block functions; `(sub{})->()`.
#[test]
fn operators_after_terms_and_block_calls() {
    check(r#"shift // 5"#, r#"(DefinedOr (shift) 5)"#);
    check(r#"undef // "x""#, r#"(DefinedOr (undef) "x")"#);
    check(r#"pop // 0"#, r#"(DefinedOr (pop) 0)"#);
    check(r#"$x->{a} // 1"#, r#"(DefinedOr (elem %($x) "a") 1)"#);
    check(r#"@_ ? shift : 1"#, r#"(? @_ (shift) 1)"#);
    check(r#"wantarray // 1"#, r#"(DefinedOr (wantarray) 1)"#);
    check(
        r#"first { $_ > 2 } 1..5"#,
        r#"(call first (sub - {(NumGt $_ 2)}) (.. 1 5))"#,
    );
    check(
        r#"reduce { $a + $b } @x"#,
        r#"(call reduce (sub - {(Add $a $b)}) @x)"#,
    );
    check(
        r#"pairmap { "$a=$b" } %h"#,
        r#"(call pairmap (sub - {(interp $a "=" $b)}) %h)"#,
    );
    check(
        r#"sum map { $_ * 2 } @x"#,
        r#"(call sum (map {(Mul $_ 2)} @x))"#,
    );
    check(
        r#"(sub { 1 })->(1, 2)"#,
        r#"(dyncall (list (sub - {1})) 1 2)"#,
    );
    check(r#"sub { 1 }->()"#, r#"(dyncall (sub - {1}) )"#);
    check(r#""$@->{code}""#, r#"(interp (elem %($@) "code"))"#);
    check(r#""$?""#, r#"(interp $?)"#);
    check(
        r#""@$r[0,1]""#,
        r#"(interp (join (aslice @($r) (list 0 1))))"#,
    );
    check(
        r#""@{$r}{qw(a b)}""#,
        r#"(interp (join (hslice %($r) (list "a" "b"))))"#,
    );
    check(r#""$+{name}""#, r#"(interp (elem %+ "name"))"#);
    check(
        r#""$-{name}[0]""#,
        r#"(interp (idx @((elem %- "name")) 0))"#,
    );
    check(r#""$-[1] $+[0]""#, r#"(interp (idx @- 1) " " (idx @+ 0))"#);
    check(r#""$;""#, r#"(interp $;)"#);
    check(r#"/$;/"#, r#"(m $_ /$;/)"#);
    check(r#""$x->[0]""#, r#"(interp (idx @($x) 0))"#);
    check(r#""${\ ($x) }""#, r#"(interp $((\ (list $x))))"#);
    check(
        r#""@{[ map { $_ } 1..3 ]}""#,
        r#"(interp (join @([(map {$_} (.. 1 3))])))"#,
    );
    check(r#"@h{$a,$b}"#, r#"(hslice %h (list $a $b))"#);
    check(r#"$h{$a,$b}"#, r#"(elem %h (joinkeys $a $b))"#);
    check(r#"s{/}{"\/\/"}e"#, r#"(s $_ /"/"/e code0:{"//"})"#);
    check(r#""@{[ \"q\" ]}""#, r#"(interp (join @(["q"])))"#);
}

/// `print WORD LIST` is a call when `WORD` was named on a `use Module ...` line.
#[test]
fn imported_word_after_print_is_a_call() {
    assert_eq!(
        support::sx("use List::Util qw(sum); print sum 1, 2;"),
        r#"(use List::Util - ["sum"]) (print (call sum 1 2))"#
    );
    assert_eq!(support::ex("print foo 1, 2;"), "(print fh=bare:foo 1 2)");
}

/// After a word imported by `use` (or exported by `use Test::More`), `/` starts a pattern.
#[test]
fn imported_word_takes_a_pattern_argument() {
    assert_eq!(
        support::sx("use Test::More; ok /^a/, 'x';"),
        r#"(use Test::More - -) (call ok (m $_ /"^a"/) "x")"#
    );
    assert_eq!(
        support::sx("use Foo qw(check); check /a/i;"),
        r#"(use Foo - ["check"]) (call check (m $_ /"a"/i))"#
    );
    assert_eq!(support::ex("check / 2;"), "(Div (call check) 2)");
}

/// `:tag` groups are not sub names, and `WORD / 4` with spaces around `/` divides.
#[test]
fn imported_constants_divide() {
    let got = support::sx("use Math::Trig qw(:pi); print pi / 4, pi2 / 2;");
    assert!(
        got.contains("(div (call pi) 4) (div (call pi2) 2)"),
        "{got}"
    );
    let got = support::sx("use Math::Trig qw(pi); print pi / 4;");
    assert!(got.contains("(div (call pi) 4)"), "{got}");
}

/// `@:` interpolates (and `@+`/`@-` outside patterns); `* NAME` is a glob after an operator.
#[test]
fn rare_punctuation() {
    check(r#""a \$@: [""#, r#"(interp "a $" (join @:) " [")"#);
    check(r#""@+ @-""#, r#"(interp (join @+) " " (join @-))"#);
    check(r#"1 +* 2"#, r#"(Add 1 *2)"#);
    // after a word `*` stays multiplication
    let got = support::sx("use constant W => 2; use constant A => W * 3;");
    assert!(got.contains("(Mul (call W) 3)"), "{got}");
}

/// `print Pkg::NAME(...)` calls the sub; `printf STDERR (...)` still prints to STDERR.
#[test]
fn qualified_call_after_print() {
    check(
        r#"print POSIX::INT_MIN(), "\n""#,
        r#"(print (call posix::int_min) "\n")"#,
    );
}

/// `glob` is a builtin (named unary), not a user sub.
#[test]
fn glob_is_a_builtin() {
    check(
        r#"unlink glob("$d/*")"#,
        r#"(unlink (glob (interp $d "/*")))"#,
    );
}
