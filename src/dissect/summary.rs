//! One-line summaries of the link, network and transport layers, built
//! from their fields only; each protocol's spec (`spec.rs`) points at its
//! summary here (application protocols keep theirs in their folders).

use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::names;
use crate::dissect::{Layer, Value};

/// The words of osidump's own sentences in one output language, so that
/// every language goes through the same writer and none can drift from
/// another. `{}` stands for a value, in order. tshark's own words (message
/// and value names, `Seq=`, `Who has` in English) are not here: they are
/// Wireshark's names and stay as it spells them, but for ARP's sentence,
/// which a learner reads as a sentence.
pub struct Words {
    pub on_wire: &'static str,
    pub interface: &'static str,
    pub ethertype: &'static str,
    pub length_8023: &'static str,
    pub padding: &'static str,
    pub vlan: &'static str,
    pub packet_type: &'static str,
    pub from: &'static str,
    pub linux_protocol: &'static str,
    pub loopback: &'static str,
    pub unknown: &'static str,
    pub raw: &'static str,
    pub arp_who_has: &'static str,
    pub arp_is_at: &'static str,
    pub arp_announcement: &'static str,
    pub arp_gratuitous_request: &'static str,
    pub arp_gratuitous_reply: &'static str,
    pub arp_probe: &'static str,
    pub arp_duplicate: &'static str,
    pub version: &'static str,
    pub fragment_offset: &'static str,
    pub more_fragments_v6: &'static str,
    pub bad_checksum: &'static str,
    pub reassembled_fragments: &'static str,
    pub next_header: &'static str,
    pub hop_by_hop: &'static str,
    pub routing: &'static str,
    pub dst_opts: &'static str,
    pub target: &'static str,
    pub lladdr: &'static str,
    pub segments_reassembled: &'static str,
    pub payload: &'static str,
    /// osidump's phrases (TCP analysis labels, notes, phases) in this
    /// language.
    pub phrase: fn(&str) -> std::borrow::Cow<'_, str>,
}

/// English: osidump's sentences as they always read.
pub static EN: Words = Words {
    on_wire: "{} bytes on wire, {} captured",
    interface: ", interface {}",
    ethertype: " type ",
    length_8023: " 802.3 length {}",
    padding: " padding {}",
    vlan: "VLAN {} priority {}",
    packet_type: "packet type {}",
    from: " from {}",
    linux_protocol: " Linux protocol 0x{}",
    loopback: "loopback, family {} ({})",
    unknown: "unknown",
    raw: "raw IP (no link header)",
    arp_who_has: "Who has {}? Tell {}",
    arp_is_at: "{} is at {}",
    arp_announcement: "ARP Announcement for {}",
    arp_gratuitous_request: "Gratuitous ARP for {} (Request)",
    arp_gratuitous_reply: "Gratuitous ARP for {} (Reply)",
    arp_probe: "Who has {}? (ARP Probe)",
    arp_duplicate: " (duplicate use of {} detected!)",
    version: "version {}",
    fragment_offset: " fragment offset {}",
    more_fragments_v6: " M",
    bad_checksum: " bad checksum",
    reassembled_fragments: " [reassembled from {} fragments]",
    next_header: " next {}",
    hop_by_hop: "hop-by-hop",
    routing: "routing",
    dst_opts: "dst-opts",
    target: " target {}",
    lladdr: " lladdr ",
    segments_reassembled: " [{} segments reassembled]",
    payload: "{} bytes of payload",
    phrase: |s| std::borrow::Cow::Borrowed(s),
};

/// A value in one of [`Words`]' sentences.
#[derive(Clone, Copy)]
enum Arg<'v> {
    Num(u64),
    Text(&'v str),
    Value(&'v Value<'v>),
}

