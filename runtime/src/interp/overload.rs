//! Operator overloading (`use overload`): per-package tables of operator -> sub, found
//! through `@ISA`, with perl's autogeneration of comparisons from `<=>`/`cmp` and of
//! string/number conversions from each other. Callers ask only when `overloads_present`.

use super::Interp;
use crate::compile::node::Ctx;
use crate::exec::R;
use crate::value::{AvCell, Num, PerlString, Value};
use lang::ast::BinOp;
use std::borrow::Cow;
use std::collections::HashMap;

impl Interp {
    /// `overload::import`: records `key => sub` pairs for the calling package.
    pub fn install_overload_support(&mut self) {
        // The package being compiled or running: `use overload` sets it to the user's, and a
        // plain `overload::import('overload', ...)` call runs in it.
        self.register_native("overload::import", |it, a, _| {
            let pkg = it.pkg.to_string();
            let mut i = 1;
            while i + 1 < a.len() {
                let key = a[i].to_string_lossy();
                let table = it.overloads.entry(pkg.clone()).or_default();
                table.insert(key, a[i + 1].clone());
                i += 2;
            }
            it.overloads_present = true;
            Ok(vec![])
        });
        self.register_native("overload::unimport", |it, a, _| {
            let pkg = it.pkg.to_string();
            if let Some(table) = it.overloads.get_mut(&pkg) {
                for k in a.iter().skip(1) {
                    table.remove(&k.to_string_lossy());
                }
            }
            Ok(vec![])
        });
        self.register_native("overload::StrVal", |_, a, _| {
            let v = a.first().cloned().unwrap_or(Value::Undef);
            Ok(vec![Value::pstr(v.to_pstr().into_owned())])
        });
        self.register_native("overload::Overloaded", |it, a, _| {
            let v = a.first().cloned().unwrap_or(Value::Undef);
            let class = v
                .blessed()
                .map(|c| c.to_string())
                .unwrap_or_else(|| v.to_string_lossy());
            let r = it.overload_table_has(&class);
            Ok(vec![Value::from_bool(r)])
        });
        self.register_native("overload::Method", |it, a, _| {
            let v = a.first().cloned().unwrap_or(Value::Undef);
            let op = a.get(1).map(|x| x.to_string_lossy()).unwrap_or_default();
            let class = v
                .blessed()
                .map(|c| c.to_string())
                .unwrap_or_else(|| v.to_string_lossy());
            Ok(vec![it.find_overload(&class, &op).unwrap_or(Value::Undef)])
        });
    }

    fn overload_table_has(&mut self, class: &str) -> bool {
        let mut seen = Vec::new();
        self.linear_isa(class, &mut seen);
        seen.iter().any(|c| self.overloads.contains_key(c))
    }

    fn linear_isa(&mut self, class: &str, out: &mut Vec<String>) {
        if out.iter().any(|c| c == class) || out.len() > 100 {
            return;
        }
        out.push(class.to_string());
        for p in self.isa_list(class) {
            self.linear_isa(&p, out);
        }
    }

    /// The handler for `op` in `class` or its parents.
    pub fn find_overload(&mut self, class: &str, op: &str) -> Option<Value> {
        let mut order = Vec::new();
        self.linear_isa(class, &mut order);
        for c in order {
            if let Some(t) = self.overloads.get(&c) {
                if let Some(v) = t.get(op) {
                    return Some(v.clone());
                }
            }
        }
        None
    }

    fn call_overload(&mut self, handler: &Value, a: &Value, b: &Value, swapped: bool) -> R<Value> {
        let code = match handler {
            Value::CodeRef(c) => c.clone(),
            other => {
                // A method name.
                let class = a.blessed().map(|c| c.to_string()).unwrap_or_default();
                let name = other.to_string_lossy();
                match self.resolve_method(&class, &name) {
                    Some(c) => c,
                    None => {
                        return Err(self.die_str(&format!("Can't resolve overload method {name}")))
                    }
                }
            }
        };
        let args = AvCell::from_values(vec![a.clone(), b.clone(), Value::from_bool(swapped)]);
        let mut out = Vec::new();
        self.call_sub(&code, args, Ctx::Scalar, &mut out)?;
        Ok(out.pop().unwrap_or(Value::Undef))
    }

    fn unary_overload(&mut self, v: &Value, op: &str) -> R<Option<Value>> {
        let Some(class) = v.blessed() else {
            return Ok(None);
        };
        if !v.is_ref() {
            return Ok(None);
        }
        match self.find_overload(&class, op) {
            Some(h) => Ok(Some(self.call_overload(&h, v, &Value::Undef, false)?)),
            None => Ok(None),
        }
    }

