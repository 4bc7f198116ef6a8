//! QUIC (RFC 9000/9001, version 1, and version 2 of RFC 9369) over UDP,
//! and HTTP/3 on top ([`http3`]).
//!
//! [`QuicDecoder`] is a per-capture [`DatagramDecoder`]: connections are
//! found by their connection ids (the client's first Destination
//! Connection ID opens one and derives the Initial keys; the ids each side
//! chooses, and those NEW_CONNECTION_ID announces, are added). Every QUIC
//! packet of a datagram (they may be coalesced) is a `quic` layer with
//! tshark's fields; Initial packets are decrypted without any key log
//! (RFC 9001 5.2), so the ClientHello and ServerHello their CRYPTO frames
//! carry are decoded by the TLS code (SNI, ALPN, JA3, JA4 with its `q`);
//! with a key log ([`DatagramDecoder::set_keys`]) the Handshake and 1-RTT
//! packets are decrypted too (key updates followed), the encrypted
//! handshake is shown, and the STREAM frames feed HTTP/3.
//!
//! Bounds: at most [`MAX_CONNS`] connections (the oldest goes first, and
//! half of them when memory is pressed), [`MAX_CIDS`] ids each, CRYPTO data
//! out of order up to [`MAX_CRYPTO`] bytes per space and direction, and the
//! HTTP/3 state's own caps. A wrong key or garbage makes nothing grow.

pub mod fields;
pub mod http3;

use crate::dissect::app::Dir;
use crate::dissect::app::tls::TlsDecoder;
use crate::dissect::app::tls::crypto::{self, Aead, Bulk, Hash, HeaderKey};
use crate::dissect::app::tls::keylog::Keys;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, ProtocolSpec};
use crate::flow::ConvKey;
use foldhash::{HashMap, HashSet};
use http3::varint;

use super::Probe;

/// Connections tracked at once.
pub const MAX_CONNS: usize = 4096;
/// Connection ids remembered per connection.
pub const MAX_CIDS: usize = 16;
/// CRYPTO bytes held out of order per packet number space and direction.
pub const MAX_CRYPTO: usize = 64 * 1024;

const V1: u32 = 0x0000_0001;
const V2: u32 = 0x6b33_43cf;
const SALT_V1: [u8; 20] = [
    0x38, 0x76, 0x2c, 0xf7, 0xf5, 0x59, 0x34, 0xb3, 0x4d, 0x17, 0x9a, 0xe6, 0xa4, 0xc8, 0x0c, 0xad,
    0xcc, 0xbb, 0x7f, 0x0a,
];
/// The Initial salts of drafts 22, 23 to 28, and 29 to 32.
const SALT_D22: [u8; 20] = [
    0x7f, 0xbc, 0xdb, 0x0e, 0x7c, 0x66, 0xbb, 0xe9, 0x19, 0x3a, 0x96, 0xcd, 0x21, 0x51, 0x9e, 0xbd,
    0x7a, 0x02, 0x64, 0x4a,
];
const SALT_D23: [u8; 20] = [
    0xc3, 0xee, 0xf7, 0x12, 0xc7, 0x2e, 0xbb, 0x5a, 0x11, 0xa7, 0xd2, 0x43, 0x2b, 0xb4, 0x63, 0x65,
    0xbe, 0xf9, 0xf5, 0x02,
];
const SALT_D29: [u8; 20] = [
    0xaf, 0xbf, 0xec, 0x28, 0x99, 0x93, 0xd2, 0x4c, 0x9e, 0x97, 0x86, 0xf1, 0x9c, 0x61, 0x11, 0xe0,
    0x43, 0x90, 0xa8, 0x99,
];
const SALT_V2: [u8; 20] = [
    0x0d, 0xed, 0xe3, 0xde, 0xf7, 0x00, 0xa6, 0xdb, 0x81, 0x93, 0x81, 0xbe, 0x6e, 0x26, 0x9d, 0xcb,
    0xf9, 0xbd, 0x2e, 0xd9,
];

/// A long header's packet type, whatever the version's numbering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Initial,
    ZeroRtt,
    Handshake,
    Retry,
}

fn kind(version: u32, bits: u8) -> Kind {
    match (version == V2, bits) {
        (false, 0) | (true, 1) => Kind::Initial,
        (false, 1) | (true, 2) => Kind::ZeroRtt,
        (false, 2) | (true, 3) => Kind::Handshake,
        _ => Kind::Retry,
    }
}

fn labels(version: u32) -> (&'static [u8], &'static [u8], &'static [u8], &'static [u8]) {
    if version == V2 {
        (b"quicv2 key", b"quicv2 iv", b"quicv2 hp", b"quicv2 ku")
    } else {
        (b"quic key", b"quic iv", b"quic hp", b"quic ku")
    }
}

/// The QUIC draft a version stands for, as tshark reckons it
/// (`quic_draft_version`): 0 for a version it does not know. Its
/// heuristic takes a long header of draft 11 or later.
fn draft_version(v: u32) -> u8 {
    match v {
        _ if v >> 8 == 0x00ff_0000 => v as u8,
        0xface_b001 => 22,
        0xface_b002 | 0xface_b00e => 27,
        // Google's Q050, T050 and T051.
        0x5130_3530 | 0x5430_3530 | 0x5430_3531 => 27,
        // Forcing version negotiation (0x?a?a?a?a): tshark 4.0 takes
        // draft 29's Initial salt for it.
        _ if v & 0x0f0f_0f0f == 0x0a0a_0a0a => 29,
        V1 => 34,
        V2 => 100,
        _ => 0,
    }
}

/// tshark's QUIC heuristic on a long header (`dissect_quic_heur`): 13
/// bytes at least, a version of draft 11 or later, connection id lengths
/// of at most 20.
pub fn long_header_heuristic(p: &[u8]) -> bool {
    if p.len() < 13 || p[0] & 0x80 == 0 {
        return false;
    }
    let v = u32::from_be_bytes([p[1], p[2], p[3], p[4]]);
    if draft_version(v) < 11 {
        return false;
    }
    let dcil = usize::from(p[5]);
    let at = 6 + dcil;
    dcil <= 20 && p.get(at).is_some_and(|&scil| scil <= 20)
}

/// A datagram no port claims is QUIC when a long header passes tshark's
/// heuristic; a short header is QUIC only of a connection already known
/// ([`DatagramDecoder::claims`]).
pub fn probe(p: &[u8]) -> Probe {
    if long_header_heuristic(p) {
        Probe::Certain
    } else {
        Probe::NotForUs
    }
}

/// Packet protection of one direction at one level.
struct Keys1 {
    aead: Aead,
    hp: HeaderKey,
    /// Traffic secret (1-RTT: for the next key phase).
    secret: Vec<u8>,
    hp_key: Vec<u8>,
    bulk: Bulk,
    hash: Hash,
    version: u32,
}

impl Keys1 {
    fn new(version: u32, bulk: Bulk, hash: Hash, secret: &[u8]) -> Option<Keys1> {
        let (k, iv, hp, _) = labels(version);
        let key = crypto::expand_label(hash, secret, k, bulk.key_len())?;
        let ivb = crypto::expand_label(hash, secret, iv, 12)?;
        let hpk = crypto::expand_label(hash, secret, hp, bulk.key_len())?;
        Some(Keys1 {
            aead: Aead::new(bulk, &key, &ivb)?,
            hp: HeaderKey::new(bulk, &hpk)?,
            hp_key: hpk,
            secret: secret.to_vec(),
            bulk,
            hash,
            version,
        })
    }

    /// The next key phase (RFC 9001 6): same header protection key.
    fn next(&self) -> Option<Keys1> {
        let (k, iv, _, ku) = labels(self.version);
        let secret = crypto::expand_label(self.hash, &self.secret, ku, self.hash.output_len())?;
        let key = crypto::expand_label(self.hash, &secret, k, self.bulk.key_len())?;
        let ivb = crypto::expand_label(self.hash, &secret, iv, 12)?;
        Some(Keys1 {
            aead: Aead::new(self.bulk, &key, &ivb)?,
            hp: HeaderKey::new(self.bulk, &self.hp_key)?,
            hp_key: self.hp_key.clone(),
            secret,
            bulk: self.bulk,
            hash: self.hash,
            version: self.version,
        })
    }
}