/// Writes `template` with each `{}` replaced by the next of `args` (a
/// `{}` past the last argument is dropped). Pieces are pushed, numbers
/// written with itoa: no formatting machinery, as every summary line of
/// the tree and the line view has one.
fn fill(out: &mut String, template: &str, args: &[Arg<'_>]) {
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.as_bytes().windows(2).position(|p| p == b"{}") {
        out.push_str(&rest[..at]);
        match args.next() {
            Some(Arg::Num(n)) => push_uint(out, *n),
            Some(Arg::Text(t)) => out.push_str(t),
            Some(Arg::Value(v)) => push_value(out, v),
            None => {}
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
}

/// Appends a value's display form (what `{}` prints), IPv6 addresses
/// through [`push_ipv6`] rather than std's formatter.
pub(crate) fn push_value(out: &mut String, v: &Value<'_>) {
    match v {
        Value::Ipv6(a) => push_ipv6(out, a),
        other => {
            let _ = other.write_text(out);
        }
    }
}

/// `src → dst`.
fn push_pair(out: &mut String, src: &Value<'_>, dst: &Value<'_>) {
    push_value(out, src);
    out.push_str(" → ");
    push_value(out, dst);
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `n` in lower-case hex, zero-padded to `min` digits (`{n:0min$x}`).
pub(crate) fn push_hex(out: &mut String, n: u64, min: usize) {
    let mut buf = [b'0'; 16];
    let need = (64 - n.leading_zeros() as usize)
        .div_ceil(4)
        .max(min)
        .clamp(1, 16);
    let mut v = n;
    for d in buf[16 - need..].iter_mut().rev() {
        *d = HEX[(v & 0xf) as usize];
        v >>= 4;
    }
    out.push_str(crate::dissect::layer::ascii(&buf[16 - need..]));
}

/// Appends `0x` and `n` in lower-case hex, zero-padded to `min` digits.
fn push_0x(out: &mut String, n: u64, min: usize) {
    out.push_str("0x");
    push_hex(out, n, min);
}

/// Appends an IPv6 address as Wireshark writes it (see
/// [`crate::dissect::layer::ipv6_text`]), written into a stack buffer
/// without the formatting machinery: every IPv6 line has two.
pub(crate) fn push_ipv6(out: &mut String, a: &[u8; 16]) {
    let (b, n) = crate::dissect::layer::ipv6_text(a);
    out.push_str(crate::dissect::layer::ascii(&b[..n]));
}

/// Appends the summary of a link, network, transport or session layer (or
/// undecoded data) in the language of `w`; false for other layers.
pub fn summarize_in(out: &mut String, l: &Layer<'_>, w: &Words) -> bool {
    match l.protocol {
        "frame" => frame_(out, l, w),
        "eth" => eth_(out, l, w),
        "vlan" | "ieee8021ad" => vlan_(out, l, w),
        "sll" => sll_(out, l, w),
        "null" => null_(out, l, w),
        "raw" => out.push_str(w.raw),
        "arp" => arp_(out, l, w),
        "ip" => ip_(out, l, w),
        "ipv6" => ipv6_(out, l, w),
        "icmp" => icmp_(out, l),
        "icmpv6" => icmpv6_(out, l, w),
        "tcp" => tcp_(out, l, w),
        "udp" => udp_(out, l),
        "session" => {
            // Written in English, then replaced by the phrase in `w`'s
            // language when that differs (English's is the text itself).
            let start = out.len();
            session_(out, l);
            let said = match (w.phrase)(&out[start..]) {
                std::borrow::Cow::Borrowed(same)
                    if std::ptr::eq(same.as_ptr(), out[start..].as_ptr())
                        && same.len() == out.len() - start =>
                {
                    None
                }
                other => Some(other.into_owned()),
            };
            if let Some(said) = said {
                out.truncate(start);
                out.push_str(&said);
            }
        }
        "data" => data_(out, l, w),
        // TLS on the segment where a record spanning segments starts.
        "tls" if l.fields.is_empty() => {
            out.push_str(&(w.phrase)(crate::dissect::app::tls::RECORD_STARTS));
        }
        _ => return false,
    }
    true
}

fn v<'l>(l: &'l Layer<'_>, name: &'static FieldDef) -> Option<&'l Value<'l>> {
    l.get(name)
}

fn u(l: &Layer<'_>, name: &'static FieldDef) -> Option<u64> {
    l.get_uint(name)
}

fn flag(l: &Layer<'_>, name: &'static FieldDef) -> bool {
    matches!(l.get(name), Some(Value::Bool(true)))
}

/// A value as [`Layer::get_uint`] reads it (booleans as 0/1).
fn as_uint(v: Option<&Value<'_>>) -> Option<u64> {
    match v? {
        Value::UInt(n) => Some(*n),
        Value::Bool(b) => Some(u64::from(*b)),
        _ => None,
    }
}

/// The definitions a summary reads, as a small open-addressed table from
/// a definition's address to its place in the list: a layer's fields are
/// matched against it in one walk, each at the cost of a hash and a
/// compare or two rather than one compare per definition (a TCP segment
/// has some 45 fields, its summary reads 20). Made once per summary (see
/// [`firsts!`]).
struct Wanted<const N: usize> {
    /// Addresses of the definitions (0: an empty slot).
    keys: [usize; SLOTS],
    /// Each key's place in the list.
    place: [u8; SLOTS],
}

/// Slots of a [`Wanted`] table: at most half are used, so that a probe
/// meets an empty one soon.
const SLOTS: usize = 64;

/// The slot a definition's address starts probing at (Fibonacci hashing:
/// definitions are statics some hundred bytes apart).
fn slot_of(addr: usize) -> usize {
    ((addr as u64 >> 3).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) as usize
}

impl<const N: usize> Wanted<N> {
    fn new(defs: [&'static FieldDef; N]) -> Self {
        assert!(N <= SLOTS / 2, "a Wanted table stays half empty");
        let (mut keys, mut place) = ([0; SLOTS], [0; SLOTS]);
        for (k, def) in defs.iter().enumerate() {
            let addr = std::ptr::from_ref(*def) as usize;
            let mut s = slot_of(addr);
            while keys[s] != 0 && keys[s] != addr {
                s = (s + 1) % SLOTS;
            }
            // A definition listed twice keeps its first place.
            if keys[s] == 0 {
                keys[s] = addr;
                place[s] = k as u8;
            }
        }
        Wanted { keys, place }
    }

    /// The place of `def` in the list, if it is there.
    fn place(&self, def: &FieldDef) -> Option<usize> {
        let addr = std::ptr::from_ref(def) as usize;
        let mut s = slot_of(addr);
        loop {
            match self.keys[s] {
                k if k == addr => return Some(usize::from(self.place[s])),
                0 => return None,
                _ => s = (s + 1) % SLOTS,
            }
        }
    }

    /// Where the first field of each definition is in `l`, found in one
    /// walk that ends when all are.
    fn first_indices(&self, l: &Layer<'_>) -> [Option<usize>; N] {
        let mut found = [None; N];
        let mut left = N;
        for (i, fl) in l.fields.iter().enumerate() {
            if let Some(k) = self.place(fl.def)
                && found[k].is_none()
            {
                found[k] = Some(i);
                left -= 1;
                if left == 0 {
                    break;
                }
            }
        }
        found
    }

    /// The first value of each definition in `l` (what [`Layer::get`]
    /// finds for each).
    fn firsts<'l, 'a>(&self, l: &'l Layer<'a>) -> [Option<&'l Value<'a>>; N] {
        self.first_indices(l)
            .map(|i| i.and_then(|i| l.fields.get(i)).map(|fl| &fl.value))
    }
}

/// `firsts!(layer, [DEF, …])`: the first value of each definition in the
/// layer, through a [`Wanted`] table made on first use.
macro_rules! firsts {
    ($l:expr, [$($def:expr),+ $(,)?] $(,)?) => {{
        static WANTED: std::sync::OnceLock<Wanted<{ [$(stringify!($def)),+].len() }>> =
            std::sync::OnceLock::new();
        WANTED.get_or_init(|| Wanted::new([$($def),+])).firsts($l)
    }};
}

/// The summary of a layer no spec claims: its first fields.
pub(crate) fn generic(out: &mut String, l: &Layer<'_>) {
    for (i, f) in l.fields.iter().take(4).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(f.name());
        out.push('=');
        push_value(out, &f.value);
    }
}

pub(crate) fn raw(out: &mut String, _l: &Layer<'_>) {
    out.push_str(EN.raw);
}

fn data_(out: &mut String, l: &Layer<'_>, w: &Words) {
    fill(out, w.payload, &[Arg::Num(u(l, f::data::LEN).unwrap_or(0))]);
    if let Some(note) = l.get_str(f::data::OSIDUMP_REASSEMBLY) {
        out.push_str(" (");
        out.push_str(&(w.phrase)(note));
        if let Some(p) = l.get_str(f::data::OSIDUMP_PROTOCOL) {
            out.push_str(", ");
            out.push_str(p);
        }
        out.push(')');
    }
}

fn frame_(out: &mut String, l: &Layer<'_>, w: &Words) {
    let [len, cap_len, if_name, if_id, linktype] = firsts!(
        l,
        [
            f::frame::LEN,
            f::frame::CAP_LEN,
            f::frame::INTERFACE_NAME,
            f::frame::INTERFACE_ID,
            f::frame::OSIDUMP_LINKTYPE_NAME,
        ],
    );
    fill(
        out,
        w.on_wire,
        &[
            Arg::Num(as_uint(len).unwrap_or(0)),
            Arg::Num(as_uint(cap_len).unwrap_or(0)),
        ],
    );
    if let Some(Value::Str(name)) = if_name {
        fill(out, w.interface, &[Arg::Text(name)]);
    } else if let Some(id) = as_uint(if_id) {
        // Only pcapng and live captures have interfaces.
        fill(out, w.interface, &[Arg::Num(id)]);
    }
    if let Some(Value::Str(n)) = linktype {
        out.push_str(" (");
        out.push_str(n);
        out.push(')');
    }
}

fn ethertype(out: &mut String, t: u64, w: &Words) {
    out.push_str(w.ethertype);
    match f::eth::TYPE.value_name(t) {
        Some(n) => {
            out.push_str(n);
            out.push_str(" (");
            push_0x(out, t, 4);
            out.push(')');
        }
        None => push_0x(out, t, 4),
    }
}

fn eth_(out: &mut String, l: &Layer<'_>, w: &Words) {
    let [src, dst, etype, len, padding] = firsts!(
        l,
        [
            f::eth::SRC,
            f::eth::DST,
            f::eth::TYPE,
            f::eth::LEN,
            f::eth::PADDING,
        ],
    );
    if let (Some(s), Some(d)) = (src, dst) {
        push_pair(out, s, d);
    }
    if let Some(t) = as_uint(etype) {
        ethertype(out, t, w);
    } else if let Some(len) = as_uint(len) {
        fill(out, w.length_8023, &[Arg::Num(len)]);
    }
    if let Some(Value::Bytes(p)) = padding {
        fill(out, w.padding, &[Arg::Num(p.len() as u64)]);
    }
}

fn vlan_(out: &mut String, l: &Layer<'_>, w: &Words) {
    use crate::dissect::link::{SERVICE_TAG, VLAN_TAG};
    let f = if l.protocol == SERVICE_TAG.protocol {
        &SERVICE_TAG
    } else {
        &VLAN_TAG
    };
    fill(
        out,
        w.vlan,
        &[
            Arg::Num(u(l, f.id).unwrap_or(0)),
            Arg::Num(u(l, f.priority).unwrap_or(0)),
        ],
    );
    if let Some(t) = u(l, f.etype) {
        ethertype(out, t, w);
    }
}

fn sll_(out: &mut String, l: &Layer<'_>, w: &Words) {
    if let Some(t) = u(l, f::sll::PKTTYPE) {
        match f::sll::PKTTYPE.value_name(t) {
            Some(n) => out.push_str(n),
            None => fill(out, w.packet_type, &[Arg::Num(t)]),
        }
    }
    if let Some(a) = v(l, f::sll::SRC_ETH)
        .or(v(l, f::sll::SRC_IPV4))
        .or(v(l, f::sll::SRC_OTHER))
    {
        fill(out, w.from, &[Arg::Value(a)]);
    }
    if let Some(i) = u(l, f::sll::IFINDEX) {
        out.push_str(" ifindex ");
        push_uint(out, i);
    }
    if let Some(t) = u(l, f::sll::ETYPE) {
        ethertype(out, t, w);
    } else if let Some(t) = u(l, f::sll::LTYPE) {
        let mut hex = String::new();
        push_hex(&mut hex, t, 4);
        fill(out, w.linux_protocol, &[Arg::Text(&hex)]);
    }
}

fn arcnet_(out: &mut String, l: &Layer<'_>) {
    if let (Some(s), Some(d)) = (u(l, f::arcnet::SRC), u(l, f::arcnet::DST)) {
        push_0x(out, s, 2);
        out.push_str(" → ");
        push_0x(out, d, 2);
    }
    if let Some(p) = u(l, f::arcnet::PROTID) {
        out.push_str(" protocol ");
        match f::arcnet::PROTID.value_name(p) {
            Some(n) => {
                out.push_str(n);
                out.push_str(" (");
                push_0x(out, p, 2);
                out.push(')');
            }
            None => push_0x(out, p, 2),
        }
    }
}

fn null_(out: &mut String, l: &Layer<'_>, w: &Words) {
    let f = u(l, f::null::FAMILY).unwrap_or(0);
    let name = match f {
        2 => "IPv4",
        10 | 24 | 28 | 30 => "IPv6",
        _ => w.unknown,
    };
    fill(out, w.loopback, &[Arg::Num(f), Arg::Text(name)]);
}

/// ARP's sentence as packet-arp.c writes tshark's Info: `Who has T? Tell
/// S`, `S is at MAC`, and its special cases: a request or reply whose
/// sender and target addresses are one (gratuitous; an announcement when
/// the request's target MAC is zero), a probe (sender 0.0.0.0, target MAC
/// zero), RARP and InARP, unknown opcodes; then ` (duplicate use of IP
/// detected!)` when an earlier frame bound the address to another MAC.
fn arp_(out: &mut String, l: &Layer<'_>, w: &Words) {
    let op = u(l, f::arp::OPCODE).unwrap_or(0);
    // An address of size zero has no field; packet-arp.c writes it so.
    let no_address = Value::Str(std::borrow::Cow::Borrowed("<No address>"));
    let no_hw = (u(l, f::arp::HW_SIZE) == Some(0)).then_some(&no_address);
    let no_proto = (u(l, f::arp::PROTO_SIZE) == Some(0)).then_some(&no_address);
    let spa = v(l, f::arp::SRC_PROTO_IPV4)
        .or(v(l, f::arp::SRC_PROTO))
        .or(no_proto);
    let tpa = v(l, f::arp::DST_PROTO_IPV4)
        .or(v(l, f::arp::DST_PROTO))
        .or(no_proto);
    let sha = v(l, f::arp::SRC_HW_MAC).or(v(l, f::arp::SRC_HW)).or(no_hw);
    let tha = v(l, f::arp::DST_HW_MAC).or(v(l, f::arp::DST_HW)).or(no_hw);
    let zero_mac = |m: Option<&Value<'_>>| match m {
        Some(Value::Mac(m)) => *m == [0; 6],
        Some(Value::Bytes(b)) => b.len() >= 6 && b[..6].iter().all(|&x| x == 0),
        _ => false,
    };
    let zero_ip = matches!(spa, Some(Value::Ipv4([0, 0, 0, 0])));
    let gratuitous = matches!(op, 1 | 2) && spa.is_some() && spa == tpa;
    let reserved_or_unknown = |out: &mut String| match op {
        0 | 65535 => push_labeled(out, "Reserved opcode ", op),
        _ => {
            out.push_str("Unknown ARP opcode ");
            push_0x(out, op, 4);
        }
    };
    let (Some(spa), Some(tpa), Some(sha), Some(tha)) = (spa, tpa, sha, tha) else {
        // packet-arp.c reads every address before it writes the Info
        // column: when a read threw, the column stays empty.
        if l.thrown.is_none() {
            reserved_or_unknown(out);
        }
        return;
    };
    // `a` + `middle` + `b`.
    let sentence = |out: &mut String, a: &Value<'_>, middle: &str, b: &Value<'_>| {
        push_value(out, a);
        out.push_str(middle);
        push_value(out, b);
    };
    match op {
        1 if gratuitous && zero_mac(Some(tha)) => fill(out, w.arp_announcement, &[Arg::Value(tpa)]),
        1 if gratuitous => fill(out, w.arp_gratuitous_request, &[Arg::Value(tpa)]),
        1 if zero_mac(Some(tha)) && zero_ip => fill(out, w.arp_probe, &[Arg::Value(tpa)]),
        1 => fill(out, w.arp_who_has, &[Arg::Value(tpa), Arg::Value(spa)]),
        2 if gratuitous => fill(out, w.arp_gratuitous_reply, &[Arg::Value(spa)]),
        2 => fill(out, w.arp_is_at, &[Arg::Value(spa), Arg::Value(sha)]),
        3 | 5 | 8 => {
            out.push_str("Who is ");
            sentence(out, tha, "? Tell ", sha);
        }
        4 | 6 => sentence(out, tha, " is at ", tpa),
        7 => out.push_str("DRARP Error"),
        9 => sentence(out, sha, " is at ", spa),
        10 => out.push_str("ARP NAK"),
        11..=23 => {
            let what = match op {
                11 => "MARS request from",
                12 => "MARS MULTI request from",
                13 => "MARS MSERV request from",
                14 => "MARS JOIN request from",
                15 => "MARS LEAVE from",
                16 => "MARS NAK from",
                17 => "MARS UNSERV request from",
                18 => "MARS SJOIN request from",
                19 => "MARS SLEAVE from",
                20 => "MARS grouplist request from",
                21 => "MARS grouplist reply from",
                22 => "MARS redirect map from",
                _ => "MAPOS UNARP request from",
            };
            out.push_str(what);
            out.push(' ');
            sentence(out, sha, " at ", spa);
        }
        24 | 25 => {
            out.push_str(if op == 24 {
                "Experimental 1 ( opcode "
            } else {
                "Experimental 2 ( opcode "
            });
            push_uint(out, op);
            out.push_str(" )");
        }
        _ => reserved_or_unknown(out),
    }
    if let Some(ip) = v(l, f::arp::OSIDUMP_DUPLICATE_ADDRESS) {
        fill(out, w.arp_duplicate, &[Arg::Value(ip)]);
    }
}

/// tshark's Protocol column for ARP by opcode (packet-arp.c).
pub(crate) fn arp_column(l: &Layer<'_>) -> &'static str {
    match u(l, f::arp::OPCODE).unwrap_or(0) {
        3 | 4 => "RARP",
        5..=7 => "DRARP",
        8 | 9 => "Inverse ARP",
        11..=22 => "MARS",
        23 => "MAPOS",
        _ => "ARP",
    }
}

fn ip_(out: &mut String, l: &Layer<'_>, w: &Words) {
    let [
        src,
        dst,
        version,
        proto,
        ttl,
        id,
        len,
        bogus,
        hdr_len,
        df,
        mf,
        frag_offset,
        checksum_bad,
        fragments,
    ] = firsts!(
        l,
        [
            f::ip::SRC,
            f::ip::DST,
            f::ip::VERSION,
            f::ip::PROTO,
            f::ip::TTL,
            f::ip::ID,
            f::ip::LEN,
            f::ip::BOGUS_IP_LENGTH,
            f::ip::HDR_LEN,
            f::ip::FLAGS_DF,
            f::ip::FLAGS_MF,
            f::ip::FRAG_OFFSET,
            f::ip::OSIDUMP_CHECKSUM_BAD,
            f::ip::FRAGMENT_COUNT,
        ],
    );
    if let (Some(s), Some(d)) = (src, dst) {
        push_pair(out, s, d);
    } else if let Some(ver) = as_uint(version) {
        fill(out, w.version, &[Arg::Num(ver)]);
    }
    if let Some(p) = as_uint(proto) {
        match f::ip::PROTO.value_name(p) {
            Some(n) => {
                out.push(' ');
                out.push_str(n);
            }
            None => push_labeled(out, " proto ", p),
        }
    }
    if let Some(ttl) = as_uint(ttl) {
        push_labeled(out, " ttl ", ttl);
    }
    if let Some(id) = as_uint(id) {
        out.push_str(" id ");
        push_0x(out, id, 4);
    }
    if let Some(len) = as_uint(len) {
        push_labeled(out, " len ", len);
        // tshark's Info for a length it cannot use.
        // (The same expert marks a length past the frame's end.)
        let hl = as_uint(hdr_len).unwrap_or(20);
        if bogus.is_some() && len < hl {
            push_labeled(out, " [Bogus IP length (", len);
            push_labeled(out, ", less than header length ", hl);
            out.push_str(")]");
        }
    }
    let set = |v: Option<&Value<'_>>| matches!(v, Some(Value::Bool(true)));
    if set(df) {
        out.push_str(" DF");
    }
    let off = as_uint(frag_offset).unwrap_or(0);
    if set(mf) || off > 0 {
        fill(out, w.fragment_offset, &[Arg::Num(off)]);
        if set(mf) {
            out.push_str(" MF");
        }
    }
    if set(checksum_bad) {
        out.push_str(w.bad_checksum);
    }
    if let Some(n) = as_uint(fragments) {
        fill(out, w.reassembled_fragments, &[Arg::Num(n)]);
    }
}

fn ipv6_(out: &mut String, l: &Layer<'_>, w: &Words) {
    let [
        src,
        dst,
        version,
        nxt,
        hlim,
        plen,
        hop_by_hop,
        routing,
        dst_opts,
        fragments,
        frag_offset,
        frag_more,
    ] = firsts!(
        l,
        [
            f::ipv6::SRC,
            f::ipv6::DST,
            f::ipv6::VERSION,
            f::ipv6::NXT,
            f::ipv6::HLIM,
            f::ipv6::PLEN,
            f::ipv6::HOPOPTS_NXT,
            f::ipv6::ROUTING_NXT,
            f::ipv6::DSTOPTS_NXT,
            f::ipv6::FRAGMENT_COUNT,
            f::ipv6::FRAGHDR_OFFSET,
            f::ipv6::FRAGHDR_MORE,
        ],
    );
    if let (Some(s), Some(d)) = (src, dst) {
        push_pair(out, s, d);
    } else if let Some(ver) = as_uint(version) {
        fill(out, w.version, &[Arg::Num(ver)]);
    }
    if let Some(p) = as_uint(nxt) {
        match f::ip::PROTO.value_name(p) {
            Some(n) => fill(out, w.next_header, &[Arg::Text(n)]),
            None => fill(out, w.next_header, &[Arg::Num(p)]),
        }
    }
    if let Some(h) = as_uint(hlim) {
        push_labeled(out, " hlim ", h);
    }
    if let Some(p) = as_uint(plen) {
        push_labeled(out, " plen ", p);
    }
    for (present, label) in [
        (hop_by_hop, w.hop_by_hop),
        (routing, w.routing),
        (dst_opts, w.dst_opts),
    ] {
        if present.is_some() {
            out.push_str(" +");
            out.push_str(label);
        }
    }
    if let Some(n) = as_uint(fragments) {
        fill(out, w.reassembled_fragments, &[Arg::Num(n)]);
    }
    if let Some(off) = as_uint(frag_offset) {
        fill(out, w.fragment_offset, &[Arg::Num(off)]);
        if matches!(frag_more, Some(Value::Bool(true))) {
            out.push_str(w.more_fragments_v6);
        }
    }
}

/// ` (name)` after a value.
fn push_paren(out: &mut String, name: &str) {
    out.push_str(" (");
    out.push_str(name);
    out.push(')');
}

/// ` id 0x… seq …` of an echo.
fn push_echo(out: &mut String, id: u64, seq: u64) {
    out.push_str(" id ");
    push_0x(out, id, 4);
    push_labeled(out, " seq ", seq);
}

fn icmp_(out: &mut String, l: &Layer<'_>) {
    let t = u(l, f::icmp::TYPE).unwrap_or(0) as u8;
    let c = u(l, f::icmp::CODE).unwrap_or(0) as u8;
    match names::icmp_type(t) {
        Some(n) => out.push_str(n),
        None => push_labeled(out, "type ", u64::from(t)),
    }
    match names::icmp_code(t, c) {
        Some(n) => push_paren(out, n),
        None if c != 0 => push_labeled(out, " code ", u64::from(c)),
        None => {}
    }
    if let (Some(id), Some(seq)) = (u(l, f::icmp::IDENT), u(l, f::icmp::SEQ)) {
        push_echo(out, id, seq);
    }
}

fn icmpv6_(out: &mut String, l: &Layer<'_>, w: &Words) {
    let t = u(l, f::icmpv6::TYPE).unwrap_or(0) as u8;
    let c = u(l, f::icmpv6::CODE).unwrap_or(0) as u8;
    match f::icmpv6::TYPE.value_name(u64::from(t)) {
        Some(n) => out.push_str(n),
        None => push_labeled(out, "type ", u64::from(t)),
    }
    if let Some(n) = names::icmpv6_code(t, c) {
        push_paren(out, n);
    }
    if let (Some(id), Some(seq)) = (
        u(l, f::icmpv6::ECHO_IDENTIFIER),
        u(l, f::icmpv6::ECHO_SEQUENCE_NUMBER),
    ) {
        push_echo(out, id, seq);
    }
    if let Some(a) = v(l, f::icmpv6::ND_NS_TARGET_ADDRESS).or(v(l, f::icmpv6::ND_NA_TARGET_ADDRESS))
    {
        fill(out, w.target, &[Arg::Value(a)]);
    }
    if let Some(Value::Bytes(a)) = v(l, f::icmpv6::OPT_LINKADDR) {
        out.push_str(w.lladdr);
        for (i, b) in a.iter().enumerate() {
            if i > 0 {
                out.push(':');
            }
            push_hex(out, u64::from(*b), 2);
        }
    }
}

/// TCP flag letters in tcpdump's order of interest.
/// `ace`: Accurate ECN's counter, shown for the AE, CWR and ECE bits
/// (`[ACK, ACE=2]`; tshark writes `[, ACE=7]` when no other flag is set).
pub fn tcp_flags(out: &mut String, flags: u64, ace: Option<u64>) {
    // tshark's order (bit order, as tcpdump too): [FIN, ACK], [PSH, ACK].
    const NAMES: [(u64, &str); 10] = [
        (0x001, "FIN"),
        (0x002, "SYN"),
        (0x004, "RST"),
        (0x008, "PSH"),
        (0x010, "ACK"),
        (0x020, "URG"),
        (0x040, "ECE"),
        (0x080, "CWR"),
        (0x100, "AE"),
        (0xe00, "Reserved"),
    ];
    out.push('[');
    let mut first = true;
    for (bit, name) in NAMES {
        if ace.is_some() && bit & 0x1c0 != 0 {
            continue;
        }
        if flags & bit != 0 {
            if !first {
                out.push_str(", ");
            }
            out.push_str(name);
            first = false;
        }
    }
    if let Some(ace) = ace {
        push_labeled(out, ", ACE=", ace);
    } else if first {
        out.push_str("<None>");
    }
    out.push(']');
}

/// Appends `v` in decimal (what `{v}` writes, without the formatting
/// machinery: these summaries run on every packet of the line view).
pub(crate) fn push_uint(out: &mut String, v: u64) {
    out.push_str(itoa::Buffer::new().format(v));
}

/// Appends `label` then `v` in decimal: ` Seq=` 1.
fn push_labeled(out: &mut String, label: &str, v: u64) {
    out.push_str(label);
    push_uint(out, v);
}

/// tshark's TCP Info: analysis labels first (`[TCP Dup ACK 14#1] `), ports,
/// flags, `Seq= Ack= Win= Urg= Len=`, then the options in wire order (`MSS=`,
/// `SACK_PERM`, `TSval= TSecr=`, `WS=`, `SLE= SRE=`).
fn tcp_(out: &mut String, l: &Layer<'_>, w: &Words) {
    static WANTED: std::sync::OnceLock<Wanted<23>> = std::sync::OnceLock::new();
    let wanted = WANTED.get_or_init(|| {
        Wanted::new([
            f::tcp::OSIDUMP_ANALYSIS,
            f::tcp::SRCPORT,
            f::tcp::DSTPORT,
            f::tcp::BOGUS_HEADER_LENGTH,
            f::tcp::HDR_LEN,
            f::tcp::FLAGS,
            f::tcp::SEQ,
            f::tcp::ACK,
            f::tcp::WINDOW_SIZE,
            f::tcp::URGENT_POINTER,
            f::tcp::LEN,
            f::tcp::OPTION_KIND,
            f::tcp::OPTIONS_MSS_VAL,
            f::tcp::OPTIONS_WSCALE_MULTIPLIER,
            f::tcp::OPTIONS_SACK_LE,
            f::tcp::OPTIONS_SACK_RE,
            f::tcp::OPTIONS_TIMESTAMP_TSVAL,
            f::tcp::OPTIONS_TIMESTAMP_TSECR,
            f::tcp::SEGMENT_COUNT,
            f::tcp::OSIDUMP_REASSEMBLY,
            f::tcp::FLAGS_ACE,
            f::tcp::OSIDUMP_OPTION_INFO,
            f::tcp::OSIDUMP_HEADER_INFO,
        ])
    });
    // Where the first field of each is: one walk of the layer for them
    // all (a segment has some 45 fields, and every line of a capture has
    // a segment).
    let [
        analysis,
        src,
        dst,
        bogus,
        hdr_len,
        flags,
        seq,
        ack,
        window,
        urgent,
        len,
        kinds,
        mss,
        wscale,
        sack_le,
        sack_re,
        tsval,
        tsecr,
        segments,
        reassembly,
        ace,
        option_info,
        header_info,
    ] = wanted.first_indices(l);
    let value = |i: Option<usize>| i.and_then(|i| l.fields.get(i)).map(|fl| &fl.value);
    let uint = |i: Option<usize>| as_uint(value(i));
    // Every value of `def` from field `from` on (the first is there).
    let all_from = |from: Option<usize>, def: &'static FieldDef| {
        l.fields[from.unwrap_or(l.fields.len())..]
            .iter()
            .filter(move |fl| std::ptr::eq(fl.def, def))
            .map(|fl| &fl.value)
    };
    let uints_from = |from: Option<usize>, def: &'static FieldDef| {
        all_from(from, def).filter_map(|v| match v {
            Value::UInt(n) => Some(*n),
            _ => None,
        })
    };
    for v in all_from(analysis, f::tcp::OSIDUMP_ANALYSIS) {
        out.push('[');
        match v {
            Value::Str(label) => out.push_str(&(w.phrase)(label)),
            other => out.push_str(&(w.phrase)(&other.to_string())),
        }
        out.push_str("] ");
    }
    if let (Some(s), Some(d)) = (uint(src), uint(dst)) {
        push_uint(out, s);
        push_labeled(out, " → ", d);
    }
    if bogus.is_some() {
        // What tshark wrote before it checked the header length, then its
        // Info note.
        if let Some(Value::Str(h)) = value(header_info) {
            out.push_str(h);
        }
        push_labeled(
            out,
            ", bogus TCP header length (",
            uint(hdr_len).unwrap_or(0),
        );
        out.push_str(", must be at least 20)");
    }
    let Some(flags) = uint(flags) else {
        return;
    };
    out.push(' ');
    tcp_flags(out, flags, uint(ace));
    push_labeled(out, " Seq=", uint(seq).unwrap_or(0));
    if flags & 0x010 != 0 {
        push_labeled(out, " Ack=", uint(ack).unwrap_or(0));
    }
    push_labeled(out, " Win=", uint(window).unwrap_or(0));
    if flags & 0x020 != 0 {
        push_labeled(out, " Urg=", uint(urgent).unwrap_or(0));
    }
    // No length when the header runs past the segment (tshark's "Short
    // segment": it stops before its length, and before the options).
    let Some(len) = uint(len) else {
        return;
    };
    push_labeled(out, " Len=", len);
    // The options in wire order, as the kinds were read; each Accurate
    // ECN or experimental option left its words (maybe none) in order.
    let mut tfo_said = false;
    let mut option_infos = all_from(option_info, f::tcp::OSIDUMP_OPTION_INFO);
    for k in uints_from(kinds, f::tcp::OPTION_KIND) {
        if matches!(k, 172 | 174 | 253 | 254)
            && let Some(Value::Str(words)) = option_infos.next()
            && !words.is_empty()
        {
            out.push(' ');
            out.push_str(words);
            continue;
        }
        match k {
            2 => {
                if let Some(m) = uint(mss) {
                    push_labeled(out, " MSS=", m);
                }
            }
            3 => {
                if let Some(w) = uint(wscale) {
                    push_labeled(out, " WS=", w);
                }
            }
            4 => out.push_str(" SACK_PERM"),
            5 => {
                let les = uints_from(sack_le, f::tcp::OPTIONS_SACK_LE);
                for (a, b) in les.zip(uints_from(sack_re, f::tcp::OPTIONS_SACK_RE)) {
                    push_labeled(out, " SLE=", a);
                    push_labeled(out, " SRE=", b);
                }
            }
            8 => {
                if let (Some(a), Some(b)) = (uint(tsval), uint(tsecr)) {
                    push_labeled(out, " TSval=", a);
                    push_labeled(out, " TSecr=", b);
                }
            }
            // Fast Open, by its own kind or an experimental one.
            34 | 253 | 254 if !tfo_said => {
                if l.has(f::tcp::OPTIONS_TFO_REQUEST) {
                    out.push_str(" TFO=R");
                    tfo_said = true;
                } else if l.has(f::tcp::OPTIONS_TFO_COOKIE) {
                    out.push_str(" TFO=C");
                    tfo_said = true;
                }
            }
            _ => {}
        }
    }
    if let Some(n) = uint(segments) {
        fill(out, w.segments_reassembled, &[Arg::Num(n)]);
    }
    if reassembly.is_some() {
        // tshark's note.
        out.push_str(" [");
        out.push_str(&(w.phrase)("TCP segment of a reassembled PDU"));
        out.push(']');
    }
}

fn session_(out: &mut String, l: &Layer<'_>) {
    let [stream, phase, call] =
        firsts!(l, [f::session::STREAM, f::session::PHASE, f::session::CALL]);
    push_labeled(out, "TCP stream ", as_uint(stream).unwrap_or(0));
    if let Some(Value::Str(p)) = phase {
        out.push_str(" · ");
        out.push_str(p);
    }
    if let Some(Value::Str(c)) = call {
        push_paren(out, c);
    }
    // TLS and WebSocket steps on this segment, each once in a row.
    let mut last = None;
    for f in &l.fields {
        let prefix = match f.name() {
            "osidump.tls.phase" | "osidump.tls.session" => "TLS ",
            "osidump.websocket.phase" => "",
            _ => continue,
        };
        if last != Some((prefix, &f.value)) {
            out.push_str(" · ");
            out.push_str(prefix);
            push_value(out, &f.value);
        }
        last = Some((prefix, &f.value));
    }
}

/// ` [BAD UDP LENGTH …]`: tshark's Info note for a length it cannot use.
fn push_bad_udp_length(out: &mut String, len: u64) {
    push_labeled(out, " [BAD UDP LENGTH ", len);
    out.push_str(if len < 8 {
        " < 8]"
    } else {
        " > IP PAYLOAD LENGTH]"
    });
}

fn udp_(out: &mut String, l: &Layer<'_>) {
    let [src, dst, length, bad] = firsts!(
        l,
        [
            f::udp::SRCPORT,
            f::udp::DSTPORT,
            f::udp::LENGTH,
            f::udp::LENGTH_BAD,
        ],
    );
    if let (Some(s), Some(d)) = (as_uint(src), as_uint(dst)) {
        push_uint(out, s);
        push_labeled(out, " → ", d);
    }
    if let Some(len) = as_uint(length) {
        push_labeled(out, " len ", len);
        if bad.is_some() {
            push_bad_udp_length(out, len);
        }
    }
}

pub(crate) fn data(out: &mut String, l: &Layer<'_>) {
    data_(out, l, &EN);
}

pub(crate) fn frame(out: &mut String, l: &Layer<'_>) {
    frame_(out, l, &EN);
}

pub(crate) fn eth(out: &mut String, l: &Layer<'_>) {
    eth_(out, l, &EN);
}

/// packet-ieee8021ah.c's item: `I-SID: 2014000, C-Src: …, C-Dst: …`.
pub(crate) fn pbb(out: &mut String, l: &Layer<'_>) {
    out.push_str("I-SID: ");
    push_uint(out, u(l, f::ieee8021ah::ISID).unwrap_or(0));
    for (label, def) in [
        (", C-Src: ", f::ieee8021ah::CSRC),
        (", C-Dst: ", f::ieee8021ah::CDST),
    ] {
        if let Some(v) = l.get(def) {
            out.push_str(label);
            let _ = v.write_text(out);
        }
    }
}

/// packet-cisco-fp-mim.c's item: `Src: ebf.4e.521d, Dst: f3:51:d6:4e:62:00`
/// (a hierarchical address as switch.sub-switch.port in hex; a group
/// destination as the Ethernet address it is).
pub(crate) fn cfp(out: &mut String, l: &Layer<'_>) {
    let ids = |def| {
        l.all(def).filter_map(|v| match v {
            Value::UInt(n) => Some(*n),
            _ => None,
        })
    };
    let hmacs: Vec<[u64; 3]> = ids(f::cfp::SWID)
        .zip(ids(f::cfp::SSWID))
        .zip(ids(f::cfp::LID))
        .map(|((a, b), c)| [a, b, c])
        .collect();
    let hmac = |out: &mut String, [sw, ssw, lid]: [u64; 3]| {
        use std::fmt::Write as _;
        let _ = write!(out, "{sw:03x}.{ssw:02x}.{lid:04x}");
    };
    // The source is the last address read; a unicast destination the one before.
    let Some(&src) = hmacs.last() else { return };
    out.push_str("Src: ");
    hmac(out, src);
    out.push_str(", Dst: ");
    match l.get(f::cfp::D_HMAC_MC) {
        Some(v) => {
            let _ = v.write_text(out);
        }
        None if hmacs.len() > 1 => hmac(out, hmacs[0]),
        None => {}
    }
}

/// The ipnet header's line: family, hook, interface.
pub(crate) fn ipnet(out: &mut String, l: &Layer<'_>) {
    for (label, def) in [
        ("", f::ipnet::FAMILY),
        (", ", f::ipnet::HTYPE),
        (", interface ", f::ipnet::IFINDEX),
    ] {
        if let Some(v) = u(l, def) {
            out.push_str(label);
            match def.value_name(v) {
                Some(name) => out.push_str(name),
                None => push_uint(out, v),
            }
        }
    }
}

/// The IPoIB header's line: the destination GID and the type.
pub(crate) fn ipoib(out: &mut String, l: &Layer<'_>) {
    if let Some(v) = l.get(f::ipoib::DGID) {
        out.push_str("to ");
        let _ = v.write_text(out);
    }
    if let Some(t) = u(l, f::ipoib::TYPE) {
        out.push_str(" type ");
        push_0x(out, t, 4);
    }
}

/// packet-ieee8021ah.c's Info column (what follows the tag replaces it):
/// `PRI: 5  Drop: 1  NCA: 0  Res1: 1  Res2: 2  I-SID: 1193046`.
pub(crate) fn pbb_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let Some(l) = layers.get(i) else { return };
    for (label, def) in [
        ("PRI: ", f::ieee8021ah::PRIORITY),
        ("  Drop: ", f::ieee8021ah::DROP),
        ("  NCA: ", f::ieee8021ah::NCA),
        ("  Res1: ", f::ieee8021ah::RES1),
        ("  Res2: ", f::ieee8021ah::RES2),
        ("  I-SID: ", f::ieee8021ah::ISID),
    ] {
        push_labeled(out, label, u(l, def).unwrap_or(0));
    }
}

