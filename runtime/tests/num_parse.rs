//! `parse_number`/`looks_like_number` against perl (vectors from `data/gen_parse_number.pl`:
//! the printed value of `$s + 0`, whether it warned "isn't numeric", and Scalar::Util's
//! `looks_like_number`).

use runtime::num::{format_nv, looks_like_number, parse_number, NumValue};

fn unhex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).expect("hex"))
        .collect()
}

#[test]
fn parse_number_matches_perl() {
    let data = include_str!("data/parse_number.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let s = unhex(f[0]);
        count += 1;
        let p = parse_number(&s);
        // `$s + 0`: integer addition when perl holds an integer, else float addition.
        let sum = match p.value {
            NumValue::Int(i) => i.to_string(),
            NumValue::UInt(u) => u.to_string(),
            NumValue::Float(x) => format_nv(x + 0.0),
        };
        let warned = !p.complete;
        let lln = looks_like_number(&s);
        if sum != f[1] || warned != (f[2] == "1") || lln != (f[3] == "1") {
            failures.push(format!(
                "{:?}: got ({sum}, warn {warned}, lln {lln}), perl ({}, warn {}, lln {})",
                String::from_utf8_lossy(&s),
                f[1],
                f[2],
                f[3]
            ));
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
