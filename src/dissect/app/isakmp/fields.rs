pub mod isakmp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static ISAKMP: &F = field!(F::new(
        "isakmp",
        Protocol,
        "Internet Security Association and Key Management Protocol"
    ));
    pub static ISPI: &F =
        field!(F::new("isakmp.ispi", Bytes, "Initiator SPI").blurb("ISAKMP Initiator SPI"));
    pub static RSPI: &F =
        field!(F::new("isakmp.rspi", Bytes, "Responder SPI").blurb("ISAKMP Responder SPI"));
    pub static NEXTPAYLOAD: &F = field!(
        F::new("isakmp.nextpayload", Uint8, "Next payload")
            .names(Names::Ranges(NEXTPAYLOAD_RANGES))
            .blurb("ISAKMP Next Payload")
    );
    pub static VERSION: &F = field!(
        F::new("isakmp.version", Uint8, "Version")
            .base(Base::Hex)
            .blurb("ISAKMP Version (major + minor)")
    );
    pub static MJVER: &F = field!(
        F::new("isakmp.mjver", Uint8, "MjVer")
            .base(Base::Hex)
            .mask(0xf0)
            .blurb("ISAKMP MjVer")
    );
    pub static MNVER: &F = field!(
        F::new("isakmp.mnver", Uint8, "MnVer")
            .base(Base::Hex)
            .mask(0xf)
            .blurb("ISAKMP MnVer")
    );
    pub static EXCHANGETYPE: &F = field!(
        F::new("isakmp.exchangetype", Uint8, "Exchange type")
            .vals(EXCHANGETYPE_VALS)
            .blurb("ISAKMP Exchange Type")
    );
    pub static FLAGS: &F = field!(
        F::new("isakmp.flags", Uint8, "Flags")
            .base(Base::Hex)
            .blurb("ISAKMP Flags")
    );
    pub static FLAG_E: &F = field!(
        F::new("isakmp.flag_e", Boolean, "Encryption")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Encrypted", "Not encrypted")
            .blurb("Encryption Bit")
    );
    pub static FLAG_C: &F = field!(
        F::new("isakmp.flag_c", Boolean, "Commit")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Commit", "No commit")
            .blurb("Commit Bit")
    );
    pub static FLAG_A: &F = field!(
        F::new("isakmp.flag_a", Boolean, "Authentication")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Authentication", "No authentication")
            .blurb("Authentication Bit")
    );
    pub static FLAG_I: &F = field!(
        F::new("isakmp.flag_i", Boolean, "Initiator")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Initiator", "Responder")
            .blurb("Initiator Bit")
    );
    pub static FLAG_V: &F = field!(
        F::new("isakmp.flag_v", Boolean, "Version")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("A higher version enabled", "No higher version")
            .blurb("Version Bit")
    );
    pub static FLAG_R: &F = field!(
        F::new("isakmp.flag_r", Boolean, "Response")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Response", "Request")
            .blurb("Response Bit")
    );
    pub static MESSAGEID: &F = field!(
        F::new("isakmp.messageid", Uint32, "Message ID")
            .base(Base::Hex)
            .blurb("ISAKMP Message ID")
    );
    pub static LENGTH: &F =
        field!(F::new("isakmp.length", Uint32, "Length").blurb("ISAKMP Length"));
    pub static IKE_NAT_KEEPALIVE: &F = field!(
        F::new("isakmp.ike.nat_keepalive", None, "NAT Keepalive").blurb("NAT Keepalive packet")
    );
    pub static TYPEPAYLOAD: &F = field!(
        F::new("isakmp.typepayload", Uint8, "Payload")
            .names(Names::Ranges(NEXTPAYLOAD_RANGES))
            .blurb("ISAKMP Payload Type")
    );
    pub static CRITICALPAYLOAD: &F = field!(
        F::new("isakmp.criticalpayload", Boolean, "Critical Bit")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Critical", "Not critical")
            .blurb("IKEv2 Critical Payload")
    );
    pub static RESERVED7: &F = field!(
        F::new("isakmp.reserved7", Uint8, "Reserved")
            .base(Base::Hex)
            .mask(0x7f)
    );
    pub static RESERVED: &F = field!(F::new("isakmp.reserved", Bytes, "Reserved"));
    pub static PAYLOADLENGTH: &F = field!(
        F::new("isakmp.payloadlength", Uint16, "Payload length").blurb("ISAKMP Payload Length")
    );
    pub static EXTRADATA: &F =
        field!(F::new("isakmp.extradata", Bytes, "Extra data").blurb("Extra data ??????"));
    pub static DATAPAYLOAD: &F = field!(
        F::new("isakmp.datapayload", Bytes, "Data Payload").blurb("Data Payload (not dissect)")
    );
    pub static SA_DOI: &F = field!(
        F::new("isakmp.sa.doi", Uint32, "Domain of interpretation")
            .vals(SA_DOI_VALS)
            .blurb("ISAKMP Domain of Interpretation")
    );
    pub static SA_SITUATION: &F =
        field!(F::new("isakmp.sa.situation", Bytes, "Situation").blurb("ISAKMP SA Situation"));
    pub static SA_SITUATION_IDENTITY_ONLY: &F = field!(F::new("isakmp.sa.situation.identity_only", Boolean, "Identity Only").base(Base::Bits(32)).mask(0x1).blurb("The type specifies that the SA will be identified by source identity information present in an associated Identification Payload"));
    pub static SA_SITUATION_SECRECY: &F = field!(F::new("isakmp.sa.situation.secrecy", Boolean, "Secrecy").base(Base::Bits(32)).mask(0x2).blurb("The type specifies that the SA is being negotiated in an environment that requires labeled secrecy."));
    pub static SA_SITUATION_INTEGRITY: &F = field!(F::new("isakmp.sa.situation.integrity", Boolean, "Integrity").base(Base::Bits(32)).mask(0x4).blurb("The type specifies that the SA is being negotiated in an environment that requires labeled integrity"));
    pub static SA_NEXT_ATTRIBUTE_PAYLOAD: &F = field!(
        F::new(
            "isakmp.sa.next_attribute_payload",
            Bytes,
            "SA Attribute Next Payload"
        )
        .blurb(
            "Payloads that define specific security association attributes for the KEK and/or TEKs"
        )
    );
    pub static RESERVED2: &F = field!(F::new("isakmp.reserved2", Bytes, "Reserved2"));
    pub static PROP_NUMBER: &F = field!(
        F::new("isakmp.prop.number", Uint8, "Proposal number").blurb("ISAKMP Proposal Number")
    );
    pub static PROP_PROTOID: &F = field!(
        F::new("isakmp.prop.protoid", Uint32, "Protocol ID")
            .vals(PROP_PROTOID_VALS)
            .blurb("ISAKMP Proposal Protocol ID")
    );
    pub static SPISIZE: &F = field!(F::new("isakmp.spisize", Uint8, "SPI Size"));
    pub static PROP_TRANSFORMS: &F = field!(
        F::new("isakmp.prop.transforms", Uint8, "Proposal transforms")
            .blurb("ISAKMP Proposal Transforms")
    );
    pub static SPI: &F = field!(F::new("isakmp.spi", Bytes, "SPI"));
    pub static TRANS_NUMBER: &F = field!(
        F::new("isakmp.trans.number", Uint8, "Transform number").blurb("ISAKMP Transform Number")
    );
    pub static TRANS_ID: &F =
        field!(F::new("isakmp.trans.id", Uint8, "Transform ID").blurb("ISAKMP Transform ID"));
    pub static TF_TYPE: &F = field!(
        F::new("isakmp.tf.type", Uint8, "Transform Type").names(Names::Ranges(TF_TYPE_RANGES))
    );
    pub static TF_ID_ENCR: &F =
        field!(F::new("isakmp.tf.id.encr", Uint16, "Transform ID (ENCR)").vals(TF_ID_ENCR_VALS));
    pub static TF_ID_PRF: &F =
        field!(F::new("isakmp.tf.id.prf", Uint16, "Transform ID (PRF)").vals(TF_ID_PRF_VALS));
    pub static TF_ID_INTEG: &F =
        field!(F::new("isakmp.tf.id.integ", Uint16, "Transform ID (INTEG)").vals(TF_ID_INTEG_VALS));
    pub static TF_ID_DH: &F =
        field!(F::new("isakmp.tf.id.dh", Uint16, "Transform ID (D-H)").vals(TF_ID_DH_VALS));
    pub static TF_ID_ESN: &F =
        field!(F::new("isakmp.tf.id.esn", Uint16, "Transform ID (ESN)").vals(TF_ID_ESN_VALS));
    pub static TF_ID: &F = field!(F::new("isakmp.tf.id", Uint16, "Transform ID"));
    pub static IKE_ATTR: &F = field!(F::new("isakmp.ike.attr", None, "IKE Attribute"));
    pub static IKE_ATTR_TYPE: &F = field!(
        F::new("isakmp.ike.attr.type", Uint16, "Type")
            .names(Names::Ranges(IKE_ATTR_TYPE_RANGES))
            .blurb("IKEv1 Attribute type")
    );
    pub static IKE_ATTR_FORMAT: &F = field!(
        F::new("isakmp.ike.attr.format", Boolean, "Format")
            .base(Base::Bits(16))
            .mask(0x8000)
            .tfs("Type/Value (TV)", "Type/Length/Value (TLV)")
            .blurb("IKEv1 Attribute format")
    );
    pub static IKE_ATTR_LENGTH: &F =
        field!(F::new("isakmp.ike.attr.length", Uint16, "Length").blurb("IKEv1 Attribute length"));
    pub static IKE_ATTR_VALUE: &F =
        field!(F::new("isakmp.ike.attr.value", Bytes, "Value").blurb("IKEv1 Attribute value"));
    pub static IKE_ATTR_LIFE_TYPE: &F = field!(
        F::new("isakmp.ike.attr.life_type", Uint16, "Life Type")
            .vals(IKE_ATTR_LIFE_TYPE_VALS)
            .blurb("The unit (seconds or kilobytes) of the associated Life Duration attribute.")
    );
    pub static IKE_ATTR_LIFE_DURATION: &F = field!(F::new(
        "isakmp.ike.attr.life_duration",
        Uint32,
        "Life Duration"
    ));
    pub static IKE_ATTR_LIFE_DURATION64: &F = field!(F::new(
        "isakmp.ike.attr.life_duration64",
        Uint64,
        "Life Duration"
    ));
    pub static IKE_ATTR_LIFE_DURATION_BYTES: &F = field!(F::new(
        "isakmp.ike.attr.life_duration_bytes",
        Bytes,
        "Life Duration"
    ));
    pub static IKE_ATTR_GROUP_DESCRIPTION: &F = field!(
        F::new(
            "isakmp.ike.attr.group_description",
            Uint16,
            "Group Description"
        )
        .vals(TF_ID_DH_VALS)
    );
    pub static IKE_ATTR_KEY_LENGTH: &F =
        field!(F::new("isakmp.ike.attr.key_length", Uint16, "Key Length"));
    pub static IPSEC_ATTR: &F = field!(F::new("isakmp.ipsec.attr", None, "IPsec Attribute"));
    pub static IPSEC_ATTR_TYPE: &F = field!(
        F::new("isakmp.ipsec.attr.type", Uint16, "Type")
            .names(Names::Ranges(IPSEC_ATTR_TYPE_RANGES))
            .blurb("IPsec Attribute type")
    );
    pub static IPSEC_ATTR_FORMAT: &F = field!(
        F::new("isakmp.ipsec.attr.format", Boolean, "Format")
            .base(Base::Bits(16))
            .mask(0x8000)
            .tfs("Type/Value (TV)", "Type/Length/Value (TLV)")
            .blurb("IPsec Attribute format")
    );
    pub static IPSEC_ATTR_LENGTH: &F = field!(
        F::new("isakmp.ipsec.attr.length", Uint16, "Length").blurb("IPsec Attribute length")
    );
    pub static IPSEC_ATTR_VALUE: &F =
        field!(F::new("isakmp.ipsec.attr.value", Bytes, "Value").blurb("IPsec Attribute value"));
    pub static IPSEC_ATTR_LIFE_TYPE: &F = field!(
        F::new("isakmp.ipsec.attr.life_type", Uint16, "Life Type")
            .vals(IKE_ATTR_LIFE_TYPE_VALS)
            .blurb("The unit (seconds or kilobytes) of the associated Life Duration attribute.")
    );
    pub static IPSEC_ATTR_LIFE_DURATION: &F = field!(F::new(
        "isakmp.ipsec.attr.life_duration",
        Uint32,
        "Life Duration"
    ));
    pub static IPSEC_ATTR_LIFE_DURATION64: &F = field!(F::new(
        "isakmp.ipsec.attr.life_duration64",
        Uint64,
        "Life Duration"
    ));
    pub static IPSEC_ATTR_LIFE_DURATION_BYTES: &F = field!(F::new(
        "isakmp.ipsec.attr.life_duration_bytes",
        Bytes,
        "Life Duration"
    ));
    pub static IPSEC_ATTR_GROUP_DESCRIPTION: &F = field!(
        F::new(
            "isakmp.ipsec.attr.group_description",
            Uint16,
            "Group Description"
        )
        .vals(TF_ID_DH_VALS)
    );
    pub static IPSEC_ATTR_KEY_LENGTH: &F =
        field!(F::new("isakmp.ipsec.attr.key_length", Uint16, "Key Length"));
    pub static IKE_ATTR_ENCRYPTION_ALGORITHM: &F = field!(
        F::new(
            "isakmp.ike.attr.encryption_algorithm",
            Uint16,
            "Encryption Algorithm"
        )
        .vals(IKE_ATTR_ENCRYPTION_ALGORITHM_VALS)
    );
    pub static IKE_ATTR_HASH_ALGORITHM: &F = field!(
        F::new("isakmp.ike.attr.hash_algorithm", Uint16, "HASH Algorithm")
            .vals(IKE_ATTR_HASH_ALGORITHM_VALS)
    );
    pub static IKE_ATTR_AUTHENTICATION_METHOD: &F = field!(
        F::new(
            "isakmp.ike.attr.authentication_method",
            Uint16,
            "Authentication Method"
        )
        .vals(IKE_ATTR_AUTHENTICATION_METHOD_VALS)
    );
    pub static IKE_ATTR_GROUP_TYPE: &F = field!(
        F::new("isakmp.ike.attr.group_type", Uint16, "Group Type").vals(IKE_ATTR_GROUP_TYPE_VALS)
    );
    pub static IKE_ATTR_GROUP_PRIME: &F =
        field!(F::new("isakmp.ike.attr.group_prime", Bytes, "Group Prime"));
    pub static IKE_ATTR_GROUP_GENERATOR_ONE: &F = field!(F::new(
        "isakmp.ike.attr.group_generator_one",
        Bytes,
        "Group Generator One"
    ));
    pub static IKE_ATTR_GROUP_GENERATOR_TWO: &F = field!(F::new(
        "isakmp.ike.attr.group_generator_two",
        Bytes,
        "Group Generator Two"
    ));
    pub static IKE_ATTR_GROUP_CURVE_A: &F = field!(F::new(
        "isakmp.ike.attr.group_curve_a",
        Bytes,
        "Group Curve A"
    ));
    pub static IKE_ATTR_GROUP_CURVE_B: &F = field!(F::new(
        "isakmp.ike.attr.group_curve_b",
        Bytes,
        "Group Curve B"
    ));
    pub static IKE_ATTR_PRF: &F = field!(F::new("isakmp.ike.attr.prf", Bytes, "PRF"));
    pub static IKE_ATTR_FIELD_SIZE: &F =
        field!(F::new("isakmp.ike.attr.field_size", Bytes, "Field Size"));
    pub static IKE_ATTR_GROUP_ORDER: &F =
        field!(F::new("isakmp.ike.attr.group_order", Bytes, "Group Order"));
    pub static IPSEC_ATTR_ENCAP_MODE: &F = field!(
        F::new("isakmp.ipsec.attr.encap_mode", Uint16, "Encapsulation Mode")
            .vals(IPSEC_ATTR_ENCAP_MODE_VALS)
    );
    pub static IPSEC_ATTR_AUTH_ALGORITHM: &F = field!(
        F::new(
            "isakmp.ipsec.attr.auth_algorithm",
            Uint16,
            "Authentication Algorithm"
        )
        .vals(IPSEC_ATTR_AUTH_ALGORITHM_VALS)
    );
    pub static IPSEC_ATTR_KEY_ROUNDS: &F =
        field!(F::new("isakmp.ipsec.attr.key_rounds", Uint16, "Key Rounds"));
    pub static IPSEC_ATTR_CMPR_DICT_SIZE: &F = field!(F::new(
        "isakmp.ipsec.attr.cmpr_dict_size",
        Uint16,
        "Compress Dictionary Size"
    ));
    pub static IPSEC_ATTR_CMPR_ALGORITHM: &F = field!(F::new(
        "isakmp.ipsec.attr.cmpr_algorithm",
        Bytes,
        "Compress Private Algorithm"
    ));
    pub static IPSEC_ATTR_ECN_TUNNEL: &F = field!(
        F::new("isakmp.ipsec.attr.ecn_tunnel", Uint16, "ECN Tunnel")
            .vals(IPSEC_ATTR_ECN_TUNNEL_VALS)
    );
    pub static IPSEC_ATTR_EXT_SEQ_NBR: &F = field!(
        F::new(
            "isakmp.ipsec.attr.ext_seq_nbr",
            Uint16,
            "Extended (64-bit) Sequence Number"
        )
        .vals(IPSEC_ATTR_EXT_SEQ_NBR_VALS)
    );
    pub static IPSEC_ATTR_AUTH_KEY_LENGTH: &F = field!(F::new(
        "isakmp.ipsec.attr.auth_key_length",
        Uint16,
        "Authentication Key Length"
    ));
    pub static IPSEC_ATTR_SIG_ENCO_ALGORITHM: &F = field!(F::new(
        "isakmp.ipsec.attr.sig_enco_algorithm",
        Bytes,
        "Signature Encoding Algorithm"
    ));
    pub static IPSEC_ATTR_ADDR_PRESERVATION: &F = field!(
        F::new(
            "isakmp.ipsec.attr.addr_preservation",
            Uint16,
            "Address Preservation"
        )
        .vals(IPSEC_ATTR_ADDR_PRESERVATION_VALS)
    );
    pub static IPSEC_ATTR_SA_DIRECTION: &F = field!(
        F::new("isakmp.ipsec.attr.sa_direction", Uint16, "SA Direction")
            .vals(IPSEC_ATTR_SA_DIRECTION_VALS)
    );
    pub static IKE2_ATTR: &F = field!(
        F::new("isakmp.ike2.attr", None, "Transform Attribute").blurb("IKEv2 Transform Attribute")
    );
    pub static IKE2_ATTR_TYPE: &F = field!(
        F::new("isakmp.ike2.attr.type", Uint16, "Type")
            .names(Names::Ranges(IKE2_ATTR_TYPE_RANGES))
            .blurb("IKEv2 Transform Attribute type")
    );
    pub static IKE2_ATTR_FORMAT: &F = field!(
        F::new("isakmp.ike2.attr.format", Boolean, "Format")
            .base(Base::Bits(16))
            .mask(0x8000)
            .tfs("Type/Value (TV)", "Type/Length/Value (TLV)")
            .blurb("IKEv2 Transform Attribute format")
    );
    pub static IKE2_ATTR_LENGTH: &F = field!(
        F::new("isakmp.ike2.attr.length", Uint16, "Length")
            .blurb("IKEv2 Transform Attribute length")
    );
    pub static IKE2_ATTR_VALUE: &F = field!(
        F::new("isakmp.ike2.attr.value", Bytes, "Value").blurb("IKEv2 Transform Attribute value")
    );
    pub static IKE2_ATTR_KEY_LENGTH: &F =
        field!(F::new("isakmp.ike2.attr.key_length", Uint16, "Key Length"));
    pub static KEY_EXCHANGE_DH_GROUP: &F =
        field!(F::new("isakmp.key_exchange.dh_group", Uint16, "DH Group #").vals(TF_ID_DH_VALS));
    pub static KEY_EXCHANGE_DATA: &F = field!(F::new(
        "isakmp.key_exchange.data",
        Bytes,
        "Key Exchange Data"
    ));
    pub static ID_TYPE: &F = field!(
        F::new("isakmp.id.type", Uint8, "ID type")
            .names(Names::Ranges(ID_TYPE_RANGES))
            .blurb("IKEv1 ID Type")
    );
    pub static ID_PROTOID: &F = field!(
        F::new("isakmp.id.protoid", Uint8, "Protocol ID")
            .vals(ID_PROTOID_VALS)
            .blurb("ISAKMP ID Protocol ID")
    );
    pub static ID_PORT: &F =
        field!(F::new("isakmp.id.port", Uint16, "Port").blurb("ISAKMP ID Port"));
    pub static ID_DATA: &F =
        field!(F::new("isakmp.id.data", None, "Identification Data:").blurb("ISAKMP ID Data"));
    pub static ID_DATA_IPV4_ADDR: &F = field!(
        F::new("isakmp.id.data.ipv4_addr", Ipv4, "ID_IPV4_ADDR")
            .blurb("The type specifies a single four (4) octet IPv4 address")
    );
    pub static ID_DATA_FQDN: &F = field!(
        F::new("isakmp.id.data.fqdn", String, "ID_FQDN")
            .blurb("The type specifies a fully-qualified domain name string")
    );
    pub static ID_DATA_USER_FQDN: &F = field!(
        F::new("isakmp.id.data.user_fqdn", String, "ID_FQDN")
            .blurb("The type specifies a fully-qualified username string")
    );
    pub static ID_DATA_IPV4_SUBNET: &F = field!(
        F::new("isakmp.id.data.ipv4_subnet", Ipv4, "ID_IPV4_SUBNET")
            .blurb("The second is an IPv4 network mask")
    );
    pub static ID_DATA_IPV4_RANGE_START: &F = field!(
        F::new(
            "isakmp.id.data.ipv4_range_start",
            Ipv4,
            "ID_IPV4_RANGE (Start)"
        )
        .blurb("The first value is the beginning IPv4 address (inclusive)")
    );
    pub static ID_DATA_IPV4_RANGE_END: &F = field!(
        F::new("isakmp.id.data.ipv4_range_end", Ipv4, "ID_IPV4_RANGE (End)")
            .blurb("The second value is the ending IPv4 address (inclusive)")
    );
    pub static ID_DATA_IPV6_ADDR: &F = field!(
        F::new("isakmp.id.data.ipv6_addr", Ipv6, "ID_IPV6_ADDR")
            .blurb("The type specifies a single sixteen (16) octet IPv6 address")
    );
    pub static ID_DATA_IPV6_SUBNET: &F = field!(F::new("isakmp.id.data.ipv6_subnet", Ipv6, "ID_IPV6A_ADDR_SUBNET").blurb("The type specifies a range of IPv6 addresses represented by two sixteen (16) octet values"));
    pub static ID_DATA_IPV6_RANGE_START: &F = field!(
        F::new(
            "isakmp.id.data.ipv6_range_start",
            Ipv6,
            "ID_IPV6_ADDR_RANGE (Start)"
        )
        .blurb("The first value is the beginning IPv6 address (inclusive)")
    );
    pub static ID_DATA_IPV6_RANGE_END: &F = field!(
        F::new(
            "isakmp.id.data.ipv6_range_end",
            Ipv6,
            "ID_IPV6_ADDR_RANGE (End)"
        )
        .blurb("the second value is the ending IPv6 address (inclusive)")
    );
    pub static ID_DATA_KEY_ID: &F = field!(F::new("isakmp.id.data.key_id", Bytes, "ID_KEY_ID").blurb("The type specifies an opaque byte stream which may be used to pass vendor-specific information necessary to identify which pre-shared key should be used to authenticate Aggressive mode negotiations"));
    pub static CERT_ENCODING: &F = field!(
        F::new("isakmp.cert.encoding", Uint8, "Certificate Encoding")
            .names(Names::Ranges(CERT_ENCODING_RANGES))
            .blurb("ISAKMP Certificate Encoding")
    );
    pub static CERT_X509_HASH: &F = field!(F::new("isakmp.cert.x509.hash", Bytes, "Hash"));
    pub static CERT_X509_URL: &F = field!(F::new("isakmp.cert.x509.url", String, "URL"));
    pub static CERTREQ_TYPE: &F = field!(
        F::new("isakmp.certreq.type", Uint8, "Certificate Type")
            .names(Names::Ranges(CERT_ENCODING_RANGES))
            .blurb("ISAKMP Certificate Type")
    );
    pub static IKE_CERTREQ_AUTHORITY: &F = field!(F::new(
        "isakmp.ike.certreq.authority",
        Bytes,
        "Certificate Authority Data"
    ));
    pub static AUTH_METHOD: &F = field!(
        F::new("isakmp.auth.method", Uint8, "Authentication Method")
            .names(Names::Ranges(AUTH_METHOD_RANGES))
            .blurb("IKEv2 Authentication Method")
    );
    pub static AUTH_DATA: &F = field!(
        F::new("isakmp.auth.data", Bytes, "Authentication Data").blurb("IKEv2 Authentication Data")
    );
    pub static HASH: &F = field!(F::new("isakmp.hash", Bytes, "Hash DATA"));
    pub static SIG: &F = field!(F::new("isakmp.sig", Bytes, "Signature DATA"));
    pub static NONCE: &F = field!(F::new("isakmp.nonce", Bytes, "Nonce DATA"));
    pub static NOTIFY_DOI: &F = field!(
        F::new("isakmp.notify.doi", Uint32, "Domain of interpretation")
            .vals(SA_DOI_VALS)
            .blurb("ISAKMP Notify Domain of Interpretation")
    );
    pub static NOTIFY_PROTOID: &F = field!(
        F::new("isakmp.notify.protoid", Uint32, "Protocol ID")
            .vals(PROP_PROTOID_VALS)
            .blurb("ISAKMP Notify Protocol ID")
    );
    pub static NOTIFY_MSGTYPE: &F = field!(
        F::new("isakmp.notify.msgtype", Uint16, "Notify Message Type")
            .names(Names::Ranges(NOTIFY_MSGTYPE_RANGES))
            .blurb("ISAKMP Notify Message Type")
    );
    pub static NOTIFY_DATA: &F = field!(F::new("isakmp.notify.data", Bytes, "Notification DATA"));
    pub static NOTIFY_DATA_DPD_ARE_YOU_THERE: &F = field!(F::new(
        "isakmp.notify.data.dpd.are_you_there",
        Uint32,
        "DPD ARE-YOU-THERE sequence"
    ));
    pub static NOTIFY_DATA_DPD_ARE_YOU_THERE_ACK: &F = field!(F::new(
        "isakmp.notify.data.dpd.are_you_there_ack",
        Uint32,
        "DPD ARE-YOU-THERE-ACK sequence"
    ));
    pub static NOTIFY_DATA_UNITY_LOAD_BALANCE: &F = field!(F::new(
        "isakmp.notify.data.unity.load_balance",
        Ipv4,
        "UNITY LOAD BALANCE"
    ));
    pub static NOTIFY_DATA_ACCEPTED_DH_GROUP: &F = field!(
        F::new(
            "isakmp.notify.data.accepted_dh_group",
            Uint16,
            "Accepted DH group number"
        )
        .vals(TF_ID_DH_VALS)
    );
    pub static NOTIFY_DATA_IPCOMP_CPI: &F = field!(F::new(
        "isakmp.notify.data.ipcomp.cpi",
        Uint16,
        "IPCOMP CPI"
    ));
    pub static NOTIFY_DATA_IPCOMP_TRANSFORM_ID: &F = field!(
        F::new(
            "isakmp.notify.data.ipcomp.transform_id",
            Uint8,
            "IPCOMP Transform ID"
        )
        .vals(NOTIFY_DATA_IPCOMP_TRANSFORM_ID_VALS)
    );
    pub static NOTIFY_DATA_SIGNATURE_HASH_ALGORITHMS: &F = field!(
        F::new(
            "isakmp.notify.data.signature_hash_algorithms",
            Uint16,
            "Supported Signature Hash Algorithm"
        )
        .names(Names::Ranges(NOTIFY_DATA_SIGNATURE_HASH_ALGORITHMS_RANGES))
    );
    pub static NOTIFY_DATA_TICKET_OPAQUE_DATA: &F = field!(F::new(
        "isakmp.notify.data.ticket_opaque.data",
        Bytes,
        "TICKET OPAQUE Data"
    ));
    pub static NOTIFY_DATA_QCD_TOKEN_SECRET_DATA: &F = field!(F::new(
        "isakmp.notify.data.qcd.token_secret_data",
        Bytes,
        "Token Secret Data"
    ));
    pub static NOTIFY_DATA_SECURE_PASSWORD_METHODS: &F = field!(F::new(
        "isakmp.notify.data.secure_password_methods",
        Bytes,
        "Secure Password Methods"
    ));
    pub static DELETE_DOI: &F = field!(
        F::new("isakmp.delete.doi", Uint32, "Domain of interpretation")
            .vals(SA_DOI_VALS)
            .blurb("ISAKMP Delete Domain of Interpretation")
    );
    pub static DELETE_PROTOID: &F = field!(
        F::new("isakmp.delete.protoid", Uint32, "Protocol ID")
            .vals(PROP_PROTOID_VALS)
            .blurb("ISAKMP Delete Protocol ID")
    );
    pub static SPINUM: &F =
        field!(F::new("isakmp.spinum", Uint16, "Number of SPIs").blurb("ISAKMP Number of SPIs"));
    pub static DELETE_SPI: &F = field!(
        F::new("isakmp.delete.spi", Bytes, "Delete SPI")
            .blurb("Identifies the specific security association(s) to delete")
    );
    pub static VID_BYTES: &F = field!(F::new("isakmp.vid_bytes", Bytes, "Vendor ID"));
    pub static VID_STRING: &F = field!(F::new("isakmp.vid_string", String, "Vendor ID"));
    pub static VID_CP_PRODUCT: &F = field!(
        F::new("isakmp.vid.cp.product", Uint32, "Checkpoint Product").vals(VID_CP_PRODUCT_VALS)
    );
    pub static VID_CP_VERSION: &F = field!(
        F::new("isakmp.vid.cp.version", Uint32, "Checkpoint Version")
            .vals(VID_CP_VERSION_VALS)
            .blurb("Encoded Version number")
    );
    pub static VID_CP_TIMESTAMP: &F = field!(
        F::new("isakmp.vid.cp.timestamp", Uint32, "Checkpoint Timestamp")
            .blurb("Timestamp (NGX only; always zero in 4.1 or NG)")
    );
    pub static VID_CP_RESERVED: &F =
        field!(F::new("isakmp.vid.cp.reserved", Uint32, "Checkpoint Reserved").base(Base::Hex));
    pub static VID_CP_FEATURES: &F =
        field!(F::new("isakmp.vid.cp.features", Uint32, "Checkpoint Features").base(Base::Hex));
    pub static VID_CISCO_UNITY_MAJOR: &F = field!(F::new(
        "isakmp.vid.cisco_unity.major",
        Uint8,
        "CISCO-UNITY Major version"
    ));
    pub static VID_CISCO_UNITY_MINOR: &F = field!(F::new(
        "isakmp.vid.cisco_unity.minor",
        Uint8,
        "CISCO-UNITY Minor version"
    ));
    pub static VID_MS_NT5_ISAKMPOAKLEY: &F = field!(
        F::new(
            "isakmp.vid.ms_nt5_isakmpoakley",
            Uint32,
            "MS NT5 ISAKMPOAKLEY"
        )
        .vals(VID_MS_NT5_ISAKMPOAKLEY_VALS)
    );
    pub static TS_NUMBER: &F = field!(F::new(
        "isakmp.ts.number",
        Uint8,
        "Number of Traffic Selectors"
    ));
    pub static TS_TYPE: &F = field!(
        F::new("isakmp.ts.type", Uint8, "Traffic Selector Type")
            .names(Names::Ranges(TS_TYPE_RANGES))
    );
    pub static TS_PROTOID: &F = field!(
        F::new("isakmp.ts.protoid", Uint8, "Protocol ID")
            .vals(ID_PROTOID_VALS)
            .blurb("IKEv2 Traffic Selector Protocol ID")
    );
    pub static TS_SELECTOR_LENGTH: &F = field!(F::new(
        "isakmp.ts.selector_length",
        Uint16,
        "Selector Length"
    ));
    pub static TS_START_PORT: &F = field!(F::new("isakmp.ts.start_port", Uint16, "Start Port"));
    pub static TS_END_PORT: &F = field!(F::new("isakmp.ts.end_port", Uint16, "End Port"));
    pub static TS_START_IPV4: &F = field!(F::new("isakmp.ts.start_ipv4", Ipv4, "Starting Addr"));
    pub static TS_END_IPV4: &F = field!(F::new("isakmp.ts.end_ipv4", Ipv4, "Ending Addr"));
    pub static TS_START_IPV6: &F = field!(F::new("isakmp.ts.start_ipv6", Ipv6, "Starting Addr"));
    pub static TS_END_IPV6: &F = field!(F::new("isakmp.ts.end_ipv6", Ipv6, "Ending Addr"));
    pub static TS_DATA: &F = field!(
        F::new("isakmp.ts.data", None, "Traffic Selector").blurb("An individual traffic selector")
    );
    pub static ENC_IV: &F = field!(F::new("isakmp.enc.iv", Bytes, "Initialization Vector"));
    pub static ENC_DATA: &F = field!(F::new("isakmp.enc.data", None, "Encrypted Data"));
    pub static IKE_NAT_HASH: &F = field!(F::new(
        "isakmp.ike.nat_hash",
        Bytes,
        "HASH of the address and port"
    ));
    pub static IKE_NAT_ORIGINAL_ADDRESS_IPV4: &F = field!(F::new(
        "isakmp.ike.nat_original_address_ipv4",
        Ipv4,
        "NAT Original IPv4 Address"
    ));
    pub static IKE_NAT_ORIGINAL_ADDRESS_IPV6: &F = field!(F::new(
        "isakmp.ike.nat_original_address_ipv6",
        Ipv6,
        "NAT Original IPv6 Address"
    ));
    pub static SAK_NEXTPAYLOAD: &F =
        field!(F::new("isakmp.sak.nextpayload", Uint8, "Next Payload"));
    pub static SAK_RESERVED: &F = field!(F::new("isakmp.sak.reserved", Uint8, "Reserved"));
    pub static SAK_PAYLOAD_LEN: &F =
        field!(F::new("isakmp.sak.payload_len", Uint16, "Payload length"));
    pub static SAK_PROTOID: &F =
        field!(F::new("isakmp.sak.protoid", Uint8, "Protocol ID").vals(ID_PROTOID_VALS));
    pub static SAK_SRC_ID_TYPE: &F = field!(
        F::new("isakmp.sak.src_id_type", Uint8, "SRC ID Type")
            .names(Names::Ranges(SAK_SRC_ID_TYPE_RANGES))
    );
    pub static SAK_SRC_ID_PORT: &F =
        field!(F::new("isakmp.sak.src_id_port", Uint16, "SRC ID Port"));
    pub static SAK_SRC_ID_LENGTH: &F = field!(F::new(
        "isakmp.sak.src_id_length",
        Uint8,
        "SRC ID Data Length"
    ));
    pub static SAK_SRC_ID_DATA: &F = field!(F::new("isakmp.sak.src_id_data", Bytes, "SRC ID Data"));
    pub static SAK_DST_ID_TYPE: &F = field!(
        F::new("isakmp.sak.dst_id_type", Uint8, "DST ID Type")
            .names(Names::Ranges(SAK_SRC_ID_TYPE_RANGES))
    );
    pub static SAK_DST_ID_PORT: &F =
        field!(F::new("isakmp.sak.dst_id_port", Uint16, "DST ID Port"));
    pub static SAK_DST_ID_LENGTH: &F = field!(F::new(
        "isakmp.sak.dst_id_length",
        Uint8,
        "DST ID Data Length"
    ));
    pub static SAK_DST_ID_DATA: &F = field!(F::new("isakmp.sak.dst_id_data", Bytes, "DST ID Data"));
    pub static SAK_SPI: &F = field!(F::new("isakmp.sak.spi", Bytes, "SPI"));
    pub static SEQ_SEQ: &F = field!(F::new("isakmp.seq.seq", Uint32, "Sequence Number"));
    pub static EAP_DATA: &F = field!(F::new("isakmp.eap.data", Bytes, "EAP Message"));
    pub static GSPM_DATA: &F =
        field!(F::new("isakmp.gspm.data", Bytes, "GSPM").blurb("Generic Secure Password Method"));
    pub static PAYLOADLENGTH_INVALID: &F = field!(F::new(
        "isakmp.payloadlength.invalid",
        None,
        "Invalid payload length"
    ));
    pub static ATTRIBUTE_VALUE_EMPTY: &F = field!(F::new(
        "isakmp.attribute_value_empty",
        None,
        "Attribute value is empty"
    ));
    pub static CFG_TYPE: &F = field!(
        F::new("isakmp.cfg.type", Uint8, "Type")
            .names(Names::Ranges(CFG_TYPE_RANGES))
            .blurb("IKEv1 Config Type")
    );
    pub static CFG_IDENTIFIER: &F = field!(
        F::new("isakmp.cfg.identifier", Uint16, "Identifier").blurb("IKEv1 Config Identifier")
    );
    pub static CFG_ATTR: &F = field!(F::new("isakmp.cfg.attr", None, "Config Attribute"));
    pub static CFG_ATTR_TYPE: &F = field!(
        F::new("isakmp.cfg.attr.type", Uint16, "Type")
            .names(Names::Ranges(CFG_ATTR_TYPE_RANGES))
            .blurb("IKEv1 Config Attribute type")
    );
    pub static CFG_ATTR_FORMAT: &F = field!(
        F::new("isakmp.cfg.attr.format", Boolean, "Format")
            .base(Base::Bits(16))
            .mask(0x8000)
            .tfs("Type/Value (TV)", "Type/Length/Value (TLV)")
            .blurb("Config Attribute format")
    );
    pub static CFG_ATTR_LENGTH: &F =
        field!(F::new("isakmp.cfg.attr.length", Uint16, "Length").blurb("Config Attribute length"));
    pub static CFG_ATTR_VALUE: &F =
        field!(F::new("isakmp.cfg.attr.value", Bytes, "Value").blurb("Config Attribute value"));
    pub static CFG_ATTR_INTERNAL_IP4_ADDRESS: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip4_address",
            Ipv4,
            "INTERNAL IP4 ADDRESS"
        )
        .blurb("An IPv4 address on the internal network")
    );
    pub static CFG_ATTR_INTERNAL_IP4_NETMASK: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip4_netmask",
            Ipv4,
            "INTERNAL IP4 NETMASK"
        )
        .blurb("The internal network's netmask")
    );
    pub static CFG_ATTR_INTERNAL_IP4_DNS: &F = field!(
        F::new("isakmp.cfg.attr.internal_ip4_dns", Ipv4, "INTERNAL IP4 DNS")
            .blurb("An IPv4 address of a DNS server within the network")
    );
    pub static CFG_ATTR_INTERNAL_IP4_NBNS: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip4_nbns",
            Ipv4,
            "INTERNAL IP4 NBNS"
        )
        .blurb("An IPv4 address of a NetBios Name Server (WINS) within the network")
    );
    pub static CFG_ATTR_INTERNAL_ADDRESS_EXPIRY: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_address_expiry",
            Uint32,
            "INTERNAL ADDRESS EXPIRY (Secs)"
        )
        .blurb("Specifies the number of seconds that the host can use the internal IP address")
    );
    pub static CFG_ATTR_INTERNAL_IP4_DHCP: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip4_dhcp",
            Ipv4,
            "INTERNAL IP4 DHCP"
        )
        .blurb("the host to send any internal DHCP requests to the address")
    );
    pub static CFG_ATTR_APPLICATION_VERSION: &F = field!(
        F::new(
            "isakmp.cfg.attr.application_version",
            String,
            "APPLICATION VERSION"
        )
        .blurb("The version or application information of the IPsec host")
    );
    pub static CFG_ATTR_INTERNAL_IP6_ADDRESS: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip6_address",
            Ipv6,
            "INTERNAL IP6 ADDRESS"
        )
        .blurb("An IPv6 address on the internal network")
    );
    pub static CFG_ATTR_INTERNAL_IP6_ADDRESS_PREFIX: &F = field!(F::new(
        "isakmp.cfg.attr.internal_ip6_address.prefix",
        Uint8,
        "INTERNAL IP6 ADDRESS (PREFIX)"
    ));
    pub static CFG_ATTR_INTERNAL_IP6_DNS: &F = field!(
        F::new("isakmp.cfg.attr.internal_ip6_dns", Ipv6, "INTERNAL IP6 DNS")
            .blurb("An IPv6 address of a DNS server within the network")
    );
    pub static CFG_ATTR_INTERNAL_IP6_NBNS: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip6_nbns",
            Ipv6,
            "INTERNAL IP6 NBNS"
        )
        .blurb("An IPv6 address of a NetBios Name Server (WINS) within the network")
    );
    pub static CFG_ATTR_INTERNAL_IP6_DHCP: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip6_dhcp",
            Ipv6,
            "INTERNAL IP6 DHCP"
        )
        .blurb("The host to send any internal DHCP requests to the address")
    );
    pub static CFG_ATTR_INTERNAL_IP4_SUBNET_IP: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip4_subnet_ip",
            Ipv4,
            "INTERNAL IP4 SUBNET (IP)"
        )
        .blurb("The protected sub-networks that this edge-device protects (IP)")
    );
    pub static CFG_ATTR_INTERNAL_IP4_SUBNET_NETMASK: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip4_subnet_netmask",
            Ipv4,
            "INTERNAL IP4 SUBNET (NETMASK)"
        )
        .blurb("The protected sub-networks that this edge-device protects (IP)")
    );
    pub static CFG_ATTR_SUPPORTED_ATTRIBUTES: &F = field!(F::new(
        "isakmp.cfg.attr.supported_attributes",
        Uint16,
        "SUPPORTED ATTRIBUTES"
    ));
    pub static CFG_ATTR_INTERNAL_IP6_SUBNET_IP: &F = field!(F::new(
        "isakmp.cfg.attr.internal_ip6_subnet_ip",
        Ipv6,
        "INTERNAL_IP6_SUBNET (IP)"
    ));
    pub static CFG_ATTR_INTERNAL_IP6_SUBNET_PREFIX: &F = field!(F::new(
        "isakmp.cfg.attr.internal_ip6_subnet_prefix",
        Uint8,
        "INTERNAL_IP6_SUBNET (PREFIX)"
    ));
    pub static CFG_ATTR_INTERNAL_IP6_LINK_INTERFACE: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip6_link_interface",
            Uint64,
            "INTERNAL_IP6_LINK (Link-Local Interface ID)"
        )
        .blurb(
            "The Interface ID used for link-local address (by the party that sent this attribute)"
        )
    );
    pub static CFG_ATTR_INTERNAL_IP6_LINK_ID: &F = field!(F::new("isakmp.cfg.attr.internal_ip6_link_id", Bytes, "INTERNAL_IP6_LINK (IKEv2 Link ID)").blurb("The Link ID is selected by the VPN gateway and is treated as an opaque octet string by the client."));
    pub static CFG_ATTR_INTERNAL_IP6_PREFIX_IP: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip6_prefix_ip",
            Ipv6,
            "INTERNAL_IP6_PREFIX (IP)"
        )
        .blurb("An IPv6 prefix assigned to the virtual link")
    );
    pub static CFG_ATTR_INTERNAL_IP6_PREFIX_LENGTH: &F = field!(
        F::new(
            "isakmp.cfg.attr.internal_ip6_prefix_length",
            Uint8,
            "INTERNAL_IP6_PREFIX (Length)"
        )
        .blurb("The length of the prefix in bits (usually 64)")
    );
    pub static CFG_ATTR_P_CSCF_IP4_ADDRESS: &F = field!(
        F::new(
            "isakmp.cfg.attr.p_cscf_ip4_address",
            Ipv4,
            "P_CSCF_IP4_ADDRESS (IP)"
        )
        .blurb("An IPv4 address of the P-CSCF server")
    );
    pub static CFG_ATTR_P_CSCF_IP6_ADDRESS: &F = field!(
        F::new(
            "isakmp.cfg.attr.p_cscf_ip6_address",
            Ipv6,
            "P_CSCF_IP6_ADDRESS (IP)"
        )
        .blurb("An IPv6 address of the P-CSCF server")
    );
    pub static CFG_ATTR_XAUTH_TYPE: &F = field!(
        F::new("isakmp.cfg.attr.xauth.type", Uint16, "XAUTH TYPE")
            .names(Names::Ranges(CFG_ATTR_XAUTH_TYPE_RANGES))
            .blurb("The type of extended authentication requested")
    );
    pub static CFG_ATTR_XAUTH_USER_NAME: &F = field!(
        F::new("isakmp.cfg.attr.xauth.user_name", String, "XAUTH USER NAME").blurb("The user name")
    );
    pub static CFG_ATTR_XAUTH_USER_PASSWORD: &F = field!(
        F::new(
            "isakmp.cfg.attr.xauth.user_password",
            String,
            "XAUTH USER PASSWORD"
        )
        .blurb("The user's password")
    );
    pub static CFG_ATTR_XAUTH_PASSCODE: &F = field!(
        F::new("isakmp.cfg.attr.xauth.passcode", String, "XAUTH PASSCODE")
            .blurb("A token card's passcode")
    );
    pub static CFG_ATTR_XAUTH_MESSAGE: &F = field!(
        F::new("isakmp.cfg.attr.xauth.message", String, "XAUTH MESSAGE")
            .blurb("A textual message from an edge device to an IPSec host")
    );
    pub static CFG_ATTR_XAUTH_CHALLENGE: &F = field!(F::new("isakmp.cfg.attr.xauth.challenge", String, "XAUTH CHALLENGE").blurb("A challenge string sent from the edge device to the IPSec host for it to include in its calculation of a password"));
    pub static CFG_ATTR_XAUTH_DOMAIN: &F = field!(
        F::new("isakmp.cfg.attr.xauth.domain", String, "XAUTH DOMAIN")
            .blurb("The domain to be authenticated in")
    );
    pub static CFG_ATTR_XAUTH_STATUS: &F = field!(
        F::new("isakmp.cfg.attr.xauth.status", Uint16, "XAUTH STATUS")
            .vals(CFG_ATTR_XAUTH_STATUS_VALS)
            .blurb("A variable that is used to denote authentication success or failure")
    );
    pub static CFG_ATTR_XAUTH_NEXT_PIN: &F = field!(F::new("isakmp.cfg.attr.xauth.next_pin", String, "XAUTH TYPE").blurb("A variable which is used when the edge device is requesting that the user choose a new pin number"));
    pub static CFG_ATTR_XAUTH_ANSWER: &F = field!(
        F::new("isakmp.cfg.attr.xauth.answer", String, "XAUTH ANSWER")
            .blurb("A variable length ASCII string used to send input to the edge device")
    );
    pub static CFG_ATTR_UNITY_BANNER: &F =
        field!(F::new("isakmp.cfg.attr.unity.banner", String, "UNITY BANNER").blurb("Banner"));
    pub static CFG_ATTR_UNITY_DEF_DOMAIN: &F = field!(F::new(
        "isakmp.cfg.attr.unity.def_domain",
        String,
        "UNITY DEF DOMAIN"
    ));
    pub static AUTH_DATA_SIG_ASN1_LEN: &F = field!(
        F::new("isakmp.auth.data.sig.asn1.len", Uint8, "ASN.1 Length")
            .blurb("IKEv2 Authentication Data Digital Signature ASN.1 Length")
    );
    pub static AUTH_DATA_SIG_ASN1_DATA: &F = field!(
        F::new("isakmp.auth.data.sig.asn1.data", Bytes, "ASN.1 Data")
            .blurb("IKEv2 Authentication Data Digital Signature ASN.1 Data")
    );
    pub static AUTH_DATA_SIG_VALUE: &F = field!(
        F::new("isakmp.auth.data.sig.value", Bytes, "Signature Value")
            .blurb("IKEv2 Authentication Data Digital Signature Value")
    );
    pub static VID_FORTINET_FORTIGATE_RELEASE: &F = field!(
        F::new("isakmp.vid.fortinet.fortigate.release", Uint16, "Release")
            .blurb("Release of Fortigate")
    );
    pub static VID_FORTINET_FORTIGATE_BUILD: &F = field!(
        F::new("isakmp.vid.fortinet.fortigate.build", Uint16, "Build").blurb("Build of Fortigate")
    );
    pub static VID_ARUBA_VIA_AUTH_PROFILE: &F = field!(
        F::new("isakmp.vid.aruba_via_auth_profile", String, "Auth Profile")
            .blurb("Aruba Networks Auth Profile for VIA Client")
    );

    pub static ALL: &[&F] = &[
        ISAKMP,
        ISPI,
        RSPI,
        NEXTPAYLOAD,
        VERSION,
        MJVER,
        MNVER,
        EXCHANGETYPE,
        FLAGS,
        FLAG_E,
        FLAG_C,
        FLAG_A,
        FLAG_I,
        FLAG_V,
        FLAG_R,
        MESSAGEID,
        LENGTH,
        IKE_NAT_KEEPALIVE,
        TYPEPAYLOAD,
        CRITICALPAYLOAD,
        RESERVED7,
        RESERVED,
        PAYLOADLENGTH,
        EXTRADATA,
        DATAPAYLOAD,
        SA_DOI,
        SA_SITUATION,
        SA_SITUATION_IDENTITY_ONLY,
        SA_SITUATION_SECRECY,
        SA_SITUATION_INTEGRITY,
        SA_NEXT_ATTRIBUTE_PAYLOAD,
        RESERVED2,
        PROP_NUMBER,
        PROP_PROTOID,
        SPISIZE,
        PROP_TRANSFORMS,
        SPI,
        TRANS_NUMBER,
        TRANS_ID,
        TF_TYPE,
        TF_ID_ENCR,
        TF_ID_PRF,
        TF_ID_INTEG,
        TF_ID_DH,
        TF_ID_ESN,
        TF_ID,
        IKE_ATTR,
        IKE_ATTR_TYPE,
        IKE_ATTR_FORMAT,
        IKE_ATTR_LENGTH,
        IKE_ATTR_VALUE,
        IKE_ATTR_LIFE_TYPE,
        IKE_ATTR_LIFE_DURATION,
        IKE_ATTR_LIFE_DURATION64,
        IKE_ATTR_LIFE_DURATION_BYTES,
        IKE_ATTR_GROUP_DESCRIPTION,
        IKE_ATTR_KEY_LENGTH,
        IPSEC_ATTR,
        IPSEC_ATTR_TYPE,
        IPSEC_ATTR_FORMAT,
        IPSEC_ATTR_LENGTH,
        IPSEC_ATTR_VALUE,
        IPSEC_ATTR_LIFE_TYPE,
        IPSEC_ATTR_LIFE_DURATION,
        IPSEC_ATTR_LIFE_DURATION64,
        IPSEC_ATTR_LIFE_DURATION_BYTES,
        IPSEC_ATTR_GROUP_DESCRIPTION,
        IPSEC_ATTR_KEY_LENGTH,
        IKE_ATTR_ENCRYPTION_ALGORITHM,
        IKE_ATTR_HASH_ALGORITHM,
        IKE_ATTR_AUTHENTICATION_METHOD,
        IKE_ATTR_GROUP_TYPE,
        IKE_ATTR_GROUP_PRIME,
        IKE_ATTR_GROUP_GENERATOR_ONE,
        IKE_ATTR_GROUP_GENERATOR_TWO,
        IKE_ATTR_GROUP_CURVE_A,
        IKE_ATTR_GROUP_CURVE_B,
        IKE_ATTR_PRF,
        IKE_ATTR_FIELD_SIZE,
        IKE_ATTR_GROUP_ORDER,
        IPSEC_ATTR_ENCAP_MODE,
        IPSEC_ATTR_AUTH_ALGORITHM,
        IPSEC_ATTR_KEY_ROUNDS,
        IPSEC_ATTR_CMPR_DICT_SIZE,
        IPSEC_ATTR_CMPR_ALGORITHM,
        IPSEC_ATTR_ECN_TUNNEL,
        IPSEC_ATTR_EXT_SEQ_NBR,
        IPSEC_ATTR_AUTH_KEY_LENGTH,
        IPSEC_ATTR_SIG_ENCO_ALGORITHM,
        IPSEC_ATTR_ADDR_PRESERVATION,
        IPSEC_ATTR_SA_DIRECTION,
        IKE2_ATTR,
        IKE2_ATTR_TYPE,
        IKE2_ATTR_FORMAT,
        IKE2_ATTR_LENGTH,
        IKE2_ATTR_VALUE,
        IKE2_ATTR_KEY_LENGTH,
        KEY_EXCHANGE_DH_GROUP,
        KEY_EXCHANGE_DATA,
        ID_TYPE,
        ID_PROTOID,
        ID_PORT,
        ID_DATA,
        ID_DATA_IPV4_ADDR,
        ID_DATA_FQDN,
        ID_DATA_USER_FQDN,
        ID_DATA_IPV4_SUBNET,
        ID_DATA_IPV4_RANGE_START,
        ID_DATA_IPV4_RANGE_END,
        ID_DATA_IPV6_ADDR,
        ID_DATA_IPV6_SUBNET,
        ID_DATA_IPV6_RANGE_START,
        ID_DATA_IPV6_RANGE_END,
        ID_DATA_KEY_ID,
        CERT_ENCODING,
        CERT_X509_HASH,
        CERT_X509_URL,
        CERTREQ_TYPE,
        IKE_CERTREQ_AUTHORITY,
        AUTH_METHOD,
        AUTH_DATA,
        HASH,
        SIG,
        NONCE,
        NOTIFY_DOI,
        NOTIFY_PROTOID,
        NOTIFY_MSGTYPE,
        NOTIFY_DATA,
        NOTIFY_DATA_DPD_ARE_YOU_THERE,
        NOTIFY_DATA_DPD_ARE_YOU_THERE_ACK,
        NOTIFY_DATA_UNITY_LOAD_BALANCE,
        NOTIFY_DATA_ACCEPTED_DH_GROUP,
        NOTIFY_DATA_IPCOMP_CPI,
        NOTIFY_DATA_IPCOMP_TRANSFORM_ID,
        NOTIFY_DATA_SIGNATURE_HASH_ALGORITHMS,
        NOTIFY_DATA_TICKET_OPAQUE_DATA,
        NOTIFY_DATA_QCD_TOKEN_SECRET_DATA,
        NOTIFY_DATA_SECURE_PASSWORD_METHODS,
        DELETE_DOI,
        DELETE_PROTOID,
        SPINUM,
        DELETE_SPI,
        VID_BYTES,
        VID_STRING,
        VID_CP_PRODUCT,
        VID_CP_VERSION,
        VID_CP_TIMESTAMP,
        VID_CP_RESERVED,
        VID_CP_FEATURES,
        VID_CISCO_UNITY_MAJOR,
        VID_CISCO_UNITY_MINOR,
        VID_MS_NT5_ISAKMPOAKLEY,
        TS_NUMBER,
        TS_TYPE,
        TS_PROTOID,
        TS_SELECTOR_LENGTH,
        TS_START_PORT,
        TS_END_PORT,
        TS_START_IPV4,
        TS_END_IPV4,
        TS_START_IPV6,
        TS_END_IPV6,
        TS_DATA,
        ENC_IV,
        ENC_DATA,
        IKE_NAT_HASH,
        IKE_NAT_ORIGINAL_ADDRESS_IPV4,
        IKE_NAT_ORIGINAL_ADDRESS_IPV6,
        SAK_NEXTPAYLOAD,
        SAK_RESERVED,
        SAK_PAYLOAD_LEN,
        SAK_PROTOID,
        SAK_SRC_ID_TYPE,
        SAK_SRC_ID_PORT,
        SAK_SRC_ID_LENGTH,
        SAK_SRC_ID_DATA,
        SAK_DST_ID_TYPE,
        SAK_DST_ID_PORT,
        SAK_DST_ID_LENGTH,
        SAK_DST_ID_DATA,
        SAK_SPI,
        SEQ_SEQ,
        EAP_DATA,
        GSPM_DATA,
        PAYLOADLENGTH_INVALID,
        ATTRIBUTE_VALUE_EMPTY,
        CFG_TYPE,
        CFG_IDENTIFIER,
        CFG_ATTR,
        CFG_ATTR_TYPE,
        CFG_ATTR_FORMAT,
        CFG_ATTR_LENGTH,
        CFG_ATTR_VALUE,
        CFG_ATTR_INTERNAL_IP4_ADDRESS,
        CFG_ATTR_INTERNAL_IP4_NETMASK,
        CFG_ATTR_INTERNAL_IP4_DNS,
        CFG_ATTR_INTERNAL_IP4_NBNS,
        CFG_ATTR_INTERNAL_ADDRESS_EXPIRY,
        CFG_ATTR_INTERNAL_IP4_DHCP,
        CFG_ATTR_APPLICATION_VERSION,
        CFG_ATTR_INTERNAL_IP6_ADDRESS,
        CFG_ATTR_INTERNAL_IP6_ADDRESS_PREFIX,
        CFG_ATTR_INTERNAL_IP6_DNS,
        CFG_ATTR_INTERNAL_IP6_NBNS,
        CFG_ATTR_INTERNAL_IP6_DHCP,
        CFG_ATTR_INTERNAL_IP4_SUBNET_IP,
        CFG_ATTR_INTERNAL_IP4_SUBNET_NETMASK,
        CFG_ATTR_SUPPORTED_ATTRIBUTES,
        CFG_ATTR_INTERNAL_IP6_SUBNET_IP,
        CFG_ATTR_INTERNAL_IP6_SUBNET_PREFIX,
        CFG_ATTR_INTERNAL_IP6_LINK_INTERFACE,
        CFG_ATTR_INTERNAL_IP6_LINK_ID,
        CFG_ATTR_INTERNAL_IP6_PREFIX_IP,
        CFG_ATTR_INTERNAL_IP6_PREFIX_LENGTH,
        CFG_ATTR_P_CSCF_IP4_ADDRESS,
        CFG_ATTR_P_CSCF_IP6_ADDRESS,
        CFG_ATTR_XAUTH_TYPE,
        CFG_ATTR_XAUTH_USER_NAME,
        CFG_ATTR_XAUTH_USER_PASSWORD,
        CFG_ATTR_XAUTH_PASSCODE,
        CFG_ATTR_XAUTH_MESSAGE,
        CFG_ATTR_XAUTH_CHALLENGE,
        CFG_ATTR_XAUTH_DOMAIN,
        CFG_ATTR_XAUTH_STATUS,
        CFG_ATTR_XAUTH_NEXT_PIN,
        CFG_ATTR_XAUTH_ANSWER,
        CFG_ATTR_UNITY_BANNER,
        CFG_ATTR_UNITY_DEF_DOMAIN,
        AUTH_DATA_SIG_ASN1_LEN,
        AUTH_DATA_SIG_ASN1_DATA,
        AUTH_DATA_SIG_VALUE,
        VID_FORTINET_FORTIGATE_RELEASE,
        VID_FORTINET_FORTIGATE_BUILD,
        VID_ARUBA_VIA_AUTH_PROFILE,
    ];

    const NEXTPAYLOAD_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "NONE / No Next Payload "),
        (0x1, 0x1, "Security Association"),
        (0x2, 0x2, "Proposal"),
        (0x3, 0x3, "Transform"),
        (0x4, 0x4, "Key Exchange"),
        (0x5, 0x5, "Identification"),
        (0x6, 0x6, "Certificate"),
        (0x7, 0x7, "Certificate Request"),
        (0x8, 0x8, "Hash"),
        (0x9, 0x9, "Signature"),
        (0xa, 0xa, "Nonce"),
        (0xb, 0xb, "Notification"),
        (0xc, 0xc, "Delete"),
        (0xd, 0xd, "Vendor ID"),
        (0xe, 0xe, "Attributes"),
        (0xf, 0xf, "SA KEK Payload"),
        (0x10, 0x10, "SA TEK Payload"),
        (0x11, 0x11, "Key Download"),
        (0x12, 0x12, "Sequence Number"),
        (0x13, 0x13, "Proof of Possession"),
        (0x14, 0x14, "NAT-D (RFC 3947)"),
        (0x15, 0x15, "NAT-OA (RFC 3947)"),
        (0x16, 0x16, "Group Associated Policy"),
        (0x21, 0x21, "Security Association"),
        (0x22, 0x22, "Key Exchange"),
        (0x23, 0x23, "Identification - Initiator"),
        (0x24, 0x24, "Identification - Responder"),
        (0x25, 0x25, "Certificate"),
        (0x26, 0x26, "Certificate Request"),
        (0x27, 0x27, "Authentication"),
        (0x28, 0x28, "Nonce"),
        (0x29, 0x29, "Notify"),
        (0x2a, 0x2a, "Delete"),
        (0x2b, 0x2b, "Vendor ID"),
        (0x2c, 0x2c, "Traffic Selector - Initiator"),
        (0x2d, 0x2d, "Traffic Selector - Responder"),
        (0x2e, 0x2e, "Encrypted and Authenticated"),
        (0x2f, 0x2f, "Configuration"),
        (0x30, 0x30, "Extensible Authentication"),
        (0x31, 0x31, "Generic Secure Password Method"),
        (0x32, 0x32, "Group Identification"),
        (0x33, 0x33, "Group Security Association"),
        (0x34, 0x34, "Key Download"),
        (0x35, 0x35, "Encrypted and Authenticated Fragment"),
        (0x36, 0x7f, "Unassigned"),
        (0x80, 0x81, "Private Use"),
        (0x82, 0x82, "NAT-D (draft-ietf-ipsec-nat-t-ike-01 to 03)"),
        (0x83, 0x83, "NAT-OA (draft-ietf-ipsec-nat-t-ike-01 to 03)"),
        (0x84, 0x84, "Cisco-Fragmentation"),
        (0x85, 0x100, "Private Use"),
    ];

    const EXCHANGETYPE_VALS: &[(u64, &str)] = &[
        (0, "NONE"),
        (1, "Base"),
        (2, "Identity Protection (Main Mode)"),
        (3, "Authentication Only"),
        (4, "Aggressive"),
        (5, "Informational"),
        (6, "Transaction (Config Mode)"),
        (32, "Quick Mode"),
        (33, "New Group Mode"),
        (34, "IKE_SA_INIT"),
        (35, "IKE_AUTH"),
        (36, "CREATE_CHILD_SA"),
        (37, "INFORMATIONAL"),
        (38, "IKE_SESSION_RESUME"),
    ];

    const SA_DOI_VALS: &[(u64, &str)] = &[(0, "ISAKMP"), (1, "IPSEC"), (2, "GDOI")];

    const PROP_PROTOID_VALS: &[(u64, &str)] = &[
        (0, "RESERVED"),
        (1, "ISAKMP"),
        (2, "IPSEC_AH"),
        (3, "IPSEC_ESP"),
        (4, "IPCOMP"),
        (5, "GIGABEAM_RADIO"),
    ];

    const TF_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "RESERVED"),
        (0x1, 0x1, "Encryption Algorithm (ENCR)"),
        (0x2, 0x2, "Pseudo-random Function (PRF)"),
        (0x3, 0x3, "Integrity Algorithm (INTEG)"),
        (0x4, 0x4, "Diffie-Hellman Group (D-H)"),
        (0x5, 0x5, "Extended Sequence Numbers (ESN)"),
        (0x6, 0xf0, "Reserved to IANA"),
        (0xf1, 0xff, "Private Use"),
    ];

    const TF_ID_ENCR_VALS: &[(u64, &str)] = &[
        (0, "RESERVED"),
        (1, "ENCR_DES_IV64"),
        (2, "ENCR_DES"),
        (3, "ENCR_3DES"),
        (4, "ENCR_RC5"),
        (5, "ENCR_IDEA"),
        (6, "ENCR_CAST"),
        (7, "ENCR_BLOWFISH"),
        (8, "ENCR_3IDEA"),
        (9, "ENCR_DES_IV32"),
        (10, "RESERVED"),
        (11, "ENCR_NULL"),
        (12, "ENCR_AES_CBC"),
        (13, "ENCR_AES_CTR"),
        (14, "ENCR_AES-CCM_8"),
        (15, "ENCR-AES-CCM_12"),
        (16, "ENCR-AES-CCM_16"),
        (17, "UNASSIGNED"),
        (18, "AES-GCM with a 8 octet ICV"),
        (19, "AES-GCM with a 12 octet ICV"),
        (20, "AES-GCM with a 16 octet ICV"),
        (21, "ENCR_NULL_AUTH_AES_GMAC"),
        (22, "Reserved for IEEE P1619 XTS-AES"),
        (23, "ENCR_CAMELLIA_CBC"),
        (24, "ENCR_CAMELLIA_CTR"),
        (25, "ENCR_CAMELLIA_CCM with an 8-octet ICV"),
        (26, "ENCR_CAMELLIA_CCM with a 12-octet ICV"),
        (27, "ENCR_CAMELLIA_CCM with a 16-octet ICV"),
        (28, "ENCR_CHACHA20_POLY1305"),
    ];

    const TF_ID_PRF_VALS: &[(u64, &str)] = &[
        (0, "RESERVED"),
        (1, "PRF_HMAC_MD5"),
        (2, "PRF_HMAC_SHA1"),
        (3, "PRF_HMAC_TIGER"),
        (4, "PRF_AES128_CBC"),
        (5, "PRF_HMAC_SHA2_256"),
        (6, "PRF_HMAC_SHA2_384"),
        (7, "PRF_HMAC_SHA2_512"),
        (8, "PRF_AES128_CMAC6"),
    ];

    const TF_ID_INTEG_VALS: &[(u64, &str)] = &[
        (0, "NONE"),
        (1, "AUTH_HMAC_MD5_96"),
        (2, "AUTH_HMAC_SHA1_96"),
        (3, "AUTH_DES_MAC"),
        (4, "AUTH_KPDK_MD5"),
        (5, "AUTH_AES_XCBC_96"),
        (6, "AUTH_HMAC_MD5_128"),
        (7, "AUTH_HMAC_SHA1_160"),
        (8, "AUTH_AES_CMAC_96"),
        (9, "AUTH_AES_128_GMAC"),
        (10, "AUTH_AES_192_GMAC"),
        (11, "AUTH_AES_256_GMAC"),
        (12, "AUTH_HMAC_SHA2_256_128"),
        (13, "AUTH_HMAC_SHA2_384_192"),
        (14, "AUTH_HMAC_SHA2_512_256"),
    ];

    const TF_ID_DH_VALS: &[(u64, &str)] = &[
        (0, "UNDEFINED - 0"),
        (1, "Default 768-bit MODP group"),
        (2, "Alternate 1024-bit MODP group"),
        (3, "EC2N group on GP[2^155] group"),
        (4, "EC2N group on GP[2^185] group"),
        (5, "1536 bit MODP group"),
        (6, "EC2N group over GF[2^163]"),
        (7, "EC2N group over GF[2^163]"),
        (8, "EC2N group over GF[2^283]"),
        (9, "EC2N group over GF[2^283]"),
        (10, "EC2N group over GF[2^409]"),
        (11, "EC2N group over GF[2^409]"),
        (12, "EC2N group over GF[2^571]"),
        (13, "EC2N group over GF[2^571]"),
        (14, "2048 bit MODP group"),
        (15, "3072 bit MODP group"),
        (16, "4096 bit MODP group"),
        (17, "6144 bit MODP group"),
        (18, "8192 bit MODP group"),
        (19, "256-bit random ECP group"),
        (20, "384-bit random ECP group"),
        (21, "521-bit random ECP group"),
        (22, "1024-bit MODP Group with 160-bit Prime Order Subgroup"),
        (23, "2048-bit MODP Group with 224-bit Prime Order Subgroup"),
        (24, "2048-bit MODP Group with 256-bit Prime Order Subgroup"),
        (25, "192-bit Random ECP Group"),
        (26, "224-bit Random ECP Group"),
        (27, "224-bit Brainpool ECP group"),
        (28, "256-bit Brainpool ECP group"),
        (29, "384-bit Brainpool ECP group"),
        (30, "512-bit Brainpool ECP group"),
        (31, "Curve25519"),
        (32, "Curve448"),
        (33, "GOST3410_2012_256"),
        (34, "GOST3410_2012_512"),
    ];

    const TF_ID_ESN_VALS: &[(u64, &str)] = &[
        (0, "No Extended Sequence Numbers"),
        (1, "Extended Sequence Numbers"),
    ];

    const IKE_ATTR_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x1, 0x1, "Encryption-Algorithm"),
        (0x2, 0x2, "Hash-Algorithm"),
        (0x3, 0x3, "Authentication-Method"),
        (0x4, 0x4, "Group-Description"),
        (0x5, 0x5, "Group-Type"),
        (0x6, 0x6, "Group-Prime"),
        (0x7, 0x7, "Group-Generator-One"),
        (0x8, 0x8, "Group-Generator-Two"),
        (0x9, 0x9, "Group-Curve-A"),
        (0xa, 0xa, "Group-Curve-B"),
        (0xb, 0xb, "Life-Type"),
        (0xc, 0xc, "Life-Duration"),
        (0xd, 0xd, "PRF"),
        (0xe, 0xe, "Key-Length"),
        (0xf, 0xf, "Field-Size"),
        (0x10, 0x10, "Group-Order"),
        (0x11, 0x11, "Block-Size"),
        (0x12, 0x13, "Unassigned (Future use)"),
        (0x14, 0x14, "Asymmetric-Cryptographic-Algorithm-Type"),
        (0x15, 0x3fff, "Unassigned (Future use)"),
        (0x4000, 0x7fff, "Private use"),
    ];

    const IKE_ATTR_LIFE_TYPE_VALS: &[(u64, &str)] =
        &[(0, "RESERVED"), (1, "Seconds"), (2, "Kilobytes")];

    const IPSEC_ATTR_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x1, 0x1, "SA-Life-Type"),
        (0x2, 0x2, "SA-Life-Duration"),
        (0x3, 0x3, "Group-Description"),
        (0x4, 0x4, "Encapsulation-Mode"),
        (0x5, 0x5, "Authentication-Algorithm"),
        (0x6, 0x6, "Key-Length"),
        (0x7, 0x7, "Key-Rounds"),
        (0x8, 0x8, "Compress-Dictionary-Size"),
        (0x9, 0x9, "Compress-Private-Algorithm"),
        (0xa, 0xa, "ECN Tunnel"),
        (0xb, 0xb, "Extended (64-bit) Sequence Number"),
        (0xc, 0xc, "Authentication Key Length"),
        (0xd, 0xd, "Signature Encoding Algorithm"),
        (0xe, 0xe, "Address Preservation"),
        (0xf, 0xf, "SA Direction"),
        (0x10, 0x7d00, "Unassigned (Future use)"),
        (0x7d01, 0x7fff, "Private use"),
    ];

    const IKE_ATTR_ENCRYPTION_ALGORITHM_VALS: &[(u64, &str)] = &[
        (0, "RESERVED"),
        (1, "DES-CBC"),
        (2, "IDEA-CBC"),
        (3, "BLOWFISH-CBC"),
        (4, "RC5-R16-B64-CBC"),
        (5, "3DES-CBC"),
        (6, "CAST-CBC"),
        (7, "AES-CBC"),
        (8, "CAMELLIA-CBC"),
        (127, "SM4-CBC (DEPRECATED)"),
        (128, "SM1-CBC"),
        (129, "SM4-CBC"),
    ];

    const IKE_ATTR_HASH_ALGORITHM_VALS: &[(u64, &str)] = &[
        (0, "RESERVED"),
        (1, "MD5"),
        (2, "SHA"),
        (3, "TIGER"),
        (4, "SHA2-256"),
        (5, "SHA2-384"),
        (6, "SHA2-512"),
        (20, "SM3"),
    ];

    const IKE_ATTR_AUTHENTICATION_METHOD_VALS: &[(u64, &str)] = &[
        (0, "RESERVED"),
        (1, "Pre-shared key"),
        (2, "DSS signatures"),
        (3, "RSA signatures"),
        (4, "Encryption with RSA"),
        (5, "Revised encryption with RSA"),
        (6, "Reserved (was Encryption with El-Gamal)"),
        (7, "Reserved (was Revised encryption with El-Gamal)"),
        (8, "Reserved (was ECDSA signatures)"),
        (9, "ECDSA with SHA-256 on the P-256 curve"),
        (10, "ECDSA with SHA-384 on the P-384 curve"),
        (11, "ECDSA with SHA-512 on the P-521 curve"),
        (64221, "HybridInitRSA"),
        (64222, "HybridRespRSA"),
        (64223, "HybridInitDSS"),
        (64224, "HybridRespDSS"),
        (65001, "XAUTHInitPreShared"),
        (65002, "XAUTHRespPreShared"),
        (65003, "XAUTHInitDSS"),
        (65004, "XAUTHRespDSS"),
        (65005, "XAUTHInitRSA"),
        (65006, "XAUTHRespRSA"),
        (65007, "XAUTHInitRSAEncryption"),
        (65008, "XAUTHRespRSAEncryption"),
        (65009, "XAUTHInitRSARevisedEncryption"),
        (65010, "XAUTHRespRSARevisedEncryption"),
    ];

    const IKE_ATTR_GROUP_TYPE_VALS: &[(u64, &str)] =
        &[(0, "UNDEFINED - 0"), (1, "MODP"), (2, "ECP"), (3, "EC2N")];

    const IPSEC_ATTR_ENCAP_MODE_VALS: &[(u64, &str)] = &[
        (0, "RESERVED"),
        (1, "Tunnel"),
        (2, "Transport"),
        (3, "UDP-Encapsulated-Tunnel"),
        (4, "UDP-Encapsulated-Transport"),
        (61440, "Check Point IPSec UDP Encapsulation"),
        (61443, "UDP-Encapsulated-Tunnel (draft)"),
        (61444, "UDP-Encapsulated-Transport (draft)"),
    ];

    const IPSEC_ATTR_AUTH_ALGORITHM_VALS: &[(u64, &str)] = &[
        (0, "RESERVED"),
        (1, "HMAC-MD5"),
        (2, "HMAC-SHA"),
        (3, "DES-MAC"),
        (4, "KPDK"),
        (5, "HMAC-SHA2-256"),
        (6, "HMAC-SHA2-384"),
        (7, "HMAC-SHA2-512"),
        (8, "HMAC-RIPEMD"),
        (9, "AES-XCBC-MAC"),
        (10, "SIG-RSA"),
        (11, "AES-128-GMAC"),
        (12, "AES-192-GMAC"),
        (13, "AES-256-GMAC"),
    ];

    const IPSEC_ATTR_ECN_TUNNEL_VALS: &[(u64, &str)] =
        &[(0, "RESERVED"), (1, "Allowed"), (2, "Forbidden")];

    const IPSEC_ATTR_EXT_SEQ_NBR_VALS: &[(u64, &str)] =
        &[(0, "RESERVED"), (1, "64-bit Sequence Number")];

    const IPSEC_ATTR_ADDR_PRESERVATION_VALS: &[(u64, &str)] = &[
        (0, "Reserved"),
        (1, "None"),
        (2, "Source-Only"),
        (3, "Destination-Only"),
        (4, "Source-and-Destination"),
    ];

    const IPSEC_ATTR_SA_DIRECTION_VALS: &[(u64, &str)] = &[
        (0, "Reserved"),
        (1, "Sender-Only"),
        (2, "Receiver-Only"),
        (3, "Symmetric"),
    ];

    const IKE2_ATTR_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0xd, "Reserved"),
        (0xe, 0xe, "Key Length"),
        (0xf, 0x11, "Reserved"),
        (0x12, 0x3fff, "Unassigned (Future use)"),
        (0x4000, 0x7fff, "Private use"),
    ];

    const ID_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "RESERVED"),
        (0x1, 0x1, "IPV4_ADDR"),
        (0x2, 0x2, "FQDN"),
        (0x3, 0x3, "USER_FQDN"),
        (0x4, 0x4, "IPV4_ADDR_SUBNET"),
        (0x5, 0x5, "IPV6_ADDR"),
        (0x6, 0x6, "IPV6_ADDR_SUBNET"),
        (0x7, 0x7, "IPV4_ADDR_RANGE"),
        (0x8, 0x8, "IPV6_ADDR_RANGE"),
        (0x9, 0x9, "DER_ASN1_DN"),
        (0xa, 0xa, "DER_ASN1_GN"),
        (0xb, 0xb, "KEY_ID"),
        (0xc, 0xc, "KEY_LIST"),
        (0xd, 0xf8, "Future use"),
        (0xf9, 0xff, "Private Use"),
        (0x0, 0x0, "RESERVED"),
        (0x1, 0x1, "IPV4_ADDR"),
        (0x2, 0x2, "FQDN"),
        (0x3, 0x3, "ID_RFC822_ADDR"),
        (0x4, 0x4, "Unassigned"),
        (0x5, 0x5, "IPV6_ADDR"),
        (0x6, 0x8, "Unassigned"),
        (0x9, 0x9, "DER_ASN1_DN"),
        (0xa, 0xa, "DER_ASN1_GN"),
        (0xb, 0xb, "KEY_ID"),
        (0xc, 0xc, "KEY_LIST"),
        (0xd, 0xc8, "Future use"),
        (0xc9, 0xff, "Private Use"),
    ];

    // IP protocol numbers: ip.proto's table.
    const ID_PROTOID_VALS: &[(u64, &str)] = crate::dissect::fields::ip::PROTO_VALS;

    const CERT_ENCODING_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "NONE"),
        (0x1, 0x1, "PKCS #7 wrapped X.509 certificate"),
        (0x2, 0x2, "PGP Certificate"),
        (0x3, 0x3, "DNS Signed Key"),
        (0x4, 0x4, "X.509 Certificate - Signature"),
        (0x5, 0x5, "X.509 Certificate - Key Exchange"),
        (0x6, 0x6, "Kerberos Tokens"),
        (0x7, 0x7, "Certificate Revocation List (CRL)"),
        (0x8, 0x8, "Authority Revocation List (ARL)"),
        (0x9, 0x9, "SPKI Certificate"),
        (0xa, 0xa, "X.509 Certificate - Attribute"),
        (0xb, 0xff, "RESERVED"),
        (0x0, 0x0, "RESERVED"),
        (0x1, 0x1, "PKCS #7 wrapped X.509 certificate"),
        (0x2, 0x2, "PGP Certificate"),
        (0x3, 0x3, "DNS Signed Key"),
        (0x4, 0x4, "X.509 Certificate - Signature"),
        (0x5, 0x5, "*undefined by any document*"),
        (0x6, 0x6, "Kerberos Tokens"),
        (0x7, 0x7, "Certificate Revocation List (CRL)"),
        (0x8, 0x8, "Authority Revocation List (ARL)"),
        (0x9, 0x9, "SPKI Certificate"),
        (0xa, 0xa, "X.509 Certificate - Attribute"),
        (0xb, 0xb, "Raw RSA Key"),
        (0xc, 0xc, "Hash and URL of X.509 certificate"),
        (0xd, 0xd, "Hash and URL of X.509 bundle"),
        (0xe, 0xe, "OCSP Content"),
        (0xf, 0xc8, "RESERVED to IANA"),
        (0xc9, 0xff, "PRIVATE USE"),
    ];

    const AUTH_METHOD_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "RESERVED TO IANA"),
        (0x1, 0x1, "RSA Digital Signature"),
        (0x2, 0x2, "Shared Key Message Integrity Code"),
        (0x3, 0x3, "DSS Digital Signature"),
        (0x4, 0x8, "RESERVED TO IANA"),
        (0x9, 0x9, "ECDSA with SHA-256 on the P-256 curve"),
        (0xa, 0xa, "ECDSA with SHA-384 on the P-384 curve"),
        (0xb, 0xb, "ECDSA with SHA-512 on the P-521 curve"),
        (0xc, 0xc, "Generic Secure Password Authentication Method"),
        (0xd, 0xd, "NULL Authentication"),
        (0xe, 0xe, "Digital Signature"),
        (0xf, 0xc8, "RESERVED TO IANA"),
        (0xc9, 0xff, "PRIVATE USE"),
    ];

    const NOTIFY_MSGTYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "<UNKNOWN>"),
        (0x1, 0x1, "INVALID-PAYLOAD-TYPE"),
        (0x2, 0x2, "DOI-NOT-SUPPORTED"),
        (0x3, 0x3, "SITUATION-NOT-SUPPORTED"),
        (0x4, 0x4, "INVALID-COOKIE"),
        (0x5, 0x5, "INVALID-MAJOR-VERSION"),
        (0x6, 0x6, "INVALID-MINOR-VERSION"),
        (0x7, 0x7, "INVALID-EXCHANGE-TYPE"),
        (0x8, 0x8, "INVALID-FLAGS"),
        (0x9, 0x9, "INVALID-MESSAGE-ID"),
        (0xa, 0xa, "INVALID-PROTOCOL-ID"),
        (0xb, 0xb, "INVALID-SPI"),
        (0xc, 0xc, "INVALID-TRANSFORM-ID"),
        (0xd, 0xd, "ATTRIBUTES-NOT-SUPPORTED"),
        (0xe, 0xe, "NO-PROPOSAL-CHOSEN"),
        (0xf, 0xf, "BAD-PROPOSAL-SYNTAX"),
        (0x10, 0x10, "PAYLOAD-MALFORMED"),
        (0x11, 0x11, "INVALID-KEY-INFORMATION"),
        (0x12, 0x12, "INVALID-ID-INFORMATION"),
        (0x13, 0x13, "INVALID-CERT-ENCODING"),
        (0x14, 0x14, "INVALID-CERTIFICATE"),
        (0x15, 0x15, "CERT-TYPE-UNSUPPORTED"),
        (0x16, 0x16, "INVALID-CERT-AUTHORITY"),
        (0x17, 0x17, "INVALID-HASH-INFORMATION"),
        (0x18, 0x18, "AUTHENTICATION-FAILED"),
        (0x19, 0x19, "INVALID-SIGNATURE"),
        (0x1a, 0x1a, "ADDRESS-NOTIFICATION"),
        (0x1b, 0x1b, "NOTIFY-SA-LIFETIME"),
        (0x1c, 0x1c, "CERTIFICATE-UNAVAILABLE"),
        (0x1d, 0x1d, "UNSUPPORTED-EXCHANGE-TYPE"),
        (0x1e, 0x1e, "UNEQUAL-PAYLOAD-LENGTHS"),
        (0x1f, 0x1fff, "RESERVED (Future Use)"),
        (0x2000, 0x3fff, "Private Use"),
        (0x4000, 0x4000, "CONNECTED"),
        (0x4001, 0x5fff, "RESERVED (Future Use)"),
        (0x6000, 0x6000, "RESPONDER-LIFETIME"),
        (0x6001, 0x6001, "REPLAY-STATUS"),
        (0x6002, 0x6002, "INITIAL-CONTACT"),
        (0x6003, 0x7fff, "DOI-specific codes"),
        (0x8000, 0x8d27, "Private Use"),
        (0x8d28, 0x8d28, "R-U-THERE"),
        (0x8d29, 0x8d29, "R-U-THERE-ACK"),
        (0x8d2a, 0x9e34, "Private Use"),
        (0x9e35, 0x9e35, "UNITY-LOAD-BALANCE"),
        (0x9e36, 0x9e36, "UNITY-UNKNOWN"),
        (0x9e37, 0x9e37, "UNITY-GROUP-HASH"),
        (0x9e37, 0x9fff, "Private Use"),
        (0xa000, 0xffff, "RESERVED (Future Use)"),
        (0x0, 0x0, "RESERVED"),
        (0x1, 0x1, "UNSUPPORTED_CRITICAL_PAYLOAD"),
        (0x2, 0x3, "RESERVED"),
        (0x4, 0x4, "INVALID_IKE_SPI"),
        (0x5, 0x5, "INVALID_MAJOR_VERSION"),
        (0x6, 0x6, "RESERVED"),
        (0x7, 0x7, "INVALID_SYNTAX"),
        (0x8, 0x8, "RESERVED"),
        (0x9, 0x9, "INVALID_MESSAGE_ID"),
        (0xa, 0xa, "RESERVED"),
        (0xb, 0xb, "INVALID_SPI"),
        (0xc, 0xd, "RESERVED"),
        (0xe, 0xe, "NO_PROPOSAL_CHOSEN"),
        (0xf, 0x10, "RESERVED"),
        (0x11, 0x11, "INVALID_KE_PAYLOAD"),
        (0x18, 0x18, "AUTHENTICATION_FAILED"),
        (0x19, 0x21, "RESERVED"),
        (0x22, 0x22, "SINGLE_PAIR_REQUIRED"),
        (0x23, 0x23, "NO_ADDITIONAL_SAS"),
        (0x24, 0x24, "INTERNAL_ADDRESS_FAILURE"),
        (0x25, 0x25, "FAILED_CP_REQUIRED"),
        (0x26, 0x26, "TS_UNACCEPTABLE"),
        (0x27, 0x27, "INVALID_SELECTORS"),
        (0x28, 0x28, "UNACCEPTABLE_ADDRESSES"),
        (0x29, 0x29, "UNEXPECTED_NAT_DETECTED"),
        (0x2a, 0x2a, "USE_ASSIGNED_HoA"),
        (0x2b, 0x2b, "TEMPORARY_FAILURE"),
        (0x2c, 0x2c, "CHILD_SA_NOT_FOUND"),
        (0x2d, 0x2d, "INVALID_GROUP_ID"),
        (0x2e, 0x2e, "CHILD_SA_NOT_FOUND"),
        (0x2f, 0x1fff, "RESERVED TO IANA - Error types"),
        (0x2000, 0x3fff, "Private Use - Errors"),
        (0x4000, 0x4000, "INITIAL_CONTACT"),
        (0x4001, 0x4001, "SET_WINDOW_SIZE"),
        (0x4002, 0x4002, "ADDITIONAL_TS_POSSIBLE"),
        (0x4003, 0x4003, "IPCOMP_SUPPORTED"),
        (0x4004, 0x4004, "NAT_DETECTION_SOURCE_IP"),
        (0x4005, 0x4005, "NAT_DETECTION_DESTINATION_IP"),
        (0x4006, 0x4006, "COOKIE"),
        (0x4007, 0x4007, "USE_TRANSPORT_MODE"),
        (0x4008, 0x4008, "HTTP_CERT_LOOKUP_SUPPORTED"),
        (0x4009, 0x4009, "REKEY_SA"),
        (0x400a, 0x400a, "ESP_TFC_PADDING_NOT_SUPPORTED"),
        (0x400b, 0x400b, "NON_FIRST_FRAGMENTS_ALSO"),
        (0x400c, 0x400c, "MOBIKE_SUPPORTED"),
        (0x400d, 0x400d, "ADDITIONAL_IP4_ADDRESS"),
        (0x400e, 0x400e, "ADDITIONAL_IP6_ADDRESS"),
        (0x400f, 0x400f, "NO_ADDITIONAL_ADDRESSES"),
        (0x4010, 0x4010, "UPDATE_SA_ADDRESSES"),
        (0x4011, 0x4011, "COOKIE2"),
        (0x4012, 0x4012, "NO_NATS_ALLOWED"),
        (0x4013, 0x4013, "AUTH_LIFETIME"),
        (0x4014, 0x4014, "MULTIPLE_AUTH_SUPPORTED"),
        (0x4015, 0x4015, "ANOTHER_AUTH_FOLLOWS"),
        (0x4016, 0x4016, "REDIRECT_SUPPORTED"),
        (0x4017, 0x4017, "REDIRECT"),
        (0x4018, 0x4018, "REDIRECTED_FROM"),
        (0x4019, 0x4019, "TICKET_LT_OPAQUE"),
        (0x401a, 0x401a, "TICKET_REQUEST"),
        (0x401b, 0x401b, "TICKET_ACK"),
        (0x401c, 0x401c, "TICKET_NACK"),
        (0x401d, 0x401d, "TICKET_OPAQUE"),
        (0x401e, 0x401e, "LINK_ID"),
        (0x401f, 0x401f, "USE_WESP_MODE"),
        (0x4020, 0x4020, "ROHC_SUPPORTED"),
        (0x4021, 0x4021, "EAP_ONLY_AUTHENTICATION"),
        (0x4022, 0x4022, "CHILDLESS_IKEV2_SUPPORTED"),
        (0x4023, 0x4023, "QUICK_CRASH_DETECTION"),
        (0x4024, 0x4024, "IKEV2_MESSAGE_ID_SYNC_SUPPORTED"),
        (0x4025, 0x4025, "IPSEC_REPLAY_COUNTER_SYNC_SUPPORTED"),
        (0x4026, 0x4026, "IKEV2_MESSAGE_ID_SYNC"),
        (0x4027, 0x4027, "IPSEC_REPLAY_COUNTER_SYNC"),
        (0x4028, 0x4028, "SECURE_PASSWORD_METHODS"),
        (0x4029, 0x4029, "PSK_PERSIST"),
        (0x402a, 0x402a, "PSK_CONFIRM"),
        (0x402b, 0x402b, "ERX_SUPPORTED"),
        (0x402c, 0x402c, "IFOM_CAPABILITY"),
        (0x402d, 0x402d, "SENDER_REQUEST_ID"),
        (0x402e, 0x402e, "IKEV2_FRAGMENTATION_SUPPORTED"),
        (0x402f, 0x402f, "SIGNATURE_HASH_ALGORITHMS"),
        (0x4030, 0x9fff, "RESERVED TO IANA - STATUS TYPES"),
        (0xa000, 0xffff, "Private Use - STATUS TYPES"),
    ];

    const NOTIFY_DATA_IPCOMP_TRANSFORM_ID_VALS: &[(u64, &str)] = &[
        (0, "RESERVED"),
        (1, "OUI"),
        (2, "DEFLATE"),
        (3, "LZS"),
        (4, "LZJH"),
    ];

    const NOTIFY_DATA_SIGNATURE_HASH_ALGORITHMS_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "Reserved"),
        (0x1, 0x1, "SHA1"),
        (0x2, 0x2, "SHA2-256"),
        (0x3, 0x3, "SHA2-384"),
        (0x4, 0x4, "SHA2-512"),
        (0x5, 0x5, "Identity"),
        (0x6, 0x3ff, "Unassigned"),
        (0x400, 0xffff, "Reserved for Private Use"),
    ];

    const VID_CP_PRODUCT_VALS: &[(u64, &str)] =
        &[(1, "Firewall-1"), (2, "SecuRemote/SecureClient")];

    const VID_CP_VERSION_VALS: &[(u64, &str)] = &[
        (2, "4.1"),
        (3, "4.1 SP-1"),
        (4002, "4.1 (SP-2 or above)"),
        (5000, "NG"),
        (5001, "NG Feature Pack 1"),
        (5002, "NG Feature Pack 2"),
        (5003, "NG Feature Pack 3"),
        (5004, "NG with Application Intelligence"),
        (5005, "NG with Application Intelligence R55"),
        (5006, "NG with Application Intelligence R56"),
    ];

    const VID_MS_NT5_ISAKMPOAKLEY_VALS: &[(u64, &str)] = &[
        (2, "Windows 2000"),
        (3, "Windows XP SP1"),
        (4, "Windows 2003 and Windows XP SP2"),
        (5, "Windows Vista"),
    ];

    const TS_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x6, "Reserved"),
        (0x7, 0x7, "TS_IPV4_ADDR_RANGE"),
        (0x8, 0x8, "TS_IPV6_ADDR_RANGE"),
        (0x9, 0x9, "TS_FC_ADDR_RANGE"),
        (0xa, 0xf0, "Future use"),
        (0xf1, 0xff, "Private use"),
    ];

    const SAK_SRC_ID_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "RESERVED"),
        (0x1, 0x1, "IPV4_ADDR"),
        (0x2, 0x2, "FQDN"),
        (0x3, 0x3, "USER_FQDN"),
        (0x4, 0x4, "IPV4_ADDR_SUBNET"),
        (0x5, 0x5, "IPV6_ADDR"),
        (0x6, 0x6, "IPV6_ADDR_SUBNET"),
        (0x7, 0x7, "IPV4_ADDR_RANGE"),
        (0x8, 0x8, "IPV6_ADDR_RANGE"),
        (0x9, 0x9, "DER_ASN1_DN"),
        (0xa, 0xa, "DER_ASN1_GN"),
        (0xb, 0xb, "KEY_ID"),
        (0xc, 0xc, "KEY_LIST"),
        (0xd, 0xf8, "Future use"),
        (0xf9, 0xff, "Private Use"),
    ];

    const CFG_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "Reserved"),
        (0x1, 0x1, "ISAKMP_CFG_REQUEST"),
        (0x2, 0x2, "ISAKMP_CFG_REPLY"),
        (0x3, 0x3, "ISAKMP_CFG_SET"),
        (0x4, 0x4, "ISAKMP_CFG_ACK"),
        (0x5, 0x7f, "Future use"),
        (0x80, 0x100, "Private Use"),
        (0x0, 0x0, "RESERVED"),
        (0x1, 0x1, "CFG_REQUEST"),
        (0x2, 0x2, "CFG_REPLY"),
        (0x3, 0x3, "CFG_SET"),
        (0x4, 0x4, "CFG_ACK"),
        (0x5, 0x7f, "Future use"),
        (0x80, 0x100, "Private Use"),
    ];

    const CFG_ATTR_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "RESERVED"),
        (0x1, 0x1, "INTERNAL_IP4_ADDRESS"),
        (0x2, 0x2, "INTERNAL_IP4_NETMASK"),
        (0x3, 0x3, "INTERNAL_IP4_DNS"),
        (0x4, 0x4, "INTERNAL_IP4_NBNS"),
        (0x5, 0x5, "INTERNAL_ADDRESS_EXPIRY"),
        (0x6, 0x6, "INTERNAL_IP4_DHCP"),
        (0x7, 0x7, "APPLICATION_VERSION"),
        (0x8, 0x8, "INTERNAL_IP6_ADDRESS"),
        (0x9, 0x9, "INTERNAL_IP6_NETMASK"),
        (0xa, 0xa, "INTERNAL_IP6_DNS"),
        (0xb, 0xb, "INTERNAL_IP6_NBNS"),
        (0xc, 0xc, "INTERNAL_IP6_DHCP"),
        (0xd, 0xd, "INTERNAL_IP4_SUBNET"),
        (0xe, 0xe, "SUPPORTED_ATTRIBUTES"),
        (0xf, 0xf, "INTERNAL_IP6_SUBNET"),
        (0x10, 0x3fff, "FUTURE USE"),
        (0x4000, 0x4002, "PRIVATE USE"),
        (0x4003, 0x4003, "CHKPT_DEF_DOMAIN"),
        (0x4004, 0x4004, "CHKPT_MAC_ADDRESS"),
        (0x4005, 0x4005, "CHKPT_MARCIPAN_REASON_CODE"),
        (0x4010, 0x4010, "CHKPT_UNKNOWN1"),
        (0x4011, 0x4011, "CHKPT_UNKNOWN2"),
        (0x4012, 0x4012, "CHKPT_UNKNOWN3"),
        (0x4013, 0x4087, "PRIVATE USE"),
        (0x4088, 0x4088, "XAUTH_TYPE"),
        (0x4089, 0x4089, "XAUTH_USER_NAME"),
        (0x408a, 0x408a, "XAUTH_USER_PASSWORD"),
        (0x408b, 0x408b, "XAUTH_PASSCODE"),
        (0x408c, 0x408c, "XAUTH_MESSAGE"),
        (0x408d, 0x408d, "XAUTH_CHALLANGE"),
        (0x408e, 0x408e, "XAUTH_DOMAIN"),
        (0x408f, 0x408f, "XAUTH_STATUS"),
        (0x4090, 0x4090, "XAUTH_NEXT_PIN"),
        (0x4091, 0x4091, "XAUTH_ANSWER"),
        (0x4092, 0x6fff, "PRIVATE USE"),
        (0x7000, 0x7000, "UNITY_BANNER"),
        (0x7001, 0x7001, "UNITY_SAVE_PASSWD"),
        (0x7002, 0x7002, "UNITY_DEF_DOMAIN"),
        (0x7003, 0x7003, "UNITY_SPLIT_DOMAIN"),
        (0x7004, 0x7004, "UNITY_SPLIT_INCLUDE"),
        (0x7005, 0x7005, "UNITY_NATT_PORT"),
        (0x7006, 0x7006, "UNITY_SPLIT_EXCLUDE"),
        (0x7007, 0x7007, "UNITY_PFS"),
        (0x7008, 0x7008, "UNITY_FW_TYPE"),
        (0x7009, 0x7009, "UNITY_BACKUP_SERVERS"),
        (0x700a, 0x700a, "UNITY_DDNS_HOSTNAME"),
        (0x700b, 0x7fff, "PRIVATE USE"),
        (0x0, 0x0, "RESERVED"),
        (0x1, 0x1, "INTERNAL_IP4_ADDRESS"),
        (0x2, 0x2, "INTERNAL_IP4_NETMASK"),
        (0x3, 0x3, "INTERNAL_IP4_DNS"),
        (0x4, 0x4, "INTERNAL_IP4_NBNS"),
        (0x5, 0x5, "INTERNAL_ADDRESS_EXPIRY"),
        (0x6, 0x6, "INTERNAL_IP4_DHCP"),
        (0x7, 0x7, "APPLICATION_VERSION"),
        (0x8, 0x8, "INTERNAL_IP6_ADDRESS"),
        (0x9, 0x9, "RESERVED"),
        (0xa, 0xa, "INTERNAL_IP6_DNS"),
        (0xb, 0xb, "INTERNAL_IP6_NBNS"),
        (0xc, 0xc, "INTERNAL_IP6_DHCP"),
        (0xd, 0xd, "INTERNAL_IP4_SUBNET"),
        (0xe, 0xe, "SUPPORTED_ATTRIBUTES"),
        (0xf, 0xf, "INTERNAL_IP6_SUBNET"),
        (0x10, 0x10, "MIP6_HOME_PREFIX"),
        (0x11, 0x11, "INTERNAL_IP6_LINK"),
        (0x12, 0x12, "INTERNAL_IP6_PREFIX"),
        (0x13, 0x13, "HOME_AGENT_ADDRESS"),
        (0x14, 0x14, "P_CSCF_IP4_ADDRESS"),
        (0x15, 0x15, "P_CSCF_IP6_ADDRESS"),
        (0x16, 0x16, "FTT_KAT"),
        (0x17, 0x3fff, "RESERVED TO IANA"),
        (0x4000, 0x7fff, "PRIVATE USE"),
    ];

    const CFG_ATTR_XAUTH_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "Generic"),
        (0x1, 0x1, "RADIUS-CHAP"),
        (0x2, 0x2, "OTP"),
        (0x3, 0x3, "S/KEY"),
        (0x4, 0x7fff, "Future use"),
        (0x8000, 0xffff, "Private use"),
    ];

    const CFG_ATTR_XAUTH_STATUS_VALS: &[(u64, &str)] = &[(0, "Fail"), (1, "Success")];
}

pub mod udpencap {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static UDPENCAP: &F = field!(F::new(
        "udpencap",
        Protocol,
        "UDP Encapsulation of IPsec Packets"
    ));
    pub static NAT_KEEPALIVE: &F = field!(F::new(
        "udpencap.nat_keepalive",
        None,
        "NAT-keepalive packet"
    ));
    pub static NON_ESP_MARKER: &F =
        field!(F::new("udpencap.non_esp_marker", None, "Non-ESP Marker"));

    pub static ALL: &[&F] = &[UDPENCAP, NAT_KEEPALIVE, NON_ESP_MARKER];
}
