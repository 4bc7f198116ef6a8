pub mod babel {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static MAGIC: &F = field!(F::new("babel.magic", Uint8, "Magic").blurb("Magic value 42"));
    pub static VERSION: &F =
        field!(F::new("babel.version", Uint8, "Version").blurb("Version of the Babel protocol"));
    pub static BODYLEN: &F = field!(F::new("babel.bodylen", Uint16, "Body Length"));
    pub static MESSAGE: &F =
        field!(F::new("babel.message", Uint8, "Message").blurb("Babel Message"));
    pub static MESSAGE_TYPE: &F =
        field!(F::new("babel.message.type", Uint8, "Message Type").vals(MESSAGE_TYPE_VALS));
    pub static MESSAGE_LENGTH: &F = field!(F::new("babel.message.length", Uint8, "Message Length"));
    pub static MESSAGE_NONCE: &F =
        field!(F::new("babel.message.nonce", Uint16, "Nonce").base(Base::Hex));
    pub static MESSAGE_INTERVAL: &F = field!(
        F::new("babel.message.interval", Uint16, "Interval").blurb("Interval (in centiseconds)")
    );
    pub static MESSAGE_SEQNO: &F =
        field!(F::new("babel.message.seqno", Uint16, "Seqno").base(Base::Hex));
    pub static MESSAGE_AE: &F =
        field!(F::new("babel.message.ae", Uint8, "Address Encoding").vals(MESSAGE_AE_VALS));
    pub static MESSAGE_PREFIX: &F = field!(F::new("babel.message.prefix", Bytes, "Raw Prefix"));
    pub static MESSAGE_RXCOST: &F = field!(
        F::new("babel.message.rxcost", Uint16, "Rxcost")
            .base(Base::Hex)
            .blurb("Rxcost (from the point of vue of the sender)")
    );
    pub static MESSAGE_ROUTERID: &F = field!(F::new("babel.message.routerid", Bytes, "Router ID"));
    pub static MESSAGE_FLAGS: &F =
        field!(F::new("babel.message.flags", Uint8, "Flags").base(Base::Hex));
    pub static MESSAGE_PLEN: &F = field!(F::new("babel.message.plen", Uint8, "Prefix Length"));
    pub static MESSAGE_OMITTED: &F = field!(
        F::new("babel.message.omitted", Uint8, "Omitted Bytes")
            .blurb("Number of bytes omitted from the prefix")
    );
    pub static MESSAGE_METRIC: &F = field!(F::new("babel.message.metric", Uint16, "Metric"));
    pub static MESSAGE_HOPCOUNT: &F = field!(F::new("babel.message.hopcount", Uint8, "Hop Count"));
    pub static MESSAGE_INDEX: &F = field!(F::new("babel.message.index", Uint32, "Index"));
    pub static SUBTLV: &F = field!(F::new("babel.subtlv", Uint8, "Sub-TLV").blurb("Babel Sub-TLV"));
    pub static SUBTLV_TYPE: &F =
        field!(F::new("babel.subtlv.type", Uint8, "Sub-TLV Type").vals(SUBTLV_TYPE_VALS));
    pub static SUBTLV_LENGTH: &F =
        field!(F::new("babel.subtlv.length", Uint8, "Sub-TLV Length").vals(SUBTLV_TYPE_VALS));
    pub static SUBTLV_DIVERSITY_CHANNEL: &F =
        field!(F::new("babel.subtlv.diversity.channel", Uint8, "Channel"));

    /// The text tshark's tree shows for an address or prefix (`Address:`
    /// of an IHU, `NH:`, `Prefix:` of an Update or a request), which is
    /// no field of tshark's: an Update's prefix is rebuilt from the
    /// compressed prefixes before it in the packet, as tshark does.
    pub static OSIDUMP_PREFIX: &F = field!(
        F::new(
            "osidump.babel.prefix",
            String,
            "Address or prefix (as shown)"
        )
        .blurb("The address or prefix tshark's tree shows for this message")
    );
    /// What tshark writes in the Info column for this packet.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.babel.info", String, "Info")
            .blurb("The Info column's text for this packet")
    );

    pub static ALL: &[&F] = &[
        MAGIC,
        VERSION,
        BODYLEN,
        MESSAGE,
        MESSAGE_TYPE,
        MESSAGE_LENGTH,
        MESSAGE_NONCE,
        MESSAGE_INTERVAL,
        MESSAGE_SEQNO,
        MESSAGE_AE,
        MESSAGE_PREFIX,
        MESSAGE_RXCOST,
        MESSAGE_ROUTERID,
        MESSAGE_FLAGS,
        MESSAGE_PLEN,
        MESSAGE_OMITTED,
        MESSAGE_METRIC,
        MESSAGE_HOPCOUNT,
        MESSAGE_INDEX,
        SUBTLV,
        SUBTLV_TYPE,
        SUBTLV_LENGTH,
        SUBTLV_DIVERSITY_CHANNEL,
        OSIDUMP_PREFIX,
        OSIDUMP_INFO,
    ];

    const MESSAGE_TYPE_VALS: &[(u64, &str)] = &[
        (0, "pad1"),
        (1, "padn"),
        (2, "ack-req"),
        (3, "ack"),
        (4, "hello"),
        (5, "ihu"),
        (6, "router-id"),
        (7, "nh"),
        (8, "update"),
        (9, "request"),
        (10, "mh-request"),
        (11, "ts/pc (obsolete)"),
        (12, "hmac"),
        (13, "source-specific-update"),
        (14, "source-specific-req"),
        (15, "source-specific-seqno"),
        (16, "hmac"),
        (17, "pc"),
        (18, "challenge-request"),
        (19, "challenge-reply"),
    ];

    const MESSAGE_AE_VALS: &[(u64, &str)] = &[
        (0, "Wildcard"),
        (1, "IPv4"),
        (2, "IPv6"),
        (3, "Link-Local IPv6"),
    ];

    const SUBTLV_TYPE_VALS: &[(u64, &str)] = &[
        (0, "sub-pad1"),
        (1, "sub-padn"),
        (2, "diversity"),
        (3, "timestamp"),
    ];
}
