//! Version objects (`version->parse`, `qv`, `$^V`), which perl implements in C
//! (universal.c / vutil.c): a hash blessed into `version` with `original`, `version`
//! (the components) and `qv`/`alpha` flags, compared component by component through
//! `cmp`/`<=>` overloading and printed through `""` as the text it was made from.
//! `$^V` is one (so `$^V eq 5.36.0` and `sprintf "%vd", $^V` work, as Config.pm needs).

use super::Interp;
use crate::exec::Ctl;
use crate::value::{HvCell, PerlString, Value};
use std::cmp::Ordering;
use std::rc::Rc;

/// A parsed version: components, whether it is dotted-decimal (`qv`), alpha (`_`), and
/// the text perl keeps as `original`.
struct Parsed {
    parts: Vec<i64>,
    qv: bool,
    alpha: bool,
    original: String,
}

/// Why a string is not a version (perl's "Invalid version format (...)").
fn invalid(why: &str) -> String {
    format!("Invalid version format ({why})")
}

/// A string made of code points that are not version text is a v-string literal
/// (`5.36.0` in source is the string "\x05\x24\x00").
fn is_vstring(s: &str) -> bool {
    !s.is_empty()
        && s.chars().any(|c| (c as u32) < 0x20 || (c as u32) > 0x7e)
        && !s.starts_with(|c: char| c.is_ascii_digit() || c == 'v')
}

fn parse_text(text: &str, force_qv: bool) -> Result<Parsed, String> {
    let s = text.trim();
    if s.is_empty() || s == "undef" {
        return Ok(Parsed {
            parts: vec![0],
            qv: force_qv,
            alpha: false,
            original: "0".into(),
        });
    }
    if is_vstring(s) {
        let parts: Vec<i64> = s.chars().map(|c| c as i64).collect();
        let original = format!(
            "v{}",
            parts
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join(".")
        );
        return Ok(Parsed {
            parts,
            qv: true,
            alpha: false,
            original,
        });
    }
    let (lead_v, body) = match s.strip_prefix('v') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return Err(invalid(if lead_v {
            "dotted-decimal versions require at least three parts"
        } else {
            "non-numeric data"
        }));
    }
    if let Some(bad) = body.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '_')) {
        let _ = bad;
        return Err(invalid("non-numeric data"));
    }
    let alpha = body.contains('_');
    let dots = body.matches('.').count();
    let dotted = lead_v || dots >= 2 || force_qv;
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let parts = if dotted {
        clean
            .split('.')
            .map(|p| p.parse::<i64>().unwrap_or(0))
            .collect::<Vec<_>>()
    } else {
        let (int, frac) = clean.split_once('.').unwrap_or((clean.as_str(), ""));
        let mut parts = vec![int.parse::<i64>().unwrap_or(0)];
        let mut f = frac.to_string();
        while f.len() % 3 != 0 {
            f.push('0');
        }
        for chunk in f.as_bytes().chunks(3) {
            parts.push(
                std::str::from_utf8(chunk)
                    .unwrap_or("0")
                    .parse()
                    .unwrap_or(0),
            );
        }
        parts
    };
    let mut parts = parts;
    while dotted && parts.len() < 3 {
        parts.push(0);
    }
    let original = if dotted && !lead_v && dots < 2 {
        format!("v{s}")
    } else {
        s.to_string()
    };
    Ok(Parsed {
        parts,
        qv: dotted,
        alpha,
        original,
    })
}

fn hkey(s: &str) -> PerlString {
    PerlString::bytes(s.as_bytes())
}

impl Interp {
    /// Registers the `version` class and makes `$^V` a version object.
    pub fn install_version_support(&mut self) {
        for name in ["version::new", "version::parse"] {
            self.register_native(name, |it, a, _| {
                let class = class_of(a);
                let v = a.get(1).cloned().unwrap_or(Value::Undef);
                Ok(vec![it.version_from(&v, false, &class)?])
            });
        }
        for name in ["version::qv", "version::declare"] {
            self.register_native(name, |it, a, _| {
                // `qv("1.2")` as a function or `version->declare("1.2")` as a method
                let (class, v) = if a.len() >= 2 {
                    (class_of(a), a[1].clone())
                } else {
                    (
                        "version".to_string(),
                        a.first().cloned().unwrap_or(Value::Undef),
                    )
                };
                Ok(vec![it.version_from(&v, true, &class)?])
            });
        }
        self.register_native("version::stringify", |it, a, _| {
            Ok(vec![Value::str(&it.version_string(a.first()))])
        });
        self.register_native("version::numify", |it, a, _| {
            let p = it.version_parts(a.first());
            Ok(vec![Value::str(&numify(&p))])
        });
        self.register_native("version::normal", |it, a, _| {
            let p = it.version_parts(a.first());
            Ok(vec![Value::str(&normal(&p))])
        });
        self.register_native("version::is_alpha", |_, a, _| {
            Ok(vec![Value::from_bool(flag(a.first(), "alpha"))])
        });
        self.register_native("version::is_qv", |_, a, _| {
            Ok(vec![Value::from_bool(flag(a.first(), "qv"))])
        });
        self.register_native("version::vcmp", |it, a, _| it.version_cmp_args(a));
        self.register_native("version::(cmp", |it, a, _| it.version_cmp_args(a));
        self.register_native("version::(<=>", |it, a, _| it.version_cmp_args(a));
        self.register_native("version::(\"\"", |it, a, _| {
            Ok(vec![Value::str(&it.version_string(a.first()))])
        });
        self.register_native("version::(0+", |it, a, _| {
            let p = it.version_parts(a.first());
            Ok(vec![Value::str(&numify(&p))])
        });
        self.register_native("version::(bool", |it, a, _| {
            let p = it.version_parts(a.first());
            Ok(vec![Value::from_bool(p.iter().any(|&x| x != 0))])
        });
        let mut table = std::collections::HashMap::new();
        for op in ["cmp", "<=>", "\"\"", "0+", "bool"] {
            let g = self.glob_in("version", &format!("({op}"));
            let code = g.cv.borrow().clone();
            if let Some(code) = code {
                table.insert(op.to_string(), Value::CodeRef(code));
            }
        }
        self.overloads.insert("version".into(), table);
        self.packages.insert("version".into());
        if let Ok(v) = self.version_from(&Value::str("v5.36.0"), false, "version") {
            self.glob_in("main", "^V").sv().put(v);
        }
    }

