//! Perl regular expressions on PCRE2: perl syntax is translated to PCRE2's, matched over
//! bytes (byte strings) or UTF-8 (utf8 strings), with perl's `@-`/`@+`, `%+`, `$+`, `/g`,
//! `split` and `s///` semantics. Pure: no interpreter types. See `README.md` for the files.

mod cache;
mod compile;
mod error;
mod flags;
mod match_info;
mod pcre2_code;
mod properties;
mod qr_string;
mod split;
mod subst;
mod translate;

pub use cache::{cached_compile, RegexCache};
pub use compile::{upgrade_latin1, GlobalMatches, PerlRegex};
pub use error::{RegexError, RegexErrorKind};
pub use flags::{Charset, Flags};
pub use match_info::{MatchInfo, NameTable};
pub use qr_string::qr_string;
pub use split::{fields_to_bytes, split, split_awk, split_flags, Field};
pub use subst::{substitute, Substituted};
