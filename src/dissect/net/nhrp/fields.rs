//! NHRP's fields, generated from tshark 4.0.17's registry by
//! `scripts/gen-fields.py nhrp ...` (every `nhrp.*` field), plus the Info
//! column's text.

pub mod nhrp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static HDR_AFN: &F = field!(
        F::new("nhrp.hdr.afn", Uint16, "Address Family Number")
            .base(Base::HexDec)
            .vals(HDR_AFN_VALS)
    );
    pub static HDR_PRO_TYPE: &F = field!(
        F::new("nhrp.hdr.pro.type", Uint16, "Protocol Type (short form)").base(Base::HexDec)
    );
    pub static HDR_PRO_SNAP_OUI: &F = field!(
        F::new(
            "nhrp.hdr.pro.snap.oui",
            Uint24,
            "Protocol Type (long form) - OUI"
        )
        .base(Base::Oui)
    );
    pub static HDR_PRO_SNAP_PID: &F = field!(
        F::new(
            "nhrp.hdr.pro.snap.pid",
            Uint16,
            "Protocol Type (long form) - PID"
        )
        .base(Base::Hex)
    );
    pub static HDR_HOPCNT: &F = field!(F::new("nhrp.hdr.hopcnt", Uint8, "Hop Count"));
    pub static HDR_PKTSZ: &F = field!(F::new("nhrp.hdr.pktsz", Uint16, "Packet Length"));
    pub static HDR_CHKSUM: &F =
        field!(F::new("nhrp.hdr.chksum", Uint16, "NHRP Packet Checksum").base(Base::Hex));
    pub static HDR_CHKSUM_STATUS: &F = field!(
        F::new(
            "nhrp.hdr.chksum.status",
            Uint8,
            "NHRP Packet Checksum Status"
        )
        .base(Base::None)
        .vals(HDR_CHKSUM_STATUS_VALS)
    );
    pub static HDR_EXTOFF: &F = field!(F::new("nhrp.hdr.extoff", Uint16, "Extension Offset"));
    pub static HDR_VERSION: &F = field!(F::new("nhrp.hdr.version", Uint8, "Version"));
    pub static HDR_OP_TYPE: &F =
        field!(F::new("nhrp.hdr.op.type", Uint8, "NHRP Packet Type").vals(HDR_OP_TYPE_VALS));
    pub static HDR_SHTL: &F = field!(F::new("nhrp.hdr.shtl", Uint8, "Source Address Type/Len"));
    pub static HDR_SHTL_TYPE: &F = field!(
        F::new("nhrp.hdr.shtl.type", Uint8, "Type")
            .mask(0x40)
            .vals(HDR_SHTL_TYPE_VALS)
    );
    pub static HDR_SHTL_LEN: &F = field!(F::new("nhrp.hdr.shtl.len", Uint8, "Length").mask(0x3f));
    pub static HDR_SSTL: &F = field!(F::new("nhrp.hdr.sstl", Uint8, "Source SubAddress Type/Len"));
    pub static HDR_SSTL_TYPE: &F = field!(
        F::new("nhrp.hdr.sstl.type", Uint8, "Type")
            .mask(0x40)
            .vals(HDR_SHTL_TYPE_VALS)
    );
    pub static HDR_SSTL_LEN: &F = field!(F::new("nhrp.hdr.sstl.len", Uint8, "Length").mask(0x3f));
    pub static SRC_PROT_LEN: &F =
        field!(F::new("nhrp.src.prot.len", Uint16, "Source Protocol Len"));
    pub static DST_PROT_LEN: &F = field!(F::new(
        "nhrp.dst.prot.len",
        Uint16,
        "Destination Protocol Len"
    ));
    pub static FLAGS: &F = field!(F::new("nhrp.flags", Uint16, "Flags").base(Base::Hex));
    pub static FLAG_Q: &F = field!(
        F::new("nhrp.flag.q", Boolean, "Is Router")
            .base(Base::Bits(16))
            .mask(0x8000)
    );
    pub static FLAG_N: &F = field!(
        F::new("nhrp.flag.n", Boolean, "Expected Purge Reply")
            .base(Base::Bits(16))
            .mask(0x8000)
    );
    pub static FLAG_A: &F = field!(
        F::new("nhrp.flag.a", Boolean, "Authoritative")
            .base(Base::Bits(16))
            .mask(0x4000)
            .blurb("A bit")
    );
    pub static FLAG_D: &F = field!(
        F::new("nhrp.flag.d", Boolean, "Stable Association")
            .base(Base::Bits(16))
            .mask(0x2000)
            .blurb("D bit")
    );
    pub static FLAG_U: &F = field!(
        F::new("nhrp.flag.u", Boolean, "Uniqueness Bit")
            .base(Base::Bits(16))
            .mask(0x1000)
            .blurb("U bit")
    );
    pub static FLAG_S: &F = field!(
        F::new("nhrp.flag.s", Boolean, "Stable Binding")
            .base(Base::Bits(16))
            .mask(0x800)
            .blurb("S bit")
    );
    pub static FLAG_NAT: &F = field!(
        F::new("nhrp.flag.nat", Boolean, "Cisco NAT Supported")
            .base(Base::Bits(16))
            .mask(0x2)
            .blurb("NAT bit")
    );
    pub static REQID: &F = field!(F::new("nhrp.reqid", Uint32, "Request ID").base(Base::HexDec));
    pub static SRC_NBMA_ADDR: &F =
        field!(F::new("nhrp.src.nbma.addr", Ipv4, "Source NBMA Address"));
    pub static SRC_NBMA_SADDR: &F = field!(F::new(
        "nhrp.src.nbma.saddr",
        Bytes,
        "Source NBMA Sub Address"
    ));
    pub static SRC_PROT_ADDR: &F = field!(F::new(
        "nhrp.src.prot.addr",
        Ipv4,
        "Source Protocol Address"
    ));
    pub static DST_PROT_ADDR: &F = field!(F::new(
        "nhrp.dst.prot.addr",
        Ipv4,
        "Destination Protocol Address"
    ));
    pub static CODE: &F = field!(F::new("nhrp.code", Uint8, "Code").vals(CODE_VALS));
    pub static PREFIX: &F = field!(F::new("nhrp.prefix", Uint8, "Prefix Length"));
    pub static UNUSED: &F = field!(F::new("nhrp.unused", Uint16, "Unused"));
    pub static MTU: &F = field!(F::new("nhrp.mtu", Uint16, "Max Transmission Unit"));
    pub static HTIME: &F = field!(F::new("nhrp.htime", Uint16, "Holding Time (s)"));
    pub static CLI_ADDR_TL: &F =
        field!(F::new("nhrp.cli.addr_tl", Uint8, "Client Address Type/Len"));
    pub static CLI_ADDR_TL_TYPE: &F = field!(
        F::new("nhrp.cli.addr_tl.type", Uint8, "Type")
            .mask(0x40)
            .vals(HDR_SHTL_TYPE_VALS)
    );
    pub static CLI_ADDR_TL_LEN: &F =
        field!(F::new("nhrp.cli.addr_tl.len", Uint8, "Length").mask(0x3f));
    pub static CLI_SADDR_TL: &F = field!(F::new(
        "nhrp.cli.saddr_tl",
        Uint8,
        "Client Sub Address Type/Len"
    ));
    pub static CLI_SADDR_TL_TYPE: &F = field!(
        F::new("nhrp.cli.saddr_tl.type", Uint8, "Type")
            .mask(0x40)
            .vals(HDR_SHTL_TYPE_VALS)
    );
    pub static CLI_SADDR_TL_LEN: &F =
        field!(F::new("nhrp.cli.saddr_tl.len", Uint8, "Length").mask(0x3f));
    pub static PROT_LEN: &F = field!(F::new("nhrp.prot.len", Uint8, "Client Protocol Length"));
    pub static PREF: &F = field!(F::new("nhrp.pref", Uint8, "CIE Preference Value"));
    pub static CLIENT_NBMA_ADDR: &F =
        field!(F::new("nhrp.client.nbma.addr", Ipv4, "Client NBMA Address"));
    pub static CLIENT_NBMA_SADDR: &F = field!(F::new(
        "nhrp.client.nbma.saddr",
        Bytes,
        "Client NBMA Sub Address"
    ));
    pub static CLIENT_PROT_ADDR: &F = field!(F::new(
        "nhrp.client.prot.addr",
        Ipv4,
        "Client Protocol Address"
    ));
    pub static EXT_C: &F = field!(
        F::new("nhrp.ext.c", Boolean, "Compulsory Flag")
            .base(Base::Bits(16))
            .mask(0x8000)
    );
    pub static EXT_TYPE: &F = field!(
        F::new("nhrp.ext.type", Uint16, "Extension Type")
            .base(Base::Hex)
            .mask(0x3fff)
    );
    pub static EXT_LEN: &F = field!(F::new("nhrp.ext.len", Uint16, "Extension length"));
    pub static ERR_CODE: &F =
        field!(F::new("nhrp.err.code", Uint16, "Error Code").vals(ERR_CODE_VALS));
    pub static ERR_OFFSET: &F = field!(F::new("nhrp.err.offset", Uint16, "Error Offset"));
    pub static AUTH_EXT_RESERVED: &F = field!(F::new("nhrp.auth_ext.reserved", Uint16, "Reserved"));
    pub static AUTH_EXT_SPI: &F =
        field!(F::new("nhrp.auth_ext.spi", Uint16, "SPI").blurb("Security Parameter Index"));
    pub static AUTH_EXT_SRC_ADDR: &F =
        field!(F::new("nhrp.auth_ext.src_addr", Ipv4, "Source Address"));
    pub static VENDOR_EXT_ID: &F = field!(F::new("nhrp.vendor_ext.id", Uint24, "Vendor ID"));
    pub static DEVCAP_EXT_SRCCAP: &F =
        field!(F::new("nhrp.devcap_ext.srccap", Uint32, "Source Capabilities").base(Base::Hex));
    pub static DEVCAP_EXT_SRCCAP_V: &F = field!(
        F::new("nhrp.devcap_ext.srccap.V", Boolean, "VPN-aware")
            .base(Base::Bits(32))
            .mask(0x1)
    );
    pub static DEVCAP_EXT_DSTCAP: &F = field!(
        F::new("nhrp.devcap_ext.dstcap", Uint32, "Destination Capabilities").base(Base::Hex)
    );
    pub static DEVCAP_EXT_DSTCAP_V: &F = field!(
        F::new("nhrp.devcap_ext.dstcap.V", Boolean, "VPN-aware")
            .base(Base::Bits(32))
            .mask(0x1)
    );
    pub static UNKNOWN_EXT_VALUE: &F =
        field!(F::new("nhrp.unknown_ext.value", Bytes, "Extension Value"));
    pub static PROTOCOL_TYPE: &F = field!(F::new(
        "nhrp.protocol_type",
        Bytes,
        "Protocol Type (long form)"
    ));
    pub static CLIENT_NBMA_ADDR_BYTES: &F = field!(F::new(
        "nhrp.client.nbma.addr_bytes",
        Bytes,
        "Client NBMA Address"
    ));
    pub static CLIENT_PROT_ADDR_BYTES: &F = field!(F::new(
        "nhrp.client.prot.addr_bytes",
        Bytes,
        "Client Protocol Address"
    ));
    pub static SRC_NBMA_ADDR_BYTES: &F = field!(F::new(
        "nhrp.src.nbma.addr_bytes",
        Bytes,
        "Source NBMA Address"
    ));
    pub static SRC_PROT_ADDR_BYTES: &F = field!(F::new(
        "nhrp.src.prot.addr_bytes",
        Bytes,
        "Source Protocol Address"
    ));
    pub static DST_PROT_ADDR_BYETS: &F = field!(F::new(
        "nhrp.dst.prot.addr_byets",
        Bytes,
        "Destination Protocol Address"
    ));
    pub static AUTH_EXT_SRC_ADDR_BYTES: &F = field!(F::new(
        "nhrp.auth_ext.src_addr_bytes",
        Bytes,
        "Source Address"
    ));
    pub static AUTH_EXT_DATA: &F = field!(F::new("nhrp.auth_ext.data", Bytes, "Data"));
    pub static VENDOR_EXT_DATA: &F = field!(F::new("nhrp.vendor_ext.data", Bytes, "Data"));
    pub static HDR_PKTSZ_INVALID: &F = field!(F::new(
        "nhrp.hdr.pktsz.invalid",
        None,
        "Packet length is less than the fixed header length"
    ));
    pub static HDR_EXTOFF_INVALID: &F = field!(F::new(
        "nhrp.hdr.extoff.invalid",
        None,
        "Extension offset is less than the fixed header length or larger than the packet size"
    ));
    pub static HDR_BAD_CHECKSUM: &F = field!(F::new("nhrp.hdr.bad_checksum", None, "Bad checksum"));
    pub static EXT_NOT_ALLOWED: &F = field!(F::new(
        "nhrp.ext.not_allowed",
        None,
        "Extensions not allowed per RFC2332 section 5.2.7"
    ));
    pub static EXT_MALFORMED: &F = field!(F::new(
        "nhrp.ext.malformed",
        None,
        "Incomplete Authentication Extension"
    ));
    pub static EXT_EXTRA: &F = field!(F::new(
        "nhrp.ext.extra",
        None,
        "Superfluous data follows End Extension"
    ));

    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.nhrp.info", String, "Info").blurb("The Info column's text for this packet")
    );

    pub static ALL: &[&F] = &[
        HDR_AFN,
        HDR_PRO_TYPE,
        HDR_PRO_SNAP_OUI,
        HDR_PRO_SNAP_PID,
        HDR_HOPCNT,
        HDR_PKTSZ,
        HDR_CHKSUM,
        HDR_CHKSUM_STATUS,
        HDR_EXTOFF,
        HDR_VERSION,
        HDR_OP_TYPE,
        HDR_SHTL,
        HDR_SHTL_TYPE,
        HDR_SHTL_LEN,
        HDR_SSTL,
        HDR_SSTL_TYPE,
        HDR_SSTL_LEN,
        SRC_PROT_LEN,
        DST_PROT_LEN,
        FLAGS,
        FLAG_Q,
        FLAG_N,
        FLAG_A,
        FLAG_D,
        FLAG_U,
        FLAG_S,
        FLAG_NAT,
        REQID,
        SRC_NBMA_ADDR,
        SRC_NBMA_SADDR,
        SRC_PROT_ADDR,
        DST_PROT_ADDR,
        CODE,
        PREFIX,
        UNUSED,
        MTU,
        HTIME,
        CLI_ADDR_TL,
        CLI_ADDR_TL_TYPE,
        CLI_ADDR_TL_LEN,
        CLI_SADDR_TL,
        CLI_SADDR_TL_TYPE,
        CLI_SADDR_TL_LEN,
        PROT_LEN,
        PREF,
        CLIENT_NBMA_ADDR,
        CLIENT_NBMA_SADDR,
        CLIENT_PROT_ADDR,
        EXT_C,
        EXT_TYPE,
        EXT_LEN,
        ERR_CODE,
        ERR_OFFSET,
        AUTH_EXT_RESERVED,
        AUTH_EXT_SPI,
        AUTH_EXT_SRC_ADDR,
        VENDOR_EXT_ID,
        DEVCAP_EXT_SRCCAP,
        DEVCAP_EXT_SRCCAP_V,
        DEVCAP_EXT_DSTCAP,
        DEVCAP_EXT_DSTCAP_V,
        UNKNOWN_EXT_VALUE,
        PROTOCOL_TYPE,
        CLIENT_NBMA_ADDR_BYTES,
        CLIENT_PROT_ADDR_BYTES,
        SRC_NBMA_ADDR_BYTES,
        SRC_PROT_ADDR_BYTES,
        DST_PROT_ADDR_BYETS,
        AUTH_EXT_SRC_ADDR_BYTES,
        AUTH_EXT_DATA,
        VENDOR_EXT_DATA,
        HDR_PKTSZ_INVALID,
        HDR_EXTOFF_INVALID,
        HDR_BAD_CHECKSUM,
        EXT_NOT_ALLOWED,
        EXT_MALFORMED,
        EXT_EXTRA,
        OSIDUMP_INFO,
    ];

    const HDR_AFN_VALS: &[(u64, &str)] = &[
        (0x0, "Reserved"),
        (0x1, "IPv4"),
        (0x2, "IPv6"),
        (0x3, "NSAP"),
        (0x4, "HDLC (8-bit multidrop)"),
        (0x5, "BBN 1822"),
        (0x6, "802 (includes all 802 media plus Ethernet)"),
        (0x7, "E.163"),
        (0x8, "E.164 (SMDS, Frame Relay, ATM)"),
        (0x9, "F.69 (Telex)"),
        (0xa, "X.121 (X.25, Frame Relay)"),
        (0xb, "IPX"),
        (0xc, "Appletalk"),
        (0xd, "Decnet IV"),
        (0xe, "Banyan Vines"),
        (0xf, "E.164 with NSAP subaddress"),
        (0x10, "DNS (Domain Name System)"),
        (0x11, "Distinguished Name"),
        (0x12, "AS Number"),
        (0x13, "XTP over IP version 4"),
        (0x14, "XTP over IP version 6"),
        (0x15, "XTP native mode XTP"),
        (0x16, "Fibre Channel World-Wide Port Name"),
        (0x17, "Fibre Channel World-Wide Node Name"),
        (0x18, "GWID"),
        (0x19, "Layer-2 VPN"),
        (0x1a, "MPLS-TP Section Endpoint Identifier"),
        (0x1b, "MPLS-TP LSP Endpoint Identifier"),
        (0x1c, "MPLS-TP Pseudowire Endpoint Identifier"),
        (0x1d, "MT IP: Multi-Topology IP version 4"),
        (0x1e, "MT IPv6: Multi-Topology IP version 6"),
        (0xc4, "Layer-2 VPN (old)"),
        (0x4000, "EIGRP Common Service Family"),
        (0x4001, "EIGRP IPv4 Service Family"),
        (0x4002, "EIGRP IPv6 Service Family"),
        (0x4003, "LISP Canonical Address Format (LCAF)"),
        (0x4004, "BGP-LS"),
        (0x4005, "48-bit MAC Address"),
        (0x4006, "64-bit MAC Address"),
        (0x4007, "OUI"),
        (0x4008, "MAC/24"),
        (0x4009, "MAC/40"),
        (0x400a, "IPv6/64"),
        (0x400b, "RBridge Port ID"),
        (0x400c, "TRILL Nickname"),
        (0xffff, "Reserved"),
    ];

    const HDR_CHKSUM_STATUS_VALS: &[(u64, &str)] = &[
        (0, "Bad"),
        (1, "Good"),
        (2, "Unverified"),
        (3, "Not present"),
        (4, "Illegal"),
    ];

    const HDR_OP_TYPE_VALS: &[(u64, &str)] = &[
        (1, "NHRP Resolution Request"),
        (2, "NHRP Resolution Reply"),
        (3, "NHRP Registration Request"),
        (4, "NHRP Registration Reply"),
        (5, "NHRP Purge Request"),
        (6, "NHRP Purge Reply"),
        (7, "NHRP Error Indication"),
        (8, "NHRP Traffic Indication"),
    ];

    const HDR_SHTL_TYPE_VALS: &[(u64, &str)] = &[(0, "NSAP format"), (1, "Native E.164 format")];

    const CODE_VALS: &[(u64, &str)] = &[
        (0, "Success"),
        (4, "Administratively Prohibited"),
        (5, "Insufficient Resources"),
        (
            12,
            "No Interworking Layer Address to NBMA Address Binding Exists",
        ),
        (13, "Binding Exists But Is Not Unique"),
        (
            14,
            "Unique Internetworking Layer Address Already Registered",
        ),
    ];

    const ERR_CODE_VALS: &[(u64, &str)] = &[
        (1, "Unrecognized Extension"),
        (3, "NHRP Loop Detected"),
        (6, "Protocol Address Unreachable"),
        (7, "Protocol Error"),
        (8, "NHRP SDU Size Exceeded"),
        (9, "Invalid Extension"),
        (10, "Invalid NHRP Resolution Reply Received"),
        (11, "Authentication Failure"),
        (15, "Hop Count Exceeded"),
        (16, "VPN Mismatch"),
        (17, "VPN Unsupported"),
    ];
}
