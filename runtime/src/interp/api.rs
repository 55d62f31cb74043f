//! The embedding API: compile, run, evaluate strings, exchange globals, register native
//! functions, capture output; and `run_program`, which the CLI calls.

use super::Interp;
use crate::compile::node::{Ctx, SubBody};
use crate::compile::Compiler;
use crate::exec::Ctl;
use crate::value::{AvCell, Code, CodeBody, CodeCell, NativeFn, PerlString, Value};
use lang::SourceFile;
use std::rc::Rc;

/// A compiled program, ready to run.
pub struct Compiled {
    pub main: Rc<SubBody>,
    pub data: Option<Vec<u8>>,
}

/// How a run ended abnormally.
#[derive(Debug)]
pub enum RunError {
    /// An uncaught `die`: the message as perl prints it.
    Die(String),
    /// `exit N`.
    Exit(i32),
    /// Compilation failed: perl-style messages.
    Compile(String),
}

impl Interp {
    /// Compiles a whole program (runs its `BEGIN`/`use` as perl does at compile time).
    pub fn compile(&mut self, src: &SourceFile) -> Result<Compiled, RunError> {
        // `#line N` directives (the CLI's -n/-p wrapper uses one) are recorded on a copy, so
        // line numbers in messages are the ones perl would print.
        let mut with_directives = src.clone();
        let src = &mut with_directives;
        let prog = lang::parse_source(src, &lang::ParseOptions::default());
        let src = &*src;
        let prog = prog.map_err(|errs| {
            let mut msg = String::new();
            for e in &errs {
                msg.push_str(&e.perl_line(src));
                msg.push('\n');
            }
            RunError::Compile(msg)
        })?;
        if let Some(d) = prog.data.clone() {
            self.set_data_handle("main", d);
        }
        self.file = Rc::from(src.name.as_str());
        self.compiling_main = true;
        let (body, errors) = {
            let mut c = Compiler::new(self, src, "main");
            let b = c.compile_main(&prog);
            (b, std::mem::take(&mut c.errors))
        };
        self.compiling_main = false;
        if !errors.is_empty() {
            return Err(RunError::Compile(errors.concat()));
        }
        Ok(Compiled {
            main: body,
            data: prog.data,
        })
    }

    /// Runs a compiled program's main body (not the END blocks: see `run_end_blocks`).
    pub fn run(&mut self, c: &Compiled) -> Result<(), RunError> {
        self.ensure_main_pad(&c.main.pad);
        self.pad = std::mem::take(&mut self.main_pad);
        self.cur_body = Some(c.main.clone());
        self.file = c.main.file.clone();
        self.pkg = Rc::from("main");
        let inits = std::mem::take(&mut self.init_blocks);
        for code in inits {
            let mut out = Vec::new();
            if let Err(e) = self.call_sub(&code, AvCell::new_av(), Ctx::Void, &mut out) {
                return Err(self.run_error(e));
            }
        }
        let r = self.run_block(&c.main.body);
        self.main_pad = std::mem::take(&mut self.pad);
        r.map_err(|e| self.run_error(e))
    }

    fn run_error(&mut self, e: Ctl) -> RunError {
        match e {
            // An uncaught exception object prints through its `""` overload.
            Ctl::Die(v) => {
                let shown = if v.is_ref() && v.blessed().is_some() {
                    self.str_of(&v).map(|s| s.to_string_lossy()).ok()
                } else {
                    None
                };
                RunError::Die(shown.unwrap_or_else(|| v.to_pstr().to_string_lossy()))
            }
            Ctl::Exit(n) => RunError::Exit(n),
            Ctl::Return => RunError::Exit(0),
            Ctl::Next(_) | Ctl::Last(_) | Ctl::Redo(_) => RunError::Die(format!(
                "Can't \"last\" outside a loop block{}",
                self.location_suffix()
            )),
            Ctl::Goto(_) => RunError::Die("Can't goto subroutine outside a subroutine".into()),
        }
    }

    /// Runs `END` blocks (last defined first); returns a new exit code if one calls `exit`.
    pub fn run_end_blocks(&mut self) -> Option<i32> {
        let mut code = None;
        while let Some(b) = self.end_blocks.pop() {
            let mut out = Vec::new();
            match self.call_sub(&b, AvCell::new_av(), Ctx::Void, &mut out) {
                Err(Ctl::Exit(n)) => code = Some(n),
                Err(Ctl::Die(v)) => {
                    let s = v.to_pstr().into_owned();
                    self.write_stderr(&s);
                }
                _ => {}
            }
        }
        code
    }

