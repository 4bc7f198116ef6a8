//! NDJSON: one object per packet. The contract (schema 1):
//!
//! ```text
//! {"schema":1,"layers":[{"osi":1,"protocol":"frame","fields":{...},"anomalies":[...]},...]}
//! ```
//! `layers` in wire order; field keys are Wireshark display-filter names (our
//! own start with `osidump.`); numbers are numbers, booleans booleans,
//! addresses and times strings; bytes are hex pairs joined by `:`
//! (`02:a3:35:94`, as tshark's JSON); absolute times are strings
//! (`frame.time` as tshark writes it, `frame.time_epoch` as
//! `secs.nanoseconds`); time differences (`frame.time_delta`, `dns.time`)
//! are numbers of seconds with nine decimals; a field that occurs several
//! times in a layer is an array; `anomalies` appears only when there are
//! some; `"quoted":true` marks the layers an ICMP error quotes (the failed
//! packet's, not this packet's own).
//! Written by hand: no intermediate `serde_json::Value`, no per-field maps.

use super::value;
use crate::dissect::field::FieldType;
use crate::dissect::{Dissection, Field, Layer, Value};
use crate::source::Timestamp;
use std::io::{self, Write};

pub const SCHEMA: u32 = 1;

// One buffer and one set of plans per thread, kept across packets: a
// packet's JSON is a few kilobytes, and growing a fresh buffer to that
// was a malloc, two reallocs and their copies a packet.
thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> =
        std::cell::RefCell::new(Scratch::default());
}

pub fn write_packet(out: &mut impl Write, d: &Dissection<'_>) -> io::Result<()> {
    SCRATCH.with(|b| match b.try_borrow_mut() {
        Ok(mut scratch) => {
            let scratch = &mut *scratch;
            let mut buf = std::mem::take(&mut scratch.buf);
            buf.clear();
            packet(&mut buf, scratch, d);
            let written = out.write_all(&buf);
            // A huge packet does not keep its buffer.
            if buf.capacity() <= 1 << 20 {
                scratch.buf = buf;
            }
            written
        }
        Err(_) => {
            let mut buf = Vec::new();
            packet(&mut buf, &mut Scratch::default(), d);
            out.write_all(&buf)
        }
    })
}

/// [`write_packet`] onto the end of `buf`: a writer that holds its output
/// in a byte buffer has the packet written there, not in a buffer of its
/// own first and then copied (a packet's JSON is some 4.5 kB, and the
/// copy was 3.6% of the JSON view's instructions).
pub fn append_packet(buf: &mut Vec<u8>, d: &Dissection<'_>) {
    SCRATCH.with(|b| match b.try_borrow_mut() {
        Ok(mut scratch) => packet(buf, &mut scratch, d),
        Err(_) => packet(buf, &mut Scratch::default(), d),
    })
}

/// What writing a packet needs besides the packet, kept across packets.
#[derive(Default)]
struct Scratch {
    buf: Vec<u8>,
    /// The [`Names`] table of the layer at hand.
    names: Vec<(u32, u32)>,
    /// Plans of the layer shapes seen, in sets by [`plan_set`]
    /// ([`PLAN_SLOTS`] of them, made on first use).
    plans: Vec<Plan>,
    /// The plan of a layer too large to keep one for.
    large: Plan,
    /// The text of the second the last absolute time fell in.
    second: SecondText,
}

/// The longest text [`SecondText`] keeps (a year of up to 18 digits).
const SECOND_WINDOW: usize = 48;

/// What an absolute time's text shares with every time of the same
/// second: `frame.time` up to its nanoseconds (`Nov 24, 2026 06:00:00.`)
/// and `frame.time_epoch` up to them (`1795500000.`). A packet has two
/// such times and a capture many packets a second, so the calendar is
/// worked out once a second, not twice a packet.
struct SecondText {
    secs: i64,
    /// Each text in a window copied whole (a copy of a known size) and
    /// cut back to its length.
    date: [u8; SECOND_WINDOW],
    date_len: usize,
    epoch: [u8; SECOND_WINDOW],
    epoch_len: usize,
}

impl Default for SecondText {
    fn default() -> Self {
        SecondText {
            // Not a second any time falls in until set.
            secs: i64::MIN,
            date: [0; SECOND_WINDOW],
            date_len: 0,
            epoch: [0; SECOND_WINDOW],
            epoch_len: 0,
        }
    }
}

