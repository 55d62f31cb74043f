//! Byte-offset spans and the source file they point into (file name, line lookup).

/// A half-open byte range `lo..hi` into a [`SourceFile`]'s text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: usize, hi: usize) -> Span {
        Span {
            lo: lo as u32,
            hi: hi as u32,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

/// One unit of source text with the name perl would report for it (`-e`, a path,
/// `(eval 3)`), and a line table so spans map to perl's `line N`.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    /// Line number of the first line (string `eval`s and `#line` start elsewhere).
    pub first_line: u32,
    line_starts: Vec<u32>,
    /// `#line N "file"` directives: (byte offset where the next line starts, its new
    /// number, new file name if given). Sorted by offset.
    line_directives: Vec<(u32, u32, Option<String>)>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            name: name.into(),
            text,
            first_line: 1,
            line_starts,
            line_directives: Vec::new(),
        }
    }

    /// Source from raw bytes: UTF-8 text is kept as is; anything else is read as Latin-1
    /// (one byte, one char), which is how perl sees source outside `use utf8`.
    pub fn from_bytes(name: impl Into<String>, bytes: Vec<u8>) -> SourceFile {
        let text = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
        };
        SourceFile::new(name, text)
    }

    pub fn with_first_line(mut self, line: u32) -> SourceFile {
        self.first_line = line;
        self
    }

    /// Records a `#line N "file"` directive that takes effect at byte offset `at`
    /// (the start of the line after the directive).
    pub fn add_line_directive(&mut self, at: usize, line: u32, file: Option<String>) {
        self.line_directives.push((at as u32, line, file));
        self.line_directives.sort_by_key(|d| d.0);
    }

    /// Zero-based physical line index of a byte offset.
    fn line_index(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The line number perl reports for a byte offset (honours `#line`).
    pub fn line_of(&self, offset: u32) -> u32 {
        let idx = self.line_index(offset) as u32;
        match self.line_directives.iter().rev().find(|d| d.0 <= offset) {
            Some(&(at, line, _)) => line + (idx - self.line_index(at) as u32),
            None => self.first_line + idx,
        }
    }

    /// The file name perl reports for a byte offset (honours `#line N "file"`).
    pub fn file_of(&self, offset: u32) -> &str {
        self.line_directives
            .iter()
            .rev()
            .find(|d| d.0 <= offset && d.2.is_some())
            .and_then(|d| d.2.as_deref())
            .unwrap_or(&self.name)
    }

    /// 1-based column (in chars) of a byte offset.
    pub fn column_of(&self, offset: u32) -> u32 {
        let start = self.line_starts[self.line_index(offset)] as usize;
        let end = (offset as usize).min(self.text.len());
        self.text
            .get(start..end)
            .map(|s| s.chars().count() as u32 + 1)
            .unwrap_or(1)
    }

    /// The text of the physical line containing `offset`, without its newline.
    pub fn line_text(&self, offset: u32) -> &str {
        let idx = self.line_index(offset);
        let start = self.line_starts[idx] as usize;
        let end = self
            .line_starts
            .get(idx + 1)
            .map(|&e| e as usize - 1)
            .unwrap_or(self.text.len());
        self.text.get(start..end.max(start)).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_directives() {
        let mut f = SourceFile::new("t.pl", "a\nb\n#line 100 \"x.pl\"\nc\nd\n");
        assert_eq!(f.line_of(0), 1);
        assert_eq!(f.line_of(2), 2);
        let c = f.text.find('c').unwrap();
        f.add_line_directive(c, 100, Some("x.pl".into()));
        assert_eq!(f.line_of(c as u32), 100);
        assert_eq!(f.line_of(c as u32 + 2), 101);
        assert_eq!(f.file_of(c as u32), "x.pl");
        assert_eq!(f.file_of(0), "t.pl");
        assert_eq!(f.line_text(2), "b");
    }
}
