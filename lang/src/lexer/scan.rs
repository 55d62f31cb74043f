//! Small byte-level scanners shared by the lexer: identifiers, delimiters, whitespace.

/// Whether `b` can start an identifier.
pub fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

pub fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Length of an identifier with `::` separators starting at `s[0]` (0 if none).
/// Accepts a leading `::` (`$::x`) and a trailing `::` (`Foo::`).
pub fn ident_len(s: &[u8]) -> usize {
    let mut i = 0;
    if s.starts_with(b"::") {
        i = 2;
    }
    if i >= s.len() || !is_ident_start(s[i]) {
        // `$::` alone is a name too (the main stash).
        return if i == 2 { 2 } else { 0 };
    }
    while i < s.len() && is_word(s[i]) {
        i += 1;
    }
    loop {
        if s[i..].starts_with(b"::") {
            i += 2;
            while i < s.len() && is_word(s[i]) {
                i += 1;
            }
        } else {
            break;
        }
    }
    // never end in the middle of a UTF-8 sequence
    while i < s.len() && (s[i] & 0xC0) == 0x80 {
        i += 1;
    }
    i
}

/// Skips spaces, tabs, newlines and (after whitespace, or when `allow_comment`) `#` comments.
pub fn skip_space_and_comments(s: &[u8], mut i: usize) -> usize {
    while i < s.len() {
        match s[i] {
            b' ' | b'\t' | b'\r' | b'\n' | 0x0c => i += 1,
            b'#' => {
                while i < s.len() && s[i] != b'\n' {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    i
}

/// Skips spaces and tabs only.
pub fn skip_blanks(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\r' | 0x0c) {
        i += 1;
    }
    i
}

/// The closing delimiter for an opening one.
pub fn closing_of(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '<' => '>',
        c => c,
    }
}

/// Scans a delimited body whose opening delimiter `open` ends at byte `start` (exclusive).
/// Brackets nest; a backslash escapes the next char. Returns `(body_end, after_close)`.
pub fn scan_delimited(src: &str, start: usize, open: char) -> Option<(usize, usize)> {
    let close = closing_of(open);
    let nests = close != open;
    let mut depth = 0usize;
    let mut it = src[start..].char_indices();
    while let Some((off, c)) = it.next() {
        // with `\` as the delimiter (`qr\a\`) a backslash closes instead of escaping
        if c == '\\' && open != '\\' {
            it.next();
            continue;
        }
        if nests && c == open {
            depth += 1;
        } else if c == close {
            if depth == 0 {
                let end = start + off;
                return Some((end, end + c.len_utf8()));
            }
            depth -= 1;
        }
    }
    None
}

/// The char at byte `i`, if any.
pub fn char_at(src: &str, i: usize) -> Option<char> {
    src.get(i..).and_then(|s| s.chars().next())
}
