//! The fields of tshark 4.0's `ldp` dissector (packet-ldp.c), generated
//! by scripts/gen-fields.py, plus osidump's own.

pub mod ldp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static HDR_VERSION: &F =
        field!(F::new("ldp.hdr.version", Uint16, "Version").blurb("LDP Version Number"));
    pub static HDR_PDU_LEN: &F =
        field!(F::new("ldp.hdr.pdu_len", Uint16, "PDU Length").blurb("LDP PDU Length"));
    pub static HDR_LDPID_LSR: &F =
        field!(F::new("ldp.hdr.ldpid.lsr", Ipv4, "LSR ID").blurb("LDP Label Space Router ID"));
    pub static HDR_LDPID_LSID: &F =
        field!(F::new("ldp.hdr.ldpid.lsid", Uint16, "Label Space ID").blurb("LDP Label Space ID"));
    pub static MSG_UBIT: &F = field!(
        F::new("ldp.msg.ubit", Boolean, "U bit")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Unknown bit set", "Unknown bit not set")
            .blurb("Unknown Message Bit")
    );
    pub static MSG_TYPE: &F = field!(
        F::new("ldp.msg.type", Uint16, "Message Type")
            .base(Base::Hex)
            .mask(0x7fff)
            .vals(MSG_TYPE_VALS)
            .blurb("LDP message type")
    );
    pub static MSG_LEN: &F = field!(
        F::new("ldp.msg.len", Uint16, "Message Length")
            .blurb("LDP Message Length (excluding message type and len)")
    );
    pub static MSG_ID: &F = field!(
        F::new("ldp.msg.id", Uint32, "Message ID")
            .base(Base::Hex)
            .blurb("LDP Message ID")
    );
    pub static MSG_VENDOR_ID: &F = field!(
        F::new("ldp.msg.vendor.id", Uint32, "Vendor ID")
            .base(Base::Hex)
            .blurb("LDP Vendor-private Message ID")
    );
    pub static MSG_EXPERIMENT_ID: &F = field!(
        F::new("ldp.msg.experiment.id", Uint32, "Experiment ID")
            .base(Base::Hex)
            .blurb("LDP Experimental Message ID")
    );
    pub static MSG_TLV_UNKNOWN: &F = field!(
        F::new("ldp.msg.tlv.unknown", Uint8, "TLV Unknown bits")
            .base(Base::Hex)
            .mask(0xc0)
            .vals(MSG_TLV_UNKNOWN_VALS)
            .blurb("TLV Unknown bits Field")
    );
    pub static MSG_TLV_TYPE: &F = field!(
        F::new("ldp.msg.tlv.type", Uint16, "TLV Type")
            .base(Base::Hex)
            .mask(0x3fff)
            .vals(MSG_TLV_TYPE_VALS)
            .blurb("TLV Type Field")
    );
    pub static MSG_TLV_LEN: &F =
        field!(F::new("ldp.msg.tlv.len", Uint16, "TLV Length").blurb("TLV Length Field"));
    pub static MSG_TLV_VALUE: &F =
        field!(F::new("ldp.msg.tlv.value", Bytes, "TLV Value").blurb("TLV Value Bytes"));
    pub static MSG_TLV_HELLO_HOLD: &F = field!(
        F::new("ldp.msg.tlv.hello.hold", Uint16, "Hold Time")
            .blurb("Hello Common Parameters Hold Time")
    );
    pub static MSG_TLV_HELLO_TARGETED: &F = field!(
        F::new("ldp.msg.tlv.hello.targeted", Boolean, "Targeted Hello")
            .base(Base::Bits(16))
            .mask(0x8000)
            .tfs("Targeted Hello", "Link Hello")
            .blurb("Hello Common Parameters Targeted Bit")
    );
    pub static MSG_TLV_HELLO_REQUESTED: &F = field!(
        F::new("ldp.msg.tlv.hello.requested", Boolean, "Hello Requested")
            .base(Base::Bits(16))
            .mask(0x4000)
            .tfs(
                "Source requests periodic hellos",
                "Source does not request periodic hellos"
            )
            .blurb("Hello Common Parameters Hello Requested Bit")
    );
    pub static MSG_TLV_HELLO_GTSM: &F = field!(
        F::new("ldp.msg.tlv.hello.gtsm", Boolean, "GTSM Flag")
            .base(Base::Bits(16))
            .mask(0x2000)
            .tfs("Set", "Not set")
            .blurb("Hello Common Parameters GTSM bit")
    );
    pub static MSG_TLV_HELLO_RES: &F = field!(
        F::new("ldp.msg.tlv.hello.res", Uint16, "Reserved")
            .base(Base::Hex)
            .mask(0x1fff)
            .blurb("Hello Common Parameters Reserved Field")
    );
    pub static MSG_TLV_IPV4_TADDR: &F = field!(F::new(
        "ldp.msg.tlv.ipv4.taddr",
        Ipv4,
        "IPv4 Transport Address"
    ));
    pub static MSG_TLV_HELLO_CNF_SEQNO: &F = field!(
        F::new(
            "ldp.msg.tlv.hello.cnf_seqno",
            Uint32,
            "Configuration Sequence Number"
        )
        .blurb("Hello Configuration Sequence Number")
    );
    pub static MSG_TLV_IPV6_TADDR: &F = field!(F::new(
        "ldp.msg.tlv.ipv6.taddr",
        Ipv6,
        "IPv6 Transport Address"
    ));
    pub static MSG_TLV_FEC_TYPE: &F = field!(
        F::new("ldp.msg.tlv.fec.type", Uint8, "FEC Element Type")
            .vals(MSG_TLV_FEC_TYPE_VALS)
            .blurb("Forwarding Equivalence Class Element Types")
    );
    pub static MSG_TLV_FEC_AF: &F = field!(
        F::new("ldp.msg.tlv.fec.af", Uint16, "FEC Element Address Type")
            .vals(MSG_TLV_FEC_AF_VALS)
            .blurb("Forwarding Equivalence Class Element Address Family")
    );
    pub static MSG_TLV_FEC_LEN: &F = field!(
        F::new("ldp.msg.tlv.fec.len", Uint8, "FEC Element Length")
            .blurb("Forwarding Equivalence Class Element Length")
    );
    pub static MSG_TLV_FEC_PFVAL: &F = field!(
        F::new("ldp.msg.tlv.fec.pfval", String, "FEC Element Prefix Value")
            .blurb("Forwarding Equivalence Class Element Prefix")
    );
    pub static MSG_TLV_FEC_HOVAL: &F = field!(
        F::new(
            "ldp.msg.tlv.fec.hoval",
            String,
            "FEC Element Host Address Value"
        )
        .blurb("Forwarding Equivalence Class Element Address")
    );
    pub static MSG_TLV_ADDRL_ADDR_FAMILY: &F = field!(
        F::new("ldp.msg.tlv.addrl.addr_family", Uint16, "Address Family")
            .vals(MSG_TLV_FEC_AF_VALS)
            .blurb("Address Family List")
    );
    pub static MSG_TLV_ADDRL_ADDR: &F = field!(F::new("ldp.msg.tlv.addrl.addr", String, "Address"));
    pub static MSG_TLV_HC_VALUE: &F =
        field!(F::new("ldp.msg.tlv.hc.value", Uint8, "Hop Count Value").blurb("Hop Count"));
    pub static MSG_TLV_PV_LSRID: &F =
        field!(F::new("ldp.msg.tlv.pv.lsrid", Ipv4, "LSR Id").blurb("Path Vector LSR Id"));
    pub static MSG_TLV_SESS_VER: &F = field!(
        F::new("ldp.msg.tlv.sess.ver", Uint16, "Session Protocol Version")
            .blurb("Common Session Parameters Protocol Version")
    );
    pub static MSG_TLV_SESS_KA: &F = field!(
        F::new("ldp.msg.tlv.sess.ka", Uint16, "Session KeepAlive Time")
            .blurb("Common Session Parameters KeepAlive Time")
    );
    pub static MSG_TLV_SESS_ADVBIT: &F = field!(
        F::new(
            "ldp.msg.tlv.sess.advbit",
            Boolean,
            "Session Label Advertisement Discipline"
        )
        .base(Base::Bits(8))
        .mask(0x80)
        .tfs(
            "Downstream On Demand proposed",
            "Downstream Unsolicited proposed"
        )
        .blurb("Common Session Parameters Label Advertisement Discipline")
    );
    pub static MSG_TLV_SESS_LDETBIT: &F = field!(
        F::new(
            "ldp.msg.tlv.sess.ldetbit",
            Boolean,
            "Session Loop Detection"
        )
        .base(Base::Bits(8))
        .mask(0x40)
        .tfs("Loop Detection Enabled", "Loop Detection Disabled")
        .blurb("Common Session Parameters Loop Detection")
    );
    pub static MSG_TLV_SESS_PVLIM: &F = field!(
        F::new("ldp.msg.tlv.sess.pvlim", Uint8, "Session Path Vector Limit")
            .blurb("Common Session Parameters Path Vector Limit")
    );
    pub static MSG_TLV_SESS_MXPDU: &F = field!(
        F::new("ldp.msg.tlv.sess.mxpdu", Uint16, "Session Max PDU Length")
            .blurb("Common Session Parameters Max PDU Length")
    );
    pub static MSG_TLV_SESS_RXLSR: &F = field!(
        F::new(
            "ldp.msg.tlv.sess.rxlsr",
            Ipv4,
            "Session Receiver LSR Identifier"
        )
        .blurb("Common Session Parameters LSR Identifier")
    );
    pub static MSG_TLV_SESS_RXLS: &F = field!(
        F::new(
            "ldp.msg.tlv.sess.rxls",
            Uint16,
            "Session Receiver Label Space Identifier"
        )
        .blurb("Common Session Parameters Receiver Label Space Identifier")
    );
    pub static MSG_TLV_FT_ACK_SEQUENCE_NUM: &F = field!(
        F::new(
            "ldp.msg.tlv.ft_ack.sequence_num",
            Uint32,
            "FT ACK Sequence Number"
        )
        .base(Base::Hex)
    );
    pub static MSG_TLV_LBL_REQ_MSG_ID: &F = field!(
        F::new(
            "ldp.msg.tlv.lbl_req_msg_id",
            Uint32,
            "Label Request Message ID"
        )
        .base(Base::Hex)
        .blurb("Label Request Message to be aborted")
    );
    pub static MSG_TLV_VENDOR_ID: &F = field!(
        F::new("ldp.msg.tlv.vendor_id", Uint32, "Vendor ID")
            .base(Base::Hex)
            .blurb("IEEE 802 Assigned Vendor ID")
    );
    pub static MSG_TLV_EXPERIMENT_ID: &F =
        field!(F::new("ldp.msg.tlv.experiment_id", Uint32, "Experiment ID").base(Base::Hex));
    pub static MSG_TLV_GENERIC_LABEL: &F = field!(
        F::new("ldp.msg.tlv.generic.label", Uint32, "Generic Label")
            .base(Base::DecHex)
            .mask(0xfffff)
    );
    pub static MSG_TLV_ATM_LABEL_VBITS: &F = field!(
        F::new("ldp.msg.tlv.atm.label.vbits", Uint8, "V-bits")
            .base(Base::Hex)
            .mask(0x30)
            .vals(MSG_TLV_ATM_LABEL_VBITS_VALS)
            .blurb("ATM Label V Bits")
    );
    pub static MSG_TLV_ATM_LABEL_VPI: &F = field!(
        F::new("ldp.msg.tlv.atm.label.vpi", Uint16, "VPI")
            .mask(0xfff)
            .blurb("ATM Label VPI")
    );
    pub static MSG_TLV_ATM_LABEL_VCI: &F =
        field!(F::new("ldp.msg.tlv.atm.label.vci", Uint16, "VCI").blurb("ATM Label VCI"));
    pub static MSG_TLV_FR_LABEL_LEN: &F = field!(
        F::new("ldp.msg.tlv.fr.label.len", Uint16, "Number of DLCI bits")
            .mask(0x180)
            .vals(MSG_TLV_FR_LABEL_LEN_VALS)
            .blurb("DLCI Number of bits")
    );
    pub static MSG_TLV_FR_LABEL_DLCI: &F = field!(
        F::new("ldp.msg.tlv.fr.label.dlci", Uint24, "DLCI")
            .mask(0x7fffff)
            .blurb("FRAME RELAY Label DLCI")
    );
    pub static MSG_TLV_FT_PROTECT_SEQUENCE_NUM: &F = field!(
        F::new(
            "ldp.msg.tlv.ft_protect.sequence_num",
            Uint32,
            "FT Sequence Number"
        )
        .base(Base::Hex)
    );
    pub static MSG_TLV_STATUS_EBIT: &F = field!(
        F::new("ldp.msg.tlv.status.ebit", Boolean, "E Bit")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Fatal Error Notification", "Advisory Notification")
            .blurb("Fatal Error Bit")
    );
    pub static MSG_TLV_STATUS_FBIT: &F = field!(
        F::new("ldp.msg.tlv.status.fbit", Boolean, "F Bit")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs(
                "Notification should be Forwarded",
                "Notification should NOT be Forwarded"
            )
            .blurb("Forward Bit")
    );
    pub static MSG_TLV_STATUS_DATA: &F = field!(
        F::new("ldp.msg.tlv.status.data", Uint32, "Status Data")
            .base(Base::Hex)
            .mask(0x3fffffff)
            .vals(MSG_TLV_STATUS_DATA_VALS)
    );
    pub static MSG_TLV_STATUS_MSG_ID: &F = field!(
        F::new("ldp.msg.tlv.status.msg.id", Uint32, "Message ID")
            .base(Base::Hex)
            .blurb("Identifies peer message to which Status TLV refers")
    );
    pub static MSG_TLV_STATUS_MSG_TYPE: &F = field!(
        F::new("ldp.msg.tlv.status.msg.type", Uint16, "Message Type")
            .base(Base::Hex)
            .vals(MSG_TYPE_VALS)
            .blurb("Type of peer message to which Status TLV refers")
    );
    pub static MSG_TLV_EXTSTATUS_DATA: &F = field!(
        F::new("ldp.msg.tlv.extstatus.data", Uint32, "Extended Status Data").base(Base::Hex)
    );
    pub static MSG_TLV_RETURNED_VERSION: &F = field!(
        F::new(
            "ldp.msg.tlv.returned.version",
            Uint16,
            "Returned PDU Version"
        )
        .blurb("LDP Version Number")
    );
    pub static MSG_TLV_RETURNED_PDU_LEN: &F = field!(
        F::new(
            "ldp.msg.tlv.returned.pdu_len",
            Uint16,
            "Returned PDU Length"
        )
        .blurb("LDP PDU Length")
    );
    pub static MSG_TLV_RETURNED_LDPID_LSR: &F = field!(
        F::new(
            "ldp.msg.tlv.returned.ldpid.lsr",
            Ipv4,
            "Returned PDU LSR ID"
        )
        .blurb("LDP Label Space Router ID")
    );
    pub static MSG_TLV_RETURNED_LDPID_LSID: &F = field!(
        F::new(
            "ldp.msg.tlv.returned.ldpid.lsid",
            Uint16,
            "Returned PDU Label Space ID"
        )
        .base(Base::Hex)
        .blurb("LDP Label Space ID")
    );
    pub static MSG_TLV_RETURNED_MSG_UBIT: &F = field!(
        F::new(
            "ldp.msg.tlv.returned.msg.ubit",
            Boolean,
            "Returned Message Unknown bit"
        )
        .base(Base::Bits(8))
        .mask(0x80)
        .tfs("Unknown bit set", "Unknown bit not set")
        .blurb("Message Unknown bit")
    );
    pub static MSG_TLV_RETURNED_MSG_TYPE: &F = field!(
        F::new(
            "ldp.msg.tlv.returned.msg.type",
            Uint16,
            "Returned Message Type"
        )
        .base(Base::Hex)
        .mask(0x7fff)
        .vals(MSG_TYPE_VALS)
        .blurb("LDP message type")
    );
    pub static MSG_TLV_RETURNED_MSG_LEN: &F = field!(
        F::new(
            "ldp.msg.tlv.returned.msg.len",
            Uint16,
            "Returned Message Length"
        )
        .blurb("LDP Message Length (excluding message type and len)")
    );
    pub static MSG_TLV_RETURNED_MSG_ID: &F = field!(
        F::new("ldp.msg.tlv.returned.msg.id", Uint32, "Returned Message ID")
            .base(Base::Hex)
            .blurb("LDP Message ID")
    );
    pub static MSG_TLV_MAC: &F = field!(F::new("ldp.msg.tlv.mac", Ether, "MAC address"));
    pub static MSG_TLV_PWSTATUS_CODE: &F =
        field!(F::new("ldp.msg.tlv.pwstatus.code", Uint32, "PW Status").base(Base::Hex));
    pub static MSG_TLV_PWSTATUS_CODE_PWNOTFORWARD: &F = field!(
        F::new(
            "ldp.msg.tlv.pwstatus.code.pwnotforward",
            Boolean,
            "Pseudowire Not Forwarding"
        )
        .base(Base::Bits(32))
        .mask(0x1)
        .tfs("Set", "Not set")
    );
    pub static MSG_TLV_PWSTATUS_CODE_PWLACINGRESSRECVFAULT: &F = field!(
        F::new(
            "ldp.msg.tlv.pwstatus.code.pwlacingressrecvfault",
            Boolean,
            "Local Attachment Circuit (ingress) Receive Fault"
        )
        .base(Base::Bits(32))
        .mask(0x2)
        .tfs("Set", "Not set")
    );
    pub static MSG_TLV_PWSTATUS_CODE_PWLACEGRESSTRANSFAULT: &F = field!(
        F::new(
            "ldp.msg.tlv.pwstatus.code.pwlacegresstransfault",
            Boolean,
            "Local Attachment Circuit (egress) Transmit Fault"
        )
        .base(Base::Bits(32))
        .mask(0x4)
        .tfs("Set", "Not set")
    );
    pub static MSG_TLV_PWSTATUS_CODE_PWPSNPWINGRESSRECVFAULT: &F = field!(
        F::new(
            "ldp.msg.tlv.pwstatus.code.pwpsnpwingressrecvfault",
            Boolean,
            "Local PSN-facing PW (ingress) Receive Fault"
        )
        .base(Base::Bits(32))
        .mask(0x8)
        .tfs("Set", "Not set")
    );
    pub static MSG_TLV_PWSTATUS_CODE_PWPSNPWEGRESSTRANSFAULT: &F = field!(
        F::new(
            "ldp.msg.tlv.pwstatus.code.pwpsnpwegresstransfault",
            Boolean,
            "Local PSN-facing PW (egress) Transmit Fault"
        )
        .base(Base::Bits(32))
        .mask(0x10)
        .tfs("Set", "Not set")
    );
    pub static MSG_TLV_PWGROUPING_VALUE: &F =
        field!(F::new("ldp.msg.tlv.pwgrouping.value", Uint32, "Value").blurb("PW Grouping Value"));
    pub static RETURNED_PDU_DATA: &F =
        field!(F::new("ldp.returned_pdu_data", Bytes, "Returned PDU Data"));
    pub static RETURNED_MESSAGE_PARAMETERS: &F = field!(F::new(
        "ldp.returned_message_parameters",
        Bytes,
        "Returned Message Parameters"
    ));
    pub static DATA: &F = field!(F::new("ldp.data", Bytes, "Data"));
    pub static DTSM_AND_TARGET: &F = field!(F::new(
        "ldp.dtsm_and_target",
        None,
        "ERROR - Both GTSM and Target Flag are enabled."
    ));
    pub static GTSM_SUPPORTED: &F = field!(F::new(
        "ldp.gtsm_supported",
        None,
        "GTSM is supported by the source"
    ));
    pub static GTSM_NOT_SUPPORTED_BASIC_DISCOVERY: &F = field!(F::new(
        "ldp.gtsm_not_supported_basic_discovery",
        None,
        "GTSM is not supported by the source, since basic discovery is not enabled"
    ));
    pub static GTSM_NOT_SUPPORTED: &F = field!(F::new(
        "ldp.gtsm_not_supported",
        None,
        "GTSM is not supported by the source"
    ));
    pub static INVALID_LENGTH: &F = field!(F::new(
        "ldp.invalid_length",
        None,
        "Length of the packet is malformed"
    ));
    pub static ADDRESS_FAMILY_NOT_IMPLEMENTED: &F = field!(F::new(
        "ldp.address_family_not_implemented",
        None,
        "Support for Address Family not implemented"
    ));
    pub static MSG_TLV_FEC_ERROR: &F = field!(F::new(
        "ldp.msg.tlv.fec.error",
        None,
        "Error in FEC Element %u"
    ));
    pub static MSG_TLV_FEC_LEN_INVALID: &F = field!(F::new(
        "ldp.msg.tlv.fec.len.invalid",
        None,
        "Invalid prefix %u length for family %s"
    ));
    pub static MSG_TLV_FEC_UNKNOWN: &F = field!(F::new(
        "ldp.msg.tlv.fec.unknown",
        None,
        "Unknown FEC TLV type"
    ));

    /// What tshark writes in the Info column for this call (its last
    /// PDU's message names, each followed by a space).
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.ldp.info", String, "Info").blurb("The Info column's text for this packet")
    );

    pub static ALL: &[&F] = &[
        OSIDUMP_INFO,
        HDR_VERSION,
        HDR_PDU_LEN,
        HDR_LDPID_LSR,
        HDR_LDPID_LSID,
        MSG_UBIT,
        MSG_TYPE,
        MSG_LEN,
        MSG_ID,
        MSG_VENDOR_ID,
        MSG_EXPERIMENT_ID,
        MSG_TLV_UNKNOWN,
        MSG_TLV_TYPE,
        MSG_TLV_LEN,
        MSG_TLV_VALUE,
        MSG_TLV_HELLO_HOLD,
        MSG_TLV_HELLO_TARGETED,
        MSG_TLV_HELLO_REQUESTED,
        MSG_TLV_HELLO_GTSM,
        MSG_TLV_HELLO_RES,
        MSG_TLV_IPV4_TADDR,
        MSG_TLV_HELLO_CNF_SEQNO,
        MSG_TLV_IPV6_TADDR,
        MSG_TLV_FEC_TYPE,
        MSG_TLV_FEC_AF,
        MSG_TLV_FEC_LEN,
        MSG_TLV_FEC_PFVAL,
        MSG_TLV_FEC_HOVAL,
        MSG_TLV_ADDRL_ADDR_FAMILY,
        MSG_TLV_ADDRL_ADDR,
        MSG_TLV_HC_VALUE,
        MSG_TLV_PV_LSRID,
        MSG_TLV_SESS_VER,
        MSG_TLV_SESS_KA,
        MSG_TLV_SESS_ADVBIT,
        MSG_TLV_SESS_LDETBIT,
        MSG_TLV_SESS_PVLIM,
        MSG_TLV_SESS_MXPDU,
        MSG_TLV_SESS_RXLSR,
        MSG_TLV_SESS_RXLS,
        MSG_TLV_FT_ACK_SEQUENCE_NUM,
        MSG_TLV_LBL_REQ_MSG_ID,
        MSG_TLV_VENDOR_ID,
        MSG_TLV_EXPERIMENT_ID,
        MSG_TLV_GENERIC_LABEL,
        MSG_TLV_ATM_LABEL_VBITS,
        MSG_TLV_ATM_LABEL_VPI,
        MSG_TLV_ATM_LABEL_VCI,
        MSG_TLV_FR_LABEL_LEN,
        MSG_TLV_FR_LABEL_DLCI,
        MSG_TLV_FT_PROTECT_SEQUENCE_NUM,
        MSG_TLV_STATUS_EBIT,
        MSG_TLV_STATUS_FBIT,
        MSG_TLV_STATUS_DATA,
        MSG_TLV_STATUS_MSG_ID,
        MSG_TLV_STATUS_MSG_TYPE,
        MSG_TLV_EXTSTATUS_DATA,
        MSG_TLV_RETURNED_VERSION,
        MSG_TLV_RETURNED_PDU_LEN,
        MSG_TLV_RETURNED_LDPID_LSR,
        MSG_TLV_RETURNED_LDPID_LSID,
        MSG_TLV_RETURNED_MSG_UBIT,
        MSG_TLV_RETURNED_MSG_TYPE,
        MSG_TLV_RETURNED_MSG_LEN,
        MSG_TLV_RETURNED_MSG_ID,
        MSG_TLV_MAC,
        MSG_TLV_PWSTATUS_CODE,
        MSG_TLV_PWSTATUS_CODE_PWNOTFORWARD,
        MSG_TLV_PWSTATUS_CODE_PWLACINGRESSRECVFAULT,
        MSG_TLV_PWSTATUS_CODE_PWLACEGRESSTRANSFAULT,
        MSG_TLV_PWSTATUS_CODE_PWPSNPWINGRESSRECVFAULT,
        MSG_TLV_PWSTATUS_CODE_PWPSNPWEGRESSTRANSFAULT,
        MSG_TLV_PWGROUPING_VALUE,
        RETURNED_PDU_DATA,
        RETURNED_MESSAGE_PARAMETERS,
        DATA,
        DTSM_AND_TARGET,
        GTSM_SUPPORTED,
        GTSM_NOT_SUPPORTED_BASIC_DISCOVERY,
        GTSM_NOT_SUPPORTED,
        INVALID_LENGTH,
        ADDRESS_FAMILY_NOT_IMPLEMENTED,
        MSG_TLV_FEC_ERROR,
        MSG_TLV_FEC_LEN_INVALID,
        MSG_TLV_FEC_UNKNOWN,
    ];

    const MSG_TYPE_VALS: &[(u64, &str)] = &[
        (0x1, "Notification Message"),
        (0x100, "Hello Message"),
        (0x200, "Initialization Message"),
        (0x201, "Keep Alive Message"),
        (0x202, "Capability Message"),
        (0x300, "Address Message"),
        (0x301, "Address Withdrawal Message"),
        (0x400, "Label Mapping Message"),
        (0x401, "Label Request Message"),
        (0x402, "Label Withdrawal Message"),
        (0x403, "Label Release Message"),
        (0x404, "Label Abort Request Message"),
        (0x500, "Call Setup Message"),
        (0x501, "Call Release Message"),
        (0x700, "RG Connect Message"),
        (0x701, "RG Disconnect Message"),
        (0x702, "RG Notification Message"),
        (0x703, "RG Application Data Message"),
        (0x3e00, "Vendor-Private Message"),
        (0x3f00, "Experimental Message"),
    ];

    const MSG_TLV_UNKNOWN_VALS: &[(u64, &str)] = &[
        (0x0, "Known TLV, do not Forward"),
        (0x1, "Known TLV, do Forward"),
        (0x2, "Unknown TLV, do not Forward"),
        (0x3, "Unknown TLV, do Forward"),
    ];

    const MSG_TLV_TYPE_VALS: &[(u64, &str)] = &[
        (0x1, "Sequence Number TLV"),
        (0x1c, "RSVP-TE P2MP LSP TLV"),
        (0x1d, "LDP P2MP LSP TLV"),
        (0x1e, "IP Multicast Tunnel TLV"),
        (0x100, "FEC"),
        (0x101, "Address List"),
        (0x103, "Hop Count"),
        (0x104, "Path Vector"),
        (0x200, "Generic Label"),
        (0x201, "ATM Label"),
        (0x202, "Frame Relay Label"),
        (0x203, "FT Protection TLV"),
        (0x204, "LDP Upstream-Assigned Label TLV"),
        (0x205, "LDP Upstream-Assigned Label Request TLV"),
        (0x206, "Entropy Label Capability TLV"),
        (0x300, "Status"),
        (0x301, "Extended Status"),
        (0x302, "Returned PDU"),
        (0x303, "Returned Message"),
        (0x304, "Returned TLVs"),
        (0x400, "Common Hello Parameters"),
        (0x401, "IPv4 Transport Address"),
        (0x402, "Configuration Sequence Number"),
        (0x403, "IPv6 Transport Address"),
        (0x404, "MAC TLV"),
        (0x405, "Cryptographic Authentication TLV"),
        (0x406, "MAC Flush Parameters TLV"),
        (0x407, "PBB B-MAC List Sub-TLV"),
        (0x408, "PBB I-SID List Sub-TLV"),
        (0x500, "Common Session Parameters"),
        (0x501, "ATM Session Parameters"),
        (0x502, "Frame Relay Session Parameters"),
        (0x503, "FT Session TLV"),
        (0x504, "FT Ack TLV"),
        (0x505, "FT Cork TLV"),
        (0x506, "Dynamic Capability Announcement"),
        (0x507, "LDP Upstream Label Assignment Capability TLV"),
        (0x508, "P2MP Capability Parameter"),
        (0x509, "MP2MP Capability Parameter"),
        (0x50a, "MBB Capability Parameter"),
        (0x50b, "Typed Wildcard FEC Capability"),
        (0x50c, "Multi-Topology Capability"),
        (0x50d, "State Advertisement Control Capability"),
        (0x50f, "Targeted Application Capability"),
        (0x600, "Label Request Message ID"),
        (0x601, "MTU TLV"),
        (0x603, "Unrecognized Notification Capability"),
        (0x700, "ICCP capability TLV"),
        (0x701, "Dual-Stack capability"),
        (0x800, "Explicit Route TLV"),
        (0x801, "Ipv4 Prefix ER-Hop TLV"),
        (0x802, "Ipv6 Prefix ER-Hop TLV"),
        (0x803, "Autonomous System Number ER-Hop TLV"),
        (0x804, "LSP-ID ER-HOP TLV"),
        (0x805, "L2 PW Address of Switching Point"),
        (0x810, "Traffic Parameters TLV"),
        (0x820, "Preemption TLV"),
        (0x821, "LSPID TLV"),
        (0x822, "Resource Class TLV"),
        (0x823, "Route Pinning TLV"),
        (0x824, "Generalized Label Request TLV"),
        (0x825, "Generalized Label TLV"),
        (0x826, "Upstream Label TLV"),
        (0x827, "Label Set TLV"),
        (0x828, "Waveband Label TLV"),
        (0x829, "ER-Hop TLV"),
        (0x82a, "Acceptable Label Set TLV"),
        (0x82b, "Admin Status TLV"),
        (0x82c, "Interface ID TLV"),
        (0x82d, "IPV4 Interface ID TLV"),
        (0x82e, "IPV6 Interface ID TLV"),
        (0x82f, "IPv4 IF_ID Status TLV"),
        (0x830, "IPv6 IF_ID Status TLV"),
        (0x831, "Op-Sp Call ID TLV"),
        (0x832, "GU Call ID TLV"),
        (0x833, "Call Capability TLV"),
        (0x834, "Crankback TLV"),
        (0x835, "Protection TLV"),
        (0x836, "LSP_TUNNEL_INTERFACE_ID TLV"),
        (0x837, "Unnumbered Interface ID TLV"),
        (0x838, "SONET/SDH Traffic Parameters TLV"),
        (0x901, "Diff-Serv TLV"),
        (0x902, "HSMP LSP Capability Parameter"),
        (0x960, "IPv4 Source ID TLV"),
        (0x961, "IPv6 Source ID TLV"),
        (0x962, "NSAP Source ID TLV"),
        (0x963, "IPv4 Destination ID TLV"),
        (0x964, "IPv6 Destination ID TLV"),
        (0x965, "NSAP Destination ID TLV"),
        (0x966, "Egress Label TLV"),
        (0x967, "Local Connection ID TLV"),
        (0x968, "Diversity TLV"),
        (0x969, "Contract ID TLV"),
        (0x96a, "PW Status TLV"),
        (0x96b, "PW Interface Parameters TLV"),
        (0x96c, "PW Group ID TLV"),
        (0x96d, "Pseudowire Switching Point PE TLV"),
        (0x96e, "Bandwidth TLV"),
        (0x96f, "LDP MP Status TLV Type"),
        (0x970, "UNI Service Level TLV"),
        (0x971, "Queue Request TLV"),
        (0x972, "MP Node Protection Capability"),
        (0x973, "PSN Tunnel Binding TLV"),
        (0x974, "Egress Protection Capability"),
    ];

    const MSG_TLV_FEC_TYPE_VALS: &[(u64, &str)] = &[
        (1, "Wildcard FEC"),
        (2, "Prefix FEC"),
        (3, "Host Address FEC"),
        (4, "CR LSP FEC"),
        (5, "Typed Wildcard FEC Element"),
        (6, "P2MP"),
        (7, "MP2MP-up"),
        (8, "MP2MP-down"),
        (9, "HSMP-upstream"),
        (10, "HSMP-downstream"),
        (128, "PWid FEC Element"),
        (129, "Generalized PWid FEC Element"),
        (130, "P2MP PW Upstream FEC Element"),
        (131, "Protection FEC Element"),
        (132, "P2MP_PW_DOWNSTREAM_FEC"),
    ];

    const MSG_TLV_FEC_AF_VALS: &[(u64, &str)] = &[
        (0, "Reserved"),
        (1, "IPv4"),
        (2, "IPv6"),
        (3, "NSAP"),
        (4, "HDLC (8-bit multidrop)"),
        (5, "BBN 1822"),
        (6, "802 (includes all 802 media plus Ethernet)"),
        (7, "E.163"),
        (8, "E.164 (SMDS, Frame Relay, ATM)"),
        (9, "F.69 (Telex)"),
        (10, "X.121 (X.25, Frame Relay)"),
        (11, "IPX"),
        (12, "Appletalk"),
        (13, "Decnet IV"),
        (14, "Banyan Vines"),
        (15, "E.164 with NSAP subaddress"),
        (16, "DNS (Domain Name System)"),
        (17, "Distinguished Name"),
        (18, "AS Number"),
        (19, "XTP over IP version 4"),
        (20, "XTP over IP version 6"),
        (21, "XTP native mode XTP"),
        (22, "Fibre Channel World-Wide Port Name"),
        (23, "Fibre Channel World-Wide Node Name"),
        (24, "GWID"),
        (25, "Layer-2 VPN"),
        (26, "MPLS-TP Section Endpoint Identifier"),
        (27, "MPLS-TP LSP Endpoint Identifier"),
        (28, "MPLS-TP Pseudowire Endpoint Identifier"),
        (29, "MT IP: Multi-Topology IP version 4"),
        (30, "MT IPv6: Multi-Topology IP version 6"),
        (196, "Layer-2 VPN (old)"),
        (16384, "EIGRP Common Service Family"),
        (16385, "EIGRP IPv4 Service Family"),
        (16386, "EIGRP IPv6 Service Family"),
        (16387, "LISP Canonical Address Format (LCAF)"),
        (16388, "BGP-LS"),
        (16389, "48-bit MAC Address"),
        (16390, "64-bit MAC Address"),
        (16391, "OUI"),
        (16392, "MAC/24"),
        (16393, "MAC/40"),
        (16394, "IPv6/64"),
        (16395, "RBridge Port ID"),
        (16396, "TRILL Nickname"),
        (65535, "Reserved"),
    ];

    const MSG_TLV_ATM_LABEL_VBITS_VALS: &[(u64, &str)] = &[
        (0x0, "VPI & VCI Significant"),
        (0x1, "Only VPI Significant"),
        (0x2, "Only VCI Significant"),
        (0x3, "VPI & VCI not Significant, nonsense"),
    ];

    const MSG_TLV_FR_LABEL_LEN_VALS: &[(u64, &str)] = &[
        (0, "10 bits"),
        (1, "Reserved"),
        (2, "23 bits"),
        (3, "Reserved"),
    ];

    const MSG_TLV_STATUS_DATA_VALS: &[(u64, &str)] = &[
        (0x0, "Success"),
        (0x1, "Bad LDP Identifier"),
        (0x2, "Bad Protocol Version"),
        (0x3, "Bad PDU Length"),
        (0x4, "Unknown Message Type"),
        (0x5, "Bad Message Length"),
        (0x6, "Unknown TLV"),
        (0x7, "Bad TLV Length"),
        (0x8, "Malformed TLV Value"),
        (0x9, "Hold Timer Expired"),
        (0xa, "Shutdown"),
        (0xb, "Loop Detected"),
        (0xc, "Unknown FEC"),
        (0xd, "No Route"),
        (0xe, "No Label Resources"),
        (0xf, "Label Resources/Available"),
        (0x10, "Session Rejected/No Hello"),
        (0x11, "Session Rejected/Parameters Advertisement Mode"),
        (0x12, "Session Rejected/Parameters Max PDU Length"),
        (0x13, "Session Rejected/Parameters Label Range"),
        (0x14, "KeepAlive Timer Expired"),
        (0x15, "Label Request Aborted"),
        (0x16, "Missing Message Parameters"),
        (0x17, "Unsupported Address Family"),
        (0x18, "Session Rejected/Bad KeepAlive Time"),
        (0x19, "Internal Error"),
        (0x1a, "No LDP Session"),
        (0x1b, "Zero FT seqnum"),
        (0x1c, "Unexpected TLV / Session Not FT"),
        (0x1d, "Unexpected TLV / Label Not FT"),
        (0x1e, "Missing FT Protection TLV"),
        (0x1f, "FT ACK sequence error"),
        (0x20, "Temporary Shutdown"),
        (0x21, "FT Seq Numbers Exhausted"),
        (0x22, "FT Session parameters / changed"),
        (0x23, "Unexpected FT Cork TLV"),
        (0x24, "Illegal C-Bit"),
        (0x25, "Wrong C-Bit"),
        (0x26, "Incompatible bit-rate"),
        (0x27, "CEP-TDM mis-configuration"),
        (0x28, "PW Status"),
        (0x2a, "Generic Misconfiguration Error"),
        (0x2b, "Label Withdraw PW Status Method Not Supported"),
        (0x2c, "IP Address of CE"),
        (
            0x2d,
            "Attachment Circuit bound to different remote Attachment Circuit",
        ),
        (0x2e, "Unsupported Capability"),
        (0x2f, "End-of-LIB"),
        (0x30, "Attachment Circuit bound to different PE"),
        (0x31, "Invalid Topology ID"),
        (0x32, "Transport Connection Mismatch"),
        (0x33, "Dual-Stack Noncompliance"),
        (0x34, "MRT Capability negotiated without MT Capability"),
        (0x35, "VCCV Type Error"),
        (0x37, "Bandwidth resources unavailable"),
        (0x38, "Resources Unavailable"),
        (0x39, "AII Unreachable"),
        (0x3a, "PW Loop Detected"),
        (0x3b, "Reject - unable to use the suggested tunnel/LSPs"),
        (0x3c, "The C-bit or S-bit unknown"),
        (0x40, "LDP MP status"),
        (0x4a, "IP Address Type Mismatch"),
        (0x4b, "Wrong IP Address Type"),
        (
            0x4c,
            "Session Rejected/Targeted Application Capability Mismatch",
        ),
        (0x10001, "Unknown ICCP RG"),
        (0x10002, "ICCP Connection Count Exceeded"),
        (0x10003, "ICCP Application Connection Count Exceeded"),
        (0x10004, "ICCP Application not in RG"),
        (0x10005, "Incompatible ICCP Protocol Version"),
        (0x10006, "ICCP Rejected Message"),
        (0x10007, "ICCP Administratively Disabled"),
        (0x10010, "ICCP RG Removed"),
        (0x10011, "ICCP Application Removed from RG"),
        (0x1000001, "Unexpected Diff-Serv TLV"),
        (0x1000002, "Unsupported PHB"),
        (0x1000003, "Invalid EXP<-->PHB mapping"),
        (0x1000004, "Unsupported PSC"),
        (0x1000005, "Per-LSP context allocation failure"),
        (0x4000001, "Bad Explicit Routing TLV Error"),
        (0x4000002, "Bad Strict Node Error"),
        (0x4000003, "Bad Loose Node Error"),
        (0x4000004, "Bad Initial ER-Hop Error"),
        (0x4000005, "Resource Unavailable"),
        (0x4000006, "Traffic Parameters Unavailable"),
        (0x4000007, "LSP Preempted"),
        (0x4000008, "Modify Request Not Supported"),
        (0x4000009, "Invalid SNP ID"),
        (0x400000a, "Calling Party busy"),
        (0x400000b, "Unavailable SNP ID"),
        (0x400000c, "Invalid SNPP ID"),
        (0x400000d, "Unavailable SNPP ID"),
        (0x400000e, "Failed to create SNC"),
        (0x400000f, "Failed to establish LC"),
        (0x4000010, "Invalid A End-User Name"),
        (0x4000011, "Invalid Z End-User Name"),
        (0x4000012, "Invalid CoS"),
        (0x4000013, "Unavailable CoS"),
        (0x4000014, "Invalid GoS"),
        (0x4000015, "Unavailable GoS"),
        (0x4000016, "Failed Security Check"),
        (0x4000017, "TimeOut"),
        (0x4000018, "Invalid Call Name"),
        (0x4000019, "Failed to Release SNC"),
        (0x400001a, "Failed to Free LC"),
        (0x20000000, "Unknown VPN ID"),
        (0x20000001, "Illegal C-Bit"),
        (0x20000002, "Wrong C-Bit"),
        (0x20000003, "E-Tree VLAN mapping not supported"),
        (0x20000004, "Leaf-to-Leaf PW released"),
    ];
}
