use super::*;

#[test]
fn packet_numbers_as_tshark_reconstructs_them() {
    // RFC 9000 A.3's example, and the first packet (tshark's maximum
    // starts at 0).
    assert_eq!(decode_pn(0xa82f30ea, 0x9b32, 16), 0xa82f9b32);
    assert_eq!(decode_pn(0, 0, 8), 0);
    assert_eq!(decode_pn(254, 0, 8), 256);
    // A late packet across a window boundary: tshark never looks below
    // the window of max + 1 (RFC 9000 would give 255).
    assert_eq!(decode_pn(300, 0xff, 8), 511);
    assert_eq!(decode_pn(u64::MAX, 0, 8), !0xff);
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
        reported: payload.len(),
        at: 42,
        sport,
        dport: 443,
        conv,
        frame: 1,
        ts_ns: 0,
        cut: false,
        nested: false,
        src_is_a: true,
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

/// A version 1 Initial packet protected as RFC 9001 5 says, with the keys
/// of the client's first Destination Connection ID `odcid`.
fn initial(odcid: &[u8], server: bool, dcid: &[u8], scid: &[u8], pn: u8, frames: &[u8]) -> Vec<u8> {
    use aes_gcm::aead::{Aead as _, KeyInit, Payload};
    let init = crypto::extract_sha256(&SALT_V1, odcid);
    let label: &[u8] = if server { b"server in" } else { b"client in" };
    let secret = crypto::expand_label(Hash::Sha256, &init, label, 32).unwrap();
    let key = crypto::expand_label(Hash::Sha256, &secret, b"quic key", 16).unwrap();
    let iv = crypto::expand_label(Hash::Sha256, &secret, b"quic iv", 12).unwrap();
    let hp = crypto::expand_label(Hash::Sha256, &secret, b"quic hp", 16).unwrap();
    let mut plain = frames.to_vec();
    plain.resize(plain.len().max(40), 0); // PADDING frames
    let mut p = vec![0xc0, 0, 0, 0, 1, dcid.len() as u8];
    p.extend(dcid);
    p.push(scid.len() as u8);
    p.extend(scid);
    p.push(0); // no token
    let len = 1 + plain.len() + 16;
    p.extend([0x40 | (len >> 8) as u8, len as u8]);
    let pn_at = p.len();
    p.push(pn);
    let aes = aes_gcm::Aes128Gcm::new_from_slice(&key).unwrap();
    let nonce = crypto::xor_nonce(&iv, u64::from(pn));
    let nonce = aes_gcm::aead::Nonce::<aes_gcm::Aes128Gcm>::try_from(&nonce[..]).unwrap();
    let ct = aes
        .encrypt(
            &nonce,
            Payload {
                msg: &plain,
                aad: &p,
            },
        )
        .unwrap();
    p.extend(ct);
    let mask = HeaderKey::new(Bulk::Aes128Gcm, &hp)
        .unwrap()
        .mask(&p[pn_at + 4..pn_at + 20])
        .unwrap();
    p[0] ^= mask[0] & 0x0f;
    p[pn_at] ^= mask[1];
    p
}

/// A CRYPTO frame.
fn crypto_frame(off: u8, data: &[u8]) -> Vec<u8> {
    let mut f = vec![0x06, off, 0x40 | (data.len() >> 8) as u8, data.len() as u8];
    f.extend(data);
    f
}

/// A ClientHello handshake message (no extensions) of `random`.
fn client_hello(random: u8) -> Vec<u8> {
    let mut body = vec![0x03, 0x03];
    body.extend([random; 32]);
    body.extend([0, 0, 2, 0x13, 0x01, 1, 0, 0, 0]);
    let mut m = vec![1, 0, 0, body.len() as u8];
    m.extend(body);
    m
}

/// A datagram from the server (port 443) back to the client's port.
fn reply(payload: &[u8], client_port: u16) -> Datagram<'_> {
    let (conv, _) = crate::flow::ConvKey::new(false, ([2; 16], 443), ([1; 16], client_port));
    Datagram {
        sport: 443,
        dport: client_port,
        conv,
        ..dgram(payload, client_port)
    }
}

fn layers_of<'a>(d: &mut QuicDecoder, g: &Datagram<'a>) -> Vec<Layer<'a>> {
    let mut out = Vec::new();
    d.datagram(g, &mut out);
    out
}

