//! The REPL's question: is this input a complete program, or does it need more lines (open
//! block, paren or bracket; unterminated string, quote-like or heredoc)?

use crate::lexer::raw::Raw;
use crate::lexer::{lex, LexOptions};
use crate::token::Tok;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    Complete,
    Incomplete,
}

pub fn completeness(text: &str) -> Completeness {
    let l = lex(text, &LexOptions::default());
    if l.incomplete {
        return Completeness::Incomplete;
    }
    let mut depth: i64 = 0;
    for t in &l.toks {
        match t {
            Tok::Op(Raw::LBrace | Raw::LBracket | Raw::LParen) => depth += 1,
            Tok::Op(Raw::RBrace | Raw::RBracket | Raw::RParen) => depth -= 1,
            _ => {}
        }
    }
    if depth > 0 {
        Completeness::Incomplete
    } else {
        Completeness::Complete
    }
}
