//! List-context evaluation.

use super::{Ctl, R};
use crate::compile::node::{Agg, Ctx, Node, PadKind, SortCmp};
use crate::interp::Interp;
use crate::value::{arith, hkey, PerlString, Slot, Sv, SvCell, Value};
use std::cmp::Ordering;

impl Interp {
    /// Evaluates `n` in list context, appending to `out`.
    pub fn list(&mut self, n: &Node, out: &mut Vec<Value>) -> R<()> {
        match n {
            Node::List(items) => {
                for i in items {
                    self.list(i, out)?;
                }
            }
            Node::ConstList(l) => out.extend(l.iter().cloned()),
            Node::Av(agg) => {
                let av = self.av_of(agg, false)?;
                if let Some(obj) = self.tied_av(&av) {
                    return self.tied_array_values(&obj, out);
                }
                out.extend(av.v.borrow().iter().map(|s| s.get()));
            }
            Node::Hv(agg) => {
                let hv = self.hv_of(agg, false)?;
                if let Some(obj) = self.tied_hv(&hv) {
                    return self.tied_hash_pairs(&obj, out);
                }
                for (k, v) in hv.v.borrow().iter() {
                    out.push(Value::pstr(k.clone()));
                    out.push(v.get());
                }
            }
            Node::My(slots, parens, in_loop) => {
                self.declare_my(slots, *in_loop);
                let _ = parens;
                for (_, s) in slots {
                    match &self.pad[*s as usize] {
                        crate::value::Slot::S(x) => out.push(x.get()),
                        crate::value::Slot::A(x) => out.extend(x.values()),
                        crate::value::Slot::H(x) => {
                            for (k, v) in x.v.borrow().iter() {
                                out.push(Value::pstr(k.clone()));
                                out.push(v.get());
                            }
                        }
                    }
                }
            }
            Node::FlipFlop(a, b, _, _) => {
                let from = self.sv(a)?;
                let to = self.sv(b)?;
                self.range_list(&from, &to, out)?;
            }
            Node::ASlice(agg, idx) => {
                let mut is = Vec::new();
                self.list(idx, &mut is)?;
                let av = self.av_of(agg, true)?;
                let v = av.v.borrow();
                for i in is {
                    let i = i.to_i64();
                    let ix = if i < 0 { i + v.len() as i64 } else { i };
                    out.push(if ix < 0 {
                        Value::Undef
                    } else {
                        v.get(ix as usize).map(|s| s.get()).unwrap_or(Value::Undef)
                    });
                }
            }
            Node::HSlice(agg, keys) => {
                let mut ks = Vec::new();
                self.list(keys, &mut ks)?;
                let hv = self.hv_of(agg, true)?;
                for k in ks {
                    out.push(
                        hv.get(&hkey(k.to_pstr().into_owned()))
                            .unwrap_or(Value::Undef),
                    );
                }
            }
            Node::KvHSlice(agg, keys) => {
                let mut ks = Vec::new();
                self.list(keys, &mut ks)?;
                let hv = self.hv_of(agg, true)?;
                for k in ks {
                    let v = hv.get(&hkey(k.to_pstr().into_owned()));
                    if let Some(v) = v {
                        out.push(k);
                        out.push(v);
                    }
                }
            }
            Node::KvASlice(agg, idx) => {
                let mut is = Vec::new();
                self.list(idx, &mut is)?;
                let av = self.av_of(agg, true)?;
                for i in is {
                    let ix = i.to_i64();
                    let ix = if ix < 0 { ix + av.len() as i64 } else { ix };
                    out.push(i);
                    out.push(if ix < 0 {
                        Value::Undef
                    } else {
                        av.get(ix as usize).unwrap_or(Value::Undef)
                    });
                }
            }
            Node::ListSlice(list, idx) => {
                let mut items = Vec::new();
                self.list(list, &mut items)?;
                let mut is = Vec::new();
                self.list(idx, &mut is)?;
                if items.is_empty() {
                    return Ok(());
                }
                for i in is {
                    let i = i.to_i64();
                    let ix = if i < 0 { i + items.len() as i64 } else { i };
                    out.push(if ix < 0 {
                        Value::Undef
                    } else {
                        items.get(ix as usize).cloned().unwrap_or(Value::Undef)
                    });
                }
            }
            Node::ListRepeat(list, count) => {
                let mut items = Vec::new();
                self.list(list, &mut items)?;
                let n = self.sv(count)?.to_i64().max(0) as usize;
                let total = items.len().checked_mul(n);
                if total.is_none_or(|t| out.try_reserve(t).is_err()) {
                    return Err(self.die_str("Out of memory during list extend"));
                }
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
            }
            Node::Cond(c, a, b) => {
                if self.cond_true(c)? {
                    self.list(a, out)?
                } else {
                    self.list(b, out)?
                }
            }
            Node::And(l, r) => {
                let v = self.sv(l)?;
                if self.bool_of(&v)? {
                    self.list(r, out)?
                } else {
                    out.push(v)
                }
            }
            Node::Or(l, r) => {
                let v = self.sv(l)?;
                if self.bool_of(&v)? {
                    out.push(v)
                } else {
                    self.list(r, out)?
                }
            }
            Node::Dor(l, r) => {
                let v = self.sv(l)?;
                if v.is_undef() {
                    self.list(r, out)?
                } else {
                    out.push(v)
                }
            }
            Node::ListAssign(l, r) => {
                let mut vals = Vec::new();
                self.list(r, &mut vals)?;
                self.list_assign(l, vals)?;
                // The assigned-to variables, as perl returns them.
                self.list_lvalues_values(l, out)?;
            }
            Node::Call { .. }
            | Node::DynCall(..)
            | Node::MethodCall { .. }
            | Node::DoBlock(_)
            | Node::EvalBlock(_)
            | Node::EvalStr(..)
            | Node::DoFile(_) => self.call_like(n, Ctx::List, out)?,
            Node::Builtin(b, args) => self.call_builtin_list(b, args, out)?,
            Node::Sort(cmp, list, ab) => {
                let mut items = Vec::new();
                self.list(list, &mut items)?;
                self.sort_values(cmp.as_deref(), &mut items, ab)?;
                out.extend(items);
            }
            Node::Reverse(list) => {
                let mut items = Vec::new();
                self.list(list, &mut items)?;
                items.reverse();
                out.extend(items);
            }
            Node::MapGrep(is_grep, body, list) => {
                self.map_grep(*is_grep, body, list, out, Ctx::List)?;
            }
            Node::Match { .. } | Node::Subst { .. } | Node::Trans { .. } => {
                let v = self.regex_op(n, Ctx::List, out)?;
                let _ = v;
            }
            Node::ReadLine(src) => self.readline_list(src, out)?,
            Node::Return(x) => {
                self.do_return(x.as_deref())?;
            }
            Node::NamedCaptures => {
                let hv = self.named_captures();
                for (k, v) in hv.v.borrow().iter() {
                    out.push(Value::pstr(k.clone()));
                    out.push(v.get());
                }
            }
            Node::MatchOffsets(end) => self.match_offsets(*end, out),
            Node::Local(x) => {
                self.localize(x)?;
                self.list(x, out)?;
            }
            Node::GlobPattern(p) => self.glob_pattern(p, out)?,
            Node::Backtick(cmd) => {
                self.backtick(cmd, Ctx::List, out)?;
            }
            Node::DerefCode(x, strict) => {
                let target = self.sv(x)?;
                let code = self.code_of_value(&target, *strict)?;
                let args = self.underscore_av();
                self.call_sub(&code, args, Ctx::List, out)?;
            }
            _ => out.push(self.sv(n)?),
        }
        Ok(())
    }

