//! Program-level behaviour: `__END__`/`__DATA__`, POD, `#line`, `use utf8` decoding, spans,
//! perl-form diagnostics (first lines as `perl -c` prints them, see `tests/diagnostics/`),
//! several errors per file, and the REPL's completeness question.

mod support;

use lang::ast::*;
use lang::{completeness, parse, parse_source, Completeness, ParseOptions, SourceFile};
use support::{ex, parse_err, parse_ok, sx};

#[test]
fn data_sections() {
    let p = parse_ok("print 1;\n__END__\nline1\nline2\n");
    assert_eq!(p.data.as_deref(), Some(&b"line1\nline2\n"[..]));
    let p = parse_ok("print 1;\n__DATA__\nx\n");
    assert_eq!(p.data.as_deref(), Some(&b"x\n"[..]));
    assert_eq!(parse_ok("print 1;\n").data, None);
}

#[test]
fn pod_is_skipped_also_at_file_start() {
    assert_eq!(sx("=pod\n\nprint 2;\n\n=cut\nprint 1;\n"), "(print 1)");
    assert_eq!(
        sx("print 1;\n\n=head1 NAME\n\nx = y;\n\n=cut\n\nprint 2;\n"),
        "(print 1) (print 2)"
    );
    // POD to end of file without =cut
    assert_eq!(sx("print 1;\n=head1 X\nstuff\n"), "(print 1)");
}

#[test]
fn line_directives_are_recorded() {
    let mut src = SourceFile::new("a.pl", "print 1;\n# line 200 \"b.pl\"\nprint __LINE__;\n");
    let p = parse_source(&mut src, &ParseOptions::default()).unwrap();
    let second = &p.body[1];
    assert_eq!(src.line_of(second.span.lo), 200);
    assert_eq!(src.file_of(second.span.lo), "b.pl");
}

#[test]
fn utf8_decoding_follows_use_utf8() {
    let s = |code: &str| match &parse_ok(code).body.last().unwrap().kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Assign { rhs, .. },
            ..
        }) => match &rhs.kind {
            ExprKind::Str(s) => s.clone(),
            k => panic!("{k:?}"),
        },
        k => panic!("{k:?}"),
    };
    assert_eq!(s("$x = \"é\";").chars().count(), 2);
    assert_eq!(s("use utf8; $x = \"é\";").chars().count(), 1);
    assert_eq!(s("use utf8; no utf8; $x = 'é';").chars().count(), 2);
    let opts = ParseOptions {
        utf8: true,
        ..Default::default()
    };
    let p = parse(&SourceFile::new("-", "$x = 'é';"), &opts).unwrap();
    assert!(format!("{:?}", p.body[0]).contains("\"é\""));
}

#[test]
fn spans_cover_their_text() {
    let code = "my $x = foo(1, 2) + $y->{k};";
    let p = parse_ok(code);
    let StmtKind::Expr(e) = &p.body[0].kind else {
        panic!()
    };
    assert_eq!(
        &code[e.span.lo as usize..e.span.hi as usize],
        "my $x = foo(1, 2) + $y->{k}"
    );
    let ExprKind::Assign { rhs, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(
        &code[rhs.span.lo as usize..rhs.span.hi as usize],
        "foo(1, 2) + $y->{k}"
    );
}

#[test]
fn known_subs_from_options_change_parsing() {
    let mut opts = ParseOptions::default();
    opts.known_subs.insert("one".into(), Some("$".into()));
    let p = parse(&SourceFile::new("-", "one 1, 2;"), &opts).unwrap();
    assert_eq!(support::prog(&p), "(list (call one 1) 2)");
    opts.package = "Foo".into();
    let p = parse(&SourceFile::new("-", "__PACKAGE__;"), &opts).unwrap();
    assert_eq!(support::prog(&p), "\"Foo\"");
}

/// Each `tests/diagnostics/NAME.pl` must give perl's first line, recorded by `gen.sh`
/// (which runs `perl -c`) in `NAME.expected`.
#[test]
fn diagnostics_use_perls_first_line() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("pl") {
            continue;
        }
        let code = std::fs::read_to_string(&path).unwrap();
        let want = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        let got = parse_err(&code);
        assert_eq!(got[0], want.trim_end(), "for {}", path.display());
        n += 1;
    }
    assert!(n >= 10);
}

