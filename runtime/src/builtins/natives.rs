//! Native subs the interpreter provides: the `Internals::Caravan::*` hooks the shipped
//! pure-Perl modules call (see `stdlib/perl5lib/NATIVE_HOOKS.md`), `warnings::*`, `mro`.

use crate::compile::node::Ctx;
use crate::exec::R;
use crate::interp::Interp;
use crate::value::{PerlString, Value};
use std::rc::Rc;

fn arg(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or(Value::Undef)
}

fn one(v: Value) -> R<Vec<Value>> {
    Ok(vec![v])
}

/// Subs available without `use`.
pub fn install_core(it: &mut Interp) {
    let h = "Internals::Caravan::";
    let reg = |it: &mut Interp, name: &str, f: fn(&mut Interp, &[Value], Ctx) -> R<Vec<Value>>| {
        it.register_native(&format!("{h}{name}"), f);
    };
    reg(it, "blessed", |_, a, _| {
        one(match arg(a, 0).blessed() {
            Some(p) if arg(a, 0).is_ref() => Value::str(&p),
            _ => Value::Undef,
        })
    });
    reg(it, "reftype", |_, a, _| {
        let v = arg(a, 0);
        one(if v.is_ref() {
            Value::str(match &v {
                Value::Regex(_) => "REGEXP",
                other => other.ref_type(),
            })
        } else {
            Value::Undef
        })
    });
    reg(it, "refaddr", |_, a, _| {
        let v = arg(a, 0);
        one(if v.is_ref() {
            Value::Int(v.ref_addr() as i64)
        } else {
            Value::Undef
        })
    });
    reg(it, "looks_like_number", |_, a, _| {
        one(Value::from_bool(match arg(a, 0) {
            Value::Undef => false,
            Value::Int(_) | Value::UInt(_) | Value::Num(_) => true,
            Value::Str(s) => crate::num::looks_like_number(&s.bytes),
            Value::Dual(_) => true,
            v => v.is_ref(),
        }))
    });
    reg(it, "weaken", |it, _, _| {
        if let Some(c) = first_arg_cell(it) {
            c.weaken();
        }
        crate::interp::destroy::run_pending(it);
        Ok(vec![])
    });
    reg(it, "unweaken", |it, _, _| {
        if let Some(c) = first_arg_cell(it) {
            if c.is_weak() {
                let strong = c.get();
                c.put(strong);
            }
        }
        Ok(vec![])
    });
    reg(it, "isweak", |it, _, _| {
        one(Value::from_bool(
            first_arg_cell(it).is_some_and(|c| c.is_weak()),
        ))
    });
    reg(it, "dualvar", |_, a, _| {
        let n = arg(a, 0).to_num().to_value();
        one(Value::Dual(Rc::new(crate::value::Dual {
            num: n,
            str: arg(a, 1).to_pstr().into_owned(),
        })))
    });
    reg(it, "isdual", |_, a, _| {
        one(Value::from_bool(matches!(arg(a, 0), Value::Dual(_))))
    });
    reg(it, "readonly", |it, _, _| {
        let ro = it
            .native_args
            .as_ref()
            .and_then(|a| {
                a.v.borrow()
                    .front()
                    .map(|c| c.readonly() || c.was_readonly())
            })
            .unwrap_or(false);
        one(Value::from_bool(ro))
    });
    reg(it, "isvstring", |_, _, _| one(Value::from_bool(false)));
    reg(it, "set_prototype", |_, a, _| {
        if let Value::CodeRef(c) = arg(a, 0) {
            let p = arg(a, 1);
            *c.proto.borrow_mut() = if p.is_undef() {
                None
            } else {
                Some(Rc::from(p.to_string_lossy().as_str()))
            };
        }
        Ok(vec![])
    });
    reg(it, "sub_name", |_, a, _| {
        one(match arg(a, 0) {
            Value::CodeRef(c) => Value::str(&c.name.borrow()),
            _ => Value::Undef,
        })
    });
    reg(it, "set_sub_name", |_, a, _| {
        if let Value::CodeRef(c) = arg(a, 0) {
            *c.name.borrow_mut() = Rc::from(arg(a, 1).to_string_lossy().as_str());
        }
        Ok(vec![])
    });
    reg(it, "sv_flags", |_, a, _| {
        one(Value::str(match arg(a, 0) {
            Value::Int(_) | Value::UInt(_) => "I",
            Value::Num(_) => "N",
            Value::Str(_) => "P",
            Value::Dual(_) => "IP",
            Value::Undef => "",
            _ => "",
        }))
    });
    reg(it, "is_numeric_sv", |_, a, _| {
        one(Value::from_bool(matches!(
            arg(a, 0),
            Value::Int(_) | Value::UInt(_) | Value::Num(_)
        )))
    });
    reg(it, "math", math);
    reg(it, "strftime", |_, a, _| {
        let fmt = arg(a, 0).to_string_lossy();
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        tm.tm_sec = arg(a, 1).to_i64() as i32;
        tm.tm_min = arg(a, 2).to_i64() as i32;
        tm.tm_hour = arg(a, 3).to_i64() as i32;
        tm.tm_mday = arg(a, 4).to_i64() as i32;
        tm.tm_mon = arg(a, 5).to_i64() as i32;
        tm.tm_year = arg(a, 6).to_i64() as i32;
        tm.tm_isdst = a.get(9).map(|v| v.to_i64() as i32).unwrap_or(-1);
        // Normalise like perl's mini_mktime (timegm keeps the fields in UTC terms).
        let mut norm = tm;
        let t = unsafe { libc::timegm(&mut norm) };
        let mut out: libc::tm = unsafe { std::mem::zeroed() };
        unsafe { libc::gmtime_r(&t, &mut out) };
        out.tm_isdst = tm.tm_isdst;
        let mut buf = vec![0u8; 1024];
        let cfmt = std::ffi::CString::new(fmt).unwrap_or_default();
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                buf.len(),
                cfmt.as_ptr(),
                &out,
            )
        };
        buf.truncate(n);
        one(Value::bytes(buf))
    });
    reg(it, "mktime", |it, a, _| {
        super::misc::sync_tz(it);
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        tm.tm_sec = arg(a, 0).to_i64() as i32;
        tm.tm_min = arg(a, 1).to_i64() as i32;
        tm.tm_hour = arg(a, 2).to_i64() as i32;
        tm.tm_mday = arg(a, 3).to_i64() as i32;
        tm.tm_mon = arg(a, 4).to_i64() as i32;
        tm.tm_year = arg(a, 5).to_i64() as i32;
        tm.tm_isdst = a.get(8).map(|v| v.to_i64() as i32).unwrap_or(-1);
        let t = unsafe { libc::mktime(&mut tm) };
        one(if t == -1 {
            Value::Undef
        } else {
            Value::Int(t as i64)
        })
    });
    reg(it, "_exit", |it, a, _| {
        let _ = it;
        unsafe { libc::_exit(arg(a, 0).to_i64() as i32) }
    });
    reg(it, "uname", |_, _, _| {
        let mut u: libc::utsname = unsafe { std::mem::zeroed() };
        unsafe { libc::uname(&mut u) };
        let f = |s: &[libc::c_char]| {
            let b: Vec<u8> = s
                .iter()
                .take_while(|c| **c != 0)
                .map(|c| *c as u8)
                .collect();
            Value::bytes(b)
        };
        Ok(vec![
            f(&u.sysname),
            f(&u.nodename),
            f(&u.release),
            f(&u.version),
            f(&u.machine),
        ])
    });
    reg(it, "getcwd", |_, _, _| {
        one(match std::env::current_dir() {
            Ok(p) => Value::text(&p.to_string_lossy()),
            Err(_) => Value::Undef,
        })
    });
    reg(it, "realpath", |_, a, _| {
        one(match std::fs::canonicalize(arg(a, 0).to_string_lossy()) {
            Ok(p) => Value::text(&p.to_string_lossy()),
            Err(_) => Value::Undef,
        })
    });
    reg(it, "time_hires", |_, _, _| {
        let d = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        one(Value::Num(d.as_secs_f64()))
    });
    reg(it, "sleep_hires", |it, a, _| {
        it.flush_all();
        let s = arg(a, 0).to_f64().max(0.0);
        std::thread::sleep(std::time::Duration::from_secs_f64(s));
        one(Value::Num(s))
    });
    reg(it, "value_readonly", |_, a, _| {
        if let Value::ScalarRef(cell) = arg(a, 0) {
            cell.set_readonly(arg(a, 1).truthy());
        }
        Ok(vec![])
    });
    reg(it, "make_constant", |it, a, _| {
        let full = arg(a, 0).to_string_lossy();
        it.define_constant(&full, a.iter().skip(1).cloned().collect());
        Ok(vec![])
    });
    reg(it, "hash_swap", |_, a, _| {
        if let (Value::HashRef(x), Value::HashRef(y)) = (arg(a, 0), arg(a, 1)) {
            if !Rc::ptr_eq(&x, &y) {
                std::mem::swap(&mut *x.v.borrow_mut(), &mut *y.v.borrow_mut());
            }
        }
        Ok(vec![])
    });

    // Pragmas imported from another module's import act on the scope being compiled.
    for pragma in ["strict", "warnings", "feature", "integer"] {
        for (method, on) in [("import", true), ("unimport", false)] {
            let f: fn(&mut Interp, &[Value], Ctx) -> R<Vec<Value>> = if on {
                |it, a, _| record_pragma(it, a, true)
            } else {
                |it, a, _| record_pragma(it, a, false)
            };
            it.register_native(&format!("{pragma}::{method}"), f);
        }
    }

    // warnings:: functions used by modules.
    it.register_native("warnings::enabled", |it, _, _| {
        one(Value::from_bool(caller_warns(it)))
    });
    it.register_native("warnings::fatal_enabled", |_, _, _| {
        one(Value::from_bool(false))
    });
    it.register_native("warnings::register_categories", |_, _, _| Ok(vec![]));
    it.register_native("warnings::warn", |it, a, _| {
        let msg = a.last().cloned().unwrap_or(Value::Undef);
        warn_like_carp(it, msg);
        Ok(vec![])
    });
    it.register_native("warnings::warnif", |it, a, _| {
        if caller_warns(it) {
            let msg = a.last().cloned().unwrap_or(Value::Undef);
            warn_like_carp(it, msg);
        }
        Ok(vec![])
    });
    it.register_native("mro::get_linear_isa", |it, a, _| {
        let class = arg(a, 0).to_string_lossy();
        let mut order = vec![class.clone()];
        let mut i = 0;
        while i < order.len() {
            let parents = it.isa_list(&order[i].clone());
            let mut at = i + 1;
            for p in parents {
                if !order.contains(&p) {
                    order.insert(at, p);
                    at += 1;
                }
            }
            i += 1;
        }
        one(Value::ArrayRef(crate::value::AvCell::from_values(
            order.iter().map(|s| Value::str(s)),
        )))
    });
    it.register_native("mro::set_mro", |_, _, _| Ok(vec![]));
    it.register_native("mro::get_mro", |_, _, _| one(Value::str("dfs")));
}

