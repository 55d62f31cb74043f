//! Miscellaneous builtins: ref/bless, die/warn/exit, numeric functions, time, caller,
//! require, sprintf fallback.

use super::BFn;
use crate::compile::node::{Ctx, Node};
use crate::exec::{Ctl, R};
use crate::interp::Interp;
use crate::value::{PerlString, Value};

pub fn lookup(name: &str) -> Option<BFn> {
    Some(match name {
        "ref" => BFn::S(ref_),
        "bless" => BFn::S(bless),
        "die" => BFn::S(die),
        "warn" => BFn::S(warn),
        "exit" => BFn::S(|i, a| {
            let code = match a.first() {
                Some(x) => i.sv(x)?.to_i64() as i32,
                None => 0,
            };
            Err(Ctl::Exit(code))
        }),
        "abs" => BFn::S(|i, a| {
            let v = i.arg_or_underscore(a)?;
            Ok(match i.num_of(&v, "abs") {
                crate::value::Num::I(n) => Value::uint(n.unsigned_abs()),
                crate::value::Num::U(n) => Value::UInt(n),
                crate::value::Num::F(f) => Value::Num(f.abs()),
            })
        }),
        "int" => BFn::S(|i, a| {
            let v = i.arg_or_underscore(a)?;
            Ok(match i.num_of(&v, "int") {
                crate::value::Num::I(n) => Value::Int(n),
                crate::value::Num::U(n) => Value::UInt(n),
                // perl's pp_int: an NV in the IV/UV range becomes an integer.
                crate::value::Num::F(f) => {
                    let t = f.trunc();
                    if (-9223372036854775808.0..18446744073709551616.0).contains(&t) {
                        if t < 0.0 {
                            Value::Int(t as i64)
                        } else {
                            Value::uint(t as u64)
                        }
                    } else {
                        Value::Num(t)
                    }
                }
            })
        }),
        "sqrt" => BFn::S(|i, a| {
            let f = i.arg_or_underscore(a)?.to_f64();
            if f < 0.0 {
                return Err(i.die_str(&format!("Can't take sqrt of {}", crate::num::format_nv(f))));
            }
            Ok(Value::Num(f.sqrt()))
        }),
        "sin" => BFn::S(|i, a| Ok(Value::Num(i.arg_or_underscore(a)?.to_f64().sin()))),
        "cos" => BFn::S(|i, a| Ok(Value::Num(i.arg_or_underscore(a)?.to_f64().cos()))),
        "exp" => BFn::S(|i, a| Ok(Value::Num(i.arg_or_underscore(a)?.to_f64().exp()))),
        "log" => BFn::S(|i, a| {
            let f = i.arg_or_underscore(a)?.to_f64();
            if f <= 0.0 {
                return Err(i.die_str(&format!("Can't take log of {}", crate::num::format_nv(f))));
            }
            Ok(Value::Num(f.ln()))
        }),
        "atan2" => BFn::S(|i, a| {
            let y = i.sv(&a[0])?.to_f64();
            let x = i.sv(&a[1])?.to_f64();
            Ok(Value::Num(y.atan2(x)))
        }),
        "rand" => BFn::S(|i, a| {
            let max = match a.first() {
                Some(x) => i.sv(x)?.to_f64(),
                None => 1.0,
            };
            let max = if max == 0.0 { 1.0 } else { max };
            let r = i.next_rand();
            Ok(Value::Num(r * max))
        }),
        "srand" => BFn::S(|i, a| {
            let seed = match a.first() {
                Some(x) => i.sv(x)?.to_i64() as u64,
                None => i.start_time as u64 ^ std::process::id() as u64,
            };
            i.seed_rand(seed);
            Ok(Value::Int(seed as i64))
        }),
        "time" => BFn::S(|_, _| {
            Ok(Value::Int(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs() as i64)
                    .unwrap_or(0),
            ))
        }),
        "times" => BFn::L(|_, _, ctx, out| {
            let mut t: libc::tms = unsafe { std::mem::zeroed() };
            unsafe { libc::times(&mut t) };
            let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
            let v = [t.tms_utime, t.tms_stime, t.tms_cutime, t.tms_cstime];
            if ctx == Ctx::List {
                out.extend(v.iter().map(|x| Value::Num(*x as f64 / hz)));
            } else {
                out.push(Value::Num(v[0] as f64 / hz));
            }
            Ok(())
        }),
        "localtime" => BFn::L(|i, a, c, o| time_parts(i, a, c, o, true)),
        "gmtime" => BFn::L(|i, a, c, o| time_parts(i, a, c, o, false)),
        "sleep" => BFn::S(|i, a| {
            let n = match a.first() {
                Some(x) => i.sv(x)?.to_f64(),
                None => 1e9,
            };
            i.flush_all();
            // nanosleep, not std's sleep: a signal must cut the sleep short (perl returns
            // the whole seconds slept) and run its handler at once.
            let start = std::time::Instant::now();
            let secs = n.max(0.0);
            let req = libc::timespec {
                tv_sec: secs.trunc() as libc::time_t,
                tv_nsec: 0,
            };
            unsafe { libc::nanosleep(&req, std::ptr::null_mut()) };
            let slept = start.elapsed().as_secs_f64().round() as i64;
            i.dispatch_signals()?;
            Ok(Value::Int(slept))
        }),
        "caller" => BFn::L(caller),
        "(globslot)" => BFn::S(glob_slot),
        "require" => BFn::S(require),
        "pos" => BFn::S(|i, a| {
            let cell = match a.first() {
                Some(x) => i.lv(x)?,
                None => i.underscore.sv(),
            };
            Ok(i.pos_of(&cell))
        }),
        "lock" | "study" => BFn::S(|_, _| Ok(Value::Int(1))),
        "prototype" => BFn::S(|i, a| {
            let v = i.arg_or_underscore(a)?;
            let code = match &v {
                Value::CodeRef(c) => Some(c.clone()),
                other => {
                    let name = other.to_string_lossy();
                    let name = name.trim_start_matches('&').to_string();
                    if let Some(core) = name.strip_prefix("CORE::") {
                        return match super::core_proto::core_prototype(core) {
                            Some(p) => Ok(p.map(Value::str).unwrap_or(Value::Undef)),
                            None => {
                                Err(i.die_str(&format!("Can't find an opnumber for \"{core}\"")))
                            }
                        };
                    }
                    let (p, n) = i.split_name(&name);
                    i.find_glob(&p, &n).and_then(|g| g.cv())
                }
            };
            Ok(match code.and_then(|c| c.proto.borrow().clone()) {
                Some(p) => Value::str(&p),
                None => Value::Undef,
            })
        }),
        "local" => return None,
        "dump" => return None,
        _ => return None,
    })
}

