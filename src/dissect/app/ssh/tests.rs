//! Unit tests of the SSH decoder: conversations fed as TCP hands them
//! over, segment by segment. The bytes are crafted; the values expected are
//! what tshark 4.0 shows for the same segments in a capture (checked with
//! `tshark -T fields` when written).

use super::*;
use crate::dissect::app::testing::{Feed, one, vals};
use crate::dissect::app::{Dir, StreamDecoder};

/// A conversation being fed, the server on port 22.
type Conv = Feed<SshDecoder>;

impl Feed<SshDecoder> {
    fn new() -> Self {
        Feed::with(SshDecoder::new(), 22)
    }

    /// One segment that completes exactly one PDU: its layer.
    fn one(&mut self, dir: Dir, data: &[u8]) -> Layer<'static> {
        let mut out = self.seg(dir, data);
        assert_eq!(out.len(), 1, "{out:?}");
        out.remove(0).layer
    }
}

fn info_of(layers: &[Layer<'_>]) -> String {
    let mut s = String::new();
    for i in 0..layers.len() {
        if i > 0 {
            s.push_str(", ");
        }
        info(&mut s, layers, i);
    }
    s
}

/// A binary packet: length, padding length, payload, 4 bytes of padding.
fn packet(payload: &[u8]) -> Vec<u8> {
    let mut p = ((payload.len() + 5) as u32).to_be_bytes().to_vec();
    p.push(4);
    p.extend_from_slice(payload);
    p.extend_from_slice(&[0; 4]);
    p
}

fn string(s: &[u8]) -> Vec<u8> {
    let mut v = (s.len() as u32).to_be_bytes().to_vec();
    v.extend_from_slice(s);
    v
}

/// KEXINIT with one name in each list but the languages.
fn kexinit(kex: &[u8], enc: &[u8]) -> Vec<u8> {
    kexinit_mac(kex, enc, b"hmac-sha2-256")
}

/// KEXINIT with one name in each list but the languages, the MAC named.
fn kexinit_mac(kex: &[u8], enc: &[u8], mac: &[u8]) -> Vec<u8> {
    let mut b = vec![20];
    b.extend_from_slice(&[0x11; 16]);
    for x in [
        kex, b"ssh-rsa", enc, enc, mac, mac, b"none", b"none", b"", b"",
    ] {
        b.extend(string(x));
    }
    b.extend_from_slice(&[0, 0, 0, 0, 0]);
    packet(&b)
}

/// An ECDH key exchange reply (31) with an Ed25519 host key, a 32-byte
/// server key and a signature.
fn ecdh_reply() -> Vec<u8> {
    let mut reply = vec![31];
    let mut key = string(b"ssh-ed25519");
    key.extend(string(&[7; 32]));
    reply.extend(string(&key));
    reply.extend(string(&[8; 32]));
    let mut sig = string(b"ssh-ed25519");
    sig.extend(string(&[6; 64]));
    reply.extend(string(&sig));
    reply
}

const CLIENT_LINE: &[u8] = b"SSH-2.0-Crafted_1.0\r\n";
const SERVER_LINE: &[u8] = b"SSH-2.0-CraftedSrv\r\n";

#[test]
fn version_lines_name_the_version_from_the_client() {
    let mut c = Conv::new();
    let l = c.one(Dir::Client, CLIENT_LINE);
    assert_eq!(one(&l, "ssh.protocol"), "SSH-2.0-Crafted_1.0");
    assert_eq!(one(&l, "ssh.direction"), "0");
    // The column says what the conversation knew when the PDU came.
    assert_eq!(column(&l), "SSH");
    assert_eq!(
        info_of(std::slice::from_ref(&l)),
        "Client: Protocol (SSH-2.0-Crafted_1.0)"
    );
    let l = c.one(Dir::Server, SERVER_LINE);
    assert_eq!(column(&l), "SSHv2");
    assert_eq!(one(&l, "ssh.direction"), "1");
}

/// tshark on these bytes (a capture of them): KEXINIT's fields, the HASSH
/// of `diffie-hellman-group-exchange-sha256;aes128-ctr;hmac-sha2-256;none`,
/// sequence numbers, then an encrypted packet per segment after NEWKEYS
/// (a group exchange agrees no cipher in tshark 4.0).
#[test]
fn a_group_exchange_handshake_reads_as_tshark_shows_it() {
    let mut c = Conv::new();
    c.one(Dir::Client, CLIENT_LINE);
    c.one(Dir::Server, SERVER_LINE);
    let ki = kexinit(b"diffie-hellman-group-exchange-sha256", b"aes128-ctr");
    let l = c.one(Dir::Client, &ki);
    assert_eq!(one(&l, "ssh.message_code"), "20");
    assert_eq!(one(&l, "ssh.cookie"), "11".repeat(16));
    assert_eq!(
        one(&l, "ssh.kex_algorithms"),
        "diffie-hellman-group-exchange-sha256"
    );
    assert_eq!(one(&l, "ssh.kex_algorithms_length"), "36");
    assert_eq!(one(&l, "ssh.languages_client_to_server"), "");
    assert_eq!(one(&l, "ssh.kex.hassh"), "6f8725d34b5c2e6528d86a6f0ba211d4");
    assert_eq!(one(&l, "ssh.seq_num"), "0");
    assert_eq!(
        info_of(std::slice::from_ref(&l)),
        "Client: Key Exchange Init"
    );
    let l = c.one(Dir::Server, &ki);
    assert_eq!(
        one(&l, "ssh.kex.hasshserver"),
        "6f8725d34b5c2e6528d86a6f0ba211d4"
    );
    // The method is chosen: 34 is the group exchange's request.
    let mut req = vec![34];
    for v in [2048u32, 4096, 8192] {
        req.extend_from_slice(&v.to_be_bytes());
    }
    let l = c.one(Dir::Client, &packet(&req));
    assert_eq!(one(&l, "ssh.dh_gex.min"), "2048");
    assert_eq!(one(&l, "ssh.dh_gex.nbits"), "4096");
    assert_eq!(one(&l, "ssh.dh_gex.max"), "8192");
    assert_eq!(one(&l, "ssh.seq_num"), "2");
    assert_eq!(
        info_of(std::slice::from_ref(&l)),
        "Client: Diffie-Hellman Group Exchange Request"
    );
    let l = c.one(Dir::Client, &packet(&[21]));
    assert_eq!(one(&l, "ssh.seq_num"), "2");
    c.one(Dir::Server, &packet(&[21]));
    let l = c.one(Dir::Server, &[0x78; 40]);
    assert_eq!(one(&l, "ssh.packet_length_encrypted"), "78787878");
    assert_eq!(one(&l, "ssh.encrypted_packet"), "78".repeat(36));
    assert!(vals(&l, "ssh.mac").is_empty());
    assert_eq!(
        info_of(std::slice::from_ref(&l)),
        "Server: Encrypted packet (len=40)"
    );
    // 1 to 4 bytes: tshark's item past the end throws (the renderer
    // writes its `[Malformed Packet]` after the Info, once).
    let l = c.one(Dir::Client, &[1, 2, 3]);
    assert!(l.thrown.is_some());
    assert!(vals(&l, "ssh.direction").is_empty());
    assert_eq!(
        info_of(std::slice::from_ref(&l)),
        "Encrypted packet (len=3)"
    );
}

/// A packet reassembled from two segments that throws ends the second
/// segment's dissection: the packet after it in that segment is never
/// read (tshark 4.0: `Key Exchange Init[Malformed Packet]`, no New Keys,
/// no side), and the next segment is read on its own.
#[test]
fn a_reassembled_packet_that_throws_ends_its_segment() {
    let mut c = Conv::new();
    c.one(Dir::Client, CLIENT_LINE);
    c.one(Dir::Server, SERVER_LINE);
    let mut bad = kexinit(b"curve25519-sha256", b"aes128-ctr");
    // The first name list (after the lengths, the code and the cookie)
    // claims 1000 bytes: a read past the packet.
    bad[22..26].copy_from_slice(&1000u32.to_be_bytes());
    assert!(c.seg(Dir::Client, &bad[..30]).is_empty());
    let mut last = bad[30..].to_vec();
    last.extend_from_slice(&packet(&[21]));
    let out = c.seg(Dir::Client, &last);
    assert_eq!(out.len(), 1, "{out:?}");
    let l = &out[0].layer;
    assert!(l.thrown.is_some());
    assert_eq!(one(l, "ssh.message_code"), "20");
    assert_eq!(info_of(std::slice::from_ref(l)), "Key Exchange Init");
    assert!(!c.d.holds_partial(Dir::Client));
    // The next segment starts a packet of its own.
    let l = c.one(Dir::Client, &packet(&[2, 1, 2, 3]));
    assert_eq!(one(&l, "ssh.message_code"), "2");
    assert_eq!(info_of(std::slice::from_ref(&l)), "Client: Ignore");
}

#[test]
fn a_packet_across_segments_is_read_when_its_last_byte_comes() {
    let mut c = Conv::new();
    c.one(Dir::Client, CLIENT_LINE);
    let ki = kexinit(b"curve25519-sha256", b"chacha20-poly1305@openssh.com");
    assert!(c.seg(Dir::Client, &ki[..3]).is_empty());
    assert!(c.d.holds_partial(Dir::Client));
    assert!(c.seg(Dir::Client, &ki[3..50]).is_empty());
    // The last piece and the start of the next packet: the reassembled
    // packet, then the rest of the segment read on its own.
    let mut last = ki[50..].to_vec();
    last.extend_from_slice(&packet(&[21]));
    let out = c.seg(Dir::Client, &last);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].stream_offset, CLIENT_LINE.len() as u64);
    assert_eq!(out[0].stream_end, (CLIENT_LINE.len() + ki.len()) as u64);
    assert_eq!(one(&out[0].layer, "ssh.message_code"), "20");
    assert_eq!(one(&out[1].layer, "ssh.message_code"), "21");
    let layers: Vec<_> = out.into_iter().map(|m| m.layer).collect();
    // tshark's Info: each PDU read whole put its side in front.
    assert_eq!(
        info_of(&layers),
        "Client: Client: Key Exchange Init, New Keys"
    );
    assert!(!c.d.holds_partial(Dir::Client));
}

