//! Statements and loops: blocks, `if`, `while`, C-style `for`, `foreach` with aliasing,
//! bare blocks, and loop control (`next`/`last`/`redo` with labels).

use super::{Ctl, R};
use crate::compile::node::{Block, Ctx, LoopVar, Node, PadKind, Stmt, StmtKind};
use crate::interp::Interp;
use crate::value::{Slot, Sv, SvCell, Value};
use std::rc::Rc;

/// What a loop does after its body raised a loop-control signal.
enum Flow {
    Next,
    Last,
    Redo,
}

#[inline(always)]
fn loop_ctl(label: &Option<Rc<str>>, r: R<()>) -> Result<Option<Flow>, Ctl> {
    match r {
        Ok(()) => Ok(None),
        Err(Ctl::Next(l)) if l.is_none() || l.as_deref() == label.as_deref() => {
            Ok(Some(Flow::Next))
        }
        Err(Ctl::Last(l)) if l.is_none() || l.as_deref() == label.as_deref() => {
            Ok(Some(Flow::Last))
        }
        Err(Ctl::Redo(l)) if l.is_none() || l.as_deref() == label.as_deref() => {
            Ok(Some(Flow::Redo))
        }
        Err(e) => Err(e),
    }
}

impl Interp {
    pub fn run_block(&mut self, b: &Block) -> R<()> {
        if b.matches {
            let saved = self.save_match();
            let r = self.run_block_body(b);
            self.restore_match(saved);
            return r;
        }
        self.run_block_body(b)
    }

    #[inline]
    fn run_block_body(&mut self, b: &Block) -> R<()> {
        let r = if b.scoped {
            let h = self.savestack.len();
            let r = self.run_stmts(&b.stmts);
            self.unwind(h);
            r
        } else {
            self.run_stmts(&b.stmts)
        };
        if !b.lexicals.is_empty() {
            self.clear_lexicals(&b.lexicals);
        }
        r
    }

    /// Scope exit: lexicals let go of their values (a captured one is left to its closure).
    pub fn clear_lexicals(&mut self, slots: &[u32]) {
        for &slot in slots {
            let Some(s) = self.pad.get_mut(slot as usize) else {
                continue;
            };
            match s {
                Slot::S(x) => {
                    if Sv::strong_count(x) > 1 {
                        *s = Slot::S(SvCell::new_sv(Value::Undef));
                    } else if !matches!(
                        *x.v.borrow(),
                        Value::Undef | Value::Int(_) | Value::UInt(_) | Value::Num(_)
                    ) {
                        let old = std::mem::take(&mut *x.v.borrow_mut());
                        drop(old);
                    }
                }
                Slot::A(x) => {
                    if Rc::strong_count(x) > 1 {
                        *s = Slot::A(crate::value::AvCell::new_av());
                    } else if !x.v.borrow().is_empty() {
                        // Last element first, as perl's av_clear frees them.
                        let mut old = std::mem::take(&mut *x.v.borrow_mut());
                        while old.pop_back().is_some() {}
                    }
                }
                Slot::H(x) => {
                    if Rc::strong_count(x) > 1 {
                        *s = Slot::H(crate::value::HvCell::new_hv());
                    } else if !x.v.borrow().is_empty() {
                        let old = std::mem::take(&mut *x.v.borrow_mut());
                        drop(old);
                    }
                }
            }
        }
        if crate::interp::destroy::pending() {
            crate::interp::destroy::run_pending(self);
        }
    }

    #[inline]
    fn run_stmts(&mut self, stmts: &[Stmt]) -> R<()> {
        for s in stmts {
            if crate::interp::destroy::pending() {
                crate::interp::destroy::run_pending(self);
            }
            if crate::interp::signals::pending() {
                self.dispatch_signals()?;
            }
            self.line = s.line;
            self.warn_on = s.warn;
            self.integer = s.integer;
            // Expression statements (most of them) skip `stmt`'s large frame.
            match &s.kind {
                StmtKind::Expr(n) => self.void(n)?,
                _ => self.stmt(s)?,
            }
        }
        Ok(())
    }

