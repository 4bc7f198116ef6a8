//! DCCP on crafted frames (the expected values are tshark 4.0.17's on the
//! same bytes), the conversation bound, and every packet cut at every byte
//! and bent, which must never panic.

use super::*;
use crate::dissect::Dissector;
use crate::dissect::testing::{get, protocols_columns_fields};
use crate::source::{Frame, Timestamp};

const A: [u8; 4] = [10, 0, 0, 1];
const B: [u8; 4] = [10, 0, 0, 2];

/// A DCCP packet with a 48-bit (`x`) or 24-bit sequence number, the
/// type's part `fixed`, `options` (padded to 4 bytes) and `payload`; its
/// checksum right over all of it (from `src` to `dst`).
#[allow(clippy::too_many_arguments)]
fn dccp_packet(
    src: [u8; 4],
    dst: [u8; 4],
    ports: (u16, u16),
    ty: u8,
    x: bool,
    seq: u64,
    fixed: &[u8],
    options: &[u8],
    payload: &[u8],
) -> Vec<u8> {
    let mut o = options.to_vec();
    while !o.len().is_multiple_of(4) {
        o.push(0);
    }
    let hl = if x { 16 } else { 12 } + fixed.len() + o.len();
    let mut p = ports.0.to_be_bytes().to_vec();
    p.extend_from_slice(&ports.1.to_be_bytes());
    p.extend_from_slice(&[(hl / 4) as u8, 0, 0, 0, (ty << 1) | u8::from(x)]);
    if x {
        p.push(0);
        p.extend_from_slice(&seq.to_be_bytes()[2..]);
    } else {
        p.extend_from_slice(&seq.to_be_bytes()[5..]);
    }
    p.extend_from_slice(fixed);
    p.extend_from_slice(&o);
    p.extend_from_slice(payload);
    let mut pseudo = src.to_vec();
    pseudo.extend_from_slice(&dst);
    pseudo.extend_from_slice(&[0, 33]);
    pseudo.extend_from_slice(&(p.len() as u16).to_be_bytes());
    let sum = ones_complement_add(ones_complement_sum(&pseudo), ones_complement_sum(&p));
    p[6..8].copy_from_slice(&(!sum).to_be_bytes());
    ipv4(src, dst, &p)
}

/// Ethernet and IPv4 around `l4`.
fn ipv4(src: [u8; 4], dst: [u8; 4], l4: &[u8]) -> Vec<u8> {
    let mut f = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 8, 0, 0x45, 0];
    f.extend_from_slice(&((20 + l4.len()) as u16).to_be_bytes());
    f.extend_from_slice(&[0, 1, 0, 0, 64, 33, 0, 0]);
    f.extend_from_slice(&src);
    f.extend_from_slice(&dst);
    f.extend_from_slice(l4);
    f
}

