//! The fields of PPP's control and authentication protocols, as
//! `scripts/gen-fields.py` writes them from tshark 4.0's registry.

pub mod lcp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static MAGIC_NUMBER: &F =
        field!(F::new("lcp.magic_number", Uint32, "Magic Number").base(Base::Hex));
    pub static DATA: &F = field!(F::new("lcp.data", Bytes, "Data"));
    pub static MESSAGE: &F = field!(F::new("lcp.message", String, "Message"));
    pub static SECS_REMAINING: &F =
        field!(F::new("lcp.secs_remaining", Uint32, "Seconds Remaining"));
    pub static REJ_PROTO: &F = field!(
        F::new("lcp.rej_proto", Uint16, "Rejected Protocol")
            .base(Base::Hex)
            .vals(REJ_PROTO_VALS)
    );
    pub static OPT_TYPE: &F = field!(F::new("lcp.opt.type", Uint8, "Type"));
    pub static OPT_LENGTH: &F = field!(F::new("lcp.opt.length", Uint8, "Length"));
    pub static OPT_OUI: &F = field!(F::new("lcp.opt.oui", Uint24, "OUI").base(Base::Oui));
    pub static OPT_KIND: &F = field!(F::new("lcp.opt.kind", Uint8, "Kind").base(Base::DecHex));
    pub static OPT_DATA: &F = field!(F::new("lcp.opt.data", Bytes, "Data"));
    pub static OPT_MRU: &F = field!(F::new("lcp.opt.mru", Uint16, "Maximum Receive Unit"));
    pub static OPT_ASYNCMAP: &F =
        field!(F::new("lcp.opt.asyncmap", Uint32, "Async Control Character Map").base(Base::Hex));
    pub static OPT_ASYNCMAP_NUL: &F = field!(
        F::new("lcp.opt.asyncmap.nul", Boolean, "NUL")
            .base(Base::Bits(32))
            .mask(0x1)
    );
    pub static OPT_ASYNCMAP_SOH: &F = field!(
        F::new("lcp.opt.asyncmap.soh", Boolean, "SOH")
            .base(Base::Bits(32))
            .mask(0x2)
    );
    pub static OPT_ASYNCMAP_STX: &F = field!(
        F::new("lcp.opt.asyncmap.stx", Boolean, "STX")
            .base(Base::Bits(32))
            .mask(0x4)
    );
    pub static OPT_ASYNCMAP_ETX: &F = field!(
        F::new("lcp.opt.asyncmap.etx", Boolean, "ETX")
            .base(Base::Bits(32))
            .mask(0x8)
    );
    pub static OPT_ASYNCMAP_EOT: &F = field!(
        F::new("lcp.opt.asyncmap.eot", Boolean, "EOT")
            .base(Base::Bits(32))
            .mask(0x10)
    );
    pub static OPT_ASYNCMAP_ENQ: &F = field!(
        F::new("lcp.opt.asyncmap.enq", Boolean, "ENQ")
            .base(Base::Bits(32))
            .mask(0x20)
    );
    pub static OPT_ASYNCMAP_ACK: &F = field!(
        F::new("lcp.opt.asyncmap.ack", Boolean, "ACK")
            .base(Base::Bits(32))
            .mask(0x40)
    );
    pub static OPT_ASYNCMAP_BEL: &F = field!(
        F::new("lcp.opt.asyncmap.bel", Boolean, "BEL")
            .base(Base::Bits(32))
            .mask(0x80)
    );
    pub static OPT_ASYNCMAP_BS: &F = field!(
        F::new("lcp.opt.asyncmap.bs", Boolean, "BS")
            .base(Base::Bits(32))
            .mask(0x100)
    );
    pub static OPT_ASYNCMAP_HT: &F = field!(
        F::new("lcp.opt.asyncmap.ht", Boolean, "HT")
            .base(Base::Bits(32))
            .mask(0x200)
    );
    pub static OPT_ASYNCMAP_LF: &F = field!(
        F::new("lcp.opt.asyncmap.lf", Boolean, "LF")
            .base(Base::Bits(32))
            .mask(0x400)
    );
    pub static OPT_ASYNCMAP_VT: &F = field!(
        F::new("lcp.opt.asyncmap.vt", Boolean, "VT")
            .base(Base::Bits(32))
            .mask(0x800)
    );
    pub static OPT_ASYNCMAP_FF: &F = field!(
        F::new("lcp.opt.asyncmap.ff", Boolean, "FF")
            .base(Base::Bits(32))
            .mask(0x1000)
    );
    pub static OPT_ASYNCMAP_CR: &F = field!(
        F::new("lcp.opt.asyncmap.cr", Boolean, "CR")
            .base(Base::Bits(32))
            .mask(0x2000)
    );
    pub static OPT_ASYNCMAP_SO: &F = field!(
        F::new("lcp.opt.asyncmap.so", Boolean, "SO")
            .base(Base::Bits(32))
            .mask(0x4000)
    );
    pub static OPT_ASYNCMAP_SI: &F = field!(
        F::new("lcp.opt.asyncmap.si", Boolean, "SI")
            .base(Base::Bits(32))
            .mask(0x8000)
    );
    pub static OPT_ASYNCMAP_DLE: &F = field!(
        F::new("lcp.opt.asyncmap.dle", Boolean, "DLE")
            .base(Base::Bits(32))
            .mask(0x10000)
    );
    pub static OPT_ASYNCMAP_DC1: &F = field!(
        F::new("lcp.opt.asyncmap.dc1", Boolean, "DC1 (XON)")
            .base(Base::Bits(32))
            .mask(0x20000)
    );
    pub static OPT_ASYNCMAP_DC2: &F = field!(
        F::new("lcp.opt.asyncmap.dc2", Boolean, "DC2")
            .base(Base::Bits(32))
            .mask(0x40000)
    );
    pub static OPT_ASYNCMAP_DC3: &F = field!(
        F::new("lcp.opt.asyncmap.dc3", Boolean, "DC3 (XOFF)")
            .base(Base::Bits(32))
            .mask(0x80000)
    );
    pub static OPT_ASYNCMAP_DC4: &F = field!(
        F::new("lcp.opt.asyncmap.dc4", Boolean, "DC4")
            .base(Base::Bits(32))
            .mask(0x100000)
    );
    pub static OPT_ASYNCMAP_NAK: &F = field!(
        F::new("lcp.opt.asyncmap.nak", Boolean, "NAK")
            .base(Base::Bits(32))
            .mask(0x200000)
    );
    pub static OPT_ASYNCMAP_SYN: &F = field!(
        F::new("lcp.opt.asyncmap.syn", Boolean, "SYN")
            .base(Base::Bits(32))
            .mask(0x400000)
    );
    pub static OPT_ASYNCMAP_ETB: &F = field!(
        F::new("lcp.opt.asyncmap.etb", Boolean, "ETB")
            .base(Base::Bits(32))
            .mask(0x800000)
    );
    pub static OPT_ASYNCMAP_CAN: &F = field!(
        F::new("lcp.opt.asyncmap.can", Boolean, "CAN")
            .base(Base::Bits(32))
            .mask(0x1000000)
    );
    pub static OPT_ASYNCMAP_EM: &F = field!(
        F::new("lcp.opt.asyncmap.em", Boolean, "EM")
            .base(Base::Bits(32))
            .mask(0x2000000)
    );
    pub static OPT_ASYNCMAP_SUB: &F = field!(
        F::new("lcp.opt.asyncmap.sub", Boolean, "SUB")
            .base(Base::Bits(32))
            .mask(0x4000000)
    );
    pub static OPT_ASYNCMAP_ESC: &F = field!(
        F::new("lcp.opt.asyncmap.esc", Boolean, "ESC")
            .base(Base::Bits(32))
            .mask(0x8000000)
    );
    pub static OPT_ASYNCMAP_FS: &F = field!(
        F::new("lcp.opt.asyncmap.fs", Boolean, "FS")
            .base(Base::Bits(32))
            .mask(0x10000000)
    );
    pub static OPT_ASYNCMAP_GS: &F = field!(
        F::new("lcp.opt.asyncmap.gs", Boolean, "GS")
            .base(Base::Bits(32))
            .mask(0x20000000)
    );
    pub static OPT_ASYNCMAP_RS: &F = field!(
        F::new("lcp.opt.asyncmap.rs", Boolean, "RS")
            .base(Base::Bits(32))
            .mask(0x40000000)
    );
    pub static OPT_ASYNCMAP_US: &F = field!(
        F::new("lcp.opt.asyncmap.us", Boolean, "US")
            .base(Base::Bits(32))
            .mask(0x80000000)
    );
    pub static OPT_AUTH_PROTOCOL: &F = field!(
        F::new("lcp.opt.auth_protocol", Uint16, "Authentication Protocol")
            .base(Base::Hex)
            .vals(REJ_PROTO_VALS)
    );
    pub static OPT_ALGORITHM: &F = field!(
        F::new("lcp.opt.algorithm", Uint8, "Algorithm").names(Names::Ranges(OPT_ALGORITHM_RANGES))
    );
    pub static OPT_QUALITY_PROTOCOL: &F = field!(
        F::new("lcp.opt.quality_protocol", Uint16, "Quality Protocol")
            .base(Base::Hex)
            .vals(REJ_PROTO_VALS)
    );
    pub static OPT_MAGIC_NUMBER: &F =
        field!(F::new("lcp.opt.magic_number", Uint32, "Magic Number").base(Base::Hex));
    pub static OPT_REPORTING_PERIOD: &F = field!(F::new("lcp.opt.reporting_period", Uint32, "Reporting Period").blurb("Maximum time in micro-seconds that the remote end should wait between transmission of LCP Link-Quality-Report packets"));
    pub static OPT_FCS_ALTERNATIVES: &F =
        field!(F::new("lcp.opt.fcs_alternatives", Uint8, "FCS Alternatives").base(Base::Hex));
    pub static OPT_FCS_ALTERNATIVES_NULL: &F = field!(
        F::new("lcp.opt.fcs_alternatives.null", Boolean, "NULL FCS")
            .base(Base::Bits(8))
            .mask(0x1)
    );
    pub static OPT_FCS_ALTERNATIVES_CCITT16: &F = field!(
        F::new("lcp.opt.fcs_alternatives.ccitt16", Boolean, "CCITT 16-bit")
            .base(Base::Bits(8))
            .mask(0x2)
    );
    pub static OPT_FCS_ALTERNATIVES_CCITT32: &F = field!(
        F::new("lcp.opt.fcs_alternatives.ccitt32", Boolean, "CCITT 32-bit")
            .base(Base::Bits(8))
            .mask(0x4)
    );
    pub static OPT_MAXIMUM: &F = field!(
        F::new("lcp.opt.maximum", Uint8, "Maximum")
            .blurb("The largest number of padding octets which may be added to the frame.")
    );
    pub static OPT_WINDOW: &F = field!(
        F::new("lcp.opt.window", Uint8, "Window")
            .blurb("The number of frames the receiver will buffer.")
    );
    pub static OPT_HDLC_ADDRESS: &F = field!(
        F::new("lcp.opt.hdlc_address", Bytes, "Address")
            .blurb("An HDLC Address as specified in ISO 3309.")
    );
    pub static OPT_OPERATION: &F =
        field!(F::new("lcp.opt.operation", Uint8, "Operation").vals(OPT_OPERATION_VALS));
    pub static OPT_MESSAGE: &F = field!(F::new("lcp.opt.message", Bytes, "Message"));
    pub static OPT_MRRU: &F =
        field!(F::new("lcp.opt.mrru", Uint16, "MRRU").blurb("Maximum Receive Reconstructed Unit"));
    pub static OPT_EP_DISC_CLASS: &F =
        field!(F::new("lcp.opt.ep_disc_class", Uint8, "Class").vals(OPT_EP_DISC_CLASS_VALS));
    pub static OPT_IP_ADDRESS: &F = field!(F::new("lcp.opt.ip_address", Ipv4, "IP Address"));
    pub static OPT_802_1_ADDRESS: &F =
        field!(F::new("lcp.opt.802_1_address", Ether, "IEEE 802.1 Address"));
    pub static OPT_MAGIC_BLOCK: &F = field!(F::new(
        "lcp.opt.magic_block",
        Bytes,
        "PPP Magic-Number Block"
    ));
    pub static OPT_PSNDN: &F = field!(F::new(
        "lcp.opt.psndn",
        Bytes,
        "Public Switched Network Directory Number"
    ));
    pub static OPT_MODE: &F = field!(F::new("lcp.opt.mode", Uint8, "Mode").vals(OPT_MODE_VALS));
    pub static OPT_UNUSED: &F = field!(F::new("lcp.opt.unused", Bytes, "Unused"));
    pub static OPT_LINK_DISCRIM: &F =
        field!(F::new("lcp.opt.link_discrim", Uint16, "Link Discriminator").base(Base::DecHex));
    pub static OPT_ID: &F = field!(F::new("lcp.opt.id", UintBytes, "Identification"));
    pub static OPT_FLAGS: &F = field!(F::new("lcp.opt.flags", Uint8, "Flags").base(Base::Hex));
    pub static OPT_FLAGS_RESERVED: &F = field!(
        F::new("lcp.opt.flags.reserved", Uint8, "Reserved")
            .base(Base::Hex)
            .mask(0xfc)
    );
    pub static OPT_FLAGS_PRE: &F = field!(
        F::new("lcp.opt.flags.pre", Boolean, "PRE")
            .base(Base::Bits(8))
            .mask(0x2)
            .blurb("Preemption")
    );
    pub static OPT_FLAGS_ZXE: &F = field!(
        F::new("lcp.opt.flags.zxe", Boolean, "ZXE")
            .base(Base::Bits(8))
            .mask(0x1)
            .blurb("Zero pair/run elimination")
    );
    pub static OPT_CLASS: &F = field!(F::new("lcp.opt.class", Uint8, "Class"));
    pub static OPT_PREFIX: &F = field!(F::new("lcp.opt.prefix", UintBytes, "Prefix"));
    pub static OPT_CODE: &F = field!(F::new("lcp.opt.code", Uint8, "Code").vals(OPT_CODE_VALS));
    pub static OPT_MAX_SUSP_CLASSES: &F = field!(F::new(
        "lcp.opt.max_susp_classes",
        Uint8,
        "Max suspendable classes"
    ));
    pub static OPT_MIBENUM: &F = field!(
        F::new("lcp.opt.MIBenum", Uint32, "MIBenum")
            .vals(OPT_MIBENUM_VALS)
            .blurb("A unique integer value identifying a charset")
    );
    pub static OPT_LANGUAGE_TAG: &F =
        field!(F::new("lcp.opt.language_tag", String, "Language-Tag"));
    pub static OPT_VENDOR: &F = field!(
        F::new("lcp.opt.vendor", Protocol, "Vendor Specific")
            .in_proto("lcp.opt.vendor")
            .bytes_protocol()
    );
    pub static OPT_MTU_BYTES: &F = field!(
        F::new("lcp.opt.mtu_bytes", Protocol, "Maximum Receive Unit")
            .in_proto("lcp.opt.mtu_bytes")
            .bytes_protocol()
    );
    pub static OPT_ASYNCMAP_BYTES: &F = field!(
        F::new(
            "lcp.opt.asyncmap_bytes",
            Protocol,
            "Async Control Character Map"
        )
        .in_proto("lcp.opt.asyncmap_bytes")
        .bytes_protocol()
    );
    pub static OPT_AUTH_PROTOCOL_BYTES: &F = field!(
        F::new(
            "lcp.opt.auth_protocol_bytes",
            Protocol,
            "Authentication Protocol"
        )
        .in_proto("lcp.opt.auth_protocol_bytes")
        .bytes_protocol()
    );
    pub static OPT_QUALITY_PROTOCOL_BYTES: &F = field!(
        F::new(
            "lcp.opt.quality_protocol_bytes",
            Protocol,
            "Quality Protocol"
        )
        .in_proto("lcp.opt.quality_protocol_bytes")
        .bytes_protocol()
    );
    pub static OPT_MAGIC_NUMBER_BYTES: &F = field!(
        F::new("lcp.opt.magic_number_bytes", Protocol, "Magic Number")
            .in_proto("lcp.opt.magic_number_bytes")
            .bytes_protocol()
    );
    pub static OPT_LINKQUALMON: &F = field!(
        F::new("lcp.opt.linkqualmon", Protocol, "Link Quality Monitoring")
            .in_proto("lcp.opt.linkqualmon")
            .bytes_protocol()
    );
    pub static OPT_FIELD_COMPRESS: &F = field!(
        F::new(
            "lcp.opt.field_compress",
            Protocol,
            "Protocol Field Compression"
        )
        .in_proto("lcp.opt.field_compress")
        .bytes_protocol()
    );
    pub static OPT_ADDR_FIELD_COMPRESS: &F = field!(
        F::new(
            "lcp.opt.addr_field_compress",
            Protocol,
            "Address and Control Field Compression"
        )
        .in_proto("lcp.opt.addr_field_compress")
        .bytes_protocol()
    );
    pub static OPT_FCS_ALTERNATIVES_BYTES: &F = field!(
        F::new(
            "lcp.opt.fcs_alternatives_bytes",
            Protocol,
            "FCS Alternatives"
        )
        .in_proto("lcp.opt.fcs_alternatives_bytes")
        .bytes_protocol()
    );
    pub static OPT_SELF_DESC_PAD: &F = field!(
        F::new("lcp.opt.self_desc_pad", Protocol, "Self Describing Pad")
            .in_proto("lcp.opt.self_desc_pad")
            .bytes_protocol()
    );
    pub static OPT_NUMBERED_MODE: &F = field!(
        F::new("lcp.opt.numbered_mode", Protocol, "Numbered Mode")
            .in_proto("lcp.opt.numbered_mode")
            .bytes_protocol()
    );
    pub static OPT_CALLBACK: &F = field!(
        F::new("lcp.opt.callback", Protocol, "Callback")
            .in_proto("lcp.opt.callback")
            .bytes_protocol()
    );
    pub static OPT_COMPOUND_FRAMES: &F = field!(
        F::new(
            "lcp.opt.compound_frames",
            Protocol,
            "Compound Frames (Deprecated)"
        )
        .in_proto("lcp.opt.compound_frames")
        .bytes_protocol()
    );
    pub static OPT_NOMDATAENCAP: &F = field!(
        F::new(
            "lcp.opt.nomdataencap",
            Protocol,
            "Nominal Data Encapsulation (Deprecated)"
        )
        .in_proto("lcp.opt.nomdataencap")
        .bytes_protocol()
    );
    pub static OPT_MULTILINK_MRRU: &F = field!(
        F::new("lcp.opt.multilink_mrru", Protocol, "Multilink MRRU")
            .in_proto("lcp.opt.multilink_mrru")
            .bytes_protocol()
    );
    pub static OPT_MULTILINK_SSNH: &F = field!(
        F::new(
            "lcp.opt.multilink_ssnh",
            Protocol,
            "Multilink Short Sequence Number Header"
        )
        .in_proto("lcp.opt.multilink_ssnh")
        .bytes_protocol()
    );
    pub static OPT_MULTILINK_EP_DISC: &F = field!(
        F::new(
            "lcp.opt.multilink_ep_disc",
            Protocol,
            "Multilink Endpoint Discriminator"
        )
        .in_proto("lcp.opt.multilink_ep_disc")
        .bytes_protocol()
    );
    pub static OPT_DCE_IDENTIFIER: &F = field!(
        F::new("lcp.opt.dce_identifier", Protocol, "DCE Identifier")
            .in_proto("lcp.opt.dce_identifier")
            .bytes_protocol()
    );
    pub static OPT_MULTILINK_PP: &F = field!(
        F::new(
            "lcp.opt.multilink_pp",
            Protocol,
            "Multi Link Plus Procedure"
        )
        .in_proto("lcp.opt.multilink_pp")
        .bytes_protocol()
    );
    pub static OPT_LINK_DISCRIM_BYTES: &F = field!(
        F::new(
            "lcp.opt.link_discrim_bytes",
            Protocol,
            "Link Discriminator for BACP"
        )
        .in_proto("lcp.opt.link_discrim_bytes")
        .bytes_protocol()
    );
    pub static OPT_AUTH: &F = field!(
        F::new("lcp.opt.auth", Protocol, "Authentication Option")
            .in_proto("lcp.opt.auth")
            .bytes_protocol()
    );
    pub static OPT_COBS: &F = field!(
        F::new(
            "lcp.opt.cobs",
            Protocol,
            "Consistent Overhead Byte Stuffing (COBS)"
        )
        .in_proto("lcp.opt.cobs")
        .bytes_protocol()
    );
    pub static OPT_PREFIX_ELISION: &F = field!(
        F::new("lcp.opt.prefix_elision", Protocol, "Prefix Elision")
            .in_proto("lcp.opt.prefix_elision")
            .bytes_protocol()
    );
    pub static OPT_MULTILINK_HDR_FMT: &F = field!(
        F::new(
            "lcp.opt.multilink_hdr_fmt",
            Protocol,
            "Multilink header format"
        )
        .in_proto("lcp.opt.multilink_hdr_fmt")
        .bytes_protocol()
    );
    pub static OPT_INTERNATIONALIZATION: &F = field!(
        F::new(
            "lcp.opt.internationalization",
            Protocol,
            "Internationalization"
        )
        .in_proto("lcp.opt.internationalization")
        .bytes_protocol()
    );
    pub static OPT_SONET_SDH: &F = field!(
        F::new(
            "lcp.opt.sonet_sdh",
            Protocol,
            "Simple Data Link on SONET/SDH"
        )
        .in_proto("lcp.opt.sonet_sdh")
        .bytes_protocol()
    );

    pub static ALL: &[&F] = &[
        MAGIC_NUMBER,
        DATA,
        MESSAGE,
        SECS_REMAINING,
        REJ_PROTO,
        OPT_TYPE,
        OPT_LENGTH,
        OPT_OUI,
        OPT_KIND,
        OPT_DATA,
        OPT_MRU,
        OPT_ASYNCMAP,
        OPT_ASYNCMAP_NUL,
        OPT_ASYNCMAP_SOH,
        OPT_ASYNCMAP_STX,
        OPT_ASYNCMAP_ETX,
        OPT_ASYNCMAP_EOT,
        OPT_ASYNCMAP_ENQ,
        OPT_ASYNCMAP_ACK,
        OPT_ASYNCMAP_BEL,
        OPT_ASYNCMAP_BS,
        OPT_ASYNCMAP_HT,
        OPT_ASYNCMAP_LF,
        OPT_ASYNCMAP_VT,
        OPT_ASYNCMAP_FF,
        OPT_ASYNCMAP_CR,
        OPT_ASYNCMAP_SO,
        OPT_ASYNCMAP_SI,
        OPT_ASYNCMAP_DLE,
        OPT_ASYNCMAP_DC1,
        OPT_ASYNCMAP_DC2,
        OPT_ASYNCMAP_DC3,
        OPT_ASYNCMAP_DC4,
        OPT_ASYNCMAP_NAK,
        OPT_ASYNCMAP_SYN,
        OPT_ASYNCMAP_ETB,
        OPT_ASYNCMAP_CAN,
        OPT_ASYNCMAP_EM,
        OPT_ASYNCMAP_SUB,
        OPT_ASYNCMAP_ESC,
        OPT_ASYNCMAP_FS,
        OPT_ASYNCMAP_GS,
        OPT_ASYNCMAP_RS,
        OPT_ASYNCMAP_US,
        OPT_AUTH_PROTOCOL,
        OPT_ALGORITHM,
        OPT_QUALITY_PROTOCOL,
        OPT_MAGIC_NUMBER,
        OPT_REPORTING_PERIOD,
        OPT_FCS_ALTERNATIVES,
        OPT_FCS_ALTERNATIVES_NULL,
        OPT_FCS_ALTERNATIVES_CCITT16,
        OPT_FCS_ALTERNATIVES_CCITT32,
        OPT_MAXIMUM,
        OPT_WINDOW,
        OPT_HDLC_ADDRESS,
        OPT_OPERATION,
        OPT_MESSAGE,
        OPT_MRRU,
        OPT_EP_DISC_CLASS,
        OPT_IP_ADDRESS,
        OPT_802_1_ADDRESS,
        OPT_MAGIC_BLOCK,
        OPT_PSNDN,
        OPT_MODE,
        OPT_UNUSED,
        OPT_LINK_DISCRIM,
        OPT_ID,
        OPT_FLAGS,
        OPT_FLAGS_RESERVED,
        OPT_FLAGS_PRE,
        OPT_FLAGS_ZXE,
        OPT_CLASS,
        OPT_PREFIX,
        OPT_CODE,
        OPT_MAX_SUSP_CLASSES,
        OPT_MIBENUM,
        OPT_LANGUAGE_TAG,
        OPT_VENDOR,
        OPT_MTU_BYTES,
        OPT_ASYNCMAP_BYTES,
        OPT_AUTH_PROTOCOL_BYTES,
        OPT_QUALITY_PROTOCOL_BYTES,
        OPT_MAGIC_NUMBER_BYTES,
        OPT_LINKQUALMON,
        OPT_FIELD_COMPRESS,
        OPT_ADDR_FIELD_COMPRESS,
        OPT_FCS_ALTERNATIVES_BYTES,
        OPT_SELF_DESC_PAD,
        OPT_NUMBERED_MODE,
        OPT_CALLBACK,
        OPT_COMPOUND_FRAMES,
        OPT_NOMDATAENCAP,
        OPT_MULTILINK_MRRU,
        OPT_MULTILINK_SSNH,
        OPT_MULTILINK_EP_DISC,
        OPT_DCE_IDENTIFIER,
        OPT_MULTILINK_PP,
        OPT_LINK_DISCRIM_BYTES,
        OPT_AUTH,
        OPT_COBS,
        OPT_PREFIX_ELISION,
        OPT_MULTILINK_HDR_FMT,
        OPT_INTERNATIONALIZATION,
        OPT_SONET_SDH,
    ];

    /// packet-ppp.c's ppp_vals, which PPP's own protocol field reads too.
    use crate::dissect::link::fields::ppp::PROTOCOL_VALS as REJ_PROTO_VALS;

    const OPT_ALGORITHM_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x4, "Reserved"),
        (0x5, 0x5, "CHAP with MD5"),
        (0x6, 0x6, "CHAP with SHA-1"),
        (0x80, 0x80, "MS-CHAP"),
        (0x81, 0x81, "MS-CHAP-2"),
    ];

    const OPT_OPERATION_VALS: &[(u64, &str)] = &[
        (0, "Location is determined by user authentication"),
        (1, "Message is dialing string"),
        (2, "Message is location identifier"),
        (3, "Message is E.164"),
        (4, "Message is distinguished name"),
        (5, "unassigned"),
        (6, "Location is determined during CBCP negotiation"),
    ];

    const OPT_EP_DISC_CLASS_VALS: &[(u64, &str)] = &[
        (0, "Null"),
        (1, "Locally assigned address"),
        (2, "Internet Protocol (IP) address"),
        (3, "IEEE 802.1 globally assigned MAC address"),
        (4, "PPP magic-number block"),
        (5, "Public switched network directory number"),
    ];

    const OPT_MODE_VALS: &[(u64, &str)] = &[
        (1, "Mode-1 (No Additional Negotiation)"),
        (2, "Mode-2 (Full PPP Negotiation and State Machine)"),
    ];

    const OPT_CODE_VALS: &[(u64, &str)] = &[
        (2, "Long sequence number fragment format with classes"),
        (6, "Short sequence number fragment format with classes"),
    ];

    const OPT_MIBENUM_VALS: &[(u64, &str)] = &[
        (3, "ANSI_X3.4-1968"),
        (4, "ISO_8859-1:1987"),
        (5, "ISO_8859-2:1987"),
        (6, "ISO_8859-3:1988"),
        (7, "ISO_8859-4:1988"),
        (8, "ISO_8859-5:1988"),
        (9, "ISO_8859-6:1987"),
        (10, "ISO_8859-7:1987"),
        (11, "ISO_8859-8:1988"),
        (12, "ISO_8859-9:1989"),
        (13, "ISO-8859-10"),
        (14, "ISO_6937-2-add"),
        (15, "JIS_X0201"),
        (16, "JIS_Encoding"),
        (17, "Shift_JIS"),
        (18, "Extended_UNIX_Code_Packed_Format_for_Japanese"),
        (19, "Extended_UNIX_Code_Fixed_Width_for_Japanese"),
        (20, "BS_4730"),
        (21, "SEN_850200_C"),
        (22, "IT"),
        (23, "ES"),
        (24, "DIN_66003"),
        (25, "NS_4551-1"),
        (26, "NF_Z_62-010"),
        (27, "ISO-10646-UTF-1"),
        (28, "ISO_646.basic:1983"),
        (29, "INVARIANT"),
        (30, "ISO_646.irv:1983"),
        (31, "NATS-SEFI"),
        (32, "NATS-SEFI-ADD"),
        (33, "NATS-DANO"),
        (34, "NATS-DANO-ADD"),
        (35, "SEN_850200_B"),
        (36, "KS_C_5601-1987"),
        (37, "ISO-2022-KR"),
        (38, "EUC-KR"),
        (39, "ISO-2022-JP"),
        (40, "ISO-2022-JP-2"),
        (41, "JIS_C6220-1969-jp"),
        (42, "JIS_C6220-1969-ro"),
        (43, "PT"),
        (44, "greek7-old"),
        (45, "latin-greek"),
        (46, "NF_Z_62-010_(1973)"),
        (47, "Latin-greek-1"),
        (48, "ISO_5427"),
        (49, "JIS_C6226-1978"),
        (50, "BS_viewdata"),
        (51, "INIS"),
        (52, "INIS-8"),
        (53, "INIS-cyrillic"),
        (54, "ISO_5427:1981"),
        (55, "ISO_5428:1980"),
        (56, "GB_1988-80"),
        (57, "GB_2312-80"),
        (58, "NS_4551-2"),
        (59, "videotex-suppl"),
        (60, "PT2"),
        (61, "ES2"),
        (62, "MSZ_7795.3"),
        (63, "JIS_C6226-1983"),
        (64, "greek7"),
        (65, "ASMO_449"),
        (66, "iso-ir-90"),
        (67, "JIS_C6229-1984-a"),
        (68, "JIS_C6229-1984-b"),
        (69, "JIS_C6229-1984-b-add"),
        (70, "JIS_C6229-1984-hand"),
        (71, "JIS_C6229-1984-hand-add"),
        (72, "JIS_C6229-1984-kana"),
        (73, "ISO_2033-1983"),
        (74, "ANSI_X3.110-1983"),
        (75, "T.61-7bit"),
        (76, "T.61-8bit"),
        (77, "ECMA-cyrillic"),
        (78, "CSA_Z243.4-1985-1"),
        (79, "CSA_Z243.4-1985-2"),
        (80, "CSA_Z243.4-1985-gr"),
        (81, "ISO_8859-6-E"),
        (82, "ISO_8859-6-I"),
        (83, "T.101-G2"),
        (84, "ISO_8859-8-E"),
        (85, "ISO_8859-8-I"),
        (86, "CSN_369103"),
        (87, "JUS_I.B1.002"),
        (88, "IEC_P27-1"),
        (89, "JUS_I.B1.003-serb"),
        (90, "JUS_I.B1.003-mac"),
        (91, "greek-ccitt"),
        (92, "NC_NC00-10:81"),
        (93, "ISO_6937-2-25"),
        (94, "GOST_19768-74"),
        (95, "ISO_8859-supp"),
        (96, "ISO_10367-box"),
        (97, "latin-lap"),
        (98, "JIS_X0212-1990"),
        (99, "DS_2089"),
        (100, "us-dk"),
        (101, "dk-us"),
        (102, "KSC5636"),
        (103, "UNICODE-1-1-UTF-7"),
        (104, "ISO-2022-CN"),
        (105, "ISO-2022-CN-EXT"),
        (106, "UTF-8"),
        (109, "ISO-8859-13"),
        (110, "ISO-8859-14"),
        (111, "ISO-8859-15"),
        (112, "ISO-8859-16"),
        (113, "GBK"),
        (114, "GB18030"),
        (115, "OSD_EBCDIC_DF04_15"),
        (116, "OSD_EBCDIC_DF03_IRV"),
        (117, "OSD_EBCDIC_DF04_1"),
        (118, "ISO-11548-1"),
        (119, "KZ-1048"),
        (1000, "ISO-10646-UCS-2"),
        (1001, "ISO-10646-UCS-4"),
        (1002, "ISO-10646-UCS-Basic"),
        (1003, "ISO-10646-Unicode-Latin1"),
        (1004, "ISO-10646-J-1"),
        (1005, "ISO-Unicode-IBM-1261"),
        (1006, "ISO-Unicode-IBM-1268"),
        (1007, "ISO-Unicode-IBM-1276"),
        (1008, "ISO-Unicode-IBM-1264"),
        (1009, "ISO-Unicode-IBM-1265"),
        (1010, "UNICODE-1-1"),
        (1011, "SCSU"),
        (1012, "UTF-7"),
        (1013, "UTF-16BE"),
        (1014, "UTF-16LE"),
        (1015, "UTF-16"),
        (1016, "CESU-8"),
        (1017, "UTF-32"),
        (1018, "UTF-32BE"),
        (1019, "UTF-32LE"),
        (1020, "BOCU-1"),
        (2000, "ISO-8859-1-Windows-3.0-Latin-1"),
        (2001, "ISO-8859-1-Windows-3.1-Latin-1"),
        (2002, "ISO-8859-2-Windows-Latin-2"),
        (2003, "ISO-8859-9-Windows-Latin-5"),
        (2004, "hp-roman8"),
        (2005, "Adobe-Standard-Encoding"),
        (2006, "Ventura-US"),
        (2007, "Ventura-International"),
        (2008, "DEC-MCS"),
        (2009, "IBM850"),
        (2010, "IBM852"),
        (2011, "IBM437"),
        (2012, "PC8-Danish-Norwegian"),
        (2013, "IBM862"),
        (2014, "PC8-Turkish"),
        (2015, "IBM-Symbols"),
        (2016, "IBM-Thai"),
        (2017, "HP-Legal"),
        (2018, "HP-Pi-font"),
        (2019, "HP-Math8"),
        (2020, "Adobe-Symbol-Encoding"),
        (2021, "HP-DeskTop"),
        (2022, "Ventura-Math"),
        (2023, "Microsoft-Publishing"),
        (2024, "Windows-31J"),
        (2025, "GB2312"),
        (2026, "Big5"),
        (2027, "macintosh"),
        (2028, "IBM037"),
        (2029, "IBM038"),
        (2030, "IBM273"),
        (2031, "IBM274"),
        (2032, "IBM275"),
        (2033, "IBM277"),
        (2034, "IBM278"),
        (2035, "IBM280"),
        (2036, "IBM281"),
        (2037, "IBM284"),
        (2038, "IBM285"),
        (2039, "IBM290"),
        (2040, "IBM297"),
        (2041, "IBM420"),
        (2042, "IBM423"),
        (2043, "IBM424"),
        (2044, "IBM500"),
        (2045, "IBM851"),
        (2046, "IBM855"),
        (2047, "IBM857"),
        (2048, "IBM860"),
        (2049, "IBM861"),
        (2050, "IBM863"),
        (2051, "IBM864"),
        (2052, "IBM865"),
        (2053, "IBM868"),
        (2054, "IBM869"),
        (2055, "IBM870"),
        (2056, "IBM871"),
        (2057, "IBM880"),
        (2058, "IBM891"),
        (2059, "IBM903"),
        (2060, "IBM904"),
        (2061, "IBM905"),
        (2062, "IBM918"),
        (2063, "IBM1026"),
        (2064, "EBCDIC-AT-DE"),
        (2065, "EBCDIC-AT-DE-A"),
        (2066, "EBCDIC-CA-FR"),
        (2067, "EBCDIC-DK-NO"),
        (2068, "EBCDIC-DK-NO-A"),
        (2069, "EBCDIC-FI-SE"),
        (2070, "EBCDIC-FI-SE-A"),
        (2071, "EBCDIC-FR"),
        (2072, "EBCDIC-IT"),
        (2073, "EBCDIC-PT"),
        (2074, "EBCDIC-ES"),
        (2075, "EBCDIC-ES-A"),
        (2076, "EBCDIC-ES-S"),
        (2077, "EBCDIC-UK"),
        (2078, "EBCDIC-US"),
        (2079, "UNKNOWN-8BIT"),
        (2080, "MNEMONIC"),
        (2081, "MNEM"),
        (2082, "VISCII"),
        (2083, "VIQR"),
        (2084, "KOI8-R"),
        (2085, "HZ-GB-2312"),
        (2086, "IBM866"),
        (2087, "IBM775"),
        (2088, "KOI8-U"),
        (2089, "IBM00858"),
        (2090, "IBM00924"),
        (2091, "IBM01140"),
        (2092, "IBM01141"),
        (2093, "IBM01142"),
        (2094, "IBM01143"),
        (2095, "IBM01144"),
        (2096, "IBM01145"),
        (2097, "IBM01146"),
        (2098, "IBM01147"),
        (2099, "IBM01148"),
        (2100, "IBM01149"),
        (2101, "Big5-HKSCS"),
        (2102, "IBM1047"),
        (2103, "PTCP154"),
        (2104, "Amiga-1251"),
        (2105, "KOI7-switched"),
        (2106, "BRF"),
        (2107, "TSCII"),
        (2108, "CP51932"),
        (2109, "windows-874"),
        (2250, "windows-1250"),
        (2251, "windows-1251"),
        (2252, "windows-1252"),
        (2253, "windows-1253"),
        (2254, "windows-1254"),
        (2255, "windows-1255"),
        (2256, "windows-1256"),
        (2257, "windows-1257"),
        (2258, "windows-1258"),
        (2259, "TIS-620"),
        (2260, "CP50220"),
    ];
}

