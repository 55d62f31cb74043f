//! `open` in all its forms (2- and 3-argument, pipes, in-memory scalars, dups of other
//! handles and descriptors) and `sysopen`; a reopened STDIN/STDOUT/STDERR keeps its
//! descriptor so child processes inherit it.

use crate::compile::node::Node;
use crate::exec::R;
use crate::interp::Interp;
use crate::io::{Handle, ScalarWriter};
use crate::value::{Glob, Value};
use std::cell::RefCell;
use std::io::{BufReader, BufWriter, Cursor};
use std::os::unix::io::FromRawFd;
use std::rc::Rc;

/// `open FH, '>&', OTHER` (and `<&`, `&=`, numeric descriptors): a new handle on a
/// duplicate of OTHER's descriptor, after flushing OTHER so output stays in order.
fn open_dup(it: &mut Interp, mut h: Handle, g: &Glob, dir: &str, target: &Value) -> R<Value> {
    let fd = if matches!(target, Value::Int(_)) || target.to_string_lossy().parse::<i32>().is_ok() {
        Some(target.to_i64() as i32)
    } else {
        let other = match target {
            Value::Str(_) => {
                let name = target.to_string_lossy();
                let name = name.trim_start_matches('*');
                it.handle_of_value(&Value::str(name))
            }
            v => it.handle_of_value(v),
        };
        other.and_then(|o| {
            let mut ob = o.borrow_mut();
            ob.flush();
            ob.fd.filter(|_| ob.is_open)
        })
    };
    let new_fd = match fd {
        Some(fd) if fd >= 0 => unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) },
        _ => -1,
    };
    if new_fd < 0 {
        it.set_errno_code(libc::EBADF);
        return Ok(Value::from_bool(false));
    }
    let f = unsafe { std::fs::File::from_raw_fd(new_fd) };
    let read = dir.contains('<') || dir.starts_with('+');
    let write = dir.contains('>') || dir.starts_with('+');
    set_file_stream(&mut h, f, read, write);
    install_handle(it, g, h);
    Ok(Value::Int(1))
}

/// Puts a freshly opened handle on its glob (and on fd 0/1/2 for the standard streams).
fn install_handle(it: &mut Interp, g: &Glob, h: Handle) {
    let hr = Rc::new(RefCell::new(h));
    it.register_handle(&hr);
    *g.io.borrow_mut() = Some(hr);
    bind_std_fd(g);
}

/// Reopening STDIN, STDOUT or STDERR also points descriptor 0, 1 or 2 at the new file
/// (perl keeps the standard streams on their descriptors), so `system` and `exec`
/// children inherit the redirection.
fn bind_std_fd(g: &Glob) {
    if &*g.pkg != "main" {
        return;
    }
    let target = match &*g.name {
        "STDIN" => 0,
        "STDOUT" => 1,
        "STDERR" => 2,
        _ => return,
    };
    let fd = g.io.borrow().as_ref().and_then(|h| h.borrow().fd);
    if let Some(fd) = fd {
        if fd != target && fd >= 0 {
            // SAFETY: dup2 onto a standard descriptor; `fd` is open (the handle owns it).
            unsafe { libc::dup2(fd, target) };
        }
    }
}

/// Makes an opened file the handle's seekable stream.
fn set_file_stream(h: &mut Handle, f: std::fs::File, read: bool, write: bool) {
    use std::os::unix::io::AsRawFd;
    h.fd = Some(f.as_raw_fd());
    h.stream = Some(crate::io::SeekStream::new(Box::new(f)));
    h.stream_mode = crate::io::StreamMode { read, write };
}

pub(super) fn parse_layers(s: &str) -> bool {
    s.contains(":utf8") || s.contains("UTF-8") || s.contains("utf-8") || s.contains("UTF8")
}