    /// Evaluates a string of Perl in package main at top level; returns its value.
    pub fn eval_str(&mut self, code: &str) -> Result<Value, RunError> {
        let src = SourceFile::new("(eval)", code);
        let c = self.compile(&src)?;
        self.ensure_main_pad(&c.main.pad);
        self.pad = std::mem::take(&mut self.main_pad);
        let mut out = Vec::new();
        let r = self.block_value(&c.main.body, Ctx::Scalar, &mut out);
        self.main_pad = std::mem::take(&mut self.pad);
        match r {
            Ok(()) => Ok(out.pop().unwrap_or(Value::Undef)),
            Err(e) => Err(self.run_error(e)),
        }
    }

    /// `$name` (qualified or main).
    pub fn global_scalar(&mut self, name: &str) -> Value {
        let (p, n) = self.split_name(name);
        self.glob_in(&p, &n).sv().get()
    }

    pub fn set_global_scalar(&mut self, name: &str, v: Value) {
        let (p, n) = self.split_name(name);
        self.glob_in(&p, &n).sv().put(v);
    }

    pub fn global_array(&mut self, name: &str) -> Vec<Value> {
        let (p, n) = self.split_name(name);
        self.glob_in(&p, &n).av().values()
    }

    pub fn set_global_array(&mut self, name: &str, vals: Vec<Value>) {
        let (p, n) = self.split_name(name);
        self.glob_in(&p, &n).av().set_values(vals);
    }

    /// A native sub value (not installed anywhere).
    pub fn native_code(&mut self, name: &str, f: NativeFn) -> Code {
        let (p, _) = self.split_name(name);
        Rc::new(CodeCell {
            name: std::cell::RefCell::new(Rc::from(name)),
            pkg: Rc::from(p.as_str()),
            body: CodeBody::Native(f),
            captures: vec![],
            proto: std::cell::RefCell::new(None),
            blessed: Default::default(),
            state: Default::default(),
            is_constant: None,
            depth: Default::default(),
        })
    }

    /// Registers a native function as a Perl sub (`Foo::bar` or `bar` in main). This is
    /// the registration API for the stdlib and for embedders.
    pub fn register_native(
        &mut self,
        name: &str,
        f: impl Fn(&mut Interp, &[Value], Ctx) -> Result<Vec<Value>, Ctl> + 'static,
    ) {
        let code = self.native_code(name, Rc::new(f));
        let (p, n) = self.split_name(name);
        let g = self.glob_in(&p, &n);
        *g.cv.borrow_mut() = Some(code);
        self.invalidate_method_cache();
    }

    /// Calls a named sub in list context.
    pub fn call_named(&mut self, name: &str, args: Vec<Value>) -> Result<Vec<Value>, RunError> {
        let (p, n) = self.split_name(name);
        let g = self.glob_in(&p, &n);
        let code = self.code_of_glob(&g);
        let mut out = Vec::new();
        match self.call_sub(&code, AvCell::from_values(args), Ctx::List, &mut out) {
            Ok(()) => Ok(out),
            Err(e) => Err(self.run_error(e)),
        }
    }

    /// A die from native code with perl's location suffix.
    pub fn native_die(&mut self, msg: &str) -> Ctl {
        self.die_str(msg)
    }

    pub fn set_args(&mut self, args: &[String]) {
        let vals: Vec<Value> = args.iter().map(|a| Value::text(a)).collect();
        self.glob_in("main", "ARGV").av().set_values(vals);
    }

    pub fn set_script_name(&mut self, name: &str) {
        self.script_name = name.to_string();
        self.glob_in("main", "0").sv().put(Value::text(name));
    }

    /// `@INC`: `-I` dirs, then PERL5LIB, then perl's own library directories.
    pub fn init_inc(&mut self, include: &[String]) {
        let mut dirs: Vec<String> = include.to_vec();
        if let Ok(p) = std::env::var("PERL5LIB") {
            dirs.extend(p.split(':').filter(|s| !s.is_empty()).map(String::from));
        }
        dirs.extend(self.lib_dirs.iter().cloned());
        dirs.extend(perl_inc_dirs());
        let vals: Vec<Value> = dirs.iter().map(|d| Value::str(d)).collect();
        self.inc.av().set_values(vals);
    }
}

/// perl's own @INC (asked once from `perl` when it is installed).
pub fn perl_inc_dirs() -> Vec<String> {
    if let Ok(v) = std::env::var("CARAVAN_PERL_INC") {
        return v
            .split(':')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
    }
    match std::process::Command::new("perl")
        .args(["-e", "print join qq{\\n}, @INC"])
        .stderr(std::process::Stdio::null())
        .output()
    {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(String::from)
            .collect(),
        _ => vec![
            "/etc/perl".into(),
            "/usr/local/lib/x86_64-linux-gnu/perl/5.36.0".into(),
            "/usr/local/share/perl/5.36.0".into(),
            "/usr/lib/x86_64-linux-gnu/perl5/5.36".into(),
            "/usr/share/perl5".into(),
            "/usr/lib/x86_64-linux-gnu/perl-base".into(),
            "/usr/lib/x86_64-linux-gnu/perl/5.36".into(),
            "/usr/share/perl/5.36".into(),
        ],
    }
}

