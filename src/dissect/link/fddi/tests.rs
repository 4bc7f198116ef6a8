//! FDDI frames built from the header's layout (frame control, then
//! destination and source in FDDI's bit order), each with the values
//! tshark 4.0 gives for the same bytes in a LINKTYPE_FDDI pcap (`tshark
//! -T fields -e frame.protocols -e _ws.col.Protocol -e _ws.col.Info -e
//! fddi.fc -e fddi.dst ...`).

use crate::dissect::Dissector;
use crate::dissect::testing::{self, frame, get};
use crate::source::linktype::FDDI;

/// Destination and source as sent: tshark shows them bit-swapped,
/// 55:00:20:00:41:e5 and 55:00:20:00:c1:e5.
const ADDRS: &str = "aa00040082a7 aa00040083a7";
const DST: &str = "55:00:20:00:41:e5";
const SRC: &str = "55:00:20:00:c1:e5";

/// frame.protocols, Protocol, Info, Source, Destination, and the fields.
fn dissect(hex: &str) -> ([String; 5], Vec<(String, String)>) {
    let data = testing::hex(hex);
    let d = Dissector::new().dissect(&frame(FDDI, &data));
    let (protocols, protocol, info, fields) = testing::protocols_columns_fields(&d);
    let (mut src, mut dst) = (String::new(), String::new());
    crate::render::line::address_columns(&d, &mut src, &mut dst);
    ([protocols, protocol, info, src, dst], fields)
}

/// An asynchronous LLC frame, priority 0, with SNAP and IPv4 (tshark:
/// `fddi:llc:ip:udp  UDP  1234 → 53 Len=0`, fc 0x50, clf 0x05, prio 0,
/// each address twice, `fddi.addr` four times).
#[test]
fn async_llc_snap_ipv4() {
    let (cols, f) = dissect(&format!(
        "50 {ADDRS} aaaa03 000000 0800 4500001c0001000040110000c0a80001c0a80002 04d2003500080000"
    ));
    assert_eq!(
        cols,
        [
            "fddi:llc:ip:udp",
            "UDP",
            "1234 → 53 Len=0",
            "192.168.0.1",
            "192.168.0.2"
        ]
    );
    assert_eq!(get(&f, "fddi.fc"), ["80"]);
    assert_eq!(get(&f, "fddi.fc.clf"), ["5"]);
    assert_eq!(get(&f, "fddi.fc.prio"), ["0"]);
    assert_eq!(get(&f, "fddi.dst"), [DST, DST]);
    assert_eq!(get(&f, "fddi.src"), [SRC, SRC]);
    assert_eq!(get(&f, "llc.type"), ["2048"]);
}

/// Frames that are not LLC: a MAC beacon of no payload (`fddi`, `FDDI`,
/// `MAC beacon`, mac_subtype 2), an SMT info frame whose payload is data
/// (`fddi:data`, smt_subtype 1), a synchronous LLC frame (data too); the
/// Source and Destination columns are FDDI's addresses.
#[test]
fn mac_smt_and_sync_frames() {
    let (cols, f) = dissect(&format!("c2 {ADDRS}"));
    assert_eq!(cols, ["fddi", "FDDI", "MAC beacon", SRC, DST]);
    assert_eq!(get(&f, "fddi.fc.clf"), ["12"]);
    assert_eq!(get(&f, "fddi.fc.mac_subtype"), ["2"]);
    assert!(get(&f, "fddi.fc.prio").is_empty());
    let (cols, f) = dissect(&format!("41 {ADDRS} aabb"));
    assert_eq!(cols, ["fddi:data", "FDDI", "SMT info", SRC, DST]);
    assert_eq!(get(&f, "fddi.fc.smt_subtype"), ["1"]);
    let (cols, _) = dissect(&format!("d0 {ADDRS} aaaa03"));
    assert_eq!(cols[..3], ["fddi:data", "FDDI", "Sync LLC frame"]);
    let (cols, _) = dissect(&format!("80 {ADDRS}"));
    assert_eq!(cols[2], "Nonrestricted token");
}

/// The frame control's other words, as `fddifc_to_str` writes them.
#[test]
fn frame_control_words() {
    let text = |fc: u8| {
        let mut s = String::new();
        super::fc_text(&mut s, fc);
        s
    };
    assert_eq!(text(0x5a), "Async LLC frame, control a");
    assert_eq!(text(0x53), "Async LLC frame, priority 3");
    assert_eq!(text(0xd5), "Sync LLC frame, control 5");
    assert_eq!(text(0xc5), "MAC frame, control 5");
    assert_eq!(text(0x45), "SMT frame, control 5");
    assert_eq!(text(0x61), "Implementor async frame, control 1");
    assert_eq!(text(0xe1), "Implementor sync frame, control 1");
    assert_eq!(text(0x4f), "SMT Next station address");
    assert_eq!(text(0x81), "Unknown frame type");
}

/// Cut short, as tshark reads it: nothing, a throw before any field; the
/// frame control alone, its fields and the Info, then a throw at the
/// destination; the destination (twice) without the source; the header
/// alone hands LLC nothing, which throws as LLC.
#[test]
fn cut_short() {
    let (cols, f) = dissect("");
    assert_eq!(cols[..3], ["fddi", "FDDI", "[Malformed Packet]"]);
    assert!(f.iter().all(|(n, _)| !n.starts_with("fddi.")));
    let (cols, f) = dissect("50");
    assert_eq!(
        cols[..3],
        [
            "fddi",
            "FDDI",
            "Async LLC frame, priority 0[Malformed Packet]"
        ]
    );
    assert_eq!(get(&f, "fddi.fc.prio"), ["0"]);
    assert!(get(&f, "fddi.dst").is_empty());
    let (cols, f) = dissect("50 aa00040082a7 aa0004");
    assert_eq!(cols[2], "Async LLC frame, priority 0[Malformed Packet]");
    assert_eq!(get(&f, "fddi.dst"), [DST, DST]);
    assert!(get(&f, "fddi.src").is_empty());
    let (cols, f) = dissect(&format!("50 {ADDRS}"));
    assert_eq!(cols[..3], ["fddi:llc", "LLC", "[Malformed Packet]"]);
    assert_eq!(get(&f, "fddi.src"), [SRC, SRC]);
}

/// Cut anywhere, a frame never panics.
#[test]
fn every_prefix() {
    let data = testing::hex(&format!("50 {ADDRS} aaaa03 000000 0800 45000014"));
    for n in 0..=data.len() {
        let _ = Dissector::new().dissect(&frame(FDDI, &data[..n]));
    }
}
