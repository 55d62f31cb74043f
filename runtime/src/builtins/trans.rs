//! `tr///`: the character map built once at compile time (ranges expanded; flags c, d,
//! s, r).

use crate::value::PerlString;
use std::collections::HashMap;

pub struct TransMap {
    map: HashMap<u32, Option<u32>>,
    /// With `/c`: chars not in the search list map to the last replacement char (or are
    /// deleted with `/d`).
    complement: Option<Option<u32>>,
    squeeze: bool,
    pub return_new: bool,
    identity: bool,
}

/// Expands a list as the parser leaves it: `a-z` ranges; an escaped `-` or backslash (kept
/// escaped in the AST) is a literal char that never forms a range.
fn expand(s: &str) -> Vec<u32> {
    // (char, escaped)
    let mut items: Vec<(u32, bool)> = Vec::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\\' {
            if let Some(&n) = it.peek() {
                if n == '-' || n == '\\' {
                    it.next();
                    items.push((n as u32, true));
                    continue;
                }
            }
        }
        items.push((c as u32, false));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        if i + 2 < items.len() && items[i + 1] == ('-' as u32, false) {
            let (a, b) = (items[i].0, items[i + 2].0);
            if a <= b {
                out.extend(a..=b);
            }
            i += 3;
        } else {
            out.push(items[i].0);
            i += 1;
        }
    }
    out
}

impl TransMap {
    pub fn new(from: &str, to: &str, flags: &str) -> TransMap {
        let f = expand(from);
        let mut t = expand(to);
        let delete = flags.contains('d');
        let identity = t.is_empty() && !delete;
        if t.is_empty() && !delete {
            t = f.clone();
        }
        let mut map = HashMap::new();
        let complement = if flags.contains('c') {
            Some(if identity {
                Some(u32::MAX)
            } else if delete && expand(to).is_empty() {
                None
            } else {
                expand(to).last().copied()
            })
        } else {
            for (i, c) in f.iter().enumerate() {
                if map.contains_key(c) {
                    continue;
                }
                let r = if i < t.len() {
                    Some(t[i])
                } else if delete {
                    None
                } else {
                    t.last().copied()
                };
                map.insert(*c, r);
            }
            None
        };
        if complement.is_some() {
            for c in &f {
                map.insert(*c, Some(*c));
            }
        }
        TransMap {
            map,
            complement,
            squeeze: flags.contains('s'),
            return_new: flags.contains('r'),
            identity: identity && !flags.contains('c'),
        }
    }

    pub fn modifies(&self) -> bool {
        !self.identity || self.squeeze
    }

    /// Returns (count of matched chars, new string).
    pub fn apply(&self, s: &PerlString) -> (usize, PerlString) {
        let cps = s.chars();
        let mut out = Vec::with_capacity(cps.len());
        let mut count = 0;
        let mut last: Option<u32> = None;
        for c in cps {
            let r = match self.complement {
                Some(repl) => {
                    if self.map.contains_key(&c) {
                        out.push(c);
                        last = None;
                        continue;
                    }
                    Some(repl)
                }
                None => self.map.get(&c).copied(),
            };
            match r {
                None => {
                    out.push(c);
                    last = None;
                }
                Some(mapped) => {
                    count += 1;
                    match mapped {
                        Some(u32::MAX) => out.push(c),
                        Some(m) => {
                            if self.squeeze && last == Some(m) {
                                continue;
                            }
                            out.push(m);
                            last = Some(m);
                        }
                        None => {}
                    }
                }
            }
        }
        (count, PerlString::from_chars(&out, s.utf8))
    }
}
