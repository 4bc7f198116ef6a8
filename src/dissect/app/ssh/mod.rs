//! SSH (TCP port 22) as tshark 4.0's `ssh` dissector shows it without keys:
//! the version exchange (`ssh.protocol`), the binary packets of the key
//! exchange (length, padding, message code, KEXINIT's cookie and name
//! lists with the HASSH fingerprints, the Diffie-Hellman, group exchange
//! and ECDH messages with the host key and signature, NEWKEYS), then what
//! follows NEWKEYS: an encrypted packet per segment, or nothing, as below.
//!
//! tshark reads SSH in PDUs: each call of its dissector gets a segment's
//! bytes, or the bytes TCP reassembled because the previous call asked for
//! more, and shows one `SSH Protocol` tree for them with every packet it
//! read. This decoder does the same with the in-order bytes of each side:
//! a [`Message`] is one such call (one `ssh` layer, the packets' fields one
//! after the other), ended by `ssh.direction` when the call read all its
//! bytes. A key exchange packet longer than what is there asks for exactly
//! what is missing (fewer than 4 bytes: one more segment), as tshark asks
//! TCP; a version line without its end is dropped (tshark asks TCP for a
//! negative length, which never comes) and the next segment read alone.
//!
//! What tshark 4.0 does that is followed here, measured on OpenSSH's
//! traffic (samples/ssh.pcap) and tcpdump's captures:
//! - the conversation's version comes from the client's version line only
//!   (`SSH-2.`, `SSH-1.99-`: 2; `SSH-1.`: 1); until then the Protocol
//!   column says `SSH` and packets read as encrypted;
//! - the key exchange method is the client's first one the server lists,
//!   chosen when both KEXINITs were read; it names message codes 30-34
//!   (`Diffie-Hellman Key Exchange Init`, `... Group Exchange ...`,
//!   `Elliptic Curve ...`). Any other method (`sntrup761x25519-sha512`)
//!   reads as Diffie-Hellman;
//! - the ciphers and MACs are agreed when a Diffie-Hellman or ECDH reply
//!   is read (not a group exchange reply) and both KEXINITs were seen. A
//!   side whose NEWKEYS comes after that, with a cipher tshark decrypts
//!   (ChaCha20-Poly1305, AES in CBC, CTR or GCM mode), has it set up with
//!   no keys: what it sends next shows nothing but `ssh.direction` (tshark
//!   "decrypts" it, finds an impossible length and stops; AES-GCM, where
//!   tshark decodes the noise its empty keys give, is shown the same way),
//!   or throws when the segment is shorter than what is read first (4
//!   bytes for ChaCha20, a 16-byte block for AES-CBC/CTR, the packet its
//!   clear length gives for AES-GCM). Otherwise each segment after NEWKEYS
//!   is one encrypted packet: its first 4 bytes as
//!   `ssh.packet_length_encrypted` (`ssh.packet_length` with an
//!   encrypt-then-MAC MAC), the rest as `ssh.encrypted_packet` but for the
//!   agreed MAC's length of `ssh.mac` at the end (no MAC without an
//!   agreed one), Info `Encrypted packet (len=N)`;
//! - sequence numbers (`ssh.seq_num`) count as tshark's do: KEXINIT, ECDH
//!   and NEWKEYS take the side's number then count on, the other key
//!   exchange messages count on first, and those of Diffie-Hellman and the
//!   group exchange count for the client or the server by message, not by
//!   who sent them;
//! - a host signature whose type tshark does not decode (`rsa-sha2-256`,
//!   `ssh-ed25519`, `ecdsa-sha2-*`) gets its warning `Decoded N bytes, but
//!   packet legnth is M bytes` (sic) under `ssh.host_sig.length`;
//! - the Info column starts with `Client: ` or `Server: ` once per PDU read
//!   whole (the side whose destination port is 22 is the client), then the
//!   messages of every PDU of the frame.
//!
//! Not decoded: anything needing keys (tshark 4.0 decrypts with a key log
//! of curve25519 secrets; osidump has none for SSH).
//!
//! The promise: no input makes this module panic or loop, and a side holds
//! at most [`MAX_HELD`] bytes of a packet it waits for. Every read is
//! checked; a read past the PDU's bytes is tshark's exception there (the
//! layer is malformed and the PDU ends, and so does the segment's
//! dissection: TCP does not catch it, so bytes of the segment after a
//! reassembled PDU that threw are never read).

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::{ascii, ascii_all, be32};
use md5::{Digest, Md5};
use std::borrow::Cow;

/// SSH's well-known port (TCP), as Wireshark's table has it.
pub const PORT: u16 = 22;

/// Most bytes a side holds while it waits for the rest of a packet. A
/// packet that claims more is not held: its bytes are counted, not kept,
/// and the PDU is shown without its fields when they have all passed.
pub const MAX_HELD: usize = 1 << 20;

ei!(
    PACKET_LENGTH_LARGE,
    f::ssh::PACKET_LENGTH_ERROR,
    Protocol,
    Warn
);
ei!(PACKET_DECODE, f::ssh::PACKET_DECODE_ERROR, Protocol, Warn);
ei!(KEY_LENGTH, f::ssh::KEY_LENGTH_ERROR, Protocol, Error);

/// The longest public value tshark 4.0 keeps: 8192 bits and a sign byte
/// (measured: 1025 bytes pass, 1026 and sntrup761x25519's 1071 and 1190
/// are refused).
const MAX_KEY: u32 = 1025;

const CLIENT: usize = 0;
const SERVER: usize = 1;

const MSG_KEXINIT: u8 = 20;
const MSG_NEWKEYS: u8 = 21;

/// A read past the PDU's bytes: tshark's `ReportedBoundsError`.
#[derive(Debug)]
struct Exc;

type R<T> = Result<T, Exc>;

/// `n` bytes of `b` from `at`.
fn get(b: &[u8], at: i64, n: i64) -> R<&[u8]> {
    if at < 0 || n < 0 {
        return Err(Exc);
    }
    let end = at.checked_add(n).ok_or(Exc)?;
    b.get(at as usize..usize::try_from(end).map_err(|_| Exc)?)
        .ok_or(Exc)
}

/// An item's bytes by Wireshark's length: -1 to the end, below that an
/// exception.
fn item(b: &[u8], at: i64, len: i64) -> R<&[u8]> {
    if len == -1 {
        return get(b, at, (b.len() as i64).saturating_sub(at));
    }
    get(b, at, len)
}

