//! Conformance against perl 5.36's own regex test table (`t/re/re_tests`), read from the
//! project's sibling `shared/conformance/`. Every `y`/`n` line perl itself runs is matched
//! twice, like perl's driver: with the subject as a byte string and upgraded to utf8. The
//! pass count may not fall below `data/regex/re_tests.floor`; lines we deliberately do not
//! run are listed with reasons in `data/regex/re_tests.skip`.

use std::collections::HashMap;
use std::path::PathBuf;

use stdlib::regex::{MatchInfo, PerlRegex};

fn table_path() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        manifest.join("../../shared/conformance/perl-5.36-re_tests.txt"),
        manifest.join("../shared/conformance/perl-5.36-re_tests.txt"),
        PathBuf::from("/work/shared/conformance/perl-5.36-re_tests.txt"),
    ];
    candidates.into_iter().find(|p| p.exists())
}

fn data_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/regex")
        .join(name)
}

/// Strings are code-point sequences here, so byte and utf8 runs compare alike.
type Cps = Vec<u32>;

fn cps(s: &str) -> Cps {
    s.chars().map(|c| c as u32).collect()
}

fn test_var(name: &str) -> Option<Cps> {
    match name {
        "bang" => Some(cps("\\041")),
        "ffff" => Some(vec![0xFF, 0xFF]),
        "nulnul" => Some(vec![0, 0]),
        _ => None,
    }
}

fn char_name(name: &str) -> Option<u32> {
    if let Some(hex) = name.strip_prefix("U+") {
        return u32::from_str_radix(hex, 16).ok();
    }
    Some(match name {
        "KELVIN SIGN" => 0x212A,
        "LATIN SMALL LETTER LONG S" => 0x17F,
        "LATIN SMALL LIGATURE LONG S T" => 0xFB05,
        "LATIN SMALL LIGATURE ST" => 0xFB06,
        "SPACE" => 0x20,
        _ => return None,
    })
}

/// What `$name`-style interpolation can see: the test globals, and after a match, the match.
struct Scope<'a> {
    m: Option<(&'a MatchInfo, &'a [u8], bool)>,
}

impl Scope<'_> {
    fn text(&self, span: Option<(usize, usize)>) -> Option<Cps> {
        let (_, subj, utf8) = self.m?;
        let (s, e) = span?;
        Some(decode(&subj[s..e], utf8))
    }

    /// Offset as perl reports it: characters for utf8 strings.
    fn offset(&self, byte_off: usize) -> Option<Cps> {
        let (_, subj, utf8) = self.m?;
        let n = if utf8 {
            decode(&subj[..byte_off], true).len()
        } else {
            byte_off
        };
        Some(cps(&n.to_string()))
    }
}

fn decode(bytes: &[u8], utf8: bool) -> Cps {
    if utf8 {
        String::from_utf8_lossy(bytes)
            .chars()
            .map(|c| c as u32)
            .collect()
    } else {
        bytes.iter().map(|&b| b as u32).collect()
    }
}

fn read_digits(src: &[char], i: &mut usize) -> String {
    let mut s = String::new();
    while *i < src.len() && src[*i].is_ascii_digit() {
        s.push(src[*i]);
        *i += 1;
    }
    s
}