    /// Runs a block whose last statement's value is the result (sub bodies, `do`, `eval`).
    pub fn block_value(&mut self, b: &Block, ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
        let h = self.savestack.len();
        let r = if b.matches {
            let saved = self.save_match();
            let r = self.block_value_inner(b, ctx, out);
            self.restore_match(saved);
            r
        } else {
            self.block_value_inner(b, ctx, out)
        };
        if b.scoped {
            self.unwind(h);
        }
        if !b.lexicals.is_empty() {
            self.clear_lexicals(&b.lexicals);
        }
        r
    }

    fn block_value_inner(&mut self, b: &Block, ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
        let Some((last, rest)) = b.stmts.split_last() else {
            return Ok(());
        };
        self.run_stmts(rest)?;
        self.line = last.line;
        self.warn_on = last.warn;
        self.integer = last.integer;
        match &last.kind {
            StmtKind::Expr(n) => match ctx {
                Ctx::List => self.list(n, out),
                Ctx::Scalar => {
                    let v = self.sv(n)?;
                    out.push(v);
                    Ok(())
                }
                Ctx::Void => self.void(n),
            },
            StmtKind::If {
                branches,
                otherwise,
            } => {
                for (c, blk) in branches {
                    let cv = self.sv(c)?;
                    if self.bool_of(&cv)? {
                        return self.block_value(blk, ctx, out);
                    }
                    if branches.len() == 1 && otherwise.is_none() && ctx != Ctx::Void {
                        // `if` whose condition failed yields the condition's value.
                        out.push(cv);
                        return Ok(());
                    }
                }
                match otherwise {
                    Some(o) => self.block_value(o, ctx, out),
                    None => Ok(()),
                }
            }
            StmtKind::Try {
                body,
                catch,
                finally,
            } => self.run_try(body, catch.as_ref(), finally.as_ref(), ctx, out),
            StmtKind::Bare { body, cont: None } if last.label.is_none() => {
                match self.block_value(body, ctx, out) {
                    Err(Ctl::Last(None)) | Err(Ctl::Next(None)) => Ok(()),
                    r => r,
                }
            }
            _ => self.stmt(last),
        }
    }

    pub fn stmt(&mut self, s: &Stmt) -> R<()> {
        match &s.kind {
            StmtKind::Expr(n) => self.void(n),
            StmtKind::If {
                branches,
                otherwise,
            } => {
                for (c, b) in branches {
                    if self.cond_true(c)? {
                        return self.run_block(b);
                    }
                }
                if let Some(o) = otherwise {
                    return self.run_block(o);
                }
                Ok(())
            }
            StmtKind::While {
                until,
                cond,
                body,
                cont,
                post,
            } => {
                let mut first = *post;
                loop {
                    if !first {
                        if let Some(c) = cond {
                            let t = self.cond_true(c)?;
                            if t == *until {
                                break;
                            }
                        }
                    }
                    first = false;
                    if *post {
                        // `do {} while`: loop controls do not apply to the do block.
                        self.run_block(body)?;
                        continue;
                    }
                    match loop_ctl(&s.label, self.run_block(body))? {
                        Some(Flow::Last) => break,
                        Some(Flow::Redo) => {
                            first = true;
                            continue;
                        }
                        _ => {}
                    }
                    if let Some(c) = cont {
                        self.run_block(c)?;
                    }
                }
                Ok(())
            }
            StmtKind::ForC {
                init,
                cond,
                step,
                body,
            } => {
                if let Some(i) = init {
                    self.void(i)?;
                }
                loop {
                    if let Some(c) = cond {
                        if !self.cond_true(c)? {
                            break;
                        }
                    }
                    if let Some(Flow::Last) = loop_ctl(&s.label, self.run_block(body))? {
                        break;
                    }
                    if let Some(st) = step {
                        self.void(st)?;
                    }
                }
                Ok(())
            }
            StmtKind::Foreach {
                var,
                list,
                body,
                cont,
            } => self.foreach(&s.label, var, list, body, cont.as_ref()),
            StmtKind::Bare { body, cont } => {
                if let Some(Flow::Redo) = loop_ctl(&s.label, self.run_block(body))? {
                    return self.stmt(s);
                }
                if let Some(c) = cont {
                    self.run_block(c)?;
                }
                Ok(())
            }
            StmtKind::Package(p) => {
                self.pkg = p.clone();
                Ok(())
            }
            StmtKind::Nop => Ok(()),
            StmtKind::Try {
                body,
                catch,
                finally,
            } => {
                let mut out = Vec::new();
                self.run_try(body, catch.as_ref(), finally.as_ref(), Ctx::Void, &mut out)
            }
            StmtKind::ForeachExt {
                vars,
                by_ref,
                list,
                body,
                cont,
            } => self.foreach_ext(&s.label, vars, *by_ref, list, body, cont.as_ref()),
        }
    }

