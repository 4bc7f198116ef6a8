//! ISAKMP and UDP encapsulation as tshark 4.0 shows them (crafted bytes;
//! the values asserted are tshark 4.0.17's for the same bytes).

use super::*;
use crate::flow::ConvKey;

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn layer(b: &[u8]) -> Layer<'_> {
    dissect(b, 0, b.len(), false, false).expect("isakmp")
}

fn info_of(l: &Layer<'_>) -> String {
    let mut s = String::new();
    info(&mut s, l);
    s
}

fn uints(l: &Layer<'_>, def: Def) -> Vec<u64> {
    l.all(def)
        .map(|v| match v {
            Value::UInt(n) => *n,
            other => panic!("{other:?}"),
        })
        .collect()
}

/// IKE_SA_INIT: SA (proposal, ENCR transform with a key length), KE,
/// nonce, notify (NAT_DETECTION_SOURCE_IP), vendor ID.
const IKEV2: &str = "1111111111111111000000000000000021202208000000000000006822000018\
00000014010100010000000c0100000c800e00802800000c000e0000aabbccdd29000008010203042b00000c\
00004004cafebabe000000144048b7d56ebce88525e7de7f00d6c2d3";

/// Quick Mode: SA (ESP proposal with an SPI, AES transform with IPsec
/// attributes), ID (IPv4 subnet), hash, delete, notify (responder
/// lifetime), NAT-OA, vendor ID.
const IKEV1: &str = "222222222222222233333333333333330110200000000000000000b005000038\
00000001000000010000002c01030401aabbccdd00000020010c000080010001000200040001518080040001\
800500028006010008000010041101f40a000001ffffff000c000008112233440b0000140000000103040002\
0102030405060708150000100000000103046000deadbeef0d00000c01000000c0a8010100000014afcad713\
68a1f1c96b8696fc77570100";

#[test]
fn ikev2_sa_init() {
    let b = hex(IKEV2);
    let l = layer(&b);
    assert_eq!(info_of(&l), "IKE_SA_INIT MID=00 Initiator Request");
    assert_eq!(
        uints(&l, f::isakmp::TYPEPAYLOAD),
        [33, 2, 3, 34, 40, 41, 43]
    );
    assert_eq!(
        uints(&l, f::isakmp::NEXTPAYLOAD),
        [33, 34, 0, 0, 40, 41, 43, 0]
    );
    assert_eq!(
        uints(&l, f::isakmp::PAYLOADLENGTH),
        [24, 20, 12, 12, 8, 12, 20]
    );
    assert_eq!(uints(&l, f::isakmp::TF_ID_ENCR), [12]);
    assert_eq!(uints(&l, f::isakmp::IKE2_ATTR_KEY_LENGTH), [128]);
    assert_eq!(uints(&l, f::isakmp::KEY_EXCHANGE_DH_GROUP), [14]);
    assert_eq!(uints(&l, f::isakmp::NOTIFY_MSGTYPE), [16388]);
    assert_eq!(
        l.get_str(f::isakmp::VID_STRING),
        Some("Cisco Fragmentation")
    );
    assert!(l.flag(f::isakmp::FLAG_I));
    assert!(!l.has(f::isakmp::FLAG_E));
    assert!(l.thrown.is_none());
}

#[test]
fn ikev1_quick_mode() {
    let b = hex(IKEV1);
    let l = layer(&b);
    assert_eq!(info_of(&l), "Quick Mode");
    assert_eq!(
        uints(&l, f::isakmp::TYPEPAYLOAD),
        [1, 2, 3, 5, 8, 12, 11, 21, 13]
    );
    assert_eq!(uints(&l, f::isakmp::IPSEC_ATTR_TYPE), [1, 2, 4, 5, 6]);
    assert_eq!(uints(&l, f::isakmp::IPSEC_ATTR_LIFE_DURATION), [86400]);
    assert_eq!(
        l.get(f::isakmp::ID_DATA_IPV4_SUBNET),
        Some(&Value::Ipv4([255, 255, 255, 0]))
    );
    assert_eq!(l.all(f::isakmp::DELETE_SPI).count(), 2);
    assert_eq!(uints(&l, f::isakmp::NOTIFY_MSGTYPE), [24576]);
    assert_eq!(
        l.get(f::isakmp::IKE_NAT_ORIGINAL_ADDRESS_IPV4),
        Some(&Value::Ipv4([192, 168, 1, 1]))
    );
    assert!(l.thrown.is_none());
}

#[test]
fn length_past_two_gigabytes_is_shown_and_ends_the_message() {
    let mut b = hex(IKEV1);
    b[24..28].copy_from_slice(&0xff00_0000u32.to_be_bytes());
    let l = layer(&b);
    assert_eq!(l.get_uint(f::isakmp::LENGTH), Some(0xff00_0000));
    assert!(!l.has(f::isakmp::TYPEPAYLOAD));
    assert!(l.thrown.is_none());
}

