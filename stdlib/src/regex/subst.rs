//! `s///` over [`PerlRegex`]: the caller supplies the replacement for each match (it
//! evaluates `$1`, `/e` code and so on); this builds the new string with perl's `/g` rule
//! for empty matches (`s/x*/-/g` on "abc" gives "-a-b-c-") and counts substitutions.

use super::compile::PerlRegex;
use super::match_info::MatchInfo;

/// The outcome of a substitution: the new bytes (only meaningful when `count > 0`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Substituted {
    pub result: Vec<u8>,
    pub count: usize,
}

/// Replace the first match (or every match when `global`) from byte offset `start`.
/// The replacement bytes must be in the subject's encoding (the caller upgrades either side
/// first if their utf8 flags differ). An error from the callback stops the substitution.
pub fn substitute<E>(
    re: &PerlRegex,
    subject: &[u8],
    subject_utf8: bool,
    global: bool,
    mut replacement: impl FnMut(&MatchInfo) -> Result<Vec<u8>, E>,
) -> Result<Substituted, E> {
    let mut result = Vec::new();
    let mut copied_to = 0;
    let mut count = 0;
    for m in re.find_iter(subject, subject_utf8, 0) {
        let repl = replacement(&m)?;
        result.extend_from_slice(&subject[copied_to..m.start()]);
        result.extend_from_slice(&repl);
        copied_to = m.end();
        count += 1;
        if !global {
            break;
        }
    }
    if count > 0 {
        result.extend_from_slice(&subject[copied_to..]);
    }
    Ok(Substituted { result, count })
}
