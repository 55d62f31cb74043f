//! perl's transliteration (`tr///` and `y///`) as a pure function: compile the search and
//! replacement lists (ranges, `/c` complement, `/d` delete, `/s` squeeze), then apply the
//! map to a byte or utf8 string, returning the new string and perl's count. `/r` is the
//! caller's business (apply to a copy).

use crate::sprintf::utf8;

/// One element of a search/replacement list after the parser processed escapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrItem {
    Char(u32),
    /// An inclusive range `lo-hi`.
    Range(u32, u32),
}

/// The `c`, `d`, `s` modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrFlags {
    pub complement: bool,
    pub delete: bool,
    pub squeeze: bool,
}

/// A compile-time error perl reports for a `tr` list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransError {
    /// `Invalid range "z-a" in transliteration operator` (the two ends as given).
    InvalidRange(u32, u32),
    /// `Ambiguous range in transliteration operator` (`a-c-e`).
    AmbiguousRange,
}

impl TransError {
    pub fn message(&self) -> String {
        match self {
            TransError::InvalidRange(lo, hi) => {
                let show = |c: u32| match char::from_u32(c) {
                    Some(ch) if c >= 0x20 && c != 0x7f => ch.to_string(),
                    _ => format!("\\x{{{c:04X}}}"),
                };
                format!(
                    "Invalid range \"{}-{}\" in transliteration operator",
                    show(*lo),
                    show(*hi)
                )
            }
            TransError::AmbiguousRange => "Ambiguous range in transliteration operator".into(),
        }
    }
}

/// Splits an unescaped code-point list into items: `-` between two characters makes a range,
/// a leading or trailing `-` is literal (as in perl when no escapes are involved).
pub fn items_from_chars(chars: &[u32]) -> Result<Vec<TrItem>, TransError> {
    let dash = b'-' as u32;
    let mut items = Vec::new();
    let mut i = 0;
    let mut last_was_range = false;
    while i < chars.len() {
        let c = chars[i];
        if i + 2 < chars.len() && chars[i + 1] == dash {
            let hi = chars[i + 2];
            if hi < c {
                return Err(TransError::InvalidRange(c, hi));
            }
            items.push(TrItem::Range(c, hi));
            i += 3;
            last_was_range = true;
            continue;
        }
        if c == dash && last_was_range && i + 1 < chars.len() {
            return Err(TransError::AmbiguousRange);
        }
        items.push(TrItem::Char(c));
        last_was_range = false;
        i += 1;
    }
    Ok(items)
}

/// A compile-time warning (category `misc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransWarning {
    /// `Useless use of /d modifier in transliteration operator`.
    UselessDelete,
    /// `Replacement list is longer than search list`.
    ReplacementLonger,
}

impl TransWarning {
    pub fn message(&self) -> &'static str {
        match self {
            TransWarning::UselessDelete => "Useless use of /d modifier in transliteration operator",
            TransWarning::ReplacementLonger => "Replacement list is longer than search list",
        }
    }
}

/// What a character maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mapped {
    Unmapped,
    Delete,
    To(u32),
}

/// A compiled transliteration.
#[derive(Debug, Clone)]
pub struct Trans {
    /// Search ranges in list order with the list index of their first character.
    search: Vec<OffsetRange>,
    /// The search set as sorted disjoint ranges (for `/c`).
    merged: Vec<(u32, u32)>,
    repl: Vec<OffsetRange>,
    repl_len: u64,
    search_len: u64,
    flags: TrFlags,
    byte_map: [Mapped; 256],
}

/// The result of applying a transliteration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransResult {
    pub bytes: Vec<u8>,
    pub utf8: bool,
    /// perl's return value: characters translated or deleted.
    pub count: usize,
}

/// An inclusive range of a list and the list index of its first character.
type OffsetRange = (u32, u32, u64);

fn with_offsets(items: &[TrItem]) -> Result<(Vec<OffsetRange>, u64), TransError> {
    let mut out = Vec::with_capacity(items.len());
    let mut off = 0u64;
    for it in items {
        let (lo, hi) = match *it {
            TrItem::Char(c) => (c, c),
            TrItem::Range(lo, hi) if lo <= hi => (lo, hi),
            TrItem::Range(lo, hi) => return Err(TransError::InvalidRange(lo, hi)),
        };
        out.push((lo, hi, off));
        off += (hi - lo) as u64 + 1;
    }
    Ok((out, off))
}

