//! PGM's fields, generated from tshark 4.0.17's registry by
//! `scripts/gen-fields.py pgm ...`, plus the Info column's text.

pub mod pgm {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static HDR_SPORT: &F = field!(F::new("pgm.hdr.sport", Uint16, "Source Port"));
    pub static HDR_DPORT: &F = field!(F::new("pgm.hdr.dport", Uint16, "Destination Port"));
    pub static PORT: &F = field!(F::new("pgm.port", Uint16, "Port"));
    pub static HDR_TYPE: &F = field!(
        F::new("pgm.hdr.type", Uint8, "Type")
            .base(Base::Hex)
            .vals(HDR_TYPE_VALS)
    );
    pub static HDR_OPTS: &F = field!(F::new("pgm.hdr.opts", Uint8, "Options").base(Base::Hex));
    pub static HDR_OPTS_OPT: &F = field!(
        F::new("pgm.hdr.opts.opt", Boolean, "Options")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Present", "Not Present")
    );
    pub static HDR_OPTS_NETSIG: &F = field!(
        F::new(
            "pgm.hdr.opts.netsig",
            Boolean,
            "Network Significant Options"
        )
        .base(Base::Bits(8))
        .mask(0x2)
        .tfs("Present", "Not Present")
    );
    pub static HDR_OPTS_VARLEN: &F = field!(
        F::new(
            "pgm.hdr.opts.varlen",
            Boolean,
            "Variable length Parity Packet Option"
        )
        .base(Base::Bits(8))
        .mask(0x40)
        .tfs("Present", "Not Present")
    );
    pub static HDR_OPTS_PARITY: &F = field!(
        F::new("pgm.hdr.opts.parity", Boolean, "Parity")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Present", "Not Present")
    );
    pub static HDR_CKSUM: &F = field!(F::new("pgm.hdr.cksum", Uint16, "Checksum").base(Base::Hex));
    pub static HDR_CKSUM_STATUS: &F = field!(
        F::new("pgm.hdr.cksum.status", Uint8, "Checksum Status")
            .base(Base::None)
            .vals(HDR_CKSUM_STATUS_VALS)
    );
    pub static HDR_GSI: &F = field!(F::new("pgm.hdr.gsi", Bytes, "Global Source Identifier"));
    pub static HDR_TSDULEN: &F = field!(F::new(
        "pgm.hdr.tsdulen",
        Uint16,
        "Transport Service Data Unit Length"
    ));
    pub static SPM_SQN: &F =
        field!(F::new("pgm.spm.sqn", Uint32, "Sequence number").base(Base::Hex));
    pub static SPM_TRAIL: &F =
        field!(F::new("pgm.spm.trail", Uint32, "Trailing Edge Sequence Number").base(Base::Hex));
    pub static SPM_LEAD: &F =
        field!(F::new("pgm.spm.lead", Uint32, "Leading Edge Sequence Number").base(Base::Hex));
    pub static SPM_PATHAFI: &F =
        field!(F::new("pgm.spm.pathafi", Uint16, "Path NLA AFI").vals(SPM_PATHAFI_VALS));
    pub static SPM_RES: &F = field!(F::new("pgm.spm.res", Uint16, "Reserved").base(Base::Hex));
    pub static SPM_PATH_IPV4: &F = field!(F::new("pgm.spm.path.ipv4", Ipv4, "Path NLA"));
    pub static SPM_PATH_IPV6: &F = field!(F::new("pgm.spm.path.ipv6", Ipv6, "Path NLA"));
    pub static NAK_SQN: &F =
        field!(F::new("pgm.nak.sqn", Uint32, "Requested Sequence Number").base(Base::Hex));
    pub static NAK_SRCAFI: &F =
        field!(F::new("pgm.nak.srcafi", Uint16, "Source NLA AFI").vals(SPM_PATHAFI_VALS));
    pub static NAK_SRCRES: &F =
        field!(F::new("pgm.nak.srcres", Uint16, "Reserved").base(Base::Hex));
    pub static NAK_SRC_IPV4: &F = field!(F::new("pgm.nak.src.ipv4", Ipv4, "Source NLA"));
    pub static NAK_SRC_IPV6: &F = field!(F::new("pgm.nak.src.ipv6", Ipv6, "Source NLA"));
    pub static NAK_GRPAFI: &F =
        field!(F::new("pgm.nak.grpafi", Uint16, "Multicast Group AFI").vals(SPM_PATHAFI_VALS));
    pub static NAK_GRPRES: &F =
        field!(F::new("pgm.nak.grpres", Uint16, "Reserved").base(Base::Hex));
    pub static NAK_GRP_IPV4: &F = field!(F::new("pgm.nak.grp.ipv4", Ipv4, "Multicast Group NLA"));
    pub static NAK_GRP_IPV6: &F = field!(F::new("pgm.nak.grp.ipv6", Ipv6, "Multicast Group NLA"));
    pub static POLL_SQN: &F =
        field!(F::new("pgm.poll.sqn", Uint32, "Sequence Number").base(Base::Hex));
    pub static POLL_ROUND: &F = field!(F::new("pgm.poll.round", Uint16, "Round"));
    pub static POLL_SUBTYPE: &F = field!(
        F::new("pgm.poll.subtype", Uint16, "Subtype")
            .base(Base::Hex)
            .vals(POLL_SUBTYPE_VALS)
    );
    pub static POLL_PATHAFI: &F =
        field!(F::new("pgm.poll.pathafi", Uint16, "Path NLA AFI").vals(SPM_PATHAFI_VALS));
    pub static POLL_RES: &F = field!(F::new("pgm.poll.res", Uint16, "Reserved").base(Base::Hex));
    pub static POLL_PATH_IPV4: &F = field!(F::new("pgm.poll.path.ipv4", Ipv4, "Path NLA"));
    pub static POLL_PATH_IPV6: &F = field!(F::new("pgm.poll.path.ipv6", Ipv6, "Path NLA"));
    pub static POLL_BACKOFF_IVL: &F =
        field!(F::new("pgm.poll.backoff_ivl", Uint32, "Back-off Interval"));
    pub static POLL_RAND_STR: &F =
        field!(F::new("pgm.poll.rand_str", Uint32, "Random String").base(Base::Hex));
    pub static POLL_MATCHING_BMASK: &F =
        field!(F::new("pgm.poll.matching_bmask", Uint32, "Matching Bitmask").base(Base::Hex));
    pub static POLR_SQN: &F =
        field!(F::new("pgm.polr.sqn", Uint32, "Sequence Number").base(Base::Hex));
    pub static POLR_ROUND: &F = field!(F::new("pgm.polr.round", Uint16, "Round"));
    pub static POLR_RES: &F = field!(F::new("pgm.polr.res", Uint16, "Reserved").base(Base::Hex));
    pub static ACK_MAXSQN: &F = field!(
        F::new("pgm.ack.maxsqn", Uint32, "Maximum Received Sequence Number").base(Base::Hex)
    );
    pub static ACK_BITMAP: &F =
        field!(F::new("pgm.ack.bitmap", Uint32, "Packet Bitmap").base(Base::Hex));
    pub static OPTS_TYPE: &F = field!(
        F::new("pgm.opts.type", Uint8, "Type")
            .base(Base::Hex)
            .vals(OPTS_TYPE_VALS)
    );
    pub static OPTS_LEN: &F = field!(F::new("pgm.opts.len", Uint8, "Length"));
    pub static OPTS_TLEN: &F = field!(F::new("pgm.opts.tlen", Uint16, "Total Length"));
    pub static GENOPTS_END: &F = field!(
        F::new("pgm.genopts.end", Boolean, "Option end")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Yes", "No")
    );
    pub static GENOPTS_TYPE: &F = field!(
        F::new("pgm.genopts.type", Uint8, "Type")
            .base(Base::Hex)
            .mask(0x7f)
            .vals(OPTS_TYPE_VALS)
    );
    pub static GENOPTS_LEN: &F = field!(F::new("pgm.genopts.len", Uint8, "Length"));
    pub static GENOPTS_OPX: &F = field!(
        F::new("pgm.genopts.opx", Uint8, "Option Extensibility Bits")
            .base(Base::Hex)
            .vals(GENOPTS_OPX_VALS)
    );
    pub static OPTS_PARITY_PRM_OP: &F =
        field!(F::new("pgm.opts.parity_prm.op", Uint8, "Parity Parameters").base(Base::Hex));
    pub static OPTS_PARITY_PRM_PRM_GRP: &F = field!(
        F::new(
            "pgm.opts.parity_prm.prm_grp",
            Uint32,
            "Transmission Group Size"
        )
        .base(Base::Hex)
    );
    pub static OPTS_JOIN_RES: &F =
        field!(F::new("pgm.opts.join.res", Uint8, "Reserved").base(Base::Hex));
    pub static OPTS_JOIN_MIN_JOIN: &F =
        field!(F::new("pgm.opts.join.min_join", Uint32, "Minimum Sequence Number").base(Base::Hex));
    pub static OPTS_NAK_OP: &F =
        field!(F::new("pgm.opts.nak.op", Uint8, "Reserved").base(Base::Hex));
    pub static OPTS_NAK_LIST: &F = field!(F::new("pgm.opts.nak.list", Bytes, "List"));
    pub static OPTS_CCDATA_RES: &F = field!(F::new("pgm.opts.ccdata.res", Uint8, "Reserved"));
    pub static OPTS_CCDATA_TSTAMP: &F =
        field!(F::new("pgm.opts.ccdata.tstamp", Uint16, "Time Stamp").base(Base::Hex));
    pub static OPTS_CCDATA_AFI: &F =
        field!(F::new("pgm.opts.ccdata.afi", Uint16, "Acker AFI").vals(SPM_PATHAFI_VALS));
    pub static OPTS_CCDATA_RES2: &F = field!(F::new("pgm.opts.ccdata.res2", Uint16, "Reserved"));
    pub static OPTS_CCDATA_ACKER_IPV4: &F =
        field!(F::new("pgm.opts.ccdata.acker.ipv4", Ipv4, "Acker"));
    pub static OPTS_CCDATA_ACKER_IPV6: &F =
        field!(F::new("pgm.opts.ccdata.acker.ipv6", Ipv6, "Acker"));
    pub static OPTS_CCDATA_LOSSRATE: &F =
        field!(F::new("pgm.opts.ccdata.lossrate", Uint16, "Loss Rate").base(Base::Hex));
    pub static OPTS_NAK_BO_IVL_RES: &F =
        field!(F::new("pgm.opts.nak_bo_ivl.res", Uint8, "Reserved").base(Base::Hex));
    pub static OPTS_NAK_BO_IVL_BO_IVL: &F = field!(F::new(
        "pgm.opts.nak_bo_ivl.bo_ivl",
        Uint32,
        "Back-off Interval"
    ));
    pub static OPTS_NAK_BO_IVL_BO_IVL_SQN: &F = field!(
        F::new(
            "pgm.opts.nak_bo_ivl.bo_ivl_sqn",
            Uint32,
            "Back-off Interval Sequence Number"
        )
        .base(Base::Hex)
    );
    pub static OPTS_NAK_BO_RNG_RES: &F =
        field!(F::new("pgm.opts.nak_bo_rng.res", Uint8, "Reserved").base(Base::Hex));
    pub static OPTS_NAK_BO_RNG_MIN_BO_IVL: &F = field!(F::new(
        "pgm.opts.nak_bo_rng.min_bo_ivl",
        Uint32,
        "Min Back-off Interval"
    ));
    pub static OPTS_NAK_BO_RNG_MAX_BO_IVL: &F = field!(F::new(
        "pgm.opts.nak_bo_rng.max_bo_ivl",
        Uint32,
        "Max Back-off Interval"
    ));
    pub static OPTS_REDIRECT_RES: &F = field!(F::new("pgm.opts.redirect.res", Uint8, "Reserved"));
    pub static OPTS_REDIRECT_AFI: &F =
        field!(F::new("pgm.opts.redirect.afi", Uint16, "DLR AFI").vals(SPM_PATHAFI_VALS));
    pub static OPTS_REDIRECT_RES2: &F =
        field!(F::new("pgm.opts.redirect.res2", Uint16, "Reserved").base(Base::Hex));
    pub static OPTS_REDIRECT_DLR_IPV4: &F =
        field!(F::new("pgm.opts.redirect.dlr.ipv4", Ipv4, "DLR"));
    pub static OPTS_REDIRECT_DLR_IPV6: &F =
        field!(F::new("pgm.opts.redirect.dlr.ipv6", Ipv6, "DLR"));
    pub static OPTS_FRAGMENT_RES: &F =
        field!(F::new("pgm.opts.fragment.res", Uint8, "Reserved").base(Base::Hex));
    pub static OPTS_FRAGMENT_FIRST_SQN: &F = field!(
        F::new(
            "pgm.opts.fragment.first_sqn",
            Uint32,
            "First Sequence Number"
        )
        .base(Base::Hex)
    );
    pub static OPTS_FRAGMENT_FRAGMENT_OFFSET: &F = field!(F::new(
        "pgm.opts.fragment.fragment_offset",
        Uint32,
        "Fragment Offset"
    ));
    pub static OPTS_FRAGMENT_TOTAL_LENGTH: &F = field!(F::new(
        "pgm.opts.fragment.total_length",
        Uint32,
        "Total Length"
    ));
    pub static OPTS_TYPE_INVALID: &F =
        field!(F::new("pgm.opts.type.invalid", None, "Invalid option"));
    pub static OPTS_TLEN_INVALID: &F = field!(F::new(
        "pgm.opts.tlen.invalid",
        None,
        "Total Length invalid"
    ));
    pub static GENOPTS_LEN_INVALID: &F = field!(F::new(
        "pgm.genopts.len.invalid",
        None,
        "Option length invalid"
    ));
    pub static ADDRESS_FORMAT_INVALID: &F = field!(F::new(
        "pgm.address_format_invalid",
        None,
        "Can't handle this address format"
    ));
    pub static BAD_CHECKSUM: &F = field!(F::new("pgm.bad_checksum", None, "Bad checksum"));