impl SecondText {
    /// The texts of `secs`.
    fn set(&mut self, secs: i64) {
        let mut text = Vec::with_capacity(64);
        // `push_abs_time` ends with the nine digits of nanoseconds and ` UTC`.
        value::push_abs_time(&mut text, Timestamp::new(secs, 0));
        let date = &text[..text.len() - b"000000000 UTC".len()];
        let mut epoch = Vec::with_capacity(24);
        value::push_i64(&mut epoch, secs);
        epoch.push(b'.');
        if date.len() > SECOND_WINDOW || epoch.len() > SECOND_WINDOW {
            // Never for an i64 of seconds; the texts are left unset.
            self.secs = i64::MIN;
            return;
        }
        self.secs = secs;
        self.date[..date.len()].copy_from_slice(date);
        self.date_len = date.len();
        self.epoch[..epoch.len()].copy_from_slice(&epoch);
        self.epoch_len = epoch.len();
    }

    /// Whether `t`'s second is kept (made so when it can be).
    fn holds(&mut self, t: Timestamp) -> bool {
        if t.nanos >= 1_000_000_000 || t.secs == i64::MIN {
            return false;
        }
        if t.secs != self.secs {
            self.set(t.secs);
        }
        t.secs == self.secs
    }

    /// `frame.time`: [`value::push_abs_time`]'s text.
    fn push_abs_time(&mut self, buf: &mut Vec<u8>, t: Timestamp) {
        if !self.holds(t) {
            return value::push_abs_time(buf, t);
        }
        let len = buf.len();
        buf.extend_from_slice(&self.date);
        buf.truncate(len + self.date_len);
        value::push_nanos(buf, u64::from(t.nanos));
        buf.extend_from_slice(b" UTC");
    }

    /// `frame.time_epoch`: [`value::push_epoch`]'s text.
    fn push_epoch(&mut self, buf: &mut Vec<u8>, t: Timestamp) {
        // A negative time with nanoseconds counts them down from the
        // second after.
        if (t.secs < 0 && t.nanos > 0) || !self.holds(t) {
            return value::push_epoch(buf, t);
        }
        let len = buf.len();
        buf.extend_from_slice(&self.epoch);
        buf.truncate(len + self.epoch_len);
        value::push_nanos(buf, u64::from(t.nanos));
    }
}

/// Plans kept: a capture's layers come in a few dozen shapes (a DNS query,
/// a TCP segment with timestamps, ...); a shape that shares a slot with
/// another replaces it.
const PLAN_SLOTS: usize = 1024;

/// Layers with more fields than this have their plan made each time, so
/// the kept plans stay small (at most some kilobytes each).
const PLAN_MAX_FIELDS: usize = 128;

/// The text of a layer of one shape (protocol, OSI layer and field
/// definitions in order) that does not depend on the values: the field
/// names, quoted, with the punctuation between them, and which fields
/// write their values where. Worked out once for each shape, it leaves
/// one copy and the values to write for each field of the next layer of
/// that shape (working it out for every layer — a table of names, each
/// name copied with its quotes — was most of the JSON writer's
/// instructions).
#[derive(Default)]
struct Plan {
    protocol: &'static str,
    osi: u8,
    /// The definitions of the layer's fields, by address: the shape.
    defs: Vec<usize>,
    /// `{"osi":3,"protocol":"ip","fields":{"ip.version":`, then each
    /// next group's `,"ip.hdr_len":` (with `]` before it after an array
    /// and `[` after it for one), then `}` (or `]}`).
    text: Vec<u8>,
    groups: Vec<Group>,
    /// The fields of the arrays, in order, each array's in a run.
    members: Vec<u32>,
    /// Where the text ends; [`SEGMENT_WINDOW`] bytes of padding follow.
    text_len: usize,
}

/// A segment of a plan's text this long or shorter is copied as a window
/// of this size (a copy of a known size: no call) and the output cut back
/// to the segment's end; the text is padded so every window is in it.
pub(crate) const SEGMENT_WINDOW: usize = 32;

/// `text[at..end]` onto `buf`, `text` being a plan's (or ek's document)
/// text, padded by [`SEGMENT_WINDOW`].
#[inline]
pub(crate) fn copy_segment(buf: &mut Vec<u8>, text: &[u8], at: usize, end: usize) {
    if end - at <= SEGMENT_WINDOW
        && let Some(window) = text.get(at..at + SEGMENT_WINDOW)
        && let Ok(window) = <&[u8; SEGMENT_WINDOW]>::try_from(window)
    {
        let len = buf.len();
        buf.extend_from_slice(window);
        buf.truncate(len + end - at);
        return;
    }
    buf.extend_from_slice(&text[at..end]);
}