fn ref_(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = it.arg_or_underscore(a)?;
    if let Some(p) = v.blessed() {
        return Ok(Value::str(&p));
    }
    Ok(match v.ref_type() {
        "" => Value::empty_str(),
        t => Value::str(t),
    })
}

fn bless(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = it.sv(&a[0])?;
    let class: std::rc::Rc<str> = match a.get(1) {
        Some(c) => {
            let cv = it.sv(c)?;
            if cv.is_ref() {
                // perl takes a class name only from an object that overloads "".
                if cv.blessed().is_none() || !it.has_overloads() {
                    return Err(it.die_str("Attempt to bless into a reference"));
                }
                std::rc::Rc::from(it.str_of(&cv)?.to_string_lossy().as_str())
            } else {
                std::rc::Rc::from(cv.to_string_lossy().as_str())
            }
        }
        None => it.pkg.clone(),
    };
    let slot = match &v {
        Value::HashRef(h) => &h.blessed,
        Value::ArrayRef(x) => &x.blessed,
        Value::ScalarRef(x) => {
            x.set_blessed(Some(class.clone()));
            it.packages.insert(class.to_string());
            if it.resolve_method(&class, "DESTROY").is_some() {
                it.register_destroy(&v);
            }
            return Ok(v);
        }
        Value::CodeRef(x) => &x.blessed,
        Value::Regex(x) => &x.blessed,
        Value::GlobRef(x) => &x.blessed,
        _ => return Err(it.die_str("Can't bless non-reference value")),
    };
    *slot.borrow_mut() = Some(class.clone());
    it.packages.insert(class.to_string());
    if it.resolve_method(&class, "DESTROY").is_some() {
        it.register_destroy(&v);
    }
    Ok(v)
}

