//! DHCPv6 (RFC 8415 and the options of RFCs 3319, 3646, 3898, 4075, 4242,
//! 4280, 4649, 4704, 5007, 5908, 6334, 6603, 8520), over UDP 546/547,
//! decoded as tshark 4.0's packet-dhcpv6.c does it: the message type, then
//! the transaction ID (or a relay's hop count, link and peer addresses),
//! then the options, each as `dhcpv6.option.type_str` (the option's name),
//! `dhcpv6.option.type`, `dhcpv6.option.length` and its own fields, in
//! wire order. Options inside options (IA_NA's addresses, a relay's
//! message) follow their parent in the same layer, as `-T fields` lists
//! them.
//!
//! What "as tshark does" means for broken messages:
//! - an option whose header or value does not fit in what is left of the
//!   message (or of its parent option) ends the walk of that message with
//!   nothing shown for it, as tshark's `at_end`;
//! - an option whose length contradicts its type shows type and length,
//!   then tshark's expert item `dhcpv6.malformed_option` with its message
//!   ("PREFERENCE: malformed option"), and the walk goes on;
//! - a read tshark makes past the message's captured bytes (a status code
//!   of one byte as the message's last, an option cut by the snap length)
//!   stops the layer there: truncated when the capture cut the datagram,
//!   malformed otherwise.
//!
//! Not decoded here (shown as type and length only): CableLabs' vendor
//! sub-options past their codes and server addresses (enterprise 4491),
//! softwire (S46) and failover options, DHCPv4-over-DHCPv6 and the TCP
//! bulk leasequery.
//!
//! The promise: no input makes this module panic, loop or recurse without
//! bound. Every read goes through a bounds check, every loop consumes at
//! least four bytes, and nested messages and options stop at
//! [`MAX_DEPTH`].

pub mod fields;
mod summary;
pub use summary::*;