fn u8_at(b: &[u8], at: i64) -> R<u8> {
    Ok(get(b, at, 1)?[0])
}

fn u32_at(b: &[u8], at: i64) -> R<u32> {
    Ok(be32(get(b, at, 4)?, 0))
}

/// A C `int` from a `guint` Wireshark passes as a length.
fn as_int(v: u32) -> i64 {
    i64::from(v as i32)
}

/// The key exchange method's own message numbers (30-49).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Kex {
    /// Diffie-Hellman with a fixed group, and every method tshark does not
    /// know.
    #[default]
    Dh,
    GroupExchange,
    Ecdh,
}

impl Kex {
    fn of(name: &str) -> Kex {
        if name == "diffie-hellman-group-exchange-sha1"
            || name == "diffie-hellman-group-exchange-sha256"
        {
            Kex::GroupExchange
        } else if name.starts_with("ecdh-sha2-")
            || name == "curve25519-sha256@libssh.org"
            || name == "curve25519-sha256"
            || name == "curve448-sha512"
        {
            Kex::Ecdh
        } else {
            Kex::Dh
        }
    }

    fn code_field(self) -> &'static FieldDef {
        match self {
            Kex::Dh => f::ssh::MESSAGE_CODE_KEX_DH,
            Kex::GroupExchange => f::ssh::MESSAGE_CODE_KEX_DH_GEX,
            Kex::Ecdh => f::ssh::MESSAGE_CODE_KEX_ECDH,
        }
    }
}

/// What tshark keeps of one side (its `ssh_peer_data`).
#[derive(Debug, Default)]
struct Peer {
    frame_version_start: u64,
    frame_version_end: u64,
    frame_key_start: u64,
    frame_key_end: u64,
    frame_key_end_offset: i64,
    kex_proposal: Option<String>,
    /// [client-to-server, server-to-client] of this side's KEXINIT.
    enc_proposals: [Option<String>; 2],
    mac_proposals: [Option<String>; 2],
    comp_proposals: [Option<String>; 2],
    /// The encryption algorithm agreed for what this side sends.
    enc: Option<String>,
    /// The MAC agreed for what this side sends.
    mac: Option<String>,
    /// NEWKEYS set up a cipher tshark decrypts with (and no keys).
    cipher: Option<Cipher>,
    /// The MAC's length as `ssh_set_mac_length` finds it from the MAC
    /// agreed with the ciphers (`None`: tshark's -1, unknown).
    mac_length: Option<u32>,
    /// An encrypt-then-MAC MAC (or AES-GCM) leaves the length in clear.
    length_is_plaintext: bool,
    sequence_number: u32,
    seq_num_kex_init: u32,
    seq_num_gex_req: u32,
    seq_num_gex_grp: u32,
    seq_num_gex_ini: u32,
    seq_num_gex_rep: u32,
    seq_num_ecdh_ini: u32,
    seq_num_ecdh_rep: u32,
    seq_num_dh_ini: u32,
    seq_num_dh_rep: u32,
    seq_num_new_key: u32,
}

/// The ciphers tshark 4.0 decrypts (`ssh_decryption_set_cipher_id`);
/// with any other one it shows each segment as an encrypted packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cipher {
    /// `chacha20-poly1305@openssh.com`: the length's 4 bytes are read
    /// first.
    ChaCha,
    /// AES in CBC or CTR mode: the first 16-byte block is read first.
    AesBlock,
    /// `aes128-gcm@openssh.com`, `aes256-gcm@openssh.com`: the length
    /// is in clear, and the packet it gives is read.
    AesGcm,
}

impl Cipher {
    fn of(name: &str) -> Option<Cipher> {
        match name {
            "chacha20-poly1305@openssh.com" => Some(Cipher::ChaCha),
            "aes128-gcm@openssh.com" | "aes256-gcm@openssh.com" => Some(Cipher::AesGcm),
            "aes128-cbc" | "aes192-cbc" | "aes256-cbc" | "aes128-ctr" | "aes192-ctr"
            | "aes256-ctr" => Some(Cipher::AesBlock),
            _ => None,
        }
    }
}

/// `ssh_set_mac_length`: the MAC's length in bytes from its name, and
/// whether it is encrypt-then-MAC (the packet length left in clear).
fn mac_length(name: &str) -> (Option<u32>, bool) {
    let (base, etm) = match name.find("-etm@openssh.com") {
        Some(at) => (&name[..at], true),
        None => (
            name.find("@openssh.com").map_or(name, |at| &name[..at]),
            false,
        ),
    };
    // `ws_strtou32` on what follows the last '-': digits alone.
    let bits = base.rfind('-').and_then(|at| {
        let t = &base.as_bytes()[at + 1..];
        if matches!(t.first(), Some(b'-' | b'+')) {
            return None;
        }
        let n = crate::dissect::wire::c_decimal(t, 0);
        let ok = n.digits && n.end == t.len() && !n.negative && !n.overflow;
        u32::try_from(n.magnitude)
            .ok()
            .filter(|&v| ok && v > 0 && v % 8 == 0)
    });
    let len = match (bits, base) {
        (Some(b), _) => Some(b / 8),
        (None, "hmac-sha1" | "hmac-ripemd160") => Some(20),
        (None, "hmac-md5") => Some(16),
        (None, "none") => Some(0),
        _ => None,
    };
    (len, etm)
}

impl Peer {
    fn cipher_gcm(&self) -> bool {
        self.enc.as_deref().and_then(Cipher::of) == Some(Cipher::AesGcm)
    }
}

/// How many more bytes a side waits for before its next PDU is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Want {
    #[default]
    Nothing,
    /// The next segment, whatever its length.
    OneMoreSegment,
    /// The PDU is this long.
    Total(u64),
    /// A version line without its end: tshark asks TCP for a length that
    /// wraps to before the line, so the line's bytes are never read and
    /// the next segment is read on its own.
    Never,
}

/// Reassembly of one direction, as TCP does it for tshark's dissector.
#[derive(Debug, Default)]
struct Side {
    /// Bytes of the PDU waited for (from its first byte).
    held: Vec<u8>,
    /// Stream offset of `held[0]`.
    base: u64,
    /// Bytes of the PDU waited for, held or not (past [`MAX_HELD`]).
    have: u64,
    want: Want,
}

/// The end of one call of the dissector.
enum End {
    /// Every byte read.
    Done,
    /// Bytes from this offset wait for more.
    More(usize, Want),
}

/// One PDU being read: its layer, the Info column's items.
struct Call<'a> {
    l: Layer<'a>,
    info: String,
}

