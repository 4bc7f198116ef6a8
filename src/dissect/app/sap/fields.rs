//! Fields of the Session Announcement Protocol (tshark 4.0 registry).

pub mod sap {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static FLAGS: &F = field!(
        F::new("sap.flags", Uint8, "Flags")
            .base(Base::Hex)
            .blurb("Bits in the beginning of the SAP header")
    );
    pub static FLAGS_V: &F = field!(
        F::new("sap.flags.v", Uint8, "Version Number")
            .mask(0xe0)
            .vals(FLAGS_V_VALS)
            .blurb("3 bit version field in the SAP header")
    );
    pub static FLAGS_A: &F = field!(
        F::new("sap.flags.a", Boolean, "Address Type")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("IPv6", "IPv4")
            .blurb("Originating source address type")
    );
    pub static FLAGS_R: &F = field!(
        F::new("sap.flags.r", Boolean, "Reserved")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static FLAGS_T: &F = field!(
        F::new("sap.flags.t", Boolean, "Message Type")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Deletion", "Announcement")
            .blurb("Announcement type")
    );
    pub static FLAGS_E: &F = field!(
        F::new("sap.flags.e", Boolean, "Encryption Bit")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Payload encrypted", "Payload not encrypted")
    );
    pub static FLAGS_C: &F = field!(
        F::new("sap.flags.c", Boolean, "Compression Bit")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Payload compressed", "Payload not compressed")
    );
    pub static AUTH: &F = field!(F::new("sap.auth", None, "Authentication data"));
    pub static AUTH_FLAGS: &F =
        field!(F::new("sap.auth.flags", Uint8, "Authentication data flags").base(Base::Hex));
    pub static AUTH_FLAGS_V: &F = field!(
        F::new("sap.auth.flags.v", Uint8, "Version Number")
            .mask(0xe0)
            .vals(AUTH_FLAGS_V_VALS)
    );
    pub static AUTH_FLAGS_P: &F = field!(
        F::new("sap.auth.flags.p", Boolean, "Padding Bit")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs(
                "Authentication subheader padded to 32 bits",
                "No padding required for the authentication subheader"
            )
    );
    pub static AUTH_FLAGS_T: &F = field!(
        F::new("sap.auth.flags.t", Uint8, "Authentication Type")
            .mask(0xf)
            .vals(AUTH_FLAGS_T_VALS)
    );
    pub static AUTH_LEN: &F = field!(F::new("sap.auth.len", Uint8, "Authentication Length"));
    pub static MESSAGE_IDENTIFIER_HASH: &F = field!(
        F::new(
            "sap.message_identifier_hash",
            Uint16,
            "Message Identifier Hash"
        )
        .base(Base::Hex)
    );
    pub static ORIGINATING_SOURCE: &F =
        field!(F::new("sap.originating_source", Ipv4, "Originating Source"));
    pub static ORIGINATING_SOURCE_IPV6: &F = field!(F::new(
        "sap.originating_source.ipv6",
        Ipv6,
        "Originating Source"
    ));
    pub static AUTH_SUBHEADER: &F = field!(F::new(
        "sap.auth.subheader",
        Bytes,
        "Authentication subheader"
    ));
    pub static AUTH_DATA_PADDING: &F = field!(F::new(
        "sap.auth.data_padding",
        Bytes,
        "Authentication data padding"
    ));
    pub static AUTH_DATA_PADDING_LEN: &F = field!(F::new(
        "sap.auth.data_padding.len",
        Uint8,
        "Authentication data pad count (bytes)"
    ));
    pub static PAYLOAD_TYPE: &F = field!(F::new("sap.payload_type", String, "Payload type"));
    pub static COMPRESSED_AND_ENCRYPTED: &F = field!(F::new(
        "sap.compressed_and_encrypted",
        None,
        "The rest of the packet is compressed and encrypted"
    ));
    pub static ENCRYPTED: &F = field!(F::new(
        "sap.encrypted",
        None,
        "The rest of the packet is encrypted"
    ));
    pub static COMPRESSED: &F = field!(F::new(
        "sap.compressed",
        None,
        "The rest of the packet is compressed"
    ));
    pub static BOGUS_AUTHENTICATION_OR_PAD_LENGTH: &F = field!(F::new(
        "sap.bogus_authentication_or_pad_length",
        None,
        "Bogus authentication length"
    ));

    pub static ALL: &[&F] = &[
        FLAGS,
        FLAGS_V,
        FLAGS_A,
        FLAGS_R,
        FLAGS_T,
        FLAGS_E,
        FLAGS_C,
        AUTH,
        AUTH_FLAGS,
        AUTH_FLAGS_V,
        AUTH_FLAGS_P,
        AUTH_FLAGS_T,
        AUTH_LEN,
        MESSAGE_IDENTIFIER_HASH,
        ORIGINATING_SOURCE,
        ORIGINATING_SOURCE_IPV6,
        AUTH_SUBHEADER,
        AUTH_DATA_PADDING,
        AUTH_DATA_PADDING_LEN,
        PAYLOAD_TYPE,
        COMPRESSED_AND_ENCRYPTED,
        ENCRYPTED,
        COMPRESSED,
        BOGUS_AUTHENTICATION_OR_PAD_LENGTH,
    ];

    const FLAGS_V_VALS: &[(u64, &str)] = &[(0, "SAPv0"), (1, "SAPv1 or later")];

    const AUTH_FLAGS_V_VALS: &[(u64, &str)] = &[(1, "SAP authentication header v1")];

    const AUTH_FLAGS_T_VALS: &[(u64, &str)] = &[(0, "PGP"), (1, "CMS")];
}
