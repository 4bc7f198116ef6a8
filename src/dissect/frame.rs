//! L1 Physical: what the capture recorded about the frame (Wireshark's
//! `frame` protocol): number, time, lengths, interface, link type.

use super::layer::{Layer, Osi, Value};
use crate::source::{Frame, linktype};

pub mod fields {
    use crate::dissect::field::{FieldDef as F, FieldType::*};
    use crate::field;

    pub static NUMBER: &F = field!(F::new("frame.number", Uint32, "Frame Number"));
    pub static TIME_EPOCH: &F = field!(
        F::new("frame.time_epoch", RelativeTime, "Epoch Time")
            .blurb("Epoch time when this frame was captured")
    );
    pub static LEN: &F = field!(F::new("frame.len", Uint32, "Frame length on the wire"));
    pub static CAP_LEN: &F = field!(F::new(
        "frame.cap_len",
        Uint32,
        "Frame length stored into the capture file"
    ));
    pub static INTERFACE_ID: &F = field!(F::new("frame.interface_id", Uint32, "Interface id"));
    pub static INTERFACE_NAME: &F = field!(
        F::new("frame.interface_name", String, "Interface name")
            .blurb("The friendly name for this interface")
    );
    pub static OSIDUMP_LINKTYPE: &F = field!(
        F::new("osidump.linktype", Uint32, "Link-layer header type")
            .blurb("The capture's LINKTYPE_ number (tcpdump.org/linktypes.html)")
    );
    pub static OSIDUMP_LINKTYPE_NAME: &F = field!(
        F::new(
            "osidump.linktype_name",
            String,
            "Link-layer header type name"
        )
        .blurb("The name of the capture's link type")
    );

    pub static ALL: &[&F] = &[
        NUMBER,
        TIME_EPOCH,
        LEN,
        CAP_LEN,
        INTERFACE_ID,
        INTERFACE_NAME,
        OSIDUMP_LINKTYPE,
        OSIDUMP_LINKTYPE_NAME,
    ];
}

use fields as f;

pub(crate) fn physical_layer<'a>(frame: &Frame<'a>) -> Layer<'a> {
    let mut l = Layer::new(Osi::Physical, "frame", 0..frame.data.len());
    l.uint(f::NUMBER, frame.number);
    l.push(f::TIME_EPOCH, Value::Time(frame.ts));
    l.uint(f::LEN, frame.orig_len);
    l.uint(f::CAP_LEN, frame.data.len() as u64);
    if let Some(id) = frame.interface_id {
        l.uint(f::INTERFACE_ID, id);
    }
    if let Some(name) = frame.interface_name {
        l.str(f::INTERFACE_NAME, name);
    }
    l.uint(f::OSIDUMP_LINKTYPE, frame.linktype);
    l.str(f::OSIDUMP_LINKTYPE_NAME, linktype::name(frame.linktype));
    if (frame.orig_len as usize) > frame.data.len() {
        l.truncated(format!(
            "captured {} of {} bytes (snap length)",
            frame.data.len(),
            frame.orig_len
        ));
    }
    l
}
