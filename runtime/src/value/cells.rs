//! The containers values point into: scalar cells, arrays, hashes, subs, globs, I/O handles.
//! Everything is `Rc`-shared: aliasing (`foreach`, `@_`, `\$x`) shares the same cell.

use super::value_cell::{flag, ValueCell};
use super::{PerlString, Value};
use crate::compile::node::SubBody;
use crate::io::Handle;
use indexmap::IndexMap;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

/// Package name a referent is blessed into.
pub type Blessed = RefCell<Option<Rc<str>>>;

/// A scalar container: what `\$x` points to, an array element, a hash value, a lexical.
/// One 24-byte allocation: the value with its borrow counter, flags and `Sv` reference
/// counts in one `ValueCell`; the class of a blessed scalar lives in a side table, since
/// blessing a scalar is rare.
#[derive(Default)]
pub struct SvCell {
    pub v: ValueCell,
}
pub use super::sv_ptr::{Sv, WeakSv};

thread_local! {
    /// Classes of blessed scalar cells, by cell address (flagged `flag::BLESSED`; the entry
    /// goes when the cell is dropped or unblessed).
    static SV_CLASSES: RefCell<HashMap<usize, Rc<str>>> = RefCell::new(HashMap::new());
}

impl SvCell {
    #[inline]
    pub fn new_sv(v: Value) -> Sv {
        Sv::new(SvCell {
            v: ValueCell::new(v),
        })
    }
    /// An empty array slot (see `hole`).
    pub fn new_hole() -> Sv {
        let s = SvCell::new_sv(Value::Undef);
        s.set_hole(true);
        s
    }
    pub fn readonly_sv(v: Value) -> Sv {
        let s = SvCell::new_sv(v);
        s.set_readonly(true);
        s
    }
    /// Stores are refused ("Modification of a read-only value attempted").
    #[inline]
    pub fn readonly(&self) -> bool {
        self.v.flags() & flag::READONLY != 0
    }
    #[inline]
    pub fn set_readonly(&self, on: bool) {
        self.v.set_flag(flag::READONLY, on)
    }
    /// An array slot that was never stored to (or was deleted): `exists` is false.
    #[inline]
    pub fn hole(&self) -> bool {
        self.v.flags() & flag::HOLE != 0
    }
    #[inline]
    pub fn set_hole(&self, on: bool) {
        self.v.set_flag(flag::HOLE, on)
    }
    /// A writable copy standing in `@_` for a read-only argument (a literal constant):
    /// `Scalar::Util::readonly` still reports it.
    #[inline]
    pub fn was_readonly(&self) -> bool {
        self.v.flags() & flag::WAS_READONLY != 0
    }
    #[inline]
    pub fn set_was_readonly(&self, on: bool) {
        self.v.set_flag(flag::WAS_READONLY, on)
    }
    /// A `\substr(...)` target (perl's LVALUE): stores go back into the string (see
    /// `Interp::lvalue_substr`); it is also marked read-only so plain stores take the slow
    /// path.
    #[inline]
    pub fn lvalue(&self) -> bool {
        self.v.flags() & flag::LVALUE != 0
    }
    #[inline]
    pub fn set_lvalue(&self, on: bool) {
        self.v.set_flag(flag::LVALUE, on)
    }
    /// No flag set: writable, not a hole, not blessed, not an lvalue proxy.
    #[inline]
    pub fn is_plain(&self) -> bool {
        self.v.flags() == 0
    }
    /// The package this scalar is blessed into.
    #[inline]
    pub fn blessed(&self) -> Option<Rc<str>> {
        if self.v.flags() & flag::BLESSED == 0 {
            return None;
        }
        let key = self as *const SvCell as usize;
        SV_CLASSES.with(|t| t.borrow().get(&key).cloned())
    }
    /// `bless` (Some) or forgetting the class (None).
    pub fn set_blessed(&self, class: Option<Rc<str>>) {
        let key = self as *const SvCell as usize;
        self.v.set_flag(flag::BLESSED, class.is_some());
        SV_CLASSES.with(|t| match class {
            Some(c) => {
                t.borrow_mut().insert(key, c);
            }
            None => {
                t.borrow_mut().remove(&key);
            }
        });
    }
    /// Forgets the class without running anything (an object freed during thread exit,
    /// when its DESTROY can no longer be queued).
    pub fn forget_blessed(&self) {
        if self.v.flags() & flag::BLESSED != 0 {
            self.v.set_flag(flag::BLESSED, false);
            let key = self as *const SvCell as usize;
            let _ = SV_CLASSES.try_with(|t| t.try_borrow_mut().map(|mut t| t.remove(&key)));
        }
    }
    /// Takes the class away (for `Drop`): no side-table lookup unless the cell is blessed.
    #[inline]
    pub fn take_blessed(&mut self) -> Option<Rc<str>> {
        if self.v.flags() & flag::BLESSED == 0 {
            return None;
        }
        self.v.set_flag(flag::BLESSED, false);
        let key = self as *const SvCell as usize;
        // The table may already be gone when cells die during thread teardown.
        SV_CLASSES
            .try_with(|t| t.borrow_mut().remove(&key))
            .ok()
            .flatten()
    }
    #[inline]
    pub fn get(&self) -> Value {
        match &*self.v.borrow() {
            Value::Int(i) => Value::Int(*i),
            Value::Num(f) => Value::Num(*f),
            Value::Weak(w) => w.upgrade(),
            v => v.clone(),
        }
    }
    /// `weaken`: the cell keeps its reference without owning the referent.
    pub fn weaken(&self) {
        let weak = match &*self.v.borrow() {
            Value::ScalarRef(x) => super::WeakRef::S(Sv::downgrade(x)),
            Value::ArrayRef(x) => super::WeakRef::A(Rc::downgrade(x)),
            Value::HashRef(x) => super::WeakRef::H(Rc::downgrade(x)),
            Value::CodeRef(x) => super::WeakRef::C(Rc::downgrade(x)),
            _ => return,
        };
        // Replacing the strong value may free the referent (and so queue DESTROY).
        let old = std::mem::replace(&mut *self.v.borrow_mut(), Value::Weak(Rc::new(weak)));
        drop(old);
    }
    /// `isweak`.
    pub fn is_weak(&self) -> bool {
        matches!(&*self.v.borrow(), Value::Weak(_))
    }
    /// Stores without the read-only check (internal use).
    #[inline]
    pub fn put(&self, v: Value) {
        *self.v.borrow_mut() = v;
    }
}

