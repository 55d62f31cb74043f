//! Statements, blocks, sub definitions, packages, `use`/`no` and phasers.

use super::node::{Block, LoopVar, Node, Stmt, StmtKind};
use super::{Compiler, FEAT_CURRENT_SUB, FEAT_EVALBYTES, FEAT_SAY, FEAT_SIGNATURES, FEAT_STATE};
use crate::value::{CodeBody, CodeCell, Value};
use lang::ast::{self, ExprKind, StmtKind as S};
use std::cell::RefCell;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// Compiles statements in a new lexical scope.
    pub fn block_stmts(&mut self, stmts: &[ast::Stmt], sub_body: bool) -> Block {
        let top_level_main =
            self.subs.len() == 1 && self.cur().is_main && self.cur().scopes.len() == 1;
        self.push_scope();
        let pad_before = self.cur().pad.len();
        let saved_prag = self.prag.clone();
        let saved_pkg = self.pkg.clone();
        let mut out = Vec::with_capacity(stmts.len());
        let mut scoped = false;
        let regex_ops_before = self.regex_ops;
        for (i, s) in stmts.iter().enumerate() {
            if let S::Defer(d) = &s.kind {
                // `defer BLOCK`: the rest of the block runs as a body whose `finally` is the
                // deferred block, so it runs however the block is left.
                out.push(self.defer_rest(s, d, &stmts[i + 1..]));
                break;
            }
            if let Some(st) = self.stmt(s) {
                if stmt_has_local(&st) {
                    scoped = true;
                }
                out.push(st);
            }
        }
        self.prag = saved_prag;
        self.pkg = saved_pkg;
        let sub = self.cur();
        let lexicals: Vec<u32> = (pad_before..sub.pad.len())
            .map(|s| s as u32)
            .filter(|s| !sub.captures.iter().any(|c| c.0 == *s))
            .collect();
        let lexicals = if top_level_main { Vec::new() } else { lexicals };
        self.pop_scope();
        Block {
            stmts: out,
            scoped,
            lexicals,
            // A sub call restores the caller's match itself.
            matches: self.regex_ops != regex_ops_before && !top_level_main && !sub_body,
        }
    }

    fn defer_rest(&mut self, s: &ast::Stmt, deferred: &ast::Block, rest: &[ast::Stmt]) -> Stmt {
        let line = self.line(s.span);
        self.experimental_warning(super::experimental::QUIET_DEFER, "defer", line);
        let finally = self.block(deferred);
        let body = self.block_stmts(rest, false);
        Stmt {
            line,
            warn: self.prag.warnings,
            integer: self.prag.integer,
            label: None,
            kind: StmtKind::Try {
                body,
                catch: None,
                finally: Some(finally),
            },
        }
    }

    pub fn block(&mut self, b: &ast::Block) -> Block {
        self.block_stmts(&b.stmts, false)
    }

    fn loop_block(&mut self, b: &ast::Block) -> Block {
        self.cur().loop_depth += 1;
        let mut r = self.block(b);
        self.cur().loop_depth -= 1;
        // perl keeps one scope for the whole loop: a match in one iteration is still the
        // last match in the next; the loop statement restores it at exit (see `stmt`).
        r.matches = false;
        r
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Option<Stmt> {
        let regex_ops_before = self.regex_ops;
        let st = self.stmt_inner(s)?;
        // A loop's condition or list is inside the loop's scope in perl: a match there is
        // forgotten when the loop ends. Wrap such a loop in a block that restores it.
        let is_loop = matches!(
            st.kind,
            StmtKind::While { post: false, .. }
                | StmtKind::ForC { .. }
                | StmtKind::Foreach { .. }
                | StmtKind::ForeachExt { .. }
        );
        if !is_loop || self.regex_ops == regex_ops_before {
            return Some(st);
        }
        Some(Stmt {
            line: st.line,
            warn: st.warn,
            integer: st.integer,
            label: None,
            kind: StmtKind::Bare {
                body: Block {
                    stmts: vec![st],
                    scoped: false,
                    lexicals: Vec::new(),
                    matches: true,
                },
                cont: None,
            },
        })
    }

    fn stmt_inner(&mut self, s: &ast::Stmt) -> Option<Stmt> {
        let line = self.line(s.span);
        let label = s.label.as_deref().map(Rc::from);
        let kind = match &s.kind {
            S::Expr(e) => StmtKind::Expr(self.expr(e)),
            S::Modified { expr, modifier } => self.modified(expr, modifier),
            S::If {
                unless,
                branches,
                otherwise,
            } => {
                let mut bs = Vec::new();
                for (i, (c, b)) in branches.iter().enumerate() {
                    self.push_scope();
                    let mut cond = self.expr(c);
                    if i == 0 && *unless {
                        cond = Node::Not(Box::new(cond));
                    }
                    let blk = self.block(b);
                    self.pop_scope();
                    bs.push((cond, blk));
                }
                // The conditions' `my` variables stay visible in later branches in perl; the
                // scopes above are close enough for real programs.
                StmtKind::If {
                    branches: bs,
                    otherwise: otherwise.as_ref().map(|b| self.block(b)),
                }
            }
            S::While {
                until,
                cond,
                body,
                cont,
            } => {
                self.push_scope();
                self.cur().loop_depth += 1;
                let cond = cond.as_ref().map(|c| self.cond_expr(c));
                self.cur().loop_depth -= 1;
                let body = self.loop_block(body);
                let cont = cont.as_ref().map(|c| self.loop_block(c));
                self.pop_scope();
                StmtKind::While {
                    until: *until,
                    cond,
                    body,
                    cont,
                    post: false,
                }
            }
            S::ForC {
                init,
                cond,
                step,
                body,
            } => {
                self.push_scope();
                let init = init.as_ref().map(|e| self.expr(e));
                self.cur().loop_depth += 1;
                let cond = cond.as_ref().map(|e| self.expr(e));
                let step = step.as_ref().map(|e| self.expr(e));
                self.cur().loop_depth -= 1;
                let body = self.loop_block(body);
                self.pop_scope();
                StmtKind::ForC {
                    init,
                    cond,
                    step,
                    body,
                }
            }
            S::Foreach {
                var: Some(lv),
                list,
                body,
                cont,
            } if !lv.more.is_empty() || lv.by_ref.is_some() => {
                self.foreach_ext(lv, list, body, cont.as_ref())
            }
            S::Try {
                body,
                catch,
                finally,
            } => self.try_catch(body, catch, finally),
            S::LexicalSub { def, .. } => self.lexical_sub(def),
            // reached only as a statement of its own (a modifier's body): nothing follows it
            S::Defer(d) => StmtKind::Try {
                body: self.block_stmts(&[], false),
                catch: None,
                finally: Some(self.block(d)),
            },
            S::Foreach {
                var,
                list,
                body,
                cont,
            } => {
                self.push_scope();
                let listn = self.expr(list);
                let v = match var {
                    None => LoopVar::Glob(self.interp.glob_in("main", "_")),
                    Some(lv) => match lv.decl {
                        Some(ast::DeclKind::My) | Some(ast::DeclKind::State) => {
                            let (_, slot) = self.declare('$', &lv.name);
                            LoopVar::Lex(slot, true)
                        }
                        Some(ast::DeclKind::Our) => {
                            self.declare_our('$', &lv.name);
                            LoopVar::Glob(self.glob_for_var(&lv.name, '$', lv.span))
                        }
                        _ => match self.lookup(&format!("${}", lv.name)) {
                            Some(super::Binding::Lex(slot, _)) => LoopVar::Lex(slot, false),
                            Some(super::Binding::Our(g)) => LoopVar::Glob(g),
                            None => LoopVar::Glob(self.glob_for_var(&lv.name, '$', lv.span)),
                        },
                    },
                };
                let body = self.loop_block(body);
                let cont = cont.as_ref().map(|c| self.loop_block(c));
                self.pop_scope();
                StmtKind::Foreach {
                    var: v,
                    list: listn,
                    body,
                    cont,
                }
            }
            S::Block { body, cont } => StmtKind::Bare {
                body: self.block(body),
                cont: cont.as_ref().map(|c| self.block(c)),
            },
            S::SubDecl(def) => {
                if let Some(k) = self.predeclared_lexical_sub(def) {
                    return self.finish_stmt(line, label, k);
                }
                self.define_named_sub(def);
                self.define_lvalue_twin(def);
                return None;
            }
            S::Package {
                name,
                version,
                block,
            } => {
                if let Some(v) = version {
                    let g = self.interp.glob_in(name, "VERSION");
                    g.sv().put(Value::str(v));
                }
                match block {
                    Some(b) => {
                        let saved = std::mem::replace(&mut self.pkg, Rc::from(name.as_str()));
                        let mut blk = self.block(b);
                        blk.stmts.insert(
                            0,
                            Stmt {
                                line,
                                warn: self.prag.warnings,
                                integer: self.prag.integer,
                                label: None,
                                kind: StmtKind::Package(self.pkg.clone()),
                            },
                        );
                        let restore = Stmt {
                            line,
                            warn: self.prag.warnings,
                            integer: self.prag.integer,
                            label: None,
                            kind: StmtKind::Package(saved.clone()),
                        };
                        blk.stmts.push(restore);
                        self.pkg = saved;
                        StmtKind::Bare {
                            body: blk,
                            cont: None,
                        }
                    }
                    None => {
                        self.pkg = Rc::from(name.as_str());
                        StmtKind::Package(self.pkg.clone())
                    }
                }
            }
            S::Use(u) => {
                self.note_use_source(u.span);
                self.use_decl(u);
                return None;
            }
            S::Phaser { kind, body } => {
                let def = ast::SubDef {
                    name: None,
                    prototype: None,
                    signature: None,
                    attributes: vec![],
                    body: Some(body.clone()),
                    span: s.span,
                };
                let name = match kind {
                    ast::PhaserKind::Begin => "BEGIN",
                    ast::PhaserKind::End => "END",
                    ast::PhaserKind::Init => "INIT",
                    ast::PhaserKind::Check => "CHECK",
                    ast::PhaserKind::UnitCheck => "UNITCHECK",
                };
                let (body, outer) = self.compile_sub(&def, name);
                let captures = self.main_captures(&outer);
                let code = Rc::new(CodeCell {
                    name: RefCell::new(Rc::from(name)),
                    pkg: self.pkg.clone(),
                    body: CodeBody::Perl(body),
                    captures,
                    proto: RefCell::new(None),
                    blessed: RefCell::new(None),
                    state: RefCell::new(vec![]),
                    is_constant: None,
                    depth: Default::default(),
                });
                match kind {
                    ast::PhaserKind::Begin | ast::PhaserKind::UnitCheck => {
                        if let Err(e) = self.interp.run_phaser(&code) {
                            self.errors.push(e);
                        }
                    }
                    ast::PhaserKind::End => self.interp.end_blocks.push(code),
                    _ => self.interp.init_blocks.push(code),
                }
                return None;
            }
            S::Format { name, lines } => {
                self.define_format(name, lines);
                return None;
            }
            S::Empty => return None,
        };
        self.finish_stmt(line, label, kind)
    }

    fn finish_stmt(&mut self, line: u32, label: Option<Rc<str>>, kind: StmtKind) -> Option<Stmt> {
        Some(Stmt {
            line,
            warn: self.prag.warnings,
            integer: self.prag.integer,
            label,
            kind,
        })
    }

    /// `for my ($a, $b) (LIST)` and `foreach \my %h (LIST)`.
    fn foreach_ext(
        &mut self,
        lv: &ast::LoopVar,
        list: &ast::Expr,
        body: &ast::Block,
        cont: Option<&ast::Block>,
    ) -> StmtKind {
        if !lv.more.is_empty() {
            let line = self.line(lv.span);
            self.experimental_warning(super::experimental::QUIET_FOR_LIST, "for my (...)", line);
        }
        if lv.by_ref.is_some() {
            let line = self.line(lv.span);
            self.experimental_warning(
                super::experimental::QUIET_REFALIAS,
                "Aliasing via reference",
                line,
            );
        }
        self.push_scope();
        let listn = self.expr(list);
        let sigil = match lv.by_ref {
            Some(ast::Sigil::Array) => '@',
            Some(ast::Sigil::Hash) => '%',
            _ => '$',
        };
        let mut vars = Vec::new();
        for name in std::iter::once(&lv.name).chain(lv.more.iter()) {
            let key = format!("{sigil}{name}");
            let var = match lv.decl {
                Some(ast::DeclKind::My) | Some(ast::DeclKind::State) => self.declare(sigil, name),
                _ => match self.lookup(&key) {
                    Some(super::Binding::Lex(slot, kind)) => (kind, slot),
                    _ => {
                        self.error(
                            format!(
                                "Aliasing a package variable {key} in foreach is not supported"
                            ),
                            lv.span,
                        );
                        self.declare(sigil, name)
                    }
                },
            };
            vars.push(var);
        }
        let body = self.loop_block(body);
        let cont = cont.map(|c| self.loop_block(c));
        self.pop_scope();
        StmtKind::ForeachExt {
            vars,
            by_ref: lv.by_ref.is_some(),
            list: listn,
            body,
            cont,
        }
    }

    /// `while (<FH>)` / `while (my $l = <FH>)` test definedness and assign `$_`.
    fn cond_expr(&mut self, c: &ast::Expr) -> Node {
        match &c.kind {
            ExprKind::ReadLine(_) | ExprKind::GlobPattern(_) => {
                let underscore = ast::Expr {
                    kind: ExprKind::ScalarVar("_".into()),
                    span: c.span,
                };
                let assign = ast::Expr {
                    kind: ExprKind::Assign {
                        op: None,
                        lhs: Box::new(underscore),
                        rhs: Box::new(c.clone()),
                    },
                    span: c.span,
                };
                let n = self.expr(&assign);
                self.defined_node(n)
            }
            ExprKind::Assign { op: None, lhs, rhs }
                if matches!(rhs.kind, ExprKind::ReadLine(_) | ExprKind::GlobPattern(_))
                    || matches!(&rhs.kind, ExprKind::Builtin{name, ..} if name == "readdir" || name == "shift")
                        && !matches!(lhs.kind, ExprKind::List(_))
                        && !matches!(lhs.kind, ExprKind::Decl { parens: true, .. }) =>
            {
                let n = self.expr(c);
                self.defined_node(n)
            }
            _ => self.expr(c),
        }
    }

    fn defined_node(&mut self, n: Node) -> Node {
        Node::Builtin(crate::builtins::lookup("defined").unwrap(), vec![n])
    }

    fn modified(&mut self, e: &ast::Expr, m: &ast::Modifier) -> StmtKind {
        use ast::Modifier as M;
        match m {
            M::If(c) | M::Unless(c) => {
                let cond = self.expr(c);
                let body = self.expr(e);
                let cond = if matches!(m, M::Unless(_)) {
                    Node::Not(Box::new(cond))
                } else {
                    cond
                };
                StmtKind::Expr(Node::And(Box::new(cond), Box::new(body)))
            }
            M::While(c) | M::Until(c) => {
                self.cur().loop_depth += 1;
                let cond = self.cond_expr(c);
                let post = matches!(e.kind, ExprKind::DoBlock(_));
                let body = self.expr(e);
                self.cur().loop_depth -= 1;
                StmtKind::While {
                    until: matches!(m, M::Until(_)),
                    cond: Some(cond),
                    body: Block {
                        stmts: vec![Stmt {
                            line: self.line(e.span),
                            warn: self.prag.warnings,
                            integer: self.prag.integer,
                            label: None,
                            kind: StmtKind::Expr(body),
                        }],
                        scoped: false,
                        lexicals: Vec::new(),
                        matches: false,
                    },
                    cont: None,
                    post,
                }
            }
            M::Foreach(list) => {
                let listn = self.expr(list);
                self.cur().loop_depth += 1;
                let body = self.expr(e);
                self.cur().loop_depth -= 1;
                StmtKind::Foreach {
                    var: LoopVar::Glob(self.interp.glob_in("main", "_")),
                    list: listn,
                    body: Block {
                        stmts: vec![Stmt {
                            line: self.line(e.span),
                            warn: self.prag.warnings,
                            integer: self.prag.integer,
                            label: None,
                            kind: StmtKind::Expr(body),
                        }],
                        scoped: false,
                        lexicals: Vec::new(),
                        matches: false,
                    },
                    cont: None,
                }
            }
        }
    }

    pub fn qualify_sub(&self, name: &str) -> (String, String) {
        if let Some(rest) = name.strip_prefix("::") {
            return ("main".into(), rest.into());
        }
        match name.rfind("::") {
            Some(i) => {
                let pkg = &name[..i];
                (
                    if pkg.is_empty() { "main" } else { pkg }.to_string(),
                    name[i + 2..].to_string(),
                )
            }
            None => (self.pkg.to_string(), name.to_string()),
        }
    }

    /// `format NAME =`: compiled here, in the current scope, as a hidden named sub.
    fn define_format(&mut self, name: &str, lines: &[String]) {
        let name = if name.is_empty() { "STDOUT" } else { name };
        let text = crate::builtins::format::format_sub_source(name, lines);
        let src = lang::SourceFile::new(self.file.to_string(), text);
        match lang::parse(&src, &lang::ParseOptions::default()) {
            Ok(prog) => {
                for st in &prog.body {
                    if let ast::StmtKind::SubDecl(def) = &st.kind {
                        self.define_named_sub(def);
                    }
                }
            }
            Err(errs) => {
                for e in &errs {
                    self.errors.push(format!("{}\n", e.perl_line(&src)));
                }
            }
        }
    }

    pub(super) fn define_named_sub(&mut self, def: &ast::SubDef) {
        let Some(name) = &def.name else { return };
        let (pkg, short) = self.qualify_sub(name);
        let glob = self.interp.glob_in(&pkg, &short);
        let full = format!("{pkg}::{short}");
        self.note_sub_source(&full, def.span);
        let proto = def
            .prototype
            .clone()
            .or_else(|| {
                def.attributes.iter().find_map(|a| {
                    a.strip_prefix("prototype(")
                        .map(|p| p.trim_end_matches(')').to_string())
                })
            })
            .map(|p| Rc::from(p.as_str()));
        if def.body.is_none() {
            if glob.cv().is_none() {
                *glob.cv.borrow_mut() = Some(Rc::new(CodeCell {
                    name: RefCell::new(Rc::from(full.as_str())),
                    pkg: self.pkg.clone(),
                    body: CodeBody::Stub,
                    captures: vec![],
                    proto: RefCell::new(proto),
                    blessed: RefCell::new(None),
                    state: RefCell::new(vec![]),
                    is_constant: None,
                    depth: Default::default(),
                }));
            }
            return;
        }
        let saved_pkg = self.pkg.clone();
        let (body, outer) = self.compile_sub(def, &full);
        self.pkg = saved_pkg;
        let captures = self.main_captures(&outer);
        if self.prag.warnings {
            if let Some(old) = glob.cv() {
                if matches!(old.body, CodeBody::Perl(_)) {
                    let line = self.line(def.span);
                    self.interp.warn_msg(&format!(
                        "Subroutine {short} redefined at {} line {line}.\n",
                        self.file
                    ));
                }
            }
        }
        *glob.cv.borrow_mut() = Some(Rc::new(CodeCell {
            name: RefCell::new(Rc::from(full.as_str())),
            pkg: self.pkg.clone(),
            body: CodeBody::Perl(body),
            captures,
            proto: RefCell::new(proto),
            blessed: RefCell::new(None),
            state: RefCell::new(vec![]),
            is_constant: None,
            depth: Default::default(),
        }));
        self.interp.invalidate_method_cache();
    }

    fn use_decl(&mut self, u: &ast::UseDecl) {
        let line = self.line(u.span);
        let Some(module) = &u.module else {
            // `use VERSION`: 5.12+ turns on strict, 5.10+ features, 5.36 warnings+signatures.
            if let Some(v) = &u.version {
                let parts = crate::interp::perl_version::version_parts(v);
                if let Some(msg) = parts
                    .as_deref()
                    .and_then(crate::interp::perl_version::too_new)
                {
                    let file = self.file.clone();
                    self.errors.push(format!(
                        "{msg} at {file} line {line}.\nBEGIN failed--compilation aborted at {file} line {line}.\n"
                    ));
                    return;
                }
                let minor = version_minor(v);
                if minor >= 10 {
                    self.prag.features |= FEAT_SAY | FEAT_STATE;
                }
                if minor >= 12 {
                    self.prag.strict_vars = true;
                    self.prag.strict_refs = true;
                    self.prag.strict_subs = true;
                }
                if minor >= 16 {
                    self.prag.features |= FEAT_CURRENT_SUB | FEAT_EVALBYTES;
                }
                if minor >= 35 {
                    self.experimental_pragma("v5.36", true, &[]);
                }
                if minor >= 36 {
                    self.prag.warnings = true;
                    self.prag.features |= FEAT_SIGNATURES;
                }
            }
            return;
        };
        let args: Vec<String> = u
            .args
            .as_ref()
            .map(|a| a.iter().flat_map(const_strings).collect())
            .unwrap_or_default();
        let on = u.is_use;
        if module == "experimental" {
            if let Some(bad) = args.iter().find(|a| !is_experimental_name(a)) {
                let file = self.file.clone();
                if on {
                    self.errors.push(format!(
                        "Can't enable unknown feature {bad} at {file} line {line}.\nBEGIN failed--compilation aborted at {file} line {line}.\n"
                    ));
                    return;
                }
                self.interp.warn_msg(&format!(
                    "Can't disable unknown feature {bad}, ignoring at {file} line {line}.\n"
                ));
            }
        }
        if self.apply_pragma(module, on, &args) {
            return;
        }
        // Import list values computed now (compile time), like perl.
        let arg_vals: Option<Vec<Value>> = u.args.as_ref().map(|a| {
            let nodes: Vec<Node> = a.iter().map(|e| self.expr(e)).collect();
            // The list may declare or use lexicals (`use Foo (my @x = ...)`): give it a
            // pad with every slot the compiler has handed out so far.
            let kinds = self.cur().pad.clone();
            let main_level = self.subs.len() == 1 && self.subs[0].is_main;
            if main_level && self.interp.compiling_main {
                self.interp.ensure_main_pad(&kinds);
                self.interp.eval_const_list(Node::List(nodes))
            } else {
                self.interp.eval_const_list_in(Node::List(nodes), &kinds)
            }
        });
        let pkg = self.pkg.clone();
        let file = self.file.clone();
        // `use Foo 1.2` checks Foo->VERSION(1.2) before importing.
        let version = u.version.as_deref();
        let r = self
            .interp
            .use_module_version(module, version, arg_vals, &pkg, &file, line, on);
        if let Err(e) = r {
            self.errors.push(e);
        }
        for (m, on, args) in std::mem::take(&mut self.interp.pending_pragmas) {
            self.apply_pragma(&m, on, &args);
        }
    }

    /// Applies a pragma to the scope being compiled; false when `module` is not one.
    fn apply_pragma(&mut self, module: &str, on: bool, args: &[String]) -> bool {
        if module == "warnings" || module == "experimental" {
            self.experimental_pragma(module, on, args);
        }
        match module {
            "strict" => {
                let all = args.is_empty();
                if all || args.iter().any(|a| a == "vars") {
                    self.prag.strict_vars = on;
                }
                if all || args.iter().any(|a| a == "refs") {
                    self.prag.strict_refs = on;
                }
                if all || args.iter().any(|a| a == "subs") {
                    self.prag.strict_subs = on;
                }
            }
            "warnings" => {
                // Categories are not tracked: `no warnings 'redefine'` silences the scope,
                // `use warnings 'x'` enables warnings.
                let compile_only = |a: &String| {
                    a.starts_with("experimental") || a == "once" || a == "void" || a == "syntax"
                };
                if on || args.is_empty() || args.iter().any(|a| !compile_only(a)) {
                    self.prag.warnings = on;
                }
            }
            "utf8" => {
                self.prag.utf8 = on;
            }
            "integer" => {
                self.prag.integer = on;
            }
            "bytes" => {
                self.prag.bytes = on;
            }
            "feature" | "experimental" => {
                for a in args {
                    let bit = match a.as_str() {
                        "say" => FEAT_SAY,
                        "state" => FEAT_STATE,
                        "signatures" => FEAT_SIGNATURES,
                        "current_sub" => FEAT_CURRENT_SUB,
                        "evalbytes" => FEAT_EVALBYTES,
                        ":all" => FEAT_SAY | FEAT_STATE | FEAT_CURRENT_SUB | FEAT_EVALBYTES,
                        a if a.starts_with(":5.") => {
                            let minor: u32 = a[3..]
                                .split('.')
                                .next()
                                .and_then(|m| m.parse().ok())
                                .unwrap_or(0);
                            FEAT_SAY
                                | FEAT_STATE
                                | FEAT_CURRENT_SUB
                                | if minor >= 16 { FEAT_EVALBYTES } else { 0 }
                        }
                        _ => 0,
                    };
                    if on {
                        self.prag.features |= bit;
                    } else {
                        self.prag.features &= !bit;
                    }
                }
            }
            "builtin" => {
                if on {
                    self.import_builtin_funcs(args);
                }
            }
            "vars" => {
                for a in args {
                    let (sigil, name) = a.split_at(1);
                    let (pkg, short) = self.qualify_sub(name);
                    self.interp
                        .declare_global(sigil.chars().next().unwrap_or('$'), &pkg, &short);
                }
            }
            "diagnostics" | "less" | "sort" | "filetest" | "vmsish" | "locale" | "open" | "re"
            | "autodie" | "bigint" | "bignum" | "overloading" | "mro" => {}
            _ => return false,
        }
        true
    }
}