impl Trans {
    /// Compiles `tr/SEARCH/REPLACEMENT/flags`.
    pub fn new(search: &[TrItem], repl: &[TrItem], flags: TrFlags) -> Result<Trans, TransError> {
        let (search, search_len) = with_offsets(search)?;
        let (repl, repl_len) = with_offsets(repl)?;
        let mut sorted: Vec<(u32, u32)> = search.iter().map(|&(lo, hi, _)| (lo, hi)).collect();
        sorted.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::new();
        for (lo, hi) in sorted {
            match merged.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        let mut t = Trans {
            search,
            merged,
            repl,
            repl_len,
            search_len,
            flags,
            byte_map: [Mapped::Unmapped; 256],
        };
        for b in 0..256u32 {
            t.byte_map[b as usize] = t.map_slow(b);
        }
        Ok(t)
    }

    /// Convenience: compile from unescaped code-point lists (see [`items_from_chars`]).
    pub fn from_chars(search: &[u32], repl: &[u32], flags: TrFlags) -> Result<Trans, TransError> {
        Trans::new(&items_from_chars(search)?, &items_from_chars(repl)?, flags)
    }

    /// The warning perl emits when compiling this `tr`, if any.
    pub fn compile_warning(&self) -> Option<TransWarning> {
        if self.flags.complement {
            None
        } else if self.flags.delete && self.repl_len != 0 && self.repl_len == self.search_len {
            Some(TransWarning::UselessDelete)
        } else if self.repl_len > self.search_len {
            Some(TransWarning::ReplacementLonger)
        } else {
            None
        }
    }

    /// Whether applying can change the string (false for a pure count such as `tr/a-z//`).
    pub fn modifies(&self) -> bool {
        self.repl_len > 0 || self.flags.delete || self.flags.squeeze
    }

    /// The position of `c` in the (possibly complemented) search list.
    fn index_of(&self, c: u32) -> Option<u64> {
        if self.flags.complement {
            let mut below = 0u64;
            for &(lo, hi) in &self.merged {
                if c >= lo && c <= hi {
                    return None;
                }
                if hi < c {
                    below += (hi - lo) as u64 + 1;
                }
            }
            Some(c as u64 - below)
        } else {
            self.search
                .iter()
                .find(|&&(lo, hi, _)| c >= lo && c <= hi)
                .map(|&(lo, _, off)| off + (c - lo) as u64)
        }
    }

    fn repl_at(&self, i: u64) -> u32 {
        for &(lo, hi, off) in &self.repl {
            if i >= off && i <= off + (hi - lo) as u64 {
                return lo + (i - off) as u32;
            }
        }
        0
    }

    fn map_slow(&self, c: u32) -> Mapped {
        let Some(i) = self.index_of(c) else {
            return Mapped::Unmapped;
        };
        if i < self.repl_len {
            Mapped::To(self.repl_at(i))
        } else if self.flags.delete {
            Mapped::Delete
        } else if self.repl_len == 0 {
            Mapped::To(c)
        } else {
            Mapped::To(self.repl_at(self.repl_len - 1))
        }
    }

    fn map(&self, c: u32) -> Mapped {
        if c < 256 {
            self.byte_map[c as usize]
        } else {
            self.map_slow(c)
        }
    }

    /// Applies the transliteration to `s` (bytes, or UTF-8 when `utf8`).
    pub fn apply(&self, s: &[u8], utf8_in: bool) -> TransResult {
        // Decode into characters (each with its original bytes for unmapped copies).
        let mut out_chars: Vec<u32> = Vec::with_capacity(s.len());
        let mut count = 0usize;
        let mut prev: Option<u32> = None;
        let mut wide = false;
        let mut i = 0;
        while i < s.len() {
            let (c, len) = if utf8_in {
                let (c, l) = utf8::decode(&s[i..]);
                (c as u32, l.max(1))
            } else {
                (s[i] as u32, 1)
            };
            i += len;
            match self.map(c) {
                Mapped::Unmapped => {
                    out_chars.push(c);
                    prev = None;
                }
                Mapped::Delete => count += 1,
                Mapped::To(t) => {
                    count += 1;
                    if !(self.flags.squeeze && prev == Some(t)) {
                        out_chars.push(t);
                        wide |= t > 255;
                        prev = Some(t);
                    }
                }
            }
        }
        let utf8_out = utf8_in || wide;
        let mut bytes = Vec::with_capacity(out_chars.len());
        for c in out_chars {
            if utf8_out {
                utf8::encode(c as u64, &mut bytes);
            } else {
                bytes.push(c as u8);
            }
        }
        TransResult {
            bytes,
            utf8: utf8_out,
            count,
        }
    }
}