/// Whether a Retry packet's Integrity Tag (its last 16 bytes) is the one
/// RFC 9001 5.8 (and the drafts since 25) computes over the Retry
/// Pseudo-Packet with `odcid`, the Destination Connection ID the client
/// last sent to. `None`: a version with no tag to check.
fn retry_tag_valid(version: u32, odcid: &[u8], packet: &[u8]) -> Option<bool> {
    // By the draft the version stands for, as the Initial salt.
    let (key, nonce): ([u8; 16], [u8; 12]) = match draft_version(version) {
        25..=28 => (
            0x4d32_ecdb_2a21_33c8_41e4_043d_f27d_4430_u128.to_be_bytes(),
            *b"\x4d\x16\x11\xd0\x55\x13\xa5\x52\xc5\x87\xd5\x75",
        ),
        29..=32 => (
            0xccce_187e_d09a_09d0_5728_155a_6cb9_6be1_u128.to_be_bytes(),
            *b"\xe5\x49\x30\xf9\x7f\x21\x36\xf0\x53\x0a\x8c\x1c",
        ),
        33..=34 => (
            0xbe0c_690b_9f66_575a_1d76_6b54_e368_c84e_u128.to_be_bytes(),
            *b"\x46\x15\x99\xd3\x5d\x63\x2b\xf2\x23\x98\x25\xbb",
        ),
        100 => (
            0x8fb4_b01b_56ac_48e2_60fb_cbce_ad7c_cc92_u128.to_be_bytes(),
            *b"\xd8\x69\x69\xbc\x2d\x7c\x6d\x99\x90\xef\xb0\x4a",
        ),
        _ => return None,
    };
    let body = packet.len().checked_sub(16)?;
    let mut aad = Vec::with_capacity(1 + odcid.len() + body);
    aad.push(u8::try_from(odcid.len()).ok()?);
    aad.extend_from_slice(odcid);
    aad.extend_from_slice(&packet[..body]);
    Some(crypto::aes128_gcm_open(&key, &nonce, &aad, &packet[body..]).is_some())
}

fn initial_keys(version: u32, dcid: &[u8]) -> Option<[Keys1; 2]> {
    // By the draft the version stands for, as tshark picks it.
    let salt: &[u8] = match draft_version(version) {
        1..=22 => &SALT_D22,
        23..=28 => &SALT_D23,
        29..=32 => &SALT_D29,
        33..=34 => &SALT_V1,
        _ => &SALT_V2,
    };
    let init = crypto::extract_sha256(salt, dcid);
    let c = crypto::expand_label(Hash::Sha256, &init, b"client in", 32)?;
    let s = crypto::expand_label(Hash::Sha256, &init, b"server in", 32)?;
    Some([
        Keys1::new(version, Bulk::Aes128Gcm, Hash::Sha256, &c)?,
        Keys1::new(version, Bulk::Aes128Gcm, Hash::Sha256, &s)?,
    ])
}

/// CRYPTO data of one space and direction, handed to TLS as tshark's
/// QUIC dissector hands it (`desegment_quic_crypto`): bytes that continue
/// what was delivered go at once; once a piece comes ahead of a gap, it
/// and everything after it are held in one reassembly, delivered whole on
/// the packet that leaves no gap up to the furthest byte seen.
#[derive(Default)]
struct CryptoStream {
    /// Bytes up to here are contiguous (delivered, or held in `pending`).
    next: u64,
    /// A reassembly is open (a piece came ahead of a gap).
    open: bool,
    /// Where the open reassembly ends: the furthest byte seen.
    end: u64,
    /// The open reassembly's contiguous bytes, from its start to `next`.
    pending: Vec<u8>,
    /// Its pieces beyond a gap (offset, bytes).
    held: Vec<(u64, Vec<u8>)>,
    held_bytes: usize,
}

impl CryptoStream {
    /// Add a piece; returns the bytes to hand to TLS now (none while a
    /// gap is open, and for bytes seen before).
    fn add(&mut self, off: u64, data: &[u8]) -> Vec<u8> {
        let end = off + data.len() as u64;
        if end <= self.next {
            return Vec::new();
        }
        if !self.open {
            if off <= self.next {
                let out = data[(self.next - off) as usize..].to_vec();
                self.next = end;
                return out;
            }
            self.open = true;
            self.end = end;
            self.hold(off, data);
            return Vec::new();
        }
        self.end = self.end.max(end);
        if off <= self.next {
            if self.pending.len() + data.len() > MAX_CRYPTO {
                return Vec::new();
            }
            self.pending
                .extend_from_slice(&data[(self.next - off) as usize..]);
            self.next = end;
        } else {
            self.hold(off, data);
        }
        // Pieces the new bytes reach.
        while let Some(i) = self
            .held
            .iter()
            .position(|(o, d)| *o <= self.next && o + d.len() as u64 > self.next)
        {
            let (o, d) = self.held.swap_remove(i);
            self.pending
                .extend_from_slice(&d[(self.next - o) as usize..]);
            self.next = o + d.len() as u64;
        }
        self.held.retain(|(o, d)| o + d.len() as u64 > self.next);
        self.held_bytes = self.held.iter().map(|(_, d)| d.len()).sum();
        if self.next < self.end {
            return Vec::new();
        }
        self.open = false;
        self.held.clear();
        self.held_bytes = 0;
        std::mem::take(&mut self.pending)
    }

    fn hold(&mut self, off: u64, data: &[u8]) {
        if self.held_bytes + self.pending.len() + data.len() <= MAX_CRYPTO && self.held.len() < 64 {
            self.held.push((off, data.to_vec()));
            self.held_bytes += data.len();
        }
    }
}

/// One QUIC connection.
struct Conn {
    number: u64,
    client_port: u16,
    /// The UDP conversation the client's first Initial came on: tshark
    /// finds a packet without a Destination Connection ID by it.
    conv: ConvKey,
    /// Length of the first Source Connection ID of the client and of the
    /// server (none yet): a short header toward a side that chose an
    /// empty one carries none.
    client_cid_len: usize,
    server_cid_len: Option<usize>,
    /// The server's connection id tshark links the connection by: the
    /// Source Connection ID of its first long-header packet, forgotten
    /// when the client's Initial answers a Retry (the next one is then
    /// taken).
    server_cid: Option<Vec<u8>>,
    /// A Retry came and no client Initial since (tshark's
    /// `client_dcid_set` is false): the id it would check another Retry's
    /// tag with is unknown.
    retry_pending: bool,
    /// The client's first Destination Connection ID (Initial keys).
    odcid: Vec<u8>,
    /// Initial keys by version, [client, server].
    initial: Option<(u32, [Keys1; 2])>,
    handshake: [Option<Keys1>; 2],
    app: [Option<Keys1>; 2],
    /// The 1-RTT key phase bit the current keys have.
    phase: [bool; 2],
    /// Version of the server's long headers (handshake, 1-RTT labels).
    version: u32,
    /// The packet number of the last packet decrypted, by space (Initial,
    /// Handshake, 0-RTT and 1-RTT) and direction: tshark's
    /// `max_client_pkn` / `max_server_pkn`, 0 before any.
    largest: [[u64; 2]; 3],
    crypto: [[CryptoStream; 2]; 3],
    tls: TlsDecoder,
    client_random: Option<[u8; 32]>,
    suite: Option<u16>,
    looked_up: bool,
    noted: bool,
    /// 1-RTT keys were looked for and missing: tshark reports that on the
    /// first short-header packet only, then skips decryption silently.
    skip_short: bool,
    cids: Vec<Vec<u8>>,
    /// The server's ALPN is HTTP/3's (`h3`, `h3-29`...): tshark hands
    /// STREAM data to the dissector the ALPN names. Unknown until the
    /// server's EncryptedExtensions is read.
    alpn_h3: Option<bool>,
    h3: http3::H3,
    last_ns: i128,
}

