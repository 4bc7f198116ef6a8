//! Modbus/TCP's fields (`mbtcp`: the MBAP header) and those of the
//! Modbus PDU it carries (`modbus`), generated from tshark 4.0's registry
//! with `scripts/gen-fields.py` (the 32-bit float register values, which
//! only a non-default register format shows, are left out), plus
//! osidump's own.

pub mod mbtcp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static TRANS_ID: &F = field!(F::new("mbtcp.trans_id", Uint16, "Transaction Identifier"));
    pub static PROT_ID: &F = field!(F::new("mbtcp.prot_id", Uint16, "Protocol Identifier"));
    pub static LEN: &F = field!(F::new("mbtcp.len", Uint16, "Length"));
    pub static UNIT_ID: &F = field!(F::new("mbtcp.unit_id", Uint8, "Unit Identifier"));
    pub static CANNOT_CLASSIFY: &F = field!(F::new(
        "mbtcp.cannot_classify",
        None,
        "Cannot classify packet type. Try setting Modbus/TCP Port preference to this destination or source port"
    ));

    /// osidump's own: the first PDU of a call of tshark's dissector
    /// (listed in `frame.protocols`).
    pub static OSIDUMP_CALL: &F = field!(
        F::new("osidump.mbtcp.call", None, "Call")
            .blurb("The first PDU of one call of tshark's Modbus/TCP dissector")
    );
    /// osidump's own: the Info column text the PDU writes.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.mbtcp.info", String, "Info").blurb("The Info column text this PDU writes")
    );

    pub static ALL: &[&F] = &[
        TRANS_ID,
        PROT_ID,
        LEN,
        UNIT_ID,
        CANNOT_CLASSIFY,
        OSIDUMP_CALL,
        OSIDUMP_INFO,
    ];
}

