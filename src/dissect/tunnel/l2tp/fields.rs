//! L2TP's fields, generated from tshark 4.0.17's registry by
//! `scripts/gen-fields.py l2tp ...`, plus osidump's Info column text.

pub mod l2tp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static FLAGS: &F = field!(F::new("l2tp.flags", Uint16, "Flags").base(Base::Hex));
    pub static TYPE: &F = field!(
        F::new("l2tp.type", Uint16, "Type")
            .mask(0x8000)
            .vals(TYPE_VALS)
            .blurb("Type bit")
    );
    pub static LENGTH_BIT: &F = field!(
        F::new("l2tp.length_bit", Boolean, "Length Bit")
            .base(Base::Bits(16))
            .mask(0x4000)
            .tfs("Length field is present", "Length field is not present")
    );
    pub static SEQ_BIT: &F = field!(
        F::new("l2tp.seq_bit", Boolean, "Sequence Bit")
            .base(Base::Bits(16))
            .mask(0x800)
            .tfs(
                "Ns and Nr fields are present",
                "Ns and Nr fields are not present"
            )
    );
    pub static OFFSET_BIT: &F = field!(
        F::new("l2tp.offset_bit", Boolean, "Offset bit")
            .base(Base::Bits(16))
            .mask(0x200)
            .tfs(
                "Offset Size field is present",
                "Offset size field is not present"
            )
    );
    pub static PRIORITY: &F = field!(
        F::new("l2tp.priority", Boolean, "Priority")
            .base(Base::Bits(16))
            .mask(0x100)
            .tfs("This data message has priority", "No priority")
            .blurb("Priority bit")
    );
    pub static VERSION: &F = field!(F::new("l2tp.version", Uint16, "Version").mask(0xf));
    pub static LENGTH: &F = field!(F::new("l2tp.length", Uint16, "Length"));
    pub static TUNNEL: &F = field!(F::new("l2tp.tunnel", Uint16, "Tunnel ID"));
    pub static SESSION: &F = field!(F::new("l2tp.session", Uint16, "Session ID"));
    pub static NS: &F = field!(F::new("l2tp.Ns", Uint16, "Ns"));
    pub static NR: &F = field!(F::new("l2tp.Nr", Uint16, "Nr"));
    pub static OFFSET: &F = field!(
        F::new("l2tp.offset", Uint16, "Offset")
            .blurb("Number of octets past the L2TP header at which the payload data starts.")
    );
    pub static OFFSET_PADDING: &F = field!(F::new("l2tp.offset_padding", None, "Offset Padding"));
    pub static ZERO_LENGTH_BODY_MESSAGE: &F = field!(F::new(
        "l2tp.zero_length_body_message",
        None,
        "Zero Length Body message"
    ));
    pub static AVP_MANDATORY: &F = field!(
        F::new("l2tp.avp.mandatory", Boolean, "Mandatory")
            .base(Base::Bits(16))
            .mask(0x8000)
    );
    pub static AVP_HIDDEN: &F = field!(
        F::new("l2tp.avp.hidden", Boolean, "Hidden")
            .base(Base::Bits(16))
            .mask(0x4000)
    );
    pub static AVP_LENGTH: &F = field!(F::new("l2tp.avp.length", Uint16, "Length").mask(0x3ff));
    pub static AVP_VENDOR_ID: &F = field!(
        F::new("l2tp.avp.vendor_id", Uint16, "Vendor ID")
            .base(Base::Custom)
            .blurb("AVP Vendor ID")
            // The Extended Vendor ID AVP's four bytes, kept whole.
            .wider_values()
    );
    pub static AVP_TYPE: &F =
        field!(F::new("l2tp.avp.type", Uint16, "AVP Type").vals(AVP_TYPE_VALS));
    pub static AVP_CISCOTYPE: &F = field!(
        F::new("l2tp.avp.ciscotype", Uint16, "Type")
            .vals(AVP_CISCOTYPE_VALS)
            .blurb("AVP Type")
    );
    pub static AVP_MESSAGE_TYPE: &F =
        field!(F::new("l2tp.avp.message_type", Uint16, "Message Type").vals(AVP_MESSAGE_TYPE_VALS));
    pub static RESULT_CODE: &F =
        field!(F::new("l2tp.result_code", Uint16, "Result code").vals(RESULT_CODE_VALS));
    pub static AVP_ERROR_CODE: &F =
        field!(F::new("l2tp.avp.error_code", Uint16, "Error code").vals(AVP_ERROR_CODE_VALS));
    pub static AVP_ERROR_MESSAGE: &F =
        field!(F::new("l2tp.avp.error_message", String, "Error Message"));
    pub static AVP_PROTOCOL_VERSION: &F =
        field!(F::new("l2tp.avp.protocol_version", Uint8, "Version"));
    pub static AVP_PROTOCOL_REVISION: &F =
        field!(F::new("l2tp.avp.protocol_revision", Uint8, "Revision"));
    pub static AVP_ASYNC_FRAMING_SUPPORTED: &F = field!(
        F::new(
            "l2tp.avp.async_framing_supported",
            Boolean,
            "Async Framing Supported"
        )
        .base(Base::Bits(32))
        .mask(0x2)
        .tfs("True", "False")
    );
    pub static AVP_SYNC_FRAMING_SUPPORTED: &F = field!(
        F::new(
            "l2tp.avp.sync_framing_supported",
            Boolean,
            "Sync Framing Supported"
        )
        .base(Base::Bits(32))
        .mask(0x1)
        .tfs("True", "False")
    );
    pub static AVP_ANALOG_ACCESS_SUPPORTED: &F = field!(
        F::new(
            "l2tp.avp.analog_access_supported",
            Boolean,
            "Analog Access Supported"
        )
        .base(Base::Bits(32))
        .mask(0x2)
        .tfs("True", "False")
    );
    pub static AVP_DIGITAL_ACCESS_SUPPORTED: &F = field!(
        F::new(
            "l2tp.avp.digital_access_supported",
            Boolean,
            "Digital Access Supported"
        )
        .base(Base::Bits(32))
        .mask(0x1)
        .tfs("True", "False")
    );
    pub static TIE_BREAKER: &F =
        field!(F::new("l2tp.tie_breaker", Uint64, "Tie Breaker").base(Base::Hex));
    pub static AVP_FIRMWARE_REVISION: &F = field!(
        F::new("l2tp.avp.firmware_revision", Uint16, "Firmware Revision").base(Base::DecHex)
    );
    pub static AVP_HOST_NAME: &F = field!(F::new("l2tp.avp.host_name", String, "Host Name"));
    pub static AVP_VENDOR_NAME: &F = field!(F::new("l2tp.avp.vendor_name", String, "Vendor Name"));
    pub static AVP_ASSIGNED_TUNNEL_ID: &F = field!(F::new(
        "l2tp.avp.assigned_tunnel_id",
        Uint16,
        "Assigned Tunnel ID"
    ));
    pub static AVP_RECEIVE_WINDOW_SIZE: &F = field!(F::new(
        "l2tp.avp.receive_window_size",
        Uint16,
        "Receive Window Size"
    ));
    pub static AVP_CHAP_CHALLENGE: &F =
        field!(F::new("l2tp.avp.chap_challenge", Bytes, "CHAP Challenge"));
    pub static AVP_CAUSE_CODE: &F = field!(F::new("l2tp.avp.cause_code", Uint16, "Cause Code"));
    pub static AVP_CAUSE_MSG: &F = field!(F::new("l2tp.avp.cause_msg", Uint8, "Cause Msg"));
    pub static AVP_ADVISORY_MSG: &F =
        field!(F::new("l2tp.avp.advisory_msg", String, "Advisory Msg"));
    pub static AVP_CHAP_CHALLENGE_RESPONSE: &F = field!(F::new(
        "l2tp.avp.chap_challenge_response",
        Bytes,
        "CHAP Challenge Response"
    ));
    pub static AVP_ASSIGNED_SESSION_ID: &F = field!(F::new(
        "l2tp.avp.assigned_session_id",
        Uint16,
        "Assigned Session ID"
    ));
    pub static AVP_CALL_SERIAL_NUMBER: &F = field!(F::new(
        "l2tp.avp.call_serial_number",
        Uint32,
        "Call Serial Number"
    ));
    pub static AVP_MINIMUM_BPS: &F = field!(F::new("l2tp.avp.minimum_bps", Uint32, "Minimum BPS"));
    pub static AVP_MAXIMUM_BPS: &F = field!(F::new("l2tp.avp.maximum_bps", Uint32, "Maximum BPS"));
    pub static AVP_ANALOG_BEARER_TYPE: &F = field!(
        F::new("l2tp.avp.analog_bearer_type", Boolean, "Analog Bearer Type")
            .base(Base::Bits(32))
            .mask(0x2)
            .tfs("True", "False")
    );
    pub static AVP_DIGITAL_BEARER_TYPE: &F = field!(
        F::new(
            "l2tp.avp.digital_bearer_type",
            Boolean,
            "Digital Bearer Type"
        )
        .base(Base::Bits(32))
        .mask(0x1)
        .tfs("True", "False")
    );
    pub static AVP_ASYNC_FRAMING_TYPE: &F = field!(
        F::new("l2tp.avp.async_framing_type", Boolean, "Async Framing Type")
            .base(Base::Bits(32))
            .mask(0x2)
            .tfs("True", "False")
    );
    pub static AVP_SYNC_FRAMING_TYPE: &F = field!(
        F::new("l2tp.avp.sync_framing_type", Boolean, "Sync Framing Type")
            .base(Base::Bits(32))
            .mask(0x1)
            .tfs("True", "False")
    );
    pub static AVP_CALLED_NUMBER: &F =
        field!(F::new("l2tp.avp.called_number", String, "Called Number"));
    pub static AVP_CALLING_NUMBER: &F =
        field!(F::new("l2tp.avp.calling_number", String, "Calling Number"));
    pub static AVP_SUB_ADDRESS: &F = field!(F::new("l2tp.avp.sub_address", String, "Sub-Address"));
    pub static AVP_CONNECT_SPEED: &F =
        field!(F::new("l2tp.avp.connect_speed", Uint32, "Connect Speed"));
    pub static AVP_PHYSICAL_CHANNEL: &F = field!(F::new(
        "l2tp.avp.physical_channel",
        Uint32,
        "Physical Channel"
    ));
    pub static AVP_INITIAL_RECEIVED_LCP_CONFREQ: &F = field!(F::new(
        "l2tp.avp.initial_received_lcp_confreq",
        Bytes,
        "Initial Received LCP CONFREQ"
    ));
    pub static AVP_LAST_SENT_LCP_CONFREQ: &F = field!(F::new(
        "l2tp.avp.last_sent_lcp_confreq",
        Bytes,
        "Last Sent LCP CONFREQ"
    ));
    pub static AVP_LAST_RECEIVED_LCP_CONFREQ: &F = field!(F::new(
        "l2tp.avp.last_received_lcp_confreq",
        Bytes,
        "Last Received LCP CONFREQ"
    ));
    pub static AVP_PROXY_AUTHEN_TYPE: &F = field!(
        F::new("l2tp.avp.proxy_authen_type", Uint16, "Proxy Authen Type")
            .vals(AVP_PROXY_AUTHEN_TYPE_VALS)
    );
    pub static AVP_PROXY_AUTHEN_NAME: &F = field!(F::new(
        "l2tp.avp.proxy_authen_name",
        String,
        "Proxy Authen Name"
    ));
    pub static AVP_PROXY_AUTHEN_CHALLENGE: &F = field!(F::new(
        "l2tp.avp.proxy_authen_challenge",
        Bytes,
        "Proxy Authen Challenge"
    ));
    pub static AVP_PROXY_AUTHEN_ID: &F =
        field!(F::new("l2tp.avp.proxy_authen_id", Uint8, "Proxy Authen ID"));
    pub static AVP_PROXY_AUTHEN_RESPONSE: &F = field!(F::new(
        "l2tp.avp.proxy_authen_response",
        Bytes,
        "Proxy Authen Response"
    ));
    pub static AVP_CRC_ERRORS: &F = field!(F::new("l2tp.avp.crc_errors", Uint32, "CRC Errors"));
    pub static AVP_FRAMING_ERRORS: &F =
        field!(F::new("l2tp.avp.framing_errors", Uint32, "Framing Errors"));
    pub static AVP_HARDWARE_OVERRUNS: &F = field!(F::new(
        "l2tp.avp.hardware_overruns",
        Uint32,
        "Hardware Overruns"
    ));
    pub static AVP_BUFFER_OVERRUNS: &F = field!(F::new(
        "l2tp.avp.buffer_overruns",
        Uint32,
        "Buffer Overruns"
    ));
    pub static AVP_TIME_OUT_ERRORS: &F = field!(F::new(
        "l2tp.avp.time_out_errors",
        Uint32,
        "Time-out Errors"
    ));
    pub static AVP_ALIGNMENT_ERRORS: &F = field!(F::new(
        "l2tp.avp.alignment_errors",
        Uint32,
        "Alignment Errors"
    ));
    pub static AVP_SEND_ACCM: &F = field!(F::new("l2tp.avp.send_accm", Uint32, "Send ACCM"));
    pub static AVP_RECEIVE_ACCM: &F =
        field!(F::new("l2tp.avp.receive_accm", Uint32, "Receive ACCM"));
    pub static AVP_RANDOM_VECTOR: &F =
        field!(F::new("l2tp.avp.random_vector", Bytes, "Random Vector"));
    pub static AVP_PRIVATE_GROUP_ID: &F = field!(F::new(
        "l2tp.avp.private_group_id",
        Bytes,
        "Private Group ID"
    ));
    pub static AVP_RX_CONNECT_SPEED: &F = field!(F::new(
        "l2tp.avp.rx_connect_speed",
        Uint32,
        "Rx Connect Speed"
    ));
    pub static AVP_DISCONNECT_CODE: &F = field!(F::new(
        "l2tp.avp.disconnect_code",
        Uint16,
        "Disconnect Code"
    ));
    pub static AVP_CONTROL_PROTOCOL_NUMBER: &F = field!(F::new(
        "l2tp.avp.control_protocol_number",
        Uint16,
        "Control Protocol Number"
    ));
    pub static AVP_CAUSE_CODE_DIRECTION: &F = field!(
        F::new("l2tp.avp.cause_code_direction", Uint8, "Direction")
            .vals(AVP_CAUSE_CODE_DIRECTION_VALS)
    );
    pub static AVP_CAUSE_CODE_MESSAGE: &F =
        field!(F::new("l2tp.avp.cause_code_message", String, "Message"));
    pub static AVP_MESSAGE_DIGEST: &F =
        field!(F::new("l2tp.avp.message_digest", Bytes, "Message Digest"));
    pub static AVP_ROUTER_ID: &F = field!(F::new("l2tp.avp.router_id", Uint32, "Router ID"));
    pub static AVP_ASSIGNED_CONTROL_CONN_ID: &F = field!(F::new(
        "l2tp.avp.assigned_control_conn_id",
        Uint32,
        "Assigned Control Connection ID"
    ));
    pub static AVP_PW_TYPE: &F =
        field!(F::new("l2tp.avp.pw_type", Uint16, "PW Type").vals(AVP_PW_TYPE_VALS));
    pub static AVP_LOCAL_SESSION_ID: &F = field!(F::new(
        "l2tp.avp.local_session_id",
        Uint32,
        "Local Session ID"
    ));
    pub static AVP_REMOTE_SESSION_ID: &F = field!(F::new(
        "l2tp.avp.remote_session_id",
        Uint32,
        "Remote Session ID"
    ));
    pub static AVP_ASSIGNED_COOKIE: &F =
        field!(F::new("l2tp.avp.assigned_cookie", Bytes, "Assigned Cookie"));
    pub static AVP_REMOTE_END_ID: &F =
        field!(F::new("l2tp.avp.remote_end_id", String, "Remote End ID"));
    pub static AVP_PSEUDOWIRE_TYPE: &F = field!(
        F::new("l2tp.avp.pseudowire_type", Uint16, "Pseudowire Type").vals(AVP_PW_TYPE_VALS)
    );
    pub static AVP_LAYER2_SPECIFIC_SUBLAYER: &F = field!(
        F::new(
            "l2tp.avp.layer2_specific_sublayer",
            Uint16,
            "Layer2 Specific Sublayer"
        )
        .vals(AVP_LAYER2_SPECIFIC_SUBLAYER_VALS)
    );
    pub static AVP_DATA_SEQUENCING: &F = field!(
        F::new("l2tp.avp.data_sequencing", Uint16, "Data Sequencing")
            .vals(AVP_DATA_SEQUENCING_VALS)
    );
    pub static AVP_CIRCUIT_STATUS: &F = field!(
        F::new("l2tp.avp.circuit_status", Boolean, "Circuit Status")
            .base(Base::Bits(16))
            .mask(0x1)
            .tfs("Up", "Down")
    );
    pub static AVP_CIRCUIT_TYPE: &F = field!(
        F::new("l2tp.avp.circuit_type", Boolean, "Circuit Type")
            .base(Base::Bits(16))
            .mask(0x2)
            .tfs("New", "Existing")
    );
    pub static AVP_PREFERRED_LANGUAGE: &F = field!(F::new(
        "l2tp.avp.preferred_language",
        String,
        "Preferred Language"
    ));
    pub static AVP_NONCE: &F = field!(F::new("l2tp.avp.nonce", Bytes, "Nonce"));
    pub static AVP_TX_CONNECT_SPEED_V3: &F = field!(
        F::new(
            "l2tp.avp.tx_connect_speed_v3",
            Uint64,
            "Tx Connect Speed v3"
        )
        .base(Base::Hex)
        .vals(AVP_TX_CONNECT_SPEED_V3_VALS)
    );
    pub static AVP_RX_CONNECT_SPEED_V3: &F = field!(
        F::new(
            "l2tp.avp.rx_connect_speed_v3",
            Uint64,
            "Rx Connect Speed v3"
        )
        .base(Base::Hex)
        .vals(AVP_TX_CONNECT_SPEED_V3_VALS)
    );
    pub static AVP_CSU: &F = field!(F::new("l2tp.avp.csu", None, "Connect Speed Update"));
    pub static AVP_CSU_RES: &F =
        field!(F::new("l2tp.avp.csu.res", Uint16, "Reserved").base(Base::Hex));
    pub static AVP_CSU_REMOTE_SESSION_ID: &F = field!(
        F::new(
            "l2tp.avp.csu.remote_session_id",
            Uint16,
            "Remote Session ID"
        )
        .base(Base::DecHex)
    );
    pub static AVP_CSU_CURRENT_TX_SPEED: &F = field!(
        F::new(
            "l2tp.avp.csu.current_tx_speed",
            Uint32,
            "Current TX Connect Speed"
        )
        .blurb("Current TX Connect Speed in bps")
    );
    pub static AVP_CSU_CURRENT_RX_SPEED: &F = field!(
        F::new(
            "l2tp.avp.csu.current_rx_speed",
            Uint32,
            "Current RX Connect Speed"
        )
        .blurb("Current RX Connect Speed in bps")
    );
    pub static AVP_CSU_CURRENT_TX_SPEED64: &F = field!(
        F::new(
            "l2tp.avp.csu.current_tx_speed64",
            Uint64,
            "Current TX Connect Speed"
        )
        .blurb("Current TX Connect Speed in bps")
    );
    pub static AVP_CSU_CURRENT_RX_SPEED64: &F = field!(
        F::new(
            "l2tp.avp.csu.current_rx_speed64",
            Uint64,
            "Current RX Connect Speed"
        )
        .blurb("Current RX Connect Speed in bps")
    );
    pub static CISCO_ASSIGNED_CONTROL_CONNECTION_ID: &F = field!(F::new(
        "l2tp.cisco.assigned_control_connection_id",
        Uint32,
        "Assigned Control Connection ID"
    ));
    pub static CISCO_PW_TYPE: &F =
        field!(F::new("l2tp.cisco.pw_type", Uint16, "PW Type").vals(AVP_PW_TYPE_VALS));
    pub static CISCO_LOCAL_SESSION_ID: &F = field!(F::new(
        "l2tp.cisco.local_session_id",
        Uint32,
        "Local Session ID"
    ));
    pub static CISCO_REMOTE_SESSION_ID: &F = field!(F::new(
        "l2tp.cisco.remote_session_id",
        Uint32,
        "Remote Session ID"
    ));
    pub static CISCO_ASSIGNED_COOKIE: &F = field!(F::new(
        "l2tp.cisco.assigned_cookie",
        Bytes,
        "Assigned Cookie"
    ));
    pub static CISCO_REMOTE_END_ID: &F =
        field!(F::new("l2tp.cisco.remote_end_id", String, "Remote End ID"));
    pub static CISCO_PSEUDOWIRE_TYPE: &F = field!(
        F::new("l2tp.cisco.pseudowire_type", Uint16, "Pseudowire Type").vals(AVP_PW_TYPE_VALS)
    );
    pub static CISCO_CIRCUIT_STATUS: &F = field!(
        F::new("l2tp.cisco.circuit_status", Boolean, "Circuit Status")
            .base(Base::Bits(16))
            .mask(0x1)
            .tfs("Up", "Down")
    );
    pub static CISCO_CIRCUIT_TYPE: &F = field!(
        F::new("l2tp.cisco.circuit_type", Boolean, "Circuit Type")
            .base(Base::Bits(16))
            .mask(0x1)
            .tfs("New", "Existing")
    );
    pub static CISCO_TIE_BREAKER: &F =
        field!(F::new("l2tp.cisco.tie_breaker", Uint64, "Tie Breaker").base(Base::Hex));
    pub static CISCO_DRAFT_AVP_VERSION: &F = field!(F::new(
        "l2tp.cisco.draft_avp_version",
        Uint16,
        "Draft AVP Version"
    ));
    pub static CISCO_MESSAGE_DIGEST: &F =
        field!(F::new("l2tp.cisco.message_digest", Bytes, "Message Digest"));
    pub static CISCO_NONCE: &F = field!(F::new("l2tp.cisco.nonce", Bytes, "Nonce"));
    pub static CISCO_INTERFACE_MTU: &F =
        field!(F::new("l2tp.cisco.interface_mtu", Uint16, "Interface MTU"));
    pub static SID: &F = field!(F::new("l2tp.sid", Uint32, "Session ID").base(Base::Hex));
    pub static CCID: &F =
        field!(F::new("l2tp.ccid", Uint32, "Control Connection ID").base(Base::Hex));
    pub static RES: &F = field!(F::new("l2tp.res", Uint16, "Reserved").base(Base::Hex));
    pub static COOKIE: &F = field!(F::new("l2tp.cookie", Bytes, "Cookie"));
    pub static VENDOR_SPECIFIC_AVP_DATA: &F = field!(F::new(
        "l2tp.vendor_specific_avp_data",
        None,
        "Vendor-Specific AVP data"
    ));
    pub static AVP_LENGTH_BAD: &F = field!(F::new("l2tp.avp_length.bad", None, "Bad AVP length"));

    /// What tshark writes in the Info column for this message.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.l2tp.info", String, "Info")
            .blurb("The Info column's text for this message")
    );

    /// The message is L2TPv3's (tshark's Protocol column says so).
    pub static OSIDUMP_V3: &F =
        field!(F::new("osidump.l2tp.v3", None, "L2TPv3").blurb("The message is L2TP version 3's"));

    /// A proxy LCP AVP handed its bytes to PPP's LCP options dissector,
    /// a call `frame.protocols` lists (`l2tp:ppp`).
    pub static OSIDUMP_PPP: &F = field!(
        F::new("osidump.l2tp.ppp", None, "PPP LCP options")
            .blurb("A proxy LCP AVP's options, read by PPP")
    );

    pub static ALL: &[&F] = &[
        FLAGS,
        TYPE,
        LENGTH_BIT,
        SEQ_BIT,
        OFFSET_BIT,
        PRIORITY,
        VERSION,
        LENGTH,
        TUNNEL,
        SESSION,
        NS,
        NR,
        OFFSET,
        OFFSET_PADDING,
        ZERO_LENGTH_BODY_MESSAGE,
        AVP_MANDATORY,
        AVP_HIDDEN,
        AVP_LENGTH,
        AVP_VENDOR_ID,
        AVP_TYPE,
        AVP_CISCOTYPE,
        AVP_MESSAGE_TYPE,
        RESULT_CODE,
        AVP_ERROR_CODE,
        AVP_ERROR_MESSAGE,
        AVP_PROTOCOL_VERSION,
        AVP_PROTOCOL_REVISION,
        AVP_ASYNC_FRAMING_SUPPORTED,
        AVP_SYNC_FRAMING_SUPPORTED,
        AVP_ANALOG_ACCESS_SUPPORTED,
        AVP_DIGITAL_ACCESS_SUPPORTED,
        TIE_BREAKER,
        AVP_FIRMWARE_REVISION,
        AVP_HOST_NAME,
        AVP_VENDOR_NAME,
        AVP_ASSIGNED_TUNNEL_ID,
        AVP_RECEIVE_WINDOW_SIZE,
        AVP_CHAP_CHALLENGE,
        AVP_CAUSE_CODE,
        AVP_CAUSE_MSG,
        AVP_ADVISORY_MSG,
        AVP_CHAP_CHALLENGE_RESPONSE,
        AVP_ASSIGNED_SESSION_ID,
        AVP_CALL_SERIAL_NUMBER,
        AVP_MINIMUM_BPS,
        AVP_MAXIMUM_BPS,
        AVP_ANALOG_BEARER_TYPE,
        AVP_DIGITAL_BEARER_TYPE,
        AVP_ASYNC_FRAMING_TYPE,
        AVP_SYNC_FRAMING_TYPE,
        AVP_CALLED_NUMBER,
        AVP_CALLING_NUMBER,
        AVP_SUB_ADDRESS,
        AVP_CONNECT_SPEED,
        AVP_PHYSICAL_CHANNEL,
        AVP_INITIAL_RECEIVED_LCP_CONFREQ,
        AVP_LAST_SENT_LCP_CONFREQ,
        AVP_LAST_RECEIVED_LCP_CONFREQ,
        AVP_PROXY_AUTHEN_TYPE,
        AVP_PROXY_AUTHEN_NAME,
        AVP_PROXY_AUTHEN_CHALLENGE,
        AVP_PROXY_AUTHEN_ID,
        AVP_PROXY_AUTHEN_RESPONSE,
        AVP_CRC_ERRORS,
        AVP_FRAMING_ERRORS,
        AVP_HARDWARE_OVERRUNS,
        AVP_BUFFER_OVERRUNS,
        AVP_TIME_OUT_ERRORS,
        AVP_ALIGNMENT_ERRORS,
        AVP_SEND_ACCM,
        AVP_RECEIVE_ACCM,
        AVP_RANDOM_VECTOR,
        AVP_PRIVATE_GROUP_ID,
        AVP_RX_CONNECT_SPEED,
        AVP_DISCONNECT_CODE,
        AVP_CONTROL_PROTOCOL_NUMBER,
        AVP_CAUSE_CODE_DIRECTION,
        AVP_CAUSE_CODE_MESSAGE,
        AVP_MESSAGE_DIGEST,
        AVP_ROUTER_ID,
        AVP_ASSIGNED_CONTROL_CONN_ID,
        AVP_PW_TYPE,
        AVP_LOCAL_SESSION_ID,
        AVP_REMOTE_SESSION_ID,
        AVP_ASSIGNED_COOKIE,
        AVP_REMOTE_END_ID,
        AVP_PSEUDOWIRE_TYPE,
        AVP_LAYER2_SPECIFIC_SUBLAYER,
        AVP_DATA_SEQUENCING,
        AVP_CIRCUIT_STATUS,
        AVP_CIRCUIT_TYPE,
        AVP_PREFERRED_LANGUAGE,
        AVP_NONCE,
        AVP_TX_CONNECT_SPEED_V3,
        AVP_RX_CONNECT_SPEED_V3,
        AVP_CSU,
        AVP_CSU_RES,
        AVP_CSU_REMOTE_SESSION_ID,
        AVP_CSU_CURRENT_TX_SPEED,
        AVP_CSU_CURRENT_RX_SPEED,
        AVP_CSU_CURRENT_TX_SPEED64,
        AVP_CSU_CURRENT_RX_SPEED64,
        CISCO_ASSIGNED_CONTROL_CONNECTION_ID,
        CISCO_PW_TYPE,
        CISCO_LOCAL_SESSION_ID,
        CISCO_REMOTE_SESSION_ID,
        CISCO_ASSIGNED_COOKIE,
        CISCO_REMOTE_END_ID,
        CISCO_PSEUDOWIRE_TYPE,
        CISCO_CIRCUIT_STATUS,
        CISCO_CIRCUIT_TYPE,
        CISCO_TIE_BREAKER,
        CISCO_DRAFT_AVP_VERSION,
        CISCO_MESSAGE_DIGEST,
        CISCO_NONCE,
        CISCO_INTERFACE_MTU,
        SID,
        CCID,
        RES,
        COOKIE,
        VENDOR_SPECIFIC_AVP_DATA,
        AVP_LENGTH_BAD,
        OSIDUMP_INFO,
        OSIDUMP_V3,
        OSIDUMP_PPP,
    ];

    const TYPE_VALS: &[(u64, &str)] = &[(0, "Data Message"), (1, "Control Message")];

    const AVP_TYPE_VALS: &[(u64, &str)] = &[
        (0, "Control Message"),
        (1, "Result-Error Code"),
        (2, "Protocol Version"),
        (3, "Framing Capabilities"),
        (4, "Bearer Capabilities"),
        (5, "Tie Breaker"),
        (6, "Firmware Revision"),
        (7, "Host Name"),
        (8, "Vendor Name"),
        (9, "Assigned Tunnel ID"),
        (10, "Receive Window Size"),
        (11, "Challenge"),
        (12, "Cause Code"),
        (13, "Challenge Response"),
        (14, "Assigned Session"),
        (15, "Call Serial Number"),
        (16, "Minimum BPS"),
        (17, "Maximum BPS"),
        (18, "Bearer Type"),
        (19, "Framing Type"),
        (20, "Reserved"),
        (21, "Called Number"),
        (22, "Calling Number"),
        (23, "Sub-Address"),
        (24, "Connect Speed"),
        (25, "Physical Channel"),
        (26, "Initial Received LCP CONFREQ"),
        (27, "Last Sent LCP CONFREQ"),
        (28, "Last Received LCP CONFREQ"),
        (29, "Proxy Authen Type"),
        (30, "Proxy Authen Name"),
        (31, "Proxy Authen Challenge"),
        (32, "Proxy Authen ID"),
        (33, "Proxy Authen Response"),
        (34, "Call status AVPs"),
        (35, "ACCM"),
        (36, "Random Vector"),
        (37, "Private group ID"),
        (38, "RxConnect Speed"),
        (39, "Sequencing Required"),
        (46, "PPP Disconnect Cause Code"),
        (58, "Extended Vendor ID"),
        (59, "Message Digest"),
        (60, "Router ID"),
        (61, "Assigned Control Connection ID"),
        (62, "Pseudowire Capability List"),
        (63, "Local Session ID"),
        (64, "Remote Session ID"),
        (65, "Assigned Cookie"),
        (66, "Remote End ID"),
        (68, "Pseudowire Type"),
        (69, "Layer2 Specific Sublayer"),
        (70, "Data Sequencing"),
        (71, "Circuit Status"),
        (72, "Preferred Language"),
        (73, "Control Message Authentication Nonce"),
        (74, "Tx Connect Speed Version 3"),
        (75, "Rx Connect Speed Version 3"),
        (76, "Failover Capability"),
        (77, "Tunnel Recovery"),
        (78, "Suggested Control Sequence"),
        (79, "Failover Session State"),
        (80, "Multicast Capability"),
        (81, "New Outgoing Sessions"),
        (82, "New Outgoing Sessions Acknowledgement"),
        (83, "Withdraw Outgoing Sessions"),
        (84, "Multicast Packets Priority"),
        (85, "Frame-Relay Header Length"),
        (86, "ATM Maximum Concatenated Cells"),
        (87, "OAM Emulation Required"),
        (88, "ATM Alarm Status"),
        (89, "Attachment Group Identifier"),
        (90, "Local End Identifier"),
        (91, "Interface Maximum Transmission Unit"),
        (92, "FCS Retention"),
        (93, "Tunnel Switching Aggregator ID"),
        (94, "Maximum Receive Unit (MRU)"),
        (95, "Maximum Reassembled Receive Unit (MRRU)"),
        (96, "VCCV Capability"),
        (97, "Connect Speed Update"),
        (98, "Connect Speed Update Enable"),
        (99, "TDM Pseudowire"),
        (100, "RTP AVP"),
        (101, "PW Switching Point"),
    ];

    const AVP_CISCOTYPE_VALS: &[(u64, &str)] = &[
        (0, "Cisco ACK"),
        (1, "Assigned Connection ID"),
        (2, "Pseudowire Capabilities List"),
        (3, "Local Session ID"),
        (4, "Remote Session ID"),
        (5, "Assigned Cookie"),
        (6, "Remote End ID"),
        (7, "Pseudowire Type"),
        (8, "Circuit Status"),
        (9, "Session Tie Breaker"),
        (10, "Draft AVP Version"),
        (12, "Message Digest"),
        (13, "Control Message Authentication Nonce"),
        (14, "Interface MTU"),
    ];

    const AVP_MESSAGE_TYPE_VALS: &[(u64, &str)] = &[
        (1, "Start_Control_Request"),
        (2, "Start_Control_Reply"),
        (3, "Start_Control_Connected"),
        (4, "Stop_Control_Notification"),
        (5, "Reserved"),
        (6, "Hello"),
        (7, "Outgoing_Call_Request"),
        (8, "Outgoing_Call_Reply"),
        (9, "Outgoing_Call_Connected"),
        (10, "Incoming_Call_Request"),
        (11, "Incoming_Call_Reply"),
        (12, "Incoming_Call_Connected"),
        (13, "Reserved"),
        (14, "Call_Disconnect_Notification"),
        (15, "WAN_Error_Notify"),
        (16, "Set_Link_Info"),
        (17, "Modem_Status"),
        (18, "Service_Relay_Request_Msg"),
        (19, "Service_Relay_Reply_Message"),
        (20, "Explicit_Acknowledgement"),
        (21, "Failover_Session_Query_Message"),
        (22, "Failover_Session_Response_Message"),
        (23, "Multicast-Session-Request"),
        (24, "Multicast-Session-Response"),
        (25, "Multicast-Session-Establishment"),
        (26, "Multicast-Session-Information"),
        (27, "Multicast-Session-End-Notify"),
        (28, "Connect-Speed-Update-Notification"),
        (29, "Connect-Speed-Update-Request"),
    ];

    const RESULT_CODE_VALS: &[(u64, &str)] = &[
        (0, "Reserved"),
        (
            1,
            "Session disconnected due to loss of carrier or circuit disconnect",
        ),
        (
            2,
            "Session disconnected for the reason indicated in Error Code",
        ),
        (3, "Session disconnected for administrative reasons"),
        (
            4,
            "Appropriate facilities unavailable (temporary condition)",
        ),
        (
            5,
            "Appropriate facilities unavailable (permanent condition)",
        ),
        (6, "Invalid destination"),
        (7, "Call failed due to no carrier detected"),
        (8, "Call failed due to detection of a busy signal"),
        (9, "Call failed due to lack of a dial tone"),
        (10, "Call was not established within time allotted by LAC"),
        (
            11,
            "Call was connected but no appropriate framing was detected",
        ),
        (12, "Disconnecting call due to mismatching SDS value"),
        (13, "Session not established due to losing tie breaker"),
        (14, "Session not established due to unsupported PW type"),
        (
            15,
            "Session not established, sequencing required without valid L2-Specific Sublayer",
        ),
        (16, "Finite state machine error or timeout"),
        (
            17,
            "FR PVC was deleted permanently (no longer provisioned) ",
        ),
        (
            18,
            "FR PVC has been INACTIVE for an extended period of time",
        ),
        (19, "Mismatched FR Header Length"),
        (
            20,
            "HDLC Link was deleted permanently (no longer provisioned)",
        ),
        (
            21,
            "HDLC Link has been INACTIVE for an extended period of time",
        ),
        (
            22,
            "Session not established due to other LCCE can not support the OAM Cell Emulation",
        ),
        (23, "Mismatching interface MTU"),
        (24, "Attempt to connect to non-existent forwarder"),
        (25, "Attempt to connect to unauthorized forwarder"),
        (26, "Loop Detected"),
        (27, "Attachment Circuit bound to different PE"),
        (
            28,
            "Attachment Circuit bound to different remote Attachment Circuit",
        ),
        (29, "Unassigned"),
        (
            30,
            "Return code to indicate connection was refused because of TDM PW parameters. The error code indicates the problem.",
        ),
        (31, "Sequencing not supported"),
    ];

    const AVP_ERROR_CODE_VALS: &[(u64, &str)] = &[
        (0, "No General Error"),
        (1, "No control connection exists yet for this pair of LCCEs"),
        (2, "Length is wrong"),
        (3, "One of the field values was out of range"),
        (4, "Insufficient resources to handle this operation now"),
        (5, "Invalid Session ID"),
        (6, "A generic vendor-specific error occurred"),
        (7, "Try another"),
        (8, "Receipt of an unknown AVP with the M bit set"),
        (9, "Try another directed"),
        (10, "Next hop unreachable"),
        (11, "Next hop busy"),
        (12, "TSA busy"),
    ];

    const AVP_PROXY_AUTHEN_TYPE_VALS: &[(u64, &str)] = &[
        (0, "Reserved"),
        (1, "Textual username/password exchange"),
        (2, "PPP CHAP"),
        (3, "PPP PAP"),
        (4, "No Authentication"),
        (5, "Microsoft CHAP Version 1"),
        (6, "Reserved"),
        (7, "EAP"),
    ];

    const AVP_CAUSE_CODE_DIRECTION_VALS: &[(u64, &str)] =
        &[(0, "global error"), (1, "at peer"), (2, "at local")];

    const AVP_PW_TYPE_VALS: &[(u64, &str)] = &[
        (1, "Frame Relay DLCI"),
        (2, "ATM AAL5 SDU VCC transport"),
        (3, "ATM Cell transparent Port Mode"),
        (4, "Ethernet VLAN"),
        (5, "Ethernet"),
        (6, "HDLC"),
        (7, "PPP"),
        (9, "ATM Cell transport VCC Mode"),
        (10, "ATM Cell transport VPC Mode"),
        (11, "IP Transport"),
        (12, "MPEG-TS Payload Type (MPTPW)"),
        (13, "Packet Streaming Protocol (PSPPW)"),
        (17, "Structure-agnostic E1 circuit"),
        (18, "Structure-agnostic T1 (DS1) circuit"),
        (19, "Structure-agnostic E3 circuit"),
        (20, "Structure-agnostic T3 (DS3) circuit"),
        (21, "CESoPSN basic mode"),
        (22, "Unassigned"),
        (23, "CESoPSN TDM with CAS"),
    ];

    const AVP_LAYER2_SPECIFIC_SUBLAYER_VALS: &[(u64, &str)] = &[
        (0, "No L2-Specific Sublayer"),
        (1, "Default L2-Specific Sublayer present"),
        (2, "ATM-Specific Sublayer present"),
        (3, "MPT-Specific Sublayer"),
        (4, "PSP-Specific Sublayer"),
    ];

    const AVP_DATA_SEQUENCING_VALS: &[(u64, &str)] = &[
        (0, "No incoming data packets require sequencing"),
        (1, "Only non-IP data packets require sequencing"),
        (2, "All incoming data packets require sequencing"),
    ];

    const AVP_TX_CONNECT_SPEED_V3_VALS: &[(u64, &str)] =
        &[(0x0, "indeterminable or no physical p2p link")];
}