pub(crate) fn vlan(out: &mut String, l: &Layer<'_>) {
    vlan_(out, l, &EN);
}

pub(crate) fn sll(out: &mut String, l: &Layer<'_>) {
    sll_(out, l, &EN);
}

pub(crate) fn arcnet(out: &mut String, l: &Layer<'_>) {
    arcnet_(out, l);
}

pub(crate) fn null(out: &mut String, l: &Layer<'_>) {
    null_(out, l, &EN);
}

pub(crate) fn arp(out: &mut String, l: &Layer<'_>) {
    arp_(out, l, &EN);
}

pub(crate) fn ip(out: &mut String, l: &Layer<'_>) {
    ip_(out, l, &EN);
}

pub(crate) fn ipv6(out: &mut String, l: &Layer<'_>) {
    ipv6_(out, l, &EN);
}

pub(crate) fn icmp(out: &mut String, l: &Layer<'_>) {
    icmp_(out, l);
}

pub(crate) fn icmpv6(out: &mut String, l: &Layer<'_>) {
    icmpv6_(out, l, &EN);
}

pub(crate) fn tcp(out: &mut String, l: &Layer<'_>) {
    tcp_(out, l, &EN);
}

pub(crate) fn session(out: &mut String, l: &Layer<'_>) {
    session_(out, l);
}