#[test]
fn an_empty_client_id_finds_the_connection_by_its_conversation() {
    // The client chooses no Source Connection ID (as the tcpdump and
    // quic-go captures do): the server's Initial, with no Destination
    // Connection ID, belongs to the connection of its UDP conversation, as
    // tshark finds it; its ServerHello is decoded and no empty id is shown.
    let odcid = [0x84, 0xac, 0xac, 0x06, 0xb4, 0x2e, 0xd8, 0x63];
    let server_id = [0x51, 0xd1, 0xe4, 0x4d, 0xc5, 0x7a, 0x57, 0x9e];
    let mut d = QuicDecoder::new();
    let ch = initial(
        &odcid,
        false,
        &odcid,
        &[],
        0,
        &crypto_frame(0, &client_hello(7)),
    );
    let c = layers_of(&mut d, &dgram(&ch, 50606));
    assert_eq!(c[0].get_uint(f::quic::CONNECTION_NUMBER), Some(0));
    assert!(!c[0].has(f::quic::SCID));
    assert_eq!(c[1].protocol, "tls");
    let mut sh_body = vec![0x03, 0x03];
    sh_body.extend([9; 32]);
    sh_body.extend([0, 0x13, 0x01, 0, 0, 0]);
    let mut sh = vec![2, 0, 0, sh_body.len() as u8];
    sh.extend(sh_body);
    let s = initial(&odcid, true, &[], &server_id, 0, &crypto_frame(0, &sh));
    let s = layers_of(&mut d, &reply(&s, 50606));
    assert_eq!(s[0].get_uint(f::quic::CONNECTION_NUMBER), Some(0));
    assert!(
        !s[0].has(f::quic::DCID),
        "tshark adds no item for an empty id"
    );
    assert_eq!(s[0].get_uint(f::quic::PACKET_NUMBER), Some(0));
    assert_eq!(s[1].get_uint(f::tls::HANDSHAKE_TYPE), Some(2));
    // A short header toward the client carries no id: still this connection.
    let short = [
        0x40, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ];
    let l = layers_of(&mut d, &reply(&short, 50606));
    assert_eq!(l[0].get_uint(f::quic::CONNECTION_NUMBER), Some(0));
    assert!(l[0].has(f::quic::SHORT));
    assert!(!l[0].has(f::quic::DCID));
    assert!(
        !l[0].has(f::quic::PROTECTED_PAYLOAD),
        "no keys: tshark shows no payload"
    );
}

#[test]
fn a_short_header_of_no_known_connection_is_not_quic() {
    // tshark's heuristic takes it only on a conversation QUIC was seen on.
    let mut d = QuicDecoder::new();
    let short = [0x40; 30];
    assert!(layers_of(&mut d, &dgram(&short, 4000)).is_empty());
}

#[test]
fn crypto_ahead_of_a_gap_is_held_until_no_gap_is_left() {
    // tshark's desegment_quic_crypto: the piece at 0 goes to TLS at once
    // (a ClientHello fragment); once a piece came out of order, the bytes
    // that close the first gap wait with it until every gap is closed.
    let mut s = CryptoStream::default();
    assert_eq!(s.add(0, &[1; 10]), vec![1; 10]);
    assert!(s.add(20, &[3; 10]).is_empty());
    assert!(s.add(40, &[5; 5]).is_empty());
    assert!(s.add(10, &[2; 10]).is_empty(), "a gap is still open");
    assert!(s.add(5, &[1; 5]).is_empty(), "bytes seen before");
    let mut all = vec![2; 10];
    all.extend([3; 10]);
    all.extend([4; 10]);
    all.extend([5; 5]);
    assert_eq!(s.add(30, &[4; 10]), all);
    assert_eq!(s.add(45, &[6; 2]), vec![6; 2]);
}

#[test]
fn a_fragment_of_a_client_hello_is_a_tls_layer() {
    // tshark shows "Handshake Protocol: Client Hello (fragment)".
    let odcid = [0x5f; 8];
    let hello = client_hello(1);
    let mut d = QuicDecoder::new();
    let p = initial(
        &odcid,
        false,
        &odcid,
        &[],
        1,
        &crypto_frame(0, &hello[..20]),
    );
    let l = layers_of(&mut d, &dgram(&p, 45945));
    assert_eq!(l[1].protocol, "tls");
    assert!(l[1].has(f::tls::HANDSHAKE));
    assert!(!l[1].has(f::tls::HANDSHAKE_TYPE));
    let p = initial(
        &odcid,
        false,
        &odcid,
        &[],
        2,
        &crypto_frame(20, &hello[20..]),
    );
    let l = layers_of(&mut d, &dgram(&p, 45945));
    assert_eq!(l[1].get_uint(f::tls::HANDSHAKE_TYPE), Some(1));
}

