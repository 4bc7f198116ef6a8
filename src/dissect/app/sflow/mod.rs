//! sFlow (UDP port 6343) as tshark 4.0's packet-sflow.c shows it: the
//! datagram header (version 2, 4 or 5, agent address, sub-agent ID,
//! sequence number, uptime, sample count) and its samples.
//!
//! Version 5 samples: flow samples and expanded flow samples with their
//! flow records (raw packet header, extended switch, router and gateway
//! data), counters samples and expanded counters samples with their
//! counters records (generic interface, Ethernet, Token Ring, 100BaseVG,
//! VLAN, 802.11, processor, radio utilization), and samples or records of
//! another enterprise (its number, length and data). Version 2 and 4
//! datagrams show their header only.
//!
//! What tshark does that is followed here (read from its output on the
//! sflow captures of tcpdump's and nDPI's test suites):
//! - a datagram whose version is not 2, 4 or 5, or whose agent address
//!   type is not 0, 1 or 2, is not sFlow (UDP hands it to data);
//! - a sample's length says where the next sample starts (it must lie
//!   within the datagram, or the datagram is malformed); a record's
//!   length does not: a record takes the bytes its format reads, so an
//!   unknown format takes none and the next record starts after its
//!   8-byte header;
//! - at most 255 samples, and 255 records a sample, are read (the counts'
//!   low byte);
//! - a raw packet header (padded to four bytes) is handed to Ethernet's or
//!   IP's dissector as a packet inside an error packet: no conversation,
//!   no analysis, no column written, exceptions caught. Those layers
//!   follow the sFlow layer (`sflow:eth:ethertype:ip:…`).
//!
//! - tshark's `sflow.enterprise` item holds the enterprise word's top eight
//!   bits, not its enterprise number (see `Walker::enterprise`).
//!
//! Not shown: the output interface's bitmask header item, which tshark
//! prints as the word in hex against its registered type.
//!
//! Not decoded (the rest of such a sample is left unshown, so no field is
//! shown wrong): flow records other than those above (Ethernet frame data,
//! IPv4/IPv6 data, user, URL, MPLS, NAT, VLAN tunnel, 802.11), LAG port
//! counters, and version 2/4 samples.
//!
//! The promise: no input makes this module panic; every read is checked.

pub mod fields;

#[cfg(test)]
mod tests;

use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, Datagram, DatagramDecoder, OneMessage, ProtocolSpec};
use crate::dissect::wire::Reader;
use std::borrow::Cow;
use std::fmt::Write;

pub const PORT: u16 = 6343;

/// Samples, and records a sample, read at most (the counts' low byte).
const COUNT_MASK: u32 = 0xff;

/// Ethernet and IPv4/IPv6, the sampled headers osidump dissects.
pub(crate) const HEADER_ETHERNET: u32 = 1;
pub(crate) const HEADER_IPV4: u32 = 11;
pub(crate) const HEADER_IPV6: u32 = 12;

/// A read past the datagram's bytes (its end offset).
type R<T> = Result<T, usize>;

/// Whether `b` starts as tshark's sFlow dissector accepts a datagram.
fn accepted(b: &[u8]) -> bool {
    let word = |at: usize| {
        b.get(at..at + 4)
            .map(|w| u32::from_be_bytes([w[0], w[1], w[2], w[3]]))
    };
    // Fewer than eight bytes: tshark's reads throw before it decides.
    // Those datagrams are left as data here (see the tests).
    matches!(word(0), Some(2 | 4 | 5)) && matches!(word(4), Some(0..=2))
}

struct Walker<'l, 'a> {
    l: &'l mut Layer<'a>,
    r: Reader<'a>,
    version: u32,
}

