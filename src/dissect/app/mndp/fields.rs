//! Fields of the Mikrotik Neighbor Discovery Protocol (tshark 4.0 registry).

pub mod mndp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static HEADER_UNKNOWN: &F = field!(F::new("mndp.header.unknown", Bytes, "Header Unknown"));
    pub static HEADER_SEQNO: &F = field!(F::new("mndp.header.seqno", Uint16, "SeqNo"));
    pub static TLV_TYPE: &F = field!(F::new("mndp.tlv.type", Uint16, "TlvType"));
    pub static TLV_LENGTH: &F = field!(F::new("mndp.tlv.length", Uint16, "TlvLength"));
    pub static TLV_DATA: &F = field!(F::new("mndp.tlv.data", Bytes, "TlvData"));
    pub static MAC: &F = field!(F::new("mndp.mac", Ether, "MAC-Address"));
    pub static IDENTITY: &F = field!(F::new("mndp.identity", String, "Identity"));
    pub static VERSION: &F = field!(F::new("mndp.version", String, "Version"));
    pub static PLATFORM: &F = field!(F::new("mndp.platform", String, "Platform"));
    pub static UPTIME: &F = field!(F::new("mndp.uptime", RelativeTime, "Uptime"));
    pub static SOFTWAREID: &F = field!(F::new("mndp.softwareid", String, "Software-ID"));
    pub static BOARD: &F = field!(F::new("mndp.board", String, "Board"));
    pub static UNPACK: &F = field!(F::new("mndp.unpack", Uint8, "Unpack").vals(UNPACK_VALS));
    pub static IPV6ADDRESS: &F = field!(F::new("mndp.ipv6address", Ipv6, "IPv6-Address"));
    pub static INTERFACENAME: &F = field!(F::new("mndp.interfacename", String, "Interface name"));
    pub static IPV4ADDRESS: &F = field!(F::new("mndp.ipv4address", Ipv4, "IPv4-Address"));

    pub static ALL: &[&F] = &[
        HEADER_UNKNOWN,
        HEADER_SEQNO,
        TLV_TYPE,
        TLV_LENGTH,
        TLV_DATA,
        MAC,
        IDENTITY,
        VERSION,
        PLATFORM,
        UPTIME,
        SOFTWAREID,
        BOARD,
        UNPACK,
        IPV6ADDRESS,
        INTERFACENAME,
        IPV4ADDRESS,
    ];

    const UNPACK_VALS: &[(u64, &str)] = &[(1, "None")];
}
