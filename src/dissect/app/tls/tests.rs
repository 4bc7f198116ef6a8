use super::*;
use crate::source::FrameSource;
use crate::source::file::FileSource;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

fn unhex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// TCP payload of pcapplusplus/SSL-ClientHello1.pcap, frame 1
/// (`tshark -r SSL-ClientHello1.pcap -T fields -e tcp.payload`):
/// one record, one ClientHello, SNI www.google.com.
const CLIENT_HELLO: &str = "16030100b7010000b303033e7b4a3efdf77a8878eb8c7d4033e053580eb00eb7\
    8f688a1871a8e562f2f7f5000016c02bc02fc00ac009c013c01400330039002f0035000a01000074000000\
    13001100000e7777772e676f6f676c652e636f6dff01000100000a00080006001700180019000b00020100\
    002300003374000000100017001502683208737064792f332e3108687474702f312e310005000501000000\
    00000d001600140401050106010201040305030603020304020202";

/// TCP payload of pcapplusplus/ssl-malformed1.pcap, frame 1: a TLS 1.1
/// ClientHello whose server_name extension is 1 byte long (tshark stops
/// there: "No more room for vector of length 2", [Malformed Packet]).
const MALFORMED_SNI: &str = "16030100b4010000b0030251a91820c5e11bd04287eb7311ab99d9bc3563a2\
    d47e3e60f68e8855938a5f11000044c014c00ac022c02100390038c00fc0050035c012c008c01cc01b0016\
    0013c00dc003000ac013c009c01fc01e00330032c00ec004002fc011c007c00cc0020005000400ff010000\
    4300000001010000fffcfc6562352e736563757265696e7465726e657462616e6b2e636f6d000b00020100\
    000a0008000600190018001700230000000f00010133740000";

fn run(chunks: &[&[u8]], dir: Dir) -> Vec<Message> {
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    let mut off = 0u64;
    for c in chunks {
        d.feed(dir, off, c, &mut out);
        off += c.len() as u64;
    }
    out
}

fn strs<'a>(l: &'a Layer, name: &'static crate::dissect::field::FieldDef) -> Vec<&'a str> {
    l.fields
        .iter()
        .filter(|f| std::ptr::eq(f.def, name))
        .filter_map(|f| match &f.value {
            Value::Str(s) => Some(s.as_ref()),
            _ => None,
        })
        .collect()
}

fn uints(l: &Layer, name: &'static crate::dissect::field::FieldDef) -> Vec<u64> {
    l.fields
        .iter()
        .filter(|f| std::ptr::eq(f.def, name))
        .filter_map(|f| match f.value {
            Value::UInt(v) => Some(v),
            _ => None,
        })
        .collect()
}

#[test]
fn probe_guesses() {
    let ch = unhex(CLIENT_HELLO);
    assert_eq!(probe(&ch), Probe::Certain);
    assert_eq!(probe(&ch[..3]), Probe::Unsure);
    assert_eq!(probe(&[23, 3, 3, 0, 10]), Probe::Unsure);
    assert_eq!(probe(b"GET / HTTP/1.1\r\n"), Probe::NotForUs);
    assert_eq!(probe(&[22, 3, 3, 0xff, 0xff]), Probe::NotForUs); // longer than 2^14+2048
    assert_eq!(probe(&[22, 3, 5, 0, 4]), Probe::NotForUs);
    assert_eq!(probe(&[]), Probe::NotForUs);
    // SSLv2 ClientHello (zeek/tls/ssl-v2.pcap frame 4 starts 80 2e 01 00 02).
    assert_eq!(
        probe(&[0x80, 0x2e, 0x01, 0x00, 0x02, 0x00, 0x15]),
        Probe::Unsure
    );
}

#[test]
fn names() {
    assert_eq!(cipher_suite_name(0x1301), Some("TLS_AES_128_GCM_SHA256"));
    assert_eq!(
        cipher_suite_name(0x1303),
        Some("TLS_CHACHA20_POLY1305_SHA256")
    );
    assert_eq!(
        cipher_suite_name(0xc02f),
        Some("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")
    );
    assert_eq!(cipher_suite_name(0x3a3a), Some("Reserved (GREASE)"));
    assert_eq!(
        extension_name(16),
        Some("application_layer_protocol_negotiation")
    );
    assert_eq!(extension_name(0xfafa), Some("Reserved (GREASE)"));
    assert_eq!(extension_name(0x1234), None);
    assert_eq!(handshake_type_name(2), Some("Server Hello"));
    assert_eq!(alert_description_name(40), Some("handshake_failure"));
    assert_eq!(version_name(0x0303), Some("TLS 1.2"));
    assert_eq!(version_name(0x7f1c), Some("TLS 1.3 (draft)"));
    assert!(is_grease(0x0a0a) && is_grease(0xfafa) && !is_grease(0x0a1a));
}

#[test]
fn client_hello_fields_and_fingerprints() {
    let out = run(&[&unhex(CLIENT_HELLO)], Dir::Client);
    assert_eq!(out.len(), 1);
    let l = &out[0].layer;
    assert_eq!(out[0].stream_offset, 0);
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(l.osi, Osi::Presentation);
    assert_eq!(l.protocol, "tls");
    assert_eq!(l.span, 0..188);
    assert_eq!(l.get_uint(f::tls::RECORD_CONTENT_TYPE), Some(22));
    assert_eq!(l.get_uint(f::tls::RECORD_VERSION), Some(0x0301));
    assert_eq!(l.get_uint(f::tls::RECORD_LENGTH), Some(183));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_TYPE), Some(1));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_LENGTH), Some(179));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_VERSION), Some(0x0303));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_CIPHER_SUITES_LENGTH), Some(22));
    assert_eq!(uints(l, f::tls::HANDSHAKE_CIPHERSUITE).len(), 11);
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSION_TYPE),
        [0, 65281, 10, 11, 35, 13172, 16, 5, 13]
    );
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_GROUP),
        [23, 24, 25]
    );
    assert_eq!(uints(l, f::tls::HANDSHAKE_SIG_HASH_ALG).len(), 10);
    // tshark 4.0.17: extensions_server_name www.google.com,
    // extensions_alpn_str h2,spdy/3.1,http/1.1
    assert_eq!(
        strs(l, f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME),
        ["www.google.com"]
    );
    assert_eq!(
        strs(l, f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR),
        ["h2", "spdy/3.1", "http/1.1"]
    );
    // tshark 4.0.17 -e tls.handshake.ja3_full -e tls.handshake.ja3:
    assert_eq!(
        l.get_str(f::tls::HANDSHAKE_JA3_FULL),
        Some(
            "771,49195-49199-49162-49161-49171-49172-51-57-47-53-10,\
             0-65281-10-11-35-13172-16-5-13,23-24-25,0"
        )
    );
    assert_eq!(
        l.get_str(f::tls::HANDSHAKE_JA3),
        Some("07b4162d4db57554961824a21c4a0fde")
    );
    // JA4 per the FoxIO spec from tshark's fields (this tshark has no
    // ja4): version 0x0303, SNI, 11 ciphers, 9 extensions, ALPN h2.
    assert_eq!(
        l.get_str(f::tls::HANDSHAKE_JA4),
        Some("t12d1109h2_43e74fd21232_fed6c16fddd0")
    );
    assert_eq!(
        summary(l),
        "Client Hello SNI=www.google.com ALPN=h2,spdy/3.1,http/1.1"
    );
    assert_eq!(session_phase(l), Some("ClientHello"));
}

#[test]
fn ja4_spec_example() {
    // The JA4 specification's worked example (Chrome, TLS 1.3).
    let x = Exts {
        types: vec![
            0x001b, 0x0000, 0x0033, 0x0010, 0x4469, 0x0017, 0x002d, 0x000d, 0x0005, 0x0023, 0x0012,
            0x002b, 0xff01, 0x000b, 0x000a, 0x0015,
        ],
        sig_algs: vec![
            0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601,
        ],
        versions: vec![0x2a2a, 0x0304, 0x0303],
        alpn_first: Some(b"h2".to_vec()),
        sni: true,
        ..Exts::default()
    };
    let ciphers = [
        0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc013, 0xc014,
        0x009c, 0x009d, 0x002f, 0x0035,
    ];
    assert_eq!(
        ja4(0x0303, &ciphers, &x),
        "t13d1516h2_8daaf6152771_e5627efa2ab1"
    );
    // No signature algorithms: no trailing underscore (spec: 6d807ffa2a79).
    let x = Exts {
        sig_algs: vec![],
        ..x
    };
    assert_eq!(
        ja4(0x0303, &ciphers, &x),
        "t13d1516h2_8daaf6152771_6d807ffa2a79"
    );
    // Non-alphanumeric ALPN ends: first hex digit of the first byte,
    // last hex digit of the last byte.
    let x = Exts {
        alpn_first: Some(vec![0xab, b'x', 0x01]),
        ..Exts::default()
    };
    assert_eq!(&ja4(0x0301, &[], &x)[..10], "t10i0000a1");
}

#[test]
fn split_at_every_byte_gives_the_same_layers() {
    let ch = unhex(CLIENT_HELLO);
    let whole = run(&[&ch], Dir::Client);
    for cut in 0..=ch.len() {
        let parts = run(&[&ch[..cut], &ch[cut..]], Dir::Client);
        assert_eq!(parts.len(), 1, "cut at {cut}");
        assert_eq!(parts[0].layer, whole[0].layer, "cut at {cut}");
        assert_eq!(parts[0].stream_offset, 0);
    }
    let bytes: Vec<&[u8]> = ch.chunks(1).collect();
    let one = run(&bytes, Dir::Client);
    assert_eq!(one[0].layer, whole[0].layer);
}

/// CCS, alert and application data records in one feed after a hello.
fn several() -> Vec<u8> {
    let mut b = unhex(CLIENT_HELLO);
    b.extend([20, 3, 3, 0, 1, 1]); // ChangeCipherSpec
    b.extend([22, 3, 3, 0, 8, 0x4f, 1, 2, 3, 4, 5, 6, 7]); // encrypted Finished
    b.extend([23, 3, 3, 0, 4, 9, 9, 9, 9]); // application data
    b.extend([21, 3, 3, 0, 2, 2, 40]); // alert (before any CCS it is clear)
    b
}

#[test]
fn several_records_in_one_feed() {
    let b = several();
    let out = run(&[&b], Dir::Client);
    let types: Vec<_> = out
        .iter()
        .map(|m| m.layer.get_uint(f::tls::RECORD_CONTENT_TYPE).unwrap())
        .collect();
    assert_eq!(types, [22, 20, 22, 23, 21]);
    let offs: Vec<_> = out.iter().map(|m| m.stream_offset).collect();
    assert_eq!(offs, [0, 188, 194, 207, 216]);
    assert_eq!(summary(&out[1].layer), "Change Cipher Spec");
    assert_eq!(summary(&out[2].layer), "Encrypted Handshake Message");
    assert_eq!(session_phase(&out[2].layer), Some("Finished"));
    assert!(out[2].layer.anomalies.is_empty());
    assert_eq!(summary(&out[3].layer), "Application Data 4 bytes");
    assert_eq!(
        session_phase(&out[3].layer),
        Some("established (encrypted)")
    );
    // After this side's CCS the alert is encrypted.
    assert_eq!(summary(&out[4].layer), "Encrypted Alert");
    for cut in 0..=b.len() {
        let parts = run(&[&b[..cut], &b[cut..]], Dir::Client);
        assert_eq!(parts.len(), out.len(), "cut at {cut}");
        for (p, o) in parts.iter().zip(&out) {
            assert_eq!(p.layer, o.layer, "cut at {cut}");
            assert_eq!(p.stream_offset, o.stream_offset);
        }
    }
}

#[test]
fn alerts_in_clear() {
    let out = run(
        &[&[21, 3, 3, 0, 2, 2, 40], &[21, 3, 3, 0, 2, 1, 0]],
        Dir::Server,
    );
    assert_eq!(summary(&out[0].layer), "Alert fatal handshake_failure");
    assert_eq!(session_phase(&out[0].layer), Some("alert"));
    assert_eq!(out[1].layer.get_uint(f::tls::ALERT_MESSAGE_LEVEL), Some(1));
    // tshark's Alert Message item, one per alert record.
    assert!(
        out.iter()
            .all(|m| m.layer.all(f::tls::ALERT_MESSAGE).count() == 1)
    );
    assert_eq!(session_phase(&out[1].layer), Some("close_notify"));
}

