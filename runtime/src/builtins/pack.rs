//! `pack` and `unpack`: argument handling here, the template engines come from the stdlib
//! through `Interp::hooks` (`pack`/`unpack`); without them these builtins die.

use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::Value;

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "pack" => BFn::S(pack),
        "unpack" => BFn::L(unpack),
        _ => return None,
    })
}

fn pack(it: &mut Interp, a: &[Node]) -> R<Value> {
    let args = it.flat_args(a)?;
    if args.is_empty() {
        return Err(it.native_die("Not enough arguments for pack"));
    }
    match it.hooks.pack.clone() {
        Some(h) => h(it, &args),
        None => Err(it.native_die("pack is not available (no stdlib installed)")),
    }
}

fn unpack(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    let Some(t) = a.first() else {
        return Err(it.native_die("Not enough arguments for unpack"));
    };
    let template = it.sv(t)?;
    let data = match a.get(1) {
        Some(d) => it.sv(d)?,
        None => it.underscore.sv().get(),
    };
    let Some(h) = it.hooks.unpack.clone() else {
        return Err(it.native_die("unpack is not available (no stdlib installed)"));
    };
    let only_one = ctx != Ctx::List;
    let vals = h(it, &template, &data, only_one)?;
    if only_one {
        out.push(vals.into_iter().next().unwrap_or(Value::Undef));
    } else {
        out.extend(vals);
    }
    Ok(())
}