#[test]
fn heuristic_refuses_short_or_small_length() {
    assert!(dissect(&[0u8; 20], 0, 20, false, false).is_none());
    let mut b = hex(IKEV2);
    b[24..28].copy_from_slice(&27u32.to_be_bytes());
    assert!(dissect(&b, 0, b.len(), false, false).is_none());
    assert!(dissect(&[1], 0, 1, false, false).is_none());
    let l = dissect(&[0xff], 0, 1, false, false).unwrap();
    assert_eq!(info_of(&l), "NAT Keepalive");
}

#[test]
fn key_exchange_lengths_as_tshark() {
    // A v2 KE payload of 6 bytes: the data's length is -2 (malformed);
    // of 7: -1, the rest of the message; of 8: empty.
    let head = |len: u32| {
        let mut h = hex("111111111111111100000000000000002220220800000000");
        h.extend_from_slice(&len.to_be_bytes());
        h
    };
    let mut b = head(34);
    b.extend(hex("000000060002aabbccdd"));
    let l = layer(&b);
    assert!(!l.has(f::isakmp::KEY_EXCHANGE_DATA));
    assert!(l.thrown.is_some());
    let mut b = head(35);
    b.extend(hex("00000007000200aabbccdd"));
    let l = layer(&b);
    assert_eq!(
        l.get(f::isakmp::KEY_EXCHANGE_DATA),
        Some(&Value::Bytes(Cow::Owned(hex("bbccdd"))))
    );
    let mut b = head(36);
    b.extend(hex("000000080002 0000aabbccdd".replace(' ', "").as_str()));
    let l = layer(&b);
    assert_eq!(
        l.get(f::isakmp::KEY_EXCHANGE_DATA),
        Some(&Value::Bytes(Cow::Owned(Vec::new())))
    );
    assert!(l.thrown.is_none());
}

#[test]
fn every_cut_is_safe() {
    for msg in [hex(IKEV2), hex(IKEV1)] {
        for n in 0..=msg.len() {
            let _ = dissect(&msg[..n], 0, msg.len(), true, false);
            let _ = dissect(&msg[..n], 0, n, false, false);
        }
    }
}

fn dgram(payload: &[u8]) -> Datagram<'_> {
    let a = |x: u8| {
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&[10, 0, 0, x]);
        b
    };
    let (conv, _) = ConvKey::new(false, (a(1), NATT_PORT), (a(2), NATT_PORT));
    Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport: NATT_PORT,
        dport: NATT_PORT,
        conv,
        frame: 1,
        ts_ns: 0,
        cut: false,
        nested: false,
        src_is_a: true,
        memory_pressed: false,
    }
}

fn encap(b: &[u8]) -> Vec<Layer<'_>> {
    let mut out = Vec::new();
    udpencap(&dgram(b), &mut out);
    out
}

#[test]
fn udp_encapsulation() {
    let out = encap(&[0xff]);
    assert_eq!(out.len(), 1);
    assert!(out[0].has(f::udpencap::NAT_KEEPALIVE));
    let mut s = String::new();
    udpencap_info(&mut s, &out[0]);
    assert_eq!(s, "NAT-keepalive");

    let mut b = vec![0; 4];
    b.extend(hex(IKEV2));
    let out = encap(&b);
    let names: Vec<_> = out.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["udpencap", "isakmp"]);
    assert!(out[0].has(f::udpencap::NON_ESP_MARKER));
    assert_eq!(out[1].span.start, 46);

    let b = hex("1234567800000001aabbccdd");
    let out = encap(&b);
    let names: Vec<_> = out.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["udpencap", "esp"]);
    assert_eq!(out[1].get_uint(f::esp::SPI), Some(0x1234_5678));

    // Too short for the marker: malformed; the marker then too little
    // for IKE: data.
    let out = encap(&[0x12, 0x34, 0x56]);
    assert_eq!(out.len(), 1);
    assert!(out[0].thrown.is_some());
    let b = hex("000000001122");
    let out = encap(&b);
    let names: Vec<_> = out.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["udpencap", "data"]);
}

#[test]
fn configuration_payload() {
    // IKEv2 CP reply: an address, two DNS servers, supported attributes,
    // an empty expiry (flagged in a response), a DNS value of 3 bytes
    // (not a multiple of 4: no address shown).
    let b = hex(
        "111111111111111122222222222222222f202320000000020000004b0000002f02000000000100040a000001\
         000300080808080808080404000e0004000100020005000000030003010203",
    );
    let l = layer(&b);
    assert_eq!(info_of(&l), "IKE_AUTH MID=02 Responder Response");
    assert_eq!(uints(&l, f::isakmp::CFG_ATTR_TYPE), [1, 3, 14, 5, 3]);
    assert_eq!(
        l.all(f::isakmp::CFG_ATTR_INTERNAL_IP4_DNS)
            .collect::<Vec<_>>(),
        [&Value::Ipv4([8, 8, 8, 8]), &Value::Ipv4([8, 8, 4, 4])]
    );
    assert_eq!(uints(&l, f::isakmp::CFG_ATTR_SUPPORTED_ATTRIBUTES), [1, 2]);
    assert!(l.has(f::isakmp::ATTRIBUTE_VALUE_EMPTY));
    assert!(l.thrown.is_none());
}