#[test]
fn handshake_message_over_several_records() {
    // The ClientHello's handshake message cut into records of 50 bytes.
    let ch = unhex(CLIENT_HELLO);
    let msg = &ch[5..];
    let mut b = Vec::new();
    for piece in msg.chunks(50) {
        b.extend([22, 3, 1, 0, piece.len() as u8]);
        b.extend(piece);
    }
    let out = run(&[&b], Dir::Client);
    assert_eq!(out.len(), 4);
    for m in &out[..3] {
        assert_eq!(
            m.layer.get_uint(f::tls::OSIDUMP_HANDSHAKE_FRAGMENT_LEN),
            Some(50)
        );
        assert_eq!(summary(&m.layer), "Handshake fragment 50 bytes");
    }
    let whole = run(&[&ch], Dir::Client);
    let last = &out[3].layer;
    assert_eq!(out[3].stream_offset, 165);
    assert_eq!(
        last.get_str(f::tls::HANDSHAKE_JA3),
        whole[0].layer.get_str(f::tls::HANDSHAKE_JA3)
    );
    // tshark's items: one for each piece, and on the last record one
    // for its piece and one for the reassembled message.
    let handshakes = |l: &Layer<'_>| l.all(f::tls::HANDSHAKE).count();
    for m in &out[..3] {
        assert_eq!(handshakes(&m.layer), 1);
    }
    assert_eq!(handshakes(last), 2);
    assert_eq!(handshakes(&whole[0].layer), 1);
    // Before the message, the list of its pieces: one item, a frame for
    // each of the four pieces, their count.
    assert_eq!(last.get_uint(f::tls::HANDSHAKE_FRAGMENT_COUNT), Some(4));
    assert_eq!(last.all(f::tls::HANDSHAKE_FRAGMENT).count(), 4);
    assert_eq!(
        last.fields[5 + 6..],
        whole[0].layer.fields[4..],
        "same handshake fields after the record header, the handshake items and the pieces"
    );
}

#[test]
fn bad_extension_is_flagged_and_the_rest_shown() {
    // CLIENT_HELLO with the supported_groups list length set to 7 (odd,
    // and one more than the extension holds).
    let mut ch = unhex(CLIENT_HELLO);
    let at = ch
        .windows(6)
        .position(|w| w == [0x00, 0x0a, 0x00, 0x08, 0x00, 0x06])
        .unwrap();
    ch[at + 5] = 7;
    let out = run(&[&ch], Dir::Client);
    let l = &out[0].layer;
    assert_eq!(l.anomalies.len(), 1, "{:?}", l.anomalies);
    assert_eq!(l.anomalies[0].kind, crate::dissect::AnomalyKind::Malformed);
    assert_eq!(
        l.anomalies[0].reason,
        "extension supported_groups (10): needs 7 bytes, 6 left"
    );
    // Every extension is still listed and decoded.
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSION_TYPE),
        [0, 65281, 10, 11, 35, 13172, 16, 5, 13]
    );
    assert_eq!(
        strs(l, f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME),
        ["www.google.com"]
    );
    assert_eq!(strs(l, f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR).len(), 3);
    assert_eq!(uints(l, f::tls::HANDSHAKE_SIG_HASH_ALG).len(), 10);
    assert!(l.get_str(f::tls::HANDSHAKE_JA3).is_some());
}

#[test]
fn overrunning_extension_ends_the_walk() {
    // ssl-malformed1.pcap: the server_name extension says 1 byte, and the
    // next header then says 65532 bytes. tshark: "No more room for vector
    // of length 2", [Malformed Packet], no JA3.
    let out = run(&[&unhex(MALFORMED_SNI)], Dir::Client);
    let l = &out[0].layer;
    let reasons: Vec<_> = l.anomalies.iter().map(|a| a.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "extension server_name (0): No more room for vector of length 2",
            "extension server_name (0) says 65532 bytes, 58 left in the extensions block",
        ]
    );
    assert_eq!(uints(l, f::tls::HANDSHAKE_EXTENSION_TYPE), [0, 0]);
    // tshark's item for the vector (ssl_add_vector), Error/Malformed.
    assert!(l.has(f::tls::MALFORMED_BUFFER_TOO_SMALL));
    assert_eq!(
        l.get_str(crate::dissect::expert::fields::ws::EXPERT_MESSAGE),
        Some("No more room for vector of length 2")
    );
    assert_eq!(uints(l, f::tls::HANDSHAKE_CIPHERSUITE).len(), 34);
    assert_eq!(l.get_str(f::tls::HANDSHAKE_JA3), None);
    // The renderers add the anomalies after the summary.
    assert_eq!(summary(l), "Client Hello");
}

#[test]
fn every_prefix_and_garbage_never_panics() {
    let ch = unhex(CLIENT_HELLO);
    // Prefixes of the stream.
    for n in 0..=ch.len() {
        let _ = run(&[&ch[..n]], Dir::Client);
    }
    // Prefixes of the ClientHello body, each as a complete message.
    let body = &ch[9..];
    for n in 0..=body.len() {
        let mut b = vec![22, 3, 1, 0, 0, 1, 0, 0, n as u8];
        b[3..5].copy_from_slice(&((n + 4) as u16).to_be_bytes());
        b.extend(&body[..n]);
        let out = run(&[&b], Dir::Client);
        assert_eq!(out.len(), 1);
        let _ = summary(&out[0].layer);
    }
    // Same for the ServerHello and Certificate parsers, and pseudo-random
    // bytes in every content type.
    let mut seed = 0x1234_5678u32;
    let mut rnd = || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    for round in 0..3000 {
        let len = (rnd() % 300) as usize;
        let mut body: Vec<u8> = (0..len).map(|_| rnd() as u8).collect();
        let ctype = 20 + (round % 5) as u8;
        if ctype == 22 && len >= 4 {
            body[0] = [1, 2, 11, 4, 12][round % 5];
            let hl = (len - 4) as u32;
            body[1..4].copy_from_slice(&hl.to_be_bytes()[1..]);
        }
        let mut b = vec![ctype, 3, (round % 5) as u8, 0, 0];
        b[3..5].copy_from_slice(&(len as u16).to_be_bytes());
        b.extend(&body);
        for dir in [Dir::Client, Dir::Server] {
            for m in run(&[&b], dir) {
                let _ = summary(&m.layer);
                let _ = session_phase(&m.layer);
            }
        }
        let raw: Vec<u8> = (0..len).map(|_| rnd() as u8).collect();
        let _ = probe(&raw);
        let _ = run(&[&raw, &b], Dir::Server);
    }
}

#[test]
fn four_printable_bytes_are_refused_even_first() {
    // tshark's dissect_ssl returns 0 for anything starting with four
    // printable characters (an SSH banner on port 443): data, not TLS.
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    d.set_frame(1);
    d.feed(Dir::Client, 0, b"SSH-2.0-OpenSSH_8.9\r\n", &mut out);
    assert!(out.is_empty());
    assert!(d.refused(Dir::Client));
    // Four bytes only: not refused (tshark needs more than four).
    let mut d = TlsDecoder::new();
    d.set_frame(1);
    d.feed(Dir::Client, 0, b"SSH-", &mut out);
    assert!(!d.refused(Dir::Client));
}

#[test]
fn a_refused_segment_goes_to_what_the_heuristics_find() {
    // Plain HTTP on port 443 (Suricata-verify's lua-transform-10): TLS
    // refuses the request, TCP's heuristics find HTTP, which keeps the
    // conversation from that segment on.
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    d.set_frame(1);
    d.feed(
        Dir::Client,
        0,
        b"GET / HTTP/1.1\r\nHost: h\r\n\r\n",
        &mut out,
    );
    assert!(out.is_empty());
    assert!(!d.refused(Dir::Client));
    let next = d.take_successor().expect("HTTP takes it");
    assert_eq!(next.from, 0);
    assert_eq!(next.decoder.protocol(), "http");
    // Wrapped as TCP makes it, the request is HTTP's.
    let mut w = new_stream();
    w.set_frame(1);
    w.feed(
        Dir::Client,
        0,
        b"GET / HTTP/1.1\r\nHost: h\r\n\r\n",
        &mut out,
    );
    assert_eq!(w.protocol(), "http");
    assert_eq!(out.last().map(|m| m.layer.protocol), Some("http"));
}

#[test]
fn garbage_is_reported_once_then_resynchronised() {
    // Each feed a segment of its own, as the reassembler hands them.
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    d.set_frame(1);
    d.feed(Dir::Client, 0, b"\x00\x01t tls at all", &mut out);
    // The rest of that segment is taken with it.
    d.feed(Dir::Client, 14, b"still not", &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].layer.anomalies.len(), 1);
    let ch = unhex(CLIENT_HELLO);
    d.set_frame(2);
    d.feed(Dir::Client, 23, &ch, &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].stream_offset, 23);
    assert!(out[1].layer.anomalies.is_empty());
    // A gap mid-record drops the record and resumes at the next header.
    d.set_frame(3);
    d.feed(Dir::Client, 211, &ch[..100], &mut out);
    d.gap(Dir::Client, 50);
    d.set_frame(4);
    d.feed(Dir::Client, 361, &ch[150..], &mut out);
    d.set_frame(5);
    d.feed(Dir::Client, 399, &ch, &mut out);
    assert_eq!(out.len(), 3);
    assert_eq!(out[2].stream_offset, 399);
}

#[test]
fn oversized_record_is_malformed() {
    let out = run(&[&[22, 3, 3, 0x48, 0x01, 1, 0, 0]], Dir::Client);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].layer.anomalies.len(), 1);
}

#[test]
fn handshake_over_the_cap_is_flagged() {
    let out = run(&[&[22, 3, 3, 0, 4, 11, 0x10, 0, 0]], Dir::Server);
    assert_eq!(out[0].layer.anomalies.len(), 1);
    assert!(out[0].layer.anomalies[0].reason.contains("cap"));
}

/// pcapplusplus/tls.pcap frame 31, first two records: a TLS 1.3
/// ServerHello (tshark: ja3s_full 771,4865,51-43, key_share group 29,
/// supported_version 0x0304) and the compatibility ChangeCipherSpec.
const SERVER_HELLO_13: &str = "160303007a02000076030347ee8ee8eeb3a227c3f2e64f87e81c17775ed151f9\
    0e81fb0edc9dd98136f6b420e78fbce5405eaa88e12ae7056a65ac340482d8541834fe7b5f978fda618276d7\
    130100002e00330024001d0020988e1b0f7b6329fc7896e2636c3e625896a31a1c56363eb16205c263572662\
    10002b00020304140303000101";

#[test]
fn tls13_server_hello_and_encrypted_handshake() {
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, &unhex(CLIENT_HELLO), &mut out);
    let sh = unhex(SERVER_HELLO_13);
    d.feed(Dir::Server, 0, &sh, &mut out);
    assert_eq!(out.len(), 3);
    let l = &out[1].layer;
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_VERSION), Some(0x0303));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_CIPHERSUITE), Some(0x1301));
    assert_eq!(
        l.get_uint(f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP),
        Some(29)
    );
    assert_eq!(
        l.get_uint(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION),
        Some(0x0304)
    );
    assert_eq!(
        l.get_str(f::tls::HANDSHAKE_JA3S_FULL),
        Some("771,4865,51-43")
    );
    assert_eq!(
        l.get_str(f::tls::HANDSHAKE_JA3S),
        Some("eb1d94daa7e0344597e756a1fb6e7054")
    );
    assert_eq!(summary(l), "Server Hello TLS 1.3 TLS_AES_128_GCM_SHA256");
    assert_eq!(session_phase(l), Some("ServerHello"));
    // Its record says TLS 1.2; the version it chose names the Protocol
    // column (tshark: `TLSv1.3` on a frame whose last record it is).
    assert_eq!(l.get_uint(f::tls::RECORD_VERSION), Some(0x0303));
    assert_eq!(column(l), "TLSv1.3");
    assert_eq!(out[2].stream_offset, 127);
    assert_eq!(summary(&out[2].layer), "Change Cipher Spec");
    // Any handshake record after a TLS 1.3 ServerHello is encrypted, in
    // both directions; the client's compatibility CCS changes nothing.
    d.feed(Dir::Server, 133, &[22, 3, 3, 0, 4, 8, 0, 0, 0], &mut out);
    d.feed(Dir::Client, 188, &[20, 3, 3, 0, 1, 1], &mut out);
    d.feed(Dir::Client, 194, &[22, 3, 3, 0, 4, 20, 0, 0, 0], &mut out);
    assert_eq!(summary(&out[3].layer), "Encrypted Handshake Message");
    assert_eq!(summary(&out[5].layer), "Encrypted Handshake Message");
}