fn record_pragma(it: &mut Interp, a: &[Value], on: bool) -> R<Vec<Value>> {
    let module = arg(a, 0).to_string_lossy();
    let args = a.iter().skip(1).map(|v| v.to_string_lossy()).collect();
    it.pending_pragmas.push((module, on, args));
    Ok(vec![])
}

/// Whether `use warnings` is on where the module was called from: perl's
/// `warnings::enabled` looks at the first caller outside the calling module's package.
fn caller_warns(it: &Interp) -> bool {
    let Some(top) = it.callers.last() else {
        return it.warn_on;
    };
    let module = top.sub.rsplit_once("::").map(|(p, _)| p).unwrap_or(&it.pkg);
    it.callers
        .iter()
        .rev()
        .find(|f| &*f.pkg != module && !f.is_eval)
        .map(|f| f.warn)
        .unwrap_or(it.warn_on)
}

fn warn_like_carp(it: &mut Interp, msg: Value) {
    let mut s = msg.to_pstr().into_owned();
    if s.bytes.last() != Some(&b'\n') {
        // Reported at the caller of the module's caller, like carp.
        let (file, line) = it
            .callers
            .iter()
            .rev()
            .nth(1)
            .map(|c| (c.file.to_string(), c.line))
            .unwrap_or((it.file.to_string(), it.line));
        s.push_pstr(&PerlString::from_utf8_text(&format!(
            " at {file} line {line}.\n"
        )));
    }
    it.warn_value(Value::pstr(s));
}