/// Interpolate `src` as a perl double-quoted string. `Err` names an unsupported form.
fn interpolate(src: &str, scope: &Scope) -> Result<Cps, String> {
    let s: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == '\\' && i + 1 < s.len() {
            i += 1;
            let e = s[i];
            i += 1;
            match e {
                'n' => out.push(10),
                't' => out.push(9),
                'r' => out.push(13),
                'f' => out.push(12),
                'e' => out.push(27),
                'a' => out.push(7),
                '0'..='7' => {
                    let mut v = e.to_digit(8).unwrap();
                    let mut k = 0;
                    while k < 2 && i < s.len() && s[i].is_digit(8) {
                        v = v * 8 + s[i].to_digit(8).unwrap();
                        i += 1;
                        k += 1;
                    }
                    out.push(v);
                }
                'o' if i < s.len() && s[i] == '{' => {
                    let end = s[i..].iter().position(|&c| c == '}').ok_or("bad \\o{")? + i;
                    let body: String = s[i + 1..end].iter().collect();
                    out.push(u32::from_str_radix(body.trim(), 8).map_err(|_| "bad \\o{}")?);
                    i = end + 1;
                }
                'x' => {
                    if i < s.len() && s[i] == '{' {
                        let end = s[i..].iter().position(|&c| c == '}').ok_or("bad \\x{")? + i;
                        let body: String = s[i + 1..end].iter().collect();
                        out.push(u32::from_str_radix(body.trim(), 16).unwrap_or(0));
                        i = end + 1;
                    } else {
                        let mut v = 0;
                        let mut k = 0;
                        while k < 2 && i < s.len() && s[i].is_ascii_hexdigit() {
                            v = v * 16 + s[i].to_digit(16).unwrap();
                            i += 1;
                            k += 1;
                        }
                        out.push(v);
                    }
                }
                'N' if i < s.len() && s[i] == '{' => {
                    let end = s[i..].iter().position(|&c| c == '}').ok_or("bad \\N{")? + i;
                    let body: String = s[i + 1..end].iter().collect();
                    out.push(char_name(&body).ok_or_else(|| format!("\\N{{{body}}}"))?);
                    i = end + 1;
                }
                'c' if i < s.len() => {
                    out.push((s[i].to_ascii_uppercase() as u32) ^ 64);
                    i += 1;
                }
                other => out.push(other as u32),
            }
            continue;
        }
        if c == '$' && i + 1 < s.len() {
            let start = i;
            i += 1;
            let n = s[i];
            let value: Option<Cps> = if n == '{' {
                let end = s[i..].iter().position(|&c| c == '}').ok_or("bad ${")? + i;
                let name: String = s[i + 1..end].iter().collect();
                i = end + 1;
                Some(test_var(&name).ok_or_else(|| format!("${{{name}}}"))?)
            } else if n == '&' {
                i += 1;
                scope.text(scope.m.map(|m| (m.0.start(), m.0.end())))
            } else if n == '`' {
                i += 1;
                scope.text(scope.m.map(|m| (0, m.0.start())))
            } else if n == '\'' {
                i += 1;
                scope.text(scope.m.map(|m| (m.0.end(), m.1.len())))
            } else if n.is_ascii_digit() {
                let num: usize = read_digits(&s, &mut i).parse().unwrap_or(0);
                scope.m.and_then(|m| scope.text(m.0.group(num)))
            } else if (n == '-' || n == '+') && i + 1 < s.len() && s[i + 1] == '[' {
                i += 2;
                let num: usize = read_digits(&s, &mut i).parse().map_err(|_| "bad $-[")?;
                if i >= s.len() || s[i] != ']' {
                    return Err(format!("${n}[expr]"));
                }
                i += 1;
                let m = scope.m.ok_or("no match")?;
                m.0.group(num)
                    .and_then(|(a, b)| scope.offset(if n == '-' { a } else { b }))
            } else if n == '+' && i + 1 < s.len() && s[i + 1] == '{' {
                let end = s[i..].iter().position(|&c| c == '}').ok_or("bad $+{")? + i;
                let name: String = s[i + 2..end].iter().collect();
                i = end + 1;
                scope.m.and_then(|m| scope.text(m.0.named(&name)))
            } else if n == '+' {
                i += 1;
                scope
                    .m
                    .and_then(|m| m.0.last_paren().and_then(|k| scope.text(m.0.group(k))))
            } else if n == '^' && i + 1 < s.len() && s[i + 1] == 'N' {
                i += 2;
                scope
                    .m
                    .and_then(|m| m.0.last_closed().and_then(|k| scope.text(m.0.group(k))))
            } else if s[i..].starts_with(&[':', ':', 'R', 'E', 'G', 'M', 'A', 'R', 'K']) {
                i += 9;
                scope
                    .m
                    .and_then(|m| m.0.mark.as_ref().map(|b| decode(b, m.2)))
            } else if n == ')' || n == '|' {
                out.push('$' as u32);
                continue;
            } else {
                let rest: String = s[start..].iter().take(12).collect();
                return Err(format!("variable {rest}"));
            };
            out.extend(value.unwrap_or_default());
            continue;
        }
        if c == '@' && i + 1 < s.len() && (s[i + 1] == '-' || s[i + 1] == '+') {
            let m = scope.m.ok_or("no match")?;
            let minus = s[i + 1] == '-';
            i += 2;
            let last = if minus {
                m.0.last_matched_index()
            } else {
                m.0.capture_count()
            };
            let mut parts = Vec::new();
            for k in 0..=last {
                let v =
                    m.0.group(k)
                        .and_then(|(a, b)| scope.offset(if minus { a } else { b }));
                parts.push(v.unwrap_or_default());
            }
            out.extend(parts.join(&(' ' as u32)));
            continue;
        }
        if c == '@' && i + 1 < s.len() && (s[i + 1].is_alphabetic() || s[i + 1] == '{') {
            return Err("array interpolation".into());
        }
        out.push(c as u32);
        i += 1;
    }
    Ok(out)
}

