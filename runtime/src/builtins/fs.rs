//! File metadata and permissions: `stat`/`lstat` and the `-X` file tests (both filling the
//! `_` stat cache that `-d _` / `stat _` reuse, as perl's PL_statcache), and the calls that
//! change the file system's metadata: chmod, chown, utime, mkdir (with its mode), umask,
//! link, symlink, readlink.

use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{PerlString, Value};
use std::ffi::CString;
use std::fs::Metadata;
use std::os::unix::fs::{FileTypeExt, MetadataExt};

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "stat" => BFn::L(|i, a, c, o| stat(i, a, c, o, false)),
        "lstat" => BFn::L(|i, a, c, o| stat(i, a, c, o, true)),
        "chmod" => BFn::S(chmod),
        "chown" => BFn::S(chown),
        "utime" => BFn::S(utime),
        "mkdir" => BFn::S(mkdir),
        "umask" => BFn::S(umask),
        "link" => BFn::S(|i, a| link(i, a, true)),
        "symlink" => BFn::S(|i, a| link(i, a, false)),
        "readlink" => BFn::S(readlink),
        _ => return None,
    })
}

/// A path as the C library wants it (perl strings are bytes).
fn c_path(v: &Value) -> CString {
    let mut b = v.to_pstr().bytes.clone();
    b.retain(|c| *c != 0);
    CString::new(b).unwrap_or_default()
}

fn os_path(v: &Value) -> std::path::PathBuf {
    use std::os::unix::ffi::OsStrExt;
    std::path::PathBuf::from(std::ffi::OsStr::from_bytes(&v.to_pstr().bytes))
}

/// Result of a C call that returns 0 on success: sets `$!` on failure.
fn c_ok(it: &mut Interp, rc: i32) -> bool {
    if rc != 0 {
        it.set_errno(&std::io::Error::last_os_error());
    }
    rc == 0
}

/// What a stat-like operator was given.
enum StatTarget {
    /// `_`: the last stat's result.
    Cache,
    Handle(Option<Value>),
    Path(Value),
}

impl Interp {
    fn stat_target(&mut self, a: Option<&Node>) -> R<StatTarget> {
        let v = match a {
            Some(n) => self.sv(n)?,
            None => self.underscore.sv().get(),
        };
        Ok(match &v {
            Value::Glob(g) if &*g.name == "_" && &*g.pkg == "main" => StatTarget::Cache,
            Value::Glob(_) | Value::GlobRef(_) => StatTarget::Handle(Some(v)),
            Value::HashRef(_) if v.blessed().is_some() => StatTarget::Handle(Some(v)),
            _ => StatTarget::Path(v),
        })
    }

    /// Stats the target (following symlinks unless `link`) and remembers the result in `_`.
    fn stat_of(&mut self, t: StatTarget, link: bool) -> Option<Metadata> {
        let r = match t {
            StatTarget::Cache => return self.stat_cache.clone(),
            StatTarget::Handle(v) => {
                let h = v.and_then(|v| self.handle_of_value(&v));
                let hb = h.as_ref().map(|h| h.borrow());
                match (
                    hb.as_ref().and_then(|h| h.fd),
                    hb.as_ref().and_then(|h| h.path.clone()),
                ) {
                    (Some(fd), _) => fstat(fd),
                    (None, Some(p)) => std::fs::metadata(p),
                    _ => Err(std::io::Error::from_raw_os_error(libc::EBADF)),
                }
            }
            StatTarget::Path(v) => {
                let p = os_path(&v);
                if link {
                    std::fs::symlink_metadata(p)
                } else {
                    std::fs::metadata(p)
                }
            }
        };
        match r {
            Ok(m) => {
                self.stat_cache = Some(m.clone());
                Some(m)
            }
            Err(e) => {
                self.set_errno(&e);
                self.stat_cache = None;
                None
            }
        }
    }