#[test]
fn key_exchange_messages_read_by_the_chosen_suite() {
    // (suite, version) as a ServerHello would have set them.
    let run = |suite: Option<u16>, version: u16, t: u8, body: &[u8]| {
        let d = TlsDecoder {
            cipher: suite,
            version: Some(version),
            ..TlsDecoder::default()
        };
        let mut l = Layer::new(Osi::Application, "tls", 0..0);
        if t == 12 {
            d.server_key_exchange(body, &mut l);
        } else {
            d.client_key_exchange(body, &mut l);
        }
        let fields: Vec<(&'static str, String)> = l
            .fields
            .iter()
            .map(|f| (f.name(), f.value.to_string()))
            .collect();
        (fields, l.anomalies.len())
    };
    fn names(f: &[(&'static str, String)]) -> Vec<&'static str> {
        f.iter().map(|(n, _)| *n).collect()
    }
    // ECDHE_ECDSA (pcapplusplus/tls.pcap frame 15 shape): curve_type 3,
    // secp256r1, 65-byte point, ecdsa_secp256r1_sha256, 71-byte signature.
    let mut ec = vec![3, 0, 23, 65];
    ec.extend([4; 65]);
    ec.extend([4, 3, 0, 71]);
    ec.extend([0x30; 71]);
    let (f, bad) = run(Some(0xc02b), 0x0303, 12, &ec);
    assert_eq!(
        names(&f),
        [
            "tls.handshake.server_curve_type",
            "tls.handshake.server_named_curve",
            "tls.handshake.server_point_len",
            "tls.handshake.server_point",
            "tls.handshake.sig_hash_alg",
            "tls.handshake.sig_hash_hash",
            "tls.handshake.sig_hash_sig",
            "tls.handshake.sig_len",
            "tls.handshake.sig",
        ]
    );
    assert_eq!((f[1].1.as_str(), f[7].1.as_str(), bad), ("23", "71", 0));
    // The same in TLS 1.0 (signature<2> only): no algorithm.
    let mut ec10 = ec[..69].to_vec();
    ec10.extend([0, 71]);
    ec10.extend([0x30; 71]);
    let (f, _) = run(Some(0xc00a), 0x0301, 12, &ec10);
    assert!(!names(&f).contains(&"tls.handshake.sig_hash_alg"));
    assert!(names(&f).contains(&"tls.handshake.sig"));
    // DHE_RSA: p, g, Ys, then rsa_pkcs1_sha512 and a 256-byte signature.
    let mut dh = vec![0, 4, 1, 2, 3, 4, 0, 1, 2, 0, 4, 5, 6, 7, 8];
    dh.extend([6, 1, 1, 0]);
    dh.extend([9; 256]);
    let (f, _) = run(Some(0x009f), 0x0303, 12, &dh);
    assert_eq!(
        &names(&f)[..6],
        [
            "tls.handshake.p_len",
            "tls.handshake.p",
            "tls.handshake.g_len",
            "tls.handshake.g",
            "tls.handshake.ys_len",
            "tls.handshake.ys"
        ]
    );
    assert!(f.contains(&("tls.handshake.sig_hash_alg", "1537".to_string())));
    // No ServerHello seen, or a suite of no known key exchange: nothing,
    // as tshark (it does not guess).
    assert!(run(None, 0x0303, 12, &ec).0.is_empty());
    assert!(run(Some(0x1301), 0x0304, 12, &ec).0.is_empty());
    // A signature cut short: its length, flagged, no panic.
    let (f, bad) = run(Some(0xc02b), 0x0303, 12, &ec[..80]);
    assert_eq!(names(&f).last(), Some(&"tls.handshake.sig_len"));
    assert_eq!(bad, 1);
    assert_eq!(run(Some(0xc02b), 0x0303, 12, &[]).1, 1);
    // ClientKeyExchange: an EC point; an RSA-encrypted secret with its
    // length, and without it in SSL 3.0.
    let mut point = vec![65];
    point.extend([4; 65]);
    let (f, _) = run(Some(0xc02f), 0x0303, 16, &point);
    assert_eq!(
        names(&f),
        [
            "tls.handshake.client_point_len",
            "tls.handshake.client_point"
        ]
    );
    let mut epms = vec![0, 128];
    epms.extend([7; 128]);
    let (f, _) = run(Some(0x002f), 0x0303, 16, &epms);
    assert_eq!(names(&f), ["tls.handshake.epms_len", "tls.handshake.epms"]);
    let (f, _) = run(Some(0x002f), 0x0300, 16, &epms[2..]);
    assert_eq!(names(&f), ["tls.handshake.epms"]);
}

#[test]
fn hello_retry_request_keeps_the_second_client_hello_clear() {
    let mut sh = unhex(SERVER_HELLO_13);
    sh.truncate(127);
    sh[11..43].copy_from_slice(&HRR_RANDOM);
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    d.feed(Dir::Server, 0, &sh, &mut out);
    assert_eq!(
        out[0].layer.get(f::tls::OSIDUMP_HELLO_RETRY_REQUEST),
        Some(&Value::Bool(true))
    );
    assert_eq!(session_phase(&out[0].layer), Some("HelloRetryRequest"));
    // tshark's Info column says "Hello Retry Request".
    assert_eq!(summary(&out[0].layer), "Hello Retry Request");
    // The client's compatibility CCS, then its second ClientHello.
    d.feed(Dir::Client, 0, &[20, 3, 3, 0, 1, 1], &mut out);
    d.feed(Dir::Client, 6, &unhex(CLIENT_HELLO), &mut out);
    assert_eq!(
        out[2].layer.get_str(f::tls::HANDSHAKE_JA3),
        Some("07b4162d4db57554961824a21c4a0fde")
    );
}

#[test]
fn sslv2_hello() {
    // zeek/tls/ssl-v2.pcap frame 4 (tshark: SSLv2 Client Hello, record
    // length 46, version 0x0002), cut to its header and first specs.
    let mut b = vec![
        0x80, 0x2e, 0x01, 0x00, 0x02, 0x00, 0x15, 0x00, 0x00, 0x00, 0x10,
    ];
    b.extend([0u8; 46 - 9]);
    let out = run(&[&b], Dir::Client);
    assert_eq!(out.len(), 1);
    let l = &out[0].layer;
    assert_eq!(l.get_uint(f::tls::RECORD_LENGTH), Some(46));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_VERSION), Some(2));
    assert_eq!(summary(l), "SSLv2 Client Hello");
    assert_eq!(session_phase(l), Some("ClientHello"));
    // tshark: cipher spec length 21, session id length 0, challenge 16.
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_CIPHER_SPEC_LEN), Some(21));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_SESSION_ID_LENGTH), Some(0));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_CHALLENGE_LENGTH), Some(16));
    // Frame 9: an encrypted record (the client's third) shows its
    // version alone, no length nor padding (dissect_ssl2_record).
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, &b, &mut out);
    let mut off = b.len() as u64;
    for _ in 0..2 {
        let mut e = vec![0x00, 0x28, 0x07];
        e.extend([0x5a; 40]);
        d.feed(Dir::Client, off, &e, &mut out);
        off += e.len() as u64;
    }
    let l = &out.last().unwrap().layer;
    assert_eq!(l.get_uint(f::tls::RECORD_VERSION), Some(2));
    assert!(l.get(f::tls::RECORD_LENGTH).is_none());
    assert!(l.get(f::tls::RECORD_PADDING_LENGTH).is_none());
}

#[test]
fn sslv2_client_master_key() {
    // As zeek/tls/ssl-v2.pcap frame 8 (tshark: cipher spec 0x0700c0, clear
    // key 0, encrypted key 256, key argument 8), with a shorter key: the
    // Client Hello first, then the Client Master Key.
    let mut hello = vec![
        0x80, 0x2e, 0x01, 0x00, 0x02, 0x00, 0x15, 0x00, 0x00, 0x00, 0x10,
    ];
    hello.extend([0u8; 46 - 9]);
    let mut cmk = vec![
        0x80, 0x16, 0x02, 0x07, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x04, 0x00, 0x08,
    ];
    cmk.extend([0xee; 4]);
    cmk.extend([0x11; 8]);
    let out = run(&[&hello, &cmk], Dir::Client);
    let l = &out.last().unwrap().layer;
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_TYPE), Some(2));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_CIPHERSPEC), Some(0x0700c0));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_CLEAR_KEY_LENGTH), Some(0));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_ENCRYPTED_KEY_LENGTH), Some(4));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_KEY_ARG_LENGTH), Some(8));
    // No clear key data: no item for it (tshark adds one only when its
    // length is not 0).
    assert!(!l.has(f::tls::HANDSHAKE_CLEAR_KEY_DATA));
    assert!(l.has(f::tls::HANDSHAKE_ENCRYPTED_KEY));
    assert!(l.has(f::tls::HANDSHAKE_KEY_ARG));
}

// ------------------------------------------------------------ corpus

fn corpus() -> Option<PathBuf> {
    std::env::var_os("OSIDUMP_CORPUS").map(PathBuf::from)
}

