//! The tree view: a block per packet, one line per layer (L7 down to L1 by
//! default; `--model tcpip`: labelled by the four TCP/IP layers), fields under each layer with `-V`, a hex dump coloured by layer
//! with `-x`.

use super::{Options, Order};
use super::{safe, style};
use crate::dissect::fields as f;
use crate::dissect::{Dissection, Layer, Osi, Value};
use crate::views::i18n::{self, Lang};
use crate::views::model::{self, Model};
use std::fmt::Write as _;
use std::io::{self, Write};
use std::sync::OnceLock;

pub fn write(
    out: &mut impl Write,
    d: &Dissection<'_>,
    opts: &Options,
    s: &mut String,
) -> io::Result<()> {
    s.clear();
    let color = opts.color;
    let frame = d.layers.first();
    let number = frame
        .and_then(|f| f.get_uint(f::frame::NUMBER))
        .unwrap_or(0);
    style::paint_with(s, color, style::header(), |s| {
        s.push_str(match opts.lang {
            Lang::En => "Frame ",
            Lang::Ko => "프레임 ",
        });
        s.push_str(itoa::Buffer::new().format(number));
        if let Some(Value::Time(t)) = frame.and_then(|f| f.get(f::frame::TIME_EPOCH)) {
            s.push_str(" · ");
            write_utc(s, t.secs, t.nanos);
        }
    });
    s.push('\n');

    let labels = padded_labels(opts.model, opts.lang);
    let push_layer = |s: &mut String, l: &Layer<'_>, quoted: bool| {
        // The flow's Community ID is a label, not a header: shown with -V.
        if l.protocol == "communityid" && !opts.verbose {
            return;
        }
        // A quoted packet's lines are indented four more columns (each a
        // push of a constant: the compiler stores it, no copy call).
        let lead = |s: &mut String| {
            s.push_str("      ");
            if quoted {
                s.push_str("    ");
            }
        };
        s.push_str("  ");
        if quoted {
            s.push_str("    ");
        }
        style::paint(
            s,
            color,
            style::layer(model::colour(l.osi, opts.model)),
            &labels[usize::from(l.osi.number()) - 1],
        );
        s.push(' ');
        // The protocol's short name, left-aligned in ten columns.
        style::paint_with(s, color, style::header(), |s| {
            s.push_str(l.protocol);
            let chars = l.protocol.chars().count();
            s.push_str(&"          "[..10usize.saturating_sub(chars)]);
        });
        s.push(' ');
        // Summaries and values carry wire text: escaped where written.
        let start = s.len();
        if opts.lang == Lang::En || !super::ko::summarize(s, l) {
            // `spec::summarize`, the spec found through the line view's
            // cache.
            match super::line::spec_of(l.protocol) {
                Some(p) => (p.summary)(s, l),
                None => crate::dissect::summary::generic(s, l),
            }
        }
        safe::escape_from(s, start);
        for a in &l.anomalies {
            s.push(' ');
            let kind = super::line::anomaly_kind(a.kind.as_str(), opts.lang);
            let text = format!("[{kind}: {}]", a.reason);
            style::paint(s, color, style::anomaly(), &safe::escape(&text));
        }
        s.push('\n');
        if opts.explain {
            lead(s);
            style::paint_with(s, color, style::dim(), |s| {
                let start = s.len();
                super::explain::write(s, l, opts.lang);
                // Names and values inside come off the wire.
                safe::escape_from(s, start);
            });
            s.push('\n');
        }
        if opts.verbose {
            // Each value in its registered base with its name
            // (`eth.type: 0x86dd (IPv6)`); labels show their title.
            for f in &l.fields {
                lead(s);
                s.push_str(f.name());
                s.push_str(": ");
                // Only a string comes off the wire: titles and value names
                // were found plain when their definitions were made (see
                // `FieldDef::new`), digits, addresses, times and hex are
                // ours (a payload's hex runs to kilobytes: not scanned).
                match &f.value {
                    Value::None => s.push_str(f.def.title),
                    // An object identifier is dotted digits (checked when
                    // decoded), with the name tshark gives it.
                    Value::Str(_) if f.def.ftype == crate::dissect::field::FieldType::Oid => {
                        f.def.display(&f.value, s)
                    }
                    Value::Str(text) => safe::push(s, text),
                    // What `display` writes for an address (it has no
                    // names), without std's formatter.
                    Value::Ipv6(a) => crate::dissect::summary::push_ipv6(s, a),
                    v => f.def.display(v, s),
                }
                s.push('\n');
            }
        }
    };
    // What an ICMP error quotes is shown under it, indented, as the
    // failed packet it is — not as this packet's own layers.
    let (own, quoted) = d
        .quoted_start()
        .map_or((&d.layers[..], &d.layers[..0]), |q| d.layers.split_at(q));
    for_each_ordered(own, opts.order, |l| {
        push_layer(s, l, false);
        if matches!(l.protocol, "icmp" | "icmpv6") && !quoted.is_empty() {
            s.push_str("      ");
            s.push_str(i18n::term(QUOTED, opts.lang));
            s.push('\n');
            for_each_ordered(quoted, opts.order, |q| push_layer(s, q, true));
        }
    });
    if opts.hex {
        hex_dump(s, d, color);
    }
    s.push('\n');
    out.write_all(s.as_bytes())
}

