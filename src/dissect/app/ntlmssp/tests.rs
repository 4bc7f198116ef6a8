//! NTLMSSP as tshark 4.0 shows it (crafted bytes).

use super::*;

fn layers(b: &[u8]) -> Vec<Layer<'_>> {
    let mut out = Vec::new();
    dissect(b, 0, b.len(), &mut out);
    out
}

fn utf16(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// A descriptor: length, maxlen, offset.
fn desc(len: usize, off: usize) -> Vec<u8> {
    let mut d = (len as u16).to_le_bytes().to_vec();
    d.extend_from_slice(&(len as u16).to_le_bytes());
    d.extend_from_slice(&(off as u32).to_le_bytes());
    d
}

fn header(kind: u32) -> Vec<u8> {
    let mut b = SIGNATURE.to_vec();
    b.extend_from_slice(&kind.to_le_bytes());
    b
}

const VERSION: [u8; 8] = [10, 0, 0x61, 0x4a, 0, 0, 0, 15];

fn negotiate_msg() -> Vec<u8> {
    let mut b = header(1);
    b.extend_from_slice(&0xe208_8297u32.to_le_bytes());
    b.extend(desc(0, 0));
    b.extend(desc(0, 0));
    b.extend_from_slice(&VERSION);
    b
}

/// A CHALLENGE with target name "DOM" and target info (NetBIOS domain,
/// timestamp, end).
fn challenge_msg() -> Vec<u8> {
    let name = utf16("DOM");
    let mut info = 2u16.to_le_bytes().to_vec();
    info.extend_from_slice(&(name.len() as u16).to_le_bytes());
    info.extend_from_slice(&name);
    info.extend_from_slice(&7u16.to_le_bytes());
    info.extend_from_slice(&8u16.to_le_bytes());
    info.extend_from_slice(&130_000_000_000_000_000u64.to_le_bytes());
    info.extend_from_slice(&[0, 0, 0, 0]);
    let mut b = header(2);
    b.extend(desc(name.len(), 56));
    b.extend_from_slice(&0xe289_8215u32.to_le_bytes());
    b.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8]);
    b.extend_from_slice(&[0; 8]);
    b.extend(desc(info.len(), 56 + name.len()));
    b.extend_from_slice(&VERSION);
    assert_eq!(b.len(), 56);
    b.extend(name);
    b.extend(info);
    b
}

/// An AUTHENTICATE with an NTLMv2 response, user "bob" at "DOM".
fn auth_msg() -> Vec<u8> {
    let mut ntv2 = vec![0xaa; 16];
    ntv2.extend_from_slice(&[1, 1, 0, 0, 0, 0, 0, 0]);
    ntv2.extend_from_slice(&130_000_000_000_000_000u64.to_le_bytes());
    ntv2.extend_from_slice(&[0xcc; 8]);
    ntv2.extend_from_slice(&[0; 4]);
    ntv2.extend_from_slice(&[6, 0, 4, 0, 2, 0, 0, 0]); // flags
    ntv2.extend_from_slice(&[0, 0, 0, 0]); // end
    ntv2.extend_from_slice(&[0; 4]); // padding
    let (dom, user, host) = (utf16("DOM"), utf16("bob"), Vec::<u8>::new());
    let data = 88;
    let lm = vec![0u8; 24];
    let mut off = data;
    let mut b = header(3);
    for len in [lm.len(), ntv2.len(), dom.len(), user.len()] {
        b.extend(desc(len, off));
        off += len;
    }
    b.extend(desc(host.len(), off));
    b.extend(desc(16, off));
    b.extend_from_slice(&0xe288_8215u32.to_le_bytes());
    b.extend_from_slice(&VERSION);
    b.extend_from_slice(&[0x11; 16]); // MIC
    assert_eq!(b.len(), data);
    for part in [lm, ntv2, dom, user, vec![0x55; 16]] {
        b.extend(part);
    }
    b
}

#[test]
fn negotiate() {
    let b = negotiate_msg();
    let out = layers(&b);
    let l = &out[0];
    assert_eq!(l.get_str(f::ntlmssp::IDENTIFIER), Some("NTLMSSP"));
    assert_eq!(l.get_uint(f::ntlmssp::MESSAGETYPE), Some(1));
    assert_eq!(l.get_uint(f::ntlmssp::NEGOTIATEFLAGS), Some(0xe208_8297));
    assert!(l.flag(f::ntlmssp::NEGOTIATE56));
    assert!(!l.flag(f::ntlmssp::NEGOTIATESEAL));
    assert_eq!(l.get_str(f::ntlmssp::NEGOTIATE_DOMAIN), Some("NULL"));
    assert!(!l.has(f::ntlmssp::STRING_LENGTH));
    assert_eq!(l.get_uint(f::ntlmssp::VERSION_BUILD_NUMBER), Some(0x4a61));
    assert_eq!(
        l.get_uint(f::ntlmssp::VERSION_NTLM_CURRENT_REVISION),
        Some(15)
    );
    assert!(l.anomalies.is_empty());
}