/// An ECDH reply after both KEXINITs agrees the ciphers; NEWKEYS then sets
/// one up with no keys, and tshark shows nothing of what follows.
#[test]
fn after_an_ecdh_reply_what_follows_newkeys_shows_nothing() {
    let mut c = Conv::new();
    c.one(Dir::Client, CLIENT_LINE);
    c.one(Dir::Server, SERVER_LINE);
    let ki = kexinit(b"curve25519-sha256", b"chacha20-poly1305@openssh.com");
    c.one(Dir::Client, &ki);
    c.one(Dir::Server, &ki);
    let mut init = vec![30];
    init.extend(string(&[9; 32]));
    let l = c.one(Dir::Client, &packet(&init));
    assert_eq!(one(&l, "ssh.ecdh.q_c_length"), "32");
    assert_eq!(one(&l, "ssh.seq_num"), "1");
    let l = c.one(Dir::Server, &packet(&ecdh_reply()));
    assert_eq!(one(&l, "ssh.host_key.type"), "ssh-ed25519");
    assert_eq!(one(&l, "ssh.host_key.eddsa.key_length"), "32");
    assert_eq!(one(&l, "ssh.host_sig.type"), "ssh-ed25519");
    // tshark decodes no Ed25519 signature and says so under its length.
    assert_eq!(
        one(&l, "_ws.expert.message"),
        "Decoded 19 bytes, but packet legnth is 83 bytes"
    );
    let names: Vec<_> = l.fields.iter().map(|f| f.name()).collect();
    let at = names
        .iter()
        .position(|n| *n == "ssh.host_sig.length")
        .unwrap();
    assert_eq!(names[at + 1], "_ws.expert");
    assert_eq!(
        info_of(std::slice::from_ref(&l)),
        "Server: Elliptic Curve Diffie-Hellman Key Exchange Reply"
    );
    c.one(Dir::Client, &packet(&[21]));
    let l = c.one(Dir::Client, &[0x55; 64]);
    let names: Vec<_> = l
        .fields
        .iter()
        .map(|f| f.name())
        .filter(|n| !n.starts_with("osidump."))
        .collect();
    assert_eq!(names, ["ssh.direction"]);
    assert_eq!(info_of(std::slice::from_ref(&l)), "Client: ");
}