/// The values written under one name.
#[derive(Clone, Copy)]
struct Group {
    /// Where the text before the values ends in [`Plan::text`].
    text_end: u32,
    /// The field, when the name occurs once.
    field: u32,
    /// The fields of the array in [`Plan::members`] (empty: one value).
    members: (u32, u32),
}

/// Where `{"osi":N` ends in a plan's text: `,"quoted":true` goes there.
const OSI_END: usize = b"{\"osi\":0".len();

impl Plan {
    /// Whether this is the plan of `l`'s shape.
    fn fits(&self, l: &Layer<'_>) -> bool {
        if self.osi != l.osi.number()
            || !same_name(self.protocol, l.protocol)
            || self.defs.len() != l.fields.len()
        {
            return false;
        }
        // In step, without an index: no bounds check a field (every
        // field of every layer is compared).
        self.defs
            .iter()
            .zip(&l.fields)
            .all(|(&def, f)| def == def_address(f))
    }

    /// Make this the plan of `l`'s shape (its buffers reused).
    fn make(&mut self, l: &Layer<'_>, names: &mut Vec<(u32, u32)>) {
        self.protocol = l.protocol;
        self.osi = l.osi.number();
        self.defs.clear();
        self.defs.extend(l.fields.iter().map(def_address));
        self.groups.clear();
        self.members.clear();
        let text = &mut self.text;
        text.clear();
        text.extend_from_slice(b"{\"osi\":");
        text.push(b'0' + l.osi.number());
        text.extend_from_slice(b",\"protocol\":\"");
        text.extend_from_slice(l.protocol.as_bytes());
        text.extend_from_slice(b"\",\"fields\":{");
        // Names that occur more than once become arrays, each name once, at
        // its first occurrence, with all its values.
        let names = Names::of(l, names);
        let mut array_open = false;
        for (i, f) in l.fields.iter().enumerate() {
            let (at, count) = names.find(l, i);
            if at != i {
                continue;
            }
            if array_open {
                text.push(b']');
            }
            if !self.groups.is_empty() {
                text.push(b',');
            }
            // Field names are our own literals: no escaping needed.
            text.push(b'"');
            text.extend_from_slice(f.name().as_bytes());
            text.extend_from_slice(b"\":");
            array_open = count > 1;
            let start = self.members.len() as u32;
            if array_open {
                text.push(b'[');
                self.members.extend(
                    (i..l.fields.len())
                        .filter(|&j| same_name(l.fields[j].name(), f.name()))
                        .map(|j| j as u32),
                );
            }
            self.groups.push(Group {
                text_end: text.len() as u32,
                field: i as u32,
                members: (start, self.members.len() as u32),
            });
        }
        if array_open {
            text.push(b']');
        }
        text.push(b'}');
        self.text_len = text.len();
        text.extend_from_slice(&[0; SEGMENT_WINDOW]);
    }

    /// `l`, whose shape this plan is, up to the end of its fields.
    fn write(&self, buf: &mut Vec<u8>, l: &Layer<'_>, quoted: bool, second: &mut SecondText) {
        let mut at = 0;
        if quoted {
            buf.extend_from_slice(&self.text[..OSI_END]);
            buf.extend_from_slice(b",\"quoted\":true");
            at = OSI_END;
        }
        for g in &self.groups {
            let end = g.text_end as usize;
            copy_segment(buf, &self.text, at, end);
            at = end;
            let (first, last) = g.members;
            if first == last {
                write_field(buf, &l.fields[g.field as usize], second);
                continue;
            }
            for (k, &m) in self.members[first as usize..last as usize]
                .iter()
                .enumerate()
            {
                if k > 0 {
                    buf.push(b',');
                }
                write_field(buf, &l.fields[m as usize], second);
            }
        }
        copy_segment(buf, &self.text, at, self.text_len);
    }
}

fn def_address(f: &Field<'_>) -> usize {
    std::ptr::from_ref(f.def) as usize
}

/// Plans in a set: shapes that share a set (see [`plan_set`]) take turns
/// in it, the one used last first.
const PLAN_WAYS: usize = 4;

