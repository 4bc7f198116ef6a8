//! Babel as tshark 4.0 shows it (crafted bytes).

use super::*;
use crate::dissect::layer::AnomalyKind;

fn layer(b: &[u8]) -> Layer<'_> {
    dissect(b, 0, b.len(), false, false)
}

/// [`layer`] of a temporary packet.
fn owned(b: &[u8]) -> Layer<'static> {
    layer(b).into_owned()
}

fn tlv(kind: u8, body: &[u8]) -> Vec<u8> {
    [&[kind, body.len() as u8][..], body].concat()
}

fn packet(body: &[Vec<u8>], trailer: &[u8]) -> Vec<u8> {
    let body = body.concat();
    let mut p = vec![MAGIC, 2];
    p.extend_from_slice(&(body.len() as u16).to_be_bytes());
    p.extend_from_slice(&body);
    p.extend_from_slice(trailer);
    p
}

fn info_of(l: &Layer<'_>) -> String {
    let mut s = String::new();
    info(&mut s, l);
    s
}

fn texts(l: &Layer<'_>) -> Vec<String> {
    l.all(f::babel::OSIDUMP_PREFIX)
        .map(|v| v.to_string())
        .collect()
}

fn update(ae: u8, flags: u8, plen: u8, omitted: u8, tail: &[u8]) -> Vec<u8> {
    let mut b = vec![ae, flags, plen, omitted, 0x01, 0x90, 0, 7, 0, 96];
    b.extend_from_slice(tail);
    tlv(UPDATE, &b)
}

#[test]
fn the_port_takes_only_the_magic_with_a_header() {
    assert!(port_takes(&[42, 2, 0, 0]));
    assert!(port_takes(&[42, 1, 0, 0]));
    assert!(!port_takes(&[42, 2, 0]));
    assert!(!port_takes(&[43, 2, 0, 0]));
    assert!(!port_takes(&[]));
}

#[test]
fn another_version_shows_its_number_only() {
    let b = [42, 3, 0, 8, 4, 6, 0, 0, 0, 0, 0, 0];
    let l = layer(&b);
    assert_eq!(info_of(&l), "Version 3");
    assert!(!l.has(f::babel::MAGIC));
    assert!(!listed(&l));
    assert!(l.anomalies.is_empty());
}

#[test]
fn updates_take_omitted_bytes_from_the_default_prefix_of_their_body() {
    let b = packet(
        &[
            update(2, 0x80, 64, 0, &[0x20, 1, 0x0d, 0xb8, 0, 0, 0, 1]),
            update(2, 0, 64, 6, &[0, 2]),
            update(1, 0x80, 24, 0, &[192, 168, 7]),
            update(1, 0, 32, 3, &[9]),
            update(0, 0, 0, 0, &[]),
            // Plen 33 of IPv4: tshark's -1, no sub-TLV read.
            update(1, 0, 33, 0, &[1, 2, 3, 4, 5]),
        ],
        &[],
    );
    let l = layer(&b);
    assert_eq!(
        texts(&l),
        [
            "2001:db8:0:1::/64",
            "2001:db8:0:2::/64",
            "192.168.7.0/24",
            "192.168.7.9/32",
            "::/0",
            "corrupt/33",
        ]
    );
    assert_eq!(l.all(f::babel::MESSAGE_OMITTED).count(), 6);
    assert!(!l.has(f::babel::SUBTLV));
    assert_eq!(
        info_of(&l),
        "Babel update update update update update update"
    );
    assert!(l.anomalies.is_empty());
    assert!(listed(&l));
    // The trailer starts afresh: no default prefix, the omitted bytes
    // are zeros (and so no longer IPv4-mapped).
    let b = packet(
        &[update(1, 0x80, 24, 0, &[192, 168, 7])],
        &update(1, 0, 32, 3, &[9]),
    );
    assert_eq!(texts(&layer(&b)), ["192.168.7.0/24", "::9/32"]);
}

#[test]
fn hello_ihu_and_their_sub_tlvs() {
    let ihu = tlv(
        IHU,
        &[
            3, 0, 0, 0x60, 0x04, 0xb0, 2, 0x50, 0x54, 0xff, 0xfe, 0x85, 0x5d, 0xa9, 3, 8, 0, 0, 0,
            1, 0, 0, 0, 2,
        ],
    );
    let hello = tlv(
        HELLO,
        &[0, 0, 0x3c, 0xe1, 0x01, 0x90, 2, 2, 1, 6, 0, 0x81, 0],
    );
    // The IHU first: its receive timestamp's span ends inside the Hello.
    let l = owned(&packet(&[ihu.clone(), hello.clone()], &[]));
    assert!(l.anomalies.is_empty());
    assert_eq!(texts(&l), ["fe80::250:54ff:fe85:5da9"]);
    assert_eq!(l.get_uint(f::babel::MESSAGE_RXCOST), Some(0x60));
    let channels: Vec<u64> = l
        .all(f::babel::SUBTLV_DIVERSITY_CHANNEL)
        .filter_map(|v| match v {
            Value::UInt(n) => Some(*n),
            _ => None,
        })
        .collect();
    assert_eq!(channels, [1, 6]);
    assert_eq!(l.all(f::babel::SUBTLV).count(), 4);
    // Last, it spans past the datagram: malformed, as tshark.
    let l = owned(&packet(&[hello, ihu], &[]));
    assert_eq!(l.anomalies.len(), 1);
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Malformed);
    assert_eq!(info_of(&l), "Babel hello ihu");
}

