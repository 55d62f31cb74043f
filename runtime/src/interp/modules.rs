//! `use`/`require`/`do FILE`/string `eval`: finding files on @INC, compiling and running
//! them, `import` (with a native Exporter), natively provided modules.

use super::Interp;
use crate::compile::node::{Ctx, Node};
use crate::compile::{Compiler, EvalScope};
use crate::exec::{Ctl, R};
use crate::value::{AvCell, PerlString, Slot, Value};
use std::rc::Rc;

impl Interp {
    pub fn unshift_inc(&mut self, dir: &str) {
        let inc = self.inc.av();
        if inc.values().iter().any(|v| v.to_string_lossy() == dir) {
            return;
        }
        inc.v
            .borrow_mut()
            .insert(0, crate::value::SvCell::new_sv(Value::str(dir)));
    }

    /// Evaluates a constant-ish list at compile time (import lists, `use constant`).
    pub fn eval_const_list(&mut self, n: Node) -> Vec<Value> {
        let mut out = Vec::new();
        let swap = self.compiling_main;
        if swap {
            std::mem::swap(&mut self.pad, &mut self.main_pad);
        }
        let r = self.list(&n, &mut out);
        if swap {
            std::mem::swap(&mut self.pad, &mut self.main_pad);
        }
        if let Err(Ctl::Die(v)) = r {
            let s = v.to_string_lossy();
            self.write_stderr(&PerlString::from_utf8_text(&s));
        }
        out
    }

    /// `eval_const_list` in a fresh pad of the given slot kinds (compile-time lists
    /// outside the main file's top level, whose slots are not the main pad's).
    pub fn eval_const_list_in(
        &mut self,
        n: Node,
        kinds: &[crate::compile::node::PadKind],
    ) -> Vec<Value> {
        let fresh = kinds.iter().map(|k| crate::exec::fresh_slot(*k)).collect();
        let saved = std::mem::replace(&mut self.pad, fresh);
        let saved_flag = std::mem::replace(&mut self.compiling_main, false);
        let out = self.eval_const_list(n);
        self.compiling_main = saved_flag;
        self.pad = saved;
        out
    }

    pub fn run_phaser(&mut self, code: &crate::value::Code) -> Result<(), String> {
        let mut out = Vec::new();
        let swap = self.compiling_main;
        if swap {
            std::mem::swap(&mut self.pad, &mut self.main_pad);
        }
        let r = self.call_sub(code, AvCell::new_av(), Ctx::Void, &mut out);
        if swap {
            std::mem::swap(&mut self.pad, &mut self.main_pad);
        }
        match r {
            Ok(()) => Ok(()),
            Err(Ctl::Die(v)) => {
                let mut s = v.to_string_lossy();
                s.push_str("BEGIN failed--compilation aborted");
                s.push_str(&format!(" at {} line {}.\n", self.file, self.line));
                Err(s)
            }
            Err(Ctl::Exit(c)) => self.exit_at_compile_time(c),
            Err(_) => Ok(()),
        }
    }

    /// `exit` while compiling (in `BEGIN` or a `use`d module's import): the END blocks
    /// already compiled run, then the process ends, as perl's my_exit does.
    pub fn exit_at_compile_time(&mut self, code: i32) -> ! {
        self.glob_in("main", "?").sv().put(Value::Int(code as i64));
        let code = match self.run_end_blocks() {
            Some(n) => n,
            None => (self.glob_in("main", "?").sv().get().to_i64() & 0xff) as i32,
        };
        self.flush_all();
        std::process::exit(code);
    }

    /// `use Module LIST` at compile time.
    pub fn use_module(
        &mut self,
        module: &str,
        args: Option<Vec<Value>>,
        caller_pkg: &str,
        file: &str,
        line: u32,
    ) -> Result<(), String> {
        self.use_or_no_module(module, args, caller_pkg, file, line, "import")
    }