#[test]
fn public_values_longer_than_tshark_keeps_are_flagged() {
    let mut c = Conv::new();
    c.one(Dir::Client, CLIENT_LINE);
    for (n, flagged) in [(0usize, true), (1025, false), (1026, true)] {
        let mut init = vec![30];
        init.extend(string(&vec![1; n]));
        let l = c.one(Dir::Client, &packet(&init));
        assert_eq!(
            vals(&l, "_ws.expert.message"),
            if flagged {
                vec![format!("Invalid key length: {n}")]
            } else {
                vec![]
            },
            "{n}"
        );
    }
}

#[test]
fn an_unterminated_version_line_is_dropped() {
    let mut c = Conv::new();
    assert!(c.seg(Dir::Client, b"SSH-2.0-Spl").is_empty());
    assert!(c.d.holds_partial(Dir::Client));
    // The rest is read alone, as tshark reads it: not a version line.
    let l = c.one(Dir::Client, b"it\r\n");
    assert!(vals(&l, "ssh.protocol").is_empty());
    assert!(l.thrown.is_some());
    assert_eq!(column(&l), "SSH");
}

#[test]
fn a_length_near_2_pow_32_wraps_as_in_c() {
    let mut c = Conv::new();
    c.one(Dir::Client, CLIENT_LINE);
    let mut p = 0xffff_fffdu32.to_be_bytes().to_vec();
    p.extend_from_slice(&[4, 5]);
    p.extend_from_slice(&[0; 10]);
    let l = c.one(Dir::Client, &p);
    assert_eq!(one(&l, "ssh.packet_length"), "4294967293");
    assert_eq!(one(&l, "_ws.expert.message"), "Overly large number -3");
    assert_eq!(info_of(std::slice::from_ref(&l)), "Client: Service Request");
}

