//! SCTP as tshark 4.0 shows it (crafted Ethernet frames; the expected
//! values are tshark 4.0.17's on the same bytes), and every packet cut at
//! every byte, which must never panic.

use crate::dissect::Dissector;
use crate::dissect::testing::{get, protocols_columns_fields};
use crate::source::{Frame, Timestamp};

const A: [u8; 4] = [10, 0, 0, 1];
const B: [u8; 4] = [10, 0, 0, 2];
const TA: u32 = 0x1111_1111;
const TB: u32 = 0x2222_2222;

fn chunk(t: u8, flags: u8, body: &[u8]) -> Vec<u8> {
    let mut c = vec![t, flags];
    c.extend_from_slice(&((4 + body.len()) as u16).to_be_bytes());
    c.extend_from_slice(body);
    while c.len() % 4 != 0 {
        c.push(0);
    }
    c
}

fn data(tsn: u32, sid: u16, ssn: u16, ppi: u32, flags: u8, payload: &[u8]) -> Vec<u8> {
    let mut b = tsn.to_be_bytes().to_vec();
    b.extend_from_slice(&sid.to_be_bytes());
    b.extend_from_slice(&ssn.to_be_bytes());
    b.extend_from_slice(&ppi.to_be_bytes());
    b.extend_from_slice(payload);
    chunk(0, flags, &b)
}

fn sack(cum: u32, a_rwnd: u32) -> Vec<u8> {
    let mut b = cum.to_be_bytes().to_vec();
    b.extend_from_slice(&a_rwnd.to_be_bytes());
    b.extend_from_slice(&[0, 0, 0, 0]);
    chunk(3, 0, &b)
}

/// An Ethernet frame with an IPv4 header and `sctp` after it.
fn packet(
    src: [u8; 4],
    dst: [u8; 4],
    sport: u16,
    dport: u16,
    vtag: u32,
    chunks: &[Vec<u8>],
) -> Vec<u8> {
    let mut s = sport.to_be_bytes().to_vec();
    s.extend_from_slice(&dport.to_be_bytes());
    s.extend_from_slice(&vtag.to_be_bytes());
    s.extend_from_slice(&0x1234_5678u32.to_be_bytes());
    for c in chunks {
        s.extend_from_slice(c);
    }
    let mut f = vec![
        0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 8, 0,
    ];
    f.extend_from_slice(&[0x45, 0]);
    f.extend_from_slice(&((20 + s.len()) as u16).to_be_bytes());
    f.extend_from_slice(&[0, 1, 0, 0, 64, 132, 0, 0]);
    f.extend_from_slice(&src);
    f.extend_from_slice(&dst);
    f.extend_from_slice(&s);
    f
}

struct Seen {
    protocols: String,
    column: String,
    info: String,
    fields: Vec<(String, String)>,
}

fn run(frames: &[Vec<u8>]) -> Vec<Seen> {
    let mut d = Dissector::new();
    frames
        .iter()
        .enumerate()
        .map(|(i, data)| {
            let frame = Frame {
                number: i as u64 + 1,
                ts: Timestamp::new(1000 + i as i64, 0),
                orig_len: data.len() as u32,
                data,
                linktype: 1,
                interface_id: None,
                section: None,
                interface_name: None,
                comments: Default::default(),
                no_timestamp: false,
            };
            let (protocols, column, info, fields) = protocols_columns_fields(&d.dissect(&frame));
            Seen {
                protocols,
                column,
                info,
                fields,
            }
        })
        .collect()
}

fn init(t: u8, tag: u32, tsn: u32) -> Vec<u8> {
    let mut b = tag.to_be_bytes().to_vec();
    b.extend_from_slice(&65535u32.to_be_bytes());
    b.extend_from_slice(&[0, 10, 0, 10]);
    b.extend_from_slice(&tsn.to_be_bytes());
    // IPv4 address, then supported address types (6 bytes: the chunk's
    // padding follows).
    b.extend_from_slice(&[0, 5, 0, 8]);
    b.extend_from_slice(&A);
    b.extend_from_slice(&[0, 12, 0, 6, 0, 5]);
    chunk(t, 0, &b)
}