pub mod ipcp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static OPT_TYPE: &F = field!(F::new("ipcp.opt.type", Uint8, "Type"));
    pub static OPT_LENGTH: &F = field!(F::new("ipcp.opt.length", Uint8, "Length"));
    pub static OPT_SRC_ADDRESS: &F =
        field!(F::new("ipcp.opt.src_address", Ipv4, "Source IP Address"));
    pub static OPT_DST_ADDRESS: &F = field!(F::new(
        "ipcp.opt.dst_address",
        Ipv4,
        "Destination IP Address"
    ));
    pub static OPT_COMPRESS_PROTO: &F = field!(
        F::new("ipcp.opt.compress_proto", Uint16, "IP Compression Protocol")
            .base(Base::Hex)
            .vals(OPT_COMPRESS_PROTO_VALS)
    );
    pub static OPT_MAX_CID: &F = field!(
        F::new("ipcp.opt.max_cid", Uint16, "Max CID")
            .blurb("Maximum value of a context identifier")
    );
    pub static OPT_MRRU: &F = field!(
        F::new("ipcp.opt.mrru", Uint16, "MRRU").blurb("Maximum Reconstructed Reception Unit")
    );
    pub static OPT_MAX_SLOT_ID: &F = field!(F::new("ipcp.opt.max_slot_id", Uint8, "Max Slot ID"));
    pub static OPT_COMP_SLOT_ID: &F = field!(
        F::new("ipcp.opt.comp_slot_id", Boolean, "Comp Slot ID")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs(
                "The slot identifier may be compressed",
                "The slot identifier must not be compressed"
            )
    );
    pub static OPT_TCP_SPACE: &F = field!(F::new("ipcp.opt.tcp_space", Uint16, "TCP Space"));
    pub static OPT_NON_TCP_SPACE: &F =
        field!(F::new("ipcp.opt.non_tcp_space", Uint16, "Non TCP Space"));
    pub static OPT_F_MAX_PERIOD: &F = field!(
        F::new("ipcp.opt.f_max_period", Uint16, "F Max Period")
            .blurb("Maximum interval between full headers")
    );
    pub static OPT_F_MAX_TIME: &F = field!(
        F::new("ipcp.opt.f_max_time", Uint16, "F Max Time")
            .blurb("Maximum time interval between full headers")
    );
    pub static OPT_MAX_HEADER: &F = field!(
        F::new("ipcp.opt.max_header", Uint16, "Max Header")
            .blurb("The largest header size in octets that may be compressed")
    );
    pub static DATA: &F = field!(F::new("ipcp.data", Bytes, "Data"));
    pub static OPT_IP_ADDRESS: &F = field!(F::new("ipcp.opt.ip_address", Ipv4, "IP Address"));
    pub static OPT_MOBILENODEHOMEADDRESS: &F = field!(F::new(
        "ipcp.opt.mobilenodehomeaddress",
        Ipv4,
        "Mobile Node's Home Address"
    ));
    pub static OPT_PRI_DNS_ADDRESS: &F = field!(F::new(
        "ipcp.opt.pri_dns_address",
        Ipv4,
        "Primary DNS Address"
    ));
    pub static OPT_PRI_NBNS_ADDRESS: &F = field!(F::new(
        "ipcp.opt.pri_nbns_address",
        Ipv4,
        "Primary NBNS Address"
    ));
    pub static OPT_SEC_DNS_ADDRESS: &F = field!(F::new(
        "ipcp.opt.sec_dns_address",
        Ipv4,
        "Secondary DNS Address"
    ));
    pub static OPT_SEC_NBNS_ADDRESS: &F = field!(F::new(
        "ipcp.opt.sec_nbns_address",
        Ipv4,
        "Secondary NBNS Address"
    ));
    pub static OPT_ROHC_TYPE: &F = field!(F::new("ipcp.opt.rohc.type", Uint8, "Type"));
    pub static OPT_ROHC_LENGTH: &F = field!(F::new("ipcp.opt.rohc.length", Uint8, "Length"));
    pub static OPT_ROHC_PROFILE: &F = field!(
        F::new("ipcp.opt.rohc.profile", Uint16, "Profile")
            .base(Base::Hex)
            .vals(OPT_ROHC_PROFILE_VALS)
    );
    pub static OPT_IPHC_TYPE: &F = field!(F::new("ipcp.opt.iphc.type", Uint8, "Type"));
    pub static OPT_IPHC_LENGTH: &F = field!(F::new("ipcp.opt.iphc.length", Uint8, "Length"));
    pub static OPT_IPHC_PARAM: &F =
        field!(F::new("ipcp.opt.iphc.param", Uint8, "Parameter").vals(OPT_IPHC_PARAM_VALS));
    pub static OPT_ADDRS: &F = field!(
        F::new("ipcp.opt.addrs", Protocol, "IP Addresses (deprecated)")
            .in_proto("ipcp.opt.addrs")
            .bytes_protocol()
    );
    pub static OPT_COMPRESS: &F = field!(
        F::new("ipcp.opt.compress", Protocol, "IP Compression Protocol")
            .in_proto("ipcp.opt.compress")
            .bytes_protocol()
    );
    pub static OPT_ADDR: &F = field!(
        F::new("ipcp.opt.addr", Protocol, "IP Address")
            .in_proto("ipcp.opt.addr")
            .bytes_protocol()
    );
    pub static OPT_MOBILEIPV4: &F = field!(
        F::new(
            "ipcp.opt.mobileipv4",
            Protocol,
            "Mobile Node's Home IP Address"
        )
        .in_proto("ipcp.opt.mobileipv4")
        .bytes_protocol()
    );
    pub static OPT_PRI_DNS: &F = field!(
        F::new(
            "ipcp.opt.pri_dns",
            Protocol,
            "Primary DNS Server IP Address"
        )
        .in_proto("ipcp.opt.pri_dns")
        .bytes_protocol()
    );
    pub static OPT_PRI_NBNS: &F = field!(
        F::new(
            "ipcp.opt.pri_nbns",
            Protocol,
            "Primary NBNS Server IP Address"
        )
        .in_proto("ipcp.opt.pri_nbns")
        .bytes_protocol()
    );
    pub static OPT_SEC_DNS: &F = field!(
        F::new(
            "ipcp.opt.sec_dns",
            Protocol,
            "Secondary DNS Server IP Address"
        )
        .in_proto("ipcp.opt.sec_dns")
        .bytes_protocol()
    );
    pub static OPT_SEC_NBNS: &F = field!(
        F::new(
            "ipcp.opt.sec_nbns",
            Protocol,
            "Secondary NBNS Server IP Address"
        )
        .in_proto("ipcp.opt.sec_nbns")
        .bytes_protocol()
    );
    pub static OPT_ROHC_PROFILE_BYTES: &F = field!(
        F::new(
            "ipcp.opt.rohc.profile_bytes",
            Protocol,
            "Profiles (RFC3241)"
        )
        .in_proto("ipcp.opt.rohc.profile_bytes")
        .bytes_protocol()
    );
    pub static OPT_IPHC_RTP_COMPRESS: &F = field!(
        F::new(
            "ipcp.opt.iphc.rtp_compress",
            Protocol,
            "RTP compression (RFC2508)"
        )
        .in_proto("ipcp.opt.iphc.rtp_compress")
        .bytes_protocol()
    );
    pub static OPT_IPHC_ENHANCED_RTP_COMPRESS: &F = field!(
        F::new(
            "ipcp.opt.iphc.enhanced_rtp_compress",
            Protocol,
            "Enhanced RTP compression (RFC3545)"
        )
        .in_proto("ipcp.opt.iphc.enhanced_rtp_compress")
        .bytes_protocol()
    );
    pub static OPT_IPHC_NEGHDRCOMP: &F = field!(
        F::new(
            "ipcp.opt.iphc.neghdrcomp",
            Protocol,
            "Negotiating header compression (RFC3545)"
        )
        .in_proto("ipcp.opt.iphc.neghdrcomp")
        .bytes_protocol()
    );

    pub static ALL: &[&F] = &[
        OPT_TYPE,
        OPT_LENGTH,
        OPT_SRC_ADDRESS,
        OPT_DST_ADDRESS,
        OPT_COMPRESS_PROTO,
        OPT_MAX_CID,
        OPT_MRRU,
        OPT_MAX_SLOT_ID,
        OPT_COMP_SLOT_ID,
        OPT_TCP_SPACE,
        OPT_NON_TCP_SPACE,
        OPT_F_MAX_PERIOD,
        OPT_F_MAX_TIME,
        OPT_MAX_HEADER,
        DATA,
        OPT_IP_ADDRESS,
        OPT_MOBILENODEHOMEADDRESS,
        OPT_PRI_DNS_ADDRESS,
        OPT_PRI_NBNS_ADDRESS,
        OPT_SEC_DNS_ADDRESS,
        OPT_SEC_NBNS_ADDRESS,
        OPT_ROHC_TYPE,
        OPT_ROHC_LENGTH,
        OPT_ROHC_PROFILE,
        OPT_IPHC_TYPE,
        OPT_IPHC_LENGTH,
        OPT_IPHC_PARAM,
        OPT_ADDRS,
        OPT_COMPRESS,
        OPT_ADDR,
        OPT_MOBILEIPV4,
        OPT_PRI_DNS,
        OPT_PRI_NBNS,
        OPT_SEC_DNS,
        OPT_SEC_NBNS,
        OPT_ROHC_PROFILE_BYTES,
        OPT_IPHC_RTP_COMPRESS,
        OPT_IPHC_ENHANCED_RTP_COMPRESS,
        OPT_IPHC_NEGHDRCOMP,
    ];

    const OPT_COMPRESS_PROTO_VALS: &[(u64, &str)] = &[
        (0x3, "Robust Header Compression (ROHC)"),
        (0x2d, "VJ compression"),
        (0x37, "VJ compression (RFC1172-typo)"),
        (0x61, "IPHC compression"),
    ];

    const OPT_ROHC_PROFILE_VALS: &[(u64, &str)] = &[
        (0x0, "ROHC uncompressed -- no compression"),
        (0x2, "ROHC UDP -- non-RTP UDP/IP compression"),
        (0x3, "ROHC ESP -- ESP/IP compression"),
    ];

    const OPT_IPHC_PARAM_VALS: &[(u64, &str)] = &[
        (1, "The number of contexts for TCP Space is 0"),
        (2, "The number of contexts for Non TCP Space is 0"),
    ];
}