pub(crate) fn udp(out: &mut String, l: &Layer<'_>) {
    udp_(out, l);
}

/// The layer below `layers[i]`, if it is `protocol`.
fn below<'l, 'a>(layers: &'l [Layer<'a>], i: usize, protocol: &str) -> Option<&'l Layer<'a>> {
    // IPv6's extension headers and AH hand the IP header's values on to
    // the protocol they carry (the `iph` data of Wireshark's dissectors).
    layers
        .get(..i)?
        .iter()
        .rev()
        .find(|l| l.protocol != "ah" && !l.protocol.starts_with("ipv6."))
        .filter(|l| l.protocol == protocol)
}

/// tshark's ICMP Info: the type name padded to 20 columns (`%-20s`), the
/// code's name in parentheses, for an echo `id=0x…, seq=BE/LE, ttl=` (the
/// TTL of the IP header carrying it) and `(request in N)` on a reply that
/// found its request.
fn icmp_info_(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let l = &layers[i];
    let Some(t) = u(l, f::icmp::TYPE) else {
        return;
    };
    let (t, c) = (t as u8, u(l, f::icmp::CODE).unwrap_or(0) as u8);
    let name = match (t, c) {
        // A router advertisement of code 0 or 16 is taken for Mobile IP's.
        (9, 0 | 16) => "Mobile IP Advertisement",
        _ => names::icmp_type(t).unwrap_or("Unknown ICMP (obsolete or malformed?)"),
    };
    // `{name:<20}`: padded to 20 characters.
    out.push_str(name);
    for _ in name.chars().count()..20 {
        out.push(' ');
    }
    if let Some(n) = names::icmp_code(t, c) {
        push_paren(out, n);
    } else if names::icmp_has_codes(t) {
        push_labeled(out, " (Unknown code: ", u64::from(c));
        out.push(')');
    }
    if let (Some(id), Some(seq)) = (u(l, f::icmp::IDENT), u(l, f::icmp::SEQ)) {
        let le = u(l, f::icmp::SEQ_LE).unwrap_or((seq >> 8) | ((seq & 0xff) << 8));
        out.push_str(" id=");
        push_0x(out, id, 4);
        push_labeled(out, ", seq=", seq);
        push_labeled(out, "/", le);
        if let Some(ttl) = below(layers, i, "ip").and_then(|ip| u(ip, f::ip::TTL)) {
            push_labeled(out, ", ttl=", ttl);
        }
    }
    if let Some(n) = u(l, f::icmp::RESP_TO) {
        push_request_in(out, n);
    }
}