impl Call<'_> {
    fn info(&mut self, s: &str) {
        if !self.info.is_empty() {
            self.info.push_str(", ");
        }
        self.info.push_str(s);
    }
}

/// SSH over TCP, both sides of one conversation.
#[derive(Debug, Default)]
pub struct SshDecoder {
    peers: [Peer; 2],
    sides: [Side; 2],
    /// 0 until the client's version line, then 1 or 2.
    version: u8,
    kex: Option<String>,
    kex_kind: Kex,
    frame: u64,
    /// Ports of the bytes about to be fed (source, destination).
    ports: Option<(u16, u16)>,
}

impl SshDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// tshark's `is_response`: the bytes do not go to the SSH port.
    fn is_response(&self, dir: Dir) -> bool {
        match self.ports {
            Some((_, PORT)) => false,
            Some((PORT, _)) => true,
            _ => dir == Dir::Server,
        }
    }

    /// One call of tshark's `dissect_ssh` on `buf` from side `peer`.
    fn call<'a>(&mut self, peer: usize, buf: &'a [u8]) -> (Layer<'a>, End) {
        let mut c = Call {
            l: Layer::new(Osi::Presentation, "ssh", 0..buf.len()),
            info: String::new(),
        };
        c.l.uint(f::ssh::OSIDUMP_VERSION, self.version);
        let r = self.pdu(peer, buf, &mut c);
        let mut l = c.l;
        let end = match r {
            Ok(End::Done) => {
                l.boolean(f::ssh::DIRECTION, peer == SERVER);
                l.str(f::ssh::OSIDUMP_INFO, c.info);
                End::Done
            }
            Ok(more) => {
                l.str(f::ssh::OSIDUMP_INFO, c.info);
                more
            }
            Err(Exc) => {
                l.str(f::ssh::OSIDUMP_INFO, c.info);
                l.malformed("a read past the end of the SSH PDU");
                l.throw(AnomalyKind::Malformed, "ssh");
                End::Done
            }
        };
        (l, end)
    }

    fn pdu<'a>(&mut self, peer: usize, buf: &'a [u8], c: &mut Call<'a>) -> R<End> {
        let mut version = self.version;
        let mut offset: i64 = 0;
        let len = buf.len() as i64;
        while offset < len {
            let last = offset;
            let p = &self.peers[peer];
            let after_start = p.frame_version_start == 0 || self.frame >= p.frame_version_start;
            let before_end = p.frame_version_end == 0 || self.frame <= p.frame_version_end;
            let banner = buf
                .get(offset as usize..offset as usize + 4)
                .is_some_and(|b| b.eq_ignore_ascii_case(b"SSH-"));
            if after_start && before_end && banner {
                if self.peers[peer].frame_version_start == 0 {
                    self.peers[peer].frame_version_start = self.frame;
                }
                match self.protocol(peer, buf, offset, c, &mut version)? {
                    Ok(next) => {
                        offset = next;
                        self.peers[peer].frame_version_end = self.frame;
                        self.version = version;
                    }
                    Err(want) => return Ok(End::More(offset as usize, want)),
                }
            } else {
                match version {
                    1 => match self.ssh1(peer, buf, offset, c)? {
                        Ok(next) => offset = next,
                        Err(want) => return Ok(End::More(offset as usize, want)),
                    },
                    2 => match self.ssh2(peer, buf, offset, c)? {
                        Ok(next) => offset = next,
                        Err((at, want)) => return Ok(End::More(at as usize, want)),
                    },
                    _ => offset = self.encrypted(peer, buf, offset, c)?,
                }
            }
            if offset <= last {
                break;
            }
        }
        Ok(End::Done)
    }

    /// A version line (`ssh_dissect_protocol`): the offset past it, or
    /// what it waits for.
    fn protocol<'a>(
        &mut self,
        peer: usize,
        buf: &'a [u8],
        offset: i64,
        c: &mut Call<'a>,
        version: &mut u8,
    ) -> R<Result<i64, Want>> {
        let rest = &buf[offset as usize..];
        if peer == CLIENT {
            let starts =
                |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
            if starts(b"SSH-2.") || starts(b"SSH-1.99-") {
                *version = 2;
            } else if starts(b"SSH-1.") {
                *version = 1;
            }
        }
        let Some(nl) = rest.iter().position(|&b| b == b'\n') else {
            return Ok(Err(Want::Never));
        };
        let linelen = nl + 1;
        let protolen = if linelen > 1 && rest[linelen - 2] == b'\r' {
            linelen - 2
        } else {
            linelen - 1
        };
        let line = &rest[..protolen];
        c.info(&format!("Protocol ({})", expert::format_text(line)));
        expert::wire_string(&mut c.l, f::ssh::PROTOCOL, ascii_all(line));
        Ok(Ok(offset + linelen as i64))
    }

    /// `ssh_dissect_ssh2`: packets of the key exchange, then what follows
    /// NEWKEYS, to the PDU's end or a packet that waits for more.
    fn ssh2<'a>(
        &mut self,
        peer: usize,
        buf: &'a [u8],
        mut offset: i64,
        c: &mut Call<'a>,
    ) -> R<Result<i64, (i64, Want)>> {
        while offset < buf.len() as i64 {
            let p = &self.peers[peer];
            let kex = p.frame_key_start == 0
                || (p.frame_key_start <= self.frame
                    && (p.frame_key_end == 0
                        || self.frame < p.frame_key_end
                        || (self.frame == p.frame_key_end && offset < p.frame_key_end_offset)));
            if kex {
                match self.key_exchange(peer, buf, offset, c)? {
                    Ok(next) => offset = next,
                    Err(want) => return Ok(Err((offset, want))),
                }
            } else {
                offset = self.encrypted(peer, buf, offset, c)?;
            }
        }
        Ok(Ok(offset))
    }

    /// What follows NEWKEYS, or any packet before the version is known.
    fn encrypted<'a>(
        &mut self,
        peer: usize,
        buf: &'a [u8],
        offset: i64,
        c: &mut Call<'a>,
    ) -> R<i64> {
        let len = buf.len() as i64 - offset;
        let p = &self.peers[peer];
        if let Some(cipher) = p.cipher {
            // tshark "decrypts" with no keys: ChaCha20 reads the length's
            // 4 bytes, AES in CBC or CTR mode its first block, finds the
            // length impossible and takes the rest. AES-GCM reads the
            // length in clear and then the packet it gives (what tshark
            // decodes of the noise its empty keys give is not shown).
            match cipher {
                Cipher::ChaCha => {
                    get(buf, offset, 4)?;
                }
                Cipher::AesBlock => {
                    get(buf, offset, 16)?;
                }
                Cipher::AesGcm => {
                    let l = u32_at(buf, offset)?;
                    item(buf, offset, as_int(l.wrapping_add(4)))?;
                }
            }
            return Ok(buf.len() as i64);
        }
        c.info(&format!("Encrypted packet (len={len})"));
        let mut encrypted_len = len;
        if len > 4 && p.length_is_plaintext {
            let plen = u32_at(buf, offset)?;
            c.l.uint(f::ssh::PACKET_LENGTH, plen);
            encrypted_len -= 4;
        } else if len > 4 {
            let b = get(buf, offset, 4)?;
            c.l.push(
                f::ssh::PACKET_LENGTH_ENCRYPTED,
                Value::Bytes(Cow::Borrowed(b)),
            );
            encrypted_len -= 4;
        }
        let mac = p.mac_length.filter(|&m| m > 0).map(as_int);
        if let Some(m) = mac {
            // A C `gint`: a MAC longer than what is there leaves a
            // negative length.
            encrypted_len = i64::from((encrypted_len - m) as i32);
        }
        let b = item(buf, offset + 4, encrypted_len)?;
        c.l.push(f::ssh::ENCRYPTED_PACKET, Value::Bytes(Cow::Borrowed(b)));
        if let Some(m) = mac {
            let b = item(buf, offset + 4 + encrypted_len, m)?;
            c.l.push(f::ssh::MAC, Value::Bytes(Cow::Borrowed(b)));
        }
        Ok(offset + len)
    }

    /// A binary packet of the key exchange (`ssh_dissect_key_exchange`):
    /// the offset past it, or what it waits for.
    fn key_exchange<'a>(
        &mut self,
        peer: usize,
        buf: &'a [u8],
        start: i64,
        c: &mut Call<'a>,
    ) -> R<Result<i64, Want>> {
        let remain = buf.len() as i64 - start;
        if remain < 4 {
            return Ok(Err(Want::OneMoreSegment));
        }
        let mut plen = u32_at(buf, start)?;
        // C's unsigned sum: a length near 2^32 wraps and asks for nothing.
        if i64::from(plen.wrapping_add(4)) > remain {
            return Ok(Err(Want::Total(u64::from(plen) + 4)));
        }
        c.l.uint(f::ssh::PACKET_LENGTH, plen);
        if plen >= 0xffff {
            expert::add(
                &mut c.l,
                &PACKET_LENGTH_LARGE,
                Some(format!("Overly large number {}", plen as i32)),
            );
            plen = (remain - 4) as u32;
        }
        let mut offset = start + 4;
        let padding_length = u8_at(buf, offset)?;
        c.l.uint(f::ssh::PADDING_LENGTH, padding_length);
        offset += 1;
        let code = u8_at(buf, offset)?;
        let mut seq_num = 0;
        if (30..40).contains(&code) {
            offset = self.kex_specific(code, buf, offset, c, &mut seq_num)?;
        } else {
            c.l.uint(f::ssh::MESSAGE_CODE, code);
            offset += 1;
            c.info(&name(f::ssh::MESSAGE_CODE_VALS, code));
            match code {
                MSG_KEXINIT => {
                    offset = self.key_init(peer, buf, offset, c)?;
                    let frame = self.frame;
                    let p = &mut self.peers[peer];
                    if p.frame_key_start == 0 || p.frame_key_start == frame {
                        p.frame_key_start = frame;
                        if p.seq_num_kex_init == 0 {
                            p.seq_num_kex_init = p.sequence_number;
                            p.sequence_number = p.sequence_number.wrapping_add(1);
                        }
                    }
                    seq_num = p.seq_num_kex_init;
                }
                MSG_NEWKEYS => {
                    let frame = self.frame;
                    let p = &mut self.peers[peer];
                    if p.frame_key_end == 0 {
                        p.frame_key_end = frame;
                        p.frame_key_end_offset = offset;
                        if p.seq_num_new_key == 0 {
                            p.seq_num_new_key = p.sequence_number;
                            p.sequence_number = p.sequence_number.wrapping_add(1);
                        }
                        p.cipher = p.enc.as_deref().and_then(Cipher::of);
                    }
                    seq_num = p.seq_num_new_key;
                }
                _ => {}
            }
        }
        // C's unsigned arithmetic: a packet read past its own length leaves
        // a "length" of -1 (the rest of the PDU) or an exception.
        let len = (i64::from(plen) + 4 - i64::from(padding_length) - (offset - start)) as u32;
        if len > 0 {
            let b = item(buf, offset, as_int(len))?;
            c.l.push(f::ssh::PAYLOAD, Value::Bytes(Cow::Borrowed(b)));
        }
        offset += as_int(len);
        let b = get(buf, offset, i64::from(padding_length))?;
        c.l.push(f::ssh::PADDING_STRING, Value::Bytes(Cow::Borrowed(b)));
        offset += i64::from(padding_length);
        c.l.uint(f::ssh::SEQ_NUM, seq_num);
        Ok(Ok(offset))
    }

    /// Messages 30-39, by the key exchange method.
    fn kex_specific<'a>(
        &mut self,
        code: u8,
        buf: &'a [u8],
        mut offset: i64,
        c: &mut Call<'a>,
        seq_num: &mut u32,
    ) -> R<i64> {
        let kind = self.kex_kind;
        c.l.uint(kind.code_field(), code);
        offset += 1;
        let vals = match kind {
            Kex::Dh => f::ssh::MESSAGE_CODE_KEX_DH_VALS,
            Kex::GroupExchange => f::ssh::MESSAGE_CODE_KEX_DH_GEX_VALS,
            Kex::Ecdh => f::ssh::MESSAGE_CODE_KEX_ECDH_VALS,
        };
        c.info(&name(vals, code));
        // Counted on first (Diffie-Hellman, group exchange) or after
        // (ECDH), once, for the side the message belongs to.
        fn pre(p: &mut Peer, slot: fn(&mut Peer) -> &mut u32) -> u32 {
            if *slot(p) == 0 {
                p.sequence_number = p.sequence_number.wrapping_add(1);
                let n = p.sequence_number;
                *slot(p) = n;
            }
            *slot(p)
        }
        fn post(p: &mut Peer, slot: fn(&mut Peer) -> &mut u32) -> u32 {
            if *slot(p) == 0 {
                let n = p.sequence_number;
                *slot(p) = n;
                p.sequence_number = p.sequence_number.wrapping_add(1);
            }
            *slot(p)
        }
        match (kind, code) {
            (Kex::Dh, 30) => {
                public_key(buf, offset, c)?;
                offset += mpint(buf, offset, c, f::ssh::DH_E)?;
                *seq_num = pre(&mut self.peers[CLIENT], |p| &mut p.seq_num_dh_ini);
            }
            (Kex::Dh, 31) => {
                offset += hostkey(buf, offset, c)?;
                public_key(buf, offset, c)?;
                self.choose_enc();
                offset += mpint(buf, offset, c, f::ssh::DH_F)?;
                offset += hostsig(buf, offset, c)?;
                *seq_num = pre(&mut self.peers[SERVER], |p| &mut p.seq_num_dh_rep);
            }
            (Kex::GroupExchange, 30) => {
                let v = u32_at(buf, offset)?;
                c.l.uint(f::ssh::DH_GEX_NBITS, v);
                offset += 4;
            }
            (Kex::GroupExchange, 31) => {
                offset += mpint(buf, offset, c, f::ssh::DH_GEX_P)?;
                offset += mpint(buf, offset, c, f::ssh::DH_GEX_G)?;
                *seq_num = pre(&mut self.peers[SERVER], |p| &mut p.seq_num_gex_grp);
            }
            (Kex::GroupExchange, 32) => {
                offset += mpint(buf, offset, c, f::ssh::DH_E)?;
                *seq_num = pre(&mut self.peers[CLIENT], |p| &mut p.seq_num_gex_ini);
            }
            (Kex::GroupExchange, 33) => {
                offset += hostkey(buf, offset, c)?;
                offset += mpint(buf, offset, c, f::ssh::DH_F)?;
                offset += hostsig(buf, offset, c)?;
                *seq_num = pre(&mut self.peers[SERVER], |p| &mut p.seq_num_gex_rep);
            }
            (Kex::GroupExchange, 34) => {
                for def in [f::ssh::DH_GEX_MIN, f::ssh::DH_GEX_NBITS, f::ssh::DH_GEX_MAX] {
                    let v = u32_at(buf, offset)?;
                    c.l.uint(def, v);
                    offset += 4;
                }
                *seq_num = pre(&mut self.peers[CLIENT], |p| &mut p.seq_num_gex_req);
            }
            (Kex::Ecdh, 30) => {
                public_key(buf, offset, c)?;
                *seq_num = post(&mut self.peers[CLIENT], |p| &mut p.seq_num_ecdh_ini);
                offset += string(buf, offset, c, f::ssh::ECDH_Q_C, f::ssh::ECDH_Q_C_LENGTH)?;
            }
            (Kex::Ecdh, 31) => {
                offset += hostkey(buf, offset, c)?;
                public_key(buf, offset, c)?;
                self.choose_enc();
                *seq_num = post(&mut self.peers[SERVER], |p| &mut p.seq_num_ecdh_rep);
                offset += string(buf, offset, c, f::ssh::ECDH_Q_S, f::ssh::ECDH_Q_S_LENGTH)?;
                offset += hostsig(buf, offset, c)?;
            }
            _ => {}
        }
        Ok(offset)
    }

    /// The ciphers and MACs both sides agree on, once both KEXINITs were
    /// read (`ssh_choose_enc_mac`): what a side sends after its NEWKEYS
    /// is read with them.
    fn choose_enc(&mut self) {
        for dir in [CLIENT, SERVER] {
            if self.peers[dir].enc.is_none() {
                let chosen = choose(
                    self.peers[CLIENT].enc_proposals[dir].as_deref(),
                    self.peers[SERVER].enc_proposals[dir].as_deref(),
                );
                self.peers[dir].enc = chosen;
            }
            let own_mac = matches!(
                self.peers[dir].enc.as_deref().and_then(Cipher::of),
                Some(Cipher::ChaCha | Cipher::AesGcm)
            );
            if own_mac {
                // These ciphers have their own MAC; GCM's length is in
                // clear.
                let p = &mut self.peers[dir];
                p.mac_length = Some(16);
                if p.cipher_gcm() {
                    p.length_is_plaintext = true;
                }
                continue;
            }
            if self.peers[dir].mac.is_none() {
                let chosen = choose(
                    self.peers[CLIENT].mac_proposals[dir].as_deref(),
                    self.peers[SERVER].mac_proposals[dir].as_deref(),
                );
                self.peers[dir].mac = chosen;
            }
            let p = &mut self.peers[dir];
            if let Some(mac) = p.mac.as_deref() {
                let (len, etm) = mac_length(mac);
                if len.is_some() {
                    p.mac_length = len;
                }
                p.length_is_plaintext |= etm;
            }
        }
    }

    /// KEXINIT's body (`ssh_dissect_key_init`).
    fn key_init<'a>(
        &mut self,
        peer: usize,
        buf: &'a [u8],
        mut offset: i64,
        c: &mut Call<'a>,
    ) -> R<i64> {
        let cookie = get(buf, offset, 16)?;
        c.l.push(f::ssh::COOKIE, Value::Bytes(Cow::Borrowed(cookie)));
        offset += 16;
        let lists = [
            (f::ssh::KEX_ALGORITHMS_LENGTH, f::ssh::KEX_ALGORITHMS),
            (
                f::ssh::SERVER_HOST_KEY_ALGORITHMS_LENGTH,
                f::ssh::SERVER_HOST_KEY_ALGORITHMS,
            ),
            (
                f::ssh::ENCRYPTION_ALGORITHMS_CLIENT_TO_SERVER_LENGTH,
                f::ssh::ENCRYPTION_ALGORITHMS_CLIENT_TO_SERVER,
            ),
            (
                f::ssh::ENCRYPTION_ALGORITHMS_SERVER_TO_CLIENT_LENGTH,
                f::ssh::ENCRYPTION_ALGORITHMS_SERVER_TO_CLIENT,
            ),
            (
                f::ssh::MAC_ALGORITHMS_CLIENT_TO_SERVER_LENGTH,
                f::ssh::MAC_ALGORITHMS_CLIENT_TO_SERVER,
            ),
            (
                f::ssh::MAC_ALGORITHMS_SERVER_TO_CLIENT_LENGTH,
                f::ssh::MAC_ALGORITHMS_SERVER_TO_CLIENT,
            ),
            (
                f::ssh::COMPRESSION_ALGORITHMS_CLIENT_TO_SERVER_LENGTH,
                f::ssh::COMPRESSION_ALGORITHMS_CLIENT_TO_SERVER,
            ),
            (
                f::ssh::COMPRESSION_ALGORITHMS_SERVER_TO_CLIENT_LENGTH,
                f::ssh::COMPRESSION_ALGORITHMS_SERVER_TO_CLIENT,
            ),
            (
                f::ssh::LANGUAGES_CLIENT_TO_SERVER_LENGTH,
                f::ssh::LANGUAGES_CLIENT_TO_SERVER,
            ),
            (
                f::ssh::LANGUAGES_SERVER_TO_CLIENT_LENGTH,
                f::ssh::LANGUAGES_SERVER_TO_CLIENT,
            ),
        ];
        let mut names: [Option<String>; 10] = Default::default();
        for (i, (len_def, def)) in lists.into_iter().enumerate() {
            let len = u32_at(buf, offset)?;
            c.l.uint(len_def, len);
            offset += 4;
            let b = item(buf, offset, as_int(len))?;
            expert::wire_string(&mut c.l, def, ascii_all(b));
            names[i] = Some(ascii(b).into_owned());
            offset += as_int(len);
        }
        let follows = u8_at(buf, offset)?;
        c.l.uint(f::ssh::FIRST_KEX_PACKET_FOLLOWS, follows);
        offset += 1;
        let reserved = get(buf, offset, 4)?;
        c.l.push(f::ssh::KEX_RESERVED, Value::Bytes(Cow::Borrowed(reserved)));
        offset += 4;

        let [kex, _, enc_c, enc_s, mac_c, mac_s, comp_c, comp_s, _, _] = names;
        let p = &mut self.peers[peer];
        p.kex_proposal = kex;
        p.enc_proposals = [enc_c, enc_s];
        p.mac_proposals = [mac_c, mac_s];
        p.comp_proposals = [comp_c, comp_s];
        // HASSH: the lists this side sends with, MD5'd.
        let d = if peer == SERVER { 1 } else { 0 };
        let algo = format!(
            "{};{};{};{}",
            p.kex_proposal.as_deref().unwrap_or_default(),
            p.enc_proposals[d].as_deref().unwrap_or_default(),
            p.mac_proposals[d].as_deref().unwrap_or_default(),
            p.comp_proposals[d].as_deref().unwrap_or_default(),
        );
        let hash = hex(&Md5::digest(algo.as_bytes()));
        let (algo_def, hash_def) = if peer == SERVER {
            (f::ssh::KEX_HASSHSERVER_ALGORITHMS, f::ssh::KEX_HASSHSERVER)
        } else {
            (f::ssh::KEX_HASSH_ALGORITHMS, f::ssh::KEX_HASSH)
        };
        c.l.str(algo_def, algo);
        c.l.str(hash_def, hash);
        if self.kex.is_none() {
            let chosen = choose(
                self.peers[CLIENT].kex_proposal.as_deref(),
                self.peers[SERVER].kex_proposal.as_deref(),
            );
            if let Some(k) = chosen {
                self.kex_kind = Kex::of(&k);
                self.kex = Some(k);
            }
        }
        Ok(offset)
    }

    /// A packet of SSH version 1 (`ssh_dissect_ssh1`): the offset past it,
    /// or what it waits for.
    fn ssh1<'a>(
        &mut self,
        peer: usize,
        buf: &'a [u8],
        start: i64,
        c: &mut Call<'a>,
    ) -> R<Result<i64, Want>> {
        let remain = buf.len() as i64 - start;
        if remain < 4 {
            return Ok(Err(Want::OneMoreSegment));
        }
        let mut plen = u32_at(buf, start)?;
        let padding_length = 8 - plen % 8;
        if i64::from(plen.wrapping_add(4).wrapping_add(padding_length)) > remain {
            // tshark asks for 4 bytes too few, then for those 4.
            let more = plen
                .wrapping_add(padding_length)
                .wrapping_sub(remain as u32);
            return Ok(Err(Want::Total(remain as u64 + u64::from(more))));
        }
        if plen >= 0xffff {
            c.l.uint(f::ssh::PACKET_LENGTH, plen);
            plen = (remain - 4 - i64::from(padding_length)) as u32;
        } else if plen > 0 {
            c.l.uint(f::ssh::PACKET_LENGTH, plen);
        }
        let mut offset = start + 4;
        get(buf, offset, i64::from(padding_length))?;
        c.l.uint(f::ssh::PADDING_LENGTH, padding_length);
        offset += i64::from(padding_length);
        let frame = self.frame;
        let p = &mut self.peers[peer];
        let len =
            if p.frame_key_start == 0 || (p.frame_key_start >= frame && frame <= p.frame_key_end) {
                let code = u8_at(buf, offset)?;
                c.l.uint(f::ssh::MESSAGE_CODE_V1, code);
                c.info(&name(f::ssh::MESSAGE_CODE_V1_VALS, code));
                offset += 1;
                if p.frame_key_start == 0 {
                    p.frame_key_start = frame;
                }
                p.frame_key_end = frame;
                plen.wrapping_sub(1)
            } else {
                c.info(&format!("Encrypted packet (len={})", plen as i32));
                plen
            };
        let b = item(buf, offset, as_int(len))?;
        c.l.push(f::ssh::PAYLOAD, Value::Bytes(Cow::Borrowed(b)));
        Ok(Ok(offset + as_int(len)))
    }
}

