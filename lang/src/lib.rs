//! Caravan's Perl 5 front end.
//!
//! `source text -> lexer (tokens) -> parser (AST)`. See `README.md` in this crate for the map
//! of files. The crate knows nothing of the runtime.

pub mod ast;
mod completeness;
pub mod diagnostic;
pub mod lexer;
pub mod parser;
pub mod span;
pub mod token;

pub use completeness::{completeness, Completeness};
pub use diagnostic::Diagnostic;
pub use span::{SourceFile, Span};

use std::collections::HashMap;

/// What the code around a parse has already established: used by string `eval`, `-n`/`-p`
/// wrapping and the REPL, which parse fragments inside an existing program.
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// The package in effect at the start (`main` when empty).
    pub package: String,
    /// Subs already declared, with their prototypes: they change how calls parse
    /// (`foo $x, $y` with `sub foo($)` parses as `foo($x), $y`).
    pub known_subs: HashMap<String, Option<String>>,
    /// `use utf8` in effect from the start.
    pub utf8: bool,
}

fn lex_options(opts: &ParseOptions) -> lexer::LexOptions {
    lexer::LexOptions {
        package: opts.package.clone(),
        known_subs: opts.known_subs.clone(),
        utf8: opts.utf8,
        signatures: false,
        base: 0,
    }
}

/// Parses a whole program. On failure returns every syntax error found (at least one).
pub fn parse(src: &SourceFile, opts: &ParseOptions) -> Result<ast::Program, Vec<Diagnostic>> {
    parser::parse_program(src, &src.text, lex_options(opts))
}

/// Like [`parse`], and also records the program's `#line N "file"` directives on `src`, so
/// that later line numbers (warnings, `die`, `__LINE__` in diagnostics) follow them.
pub fn parse_source(
    src: &mut SourceFile,
    opts: &ParseOptions,
) -> Result<ast::Program, Vec<Diagnostic>> {
    if src.text.contains("#line") || src.text.contains("# line") {
        for (at, line, file) in parser::line_directives(&src.text) {
            src.add_line_directive(at, line, file);
        }
    }
    parse(src, opts)
}