    /// `no MODULE LIST`: loads the module and calls its `unimport`.
    pub fn no_module(
        &mut self,
        module: &str,
        args: Option<Vec<Value>>,
        caller_pkg: &str,
        file: &str,
        line: u32,
    ) -> Result<(), String> {
        self.use_or_no_module(module, args, caller_pkg, file, line, "unimport")
    }

    /// `use Module VERSION LIST` / `no Module VERSION LIST`: loads the module, checks
    /// `Module->VERSION(VERSION)` when a version was written, then calls `import`
    /// (`unimport` for `no`). `use_module`/`no_module` are this without a version.
    #[allow(clippy::too_many_arguments)]
    pub fn use_module_version(
        &mut self,
        module: &str,
        version: Option<&str>,
        args: Option<Vec<Value>>,
        caller_pkg: &str,
        file: &str,
        line: u32,
        is_use: bool,
    ) -> Result<(), String> {
        let method = if is_use { "import" } else { "unimport" };
        self.use_or_no_module_v(module, version, args, caller_pkg, file, line, method)
    }

    fn use_or_no_module(
        &mut self,
        module: &str,
        args: Option<Vec<Value>>,
        caller_pkg: &str,
        file: &str,
        line: u32,
        method: &str,
    ) -> Result<(), String> {
        self.use_or_no_module_v(module, None, args, caller_pkg, file, line, method)
    }

    #[allow(clippy::too_many_arguments)]
    fn use_or_no_module_v(
        &mut self,
        module: &str,
        version: Option<&str>,
        args: Option<Vec<Value>>,
        caller_pkg: &str,
        file: &str,
        line: u32,
        method: &str,
    ) -> Result<(), String> {
        let saved = (self.file.clone(), self.line, self.pkg.clone());
        self.file = Rc::from(file);
        self.line = line;
        self.pkg = Rc::from(caller_pkg);
        let r = match version {
            Some(v) => self
                .require_module(module, None)
                .and_then(|()| self.check_module_version(module, v)),
            None => Ok(()),
        };
        let r = r.and_then(|()| self.use_module_inner(module, args, caller_pkg, method));
        if let Err(Ctl::Exit(c)) = r {
            self.exit_at_compile_time(c);
        }
        self.file = saved.0;
        self.line = saved.1;
        self.pkg = saved.2;
        r.map_err(|c| match c {
            Ctl::Die(v) => {
                let s = v.to_string_lossy();
                if s.contains("BEGIN failed") {
                    s
                } else {
                    format!("{s}BEGIN failed--compilation aborted at {file} line {line}.\n")
                }
            }
            _ => String::new(),
        })
    }

    fn use_module_inner(
        &mut self,
        module: &str,
        args: Option<Vec<Value>>,
        caller_pkg: &str,
        method: &str,
    ) -> R<()> {
        match module {
            _ if method != "import" => {}
            // `base` is base.pm (its isa skips, empty-package errors); `parent` is native.
            "parent" => {
                let mut norequire = false;
                let isa = self.glob_in(caller_pkg, "ISA").av();
                for a in args.unwrap_or_default() {
                    let name = a.to_string_lossy();
                    if name == "-norequire" {
                        norequire = true;
                        continue;
                    }
                    if !norequire {
                        self.require_module(&name, None)?;
                    }
                    if !isa.values().iter().any(|v| v.to_string_lossy() == name) {
                        isa.push(Value::str(&name));
                    }
                }
                self.invalidate_method_cache();
                return Ok(());
            }
            _ => {}
        }
        self.require_module(module, None)?;
        if let Some(a) = &args {
            if a.is_empty() {
                return Ok(());
            }
        }
        let mut list = vec![Value::str(module)];
        list.extend(args.unwrap_or_default());
        if let Some(import) = self.resolve_method(module, method) {
            let mut out = Vec::new();
            let saved_pkg = std::mem::replace(&mut self.pkg, Rc::from(caller_pkg));
            // `caller` inside import must report the using package.
            self.callers.push(super::CallerFrame {
                pkg: Rc::from(caller_pkg),
                file: self.file.clone(),
                line: self.line,
                sub: Rc::from("(use)"),
                want: Ctx::Void,
                is_eval: false,
                args: None,
                shifted: Vec::new(),
                evaltext: None,
                warn: self.warn_on,
            });
            let r = self.call_sub(&import, AvCell::from_values(list), Ctx::Void, &mut out);
            self.callers.pop();
            self.pkg = saved_pkg;
            r?;
        }
        Ok(())
    }