/// The first of the client's names the server lists too
/// (`ssh_choose_algo`).
fn choose(client: Option<&str>, server: Option<&str>) -> Option<String> {
    let (client, server) = (client?, server?);
    client
        .split(',')
        .find(|c| server.split(',').any(|s| s == *c))
        .map(str::to_owned)
}

/// A value's name, or tshark's `Unknown (N)`.
fn name(vals: &[(u64, &str)], code: u8) -> String {
    match vals.iter().find(|(v, _)| *v == u64::from(code)) {
        Some((_, n)) => (*n).to_owned(),
        None => format!("Unknown ({code})"),
    }
}

fn hex(b: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        let _ = write!(s, "{x:02x}");
    }
    s
}

/// A Diffie-Hellman or ECDH public value, as tshark keeps it for
/// decryption (`ssh_read_e`, `ssh_read_f`): 1 to [`MAX_KEY`] bytes, else the
/// error `Invalid key length: N`; the bytes must be there.
fn public_key(buf: &[u8], offset: i64, c: &mut Call<'_>) -> R<()> {
    let len = u32_at(buf, offset)?;
    if len == 0 || len > MAX_KEY {
        expert::add(
            &mut c.l,
            &KEY_LENGTH,
            Some(format!("Invalid key length: {len}")),
        );
    } else {
        get(buf, offset + 4, i64::from(len))?;
    }
    Ok(())
}

