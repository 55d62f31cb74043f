//! `UNIVERSAL` methods (isa, can, DOES, VERSION), the native `Exporter`, and the table of
//! modules provided natively (XS modules in perl: List::Util, Scalar::Util, POSIX, ...).

use crate::compile::node::Ctx;
use crate::exec::{Ctl, R};
use crate::interp::Interp;
use crate::value::{PerlString, Value};

pub fn install(it: &mut Interp) {
    it.register_native("UNIVERSAL::isa", |it, a, _| {
        let (Some(obj), Some(class)) = (a.first(), a.get(1)) else {
            return Ok(vec![Value::from_bool(false)]);
        };
        let target = class.to_string_lossy();
        if target == "UNIVERSAL" && (obj.blessed().is_some() || (!obj.is_ref() && !obj.is_undef()))
        {
            return Ok(vec![Value::from_bool(true)]);
        }
        let r = match obj.blessed() {
            Some(p) => it.isa(&p, &target),
            None if obj.is_ref() => obj.ref_type() == target,
            // A class name whose package does not exist isa nothing (perl: no stash).
            None => {
                let c = obj.to_string_lossy();
                it.package_exists(&c) && it.isa(&c, &target)
            }
        };
        Ok(vec![Value::from_bool(r)])
    });
    it.register_native("UNIVERSAL::DOES", |it, a, ctx| {
        let f = it
            .find_glob("UNIVERSAL", "isa")
            .and_then(|g| g.cv())
            .unwrap();
        let mut out = Vec::new();
        it.call_sub(
            &f,
            crate::value::AvCell::from_values(a.to_vec()),
            ctx,
            &mut out,
        )?;
        Ok(out)
    });
    it.register_native("UNIVERSAL::can", |it, a, _| {
        let (Some(obj), Some(m)) = (a.first(), a.get(1)) else {
            return Ok(vec![Value::Undef]);
        };
        let class = match obj.blessed() {
            Some(p) => p.to_string(),
            None if obj.is_ref() => return Ok(vec![Value::Undef]),
            None => obj.to_string_lossy(),
        };
        let m = m.to_string_lossy();
        Ok(vec![match it.resolve_method(&class, &m) {
            Some(c) => Value::CodeRef(c),
            None => Value::from_bool(false),
        }])
    });
    it.register_native("UNIVERSAL::VERSION", |it, a, _| {
        let class = match a.first() {
            Some(o) => o
                .blessed()
                .map(|p| p.to_string())
                .unwrap_or_else(|| o.to_string_lossy()),
            None => return Ok(vec![Value::Undef]),
        };
        let v = it
            .find_glob(&class, "VERSION")
            .map(|g| g.sv().get())
            .unwrap_or(Value::Undef);
        if let Some(want) = a.get(1) {
            if v.is_undef() {
                let msg = if it.package_exists(&class) {
                    format!("{class} does not define ${class}::VERSION--version check failed")
                } else {
                    format!("{class} defines neither package nor VERSION--version check failed")
                };
                return Err(it.die_str(&msg));
            }
            let (req, have) = (ModuleVersion::of(want), ModuleVersion::of(&v));
            if req.parts_cmp(&have) == std::cmp::Ordering::Greater {
                let (r, h) = if req.dotted {
                    (req.normal(), have.normal())
                } else {
                    (req.text, have.text)
                };
                return Err(it.die_str(&format!(
                    "{class} version {r} required--this is only version {h}"
                )));
            }
        }
        Ok(vec![v])
    });
    it.register_native("Exporter::import", exporter_import);
    // `PerlIO::Layer->find(NAME)`: the layers Caravan's handles understand (perl's tests
    // skip themselves without `perlio`)
    it.register_native("PerlIO::Layer::find", |_, a, _| {
        let name = a.get(1).map(|v| v.to_string_lossy()).unwrap_or_default();
        let known = matches!(
            name.as_str(),
            "perlio" | "stdio" | "unix" | "crlf" | "utf8" | "bytes" | "raw" | "pop" | "scalar"
        );
        Ok(vec![Value::from_bool(known)])
    });
    // a module file from perl's library that needs its XS half: the error perl gives when
    // the shared object is missing (callers that have a pure-Perl fallback catch it)
    it.register_native("XSLoader::load", |it, a, _| {
        let module = match a.first() {
            Some(m) => m.to_string_lossy(),
            None => it
                .callers
                .last()
                .map(|c| c.pkg.to_string())
                .unwrap_or_default(),
        };
        Err(it.die_str(&format!(
            "Can't locate loadable object for module {module} in @INC"
        )))
    });
    // `bytes::length` and friends (the `bytes` pragma itself is compiled in)
    it.register_native("bytes::length", |_, a, _| {
        let v = a.first().cloned().unwrap_or(Value::Undef);
        if v.is_undef() {
            return Ok(vec![Value::Undef]);
        }
        Ok(vec![Value::Int(v.to_pstr().bytes.len() as i64)])
    });
    // `utf8->import` called as a method (Locale::Maketext does, in a BEGIN): the pragma
    // itself is handled by the compiler; a run-time call has nothing left to do.
    for name in ["utf8::import", "utf8::unimport"] {
        it.register_native(name, |_, _, _| Ok(vec![]));
    }
    // on an ASCII platform native code points are Unicode ones
    for name in ["utf8::unicode_to_native", "utf8::native_to_unicode"] {
        it.register_native(name, |_, a, _| {
            Ok(vec![a
                .first()
                .map_or(Value::Undef, |v| Value::Int(v.to_i64()))])
        });
    }
    // perl's own tests tell a full perl from miniperl by this sub being defined
    it.register_native("DynaLoader::boot_DynaLoader", |_, _, _| Ok(vec![]));
    it.register_native("Internals::SvREADONLY", |_, _, _| Ok(vec![Value::Int(1)]));
    it.register_native("utf8::upgrade", |_, a, _| {
        Ok(vec![Value::Int(a.len() as i64)])
    });
    it.register_native("utf8::downgrade", |_, _, _| Ok(vec![Value::Int(1)]));
    it.register_native("utf8::is_utf8", |_, a, _| {
        Ok(vec![Value::from_bool(
            matches!(a.first(), Some(Value::Str(s)) if s.utf8),
        )])
    });
    it.register_native("utf8::encode", |_, _, _| Ok(vec![]));
    it.register_native("utf8::decode", |_, _, _| Ok(vec![Value::Int(1)]));
    for m in [
        "strict", "warnings", "utf8", "feature", "vars", "integer", "Exporter",
    ] {
        it.inc.hv().set(
            PerlString::bytes(format!("{}.pm", m.replace("::", "/")).as_bytes()),
            Value::str(&format!("(native)/{m}.pm")),
        );
    }
    crate::builtins::natives::install_core(it);
}