pub mod modbus {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static REQUEST_FRAME: &F =
        field!(F::new("modbus.request_frame", FrameNum, "Request Frame"));
    pub static RESPONSE_TIME: &F = field!(
        F::new("modbus.response_time", RelativeTime, "Time from request")
            .blurb("Time between request and reply")
    );
    pub static FUNC_CODE: &F = field!(
        F::new("modbus.func_code", Uint8, "Function Code")
            .mask(0x7f)
            .vals(FUNC_CODE_VALS)
    );
    pub static REFERENCE_NUM: &F =
        field!(F::new("modbus.reference_num", Uint16, "Reference Number"));
    pub static PADDING: &F = field!(F::new("modbus.padding", Uint8, "Padding").base(Base::Hex));
    pub static REFERENCE_NUM_32: &F = field!(F::new(
        "modbus.reference_num_32",
        Uint32,
        "Reference Number (32 bit)"
    ));
    pub static REFERENCE_TYPE: &F =
        field!(F::new("modbus.reference_type", Uint8, "Reference Type"));
    pub static READ_REFERENCE_NUM: &F = field!(F::new(
        "modbus.read_reference_num",
        Uint16,
        "Read Reference Number"
    ));
    pub static WRITE_REFERENCE_NUM: &F = field!(F::new(
        "modbus.write_reference_num",
        Uint16,
        "Write Reference Number"
    ));
    pub static WORD_CNT: &F = field!(F::new("modbus.word_cnt", Uint16, "Word Count"));
    pub static READ_WORD_CNT: &F =
        field!(F::new("modbus.read_word_cnt", Uint16, "Read Word Count"));
    pub static WRITE_WORD_CNT: &F =
        field!(F::new("modbus.write_word_cnt", Uint16, "Write Word Count"));
    pub static BIT_CNT: &F = field!(F::new("modbus.bit_cnt", Uint16, "Bit Count"));
    pub static BYTE_CNT: &F = field!(F::new("modbus.byte_cnt", Uint8, "Byte Count"));
    pub static BYTE_CNT_16: &F = field!(
        // tshark adds the 16-bit count to its FT_UINT8 field as it is.
        F::new("modbus.byte_cnt_16", Uint8, "Byte Count (16-bit)").wider_values()
    );
    pub static EXCEPTION_CODE: &F =
        field!(F::new("modbus.exception_code", Uint8, "Exception Code").vals(EXCEPTION_CODE_VALS));
    pub static DIAGNOSTIC_CODE: &F = field!(
        F::new("modbus.diagnostic_code", Uint16, "Diagnostic Code").vals(DIAGNOSTIC_CODE_VALS)
    );
    pub static DIAGNOSTIC_RETURN_QUERY_DATA_REQUEST: &F = field!(F::new(
        "modbus.diagnostic.return_query_data.request",
        Bytes,
        "Request Data"
    ));
    pub static DIAGNOSTIC_RETURN_QUERY_DATA_ECHO: &F = field!(F::new(
        "modbus.diagnostic.return_query_data.echo",
        Bytes,
        "Echo Data"
    ));
    pub static DIAGNOSTIC_RESTART_COMMUNICATION_OPTION: &F = field!(
        F::new(
            "modbus.diagnostic.restart_communication_option",
            Uint16,
            "Restart Communication Option"
        )
        .base(Base::Hex)
        .vals(DIAGNOSTIC_RESTART_COMMUNICATION_OPTION_VALS)
    );
    pub static DIAGNOSTIC_RETURN_DIAG_REGISTER: &F = field!(
        F::new(
            "modbus.diagnostic.return_diag_register",
            Uint16,
            "Diagnostic Register Contents"
        )
        .base(Base::Hex)
    );
    pub static DIAGNOSTIC_ASCII_INPUT_DELIMITER: &F =
        field!(F::new("modbus.diagnostic.ascii_input_delimiter", Uint8, "CHAR").base(Base::Hex));
    pub static DIAGNOSTIC_CLEAR_CTR_DIAG_REG: &F = field!(F::new(
        "modbus.diagnostic.clear_ctr_diag_reg",
        Uint16,
        "Clear Counters & Diag Register Echo"
    ));
    pub static DIAGNOSTIC_BUS_MESSAGE_COUNT: &F = field!(F::new(
        "modbus.diagnostic.bus_message_count",
        Uint16,
        "Total Message Count"
    ));
    pub static DIAGNOSTIC_BUS_COMM_ERROR_COUNT: &F = field!(F::new(
        "modbus.diagnostic.bus_comm_error_count",
        Uint16,
        "CRC Error Count"
    ));
    pub static DIAGNOSTIC_BUS_EXCEPTION_ERROR_COUNT: &F = field!(F::new(
        "modbus.diagnostic.bus_exception_error_count",
        Uint16,
        "Exception Error Count"
    ));
    pub static DIAGNOSTIC_SLAVE_MESSAGE_COUNT: &F = field!(F::new(
        "modbus.diagnostic.slave_message_count",
        Uint16,
        "Slave Message Count"
    ));
    pub static DIAGNOSTIC_NO_SLAVE_RESPONSE_COUNT: &F = field!(F::new(
        "modbus.diagnostic.no_slave_response_count",
        Uint16,
        "Slave No Response Count"
    ));
    pub static DIAGNOSTIC_SLAVE_NAK_COUNT: &F = field!(F::new(
        "modbus.diagnostic.slave_nak_count",
        Uint16,
        "Slave NAK Count"
    ));
    pub static DIAGNOSTIC_SLAVE_BUSY_COUNT: &F = field!(F::new(
        "modbus.diagnostic.slave_busy_count",
        Uint16,
        "Slave Device Busy Count"
    ));
    pub static DIAGNOSTIC_BUS_CHAR_OVERRUN_COUNT: &F = field!(F::new(
        "modbus.diagnostic.bus_char_overrun_count",
        Uint16,
        "Slave Character Overrun Count"
    ));
    pub static EV_STATUS: &F = field!(F::new("modbus.ev_status", Uint16, "Status").base(Base::Hex));
    pub static EVENT: &F = field!(F::new("modbus.event", Uint8, "Event"));
    pub static EV_COUNT: &F = field!(F::new("modbus.ev_count", Uint16, "Event Count"));
    pub static EV_MSG_COUNT: &F = field!(F::new("modbus.ev_msg_count", Uint16, "Message Count"));
    pub static EV_RECV_COMM_ERR: &F =
        field!(F::new("modbus.ev_recv_comm_err", Uint8, "Communication Error").mask(0x2));
    pub static EV_RECV_CHAR_OVER: &F =
        field!(F::new("modbus.ev_recv_char_over", Uint8, "Character Overrun").mask(0x10));
    pub static EV_RECV_LO_MODE: &F = field!(
        F::new(
            "modbus.ev_recv_lo_mode",
            Uint8,
            "Currently in Listen Only Mode"
        )
        .mask(0x20)
    );
    pub static EV_RECV_BROADCAST: &F =
        field!(F::new("modbus.ev_recv_broadcast", Uint8, "Broadcast Received").mask(0x40));
    pub static EV_SEND_READ_EX: &F =
        field!(F::new("modbus.ev_send_read_ex", Uint8, "Read Exception Sent").mask(0x1));
    pub static EV_SEND_SLAVE_ABORT_EX: &F = field!(
        F::new(
            "modbus.ev_send_slave_abort_ex",
            Uint8,
            "Slave Abort Exception Sent"
        )
        .mask(0x2)
    );
    pub static EV_SEND_SLAVE_BUSY_EX: &F = field!(
        F::new(
            "modbus.ev_send_slave_busy_ex",
            Uint8,
            "Slave Busy Exception Sent"
        )
        .mask(0x4)
    );
    pub static EV_SEND_SLAVE_NAK_EX: &F = field!(
        F::new(
            "modbus.ev_send_slave_nak_ex",
            Uint8,
            "Slave Program NAK Exception Sent"
        )
        .mask(0x8)
    );
    pub static EV_SEND_WRITE_TIMEOUT: &F = field!(
        F::new(
            "modbus.ev_send_write_timeout",
            Uint8,
            "Write Timeout Error Occurred"
        )
        .mask(0x10)
    );
    pub static EV_SEND_LO_MODE: &F = field!(
        F::new(
            "modbus.ev_send_lo_mode",
            Uint8,
            "Currently in Listen Only Mode"
        )
        .mask(0x20)
    );
    pub static AND_MASK: &F = field!(F::new("modbus.and_mask", Uint16, "AND mask").base(Base::Hex));
    pub static OR_MASK: &F = field!(F::new("modbus.or_mask", Uint16, "OR mask").base(Base::Hex));
    pub static DATA: &F = field!(F::new("modbus.data", Bytes, "Data"));
    pub static MEI: &F = field!(F::new("modbus.mei", Uint8, "MEI type").vals(MEI_VALS));
    pub static READ_DEVICE_ID: &F =
        field!(F::new("modbus.read_device_id", Uint8, "Read Device ID").vals(READ_DEVICE_ID_VALS));
    pub static OBJECT_ID: &F =
        field!(F::new("modbus.object_id", Uint8, "Object ID").vals(OBJECT_ID_VALS));
    pub static NUM_OBJECTS: &F = field!(F::new("modbus.num_objects", Uint8, "Number of Objects"));
    pub static OBJECTS_LEN: &F = field!(F::new("modbus.objects_len", Uint8, "Object length"));
    pub static CONFORMITY_LEVEL: &F = field!(
        F::new("modbus.conformity_level", Uint8, "Conformity Level")
            .base(Base::Hex)
            .vals(CONFORMITY_LEVEL_VALS)
    );
    pub static MORE_FOLLOWS: &F =
        field!(F::new("modbus.more_follows", Uint8, "More Follows").base(Base::Hex));
    pub static NEXT_OBJECT_ID: &F =
        field!(F::new("modbus.next_object_id", Uint8, "Next Object ID"));
    pub static OBJECT_STR_VALUE: &F = field!(F::new(
        "modbus.object_str_value",
        String,
        "Object String Value"
    ));
    pub static OBJECT_VALUE: &F = field!(F::new("modbus.object_value", Bytes, "Object Value"));
    pub static BITNUM: &F = field!(F::new("modbus.bitnum", Uint16, "Bit Number"));
    pub static BITVAL: &F = field!(
        F::new("modbus.bitval", Boolean, "Bit Value")
            .base(Base::Bits(8))
            .mask(0x1)
    );
    pub static REGNUM16: &F = field!(F::new("modbus.regnum16", Uint16, "Register Number"));
    pub static REGNUM32: &F = field!(F::new("modbus.regnum32", Uint32, "Register Number"));
    pub static REGVAL_UINT16: &F = field!(F::new(
        "modbus.regval_uint16",
        Uint16,
        "Register Value (UINT16)"
    ));
    pub static REGVAL_INT16: &F = field!(F::new(
        "modbus.regval_int16",
        Int16,
        "Register Value (INT16)"
    ));
    pub static REGVAL_UINT32: &F = field!(F::new(
        "modbus.regval_uint32",
        Uint32,
        "Register Value (UINT32)"
    ));
    pub static REGVAL_INT32: &F = field!(F::new(
        "modbus.regval_int32",
        Int32,
        "Register Value (INT32)"
    ));

