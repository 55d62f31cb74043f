//! `string_increment`/`increment_string` against perl's `$s++` (vectors from
//! `data/gen_incr.pl`).

use runtime::num::format_nv;
use runtime::num::incr::{increment_string, IncrementWarning, Incremented};
use runtime::num::{string_increment, NumValue};

fn unhex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).expect("hex"))
        .collect()
}

#[test]
fn increment_matches_perl() {
    let data = include_str!("data/incr.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let s = unhex(f[0]);
        let want = unhex(f[1]);
        count += 1;
        let (got, warn) = match increment_string(&s) {
            Incremented::Str(v) => {
                assert_eq!(string_increment(&s).as_ref(), Some(&v));
                (v, None)
            }
            Incremented::Num { value, warn } => {
                let text = match value {
                    NumValue::Int(i) => i.to_string(),
                    NumValue::UInt(u) => u.to_string(),
                    NumValue::Float(x) => format_nv(x),
                };
                (text.into_bytes(), warn)
            }
        };
        let warn_code = match warn {
            None => "0",
            Some(IncrementWarning::NotNumeric) => "n",
            Some(IncrementWarning::TreatedAsZero) => "z",
        };
        if got != want || warn_code != f[2] {
            failures.push(format!(
                "{:?}: got {:?} warn {warn_code}, perl {:?} warn {}",
                String::from_utf8_lossy(&s),
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want),
                f[2]
            ));
        }
    }
    assert!(count > 1000, "too few vectors: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}
