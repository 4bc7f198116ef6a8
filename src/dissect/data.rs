//! Bytes nobody decodes: Wireshark's `data` protocol, placed at the layer
//! that would read them (the rule `osidump layers` states): an unknown
//! EtherType's payload at L3, an unknown IP protocol's at L4, TCP and UDP
//! payload at L7 (or at the carried protocol's own layer when its decoder
//! left them unread), and what a header carries as its own data (an ICMP
//! echo's) at that header's layer. A piece of a longer message is no
//! `data` at all: tshark marks it on TCP until the message is whole.

use super::Walk;
use super::layer::{Layer, Osi, Value};
use std::borrow::Cow;
use std::ops::Range;

pub mod fields {
    use crate::dissect::field::{FieldDef as F, FieldType::*};
    use crate::field;

    pub static DATA: &F = field!(F::new("data.data", Bytes, "Data"));
    pub static LEN: &F = field!(F::new("data.len", Int32, "Length"));
    pub static OSIDUMP_REASSEMBLY: &F = field!(
        F::new("osidump.reassembly", String, "Reassembly")
            .blurb("The payload belongs to a message reassembled in a later frame")
    );
    pub static OSIDUMP_PROTOCOL: &F = field!(
        F::new("osidump.protocol", String, "Carried protocol")
            .blurb("The application protocol the reassembled message is decoded as")
    );

    /// The protocol as a `-e` column: tshark prints the Data protocol's
    /// bytes in hex, as a field (print.c's get_node_field_value), where
    /// other protocols print their tree label. Not in [`ALL`]: no other
    /// output or filter reads it.
    pub static PROTOCOL_COLUMN: &F = field!(F::new("data", Protocol, "Data"));

    pub static ALL: &[&F] = &[DATA, LEN, OSIDUMP_REASSEMBLY, OSIDUMP_PROTOCOL];
}

pub(crate) fn data_layer(walk: &mut Walk<'_>, osi: Osi) {
    let rest = walk.rest();
    if rest.is_empty() {
        return;
    }
    let start = walk.off;
    walk.off += rest.len();
    walk.layers
        .push(layer_of(osi, rest, start..start + rest.len()));
}

/// A `data` layer at `osi` over `span` of the frame: `bytes` and their
/// length, as Wireshark's data dissector shows what no dissector took.
pub(crate) fn layer_of(osi: Osi, bytes: &[u8], span: Range<usize>) -> Layer<'_> {
    let mut l = Layer::new(osi, "data", span);
    l.push(fields::DATA, Value::Bytes(Cow::Borrowed(bytes)));
    l.uint(fields::LEN, bytes.len() as u64);
    l
}

/// [`layer_of`] at the application layer, owning a copy of the bytes: for
/// a stream decoder's message, handed out after the segment is gone.
pub(crate) fn owned_layer(bytes: &[u8], span: Range<usize>) -> Layer<'static> {
    let mut l = Layer::new(Osi::Application, "data", span);
    l.push(fields::DATA, Value::Bytes(Cow::Owned(bytes.to_vec())));
    l.uint(fields::LEN, bytes.len() as u64);
    l
}
