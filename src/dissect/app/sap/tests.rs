use super::*;
use crate::dissect::app::testing::datagram;

fn layers(payload: &[u8]) -> Vec<Layer<'_>> {
    let mut out = Vec::new();
    dissect(&datagram(payload, PORT, PORT), &mut out);
    out
}

const SDP: &[u8] = b"v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=Talk\r\nc=IN IP4 239.1.2.3/16\r\nm=audio 5004 RTP/AVP 0\r\n";

#[test]
fn announcement_with_a_payload_type_then_sdp() {
    let mut b = vec![0x20, 0, 0x12, 0x34, 10, 0, 0, 1];
    b.extend_from_slice(b"application/sdp\0");
    b.extend_from_slice(SDP);
    let ls = layers(&b);
    assert_eq!(ls.len(), 2);
    let l = &ls[0];
    assert_eq!(l.get_uint(f::sap::FLAGS_V), Some(1));
    assert_eq!(l.get_uint(f::sap::MESSAGE_IDENTIFIER_HASH), Some(0x1234));
    assert_eq!(l.get_str(f::sap::PAYLOAD_TYPE), Some("application/sdp"));
    assert_eq!(ls[1].protocol, "sdp");
    assert_eq!(ls[1].span.start, 42 + 8 + 16);
    let mut info = String::new();
    super::info(&mut info, &ls, 0);
    assert_eq!(info, "Announcement (v1)");
}

/// IPv6 source, a deletion, padded authentication data; no payload type
/// when the description starts at once.
#[test]
fn deletion_from_ipv6_with_padded_authentication() {
    let mut b = vec![0x34, 2, 0, 1];
    b.extend_from_slice(&[0x20, 1, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    b.extend_from_slice(&[0x30, 0xaa, 0xbb, 0xcc, 0xdd, 0, 0, 3]);
    b.extend_from_slice(SDP);
    let ls = layers(&b);
    let l = &ls[0];
    assert_eq!(l.get(f::sap::FLAGS_T), Some(&Value::Bool(true)));
    assert!(l.has(f::sap::ORIGINATING_SOURCE_IPV6));
    assert_eq!(
        l.get(f::sap::AUTH_SUBHEADER),
        Some(&Value::Bytes(Cow::Borrowed(&[0xaa, 0xbb, 0xcc, 0xdd][..])))
    );
    assert_eq!(l.get_uint(f::sap::AUTH_DATA_PADDING_LEN), Some(3));
    assert!(!l.has(f::sap::PAYLOAD_TYPE));
    assert_eq!(ls[1].protocol, "sdp");
    let mut info = String::new();
    super::info(&mut info, &ls, 1);
    assert_eq!(info, "");
    super::info(&mut info, &ls, 0);
    assert_eq!(info, "Deletion (v1)");
}

#[test]
fn encrypted_payload_is_not_read() {
    let mut b = vec![0x22, 0, 0, 1, 10, 0, 0, 1];
    b.extend_from_slice(SDP);
    let ls = layers(&b);
    assert_eq!(ls.len(), 1);
    assert!(ls[0].has(f::sap::ENCRYPTED));
}

/// Cut anywhere, never a panic; a cut header is marked.
#[test]
fn cut_anywhere() {
    let mut b = vec![0x30, 2, 0, 1];
    b.extend_from_slice(&[0; 16]);
    b.extend_from_slice(&[0x10, 1, 2, 9, 0, 0, 0, 0xff]);
    b.extend_from_slice(b"application/sdp\0v=0\r\n");
    for n in 1..=b.len() {
        let ls = layers(&b[..n]);
        assert!(!ls.is_empty());
    }
    assert!(!layers(&b[..3])[0].anomalies.is_empty());
}
