//! Multipath TCP: TCP option 30 (RFC 8684, and RFC 6824's version 0) as
//! tshark 4.0 shows it with its default preferences.
//!
//! Each option is read in two steps. [`parse`] is pure: it reads the
//! option's bytes into its items in tshark's order and says where a read
//! would fail (past the option's length: malformed; past the captured
//! bytes: cut short), as tshark's exception would stop there. [`Mptcp::push`]
//! then writes those items into the TCP layer and keeps the connection
//! state tshark keeps in its MPTCP analysis (on by default): which TCP
//! streams are subflows of one MPTCP connection (`mptcp.stream`), found by
//! the token a key hashes to, each direction's key and initial data
//! sequence number, from which the data ACK and DSN are shown relative.
//!
//! tshark's mapping analysis (`mptcp.analyze_mappings`) and its
//! inter-subflow retransmission check are off by default, and so not done.
//!
//! State is bounded: at most [`MAX_CONNECTIONS`] connections and
//! [`MAX_SUBFLOWS`] subflows are tracked; past that, new ones are not
//! analysed (their options are still decoded).

use foldhash::HashMap;

use sha1::Digest;

use crate::dissect::expert::{add as add_expert, ei};
use crate::dissect::fields::mptcp as m;
use crate::dissect::fields::tcp as t;
use crate::dissect::layer::{AnomalyKind, Layer, Value};

/// MPTCP's expert items, as tshark 4.0 registers them.
mod expert {
    use super::ei;
    use crate::dissect::fields::mptcp as m;

    ei!(
        MISSING_ALGORITHM,
        m::CONNECTION_MISSING_ALGORITHM,
        Protocol,
        Warn
    );
    ei!(
        UNSUPPORTED_ALGORITHM,
        m::CONNECTION_UNSUPPORTED_ALGORITHM,
        Protocol,
        Warn
    );
    ei!(
        ECHOED_KEY_MISMATCH,
        m::CONNECTION_ECHOED_KEY_MISMATCH,
        Protocol,
        Warn
    );
    ei!(INFINITE_MAPPING, m::DSS_INFINITE_MAPPING, Protocol, Warn);
}

/// Connections analysed at most (each about 100 bytes).
pub(crate) const MAX_CONNECTIONS: usize = 65_536;
/// TCP streams tracked as subflows at most.
pub(crate) const MAX_SUBFLOWS: usize = 262_144;
/// Subflow stream numbers listed for one connection at most.
const MAX_LISTED: usize = 1024;

const SUB_MP_CAPABLE: u8 = 0;
const SUB_MP_JOIN: u8 = 1;
const SUB_DSS: u8 = 2;
const SUB_ADD_ADDR: u8 = 3;
const SUB_REMOVE_ADDR: u8 = 4;
const SUB_MP_PRIO: u8 = 5;
const SUB_MP_FAIL: u8 = 6;
const SUB_MP_FASTCLOSE: u8 = 7;
const SUB_MP_TCPRST: u8 = 8;

const DSS_ACK: u8 = 0x01;
const DSS_ACK8: u8 = 0x02;
const DSS_MAP: u8 = 0x04;
const DSS_DSN8: u8 = 0x08;

/// The item's label (tshark's -T fields prints it for `mptcp`).
fn label(subtype: u8) -> &'static str {
    match subtype {
        0 => "Multipath Transmission Control Protocol: Multipath Capable",
        1 => "Multipath Transmission Control Protocol: Join Connection",
        2 => "Multipath Transmission Control Protocol: Data Sequence Signal",
        3 => "Multipath Transmission Control Protocol: Add Address",
        4 => "Multipath Transmission Control Protocol: Remove Address",
        5 => "Multipath Transmission Control Protocol: Change Subflow Priority",
        6 => "Multipath Transmission Control Protocol: TCP Fallback",
        7 => "Multipath Transmission Control Protocol: Fast Close",
        8 => "Multipath Transmission Control Protocol: TCP Reset",
        9 => "Multipath Transmission Control Protocol: Unknown (9)",
        10 => "Multipath Transmission Control Protocol: Unknown (10)",
        11 => "Multipath Transmission Control Protocol: Unknown (11)",
        12 => "Multipath Transmission Control Protocol: Unknown (12)",
        13 => "Multipath Transmission Control Protocol: Unknown (13)",
        14 => "Multipath Transmission Control Protocol: Unknown (14)",
        _ => "Multipath Transmission Control Protocol: Unknown (15)",
    }
}

