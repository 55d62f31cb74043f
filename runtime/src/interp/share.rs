//! What a parallel block needs to travel to another interpreter: its free variables and
//! the named subs it reaches (`pmap_on`), and the JSON form of values
//! (`Value <-> serde_json::Value`). Code refs, globs and filehandles cannot travel.

use super::Interp;
use crate::value::{AvCell, Code, CodeBody, HvCell, PerlString, Value};
use std::collections::HashSet;

/// The free variables (with sigils, e.g. `$x`, `@list`) of a closure and the fully
/// qualified names of the named subs it reaches, directly or through other subs.
pub struct ClosureInfo {
    pub free_vars: Vec<String>,
    pub subs: Vec<String>,
}

impl Interp {
    pub fn closure_info(&mut self, code: &Code) -> ClosureInfo {
        let CodeBody::Perl(body) = &code.body else {
            return ClosureInfo {
                free_vars: vec![],
                subs: vec![],
            };
        };
        let mut seen = HashSet::new();
        let mut order = Vec::new();
        let mut work: Vec<String> = body.called_subs.clone();
        while let Some(name) = work.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            let (p, n) = self.split_name(&name);
            if let Some(c) = self.find_glob(&p, &n).and_then(|g| g.cv()) {
                if let CodeBody::Perl(b) = &c.body {
                    order.push(name.clone());
                    work.extend(b.called_subs.iter().cloned());
                }
            }
        }
        ClosureInfo {
            free_vars: body.free_vars.clone(),
            subs: order,
        }
    }

    /// The captured value of a closure's free variable (`$x` -> scalar, `@a`/`%h` -> ref).
    pub fn closure_capture(&self, code: &Code, name: &str) -> Option<Value> {
        let CodeBody::Perl(body) = &code.body else {
            return None;
        };
        let idx = body.free_vars.iter().position(|n| n == name)?;
        let slot = code.captures.get(idx)?;
        Some(match slot {
            crate::value::Slot::S(s) => s.get(),
            crate::value::Slot::A(a) => Value::ArrayRef(a.clone()),
            crate::value::Slot::H(h) => Value::HashRef(h.clone()),
        })
    }
}

/// A value as JSON; refuses what cannot travel (code, globs, handles), naming it.
pub fn value_to_json(v: &Value) -> Result<serde_json::Value, String> {
    use serde_json::Value as J;
    Ok(match v {
        Value::Undef => J::Null,
        Value::Int(i) => J::from(*i),
        Value::UInt(u) => J::from(*u),
        Value::Num(f) => serde_json::Number::from_f64(*f)
            .map(J::Number)
            .unwrap_or(J::Null),
        Value::Str(_) | Value::Dual(_) => J::String(v.to_pstr().to_string_lossy()),
        Value::ArrayRef(a) => J::Array(
            a.values()
                .iter()
                .map(value_to_json)
                .collect::<Result<_, _>>()?,
        ),
        Value::HashRef(h) => {
            let mut m = serde_json::Map::new();
            for (k, s) in h.v.borrow().iter() {
                m.insert(k.to_string_lossy(), value_to_json(&s.get())?);
            }
            J::Object(m)
        }
        Value::ScalarRef(s) => value_to_json(&s.get())?,
        Value::CodeRef(_) => return Err("a CODE reference cannot be sent".into()),
        Value::Glob(_) | Value::GlobRef(_) => {
            return Err("a filehandle or glob cannot be sent".into())
        }
        Value::Regex(r) => {
            J::String(crate::value::regex_string(&r.src, &r.flags).to_string_lossy())
        }
    })
}

/// The value for a JSON document (objects become hash refs, arrays array refs).
pub fn json_to_value(j: &serde_json::Value) -> Value {
    use serde_json::Value as J;
    match j {
        J::Null => Value::Undef,
        J::Bool(b) => Value::from_bool(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Num(n.as_f64().unwrap_or(0.0)),
        },
        J::String(s) => Value::pstr(PerlString::from_utf8_text(s)),
        J::Array(a) => Value::ArrayRef(AvCell::from_values(a.iter().map(json_to_value))),
        J::Object(m) => {
            let h = HvCell::new_hv();
            for (k, v) in m {
                h.set(
                    crate::value::hkey(PerlString::from_utf8_text(k)),
                    json_to_value(v),
                );
            }
            Value::HashRef(h)
        }
    }
}