/// QUIC connections of a capture. See the module documentation.
#[derive(Default)]
pub struct QuicDecoder {
    conns: HashMap<u64, Conn>,
    by_cid: HashMap<Vec<u8>, u64>,
    /// The Destination Connection ID of each connection's first client
    /// Initial: tshark finds only an Initial or a 0-RTT packet by it.
    by_initial: HashMap<Vec<u8>, u64>,
    /// The connection last opened on each UDP conversation.
    by_conv: HashMap<ConvKey, u64>,
    /// Conversations a long header was seen on: tshark's heuristic then
    /// makes QUIC the conversation's dissector, so a short header of no
    /// known connection there is still QUIC (elsewhere it is data).
    quic_convs: HashSet<ConvKey>,
    /// Lengths of the connection ids in use (short headers do not say).
    cid_lens: Vec<usize>,
    next_number: u64,
    keys: Keys,
    /// No output or filter of the run reads JA3/JA4
    /// ([`DatagramDecoder::skip_fingerprints`]).
    no_fingerprints: bool,
}

impl std::fmt::Debug for QuicDecoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QuicDecoder")
            .field("conns", &self.conns.len())
            .finish()
    }
}

/// The packet number from its truncated form as tshark reconstructs it
/// (packet-quic.c's quic_pkt_adjust_pkt_num, after ngtcp2): of the two
/// numbers with those low bits in the window of `max + 1` and the one
/// above, the closer to `max + 1` (the upper on a tie). Unlike RFC 9000
/// A.3 it never looks at the window below, so a packet that arrives late
/// across a window boundary gets a number a window too high (and then
/// fails to decrypt), as in tshark.
fn decode_pn(max: u64, truncated: u64, bits: u32) -> u64 {
    let k = max.saturating_add(1);
    let win = 1u64 << bits;
    let u = k & !(win - 1);
    let a = u | truncated;
    let b = u.wrapping_add(win) | truncated;
    if k.abs_diff(a) < k.abs_diff(b) { a } else { b }
}