    pub static ALL: &[&F] = &[
        REQUEST_FRAME,
        RESPONSE_TIME,
        FUNC_CODE,
        REFERENCE_NUM,
        PADDING,
        REFERENCE_NUM_32,
        REFERENCE_TYPE,
        READ_REFERENCE_NUM,
        WRITE_REFERENCE_NUM,
        WORD_CNT,
        READ_WORD_CNT,
        WRITE_WORD_CNT,
        BIT_CNT,
        BYTE_CNT,
        BYTE_CNT_16,
        EXCEPTION_CODE,
        DIAGNOSTIC_CODE,
        DIAGNOSTIC_RETURN_QUERY_DATA_REQUEST,
        DIAGNOSTIC_RETURN_QUERY_DATA_ECHO,
        DIAGNOSTIC_RESTART_COMMUNICATION_OPTION,
        DIAGNOSTIC_RETURN_DIAG_REGISTER,
        DIAGNOSTIC_ASCII_INPUT_DELIMITER,
        DIAGNOSTIC_CLEAR_CTR_DIAG_REG,
        DIAGNOSTIC_BUS_MESSAGE_COUNT,
        DIAGNOSTIC_BUS_COMM_ERROR_COUNT,
        DIAGNOSTIC_BUS_EXCEPTION_ERROR_COUNT,
        DIAGNOSTIC_SLAVE_MESSAGE_COUNT,
        DIAGNOSTIC_NO_SLAVE_RESPONSE_COUNT,
        DIAGNOSTIC_SLAVE_NAK_COUNT,
        DIAGNOSTIC_SLAVE_BUSY_COUNT,
        DIAGNOSTIC_BUS_CHAR_OVERRUN_COUNT,
        EV_STATUS,
        EVENT,
        EV_COUNT,
        EV_MSG_COUNT,
        EV_RECV_COMM_ERR,
        EV_RECV_CHAR_OVER,
        EV_RECV_LO_MODE,
        EV_RECV_BROADCAST,
        EV_SEND_READ_EX,
        EV_SEND_SLAVE_ABORT_EX,
        EV_SEND_SLAVE_BUSY_EX,
        EV_SEND_SLAVE_NAK_EX,
        EV_SEND_WRITE_TIMEOUT,
        EV_SEND_LO_MODE,
        AND_MASK,
        OR_MASK,
        DATA,
        MEI,
        READ_DEVICE_ID,
        OBJECT_ID,
        NUM_OBJECTS,
        OBJECTS_LEN,
        CONFORMITY_LEVEL,
        MORE_FOLLOWS,
        NEXT_OBJECT_ID,
        OBJECT_STR_VALUE,
        OBJECT_VALUE,
        BITNUM,
        BITVAL,
        REGNUM16,
        REGNUM32,
        REGVAL_UINT16,
        REGVAL_INT16,
        REGVAL_UINT32,
        REGVAL_INT32,
    ];

