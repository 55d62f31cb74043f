//! Frame codec: `[u64 LE payload length][u8 kind][bincode payload]`.
//!
//! The length counts the payload only (not the kind byte). The reader checks the length
//! against its maximum and the kind byte against the known kinds before reading any payload,
//! and grows its buffer only as bytes actually arrive, so a lying header cannot make it
//! allocate. Payloads use bincode 1.3 `DefaultOptions` (varint integers, little endian,
//! trailing bytes rejected) with a byte limit equal to the payload length.

use crate::error::WireError;
use crate::kind::Kind;
use crate::message::{Hello, HelloAck, Job, JobResp, Message, SessionAck, SessionInit};
use crate::{DEFAULT_MAX_FRAME_LEN, HEADER_LEN};
use bincode::Options;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::io::{ErrorKind, Read, Write};

fn options(limit: u64) -> impl Options {
    bincode::DefaultOptions::new().with_limit(limit)
}

fn serialize_into<T: Serialize>(kind: Kind, value: &T, out: &mut Vec<u8>) -> Result<(), WireError> {
    options(u64::MAX)
        .serialize_into(out, value)
        .map_err(|e| WireError::Encode {
            kind,
            message: e.to_string(),
        })
}

/// Appends one complete frame for `msg` to `out`, refusing payloads over `max_len`.
pub fn encode_message(msg: &Message, max_len: u64, out: &mut Vec<u8>) -> Result<(), WireError> {
    let start = out.len();
    out.extend_from_slice(&[0u8; HEADER_LEN]);
    let kind = msg.kind();
    match msg {
        Message::Hello(m) => serialize_into(kind, m, out)?,
        Message::HelloAck(m) => serialize_into(kind, m, out)?,
        Message::SessionInit(m) => serialize_into(kind, m, out)?,
        Message::SessionAck(m) => serialize_into(kind, m, out)?,
        Message::Job(m) => serialize_into(kind, m, out)?,
        Message::JobResp(m) => serialize_into(kind, m, out)?,
        Message::Shutdown => {}
    }
    let len = (out.len() - start - HEADER_LEN) as u64;
    if len > max_len {
        out.truncate(start);
        return Err(WireError::TooLong { len, max: max_len });
    }
    out[start..start + 8].copy_from_slice(&len.to_le_bytes());
    out[start + 8] = kind as u8;
    Ok(())
}

/// Appends a JOB frame for items borrowed from the caller's list, without copying them into
/// a [`crate::Job`] first. Byte-identical to `encode_message(&Message::Job(..))`.
pub fn encode_job(
    first_seq: u64,
    items: &[String],
    max_len: u64,
    out: &mut Vec<u8>,
) -> Result<(), WireError> {
    #[derive(Serialize)]
    struct JobRef<'a> {
        first_seq: u64,
        items: &'a [String],
    }
    let start = out.len();
    out.extend_from_slice(&[0u8; HEADER_LEN]);
    serialize_into(Kind::Job, &JobRef { first_seq, items }, out)?;
    let len = (out.len() - start - HEADER_LEN) as u64;
    if len > max_len {
        out.truncate(start);
        return Err(WireError::TooLong { len, max: max_len });
    }
    out[start..start + 8].copy_from_slice(&len.to_le_bytes());
    out[start + 8] = Kind::Job as u8;
    Ok(())
}

fn deserialize<T: DeserializeOwned>(kind: Kind, payload: &[u8]) -> Result<T, WireError> {
    options(payload.len() as u64)
        .deserialize(payload)
        .map_err(|e| WireError::Decode {
            kind,
            message: e.to_string(),
        })
}

/// HELLO and HELLO_ACK from a later protocol version may carry extra fields after the ones
/// we know; reading them leniently lets each side still see the other's version number and
/// report a clean version mismatch instead of a decode error.
fn deserialize_versioned<T: DeserializeOwned>(kind: Kind, payload: &[u8]) -> Result<T, WireError> {
    options(payload.len() as u64)
        .allow_trailing_bytes()
        .deserialize(payload)
        .map_err(|e| WireError::Decode {
            kind,
            message: e.to_string(),
        })
}

/// Decodes the payload of a frame whose kind byte was already checked.
pub(crate) fn decode_payload(kind: Kind, payload: &[u8]) -> Result<Message, WireError> {
    Ok(match kind {
        Kind::Hello => Message::Hello(deserialize_versioned::<Hello>(kind, payload)?),
        Kind::HelloAck => Message::HelloAck(deserialize_versioned::<HelloAck>(kind, payload)?),
        Kind::SessionInit => Message::SessionInit(deserialize::<SessionInit>(kind, payload)?),
        Kind::SessionAck => Message::SessionAck(deserialize::<SessionAck>(kind, payload)?),
        Kind::Job => Message::Job(deserialize::<Job>(kind, payload)?),
        Kind::JobResp => Message::JobResp(deserialize::<JobResp>(kind, payload)?),
        Kind::Shutdown => {
            if !payload.is_empty() {
                return Err(WireError::Decode {
                    kind,
                    message: format!("expected an empty payload, got {} bytes", payload.len()),
                });
            }
            Message::Shutdown
        }
    })
}

