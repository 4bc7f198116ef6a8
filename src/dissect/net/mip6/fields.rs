pub mod mip6 {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static PROTO: &F = field!(
        F::new("mip6.proto", Uint8, "Payload protocol")
            .vals(PROTO_VALS)
            .in_proto("mipv6")
    );
    pub static HLEN: &F = field!(F::new("mip6.hlen", Uint8, "Header length").in_proto("mipv6"));
    pub static MHTYPE: &F = field!(
        F::new("mip6.mhtype", Uint8, "Mobility Header Type")
            .vals(MHTYPE_VALS)
            .in_proto("mipv6")
    );
    pub static RESERVED: &F = field!(
        F::new("mip6.reserved", Uint8, "Reserved")
            .base(Base::Hex)
            .in_proto("mipv6")
    );
    pub static CSUM: &F = field!(
        F::new("mip6.csum", Uint16, "Checksum")
            .base(Base::Hex)
            .blurb("Header Checksum")
            .in_proto("mipv6")
    );
    pub static BINDING_REFRESH_REQUEST: &F = field!(
        F::new(
            "mip6.binding_refresh_request",
            Bytes,
            "Binding Refresh Request"
        )
        .in_proto("mipv6")
    );
    pub static HOTI_COOKIE: &F = field!(
        F::new("mip6.hoti.cookie", Uint64, "Home Init Cookie")
            .base(Base::Hex)
            .in_proto("mipv6")
    );
    pub static COTI_COOKIE: &F = field!(
        F::new("mip6.coti.cookie", Uint64, "Care-of Init Cookie")
            .base(Base::Hex)
            .in_proto("mipv6")
    );
    pub static HOT_NINDEX: &F =
        field!(F::new("mip6.hot.nindex", Uint16, "Home Nonce Index").in_proto("mipv6"));
    pub static HOT_COOKIE: &F = field!(
        F::new("mip6.hot.cookie", Uint64, "Home Init Cookie")
            .base(Base::Hex)
            .in_proto("mipv6")
    );
    pub static HOT_TOKEN: &F = field!(
        F::new("mip6.hot.token", Uint64, "Home Keygen Token")
            .base(Base::Hex)
            .in_proto("mipv6")
    );
    pub static COT_NINDEX: &F =
        field!(F::new("mip6.cot.nindex", Uint16, "Care-of Nonce Index").in_proto("mipv6"));
    pub static COT_COOKIE: &F = field!(
        F::new("mip6.cot.cookie", Uint64, "Care-of Init Cookie")
            .base(Base::Hex)
            .in_proto("mipv6")
    );
    pub static BU_SEQNR: &F =
        field!(F::new("mip6.bu.seqnr", Uint16, "Sequence number").in_proto("mipv6"));
    pub static BU_A_FLAG: &F = field!(
        F::new("mip6.bu.a_flag", Boolean, "Acknowledge (A) flag")
            .base(Base::Bits(16))
            .mask(0x8000)
            .tfs(
                "Binding Acknowledgement requested",
                "Binding Acknowledgement not requested"
            )
            .in_proto("mipv6")
    );
    pub static BU_H_FLAG: &F = field!(
        F::new("mip6.bu.h_flag", Boolean, "Home Registration (H) flag")
            .base(Base::Bits(16))
            .mask(0x4000)
            .tfs("Home Registration", "No Home Registration")
            .in_proto("mipv6")
    );
    pub static BU_L_FLAG: &F = field!(
        F::new(
            "mip6.bu.l_flag",
            Boolean,
            "Link-Local Compatibility (L) flag"
        )
        .base(Base::Bits(16))
        .mask(0x2000)
        .tfs(
            "Link-Local Address Compatibility",
            "No Link-Local Address Compatibility"
        )
        .blurb("Home Registration (H) flag")
        .in_proto("mipv6")
    );
    pub static BU_K_FLAG: &F = field!(
        F::new(
            "mip6.bu.k_flag",
            Boolean,
            "Key Management Compatibility (K) flag"
        )
        .base(Base::Bits(16))
        .mask(0x1000)
        .tfs(
            "Key Management Mobility Compatibility",
            "No Key Management Mobility Compatibility"
        )
        .in_proto("mipv6")
    );
    pub static BU_M_FLAG: &F = field!(
        F::new(
            "mip6.bu.m_flag",
            Boolean,
            "MAP Registration Compatibility (M) flag"
        )
        .base(Base::Bits(16))
        .mask(0x800)
        .tfs(
            "MAP Registration Compatibility",
            "No MAP Registration Compatibility"
        )
        .in_proto("mipv6")
    );
    pub static NEMO_BU_R_FLAG: &F = field!(
        F::new("mip6.nemo.bu.r_flag", Boolean, "Mobile Router (R) flag")
            .base(Base::Bits(16))
            .mask(0x400)
            .tfs(
                "Mobile Router Compatibility",
                "No Mobile Router Compatibility"
            )
            .in_proto("mipv6")
    );
    pub static BU_P_FLAG: &F = field!(
        F::new("mip6.bu.p_flag", Boolean, "Proxy Registration (P) flag")
            .base(Base::Bits(16))
            .mask(0x200)
            .tfs("Proxy Registration", "No Proxy Registration")
            .in_proto("mipv6")
    );
    pub static BU_F_FLAG: &F = field!(
        F::new(
            "mip6.bu.f_flag",
            Boolean,
            "Forcing UDP encapsulation (F) flag"
        )
        .base(Base::Bits(16))
        .mask(0x100)
        .tfs(
            "Forcing UDP encapsulation used",
            "No Forcing UDP encapsulation"
        )
        .in_proto("mipv6")
    );
    pub static BU_T_FLAG: &F = field!(
        F::new("mip6.bu.t_flag", Boolean, "TLV-header format (T) flag")
            .base(Base::Bits(16))
            .mask(0x80)
            .tfs("TLV-header format used", "No TLV-header format")
            .in_proto("mipv6")
    );
    pub static BU_B_FLAG: &F = field!(
        F::new("mip6.bu.b_flag", Boolean, "Bulk-Binding-Update flag (B)")
            .base(Base::Bits(16))
            .mask(0x40)
            .tfs(
                "Enable bulk binding update support",
                "Disable bulk binding update support"
            )
            .in_proto("mipv6")
    );
    pub static BU_LIFETIME: &F =
        field!(F::new("mip6.bu.lifetime", Uint16, "Lifetime").in_proto("mipv6"));
    pub static BA_STATUS: &F = field!(
        F::new("mip6.ba.status", Uint8, "Status")
            .vals(BA_STATUS_VALS)
            .blurb("Binding Acknowledgement status")
            .in_proto("mipv6")
    );
    pub static BA_K_FLAG: &F = field!(
        F::new(
            "mip6.ba.k_flag",
            Boolean,
            "Key Management Compatibility (K) flag"
        )
        .base(Base::Bits(8))
        .mask(0x80)
        .tfs(
            "Key Management Mobility Compatibility",
            "No Key Management Mobility Compatibility"
        )
        .in_proto("mipv6")
    );
    pub static NEMO_BA_R_FLAG: &F = field!(
        F::new("mip6.nemo.ba.r_flag", Boolean, "Mobile Router (R) flag")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs(
                "Mobile Router Compatibility",
                "No Mobile Router Compatibility"
            )
            .in_proto("mipv6")
    );
    pub static BA_P_FLAG: &F = field!(
        F::new("mip6.ba.p_flag", Boolean, "Proxy Registration (P) flag")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Proxy Registration", "No Proxy Registration")
            .in_proto("mipv6")
    );
    pub static BA_T_FLAG: &F = field!(
        F::new("mip6.ba.t_flag", Boolean, "TLV-header format (T) flag")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("TLV-header format used", "No TLV-header format")
            .in_proto("mipv6")
    );
    pub static BA_B_FLAG: &F = field!(
        F::new("mip6.ba.b_flag", Boolean, "Bulk-Binding-Update flag (B)")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs(
                "Enabled bulk binding update support",
                "Disabled bulk binding update support"
            )
            .in_proto("mipv6")
    );
    pub static BA_SEQNR: &F =
        field!(F::new("mip6.ba.seqnr", Uint16, "Sequence number").in_proto("mipv6"));
    pub static BA_LIFETIME: &F =
        field!(F::new("mip6.ba.lifetime", Uint16, "Lifetime").in_proto("mipv6"));
    pub static BE_STATUS: &F = field!(
        F::new("mip6.be.status", Uint8, "Status")
            .vals(BE_STATUS_VALS)
            .blurb("Binding Error status")
            .in_proto("mipv6")
    );
    pub static BE_HADDR: &F =
        field!(F::new("mip6.be.haddr", Ipv6, "Home Address").in_proto("mipv6"));
    pub static MOBILITY_OPT: &F = field!(
        F::new("mip6.mobility_opt", Uint8, "Mobility Option")
            .vals(MOBILITY_OPT_VALS)
            .in_proto("mipv6")
    );
    pub static MOBILITY_OPT_LEN: &F =
        field!(F::new("mip6.mobility_opt.len", Uint8, "Length").in_proto("mipv6"));
    pub static PADN: &F = field!(F::new("mip6.padn", Bytes, "PadN").in_proto("mipv6"));
    pub static BRA_INTERVAL: &F =
        field!(F::new("mip6.bra.interval", Uint16, "Refresh interval").in_proto("mipv6"));
    pub static ACOA_ACOA: &F =
        field!(F::new("mip6.acoa.acoa", Ipv6, "Alternate care-of address").in_proto("mipv6"));
    pub static NI_HNI: &F =
        field!(F::new("mip6.ni.hni", Uint16, "Home nonce index").in_proto("mipv6"));
    pub static NI_CNI: &F =
        field!(F::new("mip6.ni.cni", Uint16, "Care-of nonce index").in_proto("mipv6"));
    pub static BAD_AUTH: &F =
        field!(F::new("mip6.bad.auth", Bytes, "Authenticator").in_proto("mipv6"));
    pub static IE_NOT_DISSECTED: &F = field!(
        F::new("mip6.ie_not_dissected", None, "IE data not dissected yet").in_proto("mipv6")
    );

    pub static ALL: &[&F] = &[
        PROTO,
        HLEN,
        MHTYPE,
        RESERVED,
        CSUM,
        BINDING_REFRESH_REQUEST,
        HOTI_COOKIE,
        COTI_COOKIE,
        HOT_NINDEX,
        HOT_COOKIE,
        HOT_TOKEN,
        COT_NINDEX,
        COT_COOKIE,
        BU_SEQNR,
        BU_A_FLAG,
        BU_H_FLAG,
        BU_L_FLAG,
        BU_K_FLAG,
        BU_M_FLAG,
        NEMO_BU_R_FLAG,
        BU_P_FLAG,
        BU_F_FLAG,
        BU_T_FLAG,
        BU_B_FLAG,
        BU_LIFETIME,
        BA_STATUS,
        BA_K_FLAG,
        NEMO_BA_R_FLAG,
        BA_P_FLAG,
        BA_T_FLAG,
        BA_B_FLAG,
        BA_SEQNR,
        BA_LIFETIME,
        BE_STATUS,
        BE_HADDR,
        MOBILITY_OPT,
        MOBILITY_OPT_LEN,
        PADN,
        BRA_INTERVAL,
        ACOA_ACOA,
        NI_HNI,
        NI_CNI,
        BAD_AUTH,
        IE_NOT_DISSECTED,
    ];

    // IP protocol numbers: ip.proto's table.
    const PROTO_VALS: &[(u64, &str)] = crate::dissect::fields::ip::PROTO_VALS;

    const MHTYPE_VALS: &[(u64, &str)] = &[
        (0, "Binding Refresh Request"),
        (1, "Home Test Init"),
        (2, "Care-of Test Init"),
        (3, "Home Test"),
        (4, "Care-of Test"),
        (5, "Binding Update"),
        (6, "Binding Acknowledgement"),
        (7, "Binding Error"),
        (8, "Fast Binding Update"),
        (9, "Fast Binding Acknowledgment"),
        (10, "Fast Neighbor Advertisement"),
        (11, "Experimental Mobility Header"),
        (12, "Home Agent Switch"),
        (13, "Heartbeat"),
        (14, "Handover Initiate"),
        (15, "Handover Acknowledge"),
        (16, "Binding Revocation"),
        (17, "Localized Routing Initiation"),
        (18, "Localized Routing Acknowledgment"),
    ];

    const BA_STATUS_VALS: &[(u64, &str)] = &[
        (0, "Binding Update accepted"),
        (1, "Accepted but prefix discovery necessary"),
        (2, "GRE_KEY_OPTION_NOT_REQUIRED"),
        (3, "GRE_TUNNELING_BUT_TLV_HEADER_NOT_SUPPORTED"),
        (4, "MCOA NOTCOMPLETE"),
        (5, "MCOA RETURNHOME WO/NDP"),
        (6, "PBU_ACCEPTED_TB_IGNORED_SETTINGSMISMATCH"),
        (128, "Reason unspecified"),
        (129, "Administratively prohibited"),
        (130, "Insufficient resources"),
        (131, "Home registration not supported"),
        (132, "Not home subnet"),
        (133, "Not home agent for this mobile node"),
        (134, "Duplicate Address Detection failed"),
        (135, "Sequence number out of window"),
        (136, "Expired home nonce index"),
        (137, "Expired care-of nonce index"),
        (138, "Expired nonces"),
        (139, "Registration type change disallowed"),
        (140, "Mobile Router Operation not permitted"),
        (141, "Invalid Prefix"),
        (142, "Not Authorized for Prefix"),
        (143, "Mobile Network Prefix information unavailable"),
        (145, "Proxy Registration not supported by the LMA"),
        (146, "Proxy Registrations from this MAG not allowed"),
        (147, "No home address for this NAI"),
        (148, "Invalid Time Stamp Option"),
        (149, "Permanent home keygen token exists"),
        (150, "Non-null home nonce index expected"),
        (151, "SERVICE_AUTHORIZATION_FAILED"),
        (152, "PROXY_REG_NOT_ENABLED"),
        (153, "NOT_LMA_FOR_THIS_MOBILE_NODE"),
        (154, "MAG_NOT_AUTHORIZED_FOR_PROXY_REG"),
        (155, "NOT_AUTHORIZED_FOR_HOME_NETWORK_PREFIX"),
        (156, "TIMESTAMP_MISMATCH"),
        (157, "TIMESTAMP_LOWER_THAN_PREV_ACCEPTED"),
        (158, "MISSING_HOME_NETWORK_PREFIX_OPTION"),
        (159, "BCE_PBU_PREFIX_SET_DO_NOT_MATCH"),
        (160, "MISSING_MN_IDENTIFIER_OPTION"),
        (161, "MISSING_HANDOFF_INDICATOR_OPTION"),
        (162, "MISSING_ACCESS_TECH_TYPE_OPTION"),
        (163, "GRE_KEY_OPTION_REQUIRED"),
        (164, "MCOA MALFORMED"),
        (165, "MCOA NON-MCOA BINDING EXISTS"),
        (166, "MCOA PROHIBITED"),
        (167, "MCOA UNKNOWN COA"),
        (168, "MCOA BULK REGISTRATION PROHIBITED"),
        (169, "MCOA SIMULTANEOUS HOME AND FOREIGN PROHIBITED"),
        (170, "NOT_AUTHORIZED_FOR_IPV4_MOBILITY_SERVICE"),
        (171, "NOT_AUTHORIZED_FOR_IPV4_HOME_ADDRESS"),
        (172, "NOT_AUTHORIZED_FOR_IPV6_MOBILITY_SERVICE"),
        (173, "MULTIPLE_IPV4_HOME_ADDRESS_ASSIGNMENT_NOT_SUPPORTED"),
        (174, "Invalid Care-of Address"),
        (175, "INVALID_MOBILE_NODE_GROUP_IDENTIFIER"),
        (176, "REINIT_SA_WITH_HAC"),
        (177, "NOT_AUTHORIZED_FOR_DELEGATED_MNP"),
        (178, "REQUESTED_DMNP_IN_USE"),
    ];

    const BE_STATUS_VALS: &[(u64, &str)] = &[
        (1, "Unknown binding for Home Address destination option"),
        (2, "Unrecognized MH type value"),
    ];

    const MOBILITY_OPT_VALS: &[(u64, &str)] = &[
        (0, "Pad1"),
        (1, "PadN"),
        (2, "Binding Refresh Advice"),
        (3, "Alternate Care-of Address"),
        (4, "Nonce Indices"),
        (5, "Authorization Data"),
        (6, "Mobile Network Prefix"),
        (7, "Mobility Header Link-Layer Address"),
        (8, "Mobile Node Identifier"),
        (9, "AUTH"),
        (10, "MESG-ID"),
        (11, "CGA Parameters Request"),
        (12, "CGA Parameters"),
        (13, "Signature"),
        (14, "Permanent Home Keygen Token"),
        (15, "Care-of Test Init"),
        (16, "Care-of Test"),
        (17, "DNS-UPDATE-TYPE"),
        (18, "Experimental"),
        (19, "Vendor Specific"),
        (20, "Service Selection"),
        (21, "Binding Authorization Data for FMIPv6 (BADF)"),
        (22, "Home Network Prefix"),
        (23, "Handoff Indicator"),
        (24, "Access Technology Type"),
        (25, "Mobile Node Link-layer Identifier"),
        (26, "Link-local Address"),
        (27, "Timestamp"),
        (28, "Restart Counter"),
        (29, "IPv4 Home Address"),
        (30, "IPv4 Address Acknowledgement"),
        (31, "NAT Detection"),
        (32, "IPv4 Care-of Address"),
        (33, "GRE Key"),
        (34, "Mobility Header IPv6 Address/Prefix"),
        (35, "Binding Identifier"),
        (36, "IPv4 Home Address Request"),
        (37, "IPv4 Home Address Reply"),
        (38, "IPv4 Default-Router Address"),
        (39, "IPv4 DHCP Support Mode"),
        (40, "Context Request"),
        (41, "Local Mobility Anchor Address"),
        (42, "Mobile Node Link-local Address Interface Identifier"),
        (43, "Transient Binding"),
        (44, "Flow Summary"),
        (45, "Flow Identification"),
        (46, "Redirect-Capability"),
        (47, "Redirect"),
        (48, "Load Information"),
        (49, "Alternate IPv4 Care-of Address"),
        (50, "Mobile Node Group Identifier"),
        (51, "MAG IPv6 Address"),
        (52, "Access Network Identifier"),
        (55, "Delegated Mobile Network Prefix"),
    ];
}
