//! Plugs the stdlib's pure implementations into the runtime's hooks: perl's `sprintf`,
//! the PCRE2-based perl regex layer, and drand48 `rand`/`srand`. `install` is what the CLI
//! (through `run_program`) and embedders call on a fresh interpreter.

mod regex_error;

use runtime::interp::Hooks;
use runtime::num::NumValue;
use runtime::value::{CompiledRegex, PerlString, Value};
use runtime::{Interp, RunOptions};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// A runtime value as `sprintf` sees it.
struct Arg<'a>(&'a Value);

impl crate::sprintf::FormatArg for Arg<'_> {
    fn to_num(&self) -> NumValue {
        match self.0.to_num() {
            runtime::value::Num::I(i) => NumValue::Int(i),
            runtime::value::Num::U(u) => NumValue::UInt(u),
            runtime::value::Num::F(f) => NumValue::Float(f),
        }
    }
    fn to_str(&self) -> (Cow<'_, [u8]>, bool) {
        match self.0.to_pstr() {
            Cow::Borrowed(p) => (Cow::Borrowed(&p.bytes[..]), p.utf8),
            Cow::Owned(p) => (Cow::Owned(p.bytes), p.utf8),
        }
    }
}

fn sprintf_hook(it: &mut Interp, args: &[Value]) -> Result<Value, runtime::Ctl> {
    let Some(fmt) = args.first() else {
        return Ok(Value::empty_str());
    };
    let f = fmt.to_pstr().into_owned();
    let rest: Vec<Arg> = args[1..].iter().map(Arg).collect();
    match crate::sprintf::sprintf(&f.bytes, f.utf8, &rest) {
        Ok(r) => {
            if it.warnings_on() {
                for w in &r.warnings {
                    it.warn_at(&w.message("sprintf"));
                }
            }
            Ok(Value::pstr(PerlString {
                bytes: r.bytes,
                utf8: r.utf8,
            }))
        }
        Err(e) => Err(it.native_die(&e.message("sprintf"))),
    }
}

fn pack_hook(it: &mut Interp, args: &[Value]) -> Result<Value, runtime::Ctl> {
    let t = args[0].to_pstr().into_owned();
    let rest: Vec<Arg> = args[1..].iter().map(Arg).collect();
    match crate::pack::pack(&t.bytes, &rest) {
        Ok(p) => {
            if it.warnings_on() {
                for w in &p.warnings {
                    it.warn_at(w);
                }
            }
            Ok(Value::pstr(PerlString {
                bytes: p.bytes,
                utf8: p.utf8,
            }))
        }
        Err(e) => Err(it.native_die(&e)),
    }
}

/// One unpacked item as a runtime value; unsigned values past `i64::MAX` become their
/// decimal string so they print as perl prints a UV.
fn unpacked_value(u: crate::pack::Unpacked) -> Value {
    use crate::pack::Unpacked;
    match u {
        Unpacked::Int(i) => Value::Int(i),
        Unpacked::UInt(u) if u <= i64::MAX as u64 => Value::Int(u as i64),
        Unpacked::UInt(u) => Value::str(&u.to_string()),
        Unpacked::Float(f) => Value::Num(f),
        Unpacked::Str(bytes, utf8) => Value::pstr(PerlString { bytes, utf8 }),
        Unpacked::Undef => Value::Undef,
    }
}

fn unpack_hook(
    it: &mut Interp,
    template: &Value,
    data: &Value,
    only_one: bool,
) -> Result<Vec<Value>, runtime::Ctl> {
    let t = template.to_pstr().into_owned();
    let d = data.to_pstr().into_owned();
    match crate::pack::unpack(&t.bytes, &d.bytes, d.utf8, only_one) {
        Ok(r) => {
            if it.warnings_on() {
                for w in &r.warnings {
                    it.warn_at(w);
                }
            }
            Ok(r.values.into_iter().map(unpacked_value).collect())
        }
        Err(e) => Err(it.native_die(&e)),
    }
}

/// The perl regex layer as the runtime's compiled-regex object; remembers the last
/// successful match's `(*MARK)` name for `$REGMARK`.
struct Re(crate::regex::PerlRegex, RefCell<Option<Vec<u8>>>);

impl CompiledRegex for Re {
    fn find_at(
        &self,
        subject: &[u8],
        utf8: bool,
        start: usize,
    ) -> Option<Vec<Option<(usize, usize)>>> {
        let m = self.0.find_at(subject, utf8, start)?;
        *self.1.borrow_mut() = m.mark;
        Some(m.groups)
    }
    fn last_mark(&self) -> Option<Vec<u8>> {
        self.1.borrow().clone()
    }
    fn names(&self) -> Vec<(String, usize)> {
        self.0
            .names()
            .entries
            .iter()
            .flat_map(|(n, gs)| gs.iter().map(move |g| (n.clone(), *g)))
            .collect()
    }
}

fn regex_hook(p: &PerlString, flags: &str) -> Result<Rc<dyn CompiledRegex>, String> {
    crate::regex::PerlRegex::compile(&p.bytes, p.utf8, flags)
        .map(|r| Rc::new(Re(r, RefCell::new(None))) as Rc<dyn CompiledRegex>)
        .map_err(|e| match e.kind {
            crate::regex::RegexErrorKind::Syntax => {
                regex_error::perl_regex_error(&p.bytes, &e.message)
            }
            _ => e.to_string(),
        })
}

/// Installs the stdlib into an interpreter.
pub fn install(it: &mut Interp) {
    let rng: Rc<RefCell<crate::drand48::Drand48>> =
        Rc::new(RefCell::new(crate::drand48::seeded(0)));
    it.lib_dirs
        .push(concat!(env!("CARGO_MANIFEST_DIR"), "/perl5lib").to_string());
    // The shipped Exporter.pm (tags, `!name`, `/re/`, export_fail) replaces the runtime's
    // minimal native one.
    it.inc
        .hv()
        .v
        .borrow_mut()
        .shift_remove(&PerlString::bytes(b"Exporter.pm".to_vec()));
    let g = it.glob_in("Exporter", "import");
    *g.cv.borrow_mut() = None;
    let r1 = rng.clone();
    let r2 = rng;
    it.hooks = Hooks {
        sprintf: Some(Rc::new(sprintf_hook)),
        regex: Some(Rc::new(regex_hook)),
        rand: Some(Rc::new(move |_| r1.borrow_mut().next_f64())),
        srand: Some(Rc::new(move |_, seed| {
            *r2.borrow_mut() = crate::drand48::seeded(seed)
        })),
        pack: Some(Rc::new(pack_hook)),
        unpack: Some(Rc::new(unpack_hook)),
    };
}

/// `runtime::run_program` with the stdlib installed: what the `caravan` CLI runs.
pub fn run_program(src: runtime::lang::SourceFile, opts: &RunOptions) -> i32 {
    runtime::run_program_with(src, opts, install)
}
