//! The containers values point into: scalar cells, arrays, hashes, subs, globs, I/O handles.
//! Everything is `Rc`-shared: aliasing (`foreach`, `@_`, `\$x`) shares the same cell.

use super::{PerlString, Value};
use crate::compile::node::SubBody;
use crate::io::Handle;
use indexmap::IndexMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Package name a referent is blessed into.
pub type Blessed = RefCell<Option<Rc<str>>>;

#[derive(Default)]
pub struct SvCell {
    pub v: RefCell<Value>,
    pub blessed: Blessed,
    pub readonly: Cell<bool>,
    /// An array slot that was never stored to (or was deleted): `exists` is false.
    pub hole: Cell<bool>,
    /// A writable copy standing in `@_` for a read-only argument (a literal constant):
    /// `Scalar::Util::readonly` still reports it.
    pub was_readonly: Cell<bool>,
}
pub type Sv = Rc<SvCell>;

impl SvCell {
    pub fn new_sv(v: Value) -> Sv {
        Rc::new(SvCell {
            v: RefCell::new(v),
            blessed: RefCell::new(None),
            readonly: Cell::new(false),
            hole: Cell::new(false),
            was_readonly: Cell::new(false),
        })
    }
    /// An empty array slot (see `hole`).
    pub fn new_hole() -> Sv {
        let s = SvCell::new_sv(Value::Undef);
        s.hole.set(true);
        s
    }
    pub fn readonly_sv(v: Value) -> Sv {
        let s = SvCell::new_sv(v);
        s.readonly.set(true);
        s
    }
    #[inline]
    pub fn get(&self) -> Value {
        self.v.borrow().clone()
    }
    /// Stores without the read-only check (internal use).
    #[inline]
    pub fn put(&self, v: Value) {
        *self.v.borrow_mut() = v;
    }
}

#[derive(Default)]
pub struct AvCell {
    pub v: RefCell<std::collections::VecDeque<Sv>>,
    pub blessed: Blessed,
}
pub type Av = Rc<AvCell>;

impl AvCell {
    pub fn new_av() -> Av {
        Rc::new(AvCell::default())
    }
    pub fn from_values(vals: impl IntoIterator<Item = Value>) -> Av {
        Rc::new(AvCell {
            v: RefCell::new(vals.into_iter().map(SvCell::new_sv).collect()),
            blessed: RefCell::new(None),
        })
    }
    pub fn len(&self) -> usize {
        self.v.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.v.borrow().is_empty()
    }
    pub fn values(&self) -> Vec<Value> {
        self.v.borrow().iter().map(|s| s.get()).collect()
    }
    /// Element cell, growing the array (autovivifying the element).
    pub fn elem_lv(&self, idx: usize) -> Sv {
        let mut v = self.v.borrow_mut();
        if v.len() <= idx {
            while v.len() < idx {
                v.push_back(SvCell::new_hole());
            }
            v.push_back(SvCell::new_sv(Value::Undef));
        }
        let sv = &v[idx];
        sv.hole.set(false);
        sv.clone()
    }
    pub fn get(&self, idx: usize) -> Option<Value> {
        self.v.borrow().get(idx).map(|s| s.get())
    }
    pub fn push(&self, val: Value) {
        self.v.borrow_mut().push_back(SvCell::new_sv(val));
    }
    /// Whether slot `ix` (already made non-negative) holds an element (`exists`).
    pub fn exists(&self, ix: usize) -> bool {
        self.v.borrow().get(ix).is_some_and(|s| !s.hole.get())
    }
    /// `delete $a[ix]`: the slot becomes a hole; deleting at the end shrinks the array past
    /// any trailing holes, as perl does. Returns the old value.
    pub fn delete(&self, ix: usize) -> Value {
        let mut v = self.v.borrow_mut();
        let Some(old) = v.get(ix).map(|s| s.get()) else {
            return Value::Undef;
        };
        if ix + 1 == v.len() {
            v.pop_back();
            while v.back().is_some_and(|s| s.hole.get()) {
                v.pop_back();
            }
        } else {
            v[ix] = SvCell::new_hole();
        }
        old
    }
    pub fn set_values(&self, vals: Vec<Value>) {
        *self.v.borrow_mut() = vals.into_iter().map(SvCell::new_sv).collect();
    }
}

/// Hash keys: normalized so that equal strings are equal keys whatever their utf8 flag
/// (flagged only when some char is above 255).
pub type HKey = PerlString;

pub fn hkey(s: PerlString) -> HKey {
    if s.utf8 {
        if let Some(b) = s.downgraded() {
            return PerlString::bytes(b);
        }
    }
    s
}

/// The hasher of perl hashes: foldhash, randomly seeded per map like perl's hash seed, and
/// several times cheaper than SipHash on the short keys scripts use.
pub type HashState = foldhash::fast::RandomState;

#[derive(Default)]
pub struct HvCell {
    pub v: RefCell<IndexMap<HKey, Sv, HashState>>,
    pub blessed: Blessed,
    /// `each` iterator position.
    pub iter: Cell<usize>,
}
pub type Hv = Rc<HvCell>;

