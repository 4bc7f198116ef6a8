//! The cryptography TLS and QUIC decryption need, on the RustCrypto crates:
//! cipher suites, the TLS 1.2 PRF, TLS 1.3's HKDF-Expand-Label, AEAD
//! opening (AES-GCM, AES-CCM, ChaCha20-Poly1305), AES-CBC with HMAC (TLS
//! 1.2, MAC-then-encrypt and encrypt-then-MAC), and QUIC header protection.
//!
//! Every function returns `None` rather than failing loudly: a wrong key is
//! an ordinary outcome here, never a panic.

use aes_gcm::aead::{KeyInit, Payload};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::{Sha256, Sha384};

/// The hash of a suite (TLS 1.2 PRF and TLS 1.3 HKDF), or of a CBC MAC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hash {
    Sha1,
    Sha256,
    Sha384,
}

impl Hash {
    pub fn output_len(self) -> usize {
        match self {
            Hash::Sha1 => 20,
            Hash::Sha256 => 32,
            Hash::Sha384 => 48,
        }
    }

    fn hmac(self, key: &[u8], parts: &[&[u8]]) -> Vec<u8> {
        macro_rules! run {
            ($h:ty) => {{
                let Ok(mut m) = <Hmac<$h> as KeyInit>::new_from_slice(key) else {
                    return Vec::new();
                };
                for p in parts {
                    m.update(p);
                }
                m.finalize().into_bytes().to_vec()
            }};
        }
        match self {
            Hash::Sha1 => run!(Sha1),
            Hash::Sha256 => run!(Sha256),
            Hash::Sha384 => run!(Sha384),
        }
    }
}

/// The bulk cipher of a suite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bulk {
    Aes128Gcm,
    Aes256Gcm,
    ChaCha20Poly1305,
    Aes128Ccm,
    Aes128Ccm8,
    Aes256Ccm,
    Aes256Ccm8,
    Aes128Cbc,
    Aes256Cbc,
}

impl Bulk {
    pub fn key_len(self) -> usize {
        match self {
            Bulk::Aes128Gcm | Bulk::Aes128Ccm | Bulk::Aes128Ccm8 | Bulk::Aes128Cbc => 16,
            _ => 32,
        }
    }

    /// TLS 1.2's IV length in the key block: the implicit part of the
    /// nonce (GCM, CCM), the whole nonce (ChaCha20), or the CBC IV.
    fn tls12_iv_len(self) -> usize {
        match self {
            Bulk::ChaCha20Poly1305 => 12,
            Bulk::Aes128Cbc | Bulk::Aes256Cbc => 16,
            _ => 4,
        }
    }

    pub fn tag_len(self) -> usize {
        match self {
            Bulk::Aes128Ccm8 | Bulk::Aes256Ccm8 => 8,
            Bulk::Aes128Cbc | Bulk::Aes256Cbc => 0,
            _ => 16,
        }
    }

    fn is_cbc(self) -> bool {
        matches!(self, Bulk::Aes128Cbc | Bulk::Aes256Cbc)
    }
}

/// What decryption needs to know of a cipher suite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suite {
    pub bulk: Bulk,
    /// TLS 1.2: the PRF's hash; TLS 1.3: the HKDF hash.
    pub hash: Hash,
    /// CBC suites: the record MAC.
    pub mac: Option<Hash>,
}