#[test]
fn an_ihu_whose_address_does_not_parse_reads_sub_tlvs_a_byte_early() {
    // AE 2 with 4 address bytes: tshark's -1, sub-TLVs from byte 7 of
    // the message (the interval's low byte, 0: a Pad1).
    let l = owned(&packet(
        &[tlv(IHU, &[2, 0, 0, 0x60, 0x04, 0, 9, 9, 9, 9])],
        &[],
    ));
    assert_eq!(texts(&l), ["corrupt"]);
    assert_eq!(l.get_uint(f::babel::SUBTLV_TYPE), Some(0));
    assert!(l.anomalies.is_empty());
}

#[test]
fn negative_item_lengths_are_malformed_and_minus_one_runs_to_the_end() {
    // An NH of length 0: its address item's length is -2.
    let l = owned(&packet(&[tlv(NH, &[])], &[]));
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Malformed);
    assert!(l.has(f::babel::MESSAGE_LENGTH));
    assert!(!l.has(f::babel::MESSAGE_AE));
    // Length 1: -1, the prefix runs to the end of the datagram (a
    // wildcard's prefix length read from the trailer's first Pad1).
    let b = [MAGIC, 2, 0, 3, REQUEST, 1, 0, 0, 0, 0];
    let l = layer(&b);
    assert_eq!(
        l.get(f::babel::MESSAGE_PREFIX),
        Some(&Value::Bytes(Cow::Borrowed(&[0, 0][..])))
    );
    assert_eq!(info_of(&l), "Babel request pad1 pad1 pad1");
    assert!(l.anomalies.is_empty());
}

#[test]
fn the_trailer_length_is_taken_modulo_256() {
    let hello = tlv(HELLO, &[0, 0, 0, 1, 0x01, 0x90]);
    // 302 trailer bytes: tshark reads 46 of them, so the second PadN
    // (at 202) is never reached.
    let trailer = [tlv(1, &[0; 200]), tlv(1, &[0; 98])].concat();
    let l = owned(&packet(std::slice::from_ref(&hello), &trailer));
    assert_eq!(info_of(&l), "Babel hello padn");
    assert!(l.anomalies.is_empty());
    // A body claiming more than the datagram, skipped by a message's
    // length: the trailer's item (-1 as a byte, 255) throws.
    let l = owned(&[MAGIC, 2, 0, 3, 1, 200]);
    assert_eq!(info_of(&l), "Babel padn");
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Malformed);
}

#[test]
fn an_empty_body_is_declined_after_its_items() {
    let hello = tlv(HELLO, &[0, 0, 0, 1, 0x01, 0x90]);
    let b = packet(&[], &hello);
    let l = layer(&b);
    assert_eq!(info_of(&l), "Babel hello");
    assert!(!listed(&l));
    let twice = dissect_calls(&b, 0, b.len(), false, false, 2);
    assert_eq!(twice.all(f::babel::MAGIC).count(), 2);
    assert_eq!(info_of(&twice), "Babel hello");
    // One that throws in its trailer is Babel's.
    let b = packet(&[], &[HELLO, 30, 0, 0, 0, 1, 0, 0]);
    let l = layer(&b);
    assert!(listed(&l));
    assert!(!l.anomalies.is_empty());
}

#[test]
fn cut_anywhere_it_shows_what_it_read_and_never_panics() {
    let b = packet(
        &[
            tlv(HELLO, &[0, 0, 0, 1, 0x01, 0x90, 3, 4, 0, 0, 0, 1]),
            tlv(
                IHU,
                &[
                    1, 0, 0, 0x60, 0x04, 0xb0, 10, 0, 0, 1, 3, 8, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0,
                    0,
                ],
            ),
            tlv(ROUTER_ID, &[0, 0, 1, 2, 3, 4, 5, 6, 7, 8]),
            tlv(NH, &[1, 0, 10, 0, 0, 1]),
            update(1, 0x80, 24, 0, &[10, 1, 2, 2, 3, 1, 6, 11]),
            tlv(REQUEST, &[1, 24, 10, 1, 2]),
            tlv(
                MH_REQUEST,
                &[1, 24, 0, 1, 16, 0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 1, 2],
            ),
            tlv(ACK_REQ, &[0, 0, 0xab, 0xcd, 0, 10]),
            tlv(ACK, &[0xab, 0xcd]),
            tlv(PC, &[0, 0, 0, 1, 0, 0]),
        ],
        &tlv(16, &[0, 1, 2, 3]),
    );
    let whole = layer(&b);
    assert!(whole.anomalies.is_empty());
    assert!(whole.has(f::babel::MESSAGE_INDEX));
    for n in 0..b.len() {
        // Cut by the capture: truncated, the fields a prefix of the whole.
        let l = dissect(&b[..n], 0, b.len(), true, false);
        assert_eq!(l.anomalies.len(), 1, "{n}");
        assert_eq!(l.anomalies[0].kind, AnomalyKind::Truncated, "{n}");
        let names = |l: &Layer<'_>| -> Vec<&str> {
            l.fields
                .iter()
                .map(|f| f.def.name)
                .filter(|n| !n.starts_with("osidump."))
                .collect()
        };
        assert!(names(&whole).starts_with(&names(&l)), "{n}");
        // The datagram itself that short: malformed (or nothing to say).
        let l = layer(&b[..n]);
        assert!(l.anomalies.iter().all(|a| a.kind == AnomalyKind::Malformed));
        // Quoted by an ICMP error: nothing marked.
        assert!(
            dissect(&b[..n], 0, b.len(), true, true)
                .anomalies
                .is_empty()
        );
    }
    // Every byte value at every place: no panic.
    for at in 0..b.len() {
        for v in [0u8, 1, 2, 3, 4, 0x7f, 0x80, 0xff] {
            let mut c = b.clone();
            c[at] = v;
            let _ = layer(&c);
        }
    }
}