#[test]
fn rendered_diagnostics_show_the_line_and_expectations() {
    let src = SourceFile::new("t.pl", "my $x = (1 + ;\n");
    let errs = parse(&src, &ParseOptions::default()).unwrap_err();
    let r = errs[0].render(&src);
    assert!(r.contains("1 | my $x = (1 + ;"), "{r}");
    assert!(r.contains("^ expected an expression"), "{r}");
    assert!(!r.contains("something else"), "{r}");
}

#[test]
fn several_errors_per_file() {
    let errs = parse_err("my $x = ;\nprint 1;\nmy $y = );\nprint 2;\n");
    assert!(errs.len() >= 2, "{errs:?}");
    assert!(errs[1].contains("line 3"), "{errs:?}");
}

#[test]
fn completeness_for_the_repl() {
    use Completeness::*;
    assert_eq!(completeness("print 1;"), Complete);
    assert_eq!(completeness("sub f {"), Incomplete);
    assert_eq!(completeness("foo(1,"), Incomplete);
    assert_eq!(completeness("my @a = [1,"), Incomplete);
    assert_eq!(completeness("print \"abc"), Incomplete);
    assert_eq!(completeness("$x =~ s{a}"), Incomplete);
    assert_eq!(completeness("print <<EOT;\nabc\n"), Incomplete);
    assert_eq!(completeness("print <<EOT;\nabc\nEOT\n"), Complete);
    assert_eq!(completeness("qw(a b"), Incomplete);
    // real syntax errors are "complete": more input will not help
    assert_eq!(completeness("my $x = ;"), Complete);
    assert_eq!(completeness("}"), Complete);
}

#[test]
fn tricky_lexing() {
    // `?` is always the ternary since perl 5.22 (`?PATTERN?` needs its `m`)
    assert_eq!(ex("$x ? 1 : 2"), "(? $x 1 2)");
    assert_eq!(ex("defined ? 1 : 2"), "(? (defined) 1 2)");
    assert_eq!(ex("m?foo?"), "(m $_ /\"foo\"/)");
    // `y` as a hash key, with `=>`, and as a method
    assert_eq!(ex("$h{y} = $o->y(1)"), "(= (elem %h \"y\") (-> $o y 1))");
    assert_eq!(ex("&y(1)"), "(&y 1)");
    // `%` sigil vs modulus, `&` sigil vs bit-and, `*` glob vs multiply
    assert_eq!(ex("%$h"), "%($h)");
    assert_eq!(ex("$a % $b"), "(Mod $a $b)");
    assert_eq!(ex("$a & $b"), "(BitAnd $a $b)");
    assert_eq!(ex("$a * $b"), "(Mul $a $b)");
    assert_eq!(ex("*STDOUT"), "*STDOUT");
    // `<<` heredoc vs shift
    assert_eq!(ex("1 << 2"), "(ShiftLeft 1 2)");
    // `<` readline vs less-than
    assert_eq!(ex("$a < $b"), "(NumLt $a $b)");
    // `-e` filetest vs minus
    assert_eq!(ex("$x -e"), "(Sub $x (call e))");
    assert_eq!(ex("-e"), "(-e -)");
    // __SUB__ and chained string operators
    assert_eq!(ex("__SUB__"), "__SUB__");
    assert_eq!(
        ex("'a' . 'b' x 2 . 'c'"),
        "(Concat (Concat \"a\" (Repeat \"b\" 2)) \"c\")"
    );
    // `print $fh;` prints $fh
    assert_eq!(ex("print $fh;"), "(print $fh)");
    // `...` statement
    assert_eq!(ex("..."), "...");
}

