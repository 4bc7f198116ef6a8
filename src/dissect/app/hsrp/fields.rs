pub mod hsrp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F =
        field!(F::new("hsrp.version", Uint8, "Version").blurb("The version of the HSRP messages"));
    pub static OPCODE: &F = field!(
        F::new("hsrp.opcode", Uint8, "Op Code")
            .vals(OPCODE_VALS)
            .blurb("The type of message contained in this packet")
    );
    pub static STATE: &F = field!(
        F::new("hsrp.state", Uint8, "State")
            .vals(STATE_VALS)
            .blurb("The current state of the router sending the message")
    );
    pub static HELLOTIME: &F = field!(
        F::new("hsrp.hellotime", Uint8, "Hellotime")
            .blurb("The approximate period between the Hello messages that the router sends")
    );
    pub static HOLDTIME: &F = field!(
        F::new("hsrp.holdtime", Uint8, "Holdtime")
            .blurb("Time that the current Hello message should be considered valid")
    );
    pub static PRIORITY: &F = field!(F::new("hsrp.priority", Uint8, "Priority").blurb(
        "Used to elect the active and standby routers. Numerically higher priority wins vote"
    ));
    pub static GROUP: &F = field!(
        F::new("hsrp.group", Uint8, "Group").blurb("This field identifies the standby group")
    );
    pub static RESERVED: &F = field!(F::new("hsrp.reserved", Uint8, "Reserved"));
    pub static AUTH_DATA: &F = field!(
        F::new("hsrp.auth_data", String, "Authentication Data")
            .blurb("Contains a clear-text 8 character reused password")
    );
    pub static VIRT_IP: &F = field!(
        F::new("hsrp.virt_ip", Ipv4, "Virtual IP Address")
            .blurb("The virtual IP address used by this group")
    );
    pub static ADV_TLVTYPE: &F = field!(
        F::new("hsrp.adv.tlvtype", Uint16, "Adv type")
            .vals(ADV_TLVTYPE_VALS)
            .blurb("Advertisement tlv type")
    );
    pub static ADV_TLVLENGTH: &F = field!(
        F::new("hsrp.adv.tlvlength", Uint16, "Adv length").blurb("Advertisement tlv length")
    );
    pub static ADV_STATE: &F = field!(
        F::new("hsrp.adv.state", Uint8, "Adv state")
            .vals(ADV_STATE_VALS)
            .blurb("Advertisement tlv length")
    );
    pub static ADV_RESERVED1: &F = field!(
        F::new("hsrp.adv.reserved1", Uint8, "Adv reserved1").blurb("Advertisement tlv length")
    );
    pub static ADV_ACTIVEGRP: &F = field!(
        F::new("hsrp.adv.activegrp", Uint16, "Adv active groups")
            .blurb("Advertisement active group count")
    );
    pub static ADV_PASSIVEGRP: &F = field!(
        F::new("hsrp.adv.passivegrp", Uint16, "Adv passive groups")
            .blurb("Advertisement passive group count")
    );
    pub static ADV_RESERVED2: &F = field!(
        F::new("hsrp.adv.reserved2", Uint32, "Adv reserved2").blurb("Advertisement tlv length")
    );

    pub static ALL: &[&F] = &[
        VERSION,
        OPCODE,
        STATE,
        HELLOTIME,
        HOLDTIME,
        PRIORITY,
        GROUP,
        RESERVED,
        AUTH_DATA,
        VIRT_IP,
        ADV_TLVTYPE,
        ADV_TLVLENGTH,
        ADV_STATE,
        ADV_RESERVED1,
        ADV_ACTIVEGRP,
        ADV_PASSIVEGRP,
        ADV_RESERVED2,
    ];

    const OPCODE_VALS: &[(u64, &str)] =
        &[(0, "Hello"), (1, "Coup"), (2, "Resign"), (3, "Advertise")];

    const STATE_VALS: &[(u64, &str)] = &[
        (0, "Initial"),
        (1, "Learn"),
        (2, "Listen"),
        (4, "Speak"),
        (8, "Standby"),
        (16, "Active"),
    ];

    const ADV_TLVTYPE_VALS: &[(u64, &str)] = &[(1, "HSRP interface state"), (2, "IP redundancy")];

    const ADV_STATE_VALS: &[(u64, &str)] = &[(1, "Dormant"), (2, "Passive"), (3, "Active")];
}