/// The suites osidump decrypts: TLS 1.3's five, and TLS 1.2's (EC)DHE and
/// RSA suites with AES-GCM, AES-CCM, ChaCha20-Poly1305 and AES-CBC.
pub fn suite(id: u16) -> Option<Suite> {
    use Bulk::*;
    use Hash::*;
    let (bulk, hash, mac) = match id {
        0x1301 => (Aes128Gcm, Sha256, None),
        0x1302 => (Aes256Gcm, Sha384, None),
        0x1303 => (ChaCha20Poly1305, Sha256, None),
        0x1304 => (Aes128Ccm, Sha256, None),
        0x1305 => (Aes128Ccm8, Sha256, None),
        // AES-GCM: RSA, DHE_RSA, ECDHE_ECDSA, ECDHE_RSA
        0x009c | 0x009e | 0xc02b | 0xc02f => (Aes128Gcm, Sha256, None),
        0x009d | 0x009f | 0xc02c | 0xc030 => (Aes256Gcm, Sha384, None),
        // ChaCha20-Poly1305: ECDHE_RSA, ECDHE_ECDSA, DHE_RSA
        0xcca8..=0xccaa => (ChaCha20Poly1305, Sha256, None),
        // AES-CCM: RSA, DHE_RSA, ECDHE_ECDSA (and their CCM_8)
        0xc09c | 0xc09e | 0xc0ac => (Aes128Ccm, Sha256, None),
        0xc09d | 0xc09f | 0xc0ad => (Aes256Ccm, Sha256, None),
        0xc0a0 | 0xc0a2 | 0xc0ae => (Aes128Ccm8, Sha256, None),
        0xc0a1 | 0xc0a3 | 0xc0af => (Aes256Ccm8, Sha256, None),
        // AES-CBC with SHA-1
        0x002f | 0x0033 | 0xc009 | 0xc013 => (Aes128Cbc, Sha256, Some(Sha1)),
        0x0035 | 0x0039 | 0xc00a | 0xc014 => (Aes256Cbc, Sha256, Some(Sha1)),
        // AES-CBC with SHA-256 / SHA-384
        0x003c | 0x0067 | 0xc023 | 0xc027 => (Aes128Cbc, Sha256, Some(Sha256)),
        0x003d | 0x006b => (Aes256Cbc, Sha256, Some(Sha256)),
        0xc024 | 0xc028 => (Aes256Cbc, Sha384, Some(Sha384)),
        _ => return None,
    };
    Some(Suite { bulk, hash, mac })
}

// ---------------------------------------------------------------- key schedules

/// TLS 1.2's PRF (RFC 5246 5): P_hash(secret, label + seed).
pub fn prf12(hash: Hash, secret: &[u8], label: &[u8], seed: &[u8], len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + hash.output_len());
    let mut a = hash.hmac(secret, &[label, seed]);
    while out.len() < len && !a.is_empty() {
        out.extend(hash.hmac(secret, &[&a, label, seed]));
        a = hash.hmac(secret, &[&a]);
    }
    out.truncate(len);
    out
}

/// HKDF-Expand-Label (RFC 8446 7.1) with an empty context: TLS 1.3 uses
/// the `tls13 ` prefix; QUIC's labels (`quic key`, `quicv2 iv`, ...) carry it too.
pub fn expand_label(hash: Hash, secret: &[u8], label: &[u8], len: usize) -> Option<Vec<u8>> {
    let mut info = Vec::with_capacity(4 + 6 + label.len());
    info.extend_from_slice(&(len as u16).to_be_bytes());
    info.push((6 + label.len()) as u8);
    info.extend_from_slice(b"tls13 ");
    info.extend_from_slice(label);
    info.push(0);
    let mut out = vec![0; len];
    match hash {
        Hash::Sha256 => Hkdf::<Sha256>::from_prk(secret)
            .ok()?
            .expand(&info, &mut out)
            .ok()?,
        Hash::Sha384 => Hkdf::<Sha384>::from_prk(secret)
            .ok()?
            .expand(&info, &mut out)
            .ok()?,
        Hash::Sha1 => return None,
    }
    Some(out)
}

/// HKDF-Extract (QUIC's initial secret).
pub fn extract_sha256(salt: &[u8], ikm: &[u8]) -> Vec<u8> {
    let (prk, _) = Hkdf::<Sha256>::extract(Some(salt), ikm);
    prk.to_vec()
}

// ---------------------------------------------------------------- AEAD

/// A keyed bulk cipher.
enum Cipher {
    Aes128Gcm(Box<aes_gcm::Aes128Gcm>),
    Aes256Gcm(Box<aes_gcm::Aes256Gcm>),
    ChaCha(Box<chacha20poly1305::ChaCha20Poly1305>),
    Aes128Ccm(Box<ccm::Ccm<aes::Aes128, ccm::consts::U16, ccm::consts::U12>>),
    Aes128Ccm8(Box<ccm::Ccm<aes::Aes128, ccm::consts::U8, ccm::consts::U12>>),
    Aes256Ccm(Box<ccm::Ccm<aes::Aes256, ccm::consts::U16, ccm::consts::U12>>),
    Aes256Ccm8(Box<ccm::Ccm<aes::Aes256, ccm::consts::U8, ccm::consts::U12>>),
    Aes128Cbc(Box<aes::Aes128>),
    Aes256Cbc(Box<aes::Aes256>),
}

impl std::fmt::Debug for Cipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cipher")
    }
}

