//! A seekable buffered stream over one file (or in-memory bytes): a read buffer and a write
//! buffer that share one position, so `print`, `read`, `<$fh>`, `seek` and `tell` interleave
//! on a `+<`/`+>` handle as they do on perl's PerlIO.

use std::io::{BufRead, Read, Seek, SeekFrom, Write};

/// What a [`SeekStream`] sits on: a `File` or a `Cursor<Vec<u8>>`.
pub trait Backing: Read + Write + Seek {}
impl<T: Read + Write + Seek> Backing for T {}

const READ_CHUNK: usize = 8 * 1024;
const WRITE_LIMIT: usize = 64 * 1024;

pub struct SeekStream {
    inner: Box<dyn Backing>,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

impl SeekStream {
    pub fn new(inner: Box<dyn Backing>) -> SeekStream {
        SeekStream {
            inner,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
        }
    }

    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    fn flush_writes(&mut self) -> std::io::Result<()> {
        if !self.wbuf.is_empty() {
            let r = self.inner.write_all(&self.wbuf);
            self.wbuf.clear();
            r?;
        }
        Ok(())
    }

    /// Gives back read-ahead so the backing's position is the logical one.
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let unread = self.unread();
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            self.inner.seek(SeekFrom::Current(-(unread as i64)))?;
        }
        Ok(())
    }

    /// perl's `seek`: flushes pending output, forgets read-ahead, moves.
    pub fn seek_to(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.flush_writes()?;
        self.drop_read_ahead()?;
        self.inner.seek(pos)
    }

    /// perl's `tell`: the logical position (what was read or written so far).
    pub fn tell(&mut self) -> std::io::Result<u64> {
        let base = self.inner.stream_position()?;
        Ok(base - self.unread() as u64 + self.wbuf.len() as u64)
    }
}

impl Read for SeekStream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for SeekStream {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.flush_writes()?;
        if self.rpos >= self.rbuf.len() {
            self.rbuf.resize(READ_CHUNK, 0);
            self.rpos = 0;
            match self.inner.read(&mut self.rbuf) {
                Ok(n) => self.rbuf.truncate(n),
                Err(e) => {
                    self.rbuf.clear();
                    return Err(e);
                }
            }
        }
        Ok(&self.rbuf[self.rpos..])
    }

    fn consume(&mut self, amt: usize) {
        self.rpos = (self.rpos + amt).min(self.rbuf.len());
    }
}

impl Write for SeekStream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if !self.rbuf.is_empty() {
            self.drop_read_ahead()?;
        }
        self.wbuf.extend_from_slice(buf);
        if self.wbuf.len() >= WRITE_LIMIT {
            self.flush_writes()?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.flush_writes()?;
        self.inner.flush()
    }
}

impl Drop for SeekStream {
    fn drop(&mut self) {
        let _ = self.flush_writes();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn read_write_seek_share_one_position() {
        let mut s = SeekStream::new(Box::new(Cursor::new(Vec::new())));
        s.write_all(b"0123456789").unwrap();
        assert_eq!(s.tell().unwrap(), 10);
        s.seek_to(SeekFrom::Start(0)).unwrap();
        let mut b = [0u8; 4];
        s.read_exact(&mut b).unwrap();
        assert_eq!(&b, b"0123");
        assert_eq!(s.tell().unwrap(), 4);
        s.write_all(b"XY").unwrap();
        s.seek_to(SeekFrom::Start(0)).unwrap();
        let mut all = Vec::new();
        s.read_to_end(&mut all).unwrap();
        assert_eq!(all, b"0123XY6789");
        assert_eq!(s.seek_to(SeekFrom::End(-3)).unwrap(), 7);
    }
}
