//! `osidump report`: a capture as pictures, in one self-contained HTML
//! page — a ladder (sequence) diagram of every conversation, each packet
//! as an OSI stack with its bytes, and an overview — and `osidump sessions
//! --format svg`, the ladder alone.
//!
//! - [`model`]: which packets are drawn, their steps, lanes and bands
//!   (fed one dissection at a time, bounded);
//! - [`detail`]: one packet's layers, fields and bytes for the packet view;
//! - [`ladder`]: the ladder as SVG;
//! - [`page`]: the HTML page around it, with its CSS and script
//!   (`report.css`, `report.js`, embedded: the page fetches nothing);
//! - [`html`]: escaping of wire text for HTML, SVG and the page's JSON.

pub mod detail;
pub mod html;
pub mod ladder;
pub mod model;
pub mod page;

pub use model::{Builder, Limits, Model};