    /// `try`/`catch`/`finally`: a `die` in the body runs the catch block with the error in
    /// its variable (`$@` is left as it was); `return`, `last` and `next` pass through to
    /// the enclosing sub or loop; `finally` runs on every way out. The value of the body or
    /// catch block is the statement's value (the last statement of a sub or `do`).
    fn run_try(
        &mut self,
        body: &Block,
        catch: Option<&(u32, Block)>,
        finally: Option<&Block>,
        ctx: Ctx,
        out: &mut Vec<Value>,
    ) -> R<()> {
        let depth = self.depth;
        let callers = self.callers.len();
        let h = self.savestack.len();
        let before = out.len();
        let saved_err = self.errsv.sv().get();
        self.set_eval_error(Value::empty_str());
        let mut r = self.block_value(body, ctx, out);
        if let (Err(Ctl::Die(e)), Some((slot, blk))) = (&r, catch) {
            let e = e.clone();
            self.unwind(h);
            self.depth = depth;
            self.callers.truncate(callers);
            out.truncate(before);
            self.pad[*slot as usize] = Slot::S(SvCell::new_sv(e));
            r = self.block_value(blk, ctx, out);
        }
        self.set_eval_error(saved_err);
        if let Some(f) = finally {
            let ret = std::mem::take(&mut self.ret);
            self.run_block(f)?;
            self.ret = ret;
        }
        r
    }

    /// `for my ($a, $b) (LIST)`: the lexicals alias consecutive elements (undef past the
    /// end); `foreach \my %h (LIST)`: the lexical is each element's referent.
    fn foreach_ext(
        &mut self,
        label: &Option<Rc<str>>,
        vars: &[(PadKind, u32)],
        by_ref: bool,
        list: &Node,
        body: &Block,
        cont: Option<&Block>,
    ) -> R<()> {
        let mut cells = Vec::new();
        self.list_cells(list, &mut cells)?;
        let saved: Vec<Slot> = vars
            .iter()
            .map(|&(_, slot)| self.pad[slot as usize].clone())
            .collect();
        let r = (|| {
            let mut idx = 0;
            while idx < cells.len() {
                for (k, &(kind, slot)) in vars.iter().enumerate() {
                    let cell = cells
                        .get(idx + k)
                        .cloned()
                        .unwrap_or_else(|| SvCell::new_sv(Value::Undef));
                    if by_ref {
                        let v = cell.get();
                        crate::compile::refalias::alias_slot(self, slot as usize, kind, &v)?;
                    } else {
                        self.pad[slot as usize] = Slot::S(cell);
                    }
                }
                match loop_ctl(label, self.run_block(body))? {
                    Some(Flow::Last) => break,
                    Some(Flow::Redo) => continue,
                    _ => {}
                }
                if let Some(c) = cont {
                    self.run_block(c)?;
                }
                idx += vars.len();
            }
            Ok(())
        })();
        for (&(_, slot), s) in vars.iter().zip(saved) {
            self.pad[slot as usize] = s;
        }
        r
    }

