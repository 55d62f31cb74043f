//! Robustness: arbitrary `tr` lists, flags and strings never panic.

use stdlib::trans::{TrFlags, Trans};

#[test]
fn random_transliterations_do_not_panic() {
    let mut x: u64 = 0xDEAD_BEEF_1234_5678;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let pool: [u32; 10] = [
        b'a' as u32,
        b'z' as u32,
        b'-' as u32,
        0,
        255,
        256,
        0x263A,
        0x10FFFF,
        0x7FFF_FFFF,
        b'5' as u32,
    ];
    for _ in 0..20_000 {
        let nf = next() % 6;
        let from: Vec<u32> = (0..nf).map(|_| pool[(next() % 10) as usize]).collect();
        let nt = next() % 6;
        let to: Vec<u32> = (0..nt).map(|_| pool[(next() % 10) as usize]).collect();
        let r = next();
        let flags = TrFlags {
            complement: r & 1 != 0,
            delete: r & 2 != 0,
            squeeze: r & 4 != 0,
        };
        if let Ok(t) = Trans::from_chars(&from, &to, flags) {
            let _ = t.apply("ab\u{263A}z-\u{100}".as_bytes(), true);
            let _ = t.apply(&[0, 255, b'a', b'-', 0xC3], false);
            let _ = t.apply(&[0xFF, 0xC3], true);
        }
    }
}
