//! perl's `pack` and `unpack` as pure functions: templates over bytes (+ utf8 flag) and
//! arguments seen through [`FormatArg`] (the same trait `sprintf` uses). Covers the string
//! (`a A Z b B h H u`), character (`c C W U`), integer (`s S l L q Q j J i I n N v V`, with
//! `!`, `<`, `>`), float (`f d F`), BER (`w`) and positioning (`x X @ .`) codes, counts,
//! `*`, `[N]`/`[template]`, groups, `/` length items, `U0`/`C0` modes and `%` checksums.

mod packer;
pub mod template;
mod unpacker;

use crate::sprintf::FormatArg;

/// The result of `pack`.
#[derive(Debug, Clone, PartialEq)]
pub struct Packed {
    pub bytes: Vec<u8>,
    /// The result is a utf8 string (perl's SvUTF8).
    pub utf8: bool,
    /// Warnings perl would emit (category `pack`), message text without location.
    pub warnings: Vec<String>,
}

/// One value produced by `unpack`.
#[derive(Debug, Clone, PartialEq)]
pub enum Unpacked {
    Int(i64),
    UInt(u64),
    Float(f64),
    /// Bytes and utf8 flag.
    Str(Vec<u8>, bool),
    /// `undef` (e.g. `unpack "u", ""`).
    Undef,
}

/// The result of `unpack`.
#[derive(Debug, Clone, PartialEq)]
pub struct UnpackResult {
    pub values: Vec<Unpacked>,
    pub warnings: Vec<String>,
}

/// `pack TEMPLATE, LIST`. Errors are perl's croak messages (without location).
pub fn pack<A: FormatArg>(template: &[u8], args: &[A]) -> Result<Packed, String> {
    let (syms, warnings) = template::parse_with_warnings(template, "pack")?;
    let mut p = packer::Packer::new(args);
    p.warnings = warnings;
    p.pack_rec(&syms, false, 0)?;
    Ok(Packed {
        bytes: p.cat,
        utf8: p.cat_utf8,
        warnings: p.warnings,
    })
}

/// perl's `need_utf8`: the template starts with `U` or contains `U0`.
fn need_utf8(t: &[u8]) -> bool {
    let mut first = true;
    let mut i = 0;
    while i < t.len() {
        if t[i] == b'#' {
            match t[i..].iter().position(|&b| b == b'\n') {
                Some(p) => i += p,
                None => return false,
            }
        } else if t[i] == b'U' {
            if first || t.get(i + 1) == Some(&b'0') {
                return true;
            }
        } else {
            first = false;
        }
        i += 1;
    }
    false
}

/// perl's `first_symbol`: the first template character outside comments.
fn first_symbol(t: &[u8]) -> u8 {
    let mut i = 0;
    while i < t.len() {
        if t[i] != b'#' {
            return t[i];
        }
        match t[i..].iter().position(|&b| b == b'\n') {
            Some(p) => i += p + 1,
            None => return 0,
        }
    }
    0
}

/// `unpack TEMPLATE, EXPR` on `data` (bytes, or UTF-8 when `utf8`). `only_one` gives the
/// scalar-context result (the first value).
pub fn unpack(
    template: &[u8],
    data: &[u8],
    utf8: bool,
    only_one: bool,
) -> Result<UnpackResult, String> {
    let (syms, warnings) = template::parse_with_warnings(template, "unpack")?;
    let upgraded;
    let (s, do_utf8) = if utf8 {
        (data, true)
    } else if need_utf8(template) {
        upgraded = crate::sprintf::utf8::upgrade(data);
        (&upgraded[..], true)
    } else {
        (data, false)
    };
    let parse_utf8 = first_symbol(template) != b'U' && do_utf8;
    let mut u = unpacker::Unpacker::new(s, do_utf8, utf8);
    u.warnings = warnings;
    u.unpack_rec(&syms, parse_utf8)?;
    let mut values = u.out;
    if only_one {
        values.truncate(1);
    }
    Ok(UnpackResult {
        values,
        warnings: u.warnings,
    })
}
