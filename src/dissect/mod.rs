//! Pure decoding: bytes in, a [`Dissection`] out. No I/O, no printing.

pub mod layer;

pub use layer::{Anomaly, AnomalyKind, Dissection, Field, Layer, Osi, Value};