/// A tiny deterministic generator, so the hostile input is the same each run.
fn lcg(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *state >> 33
}

#[test]
fn hostile_bytes_never_panic_and_what_is_held_stays_bounded() {
    let mut seed = 7u64;
    for round in 0..200 {
        let mut c = Conv::new();
        if round % 2 == 0 {
            c.seg(Dir::Client, CLIENT_LINE);
            c.seg(Dir::Server, SERVER_LINE);
        }
        for _ in 0..40 {
            let n = (lcg(&mut seed) % 300) as usize;
            let mut b: Vec<u8> = (0..n).map(|_| lcg(&mut seed) as u8).collect();
            // Now and then a plausible packet start with a wild length.
            if n > 6 && lcg(&mut seed).is_multiple_of(3) {
                let len = match lcg(&mut seed) % 3 {
                    0 => u32::MAX - (lcg(&mut seed) % 8) as u32,
                    1 => (lcg(&mut seed) % 4000) as u32,
                    _ => 0x4000_0000,
                };
                b[..4].copy_from_slice(&len.to_be_bytes());
                b[5] = [20, 21, 30, 31, 32, 33, 34][(lcg(&mut seed) % 7) as usize];
            }
            let dir = if lcg(&mut seed).is_multiple_of(2) {
                Dir::Client
            } else {
                Dir::Server
            };
            let out = c.seg(dir, &b);
            for m in &out {
                assert!(m.stream_offset <= m.stream_end);
            }
            assert!(c.d.heap_bytes() <= 2 * MAX_HELD + 64 * 1024);
        }
    }
}

#[test]
fn a_packet_longer_than_the_cap_is_counted_not_held() {
    let mut c = Conv::new();
    c.one(Dir::Client, CLIENT_LINE);
    let len = (MAX_HELD * 2) as u32;
    let mut first = len.to_be_bytes().to_vec();
    first.extend_from_slice(&[4, 20]);
    assert!(c.seg(Dir::Client, &first).is_empty());
    let chunk = vec![0u8; 64 * 1024];
    let mut sent = first.len();
    let mut got = Vec::new();
    while sent < len as usize + 4 {
        let n = chunk.len().min(len as usize + 4 - sent);
        got.extend(c.seg(Dir::Client, &chunk[..n]));
        sent += n;
        assert!(c.d.heap_bytes() <= MAX_HELD + 64 * 1024);
    }
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].stream_end - got[0].stream_offset, u64::from(len) + 4);
    assert!(!got[0].layer.anomalies.is_empty());
}

