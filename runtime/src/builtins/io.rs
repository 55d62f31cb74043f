//! I/O builtins: open/close/print/readline/eof/binmode/select and friends.

use super::BFn;
use crate::compile::node::{Ctx, FhSrc, Node};
use crate::exec::{Ctl, R};
use crate::interp::Interp;
use crate::io::{output_bytes, Handle, HandleRef, SharedBuf};
use crate::value::{Av, Glob, GlobCell, PerlString, Value};
use lang::ast::PrintKind;
use std::cell::RefCell;
use std::io::{BufReader, BufWriter, Write};
use std::os::unix::io::FromRawFd;
use std::rc::Rc;

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "open" => BFn::S(super::open::open),
        "sysopen" => BFn::S(super::open::sysopen),
        "close" => BFn::S(close),
        "binmode" => BFn::S(binmode),
        "eof" => BFn::S(eof),
        "fileno" => BFn::S(|i, a| {
            let h = i.handle_arg(a.first())?;
            Ok(match h {
                Some(h) if !h.borrow().is_open => Value::Undef,
                Some(h) => match h.borrow().fd {
                    Some(fd) => Value::Int(fd as i64),
                    None => Value::Int(3),
                },
                None => Value::Undef,
            })
        }),
        "readline" => BFn::L(|i, a, ctx, out| {
            let h = i.handle_arg(a.first())?;
            let Some(h) = h else {
                if ctx != Ctx::List {
                    out.push(Value::Undef);
                }
                return Ok(());
            };
            if ctx == Ctx::List {
                while let Some(v) = i.read_line_from(&h) {
                    out.push(v);
                }
            } else {
                out.push(i.read_line_scalar(&h));
            }
            Ok(())
        }),
        "getc" => BFn::S(|i, a| {
            let h = match a.first() {
                Some(_) => i.handle_arg(a.first())?,
                None => i.io.stdin.clone(),
            };
            let Some(h) = h else { return Ok(Value::Undef) };
            let mut b = [0u8; 1];
            let mut hb = h.borrow_mut();
            match hb.input().map(|r| r.read(&mut b)) {
                Some(Ok(1)) => Ok(Value::bytes(b.to_vec())),
                _ => Ok(Value::Undef),
            }
        }),
        "read" | "sysread" => BFn::S(read),
        "print" | "say" => return None,
        "select" => BFn::S(select),
        "flock" => BFn::S(|i, a| {
            for x in a {
                i.sv(x)?;
            }
            Ok(Value::Int(1))
        }),
        "seek" | "sysseek" => BFn::S(seek),
        "tell" => BFn::S(tell),
        "truncate" => BFn::S(truncate),
        "syswrite" => BFn::S(|i, a| {
            let h = i.handle_arg(a.first())?;
            let data = i.sv(&a[1])?.to_pstr().into_owned();
            match h {
                Some(h) => {
                    let mut hb = h.borrow_mut();
                    hb.write_bytes(&data.bytes);
                    hb.flush();
                    Ok(Value::Int(data.bytes.len() as i64))
                }
                None => Ok(Value::Undef),
            }
        }),
        "opendir" => BFn::S(opendir),
        "readdir" => BFn::L(readdir),
        "closedir" => BFn::S(|i, a| {
            if let Some(h) = i.handle_arg(a.first())? {
                h.borrow_mut().dir = None;
            }
            Ok(Value::Int(1))
        }),
        "rewinddir" => BFn::S(|i, a| {
            if let Some(h) = i.handle_arg(a.first())? {
                if let Some(d) = &mut h.borrow_mut().dir {
                    d.1 = 0;
                }
            }
            Ok(Value::Int(1))
        }),
        // A directory is read whole at opendir: its position is the entry index.
        "telldir" => BFn::S(|i, a| {
            let h = i.handle_arg(a.first())?;
            let pos = h.and_then(|h| h.borrow().dir.as_ref().map(|d| d.1 as i64));
            Ok(pos.map_or(Value::Undef, Value::Int))
        }),
        "seekdir" => BFn::S(|i, a| {
            let h = i.handle_arg(a.first())?;
            let pos = i.sv(&a[1])?.to_i64().max(0) as usize;
            let moved = h.is_some_and(|h| match &mut h.borrow_mut().dir {
                Some(d) => {
                    d.1 = pos.min(d.0.len());
                    true
                }
                None => false,
            });
            Ok(Value::from_bool(moved))
        }),
        _ => return None,
    })
}