/// The seven layer labels of a model in a language, by OSI number less
/// one, each padded to the widest of them plus one column ("L6
/// Presentation", "L2 데이터 링크 계층", "네트워크 접근 계층"); made once.
fn padded_labels(m: Model, lang: Lang) -> &'static [String; 7] {
    static LABELS: OnceLock<[[String; 7]; 4]> = OnceLock::new();
    let all = LABELS.get_or_init(|| {
        [
            (Model::Osi, Lang::En),
            (Model::Osi, Lang::Ko),
            (Model::TcpIp, Lang::En),
            (Model::TcpIp, Lang::Ko),
        ]
        .map(|(m, lang)| {
            let plain = Osi::ALL.map(|o| model::label(o, m, lang));
            let cols = 1 + plain.iter().map(|l| i18n::width(l)).max().unwrap_or(0);
            let mut padded = plain.map(|l| i18n::pad(&l, cols));
            // Indexed by OSI number, whatever order ALL lists them in.
            let mut by_number = Osi::ALL.map(|_| String::new());
            for (o, l) in Osi::ALL.iter().zip(padded.iter_mut()) {
                by_number[usize::from(o.number()) - 1] = std::mem::take(l);
            }
            by_number
        })
    });
    &all[match (m, lang) {
        (Model::Osi, Lang::En) => 0,
        (Model::Osi, Lang::Ko) => 1,
        (Model::TcpIp, Lang::En) => 2,
        (Model::TcpIp, Lang::Ko) => 3,
    }]
}

/// The line over the layers an ICMP error quotes.
pub const QUOTED: &str = "↳ quoted: the packet this error is about";

/// Visits layers in the order the view prints them, making no list of
/// them. Top-down: the highest OSI layer first; inside one OSI number,
/// headers below the session layer nest (an inner VLAN tag, ICMP inside
/// IP, IP inside IP) and are listed innermost first, while session-and-up
/// layers are messages side by side (several TLS records or WebSocket
/// frames in one segment) and keep their wire order. Bottom-up: wire
/// order.
pub fn for_each_ordered<'l, 'a>(
    layers: &'l [Layer<'a>],
    order: Order,
    mut visit: impl FnMut(&'l Layer<'a>),
) {
    match order {
        Order::BottomUp => layers.iter().for_each(visit),
        Order::TopDown => {
            let mut end = layers.len();
            while end > 0 {
                let osi = layers[end - 1].osi;
                let mut start = end - 1;
                while start > 0 && layers[start - 1].osi == osi {
                    start -= 1;
                }
                let run = &layers[start..end];
                if osi.number() >= Osi::Session.number() {
                    run.iter().for_each(&mut visit);
                } else {
                    run.iter().rev().for_each(&mut visit);
                }
                end = start;
            }
        }
    }
}

