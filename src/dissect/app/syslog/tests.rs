//! Syslog messages as tshark 4.0 shows them (each expectation is tshark's
//! output on the same bytes in a crafted capture).

use super::*;
use crate::dissect::layer::AnomalyKind;

fn layer(b: &[u8]) -> Layer<'_> {
    dissect(b, 0, b.len(), false, false)
}

fn text(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Option<String> {
    match l.get(def) {
        Some(Value::Str(s)) => Some(s.to_string()),
        _ => None,
    }
}

fn info_of(l: &Layer<'_>) -> String {
    let mut s = String::new();
    info(&mut s, l);
    s
}

#[test]
fn rfc3164_header() {
    let l = layer(b"<133>Dec  1 16:06:16 vm osidump-test: link up");
    assert_eq!(l.get_uint(f::syslog::FACILITY), Some(16));
    assert_eq!(l.get_uint(f::syslog::LEVEL), Some(5));
    assert_eq!(
        info_of(&l),
        "LOCAL0.NOTICE: Dec  1 16:06:16 vm osidump-test: link up"
    );
    assert_eq!(
        text(&l, f::syslog::TIMESTAMP_RFC3164).as_deref(),
        Some("Dec  1 16:06:16")
    );
    assert_eq!(text(&l, f::syslog::HOSTNAME).as_deref(), Some("vm"));
    assert_eq!(text(&l, f::syslog::PROCID).as_deref(), Some("osidump"));
    assert_eq!(
        text(&l, f::syslog::MSGID).as_deref(),
        Some("-test: link up")
    );
    assert!(l.thrown.is_none());
}

#[test]
fn rfc5424_header() {
    let l = layer(b"<27>1 2026-12-01T16:06:16.226133+00:00 vm appd - ID47 [x a=\"1\"] disk");
    assert_eq!(text(&l, f::syslog::VERSION).as_deref(), Some("1"));
    assert_eq!(
        l.get(f::syslog::TIMESTAMP),
        Some(&Value::Time(Timestamp::new(1_796_141_176, 226_133_000)))
    );
    assert_eq!(text(&l, f::syslog::APPNAME).as_deref(), Some("appd"));
    assert_eq!(text(&l, f::syslog::PROCID).as_deref(), Some("-"));
    assert_eq!(
        text(&l, f::syslog::MSGID).as_deref(),
        Some("ID47 [x a=\"1\"] disk")
    );
    // A nil timestamp is Wireshark's unset time.
    let l = layer(b"<153>1 - vm appd - - - no timestamp");
    assert_eq!(
        l.get(f::syslog::TIMESTAMP),
        Some(&Value::Time(Timestamp::UNSET))
    );
    // A BOM before the message ID.
    let l = layer(b"<13>1 - h a 12 \xef\xbb\xbfmsg\xc3\xa9");
    assert_eq!(l.get_uint(f::syslog::MSGID_BOM), Some(0xefbbbf));
    assert_eq!(text(&l, f::syslog::MSGID).as_deref(), Some("msg\u{e9}"));
    assert_eq!(info_of(&l), "USER.NOTICE: 1 - h a 12 \\uFEFFmsg\u{e9}");
}

#[test]
fn priority_edges() {
    // Three digits at most; the rest is the message.
    let l = layer(b"<1234>x");
    assert_eq!(l.get_uint(f::syslog::FACILITY), Some(15));
    assert_eq!(info_of(&l), "CRON.ERR: 4>x");
    let l = layer(b"<999>x");
    assert_eq!(info_of(&l), "UNKNOWN.DEBUG: x");
    assert_eq!(info_of(&layer(b"<>x")), "KERN.EMERG: x");
    assert_eq!(info_of(&layer(b"no pri")), "no pri");
    // The closing bracket past the end: thrown before anything is shown.
    for b in [&b"<13>"[..], b"<13", b"<", b"<>"] {
        let l = layer(b);
        assert!(
            l.fields.iter().all(|f| !f.def.name.starts_with("syslog.")),
            "{b:?}"
        );
        assert!(l.thrown.is_some(), "{b:?}");
        assert_eq!(info_of(&l), "");
    }
}

#[test]
fn reads_past_the_end_throw_where_tsharks_do() {
    // The tag scan runs off the end.
    let l = layer(b"<13>Dec  1 16:06:16 host abc");
    assert!(l.thrown.is_some());
    assert_eq!(text(&l, f::syslog::HOSTNAME).as_deref(), Some("host"));
    assert!(l.get(f::syslog::MSGID).is_none());
    // 32 letters and digits: no tag, the rest is the message ID.
    let l = layer(b"<13>Dec  1 16:06:16 host abcdefghijklmnopqrstuvwxyz0123456789x");
    assert!(l.thrown.is_none());
    assert!(l.get(f::syslog::PROCID).is_none());
    // Fewer than three bytes for the BOM test.
    for b in [&b"<13>1 - h a p "[..], b"<13>1 - h a p ab"] {
        let l = layer(b);
        assert!(l.thrown.is_some());
        assert!(l.get(f::syslog::MSGID).is_none());
    }
    assert!(layer(b"<13>1 - h a p abc").thrown.is_none());
    // No space after a field: the header stops there.
    let l = layer(b"<13>1 2026-12-01T16:06:16Z host app 12");
    assert!(l.thrown.is_none());
    assert!(l.get(f::syslog::PROCID).is_none());
    assert_eq!(text(&l, f::syslog::APPNAME).as_deref(), Some("app"));
}

#[test]
fn cut_by_the_capture_is_not_malformed() {
    let b = b"<13>Dec  1 16:06:16 host tag: msg and more";
    let l = dissect(&b[..30], 0, b.len(), true, false);
    assert_eq!(
        l.thrown.as_ref().map(|t| t.kind),
        Some(AnomalyKind::Truncated)
    );
    assert_eq!(text(&l, f::syslog::PROCID).as_deref(), Some("tag"));
    assert!(l.get(f::syslog::MSGID).is_none());
}

#[test]
fn nul_and_control_bytes() {
    let l = layer(b"<13>Dec  1 16:06:16 host tag\x00[1]: m\x00sg");
    assert_eq!(
        text(&l, f::syslog::MSG).as_deref(),
        Some("Dec  1 16:06:16 host tag")
    );
    assert_eq!(text(&l, f::syslog::MSGID).as_deref(), Some(""));
    assert_eq!(
        info_of(&l),
        "USER.NOTICE: Dec  1 16:06:16 host tag\\000[1]: m\\000sg"
    );
    let l = layer(b"<13>1 - h a 12 ID \xc3\xa9\xff\x01\n");
    assert_eq!(
        text(&l, f::syslog::MSG).as_deref(),
        Some("1 - h a 12 ID \u{e9}\u{fffd}\x01\n")
    );
    assert_eq!(
        text(&l, f::syslog::MSGID).as_deref(),
        Some("ID \u{fffd}\u{fffd}\u{fffd}\x01\n")
    );
}

#[test]
fn iso8601_as_wireshark_reads_it() {
    let t = |s: &str| iso8601(s.as_bytes());
    assert_eq!(
        t("2026-12-01T16:06:16Z"),
        Some(Timestamp::new(1_796_141_176, 0))
    );
    assert_eq!(
        t("2026-12-01T16:06:16.5+02:00"),
        Some(Timestamp::new(1_796_141_176 - 7200, 500_000_000))
    );
    assert_eq!(
        t("2026-12-01T16:06:16-0130"),
        Some(Timestamp::new(1_796_141_176 + 5400, 0))
    );
    // Minutes without seconds; a fraction past nine digits is dropped.
    assert_eq!(
        t("2026-12-01T16:06Z"),
        Some(Timestamp::new(1_796_141_160, 0))
    );
    assert_eq!(
        t("2026-12-01T16:06:16.123456789123Z"),
        Some(Timestamp::new(1_796_141_176, 0))
    );
    // A leap second is the next minute's first.
    assert_eq!(
        t("1999-12-31T23:59:60Z"),
        Some(Timestamp::new(946_684_800, 0))
    );
    for bad in [
        "-",
        "garbage",
        "2026-12-01",
        "2026-13-01T00:00Z",
        "2026-12-01T24:00Z",
        "",
    ] {
        assert_eq!(t(bad), None, "{bad}");
    }
}

#[test]
fn no_input_panics() {
    let mut b = Vec::new();
    for seed in 0u32..3000 {
        b.clear();
        let mut x = seed.wrapping_mul(2_654_435_761);
        let n = (x % 48) as usize;
        for _ in 0..n {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            b.push(b"<>1 -:.T0123456789Zabc\xef\xbb\xbf\x00"[(x % 25) as usize]);
        }
        for cut in [b.len(), b.len() / 2] {
            let _ = dissect(&b[..cut], 0, b.len(), cut < b.len(), false);
        }
        let _ = iso8601(&b);
    }
}