impl Interp {
    pub fn init_std_handles(&mut self) {
        // A private copy of fd 1 (so dropping it never closes 1), placed high and
        // close-on-exec so the script's own files get perl's numbers (3, 4, ...).
        let out_fd = unsafe { libc::fcntl(1, libc::F_DUPFD_CLOEXEC, 64) };
        let mut out = Handle::new("STDOUT");
        out.writer = Some(Box::new(BufWriter::with_capacity(64 * 1024, unsafe {
            std::fs::File::from_raw_fd(out_fd)
        })));
        out.fd = Some(1);
        let out = Rc::new(RefCell::new(out));
        let mut err = Handle::new("STDERR");
        err.writer = Some(Box::new(std::io::stderr()));
        err.autoflush = true;
        err.fd = Some(2);
        let err = Rc::new(RefCell::new(err));
        let mut inp = Handle::new("STDIN");
        inp.reader = Some(Box::new(BufReader::new(std::io::stdin())));
        inp.fd = Some(0);
        let inp = Rc::new(RefCell::new(inp));
        for (n, h) in [("STDOUT", &out), ("STDERR", &err), ("STDIN", &inp)] {
            let g = self.glob_in("main", n);
            *g.io.borrow_mut() = Some(h.clone());
        }
        self.io.stdout = Some(out);
        self.io.stderr = Some(err);
        self.io.stdin = Some(inp);
        self.io.selected = Some(self.glob_in("main", "STDOUT"));
        self.refresh_format_vars();
    }

    /// Redirects STDOUT (and optionally STDERR) into memory; returns the buffers.
    pub fn capture_output(&mut self) -> (SharedBuf, SharedBuf) {
        let out = SharedBuf::default();
        let err = SharedBuf::default();
        if let Some(h) = &self.io.stdout {
            h.borrow_mut().flush();
            h.borrow_mut().writer = Some(Box::new(out.clone()));
        }
        if let Some(h) = &self.io.stderr {
            h.borrow_mut().writer = Some(Box::new(err.clone()));
        }
        (out, err)
    }

    /// Redirects STDOUT and STDERR into one in-memory buffer (tests compare merged output).
    pub fn capture_output_merged(&mut self) -> (SharedBuf, SharedBuf) {
        let out = SharedBuf::default();
        if let Some(h) = &self.io.stdout {
            h.borrow_mut().flush();
            // Buffered like a real STDOUT on a pipe, so the interleaving matches perl's.
            h.borrow_mut().writer =
                Some(Box::new(BufWriter::with_capacity(64 * 1024, out.clone())));
        }
        if let Some(h) = &self.io.stderr {
            h.borrow_mut().writer = Some(Box::new(out.clone()));
        }
        (out.clone(), out)
    }

    pub fn write_stderr(&mut self, s: &PerlString) {
        let (b, _) = output_bytes(s, false);
        // Warnings go wherever STDERR points now (`local *STDERR = *STDOUT`, reopened).
        let h = self
            .find_glob("main", "STDERR")
            .and_then(|g| g.io.borrow().clone())
            .or_else(|| self.io.stderr.clone());
        if let Some(h) = h {
            if let Ok(mut h) = h.try_borrow_mut() {
                h.write_bytes(&b);
            }
        }
    }

    pub fn flush_all(&mut self) {
        if let Some(h) = &self.io.stdout {
            h.borrow_mut().flush();
        }
        let hs: Vec<_> = self
            .io
            .open_handles
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for h in hs {
            if let Ok(mut b) = h.try_borrow_mut() {
                b.flush();
            }
        }
        self.io.open_handles.retain(|w| w.strong_count() > 0);
    }

    /// The handle a value denotes: a glob, a glob ref, or a name.
    pub fn handle_of_value(&mut self, v: &Value) -> Option<HandleRef> {
        match v {
            Value::Glob(g) | Value::GlobRef(g) => g.io.borrow().clone(),
            Value::Str(_) => {
                let name = v.to_string_lossy();
                let (p, n) = match name.as_str() {
                    "STDOUT" | "STDERR" | "STDIN" => ("main".to_string(), name.clone()),
                    _ => self.split_name(&name),
                };
                self.find_glob(&p, &n).and_then(|g| g.io.borrow().clone())
            }
            Value::HashRef(h) => {
                // IO::Handle-like objects keep the glob in {fh}.
                let inner = h.get(&PerlString::bytes(b"fh".to_vec()))?;
                self.handle_of_value(&inner)
            }
            _ => None,
        }
    }

    pub fn handle_arg(&mut self, n: Option<&Node>) -> R<Option<HandleRef>> {
        let Some(n) = n else {
            return Ok(self.io.stdin.clone());
        };
        let v = self.sv(n)?;
        Ok(self.handle_of_value(&v))
    }