impl QuicDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    fn add_cid(&mut self, conn: u64, cid: &[u8]) {
        if cid.is_empty() || cid.len() > 20 {
            return;
        }
        let Some(c) = self.conns.get_mut(&conn) else {
            return;
        };
        if c.cids.len() >= MAX_CIDS || self.by_cid.contains_key(cid) {
            return;
        }
        c.cids.push(cid.to_vec());
        self.by_cid.insert(cid.to_vec(), conn);
        if !self.cid_lens.contains(&cid.len()) {
            self.cid_lens.push(cid.len());
        }
    }

    fn drop_conn(&mut self, n: u64) {
        if let Some(c) = self.conns.remove(&n) {
            for cid in c.cids {
                self.by_cid.remove(&cid);
            }
            if self.by_conv.get(&c.conv) == Some(&n) {
                self.by_conv.remove(&c.conv);
            }
            if self.by_initial.get(&c.odcid) == Some(&n) {
                self.by_initial.remove(&c.odcid);
            }
        }
    }

    /// Make room: the oldest connection (or half of them when pressed).
    fn shed(&mut self, pressed: bool) {
        let want = if pressed {
            self.conns.len() / 2
        } else if self.conns.len() >= MAX_CONNS {
            self.conns.len() + 1 - MAX_CONNS
        } else {
            0
        };
        if want == 0 {
            return;
        }
        let mut by_age: Vec<(i128, u64)> =
            self.conns.iter().map(|(k, c)| (c.last_ns, *k)).collect();
        by_age.sort_unstable();
        for (_, k) in by_age.into_iter().take(want) {
            self.drop_conn(k);
        }
    }

    /// The connection of a short header and its destination id's length:
    /// by a known id, else (as tshark) the conversation's connection when
    /// the receiving side chose an empty id.
    fn short_conn(&self, d: &Datagram<'_>, p: &[u8]) -> Option<(u64, usize)> {
        self.cid_lens
            .iter()
            .find_map(|&n| {
                let cid = p.get(1..1 + n)?;
                self.by_cid.get(cid).map(|c| (*c, n))
            })
            .or_else(|| {
                let n = *self.by_conv.get(&d.conv)?;
                let c = self.conns.get(&n)?;
                // The conversation's connection takes a short header whose
                // receiver chose an empty id, or (toward the server) whose
                // server has not named its id yet: tshark's empty first id
                // matches any (`quic_cids_has_match`), and the Destination
                // Connection ID is then taken as empty.
                let to_client = d.sport != c.client_port;
                let len = if to_client {
                    c.client_cid_len
                } else {
                    c.server_cid_len.unwrap_or(0)
                };
                (len == 0).then_some((n, 0))
            })
    }

    /// tshark's heuristic on a datagram of a conversation not yet QUIC's:
    /// a long header of a version it knows, or a short header whose
    /// Destination Connection ID is a known connection's.
    fn heuristic(&self, d: &Datagram<'_>) -> bool {
        let p = d.payload;
        match p.first() {
            Some(b) if b & 0x80 != 0 => long_header_heuristic(p),
            Some(_) => p.len() >= 19 && self.short_conn(d, p).is_some(),
            None => false,
        }
    }

    /// A packet's Destination Connection ID as tshark compares it between
    /// the packets of a datagram (`check_dcid_on_coalesced_packet`): a
    /// long header's (empty past 20 bytes), or as many bytes of a short
    /// header as the datagram's connection uses toward that side; none
    /// when a short header's connection is unknown (not checked).
    fn coalesced_dcid(&self, d: &Datagram<'_>, p: &[u8], conn: Option<u64>) -> Option<Vec<u8>> {
        let b0 = *p.first()?;
        if b0 & 0x80 != 0 {
            let n = usize::from(*p.get(5)?);
            return Some(if n <= 20 {
                p.get(6..6 + n).unwrap_or_default().to_vec()
            } else {
                Vec::new()
            });
        }
        let c = self.conns.get(&conn?)?;
        let n = if d.sport == c.client_port {
            c.server_cid_len.unwrap_or(0)
        } else {
            c.client_cid_len
        };
        Some(p.get(1..1 + n).unwrap_or_default().to_vec())
    }

    /// Look the session's secrets up once both hellos were seen.
    fn lookup(&mut self, conn: u64) {
        let Some(c) = self.conns.get_mut(&conn) else {
            return;
        };
        if c.looked_up || self.keys.is_empty() {
            return;
        }
        let (Some(cr), Some(suite)) = (c.client_random, c.suite) else {
            return;
        };
        c.looked_up = true;
        let Some(s) = crypto::suite(suite) else {
            return;
        };
        let Some(sec) = self.keys.lookup(&cr) else {
            return;
        };
        let v = c.version;
        let mk = |x: &Option<Vec<u8>>| x.as_deref().and_then(|k| Keys1::new(v, s.bulk, s.hash, k));
        c.handshake = [mk(&sec.client_handshake), mk(&sec.server_handshake)];
        c.app = [mk(&sec.client_app), mk(&sec.server_app)];
    }

    /// tshark's "QUIC Connection information", which the first packet of
    /// a datagram carries (`quic_add_connection_info`): the connection's
    /// number, or a Note that none is known.
    fn connection_info(&self, l: &mut Layer<'_>, conn: Option<u64>) {
        match conn.and_then(|n| self.conns.get(&n)) {
            Some(c) => l.uint(f::quic::CONNECTION_NUMBER, c.number),
            None => expert::add(l, &expert::CONNECTION_UNKNOWN, None),
        }
    }

    /// One QUIC packet at `p[..]` of a datagram; returns its length and
    /// pushes its layers.
    #[allow(clippy::too_many_arguments)]
    /// `dgram` is the connection of the datagram's first packet (none
    /// known: `Some(None)`), which tshark keeps for every packet coalesced
    /// after it.
    fn packet<'a>(
        &mut self,
        d: &Datagram<'a>,
        at: usize,
        dgram: &mut Option<Option<u64>>,
        out: &mut Vec<Layer<'a>>,
    ) -> Option<usize> {
        let first = dgram.is_none();
        let p = &d.payload[at..];
        // The datagram's bytes from this packet on as sent: tshark's packet
        // length counts what the capture cut off too.
        let wire = d.reported.saturating_sub(at).max(p.len());
        let b0 = *p.first()?;
        let long = b0 & 0x80 != 0;
        let mut l = Layer::new(Osi::Presentation, "quic", d.at + at..d.at + d.payload.len());
        // The connection, its direction, and where the packet number is.
        // The connection was found by the Destination Connection ID of the
        // client's first Initial (tshark's quic_initial_connections): the
        // packet is the client's, whatever its port.
        let mut by_client_initial = false;
        let (conn, pn_at, end, version, kind_) = if long {
            if p.len() < 7 {
                return None;
            }
            let version = u32::from_be_bytes([p[1], p[2], p[3], p[4]]);
            if self.quic_convs.len() < 4 * MAX_CONNS {
                self.quic_convs.insert(d.conv);
            }
            let dcil = usize::from(p[5]);
            let dcid = p.get(6..6 + dcil)?;
            let scil = usize::from(*p.get(6 + dcil)?);
            let scid = p.get(7 + dcil..7 + dcil + scil)?;
            let mut q = 7 + dcil + scil;
            if version == 0 {
                // tshark looks the connection up as for any long header
                // (by the Destination Connection ID, or with none by the
                // conversation) before it sees the version.
                let key: &[u8] = if dcid.len() <= 20 { dcid } else { &[] };
                let known = if key.is_empty() {
                    self.by_conv.get(&d.conv).copied()
                } else {
                    self.by_cid.get(key).copied()
                };
                if first {
                    *dgram = Some(known);
                    self.connection_info(&mut l, known);
                }
                l.uint(f::quic::PACKET_LENGTH, wire as u64);
                l.uint(f::quic::HEADER_FORM, 1u64);
                l.uint(f::quic::VERSION, 0u64);
                cids(&mut l, dcid, scid);
                for v in p[q..].chunks_exact(4) {
                    l.uint(
                        f::quic::SUPPORTED_VERSION,
                        u32::from_be_bytes([v[0], v[1], v[2], v[3]]),
                    );
                }
                out.push(l);
                return Some(p.len());
            }
            let k = kind(version, (b0 >> 4) & 3);
            // Find or open the connection as tshark does
            // (`quic_connection_find`): by the Destination Connection ID
            // alone (one longer than 20 bytes counts as none), or, with
            // none, by the conversation; an Initial of no known connection
            // opens one, whatever its id's length.
            let key: &[u8] = if dcid.len() <= 20 { dcid } else { &[] };
            let known = if k == Kind::ZeroRtt && !key.is_empty() {
                by_client_initial = true;
                self.by_initial.get(key).copied()
            } else if key.is_empty() {
                self.by_conv.get(&d.conv).copied()
            } else {
                self.by_cid.get(key).copied().or_else(|| {
                    let c = (k == Kind::Initial)
                        .then(|| self.by_initial.get(key).copied())
                        .flatten();
                    by_client_initial = c.is_some();
                    c
                })
            };
            let conn = match known {
                Some(c) => c,
                None if k == Kind::Initial => {
                    self.shed(false);
                    let n = self.next_number;
                    self.next_number += 1;
                    self.conns.insert(
                        n,
                        Conn {
                            number: n,
                            client_port: d.sport,
                            conv: d.conv,
                            client_cid_len: scid.len(),
                            server_cid_len: None,
                            server_cid: None,
                            retry_pending: false,
                            odcid: key.to_vec(),
                            initial: None,
                            handshake: [None, None],
                            app: [None, None],
                            phase: [false, false],
                            version,
                            largest: [[0; 2]; 3],
                            crypto: Default::default(),
                            tls: {
                                let mut t = TlsDecoder::quic();
                                if self.no_fingerprints {
                                    crate::dissect::app::StreamDecoder::skip_fingerprints(&mut t);
                                }
                                t
                            },
                            client_random: None,
                            suite: None,
                            looked_up: false,
                            noted: false,
                            skip_short: false,
                            cids: Vec::new(),
                            alpn_h3: None,
                            h3: http3::H3::default(),
                            last_ns: d.ts_ns,
                        },
                    );
                    if !key.is_empty() {
                        self.by_initial.insert(key.to_vec(), n);
                    }
                    self.by_conv.insert(d.conv, n);
                    n
                }
                None => u64::MAX,
            };
            let mut bad_retry = None;
            if conn != u64::MAX {
                let from_server = !by_client_initial
                    && self
                        .conns
                        .get(&conn)
                        .is_some_and(|c| d.sport != c.client_port);
                if !from_server {
                    self.add_cid(conn, scid);
                }
                if let Some(c) = self.conns.get_mut(&conn)
                    && !from_server
                    && k == Kind::Initial
                    && std::mem::take(&mut c.retry_pending)
                {
                    // The client's Initial after a Retry: tshark forgets
                    // the server's id, the next server packet names it.
                    if let Some(old) = c.server_cid.take() {
                        c.cids.retain(|x| *x != old);
                        if self.by_cid.get(&old) == Some(&conn) {
                            self.by_cid.remove(&old);
                        }
                    }
                }
                let mut new_server_cid = false;
                if let Some(c) = self.conns.get_mut(&conn)
                    && from_server
                {
                    c.version = version;
                    c.server_cid_len.get_or_insert(scid.len());
                    if c.server_cid.is_none() && !scid.is_empty() {
                        c.server_cid = Some(scid.to_vec());
                        new_server_cid = true;
                    }
                    // A Retry's tag is checked with the id the client's
                    // last Initial went to (unknown after another Retry);
                    // one that fails is noted, and its id not taken for
                    // the Initial keys.
                    let verified = if k != Kind::Retry {
                        true
                    } else if c.retry_pending {
                        bad_retry = Some("Cannot verify Retry Packet due to unknown ODCID");
                        false
                    } else {
                        match retry_tag_valid(version, &c.odcid, p) {
                            Some(false) => {
                                bad_retry = Some("");
                                false
                            }
                            _ => true,
                        }
                    };
                    if k == Kind::Retry {
                        c.retry_pending = true;
                    }
                    if k == Kind::Retry && verified && !scid.is_empty() {
                        // The client's next Initial goes to the id the
                        // Retry chose, and its keys come from that id.
                        let old = std::mem::replace(&mut c.odcid, scid.to_vec());
                        c.initial = None;
                        if self.by_initial.get(&old) == Some(&conn) {
                            self.by_initial.remove(&old);
                        }
                        self.by_initial.insert(scid.to_vec(), conn);
                        // The server's next Initial names its id anew.
                        c.server_cid_len = None;
                    }
                }
                if new_server_cid {
                    self.add_cid(conn, scid);
                }
            }
            if first {
                *dgram = Some((conn != u64::MAX).then_some(conn));
            }
            // Fields up to the token.
            if first {
                self.connection_info(&mut l, Some(conn));
            }
            l.uint(f::quic::HEADER_FORM, 1u64);
            // tshark shows a Retry's first byte as its form and type only.
            if k != Kind::Retry {
                l.boolean(f::quic::FIXED_BIT, b0 & 0x40 != 0);
            }
            if version == V2 {
                l.uint(f::quic::LONG_PACKET_TYPE_V2, (b0 >> 4) & 3);
            } else {
                l.uint(f::quic::LONG_PACKET_TYPE, (b0 >> 4) & 3);
            }
            l.uint(f::quic::VERSION, version);
            cids(&mut l, dcid, scid);
            if k == Kind::Retry {
                if (1..=24).contains(&draft_version(version)) {
                    // Before draft 25 a Retry names the client's first
                    // Destination Connection ID itself and carries no
                    // integrity tag: the token is the rest.
                    if let Some(&odcil) = p.get(q) {
                        l.uint(f::quic::ODCIL, odcil);
                        let end = q + 1 + usize::from(odcil);
                        if let Some(odcid) = p.get(q + 1..end) {
                            l.push(f::quic::ODCID, Value::Bytes(odcid.to_vec().into()));
                            l.push(f::quic::RETRY_TOKEN, Value::Bytes(p[end..].to_vec().into()));
                        } else {
                            l.read_past_end(
                                "quic",
                                format!(
                                    "Original Destination Connection ID of {odcil} bytes, {} left",
                                    p.len() - q - 1
                                ),
                                false,
                            );
                        }
                    }
                } else if p.len() >= q + 16 {
                    l.push(
                        f::quic::RETRY_TOKEN,
                        Value::Bytes(p[q..p.len() - 16].to_vec().into()),
                    );
                    l.push(
                        f::quic::RETRY_INTEGRITY_TAG,
                        Value::Bytes(p[p.len() - 16..].to_vec().into()),
                    );
                    if let Some(why) = bad_retry {
                        let why = (!why.is_empty()).then(|| why.to_string());
                        expert::add(&mut l, &expert::BAD_RETRY, why);
                    }
                }
                l.uint(f::quic::PACKET_LENGTH, wire as u64);
                out.push(l);
                return Some(p.len());
            }
            if k == Kind::Initial {
                let (tl, n) = varint(p, q)?;
                l.uint(f::quic::TOKEN_LENGTH, tl);
                q += n;
                let tok = p.get(q..q + usize::try_from(tl).ok()?)?;
                if !tok.is_empty() {
                    l.push(f::quic::TOKEN, Value::Bytes(tok.to_vec().into()));
                }
                q += tok.len();
            }
            let (len, n) = varint(p, q)?;
            l.uint(f::quic::LENGTH, len);
            q += n;
            let mut end = q.checked_add(usize::try_from(len).ok()?)?;
            if end > wire {
                // tshark takes the rest of the datagram as the packet and
                // still removes the header protection.
                l.malformed(format!(
                    "Length {len} runs past the datagram ({} bytes left)",
                    wire - q
                ));
                end = wire;
            }
            (conn, q, end, version, Some(k))
        } else {
            let found = match *dgram {
                // Coalesced after another packet: that packet's connection.
                Some(conn) => conn.and_then(|c| {
                    let c = self.conns.get(&c)?;
                    let len = if d.sport == c.client_port {
                        c.server_cid_len.unwrap_or(0)
                    } else {
                        c.client_cid_len
                    };
                    Some((c.number, len))
                }),
                None => self.short_conn(d, p),
            };
            if first {
                *dgram = Some(found.map(|(c, _)| c));
            }
            let Some((conn, n)) = found else {
                if first {
                    self.connection_info(&mut l, None);
                }
                // tshark still shows the header's unprotected bits.
                l.present(f::quic::SHORT);
                l.uint(f::quic::HEADER_FORM, 0u64);
                l.boolean(f::quic::FIXED_BIT, b0 & 0x40 != 0);
                l.boolean(f::quic::SPIN_BIT, b0 & 0x20 != 0);
                l.uint(f::quic::PACKET_LENGTH, wire as u64);
                // No connection, so no connection id length: the rest
                // after the first byte.
                remaining_payload(&mut l, p, 1, wire);
                l.str(
                    f::quic::OSIDUMP_DECRYPTION,
                    "short header of an unknown connection",
                );
                out.push(l);
                return Some(p.len());
            };
            if first {
                self.connection_info(&mut l, Some(conn));
            }
            l.present(f::quic::SHORT);
            l.uint(f::quic::HEADER_FORM, 0u64);
            l.boolean(f::quic::FIXED_BIT, b0 & 0x40 != 0);
            l.boolean(f::quic::SPIN_BIT, b0 & 0x20 != 0);
            if n > 0 {
                l.push(f::quic::DCID, Value::Bytes(p[1..1 + n].to_vec().into()));
            }
            let v = self.conns.get(&conn).map_or(V1, |c| c.version);
            (conn, 1 + n, wire, v, None)
        };
        l.uint(f::quic::PACKET_LENGTH, end as u64);
        // The packet as sent may run past what the capture kept: decode
        // what was kept.
        let end = end.min(p.len());
        let span_end = d.at + at + end;
        l.span = d.at + at..span_end;
        let Some(c) = self.conns.get_mut(&conn) else {
            if long {
                expert::add(
                    &mut l,
                    &expert::DECRYPTION_FAILED,
                    Some("Failed to decrypt packet number".into()),
                );
            }
            remaining_payload(&mut l, p, pn_at, end);
            out.push(l);
            return Some(end);
        };
        c.last_ns = d.ts_ns;
        let dir = if by_client_initial || d.sport == c.client_port {
            Dir::Client
        } else {
            Dir::Server
        };
        let di = dir.index();
        let space = match kind_ {
            Some(Kind::Initial) => 0,
            Some(Kind::Handshake) => 1,
            _ => 2,
        };
        // A server's Initial of another version (compatible version
        // negotiation) derives the keys anew; a client's Initial of another
        // version (after Version Negotiation, to the same id) keeps the
        // first one's, as tshark does, whose decryption then fails.
        if kind_ == Some(Kind::Initial)
            && c.initial
                .as_ref()
                .is_none_or(|(v, _)| *v != version && dir == Dir::Server)
        {
            c.initial = initial_keys(version, &c.odcid).map(|k| (version, k));
        }
        // Header protection: the sample starts 4 bytes after the packet number.
        let hp_keys = match kind_ {
            Some(Kind::Initial) => c.initial.as_ref().map(|(_, k)| &k[di]),
            Some(Kind::Handshake) => c.handshake[di].as_ref(),
            Some(_) => None,
            None => c.app[di].as_ref(),
        };
        let Some(keys) = hp_keys else {
            // tshark says so on every such long-header packet (no key log
            // at all included) and on the connection's first short-header
            // one; our own note says which secret is missing, once.
            if long || !std::mem::replace(&mut c.skip_short, true) {
                expert::add(
                    &mut l,
                    &expert::DECRYPTION_FAILED,
                    Some("Failed to create decryption context: Secrets are not available".into()),
                );
            }
            if !self.keys.is_empty() && !c.noted {
                c.noted = true;
                l.str(
                    f::quic::OSIDUMP_DECRYPTION,
                    "not decrypted: no secret for this packet's level in the key log",
                );
            }
            // tshark stops there: no packet number, no payload.
            remaining_payload(&mut l, p, pn_at, end);
            out.push(l);
            return Some(end);
        };
        // Within this packet (its Length), so the packet number and the
        // payload after it are inside it too.
        let Some(mask) = p[..end]
            .get(pn_at + 4..pn_at + 20)
            .and_then(|s| keys.hp.mask(s))
        else {
            l.malformed("packet too short for its header protection sample");
            remaining_payload(&mut l, p, pn_at, end);
            out.push(l);
            return Some(end);
        };
        let first_byte = b0 ^ (mask[0] & if long { 0x0f } else { 0x1f });
        let pn_len = usize::from(first_byte & 3) + 1;
        let mut header = p[..pn_at + pn_len].to_vec();
        header[0] = first_byte;
        let mut truncated = 0u64;
        for i in 0..pn_len {
            header[pn_at + i] ^= mask[1 + i];
            truncated = (truncated << 8) | u64::from(header[pn_at + i]);
        }
        let pn = decode_pn(c.largest[space][di], truncated, 8 * pn_len as u32);
        if long {
            l.uint(f::quic::LONG_RESERVED, (first_byte >> 2) & 3);
            l.uint(f::quic::PACKET_NUMBER_LENGTH, (first_byte & 3) as u64);
        } else {
            l.uint(f::quic::SHORT_RESERVED, (first_byte >> 3) & 3);
            l.boolean(f::quic::KEY_PHASE, first_byte & 0x04 != 0);
            l.uint(f::quic::PACKET_NUMBER_LENGTH, (first_byte & 3) as u64);
        }
        l.uint(f::quic::PACKET_NUMBER, pn);
        let ct = &p[pn_at + pn_len..end];
        if long {
            l.push(f::quic::PAYLOAD, Value::Bytes(ct.to_vec().into()));
        } else {
            l.push(f::quic::PROTECTED_PAYLOAD, Value::Bytes(ct.to_vec().into()));
        }
        let mut plain = keys.aead.open(pn, &header, ct);
        if plain.is_none() && !long {
            // A new key phase?
            let phase = first_byte & 0x04 != 0;
            if phase != c.phase[di]
                && let Some(next) = c.app[di].as_ref().and_then(Keys1::next)
                && let Some(pl) = next.aead.open(pn, &header, ct)
            {
                c.app[di] = Some(next);
                c.phase[di] = phase;
                plain = Some(pl);
            }
        }
        let Some(plain) = plain else {
            // tshark's words for an AEAD tag that does not verify.
            expert::add(
                &mut l,
                &expert::DECRYPTION_FAILED,
                Some("Decryption failed: Decryption (checktag) failed: Checksum error".into()),
            );
            out.push(l);
            return Some(end);
        };
        // tshark remembers the number of every packet that decrypts,
        // larger or not.
        c.largest[space][di] = pn;
        let mut extra: Vec<Layer<'a>> = Vec::new();
        let mut new_cids = Vec::new();
        c.tls.at_frame(d.frame);
        let closed = frames(
            c,
            dir,
            space,
            &plain,
            &mut l,
            &mut extra,
            &mut new_cids,
            d.at + at..span_end,
        );
        let _ = closed;
        out.push(l);
        out.extend(extra);
        for cid in new_cids {
            self.add_cid(conn, &cid);
        }
        if space < 2 {
            self.lookup(conn);
        }
        Some(end)
    }
}

