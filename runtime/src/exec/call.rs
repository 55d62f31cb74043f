//! Sub calls, closures, method calls and resolution, `return`, `eval`, `do`.

use super::{Ctl, R};
use crate::compile::node::{ArgBind, Ctx, MethodName, Node, SubBody};
use crate::interp::{CallerFrame, Interp};
use crate::value::{Av, AvCell, Code, CodeBody, CodeCell, Glob, Slot, SvCell, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// perl's PERL_SUB_DEPTH_WARN: the nesting of one sub that draws "Deep recursion".
const DEEP_RECURSION_WARN: u32 = 100;

impl Interp {
    pub fn make_closure(
        &mut self,
        body: &Rc<SubBody>,
        outer: &[u32],
        proto: Option<Rc<str>>,
    ) -> Value {
        let captures = outer
            .iter()
            .zip(body.capture_slots.iter())
            // a closure made while compiling (`use overload '""' => sub {..}` in a block)
            // finds no run-time pad yet: its captures start fresh, as perl's do at BEGIN time;
            // `state` variables of an anonymous sub (outer slot `u32::MAX`) start fresh too
            .map(|(&o, &inner)| {
                self.pad.get(o as usize).cloned().unwrap_or_else(|| {
                    let kind = body.pad.get(inner as usize).copied();
                    super::fresh_slot(kind.unwrap_or(crate::compile::node::PadKind::Scalar))
                })
            })
            .collect();
        Value::CodeRef(Rc::new(CodeCell {
            name: RefCell::new(body.name.clone()),
            pkg: body.pkg.clone(),
            body: CodeBody::Perl(body.clone()),
            captures,
            proto: RefCell::new(proto),
            blessed: RefCell::new(None),
            state: RefCell::new(vec![]),
            is_constant: None,
            depth: Default::default(),
        }))
    }

    /// The defined sub a code value stands for: itself, or for a stub made by `\&foo` before
    /// `sub foo` was compiled, the sub the stub's name now has (perl fills the stub in place,
    /// so every glob that was given the stub sees the definition).
    pub fn live_code(&self, c: &Code) -> Option<Code> {
        if !matches!(c.body, CodeBody::Stub) {
            return Some(c.clone());
        }
        let name = c.name.borrow().clone();
        let (pkg, short) = self.split_name(&name);
        self.find_glob(&pkg, &short)
            .and_then(|g| g.cv())
            .filter(|real| !matches!(real.body, CodeBody::Stub))
    }

    /// The sub in a glob's CODE slot, or a stub that dies when called.
    pub fn code_of_glob(&mut self, g: &Glob) -> Code {
        if let Some(c) = g.cv() {
            return c;
        }
        let c = Rc::new(CodeCell {
            name: RefCell::new(Rc::from(g.full_name().as_str())),
            pkg: g.pkg.clone(),
            body: CodeBody::Stub,
            captures: vec![],
            proto: RefCell::new(None),
            blessed: RefCell::new(None),
            state: RefCell::new(vec![]),
            is_constant: None,
            depth: Default::default(),
        });
        *g.cv.borrow_mut() = Some(c.clone());
        c
    }

    pub fn code_of_value(&mut self, v: &Value, strict: bool) -> R<Code> {
        match v {
            Value::CodeRef(c) => Ok(c.clone()),
            Value::Glob(g) | Value::GlobRef(g) => match g.cv() {
                Some(c) => Ok(c),
                None => {
                    Err(self.die_str(&format!("Undefined subroutine &{} called", g.full_name())))
                }
            },
            Value::Undef => {
                Err(self.die_str("Can't use an undefined value as a subroutine reference"))
            }
            Value::Str(_) if !strict => {
                let name = v.to_string_lossy();
                let (pkg, short) = self.split_name(&name);
                let g = self.glob_in(&pkg, &short);
                match g.cv() {
                    Some(c) => Ok(c),
                    None => {
                        Err(self.die_str(&format!("Undefined subroutine &{pkg}::{short} called")))
                    }
                }
            }
            Value::Str(_) => Err(self.die_str(&format!(
                "Can't use string (\"{}\") as a subroutine ref while \"strict refs\" in use",
                super::lvalue::trunc32(&v.to_string_lossy())
            ))),
            _ => {
                if let Some(r) = self.overload_deref(v, "&{}")? {
                    return self.code_of_value(&r, strict);
                }
                Err(self.die_str("Not a CODE reference"))
            }
        }
    }

    /// The current `@_`.
    pub fn underscore_av(&self) -> Av {
        self.underscore.av()
    }

    /// Builds `@_` from argument expressions, aliasing variables.
    pub fn build_args(&mut self, args: &[Node]) -> R<Av> {
        let mut cells = std::mem::take(&mut self.arg_cells);
        cells.clear();
        for a in args {
            match a {
                // A constant argument is a modifiable copy in @_ (that remembers it was
                // read-only, for Scalar::Util::readonly): make it one directly.
                Node::Const(v) => {
                    let c = SvCell::new_sv(v.clone());
                    c.set_was_readonly(true);
                    cells.push(c);
                }
                _ => self.list_cells(a, &mut cells)?,
            }
        }
        let av = self.spare_args_av();
        {
            let mut v = av.v.borrow_mut();
            for c in cells.drain(..) {
                // Constants passed to subs are modifiable copies in @_ as far as scripts can tell.
                if c.readonly() {
                    let copy = SvCell::new_sv(c.get());
                    copy.set_was_readonly(true);
                    v.push_back(copy);
                } else {
                    v.push_back(c);
                }
            }
        }
        self.arg_cells = cells;
        Ok(av)
    }

    /// An empty array for a call's `@_`, reused from finished calls when one is free.
    pub fn spare_args_av(&mut self) -> Av {
        self.spare_avs.pop().unwrap_or_else(AvCell::new_av)
    }

    /// Keeps a finished call's `@_` for the next call when nothing else holds it.
    fn recycle_args_av(&mut self, av: Av) {
        if Rc::strong_count(&av) == 1
            && Rc::weak_count(&av) == 0
            && av.blessed.borrow().is_none()
            && self.spare_avs.len() < 64
        {
            // Dropping the elements only queues DESTROYs; the array keeps its buffer.
            av.v.borrow_mut().clear();
            self.spare_avs.push(av);
        }
    }

    /// A fresh pad for `body`: a spare one from an earlier call, or new cells.
    fn take_pad(&mut self, body: &SubBody) -> Vec<Slot> {
        match body.spare_pads.borrow_mut().pop() {
            Some(p) => p,
            None => body.pad.iter().map(|k| super::fresh_slot(*k)).collect(),
        }
    }

    /// Puts a finished call's pad back for reuse: cells something else still holds
    /// (closures, references) are replaced by fresh ones, the others are emptied now —
    /// which is when perl frees a sub's lexicals.
    fn recycle_pad(&mut self, body: &SubBody, mut pad: Vec<Slot>) {
        if pad.len() != body.pad.len() || body.spare_pads.borrow().len() >= 256 {
            return;
        }
        for (s, kind) in pad.iter_mut().zip(body.pad.iter()) {
            let reusable = match s {
                Slot::S(x) => {
                    crate::value::Sv::strong_count(x) == 1
                        && crate::value::Sv::weak_count(x) == 0
                        && !x.readonly()
                        && x.blessed().is_none()
                }
                Slot::A(x) => {
                    Rc::strong_count(x) == 1
                        && Rc::weak_count(x) == 0
                        && x.blessed.borrow().is_none()
                }
                Slot::H(x) => {
                    Rc::strong_count(x) == 1
                        && Rc::weak_count(x) == 0
                        && x.blessed.borrow().is_none()
                }
            };
            if !reusable {
                *s = super::fresh_slot(*kind);
                continue;
            }
            match s {
                Slot::S(x) => {
                    let old = std::mem::take(&mut *x.v.borrow_mut());
                    drop(old);
                }
                Slot::A(x) => x.v.borrow_mut().clear(),
                Slot::H(x) => {
                    x.v.borrow_mut().clear();
                    x.iter.set(0);
                }
            }
        }
        body.spare_pads.borrow_mut().push(pad);
    }

    pub fn call_like(&mut self, n: &Node, ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
        match n {
            Node::Call { glob, args, amp } => {
                let code = match glob.cv().and_then(|c| self.live_code(&c)) {
                    Some(c) => c,
                    None => match self.autoload_for(&glob.pkg, &glob.name) {
                        Some(c) => c,
                        None => {
                            return Err(self.die_str(&format!(
                                "Undefined subroutine &{}::{} called",
                                glob.pkg, glob.name
                            )))
                        }
                    },
                };
                if let Some(v) = &code.is_constant {
                    out.push(v.clone());
                    return Ok(());
                }
                let av = match args {
                    Some(a) => self.build_args(a)?,
                    None if *amp => {
                        self.pending_frame = Some(crate::interp::PendingFrame::NoArgs);
                        self.underscore_av()
                    }
                    None => AvCell::new_av(),
                };
                self.call_sub(&code, av, ctx, out)
            }
            Node::DynCall(target, args, strict) => {
                let t = self.sv(target)?;
                let code = self.code_of_value(&t, *strict)?;
                let av = match args {
                    Some(a) => self.build_args(a)?,
                    None => {
                        self.pending_frame = Some(crate::interp::PendingFrame::NoArgs);
                        self.underscore_av()
                    }
                };
                self.call_sub(&code, av, ctx, out)
            }
            Node::MethodCall {
                inv,
                name,
                args,
                maybe_fh,
                site,
            } => {
                let mut cells = std::mem::take(&mut self.arg_cells);
                cells.clear();
                // `$obj->meth`: `$_[0]` is the invocant variable itself, as in perl.
                let invocant = match &**inv {
                    Node::LexSv(s) if self.ties.is_none() => {
                        let c = self.pad_sv(*s).clone();
                        let v = c.get();
                        cells.push(c);
                        v
                    }
                    _ => {
                        let v = match self.sv(inv) {
                            Ok(v) => v,
                            Err(e) => {
                                self.arg_cells = cells;
                                return Err(e);
                            }
                        };
                        cells.push(SvCell::new_sv(v.clone()));
                        v
                    }
                };
                for a in args {
                    if let Err(e) = self.list_cells(a, &mut cells) {
                        cells.clear();
                        self.arg_cells = cells;
                        return Err(e);
                    }
                }
                let av = self.spare_args_av();
                av.v.borrow_mut().extend(cells.drain(..));
                self.arg_cells = cells;
                if let Some(code) = self.method_at_site(&invocant, name, site) {
                    return self.call_sub(&code, av, ctx, out);
                }
                self.method_call(&invocant, name, av, ctx, out, *maybe_fh)
            }
            Node::DoBlock(b) => {
                let want = if ctx == Ctx::Void { Ctx::Void } else { ctx };
                self.block_value(b, want, out)
            }
            Node::EvalBlock(b) => self.eval_block(b, ctx, out),
            Node::EvalStr(arg, scope) => {
                let code = match arg {
                    Some(a) => self.sv(a)?,
                    None => self.underscore.sv().get(),
                };
                self.eval_string(&code, scope, ctx, out)
            }
            Node::DoFile(f) => {
                let name = self.sv(f)?.to_string_lossy();
                let v = self.do_file(&name)?;
                out.push(v);
                Ok(())
            }
            _ => unreachable!(),
        }
    }

    /// Calls a sub with `@_` = `args` in context `want`, appending results to `out`.
    pub fn call_sub(&mut self, code: &Code, args: Av, want: Ctx, out: &mut Vec<Value>) -> R<()> {
        let mut code = code.clone();
        let mut args = args;
        loop {
            match self.call_sub_once(&code, args, want, out) {
                Err(Ctl::Goto(next)) => {
                    // `goto &sub`: same @_, caller's frame replaced.
                    args = self.goto_args.take().unwrap_or_else(AvCell::new_av);
                    code = next;
                }
                r => return r,
            }
        }
    }

    fn call_sub_once(&mut self, code: &Code, args: Av, want: Ctx, out: &mut Vec<Value>) -> R<()> {
        let body = match &code.body {
            CodeBody::Perl(b) => b,
            _ => return self.call_non_perl(code, args, want, out),
        };
        let pending = self.pending_frame.take();
        if self.depth >= self.max_depth {
            return Err(self.die_str(&format!(
                "Deep recursion limit ({}) exceeded in subroutine \"{}\"",
                self.max_depth,
                code.name.borrow()
            )));
        }
        self.depth += 1;
        let sub_depth = code.depth.get() + 1;
        code.depth.set(sub_depth);
        if sub_depth == DEEP_RECURSION_WARN && self.warn_on {
            self.warn_deep_recursion(code);
        }
        // New pad: fresh lexicals, captured cells in their slots.
        let mut pad: Vec<Slot> = self.take_pad(body);
        if !body.first_pad.borrow().is_empty() {
            for (slot, cell) in body.first_pad.take() {
                pad[slot as usize] = cell;
            }
        }
        for (&slot, c) in body.capture_slots.iter().zip(code.captures.iter()) {
            pad[slot as usize] = c.clone();
        }
        let saved_pad = std::mem::replace(&mut self.pad, pad);
        let (args_seen, evaltext) = match pending {
            None => (Some(args.clone()), None),
            Some(crate::interp::PendingFrame::NoArgs) => (None, None),
            Some(crate::interp::PendingFrame::EvalText(t)) => (None, Some(t)),
        };
        let saved_args = std::mem::replace(&mut *self.underscore.av.borrow_mut(), args);
        // The frame keeps the caller's package, file, line and warnings: they come back from
        // it when the call ends.
        let shifted = self.spare_shifted.pop().unwrap_or_default();
        let frame = CallerFrame {
            pkg: std::mem::replace(&mut self.pkg, body.pkg.clone()),
            file: std::mem::replace(&mut self.file, body.file.clone()),
            line: self.line,
            sub: code.name.borrow().clone(),
            want,
            is_eval: evaltext.is_some(),
            args: args_seen,
            shifted,
            evaltext,
            warn: self.warn_on,
        };
        self.callers.push(frame);
        let saved_want = std::mem::replace(&mut self.want, want);
        let saved_sub = self.cur_sub.replace(code.clone());
        let saved_body = self.cur_body.replace(body.clone());
        let h = self.savestack.len();
        let before = out.len();
        // Match variables are dynamically scoped: the caller's `$1` survives the call. A
        // body without a match op cannot change them (the subs it calls restore their own).
        let saved_match = if body.matches {
            Some(self.save_match())
        } else {
            None
        };
        let mut r = match &body.signature {
            Some(sig) => self.bind_signature(sig, code),
            None if !body.arg_binds.is_empty() => self.bind_args(body),
            None => Ok(()),
        };
        if r.is_ok() {
            r = self.block_value(&body.body, want, out);
        }
        let r = match r {
            Err(Ctl::Return) => {
                out.truncate(before);
                // `self.ret` keeps its buffer for the next `return`.
                match want {
                    Ctx::List => out.append(&mut self.ret),
                    Ctx::Scalar => {
                        let v = self.ret.pop().unwrap_or(Value::Undef);
                        self.ret.clear();
                        out.push(v)
                    }
                    Ctx::Void => self.ret.clear(),
                }
                Ok(())
            }
            Err(Ctl::Goto(c)) => {
                self.goto_args = Some(self.underscore.av());
                Err(Ctl::Goto(c))
            }
            other => other,
        };
        if want == Ctx::Scalar && out.len() > before + 1 {
            let last = out.pop().unwrap();
            out.truncate(before);
            out.push(last);
        }
        self.unwind(h);
        if let Some(m) = saved_match {
            self.restore_match(m);
        }
        if let Some(mut frame) = self.callers.pop() {
            self.pkg = frame.pkg;
            self.file = frame.file;
            self.line = frame.line;
            self.warn_on = frame.warn;
            if frame.shifted.capacity() != 0 && self.spare_shifted.len() < 64 {
                frame.shifted.clear();
                self.spare_shifted.push(std::mem::take(&mut frame.shifted));
            }
        }
        let pad = std::mem::replace(&mut self.pad, saved_pad);
        self.recycle_pad(body, pad);
        let args = std::mem::replace(&mut *self.underscore.av.borrow_mut(), saved_args);
        self.recycle_args_av(args);
        self.want = saved_want;
        self.cur_sub = saved_sub;
        self.cur_body = saved_body;
        self.depth -= 1;
        code.depth.set(sub_depth - 1);
        r
    }

    /// The sub's leading `my $x = shift;` / `my ($x, $y) = @_;` statements, done directly
    /// on `@_` and the fresh pad (through the statements when ties are in play).
    fn bind_args(&mut self, body: &SubBody) -> R<()> {
        if self.ties.is_some() {
            for s in &body.prologue {
                self.line = s.line;
                self.warn_on = s.warn;
                self.integer = s.integer;
                self.stmt(s)?;
            }
            return Ok(());
        }
        let av = self.underscore.av();
        for b in &body.arg_binds {
            match b {
                ArgBind::Shift(slot) => {
                    let cell = av.v.borrow_mut().pop_front();
                    let v = match cell {
                        Some(cell) => {
                            let v = cell.get();
                            // `caller` from package DB still shows what was shifted off.
                            if let Some(f) = self.callers.last_mut() {
                                if f.args.as_ref().is_some_and(|a| Rc::ptr_eq(a, &av)) {
                                    f.shifted.push(cell);
                                }
                            }
                            v
                        }
                        None => Value::Undef,
                    };
                    self.pad_sv(*slot).put(v);
                }
                ArgBind::Copy(slots) => {
                    let args = av.v.borrow();
                    for (i, &slot) in slots.iter().enumerate() {
                        let v = args.get(i).map(|c| c.get()).unwrap_or(Value::Undef);
                        self.pad_sv(slot).put(v);
                    }
                }
            }
        }
        Ok(())
    }

    /// Calls a native sub, or a stub (a sub declared but not defined, or AUTOLOAD).
    #[cold]
    #[inline(never)]
    fn call_non_perl(&mut self, code: &Code, args: Av, want: Ctx, out: &mut Vec<Value>) -> R<()> {
        self.pending_frame = None;
        match &code.body {
            CodeBody::Native(f) => {
                let vals = args.values();
                let f = f.clone();
                let saved = self.native_args.replace(args);
                let res = f(self, &vals, want);
                self.native_args = saved;
                let res = res?;
                match want {
                    Ctx::List => out.extend(res),
                    _ => {
                        if let Some(v) = res.into_iter().last() {
                            out.push(v)
                        }
                    }
                }
                Ok(())
            }
            _ => {
                let name = code.name.borrow().clone();
                let (pkg, short) = self.split_name(&name);
                // `\&foo` taken before `sub foo` was defined: the definition is in the glob.
                if let Some(real) = self.find_glob(&pkg, &short).and_then(|g| g.cv()) {
                    if !matches!(real.body, CodeBody::Stub) {
                        return self.call_sub(&real, args, want, out);
                    }
                }
                if let Some(auto) = self.autoload_for(&pkg, &short) {
                    return self.call_sub(&auto, args, want, out);
                }
                Err(self.die_str(&format!("Undefined subroutine &{name} called")))
            }
        }
    }

    #[cold]
    fn warn_deep_recursion(&mut self, code: &Code) {
        let name = code.name.borrow().clone();
        if name.ends_with("__ANON__") {
            self.warn_at("Deep recursion on anonymous subroutine");
        } else {
            self.warn_at(&format!("Deep recursion on subroutine \"{name}\""));
        }
    }

    fn bind_signature(&mut self, sig: &[crate::compile::node::SigParam], code: &Code) -> R<()> {
        let args = self.underscore.av().values();
        let required = sig
            .iter()
            .filter(|p| p.default.is_none() && p.kind == crate::compile::node::PadKind::Scalar)
            .count();
        let max_scalar = sig
            .iter()
            .all(|p| p.kind == crate::compile::node::PadKind::Scalar);
        if args.len() < required {
            return Err(self.die_str(&format!(
                "Too few arguments for subroutine '{}' (got {}; expected {}{})",
                code.name.borrow(),
                args.len(),
                if max_scalar && required == sig.len() {
                    ""
                } else {
                    "at least "
                },
                required
            )));
        }
        if max_scalar && args.len() > sig.len() {
            return Err(self.die_str(&format!(
                "Too many arguments for subroutine '{}' (got {}; expected {}{})",
                code.name.borrow(),
                args.len(),
                if required == sig.len() {
                    ""
                } else {
                    "at most "
                },
                sig.len()
            )));
        }
        let mut it = args.into_iter();
        for p in sig {
            match p.kind {
                crate::compile::node::PadKind::Scalar => {
                    let v = match it.next() {
                        Some(v) => v,
                        None => match &p.default {
                            Some(d) => self.sv(d)?,
                            None => Value::Undef,
                        },
                    };
                    if let Some(s) = p.slot {
                        self.pad_sv(s).put(v);
                    }
                }
                crate::compile::node::PadKind::Array => {
                    let rest: Vec<Value> = it.by_ref().collect();
                    if let Some(s) = p.slot {
                        if let Slot::A(a) = &self.pad[s as usize] {
                            a.set_values(rest);
                        }
                    }
                }
                crate::compile::node::PadKind::Hash => {
                    let rest: Vec<Value> = it.by_ref().collect();
                    if let Some(s) = p.slot {
                        if let Slot::H(h) = self.pad[s as usize].clone() {
                            self.fill_hash(&h, rest);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// `return EXPR`: evaluates in the sub's context and unwinds to the call.
    pub fn do_return(&mut self, x: Option<&Node>) -> R<()> {
        match (x, self.want) {
            (Some(x), Ctx::Scalar) => {
                let v = self.sv(x)?;
                self.ret.clear();
                self.ret.push(v);
            }
            (Some(x), Ctx::List) => {
                // The buffer is taken while the list runs (it may call subs that return).
                let mut vals = std::mem::take(&mut self.ret);
                vals.clear();
                self.list(x, &mut vals)?;
                self.ret = vals;
            }
            (Some(x), Ctx::Void) => {
                self.void(x)?;
                self.ret.clear();
            }
            (None, _) => self.ret.clear(),
        }
        Err(Ctl::Return)
    }

    /// Finds `AUTOLOAD` for a missing sub and sets `$AUTOLOAD`.
    pub fn autoload_for(&mut self, pkg: &str, name: &str) -> Option<Code> {
        if name == "DESTROY" {
            return None;
        }
        let code = self.resolve_method(pkg, "AUTOLOAD")?;
        let g = self.glob_in(&code.pkg.clone(), "AUTOLOAD");
        g.sv().put(Value::str(&format!("{pkg}::{name}")));
        Some(code)
    }

    pub fn method_call(
        &mut self,
        invocant: &Value,
        name: &MethodName,
        args: Av,
        ctx: Ctx,
        out: &mut Vec<Value>,
        maybe_fh: bool,
    ) -> R<()> {
        let mname: Rc<str> = match name {
            MethodName::Static(n) | MethodName::Super(n, _) => n.clone(),
            MethodName::Dynamic(x) => {
                let v = self.sv(x)?;
                if let Value::CodeRef(c) = v {
                    return self.call_sub(&c, args, ctx, out);
                }
                Rc::from(v.to_string_lossy().as_str())
            }
        };
        // The class to search.
        let class: Rc<str> = match invocant.blessed() {
            Some(c) => c,
            None => match invocant {
                Value::Str(_) | Value::Int(_) | Value::UInt(_) | Value::Num(_) => {
                    let s = invocant.to_string_lossy();
                    if s.is_empty() {
                        return Err(self.die_str(&format!(
                            "Can't call method \"{mname}\" without a package or object reference"
                        )));
                    }
                    if maybe_fh || !self.package_exists(&s) {
                        if let Some(g) = self.find_glob("main", &s) {
                            if g.io.borrow().is_some() {
                                return self.io_method(&g, &mname, args, out);
                            }
                        }
                    }
                    Rc::from(s.as_str())
                }
                Value::Undef => {
                    return Err(self.die_str(&format!(
                        "Can't call method \"{mname}\" on an undefined value"
                    )))
                }
                Value::GlobRef(g) | Value::Glob(g) => {
                    let g = g.clone();
                    return self.io_method(&g, &mname, args, out);
                }
                _ => {
                    return Err(self.die_str(&format!(
                        "Can't call method \"{mname}\" on unblessed reference"
                    )))
                }
            },
        };
        // Fully qualified method name: `$obj->Other::meth`.
        let (search_class, meth): (Rc<str>, Rc<str>) = match name {
            MethodName::Super(_, pkg) => {
                let parents = self.isa_list(pkg);
                for p in parents {
                    if let Some(c) = self.resolve_method(&p, &mname) {
                        return self.call_sub(&c, args, ctx, out);
                    }
                }
                if let Some(c) = self.resolve_method("UNIVERSAL", &mname) {
                    return self.call_sub(&c, args, ctx, out);
                }
                return Err(self.die_str(&format!(
                    "Can't locate object method \"{mname}\" via package \"{pkg}\""
                )));
            }
            // (A byte scan first: `rfind` with a string pattern builds a searcher per call.)
            _ => match mname
                .as_bytes()
                .contains(&b':')
                .then(|| mname.rfind("::"))
                .flatten()
            {
                Some(i) => {
                    let p = &mname[..i];
                    let m = &mname[i + 2..];
                    if let Some(c) = self.resolve_method(p, m) {
                        return self.call_sub(&c, args, ctx, out);
                    }
                    (Rc::from(p), Rc::from(m))
                }
                None => (class.clone(), mname.clone()),
            },
        };
        match self.resolve_method(&search_class, &meth) {
            Some(c) => self.call_sub(&c, args, ctx, out),
            None => {
                if let Some(c) = self.resolve_method(&search_class, "AUTOLOAD") {
                    let g = self.glob_in(&c.pkg.clone(), "AUTOLOAD");
                    g.sv().put(Value::str(&format!("{search_class}::{meth}")));
                    return self.call_sub(&c, args, ctx, out);
                }
                if invocant.blessed().is_none() && !self.package_exists(&search_class) {
                    return Err(self.die_str(&format!(
                        "Can't locate object method \"{meth}\" via package \"{search_class}\" (perhaps you forgot to load \"{search_class}\"?)"
                    )));
                }
                Err(self.die_str(&format!(
                    "Can't locate object method \"{meth}\" via package \"{search_class}\""
                )))
            }
        }
    }

    /// `$obj->name` on a blessed object: the sub this call site found for the object's class
    /// last time (while no sub or `@ISA` changed), else resolved and remembered here.
    /// `None` leaves the call to `method_call` (class methods, AUTOLOAD, errors).
    fn method_at_site(
        &mut self,
        invocant: &Value,
        name: &MethodName,
        site: &crate::compile::node::MethodSite,
    ) -> Option<Code> {
        let MethodName::Static(m) = name else {
            return None;
        };
        let class = invocant.blessed()?;
        if let Some((c, gen, code)) = &*site.last.borrow() {
            if *gen == self.method_gen && (Rc::ptr_eq(c, &class) || **c == *class) {
                return Some(code.clone());
            }
        }
        if m.as_bytes().contains(&b':') {
            return None;
        }
        let code = self.resolve_method(&class, m)?;
        *site.last.borrow_mut() = Some((class, self.method_gen, code.clone()));
        Some(code)
    }

    /// Method resolution: the class, then `@ISA` depth-first, then `UNIVERSAL` (cached).
    pub fn resolve_method(&mut self, class: &str, meth: &str) -> Option<Code> {
        if let Some(c) = self.method_cache.get(class).and_then(|m| m.get(meth)) {
            return c.clone();
        }
        let mut found = None;
        let mut seen = Vec::new();
        let order = self.mro_linear(class, &mut seen);
        for p in order
            .iter()
            .map(|s| s.as_str())
            .chain(std::iter::once("UNIVERSAL"))
        {
            if let Some(g) = self.find_glob(p, meth) {
                if let Some(c) = g.cv().and_then(|c| self.live_code(&c)) {
                    found = Some(c);
                    break;
                }
            }
        }
        self.method_cache
            .entry(Rc::from(class))
            .or_default()
            .insert(Rc::from(meth), found.clone());
        found
    }

    fn mro_linear(&mut self, class: &str, seen: &mut Vec<String>) -> Vec<String> {
        if seen.iter().any(|s| s == class) || seen.len() > 100 {
            return vec![];
        }
        seen.push(class.to_string());
        let mut out = vec![class.to_string()];
        for p in self.isa_list(class) {
            let sub = self.mro_linear(&p, seen);
            out.extend(sub);
        }
        out
    }

    pub fn isa_list(&mut self, class: &str) -> Vec<String> {
        match self.find_glob(class, "ISA") {
            Some(g) => g
                .av()
                .values()
                .iter()
                .map(|v| v.to_string_lossy())
                .collect(),
            None => vec![],
        }
    }

    pub fn isa(&mut self, class: &str, target: &str) -> bool {
        let mut seen = Vec::new();
        self.mro_linear(class, &mut seen)
            .iter()
            .any(|c| c == target)
    }

    pub fn eval_block(
        &mut self,
        b: &crate::compile::node::Block,
        ctx: Ctx,
        out: &mut Vec<Value>,
    ) -> R<()> {
        let depth = self.depth;
        let callers = self.callers.len();
        let h = self.savestack.len();
        let saved_pad_len = self.pad.len();
        let _ = saved_pad_len;
        let before = out.len();
        // `caller` sees eval frames (Carp prints "eval {...} called at").
        self.callers.push(CallerFrame {
            pkg: self.pkg.clone(),
            file: self.file.clone(),
            line: self.line,
            sub: Rc::from("(eval)"),
            want: ctx,
            is_eval: true,
            args: None,
            shifted: Vec::new(),
            evaltext: None,
            warn: self.warn_on,
        });
        let r = self.block_value(b, ctx, out);
        self.callers.truncate(callers);
        match r {
            Ok(()) => {
                self.set_eval_error(Value::empty_str());
                if ctx == Ctx::Scalar && out.len() > before + 1 {
                    let last = out.pop().unwrap();
                    out.truncate(before);
                    out.push(last);
                }
                Ok(())
            }
            Err(Ctl::Die(v)) => {
                self.unwind(h);
                self.depth = depth;
                self.callers.truncate(callers);
                out.truncate(before);
                self.set_eval_error(v);
                if ctx == Ctx::Scalar {
                    out.push(Value::Undef);
                }
                Ok(())
            }
            Err(other) => {
                if matches!(other, Ctl::Return) {
                    // `return` inside eval returns from the eval.
                    out.truncate(before);
                    let vals = std::mem::take(&mut self.ret);
                    match ctx {
                        Ctx::List => out.extend(vals),
                        Ctx::Scalar => out.push(vals.into_iter().last().unwrap_or(Value::Undef)),
                        Ctx::Void => {}
                    }
                    self.set_eval_error(Value::empty_str());
                    return Ok(());
                }
                Err(other)
            }
        }
    }
}
