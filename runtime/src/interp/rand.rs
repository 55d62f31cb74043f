//! `rand`/`srand`: perl's drand48 sequence (so seeded runs print perl's numbers), unless
//! the stdlib installs its own through the hooks.

use super::Interp;

const A: u64 = 0x5DEECE66D;
const C: u64 = 0xB;
const MASK: u64 = (1 << 48) - 1;

impl Interp {
    pub fn seed_rand(&mut self, seed: u64) {
        if let Some(h) = self.hooks.srand.clone() {
            h(self, seed);
            self.srand_called = true;
            return;
        }
        self.rand_state = ((seed << 16) + 0x330E) & MASK;
        self.srand_called = true;
    }

    pub fn next_rand(&mut self) -> f64 {
        if !self.srand_called {
            let seed = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
                ^ ((std::process::id() as u64) << 20);
            self.seed_rand(seed & 0xFFFF_FFFF);
        }
        if let Some(h) = self.hooks.rand.clone() {
            return h(self);
        }
        self.rand_state = (A.wrapping_mul(self.rand_state).wrapping_add(C)) & MASK;
        self.rand_state as f64 / (1u64 << 48) as f64
    }
}
