//! TLS secrets: the NSS key log format (what `SSLKEYLOGFILE` makes
//! browsers, curl, OpenSSL and aioquic write, and what a pcapng
//! Decryption Secrets Block carries), indexed by the ClientHello's random.
//!
//! Lines are `LABEL <client random hex> <secret hex>`; comments (`#`) and
//! lines we do not use (RSA pre-master secrets, exporter secrets) are
//! skipped. The table is bounded ([`MAX_ENTRIES`] client randoms, secrets
//! of at most [`MAX_SECRET`] bytes) whatever the input.
//!
//! [`Keys`] is how the decoders share it: the dissector owns one, hands a
//! clone to every TLS and QUIC decoder, and may add lines while a capture is
//! read (a pcapng Decryption Secrets Block comes before the packets it
//! opens).

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Client randoms remembered; lines past this are ignored.
pub const MAX_ENTRIES: usize = 1 << 20;
/// Longest secret accepted (SHA-512 sized); longer ones are ignored.
pub const MAX_SECRET: usize = 64;
/// Longest line read; longer ones are skipped.
const MAX_LINE: usize = 1024;

/// The secrets of one TLS session (one client random).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Secrets {
    /// `CLIENT_RANDOM`: the TLS <= 1.2 master secret (48 bytes).
    pub master: Option<Vec<u8>>,
    /// `CLIENT_EARLY_TRAFFIC_SECRET` (TLS 1.3 0-RTT).
    pub client_early: Option<Vec<u8>>,
    /// `CLIENT_HANDSHAKE_TRAFFIC_SECRET`.
    pub client_handshake: Option<Vec<u8>>,
    /// `SERVER_HANDSHAKE_TRAFFIC_SECRET`.
    pub server_handshake: Option<Vec<u8>>,
    /// `CLIENT_TRAFFIC_SECRET_0`.
    pub client_app: Option<Vec<u8>>,
    /// `SERVER_TRAFFIC_SECRET_0`.
    pub server_app: Option<Vec<u8>>,
}

/// Every session's secrets, by client random.
#[derive(Debug, Default, Clone)]
pub struct KeyLog {
    map: HashMap<[u8; 32], Secrets>,
}

fn unhex(s: &[u8]) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    let nib = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    s.chunks_exact(2)
        .map(|p| Some(nib(p[0])? << 4 | nib(p[1])?))
        .collect()
}

impl KeyLog {
    /// Read a key log; lines that are not understood are skipped.
    pub fn parse(text: &[u8]) -> KeyLog {
        let mut k = KeyLog::default();
        k.add(text);
        k
    }

    /// Add the lines of `text`; returns how many were used.
    pub fn add(&mut self, text: &[u8]) -> usize {
        let mut used = 0;
        for line in text.split(|b| *b == b'\n') {
            if line.len() > MAX_LINE {
                continue;
            }
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.first() == Some(&b'#') {
                continue;
            }
            let mut parts = line
                .split(|b| *b == b' ' || *b == b'\t')
                .filter(|p| !p.is_empty());
            let (Some(label), Some(random), Some(secret), None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let (Some(random), Some(secret)) = (unhex(random), unhex(secret)) else {
                continue;
            };
            let Ok(random) = <[u8; 32]>::try_from(random.as_slice()) else {
                continue;
            };
            if secret.is_empty() || secret.len() > MAX_SECRET {
                continue;
            }
            if !self.map.contains_key(&random) && self.map.len() >= MAX_ENTRIES {
                continue;
            }
            let e = self.map.entry(random).or_default();
            let slot = match label {
                b"CLIENT_RANDOM" if secret.len() == 48 => &mut e.master,
                b"CLIENT_EARLY_TRAFFIC_SECRET" => &mut e.client_early,
                b"CLIENT_HANDSHAKE_TRAFFIC_SECRET" => &mut e.client_handshake,
                b"SERVER_HANDSHAKE_TRAFFIC_SECRET" => &mut e.server_handshake,
                b"CLIENT_TRAFFIC_SECRET_0" => &mut e.client_app,
                b"SERVER_TRAFFIC_SECRET_0" => &mut e.server_app,
                _ => {
                    if *e == Secrets::default() {
                        self.map.remove(&random);
                    }
                    continue;
                }
            };
            *slot = Some(secret);
            used += 1;
        }
        used
    }

    pub fn get(&self, client_random: &[u8; 32]) -> Option<&Secrets> {
        self.map.get(client_random)
    }

    /// Sessions known.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// The key log shared by a dissector and its decoders.
#[derive(Debug, Default, Clone)]
pub struct Keys(Arc<RwLock<KeyLog>>);

impl Keys {
    pub fn new(log: KeyLog) -> Keys {
        Keys(Arc::new(RwLock::new(log)))
    }

    /// Add key log lines (a Decryption Secrets Block); how many were used.
    pub fn add(&self, text: &[u8]) -> usize {
        match self.0.write() {
            Ok(mut k) => k.add(text),
            Err(_) => 0,
        }
    }

    /// The secrets of the session that sent `client_random`.
    pub fn lookup(&self, client_random: &[u8; 32]) -> Option<Secrets> {
        self.0.read().ok()?.get(client_random).cloned()
    }

    pub fn is_empty(&self) -> bool {
        self.0.read().map_or(true, |k| k.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_nss_lines_and_skips_the_rest() {
        let cr = "a".repeat(64);
        let text = format!(
            "# comment\nCLIENT_RANDOM {cr} {}\r\nSERVER_TRAFFIC_SECRET_0 {cr} {}\n\
             RSA 00 11\nCLIENT_RANDOM {cr} 00\nbroken\nCLIENT_TRAFFIC_SECRET_0 zz {}\n",
            "11".repeat(48),
            "22".repeat(32),
            "33".repeat(32)
        );
        let k = KeyLog::parse(text.as_bytes());
        assert_eq!(k.len(), 1);
        let s = k.get(&[0xaa; 32]).expect("entry");
        assert_eq!(s.master.as_deref(), Some(&[0x11; 48][..]));
        assert_eq!(s.server_app.as_deref(), Some(&[0x22; 32][..]));
        assert!(s.client_app.is_none());
    }

    #[test]
    fn shared_keys_grow() {
        let keys = Keys::default();
        assert!(keys.is_empty());
        let line = format!("CLIENT_RANDOM {} {}\n", "01".repeat(32), "02".repeat(48));
        assert_eq!(keys.add(line.as_bytes()), 1);
        assert!(keys.lookup(&[1; 32]).is_some());
    }
}
