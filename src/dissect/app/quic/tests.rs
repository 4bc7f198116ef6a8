use super::*;

#[test]
fn packet_numbers_from_rfc_9000_a3() {
    assert_eq!(decode_pn(Some(0xa82f30ea), 0x9b32, 16), 0xa82f9b32);
    assert_eq!(decode_pn(None, 0, 8), 0);
    assert_eq!(decode_pn(Some(254), 0, 8), 256);
}

#[test]
fn probe_needs_a_long_header_of_a_known_version() {
    let mut p = vec![0xc0, 0, 0, 0, 1, 8];
    p.resize(1200, 0);
    assert_eq!(probe(&p), Probe::Certain);
    p[4] = 9;
    assert_eq!(probe(&p), Probe::NotForUs);
    assert_eq!(probe(&[0x40, 1, 2]), Probe::NotForUs);
}

fn dgram(payload: &[u8], sport: u16) -> Datagram<'_> {
    let (conv, _) = crate::flow::ConvKey::new(false, ([1; 16], sport), ([2; 16], 443));
    Datagram {
        payload,
        at: 42,
        sport,
        dport: 443,
        conv,
        frame: 1,
        ts_ns: 0,
        cut: false,
        nested: false,
        memory_pressed: false,
    }
}

#[test]
fn garbage_never_panics_and_connections_stay_bounded() {
    let mut d = QuicDecoder::new();
    let line = format!(
        "CLIENT_HANDSHAKE_TRAFFIC_SECRET {} {}\n",
        "11".repeat(32),
        "22".repeat(32)
    );
    d.set_keys(&Keys::new(crate::dissect::app::tls::keylog::KeyLog::parse(
        line.as_bytes(),
    )));
    let mut rng = crate::test_rng::Rng(42);
    for i in 0..(MAX_CONNS + 300) {
        // An Initial with a fresh DCID and a payload that does not open.
        let mut p = vec![0xc0, 0, 0, 0, 1, 8];
        p.extend((0..8).map(|_| rng.next() as u8));
        p.extend([0, 0, 0x44, 0xd0]);
        p.extend((0..1200).map(|_| rng.next() as u8));
        d.datagram(&dgram(&p, 1000 + (i % 50) as u16), &mut Vec::new());
    }
    assert!(d.conns.len() <= MAX_CONNS);
    assert!(d.by_cid.len() <= MAX_CONNS * MAX_CIDS);
    let held = d.heap_bytes();
    for n in 0..3000usize {
        let len = (rng.next() % 1500) as usize;
        let mut p: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if n % 3 == 0 && !p.is_empty() {
            p[0] &= 0x7f; // short header
        }
        d.datagram(&dgram(&p, 2000), &mut Vec::new());
    }
    assert!(
        d.heap_bytes() <= held + 64 * 1024,
        "garbage made the state grow"
    );
    // Under memory pressure half the connections go.
    let before = d.conns.len();
    let mut p = dgram(&[0xc0, 0, 0, 0, 1], 1);
    p.memory_pressed = true;
    d.datagram(&p, &mut Vec::new());
    assert!(d.conns.len() <= before / 2 + 1);
}