#[test]
fn a_cut_datagram_has_the_packet_length_it_was_sent_with() {
    // tshark's quic.packet_length counts what the snap length cut off.
    let odcid = [0x31; 8];
    let ch = initial(
        &odcid,
        false,
        &odcid,
        &[],
        0,
        &crypto_frame(0, &client_hello(3)),
    );
    let mut d = QuicDecoder::new();
    let g = Datagram {
        reported: ch.len(),
        cut: true,
        ..dgram(&ch[..60], 50610)
    };
    let l = layers_of(&mut d, &g);
    assert_eq!(l[0].get_uint(f::quic::PACKET_LENGTH), Some(ch.len() as u64));
    assert!(l[0].anomalies.is_empty(), "{:?}", l[0].anomalies);
}

#[test]
fn version_negotiation_names_its_connection_and_a_new_version_keeps_the_first_keys() {
    let odcid = [0x9d; 8];
    let mut d = QuicDecoder::new();
    // The client's first Initial, of a version the server does not speak.
    let mut first = initial(
        &odcid,
        false,
        &odcid,
        &[],
        0,
        &crypto_frame(0, &client_hello(1)),
    );
    first[1..5].copy_from_slice(&[0x1a, 0x2a, 0x3a, 0x4a]);
    layers_of(&mut d, &dgram(&first, 50620));
    // Version Negotiation: tshark finds the connection by the conversation
    // and gives its length.
    let mut vn = vec![0xf5, 0, 0, 0, 0, 0, 8];
    vn.extend(odcid);
    vn.extend([0, 0, 0, 1, 0x1a, 0x2a, 0x3a, 0x4a]);
    let l = layers_of(&mut d, &reply(&vn, 50620));
    assert_eq!(l[0].get_uint(f::quic::CONNECTION_NUMBER), Some(0));
    assert_eq!(l[0].get_uint(f::quic::PACKET_LENGTH), Some(vn.len() as u64));
    // The client's version 1 Initial to the same id: tshark keeps the keys
    // of the first one's version, and its decryption fails.
    let again = initial(
        &odcid,
        false,
        &odcid,
        &[],
        0,
        &crypto_frame(0, &client_hello(1)),
    );
    let l = layers_of(&mut d, &dgram(&again, 50620));
    assert_eq!(l[0].get_uint(f::quic::CONNECTION_NUMBER), Some(0));
    assert!(l.iter().all(|x| x.protocol == "quic"), "not decrypted");
}

#[test]
fn a_retry_shows_no_fixed_bit() {
    let mut d = QuicDecoder::new();
    let mut r = vec![0xf0, 0, 0, 0, 1, 0, 8];
    r.extend([0xe1; 8]);
    r.extend([0x45; 20]); // token
    r.extend([0xf6; 16]); // integrity tag
    let l = layers_of(&mut d, &reply(&r, 50630));
    assert_eq!(l[0].get_uint(f::quic::LONG_PACKET_TYPE), Some(3));
    assert!(!l[0].has(f::quic::FIXED_BIT));
    assert_eq!(l[0].get_uint(f::quic::PACKET_LENGTH), Some(r.len() as u64));
}

#[test]
fn a_draft_24_retry_names_the_original_id_and_has_no_tag() {
    // nDPI's quic-24.pcap, frame 2 (UDP payload). tshark 4.0.17: odcil 18,
    // odcid 299ab249…cf1a, retry_token the rest (no integrity tag).
    let hex = "f0ff00001811f5c352569b8ef8f7d84c478f6f0afcbcd612b83cc45129cba97ee348d647f3c7\
               06dc85a712299ab249a7f58d467d685ca920894cebcf1a0b7aabbe5ee109fecd41494b2158d122\
               221d1a502e32030444951ae29cf0e4da77c3e1299d4103be0e012147e273a6415181722175318b\
               b8cc15c990cd6b23fcc2a7a09328903203d205";
    let r: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect();
    let mut d = QuicDecoder::new();
    let l = layers_of(&mut d, &reply(&r, 50640));
    assert_eq!(l[0].get_uint(f::quic::ODCIL), Some(18));
    assert_eq!(
        l[0].get(f::quic::ODCID),
        Some(&Value::Bytes(r[43..61].to_vec().into()))
    );
    assert_eq!(
        l[0].get(f::quic::RETRY_TOKEN),
        Some(&Value::Bytes(r[61..].to_vec().into()))
    );
    assert!(!l[0].has(f::quic::RETRY_INTEGRITY_TAG));
    // Cut inside the original id: shown as far as it goes, malformed.
    let l = layers_of(&mut QuicDecoder::new(), &reply(&r[..50], 50641));
    assert_eq!(l[0].get_uint(f::quic::ODCIL), Some(18));
    assert!(!l[0].has(f::quic::ODCID));
    assert!(l[0].thrown.is_some());
}

