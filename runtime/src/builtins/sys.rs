//! Processes and the file system: system/exec/qx, file tests, unlink/mkdir/rmdir/rename,
//! stat, chdir, glob, kill/sleep helpers, errno text.

use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{PerlString, Value};
use std::process::Command;

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "system" => BFn::S(system),
        "exec" => BFn::S(exec),
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
        "mkdir" => BFn::S(|i, a| {
            let p = i.arg_or_underscore(a)?.to_string_lossy();
            match std::fs::create_dir(&p) {
                Ok(()) => Ok(Value::Int(1)),
                Err(e) => {
                    i.set_errno(&e);
                    Ok(Value::from_bool(false))
                }
            }
        }),
        "readlink" => BFn::S(|i, a| {
            use std::os::unix::ffi::OsStrExt;
            let p = i.arg_or_underscore(a)?.to_string_lossy();
            match std::fs::read_link(&p) {
                Ok(t) => Ok(Value::bytes(t.as_os_str().as_bytes())),
                Err(e) => {
                    i.set_errno(&e);
                    Ok(Value::Undef)
                }
            }
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
        "stat" | "lstat" => BFn::L(stat),
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
        "kill" => BFn::S(|i, a| {
            let vals = i.flat_args(a)?;
            let sig = vals.first().map(|v| v.to_i64()).unwrap_or(0) as i32;
            let mut n = 0;
            for p in &vals[1.min(vals.len())..] {
                if unsafe { libc::kill(p.to_i64() as i32, sig) } == 0 {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
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
        "umask" => BFn::S(|_, _| Ok(Value::Int(0o022))),
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
        let env = self.glob_in("main", "ENV").hv();
        c.env_clear();
        for (k, v) in env.v.borrow().iter() {
            use std::os::unix::ffi::OsStrExt;
            c.env(
                std::ffi::OsStr::from_bytes(&k.bytes),
                std::ffi::OsStr::from_bytes(&v.get().to_pstr().bytes),
            );
        }
        c
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

    pub fn file_test(&mut self, op: char, arg: Option<&Node>) -> R<Value> {
        let v = match arg {
            Some(a) => self.sv(a)?,
            None => self.underscore.sv().get(),
        };
        let meta = match &v {
            // `_`: the file the previous test looked at.
            Value::Glob(g) | Value::GlobRef(g) if &*g.name == "_" && &*g.pkg == "main" => {
                match self.last_stat.clone() {
                    Some(p) => std::fs::metadata(p),
                    None => return Ok(Value::from_bool(false)),
                }
            }
            Value::Glob(g) | Value::GlobRef(g) => {
                let path = g.io.borrow().as_ref().and_then(|h| h.borrow().path.clone());
                match path {
                    Some(p) => std::fs::metadata(p),
                    None => {
                        return Ok(Value::from_bool(
                            matches!(op, 't')
                                && g.name.as_ref() == "STDIN"
                                && unsafe { libc::isatty(0) } == 1,
                        ))
                    }
                }
            }
            other => {
                let p = other.to_string_lossy();
                self.last_stat = Some(p.clone());
                if op == 'l' {
                    std::fs::symlink_metadata(p)
                } else {
                    std::fs::metadata(p)
                }
            }
        };
        let m = match meta {
            Ok(m) => m,
            Err(e) => {
                self.set_errno(&e);
                return Ok(Value::Undef);
            }
        };
        use std::os::unix::fs::MetadataExt;
        use std::os::unix::fs::PermissionsExt;
        let mode = m.permissions().mode();
        Ok(match op {
            'e' => Value::Int(1),
            'f' => Value::from_bool(m.is_file()),
            'd' => Value::from_bool(m.is_dir()),
            'l' => Value::from_bool(m.file_type().is_symlink()),
            's' => {
                if m.len() > 0 {
                    Value::Int(m.len() as i64)
                } else {
                    Value::from_bool(false)
                }
            }
            'z' => Value::from_bool(m.len() == 0),
            'r' | 'R' => Value::from_bool(mode & 0o444 != 0),
            'w' | 'W' => Value::from_bool(mode & 0o222 != 0),
            'x' | 'X' => Value::from_bool(mode & 0o111 != 0),
            'p' => Value::from_bool(m.file_type().is_fifo_like()),
            'M' | 'A' | 'C' => {
                let t = match op {
                    'M' => m.mtime(),
                    'A' => m.atime(),
                    _ => m.ctime(),
                };
                Value::Num((self.start_time - t) as f64 / 86400.0)
            }
            _ => Value::from_bool(false),
        })
    }
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}
impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
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

fn system(it: &mut Interp, a: &[Node]) -> R<Value> {
    let args = it.flat_args(a)?;
    if args.is_empty() {
        return Ok(Value::Int(-1));
    }
    it.flush_all();
    let mut c = it.command(&args);
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
                let prog = args[0].to_string_lossy();
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

fn stat(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    let v = it.arg_or_underscore(a)?;
    let path = match &v {
        Value::Glob(g) | Value::GlobRef(g) => {
            g.io.borrow()
                .as_ref()
                .and_then(|h| h.borrow().path.clone())
                .unwrap_or_default()
        }
        other => other.to_string_lossy(),
    };
    use std::os::unix::fs::MetadataExt;
    match std::fs::metadata(&path) {
        Ok(m) => {
            let vals = [
                m.dev() as i64,
                m.ino() as i64,
                m.mode() as i64,
                m.nlink() as i64,
                m.uid() as i64,
                m.gid() as i64,
                m.rdev() as i64,
                m.size() as i64,
                m.atime(),
                m.mtime(),
                m.ctime(),
                m.blksize() as i64,
                m.blocks() as i64,
            ];
            if ctx == Ctx::List {
                out.extend(vals.iter().map(|x| Value::Int(*x)));
            } else {
                out.push(Value::Int(1));
            }
        }
        Err(e) => {
            it.set_errno(&e);
            if ctx != Ctx::List {
                out.push(Value::from_bool(false));
            }
        }
    }
    let _ = PerlString::default();
    Ok(())
}