fn open_with<A: aes_gcm::aead::Aead>(
    c: &A,
    nonce: &[u8],
    aad: &[u8],
    ct: &[u8],
) -> Option<Vec<u8>> {
    let n = aes_gcm::aead::Nonce::<A>::try_from(nonce).ok()?;
    c.decrypt(&n, Payload { msg: ct, aad }).ok()
}

impl Cipher {
    fn new(bulk: Bulk, key: &[u8]) -> Option<Cipher> {
        Some(match bulk {
            Bulk::Aes128Gcm => Cipher::Aes128Gcm(Box::new(KeyInit::new_from_slice(key).ok()?)),
            Bulk::Aes256Gcm => Cipher::Aes256Gcm(Box::new(KeyInit::new_from_slice(key).ok()?)),
            Bulk::ChaCha20Poly1305 => Cipher::ChaCha(Box::new(KeyInit::new_from_slice(key).ok()?)),
            Bulk::Aes128Ccm => Cipher::Aes128Ccm(Box::new(KeyInit::new_from_slice(key).ok()?)),
            Bulk::Aes128Ccm8 => Cipher::Aes128Ccm8(Box::new(KeyInit::new_from_slice(key).ok()?)),
            Bulk::Aes256Ccm => Cipher::Aes256Ccm(Box::new(KeyInit::new_from_slice(key).ok()?)),
            Bulk::Aes256Ccm8 => Cipher::Aes256Ccm8(Box::new(KeyInit::new_from_slice(key).ok()?)),
            Bulk::Aes128Cbc => Cipher::Aes128Cbc(Box::new(KeyInit::new_from_slice(key).ok()?)),
            Bulk::Aes256Cbc => Cipher::Aes256Cbc(Box::new(KeyInit::new_from_slice(key).ok()?)),
        })
    }

    /// Open `ct` (ciphertext then tag) with a 12-byte nonce.
    fn open(&self, nonce: &[u8], aad: &[u8], ct: &[u8]) -> Option<Vec<u8>> {
        match self {
            Cipher::Aes128Gcm(c) => open_with(&**c, nonce, aad, ct),
            Cipher::Aes256Gcm(c) => open_with(&**c, nonce, aad, ct),
            Cipher::ChaCha(c) => open_with(&**c, nonce, aad, ct),
            Cipher::Aes128Ccm(c) => open_with(&**c, nonce, aad, ct),
            Cipher::Aes128Ccm8(c) => open_with(&**c, nonce, aad, ct),
            Cipher::Aes256Ccm(c) => open_with(&**c, nonce, aad, ct),
            Cipher::Aes256Ccm8(c) => open_with(&**c, nonce, aad, ct),
            Cipher::Aes128Cbc(_) | Cipher::Aes256Cbc(_) => None,
        }
    }

    /// AES-CBC decryption of whole blocks (no padding removed).
    fn cbc(&self, iv: &[u8], ct: &[u8]) -> Option<Vec<u8>> {
        use aes::cipher::BlockCipherDecrypt;
        if ct.is_empty() || !ct.len().is_multiple_of(16) || iv.len() != 16 {
            return None;
        }
        let mut out = Vec::with_capacity(ct.len());
        let mut prev: &[u8] = iv;
        for block in ct.chunks_exact(16) {
            let mut b = aes::Block::try_from(block).ok()?;
            match self {
                Cipher::Aes128Cbc(c) => c.decrypt_block(&mut b),
                Cipher::Aes256Cbc(c) => c.decrypt_block(&mut b),
                _ => return None,
            }
            out.extend(b.iter().zip(prev).map(|(x, y)| x ^ y));
            prev = block;
        }
        Some(out)
    }
}

/// `iv` XOR the sequence number, right-aligned (TLS 1.3, ChaCha20 in TLS
/// 1.2, QUIC).
/// AES-128-GCM's open of `ct` (ciphertext then tag) under a key used
/// once: QUIC's Retry Integrity Tag (RFC 9001 5.8) is the tag of an empty
/// plaintext.
pub fn aes128_gcm_open(key: &[u8], nonce: &[u8], aad: &[u8], ct: &[u8]) -> Option<Vec<u8>> {
    Cipher::new(Bulk::Aes128Gcm, key)?.open(nonce, aad, ct)
}

