//! BSD sockets as perl has them: `socket bind listen accept connect shutdown socketpair
//! getsockname getpeername setsockopt getsockopt send recv`, and the network databases
//! (`gethostbyname gethostbyaddr getprotobyname getprotobynumber getservbyname
//! getservbyport`). Addresses are perl's packed `struct sockaddr` strings (the `Socket`
//! module packs and unpacks them). A socket is an ordinary filehandle: `print`,
//! `<$sock>`, `sysread` and `close` work on it.

use super::unix::{entry_missing, text_or_undef};
use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::io::Handle;
use crate::value::{Glob, Value};
use std::cell::RefCell;
use std::ffi::{CStr, CString};
use std::io::{BufReader, BufWriter};
use std::os::unix::io::FromRawFd;
use std::rc::Rc;

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "socket" => BFn::S(socket),
        "socketpair" => BFn::S(socketpair),
        "bind" => BFn::S(|i, a| addr_call(i, a, |fd, p, n| unsafe { libc::bind(fd, p, n) })),
        "connect" => BFn::S(|i, a| addr_call(i, a, |fd, p, n| unsafe { libc::connect(fd, p, n) })),
        "listen" => BFn::S(|i, a| {
            let fd = sock_fd(i, &a[0])?;
            let n = i.sv(&a[1])?.to_i64() as libc::c_int;
            Ok(ok_or_false(
                i,
                fd.map_or(-1, |fd| unsafe { libc::listen(fd, n) }),
            ))
        }),
        "shutdown" => BFn::S(|i, a| {
            let fd = sock_fd(i, &a[0])?;
            let how = i.sv(&a[1])?.to_i64() as libc::c_int;
            if let Some(h) = i.handle_arg(Some(&a[0]))? {
                h.borrow_mut().flush();
            }
            Ok(ok_or_false(
                i,
                fd.map_or(-1, |fd| unsafe { libc::shutdown(fd, how) }),
            ))
        }),
        "accept" => BFn::S(accept),
        "getsockname" => {
            BFn::S(|i, a| name_call(i, a, |fd, p, n| unsafe { libc::getsockname(fd, p, n) }))
        }
        "getpeername" => {
            BFn::S(|i, a| name_call(i, a, |fd, p, n| unsafe { libc::getpeername(fd, p, n) }))
        }
        "setsockopt" => BFn::S(setsockopt),
        "getsockopt" => BFn::S(getsockopt),
        "send" => BFn::S(send),
        "recv" => BFn::S(recv),
        "gethostbyname" => BFn::L(host_by_name),
        "gethostbyaddr" => BFn::L(host_by_addr),
        "getprotobyname" => BFn::L(|i, a, ctx, out| {
            let name = cstr_arg(i, &a[0])?;
            let p = unsafe { libc::getprotobyname(name.as_ptr()) };
            proto_entry(p, ctx, true, out);
            Ok(())
        }),
        "getprotobynumber" => BFn::L(|i, a, ctx, out| {
            let n = i.sv(&a[0])?.to_i64() as libc::c_int;
            let p = unsafe { libc::getprotobynumber(n) };
            proto_entry(p, ctx, false, out);
            Ok(())
        }),
        "getservbyname" => BFn::L(|i, a, ctx, out| {
            let name = cstr_arg(i, &a[0])?;
            let proto = cstr_arg(i, &a[1])?;
            let s = unsafe { libc::getservbyname(name.as_ptr(), proto.as_ptr()) };
            serv_entry(s, ctx, true, out);
            Ok(())
        }),
        "getservbyport" => BFn::L(|i, a, ctx, out| {
            let port = (i.sv(&a[0])?.to_i64() as u16).to_be() as libc::c_int;
            let proto = cstr_arg(i, &a[1])?;
            let s = unsafe { libc::getservbyport(port, proto.as_ptr()) };
            serv_entry(s, ctx, false, out);
            Ok(())
        }),
        _ => return None,
    })
}

fn cstr_arg(it: &mut Interp, n: &Node) -> R<CString> {
    let mut b = it.sv(n)?.to_pstr().bytes.clone();
    b.retain(|c| *c != 0);
    Ok(CString::new(b).unwrap_or_default())
}

/// 1, or false with `$!` set, from a libc return code.
fn ok_or_false(it: &mut Interp, rc: libc::c_int) -> Value {
    if rc == 0 {
        Value::Int(1)
    } else {
        it.set_errno(&std::io::Error::last_os_error());
        Value::from_bool(false)
    }
}

