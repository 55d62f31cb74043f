//! `perl_hex`/`perl_oct` against perl (vectors from `data/gen_hex_oct.pl`).

use runtime::num::format_nv;
use runtime::num::parse::{perl_hex, perl_oct};
use runtime::num::NumValue;

fn unhex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).expect("hex"))
        .collect()
}

#[test]
fn hex_and_oct_match_perl() {
    let data = include_str!("data/hex_oct.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let s = unhex(f[1]);
        count += 1;
        let (v, w) = if f[0] == "hex" {
            perl_hex(&s)
        } else {
            perl_oct(&s)
        };
        let shown = match v {
            NumValue::Int(i) => i.to_string(),
            NumValue::UInt(u) => u.to_string(),
            NumValue::Float(x) => format_nv(x),
        };
        let warns = w.join("|");
        if shown != f[2] || warns.as_bytes() != unhex(f.get(3).copied().unwrap_or("")) {
            failures.push(format!("{line}\n  got {shown} [{warns}]"));
        }
    }
    assert!(count > 2000, "too few vectors: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}
