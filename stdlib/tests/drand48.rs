//! `srand`/`rand` against perl (vectors from `data/gen_drand48.pl`).

use stdlib::drand48::{seeded, srand_seed};

fn unhex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).expect("hex"))
        .collect()
}

fn bits(h: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(h, 16).expect("bits"))
}

#[test]
fn rand_sequences_match_perl() {
    let data = include_str!("data/drand48.tsv");
    let mut count = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let arg = unhex(f[0]);
        let (anum, warned) = srand_seed(&arg);
        let ret = if anum == 0 {
            "0 but true".to_string()
        } else {
            anum.to_string()
        };
        assert_eq!(
            (ret.as_str(), warned),
            (f[1], f[2] == "1"),
            "srand({:?})",
            String::from_utf8_lossy(&arg)
        );
        let mut rng = seeded(anum);
        for want in f[3].split(',') {
            assert_eq!(rng.next_f64(), bits(want), "seed {}", f[1]);
            count += 1;
        }
        let w: Vec<f64> = f[4].split(',').map(bits).collect();
        assert_eq!(rng.rand(10.0), w[0]);
        assert_eq!(rng.rand(100.0).trunc(), w[1]);
        assert_eq!(rng.rand(-3.0), w[2]);
        assert_eq!(rng.rand(0.0), w[3]);
        count += 4;
    }
    assert!(count > 1000, "too few vectors: {count}");
}
