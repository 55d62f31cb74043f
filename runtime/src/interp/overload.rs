//! Operator overloading (`use overload`) hooks and object destruction. The tables live in
//! `Interp::overloads`; callers only ask here when `overloads_present` is set.

use super::Interp;
use crate::exec::R;
use crate::value::{Num, Value};

impl Interp {
    /// Dereference overloads (`@{}`, `%{}`, `${}`, `&{}`).
    pub fn overload_deref(&mut self, _v: &Value, _op: &str) -> R<Option<Value>> {
        Ok(None)
    }

    pub fn overload_num(&mut self, _v: &Value) -> Option<Num> {
        None
    }

    pub fn try_overload_binop(
        &mut self,
        _op: lang::ast::BinOp,
        _a: &Value,
        _b: &Value,
    ) -> R<Option<Value>> {
        Ok(None)
    }

    /// Called when a reference is blessed into a class with `DESTROY`.
    pub fn register_destroy(&mut self, _v: &Value) {}
}
