//! Robustness: arbitrary byte strings never panic the number parsers or the increment.

use runtime::num::incr::increment_string;
use runtime::num::{format_nv, looks_like_number, parse_number};

#[test]
fn random_strings_do_not_panic() {
    let alphabet = b"0123456789+-.eExXiInNfFaAtTyY#( )_\t\n\x0b\x001";
    let mut x: u64 = 42;
    for _ in 0..100_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let len = (x % 14) as usize;
        let s: Vec<u8> = (0..len)
            .map(|i| alphabet[((x >> (i * 4)) as usize + i) % alphabet.len()])
            .collect();
        let p = parse_number(&s);
        let _ = looks_like_number(&s);
        let _ = increment_string(&s);
        let _ = format_nv(f64::from_bits(x));
        let _ = p;
    }
}