/// A long header's connection ids, each after its length; tshark adds no
/// id item for a length of 0.
fn cids(l: &mut Layer<'_>, dcid: &[u8], scid: &[u8]) {
    l.uint(f::quic::DCIL, dcid.len() as u64);
    if !dcid.is_empty() {
        l.push(f::quic::DCID, Value::Bytes(dcid.to_vec().into()));
    }
    l.uint(f::quic::SCIL, scid.len() as u64);
    if !scid.is_empty() {
        l.push(f::quic::SCID, Value::Bytes(scid.to_vec().into()));
    }
}

/// A reader over a decrypted payload.
struct Cur<'b> {
    b: &'b [u8],
    p: usize,
}

impl<'b> Cur<'b> {
    fn v(&mut self) -> Option<u64> {
        let (x, n) = varint(self.b, self.p)?;
        self.p += n;
        Some(x)
    }
    fn take(&mut self, n: u64) -> Option<&'b [u8]> {
        let n = usize::try_from(n).ok()?;
        let s = self.b.get(self.p..self.p.checked_add(n)?)?;
        self.p += n;
        Some(s)
    }
    fn rest(&self) -> u64 {
        (self.b.len() - self.p) as u64
    }
}

/// The frames of a decrypted payload. Returns whether it closed the
/// connection.
#[allow(clippy::too_many_arguments)]
fn frames<'a>(
    c: &mut Conn,
    dir: Dir,
    space: usize,
    b: &[u8],
    l: &mut Layer<'a>,
    extra: &mut Vec<Layer<'a>>,
    new_cids: &mut Vec<Vec<u8>>,
    span: std::ops::Range<usize>,
) -> bool {
    let di = dir.index();
    let mut r = Cur { b, p: 0 };
    let mut closed = false;
    while r.p < b.len() {
        let Some(t) = r.v() else {
            break;
        };
        l.present(f::quic::FRAME);
        l.uint(f::quic::FRAME_TYPE, t);
        let ok = (|| -> Option<()> {
            match t {
                0x00 => {
                    let mut n = 1;
                    while b.get(r.p) == Some(&0) {
                        r.p += 1;
                        n += 1;
                    }
                    l.uint(f::quic::PADDING_LENGTH, n as u64);
                }
                0x01 | 0x1e => {}
                0x02 | 0x03 => {
                    let (largest, delay, count, first) = (r.v()?, r.v()?, r.v()?, r.v()?);
                    l.uint(f::quic::ACK_LARGEST_ACKNOWLEDGED, largest);
                    l.uint(f::quic::ACK_ACK_DELAY, delay);
                    l.uint(f::quic::ACK_ACK_RANGE_COUNT, count);
                    l.uint(f::quic::ACK_FIRST_ACK_RANGE, first);
                    for _ in 0..count.min(1024) {
                        let (gap, len) = (r.v()?, r.v()?);
                        l.uint(f::quic::ACK_GAP, gap);
                        l.uint(f::quic::ACK_ACK_RANGE, len);
                    }
                    if t == 0x03 {
                        l.uint(f::quic::ACK_ECT0_COUNT, r.v()?);
                        l.uint(f::quic::ACK_ECT1_COUNT, r.v()?);
                        l.uint(f::quic::ACK_ECN_CE_COUNT, r.v()?);
                    }
                }
                0x04 => {
                    l.uint(f::quic::RSTS_STREAM_ID, r.v()?);
                    l.uint(f::quic::RSTS_APPLICATION_ERROR_CODE, r.v()?);
                    l.uint(f::quic::RSTS_FINAL_SIZE, r.v()?);
                }
                0x05 => {
                    l.uint(f::quic::SS_STREAM_ID, r.v()?);
                    l.uint(f::quic::SS_APPLICATION_ERROR_CODE, r.v()?);
                }
                0x06 => {
                    let (off, len) = (r.v()?, r.v()?);
                    l.uint(f::quic::CRYPTO_OFFSET, off);
                    l.uint(f::quic::CRYPTO_LENGTH, len);
                    let data = r.take(len)?;
                    l.present(f::quic::CRYPTO_CRYPTO_DATA);
                    let stream = &mut c.crypto[space.min(2)][di];
                    // tshark's notes on bytes already contiguous
                    // (`desegment_quic_crypto`): all of them, or some.
                    if off.saturating_add(len) <= stream.next {
                        expert::add(l, &expert::RETRANSMISSION, None);
                    } else if off < stream.next {
                        expert::add(l, &expert::OVERLAP, None);
                    }
                    let ready = stream.add(off, data);
                    if !ready.is_empty()
                        && let Some(mut t) = c.tls.crypto(dir, &ready)
                    {
                        t.span = span.clone();
                        note_hello(c, &t);
                        extra.push(t);
                    }
                }
                0x07 => {
                    let len = r.v()?;
                    l.uint(f::quic::NT_LENGTH, len);
                    let tok = r.take(len)?;
                    l.push(f::quic::NT_TOKEN, Value::Bytes(tok.to_vec().into()));
                }
                0x08..=0x0f => {
                    let id = r.v()?;
                    let off = if t & 0x04 != 0 { r.v()? } else { 0 };
                    let len = if t & 0x02 != 0 { r.v()? } else { r.rest() };
                    l.boolean(f::quic::STREAM_FIN, t & 0x01 != 0);
                    l.boolean(f::quic::STREAM_LEN, t & 0x02 != 0);
                    l.boolean(f::quic::STREAM_OFF, t & 0x04 != 0);
                    l.uint(f::quic::STREAM_STREAM_ID, id);
                    l.uint(f::quic::STREAM_INITIATOR, id & 1);
                    l.uint(f::quic::STREAM_DIRECTION, (id >> 1) & 1);
                    if t & 0x04 != 0 {
                        l.uint(f::quic::STREAM_OFFSET, off);
                    }
                    l.uint(f::quic::STREAM_LENGTH, len);
                    let data = r.take(len)?;
                    l.push(f::quic::STREAM_DATA, Value::Bytes(data.to_vec().into()));
                    if c.alpn_h3 != Some(false)
                        && let Some(h) = c.h3.stream(di, id, off, data, span.clone())
                    {
                        extra.push(h);
                    }
                }
                0x10 => l.uint(f::quic::MD_MAXIMUM_DATA, r.v()?),
                0x11 => {
                    l.uint(f::quic::MSD_STREAM_ID, r.v()?);
                    l.uint(f::quic::MSD_MAXIMUM_STREAM_DATA, r.v()?);
                }
                0x12 | 0x13 => l.uint(f::quic::MS_MAX_STREAMS, r.v()?),
                0x14 => l.uint(f::quic::SB_STREAM_DATA_LIMIT, r.v()?),
                0x15 => {
                    l.uint(f::quic::SDB_STREAM_ID, r.v()?);
                    r.v()?;
                }
                0x16 | 0x17 => l.uint(f::quic::SIB_STREAM_LIMIT, r.v()?),
                0x18 => {
                    let (seq, retire) = (r.v()?, r.v()?);
                    l.uint(f::quic::NCI_SEQUENCE, seq);
                    l.uint(f::quic::NCI_RETIRE_PRIOR_TO, retire);
                    let n = *r.take(1)?.first()?;
                    l.uint(f::quic::NCI_CONNECTION_ID_LENGTH, n);
                    let cid = r.take(u64::from(n))?;
                    l.push(
                        f::quic::NCI_CONNECTION_ID,
                        Value::Bytes(cid.to_vec().into()),
                    );
                    let tok = r.take(16)?;
                    l.push(
                        f::quic::NCI_STATELESS_RESET_TOKEN,
                        Value::Bytes(tok.to_vec().into()),
                    );
                    new_cids.push(cid.to_vec());
                }
                0x19 => l.uint(f::quic::RCI_SEQUENCE, r.v()?),
                0x1a | 0x1b => {
                    let data = r.take(8)?;
                    let def = if t == 0x1a {
                        f::quic::PATH_CHALLENGE_DATA
                    } else {
                        f::quic::PATH_RESPONSE_DATA
                    };
                    l.push(def, Value::Bytes(data.to_vec().into()));
                }
                0x1c | 0x1d => {
                    let code = r.v()?;
                    if t == 0x1c {
                        l.uint(f::quic::CC_ERROR_CODE, code);
                        l.uint(f::quic::CC_FRAME_TYPE, r.v()?);
                    } else {
                        l.uint(f::quic::CC_ERROR_CODE_APP, code);
                    }
                    let len = r.v()?;
                    l.uint(f::quic::CC_REASON_PHRASE_LENGTH, len);
                    let reason = r.take(len)?;
                    if !reason.is_empty() {
                        l.str(
                            f::quic::CC_REASON_PHRASE,
                            String::from_utf8_lossy(reason).into_owned(),
                        );
                    }
                    closed = true;
                }
                0x30 | 0x31 => {
                    let len = if t == 0x31 { r.v()? } else { r.rest() };
                    l.uint(f::quic::DG_LENGTH, len);
                    let data = r.take(len)?;
                    l.push(f::quic::DG, Value::Bytes(data.to_vec().into()));
                }
                _ => return None,
            }
            Some(())
        })();
        if ok.is_none() {
            l.malformed(format!("frame type 0x{t:x} cut short or unknown"));
            break;
        }
    }
    closed
}

