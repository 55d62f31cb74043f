//! Pattern compile errors worded as perl dies with them:
//! `Unmatched ( in regex; marked by <-- HERE in m/( <-- HERE a/`.
//!
//! The regex layer's messages carry PCRE2's explanation and an offset into the translated
//! pattern; perl marks the spot in the pattern as written, so the common cases are located
//! again here by scanning the original pattern.

/// The message perl gives for `pattern` failing with the regex layer's `message`.
pub fn perl_regex_error(pattern: &[u8], message: &str) -> String {
    let head = match message.find(" in regex") {
        Some(i) => &message[..i],
        None => message,
    };
    let pat = String::from_utf8_lossy(pattern);
    if head == "Trailing \\" {
        return format!("{head} in regex m/{pat}/");
    }
    let found = scan(pattern);
    // PCRE2 reports `a**` as a quantifier following nothing; perl calls it nested.
    let head = match (head, found.bare_quantifier, found.nested_quantifier) {
        ("Quantifier follows nothing", None, Some(_)) => "Nested quantifiers",
        _ => head,
    };
    let mark = match head {
        "Unmatched (" => found.open,
        "Unmatched )" => found.close,
        "Unmatched [" => found.class,
        "Quantifier follows nothing" => found.bare_quantifier,
        "Nested quantifiers" => found.nested_quantifier,
        _ => None,
    }
    .map_or(pattern.len(), |i| (i + 1).min(pattern.len()));
    let (pre, post) = pattern.split_at(mark);
    format!(
        "{head} in regex; marked by <-- HERE in m/{} <-- HERE {}/",
        String::from_utf8_lossy(pre),
        String::from_utf8_lossy(post)
    )
}

/// Where the usual syntax errors are in a pattern as written.
#[derive(Default)]
struct Found {
    /// The innermost `(` still open at the end.
    open: Option<usize>,
    /// The first `)` without its `(`.
    close: Option<usize>,
    /// A `[` whose class never ends.
    class: Option<usize>,
    /// The first `*`, `+` or `?` with nothing before it to repeat.
    bare_quantifier: Option<usize>,
    /// The first `*` right after another quantifier (`a**`).
    nested_quantifier: Option<usize>,
}

fn scan(p: &[u8]) -> Found {
    let mut f = Found::default();
    let mut opens = Vec::new();
    let mut i = 0;
    while i < p.len() {
        match p[i] {
            b'\\' => i += 1,
            b'[' => {
                let start = i;
                i += 1;
                if p.get(i) == Some(&b'^') {
                    i += 1;
                }
                if p.get(i) == Some(&b']') {
                    i += 1;
                }
                while i < p.len() && p[i] != b']' {
                    if p[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                if i >= p.len() {
                    f.class = Some(start);
                    break;
                }
            }
            b'(' => opens.push(i),
            b')' if opens.pop().is_none() && f.close.is_none() => f.close = Some(i),
            b'*' | b'+' | b'?' => {
                let after_nothing = i == 0 || matches!(p[i - 1], b'(' | b'|');
                if after_nothing && f.bare_quantifier.is_none() {
                    f.bare_quantifier = Some(i);
                }
                let after_quantifier = i > 0 && matches!(p[i - 1], b'*' | b'+' | b'?' | b'}');
                if p[i] == b'*' && after_quantifier && f.nested_quantifier.is_none() {
                    f.nested_quantifier = Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    f.open = opens.last().copied();
    f
}

#[cfg(test)]
mod tests {
    use super::perl_regex_error;

    #[test]
    fn marks_like_perl() {
        assert_eq!(
            perl_regex_error(b"(", "Unmatched ( in regex (missing closing parenthesis)"),
            "Unmatched ( in regex; marked by <-- HERE in m/( <-- HERE /"
        );
        assert_eq!(
            perl_regex_error(b"[a", "Unmatched ["),
            "Unmatched [ in regex; marked by <-- HERE in m/[ <-- HERE a/"
        );
        assert_eq!(
            perl_regex_error(
                b"a)",
                "Unmatched ) in regex (unmatched closing parenthesis)"
            ),
            "Unmatched ) in regex; marked by <-- HERE in m/a) <-- HERE /"
        );
        assert_eq!(
            perl_regex_error(b"\\", "Trailing \\ in regex"),
            "Trailing \\ in regex m/\\/"
        );
    }
}