pub(super) fn open(it: &mut Interp, a: &[Node]) -> R<Value> {
    let display = match &a[0] {
        Node::Const(v) => v.to_string_lossy(),
        _ => "$fh".to_string(),
    };
    let a = &a[1..];
    if a.is_empty() {
        return Err(it.die_str("Not enough arguments for open"));
    }
    let g = it.open_target(&a[0])?;
    // Close what was open on this glob.
    if let Some(old) = g.io.borrow().clone() {
        let mut st = 0;
        old.borrow_mut().close(&mut st);
    }
    let (mode, target, extra): (String, Value, Vec<Value>) = if a.len() >= 3 {
        let m = it.sv(&a[1])?.to_string_lossy();
        let t = it.sv(&a[2])?;
        let mut rest = Vec::new();
        for x in &a[3..] {
            it.list(x, &mut rest)?;
        }
        (m, t, rest)
    } else if a.len() == 2 {
        let spec = it.sv(&a[1])?.to_string_lossy();
        let s = spec.trim();
        let (m, p) = if let Some(r) = s.strip_prefix("+<") {
            ("+<", r)
        } else if let Some(r) = s.strip_prefix(">>") {
            (">>", r)
        } else if let Some(r) = s.strip_prefix("+>") {
            ("+>", r)
        } else if let Some(r) = s.strip_prefix('>') {
            (">", r)
        } else if let Some(r) = s.strip_prefix('<') {
            ("<", r)
        } else if let Some(r) = s.strip_prefix('|') {
            ("|-", r)
        } else if let Some(r) = s.strip_suffix('|') {
            ("-|", r)
        } else {
            ("<", s)
        };
        // `>&STDOUT`, `<&=0`: the `&` belongs to the mode.
        let p = p.trim_start();
        let (m, p) = match p.strip_prefix('&') {
            Some(r) => match r.strip_prefix('=') {
                Some(r) => (format!("{m}&="), r),
                None => (format!("{m}&"), r),
            },
            None => (m.to_string(), p),
        };
        (m, Value::str(p.trim()), vec![])
    } else {
        return Err(it.die_str("Not enough arguments for open"));
    };
    let utf8 = parse_layers(&mode);
    let base: String = mode
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != ':')
        .collect();
    let mut h = Handle::new(&display);
    h.utf8 = utf8;
    if let Some(dir) = base.strip_suffix("&=").or_else(|| base.strip_suffix('&')) {
        return open_dup(it, h, &g, dir, &target);
    }
    // In-memory handles.
    if let Value::ScalarRef(sv) = &target {
        match base.as_str() {
            "<" => {
                let data = sv.get().to_pstr().bytes.clone();
                h.stream = Some(crate::io::SeekStream::new(Box::new(Cursor::new(data))));
                h.stream_mode.read = true;
            }
            ">" | "+>" => {
                sv.put(Value::empty_str());
                h.writer = Some(Box::new(ScalarWriter(sv.clone())));
            }
            ">>" => {
                if sv.get().is_undef() {
                    sv.put(Value::empty_str());
                }
                h.writer = Some(Box::new(ScalarWriter(sv.clone())));
            }
            _ => return Err(it.die_str(&format!("Unknown open() mode '{mode}'"))),
        }
        let hr = Rc::new(RefCell::new(h));
        *g.io.borrow_mut() = Some(hr);
        return Ok(Value::Int(1));
    }
    // Duplicates: `open(my $fh, '>&', STDOUT)`, `open(FH, ">&STDERR")`, `'<&=', $fd`.
    // (The 3-argument forms were handled above; this is `open(FH, ">&STDERR")`.)
    let dup_src = if a.len() == 2 {
        let p = target.to_string_lossy();
        p.strip_prefix('&')
            .map(|r| Value::str(r.trim_start_matches('=').trim()))
    } else {
        None
    };
    if let Some(src) = dup_src {
        return open_dup(it, h, &g, &base, &src);
    }
    let path = target.to_string_lossy();
    let result: std::io::Result<()> = (|| {
        match base.as_str() {
            "<" | "" => {
                if path == "-" {
                    h.reader = Some(Box::new(BufReader::new(std::io::stdin())));
                } else {
                    // perl opens directories for reading too (and reads nothing).
                    let f = std::fs::File::open(&path)?;
                    set_file_stream(&mut h, f, true, false);
                }
            }
            ">" | ">>" | "+>" | "+<" => {
                if path == "-" && base == ">" {
                    h.writer = Some(Box::new(std::io::stdout()));
                } else {
                    let mut o = std::fs::OpenOptions::new();
                    match base.as_str() {
                        ">" => o.write(true).create(true).truncate(true),
                        ">>" => o.append(true).create(true),
                        "+>" => o.read(true).write(true).create(true).truncate(true),
                        _ => o.read(true).write(true),
                    };
                    let f = o.open(&path)?;
                    set_file_stream(&mut h, f, base.starts_with('+'), true);
                }
            }
            "-|" | "|-" => {
                let mut cmd = if extra.is_empty() {
                    let mut c = std::process::Command::new("/bin/sh");
                    c.arg("-c").arg(&path);
                    c
                } else {
                    let mut c = std::process::Command::new(&path);
                    c.args(extra.iter().map(|v| v.to_string_lossy()));
                    c
                };
                if base == "-|" {
                    cmd.stdout(std::process::Stdio::piped());
                } else {
                    cmd.stdin(std::process::Stdio::piped());
                }
                let mut child = cmd.spawn()?;
                if base == "-|" {
                    h.reader = Some(Box::new(BufReader::new(child.stdout.take().unwrap())));
                } else {
                    h.writer = Some(Box::new(child.stdin.take().unwrap()));
                }
                h.child = Some(child);
            }
            _ => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!("Unknown open() mode '{mode}'"),
                ))
            }
        }
        Ok(())
    })();
    match result {
        Ok(()) => {
            // perl's PerlIO probes a new handle (isatty, lseek) and leaves the failed
            // probe's errno in $!: ENOTTY for files, ESPIPE for pipes.
            if base == "-|" || base == "|-" {
                it.flush_all();
                it.set_errno_code(libc::ESPIPE);
            } else if path != "-" {
                it.set_errno_code(libc::ENOTTY);
            }
            h.path = Some(path);
            install_handle(it, &g, h);
            Ok(Value::Int(1))
        }
        Err(e) => {
            if e.kind() == std::io::ErrorKind::InvalidInput && e.raw_os_error().is_none() {
                return Err(it.die_str(&e.to_string()));
            }
            it.set_errno(&e);
            Ok(Value::from_bool(false))
        }
    }
}

