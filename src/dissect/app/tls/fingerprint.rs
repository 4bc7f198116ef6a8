//! Client and server fingerprints: JA3/JA3S (Salesforce, as tshark
//! computes them) and JA4 (FoxIO).

use super::*;

// Written into one string each, not a `format!` per number: a hello
// lists dozens of ciphers and extensions, and this ran on every one.
pub(super) fn hex_join<T: std::fmt::Display>(v: impl IntoIterator<Item = T>) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    for (i, x) in v.into_iter().enumerate() {
        if i > 0 {
            s.push('-');
        }
        let _ = write!(s, "{x}");
    }
    s
}

/// `bytes` in lowercase hex, appended to `s`.
fn push_hex(s: &mut String, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for b in bytes {
        s.push(char::from(HEX[usize::from(b >> 4)]));
        s.push(char::from(HEX[usize::from(b & 15)]));
    }
}

pub(super) fn md5_hex(s: &str) -> String {
    let mut out = String::with_capacity(32);
    push_hex(&mut out, &Md5::digest(s.as_bytes()));
    out
}

/// The first 12 hex digits of the SHA-256 of `s` (JA4's hashes).
fn sha256_12(s: &str) -> String {
    let mut out = String::with_capacity(12);
    push_hex(&mut out, &Sha256::digest(s.as_bytes())[..6]);
    out
}

/// JA3 full string: `version,ciphers,extensions,groups,point_formats`,
/// decimal, `-`-joined, GREASE left out (as tshark and the JA3 reference).
pub(super) fn ja3_full(version: u16, ciphers: &[u16], x: &Exts) -> String {
    let ng = |v: &&u16| !is_grease(**v);
    format!(
        "{},{},{},{},{}",
        version,
        hex_join(ciphers.iter().filter(ng)),
        hex_join(x.types.iter().filter(ng)),
        hex_join(x.groups.iter().filter(ng)),
        hex_join(x.point_formats.iter()),
    )
}

/// JA4 (TLS over TCP) per the FoxIO specification.
pub(super) fn ja4(legacy_version: u16, ciphers: &[u16], x: &Exts) -> String {
    let version = x
        .versions
        .iter()
        .copied()
        .filter(|v| !is_grease(*v))
        .max()
        .unwrap_or(legacy_version);
    let v = match version {
        0x0304 => "13",
        0x0303 => "12",
        0x0302 => "11",
        0x0301 => "10",
        0x0300 => "s3",
        0x0002 => "s2",
        0xfeff => "d1",
        0xfefd => "d2",
        0xfefc => "d3",
        _ => "00",
    };
    let mut cs: Vec<u16> = ciphers.iter().copied().filter(|c| !is_grease(*c)).collect();
    let mut es: Vec<u16> = x.types.iter().copied().filter(|e| !is_grease(*e)).collect();
    let alpn = match x.alpn_first.as_deref() {
        Some([]) | None => "00".to_string(),
        Some(p) => {
            let (f, la) = (p[0], p[p.len() - 1]);
            if f.is_ascii_alphanumeric() && la.is_ascii_alphanumeric() {
                format!("{}{}", f as char, la as char)
            } else {
                let hf = format!("{f:02x}");
                let hl = format!("{la:02x}");
                format!("{}{}", &hf[..1], &hl[1..])
            }
        }
    };
    let a = format!(
        "t{v}{}{:02}{:02}{alpn}",
        if x.sni { 'd' } else { 'i' },
        cs.len().min(99),
        es.len().min(99)
    );
    cs.sort_unstable();
    es.retain(|e| *e != 0 && *e != 16);
    es.sort_unstable();
    let hexes = |v: &[u16]| {
        let mut s = String::with_capacity(v.len() * 5);
        for (i, x) in v.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            push_hex(&mut s, &x.to_be_bytes());
        }
        s
    };
    let b = if cs.is_empty() {
        "000000000000".to_string()
    } else {
        sha256_12(&hexes(&cs))
    };
    let c = if es.is_empty() {
        "000000000000".to_string()
    } else {
        let mut s = hexes(&es);
        if !x.sig_algs.is_empty() {
            s.push('_');
            s.push_str(&hexes(&x.sig_algs));
        }
        sha256_12(&s)
    };
    format!("{a}_{b}_{c}")
}
