//! A seeded xorshift64* generator for the unit tests' randomised inputs:
//! deterministic, so a failure reproduces, and no crate needed.

pub(crate) struct Rng(pub u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform enough below `n` for tests.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}