    fn selected_handle(&mut self) -> Option<HandleRef> {
        match &self.io.selected {
            Some(g) => g.io.borrow().clone(),
            None => self.io.stdout.clone(),
        }
    }

    pub fn print_op(&mut self, kind: PrintKind, fh: Option<&Node>, args: &Node) -> R<Value> {
        let h = match fh {
            None => self.selected_handle(),
            Some(n) => {
                let v = self.sv(n)?;
                match self.handle_of_value(&v) {
                    Some(h) => Some(h),
                    None => {
                        if self.warn_on {
                            let name = match &v {
                                Value::Glob(g) => g.name.to_string(),
                                other => other.to_string_lossy(),
                            };
                            self.warn_at(&format!("print() on unopened filehandle {name}"));
                        }
                        return Ok(Value::from_bool(false));
                    }
                }
            }
        };
        let Some(h) = h else {
            return Ok(Value::from_bool(false));
        };
        let mut vals = Vec::new();
        if crate::exec::list::has_incdec(args) {
            // perl passes variables (and `++$x`, which returns the variable) by alias, so
            // `print $i++, $i, ++$i` shows each variable's value after the whole list ran.
            let mut cells = Vec::new();
            self.list_cells(args, &mut cells)?;
            vals.extend(cells.iter().map(|c| c.get()));
        } else {
            self.list(args, &mut vals)?;
        }
        let mut s = PerlString::default();
        if kind == PrintKind::Printf {
            let r = self.sprintf_values(&vals)?;
            s = r.to_pstr().into_owned();
        } else {
            let ofs = self.ofs.sv().get();
            let has_ofs = !ofs.is_undef();
            for (i, v) in vals.iter().enumerate() {
                if i > 0 && has_ofs {
                    s.push_pstr(&ofs.to_pstr());
                }
                if v.is_undef() && self.warn_on {
                    self.warn_at(&format!(
                        "Use of uninitialized value in {}",
                        if kind == PrintKind::Say {
                            "say"
                        } else {
                            "print"
                        }
                    ));
                }
                let vs = self.str_of(v)?;
                s.push_pstr(&vs);
            }
            if kind == PrintKind::Say {
                // `say` is `{ local $\ = "\n"; print }`.
                s.bytes.push(b'\n');
            } else {
                let ors = self.ors.sv().get();
                if !ors.is_undef() {
                    s.push_pstr(&ors.to_pstr());
                }
            }
        }
        let utf8 = h.borrow().utf8;
        let (bytes, wide) = output_bytes(&s, utf8);
        if wide {
            let name = if kind == PrintKind::Say {
                "say"
            } else if kind == PrintKind::Printf {
                "printf"
            } else {
                "print"
            };
            self.warn_at(&format!("Wide character in {name}"));
        }
        let ok = {
            let mut hb = h.borrow_mut();
            if !hb.is_open {
                false
            } else {
                hb.write_bytes(&bytes)
            }
        };
        if !ok && self.warn_on {
            let name = h.borrow().name.clone();
            self.warn_at(&format!("print() on closed filehandle {name}"));
        }
        Ok(Value::from_bool(ok))
    }

    pub fn read_line_from(&mut self, h: &HandleRef) -> Option<Value> {
        let sep = self.irs.sv().get();
        if let Value::ScalarRef(n) = &sep {
            // `$/ = \N`: fixed-size records.
            let n = n.get().to_i64().max(1) as usize;
            self.io.last_read = Some(h.clone());
            let mut hb = h.borrow_mut();
            let r = hb.input()?;
            let mut buf = vec![0u8; n];
            let mut got = 0;
            while got < n {
                match r.read(&mut buf[got..]) {
                    Ok(0) | Err(_) => break,
                    Ok(k) => got += k,
                }
            }
            if got == 0 {
                return None;
            }
            buf.truncate(got);
            hb.lines += 1;
            return Some(Value::pstr(PerlString {
                bytes: buf,
                utf8: hb.utf8,
            }));
        }
        let sep_bytes = if sep.is_undef() {
            None
        } else {
            Some(sep.to_pstr().bytes.clone())
        };
        self.io.last_read = Some(h.clone());
        let mut hb = h.borrow_mut();
        let rec = hb.read_record(sep_bytes.as_deref())?;
        Some(Value::pstr(PerlString {
            bytes: rec,
            utf8: hb.utf8,
        }))
    }

    fn fh_of_src(&mut self, src: &FhSrc) -> R<Option<HandleRef>> {
        match src {
            FhSrc::Glob(g) => Ok(g.io.borrow().clone()),
            FhSrc::Expr(n) => {
                let v = self.sv(n)?;
                Ok(self.handle_of_value(&v))
            }
            FhSrc::Argv => Ok(self.argv_handle()),
        }
    }