impl Interp {
    /// `die LIST` message building: objects pass through, strings get the location.
    pub fn die_list(&mut self, vals: Vec<Value>) -> Ctl {
        if vals.len() == 1 && vals[0].is_ref() {
            return self.die_value(vals[0].clone());
        }
        let mut s = PerlString::default();
        for v in &vals {
            s.push_pstr(&v.to_pstr());
        }
        if s.bytes.is_empty() {
            let err = self.errsv.sv().get();
            if err.is_ref() {
                return self.die_value(err);
            }
            let e = err.to_pstr().into_owned();
            if !e.bytes.is_empty() {
                s = e;
                s.push_pstr(&PerlString::bytes(b"\t...propagated".to_vec()));
            } else {
                s = PerlString::bytes(b"Died".to_vec());
            }
        }
        if s.bytes.last() != Some(&b'\n') {
            s.push_pstr(&PerlString::from_utf8_text(&self.location_suffix()));
        }
        self.die_value(Value::pstr(s))
    }
}

fn die(it: &mut Interp, a: &[Node]) -> R<Value> {
    let vals = it.flat_args(a)?;
    Err(it.die_list(vals))
}

fn warn(it: &mut Interp, a: &[Node]) -> R<Value> {
    let vals = it.flat_args(a)?;
    if vals.len() == 1 && vals[0].is_ref() {
        it.warn_value(vals[0].clone());
        return Ok(Value::Int(1));
    }
    let mut s = PerlString::default();
    for v in &vals {
        s.push_pstr(&v.to_pstr());
    }
    if s.bytes.is_empty() {
        let e = it.errsv.sv().get().to_pstr().into_owned();
        if !e.bytes.is_empty() {
            s = e;
            s.push_pstr(&PerlString::bytes(b"\t...caught".to_vec()));
        } else {
            s = PerlString::bytes(b"Warning: something's wrong".to_vec());
        }
    }
    if s.bytes.last() != Some(&b'\n') {
        s.push_pstr(&PerlString::from_utf8_text(&it.location_suffix()));
    }
    it.warn_value(Value::pstr(s));
    Ok(Value::Int(1))
}

fn caller(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>) -> R<()> {
    let level = match a.first() {
        Some(x) => it.sv(x)?.to_i64().max(0) as usize,
        None => 0,
    };
    let n = it.callers.len();
    if level >= n {
        if ctx != Ctx::List {
            out.push(Value::Undef);
        }
        return Ok(());
    }
    let f = &it.callers[n - 1 - level];
    if ctx != Ctx::List {
        out.push(Value::str(&f.pkg));
        return Ok(());
    }
    out.push(Value::str(&f.pkg));
    out.push(Value::text(&f.file));
    out.push(Value::Int(f.line as i64));
    if a.is_empty() {
        return Ok(());
    }
    out.push(Value::str(&f.sub));
    out.push(Value::Int(f.args.is_some() as i64));
    if &*it.pkg == "DB" {
        // perl's @DB::args is the whole allocated @_, elements shifted off included.
        let mut args: Vec<Value> = f.shifted.iter().map(|s| s.get()).collect();
        args.extend(f.args.as_ref().map(|a| a.values()).unwrap_or_default());
        it.glob_in("DB", "args").av().set_values(args);
    }
    let f = &it.callers[n - 1 - level];
    out.push(match f.want {
        Ctx::List => Value::Int(1),
        Ctx::Scalar => Value::empty_str(),
        Ctx::Void => Value::Undef,
    });
    match &f.evaltext {
        Some(t) => {
            out.push(t.clone());
            out.push(Value::empty_str());
        }
        None => {
            out.push(Value::Undef);
            out.push(Value::Undef);
        }
    }
    Ok(())
}

