//! MPTCP's unit tests: a connection over two subflows (Ethernet frames
//! made for these tests; the expected values are tshark 4.0's on the same
//! bytes), and every option cut at every byte and given every length,
//! which must never panic and must fail as tshark's exception would.

use super::{Item, parse};
use crate::dissect::Dissector;
use crate::dissect::layer::AnomalyKind;
use crate::dissect::testing::{fields, frame, get};

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// The two-subflow connection, frame by frame (10.0.0.1:40000 to
/// 10.0.0.2:80, then 10.0.1.1:40001 to 10.0.1.2:80).
const CONNECTION: &[(&str, &str)] = &[
    (
        "SYN: MP_CAPABLE v1, no key",
        "02000000000202000000000108004500002c00014000400626c90a0000010a0000029c40005000000064000000006002ffff000000001e040101",
    ),
    (
        "SYN/ACK: MP_CAPABLE v1, the server's key",
        "02000000000202000000000108004500003400014000400626c10a0000020a00000100509c40000001f4000000658012ffff000000001e0c01011112131415161718",
    ),
    (
        "ACK: MP_CAPABLE v1, both keys",
        "02000000000202000000000108004500003c00014000400626b90a0000010a0000029c40005000000065000001f5a010ffff000000001e14010101020304050607081112131415161718",
    ),
    (
        "ADD_ADDR 10.0.1.2 id 2 with its HMAC",
        "02000000000202000000000108004500003800014000400626bd0a0000020a00000100509c40000001f5000000659010ffff000000001e1030020a0001020000000000000000",
    ),
    (
        "second path SYN: MP_JOIN with the server's token",
        "02000000000202000000000108004500003400014000400624c10a0001010a0001029c41005000000384000000008002ffff000000001e0c1102ccad45ac0000002a",
    ),
    (
        "SYN/ACK: MP_JOIN truncated HMAC",
        "02000000000202000000000108004500003800014000400624bd0a0001020a00010100509c41000002bc000003859012ffff000000001e10100211111111111111110000002b",
    ),
    (
        "ACK: MP_JOIN HMAC",
        "02000000000202000000000108004500004000014000400624b50a0001010a0001029c41005000000385000002bdb010ffff000000001e1810002222222222222222222222222222222222222222",
    ),
    (
        "data on the second path: DSS data ACK and mapping (4-byte)",
        "02000000000202000000000108004500004100014000400624b40a0001010a0001029c41005000000385000002bda018ffff000000001e1220058e087c8fd29d6f73000000010005000068656c6c6f",
    ),
    (
        "DSS 8-byte data ACK",
        "02000000000202000000000108004500003400014000400624c10a0001020a00010100509c41000002bd0000038a8010ffff000000001e0c2003f5a101d3d29d6f78",
    ),
];
/// Each frame's fields, dissected in order by one dissector.
fn connection() -> Vec<Vec<(String, String)>> {
    let mut d = Dissector::new();
    CONNECTION
        .iter()
        .map(|(_, h)| {
            let data = hex(h);
            fields(&d.dissect(&frame(1, &data)))
        })
        .collect()
}

#[test]
fn handshake_keys_tokens_and_initial_dsns() {
    let f = connection();
    // The SYN of version 1 carries no key: no connection yet.
    assert_eq!(get(&f[0], "tcp.options.mptcp.version"), ["1"]);
    assert!(get(&f[0], "mptcp.stream").is_empty());
    // tshark's SHA-256 token and initial DSN of the server's key.
    assert_eq!(
        get(&f[1], "tcp.options.mptcp.sendkey"),
        ["1230066625199609624"]
    );
    assert_eq!(get(&f[1], "mptcp.expected_token"), ["3433907628"]);
    assert_eq!(get(&f[1], "mptcp.expected_idsn"), ["6006656914258689166"]);
    assert_eq!(get(&f[1], "tcp.options.mptcp.sha256.flag"), ["1"]);
    assert_eq!(get(&f[1], "mptcp.stream"), ["0"]);
    // The ACK repeats both keys; the token shown is the sender's.
    assert_eq!(
        get(&f[2], "tcp.options.mptcp.sendkey"),
        ["72623859790382856"]
    );
    assert_eq!(
        get(&f[2], "tcp.options.mptcp.recvkey"),
        ["1230066625199609624"]
    );
    assert_eq!(get(&f[2], "mptcp.expected_token"), ["1719930330"]);
    assert_eq!(get(&f[2], "mptcp.expected_idsn"), ["17699430019826020210"]);
    assert_eq!(get(&f[2], "mptcp.analysis.subflows"), ["0 "]);
    // Every option is an `mptcp` item and a call in frame.protocols.
    assert_eq!(
        get(&f[2], "mptcp"),
        ["Multipath Transmission Control Protocol: Multipath Capable"]
    );
    assert_eq!(
        get(&f[2], "frame.protocols"),
        ["eth:ethertype:ip:tcp:mptcp"]
    );
}

