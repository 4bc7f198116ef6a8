//! NetBIOS over TCP/IP as tshark 4.0 shows it (crafted bytes).

use super::*;

/// `name` (15 bytes, space padded) with type `t`, first-level encoded.
fn encoded(name: &str, t: u8) -> Vec<u8> {
    let mut raw = format!("{name:<15}").into_bytes();
    raw.push(t);
    let mut e = vec![32];
    for c in raw {
        e.push(b'A' + (c >> 4));
        e.push(b'A' + (c & 0xf));
    }
    e.push(0);
    e
}

#[test]
fn names() {
    let e = encoded("WORKGROUP", 0x1b);
    let (s, t, len) = nb_name(&e, 0).ok().unwrap();
    assert_eq!((s.as_str(), t, len), ("WORKGROUP<1b>", Some(0x1b), 34));
    assert_eq!(
        netbios_name(b"\x01\x02__MSBROWSE__\x02\x01").0,
        "<01><02>__MSBROWSE__<02><01>"
    );
    let (s, t, _) = nb_name(b"\x02ab\x00", 0).ok().unwrap();
    assert!(s.starts_with("Illegal NetBIOS name"));
    assert_eq!(t, None);
}

#[test]
fn nbns_registration() {
    let mut b = vec![0x89, 0x2e, 0x29, 0x10, 0, 1, 0, 0, 0, 0, 0, 1];
    b.extend(encoded("HOST", 0));
    b.extend_from_slice(&[0, 32, 0, 1]);
    b.extend_from_slice(&[
        0xc0, 12, 0, 32, 0, 1, 0, 4, 0x93, 0xe0, 0, 6, 0x60, 0, 10, 0, 0, 1,
    ]);
    let l = nbns(&b, 0, b.len(), false);
    let names: Vec<_> = l.all(f::nbns::NAME).collect();
    assert_eq!(
        names,
        [
            &Value::Str("HOST<00>".into()),
            &Value::Str("HOST<00> (Workstation/Redirector)".into())
        ]
    );
    assert_eq!(l.get_uint(f::nbns::TTL), Some(300_000));
    assert_eq!(l.get_uint(f::nbns::NB_FLAGS), Some(0x6000));
    assert_eq!(l.get(f::nbns::ADDR), Some(&Value::Ipv4([10, 0, 0, 1])));
    assert!(l.anomalies.is_empty());
    let mut s = String::new();
    nbns_info(&mut s, &l);
    assert_eq!(s, "Registration NB HOST<00>");
}

fn feed(d: &mut NbssDecoder, off: u64, data: &[u8]) -> Vec<Message> {
    let mut out = Vec::new();
    d.feed(Dir::Client, off, data, &mut out);
    out
}

#[test]
fn nbss_messages_in_and_across_segments() {
    let mut d = NbssDecoder::new();
    d.set_ports(50000, 445);
    let mut smb2 = vec![0, 0, 0, 8];
    smb2.extend_from_slice(b"\xfeSMB\x40\x00\x00\x00");
    // Two messages in one segment, then one cut across two.
    let mut seg = smb2.clone();
    seg.extend_from_slice(&smb2);
    seg.extend_from_slice(&smb2[..6]);
    let out = feed(&mut d, 0, &seg);
    let protos: Vec<_> = out.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(protos, ["nbss", "smb2", "nbss", "smb2"]);
    assert!(out[2].layer.has(f::nbss::OSIDUMP_AGAIN));
    assert!(!out[0].layer.has(f::nbss::FLAGS));
    assert!(d.holds_partial(Dir::Client));
    let out = feed(&mut d, seg.len() as u64, &smb2[6..]);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].stream_offset, 24);
    assert_eq!(out[0].layer.get_uint(f::nbss::LENGTH), Some(8));
    // Not NBSS: a continuation.
    let mut d = NbssDecoder::new();
    let out = feed(&mut d, 0, b"\x17\x03\x03\x00\x10");
    assert!(out[0].layer.has(f::nbss::CONTINUATION_DATA));
}

// tshark 4.0 on Suricata's dcerpc-smb-test-01 (frames 112-119): a
// message of known length across segments shows NBSS's Info in its first
// segment only; TCP holds the others without calling NBSS.
#[test]
fn only_the_first_segment_of_a_long_message_shows_nbss_info() {
    let mut d = NbssDecoder::new();
    d.set_ports(445, 50000);
    let mut seg = vec![0, 0, 0x0b, 0xb8];
    seg.extend_from_slice(b"\xfeSMB\x40\x00\x00\x00");
    seg.resize(1460, 0);
    assert!(feed(&mut d, 0, &seg).is_empty());
    let mut info = String::new();
    assert!(d.pending_info(Dir::Client, &mut info));
    assert_eq!(info, "Session message");
    assert!(feed(&mut d, 1460, &[0; 1460]).is_empty());
    assert!(d.holds_partial(Dir::Client));
    assert!(!d.pending_info(Dir::Client, &mut String::new()));
    let out = feed(&mut d, 2920, &[0; 84]);
    assert_eq!(out[0].layer.get_uint(f::nbss::LENGTH), Some(3000));
}

#[test]
fn nbds_direct_group() {
    let mut b = vec![
        0x11, 0x0e, 0x89, 0x1d, 192, 168, 1, 249, 0, 138, 0, 0x50, 0, 0,
    ];
    b.extend(encoded("HOST", 0));
    b.extend(encoded("GROUP", 0x1d));
    b.extend_from_slice(b"\xffSMB\x25");
    let mut out = Vec::new();
    nbdgm(&b, 0, b.len(), false, &mut out);
    assert_eq!(out[0].get_str(f::nbdgm::SOURCE_NAME), Some("HOST<00>"));
    assert_eq!(out[0].get_uint(f::nbdgm::NODE_TYPE), Some(3));
    assert_eq!(out[1].protocol, "smb");
    assert_eq!(out[1].get_uint(f::smb::CMD), Some(0x25));
}