/// What the key schedule needs from a hello: the client random, the suite.
fn note_hello(c: &mut Conn, t: &Layer<'_>) {
    let types: Vec<u64> = t
        .all(f::tls::HANDSHAKE_TYPE)
        .filter_map(|v| match v {
            Value::UInt(x) => Some(*x),
            _ => None,
        })
        .collect();
    if types.first() == Some(&1)
        && let Some(Value::Bytes(r)) = t.get(f::tls::HANDSHAKE_RANDOM)
    {
        c.client_random = r.as_ref().try_into().ok();
    }
    if types.first() == Some(&2) {
        c.suite = t.get_uint(f::tls::HANDSHAKE_CIPHERSUITE).map(|s| s as u16);
    }
    // The server's choice (EncryptedExtensions) names the application.
    if types.contains(&8)
        && let Some(alpn) = t.get_str(f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR)
    {
        c.alpn_h3 = Some(alpn.starts_with("h3"));
    }
}

impl DatagramDecoder for QuicDecoder {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.memory_pressed {
            self.shed(true);
        }
        if !self.quic_convs.contains(&d.conv) {
            if !self.heuristic(d) {
                // Not QUIC to tshark, whose QUIC is found by its heuristic
                // (port 443 included): the datagram is data.
                return;
            }
            // The heuristic makes QUIC the conversation's dissector.
            if self.quic_convs.len() < 4 * MAX_CONNS {
                self.quic_convs.insert(d.conv);
            }
        }
        let mut at = 0;
        let mut first = true;
        let mut dgram = None;
        let mut first_dcid = Vec::new();
        // Coalesced packets; bounded by the datagram.
        for _ in 0..16 {
            if at >= d.payload.len() {
                break;
            }
            let dcid = self.coalesced_dcid(d, &d.payload[at..], dgram.flatten());
            if !first && dcid.as_ref().is_some_and(|c| *c != first_dcid) {
                // Not a packet of this datagram's connection: padding after
                // the packets (tshark: coalesced padding data).
                let mut l =
                    Layer::new(Osi::Presentation, "quic", d.at + at..d.at + d.payload.len());
                expert::add(
                    &mut l,
                    &expert::COALESCED_PADDING,
                    Some("(Random) padding data appended to the datagram".into()),
                );
                out.push(l);
                break;
            }
            match self.packet(d, at, &mut dgram, out) {
                Some(n) if n > 0 => {
                    if first {
                        // A short header's id needs the connection found.
                        first_dcid = self
                            .coalesced_dcid(d, &d.payload[at..], dgram.flatten())
                            .unwrap_or_default();
                    }
                    at += n;
                }
                _ => {
                    if first {
                        let mut l =
                            Layer::new(Osi::Presentation, "quic", d.at..d.at + d.payload.len());
                        l.malformed("not a QUIC packet header");
                        out.push(l);
                    }
                    break;
                }
            }
            first = false;
        }
    }

    fn heap_bytes(&self) -> usize {
        self.conns
            .values()
            .map(|c| {
                4096 + c.h3.heap_bytes()
                    + c.crypto
                        .iter()
                        .flatten()
                        .map(|s| s.held_bytes + s.held.len() * 32 + s.pending.capacity())
                        .sum::<usize>()
                    + crate::dissect::app::StreamDecoder::heap_bytes(&c.tls)
            })
            .sum::<usize>()
            + (self.by_cid.len() + self.by_initial.len()) * 64
    }

    fn set_keys(&mut self, keys: &Keys) {
        self.keys = keys.clone();
    }

    fn skip_fingerprints(&mut self) {
        self.no_fingerprints = true;
    }

    fn claims(&self, d: &Datagram<'_>, heuristic: bool) -> bool {
        if heuristic {
            self.heuristic(d)
        } else {
            self.quic_convs.contains(&d.conv)
        }
    }
}