#[test]
fn while_readline_tests_definedness_like_perl() {
    assert_eq!(
        ex("while (<FH>) { }"),
        "(while (defined (= $_ (readline Bareword(\"FH\")))) {} -)"
    );
    assert_eq!(
        ex("print while <$fh>;"),
        "(while-mod (print ) (defined (= $_ (readline Scalar(\"fh\")))))"
    );
    assert_eq!(ex("while ($x = shift) { }"), "(while (= $x (shift)) {} -)");
}

#[test]
fn interpolation_follows_perl_on_names() {
    // perl 5.36 reads `'` before an identifier as the old package separator
    assert_eq!(ex(r#""$name's book""#), r#"(interp $name::s " book")"#);
    // `${name}` ends the name: what follows is text, not a subscript or package part
    assert_eq!(ex(r#""${y}::z ${a}[1]""#), r#"(interp $y "::z " $a "[1]")"#);
    assert_eq!(ex(r#""$y::z""#), r#"(interp $y::z)"#);
}

#[test]
fn case_modifiers_follow_perl() {
    // perl prints "aBcde": \L replaces the open \U rather than nesting in it
    assert_eq!(
        ex(r#""a\Ub\LC\Ed\Ee""#),
        r#"(interp "a" (uc (interp "b")) (lc (interp "C")) "de")"#
    );
    // \Q nests inside \U
    assert_eq!(
        ex(r#""\Uab\Qc.d\Ee.f\E""#),
        r#"(interp (uc (interp "ab" (quotemeta (interp "c.d")) "e.f")))"#
    );
}

#[test]
fn ucfirst_before_lc_applies_to_the_result() {
    // perl: "\u\LfOO bar" is "Foo bar"
    assert_eq!(
        ex(r#""\u\LfOO bar""#),
        r#"(interp (ucfirst (interp (lc (interp "fOO bar")))))"#
    );
}

#[test]
fn use_v536_enables_signatures() {
    assert_eq!(
        support::sx("use v5.36; sub f () { 1 } sub g ($x) { $x }"),
        "(use - v5.36 -) (sub f sig=() {1}) (sub g sig=($x) {$x})"
    );
    assert_eq!(support::sx("sub f () { 1 }"), "(sub f proto= {1})");
}

#[test]
fn imported_functions_and_operators_seen_in_scripts() {
    // List::Util-style block functions, also before `()` and inside `print`
    assert_eq!(
        ex("show reduce { $a * $b } ();"),
        "(call show (call reduce (sub - {(Mul $a $b)}) (list)))"
    );
    assert_eq!(
        ex("print first { $_ > 5 } @n;"),
        "(print (call first (sub - {(numgt $_ 5)}) @n))"
    );
    // imported constants in capitals take arguments
    assert_eq!(
        support::sx("sub show {} show BOLD BLUE 'x';"),
        "(sub show {}) (call show (call BOLD (call BLUE \"x\")))"
    );
    // smartmatch
    assert_eq!(ex("$x ~~ [1, 2]"), "(smartmatch $x [1 2])");
    // $#- / $#+
    assert_eq!(ex("$#-"), "$#-");
    // escaped delimiters inside code: s///e and @{[ ]}
    assert_eq!(
        ex(r#"s/(a)/$h{$1} \/\/ "x"/ge"#),
        r#"(s $_ /"(a)"/ge code0:{(DefinedOr (elem %h $1) "x")})"#
    );
    assert_eq!(
        ex(r#""@{[ map { \"<$_>\" } @a ]}""#),
        r#"(interp (join @([(map {(interp "<" $_ ">")} @a)])))"#
    );
}

#[test]
fn bareword_hash_keys_stay_strings() {
    // perl: keys are "__PACKAGE__", "shift", "time"
    assert_eq!(ex("$h{__PACKAGE__}"), r#"(elem %h "__PACKAGE__")"#);
    assert_eq!(ex("$h{shift}"), r#"(elem %h "shift")"#);
    assert_eq!(ex("$h{time}"), r#"(elem %h "time")"#);
    assert_eq!(ex("$h{+shift}"), r#"(elem %h (Plus (shift)))"#);
}