/// Modules we provide natively instead of loading perl's XS-backed files.
pub fn native_module(it: &mut Interp, module: &str) -> bool {
    crate::builtins::natives::load(it, module)
}

/// `Exporter::import`: @EXPORT, @EXPORT_OK, %EXPORT_TAGS.
fn exporter_import(it: &mut Interp, a: &[Value], _: Ctx) -> R<Vec<Value>> {
    let Some(pkg) = a.first() else {
        return Ok(vec![]);
    };
    let pkg = pkg.to_string_lossy();
    let target = it
        .callers
        .last()
        .map(|c| c.pkg.to_string())
        .unwrap_or_else(|| "main".into());
    let export: Vec<String> = it
        .find_glob(&pkg, "EXPORT")
        .map(|g| {
            g.av()
                .values()
                .iter()
                .map(|v| v.to_string_lossy())
                .collect()
        })
        .unwrap_or_default();
    let export_ok: Vec<String> = it
        .find_glob(&pkg, "EXPORT_OK")
        .map(|g| {
            g.av()
                .values()
                .iter()
                .map(|v| v.to_string_lossy())
                .collect()
        })
        .unwrap_or_default();
    let mut names: Vec<String> = Vec::new();
    if a.len() == 1 {
        names = export.clone();
    } else {
        for v in &a[1..] {
            let n = v.to_string_lossy();
            if let Some(tag) = n.strip_prefix(':') {
                if tag == "all" || tag == "ALL" {
                    names.extend(export.iter().cloned());
                    names.extend(export_ok.iter().cloned());
                    continue;
                }
                if tag == "DEFAULT" {
                    names.extend(export.iter().cloned());
                    continue;
                }
                let tags = it.find_glob(&pkg, "EXPORT_TAGS").map(|g| g.hv());
                let list = tags
                    .and_then(|h| h.get(&PerlString::bytes(tag.as_bytes())))
                    .and_then(|v| match v {
                        Value::ArrayRef(av) => Some(av.values()),
                        _ => None,
                    });
                match list {
                    Some(l) => names.extend(l.iter().map(|v| v.to_string_lossy())),
                    None => {
                        return Err(
                            it.die_str(&format!("\"{tag}\" is not defined in %{pkg}::EXPORT_TAGS"))
                        )
                    }
                }
            } else {
                let bare = n.trim_start_matches('&');
                if pkg == "Exporter" {
                    names.push(n);
                    continue;
                }
                if !export
                    .iter()
                    .chain(export_ok.iter())
                    .any(|e| e.trim_start_matches('&') == bare)
                {
                    return Err(it.die_str(&format!(
                        "\"{bare}\" is not exported by the {pkg} module\nCan't continue after import errors"
                    )));
                }
                names.push(n);
            }
        }
    }
    for n in names {
        if pkg == "Exporter" && (n == "import" || n == "&import") {
            import_symbol(it, "Exporter", &target, "import");
            continue;
        }
        import_symbol(it, &pkg, &target, &n);
    }
    Ok(vec![])
}