    /// `-X FILE`: perl's answers (undef when the file cannot be stat'ed, '' when false).
    pub fn file_test(&mut self, op: char, arg: Option<&Node>) -> R<Value> {
        let t = self.stat_target(arg)?;
        if op == 't' {
            let fd = match &t {
                StatTarget::Handle(Some(v)) => self.handle_of_value(v).and_then(|h| h.borrow().fd),
                StatTarget::Path(v) if v.to_pstr().bytes == b"STDIN" => Some(0),
                _ => None,
            };
            let fd = fd.unwrap_or(0);
            return Ok(Value::from_bool(unsafe { libc::isatty(fd) } == 1));
        }
        let Some(m) = self.stat_of(t, op == 'l') else {
            return Ok(Value::Undef);
        };
        let mode = m.mode();
        let ft = m.file_type();
        let bit = |b: u32| Value::from_bool(mode & b != 0);
        Ok(match op {
            'e' => Value::Int(1),
            'f' => Value::from_bool(ft.is_file()),
            'd' => Value::from_bool(ft.is_dir()),
            'l' => Value::from_bool(ft.is_symlink()),
            'p' => Value::from_bool(ft.is_fifo()),
            'S' => Value::from_bool(ft.is_socket()),
            'b' => Value::from_bool(ft.is_block_device()),
            'c' => Value::from_bool(ft.is_char_device()),
            'u' => bit(libc::S_ISUID),
            'g' => bit(libc::S_ISGID),
            'k' => bit(libc::S_ISVTX),
            's' if m.len() > 0 => Value::Int(m.len() as i64),
            's' => Value::from_bool(false),
            'z' => Value::from_bool(m.len() == 0),
            'r' | 'w' | 'x' => Value::from_bool(can_do(&m, op, true)),
            'R' | 'W' | 'X' => Value::from_bool(can_do(&m, op.to_ascii_lowercase(), false)),
            'o' => Value::from_bool(m.uid() == unsafe { libc::geteuid() }),
            'O' => Value::from_bool(m.uid() == unsafe { libc::getuid() }),
            'M' | 'A' | 'C' => {
                let t = match op {
                    'M' => m.mtime(),
                    'A' => m.atime(),
                    _ => m.ctime(),
                };
                Value::Num((self.start_time - t) as f64 / 86400.0)
            }
            'T' | 'B' => Value::from_bool(false),
            _ => Value::from_bool(false),
        })
    }
}

fn fstat(fd: i32) -> std::io::Result<Metadata> {
    use std::os::unix::io::FromRawFd;
    // Borrow the descriptor without taking ownership of it.
    let f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    f.metadata()
}

/// perl's `cando`: may the (effective or real) user read/write/execute this file?
fn can_do(m: &Metadata, op: char, effective: bool) -> bool {
    let (uid, gid) = unsafe {
        if effective {
            (libc::geteuid(), libc::getegid())
        } else {
            (libc::getuid(), libc::getgid())
        }
    };
    let mode = m.mode();
    let shift = match op {
        'r' => 2,
        'w' => 1,
        _ => 0,
    };
    if uid == 0 {
        // root may read and write anything, and execute what anyone may (or a directory).
        return op != 'x' || mode & 0o111 != 0 || m.is_dir();
    }
    if m.uid() == uid {
        mode & (1 << (shift + 6)) != 0
    } else if m.gid() == gid || in_groups(m.gid()) {
        mode & (1 << (shift + 3)) != 0
    } else {
        mode & (1 << shift) != 0
    }
}

fn in_groups(gid: u32) -> bool {
    let mut groups = vec![0 as libc::gid_t; 256];
    let n = unsafe { libc::getgroups(groups.len() as i32, groups.as_mut_ptr()) };
    n > 0 && groups[..n as usize].contains(&gid)
}