/// ` (request in N)`.
fn push_request_in(out: &mut String, frame: u64) {
    push_labeled(out, " (request in ", frame);
    out.push(')');
}

/// tshark's ICMPv6 Info: the type name; for an echo `id=0x…, seq=N, hop
/// limit=` and `(request in N)`; for Neighbor Discovery the target (`for`
/// it in a solicitation), an advertisement's flags (`rtr, sol, ovr`), and
/// the link-layer address options (`from` the source's, `is at` the
/// target's), as packet-icmpv6.c appends them.
fn icmpv6_info_(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let l = &layers[i];
    let Some(t) = u(l, f::icmpv6::TYPE) else {
        return;
    };
    let (t, c) = (t as u8, u(l, f::icmpv6::CODE).unwrap_or(0) as u8);
    match f::icmpv6::TYPE.value_name(u64::from(t)) {
        // An echo request to the Teredo port (see `icmpv6.nonce`).
        Some(_) if t == 128 && l.has(f::icmpv6::NONCE) => {
            out.push_str("Direct IPv6 Connectivity Test")
        }
        Some(n) => out.push_str(n),
        None => {
            push_labeled(out, "Unknown ICMPv6 type (", u64::from(t));
            out.push(')');
        }
    }
    if let Some(n) = names::icmpv6_code(t, c) {
        push_paren(out, n);
    }
    if let (Some(id), Some(seq)) = (
        u(l, f::icmpv6::ECHO_IDENTIFIER),
        u(l, f::icmpv6::ECHO_SEQUENCE_NUMBER),
    ) {
        out.push_str(" id=");
        push_0x(out, id, 4);
        push_labeled(out, ", seq=", seq);
        if let Some(h) = below(layers, i, "ipv6").and_then(|ip| u(ip, f::ipv6::HLIM)) {
            push_labeled(out, ", hop limit=", h);
        }
    }
    if let Some(a) = v(l, f::icmpv6::ND_NS_TARGET_ADDRESS) {
        out.push_str(" for ");
        push_value(out, a);
    }
    if let Some(a) = v(l, f::icmpv6::ND_NA_TARGET_ADDRESS) {
        out.push(' ');
        push_value(out, a);
        let mut first = true;
        for (d, n) in [
            (f::icmpv6::ND_NA_FLAG_R, "rtr"),
            (f::icmpv6::ND_NA_FLAG_S, "sol"),
            (f::icmpv6::ND_NA_FLAG_O, "ovr"),
        ] {
            if flag(l, d) {
                out.push_str(if first { " (" } else { ", " });
                out.push_str(n);
                first = false;
            }
        }
        if !first {
            out.push(')');
        }
    }
    // Link-layer address options, each after its type.
    let mut opt = None;
    for fl in &l.fields {
        if std::ptr::eq(fl.def, f::icmpv6::OPT_TYPE) {
            opt = match fl.value {
                Value::UInt(t) => Some(t),
                _ => None,
            };
        } else if std::ptr::eq(fl.def, f::icmpv6::OPT_LINKADDR)
            && let Value::Bytes(a) = &fl.value
            && let Ok(a) = <[u8; 6]>::try_from(&a[..])
        {
            // tshark's Info names a 6-byte address only (its FT_ETHER).
            let mac = &Value::Mac(a);
            let label = match opt {
                Some(1) => " from ",
                Some(2) => " is at ",
                _ => continue,
            };
            out.push_str(label);
            push_value(out, mac);
        }
    }
    if let Some(n) = u(l, f::icmpv6::RESP_TO) {
        push_request_in(out, n);
    }
}