/// The descriptor of the socket handle `n` (`None`, with `$!` = EBADF, if not open).
fn sock_fd(it: &mut Interp, n: &Node) -> R<Option<i32>> {
    let fd = it.handle_arg(Some(n))?.and_then(|h| h.borrow().fd);
    if fd.is_none() {
        it.set_errno_code(libc::EBADF);
    }
    Ok(fd)
}

/// A filehandle over socket `fd`: reads buffered, writes buffered (flushed by `$|` or
/// `autoflush`), both ends closed with the handle.
fn install(g: &Glob, fd: i32) {
    let mut h = Handle::new(&g.name);
    let wfd = unsafe { libc::dup(fd) };
    h.reader = Some(Box::new(BufReader::new(unsafe {
        std::fs::File::from_raw_fd(fd)
    })));
    if wfd >= 0 {
        h.writer = Some(Box::new(BufWriter::new(unsafe {
            std::fs::File::from_raw_fd(wfd)
        })));
    }
    h.fd = Some(fd);
    if let Some(old) = g.io.borrow().clone() {
        let mut st = 0;
        old.borrow_mut().close(&mut st);
    }
    *g.io.borrow_mut() = Some(Rc::new(RefCell::new(h)));
}

/// `socket SOCKET, DOMAIN, TYPE, PROTOCOL`.
fn socket(it: &mut Interp, a: &[Node]) -> R<Value> {
    let g = it.open_target(&a[0])?;
    let domain = it.sv(&a[1])?.to_i64() as libc::c_int;
    let ty = it.sv(&a[2])?.to_i64() as libc::c_int;
    let proto = it.sv(&a[3])?.to_i64() as libc::c_int;
    let fd = unsafe { libc::socket(domain, ty | libc::SOCK_CLOEXEC, proto) };
    if fd < 0 {
        it.set_errno(&std::io::Error::last_os_error());
        return Ok(Value::from_bool(false));
    }
    install(&g, fd);
    Ok(Value::Int(1))
}

/// `socketpair SOCKET1, SOCKET2, DOMAIN, TYPE, PROTOCOL`.
fn socketpair(it: &mut Interp, a: &[Node]) -> R<Value> {
    let g1 = it.open_target(&a[0])?;
    let g2 = it.open_target(&a[1])?;
    let domain = it.sv(&a[2])?.to_i64() as libc::c_int;
    let ty = it.sv(&a[3])?.to_i64() as libc::c_int;
    let proto = it.sv(&a[4])?.to_i64() as libc::c_int;
    let mut fds = [0; 2];
    let rc = unsafe { libc::socketpair(domain, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) };
    if rc != 0 {
        it.set_errno(&std::io::Error::last_os_error());
        return Ok(Value::from_bool(false));
    }
    install(&g1, fds[0]);
    install(&g2, fds[1]);
    Ok(Value::Int(1))
}

/// `bind`/`connect`: the handle and a packed address.
fn addr_call(
    it: &mut Interp,
    a: &[Node],
    f: impl Fn(i32, *const libc::sockaddr, libc::socklen_t) -> libc::c_int,
) -> R<Value> {
    let fd = sock_fd(it, &a[0])?;
    let addr = it.sv(&a[1])?.to_pstr().bytes.clone();
    let Some(fd) = fd else {
        return Ok(Value::from_bool(false));
    };
    loop {
        let rc = f(fd, addr.as_ptr() as *const libc::sockaddr, addr.len() as _);
        if rc == 0 {
            return Ok(Value::Int(1));
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EINTR) {
            it.dispatch_signals()?;
            continue;
        }
        it.set_errno(&e);
        return Ok(Value::from_bool(false));
    }
}

/// `getsockname`/`getpeername`: the packed address, or undef.
fn name_call(
    it: &mut Interp,
    a: &[Node],
    f: impl Fn(i32, *mut libc::sockaddr, *mut libc::socklen_t) -> libc::c_int,
) -> R<Value> {
    let Some(fd) = sock_fd(it, &a[0])? else {
        return Ok(Value::Undef);
    };
    let mut buf = [0u8; 256];
    let mut len = buf.len() as libc::socklen_t;
    if f(fd, buf.as_mut_ptr() as *mut libc::sockaddr, &mut len) != 0 {
        it.set_errno(&std::io::Error::last_os_error());
        return Ok(Value::Undef);
    }
    Ok(Value::bytes(buf[..len as usize].to_vec()))
}

