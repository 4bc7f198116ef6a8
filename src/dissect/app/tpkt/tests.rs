//! TPKT and COTP as tshark 4.0 shows them (crafted bytes).

use super::*;

fn feed(d: &mut TpktDecoder, dir: Dir, off: u64, data: &[u8]) -> Vec<Message> {
    let mut out = Vec::new();
    d.feed(dir, off, data, &mut out);
    out
}

fn iso() -> TpktDecoder {
    let mut d = TpktDecoder::new();
    d.set_ports(1089, ISO_TSAP_PORT);
    d
}

fn protocols(m: &[Message]) -> Vec<&'static str> {
    m.iter().map(|x| x.layer.protocol).collect()
}

fn info(m: &[Message]) -> String {
    let layers: Vec<_> = m.iter().map(|x| x.layer.clone()).collect();
    let mut s = String::new();
    for (i, l) in layers.iter().enumerate() {
        if l.protocol == "cotp" {
            if !s.is_empty() && !l.has(f::cotp::OSIDUMP_CALL) {
                s.push_str(", ");
            }
            let before = s.len();
            cotp_info_column(&mut s, &layers, i);
            if s.len() == before && l.has(f::cotp::OSIDUMP_CALL) {
                continue;
            }
        }
    }
    s
}

/// A CR with TPDU size and TSAP parameters (mmsX.pcap's frame 5):
/// 03 00 00 16 | 11 e0 00 00 b0 01 00 c0 01 0a c1 02 00 01 c2 02 00 02
#[test]
fn connect_request() {
    let b = [
        3, 0, 0, 0x16, 0x11, 0xe0, 0, 0, 0xb0, 0x01, 0, 0xc0, 1, 0x0a, 0xc1, 2, 0, 1, 0xc2, 2, 0, 2,
    ];
    let mut d = iso();
    let m = feed(&mut d, Dir::Client, 0, &b);
    assert_eq!(protocols(&m), ["tpkt", "cotp"]);
    let t = &m[0].layer;
    assert_eq!(t.get_uint(f::tpkt::LENGTH), Some(22));
    assert!(t.has(f::tpkt::OSIDUMP_CALL));
    let c = &m[1].layer;
    assert_eq!(c.get_uint(f::cotp::LI), Some(17));
    assert_eq!(c.get_uint(f::cotp::SRCREF), Some(0xb001));
    assert_eq!(c.get_uint(f::cotp::TPDU_SIZE), Some(1024));
    assert_eq!(c.get_str(f::cotp::SRC_TSAP), Some("0x0001"));
    assert_eq!(c.get_str(f::cotp::DST_TSAP), Some("0x0002"));
    assert_eq!(info(&m), "CR TPDU src-ref: 0xb001 dst-ref: 0x0000");
}

/// DT TPDUs: a segment without EOT, then the EOT that ends the TSDU.
#[test]
fn data_reassembled() {
    let mut d = iso();
    d.set_frame(3);
    let m = feed(
        &mut d,
        Dir::Client,
        0,
        &[3, 0, 0, 9, 2, 0xf0, 0x00, 0xaa, 0xbb],
    );
    assert_eq!(protocols(&m), ["tpkt", "cotp"]);
    assert_eq!(info(&m), "DT TPDU (0) [COTP fragment, 2 bytes]");
    d.set_frame(7);
    let m = feed(&mut d, Dir::Client, 9, &[3, 0, 0, 8, 2, 0xf0, 0x80, 0xcc]);
    assert_eq!(protocols(&m), ["tpkt", "cotp", "data"]);
    let c = &m[1].layer;
    let segs: Vec<_> = c.all(f::cotp::SEGMENT).collect();
    assert_eq!(segs, [&Value::UInt(3), &Value::UInt(7)]);
    assert_eq!(c.get_uint(f::cotp::REASSEMBLED_LENGTH), Some(3));
    assert_eq!(m[2].layer.get_uint(f::data::LEN), Some(3));
    assert_eq!(info(&m), "DT TPDU (0) EOT");
}

/// A PDU split across segments waits for its rest; two PDUs in one
/// segment are one call (TPKT listed once, COTP twice).
#[test]
fn desegmented_and_two_in_one() {
    let mut d = iso();
    let pdu = [3u8, 0, 0, 8, 2, 0xf0, 0x80, 0x11];
    assert!(feed(&mut d, Dir::Server, 0, &pdu[..5]).is_empty());
    let m = feed(&mut d, Dir::Server, 5, &pdu[5..]);
    assert_eq!(protocols(&m), ["tpkt", "cotp", "data"]);
    assert!(matches!(m[0].layer.origin, Origin::Elsewhere));
    let two = [pdu, pdu].concat();
    let m = feed(&mut d, Dir::Server, 8, &two);
    assert_eq!(
        protocols(&m),
        ["tpkt", "cotp", "data", "tpkt", "cotp", "data"]
    );
    assert!(m[0].layer.has(f::tpkt::OSIDUMP_CALL));
    assert!(!m[3].layer.has(f::tpkt::OSIDUMP_CALL));
    assert!(m[4].layer.has(f::cotp::OSIDUMP_CALL));
}

