//! Compiled-pattern cache: a pattern with the same bytes, utf8 flag and modifiers is
//! compiled once. The executor can also hold the returned `Rc<PerlRegex>` itself (e.g. on
//! the op of a constant pattern) and skip the lookup entirely.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::compile::PerlRegex;
use super::error::RegexError;

type Key = (Vec<u8>, bool, String);

/// A bounded map from (pattern, utf8, flags) to compiled patterns.
pub struct RegexCache {
    map: HashMap<Key, Rc<PerlRegex>>,
    capacity: usize,
}

impl Default for RegexCache {
    fn default() -> Self {
        RegexCache::with_capacity(1024)
    }
}

impl RegexCache {
    /// A cache holding at most `capacity` patterns; when full it is emptied (interpolated
    /// patterns that change on every call must not grow memory without bound).
    pub fn with_capacity(capacity: usize) -> RegexCache {
        RegexCache {
            map: HashMap::new(),
            capacity: capacity.max(1),
        }
    }

    /// The compiled form of the pattern, compiling it on first use.
    pub fn get(
        &mut self,
        pattern: &[u8],
        utf8: bool,
        flags: &str,
    ) -> Result<Rc<PerlRegex>, RegexError> {
        let key: Key = (pattern.to_vec(), utf8, flags.to_string());
        if let Some(re) = self.map.get(&key) {
            return Ok(Rc::clone(re));
        }
        let re = Rc::new(PerlRegex::compile(pattern, utf8, flags)?);
        if self.map.len() >= self.capacity {
            self.map.clear();
        }
        self.map.insert(key, Rc::clone(&re));
        Ok(re)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

thread_local! {
    static CACHE: RefCell<RegexCache> = RefCell::new(RegexCache::default());
}

/// Compile through this thread's shared cache.
pub fn cached_compile(
    pattern: &[u8],
    utf8: bool,
    flags: &str,
) -> Result<Rc<PerlRegex>, RegexError> {
    CACHE.with(|c| c.borrow_mut().get(pattern, utf8, flags))
}