/// `accept NEWSOCKET, GENERICSOCKET`: the peer's packed address (true), or false.
fn accept(it: &mut Interp, a: &[Node]) -> R<Value> {
    let g = it.open_target(&a[0])?;
    let Some(fd) = sock_fd(it, &a[1])? else {
        return Ok(Value::from_bool(false));
    };
    let mut buf = [0u8; 256];
    loop {
        let mut len = buf.len() as libc::socklen_t;
        let nfd = unsafe {
            libc::accept4(
                fd,
                buf.as_mut_ptr() as *mut libc::sockaddr,
                &mut len,
                libc::SOCK_CLOEXEC,
            )
        };
        if nfd >= 0 {
            install(&g, nfd);
            // An empty address (a Unix socket's peer) must still be true.
            let addr = if len == 0 {
                vec![0u8; 2]
            } else {
                buf[..len as usize].to_vec()
            };
            return Ok(Value::bytes(addr));
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EINTR) {
            it.dispatch_signals()?;
            continue;
        }
        it.set_errno(&e);
        return Ok(Value::from_bool(false));
    }
}

/// `setsockopt SOCKET, LEVEL, OPTNAME, OPTVAL`: an integer value or a packed string.
fn setsockopt(it: &mut Interp, a: &[Node]) -> R<Value> {
    let fd = sock_fd(it, &a[0])?;
    let level = it.sv(&a[1])?.to_i64() as libc::c_int;
    let opt = it.sv(&a[2])?.to_i64() as libc::c_int;
    let v = it.sv(&a[3])?;
    let bytes = match &v {
        Value::Str(s) if !crate::num::looks_like_number(&s.bytes) => s.bytes.clone(),
        Value::Undef => 0i32.to_ne_bytes().to_vec(),
        other => (other.to_i64() as i32).to_ne_bytes().to_vec(),
    };
    let Some(fd) = fd else {
        return Ok(Value::from_bool(false));
    };
    let rc = unsafe {
        libc::setsockopt(
            fd,
            level,
            opt,
            bytes.as_ptr() as *const libc::c_void,
            bytes.len() as libc::socklen_t,
        )
    };
    Ok(ok_or_false(it, rc))
}

/// `getsockopt SOCKET, LEVEL, OPTNAME`: the packed value (`unpack "i"` for integers).
fn getsockopt(it: &mut Interp, a: &[Node]) -> R<Value> {
    let fd = sock_fd(it, &a[0])?;
    let level = it.sv(&a[1])?.to_i64() as libc::c_int;
    let opt = it.sv(&a[2])?.to_i64() as libc::c_int;
    let Some(fd) = fd else {
        return Ok(Value::Undef);
    };
    let mut buf = [0u8; 256];
    let mut len = buf.len() as libc::socklen_t;
    let rc = unsafe {
        libc::getsockopt(
            fd,
            level,
            opt,
            buf.as_mut_ptr() as *mut libc::c_void,
            &mut len,
        )
    };
    if rc != 0 {
        it.set_errno(&std::io::Error::last_os_error());
        return Ok(Value::Undef);
    }
    Ok(Value::bytes(buf[..len as usize].to_vec()))
}

/// `send SOCKET, MSG, FLAGS [, TO]`: bytes sent, or undef.
fn send(it: &mut Interp, a: &[Node]) -> R<Value> {
    let fd = sock_fd(it, &a[0])?;
    let msg = it.sv(&a[1])?.to_pstr().bytes.clone();
    let flags = it.sv(&a[2])?.to_i64() as libc::c_int;
    let to = match a.get(3) {
        Some(n) => Some(it.sv(n)?.to_pstr().bytes.clone()),
        None => None,
    };
    let Some(fd) = fd else {
        return Ok(Value::Undef);
    };
    if let Some(h) = it.handle_arg(Some(&a[0]))? {
        h.borrow_mut().flush();
    }
    let n = unsafe {
        match &to {
            Some(addr) => libc::sendto(
                fd,
                msg.as_ptr() as *const libc::c_void,
                msg.len(),
                flags | libc::MSG_NOSIGNAL,
                addr.as_ptr() as *const libc::sockaddr,
                addr.len() as libc::socklen_t,
            ),
            None => libc::send(fd, msg.as_ptr() as *const libc::c_void, msg.len(), flags),
        }
    };
    if n < 0 {
        it.set_errno(&std::io::Error::last_os_error());
        return Ok(Value::Undef);
    }
    Ok(Value::Int(n as i64))
}