/// One item of an option, in the order tshark adds it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Item {
    /// Subtype and version (MP_CAPABLE: the version follows).
    Subtype(u8),
    Version(u8),
    /// MP_CAPABLE's flags, shown by its version's bits.
    CapableFlags {
        flags: u8,
        version: u8,
    },
    /// MP_JOIN and MP_PRIO: the byte holding the subtype and the B flag.
    JoinFlags(u8),
    DssFlags(u8),
    TcprstFlags(u8),
    TcprstReason(u8),
    SendKey(u64),
    RecvKey(u64),
    DataLvlLen(u16),
    Checksum(u16),
    AddrId(u8),
    RecvToken(u32),
    SendRand(u32),
    SendTruncHmac(u64),
    Reserved(u16),
    SendHmac([u8; 20]),
    RawAck {
        value: u64,
        eight: bool,
    },
    RawDsn {
        value: u64,
        eight: bool,
    },
    /// MP_FAIL's DSN (always 8 bytes, shown without the DSS's note).
    FailDsn(u64),
    SubflowSeq(u32),
    IpVer(u8),
    Echo(u8),
    Ipv4([u8; 4]),
    Ipv6([u8; 16]),
    Port(u16),
    AddAddrHmac(u64),
    /// REMOVE_ADDR's count (tshark's generated field, the option's length
    /// less 3).
    RmCount(u8),
}

/// Items an option holds at most (REMOVE_ADDR: 37 address IDs in 40
/// bytes, plus its subtype and count).
const MAX_ITEMS: usize = 40;

/// An option read into its items: `kind` and `len` are the option's
/// first two bytes, `items[..n]` what follows, and `error` where the read
/// stopped, as the exception tshark would throw there.
pub(super) struct Parsed {
    pub len: u8,
    items: [Option<Item>; MAX_ITEMS],
    n: usize,
    pub error: Option<AnomalyKind>,
}

impl Parsed {
    fn items(&self) -> impl Iterator<Item = Item> + '_ {
        self.items[..self.n].iter().flatten().copied()
    }
}

/// Reads at offsets of one option: a read past the option's length is
/// malformed, one past the captured bytes cut short (tshark's reported
/// and captured lengths of the option's buffer).
struct Reader<'a> {
    b: &'a [u8],
    optlen: usize,
    error: Option<AnomalyKind>,
}

impl Reader<'_> {
    fn get<const N: usize>(&mut self, at: usize) -> Option<[u8; N]> {
        if self.error.is_some() {
            return None;
        }
        let end = at + N;
        if end > self.optlen {
            self.error = Some(AnomalyKind::Malformed);
            return None;
        }
        match self.b.get(at..end) {
            Some(s) => s.try_into().ok(),
            None => {
                self.error = Some(AnomalyKind::Truncated);
                None
            }
        }
    }
    fn u8(&mut self, at: usize) -> Option<u8> {
        self.get::<1>(at).map(|b| b[0])
    }
    fn u16(&mut self, at: usize) -> Option<u16> {
        self.get::<2>(at).map(u16::from_be_bytes)
    }
    fn u32(&mut self, at: usize) -> Option<u32> {
        self.get::<4>(at).map(u32::from_be_bytes)
    }
    fn u64(&mut self, at: usize) -> Option<u64> {
        self.get::<8>(at).map(u64::from_be_bytes)
    }
}