/// Names `use experimental` accepts on perl 5.36 (features and experimental warnings).
fn is_experimental_name(a: &str) -> bool {
    matches!(
        a,
        "args_array_with_signatures"
            | "bitwise"
            | "builtin"
            | "const_attr"
            | "current_sub"
            | "declared_refs"
            | "defer"
            | "evalbytes"
            | "extra_paired_delimiters"
            | "fc"
            | "for_list"
            | "isa"
            | "lexical_subs"
            | "postderef"
            | "postderef_qq"
            | "private_use"
            | "re_strict"
            | "refaliasing"
            | "regex_sets"
            | "say"
            | "smartmatch"
            | "signatures"
            | "state"
            | "switch"
            | "try"
            | "uniprop_wildcards"
            | "unicode_eval"
            | "unicode_strings"
            | "vlb"
            | "indirect"
            | "multidimensional"
            | "bareword_filehandles"
    )
}

fn version_minor(v: &str) -> u32 {
    let v = v.trim_start_matches('v');
    let mut parts = v.split('.');
    let _major = parts.next();
    match parts.next() {
        Some(p) if v.contains('_') || p.len() >= 3 => p[..3.min(p.len())].parse().unwrap_or(0),
        Some(p) => p.parse().unwrap_or(0),
        None => 0,
    }
}

