//! Decrypting one TLS connection with the secrets of the key log.
//!
//! The hellos give what the key schedule needs (the randoms, the suite,
//! encrypt_then_mac); the key log gives the secrets, looked up by the
//! client random when the ServerHello arrives (so a Decryption Secrets
//! Block read earlier in the same capture counts).
//!
//! - TLS 1.2: after each side's ChangeCipherSpec its records are opened
//!   with the keys of the master secret (`CLIENT_RANDOM`).
//! - TLS 1.3: after the ServerHello, each side's records are opened with
//!   its handshake traffic secret until its Finished, then with its
//!   application traffic secret (and each KeyUpdate's next one). A record
//!   that the expected keys do not open is tried with the next ones, so a
//!   missed Finished does not stop decryption.
//!
//! Decrypted application data goes to an inner decoder chosen by the ALPN
//! the server selected (`h2`, `http/1.1`), else by probing the first
//! plaintext bytes; its messages are reported on the record that completed
//! them. Nothing held here grows with the traffic: keys, a few flags, and
//! the inner decoder's own bounded state.

use super::crypto::{self, RecordKeys, Suite};
use super::keylog::{Keys, Secrets};
use crate::dissect::app::{Dir, Message, Probe, StreamDecoder};
use crate::dissect::spec;

/// What stands in the way of decryption, said once per connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    NoKey,
    Unsupported(u16),
    WrongKey,
    Lost,
}

impl Note {
    pub fn text(self) -> String {
        match self {
            Note::NoKey => "not decrypted: the key log has no secret for this session".into(),
            Note::Unsupported(s) => {
                format!("not decrypted: cipher suite 0x{s:04x} is not supported")
            }
            Note::WrongKey => {
                "not decrypted: the key log's secret does not open the records (wrong key?)".into()
            }
            Note::Lost => "decryption stopped: bytes of the stream are missing".into(),
        }
    }
}

#[derive(Debug, Default)]
struct Side {
    /// Keys in use.
    cur: Option<RecordKeys>,
    /// TLS 1.3: the application traffic secret, used after this side's
    /// Finished (or when the handshake keys stop opening records).
    app_secret: Option<Vec<u8>>,
    /// Bytes of decrypted application data given to the inner decoder.
    plain_off: u64,
}

/// One connection's decryption state.
#[derive(Default)]
pub struct Decrypt {
    keys: Keys,
    /// The run's HTTP/2 stream-id media table, for the inner decoder.
    pub h2_media: Option<crate::dissect::app::http2::StreamMedia>,
    client_random: Option<[u8; 32]>,
    server_random: Option<[u8; 32]>,
    suite: Option<u16>,
    tls13: bool,
    /// encrypt_then_mac offered by the client and accepted by the server.
    etm: [bool; 2],
    /// TLS 1.2: the master secret, once looked up.
    secrets: Option<Secrets>,
    sides: [Side; 2],
    note: Option<Note>,
    noted: bool,
    /// Some record was opened.
    pub opened: bool,
    pub alpn: Option<String>,
    inner: Option<Box<dyn StreamDecoder>>,
    inner_decided: bool,
    collect: bool,
    time_ns: Option<i128>,
    /// The frame being fed, for the inner decoder.
    frame: Option<u64>,
}

impl std::fmt::Debug for Decrypt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Decrypt")
            .field("suite", &self.suite)
            .field("tls13", &self.tls13)
            .field("note", &self.note)
            .finish()
    }
}

/// What keyed ciphers cost the budget besides the decoder's own struct.
const KEYED_COST: usize = 2048;

/// Extension types of a hello's extension block.
fn ext_types(mut b: &[u8]) -> Vec<u16> {
    let mut out = Vec::new();
    while b.len() >= 4 && out.len() < 256 {
        let t = u16::from_be_bytes([b[0], b[1]]);
        let n = usize::from(u16::from_be_bytes([b[2], b[3]]));
        out.push(t);
        b = b.get(4 + n..).unwrap_or(&[]);
    }
    out
}

impl Decrypt {
    pub fn new(keys: Keys) -> Decrypt {
        Decrypt {
            keys,
            ..Decrypt::default()
        }
    }

    pub fn heap_bytes(&self) -> usize {
        let keyed = self.sides.iter().filter(|s| s.cur.is_some()).count() * KEYED_COST;
        keyed
            + self
                .inner
                .as_ref()
                .map_or(0, |d| std::mem::size_of_val(&**d) + d.heap_bytes())
    }