impl HvCell {
    pub fn new_hv() -> Hv {
        Rc::new(HvCell::default())
    }
    pub fn elem_lv(&self, k: HKey) -> Sv {
        self.v
            .borrow_mut()
            .entry(k)
            .or_insert_with(|| SvCell::new_sv(Value::Undef))
            .clone()
    }
    pub fn get(&self, k: &HKey) -> Option<Value> {
        self.v.borrow().get(k).map(|s| s.get())
    }
    /// `delete $h{k}` in O(1): the last entry moves into the freed slot. perl promises that
    /// deleting the entry `each` just returned is safe, so when that is the one removed the
    /// iterator steps back and still visits the entry moved into its slot.
    pub fn remove(&self, k: &HKey) -> Option<Sv> {
        let (ix, _, sv) = self.v.borrow_mut().swap_remove_full(k)?;
        let it = self.iter.get();
        if it > 0 && ix == it - 1 {
            self.iter.set(ix);
        }
        Some(sv)
    }
    pub fn set(&self, k: HKey, val: Value) {
        let mut m = self.v.borrow_mut();
        match m.get(&k) {
            Some(sv) => sv.put(val),
            None => {
                m.insert(k, SvCell::new_sv(val));
            }
        }
    }
}

/// A native function an embedder or the stdlib registers: gets `@_` values, returns a list.
pub type NativeFn =
    Rc<dyn Fn(&mut crate::Interp, &[Value], crate::Ctx) -> Result<Vec<Value>, crate::Ctl>>;

pub enum CodeBody {
    Perl(Rc<SubBody>),
    Native(NativeFn),
    /// Declared (`sub foo;`) but not defined.
    Stub,
}

/// Pad slot: one lexical variable.
#[derive(Clone)]
pub enum Slot {
    S(Sv),
    A(Av),
    H(Hv),
}

pub struct CodeCell {
    pub name: RefCell<Rc<str>>,
    pub pkg: Rc<str>,
    pub body: CodeBody,
    pub captures: Vec<Slot>,
    /// Mutable: `Scalar::Util::set_prototype` changes it at run time.
    pub proto: RefCell<Option<Rc<str>>>,
    pub blessed: Blessed,
    /// `state` variables live with the closure, created on first use.
    pub state: RefCell<Vec<Option<Slot>>>,
    pub is_constant: Option<Value>,
    /// Calls of this sub in progress (perl's CvDEPTH), for "Deep recursion" warnings.
    pub depth: std::cell::Cell<u32>,
}
pub type Code = Rc<CodeCell>;

pub struct GlobCell {
    pub pkg: Rc<str>,
    pub name: Rc<str>,
    pub sv: RefCell<Sv>,
    pub av: RefCell<Av>,
    pub hv: RefCell<Hv>,
    pub cv: RefCell<Option<Code>>,
    pub io: RefCell<Option<Rc<RefCell<Handle>>>>,
    /// `bless \*FH` / `bless Symbol::gensym()` (IO::Handle objects are blessed globs).
    pub blessed: Blessed,
}
pub type Glob = Rc<GlobCell>;

impl GlobCell {
    pub fn new_glob(pkg: &str, name: &str) -> Glob {
        Rc::new(GlobCell {
            pkg: pkg.into(),
            name: name.into(),
            sv: RefCell::new(SvCell::new_sv(Value::Undef)),
            av: RefCell::new(AvCell::new_av()),
            hv: RefCell::new(HvCell::new_hv()),
            cv: RefCell::new(None),
            io: RefCell::new(None),
            blessed: RefCell::new(None),
        })
    }
    pub fn full_name(&self) -> String {
        format!("{}::{}", self.pkg, self.name)
    }
    #[inline]
    pub fn sv(&self) -> Sv {
        self.sv.borrow().clone()
    }
    #[inline]
    pub fn av(&self) -> Av {
        self.av.borrow().clone()
    }
    #[inline]
    pub fn hv(&self) -> Hv {
        self.hv.borrow().clone()
    }
    pub fn cv(&self) -> Option<Code> {
        self.cv.borrow().clone()
    }
}

/// A compiled regex as the regex provider hands it back.
pub trait CompiledRegex {
    /// Finds the first match at or after byte `start`; returns capture group byte ranges
    /// (group 0 first).
    /// `utf8` is the subject's utf8 flag.
    fn find_at(
        &self,
        subject: &[u8],
        utf8: bool,
        start: usize,
    ) -> Option<Vec<Option<(usize, usize)>>>;
    /// Named groups: (name, group index).
    fn names(&self) -> Vec<(String, usize)>;
    /// The name of the last `(*MARK:NAME)` passed by the most recent successful `find_at`
    /// (perl's `$REGMARK`); providers without verbs keep the default.
    fn last_mark(&self) -> Option<Vec<u8>> {
        None
    }
}

pub struct RegexVal {
    pub re: Rc<dyn CompiledRegex>,
    /// The pattern as written, and its flags (for `(?^i:...)` stringification).
    pub src: PerlString,
    pub flags: String,
    pub blessed: Blessed,
}