/// Hex and ASCII, 16 bytes a row, each byte in the colour of the layer
/// that owns it ([`byte_owners`]).
pub(crate) fn hex_dump(s: &mut String, d: &Dissection<'_>, color: bool) {
    let owner = byte_owners(d);
    for (row, chunk) in d.data.chunks(16).enumerate() {
        let base = row * 16;
        let _ = write!(s, "    {base:04x}  ");
        for i in 0..16 {
            if i == 8 {
                s.push(' ');
            }
            match chunk.get(i) {
                Some(b) => {
                    let txt = [HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]];
                    let txt = std::str::from_utf8(&txt).unwrap_or_default();
                    style::paint(s, color, style::layer(owner[base + i]), txt);
                    s.push(' ');
                }
                None => s.push_str("   "),
            }
        }
        s.push_str("  ");
        for (i, b) in chunk.iter().enumerate() {
            let c = if b.is_ascii_graphic() || *b == b' ' {
                *b as char
            } else {
                '.'
            };
            style::paint(
                s,
                color,
                style::layer(owner[base + i]),
                c.encode_utf8(&mut [0; 4]),
            );
        }
        s.push('\n');
    }
}

/// `YYYY-MM-DD HH:MM:SS.nnnnnnnnn UTC` without a date library.
pub fn write_utc(out: &mut String, secs: i64, nanos: u32) {
    let sod = secs.rem_euclid(86_400);
    let (year, month, day) = super::time::civil_from_days(secs.div_euclid(86_400));
    if !(0..=9999).contains(&year) || nanos > 999_999_999 {
        // Outside four digits (or a nonsense nanosecond count): as
        // `format!` pads them.
        let _ = write!(
            out,
            "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}.{nanos:09} UTC",
            sod / 3600,
            (sod / 60) % 60,
            sod % 60
        );
        return;
    }
    let mut b = *b"0000-00-00 00:00:00.000000000 UTC";
    let mut put = |end: usize, digits: usize, mut v: u64| {
        for i in (end - digits..end).rev() {
            b[i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    };
    // Each value is in range here: year 0..=9999, the rest two digits,
    // nanoseconds nine.
    put(4, 4, year as u64);
    put(7, 2, month as u64);
    put(10, 2, day as u64);
    put(13, 2, (sod / 3600) as u64);
    put(16, 2, ((sod / 60) % 60) as u64);
    put(19, 2, (sod % 60) as u64);
    put(29, 9, u64::from(nanos));
    out.push_str(crate::dissect::layer::ascii(&b));
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The OSI layer each byte of the frame belongs to: the innermost layer
/// whose header covers it; a layer's colour runs from its header to the
/// end of the frame until a higher layer claims the bytes, so payload keeps
/// its carrier's (used by `-x` and the report's byte view).
pub(crate) fn byte_owners(d: &Dissection<'_>) -> Vec<Osi> {
    let mut owner = vec![Osi::Physical; d.data.len()];
    for l in &d.layers {
        // Layers that occupy no bytes (the frame, the Community ID) colour none.
        if l.osi == Osi::Physical || l.protocol == "communityid" {
            continue;
        }
        let end = l.span.end.min(d.data.len());
        let start = l.span.start.min(end);
        let to = if l.protocol == "data" {
            end
        } else {
            d.data.len()
        };
        for o in &mut owner[start..to] {
            *o = l.osi;
        }
    }
    owner
}

#[cfg(test)]
mod tests {
    use super::write_utc;

    #[test]
    fn utc_dates() {
        let mut s = String::new();
        write_utc(&mut s, 0, 0);
        assert_eq!(s, "1970-01-01 00:00:00.000000000 UTC");
        s.clear();
        write_utc(&mut s, 1_700_000_000, 123_456_789);
        assert_eq!(s, "2023-11-14 22:13:20.123456789 UTC");
        s.clear();
        write_utc(&mut s, 951_782_400, 0);
        assert_eq!(s, "2000-02-29 00:00:00.000000000 UTC");
        s.clear();
        write_utc(&mut s, -1, 0);
        assert_eq!(s, "1969-12-31 23:59:59.000000000 UTC");
    }
}