/// How the CLI (or an embedder) wants a program run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// `@ARGV`.
    pub args: Vec<String>,
    /// `$0`.
    pub script_name: String,
    /// `-I` directories, in order, before the default `@INC`.
    pub include: Vec<String>,
    /// `-w`.
    pub warnings: bool,
    /// `-c`: compile only, print `NAME syntax OK`.
    pub check_only: bool,
    /// `$^X`: the interpreter's own path, so `system $^X, ..` starts Caravan again
    /// (`None` keeps the default, `/usr/bin/perl`, for embedders without a binary).
    pub executable: Option<String>,
}

/// Runs a program to completion (on a thread with a large stack, so deep recursion is
/// bounded by the depth limit rather than the OS stack) and returns perl's exit status.
pub fn run_program(src: SourceFile, opts: &RunOptions) -> i32 {
    run_program_with(src, opts, |_| {})
}

/// `run_program` with a setup hook (the stdlib installs its builtins through it).
pub fn run_program_with(
    src: SourceFile,
    opts: &RunOptions,
    setup: impl FnOnce(&mut Interp) + Send + 'static,
) -> i32 {
    let opts = opts.clone();
    let pid = std::process::id();
    let h = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let mut it = Interp::new();
            setup(&mut it);
            let status = it.run_main(&src, &opts);
            if std::process::id() != pid {
                // A `fork`ed child has only this thread: nobody joins it, so its status
                // must end the process here.
                std::process::exit(status);
            }
            status
        });
    // Signals sent to the process go to a thread that does not block them: the waiting
    // thread blocks them all, so `%SIG` handlers run in the interpreter's thread.
    crate::interp::signals::block_in_this_thread();
    match h {
        Ok(h) => h.join().unwrap_or(255),
        Err(_) => 255,
    }
}

impl Interp {
    /// The whole life of a program: compile, run, END blocks, flush; perl's exit code.
    pub fn run_main(&mut self, src: &SourceFile, opts: &RunOptions) -> i32 {
        self.opts_warnings = opts.warnings;
        self.init_inc(&opts.include);
        self.set_args(&opts.args);
        if let Some(exe) = &opts.executable {
            self.glob_in("main", "^X").sv().put(Value::text(exe));
        }
        self.set_script_name(if opts.script_name.is_empty() {
            &src.name
        } else {
            &opts.script_name
        });
        let compiled = match self.compile(src) {
            Ok(c) => c,
            Err(RunError::Compile(msg)) => {
                self.flush_all();
                let mut m = msg;
                if !m.contains("BEGIN failed") || m.contains("syntax error") {
                    m.push_str(&format!(
                        "Execution of {} aborted due to compilation errors.\n",
                        src.name
                    ));
                }
                self.write_stderr(&PerlString::from_utf8_text(&m));
                self.flush_all();
                return 255;
            }
            Err(RunError::Exit(n)) => return n,
            Err(RunError::Die(m)) => {
                self.write_stderr(&PerlString::from_utf8_text(&m));
                return 255;
            }
        };
        if opts.check_only {
            self.write_stderr(&PerlString::from_utf8_text(&format!(
                "{} syntax OK\n",
                src.name
            )));
            return 0;
        }
        let mut code = match self.run(&compiled) {
            Ok(()) => 0,
            Err(RunError::Exit(n)) => n,
            Err(RunError::Die(m)) => {
                self.write_stderr(&PerlString::from_utf8_text(&m));
                self.die_exit_code()
            }
            Err(RunError::Compile(m)) => {
                self.write_stderr(&PerlString::from_utf8_text(&m));
                255
            }
        };
        self.leave_main_scope();
        self.glob_in("main", "?").sv().put(Value::Int(code as i64));
        // END blocks may change `$?`, which is then the exit status (perl's STATUS_EXIT),
        // unless one of them calls `exit`.
        code = match self.run_end_blocks() {
            Some(n) => n,
            None => (self.glob_in("main", "?").sv().get().to_i64() & 0xff) as i32,
        };
        self.global_destruct();
        self.flush_all();
        code
    }

    /// perl's exit status after an uncaught die: `$!` if set, else `$? >> 8`, else 255.
    fn die_exit_code(&mut self) -> i32 {
        let e = self.errno.sv().get().to_i64();
        if e != 0 {
            return (e & 0xff) as i32;
        }
        let st = self.glob_in("main", "?").sv().get().to_i64() >> 8;
        if st != 0 {
            return (st & 0xff) as i32;
        }
        255
    }
}
