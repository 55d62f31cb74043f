//! The Perl abstract syntax tree: plain data, no runtime types.
//!
//! Conventions every consumer relies on:
//! - Every node carries a [`Span`] (byte offsets into its [`crate::SourceFile`]).
//! - String contents are `String`s whose `char`s are Perl code points. Outside `use utf8`
//!   each source byte is one code point (perl's Latin-1 view of source), so `"é"` written in a
//!   UTF-8 file is two code points, exactly as perl sees it. Escapes like `"\xff"` give code
//!   point 255; `"\x{263A}"` gives U+263A.
//! - Variable names are stored without their sigil, exactly as written after it:
//!   `"x"`, `"Foo::x"`, `"::x"`, `"_"`, `"0"`, `"1"`, `"@"`, `"!"`, `"^W"`, `"^WARNING_BITS"`.
//!   Whether a name is a lexical or a package variable is decided by the compiler, not here.
//! - Constructs the parser can resolve itself are resolved: `__PACKAGE__`, `__FILE__` and
//!   `__LINE__` become string/number literals; `"\U$x\E"` becomes a call of the `uc` builtin;
//!   `qw(a b)` becomes a `List` of `Str`; heredocs become `Str`/`Interp`.
//! - The parser may add variants as the grammar grows; consumers keep a fallback arm that
//!   reports "not supported" rather than panicking.

use crate::span::Span;

/// A whole compilation unit: a file, a `-e` program, or a string `eval`.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    pub body: Vec<Stmt>,
    /// Text after `__DATA__` or `__END__` (readable through the `DATA` handle), as raw bytes.
    pub data: Option<Vec<u8>>,
    pub span: Span,
}

