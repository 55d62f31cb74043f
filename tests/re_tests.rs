//! Regex conformance through Caravan: perl 5.36's own regex table (`t/re/re_tests`, kept at
//! `../shared/conformance/perl-5.36-re_tests.txt` beside the clone) turned into Perl snippets
//! the way perl's `t/re/regexp.t` does, run through `caravan` a few hundred per process.
//! Every `y`/`n` line counts, except lines perl itself marks TODO/bug/EBCDIC-only/sets-only
//! (skipped automatically) and lines listed with a reason in `tests/re_tests.skip` or in the
//! regex layer's own skip list `stdlib/tests/data/regex/re_tests.skip` (engine limitations).
//! The test prints `re_tests: P of T passed (X%)` and fails if P drops below the checked-in
//! floor `tests/re_tests.floor` (raise it as Caravan improves; the goal is 90%).

mod common;

use common::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const CHUNK: usize = 250;
const CHUNK_TIMEOUT: Duration = Duration::from_secs(30);

/// One counted line of the table.
struct ReTest {
    line: usize,
    /// `true` for `y` (must match, and the expression must give the expected string).
    must_match: bool,
    /// The Perl code one `eval` runs; sets `$subject`, `$expect`, `$match`, `$got`.
    code: Vec<u8>,
}

/// `$CARAVAN_RE_TESTS_FILE`, else `../shared/conformance/perl-5.36-re_tests.txt`.
fn table_path() -> PathBuf {
    if let Ok(p) = std::env::var("CARAVAN_RE_TESTS_FILE") {
        return PathBuf::from(p);
    }
    repo_root()
        .join("..")
        .join("shared")
        .join("conformance")
        .join("perl-5.36-re_tests.txt")
}

/// `tests/re_tests.skip`: `LINE reason` per line.
fn read_skips(path: &Path) -> BTreeMap<usize, String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let (n, why) = l
                .trim()
                .split_once(char::is_whitespace)
                .unwrap_or((l.trim(), ""));
            n.parse().ok().map(|n| (n, why.trim().to_string()))
        })
        .collect()
}