/// One decoded record: (frame number, connection index, direction, layer).
type Rec = (u64, usize, Dir, Layer<'static>);

#[derive(Default)]
struct DirSeq {
    next: Option<u32>,
    off: u64,
    pending: BTreeMap<u32, Vec<u8>>,
}

/// A minimal capture walk: Ethernet or Linux cooked, IPv4 or IPv6, TCP;
/// one TlsDecoder per connection, out-of-order segments held back,
/// retransmissions dropped, holes reported as gaps at the end of a flow.
fn decode_capture(path: &std::path::Path) -> Vec<Rec> {
    decode_capture_chunked(path, usize::MAX)
}

/// As [`decode_capture`], feeding each segment's bytes in pieces of at
/// most `chunk` bytes.
fn decode_capture_chunked(path: &std::path::Path, chunk: usize) -> Vec<Rec> {
    let mut src = FileSource::open(path).unwrap();
    let mut conns: HashMap<([u8; 16], u16, [u8; 16], u16), usize> = HashMap::new();
    let mut state: Vec<(TlsDecoder, [DirSeq; 2])> = Vec::new();
    let mut recs = Vec::new();
    while let Some(f) = src.next_frame().unwrap() {
        let d = f.data;
        let (etype, l3) = match f.linktype {
            1 if d.len() >= 14 => (be16(d, 12), 14),
            113 if d.len() >= 16 => (be16(d, 14), 16),
            276 if d.len() >= 20 => (be16(d, 0), 20),
            _ => continue,
        };
        let ip = &d[l3..];
        let (src_a, dst_a, proto, l4, end) = match etype {
            0x0800 if ip.len() >= 20 => {
                let ihl = usize::from(ip[0] & 15) * 4;
                let mut s = [0; 16];
                let mut t = [0; 16];
                s[..4].copy_from_slice(&ip[12..16]);
                t[..4].copy_from_slice(&ip[16..20]);
                (s, t, ip[9], ihl, usize::from(be16(ip, 2)).min(ip.len()))
            }
            0x86dd if ip.len() >= 40 => {
                let s: [u8; 16] = ip[8..24].try_into().unwrap();
                let t: [u8; 16] = ip[24..40].try_into().unwrap();
                (
                    s,
                    t,
                    ip[6],
                    40,
                    (40 + usize::from(be16(ip, 4))).min(ip.len()),
                )
            }
            _ => continue,
        };
        if proto != 6 || end < l4 + 20 {
            continue;
        }
        let tcp = &ip[l4..end];
        let (sport, dport) = (be16(tcp, 0), be16(tcp, 2));
        let seq = u32::from_be_bytes(tcp[4..8].try_into().unwrap());
        let flags = tcp[13];
        let payload = &tcp[(usize::from(tcp[12] >> 4) * 4).min(tcp.len())..];
        let fwd = (src_a, sport, dst_a, dport);
        let rev = (dst_a, dport, src_a, sport);
        let (ci, dir) = if let Some(&i) = conns.get(&fwd) {
            (i, Dir::Client)
        } else if let Some(&i) = conns.get(&rev) {
            (i, Dir::Server)
        } else {
            // A SYN+ACK's sender is the server.
            let key = if flags & 0x12 == 0x12 { rev } else { fwd };
            conns.insert(key, state.len());
            state.push((TlsDecoder::new(), Default::default()));
            (
                state.len() - 1,
                if key == fwd { Dir::Client } else { Dir::Server },
            )
        };
        let (dec, seqs) = &mut state[ci];
        let s = &mut seqs[dir.index()];
        if flags & 0x02 != 0 {
            s.next = Some(seq.wrapping_add(1));
            continue;
        }
        if payload.is_empty() {
            continue;
        }
        let next = *s.next.get_or_insert(seq);
        s.pending
            .entry(seq.wrapping_sub(next))
            .or_insert_with(|| payload.to_vec());
        let mut out = Vec::new();
        // Feed whatever is now contiguous.
        loop {
            let next = s.next.unwrap();
            let Some((&rel, _)) = s.pending.iter().next() else {
                break;
            };
            if rel > u32::MAX / 2 {
                // Starts before `next`: keep only the new tail.
                let data = s.pending.remove(&rel).unwrap();
                let behind = rel.wrapping_neg() as usize;
                if behind < data.len() {
                    s.pending.insert(0, data[behind..].to_vec());
                }
                continue;
            }
            if rel != 0 {
                break;
            }
            let data = s.pending.remove(&0).unwrap();
            for piece in data.chunks(chunk.min(data.len()).max(1)) {
                dec.feed(dir, s.off, piece, &mut out);
                s.off += piece.len() as u64;
            }
            let n = next.wrapping_add(data.len() as u32);
            s.next = Some(n);
            s.pending = std::mem::take(&mut s.pending)
                .into_iter()
                .map(|(k, v)| (k.wrapping_sub(data.len() as u32), v))
                .collect();
        }
        for m in out {
            recs.push((f.number, ci, dir, m.layer));
        }
    }
    recs
}

fn all(recs: &[Rec], name: &'static crate::dissect::field::FieldDef) -> Vec<String> {
    recs.iter()
        .flat_map(|r| strs(&r.3, name).into_iter().map(str::to_string))
        .collect()
}

#[test]
fn corpus_fingerprints_match_tshark() {
    let Some(dir) = corpus() else { return };
    // (file, ja3 in order, ja3s in order, SNI in order), from tshark 4.0.17:
    // tshark -r F -Y tls.handshake.type==1 -T fields -e tls.handshake.ja3
    // tshark -r F -Y tls.handshake.type==2 -T fields -e tls.handshake.ja3s
    // tshark -r F -Y tls.handshake.type==1 -T fields -e tls.handshake.extensions_server_name
    let cases: &[(&str, &str, &str, &str)] = &[
        ("pcapplusplus/SSL-AlertEnc.pcap", "", "", ""),
        (
            "pcapplusplus/SSL-ClientHello1.pcap",
            "07b4162d4db57554961824a21c4a0fde",
            "",
            "www.google.com",
        ),
        (
            "pcapplusplus/SSL-MultipleRecords1.pcap",
            "",
            "554786d4c84f8a7953b7e453c6371067",
            "",
        ),
        (
            "pcapplusplus/SSL-MultipleRecords3.pcap",
            "",
            "bf9a3b00719e94f792bc75dd62c89b9c",
            "",
        ),
        ("pcapplusplus/SSL-NewSessionTicket.pcap", "", "", ""),
        (
            "pcapplusplus/SSL-PartialCertificate1.pcap",
            "",
            "ab1e32eeaf70ee94c0af00f08d126891",
            "",
        ),
        (
            "pcapplusplus/tls.pcap",
            "2aef69b4ba1938c3a400de4188743185 8fbbd0f3c1f089979b04b8f8f1b21d41 a75de44db3e351bbd8d38b64c41f444e",
            "6b96cf9c27b0223177b0e9f135fe4899 2d1eb5817ece335c24904f516ad5da12 eb1d94daa7e0344597e756a1fb6e7054",
            "bawmashbij ssl.gstatic.com www.gstatic.com",
        ),
        (
            "pcapplusplus/tls1_3.pcap",
            "a66e498c488aa0523759691248cdfb01 aa7744226c695c0b2e440419848cf700",
            "15af977ce25de452b96affa2addb1036 eb1d94daa7e0344597e756a1fb6e7054",
            "dogfish www.google.com",
        ),
        (
            "pcapplusplus/tls_grease.pcap",
            "b32309a26951912be7dba376398abc3b",
            "",
            "secure.adnxs.com",
        ),
        (
            "pcapplusplus/tls_server_hello.pcap",
            "",
            "eca9b8f0f3eae50309eaf901cb822d9b",
            "",
        ),
        (
            "pcapplusplus/tls_zero_size_ext.pcap",
            "36d715579d31b7f031149c4560b5914f",
            "",
            "nv-homescout-intg.nvhomescout-transfer.com",
        ),
        (
            "zeek/tls/CVE-2015-3194.pcap",
            "c369db2c355ad05c76f5660af3179b01",
            "f6e234011390444c303f74d09d87322d",
            "",
        ),
        (
            "zeek/tls/chrome-1250-tls-x25519-kyber.pcap",
            "9d33d8206d4fec4c8b1423c728f4cd3c",
            "eb1d94daa7e0344597e756a1fb6e7054",
            "lh3.google.com",
        ),
        (
            "zeek/tls/client-certificate.pcap",
            "579ccef312d18482fc42e2b822ca2430",
            "d154fcfa5bb4f0748e1dd1992c681104",
            "certauth.idrix.fr",
        ),
        (
            "zeek/tls/heartbleed.pcap",
            "0fbff214b79f536d55d3d39fb31f4d8d",
            "a95ca7eab4d47d051a5cd4fb7b6005dc",
            "",
        ),
        // HelloRetryRequest, then the real ServerHello, which tshark only
        // finds with -o tcp.reassemble_out_of_order:TRUE (frame 11).
        (
            "zeek/tls/hrr.pcap",
            "0f14b679807628ec7f9c02cada3ee941 0f14b679807628ec7f9c02cada3ee941",
            "15af977ce25de452b96affa2addb1036 907bf3ecef1c987c889946b737b43de8",
            "",
        ),
        (
            "zeek/tls/openjdk-25.0.2-zeek.org.pcap",
            "bddb16608b241c89053080cf80771423",
            "15af977ce25de452b96affa2addb1036",
            "zeek.org",
        ),
        ("zeek/tls/ssl-v2.pcap", "", "", ""),
        (
            "zeek/tls/tls-1.2-handshake-failure.pcap",
            "62bd27c43a9a4d7fcbc45d8c9e7e04dd",
            "",
            "",
        ),
        (
            "zeek/tls/tls-conn-with-extensions.pcap",
            "62351d5ea3cd4f21f697965b10a9bbbe",
            "e07f21892995126f4b539c02215c8456",
            "ssl.gstatic.com",
        ),
        (
            "zeek/tls/tls-early-alert.pcap",
            "07b4162d4db57554961824a21c4a0fde",
            "389ed42c02ebecc32e73aa31def07e14",
            "jeffbryner.com",
        ),
        (
            "zeek/tls/tls1.2.pcap",
            "bd9c99b3a0f752c3ab8b052a79e9de3e",
            "c253ec3ad88e42f8da4032682892f9a0",
            "",
        ),
        (
            "zeek/tls/tls13-ech.pcap",
            "2fcbf8655473005933c5869b2b5d8044 fa58f5ffd45a2d590a1677134966dc64",
            "f4febc55ea12b31ae17cfb7e614afda8 f4febc55ea12b31ae17cfb7e614afda8",
            "cloudflare-ech.com cloudflare-ech.com",
        ),
        (
            "zeek/tls/tls1_1.pcap",
            "5eb6e1fe80f696450a62a48bb3d6a965",
            "b5237e0430ad71aac52aa90b6627cb5f",
            "",
        ),
    ];
    for (file, ja3, ja3s, sni) in cases {
        let recs = decode_capture(&dir.join(file));
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(all(&recs, f::tls::HANDSHAKE_JA3), words(ja3), "{file}");
        assert_eq!(all(&recs, f::tls::HANDSHAKE_JA3S), words(ja3s), "{file}");
        assert_eq!(
            all(&recs, f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME),
            words(sni),
            "{file}"
        );
        for (frame, _, _, l) in &recs {
            if *file == "zeek/tls/heartbleed.pcap" && *frame == 19 {
                // The attack itself; tshark: "Invalid payload heartbeat length".
                assert_eq!(
                    l.anomalies[0].reason,
                    "heartbeat payload length 16365 exceeds the 16349 bytes \
                     the record leaves for it"
                );
                continue;
            }
            assert!(
                l.anomalies.is_empty(),
                "{file} frame {frame}: {:?}",
                l.anomalies
            );
        }
    }
}

#[test]
fn corpus_details_match_tshark() {
    let Some(dir) = corpus() else { return };
    // tshark -r pcapplusplus/tls.pcap -Y tls.handshake.type==11 -T fields
    //   -e x509sat.uTF8String -e x509sat.printableString -e x509af.utcTime
    // frame 15: *.google.com issued by Google Internet Authority G2,
    // valid 2014-12-10 11:33:37 (UTC) .. 2015-03-10 00:00:00 (UTC).
    let recs = decode_capture(&dir.join("pcapplusplus/tls.pcap"));
    let cert = recs
        .iter()
        .find(|r| r.0 == 15 && r.3.get_uint(f::tls::HANDSHAKE_TYPE) == Some(11))
        .map(|r| &r.3)
        .unwrap();
    assert_eq!(
        cert.get_str(f::tls::OSIDUMP_CERT_SUBJECT_CN),
        Some("*.google.com")
    );
    assert_eq!(
        cert.get_str(f::tls::OSIDUMP_CERT_ISSUER_CN),
        Some("Google Internet Authority G2")
    );
    assert_eq!(
        cert.get(f::tls::OSIDUMP_CERT_NOT_BEFORE),
        Some(&Value::Time(Timestamp::new(1_418_211_217, 0)))
    );
    assert_eq!(
        cert.get(f::tls::OSIDUMP_CERT_NOT_AFTER),
        Some(&Value::Time(Timestamp::new(1_425_945_600, 0)))
    );
    assert_eq!(uints(cert, f::tls::HANDSHAKE_CERTIFICATE_LENGTH).len(), 3);
    // tshark's Info column for the TLS 1.3 connection (frames 29-40):
    // Client Hello; Server Hello, Change Cipher Spec; Application Data...
    let c2: Vec<String> = recs
        .iter()
        .filter(|r| r.0 >= 29)
        .map(|r| summary(&r.3))
        .collect();
    assert_eq!(
        c2[..4],
        [
            "Client Hello SNI=www.gstatic.com ALPN=h2,http/1.1",
            "Server Hello TLS 1.3 TLS_AES_128_GCM_SHA256",
            "Change Cipher Spec",
            // Still the handshake (EncryptedExtensions..Finished) under
            // encryption: tshark says "Application Data", we say which.
            "Application Data 2545 bytes (encrypted handshake)",
        ]
    );
    // Chrome 125's JA4, from the FoxIO spec applied to tshark's fields.
    let recs = decode_capture(&dir.join("zeek/tls/chrome-1250-tls-x25519-kyber.pcap"));
    assert_eq!(
        recs[0].3.get_str(f::tls::HANDSHAKE_JA4),
        Some("t13d1516h2_8daaf6152771_02713d6af862")
    );
    // tshark: frame 6 "Alert (Level: Warning, Description: Unrecognized
    // Name), Server Hello"; frame 10: www.jeffbryner.com by Go Daddy.
    let recs = decode_capture(&dir.join("zeek/tls/tls-early-alert.pcap"));
    let s: Vec<String> = recs.iter().map(|r| summary(&r.3)).collect();
    assert_eq!(s[1], "Alert warning unrecognized_name");
    let cert = recs
        .iter()
        .find(|r| r.3.get_uint(f::tls::HANDSHAKE_TYPE) == Some(11))
        .map(|r| &r.3)
        .unwrap();
    assert_eq!(
        strs(cert, f::tls::OSIDUMP_CERT_SUBJECT_CN)[0],
        "www.jeffbryner.com"
    );
    assert_eq!(
        strs(cert, f::tls::OSIDUMP_CERT_ISSUER_CN)[0],
        "Go Daddy Secure Certification Authority"
    );
    // tshark 4.0 ja4 is missing; the others are checked against the
    // FoxIO algorithm run over tshark's fields.
    let recs = decode_capture(&dir.join("pcapplusplus/tls_grease.pcap"));
    assert_eq!(
        recs[0].3.get_str(f::tls::HANDSHAKE_JA4),
        Some("t13d1515h2_8daaf6152771_de4a06bb82e3")
    );
}

#[test]
fn corpus_rechunked_gives_the_same_layers() {
    let Some(dir) = corpus() else { return };
    // Every capture fed whole per segment, and again in pieces of 1, 7
    // and 536 bytes: hellos, certificates and records spanning pieces
    // must give the same layers at the same stream offsets.
    for file in [
        "pcapplusplus/tls.pcap",
        "pcapplusplus/SSL-MultipleRecords3.pcap",
        "pcapplusplus/tls_grease.pcap",
        "zeek/tls/chrome-1250-tls-x25519-kyber.pcap",
        "zeek/tls/hrr.pcap",
        "zeek/tls/ssl-v2.pcap",
        "zeek/tls/tls-early-alert.pcap",
    ] {
        let whole = decode_capture(&dir.join(file));
        for chunk in [1, 7, 536] {
            let parts = decode_capture_chunked(&dir.join(file), chunk);
            assert_eq!(parts.len(), whole.len(), "{file} in {chunk}-byte pieces");
            for (p, w) in parts.iter().zip(&whole) {
                assert_eq!(p.3, w.3, "{file} in {chunk}-byte pieces");
            }
        }
    }
}

#[test]
fn shown_version_follows_packet_tls_c() {
    let mut d = TlsDecoder::new();
    // A ClientHello is not authoritative: shown under its record's version,
    // it sets nothing (tshark: TLSv1 for a TLS 1.3 client's first flight).
    assert_eq!(d.shown_version(22, 0x0301, Some(1)), 0x0301);
    assert_eq!(d.version, None);
    // A ServerHello record sets the connection's version from its record
    // (shown TLSv1.2 when it is alone in its frame) ...
    assert_eq!(d.shown_version(22, 0x0303, Some(2)), 0x0303);
    assert_eq!(d.version, Some(0x0303));
    // ... then its supported_versions, for every record after it.
    let mut l = Layer::new(Osi::Presentation, "tls", 0..0);
    l.uint(f::tls::HANDSHAKE_TYPE, 2u8);
    l.uint(f::tls::HANDSHAKE_VERSION, 0x0303u16);
    l.uint(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION, 0x0304u16);
    d.learn_version(&l);
    assert_eq!(d.shown_version(20, 0x0303, Some(1)), 0x0304);
    assert_eq!(d.shown_version(23, 0x0303, Some(0x17)), 0x0304);

    // Before any ServerHello, a ChangeCipherSpec or Alert is authoritative;
    // an unknown record version sets nothing.
    let mut d = TlsDecoder::new();
    assert_eq!(d.shown_version(22, 0x9999, Some(2)), 0x9999);
    assert_eq!(d.version, None);
    assert_eq!(d.shown_version(21, 0x0302, Some(2)), 0x0302);
    assert_eq!(d.version, Some(0x0302));

    // A ClientHello offering early data (extension 42) is TLS 1.3.
    let mut d = TlsDecoder::new();
    let mut l = Layer::new(Osi::Presentation, "tls", 0..0);
    l.uint(f::tls::HANDSHAKE_TYPE, 1u8);
    l.uint(f::tls::HANDSHAKE_EXTENSION_TYPE, 42u16);
    d.learn_version(&l);
    assert_eq!(d.version, Some(0x0304));
}

/// The items and lengths tshark adds around a ClientHello's lists
/// (packet-tls-utils.c: one FT_NONE item per list, each vector's length,
/// the random split into time and bytes before TLS 1.3 is known).
#[test]
fn client_hello_list_items_lengths_and_random_parts() {
    let out = run(&[&unhex(CLIENT_HELLO)], Dir::Client);
    let l = &out[0].layer;
    let count = |def| l.all(def).count();
    assert_eq!(count(f::tls::RECORD), 1);
    assert_eq!(count(f::tls::HANDSHAKE), 1);
    assert_eq!(count(f::tls::HANDSHAKE_CIPHERSUITES), 1);
    assert_eq!(count(f::tls::HANDSHAKE_COMP_METHODS), 1);
    assert_eq!(
        l.get(f::tls::HANDSHAKE_RANDOM_TIME),
        Some(&Value::Time(crate::source::Timestamp {
            secs: 0x3e7b_4a3e,
            nanos: 0
        }))
    );
    match l.get(f::tls::HANDSHAKE_RANDOM_BYTES) {
        Some(Value::Bytes(b)) => assert_eq!(b.len(), 28),
        other => panic!("random_bytes: {other:?}"),
    }
    assert_eq!(uints(l, f::tls::HANDSHAKE_SIG_HASH_ALG_LEN), [20]);
    assert_eq!(count(f::tls::HANDSHAKE_SIG_HASH_ALGS), 1);
    let algs = uints(l, f::tls::HANDSHAKE_SIG_HASH_ALG);
    let hash: Vec<u64> = algs.iter().map(|a| a >> 8).collect();
    let sig: Vec<u64> = algs.iter().map(|a| a & 0xff).collect();
    assert_eq!(uints(l, f::tls::HANDSHAKE_SIG_HASH_HASH), hash);
    assert_eq!(uints(l, f::tls::HANDSHAKE_SIG_HASH_SIG), sig);
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_GROUPS_LENGTH),
        [6]
    );
    assert_eq!(count(f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_GROUPS), 1);
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME_LEN),
        ["www.google.com".len() as u64]
    );
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME_LIST_LEN),
        [3 + "www.google.com".len() as u64]
    );
    assert_eq!(uints(l, f::tls::HANDSHAKE_EXTENSIONS_SERVER_NAME_TYPE), [0]);
    // h2, spdy/3.1, http/1.1: one length byte each.
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_ALPN_STR_LEN),
        [2, 8, 8]
    );
    assert_eq!(uints(l, f::tls::HANDSHAKE_EXTENSIONS_ALPN_LEN), [21]);
    assert_eq!(uints(l, f::tls::HANDSHAKE_EXTENSIONS_RENEG_INFO_LEN), [0]);
}