/// Aliases `$pkg::name` (by sigil) into `target`.
pub fn import_symbol(it: &mut Interp, pkg: &str, target: &str, n: &str) {
    let (sigil, name) = match n.chars().next() {
        Some(c @ ('$' | '@' | '%' | '&' | '*')) => (c, &n[1..]),
        _ => ('&', n),
    };
    let src = it.glob_in(pkg, name);
    let dst = it.glob_in(target, name);
    match sigil {
        '$' => *dst.sv.borrow_mut() = src.sv(),
        '@' => *dst.av.borrow_mut() = src.av(),
        '%' => *dst.hv.borrow_mut() = src.hv(),
        '*' => {
            *dst.sv.borrow_mut() = src.sv();
            *dst.av.borrow_mut() = src.av();
            *dst.hv.borrow_mut() = src.hv();
            *dst.cv.borrow_mut() = src.cv();
        }
        _ => {
            let c = it.code_of_glob(&src);
            *dst.cv.borrow_mut() = Some(c);
        }
    }
    if sigil != '&' {
        it.declare_global(sigil, target, name);
    }
    it.invalidate_method_cache();
}

#[allow(dead_code)]
fn unused(_: Ctl) {}

/// A module version as `UNIVERSAL::VERSION` compares it: dotted (`v1.2.3`, `1.2.3`, a
/// v-string) or decimal (`1.025` is 1.25.0: the fraction in groups of three digits).
struct ModuleVersion {
    parts: Vec<u64>,
    dotted: bool,
    /// How it stringifies in messages (as written).
    text: String,
}

impl ModuleVersion {
    fn of(v: &Value) -> ModuleVersion {
        let text = v.to_string_lossy();
        // A v-string literal arrives as its characters (`v1.2` is "\x01\x02").
        if !text.is_empty() && text.chars().all(|c| (c as u32) < 32) {
            let parts: Vec<u64> = text.chars().map(|c| c as u64).collect();
            let shown = parts.iter().map(u64::to_string).collect::<Vec<_>>();
            return ModuleVersion {
                parts,
                dotted: true,
                text: format!("v{}", shown.join(".")),
            };
        }
        let clean: String = text.trim().chars().filter(|&c| c != '_').collect();
        let dotted = clean.starts_with('v') || clean.matches('.').count() > 1;
        let num = |s: &str| -> u64 {
            s.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .unwrap_or(0)
        };
        let parts = if dotted {
            clean.trim_start_matches('v').split('.').map(num).collect()
        } else {
            let (int, frac) = clean.split_once('.').unwrap_or((&clean, ""));
            let frac: String = frac.chars().take_while(char::is_ascii_digit).collect();
            let mut parts = vec![num(int)];
            for chunk in frac.as_bytes().chunks(3) {
                let mut group = String::from_utf8_lossy(chunk).into_owned();
                while group.len() < 3 {
                    group.push('0');
                }
                parts.push(group.parse().unwrap_or(0));
            }
            parts
        };
        ModuleVersion {
            parts,
            dotted,
            text,
        }
    }

    fn parts_cmp(&self, other: &ModuleVersion) -> std::cmp::Ordering {
        let n = self.parts.len().max(other.parts.len());
        let at = |p: &[u64], i: usize| p.get(i).copied().unwrap_or(0);
        (0..n)
            .map(|i| at(&self.parts, i).cmp(&at(&other.parts, i)))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    }

    /// perl's normal form: `v1.250.0` (at least three components).
    fn normal(&self) -> String {
        let mut parts = self.parts.clone();
        while parts.len() < 3 {
            parts.push(0);
        }
        let shown: Vec<String> = parts.iter().map(u64::to_string).collect();
        format!("v{}", shown.join("."))
    }
}