    /// `-i`/`$^I`: the file `<>` just opened is renamed to its backup (or unlinked when the
    /// extension is empty; the open handle still reads it) and a new file of the same name
    /// becomes `ARGVOUT`, the default output, as perl does.
    fn start_inplace_file(&mut self, name: &str) -> Result<(), String> {
        let ext = self.glob_in("main", "^I").sv().get();
        if ext.is_undef() {
            return Ok(());
        }
        let ext = ext.to_string_lossy();
        let fail = |what: &str, e: std::io::Error| {
            format!(
                "Can't {what} {name}: {}, skipping file",
                crate::builtins::sys::errno_text(&e)
            )
        };
        if ext.is_empty() {
            std::fs::remove_file(name).map_err(|e| fail("remove", e))?;
        } else {
            let backup = if ext.contains('*') {
                ext.replace('*', name)
            } else {
                format!("{name}{ext}")
            };
            std::fs::rename(name, &backup).map_err(|e| fail("rename", e))?;
        }
        let file = std::fs::File::create(name).map_err(|e| fail("do inplace edit on", e))?;
        let mut out = Handle::new("ARGVOUT");
        out.writer = Some(Box::new(std::io::BufWriter::new(file)));
        let out = Rc::new(RefCell::new(out));
        self.io.open_handles.push(Rc::downgrade(&out));
        let glob = self.glob_in("main", "ARGVOUT");
        *glob.io.borrow_mut() = Some(out);
        self.io.selected = Some(glob);
        Ok(())
    }

    /// Ends the current in-place edit: closes `ARGVOUT` and selects STDOUT again.
    fn finish_inplace_file(&mut self) {
        let glob = self.glob_in("main", "ARGVOUT");
        let open = glob.io.borrow_mut().take();
        if let Some(h) = open {
            let mut status = 0;
            h.borrow_mut().close(&mut status);
            self.io.selected = Some(self.glob_in("main", "STDOUT"));
        }
    }

    /// `eof()`: the current `<>` file is exhausted and so is every file still in @ARGV
    /// (perl opens the next files to look, as this does).
    fn argv_all_eof(&mut self) -> bool {
        loop {
            if let Some(h) = self.io.argv_current.clone() {
                if !h.borrow_mut().at_eof() {
                    return false;
                }
            }
            let more = !self.glob_in("main", "ARGV").av().is_empty();
            if self.io.argv_started && !more {
                return true;
            }
            if self.argv_handle().is_none() {
                return true;
            }
            if !more {
                // `<>` had not started and reads STDIN.
                return self
                    .io
                    .argv_current
                    .clone()
                    .is_none_or(|h| h.borrow_mut().at_eof());
            }
        }
    }

    /// `<>`: the files named in @ARGV in turn, or STDIN.
    fn argv_handle(&mut self) -> Option<HandleRef> {
        loop {
            if let Some(h) = self.io.argv_current.clone() {
                if !h.borrow_mut().at_eof() {
                    return Some(h);
                }
                let argv = self.glob_in("main", "ARGV").av();
                if argv.is_empty() {
                    self.finish_inplace_file();
                    return Some(h);
                }
            }
            self.finish_inplace_file();
            let argv = self.glob_in("main", "ARGV").av();
            if argv.is_empty() {
                if self.io.argv_started {
                    return self.io.argv_current.clone();
                }
                self.io.argv_started = true;
                self.io.argv_current = self.io.stdin.clone();
                return self.io.argv_current.clone();
            }
            self.io.argv_started = true;
            let name = argv
                .v
                .borrow_mut()
                .pop_front()
                .expect("@ARGV not empty")
                .get()
                .to_string_lossy();
            self.glob_in("main", "ARGV").sv().put(Value::str(&name));
            let lines = self
                .io
                .argv_current
                .as_ref()
                .map(|h| h.borrow().lines)
                .unwrap_or(0);
            if name == "-" {
                self.io.argv_current = self.io.stdin.clone();
                continue;
            }
            match std::fs::File::open(&name) {
                Ok(f) => {
                    let mut h = Handle::new("ARGV");
                    h.reader = Some(Box::new(BufReader::new(f)));
                    h.lines = lines;
                    self.io.argv_current = Some(Rc::new(RefCell::new(h)));
                    if let Err(msg) = self.start_inplace_file(&name) {
                        self.warn_at(&msg);
                    }
                }
                Err(e) => {
                    let msg = format!(
                        "Can't open {name}: {}",
                        crate::builtins::sys::errno_text(&e)
                    );
                    self.warn_at(&msg);
                }
            }
        }
    }

