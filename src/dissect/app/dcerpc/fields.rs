pub mod dcerpc {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static DCERPC: &F = field!(F::new(
        "dcerpc",
        Protocol,
        "Distributed Computing Environment / Remote Procedure Call (DCE/RPC)"
    ));
    pub static REQUEST_IN: &F = field!(
        F::new("dcerpc.request_in", FrameNum, "Request in frame")
            .blurb("This packet is a response to the packet with this number")
    );
    pub static RESPONSE_IN: &F = field!(
        F::new("dcerpc.response_in", FrameNum, "Response in frame")
            .blurb("This packet will be responded in the packet with this number")
    );
    pub static VER: &F = field!(F::new("dcerpc.ver", Uint8, "Version"));
    pub static VER_MINOR: &F = field!(F::new("dcerpc.ver_minor", Uint8, "Version (minor)"));
    pub static PKT_TYPE: &F =
        field!(F::new("dcerpc.pkt_type", Uint8, "Packet type").vals(PKT_TYPE_VALS));
    pub static CN_FLAGS: &F =
        field!(F::new("dcerpc.cn_flags", Uint8, "Packet Flags").base(Base::Hex));
    pub static CN_FLAGS_FIRST_FRAG: &F = field!(
        F::new("dcerpc.cn_flags.first_frag", Boolean, "First Frag")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static CN_FLAGS_LAST_FRAG: &F = field!(
        F::new("dcerpc.cn_flags.last_frag", Boolean, "Last Frag")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static CN_FLAGS_CANCEL_PENDING: &F = field!(
        F::new("dcerpc.cn_flags.cancel_pending", Boolean, "Cancel Pending")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static CN_FLAGS_RESERVED: &F = field!(
        F::new("dcerpc.cn_flags.reserved", Boolean, "Reserved")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static CN_FLAGS_MPX: &F = field!(
        F::new("dcerpc.cn_flags.mpx", Boolean, "Multiplex")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static CN_FLAGS_DNE: &F = field!(
        F::new("dcerpc.cn_flags.dne", Boolean, "Did Not Execute")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static CN_FLAGS_MAYBE: &F = field!(
        F::new("dcerpc.cn_flags.maybe", Boolean, "Maybe")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static CN_FLAGS_OBJECT: &F = field!(
        F::new("dcerpc.cn_flags.object", Boolean, "Object")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static DREP: &F = field!(F::new("dcerpc.drep", Bytes, "Data Representation"));
    pub static DREP_BYTEORDER: &F =
        field!(F::new("dcerpc.drep.byteorder", Uint8, "Byte order").vals(DREP_BYTEORDER_VALS));
    pub static DREP_CHARACTER: &F =
        field!(F::new("dcerpc.drep.character", Uint8, "Character").vals(DREP_CHARACTER_VALS));
    pub static DREP_FP: &F =
        field!(F::new("dcerpc.drep.fp", Uint8, "Floating-point").vals(DREP_FP_VALS));
    pub static CN_FRAG_LEN: &F = field!(F::new("dcerpc.cn_frag_len", Uint16, "Frag Length"));
    pub static CN_AUTH_LEN: &F = field!(F::new("dcerpc.cn_auth_len", Uint16, "Auth Length"));
    pub static CN_CALL_ID: &F = field!(F::new("dcerpc.cn_call_id", Uint32, "Call ID"));
    pub static CN_MAX_XMIT: &F = field!(F::new("dcerpc.cn_max_xmit", Uint16, "Max Xmit Frag"));
    pub static CN_MAX_RECV: &F = field!(F::new("dcerpc.cn_max_recv", Uint16, "Max Recv Frag"));
    pub static CN_ASSOC_GROUP: &F =
        field!(F::new("dcerpc.cn_assoc_group", Uint32, "Assoc Group").base(Base::Hex));
    pub static CN_NUM_CTX_ITEMS: &F =
        field!(F::new("dcerpc.cn_num_ctx_items", Uint8, "Num Ctx Items"));
    pub static CN_CTX_ITEM: &F = field!(F::new("dcerpc.cn_ctx_item", None, "Ctx Item"));
    pub static CN_CTX_ID: &F = field!(F::new("dcerpc.cn_ctx_id", Uint16, "Context ID"));
    pub static CN_NUM_TRANS_ITEMS: &F = field!(F::new(
        "dcerpc.cn_num_trans_items",
        Uint8,
        "Num Trans Items"
    ));
    pub static CN_BIND_ABSTRACT_SYNTAX: &F = field!(F::new(
        "dcerpc.cn_bind_abstract_syntax",
        None,
        "Abstract Syntax"
    ));
    pub static CN_BIND_TO_UUID: &F =
        field!(F::new("dcerpc.cn_bind_to_uuid", Guid, "Interface UUID"));
    pub static CN_BIND_IF_VER: &F =
        field!(F::new("dcerpc.cn_bind_if_ver", Uint16, "Interface Ver"));
    pub static CN_BIND_IF_VER_MINOR: &F = field!(F::new(
        "dcerpc.cn_bind_if_ver_minor",
        Uint16,
        "Interface Ver Minor"
    ));
    pub static CN_BIND_TRANS: &F = field!(F::new("dcerpc.cn_bind_trans", None, "Transfer Syntax"));
    pub static CN_BIND_TRANS_ID: &F = field!(F::new("dcerpc.cn_bind_trans_id", Guid, "ID"));
    pub static CN_BIND_TRANS_VER: &F = field!(F::new("dcerpc.cn_bind_trans_ver", Uint32, "ver"));
    pub static CN_BIND_TRANS_BTFN: &F =
        field!(F::new("dcerpc.cn_bind_trans_btfn", Uint16, "Bind Time Features").base(Base::Hex));
    pub static CN_BIND_TRANS_BTFN_01: &F = field!(
        F::new(
            "dcerpc.cn_bind_trans_btfn.01",
            Boolean,
            "Security Context Multiplexing Supported"
        )
        .base(Base::Bits(16))
        .mask(0x1)
    );
    pub static CN_BIND_TRANS_BTFN_02: &F = field!(
        F::new(
            "dcerpc.cn_bind_trans_btfn.02",
            Boolean,
            "Keep Connection On Orphan Supported"
        )
        .base(Base::Bits(16))
        .mask(0x2)
    );
    pub static CN_ALLOC_HINT: &F = field!(F::new("dcerpc.cn_alloc_hint", Uint32, "Alloc hint"));
    pub static CN_SEC_ADDR_LEN: &F =
        field!(F::new("dcerpc.cn_sec_addr_len", Uint16, "Scndry Addr len"));
    pub static CN_SEC_ADDR: &F = field!(F::new("dcerpc.cn_sec_addr", StringZ, "Scndry Addr"));
    pub static CN_NUM_RESULTS: &F = field!(F::new("dcerpc.cn_num_results", Uint8, "Num results"));
    pub static CN_ACK_RESULT: &F =
        field!(F::new("dcerpc.cn_ack_result", Uint16, "Ack result").vals(CN_ACK_RESULT_VALS));
    pub static CN_ACK_REASON: &F =
        field!(F::new("dcerpc.cn_ack_reason", Uint16, "Ack reason").vals(CN_ACK_REASON_VALS));
    pub static CN_ACK_TRANS_ID: &F =
        field!(F::new("dcerpc.cn_ack_trans_id", Guid, "Transfer Syntax"));
    pub static CN_ACK_TRANS_VER: &F =
        field!(F::new("dcerpc.cn_ack_trans_ver", Uint32, "Syntax ver"));
    pub static CN_REJECT_REASON: &F = field!(
        F::new("dcerpc.cn_reject_reason", Uint16, "Reject reason").vals(CN_REJECT_REASON_VALS)
    );
    pub static CN_NUM_PROTOCOLS: &F = field!(F::new(
        "dcerpc.cn_num_protocols",
        Uint8,
        "Number of protocols"
    ));
    pub static CN_PROTOCOL_VER_MAJOR: &F = field!(F::new(
        "dcerpc.cn_protocol_ver_major",
        Uint8,
        "Protocol major version"
    ));
    pub static CN_PROTOCOL_VER_MINOR: &F = field!(F::new(
        "dcerpc.cn_protocol_ver_minor",
        Uint8,
        "Protocol minor version"
    ));
    pub static CN_CANCEL_COUNT: &F =
        field!(F::new("dcerpc.cn_cancel_count", Uint8, "Cancel count"));
    pub static CN_FAULT_FLAGS: &F =
        field!(F::new("dcerpc.cn_fault_flags", Uint8, "Fault flags").base(Base::Hex));
    pub static CN_FAULT_FLAGS_EXTENDED_ERROR: &F = field!(
        F::new(
            "dcerpc.cn_fault_flags.extended_error",
            Boolean,
            "Extended error information present"
        )
        .base(Base::Bits(8))
        .mask(0x1)
    );
    pub static CN_STATUS: &F = field!(
        F::new("dcerpc.cn_status", Uint32, "Status")
            .base(Base::Hex)
            .vals(CN_STATUS_VALS)
    );
    pub static CN_DESEG_REQ: &F = field!(F::new(
        "dcerpc.cn_deseg_req",
        Uint32,
        "Desegmentation Required"
    ));
    pub static AUTH_TYPE: &F =
        field!(F::new("dcerpc.auth_type", Uint8, "Auth type").vals(AUTH_TYPE_VALS));
    pub static AUTH_LEVEL: &F =
        field!(F::new("dcerpc.auth_level", Uint8, "Auth level").vals(AUTH_LEVEL_VALS));
    pub static AUTH_PAD_LEN: &F = field!(F::new("dcerpc.auth_pad_len", Uint8, "Auth pad len"));
    pub static AUTH_RSRVD: &F = field!(F::new("dcerpc.auth_rsrvd", Uint8, "Auth Rsrvd"));
    pub static AUTH_CTX_ID: &F = field!(F::new("dcerpc.auth_ctx_id", Uint32, "Auth Context ID"));
    pub static OBJ_ID: &F = field!(F::new("dcerpc.obj_id", Guid, "Object"));
    pub static OPNUM: &F = field!(F::new("dcerpc.opnum", Uint16, "Opnum"));
    pub static TIME: &F = field!(
        F::new("dcerpc.time", RelativeTime, "Time from request")
            .blurb("Time between Request and Response for DCE-RPC calls")
    );
    pub static RESERVED: &F = field!(F::new("dcerpc.reserved", Bytes, "Reserved"));
    pub static ENCRYPTED_STUB_DATA: &F = field!(F::new(
        "dcerpc.encrypted_stub_data",
        Bytes,
        "Encrypted stub data"
    ));
    pub static DECRYPTED_STUB_DATA: &F = field!(F::new(
        "dcerpc.decrypted_stub_data",
        Bytes,
        "Decrypted stub data"
    ));
    pub static PAYLOAD_STUB_DATA: &F = field!(F::new(
        "dcerpc.payload_stub_data",
        None,
        "Payload stub data"
    ));
    pub static STUB_DATA: &F = field!(F::new("dcerpc.stub_data", Bytes, "Stub data"));
    pub static AUTH_PADDING: &F = field!(F::new("dcerpc.auth_padding", Bytes, "Auth Padding"));
    pub static AUTH_INFO: &F = field!(F::new("dcerpc.auth_info", None, "Auth Info"));
    pub static AUTH_CREDENTIALS: &F =
        field!(F::new("dcerpc.auth_credentials", Bytes, "Auth Credentials"));
    pub static FAULT_STUB_DATA: &F =
        field!(F::new("dcerpc.fault_stub_data", Bytes, "Fault stub data"));
    pub static FRAGMENT_DATA: &F = field!(F::new("dcerpc.fragment_data", Bytes, "Fragment data"));
    pub static UNKNOWN_IF_ID: &F = field!(F::new(
        "dcerpc.unknown_if_id",
        Boolean,
        "Unknown DCERPC interface id"
    ));
    pub static CN_CTX_ID_NO_BIND: &F = field!(F::new(
        "dcerpc.cn_ctx_id.no_bind",
        None,
        "No bind info for interface Context ID"
    ));
    pub static NO_REQUEST_FOUND: &F = field!(F::new(
        "dcerpc.no_request_found",
        None,
        "No request to this DCE/RPC call found"
    ));
    pub static CN_STATUS_EXPERT: &F = field!(F::new("dcerpc.cn_status.expert", None, "Fault"));
    pub static FRAGMENT_MULTIPLE: &F = field!(F::new(
        "dcerpc.fragment_multiple",
        None,
        "Multiple DCE/RPC fragments/PDU's in one packet"
    ));
    pub static BIND_NOT_ACKNOWLEDGED: &F = field!(F::new(
        "dcerpc.bind_not_acknowledged",
        None,
        "Bind not acknowledged"
    ));
    pub static LONG_FRAME: &F = field!(F::new("dcerpc.long_frame", None, "Long frame"));
    pub static FRAGMENT: &F = field!(F::new("dcerpc.fragment", FrameNum, "DCE/RPC Fragment"));
    pub static FRAGMENT_REASSEMBLED: &F = field!(F::new(
        "dcerpc.fragment_reassembled",
        None,
        "Fragment, reassembled"
    ));
    pub static REASSEMBLED_IN: &F = field!(
        F::new(
            "dcerpc.reassembled_in",
            FrameNum,
            "Reassembled PDU in frame"
        )
        .blurb("The DCE/RPC PDU is completely reassembled in the packet with this number")
    );
    pub static FRAGMENT_REASSEMBLE: &F =
        field!(F::new("dcerpc.fragment.reassemble", None, "Fragment"));
    pub static FRAGMENTS: &F = field!(
        F::new("dcerpc.fragments", None, "Reassembled DCE/RPC Fragments")
            .blurb("DCE/RPC Fragments")
    );
    pub static FRAGMENT_COUNT: &F =
        field!(F::new("dcerpc.fragment.count", Uint32, "Fragment count"));
    pub static REASSEMBLED_LENGTH: &F = field!(
        F::new(
            "dcerpc.reassembled.length",
            Uint32,
            "Reassembled DCE/RPC length"
        )
        .blurb("The total length of the reassembled payload")
    );

    pub static OSIDUMP_CALL: &F = field!(
        F::new("osidump.dcerpc.call", None, "Call")
            .blurb("The first PDU of one call of tshark's DCE/RPC dissector")
    );
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.dcerpc.info", String, "Info").blurb("The Info column text this PDU writes")
    );
    pub static OSIDUMP_FENCE: &F = field!(
        F::new("osidump.dcerpc.fence", None, "Fence")
            .blurb("A PDU before this one in the packet set a context ID: its text is kept")
    );
    pub static OSIDUMP_UNFENCED: &F = field!(
        F::new("osidump.dcerpc.unfenced", None, "Unfenced").blurb(
            "A call of tshark's DCE/RPC whose Info replaces the call's before (an SMB2 pipe transceive's second buffer)"
        )
    );
    pub static OSIDUMP_COLUMN: &F = field!(
        F::new("osidump.dcerpc.column", String, "Protocol column")
            .blurb("The interface's name tshark writes in the Protocol column")
    );
    pub static ALL: &[&F] = &[
        OSIDUMP_CALL,
        OSIDUMP_INFO,
        OSIDUMP_FENCE,
        OSIDUMP_UNFENCED,
        OSIDUMP_COLUMN,
        DCERPC,
        REQUEST_IN,
        RESPONSE_IN,
        VER,
        VER_MINOR,
        PKT_TYPE,
        CN_FLAGS,
        CN_FLAGS_FIRST_FRAG,
        CN_FLAGS_LAST_FRAG,
        CN_FLAGS_CANCEL_PENDING,
        CN_FLAGS_RESERVED,
        CN_FLAGS_MPX,
        CN_FLAGS_DNE,
        CN_FLAGS_MAYBE,
        CN_FLAGS_OBJECT,
        DREP,
        DREP_BYTEORDER,
        DREP_CHARACTER,
        DREP_FP,
        CN_FRAG_LEN,
        CN_AUTH_LEN,
        CN_CALL_ID,
        CN_MAX_XMIT,
        CN_MAX_RECV,
        CN_ASSOC_GROUP,
        CN_NUM_CTX_ITEMS,
        CN_CTX_ITEM,
        CN_CTX_ID,
        CN_NUM_TRANS_ITEMS,
        CN_BIND_ABSTRACT_SYNTAX,
        CN_BIND_TO_UUID,
        CN_BIND_IF_VER,
        CN_BIND_IF_VER_MINOR,
        CN_BIND_TRANS,
        CN_BIND_TRANS_ID,
        CN_BIND_TRANS_VER,
        CN_BIND_TRANS_BTFN,
        CN_BIND_TRANS_BTFN_01,
        CN_BIND_TRANS_BTFN_02,
        CN_ALLOC_HINT,
        CN_SEC_ADDR_LEN,
        CN_SEC_ADDR,
        CN_NUM_RESULTS,
        CN_ACK_RESULT,
        CN_ACK_REASON,
        CN_ACK_TRANS_ID,
        CN_ACK_TRANS_VER,
        CN_REJECT_REASON,
        CN_NUM_PROTOCOLS,
        CN_PROTOCOL_VER_MAJOR,
        CN_PROTOCOL_VER_MINOR,
        CN_CANCEL_COUNT,
        CN_FAULT_FLAGS,
        CN_FAULT_FLAGS_EXTENDED_ERROR,
        CN_STATUS,
        CN_DESEG_REQ,
        AUTH_TYPE,
        AUTH_LEVEL,
        AUTH_PAD_LEN,
        AUTH_RSRVD,
        AUTH_CTX_ID,
        OBJ_ID,
        OPNUM,
        TIME,
        RESERVED,
        ENCRYPTED_STUB_DATA,
        DECRYPTED_STUB_DATA,
        PAYLOAD_STUB_DATA,
        STUB_DATA,
        AUTH_PADDING,
        AUTH_INFO,
        AUTH_CREDENTIALS,
        FAULT_STUB_DATA,
        FRAGMENT_DATA,
        UNKNOWN_IF_ID,
        CN_CTX_ID_NO_BIND,
        NO_REQUEST_FOUND,
        CN_STATUS_EXPERT,
        FRAGMENT_MULTIPLE,
        BIND_NOT_ACKNOWLEDGED,
        LONG_FRAME,
        FRAGMENT,
        FRAGMENT_REASSEMBLED,
        REASSEMBLED_IN,
        FRAGMENT_REASSEMBLE,
        FRAGMENTS,
        FRAGMENT_COUNT,
        REASSEMBLED_LENGTH,
    ];

    const PKT_TYPE_VALS: &[(u64, &str)] = &[
        (0, "Request"),
        (1, "Ping"),
        (2, "Response"),
        (3, "Fault"),
        (4, "Working"),
        (5, "Nocall"),
        (6, "Reject"),
        (7, "Ack"),
        (8, "Cl_cancel"),
        (9, "Fack"),
        (10, "Cancel_ack"),
        (11, "Bind"),
        (12, "Bind_ack"),
        (13, "Bind_nak"),
        (14, "Alter_context"),
        (15, "Alter_context_resp"),
        (16, "AUTH3"),
        (17, "Shutdown"),
        (18, "Co_cancel"),
        (19, "Orphaned"),
        (20, "RPC-over-HTTP RTS"),
    ];

    const DREP_BYTEORDER_VALS: &[(u64, &str)] = &[(0, "Big-endian"), (1, "Little-endian")];

    const DREP_CHARACTER_VALS: &[(u64, &str)] = &[(0, "ASCII"), (1, "EBCDIC")];

    const DREP_FP_VALS: &[(u64, &str)] = &[(0, "IEEE"), (1, "VAX"), (2, "Cray"), (3, "IBM")];

    const CN_ACK_RESULT_VALS: &[(u64, &str)] = &[
        (0, "Acceptance"),
        (1, "User rejection"),
        (2, "Provider rejection"),
        (3, "Negotiate ACK"),
    ];

    const CN_ACK_REASON_VALS: &[(u64, &str)] = &[
        (0, "Reason not specified"),
        (1, "Abstract syntax not supported"),
        (2, "Proposed transfer syntaxes not supported"),
        (3, "Local limit exceeded"),
    ];

    const CN_REJECT_REASON_VALS: &[(u64, &str)] = &[
        (0, "Reason not specified"),
        (1, "Temporary congestion"),
        (2, "Local limit exceeded"),
        (3, "Called paddr unknown"),
        (4, "Protocol version not supported"),
        (5, "Default context not supported"),
        (6, "User data not readable"),
        (7, "No PSAP available"),
        (8, "Authentication type not recognized"),
        (9, "Invalid checksum"),
    ];

    const CN_STATUS_VALS: &[(u64, &str)] = &[
        (0x0, "Stub-defined exception"),
        (0x1, "nca_s_fault_other"),
        (0x5, "nca_s_fault_access_denied"),
        (0x6d8, "nca_s_fault_cant_perform"),
        (0x6f7, "nca_s_fault_ndr"),
        (0x721, "nca_s_fault_sec_pkg_error"),
        (0x1c000001, "nca_s_fault_int_div_by_zero"),
        (0x1c000002, "nca_s_fault_addr_error"),
        (0x1c000003, "nca_s_fault_fp_div_zero"),
        (0x1c000004, "nca_s_fault_fp_underflow"),
        (0x1c000005, "nca_s_fault_fp_overflow"),
        (0x1c000006, "nca_s_fault_invalid_tag"),
        (0x1c000007, "nca_s_fault_invalid_bound"),
        (0x1c000008, "nca_rpc_version_mismatch"),
        (0x1c000009, "nca_unspec_reject"),
        (0x1c00000a, "nca_s_bad_actid"),
        (0x1c00000b, "nca_who_are_you_failed"),
        (0x1c00000c, "nca_manager_not_entered"),
        (0x1c00000d, "nca_s_fault_cancel"),
        (0x1c00000e, "nca_s_fault_ill_inst"),
        (0x1c00000f, "nca_s_fault_fp_error"),
        (0x1c000010, "nca_s_fault_int_overflow"),
        (0x1c000014, "nca_s_fault_pipe_empty"),
        (0x1c000015, "nca_s_fault_pipe_closed"),
        (0x1c000016, "nca_s_fault_pipe_order"),
        (0x1c000017, "nca_s_fault_pipe_discipline"),
        (0x1c000018, "nca_s_fault_pipe_comm_error"),
        (0x1c000019, "nca_s_fault_pipe_memory"),
        (0x1c00001a, "nca_s_fault_context_mismatch"),
        (0x1c00001b, "nca_s_fault_remote_no_memory"),
        (0x1c00001c, "nca_invalid_pres_context_id"),
        (0x1c00001d, "nca_unsupported_authn_level"),
        (0x1c00001f, "nca_invalid_checksum"),
        (0x1c000020, "nca_invalid_crc"),
        (0x1c000021, "ncs_s_fault_user_defined"),
        (0x1c000022, "nca_s_fault_tx_open_failed"),
        (0x1c000023, "nca_s_fault_codeset_conv_error"),
        (0x1c000024, "nca_s_fault_object_not_found"),
        (0x1c000025, "nca_s_fault_no_client_stub"),
        (0x1c010002, "nca_op_rng_error"),
        (0x1c010003, "nca_unk_if"),
        (0x1c010006, "nca_wrong_boot_time"),
        (0x1c010009, "nca_s_you_crashed"),
        (0x1c01000b, "nca_proto_error"),
        (0x1c010013, "nca_out_args_too_big"),
        (0x1c010014, "nca_server_too_busy"),
        (0x1c010017, "nca_unsupported_type"),
        (0x80004001, "E_NOTIMPL"),
        (0x80004003, "E_POINTER"),
        (0x80004004, "E_ABORT"),
        (0x8000ffff, "E_UNEXPECTED"),
        (0x80010105, "RPC_E_SERVERFAULT"),
        (0x80010108, "RPC_E_DISCONNECTED"),
        (0x80010113, "RPC_E_INVALID_IPID"),
        (0x8001011f, "RPC_E_TIMEOUT"),
        (0x80020003, "DISP_E_MEMBERNOTFOUND"),
        (0x80020006, "DISP_E_UNKNOWNNAME"),
        (0x8002000e, "DISP_E_BADPARAMCOUNT"),
        (0x8004cb00, "CBA_E_MALFORMED"),
        (0x8004cb01, "CBA_E_UNKNOWNOBJECT"),
        (0x8004cb05, "CBA_E_INVALIDID"),
        (0x8004cb09, "CBA_E_INVALIDCOOKIE"),
        (0x8004cb0b, "CBA_E_QOSTYPEUNSUPPORTED"),
        (0x8004cb0c, "CBA_E_QOSVALUEUNSUPPORTED"),
        (0x8004cb0f, "CBA_E_NOTAPPLICABLE"),
        (0x8004cb12, "CBA_E_LIMITVIOLATION"),
        (0x8004cb13, "CBA_E_QOSTYPENOTAPPLICABLE"),
        (0x8004cb18, "CBA_E_OUTOFPARTNERACCOS"),
        (0x8004cb1c, "CBA_E_FLAGUNSUPPORTED"),
        (0x8004cb23, "CBA_E_FRAMECOUNTUNSUPPORTED"),
        (0x8004cb25, "CBA_E_MODECHANGE"),
        (0x8007000e, "E_OUTOFMEMORY"),
        (0x80070057, "E_INVALIDARG"),
        (0x800706d1, "RPC_S_PROCNUM_OUT_OF_RANGE"),
        (0x80070776, "OR_INVALID_OXID"),
    ];

    const AUTH_TYPE_VALS: &[(u64, &str)] = &[
        (0, "None"),
        (1, "Kerberos 5"),
        (9, "SPNEGO"),
        (10, "NTLMSSP"),
        (14, "SCHANNEL SSP"),
        (16, "Kerberos SSP"),
        (17, "Distributed Password Authentication SSP"),
        (18, "MSN SSP"),
        (21, "Digest SSP"),
        (68, "NETLOGON Secure Channel"),
        (100, "MSMQ SSP"),
    ];

    const AUTH_LEVEL_VALS: &[(u64, &str)] = &[
        (1, "None"),
        (2, "Connect"),
        (3, "Call"),
        (4, "Packet"),
        (5, "Packet integrity"),
        (6, "Packet privacy"),
    ];
}
