//! Perl's operator precedence (perlop), as Pratt binding powers: higher binds tighter.
//!
//! ```text
//! left     terms and list operators (leftward)      (terms)
//! left     ->                                        (postfix, in term.rs)
//! nonassoc ++ --                                     INCDEC
//! right    **                                        POW
//! right    ! ~ \ and unary + and -                   UNARY
//! left     =~ !~                                     BIND
//! left     * / % x                                   MUL
//! left     + - .                                     ADD
//! left     << >>                                     SHIFT
//! nonassoc named unary operators                     NAMED_UNARY
//! nonassoc isa                                       ISA
//! chained  < > <= >= lt gt le ge                     RELATIONAL
//! chain/na == != eq ne <=> cmp                       EQUALITY
//! left     &                                         BITAND
//! left     | ^                                       BITOR
//! left     &&                                        ANDAND
//! left     || //                                     OROR
//! nonassoc ..  ...                                   RANGE
//! right    ?:                                        TERNARY
//! right    = += -= *= etc.                           ASSIGN
//! left     , =>                                      COMMA
//! nonassoc list operators (rightward)                (their arguments are a COMMA list)
//! right    not                                       LOW_NOT
//! left     and                                       LOW_AND
//! left     or xor                                    LOW_OR
//! ```

use crate::ast::{BinOp, LogicalOp};
use crate::lexer::raw::Raw;
use crate::token::Tok;

pub const LOW_OR: u8 = 1;
pub const LOW_AND: u8 = 2;
pub const LOW_NOT: u8 = 3;
pub const COMMA: u8 = 5;
pub const ASSIGN: u8 = 6;
pub const TERNARY: u8 = 7;
pub const RANGE: u8 = 8;
pub const OROR: u8 = 9;
pub const ANDAND: u8 = 10;
pub const BITOR: u8 = 11;
pub const BITAND: u8 = 12;
pub const EQUALITY: u8 = 13;
pub const RELATIONAL: u8 = 14;
pub const ISA: u8 = 15;
pub const NAMED_UNARY: u8 = 16;
pub const SHIFT: u8 = 17;
pub const ADD: u8 = 18;
pub const MUL: u8 = 19;
pub const BIND: u8 = 20;
pub const UNARY: u8 = 21;
pub const POW: u8 = 22;
pub const INCDEC: u8 = 23;

/// What an infix token does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Infix {
    Bin(BinOp),
    Logical(LogicalOp),
    Assign(Option<BinOp>),
    Comma,
    Ternary,
    Range(bool),
    Bind(bool),
    PostInc,
    PostDec,
    /// `~~` (two `~` tokens): becomes a `smartmatch` builtin call.
    SmartMatch,
}

/// The left binding power and meaning of an infix token.
pub fn infix(tok: Tok<'_>) -> Option<(u8, Infix)> {
    use BinOp::*;
    use Infix::*;
    Some(match tok {
        Tok::Ident(w) => match w {
            "or" => (LOW_OR, Logical(LogicalOp::Or)),
            "xor" => (LOW_OR, Bin(LogXor)),
            "and" => (LOW_AND, Logical(LogicalOp::And)),
            "x" => (MUL, Bin(Repeat)),
            "x=" => (ASSIGN, Assign(Some(Repeat))),
            "lt" => (RELATIONAL, Bin(StrLt)),
            "gt" => (RELATIONAL, Bin(StrGt)),
            "le" => (RELATIONAL, Bin(StrLe)),
            "ge" => (RELATIONAL, Bin(StrGe)),
            "eq" => (EQUALITY, Bin(StrEq)),
            "ne" => (EQUALITY, Bin(StrNe)),
            "cmp" => (EQUALITY, Bin(StrCmp)),
            "isa" => (ISA, Bin(Isa)),
            _ => return None,
        },
        Tok::Op(op) => match op {
            Raw::Comma | Raw::FatComma => (COMMA, Comma),
            Raw::Assign => (ASSIGN, Assign(None)),
            Raw::AddEq => (ASSIGN, Assign(Some(Add))),
            Raw::SubEq => (ASSIGN, Assign(Some(Sub))),
            Raw::MulEq => (ASSIGN, Assign(Some(Mul))),
            Raw::DivEq => (ASSIGN, Assign(Some(Div))),
            Raw::CatEq => (ASSIGN, Assign(Some(Concat))),
            Raw::ModEq => (ASSIGN, Assign(Some(Mod))),
            Raw::PowEq => (ASSIGN, Assign(Some(Pow))),
            Raw::AndEq => (ASSIGN, Assign(Some(BitAnd))),
            Raw::OrEq => (ASSIGN, Assign(Some(BitOr))),
            Raw::XorEq => (ASSIGN, Assign(Some(BitXor))),
            Raw::ShlEq => (ASSIGN, Assign(Some(ShiftLeft))),
            Raw::ShrEq => (ASSIGN, Assign(Some(ShiftRight))),
            Raw::AndAndEq => (ASSIGN, Assign(Some(AndAssign))),
            Raw::OrOrEq => (ASSIGN, Assign(Some(OrAssign))),
            Raw::DorEq => (ASSIGN, Assign(Some(DorAssign))),
            Raw::Question => (TERNARY, Ternary),
            Raw::DotDot => (RANGE, Range(false)),
            Raw::DotDotDot => (RANGE, Range(true)),
            Raw::OrOr => (OROR, Logical(LogicalOp::Or)),
            Raw::DorDor => (OROR, Logical(LogicalOp::DefinedOr)),
            Raw::AndAnd => (ANDAND, Logical(LogicalOp::And)),
            Raw::Pipe => (BITOR, Bin(BitOr)),
            Raw::Caret => (BITOR, Bin(BitXor)),
            Raw::Amp => (BITAND, Bin(BitAnd)),
            Raw::NumEq => (EQUALITY, Bin(NumEq)),
            Raw::NumNe => (EQUALITY, Bin(NumNe)),
            Raw::NumCmp => (EQUALITY, Bin(NumCmp)),
            Raw::Lt => (RELATIONAL, Bin(NumLt)),
            Raw::Gt => (RELATIONAL, Bin(NumGt)),
            Raw::NumLe => (RELATIONAL, Bin(NumLe)),
            Raw::NumGe => (RELATIONAL, Bin(NumGe)),
            Raw::Shl => (SHIFT, Bin(ShiftLeft)),
            Raw::Shr => (SHIFT, Bin(ShiftRight)),
            Raw::Plus => (ADD, Bin(Add)),
            Raw::Minus => (ADD, Bin(Sub)),
            Raw::Dot => (ADD, Bin(Concat)),
            Raw::Star => (MUL, Bin(Mul)),
            Raw::Slash => (MUL, Bin(Div)),
            Raw::Percent => (MUL, Bin(Mod)),
            Raw::Match => (BIND, Bind(false)),
            Raw::NotMatch => (BIND, Bind(true)),
            Raw::Pow => (POW, Bin(Pow)),
            Raw::Inc => (INCDEC, PostInc),
            Raw::Tilde => (EQUALITY, SmartMatch),
            Raw::Dec => (INCDEC, PostDec),
            _ => return None,
        },
        _ => return None,
    })
}

/// Right binding power for the operand after an infix operator.
pub fn right_bp(lbp: u8, op: Infix) -> u8 {
    match op {
        // right associative
        Infix::Assign(_) | Infix::Ternary => lbp,
        Infix::Bin(BinOp::Pow) => UNARY,
        _ => lbp + 1,
    }
}