/// A conversation through an ECDH key exchange that agrees `enc` and
/// `mac`, up to both NEWKEYS: what the server sends next is read with
/// them.
fn past_newkeys(enc: &[u8], mac: &[u8]) -> Conv {
    let mut c = Conv::new();
    c.one(Dir::Client, CLIENT_LINE);
    c.one(Dir::Server, SERVER_LINE);
    let ki = kexinit_mac(b"curve25519-sha256", enc, mac);
    c.one(Dir::Client, &ki);
    c.one(Dir::Server, &ki);
    let mut init = vec![30];
    init.extend(string(&[9; 32]));
    c.one(Dir::Client, &packet(&init));
    c.one(Dir::Server, &packet(&ecdh_reply()));
    c.one(Dir::Server, &packet(&[21]));
    c.one(Dir::Client, &packet(&[21]));
    c
}

/// tshark 4.0 "decrypts" AES in CBC or CTR mode from the first 16-byte
/// block: a shorter segment throws (crafted captures, segments of 1 to 40
/// bytes: 1-15 `[Malformed Packet]`, 16 and more `Server: `).
#[test]
fn aes_ctr_reads_a_whole_block_first() {
    for enc in [&b"aes128-ctr"[..], b"aes256-cbc", b"aes192-ctr"] {
        let mut c = past_newkeys(enc, b"hmac-sha2-256");
        let l = c.one(Dir::Server, &[0x42; 15]);
        assert!(l.thrown.is_some());
        assert_eq!(info_of(std::slice::from_ref(&l)), "");
        let l = c.one(Dir::Server, &[0x42; 16]);
        assert!(l.thrown.is_none());
        assert_eq!(one(&l, "ssh.direction"), "1");
        assert!(vals(&l, "ssh.encrypted_packet").is_empty());
        assert_eq!(info_of(std::slice::from_ref(&l)), "Server: ");
    }
    // ChaCha20 reads the length's 4 bytes.
    let mut c = past_newkeys(b"chacha20-poly1305@openssh.com", b"hmac-sha2-256");
    assert!(c.one(Dir::Server, &[0x42; 3]).thrown.is_some());
    assert!(c.one(Dir::Server, &[0x42; 4]).thrown.is_none());
    // AES-GCM's length is in clear: the packet it gives must be there.
    let mut c = past_newkeys(b"aes256-gcm@openssh.com", b"hmac-sha2-256");
    let mut p = 12u32.to_be_bytes().to_vec();
    p.extend_from_slice(&[0x42; 11]);
    assert!(c.one(Dir::Server, &p).thrown.is_some());
    p.push(0x42);
    assert!(c.one(Dir::Server, &p).thrown.is_none());
}