/// Reads an option: `b` holds its captured bytes from the kind on, at
/// least the kind and length (the option walk gets no further without
/// them); the length byte says how many it has.
pub(super) fn parse(b: &[u8]) -> Parsed {
    let len = b.get(1).copied().unwrap_or(0);
    let mut p = Parsed {
        len,
        items: [None; MAX_ITEMS],
        n: 0,
        error: None,
    };
    let optlen = usize::from(len);
    let mut r = Reader {
        b,
        optlen,
        error: None,
    };
    let out = |p: &mut Parsed, item: Option<Item>| -> bool {
        match item {
            Some(i) if p.n < MAX_ITEMS => {
                p.items[p.n] = Some(i);
                p.n += 1;
                true
            }
            Some(_) => true,
            None => false,
        }
    };
    let Some(b2) = r.u8(2) else {
        p.error = r.error;
        return p;
    };
    let subtype = b2 >> 4;
    out(&mut p, Some(Item::Subtype(b2)));
    // Each arm stops at its first failed read (`?` through a closure).
    let body = |p: &mut Parsed, r: &mut Reader<'_>| -> Option<()> {
        match subtype {
            SUB_MP_CAPABLE => {
                let version = b2 & 0x0f;
                out(p, Some(Item::Version(b2)));
                let flags = r.u8(3)?;
                out(p, Some(Item::CapableFlags { flags, version }));
                if matches!(optlen, 12 | 20 | 22 | 24) {
                    out(p, r.u64(4).map(Item::SendKey)).then_some(())?;
                    if optlen >= 20 {
                        out(p, r.u64(12).map(Item::RecvKey)).then_some(())?;
                    }
                    if optlen >= 22 {
                        out(p, r.u16(20).map(Item::DataLvlLen)).then_some(())?;
                        if optlen == 24 {
                            out(p, r.u16(22).map(Item::Checksum)).then_some(())?;
                        }
                    }
                }
            }
            SUB_MP_JOIN => match optlen {
                12 => {
                    out(p, Some(Item::JoinFlags(b2)));
                    out(p, r.u8(3).map(Item::AddrId)).then_some(())?;
                    out(p, r.u32(4).map(Item::RecvToken)).then_some(())?;
                    out(p, r.u32(8).map(Item::SendRand)).then_some(())?;
                }
                16 => {
                    out(p, Some(Item::JoinFlags(b2)));
                    out(p, r.u8(3).map(Item::AddrId)).then_some(())?;
                    out(p, r.u64(4).map(Item::SendTruncHmac)).then_some(())?;
                    out(p, r.u32(12).map(Item::SendRand)).then_some(())?;
                }
                24 => {
                    out(p, r.u16(2).map(Item::Reserved)).then_some(())?;
                    out(p, r.get::<20>(4).map(Item::SendHmac)).then_some(())?;
                }
                _ => {}
            },
            SUB_DSS => {
                let flags = r.u8(3)?;
                out(p, Some(Item::DssFlags(flags)));
                let flags = flags & 0x1f;
                let mut at = 4;
                if flags & DSS_ACK != 0 {
                    let eight = flags & DSS_ACK8 != 0;
                    let value = if eight {
                        r.u64(at)?
                    } else {
                        u64::from(r.u32(at)?)
                    };
                    out(p, Some(Item::RawAck { value, eight }));
                    at += if eight { 8 } else { 4 };
                }
                if flags & DSS_MAP != 0 {
                    let eight = flags & DSS_DSN8 != 0;
                    let value = if eight {
                        r.u64(at)?
                    } else {
                        u64::from(r.u32(at)?)
                    };
                    out(p, Some(Item::RawDsn { value, eight }));
                    at += if eight { 8 } else { 4 };
                    out(p, r.u32(at).map(Item::SubflowSeq)).then_some(())?;
                    at += 4;
                    out(p, r.u16(at).map(Item::DataLvlLen)).then_some(())?;
                    at += 2;
                    // tshark shows the checksum only with two bytes to
                    // spare after it.
                    if optlen >= at + 4 {
                        out(p, r.u16(at).map(Item::Checksum)).then_some(())?;
                    }
                }
            }
            SUB_ADD_ADDR => {
                let low = b2 & 0x0f;
                out(
                    p,
                    Some(if low == 4 || low == 6 {
                        Item::IpVer(b2)
                    } else {
                        Item::Echo(b2)
                    }),
                );
                out(p, r.u8(3).map(Item::AddrId)).then_some(())?;
                let mut at = 4;
                if matches!(optlen, 8 | 10 | 16 | 18) {
                    out(p, r.get::<4>(at).map(Item::Ipv4)).then_some(())?;
                    at += 4;
                }
                if matches!(optlen, 20 | 22 | 28 | 30) {
                    out(p, r.get::<16>(at).map(Item::Ipv6)).then_some(())?;
                    at += 16;
                }
                if matches!(optlen, 10 | 18 | 22 | 30) {
                    out(p, r.u16(at).map(Item::Port)).then_some(())?;
                    at += 2;
                }
                if matches!(optlen, 16 | 18 | 28 | 30) {
                    out(p, r.u64(at).map(Item::AddAddrHmac)).then_some(())?;
                }
            }
            SUB_REMOVE_ADDR => {
                out(p, Some(Item::RmCount(optlen.wrapping_sub(3) as u8)));
                for at in 3..optlen {
                    out(p, r.u8(at).map(Item::AddrId)).then_some(())?;
                }
            }
            SUB_MP_PRIO => {
                out(p, Some(Item::JoinFlags(b2)));
                if optlen == 4 {
                    out(p, r.u8(3).map(Item::AddrId)).then_some(())?;
                }
            }
            SUB_MP_FAIL => {
                out(p, r.u16(2).map(Item::Reserved)).then_some(())?;
                out(p, r.u64(4).map(Item::FailDsn)).then_some(())?;
            }
            SUB_MP_FASTCLOSE => {
                out(p, r.u16(2).map(Item::Reserved)).then_some(())?;
                out(p, r.u64(4).map(Item::RecvKey)).then_some(())?;
            }
            SUB_MP_TCPRST => {
                out(p, Some(Item::TcprstFlags(b2)));
                out(p, r.u8(3).map(Item::TcprstReason)).then_some(())?;
            }
            _ => {}
        }
        Some(())
    };
    let _ = body(&mut p, &mut r);
    p.error = r.error;
    p
}