impl<'a> Walker<'_, 'a> {
    fn u32(&mut self, def: &'static crate::dissect::field::FieldDef) -> R<u32> {
        let v = self.r.u32()?;
        self.l.uint(def, v);
        Ok(v)
    }

    fn u64(&mut self, def: &'static crate::dissect::field::FieldDef) -> R<u64> {
        let w = self.r.take(8)?;
        let v = u64::from_be_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        self.l.uint(def, v);
        Ok(v)
    }

    /// A run of 32-bit counters.
    fn u32s(&mut self, defs: &[&'static crate::dissect::field::FieldDef]) -> R<()> {
        for def in defs {
            self.u32(def)?;
        }
        Ok(())
    }

    /// dissect_sflow_245_address_type: a type word, then an IPv4 or IPv6
    /// address (nothing for type 0). Another type is shown by no field
    /// and takes no bytes after its word.
    fn address(
        &mut self,
        v4: &'static crate::dissect::field::FieldDef,
        v6: &'static crate::dissect::field::FieldDef,
    ) -> R<Option<Value<'a>>> {
        let kind = self.r.u32()?;
        self.address_of(kind, v4, v6)
    }

    /// The address after a type word already read.
    fn address_of(
        &mut self,
        kind: u32,
        v4: &'static crate::dissect::field::FieldDef,
        v6: &'static crate::dissect::field::FieldDef,
    ) -> R<Option<Value<'a>>> {
        let (def, value) = match kind {
            1 => {
                let w = self.r.take(4)?;
                (v4, Value::Ipv4([w[0], w[1], w[2], w[3]]))
            }
            2 => {
                let w = self.r.take(16)?;
                let mut a = [0u8; 16];
                a.copy_from_slice(w);
                (v6, Value::Ipv6(a))
            }
            _ => return Ok(None),
        };
        self.l.push(def, value.clone());
        Ok(Some(value))
    }

    /// The enterprise word of a sample or record: `Some(format)` for the
    /// standard enterprise, `None` for another, whose length and data are
    /// shown here.
    fn enterprise(
        &mut self,
        format_def: &'static crate::dissect::field::FieldDef,
    ) -> R<Option<u32>> {
        let word = self.r.u32()?;
        let enterprise = word >> 12;
        // tshark hands the shifted number to proto_tree_add_uint, which
        // masks it again with the field's 0xfffff000 and shifts: the item
        // holds the word's top eight bits.
        self.l.uint(f::sflow::ENTERPRISE, word >> 24);
        if enterprise != 0 {
            let len = self.u32(f::sflow::ENTERPRISE_LENGTH)?;
            let data = self.r.take(len as usize)?;
            self.l
                .push(f::sflow::ENTERPRISE_DATA, Value::Bytes(Cow::Borrowed(data)));
            return Ok(None);
        }
        let format = word & 0xfff;
        self.l.uint(format_def, format);
        Ok(Some(format))
    }

    /// One version 5 sample.
    fn sample5(&mut self) -> R<()> {
        let Some(format) = self.enterprise(f::sflow::SAMPLETYPE)? else {
            return Ok(());
        };
        let len = self.u32(f::sflow::SAMPLE_LENGTH)? as usize;
        let start = self.r.at;
        // What the sample's own fields read may stop early (a record
        // osidump does not decode); the sample's length says where the
        // next one starts.
        match format {
            1 => self.flow_sample(false)?,
            2 => self.counters_sample(false)?,
            3 => self.flow_sample(true)?,
            4 => self.counters_sample(true)?,
            _ => {}
        }
        // tvb_ensure_bytes_exist(offset, length).
        let end = start.saturating_add(len);
        if end > self.r.b.len() {
            return Err(end);
        }
        self.r.at = end;
        Ok(())
    }

    fn flow_sample(&mut self, expanded: bool) -> R<()> {
        use f::sflow as s;
        self.u32(s::FLOW_SAMPLE_SEQUENCE_NUMBER)?;
        if expanded {
            self.u32s(&[
                s::FLOW_SAMPLE_SOURCE_ID_TYPE,
                s::FLOW_SAMPLE_SOURCE_ID_INDEX,
                s::FLOW_SAMPLE_SAMPLING_RATE,
                s::FLOW_SAMPLE_SAMPLE_POOL,
                s::FLOW_SAMPLE_DROPPED_PACKETS,
                s::FLOW_SAMPLE_INPUT_INTERFACE_FORMAT,
                s::FLOW_SAMPLE_INPUT_INTERFACE_VALUE,
            ])?;
            let w = self.r.u32()?;
            self.l
                .uint(s::FLOW_SAMPLE_OUTPUT_INTERFACE_DOT_FORMAT, w & 0x7fff_ffff);
            let w = self.r.u32()?;
            self.l.uint(s::FLOW_SAMPLE_OUTPUT_INTERFACE_VALUE, w);
        } else {
            let w = self.r.u32()?;
            self.l.uint(s::FLOW_SAMPLE_SOURCE_ID_CLASS, w >> 24);
            self.l.uint(s::FLOW_SAMPLE_INDEX, w & 0xff_ffff);
            self.u32s(&[
                s::FLOW_SAMPLE_SAMPLING_RATE,
                s::FLOW_SAMPLE_SAMPLE_POOL,
                s::FLOW_SAMPLE_DROPPED_PACKETS,
                s::FLOW_SAMPLE_INPUT_INTERFACE,
            ])?;
            // The bitmask's header item (sflow.flow_sample.output_interface)
            // is left out: tshark prints it as the whole word in hex
            // (`0x80000000`), which its registered field (decimal, mask
            // 0x7fffffff) does not describe.
            let w = self.r.u32()?;
            self.l.uint(s::FLOW_SAMPLE_OUTPUT_INTERFACE_FORMAT, w >> 30);
            self.l
                .uint(s::FLOW_SAMPLE_OUTPUT_INTERFACE_VALUE, w & 0x3fff_ffff);
        }
        let records = self.u32(s::FLOW_SAMPLE_FLOW_RECORD)?;
        for _ in 0..records & COUNT_MASK {
            if !self.flow_record()? {
                break;
            }
        }
        Ok(())
    }

    /// One flow record; `Ok(false)` for a format osidump does not decode.
    fn flow_record(&mut self) -> R<bool> {
        use f::sflow as s;
        let Some(format) = self.enterprise(s::FLOW_RECORD_FORMAT)? else {
            return Ok(true);
        };
        self.u32(s::FLOW_DATA_LENGTH)?;
        match format {
            1 => self.sampled_header()?,
            1001 => self.u32s(&[s::VLAN_IN, s::PRI_IN, s::VLAN_OUT, s::PRI_OUT])?,
            1002 => {
                self.address(s::NEXTHOP, s::NEXTHOP_V6)?;
                self.u32s(&[s::NEXTHOP_SRC_MASK, s::NEXTHOP_DST_MASK])?;
            }
            1003 => self.gateway()?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// A raw packet header: its items, then the bytes (padded to four)
    /// kept for the link layer's dissector.
    fn sampled_header(&mut self) -> R<()> {
        use f::sflow as s;
        let protocol = self.u32(s::HEADER_PROTOCOL)?;
        self.u32(s::HEADER_FRAME_LENGTH)?;
        if self.version == 5 {
            self.u32(s::HEADER_PAYLOAD_STRIPPED)?;
        }
        let len = self.u32(s::HEADER_SAMPLED_HEADER_LENGTH)? as usize;
        let padded = len.saturating_add(3) & !3;
        let bytes = self.r.take(padded)?;
        self.l.push(s::HEADER, Value::Bytes(Cow::Borrowed(bytes)));
        if matches!(protocol, HEADER_ETHERNET | HEADER_IPV4 | HEADER_IPV6) && !bytes.is_empty() {
            self.l.uint(s::OSIDUMP_FRAME_PROTOCOL, protocol);
            self.l
                .push(s::OSIDUMP_FRAME, Value::Bytes(Cow::Borrowed(bytes)));
        }
        Ok(())
    }

    /// Extended gateway data: the next hop (version 5), AS numbers, the
    /// destination AS path's segments, communities and local preference.
    fn gateway(&mut self) -> R<()> {
        use f::sflow as s;
        if self.version == 5 {
            self.address(s::NEXTHOP, s::NEXTHOP_V6)?;
        }
        self.u32s(&[s::AS, s::SRCAS, s::PEERAS])?;
        let segments = self.u32(s::DSTASENTRIES)?;
        for _ in 0..segments {
            let n = if self.version < 4 {
                1
            } else {
                let kind = self.r.u32()?;
                self.l.uint(s::AS_TYPE, kind);
                self.r.u32()?
            };
            for _ in 0..n {
                self.u32(s::DSTAS)?;
            }
        }
        if self.version >= 4 {
            let communities = self.u32(s::COMMUNITYENTRIES)?;
            for _ in 0..communities {
                self.u32(s::DSTAS)?;
            }
            self.u32(s::LOCALPREF)?;
        }
        Ok(())
    }

    fn counters_sample(&mut self, expanded: bool) -> R<()> {
        use f::sflow as s;
        self.u32(s::COUNTERS_SAMPLE_SEQUENCE_NUMBER)?;
        if expanded {
            let w = self.r.u32()?;
            self.l.uint(s::COUNTERS_SAMPLE_SOURCE_ID_TYPE, w >> 24);
            let w = self.r.u32()?;
            self.l
                .uint(s::COUNTERS_SAMPLE_SOURCE_ID_INDEX, w & 0xff_ffff);
        } else {
            let w = self.r.u32()?;
            self.l.uint(s::COUNTERS_SAMPLE_SOURCE_ID_TYPE, w >> 24);
            self.l
                .uint(s::COUNTERS_SAMPLE_SOURCE_ID_INDEX, w & 0xff_ffff);
        }
        let records = self.u32(s::COUNTERS_SAMPLE_COUNTERS_RECORDS)?;
        for _ in 0..records & COUNT_MASK {
            if !self.counters_record()? {
                break;
            }
        }
        Ok(())
    }

    /// One counters record; `Ok(false)` for a format osidump does not
    /// decode.
    fn counters_record(&mut self) -> R<bool> {
        use f::sflow as s;
        let Some(format) = self.enterprise(s::COUNTERS_RECORD_FORMAT)? else {
            return Ok(true);
        };
        self.u32(s::FLOW_DATA_LENGTH)?;
        match format {
            1 => self.generic_interface()?,
            2 => self.u32s(&[
                s::DOT3STATSALIGNMENTERRORS,
                s::DOT3STATSFCSERRORS,
                s::DOT3STATSSINGLECOLLISIONFRAMES,
                s::DOT3STATSMULTIPLECOLLISIONFRAMES,
                s::DOT3STATSSQETESTERRORS,
                s::DOT3STATSDEFERREDTRANSMISSIONS,
                s::DOT3STATSLATECOLLISIONS,
                s::DOT3STATSEXCESSIVECOLLISIONS,
                s::DOT3STATSINTERNALMACTRANSMITERRORS,
                s::DOT3STATSCARRIERSENSEERRORS,
                s::DOT3STATSFRAMETOOLONGS,
                s::DOT3STATSINTERNALMACRECEIVEERRORS,
                s::DOT3STATSSYMBOLERRORS,
            ])?,
            3 => self.u32s(&[
                s::DOT5STATSLINEERRORS,
                s::DOT5STATSBURSTERRORS,
                s::DOT5STATSACERRORS,
                s::DOT5STATSABORTTRANSERRORS,
                s::DOT5STATSINTERNALERRORS,
                s::DOT5STATSLOSTFRAMEERRORS,
                s::DOT5STATSRECEIVECONGESTIONS,
                s::DOT5STATSFRAMECOPIEDERRORS,
                s::DOT5STATSTOKENERRORS,
                s::DOT5STATSSOFTERRORS,
                s::DOT5STATSHARDERRORS,
                s::DOT5STATSSIGNALLOSS,
                s::DOT5STATSTRANSMITBEACONS,
                s::DOT5STATSRECOVERIES,
                s::DOT5STATSLOBEWIRES,
                s::DOT5STATSREMOVES,
                s::DOT5STATSSINGLES,
                s::DOT5STATSFREQERRORS,
            ])?,
            4 => {
                self.u32(s::DOT12INHIGHPRIORITYFRAMES)?;
                self.u64(s::DOT12INHIGHPRIORITYOCTETS)?;
                self.u32(s::DOT12INNORMPRIORITYFRAMES)?;
                self.u64(s::DOT12INNORMPRIORITYOCTETS)?;
                self.u32s(&[
                    s::DOT12INIPMERRORS,
                    s::DOT12INOVERSIZEFRAMEERRORS,
                    s::DOT12INDATAERRORS,
                    s::DOT12INNULLADDRESSEDFRAMES,
                    s::DOT12OUTHIGHPRIORITYFRAMES,
                ])?;
                self.u64(s::DOT12OUTHIGHPRIORITYOCTETS)?;
                self.u32(s::DOT12TRANSITIONINTOTRAININGS)?;
                self.u64(s::DOT12HCINHIGHPRIORITYOCTETS)?;
                self.u64(s::DOT12HCINNORMPRIORITYOCTETS)?;
                self.u64(s::DOT12HCOUTHIGHPRIORITYOCTETS)?;
            }
            5 => {
                self.u32(s::VLAN_ID)?;
                self.u64(s::OCTETS)?;
                self.u32s(&[
                    s::UCASTPKTS,
                    s::MULTICASTPKTS,
                    s::BROADCASTPKTS,
                    s::DISCARDS,
                ])?;
            }
            6 => self.u32s(&[
                s::DOT11TRANSMITTEDFRAGMENTCOUNT,
                s::DOT11MULTICASTTRANSMITTEDFRAMECOUNT,
                s::DOT11FAILEDCOUNT,
                s::DOT11RETRYCOUNT,
                s::DOT11MULTIPLERETRYCOUNT,
                s::DOT11FRAMEDUPLICATECOUNT,
                s::DOT11RTSSUCCESSCOUNT,
                s::DOT11RTSFAILURECOUNT,
                s::DOT11ACKFAILURECOUNT,
                s::DOT11RECEIVEDFRAGMENTCOUNT,
                s::DOT11MULTICASTRECEIVEDFRAMECOUNT,
                s::DOT11FCSERRORCOUNT,
                s::DOT11TRANSMITTEDFRAMECOUNT,
                s::DOT11WEPUNDECRYPTABLECOUNT,
                s::DOT11QOSDISCARDEDFRAGMENTCOUNT,
                s::DOT11ASSOCIATEDSTATIONCOUNT,
                s::DOT11QOSCFPOLLSRECEIVEDCOUNT,
                s::DOT11QOSCFPOLLSUNUSEDCOUNT,
                s::DOT11QOSCFPOLLSUNUSABLECOUNT,
                s::DOT11QOSCFPOLLSLOSTCOUNT,
            ])?,
            1001 => {
                self.u32s(&[s::CPU_5S, s::CPU_1M, s::CPU_5M])?;
                self.u64(s::TOTAL_MEMORY)?;
                self.u64(s::FREE_MEMORY)?;
            }
            1002 => self.u32s(&[s::ELAPSED_TIME, s::ON_CHANNEL_TIME, s::CHANNEL_BUSY_TIME])?,
            // Formats tshark knows no layout of take no bytes.
            7 | 1003.. => {}
            _ => {}
        }
        Ok(true)
    }

    fn generic_interface(&mut self) -> R<()> {
        use f::sflow as s;
        self.u32s(&[s::IFINDEX, s::IFTYPE])?;
        self.u64(s::IFSPEED)?;
        self.u32(s::IFDIRECTION)?;
        let status = self.r.u32()?;
        self.l.boolean(s::IFADMIN_STATUS, status & 1 != 0);
        self.l.boolean(s::IFOPER_STATUS, status & 2 != 0);
        self.u64(s::IFINOCT)?;
        self.u32s(&[
            s::IFINPKT,
            s::IFINMCAST,
            s::IFINBCAST,
            s::IFINDISC,
            s::IFINERR,
            s::IFINUNK,
        ])?;
        self.u64(s::IFOUTOCT)?;
        self.u32s(&[
            s::IFOUTPKT,
            s::IFOUTMCAST,
            s::IFOUTBCAST,
            s::IFOUTDISC,
            s::IFOUTERR,
            s::IFPROMISC,
        ])
    }
}

/// The datagram header and its samples into `l`, the Info column's text
/// into `info`.
fn datagram_fields<'a>(b: &'a [u8], l: &mut Layer<'a>, info: &mut String) -> R<()> {
    use f::sflow as s;
    let mut w = Walker {
        l,
        r: Reader { b, at: 0 },
        version: 0,
    };
    let version = w.u32(s::VERSION)?;
    w.version = version;
    let _ = write!(info, "V{version}");
    let kind = w.u32(s::AGENTTYPE)?;
    if let Some(agent) = w.address_of(kind, s::AGENT, s::AGENT_V6)? {
        info.push_str(", agent ");
        match agent {
            Value::Ipv4(a) => {
                let _ = write!(info, "{}.{}.{}.{}", a[0], a[1], a[2], a[3]);
            }
            Value::Ipv6(a) => {
                let (t, n) = crate::dissect::layer::ipv6_text(&a);
                info.push_str(std::str::from_utf8(&t[..n]).unwrap_or(""));
            }
            _ => {}
        }
    }
    if version == 5 {
        let id = w.u32(s::SUB_AGENT_ID)?;
        let _ = write!(info, ", sub-agent ID {id}");
    }
    let seq = w.u32(s::SEQUENCE_NUMBER)?;
    let _ = write!(info, ", seq {seq}");
    w.u32(s::SYSUPTIME)?;
    let samples = w.u32(s::NUMSAMPLES)?;
    let _ = write!(info, ", {samples} samples");
    if version != 5 {
        // Version 2/4 samples are not decoded.
        return Ok(());
    }
    for _ in 0..samples & COUNT_MASK {
        w.sample5()?;
    }
    Ok(())
}

