//! The tokens the lexer hands to the parser, and the side tables their payloads index into.

use std::borrow::Cow;

use crate::ast::{Number, Sigil};
use crate::lexer::raw::Raw;

/// One significant token. Names are borrowed from the source; bulky payloads (quote bodies,
/// v-strings, formats) live in side tables of [`crate::lexer::Lexed`] and are referenced by index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tok<'s> {
    /// Punctuation and operators (never `Space`, `Newline`, `Comment` or `Ident`).
    Op(Raw),
    /// A bareword or keyword: `print`, `Foo::Bar`, `Foo::`.
    Ident(&'s str),
    /// `$name` (name without sigil; `${name}` and `${^NAME}` too).
    ScalarVar(&'s str),
    ArrayVar(&'s str),
    HashVar(&'s str),
    GlobVar(&'s str),
    /// `&name`.
    FuncName(&'s str),
    /// `$#name`.
    ArrayLen(&'s str),
    /// A sigil that dereferences what follows: `$$x`, `@{...}`, `%$h`, `&$c`, `*{"..."}`.
    Cast(Sigil),
    /// `$#{...}` / `$#$x`.
    ArrayLenCast,
    Num(Number),
    /// A v-string literal: index into `Lexed::strings`.
    VStr(u32),
    /// Any quote-like construct: index into `Lexed::quotes`.
    Quote(u32),
    /// `-e`, `-d`, ... in term position.
    FileTest(char),
    /// `->@*`, `->%*`, `->$*`, `->&*`, `->**` (arrow included).
    PostDeref(Sigil),
    /// `->$#*`.
    PostDerefLen,
    /// `->@[`, `->@{`, `->%[`, `->%{`: the sigil (the bracket follows as its own token).
    PostSlice(Sigil),
    /// `sub NAME (PROTO)`: the prototype text without parens.
    Prototype(&'s str),
    /// `format NAME = ... .`: index into `Lexed::formats`.
    Format(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// `'..'`, `q//`: no interpolation.
    Single,
    /// `".."`, `qq//`: interpolating.
    Double,
    /// `` `..` ``, `qx//` (`qx'..'` does not interpolate: `interpolate` false).
    Backtick,
    /// `qw//`.
    Words,
    /// `m//`, `//`, `??`.
    Match,
    Qr,
    Subst,
    Trans,
    /// `<FH>`, `<$fh>`, `<>`, `<<>>`, `<*.c>`: the text between the angle brackets.
    Angle,
}

/// The raw pieces of a quote-like construct; escapes and interpolation are processed by the
/// parser (`parser/interpolate.rs`), which needs the expression parser for `@{[ .. ]}`.
#[derive(Debug, Clone)]
pub struct QuoteTok<'s> {
    pub kind: QuoteKind,
    pub body: Cow<'s, str>,
    /// Byte offset of `body` in the source (approximate for indented heredocs).
    pub body_lo: usize,
    /// Second part of `s///` and `tr///`.
    pub repl: Option<(Cow<'s, str>, usize)>,
    pub flags: &'s str,
    /// The opening delimiter (`'"'` for heredocs with `"`, `'\''` for `<<'EOT'`).
    pub delim: char,
    /// Whether variables interpolate (false for `'` delimiters and `<<'EOT'`).
    pub interpolate: bool,
    /// `use utf8` in effect where the literal appears.
    pub utf8: bool,
    /// A heredoc body (`<<'EOT'` bodies take no escapes at all).
    pub heredoc: bool,
}