/// `static_flags` of a direction's meta flow, as tshark names them.
const HAS_BASE_DSN_MSB: u8 = 0x01;
/// tshark's "has key" is two bits, one of them the DSN's: a test for
/// either passes once a 64-bit DSN was seen.
const HAS_KEY: u8 = 0x03;
const HAS_TOKEN: u8 = 0x04;

/// One direction of an MPTCP connection (tshark's meta flow).
#[derive(Default, Clone, Copy)]
struct Meta {
    flags: u8,
    token: u32,
    key: u64,
    base_dsn: u64,
    version: u8,
}

/// One MPTCP connection.
struct Conn {
    stream: u32,
    metas: [Meta; 2],
    /// Its subflows' TCP streams, the latest first (tshark prepends).
    subflows: Vec<u32>,
    /// The TCP stream that carried an MP_CAPABLE key.
    master: Option<u32>,
    /// The option subtypes seen on the connection, one bit each: TCP's
    /// duplicate ACK analysis ignores a repeated ACK while they changed
    /// (tshark's `mp_operations`, measured on crafted segments: the
    /// first of each subtype counts, its repeats do not).
    ops: u16,
}

/// A meta flow: connection index and which of its two.
type MetaRef = (usize, u8);

/// A TCP stream's MPTCP state: its connection, and each TCP direction's
/// meta flow (tshark's `tcpd->fwd/rev->mptcp_subflow->meta`).
#[derive(Default, Clone, Copy)]
struct Sub {
    conn: Option<usize>,
    meta: [Option<MetaRef>; 2],
}

/// The MPTCP analysis of a capture.
#[derive(Default)]
pub(crate) struct Mptcp {
    conns: Vec<Conn>,
    tokens: HashMap<u32, usize>,
    subs: HashMap<u32, Sub>,
}

/// The segment an option came in: its TCP stream and direction (0 or 1,
/// as the flow tracker orders a conversation's two directions).
#[derive(Clone, Copy)]
pub(super) struct Seg {
    pub stream: u32,
    pub dir: usize,
}