    /// What tshark writes in the Info column for this packet (empty for a
    /// type it does not know: it clears the column and adds nothing).
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.pgm.info", String, "Info").blurb("The Info column's text for this packet")
    );

    pub static ALL: &[&F] = &[
        HDR_SPORT,
        HDR_DPORT,
        PORT,
        HDR_TYPE,
        HDR_OPTS,
        HDR_OPTS_OPT,
        HDR_OPTS_NETSIG,
        HDR_OPTS_VARLEN,
        HDR_OPTS_PARITY,
        HDR_CKSUM,
        HDR_CKSUM_STATUS,
        HDR_GSI,
        HDR_TSDULEN,
        SPM_SQN,
        SPM_TRAIL,
        SPM_LEAD,
        SPM_PATHAFI,
        SPM_RES,
        SPM_PATH_IPV4,
        SPM_PATH_IPV6,
        NAK_SQN,
        NAK_SRCAFI,
        NAK_SRCRES,
        NAK_SRC_IPV4,
        NAK_SRC_IPV6,
        NAK_GRPAFI,
        NAK_GRPRES,
        NAK_GRP_IPV4,
        NAK_GRP_IPV6,
        POLL_SQN,
        POLL_ROUND,
        POLL_SUBTYPE,
        POLL_PATHAFI,
        POLL_RES,
        POLL_PATH_IPV4,
        POLL_PATH_IPV6,
        POLL_BACKOFF_IVL,
        POLL_RAND_STR,
        POLL_MATCHING_BMASK,
        POLR_SQN,
        POLR_ROUND,
        POLR_RES,
        ACK_MAXSQN,
        ACK_BITMAP,
        OPTS_TYPE,
        OPTS_LEN,
        OPTS_TLEN,
        GENOPTS_END,
        GENOPTS_TYPE,
        GENOPTS_LEN,
        GENOPTS_OPX,
        OPTS_PARITY_PRM_OP,
        OPTS_PARITY_PRM_PRM_GRP,
        OPTS_JOIN_RES,
        OPTS_JOIN_MIN_JOIN,
        OPTS_NAK_OP,
        OPTS_NAK_LIST,
        OPTS_CCDATA_RES,
        OPTS_CCDATA_TSTAMP,
        OPTS_CCDATA_AFI,
        OPTS_CCDATA_RES2,
        OPTS_CCDATA_ACKER_IPV4,
        OPTS_CCDATA_ACKER_IPV6,
        OPTS_CCDATA_LOSSRATE,
        OPTS_NAK_BO_IVL_RES,
        OPTS_NAK_BO_IVL_BO_IVL,
        OPTS_NAK_BO_IVL_BO_IVL_SQN,
        OPTS_NAK_BO_RNG_RES,
        OPTS_NAK_BO_RNG_MIN_BO_IVL,
        OPTS_NAK_BO_RNG_MAX_BO_IVL,
        OPTS_REDIRECT_RES,
        OPTS_REDIRECT_AFI,
        OPTS_REDIRECT_RES2,
        OPTS_REDIRECT_DLR_IPV4,
        OPTS_REDIRECT_DLR_IPV6,
        OPTS_FRAGMENT_RES,
        OPTS_FRAGMENT_FIRST_SQN,
        OPTS_FRAGMENT_FRAGMENT_OFFSET,
        OPTS_FRAGMENT_TOTAL_LENGTH,
        OPTS_TYPE_INVALID,
        OPTS_TLEN_INVALID,
        GENOPTS_LEN_INVALID,
        ADDRESS_FORMAT_INVALID,
        BAD_CHECKSUM,
        OSIDUMP_INFO,
    ];

    const HDR_TYPE_VALS: &[(u64, &str)] = &[
        (0x0, "SPM"),
        (0x1, "POLL"),
        (0x2, "POLR"),
        (0x4, "ODATA"),
        (0x5, "RDATA"),
        (0x8, "NAK"),
        (0x9, "NNAK"),
        (0xa, "NCF"),
        (0xd, "ACK"),
    ];

    const HDR_CKSUM_STATUS_VALS: &[(u64, &str)] = &[
        (0, "Bad"),
        (1, "Good"),
        (2, "Unverified"),
        (3, "Not present"),
        (4, "Illegal"),
    ];

    const SPM_PATHAFI_VALS: &[(u64, &str)] = &[
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

    const POLL_SUBTYPE_VALS: &[(u64, &str)] = &[(0x0, "General"), (0x1, "DLR")];

    const OPTS_TYPE_VALS: &[(u64, &str)] = &[
        (0x0, "Length"),
        (0x1, "Fragment"),
        (0x2, "NakList"),
        (0x3, "Join"),
        (0x4, "NakBackOffIvl"),
        (0x5, "NakBackOffRng"),
        (0x7, "ReDirect"),
        (0x8, "ParityPrm"),
        (0x9, "ParityGrp"),
        (0xa, "CurrTgsiz"),
        (0xd, "Syn"),
        (0xe, "Fin"),
        (0xf, "Rst"),
        (0x12, "CcData"),
        (0x13, "CcFeedBack"),
        (0x80, "End"),
    ];

    const GENOPTS_OPX_VALS: &[(u64, &str)] = &[(0x0, "Ignore"), (0x1, "Inval"), (0x10, "DisCard")];
}