pub mod ipv6cp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static OPT_TYPE: &F = field!(F::new("ipv6cp.opt.type", Uint8, "Type"));
    pub static OPT_LENGTH: &F = field!(F::new("ipv6cp.opt.length", Uint8, "Length"));
    pub static INTERFACE_IDENTIFIER: &F = field!(F::new(
        "ipv6cp.interface_identifier",
        Bytes,
        "Interface Identifier"
    ));
    pub static OPT_INTERFACE_IDENTIFIER: &F = field!(
        F::new(
            "ipv6cp.opt.interface_identifier",
            Protocol,
            "Interface Identifier"
        )
        .in_proto("ipv6cp.opt.interface_identifier")
        .bytes_protocol()
    );
    pub static OPT_COMPRESS: &F = field!(
        F::new("ipv6cp.opt.compress", Protocol, "IPv6 compression")
            .in_proto("ipv6cp.opt.compress")
            .bytes_protocol()
    );

    pub static ALL: &[&F] = &[
        OPT_TYPE,
        OPT_LENGTH,
        INTERFACE_IDENTIFIER,
        OPT_INTERFACE_IDENTIFIER,
        OPT_COMPRESS,
    ];
}

pub mod pap {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static CODE: &F = field!(
        F::new("pap.code", Uint8, "Code")
            .vals(CODE_VALS)
            .blurb("The Code field is one octet and identifies the type of PAP packet")
    );
    pub static IDENTIFIER: &F = field!(
        F::new("pap.identifier", Uint8, "Identifier")
            .blurb("The Identifier field is one octet and aids in matching requests and replies.")
    );
    pub static LENGTH: &F = field!(
        F::new("pap.length", Uint16, "Length")
            .blurb("The Length field is two octets and indicates the length of the PAP packet")
    );
    pub static DATA: &F = field!(
        F::new("pap.data", None, "Data")
            .blurb("The format of the Data field is determined by the Code field")
    );
    pub static PEER_ID_LENGTH: &F =
        field!(F::new("pap.peer_id.length", Uint8, "Peer-ID-Length").blurb(
            "The Peer-ID-Length field is one octet and indicates the length of the Peer-ID field"
        ));
    pub static PEER_ID: &F = field!(F::new("pap.peer_id", String, "Peer-ID").blurb("The Peer-ID field is zero or more octets and indicates the name of the peer to be authenticated"));
    pub static PASSWORD_LENGTH: &F = field!(
        F::new("pap.password.length", Uint8, "Password-Length").blurb(
            "The Password-Length field is one octet and indicates the length of the Password field"
        )
    );
    pub static PASSWORD: &F = field!(F::new("pap.password", String, "Password").blurb("The Password field is zero or more octets and indicates the password to be used for authentication"));
    pub static MESSAGE_LENGTH: &F =
        field!(F::new("pap.message.length", Uint8, "Message-Length").blurb(
            "The Message-Length field is one octet and indicates the length of the Message field"
        ));
    pub static MESSAGE: &F = field!(F::new("pap.message", String, "Message").blurb(
        "The Message field is zero or more octets, and its contents are implementation dependent."
    ));
    pub static STUFF: &F = field!(F::new("pap.stuff", Bytes, "stuff"));

