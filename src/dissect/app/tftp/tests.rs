//! TFTP from crafted datagrams: a read transfer whose server answers from
//! a port of its own, options and their checks, errors, and messages cut
//! short. The expected values are tshark 4.0.17's on the same bytes
//! (crafted captures, `tshark -T fields`).

use super::*;
use crate::dissect::app::testing::{one, vals};

const CLIENT: u8 = 1;
const SERVER: u8 = 2;

fn addr(x: u8) -> [u8; 16] {
    let mut b = [0u8; 16];
    b[..4].copy_from_slice(&[10, 0, 0, x]);
    b
}

/// A datagram from `from:sport` to the other host's `dport`.
fn dgram(payload: &[u8], from: u8, sport: u16, dport: u16, frame: u64) -> Datagram<'_> {
    let to = if from == CLIENT { SERVER } else { CLIENT };
    let (conv, _) = ConvKey::new(false, (addr(from), sport), (addr(to), dport));
    Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport,
        dport,
        conv,
        frame,
        ts_ns: 0,
        cut: false,
        nested: false,
        src_is_a: true,
        memory_pressed: false,
    }
}

/// The layers of `g` (after UDP's choice: the conversation, else port
/// 69, else the heuristic), or none when nothing takes it.
fn run<'a>(t: &mut Tftp, g: &Datagram<'a>) -> Vec<Layer<'a>> {
    let mut out = Vec::new();
    if t.claims(g, false) || g.sport == PORT || g.dport == PORT || valid_request_body(g.payload) {
        t.datagram(g, &mut out);
    }
    out
}

