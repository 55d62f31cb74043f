//! Perl strings at run time: bytes plus a utf8 flag (perl's PV). `utf8 == true` means the
//! bytes are the UTF-8 encoding of the code points.

use std::fmt;

#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PerlString {
    pub bytes: Vec<u8>,
    pub utf8: bool,
}

impl fmt::Debug for PerlString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(&self.bytes))
    }
}

impl PerlString {
    pub fn bytes(b: impl Into<Vec<u8>>) -> PerlString {
        PerlString {
            bytes: b.into(),
            utf8: false,
        }
    }

    /// From a Rust string whose chars are perl code points (the AST convention).
    pub fn from_code_points(s: &str) -> PerlString {
        if s.is_ascii() {
            return PerlString::bytes(s.as_bytes());
        }
        if s.chars().all(|c| (c as u32) < 256) {
            return PerlString::bytes(s.chars().map(|c| c as u8).collect::<Vec<u8>>());
        }
        PerlString {
            bytes: s.as_bytes().to_vec(),
            utf8: true,
        }
    }

    /// From real text (file names, OS messages): UTF-8 bytes, flagged only when non-ASCII.
    pub fn from_utf8_text(s: &str) -> PerlString {
        PerlString {
            bytes: s.as_bytes().to_vec(),
            utf8: !s.is_ascii(),
        }
    }

    /// The code points, for operations that work on characters.
    pub fn chars(&self) -> Vec<u32> {
        if self.utf8 {
            decode_utf8_lossy(&self.bytes)
        } else {
            self.bytes.iter().map(|&b| b as u32).collect()
        }
    }

    pub fn from_chars(cps: &[u32], utf8: bool) -> PerlString {
        if !utf8 && cps.iter().all(|&c| c < 256) {
            return PerlString::bytes(cps.iter().map(|&c| c as u8).collect::<Vec<u8>>());
        }
        let mut out = Vec::with_capacity(cps.len());
        for &c in cps {
            push_utf8(&mut out, c);
        }
        PerlString {
            bytes: out,
            utf8: true,
        }
    }

    /// Length in characters.
    pub fn char_len(&self) -> usize {
        if self.utf8 {
            self.bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
        } else {
            self.bytes.len()
        }
    }

    /// The same characters in UTF-8 form (flag set).
    pub fn upgraded(&self) -> PerlString {
        if self.utf8 {
            return self.clone();
        }
        let mut out = Vec::with_capacity(self.bytes.len());
        for &b in &self.bytes {
            push_utf8(&mut out, b as u32);
        }
        PerlString {
            bytes: out,
            utf8: true,
        }
    }

    /// Latin-1 bytes when every char fits in a byte.
    pub fn downgraded(&self) -> Option<Vec<u8>> {
        if !self.utf8 {
            return Some(self.bytes.clone());
        }
        let cps = decode_utf8_lossy(&self.bytes);
        if cps.iter().all(|&c| c < 256) {
            Some(cps.iter().map(|&c| c as u8).collect())
        } else {
            None
        }
    }

    /// Appends another string, upgrading either side when the flags differ.
    pub fn push_pstr(&mut self, other: &PerlString) {
        if self.utf8 == other.utf8 {
            self.bytes.extend_from_slice(&other.bytes);
        } else if self.utf8 {
            for &b in &other.bytes {
                push_utf8(&mut self.bytes, b as u32);
            }
        } else {
            *self = self.upgraded();
            self.bytes.extend_from_slice(&other.bytes);
        }
    }

    /// Byte offset of char index `i` (clamped to the end).
    pub fn char_to_byte(&self, i: usize) -> usize {
        if !self.utf8 {
            return i.min(self.bytes.len());
        }
        let mut n = 0;
        for (pos, &b) in self.bytes.iter().enumerate() {
            if (b & 0xC0) != 0x80 {
                if n == i {
                    return pos;
                }
                n += 1;
            }
        }
        self.bytes.len()
    }

    pub fn byte_to_char(&self, pos: usize) -> usize {
        if !self.utf8 {
            return pos;
        }
        self.bytes[..pos.min(self.bytes.len())]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count()
    }

    pub fn to_string_lossy(&self) -> String {
        if self.utf8 {
            String::from_utf8_lossy(&self.bytes).into_owned()
        } else {
            self.bytes.iter().map(|&b| b as char).collect()
        }
    }

    /// For OS interfaces (paths, commands): the raw bytes as UTF-8 text where possible.
    pub fn to_os_string(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

pub fn push_utf8(out: &mut Vec<u8>, c: u32) {
    match char::from_u32(c) {
        Some(ch) => {
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
        None => {
            // Surrogates and beyond-Unicode: perl's extended UTF-8 (5- and 6-byte forms
            // F8.. and FC.. above 0x1FFFFF, as in the original UTF-8 definition).
            let (len, lead): (u32, u8) = if c < 0x10000 {
                (3, 0xE0)
            } else if c < 0x200000 {
                (4, 0xF0)
            } else if c < 0x4000000 {
                (5, 0xF8)
            } else {
                (6, 0xFC)
            };
            out.push(lead | (c >> (6 * (len - 1))) as u8);
            for k in (0..len - 1).rev() {
                out.push(0x80 | ((c >> (6 * k)) & 0x3F) as u8);
            }
        }
    }
}

pub fn decode_utf8_lossy(b: &[u8]) -> Vec<u32> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (len, init) = if c < 0x80 {
            (1, c as u32)
        } else if (0xFC..0xFE).contains(&c) {
            (6, (c & 0x01) as u32)
        } else if (0xF8..0xFC).contains(&c) {
            (5, (c & 0x03) as u32)
        } else if c >= 0xF0 {
            (4, (c & 0x07) as u32)
        } else if c >= 0xE0 {
            (3, (c & 0x0F) as u32)
        } else if c >= 0xC0 {
            (2, (c & 0x1F) as u32)
        } else {
            (1, c as u32)
        };
        if i + len > b.len() {
            out.push(c as u32);
            i += 1;
            continue;
        }
        let mut v = init;
        for k in 1..len {
            v = (v << 6) | (b[i + k] & 0x3F) as u32;
        }
        out.push(v);
        i += len;
    }
    out
}