struct Line {
    number: usize,
    pattern: String,
    subject: String,
    result: String,
    repl: String,
    expect: String,
}

/// Split `'pat'flags` / `/pat/flags` / `:pat:flags` into body and flags, interpolating
/// `${var}` like perl's driver does.
fn parse_pattern(raw: &str) -> Result<(Cps, String), String> {
    let raw = if raw.starts_with(['\'', '/', ':']) {
        raw.to_string()
    } else {
        format!("'{raw}'")
    };
    let delim = raw.chars().next().unwrap();
    let close = raw
        .rfind(delim)
        .filter(|&p| p > 0)
        .ok_or("no closing delimiter")?;
    let flags = raw[close + 1..].to_string();
    if !flags.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err("pattern delimiters".into());
    }
    let body = &raw[1..close];
    let mut out = Vec::new();
    let chars: Vec<char> = body.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '$' && i + 1 < chars.len() && chars[i + 1] == '{' {
            if let Some(end) = chars[i..].iter().position(|&c| c == '}') {
                let name: String = chars[i + 2..i + end].iter().collect();
                if let Some(v) = test_var(&name) {
                    out.extend(v);
                    i += end + 1;
                    continue;
                }
            }
        }
        if delim != '\'' && (chars[i] == '$' || chars[i] == '@') {
            let next = chars.get(i + 1).copied().unwrap_or(')');
            if next.is_alphanumeric() || next == '_' || next == '{' || next == ':' {
                return Err("variable interpolation in pattern".into());
            }
        }
        out.push(chars[i] as u32);
        i += 1;
    }
    Ok((out, flags))
}

fn encode(cp: &[u32], utf8: bool) -> Option<Vec<u8>> {
    if utf8 {
        let s: Option<String> = cp.iter().map(|&c| char::from_u32(c)).collect();
        Some(s?.into_bytes())
    } else {
        cp.iter().map(|&c| u8::try_from(c).ok()).collect()
    }
}

enum Outcome {
    Pass,
    Fail(String),
    Unevaluable(String),
}

fn run_line(line: &Line) -> Outcome {
    let (pat, flags) = match parse_pattern(&line.pattern) {
        Ok(p) => p,
        Err(e) => return Outcome::Unevaluable(e),
    };
    let empty = Scope { m: None };
    let subject = match interpolate(&line.subject, &empty) {
        Ok(s) => s,
        Err(e) => return Outcome::Unevaluable(format!("subject: {e}")),
    };
    let expect = match interpolate(&line.expect, &empty) {
        Ok(s) => s,
        Err(e) => return Outcome::Unevaluable(format!("expected: {e}")),
    };
    let pat_utf8 = pat.iter().any(|&c| c > 0xFF);
    let pat_bytes = encode(&pat, pat_utf8).expect("pattern code points");
    let want_match = line.result.starts_with('y');
    let re = match PerlRegex::compile(&pat_bytes, pat_utf8, &flags) {
        Ok(re) => re,
        Err(e) => return Outcome::Fail(format!("compile error: {e}")),
    };
    let byte_subject_ok = subject.iter().all(|&c| c <= 0xFF);
    for utf8 in [false, true] {
        if !utf8 && !byte_subject_ok {
            continue;
        }
        let Some(subj) = encode(&subject, utf8) else {
            return Outcome::Unevaluable("subject not encodable".into());
        };
        let found = if line.repl == "pos" {
            re.find_iter(&subj, utf8, 0).next()
        } else {
            re.find_at(&subj, utf8, 0)
        };
        let mode = if utf8 { "utf8" } else { "bytes" };
        match (&found, want_match) {
            (Some(_), false) => return Outcome::Fail(format!("{mode}: false positive")),
            (None, true) => return Outcome::Fail(format!("{mode}: no match")),
            (None, false) => continue,
            (Some(m), true) => {
                let scope = Scope {
                    m: Some((m, &subj, utf8)),
                };
                let got = if line.repl == "pos" {
                    scope.offset(m.end()).unwrap_or_default()
                } else {
                    match interpolate(&line.repl, &scope) {
                        Ok(g) => g,
                        Err(e) => return Outcome::Unevaluable(format!("expression: {e}")),
                    }
                };
                if got != expect {
                    let show = |v: &Cps| {
                        v.iter()
                            .filter_map(|&c| char::from_u32(c))
                            .collect::<String>()
                    };
                    return Outcome::Fail(format!(
                        "{mode}: got {:?}, expected {:?}",
                        show(&got),
                        show(&expect)
                    ));
                }
            }
        }
    }
    Outcome::Pass
}

