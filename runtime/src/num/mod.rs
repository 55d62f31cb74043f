//! Perl's number <-> string rules as pure functions (no interpreter types), so the executor,
//! the builtins and the tests all share one definition.

pub mod format;
pub mod incr;
pub mod parse;

pub use format::format_nv;
pub use incr::string_increment;
pub use parse::{looks_like_number, parse_number, NumValue, ParsedNumber};