    /// `Module->VERSION(wanted)` for `use Module VERSION` (UNIVERSAL::VERSION dies with
    /// "Module version V required--this is only version W").
    fn check_module_version(&mut self, module: &str, wanted: &str) -> R<()> {
        let Some(code) = self.resolve_method(module, "VERSION") else {
            return Ok(());
        };
        let args = AvCell::from_values(vec![Value::str(module), Value::str(wanted)]);
        let mut out = Vec::new();
        self.call_sub(&code, args, Ctx::Scalar, &mut out)
    }

    /// `constant.pm`'s native hook: defines `full` (a qualified name) as a constant sub.
    /// A one-value constant carries its value (`is_constant`), so calls to it fold at compile
    /// time like perl's inlined constants; a list constant is a plain sub returning the list.
    pub fn define_constant(&mut self, full: &str, vals: Vec<Value>) {
        let (pkg, name) = full.rsplit_once("::").unwrap_or(("main", full));
        let pkg = if pkg.is_empty() { "main" } else { pkg };
        let g = self.glob_in(pkg, name);
        let code = if vals.len() == 1 {
            Rc::new(crate::value::CodeCell {
                name: std::cell::RefCell::new(Rc::from(format!("{pkg}::{name}").as_str())),
                pkg: Rc::from(pkg),
                body: crate::value::CodeBody::Native(Rc::new({
                    let v = vals[0].clone();
                    move |_, _, _| Ok(vec![v.clone()])
                })),
                captures: vec![],
                proto: std::cell::RefCell::new(Some(Rc::from(""))),
                blessed: Default::default(),
                state: Default::default(),
                is_constant: Some(vals[0].clone()),
                depth: Default::default(),
            })
        } else {
            let code = self.native_code(
                &format!("{pkg}::{name}"),
                Rc::new(move |_, _, _| Ok(vals.clone())),
            );
            *code.proto.borrow_mut() = Some(Rc::from(""));
            code
        };
        *g.cv.borrow_mut() = Some(code);
        self.invalidate_method_cache();
    }

