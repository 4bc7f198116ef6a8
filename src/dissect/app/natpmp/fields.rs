//! The fields of tshark 4.0's `nat-pmp` dissector (packet-nat-pmp.c), generated
//! by scripts/gen-fields.py.

pub mod nat_pmp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(F::new("nat-pmp.version", Uint8, "Version"));
    pub static OPCODE: &F = field!(F::new("nat-pmp.opcode", Uint8, "Opcode").vals(OPCODE_VALS));
    pub static RESULT_CODE: &F =
        field!(F::new("nat-pmp.result_code", Uint16, "Result Code").vals(RESULT_CODE_VALS));
    pub static SSSOE: &F = field!(F::new(
        "nat-pmp.sssoe",
        Uint32,
        "Seconds Since Start of Epoch"
    ));
    pub static EXTERNAL_IP: &F = field!(F::new("nat-pmp.external_ip", Ipv4, "External IP Address"));
    pub static RESERVED: &F =
        field!(F::new("nat-pmp.reserved", Uint16, "Reserved").blurb("Reserved (must be zero)"));
    pub static INTERNAL_PORT: &F = field!(F::new("nat-pmp.internal_port", Uint16, "Internal Port"));
    pub static EXTERNAL_PORT: &F = field!(F::new(
        "nat-pmp.external_port",
        Uint16,
        "Requested External Port"
    ));
    pub static OPCODE_UNKNOWN: &F =
        field!(F::new("nat-pmp.opcode.unknown", None, "Unknown opcode"));
    pub static PML: &F = field!(
        F::new("nat-pmp.pml", Uint32, "Requested Port Mapping Lifetime")
            .blurb("Requested Port Mapping Lifetime in Seconds")
    );

    /// What tshark writes in the Info column for this message.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.nat-pmp.info", String, "Info")
            .blurb("The Info column's text for this packet")
    );

    pub static ALL: &[&F] = &[
        OSIDUMP_INFO,
        VERSION,
        OPCODE,
        RESULT_CODE,
        SSSOE,
        EXTERNAL_IP,
        RESERVED,
        INTERNAL_PORT,
        EXTERNAL_PORT,
        PML,
        OPCODE_UNKNOWN,
    ];

    const OPCODE_VALS: &[(u64, &str)] = &[
        (0, "External Address Request"),
        (1, "Map UDP Request"),
        (2, "Map TCP Request"),
        (128, "External Address Response"),
        (129, "Map UDP Response"),
        (130, "Map TCP Response"),
    ];

    const RESULT_CODE_VALS: &[(u64, &str)] = &[
        (0, "Success"),
        (1, "Unsupported Version"),
        (2, "Not Authorized/Refused"),
        (3, "Network Failure"),
        (4, "Out of resources"),
        (5, "Unsupported opcode"),
    ];
}
