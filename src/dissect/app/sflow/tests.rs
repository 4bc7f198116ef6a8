use super::*;
use crate::dissect::app::testing::{one, vals};
use crate::flow::ConvKey;

fn dgram(payload: &[u8], cut: bool) -> Datagram<'_> {
    let a = |x: u8| {
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&[10, 0, 0, x]);
        b
    };
    let (conv, _) = ConvKey::new(false, (a(1), 40000), (a(2), PORT));
    Datagram {
        payload,
        reported: payload.len() + usize::from(cut) * 100,
        at: 42,
        sport: 40000,
        dport: PORT,
        conv,
        frame: 1,
        ts_ns: 0,
        cut,
        nested: false,
        src_is_a: true,
        memory_pressed: false,
    }
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

/// A flow sample from an IPv6 agent: a raw Ethernet header, extended
/// switch, router and gateway data, then an Ethernet frame record.
const FLOW: &str = "000000050000000220010db800000000000000000000000100000000000000020000006300000002000000010000010c000000090000000500000100000004000000000000000003800000020000000500000001000000400000000100000032000000040000002e00112233445566554433221108004500002000070000401100000a0000010a00000204d20035000c0000616263640000000003e9000000100000000a000000010000001400000002000003ea0000001c00000002000102030405060708090a0b0c0d0e0f0000001800000010000003eb0000004000000001c00002010000fde80000fde90000fdea00000002000000020000000200000064000000c800000001000000010000012c00000001fde80001000000640000000200000018000000000000000000000000000000000000000000000000000000020000000c0000002b0000000800000000";

#[test]
fn versions_and_agent_types_tshark_accepts() {
    let head = |v: u32, t: u32| [v.to_be_bytes(), t.to_be_bytes()].concat();
    assert!(accepted(&head(5, 1)));
    assert!(accepted(&head(2, 0)));
    assert!(accepted(&head(4, 2)));
    assert!(!accepted(&head(3, 1)));
    assert!(!accepted(&head(5, 3)));
    assert!(!accepted(&head(5, 1)[..7]));
    assert_eq!(dissect(&dgram(&head(3, 1), false)).protocol, "data");
}

#[test]
fn flow_sample_fields_and_sampled_header() {
    let b = unhex(FLOW);
    let mut l = dissect(&dgram(&b, false));
    assert_eq!(
        one(&l, "osidump.sflow.info"),
        "V5, agent 2001:db8::1, sub-agent ID 0, seq 2, 2 samples"
    );
    assert_eq!(
        vals(&l, "sflow_245.flow_record_format"),
        ["1", "1001", "1002", "1003", "2"]
    );
    assert_eq!(
        vals(&l, "sflow_245.dstAS"),
        ["100", "200", "300", "4259840001"]
    );
    // The Ethernet frame record's data is not shown; the next sample is.
    assert_eq!(vals(&l, "sflow_245.sampletype"), ["1", "2"]);
    let frames = take_frames(&mut l);
    assert_eq!(frames.len(), 1);
    assert_eq!(frames[0].0, HEADER_ETHERNET);
    assert_eq!(frames[0].1.len(), 48);
    assert!(!l.has(f::sflow::OSIDUMP_FRAME));
}

/// tshark's enterprise item holds the word's top eight bits.
#[test]
fn enterprise_item_is_the_top_byte() {
    let mut b = [5u32, 0, 0, 1, 0, 1, 0x5abb_6000, 4]
        .iter()
        .flat_map(|w| w.to_be_bytes())
        .collect::<Vec<u8>>();
    b.extend_from_slice(&[1, 2, 3, 4]);
    let l = dissect(&dgram(&b, false));
    assert_eq!(vals(&l, "sflow.enterprise"), ["90"]);
    assert_eq!(one(&l, "sflow.enterprise.length"), "4");
    assert!(l.thrown.is_none());
}

/// Every cut of a datagram, captured short or short on the wire: a layer
/// marked as far as it goes, never a panic; hostile counts stop at the
/// bytes.
#[test]
fn cut_and_hostile_datagrams_never_panic() {
    let b = unhex(FLOW);
    for end in 0..=b.len() {
        for cut in [false, true] {
            let l = dissect(&dgram(&b[..end], cut));
            if end >= 8 && end < b.len() {
                assert!(l.thrown.is_some(), "cut at {end}");
            }
        }
    }
    // 2^32-1 samples, records and AS path segments.
    let mut h = [5u32, 1, 0x0a01_0203, 7, 1, 0, u32::MAX]
        .iter()
        .flat_map(|w| w.to_be_bytes())
        .collect::<Vec<u8>>();
    h.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 200]);
    h.extend_from_slice(&[0xff; 200]);
    let l = dissect(&dgram(&h, false));
    assert!(l.thrown.is_some());
}