    fn set_loop_var(&mut self, var: &LoopVar, cell: Sv) {
        match var {
            LoopVar::Lex(slot, _) => self.pad[*slot as usize] = Slot::S(cell),
            LoopVar::Glob(g) => *g.sv.borrow_mut() = cell,
        }
    }

    fn foreach(
        &mut self,
        label: &Option<Rc<str>>,
        var: &LoopVar,
        list: &Node,
        body: &Block,
        cont: Option<&Block>,
    ) -> R<()> {
        let saved: Slot = match var {
            LoopVar::Lex(slot, _) => self.pad[*slot as usize].clone(),
            LoopVar::Glob(g) => Slot::S(g.sv()),
        };
        let mut substr_cell = None;
        let r = self.foreach_inner(label, var, list, body, cont, &mut substr_cell);
        match (var, saved) {
            (LoopVar::Lex(slot, _), s) => self.pad[*slot as usize] = s,
            (LoopVar::Glob(g), Slot::S(s)) => *g.sv.borrow_mut() = s,
            _ => {}
        }
        // `for (substr(...))`: the loop variable was the substring; edits go back into it
        // (after the loop variable is restored, as `$_` may be the string itself).
        if let (Some(c), Some(args)) = (substr_cell, lone_substr(list)) {
            crate::builtins::string::substr_assign(self, args, c.get())?;
        }
        r
    }

    fn foreach_inner(
        &mut self,
        label: &Option<Rc<str>>,
        var: &LoopVar,
        list: &Node,
        body: &Block,
        cont: Option<&Block>,
        pending: &mut Option<Sv>,
    ) -> R<()> {
        // Counting loops over a range run without building the list.
        if let Node::FlipFlop(a, b, _, _) = list {
            let from = self.sv(a)?;
            let to = self.sv(b)?;
            if crate::exec::list::range_is_numeric(&from, &to) {
                let (lo, hi) = (from.to_i64(), to.to_i64());
                let mut cell = SvCell::new_sv(Value::Undef);
                let mut i = lo;
                while i <= hi {
                    if Sv::strong_count(&cell) > 2 {
                        cell = SvCell::new_sv(Value::Undef);
                    }
                    cell.put(Value::Int(i));
                    self.set_loop_var(var, cell.clone());
                    match loop_ctl(label, self.run_block(body))? {
                        Some(Flow::Last) => break,
                        Some(Flow::Redo) => continue,
                        _ => {}
                    }
                    if let Some(c) = cont {
                        self.run_block(c)?;
                    }
                    i += 1;
                }
                return Ok(());
            }
        }
        let mut cells = Vec::new();
        self.list_cells(list, &mut cells)?;
        if lone_substr(list).is_some() {
            *pending = cells.first().cloned();
        }
        self.foreach_cells(label, var, &cells, body, cont)
    }

    fn foreach_cells(
        &mut self,
        label: &Option<Rc<str>>,
        var: &LoopVar,
        cells: &[Sv],
        body: &Block,
        cont: Option<&Block>,
    ) -> R<()> {
        let mut idx = 0;
        while idx < cells.len() {
            let c = cells[idx].clone();
            // Constants in the list are read-only aliases, like perl.
            self.set_loop_var(var, c);
            match loop_ctl(label, self.run_block(body))? {
                Some(Flow::Last) => break,
                Some(Flow::Redo) => continue,
                _ => {}
            }
            if let Some(c) = cont {
                self.run_block(c)?;
            }
            idx += 1;
        }
        Ok(())
    }
}

/// The arguments of a foreach list that is exactly one `substr(...)`.
fn lone_substr(list: &Node) -> Option<&[Node]> {
    match list {
        Node::List(items) if items.len() == 1 => lone_substr(&items[0]),
        Node::Builtin(b, args) if b.name == "substr" => Some(args),
        _ => None,
    }
}
