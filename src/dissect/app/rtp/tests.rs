use super::*;
use crate::flow::ConvKey;

fn v4(a: [u8; 4]) -> [u8; 16] {
    let mut x = [0u8; 16];
    x[..4].copy_from_slice(&a);
    x
}

fn dgram(payload: &[u8], frame: u64, src: ([u8; 4], u16), dst: ([u8; 4], u16)) -> Datagram<'_> {
    Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport: src.1,
        dport: dst.1,
        conv: ConvKey {
            v6: false,
            a: (v4(src.0), src.1),
            b: (v4(dst.0), dst.1),
        },
        src_is_a: true,
        frame,
        ts_ns: 0,
        cut: false,
        nested: false,
        memory_pressed: false,
    }
}

fn setup(addr: [u8; 4], port: u16, frame: u64, mux: bool) -> Setup {
    Setup {
        media: MediaSetup {
            v6: false,
            addr: v4(addr),
            port,
            rtcp_mux: mux,
            t38: false,
        },
        frame,
    }
}

#[test]
fn a_stream_is_claimed_after_its_setup_from_either_end() {
    let mut r = RtpDecoder::default();
    r.add_media(&[setup([10, 0, 0, 5], 30000, 5, false)]);
    let p = [0x80u8, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0xff];
    let to = dgram(&p, 6, ([10, 0, 0, 6], 20000), ([10, 0, 0, 5], 30000));
    let from = dgram(&p, 6, ([10, 0, 0, 5], 30000), ([10, 0, 0, 6], 20000));
    assert!(r.claims(&to, false) && r.claims(&from, false));
    // Not by the heuristic, not before (or at) the setup's frame.
    assert!(!r.claims(&to, true));
    assert!(!r.claims(
        &dgram(&p, 5, ([10, 0, 0, 6], 20000), ([10, 0, 0, 5], 30000)),
        false
    ));
    // RTCP on the next port, unless muxed.
    let rtcp = dgram(&p, 7, ([10, 0, 0, 5], 30001), ([10, 0, 0, 6], 20001));
    assert!(r.lookup(&rtcp).is_some_and(|e| e.rtcp));
    r.add_media(&[setup([10, 0, 0, 7], 40000, 8, true)]);
    let muxed = dgram(&p, 9, ([10, 0, 0, 7], 40001), ([10, 0, 0, 6], 20001));
    assert!(r.lookup(&muxed).is_none());
}

#[test]
fn rtp_packets_and_cut_ones() {
    let mut r = RtpDecoder::default();
    r.add_media(&[setup([10, 0, 0, 5], 30000, 1, false)]);
    let p = [
        0x80u8, 0x88, 0, 1, 0, 0, 0, 0xa0, 0x33, 0x33, 0x33, 0x33, 0xd5,
    ];
    let mut out = Vec::new();
    r.datagram(
        &dgram(&p, 2, ([10, 0, 0, 5], 30000), ([10, 0, 0, 6], 1)),
        &mut out,
    );
    assert_eq!(
        out[0].get_str(f::rtp::OSIDUMP_INFO),
        Some("PT=ITU-T G.711 PCMA, SSRC=0x33333333, Seq=1, Time=160, Mark")
    );
    // Every prefix: shown as far as it goes, never a panic.
    for n in 1..p.len() {
        let mut out = Vec::new();
        let mut d = dgram(&p[..n], 2, ([10, 0, 0, 5], 30000), ([10, 0, 0, 6], 1));
        d.reported = p.len();
        r.datagram(&d, &mut out);
        if n < 12 {
            assert!(out[0].thrown.is_some());
        }
    }
    // A header extension longer than the packet, CSRCs past it.
    for p in [
        vec![
            0x90u8, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0xbe, 0xde, 0xff, 0xff, 0x1f,
        ],
        vec![0x8fu8, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0],
    ] {
        let mut out = Vec::new();
        r.datagram(
            &dgram(&p, 2, ([10, 0, 0, 5], 30000), ([10, 0, 0, 6], 1)),
            &mut out,
        );
        assert!(out[0].thrown.is_some());
    }
}

#[test]
fn setups_are_bounded_the_oldest_forgotten() {
    let mut r = RtpDecoder::default();
    let n = MAX_SETUPS as u64 / 2 + 10;
    for i in 0..n {
        let a = (i as u32 + 1).to_be_bytes();
        r.add_media(&[setup(a, 1000, i, false)]);
    }
    assert!(r.setups.len() <= MAX_SETUPS);
    assert!(r.order.len() <= 2 * MAX_SETUPS);
    // The newest is kept, the first forgotten.
    let last = (n as u32).to_be_bytes();
    let p = [0x80u8; 12];
    assert!(r.claims(&dgram(&p, n + 1, (last, 1000), ([1, 1, 1, 1], 1)), false));
    assert!(!r.claims(
        &dgram(&p, n + 1, (1u32.to_be_bytes(), 1000), ([1, 1, 1, 1], 1)),
        false
    ));
}