fn math(it: &mut Interp, a: &[Value], _: Ctx) -> R<Vec<Value>> {
    let name = arg(a, 0).to_string_lossy();
    let x = arg(a, 1).to_f64();
    let y = arg(a, 2).to_f64();
    let f = |v: f64| Ok(vec![Value::Num(v)]);
    let i = |v: i64| Ok(vec![Value::Int(v)]);
    let b = |v: bool| Ok(vec![Value::Int(v as i64)]);
    {
        match name.as_str() {
            "acos" => f(x.acos()),
            "asin" => f(x.asin()),
            "atan" => f(x.atan()),
            "ceil" => f(x.ceil()),
            "cosh" => f(x.cosh()),
            "floor" => f(x.floor()),
            "log10" => f(x.log10()),
            "sinh" => f(x.sinh()),
            "tan" => f(x.tan()),
            "tanh" => f(x.tanh()),
            "acosh" => f(x.acosh()),
            "asinh" => f(x.asinh()),
            "atanh" => f(x.atanh()),
            "cbrt" => f(x.cbrt()),
            "erf" => f(libc_erf(x)),
            "erfc" => f(1.0 - libc_erf(x)),
            "exp2" => f(x.exp2()),
            "expm1" => f(x.exp_m1()),
            "log1p" => f(x.ln_1p()),
            "log2" => f(x.log2()),
            "logb" => f(x.abs().log2().floor()),
            "rint" | "nearbyint" => f(x.round_ties_even()),
            "round" => f(x.round()),
            "trunc" => f(x.trunc()),
            "tgamma" | "lgamma" => f(x),
            "fmod" => f(x % y),
            "copysign" => f(x.copysign(y)),
            "fdim" => f(if x > y { x - y } else { 0.0 }),
            "fmax" => f(x.max(y)),
            "fmin" => f(x.min(y)),
            "hypot" => f(x.hypot(y)),
            "ldexp" | "scalbn" => f(x * 2f64.powi(y as i32)),
            "remainder" => f(x - (x / y).round_ties_even() * y),
            "nextafter" => f(libc_nextafter(x, y)),
            "fma" => f(x.mul_add(y, arg(a, 3).to_f64())),
            "ilogb" => i(x.abs().log2().floor() as i64),
            "lrint" => i(x.round_ties_even() as i64),
            "lround" => i(x.round() as i64),
            "isfinite" => b(x.is_finite()),
            "isinf" => b(x.is_infinite()),
            "isnan" => b(x.is_nan()),
            "isnormal" => b(x.is_normal()),
            "signbit" => b(x.is_sign_negative()),
            "isgreater" => b(x > y),
            "isgreaterequal" => b(x >= y),
            "isless" => b(x < y),
            "islessequal" => b(x <= y),
            "islessgreater" => b(x != y && !x.is_nan() && !y.is_nan()),
            "isunordered" => b(x.is_nan() || y.is_nan()),
            "frexp" => {
                if x == 0.0 || !x.is_finite() {
                    return Ok(vec![Value::Num(x), Value::Int(0)]);
                }
                let e = x.abs().log2().floor() as i32 + 1;
                Ok(vec![Value::Num(x / 2f64.powi(e)), Value::Int(e as i64)])
            }
            "modf" => Ok(vec![Value::Num(x.fract()), Value::Num(x.trunc())]),
            _ => Err(it.die_str(&format!("POSIX::{name} not implemented"))),
        }
    }
}