/// `recv SOCKET, SCALAR, LENGTH, FLAGS`: fills SCALAR; returns the sender's address
/// (empty for a connected stream), or undef on error.
fn recv(it: &mut Interp, a: &[Node]) -> R<Value> {
    let fd = sock_fd(it, &a[0])?;
    let target = it.lv(&a[1])?;
    let len = it.sv(&a[2])?.to_i64().max(0) as usize;
    let flags = it.sv(&a[3])?.to_i64() as libc::c_int;
    let Some(fd) = fd else {
        return Ok(Value::Undef);
    };
    let mut buf = vec![0u8; len];
    let mut from = [0u8; 256];
    loop {
        let mut from_len = from.len() as libc::socklen_t;
        let n = unsafe {
            libc::recvfrom(
                fd,
                buf.as_mut_ptr() as *mut libc::c_void,
                len,
                flags,
                from.as_mut_ptr() as *mut libc::sockaddr,
                &mut from_len,
            )
        };
        if n >= 0 {
            buf.truncate(n as usize);
            target.put(Value::bytes(buf));
            return Ok(Value::bytes(from[..from_len as usize].to_vec()));
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EINTR) {
            it.dispatch_signals()?;
            continue;
        }
        it.set_errno(&e);
        return Ok(Value::Undef);
    }
}

/// `($name, $aliases, $addrtype, $length, @addrs)`; scalar context: the first address.
fn host_entry(h: *mut libc::hostent, ctx: Ctx, scalar_addr: bool, out: &mut Vec<Value>) {
    if entry_missing(h.is_null(), ctx, out) {
        return;
    }
    let h = unsafe { &*h };
    let mut addrs = Vec::new();
    let mut p = h.h_addr_list;
    while !p.is_null() && !unsafe { *p }.is_null() {
        let bytes = unsafe { std::slice::from_raw_parts(*p as *const u8, h.h_length as usize) };
        addrs.push(Value::bytes(bytes.to_vec()));
        p = unsafe { p.add(1) };
    }
    if ctx != Ctx::List {
        out.push(if scalar_addr {
            addrs.into_iter().next().unwrap_or(Value::Undef)
        } else {
            text_or_undef(h.h_name)
        });
        return;
    }
    out.push(text_or_undef(h.h_name));
    out.push(Value::text(&join_list(h.h_aliases)));
    out.push(Value::Int(h.h_addrtype as i64));
    out.push(Value::Int(h.h_length as i64));
    out.extend(addrs);
}

fn join_list(mut p: *mut *mut libc::c_char) -> String {
    let mut names = Vec::new();
    while !p.is_null() && !unsafe { *p }.is_null() {
        names.push(unsafe { CStr::from_ptr(*p) }.to_string_lossy().into_owned());
        p = unsafe { p.add(1) };
    }
    names.join(" ")
}

mod c {
    extern "C" {
        pub fn gethostbyname(name: *const libc::c_char) -> *mut libc::hostent;
        pub fn gethostbyaddr(
            addr: *const libc::c_void,
            len: libc::socklen_t,
            ty: libc::c_int,
        ) -> *mut libc::hostent;
    }
}

fn host_by_name(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    let name = cstr_arg(it, &a[0])?;
    let h = unsafe { c::gethostbyname(name.as_ptr()) };
    host_entry(h, ctx, true, out);
    Ok(())
}

fn host_by_addr(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    let addr = it.sv(&a[0])?.to_pstr().bytes.clone();
    let ty = it.sv(&a[1])?.to_i64() as libc::c_int;
    let h = unsafe {
        c::gethostbyaddr(
            addr.as_ptr() as *const libc::c_void,
            addr.len() as libc::socklen_t,
            ty,
        )
    };
    host_entry(h, ctx, false, out);
    Ok(())
}

/// `($name, $aliases, $proto)`; scalar: the number (by name) or the name (by number).
fn proto_entry(p: *mut libc::protoent, ctx: Ctx, by_name: bool, out: &mut Vec<Value>) {
    if entry_missing(p.is_null(), ctx, out) {
        return;
    }
    let p = unsafe { &*p };
    if ctx != Ctx::List {
        out.push(if by_name {
            Value::Int(p.p_proto as i64)
        } else {
            text_or_undef(p.p_name)
        });
        return;
    }
    out.push(text_or_undef(p.p_name));
    out.push(Value::text(&join_list(p.p_aliases)));
    out.push(Value::Int(p.p_proto as i64));
}

/// `($name, $aliases, $port, $proto)`; scalar: the port (by name) or the name (by port).
fn serv_entry(s: *mut libc::servent, ctx: Ctx, by_name: bool, out: &mut Vec<Value>) {
    if entry_missing(s.is_null(), ctx, out) {
        return;
    }
    let s = unsafe { &*s };
    let port = u16::from_be(s.s_port as u16) as i64;
    if ctx != Ctx::List {
        out.push(if by_name {
            Value::Int(port)
        } else {
            text_or_undef(s.s_name)
        });
        return;
    }
    out.push(text_or_undef(s.s_name));
    out.push(Value::text(&join_list(s.s_aliases)));
    out.push(Value::Int(port));
    out.push(text_or_undef(s.s_proto));
}