/// An mpint: `ssh.mpint_length`, then its bytes; the bytes it took.
fn mpint<'a>(buf: &'a [u8], offset: i64, c: &mut Call<'a>, def: &'static FieldDef) -> R<i64> {
    let len = u32_at(buf, offset)?;
    c.l.uint(f::ssh::MPINT_LENGTH, len);
    let b = item(buf, offset + 4, as_int(len))?;
    c.l.push(def, Value::Bytes(Cow::Borrowed(b)));
    Ok(4 + as_int(len))
}

/// A string as bytes, its length first; the bytes it took.
fn string<'a>(
    buf: &'a [u8],
    offset: i64,
    c: &mut Call<'a>,
    def: &'static FieldDef,
    len_def: &'static FieldDef,
) -> R<i64> {
    let len = u32_at(buf, offset)?;
    c.l.uint(len_def, len);
    let b = item(buf, offset + 4, as_int(len))?;
    if def.ftype == crate::dissect::field::FieldType::String {
        expert::wire_string(&mut c.l, def, ascii_all(b));
    } else {
        c.l.push(def, Value::Bytes(Cow::Borrowed(b)));
    }
    Ok(4 + as_int(len))
}

/// The server's host key (`ssh_tree_add_hostkey`); the bytes it took.
fn hostkey<'a>(buf: &'a [u8], start: i64, c: &mut Call<'a>) -> R<i64> {
    let key_len = u32_at(buf, start)?;
    let type_len = u32_at(buf, start + 4)?;
    let mut offset = start + 8;
    let key_type = ascii(item(buf, offset, as_int(type_len))?).into_owned();
    c.l.uint(f::ssh::HOST_KEY_LENGTH, key_len);
    // Kept for the exchange hash: the whole key must be there.
    item(buf, start + 4, as_int(key_len))?;
    c.l.uint(f::ssh::HOST_KEY_TYPE_LENGTH, type_len);
    c.l.str(f::ssh::HOST_KEY_TYPE, key_type.clone());
    offset += as_int(type_len);
    if key_type == "ssh-rsa" {
        offset += mpint(buf, offset, c, f::ssh::HOST_KEY_RSA_E)?;
        mpint(buf, offset, c, f::ssh::HOST_KEY_RSA_N)?;
    } else if key_type == "ssh-dss" {
        offset += mpint(buf, offset, c, f::ssh::HOST_KEY_DSA_P)?;
        offset += mpint(buf, offset, c, f::ssh::HOST_KEY_DSA_Q)?;
        offset += mpint(buf, offset, c, f::ssh::HOST_KEY_DSA_G)?;
        mpint(buf, offset, c, f::ssh::HOST_KEY_DSA_Y)?;
    } else if key_type.starts_with("ecdsa-sha2-") {
        offset += string(
            buf,
            offset,
            c,
            f::ssh::HOST_KEY_ECDSA_ID,
            f::ssh::HOST_KEY_ECDSA_ID_LENGTH,
        )?;
        string(
            buf,
            offset,
            c,
            f::ssh::HOST_KEY_ECDSA_Q,
            f::ssh::HOST_KEY_ECDSA_Q_LENGTH,
        )?;
    } else if key_type.starts_with("ssh-ed") {
        string(
            buf,
            offset,
            c,
            f::ssh::HOST_KEY_EDDSA_KEY,
            f::ssh::HOST_KEY_EDDSA_KEY_LENGTH,
        )?;
    } else {
        let rest = as_int(key_len.wrapping_sub(type_len.wrapping_add(4)));
        let b = item(buf, offset, rest)?;
        c.l.push(f::ssh::HOST_KEY_DATA, Value::Bytes(Cow::Borrowed(b)));
    }
    Ok(4 + i64::from(key_len))
}

