//! osidump: a packet dissector that shows every frame layer by layer, the way
//! the OSI model draws it.
//!
//! `source` reads frames, `dissect` turns each into a [`dissect::Dissection`]
//! (pure: no I/O), `render` writes a dissection as a tree, a line or JSON.

pub mod dissect;
pub mod filter;
pub mod flow;
pub mod fuzzing;
pub mod parallel;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod source;
#[cfg(test)]
mod test_rng;
pub mod views;