#[test]
fn challenge() {
    let b = challenge_msg();
    let out = layers(&b);
    let l = &out[0];
    assert_eq!(l.get_str(f::ntlmssp::CHALLENGE_TARGET_NAME), Some("DOM"));
    assert_eq!(l.get_uint(f::ntlmssp::STRING_OFFSET), Some(56));
    assert_eq!(
        l.get(f::ntlmssp::NTLMSERVERCHALLENGE),
        Some(&Value::Bytes(Cow::Borrowed(&[1, 2, 3, 4, 5, 6, 7, 8][..])))
    );
    assert_eq!(
        l.get_str(f::ntlmssp::CHALLENGE_TARGET_INFO_NB_DOMAIN_NAME),
        Some("DOM")
    );
    assert_eq!(
        l.all(f::ntlmssp::CHALLENGE_TARGET_INFO_ITEM_TYPE).count(),
        3
    );
    // 130_000_000_000_000_000 ticks: 2012-12-13T18:13:20Z.
    assert_eq!(
        l.get(f::ntlmssp::CHALLENGE_TARGET_INFO_TIMESTAMP),
        Some(&Value::Time(Timestamp::new(1_355_526_400, 0)))
    );
    assert!(l.has(f::ntlmssp::VERSION));
    assert!(l.anomalies.is_empty());
}

#[test]
fn authenticate_ntlmv2() {
    let b = auth_msg();
    let out = layers(&b);
    let l = &out[0];
    assert!(l.has(f::ntlmssp::NTLMCLIENTCHALLENGE));
    assert_eq!(l.all(f::ntlmssp::BLOB_LENGTH).count(), 3);
    assert_eq!(l.get_uint(f::ntlmssp::NTLMV2_RESPONSE_RVERSION), Some(1));
    assert_eq!(
        l.get(f::ntlmssp::NTLMV2_RESPONSE_CHAL),
        Some(&Value::Bytes(Cow::Borrowed(&[0xcc; 8][..])))
    );
    assert_eq!(l.get_uint(f::ntlmssp::NTLMV2_RESPONSE_FLAGS), Some(2));
    assert_eq!(l.all(f::ntlmssp::NTLMV2_RESPONSE_Z).count(), 2);
    assert!(l.has(f::ntlmssp::NTLMV2_RESPONSE_PAD));
    assert_eq!(l.get_str(f::ntlmssp::AUTH_DOMAIN), Some("DOM"));
    assert_eq!(l.get_str(f::ntlmssp::AUTH_USERNAME), Some("bob"));
    assert_eq!(l.get_str(f::ntlmssp::AUTH_HOSTNAME), Some("NULL"));
    assert!(l.has(f::ntlmssp::AUTH_SESSKEY));
    assert!(l.has(f::ntlmssp::VERSION));
    assert_eq!(
        l.get(f::ntlmssp::AUTHENTICATE_MIC),
        Some(&Value::Bytes(Cow::Borrowed(&[0x11; 16][..])))
    );
    assert!(l.anomalies.is_empty());
}

#[test]
fn verifier_layer() {
    let mic = [1, 0, 0, 0, 9, 9, 9, 9, 9, 9, 9, 9, 0, 0, 0, 0];
    let mut out = Vec::new();
    verifier(&mic, 10, &mut out);
    assert_eq!(out[0].get_uint(f::ntlmssp::VERF_VERS), Some(1));
    assert_eq!(out[0].span, 10..26);
}

#[test]
fn cut_short_or_lying_never_panics() {
    for b in [negotiate_msg(), challenge_msg(), auth_msg()] {
        for n in 0..=b.len() {
            let out = layers(&b[..n]);
            assert_eq!(out.len(), 1);
        }
        // Every byte of the descriptors set to 0xff: offsets and lengths
        // past the message.
        for i in 12..b.len().min(88) {
            let mut c = b.clone();
            c[i] = 0xff;
            layers(&c);
        }
    }
    // A string that points past the message is an exception.
    let mut b = challenge_msg();
    b[16] = 0xff;
    let out = layers(&b);
    assert!(!out[0].anomalies.is_empty());
    assert!(!out[0].has(f::ntlmssp::CHALLENGE_TARGET_NAME));
}
