//! Unix system-database and process builtins that map onto one libc call each: the
//! password and group databases (`getpwnam getpwuid getpwent getgrnam getgrgid getgrent`
//! and their `set`/`end` partners, `getlogin`), `readlink`, `pipe`, process groups and
//! priorities, `chroot`, `readpipe`. Return shapes follow perlfunc: a list in list context,
//! the name (or id) in scalar context, an empty list when the entry does not exist.

use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::io::Handle;
use crate::value::{PerlString, Value};
use std::cell::RefCell;
use std::ffi::{CStr, CString};
use std::io::{BufReader, BufWriter};
use std::os::unix::io::FromRawFd;
use std::rc::Rc;

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "getpwnam" => BFn::L(|i, a, ctx, out| {
            let name = cstring(i.arg_or_underscore(a)?);
            let pw = unsafe { libc::getpwnam(name.as_ptr()) };
            passwd_entry(pw, ctx, Field::Id, out);
            Ok(())
        }),
        "getpwuid" => BFn::L(|i, a, ctx, out| {
            let uid = i.arg_or_underscore(a)?.to_i64() as libc::uid_t;
            let pw = unsafe { libc::getpwuid(uid) };
            passwd_entry(pw, ctx, Field::Name, out);
            Ok(())
        }),
        "getpwent" => BFn::L(|_, _, ctx, out| {
            let pw = unsafe { libc::getpwent() };
            passwd_entry(pw, ctx, Field::Name, out);
            Ok(())
        }),
        "setpwent" => BFn::S(|_, _| {
            unsafe { libc::setpwent() };
            Ok(Value::Undef)
        }),
        "endpwent" => BFn::S(|_, _| {
            unsafe { libc::endpwent() };
            Ok(Value::Undef)
        }),
        "getgrnam" => BFn::L(|i, a, ctx, out| {
            let name = cstring(i.arg_or_underscore(a)?);
            let gr = unsafe { libc::getgrnam(name.as_ptr()) };
            group_entry(gr, ctx, Field::Id, out);
            Ok(())
        }),
        "getgrgid" => BFn::L(|i, a, ctx, out| {
            let gid = i.arg_or_underscore(a)?.to_i64() as libc::gid_t;
            let gr = unsafe { libc::getgrgid(gid) };
            group_entry(gr, ctx, Field::Name, out);
            Ok(())
        }),
        "getgrent" => BFn::L(|_, _, ctx, out| {
            let gr = unsafe { libc::getgrent() };
            group_entry(gr, ctx, Field::Name, out);
            Ok(())
        }),
        "setgrent" => BFn::S(|_, _| {
            unsafe { libc::setgrent() };
            Ok(Value::Undef)
        }),
        "endgrent" => BFn::S(|_, _| {
            unsafe { libc::endgrent() };
            Ok(Value::Undef)
        }),
        "getlogin" => BFn::S(|_, _| {
            let p = unsafe { libc::getlogin() };
            Ok(text_or_undef(p))
        }),
        "pipe" => BFn::S(pipe),
        "getpgrp" => BFn::S(|i, a| {
            let pid = match a.first() {
                Some(x) => i.sv(x)?.to_i64() as libc::pid_t,
                None => 0,
            };
            Ok(Value::Int(unsafe { libc::getpgid(pid) } as i64))
        }),
        "setpgrp" => BFn::S(|i, a| {
            let vals = i.flat_args(a)?;
            let pid = vals.first().map(|v| v.to_i64()).unwrap_or(0) as libc::pid_t;
            let pg = vals.get(1).map(|v| v.to_i64()).unwrap_or(0) as libc::pid_t;
            Ok(status(i, unsafe { libc::setpgid(pid, pg) }))
        }),
        "getpriority" => BFn::S(|i, a| {
            let vals = i.flat_args(a)?;
            let which = vals.first().map(|v| v.to_i64()).unwrap_or(0) as libc::__priority_which_t;
            let who = vals.get(1).map(|v| v.to_i64()).unwrap_or(0) as libc::id_t;
            Ok(Value::Int(unsafe { libc::getpriority(which, who) } as i64))
        }),
        "setpriority" => BFn::S(|i, a| {
            let vals = i.flat_args(a)?;
            let arg = |n: usize| vals.get(n).map(|v| v.to_i64()).unwrap_or(0);
            let r = unsafe {
                libc::setpriority(
                    arg(0) as libc::__priority_which_t,
                    arg(1) as libc::id_t,
                    arg(2) as libc::c_int,
                )
            };
            Ok(status(i, r))
        }),
        "chroot" => BFn::S(|i, a| {
            let dir = cstring(i.arg_or_underscore(a)?);
            Ok(status(i, unsafe { libc::chroot(dir.as_ptr()) }))
        }),
        _ => return None,
    })
}

/// Which field scalar context returns.
enum Field {
    Name,
    Id,
}

fn cstring(v: Value) -> CString {
    let mut b = v.to_pstr().bytes.clone();
    b.retain(|c| *c != 0);
    CString::new(b).unwrap_or_default()
}

pub(crate) fn text_or_undef(p: *const libc::c_char) -> Value {
    if p.is_null() {
        Value::Undef
    } else {
        Value::pstr(PerlString::bytes(
            unsafe { CStr::from_ptr(p) }.to_bytes().to_vec(),
        ))
    }
}

fn text(p: *const libc::c_char) -> Value {
    match text_or_undef(p) {
        Value::Undef => Value::text(""),
        v => v,
    }
}

