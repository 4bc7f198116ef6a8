use super::*;
use crate::dissect::spec::Datagram;
use crate::flow::ConvKey;

fn layer(payload: &[u8]) -> Layer<'_> {
    let a = |x: u8| {
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&[10, 0, 0, x]);
        b
    };
    let (conv, _) = ConvKey::new(false, (a(1), PORT), (a(2), PORT));
    dissect(&Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport: PORT,
        dport: PORT,
        conv,
        frame: 1,
        ts_ns: 0,
        cut: false,
        nested: false,
        src_is_a: true,
        memory_pressed: false,
    })
}

fn tlv(t: u16, v: &[u8]) -> Vec<u8> {
    let mut o = t.to_be_bytes().to_vec();
    o.extend_from_slice(&(v.len() as u16).to_be_bytes());
    o.extend_from_slice(v);
    o
}

#[test]
fn records_and_their_values() {
    let mut b = vec![0, 0, 0x10, 0x92];
    b.extend(tlv(1, &[0x4c, 0x5e, 0x0c, 0xea, 0x03, 0x88]));
    b.extend(tlv(5, b"4MNAT"));
    b.extend(tlv(10, &2_397_827u32.to_le_bytes()));
    b.extend(tlv(14, &[1]));
    b.extend(tlv(17, &[192, 168, 88, 1]));
    b.extend(tlv(99, &[0xde, 0xad]));
    b.extend(tlv(3, &[]));
    assert!(port_takes(&b));
    let l = layer(&b);
    assert!(l.anomalies.is_empty());
    assert_eq!(l.get_uint(f::mndp::HEADER_SEQNO), Some(4242));
    assert_eq!(l.get_str(f::mndp::IDENTITY), Some("4MNAT"));
    assert_eq!(l.get_uint(f::mndp::UNPACK), Some(1));
    assert_eq!(l.all(f::mndp::TLV_TYPE).count(), 7);
    assert!(l.has(f::mndp::TLV_DATA));
    assert!(l.has(f::mndp::UPTIME));
}

#[test]
fn cut_and_misfit_records_are_malformed() {
    // A record longer than the datagram: nothing of it.
    let mut b = vec![0, 0, 0, 7];
    b.extend(tlv(5, b"abc"));
    b.extend([0, 8, 0, 20]);
    b.extend(b"short");
    let l = layer(&b);
    assert_eq!(l.all(f::mndp::TLV_TYPE).count(), 1);
    assert!(l.thrown.is_some());
    // An uptime of two bytes: type and length, then the exception.
    let mut b = vec![0, 0, 0, 7];
    b.extend(tlv(10, &[1, 2]));
    let l = layer(&b);
    assert_eq!(l.all(f::mndp::TLV_TYPE).count(), 1);
    assert!(!l.has(f::mndp::UPTIME));
    assert!(l.thrown.is_some());
    // test_mndp: the first record's high bytes must be zero.
    assert!(!port_takes(&[0, 0, 0, 7, 1, 0, 0, 6]));
    assert!(!port_takes(&[0, 0, 0, 7, 0, 1]));
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = crate::test_rng::Rng(5678);
    for _ in 0..2000 {
        let n = rng.below(64) as usize;
        let mut b: Vec<u8> = (0..n).map(|_| rng.below(256) as u8).collect();
        if n > 6 {
            b[4] = 0;
            b[6] = 0;
        }
        let _ = layer(&b);
    }
}