pub fn xor_nonce(iv: &[u8], seq: u64) -> Vec<u8> {
    let mut n = iv.to_vec();
    let k = n.len();
    for (i, b) in seq.to_be_bytes().iter().enumerate() {
        if k >= 8 {
            n[k - 8 + i] ^= b;
        }
    }
    n
}

/// A keyed AEAD with its IV: QUIC packet protection (and TLS 1.3 records).
#[derive(Debug)]
pub struct Aead {
    cipher: Cipher,
    iv: Vec<u8>,
}

impl Aead {
    pub fn new(bulk: Bulk, key: &[u8], iv: &[u8]) -> Option<Aead> {
        if bulk.is_cbc() {
            return None;
        }
        Some(Aead {
            cipher: Cipher::new(bulk, key)?,
            iv: iv.to_vec(),
        })
    }

    /// Open a packet or record numbered `seq`.
    pub fn open(&self, seq: u64, aad: &[u8], ct: &[u8]) -> Option<Vec<u8>> {
        self.cipher.open(&xor_nonce(&self.iv, seq), aad, ct)
    }
}

// ---------------------------------------------------------------- TLS records

/// One direction's record protection, with its sequence number.
#[derive(Debug)]
pub struct RecordKeys {
    suite: Suite,
    cipher: Cipher,
    iv: Vec<u8>,
    mac_key: Vec<u8>,
    seq: u64,
    /// TLS 1.3: the traffic secret, for KeyUpdate.
    secret: Option<Vec<u8>>,
    /// TLS 1.2 CBC with encrypt_then_mac (RFC 7366).
    etm: bool,
}

impl RecordKeys {
    /// TLS 1.3 keys from a traffic secret.
    pub fn tls13(suite: Suite, secret: &[u8]) -> Option<RecordKeys> {
        let key = expand_label(suite.hash, secret, b"key", suite.bulk.key_len())?;
        let iv = expand_label(suite.hash, secret, b"iv", 12)?;
        Some(RecordKeys {
            suite,
            cipher: Cipher::new(suite.bulk, &key)?,
            iv,
            mac_key: Vec::new(),
            seq: 0,
            secret: Some(secret.to_vec()),
            etm: false,
        })
    }

    /// TLS 1.2 keys of both directions (client, server) from the master
    /// secret and the hellos' randoms.
    pub fn tls12(
        suite: Suite,
        master: &[u8],
        client_random: &[u8; 32],
        server_random: &[u8; 32],
        etm: bool,
    ) -> Option<(RecordKeys, RecordKeys)> {
        let mac_len = suite.mac.map_or(0, Hash::output_len);
        let key_len = suite.bulk.key_len();
        let iv_len = suite.bulk.tls12_iv_len();
        let mut seed = Vec::with_capacity(64);
        seed.extend_from_slice(server_random);
        seed.extend_from_slice(client_random);
        let block = prf12(
            suite.hash,
            master,
            b"key expansion",
            &seed,
            2 * (mac_len + key_len + iv_len),
        );
        if block.len() != 2 * (mac_len + key_len + iv_len) {
            return None;
        }
        let mut at = 0;
        let mut take = |n: usize| {
            let s = block[at..at + n].to_vec();
            at += n;
            s
        };
        let (cmac, smac) = (take(mac_len), take(mac_len));
        let (ckey, skey) = (take(key_len), take(key_len));
        let (civ, siv) = (take(iv_len), take(iv_len));
        let one = |key: Vec<u8>, iv: Vec<u8>, mac_key: Vec<u8>| {
            Some(RecordKeys {
                suite,
                cipher: Cipher::new(suite.bulk, &key)?,
                iv,
                mac_key,
                seq: 0,
                secret: None,
                etm,
            })
        };
        Some((one(ckey, civ, cmac)?, one(skey, siv, smac)?))
    }

    /// TLS 1.3 KeyUpdate: the next generation of this direction's keys.
    pub fn updated(&self) -> Option<RecordKeys> {
        let s = self.secret.as_ref()?;
        let next = expand_label(
            self.suite.hash,
            s,
            b"traffic upd",
            self.suite.hash.output_len(),
        )?;
        RecordKeys::tls13(self.suite, &next)
    }

