//! AST -> executable tree. Resolves lexicals to pad slots (with closure captures), globals
//! to glob handles, builtins to function pointers; runs `use`/`BEGIN`/sub definitions at
//! compile time as perl does. Expressions are in `expr.rs`, statements in `stmt.rs`.

pub mod arity;
pub mod call;
pub mod closure_state;
pub mod experimental;
pub mod expr;
pub mod lexical_subs;
pub mod lvalue_subs;
pub mod node;
pub mod parallel;
pub mod refalias;
pub mod smartmatch;
pub mod stmt;
pub mod try_catch;

use crate::interp::Interp;
use crate::value::{Glob, Slot, Value};
use lang::ast;
use lang::SourceFile;
use node::{Block, Node, PadKind, SubBody};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

#[derive(Clone)]
pub enum Binding {
    Lex(u32, PadKind),
    Our(Glob),
}

/// Lexicals visible at a string `eval`: (sigil+name, slot, kind).
#[derive(Default)]
pub struct EvalScope {
    pub vars: Vec<(String, u32, PadKind)>,
    /// `our` declarations in scope (sigil+name, glob): `use strict` accepts them in the eval.
    pub ours: Vec<(String, Glob)>,
    pub pkg: Rc<str>,
    pub strict_vars: bool,
    pub strict_refs: bool,
    pub warnings: bool,
    pub features: u32,
    pub utf8: bool,
}

/// One sub being compiled.
pub struct SubScope {
    scopes: Vec<HashMap<String, Binding>>,
    pub pad: Vec<PadKind>,
    pub pad_names: Vec<String>,
    /// (local slot, slot in the enclosing sub's pad)
    pub captures: Vec<(u32, u32)>,
    pub loop_depth: u32,
    free: Vec<String>,
    free_seen: HashSet<String>,
    called: Vec<String>,
    /// For a string eval: the runtime pad it captures from (bindings by name).
    eval_outer: Option<Rc<EvalScope>>,
    /// Top-level program: captures of named subs read the interpreter's main pad.
    pub is_main: bool,
    /// Cells that named subs declared inside this sub captured at compile time: this sub's
    /// first run uses them for those lexicals (perl's named subs see the first instance).
    pub first_cells: Vec<(u32, Slot)>,
    /// An anonymous sub: each closure made from it gets its own `state` variables.
    pub anon: bool,
}

impl SubScope {
    fn new(is_main: bool) -> SubScope {
        SubScope {
            scopes: vec![HashMap::new()],
            pad: Vec::new(),
            pad_names: Vec::new(),
            captures: Vec::new(),
            loop_depth: 0,
            free: Vec::new(),
            free_seen: HashSet::new(),
            called: Vec::new(),
            eval_outer: None,
            is_main,
            first_cells: Vec::new(),
            anon: false,
        }
    }
}

pub const FEAT_SAY: u32 = 1;
pub const FEAT_STATE: u32 = 2;
pub const FEAT_SIGNATURES: u32 = 4;
pub const FEAT_CURRENT_SUB: u32 = 8;
/// `evalbytes` is a builtin (feature 'evalbytes', `use v5.16`).
pub const FEAT_EVALBYTES: u32 = 16;

/// Lexical pragma state (saved/restored per block).
#[derive(Clone)]
pub struct Pragmas {
    pub strict_vars: bool,
    pub strict_refs: bool,
    pub strict_subs: bool,
    pub warnings: bool,
    pub integer: bool,
    pub utf8: bool,
    /// `use bytes`: `length` counts the bytes of the internal encoding.
    pub bytes: bool,
    pub features: u32,
}

pub struct Compiler<'a> {
    pub interp: &'a mut Interp,
    pub src: &'a SourceFile,
    pub file: Rc<str>,
    pub pkg: Rc<str>,
    pub subs: Vec<SubScope>,
    pub prag: Pragmas,
    pub errors: Vec<String>,
    /// Named subs defined by this unit (for `SUPER` / diagnostics).
    pub anon_count: u32,
    /// Match/substitution operators compiled so far (a block that adds some restores the
    /// last match at exit).
    pub regex_ops: u32,
    /// A lexical sub (`my sub`) is visible somewhere in this unit: calls must look for it.
    pub lexical_subs: bool,
}

pub struct CompileError(pub String);