/// The constant strings of an import list (`qw(..)`, `'a'`), for pragma arguments.
fn const_strings(e: &ast::Expr) -> Vec<String> {
    match &e.kind {
        ExprKind::Str(s) => vec![s.clone()],
        ExprKind::List(l) => l.iter().flat_map(const_strings).collect(),
        ExprKind::Interp(parts) => parts
            .iter()
            .map(|p| match p {
                ast::InterpPart::Lit(s) => s.clone(),
                _ => String::new(),
            })
            .collect::<Vec<_>>()
            .concat()
            .split_whitespace()
            .map(|s| s.to_string())
            .collect(),
        _ => vec![],
    }
}

fn stmt_has_local(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Expr(n) => node_has_local(n),
        StmtKind::Foreach { .. } => false,
        _ => false,
    }
}

fn node_has_local(n: &Node) -> bool {
    match n {
        Node::Local(_) => true,
        Node::Assign(l, _) | Node::ListAssign(l, _) => node_has_local(l),
        Node::And(a, b) | Node::Or(a, b) => node_has_local(a) || node_has_local(b),
        Node::List(v) => v.iter().any(node_has_local),
        // `local $SIG{..} = ...` is wrapped in the signal sync.
        Node::Builtin(_, args) if args.len() == 1 => node_has_local(&args[0]),
        _ => false,
    }
}