    pub fn readline_scalar(&mut self, src: &FhSrc) -> R<Value> {
        let Some(h) = self.fh_of_src(src)? else {
            return Ok(Value::Undef);
        };
        Ok(self.read_line_scalar(&h))
    }

    /// `<$fh>` in scalar context: in slurp mode (`$/` undef) the first read of a handle
    /// gives "" at end of file, later ones undef (perl's SNARF_EOF), and `$.` counts it.
    pub fn read_line_scalar(&mut self, h: &HandleRef) -> Value {
        if let Some(v) = self.read_line_from(h) {
            return v;
        }
        if self.irs.sv().get().is_undef() {
            let mut hb = h.borrow_mut();
            if hb.is_open && hb.lines == 0 {
                hb.lines = 1;
                return Value::str("");
            }
        }
        Value::Undef
    }

    pub fn readline_list(&mut self, src: &FhSrc, out: &mut Vec<Value>) -> R<()> {
        loop {
            let Some(h) = self.fh_of_src(src)? else {
                return Ok(());
            };
            match self.read_line_from(&h) {
                Some(v) => out.push(v),
                None => {
                    if matches!(src, FhSrc::Argv) && !self.glob_in("main", "ARGV").av().is_empty() {
                        continue;
                    }
                    return Ok(());
                }
            }
        }
    }

    pub fn input_line_value(&self) -> Value {
        match &self.io.last_read {
            Some(h) => Value::Int(h.borrow().lines),
            None => Value::Undef,
        }
    }

    /// Methods on filehandles (`$fh->print`, `STDOUT->autoflush(1)`, `$fh->close`).
    pub fn io_method(&mut self, g: &Glob, name: &str, args: Av, out: &mut Vec<Value>) -> R<()> {
        let vals = args.values();
        let h = g.io.borrow().clone();
        let Some(h) = h else {
            return Err(self.die_str(&format!(
                "Can't locate object method \"{name}\" via package \"IO::File\""
            )));
        };
        match name {
            "autoflush" => {
                let on = vals.get(1).map(|v| v.truthy()).unwrap_or(true);
                h.borrow_mut().autoflush = on;
                if on {
                    h.borrow_mut().flush();
                }
                out.push(Value::Int(1));
            }
            "print" | "say" | "printf" => {
                let mut s = PerlString::default();
                if name == "printf" {
                    let r = self.sprintf_values(&vals[1..])?;
                    s = r.to_pstr().into_owned();
                } else {
                    for v in &vals[1..] {
                        s.push_pstr(&v.to_pstr());
                    }
                    if name == "say" {
                        s.bytes.push(b'\n');
                    }
                    let ors = self.ors.sv().get();
                    if !ors.is_undef() && name == "print" {
                        s.push_pstr(&ors.to_pstr());
                    }
                }
                let utf8 = h.borrow().utf8;
                let (b, _) = output_bytes(&s, utf8);
                let ok = h.borrow_mut().write_bytes(&b);
                out.push(Value::from_bool(ok));
            }
            "flush" => {
                h.borrow_mut().flush();
                out.push(Value::Int(1));
            }
            "close" => {
                let mut st = 0;
                let ok = h.borrow_mut().close(&mut st);
                self.io.child_status = st;
                out.push(Value::from_bool(ok));
            }
            "getline" => {
                let v = self.read_line_scalar(&h);
                out.push(v);
            }
            "getlines" => {
                while let Some(v) = self.read_line_from(&h) {
                    out.push(v);
                }
            }
            "eof" => {
                let e = h.borrow_mut().at_eof();
                out.push(Value::from_bool(e));
            }
            "binmode" => {
                let layer = vals.get(1).map(|v| v.to_string_lossy()).unwrap_or_default();
                h.borrow_mut().utf8 = layer.contains("utf8") || layer.contains("UTF-8");
                out.push(Value::Int(1));
            }
            "fileno" => out.push(Value::Int(h.borrow().fd.unwrap_or(3) as i64)),
            "opened" => out.push(Value::from_bool(h.borrow().is_open)),
            _ => return self.io_file_method(g, name, args, out),
        }
        Ok(())
    }

    /// A method the natives above lack: handles are IO::File objects, so perl loads
    /// IO::File and calls its method (`STDOUT->printflush(...)`).
    fn io_file_method(&mut self, g: &Glob, name: &str, args: Av, out: &mut Vec<Value>) -> R<()> {
        if self.resolve_method("IO::File", name).is_none() {
            let _ = self.require_module("IO::File", None);
        }
        let Some(code) = self.resolve_method("IO::File", name) else {
            return Err(self.die_str(&format!(
                "Can't locate object method \"{name}\" via package \"IO::File\""
            )));
        };
        if let Some(first) = args.v.borrow_mut().front_mut() {
            *first = crate::value::SvCell::new_sv(Value::GlobRef(g.clone()));
        }
        self.call_sub(&code, args, Ctx::List, out)
    }

