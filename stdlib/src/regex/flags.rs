//! Perl's pattern modifier letters (`/imsxxnp` plus the charset letters `a aa u l d`).

use super::error::{RegexError, RegexErrorKind};

/// Which character-set rules apply (perl's `/d /u /a /aa /l`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Charset {
    /// `/d`: native rules for byte strings, Unicode rules for utf8 strings.
    #[default]
    Depends,
    /// `/u`: Unicode rules always.
    Unicode,
    /// `/a`: `\d \s \w` and POSIX classes are ASCII-only.
    Ascii,
    /// `/aa`: as `/a`, and no case folds between ASCII and non-ASCII.
    AsciiStrict,
    /// `/l`: locale rules; run here as `/d` (the C locale).
    Locale,
}

/// The modifiers that change how a pattern compiles. `g c e r o` are accepted and ignored:
/// they belong to the match operator, which the caller implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Flags {
    pub caseless: bool,
    pub multiline: bool,
    pub dotall: bool,
    pub extended: bool,
    pub extended_more: bool,
    pub no_auto_capture: bool,
    pub preserve: bool,
    pub charset: Charset,
}

impl Flags {
    /// Parse modifier letters as written after a match operator, e.g. `"gimsx"`.
    pub fn parse(letters: &str) -> Result<Flags, RegexError> {
        let mut f = Flags::default();
        let mut a_count = 0;
        let mut charset_letters = 0;
        for c in letters.chars() {
            match c {
                'i' => f.caseless = true,
                'm' => f.multiline = true,
                's' => f.dotall = true,
                'x' => {
                    if f.extended {
                        f.extended_more = true;
                    }
                    f.extended = true;
                }
                'n' => f.no_auto_capture = true,
                'p' => f.preserve = true,
                'a' => {
                    a_count += 1;
                    if a_count > 2 {
                        return Err(bad_flag(
                            "Regexp modifier \"a\" may appear a maximum of twice",
                        ));
                    }
                    if a_count == 1 {
                        charset_letters += 1;
                    }
                    f.charset = if a_count == 2 {
                        Charset::AsciiStrict
                    } else {
                        Charset::Ascii
                    };
                }
                'u' | 'l' | 'd' => {
                    charset_letters += 1;
                    f.charset = match c {
                        'u' => Charset::Unicode,
                        'l' => Charset::Locale,
                        _ => Charset::Depends,
                    };
                }
                'g' | 'c' | 'e' | 'r' | 'o' => {}
                _ => return Err(bad_flag(&format!("Unknown regexp modifier \"/{c}\""))),
            }
            if charset_letters > 1 {
                return Err(bad_flag(
                    "Regexp modifiers \"/a\" and \"/u\" are mutually exclusive",
                ));
            }
        }
        Ok(f)
    }

    /// Whether Unicode rules apply when matching in the given mode (perl's `/u` decision).
    pub fn unicode_rules(&self, utf8_mode: bool) -> bool {
        match self.charset {
            Charset::Unicode => true,
            Charset::Ascii | Charset::AsciiStrict => false,
            Charset::Depends | Charset::Locale => utf8_mode,
        }
    }
}

fn bad_flag(msg: &str) -> RegexError {
    RegexError {
        kind: RegexErrorKind::BadFlag,
        message: msg.to_string(),
        offset: None,
    }
}