pub(crate) fn icmp_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    icmp_info_(out, layers, i);
}

pub(crate) fn icmpv6_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    icmpv6_info_(out, layers, i);
}

/// tshark's IPv4 Info when IP is the top layer, as packet-ip.c writes it:
/// a header it refuses (`Bogus IPv4 version (5, must be 4)`, `Bogus IP
/// header length (16, must be at least 20)`, `Bogus IP length (11, less
/// than header length 20)`); nothing when reading the header threw (the
/// column was cleared first); a fragment it did not (or not yet)
/// reassemble, `Fragmented IP protocol (proto=UDP 17, off=1480,
/// ID=c28e)`; otherwise a payload no dissector took, `Unknown (253)`.
fn ip_info_(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let l = &layers[i];
    let version = u(l, f::ip::VERSION).unwrap_or(4);
    if version != 4 {
        push_labeled(out, "Bogus IPv4 version (", version);
        out.push_str(", must be 4)");
        return;
    }
    let hdr_len = u(l, f::ip::HDR_LEN);
    if let Some(h) = hdr_len.filter(|&h| h < 20) {
        push_labeled(out, "Bogus IP header length (", h);
        out.push_str(", must be at least 20)");
        return;
    }
    if let (Some(len), Some(h)) = (u(l, f::ip::LEN), hdr_len)
        && len != 0
        && len < h
    {
        push_labeled(out, "Bogus IP length (", len);
        push_labeled(out, ", less than header length ", h);
        out.push(')');
        return;
    }
    if l.thrown.is_some() {
        return;
    }
    // An IPv6 Fragment Header it carries, whose next header no dissector
    // took: packet-ipv6.c's words outside IPv6.
    if let Some(nxt) = u(l, f::ipv6::FRAGHDR_NXT) {
        out.push_str("Unknown IP Protocol: ");
        out.push_str(f::ip::PROTO.value_name(nxt).unwrap_or("Unknown"));
        push_labeled(out, " (", nxt);
        out.push(')');
        return;
    }
    let p = u(l, f::ip::PROTO).unwrap_or(0);
    let name = f::ip::PROTO.value_name(p).unwrap_or("Unknown");
    let off = u(l, f::ip::FRAG_OFFSET).unwrap_or(0);
    if !(flag(l, f::ip::FLAGS_MF) || off > 0) {
        // No payload bytes: no dissector was called, nothing written.
        let cap_len = layers
            .first()
            .and_then(|fr| u(fr, f::frame::CAP_LEN))
            .unwrap_or(u64::MAX);
        let payload_at = l.span.start as u64 + hdr_len.unwrap_or(20);
        let len = u(l, f::ip::LEN).unwrap_or(0);
        if len != 0 && hdr_len.is_some_and(|h| len <= h)
            || payload_at >= cap_len
            || transport_above(layers, i)
        {
            return;
        }
        out.push_str(name);
        push_labeled(out, " (", p);
        out.push(')');
        return;
    }
    out.push_str("Fragmented IP protocol (proto=");
    out.push_str(name);
    push_labeled(out, " ", p);
    push_labeled(out, ", off=", off.wrapping_mul(8));
    out.push_str(", ID=");
    push_hex(out, u(l, f::ip::ID).unwrap_or(0), 4);
    out.push(')');
}