/// Token (the hash's first 32 bits) and initial data sequence number (its
/// last 64) of a key: SHA-1 in version 0, SHA-256 in version 1; tshark
/// leaves both 0 for another version.
fn crypto(version: u8, key: u64) -> (u32, u64) {
    let k = key.to_be_bytes();
    let (tok, idsn) = match version {
        0 => {
            let h = sha1::Sha1::digest(k);
            (
                u32::from_be_bytes(h[0..4].try_into().unwrap_or_default()),
                u64::from_be_bytes(h[12..20].try_into().unwrap_or_default()),
            )
        }
        1 => {
            let h = sha2::Sha256::digest(k);
            (
                u32::from_be_bytes(h[0..4].try_into().unwrap_or_default()),
                u64::from_be_bytes(h[24..32].try_into().unwrap_or_default()),
            )
        }
        _ => (0, 0),
    };
    (tok, idsn)
}

/// A raw DSN or data ACK as tshark shows it relative: 32-bit ones get the
/// base's upper half; none without a base.
fn relative(raw: u64, meta: Meta, widen: bool) -> Option<u64> {
    if meta.flags & HAS_BASE_DSN_MSB == 0 {
        return None;
    }
    let full = if widen {
        (meta.base_dsn & !0xffff_ffff) | raw
    } else {
        raw
    };
    Some(full.wrapping_sub(meta.base_dsn))
}

impl Mptcp {
    /// The connection a TCP stream belongs to, for its analysis.
    fn meta(&self, r: Option<MetaRef>) -> Option<Meta> {
        let (c, i) = r?;
        self.conns.get(c).map(|conn| conn.metas[usize::from(i)])
    }

    fn meta_mut(&mut self, r: Option<MetaRef>) -> Option<&mut Meta> {
        let (c, i) = r?;
        self.conns
            .get_mut(c)
            .map(|conn| &mut conn.metas[usize::from(i)])
    }

    /// tshark's `mptcp_alloc_analysis`: a new connection, its first meta
    /// flow this segment's direction.
    fn alloc(&mut self, sub: &mut Sub, seg: Seg) -> Option<usize> {
        if self.conns.len() >= MAX_CONNECTIONS {
            return None;
        }
        let c = self.conns.len();
        self.conns.push(Conn {
            stream: c as u32,
            metas: [Meta::default(); 2],
            subflows: Vec::new(),
            master: None,
            ops: 0,
        });
        sub.conn = Some(c);
        sub.meta[seg.dir] = Some((c, 0));
        sub.meta[1 - seg.dir] = Some((c, 1));
        Some(c)
    }

    fn attach(&mut self, c: usize, sub: &mut Sub, seg: Seg) {
        if let Some(conn) = self.conns.get_mut(c)
            && !conn.subflows.contains(&seg.stream)
            && conn.subflows.len() < MAX_LISTED
        {
            conn.subflows.insert(0, seg.stream);
        }
        sub.conn = Some(c);
    }

    /// tshark's `mptcp_get_meta_from_token` for the flow of direction
    /// `flow` (0 or 1). `None` where tshark's assertion fails.
    fn meta_for_token(
        &mut self,
        sub: &mut Sub,
        seg: Seg,
        flow: usize,
        token: u32,
    ) -> Option<usize> {
        if self
            .meta(sub.meta[flow])
            .is_some_and(|m| m.flags & HAS_TOKEN != 0)
        {
            return sub.conn;
        }
        let c = if let Some(&c) = self.tokens.get(&token) {
            self.attach(c, sub, seg);
            c
        } else {
            let c = match sub.conn {
                None => {
                    let c = self.alloc(sub, seg)?;
                    self.attach(c, sub, seg);
                    c
                }
                Some(c) => {
                    let metas = &self.conns.get(c)?.metas;
                    let slot = if metas[0].flags & HAS_TOKEN != 0 {
                        1
                    } else if metas[1].flags & HAS_TOKEN != 0 {
                        0
                    } else {
                        return None;
                    };
                    sub.meta[flow] = Some((c, slot));
                    c
                }
            };
            let m = self.meta_mut(sub.meta[flow])?;
            m.token = token;
            m.flags |= HAS_TOKEN;
            if self.tokens.len() < MAX_CONNECTIONS {
                self.tokens.insert(token, c);
            }
            c
        };
        let assigned = u8::from(sub.meta[flow] != Some((c, 0)));
        let fwd = if flow == seg.dir {
            assigned
        } else {
            (assigned + 1) % 2
        };
        sub.meta[seg.dir] = Some((c, fwd));
        sub.meta[1 - seg.dir] = Some((c, (fwd + 1) % 2));
        Some(c)
    }