fn ack48(a: u64) -> Vec<u8> {
    let mut v = vec![0, 0];
    v.extend_from_slice(&a.to_be_bytes()[2..]);
    v
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

/// A handshake, then numbers relative to each direction's first Request
/// or Response; 24-bit numbers shown twice (absolute, then relative).
#[test]
fn relative_numbers_and_streams_as_tshark() {
    let f = run(&[
        dccp_packet(A, B, (40000, 5001), 0, true, 1000, &[0, 0, 0, 0], &[], &[]),
        dccp_packet(
            B,
            A,
            (5001, 40000),
            1,
            true,
            5000,
            &[ack48(1000), vec![0; 4]].concat(),
            &[],
            &[],
        ),
        dccp_packet(
            A,
            B,
            (40000, 5001),
            4,
            true,
            1001,
            &ack48(5000),
            &[],
            b"hello",
        ),
        dccp_packet(
            B,
            A,
            (5001, 40000),
            3,
            false,
            5001,
            &[0, 0, 3, 0xe9],
            &[],
            &[],
        ),
        dccp_packet(
            B,
            A,
            (5001, 40000),
            7,
            true,
            5004,
            &[ack48(1004), vec![11, 1, 2, 3]].concat(),
            &[],
            &[],
        ),
        dccp_packet(
            A,
            B,
            (6000, 7000),
            10,
            false,
            77,
            &12345u32.to_be_bytes(),
            &[],
            &[],
        ),
    ]);
    assert_eq!(f[0].column, "DCCP");
    assert_eq!(f[0].protocols, "eth:ethertype:ip:dccp");
    assert_eq!(
        f[0].info,
        "40000 → 5001 [Request] Seq=1000 (service=not specified)"
    );
    assert!(get(&f[0].fields, "dccp.seq").is_empty());
    assert_eq!(get(&f[0].fields, "dccp.seq_raw"), ["1000"]);
    assert_eq!(get(&f[0].fields, "dccp.checksum.status"), ["1"]);
    assert_eq!(
        f[1].info,
        "5001 → 40000 [Response] Seq=5000 (Ack=0) (service=not specified)"
    );
    assert_eq!(get(&f[1].fields, "dccp.ack"), ["0"]);
    assert_eq!(get(&f[1].fields, "dccp.ack_raw"), ["1000"]);
    assert_eq!(f[2].info, "40000 → 5001 [DataAck] Seq=1 (Ack=0)");
    assert_eq!(f[2].protocols, "eth:ethertype:ip:dccp:data");
    assert_eq!(get(&f[2].fields, "data.len"), ["5"]);
    assert_eq!(f[3].info, "5001 → 40000 [Ack] Seq=1 (Ack=1)");
    assert_eq!(get(&f[3].fields, "dccp.seq"), ["5001", "1"]);
    assert_eq!(get(&f[3].fields, "dccp.ack_raw"), ["1001"]);
    assert_eq!(
        f[4].info,
        "5001 → 40000 [Reset] Seq=4 (Ack=4) (code=Aggression Penalty)"
    );
    assert_eq!(get(&f[4].fields, "dccp.reset_code"), ["11"]);
    assert_eq!(get(&f[4].fields, "dccp.stream"), ["0"]);
    assert_eq!(
        f[5].info,
        "6000 → 7000 [Listen] Seq=77 (service=Unknown (12345))"
    );
    assert_eq!(get(&f[5].fields, "dccp.stream"), ["1"]);
}

/// A length under 2 ends the options; options past the packet throw
/// after what they could show; three bytes are too few for the ports
/// (IP's Protocol column stays).
#[test]
fn bad_option_lengths_and_short_packets() {
    let f = run(&[
        dccp_packet(
            A,
            B,
            (1, 2),
            2,
            true,
            1,
            &[],
            &[0, 1, 36, 1, 0, 0, 0, 0],
            &[],
        ),
        {
            let mut p = dccp_packet(A, B, (1, 2), 2, true, 3, &[], &[36, 8, 1, 2], &[]);
            p[14 + 20 + 4] = 10;
            p
        },
        ipv4(A, B, &[1, 2, 3]),
    ]);
    assert_eq!(get(&f[0].fields, "dccp.option_type"), ["0", "1", "36"]);
    assert_eq!(get(&f[0].fields, "dccp.option.len.bad").len(), 1);
    assert!(get(&f[0].fields, "_ws.malformed").is_empty());
    assert_eq!(get(&f[1].fields, "dccp.option_type"), ["36"]);
    assert_eq!(f[1].info, "1 → 2 [Data] Seq=3[Malformed Packet]");
    assert_eq!(f[2].column, "IPv4");
    assert_eq!(f[2].info, "[Malformed Packet]");
    assert_eq!(f[2].protocols, "eth:ethertype:ip:dccp");
}

/// Conversations past the bound are all dropped; stream numbers go on.
#[test]
fn conversations_are_bounded() {
    let mut c = Conversations::default();
    let key = |i: usize| {
        conv(
            Addrs {
                v6: false,
                src: [0; 16],
                dst: [1; 16],
            },
            (i % 65_536) as u16,
            (i / 65_536) as u16,
        )
        .0
    };
    for i in 0..CAP + 10 {
        c.get(key(i));
    }
    assert!(c.len() <= CAP);
    assert_eq!(c.get(key(CAP + 20)).stream, (CAP + 10) as u64);
}

/// Every packet cut at every byte and with bytes bent: never a panic,
/// and a cut packet is never shown as whole.
#[test]
fn cut_and_bent_packets_never_panic() {
    let opts: Vec<u8> = [
        &[32, 4, 1, 2][..],
        &[35, 9, 3, 0, 0, 0, 1, 0xe2, 0x40],
        &[37, 3, 7, 36, 6, 1, 2, 3, 4, 2, 1, 5],
        &[42, 10, 0, 0, 1, 0, 0, 0, 0, 9, 43, 6, 0, 1, 0, 0],
        &[44, 6, 0xde, 0xad, 0xbe, 0xef, 192, 6, 255, 255, 255, 255],
        &[
            193, 5, 1, 2, 3, 194, 6, 0, 0, 4, 0, 40, 4, 1, 2, 39, 3, 0x55,
        ],
        &[33, 3, 2, 32, 2, 130, 4, 1, 2, 41, 6, 0, 0, 1, 0],
    ]
    .concat();
    let whole = vec![
        dccp_packet(A, B, (1, 2), 0, true, 9, &[0, 0, 0, 0], &opts, &[]),
        dccp_packet(
            A,
            B,
            (1, 2),
            1,
            false,
            9,
            &[ack48(3), vec![0; 4]].concat(),
            &opts,
            b"x",
        ),
        dccp_packet(A, B, (1, 2), 3, false, 9, &[0, 0, 0, 1], &opts, b"abc"),
        dccp_packet(
            A,
            B,
            (1, 2),
            7,
            true,
            9,
            &[ack48(3), vec![1; 4]].concat(),
            &opts,
            &[],
        ),
        dccp_packet(A, B, (1, 2), 9, true, 9, &ack48(3), &opts, &[]),
    ];
    let mut frames = whole.clone();
    for p in &whole {
        for cut in 34..p.len() {
            frames.push(p[..cut].to_vec());
        }
        for at in 34..p.len() {
            for v in [0u8, 1, 2, 0x7f, 0xff] {
                let mut q = p.clone();
                q[at] = v;
                frames.push(q);
            }
        }
    }
    let seen = run(&frames);
    assert_eq!(seen.len(), frames.len());
    for s in &seen[..whole.len()] {
        assert!(get(&s.fields, "_ws.malformed").is_empty(), "{}", s.info);
        assert_eq!(get(&s.fields, "dccp.checksum.status"), ["1"], "{}", s.info);
    }
    // Cut anywhere after the IP header (the frame holds less than IP's
    // length says: tshark's DCCP reads past its packet): malformed. With
    // no byte at all, IPv4 hands nothing on.
    let n = whole[0].len();
    for (i, s) in seen[whole.len()..whole.len() + n - 34].iter().enumerate() {
        let cut = 34 + i;
        if cut > 34 {
            assert!(
                !get(&s.fields, "_ws.malformed").is_empty() || s.info.contains("Malformed"),
                "cut at {cut}: {}",
                s.info
            );
        }
    }
}
