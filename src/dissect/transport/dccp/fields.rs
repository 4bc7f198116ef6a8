//! DCCP's fields, generated from tshark 4.0's registry by
//! `scripts/gen-fields.py` (plus the Info column's text).

pub mod dccp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static SRCPORT: &F =
        field!(F::new("dccp.srcport", Uint16, "Source Port").base(Base::PtDccp));
    pub static DSTPORT: &F =
        field!(F::new("dccp.dstport", Uint16, "Destination Port").base(Base::PtDccp));
    pub static PORT: &F =
        field!(F::new("dccp.port", Uint16, "Source or Destination Port").base(Base::PtDccp));
    pub static STREAM: &F = field!(F::new("dccp.stream", Uint32, "Stream index"));
    pub static DATA_OFFSET: &F = field!(F::new("dccp.data_offset", Uint8, "Data Offset"));
    pub static CCVAL: &F = field!(F::new("dccp.ccval", Uint8, "CCVal"));
    pub static CSCOV: &F = field!(F::new("dccp.cscov", Uint8, "Checksum Coverage"));
    pub static CHECKSUM_STATUS: &F = field!(
        F::new("dccp.checksum.status", Uint8, "Checksum Status")
            .base(Base::None)
            .vals(CHECKSUM_STATUS_VALS)
    );
    pub static CHECKSUM: &F = field!(F::new("dccp.checksum", Uint16, "Checksum").base(Base::Hex));
    pub static RES1: &F = field!(F::new("dccp.res1", Uint8, "Reserved").base(Base::Hex));
    pub static RES2: &F = field!(F::new("dccp.res2", Uint8, "Reserved").base(Base::Hex));
    pub static TYPE: &F = field!(F::new("dccp.type", Uint8, "Type").vals(TYPE_VALS));
    pub static X: &F = field!(F::new("dccp.x", Boolean, "Extended Sequence Numbers"));
    pub static SEQ: &F = field!(F::new("dccp.seq", Uint64, "Sequence Number"));
    pub static SEQ_RAW: &F = field!(F::new("dccp.seq_raw", Uint64, "Sequence Number (raw)"));
    pub static ACK_RES: &F = field!(F::new("dccp.ack_res", Uint16, "Reserved").base(Base::Hex));
    pub static ACK: &F = field!(F::new("dccp.ack", Uint64, "Acknowledgement Number"));
    pub static ACK_RAW: &F = field!(F::new(
        "dccp.ack_raw",
        Uint64,
        "Acknowledgement Number (raw)"
    ));
    pub static SERVICE_CODE: &F =
        field!(F::new("dccp.service_code", Uint32, "Service Code").vals(SERVICE_CODE_VALS));
    pub static RESET_CODE: &F =
        field!(F::new("dccp.reset_code", Uint8, "Reset Code").vals(RESET_CODE_VALS));
    pub static DATA1: &F = field!(F::new("dccp.data1", Uint8, "Data 1"));
    pub static DATA2: &F = field!(F::new("dccp.data2", Uint8, "Data 2"));
    pub static DATA3: &F = field!(F::new("dccp.data3", Uint8, "Data 3"));
    pub static OPTION_TYPE: &F = field!(
        F::new("dccp.option_type", Uint8, "Option Type").names(Names::Ranges(OPTION_TYPE_RANGES))
    );
    pub static FEATURE_NUMBER: &F = field!(
        F::new("dccp.feature_number", Uint8, "Feature Number")
            .names(Names::Ranges(FEATURE_NUMBER_RANGES))
    );
    pub static NDP_COUNT: &F = field!(F::new("dccp.ndp_count", Uint64, "NDP Count"));
    pub static TIMESTAMP: &F = field!(F::new("dccp.timestamp", Uint32, "Timestamp"));
    pub static TIMESTAMP_ECHO: &F = field!(F::new("dccp.timestamp_echo", Uint32, "Timestamp Echo"));
    pub static ELAPSED_TIME: &F = field!(F::new("dccp.elapsed_time", Uint32, "Elapsed Time"));
    pub static CHECKSUM_DATA: &F =
        field!(F::new("dccp.checksum_data", Uint32, "Data Checksum").base(Base::Hex));
    pub static OPTIONS: &F =
        field!(F::new("dccp.options", None, "Options").blurb("DCCP Options fields"));
    pub static PADDING: &F = field!(F::new("dccp.padding", Bytes, "Padding"));
    pub static MANDATORY: &F = field!(F::new("dccp.mandatory", Bytes, "Mandatory"));
    pub static SLOW_RECEIVER: &F = field!(F::new("dccp.slow_receiver", Bytes, "Slow Receiver"));
    pub static INIT_COOKIE: &F = field!(F::new("dccp.init_cookie", Bytes, "Init Cookie"));
    pub static ACK_VECTOR_NONCE_0: &F = field!(F::new(
        "dccp.ack_vector.nonce_0",
        Bytes,
        "Ack Vector [Nonce 0]"
    ));
    pub static ACK_VECTOR_NONCE_1: &F = field!(F::new(
        "dccp.ack_vector.nonce_1",
        Bytes,
        "Ack Vector [Nonce 1]"
    ));
    pub static DATA_DROPPED: &F = field!(F::new("dccp.data_dropped", Bytes, "Data Dropped"));
    pub static CCID3_LOSS_EVENT_RATE: &F = field!(F::new(
        "dccp.ccid3_loss_event_rate",
        Uint32,
        "CCID3 Loss Event Rate"
    ));
    pub static CCID3_LOSS_INTERVALS: &F = field!(F::new(
        "dccp.ccid3_loss_intervals",
        Bytes,
        "CCID3 Loss Intervals"
    ));
    pub static CCID3_RECEIVE_RATE: &F = field!(F::new(
        "dccp.ccid3_receive_rate",
        Uint32,
        "CCID3 Receive Rate"
    ));
    pub static OPTION_RESERVED: &F = field!(F::new("dccp.option_reserved", Bytes, "Reserved"));
    pub static CCID_OPTION_DATA: &F = field!(F::new("dccp.ccid_option_data", Bytes, "CCID option"));
    pub static OPTION_UNKNOWN: &F = field!(F::new("dccp.option_unknown", Bytes, "Unknown"));
    pub static OPTION_LEN_BAD: &F =
        field!(F::new("dccp.option.len.bad", None, "Bad option length"));
    pub static ADVERTISED_HEADER_LENGTH_BAD: &F = field!(F::new(
        "dccp.advertised_header_length.bad",
        None,
        "Advertised header length bad"
    ));
    pub static PACKET_TYPE_RESERVED: &F = field!(F::new(
        "dccp.packet_type.reserved",
        None,
        "Reserved packet type: unable to dissect further"
    ));
    pub static BAD_CHECKSUM: &F = field!(F::new("dccp.bad_checksum", None, "Bad checksum"));

    /// What tshark writes in the Info column for this packet.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.dccp.info", String, "Info").blurb("The Info column's text for this packet")
    );

    /// The IP version below a packet too short for its ports: tshark's
    /// DCCP throws before it writes the Protocol column, which keeps IP's.
    pub static OSIDUMP_SHORT_IP: &F = field!(
        F::new("osidump.dccp.short_ip", Uint8, "IP version (Protocol column)")
            .blurb("The IP version under a DCCP packet too short for its ports, whose name the Protocol column keeps")
    );

    pub static ALL: &[&F] = &[
        SRCPORT,
        DSTPORT,
        PORT,
        STREAM,
        DATA_OFFSET,
        CCVAL,
        CSCOV,
        CHECKSUM_STATUS,
        CHECKSUM,
        RES1,
        RES2,
        TYPE,
        X,
        SEQ,
        SEQ_RAW,
        ACK_RES,
        ACK,
        ACK_RAW,
        SERVICE_CODE,
        RESET_CODE,
        DATA1,
        DATA2,
        DATA3,
        OPTION_TYPE,
        FEATURE_NUMBER,
        NDP_COUNT,
        TIMESTAMP,
        TIMESTAMP_ECHO,
        ELAPSED_TIME,
        CHECKSUM_DATA,
        OPTIONS,
        PADDING,
        MANDATORY,
        SLOW_RECEIVER,
        INIT_COOKIE,
        ACK_VECTOR_NONCE_0,
        ACK_VECTOR_NONCE_1,
        DATA_DROPPED,
        CCID3_LOSS_EVENT_RATE,
        CCID3_LOSS_INTERVALS,
        CCID3_RECEIVE_RATE,
        OPTION_RESERVED,
        CCID_OPTION_DATA,
        OPTION_UNKNOWN,
        OPTION_LEN_BAD,
        ADVERTISED_HEADER_LENGTH_BAD,
        PACKET_TYPE_RESERVED,
        BAD_CHECKSUM,
        OSIDUMP_INFO,
        OSIDUMP_SHORT_IP,
    ];

    const CHECKSUM_STATUS_VALS: &[(u64, &str)] = &[
        (0, "Bad"),
        (1, "Good"),
        (2, "Unverified"),
        (3, "Not present"),
        (4, "Illegal"),
    ];

    const TYPE_VALS: &[(u64, &str)] = &[
        (0, "Request"),
        (1, "Response"),
        (2, "Data"),
        (3, "Ack"),
        (4, "DataAck"),
        (5, "CloseReq"),
        (6, "Close"),
        (7, "Reset"),
        (8, "Sync"),
        (9, "SyncAck"),
        (10, "Listen"),
        (11, "Reserved"),
        (12, "Reserved"),
        (13, "Reserved"),
        (14, "Reserved"),
        (15, "Reserved"),
    ];

    const SERVICE_CODE_VALS: &[(u64, &str)] = &[
        (0, "not specified"),
        (7107696, "LTP: Licklider Transmission Protocol"),
        (1145656131, "DISC: Discard"),
        (
            1381253968,
            "RTCP: RTCP connection, separate from the corresponding RTP",
        ),
        (
            1381257281,
            "RTPA: RTP session conveying audio data (and associated RTCP)",
        ),
        (
            1381257295,
            "RTPO: RTP session conveying other media (and associated RTCP)",
        ),
        (
            1381257300,
            "RTPT: RTP session conveying text media (and associated RTCP)",
        ),
        (
            1381257302,
            "RTPV: RTP session conveying video data (and associated RTCP)",
        ),
        (1398361159, "SYLG: Syslog Protocol"),
        (1685351985, "Bundle Protocol"),
        (1852861808, "NPMP: NetPerfMeter Data"),
        (4294967295, "Reserved (Invalid)"),
    ];

    const RESET_CODE_VALS: &[(u64, &str)] = &[
        (0, "Unspecified"),
        (1, "Closed"),
        (2, "Aborted"),
        (3, "No Connection"),
        (4, "Packet Error"),
        (5, "Option Error"),
        (6, "Mandatory Error"),
        (7, "Connection Refused"),
        (8, "Bad Service Code"),
        (9, "Too Busy"),
        (10, "Bad Init Cookie"),
        (11, "Aggression Penalty"),
        (12, "Reserved"),
    ];

    const OPTION_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "Padding"),
        (0x1, 0x1, "Mandatory"),
        (0x2, 0x2, "Slow Receiver"),
        (0x3, 0x1f, "Reserved"),
        (0x20, 0x20, "Change L"),
        (0x21, 0x21, "Confirm L"),
        (0x22, 0x22, "Change R"),
        (0x23, 0x23, "Confirm R"),
        (0x24, 0x24, "Init Cookie"),
        (0x25, 0x25, "NDP Count"),
        (0x26, 0x26, "Ack Vector [Nonce 0]"),
        (0x27, 0x27, "Ack Vector [Nonce 1]"),
        (0x28, 0x28, "Data Dropped"),
        (0x29, 0x29, "Timestamp"),
        (0x2a, 0x2a, "Timestamp Echo"),
        (0x2b, 0x2b, "Elapsed Time"),
        (0x2c, 0x2c, "Data checksum"),
        (0x2d, 0x7f, "Reserved"),
        (0x80, 0xbf, "CCID option"),
        (0xc0, 0xc0, "CCID3 Loss Event Rate"),
        (0xc1, 0xc1, "CCID3 Loss Intervals"),
        (0xc2, 0xc2, "CCID3 Receive Rate"),
        (0xc3, 0xff, "CCID option"),
    ];

    const FEATURE_NUMBER_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "Reserved"),
        (0x1, 0x1, "Congestion Control ID (CCID)"),
        (0x2, 0x2, "Allow Short Seqnums"),
        (0x3, 0x3, "Sequence Window"),
        (0x4, 0x4, "ECN Incapable"),
        (0x5, 0x5, "Ack Ratio"),
        (0x6, 0x6, "Send Ack Vector"),
        (0x7, 0x7, "Send NDP Count"),
        (0x8, 0x8, "Minimum Checksum Coverage"),
        (0x9, 0x9, "Check Data Checksum"),
        (0x3, 0x7f, "Reserved"),
        (0xc0, 0xc0, "Send Loss Event Rate"),
        (0xc1, 0xff, "CCID-specific feature"),
    ];
}