    /// `1..10`, `'a'..'e'`, `'aa'..'zz'`.
    pub fn range_list(&mut self, from: &Value, to: &Value, out: &mut Vec<Value>) -> R<()> {
        let numeric = range_is_numeric(from, to);
        if numeric {
            let a = from.to_i64();
            let b = to.to_i64();
            if b >= a {
                if (b - a) as u64 > 500_000_000 {
                    return Err(self.die_str("Out of memory in range"));
                }
                out.reserve((b - a + 1) as usize);
                for i in a..=b {
                    out.push(Value::Int(i));
                }
            }
            return Ok(());
        }
        let start = from.to_pstr().into_owned();
        let end = to.to_pstr().into_owned();
        if start.bytes.len() > end.bytes.len() {
            return Ok(());
        }
        let mut cur = start;
        loop {
            out.push(Value::pstr(cur.clone()));
            if cur.bytes == end.bytes {
                break;
            }
            match crate::num::string_increment(&cur.bytes) {
                Some(n) => cur = PerlString::bytes(n),
                None => break,
            }
            if cur.bytes.len() > end.bytes.len() {
                break;
            }
        }
        Ok(())
    }

    /// Evaluates a list expression to its element cells (aliases where perl aliases).
    pub fn list_cells(&mut self, n: &Node, out: &mut Vec<Sv>) -> R<()> {
        match n {
            Node::List(items) => {
                for i in items {
                    self.list_cells(i, out)?;
                }
            }
            Node::LexSv(_)
            | Node::GlobSv(_)
            | Node::Elem(..)
            | Node::HElem(..)
            | Node::DerefSv(..) => out.push(self.lv(n)?),
            Node::Av(agg) => {
                let av = self.av_of(agg, false)?;
                out.extend(av.v.borrow().iter().cloned());
            }
            Node::Hv(agg) => {
                let hv = self.hv_of(agg, false)?;
                for (k, v) in hv.v.borrow().iter() {
                    out.push(SvCell::new_sv(Value::pstr(k.clone())));
                    out.push(v.clone());
                }
            }
            Node::My(..) => {
                let mut cells = Vec::new();
                self.lv_list(n, &mut cells)?;
                out.extend(cells);
            }
            Node::Const(v) => out.push(SvCell::readonly_sv(v.clone())),
            // `++$x` / `--$x` yield the variable itself.
            Node::IncDec(op, _) | Node::LexIncDec(op, _) if *op < 2 => out.push(self.lv(n)?),
            // Operators that always give one value: a temporary cell for it.
            Node::Bin(..) | Node::Concat(_) | Node::Not(_) | Node::Neg(_) => {
                out.push(SvCell::new_sv(self.sv(n)?))
            }
            // `++$x` / `--$x` yield the variable itself; `$x++` a new value.
            Node::IncDec(op, _) | Node::LexIncDec(op, _) if *op < 2 => out.push(self.lv(n)?),
            Node::LexIncDec(..) | Node::IncDec(..) => out.push(SvCell::new_sv(self.sv(n)?)),
            Node::ASlice(agg, idx) => {
                let mut is = Vec::new();
                self.list(idx, &mut is)?;
                let av = self.av_of(agg, true)?;
                for i in is {
                    let i = i.to_i64();
                    let ix = if i < 0 { i + av.len() as i64 } else { i };
                    out.push(av.elem_lv(ix.max(0) as usize));
                }
            }
            Node::HSlice(agg, keys) => {
                let mut ks = Vec::new();
                self.list(keys, &mut ks)?;
                let hv = self.hv_of(agg, true)?;
                for k in ks {
                    out.push(hv.elem_lv(hkey(k.to_pstr().into_owned())));
                }
            }
            Node::Builtin(b, args) if b.name == "values" => match args.first() {
                Some(Node::Av(agg)) => {
                    let av = self.av_of(agg, true)?;
                    out.extend(av.v.borrow().iter().cloned());
                }
                Some(x) => {
                    let hv = self.arg_hv(x)?;
                    out.extend(hv.v.borrow().values().cloned());
                }
                None => {}
            },
            Node::ListAssign(l, _) => {
                self.void(n)?;
                self.assigned_cells(l, out)?;
            }
            // `for (grep {...} @a)` aliases the chosen elements of @a.
            Node::MapGrep(true, body, list) => self.grep_cells(body, list, out)?,
            // `for (reverse ...)` aliases the elements too.
            Node::Builtin(b, args) if b.name == "reverse" => {
                let mut cells = Vec::new();
                for a in args {
                    self.list_cells(a, &mut cells)?;
                }
                cells.reverse();
                out.extend(cells);
            }
            // `for (sort ...)` aliases the sorted elements themselves.
            Node::Sort(cmp, list, ab) => {
                let mut cells = Vec::new();
                self.list_cells(list, &mut cells)?;
                let mut items: Vec<Value> = cells.iter().map(|c| c.get()).collect();
                self.sort_values(cmp.as_deref(), &mut items, ab)?;
                out.extend(cells_in_sorted_order(cells, &items));
            }
            // `for ((my $x = $y)) { s/..// }`: a scalar assignment yields its left side.
            Node::Assign(..) | Node::OpAssign(..) => out.push(self.lv(n)?),
            _ => {
                let mut vals = Vec::new();
                self.list(n, &mut vals)?;
                out.extend(vals.into_iter().map(SvCell::new_sv));
            }
        }
        Ok(())
    }