    const FUNC_CODE_VALS: &[(u64, &str)] = &[
        (1, "Read Coils"),
        (2, "Read Discrete Inputs"),
        (3, "Read Holding Registers"),
        (4, "Read Input Registers"),
        (5, "Write Single Coil"),
        (6, "Write Single Register"),
        (7, "Read Exception Status"),
        (8, "Diagnostics"),
        (11, "Get Comm. Event Counters"),
        (12, "Get Comm. Event Log"),
        (15, "Write Multiple Coils"),
        (16, "Write Multiple Registers"),
        (17, "Report Slave ID"),
        (20, "Read File Record"),
        (21, "Write File Record"),
        (22, "Mask Write Register"),
        (23, "Read Write Register"),
        (24, "Read FIFO Queue"),
        (43, "Encapsulated Interface Transport"),
        (90, "Unity (Schneider)"),
    ];

    const EXCEPTION_CODE_VALS: &[(u64, &str)] = &[
        (1, "Illegal function"),
        (2, "Illegal data address"),
        (3, "Illegal data value"),
        (4, "Slave device failure"),
        (5, "Acknowledge"),
        (6, "Slave device busy"),
        (8, "Memory parity error"),
        (10, "Gateway path unavailable"),
        (11, "Gateway target device failed to respond"),
    ];