/// The exchange hash's signature (`ssh_tree_add_hostsignature`); the bytes
/// it took.
fn hostsig<'a>(buf: &'a [u8], start: i64, c: &mut Call<'a>) -> R<i64> {
    let sig_len = u32_at(buf, start)?;
    let type_len = u32_at(buf, start + 4)?;
    let mut offset = start + 8;
    let sig_type = ascii(item(buf, offset, as_int(type_len))?).into_owned();
    c.l.uint(f::ssh::HOST_SIG_LENGTH, sig_len);
    // The warning below belongs under the length.
    let at = c.l.fields.len();
    c.l.uint(f::ssh::HOST_SIG_TYPE_LENGTH, type_len);
    c.l.str(f::ssh::HOST_SIG_TYPE, sig_type.clone());
    offset += as_int(type_len);
    if sig_type == "ssh-rsa" {
        offset += mpint(buf, offset, c, f::ssh::HOST_SIG_RSA)?;
    } else if sig_type == "ssh-dss" {
        offset += mpint(buf, offset, c, f::ssh::HOST_SIG_DSA)?;
    } else if sig_type.starts_with("ecdsa-sha2-") || sig_type.starts_with("ssh-ed") {
    } else {
        let rest = as_int(sig_len.wrapping_sub(type_len.wrapping_add(4)));
        let b = item(buf, offset, rest)?;
        c.l.push(f::ssh::HOST_SIG_DATA, Value::Bytes(Cow::Borrowed(b)));
    }
    let decoded = offset - start;
    if decoded != 4 + i64::from(sig_len) {
        let mut tmp = Layer::new(Osi::Presentation, "ssh", 0..0);
        expert::add(
            &mut tmp,
            &PACKET_DECODE,
            Some(format!(
                "Decoded {} bytes, but packet legnth is {} bytes",
                decoded as i32, sig_len as i32
            )),
        );
        let tail = c.l.fields.split_off(at);
        c.l.fields.append(&mut tmp.fields);
        c.l.fields.extend(tail);
    }
    Ok(4 + i64::from(sig_len))
}