    /// `require Module` / `require "file.pl"`.
    pub fn require_module(&mut self, module: &str, file: Option<&str>) -> R<()> {
        let rel = match file {
            Some(f) => f.to_string(),
            None => format!("{}.pm", module.replace("::", "/")),
        };
        let inc_hash = self.inc.hv();
        let key = PerlString::bytes(rel.as_bytes());
        if let Some(entry) = inc_hash.get(&key) {
            // A file whose loading failed is marked undef: perl refuses to load it again.
            if entry.is_undef() {
                return Err(self.die_str(&format!(
                    "Attempt to reload {rel} aborted.\nCompilation failed in require"
                )));
            }
            return Ok(());
        }
        if crate::builtins::universal::native_module(self, module) {
            inc_hash.set(key, Value::str(&format!("(native)/{rel}")));
            return Ok(());
        }
        // Already defined in this program (package block in the same file)?
        let path = if rel.starts_with('/') || rel.starts_with("./") {
            std::path::Path::new(&rel).exists().then(|| rel.clone())
        } else {
            // A module Caravan ships (stdlib/perl5lib) wins over one found earlier on @INC:
            // perl's own copies of core modules (List::Util, Cwd, POSIX ...) need XS.
            let shipped = self
                .lib_dirs
                .iter()
                .map(|d| format!("{d}/{rel}"))
                .find(|p| rel.ends_with(".pm") && std::path::Path::new(p).is_file());
            shipped.or_else(|| {
                self.inc
                    .av()
                    .values()
                    .iter()
                    .map(|d| format!("{}/{}", d.to_string_lossy(), rel))
                    .find(|p| std::path::Path::new(p).is_file())
            })
        };
        let Some(path) = path else {
            let dirs: Vec<String> = self
                .inc
                .av()
                .values()
                .iter()
                .map(|v| v.to_string_lossy())
                .collect();
            // perl leaves `$!` at ENOENT from the search (so an uncaught die exits 2).
            self.set_errno_code(libc::ENOENT);
            if rel.starts_with('/') || rel.starts_with("./") || rel.starts_with("../") {
                return Err(self.die_str(&format!("Can't locate {rel}")));
            }
            let hint = missing_module_hint(&rel);
            return Err(self.die_str(&format!(
                "Can't locate {rel} in @INC{hint} (@INC contains: {})",
                dirs.join(" ")
            )));
        };
        inc_hash.set(key.clone(), Value::str(&path));
        let bytes =
            std::fs::read(&path).map_err(|e| self.die_str(&format!("Can't read {path}: {e}")))?;
        let src = lang::SourceFile::from_bytes(path.clone(), bytes);
        match self.run_file_source(&src) {
            Ok(v) if v.truthy() => {}
            Ok(_) => {
                inc_hash.remove(&key);
                return Err(self.die_str(&format!("{rel} did not return a true value")));
            }
            Err(Ctl::Die(e)) => {
                // perl marks the file as failed and reports the error as a failed require.
                inc_hash.set(key, Value::Undef);
                let msg = e.to_string_lossy();
                if msg.contains("Compilation failed in require") {
                    return Err(Ctl::Die(e));
                }
                return Err(self.die_str(&format!("{msg}Compilation failed in require")));
            }
            Err(e) => return Err(e),
        }
        if rel == "Errno.pm" {
            self.tie_errno_hash()?;
        }
        Ok(())
    }

    /// `%!` is a hash tied to Errno (`$!{ENOENT}` is true while `$!` is ENOENT); perl ties
    /// it when a program uses `%!`, here when Errno loads, so untied programs keep the
    /// tie table empty (every hash access tests it).
    fn tie_errno_hash(&mut self) -> R<()> {
        let hv = self.glob_in("main", "!").hv();
        if self.tied_hv(&hv).is_some() {
            return Ok(());
        }
        let obj = self.tie_call1(&Value::str("Errno"), "TIEHASH", Vec::new())?;
        self.tie_hv(&hv, obj);
        Ok(())
    }

