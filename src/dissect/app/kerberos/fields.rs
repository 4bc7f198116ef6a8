pub mod kerberos {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static RM_RESERVED: &F = field!(
        F::new("kerberos.rm.reserved", Boolean, "Reserved")
            .base(Base::Bits(32))
            .mask(0x80000000)
            .tfs("Set", "Not set")
            .blurb("Record mark reserved bit")
    );
    pub static RM_LENGTH: &F =
        field!(F::new("kerberos.rm.length", Uint32, "Record Length").mask(0x7fffffff));
    pub static PVNO: &F = field!(F::new("kerberos.pvno", Uint32, "pvno").blurb("INTEGER_5"));
    pub static MSG_TYPE: &F = field!(
        F::new("kerberos.msg_type", Int32, "msg-type")
            .vals(MSG_TYPE_VALS)
            .blurb("MESSAGE_TYPE")
    );
    pub static PADATA: &F =
        field!(F::new("kerberos.padata", Uint32, "padata").blurb("T_rEQ_SEQUENCE_OF_PA_DATA"));
    pub static PA_DATA_ELEMENT: &F = field!(F::new("kerberos.PA_DATA_element", None, "PA-DATA"));
    pub static PADATA_TYPE: &F =
        field!(F::new("kerberos.padata_type", Int32, "padata-type").vals(PADATA_TYPE_VALS));
    pub static PADATA_VALUE: &F = field!(F::new("kerberos.padata_value", Bytes, "padata-value"));
    pub static ETYPE: &F = field!(
        F::new("kerberos.etype", Int32, "etype")
            .vals(ETYPE_VALS)
            .blurb("ENCTYPE")
    );
    pub static KVNO: &F = field!(F::new("kerberos.kvno", Uint32, "kvno").blurb("UInt32"));
    pub static CIPHER: &F =
        field!(F::new("kerberos.cipher", Bytes, "cipher").blurb("T_encryptedTicketData_cipher"));
    pub static ETYPE_INFO2_ENTRY_ELEMENT: &F = field!(F::new(
        "kerberos.ETYPE_INFO2_ENTRY_element",
        None,
        "ETYPE-INFO2-ENTRY"
    ));
    pub static INFO2_SALT: &F =
        field!(F::new("kerberos.info2_salt", String, "salt").blurb("KerberosString"));
    pub static S2KPARAMS: &F =
        field!(F::new("kerberos.s2kparams", Bytes, "s2kparams").blurb("OCTET_STRING"));
    pub static ETYPE_INFO_ENTRY_ELEMENT: &F = field!(F::new(
        "kerberos.ETYPE_INFO_ENTRY_element",
        None,
        "ETYPE-INFO-ENTRY"
    ));
    pub static INFO_SALT: &F =
        field!(F::new("kerberos.info_salt", Bytes, "salt").blurb("OCTET_STRING"));
    pub static INCLUDE_PAC: &F =
        field!(F::new("kerberos.include_pac", Boolean, "include-pac").blurb("BOOLEAN"));
    pub static REQ_BODY_ELEMENT: &F =
        field!(F::new("kerberos.req_body_element", None, "req-body").blurb("KDC_REQ_BODY"));
    pub static KDC_OPTIONS: &F =
        field!(F::new("kerberos.kdc_options", Bytes, "kdc-options").blurb("KDCOptions"));
    pub static APOPTIONS_RESERVED: &F = field!(
        F::new("kerberos.APOptions.reserved", Boolean, "reserved")
            .base(Base::Bits(8))
            .mask(0x80)
    );
    pub static APOPTIONS_USE_SESSION_KEY: &F = field!(
        F::new(
            "kerberos.APOptions.use.session.key",
            Boolean,
            "use-session-key"
        )
        .base(Base::Bits(8))
        .mask(0x40)
    );
    pub static APOPTIONS_MUTUAL_REQUIRED: &F = field!(
        F::new(
            "kerberos.APOptions.mutual.required",
            Boolean,
            "mutual-required"
        )
        .base(Base::Bits(8))
        .mask(0x20)
    );
    pub static KDCOPTIONS_RESERVED: &F = field!(
        F::new("kerberos.KDCOptions.reserved", Boolean, "reserved")
            .base(Base::Bits(8))
            .mask(0x80)
    );
    pub static KDCOPTIONS_FORWARDABLE: &F = field!(
        F::new("kerberos.KDCOptions.forwardable", Boolean, "forwardable")
            .base(Base::Bits(8))
            .mask(0x40)
    );
    pub static KDCOPTIONS_FORWARDED: &F = field!(
        F::new("kerberos.KDCOptions.forwarded", Boolean, "forwarded")
            .base(Base::Bits(8))
            .mask(0x20)
    );
    pub static KDCOPTIONS_PROXIABLE: &F = field!(
        F::new("kerberos.KDCOptions.proxiable", Boolean, "proxiable")
            .base(Base::Bits(8))
            .mask(0x10)
    );
    pub static KDCOPTIONS_PROXY: &F = field!(
        F::new("kerberos.KDCOptions.proxy", Boolean, "proxy")
            .base(Base::Bits(8))
            .mask(0x8)
    );
    pub static KDCOPTIONS_ALLOW_POSTDATE: &F = field!(
        F::new(
            "kerberos.KDCOptions.allow.postdate",
            Boolean,
            "allow-postdate"
        )
        .base(Base::Bits(8))
        .mask(0x4)
    );
    pub static KDCOPTIONS_POSTDATED: &F = field!(
        F::new("kerberos.KDCOptions.postdated", Boolean, "postdated")
            .base(Base::Bits(8))
            .mask(0x2)
    );
    pub static KDCOPTIONS_UNUSED7: &F = field!(
        F::new("kerberos.KDCOptions.unused7", Boolean, "unused7")
            .base(Base::Bits(8))
            .mask(0x1)
    );
    pub static KDCOPTIONS_RENEWABLE: &F = field!(
        F::new("kerberos.KDCOptions.renewable", Boolean, "renewable")
            .base(Base::Bits(8))
            .mask(0x80)
    );
    pub static KDCOPTIONS_UNUSED9: &F = field!(
        F::new("kerberos.KDCOptions.unused9", Boolean, "unused9")
            .base(Base::Bits(8))
            .mask(0x40)
    );
    pub static KDCOPTIONS_UNUSED10: &F = field!(
        F::new("kerberos.KDCOptions.unused10", Boolean, "unused10")
            .base(Base::Bits(8))
            .mask(0x20)
    );
    pub static KDCOPTIONS_OPT_HARDWARE_AUTH: &F = field!(
        F::new(
            "kerberos.KDCOptions.opt.hardware.auth",
            Boolean,
            "opt-hardware-auth"
        )
        .base(Base::Bits(8))
        .mask(0x10)
    );
    pub static KDCOPTIONS_UNUSED12: &F = field!(
        F::new("kerberos.KDCOptions.unused12", Boolean, "unused12")
            .base(Base::Bits(8))
            .mask(0x8)
    );
    pub static KDCOPTIONS_UNUSED13: &F = field!(
        F::new("kerberos.KDCOptions.unused13", Boolean, "unused13")
            .base(Base::Bits(8))
            .mask(0x4)
    );
    pub static KDCOPTIONS_CONSTRAINED_DELEGATION: &F = field!(
        F::new(
            "kerberos.KDCOptions.constrained.delegation",
            Boolean,
            "constrained-delegation"
        )
        .base(Base::Bits(8))
        .mask(0x2)
    );
    pub static KDCOPTIONS_CANONICALIZE: &F = field!(
        F::new("kerberos.KDCOptions.canonicalize", Boolean, "canonicalize")
            .base(Base::Bits(8))
            .mask(0x1)
    );
    pub static KDCOPTIONS_REQUEST_ANONYMOUS: &F = field!(
        F::new(
            "kerberos.KDCOptions.request.anonymous",
            Boolean,
            "request-anonymous"
        )
        .base(Base::Bits(8))
        .mask(0x80)
    );
    pub static KDCOPTIONS_UNUSED17: &F = field!(
        F::new("kerberos.KDCOptions.unused17", Boolean, "unused17")
            .base(Base::Bits(8))
            .mask(0x40)
    );
    pub static KDCOPTIONS_UNUSED18: &F = field!(
        F::new("kerberos.KDCOptions.unused18", Boolean, "unused18")
            .base(Base::Bits(8))
            .mask(0x20)
    );
    pub static KDCOPTIONS_UNUSED19: &F = field!(
        F::new("kerberos.KDCOptions.unused19", Boolean, "unused19")
            .base(Base::Bits(8))
            .mask(0x10)
    );
    pub static KDCOPTIONS_UNUSED20: &F = field!(
        F::new("kerberos.KDCOptions.unused20", Boolean, "unused20")
            .base(Base::Bits(8))
            .mask(0x8)
    );
    pub static KDCOPTIONS_UNUSED21: &F = field!(
        F::new("kerberos.KDCOptions.unused21", Boolean, "unused21")
            .base(Base::Bits(8))
            .mask(0x4)
    );
    pub static KDCOPTIONS_UNUSED22: &F = field!(
        F::new("kerberos.KDCOptions.unused22", Boolean, "unused22")
            .base(Base::Bits(8))
            .mask(0x2)
    );
    pub static KDCOPTIONS_UNUSED23: &F = field!(
        F::new("kerberos.KDCOptions.unused23", Boolean, "unused23")
            .base(Base::Bits(8))
            .mask(0x1)
    );
    pub static KDCOPTIONS_UNUSED24: &F = field!(
        F::new("kerberos.KDCOptions.unused24", Boolean, "unused24")
            .base(Base::Bits(8))
            .mask(0x80)
    );
    pub static KDCOPTIONS_UNUSED25: &F = field!(
        F::new("kerberos.KDCOptions.unused25", Boolean, "unused25")
            .base(Base::Bits(8))
            .mask(0x40)
    );
    pub static KDCOPTIONS_DISABLE_TRANSITED_CHECK: &F = field!(
        F::new(
            "kerberos.KDCOptions.disable.transited.check",
            Boolean,
            "disable-transited-check"
        )
        .base(Base::Bits(8))
        .mask(0x20)
    );
    pub static KDCOPTIONS_RENEWABLE_OK: &F = field!(
        F::new("kerberos.KDCOptions.renewable.ok", Boolean, "renewable-ok")
            .base(Base::Bits(8))
            .mask(0x10)
    );
    pub static KDCOPTIONS_ENC_TKT_IN_SKEY: &F = field!(
        F::new(
            "kerberos.KDCOptions.enc.tkt.in.skey",
            Boolean,
            "enc-tkt-in-skey"
        )
        .base(Base::Bits(8))
        .mask(0x8)
    );
    pub static KDCOPTIONS_UNUSED29: &F = field!(
        F::new("kerberos.KDCOptions.unused29", Boolean, "unused29")
            .base(Base::Bits(8))
            .mask(0x4)
    );
    pub static KDCOPTIONS_RENEW: &F = field!(
        F::new("kerberos.KDCOptions.renew", Boolean, "renew")
            .base(Base::Bits(8))
            .mask(0x2)
    );
    pub static KDCOPTIONS_VALIDATE: &F = field!(
        F::new("kerberos.KDCOptions.validate", Boolean, "validate")
            .base(Base::Bits(8))
            .mask(0x1)
    );
    pub static PAC_OPTIONS_FLAGS_CLAIMS: &F = field!(
        F::new("kerberos.PAC.OPTIONS.FLAGS.claims", Boolean, "claims")
            .base(Base::Bits(8))
            .mask(0x80)
    );
    pub static PAC_OPTIONS_FLAGS_BRANCH_AWARE: &F = field!(
        F::new(
            "kerberos.PAC.OPTIONS.FLAGS.branch.aware",
            Boolean,
            "branch-aware"
        )
        .base(Base::Bits(8))
        .mask(0x40)
    );
    pub static PAC_OPTIONS_FLAGS_FORWARD_TO_FULL_DC: &F = field!(
        F::new(
            "kerberos.PAC.OPTIONS.FLAGS.forward.to.full.dc",
            Boolean,
            "forward-to-full-dc"
        )
        .base(Base::Bits(8))
        .mask(0x20)
    );
    pub static PAC_OPTIONS_FLAGS_RESOURCE_BASED_CONSTRAINED_DELEGATION: &F = field!(
        F::new(
            "kerberos.PAC.OPTIONS.FLAGS.resource.based.constrained.delegation",
            Boolean,
            "resource-based-constrained-delegation"
        )
        .base(Base::Bits(8))
        .mask(0x10)
    );
    pub static CNAME_ELEMENT: &F = field!(F::new("kerberos.cname_element", None, "cname"));
    pub static NAME_TYPE: &F =
        field!(F::new("kerberos.name_type", Int32, "name-type").vals(NAME_TYPE_VALS));
    pub static CNAME_STRING: &F = field!(
        F::new("kerberos.cname_string", Uint32, "cname-string").blurb("SEQUENCE_OF_CNameString")
    );
    pub static CNAMESTRING: &F = field!(F::new("kerberos.CNameString", String, "CNameString"));
    pub static REALM: &F = field!(F::new("kerberos.realm", String, "realm"));
    pub static SNAME_ELEMENT: &F = field!(F::new("kerberos.sname_element", None, "sname"));
    pub static SNAME_STRING: &F = field!(
        F::new("kerberos.sname_string", Uint32, "sname-string").blurb("SEQUENCE_OF_SNameString")
    );
    pub static SNAMESTRING: &F = field!(F::new("kerberos.SNameString", String, "SNameString"));
    pub static FROM: &F =
        field!(F::new("kerberos.from", AbsoluteTime, "from").blurb("KerberosTime"));
    pub static TILL: &F =
        field!(F::new("kerberos.till", AbsoluteTime, "till").blurb("KerberosTime"));
    pub static RTIME: &F =
        field!(F::new("kerberos.rtime", AbsoluteTime, "rtime").blurb("KerberosTime"));
    pub static NONCE: &F = field!(F::new("kerberos.nonce", Uint32, "nonce").blurb("UInt32"));
    pub static KDC_REQ_BODY_ETYPE: &F =
        field!(F::new("kerberos.kdc-req-body.etype", Uint32, "etype").blurb("SEQUENCE_OF_ENCTYPE"));
    pub static ENCTYPE: &F = field!(F::new("kerberos.ENCTYPE", Int32, "ENCTYPE").vals(ETYPE_VALS));
    pub static ADDRESSES: &F =
        field!(F::new("kerberos.addresses", Uint32, "addresses").blurb("HostAddresses"));
    pub static HOSTADDRESS_ELEMENT: &F =
        field!(F::new("kerberos.HostAddress_element", None, "HostAddress"));
    pub static ADDR_TYPE: &F =
        field!(F::new("kerberos.addr_type", Int32, "addr-type").vals(ADDR_TYPE_VALS));
    pub static ADDR_NB: &F = field!(
        F::new("kerberos.addr_nb", String, "NetBIOS Address").blurb("NetBIOS Address and type")
    );
    pub static ADDR_IP: &F = field!(F::new("kerberos.addr_ip", Ipv4, "IP Address"));
    pub static ADDR_IPV6: &F = field!(F::new("kerberos.addr_ipv6", Ipv6, "IPv6 Address"));
    pub static ADDRESS: &F = field!(F::new("kerberos.address", Bytes, "address"));
    pub static ADDRESS_UNKNOWN: &F = field!(F::new(
        "kerberos.address.unknown",
        None,
        "KRB Address: I don't know how to parse this type of address yet"
    ));
    pub static ENC_AUTHORIZATION_DATA_ELEMENT: &F = field!(
        F::new(
            "kerberos.enc_authorization_data_element",
            None,
            "enc-authorization-data"
        )
        .blurb("EncryptedAuthorizationData")
    );
    pub static ADDITIONAL_TICKETS: &F = field!(
        F::new("kerberos.additional_tickets", Uint32, "additional-tickets")
            .blurb("SEQUENCE_OF_Ticket")
    );
    pub static CREALM: &F = field!(F::new("kerberos.crealm", String, "crealm").blurb("Realm"));
    pub static TICKET_ELEMENT: &F = field!(F::new("kerberos.ticket_element", None, "ticket"));
    pub static TICKET_ITEM_ELEMENT: &F = field!(F::new("kerberos.Ticket_element", None, "Ticket"));
    pub static TKT_VNO: &F =
        field!(F::new("kerberos.tkt_vno", Uint32, "tkt-vno").blurb("INTEGER_5"));
    pub static ENC_PART_ELEMENT: &F =
        field!(F::new("kerberos.enc_part_element", None, "enc-part").blurb("EncryptedTicketData"));
    pub static AS_REQ_ELEMENT: &F = field!(F::new("kerberos.as_req_element", None, "as-req"));
    pub static TGS_REQ_ELEMENT: &F = field!(F::new("kerberos.tgs_req_element", None, "tgs-req"));
    pub static AS_REP_ELEMENT: &F = field!(F::new("kerberos.as_rep_element", None, "as-rep"));
    pub static TGS_REP_ELEMENT: &F = field!(F::new("kerberos.tgs_rep_element", None, "tgs-rep"));
    pub static AP_REQ_ELEMENT: &F = field!(F::new("kerberos.ap_req_element", None, "ap-req"));
    pub static AP_REP_ELEMENT: &F = field!(F::new("kerberos.ap_rep_element", None, "ap-rep"));
    pub static KRB_ERROR_ELEMENT: &F =
        field!(F::new("kerberos.krb_error_element", None, "krb-error"));
    pub static KRB_SAFE_ELEMENT: &F = field!(F::new("kerberos.krb_safe_element", None, "krb-safe"));
    pub static KRB_PRIV_ELEMENT: &F = field!(F::new("kerberos.krb_priv_element", None, "krb-priv"));
    pub static KRB_CRED_ELEMENT: &F = field!(F::new("kerberos.krb_cred_element", None, "krb-cred"));
    pub static AP_OPTIONS: &F =
        field!(F::new("kerberos.ap_options", Bytes, "ap-options").blurb("APOptions"));
    pub static AUTHENTICATOR_ELEMENT: &F = field!(F::new(
        "kerberos.authenticator_element",
        None,
        "authenticator"
    ));
    pub static CTIME: &F =
        field!(F::new("kerberos.ctime", AbsoluteTime, "ctime").blurb("KerberosTime"));
    pub static CUSEC: &F = field!(F::new("kerberos.cusec", Uint32, "cusec").blurb("Microseconds"));
    pub static STIME: &F =
        field!(F::new("kerberos.stime", AbsoluteTime, "stime").blurb("KerberosTime"));
    pub static SUSEC: &F = field!(F::new("kerberos.susec", Uint32, "susec").blurb("Microseconds"));
    pub static ERROR_CODE: &F =
        field!(F::new("kerberos.error_code", Int32, "error-code").vals(ERROR_CODE_VALS));
    pub static E_TEXT: &F =
        field!(F::new("kerberos.e_text", String, "e-text").blurb("KerberosString"));
    pub static E_DATA: &F = field!(F::new("kerberos.e_data", Bytes, "e-data"));
    pub static FLAGS: &F = field!(F::new("kerberos.flags", Bytes, "flags").blurb("TicketFlags"));
    pub static TICKETS: &F =
        field!(F::new("kerberos.tickets", Uint32, "tickets").blurb("SEQUENCE_OF_Ticket"));
    pub static SAFE_BODY_ELEMENT: &F =
        field!(F::new("kerberos.safe_body_element", None, "safe-body").blurb("KRB_SAFE_BODY"));
    pub static USER_DATA: &F =
        field!(F::new("kerberos.user_data", Bytes, "user-data").blurb("T_kRB_SAFE_BODY_user_data"));
    pub static TIMESTAMP: &F =
        field!(F::new("kerberos.timestamp", AbsoluteTime, "timestamp").blurb("KerberosTime"));
    pub static USEC: &F = field!(F::new("kerberos.usec", Uint32, "usec").blurb("Microseconds"));
    pub static SEQ_NUMBER: &F =
        field!(F::new("kerberos.seq_number", Uint32, "seq-number").blurb("UInt32"));
    pub static S_ADDRESS_ELEMENT: &F =
        field!(F::new("kerberos.s_address_element", None, "s-address").blurb("HostAddress"));
    pub static R_ADDRESS_ELEMENT: &F =
        field!(F::new("kerberos.r_address_element", None, "r-address").blurb("HostAddress"));
    pub static CKSUM_ELEMENT: &F =
        field!(F::new("kerberos.cksum_element", None, "cksum").blurb("Checksum"));
    pub static CKSUMTYPE: &F =
        field!(F::new("kerberos.cksumtype", Int32, "cksumtype").vals(CKSUMTYPE_VALS));
    pub static CHECKSUM: &F = field!(F::new("kerberos.checksum", Bytes, "checksum"));
    pub static ARMORED_DATA_ELEMENT: &F = field!(
        F::new("kerberos.armored_data_element", None, "armored-data").blurb("KrbFastArmoredReq")
    );
    pub static ARMOR_ELEMENT: &F =
        field!(F::new("kerberos.armor_element", None, "armor").blurb("KrbFastArmor"));
    pub static ARMOR_TYPE: &F = field!(
        F::new("kerberos.armor_type", Int32, "armor-type")
            .vals(ARMOR_TYPE_VALS)
            .blurb("KrbFastArmorTypes")
    );
    pub static ARMOR_VALUE: &F = field!(F::new("kerberos.armor_value", Bytes, "armor-value"));
    pub static REQ_CHECKSUM_ELEMENT: &F =
        field!(F::new("kerberos.req_checksum_element", None, "req-checksum").blurb("Checksum"));
    pub static ENC_FAST_REQ_ELEMENT: &F = field!(
        F::new("kerberos.enc_fast_req_element", None, "enc-fast-req").blurb("EncryptedKrbFastReq")
    );
    pub static ENC_FAST_REP_ELEMENT: &F = field!(
        F::new("kerberos.enc_fast_rep_element", None, "enc-fast-rep")
            .blurb("EncryptedKrbFastResponse")
    );

    /// BER's own expert items, as Kerberos's sequences raise them.
    pub static BER_ERROR_SEQUENCE_FIELD_WRONG: &F = field!(F::new(
        "ber.error.sequence.field_wrong",
        None,
        "BER Error: Wrong field in SEQUENCE"
    ));
    pub static BER_ERROR_UNKNOWN_FIELD_SEQUENCE: &F = field!(F::new(
        "ber.error.unknown_field.sequence",
        None,
        "BER Error: Unknown field in Sequence"
    ));

    pub static ALL: &[&F] = &[
        BER_ERROR_SEQUENCE_FIELD_WRONG,
        BER_ERROR_UNKNOWN_FIELD_SEQUENCE,
        RM_RESERVED,
        RM_LENGTH,
        PVNO,
        MSG_TYPE,
        PADATA,
        PA_DATA_ELEMENT,
        PADATA_TYPE,
        PADATA_VALUE,
        ETYPE,
        KVNO,
        CIPHER,
        ETYPE_INFO2_ENTRY_ELEMENT,
        INFO2_SALT,
        S2KPARAMS,
        ETYPE_INFO_ENTRY_ELEMENT,
        INFO_SALT,
        INCLUDE_PAC,
        REQ_BODY_ELEMENT,
        KDC_OPTIONS,
        APOPTIONS_RESERVED,
        APOPTIONS_USE_SESSION_KEY,
        APOPTIONS_MUTUAL_REQUIRED,
        KDCOPTIONS_RESERVED,
        KDCOPTIONS_FORWARDABLE,
        KDCOPTIONS_FORWARDED,
        KDCOPTIONS_PROXIABLE,
        KDCOPTIONS_PROXY,
        KDCOPTIONS_ALLOW_POSTDATE,
        KDCOPTIONS_POSTDATED,
        KDCOPTIONS_UNUSED7,
        KDCOPTIONS_RENEWABLE,
        KDCOPTIONS_UNUSED9,
        KDCOPTIONS_UNUSED10,
        KDCOPTIONS_OPT_HARDWARE_AUTH,
        KDCOPTIONS_UNUSED12,
        KDCOPTIONS_UNUSED13,
        KDCOPTIONS_CONSTRAINED_DELEGATION,
        KDCOPTIONS_CANONICALIZE,
        KDCOPTIONS_REQUEST_ANONYMOUS,
        KDCOPTIONS_UNUSED17,
        KDCOPTIONS_UNUSED18,
        KDCOPTIONS_UNUSED19,
        KDCOPTIONS_UNUSED20,
        KDCOPTIONS_UNUSED21,
        KDCOPTIONS_UNUSED22,
        KDCOPTIONS_UNUSED23,
        KDCOPTIONS_UNUSED24,
        KDCOPTIONS_UNUSED25,
        KDCOPTIONS_DISABLE_TRANSITED_CHECK,
        KDCOPTIONS_RENEWABLE_OK,
        KDCOPTIONS_ENC_TKT_IN_SKEY,
        KDCOPTIONS_UNUSED29,
        KDCOPTIONS_RENEW,
        KDCOPTIONS_VALIDATE,
        PAC_OPTIONS_FLAGS_CLAIMS,
        PAC_OPTIONS_FLAGS_BRANCH_AWARE,
        PAC_OPTIONS_FLAGS_FORWARD_TO_FULL_DC,
        PAC_OPTIONS_FLAGS_RESOURCE_BASED_CONSTRAINED_DELEGATION,
        CNAME_ELEMENT,
        NAME_TYPE,
        CNAME_STRING,
        CNAMESTRING,
        REALM,
        SNAME_ELEMENT,
        SNAME_STRING,
        SNAMESTRING,
        FROM,
        TILL,
        RTIME,
        NONCE,
        KDC_REQ_BODY_ETYPE,
        ENCTYPE,
        ADDRESSES,
        HOSTADDRESS_ELEMENT,
        ADDR_TYPE,
        ADDR_NB,
        ADDR_IP,
        ADDR_IPV6,
        ADDRESS,
        ADDRESS_UNKNOWN,
        ENC_AUTHORIZATION_DATA_ELEMENT,
        ADDITIONAL_TICKETS,
        CREALM,
        TICKET_ELEMENT,
        TICKET_ITEM_ELEMENT,
        TKT_VNO,
        ENC_PART_ELEMENT,
        AS_REQ_ELEMENT,
        TGS_REQ_ELEMENT,
        AS_REP_ELEMENT,
        TGS_REP_ELEMENT,
        AP_REQ_ELEMENT,
        AP_REP_ELEMENT,
        KRB_ERROR_ELEMENT,
        KRB_SAFE_ELEMENT,
        KRB_PRIV_ELEMENT,
        KRB_CRED_ELEMENT,
        AP_OPTIONS,
        AUTHENTICATOR_ELEMENT,
        CTIME,
        CUSEC,
        STIME,
        SUSEC,
        ERROR_CODE,
        E_TEXT,
        E_DATA,
        FLAGS,
        TICKETS,
        SAFE_BODY_ELEMENT,
        USER_DATA,
        TIMESTAMP,
        USEC,
        SEQ_NUMBER,
        S_ADDRESS_ELEMENT,
        R_ADDRESS_ELEMENT,
        CKSUM_ELEMENT,
        CKSUMTYPE,
        CHECKSUM,
        ARMORED_DATA_ELEMENT,
        ARMOR_ELEMENT,
        ARMOR_TYPE,
        ARMOR_VALUE,
        REQ_CHECKSUM_ELEMENT,
        ENC_FAST_REQ_ELEMENT,
        ENC_FAST_REP_ELEMENT,
    ];

    const MSG_TYPE_VALS: &[(u64, &str)] = &[
        (10, "krb-as-req"),
        (11, "krb-as-rep"),
        (12, "krb-tgs-req"),
        (13, "krb-tgs-rep"),
        (14, "krb-ap-req"),
        (15, "krb-ap-rep"),
        (16, "krb-tgt-req"),
        (17, "krb-tgt-rep"),
        (20, "krb-safe"),
        (21, "krb-priv"),
        (22, "krb-cred"),
        (30, "krb-error"),
    ];

    const PADATA_TYPE_VALS: &[(u64, &str)] = &[
        (22, "tD-PADATA"),
        (23, "pA-SAM-ETYPE-INFO"),
        (24, "pA-ALT-PRINC"),
        (25, "pA-SERVER-REFERRAL"),
        (30, "pA-SAM-CHALLENGE2"),
        (31, "pA-SAM-RESPONSE2"),
        (41, "pA-EXTRA-TGT"),
        (101, "tD-PKINIT-CMS-CERTIFICATES"),
        (102, "tD-KRB-PRINCIPAL"),
        (103, "tD-KRB-REALM"),
        (104, "tD-TRUSTED-CERTIFIERS"),
        (105, "tD-CERTIFICATE-INDEX"),
        (106, "tD-APP-DEFINED-ERROR"),
        (107, "tD-REQ-NONCE"),
        (108, "tD-REQ-SEQ"),
        (109, "tD-DH-PARAMETERS"),
        (111, "tD-CMS-DIGEST-ALGORITHMS"),
        (112, "tD-CERT-DIGEST-ALGORITHMS"),
        (128, "pA-PAC-REQUEST"),
        (129, "pA-FOR-USER"),
        (130, "pA-FOR-X509-USER"),
        (131, "pA-FOR-CHECK-DUPS"),
        (132, "pA-PK-AS-09-BINDING"),
        (133, "pA-FX-COOKIE"),
        (134, "pA-AUTHENTICATION-SET"),
        (135, "pA-AUTH-SET-SELECTED"),
        (136, "pA-FX-FAST"),
        (137, "pA-FX-ERROR"),
        (138, "pA-ENCRYPTED-CHALLENGE"),
        (141, "pA-OTP-CHALLENGE"),
        (142, "pA-OTP-REQUEST"),
        (143, "pA-OTP-CONFIRM"),
        (144, "pA-OTP-PIN-CHANGE"),
        (145, "pA-EPAK-AS-REQ"),
        (146, "pA-EPAK-AS-REP"),
        (147, "pA-PKINIT-KX"),
        (148, "pA-PKU2U-NAME"),
        (149, "pA-REQ-ENC-PA-REP"),
        (150, "pA-AS-FRESHNESS"),
        (151, "pA-SPAKE"),
        (152, "pA-REDHAT-IDP-OAUTH2"),
        (153, "pA-REDHAT-PASSKEY"),
        (161, "pA-KERB-KEY-LIST-REQ"),
        (162, "pA-KERB-KEY-LIST-REP"),
        (165, "pA-SUPPORTED-ETYPES"),
        (166, "pA-EXTENDED-ERROR"),
        (167, "pA-PAC-OPTIONS"),
        (4294967295, "pA-PROV-SRV-LOCATION"),
    ];

    const ETYPE_VALS: &[(u64, &str)] = &[
        (0, "eTYPE-NULL"),
        (1, "eTYPE-DES-CBC-CRC"),
        (2, "eTYPE-DES-CBC-MD4"),
        (3, "eTYPE-DES-CBC-MD5"),
        (5, "eTYPE-DES3-CBC-MD5"),
        (7, "eTYPE-OLD-DES3-CBC-SHA1"),
        (8, "eTYPE-SIGN-DSA-GENERATE"),
        (9, "eTYPE-DSA-SHA1"),
        (10, "eTYPE-RSA-MD5"),
        (11, "eTYPE-RSA-SHA1"),
        (12, "eTYPE-RC2-CBC"),
        (13, "eTYPE-RSA"),
        (14, "eTYPE-RSAES-OAEP"),
        (15, "eTYPE-DES-EDE3-CBC"),
        (16, "eTYPE-DES3-CBC-SHA1"),
        (17, "eTYPE-AES128-CTS-HMAC-SHA1-96"),
        (18, "eTYPE-AES256-CTS-HMAC-SHA1-96"),
        (19, "eTYPE-AES128-CTS-HMAC-SHA256-128"),
        (20, "eTYPE-AES256-CTS-HMAC-SHA384-192"),
        (23, "eTYPE-ARCFOUR-HMAC-MD5"),
        (24, "eTYPE-ARCFOUR-HMAC-MD5-56"),
        (25, "eTYPE-CAMELLIA128-CTS-CMAC"),
        (26, "eTYPE-CAMELLIA256-CTS-CMAC"),
        (48, "eTYPE-ENCTYPE-PK-CROSS"),
        (4294963195, "eTYPE-CRAM-MD5-NONE"),
        (4294963196, "eTYPE-DIGEST-MD5-NONE"),
        (4294963197, "eTYPE-DES-PCBC-NONE"),
        (4294963198, "eTYPE-DES-CFB64-NONE"),
        (4294963199, "eTYPE-DES3-CBC-NONE"),
        (4294963200, "eTYPE-DES-CBC-NONE"),
        (4294967161, "eTYPE-ARCFOUR-HMAC-OLD-EXP"),
        (4294967163, "eTYPE-ARCFOUR-HMAC-OLD"),
        (4294967168, "eTYPE-ARCFOUR-MD4"),
    ];

    const NAME_TYPE_VALS: &[(u64, &str)] = &[
        (0, "kRB5-NT-UNKNOWN"),
        (1, "kRB5-NT-PRINCIPAL"),
        (2, "kRB5-NT-SRV-INST"),
        (3, "kRB5-NT-SRV-HST"),
        (4, "kRB5-NT-SRV-XHST"),
        (5, "kRB5-NT-UID"),
        (6, "kRB5-NT-X500-PRINCIPAL"),
        (7, "kRB5-NT-SMTP-NAME"),
        (10, "kRB5-NT-ENTERPRISE-PRINCIPAL"),
        (11, "kRB5-NT-WELLKNOWN"),
        (12, "kRB5-NT-SRV-HST-DOMAIN"),
        (4099072534, "kRB5-NT-SRV-HST-NEEDS-CANON"),
        (4294966093, "kRB5-NT-CACHE-UUID"),
        (4294966094, "kRB5-NT-GSS-HOSTBASED-SERVICE"),
        (4294966095, "kRB5-NT-X509-GENERAL-NAME"),
        (4294966096, "kRB5-NT-NTLM"),
        (4294967166, "kRB5-NT-ENT-PRINCIPAL-AND-ID"),
        (4294967167, "kRB5-NT-MS-PRINCIPAL-AND-ID"),
        (4294967168, "kRB5-NT-MS-PRINCIPAL"),
    ];

    const ADDR_TYPE_VALS: &[(u64, &str)] = &[
        (2, "iPv4"),
        (5, "cHAOS"),
        (6, "xEROX"),
        (7, "iSO"),
        (12, "dECNET"),
        (16, "aPPLETALK"),
        (20, "nETBIOS"),
        (24, "iPv6"),
    ];

    const ERROR_CODE_VALS: &[(u64, &str)] = &[
        (0, "eRR-NONE"),
        (1, "eRR-NAME-EXP"),
        (2, "eRR-SERVICE-EXP"),
        (3, "eRR-BAD-PVNO"),
        (4, "eRR-C-OLD-MAST-KVNO"),
        (5, "eRR-S-OLD-MAST-KVNO"),
        (6, "eRR-C-PRINCIPAL-UNKNOWN"),
        (7, "eRR-S-PRINCIPAL-UNKNOWN"),
        (8, "eRR-PRINCIPAL-NOT-UNIQUE"),
        (9, "eRR-NULL-KEY"),
        (10, "eRR-CANNOT-POSTDATE"),
        (11, "eRR-NEVER-VALID"),
        (12, "eRR-POLICY"),
        (13, "eRR-BADOPTION"),
        (14, "eRR-ETYPE-NOSUPP"),
        (15, "eRR-SUMTYPE-NOSUPP"),
        (16, "eRR-PADATA-TYPE-NOSUPP"),
        (17, "eRR-TRTYPE-NOSUPP"),
        (18, "eRR-CLIENT-REVOKED"),
        (19, "eRR-SERVICE-REVOKED"),
        (20, "eRR-TGT-REVOKED"),
        (21, "eRR-CLIENT-NOTYET"),
        (22, "eRR-SERVICE-NOTYET"),
        (23, "eRR-KEY-EXP"),
        (24, "eRR-PREAUTH-FAILED"),
        (25, "eRR-PREAUTH-REQUIRED"),
        (26, "eRR-SERVER-NOMATCH"),
        (27, "eRR-MUST-USE-USER2USER"),
        (28, "eRR-PATH-NOT-ACCEPTED"),
        (29, "eRR-SVC-UNAVAILABLE"),
        (31, "eRR-BAD-INTEGRITY"),
        (32, "eRR-TKT-EXPIRED"),
        (33, "eRR-TKT-NYV"),
        (34, "eRR-REPEAT"),
        (35, "eRR-NOT-US"),
        (36, "eRR-BADMATCH"),
        (37, "eRR-SKEW"),
        (38, "eRR-BADADDR"),
        (39, "eRR-BADVERSION"),
        (40, "eRR-MSG-TYPE"),
        (41, "eRR-MODIFIED"),
        (42, "eRR-BADORDER"),
        (43, "eRR-ILL-CR-TKT"),
        (44, "eRR-BADKEYVER"),
        (45, "eRR-NOKEY"),
        (46, "eRR-MUT-FAIL"),
        (47, "eRR-BADDIRECTION"),
        (48, "eRR-METHOD"),
        (49, "eRR-BADSEQ"),
        (50, "eRR-INAPP-CKSUM"),
        (51, "pATH-NOT-ACCEPTED"),
        (52, "eRR-RESPONSE-TOO-BIG"),
        (60, "eRR-GENERIC"),
        (61, "eRR-FIELD-TOOLONG"),
        (62, "eRROR-CLIENT-NOT-TRUSTED"),
        (63, "eRROR-KDC-NOT-TRUSTED"),
        (64, "eRROR-INVALID-SIG"),
        (65, "eRR-KEY-TOO-WEAK"),
        (66, "eRR-CERTIFICATE-MISMATCH"),
        (67, "eRR-NO-TGT"),
        (68, "eRR-WRONG-REALM"),
        (69, "eRR-USER-TO-USER-REQUIRED"),
        (70, "eRR-CANT-VERIFY-CERTIFICATE"),
        (71, "eRR-INVALID-CERTIFICATE"),
        (72, "eRR-REVOKED-CERTIFICATE"),
        (73, "eRR-REVOCATION-STATUS-UNKNOWN"),
        (74, "eRR-REVOCATION-STATUS-UNAVAILABLE"),
        (75, "eRR-CLIENT-NAME-MISMATCH"),
        (76, "eRR-KDC-NAME-MISMATCH"),
    ];

    const CKSUMTYPE_VALS: &[(u64, &str)] = &[
        (0, "cKSUMTYPE-NONE"),
        (1, "cKSUMTYPE-CRC32"),
        (2, "cKSUMTYPE-RSA-MD4"),
        (3, "cKSUMTYPE-RSA-MD4-DES"),
        (4, "cKSUMTYPE-DES-MAC"),
        (5, "cKSUMTYPE-DES-MAC-K"),
        (6, "cKSUMTYPE-RSA-MD4-DES-K"),
        (7, "cKSUMTYPE-RSA-MD5"),
        (8, "cKSUMTYPE-RSA-MD5-DES"),
        (9, "cKSUMTYPE-RSA-MD5-DES3"),
        (10, "cKSUMTYPE-SHA1-OTHER"),
        (12, "cKSUMTYPE-HMAC-SHA1-DES3-KD"),
        (13, "cKSUMTYPE-HMAC-SHA1-DES3"),
        (14, "cKSUMTYPE-SHA1"),
        (15, "cKSUMTYPE-HMAC-SHA1-96-AES-128"),
        (16, "cKSUMTYPE-HMAC-SHA1-96-AES-256"),
        (17, "cKSUMTYPE-CMAC-CAMELLIA128"),
        (18, "cKSUMTYPE-CMAC-CAMELLIA256"),
        (19, "cKSUMTYPE-HMAC-SHA256-128-AES128"),
        (20, "cKSUMTYPE-HMAC-SHA384-192-AES256"),
        (32771, "cKSUMTYPE-GSSAPI"),
        (4294966158, "cKSUMTYPE-HMAC-MD5-ENC"),
        (4294967158, "cKSUMTYPE-HMAC-MD5"),
    ];

    const ARMOR_TYPE_VALS: &[(u64, &str)] =
        &[(0, "fX-FAST-reserved"), (1, "fX-FAST-ARMOR-AP-REQUEST")];
}