    /// A ClientHello body: its random and whether it offers encrypt_then_mac.
    pub fn client_hello(&mut self, body: &[u8]) {
        let Some(r) = body.get(2..34) else { return };
        self.client_random = r.try_into().ok();
        // version, random, session id, suites, compression, extensions
        let exts = (|| {
            let mut p = 34;
            p += 1 + usize::from(*body.get(p)?);
            p += 2 + usize::from(u16::from_be_bytes([*body.get(p)?, *body.get(p + 1)?]));
            p += 1 + usize::from(*body.get(p)?);
            body.get(p + 2..)
        })();
        self.etm[0] = exts.is_some_and(|e| ext_types(e).contains(&22));
    }

    /// A ServerHello body (not a HelloRetryRequest): the random, the suite,
    /// and, for TLS 1.3, the handshake keys of both sides.
    pub fn server_hello(&mut self, body: &[u8], tls13: bool) {
        let Some(r) = body.get(2..34) else { return };
        self.server_random = r.try_into().ok();
        let parsed = (|| {
            let mut p = 34;
            p += 1 + usize::from(*body.get(p)?);
            let suite = u16::from_be_bytes([*body.get(p)?, *body.get(p + 1)?]);
            p += 3;
            Some((suite, body.get(p + 2..).unwrap_or(&[])))
        })();
        let Some((suite, exts)) = parsed else { return };
        self.suite = Some(suite);
        self.etm[1] = ext_types(exts).contains(&22);
        self.tls13 = tls13;
        if self.keys.is_empty() {
            return;
        }
        let Some(s) = crypto::suite(suite) else {
            self.note(Note::Unsupported(suite));
            return;
        };
        let Some(secrets) = self.client_random.and_then(|cr| self.keys.lookup(&cr)) else {
            self.note(Note::NoKey);
            return;
        };
        if tls13 {
            let hs = [&secrets.client_handshake, &secrets.server_handshake];
            let app = [&secrets.client_app, &secrets.server_app];
            for i in 0..2 {
                self.sides[i].cur = hs[i].as_deref().and_then(|k| RecordKeys::tls13(s, k));
                self.sides[i].app_secret = app[i].clone();
            }
            if self
                .sides
                .iter()
                .all(|x| x.cur.is_none() && x.app_secret.is_none())
            {
                self.note(Note::NoKey);
            }
        } else if secrets.master.is_none() {
            self.note(Note::NoKey);
        }
        self.secrets = Some(secrets);
    }

    /// TLS <= 1.2: `dir` sent ChangeCipherSpec; its next records are
    /// protected with the master secret's keys.
    pub fn change_cipher_spec(&mut self, dir: Dir) {
        if self.tls13 {
            return;
        }
        let Some(master) = self.secrets.as_ref().and_then(|s| s.master.clone()) else {
            return;
        };
        let (Some(s), Some(cr), Some(sr)) = (
            self.suite.and_then(crypto::suite),
            self.client_random,
            self.server_random,
        ) else {
            return;
        };
        let etm = self.etm[0] && self.etm[1] && s.mac.is_some();
        if let Some((c, sv)) = RecordKeys::tls12(s, &master, &cr, &sr, etm) {
            self.sides[dir.index()].cur = Some(match dir {
                Dir::Client => c,
                Dir::Server => sv,
            });
        }
    }

    fn suite(&self) -> Option<Suite> {
        self.suite.and_then(crypto::suite)
    }

    /// TLS 1.3: `dir` sent its Finished; application keys from now on.
    pub fn finished(&mut self, dir: Dir) {
        if !self.tls13 {
            return;
        }
        let Some(s) = self.suite() else { return };
        let side = &mut self.sides[dir.index()];
        if let Some(secret) = side.app_secret.take() {
            side.cur = RecordKeys::tls13(s, &secret);
        }
    }

    /// TLS 1.3 KeyUpdate from `dir`: its next generation of keys.
    pub fn key_update(&mut self, dir: Dir) {
        let side = &mut self.sides[dir.index()];
        side.cur = side.cur.as_ref().and_then(RecordKeys::updated);
    }

    /// Whether records of `dir` are being decrypted.
    pub fn active(&self, dir: Dir) -> bool {
        self.sides[dir.index()].cur.is_some()
    }

