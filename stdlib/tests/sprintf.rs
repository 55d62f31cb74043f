//! `sprintf` against perl (vectors from `data/gen_sprintf.pl`: format, typed arguments,
//! result bytes + utf8 flag, warnings or the croak message).

use std::borrow::Cow;

use runtime::num::{format_nv, parse_number, NumValue};
use stdlib::sprintf::{sprintf, FormatArg, SprintfWarning};

fn unhex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).expect("hex"))
        .collect()
}

/// A perl value with the representation the generator gave it.
enum TestArg {
    Iv(i64),
    Uv(u64),
    Nv(f64),
    Str(Vec<u8>, bool),
}

impl FormatArg for TestArg {
    fn to_num(&self) -> NumValue {
        match self {
            TestArg::Iv(i) => NumValue::Int(*i),
            TestArg::Uv(u) => NumValue::UInt(*u),
            TestArg::Nv(f) => NumValue::Float(*f),
            TestArg::Str(b, _) => parse_number(b).value,
        }
    }
    fn to_str(&self) -> (Cow<'_, [u8]>, bool) {
        match self {
            TestArg::Iv(i) => (Cow::Owned(i.to_string().into_bytes()), false),
            TestArg::Uv(u) => (Cow::Owned(u.to_string().into_bytes()), false),
            TestArg::Nv(f) => (Cow::Owned(format_nv(*f).into_bytes()), false),
            TestArg::Str(b, u) => (Cow::Borrowed(b), *u),
        }
    }
}

fn parse_arg(a: &str) -> TestArg {
    let (t, v) = a.split_once(':').expect("typed arg");
    match t {
        "i" => TestArg::Iv(v.parse().expect("iv")),
        "u" => TestArg::Uv(v.parse().expect("uv")),
        "n" => TestArg::Nv(f64::from_bits(u64::from_str_radix(v, 16).expect("nv bits"))),
        "s" => TestArg::Str(unhex(v), false),
        "S" => TestArg::Str(unhex(v), true),
        _ => panic!("bad arg type {t}"),
    }
}

#[test]
fn sprintf_matches_perl() {
    let data = include_str!("data/sprintf.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let fmt = unhex(f[0]);
        let args: Vec<TestArg> = if f[2] == "-" {
            Vec::new()
        } else {
            f[2].split(' ').map(parse_arg).collect()
        };
        count += 1;
        let got = sprintf(&fmt, f[1] == "1", &args);
        let ok = match (&got, f[3]) {
            (Err(e), "DIE") => e.message("sprintf") == f[5],
            (Ok(r), want) if want != "DIE" => {
                let warns: Vec<String> = r
                    .warnings
                    .iter()
                    .map(|w| match w {
                        SprintfWarning::MissingArgument => "M".to_string(),
                        SprintfWarning::RedundantArgument => "R".to_string(),
                        SprintfWarning::InvalidConversion(q) => format!("I{q}"),
                    })
                    .collect();
                r.bytes == unhex(want)
                    && r.utf8 == (f[4] == "1")
                    && warns.join(",") == f.get(5).copied().unwrap_or("")
            }
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "fmt {:?} args {}: got {:?}, perl {} {:?} utf8 {} warn {:?}",
                String::from_utf8_lossy(&fmt),
                f[2],
                got.as_ref().map(|r| (
                    String::from_utf8_lossy(&r.bytes).into_owned(),
                    r.utf8,
                    &r.warnings
                )),
                f[3],
                String::from_utf8_lossy(&unhex(if f[3] == "DIE" { "" } else { f[3] })),
                f[4],
                f.get(5)
            ));
        }
    }
    assert!(count > 8000, "too few vectors: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
