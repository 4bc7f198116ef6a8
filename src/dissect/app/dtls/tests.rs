//! DTLS datagrams as tshark 4.0 shows them: each expectation is tshark's
//! output on the same bytes in a crafted capture (Ethernet, IPv4, UDP).

use super::*;
use crate::dissect::app::testing::{one, vals};

fn rec(ct: u8, ver: u16, epoch: u16, seq: u64, body: &[u8]) -> Vec<u8> {
    let mut v = vec![ct];
    v.extend_from_slice(&ver.to_be_bytes());
    v.extend_from_slice(&epoch.to_be_bytes());
    v.extend_from_slice(&seq.to_be_bytes()[2..]);
    v.extend_from_slice(&(body.len() as u16).to_be_bytes());
    v.extend_from_slice(body);
    v
}

fn hs(t: u8, len: usize, seq: u16, off: usize, frag: &[u8]) -> Vec<u8> {
    let mut v = vec![t];
    v.extend_from_slice(&(len as u32).to_be_bytes()[1..]);
    v.extend_from_slice(&seq.to_be_bytes());
    v.extend_from_slice(&(off as u32).to_be_bytes()[1..]);
    v.extend_from_slice(&(frag.len() as u32).to_be_bytes()[1..]);
    v.extend_from_slice(frag);
    v
}

/// A datagram from 10.0.0.1 (or 10.0.0.2 when `sport` is 4433).
fn dgram(payload: &[u8], sport: u16, dport: u16, frame: u64) -> Datagram<'_> {
    let a = |x: u8| {
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&[10, 0, 0, x]);
        b
    };
    let (src, dst) = if sport == 4433 { (2, 1) } else { (1, 2) };
    let (conv, _) = ConvKey::new(false, (a(src), sport), (a(dst), dport));
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

fn run<'a>(d: &mut DtlsDecoder, g: &Datagram<'a>) -> Layer<'a> {
    let mut out = Vec::new();
    d.datagram(g, &mut out);
    assert_eq!(out.len(), 1);
    out.pop().unwrap()
}

fn info_of(l: &Layer<'_>) -> String {
    let mut s = String::new();
    info(&mut s, std::slice::from_ref(l), 0);
    s
}

/// A DTLS 1.2 ClientHello with a 4-byte cookie, two suites and the
/// use_srtp extension (profile 1, no MKI) and renegotiation_info.
fn client_hello() -> Vec<u8> {
    let mut ch = vec![0xfe, 0xfd];
    ch.extend(0u8..32);
    ch.extend_from_slice(&[
        0, 4, 0xaa, 0xbb, 0xcc, 0xdd, 0, 4, 0xc0, 0x2b, 0xc0, 0x2f, 1, 0,
    ]);
    let ext = [0, 14, 0, 5, 0, 2, 0, 1, 0, 0xff, 1, 0, 1, 0];
    ch.extend_from_slice(&(ext.len() as u16).to_be_bytes());
    ch.extend_from_slice(&ext);
    ch
}

#[test]
fn heuristic_takes_whole_records_only() {
    let hvr = rec(22, 0xfeff, 0, 0, &[0; 12]);
    assert_eq!(probe(&hvr), Probe::Certain);
    let mut two = hvr.clone();
    two.extend_from_slice(&rec(20, 0xfefd, 0, 1, &[1]));
    assert_eq!(probe(&two), Probe::Certain);
    // A byte too many or too few, TLS's version, an unknown content type.
    assert_eq!(probe(&[&hvr[..], &[0]].concat()), Probe::NotForUs);
    assert_eq!(probe(&hvr[..hvr.len() - 1]), Probe::NotForUs);
    assert_eq!(probe(&rec(22, 0x0303, 0, 0, &[0; 12])), Probe::NotForUs);
    assert_eq!(probe(&rec(30, 0xfeff, 0, 0, &[0; 12])), Probe::NotForUs);
    assert_eq!(probe(&[]), Probe::NotForUs);
}

#[test]
fn hello_verify_request() {
    let cookie: Vec<u8> = (1..=20).collect();
    let body = [&[0xfe, 0xff, 20][..], &cookie].concat();
    let p = rec(22, 0xfeff, 0, 0, &hs(3, 23, 0, 0, &body));
    let mut d = DtlsDecoder::new();
    let l = run(&mut d, &dgram(&p, 40000, 4433, 1));
    assert_eq!(info_of(&l), "Hello Verify Request");
    assert_eq!(column(&l), "DTLSv1.0");
    assert_eq!(one(&l, "dtls.record.version"), "0xfeff");
    assert_eq!(one(&l, "dtls.handshake.type"), "3");
    assert_eq!(one(&l, "dtls.handshake.length"), "23");
    assert_eq!(one(&l, "dtls.handshake.fragment_length"), "23");
    assert_eq!(one(&l, "dtls.handshake.version"), "0xfeff");
    assert_eq!(one(&l, "dtls.handshake.cookie_length"), "20");
    assert_eq!(
        one(&l, "dtls.handshake.cookie"),
        "0102030405060708090a0b0c0d0e0f1011121314"
    );
}