/// A TLS 1.3 ServerHello (supported_versions 0x0304): tshark reads the
/// chosen version first, and a TLS 1.3 random has no time.
#[test]
fn tls13_server_hello_random_has_no_time() {
    let out = run(&[&unhex(SERVER_HELLO_13)], Dir::Server);
    let l = &out[0].layer;
    assert!(l.get(f::tls::HANDSHAKE_RANDOM).is_some());
    assert!(l.get(f::tls::HANDSHAKE_RANDOM_TIME).is_none());
    assert!(l.get(f::tls::HANDSHAKE_RANDOM_BYTES).is_none());
    assert_eq!(
        uints(
            l,
            f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_KEY_EXCHANGE_LENGTH
        ),
        [32]
    );
    assert_eq!(l.all(f::tls::HANDSHAKE).count(), 1);
    assert_eq!(scanned_version(&unhex(SERVER_HELLO_13)[9..]), 0x0304);
}

/// The certificate of samples/tls12.pcap (the repository's own capture,
/// made by scripts/make-samples.sh): its DER, from the decoded layer.
fn sample_certificate() -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/tls12.pcap");
    decode_capture(&path)
        .iter()
        .find_map(|r| match r.3.get(f::tls::HANDSHAKE_CERTIFICATE) {
            Some(Value::Bytes(b)) => Some(b.to_vec()),
            _ => None,
        })
        .expect("tls12.pcap carries a certificate")
}

#[test]
fn sample_certificate_reads_as_tshark_shows_it() {
    // tshark -r samples/tls12.pcap -Y tls.handshake.certificate -T fields
    //   -e frame.protocols -e x509if.oid -e x509sat.uTF8String
    //   -e x509af.algorithm.id -e x509ce.dNSName -e x509ce.cA
    //   -e x509ce.KeyUsage.digitalSignature -e pkcs1.namedCurve
    let der = sample_certificate();
    let mut l = Layer::new(Osi::Presentation, "tls", 0..0);
    let mut protos = Vec::new();
    x509::certificate(&der, &mut l, &mut protos).unwrap();
    assert_eq!(
        protos.join(":"),
        "x509sat:x509sat:pkcs-1:x509ce:x509ce:x509ce:x509ce"
    );
    assert_eq!(strs(&l, f::x509::X509IF_OID), ["2.5.4.3", "2.5.4.3"]);
    assert_eq!(
        strs(&l, f::x509::X509SAT_UTF8STRING),
        ["www.example.test", "www.example.test"]
    );
    assert_eq!(
        strs(&l, f::x509::X509AF_ALGORITHM_ID),
        [
            "1.2.840.10045.4.3.2",
            "1.2.840.10045.2.1",
            "1.2.840.10045.4.3.2"
        ]
    );
    assert_eq!(strs(&l, f::x509::X509CE_DNSNAME), ["www.example.test"]);
    assert_eq!(strs(&l, f::x509::PKCS1_NAMEDCURVE), ["1.2.840.10045.3.1.7"]);
    assert_eq!(l.get(f::x509::X509CE_CA), Some(&Value::Bool(true)));
}

#[test]
fn cut_or_corrupted_certificates_never_panic() {
    let der = sample_certificate();
    // Every prefix: the walk stops with a reason, never panics.
    for n in 0..der.len() {
        let mut l = Layer::new(Osi::Presentation, "tls", 0..0);
        let mut protos = Vec::new();
        assert!(
            x509::certificate(&der[..n], &mut l, &mut protos).is_err(),
            "{n}"
        );
        let _ = x509::distinguished_name(&der[..n], &mut l, &mut protos);
    }
    // Every byte replaced by a few values, and random garbage.
    let mut rng = crate::test_rng::Rng(0x509);
    for i in 0..der.len() {
        for v in [0x00, 0x80, 0xff, 0x30, der[i] ^ 0x01] {
            let mut bad = der.clone();
            bad[i] = v;
            let mut l = Layer::new(Osi::Presentation, "tls", 0..0);
            let mut protos = Vec::new();
            let _ = x509::certificate(&bad, &mut l, &mut protos);
        }
    }
    for _ in 0..2000 {
        let len = rng.below(64) as usize;
        let junk: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
        let mut l = Layer::new(Osi::Presentation, "tls", 0..0);
        let mut protos = Vec::new();
        let _ = x509::certificate(&junk, &mut l, &mut protos);
        let _ = x509::distinguished_name(&junk, &mut l, &mut protos);
    }
    // Nested deeper than a certificate: refused, no stack overflow.
    let mut deep = vec![0x05, 0x00];
    for _ in 0..10_000 {
        let n = deep.len();
        let mut outer = vec![0x30, 0x84];
        outer.extend_from_slice(&(n as u32).to_be_bytes());
        outer.extend_from_slice(&deep);
        deep = outer;
    }
    let mut l = Layer::new(Osi::Presentation, "tls", 0..0);
    assert!(x509::certificate(&deep, &mut l, &mut Vec::new()).is_err());
}

/// A certificate split over many TCP segments is decoded once whole: the
/// same fields whatever the segment size.
#[test]
fn a_certificate_over_many_segments_reads_the_same() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/tls12.pcap");
    let x509_of = |recs: Vec<Rec>| -> Vec<String> {
        recs.iter()
            .flat_map(|r| r.3.fields.iter())
            .filter(|f| f.def.protocol().starts_with("x509") || f.def.name.starts_with("pkcs1"))
            .map(|f| format!("{}={}", f.def.name, f.value))
            .collect()
    };
    let whole = x509_of(decode_capture(&path));
    assert!(whole.len() > 40, "{}", whole.len());
    for chunk in [1, 7, 100] {
        assert_eq!(
            x509_of(decode_capture_chunked(&path, chunk)),
            whole,
            "{chunk}"
        );
    }
}

/// The Info tshark writes for the layers of `out`.
fn infos(out: &[Message]) -> Vec<String> {
    let layers: Vec<Layer<'static>> = out.iter().map(|m| m.layer.clone()).collect();
    (0..layers.len())
        .map(|i| {
            let mut s = String::new();
            info(&mut s, &layers, i);
            s
        })
        .collect()
}

/// Bytes of no record: tshark 4.0 on tls2.pcap's segments past a gap shows
/// `Continuation Data` in TLS 1.3 sessions (and sessions of unknown
/// version), `Ignored Unknown Record` in TLS 1.2 ones, under the
/// session's version, with an empty `tls` item; a segment starting with
/// four printable characters is no TLS (frame 951: Protocol TCP, data).
#[test]
fn segments_past_a_gap_read_as_tshark_reads_them() {
    // 0x93: no content type, no SSLv2 hello (third byte 0xd7 > 5).
    let junk: &[u8] = &[0x93, 0xd1, 0xd7, 0xbd, 0x7a, 1, 2, 3, 4, 5];
    for (version, want, column) in [
        (Some(0x0304), "Continuation Data", "TLSv1.3"),
        (None, "Continuation Data", "SSL"),
        (Some(0x0303), "Ignored Unknown Record", "TLSv1.2"),
    ] {
        let mut d = TlsDecoder::new();
        d.version = version;
        let mut out = Vec::new();
        d.set_frame(1);
        d.gap(Dir::Server, 100);
        d.feed(Dir::Server, 100, junk, &mut out);
        assert_eq!(infos(&out), [want], "{version:?}");
        assert_eq!(column_of(&out[0].layer), column);
        assert_eq!(out[0].stream_offset, 100);
        assert_eq!(out[0].stream_end, 110);
        // An empty `tls` item; in TLS 1.0-1.2 with packet-tls.c's
        // warning `tls.ignored_unknown_record` (tls2.pcap frame 1115).
        let l = &out[0].layer;
        let ignored = version == Some(0x0303);
        assert_eq!(l.has(f::tls::IGNORED_UNKNOWN_RECORD), ignored);
        assert!(l.fields.iter().all(|f| f.name().starts_with("osidump.")
            || (ignored && f.name().starts_with("_ws.expert"))
            || (ignored && std::ptr::eq(f.def, f::tls::IGNORED_UNKNOWN_RECORD))));
        // The next segment is read on its own again; its pieces are not.
        d.set_frame(2);
        d.feed(Dir::Server, 110, junk, &mut out);
        d.feed(Dir::Server, 120, junk, &mut out);
        assert_eq!(out.len(), 2);
        // A record header: records again.
        d.set_frame(3);
        d.feed(Dir::Server, 130, &[23, 3, 3, 0, 2, 9, 9], &mut out);
        assert_eq!(infos(&out[2..]), ["Application Data"]);
        assert!(!d.holds_partial(Dir::Server));
    }
    let mut d = TlsDecoder::new();
    d.version = Some(0x0304);
    let mut out = Vec::new();
    d.set_frame(1);
    d.gap(Dir::Server, 100);
    d.feed(Dir::Server, 100, b"_$&+\xa7\xdb", &mut out);
    assert!(out.is_empty());
    assert!(d.refused(Dir::Server));
}

