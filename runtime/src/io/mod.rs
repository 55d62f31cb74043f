//! Filehandles: buffered files, pipes, in-memory scalars, directories, and the standard
//! streams (STDOUT buffered as perl does when not a terminal; capturable per job).

pub mod stream;

use crate::value::{PerlString, Sv, Value};
use std::cell::RefCell;
use std::io::{BufRead, Write};
use std::rc::Rc;
pub use stream::SeekStream;

pub type HandleRef = Rc<RefCell<Handle>>;

/// Output into a shared in-memory buffer (capture for embedders and remote jobs).
#[derive(Clone, Default)]
pub struct SharedBuf(pub Rc<RefCell<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Writes append to a scalar (`open my $fh, '>', \$buf`).
pub struct ScalarWriter(pub Sv);

impl Write for ScalarWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut v = self.0.v.borrow_mut();
        match &mut *v {
            Value::Str(s) => Rc::make_mut(s).bytes.extend_from_slice(buf),
            other => {
                let mut s = other.to_pstr().into_owned();
                s.bytes.extend_from_slice(buf);
                *other = Value::pstr(s);
            }
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The directions a seekable stream was opened for.
#[derive(Default, Clone, Copy)]
pub struct StreamMode {
    pub read: bool,
    pub write: bool,
}

#[derive(Default)]
pub struct Handle {
    /// How messages name it: `FH`, `$fh`, `STDIN`.
    pub name: String,
    pub reader: Option<Box<dyn BufRead>>,
    pub writer: Option<Box<dyn Write>>,
    /// Files and in-memory input: one seekable stream for reading and writing (then
    /// `reader`/`writer` are unused); `stream_mode` says which directions are open.
    pub stream: Option<SeekStream>,
    pub stream_mode: StreamMode,
    pub child: Option<std::process::Child>,
    /// `$.` for this handle.
    pub lines: i64,
    /// `:utf8` / `:encoding(UTF-8)` layer.
    pub utf8: bool,
    pub autoflush: bool,
    pub dir: Option<(Vec<Vec<u8>>, usize)>,
    pub is_open: bool,
    pub path: Option<String>,
    pub fd: Option<i32>,
    /// `$~ $^ $- $= $%` of this handle (formats and pagination).
    pub format: FormatState,
}

/// A handle's format settings: `$~` (format name), `$^` (top-of-page format name), `$-`
/// (lines left on the page), `$=` (page length), `$%` (page number).
#[derive(Default, Clone)]
pub struct FormatState {
    pub name: Option<String>,
    pub top: Option<String>,
    pub lines_left: i64,
    pub page_len: Option<i64>,
    pub page: i64,
}

impl FormatState {
    pub fn page_len(&self) -> i64 {
        self.page_len.unwrap_or(60)
    }
}

impl Handle {
    pub fn new(name: &str) -> Handle {
        Handle {
            name: name.to_string(),
            is_open: true,
            ..Default::default()
        }
    }

    /// Where reads come from: the seekable stream or a plain reader.
    pub fn input(&mut self) -> Option<&mut (dyn BufRead + 'static)> {
        if let Some(s) = &mut self.stream {
            return self
                .stream_mode
                .read
                .then_some(s as &mut (dyn BufRead + 'static));
        }
        self.reader.as_deref_mut()
    }

    /// Where writes go: the seekable stream or a plain writer.
    pub fn output(&mut self) -> Option<&mut (dyn Write + 'static)> {
        if let Some(s) = &mut self.stream {
            return self
                .stream_mode
                .write
                .then_some(s as &mut (dyn Write + 'static));
        }
        self.writer.as_deref_mut()
    }

    pub fn write_bytes(&mut self, b: &[u8]) -> bool {
        let autoflush = self.autoflush;
        match self.output() {
            Some(w) => {
                let ok = w.write_all(b).is_ok();
                if autoflush {
                    let _ = w.flush();
                }
                ok
            }
            None => false,
        }
    }

    pub fn flush(&mut self) {
        if let Some(w) = self.output() {
            let _ = w.flush();
        }
    }

    /// Reads one record ending in `sep` (`None`: slurp; empty: paragraph mode).
    pub fn read_record(&mut self, sep: Option<&[u8]>) -> Option<Vec<u8>> {
        let r = self.input()?;
        let mut buf = Vec::new();
        match sep {
            None => {
                r.read_to_end(&mut buf).ok()?;
                if buf.is_empty() {
                    return None;
                }
            }
            Some([]) => {
                // Paragraph mode: skip leading newlines, read to a blank line.
                loop {
                    let avail = r.fill_buf().ok()?;
                    if avail.first() == Some(&b'\n') {
                        r.consume(1);
                    } else {
                        break;
                    }
                }
                loop {
                    let mut line = Vec::new();
                    let n = r.read_until(b'\n', &mut line).ok()?;
                    if n == 0 {
                        break;
                    }
                    buf.extend_from_slice(&line);
                    if line == b"\n" {
                        // Swallow further newlines.
                        loop {
                            let avail = r.fill_buf().ok()?;
                            if avail.first() == Some(&b'\n') {
                                r.consume(1);
                            } else {
                                break;
                            }
                        }
                        break;
                    }
                }
                if buf.is_empty() {
                    return None;
                }
            }
            Some(sep) if sep.len() == 1 => {
                let n = r.read_until(sep[0], &mut buf).ok()?;
                if n == 0 {
                    return None;
                }
            }
            Some(sep) => {
                let last = *sep.last().unwrap();
                loop {
                    let n = r.read_until(last, &mut buf).ok()?;
                    if n == 0 || buf.ends_with(sep) {
                        break;
                    }
                }
                if buf.is_empty() {
                    return None;
                }
            }
        }
        self.lines += 1;
        Some(buf)
    }

    pub fn at_eof(&mut self) -> bool {
        match self.input() {
            Some(r) => r.fill_buf().map(|b| b.is_empty()).unwrap_or(true),
            None => true,
        }
    }

    /// Closes; returns false when a pipe's child failed. Sets `status` to `$?`.
    pub fn close(&mut self, status: &mut i64) -> bool {
        self.flush();
        self.writer = None;
        self.reader = None;
        self.stream = None;
        self.dir = None;
        self.fd = None;
        let was_open = self.is_open;
        self.is_open = false;
        // An explicit close resets `$.` (perl's IoLINES).
        self.lines = 0;
        if let Some(mut c) = self.child.take() {
            match c.wait() {
                Ok(st) => {
                    use std::os::unix::process::ExitStatusExt;
                    *status = st.into_raw() as i64;
                    return st.success();
                }
                Err(_) => return false,
            }
        }
        was_open
    }
}

/// Interpreter-wide I/O state.
#[derive(Default)]
pub struct IoState {
    pub stdout: Option<HandleRef>,
    pub stderr: Option<HandleRef>,
    pub stdin: Option<HandleRef>,
    /// `select`ed default output handle's glob name.
    pub selected: Option<crate::value::Glob>,
    /// The last handle read (for `$.` and die messages).
    pub last_read: Option<HandleRef>,
    /// `$?`.
    pub child_status: i64,
    /// All handles opened, to flush at exit.
    pub open_handles: Vec<std::rc::Weak<RefCell<Handle>>>,
    /// `<>` state: the current file from @ARGV.
    pub argv_current: Option<HandleRef>,
    pub argv_started: bool,
}

impl IoState {
    pub fn last_read_info(&self) -> Option<(String, i64)> {
        let h = self.last_read.as_ref()?;
        let h = h.try_borrow().ok()?;
        Some((h.name.clone(), h.lines))
    }
}

/// Bytes for output on a handle: UTF-8 for `:utf8` handles, Latin-1 when possible
/// otherwise (with the "Wide character" case reported to the caller).
pub fn output_bytes(s: &PerlString, utf8_layer: bool) -> (Vec<u8>, bool) {
    if utf8_layer {
        return (s.upgraded().bytes, false);
    }
    if !s.utf8 {
        return (s.bytes.clone(), false);
    }
    match s.downgraded() {
        Some(b) => (b, false),
        None => (s.bytes.clone(), true),
    }
}