#[test]
fn fragmented_client_hello_is_reassembled() {
    let ch = client_hello();
    assert_eq!(ch.len(), 64);
    let f1 = rec(22, 0xfeff, 0, 1, &hs(1, 64, 1, 0, &ch[..40]));
    let f2 = rec(22, 0xfeff, 0, 2, &hs(1, 64, 1, 40, &ch[40..]));
    let mut d = DtlsDecoder::new();
    let l1 = run(&mut d, &dgram(&f1, 40000, 4433, 2));
    assert_eq!(info_of(&l1), "Client Hello (Fragment)");
    // A ClientHello says nothing of the session's version.
    assert_eq!(column(&l1), "DTLS");
    assert!(vals(&l1, "dtls.handshake.version").is_empty());
    let l2 = run(&mut d, &dgram(&f2, 40000, 4433, 3));
    assert_eq!(info_of(&l2), "Client Hello (Reassembled)");
    assert_eq!(one(&l2, "dtls.handshake.fragment_offset"), "40");
    assert_eq!(one(&l2, "dtls.handshake.fragment_length"), "24");
    assert_eq!(vals(&l2, "dtls.fragment"), ["2", "3"]);
    assert_eq!(one(&l2, "dtls.fragment.count"), "2");
    assert_eq!(one(&l2, "dtls.reassembled.length"), "64");
    assert_eq!(one(&l2, "dtls.handshake.version"), "0xfefd");
    assert_eq!(one(&l2, "dtls.handshake.cookie_length"), "4");
    assert_eq!(one(&l2, "dtls.handshake.cookie"), "aabbccdd");
    assert_eq!(
        vals(&l2, "dtls.handshake.ciphersuite"),
        ["0xc02b", "0xc02f"]
    );
    assert_eq!(vals(&l2, "dtls.handshake.extension.type"), ["14", "65281"]);
    assert_eq!(one(&l2, "dtls.use_srtp.protection_profiles_length"), "2");
    assert_eq!(one(&l2, "dtls.use_srtp.protection_profile"), "0x0001");
    assert_eq!(one(&l2, "dtls.use_srtp.mki_length"), "0");
    assert_eq!(
        one(&l2, "dtls.handshake.ja3"),
        "8df278d6af5f9b73f47db7e977d92421"
    );
    // No TLS field is left under its TLS name.
    assert!(l2.fields.iter().all(|f| !f.name().starts_with("tls.")));
}

#[test]
fn alerts_app_data_and_encrypted_handshake() {
    let mut d = DtlsDecoder::new();
    // The session's version comes from the first authoritative record.
    let alert = rec(21, 0xfefd, 0, 3, &[2, 40]);
    let l = run(&mut d, &dgram(&alert, 4433, 40000, 4));
    assert_eq!(
        info_of(&l),
        "Alert (Level: Fatal, Description: Handshake Failure)"
    );
    assert_eq!(column(&l), "DTLSv1.2");
    let enc = rec(21, 0xfefd, 1, 4, &[0; 26]);
    let l = run(&mut d, &dgram(&enc, 4433, 40000, 5));
    assert_eq!(info_of(&l), "Encrypted Alert");
    assert!(vals(&l, "dtls.alert_message.level").is_empty());
    assert_eq!(one(&l, "dtls.record.epoch"), "1");
    assert_eq!(one(&l, "dtls.record.sequence_number"), "4");
    // CoAP's port names the application data's protocol.
    let app: Vec<u8> = (0..20).collect();
    let p = rec(23, 0xfefd, 1, 5, &app);
    let l = run(&mut d, &dgram(&p, 40001, 5684, 6));
    assert_eq!(info_of(&l), "Application Data");
    assert_eq!(
        one(&l, "dtls.app_data_proto"),
        "Constrained Application Protocol"
    );
    let fin: Vec<u8> = (0x20..0x50).collect();
    let p = [rec(20, 0xfefd, 0, 6, &[1]), rec(22, 0xfefd, 1, 0, &fin)].concat();
    let l = run(&mut d, &dgram(&p, 4433, 40000, 7));
    assert_eq!(
        info_of(&l),
        "Change Cipher Spec, Encrypted Handshake Message"
    );
    assert_eq!(vals(&l, "dtls.record.content_type"), ["20", "22"]);
}

#[test]
fn continuation_data_on_the_dns_port() {
    let p = [0x99u8; 20];
    let mut d = DtlsDecoder::new();
    let l = run(&mut d, &dgram(&p, 853, 40002, 8));
    assert_eq!(info_of(&l), "Continuation Data");
    assert_eq!(column(&l), "DTLS");
    assert!(vals(&l, "dtls.record").is_empty());
}

#[test]
fn every_cut_and_lying_byte_is_safe() {
    let ch = client_hello();
    let whole = [
        rec(22, 0xfefd, 0, 1, &hs(1, 64, 1, 0, &ch)),
        rec(24, 0xfefd, 0, 2, &[1, 0, 2, 9, 9]),
        rec(23, 0xfefd, 0, 3, &[1, 2, 3]),
    ]
    .concat();
    let mut d = DtlsDecoder::new();
    let mut out = Vec::new();
    for cut in 0..=whole.len() {
        d.datagram(&dgram(&whole[..cut], 40000, 4433, 9), &mut out);
        for i in 0..cut {
            let mut p = whole[..cut].to_vec();
            p[i] ^= 0xff;
            d.datagram(&dgram(&p, 40000, 4433, 10), &mut Vec::new());
        }
    }
    // One layer a datagram with any byte; none for an empty one.
    assert_eq!(out.len(), whole.len());
    // A record longer than the datagram: the record's header, then the
    // exception.
    let p = rec(23, 0xfefd, 0, 3, &[1, 2, 3]);
    let l = run(&mut d, &dgram(&p[..14], 40000, 4433, 11));
    assert_eq!(one(&l, "dtls.record.length"), "3");
    assert!(l.thrown.is_some());
}

#[test]
fn reassemblies_stay_bounded() {
    let mut d = DtlsDecoder::new();
    for seq in 0..(MAX_REASSEMBLIES as u16 + 50) {
        let p = rec(22, 0xfefd, 0, 1, &hs(11, 5000, seq, 0, &[0; 100]));
        let _ = run(&mut d, &dgram(&p, 40000, 4433, 1));
    }
    assert!(d.frags.len() <= MAX_REASSEMBLIES);
}