/// Where the plan of `l`'s shape is looked for: a hash of the protocol,
/// the number of fields and five of their definitions (first, last and
/// three between). [`Plan::fits`] checks the whole shape, so shapes that
/// differ elsewhere only share a set (hashing every field was a pass over
/// the layer, besides the one that checks it).
fn plan_set(l: &Layer<'_>) -> usize {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let fields = &l.fields;
    let n = fields.len();
    let mut h = (l.protocol.as_ptr() as u64) ^ (n as u64) << 48 ^ u64::from(l.osi.number()) << 56;
    if n > 0 {
        for i in [0, n / 4, n / 2, n - 1 - n / 4, n - 1] {
            h = (h ^ def_address(&fields[i]) as u64).wrapping_mul(K);
        }
    }
    h ^= h >> 29;
    (h.wrapping_mul(K) >> 40) as usize % (PLAN_SLOTS / PLAN_WAYS)
}

/// The plan of `l`'s shape, made when its set has none (in place of the
/// one used longest ago).
fn plan_for<'p>(plans: &'p mut [Plan], l: &Layer<'_>, names: &mut Vec<(u32, u32)>) -> &'p Plan {
    let start = plan_set(l) * PLAN_WAYS;
    let set = &mut plans[start..start + PLAN_WAYS];
    match set.iter().position(|p| p.fits(l)) {
        Some(at) => set[..=at].rotate_right(1),
        None => {
            set.rotate_right(1);
            set[0].make(l, names);
        }
    }
    &set[0]
}

/// The packet's JSON onto the end of `buf` (the scratch's own buffer is
/// not used here: [`write_packet`] passes it as `buf`).
fn packet(buf: &mut Vec<u8>, scratch: &mut Scratch, d: &Dissection<'_>) {
    let Scratch {
        buf: _,
        names,
        plans,
        large,
        second,
    } = scratch;
    if plans.is_empty() {
        plans.resize_with(PLAN_SLOTS, Plan::default);
    }
    buf.extend_from_slice(b"{\"schema\":");
    buf.extend_from_slice(itoa::Buffer::new().format(SCHEMA).as_bytes());
    buf.extend_from_slice(b",\"layers\":[");
    let quoted = d.quoted_start().unwrap_or(usize::MAX);
    for (i, l) in d.layers.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        let plan = if l.fields.len() > PLAN_MAX_FIELDS {
            large.make(l, names);
            &*large
        } else {
            plan_for(plans, l, names)
        };
        plan.write(buf, l, i >= quoted, second);
        if !l.anomalies.is_empty() {
            buf.extend_from_slice(b",\"anomalies\":[");
            for (i, a) in l.anomalies.iter().enumerate() {
                if i > 0 {
                    buf.push(b',');
                }
                write_str(buf, &a.to_string());
            }
            buf.push(b']');
        }
        buf.push(b'}');
    }
    buf.extend_from_slice(b"]}\n");
}

/// Equal names; the same field's name is the same literal, so the
/// pointers usually decide.
fn same_name(a: &str, b: &str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

/// A layer's field names in an open-addressed table: for each field, the
/// first field with its name and how many fields carry it, found in one
/// pass (comparing every field with every other was a quarter of all JSON
/// instructions).
struct Names<'s> {
    /// `(first field + 1, count)`; 0 marks an empty slot.
    slots: &'s mut [(u32, u32)],
    mask: usize,
}

impl<'s> Names<'s> {
    /// The table of `l`'s names, in `slots` (emptied first).
    fn of(l: &Layer<'_>, slots: &'s mut Vec<(u32, u32)>) -> Names<'s> {
        let size = (l.fields.len() * 2).next_power_of_two().max(16);
        slots.clear();
        slots.resize(size, (0, 0));
        let names = Names {
            slots,
            mask: size - 1,
        };
        for (i, f) in l.fields.iter().enumerate() {
            let at = names.slot(l, f.name());
            let s = &mut names.slots[at];
            if s.0 == 0 {
                *s = (i as u32 + 1, 1);
            } else {
                s.1 += 1;
            }
        }
        names
    }

    /// The slot of `name`: where it is, or the empty one it would take.
    fn slot(&self, l: &Layer<'_>, name: &str) -> usize {
        let mut at = hash(name) & self.mask;
        loop {
            let (first, _) = self.slots[at];
            if first == 0 || same_name(l.fields[first as usize - 1].name(), name) {
                return at;
            }
            at = (at + 1) & self.mask;
        }
    }

    /// The first field named as field `i`, and how many are.
    fn find(&self, l: &Layer<'_>, i: usize) -> (usize, u32) {
        let (first, count) = self.slots[self.slot(l, l.fields[i].name())];
        (first as usize - 1, count)
    }
}