#[derive(Default)]
pub struct AvCell {
    pub v: RefCell<VecDeque<Sv>>,
    pub blessed: Blessed,
}
pub type Av = Rc<AvCell>;

impl AvCell {
    pub fn new_av() -> Av {
        Rc::new(AvCell::default())
    }
    pub fn from_values(vals: impl IntoIterator<Item = Value>) -> Av {
        Rc::new(AvCell {
            v: RefCell::new(cells_of(vals)),
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
        sv.set_hole(false);
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
        self.v.borrow().get(ix).is_some_and(|s| !s.hole())
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
            while v.back().is_some_and(|s| s.hole()) {
                v.pop_back();
            }
        } else {
            v[ix] = SvCell::new_hole();
        }
        old
    }
    /// `@a = LIST`. Takes an iterator so list assignment can pass the rest of its values
    /// without collecting them into another vector first.
    pub fn set_values(&self, vals: impl IntoIterator<Item = Value>) {
        *self.v.borrow_mut() = cells_of(vals);
    }
}

/// New cells for `vals`, in an exactly sized deque (`collect` would keep a buffer sized for
/// the 16-byte values it was built from, twice what 8-byte cell pointers need).
fn cells_of(vals: impl IntoIterator<Item = Value>) -> VecDeque<Sv> {
    let vals = vals.into_iter();
    let mut out = VecDeque::with_capacity(vals.size_hint().0);
    out.extend(vals.map(SvCell::new_sv));
    out
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