fn check_header(header: &[u8; HEADER_LEN], max_len: u64) -> Result<(u64, Kind), WireError> {
    let len = u64::from_le_bytes(header[..8].try_into().expect("8 bytes"));
    if len > max_len {
        return Err(WireError::TooLong { len, max: max_len });
    }
    let kind = Kind::from_byte(header[8]).ok_or(WireError::UnknownKind { byte: header[8] })?;
    Ok((len, kind))
}

/// Decodes the first frame in `bytes`, returning the message and how many bytes it used.
/// A short buffer is a `Truncated` error. Never panics, whatever the input.
pub fn decode_frame(bytes: &[u8], max_len: u64) -> Result<(Message, usize), WireError> {
    if bytes.len() < HEADER_LEN {
        return Err(WireError::Truncated {
            what: "frame header".into(),
            expected: HEADER_LEN as u64,
            got: bytes.len() as u64,
        });
    }
    let header: &[u8; HEADER_LEN] = bytes[..HEADER_LEN].try_into().expect("header length");
    let (len, kind) = check_header(header, max_len)?;
    let available = (bytes.len() - HEADER_LEN) as u64;
    if available < len {
        return Err(WireError::Truncated {
            what: format!("{} payload", kind.name()),
            expected: len,
            got: available,
        });
    }
    let end = HEADER_LEN + len as usize;
    Ok((decode_payload(kind, &bytes[HEADER_LEN..end])?, end))
}

/// Reads frames from a byte stream. Wrap pipes in a `BufReader` for throughput.
pub struct FrameReader<R> {
    inner: R,
    max_len: u64,
    buf: Vec<u8>,
}

impl<R: Read> FrameReader<R> {
    /// A reader with the default maximum frame length.
    pub fn new(inner: R) -> Self {
        Self::with_max_len(inner, DEFAULT_MAX_FRAME_LEN)
    }

    /// A reader refusing payloads longer than `max_len` bytes.
    pub fn with_max_len(inner: R, max_len: u64) -> Self {
        FrameReader {
            inner,
            max_len,
            buf: Vec::new(),
        }
    }

    /// The next message, or `None` on a clean end of stream between frames.
    pub fn read_message(&mut self) -> Result<Option<Message>, WireError> {
        let mut header = [0u8; HEADER_LEN];
        let got = read_full(&mut self.inner, &mut header)?;
        if got == 0 {
            return Ok(None);
        }
        if got < HEADER_LEN {
            return Err(WireError::Truncated {
                what: "frame header".into(),
                expected: HEADER_LEN as u64,
                got: got as u64,
            });
        }
        let (len, kind) = check_header(&header, self.max_len)?;
        self.buf.clear();
        let got = (&mut self.inner).take(len).read_to_end(&mut self.buf)? as u64;
        if got < len {
            return Err(WireError::Truncated {
                what: format!("{} payload", kind.name()),
                expected: len,
                got,
            });
        }
        if self.buf.capacity() > 4 * 1024 * 1024 {
            // Do not keep a huge buffer alive after one big frame.
            let msg = decode_payload(kind, &self.buf);
            self.buf = Vec::new();
            return msg.map(Some);
        }
        decode_payload(kind, &self.buf).map(Some)
    }

    /// The next message, which must be of kind `expected`; anything else (including the
    /// end of the stream) is an error naming both.
    pub fn expect(&mut self, expected: Kind) -> Result<Message, WireError> {
        match self.read_message()? {
            Some(m) if m.kind() == expected => Ok(m),
            Some(m) => Err(WireError::Unexpected {
                expected: expected.name().into(),
                got: m.kind(),
            }),
            None => Err(WireError::Closed {
                expected: expected.name().into(),
            }),
        }
    }

    /// The wrapped stream.
    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }
}

/// Reads until `buf` is full or the stream ends; returns how many bytes arrived.
fn read_full<R: Read>(r: &mut R, buf: &mut [u8]) -> Result<usize, WireError> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(got)
}

/// Writes frames to a byte stream. Each `write_message` is one `write_all` of a whole
/// frame; call `flush` when the peer must see what was written.
pub struct FrameWriter<W> {
    inner: W,
    max_len: u64,
    buf: Vec<u8>,
}

impl<W: Write> FrameWriter<W> {
    /// A writer with the default maximum frame length.
    pub fn new(inner: W) -> Self {
        Self::with_max_len(inner, DEFAULT_MAX_FRAME_LEN)
    }

    /// A writer refusing to send payloads longer than `max_len` bytes.
    pub fn with_max_len(inner: W, max_len: u64) -> Self {
        FrameWriter {
            inner,
            max_len,
            buf: Vec::new(),
        }
    }

    /// Encodes and writes one frame.
    pub fn write_message(&mut self, msg: &Message) -> Result<(), WireError> {
        self.buf.clear();
        encode_message(msg, self.max_len, &mut self.buf)?;
        self.inner.write_all(&self.buf)?;
        if self.buf.capacity() > 4 * 1024 * 1024 {
            self.buf = Vec::new();
        }
        Ok(())
    }

    /// Writes an already encoded frame (see [`encode_message`]).
    pub fn write_encoded(&mut self, frame: &[u8]) -> Result<(), WireError> {
        self.inner.write_all(frame)?;
        Ok(())
    }

    /// Flushes the underlying stream.
    pub fn flush(&mut self) -> Result<(), WireError> {
        self.inner.flush()?;
        Ok(())
    }

    /// The wrapped stream.
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.inner
    }
}
