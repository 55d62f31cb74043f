//! Processes and the file system: system/exec/qx, unlink/mkdir/rmdir/rename, chdir, glob,
//! kill/sleep helpers, errno text. (File tests, `stat` and file operations live in `fs.rs`.)

use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::Value;
use std::process::Command;

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "system" => BFn::S(system),
        "exec" => BFn::S(exec),
        "system_indirect" => BFn::S(system_indirect),
        "exec_indirect" => BFn::S(exec_indirect),
        "unlink" => BFn::S(|i, a| {
            let files = if a.is_empty() {
                vec![i.underscore.sv().get()]
            } else {
                i.flat_args(a)?
            };
            let mut n = 0;
            for f in files {
                match std::fs::remove_file(f.to_string_lossy()) {
                    Ok(()) => n += 1,
                    Err(e) => i.set_errno(&e),
                }
            }
            Ok(Value::Int(n))
        }),
        "rmdir" => BFn::S(|i, a| {
            let p = i.arg_or_underscore(a)?.to_string_lossy();
            match std::fs::remove_dir(&p) {
                Ok(()) => Ok(Value::Int(1)),
                Err(e) => {
                    i.set_errno(&e);
                    Ok(Value::from_bool(false))
                }
            }
        }),
        "rename" => BFn::S(|i, a| {
            let from = i.sv(&a[0])?.to_string_lossy();
            let to = i.sv(&a[1])?.to_string_lossy();
            match std::fs::rename(&from, &to) {
                Ok(()) => Ok(Value::Int(1)),
                Err(e) => {
                    i.set_errno(&e);
                    Ok(Value::from_bool(false))
                }
            }
        }),
        "chdir" => BFn::S(|i, a| {
            let p = match a.first() {
                Some(x) => i.sv(x)?.to_string_lossy(),
                None => std::env::var("HOME").unwrap_or_else(|_| "/".into()),
            };
            match std::env::set_current_dir(&p) {
                Ok(()) => Ok(Value::Int(1)),
                Err(e) => {
                    i.set_errno(&e);
                    Ok(Value::from_bool(false))
                }
            }
        }),
        "glob" => BFn::L(|i, a, ctx, out| {
            let pat = i.arg_or_underscore(a)?;
            let mut all = Vec::new();
            i.glob_values(&pat.to_string_lossy(), &mut all);
            if ctx == Ctx::List {
                out.extend(all);
            } else {
                out.push(all.into_iter().next().unwrap_or(Value::Undef));
            }
            Ok(())
        }),
        "kill" => BFn::S(kill),
        "alarm" => BFn::S(|i, a| {
            let secs = i.arg_or_underscore(a)?.to_f64().max(0.0) as libc::c_uint;
            Ok(Value::Int(unsafe { libc::alarm(secs) } as i64))
        }),
        "fork" => BFn::S(|i, _| {
            i.flush_all();
            let pid = unsafe { libc::fork() };
            Ok(if pid < 0 {
                Value::Undef
            } else {
                Value::Int(pid as i64)
            })
        }),
        "wait" => BFn::S(|i, _| {
            let mut st = 0;
            let pid = unsafe { libc::wait(&mut st) };
            i.set_child_status(st as i64);
            Ok(Value::Int(pid as i64))
        }),
        "waitpid" => BFn::S(|i, a| {
            let pid = i.sv(&a[0])?.to_i64() as i32;
            let flags = match a.get(1) {
                Some(x) => i.sv(x)?.to_i64() as i32,
                None => 0,
            };
            let mut st = 0;
            let r = unsafe { libc::waitpid(pid, &mut st, flags) };
            if r > 0 {
                i.set_child_status(st as i64);
            }
            Ok(Value::Int(r as i64))
        }),
        "getppid" => BFn::S(|_, _| Ok(Value::Int(unsafe { libc::getppid() } as i64))),
        _ => return None,
    })
}

pub fn strerror(code: i32) -> String {
    let p = unsafe { libc::strerror(code) };
    if p.is_null() {
        return format!("Unknown error {code}");
    }
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

pub fn errno_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(c) => strerror(c),
        None => e.to_string(),
    }
}

impl Interp {
    pub fn set_child_status(&mut self, st: i64) {
        self.io.child_status = st;
        self.glob_in("main", "?").sv().put(Value::Int(st));
    }

