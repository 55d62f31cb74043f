//! Robustness: arbitrary formats and arguments never panic `sprintf`.

use std::borrow::Cow;

use runtime::num::NumValue;
use stdlib::sprintf::{sprintf, FormatArg};

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

struct Arg(NumValue, Vec<u8>, bool);

impl FormatArg for Arg {
    fn to_num(&self) -> NumValue {
        self.0
    }
    fn to_str(&self) -> (Cow<'_, [u8]>, bool) {
        (Cow::Borrowed(&self.1), self.2)
    }
}

const ALPHABET: &[u8] = b"%%%-+ 0#*v$.123456789hlqLVzjtcsdiuoxXbBeEfFgGaADUOnpy\xe9";

#[test]
fn random_formats_do_not_panic() {
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    for _ in 0..30_000 {
        let len = rng.below(10) as usize;
        let fmt: Vec<u8> = (0..len)
            .map(|_| ALPHABET[rng.below(ALPHABET.len() as u64) as usize])
            .collect();
        if fmt.windows(3).any(|w| w.iter().all(u8::is_ascii_digit)) {
            continue; // avoid legitimately enormous widths
        }
        let args: Vec<Arg> = (0..rng.below(4))
            .map(|_| {
                let n = match rng.below(3) {
                    0 => NumValue::Int((rng.next() as i64) >> rng.below(64)),
                    1 => NumValue::UInt(rng.next() >> rng.below(64)),
                    _ => NumValue::Float(f64::from_bits(rng.next())),
                };
                let n = match n {
                    NumValue::Int(i) if i.unsigned_abs() > 1000 && rng.below(2) == 0 => {
                        NumValue::Int(i % 50)
                    }
                    other => other,
                };
                if rng.below(2) == 0 {
                    Arg(n, "\u{263A}1.2".as_bytes().to_vec(), true)
                } else {
                    Arg(n, b"1.22.333".to_vec(), false)
                }
            })
            .collect();
        let _ = sprintf(&fmt, rng.below(4) == 0, &args);
    }
}