fn info_of(layers: &[Layer<'_>]) -> String {
    let mut s = String::new();
    info(&mut s, layers, 0);
    s
}

fn data(block: u16, len: usize) -> Vec<u8> {
    let mut v = vec![0, 3];
    v.extend_from_slice(&block.to_be_bytes());
    v.extend(std::iter::repeat_n(b'A', len));
    v
}

#[test]
fn a_read_is_followed_to_the_servers_new_port() {
    let mut t = Tftp::default();
    let rrq = b"\x00\x01file1\x00octet\x00";
    let l = run(&mut t, &dgram(rrq, CLIENT, 44935, 69, 1));
    assert_eq!(l.len(), 1);
    assert_eq!(
        info_of(&l),
        "Read Request, File: file1, Transfer type: octet"
    );
    assert_eq!(one(&l[0], "tftp.source_file"), "file1");
    assert_eq!(one(&l[0], "tftp.type"), "octet");
    // The request made a conversation UDP numbers on its own.
    let mut halves = Vec::new();
    t.take_conversations(&mut halves);
    assert_eq!(halves.len(), 1);
    assert_eq!(halves[0].client, (addr(CLIENT), 44935));
    assert_eq!(halves[0].server, addr(SERVER));

    let block1 = data(1, 512);
    let g = dgram(&block1, SERVER, 59557, 44935, 2);
    assert!(t.claims(&g, false));
    let l = run(&mut t, &g);
    assert_eq!(l.len(), 2);
    assert_eq!(info_of(&l), "Data Packet, Block: 1");
    assert_eq!(one(&l[0], "tftp.destination_file"), "file1");
    assert_eq!(one(&l[0], "tftp.request_frame"), "1");
    assert_eq!(one(&l[0], "tftp.block.full"), "1");
    assert_eq!(l[0].span, 42..46);
    assert_eq!(l[1].protocol, "data");
    assert_eq!(one(&l[1], "data.len"), "512");

    let l = run(&mut t, &dgram(b"\x00\x04\x00\x01", CLIENT, 44935, 59557, 3));
    assert_eq!(info_of(&l), "Acknowledgement, Block: 1");
    // Another server port of the same address is still the transfer.
    let last = data(2, 10);
    let l = run(&mut t, &dgram(&last, SERVER, 3000, 44935, 4));
    assert_eq!(info_of(&l), "Data Packet, Block: 2 (last)");
    // The request's own pair (client and port 69) is UDP's conversation,
    // not the request's: not claimed.
    let g = dgram(b"\x00\x04\x00\x02", CLIENT, 44935, 69, 5);
    assert!(!t.claims(&g, false));
    // Yet TFTP on port 69 reads the transfer's state.
    let l = run(&mut t, &g);
    assert_eq!(one(&l[0], "tftp.request_frame"), "1");
    assert_eq!(one(&l[0], "tftp.block.full"), "2");
}

#[test]
fn a_new_request_from_the_same_port_is_a_new_conversation() {
    let mut t = Tftp::default();
    let rrq = b"\x00\x01file1\x00octet\x00";
    run(&mut t, &dgram(rrq, CLIENT, 1000, 69, 1));
    run(&mut t, &dgram(&data(1, 512), SERVER, 2000, 1000, 2));
    run(&mut t, &dgram(rrq, CLIENT, 1000, 69, 7));
    let block = data(1, 10);
    let l = run(&mut t, &dgram(&block, SERVER, 2001, 1000, 8));
    assert_eq!(one(&l[0], "tftp.request_frame"), "7");
    assert_eq!(info_of(&l), "Data Packet, Block: 1 (last)");
    let mut halves = Vec::new();
    t.take_conversations(&mut halves);
    assert_eq!(halves.len(), 2);
    // A request tshark's check refuses (a byte past ASCII) makes none,
    // and reads the conversation of its client port.
    let l = run(
        &mut t,
        &dgram(b"\x00\x01fi\xffle\x00octet\x00", CLIENT, 1000, 69, 12),
    );
    assert_eq!(
        info_of(&l),
        "Read Request, File: fi\u{fffd}le, Transfer type: octet"
    );
    halves.clear();
    t.take_conversations(&mut halves);
    assert!(halves.is_empty());
    let empty = data(1, 0);
    let l = run(&mut t, &dgram(&empty, SERVER, 2001, 1000, 13));
    assert_eq!(one(&l[0], "tftp.request_frame"), "12");
    // An empty block has no data.
    assert_eq!(l.len(), 1);
}

#[test]
fn the_heuristic_takes_a_request_on_other_ports() {
    assert!(valid_request_body(b"\x00\x01file\x00netascii\x00"));
    assert!(valid_request_body(b"AB file\x00OCTET\x00"));
    assert!(valid_request_body(b"\x00\x01a\x00octet\x00\x00\x00"));
    assert!(!valid_request_body(b"\x00\x01file\x00netscii\x00"));
    assert!(!valid_request_body(b"\x00\x01file\x00octet\x00a\x00"));
    assert!(!valid_request_body(b"\x00\x01file\x00octet"));
    assert!(!valid_request_body(b"\x00\x01\x80\x00octet\x00"));
    assert!(!valid_request_body(b"\x00"));
    let mut t = Tftp::default();
    let l = run(
        &mut t,
        &dgram(b"\x41\x42file\x00OCTET\x00", CLIENT, 40020, 40021, 4),
    );
    assert_eq!(info_of(&l), "Unknown (0x4142)");
    assert_eq!(one(&l[0], "tftp.data"), "66696c65004f4354455400");
    // The conversation it made takes the server's answer from a new port.
    let g = dgram(b"\x00\x04\x00\x01", SERVER, 50000, 40020, 5);
    assert!(t.claims(&g, false));
    // Not the request's own pair: UDP's conversation, which has no
    // dissector.
    let g = dgram(b"\x00\x04\x00\x01", CLIENT, 40020, 40021, 6);
    assert!(!t.claims(&g, false));
}

#[test]
fn options_set_the_block_size_and_are_checked() {
    let mut t = Tftp::default();
    let rrq = b"\x00\x01f\x00octet\x00windowsize\x0070000\x00msftwindow\x001\x00tsize\x00 12\x00";
    let l = run(&mut t, &dgram(rrq, CLIENT, 1000, 69, 1));
    assert_eq!(
        info_of(&l),
        "Read Request, File: f, Transfer type: octet, windowsize=70000, msftwindow=1, tsize= 12"
    );
    assert_eq!(
        vals(&l[0], "_ws.expert.message"),
        [
            "TFTP windowsize out of range",
            "Unrecognized msftwindow option"
        ]
    );
    let oack = b"\x00\x06msftwindow\x0027182\x00blksize\x00  8x\x00";
    let l = run(&mut t, &dgram(oack, SERVER, 2000, 1000, 2));
    assert_eq!(
        info_of(&l),
        "Option Acknowledgement, msftwindow=27182, blksize=  8x"
    );
    assert_eq!(vals(&l[0], "tftp.option.name"), ["msftwindow", "blksize"]);
    assert!(vals(&l[0], "_ws.expert.message").is_empty());
    let l = run(
        &mut t,
        &dgram(b"\x00\x04\x00\x00\x05", CLIENT, 1000, 2000, 3),
    );
    assert_eq!(one(&l[0], "tftp.nextwindowsize"), "5");
    assert_eq!(
        vals(&l[0], "_ws.expert.message"),
        ["TFTP window size is changing"]
    );
    // Eight bytes are a full block now.
    let block = data(1, 8);
    let l = run(&mut t, &dgram(&block, SERVER, 2000, 1000, 4));
    assert_eq!(info_of(&l), "Data Packet, Block: 1");
    let l = run(
        &mut t,
        &dgram(b"\x00\x04\x00\x01\x05", CLIENT, 1000, 2000, 5),
    );
    assert!(vals(&l[0], "_ws.expert.message").is_empty());
}

#[test]
fn an_error_after_a_size_query_is_a_probe() {
    let mut t = Tftp::default();
    run(
        &mut t,
        &dgram(
            b"\x00\x01f\x00octet\x00tsize\x000\x00",
            CLIENT,
            1007,
            69,
            10,
        ),
    );
    run(
        &mut t,
        &dgram(b"\x00\x06tsize\x00100\x00", SERVER, 3002, 1007, 11),
    );
    let l = run(
        &mut t,
        &dgram(b"\x00\x05\x00\x00\x00", CLIENT, 1007, 3002, 12),
    );
    assert_eq!(info_of(&l), "Error Code, Code: Not defined, Message: ");
    assert_eq!(
        vals(&l[0], "_ws.expert.message"),
        ["Likely transfer size (tsize) probe"]
    );
    let l = run(
        &mut t,
        &dgram(b"\x00\x05\x00\x01gone\x00", CLIENT, 1007, 3002, 13),
    );
    assert_eq!(
        info_of(&l),
        "Error Code, Code: File not found, Message: gone"
    );
    assert_eq!(one(&l[0], "tftp.error.message"), "gone");
    assert_eq!(vals(&l[0], "_ws.expert.message"), ["TFTP ERROR packet"]);
}

#[test]
fn full_block_numbers_follow_the_wrap() {
    assert_eq!(full_blocknum(1, 1), 1);
    assert_eq!(full_blocknum(5, 1), 5);
    assert_eq!(full_blocknum(65535, 3), 65535);
    assert_eq!(full_blocknum(0, 65536), 65536);
    assert_eq!(full_blocknum(2, 65537), 65538);
}

#[test]
fn short_messages_throw_as_tshark() {
    let mut t = Tftp::default();
    // One byte: no opcode; UDP's Info stays (the TFTP layer has none).
    let l = run(&mut t, &dgram(b"\x00", CLIENT, 1000, 69, 1));
    assert!(l[0].get(f::tftp::OSIDUMP_INFO).is_none());
    assert!(l[0].thrown.is_some());
    for (b, want) in [
        (&b"\x00\x02"[..], "Write Request"),
        (b"\x00\x05\x00", "Error Code"),
        (b"\x00\x05\x00\x63abc", "Error Code, Code: Unknown (99)"),
        (b"\x00\x06blk\x00", "Option Acknowledgement"),
        (b"\x00\x09", "Unknown (0x0009)"),
    ] {
        let l = run(&mut t, &dgram(b, CLIENT, 1000, 69, 2));
        assert_eq!(info_of(&l), want);
        let thrown = l[0].thrown.as_deref().expect("thrown");
        assert_eq!(thrown.kind, crate::dissect::layer::AnomalyKind::Malformed);
    }
    // tcpdump's tftp-heapoverflow.pcap: a request whose name runs past
    // the 48 bytes captured of a longer datagram.
    let mut g = dgram(b"\x00\x0100", SERVER, 69, 12336, 3);
    g.reported = 262_100;
    let l = run(&mut t, &g);
    assert_eq!(info_of(&l), "Read Request");
    let thrown = l[0].thrown.as_deref().expect("thrown");
    assert_eq!(thrown.kind, crate::dissect::layer::AnomalyKind::Truncated);
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut t = Tftp::default();
    let mut x: u32 = 0x1234_5678;
    for i in 0..20_000u64 {
        let mut b = Vec::new();
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let n = (x % 40) as usize;
        for _ in 0..n {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            b.push(match x % 5 {
                0 => 0,
                1 => b'a',
                _ => x as u8,
            });
        }
        if i.is_multiple_of(3) && b.len() >= 2 {
            b[0] = 0;
            b[1] = (x % 7) as u8;
        }
        let sport = [69, 1000, 2000][(x % 3) as usize];
        let g = dgram(
            &b,
            if x.is_multiple_of(2) { CLIENT } else { SERVER },
            sport,
            69,
            i,
        );
        let _ = run(&mut t, &g);
    }
    assert!(t.halves.len() <= MAX_TRANSFERS);
}