fn column_of(l: &Layer<'_>) -> &'static str {
    column(l)
}

/// tls2.pcap frame 1045: the gap fell inside a record whose header came
/// before it. tshark's TCP adds the bytes up to the record's end to its
/// (never completed) reassembly and hands TLS the rest: two Application
/// Data records, after TCP's `[TCP segment of a reassembled PDU]`.
#[test]
fn record_cut_by_a_gap_is_skipped_to_its_end() {
    let mut d = TlsDecoder::new();
    d.version = Some(0x0304);
    let mut out = Vec::new();
    let mut head = vec![23, 3, 3, 0, 100];
    head.extend([0u8; 20]);
    d.set_frame(1);
    d.feed(Dir::Server, 0, &head, &mut out);
    assert!(out.is_empty());
    d.gap(Dir::Server, 30);
    // Wholly inside the record (55..75 of its 105 bytes): nothing shown.
    d.set_frame(2);
    d.feed(Dir::Server, 55, &[0; 20], &mut out);
    assert!(out.is_empty());
    assert!(d.holds_partial(Dir::Server));
    // Its last 30 bytes, then two records.
    let mut seg = vec![0u8; 30];
    seg.extend([23, 3, 3, 0, 1, 7, 23, 3, 3, 0, 1, 8]);
    d.set_frame(3);
    d.feed(Dir::Server, 75, &seg, &mut out);
    assert_eq!(infos(&out), ["Application Data", "Application Data"]);
    assert_eq!(out[0].stream_offset, 105);
    assert!(d.began_in_cut_message(Dir::Server));
    d.set_frame(4);
    d.feed(Dir::Server, 117, &[23, 3, 3, 0, 1, 9], &mut out);
    assert!(!d.began_in_cut_message(Dir::Server));
    assert_eq!(out.len(), 3);
}

/// tls2.pcap frame 1398: in a TLS 1.2 session a segment past a gap starts
/// 19 47 af 55 cc: content type 25 is valid to tshark 4.0, which reads a
/// record of 0x55cc bytes and counts the following segments (frames
/// 1399-1402, past further gaps) as pieces of it.
#[test]
fn header_tshark_takes_is_followed_to_its_end() {
    let mut d = TlsDecoder::new();
    d.version = Some(0x0303);
    let mut out = Vec::new();
    d.set_frame(1);
    d.gap(Dir::Server, 100);
    d.feed(
        Dir::Server,
        100,
        &[0x19, 0x47, 0xaf, 0x55, 0xcc, 1, 2, 3],
        &mut out,
    );
    assert!(out.is_empty());
    assert!(d.holds_partial(Dir::Server));
    d.set_frame(2);
    d.gap(Dir::Server, 1000);
    d.feed(Dir::Server, 1108, &[0x93; 40], &mut out);
    assert!(out.is_empty());
    assert!(d.holds_partial(Dir::Server));
}

/// A segment that completes a record begun in an earlier one and starts
/// another it cannot finish: tshark's TCP hands TLS the reassembled record,
/// then the rest of the segment in a call of its own, which puts up a
/// `tls` item and asks for more (tls12.pcap cut to 40 bytes, frame 14:
/// `tcp:tls:tls`, Info `Server Hello`). Fewer than five bytes of that
/// record's header: TCP is asked for one more segment, read whole with
/// them (frame 15: `tcp:tls`, `[TCP segment of a reassembled PDU]`).
#[test]
fn the_rest_of_a_segment_after_a_reassembled_record_is_a_call_of_its_own() {
    let mut d = TlsDecoder::new();
    d.version = Some(0x0303);
    let mut out = Vec::new();
    let app = |len: u8, fill: u8| {
        let mut r = vec![23, 3, 3, 0, len];
        r.extend(std::iter::repeat_n(fill, usize::from(len)));
        r
    };
    let (a, b, c) = (app(20, 1), app(4, 2), app(1, 3));
    d.set_frame(1);
    d.feed(Dir::Server, 0, &a[..10], &mut out);
    assert!(out.is_empty());
    assert!(!d.wants_one_more_segment(Dir::Server));
    // The end of A, then three bytes of B's header.
    let mut seg = a[10..].to_vec();
    seg.extend(&b[..3]);
    d.set_frame(2);
    d.feed(Dir::Server, 10, &seg, &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(infos(&out[..1]), ["Application Data"]);
    let marker = &out[1];
    assert!(marker.layer.fields.is_empty());
    assert_eq!((marker.stream_offset, marker.stream_end), (25, 25));
    assert!(d.wants_one_more_segment(Dir::Server));
    // B's header completes, its body does not: nothing yet, no longer a
    // cut header.
    d.set_frame(3);
    d.feed(Dir::Server, 28, &b[3..6], &mut out);
    assert_eq!(out.len(), 2);
    assert!(d.holds_partial(Dir::Server));
    assert!(!d.wants_one_more_segment(Dir::Server));
    // The rest of B, then C whole: B was asked for with exact length, so
    // C is the rest of the segment, in a call of its own (its bytes are
    // this segment's own), and no marker follows it.
    let mut seg = b[6..].to_vec();
    seg.extend(&c);
    d.set_frame(4);
    d.feed(Dir::Server, 31, &seg, &mut out);
    assert_eq!(infos(&out[2..]), ["Application Data", "Application Data"]);
    assert_eq!((out[2].stream_offset, out[2].stream_end), (25, 34));
    assert_eq!((out[3].stream_offset, out[3].stream_end), (34, 40));
}

/// The segment TCP was asked for, read whole with the header bytes held:
/// the record they start and every record after it are one call on
/// reassembled data (tls13.pcap cut to 64 bytes, frame 16: `tcp:tls`,
/// `Change Cipher Spec, Application Data`, `tcp.reassembled.length` 65:
/// the byte held and the whole segment).
#[test]
fn a_segment_read_whole_with_a_cut_header_is_one_pdu() {
    let mut d = TlsDecoder::new();
    d.version = Some(0x0304);
    let mut out = Vec::new();
    d.set_frame(1);
    d.feed(Dir::Server, 0, &[20], &mut out);
    assert!(d.wants_one_more_segment(Dir::Server));
    // The rest of a ChangeCipherSpec, a whole record, and the start of a
    // third.
    let mut seg = vec![3, 3, 0, 1, 1];
    seg.extend([23, 3, 3, 0, 2, 9, 9]);
    seg.extend([23, 3, 3, 0, 50, 7]);
    d.set_frame(2);
    d.feed(Dir::Server, 1, &seg, &mut out);
    assert_eq!(infos(&out), ["Change Cipher Spec", "Application Data"]);
    // The first record stands for the reassembled PDU, up to the segment's
    // end; the second is inside it, not in the segment's own bytes; no
    // call of its own for the third record, so no marker.
    assert_eq!((out[0].stream_offset, out[0].stream_end), (0, 19));
    assert_eq!((out[1].stream_offset, out[1].stream_end), (13, 13));
    assert!(d.holds_partial(Dir::Server));
    assert!(!d.wants_one_more_segment(Dir::Server));
}

/// samples/tls_keylog.pcap with its key log: frame 185 completes a 16,401
/// byte Application Data record whose plaintext is the start of a longer
/// HTTP response (its last bytes come in the next record, frame 189).
/// packet-tls.c's desegment_ssl hands it to HTTP, which asks for more, and
/// sets the Info column to `[TLS segment of a reassembled PDU]` (tshark
/// 4.0: `TLSv1.3`, that text); the record completing the response shows
/// HTTP's line.
#[test]
fn a_decrypted_record_inside_a_longer_message_is_a_tls_segment() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let keys = std::fs::read(dir.join("tls_keylog.keys")).expect("key log reads");
    let mut dissector = crate::dissect::Dissector::new().with_keylog(keylog::KeyLog::parse(&keys));
    let mut source = FileSource::open(&dir.join("tls_keylog.pcap")).expect("sample opens");
    let mut columns = Vec::new();
    let mut marked = Vec::new();
    while let Some(frame) = source.next_frame().expect("sample reads") {
        let d = dissector.dissect(&frame);
        if d.layers.iter().any(|l| l.has(f::tls::OSIDUMP_PDU_SEGMENT)) {
            marked.push(columns.len() + 1);
        }
        columns.push(crate::render::line::columns(&d));
    }
    assert_eq!(marked, [185]);
    let col = |n: usize| (columns[n - 1].0.as_str(), columns[n - 1].1.as_str());
    assert_eq!(col(185), ("TLSv1.3", "[TLS segment of a reassembled PDU]"));
    assert_eq!(col(189), ("HTTP", "HTTP/1.1 200 OK  (text/plain)"));
}

/// zeek's tls1.2-late-protocol-error.pcap frame 10: after a whole record,
/// a header with a valid content type but version 0xffff and length 65281.
/// tshark 4.0's `dissect_ssl3_record` checks neither before asking TCP for
/// the length it claims, so the frame shows the first record only and
/// the later segments are pieces of that reassembly; a byte that is no
/// content type is an `Ignored Unknown Record` at once (TLS 1.2).
#[test]
fn header_with_a_valid_content_type_waits_for_its_length() {
    let alert = [21u8, 3, 3, 0, 2, 1, 0];
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    let seg = [&alert[..], &[20, 0xff, 0xff, 0xff, 0x01, 1, 2, 3]].concat();
    d.set_frame(1);
    d.feed(Dir::Client, 0, &seg, &mut out);
    assert_eq!(out.len(), 1);
    assert!(out[0].layer.anomalies.is_empty());
    assert!(d.holds_partial(Dir::Client));
    d.set_frame(2);
    d.feed(Dir::Client, seg.len() as u64, &[0x17; 100], &mut out);
    assert_eq!(out.len(), 1);

    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    let seg = [&alert[..], &[0xff, 0xff, 0xff, 0x01, 1, 2, 3]].concat();
    d.set_frame(1);
    d.feed(Dir::Client, 0, &seg, &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(
        out[1].layer.get_uint(f::tls::OSIDUMP_IGNORED_LEN),
        Some(seg.len() as u64 - alert.len() as u64)
    );
    assert!(!d.holds_partial(Dir::Client));
}

/// A record holding one ClientHello (TLS 1.2, no session id, one cipher
/// suite, null compression) with the given extension block.
fn client_hello_with(exts: &[u8]) -> Vec<u8> {
    let mut body = vec![3, 3];
    body.extend([0x11; 32]);
    body.extend([0, 0, 2, 0x13, 0x01, 1, 0]);
    body.extend((exts.len() as u16).to_be_bytes());
    body.extend(exts);
    let mut hs = vec![1, 0];
    hs.extend((body.len() as u16).to_be_bytes());
    hs.extend(body);
    let mut rec = vec![22, 3, 1];
    rec.extend((hs.len() as u16).to_be_bytes());
    rec.extend(hs);
    rec
}

#[test]
fn status_request_extensions_in_a_client_hello() {
    // SSL-ClientHello1.pcap frame 1 (tshark: type 1, responder ids 0,
    // request extensions 0).
    let out = run(&[&unhex(CLIENT_HELLO)], Dir::Client);
    let l = &out[0].layer;
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_TYPE),
        [1]
    );
    assert_eq!(
        uints(
            l,
            f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_RESPONDER_IDS_LEN
        ),
        [0]
    );
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_EXTS_LEN),
        [0]
    );
    // status_request_v2 (17): a list of two items, each type, length,
    // responder ids, extensions; the second's responder ids are not empty
    // (an expert note, as tshark leaves them undecoded).
    let ext = unhex("0011 0012 0010 02 0004 0000 0000 01 0006 0002 abcd 0000");
    let out = run(&[&client_hello_with(&ext)], Dir::Client);
    let l = &out[0].layer;
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_LIST_LEN),
        [16]
    );
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_TYPE),
        [2, 1]
    );
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_LEN),
        [4, 6]
    );
    assert_eq!(
        uints(
            l,
            f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_RESPONDER_IDS_LEN
        ),
        [0, 2]
    );
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_EXTS_LEN),
        [0, 0]
    );
    assert!(l.has(f::tls::HANDSHAKE_STATUS_REQUEST_UNDECODED));
    // A status_request cut short is malformed, not a panic.
    let out = run(&[&client_hello_with(&unhex("0005 0002 0100"))], Dir::Client);
    assert_eq!(
        uints(
            &out[0].layer,
            f::tls::HANDSHAKE_EXTENSIONS_STATUS_REQUEST_TYPE
        ),
        [1]
    );
    assert!(!out[0].layer.anomalies.is_empty());
}

/// zeek's tls-13draft19-early-data.pcap: the ClientHello's key_share
/// under its number before draft 23 (40), which tshark reads as
/// key_share, and the draft-19 ServerHello (frame 6: version 0x7f13,
/// random, cipher, extensions, with no session id nor compression method).
#[test]
fn tls13_draft_key_share_and_server_hello() {
    let ext = unhex("0028 0026 0024 001d 0020")
        .into_iter()
        .chain([7; 32])
        .collect::<Vec<_>>();
    let out = run(&[&client_hello_with(&ext)], Dir::Client);
    let l = &out[0].layer;
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_CLIENT_LENGTH),
        [36]
    );
    assert_eq!(uints(l, f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP), [29]);
    let mut body = unhex("7f13");
    body.extend([0x22; 32]);
    body.extend(unhex("1302 0028 0028 0024 001d 0020"));
    body.extend([9; 32]);
    let mut rec = unhex("16 0301");
    rec.extend(((body.len() + 4) as u16).to_be_bytes());
    rec.extend([2, 0]);
    rec.extend((body.len() as u16).to_be_bytes());
    rec.extend(&body);
    let out = run(&[&rec], Dir::Server);
    let l = &out[0].layer;
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_VERSION), Some(0x7f13));
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_CIPHERSUITE), Some(0x1302));
    assert!(l.get(f::tls::HANDSHAKE_SESSION_ID_LENGTH).is_none());
    assert!(l.get(f::tls::HANDSHAKE_COMP_METHOD).is_none());
    assert_eq!(l.get_uint(f::tls::HANDSHAKE_EXTENSIONS_LENGTH), Some(40));
    assert_eq!(uints(l, f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP), [29]);
    assert_eq!(
        l.get_str(f::tls::HANDSHAKE_JA3S_FULL),
        Some("32531,4866,40")
    );
    // Every prefix of the draft hello is read without a panic.
    for n in 0..body.len() {
        assert!(draft_server_hello(&body[..n]).is_none_or(|p| p.1 == 0x7f13));
    }
}