    /// The cells of a list assignment's left side after the assignment ran (no new `my`).
    pub fn assigned_cells(&mut self, l: &Node, out: &mut Vec<Sv>) -> R<()> {
        match l {
            Node::My(slots, _, _) => {
                for (_, s) in slots {
                    match &self.pad[*s as usize] {
                        crate::value::Slot::S(x) => out.push(x.clone()),
                        crate::value::Slot::A(x) => out.extend(x.v.borrow().iter().cloned()),
                        crate::value::Slot::H(x) => out.extend(x.v.borrow().values().cloned()),
                    }
                }
                Ok(())
            }
            Node::List(items) => {
                for i in items {
                    self.assigned_cells(i, out)?;
                }
                Ok(())
            }
            other => self.list_cells(other, out),
        }
    }

    /// `@a = (LIST) x N` and `my @a = (LIST) x N`: the array's cells are made straight from
    /// the repeated items, without first building the list of all N copies (`my @sieve =
    /// (1) x 3e6` made a 48 MB list of values next to the array). `false`: not this shape
    /// (nothing was evaluated).
    pub fn repeat_array_assign(&mut self, l: &Node, r: &Node) -> R<bool> {
        let Node::ListRepeat(list, count) = r else {
            return Ok(false);
        };
        let l = match l {
            Node::List(items) if items.len() == 1 => &items[0],
            other => other,
        };
        let single_array = match l {
            Node::My(slots, ..) => slots.len() == 1 && slots[0].0 == PadKind::Array,
            Node::Av(Agg::Lex(_) | Agg::Glob(_)) => true,
            _ => false,
        };
        if !single_array {
            return Ok(false);
        }
        let mut items = Vec::new();
        self.list(list, &mut items)?;
        let n = self.sv(count)?.to_i64().max(0) as usize;
        let Some(total) = items.len().checked_mul(n) else {
            return Err(self.die_str("Out of memory during list extend"));
        };
        let av = match l {
            Node::My(slots, _, in_loop) => {
                self.declare_my(slots, *in_loop);
                match &self.pad[slots[0].1 as usize] {
                    Slot::A(a) => a.clone(),
                    _ => return Ok(false),
                }
            }
            Node::Av(agg) => self.av_of(agg, true)?,
            _ => return Ok(false),
        };
        if let Some(obj) = self.tied_av(&av) {
            let mut vals = Vec::with_capacity(total);
            for _ in 0..n {
                vals.extend(items.iter().cloned());
            }
            self.tied_array_assign(&obj, vals)?;
            return Ok(true);
        }
        let mut cells = std::collections::VecDeque::new();
        if cells.try_reserve_exact(total).is_err() {
            return Err(self.die_str("Out of memory during list extend"));
        }
        for _ in 0..n {
            cells.extend(items.iter().map(|v| SvCell::new_sv(v.clone())));
        }
        *av.v.borrow_mut() = cells;
        Ok(true)
    }

