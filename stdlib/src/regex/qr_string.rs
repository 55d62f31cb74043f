//! `qr//` stringification: `qr/abc/i` is `(?^i:abc)`.
//!
//! Perl writes the charset first (`u` when the pattern is utf8 or `/u` was given, `a`, `aa`,
//! `l`; nothing for `/d`), then `p`, then `m s i`, `x` or `xx`, `n` — checked against perl:
//! `qr/x/nxxsmi` is `(?^msixxn:x)`, `qr/x/pai` is `(?^api:x)`.

use super::flags::{Charset, Flags};

/// Stringify a `qr//` of `pattern` with modifier letters `flags`. `pattern_utf8` says the
/// pattern is a utf8 string (perl then shows `u`). Unknown letters are ignored here.
pub fn qr_string(pattern: &[u8], pattern_utf8: bool, flags: &str) -> Vec<u8> {
    let f = Flags::parse(flags).unwrap_or_default();
    let mut out = b"(?^".to_vec();
    let charset = match f.charset {
        Charset::Unicode => "u",
        Charset::Ascii => "a",
        Charset::AsciiStrict => "aa",
        Charset::Locale => "l",
        Charset::Depends if pattern_utf8 => "u",
        Charset::Depends => "",
    };
    out.extend_from_slice(charset.as_bytes());
    for (on, letters) in [
        (f.preserve, "p"),
        (f.multiline, "m"),
        (f.dotall, "s"),
        (f.caseless, "i"),
        (f.extended && !f.extended_more, "x"),
        (f.extended_more, "xx"),
        (f.no_auto_capture, "n"),
    ] {
        if on {
            out.extend_from_slice(letters.as_bytes());
        }
    }
    out.push(b':');
    out.extend_from_slice(pattern);
    // A trailing `#` comment under /x would swallow the closing paren.
    if f.extended && pattern_has_open_comment(pattern) {
        out.push(b'\n');
    }
    out.push(b')');
    out
}

/// Whether the last line of an `/x` pattern holds an unescaped `#` (a comment to end of line).
fn pattern_has_open_comment(pattern: &[u8]) -> bool {
    let last_line = pattern.rsplit(|&b| b == b'\n').next().unwrap_or(pattern);
    let mut escaped = false;
    let mut in_class = false;
    for &b in last_line {
        match b {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'[' => in_class = true,
            b']' => in_class = false,
            b'#' if !in_class => return true,
            _ => {}
        }
    }
    false
}