/// One line for a `quic` layer: `Initial, DCID=…, PKN: 0, CRYPTO`, as
/// tshark's Info column reads for that packet alone; bytes after a
/// datagram's packets read `padding`.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    if l.has(f::quic::COALESCED_PADDING_DATA) {
        out.push_str("padding");
        return;
    }
    packet_info(out, l, &mut [].iter().peekable());
}

/// Whether a frame's columns are QUIC's: it has a `quic` layer (TLS in
/// QUIC's CRYPTO frames and HTTP/3 write no column of their own before
/// QUIC's, see [`info`]).
pub fn in_frame(layers: &[Layer<'_>]) -> bool {
    layers.iter().any(|l| l.protocol == "quic")
}

/// tshark's Protocol column of a datagram with QUIC in it: `HTTP3` once
/// its HTTP/3 dissector was given stream data of any packet, else `QUIC`
/// (TLS, called on CRYPTO data, cannot write the columns then).
pub fn protocol(layers: &[Layer<'_>]) -> &'static str {
    if layers.iter().any(|l| l.protocol == "http3") {
        "HTTP3"
    } else {
        "QUIC"
    }
}

/// tshark's Info column of a datagram with QUIC in it. Each coalesced
/// packet sets the column anew (`col_set_str` of a long header's type,
/// `col_clear` before a short header's `Protected Payload`), so the last
/// packet's text is what remains; bytes after the packets (coalesced
/// padding) write nothing. A packet's text is its type, its connection
/// ids, `PKN: n` once the header protection is removed, then every frame
/// of the decrypted payload (`STREAM(4)`, with the HTTP/3 frames HTTP/3
/// appends after the STREAM frame that carried them).
pub fn info(out: &mut String, layers: &[Layer<'_>]) {
    let Some(i) = layers.iter().rposition(|l| {
        l.protocol == "quic"
            && l.has(f::quic::HEADER_FORM)
            && !l.has(f::quic::COALESCED_PADDING_DATA)
    }) else {
        return;
    };
    let mut h3 = layers[i + 1..]
        .iter()
        .take_while(|l| l.protocol != "quic")
        .filter(|l| l.protocol == "http3")
        .peekable();
    packet_info(out, &layers[i], &mut h3);
}

/// One packet's text in the Info column, its HTTP/3 layers (in the order
/// of the STREAM frames that made them) named after their STREAM frame.
fn packet_info<'l, 'a: 'l>(
    out: &mut String,
    l: &Layer<'_>,
    h3: &mut std::iter::Peekable<impl Iterator<Item = &'l Layer<'a>>>,
) {
    let long = l.get_uint(f::quic::HEADER_FORM) == Some(1);
    let version = l.get_uint(f::quic::VERSION).unwrap_or(0) as u32;
    if long && version == 0 {
        out.push_str("Version Negotiation");
    } else if long {
        let t = l
            .get_uint(f::quic::LONG_PACKET_TYPE)
            .map(|t| kind(V1, t as u8))
            .or_else(|| {
                l.get_uint(f::quic::LONG_PACKET_TYPE_V2)
                    .map(|t| kind(V2, t as u8))
            });
        out.push_str(match t {
            Some(Kind::Initial) => "Initial",
            Some(Kind::ZeroRtt) => "0-RTT",
            Some(Kind::Handshake) => "Handshake",
            Some(Kind::Retry) => "Retry",
            None => "Long Header",
        });
    } else {
        out.push_str(if l.flag(f::quic::KEY_PHASE) {
            "Protected Payload (KP1)"
        } else {
            "Protected Payload (KP0)"
        });
    }
    // Ids, the packet number, then the frames, in the layer's order.
    let mut pending = None;
    for fl in &l.fields {
        let def = fl.def;
        let Value::UInt(v) = fl.value else {
            if let Value::Bytes(b) = &fl.value {
                let name = if std::ptr::eq(def, f::quic::DCID) {
                    "DCID"
                } else if std::ptr::eq(def, f::quic::SCID) {
                    "SCID"
                } else {
                    continue;
                };
                // Pieces pushed, not `write!`: a formatter call a byte
                // cost the line view 150 instructions a packet.
                out.push_str(", ");
                out.push_str(name);
                out.push('=');
                for x in b.iter() {
                    let [hi, lo] = crate::dissect::layer::HEX_PAIRS[usize::from(*x)];
                    out.push(char::from(hi));
                    out.push(char::from(lo));
                }
            }
            continue;
        };
        if std::ptr::eq(def, f::quic::PACKET_NUMBER) {
            out.push_str(", PKN: ");
            out.push_str(itoa::Buffer::new().format(v));
        } else if std::ptr::eq(def, f::quic::FRAME_TYPE) {
            if let Some(name) = frame_name(v) {
                out.push_str(", ");
                out.push_str(name);
            }
            pending = Some(v);
        } else if let Some(t) = pending {
            // The stream id tshark writes after these frames' names.
            let id_of = match t {
                0x04 => f::quic::RSTS_STREAM_ID,
                0x05 => f::quic::SS_STREAM_ID,
                0x08..=0x0f => f::quic::STREAM_STREAM_ID,
                0x11 => f::quic::MSD_STREAM_ID,
                0x15 => f::quic::SDB_STREAM_ID,
                _ => continue,
            };
            if !std::ptr::eq(def, id_of) {
                continue;
            }
            pending = None;
            out.push('(');
            out.push_str(itoa::Buffer::new().format(v));
            out.push(')');
            if (0x08..=0x0f).contains(&t)
                && let Some(h) =
                    h3.next_if(|h| h.get_uint(f::http3::OSIDUMP_QUIC_STREAM_ID) == Some(v))
            {
                http3::info(out, h);
            }
        }
    }
}

/// QUIC frame type names as tshark writes them in its Info column (none
/// for a type it does not know).
pub fn frame_name(t: u64) -> Option<&'static str> {
    Some(match t {
        0x00 => "PADDING",
        0x01 => "PING",
        0x02 => "ACK",
        0x03 => "ACK_ECN",
        0x04 => "RS",
        0x05 => "SS",
        0x06 => "CRYPTO",
        0x07 => "NT",
        0x08..=0x0f => "STREAM",
        0x10 => "MD",
        0x11 => "MSD",
        0x12 | 0x13 => "MS",
        0x14 => "DB",
        0x15 => "SDB",
        0x16 | 0x17 => "SB",
        0x18 => "NCI",
        0x19 => "RC",
        0x1a => "PC",
        0x1b => "PR",
        0x1c | 0x1d => "CC",
        0x1e => "DONE",
        0x30 | 0x31 => "DG",
        _ => return None,
    })
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "quic",
    also: &[],
    title: "QUIC IETF",
    osi: Osi::Presentation,
    fields: f::quic::ALL,
    summary,
    info: None,
    column: None,
    app: Some(AppSpec {
        decode_as: &["quic"],
        tcp_ports: &[],
        // No port: tshark 4.0 finds QUIC by its heuristic only (443
        // included), after which the conversation is QUIC's; a datagram
        // to 443 it rejects goes to the other heuristics (DTLS).
        udp_ports: &[],
        probe_tcp: None,
        probe_udp: Some(probe),
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

/// HTTP/3 layers are made by the QUIC decoder.
pub static HTTP3_SPEC: ProtocolSpec = ProtocolSpec {
    name: "http3",
    also: &[],
    title: "Hypertext Transfer Protocol Version 3",
    osi: Osi::Application,
    fields: f::http3::ALL,
    summary: http3::summary,
    info: None,
    column: None,
    app: None,
};

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(QuicDecoder::new())
}

/// The bytes of a packet tshark's header dissector stopped before (no
/// connection, no secrets, no packet number), from the packet number on:
/// its `quic.remaining_payload` ("should usually not be present unless
/// decryption is not possible").
fn remaining_payload(l: &mut Layer<'_>, p: &[u8], from: usize, end: usize) {
    if let Some(rest) = p.get(from..end).filter(|r| !r.is_empty()) {
        l.push(
            f::quic::REMAINING_PAYLOAD,
            Value::Bytes(rest.to_vec().into()),
        );
    }
}

#[cfg(test)]
mod tests;

/// QUIC's expert items (`ei_quic_*`), as tshark registers them.
mod expert {
    pub use crate::dissect::expert::add;
    use crate::dissect::expert::{Expert, Group, Severity};
    use crate::dissect::fields as f;

    /// Bytes after the last packet of a datagram that are not a packet.
    pub static COALESCED_PADDING: Expert = Expert {
        field: f::quic::COALESCED_PADDING_DATA,
        group: Group::Protocol,
        severity: Severity::Note,
    };
    /// A datagram whose first packet belongs to no connection seen.
    pub static CONNECTION_UNKNOWN: Expert = Expert {
        field: f::quic::CONNECTION_UNKNOWN,
        group: Group::Protocol,
        severity: Severity::Note,
    };
    /// A CRYPTO frame whose bytes all came before.
    pub static RETRANSMISSION: Expert = Expert {
        field: f::quic::RETRANSMISSION,
        group: Group::Sequence,
        severity: Severity::Note,
    };
    /// A CRYPTO frame some of whose bytes came before.
    pub static OVERLAP: Expert = Expert {
        field: f::quic::OVERLAP,
        group: Group::Sequence,
        severity: Severity::Note,
    };
    /// A Retry whose Integrity Tag is not the one its connection's id
    /// gives.
    pub static BAD_RETRY: Expert = Expert {
        field: f::quic::BAD_RETRY,
        group: Group::Protocol,
        severity: Severity::Warn,
    };
    /// A packet that could not be decrypted (the message says why).
    pub static DECRYPTION_FAILED: Expert = Expert {
        field: f::quic::DECRYPTION_FAILED,
        group: Group::Decryption,
        severity: Severity::Warn,
    };
}