impl StreamDecoder for SshDecoder {
    fn protocol(&self) -> &'static str {
        "ssh"
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn heap_bytes(&self) -> usize {
        let strings: usize = self
            .peers
            .iter()
            .map(|p| {
                [&p.kex_proposal, &p.enc, &p.mac]
                    .iter()
                    .map(|s| s.as_ref().map_or(0, String::capacity))
                    .sum::<usize>()
                    + [&p.enc_proposals, &p.mac_proposals, &p.comp_proposals]
                        .iter()
                        .flat_map(|a| a.iter())
                        .map(|s| s.as_ref().map_or(0, String::capacity))
                        .sum::<usize>()
            })
            .sum();
        self.sides.iter().map(|s| s.held.capacity()).sum::<usize>() + strings
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.sides[dir.index()].want != Want::Nothing
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let peer = if self.is_response(dir) {
            SERVER
        } else {
            CLIENT
        };
        let side = dir.index();
        let mut pos = 0usize;
        if self.sides[side].want == Want::Never {
            self.sides[side].want = Want::Nothing;
        }
        // A PDU waited for: this segment continues it.
        if self.sides[side].want != Want::Nothing {
            let s = &mut self.sides[side];
            let take = match s.want {
                Want::OneMoreSegment => data.len(),
                Want::Total(n) => usize::try_from(n.saturating_sub(s.have))
                    .map_or(data.len(), |m| m.min(data.len())),
                Want::Nothing | Want::Never => 0,
            };
            let room = MAX_HELD.saturating_sub(s.held.len());
            s.held.extend_from_slice(&data[..take.min(room)]);
            s.have += take as u64;
            pos = take;
            let done = match s.want {
                Want::Total(n) => s.have >= n,
                _ => true,
            };
            if !done {
                return;
            }
            let held = std::mem::take(&mut self.sides[side].held);
            let have = self.sides[side].have;
            let base = self.sides[side].base;
            self.sides[side].want = Want::Nothing;
            self.sides[side].have = 0;
            if have > held.len() as u64 {
                // Longer than what is held: shown without its fields.
                let mut l = Layer::new(Osi::Presentation, "ssh", 0..0);
                l.uint(f::ssh::OSIDUMP_VERSION, self.version);
                l.malformed(format!(
                    "an SSH packet of {have} bytes, more than the {MAX_HELD} bytes held for one"
                ));
                out.push(Message {
                    layer: l.into_owned(),
                    stream_offset: base,
                    stream_end: base + have,
                    event: None,
                });
            } else if self.run(peer, side, base, &held, false, out) {
                // The reassembled PDU threw: TCP's dissection of the
                // segment ends there, and what follows the PDU in it is
                // never read (the next segment is read on its own).
                return;
            }
        }
        if pos < data.len() && self.sides[side].want == Want::Nothing {
            // After a reassembled PDU, a second call of the dissector.
            self.run(peer, side, offset + pos as u64, &data[pos..], pos > 0, out);
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let s = &mut self.sides[dir.index()];
        s.held = Vec::new();
        s.have = 0;
        s.want = Want::Nothing;
    }
}

impl SshDecoder {
    /// One call of the dissector on `buf` (at stream offset `base`; `after`
    /// a reassembled PDU the same segment completed): its layer, and what
    /// it leaves waiting; whether it threw.
    fn run(
        &mut self,
        peer: usize,
        side: usize,
        base: u64,
        buf: &[u8],
        after: bool,
        out: &mut Vec<Message>,
    ) -> bool {
        let (layer, end) = self.call(peer, buf);
        let thrown = layer.thrown.is_some();
        let used = match end {
            End::Done => buf.len(),
            End::More(at, want) => {
                let rest = &buf[at.min(buf.len())..];
                let s = &mut self.sides[side];
                s.base = base + at as u64;
                s.held.clear();
                s.held.extend_from_slice(&rest[..rest.len().min(MAX_HELD)]);
                s.have = rest.len() as u64;
                s.want = match want {
                    Want::Total(n) if n <= rest.len() as u64 => Want::OneMoreSegment,
                    w => w,
                };
                if want == Want::Never {
                    s.held = Vec::new();
                    s.have = 0;
                }
                at
            }
        };
        // A call that read nothing before asking for more shows as the
        // segment of a reassembled PDU (an empty `ssh` item, which TCP's
        // note stands for when the call is the segment's first; after a
        // reassembled PDU the frame lists it as a second `ssh`).
        if used > 0 || matches!(end, End::Done) || after {
            out.push(Message {
                layer: layer.into_owned(),
                stream_offset: base,
                stream_end: base + used as u64,
                event: None,
            });
        }
        thrown
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(SshDecoder::new())
}

/// tshark's Info column for one PDU: `Client: ` or `Server: ` for each PDU
/// of the frame read whole (each put its own in front), on the frame's
/// first SSH layer, then the PDU's messages.
pub(crate) fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else {
        return;
    };
    let first = layers[..i].iter().all(|x| x.protocol != "ssh");
    if first {
        for x in layers[i..].iter().filter(|x| x.protocol == "ssh") {
            match x.get(f::ssh::DIRECTION) {
                Some(Value::Bool(true)) => out.push_str("Server: "),
                Some(Value::Bool(false)) => out.push_str("Client: "),
                _ => {}
            }
        }
    }
    if let Some(Value::Str(s)) = l.get(f::ssh::OSIDUMP_INFO) {
        out.push_str(s);
    }
    // A PDU that threw is the frame's last (nothing after it in the
    // segment is read): the renderer's note on the exception
    // (`[Malformed Packet]`) follows it, once.
}

/// The Protocol column: `SSH` until the version is known, then `SSHv1` or
/// `SSHv2`.
pub(crate) fn column(l: &Layer<'_>) -> &'static str {
    match l.get_uint(f::ssh::OSIDUMP_VERSION) {
        Some(1) => "SSHv1",
        Some(2) => "SSHv2",
        _ => "SSH",
    }
}

/// The tree's line: who sent the PDU and its messages, as tshark's Info
/// column says them.
fn summary(out: &mut String, l: &Layer<'_>) {
    // The segment where a packet begins that later segments complete has
    // an empty layer: nothing to say (TCP's line says it is reassembled).
    match l.get(f::ssh::DIRECTION) {
        Some(Value::Bool(true)) => out.push_str("Server: "),
        Some(Value::Bool(false)) => out.push_str("Client: "),
        _ => {}
    }
    if let Some(Value::Str(s)) = l.get(f::ssh::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "ssh",
    also: &[],
    title: "SSH Protocol",
    // Its transport layer is what is read here: the negotiation of keys
    // and the encryption of everything after (Presentation, as TLS).
    osi: Osi::Presentation,
    fields: f::ssh::ALL,
    summary,
    info: Some(info),
    column: Some(column),
    app: Some(AppSpec {
        decode_as: &["ssh"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark has no SSH heuristic: port 22 (or decode-as) only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