fn load_skips() -> HashMap<usize, String> {
    let text = std::fs::read_to_string(data_path("re_tests.skip")).unwrap_or_default();
    let mut skips = HashMap::new();
    for l in text.lines() {
        let l = l.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let (num, reason) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
        if let Ok(n) = num.parse() {
            skips.insert(n, reason.trim().to_string());
        }
    }
    skips
}

#[test]
fn perl_re_tests() {
    let Some(path) = table_path() else {
        println!("re_tests: perl-5.36-re_tests.txt not found; conformance test not run");
        return;
    };
    let text = std::fs::read(&path).expect("read re_tests");
    let text = String::from_utf8_lossy(&text).into_owned();
    let skips = load_skips();
    let verbose = std::env::var("RE_TESTS_VERBOSE").is_ok();
    let mut after_end = false;
    let (mut total, mut passed, mut skipped, mut perl_skips) = (0, 0, 0, 0);
    let (mut c_total, mut c_passed) = (0, 0);
    let mut unevaluable: Vec<(usize, String)> = Vec::new();
    let mut skip_categories: std::collections::BTreeMap<String, usize> = Default::default();
    let mut failures: Vec<(usize, String, String)> = Vec::new();
    for (idx, raw_line) in text.lines().enumerate() {
        let number = idx + 1;
        if !after_end {
            after_end = raw_line == "__END__";
            continue;
        }
        if raw_line.trim().is_empty() || raw_line.trim_start().starts_with('#') {
            continue;
        }
        // perl's driver turns every `\n` in the line into a newline before splitting.
        let line_text = raw_line.replace("\\n", "\n");
        let cols: Vec<&str> = line_text.splitn(7, '\t').collect();
        if cols.len() < 3 {
            continue;
        }
        let mut result = cols[2].to_string();
        // Lines perl's own default run does not count: known bugs, TODOs, EBCDIC-only,
        // regex-sets-only variants.
        if result.contains(['B', 'T', 'e', 's']) {
            perl_skips += 1;
            continue;
        }
        result.retain(|c| !"MaStb".contains(c));
        let line = Line {
            number,
            pattern: cols[0].to_string(),
            subject: cols[1].to_string(),
            result: result.clone(),
            repl: cols.get(3).unwrap_or(&"").to_string(),
            expect: cols.get(4).unwrap_or(&"").to_string(),
        };
        if result == "c" {
            c_total += 1;
            if let Ok((pat, flags)) = parse_pattern(&line.pattern) {
                let utf8 = pat.iter().any(|&c| c > 0xFF);
                if let Some(bytes) = encode(&pat, utf8) {
                    if PerlRegex::compile(&bytes, utf8, &flags).is_err() {
                        c_passed += 1;
                    } else if verbose {
                        println!("line {number}: expected compile error: {}", line.pattern);
                    }
                }
            }
            continue;
        }
        if result != "y" && result != "n" {
            continue;
        }
        if let Some(reason) = skips.get(&number) {
            let category = reason.split(':').next().unwrap_or("").to_string();
            *skip_categories.entry(category).or_insert(0) += 1;
            skipped += 1;
            total += 1;
            continue;
        }
        match run_line(&line) {
            Outcome::Pass => {
                passed += 1;
                total += 1;
            }
            Outcome::Fail(why) => {
                total += 1;
                failures.push((line.number, raw_line.to_string(), why));
            }
            Outcome::Unevaluable(why) => unevaluable.push((line.number, why)),
        }
    }
    if verbose {
        for (n, l, why) in &failures {
            println!("FAIL line {n}: {l:?}: {why}");
        }
        for (n, why) in &unevaluable {
            println!("UNEVALUABLE line {n}: {why}");
        }
    }
    let run = total - skipped;
    let pct = |p: usize, t: usize| {
        if t == 0 {
            0.0
        } else {
            100.0 * p as f64 / t as f64
        }
    };
    println!(
        "re_tests: {passed} of {total} passed ({:.1}%)",
        pct(passed, total)
    );
    println!(
        "re_tests: {skipped} lines deliberately skipped (counted above as not passed); of the {run} run, {passed} pass ({:.1}%)",
        pct(passed, run)
    );
    println!(
        "re_tests: {} unevaluable, {perl_skips} not run by perl itself (B/T/e/s), compile-error lines: {c_passed} of {c_total} refused",
        unevaluable.len()
    );
    println!("re_tests: skipped by category: {skip_categories:?}");
    for (n, why) in &unevaluable {
        println!("re_tests: unevaluable line {n}: {why}");
    }
    let floor: usize = std::fs::read_to_string(data_path("re_tests.floor"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    assert!(
        passed >= floor,
        "re_tests regressed: {passed} passed, floor is {floor} (RE_TESTS_VERBOSE=1 for details)"
    );
}