/// An association between two hosts on the same port (as M3UA's 2905
/// pairs): the SACK that acknowledges TSN 1 is matched only by the next
/// one, as tshark 4.0 makes its relative ack relative again.
#[test]
fn handshake_data_and_sack_matching() {
    let f = run(&[
        packet(A, B, 2940, 2940, 0, &[init(1, TA, 1)]),
        packet(B, A, 2940, 2940, TA, &[init(2, TB, 1)]),
        packet(
            A,
            B,
            2940,
            2940,
            TB,
            &[chunk(10, 0, b"cookie"), data(1, 0, 0, 0, 3, b"hello")],
        ),
        packet(B, A, 2940, 2940, TA, &[sack(1, 4096)]),
        packet(A, B, 2940, 2940, TB, &[data(2, 1, 0, 0, 7, b"xyz")]),
        packet(B, A, 2940, 2940, TA, &[sack(2, 4096)]),
    ]);
    assert_eq!(f[0].info, "INIT ");
    assert_eq!(f[0].column, "SCTP");
    assert_eq!(get(&f[0].fields, "sctp.init_initial_tsn"), ["1"]);
    assert_eq!(get(&f[0].fields, "sctp.parameter_type"), ["5", "12"]);
    assert_eq!(
        get(&f[0].fields, "sctp.parameter_ipv4_address"),
        ["10.0.0.1"]
    );
    assert_eq!(get(&f[0].fields, "sctp.chunk_padding"), ["0000"]);
    assert_eq!(get(&f[0].fields, "sctp.assoc_index"), ["65535"]);
    assert_eq!(get(&f[0].fields, "sctp.checksum.status"), ["2"]);
    assert_eq!(f[1].info, "INIT_ACK ");
    assert_eq!(f[2].info, "COOKIE_ECHO DATA (TSN=0) ");
    assert_eq!(f[2].protocols, "eth:ethertype:ip:sctp:data");
    assert_eq!(get(&f[2].fields, "sctp.data_tsn"), ["0"]);
    assert_eq!(get(&f[2].fields, "sctp.data_tsn_raw"), ["1"]);
    assert_eq!(get(&f[2].fields, "data.len"), ["5"]);
    assert_eq!(f[3].info, "SACK (Ack=0, Arwnd=4096) ");
    assert!(get(&f[3].fields, "sctp.ack").is_empty());
    assert_eq!(get(&f[3].fields, "sctp.sack_cumulative_tsn_ack_raw"), ["1"]);
    assert_eq!(get(&f[4].fields, "sctp.data_u_bit"), ["true"]);
    assert_eq!(f[5].info, "SACK (Ack=1, Arwnd=4096) ");
    assert_eq!(get(&f[5].fields, "sctp.ack"), ["1"]);
    assert_eq!(get(&f[5].fields, "sctp.ack_frame"), ["3"]);
}

/// A zero tag has no association: the TSN is shown absolute only.
#[test]
fn zero_tag_shows_absolute_tsns() {
    let f = run(&[packet(
        A,
        B,
        7000,
        7001,
        0,
        &[data(555, 0, 0, 0, 3, b"zzz")],
    )]);
    assert_eq!(f[0].info, "DATA (TSN=555) ");
    assert!(get(&f[0].fields, "sctp.data_tsn").is_empty());
    assert_eq!(get(&f[0].fields, "sctp.data_tsn_raw"), ["555"]);
}