    /// A command with the environment taken from `%ENV`.
    fn command(&mut self, args: &[Value]) -> Command {
        let single = args.len() == 1;
        let words: Vec<String> = if single {
            let s = args[0].to_string_lossy();
            if s.chars().any(|c| "$&*(){}[]'\";\\|?<>~`\n=".contains(c)) {
                vec![]
            } else {
                s.split_whitespace().map(String::from).collect()
            }
        } else {
            vec![]
        };
        let mut c = if single && !words.is_empty() {
            let mut c = Command::new(&words[0]);
            c.args(&words[1..]);
            c
        } else if single {
            let s = args[0].to_string_lossy();
            let mut c = Command::new("/bin/sh");
            c.arg("-c").arg(s);
            c
        } else {
            let mut c = Command::new(args[0].to_string_lossy());
            c.args(args[1..].iter().map(|v| v.to_string_lossy()));
            c
        };
        self.command_env(&mut c);
        c
    }

    /// `system {PROG} LIST`: PROG runs directly with LIST as its argv (argv[0] included).
    fn command_indirect(&mut self, prog: &Value, argv: &[Value]) -> Command {
        use std::os::unix::process::CommandExt;
        let mut c = Command::new(prog.to_string_lossy());
        if let Some((first, rest)) = argv.split_first() {
            c.arg0(first.to_string_lossy());
            c.args(rest.iter().map(|v| v.to_string_lossy()));
        }
        self.command_env(&mut c);
        c
    }

    /// A child sees `%ENV`, not the process environment the interpreter started with.
    fn command_env(&mut self, c: &mut Command) {
        let env = self.glob_in("main", "ENV").hv();
        c.env_clear();
        for (k, v) in env.v.borrow().iter() {
            use std::os::unix::ffi::OsStrExt;
            c.env(
                std::ffi::OsStr::from_bytes(&k.bytes),
                std::ffi::OsStr::from_bytes(&v.get().to_pstr().bytes),
            );
        }
    }

    pub fn backtick(&mut self, cmd: &Node, ctx: Ctx, out: &mut Vec<Value>) -> R<Value> {
        let s = self.sv(cmd)?;
        self.flush_all();
        let mut c = self.command(&[s]);
        c.stdin(std::process::Stdio::inherit());
        c.stderr(std::process::Stdio::inherit());
        let r = c.output();
        let data = match r {
            Ok(o) => {
                use std::os::unix::process::ExitStatusExt;
                self.set_child_status(o.status.into_raw() as i64);
                o.stdout
            }
            Err(e) => {
                self.set_errno(&e);
                self.set_child_status(-1);
                return Ok(Value::Undef);
            }
        };
        if ctx == Ctx::List {
            let mut start = 0;
            for (i, b) in data.iter().enumerate() {
                if *b == b'\n' {
                    out.push(Value::bytes(data[start..=i].to_vec()));
                    start = i + 1;
                }
            }
            if start < data.len() {
                out.push(Value::bytes(data[start..].to_vec()));
            }
            return Ok(Value::Undef);
        }
        Ok(Value::bytes(data))
    }

    pub fn glob_pattern(&mut self, p: &Node, out: &mut Vec<Value>) -> R<()> {
        let pat = self.sv(p)?.to_string_lossy();
        self.glob_values(&pat, out);
        Ok(())
    }

    /// File name globbing through the shell-free libc `glob`.
    pub fn glob_values(&mut self, pat: &str, out: &mut Vec<Value>) {
        for word in pat.split_whitespace() {
            // Brace expansion first.
            for w in expand_braces(word) {
                if !w.contains(['*', '?', '[']) {
                    out.push(Value::str(&w));
                    continue;
                }
                let c = std::ffi::CString::new(w.clone()).unwrap_or_default();
                let mut g: libc::glob_t = unsafe { std::mem::zeroed() };
                let r = unsafe { libc::glob(c.as_ptr(), 0, None, &mut g) };
                if r == 0 {
                    for i in 0..g.gl_pathc {
                        let p = unsafe { std::ffi::CStr::from_ptr(*g.gl_pathv.add(i)) };
                        out.push(Value::bytes(p.to_bytes().to_vec()));
                    }
                }
                unsafe { libc::globfree(&mut g) };
            }
        }
    }
}

fn expand_braces(w: &str) -> Vec<String> {
    let Some(open) = w.find('{') else {
        return vec![w.to_string()];
    };
    let Some(close_rel) = w[open..].find('}') else {
        return vec![w.to_string()];
    };
    let close = open + close_rel;
    let (pre, body, post) = (&w[..open], &w[open + 1..close], &w[close + 1..]);
    let mut out = Vec::new();
    for alt in body.split(',') {
        for rest in expand_braces(post) {
            out.push(format!("{pre}{alt}{rest}"));
        }
    }
    out
}