/// A database entry that does not exist: nothing in list context, undef in scalar context.
/// True when `missing`, so the caller returns.
pub(crate) fn entry_missing(missing: bool, ctx: Ctx, out: &mut Vec<Value>) -> bool {
    if missing && ctx != Ctx::List {
        out.push(Value::Undef);
    }
    missing
}

/// 1 on success; false with `$!` set on failure.
fn status(it: &mut Interp, r: libc::c_int) -> Value {
    if r == 0 {
        Value::Int(1)
    } else {
        it.set_errno(&std::io::Error::last_os_error());
        Value::from_bool(false)
    }
}

/// `($name, $passwd, $uid, $gid, $quota, $comment, $gcos, $dir, $shell)`, perl's shape on
/// Linux (no `$expire`).
fn passwd_entry(pw: *mut libc::passwd, ctx: Ctx, scalar: Field, out: &mut Vec<Value>) {
    if entry_missing(pw.is_null(), ctx, out) {
        return;
    }
    let pw = unsafe { &*pw };
    if ctx != Ctx::List {
        out.push(match scalar {
            Field::Name => text(pw.pw_name),
            Field::Id => Value::Int(pw.pw_uid as i64),
        });
        return;
    }
    out.extend([
        text(pw.pw_name),
        shadow_password(pw),
        Value::Int(pw.pw_uid as i64),
        Value::Int(pw.pw_gid as i64),
        Value::text(""),
        Value::text(""),
        text(pw.pw_gecos),
        text(pw.pw_dir),
        text(pw.pw_shell),
    ]);
}

/// perl reads the shadow entry when it can (as root): `*` or the hash instead of `x`.
fn shadow_password(pw: &libc::passwd) -> Value {
    let sp = unsafe { libc::getspnam(pw.pw_name) };
    if sp.is_null() {
        text(pw.pw_passwd)
    } else {
        text(unsafe { (*sp).sp_pwdp })
    }
}

/// `($name, $passwd, $gid, $members)` with the members joined by spaces.
fn group_entry(gr: *mut libc::group, ctx: Ctx, scalar: Field, out: &mut Vec<Value>) {
    if entry_missing(gr.is_null(), ctx, out) {
        return;
    }
    let gr = unsafe { &*gr };
    if ctx != Ctx::List {
        out.push(match scalar {
            Field::Name => text(gr.gr_name),
            Field::Id => Value::Int(gr.gr_gid as i64),
        });
        return;
    }
    let mut members = Vec::new();
    let mut p = gr.gr_mem;
    while !p.is_null() && !unsafe { *p }.is_null() {
        members.push(unsafe { CStr::from_ptr(*p) }.to_string_lossy().into_owned());
        p = unsafe { p.add(1) };
    }
    out.extend([
        text(gr.gr_name),
        text(gr.gr_passwd),
        Value::Int(gr.gr_gid as i64),
        Value::text(&members.join(" ")),
    ]);
}

/// `pipe READHANDLE, WRITEHANDLE`.
fn pipe(it: &mut Interp, a: &[Node]) -> R<Value> {
    if a.len() != 2 {
        return Err(it.die_str("Not enough arguments for pipe"));
    }
    let rg = it.open_target(&a[0])?;
    let wg = it.open_target(&a[1])?;
    let mut fds = [0 as libc::c_int; 2];
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        it.set_errno(&std::io::Error::last_os_error());
        return Ok(Value::from_bool(false));
    }
    let mut r = Handle::new(&rg.name);
    r.reader = Some(Box::new(BufReader::new(unsafe {
        std::fs::File::from_raw_fd(fds[0])
    })));
    r.fd = Some(fds[0]);
    let mut w = Handle::new(&wg.name);
    w.writer = Some(Box::new(BufWriter::new(unsafe {
        std::fs::File::from_raw_fd(fds[1])
    })));
    w.fd = Some(fds[1]);
    for (g, h) in [(rg, r), (wg, w)] {
        if let Some(old) = g.io.borrow().clone() {
            let mut st = 0;
            old.borrow_mut().close(&mut st);
        }
        *g.io.borrow_mut() = Some(Rc::new(RefCell::new(h)));
    }
    Ok(Value::Int(1))
}

/// `crypt(3)` from the system's libcrypt, loaded at run time so building needs no
/// development package. `None` when the library or the salt is unusable.
pub fn crypt(key: &[u8], salt: &[u8]) -> Option<Vec<u8>> {
    type CryptFn =
        unsafe extern "C" fn(*const libc::c_char, *const libc::c_char) -> *mut libc::c_char;
    static FUNC: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    let f = FUNC.get_or_init(|| {
        for lib in [c"libcrypt.so.1", c"libcrypt.so.2", c"libcrypt.so"] {
            let h = unsafe { libc::dlopen(lib.as_ptr(), libc::RTLD_NOW) };
            if !h.is_null() {
                let sym = unsafe { libc::dlsym(h, c"crypt".as_ptr()) };
                if !sym.is_null() {
                    return Some(sym as usize);
                }
            }
        }
        None
    });
    let f: CryptFn = unsafe { std::mem::transmute::<usize, CryptFn>((*f)?) };
    let key = CString::new(key.iter().copied().filter(|c| *c != 0).collect::<Vec<u8>>()).ok()?;
    let salt = CString::new(
        salt.iter()
            .copied()
            .filter(|c| *c != 0)
            .collect::<Vec<u8>>(),
    )
    .ok()?;
    // crypt keeps its result in static storage: copy it out at once.
    let r = unsafe { f(key.as_ptr(), salt.as_ptr()) };
    if r.is_null() {
        return None;
    }
    Some(unsafe { CStr::from_ptr(r) }.to_bytes().to_vec())
}
