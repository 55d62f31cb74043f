//! Runtime `Value` <-> `WireValue`: what may travel to a worker and back.
use crate::cluster::{CannotTravel, WireStr, WireValue};
use runtime::value::{hkey, AvCell, HvCell, PerlString, SvCell, Value};
use std::rc::Rc;

/// Deeper than this is refused (a cycle, or more than the wire decodes).
const MAX_DEPTH: usize = 120;

fn refuse(variable: &str, path: &str, what: &str) -> CannotTravel {
    CannotTravel {
        variable: variable.to_string(),
        path: path.to_string(),
        what: what.to_string(),
    }
}

fn pstr(p: &PerlString) -> WireValue {
    WireValue::Str(WireStr {
        bytes: p.bytes.clone(),
        utf8: p.utf8,
    })
}

/// Converts a value for the wire; `variable` names it in the refusal (`$cb`, `item 3`).
pub fn to_wire(v: &Value, variable: &str) -> Result<WireValue, CannotTravel> {
    walk(v, variable, &mut String::new(), 0)
}

fn bless(v: &Value, data: WireValue) -> WireValue {
    match v.blessed() {
        Some(class) => WireValue::Blessed {
            class: class.to_string(),
            data: Box::new(data),
        },
        None => data,
    }
}

fn walk(v: &Value, var: &str, path: &mut String, depth: usize) -> Result<WireValue, CannotTravel> {
    if depth > MAX_DEPTH {
        return Err(refuse(var, path, "structure nested too deeply (or cyclic)"));
    }
    Ok(match v {
        Value::Undef => WireValue::Undef,
        Value::Int(i) => WireValue::Int(*i),
        Value::UInt(_) => pstr(&v.to_pstr()),
        Value::Num(f) => WireValue::Float(*f),
        Value::Str(s) => pstr(s),
        Value::CodeRef(_) => return Err(refuse(var, path, "CODE reference")),
        Value::GlobRef(_) => return Err(refuse(var, path, "filehandle")),
        Value::Glob(_) => return Err(refuse(var, path, "glob")),
        Value::ArrayRef(av) => {
            let mut out = Vec::new();
            for (i, e) in av.values().iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("->[{i}]"));
                out.push(walk(e, var, path, depth + 1)?);
                path.truncate(len);
            }
            bless(v, WireValue::Array(out))
        }
        Value::HashRef(hv) => {
            let mut out = Vec::new();
            let entries: Vec<(PerlString, Value)> =
                hv.v.borrow()
                    .iter()
                    .map(|(k, s)| (k.clone(), s.get()))
                    .collect();
            for (k, e) in entries {
                let len = path.len();
                path.push_str(&format!("->{{{}}}", String::from_utf8_lossy(&k.bytes)));
                let w = walk(&e, var, path, depth + 1)?;
                path.truncate(len);
                out.push((
                    WireStr {
                        bytes: k.bytes,
                        utf8: k.utf8,
                    },
                    w,
                ));
            }
            bless(v, WireValue::Hash(out))
        }
        Value::ScalarRef(sv) => {
            let len = path.len();
            path.push_str("->$*");
            let inner = walk(&sv.get(), var, path, depth + 1)?;
            path.truncate(len);
            bless(v, WireValue::ScalarRef(Box::new(inner)))
        }
        other => pstr(&other.to_pstr()),
    })
}

/// Builds a runtime value from the wire form.
pub fn from_wire(w: &WireValue) -> Value {
    match w {
        WireValue::Undef => Value::Undef,
        WireValue::Int(i) => Value::Int(*i),
        WireValue::UInt(u) => Value::Num(*u as f64),
        WireValue::Float(f) => Value::Num(*f),
        WireValue::Str(s) => Value::pstr(PerlString {
            bytes: s.bytes.clone(),
            utf8: s.utf8,
        }),
        WireValue::Array(items) => {
            Value::ArrayRef(AvCell::from_values(items.iter().map(from_wire)))
        }
        WireValue::Hash(pairs) => {
            let hv = HvCell::new_hv();
            for (k, v) in pairs {
                let key = hkey(PerlString {
                    bytes: k.bytes.clone(),
                    utf8: k.utf8,
                });
                hv.set(key, from_wire(v));
            }
            Value::HashRef(hv)
        }
        WireValue::ScalarRef(inner) => Value::ScalarRef(SvCell::new_sv(from_wire(inner))),
        WireValue::Blessed { class, data } => {
            let v = from_wire(data);
            let class: Rc<str> = Rc::from(class.as_str());
            match &v {
                Value::ArrayRef(a) => *a.blessed.borrow_mut() = Some(class),
                Value::HashRef(h) => *h.blessed.borrow_mut() = Some(class),
                Value::ScalarRef(s) => s.set_blessed(Some(class)),
                _ => {}
            }
            v
        }
    }
}

/// [`from_wire`] for a value the caller no longer needs: strings move instead of copying.
pub fn from_wire_owned(w: WireValue) -> Value {
    match w {
        WireValue::Str(s) => Value::pstr(PerlString {
            bytes: s.bytes,
            utf8: s.utf8,
        }),
        WireValue::Int(i) => Value::Int(i),
        WireValue::Undef => Value::Undef,
        WireValue::Array(items) => {
            Value::ArrayRef(AvCell::from_values(items.into_iter().map(from_wire_owned)))
        }
        other => from_wire(&other),
    }
}
