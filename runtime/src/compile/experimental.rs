//! perl 5.36's default-on "... is experimental" compile-time warnings for the syntax this
//! crate accepts early (try/catch, `for my (..)`, refaliasing, declared refs, smartmatch),
//! and their silencing by `no warnings`, `no warnings 'experimental::NAME'` and
//! `use experimental 'NAME'`. The silenced set is kept in high bits of the lexical
//! feature word, so string evals inherit it with the features.

use super::Compiler;

pub const QUIET_TRY: u32 = 1 << 16;
pub const QUIET_FOR_LIST: u32 = 1 << 17;
pub const QUIET_REFALIAS: u32 = 1 << 18;
pub const QUIET_DECLARED_REFS: u32 = 1 << 19;
pub const QUIET_SMARTMATCH: u32 = 1 << 20;
const QUIET_ALL: u32 =
    QUIET_TRY | QUIET_FOR_LIST | QUIET_REFALIAS | QUIET_DECLARED_REFS | QUIET_SMARTMATCH;

/// The warning bit of an experimental name, with the names `experimental.pm` adds to it.
fn bits_of(name: &str) -> u32 {
    match name {
        "try" => QUIET_TRY,
        "for_list" => QUIET_FOR_LIST,
        "refaliasing" => QUIET_REFALIAS,
        "declared_refs" => QUIET_DECLARED_REFS | QUIET_REFALIAS,
        "smartmatch" | "switch" => QUIET_SMARTMATCH,
        _ => 0,
    }
}

impl<'a> Compiler<'a> {
    /// Warns `msg` at `line` unless the warning is silenced here.
    pub(super) fn experimental_warning(&mut self, bit: u32, msg: &str, line: u32) {
        if self.prag.features & bit != 0 {
            return;
        }
        let file = self.file.clone();
        self.interp
            .warn_msg(&format!("{msg} is experimental at {file} line {line}.\n"));
    }

    /// `use/no warnings LIST`, `use/no experimental LIST`, `use v5.36` (`on` = enable
    /// the pragma): the silenced set after it.
    pub(super) fn experimental_pragma(&mut self, module: &str, on: bool, args: &[String]) {
        let f = &mut self.prag.features;
        match module {
            "warnings" => {
                let mut bits = 0;
                for a in args {
                    bits |= match a.as_str() {
                        "all" | "experimental" => QUIET_ALL,
                        a => a.strip_prefix("experimental::").map_or(0, bits_of),
                    };
                }
                if args.is_empty() {
                    bits = QUIET_ALL;
                }
                if on {
                    *f &= !bits;
                } else {
                    *f |= bits;
                }
            }
            "experimental" => {
                let bits = args.iter().fold(0, |b, a| b | bits_of(a));
                if on {
                    *f |= bits;
                } else {
                    *f &= !bits;
                }
            }
            // `use v5.35` and later turn on all warnings
            _ => *f &= !QUIET_ALL,
        }
    }
}
