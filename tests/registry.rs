//! The field registry against tshark: every Wireshark field osidump
//! declares has tshark 4.0's type, protocol, base, bitmask, title and
//! description, as `tshark -G fields` prints them. The extract is committed
//! (`tests/golden/tshark-fields.tsv`, made by `scripts/gen-fields.py
//! --extract`), so this test needs no tshark.

use osidump::dissect::fields;
use osidump::views::fields::tsv;
use std::collections::BTreeMap;

/// Fields tshark 4.0 does not have, each with the reason we emit it.
const NOT_IN_TSHARK_4_0: &[(&str, &str)] = &[
    (
        "communityid",
        "tshark 4.0 registers it (FT_STRING, in the disabled-by-default communityid \
         protocol) but its -G fields lists only the protocol of that name",
    ),
    (
        "tls.handshake.ja4",
        "JA4 fingerprint: newer Wireshark names it so; tshark 4.0 has no JA4",
    ),
    (
        "http3.headers.method",
        "QPACK-decoded headers: newer Wireshark names them so; tshark 4.0 decodes no QPACK",
    ),
    (
        "http3.headers.path",
        "QPACK-decoded headers: newer Wireshark names them so; tshark 4.0 decodes no QPACK",
    ),
    (
        "http3.headers.status",
        "QPACK-decoded headers: newer Wireshark names them so; tshark 4.0 decodes no QPACK",
    ),
    (
        "http3.headers.authority",
        "QPACK-decoded headers: newer Wireshark names them so; tshark 4.0 decodes no QPACK",
    ),
    (
        "http3.headers.scheme",
        "QPACK-decoded headers: newer Wireshark names them so; tshark 4.0 decodes no QPACK",
    ),
];

fn by_name(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .map(|l| {
            let name = l.split('\t').nth(2).expect("name column");
            (name.to_string(), l.to_string())
        })
        .collect()
}

#[test]
fn every_registered_field_is_tsharks() {
    let tshark = by_name(include_str!("golden/tshark-fields.tsv"));
    let ours = by_name(&tsv(""));
    let mut wrong = Vec::new();
    for (name, line) in &ours {
        if name.starts_with("osidump.") || NOT_IN_TSHARK_4_0.iter().any(|(n, _)| n == name) {
            continue;
        }
        match tshark.get(name) {
            Some(t) if t == line => {}
            Some(t) => wrong.push(format!("ours:   {line}\ntshark: {t}")),
            None => wrong.push(format!("{name}: not in tshark 4.0's registry")),
        }
    }
    assert!(
        wrong.is_empty(),
        "registry differs from tshark:\n{}",
        wrong.join("\n")
    );
    // The extract holds nothing we no longer declare (regenerate it).
    let stale: Vec<_> = tshark.keys().filter(|n| !ours.contains_key(*n)).collect();
    assert!(
        stale.is_empty(),
        "stale lines in tshark-fields.tsv: {stale:?}"
    );
}

#[test]
fn names_are_unique_and_own_fields_say_so() {
    let mut seen = std::collections::BTreeSet::new();
    for d in fields::all() {
        assert!(seen.insert(d.name), "{} declared twice", d.name);
        if d.is_own() {
            assert!(!d.blurb.is_empty(), "{} needs a description", d.name);
        }
    }
}
