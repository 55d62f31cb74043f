//! Robustness: arbitrary templates, arguments and data never panic or hang `pack`/`unpack`
//! (they return perl's error instead). Deterministic pseudo-random inputs.

use std::borrow::Cow;

use runtime::num::NumValue;
use stdlib::pack::{pack, unpack};
use stdlib::sprintf::FormatArg;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

enum Arg {
    Num(NumValue),
    Str(Vec<u8>, bool),
}

impl FormatArg for Arg {
    fn to_num(&self) -> NumValue {
        match self {
            Arg::Num(n) => *n,
            Arg::Str(..) => NumValue::Int(3),
        }
    }
    fn to_str(&self) -> (Cow<'_, [u8]>, bool) {
        match self {
            Arg::Num(_) => (Cow::Borrowed(b"7"), false),
            Arg::Str(b, u) => (Cow::Borrowed(b), *u),
        }
    }
}

const ALPHABET: &[u8] = b"aAZbBhHcCWUsSlLqQjJiInNvVwfdFxX@.()[]/<>!*%0123456789 #\nU0C0";

#[test]
fn random_templates_do_not_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..6_000 {
        let len = rng.below(12) as usize;
        let tpl: Vec<u8> = (0..len)
            .map(|_| ALPHABET[rng.below(ALPHABET.len() as u64) as usize])
            .collect();
        let args: Vec<Arg> = (0..rng.below(5))
            .map(|_| match rng.below(4) {
                0 => Arg::Num(NumValue::Int(rng.next() as i64 >> rng.below(64))),
                1 => Arg::Num(NumValue::Float(f64::from_bits(rng.next()))),
                2 => Arg::Str("a\u{263A}b".as_bytes().to_vec(), true),
                _ => Arg::Str(vec![0xE9, b'x', 0], false),
            })
            .collect();
        // Keep sizes sane: perl would happily allocate gigabytes for "x999999999".
        if tpl.windows(4).any(|w| w.iter().all(u8::is_ascii_digit)) {
            continue;
        }
        if std::env::var_os("PACK_FUZZ_TRACE").is_some() {
            eprintln!("{:?}", String::from_utf8_lossy(&tpl));
        }
        let _ = pack(&tpl, &args);
        let data: Vec<u8> = (0..rng.below(16)).map(|_| rng.next() as u8).collect();
        let _ = unpack(&tpl, &data, false, false);
        let _ = unpack(
            &tpl,
            "x\u{263A}\u{100}yz".as_bytes(),
            true,
            rng.below(2) == 0,
        );
        let _ = unpack(&tpl, &data, true, false);
    }
}
