//! `PerlRegex`: a perl pattern compiled for PCRE2, in byte mode and/or UTF mode.
//!
//! Perl strings are bytes plus a utf8 flag. PCRE2 decides UTF mode at compile time, so a
//! pattern keeps up to two compiled forms: byte mode (for byte subjects, compiled eagerly
//! so errors show at compile time) and UTF mode (compiled on the first utf8 subject, or
//! eagerly when the pattern itself needs code points above 0xFF). A byte subject matched
//! by a UTF-only pattern is upgraded (Latin-1 -> UTF-8) and offsets are mapped back, so
//! callers always get offsets into the bytes they passed.

use std::cell::OnceCell;
use std::rc::Rc;

use pcre2_sys::*;

use super::error::RegexError;
use super::flags::{Charset, Flags};
use super::match_info::{MatchInfo, NameTable};
use super::pcre2_code::{Code, CompileOptions, Pcre2Error};
use super::translate::{translate, TranslateOptions, Translated};

/// A compiled perl pattern. Cheap to share behind an `Rc` (see [`super::cache`]).
pub struct PerlRegex {
    pattern: Vec<u8>,
    pattern_utf8: bool,
    flag_letters: String,
    flags: Flags,
    translated: Translated,
    byte_code: Option<Code>,
    utf8_code: OnceCell<Option<Code>>,
    names: Rc<NameTable>,
    capture_count: usize,
}

impl std::fmt::Debug for PerlRegex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "PerlRegex(m/{}/{})",
            String::from_utf8_lossy(&self.pattern),
            self.flag_letters
        )
    }
}

/// Decode pattern bytes into perl code points (Latin-1 for byte strings).
pub(crate) fn code_points(bytes: &[u8], utf8: bool) -> Vec<u32> {
    if !utf8 {
        return bytes.iter().map(|&b| b as u32).collect();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.chars().map(|c| c as u32).collect(),
        Err(_) => String::from_utf8_lossy(bytes)
            .chars()
            .map(|c| c as u32)
            .collect(),
    }
}

/// Latin-1 bytes -> UTF-8 (perl's `utf8::upgrade`).
pub fn upgrade_latin1(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 8);
    for &b in bytes {
        if b < 0x80 {
            out.push(b);
        } else {
            out.push(0xC0 | (b >> 6));
            out.push(0x80 | (b & 0x3F));
        }
    }
    out
}

fn encode(cps: &[u32], utf8: bool) -> Result<Vec<u8>, RegexError> {
    let mut out = Vec::with_capacity(cps.len());
    for &c in cps {
        if utf8 {
            let ch = char::from_u32(c).ok_or_else(|| {
                RegexError::unsupported(
                    format!("code point 0x{c:X} cannot be matched (not a Unicode scalar)"),
                    None,
                )
            })?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        } else {
            out.push(c as u8);
        }
    }
    Ok(out)
}

/// Turn a PCRE2 compile error into perl's wording where one is known.
fn perl_message(e: &Pcre2Error) -> String {
    let perl = match e.code {
        101 => "Trailing \\",
        104 => "Can't do {n,m} with n > m",
        106 => "Unmatched [",
        108 | 150 => "Invalid [] range",
        109 => "Quantifier follows nothing",
        114 => "Unmatched (",
        115 | 153 => "Reference to nonexistent group",
        118 => "Sequence (?#... not terminated",
        122 => "Unmatched )",
        125 | 189 | 202 => "Lookbehind longer than 255 not implemented",
        126 => "Reference to invalid group 0",
        127 => "Switch (?(condition)... contains too many branches",
        128 | 124 => "Switch condition not recognized",
        130 => "POSIX class unknown",
        144 | 163 => "Group name must start with a non-digit word character",
        146 | 147 => "Can't find Unicode property definition",
        161 | 197 => "Unknown verb",
        168 => "Invalid hexadecimal number",
        201 => "\\K not permitted in lookahead/lookbehind",
        _ => "",
    };
    if perl.is_empty() {
        format!("{} in regex", e.message)
    } else {
        format!("{perl} in regex ({})", e.message)
    }
}