    /// The glob an `open`'s first argument names, creating an anonymous one for an
    /// undefined scalar (`open my $fh, ...`).
    pub(crate) fn open_target(&mut self, n: &Node) -> R<Glob> {
        match n {
            Node::GlobVal(g) => Ok(g.clone()),
            Node::Const(_) | Node::Bareword(_) if !matches!(n, Node::Const(Value::Undef)) => {
                let name = match n {
                    Node::Bareword(b) => b.to_string(),
                    Node::Const(v) => v.to_string_lossy(),
                    _ => unreachable!(),
                };
                let (p, s) = self.split_name(&name);
                Ok(self.glob_in(&p, &s))
            }
            other => {
                let cell = self.lv(other)?;
                match cell.get() {
                    Value::Glob(g) | Value::GlobRef(g) => Ok(g),
                    Value::Str(s) if !s.bytes.is_empty() => {
                        let name = s.to_string_lossy();
                        let (p, s) = self.split_name(&name);
                        Ok(self.glob_in(&p, &s))
                    }
                    _ => {
                        let name = match other {
                            Node::My(slots, ..) if !slots.is_empty() => "$fh".to_string(),
                            _ => "$fh".to_string(),
                        };
                        let g = GlobCell::new_glob("main", &name);
                        self.assign_sv(&cell, Value::GlobRef(g.clone()))?;
                        Ok(g)
                    }
                }
            }
        }
    }

    pub fn set_errno(&mut self, e: &std::io::Error) {
        let code = e.raw_os_error().unwrap_or(0);
        self.set_errno_code(code);
    }

    pub fn set_errno_code(&mut self, code: i32) {
        let msg = crate::builtins::sys::strerror(code);
        self.errno.sv().put(Value::Dual(Rc::new(crate::value::Dual {
            num: Value::Int(code as i64),
            str: PerlString::from_utf8_text(&msg),
        })));
    }

    pub(super) fn register_handle(&mut self, h: &HandleRef) {
        self.io.open_handles.push(Rc::downgrade(h));
    }
}

/// `seek FH, POS, WHENCE`: true when the handle could move there.
fn seek(it: &mut Interp, a: &[Node]) -> R<Value> {
    let h = it.handle_arg(a.first())?;
    let pos = it.sv(&a[1])?.to_i64();
    let whence = it.sv(&a[2])?.to_i64();
    let Some(h) = h else {
        return Ok(Value::from_bool(false));
    };
    let to = match whence {
        0 if pos >= 0 => std::io::SeekFrom::Start(pos as u64),
        1 => std::io::SeekFrom::Current(pos),
        2 => std::io::SeekFrom::End(pos),
        _ => {
            it.set_errno_code(libc::EINVAL);
            return Ok(Value::from_bool(false));
        }
    };
    let r = match h.borrow_mut().stream.as_mut() {
        Some(s) => s.seek_to(to),
        None => Err(std::io::Error::from_raw_os_error(libc::ESPIPE)),
    };
    match r {
        Ok(_) => Ok(Value::Int(1)),
        Err(e) => {
            it.set_errno(&e);
            Ok(Value::from_bool(false))
        }
    }
}

/// `tell FH`: the position, or -1 for a handle that cannot seek.
fn tell(it: &mut Interp, a: &[Node]) -> R<Value> {
    let h = match a.first() {
        Some(_) => it.handle_arg(a.first())?,
        None => it.io.last_read.clone(),
    };
    let pos = h.and_then(|h| h.borrow_mut().stream.as_mut().and_then(|s| s.tell().ok()));
    Ok(Value::Int(pos.map(|p| p as i64).unwrap_or(-1)))
}

/// `truncate FH_OR_NAME, LEN`.
fn truncate(it: &mut Interp, a: &[Node]) -> R<Value> {
    let target = it.sv(&a[0])?;
    let len = it.sv(&a[1])?.to_i64().max(0) as u64;
    let r = match it.handle_of_value(&target) {
        Some(h) => {
            let mut hb = h.borrow_mut();
            hb.flush();
            match hb.fd {
                Some(fd) if hb.stream.is_some() => {
                    if unsafe { libc::ftruncate(fd, len as libc::off_t) } == 0 {
                        Ok(())
                    } else {
                        Err(std::io::Error::last_os_error())
                    }
                }
                _ => Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
            }
        }
        None => std::fs::OpenOptions::new()
            .write(true)
            .open(target.to_string_lossy())
            .and_then(|f| f.set_len(len)),
    };
    match r {
        Ok(()) => Ok(Value::Int(1)),
        Err(e) => {
            it.set_errno(&e);
            Ok(Value::from_bool(false))
        }
    }
}