fn replace_all(hay: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if hay[i..].starts_with(needle) {
            out.extend_from_slice(with);
            i += needle.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

/// Why perl's own driver would not count this line, if it wouldn't.
fn auto_skip(result: &str) -> Option<&'static str> {
    if result.contains('T') || result.contains('t') {
        Some("TODO in perl")
    } else if result.contains('B') || result.contains('b') {
        Some("known perl bug")
    } else if result.contains('e') {
        Some("EBCDIC only")
    } else if result.contains('s') {
        Some("regex-sets variant only")
    } else {
        None
    }
}

/// Parses the table into counted tests plus the number skipped automatically.
fn parse_table(bytes: &[u8], skips: &BTreeMap<usize, String>) -> (Vec<ReTest>, usize, usize) {
    let mut tests = Vec::new();
    let (mut auto, mut listed) = (0, 0);
    for (idx, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = idx + 1;
        let trimmed = String::from_utf8_lossy(raw);
        if trimmed.trim().is_empty()
            || trimmed.trim_start().starts_with('#')
            || trimmed == "__END__"
        {
            continue;
        }
        // regexp.t turns every `\n` of the line into a newline before splitting it.
        let text = replace_all(raw, b"\\n", b"\n");
        let cols: Vec<&[u8]> = text.splitn(7, |&b| b == b'\t').collect();
        if cols.len() < 5 {
            continue;
        }
        let result: String = String::from_utf8_lossy(cols[2])
            .chars()
            .filter(|c| !matches!(c, 'M' | 'a' | 'S'))
            .collect();
        if let Some(_why) = auto_skip(&result) {
            if result.contains('y') || result.contains('n') {
                auto += 1;
            }
            continue;
        }
        if result != "y" && result != "n" {
            continue;
        }
        if skips.contains_key(&line) {
            listed += 1;
            continue;
        }
        let mut pat = cols[0].to_vec();
        if !matches!(pat.first(), Some(b':' | b'\'' | b'/')) {
            let mut q = vec![b'\''];
            q.extend_from_slice(&pat);
            q.push(b'\'');
            pat = q;
        }
        pat = replace_all(&pat, b"${bang}", b"\\041");
        pat = replace_all(&pat, b"${ffff}", b"\xff\xff");
        pat = replace_all(&pat, b"${nulnul}", b"\0\0");
        let (subject, repl, expect) = (cols[1], cols[3], cols[4]);
        let mut code = Vec::new();
        code.extend_from_slice(b"$subject = \"");
        code.extend_from_slice(subject);
        code.extend_from_slice(b"\"; $expect = \"");
        code.extend_from_slice(expect);
        code.extend_from_slice(b"\";\n");
        if repl == b"pos" {
            code.extend_from_slice(b"pos($subject) = 0; $match = ($subject =~ m");
            code.extend_from_slice(&pat);
            code.extend_from_slice(b"g); $got = pos($subject);\n");
        } else {
            code.extend_from_slice(b"$match = ($subject =~ m");
            code.extend_from_slice(&pat);
            code.extend_from_slice(b");\n$got = \"");
            code.extend_from_slice(repl);
            code.extend_from_slice(b"\";\n");
        }
        tests.push(ReTest {
            line,
            must_match: result == "y",
            code,
        });
    }
    (tests, auto, listed)
}

const PRELUDE: &[u8] =
    br#"our ($bang, $ffff, $nulnul) = (sprintf("\\%03o", ord "!"), chr(0xff) x 2, "\0" x 2);
our ($subject, $expect, $match, $got);
$| = 1;
sub t {
    my ($n, $want, $code) = @_;
    ($subject, $expect, $match, $got) = ();
    { no warnings; no strict; eval $code; }
    my $ok = !$@ && ($want ? ($match && defined $got && $got eq $expect) : !$match);
    print $ok ? "ok $n\n" : "not ok $n\n";
}
"#;

/// A Perl single-quoted literal holding `bytes`.
fn single_quoted(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![b'\''];
    for &b in bytes {
        if b == b'\\' || b == b'\'' {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b'\'');
    out
}

/// Runs one chunk in one interpreter process; returns the lines reported `ok`.
fn run_chunk(chunk: &[ReTest], scratch: &Path, index: usize) -> Vec<usize> {
    let mut prog = PRELUDE.to_vec();
    for t in chunk {
        prog.extend_from_slice(format!("t({}, {}, ", t.line, u8::from(t.must_match)).as_bytes());
        prog.extend_from_slice(&single_quoted(&t.code));
        prog.extend_from_slice(b");\n");
    }
    let file = scratch.join(format!("chunk{index}.pl"));
    std::fs::write(&file, &prog).expect("write re_tests chunk");
    let mut cmd = Command::new(interpreter());
    fixed_env(&mut cmd);
    cmd.arg(&file);
    let out = run_with_timeout(cmd, Vec::new(), CHUNK_TIMEOUT);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("ok "))
        .filter_map(|n| n.trim().parse().ok())
        .collect()
}

#[test]
fn re_tests() {
    let path = table_path();
    let Ok(bytes) = std::fs::read(&path) else {
        always_show(&format!("re_tests: skipped, {} not found", path.display()));
        return;
    };
    // Engine-level limitations are listed by the regex layer's own table test; lines only the
    // whole interpreter cannot do go in tests/re_tests.skip.
    let mut skips = read_skips(&repo_root().join("tests").join("re_tests.skip"));
    skips.extend(read_skips(
        &repo_root().join("stdlib/tests/data/regex/re_tests.skip"),
    ));
    let (tests, auto, listed) = parse_table(&bytes, &skips);
    let scratch = std::env::temp_dir().join(format!("caravan-re-tests-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch dir");
    let chunks: Vec<(usize, &[ReTest])> = tests.chunks(CHUNK).enumerate().collect();
    let passed_lines: Vec<usize> =
        parallel_map(&chunks, jobs(), |(i, c)| run_chunk(c, &scratch, *i))
            .into_iter()
            .flatten()
            .collect();
    let _ = std::fs::remove_dir_all(&scratch);
    let counted: std::collections::BTreeSet<usize> = tests.iter().map(|t| t.line).collect();
    let passed = passed_lines.iter().filter(|l| counted.contains(l)).count();
    let total = tests.len();
    let pct = if total > 0 {
        100.0 * passed as f64 / total as f64
    } else {
        0.0
    };
    println!("re_tests: {passed} of {total} passed ({pct:.1}%)");
    always_show(&format!("re_tests: {passed} of {total} passed ({pct:.1}%)"));
    println!("re_tests: {auto} lines skipped as perl's own TODO/bug/variant lines, {listed} listed in the skip files");
    if std::env::var("CARAVAN_RE_TESTS_VERBOSE").is_ok() {
        let ok: std::collections::BTreeSet<usize> = passed_lines.into_iter().collect();
        for t in tests.iter().filter(|t| !ok.contains(&t.line)) {
            println!("  failed line {}", t.line);
        }
    }
    let floor: usize = std::fs::read_to_string(repo_root().join("tests").join("re_tests.floor"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    assert!(
        passed >= floor,
        "re_tests: {passed} passed, below the floor of {floor} in tests/re_tests.floor (a regression)"
    );
}