    const DIAGNOSTIC_CODE_VALS: &[(u64, &str)] = &[
        (0, "Return Query Data"),
        (1, "Restart Communications Option"),
        (2, "Return Diagnostic Register"),
        (3, "Change ASCII Input Delimiter"),
        (4, "Force Listen Only Mode"),
        (10, "Clear Counters and Diagnostic Register"),
        (11, "Return Bus Message Count"),
        (12, "Return Bus Communication Error Count"),
        (13, "Return Bus Exception Error Count"),
        (14, "Return Slave Message Count"),
        (15, "Return Slave No Response Count"),
        (16, "Return Slave NAK Count"),
        (17, "Return Slave Busy Count"),
        (18, "Return Bus Character Overrun Count"),
        (20, "Clear Overrun Counter and Flag"),
    ];

    const DIAGNOSTIC_RESTART_COMMUNICATION_OPTION_VALS: &[(u64, &str)] =
        &[(0x0, "Leave Log"), (0xff, "Clear Log")];

    const MEI_VALS: &[(u64, &str)] = &[
        (13, "CANopen Request/Response "),
        (14, "Read Device Identification"),
    ];

    const READ_DEVICE_ID_VALS: &[(u64, &str)] = &[
        (1, "Basic Device Identification"),
        (2, "Regular Device Identification"),
        (3, "Extended Device Identification"),
        (4, "Specific Identification Object"),
    ];

    const OBJECT_ID_VALS: &[(u64, &str)] = &[
        (0, "VendorName"),
        (1, "ProductCode"),
        (2, "MajorMinorRevision"),
        (3, "VendorURL"),
        (4, "ProductName"),
        (5, "ModelName"),
        (6, "UserApplicationName"),
    ];

    const CONFORMITY_LEVEL_VALS: &[(u64, &str)] = &[
        (0x1, "Basic Device Identification (stream)"),
        (0x2, "Regular Device Identification (stream)"),
        (0x3, "Extended Device Identification (stream)"),
        (0x81, "Basic Device Identification (stream and individual)"),
        (
            0x82,
            "Regular Device Identification (stream and individual)",
        ),
        (
            0x83,
            "Extended Device Identification (stream and individual)",
        ),
    ];
}