    /// Decrypt one record's body. Returns the content type (TLS 1.3: the
    /// inner one) and the plaintext, or `None` when the record does not
    /// authenticate under these keys. The sequence number advances either
    /// way (the record was sent).
    pub fn open(&mut self, ctype: u8, version: u16, body: &[u8]) -> Option<(u8, Vec<u8>)> {
        let seq = self.seq;
        self.seq = self.seq.wrapping_add(1);
        if self.secret.is_some() {
            // TLS 1.3: AAD is the record header.
            let mut aad = [ctype, 0, 0, 0, 0];
            aad[1..3].copy_from_slice(&version.to_be_bytes());
            aad[3..5].copy_from_slice(&(body.len() as u16).to_be_bytes());
            let mut plain = self.cipher.open(&xor_nonce(&self.iv, seq), &aad, body)?;
            // Strip the zero padding; the last non-zero byte is the type.
            let end = plain.iter().rposition(|b| *b != 0)?;
            let inner = plain[end];
            plain.truncate(end);
            return Some((inner, plain));
        }
        let aad = |len: usize| {
            let mut a = Vec::with_capacity(13);
            a.extend_from_slice(&seq.to_be_bytes());
            a.push(ctype);
            a.extend_from_slice(&version.to_be_bytes());
            a.extend_from_slice(&(len as u16).to_be_bytes());
            a
        };
        let bulk = self.suite.bulk;
        if let Some(mac) = self.suite.mac {
            return self.open_cbc(mac, body, aad).map(|p| (ctype, p));
        }
        let tag = bulk.tag_len();
        let plain = if bulk == Bulk::ChaCha20Poly1305 {
            let len = body.len().checked_sub(tag)?;
            self.cipher
                .open(&xor_nonce(&self.iv, seq), &aad(len), body)?
        } else {
            // GCM / CCM: 8 bytes of explicit nonce first.
            if body.len() < 8 + tag {
                return None;
            }
            let mut nonce = self.iv.clone();
            nonce.extend_from_slice(&body[..8]);
            let len = body.len() - 8 - tag;
            self.cipher.open(&nonce, &aad(len), &body[8..])?
        };
        Some((ctype, plain))
    }

    fn open_cbc(&self, mac: Hash, body: &[u8], aad: impl Fn(usize) -> Vec<u8>) -> Option<Vec<u8>> {
        let ml = mac.output_len();
        if self.etm {
            // IV || ciphertext || MAC(seq, header, IV || ciphertext)
            let enc_len = body.len().checked_sub(ml)?;
            let (enc, tag) = body.split_at(enc_len);
            if mac.hmac(&self.mac_key, &[&aad(enc_len), enc]) != tag {
                return None;
            }
            if enc.len() < 32 {
                return None;
            }
            let mut p = self.cipher.cbc(&enc[..16], &enc[16..])?;
            let pad = usize::from(*p.last()?);
            let keep = p.len().checked_sub(pad + 1)?;
            p.truncate(keep);
            return Some(p);
        }
        if body.len() < 32 {
            return None;
        }
        let p = self.cipher.cbc(&body[..16], &body[16..])?;
        let pad = usize::from(*p.last()?);
        let content_len = p.len().checked_sub(pad + 1 + ml)?;
        if p[p.len() - 1 - pad..]
            .iter()
            .any(|b| usize::from(*b) != pad)
        {
            return None;
        }
        let (content, rest) = p.split_at(content_len);
        if mac.hmac(&self.mac_key, &[&aad(content_len), content]) != rest[..ml] {
            return None;
        }
        Some(content.to_vec())
    }
}

// ---------------------------------------------------------------- QUIC header protection

/// A header-protection key (RFC 9001 5.4).
#[derive(Debug)]
pub enum HeaderKey {
    Aes128(Box<aes::Aes128>),
    Aes256(Box<aes::Aes256>),
    ChaCha(Vec<u8>),
}

impl HeaderKey {
    pub fn new(bulk: Bulk, key: &[u8]) -> Option<HeaderKey> {
        Some(match bulk {
            Bulk::Aes128Gcm | Bulk::Aes128Ccm | Bulk::Aes128Ccm8 => {
                HeaderKey::Aes128(Box::new(KeyInit::new_from_slice(key).ok()?))
            }
            Bulk::Aes256Gcm => HeaderKey::Aes256(Box::new(KeyInit::new_from_slice(key).ok()?)),
            Bulk::ChaCha20Poly1305 if key.len() == 32 => HeaderKey::ChaCha(key.to_vec()),
            _ => return None,
        })
    }

