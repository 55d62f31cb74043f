//! File tests (`-e -f -d -s -r -w -x ... _`), `stat`/`lstat` and the calls that change a
//! file's attributes (`chmod`, `utime`, `chown`, `link`, `symlink`). The last stat buffer
//! is kept so `_` (as in `-e $f && -f _`) reuses it, as perl's PL_statcache does.

use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::Value;
use std::fs::Metadata;
use std::os::unix::fs::{FileTypeExt, MetadataExt};

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "stat" => BFn::L(|i, a, ctx, out| stat(i, a, ctx, out, false)),
        "lstat" => BFn::L(|i, a, ctx, out| stat(i, a, ctx, out, true)),
        "chmod" => BFn::S(chmod),
        "utime" => BFn::S(utime),
        "chown" => BFn::S(chown),
        "link" | "symlink" => BFn::S(if name == "link" { link } else { symlink }),
        _ => return None,
    })
}

/// True when a file-test operand is the bareword `_` (the last stat buffer).
fn is_underscore(v: &Value) -> bool {
    matches!(v, Value::Glob(g) if &*g.name == "_" && &*g.pkg == "main")
}

impl Interp {
    /// Stats what a file-test or `stat` operand names (a file name or a handle) and
    /// remembers the result for `_`.
    fn stat_operand(&mut self, v: &Value, link: bool) -> Result<Metadata, std::io::Error> {
        if is_underscore(v) {
            return match &self.last_stat {
                Some(m) => Ok(m.clone()),
                None => Err(std::io::Error::from_raw_os_error(libc::ENOENT)),
            };
        }
        let r = match v {
            Value::Glob(g) | Value::GlobRef(g) => {
                let h = g.io.borrow().clone();
                let (fd, path) = match &h {
                    Some(h) => {
                        let hb = h.borrow();
                        (hb.fd, hb.path.clone())
                    }
                    None => (None, None),
                };
                match (fd, path) {
                    (Some(fd), _) => fd_metadata(fd),
                    (None, Some(p)) => std::fs::metadata(p),
                    _ => Err(std::io::Error::from_raw_os_error(libc::EBADF)),
                }
            }
            other => {
                let p = other.to_string_lossy();
                if link {
                    std::fs::symlink_metadata(p)
                } else {
                    std::fs::metadata(p)
                }
            }
        };
        self.last_stat = r.as_ref().ok().cloned();
        r
    }

    pub fn file_test(&mut self, op: char, arg: Option<&Node>) -> R<Value> {
        let v = match arg {
            Some(a) => self.sv(a)?,
            None => self.underscore.sv().get(),
        };
        if op == 't' {
            let fd = match &v {
                Value::Glob(g) | Value::GlobRef(g) => {
                    g.io.borrow()
                        .as_ref()
                        .and_then(|h| h.borrow().fd)
                        .unwrap_or(-1)
                }
                _ if arg.is_none() => 0,
                other => other.to_i64() as i32,
            };
            return Ok(Value::from_bool(unsafe { libc::isatty(fd) } == 1));
        }
        let m = match self.stat_operand(&v, op == 'l') {
            Ok(m) => m,
            Err(e) => {
                self.set_errno(&e);
                return Ok(Value::Undef);
            }
        };
        let mode = m.mode();
        let ft = m.file_type();
        Ok(match op {
            'e' => Value::Int(1),
            'f' => Value::from_bool(ft.is_file()),
            'd' => Value::from_bool(ft.is_dir()),
            'l' => Value::from_bool(ft.is_symlink()),
            'p' => Value::from_bool(ft.is_fifo()),
            'S' => Value::from_bool(ft.is_socket()),
            'b' => Value::from_bool(ft.is_block_device()),
            'c' => Value::from_bool(ft.is_char_device()),
            'u' => Value::from_bool(mode & libc::S_ISUID != 0),
            'g' => Value::from_bool(mode & libc::S_ISGID != 0),
            'k' => Value::from_bool(mode & libc::S_ISVTX != 0),
            's' => {
                if m.len() > 0 {
                    Value::Int(m.len() as i64)
                } else {
                    Value::from_bool(false)
                }
            }
            'z' => Value::from_bool(m.len() == 0),
            'r' | 'w' | 'x' => Value::from_bool(can_do(&m, op, unsafe { libc::geteuid() })),
            'R' | 'W' | 'X' => Value::from_bool(can_do(&m, op.to_ascii_lowercase(), unsafe {
                libc::getuid()
            })),
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
            _ => Value::from_bool(false),
        })
    }
}

