//! OpenFlow's fields, generated from tshark 4.0's registry with
//! `scripts/gen-fields.py`: `openflow` (the version dispatcher's and
//! OpenFlow 1.0's, all named `openflow.*`), and the headers of 1.3
//! (`openflow_v4`), 1.4 (`openflow_v5`) and 1.5 (`openflow_v6`), plus
//! osidump's own.

pub mod openflow {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(
        F::new("openflow.version", Uint8, "Version")
            .base(Base::Hex)
            .mask(0x7f)
            .vals(VERSION_VALS)
    );
    pub static VERSION_UNKNOWN: &F = field!(F::new(
        "openflow.version.unknown",
        None,
        "Unsupported version not dissected"
    ));
    pub static OPENFLOW_1_0_TYPE: &F = field!(
        F::new("openflow_1_0.type", Uint8, "Type")
            .vals(OPENFLOW_1_0_TYPE_VALS)
            .in_proto("openflow_v1")
    );
    pub static XID: &F =
        field!(F::new("openflow.xid", Uint32, "Transaction ID").in_proto("openflow_v1"));
    pub static LENGTH: &F =
        field!(F::new("openflow.length", Uint16, "Length").in_proto("openflow_v1"));
    pub static DATAPATH_ID: &F = field!(
        F::new("openflow.datapath_id", Uint64, "Datapath unique ID")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static DATAPATH_MAC: &F =
        field!(F::new("openflow.datapath_mac", Ether, "MAC addr").in_proto("openflow_v1"));
    pub static DATAPATH_IMP: &F = field!(
        F::new("openflow.datapath_imp", Uint16, "Implementers part")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static N_BUFFERS: &F =
        field!(F::new("openflow.n_buffers", Uint32, "n_buffers").in_proto("openflow_v1"));
    pub static N_TABLES: &F =
        field!(F::new("openflow.n_tables", Uint8, "n_tables").in_proto("openflow_v1"));
    pub static CAPABILITIES: &F = field!(
        F::new("openflow.capabilities", Uint32, "capabilities")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static ACTIONS: &F = field!(
        F::new("openflow.actions", Uint32, "actions")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static FLOW_STATS: &F = field!(
        F::new("openflow.flow_stats", Boolean, "Flow statistics")
            .base(Base::Bits(32))
            .mask(0x1)
            .in_proto("openflow_v1")
    );
    pub static TABLE_STATS: &F = field!(
        F::new("openflow.table_stats", Boolean, "Table statistics")
            .base(Base::Bits(32))
            .mask(0x2)
            .in_proto("openflow_v1")
    );
    pub static PORT_STATS: &F = field!(
        F::new("openflow.port_stats", Boolean, "Port statistics")
            .base(Base::Bits(32))
            .mask(0x4)
            .in_proto("openflow_v1")
    );
    pub static GROUP_STATS: &F = field!(
        F::new("openflow.group_stats", Boolean, "Group statistics")
            .base(Base::Bits(32))
            .mask(0x8)
            .in_proto("openflow_v1")
    );
    pub static IP_REASM: &F = field!(
        F::new("openflow.ip_reasm", Boolean, "Can reassemble IP fragments")
            .base(Base::Bits(32))
            .mask(0x20)
            .in_proto("openflow_v1")
    );
    pub static QUEUE_STATS: &F = field!(
        F::new("openflow.queue_stats", Boolean, "Queue statistics")
            .base(Base::Bits(32))
            .mask(0x40)
            .in_proto("openflow_v1")
    );
    pub static PORT_BLOCKED: &F = field!(
        F::new(
            "openflow.port_blocked",
            Boolean,
            "Switch will block looping ports"
        )
        .base(Base::Bits(32))
        .mask(0x100)
        .in_proto("openflow_v1")
    );
    pub static OUTPUT: &F = field!(
        F::new("openflow.output", Boolean, "Output to switch port")
            .base(Base::Bits(32))
            .mask(0x1)
            .in_proto("openflow_v1")
    );
    pub static SET_VLAN_VID: &F = field!(
        F::new("openflow.set_vlan_vid", Boolean, "Set the 802.1q VLAN id")
            .base(Base::Bits(32))
            .mask(0x2)
            .in_proto("openflow_v1")
    );
    pub static SET_VLAN_PCP: &F = field!(
        F::new("openflow.set_vlan_pcp", Boolean, "Set the 802.1q priority")
            .base(Base::Bits(32))
            .mask(0x4)
            .in_proto("openflow_v1")
    );
    pub static STRIP_VLAN: &F = field!(
        F::new("openflow.strip_vlan", Boolean, "Strip the 802.1q header")
            .base(Base::Bits(32))
            .mask(0x8)
            .in_proto("openflow_v1")
    );
    pub static SET_DL_SRC: &F = field!(
        F::new("openflow.set_dl_src", Boolean, "Ethernet source address")
            .base(Base::Bits(32))
            .mask(0x10)
            .in_proto("openflow_v1")
    );
    pub static SET_DL_DS: &F = field!(
        F::new(
            "openflow.set_dl_ds",
            Boolean,
            "Ethernet destination address"
        )
        .base(Base::Bits(32))
        .mask(0x20)
        .in_proto("openflow_v1")
    );
    pub static SET_NW_SRC: &F = field!(
        F::new("openflow.set_nw_src", Boolean, "IP source address")
            .base(Base::Bits(32))
            .mask(0x40)
            .in_proto("openflow_v1")
    );
    pub static SET_NW_DS: &F = field!(
        F::new("openflow.set_nw_ds", Boolean, "IP destination address")
            .base(Base::Bits(32))
            .mask(0x80)
            .in_proto("openflow_v1")
    );
    pub static SET_NW_TOS: &F = field!(
        F::new(
            "openflow.set_nw_tos",
            Boolean,
            "IP ToS (DSCP field, 6 bits)"
        )
        .base(Base::Bits(32))
        .mask(0x100)
        .in_proto("openflow_v1")
    );
    pub static SET_TP_SRC: &F = field!(
        F::new("openflow.set_tp_src", Boolean, "TCP/UDP source port")
            .base(Base::Bits(32))
            .mask(0x200)
            .in_proto("openflow_v1")
    );
    pub static SET_TP_DST: &F = field!(
        F::new("openflow.set_tp_dst", Boolean, "TCP/UDP destination port")
            .base(Base::Bits(32))
            .mask(0x400)
            .in_proto("openflow_v1")
    );
    pub static ENQUEUE: &F = field!(
        F::new("openflow.enqueue", Boolean, "Output to queue")
            .base(Base::Bits(32))
            .mask(0x800)
            .in_proto("openflow_v1")
    );
    pub static PORT_NO: &F =
        field!(F::new("openflow.port_no", Uint16, "Port number").in_proto("openflow_v1"));
    pub static HW_ADD: &F =
        field!(F::new("openflow.hw_add", Ether, "HW Address").in_proto("openflow_v1"));
    pub static PORT_NAME: &F =
        field!(F::new("openflow.port_name", String, "Port Name").in_proto("openflow_v1"));
    pub static PORT_CONFIG: &F = field!(
        F::new("openflow.port_config", Uint32, "Config flags")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static PORT_STATE: &F = field!(
        F::new("openflow.port_state", Uint32, "State flags")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static PORT_CURR: &F = field!(
        F::new("openflow.port_curr", Uint32, "Current features")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static PORT_ADVERTISED: &F = field!(
        F::new("openflow.port_advertised", Uint32, "Advertised features")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static PORT_SUPPORTED: &F = field!(
        F::new("openflow.port_supported", Uint32, "Features supported")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static PORT_PEER: &F = field!(
        F::new("openflow.port_peer", Uint32, "Features advertised by peer")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static PORT_DOWN: &F = field!(
        F::new(
            "openflow.port_down",
            Boolean,
            "Port is administratively down"
        )
        .base(Base::Bits(32))
        .mask(0x1)
        .in_proto("openflow_v1")
    );
    pub static NO_STP: &F = field!(
        F::new(
            "openflow.no_stp",
            Boolean,
            "Disable 802.1D spanning tree on port"
        )
        .base(Base::Bits(32))
        .mask(0x2)
        .in_proto("openflow_v1")
    );
    pub static NO_RECV: &F = field!(
        F::new(
            "openflow.no_recv",
            Boolean,
            "Drop all packets except 802.1D spanning tree packets"
        )
        .base(Base::Bits(32))
        .mask(0x4)
        .in_proto("openflow_v1")
    );
    pub static NO_RECV_STP: &F = field!(
        F::new(
            "openflow.no_recv_stp",
            Boolean,
            "Drop received 802.1D STP packets"
        )
        .base(Base::Bits(32))
        .mask(0x8)
        .in_proto("openflow_v1")
    );
    pub static NO_FLOOD: &F = field!(
        F::new(
            "openflow.no_flood",
            Boolean,
            "Do not include this port when flooding"
        )
        .base(Base::Bits(32))
        .mask(0x10)
        .in_proto("openflow_v1")
    );
    pub static NO_FWD: &F = field!(
        F::new("openflow.no_fwd", Boolean, "Drop packets forwarded to port")
            .base(Base::Bits(32))
            .mask(0x20)
            .in_proto("openflow_v1")
    );
    pub static NO_PACKET_IN: &F = field!(
        F::new(
            "openflow.no_packet_in",
            Boolean,
            "Do not send packet-in msgs for port"
        )
        .base(Base::Bits(32))
        .mask(0x40)
        .in_proto("openflow_v1")
    );
    pub static LINK_DOWN: &F = field!(
        F::new("openflow.link_down", Boolean, "No physical link present")
            .base(Base::Bits(32))
            .mask(0x1)
            .in_proto("openflow_v1")
    );
    pub static F_10MB_HD: &F = field!(
        F::new(
            "openflow.10mb_hd",
            Boolean,
            "10 Mb half-duplex rate support"
        )
        .base(Base::Bits(32))
        .mask(0x1)
        .in_proto("openflow_v1")
    );
    pub static F_10MB_FD: &F = field!(
        F::new(
            "openflow.10mb_fd",
            Boolean,
            "10 Mb full-duplex rate support"
        )
        .base(Base::Bits(32))
        .mask(0x2)
        .in_proto("openflow_v1")
    );
    pub static F_100MB_HD: &F = field!(
        F::new(
            "openflow.100mb_hd",
            Boolean,
            "100 Mb half-duplex rate support"
        )
        .base(Base::Bits(32))
        .mask(0x4)
        .in_proto("openflow_v1")
    );
    pub static F_100MB_0FD: &F = field!(
        F::new(
            "openflow.100mb_0fd",
            Boolean,
            "100 Mb full-duplex rate support"
        )
        .base(Base::Bits(32))
        .mask(0x8)
        .in_proto("openflow_v1")
    );
    pub static F_1GB_HD: &F = field!(
        F::new("openflow.1gb_hd", Boolean, "1 Gb half-duplex rate support")
            .base(Base::Bits(32))
            .mask(0x10)
            .in_proto("openflow_v1")
    );
    pub static F_1GB_FD: &F = field!(
        F::new("openflow.1gb_fd", Boolean, "1 Gb full-duplex rate support")
            .base(Base::Bits(32))
            .mask(0x20)
            .in_proto("openflow_v1")
    );
    pub static F_10GB_FD: &F = field!(
        F::new(
            "openflow.10gb_fd",
            Boolean,
            "10 Gb full-duplex rate support"
        )
        .base(Base::Bits(32))
        .mask(0x40)
        .in_proto("openflow_v1")
    );
    pub static COPPER: &F = field!(
        F::new("openflow.copper", Boolean, "Copper medium")
            .base(Base::Bits(32))
            .mask(0x80)
            .in_proto("openflow_v1")
    );
    pub static FIBER: &F = field!(
        F::new("openflow.fiber", Boolean, "Fiber medium")
            .base(Base::Bits(32))
            .mask(0x100)
            .in_proto("openflow_v1")
    );
    pub static AUTONEG: &F = field!(
        F::new("openflow.autoneg", Boolean, "Auto-negotiation")
            .base(Base::Bits(32))
            .mask(0x200)
            .in_proto("openflow_v1")
    );
    pub static PAUSE: &F = field!(
        F::new("openflow.pause", Boolean, "Pause")
            .base(Base::Bits(32))
            .mask(0x400)
            .in_proto("openflow_v1")
    );
    pub static PAUSE_ASYM: &F = field!(
        F::new("openflow.pause_asym", Boolean, "Asymmetric pause")
            .base(Base::Bits(32))
            .mask(0x800)
            .in_proto("openflow_v1")
    );
    pub static CONFIG_FLAGS: &F = field!(
        F::new("openflow.config_flags", Uint16, "Config flags")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static MISS_SEND_LEN: &F = field!(
        F::new("openflow.miss_send_len", Uint16, "Max bytes of packet")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static BUFFER_ID: &F = field!(
        F::new("openflow.buffer_id", Uint32, "Buffer Id")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static TOTAL_LEN: &F =
        field!(F::new("openflow.total_len", Uint16, "Total length").in_proto("openflow_v1"));
    pub static IN_PORT: &F =
        field!(F::new("openflow.in_port", Uint16, "In port").in_proto("openflow_v1"));
    pub static REASON: &F = field!(
        F::new("openflow.reason", Uint8, "Reason")
            .vals(REASON_VALS)
            .in_proto("openflow_v1")
    );
    pub static PKT_IN_PAD: &F =
        field!(F::new("openflow.pkt_in.pad", Bytes, "Pad").in_proto("openflow_v1"));
    pub static TABLE_ID: &F =
        field!(F::new("openflow.table_id", Uint8, "Table Id").in_proto("openflow_v1"));
    pub static COOKIE: &F = field!(
        F::new("openflow.cookie", Uint64, "Cookie")
            .base(Base::Hex)
            .in_proto("openflow_v1")
    );
    pub static FEATURES_REPLY_PAD: &F =
        field!(F::new("openflow.features_reply.pad", Bytes, "Pad").in_proto("openflow_v1"));
    pub static ACTIONS_LEN: &F =
        field!(F::new("openflow.actions_len", Uint16, "Actions length").in_proto("openflow_v1"));
    pub static ACTION_TYP: &F = field!(
        F::new("openflow.action_typ", Uint16, "Actions type")
            .vals(ACTION_TYP_VALS)
            .in_proto("openflow_v1")
    );
    pub static ACTION_LEN: &F =
        field!(F::new("openflow.action_len", Uint16, "Action length").in_proto("openflow_v1"));
    pub static OUTPUT_PORT: &F =
        field!(F::new("openflow.output_port", Uint16, "Output port").in_proto("openflow_v1"));
    pub static MAX_LEN: &F =
        field!(F::new("openflow.max_len", Uint16, "Max length").in_proto("openflow_v1"));
    pub static WILDCARDS: &F =
        field!(F::new("openflow.wildcards", Uint32, "Wildcards").in_proto("openflow_v1"));
    pub static COMMAND: &F = field!(
        F::new("openflow.command", Uint16, "Command")
            .vals(COMMAND_VALS)
            .in_proto("openflow_v1")
    );
    pub static ETH_SRC: &F = field!(
        F::new("openflow.eth_src", Ether, "Ethernet source address").in_proto("openflow_v1")
    );
    pub static ETH_DST: &F = field!(
        F::new("openflow.eth_dst", Ether, "Ethernet destination address").in_proto("openflow_v1")
    );
    pub static DL_VLAN: &F =
        field!(F::new("openflow.dl_vlan", Uint16, "Input VLAN id").in_proto("openflow_v1"));
    pub static DL_VLAN_PCP: &F = field!(
        F::new("openflow.dl_vlan_pcp", Uint8, "Input VLAN priority").in_proto("openflow_v1")
    );
    pub static OFP_MATCH_PAD: &F =
        field!(F::new("openflow.ofp_match.pad", Bytes, "Pad").in_proto("openflow_v1"));
    pub static OFP_MATCH_DL_TYPE: &F =
        field!(F::new("openflow.ofp_match.dl_type", Uint16, "Dl type").in_proto("openflow_v1"));
    pub static OFP_MATCH_TOS: &F =
        field!(F::new("openflow.ofp_match.tos", Uint8, "IP ToS").in_proto("openflow_v1"));
    pub static OFP_MATCH_NW_PROTO: &F =
        field!(F::new("openflow.ofp_match.nw_proto", Uint8, "IP protocol").in_proto("openflow_v1"));
    pub static OFP_MATCH_SOURCE_ADDR: &F = field!(
        F::new("openflow.ofp_match.source_addr", Ipv4, "Source Address").in_proto("openflow_v1")
    );
    pub static OFP_MATCH_DEST_ADDR: &F = field!(
        F::new("openflow.ofp_match.dest_addr", Ipv4, "Destination Address").in_proto("openflow_v1")
    );
    pub static OFP_MATCH_SOURCE_PORT: &F = field!(
        F::new("openflow.ofp_match.source_port", Uint16, "Source Port").in_proto("openflow_v1")
    );
    pub static OFP_MATCH_DEST_PORT: &F = field!(
        F::new("openflow.ofp_match.dest_port", Uint16, "Destination Port").in_proto("openflow_v1")
    );
    pub static IDLE_TIMEOUT: &F =
        field!(F::new("openflow.idle_timeout", Uint16, "Idle time-out").in_proto("openflow_v1"));
    pub static HARD_TIMEOUT: &F =
        field!(F::new("openflow.hard_timeout", Uint16, "hard time-out").in_proto("openflow_v1"));
    pub static PRIORITY: &F =
        field!(F::new("openflow.priority", Uint16, "Priority").in_proto("openflow_v1"));
    pub static OUT_PORT: &F =
        field!(F::new("openflow.out_port", Uint32, "Out port").in_proto("openflow_v1"));
    pub static FLAGS: &F =
        field!(F::new("openflow.flags", Uint16, "Flags").in_proto("openflow_v1"));
    pub static STATS_TYPE: &F = field!(
        F::new("openflow.stats.type", Uint16, "Type")
            .vals(STATS_TYPE_VALS)
            .in_proto("openflow_v1")
    );
    pub static STATS_REQUEST_PAD: &F =
        field!(F::new("openflow.stats.request_pad", Uint8, "Pad").in_proto("openflow_v1"));
    pub static ACTION_TYP_UNDECODED: &F = field!(
        F::new(
            "openflow.action_typ.undecoded",
            None,
            "Action not dissected yet"
        )
        .in_proto("openflow_v1")
    );
    pub static OPENFLOW_1_0_TYPE_UNDECODED: &F = field!(
        F::new(
            "openflow_1_0.type.undecoded",
            None,
            "Message data not dissected yet"
        )
        .in_proto("openflow_v1")
    );

    /// osidump's own: the first message of one call of tshark's OpenFlow
    /// dissector (listed in `frame.protocols`).
    pub static OSIDUMP_CALL: &F = field!(
        F::new("osidump.openflow.call", None, "Call")
            .blurb("The first message of one call of tshark's OpenFlow dissector")
    );
    /// osidump's own: the Info column text the message writes.
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.openflow.info", String, "Info")
            .blurb("The Info column text this message writes")
    );
    /// osidump's own: a PACKET_IN or PACKET_OUT made tshark's columns
    /// unwritable for the rest of the frame.
    pub static OSIDUMP_FREEZE: &F = field!(
        F::new("osidump.openflow.freeze", None, "Columns kept")
            .blurb("A PACKET_IN or PACKET_OUT made the columns unwritable")
    );
    /// osidump's own: the Ethernet frame a PACKET_IN or PACKET_OUT carries,
    /// dissected after the message (then dropped from the layer).
    pub static OSIDUMP_FRAME: &F = field!(
        F::new("osidump.openflow.frame", Bytes, "Frame")
            .blurb("The Ethernet frame the message carries")
    );

    pub static ALL: &[&F] = &[
        VERSION,
        VERSION_UNKNOWN,
        OPENFLOW_1_0_TYPE,
        XID,
        LENGTH,
        DATAPATH_ID,
        DATAPATH_MAC,
        DATAPATH_IMP,
        N_BUFFERS,
        N_TABLES,
        CAPABILITIES,
        ACTIONS,
        FLOW_STATS,
        TABLE_STATS,
        PORT_STATS,
        GROUP_STATS,
        IP_REASM,
        QUEUE_STATS,
        PORT_BLOCKED,
        OUTPUT,
        SET_VLAN_VID,
        SET_VLAN_PCP,
        STRIP_VLAN,
        SET_DL_SRC,
        SET_DL_DS,
        SET_NW_SRC,
        SET_NW_DS,
        SET_NW_TOS,
        SET_TP_SRC,
        SET_TP_DST,
        ENQUEUE,
        PORT_NO,
        HW_ADD,
        PORT_NAME,
        PORT_CONFIG,
        PORT_STATE,
        PORT_CURR,
        PORT_ADVERTISED,
        PORT_SUPPORTED,
        PORT_PEER,
        PORT_DOWN,
        NO_STP,
        NO_RECV,
        NO_RECV_STP,
        NO_FLOOD,
        NO_FWD,
        NO_PACKET_IN,
        LINK_DOWN,
        F_10MB_HD,
        F_10MB_FD,
        F_100MB_HD,
        F_100MB_0FD,
        F_1GB_HD,
        F_1GB_FD,
        F_10GB_FD,
        COPPER,
        FIBER,
        AUTONEG,
        PAUSE,
        PAUSE_ASYM,
        CONFIG_FLAGS,
        MISS_SEND_LEN,
        BUFFER_ID,
        TOTAL_LEN,
        IN_PORT,
        REASON,
        PKT_IN_PAD,
        TABLE_ID,
        COOKIE,
        FEATURES_REPLY_PAD,
        ACTIONS_LEN,
        ACTION_TYP,
        ACTION_LEN,
        OUTPUT_PORT,
        MAX_LEN,
        WILDCARDS,
        COMMAND,
        ETH_SRC,
        ETH_DST,
        DL_VLAN,
        DL_VLAN_PCP,
        OFP_MATCH_PAD,
        OFP_MATCH_DL_TYPE,
        OFP_MATCH_TOS,
        OFP_MATCH_NW_PROTO,
        OFP_MATCH_SOURCE_ADDR,
        OFP_MATCH_DEST_ADDR,
        OFP_MATCH_SOURCE_PORT,
        OFP_MATCH_DEST_PORT,
        IDLE_TIMEOUT,
        HARD_TIMEOUT,
        PRIORITY,
        OUT_PORT,
        FLAGS,
        STATS_TYPE,
        STATS_REQUEST_PAD,
        ACTION_TYP_UNDECODED,
        OPENFLOW_1_0_TYPE_UNDECODED,
        OSIDUMP_CALL,
        OSIDUMP_INFO,
        OSIDUMP_FREEZE,
        OSIDUMP_FRAME,
    ];

    const VERSION_VALS: &[(u64, &str)] = &[
        (0x1, "1.0"),
        (0x2, "1.1"),
        (0x3, "1.2"),
        (0x4, "1.3"),
        (0x5, "1.4"),
        (0x6, "1.5"),
    ];

    const OPENFLOW_1_0_TYPE_VALS: &[(u64, &str)] = &[
        (0, "OFPT_HELLO"),
        (1, "OFPT_ERROR"),
        (2, "OFPT_ECHO_REQUEST"),
        (3, "OFPT_ECHO_REPLY"),
        (4, "OFPT_VENDOR"),
        (5, "OFPT_FEATURES_REQUEST"),
        (6, "OFPT_FEATURES_REPLY"),
        (7, "OFPT_GET_CONFIG_REQUEST"),
        (8, "OFPT_GET_CONFIG_REPLY"),
        (9, "OFPT_SET_CONFIG"),
        (10, "OFPT_PACKET_IN"),
        (11, "OFPT_FLOW_REMOVED"),
        (12, "OFPT_PORT_STATUS"),
        (13, "OFPT_PACKET_OUT"),
        (14, "OFPT_FLOW_MOD"),
        (15, "OFPT_PORT_MOD"),
        (16, "OFPT_STATS_REQUEST"),
        (17, "OFPT_STATS_REPLY"),
        (18, "OFPT_BARRIER_REQUEST"),
        (19, "OFPT_BARRIER_REPLY"),
        (20, "OFPT_QUEUE_GET_CONFIG_REQUEST"),
        (21, "OFPT_QUEUE_GET_CONFIG_REPLY"),
    ];

    const REASON_VALS: &[(u64, &str)] = &[
        (0, "No matching flow (table-miss flow entry)"),
        (1, "Action explicitly output to controller"),
        (2, "Packet has invalid TTL"),
    ];

    const ACTION_TYP_VALS: &[(u64, &str)] = &[
        (0, "Output to switch port"),
        (1, "Set the 802.1q VLAN id"),
        (2, "Set the 802.1q priority"),
        (3, "Strip the 802.1q header"),
        (4, "Ethernet source address"),
        (5, "Ethernet destination address"),
        (6, "IP source address"),
        (7, "IP destination address"),
        (8, "TCP/UDP source port"),
        (9, "TCP/UDP destination port"),
        (65535, "Vendor specific action"),
    ];

    const COMMAND_VALS: &[(u64, &str)] = &[
        (0, "New flow"),
        (1, "Modify all matching flows"),
        (2, "Modify entry strictly matching wildcards"),
        (3, "Delete all matching flows"),
        (4, "Strictly match wildcards and priority"),
    ];

    const STATS_TYPE_VALS: &[(u64, &str)] = &[
        (0, "OFPST_DESC"),
        (1, "OFPST_FLOW"),
        (2, "OFPST_AGGREGATE"),
        (3, "OFPST_TABLE"),
        (4, "OFPST_PORT"),
        (5, "OFPST_QUEUE"),
        (65535, "OFPST_VENDOR"),
    ];
}

pub mod openflow_v4 {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(
        F::new("openflow_v4.version", Uint8, "Version")
            .base(Base::Hex)
            .vals(VERSION_VALS)
    );
    pub static TYPE: &F = field!(F::new("openflow_v4.type", Uint8, "Type").vals(TYPE_VALS));
    pub static LENGTH: &F = field!(F::new("openflow_v4.length", Uint16, "Length"));
    pub static XID: &F = field!(F::new("openflow_v4.xid", Uint32, "Transaction ID"));
    pub static MULTIPART_REQUEST_TYPE: &F = field!(
        F::new("openflow_v4.multipart_request.type", Uint16, "Type")
            .vals(MULTIPART_REQUEST_TYPE_VALS)
    );
    pub static MULTIPART_REPLY_TYPE: &F = field!(
        F::new("openflow_v4.multipart_reply.type", Uint16, "Type")
            .vals(MULTIPART_REQUEST_TYPE_VALS)
    );

    pub static ALL: &[&F] = &[
        VERSION,
        TYPE,
        LENGTH,
        XID,
        MULTIPART_REQUEST_TYPE,
        MULTIPART_REPLY_TYPE,
    ];

    const VERSION_VALS: &[(u64, &str)] = &[(0x4, "1.3")];

    const TYPE_VALS: &[(u64, &str)] = &[
        (0, "OFPT_HELLO"),
        (1, "OFPT_ERROR"),
        (2, "OFPT_ECHO_REQUEST"),
        (3, "OFPT_ECHO_REPLY"),
        (4, "OFPT_EXPERIMENTER"),
        (5, "OFPT_FEATURES_REQUEST"),
        (6, "OFPT_FEATURES_REPLY"),
        (7, "OFPT_GET_CONFIG_REQUEST"),
        (8, "OFPT_GET_CONFIG_REPLY"),
        (9, "OFPT_SET_CONFIG"),
        (10, "OFPT_PACKET_IN"),
        (11, "OFPT_FLOW_REMOVED"),
        (12, "OFPT_PORT_STATUS"),
        (13, "OFPT_PACKET_OUT"),
        (14, "OFPT_FLOW_MOD"),
        (15, "OFPT_GROUP_MOD"),
        (16, "OFPT_PORT_MOD"),
        (17, "OFPT_TABLE_MOD"),
        (18, "OFPT_MULTIPART_REQUEST"),
        (19, "OFPT_MULTIPART_REPLY"),
        (20, "OFPT_BARRIER_REQUEST"),
        (21, "OFPT_BARRIER_REPLY"),
        (22, "OFPT_QUEUE_GET_CONFIG_REQUEST"),
        (23, "OFPT_QUEUE_GET_CONFIG_REPLY"),
        (24, "OFPT_ROLE_REQUEST"),
        (25, "OFPT_ROLE_REPLY"),
        (26, "OFPT_GET_ASYNC_REQUEST"),
        (27, "OFPT_GET_ASYNC_REPLY"),
        (28, "OFPT_SET_ASYNC"),
        (29, "OFPT_METER_MOD"),
    ];

    const MULTIPART_REQUEST_TYPE_VALS: &[(u64, &str)] = &[
        (0, "OFPMP_DESC"),
        (1, "OFPMP_FLOW"),
        (2, "OFPMP_AGGREGATE"),
        (3, "OFPMP_TABLE"),
        (4, "OFPMP_PORT_STATS"),
        (5, "OFPMP_QUEUE"),
        (6, "OFPMP_GROUP"),
        (7, "OFPMP_GROUP_DESC"),
        (8, "OFPMP_GROUP_FEATURES"),
        (9, "OFPMP_METER"),
        (10, "OFPMP_METER_CONFIG"),
        (11, "OFPMP_METER_FEATURES"),
        (12, "OFPMP_TABLE_FEATURES"),
        (13, "OFPMP_PORT_DESC"),
        (65535, "OFPMP_EXPERIMENTER"),
    ];
}

pub mod openflow_v5 {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(
        F::new("openflow_v5.version", Uint8, "Version")
            .base(Base::Hex)
            .vals(VERSION_VALS)
    );
    pub static TYPE: &F = field!(F::new("openflow_v5.type", Uint8, "Type").vals(TYPE_VALS));
    pub static LENGTH: &F = field!(F::new("openflow_v5.length", Uint16, "Length"));
    pub static XID: &F = field!(F::new("openflow_v5.xid", Uint32, "Transaction ID"));

    pub static ALL: &[&F] = &[VERSION, TYPE, LENGTH, XID];

    const VERSION_VALS: &[(u64, &str)] = &[(0x5, "1.4")];

    const TYPE_VALS: &[(u64, &str)] = &[
        (0, "OFPT_HELLO"),
        (1, "OFPT_ERROR"),
        (2, "OFPT_ECHO_REQUEST"),
        (3, "OFPT_ECHO_REPLY"),
        (4, "OFPT_EXPERIMENTER"),
        (5, "OFPT_FEATURES_REQUEST"),
        (6, "OFPT_FEATURES_REPLY"),
        (7, "OFPT_GET_CONFIG_REQUEST"),
        (8, "OFPT_GET_CONFIG_REPLY"),
        (9, "OFPT_SET_CONFIG"),
        (10, "OFPT_PACKET_IN"),
        (11, "OFPT_FLOW_REMOVED"),
        (12, "OFPT_PORT_STATUS"),
        (13, "OFPT_PACKET_OUT"),
        (14, "OFPT_FLOW_MOD"),
        (15, "OFPT_GROUP_MOD"),
        (16, "OFPT_PORT_MOD"),
        (17, "OFPT_TABLE_MOD"),
        (18, "OFPT_MULTIPART_REQUEST"),
        (19, "OFPT_MULTIPART_REPLY"),
        (20, "OFPT_BARRIER_REQUEST"),
        (21, "OFPT_BARRIER_REPLY"),
        (24, "OFPT_ROLE_REQUEST"),
        (25, "OFPT_ROLE_REPLY"),
        (26, "OFPT_GET_ASYNC_REQUEST"),
        (27, "OFPT_GET_ASYNC_REPLY"),
        (28, "OFPT_SET_ASYNC"),
        (29, "OFPT_METER_MOD"),
        (30, "OFPT_ROLE_STATUS"),
        (31, "OFPT_TABLE_STATUS"),
        (32, "OFPT_REQUESTFORWARD"),
        (33, "OFPT_BUNDLE_CONTROL"),
        (34, "OFPT_BUNDLE_ADD_MESSAGE"),
    ];
}

pub mod openflow_v6 {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(
        F::new("openflow_v6.version", Uint8, "Version")
            .base(Base::Hex)
            .vals(VERSION_VALS)
    );
    pub static TYPE: &F = field!(F::new("openflow_v6.type", Uint8, "Type").vals(TYPE_VALS));
    pub static LENGTH: &F = field!(F::new("openflow_v6.length", Uint16, "Length"));
    pub static XID: &F = field!(F::new("openflow_v6.xid", Uint32, "Transaction ID"));

    pub static ALL: &[&F] = &[VERSION, TYPE, LENGTH, XID];

    const VERSION_VALS: &[(u64, &str)] = &[(0x6, "1.5")];

    const TYPE_VALS: &[(u64, &str)] = &[
        (0, "OFPT_HELLO"),
        (1, "OFPT_ERROR"),
        (2, "OFPT_ECHO_REQUEST"),
        (3, "OFPT_ECHO_REPLY"),
        (4, "OFPT_EXPERIMENTER"),
        (5, "OFPT_FEATURES_REQUEST"),
        (6, "OFPT_FEATURES_REPLY"),
        (7, "OFPT_GET_CONFIG_REQUEST"),
        (8, "OFPT_GET_CONFIG_REPLY"),
        (9, "OFPT_SET_CONFIG"),
        (10, "OFPT_PACKET_IN"),
        (11, "OFPT_FLOW_REMOVED"),
        (12, "OFPT_PORT_STATUS"),
        (13, "OFPT_PACKET_OUT"),
        (14, "OFPT_FLOW_MOD"),
        (15, "OFPT_GROUP_MOD"),
        (16, "OFPT_PORT_MOD"),
        (17, "OFPT_TABLE_MOD"),
        (18, "OFPT_MULTIPART_REQUEST"),
        (19, "OFPT_MULTIPART_REPLY"),
        (20, "OFPT_BARRIER_REQUEST"),
        (21, "OFPT_BARRIER_REPLY"),
        (24, "OFPT_ROLE_REQUEST"),
        (25, "OFPT_ROLE_REPLY"),
        (26, "OFPT_GET_ASYNC_REQUEST"),
        (27, "OFPT_GET_ASYNC_REPLY"),
        (28, "OFPT_SET_ASYNC"),
        (29, "OFPT_METER_MOD"),
        (30, "OFPT_ROLE_STATUS"),
        (31, "OFPT_TABLE_STATUS"),
        (32, "OFPT_REQUESTFORWARD"),
        (33, "OFPT_BUNDLE_CONTROL"),
        (34, "OFPT_BUNDLE_ADD_MESSAGE"),
        (35, "OFPT_CONTROLLER_STATUS"),
    ];
}