    /// tshark's `get_or_create_mptcpd_from_key`.
    fn meta_for_key(
        &mut self,
        sub: &mut Sub,
        seg: Seg,
        flow: usize,
        version: u8,
        key: u64,
    ) -> Option<usize> {
        if self
            .meta(sub.meta[flow])
            .is_some_and(|m| m.flags & HAS_KEY != 0)
        {
            return sub.conn;
        }
        let (token, idsn) = crypto(version, key);
        let c = self.meta_for_token(sub, seg, flow, token)?;
        let m = self.meta_mut(sub.meta[flow])?;
        m.version = version;
        m.key = key;
        m.flags |= HAS_KEY;
        m.base_dsn = idsn;
        Some(c)
    }

    /// Writes one option's items (`p`, read from `bytes`) into the TCP
    /// layer and moves the analysis on. `items`: the option's item (its
    /// label) goes in too. A read that failed throws tshark's exception.
    pub(super) fn push(&mut self, l: &mut Layer<'_>, p: &Parsed, seg: Seg, items: bool) -> bool {
        let mut sub = self.subs.get(&seg.stream).copied().unwrap_or_default();
        let track = sub.conn.is_some() || self.subs.len() < MAX_SUBFLOWS;
        let fwd = seg.dir;
        let rev = 1 - seg.dir;
        let mut subtype = 0;
        let mut version = 0;
        let mut dss_flags = 0;
        let mut failed = false;
        if items {
            // Until the subtype is read, tshark's item has no text of its
            // own: -T fields prints the protocol's name.
            l.push(m::MPTCP, Value::Str("mptcp".into()));
        }
        let at_item = l.fields.len().saturating_sub(1);
        if items {
            l.uint(t::OPTION_KIND, 30u8);
            l.uint(t::OPTION_LEN, p.len);
        }
        for item in p.items() {
            match item {
                Item::Subtype(b) => {
                    subtype = b >> 4;
                    if items && let Some(f) = l.fields.get_mut(at_item) {
                        f.value = Value::Str(label(subtype).into());
                    }
                    l.uint(m::SUBTYPE, subtype);
                    if track && sub.conn.is_none() && subtype > SUB_MP_JOIN {
                        self.alloc(&mut sub, seg);
                    }
                    if track && subtype == SUB_MP_JOIN && p.len != 12 && sub.conn.is_none() {
                        self.alloc(&mut sub, seg);
                    }
                }
                Item::Version(b) => {
                    version = b & 0x0f;
                    l.uint(m::VERSION, version);
                }
                Item::CapableFlags { flags, version } => {
                    l.uint(m::FLAGS, flags);
                    l.uint(m::CHECKSUMREQ_FLAGS, flags >> 7);
                    l.uint(m::EXTENSIBILITY_FLAG, (flags >> 6) & 1);
                    if version == 1 {
                        l.uint(m::NOMORESUBFLOWS_FLAG, (flags >> 5) & 1);
                        l.uint(m::SHA256_FLAG, flags & 1);
                    } else {
                        l.uint(m::SHA1_FLAG, flags & 1);
                    }
                    // Version 1's table shows bits 1-4 under the same
                    // field (bit 5 is its own flag there).
                    let reserved = if version == 1 { 0x1e } else { 0x3e };
                    l.uint(m::RESERVED_FLAG, (flags & reserved) >> 1);
                    if flags & 0x3f == 0 {
                        add_expert(l, &expert::MISSING_ALGORITHM, None);
                    }
                    if flags & 0x3f != 1 {
                        add_expert(l, &expert::UNSUPPORTED_ALGORITHM, None);
                    }
                }
                Item::SendKey(key) if subtype == SUB_MP_CAPABLE => {
                    l.uint(m::SENDKEY, key);
                    if track {
                        if let Some(c) = self.meta_for_key(&mut sub, seg, fwd, version, key) {
                            if let Some(conn) = self.conns.get_mut(c) {
                                conn.master = Some(seg.stream);
                            }
                        } else {
                            failed = true;
                        }
                        if let Some(meta) = self.meta(sub.meta[fwd]) {
                            l.uint(m::EXPECTED_TOKEN, meta.token);
                            l.uint(m::EXPECTED_IDSN, meta.base_dsn);
                        }
                    }
                    if failed {
                        break;
                    }
                }
                Item::SendKey(key) => l.uint(m::SENDKEY, key),
                Item::RecvKey(key) => {
                    l.uint(m::RECVKEY, key);
                    if subtype == SUB_MP_CAPABLE && track {
                        match self.meta(sub.meta[rev]) {
                            Some(meta) if meta.flags & HAS_KEY != 0 => {
                                if meta.key != key {
                                    add_expert(l, &expert::ECHOED_KEY_MISMATCH, None);
                                }
                            }
                            _ => {
                                if self
                                    .meta_for_key(&mut sub, seg, rev, version, key)
                                    .is_none()
                                {
                                    failed = true;
                                    break;
                                }
                            }
                        }
                    }
                }
                Item::DataLvlLen(n) => {
                    l.uint(m::DATALVLLEN, n);
                    if n == 0 {
                        add_expert(l, &expert::INFINITE_MAPPING, None);
                    }
                    if subtype == SUB_DSS
                        && let Some(rawdsn) = p.items().find_map(|i| match i {
                            Item::RawDsn { value, .. } => Some(value),
                            _ => None,
                        })
                        && let Some(meta) = self.meta(sub.meta[fwd])
                        && let Some(v) = relative(rawdsn, meta, dss_flags & DSS_ACK8 == 0)
                    {
                        l.uint(m::DSS_DSN, v);
                    }
                }
                Item::Checksum(c) => {
                    l.uint(m::CHECKSUM, c);
                }
                Item::JoinFlags(b) => {
                    l.uint(m::FLAGS, b);
                    l.uint(m::BACKUP_FLAG, b & 1);
                }
                Item::AddrId(id) => l.uint(m::ADDRID, id),
                Item::RecvToken(token) => {
                    l.uint(m::RECVTOK, token);
                    if track {
                        if self.meta_for_token(&mut sub, seg, rev, token).is_none() {
                            failed = true;
                            break;
                        }
                        // Version 1 exchanged the first key on the SYN/ACK:
                        // tshark swaps the meta flows.
                        if self.meta(sub.meta[fwd]).is_some_and(|m| m.version == 1) {
                            sub.meta.swap(0, 1);
                        }
                    }
                }
                Item::SendRand(n) => l.uint(m::SENDRAND, n),
                Item::SendTruncHmac(n) => l.uint(m::SENDTRUNCHMAC, n),
                Item::Reserved(n) => l.uint(m::RESERVED, n & 0x0fff),
                Item::SendHmac(h) => l.push(m::SENDHMAC, Value::Bytes(h.to_vec().into())),
                Item::DssFlags(b) => {
                    dss_flags = b & 0x1f;
                    l.uint(m::FLAGS, b);
                    l.uint(m::DATAFIN_FLAG, (b >> 4) & 1);
                    l.uint(m::DSEQN8_FLAG, (b >> 3) & 1);
                    l.uint(m::DSEQNPRESENT_FLAG, (b >> 2) & 1);
                    l.uint(m::DATAACK8_FLAG, (b >> 1) & 1);
                    l.uint(m::DATAACKPRESENT_FLAG, b & 1);
                }
                Item::RawAck { value, eight } => {
                    l.uint(m::RAWDATAACK, value);
                    if let Some(meta) = self.meta(sub.meta[rev])
                        && let Some(v) = relative(value, meta, !eight)
                    {
                        l.uint(m::ACK, v);
                    }
                }
                Item::RawDsn { value, eight } => {
                    l.uint(m::RAWDATASEQNO, value);
                    if eight && let Some(meta) = self.meta_mut(sub.meta[fwd]) {
                        meta.flags |= HAS_BASE_DSN_MSB;
                    }
                }
                Item::FailDsn(n) => l.uint(m::RAWDATASEQNO, n),
                Item::SubflowSeq(n) => l.uint(m::SUBFLOWSEQNO, n),
                Item::IpVer(b) => l.uint(m::IPVER, b & 0x0f),
                Item::Echo(b) => l.uint(m::ECHO, b & 1),
                Item::Ipv4(a) => l.push(m::IPV4, Value::Ipv4(a)),
                Item::Ipv6(a) => l.push(m::IPV6, Value::Ipv6(a)),
                Item::Port(n) => l.uint(m::PORT, n),
                Item::AddAddrHmac(n) => l.uint(m::ADDADDRTRUNCHMAC, n),
                Item::RmCount(n) => l.uint(m::RM_ADDR_COUNT, n),
                Item::TcprstFlags(b) => {
                    l.uint(m::FLAGS, b);
                    l.boolean(m::FLAG_U_FLAG, b & 0x8 != 0);
                    l.boolean(m::FLAG_V_FLAG, b & 0x4 != 0);
                    l.boolean(m::FLAG_W_FLAG, b & 0x2 != 0);
                    l.boolean(m::FLAG_T_FLAG, b & 0x1 != 0);
                }
                Item::TcprstReason(n) => l.uint(m::RST_REASON, n),
            }
        }
        if track {
            self.subs.insert(seg.stream, sub);
        }
        if !failed
            && p.error.is_none()
            && p.items().next().is_some()
            && let Some(conn) = sub.conn.and_then(|c| self.conns.get_mut(c))
        {
            conn.ops |= 1 << subtype;
        }
        if failed {
            // tshark's assertion on a meta flow it cannot place.
            l.throw(AnomalyKind::Malformed, "mptcp");
            l.malformed("MPTCP: a token on a connection none of whose meta flows has one");
            return true;
        }
        match p.error {
            Some(AnomalyKind::Malformed) => {
                l.throw(AnomalyKind::Malformed, "mptcp");
                l.malformed("MPTCP option: a field past the option's length");
                true
            }
            Some(kind) => {
                l.throw(kind, "mptcp");
                l.truncated("MPTCP option: cut short by the capture");
                true
            }
            None => false,
        }
    }

