pub mod bfd {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(
        F::new("bfd.version", Uint8, "Protocol Version")
            .mask(0xe0)
            .blurb("The version number of the BFD protocol")
    );
    pub static DIAG: &F = field!(
        F::new("bfd.diag", Uint8, "Diagnostic Code")
            .base(Base::Hex)
            .mask(0x1f)
            .vals(DIAG_VALS)
            .blurb("This field give the reason for a BFD session failure")
    );
    pub static STA: &F = field!(
        F::new("bfd.sta", Uint8, "Session State")
            .base(Base::Hex)
            .mask(0xc0)
            .vals(STA_VALS)
            .blurb("The BFD state as seen by the transmitting system")
    );
    pub static FLAGS: &F = field!(F::new("bfd.flags", Uint8, "Message Flags").base(Base::Hex));
    pub static FLAGS_H: &F = field!(
        F::new("bfd.flags.h", Boolean, "I hear you")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static FLAGS_D: &F = field!(
        F::new("bfd.flags.d", Boolean, "Demand")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static FLAGS_P: &F = field!(
        F::new("bfd.flags.p", Boolean, "Poll")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static FLAGS_F: &F = field!(
        F::new("bfd.flags.f", Boolean, "Final")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static FLAGS_C: &F = field!(
        F::new("bfd.flags.c", Boolean, "Control Plane Independent")
            .base(Base::Bits(6))
            .mask(0x8)
            .tfs("Set", "Not set")
            .blurb("If set, the BFD implementation is implemented in the forwarding plane")
    );
    pub static FLAGS_A: &F = field!(
        F::new("bfd.flags.a", Boolean, "Authentication Present")
            .base(Base::Bits(6))
            .mask(0x4)
            .tfs("Set", "Not set")
            .blurb("The Authentication Section is present")
    );
    pub static FLAGS_M: &F = field!(
        F::new("bfd.flags.m", Boolean, "Multipoint")
            .base(Base::Bits(6))
            .mask(0x1)
            .tfs("Set", "Not set")
            .blurb("Reserved for future point-to-multipoint extensions")
    );
    pub static DETECT_TIME_MULTIPLIER: &F = field!(
        F::new(
            "bfd.detect_time_multiplier",
            Uint8,
            "Detect Time Multiplier"
        )
        .blurb("The transmit interval multiplied by this value is the failure detection time")
    );
    pub static MESSAGE_LENGTH: &F = field!(
        F::new("bfd.message_length", Uint8, "Message Length")
            .blurb("Length of the BFD Control packet, in bytes")
    );
    pub static MY_DISCRIMINATOR: &F =
        field!(F::new("bfd.my_discriminator", Uint32, "My Discriminator").base(Base::Hex));
    pub static YOUR_DISCRIMINATOR: &F =
        field!(F::new("bfd.your_discriminator", Uint32, "Your Discriminator").base(Base::Hex));
    pub static DESIRED_MIN_TX_INTERVAL: &F = field!(
        F::new(
            "bfd.desired_min_tx_interval",
            Uint32,
            "Desired Min TX Interval"
        )
        .blurb("The minimum interval to use when transmitting BFD Control packets")
    );
    pub static REQUIRED_MIN_RX_INTERVAL: &F = field!(
        F::new(
            "bfd.required_min_rx_interval",
            Uint32,
            "Required Min RX Interval"
        )
        .blurb(
            "The minimum interval between received BFD Control packets that this system can support"
        )
    );
    pub static REQUIRED_MIN_ECHO_INTERVAL: &F = field!(
        F::new(
            "bfd.required_min_echo_interval",
            Uint32,
            "Required Min Echo Interval"
        )
        .blurb(
            "The minimum interval between received BFD Echo packets that this system can support"
        )
    );
    pub static CHECKSUM: &F = field!(F::new("bfd.checksum", Bytes, "Checksum"));
    pub static AUTH_TYPE: &F = field!(
        F::new("bfd.auth.type", Uint8, "Authentication Type")
            .vals(AUTH_TYPE_VALS)
            .blurb("The type of authentication in use on this session")
    );
    pub static AUTH_LEN: &F = field!(
        F::new("bfd.auth.len", Uint8, "Authentication Length")
            .blurb("The length, in bytes, of the authentication section")
    );
    pub static AUTH_KEY: &F = field!(
        F::new("bfd.auth.key", Uint8, "Authentication Key ID").blurb(
            "The Authentication Key ID, identifies which password is in use for this packet"
        )
    );
    pub static AUTH_PASSWORD: &F = field!(
        F::new("bfd.auth.password", String, "Password")
            .blurb("The simple password in use on this session")
    );
    pub static AUTH_SEQ_NUM: &F = field!(
        F::new("bfd.auth.seq_num", Uint32, "Sequence Number")
            .base(Base::Hex)
            .blurb("The Sequence Number is periodically incremented to prevent replay attacks")
    );

    pub static ALL: &[&F] = &[
        VERSION,
        DIAG,
        STA,
        FLAGS,
        FLAGS_H,
        FLAGS_D,
        FLAGS_P,
        FLAGS_F,
        FLAGS_C,
        FLAGS_A,
        FLAGS_M,
        DETECT_TIME_MULTIPLIER,
        MESSAGE_LENGTH,
        MY_DISCRIMINATOR,
        YOUR_DISCRIMINATOR,
        DESIRED_MIN_TX_INTERVAL,
        REQUIRED_MIN_RX_INTERVAL,
        REQUIRED_MIN_ECHO_INTERVAL,
        CHECKSUM,
        AUTH_TYPE,
        AUTH_LEN,
        AUTH_KEY,
        AUTH_PASSWORD,
        AUTH_SEQ_NUM,
    ];

    const DIAG_VALS: &[(u64, &str)] = &[
        (0x0, "No Diagnostic"),
        (0x1, "Control Detection Time Expired"),
        (0x2, "Echo Function Failed"),
        (0x3, "Neighbor Signaled Session Down"),
        (0x4, "Forwarding Plane Reset"),
        (0x5, "Path Down"),
        (0x6, "Concatenated Path Down"),
        (0x7, "Administratively Down"),
        (0x8, "Reverse Concatenated Path Down"),
        (0x9, "Mis-Connectivity Defect"),
    ];

    const STA_VALS: &[(u64, &str)] = &[
        (0x0, "AdminDown"),
        (0x1, "Down"),
        (0x2, "Init"),
        (0x3, "Up"),
    ];

    const AUTH_TYPE_VALS: &[(u64, &str)] = &[
        (1, "Simple Password"),
        (2, "Keyed MD5"),
        (3, "Meticulous Keyed MD5"),
        (4, "Keyed SHA1"),
        (5, "Meticulous Keyed SHA1"),
    ];
}