    /// The five mask bytes for a 16-byte sample.
    pub fn mask(&self, sample: &[u8]) -> Option<[u8; 5]> {
        use aes::cipher::BlockCipherEncrypt;
        let sample: [u8; 16] = sample.get(..16)?.try_into().ok()?;
        let mut out = [0u8; 5];
        match self {
            HeaderKey::Aes128(c) => {
                let mut b = aes::Block::from(sample);
                c.encrypt_block(&mut b);
                out.copy_from_slice(&b[..5]);
            }
            HeaderKey::Aes256(c) => {
                let mut b = aes::Block::from(sample);
                c.encrypt_block(&mut b);
                out.copy_from_slice(&b[..5]);
            }
            HeaderKey::ChaCha(key) => {
                use chacha20::cipher::{KeyIvInit, StreamCipher, StreamCipherSeek};
                let counter = u32::from_le_bytes([sample[0], sample[1], sample[2], sample[3]]);
                let mut c = chacha20::ChaCha20::new_from_slices(key, &sample[4..16]).ok()?;
                c.try_seek(u64::from(counter) * 64).ok()?;
                c.apply_keystream(&mut out);
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    /// RFC 9001 appendix A: the client's initial keys for DCID
    /// 0x8394c8f03e515708.
    #[test]
    fn quic_initial_keys_from_rfc_9001() {
        let salt = hex("38762cf7f55934b34d179ae6a4c80cadccbb7f0a");
        let initial = extract_sha256(&salt, &hex("8394c8f03e515708"));
        assert_eq!(
            initial,
            hex("7db5df06e7a69e432496adedb00851923595221596ae2ae9fb8115c1e9ed0a44")
        );
        let client = expand_label(Hash::Sha256, &initial, b"client in", 32).unwrap();
        assert_eq!(
            client,
            hex("c00cf151ca5be075ed0ebfb5c80323c42d6b7db67881289af4008f1f6c357aea")
        );
        let key = expand_label(Hash::Sha256, &client, b"quic key", 16).unwrap();
        assert_eq!(key, hex("1f369613dd76d5467730efcbe3b1a22d"));
        let iv = expand_label(Hash::Sha256, &client, b"quic iv", 12).unwrap();
        assert_eq!(iv, hex("fa044b2f42a3fd3b46fb255c"));
        let hp = expand_label(Hash::Sha256, &client, b"quic hp", 16).unwrap();
        assert_eq!(hp, hex("9f50449e04a0e810283a1e9933adedd2"));
        // A.2: the header protection mask of the sample.
        let mask = HeaderKey::new(Bulk::Aes128Gcm, &hp)
            .unwrap()
            .mask(&hex("d1b1c98dd7689fb8ec11d242b123dc9b"))
            .unwrap();
        assert_eq!(mask.to_vec(), hex("437b9aec36"));
    }

    /// RFC 9001 A.5: ChaCha20 header protection.
    #[test]
    fn chacha20_header_mask_from_rfc_9001() {
        let hp = hex("25a282b9e82f06f21f488917a4fc8f1b73573685608597d0efcb076b0ab7a7a4");
        let mask = HeaderKey::new(Bulk::ChaCha20Poly1305, &hp)
            .unwrap()
            .mask(&hex("5e5cd55c41f69080575d7999c25a5bfb"))
            .unwrap();
        assert_eq!(mask.to_vec(), hex("aefefe7d03"));
    }

    #[test]
    fn prf_of_tls_1_2_matches_a_known_vector() {
        // The widely used P_SHA256 test vector (IETF TLS WG mailing list).
        let out = prf12(
            Hash::Sha256,
            &hex("9bbe436ba940f017b17652849a71db35"),
            b"test label",
            &hex("a0ba9f936cda311827a6f796ffd5198c"),
            100,
        );
        assert_eq!(&out[..16], &hex("e3f229ba727be17b8d122620557cd453")[..]);
    }

    #[test]
    fn wrong_keys_and_short_records_give_none() {
        let s = suite(0x1301).unwrap();
        let mut k = RecordKeys::tls13(s, &[7; 32]).unwrap();
        assert!(k.open(23, 0x0303, &[0; 40]).is_none());
        assert!(k.open(23, 0x0303, &[]).is_none());
        let s = suite(0xc023).unwrap();
        let (mut c, _) = RecordKeys::tls12(s, &[1; 48], &[2; 32], &[3; 32], false).unwrap();
        assert!(c.open(23, 0x0303, &[0; 64]).is_none());
        assert!(c.open(23, 0x0303, &[0; 15]).is_none());
    }
}