impl<'a> Compiler<'a> {
    pub fn new(interp: &'a mut Interp, src: &'a SourceFile, pkg: &str) -> Compiler<'a> {
        let warnings = interp.opts_warnings;
        Compiler {
            file: Rc::from(src.name.as_str()),
            interp,
            src,
            pkg: Rc::from(pkg),
            subs: vec![SubScope::new(true)],
            prag: Pragmas {
                strict_vars: false,
                strict_refs: false,
                strict_subs: false,
                warnings,
                integer: false,
                bytes: false,
                utf8: false,
                features: 0,
            },
            lexical_subs: false,
            errors: Vec::new(),
            anon_count: 0,
            regex_ops: 0,
        }
    }

    pub fn line(&self, span: lang::Span) -> u32 {
        self.src.line_of(span.lo)
    }

    pub fn error(&mut self, msg: impl Into<String>, span: lang::Span) {
        let m = format!(
            "{} at {} line {}.\n",
            msg.into(),
            self.file,
            self.line(span)
        );
        self.errors.push(m);
    }

    /// Compiles a whole program as the main body (its pad is the interpreter's main pad).
    pub fn compile_main(&mut self, prog: &ast::Program) -> Rc<SubBody> {
        let regex_ops_before = self.regex_ops;
        let body = self.block_stmts(&prog.body, false);
        let top = self.subs.pop().unwrap();
        self.subs.push(SubScope::new(true));
        Rc::new(SubBody {
            body,
            pad: top.pad,
            pad_names: top.pad_names,
            capture_slots: vec![],
            file: self.file.clone(),
            pkg: Rc::from("main"),
            name: Rc::from("main"),
            signature: None,
            matches: self.regex_ops != regex_ops_before,
            arg_binds: Vec::new(),
            prologue: Vec::new(),
            free_vars: top.free,
            called_subs: top.called,
            spare_pads: Default::default(),
            first_pad: RefCell::new(top.first_cells),
        })
    }

    /// Compiles a string eval body that sees the lexicals in `outer`.
    pub fn compile_eval(
        &mut self,
        prog: &ast::Program,
        outer: Rc<EvalScope>,
    ) -> (Rc<SubBody>, Vec<u32>) {
        self.subs[0].is_main = false;
        self.lexical_subs |= outer.vars.iter().any(|v| v.0.starts_with('&'));
        self.subs[0].eval_outer = Some(outer);
        let regex_ops_before = self.regex_ops;
        let body = self.block_stmts(&prog.body, true);
        let top = self.subs.pop().unwrap();
        self.subs.push(SubScope::new(true));
        let outer_slots = top.captures.iter().map(|c| c.1).collect();
        (
            Rc::new(SubBody {
                body,
                pad: top.pad,
                pad_names: top.pad_names,
                capture_slots: top.captures.iter().map(|c| c.0).collect(),
                file: self.file.clone(),
                pkg: self.pkg.clone(),
                name: Rc::from("(eval)"),
                signature: None,
                matches: self.regex_ops != regex_ops_before,
                arg_binds: Vec::new(),
                prologue: Vec::new(),
                free_vars: top.free,
                called_subs: top.called.clone(),
                spare_pads: Default::default(),
                first_pad: RefCell::new(top.first_cells),
            }),
            outer_slots,
        )
    }

    pub fn cur(&mut self) -> &mut SubScope {
        self.subs.last_mut().unwrap()
    }

    pub fn push_scope(&mut self) {
        self.cur().scopes.push(HashMap::new());
    }
    pub fn pop_scope(&mut self) {
        self.cur().scopes.pop();
    }

    /// Declares a new lexical in the innermost scope and returns its slot.
    pub fn declare(&mut self, sigil: char, name: &str) -> (PadKind, u32) {
        let kind = match sigil {
            '@' => PadKind::Array,
            '%' => PadKind::Hash,
            _ => PadKind::Scalar,
        };
        if sigil == '&' {
            self.lexical_subs = true;
        }
        let sub = self.cur();
        let slot = sub.pad.len() as u32;
        sub.pad.push(kind);
        sub.pad_names.push(format!("{sigil}{name}"));
        sub.scopes
            .last_mut()
            .unwrap()
            .insert(format!("{sigil}{name}"), Binding::Lex(slot, kind));
        (kind, slot)
    }

    pub fn declare_our(&mut self, sigil: char, name: &str) {
        let g = self.interp.glob_in(&self.pkg.clone(), name);
        self.cur()
            .scopes
            .last_mut()
            .unwrap()
            .insert(format!("{sigil}{name}"), Binding::Our(g));
    }

    /// Looks a lexical up through the enclosing subs, adding closure captures on the way.
    pub fn lookup(&mut self, key: &str) -> Option<Binding> {
        let n = self.subs.len();
        self.lookup_in(n - 1, key)
    }

    fn lookup_in(&mut self, level: usize, key: &str) -> Option<Binding> {
        for scope in self.subs[level].scopes.iter().rev() {
            if let Some(b) = scope.get(key) {
                return Some(b.clone());
            }
        }
        // Not in this sub: an enclosing sub's lexical becomes a capture.
        let outer = if level == 0 {
            let eo = self.subs[0].eval_outer.clone()?;
            match eo.vars.iter().rev().find(|v| v.0 == key) {
                Some((_, slot, kind)) => Binding::Lex(*slot, *kind),
                None => Binding::Our(eo.ours.iter().find(|o| o.0 == key)?.1.clone()),
            }
        } else {
            self.lookup_in(level - 1, key)?
        };
        match outer {
            Binding::Our(g) => Some(Binding::Our(g)),
            Binding::Lex(outer_slot, kind) => {
                let sub = &mut self.subs[level];
                let slot = sub.pad.len() as u32;
                sub.pad.push(kind);
                sub.pad_names.push(key.to_string());
                sub.captures.push((slot, outer_slot));
                sub.scopes[0].insert(key.to_string(), Binding::Lex(slot, kind));
                if sub.free_seen.insert(key.to_string()) {
                    sub.free.push(key.to_string());
                }
                Some(Binding::Lex(slot, kind))
            }
        }
    }

    /// The lexicals visible now, for a string eval.
    pub fn eval_scope(&mut self) -> Rc<EvalScope> {
        let mut vars = Vec::new();
        let mut ours = Vec::new();
        let mut seen = HashSet::new();
        let level = self.subs.len() - 1;
        if level == 0 {
            if let Some(eo) = &self.subs[0].eval_outer {
                // Nested eval: everything the outer eval could see, captured on demand.
                let keys: Vec<String> = eo.vars.iter().map(|v| v.0.clone()).collect();
                for k in keys {
                    let _ = self.lookup(&k);
                }
            }
        }
        for scope in self.subs[level].scopes.iter().rev() {
            for (k, b) in scope {
                if seen.insert(k.clone()) {
                    match b {
                        Binding::Lex(slot, kind) => vars.push((k.clone(), *slot, *kind)),
                        Binding::Our(g) => ours.push((k.clone(), g.clone())),
                    }
                }
            }
        }
        // Variables of enclosing subs: capture them so the eval can see them.
        if level > 0 {
            let mut outer_keys = Vec::new();
            for l in 0..level {
                for scope in &self.subs[l].scopes {
                    for k in scope.keys() {
                        if !seen.contains(k) {
                            outer_keys.push(k.clone());
                        }
                    }
                }
            }
            for k in outer_keys {
                match self.lookup(&k) {
                    Some(Binding::Lex(slot, kind)) if seen.insert(k.clone()) => {
                        vars.push((k, slot, kind))
                    }
                    Some(Binding::Our(g)) if seen.insert(k.clone()) => ours.push((k, g)),
                    _ => {}
                }
            }
        }
        // a nested eval sees the `our`s its enclosing eval saw
        if let Some(eo) = &self.subs[0].eval_outer {
            for (k, g) in &eo.ours {
                if seen.insert(k.clone()) {
                    ours.push((k.clone(), g.clone()));
                }
            }
        }
        Rc::new(EvalScope {
            vars,
            ours,
            pkg: self.pkg.clone(),
            strict_vars: self.prag.strict_vars,
            strict_refs: self.prag.strict_refs,
            warnings: self.prag.warnings,
            features: self.prag.features,
            utf8: self.prag.utf8,
        })
    }

    pub fn note_call(&mut self, name: &str) {
        let sub = self.cur();
        if !sub.called.iter().any(|c| c == name) {
            sub.called.push(name.to_string());
        }
    }

    /// Compiles a sub definition; returns the body and, per capture, the outer slot.
    pub fn compile_sub(&mut self, def: &ast::SubDef, name: &str) -> (Rc<SubBody>, Vec<u32>) {
        self.subs.push(SubScope::new(false));
        self.cur().anon = def.name.is_none() && name.ends_with("::__ANON__");
        let regex_ops_before = self.regex_ops;
        let saved_prag = self.prag.clone();
        let mut signature = None;
        if let Some(sig) = &def.signature {
            let mut params = Vec::new();
            for p in &sig.params {
                let sigil = match p.sigil {
                    ast::Sigil::Array => '@',
                    ast::Sigil::Hash => '%',
                    _ => '$',
                };
                let (kind, slot) = match &p.name {
                    Some(n) => {
                        let (k, s) = self.declare(sigil, n);
                        (k, Some(s))
                    }
                    None => (
                        match sigil {
                            '@' => PadKind::Array,
                            '%' => PadKind::Hash,
                            _ => PadKind::Scalar,
                        },
                        None,
                    ),
                };
                let default = p.default.as_ref().map(|d| self.expr(d));
                params.push(node::SigParam {
                    slot,
                    kind,
                    default,
                });
            }
            signature = Some(params);
        }
        let body = match &def.body {
            Some(b) => {
                let mut body = self.block_stmts(&b.stmts, true);
                tail_returns(&mut body);
                body
            }
            None => Block {
                stmts: vec![],
                scoped: false,
                lexicals: Vec::new(),
                matches: false,
            },
        };
        self.prag = saved_prag;
        let sub = self.subs.pop().unwrap();
        let outer: Vec<u32> = sub.captures.iter().map(|c| c.1).collect();
        let mut body = body;
        let (arg_binds, prologue) = if signature.is_none() {
            split_arg_binds(&mut body)
        } else {
            (Vec::new(), Vec::new())
        };
        // Free variables propagate to the enclosing sub (it had to capture them too).
        let parent = self.cur();
        for f in &sub.free {
            let _ = f;
        }
        let _ = parent;
        (
            Rc::new(SubBody {
                body,
                pad: sub.pad,
                pad_names: sub.pad_names,
                capture_slots: sub.captures.iter().map(|c| c.0).collect(),
                file: self.file.clone(),
                pkg: self.pkg.clone(),
                name: Rc::from(name),
                signature,
                matches: self.regex_ops != regex_ops_before,
                arg_binds,
                prologue,
                free_vars: sub.free,
                called_subs: sub.called,
                spare_pads: Default::default(),
                first_pad: RefCell::new(sub.first_cells),
            }),
            outer,
        )
    }

    /// For a named sub compiled at file level: the cells of the captured main-pad slots.
    pub fn main_captures(&mut self, outer: &[u32]) -> Vec<Slot> {
        let is_main_level = self.subs.len() == 1 && self.subs[0].is_main;
        let kinds = self.subs[0].pad.clone();
        if is_main_level {
            self.interp.ensure_main_pad(&kinds);
        }
        outer
            .iter()
            .map(|&o| {
                if is_main_level {
                    self.interp.main_pad[o as usize].clone()
                } else {
                    let kind = self
                        .cur()
                        .pad
                        .get(o as usize)
                        .copied()
                        .unwrap_or(PadKind::Scalar);
                    let cell = crate::exec::fresh_slot(kind);
                    self.cur().first_cells.push((o, cell.clone()));
                    cell
                }
            })
            .collect()
    }
}

