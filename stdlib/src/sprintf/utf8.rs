//! perl's (extended) UTF-8: encoding any code point up to `0x7FFF_FFFF_FFFF_FFFF` the way
//! `uvchr_to_utf8` does (surrogates and non-Unicode values included), decoding leniently, and
//! Latin-1 upgrades. Shared by `sprintf` (`%c`, `%vd`, utf8 arguments) and `pack` (`U`, `W`).

/// Appends the perl-extended UTF-8 encoding of `cp` to `out`.
pub fn encode(cp: u64, out: &mut Vec<u8>) {
    if cp < 0x80 {
        out.push(cp as u8);
        return;
    }
    // Number of bytes for the classic forms (up to 6), then perl's 7-byte (0xFE) and 13-byte
    // (0xFF) extensions.
    let len = match cp {
        0..=0x7FF => 2,
        0x800..=0xFFFF => 3,
        0x1_0000..=0x1F_FFFF => 4,
        0x20_0000..=0x3FF_FFFF => 5,
        0x400_0000..=0x7FFF_FFFF => 6,
        0x8000_0000..=0xF_FFFF_FFFF => 7,
        _ => 13,
    };
    let lead: u8 = match len {
        2 => 0xC0,
        3 => 0xE0,
        4 => 0xF0,
        5 => 0xF8,
        6 => 0xFC,
        7 => 0xFE,
        _ => 0xFF,
    };
    let conts = len - 1;
    let lead_bits = if len >= 7 { 0 } else { cp >> (6 * conts) };
    out.push(lead | lead_bits as u8);
    for i in (0..conts).rev() {
        let shift = 6 * i;
        let bits = if shift >= 64 { 0 } else { (cp >> shift) & 0x3F };
        out.push(0x80 | bits as u8);
    }
}

/// Decodes one character from the front of `s` (perl-extended, lenient); returns the code
/// point and the number of bytes used (at least 1 for non-empty input).
pub fn decode(s: &[u8]) -> (u64, usize) {
    let Some(&b0) = s.first() else {
        return (0, 0);
    };
    let (len, init) = match b0 {
        0x00..=0x7F => return (b0 as u64, 1),
        0xC0..=0xDF => (2, (b0 & 0x1F) as u64),
        0xE0..=0xEF => (3, (b0 & 0x0F) as u64),
        0xF0..=0xF7 => (4, (b0 & 0x07) as u64),
        0xF8..=0xFB => (5, (b0 & 0x03) as u64),
        0xFC..=0xFD => (6, (b0 & 0x01) as u64),
        0xFE => (7, 0),
        0xFF => (13, 0),
        _ => return (0xFFFD, 1),
    };
    let mut cp = init;
    for i in 1..len {
        match s.get(i) {
            Some(&b) if b & 0xC0 == 0x80 => cp = (cp << 6) | (b & 0x3F) as u64,
            _ => return (0xFFFD, i.max(1)),
        }
    }
    (cp, len)
}

/// Number of characters in a UTF-8 byte string.
pub fn char_len(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        i += decode(&s[i..]).1.max(1);
        n += 1;
    }
    n
}

/// Byte offset of the `chars`-th character (clamped to the end).
pub fn byte_offset(s: &[u8], chars: usize) -> usize {
    let mut i = 0;
    for _ in 0..chars {
        if i >= s.len() {
            break;
        }
        i += decode(&s[i..]).1.max(1);
    }
    i.min(s.len())
}

/// Latin-1 bytes upgraded to UTF-8 (what `sv_utf8_upgrade` does).
pub fn upgrade(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + s.len() / 4);
    for &b in s {
        encode(b as u64, &mut out);
    }
    out
}
