//! The result of one successful match: group offsets with perl's `@-`/`@+` meaning, named
//! groups (`%+`, `%-`), `$+`, `$^N` and the last `(*MARK)` name.

use std::rc::Rc;

/// Group names of one pattern: each name with its group numbers, ascending.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct NameTable {
    pub entries: Vec<(String, Vec<usize>)>,
}

impl NameTable {
    /// Build from PCRE2's `(name, group)` pairs.
    pub fn from_pairs(pairs: &[(String, usize)]) -> NameTable {
        let mut entries: Vec<(String, Vec<usize>)> = Vec::new();
        let mut sorted: Vec<&(String, usize)> = pairs.iter().collect();
        sorted.sort_by_key(|(_, g)| *g);
        for (name, group) in sorted {
            match entries.iter_mut().find(|(n, _)| n == name) {
                Some((_, groups)) => groups.push(*group),
                None => entries.push((name.clone(), vec![*group])),
            }
        }
        NameTable { entries }
    }

    /// The group numbers carrying `name` (empty if none).
    pub fn groups(&self, name: &str) -> &[usize] {
        self.entries
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, g)| g.as_slice())
            .unwrap_or(&[])
    }
}

/// One match. Offsets are byte offsets into the subject as the caller passed it.
#[derive(Debug, Clone)]
pub struct MatchInfo {
    /// Index 0 is the whole match; `None` is a group that did not participate.
    pub groups: Vec<Option<(usize, usize)>>,
    pub names: Rc<NameTable>,
    /// The name of the last `(*MARK:name)` passed (perl's `$REGMARK`).
    pub mark: Option<Vec<u8>>,
}

impl MatchInfo {
    /// `$-[0]`.
    pub fn start(&self) -> usize {
        self.groups[0].map_or(0, |g| g.0)
    }

    /// `$+[0]`.
    pub fn end(&self) -> usize {
        self.groups[0].map_or(0, |g| g.1)
    }

    /// Offsets of group `n` (`$-[n]`, `$+[n]`); `None` when unset or out of range.
    pub fn group(&self, n: usize) -> Option<(usize, usize)> {
        self.groups.get(n).copied().flatten()
    }

    /// The bytes of group `n` in `subject`.
    pub fn group_bytes<'s>(&self, subject: &'s [u8], n: usize) -> Option<&'s [u8]> {
        self.group(n).and_then(|(s, e)| subject.get(s..e))
    }

    /// Number of capture groups in the pattern (perl's `$#+`).
    pub fn capture_count(&self) -> usize {
        self.groups.len() - 1
    }

    /// `$#-`: the highest group number that matched (0 when none did).
    pub fn last_matched_index(&self) -> usize {
        (1..self.groups.len())
            .rev()
            .find(|&k| self.groups[k].is_some())
            .unwrap_or(0)
    }

    /// `$+`: the highest-numbered group that participated in the match.
    pub fn last_paren(&self) -> Option<usize> {
        let k = self.last_matched_index();
        (k > 0).then_some(k)
    }

    /// `$^N`: the most recently closed group. PCRE2 does not report closing order, so this
    /// picks the set group that ends last; among equal ends, the one starting later, and
    /// among groups with identical spans the outermost (lowest number). That is exact for
    /// nesting and sequence; it can differ from perl after backtracking into lookarounds.
    pub fn last_closed(&self) -> Option<usize> {
        let mut best: Option<(usize, (usize, usize))> = None;
        for k in 1..self.groups.len() {
            if let Some(span) = self.groups[k] {
                let better = match best {
                    None => true,
                    Some((_, b)) => span.1 > b.1 || (span.1 == b.1 && span.0 > b.0),
                };
                if better {
                    best = Some((k, span));
                }
            }
        }
        best.map(|(k, _)| k)
    }

    /// `$+{name}`: the leftmost defined group of that name.
    pub fn named(&self, name: &str) -> Option<(usize, usize)> {
        self.names.groups(name).iter().find_map(|&g| self.group(g))
    }

    /// `$-{name}`: every group of that name, in order, `None` where unset.
    pub fn named_all(&self, name: &str) -> Vec<Option<(usize, usize)>> {
        self.names
            .groups(name)
            .iter()
            .map(|&g| self.group(g))
            .collect()
    }

    /// `keys %+`: the names with at least one defined group.
    pub fn defined_names(&self) -> Vec<&str> {
        self.names
            .entries
            .iter()
            .filter(|(_, groups)| groups.iter().any(|&g| self.group(g).is_some()))
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// `keys %-`: every name in the pattern.
    pub fn all_names(&self) -> Vec<&str> {
        self.names.entries.iter().map(|(n, _)| n.as_str()).collect()
    }
}