/// A cheap hash of a field name: its length and last eight bytes (names
/// share prefixes such as `tcp.analysis.`, and differ at the end).
fn hash(name: &str) -> usize {
    let b = name.as_bytes();
    let tail = match b.len().checked_sub(8) {
        Some(at) => b[at..]
            .try_into()
            .map(u64::from_le_bytes)
            .unwrap_or_default(),
        None => b.iter().fold(0, |h, &c| h << 8 | u64::from(c)),
    };
    let x = tail ^ (b.len() as u64) << 56;
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize
}

/// [`write_value`], an integer or a boolean written here: most of a
/// packet's values are one (integers alone half of them), and the call to
/// the writer of any value (its entry and exit save and restore the
/// registers its other arms use) cost more than the value's text
/// (json 40,201 -> 38,930 instructions a packet, with `Plan::fits` in
/// step).
#[inline(always)]
fn write_field(buf: &mut Vec<u8>, field: &Field<'_>, second: &mut SecondText) {
    match &field.value {
        Value::UInt(n) => value::push_u64(buf, *n),
        Value::Bool(b) => buf.extend_from_slice(if *b { b"true" } else { b"false" }),
        _ => write_value(buf, field, second),
    }
}

// Kept out of line: inlined in `write_field`, its arms' stack work would
// come back into every value's path.
#[inline(never)]
fn write_value(buf: &mut Vec<u8>, field: &Field<'_>, second: &mut SecondText) {
    // Each value written straight into the buffer: no `String` a value,
    // no formatting machinery (numbers, addresses and times have their own
    // small routines in [`value`]).
    match &field.value {
        Value::UInt(n) => value::push_u64(buf, *n),
        Value::Int(n) => value::push_i64(buf, *n),
        Value::Bool(b) => buf.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Str(s) => write_str(buf, s),
        // Seconds with nine decimals: a JSON number.
        Value::RelTime(t) => value::push_rel_time(buf, *t),
        // Addresses, times and bytes: their display form, quoted. None
        // of these can contain characters that need escaping.
        Value::Bytes(b) => quoted(buf, |buf| value::push_colon_hex(buf, b)),
        Value::Time(t) if field.def.shows_null(*t) => buf.extend_from_slice(b"\"NULL\""),
        Value::Time(t) if field.def.ftype == FieldType::AbsoluteTime => {
            quoted(buf, |buf| second.push_abs_time(buf, *t))
        }
        Value::Time(t) => quoted(buf, |buf| second.push_epoch(buf, *t)),
        Value::Mac(m) => quoted_mac(buf, m),
        Value::Ipv4(a) => quoted(buf, |buf| value::push_ipv4(buf, a)),
        // A protocol item without a label of its own (the hidden
        // `_ws.malformed` beside a Malformed expert item): its name, as
        // tshark's JSON writes it.
        Value::None if field.def.ftype == FieldType::Protocol => write_str(buf, field.def.title),
        // IPv6 addresses, doubles and labels (`""`): their display form.
        // It fails only when the sink fails, and a `Vec` never does.
        other => quoted(buf, |buf| {
            let _ = other.write_text(&mut Text(buf));
        }),
    }
}

/// A MAC address, quoted. Kept out of [`write_value`]: inlined there, its
/// text's stack work made every value's call dearer (json +260
/// instructions a packet).
#[inline(never)]
fn quoted_mac(buf: &mut Vec<u8>, m: &[u8; 6]) {
    quoted(buf, |buf| value::push_mac(buf, m));
}

/// What `write` writes, between double quotes.
fn quoted(buf: &mut Vec<u8>, write: impl FnOnce(&mut Vec<u8>)) {
    buf.push(b'"');
    write(buf);
    buf.push(b'"');
}

/// Text written into the byte buffer.
struct Text<'b>(&'b mut Vec<u8>);

impl std::fmt::Write for Text<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// Whether any of eight bytes needs a JSON escape: a control character
/// (below 0x20), `"` or `\` (each test is exact for "any": a byte at or
/// above 0x80 never counts).
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word;
    let quote = word ^ (ONES * u64::from(b'"'));
    let backslash = word ^ (ONES * u64::from(b'\\'));
    let zero = |x: u64| x.wrapping_sub(ONES) & !x;
    (below_space | zero(quote) | zero(backslash)) & HIGH != 0
}

