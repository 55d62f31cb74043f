//! `tr///` against perl (vectors from `data/gen_trans.pl`).

use stdlib::trans::{TrFlags, Trans, TransWarning};

fn unhex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).expect("hex"))
        .collect()
}

fn cps(s: &str) -> Vec<u32> {
    if s.is_empty() {
        return Vec::new();
    }
    s.split(',')
        .map(|h| u32::from_str_radix(h, 16).expect("cp"))
        .collect()
}

#[test]
fn trans_matches_perl() {
    let data = include_str!("data/trans.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let flags = TrFlags {
            complement: f[2].contains('c'),
            delete: f[2].contains('d'),
            squeeze: f[2].contains('s'),
        };
        count += 1;
        let compiled = Trans::from_chars(&cps(f[0]), &cps(f[1]), flags);
        if f[3] == "ERR" {
            match compiled {
                Err(e) if e.message() == f[4] => {}
                other => failures.push(format!("{line}: got {other:?}")),
            }
            continue;
        }
        let t = match compiled {
            Ok(t) => t,
            Err(e) => {
                failures.push(format!("{line}: unexpected {e:?}"));
                continue;
            }
        };
        let r = t.apply(&unhex(f[3]), f[4] == "1");
        let warn = match t.compile_warning() {
            None => "0",
            Some(TransWarning::UselessDelete) => "U",
            Some(TransWarning::ReplacementLonger) => "L",
        };
        if r.bytes != unhex(f[5])
            || r.utf8 != (f[6] == "1")
            || r.count.to_string() != f[7]
            || warn != f[8]
        {
            failures.push(format!(
                "{line}: got {:?} utf8 {} count {} warn {warn}",
                String::from_utf8_lossy(&r.bytes),
                r.utf8,
                r.count
            ));
        }
    }
    assert!(count > 5000, "too few vectors: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}