/// RFC 9001 A.4's Retry, sent to the Initial of A.2 (Destination
/// Connection ID 8394c8f03e515708).
const RFC9001_RETRY: [u8; 36] = [
    0xff, 0, 0, 0, 1, 0, 8, 0xf0, 0x67, 0xa5, 0x50, 0x2a, 0x42, 0x62, 0xb5, 0x74, 0x6f, 0x6b, 0x65,
    0x6e, 0x04, 0xa2, 0x65, 0xba, 0x2e, 0xff, 0x4d, 0x82, 0x90, 0x58, 0xfb, 0x3f, 0x0f, 0x24, 0x96,
    0xba,
];
const RFC9001_ODCID: [u8; 8] = [0x83, 0x94, 0xc8, 0xf0, 0x3e, 0x51, 0x57, 0x08];

#[test]
fn a_retry_integrity_tag_is_checked_as_rfc_9001_computes_it() {
    assert_eq!(
        retry_tag_valid(V1, &RFC9001_ODCID, &RFC9001_RETRY),
        Some(true)
    );
    // Another original id, or one bit of the token changed, fails.
    assert_eq!(retry_tag_valid(V1, &[0x83; 8], &RFC9001_RETRY), Some(false));
    let mut bent = RFC9001_RETRY;
    bent[16] ^= 1;
    assert_eq!(retry_tag_valid(V1, &RFC9001_ODCID, &bent), Some(false));
    // Drafts before 25 had no tag.
    assert_eq!(
        retry_tag_valid(0xff00_0017, &RFC9001_ODCID, &RFC9001_RETRY),
        None
    );
}

#[test]
fn a_second_retry_is_checked_against_no_id_and_changes_no_keys() {
    // tshark: a Retry forgets the id the client's Initial went to until the
    // client's next Initial; a Retry before it cannot be verified.
    let mut d = QuicDecoder::new();
    let ch = initial(
        &RFC9001_ODCID,
        false,
        &RFC9001_ODCID,
        &[],
        0,
        &crypto_frame(0, &client_hello(2)),
    );
    layers_of(&mut d, &dgram(&ch, 50650));
    let first = layers_of(&mut d, &reply(&RFC9001_RETRY, 50650));
    assert!(!first[0].has(f::quic::BAD_RETRY), "{:?}", first[0]);
    let second = layers_of(&mut d, &reply(&RFC9001_RETRY, 50650));
    assert!(second[0].has(f::quic::BAD_RETRY));
    assert!(
        second[0]
            .all(crate::dissect::fields::ws::EXPERT_MESSAGE)
            .any(|v| matches!(v, Value::Str(m) if m == "Cannot verify Retry Packet due to unknown ODCID")),
        "{:?}",
        second[0]
    );
}

#[test]
fn a_short_header_to_a_server_that_named_no_id_is_the_conversations() {
    // 0-RTT resumption: the client's 1-RTT packets before any server long
    // header; tshark finds the connection by the conversation.
    let odcid = [0x15; 16];
    let mut d = QuicDecoder::new();
    let ch = initial(
        &odcid,
        false,
        &odcid,
        &[],
        0,
        &crypto_frame(0, &client_hello(2)),
    );
    layers_of(&mut d, &dgram(&ch, 50640));
    let short = [
        0x45, 0x3e, 0xc8, 0x2f, 0x67, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
    ];
    let l = layers_of(&mut d, &dgram(&short, 50640));
    assert_eq!(l[0].get_uint(f::quic::CONNECTION_NUMBER), Some(0));
    assert!(!l[0].has(f::quic::DCID));
    assert_eq!(
        l[0].get_uint(f::quic::PACKET_LENGTH),
        Some(short.len() as u64)
    );
}