fn close(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = match a.first() {
        Some(n) => Some(it.sv(n)?),
        None => None,
    };
    // `close ARGV` closes the file `<>` is reading (and so resets `$.` between files).
    let is_argv =
        matches!(&v, Some(Value::Glob(g)) if &*g.name == "main::ARGV" || &*g.name == "ARGV");
    let h = match v {
        _ if is_argv && it.io.argv_current.is_some() => it.io.argv_current.clone(),
        Some(v) => it.handle_of_value(&v),
        None => it.io.stdin.clone(),
    };
    match h {
        Some(h) => {
            let mut st = 0;
            let ok = h.borrow_mut().close(&mut st);
            it.io.child_status = st;
            it.glob_in("main", "?").sv().put(Value::Int(st));
            Ok(Value::from_bool(ok))
        }
        None => Ok(Value::from_bool(false)),
    }
}

fn binmode(it: &mut Interp, a: &[Node]) -> R<Value> {
    let h = it.handle_arg(a.first())?;
    let layer = match a.get(1) {
        Some(x) => it.sv(x)?.to_string_lossy(),
        None => ":raw".into(),
    };
    if let Some(h) = h {
        h.borrow_mut().utf8 = super::open::parse_layers(&layer);
    }
    Ok(Value::Int(1))
}

fn eof(it: &mut Interp, a: &[Node]) -> R<Value> {
    if matches!(a.first(), Some(Node::List(items)) if items.is_empty()) {
        return Ok(Value::from_bool(it.argv_all_eof()));
    }
    let h = match a.first() {
        Some(_) => it.handle_arg(a.first())?,
        None => it.io.last_read.clone(),
    };
    Ok(Value::from_bool(match h {
        Some(h) => h.borrow_mut().at_eof(),
        None => true,
    }))
}

fn read(it: &mut Interp, a: &[Node]) -> R<Value> {
    let h = it.handle_arg(a.first())?;
    let cell = it.lv(&a[1])?;
    let len = it.sv(&a[2])?.to_i64().max(0) as usize;
    let off = match a.get(3) {
        Some(x) => it.sv(x)?.to_i64().max(0) as usize,
        None => 0,
    };
    let Some(h) = h else { return Ok(Value::Undef) };
    let mut buf = vec![0u8; len];
    let mut got = 0;
    {
        let mut hb = h.borrow_mut();
        if let Some(r) = hb.input() {
            while got < len {
                match r.read(&mut buf[got..]) {
                    Ok(0) => break,
                    Ok(n) => got += n,
                    Err(_) => break,
                }
            }
        }
    }
    buf.truncate(got);
    let mut cur = cell.get().to_pstr().into_owned();
    cur.bytes.resize(off, 0);
    cur.bytes.extend_from_slice(&buf);
    it.assign_sv(&cell, Value::pstr(cur))?;
    Ok(Value::Int(got as i64))
}

fn select(it: &mut Interp, a: &[Node]) -> R<Value> {
    if a.len() == 4 {
        return select_fds(it, a);
    }
    let old = it.io.selected.clone();
    if let Some(x) = a.first() {
        let v = it.sv(x)?;
        let g = match v {
            Value::Glob(g) | Value::GlobRef(g) => Some(g),
            Value::Str(_) => {
                let name = v.to_string_lossy();
                let (p, n) = it.split_name(&name);
                Some(it.glob_in(&p, &n))
            }
            _ => None,
        };
        if g.is_some() {
            it.io.selected = g;
            it.refresh_format_vars();
        }
    }
    Ok(match old {
        Some(g) => Value::str(&format!("main::{}", g.name)),
        None => Value::str("main::STDOUT"),
    })
}

