//! Backslash escapes of double-quoted strings (`\t \n \x{263A} \N{U+263A} \cA \033 \o{17}`)
//! and the source-decoding rule for literal text: under `use utf8` literal chars are the
//! source's chars; without it each UTF-8 byte of the source is one code point.

/// Appends literal source text to `out`, decoded per `use utf8`.
pub fn push_decoded(out: &mut String, text: &str, utf8: bool) {
    if utf8 || text.is_ascii() {
        out.push_str(text);
    } else {
        out.extend(text.bytes().map(|b| b as char));
    }
}

pub fn decoded(text: &str, utf8: bool) -> String {
    let mut s = String::with_capacity(text.len());
    push_decoded(&mut s, text, utf8);
    s
}

/// Parses one escape after a backslash: `s` starts at the char after `\`. Returns the code
/// point and the number of bytes consumed, or `None` for case modifiers (`\U \L \u \l \Q
/// \E \F`), which the caller handles.
pub fn escape(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    let c = *b.first()?;
    let simple = |ch: char| Some((ch, 1));
    match c {
        b't' => simple('\t'),
        b'n' => simple('\n'),
        b'r' => simple('\r'),
        b'f' => simple('\x0c'),
        b'b' => simple('\x08'),
        b'a' => simple('\x07'),
        b'e' => simple('\x1b'),
        b'0'..=b'7' => {
            let mut i = 0;
            let mut v = 0u32;
            while i < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                v = v * 8 + (b[i] - b'0') as u32;
                i += 1;
            }
            Some((char::from_u32(v).unwrap_or('\u{FFFD}'), i))
        }
        b'o' if b.get(1) == Some(&b'{') => {
            let close = s.find('}')?;
            let v =
                u32::from_str_radix(s[2..close].trim().trim_start_matches("0o"), 8).unwrap_or(0);
            Some((char::from_u32(v).unwrap_or('\u{FFFD}'), close + 1))
        }
        b'x' => {
            if b.get(1) == Some(&b'{') {
                let Some(close) = s.find('}') else {
                    return Some(('\0', 1));
                };
                let digits: String = s[2..close]
                    .chars()
                    .filter(|c| *c != '_' && !c.is_whitespace())
                    .collect();
                let v = u32::from_str_radix(&digits, 16).unwrap_or(0);
                Some((char::from_u32(v).unwrap_or('\u{FFFD}'), close + 1))
            } else {
                let mut i = 1;
                let mut v = 0u32;
                while i < 3 && i < b.len() && b[i].is_ascii_hexdigit() {
                    v = v * 16 + (b[i] as char).to_digit(16).unwrap_or(0);
                    i += 1;
                }
                Some((char::from_u32(v).unwrap_or('\0'), i))
            }
        }
        b'N' if b.get(1) == Some(&b'{') => {
            let close = s.find('}')?;
            let name = &s[2..close];
            let ch = name
                .strip_prefix("U+")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}');
            Some((ch, close + 1))
        }
        b'c' => {
            let ch = s[1..].chars().next()?;
            let v = (ch.to_ascii_uppercase() as u32) ^ 64;
            Some((char::from_u32(v).unwrap_or('\0'), 1 + ch.len_utf8()))
        }
        b'U' | b'L' | b'u' | b'l' | b'Q' | b'E' | b'F' => None,
        _ => {
            let ch = s.chars().next()?;
            Some((ch, ch.len_utf8()))
        }
    }
}

/// Single-quoted text: only `\\` and `\DELIM` are escapes.
pub fn single_quoted(body: &str, open: char, close: char, utf8: bool) -> String {
    if !body.contains('\\') {
        return decoded(body, utf8);
    }
    let mut raw = String::with_capacity(body.len());
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\\' {
            if let Some(&n) = it.peek() {
                if n == '\\' || n == open || n == close {
                    raw.push(n);
                    it.next();
                    continue;
                }
            }
        }
        raw.push(c);
    }
    decoded(&raw, utf8)
}

/// `tr` lists: escapes processed, except that `\\` and `\-` keep their backslash so the
/// runtime can tell a literal `-` or `\` from a range.
pub fn tr_list(body: &str, utf8: bool) -> String {
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        let Some(pos) = rest.find('\\') else {
            push_decoded(&mut out, rest, utf8);
            break;
        };
        push_decoded(&mut out, &rest[..pos], utf8);
        i += pos + 1;
        let after = &body[i..];
        match after.as_bytes().first() {
            Some(b'\\') | Some(b'-') => {
                out.push('\\');
                out.push(after.as_bytes()[0] as char);
                i += 1;
            }
            None => out.push('\\'),
            _ => match escape(after) {
                Some((c, n)) => {
                    out.push(c);
                    i += n;
                }
                None => {
                    i += 1;
                }
            },
        }
    }
    out
}