impl PerlRegex {
    /// Compile `pattern` (UTF-8 bytes when `utf8`, else Latin-1 bytes) with perl modifier
    /// letters `flags` (`imsxnp`, `a aa u l d`; `g c e r o` are accepted and ignored).
    pub fn compile(pattern: &[u8], utf8: bool, flags: &str) -> Result<PerlRegex, RegexError> {
        let parsed = Flags::parse(flags)?;
        let cps = code_points(pattern, utf8);
        let topts = TranslateOptions {
            extended: parsed.extended,
            extended_more: parsed.extended_more,
            no_auto_capture: parsed.no_auto_capture,
            word_join_control: false,
        };
        let translated = translate(&cps, topts)?;
        let mut re = PerlRegex {
            pattern: pattern.to_vec(),
            pattern_utf8: utf8,
            flag_letters: flags.to_string(),
            flags: parsed,
            translated,
            byte_code: None,
            utf8_code: OnceCell::new(),
            names: Rc::new(NameTable::default()),
            capture_count: 0,
        };
        let utf8_only = utf8 || re.translated.needs_utf8;
        let primary = if utf8_only {
            None
        } else {
            match re.build(false) {
                Ok(code) => Some(code),
                // A wide escape (`\x{100}`, `\400`) makes perl upgrade the pattern too.
                Err(e) if matches!(e.code, 134 | 151 | 195) => None,
                Err(e) => return Err(RegexError::syntax(perl_message(&e), Some(e.offset))),
            }
        };
        let code_ref = match primary {
            Some(code) => {
                re.byte_code = Some(code);
                re.byte_code.as_ref()
            }
            None => {
                let code = re
                    .build(true)
                    .map_err(|e| RegexError::syntax(perl_message(&e), Some(e.offset)))?;
                let _ = re.utf8_code.set(Some(code));
                re.utf8_code.get().and_then(|c| c.as_ref())
            }
        };
        if let Some(code) = code_ref {
            re.capture_count = code.capture_count();
            re.names = Rc::new(NameTable::from_pairs(code.names()));
        }
        Ok(re)
    }

    fn build(&self, utf8_mode: bool) -> Result<Code, Pcre2Error> {
        let f = &self.flags;
        let mut options = PCRE2_DUPNAMES;
        let mut extra = 0;
        if f.caseless {
            options |= PCRE2_CASELESS;
        }
        if f.multiline {
            options |= PCRE2_MULTILINE;
        }
        if f.dotall {
            options |= PCRE2_DOTALL;
        }
        if f.extended {
            options |= PCRE2_EXTENDED;
        }
        if f.extended_more {
            options |= PCRE2_EXTENDED_MORE;
        }
        if f.no_auto_capture {
            options |= PCRE2_NO_AUTO_CAPTURE;
        }
        if utf8_mode {
            options |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
        }
        let implied = self.translated.unicode_rules
            && !matches!(f.charset, Charset::Ascii | Charset::AsciiStrict);
        if f.unicode_rules(utf8_mode || self.pattern_utf8) || implied {
            options |= PCRE2_UCP;
        }
        if f.charset == Charset::AsciiStrict {
            extra |= PCRE2_EXTRA_CASELESS_RESTRICT;
        }
        let ucp = options & PCRE2_UCP != 0;
        let local;
        let translated =
            if utf8_mode && ucp && f.charset != Charset::Ascii && f.charset != Charset::AsciiStrict
            {
                let topts = TranslateOptions {
                    extended: f.extended,
                    extended_more: f.extended_more,
                    no_auto_capture: f.no_auto_capture,
                    word_join_control: true,
                };
                local = translate(&code_points(&self.pattern, self.pattern_utf8), topts).map_err(
                    |e| Pcre2Error {
                        code: 0,
                        message: e.message,
                        offset: 0,
                    },
                )?;
                &local
            } else {
                &self.translated
            };
        let bytes = encode(&translated.code_points, utf8_mode).map_err(|e| Pcre2Error {
            code: 0,
            message: e.message,
            offset: 0,
        })?;
        Code::compile(
            &bytes,
            CompileOptions {
                options,
                extra_options: extra,
            },
        )
    }

    fn utf8_code(&self) -> Option<&Code> {
        self.utf8_code
            .get_or_init(|| self.build(true).ok())
            .as_ref()
    }

    /// The pattern as given.
    pub fn pattern(&self) -> &[u8] {
        &self.pattern
    }

    /// Whether the pattern bytes are UTF-8.
    pub fn pattern_is_utf8(&self) -> bool {
        self.pattern_utf8
    }

    /// The modifier letters as given.
    pub fn flag_letters(&self) -> &str {
        &self.flag_letters
    }

    pub fn flags(&self) -> &Flags {
        &self.flags
    }

    /// Number of capture groups.
    pub fn capture_count(&self) -> usize {
        self.capture_count
    }

