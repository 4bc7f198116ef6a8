use super::*;
use crate::dissect::app::testing::{one, vals};
use crate::flow::ConvKey;

fn dgram(payload: &[u8]) -> Datagram<'_> {
    let a = |x: u8| {
        let mut b = [0u8; 16];
        b[..4].copy_from_slice(&[10, 0, 0, x]);
        b
    };
    let (conv, _) = ConvKey::new(false, (a(1), PORT), (a(2), PORT));
    Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport: PORT,
        dport: PORT,
        conv,
        frame: 1,
        ts_ns: 0,
        cut: false,
        nested: false,
        src_is_a: true,
        memory_pressed: false,
    }
}

/// tshark 4.0.17's verdict on each text sent to UDP 17500: handed to the
/// JSON dissector (`DB-LSP-DISC/JSON`) or shown as `db-lsp.text`.
const VERDICTS: &[(&[u8], bool)] = &[
    (b"{", false),
    (b"{}", true),
    (b"{} xyz", false),
    (b" {\"a\":1}", true),
    (b"[1,2]", true),
    (b"{\"a\":1}{\"b\":[]}", true),
    (b"hello\x00world", false),
    (b"{\"a\":\x01}", false),
    (b"{\"a\":1} 5,", true),
    (b"5,", true),
    (b"5", false),
    (b"\"abc\"", true),
    (b"{\"a\" 1}", false),
    (b"{\"a\":1,}", true),
    (b"[1 2]", true),
    (b"{{}}", true),
    (b"[[1],{\"x\":[]}]", true),
    (b"{\"a\":tru}", true),
    (b"}", false),
    (b"{]", false),
    (b"[\"\\q\"]", false),
    (b"[\"\\u12\"]", false),
    (b"{\"a\":1}\x00zz", true),
    (b"\x00{}", false),
    (b"{\"a\":{\"b\":1}}", true),
    (b"[1,2,3]x", false),
    (b"{\"a\":1} {\"b\":2}", true),
    (b"{\"a\":1}]", false),
];

#[test]
fn json_validate_verdicts_are_tsharks() {
    for (b, want) in VERDICTS {
        assert_eq!(json_valid(b), *want, "{:?}", String::from_utf8_lossy(b));
    }
}

#[test]
fn json_text_gets_json_items_other_text_is_shown() {
    let l = dissect(&dgram(b"{\"port\": 17500, \"v\": [1, 8]}"));
    assert_eq!(
        one(&l, "osidump.db-lsp-disc.info"),
        "Dropbox LAN sync Discovery Protocol, JavaScript Object Notation"
    );
    assert_eq!(one(&l, "osidump.db-lsp-disc.body_protocol"), "json");
    assert_eq!(vals(&l, "json.key"), ["port", "v"]);
    assert_eq!(column(&l), "DB-LSP-DISC/JSON");
    assert!(vals(&l, "db-lsp.text").is_empty());

    let l = dissect(&dgram(b"{\"a\":1} 5,"));
    assert_eq!(
        one(&l, "osidump.db-lsp-disc.body_protocol"),
        "json:data-text-lines"
    );

    let l = dissect(&dgram(b"C\x035\x01oR\xffx\x00tail"));
    // Up to the NUL, a byte past 0x7f as U+FFFD; control characters
    // written as `-T fields` writes them.
    assert_eq!(one(&l, "db-lsp.text"), "C\\x035\\x01oR\u{fffd}x");
    assert_eq!(column(&l), "DB-LSP-DISC");
    assert_eq!(
        one(&l, "osidump.db-lsp-disc.info"),
        "Dropbox LAN sync Discovery Protocol"
    );
}

/// More tokens than json_validate's 1024 are refused, as tshark refuses
/// them; nesting deeper than any stack is no problem.
#[test]
fn token_cap_and_deep_nesting() {
    let mut b = b"[".to_vec();
    for _ in 0..1022 {
        b.extend_from_slice(b"1,");
    }
    b.extend_from_slice(b"1]");
    // 1 array + 1023 numbers = 1024 tokens.
    assert!(json_valid(&b));
    let mut more = b[..b.len() - 1].to_vec();
    more.extend_from_slice(b",1]");
    assert!(!json_valid(&more));
    let deep = [vec![b'['; 100_000], vec![b']'; 100_000]].concat();
    assert!(!json_valid(&deep));
}

/// Every cut of a text: a layer, never a panic.
#[test]
fn cut_texts_never_panic() {
    let b = b"{\"a\":[1,\"\\u00e9\\\"\",{\"b\":null}],\"c\":-1.5e3}";
    for end in 0..=b.len() {
        let l = dissect(&dgram(&b[..end]));
        assert!(l.has(f::db_lsp::OSIDUMP_INFO));
    }
}