/// The extension headers packet-ipv6.c names in the Info column, each
/// appending itself (after ` , `) as its dissector starts.
fn ipv6_extension_title(protocol: &str) -> Option<&'static str> {
    match protocol {
        "ipv6.hopopts" => Some("IPv6 hop-by-hop options"),
        "ipv6.routing" => Some("IPv6 routing"),
        "ipv6.dstopts" => Some("IPv6 destination options"),
        _ => None,
    }
}

/// tshark's IPv6 Info when IPv6 is the top layer, as packet-ipv6.c writes
/// it: a header it refuses (`Bogus IPv6 version (4, must be 6)`, `Invalid
/// IPv6 header (39 bytes, need exactly 40)`); a fragment, `IPv6 fragment
/// (off=1448 more=y ident=0x6fc98ab3 nxt=58)`; `Invalid IPv6 payload
/// length` for a zero length without a jumbo option, then each extension
/// header's title after ` , ` (what stays when one threw); at the end of
/// the chain `IPv6 no next header`, or a payload no dissector took,
/// `Unknown (253)`.
fn ipv6_info_(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let l = &layers[i];
    let version = u(l, f::ipv6::VERSION).unwrap_or(6);
    if version != 6 {
        push_labeled(out, "Bogus IPv6 version (", version);
        out.push_str(", must be 6)");
        return;
    }
    if let Some(off) = u(l, f::ipv6::FRAGHDR_OFFSET) {
        push_labeled(out, "IPv6 fragment (off=", off.wrapping_mul(8));
        out.push_str(if flag(l, f::ipv6::FRAGHDR_MORE) {
            " more=y"
        } else {
            " more=n"
        });
        out.push_str(" ident=");
        push_0x(out, u(l, f::ipv6::FRAGHDR_IDENT).unwrap_or(0), 8);
        push_labeled(out, " nxt=", u(l, f::ipv6::FRAGHDR_NXT).unwrap_or(0));
        out.push(')');
        return;
    }
    let thrown = l.thrown.as_deref();
    // The fixed header does not fit in what the packet says it holds:
    // packet-ipv6.c writes so before it reads on (and throws).
    let reported = layers
        .iter()
        .find(|f| f.protocol == "frame")
        .and_then(|f| u(f, f::frame::LEN))
        .map(|len| len.saturating_sub(l.span.start as u64));
    if let Some(n) = reported.filter(|&n| n < 40 && l.has(f::ipv6::INVALID_HEADER)) {
        push_labeled(out, "Invalid IPv6 header (", n);
        out.push_str(" bytes, need exactly 40)");
        return;
    }
    if u(l, f::ipv6::PLEN).is_none() {
        return;
    }
    let start = out.len();
    let mut next = u(l, f::ipv6::NXT).unwrap_or(0);
    if u(l, f::ipv6::PLEN) == Some(0) && next == 0 && !l.has(f::ipv6::OPT_JUMBO) {
        out.push_str("Invalid IPv6 payload length");
    }
    let append = |out: &mut String, title: &'static str| {
        if out.len() > start {
            out.push_str(" , ");
        }
        out.push_str(title);
    };
    let mut last_title = None;
    for field in &l.fields {
        // Each extension header's Next Header field, in the header's order.
        let next_header = [
            f::ipv6::HOPOPTS_NXT,
            f::ipv6::ROUTING_NXT,
            f::ipv6::DSTOPTS_NXT,
        ]
        .iter()
        .any(|def| std::ptr::eq(field.def, *def));
        if !next_header {
            continue;
        }
        let Some(title) = ipv6_extension_title(field.def.protocol()) else {
            continue;
        };
        append(out, title);
        last_title = Some(title);
        if let Some(n) = as_uint(Some(&field.value)) {
            next = n;
        }
    }
    if let Some(t) = thrown {
        // An extension header that threw before its Next Header field.
        if let Some(title) = ipv6_extension_title(t.protocol)
            && last_title != Some(title)
        {
            append(out, title);
        }
        return;
    }
    // A TCP or UDP header cut before its first field: its dissector threw
    // before writing the column, which keeps what IPv6 wrote.
    if transport_above(layers, i) {
        return;
    }
    // The payload's dissector (here none) writes the column anew.
    out.truncate(start);
    if next == 59 {
        out.push_str("IPv6 no next header");
        return;
    }
    out.push_str(f::ip::PROTO.value_name(next).unwrap_or("Unknown"));
    push_labeled(out, " (", next);
    out.push(')');
}