    /// The string value, through `""` overloading when the value is such an object.
    pub fn str_of<'a>(&mut self, v: &'a Value) -> R<Cow<'a, PerlString>> {
        if self.overloads_present && v.is_ref() && v.blessed().is_some() {
            if let Some(r) = self.unary_overload(v, "\"\"")? {
                return Ok(Cow::Owned(r.to_pstr().into_owned()));
            }
            // Numeric conversion as a fallback.
            if let Some(r) = self.unary_overload(v, "0+")? {
                return Ok(Cow::Owned(r.to_pstr().into_owned()));
            }
        }
        Ok(v.to_pstr())
    }

    /// Dereference overloads (`@{}`, `%{}`, `${}`, `&{}`).
    pub fn overload_deref(&mut self, v: &Value, op: &str) -> R<Option<Value>> {
        if !self.overloads_present {
            return Ok(None);
        }
        self.unary_overload(v, op)
    }

    pub fn overload_num(&mut self, v: &Value) -> Option<Num> {
        if !self.overloads_present || !v.is_ref() || v.blessed().is_none() {
            return None;
        }
        for op in ["0+", "\"\""] {
            if let Ok(Some(r)) = self.unary_overload(v, op) {
                return Some(r.to_num());
            }
        }
        None
    }

    /// Overloaded truth (`bool`, else `""`, else `0+`).
    pub fn truthy_of(&mut self, v: &Value) -> R<bool> {
        if self.overloads_present && v.is_ref() && v.blessed().is_some() {
            for op in ["bool", "\"\"", "0+"] {
                if let Some(r) = self.unary_overload(v, op)? {
                    return Ok(r.truthy());
                }
            }
        }
        Ok(v.truthy())
    }

    pub fn overload_neg(&mut self, v: &Value) -> R<Option<Value>> {
        if !self.overloads_present {
            return Ok(None);
        }
        if let Some(r) = self.unary_overload(v, "neg")? {
            return Ok(Some(r));
        }
        if let Some(class) = v.blessed() {
            if let Some(h) = self.find_overload(&class, "-") {
                return Ok(Some(self.call_overload(&h, v, &Value::Int(0), true)?));
            }
        }
        Ok(None)
    }

    pub fn try_overload_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> R<Option<Value>> {
        use BinOp::*;
        let key = match op {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Mod => "%",
            Pow => "**",
            Concat => ".",
            Repeat => "x",
            NumEq => "==",
            NumNe => "!=",
            NumLt => "<",
            NumGt => ">",
            NumLe => "<=",
            NumGe => ">=",
            NumCmp => "<=>",
            StrEq => "eq",
            StrNe => "ne",
            StrLt => "lt",
            StrGt => "gt",
            StrLe => "le",
            StrGe => "ge",
            StrCmp => "cmp",
            BitAnd => "&",
            BitOr => "|",
            BitXor => "^",
            ShiftLeft => "<<",
            ShiftRight => ">>",
            _ => return Ok(None),
        };
        let ac = if a.is_ref() { a.blessed() } else { None };
        let bc = if b.is_ref() { b.blessed() } else { None };
        if let Some(c) = &ac {
            if let Some(h) = self.find_overload(c, key) {
                return Ok(Some(self.call_overload(&h, a, b, false)?));
            }
        }
        if let Some(c) = &bc {
            if let Some(h) = self.find_overload(c, key) {
                return Ok(Some(self.call_overload(&h, b, a, true)?));
            }
        }
        // Autogenerated comparisons.
        let (via, numeric) = match op {
            NumEq | NumNe | NumLt | NumGt | NumLe | NumGe => ("<=>", true),
            StrEq | StrNe | StrLt | StrGt | StrLe | StrGe => ("cmp", false),
            _ => return Ok(None),
        };
        let _ = numeric;
        let mut r = None;
        if let Some(c) = &ac {
            if let Some(h) = self.find_overload(c, via) {
                r = Some(self.call_overload(&h, a, b, false)?.to_i64());
            }
        }
        if r.is_none() {
            if let Some(c) = &bc {
                if let Some(h) = self.find_overload(c, via) {
                    r = Some(-self.call_overload(&h, b, a, true)?.to_i64());
                }
            }
        }
        let Some(c) = r else { return Ok(None) };
        Ok(Some(Value::from_bool(match op {
            NumEq | StrEq => c == 0,
            NumNe | StrNe => c != 0,
            NumLt | StrLt => c < 0,
            NumGt | StrGt => c > 0,
            NumLe | StrLe => c <= 0,
            _ => c >= 0,
        })))
    }

    /// Called when a reference is blessed into a class with `DESTROY`.
    pub fn register_destroy(&mut self, v: &Value) {
        if let Some(c) = v.blessed() {
            super::destroy::register_class(&c);
        }
    }
}

/// Per-package overload tables.
pub type OverloadTables = HashMap<String, HashMap<String, Value>>;