/// `*glob{THING}`: a reference to one slot of a glob (undef when the slot is empty).
fn glob_slot(it: &mut Interp, a: &[Node]) -> R<Value> {
    let g = match it.sv(&a[0])? {
        Value::Glob(g) | Value::GlobRef(g) => g,
        v => {
            let name = v.to_string_lossy();
            let (p, n) = it.split_name(&name);
            it.glob_in(&p, &n)
        }
    };
    let key = it.sv(&a[1])?.to_string_lossy();
    Ok(match key.as_str() {
        "SCALAR" => Value::ScalarRef(g.sv()),
        "ARRAY" => Value::ArrayRef(g.av()),
        "HASH" => Value::HashRef(g.hv()),
        "CODE" => match g.cv().and_then(|c| it.live_code(&c)) {
            Some(c) => Value::CodeRef(c),
            None => Value::Undef,
        },
        "IO" | "FILEHANDLE" => {
            if g.io.borrow().is_some() {
                Value::GlobRef(g.clone())
            } else {
                Value::Undef
            }
        }
        "GLOB" => Value::GlobRef(g.clone()),
        "NAME" => Value::str(&g.name),
        "PACKAGE" => Value::str(&g.pkg),
        _ => Value::Undef,
    })
}

fn require(it: &mut Interp, a: &[Node]) -> R<Value> {
    let v = it.arg_or_underscore(a)?;
    use crate::interp::perl_version::{too_new, version_parts, vstring_value_parts};
    let name = v.to_string_lossy();
    let version = match &v {
        Value::Int(_) | Value::UInt(_) | Value::Num(_) => version_parts(&name),
        _ if name.starts_with('v') => version_parts(&name),
        _ => vstring_value_parts(&name),
    };
    if let Some(parts) = version {
        return match too_new(&parts) {
            Some(msg) => Err(it.die_str(&msg)),
            None => Ok(Value::Int(1)),
        };
    }
    // Module names have no '.' or '/' (`require "foo.ph"` is a file, not foo/ph.pm).
    let is_file = name.contains('/') || name.contains('.');
    let module = if is_file {
        name.trim_end_matches(".pm").replace('/', "::")
    } else {
        name.clone()
    };
    it.require_module(&module, is_file.then_some(name.as_str()))?;
    Ok(Value::Int(1))
}

/// Makes the C library's time zone follow `$ENV{TZ}` (perl's %ENV is the process
/// environment, so `local $ENV{TZ} = ...` changes what `localtime` and `mktime` see).
pub fn sync_tz(it: &mut Interp) {
    let env = it.glob_in("main", "ENV").hv();
    let want = env
        .get(&crate::value::PerlString::bytes(b"TZ"))
        .filter(|v| !v.is_undef())
        .map(|v| v.to_string_lossy());
    if want == std::env::var("TZ").ok() {
        return;
    }
    match &want {
        Some(tz) => std::env::set_var("TZ", tz),
        None => std::env::remove_var("TZ"),
    }
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset only re-reads the TZ environment variable.
    unsafe { tzset() };
}

/// `localtime`/`gmtime`.
fn time_parts(it: &mut Interp, a: &[Node], ctx: Ctx, out: &mut Vec<Value>, local: bool) -> R<()> {
    let t = match a.first() {
        Some(x) => it.sv(x)?.to_i64(),
        None => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0),
    };
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let tt = t as libc::time_t;
    if local {
        sync_tz(it);
    }
    unsafe {
        if local {
            libc::localtime_r(&tt, &mut tm);
        } else {
            libc::gmtime_r(&tt, &mut tm);
        }
    }
    if ctx == Ctx::List {
        for v in [
            tm.tm_sec,
            tm.tm_min,
            tm.tm_hour,
            tm.tm_mday,
            tm.tm_mon,
            tm.tm_year,
            tm.tm_wday,
            tm.tm_yday,
            tm.tm_isdst,
        ] {
            out.push(Value::Int(v as i64));
        }
        return Ok(());
    }
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    out.push(Value::str(&format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday as usize % 7],
        MONS[tm.tm_mon as usize % 12],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )));
    Ok(())
}