/// A `{ ... }` block.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    /// `LABEL:` in front of the statement.
    pub label: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression statement (its value is discarded unless it is the last statement of a
    /// sub, `do` block or `eval`).
    Expr(Expr),
    /// `EXPR if COND;`, `EXPR while COND;`, `EXPR for LIST;` ...
    /// `do BLOCK while COND` is `Modified { expr: Do(..), modifier: While(..) }` and the
    /// executor runs the body once before the first test, as perl does.
    Modified { expr: Expr, modifier: Modifier },
    /// `if`/`elsif`/`else`, `unless`/`elsif`/`else`. For `unless` the first condition is
    /// negated; later `elsif` conditions are not.
    If {
        unless: bool,
        branches: Vec<(Expr, Block)>,
        otherwise: Option<Block>,
    },
    /// `while (COND) {..} continue {..}` / `until`. A missing condition (`while () {}`) is true.
    While {
        until: bool,
        cond: Option<Expr>,
        body: Block,
        cont: Option<Block>,
    },
    /// `for (INIT; COND; STEP) { .. }`.
    ForC {
        init: Option<Expr>,
        cond: Option<Expr>,
        step: Option<Expr>,
        body: Block,
    },
    /// `foreach VAR (LIST) { .. } continue { .. }`; `var: None` means `$_`.
    Foreach {
        var: Option<LoopVar>,
        list: Expr,
        body: Block,
        cont: Option<Block>,
    },
    /// A bare block: a loop that runs once (`last`/`next` work in it).
    Block { body: Block, cont: Option<Block> },
    /// `sub NAME {...}` or a forward declaration `sub NAME;` / `sub NAME($$);` (`body: None`).
    SubDecl(SubDef),
    /// `package NAME;` (applies to the rest of the enclosing block) or `package NAME { .. }`.
    Package {
        name: String,
        version: Option<String>,
        block: Option<Block>,
    },
    /// `use Module VERSION LIST;` / `no Module LIST;` / `use VERSION;`.
    Use(UseDecl),
    /// `BEGIN`, `END`, `INIT`, `CHECK`, `UNITCHECK` blocks.
    Phaser { kind: PhaserKind, body: Block },
    /// `format NAME =` picture/argument lines up to the `.` line, kept as raw lines.
    Format { name: String, lines: Vec<String> },
    /// `try {..} catch ($e) {..} finally {..}` (feature 'try'). `catch` is the error
    /// variable's name (without `$`) and its block; `return`/`last`/`next` in the blocks act
    /// on the enclosing sub or loop, as in perl 5.36.
    Try {
        body: Block,
        catch: Option<(String, Block)>,
        finally: Option<Block>,
    },
    /// `my sub NAME {..}` / `state sub NAME {..}` (lexical subs). `our sub` is a `SubDecl`.
    LexicalSub { decl: DeclKind, def: SubDef },
    /// An empty statement (`;`).
    Empty,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Modifier {
    If(Expr),
    Unless(Expr),
    While(Expr),
    Until(Expr),
    /// `EXPR for LIST` (aliases `$_`).
    Foreach(Expr),
}

/// The loop variable of a `foreach`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoopVar {
    /// `my`/`our`/`state` declaration, or `None` for an existing variable (`for $x (...)`),
    /// which perl localizes (or aliases, for a lexical) for the loop's duration.
    pub decl: Option<DeclKind>,
    pub name: String,
    /// `for my ($k, $v) (%h)` (5.36 multi-variable foreach): the names after the first.
    pub more: Vec<String>,
    /// `foreach \my %h (@refs)` (refaliasing): the sigil of the variable each element (a
    /// reference) is aliased to; `None` for the ordinary `$x`.
    pub by_ref: Option<Sigil>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaserKind {
    Begin,
    End,
    Init,
    Check,
    UnitCheck,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UseDecl {
    /// `false` for `no`.
    pub is_use: bool,
    /// `None` for `use VERSION;`.
    pub module: Option<String>,
    /// `use v5.10;`, `use 5.010_001;`, `use Foo 1.2 qw(..)`: the version as written.
    pub version: Option<String>,
    /// The import list; `None` when absent (`use Foo;` calls `import` with no args),
    /// `Some(empty list)` for `use Foo ();` (does not call `import`).
    pub args: Option<Vec<Expr>>,
    pub span: Span,
}

/// A named or anonymous sub.
#[derive(Debug, Clone, PartialEq)]
pub struct SubDef {
    /// Possibly qualified (`Foo::bar`); `None` for `sub { .. }`.
    pub name: Option<String>,
    /// `sub f($$) {..}`: the prototype text without parens.
    pub prototype: Option<String>,
    /// `sub f($x, $y = 1, @rest) {..}` under `use feature 'signatures'` / `use v5.36`.
    pub signature: Option<Signature>,
    /// Attributes such as `:lvalue`, `:prototype($)`.
    pub attributes: Vec<String>,
    /// `None` for a forward declaration.
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    pub params: Vec<SigParam>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SigParam {
    pub sigil: Sigil,
    /// `None` for a placeholder (`$`, `@`).
    pub name: Option<String>,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sigil {
    Scalar, // $
    Array,  // @
    Hash,   // %
    Code,   // &
    Glob,   // *
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclKind {
    My,
    Our,
    State,
    /// `local` is an expression (`ExprKind::Local`), listed here only for loop variables'
    /// documentation; the parser never produces it in `ExprKind::Decl`.
    Local,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// A literal number as perl would store it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Int(i64),
    /// Integers that only fit unsigned (e.g. `0xFFFFFFFFFFFFFFFF`).
    UInt(u64),
    Float(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    // ----- literals -----
    Num(Number),
    /// A constant string (single-quoted, or double-quoted without interpolation).
    Str(String),
    /// A double-quoted string, `qq`, heredoc or backtick body with interpolation.
    /// The value is the concatenation of the parts.
    Interp(Vec<InterpPart>),
    /// `v1.22.333` / `5.10.1` v-string literals: the code points.
    VString(String),

    // ----- variables -----
    /// `$name` (also `${name}`, `$::name`, `$1`, `$_`, `${^NAME}`).
    ScalarVar(String),
    /// `@name`.
    ArrayVar(String),
    /// `%name`.
    HashVar(String),
    /// `*name`.
    GlobVar(String),
    /// `$#name`.
    ArrayLastIndex(String),
    /// `$#{EXPR}` / `$#$ref`.
    ArrayLastIndexOf(Box<Expr>),
    /// `&name` used as a value without calling, as in `\&name`, `defined &name`,
    /// `exists &name`.
    SubName(String),
    /// A dereference: `$$r`, `@$r`, `%$r`, `&$r` (see `DynCall` for calls), `*$r`,
    /// `${ EXPR }`, `@{ EXPR }`, `%{ EXPR }`. Also the postfix forms `$r->@*`, `$r->%*`, `$r->$*`.
    Deref {
        sigil: Sigil,
        expr: Box<Expr>,
    },

    // ----- element access -----
    /// `$a[i]`, `$r->[i]`, `$$r[i]`, `$x->[0][1]` (the implied arrow between subscripts is
    /// not represented). `base` is an array-valued expression: `ArrayVar` or
    /// `Deref { sigil: Array, .. }`.
    Index {
        base: Box<Expr>,
        index: Box<Expr>,
    },
    /// `$h{k}`, `$r->{k}`, `$$r{k}`; a bareword key `{foo}` or `{-foo}` becomes `Str`.
    /// `base` is a hash-valued expression: `HashVar` or `Deref { sigil: Hash, .. }`.
    /// A multi-key subscript `$h{1,2}` becomes a `Str`-joined-by-`$;` key expression
    /// `JoinKeys`.
    HashElem {
        base: Box<Expr>,
        key: Box<Expr>,
    },
    /// `@a[LIST]`, `@$r[LIST]`, `$r->@[LIST]`.
    ArraySlice {
        base: Box<Expr>,
        indices: Box<Expr>,
    },
    /// `@h{LIST}`, `@$r{LIST}`, `$r->@{LIST}`.
    HashSlice {
        base: Box<Expr>,
        keys: Box<Expr>,
    },
    /// `%a[LIST]` (index/value pairs).
    KvArraySlice {
        base: Box<Expr>,
        indices: Box<Expr>,
    },
    /// `%h{LIST}` (key/value pairs).
    KvHashSlice {
        base: Box<Expr>,
        keys: Box<Expr>,
    },
    /// `(LIST)[LIST]` — a slice of a list.
    ListSlice {
        list: Box<Expr>,
        indices: Box<Expr>,
    },
    /// `$h{1,2}` multi-dimensional emulation: the keys joined with `$;`.
    JoinKeys(Vec<Expr>),

    // ----- declarations -----
    /// `my $x`, `my ($x, @y)`, `our @ISA`, `state $n`. `parens` tells `my $x = ..` (scalar
    /// assignment) from `my ($x) = ..` (list assignment).
    Decl {
        kind: DeclKind,
        vars: Vec<(Sigil, String)>,
        parens: bool,
    },
    /// `local EXPR`.
    Local(Box<Expr>),

    // ----- operators -----
    /// `=` when `op` is `None`; `+=`, `.=`, `||=`, `//=`, `&&=`, `x=` ... otherwise.
    Assign {
        op: Option<BinOp>,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Binary {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// Short-circuit operators: `&&`, `||`, `//`, `and`, `or` (`xor` is a `Binary`).
    Logical {
        op: LogicalOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Unary {
        op: UnaryOp,
        expr: Box<Expr>,
    },
    /// `++$x`, `--$x`, `$x++`, `$x--`.
    IncDec {
        op: IncDecOp,
        expr: Box<Expr>,
    },
    /// `COND ? A : B` (an lvalue when both arms are).
    Ternary {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    /// `A .. B` / `A ... B`: a list range in list context, a flip-flop in scalar context.
    Range {
        from: Box<Expr>,
        to: Box<Expr>,
        three_dots: bool,
    },
    /// `(LIST) x N` — list repetition (a `Binary { op: Repeat }` has a scalar left side).
    ListRepeat {
        list: Box<Expr>,
        count: Box<Expr>,
    },
    /// `\EXPR` (`\(@a)` gives a list of refs: the operand is then a `List`).
    RefGen(Box<Expr>),
    /// `A =~ B` where B is not a literal match/subst/trans (e.g. `$x =~ $re`):
    /// the compiler treats B as a pattern. Literal forms carry their target instead.
    BindMatch {
        target: Box<Expr>,
        pattern: Box<Expr>,
        negate: bool,
    },
    /// A parenthesized or comma list: `(1, 2, 3)`, `()`. A list of one element in parens
    /// stays a `List` so that `my ($x) = ..`/`() = ..` can see the parens.
    List(Vec<Expr>),
    /// `[ LIST ]`.
    AnonArray(Vec<Expr>),
    /// `{ LIST }` used as an expression.
    AnonHash(Vec<Expr>),
    /// `sub { .. }`.
    AnonSub(Box<SubDef>),
    /// A bareword the parser could not resolve to a call: class names (`Foo::Bar->new`,
    /// `Foo::Bar::`), filehandles (`STDERR`), hash keys and `=>` left sides become `Str`.
    Bareword(String),

    // ----- calls -----
    /// A call of a named user sub: `foo(..)`, `foo ..`, `Foo::bar(..)`, `&foo(..)`.
    /// `ampersand: true` for `&foo(..)` (ignores prototypes); `&foo;` (no parens, shares
    /// the caller's `@_`) has `ampersand: true, args: None`.
    Call {
        name: String,
        args: Option<Vec<Expr>>,
        ampersand: bool,
    },
    /// A call of a builtin function or named operator (`length`, `push`, `open`, `die`,
    /// `defined`, `wantarray`, `shift`, `keys`, `sprintf`, `return`-free ones...). `name` is
    /// perl's name; the arguments are as written (`push @a, 1` gives `[ArrayVar a, Num 1]`).
    /// Filehandle barewords in arguments (`open(FH, ..)`, `close FH`, `eof(FH)`) are `Bareword`.
    /// `eof()` with empty parens (end of the files of `<>`) has one argument, an empty `List`.
    /// `system {PROG} LIST` / `exec {PROG} LIST` are `system_indirect` / `exec_indirect`
    /// with PROG as the first argument.
    Builtin {
        name: String,
        args: Vec<Expr>,
    },
    /// `print`, `printf`, `say`, with an optional filehandle: `print STDERR ..` (`Bareword`),
    /// `print $fh ..` (`ScalarVar`), `print {EXPR} ..` (the block's expression).
    /// Empty `args` means `$_` for `print`/`say`.
    Print {
        kind: PrintKind,
        fh: Option<Box<Expr>>,
        args: Vec<Expr>,
    },
    /// `sort LIST`, `sort BLOCK LIST`, `sort NAME LIST`, `sort $subref LIST`.
    Sort {
        cmp: Option<SortCmp>,
        args: Vec<Expr>,
    },
    /// `map BLOCK LIST`, `map EXPR, LIST`, `grep ...`.
    MapGrep {
        is_grep: bool,
        body: MapBody,
        args: Vec<Expr>,
    },
    /// `pmap_on CLUSTER BLOCK LIST`, `pflat_map_on ..`, and the in-process `pmap BLOCK LIST`,
    /// `pgrep BLOCK LIST`, `pfor BLOCK LIST` (`cluster: None`): the block runs in worker
    /// interpreters, so it is kept whole for the compiler to ship.
    ParallelMap {
        kind: ParallelKind,
        cluster: Option<Box<Expr>>,
        body: Block,
        args: Vec<Expr>,
    },
    /// `$obj->method(..)`, `Class->method`, `$obj->$name(..)`, `$obj->SUPER::m(..)`,
    /// indirect `new Foo(..)`. `args` excludes the invocant.
    MethodCall {
        invocant: Box<Expr>,
        method: MethodName,
        args: Vec<Expr>,
    },
    /// `$code->(..)`, `&$code(..)`, `&{EXPR}(..)`, `$x->[0]->(..)`; `&$code;` has `args: None`.
    DynCall {
        target: Box<Expr>,
        args: Option<Vec<Expr>>,
    },

    // ----- regex and transliteration -----
    /// `m/../flags`, `/../`, `?..?`. `target: None` means `$_`.
    Match {
        target: Option<Box<Expr>>,
        negate: bool,
        pattern: Pattern,
    },
    /// `s/../../flags`. With `/e` the replacement is `Replacement::Code`.
    Subst {
        target: Option<Box<Expr>>,
        negate: bool,
        pattern: Pattern,
        replacement: Replacement,
    },
    /// `tr/../../flags`, `y/../../flags`: the lists are as written (ranges unexpanded,
    /// escapes processed).
    Trans {
        target: Option<Box<Expr>>,
        negate: bool,
        from: String,
        to: String,
        flags: String,
    },
    /// `qr/../flags`.
    Qr(Pattern),

    // ----- I/O -----
    /// `<FH>`, `<$fh>`, `<STDIN>`, `<>` (`ReadSource::Argv`), `<<>>` (`ArgvSafe`).
    ReadLine(ReadSource),
    /// `<*.c>` / `glob`-style angle brackets.
    GlobPattern(Vec<InterpPart>),
    /// `` `cmd` `` / `qx{..}`.
    Backtick(Vec<InterpPart>),
    /// `-e $f`, `-d _`, `-s`: `op` is the letter; `arg: None` means `$_`.
    FileTest {
        op: char,
        arg: Option<Box<Expr>>,
    },

    // ----- blocks as expressions -----
    /// `do { .. }`.
    DoBlock(Block),
    /// `do FILE`.
    DoFile(Box<Expr>),
    /// `eval { .. }`.
    EvalBlock(Block),
    /// `eval EXPR` / `eval` (of `$_`, `arg: None`).
    EvalStr(Option<Box<Expr>>),

    // ----- control flow usable inside expressions (`... or next`) -----
    Return(Option<Box<Expr>>),
    /// `last`, `next`, `redo` with an optional label (`last LABEL`) or computed label.
    LoopCtl {
        kind: LoopCtlKind,
        label: Option<String>,
    },
    /// `goto &sub` / `goto &$code`.
    GotoSub(Box<Expr>),
    /// `goto LABEL` (rarely used; may be unsupported at run time).
    GotoLabel(String),

    /// `__SUB__` (under `use feature 'current_sub'`).
    CurrentSub,
    /// `wantarray`.
    Wantarray,
    /// `sprintf`-free string repetition etc. are `Binary`; this marks the `...` statement.
    Yada,
}

/// Which parallel form an `ExprKind::ParallelMap` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParallelKind {
    /// `pmap_on` / `pmap`: like `map`.
    Map,
    /// `pflat_map_on`: one-to-many, like `map` returning lists.
    FlatMap,
    /// `pgrep`: like `grep`.
    Grep,
    /// `pfor`: for side effects (output); returns nothing.
    For,
}

#[derive(Debug, Clone, PartialEq)]
pub enum InterpPart {
    /// Literal text (escapes already processed).
    Lit(String),
    /// A scalar interpolation: `$x`, `${x}`, `$x[1]`, `$x{k}`, `$x->[0]{k}`, `${\ expr}`, `$#x`.
    Scalar(Expr),
    /// An array-ish interpolation joined with `$"`: `@x`, `@{[ expr ]}`, `@x[1,2]`, `@h{..}`.
    List(Expr),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// The pattern source with variables interpolated at run time. For single-quote
    /// delimiters (`m'..'`) there is one `Lit` part. Regex escapes (`\d`, `\1`, `\Q`-free
    /// backslashes) are kept as written for the regex engine; `\Q..\E` is turned into a
    /// `quotemeta` call on the enclosed parts.
    pub parts: Vec<InterpPart>,
    /// Modifier letters as written: `"gimsx"`.
    pub flags: String,
    /// The delimiter that opened the pattern (`/`, `{`, `'`, `?`...).
    pub delim: char,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Replacement {
    /// The replacement as an interpolated string.
    Interp(Vec<InterpPart>),
    /// `/e`: the replacement is code (parsed as a block body). `/ee` evaluates its result
    /// again as a string eval: `extra_evals` counts the extra `e`s.
    Code { body: Block, extra_evals: u32 },
}

#[derive(Debug, Clone, PartialEq)]
pub enum ReadSource {
    /// `<FH>` / `<STDIN>`.
    Bareword(String),
    /// `<$fh>`.
    Scalar(String),
    /// `<>`.
    Argv,
    /// `<<>>`.
    ArgvSafe,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SortCmp {
    /// `sort { $a <=> $b } ..`.
    Block(Block),
    /// `sort by_name ..`.
    Name(String),
    /// `sort $subref ..`.
    Var(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum MapBody {
    Block(Block),
    Expr(Box<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum MethodName {
    /// `->name`, `->Foo::name`, `->SUPER::name`.
    Static(String),
    /// `->$name` / `->$coderef`.
    Dynamic(Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintKind {
    Print,
    Printf,
    Say,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoopCtlKind {
    Last,
    Next,
    Redo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncDecOp {
    PreInc,
    PreDec,
    PostInc,
    PostDec,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicalOp {
    And,       // && and `and`
    Or,        // || and `or`
    DefinedOr, // //
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,    // -
    Plus,   // unary + (no-op; kept for `print +(...)` spans)
    Not,    // ! and `not`
    BitNot, // ~
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Concat,
    /// `x` with a scalar left side.
    Repeat,
    NumEq,
    NumNe,
    NumLt,
    NumGt,
    NumLe,
    NumGe,
    NumCmp,
    StrEq,
    StrNe,
    StrLt,
    StrGt,
    StrLe,
    StrGe,
    StrCmp,
    BitAnd,
    BitOr,
    BitXor,
    ShiftLeft,
    ShiftRight,
    /// Logical `xor` (not short-circuit).
    LogXor,
    /// `isa` (`$obj isa Class`).
    Isa,
    /// Assignment-only forms of the logical operators: `&&=`, `||=`, `//=`.
    AndAssign,
    OrAssign,
    DorAssign,
}