/// A sub body's final `return EXPR` (also at the end of a final `if`/`else` branch) is the
/// same as `EXPR` there, which the sub's context evaluates without unwinding.
fn tail_returns(b: &mut node::Block) {
    let Some(last) = b.stmts.last_mut() else {
        return;
    };
    match &mut last.kind {
        node::StmtKind::Expr(n) => {
            if let Node::Return(Some(x)) = n {
                let x = std::mem::replace(&mut **x, Node::Const(Value::Undef));
                *n = x;
            }
        }
        node::StmtKind::If {
            branches,
            otherwise,
        } => {
            for (_, blk) in branches.iter_mut() {
                tail_returns(blk);
            }
            if let Some(o) = otherwise {
                tail_returns(o);
            }
        }
        _ => {}
    }
}

/// Takes a sub body's leading argument-binding statements (`my $x = shift;`,
/// `my ($x, $y) = @_;`) out of it, so the call binds them directly. The last statement
/// stays (its value is the sub's value).
fn split_arg_binds(body: &mut Block) -> (Vec<node::ArgBind>, Vec<node::Stmt>) {
    let mut binds = Vec::new();
    while body.stmts.len() > binds.len() + 1 {
        let st = &body.stmts[binds.len()];
        if st.label.is_some() {
            break;
        }
        let node::StmtKind::Expr(n) = &st.kind else {
            break;
        };
        let bind = match n {
            Node::Assign(l, r) => match (&**l, &**r) {
                (Node::My(slots, _, false), Node::Builtin(b, args))
                    if b.name == "shift"
                        && slots.len() == 1
                        && slots[0].0 == PadKind::Scalar
                        && args.len() == 1
                        && is_underscore_av(&args[0]) =>
                {
                    node::ArgBind::Shift(slots[0].1)
                }
                _ => break,
            },
            Node::ListAssign(l, r) => match (&**l, &**r) {
                (Node::My(slots, _, false), av)
                    if is_underscore_av(av)
                        && !slots.is_empty()
                        && slots.iter().all(|s| s.0 == PadKind::Scalar) =>
                {
                    node::ArgBind::Copy(slots.iter().map(|s| s.1).collect())
                }
                _ => break,
            },
            _ => break,
        };
        binds.push(bind);
    }
    let prologue = body.stmts.drain(..binds.len()).collect();
    (binds, prologue)
}

fn is_underscore_av(n: &Node) -> bool {
    matches!(n, Node::Av(node::Agg::Glob(g)) if &*g.name == "_" && &*g.pkg == "main")
}