use crate::dissect::expert::{self, Expert, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{AnomalyKind, Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::dissect::wire::{ascii, ascii_all};
use crate::source::Timestamp;
use std::borrow::Cow;

/// The client's port (servers and relays answer to it).
pub const CLIENT_PORT: u16 = 546;
/// The server's and relay agents' port.
pub const SERVER_PORT: u16 = 547;

const RELAY_FORW: u8 = 12;
const RELAY_REPLY: u8 = 13;
/// RFC 8415's limit on a relay's hop count (tshark's `HOP_COUNT_LIMIT`).
const HOP_COUNT_LIMIT: u8 = 32;
/// Seconds from 1970 to 2000, the DUID-LLT epoch.
const DUID_EPOCH: i64 = 946_684_800;
/// CableLabs' enterprise number: tshark hands its vendor options to a
/// dissector of their own.
const VENDOR_CABLELABS: u32 = 4491;

/// Nested options and relayed messages we follow, together (Wireshark
/// stops at its own dissection depth limit; real messages nest a few).
pub const MAX_DEPTH: usize = 32;

/// Problems one layer keeps; the rest become one "N more problems".
const ANOMALY_CAP: usize = 16;

/// tshark 4.0's expert items of DHCPv6.
mod ei {
    use super::ei;
    use crate::dissect::fields::dhcpv6 as d;
    ei!(MALFORMED_OPTION, d::MALFORMED_OPTION, Malformed, Error);
    ei!(ERROR_HOPCOUNT, d::ERROR_HOPCOUNT, Protocol, Warn);
    ei!(BAD_MSGTYPE, d::BAD_MSGTYPE, Protocol, Error);
    ei!(
        S_BIT_SHOULD_BE_ZERO,
        d::S_BIT_SHOULD_BE_ZERO,
        Protocol,
        Error
    );
    ei!(
        NAME_NOT_DNS,
        d::EXPERT_NAME_NOT_DNS_ENCODED,
        Protocol,
        Error
    );
    ei!(
        FIELD_LEN_EXCEEDED,
        d::EXPERT_DOMAIN_FIELD_LENGTH_EXCEEDED,
        Malformed,
        Error
    );
    ei!(FQDN_GT_255, d::EXPERT_ENCODED_FQDN_GT_255, Malformed, Error);
    ei!(ROOT_ONLY, d::EXPERT_ROOT_ONLY_DOMAIN_NAME, Protocol, Error);
    ei!(TLD_LOOKUP, d::EXPERT_TLD_LOOKUP, Comment, Warn);
    ei!(
        PARTIAL_AFTER_FQDN,
        d::EXPERT_PARTIAL_NAME_PRECEDED_BY_FQDN,
        Protocol,
        Error
    );
}

// ---------------------------------------------------------------------------
// Dissection
// ---------------------------------------------------------------------------

/// One DHCPv6 message (a UDP payload). `reported` is the payload's length
/// on the wire (tshark walks options up to it, and reads fail past the
/// captured bytes); `cut` says the capture cut it; `quoted`, that an ICMP
/// error quotes it (short on purpose: no exception).
pub fn dissect(
    msg: &[u8],
    reported: usize,
    span_start: usize,
    cut: bool,
    quoted: bool,
) -> Layer<'_> {
    let mut l = Layer::new(
        Osi::Application,
        "dhcpv6",
        span_start..span_start + msg.len(),
    );
    let mut w = Walker {
        msg,
        l: &mut l,
        cut,
        reported: reported.max(msg.len()),
        more: 0,
        depth: 0,
    };
    let hops = Hops::default();
    if let Err(stop) = w.message(0, reported.max(msg.len()), hops)
        && !quoted
    {
        w.stop(stop);
    }
    if w.more > 0 {
        let more = w.more;
        l.malformed(format!("{more} more problems"));
    }
    l
}

/// Why the walk stopped before the end (tshark's exception).
#[derive(Debug)]
enum Stop {
    /// A read past the captured bytes, ending at `end`.
    Short { end: usize, why: String },
    /// Nesting deeper than [`MAX_DEPTH`].
    Deep,
}

/// tshark's `hopcount_info`: what the relay around a message said.
#[derive(Debug, Clone, Copy, Default)]
struct Hops {
    hopcount: u8,
    /// A relay message was met on the way in.
    relayed: bool,
}

struct Walker<'a, 'l> {
    msg: &'a [u8],
    l: &'l mut Layer<'a>,
    cut: bool,
    /// The message's length on the wire.
    reported: usize,
    more: usize,
    depth: usize,
}

impl<'a> Walker<'a, '_> {
    fn stop(&mut self, stop: Stop) {
        match stop {
            // Past the captured bytes but within the datagram: cut short
            // by the capture; past the datagram itself: malformed.
            Stop::Short { end, why } if self.cut && end <= self.reported => {
                self.l.truncated(why);
                self.l.throw(AnomalyKind::Truncated, "dhcpv6");
            }
            Stop::Short { why, .. } => {
                self.l.malformed(why);
                self.l.throw(AnomalyKind::Malformed, "dhcpv6");
            }
            Stop::Deep => {
                self.l.malformed(format!(
                    "messages and options nested deeper than {MAX_DEPTH}"
                ));
                self.l.throw(AnomalyKind::Malformed, "dhcpv6");
            }
        }
    }

    /// An expert item of this protocol, kept up to [`ANOMALY_CAP`].
    fn expert(&mut self, e: &'static Expert, msg: Option<String>) {
        if self.l.fields.len() > 16 * 1024 {
            self.more += 1;
            return;
        }
        expert::add(self.l, e, msg);
    }

    /// tshark's "X: malformed option" on the option, and the walk goes on.
    fn malformed_option(&mut self, what: &str) {
        self.malformed_msg(format!("{what}: malformed option"));
    }

    /// tshark's `dhcpv6.malformed_option` with this message.
    fn malformed_msg(&mut self, msg: String) {
        if self.l.anomalies.len() >= ANOMALY_CAP {
            self.more += 1;
        } else {
            self.l.malformed(msg.clone());
        }
        self.expert(&ei::MALFORMED_OPTION, Some(msg));
    }

    /// `n` bytes at `at`, or the read tshark's exception stops at.
    fn bytes(&self, at: usize, n: usize) -> Result<&'a [u8], Stop> {
        let msg = self.msg;
        at.checked_add(n)
            .and_then(|end| msg.get(at..end))
            .ok_or_else(|| Stop::Short {
                end: at.saturating_add(n),
                why: format!(
                    "{n} bytes at offset {at} past the captured {} bytes",
                    msg.len()
                ),
            })
    }

    fn u8(&self, at: usize) -> Result<u8, Stop> {
        Ok(self.bytes(at, 1)?[0])
    }

    fn u16(&self, at: usize) -> Result<u16, Stop> {
        let b = self.bytes(at, 2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&self, at: usize) -> Result<u32, Stop> {
        let b = self.bytes(at, 4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn ipv6(&self, at: usize) -> Result<Value<'static>, Stop> {
        let b = self.bytes(at, 16)?;
        let mut a = [0u8; 16];
        a.copy_from_slice(b);
        Ok(Value::Ipv6(a))
    }

    /// A message from `off` to `eoff` (tshark's `dissect_dhcpv6`).
    fn message(&mut self, mut off: usize, eoff: usize, mut hops: Hops) -> Result<(), Stop> {
        if self.depth >= MAX_DEPTH {
            return Err(Stop::Deep);
        }
        self.depth += 1;
        let msgtype = self.u8(off)?;
        self.l.uint(f::dhcpv6::MSGTYPE, msgtype);
        if msgtype == RELAY_FORW || msgtype == RELAY_REPLY {
            let previous = hops.hopcount;
            let hopcount = self.u8(off + 1)?;
            self.l.uint(f::dhcpv6::HOPCOUNT, hopcount);
            if hopcount > HOP_COUNT_LIMIT {
                self.expert(
                    &ei::ERROR_HOPCOUNT,
                    Some(format!(
                        "Hopcount ({hopcount}) exceeds the maximum limit HOP_COUNT_LIMIT ({HOP_COUNT_LIMIT})"
                    )),
                );
            }
            if hops.relayed && i32::from(hopcount) != i32::from(previous) - 1 {
                self.expert(
                    &ei::ERROR_HOPCOUNT,
                    Some(format!(
                        "hopcount is not correctly incremented by 1 (expected : {}, actual : {previous})",
                        i32::from(hopcount) + 1
                    )),
                );
            }
            let link = self.ipv6(off + 2)?;
            self.l.push(f::dhcpv6::LINKADDR, link);
            let peer = self.ipv6(off + 18)?;
            self.l.push(f::dhcpv6::PEERADDR, peer);
            hops = Hops {
                hopcount,
                relayed: true,
            };
            off += 34;
        } else {
            if hops.hopcount != 0 {
                self.expert(
                    &ei::ERROR_HOPCOUNT,
                    Some(format!(
                        "Hopcount of most inner message has to equal 0 instead of {}",
                        hops.hopcount
                    )),
                );
            }
            let x = self.bytes(off + 1, 3)?;
            let xid = u32::from_be_bytes([0, x[0], x[1], x[2]]);
            self.l.uint(f::dhcpv6::XID, xid);
            off += 4;
        }
        let mut at_end = false;
        while off < eoff && !at_end {
            off += self.option(off, eoff, &mut at_end, hops, msgtype)?;
        }
        self.depth -= 1;
        Ok(())
    }

    /// The options from `from` to `to` inside an option (tshark's loop
    /// after IA_NA's fixed part and the like): a bad one ends the walk of
    /// the whole message (`at_end` is the message's).
    fn sub_options(
        &mut self,
        from: usize,
        to: usize,
        at_end: &mut bool,
        hops: Hops,
        msgtype: u8,
    ) -> Result<(), Stop> {
        let mut off = from;
        while off < to {
            off += self.option(off, to, at_end, hops, msgtype)?;
            if *at_end {
                break;
            }
        }
        Ok(())
    }

    /// The option at `off`, in a container ending at `eoff`; returns its
    /// size (0 with `at_end` set when it does not fit).
    fn option(
        &mut self,
        off: usize,
        eoff: usize,
        at_end: &mut bool,
        hops: Hops,
        msgtype: u8,
    ) -> Result<usize, Stop> {
        if eoff - off < 4 {
            *at_end = true;
            return Ok(0);
        }
        let opttype = self.u16(off)?;
        let optlen = usize::from(self.u16(off + 2)?);
        if eoff - off < 4 + optlen {
            *at_end = true;
            return Ok(0);
        }
        if self.depth >= MAX_DEPTH {
            return Err(Stop::Deep);
        }
        self.depth += 1;
        let name: Cow<'static, str> = match f::dhcpv6::OPTION_TYPE.value_name(u64::from(opttype)) {
            Some(n) => Cow::Borrowed(n),
            None => Cow::Owned(format!("DHCP option {opttype}")),
        };
        self.l.str(f::dhcpv6::OPTION_TYPE_STR, name);
        self.l.uint(f::dhcpv6::OPTION_TYPE, opttype);
        self.l.uint(f::dhcpv6::OPTION_LENGTH, optlen as u64);
        self.value(opttype, off + 4, optlen, at_end, hops, msgtype)?;
        self.depth -= 1;
        Ok(4 + optlen)
    }

    /// An option's own fields (`off` is where its value starts).
    fn value(
        &mut self,
        opttype: u16,
        off: usize,
        optlen: usize,
        at_end: &mut bool,
        hops: Hops,
        msgtype: u8,
    ) -> Result<(), Stop> {
        use f::dhcpv6 as d;
        match opttype {
            1 | 2 | 53 => self.duid(off, optlen)?,
            3 | 25 => {
                if optlen < 12 {
                    self.malformed_option(if opttype == 3 { "IA_NA" } else { "IA_PD" });
                    return Ok(());
                }
                let iaid = self.bytes(off, 4)?;
                self.l.str(d::IAID, super::dhcp::arphrd_text(iaid, opttype));
                let t1 = self.u32(off + 4)?;
                self.l.uint(d::IAID_T1, t1);
                let t2 = self.u32(off + 8)?;
                self.l.uint(d::IAID_T2, t2);
                self.sub_options(off + 12, off + optlen, at_end, hops, msgtype)?;
            }
            4 => {
                if optlen < 4 {
                    self.malformed_option("IA_TA");
                    return Ok(());
                }
                let iaid = self.bytes(off, 4)?;
                self.l.str(d::IATA, super::dhcp::arphrd_text(iaid, opttype));
                self.sub_options(off + 4, off + optlen, at_end, hops, msgtype)?;
            }
            5 => {
                if optlen < 24 {
                    // tshark 4.0's message for it.
                    self.malformed_option("IA_TA");
                    return Ok(());
                }
                let ip = self.ipv6(off)?;
                self.l.push(d::IAADDR_IP, ip);
                let pref = self.u32(off + 16)?;
                self.l.uint(d::IAADDR_PREF_LIFETIME, pref);
                let valid = self.u32(off + 20)?;
                self.l.uint(d::IAADDR_VALID_LIFETIME, valid);
                self.sub_options(off + 24, off + optlen, at_end, hops, msgtype)?;
            }
            26 => {
                if optlen < 25 {
                    self.malformed_option("IAPREFIX");
                    return Ok(());
                }
                let pref = self.u32(off)?;
                self.l.uint(d::IAPREFIX_PREF_LIFETIME, pref);
                let valid = self.u32(off + 4)?;
                self.l.uint(d::IAPREFIX_VALID_LIFETIME, valid);
                let plen = self.u8(off + 8)?;
                self.l.uint(d::IAPREFIX_PREF_LEN, plen);
                let addr = self.ipv6(off + 9)?;
                self.l.push(d::IAPREFIX_PREF_ADDR, addr);
                self.sub_options(off + 25, off + optlen, at_end, hops, msgtype)?;
            }
            // Option Request and ERO: two bytes a code; an odd length reads
            // one byte past the option, as tshark does.
            6 | 43 => {
                for i in (0..optlen).step_by(2) {
                    let code = self.u16(off + i)?;
                    self.l.uint(d::REQUESTED_OPTION_CODE, code);
                }
            }
            7 => {
                if optlen != 1 {
                    self.malformed_option("PREFERENCE");
                    return Ok(());
                }
                let p = self.u8(off)?;
                self.l.uint(d::OPTION_PREFERENCE, p);
            }
            8 => {
                if optlen != 2 {
                    self.malformed_option("ELAPSED-TIME");
                    return Ok(());
                }
                // Hundredths of a second, shown in milliseconds.
                let t = self.u16(off)?;
                self.l.uint(d::ELAPSED_TIME, u64::from(t) * 10);
            }
            9 => {
                if optlen == 0 {
                    self.malformed_option("RELAY-MSG");
                } else {
                    self.message(off, off + optlen, hops)?;
                }
            }
            11 => self.auth(off, optlen)?,
            12 => {
                if optlen != 16 {
                    self.malformed_option("UNICAST");
                    return Ok(());
                }
                let a = self.ipv6(off)?;
                self.l.push(d::UNICAST, a);
            }
            13 => {
                let code = self.u16(off)?;
                self.l.uint(d::STATUS_CODE, code);
                if optlen > 2 {
                    let m = self.bytes(off + 2, optlen - 2)?;
                    expert::wire_string(self.l, d::STATUS_MSG, ascii_all(m));
                }
            }
            15 => {
                let mut t = 0;
                while optlen > t {
                    let sublen = usize::from(self.u16(off + t)?);
                    if sublen > optlen - t {
                        self.malformed_msg("User Class: suboption too long".into());
                        break;
                    }
                    self.l.uint(d::USERCLASS_LENGTH, sublen as u64);
                    let data = self.bytes(off + t + 2, sublen)?;
                    self.l
                        .push(d::USERCLASS_OPAQUE_DATA, Value::Bytes(Cow::Borrowed(data)));
                    t += sublen + 2;
                }
            }
            16 => {
                if optlen < 4 {
                    self.malformed_option("VENDOR_CLASS");
                    return Ok(());
                }
                let e = self.u32(off)?;
                self.l.uint(d::VENDORCLASS_ENTERPRISE, e);
                if optlen > 4 {
                    // tshark skips the first data item's length; a length
                    // of 5 reads to the end of the message.
                    let data = if optlen == 5 {
                        self.msg.get(off + 6..).ok_or_else(|| Stop::Short {
                            end: off + 6,
                            why: "vendor-class-data past the captured bytes".into(),
                        })?
                    } else {
                        self.bytes(off + 6, optlen - 6)?
                    };
                    self.l.str(d::VENDORCLASS_DATA, ascii(data));
                }
            }
            17 => self.vendor_opts(off, optlen)?,
            18 => {
                if optlen == 0 {
                    self.malformed_option("INTERFACE_ID");
                    return Ok(());
                }
                let b = self.bytes(off, optlen)?;
                self.l.push(d::INTERFACE_ID, Value::Bytes(Cow::Borrowed(b)));
            }
            19 => {
                if optlen != 1 {
                    self.malformed_option("RECONF_MSG");
                    return Ok(());
                }
                let m = self.u8(off)?;
                self.l.uint(d::RECONF_MSG, m);
            }
            20 if optlen != 0 => self.malformed_option("RECONF_ACCEPT"),
            21 | 24 | 29 | 30 | 33 if optlen > 0 => {
                let def = match opttype {
                    21 => d::SIP_SERVER_DOMAIN_SEARCH_FQDN,
                    24 => d::SEARCH_LIST_ENTRY,
                    29 => d::NIS_FQDN,
                    30 => d::NISP_FQDN,
                    _ => d::BCMCS_SERVER_FQDN,
                };
                self.domain(def, off, optlen)?;
            }
            22 | 23 | 27 | 28 | 31 | 34 | 40 | 48 | 52 => {
                let (def, what) = match opttype {
                    22 => (d::SIP_SERVER_A, "SIP servers address"),
                    23 => (d::DNS_SERVER, "DNS servers address"),
                    27 => (d::NIS_SERVER, "NIS servers address"),
                    28 => (d::NISP_SERVER, "NISP servers address"),
                    31 => (d::SNTP_SERVER, "SNTP servers address"),
                    34 => (d::BCMCS_SERVER_A, "BCMCS servers address"),
                    40 => (d::PANA_AGENT, "PANA agent address"),
                    48 => (d::LQ_CLIENT_LINK, "LQ client links address"),
                    _ => (d::CAPWAP_AC_V6, "CAPWAP Access Controllers address"),
                };
                if !optlen.is_multiple_of(16) {
                    self.malformed_option(what);
                    return Ok(());
                }
                for i in (0..optlen).step_by(16) {
                    let a = self.ipv6(off + i)?;
                    self.l.push(def, a);
                }
            }
            32 | 46 => {
                let (def, what) = if opttype == 32 {
                    (d::LIFETIME, "LIFETIME")
                } else {
                    (d::CLT_TIME, "CLT_TIME")
                };
                if optlen != 4 {
                    self.malformed_option(what);
                    return Ok(());
                }
                let v = self.u32(off)?;
                self.l.uint(def, v);
            }
            37 => {
                if optlen < 4 {
                    self.malformed_option("REMOTE_ID");
                    return Ok(());
                }
                let e = self.u32(off)?;
                self.l.uint(d::REMOTEID_ENTERPRISE, e);
                let id = self.bytes(off + 4, optlen - 4)?;
                self.l
                    .push(d::REMOTEID_ENTERPRISE_ID, Value::Bytes(Cow::Borrowed(id)));
            }
            38 => {
                if optlen == 0 {
                    self.malformed_option("SUBSCRIBER_ID");
                    return Ok(());
                }
                let s = self.bytes(off, optlen)?;
                expert::wire_string(self.l, d::SUBSCRIBER_ID, ascii_all(s));
            }
            39 => self.client_fqdn(off, optlen, msgtype)?,
            41 | 42 | 112 if optlen > 0 => {
                let def = match opttype {
                    41 => d::TIMEZONE,
                    42 => d::TZDB,
                    _ => d::MUDURL,
                };
                let s = self.bytes(off, optlen)?;
                expert::wire_string(self.l, def, ascii_all(s));
            }
            103 => {
                let s = self.bytes(off, optlen)?;
                expert::wire_string(self.l, d::CAPTIVE_PORTAL, ascii_all(s));
            }
            44 => {
                if optlen < 17 {
                    self.malformed_option("LQ-QUERY");
                    return Ok(());
                }
                let q = self.u8(off)?;
                self.l.uint(d::LQ_QUERY, q);
                let a = self.ipv6(off + 1)?;
                self.l.push(d::LQ_QUERY_LINK_ADDRESS, a);
                self.sub_options(off + 17, off + optlen, at_end, hops, msgtype)?;
            }
            // Options that only carry options.
            45 | 66 | 69 | 70 | 94 | 95 | 96 => {
                self.sub_options(off, off + optlen, at_end, hops, msgtype)?;
            }
            47 => {
                if optlen < 16 {
                    self.malformed_option("LQ_RELAY_DATA");
                    return Ok(());
                }
                let a = self.ipv6(off)?;
                self.l.push(d::LQ_RELAY_DATA_PEER_ADDR, a);
                let m = self.bytes(off + 16, optlen - 16)?;
                expert::wire_string(self.l, d::LQ_RELAY_DATA_MSG, ascii_all(m));
            }
            56 => self.ntp_server(off, optlen)?,
            165 | 166 => {
                let (def, what) = if opttype == 165 {
                    (d::MIP6_HOME_AGENT, "MIP6_HA")
                } else {
                    (d::MIP6_HOME_ADDRESS, "MIP6_HOA")
                };
                if optlen != 16 {
                    self.malformed_option(what);
                    return Ok(());
                }
                let a = self.ipv6(off)?;
                self.l.push(def, a);
            }
            // A NAI and two bytes tshark leaves out.
            167 => {
                if optlen < 4 {
                    self.malformed_option("NAI");
                    return Ok(());
                }
                let s = self.bytes(off, optlen - 2)?;
                expert::wire_string(self.l, d::NAI, ascii_all(s));
            }
            64 => self.domain(d::AFTR_NAME, off, optlen)?,
            67 => {
                if !(2..=17).contains(&optlen) {
                    self.malformed_option("PD_EXCLUDE");
                    return Ok(());
                }
                let plen = self.u8(off)?;
                self.l.uint(d::PD_EXCLUDE_PREF_LEN, plen);
                let id = self.bytes(off + 1, optlen - 1)?;
                self.l
                    .push(d::PD_EXCLUDE_SUBNET_ID, Value::Bytes(Cow::Borrowed(id)));
            }
            // Rapid Commit, and the options tshark 4.0 shows as type and
            // length only.
            _ => {}
        }
        Ok(())
    }

    /// Client, Server and Relay Identifiers: a DUID (RFC 8415 11).
    fn duid(&mut self, off: usize, optlen: usize) -> Result<(), Stop> {
        use f::dhcpv6 as d;
        if optlen < 2 {
            self.malformed_option("DUID");
            return Ok(());
        }
        let all = self.bytes(off, optlen)?;
        self.l.push(d::DUID_BYTES, Value::Bytes(Cow::Borrowed(all)));
        let kind = self.u16(off)?;
        self.l.uint(d::DUID_TYPE, kind);
        match kind {
            1 => {
                if optlen < 8 {
                    self.malformed_option("DUID");
                    return Ok(());
                }
                let hw = self.u16(off + 2)?;
                self.l.uint(d::DUIDLLT_HWTYPE, hw);
                let t = self.u32(off + 4)?;
                // tshark adds the epoch in 32 bits: it wraps past 2106.
                let secs = t.wrapping_add(DUID_EPOCH as u32);
                self.l.push(
                    d::DUIDLLT_TIME,
                    Value::Time(Timestamp::new(i64::from(secs), 0)),
                );
                if optlen > 8 {
                    let a = self.bytes(off + 8, optlen - 8)?;
                    self.l
                        .str(d::DUIDLLT_LINK_LAYER_ADDR, super::dhcp::arphrd_text(a, hw));
                }
            }
            2 => {
                if optlen < 6 {
                    self.malformed_option("DUID");
                    return Ok(());
                }
                let e = self.u32(off + 2)?;
                self.l.uint(d::DUIDEN_ENTERPRISE, e);
                if optlen > 6 {
                    let id = self.bytes(off + 6, optlen - 6)?;
                    self.l
                        .push(d::DUIDEN_IDENTIFIER, Value::Bytes(Cow::Borrowed(id)));
                }
            }
            3 => {
                if optlen < 4 {
                    self.malformed_option("DUID");
                    return Ok(());
                }
                let hw = self.u16(off + 2)?;
                self.l.uint(d::DUIDLL_HWTYPE, hw);
                if optlen > 4 {
                    let a = self.bytes(off + 4, optlen - 4)?;
                    self.l
                        .str(d::DUIDLL_LINK_LAYER_ADDR, super::dhcp::arphrd_text(a, hw));
                }
            }
            4 => {
                if optlen != 18 {
                    self.malformed_option("DUID");
                    return Ok(());
                }
                let u = self.bytes(off + 2, 16)?;
                self.l
                    .push(d::DUIDUUID_BYTES, Value::Bytes(Cow::Borrowed(u)));
            }
            _ => {}
        }
        Ok(())
    }

    /// Authentication (RFC 8415 21.11).
    fn auth(&mut self, off: usize, optlen: usize) -> Result<(), Stop> {
        use f::dhcpv6 as d;
        if optlen < 11 {
            self.malformed_option("AUTH");
            return Ok(());
        }
        let proto = self.u8(off)?;
        self.l.uint(d::AUTH_PROTOCOL, proto);
        let alg = self.u8(off + 1)?;
        self.l.uint(d::AUTH_ALGORITHM, alg);
        let rdm = self.u8(off + 2)?;
        self.l.uint(d::AUTH_RDM, rdm);
        let rd = self.bytes(off + 3, 8)?;
        self.l
            .push(d::AUTH_REPLAY_DETECTION, Value::Bytes(Cow::Borrowed(rd)));
        if optlen > 11 + 20 && alg == 1 {
            // HMAC-MD5 (RFC 3315 21.4): realm, key ID, 16 bytes of MAC.
            if optlen - 11 - 20 < 256 {
                let realm = self.bytes(off + 11, optlen - 31)?;
                expert::wire_string(self.l, d::AUTH_REALM, ascii_all(realm));
            } else {
                self.malformed_msg("DHCP realm: probably malformed option".into());
            }
            let key = self.u32(off + optlen - 20)?;
            self.l.uint(d::AUTH_KEY_ID, key);
            let md5 = self.bytes(off + optlen - 16, 16)?;
            self.l
                .push(d::AUTH_MD5_DATA, Value::Bytes(Cow::Borrowed(md5)));
        } else {
            let info = self.bytes(off + 11, optlen - 11)?;
            self.l.push(d::AUTH_INFO, Value::Bytes(Cow::Borrowed(info)));
        }
        Ok(())
    }

    /// Vendor-specific Information (RFC 8415 21.17): the enterprise, then
    /// code/length/data triples (CableLabs' shown by their codes).
    fn vendor_opts(&mut self, off: usize, optlen: usize) -> Result<(), Stop> {
        use f::dhcpv6 as d;
        if optlen < 4 {
            self.malformed_option("VENDOR_OPTS");
            return Ok(());
        }
        let e = self.u32(off)?;
        self.l.uint(d::VENDOROPTS_ENTERPRISE, e);
        if e == VENDOR_CABLELABS {
            return self.cablelabs(off, optlen);
        }
        let mut at = 0;
        while optlen - 4 > at {
            let olen = usize::from(self.u16(off + at + 6)?);
            // tshark's subtree for the sub-option must fit in the message.
            self.bytes(off + at + 4, 4 + olen)?;
            let code = self.u16(off + at + 4)?;
            self.l.uint(d::VENDOROPTS_ENTERPRISE_OPTION_CODE, code);
            self.l
                .uint(d::VENDOROPTS_ENTERPRISE_OPTION_LENGTH, olen as u64);
            let data = self.bytes(off + at + 8, olen)?;
            self.l.push(
                d::VENDOROPTS_ENTERPRISE_OPTION_DATA,
                Value::Bytes(Cow::Borrowed(data)),
            );
            at += 4 + olen;
        }
        Ok(())
    }

    /// CableLabs' sub-options (tshark's `dissect_cablelabs_specific_opts`,
    /// with its bounds: the walk stops four bytes before the end): each
    /// sub-option's code, and the addresses of the server lists.
    fn cablelabs(&mut self, off: usize, optlen: usize) -> Result<(), Stop> {
        use f::dhcpv6 as d;
        let len = optlen - 4;
        if len <= 4 {
            return Ok(());
        }
        let mut at = 4;
        while at < len {
            let kind = self.u16(off + at)?;
            self.l.uint(d::CABLELABS_OPT, kind);
            let tlv_len = usize::from(self.u16(off + at + 2)?);
            // TFTP, syslog, RFC 868 time servers, CCAP cores.
            if matches!(kind, 32 | 34 | 37 | 61) && tlv_len.is_multiple_of(16) {
                for i in (0..tlv_len).step_by(16) {
                    let a = self.ipv6(off + at + 4 + i)?;
                    self.l.push(d::CABLELABS_IPV6_SERVER, a);
                }
            }
            at += tlv_len + 4;
        }
        Ok(())
    }

    /// Client FQDN (RFC 4704): flags as the client or the server sets them,
    /// then the name.
    fn client_fqdn(&mut self, off: usize, optlen: usize, msgtype: u8) -> Result<(), Stop> {
        use f::dhcpv6 as d;
        if optlen < 1 {
            self.malformed_option("FQDN");
            return Ok(());
        }
        let client = match msgtype {
            1 | 3 | 5 | 6 => true,
            2 | 7 => false,
            _ => {
                self.l.uint(d::CLIENTFQDN_BAD_MSGTYPE, msgtype);
                self.expert(&ei::BAD_MSGTYPE, None);
                return Ok(());
            }
        };
        let flags = self.u8(off)?;
        self.l.uint(d::CLIENT_FQDN_FLAGS, flags);
        if client {
            self.l.boolean(d::CLIENTFQDN_CLIENT_N, flags & 4 != 0);
            self.l.boolean(d::CLIENTFQDN_CLIENT_S, flags & 1 != 0);
        } else {
            self.l.boolean(d::CLIENTFQDN_SERVER_N, flags & 4 != 0);
            self.l.boolean(d::CLIENTFQDN_SERVER_O, flags & 2 != 0);
            self.l.boolean(d::CLIENTFQDN_SERVER_S, flags & 1 != 0);
        }
        if flags & 5 == 5 {
            self.expert(&ei::S_BIT_SHOULD_BE_ZERO, None);
        }
        self.domain(d::CLIENT_DOMAIN, off + 1, optlen - 1)
    }

    /// NTP Server (RFC 5908): sub-options of an address, a multicast
    /// address or a name.
    fn ntp_server(&mut self, off: usize, optlen: usize) -> Result<(), Stop> {
        use f::dhcpv6 as d;
        if optlen < 4 {
            self.malformed_option("NTP Server");
            return Ok(());
        }
        let mut t = 0;
        while optlen > t {
            let kind = self.u16(off + t)?;
            let sublen = usize::from(self.u16(off + t + 2)?);
            if sublen > optlen - t {
                self.malformed_msg("NTP Server: suboption too long".into());
                break;
            }
            // tshark's subtree for the sub-option must fit in the message.
            self.bytes(off + t, 4 + sublen)?;
            self.l.uint(d::NTPSERVER_OPTION_TYPE, kind);
            self.l.uint(d::NTPSERVER_OPTION_LENGTH, sublen as u64);
            t += 4;
            match kind {
                1 => {
                    let a = self.ipv6(off + t)?;
                    self.l.push(d::NTPSERVER_ADDR, a);
                }
                2 => {
                    let a = self.ipv6(off + t)?;
                    self.l.push(d::NTPSERVER_MC_ADDR, a);
                }
                3 => self.domain(d::NTPSERVER_FQDN, off + t, sublen)?,
                _ => {}
            }
            t += sublen;
        }
        Ok(())
    }

    /// The names of a domain name field (tshark's `dhcpv6_domain`): each
    /// FQDN with its root's dot, a partial name without; a TLD, a root
    /// alone, a label longer than 63 or past the field are shown with
    /// tshark's items for them, and end the field.
    fn domain(&mut self, def: &'static FieldDef, field: usize, len: usize) -> Result<(), Stop> {
        use f::dhcpv6 as d;
        if len == 0 {
            self.l.uint(d::DOMAIN_FIELD_LEN, 0u8);
            return Ok(());
        }
        let final_off = field + len - 1;
        let mut off = field;
        let mut first = field;
        let mut remlen = len;
        let mut labels = 0usize;
        let mut total = 0usize;
        let mut name = String::new();
        let mut fqdn_seen = false;
        while remlen > 0 {
            let label_len = usize::from(self.u8(off)?);
            if label_len > 63 {
                self.l.uint(d::BOGUS_LABEL_LENGTH, label_len as u64);
                if labels > 0 {
                    self.l.str(d::DECODED_PORTION, to_nul(name));
                }
                self.expert(&ei::NAME_NOT_DNS, None);
                return Ok(());
            }
            if total == 0 {
                first = off;
            }
            off += 1;
            remlen -= 1;
            if label_len > remlen {
                self.l.uint(d::DOMAIN_FIELD_LEN_EXCEEDED, label_len as u64);
                if labels > 0 {
                    self.l.str(d::DECODED_PORTION, to_nul(name));
                }
                self.expert(&ei::FIELD_LEN_EXCEEDED, None);
                return Ok(());
            }
            if total + label_len + 2 > 255 {
                name.push('.');
                total += 1;
                name.push_str(&ascii_all(self.bytes(off, label_len)?));
                off += label_len;
                total += label_len;
                if self.u8(off)? == 0 {
                    name.push('.');
                    total += 1;
                }
                self.l.uint(d::ENCODED_FQDN_GT_255, total as u64);
                self.expert(&ei::FQDN_GT_255, None);
                return Ok(());
            }
            if label_len == 0 {
                name.push('.');
                if labels == 0 {
                    self.l.str(d::ROOT_ONLY_DOMAIN_NAME, "['.' (0)]");
                    self.expert(&ei::ROOT_ONLY, None);
                    return Ok(());
                }
                if labels == 1 {
                    self.l.str(d::TLD, to_nul(std::mem::take(&mut name)));
                    self.expert(&ei::TLD_LOOKUP, None);
                } else {
                    self.l.str(def, to_nul(std::mem::take(&mut name)));
                }
                labels = 0;
                total = 0;
                fqdn_seen = true;
                continue;
            }
            if off + label_len - 1 == final_off {
                // The last label of a partial name; tshark reads it from
                // the name's first label.
                name.push_str(&ascii_all(self.bytes(first + 1, label_len)?));
                if fqdn_seen {
                    self.l.str(d::PARTIAL_NAME_PRECEDED_BY_FQDN, to_nul(name));
                    self.expert(&ei::PARTIAL_AFTER_FQDN, None);
                } else {
                    self.l.str(def, to_nul(name));
                }
                return Ok(());
            }
            if labels > 0 {
                name.push('.');
                total += 1;
            }
            name.push_str(&ascii_all(self.bytes(off, label_len)?));
            off += label_len;
            remlen -= label_len;
            total += label_len;
            labels += 1;
        }
        Ok(())
    }
}

/// A decoded name as tshark shows it: its C string, which ends at the
/// first NUL a label carried.
fn to_nul(mut name: String) -> String {
    if let Some(nul) = name.find('\0') {
        name.truncate(nul);
    }
    name
}

#[cfg(test)]
mod tests;

// ---------------------------------------------------------------------------
// The protocol's spec
// ---------------------------------------------------------------------------

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "dhcpv6",
    also: &[],
    title: "DHCPv6",
    osi: Osi::Application,
    fields: f::dhcpv6::ALL,
    summary: summary_into,
    info: None,
    column: None,
    app: Some(AppSpec {
        decode_as: &["dhcpv6"],
        tcp_ports: &[],
        udp_ports: &[CLIENT_PORT, SERVER_PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};

fn summary_into(out: &mut String, l: &Layer<'_>) {
    summary(out, l);
}

/// One DHCPv6 message a datagram; no state across messages.
fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(|d| {
        dissect(d.payload, d.reported, d.at, d.cut, d.nested)
    }))
}
