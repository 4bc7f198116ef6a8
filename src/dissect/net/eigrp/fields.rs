//! EIGRP's fields, generated from tshark 4.0.17's registry by
//! `scripts/gen-fields.py eigrp ...`, plus the Info column's text. Left
//! out, as not decoded: IPX network numbers (no FT_IPXNET here), the
//! sequence TLV's IPX address, SAF services and extended communities.

pub mod eigrp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(
        F::new("eigrp.version", Uint8, "Version").blurb("Version - Version of EIGRP packet format")
    );
    pub static OPCODE: &F = field!(
        F::new("eigrp.opcode", Uint8, "Opcode")
            .vals(OPCODE_VALS)
            .blurb("Opcode - Operation code indicating the message type")
    );
    pub static FLAGS: &F = field!(
        F::new("eigrp.flags", Uint32, "Flags")
            .base(Base::Hex)
            .blurb(
                "Flag - Initialization bit and is used in establishing a new neighbor relationship"
            )
    );
    pub static SEQ: &F = field!(
        F::new("eigrp.seq", Uint32, "Sequence")
            .blurb("Sequence number -- used to send messages reliably")
    );
    pub static ACK: &F = field!(
        F::new("eigrp.ack", Uint32, "Acknowledge")
            .blurb("Acknowledge number -- used to send messages reliably")
    );
    pub static VRID: &F = field!(F::new("eigrp.vrid", Uint16, "Virtual Router ID").blurb("Virtual Router ID - For each Virtual Router, there is a separate topology table and routing/service table; even for matching AS. This field allows the gateway to select which set router to use."));
    pub static AS: &F = field!(F::new("eigrp.as", Uint16, "Autonomous System").blurb("Autonomous system number - Each AS has a separate topology table which for a give routing/service table. A gateway can participate in more than one AS. This field allows the gateway toselect which set of topology tables to use."));
    pub static FLAGS_INIT: &F = field!(
        F::new("eigrp.flags.init", Boolean, "Init")
            .base(Base::Bits(32))
            .mask(0x1)
            .tfs("Set", "Not set")
            .blurb("Init - tells the neighbor to send its full topology table")
    );
    pub static FLAGS_CONDRECV: &F = field!(F::new("eigrp.flags.condrecv", Boolean, "Conditional Receive").base(Base::Bits(32)).mask(0x2).tfs("Set", "Not set").blurb("Conditionally Received the next packet if address was in listed in the previous HELLO"));
    pub static FLAGS_RESTART: &F = field!(F::new("eigrp.flags.restart", Boolean, "Restart").base(Base::Bits(32)).mask(0x4).tfs("Set", "Not set").blurb("Restart flag - Set in the HELLO and the initial UPDATE packets during the nsf signaling period."));
    pub static FLAGS_EOT: &F = field!(F::new("eigrp.flags.eot", Boolean, "End Of Table").base(Base::Bits(32)).mask(0x8).tfs("Set", "Not set").blurb("End-of-Table - Marks the end of the start-up UPDATES indicating the complete topology database has been sent to a new peer"));
    pub static TLV_TYPE: &F = field!(
        F::new("eigrp.tlv_type", Uint16, "Type")
            .base(Base::Hex)
            .vals(TLV_TYPE_VALS)
            .blurb("TLV Type")
    );
    pub static TLV_LEN: &F = field!(F::new("eigrp.tlv.len", Uint16, "Length").blurb("TLV Length"));
    pub static PAR_K1: &F =
        field!(F::new("eigrp.par.k1", Uint8, "K1").blurb("Bandwidth/Throughput Coefficient"));
    pub static PAR_K2: &F = field!(F::new("eigrp.par.k2", Uint8, "K2").blurb("Load Coefficient"));
    pub static PAR_K3: &F =
        field!(F::new("eigrp.par.k3", Uint8, "K3").blurb("Delay/Latency Coefficient"));
    pub static PAR_K4: &F =
        field!(F::new("eigrp.par.k4", Uint8, "K4").blurb("Reliability Coefficient"));
    pub static PAR_K5: &F =
        field!(F::new("eigrp.par.k5", Uint8, "K5").blurb("Reliability Coefficient"));
    pub static PAR_K6: &F =
        field!(F::new("eigrp.par.k6", Uint8, "K6").blurb("Extended Metric Coefficient"));
    pub static PAR_HOLDTIME: &F = field!(
        F::new("eigrp.par.holdtime", Uint16, "Hold Time").blurb("How long to ignore lost HELLO's")
    );
    pub static AUTH_TYPE: &F =
        field!(F::new("eigrp.auth.type", Uint16, "Type").vals(AUTH_TYPE_VALS));
    pub static AUTH_LENGTH: &F = field!(F::new("eigrp.auth.length", Uint16, "Length"));
    pub static AUTH_KEYID: &F = field!(F::new("eigrp.auth.keyid", Uint32, "Key ID"));
    pub static AUTH_KEYSEQ: &F = field!(F::new("eigrp.auth.keyseq", Uint32, "Key Sequence"));
    pub static AUTH_DIGEST: &F = field!(F::new("eigrp.auth.digest", Bytes, "Digest"));
    pub static SEQ_ADDRLEN: &F = field!(F::new("eigrp.seq.addrlen", Uint8, "Address length"));
    pub static SEQ_IPV4ADDR: &F = field!(F::new("eigrp.seq.ipv4addr", Ipv4, "IP Address"));
    pub static SEQ_IPV6ADDR: &F = field!(F::new("eigrp.seq.ipv6addr", Ipv6, "IPv6 Address"));
    pub static NEXT_MCAST_SEQ: &F =
        field!(F::new("eigrp.next_mcast_seq", Uint32, "Multicast Sequence"));
    pub static STUB_OPTIONS: &F =
        field!(F::new("eigrp.stub_options", Uint16, "Stub Options").base(Base::Hex));
    pub static STUB_OPTIONS_CONNECTED: &F = field!(
        F::new("eigrp.stub_options.connected", Boolean, "Connected")
            .base(Base::Bits(16))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static STUB_OPTIONS_STATIC: &F = field!(
        F::new("eigrp.stub_options.static", Boolean, "Static")
            .base(Base::Bits(16))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static STUB_OPTIONS_SUMMARY: &F = field!(
        F::new("eigrp.stub_options.summary", Boolean, "Summary")
            .base(Base::Bits(16))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static STUB_OPTIONS_REDIST: &F = field!(
        F::new("eigrp.stub_options.redist", Boolean, "Redistributed")
            .base(Base::Bits(16))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static STUB_OPTIONS_LEAKMAP: &F = field!(
        F::new("eigrp.stub_options.leakmap", Boolean, "Leak-Map")
            .base(Base::Bits(16))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static STUB_OPTIONS_RECVONLY: &F = field!(
        F::new("eigrp.stub_options.recvonly", Boolean, "Receive-Only")
            .base(Base::Bits(16))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static TID: &F = field!(F::new("eigrp.tid", Uint16, "Topology"));
    pub static AFI: &F = field!(F::new("eigrp.afi", Uint16, "AFI").vals(AFI_VALS));
    pub static OLD_METRIC_DELAY: &F = field!(
        F::new("eigrp.old_metric.delay", Uint32, "Scaled Delay")
            .blurb("delay, in 39.1 nanosec interments")
    );
    pub static OLD_METRIC_BW: &F = field!(
        F::new("eigrp.old_metric.bw", Uint32, "Scaled BW")
            .blurb("bandwidth, in units of 1 Kbit/sec")
    );
    pub static OLD_METRIC_MTU: &F =
        field!(F::new("eigrp.old_metric.mtu", Uint24, "MTU").blurb("MTU, in octets"));
    pub static OLD_METRIC_HOPCOUNT: &F = field!(
        F::new("eigrp.old_metric.hopcount", Uint8, "Hop Count")
            .blurb("Number of hops to destination")
    );
    pub static OLD_METRIC_REL: &F = field!(
        F::new("eigrp.old_metric.rel", Uint8, "Reliability")
            .blurb("percent packets successfully tx/rx")
    );
    pub static OLD_METRIC_LOAD: &F =
        field!(F::new("eigrp.old_metric.load", Uint8, "Load").blurb("percent of channel occupied"));
    pub static OLD_METRIC_INTAG: &F =
        field!(F::new("eigrp.old_metric.intag", Uint8, "Route Tag").blurb("Internal Route Tag"));
    pub static TIDLIST: &F = field!(F::new("eigrp.tidlist", Uint16, "TID List"));
    pub static TIDLIST_FLAGS: &F =
        field!(F::new("eigrp.tidlist.flags", Uint16, "TID List Flags").base(Base::Hex));
    pub static TIDLIST_LEN: &F = field!(F::new("eigrp.tidlist.len", Uint16, "TID List Size"));
    pub static ROUTERID: &F =
        field!(F::new("eigrp.routerid", Ipv4, "RouterID").blurb("Router ID of injecting router"));
    pub static OLD_METRIC_TAG: &F =
        field!(F::new("eigrp.old_metric.tag", Uint32, "Tag").blurb("route tag"));
    pub static METRIC_FLAGS_SRCWD: &F = field!(
        F::new("eigrp.metric.flags.srcwd", Boolean, "Source Withdraw")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("True", "False")
            .blurb("Route Source Withdraw")
    );
    pub static METRIC_FLAGS_CD: &F = field!(
        F::new("eigrp.metric.flags.cd", Boolean, "Candidate Default")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("True", "False")
    );
    pub static METRIC_FLAGS_ACTIVE: &F = field!(
        F::new("eigrp.metric.flags.active", Boolean, "Route is Active")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("True", "False")
            .blurb("Route is currently in active state")
    );
    pub static METRIC_FLAGS_REPL: &F = field!(
        F::new("eigrp.metric.flags.repl", Boolean, "Route is Replicated")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("True", "False")
            .blurb("Route is replicated from different tableid")
    );
    pub static EXTDATA_ORIGRID: &F = field!(
        F::new("eigrp.extdata.origrid", Ipv4, "Originating RouterID")
            .blurb("Router ID of redistributing router")
    );
    pub static EXTDATA_AS: &F = field!(
        F::new("eigrp.extdata.as", Uint32, "Originating A.S.")
            .blurb("Autonomous System of redistributing protocol")
    );
    pub static EXTDATA_TAG: &F = field!(
        F::new("eigrp.extdata.tag", Uint32, "Administrative Tag").blurb("Administrative Route Tag")
    );
    pub static EXTDATA_METRIC: &F = field!(
        F::new("eigrp.extdata.metric", Uint32, "External Metric")
            .blurb("Metric reported by redistributing protocol")
    );
    pub static EXTDATA_RESERVED: &F = field!(F::new("eigrp.extdata.reserved", Uint16, "Reserved"));
    pub static EXTDATA_PROTO: &F = field!(
        F::new("eigrp.extdata.proto", Uint8, "External Protocol ID").vals(EXTDATA_PROTO_VALS)
    );
    pub static OPAQUE_FLAG_EXT: &F = field!(
        F::new("eigrp.opaque.flag.ext", Boolean, "Route is External")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("True", "False")
            .blurb("External route")
    );
    pub static OPAQUE_FLAG_CD: &F = field!(
        F::new(
            "eigrp.opaque.flag.cd",
            Boolean,
            "Route is Candidate Default"
        )
        .base(Base::Bits(8))
        .mask(0x2)
        .tfs("True", "False")
        .blurb("Candidate-Default route")
    );
    pub static METRIC_OFFSET: &F =
        field!(F::new("eigrp.metric.offset", Uint8, "Offset").blurb(
            "Number of 16bit words to reach the start of thedestination/attribute information"
        ));
    pub static METRIC_PRIORITY: &F = field!(
        F::new("eigrp.metric.priority", Uint8, "Priority")
            .blurb("Priority of the prefix for ordering transmission")
    );
    pub static METRIC_RELIABILITY: &F = field!(
        F::new("eigrp.metric.reliability", Uint8, "Reliability")
            .blurb("percent packets successfully tx/rx")
    );
    pub static METRIC_LOAD: &F =
        field!(F::new("eigrp.metric.load", Uint8, "Load").blurb("percent of channel occupied"));
    pub static METRIC_MTU: &F =
        field!(F::new("eigrp.metric.mtu", Uint24, "MTU").blurb("MTU, in octets"));
    pub static METRIC_HOPCOUNT: &F = field!(
        F::new("eigrp.metric.hopcount", Uint8, "Hop Count").blurb("Number of hops to destination")
    );
    pub static METRIC_RESERVED: &F =
        field!(F::new("eigrp.metric.reserved", Uint16, "Reserved").base(Base::Hex));
    pub static ATTR_OPCODE: &F = field!(
        F::new("eigrp.attr.opcode", Uint8, "Opcode")
            .vals(ATTR_OPCODE_VALS)
            .blurb("Opcode - Operation code indicating the attribute type")
    );
    pub static ATTR_OFFSET: &F = field!(
        F::new("eigrp.attr.offset", Uint8, "Offset").blurb("Number of 2 byte words of data")
    );
    pub static ATTR_SCALED: &F = field!(
        F::new("eigrp.attr.scaled", Uint32, "Legacy Metric")
            .blurb("Metric calculated from legacy TLVs")
    );
    pub static ATTR_TAG: &F =
        field!(F::new("eigrp.attr.tag", Uint32, "Tag").blurb("Tag assigned by admin for dest"));
    pub static ATTR_JITTER: &F =
        field!(F::new("eigrp.attr.jitter", Uint32, "Jitter").blurb("Variation in path delay"));
    pub static ATTR_QENERGY: &F = field!(
        F::new("eigrp.attr.qenergy", Uint32, "Q-Energy")
            .blurb("Non-Active energy usage along path")
    );
    pub static ATTR_ENERGY: &F = field!(
        F::new("eigrp.attr.energy", Uint32, "Energy").blurb("Active energy usage along path")
    );
    pub static IPV4_NEXTHOP: &F = field!(F::new("eigrp.ipv4.nexthop", Ipv4, "NextHop"));
    pub static IPV4_PREFIXLEN: &F = field!(F::new("eigrp.ipv4.prefixlen", Uint8, "Prefix Length"));
    pub static IPV6_NEXTHOP: &F = field!(F::new("eigrp.ipv6.nexthop", Ipv6, "NextHop"));
    pub static IPV6_PREFIXLEN: &F = field!(F::new("eigrp.ipv6.prefixlen", Uint8, "Prefix Length"));
    pub static NULLPAD: &F = field!(F::new("eigrp.nullpad", Bytes, "Nullpad"));
    pub static RELEASE_VERSION: &F =
        field!(F::new("eigrp.release_version", Uint16, "EIGRP Release").base(Base::Custom));
    pub static TLV_VERSION: &F =
        field!(F::new("eigrp.tlv_version", Uint16, "EIGRP TLV version").base(Base::Custom));
    pub static IPV4_DESTINATION: &F = field!(F::new("eigrp.ipv4.destination", Ipv4, "Destination"));
    pub static IPV6_DESTINATION: &F = field!(F::new("eigrp.ipv6.destination", Ipv6, "Destination"));
    pub static METRIC_DELAY: &F = field!(F::new("eigrp.metric.delay", Uint64, "Delay"));
    pub static METRIC_BANDWIDTH: &F = field!(F::new("eigrp.metric.bandwidth", Uint64, "Bandwidth"));
    pub static CHECKSUM: &F = field!(F::new("eigrp.checksum", Uint16, "Checksum").base(Base::Hex));
    pub static CHECKSUM_STATUS: &F = field!(
        F::new("eigrp.checksum.status", Uint8, "Checksum Status")
            .base(Base::None)
            .vals(CHECKSUM_STATUS_VALS)
    );
    pub static PEER_TERMINATION: &F =
        field!(F::new("eigrp.peer_termination", None, "Peer Termination"));
    pub static AUTH_LENGTH_INVALID: &F = field!(F::new(
        "eigrp.auth.length.invalid",
        None,
        "Invalid auth len"
    ));
    pub static AUTH_TYPE_INVALID: &F =
        field!(F::new("eigrp.auth.type.invalid", None, "Invalid auth type"));
    pub static SEQ_ADDRLEN_INVALID: &F = field!(F::new(
        "eigrp.seq.addrlen.invalid",
        None,
        "Invalid address length"
    ));
    pub static PEER_TERMINATION_GRACEFUL: &F = field!(F::new(
        "eigrp.peer_termination_graceful",
        None,
        "Peer Termination (Graceful Shutdown)"
    ));
    pub static PREFIXLEN_INVALID: &F = field!(F::new(
        "eigrp.prefixlen.invalid",
        None,
        "Invalid prefix length"
    ));
    pub static UNREACHABLE: &F = field!(F::new("eigrp.unreachable", None, "Unreachable"));
    pub static TLV_TYPE_UNKNOWN: &F = field!(F::new("eigrp.tlv_type.unknown", None, "Unknown TLV"));
    pub static AFI_UNKNOWN: &F = field!(F::new("eigrp.afi.unknown", None, "Unknown AFI"));
    pub static CHECKSUM_BAD: &F = field!(F::new("eigrp.checksum.bad", None, "Bad Checksum"));
    pub static TLV_LEN_INVALID: &F = field!(F::new(
        "eigrp.tlv.len.invalid",
        None,
        "Corrupt TLV (Length field less than 4)"
    ));
    pub static TLV_TRUNCATED: &F = field!(F::new(
        "eigrp.tlv.truncated",
        None,
        "Corrupt TLV (Truncated prematurely)"
    ));

    pub static NEXTHOP_ADDRESS: &F =
        field!(F::new("eigrp.nexthop_address", Uint32, "NextHop Address").base(Base::Custom));
    pub static CABLE_RANGE: &F =
        field!(F::new("eigrp.cable_range", Uint32, "Cable range").base(Base::Custom));
    pub static APPLETALK_CABLE_RANGE: &F = field!(
        F::new(
            "eigrp.appletalk_cable_range",
            Uint32,
            "AppleTalk Cable Range"
        )
        .base(Base::Custom)
    );
    pub static ATALK_ROUTERID: &F = field!(F::new(
        "eigrp.atalk.routerid",
        Uint32,
        "AppleTalk Router ID"
    ));
    pub static EXTDATA_IPX_METRIC: &F = field!(
        F::new("eigrp.extdata.ipx_metric", Uint16, "External Metric")
            .blurb("Delay reported by redistributing protocol")
    );
    pub static EXTDATA_IPX_DELAY: &F = field!(
        F::new("eigrp.extdata.ipx_delay", Uint16, "External Delay")
            .blurb("Delay reported by redistributing protocol")
    );
    pub static IPX_NEXTHOP_HOST: &F =
        field!(F::new("eigrp.ipx.nexthop_host", Ether, "NextHop Host"));
    pub static IPX_ROUTERID: &F = field!(
        F::new("eigrp.ipx.routerid", Ether, "External RouterID")
            .blurb("Router ID of redistributing router")
    );

    /// What tshark writes in the Info column for this message.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.eigrp.info", String, "Info")
            .blurb("The Info column's text for this message")
    );

    pub static ALL: &[&F] = &[
        VERSION,
        OPCODE,
        FLAGS,
        SEQ,
        ACK,
        VRID,
        AS,
        FLAGS_INIT,
        FLAGS_CONDRECV,
        FLAGS_RESTART,
        FLAGS_EOT,
        TLV_TYPE,
        TLV_LEN,
        PAR_K1,
        PAR_K2,
        PAR_K3,
        PAR_K4,
        PAR_K5,
        PAR_K6,
        PAR_HOLDTIME,
        AUTH_TYPE,
        AUTH_LENGTH,
        AUTH_KEYID,
        AUTH_KEYSEQ,
        AUTH_DIGEST,
        SEQ_ADDRLEN,
        SEQ_IPV4ADDR,
        SEQ_IPV6ADDR,
        NEXT_MCAST_SEQ,
        STUB_OPTIONS,
        STUB_OPTIONS_CONNECTED,
        STUB_OPTIONS_STATIC,
        STUB_OPTIONS_SUMMARY,
        STUB_OPTIONS_REDIST,
        STUB_OPTIONS_LEAKMAP,
        STUB_OPTIONS_RECVONLY,
        TID,
        AFI,
        OLD_METRIC_DELAY,
        OLD_METRIC_BW,
        OLD_METRIC_MTU,
        OLD_METRIC_HOPCOUNT,
        OLD_METRIC_REL,
        OLD_METRIC_LOAD,
        OLD_METRIC_INTAG,
        TIDLIST,
        TIDLIST_FLAGS,
        TIDLIST_LEN,
        ROUTERID,
        OLD_METRIC_TAG,
        METRIC_FLAGS_SRCWD,
        METRIC_FLAGS_CD,
        METRIC_FLAGS_ACTIVE,
        METRIC_FLAGS_REPL,
        EXTDATA_ORIGRID,
        EXTDATA_AS,
        EXTDATA_TAG,
        EXTDATA_METRIC,
        EXTDATA_RESERVED,
        EXTDATA_PROTO,
        OPAQUE_FLAG_EXT,
        OPAQUE_FLAG_CD,
        METRIC_OFFSET,
        METRIC_PRIORITY,
        METRIC_RELIABILITY,
        METRIC_LOAD,
        METRIC_MTU,
        METRIC_HOPCOUNT,
        METRIC_RESERVED,
        ATTR_OPCODE,
        ATTR_OFFSET,
        ATTR_SCALED,
        ATTR_TAG,
        ATTR_JITTER,
        ATTR_QENERGY,
        ATTR_ENERGY,
        IPV4_NEXTHOP,
        IPV4_PREFIXLEN,
        IPV6_NEXTHOP,
        IPV6_PREFIXLEN,
        NULLPAD,
        RELEASE_VERSION,
        TLV_VERSION,
        IPV4_DESTINATION,
        IPV6_DESTINATION,
        METRIC_DELAY,
        METRIC_BANDWIDTH,
        CHECKSUM,
        CHECKSUM_STATUS,
        PEER_TERMINATION,
        AUTH_LENGTH_INVALID,
        AUTH_TYPE_INVALID,
        SEQ_ADDRLEN_INVALID,
        PEER_TERMINATION_GRACEFUL,
        PREFIXLEN_INVALID,
        UNREACHABLE,
        TLV_TYPE_UNKNOWN,
        AFI_UNKNOWN,
        CHECKSUM_BAD,
        TLV_LEN_INVALID,
        TLV_TRUNCATED,
        NEXTHOP_ADDRESS,
        CABLE_RANGE,
        APPLETALK_CABLE_RANGE,
        ATALK_ROUTERID,
        EXTDATA_IPX_METRIC,
        EXTDATA_IPX_DELAY,
        IPX_NEXTHOP_HOST,
        IPX_ROUTERID,
        OSIDUMP_INFO,
    ];

    const OPCODE_VALS: &[(u64, &str)] = &[
        (1, "Update"),
        (2, "Request"),
        (3, "Query"),
        (4, "Reply"),
        (5, "Hello"),
        (6, "IPX/SAP Update"),
        (7, "Route Probe"),
        (8, "Hello (Ack)"),
        (9, "Stub-Info"),
        (10, "SIA-Query"),
        (11, "SIA-Reply"),
    ];

    const TLV_TYPE_VALS: &[(u64, &str)] = &[
        (0x1, "Parameters"),
        (0x2, "Authentication"),
        (0x3, "Sequence"),
        (0x4, "Software Version"),
        (0x5, "Next multicast sequence"),
        (0x6, "Peer Stub Information"),
        (0x7, "Peer Termination"),
        (0x8, "Peer Topology ID List"),
        (0xf1, "Request(MTR)"),
        (0xf2, "Internal Route(MTR)"),
        (0xf3, "External Route(MTR)"),
        (0xf4, "Ext-Community(MTR)"),
        (0xf5, "TopologyID List"),
        (0x102, "Internal Route(IPv4)"),
        (0x103, "External Route(IPv4)"),
        (0x104, "Ext-Community(IPv4)"),
        (0x202, "Internal Route(ATALK)"),
        (0x203, "External Route(ATALK)"),
        (0x204, "Cable Configuration(ATALK)"),
        (0x302, "IPX Internal Route(IPX)"),
        (0x303, "IPX External Route(IPX)"),
        (0x402, "Internal Route(IPv6)"),
        (0x403, "External Route(IPv6)"),
        (0x404, "Ext-Community(IPv6)"),
        (0x601, "Request"),
        (0x602, "Internal Route"),
        (0x603, "External Route"),
        (0x604, "Ext-Community"),
    ];

    const AUTH_TYPE_VALS: &[(u64, &str)] = &[(1, "TEXT"), (2, "MD5"), (3, "SHA256")];

    const AFI_VALS: &[(u64, &str)] = &[
        (1, "IPv4"),
        (2, "IPv6"),
        (11, "IPX"),
        (12, "Appletalk"),
        (16384, "Service Family"),
        (16385, "IPv4 Service Family"),
        (16386, "IPv6 Service Family"),
    ];

    const EXTDATA_PROTO_VALS: &[(u64, &str)] = &[
        (1, "IGRP"),
        (2, "EIGRP"),
        (3, "Static Route"),
        (4, "RIP"),
        (5, "Hello"),
        (6, "OSPF"),
        (7, "IS-IS"),
        (8, "EGP"),
        (9, "BGP"),
        (10, "IDRP"),
        (11, "Connected Route"),
    ];

    const ATTR_OPCODE_VALS: &[(u64, &str)] = &[
        (0, "NO-OP for padding"),
        (1, "Scaled Metric"),
        (2, "Admin Tag"),
        (3, "Community"),
        (4, "Jitter"),
        (5, "Non-Active energy"),
        (6, "Active energy"),
    ];

    const CHECKSUM_STATUS_VALS: &[(u64, &str)] = &[
        (0, "Bad"),
        (1, "Good"),
        (2, "Unverified"),
        (3, "Not present"),
        (4, "Illegal"),
    ];
}
