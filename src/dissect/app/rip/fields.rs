pub mod rip {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static COMMAND: &F = field!(
        F::new("rip.command", Uint8, "Command")
            .vals(COMMAND_VALS)
            .blurb("What type of RIP Command is this")
    );
    pub static VERSION: &F = field!(
        F::new("rip.version", Uint8, "Version")
            .vals(VERSION_VALS)
            .blurb("Version of the RIP protocol")
    );
    pub static IP: &F = field!(F::new("rip.ip", Ipv4, "IP Address"));
    pub static NETMASK: &F = field!(F::new("rip.netmask", Ipv4, "Netmask"));
    pub static NEXT_HOP: &F =
        field!(F::new("rip.next_hop", Ipv4, "Next Hop").blurb("Next Hop router for this route"));
    pub static METRIC: &F = field!(
        F::new("rip.metric", Uint16, "Metric")
            .wider_values()
            .blurb("Metric for this route")
    );
    pub static AUTH_TYPE: &F = field!(
        F::new("rip.auth.type", Uint16, "Authentication type")
            .vals(AUTH_TYPE_VALS)
            .blurb("Type of authentication")
    );
    pub static AUTH_PASSWD: &F =
        field!(F::new("rip.auth.passwd", String, "Password").blurb("Authentication password"));
    pub static FAMILY: &F =
        field!(F::new("rip.family", Uint16, "Address Family").vals(FAMILY_VALS));
    pub static ROUTE_TAG: &F = field!(F::new("rip.route_tag", Uint16, "Route Tag"));
    pub static ZERO_PADDING: &F =
        field!(F::new("rip.zero_padding", String, "Zero adding").blurb("Authentication password"));
    pub static DIGEST_OFFSET: &F = field!(F::new("rip.digest_offset", Uint16, "Digest Offset"));
    pub static KEY_ID: &F = field!(F::new("rip.key_id", Uint8, "Key ID"));
    pub static AUTH_DATA_LEN: &F = field!(F::new("rip.auth_data_len", Uint8, "Auth Data Len"));
    pub static SEQ_NUM: &F = field!(F::new("rip.seq_num", Uint32, "Seq num"));
    pub static AUTHENTICATION_DATA: &F = field!(F::new(
        "rip.authentication_data",
        Bytes,
        "Authentication Data"
    ));

    pub static UNKNOWN_ADDRESS_FAMILY: &F = field!(F::new(
        "rip.unknown_address_family",
        None,
        "Unknown address family"
    ));

    pub static ALL: &[&F] = &[
        COMMAND,
        VERSION,
        IP,
        NETMASK,
        NEXT_HOP,
        METRIC,
        AUTH_TYPE,
        AUTH_PASSWD,
        FAMILY,
        ROUTE_TAG,
        ZERO_PADDING,
        DIGEST_OFFSET,
        KEY_ID,
        AUTH_DATA_LEN,
        SEQ_NUM,
        AUTHENTICATION_DATA,
        UNKNOWN_ADDRESS_FAMILY,
    ];

    const COMMAND_VALS: &[(u64, &str)] = &[
        (1, "Request"),
        (2, "Response"),
        (3, "Traceon"),
        (4, "Traceoff"),
        (5, "Vendor specific (Sun)"),
    ];

    const VERSION_VALS: &[(u64, &str)] = &[(1, "RIPv1"), (2, "RIPv2")];

    const AUTH_TYPE_VALS: &[(u64, &str)] = &[
        (1, "IP Route"),
        (2, "Simple Password"),
        (3, "Keyed Message Digest"),
    ];

    const FAMILY_VALS: &[(u64, &str)] = &[(0, "Unspecified"), (2, "IP")];
}