fn stat(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>, link: bool) -> R<()> {
    let t = it.stat_target(a.first())?;
    match it.stat_of(t, link) {
        Some(m) => {
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
        None => {
            if ctx != Ctx::List {
                out.push(Value::from_bool(false));
            }
        }
    }
    Ok(())
}

fn chmod(it: &mut Interp, a: &[Node]) -> R<Value> {
    let args = it.flat_args(a)?;
    let Some((mode, files)) = args.split_first() else {
        return Ok(Value::Int(0));
    };
    let mode = mode.to_i64() as libc::mode_t;
    let mut n = 0;
    for f in files {
        let rc = match it.handle_of_value(f).and_then(|h| h.borrow().fd) {
            Some(fd) => unsafe { libc::fchmod(fd, mode) },
            None => unsafe { libc::chmod(c_path(f).as_ptr(), mode) },
        };
        if c_ok(it, rc) {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn chown(it: &mut Interp, a: &[Node]) -> R<Value> {
    let args = it.flat_args(a)?;
    if args.len() < 2 {
        return Ok(Value::Int(0));
    }
    let (uid, gid) = (
        args[0].to_i64() as libc::uid_t,
        args[1].to_i64() as libc::gid_t,
    );
    let mut n = 0;
    for f in &args[2..] {
        let rc = unsafe { libc::chown(c_path(f).as_ptr(), uid, gid) };
        if c_ok(it, rc) {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn utime(it: &mut Interp, a: &[Node]) -> R<Value> {
    let args = it.flat_args(a)?;
    if args.len() < 2 {
        return Ok(Value::Int(0));
    }
    // undef for both times means "now".
    let now = args[0].is_undef() && args[1].is_undef();
    let ts = |v: &Value| {
        let f = v.to_f64();
        libc::timespec {
            tv_sec: f.floor() as libc::time_t,
            tv_nsec: ((f - f.floor()) * 1e9) as libc::c_long,
        }
    };
    let times = [ts(&args[0]), ts(&args[1])];
    let mut n = 0;
    for f in &args[2..] {
        let p = c_path(f);
        let rc = unsafe {
            libc::utimensat(
                libc::AT_FDCWD,
                p.as_ptr(),
                if now {
                    std::ptr::null()
                } else {
                    times.as_ptr()
                },
                0,
            )
        };
        if c_ok(it, rc) {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn mkdir(it: &mut Interp, a: &[Node]) -> R<Value> {
    let p = it.arg_or_underscore(a)?;
    let mode = match a.get(1) {
        Some(m) => it.sv(m)?.to_i64() as libc::mode_t,
        None => 0o777,
    };
    let rc = unsafe { libc::mkdir(c_path(&p).as_ptr(), mode) };
    Ok(Value::from_bool(c_ok(it, rc)))
}

fn umask(it: &mut Interp, a: &[Node]) -> R<Value> {
    let old = match a.first() {
        Some(n) => {
            let m = it.sv(n)?;
            if m.is_undef() {
                let old = unsafe { libc::umask(0o022) };
                unsafe { libc::umask(old) };
                old
            } else {
                unsafe { libc::umask(m.to_i64() as libc::mode_t) }
            }
        }
        None => {
            let old = unsafe { libc::umask(0o022) };
            unsafe { libc::umask(old) };
            old
        }
    };
    Ok(Value::Int(old as i64))
}

/// `link OLD, NEW` (hard) / `symlink OLD, NEW`.
fn link(it: &mut Interp, a: &[Node], hard: bool) -> R<Value> {
    let (Some(from), Some(to)) = (a.first(), a.get(1)) else {
        return Ok(Value::from_bool(false));
    };
    let from = it.sv(from)?;
    let to = it.sv(to)?;
    let r = if hard {
        std::fs::hard_link(os_path(&from), os_path(&to))
    } else {
        std::os::unix::fs::symlink(os_path(&from), os_path(&to))
    };
    Ok(Value::from_bool(match r {
        Ok(()) => true,
        Err(e) => {
            it.set_errno(&e);
            false
        }
    }))
}

fn readlink(it: &mut Interp, a: &[Node]) -> R<Value> {
    let p = it.arg_or_underscore(a)?;
    match std::fs::read_link(os_path(&p)) {
        Ok(t) => {
            use std::os::unix::ffi::OsStrExt;
            Ok(Value::pstr(PerlString::bytes(t.as_os_str().as_bytes())))
        }
        Err(e) => {
            it.set_errno(&e);
            Ok(Value::Undef)
        }
    }
}