/// A cipher tshark does not decrypt (3des-cbc): each segment is an
/// encrypted packet whose last bytes are the agreed MAC's (crafted
/// captures: hmac-sha1 takes 20, hmac-md5-96 12, umac-64@openssh.com 8;
/// an encrypt-then-MAC one leaves the length in clear; a MAC of unknown
/// length none).
#[test]
fn an_unknown_cipher_shows_the_agreed_mac() {
    let seg: Vec<u8> = (0..40u8).collect();
    let mut c = past_newkeys(b"3des-cbc", b"hmac-sha1");
    let l = c.one(Dir::Server, &seg);
    assert_eq!(one(&l, "ssh.packet_length_encrypted"), "00010203");
    assert_eq!(one(&l, "ssh.encrypted_packet"), hex(&seg[4..20]));
    assert_eq!(one(&l, "ssh.mac"), hex(&seg[20..]));
    assert_eq!(
        info_of(std::slice::from_ref(&l)),
        "Server: Encrypted packet (len=40)"
    );
    // 4 + 20 - 1 bytes: the encrypted part's length is C's -1 (to the
    // end), the MAC starts a byte early; one less throws.
    let l = c.one(Dir::Server, &seg[..23]);
    assert!(l.thrown.is_none());
    assert_eq!(one(&l, "ssh.encrypted_packet"), hex(&seg[4..23]));
    assert_eq!(one(&l, "ssh.mac"), hex(&seg[3..23]));
    let l = c.one(Dir::Server, &seg[..22]);
    assert!(l.thrown.is_some());
    assert_eq!(
        info_of(std::slice::from_ref(&l)),
        "Encrypted packet (len=22)"
    );

    let mut c = past_newkeys(b"3des-cbc", b"umac-128-etm@openssh.com");
    let l = c.one(Dir::Server, &seg);
    assert_eq!(one(&l, "ssh.packet_length"), "66051");
    assert!(vals(&l, "ssh.packet_length_encrypted").is_empty());
    assert_eq!(one(&l, "ssh.mac"), hex(&seg[24..]));

    let mut c = past_newkeys(b"3des-cbc", b"weird-mac");
    let l = c.one(Dir::Server, &seg);
    assert_eq!(one(&l, "ssh.encrypted_packet"), hex(&seg[4..]));
    assert!(vals(&l, "ssh.mac").is_empty());
}

#[test]
fn mac_lengths_as_ssh_set_mac_length_finds_them() {
    assert_eq!(mac_length("hmac-sha2-256"), (Some(32), false));
    assert_eq!(
        mac_length("hmac-sha2-512-etm@openssh.com"),
        (Some(64), true)
    );
    assert_eq!(mac_length("umac-64@openssh.com"), (Some(8), false));
    assert_eq!(mac_length("hmac-md5-96"), (Some(12), false));
    assert_eq!(mac_length("hmac-sha1"), (Some(20), false));
    assert_eq!(mac_length("hmac-sha1-etm@openssh.com"), (Some(20), true));
    assert_eq!(mac_length("hmac-md5"), (Some(16), false));
    assert_eq!(mac_length("hmac-ripemd160"), (Some(20), false));
    assert_eq!(mac_length("none"), (Some(0), false));
    // Not a multiple of 8, a sign, or not digits alone: unknown.
    assert_eq!(mac_length("x-12"), (None, false));
    assert_eq!(mac_length("x-+64"), (None, false));
    assert_eq!(mac_length("x-64a"), (None, false));
    assert_eq!(mac_length("weird-mac"), (None, false));
}

/// A reassembled packet, then the start of one that waits for more in
/// the same segment: tshark's second call put its (empty) `ssh` item up
/// before asking TCP for the rest, so the frame lists `ssh` twice; its
/// Info adds nothing (no side, no separator).
#[test]
fn a_packet_started_after_a_reassembled_one_shows_an_empty_layer() {
    let mut c = Conv::new();
    c.one(Dir::Client, CLIENT_LINE);
    let ki = kexinit(b"curve25519-sha256", b"aes128-ctr");
    assert!(c.seg(Dir::Client, &ki[..30]).is_empty());
    let nk = packet(&[21]);
    let mut last = ki[30..].to_vec();
    last.extend_from_slice(&nk[..6]);
    let out = c.seg(Dir::Client, &last);
    assert_eq!(out.len(), 2, "{out:?}");
    assert_eq!(one(&out[0].layer, "ssh.message_code"), "20");
    assert!(vals(&out[1].layer, "ssh.message_code").is_empty());
    assert!(vals(&out[1].layer, "ssh.direction").is_empty());
    assert_eq!(out[1].stream_offset, out[1].stream_end);
    assert!(c.d.holds_partial(Dir::Client));
    let layers: Vec<_> = out.into_iter().map(|m| m.layer).collect();
    let mut s = String::new();
    info(&mut s, &layers, 0);
    assert_eq!(s, "Client: Key Exchange Init");
    s.clear();
    info(&mut s, &layers, 1);
    assert_eq!(s, "");
    // The rest completes it.
    let l = c.one(Dir::Client, &nk[6..]);
    assert_eq!(one(&l, "ssh.message_code"), "21");
}
