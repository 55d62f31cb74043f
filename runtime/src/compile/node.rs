//! The executable form: a tree with every name resolved (lexicals to pad slots, globals to
//! glob handles, builtins to function pointers). The executor walks it (`exec/`).

use crate::builtins::Builtin;
use crate::value::{Glob, Value};
use lang::ast::{BinOp, PrintKind};
use std::rc::Rc;

/// Evaluation context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Void,
    Scalar,
    List,
}

/// A compiled sub body (or the main program, or a string eval).
pub struct SubBody {
    pub body: Block,
    /// The kind of each pad slot.
    pub pad: Vec<PadKind>,
    /// Each slot's variable with its sigil (`$x`), for warnings.
    pub pad_names: Vec<String>,
    /// Pad slots filled from the closure's captured variables, in capture order.
    pub capture_slots: Vec<u32>,
    pub file: Rc<str>,
    pub pkg: Rc<str>,
    pub name: Rc<str>,
    /// Signature: (slot, kind, default) — `None` when the sub has no signature.
    pub signature: Option<Vec<SigParam>>,
    /// The body (or a sub or eval inside it) has a match op: a call saves and restores
    /// the caller's last match.
    pub matches: bool,
    /// The body's leading `my $x = shift;` / `my ($x, $y) = @_;` statements (not the last
    /// one), done by the call itself; `prologue` keeps the statements for the general path.
    pub arg_binds: Vec<ArgBind>,
    pub prologue: Vec<Stmt>,
    /// Free variables of the body by name with sigil (`$x`, `@list`), for `pmap_on`.
    pub free_vars: Vec<String>,
    /// Named subs the body calls directly.
    pub called_subs: Vec<String>,
    /// Pads of finished calls kept for the next call (one per recursion depth, as perl
    /// keeps its padlist): every cell in them is unshared and empty.
    pub spare_pads: std::cell::RefCell<Vec<Vec<crate::value::Slot>>>,
    /// Cells for the first run's pad (see `SubScope::first_cells`), taken by that run.
    pub first_pad: std::cell::RefCell<Vec<(u32, crate::value::Slot)>>,
}

/// How a sub's leading statement takes its arguments (see `SubBody::arg_binds`).
pub enum ArgBind {
    /// `my $x = shift;`: the pad slot.
    Shift(u32),
    /// `my ($x, $y, ...) = @_;` (scalars only): the pad slots.
    Copy(Vec<u32>),
}

/// A method call site's cache: the class last seen there, the method cache generation
/// it was resolved in, and the sub found (perl's method cache, per call site).
#[derive(Default)]
pub struct MethodSite {
    pub last: std::cell::RefCell<Option<(Rc<str>, u64, crate::value::Code)>>,
}

pub struct SigParam {
    pub slot: Option<u32>,
    pub kind: PadKind,
    pub default: Option<Node>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PadKind {
    Scalar,
    Array,
    Hash,
}

pub struct Block {
    pub stmts: Vec<Stmt>,
    /// Restore the save stack (`local`) at exit.
    pub scoped: bool,
    /// Lexicals declared in this block, emptied at exit (so objects are destroyed when
    /// their scope ends, as in perl).
    pub lexicals: Vec<u32>,
    /// Holds a match or substitution: the last match is restored at exit (match variables
    /// are dynamically scoped to the enclosing block).
    pub matches: bool,
}

pub struct Stmt {
    pub line: u32,
    /// `use warnings` in effect.
    pub warn: bool,
    /// `use integer` in effect.
    pub integer: bool,
    pub label: Option<Rc<str>>,
    pub kind: StmtKind,
}

pub enum StmtKind {
    Expr(Node),
    If {
        branches: Vec<(Node, Block)>,
        otherwise: Option<Block>,
    },
    While {
        until: bool,
        cond: Option<Node>,
        body: Block,
        cont: Option<Block>,
        /// `do {} while`: body runs before the first test.
        post: bool,
    },
    ForC {
        init: Option<Node>,
        cond: Option<Node>,
        step: Option<Node>,
        body: Block,
    },
    Foreach {
        var: LoopVar,
        list: Node,
        body: Block,
        cont: Option<Block>,
    },
    Bare {
        body: Block,
        cont: Option<Block>,
    },
    /// `package NAME;` at run time (for `caller`, one-arg `bless`, `SUPER::`).
    Package(Rc<str>),
    Nop,
    /// `try {..} catch ($e) {..} finally {..}`: the catch variable's pad slot.
    Try {
        body: Block,
        catch: Option<(u32, Block)>,
        finally: Option<Block>,
    },
    /// `for my ($a, $b) (LIST)` (several lexicals take consecutive elements) and
    /// `foreach \my %h (LIST)` (`by_ref`: one lexical aliased to each referenced value).
    ForeachExt {
        vars: Vec<(PadKind, u32)>,
        by_ref: bool,
        list: Node,
        body: Block,
        cont: Option<Block>,
    },
}

pub enum LoopVar {
    Lex(u32, bool),
    Glob(Glob),
}

/// Which of the last match's arrays/hashes a [`Node::MatchAggRef`] builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchAgg {
    /// `@{^CAPTURE}`: `($1, $2, ...)`.
    Captures,
    Starts,
    Ends,
    Named,
    NamedAll,
}

