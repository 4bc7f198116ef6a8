pub mod pim {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(F::new("pim.version", Uint8, "Version").mask(0xf0));
    pub static TYPE: &F = field!(F::new("pim.type", Uint8, "Type").mask(0xf).vals(TYPE_VALS));
    pub static DF_ELECT_SUBTYPE: &F = field!(
        F::new("pim.df_elect.subtype", Uint8, "DF Subtype")
            .mask(0xf0)
            .vals(DF_ELECT_SUBTYPE_VALS)
    );
    pub static DF_ELECT_RSVD: &F =
        field!(F::new("pim.df_elect.rsvd", Uint8, "DF reserved").mask(0xf));
    pub static IGMP_TYPE: &F = field!(F::new("pim.igmp_type", String, "Type"));
    pub static CODE: &F = field!(F::new("pim.code", Uint8, "Code").vals(CODE_VALS));
    pub static CKSUM: &F = field!(F::new("pim.cksum", Uint16, "Checksum").base(Base::Hex));
    pub static CKSUM_STATUS: &F = field!(
        F::new("pim.cksum.status", Uint8, "Checksum Status")
            .base(Base::None)
            .vals(CKSUM_STATUS_VALS)
    );
    pub static RES_BYTES: &F = field!(F::new("pim.res_bytes", Bytes, "Reserved byte(s)"));
    pub static OPTION: &F = field!(F::new("pim.option", None, "PIM Options"));
    pub static OPTIONTYPE: &F = field!(F::new("pim.optiontype", Uint16, "Type"));
    pub static OPTIONLENGTH: &F = field!(F::new("pim.optionlength", Uint16, "Length"));
    pub static OPTIONVALUE: &F = field!(F::new("pim.optionvalue", Bytes, "Unknown"));
    pub static REGISTER_FLAG: &F =
        field!(F::new("pim.register_flag", Uint32, "Flags").base(Base::Hex));
    pub static REGISTER_FLAG_BORDER: &F = field!(
        F::new("pim.register_flag.border", Boolean, "Border")
            .base(Base::Bits(32))
            .mask(0x80000000)
            .tfs("Yes", "No")
    );
    pub static REGISTER_FLAG_NULL_REGISTER: &F = field!(
        F::new("pim.register_flag.null_register", Boolean, "Null-Register")
            .base(Base::Bits(32))
            .mask(0x40000000)
            .tfs("Yes", "No")
    );
    pub static MODE: &F = field!(F::new("pim.mode", Uint8, "Mode").mask(0xf0).vals(MODE_VALS));
    pub static HOLDTIME: &F = field!(
        F::new("pim.holdtime", Uint16, "Holdtime")
            .vals(HOLDTIME_VALS)
            .blurb("The amount of time a receiver must keep the neighbor reachable, in seconds.")
    );
    pub static NUMGROUPS: &F = field!(
        F::new("pim.numgroups", Uint16, "Num Groups")
            .blurb("Number of multicast group sets contained in the message.")
    );
    pub static NUMJOINS: &F =
        field!(F::new("pim.numjoins", Uint16, "Num Joins").blurb("Number of joined sources."));
    pub static NUMPRUNES: &F =
        field!(F::new("pim.numprunes", Uint16, "Num Prunes").blurb("Number of pruned sources."));
    pub static T: &F = field!(
        F::new("pim.t", Boolean, "T")
            .base(Base::Bits(8))
            .mask(0x80)
            .blurb("Specifies the ability of the sending router to disable joins suppression.")
    );
    pub static PROPAGATION_DELAY: &F = field!(
        F::new("pim.propagation_delay", Uint16, "Propagation Delay")
            .mask(0x7fff)
            .blurb("Units are milli-seconds")
    );
    pub static OVERRIDE_INTERVAL: &F = field!(
        F::new("pim.override_interval", Uint16, "Override Interval")
            .blurb("Units are milli-seconds")
    );
    pub static DR_PRIORITY: &F = field!(F::new("pim.dr_priority", Uint32, "DR Priority"));
    pub static GENERATION_ID: &F = field!(F::new("pim.generation_id", Uint32, "Generation ID"));
    pub static STATE_REFRESH_VERSION: &F =
        field!(F::new("pim.state_refresh_version", Uint8, "Version"));
    pub static STATE_REFRESH_INTERVAL: &F =
        field!(F::new("pim.state_refresh_interval", Uint8, "Interval").blurb("Units in seconds."));
    pub static STATE_REFRESH_RESERVED: &F =
        field!(F::new("pim.state_refresh_reserved", Uint16, "Reserved"));
    pub static RPT: &F = field!(
        F::new("pim.rpt", Boolean, "RP Tree")
            .base(Base::Bits(8))
            .mask(0x80)
            .blurb("Set to 1 for assert(*,G) messages and 0 for assert(S,G) messages.")
    );
    pub static METRIC_PREF: &F =
        field!(F::new("pim.metric_pref", Uint32, "Metric Preference").mask(0x7fffffff));
    pub static METRIC: &F = field!(F::new("pim.metric", Uint32, "Metric"));
    pub static PRUNE_INDICATOR: &F = field!(
        F::new("pim.prune_indicator", Boolean, "Prune indicator")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static PRUNE_NOW: &F = field!(
        F::new("pim.prune_now", Boolean, "Prune now")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static ASSERT_OVERRIDE: &F = field!(
        F::new("pim.assert_override", Boolean, "Assert override")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static IP_VERSION: &F = field!(
        F::new("pim.ip_version", Uint8, "IP Version")
            .mask(0xf0)
            .vals(IP_VERSION_VALS)
    );
    pub static DUMMY_HEADER: &F = field!(F::new("pim.dummy_header", None, "Dummy Header"));
    pub static SOURCE: &F = field!(F::new("pim.source", Ipv4, "Source"));
    pub static SOURCE_IP6: &F = field!(F::new("pim.source_ip6", Ipv6, "Source"));
    pub static GROUP: &F = field!(F::new("pim.group", Ipv4, "Group"));
    pub static GROUP_MASK: &F = field!(F::new("pim.group_mask", Ipv4, "Mask"));
    pub static GROUP_IP6: &F = field!(F::new("pim.group_ip6", Ipv6, "Group"));
    pub static UPSTREAM_NEIGHBOR: &F =
        field!(F::new("pim.upstream_neighbor", Ipv4, "Upstream-neighbor"));
    pub static UPSTREAM_NEIGHBOR_IP6: &F = field!(F::new(
        "pim.upstream_neighbor_ip6",
        Ipv6,
        "Upstream-neighbor"
    ));
    pub static JOIN_IP: &F = field!(F::new("pim.join_ip", Ipv4, "IP address"));
    pub static JOIN_IP6: &F = field!(F::new("pim.join_ip6", Ipv6, "IP address"));
    pub static PRUNE_IP: &F = field!(F::new("pim.prune_ip", Ipv4, "IP address"));
    pub static PRUNE_IP6: &F = field!(F::new("pim.prune_ip6", Ipv6, "IP address"));
    pub static ADDRESS_LIST: &F = field!(F::new("pim.address_list", Ipv4, "Address"));
    pub static ADDRESS_LIST_IP6: &F = field!(F::new("pim.address_list_ip6", Ipv6, "Address"));
    pub static BSR: &F = field!(F::new("pim.bsr", Ipv4, "BSR"));
    pub static BSR_IP6: &F = field!(F::new("pim.bsr_ip6", Ipv6, "BSR"));
    pub static RP: &F = field!(F::new("pim.rp", Ipv4, "RP"));
    pub static RP_IP6: &F = field!(F::new("pim.rp_ip6", Ipv6, "RP"));
    pub static ORIGINATOR: &F = field!(F::new("pim.originator", Ipv4, "Originator"));
    pub static ORIGINATOR_IP6: &F = field!(F::new("pim.originator_ip6", Ipv6, "Originator"));
    pub static GROUP_ADDRESS: &F = field!(F::new("pim.group_address", Ipv4, "Group Address"));
    pub static BIDIR_WINNER_IP4: &F = field!(F::new("pim.bidir_winner_ip4", Ipv4, "New Winner IP"));
    pub static BIDIR_WINNER_IP6: &F = field!(F::new("pim.bidir_winner_ip6", Ipv6, "New Winner IP"));
    pub static BIDIR_WIN_METRIC_PREF: &F = field!(F::new(
        "pim.bidir_win_metric_pref",
        Uint32,
        "Winner Metric Preference"
    ));
    pub static BIDIR_WIN_METRIC: &F =
        field!(F::new("pim.bidir_win_metric", Uint32, "Winner Metric"));
    pub static BIDIR_OFFERING_IP4: &F =
        field!(F::new("pim.bidir_offering_ip4", Ipv4, "Offering IP"));
    pub static BIDIR_OFFERING_IP6: &F =
        field!(F::new("pim.bidir_offering_ip6", Ipv6, "Offering IP"));
    pub static BIDIR_OFF_METRIC_PREF: &F = field!(F::new(
        "pim.bidir_off_metric_pref",
        Uint32,
        "Offering Metric Preference"
    ));
    pub static BIDIR_OFF_METRIC: &F =
        field!(F::new("pim.bidir_off_metric", Uint32, "Offering Metric"));
    pub static BIDIR_OFFERING_INTERVAL: &F = field!(F::new(
        "pim.bidir_offering_interval",
        Uint16,
        "Offering interval (ms)"
    ));
    pub static FRAGMENT_TAG: &F =
        field!(F::new("pim.fragment_tag", Uint16, "Fragment tag").base(Base::Hex));
    pub static HASH_MASK_LEN: &F = field!(F::new("pim.hash_mask_len", Uint8, "Hash mask len"));
    pub static BSR_PRIORITY: &F = field!(F::new("pim.bsr_priority", Uint8, "BSR priority"));
    pub static RP_COUNT: &F = field!(F::new("pim.rp_count", Uint8, "RP count"));
    pub static FRP_COUNT: &F = field!(F::new("pim.frp_count", Uint8, "FRP count"));
    pub static PRIORITY: &F = field!(F::new("pim.priority", Uint8, "Priority"));
    pub static PREFIX_COUNT: &F = field!(F::new("pim.prefix_count", Uint8, "Prefix-count"));
    pub static SRC_FLAGS_A: &F = field!(F::new("pim.src_flags.a", Uint8, "Annotated").mask(0x8));
    pub static SRC_FLAGS_S: &F = field!(F::new("pim.src_flags.s", Uint8, "Sparse").mask(0x4));
    pub static SRC_FLAGS_W: &F = field!(F::new("pim.src_flags.w", Uint8, "WC").mask(0x2));
    pub static SRC_FLAGS_R: &F = field!(F::new("pim.src_flags.r", Uint8, "RP").mask(0x1));
    pub static SRC_FLAGS_RSV: &F =
        field!(F::new("pim.src_flags.rsv", Uint8, "Reserved").mask(0xf0));
    pub static MASK_LEN: &F = field!(F::new("pim.mask_len", Uint8, "Masklen"));
    pub static ADDR_LEN: &F = field!(F::new("pim.addr_len", Uint8, "Address Len"));
    pub static TTL: &F = field!(F::new("pim.ttl", Uint8, "TTL"));
    pub static INTERVAL: &F = field!(F::new("pim.interval", Uint8, "Interval"));
    pub static ADDR_ADDRESS_FAMILY: &F = field!(
        F::new("pim.addr_address_family", Uint8, "Address Family").vals(ADDR_ADDRESS_FAMILY_VALS)
    );
    pub static ADDR_ENCODING_TYPE: &F = field!(
        F::new("pim.addr_encoding_type", Uint8, "Encoding Type").vals(ADDR_ENCODING_TYPE_VALS)
    );
    pub static UNICAST: &F = field!(F::new("pim.unicast", Ipv4, "Unicast"));
    pub static UNICAST_IPV6: &F = field!(F::new("pim.unicast_ipv6", Ipv6, "Unicast"));
    pub static ATTRIBUTE_TRANSPORT_MODE: &F = field!(
        F::new(
            "pim.attribute_transport_mode",
            Uint8,
            "Attribute Transport Mode"
        )
        .vals(ATTRIBUTE_TRANSPORT_MODE_VALS)
    );
    pub static RLOC: &F = field!(F::new("pim.rloc", Ipv4, "RLOC"));
    pub static RLOC_IPV6: &F = field!(F::new("pim.rloc_ipv6", Ipv6, "RLOC"));
    pub static GROUP_SET: &F = field!(F::new("pim.group_set", String, "Group"));
    pub static GROUP_ADDR_FLAGS: &F =
        field!(F::new("pim.group_addr.flags", Uint8, "Flags").base(Base::Hex));
    pub static GROUP_ADDR_FLAGS_B: &F = field!(
        F::new("pim.group_addr.flags.b", Boolean, "Bidirectional PIM")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static GROUP_ADDR_FLAGS_RESERVED: &F = field!(
        F::new("pim.group_addr.flags.reserved", Uint8, "Reserved")
            .base(Base::Hex)
            .mask(0x7e)
    );
    pub static GROUP_ADDR_FLAGS_Z: &F = field!(
        F::new("pim.group_addr.flags.z", Boolean, "Admin Scope Zone")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static SOURCE_ADDR_FLAGS: &F =
        field!(F::new("pim.source_addr.flags", Uint8, "Flags").base(Base::Hex));
    pub static SOURCE_ADDR_FLAGS_RESERVED: &F = field!(
        F::new("pim.source_addr.flags.reserved", Uint8, "Reserved")
            .base(Base::Hex)
            .mask(0xf8)
    );
    pub static SOURCE_ADDR_FLAGS_S: &F = field!(
        F::new("pim.source_addr.flags.s", Boolean, "Sparse")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static SOURCE_ADDR_FLAGS_W: &F = field!(
        F::new("pim.source_addr.flags.w", Boolean, "WildCard")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static SOURCE_ADDR_FLAGS_R: &F = field!(
        F::new("pim.source_addr.flags.r", Boolean, "Rendezvous Point Tree")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static SOURCE_JA: &F = field!(F::new("pim.source_ja", None, "Join Attribute"));
    pub static SOURCE_JA_FLAGS: &F =
        field!(F::new("pim.source_ja.flags", Uint8, "Flags").base(Base::Hex));
    pub static SOURCE_JA_FLAGS_F: &F = field!(
        F::new("pim.source_ja.flags.f", Boolean, "Forward")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static SOURCE_JA_FLAGS_E: &F = field!(
        F::new("pim.source_ja.flags.e", Boolean, "End of Attributes")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static SOURCE_JA_FLAGS_ATTR_TYPE: &F = field!(
        F::new("pim.source_ja.flags.attr_type", Uint8, "Attribute Type")
            .mask(0x3f)
            .vals(SOURCE_JA_FLAGS_ATTR_TYPE_VALS)
    );
    pub static SOURCE_JA_LENGTH: &F = field!(F::new("pim.source_ja.length", Uint8, "Length"));
    pub static SOURCE_JA_VALUE: &F = field!(F::new("pim.source_ja.value", Bytes, "Value"));
    pub static SRCCOUNT: &F =
        field!(F::new("pim.srccount", Uint16, "Source Count").blurb("Number of sources."));
    pub static SRCHOLDTIME: &F = field!(
        F::new("pim.srcholdtime", Uint16, "Source Holdtime")
            .vals(HOLDTIME_VALS)
            .blurb("The amount of time a receiver must keep the source reachable, in seconds.")
    );
    pub static TRANSITIVETYPE: &F = field!(
        F::new("pim.transitivetype", Boolean, "Transitive Type")
            .base(Base::Bits(8))
            .mask(0x80)
            .blurb(
                "Set to 1 if this type is to be forwarded even if a router does not support it."
            )
    );
    pub static PFMNOFORWARDBIT: &F = field!(
        F::new("pim.pfmnoforwardbit", Boolean, "Pfm no forward bit")
            .base(Base::Bits(8))
            .mask(0x80)
            .blurb("When set, this bit means that the PFM message is not to be forwarded.")
    );
    pub static BAD_CHECKSUM: &F = field!(F::new("pim.bad_checksum", None, "Bad checksum"));

    pub static ALL: &[&F] = &[
        VERSION,
        TYPE,
        DF_ELECT_SUBTYPE,
        DF_ELECT_RSVD,
        IGMP_TYPE,
        CODE,
        CKSUM,
        CKSUM_STATUS,
        RES_BYTES,
        OPTION,
        OPTIONTYPE,
        OPTIONLENGTH,
        OPTIONVALUE,
        REGISTER_FLAG,
        REGISTER_FLAG_BORDER,
        REGISTER_FLAG_NULL_REGISTER,
        MODE,
        HOLDTIME,
        NUMGROUPS,
        NUMJOINS,
        NUMPRUNES,
        T,
        PROPAGATION_DELAY,
        OVERRIDE_INTERVAL,
        DR_PRIORITY,
        GENERATION_ID,
        STATE_REFRESH_VERSION,
        STATE_REFRESH_INTERVAL,
        STATE_REFRESH_RESERVED,
        RPT,
        METRIC_PREF,
        METRIC,
        PRUNE_INDICATOR,
        PRUNE_NOW,
        ASSERT_OVERRIDE,
        IP_VERSION,
        DUMMY_HEADER,
        SOURCE,
        SOURCE_IP6,
        GROUP,
        GROUP_MASK,
        GROUP_IP6,
        UPSTREAM_NEIGHBOR,
        UPSTREAM_NEIGHBOR_IP6,
        JOIN_IP,
        JOIN_IP6,
        PRUNE_IP,
        PRUNE_IP6,
        ADDRESS_LIST,
        ADDRESS_LIST_IP6,
        BSR,
        BSR_IP6,
        RP,
        RP_IP6,
        ORIGINATOR,
        ORIGINATOR_IP6,
        GROUP_ADDRESS,
        BIDIR_WINNER_IP4,
        BIDIR_WINNER_IP6,
        BIDIR_WIN_METRIC_PREF,
        BIDIR_WIN_METRIC,
        BIDIR_OFFERING_IP4,
        BIDIR_OFFERING_IP6,
        BIDIR_OFF_METRIC_PREF,
        BIDIR_OFF_METRIC,
        BIDIR_OFFERING_INTERVAL,
        FRAGMENT_TAG,
        HASH_MASK_LEN,
        BSR_PRIORITY,
        RP_COUNT,
        FRP_COUNT,
        PRIORITY,
        PREFIX_COUNT,
        SRC_FLAGS_A,
        SRC_FLAGS_S,
        SRC_FLAGS_W,
        SRC_FLAGS_R,
        SRC_FLAGS_RSV,
        MASK_LEN,
        ADDR_LEN,
        TTL,
        INTERVAL,
        ADDR_ADDRESS_FAMILY,
        ADDR_ENCODING_TYPE,
        UNICAST,
        UNICAST_IPV6,
        ATTRIBUTE_TRANSPORT_MODE,
        RLOC,
        RLOC_IPV6,
        GROUP_SET,
        GROUP_ADDR_FLAGS,
        GROUP_ADDR_FLAGS_B,
        GROUP_ADDR_FLAGS_RESERVED,
        GROUP_ADDR_FLAGS_Z,
        SOURCE_ADDR_FLAGS,
        SOURCE_ADDR_FLAGS_RESERVED,
        SOURCE_ADDR_FLAGS_S,
        SOURCE_ADDR_FLAGS_W,
        SOURCE_ADDR_FLAGS_R,
        SOURCE_JA,
        SOURCE_JA_FLAGS,
        SOURCE_JA_FLAGS_F,
        SOURCE_JA_FLAGS_E,
        SOURCE_JA_FLAGS_ATTR_TYPE,
        SOURCE_JA_LENGTH,
        SOURCE_JA_VALUE,
        SRCCOUNT,
        SRCHOLDTIME,
        TRANSITIVETYPE,
        PFMNOFORWARDBIT,
        BAD_CHECKSUM,
    ];

    const TYPE_VALS: &[(u64, &str)] = &[
        (0, "Hello"),
        (1, "Register"),
        (2, "Register-stop"),
        (3, "Join/Prune"),
        (4, "Bootstrap"),
        (5, "Assert"),
        (6, "Graft"),
        (7, "Graft-Ack"),
        (8, "Candidate-RP-Advertisement"),
        (9, "State-Refresh"),
        (10, "DF election"),
        (11, "ECMP redirect"),
        (12, "PFM source discovery"),
    ];

    const DF_ELECT_SUBTYPE_VALS: &[(u64, &str)] = &[
        (1, "offer"),
        (2, "DF Winner"),
        (3, "DF Backoff"),
        (4, "DF Pass"),
    ];

    const CODE_VALS: &[(u64, &str)] = &[
        (0, "Query"),
        (1, "Register"),
        (2, "Register-stop"),
        (3, "Join/Prune"),
        (4, "RP-Reachable"),
        (5, "Assert"),
        (6, "Graft"),
        (7, "Graft-Ack"),
        (8, "Mode"),
    ];

    const CKSUM_STATUS_VALS: &[(u64, &str)] = &[
        (0, "Bad"),
        (1, "Good"),
        (2, "Unverified"),
        (3, "Not present"),
        (4, "Illegal"),
    ];

    const MODE_VALS: &[(u64, &str)] = &[(0, "Dense"), (1, "Sparse"), (2, "Sparse-Dense")];

    const HOLDTIME_VALS: &[(u64, &str)] = &[(0, "goodbye"), (65535, "Infinity")];

    const IP_VERSION_VALS: &[(u64, &str)] = &[(0, "Dummy Header"), (4, "IPv4"), (6, "IPv6")];

    const ADDR_ADDRESS_FAMILY_VALS: &[(u64, &str)] = &[
        (0, "Reserved"),
        (1, "IPv4"),
        (2, "IPv6"),
        (3, "NSAP"),
        (4, "HDLC (8-bit multidrop)"),
        (5, "BBN 1822"),
        (6, "802 (includes all 802 media plus Ethernet)"),
        (7, "E.163"),
        (8, "E.164 (SMDS, Frame Relay, ATM)"),
        (9, "F.69 (Telex)"),
        (10, "X.121 (X.25, Frame Relay)"),
        (11, "IPX"),
        (12, "Appletalk"),
        (13, "Decnet IV"),
        (14, "Banyan Vines"),
        (15, "E.164 with NSAP subaddress"),
        (16, "DNS (Domain Name System)"),
        (17, "Distinguished Name"),
        (18, "AS Number"),
        (19, "XTP over IP version 4"),
        (20, "XTP over IP version 6"),
        (21, "XTP native mode XTP"),
        (22, "Fibre Channel World-Wide Port Name"),
        (23, "Fibre Channel World-Wide Node Name"),
        (24, "GWID"),
        (25, "Layer-2 VPN"),
        (26, "MPLS-TP Section Endpoint Identifier"),
        (27, "MPLS-TP LSP Endpoint Identifier"),
        (28, "MPLS-TP Pseudowire Endpoint Identifier"),
        (29, "MT IP: Multi-Topology IP version 4"),
        (30, "MT IPv6: Multi-Topology IP version 6"),
        (196, "Layer-2 VPN (old)"),
        (16384, "EIGRP Common Service Family"),
        (16385, "EIGRP IPv4 Service Family"),
        (16386, "EIGRP IPv6 Service Family"),
        (16387, "LISP Canonical Address Format (LCAF)"),
        (16388, "BGP-LS"),
        (16389, "48-bit MAC Address"),
        (16390, "64-bit MAC Address"),
        (16391, "OUI"),
        (16392, "MAC/24"),
        (16393, "MAC/40"),
        (16394, "IPv6/64"),
        (16395, "RBridge Port ID"),
        (16396, "TRILL Nickname"),
        (65535, "Reserved"),
    ];

    const ADDR_ENCODING_TYPE_VALS: &[(u64, &str)] =
        &[(0, "Native"), (1, "Native with Join Attribute")];

    const ATTRIBUTE_TRANSPORT_MODE_VALS: &[(u64, &str)] =
        &[(0, "Multicast"), (1, "Unicast Replication")];

    const SOURCE_JA_FLAGS_ATTR_TYPE_VALS: &[(u64, &str)] = &[
        (0, "RPF Vector TLV"),
        (1, "MVPN Join Attribute"),
        (2, "MT-ID Join Attribute"),
        (3, "Pop-Count"),
        (4, "Explicit RPF Vector"),
        (5, "Transport Attribute"),
        (6, "Receiver RLOC Attribute"),
    ];
}