fn dissect<'a>(d: &Datagram<'a>) -> Layer<'a> {
    let b = d.payload;
    if !accepted(b) {
        return crate::dissect::data::layer_of(Osi::Application, b, d.at..d.at + b.len());
    }
    let mut l = Layer::new(Osi::Application, "sflow", d.at..d.at + b.len());
    let mut info = String::new();
    if let Err(end) = datagram_fields(b, &mut l, &mut info)
        && !d.nested
    {
        let reason = format!("sFlow datagram: need {end} bytes, have {}", b.len());
        l.read_past_end("sflow", reason, d.cut && end <= d.reported.max(b.len()));
    }
    l.str(f::sflow::OSIDUMP_INFO, info);
    l
}

fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(OneMessage(dissect))
}

/// The sampled headers an sFlow layer keeps for dissection, in order
/// (taken out of the layer): each with its header protocol.
pub(crate) fn take_frames(l: &mut Layer<'_>) -> Vec<(u32, Vec<u8>)> {
    let mut out = Vec::new();
    let mut protocol = 0;
    l.fields.retain(|x| {
        if std::ptr::eq(x.def, f::sflow::OSIDUMP_FRAME_PROTOCOL) {
            if let Value::UInt(p) = x.value {
                protocol = p as u32;
            }
            false
        } else if std::ptr::eq(x.def, f::sflow::OSIDUMP_FRAME) {
            if let Value::Bytes(b) = &x.value {
                out.push((protocol, b.to_vec()));
            }
            false
        } else {
            true
        }
    });
    out
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers
        .get(i)
        .and_then(|l| l.get_str(f::sflow::OSIDUMP_INFO))
    {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("sFlow ");
    out.push_str(l.get_str(f::sflow::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "sflow",
    also: &[],
    title: "InMon sFlow",
    osi: Osi::Application,
    fields: f::sflow::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "sFlow"),
    app: Some(AppSpec {
        decode_as: &["sflow"],
        tcp_ports: &[],
        udp_ports: &[PORT],
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: None,
        datagram: Some(new_datagrams),
    }),
};