/// TLS a protocol handed over on STARTTLS names that protocol on its
/// application data (tshark's ssl_starttls_ack), until ALPN names another.
#[test]
fn starttls_protocol_names_the_application_data() {
    let mut d = TlsDecoder::after_starttls("PostgreSQL");
    let mut out = Vec::new();
    d.set_ports(5432, 40000);
    d.feed(Dir::Server, 0, &unhex("1703030003 aabbcc"), &mut out);
    assert_eq!(
        out[0].layer.get_str(f::tls::APP_DATA_PROTO),
        Some("PostgreSQL")
    );
    assert_eq!(
        crate::dissect::registry::starttls_protocol(40000, 5432),
        Some("PostgreSQL")
    );
    assert_eq!(
        crate::dissect::registry::starttls_protocol(389, 50000),
        Some("Lightweight Directory Access Protocol")
    );
    // A port below it that tshark gives another dissector wins (no STARTTLS).
    assert_eq!(crate::dissect::registry::starttls_protocol(80, 5432), None);
    assert_eq!(
        crate::dissect::registry::starttls_protocol(40000, 40001),
        None
    );
}

#[test]
fn tshark_heuristic_takes_handshake_and_application_data_headers() {
    // is_sslv3_or_tls: types 22 and 23, SSL 3.0 to TLS 1.2 or GM/T 0x0101,
    // a length from 1 to below 16384 + 2048; the body need not be there.
    assert!(heuristic(&[23, 3, 3, 0x04, 0x51]));
    assert!(heuristic(&[22, 3, 0, 0, 1, 9]));
    assert!(heuristic(&[23, 1, 1, 0, 5]));
    assert!(!heuristic(&[21, 3, 3, 0, 2, 1, 0]), "an alert is not taken");
    assert!(!heuristic(&[23, 3, 4, 0, 5]), "no record says TLS 1.3");
    assert!(!heuristic(&[23, 3, 3, 0, 0]));
    assert!(!heuristic(&[23, 3, 3, 0x48, 0]));
    assert!(!heuristic(&[23, 3, 3, 0]));
}

/// A handshake record of `version` holding message `typ` with `body`.
fn hs_record(version: u16, typ: u8, body: &[u8], trailer: &[u8]) -> Vec<u8> {
    let len = 4 + body.len() + trailer.len();
    let mut r = vec![
        22,
        (version >> 8) as u8,
        version as u8,
        (len >> 8) as u8,
        len as u8,
    ];
    r.extend([typ, 0, (body.len() >> 8) as u8, body.len() as u8]);
    r.extend(body);
    r.extend(trailer);
    r
}

#[test]
fn a_finished_in_the_frame_of_its_change_cipher_spec_may_be_plaintext() {
    // tshark's is_encrypted_handshake_message: after the ChangeCipherSpec,
    // in that same frame, a record whose first bytes are a handshake
    // header is read as one (a NULL cipher's Finished and its MAC); in a
    // later frame it is encrypted.
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    d.set_frame(48);
    let mut s = vec![20, 3, 1, 0, 1, 1];
    let fin = hs_record(0x0301, 20, &[0xab; 12], &[0x5c; 20]);
    s.extend(&fin);
    d.feed(Dir::Client, 0, &s, &mut out);
    let l = &out[1].layer;
    assert_eq!(uints(l, f::tls::HANDSHAKE_TYPE), [20]);
    assert_eq!(uints(l, f::tls::HANDSHAKE_LENGTH), [12]);
    assert!(l.has(f::tls::HANDSHAKE_VERIFY_DATA));
    d.set_frame(49);
    d.feed(Dir::Client, s.len() as u64, &fin, &mut out);
    let l = &out[2].layer;
    assert!(uints(l, f::tls::HANDSHAKE_TYPE).is_empty());
    assert_eq!(l.get(f::tls::OSIDUMP_ENCRYPTED), Some(&Value::Bool(true)));
    // Random bytes after the ChangeCipherSpec stay encrypted.
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    d.set_frame(7);
    let mut s = vec![20, 3, 3, 0, 1, 1, 22, 3, 3, 0, 40];
    s.extend([0x9f; 40]);
    d.feed(Dir::Server, 0, &s, &mut out);
    assert_eq!(
        out[1].layer.get(f::tls::OSIDUMP_ENCRYPTED),
        Some(&Value::Bool(true))
    );
}

/// One SCT (RFC 6962): version 0, log id, time, no extensions, then the
/// signature, with its algorithm when `alg`.
fn sct(alg: bool) -> Vec<u8> {
    let mut s = vec![0];
    s.extend([0xa4; 32]);
    s.extend(1_407_000_000_000u64.to_be_bytes());
    s.extend([0, 0]);
    if alg {
        s.extend([4, 3]);
    }
    s.extend([0, 6, 0x30, 4, 2, 0, 2, 0]);
    let mut out = vec![0, s.len() as u8];
    out.extend(s);
    out
}

fn server_hello_with_scts(version: u16, list: &[u8]) -> Vec<u8> {
    let mut b = vec![(version >> 8) as u8, version as u8];
    b.extend([7; 32]);
    b.extend([0, 0, 0x2f, 0]);
    let ext_len = 4 + 2 + list.len();
    b.extend([(ext_len >> 8) as u8, ext_len as u8, 0, 18]);
    b.extend([((2 + list.len()) >> 8) as u8, (2 + list.len()) as u8]);
    b.extend([(list.len() >> 8) as u8, list.len() as u8]);
    b.extend(list);
    hs_record(version, 2, &b, &[])
}

#[test]
fn a_server_hello_shows_its_certificate_transparency_list() {
    // tshark's tls_dissect_sct_list in the signed_certificate_timestamp
    // extension; a TLS 1.0 session's signature names no algorithm.
    let list = sct(true);
    let out = run(&[&server_hello_with_scts(0x0303, &list)], Dir::Server);
    let l = &out[0].layer;
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(uints(l, f::tls::SCT_SCTS_LENGTH), [list.len() as u64]);
    assert_eq!(uints(l, f::tls::SCT_SCT_LENGTH), [list.len() as u64 - 2]);
    assert_eq!(uints(l, f::tls::HANDSHAKE_SIG_HASH_ALG), [0x0403]);
    assert_eq!(uints(l, f::tls::SCT_SCT_SIGNATURE_LENGTH), [6]);
    // TLS 1.0: the algorithm's bytes are read as the signature's length
    // (0x0403, past the SCT: no signature), and the next SCT is read.
    let mut two = sct(true);
    two.extend(sct(true));
    let out = run(&[&server_hello_with_scts(0x0301, &two)], Dir::Server);
    let l = &out[0].layer;
    assert_eq!(uints(l, f::tls::SCT_SCT_SIGNATURE_LENGTH), [0x0403, 0x0403]);
    assert!(uints(l, f::tls::HANDSHAKE_SIG_HASH_ALG).is_empty());
    assert!(!l.has(f::tls::SCT_SCT_SIGNATURE));
}

/// tls2.pcap frames 2833-2834 (tshark 4.0): past a gap in a TLS 1.3
/// session, a segment starting 0x93 0x31 0x00 looks like an SSLv2 record
/// to `ssl_looks_like_sslv2` (high bit, error type 0). dissect_ssl2_record
/// asks TCP for the 2 + 0x1331 bytes its header claims: the frame shows
/// an empty `tls` item, and a later segment inside those bytes is a piece
/// of that reassembly (no `tls`), even past another gap. A third byte of
/// 3 or 5 (SSLv2's Client Finished, Server Verify) is no such look.
#[test]
fn sslv2_lookalike_past_a_gap_is_followed_as_a_record() {
    let mut d = TlsDecoder::new();
    d.version = Some(0x0304);
    let mut out = Vec::new();
    d.set_frame(1);
    d.gap(Dir::Server, 1000);
    let mut seg = vec![0x93, 0x31, 0x00, 0x1f, 0x3e];
    seg.extend([0xa5; 871]);
    d.feed(Dir::Server, 1000, &seg, &mut out);
    assert!(out.is_empty());
    assert!(d.holds_partial(Dir::Server));
    d.gap(Dir::Server, 1376);
    d.set_frame(2);
    d.feed(Dir::Server, 3252, &[0x6d; 656], &mut out);
    assert!(out.is_empty());
    // Past the claimed end (1000 + 2 + 0x1331): read on its own again.
    d.gap(Dir::Server, 2007);
    d.set_frame(3);
    d.feed(Dir::Server, 5915, &[0x9d; 100], &mut out);
    assert_eq!(infos(&out), ["Continuation Data"]);

    assert!(looks_like_sslv2(&[0x80, 0, 4]));
    assert!(!looks_like_sslv2(&[0x80, 0, 3]));
    assert!(!looks_like_sslv2(&[0x80, 0, 5]));
}

/// tshark 4.0 on zeek's tls1.2-protocol-violation.pcap frame 11 and
/// connect-with-header.pcap: after a ServerHello and no ServerHelloDone
/// (an abbreviated handshake), the server's ChangeCipherSpec carries the
/// note `tls.resumed` ("This session reuses previously negotiated keys");
/// after a full handshake it does not, nor does the client's.
#[test]
fn resumed_session_note_on_the_server_change_cipher_spec() {
    let server_hello = |done: bool| {
        let mut body = vec![3, 3];
        body.extend([0x22; 32]);
        body.push(0); // no session id
        body.extend([0xc0, 0x2f, 0]);
        let mut hs = vec![2, 0];
        hs.extend((body.len() as u16).to_be_bytes());
        hs.extend(body);
        if done {
            hs.extend([14, 0, 0, 0]);
        }
        let mut rec = vec![22, 3, 3];
        rec.extend((hs.len() as u16).to_be_bytes());
        rec.extend(hs);
        rec
    };
    let ccs = [20u8, 3, 3, 0, 1, 1];
    for done in [false, true] {
        let mut d = TlsDecoder::new();
        let mut out = Vec::new();
        d.set_frame(1);
        let hello = client_hello_with(&[]);
        d.feed(Dir::Client, 0, &hello, &mut out);
        d.set_frame(2);
        let sh = server_hello(done);
        d.feed(Dir::Server, 0, &sh, &mut out);
        d.set_frame(3);
        d.feed(Dir::Server, sh.len() as u64, &ccs, &mut out);
        d.set_frame(4);
        d.feed(Dir::Client, hello.len() as u64, &ccs, &mut out);
        assert_eq!(out.len(), 4);
        assert_eq!(out[2].layer.has(f::tls::RESUMED), !done, "done {done}");
        assert!(!out[3].layer.has(f::tls::RESUMED));
        // A later server ChangeCipherSpec is no resumption of it.
        d.set_frame(5);
        d.feed(Dir::Server, (sh.len() + ccs.len()) as u64, &ccs, &mut out);
        assert!(!out[4].layer.has(f::tls::RESUMED));
    }
}

/// PcapPlusPlus's tls2.pcap frame 3251: a server segment past a gap ends
/// the record the gap cut (1,173 bytes), then begins another it does not
/// complete (277 bytes). tshark 4.0's TCP writes its own Info for the
/// piece, fences it and hands TLS the rest, which puts up its (empty) item
/// and asks for more: `eth:ethertype:ip:tcp:tls`, Protocol `TCP`, Info
/// `[TCP Previous segment not captured] 443 → … Len=1450 [TCP segment of a
/// reassembled PDU]`.
#[test]
fn a_segment_ending_a_cut_record_and_beginning_another_lists_tls() {
    let segment = |seq: u32, payload: &[u8]| -> Vec<u8> {
        let b = etherparse::PacketBuilder::ethernet2([2, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 2])
            .ipv4([10, 0, 0, 1], [10, 0, 0, 2], 64)
            .tcp(443, 40000, seq, 1000)
            .ack(7);
        let mut v = Vec::with_capacity(b.size(payload.len()));
        b.write(&mut v, payload).expect("frame builds");
        v
    };
    let record = |len: u16| {
        let mut r = vec![23, 3, 3];
        r.extend(len.to_be_bytes());
        r.extend(std::iter::repeat_n(0x5a, usize::from(len)));
        r
    };
    // A whole Change Cipher Spec, then the first 105 bytes of a 3,005-byte
    // record; 1,895 bytes lost; its last 1,005 bytes and the first 20 of
    // a 105-byte record.
    let (ccs, cut, next) = (vec![20, 3, 3, 0, 1, 1], record(3000), record(100));
    let first = [&ccs[..], &cut[..105]].concat();
    let second = [&cut[2000..], &next[..20]].concat();
    let start = 5000u32;
    let frames = [
        segment(start, &first),
        segment(start + (ccs.len() + 2000) as u32, &second),
    ];
    let mut dissector = crate::dissect::Dissector::new();
    let mut seen = Vec::new();
    for (i, bytes) in frames.iter().enumerate() {
        let mut frame = crate::dissect::testing::frame(1, bytes);
        frame.number = i as u64 + 1;
        let d = dissector.dissect(&frame);
        let (protocols, protocol, info, _) = crate::dissect::testing::protocols_columns_fields(&d);
        seen.push((protocols, protocol, info));
    }
    assert_eq!(seen[0].0, "eth:ethertype:ip:tcp:tls");
    let (protocols, protocol, info) = &seen[1];
    assert_eq!(protocols, "eth:ethertype:ip:tcp:tls");
    assert_eq!(protocol, "TCP");
    assert!(
        info.starts_with("[TCP Previous segment not captured] 443 → 40000 [ACK] Seq=")
            && info.ends_with(" Len=1025 [TCP segment of a reassembled PDU]"),
        "{info}"
    );
}