/// A small `sprintf` used until the stdlib's full one is installed.
pub fn basic_sprintf(args: &[Value]) -> PerlString {
    let Some(fmt) = args.first() else {
        return PerlString::default();
    };
    let fmt = fmt.to_pstr().into_owned();
    let f = &fmt.bytes;
    let mut out = PerlString {
        bytes: Vec::new(),
        utf8: fmt.utf8,
    };
    let mut ai = 1;
    let next = |ai: &mut usize| {
        let v = args.get(*ai).cloned().unwrap_or(Value::Undef);
        *ai += 1;
        v
    };
    let mut i = 0;
    while i < f.len() {
        if f[i] != b'%' {
            out.bytes.push(f[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i < f.len() && f[i] == b'%' {
            out.bytes.push(b'%');
            i += 1;
            continue;
        }
        let mut flags = String::new();
        while i < f.len() && b"-+ 0#".contains(&f[i]) {
            flags.push(f[i] as char);
            i += 1;
        }
        let mut width = String::new();
        if i < f.len() && f[i] == b'*' {
            width = next(&mut ai).to_i64().to_string();
            i += 1;
        }
        while i < f.len() && f[i].is_ascii_digit() {
            width.push(f[i] as char);
            i += 1;
        }
        let mut prec: Option<usize> = None;
        if i < f.len() && f[i] == b'.' {
            i += 1;
            let mut p = String::new();
            if i < f.len() && f[i] == b'*' {
                p = next(&mut ai).to_i64().to_string();
                i += 1;
            }
            while i < f.len() && f[i].is_ascii_digit() {
                p.push(f[i] as char);
                i += 1;
            }
            prec = Some(p.parse().unwrap_or(0));
        }
        while i < f.len() && b"hlqLV".contains(&f[i]) {
            i += 1;
        }
        let Some(&conv) = f.get(i) else { break };
        i += 1;
        let left = flags.contains('-');
        let zero = flags.contains('0') && !left;
        let w: usize = width.trim_start_matches('-').parse().unwrap_or(0);
        let left = left || width.starts_with('-');
        let body: String = match conv {
            b's' => {
                let v = next(&mut ai);
                let s = v.to_pstr().into_owned();
                let s = if s.utf8 && !out.utf8 {
                    out = out.upgraded();
                    s
                } else if !s.utf8 && out.utf8 {
                    s.upgraded()
                } else {
                    s
                };
                let mut t = s.clone();
                if let Some(p) = prec {
                    let b = t.char_to_byte(p);
                    t.bytes.truncate(b);
                }
                let len = t.char_len();
                let pad = w.saturating_sub(len);
                if !left {
                    out.bytes.extend(std::iter::repeat_n(b' ', pad));
                }
                out.bytes.extend_from_slice(&t.bytes);
                if left {
                    out.bytes.extend(std::iter::repeat_n(b' ', pad));
                }
                continue;
            }
            b'c' => {
                let c = next(&mut ai).to_i64() as u32;
                let p = PerlString::from_chars(&[c], out.utf8);
                if p.utf8 && !out.utf8 {
                    out = out.upgraded();
                }
                out.bytes.extend_from_slice(&p.bytes);
                continue;
            }
            b'd' | b'i' | b'u' => {
                let v = next(&mut ai);
                let n = match v.to_num() {
                    crate::value::Num::I(n) => n as i128,
                    crate::value::Num::U(n) => n as i128,
                    crate::value::Num::F(x) => x as i128,
                };
                let mut s = n.abs().to_string();
                if let Some(p) = prec {
                    while s.len() < p {
                        s.insert(0, '0');
                    }
                }
                let sign = if n < 0 {
                    "-"
                } else if flags.contains('+') {
                    "+"
                } else if flags.contains(' ') {
                    " "
                } else {
                    ""
                };
                pad_num(sign, &s, w, left, zero && prec.is_none())
            }
            b'x' | b'X' | b'o' | b'b' | b'B' => {
                let v = next(&mut ai);
                let n = crate::value::arith::to_uv(&v);
                let mut s = match conv {
                    b'x' => format!("{n:x}"),
                    b'X' => format!("{n:X}"),
                    b'o' => format!("{n:o}"),
                    _ => format!("{n:b}"),
                };
                if let Some(p) = prec {
                    while s.len() < p {
                        s.insert(0, '0');
                    }
                }
                let prefix = if flags.contains('#') && n != 0 {
                    match conv {
                        b'x' => "0x",
                        b'X' => "0X",
                        b'o' => "0",
                        b'b' => "0b",
                        _ => "0B",
                    }
                } else {
                    ""
                };
                pad_num(prefix, &s, w, left, zero)
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let x = next(&mut ai).to_f64();
                let p = prec.unwrap_or(6);
                let s = format_float(x.abs(), conv, p, flags.contains('#'));
                let sign = if x.is_sign_negative()
                    && !(x == 0.0 && s.chars().all(|c| c == '0' || c == '.'))
                    || (x < 0.0)
                {
                    "-"
                } else if flags.contains('+') {
                    "+"
                } else if flags.contains(' ') {
                    " "
                } else {
                    ""
                };
                pad_num(sign, &s, w, left, zero && x.is_finite())
            }
            _ => {
                out.bytes.push(b'%');
                out.bytes.push(conv);
                continue;
            }
        };
        out.bytes.extend_from_slice(body.as_bytes());
    }
    out
}

fn pad_num(sign: &str, digits: &str, w: usize, left: bool, zero: bool) -> String {
    let len = sign.len() + digits.len();
    if len >= w {
        return format!("{sign}{digits}");
    }
    let pad = w - len;
    if left {
        format!("{sign}{digits}{}", " ".repeat(pad))
    } else if zero {
        format!("{sign}{}{digits}", "0".repeat(pad))
    } else {
        format!("{}{sign}{digits}", " ".repeat(pad))
    }
}

/// C-style `%e`/`%f`/`%g` of a non-negative number.
pub fn format_float(x: f64, conv: u8, prec: usize, alt: bool) -> String {
    if x.is_infinite() {
        return "Inf".into();
    }
    if x.is_nan() {
        return "NaN".into();
    }
    match conv {
        b'f' | b'F' => format!("{x:.prec$}"),
        b'e' | b'E' => {
            let s = exp_format(x, prec);
            if conv == b'E' {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => {
            let p = if prec == 0 { 1 } else { prec };
            let exp = if x == 0.0 {
                0
            } else {
                x.abs().log10().floor() as i32
            };
            // Decide using the rounded exponent, like C.
            let e_form = exp_format(x, p - 1);
            let real_exp: i32 = e_form
                .rsplit('e')
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(exp);
            let mut s = if real_exp < -4 || real_exp >= p as i32 {
                e_form
            } else {
                let decimals = (p as i32 - 1 - real_exp).max(0) as usize;
                format!("{x:.decimals$}")
            };
            if !alt {
                // Strip trailing zeros in the mantissa.
                if let Some(epos) = s.find('e') {
                    let (m, e) = s.split_at(epos);
                    let m = if m.contains('.') {
                        m.trim_end_matches('0').trim_end_matches('.')
                    } else {
                        m
                    };
                    s = format!("{m}{e}");
                } else if s.contains('.') {
                    s = s.trim_end_matches('0').trim_end_matches('.').to_string();
                }
            }
            if conv == b'G' {
                s.to_uppercase()
            } else {
                s
            }
        }
    }
}

fn exp_format(x: f64, prec: usize) -> String {
    let s = format!("{x:.prec$e}");
    // Rust gives `1.5e3`; C gives `1.5e+03`.
    match s.split_once('e') {
        Some((m, e)) => {
            let n: i32 = e.parse().unwrap_or(0);
            format!("{m}e{}{:02}", if n < 0 { '-' } else { '+' }, n.abs())
        }
        None => s,
    }
}
