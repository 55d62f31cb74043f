//! perl's magic string increment: `"aa"++ eq "ab"`, `"Az"++ eq "Ba"`, `"zz"++ eq "aaa"`,
//! `"a9"++ eq "b0"`.

/// The incremented string, or `None` when the string does not match
/// `/^[a-zA-Z]*[0-9]*$/` (or is empty), in which case perl increments it numerically.
pub fn string_increment(s: &[u8]) -> Option<Vec<u8>> {
    if s.is_empty() {
        return None;
    }
    let letters = s.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if !s[letters..].iter().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut out = s.to_vec();
    let mut i = out.len();
    loop {
        if i == 0 {
            let first = out[0];
            let new = match first {
                b'0'..=b'9' => b'1',
                b'a'..=b'z' => b'a',
                _ => b'A',
            };
            out.insert(0, new);
            return Some(out);
        }
        i -= 1;
        match out[i] {
            b'z' => out[i] = b'a',
            b'Z' => out[i] = b'A',
            b'9' => out[i] = b'0',
            c => {
                out[i] = c + 1;
                return Some(out);
            }
        }
    }
}