    /// Compiles and runs a file in package main with its own lexical scope.
    fn run_file_source(&mut self, src: &lang::SourceFile) -> R<Value> {
        let prog = match lang::parse(src, &lang::ParseOptions::default()) {
            Ok(p) => p,
            Err(errs) => {
                let mut msg = String::new();
                for e in &errs {
                    msg.push_str(&e.perl_line(src));
                    msg.push('\n');
                }
                msg.push_str("Compilation failed in require");
                return Err(self.die_str(&msg));
            }
        };
        // The file gets its own top-level pad; its named subs capture from it while it is
        // compiled, exactly as the main program's do.
        let saved_main_pad = std::mem::take(&mut self.main_pad);
        let saved_cm = self.compiling_main;
        self.compiling_main = true;
        let (body, errors) = {
            let mut c = Compiler::new(self, src, "main");
            let b = c.compile_main(&prog);
            (b, std::mem::take(&mut c.errors))
        };
        self.compiling_main = saved_cm;
        self.ensure_main_pad(&body.pad);
        let file_pad = std::mem::replace(&mut self.main_pad, saved_main_pad);
        if !errors.is_empty() {
            let mut msg = errors.concat();
            msg.push_str("Compilation failed in require");
            return Err(self.die_str(&msg));
        }
        if let Some(d) = prog.data.clone() {
            self.set_data_handle("main", d);
        }
        let mut out = Vec::new();
        let saved_line = self.line;
        let saved_pad = std::mem::replace(&mut self.pad, file_pad);
        let saved_body = self.cur_body.replace(body.clone());
        let saved_file = std::mem::replace(&mut self.file, body.file.clone());
        let saved_pkg = std::mem::replace(&mut self.pkg, Rc::from("main"));
        let saved_want = std::mem::replace(&mut self.want, Ctx::Scalar);
        let h = self.savestack.len();
        let r = self.block_value(&body.body, Ctx::Scalar, &mut out);
        self.unwind(h);
        self.pad = saved_pad;
        self.cur_body = saved_body;
        self.file = saved_file;
        self.pkg = saved_pkg;
        self.want = saved_want;
        self.line = saved_line;
        match r {
            Ok(()) | Err(Ctl::Return) => {}
            Err(e) => return Err(e),
        }
        Ok(out.pop().unwrap_or(Value::Undef))
    }

    /// A sub wrapping a compiled file/eval body.
    pub fn native_body_code(
        &mut self,
        body: Rc<crate::compile::node::SubBody>,
    ) -> crate::value::Code {
        Rc::new(crate::value::CodeCell {
            name: std::cell::RefCell::new(body.name.clone()),
            pkg: body.pkg.clone(),
            body: crate::value::CodeBody::Perl(body),
            captures: vec![],
            proto: std::cell::RefCell::new(None),
            blessed: Default::default(),
            state: Default::default(),
            is_constant: None,
            depth: Default::default(),
        })
    }

