//! perl's own random number generator (`Perl_drand48`, a 48-bit linear congruential
//! generator derived from FreeBSD's `drand48`) and the seeding `srand` performs, so that
//! `srand(42); rand()` produces exactly perl's sequence on every platform.

const MULT: u64 = 0x5_DEEC_E66D;
const ADD: u64 = 0xB;
const MASK: u64 = (1 << 48) - 1;
const SEED_LOW: u64 = 0x330E;

/// The generator state (`perl_drand48_t`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drand48 {
    state: u64,
}

impl Drand48 {
    /// `Perl_drand48_init_r`: the 32-bit seed goes above the fixed low 16 bits `0x330E`.
    pub fn new(seed: u32) -> Self {
        Drand48 {
            state: SEED_LOW | ((seed as u64) << 16),
        }
    }

    /// `Perl_drand48_r`: the next value in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        self.state = (self.state.wrapping_mul(MULT).wrapping_add(ADD)) & MASK;
        self.state as f64 / (1u64 << 48) as f64
    }

    /// perl's `rand(n)`: `n * next`, where a zero `n` means 1.
    pub fn rand(&mut self, n: f64) -> f64 {
        let n = if n == 0.0 { 1.0 } else { n };
        n * self.next_f64()
    }
}

/// What `srand(EXPR)` does with its argument's string form: the integer prefix perl parses
/// (`grok_number`; `"3.7"` gives 3, `"-5"` gives 5), or `u64::MAX` with an
/// `Integer overflow in srand` warning (`true`) when the string is not such a number.
/// The generator is seeded with the low 32 bits; `srand` returns the full value, or
/// `"0 but true"` when it is 0.
pub fn srand_seed(arg: &[u8]) -> (u64, bool) {
    let (flags, value) = runtime::num::parse::grok_uv(arg);
    if flags {
        (value, false)
    } else {
        (u64::MAX, true)
    }
}

/// The generator `srand` leaves behind for a seed returned by [`srand_seed`].
pub fn seeded(anum: u64) -> Drand48 {
    Drand48::new(anum as u32)
}