/// perl's `cando`: the permission bits that apply to `uid`; root may read and write
/// anything and execute what has any execute bit (or is a directory).
fn can_do(m: &Metadata, op: char, uid: u32) -> bool {
    let mode = m.mode();
    let (bit_user, bit_group, bit_other) = match op {
        'r' => (0o400, 0o040, 0o004),
        'w' => (0o200, 0o020, 0o002),
        _ => (0o100, 0o010, 0o001),
    };
    if uid == 0 {
        return op != 'x' || mode & 0o111 != 0 || m.is_dir();
    }
    if m.uid() == uid {
        mode & bit_user != 0
    } else if in_group(m.gid()) {
        mode & bit_group != 0
    } else {
        mode & bit_other != 0
    }
}

fn in_group(gid: u32) -> bool {
    if gid == unsafe { libc::getegid() } {
        return true;
    }
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n <= 0 {
        return false;
    }
    let mut gs = vec![0 as libc::gid_t; n as usize];
    let n = unsafe { libc::getgroups(n, gs.as_mut_ptr()) };
    gs.truncate(n.max(0) as usize);
    gs.contains(&gid)
}

fn fd_metadata(fd: i32) -> std::io::Result<Metadata> {
    // Borrow the descriptor through /proc-free means: a duplicate we then drop.
    use std::os::unix::io::FromRawFd;
    let dup = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if dup < 0 {
        return Err(std::io::Error::last_os_error());
    }
    let f = unsafe { std::fs::File::from_raw_fd(dup) };
    f.metadata()
}

fn stat(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>, link: bool) -> R<()> {
    let v = it.arg_or_underscore(a)?;
    match it.stat_operand(&v, link) {
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
    Ok(())
}

/// Applies `f` to each file name after the leading arguments; returns how many succeeded.
fn each_file(it: &mut Interp, files: &[Value], f: impl Fn(&std::ffi::CStr) -> i32) -> R<Value> {
    let mut n = 0;
    for v in files {
        let p = std::ffi::CString::new(v.to_pstr().bytes.clone()).unwrap_or_default();
        if f(&p) == 0 {
            n += 1;
        } else {
            it.set_errno(&std::io::Error::last_os_error());
        }
    }
    Ok(Value::Int(n))
}

fn chmod(it: &mut Interp, a: &[Node]) -> R<Value> {
    let vals = it.flat_args(a)?;
    let Some((mode, files)) = vals.split_first() else {
        return Ok(Value::Int(0));
    };
    let mode = mode.to_i64() as libc::mode_t;
    each_file(it, files, |p| unsafe { libc::chmod(p.as_ptr(), mode) })
}

fn chown(it: &mut Interp, a: &[Node]) -> R<Value> {
    let vals = it.flat_args(a)?;
    if vals.len() < 2 {
        return Ok(Value::Int(0));
    }
    let (uid, gid) = (vals[0].to_i64() as u32, vals[1].to_i64() as u32);
    each_file(it, &vals[2..], |p| unsafe {
        libc::chown(p.as_ptr(), uid, gid)
    })
}

fn utime(it: &mut Interp, a: &[Node]) -> R<Value> {
    let vals = it.flat_args(a)?;
    if vals.len() < 2 {
        return Ok(Value::Int(0));
    }
    let now = vals[0].is_undef() && vals[1].is_undef();
    let tv = |v: &Value| libc::timeval {
        tv_sec: v.to_f64().trunc() as libc::time_t,
        tv_usec: (v.to_f64().fract() * 1e6) as libc::suseconds_t,
    };
    let times = [tv(&vals[0]), tv(&vals[1])];
    each_file(it, &vals[2..], |p| unsafe {
        libc::utimes(
            p.as_ptr(),
            if now {
                std::ptr::null()
            } else {
                times.as_ptr()
            },
        )
    })
}

fn link(it: &mut Interp, a: &[Node]) -> R<Value> {
    two_paths(it, a, |from, to| std::fs::hard_link(from, to))
}

fn symlink(it: &mut Interp, a: &[Node]) -> R<Value> {
    two_paths(it, a, |from, to| std::os::unix::fs::symlink(from, to))
}

fn two_paths(
    it: &mut Interp,
    a: &[Node],
    f: impl Fn(&str, &str) -> std::io::Result<()>,
) -> R<Value> {
    let from = it.sv(&a[0])?.to_string_lossy();
    let to = it.sv(&a[1])?.to_string_lossy();
    match f(&from, &to) {
        Ok(()) => Ok(Value::Int(1)),
        Err(e) => {
            it.set_errno(&e);
            Ok(Value::from_bool(false))
        }
    }
}
