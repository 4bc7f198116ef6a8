//! RSVP's fields, generated from tshark 4.0.17's registry by
//! `scripts/gen-fields.py rsvp ...`, plus the Info column's text.

pub mod rsvp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(F::new("rsvp.version", Uint8, "RSVP Version").mask(0xf0));
    pub static FLAGS: &F = field!(
        F::new("rsvp.flags", Uint8, "Flags")
            .base(Base::Hex)
            .mask(0xf)
    );
    pub static MSG: &F = field!(F::new("rsvp.msg", Uint8, "Message Type").vals(MSG_VALS));
    pub static PATH: &F = field!(F::new("rsvp.path", Boolean, "Path Message"));
    pub static RESV: &F = field!(F::new("rsvp.resv", Boolean, "Resv Message"));
    pub static PERR: &F = field!(F::new("rsvp.perr", Boolean, "Path Error Message"));
    pub static RERR: &F = field!(F::new("rsvp.rerr", Boolean, "Resv Error Message"));
    pub static PTEAR: &F = field!(F::new("rsvp.ptear", Boolean, "Path Tear Message"));
    pub static RTEAR: &F = field!(F::new("rsvp.rtear", Boolean, "Resv Tear Message"));
    pub static RESVCONF: &F = field!(F::new("rsvp.resvconf", Boolean, "Resv Confirm Message"));
    pub static RTEARCONF: &F = field!(F::new(
        "rsvp.rtearconf",
        Boolean,
        "Resv Tear Confirm Message"
    ));
    pub static BUNDLE: &F = field!(F::new("rsvp.bundle", Boolean, "Bundle Message"));
    pub static ACK: &F = field!(F::new("rsvp.ack", Boolean, "Ack Message"));
    pub static SREFRESH: &F = field!(F::new("rsvp.srefresh", Boolean, "Srefresh Message"));
    pub static HELLO: &F = field!(F::new("rsvp.hello", Boolean, "HELLO Message"));
    pub static NOTIFY: &F = field!(F::new("rsvp.notify", Boolean, "Notify Message"));
    pub static MESSAGE_CHECKSUM: &F =
        field!(F::new("rsvp.message_checksum", Uint16, "Message Checksum").base(Base::Hex));
    pub static SENDING_TTL: &F = field!(F::new("rsvp.sending_ttl", Uint8, "Sending TTL"));
    pub static MESSAGE_LENGTH: &F = field!(F::new("rsvp.message_length", Uint16, "Message length"));
    pub static SESSION: &F = field!(F::new("rsvp.session", None, "SESSION"));
    pub static HOP: &F = field!(F::new("rsvp.hop", None, "HOP"));
    pub static HELLO_OBJ: &F = field!(F::new("rsvp.hello_obj", None, "HELLO Request/Ack"));
    pub static INTEGRITY: &F = field!(F::new("rsvp.integrity", None, "INTEGRITY"));
    pub static TIME: &F = field!(F::new("rsvp.time", None, "TIME VALUES"));
    pub static ERROR: &F = field!(F::new("rsvp.error", None, "ERROR"));
    pub static SCOPE: &F = field!(F::new("rsvp.scope", None, "SCOPE"));
    pub static STYLE: &F = field!(F::new("rsvp.style", None, "STYLE"));
    pub static FLOWSPEC: &F = field!(F::new("rsvp.flowspec", None, "FLOWSPEC"));
    pub static FILTER: &F = field!(F::new("rsvp.filter", None, "FILTERSPEC"));
    pub static SENDER: &F = field!(F::new("rsvp.sender", None, "SENDER TEMPLATE"));
    pub static TSPEC: &F = field!(F::new("rsvp.tspec", None, "SENDER TSPEC"));
    pub static ADSPEC: &F = field!(F::new("rsvp.adspec", None, "ADSPEC"));
    pub static POLICY: &F = field!(F::new("rsvp.policy", None, "POLICY"));
    pub static CONFIRM: &F = field!(F::new("rsvp.confirm", None, "CONFIRM"));
    pub static LABEL: &F = field!(F::new("rsvp.label", None, "LABEL"));
    pub static RECOVERY_LABEL: &F = field!(F::new("rsvp.recovery_label", None, "RECOVERY LABEL"));
    pub static UPSTREAM_LABEL: &F = field!(F::new("rsvp.upstream_label", None, "UPSTREAM LABEL"));
    pub static SUGGESTED_LABEL: &F =
        field!(F::new("rsvp.suggested_label", None, "SUGGESTED LABEL"));
    pub static LABEL_SET: &F = field!(F::new("rsvp.label_set", None, "LABEL SET"));
    pub static ACCEPTABLE_LABEL_SET: &F = field!(F::new(
        "rsvp.acceptable_label_set",
        None,
        "ACCEPTABLE LABEL SET"
    ));
    pub static PROTECTION: &F = field!(F::new("rsvp.protection", None, "PROTECTION"));
    pub static DIFFSERV: &F = field!(F::new("rsvp.diffserv", None, "DIFFSERV"));
    pub static DSTE: &F = field!(F::new("rsvp.dste", None, "CLASSTYPE"));
    pub static RESTART: &F = field!(F::new("rsvp.restart", None, "RESTART CAPABILITY"));
    pub static LINK: &F = field!(F::new("rsvp.link", None, "LINK CAPABILITY"));
    pub static LABEL_REQUEST: &F = field!(F::new("rsvp.label_request", None, "LABEL REQUEST"));
    pub static SESSION_ATTRIBUTE: &F =
        field!(F::new("rsvp.session_attribute", None, "SESSION ATTRIBUTE"));
    pub static EXPLICIT_ROUTE: &F = field!(F::new("rsvp.explicit_route", None, "EXPLICIT ROUTE"));
    pub static RECORD_ROUTE: &F = field!(F::new("rsvp.record_route", None, "RECORD ROUTE"));
    pub static MSGID: &F = field!(F::new("rsvp.msgid", None, "MESSAGE-ID"));
    pub static MSGID_ACK: &F = field!(F::new("rsvp.msgid_ack", None, "MESSAGE-ID ACK"));
    pub static MSGID_LIST: &F = field!(F::new("rsvp.msgid_list", None, "MESSAGE-ID LIST"));
    pub static DCLASS: &F = field!(F::new("rsvp.dclass", None, "DCLASS"));
    pub static LSP_TUNNEL_IF_ID: &F =
        field!(F::new("rsvp.lsp_tunnel_if_id", None, "LSP INTERFACE-ID"));
    pub static ADMIN_STATUS: &F = field!(F::new("rsvp.admin_status", None, "ADMIN STATUS"));
    pub static LSP_ATTRIBUTES: &F = field!(F::new("rsvp.lsp_attributes", None, "LSP ATTRIBUTES"));
    pub static ASSOCIATION: &F = field!(F::new("rsvp.association", None, "ASSOCIATION"));
    pub static CALL_ATTRIBUTES: &F =
        field!(F::new("rsvp.call_attributes", None, "CALL ATTRIBUTES"));
    pub static NOTIFY_REQUEST: &F = field!(F::new("rsvp.notify_request", None, "NOTIFY REQUEST"));
    pub static GENERALIZED_UNI: &F =
        field!(F::new("rsvp.generalized_uni", None, "GENERALIZED UNI"));
    pub static CALL_ID: &F = field!(F::new("rsvp.call_id", None, "CALL ID"));
    pub static OBJ_3GPP2: &F = field!(F::new("rsvp.3gpp2_object", None, "3GPP2 OBJECT"));
    pub static OBJ_PRIVATE: &F = field!(F::new("rsvp.obj_private", None, "Private object"));
    pub static OBJ_UNKNOWN: &F = field!(F::new("rsvp.obj_unknown", None, "Unknown object"));
    pub static JUNIPER: &F = field!(F::new("rsvp.juniper", None, "Juniper"));
    pub static LENGTH: &F = field!(F::new("rsvp.length", Uint16, "Length"));
    pub static OBJECT: &F = field!(F::new("rsvp.object", Uint8, "Object class").vals(OBJECT_VALS));
    pub static CTYPE: &F = field!(F::new("rsvp.ctype", Uint32, "C-type"));
    pub static CTYPE_SESSION: &F =
        field!(F::new("rsvp.ctype.session", Uint32, "C-type").vals(CTYPE_SESSION_VALS));
    pub static CTYPE_HOP: &F =
        field!(F::new("rsvp.ctype.hop", Uint32, "C-Type").vals(CTYPE_HOP_VALS));
    pub static CTYPE_TIME_VALUES: &F =
        field!(F::new("rsvp.ctype.time_values", Uint32, "C-Type").vals(CTYPE_TIME_VALUES_VALS));
    pub static CTYPE_ERROR: &F =
        field!(F::new("rsvp.ctype.error", Uint32, "C-Type").vals(CTYPE_HOP_VALS));
    pub static CTYPE_SCOPE: &F =
        field!(F::new("rsvp.ctype.scope", Uint32, "C-Type").vals(CTYPE_SCOPE_VALS));
    pub static CTYPE_STYLE: &F =
        field!(F::new("rsvp.ctype.style", Uint32, "C-Type").vals(CTYPE_STYLE_VALS));
    pub static CTYPE_CONFIRM: &F =
        field!(F::new("rsvp.ctype.confirm", Uint32, "C-Type").vals(CTYPE_SCOPE_VALS));
    pub static CTYPE_TEMPLATE: &F =
        field!(F::new("rsvp.ctype.template", Uint32, "C-Type").vals(CTYPE_TEMPLATE_VALS));
    pub static CTYPE_TSPEC: &F =
        field!(F::new("rsvp.ctype.tspec", Uint32, "C-Type").vals(CTYPE_TSPEC_VALS));
    pub static CTYPE_FLOWSPEC: &F =
        field!(F::new("rsvp.ctype.flowspec", Uint32, "C-Type").vals(CTYPE_TSPEC_VALS));
    pub static CTYPE_LABEL_REQUEST: &F =
        field!(F::new("rsvp.ctype.label_request", Uint32, "C-Type").vals(CTYPE_LABEL_REQUEST_VALS));
    pub static CTYPE_LABEL: &F =
        field!(F::new("rsvp.ctype.label", Uint32, "C-type").vals(CTYPE_LABEL_VALS));
    pub static CTYPE_ATTRIBUTE: &F =
        field!(F::new("rsvp.ctype.attribute", Uint32, "C-Type").vals(CTYPE_ATTRIBUTE_VALS));
    pub static CTYPE_EXPLICIT_ROUTE: &F =
        field!(F::new("rsvp.ctype.explicit_route", Uint32, "C-Type"));
    pub static CTYPE_RECORD_ROUTE: &F = field!(F::new("rsvp.ctype.record_route", Uint32, "C-Type"));
    pub static CTYPE_MESSAGE_ID: &F = field!(F::new("rsvp.ctype.message_id", Uint32, "C-Type"));
    pub static CTYPE_MESSAGE_ID_ACK: &F =
        field!(F::new("rsvp.ctype.message_id_ack", Uint32, "C-Type"));
    pub static CTYPE_MESSAGE_ID_LIST: &F =
        field!(F::new("rsvp.ctype.message_id_list", Uint32, "C-Type"));
    pub static CTYPE_HELLO: &F = field!(F::new("rsvp.ctype.hello", Uint32, "C-Type"));
    pub static CTYPE_RESTART_CAP: &F = field!(F::new("rsvp.ctype.restart_cap", Uint32, "C-type"));
    pub static CTYPE_FAST_REROUTE: &F = field!(F::new("rsvp.ctype.fast_reroute", Uint32, "C-type"));
    pub static CTYPE_DETOUR: &F = field!(F::new("rsvp.ctype.detour", Uint32, "C-type"));
    pub static CTYPE_VENDOR: &F = field!(F::new("rsvp.ctype.vendor", Uint32, "C-type"));
    pub static CTYPE_UNKNOWN: &F = field!(F::new("rsvp.ctype.unknown", Uint32, "C-type"));
    pub static CTYPE_GENERALIZED_UNI: &F =
        field!(F::new("rsvp.ctype.generalized_uni", Uint32, "C-type"));
    pub static INVALID_LENGTH: &F = field!(F::new("rsvp.invalid_length", None, "Invalid length"));
    pub static SESSION_IP: &F = field!(F::new("rsvp.session.ip", Ipv4, "Destination address"));
    pub static SESSION_SHORT_CALL_ID: &F = field!(F::new(
        "rsvp.session.short_call_id",
        Uint16,
        "Short Call ID"
    ));
    pub static SESSION_PORT: &F = field!(F::new("rsvp.session.port", Uint16, "Port number"));
    pub static SESSION_PROTO: &F =
        field!(F::new("rsvp.session.proto", Uint8, "Protocol").vals(SESSION_PROTO_VALS));
    pub static SESSION_TUNNEL_ID: &F =
        field!(F::new("rsvp.session.tunnel_id", Uint16, "Tunnel ID"));
    pub static SESSION_EXT_TUNNEL_ID: &F = field!(F::new(
        "rsvp.session.ext_tunnel_id",
        Uint32,
        "Extended tunnel ID"
    ));
    pub static EXTENDED_TUNNEL_ID: &F = field!(F::new(
        "rsvp.extended_tunnel_id",
        Uint32,
        "Extended Tunnel ID"
    ));
    pub static SESSION_FLAGS: &F =
        field!(F::new("rsvp.session.flags", Uint8, "Flags").base(Base::Hex));
    pub static SESSION_DESTINATION_ADDRESS: &F = field!(F::new(
        "rsvp.session.destination_address",
        Ipv6,
        "Destination address"
    ));
    pub static SESSION_PROTOCOL: &F = field!(F::new("rsvp.session.protocol", Uint8, "Protocol"));
    pub static SESSION_DESTINATION_PORT: &F = field!(F::new(
        "rsvp.session.destination_port",
        Uint16,
        "Destination port"
    ));
    pub static SESSION_DATA: &F = field!(F::new("rsvp.session.data", Bytes, "Data"));
    pub static HOP_NEIGHBOR_ADDRESS_IPV4: &F = field!(F::new(
        "rsvp.hop.neighbor_address_ipv4",
        Ipv4,
        "Neighbor address"
    ));
    pub static HOP_LOGICAL_INTERFACE: &F = field!(F::new(
        "rsvp.hop.logical_interface",
        Uint32,
        "Logical interface"
    ));
    pub static NEIGHBOR_ADDRESS_IPV6: &F = field!(F::new(
        "rsvp.neighbor_address_ipv6",
        Ipv6,
        "Neighbor address"
    ));
    pub static HOP_DATA: &F = field!(F::new("rsvp.hop.data", Bytes, "Data"));
    pub static REFRESH_INTERVAL: &F =
        field!(F::new("rsvp.refresh_interval", Uint32, "Refresh interval"));
    pub static TIME_VALUES_DATA: &F = field!(F::new("rsvp.time_values.data", Bytes, "Data"));
    pub static ERROR_ERROR_NODE_IPV4: &F =
        field!(F::new("rsvp.error.error_node_ipv4", Ipv4, "Error node"));
    pub static ERROR_ERROR_NODE_IPV6: &F =
        field!(F::new("rsvp.error.error_node_ipv6", Ipv6, "Error node"));
    pub static ERROR_FLAGS: &F = field!(F::new("rsvp.error_flags", Uint8, "Flags").base(Base::Hex));
    pub static ERROR_FLAGS_PATH_STATE_REMOVED: &F = field!(
        F::new(
            "rsvp.error_flags.path_state_removed",
            Boolean,
            "Path State Removed"
        )
        .base(Base::Bits(8))
        .mask(0x4)
        .tfs("Set", "Not set")
    );
    pub static ERROR_FLAGS_NOT_GUILTY: &F = field!(
        F::new("rsvp.error_flags.not_guilty", Boolean, "NotGuilty")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static ERROR_FLAGS_IN_PLACE: &F = field!(
        F::new("rsvp.error_flags.in_place", Boolean, "InPlace")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static ERROR_ERROR_CODE: &F =
        field!(F::new("rsvp.error.error_code", Uint8, "Error code").vals(ERROR_ERROR_CODE_VALS));
    pub static ERROR_VALUE: &F = field!(F::new("rsvp.error_value", Uint16, "Error value"));
    pub static ERROR_DATA: &F = field!(F::new("rsvp.error.data", Bytes, "Data"));
    pub static SCOPE_IPV4_ADDRESS: &F =
        field!(F::new("rsvp.scope.ipv4_address", Ipv4, "IPv4 Address"));
    pub static SCOPE_IPV6_ADDRESS: &F =
        field!(F::new("rsvp.scope.ipv6_address", Ipv6, "IPv6 Address"));
    pub static SCOPE_DATA: &F = field!(F::new("rsvp.scope.data", Bytes, "Data"));
    pub static STYLE_FLAGS: &F = field!(F::new("rsvp.style.flags", Uint8, "Flags").base(Base::Hex));
    pub static STYLE_STYLE: &F = field!(
        F::new("rsvp.style.style", Uint24, "Style")
            .base(Base::Hex)
            .vals(STYLE_STYLE_VALS)
    );
    pub static STYLE_DATA: &F = field!(F::new("rsvp.style.data", Bytes, "Data"));
    pub static CONFIRM_RECEIVER_ADDRESS_IPV4: &F = field!(F::new(
        "rsvp.confirm.receiver_address_ipv4",
        Ipv4,
        "Receiver address"
    ));
    pub static CONFIRM_RECEIVER_ADDRESS_IPV6: &F = field!(F::new(
        "rsvp.confirm.receiver_address_ipv6",
        Ipv6,
        "Receiver address"
    ));
    pub static CONFIRM_DATA: &F = field!(F::new("rsvp.confirm.data", Bytes, "Data"));
    pub static SENDER_IP: &F = field!(F::new("rsvp.sender.ip", Ipv4, "Sender IPv4 address"));
    pub static SENDER_PORT: &F = field!(F::new("rsvp.sender.port", Uint16, "Sender port number"));
    pub static SENDER_LSP_ID: &F = field!(F::new("rsvp.sender.lsp_id", Uint16, "LSP ID"));
    pub static SENDER_SHORT_CALL_ID: &F =
        field!(F::new("rsvp.sender.short_call_id", Uint16, "Short Call ID"));
    pub static TEMPLATE_FILTER_SOURCE_ADDRESS_IPV6: &F = field!(F::new(
        "rsvp.template_filter.source_address_ipv6",
        Ipv6,
        "Source address"
    ));
    pub static TEMPLATE_FILTER_SOURCE_PORT: &F = field!(F::new(
        "rsvp.template_filter.source_port",
        Uint16,
        "Source port"
    ));
    pub static TEMPLATE_FILTER_DATA: &F =
        field!(F::new("rsvp.template_filter.data", Bytes, "Data"));
    pub static TSPEC_MESSAGE_FORMAT_VERSION: &F = field!(
        F::new(
            "rsvp.tspec.message_format_version",
            Uint8,
            "Message format version"
        )
        .mask(0xf0)
    );
    pub static DATA_LENGTH: &F = field!(F::new("rsvp.data_length", Uint16, "Data length"));
    pub static TSPEC_SERVICE_HEADER: &F = field!(
        F::new("rsvp.tspec.service_header", Uint8, "Service header")
            .vals(TSPEC_SERVICE_HEADER_VALS)
    );
    pub static PARAMETER: &F =
        field!(F::new("rsvp.parameter", Uint8, "Parameter").vals(PARAMETER_VALS));
    pub static PARAMETER_FLAGS: &F =
        field!(F::new("rsvp.parameter_flags", Uint8, "Parameter flags").base(Base::Hex));
    pub static PARAMETER_LENGTH: &F =
        field!(F::new("rsvp.parameter_length", Uint16, "Parameter length"));
    pub static TSPEC_TOKEN_BUCKET_RATE: &F = field!(F::new(
        "rsvp.tspec.token_bucket_rate",
        Float,
        "Token bucket rate"
    ));
    pub static TSPEC_TOKEN_BUCKET_SIZE: &F = field!(F::new(
        "rsvp.tspec.token_bucket_size",
        Float,
        "Token bucket size"
    ));
    pub static TSPEC_PEAK_DATA_RATE: &F =
        field!(F::new("rsvp.tspec.peak_data_rate", Float, "Peak data rate"));
    pub static MINIMUM_POLICED_UNIT: &F = field!(F::new(
        "rsvp.minimum_policed_unit",
        Uint32,
        "Minimum policed unit [m]"
    ));
    pub static MAXIMUM_PACKET_SIZE: &F = field!(F::new(
        "rsvp.maximum_packet_size",
        Uint32,
        "Maximum packet size [M]"
    ));
    pub static PARAMETER_UNKNOWN: &F =
        field!(F::new("rsvp.parameter.unknown", None, "Unknown parameter"));
    pub static TSPEC_DATA: &F = field!(F::new("rsvp.tspec.data", Bytes, "Data"));
    pub static LABEL_REQUEST_L3PID: &F = field!(
        F::new("rsvp.label_request.l3pid", Uint16, "L3PID")
            .base(Base::Hex)
            .vals(LABEL_REQUEST_L3PID_VALS)
    );
    pub static LABEL_REQUEST_LSP_ENCODING_TYPE: &F = field!(
        F::new(
            "rsvp.label_request.lsp_encoding_type",
            Uint8,
            "LSP Encoding Type"
        )
        .names(Names::Ranges(LABEL_REQUEST_LSP_ENCODING_TYPE_RANGES))
    );
    pub static LABEL_REQUEST_SWITCHING_TYPE: &F = field!(
        F::new("rsvp.label_request.switching_type", Uint8, "Switching Type")
            .names(Names::Ranges(LABEL_REQUEST_SWITCHING_TYPE_RANGES))
    );
    pub static LABEL_REQUEST_G_PID: &F = field!(
        F::new("rsvp.label_request.g_pid", Uint16, "G-PID")
            .base(Base::Hex)
            .names(Names::Ranges(LABEL_REQUEST_G_PID_RANGES))
    );
    pub static LABEL_REQUEST_DATA: &F = field!(F::new("rsvp.label_request.data", Bytes, "Data"));
    pub static LABEL_LABEL: &F = field!(F::new("rsvp.label.label", Uint32, "Label"));
    pub static LABEL_DATA: &F = field!(F::new("rsvp.label.data", Bytes, "Data"));
    pub static SESSION_ATTRIBUTE_EXCLUDE_ANY: &F =
        field!(F::new("rsvp.session_attribute.exclude_any", Uint32, "Exclude-Any").base(Base::Hex));
    pub static SESSION_ATTRIBUTE_INCLUDE_ANY: &F =
        field!(F::new("rsvp.session_attribute.include_any", Uint32, "Include-Any").base(Base::Hex));
    pub static SESSION_ATTRIBUTE_INCLUDE_ALL: &F =
        field!(F::new("rsvp.session_attribute.include_all", Uint32, "Include-All").base(Base::Hex));
    pub static SESSION_ATTRIBUTE_SETUP_PRIORITY: &F = field!(F::new(
        "rsvp.session_attribute.setup_priority",
        Uint8,
        "Setup priority"
    ));
    pub static SESSION_ATTRIBUTE_HOLD_PRIORITY: &F = field!(F::new(
        "rsvp.session_attribute.hold_priority",
        Uint8,
        "Hold priority"
    ));
    pub static SESSION_ATTRIBUTE_FLAGS: &F =
        field!(F::new("rsvp.session_attribute.flags", Uint8, "Flags").base(Base::Hex));
    pub static SA_FLAGS_LOCAL: &F = field!(
        F::new("rsvp.sa.flags.local", Boolean, "Local protection")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Desired", "Not Desired")
    );
    pub static SA_FLAGS_LABEL: &F = field!(
        F::new("rsvp.sa.flags.label", Boolean, "Label recording")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Desired", "Not Desired")
    );
    pub static SA_FLAGS_SE_STYLE: &F = field!(
        F::new("rsvp.sa.flags.se_style", Boolean, "SE style")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Desired", "Not Desired")
    );
    pub static SA_FLAGS_BANDWIDTH: &F = field!(
        F::new("rsvp.sa.flags.bandwidth", Boolean, "Bandwidth protection")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Desired", "Not Desired")
    );
    pub static SA_FLAGS_NODE: &F = field!(
        F::new("rsvp.sa.flags.node", Boolean, "Node protection")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Desired", "Not Desired")
    );
    pub static SESSION_ATTRIBUTE_NAME_LENGTH: &F = field!(F::new(
        "rsvp.session_attribute.name_length",
        Uint8,
        "Name length"
    ));
    pub static SESSION_ATTRIBUTE_NAME: &F =
        field!(F::new("rsvp.session_attribute.name", String, "Name"));
    pub static SESSION_ATTRIBUTE_DATA: &F =
        field!(F::new("rsvp.session_attribute.data", Bytes, "Data"));
    pub static LOOSE_HOP: &F = field!(
        F::new("rsvp.loose_hop", Boolean, "Hop")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Loose Hop", "Strict Hop")
    );
    pub static TYPE: &F = field!(F::new("rsvp.type", Uint16, "Type"));
    pub static ERO_RRO_SUBOBJECTS_LENGTH: &F =
        field!(F::new("rsvp.ero_rro_subobjects.length", Uint8, "Length"));
    pub static ERO_RRO_SUBOBJECTS_IPV4_HOP: &F =
        field!(F::new("rsvp.ero_rro_subobjects.ipv4_hop", Ipv4, "IPv4 hop"));
    pub static ERO_RRO_SUBOBJECTS_PREFIX_LENGTH: &F = field!(F::new(
        "rsvp.ero_rro_subobjects.prefix_length",
        Uint8,
        "Prefix length"
    ));
    pub static ERO_RRO_SUBOBJECTS_LABEL: &F =
        field!(F::new("rsvp.ero_rro_subobjects.label", Uint32, "Label"));
    pub static EXPLICIT_ROUTE_DATA: &F = field!(F::new("rsvp.explicit_route.data", Bytes, "Data"));
    pub static RECORD_ROUTE_DATA: &F = field!(F::new("rsvp.record_route.data", Bytes, "Data"));
    pub static MESSAGE_ID_FLAGS: &F = field!(F::new("rsvp.message_id.flags", Uint8, "Flags"));
    pub static MESSAGE_ID_EPOCH: &F = field!(F::new("rsvp.message_id.epoch", Uint24, "Epoch"));
    pub static MESSAGE_ID_MESSAGE_ID: &F =
        field!(F::new("rsvp.message_id.message_id", Uint32, "Message-ID"));
    pub static MESSAGE_ID_DATA: &F = field!(F::new("rsvp.message_id.data", Bytes, "Data"));
    pub static MESSAGE_ID_ACK_FLAGS: &F =
        field!(F::new("rsvp.message_id_ack.flags", Uint8, "Flags"));
    pub static MESSAGE_ID_ACK_EPOCH: &F =
        field!(F::new("rsvp.message_id_ack.epoch", Uint24, "Epoch"));
    pub static MESSAGE_ID_ACK_MESSAGE_ID: &F = field!(F::new(
        "rsvp.message_id_ack.message_id",
        Uint32,
        "Message-ID"
    ));
    pub static MESSAGE_ID_ACK_DATA: &F = field!(F::new("rsvp.message_id_ack.data", Bytes, "Data"));
    pub static MESSAGE_ID_LIST_FLAGS: &F =
        field!(F::new("rsvp.message_id_list.flags", Uint8, "Flags"));
    pub static MESSAGE_ID_LIST_EPOCH: &F =
        field!(F::new("rsvp.message_id_list.epoch", Uint24, "Epoch"));
    pub static MESSAGE_ID_LIST_MESSAGE_ID: &F = field!(F::new(
        "rsvp.message_id_list.message_id",
        Uint32,
        "Message-ID"
    ));
    pub static MESSAGE_ID_LIST_DATA: &F =
        field!(F::new("rsvp.message_id_list.data", Bytes, "Data"));
    pub static HELLO_SOURCE_INSTANCE: &F =
        field!(F::new("rsvp.hello.source_instance", Uint32, "Source Instance").base(Base::Hex));
    pub static HELLO_DESTINATION_INSTANCE: &F = field!(
        F::new(
            "rsvp.hello.destination_instance",
            Uint32,
            "Destination Instance"
        )
        .base(Base::Hex)
    );
    pub static RESTART_CAP_RESTART_TIME: &F = field!(F::new(
        "rsvp.restart_cap.restart_time",
        Uint32,
        "Restart Time"
    ));
    pub static RESTART_CAP_RECOVERY_TIME: &F = field!(F::new(
        "rsvp.restart_cap.recovery_time",
        Uint32,
        "Recovery Time"
    ));
    pub static RESTART_CAP_DATA: &F = field!(F::new("rsvp.restart_cap.data", Bytes, "Data"));
    pub static FAST_REROUTE_SETUP_PRIORITY: &F = field!(F::new(
        "rsvp.fast_reroute.setup_priority",
        Uint8,
        "Setup Priority"
    ));
    pub static FAST_REROUTE_HOLD_PRIORITY: &F = field!(F::new(
        "rsvp.fast_reroute.hold_priority",
        Uint8,
        "Hold Priority"
    ));
    pub static FAST_REROUTE_HOP_LIMIT: &F =
        field!(F::new("rsvp.fast_reroute.hop_limit", Uint8, "Hop Limit"));
    pub static FAST_REROUTE_FLAGS: &F =
        field!(F::new("rsvp.fast_reroute.flags", Uint8, "Flags").base(Base::Hex));
    pub static FRR_FLAGS_ONE2ONE_BACKUP: &F = field!(
        F::new(
            "rsvp.frr.flags.one2one_backup",
            Boolean,
            "One-to-One Backup"
        )
        .base(Base::Bits(8))
        .mask(0x1)
        .tfs("Desired", "Not Desired")
    );
    pub static FRR_FLAGS_FACILITY_BACKUP: &F = field!(
        F::new("rsvp.frr.flags.facility_backup", Boolean, "Facility Backup")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Desired", "Not Desired")
    );
    pub static FAST_REROUTE_BANDWIDTH: &F =
        field!(F::new("rsvp.fast_reroute.bandwidth", Float, "Bandwidth"));
    pub static FAST_REROUTE_INCLUDE_ANY: &F =
        field!(F::new("rsvp.fast_reroute.include_any", Uint32, "Include-Any").base(Base::Hex));
    pub static FAST_REROUTE_EXCLUDE_ANY: &F =
        field!(F::new("rsvp.fast_reroute.exclude_any", Uint32, "Exclude-Any").base(Base::Hex));
    pub static FAST_REROUTE_INCLUDE_ALL: &F =
        field!(F::new("rsvp.fast_reroute.include_all", Uint32, "Include-All").base(Base::Hex));
    pub static FAST_REROUTE_DATA: &F = field!(F::new("rsvp.fast_reroute.data", Bytes, "Data"));
    pub static DETOUR_PLR_ID: &F = field!(F::new("rsvp.detour.plr_id", Ipv4, "PLR ID"));
    pub static DETOUR_AVOID_NODE_ID: &F =
        field!(F::new("rsvp.detour.avoid_node_id", Ipv4, "Avoid Node ID"));
    pub static DETOUR_DATA: &F = field!(F::new("rsvp.detour.data", Bytes, "Data"));
    pub static CLASS: &F = field!(F::new("rsvp.class", Uint16, "Class"));
    pub static CLASS_LENGTH: &F = field!(F::new("rsvp.class_length", Uint16, "Length"));
    pub static GUNI_SRCTNA_IPV4: &F = field!(F::new("rsvp.guni.srctna.ipv4", Ipv4, "Source TNA"));
    pub static GUNI_DSTTNA_IPV4: &F =
        field!(F::new("rsvp.guni.dsttna.ipv4", Ipv4, "Destination TNA"));
    pub static GUNI_SRCTNA_IPV6: &F = field!(F::new("rsvp.guni.srctna.ipv6", Ipv6, "Source TNA"));
    pub static GUNI_DSTTNA_IPV6: &F =
        field!(F::new("rsvp.guni.dsttna.ipv6", Ipv6, "Destination TNA"));
    pub static GEN_UNI_DATA: &F = field!(F::new("rsvp.gen_uni.data", Bytes, "Data"));
    pub static OBJ_PRIVATE_ENTERPRISE: &F = field!(
        F::new("rsvp.obj_private.enterprise", Uint32, "Enterprise Code")
            .base(Base::Custom)
            .blurb("IANA Network Management Private Enterprise Code")
    );
    pub static PRIVATE_DATA: &F = field!(F::new("rsvp.private.data", Bytes, "Data"));
    pub static UNKNOWN_DATA: &F = field!(F::new("rsvp.unknown.data", Bytes, "Data"));

    pub static FLOWSPEC_MESSAGE_FORMAT_VERSION: &F = field!(
        F::new(
            "rsvp.flowspec.message_format_version",
            Uint8,
            "Message format version"
        )
        .mask(0xf0)
    );
    pub static FLOWSPEC_SERVICE_HEADER: &F = field!(
        F::new("rsvp.flowspec.service_header", Uint8, "Service header")
            .vals(FLOWSPEC_SERVICE_HEADER_VALS)
    );
    pub static FLOWSPEC_TOKEN_BUCKET_RATE: &F = field!(F::new(
        "rsvp.flowspec.token_bucket_rate",
        Float,
        "Token bucket rate"
    ));
    pub static FLOWSPEC_TOKEN_BUCKET_SIZE: &F = field!(F::new(
        "rsvp.flowspec.token_bucket_size",
        Float,
        "Token bucket size"
    ));
    pub static FLOWSPEC_PEAK_DATA_RATE: &F = field!(F::new(
        "rsvp.flowspec.peak_data_rate",
        Float,
        "Peak data rate"
    ));
    pub static ERO_RRO_SUBOBJECTS_FLAGS: &F =
        field!(F::new("rsvp.ero_rro_subobjects.flags", Uint8, "Flags").base(Base::Hex));
    pub static RRO_FLAGS_LOCAL_AVAIL: &F = field!(
        F::new("rsvp.rro.flags.local_avail", Boolean, "Local Protection")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Available", "Not available")
    );
    pub static RRO_FLAGS_LOCAL_IN_USE: &F = field!(
        F::new("rsvp.rro.flags.local_in_use", Boolean, "Local Protection")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Used", "Not used")
    );
    pub static RRO_FLAGS_BANDWIDTH: &F = field!(
        F::new("rsvp.rro.flags.bandwidth", Boolean, "Bandwidth Protection")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Available", "Not available")
    );
    pub static RRO_FLAGS_NODE: &F = field!(
        F::new("rsvp.rro.flags.node", Boolean, "Node Protection")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Available", "Not available")
    );
    pub static RRO_FLAGS_NODE_ADDRESS: &F = field!(
        F::new(
            "rsvp.rro.flags.node_address",
            Boolean,
            "Address Specifies a Node-id Address"
        )
        .base(Base::Bits(8))
        .mask(0x20)
        .tfs("Yes", "No")
    );
    pub static RRO_FLAGS_GLOBAL_LABEL: &F = field!(
        F::new("rsvp.rro.flags.global_label", Boolean, "Global label")
            .base(Base::Bits(8))
            .mask(0x1)
    );
    pub static CTYPE_ADSPEC: &F = field!(F::new("rsvp.ctype.adspec", Uint32, "C-Type"));
    pub static ADSPEC_MESSAGE_FORMAT_VERSION: &F = field!(
        F::new(
            "rsvp.adspec.message_format_version",
            Uint8,
            "Message format version"
        )
        .mask(0xf0)
    );
    pub static ADSPEC_SERVICE_HEADER: &F = field!(
        F::new("rsvp.adspec.service_header", Uint8, "Service header")
            .vals(ADSPEC_SERVICE_HEADER_VALS)
    );
    pub static ADSPEC_BREAK_BIT: &F = field!(
        F::new("rsvp.adspec.break_bit", Boolean, "Break bit")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static ADSPEC_TYPE: &F =
        field!(F::new("rsvp.adspec.type", Uint8, "Adspec Type").vals(ADSPEC_TYPE_VALS));
    pub static ADSPEC_LEN: &F = field!(F::new("rsvp.adspec.len", Uint16, "Length"));
    pub static ADSPEC_UINT: &F = field!(F::new("rsvp.adspec.uint", Uint32, "Adspec uint"));
    pub static ADSPEC_FLOAT: &F = field!(F::new("rsvp.adspec.float", Float, "Adspec float"));
    pub static ADSPEC_TYPE_UNKNOWN: &F =
        field!(F::new("rsvp.adspec.type.unknown", None, "Unknown type"));
    pub static SESSION_TYPE_UNKNOWN: &F = field!(F::new(
        "rsvp.session_type.unknown",
        None,
        "Unknown session type"
    ));
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.rsvp.info", String, "Info")
            .blurb("The Info column's text for this message")
    );

    pub static ALL: &[&F] = &[
        VERSION,
        FLAGS,
        MSG,
        PATH,
        RESV,
        PERR,
        RERR,
        PTEAR,
        RTEAR,
        RESVCONF,
        RTEARCONF,
        BUNDLE,
        ACK,
        SREFRESH,
        HELLO,
        NOTIFY,
        MESSAGE_CHECKSUM,
        SENDING_TTL,
        MESSAGE_LENGTH,
        SESSION,
        HOP,
        HELLO_OBJ,
        INTEGRITY,
        TIME,
        ERROR,
        SCOPE,
        STYLE,
        FLOWSPEC,
        FILTER,
        SENDER,
        TSPEC,
        ADSPEC,
        POLICY,
        CONFIRM,
        LABEL,
        RECOVERY_LABEL,
        UPSTREAM_LABEL,
        SUGGESTED_LABEL,
        LABEL_SET,
        ACCEPTABLE_LABEL_SET,
        PROTECTION,
        DIFFSERV,
        DSTE,
        RESTART,
        LINK,
        LABEL_REQUEST,
        SESSION_ATTRIBUTE,
        EXPLICIT_ROUTE,
        RECORD_ROUTE,
        MSGID,
        MSGID_ACK,
        MSGID_LIST,
        DCLASS,
        LSP_TUNNEL_IF_ID,
        ADMIN_STATUS,
        LSP_ATTRIBUTES,
        ASSOCIATION,
        CALL_ATTRIBUTES,
        NOTIFY_REQUEST,
        GENERALIZED_UNI,
        CALL_ID,
        OBJ_3GPP2,
        OBJ_PRIVATE,
        OBJ_UNKNOWN,
        JUNIPER,
        LENGTH,
        OBJECT,
        CTYPE,
        CTYPE_SESSION,
        CTYPE_HOP,
        CTYPE_TIME_VALUES,
        CTYPE_ERROR,
        CTYPE_SCOPE,
        CTYPE_STYLE,
        CTYPE_CONFIRM,
        CTYPE_TEMPLATE,
        CTYPE_TSPEC,
        CTYPE_FLOWSPEC,
        CTYPE_LABEL_REQUEST,
        CTYPE_LABEL,
        CTYPE_ATTRIBUTE,
        CTYPE_EXPLICIT_ROUTE,
        CTYPE_RECORD_ROUTE,
        CTYPE_MESSAGE_ID,
        CTYPE_MESSAGE_ID_ACK,
        CTYPE_MESSAGE_ID_LIST,
        CTYPE_HELLO,
        CTYPE_RESTART_CAP,
        CTYPE_FAST_REROUTE,
        CTYPE_DETOUR,
        CTYPE_VENDOR,
        CTYPE_UNKNOWN,
        CTYPE_GENERALIZED_UNI,
        INVALID_LENGTH,
        SESSION_IP,
        SESSION_SHORT_CALL_ID,
        SESSION_PORT,
        SESSION_PROTO,
        SESSION_TUNNEL_ID,
        SESSION_EXT_TUNNEL_ID,
        EXTENDED_TUNNEL_ID,
        SESSION_FLAGS,
        SESSION_DESTINATION_ADDRESS,
        SESSION_PROTOCOL,
        SESSION_DESTINATION_PORT,
        SESSION_DATA,
        HOP_NEIGHBOR_ADDRESS_IPV4,
        HOP_LOGICAL_INTERFACE,
        NEIGHBOR_ADDRESS_IPV6,
        HOP_DATA,
        REFRESH_INTERVAL,
        TIME_VALUES_DATA,
        ERROR_ERROR_NODE_IPV4,
        ERROR_ERROR_NODE_IPV6,
        ERROR_FLAGS,
        ERROR_FLAGS_PATH_STATE_REMOVED,
        ERROR_FLAGS_NOT_GUILTY,
        ERROR_FLAGS_IN_PLACE,
        ERROR_ERROR_CODE,
        ERROR_VALUE,
        ERROR_DATA,
        SCOPE_IPV4_ADDRESS,
        SCOPE_IPV6_ADDRESS,
        SCOPE_DATA,
        STYLE_FLAGS,
        STYLE_STYLE,
        STYLE_DATA,
        CONFIRM_RECEIVER_ADDRESS_IPV4,
        CONFIRM_RECEIVER_ADDRESS_IPV6,
        CONFIRM_DATA,
        SENDER_IP,
        SENDER_PORT,
        SENDER_LSP_ID,
        SENDER_SHORT_CALL_ID,
        TEMPLATE_FILTER_SOURCE_ADDRESS_IPV6,
        TEMPLATE_FILTER_SOURCE_PORT,
        TEMPLATE_FILTER_DATA,
        TSPEC_MESSAGE_FORMAT_VERSION,
        DATA_LENGTH,
        TSPEC_SERVICE_HEADER,
        PARAMETER,
        PARAMETER_FLAGS,
        PARAMETER_LENGTH,
        TSPEC_TOKEN_BUCKET_RATE,
        TSPEC_TOKEN_BUCKET_SIZE,
        TSPEC_PEAK_DATA_RATE,
        MINIMUM_POLICED_UNIT,
        MAXIMUM_PACKET_SIZE,
        PARAMETER_UNKNOWN,
        TSPEC_DATA,
        LABEL_REQUEST_L3PID,
        LABEL_REQUEST_LSP_ENCODING_TYPE,
        LABEL_REQUEST_SWITCHING_TYPE,
        LABEL_REQUEST_G_PID,
        LABEL_REQUEST_DATA,
        LABEL_LABEL,
        LABEL_DATA,
        SESSION_ATTRIBUTE_EXCLUDE_ANY,
        SESSION_ATTRIBUTE_INCLUDE_ANY,
        SESSION_ATTRIBUTE_INCLUDE_ALL,
        SESSION_ATTRIBUTE_SETUP_PRIORITY,
        SESSION_ATTRIBUTE_HOLD_PRIORITY,
        SESSION_ATTRIBUTE_FLAGS,
        SA_FLAGS_LOCAL,
        SA_FLAGS_LABEL,
        SA_FLAGS_SE_STYLE,
        SA_FLAGS_BANDWIDTH,
        SA_FLAGS_NODE,
        SESSION_ATTRIBUTE_NAME_LENGTH,
        SESSION_ATTRIBUTE_NAME,
        SESSION_ATTRIBUTE_DATA,
        LOOSE_HOP,
        TYPE,
        ERO_RRO_SUBOBJECTS_LENGTH,
        ERO_RRO_SUBOBJECTS_IPV4_HOP,
        ERO_RRO_SUBOBJECTS_PREFIX_LENGTH,
        ERO_RRO_SUBOBJECTS_LABEL,
        EXPLICIT_ROUTE_DATA,
        RECORD_ROUTE_DATA,
        MESSAGE_ID_FLAGS,
        MESSAGE_ID_EPOCH,
        MESSAGE_ID_MESSAGE_ID,
        MESSAGE_ID_DATA,
        MESSAGE_ID_ACK_FLAGS,
        MESSAGE_ID_ACK_EPOCH,
        MESSAGE_ID_ACK_MESSAGE_ID,
        MESSAGE_ID_ACK_DATA,
        MESSAGE_ID_LIST_FLAGS,
        MESSAGE_ID_LIST_EPOCH,
        MESSAGE_ID_LIST_MESSAGE_ID,
        MESSAGE_ID_LIST_DATA,
        HELLO_SOURCE_INSTANCE,
        HELLO_DESTINATION_INSTANCE,
        RESTART_CAP_RESTART_TIME,
        RESTART_CAP_RECOVERY_TIME,
        RESTART_CAP_DATA,
        FAST_REROUTE_SETUP_PRIORITY,
        FAST_REROUTE_HOLD_PRIORITY,
        FAST_REROUTE_HOP_LIMIT,
        FAST_REROUTE_FLAGS,
        FRR_FLAGS_ONE2ONE_BACKUP,
        FRR_FLAGS_FACILITY_BACKUP,
        FAST_REROUTE_BANDWIDTH,
        FAST_REROUTE_INCLUDE_ANY,
        FAST_REROUTE_EXCLUDE_ANY,
        FAST_REROUTE_INCLUDE_ALL,
        FAST_REROUTE_DATA,
        DETOUR_PLR_ID,
        DETOUR_AVOID_NODE_ID,
        DETOUR_DATA,
        CLASS,
        CLASS_LENGTH,
        GUNI_SRCTNA_IPV4,
        GUNI_DSTTNA_IPV4,
        GUNI_SRCTNA_IPV6,
        GUNI_DSTTNA_IPV6,
        GEN_UNI_DATA,
        OBJ_PRIVATE_ENTERPRISE,
        PRIVATE_DATA,
        UNKNOWN_DATA,
        FLOWSPEC_MESSAGE_FORMAT_VERSION,
        FLOWSPEC_SERVICE_HEADER,
        FLOWSPEC_TOKEN_BUCKET_RATE,
        FLOWSPEC_TOKEN_BUCKET_SIZE,
        FLOWSPEC_PEAK_DATA_RATE,
        ERO_RRO_SUBOBJECTS_FLAGS,
        RRO_FLAGS_LOCAL_AVAIL,
        RRO_FLAGS_LOCAL_IN_USE,
        RRO_FLAGS_BANDWIDTH,
        RRO_FLAGS_NODE,
        RRO_FLAGS_NODE_ADDRESS,
        RRO_FLAGS_GLOBAL_LABEL,
        CTYPE_ADSPEC,
        ADSPEC_MESSAGE_FORMAT_VERSION,
        ADSPEC_SERVICE_HEADER,
        ADSPEC_BREAK_BIT,
        ADSPEC_TYPE,
        ADSPEC_LEN,
        ADSPEC_UINT,
        ADSPEC_FLOAT,
        ADSPEC_TYPE_UNKNOWN,
        SESSION_TYPE_UNKNOWN,
        OSIDUMP_INFO,
    ];

    const MSG_VALS: &[(u64, &str)] = &[
        (1, "PATH Message. "),
        (2, "RESV Message. "),
        (3, "PATH ERROR Message. "),
        (4, "RESV ERROR Message. "),
        (5, "PATH TEAR Message. "),
        (6, "RESV TEAR Message. "),
        (7, "CONFIRM Message. "),
        (10, "RESV TEAR CONFIRM Message. "),
        (12, "BUNDLE Message. "),
        (13, "ACK Message. "),
        (15, "SREFRESH Message. "),
        (20, "HELLO Message. "),
        (21, "NOTIFY Message. "),
    ];

    const OBJECT_VALS: &[(u64, &str)] = &[
        (0, "NULL object"),
        (1, "SESSION object"),
        (3, "HOP object"),
        (4, "INTEGRITY object"),
        (5, "TIME VALUES object"),
        (6, "ERROR object"),
        (7, "SCOPE object"),
        (8, "STYLE object"),
        (9, "FLOWSPEC object"),
        (10, "FILTER SPEC object"),
        (11, "SENDER TEMPLATE object"),
        (12, "SENDER TSPEC object"),
        (13, "ADSPEC object"),
        (14, "POLICY object"),
        (15, "CONFIRM object"),
        (16, "LABEL object"),
        (17, "HOP_COUNT object"),
        (18, "STRICT_SOURCE_ROUTE object"),
        (19, "LABEL REQUEST object"),
        (20, "EXPLICIT ROUTE object"),
        (21, "RECORD ROUTE object"),
        (22, "HELLO object"),
        (23, "MESSAGE-ID object"),
        (24, "MESSAGE-ID ACK/NACK object"),
        (25, "MESSAGE-ID LIST object"),
        (34, "RECOVERY-LABEL object"),
        (35, "UPSTREAM-LABEL object"),
        (36, "LABEL-SET object"),
        (37, "PROTECTION object"),
        (50, "S2L_SUB_LSP object"),
        (63, "DETOUR object"),
        (65, "DIFFSERV object"),
        (66, "CLASSTYPE object"),
        (67, "LSP REQUIRED ATTRIBUTES object"),
        (124, "VENDOR PRIVATE object (0bbbbbbb: reject if unknown)"),
        (125, "VENDOR PRIVATE object (0bbbbbbb: reject if unknown)"),
        (126, "VENDOR PRIVATE object (0bbbbbbb: reject if unknown)"),
        (127, "VENDOR PRIVATE object (0bbbbbbb: reject if unknown)"),
        (129, "SUGGESTED-LABEL object"),
        (130, "ACCEPTABLE-LABEL-SET object"),
        (131, "RESTART-CAPABILITY object"),
        (133, "LINK-CAPABILITY object"),
        (188, "VENDOR PRIVATE object (10bbbbbb: ignore if unknown)"),
        (189, "VENDOR PRIVATE object (10bbbbbb: ignore if unknown)"),
        (190, "VENDOR PRIVATE object (10bbbbbb: ignore if unknown)"),
        (191, "VENDOR PRIVATE object (10bbbbbb: ignore if unknown)"),
        (193, "LSP-TUNNEL INTERFACE-ID object"),
        (195, "NOTIFY-REQUEST object"),
        (196, "ADMIN-STATUS object"),
        (197, "LSP ATTRIBUTES object"),
        (199, "ASSOCIATION object"),
        (202, "CALL ATTRIBUTES object"),
        (204, "Juniper properties object"),
        (205, "FAST-REROUTE object"),
        (207, "SESSION ATTRIBUTE object"),
        (225, "DCLASS object"),
        (229, "GENERALIZED-UNI object"),
        (230, "CALL-ID object"),
        (231, "3GPP2 object"),
        (232, "EXCLUDE ROUTE object"),
        (252, "VENDOR PRIVATE object (11bbbbbb: forward if unknown)"),
        (253, "VENDOR PRIVATE object (11bbbbbb: forward if unknown)"),
        (254, "VENDOR PRIVATE object (11bbbbbb: forward if unknown)"),
        (255, "VENDOR PRIVATE object (11bbbbbb: forward if unknown)"),
    ];

    const CTYPE_SESSION_VALS: &[(u64, &str)] = &[
        (1, "IPv4"),
        (7, "IPv4-LSP"),
        (8, "IPv6-LSP"),
        (9, "IPv4-Aggregate"),
        (11, "IPv4-UNI"),
        (13, "IPv4-P2MP LSP TUNNEL"),
        (14, "IPv6-P2MP LSP TUNNEL"),
        (15, "IPv4-E-NNI"),
    ];

    const CTYPE_HOP_VALS: &[(u64, &str)] = &[
        (1, "IPv4"),
        (2, "IPv6"),
        (3, "IPv4  IF-ID"),
        (4, "IPv6  IF-ID"),
    ];

    const CTYPE_TIME_VALUES_VALS: &[(u64, &str)] = &[(1, "Time Values")];

    const CTYPE_SCOPE_VALS: &[(u64, &str)] = &[(1, "IPv4"), (2, "IPv6")];

    const CTYPE_STYLE_VALS: &[(u64, &str)] = &[(1, "Style")];

    const CTYPE_TEMPLATE_VALS: &[(u64, &str)] = &[
        (1, "IPv4"),
        (2, "IPv6"),
        (7, "IPv4 LSP"),
        (8, "IPv6 LSP"),
        (9, "IPv4 Aggregate"),
        (12, "P2MP_LSP_TUNNEL_IPv4"),
        (13, "P2MP_LSP_TUNNEL_IPv6"),
    ];

    const CTYPE_TSPEC_VALS: &[(u64, &str)] = &[
        (2, "Integrated Services"),
        (4, "SONET/SDH"),
        (5, "G.709"),
        (6, "Ethernet"),
    ];

    const CTYPE_LABEL_REQUEST_VALS: &[(u64, &str)] = &[
        (2, "Label Request with ATM label Range"),
        (3, "Label Request with Frame-Relay label Range"),
        (4, "Generalized Label Request"),
        (5, "Generalized Channel_set Label Request"),
    ];

    const CTYPE_LABEL_VALS: &[(u64, &str)] = &[
        (1, "Packet Label"),
        (2, "Generalized Label"),
        (4, "Generalized Channel_set"),
    ];

    const CTYPE_ATTRIBUTE_VALS: &[(u64, &str)] =
        &[(1, "IPv4 LSP"), (7, "IPv4 LSP Resource Affinities")];

    const SESSION_PROTO_VALS: &[(u64, &str)] = &[
        (1, "ICMP"),
        (2, "IGMP"),
        (6, "TCP"),
        (17, "UDP"),
        (89, "OSPF"),
    ];

    const ERROR_ERROR_CODE_VALS: &[(u64, &str)] = &[
        (0, "Confirmation"),
        (1, "Admission Control Failure "),
        (2, "Policy Control Failure"),
        (3, "No PATH information for this RESV message"),
        (4, "No sender information for this RESV message"),
        (5, "Conflicting reservation styles"),
        (6, "Unknown reservation style"),
        (7, "Conflicting destination ports"),
        (8, "Conflicting source ports"),
        (12, "Service preempted"),
        (13, "Unknown object class"),
        (14, "Unknown object C-type"),
        (20, "Reserved for API"),
        (21, "Traffic Control Error"),
        (22, "Traffic Control System Error"),
        (23, "RSVP System Error"),
        (24, "Routing Error"),
        (25, "RSVP Notify Error"),
        (26, "New aggregate needed"),
        (27, "RSVP Diff-Serv Error"),
        (28, "RSVP DiffServ-aware TE Error"),
        (29, "Unknown attributes TLV"),
        (30, "Unknown attributes bit"),
        (31, "Alarms"),
        (32, "Call management"),
        (33, "User error spec"),
        (34, "Reroute"),
        (35, "Handover Procedure Failure"),
        (36, "Unrecoverable Receiver Proxy Error"),
        (37, "RSVP over MPLS Problem"),
        (38, "LSP Hierarchy Issue"),
        (39, "VCAT Call Management"),
    ];

    const STYLE_STYLE_VALS: &[(u64, &str)] = &[
        (0xa, "Fixed Filter"),
        (0x11, "Wildcard Filter"),
        (0x12, "Shared-Explicit"),
    ];

    const TSPEC_SERVICE_HEADER_VALS: &[(u64, &str)] = &[
        (1, "Traffic specification"),
        (2, "Guaranteed rate QoS"),
        (5, "Controlled-load QoS"),
        (6, "Null-Service QoS"),
        (128, "Qualitative QoS"),
    ];

    const PARAMETER_VALS: &[(u64, &str)] = &[
        (126, "Compression Hint"),
        (127, "Token bucket"),
        (128, "Null Service"),
        (130, "Guaranteed-rate RSpec"),
    ];

    const LABEL_REQUEST_L3PID_VALS: &[(u64, &str)] = &[
        (0x600, "XNS Internet Datagram Protocol"),
        (0x800, "IPv4"),
        (0x805, "X.25 Layer 3"),
        (0x806, "ARP"),
        (0x842, "Wake on LAN"),
        (0x8f0, "WiMax Mac-to-Mac"),
        (0x8ff, "AX.25"),
        (0xbad, "Vines IP"),
        (0xbaf, "Vines Echo"),
        (0x1984, "Netmon Train"),
        (0x2001, "Cisco Group Management Protocol"),
        (0x22e5, "Gigamon Header"),
        (0x22ea, "802.1Qat Multiple Stream Reservation Protocol"),
        (0x22f0, "IEEE 1722 Audio Video Transport Protocol"),
        (0x22f1, "Robust Header Compression(RoHC)"),
        (0x22f3, "Transparent Interconnection of Lots of Links"),
        (0x22f4, "Intermediate System to Intermediate System"),
        (0x2452, "IEEE 802.11 (Centrino promiscuous)"),
        (0x3c07, "3Com NBP Datagram"),
        (0x3e3f, "EPL_V1"),
        (0x6000, "DEC proto"),
        (0x6001, "DEC DNA Dump/Load"),
        (0x6002, "DEC DNA Remote Console"),
        (0x6003, "DEC DNA Routing"),
        (0x6004, "DEC LAT"),
        (0x6005, "DEC Diagnostics"),
        (0x6006, "DEC Customer use"),
        (0x6007, "DEC LAVC/SCA"),
        (0x6558, "Transparent Ethernet bridging"),
        (0x8021, "PPP IP Control Protocol"),
        (0x8035, "RARP"),
        (0x8038, "DEC LanBridge"),
        (0x8041, "DEC LAST"),
        (0x809b, "AppleTalk LLAP bridging"),
        (0x80d5, "SNA-over-Ethernet"),
        (0x80e1, "EtherNet/IP Device Level Ring"),
        (0x80f3, "AARP"),
        (0x80fd, "PPP Compression Control Protocol"),
        (0x80ff, "Wellfleet Compression Protocol"),
        (0x8100, "802.1Q Virtual LAN"),
        (0x8102, "Simple Loop Protection Protocol"),
        (0x8103, "Virtual LACP"),
        (0x8104, "Simple Loop Protection Protocol (old)"),
        (0x8133, "Juniper Netscreen Redundant Protocol"),
        (0x8137, "Netware IPX/SPX"),
        (0x8181, "Spanning Tree Protocol"),
        (0x81fd, "Cabletron Interswitch Message Protocol"),
        (0x81ff, "Cabletron SFVLAN 1.8 Tag-Based Flood"),
        (0x8204, "QNX 6 QNET protocol"),
        (0x86dd, "IPv6"),
        (0x872d, "Cisco Wireless Lan Context Control Protocol"),
        (0x8783, "Motorola Media Independent Network Transport"),
        (0x8808, "MAC Control"),
        (0x8809, "Slow Protocols"),
        (0x8819, "Cirrus Cobranet Packet"),
        (0x8847, "MPLS label switched packet"),
        (0x8848, "MPLS multicast label switched packet"),
        (0x885a, "Foundry proprietary"),
        (0x8863, "PPPoE Discovery"),
        (0x8864, "PPPoE Session"),
        (0x886c, "HomePNA, wlan link local tunnel"),
        (0x886d, "Intel ANS probe"),
        (0x886f, "MS NLB heartbeat"),
        (0x8870, "Jumbo LLC"),
        (0x8874, "Broadcom tag"),
        (0x887b, "Homeplug"),
        (0x8881, "CDMA2000 A10 Unstructured byte stream"),
        (0x8884, "ATM over Ethernet"),
        (0x888e, "802.1X Authentication"),
        (0x8892, "PROFINET"),
        (0x8899, "Realtek Layer 2 Protocols"),
        (0x889b, "CSM_ENCAPS Protocol"),
        (0x88a1, "Telkonet powerline"),
        (0x88a2, "ATA over Ethernet"),
        (0x88a4, "EtherCAT frame"),
        (0x88a8, "802.1ad Provider Bridge (Q-in-Q)"),
        (0x88ab, "ETHERNET Powerlink v2"),
        (0x88ad, "XiMeta Technology"),
        (0x88b4, "WAI Authentication Protocol"),
        (0x88b5, "Local Experimental Ethertype 1"),
        (0x88b6, "Local Experimental Ethertype 2"),
        (0x88b7, "IEEE 802a OUI Extended Ethertype"),
        (0x88b8, "IEC 61850/GOOSE"),
        (0x88b9, "IEC 61850/GSE management services"),
        (0x88ba, "IEC 61850/SV (Sampled Value Transmission"),
        (0x88c7, "802.11i Pre-Authentication"),
        (0x88ca, "Transparent Inter Process Communication"),
        (0x88cc, "802.1 Link Layer Discovery Protocol (LLDP)"),
        (0x88d2, "CDMA2000 A10 3GPP2 Packet"),
        (0x88d8, "Circuit Emulation Services over Ethernet (MEF8)"),
        (0x88d9, "Link Layer Topology Discovery (LLTD)"),
        (0x88dc, "(WAVE) Short Message Protocol (WSM)"),
        (0x88de, "VMware Lab Manager"),
        (0x88e1, "Homeplug AV"),
        (0x88e3, "MRP"),
        (0x88e5, "802.1AE (MACsec)"),
        (0x88e7, "802.1ah Provider Backbone Bridge (mac-in-mac)"),
        (0x88ee, "Ethernet Local Management Interface (MEF16)"),
        (0x88f6, "802.1ak Multiple Mac Registration Protocol"),
        (0x88f7, "PTPv2 over Ethernet (IEEE1588)"),
        (0x88f8, "Network Controller Sideband Interface"),
        (
            0x88fb,
            "Parallel Redundancy Protocol (PRP) and HSR Supervision (IEC62439 Part 3)",
        ),
        (0x8901, "Flow Layer Internal Protocol"),
        (
            0x8902,
            "IEEE 802.1ag Connectivity Fault Management (CFM) protocol",
        ),
        (0x8903, "Data Center Ethernet (DCE) protocol(Cisco)"),
        (0x8906, "Fibre Channel over Ethernet"),
        (0x8909, "CiscoMetaData"),
        (0x890d, "IEEE 802.11 data encapsulation"),
        (0x8911, "LINX IPC Protocol"),
        (0x8914, "FCoE Initialization Protocol"),
        (0x8915, "RDMA over Converged Ethernet"),
        (0x8917, "Media Independent Handover Protocol"),
        (0x891d, "TTEthernet Protocol Control Frame"),
        (0x8926, "VN-Tag"),
        (0x892b, "Schweitzer Engineering Labs Layer 2 Protocol"),
        (0x892d, "bluecom Protocol"),
        (
            0x892f,
            "High-availability Seamless Redundancy (IEC62439 Part 3)",
        ),
        (
            0x893a,
            "1905.1a Convergent Digital Home Network for Heterogenous Technologies",
        ),
        (0x893f, "802.1br Bridge Port Extension E-Tag"),
        (0x8947, "GeoNetworking"),
        (0x894f, "Network Service Header"),
        (0x8988, "PA HB Backup"),
        (0x9000, "Loopback"),
        (0x9021, "Real-Time Media Access Control"),
        (0x9022, "Real-Time Configuration Protocol"),
        (0x9100, "QinQ: old non-standard 802.1ad"),
        (0x9104, "EERO Broadcast Packet"),
        (
            0x99fe,
            "Technically Enhanced Capture Module Protocol (TECMP)",
        ),
        (0xa0ed, "6LoWPAN"),
        (0xaefe, "eCPRI"),
        (0xb4e3, "CableLabs Layer-3 Protocol"),
        (0xc021, "PPP Link Control Protocol"),
        (0xc023, "PPP Password Authentication Protocol"),
        (0xc0de, "eXpressive Internet Protocol"),
        (0xc0df, "Neighborhood Watch Protocol"),
        (
            0xcafe,
            "Veritas Low Latency Transport (not officially registered)",
        ),
        (0xd00d, "Digium TDM over Ethernet Protocol"),
        (0xd28b, "Arista Timestamp"),
        (0xe555, "EXos internal Extra Header"),
        (
            0xf1c1,
            "802.1CB Frame Replication and Elimination for Reliability",
        ),
        (0xfff2, "Cisco ACI ARP gleaning"),
    ];

    const LABEL_REQUEST_LSP_ENCODING_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x1, 0x1, "Packet"),
        (0x2, 0x2, "Ethernet"),
        (0x3, 0x3, "ANSI/ETSI PDH"),
        (0x4, 0x4, "Reserved"),
        (0x5, 0x5, "SDH ITU-T G.707 / SONET ANSI T1.105"),
        (0x6, 0x6, "Reserved"),
        (0x7, 0x7, "Digital Wrapper"),
        (0x8, 0x8, "Lambda (photonic)"),
        (0x9, 0x9, "Fiber"),
        (0xa, 0xa, "Reserved"),
        (0xb, 0xb, "FiberChannel"),
        (0xc, 0xc, "G.709 ODUk (Digital Path)"),
        (0xd, 0xd, "G.709 Optical Channel"),
        (0xe, 0xe, "Ethernet Line (EPL Type 2)"),
        (0xf, 0xef, "Unassigned"),
        (0xf0, 0xff, "Experimental Usage/temporarily"),
    ];

    const LABEL_REQUEST_SWITCHING_TYPE_RANGES: &[(u64, u64, &str)] = &[
        (0x1, 0x1, "Packet-Switch Capable-1 (PSC-1)"),
        (0x2, 0x2, "Packet-Switch Capable-2 (PSC-2)"),
        (0x3, 0x3, "Packet-Switch Capable-3 (PSC-3)"),
        (0x4, 0x4, "Packet-Switch Capable-4 (PSC-4)"),
        (0x5, 0x1d, "Unassigned"),
        (0x1e, 0x1e, "Ethernet Virtual Private Line (EVPL)"),
        (0x1f, 0x27, "Unassigned"),
        (0x28, 0x28, "802.1 PBB-TE"),
        (0x29, 0x32, "Unassigned"),
        (0x33, 0x33, "Layer-2 Switch Capable (L2SC)"),
        (0x34, 0x63, "Unassigned"),
        (0x64, 0x64, "Time-Division-Multiplex Capable (TDM)"),
        (0x65, 0x7c, "Unassigned"),
        (0x7d, 0x7d, "Data Channel Switching Capable (DCSC)"),
        (0x7e, 0x95, "Unassigned"),
        (0x96, 0x96, "Lambda-Switch Capable (LSC)"),
        (0x97, 0x97, "WSON-LSC"),
        (0x98, 0x98, "Flexi-Grid-LSC"),
        (0x99, 0xa9, "Unassigned"),
        (0xc8, 0xc8, "Fiber-Switch Capable (FSC)"),
        (0xc9, 0xff, "Unassigned"),
    ];

    const LABEL_REQUEST_G_PID_RANGES: &[(u64, u64, &str)] = &[
        (0x0, 0x0, "Unknown"),
        (0x1, 0x4, "Reserved"),
        (0x5, 0x5, "Asynchronous mapping of E4"),
        (0x6, 0x6, "Asynchronous mapping of DS3/T3"),
        (0x7, 0x7, "Asynchronous mapping of E3"),
        (0x8, 0x8, "Bit synchronous mapping of E3"),
        (0x9, 0x9, "Byte synchronous mapping of E3"),
        (0xa, 0xa, "Asynchronous mapping of DS2/T2"),
        (0xb, 0xb, "Bit synchronous mapping of DS2/T2"),
        (0xc, 0xc, "Reserved"),
        (0xd, 0xd, "Asynchronous mapping of E1"),
        (0xe, 0xe, "Byte synchronous mapping of E1"),
        (0xf, 0xf, "Byte synchronous mapping of 31 * DS0"),
        (0x10, 0x10, "Asynchronous mapping of DS1/T1"),
        (0x11, 0x11, "Bit synchronous mapping of DS1/T1"),
        (0x12, 0x12, "Byte synchronous mapping of DS1/T1"),
        (0x13, 0x13, "VC-11 in VC-12"),
        (0x14, 0x15, "Reserved"),
        (0x16, 0x16, "DS1 SF Asynchronous"),
        (0x17, 0x17, "DS1 ESF Asynchronous"),
        (0x18, 0x18, "DS3 M23 Asynchronous"),
        (0x19, 0x19, "DS3 C-Bit Parity Asynchronous"),
        (0x1a, 0x1a, "VT/LOVC"),
        (0x1b, 0x1b, "STS SPE/HOVC"),
        (0x1c, 0x1c, "POS - No Scrambling, 16 bit CRC"),
        (0x1d, 0x1d, "POS - No Scrambling, 32 bit CRC"),
        (0x1e, 0x1e, "POS - Scrambling, 16 bit CRC"),
        (0x1f, 0x1f, "POS - Scrambling, 32 bit CRC"),
        (0x20, 0x20, "ATM mapping"),
        (0x21, 0x21, "Ethernet PHY"),
        (0x22, 0x22, "SONET/SDH"),
        (0x23, 0x23, "Reserved (SONET deprecated)"),
        (0x24, 0x24, "Digital Wrapper"),
        (0x25, 0x25, "Lambda"),
        (0x26, 0x26, "ANSI/ETSI PDH"),
        (0x27, 0x27, "Reserved"),
        (
            0x28,
            0x28,
            "Link Access Protocol SDH (LAPS - X.85 and X.86)",
        ),
        (0x29, 0x29, "FDDI"),
        (0x2a, 0x2a, "DQDB (ETSI ETS 300 216)"),
        (0x2b, 0x2b, "FiberChannel-3 (Services)"),
        (0x2c, 0x2c, "HDLC"),
        (0x2d, 0x2d, "Ethernet V2/DIX (only)"),
        (0x2e, 0x2e, "Ethernet 802.3 (only)"),
        (0x2f, 0x2f, "G.709 ODUj"),
        (0x30, 0x30, "G.709 OTUk(v)"),
        (0x31, 0x31, "CBR/CBRa"),
        (0x32, 0x32, "CBRb"),
        (0x33, 0x33, "BSOT"),
        (0x34, 0x34, "BSNT"),
        (0x35, 0x35, "IP/PPP (GFP)"),
        (0x36, 0x36, "Ethernet MAC (framed GFP)"),
        (0x37, 0x37, "Ethernet PHY (transparent GFP"),
        (0x38, 0x38, "ESCON"),
        (0x39, 0x39, "FICON"),
        (0x3a, 0x3a, "Fiber Channel"),
        (0x3b, 0x7bff, "Unassigned"),
        (0x7c00, 0x7fff, "Experimental Usage/temporarily"),
        (0x8000, 0xffff, "Reserved"),
    ];

    const FLOWSPEC_SERVICE_HEADER_VALS: &[(u64, &str)] = &[
        (1, "Default General Parameters"),
        (2, "Guaranteed Rate"),
        (5, "Controlled Load"),
        (6, "Null Service"),
        (128, "Null Service"),
    ];

    const ADSPEC_SERVICE_HEADER_VALS: &[(u64, &str)] = &[
        (1, "Default General Parameters"),
        (2, "Guaranteed Rate"),
        (5, "Controlled Load"),
        (6, "Null Service"),
        (128, "Null Service"),
    ];

    const ADSPEC_TYPE_VALS: &[(u64, &str)] = &[
        (4, "IS Hop Count"),
        (6, "Path b/w estimate"),
        (8, "Minimum path latency"),
        (10, "Composed MTU"),
        (133, "End-to-end composed value for C"),
        (134, "End-to-end composed value for D"),
        (135, "Since-last-reshaping point composed C"),
        (136, "Since-last-reshaping point composed D"),
    ];
}