/// An array-denoting or hash-denoting operand.
pub enum Agg {
    Lex(u32),
    Glob(Glob),
    /// `@$x`, `@{...}`: the expression yields a reference (autovivified through lvalues);
    /// the flag is `use strict 'refs'`.
    Deref(Box<Node>, bool),
}

pub enum Node {
    Const(Value),
    /// A list of constants (qw, folded lists).
    ConstList(Rc<Vec<Value>>),
    /// String interpolation: concatenation of parts.
    Concat(Vec<Node>),
    /// `"@x"`: the list joined with `$"`.
    JoinList(Box<Node>),

    LexSv(u32),
    GlobSv(Glob),
    /// `*foo`.
    GlobVal(Glob),
    /// `$1`, `$2`...
    MatchVar(u32),
    /// `$&`, `` $` ``, `$'`, `$+`, `$^N`, `${^MATCH}`... (see `Interp::match_special`).
    MatchSpecial(u8),
    /// `%+`.
    NamedCaptures,
    /// `@-` / `@+`.
    MatchOffsets(bool),
    /// A fresh reference to `@-`, `@+`, `%+` or `%-` (element access, `$#-`, `keys %-`).
    MatchAggRef(MatchAgg),
    /// `$.`.
    InputLine,
    /// `$$`.
    Pid,
    /// `$0`... plain globals are `GlobSv`.
    DerefSv(Box<Node>, bool),
    Av(Agg),
    Hv(Agg),
    DerefCode(Box<Node>, bool),
    DerefGlob(Box<Node>, bool),
    LastIndex(Agg),
    Elem(Agg, Box<Node>),
    HElem(Agg, Box<Node>),
    ASlice(Agg, Box<Node>),
    HSlice(Agg, Box<Node>),
    KvASlice(Agg, Box<Node>),
    KvHSlice(Agg, Box<Node>),
    ListSlice(Box<Node>, Box<Node>),

    /// `my`/`state` declaration: fresh variables in these slots.
    /// (slots, parenthesized, inside a loop: re-execution needs fresh variables).
    My(Vec<(PadKind, u32)>, bool, bool),
    /// `state $x = EXPR` runs the initializer only once per closure.
    StateInit(u32, PadKind, Box<Node>),
    Local(Box<Node>),