fn libc_erf(x: f64) -> f64 {
    // Abramowitz-Stegun 7.1.26 is too coarse; use the series/continued fraction split.
    let t = 1.0 / (1.0 + 0.5 * x.abs());
    let y = 1.0
        - t * (-x * x - 1.26551223
            + t * (1.00002368
                + t * (0.37409196
                    + t * (0.09678418
                        + t * (-0.18628806
                            + t * (0.27886807
                                + t * (-1.13520398
                                    + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
            .exp();
    if x >= 0.0 {
        y
    } else {
        -y
    }
}

fn libc_nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return if y > 0.0 {
            f64::from_bits(1)
        } else {
            -f64::from_bits(1)
        };
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// Installs a native module's subs; false when we don't provide it natively.
pub fn load(_it: &mut Interp, module: &str) -> bool {
    matches!(
        module,
        "warnings::register" | "mro" | "overload" | "XSLoader" | "DynaLoader"
            // in-memory handles are built in
            | "PerlIO::scalar"
    )
}

/// Natives run without an `@_` of their own: `$_[0]` is the first argument of the perl
/// wrapper that called them (Scalar::Util's `weaken($)`), an alias of the caller's variable.
fn first_arg_cell(it: &mut Interp) -> Option<crate::value::Sv> {
    it.underscore.av().v.borrow().front().cloned()
}