    /// Group names and their numbers.
    pub fn names(&self) -> &Rc<NameTable> {
        &self.names
    }

    /// Whether matching needs the UTF-8 form (the pattern has code points above 0xFF or
    /// was given as UTF-8); perl would mark such a pattern utf8.
    pub fn is_utf8(&self) -> bool {
        self.byte_code.is_none()
    }

    /// `qr//` stringification, e.g. `(?^i:abc)`.
    pub fn qr_string(&self) -> Vec<u8> {
        super::qr_string::qr_string(
            &self.pattern,
            self.pattern_utf8 || self.is_utf8(),
            &self.flag_letters,
        )
    }

    /// First match at or after byte offset `start`. `subject_utf8` is the subject's utf8 flag.
    pub fn find_at(&self, subject: &[u8], subject_utf8: bool, start: usize) -> Option<MatchInfo> {
        self.find_at_opts(subject, subject_utf8, start, false)
    }

    /// As [`find_at`](Self::find_at); `not_empty_at_start` rejects an empty match at `start`
    /// (perl's rule for the attempt after a zero-length `/g` match, and for every `split` step).
    pub fn find_at_opts(
        &self,
        subject: &[u8],
        subject_utf8: bool,
        start: usize,
        not_empty_at_start: bool,
    ) -> Option<MatchInfo> {
        if start > subject.len() {
            return None;
        }
        let options = if not_empty_at_start {
            PCRE2_NOTEMPTY_ATSTART
        } else {
            0
        };
        if subject_utf8 {
            let raw = self.utf8_code()?.match_at(subject, start, options).ok()??;
            return Some(self.to_info(raw.ovector, raw.mark, None));
        }
        if let Some(code) = &self.byte_code {
            let raw = code.match_at(subject, start, options).ok()??;
            return Some(self.to_info(raw.ovector, raw.mark, None));
        }
        // Byte subject, UTF-only pattern: match the upgraded subject, map offsets back.
        let upgraded = upgrade_latin1(subject);
        let up_start = start + subject[..start].iter().filter(|&&b| b >= 0x80).count();
        let raw = self
            .utf8_code()?
            .match_at(&upgraded, up_start, options)
            .ok()??;
        Some(self.to_info(raw.ovector, raw.mark, Some(&upgraded)))
    }

    fn to_info(
        &self,
        ovector: Vec<usize>,
        mark: Option<Vec<u8>>,
        upgraded: Option<&[u8]>,
    ) -> MatchInfo {
        let back = |off: usize| match upgraded {
            // Count characters (non-continuation bytes) before the offset.
            Some(up) => up[..off].iter().filter(|&&b| (b & 0xC0) != 0x80).count(),
            None => off,
        };
        let mut groups = Vec::with_capacity(self.capture_count + 1);
        for k in 0..=self.capture_count {
            let pair = ovector
                .get(2 * k)
                .copied()
                .zip(ovector.get(2 * k + 1).copied());
            groups.push(match pair {
                Some((s, e)) if s != usize::MAX && e != usize::MAX => Some((back(s), back(e))),
                _ => None,
            });
        }
        MatchInfo {
            groups,
            names: Rc::clone(&self.names),
            mark,
        }
    }

    /// Iterate over all matches from `start` with perl's `/g` rule for empty matches.
    pub fn find_iter<'r, 's>(
        &'r self,
        subject: &'s [u8],
        subject_utf8: bool,
        start: usize,
    ) -> GlobalMatches<'r, 's> {
        GlobalMatches {
            re: self,
            subject,
            utf8: subject_utf8,
            pos: start,
            last_empty: false,
            done: false,
        }
    }
}

/// Successive `/g` matches. After a zero-length match at p, the next attempt starts at p but
/// may not be empty there (perl's rule: `"aaa" =~ /a*?/g` yields "", "a", "", "a", ...).
pub struct GlobalMatches<'r, 's> {
    re: &'r PerlRegex,
    subject: &'s [u8],
    utf8: bool,
    pos: usize,
    last_empty: bool,
    done: bool,
}

impl Iterator for GlobalMatches<'_, '_> {
    type Item = MatchInfo;

    fn next(&mut self) -> Option<MatchInfo> {
        if self.done {
            return None;
        }
        let Some(m) = self
            .re
            .find_at_opts(self.subject, self.utf8, self.pos, self.last_empty)
        else {
            self.done = true;
            return None;
        };
        self.last_empty = m.start() == m.end();
        self.pos = m.end();
        Some(m)
    }
}