    /// `map`/`grep` with `$_` aliased to each element. Returns the count.
    pub fn map_grep(
        &mut self,
        is_grep: bool,
        body: &Node,
        list: &Node,
        out: &mut Vec<Value>,
        ctx: Ctx,
    ) -> R<usize> {
        let mut items = ListItems::of(self, list)?;
        let g = self.underscore.clone();
        let saved = g.sv.borrow().clone();
        let mut count = 0;
        let mut result = Ok(());
        while let Some(c) = items.next_cell(&g) {
            *g.sv.borrow_mut() = c.clone();
            if is_grep {
                match self.sv_block_value(body) {
                    Ok(v) => {
                        if v.truthy() {
                            count += 1;
                            if ctx == Ctx::List {
                                out.push(c.get());
                            }
                        }
                    }
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
            } else {
                let before = out.len();
                if let Err(e) = self.list_block_value(body, out) {
                    result = Err(e);
                    break;
                }
                count += out.len() - before;
                if ctx != Ctx::List {
                    out.truncate(before);
                }
            }
            items.done_with(c);
        }
        *g.sv.borrow_mut() = saved;
        result.map(|_| count)
    }

    /// `grep` where the caller wants the elements themselves (aliases), not copies.
    fn grep_cells(&mut self, body: &Node, list: &Node, out: &mut Vec<Sv>) -> R<()> {
        let mut items = ListItems::of(self, list)?;
        let g = self.underscore.clone();
        let saved = g.sv.borrow().clone();
        let mut result = Ok(());
        while let Some(c) = items.next_cell(&g) {
            *g.sv.borrow_mut() = c.clone();
            match self.sv_block_value(body) {
                Ok(v) if v.truthy() => out.push(c),
                Ok(_) => items.done_with(c),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        *g.sv.borrow_mut() = saved;
        result
    }

    /// A map/grep/sort body: a block evaluated for its last statement's value.
    fn sv_block_value(&mut self, body: &Node) -> R<Value> {
        match body {
            Node::DoBlock(b) => {
                let mut out = Vec::new();
                self.block_value(b, Ctx::Scalar, &mut out)?;
                Ok(out.pop().unwrap_or(Value::Undef))
            }
            other => self.sv(other),
        }
    }

    fn list_block_value(&mut self, body: &Node, out: &mut Vec<Value>) -> R<()> {
        match body {
            Node::DoBlock(b) => self.block_value(b, Ctx::List, out),
            other => self.list(other, out),
        }
    }

    pub fn sort_values(
        &mut self,
        cmp: Option<&SortCmp>,
        items: &mut Vec<Value>,
        ab: &(crate::value::Glob, crate::value::Glob),
    ) -> R<()> {
        let cmp = match cmp {
            Some(SortCmp::NumAsc)
            | Some(SortCmp::NumDesc)
            | Some(SortCmp::StrAsc)
            | Some(SortCmp::StrDesc)
                if self.overloads_present && items.iter().any(|v| v.is_ref()) =>
            {
                let (op, desc) = match cmp {
                    Some(SortCmp::NumAsc) => (lang::ast::BinOp::NumCmp, false),
                    Some(SortCmp::NumDesc) => (lang::ast::BinOp::NumCmp, true),
                    Some(SortCmp::StrAsc) => (lang::ast::BinOp::StrCmp, false),
                    _ => (lang::ast::BinOp::StrCmp, true),
                };
                let mut err = None;
                let mut tmp = std::mem::take(items);
                merge_sort(&mut tmp, &mut |x: &Value, y: &Value| {
                    if err.is_some() {
                        return Ordering::Equal;
                    }
                    let (p, q) = if desc { (y, x) } else { (x, y) };
                    match self.binop_values(op, p.clone(), q.clone()) {
                        Ok(v) => v.to_i64().cmp(&0),
                        Err(e) => {
                            err = Some(e);
                            Ordering::Equal
                        }
                    }
                });
                *items = tmp;
                return match err {
                    Some(e) => Err(e),
                    None => Ok(()),
                };
            }
            other => other,
        };
        match cmp {
            None | Some(SortCmp::StrAsc) => {
                items.sort_by(|a, b| a.to_pstr().cmp_perl(&b.to_pstr()));
            }
            Some(SortCmp::StrDesc) => {
                items.sort_by(|a, b| b.to_pstr().cmp_perl(&a.to_pstr()));
            }
            Some(SortCmp::NumAsc) | Some(SortCmp::NumDesc) => {
                // Each element is numified once (warning once, as perl's cached IV/NV does).
                let desc = matches!(cmp, Some(SortCmp::NumDesc));
                let mut keyed: Vec<(crate::value::Num, Value)> = std::mem::take(items)
                    .into_iter()
                    .map(|v| (self.num_of(&v, "sort"), v))
                    .collect();
                keyed.sort_by(|(a, _), (b, _)| {
                    let o = arith::num_cmp(*a, *b).unwrap_or(Ordering::Equal);
                    if desc {
                        o.reverse()
                    } else {
                        o
                    }
                });
                *items = keyed.into_iter().map(|(_, v)| v).collect();
            }
            Some(c) => {
                let (ga, gb) = (&ab.0, &ab.1);
                let sa = ga.sv.borrow().clone();
                let sb = gb.sv.borrow().clone();
                let code = match c {
                    SortCmp::Code(n) => {
                        let v = self.sv(n)?;
                        Some(self.code_of_value(&v, false)?)
                    }
                    _ => None,
                };
                let (ca, cb) = (SvCell::new_sv(Value::Undef), SvCell::new_sv(Value::Undef));
                *ga.sv.borrow_mut() = ca.clone();
                *gb.sv.borrow_mut() = cb.clone();
                // If the comparator is a sub from another package, its $a/$b are there.
                let code_ab = code.as_ref().and_then(|c| {
                    if *c.pkg != *ga.pkg {
                        Some((
                            self.glob_in(&c.pkg.clone(), "a"),
                            self.glob_in(&c.pkg.clone(), "b"),
                        ))
                    } else {
                        None
                    }
                });
                let saved_code_ab = code_ab.as_ref().map(|(x, y)| {
                    let r = (x.sv.borrow().clone(), y.sv.borrow().clone());
                    *x.sv.borrow_mut() = ca.clone();
                    *y.sv.borrow_mut() = cb.clone();
                    r
                });
                // A block of one expression statement runs as that expression (what
                // `block_value` would do, without its bookkeeping per comparison).
                let single = match (&code, c) {
                    (None, SortCmp::Block(b))
                        if b.stmts.len() == 1
                            && !b.scoped
                            && !b.matches
                            && b.lexicals.is_empty()
                            && b.stmts[0].label.is_none() =>
                    {
                        match &b.stmts[0].kind {
                            crate::compile::node::StmtKind::Expr(n) => Some((n, &b.stmts[0])),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                let mut err = None;
                let mut tmp = std::mem::take(items);
                let mut out = Vec::new();
                merge_sort(&mut tmp, &mut |x: &Value, y: &Value| {
                    if err.is_some() {
                        return Ordering::Equal;
                    }
                    ca.put(x.clone());
                    cb.put(y.clone());
                    let r = match (&code, c, single) {
                        (_, _, Some((n, st))) => {
                            self.line = st.line;
                            self.warn_on = st.warn;
                            self.integer = st.integer;
                            self.sv(n)
                        }
                        (Some(code), _, _) => {
                            out.clear();
                            let args = self.spare_args_av();
                            self.call_sub(code, args, Ctx::Scalar, &mut out)
                                .map(|_| out.pop().unwrap_or(Value::Undef))
                        }
                        (None, SortCmp::Block(b), _) => {
                            out.clear();
                            self.block_value(b, Ctx::Scalar, &mut out)
                                .map(|_| out.pop().unwrap_or(Value::Undef))
                        }
                        _ => Ok(Value::Int(0)),
                    };
                    match r {
                        Ok(Value::Int(i)) => i.cmp(&0),
                        Ok(v) => v.to_i64().cmp(&0),
                        Err(e) => {
                            err = Some(e);
                            Ordering::Equal
                        }
                    }
                });
                *items = tmp;
                *ga.sv.borrow_mut() = sa;
                *gb.sv.borrow_mut() = sb;
                if let (Some((x, y)), Some((s1, s2))) = (code_ab, saved_code_ab) {
                    *x.sv.borrow_mut() = s1;
                    *y.sv.borrow_mut() = s2;
                }
                if let Some(e) = err {
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// After a list assignment in list context: the values of the left side.
    fn list_lvalues_values(&mut self, l: &Node, out: &mut Vec<Value>) -> R<()> {
        match l {
            Node::My(slots, _, _) => {
                for (_, s) in slots {
                    match &self.pad[*s as usize] {
                        crate::value::Slot::S(x) => out.push(x.get()),
                        crate::value::Slot::A(x) => out.extend(x.values()),
                        crate::value::Slot::H(x) => {
                            for (k, v) in x.v.borrow().iter() {
                                out.push(Value::pstr(k.clone()));
                                out.push(v.get());
                            }
                        }
                    }
                }
                Ok(())
            }
            Node::List(items) => {
                for i in items {
                    self.list_lvalues_values(i, out)?;
                }
                Ok(())
            }
            Node::Const(_) => Ok(()),
            other => self.list(other, out),
        }
    }
}

/// perl's RANGE_IS_NUMERIC: a numeric range unless both ends are strings and the left one
/// is not a plain number (or starts with `0`).
pub fn range_is_numeric(from: &Value, to: &Value) -> bool {
    let not_str = |v: &Value| !matches!(v, Value::Str(_));
    not_str(from)
        || not_str(to)
        || match (from, to) {
            (Value::Str(a), Value::Str(b)) => {
                (crate::num::looks_like_number(&a.bytes)
                    && a.bytes.first() != Some(&b'0')
                    && crate::num::looks_like_number(&b.bytes))
                    || a.bytes.is_empty()
                    || a.bytes == b"0"
            }
            _ => true,
        }
}

/// A stable merge sort that tolerates inconsistent comparators (perl's sort is mergesort).
/// It sorts positions, so merging moves plain indices; a merge whose halves are already
/// in order costs one comparison.
pub fn merge_sort<F: FnMut(&Value, &Value) -> Ordering>(v: &mut Vec<Value>, cmp: &mut F) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut idx: Vec<usize> = (0..n).collect();
    let mut scratch = vec![0usize; n];
    sort_positions(&mut idx, &mut scratch, v, cmp);
    let mut vals = std::mem::take(v);
    *v = idx.iter().map(|&i| std::mem::take(&mut vals[i])).collect();
}

fn sort_positions<F: FnMut(&Value, &Value) -> Ordering>(
    idx: &mut [usize],
    scratch: &mut [usize],
    vals: &[Value],
    cmp: &mut F,
) {
    let n = idx.len();
    // Insertion sort for small runs.
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && cmp(&vals[idx[j - 1]], &vals[idx[j]]) == Ordering::Greater {
                idx.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    {
        let (left, right) = idx.split_at_mut(mid);
        let (sl, sr) = scratch.split_at_mut(mid);
        sort_positions(left, sl, vals, cmp);
        sort_positions(right, sr, vals, cmp);
    }
    if cmp(&vals[idx[mid - 1]], &vals[idx[mid]]) != Ordering::Greater {
        return;
    }
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if cmp(&vals[idx[i]], &vals[idx[j]]) == Ordering::Greater {
            scratch[k] = idx[j];
            j += 1;
        } else {
            scratch[k] = idx[i];
            i += 1;
        }
        k += 1;
    }
    scratch[k..k + mid - i].copy_from_slice(&idx[i..mid]);
    k += mid - i;
    scratch[k..k + n - j].copy_from_slice(&idx[j..n]);
    idx.copy_from_slice(&scratch[..n]);
}

impl PerlString {
    /// String comparison (`cmp`): by code point, which for UTF-8 is byte order.
    pub fn cmp_perl(&self, other: &PerlString) -> Ordering {
        if self.utf8 == other.utf8 {
            self.bytes.cmp(&other.bytes)
        } else {
            self.upgraded().bytes.cmp(&other.upgraded().bytes)
        }
    }
}

#[allow(dead_code)]
fn unused(_: Ctl) {}

/// Puts `cells` in the order of `sorted` (their values after a stable sort): identical
/// values keep their original relative order, so each value finds its own cell.
fn cells_in_sorted_order(cells: Vec<Sv>, sorted: &[Value]) -> Vec<Sv> {
    use std::collections::{HashMap, VecDeque};
    fn identity(v: &Value) -> (u8, usize, Vec<u8>) {
        match v {
            Value::Undef => (0, 0, Vec::new()),
            Value::Int(i) => (1, 0, i.to_le_bytes().to_vec()),
            Value::UInt(u) => (2, 0, u.to_le_bytes().to_vec()),
            Value::Num(f) => (3, 0, f.to_bits().to_le_bytes().to_vec()),
            Value::Str(s) => (4 + s.utf8 as u8, 0, s.bytes.clone()),
            other if other.is_ref() => (6, other.ref_addr(), Vec::new()),
            other => (7, 0, other.to_pstr().bytes.clone()),
        }
    }
    let mut by_value: HashMap<(u8, usize, Vec<u8>), VecDeque<Sv>> = HashMap::new();
    for c in cells {
        by_value.entry(identity(&c.get())).or_default().push_back(c);
    }
    sorted
        .iter()
        .map(|v| {
            by_value
                .get_mut(&identity(v))
                .and_then(|q| q.pop_front())
                .unwrap_or_else(|| SvCell::new_sv(v.clone()))
        })
        .collect()
}

/// Whether a list (top level) has a `++`/`--`, which may change a variable other items
/// pass by alias.
pub fn has_incdec(n: &Node) -> bool {
    match n {
        Node::List(items) => items.iter().any(has_incdec),
        Node::IncDec(..) | Node::LexIncDec(..) => true,
        _ => false,
    }
}

/// The items `map`/`grep` alias `$_` to, one at a time. A list of fresh values (a range, a
/// call's results, another `map`) does not get a cell per value up front, as `list_cells`
/// would: one temporary cell is reused while nothing kept the previous one (perl also
/// makes a temporary per value, but a pointer stack instead of 40-byte cells).
enum ListItems {
    Cells(std::vec::IntoIter<Sv>),
    Values(std::vec::IntoIter<Value>, Option<Sv>),
}

impl ListItems {
    fn of(it: &mut Interp, list: &Node) -> R<ListItems> {
        if list_cells_aliases(list) {
            let mut cells = Vec::new();
            it.list_cells(list, &mut cells)?;
            Ok(ListItems::Cells(cells.into_iter()))
        } else {
            let mut vals = Vec::new();
            it.list(list, &mut vals)?;
            Ok(ListItems::Values(vals.into_iter(), None))
        }
    }

    /// The next element's cell; `underscore` is `*_`, which still holds the previous one.
    fn next_cell(&mut self, underscore: &crate::value::Glob) -> Option<Sv> {
        match self {
            ListItems::Cells(c) => c.next(),
            ListItems::Values(vals, spare) => {
                let v = vals.next()?;
                if let Some(c) = spare.take() {
                    let held_by_underscore = Sv::ptr_eq(&underscore.sv.borrow(), &c);
                    if Sv::strong_count(&c) == 1 + held_by_underscore as usize
                        && Sv::weak_count(&c) == 0
                        && c.is_plain()
                    {
                        c.put(v);
                        return Some(c);
                    }
                }
                Some(SvCell::new_sv(v))
            }
        }
    }

    /// The body is done with `c`: it may serve the next value if nothing else kept it.
    fn done_with(&mut self, c: Sv) {
        if let ListItems::Values(_, spare) = self {
            *spare = Some(c);
        }
    }
}

/// Whether `list_cells` gives `n`'s elements as existing cells (aliases, or cells it makes
/// specially) rather than fresh cells around `list`'s values. A superset of its arms is
/// safe: those nodes simply keep the cell path.
fn list_cells_aliases(n: &Node) -> bool {
    match n {
        Node::Builtin(b, _) => b.name == "values" || b.name == "reverse",
        Node::MapGrep(is_grep, ..) => *is_grep,
        _ => matches!(
            n,
            Node::List(_)
                | Node::LexSv(_)
                | Node::GlobSv(_)
                | Node::Elem(..)
                | Node::HElem(..)
                | Node::DerefSv(..)
                | Node::Av(_)
                | Node::Hv(_)
                | Node::My(..)
                | Node::Const(_)
                | Node::IncDec(..)
                | Node::LexIncDec(..)
                | Node::Bin(..)
                | Node::Concat(_)
                | Node::Not(_)
                | Node::Neg(_)
                | Node::ASlice(..)
                | Node::HSlice(..)
                | Node::ListAssign(..)
                | Node::Sort(..)
                | Node::Assign(..)
                | Node::OpAssign(..)
        ),
    }
}