    /// Open one protected record of `dir`.
    pub fn open(
        &mut self,
        dir: Dir,
        ctype: u8,
        version: u16,
        body: &[u8],
    ) -> Option<(u8, Vec<u8>)> {
        let suite = self.suite();
        let side = &mut self.sides[dir.index()];
        let cur = side.cur.as_mut()?;
        if let Some(r) = cur.open(ctype, version, body) {
            self.opened = true;
            return Some(r);
        }
        // TLS 1.3: perhaps the Finished that switches keys was missed.
        if let (Some(s), Some(secret)) = (suite, side.app_secret.as_ref())
            && let Some(mut next) = RecordKeys::tls13(s, secret)
            && let Some(r) = next.open(ctype, version, body)
        {
            side.cur = Some(next);
            side.app_secret = None;
            self.opened = true;
            return Some(r);
        }
        self.note(Note::WrongKey);
        None
    }

    fn note(&mut self, n: Note) {
        if self.note.is_none() {
            self.note = Some(n);
        }
    }

    /// The note not yet reported, if any (once per connection).
    pub fn take_note(&mut self) -> Option<Note> {
        if self.noted {
            return None;
        }
        let n = self.note?;
        self.noted = true;
        Some(n)
    }

    /// Bytes of `dir` were lost: record sequence numbers are unknown now.
    pub fn gap(&mut self, dir: Dir, len: u64) {
        let side = &mut self.sides[dir.index()];
        side.app_secret = None;
        if side.cur.take().is_some() {
            self.note(Note::Lost);
        }
        if let Some(d) = self.inner.as_mut() {
            d.gap(dir, len);
        }
    }

    pub fn collect_messages(&mut self) {
        self.collect = true;
        if let Some(d) = self.inner.as_mut() {
            d.collect_messages();
        }
    }

    pub fn set_frame(&mut self, number: u64) {
        self.frame = Some(number);
        if let Some(d) = self.inner.as_mut() {
            d.set_frame(number);
        }
    }

    pub fn set_time_ns(&mut self, ts: i128) {
        self.time_ns = Some(ts);
        if let Some(d) = self.inner.as_mut() {
            d.set_time_ns(ts);
        }
    }

    pub fn finish(&mut self, dir: Dir, out: &mut Vec<Message>) {
        if let Some(d) = self.inner.as_mut() {
            d.finish(dir, out);
        }
    }

    /// Decrypted application data of `dir`: feed it to the inner decoder
    /// (chosen now if this is the first).
    /// `true` when the inner decoder took all of `plain` into a message
    /// it has not finished: packet-tls.c's desegment_ssl then marks the
    /// record `[TLS segment of a reassembled PDU]` (the bytes continue a
    /// message, or start one the inner dissector asked more data for).
    pub fn application_data(&mut self, dir: Dir, plain: &[u8], out: &mut Vec<Message>) -> bool {
        if !self.inner_decided {
            self.inner_decided = true;
            self.inner = self.choose(plain).map(|new| {
                let mut d = new();
                d.set_secure();
                if let Some(m) = self.h2_media.as_ref() {
                    d.set_stream_media(m);
                }
                if self.collect {
                    d.collect_messages();
                }
                if let Some(t) = self.time_ns {
                    d.set_time_ns(t);
                }
                if let Some(n) = self.frame {
                    d.set_frame(n);
                }
                d
            });
        }
        let side = &mut self.sides[dir.index()];
        let at = side.plain_off;
        side.plain_off += plain.len() as u64;
        let Some(d) = self.inner.as_mut() else {
            return false;
        };
        let before = out.len();
        d.feed(dir, at, plain, out);
        out.len() == before && !plain.is_empty() && d.holds_partial(dir)
    }

    /// The inner decoder: the selected ALPN's protocol, else the first
    /// application protocol whose probe is certain of the plaintext.
    fn choose(&self, plain: &[u8]) -> Option<fn() -> Box<dyn StreamDecoder>> {
        let by_alpn = match self.alpn.as_deref() {
            Some("h2") => Some("http2"),
            Some(a) if a.starts_with("http/1") => Some("http"),
            _ => None,
        };
        let stream = |name: &str| {
            spec::apps()
                .find(|p| p.name == name)
                .and_then(|p| p.app.as_ref()?.stream)
        };
        if let Some(name) = by_alpn {
            return stream(name);
        }
        spec::apps()
            .filter(|p| p.name != "tls")
            .find(|p| {
                p.app
                    .as_ref()
                    .and_then(|a| a.probe_tcp)
                    .is_some_and(|probe| probe(plain) == Probe::Certain)
            })
            .and_then(|p| p.app.as_ref()?.stream)
    }
}
