//! `format_nv` against perl's own stringification (vectors from `data/gen_format_nv.pl`).

use runtime::num::format_nv;

#[test]
fn format_nv_matches_perl() {
    let data = include_str!("data/format_nv.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines() {
        let (bits, want) = line.split_once('\t').expect("tab-separated line");
        let x = f64::from_bits(u64::from_str_radix(bits, 16).expect("hex bits"));
        count += 1;
        let got = format_nv(x);
        if got != want {
            failures.push(format!("{bits} ({x:e}): got {got:?}, perl {want:?}"));
        }
    }
    assert!(count > 5000, "too few vectors: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}