/// `sysopen FH, PATH, FLAGS [, PERMS]`: open(2) with the caller's `O_*` flags and mode
/// (default 0666, less the umask).
pub(super) fn sysopen(it: &mut Interp, a: &[Node]) -> R<Value> {
    use std::os::unix::fs::OpenOptionsExt;
    let display = match &a[0] {
        Node::Const(v) => v.to_string_lossy(),
        _ => "$fh".to_string(),
    };
    let a = &a[1..];
    if a.len() < 3 {
        return Err(it.die_str("Not enough arguments for sysopen"));
    }
    let g = it.open_target(&a[0])?;
    if let Some(old) = g.io.borrow().clone() {
        let mut st = 0;
        old.borrow_mut().close(&mut st);
    }
    let path = it.sv(&a[1])?.to_string_lossy();
    let flags = it.sv(&a[2])?.to_i64() as i32;
    let perms = match a.get(3) {
        Some(p) => it.sv(p)?.to_i64() as u32,
        None => 0o666,
    };
    let acc = flags & libc::O_ACCMODE;
    let mut o = std::fs::OpenOptions::new();
    o.read(acc != libc::O_WRONLY)
        .write(acc != libc::O_RDONLY)
        .custom_flags(flags & !libc::O_ACCMODE)
        .mode(perms);
    match o.open(&path) {
        Ok(f) => {
            let mut h = Handle::new(&display);
            if acc != libc::O_WRONLY {
                match f.try_clone() {
                    Ok(r) => h.reader = Some(Box::new(BufReader::new(r))),
                    Err(e) => {
                        it.set_errno(&e);
                        return Ok(Value::from_bool(false));
                    }
                }
            }
            if acc != libc::O_RDONLY {
                h.writer = Some(Box::new(BufWriter::new(f)));
            }
            h.path = Some(path);
            install_handle(it, &g, h);
            Ok(Value::Int(1))
        }
        Err(e) => {
            it.set_errno(&e);
            Ok(Value::from_bool(false))
        }
    }
}