/// A TCP or UDP layer above the IP layer at `i`: one whose header was cut
/// before its first field when the IP layer's Info is asked for (it wrote
/// no column).
fn transport_above(layers: &[Layer<'_>], i: usize) -> bool {
    layers
        .get(i + 1..)
        .is_some_and(|r| r.iter().any(|l| matches!(l.protocol, "tcp" | "udp")))
}

/// tshark's UDP Info: ports and the payload length, `53 → 40000 Len=48`.
fn udp_info_(out: &mut String, layers: &[Layer<'_>], i: usize) {
    let l = &layers[i];
    let [src, dst, length, bad] = firsts!(
        l,
        [
            f::udp::SRCPORT,
            f::udp::DSTPORT,
            f::udp::LENGTH,
            f::udp::LENGTH_BAD,
        ],
    );
    if let (Some(s), Some(d)) = (as_uint(src), as_uint(dst)) {
        push_uint(out, s);
        push_labeled(out, " → ", d);
    }
    if let Some(len) = as_uint(length) {
        if bad.is_some() {
            // ` [BAD UDP LENGTH …]` without the ` len` before it; a length
            // past the IP payload still gives its `Len=`.
            push_bad_udp_length(out, len);
            if len >= 8 {
                push_labeled(out, " Len=", len - 8);
            }
        } else {
            push_labeled(out, " Len=", len.saturating_sub(8));
        }
    }
    // A zero checksum over IPv6 (RFC 8200 forbids it): packet-udp.c's note.
    if l.has(f::udp::CHECKSUM_ZERO) {
        out.push_str(" [ILLEGAL CHECKSUM (0)]");
    }
}

pub(crate) fn ip_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    ip_info_(out, layers, i);
}

pub(crate) fn ipv6_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    ipv6_info_(out, layers, i);
}

pub(crate) fn udp_info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    udp_info_(out, layers, i);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `push_ipv6` (and `ipv6_text` under it) writes what tshark writes:
    /// std's `Ipv6Addr` text (zero runs of every length and place, each
    /// group zero or not, IPv4-mapped), but for an IPv4-compatible address
    /// (six zero groups then a non-zero one), which tshark writes in
    /// dotted form.
    #[test]
    fn ipv6_text_is_tsharks() {
        let v6 = |s: &str| s.parse::<std::net::Ipv6Addr>().unwrap().octets();
        let mut cases: Vec<[u8; 16]> = vec![
            [0; 16],
            std::net::Ipv6Addr::LOCALHOST.octets(),
            v6("::ffff:10.1.2.3"),
            v6("fe80::1:0:0:0:ffff"),
            [0xff; 16],
        ];
        // Each of the 256 patterns of zero and non-zero groups, with
        // group values of one to four hex digits.
        for pattern in 0u32..256 {
            let mut a = [0u8; 16];
            for g in 0..8 {
                if pattern & (1 << g) != 0 {
                    let v: u16 = [0x1, 0x2a, 0xbcd, 0xfe80, 0x10][(g + pattern as usize) % 5];
                    a[2 * g..2 * g + 2].copy_from_slice(&v.to_be_bytes());
                }
            }
            cases.push(a);
        }
        for a in cases {
            let std = std::net::Ipv6Addr::from(a);
            let want = if a[..12] == [0; 12] && (a[12], a[13]) != (0, 0) {
                format!("::{}.{}.{}.{}", a[12], a[13], a[14], a[15])
            } else {
                std.to_string()
            };
            let mut ours = String::from("x");
            push_ipv6(&mut ours, &a);
            assert_eq!(ours, format!("x{want}"));
            // The value's own text (JSON, fields, `ipv6.src_host`) too.
            assert_eq!(crate::dissect::Value::Ipv6(a).to_string(), want);
        }
        // tshark 4.0.17's ipv6.src on the same addresses.
        for (a, tshark) in [
            ("::1.2.3.4", "::1.2.3.4"),
            ("::0.0.1.2", "::102"),
            ("::1", "::1"),
            ("::", "::"),
            ("::ffff:1.2.3.4", "::ffff:1.2.3.4"),
            ("::ffff:0:1.2.3.4", "::ffff:0:102:304"),
            ("::1:102:304", "::1:102:304"),
            ("::102:0", "::1.2.0.0"),
            ("::1:0:0", "::1:0:0"),
            ("::ffff:0:0", "::ffff:0.0.0.0"),
            ("::ffff:1", "::255.255.0.1"),
            ("::a00:1", "::10.0.0.1"),
        ] {
            assert_eq!(
                crate::dissect::Value::Ipv6(v6(a)).to_string(),
                tshark,
                "{a}"
            );
        }
    }

    /// One walk finds what a lookup of each finds: the first value of
    /// each, none for an absent one, whatever the fields' order.
    #[test]
    fn wanted_finds_each_first_value() {
        use crate::dissect::Osi;
        let mut l = Layer::new(Osi::Transport, "tcp", 0..20);
        l.push(f::tcp::LEN, Value::UInt(5));
        l.push(f::tcp::OPTION_KIND, Value::UInt(1));
        l.push(f::tcp::SRCPORT, Value::UInt(80));
        l.push(f::tcp::OPTION_KIND, Value::UInt(8));
        l.push(f::tcp::SRCPORT, Value::UInt(81));
        let defs = [
            f::tcp::SRCPORT,
            f::tcp::DSTPORT,
            f::tcp::OPTION_KIND,
            f::tcp::LEN,
            f::tcp::FLAGS,
        ];
        let wanted = Wanted::new(defs);
        let found = wanted.firsts(&l);
        for (def, value) in defs.iter().zip(found) {
            assert_eq!(value, l.get(def), "{}", def.name);
        }
        assert_eq!(
            wanted.first_indices(&l),
            [Some(2), None, Some(1), Some(0), None]
        );
    }

    #[test]
    fn templates_take_their_arguments_in_order() {
        let mut s = String::new();
        fill(
            &mut s,
            "{} bytes on wire, {} captured",
            &[Arg::Num(66), Arg::Num(60)],
        );
        assert_eq!(s, "66 bytes on wire, 60 captured");
        s.clear();
        // A slot past the last argument is dropped; text around it stays.
        fill(&mut s, "a {} b {} c", &[Arg::Text("x")]);
        assert_eq!(s, "a x b  c");
        s.clear();
        push_hex(&mut s, 0, 0);
        push_hex(&mut s, 0x800, 4);
        push_hex(&mut s, u64::MAX, 2);
        assert_eq!(s, "00800ffffffffffffffff");
    }
}