/// The extensions the ClientHello decoder had skipped, as tshark 4.0
/// shows them (pcapplusplus tls_grease.pcap and tls.pcap agree): a GREASE
/// extension, which tshark has no decoder for, and the session ticket
/// (empty) show their bytes as `tls.handshake.extension.data`; the record
/// size limit; the certificate compression algorithms (brotli).
#[test]
fn undecoded_extensions_show_their_data() {
    let ext = unhex("0a0a000100 00230000 001c00024001 001b0003020002");
    let mut l = Layer::new(crate::dissect::Osi::Presentation, "tls", 0..0);
    let x = extensions(&ext, true, &mut l, false);
    assert!(x.whole);
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    let data: Vec<_> = l.all(f::tls::HANDSHAKE_EXTENSION_DATA).collect();
    assert_eq!(
        data,
        [
            &Value::Bytes(vec![0].into()),
            &Value::Bytes(Vec::new().into())
        ]
    );
    assert_eq!(uints(&l, f::tls::RECORD_SIZE_LIMIT), [16385]);
    assert_eq!(
        uints(&l, f::tls::COMPRESS_CERTIFICATE_ALGORITHMS_LENGTH),
        [2]
    );
    assert_eq!(uints(&l, f::tls::COMPRESS_CERTIFICATE_ALGORITHM), [2]);
}

/// Extensions tshark 4.0 takes apart that osidump showed nothing of:
/// heartbeat (15), pre_shared_key (41, the client's identities and
/// binders, the server's choice) and ALPS (17513, the client's list). The
/// same fields gave tshark's values on the 158 public TLS/DTLS captures
/// and the QUIC ones (`-T fields`, and `-Y` on the label items).
#[test]
fn heartbeat_psk_and_alps_extensions() {
    let run = |t: u16, body: &[u8], client: bool| {
        let mut l = Layer::new(Osi::Application, "tls", 0..0);
        let r = extension(t, body, client, &mut l, &mut Exts::default());
        let fields: Vec<(&'static str, String)> = l
            .fields
            .iter()
            .map(|f| (f.name(), f.value.to_string()))
            .collect();
        (fields, r.is_ok())
    };
    let (f, ok) = run(15, &[1], true);
    assert!(ok);
    assert_eq!(f, [("tls.handshake.extension.heartbeat.mode", "1".into())]);
    // One identity of 3 bytes, ticket age 0x01020304, one 33-byte binder.
    let mut psk = vec![0, 9, 0, 3, 0xaa, 0xbb, 0xcc, 1, 2, 3, 4, 0, 34, 33];
    psk.extend([7; 33]);
    let (f, ok) = run(41, &psk, true);
    assert!(ok);
    let names: Vec<_> = f.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names,
        [
            "tls.handshake.extensions.psk.identities.length",
            "tls.handshake.extensions.psk.identity.identity_length",
            "tls.handshake.extensions.psk.identity.identity",
            "tls.handshake.extensions.psk.identity.obfuscated_ticket_age",
            "tls.handshake.extensions.psk.binders_len",
            "tls.handshake.extensions.psk.binders",
        ]
    );
    assert_eq!(f[3].1, "16909060");
    let (f, _) = run(41, &[0, 0], false);
    assert_eq!(
        f,
        [("tls.handshake.extensions.psk.identity.selected", "0".into())]
    );
    // ALPS offering h2.
    let (f, ok) = run(17513, &[0, 3, 2, b'h', b'2'], true);
    assert!(ok);
    assert_eq!(
        f.last(),
        Some(&("tls.handshake.extensions_alps_alpn_str", "h2".into()))
    );
    // Cut short: an error, no panic.
    assert!(!run(41, &psk[..12], true).1);
}

/// nDPI's 1kxun.pcap stream 18 (tshark 4.0): a connection to port 443
/// caught mid-way whose first segment is a Windows keep-alive's lone zero
/// byte. dissect_ssl, with no version known, asks TCP for one more
/// segment for fewer than five bytes whatever they hold: frame 617 is a
/// segment of a reassembled PDU, not `Continuation Data`.
#[test]
fn a_first_segment_shorter_than_a_header_waits_for_more() {
    let mut d = TlsDecoder::new();
    let mut out = Vec::new();
    d.set_frame(617);
    d.feed(Dir::Client, 0, &[0x00], &mut out);
    assert!(out.is_empty());
    assert!(d.holds_partial(Dir::Client));
    assert!(d.wants_one_more_segment(Dir::Client));
    // Five bytes that are no record, read with it: Continuation Data.
    d.set_frame(620);
    d.feed(Dir::Client, 1, &[0x93, 0xd1, 0xd7, 0xbd], &mut out);
    assert_eq!(infos(&out), ["Continuation Data"]);
}

/// The bytes of every `def` field of the layer, as hex.
fn hexes(l: &Layer, def: &'static crate::dissect::field::FieldDef) -> Vec<String> {
    l.fields
        .iter()
        .filter(|x| std::ptr::eq(x.def, def))
        .filter_map(|x| match &x.value {
            Value::Bytes(b) => Some(b.iter().map(|c| format!("{c:02x}")).collect()),
            _ => None,
        })
        .collect()
}

#[test]
fn quic_transport_parameters_as_tshark() {
    use crate::dissect::expert::fields::ws::EXPERT_MESSAGE;
    // Each expected value is tshark 4.0.17's (`-T fields`) on the same
    // ClientHello sent over TCP to port 443: max_idle_timeout, GREASE
    // (0x39e, shown raw), disable_active_migration (empty),
    // version_information, google_quic_version (a ClientHello's: no
    // version list), preferred_address.
    let ext = unhex(
        "0039 0054 0104 80007530 439e 03 fac4fd 0c00 110c 00000001 6b3343cf ff00001d \
         80004752 04 ff00001d \
         0d2d c0000201 01bb 00000000000000000000000000000001 20fb 04 61626364 \
         101112131415161718191a1b1c1d1e1f",
    );
    let out = run(&[&client_hello_with(&ext)], Dir::Client);
    let l = &out[0].layer;
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(
        uints(l, f::tls::QUIC_PARAMETER_TYPE),
        [1, 926, 12, 17, 18258, 13]
    );
    assert_eq!(
        uints(l, f::tls::QUIC_PARAMETER_LENGTH),
        [4, 3, 0, 12, 4, 45]
    );
    assert_eq!(
        hexes(l, f::tls::QUIC_PARAMETER_VALUE)[..5],
        [
            "80007530",
            "fac4fd",
            "",
            "000000016b3343cfff00001d",
            "ff00001d"
        ]
    );
    assert_eq!(uints(l, f::tls::QUIC_PARAMETER_MAX_IDLE_TIMEOUT), [30000]);
    assert_eq!(uints(l, f::tls::QUIC_PARAMETER_VI_CHOSEN_VERSION), [1]);
    assert_eq!(
        uints(l, f::tls::QUIC_PARAMETER_VI_OTHER_VERSION),
        [0x6b3343cf, 0xff00001d]
    );
    assert_eq!(
        uints(l, f::tls::QUIC_PARAMETER_GOOGLE_QUIC_VERSION),
        [0xff00001d]
    );
    assert!(!l.has(f::tls::QUIC_PARAMETER_GOOGLE_SUPPORTED_VERSIONS_LENGTH));
    assert_eq!(
        uints(l, f::tls::QUIC_PARAMETER_PREFERRED_ADDRESS_IPV6PORT),
        [8443]
    );
    assert_eq!(
        hexes(l, f::tls::QUIC_PARAMETER_PREFERRED_ADDRESS_CONNECTIONID),
        ["61626364"]
    );

    // A varint shorter than its parameter: tshark's "3 trailing bytes
    // were unprocessed", and the next parameter read where it starts.
    let ext = unhex("0039 000a 0104 05000000 0302 44b0");
    let out = run(&[&client_hello_with(&ext)], Dir::Client);
    let l = &out[0].layer;
    assert_eq!(uints(l, f::tls::QUIC_PARAMETER_MAX_IDLE_TIMEOUT), [5]);
    assert_eq!(
        uints(l, f::tls::QUIC_PARAMETER_MAX_UDP_PAYLOAD_SIZE),
        [1200]
    );
    assert_eq!(
        l.get_str(EXPERT_MESSAGE),
        Some("3 trailing bytes were unprocessed")
    );

    // A value longer than its extension is read on into the next
    // extension ("7 trailing bytes", then "Dissector processed too much
    // data (7 bytes)"), which is still decoded.
    let ext = unhex("0039 0004 0409 4100 002b 0003 020304");
    let out = run(&[&client_hello_with(&ext)], Dir::Client);
    let l = &out[0].layer;
    assert_eq!(
        hexes(l, f::tls::QUIC_PARAMETER_VALUE),
        ["4100002b0003020304"]
    );
    assert_eq!(uints(l, f::tls::QUIC_PARAMETER_INITIAL_MAX_DATA), [256]);
    let messages: Vec<&str> = l
        .fields
        .iter()
        .filter(|x| std::ptr::eq(x.def, EXPERT_MESSAGE))
        .filter_map(|x| match &x.value {
            Value::Str(s) => Some(s.as_ref()),
            _ => None,
        })
        .collect();
    assert_eq!(
        messages,
        [
            "7 trailing bytes were unprocessed",
            "Dissector processed too much data (7 bytes)"
        ]
    );
    assert!(l.has(f::tls::MALFORMED_BUFFER_TOO_SMALL));
    assert_eq!(
        uints(l, f::tls::HANDSHAKE_EXTENSIONS_SUPPORTED_VERSION),
        [0x0304]
    );

    // A varint cut by the end of the extensions block: tshark's exception.
    let ext = unhex("0039 0006 0302 44b0 8001");
    let out = run(&[&client_hello_with(&ext)], Dir::Client);
    let l = &out[0].layer;
    assert_eq!(
        uints(l, f::tls::QUIC_PARAMETER_MAX_UDP_PAYLOAD_SIZE),
        [1200]
    );
    assert!(l.thrown.is_some());
}

#[test]
fn encrypted_server_name_in_a_client_hello() {
    // ESNI (0xffce) as nDPI's no_sni.pcap sends it (tshark: suite 0x1301,
    // an x25519 key share, record digest and encrypted SNI with their
    // lengths; an empty digest shows its length only).
    let ext = unhex(
        "ffce 0014 1301 001d 0004 a1a2a3a4 0004 d1d2d3d4 0002 e1e2 \
         ffce 000e 1302 0017 0002 b1b2 0000 0002 f1f2",
    );
    let mut ext = ext;
    // The second is a lone extension of its own hello.
    let second = ext.split_off(24);
    let out = run(&[&client_hello_with(&ext)], Dir::Client);
    let l = &out[0].layer;
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(uints(l, f::tls::ESNI_SUITE), [0x1301]);
    assert_eq!(uints(l, f::tls::HANDSHAKE_EXTENSIONS_KEY_SHARE_GROUP), [29]);
    assert_eq!(uints(l, f::tls::ESNI_RECORD_DIGEST_LENGTH), [4]);
    assert_eq!(uints(l, f::tls::ESNI_ENCRYPTED_SNI_LENGTH), [2]);
    assert_eq!(
        l.get(f::tls::ESNI_ENCRYPTED_SNI),
        Some(&Value::Bytes(vec![0xe1, 0xe2].into()))
    );
    assert!(!l.has(f::tls::HANDSHAKE_EXTENSION_DATA));
    let out = run(&[&client_hello_with(&second)], Dir::Client);
    let l = &out[0].layer;
    assert_eq!(uints(l, f::tls::ESNI_RECORD_DIGEST_LENGTH), [0]);
    assert!(!l.has(f::tls::ESNI_RECORD_DIGEST));
}