    pub fn do_file(&mut self, name: &str) -> R<Value> {
        let path = if name.starts_with('/') || name.starts_with('.') {
            Some(name.to_string())
        } else {
            self.inc
                .av()
                .values()
                .iter()
                .map(|d| format!("{}/{}", d.to_string_lossy(), name))
                .find(|p| std::path::Path::new(p).is_file())
        };
        let Some(path) = path else {
            self.set_errno_code(2);
            return Ok(Value::Undef);
        };
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                self.set_errno(&e);
                return Ok(Value::Undef);
            }
        };
        self.inc
            .hv()
            .set(PerlString::bytes(name.as_bytes()), Value::str(&path));
        let src = lang::SourceFile::from_bytes(path, bytes);
        match self.run_file_source(&src) {
            Ok(v) => {
                self.set_eval_error(Value::empty_str());
                Ok(v)
            }
            Err(Ctl::Die(v)) => {
                self.set_eval_error(v);
                Ok(Value::Undef)
            }
            Err(e) => Err(e),
        }
    }

    /// String `eval`: parse and compile against the visible lexicals, run, trap errors.
    pub fn eval_string(
        &mut self,
        code: &Value,
        scope: &Rc<EvalScope>,
        ctx: Ctx,
        out: &mut Vec<Value>,
    ) -> R<()> {
        let code_src = code.clone();
        self.eval_count += 1;
        let name = format!("(eval {})", self.eval_count);
        let text = code.to_pstr().into_owned();
        let src = lang::SourceFile::from_bytes(name, text.bytes.clone());
        let opts = lang::ParseOptions {
            package: self.pkg.to_string(),
            utf8: scope.utf8,
            ..Default::default()
        };
        let prog = match lang::parse(&src, &opts) {
            Ok(p) => p,
            Err(errs) => {
                let mut msg = String::new();
                for e in &errs {
                    msg.push_str(&e.perl_line(&src));
                    msg.push('\n');
                }
                self.set_eval_error(Value::text(&msg));
                if ctx == Ctx::Scalar {
                    out.push(Value::Undef);
                }
                return Ok(());
            }
        };
        let pkg = self.pkg.clone();
        let saved_cm = self.compiling_main;
        self.compiling_main = false;
        let (body, outer, errors) = {
            let mut c = Compiler::new(self, &src, &pkg);
            c.prag.strict_vars = scope.strict_vars;
            c.prag.strict_refs = scope.strict_refs;
            c.prag.warnings = scope.warnings;
            c.prag.features = scope.features;
            c.prag.utf8 = scope.utf8;
            let (b, outer) = c.compile_eval(&prog, scope.clone());
            (b, outer, std::mem::take(&mut c.errors))
        };
        self.compiling_main = saved_cm;
        if !errors.is_empty() {
            self.set_eval_error(Value::text(&errors.concat()));
            if ctx == Ctx::Scalar {
                out.push(Value::Undef);
            }
            return Ok(());
        }
        let captures: Vec<Slot> = outer
            .iter()
            .map(|&o| {
                self.pad
                    .get(o as usize)
                    .cloned()
                    .unwrap_or(crate::exec::fresh_slot(
                        crate::compile::node::PadKind::Scalar,
                    ))
            })
            .collect();
        let code = Rc::new(crate::value::CodeCell {
            name: std::cell::RefCell::new(Rc::from("(eval)")),
            pkg: pkg.clone(),
            body: crate::value::CodeBody::Perl(body),
            captures,
            proto: std::cell::RefCell::new(None),
            blessed: Default::default(),
            state: Default::default(),
            is_constant: None,
            depth: Default::default(),
        });
        let args = self.underscore_av();
        let before = out.len();
        let saved_want = self.want;
        self.pending_frame = Some(super::PendingFrame::EvalText(code_src));
        let r = self.call_sub(&code, args, ctx, out);
        self.want = saved_want;
        match r {
            Ok(()) => {
                self.set_eval_error(Value::empty_str());
                Ok(())
            }
            Err(Ctl::Die(v)) => {
                out.truncate(before);
                self.set_eval_error(v);
                if ctx == Ctx::Scalar {
                    out.push(Value::Undef);
                }
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `s///ee`'s extra evaluation: a string eval without lexical scope.
    pub fn eval_simple(&mut self, code: &str) -> R<Value> {
        let scope = Rc::new(EvalScope {
            pkg: self.pkg.clone(),
            ..Default::default()
        });
        let mut out = Vec::new();
        self.eval_string(&Value::str(code), &scope, Ctx::Scalar, &mut out)?;
        Ok(out.pop().unwrap_or(Value::Undef))
    }

    /// `__DATA__` text becomes the `PKG::DATA` handle.
    pub fn set_data_handle(&mut self, pkg: &str, data: Vec<u8>) {
        let g = self.glob_in(pkg, "DATA");
        let mut h = crate::io::Handle::new("DATA");
        h.stream = Some(crate::io::SeekStream::new(Box::new(std::io::Cursor::new(
            data,
        ))));
        h.stream_mode.read = true;
        *g.io.borrow_mut() = Some(Rc::new(std::cell::RefCell::new(h)));
    }
}

/// The hint perl adds to "Can't locate FILE in @INC" (pp_ctl.c S_require_file): the module
/// to install when FILE is a module path, h2ph advice for `.h`/`.ph` files.
fn missing_module_hint(rel: &str) -> String {
    if let Some(stem) = rel.strip_suffix(".pm") {
        let ident_path = stem
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'/' || c >= 0x80);
        let first_ok = stem
            .bytes()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_' || c >= 0x80);
        if ident_path && first_ok {
            return format!(
                " (you may need to install the {} module)",
                stem.replace('/', "::")
            );
        }
        return String::new();
    }
    if rel.ends_with(".h") {
        return " (change .h to .ph maybe?) (did you run h2ph?)".to_string();
    }
    if rel.ends_with(".ph") {
        return " (did you run h2ph?)".to_string();
    }
    String::new()
}