    pub static ALL: &[&F] = &[
        CODE,
        IDENTIFIER,
        LENGTH,
        DATA,
        PEER_ID_LENGTH,
        PEER_ID,
        PASSWORD_LENGTH,
        PASSWORD,
        MESSAGE_LENGTH,
        MESSAGE,
        STUFF,
    ];

    const CODE_VALS: &[(u64, &str)] = &[
        (1, "Authenticate-Request"),
        (2, "Authenticate-Ack"),
        (3, "Authenticate-Nak"),
    ];
}

pub mod chap {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static CODE: &F = field!(
        F::new("chap.code", Uint8, "Code")
            .vals(CODE_VALS)
            .blurb("CHAP code")
    );
    pub static IDENTIFIER: &F =
        field!(F::new("chap.identifier", Uint8, "Identifier").blurb("CHAP identifier"));
    pub static LENGTH: &F = field!(F::new("chap.length", Uint16, "Length").blurb("CHAP length"));
    pub static DATA: &F = field!(F::new("chap.data", None, "Data").blurb("CHAP Data"));
    pub static VALUE_SIZE: &F =
        field!(F::new("chap.value_size", Uint8, "Value Size").blurb("CHAP value size"));
    pub static VALUE: &F = field!(F::new("chap.value", Bytes, "Value").blurb("CHAP value data"));
    pub static NAME: &F = field!(F::new("chap.name", String, "Name").blurb("CHAP name"));
    pub static MESSAGE: &F =
        field!(F::new("chap.message", String, "Message").blurb("CHAP message"));
    pub static STUFF: &F = field!(F::new("chap.stuff", Bytes, "Stuff"));

    pub static ALL: &[&F] = &[
        CODE, IDENTIFIER, LENGTH, DATA, VALUE_SIZE, VALUE, NAME, MESSAGE, STUFF,
    ];

    const CODE_VALS: &[(u64, &str)] = &[
        (1, "Challenge"),
        (2, "Response"),
        (3, "Success"),
        (4, "Failure"),
    ];
}
