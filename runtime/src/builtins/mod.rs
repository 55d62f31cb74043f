//! Builtin functions, resolved by name at compile time to function pointers. Each gets
//! its argument nodes unevaluated (so it can take lvalues, arrays, filehandles).
//! Embedders add their own functions as native subs (`Interp::register_native`).

pub mod core_proto;
pub mod format;
pub mod fs;
pub mod io;
pub mod list;
pub mod misc;
pub mod natives;
pub mod open;
pub mod pack;
pub mod socket;
pub mod sprintf_iv;
pub mod string;
pub mod sys;
pub mod tie;
pub mod trans;
pub mod universal;
pub mod unix;
pub mod vec;

use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::Value;

/// Scalar-returning or list-returning implementation.
#[derive(Clone, Copy)]
pub enum BFn {
    S(fn(&mut Interp, &[Node]) -> R<Value>),
    /// Must push exactly one value when the context is scalar.
    L(fn(&mut Interp, &[Node], Ctx, &mut Vec<Value>) -> R<()>),
}

#[derive(Clone, Copy)]
pub struct Builtin {
    pub name: &'static str,
    pub f: BFn,
}

/// Builtins whose first argument may be a bareword filehandle.
pub fn takes_fh(name: &str) -> bool {
    matches!(
        name,
        "open"
            | "close"
            | "binmode"
            | "eof"
            | "fileno"
            | "readline"
            | "getc"
            | "read"
            | "sysread"
            | "syswrite"
            | "seek"
            | "tell"
            | "truncate"
            | "opendir"
            | "readdir"
            | "closedir"
            | "select"
            | "stat"
            | "lstat"
            | "flock"
            | "rewinddir"
            | "pipe"
            | "seekdir"
            | "telldir"
            | "socket"
            | "socketpair"
            | "bind"
            | "connect"
            | "listen"
            | "accept"
            | "shutdown"
            | "getsockname"
            | "getpeername"
            | "setsockopt"
            | "getsockopt"
            | "send"
            | "recv"
            | "sysseek"
            | "sysopen"
            | "chdir"
            | "write"
    )
}

pub fn lookup(name: &str) -> Option<Builtin> {
    let f = string::lookup(name)
        .or_else(|| list::lookup(name))
        .or_else(|| misc::lookup(name))
        .or_else(|| fs::lookup(name))
        .or_else(|| tie::lookup(name))
        .or_else(|| io::lookup(name))
        .or_else(|| format::lookup(name))
        .or_else(|| sys::lookup(name))
        .or_else(|| pack::lookup(name))
        .or_else(|| unix::lookup(name))
        .or_else(|| socket::lookup(name))?;
    let name: &'static str = TABLE_NAMES
        .iter()
        .find(|n| **n == name)
        .copied()
        .unwrap_or("builtin");
    Some(Builtin { name, f })
}

const TABLE_NAMES: &[&str] = &[
    "(globslot)",
    "substr",
    "undef",
    "defined",
    "join",
    "sprintf",
    "push",
    "keys",
    "local",
    "exists",
    "delete",
    "values",
    "split",
    "pos",
    "vec",
    "reverse",
    "shift",
];

impl Interp {
    pub fn call_builtin(&mut self, b: &Builtin, args: &[Node], ctx: Ctx) -> R<Value> {
        match b.f {
            BFn::S(f) => f(self, args),
            BFn::L(f) => {
                let mut out = Vec::new();
                f(
                    self,
                    args,
                    if ctx == Ctx::Void {
                        Ctx::Void
                    } else {
                        Ctx::Scalar
                    },
                    &mut out,
                )?;
                Ok(out.pop().unwrap_or(Value::Undef))
            }
        }
    }

    pub fn call_builtin_list(&mut self, b: &Builtin, args: &[Node], out: &mut Vec<Value>) -> R<()> {
        match b.f {
            BFn::S(f) => {
                let v = f(self, args)?;
                out.push(v);
                Ok(())
            }
            BFn::L(f) => f(self, args, Ctx::List, out),
        }
    }

    /// The first argument's value, or `$_` when there is none.
    pub fn arg_or_underscore(&mut self, args: &[Node]) -> R<Value> {
        match args.first() {
            Some(a) => self.sv(a),
            None => Ok(self.underscore.sv().get()),
        }
    }

    /// All arguments flattened in list context.
    pub fn flat_args(&mut self, args: &[Node]) -> R<Vec<Value>> {
        let mut out = Vec::new();
        for a in args {
            self.list(a, &mut out)?;
        }
        Ok(out)
    }
}