#[test]
fn the_first_packet_of_no_known_connection_says_so() {
    // tshark's "QUIC Connection information" on a datagram's first packet:
    // the connection's number, or its Note that none is known (checked
    // with tshark 4.0 on a Handshake packet and a short header of unseen
    // connections, zeek's quic/merlinc2 capture).
    let mut d = QuicDecoder::new();
    // A Handshake packet (long header, type 2, version 1) of a connection
    // whose Initials were not captured: 8-byte DCID, no SCID, length 20.
    let mut hs = vec![0xe0, 0, 0, 0, 1, 8];
    hs.extend([0x77; 8]);
    hs.extend([0, 20]);
    hs.extend([0x5a; 20]);
    let l = layers_of(&mut d, &reply(&hs, 50630));
    assert!(l[0].has(f::quic::CONNECTION_UNKNOWN));
    assert!(!l[0].has(f::quic::CONNECTION_NUMBER));
    let odcid = [0x3c; 8];
    let ch = initial(
        &odcid,
        false,
        &odcid,
        &[],
        0,
        &crypto_frame(0, &client_hello(2)),
    );
    let l = layers_of(&mut d, &dgram(&ch, 50631));
    assert_eq!(l[0].get_uint(f::quic::CONNECTION_NUMBER), Some(0));
    assert!(!l[0].has(f::quic::CONNECTION_UNKNOWN));
}

#[test]
fn crypto_bytes_seen_before_are_a_retransmission_or_an_overlap() {
    // tshark's desegment_quic_crypto notes a CRYPTO frame whose bytes all
    // lie below the contiguous offset ("reused stream offset", as on the
    // repeated Initials of zeek's quic/quicv2-echo-443 capture), or some
    // of them ("overlaps a previous frame").
    let odcid = [0x4d; 8];
    let hello = client_hello(3);
    let mut d = QuicDecoder::new();
    let first = initial(&odcid, false, &odcid, &[], 0, &crypto_frame(0, &hello));
    let l = layers_of(&mut d, &dgram(&first, 50640));
    assert!(!l[0].has(f::quic::RETRANSMISSION));
    assert!(!l[0].has(f::quic::OVERLAP));
    let again = initial(&odcid, false, &odcid, &[], 1, &crypto_frame(0, &hello));
    let l = layers_of(&mut d, &dgram(&again, 50640));
    assert!(l[0].has(f::quic::RETRANSMISSION));
    let n = hello.len() as u8;
    let more = initial(&odcid, false, &odcid, &[], 2, &crypto_frame(n - 4, &[0; 8]));
    let l = layers_of(&mut d, &dgram(&more, 50640));
    assert!(l[0].has(f::quic::OVERLAP));
    assert!(!l[0].has(f::quic::RETRANSMISSION));
}

/// A client Initial to the first Initial's Destination Connection ID from
/// another port (a new NAT binding, a copied packet) is the client's, as
/// tshark finds it (quic_initial_connections: from_server false), so the
/// client's keys remove its protection and decrypt it.
#[test]
fn a_client_initial_from_another_port_is_still_the_clients() {
    let odcid = [7u8; 8];
    let mut d = QuicDecoder::new();
    let first = initial(
        &odcid,
        false,
        &odcid,
        &[],
        0,
        &crypto_frame(0, &client_hello(1)),
    );
    layers_of(&mut d, &dgram(&first, 50000));
    let again = initial(&odcid, false, &odcid, &[], 1, &[0x01]);
    let g = dgram(&again, 50001);
    let layers = layers_of(&mut d, &g);
    let q = layers.iter().find(|l| l.protocol == "quic").unwrap();
    assert_eq!(q.get_uint(f::quic::CONNECTION_NUMBER), Some(0));
    assert_eq!(q.get_uint(f::quic::PACKET_NUMBER), Some(1));
    assert!(!q.has(f::quic::DECRYPTION_FAILED), "{q:?}");
}

#[test]
fn a_datagram_quoted_by_an_icmp_error_is_quic_of_its_connection() {
    // An ICMP error quoting a client's Initial: tshark's QUIC dissector
    // does not look at `in_error_pkt`, so the quoted datagram is QUIC of
    // the connection it was sent in (nDPI quic_interop_V.pcapng, frames 11
    // and 34), decrypted with that connection's keys.
    let odcid = [0x75, 0x09, 0xd7, 0x83, 0x4a, 0xc1, 0x2d, 0x8f];
    let mut d = QuicDecoder::new();
    let ch = initial(
        &odcid,
        false,
        &odcid,
        &[],
        0,
        &crypto_frame(0, &client_hello(7)),
    );
    let first = layers_of(&mut d, &dgram(&ch, 47010));
    assert_eq!(first[0].get_uint(f::quic::CONNECTION_NUMBER), Some(0));
    let quoted = Datagram {
        nested: true,
        frame: 2,
        ..dgram(&ch, 47010)
    };
    assert!(d.claims(&quoted, false));
    let again = layers_of(&mut d, &quoted);
    assert_eq!(again[0].protocol, "quic");
    assert_eq!(again[0].get_uint(f::quic::CONNECTION_NUMBER), Some(0));
    assert_eq!(again[0].get_uint(f::quic::PACKET_NUMBER), Some(0));
}