    /// The option subtypes the connection of a TCP stream has seen (see
    /// [`Conn::ops`]), when the stream belongs to one.
    /// No MPTCP connection seen yet: the per-segment lookups can be
    /// skipped.
    pub(super) fn is_empty(&self) -> bool {
        self.subs.is_empty()
    }

    pub(super) fn operations(&self, stream: u32) -> Option<u16> {
        let c = self.subs.get(&stream)?.conn?;
        self.conns.get(c).map(|conn| conn.ops)
    }

    /// tshark's MPTCP analysis of a segment of a TCP stream that belongs
    /// to a connection: whether it is the master subflow, the connection's
    /// number, its subflows.
    pub(super) fn push_analysis(&self, l: &mut Layer<'_>, stream: u32) {
        let Some(conn) = self
            .subs
            .get(&stream)
            .and_then(|s| s.conn)
            .and_then(|c| self.conns.get(c))
        else {
            return;
        };
        l.present(m::ANALYSIS);
        l.boolean(m::MASTER, conn.master == Some(stream));
        l.uint(m::STREAM, conn.stream);
        let mut s = String::with_capacity(conn.subflows.len() * 3);
        for sf in &conn.subflows {
            s.push_str(itoa::Buffer::new().format(*sf));
            s.push(' ');
        }
        l.str(m::ANALYSIS_SUBFLOWS, s);
    }
}

#[cfg(test)]
#[path = "mptcp_tests.rs"]
mod tests;