/// Evaluates an assignment to `%SIG` (its only argument) in the caller's context, then
/// makes the OS signal dispositions follow `%SIG`.
pub const SIG_SYNC: super::Builtin = super::Builtin {
    name: "builtin",
    f: BFn::L(|i, a, ctx, out| {
        match ctx {
            Ctx::List => i.list(&a[0], out)?,
            Ctx::Void => i.void(&a[0])?,
            _ => out.push(i.sv(&a[0])?),
        }
        i.sync_signals();
        Ok(())
    }),
};

/// `kill SIGNAL, LIST`: the signal by number or name (`'TERM'`, `'SIGTERM'`, `'-TERM'`);
/// a negative signal signals process groups. `kill 0, $pid` checks that `$pid` exists.
fn kill(it: &mut Interp, a: &[Node]) -> R<Value> {
    let vals = it.flat_args(a)?;
    let Some(first) = vals.first() else {
        return Ok(Value::Int(0));
    };
    let spec = first.to_string_lossy();
    let (group, name) = match spec.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, spec.clone()),
    };
    let sig = match crate::interp::signals::number(&name) {
        Some(s) => s,
        None => {
            return Err(it.die_str(&format!("Unrecognized signal name \"{name}\"")));
        }
    };
    let mut n = 0;
    for p in &vals[1..] {
        let pid = p.to_i64() as i32;
        let target = if group { -pid.abs() } else { pid };
        if unsafe { libc::kill(target, sig) } == 0 {
            n += 1;
        } else {
            it.set_errno(&std::io::Error::last_os_error());
        }
    }
    if crate::interp::signals::pending() {
        // A signal sent to ourselves is handled before `kill` returns, as in perl.
        it.dispatch_signals()?;
    }
    Ok(Value::Int(n))
}

fn system(it: &mut Interp, a: &[Node]) -> R<Value> {
    let args = it.flat_args(a)?;
    if args.is_empty() {
        return Ok(Value::Int(-1));
    }
    it.flush_all();
    let c = it.command(&args);
    run_and_wait(it, c, &args[0])
}

/// `system {PROG} LIST`.
fn system_indirect(it: &mut Interp, a: &[Node]) -> R<Value> {
    let prog = match a.first() {
        Some(n) => it.sv(n)?,
        None => return Ok(Value::Int(-1)),
    };
    let argv = it.flat_args(&a[1..])?;
    it.flush_all();
    let c = it.command_indirect(&prog, &argv);
    run_and_wait(it, c, &prog)
}

/// Runs a child to completion and sets `$?`; a program that cannot start gives -1 and,
/// under warnings, perl's "Can't exec" warning.
fn run_and_wait(it: &mut Interp, mut c: Command, prog: &Value) -> R<Value> {
    match c.status() {
        Ok(st) => {
            use std::os::unix::process::ExitStatusExt;
            let raw = st.into_raw() as i64;
            it.set_child_status(raw);
            Ok(Value::Int(raw))
        }
        Err(e) => {
            it.set_errno(&e);
            it.set_child_status(-1);
            if it.warnings_on() {
                let prog = prog.to_string_lossy();
                let prog = prog.split_whitespace().next().unwrap_or("").to_string();
                let msg = format!("Can't exec \"{prog}\": {}", errno_text(&e));
                it.warn_at(&msg);
            }
            Ok(Value::Int(-1))
        }
    }
}

fn exec(it: &mut Interp, a: &[Node]) -> R<Value> {
    let args = it.flat_args(a)?;
    if args.is_empty() {
        return Ok(Value::from_bool(false));
    }
    it.flush_all();
    let mut c = it.command(&args);
    use std::os::unix::process::CommandExt;
    let e = c.exec();
    it.set_errno(&e);
    Ok(Value::from_bool(false))
}

/// `exec {PROG} LIST`.
fn exec_indirect(it: &mut Interp, a: &[Node]) -> R<Value> {
    let prog = match a.first() {
        Some(n) => it.sv(n)?,
        None => return Ok(Value::from_bool(false)),
    };
    let argv = it.flat_args(&a[1..])?;
    it.flush_all();
    let mut c = it.command_indirect(&prog, &argv);
    use std::os::unix::process::CommandExt;
    let e = c.exec();
    it.set_errno(&e);
    Ok(Value::from_bool(false))
}