/// Not version 3: the rest of the segment is a continuation.
#[test]
fn continuation() {
    let mut d = iso();
    let m = feed(&mut d, Dir::Client, 0, &[0x16, 3, 1, 0, 5]);
    assert_eq!(protocols(&m), ["tpkt"]);
    let mut s = String::new();
    tpkt_info(&mut s, &m[0].layer);
    assert_eq!(s, "Continuation");
}

/// Port 3389: four printable bytes before any TPKT PDU are TLS's refusal
/// (data); the first call that decodes a PDU is not listed.
#[test]
fn rdp_port() {
    let mut d = TpktDecoder::new();
    d.set_ports(45257, RDP_PORT);
    assert!(feed(&mut d, Dir::Client, 0, b"ECODH\r\n").is_empty());
    assert!(d.refused(Dir::Client));
    // A CC whose variable part is an RDP negotiation response.
    let cc = [
        3, 0, 0, 19, 14, 0xd0, 0, 0, 0x12, 0x34, 0, 2, 0x1f, 8, 0, 8, 0, 0, 0,
    ];
    let m = feed(&mut d, Dir::Server, 0, &cc);
    assert_eq!(protocols(&m), ["tpkt", "cotp", "rdp"]);
    assert!(!m[0].layer.has(f::tpkt::OSIDUMP_CALL));
    assert!(!m[1].layer.has(f::cotp::PARAMETER_CODE));
    let r = &m[2].layer;
    assert_eq!(r.get_uint(f::rdp::NEGREQ_SELECTEDPROTOCOL), Some(8));
    assert_eq!(r.get_uint(f::rdp::NEGRSP_FLAGS), Some(0x1f));
    let mut s = String::new();
    rdp_info(&mut s, r);
    assert_eq!(s, "Negotiate Response");
    let m = feed(&mut d, Dir::Server, 19, &[0x05, 0, 0, 0x13]);
    assert!(m[0].layer.has(f::tpkt::OSIDUMP_CALL));
}

/// Truncated and malformed input never panics.
#[test]
fn bad_input() {
    let samples: &[&[u8]] = &[
        &[3],
        &[3, 0, 0, 2],
        &[3, 0, 0, 5, 0],
        &[3, 0, 0, 6, 6, 0xe0],
        &[3, 0, 0, 9, 8, 0xe0, 0, 0, 0],
        &[3, 0, 0, 7, 4, 0xf0, 0],
        &[3, 0, 0, 8, 9, 0xc0, 0, 1],
        &[3, 0, 0, 12, 8, 0x80, 0, 1, 0, 2, 0, 0xc0],
        &[3, 0, 0, 12, 6, 0xe0, 0, 0, 0, 1, 0, 0xc1],
        &[3, 0, 0, 10, 2, 0x10, 0x80, 0, 0, 0],
    ];
    for b in samples {
        for cut in [0u64, 10] {
            let mut d = iso();
            d.set_snap_cut(cut);
            let _ = feed(&mut d, Dir::Client, 0, b);
            for n in 0..b.len() {
                let mut d = iso();
                d.set_snap_cut(cut);
                let _ = feed(&mut d, Dir::Client, 0, &b[..n]);
            }
        }
    }
}

/// A CR with a cookie line and a negotiation request.
#[test]
fn rdp_cookie() {
    let mut v = b"Cookie: mstshash=JOHN\r\n".to_vec();
    v.extend_from_slice(&[1, 0, 8, 0, 3, 0, 0, 0]);
    let l = rdp_negotiation(&v, CR).unwrap();
    assert_eq!(l.get_str(f::rdp::RT_COOKIE), Some("Cookie: mstshash=JOHN"));
    assert_eq!(l.get_uint(f::rdp::NEGREQ_REQUESTEDPROTOCOLS), Some(3));
    let mut s = String::new();
    rdp_info(&mut s, &l);
    assert_eq!(s, "Cookie: mstshash=JOHN, Negotiate Request");
    let f = rdp_negotiation(&[3, 0, 8, 0, 2, 0, 0, 0], CC).unwrap();
    let mut s = String::new();
    rdp_info(&mut s, &f);
    assert_eq!(
        s,
        "Negotiate Failure, failureCode TLS not allowed by server"
    );
    assert!(rdp_negotiation(&[2, 3, 0, 0, 1, 0, 0, 2], CC).is_none());
}

/// Port 3389: a fast-path PDU filling a segment is a TPKT item and data;
/// the same bytes after a TPKT PDU are a continuation.
#[test]
fn fast_path() {
    let mut d = TpktDecoder::new();
    d.set_ports(1312, RDP_PORT);
    let dt = [3u8, 0, 0, 8, 2, 0xf0, 0x80, 0x11];
    let _ = feed(&mut d, Dir::Client, 0, &dt);
    let fp = [0xc4u8, 4, 0xaa, 0xbb];
    let m = feed(&mut d, Dir::Client, 8, &fp);
    assert_eq!(protocols(&m), ["tpkt", "data"]);
    assert!(!m[0].layer.has(f::tpkt::CONTINUATION_DATA));
    let both = [&dt[..], &fp[..]].concat();
    let m = feed(&mut d, Dir::Client, 12, &both);
    assert_eq!(protocols(&m), ["tpkt", "cotp", "data", "tpkt"]);
    assert!(m[3].layer.has(f::tpkt::CONTINUATION_DATA));
}
