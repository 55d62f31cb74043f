//! The last successful match (`$1`, `$&`, `@-`, `%+`) and `pos()` of matched scalars.

use super::Interp;
use crate::compile::node::MatchAgg;
use crate::value::{AvCell, HvCell, PerlString, Value};
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Default)]
pub struct MatchState {
    pub subject: Rc<PerlString>,
    pub groups: Vec<Option<(usize, usize)>>,
    /// `pos()` per scalar cell address: (string identity, byte offset).
    pub pos: HashMap<usize, (usize, usize)>,
    pub last_regex: Option<Rc<crate::value::RegexVal>>,
    /// Where a scalar `//g` last matched the empty string (to step past it next time).
    pub empty: HashMap<usize, usize>,
}

/// The last match as a block or sub saw it on entry (match variables are dynamically
/// scoped: a block's own matches are forgotten when it exits).
pub struct SavedMatch {
    subject: Rc<PerlString>,
    groups: Vec<Option<(usize, usize)>>,
    last_regex: Option<Rc<crate::value::RegexVal>>,
}

impl Interp {
    pub fn save_match(&self) -> SavedMatch {
        SavedMatch {
            subject: self.re.subject.clone(),
            groups: self.re.groups.clone(),
            last_regex: self.re.last_regex.clone(),
        }
    }

    pub fn restore_match(&mut self, saved: SavedMatch) {
        self.re.subject = saved.subject;
        self.re.groups = saved.groups;
        self.re.last_regex = saved.last_regex;
    }

    /// The named groups of the last successful match's pattern: (name, group number).
    fn match_names(&self) -> Vec<(String, usize)> {
        match &self.re.last_regex {
            Some(r) if !self.re.groups.is_empty() => r.re.names(),
            _ => Vec::new(),
        }
    }

    fn group_str(&self, i: usize) -> Value {
        match self.re.groups.get(i).copied().flatten() {
            Some((s, e)) => {
                let sub = &self.re.subject;
                Value::pstr(PerlString {
                    bytes: sub.bytes[s..e].to_vec(),
                    utf8: sub.utf8,
                })
            }
            None => Value::Undef,
        }
    }

    pub fn match_group(&self, i: usize) -> Value {
        self.group_str(i)
    }

    /// `$&` (0), `` $` `` (1), `$'` (2), `$+` (3), `$^N` (4); `${^MATCH}`, `${^PREMATCH}`,
    /// `${^POSTMATCH}` (5-7) are set only when the last match used `/p`.
    pub fn match_special(&self, k: u8) -> Value {
        if k >= 5 {
            let p = self
                .re
                .last_regex
                .as_ref()
                .is_some_and(|r| r.flags.contains('p'));
            return if p {
                self.match_special(k - 5)
            } else {
                Value::Undef
            };
        }
        let Some(Some((s, e))) = self.re.groups.first().copied() else {
            return Value::Undef;
        };
        let sub = &self.re.subject;
        let mk = |b: &[u8]| {
            Value::pstr(PerlString {
                bytes: b.to_vec(),
                utf8: sub.utf8,
            })
        };
        match k {
            0 => mk(&sub.bytes[s..e]),
            1 => mk(&sub.bytes[..s]),
            2 => mk(&sub.bytes[e..]),
            4 => match self.last_closed_group() {
                Some(i) => self.group_str(i),
                None => Value::Undef,
            },
            _ => {
                for i in (1..self.re.groups.len()).rev() {
                    if self.re.groups[i].is_some() {
                        return self.group_str(i);
                    }
                }
                Value::Undef
            }
        }
    }

    pub fn named_captures(&self) -> crate::value::Hv {
        let hv = HvCell::new_hv();
        for (name, idx) in &self.match_names() {
            let key = PerlString::bytes(name.as_bytes());
            if hv.get(&key).is_some() {
                continue;
            }
            let v = self.group_str(*idx);
            if !v.is_undef() {
                hv.set(key, v);
            }
        }
        hv
    }

    /// `$^N`: the most recently closed group. PCRE2 does not report closing order, so this
    /// takes the set group ending last; among equal ends the one starting later, and among
    /// identical spans the outermost (lowest number) — exact for nesting and sequence.
    fn last_closed_group(&self) -> Option<usize> {
        let mut best: Option<(usize, (usize, usize))> = None;
        for (k, g) in self.re.groups.iter().enumerate().skip(1) {
            if let Some(span) = *g {
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

    /// `%-`: every group name mapped to an array of its groups' values (undef where unset).
    pub fn named_captures_all(&self) -> crate::value::Hv {
        let hv = HvCell::new_hv();
        for (name, idx) in &self.match_names() {
            let key = PerlString::bytes(name.as_bytes());
            let v = self.group_str(*idx);
            match hv.get(&key) {
                Some(Value::ArrayRef(a)) => a.push(v),
                _ => {
                    let a = AvCell::new_av();
                    a.push(v);
                    hv.set(key, Value::ArrayRef(a));
                }
            }
        }
        hv
    }

    /// A fresh `\@-`, `\@+`, `\%+` or `\%-` of the last match.
    pub fn match_agg_ref(&self, which: MatchAgg) -> Value {
        match which {
            MatchAgg::Starts | MatchAgg::Ends => {
                let mut out = Vec::new();
                self.match_offsets(which == MatchAgg::Ends, &mut out);
                let av = AvCell::new_av();
                for v in out {
                    av.push(v);
                }
                Value::ArrayRef(av)
            }
            MatchAgg::Captures => {
                let av = AvCell::new_av();
                for i in 1..self.re.groups.len() {
                    av.push(self.group_str(i));
                }
                Value::ArrayRef(av)
            }
            MatchAgg::Named => Value::HashRef(self.named_captures()),
            MatchAgg::NamedAll => Value::HashRef(self.named_captures_all()),
        }
    }

    /// `@-` (`end` false: up to the last group that matched) or `@+` (`end` true: every
    /// group of the pattern), as character offsets.
    pub fn match_offsets(&self, end: bool, out: &mut Vec<Value>) {
        let sub = &self.re.subject;
        let mut last_set = 0;
        for (i, g) in self.re.groups.iter().enumerate() {
            if g.is_some() || (end && !self.re.groups.is_empty() && self.re.groups[0].is_some()) {
                last_set = i;
            }
        }
        for g in self.re.groups.iter().take(last_set + 1) {
            out.push(match g {
                Some((s, e)) => Value::Int(sub.byte_to_char(if end { *e } else { *s }) as i64),
                None => Value::Undef,
            });
        }
    }
}