/// Fragments wait for the last one, which shows them all and hands the
/// message on; a TSN seen before is a retransmission with no payload.
#[test]
fn fragments_and_retransmissions() {
    let f = run(&[
        packet(A, B, 5000, 6000, TB, &[data(1000, 1, 0, 0, 3, b"hello")]),
        packet(A, B, 5000, 6000, TB, &[data(1001, 1, 2, 0, 2, b"frag1")]),
        packet(A, B, 5000, 6000, TB, &[data(1002, 1, 2, 0, 0, b"frag2")]),
        packet(A, B, 5000, 6000, TB, &[data(1003, 1, 2, 0, 1, b"frag3")]),
        packet(A, B, 5000, 6000, TB, &[data(1000, 1, 0, 0, 3, b"hello")]),
    ]);
    assert_eq!(f[1].info, "DATA (TSN=1) (Message Fragment) ");
    assert_eq!(f[1].protocols, "eth:ethertype:ip:sctp");
    assert_eq!(f[2].info, "DATA (TSN=2) (Message Fragment) ");
    assert_eq!(f[3].info, "DATA (TSN=3) ");
    assert_eq!(f[3].protocols, "eth:ethertype:ip:sctp:data");
    assert_eq!(get(&f[3].fields, "sctp.fragment"), ["2", "3", "4"]);
    assert_eq!(get(&f[3].fields, "data.len"), ["15"]);
    assert_eq!(f[4].info, "DATA (TSN=0) (retransmission) ");
    assert_eq!(get(&f[4].fields, "sctp.retransmission"), ["1"]);
    assert_eq!(f[4].protocols, "eth:ethertype:ip:sctp");
}

/// Every packet of the tests, cut at every byte and with every chunk
/// length: never a panic, and a short packet is never shown as whole.
#[test]
fn cut_and_bent_packets_never_panic() {
    let mut frames = vec![
        packet(A, B, 1, 2, 0, &[init(1, TA, 1)]),
        packet(
            A,
            B,
            1,
            2,
            TB,
            &[data(7, 0, 0, 0, 2, b"abcdef"), sack(3, 0)],
        ),
        packet(
            A,
            B,
            1,
            2,
            TB,
            &[chunk(
                6,
                1,
                &[0, 1, 0, 8, 0, 5, 0, 0, 0, 2, 0, 12, 0, 0, 0, 2, 0, 5, 0, 6],
            )],
        ),
        packet(
            A,
            B,
            1,
            2,
            TB,
            &[chunk(
                0xc1,
                0,
                &[0, 0, 0, 9, 0xc0, 1, 0, 12, 0, 0, 0, 1, 0, 5, 0, 8],
            )],
        ),
        packet(A, B, 1, 2, TB, &[chunk(4, 0, &[0, 1, 0, 9, 1, 2, 3, 4, 5])]),
        packet(A, B, 1, 2, TB, &[chunk(0xc0, 0, &[0, 0, 0, 1, 0, 1, 0, 2])]),
    ];
    let whole = frames.clone();
    for p in &whole {
        for cut in 34..p.len() {
            frames.push(p[..cut].to_vec());
        }
        for at in 34..p.len() {
            for v in [0u8, 1, 3, 4, 0x7f, 0xff] {
                let mut q = p.clone();
                q[at] = v;
                frames.push(q);
            }
        }
    }
    let seen = run(&frames);
    assert_eq!(seen.len(), frames.len());
    // An 8-byte SCTP packet: the layer, no fields, malformed.
    let f = run(&[packet(A, B, 1, 2, TB, &[])[..42].to_vec()]);
    assert_eq!(f[0].protocols, "eth:ethertype:ip:sctp");
    assert!(get(&f[0].fields, "sctp.srcport").is_empty());
    // A chunk longer than the packet: its fields up to the end, and the
    // expert item; no association index.
    let mut bad = chunk(3, 0, &[0; 8]);
    bad[3] = 40;
    let f = run(&[packet(A, B, 1, 2, TB, &[bad])]);
    assert_eq!(get(&f[0].fields, "sctp.sack_a_rwnd"), ["0"]);
    assert!(get(&f[0].fields, "sctp.sack_number_of_gap_blocks").is_empty());
    assert!(get(&f[0].fields, "sctp.assoc_index").is_empty());
    assert_eq!(get(&f[0].fields, "sctp.chunk_length.bad"), [""]);
}