    /// A version object from a value (a copy when it already is one).
    fn version_from(&mut self, v: &Value, force_qv: bool, class: &str) -> Result<Value, Ctl> {
        let parsed = if is_version_object(v) {
            Parsed {
                parts: self.version_parts(Some(v)),
                qv: flag(Some(v), "qv") || force_qv,
                alpha: flag(Some(v), "alpha"),
                original: self.version_string(Some(v)),
            }
        } else {
            let text = match v {
                Value::Undef => String::new(),
                _ => v.to_string_lossy(),
            };
            match parse_text(&text, force_qv) {
                Ok(p) => p,
                Err(msg) => return Err(self.die_str(&msg)),
            }
        };
        let hv = HvCell::new_hv();
        hv.set(hkey("original"), Value::str(&parsed.original));
        let parts: Vec<Value> = parsed.parts.iter().map(|&p| Value::Int(p)).collect();
        hv.set(
            hkey("version"),
            Value::ArrayRef(crate::value::AvCell::from_values(parts)),
        );
        if parsed.qv {
            hv.set(hkey("qv"), Value::Int(1));
        }
        if parsed.alpha {
            hv.set(hkey("alpha"), Value::Int(1));
        }
        *hv.blessed.borrow_mut() = Some(Rc::from(class));
        self.overloads_present = true;
        Ok(Value::HashRef(hv))
    }

    fn version_parts(&mut self, v: Option<&Value>) -> Vec<i64> {
        if let Some(Value::HashRef(h)) = v {
            if let Some(Value::ArrayRef(a)) = h.get(&hkey("version")) {
                let n = a.len();
                return (0..n)
                    .map(|i| a.get(i).map(|x| x.to_i64()).unwrap_or(0))
                    .collect();
            }
        }
        vec![0]
    }

    fn version_string(&mut self, v: Option<&Value>) -> String {
        if let Some(Value::HashRef(h)) = v {
            if let Some(o) = h.get(&hkey("original")) {
                return o.to_string_lossy();
            }
        }
        let p = self.version_parts(v);
        if flag(v, "qv") {
            normal(&p)
        } else {
            numify(&p)
        }
    }

    /// The overloaded comparison: `(left, right, swapped)`; a right side that is not a
    /// version object is parsed as one.
    fn version_cmp_args(&mut self, a: &[Value]) -> Result<Vec<Value>, Ctl> {
        let l = self.version_parts(a.first());
        let r = a.get(1).cloned().unwrap_or(Value::Undef);
        let r = if is_version_object(&r) {
            r
        } else {
            self.version_from(&r, false, "version")?
        };
        let r = self.version_parts(Some(&r));
        let mut ord = compare(&l, &r);
        if a.get(2).is_some_and(|s| s.truthy()) {
            ord = ord.reverse();
        }
        Ok(vec![Value::Int(ord as i64)])
    }
}

/// `sprintf "%vd"` of a version object prints its components.
pub fn version_vector(v: &Value) -> Option<PerlString> {
    if !is_version_object(v) {
        return None;
    }
    let Value::HashRef(h) = v else { return None };
    let Some(Value::ArrayRef(a)) = h.get(&hkey("version")) else {
        return None;
    };
    let s: String = (0..a.len())
        .filter_map(|i| a.get(i))
        .filter_map(|x| char::from_u32(x.to_i64() as u32))
        .collect();
    Some(PerlString::from_utf8_text(&s))
}

fn is_version_object(v: &Value) -> bool {
    matches!(v, Value::HashRef(_)) && v.blessed().is_some_and(|c| &*c == "version")
}

fn class_of(a: &[Value]) -> String {
    match a.first() {
        Some(v) if v.is_ref() => v.blessed().map(|c| c.to_string()),
        Some(v) => Some(v.to_string_lossy()),
        None => None,
    }
    .unwrap_or_else(|| "version".into())
}

fn flag(v: Option<&Value>, key: &str) -> bool {
    match v {
        Some(Value::HashRef(h)) => h.get(&hkey(key)).is_some_and(|x| x.truthy()),
        _ => false,
    }
}

fn compare(l: &[i64], r: &[i64]) -> Ordering {
    let n = l.len().max(r.len());
    for i in 0..n {
        let (a, b) = (
            l.get(i).copied().unwrap_or(0),
            r.get(i).copied().unwrap_or(0),
        );
        match a.cmp(&b) {
            Ordering::Equal => {}
            o => return o,
        }
    }
    Ordering::Equal
}

/// `1.002003`: the first component, then each later one as three digits.
fn numify(p: &[i64]) -> String {
    let mut s = format!("{}.", p.first().copied().unwrap_or(0));
    if p.len() < 2 {
        s.push_str("000");
    }
    for x in p.iter().skip(1) {
        s.push_str(&format!("{x:03}"));
    }
    s
}

/// `v1.2.3`, padded to at least three components.
fn normal(p: &[i64]) -> String {
    let mut parts: Vec<String> = p.iter().map(|x| x.to_string()).collect();
    while parts.len() < 3 {
        parts.push("0".into());
    }
    format!("v{}", parts.join("."))
}