/// How many bytes at the start of `bytes` need no escape: all of them,
/// or a multiple of eight up to the first word that needs one. Words are
/// checked eight bytes at a time; the last, partial one as the last eight
/// bytes (overlapping the words checked already).
fn clean_prefix(bytes: &[u8]) -> usize {
    let words = bytes.len() / 8 * 8;
    for (i, word) in bytes[..words].chunks_exact(8).enumerate() {
        if needs_escape(u64::from_le_bytes(word.try_into().unwrap_or_default())) {
            return i * 8;
        }
    }
    let tail_clean = match bytes.len().checked_sub(8) {
        Some(at) => !needs_escape(u64::from_le_bytes(
            bytes[at..].try_into().unwrap_or_default(),
        )),
        None => bytes.iter().all(|&b| b >= 0x20 && b != b'"' && b != b'\\'),
    };
    if tail_clean { bytes.len() } else { words }
}

/// A JSON string literal (RFC 8259 escapes). Most strings need no escape
/// ([`clean_prefix`]) and are copied in one go; from the first word that
/// needs one, byte by byte. The input is UTF-8 already.
pub(crate) fn write_str(buf: &mut Vec<u8>, s: &str) {
    buf.push(b'"');
    let bytes = s.as_bytes();
    let clean = clean_prefix(bytes);
    buf.extend_from_slice(&bytes[..clean]);
    if clean == bytes.len() {
        buf.push(b'"');
        return;
    }
    let rest = &bytes[clean..];
    let mut start = 0;
    for (i, &b) in rest.iter().enumerate() {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => b"",
            _ => continue,
        };
        buf.extend_from_slice(&rest[start..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(b"\\u00");
            buf.push(HEX[usize::from(b >> 4)]);
            buf.push(HEX[usize::from(b & 0xf)]);
        } else {
            buf.extend_from_slice(escape);
        }
        start = i + 1;
    }
    buf.extend_from_slice(&rest[start..]);
    buf.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::{SecondText, value, write_str};
    use crate::source::Timestamp;

    #[test]
    fn times_of_a_kept_second_read_as_written_afresh() {
        let mut second = SecondText::default();
        let times = [
            (1_795_500_000, 0),
            (1_795_500_000, 539_000),
            (1_795_500_001, 999_999_999),
            (0, 5),
            (-1, 500_000_000),
            (-1, 0),
            (-2, 0),
            (-62_167_219_201, 1),
            (253_402_300_800, 7),
            (-62_167_219_200 - 86_400 * 400, 0),
        ];
        for (secs, nanos) in times.into_iter().chain(times) {
            let t = Timestamp { secs, nanos };
            let (mut kept, mut afresh) = (Vec::new(), Vec::new());
            second.push_abs_time(&mut kept, t);
            value::push_abs_time(&mut afresh, t);
            assert_eq!(kept, afresh, "{secs} {nanos}");
            let (mut kept, mut afresh) = (Vec::new(), Vec::new());
            second.push_epoch(&mut kept, t);
            value::push_epoch(&mut afresh, t);
            assert_eq!(kept, afresh, "{secs} {nanos}");
        }
    }

    #[test]
    fn strings_are_escaped_as_rfc_8259_says() {
        let mut buf = Vec::new();
        write_str(&mut buf, "a\"b\\c\nd\te\u{1}f\u{1f}é한");
        let text = String::from_utf8(buf).unwrap();
        assert_eq!(text, "\"a\\\"b\\\\c\\nd\\te\\u0001f\\u001fé한\"");
        let back: String = serde_json::from_str(&text).unwrap();
        assert_eq!(back, "a\"b\\c\nd\te\u{1}f\u{1f}é한");
    }

    #[test]
    fn strings_of_every_length_are_escaped_wherever_the_escape_is() {
        for len in 0..40 {
            for at in 0..len {
                for c in ['"', '\\', '\n', '\u{1}', '\u{1f}', 'é', ' ', '~'] {
                    let mut s: String = "abcdefghijklmnopqrstuvwxyz0123456789ABCD"[..len].into();
                    s.replace_range(at..at + 1, c.encode_utf8(&mut [0; 4]));
                    let mut buf = Vec::new();
                    write_str(&mut buf, &s);
                    let text = String::from_utf8(buf).unwrap();
                    assert_eq!(text, serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
    }
}