/// 4-argument `select(RBITS, WBITS, EBITS, TIMEOUT)`: select(2) over fd bit vectors (as
/// `vec` builds them); the vectors are rewritten with the ready fds. Undef vectors are
/// empty, an undef timeout blocks; with no vectors it is a sub-second sleep.
fn select_fds(it: &mut Interp, a: &[Node]) -> R<Value> {
    let timeout = it.sv(&a[3])?;
    let mut sets: [Option<Vec<u8>>; 3] = [None, None, None];
    for (i, n) in a[..3].iter().enumerate() {
        let v = it.sv(n)?;
        if !v.is_undef() {
            sets[i] = Some(v.to_pstr().bytes.clone());
        }
    }
    it.flush_all();
    if sets.iter().all(|s| s.is_none()) {
        if !timeout.is_undef() {
            let t = timeout.to_f64().max(0.0);
            std::thread::sleep(std::time::Duration::from_secs_f64(t));
        }
        return Ok(Value::Int(0));
    }
    let nfds = sets
        .iter()
        .flatten()
        .map(|b| b.len() * 8)
        .max()
        .unwrap_or(0)
        .min(libc::FD_SETSIZE);
    // SAFETY: fd_set is plain data; FD_ZERO/FD_SET/FD_ISSET get fds below FD_SETSIZE.
    let mut fdsets: [libc::fd_set; 3] = unsafe { std::mem::zeroed() };
    for (i, set) in sets.iter().enumerate() {
        unsafe { libc::FD_ZERO(&mut fdsets[i]) };
        if let Some(bits) = set {
            for fd in 0..nfds {
                if bits.get(fd / 8).is_some_and(|b| b & (1 << (fd % 8)) != 0) {
                    unsafe { libc::FD_SET(fd as i32, &mut fdsets[i]) };
                }
            }
        }
    }
    let mut tv = libc::timeval {
        tv_sec: 0,
        tv_usec: 0,
    };
    let tvp = if timeout.is_undef() {
        std::ptr::null_mut()
    } else {
        let t = timeout.to_f64().max(0.0);
        tv.tv_sec = t.trunc() as libc::time_t;
        tv.tv_usec = ((t.fract() * 1e6) as libc::suseconds_t).min(999_999);
        &mut tv as *mut libc::timeval
    };
    let ptrs: Vec<*mut libc::fd_set> = fdsets
        .iter_mut()
        .zip(sets.iter())
        .map(|(f, s)| {
            if s.is_some() {
                f as *mut libc::fd_set
            } else {
                std::ptr::null_mut()
            }
        })
        .collect();
    // SAFETY: every pointer is null or points at a live fd_set / timeval above.
    let n = unsafe { libc::select(nfds as i32, ptrs[0], ptrs[1], ptrs[2], tvp) };
    if n < 0 {
        it.set_errno(&std::io::Error::last_os_error());
        return Ok(Value::Int(-1));
    }
    for (i, set) in sets.iter().enumerate() {
        let Some(bits) = set else { continue };
        let mut out = vec![0u8; bits.len()];
        for fd in 0..nfds.min(bits.len() * 8) {
            if unsafe { libc::FD_ISSET(fd as i32, &fdsets[i]) } {
                out[fd / 8] |= 1 << (fd % 8);
            }
        }
        let cell = it.lv(&a[i])?;
        it.assign_sv(
            &cell,
            Value::pstr(PerlString {
                bytes: out,
                utf8: false,
            }),
        )?;
    }
    Ok(Value::Int(n as i64))
}

fn opendir(it: &mut Interp, a: &[Node]) -> R<Value> {
    let g = it.open_target(&a[0])?;
    let path = it.sv(&a[1])?.to_string_lossy();
    match std::fs::read_dir(&path) {
        Ok(rd) => {
            use std::os::unix::ffi::OsStrExt;
            let mut names: Vec<Vec<u8>> = vec![b".".to_vec(), b"..".to_vec()];
            for e in rd.flatten() {
                names.push(e.file_name().as_bytes().to_vec());
            }
            let mut h = Handle::new("DIR");
            h.dir = Some((names, 0));
            *g.io.borrow_mut() = Some(Rc::new(RefCell::new(h)));
            Ok(Value::Int(1))
        }
        Err(e) => {
            it.set_errno(&e);
            Ok(Value::from_bool(false))
        }
    }
}

fn readdir(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    let h = it.handle_arg(a.first())?;
    let Some(h) = h else {
        if ctx != Ctx::List {
            out.push(Value::Undef);
        }
        return Ok(());
    };
    let mut hb = h.borrow_mut();
    let Some((names, pos)) = hb.dir.as_mut() else {
        if ctx != Ctx::List {
            out.push(Value::Undef);
        }
        return Ok(());
    };
    if ctx == Ctx::List {
        out.extend(names[*pos..].iter().map(|n| Value::bytes(n.clone())));
        *pos = names.len();
    } else if *pos < names.len() {
        out.push(Value::bytes(names[*pos].clone()));
        *pos += 1;
    } else {
        out.push(Value::Undef);
    }
    Ok(())
}

#[allow(dead_code)]
fn unused(_: Ctl, _: &mut dyn Write) {}
