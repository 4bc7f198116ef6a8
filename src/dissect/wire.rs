//! Big-endian field readers for fixed header layouts. Callers check the
//! slice length once (the header's size) before reading; these index
//! directly, so a missing check is a bug caught by the robustness tests.

pub(crate) fn be16(b: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([b[at], b[at + 1]])
}

pub(crate) fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}