#[test]
fn add_addr_and_a_second_subflow() {
    let f = connection();
    assert_eq!(get(&f[3], "tcp.options.mptcp.echo"), ["0"]);
    assert_eq!(get(&f[3], "tcp.options.mptcp.addrid"), ["2"]);
    assert_eq!(get(&f[3], "tcp.options.mptcp.ipv4"), ["10.0.1.2"]);
    assert_eq!(get(&f[3], "tcp.options.mptcp.addaddrtrunchmac"), ["0"]);
    // The join's token is the server's: the second TCP stream joins
    // MPTCP stream 0, listed first (tshark prepends), not its master.
    assert_eq!(get(&f[4], "tcp.stream"), ["1"]);
    assert_eq!(get(&f[4], "tcp.options.mptcp.recvtok"), ["3433907628"]);
    assert_eq!(get(&f[4], "tcp.options.mptcp.sendrand"), ["42"]);
    assert_eq!(get(&f[4], "mptcp.stream"), ["0"]);
    assert_eq!(get(&f[4], "mptcp.analysis.subflows"), ["1 0 "]);
    assert_eq!(get(&f[4], "mptcp.master"), ["false"]);
    assert_eq!(get(&f[1], "mptcp.master"), ["true"]);
    assert_eq!(
        get(&f[5], "tcp.options.mptcp.sendtrunchmac"),
        ["1229782938247303441"]
    );
    assert_eq!(get(&f[5], "tcp.options.mptcp.sendrand"), ["43"]);
    assert_eq!(
        get(&f[6], "tcp.options.mptcp.sendhmac"),
        ["2222222222222222222222222222222222222222"]
    );
    assert_eq!(get(&f[6], "tcp.options.mptcp.reserved"), ["0"]);
}

#[test]
fn data_ack_and_dsn_relative_to_the_keys() {
    let f = connection();
    assert_eq!(get(&f[7], "tcp.options.mptcp.rawdataack"), ["2382920847"]);
    assert_eq!(get(&f[7], "mptcp.ack"), ["1"]);
    assert_eq!(get(&f[7], "tcp.options.mptcp.rawdataseqno"), ["3533533043"]);
    assert_eq!(get(&f[7], "mptcp.dss.dsn"), ["1"]);
    assert_eq!(get(&f[7], "tcp.options.mptcp.subflowseqno"), ["1"]);
    assert_eq!(get(&f[7], "tcp.options.mptcp.datalvllen"), ["5"]);
    assert_eq!(
        get(&f[8], "tcp.options.mptcp.rawdataack"),
        ["17699430019826020216"]
    );
    assert_eq!(get(&f[8], "mptcp.ack"), ["6"]);
}

/// Options of every subtype, as their bytes from the kind on.
const OPTIONS: &[&str] = &[
    "1e0c81010102030405060708",
    "1e1401011112131415161718aabbccddeeff0011",
    "1e18010111121314151617180102030405060708000a1234",
    "1e0c1105deadbeef01020304",
    "1e1010050102030405060708deadbeef",
    "1e18100000112233445566778899aabbccddeeff00112233",
    "1e1a200f01020304050607081112131415161718000000010005",
    "1e142005010203041112131400000001000512340000",
    "1e0830070a000102",
    "1e1e300720010db8000000000000000000000009aa0b0102030405060708",
    "1e0634070a00",
    "1e06400102030000",
    "1e04510700",
    "1e0c600001020304050607081",
    "1e0c70001112131415161718",
    "1e04850a",
    "1e0490000000",
];

#[test]
fn every_cut_and_every_length_fails_as_tshark_would() {
    for h in OPTIONS {
        let opt = hex(&h[..h.len() & !1]);
        let whole = parse(&opt);
        // Cut by the capture at every byte after the length: a read past
        // the captured bytes is cut short, never malformed, never a panic.
        for cut in 2..opt.len() {
            let p = parse(&opt[..cut]);
            assert!(p.n <= whole.n, "{h} cut at {cut}");
            if p.n < whole.n {
                assert_eq!(p.error, Some(AnomalyKind::Truncated), "{h} cut at {cut}");
            }
            // What was read agrees with the whole option's first items.
            assert!(
                p.items().zip(whole.items()).all(|(a, b)| a == b),
                "{h} cut at {cut}"
            );
        }
        // Every length byte the option could carry (its bytes as they are).
        for len in 0..=255u8 {
            let mut o = opt.clone();
            o[1] = len;
            let p = parse(&o);
            if usize::from(len) <= o.len() && p.error.is_some() {
                assert_eq!(p.error, Some(AnomalyKind::Malformed), "{h} len {len}");
            }
        }
    }
}

#[test]
fn a_field_past_the_option_is_malformed_and_ends_the_segment() {
    // DSS of length 3: its flags byte lies past the option (tcpdump's
    // mptcp-dss-oobr.pcap has it): tshark's exception, no analysis, the
    // options after it unread.
    let p = parse(&hex("1e0320"));
    assert_eq!(p.error, Some(AnomalyKind::Malformed));
    assert_eq!(p.items().collect::<Vec<_>>(), [Item::Subtype(0x20)]);
    // A bare option: not even the subtype.
    assert_eq!(parse(&hex("1e02")).error, Some(AnomalyKind::Malformed));
    assert_eq!(parse(&hex("1e02")).items().count(), 0);
}

#[test]
fn whole_frames_cut_at_every_byte_never_panic() {
    for (_, h) in CONNECTION {
        let data = hex(h);
        // Ethernet, IPv4 and TCP's fixed header take 54 bytes; the MPTCP
        // option comes first (then padding, whose cut is TCP's).
        let option_end = 54 + usize::from(data[55]);
        for cut in 0..=data.len() {
            let mut d = Dissector::new();
            let mut f = frame(1, &data[..cut]);
            f.orig_len = data.len() as u32;
            let out = d.dissect(&f);
            let fields = fields(&out);
            // Cut inside the MPTCP option: tshark's "MPTCP truncated".
            if cut > 54 + 1 && cut < option_end {
                assert_eq!(
                    get(&fields, "_ws.short"),
                    ["[Packet size limited during capture: MPTCP truncated]"],
                    "{h} cut at {cut}"
                );
            }
        }
    }
}