    Assign(Box<Node>, Box<Node>),
    ListAssign(Box<Node>, Box<Node>),
    OpAssign(BinOp, Box<Node>, Box<Node>),
    /// `&&=`, `||=`, `//=` (0, 1, 2).
    LogAssign(u8, Box<Node>, Box<Node>),
    Bin(BinOp, Box<Node>, Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Dor(Box<Node>, Box<Node>),
    Not(Box<Node>),
    Neg(Box<Node>),
    BitNot(Box<Node>),
    /// 0 pre-inc, 1 pre-dec, 2 post-inc, 3 post-dec.
    IncDec(u8, Box<Node>),
    /// Fast paths for `$lex++` etc. on a pad scalar.
    LexIncDec(u8, u32),
    Cond(Box<Node>, Box<Node>, Box<Node>),
    FlipFlop(Box<Node>, Box<Node>, bool, u32),
    ListRepeat(Box<Node>, Box<Node>),
    RefGen(Box<Node>),
    List(Vec<Node>),
    AnonArray(Vec<Node>),
    AnonHash(Vec<Node>),
    AnonSub(Rc<SubBody>, Vec<u32>, Option<Rc<str>>),

    Call {
        glob: Glob,
        args: Option<Vec<Node>>,
        amp: bool,
    },
    Builtin(Builtin, Vec<Node>),
    MethodCall {
        inv: Box<Node>,
        name: MethodName,
        args: Vec<Node>,
        /// Static method on a bareword class (`Foo->new`): the invocant is a string.
        maybe_fh: bool,
        /// The last resolution at this call site (see `MethodSite`).
        site: Box<MethodSite>,
    },
    /// Target, arguments (`None`: share `@_`), `strict refs`.
    DynCall(Box<Node>, Option<Vec<Node>>, bool),

    Match {
        target: Option<Box<Node>>,
        negate: bool,
        pat: Box<Pat>,
    },
    Subst {
        target: Option<Box<Node>>,
        negate: bool,
        pat: Box<Pat>,
        repl: Box<Node>,
        /// `/e` with extra evals.
        extra_evals: u32,
    },
    Trans {
        target: Option<Box<Node>>,
        negate: bool,
        map: Rc<crate::builtins::trans::TransMap>,
    },
    Qr(Box<Pat>),

    ReadLine(Box<FhSrc>),
    GlobPattern(Box<Node>),
    Backtick(Box<Node>),
    FileTest(char, Option<Box<Node>>),

    DoBlock(Box<Block>),
    DoFile(Box<Node>),
    EvalBlock(Box<Block>),
    /// `eval STRING` with the lexical scope snapshot it may see.
    EvalStr(Option<Box<Node>>, Rc<crate::compile::EvalScope>),
    Return(Option<Box<Node>>),
    LoopCtl(u8, Option<Rc<str>>),
    GotoSub(Box<Node>),
    CurrentSub,
    /// `\&name` / `defined &name`: the glob whose CODE slot is meant.
    SubRef(Glob),
    Wantarray,

    /// Comparator, list, and the `$a`/`$b` globs of the package it was compiled in.
    Sort(Option<Box<SortCmp>>, Box<Node>, Rc<(Glob, Glob)>),
    Reverse(Box<Node>),
    MapGrep(bool, Box<Node>, Box<Node>),
    Print(PrintKind, Option<Box<Node>>, Box<Node>),
    /// A bareword filehandle name or class name (`STDERR`, `Foo::Bar`).
    Bareword(Rc<str>),
    /// A run-time error known at compile time (unsupported construct).
    Die(String),
}

pub enum MethodName {
    Static(Rc<str>),
    /// `SUPER::name`, resolved against the package where the call was compiled.
    Super(Rc<str>, Rc<str>),
    Dynamic(Box<Node>),
}

pub enum SortCmp {
    Block(Block),
    Code(Box<Node>),
    /// `sort { $a <=> $b }` and friends recognized at compile time.
    NumAsc,
    NumDesc,
    StrAsc,
    StrDesc,
}

pub enum FhSrc {
    Glob(Glob),
    Expr(Node),
    Argv,
}

pub struct Pat {
    /// Constant pattern (compiled once, cached in `cache`), or interpolated parts.
    pub src: Node,
    pub is_const: bool,
    pub flags: String,
    pub cache: std::cell::RefCell<Option<Rc<crate::value::RegexVal>>>,
    /// `/g`.
    pub global: bool,
    /// The empty pattern `//` reuses the last successful pattern.
    pub empty: bool,
}
