//! Syntax diagnostics: perl's first line (`syntax error at FILE line N, near "..."`)
//! followed by the source line with a caret.

use crate::span::{SourceFile, Span};

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// The message in perl's words, without location (`syntax error`,
    /// `Can't find string terminator "'" anywhere before EOF`, `Missing right curly...`).
    pub message: String,
    pub span: Span,
    /// What was expected at `span`, for the caret label (`expected ";" or an operator`).
    pub expected: Vec<String>,
    /// perl's `near "..."` text, when perl would print one.
    pub near: Option<String>,
    /// What perl prints after the line number instead of `near` (`, at end of line`,
    /// `, at EOF`); `None` prints `.` (or the `near` part).
    pub suffix: Option<String>,
}

impl Diagnostic {
    pub fn new(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            expected: Vec::new(),
            near: None,
            suffix: None,
        }
    }

    /// perl's one-line form: `syntax error at FILE line N, near "..."`.
    pub fn perl_line(&self, src: &SourceFile) -> String {
        let file = src.file_of(self.span.lo);
        let line = src.line_of(self.span.lo);
        match &self.near {
            Some(near) => format!(
                "{} at {} line {}, near \"{}\"",
                self.message, file, line, near
            ),
            None => match &self.suffix {
                Some(suffix) => format!("{} at {} line {}{}", self.message, file, line, suffix),
                None => format!("{} at {} line {}.", self.message, file, line),
            },
        }
    }

    /// The full human report: perl's line, then the source line with a caret and the
    /// expectation label.
    pub fn render(&self, src: &SourceFile) -> String {
        let mut out = self.perl_line(src);
        out.push('\n');
        let line_no = src.line_of(self.span.lo);
        let text = src.line_text(self.span.lo);
        let col = src.column_of(self.span.lo) as usize;
        let gutter = format!("{line_no}");
        out.push_str(&format!("{} | {}\n", gutter, text));
        let width = (self.span.hi.saturating_sub(self.span.lo) as usize)
            .clamp(1, text.len().saturating_sub(col - 1).max(1));
        out.push_str(&format!(
            "{} | {}{}",
            " ".repeat(gutter.len()),
            " ".repeat(col - 1),
            "^".repeat(width)
        ));
        if !self.expected.is_empty() {
            out.push_str(&format!(" expected {}", self.expected.join(" or ")));
        }
        out.push('\n');
        out
    }
}
