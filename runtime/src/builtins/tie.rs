//! `tie VARIABLE, CLASS, LIST`, `untie VARIABLE`, `tied VARIABLE` (the machinery is in
//! `interp/tie.rs`).

use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{Av, Hv, Slot, Sv, Value};
use std::rc::Rc;

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "tie" => BFn::S(tie),
        "untie" => BFn::S(untie),
        "tied" => BFn::S(tied),
        _ => return None,
    })
}

/// The variable a tie builtin names.
enum Target {
    S(Sv),
    A(Av),
    H(Hv),
}

impl Target {
    fn addr(&self) -> usize {
        match self {
            Target::S(x) => Sv::as_ptr(x) as *const u8 as usize,
            Target::A(x) => Rc::as_ptr(x) as *const u8 as usize,
            Target::H(x) => Rc::as_ptr(x) as *const u8 as usize,
        }
    }
}

fn target(it: &mut Interp, n: &Node) -> R<Target> {
    Ok(match n {
        Node::Av(agg) => Target::A(it.av_of(agg, true)?),
        Node::Hv(agg) => Target::H(it.hv_of(agg, true)?),
        Node::My(slots, _, in_loop) if slots.len() == 1 => {
            it.declare_my(slots, *in_loop);
            match it.pad[slots[0].1 as usize].clone() {
                Slot::S(x) => Target::S(x),
                Slot::A(x) => Target::A(x),
                Slot::H(x) => Target::H(x),
            }
        }
        other => Target::S(it.lv(other)?),
    })
}

fn tie(it: &mut Interp, a: &[Node]) -> R<Value> {
    let Some(var) = a.first() else {
        return Err(it.die_str("Not enough arguments for tie"));
    };
    let t = target(it, var)?;
    let mut args = Vec::new();
    for x in &a[1..] {
        it.list(x, &mut args)?;
    }
    if args.is_empty() {
        return Err(it.die_str("Not enough arguments for tie"));
    }
    let class_v = args.remove(0);
    let class = match class_v.blessed() {
        Some(c) if class_v.is_ref() => c.to_string(),
        _ => class_v.to_string_lossy(),
    };
    let meth = match t {
        Target::S(_) => "TIESCALAR",
        Target::A(_) => "TIEARRAY",
        Target::H(_) => "TIEHASH",
    };
    let Some(code) = it.resolve_method(&class, meth) else {
        return Err(it.die_str(&format!(
            "Can't locate object method \"{meth}\" via package \"{class}\""
        )));
    };
    let mut list = vec![Value::str(&class)];
    list.extend(args);
    let mut out = Vec::new();
    it.call_sub(
        &code,
        crate::value::AvCell::from_values(list),
        Ctx::Scalar,
        &mut out,
    )?;
    let obj = out.pop().unwrap_or(Value::Undef);
    if !obj.is_ref() {
        return Ok(obj);
    }
    match &t {
        Target::S(x) => it.tie_sv(x, obj.clone()),
        Target::A(x) => it.tie_av(x, obj.clone()),
        Target::H(x) => it.tie_hv(x, obj.clone()),
    }
    Ok(obj)
}

fn untie(it: &mut Interp, a: &[Node]) -> R<Value> {
    let Some(var) = a.first() else {
        return Ok(Value::from_bool(false));
    };
    let t = target(it, var)?;
    if let Some(obj) = it.untie_addr(t.addr()) {
        let class = obj.blessed().map(|c| c.to_string()).unwrap_or_default();
        if it.resolve_method(&class, "UNTIE").is_some() {
            it.tie_call(&obj, "UNTIE", vec![Value::Int(0)], Ctx::Void)?;
        }
    }
    Ok(Value::Int(1))
}

fn tied(it: &mut Interp, a: &[Node]) -> R<Value> {
    let Some(var) = a.first() else {
        return Ok(Value::Undef);
    };
    let t = target(it, var)?;
    Ok(match &t {
        Target::S(x) => it.tied_sv(x),
        Target::A(x) => it.tied_av(x),
        Target::H(x) => it.tied_hv(x),
    }
    .unwrap_or(Value::Undef))
}
