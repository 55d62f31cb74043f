//! `pack`/`unpack` against perl (vectors from `data/gen_pack.pl`).

use std::borrow::Cow;

use runtime::num::{format_nv, parse_number, NumValue};
use stdlib::pack::{pack, unpack, Unpacked};
use stdlib::sprintf::FormatArg;

fn unhex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).expect("hex"))
        .collect()
}

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
        "i" => match v.parse() {
            Ok(i) => TestArg::Iv(i),
            Err(_) => TestArg::Uv(v.parse().expect("integer")),
        },
        "u" => TestArg::Uv(v.parse().expect("uv")),
        "n" => TestArg::Nv(f64::from_bits(u64::from_str_radix(v, 16).expect("nv bits"))),
        "s" => TestArg::Str(unhex(v), false),
        "S" => TestArg::Str(unhex(v), true),
        _ => panic!("bad arg type {t}"),
    }
}

fn value_code(v: &Unpacked) -> String {
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    match v {
        Unpacked::Int(i) => format!("i:{i}"),
        Unpacked::UInt(u) => format!("i:{u}"),
        Unpacked::Float(f) => format!("n:{:016x}", f.to_bits()),
        Unpacked::Str(b, false) => format!("s:{}", hex(b)),
        Unpacked::Str(b, true) => format!("S:{}", hex(b)),
        Unpacked::Undef => "U".to_string(),
    }
}

#[test]
fn pack_and_unpack_match_perl() {
    let data = include_str!("data/pack.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let tpl = unhex(f[1]);
        // perl's own internal failures (malformed UTF-8 it built itself, panics) are not
        // behaviour to reproduce.
        if line.contains("Malformed UTF-8") || line.contains("panic:") {
            continue;
        }
        count += 1;
        if f[0] == "P" {
            let args: Vec<TestArg> = if f[2] == "-" {
                Vec::new()
            } else {
                f[2].split(' ').map(parse_arg).collect()
            };
            let got = pack(&tpl, &args);
            let ok = match (&got, f[3]) {
                (Err(e), "DIE") => e == f[5],
                (Ok(p), want) if want != "DIE" => {
                    p.bytes == unhex(want)
                        && p.utf8 == (f[4] == "1")
                        && p.warnings.len().to_string() == f[5]
                }
                _ => false,
            };
            if !ok {
                failures.push(format!(
                    "pack {:?} ({}): got {:?}, perl {} utf8 {} {}",
                    String::from_utf8_lossy(&tpl),
                    f[2],
                    got.map(|p| (
                        p.bytes
                            .iter()
                            .map(|x| format!("{x:02x}"))
                            .collect::<String>(),
                        p.utf8,
                        p.warnings
                    )),
                    f[3],
                    f[4],
                    f[5]
                ));
            }
        } else {
            let got = unpack(&tpl, &unhex(f[2]), f[3] == "1", false);
            let ok = match (&got, f[4]) {
                (Err(e), "DIE") => e == f[5],
                (Ok(r), want) if want != "DIE" => {
                    let vals: Vec<String> = r.values.iter().map(value_code).collect();
                    let vals = if vals.is_empty() {
                        "-".to_string()
                    } else {
                        vals.join(" ")
                    };
                    vals == want && r.warnings.len().to_string() == f[5]
                }
                _ => false,
            };
            if !ok {
                failures.push(format!(
                    "unpack {:?} data {} utf8 {}: got {:?}, perl {} {}",
                    String::from_utf8_lossy(&tpl),
                    f[2],
                    f[3],
                    got.map(|r| (
                        r.values
                            .iter()
                            .map(value_code)
                            .collect::<Vec<_>>()
                            .join(" "),
                        r.warnings
                    )),
                    f[4],
                    f[5]
                ));
            }
        }
    }
    assert!(count > 5000, "too few vectors: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(60)].join("\n")
    );
}
