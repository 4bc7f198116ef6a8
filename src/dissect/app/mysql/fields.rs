pub mod mysql {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static PACKET_LENGTH: &F = field!(F::new("mysql.packet_length", Uint24, "Packet Length"));
    pub static PACKET_NUMBER: &F = field!(
        F::new("mysql.packet_number", Uint8, "Packet Number")
            .blurb("Packet Number (now called: Sequence ID)")
    );
    pub static REQUEST: &F = field!(F::new("mysql.request", None, "Request Command"));
    pub static COMMAND: &F = field!(F::new("mysql.command", Uint8, "Command").vals(COMMAND_VALS));
    pub static RESPONSE_CODE: &F = field!(
        F::new("mysql.response_code", Uint8, "Response Code")
            .base(Base::Hex)
            .vals(RESPONSE_CODE_VALS)
    );
    pub static ERROR_CODE: &F = field!(F::new("mysql.error_code", Uint16, "Error Code"));
    pub static ERROR_MESSAGE: &F = field!(
        F::new("mysql.error.message", String, "Error message")
            .blurb("Error string in case of MySQL error message")
    );
    pub static SQLSTATE: &F = field!(F::new("mysql.sqlstate", String, "SQL state"));
    pub static MESSAGE: &F = field!(F::new("mysql.message", StringZ, "Message"));
    pub static SERVER_GREETING: &F =
        field!(F::new("mysql.server_greeting", None, "Server Greeting"));
    pub static PROTOCOL: &F =
        field!(F::new("mysql.protocol", Uint8, "Protocol").blurb("Protocol Version"));
    pub static VERSION: &F =
        field!(F::new("mysql.version", StringZ, "Version").blurb("MySQL Version"));
    pub static SESSION_TRACK: &F = field!(F::new("mysql.session_track", None, "Session Track"));
    pub static SESSION_TRACK_TYPE: &F = field!(
        F::new("mysql.session_track.type", Uint8, "Session tracking type")
            .vals(SESSION_TRACK_TYPE_VALS)
    );
    pub static SESSION_TRACK_LENGTH: &F = field!(F::new(
        "mysql.session_track.length",
        Uint64,
        "Session tracking length"
    ));
    pub static SESSION_TRACK_DATA: &F = field!(F::new(
        "mysql.session_track.data",
        None,
        "Session tracking data"
    ));
    pub static SESSION_TRACK_DATA_LENGTH: &F = field!(F::new(
        "mysql.session_track.data.length",
        Uint64,
        "Session tracking data length"
    ));
    pub static SESSION_TRACK_SYSVAR_LENGTH: &F = field!(F::new(
        "mysql.session_track.sysvar.length",
        Uint64,
        "System variable change Length"
    ));
    pub static SESSION_TRACK_SYSVAR_NAME: &F = field!(F::new(
        "mysql.session_track.sysvar.name",
        StringZ,
        "System variable change Name"
    ));
    pub static SESSION_TRACK_SYSVAR_VALUE: &F = field!(F::new(
        "mysql.session_track.sysvar.value",
        StringZ,
        "System variable change Value"
    ));
    pub static SESSION_TRACK_SCHEMA_LENGTH: &F = field!(F::new(
        "mysql.session_track.schema.length",
        Uint64,
        "Schema change length"
    ));
    pub static SESSION_TRACK_SCHEMA: &F = field!(F::new(
        "mysql.session_track.schema",
        StringZ,
        "Schema change"
    ));
    pub static SESSION_TRACK_STATE_CHANGE: &F = field!(F::new(
        "mysql.session_track.state_change",
        StringZ,
        "State change"
    ));
    pub static SESSION_TRACK_GTIDS_ENCODING: &F = field!(F::new(
        "mysql.session_track.gtids.encoding",
        Uint8,
        "GTIDs encoding"
    ));
    pub static SESSION_TRACK_GTIDS_LENGTH: &F = field!(F::new(
        "mysql.session_track.gtids.length",
        Uint64,
        "GTIDs length"
    ));
    pub static SESSION_TRACK_GTIDS: &F =
        field!(F::new("mysql.session_track.gtids", StringZ, "GTIDs"));
    pub static SESSION_TRACK_TRANSACTION_CHARACTERISTICS_LENGTH: &F = field!(F::new(
        "mysql.session_track.transaction_characteristics.length",
        Uint64,
        "Transaction characteristics length"
    ));
    pub static SESSION_TRACK_TRANSACTION_CHARACTERISTICS: &F = field!(F::new(
        "mysql.session_track.transaction_characteristics",
        StringZ,
        "Transaction characteristics"
    ));
    pub static SESSION_TRACK_TRANSACTION_STATE_LENGTH: &F = field!(F::new(
        "mysql.session_track.transaction_state.length",
        Uint64,
        "Transaction state length"
    ));
    pub static SESSION_TRACK_TRANSACTION_STATE: &F = field!(F::new(
        "mysql.session_track.transaction_state",
        StringZ,
        "Transaction state"
    ));
    pub static CAPS_SERVER: &F = field!(
        F::new("mysql.caps.server", Uint16, "Server Capabilities")
            .base(Base::Hex)
            .blurb("MySQL Capabilities")
    );
    pub static CAPS_CLIENT: &F = field!(
        F::new("mysql.caps.client", Uint16, "Client Capabilities")
            .base(Base::Hex)
            .blurb("MySQL Capabilities")
    );
    pub static CAPS_LP: &F = field!(
        F::new("mysql.caps.lp", Boolean, "Long Password")
            .base(Base::Bits(16))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static CAPS_FR: &F = field!(
        F::new("mysql.caps.fr", Boolean, "Found Rows")
            .base(Base::Bits(16))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static CAPS_LF: &F = field!(
        F::new("mysql.caps.lf", Boolean, "Long Column Flags")
            .base(Base::Bits(16))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static CAPS_CD: &F = field!(
        F::new("mysql.caps.cd", Boolean, "Connect With Database")
            .base(Base::Bits(16))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static CAPS_NS: &F = field!(
        F::new(
            "mysql.caps.ns",
            Boolean,
            "Don't Allow database.table.column"
        )
        .base(Base::Bits(16))
        .mask(0x10)
        .tfs("Set", "Not set")
    );
    pub static CAPS_CP: &F = field!(
        F::new("mysql.caps.cp", Boolean, "Can use compression protocol")
            .base(Base::Bits(16))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static CAPS_OB: &F = field!(
        F::new("mysql.caps.ob", Boolean, "ODBC Client")
            .base(Base::Bits(16))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static CAPS_LI: &F = field!(
        F::new("mysql.caps.li", Boolean, "Can Use LOAD DATA LOCAL")
            .base(Base::Bits(16))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static CAPS_IS: &F = field!(
        F::new("mysql.caps.is", Boolean, "Ignore Spaces before '('")
            .base(Base::Bits(16))
            .mask(0x100)
            .tfs("Set", "Not set")
    );
    pub static CAPS_CU: &F = field!(
        F::new("mysql.caps.cu", Boolean, "Speaks 4.1 protocol (new flag)")
            .base(Base::Bits(16))
            .mask(0x200)
            .tfs("Set", "Not set")
    );
    pub static CAPS_IA: &F = field!(
        F::new("mysql.caps.ia", Boolean, "Interactive Client")
            .base(Base::Bits(16))
            .mask(0x400)
            .tfs("Set", "Not set")
    );
    pub static CAPS_SL: &F = field!(
        F::new("mysql.caps.sl", Boolean, "Switch to SSL after handshake")
            .base(Base::Bits(16))
            .mask(0x800)
            .tfs("Set", "Not set")
    );
    pub static CAPS_II: &F = field!(
        F::new("mysql.caps.ii", Boolean, "Ignore sigpipes")
            .base(Base::Bits(16))
            .mask(0x1000)
            .tfs("Set", "Not set")
    );
    pub static CAPS_TA: &F = field!(
        F::new("mysql.caps.ta", Boolean, "Knows about transactions")
            .base(Base::Bits(16))
            .mask(0x2000)
            .tfs("Set", "Not set")
    );
    pub static CAPS_RS: &F = field!(
        F::new("mysql.caps.rs", Boolean, "Speaks 4.1 protocol (old flag)")
            .base(Base::Bits(16))
            .mask(0x4000)
            .tfs("Set", "Not set")
    );
    pub static CAPS_SC: &F = field!(
        F::new("mysql.caps.sc", Boolean, "Can do 4.1 authentication")
            .base(Base::Bits(16))
            .mask(0x8000)
            .tfs("Set", "Not set")
    );
    pub static EXTCAPS_SERVER: &F = field!(
        F::new(
            "mysql.extcaps.server",
            Uint16,
            "Extended Server Capabilities"
        )
        .base(Base::Hex)
        .blurb("MySQL Extended Capabilities")
    );
    pub static EXTCAPS_CLIENT: &F = field!(
        F::new(
            "mysql.extcaps.client",
            Uint16,
            "Extended Client Capabilities"
        )
        .base(Base::Hex)
        .blurb("MySQL Extended Capabilities")
    );
    pub static CAPS_MS: &F = field!(
        F::new("mysql.caps.ms", Boolean, "Multiple statements")
            .base(Base::Bits(16))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static CAPS_MR: &F = field!(
        F::new("mysql.caps.mr", Boolean, "Multiple results")
            .base(Base::Bits(16))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static CAPS_PM: &F = field!(
        F::new("mysql.caps.pm", Boolean, "PS Multiple results")
            .base(Base::Bits(16))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static CAPS_PA: &F = field!(
        F::new("mysql.caps.pa", Boolean, "Plugin Auth")
            .base(Base::Bits(16))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static CAPS_CA: &F = field!(
        F::new("mysql.caps.ca", Boolean, "Connect attrs")
            .base(Base::Bits(16))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static CAPS_EP: &F = field!(
        F::new(
            "mysql.caps.ep",
            Boolean,
            "Client can handle expired passwords"
        )
        .base(Base::Bits(16))
        .mask(0x40)
        .tfs("Set", "Not set")
    );
    pub static CAPS_SESSION_TRACK: &F = field!(
        F::new(
            "mysql.caps.session_track",
            Boolean,
            "Session variable tracking"
        )
        .base(Base::Bits(16))
        .mask(0x80)
        .tfs("Set", "Not set")
    );
    pub static CAPS_DEPRECATE_EOF: &F = field!(
        F::new("mysql.caps.deprecate_eof", Boolean, "Deprecate EOF")
            .base(Base::Bits(16))
            .mask(0x100)
            .tfs("Set", "Not set")
    );
    pub static CAPS_OPTIONAL_METADATA: &F = field!(
        F::new(
            "mysql.caps.optional_metadata",
            Boolean,
            "Client can hanle optional resultset metadata"
        )
        .base(Base::Bits(16))
        .mask(0x200)
        .tfs("Set", "Not set")
    );
    pub static CAPS_COMPRESS_ZSD: &F = field!(
        F::new(
            "mysql.caps.compress_zsd",
            Boolean,
            "ZSTD Compression Algorithm"
        )
        .base(Base::Bits(16))
        .mask(0x400)
        .tfs("Set", "Not set")
    );
    pub static CAPS_QUERY_ATTRS: &F = field!(
        F::new("mysql.caps.query_attrs", Boolean, "Query Attributes")
            .base(Base::Bits(16))
            .mask(0x800)
            .tfs("Set", "Not set")
    );
    pub static CAPS_MF_AUTH: &F = field!(
        F::new("mysql.caps.mf_auth", Boolean, "Multifactor Authentication")
            .base(Base::Bits(16))
            .mask(0x1000)
            .tfs("Set", "Not set")
    );
    pub static CAPS_CAP_EXT: &F = field!(
        F::new("mysql.caps.cap_ext", Boolean, "Capability Extension")
            .base(Base::Bits(16))
            .mask(0x2000)
            .tfs("Set", "Not set")
    );
    pub static CAPS_UNUSED: &F = field!(
        F::new("mysql.caps.unused", Uint16, "Unused")
            .base(Base::Hex)
            .mask(0xc000)
    );
    pub static LOGIN_REQUEST: &F = field!(F::new("mysql.login_request", None, "Login Request"));
    pub static MAX_PACKET: &F =
        field!(F::new("mysql.max_packet", Uint32, "MAX Packet").blurb("MySQL Max packet"));
    pub static CHARSET: &F = field!(
        F::new("mysql.charset", Uint8, "Charset")
            .vals(CHARSET_VALS)
            .blurb("MySQL Charset")
    );
    pub static TABLE_NAME: &F = field!(F::new("mysql.table_name", StringZ, "Table Name"));
    pub static USER: &F = field!(F::new("mysql.user", StringZ, "Username").blurb("Login Username"));
    pub static SCHEMA: &F = field!(F::new("mysql.schema", String, "Schema").blurb("Login Schema"));
    pub static CLIENT_AUTH_PLUGIN: &F = field!(F::new(
        "mysql.client_auth_plugin",
        String,
        "Client Auth Plugin"
    ));
    pub static CONNATTRS: &F = field!(F::new("mysql.connattrs", None, "Connection Attributes"));
    pub static CONNATTRS_LENGTH: &F = field!(F::new(
        "mysql.connattrs.length",
        Uint64,
        "Connection Attributes length"
    ));
    pub static CONNATTRS_ATTR: &F =
        field!(F::new("mysql.connattrs.attr", None, "Connection Attribute"));
    pub static CONNATTRS_NAME_LENGTH: &F = field!(F::new(
        "mysql.connattrs.name.length",
        Uint64,
        "Connection Attribute Name Length"
    ));
    pub static CONNATTRS_NAME: &F = field!(F::new(
        "mysql.connattrs.name",
        StringZ,
        "Connection Attribute Name"
    ));
    pub static CONNATTRS_VALUE_LENGTH: &F = field!(F::new(
        "mysql.connattrs.value.length",
        Uint64,
        "Connection Attribute Value Length"
    ));
    pub static CONNATTRS_VALUE: &F = field!(F::new(
        "mysql.connattrs.value",
        StringZ,
        "Connection Attribute Value"
    ));
    pub static SALT: &F = field!(F::new("mysql.salt", StringZ, "Salt"));
    pub static SALT2: &F = field!(F::new("mysql.salt2", StringZ, "Salt"));
    pub static AUTH_PLUGIN_LENGTH: &F = field!(F::new(
        "mysql.auth_plugin.length",
        Uint8,
        "Authentication Plugin Length"
    ));
    pub static AUTH_PLUGIN: &F = field!(F::new(
        "mysql.auth_plugin",
        StringZ,
        "Authentication Plugin"
    ));
    pub static THREAD_ID: &F =
        field!(F::new("mysql.thread_id", Uint32, "Thread ID").blurb("MySQL Thread ID"));
    pub static SERVER_LANGUAGE: &F = field!(
        F::new("mysql.server_language", Uint8, "Server Language")
            .vals(CHARSET_VALS)
            .blurb("MySQL Charset")
    );
    pub static SERVER_STATUS: &F = field!(
        F::new("mysql.server_status", Uint16, "Server Status")
            .base(Base::Hex)
            .blurb("MySQL Status")
    );
    pub static STAT_IT: &F = field!(
        F::new("mysql.stat.it", Boolean, "In transaction")
            .base(Base::Bits(16))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static STAT_AC: &F = field!(
        F::new("mysql.stat.ac", Boolean, "AUTO_COMMIT")
            .base(Base::Bits(16))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static STAT_MR: &F = field!(
        F::new("mysql.stat.mr", Boolean, "More results")
            .base(Base::Bits(16))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static STAT_MU: &F = field!(
        F::new("mysql.stat.mu", Boolean, "Multi query / Unused")
            .base(Base::Bits(16))
            .mask(0x4)
            .tfs("Set", "Not set")
            .blurb("Multi query / Unused with MySQL >= 5.6")
    );
    pub static STAT_BI: &F = field!(
        F::new("mysql.stat.bi", Boolean, "Bad index used")
            .base(Base::Bits(16))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static STAT_NI: &F = field!(
        F::new("mysql.stat.ni", Boolean, "No index used")
            .base(Base::Bits(16))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static STAT_CR: &F = field!(
        F::new("mysql.stat.cr", Boolean, "Cursor exists")
            .base(Base::Bits(16))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static STAT_LR: &F = field!(
        F::new("mysql.stat.lr", Boolean, "Last row sent")
            .base(Base::Bits(16))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static STAT_DR: &F = field!(
        F::new("mysql.stat.dr", Boolean, "Database dropped")
            .base(Base::Bits(16))
            .mask(0x100)
            .tfs("Set", "Not set")
    );
    pub static STAT_BS: &F = field!(
        F::new("mysql.stat.bs", Boolean, "No backslash escapes")
            .base(Base::Bits(16))
            .mask(0x200)
            .tfs("Set", "Not set")
    );
    pub static STAT_MC: &F = field!(
        F::new("mysql.stat.mc", Boolean, "Metadata changed")
            .base(Base::Bits(16))
            .mask(0x400)
            .tfs("Set", "Not set")
    );
    pub static STAT_SESSION_STATE_CHANGED: &F = field!(
        F::new(
            "mysql.stat.session_state_changed",
            Boolean,
            "Session state changed"
        )
        .base(Base::Bits(16))
        .mask(0x4000)
        .tfs("Set", "Not set")
    );
    pub static STAT_QUERY_WAS_SLOW: &F = field!(
        F::new("mysql.stat.query_was_slow", Boolean, "Query was slow")
            .base(Base::Bits(16))
            .mask(0x800)
            .tfs("Set", "Not set")
    );
    pub static STAT_PS_OUT_PARAMS: &F = field!(
        F::new("mysql.stat.ps_out_params", Boolean, "PS Out Params")
            .base(Base::Bits(16))
            .mask(0x1000)
            .tfs("Set", "Not set")
    );
    pub static STAT_TRANS_READONLY: &F = field!(
        F::new("mysql.stat.trans_readonly", Boolean, "In Trans Readonly")
            .base(Base::Bits(16))
            .mask(0x2000)
            .tfs("Set", "Not set")
    );
    pub static REFRESH: &F =
        field!(F::new("mysql.refresh", Uint8, "Refresh Option").base(Base::Hex));
    pub static RFSH_GRANTS: &F = field!(
        F::new("mysql.rfsh.grants", Boolean, "reload permissions")
            .base(Base::Bits(8))
            .mask(0x1)
            .tfs("Set", "Not set")
    );
    pub static RFSH_LOG: &F = field!(
        F::new("mysql.rfsh.log", Boolean, "flush logfiles")
            .base(Base::Bits(8))
            .mask(0x2)
            .tfs("Set", "Not set")
    );
    pub static RFSH_TABLES: &F = field!(
        F::new("mysql.rfsh.tables", Boolean, "flush tables")
            .base(Base::Bits(8))
            .mask(0x4)
            .tfs("Set", "Not set")
    );
    pub static RFSH_HOSTS: &F = field!(
        F::new("mysql.rfsh.hosts", Boolean, "flush hosts")
            .base(Base::Bits(8))
            .mask(0x8)
            .tfs("Set", "Not set")
    );
    pub static RFSH_STATUS: &F = field!(
        F::new("mysql.rfsh.status", Boolean, "reset statistics")
            .base(Base::Bits(8))
            .mask(0x10)
            .tfs("Set", "Not set")
    );
    pub static RFSH_THREADS: &F = field!(
        F::new("mysql.rfsh.threads", Boolean, "empty thread cache")
            .base(Base::Bits(8))
            .mask(0x20)
            .tfs("Set", "Not set")
    );
    pub static RFSH_SLAVE: &F = field!(
        F::new("mysql.rfsh.slave", Boolean, "flush slave status")
            .base(Base::Bits(8))
            .mask(0x40)
            .tfs("Set", "Not set")
    );
    pub static RFSH_MASTER: &F = field!(
        F::new("mysql.rfsh.master", Boolean, "flush master status")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("Set", "Not set")
    );
    pub static UNUSED: &F = field!(F::new("mysql.unused", Bytes, "Unused"));
    pub static PASSWD: &F = field!(F::new("mysql.passwd", Bytes, "Password"));
    pub static PAYLOAD: &F =
        field!(F::new("mysql.payload", Bytes, "Payload").blurb("Additional Payload"));
    pub static AFFECTED_ROWS: &F = field!(F::new("mysql.affected_rows", Uint64, "Affected Rows"));
    pub static INSERT_ID: &F = field!(F::new("mysql.insert_id", Uint64, "Last INSERT ID"));
    pub static WARNINGS: &F = field!(F::new("mysql.warnings", Uint16, "Warnings"));
    pub static STMT_ID: &F = field!(F::new("mysql.stmt_id", Uint32, "Statement ID"));
    pub static QUERY_ATTRS: &F = field!(F::new("mysql.query_attrs", None, "Query Attributes"));
    pub static QUERY_ATTRS_COUNT: &F = field!(F::new("mysql.query_attrs_count", Uint8, "Count"));
    pub static QUERY_ATTRS_SEND_TYPES_TO_SERVER: &F = field!(F::new(
        "mysql.query_attrs_send_types_to_server",
        Boolean,
        "Send types to server"
    ));
    pub static QUERY_ATTR_NAME_TYPE: &F =
        field!(F::new("mysql.query_attr_name_type", Uint16, "Attribute Name Type").base(Base::Hex));
    pub static QUERY_ATTR_NAME: &F =
        field!(F::new("mysql.query_attr_name", String, "Attribute Name"));
    pub static QUERY_ATTR_VALUE: &F =
        field!(F::new("mysql.query_attr_value", String, "Attribute Value"));
    pub static QUERY: &F = field!(F::new("mysql.query", String, "Statement"));
    pub static SHUTDOWN: &F =
        field!(F::new("mysql.shutdown", Uint8, "Shutdown Level").vals(SHUTDOWN_VALS));
    pub static OPTION: &F = field!(F::new("mysql.option", Uint16, "Option").vals(OPTION_VALS));
    pub static PARAM: &F = field!(F::new("mysql.param", Uint16, "Parameter"));
    pub static NUM_PARAMS: &F = field!(F::new("mysql.num_params", Uint16, "Number of parameter"));
    pub static NUM_ROWS: &F = field!(F::new("mysql.num_rows", Uint32, "Rows to fetch"));
    pub static NEW_PARAMETER_BOUND_FLAG: &F = field!(
        F::new(
            "mysql.new_parameter_bound_flag",
            Uint8,
            "New parameter bound flag"
        )
        .vals(NEW_PARAMETER_BOUND_FLAG_VALS)
    );
    pub static EOF: &F = field!(F::new("mysql.eof", Uint8, "EOF marker"));
    pub static NUM_FIELDS: &F = field!(F::new("mysql.num_fields", Uint64, "Number of fields"));
    pub static METADATA_FOLLOWS: &F =
        field!(F::new("mysql.metadata_follows", Uint8, "send metadata"));
    pub static EXTRA: &F = field!(F::new("mysql.extra", Uint64, "Extra data"));
    pub static FIELD_CATALOG: &F =
        field!(F::new("mysql.field.catalog", String, "Catalog").blurb("Field: catalog"));
    pub static FIELD_DB: &F =
        field!(F::new("mysql.field.db", String, "Database").blurb("Field: database"));
    pub static FIELD_TABLE: &F =
        field!(F::new("mysql.field.table", String, "Table").blurb("Field: table"));
    pub static FIELD_ORG_TABLE: &F = field!(
        F::new("mysql.field.org_table", String, "Original table").blurb("Field: original table")
    );
    pub static FIELD_NAME: &F =
        field!(F::new("mysql.field.name", String, "Name").blurb("Field: name"));
    pub static FIELD_ORG_NAME: &F = field!(
        F::new("mysql.field.org_name", String, "Original name").blurb("Field: original name")
    );
    pub static FIELD_CHARSETNR: &F = field!(
        F::new("mysql.field.charsetnr", Uint16, "Charset number")
            .vals(CHARSET_VALS)
            .blurb("Field: charset number")
    );
    pub static FIELD_LENGTH: &F =
        field!(F::new("mysql.field.length", Uint32, "Length").blurb("Field: length"));
    pub static FIELD_TYPE: &F = field!(
        F::new("mysql.field.type", Uint8, "Type")
            .vals(FIELD_TYPE_VALS)
            .blurb("Field: type")
    );
    pub static FIELD_FLAGS: &F = field!(
        F::new("mysql.field.flags", Uint16, "Flags")
            .base(Base::Hex)
            .blurb("Field: flags")
    );
    pub static FIELD_FLAGS_NOT_NULL: &F = field!(
        F::new("mysql.field.flags.not_null", Boolean, "Not null")
            .base(Base::Bits(16))
            .mask(0x1)
            .tfs("Set", "Not set")
            .blurb("Field: flag not null")
    );
    pub static FIELD_FLAGS_PRIMARY_KEY: &F = field!(
        F::new("mysql.field.flags.primary_key", Boolean, "Primary key")
            .base(Base::Bits(16))
            .mask(0x2)
            .tfs("Set", "Not set")
            .blurb("Field: flag primary key")
    );
    pub static FIELD_FLAGS_UNIQUE_KEY: &F = field!(
        F::new("mysql.field.flags.unique_key", Boolean, "Unique key")
            .base(Base::Bits(16))
            .mask(0x4)
            .tfs("Set", "Not set")
            .blurb("Field: flag unique key")
    );
    pub static FIELD_FLAGS_MULTIPLE_KEY: &F = field!(
        F::new("mysql.field.flags.multiple_key", Boolean, "Multiple key")
            .base(Base::Bits(16))
            .mask(0x8)
            .tfs("Set", "Not set")
            .blurb("Field: flag multiple key")
    );
    pub static FIELD_FLAGS_BLOB: &F = field!(
        F::new("mysql.field.flags.blob", Boolean, "Blob")
            .base(Base::Bits(16))
            .mask(0x10)
            .tfs("Set", "Not set")
            .blurb("Field: flag blob")
    );
    pub static FIELD_FLAGS_UNSIGNED: &F = field!(
        F::new("mysql.field.flags.unsigned", Boolean, "Unsigned")
            .base(Base::Bits(16))
            .mask(0x20)
            .tfs("Set", "Not set")
            .blurb("Field: flag unsigned")
    );
    pub static FIELD_FLAGS_ZERO_FILL: &F = field!(
        F::new("mysql.field.flags.zero_fill", Boolean, "Zero fill")
            .base(Base::Bits(16))
            .mask(0x40)
            .tfs("Set", "Not set")
            .blurb("Field: flag zero fill")
    );
    pub static ROW_NULLBUFFER: &F =
        field!(F::new("mysql.row.nullbuffer", Bytes, "Row null buffer"));
    pub static FIELD_FLAGS_ENUM: &F = field!(
        F::new("mysql.field.flags.enum", Boolean, "Enum")
            .base(Base::Bits(16))
            .mask(0x100)
            .tfs("Set", "Not set")
            .blurb("Field: flag enum")
    );
    pub static FIELD_FLAGS_AUTO_INCREMENT: &F = field!(
        F::new(
            "mysql.field.flags.auto_increment",
            Boolean,
            "Auto increment"
        )
        .base(Base::Bits(16))
        .mask(0x200)
        .tfs("Set", "Not set")
        .blurb("Field: flag auto increment")
    );
    pub static FIELD_FLAGS_TIMESTAMP: &F = field!(
        F::new("mysql.field.flags.timestamp", Boolean, "Timestamp")
            .base(Base::Bits(16))
            .mask(0x400)
            .tfs("Set", "Not set")
            .blurb("Field: flag timestamp")
    );
    pub static FIELD_FLAGS_SET: &F = field!(
        F::new("mysql.field.flags.set", Boolean, "Set")
            .base(Base::Bits(16))
            .mask(0x800)
            .tfs("Set", "Not set")
            .blurb("Field: flag set")
    );
    pub static FIELD_DECIMALS: &F =
        field!(F::new("mysql.field.decimals", Uint8, "Decimals").blurb("Field: decimals"));
    pub static FIELD_DEFAULT: &F =
        field!(F::new("mysql.field.default", String, "Default").blurb("Field: default"));
    pub static ROW_TEXT: &F =
        field!(F::new("mysql.row.text", String, "text").blurb("Field: row packet text"));
    pub static AUTH_SWITCH_REQUEST_STATUS: &F =
        field!(F::new("mysql.auth_switch_request.status", Uint8, "Status").base(Base::Hex));
    pub static AUTH_SWITCH_REQUEST_NAME: &F = field!(F::new(
        "mysql.auth_switch_request.name",
        String,
        "Auth Method Name"
    ));
    pub static AUTH_SWITCH_REQUEST_DATA: &F = field!(F::new(
        "mysql.auth_switch_request.data",
        Bytes,
        "Auth Method Data"
    ));
    pub static AUTH_SWITCH_RESPONSE_DATA: &F = field!(F::new(
        "mysql.auth_switch_response.data",
        Bytes,
        "Auth Method Data"
    ));
    pub static COMPRESSED_PACKET_LENGTH: &F = field!(F::new(
        "mysql.compressed_packet_length",
        Uint24,
        "Compressed Packet Length"
    ));
    pub static COMPRESSED_PACKET_NUMBER: &F = field!(F::new(
        "mysql.compressed_packet_number",
        Uint24,
        "Compressed Packet Number"
    ));
    pub static COMPRESSED_PACKET_LENGTH_UNCOMPRESSED: &F = field!(F::new(
        "mysql.compressed_packet_length_uncompressed",
        Uint24,
        "Uncompressed Packet Length"
    ));
    pub static DISSECTOR_INCOMPLETE: &F = field!(F::new(
        "mysql.dissector_incomplete",
        None,
        "FIXME - dissector is incomplete"
    ));
    pub static STREAMED_PARAM: &F = field!(F::new(
        "mysql.streamed_param",
        None,
        "This parameter was streamed, its value can be found in Send BLOB packets"
    ));
    pub static PREPARE_RESPONSE_NEEDED: &F = field!(F::new(
        "mysql.prepare_response_needed",
        None,
        "PREPARE Response packet is needed to dissect the payload"
    ));
    pub static COMMAND_INVALID: &F = field!(F::new(
        "mysql.command.invalid",
        None,
        "Unknown/invalid command code"
    ));
    pub static UNKNOWN_RESPONSE: &F = field!(F::new(
        "mysql.unknown_response",
        None,
        "unknown/invalid response"
    ));
    pub static INVALID_LENGTH: &F = field!(F::new("mysql.invalid_length", None, "Invalid length"));
    pub static UNCOMPRESS_FAILURE: &F = field!(F::new(
        "mysql.uncompress_failure",
        None,
        "Uncompression faled"
    ));

    /// Marks the first PDU of each call of tshark's dissector (each call is
    /// listed once in `frame.protocols`).
    pub static OSIDUMP_CALL: &F = field!(
        F::new("osidump.mysql.call", Boolean, "Call")
            .blurb("The first MySQL packet of a call of tshark's dissector")
    );
    /// What the packet does to the Info column, in order: `S` sets the
    /// text after the fence, `A` appends, `F` moves the fence to the end
    /// (each op a line: op letter then text).
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.mysql.info", String, "Info")
            .blurb("What this MySQL packet writes in the Info column")
    );

    pub static ALL: &[&F] = &[
        PACKET_LENGTH,
        PACKET_NUMBER,
        REQUEST,
        COMMAND,
        RESPONSE_CODE,
        ERROR_CODE,
        ERROR_MESSAGE,
        SQLSTATE,
        MESSAGE,
        SERVER_GREETING,
        PROTOCOL,
        VERSION,
        SESSION_TRACK,
        SESSION_TRACK_TYPE,
        SESSION_TRACK_LENGTH,
        SESSION_TRACK_DATA,
        SESSION_TRACK_DATA_LENGTH,
        SESSION_TRACK_SYSVAR_LENGTH,
        SESSION_TRACK_SYSVAR_NAME,
        SESSION_TRACK_SYSVAR_VALUE,
        SESSION_TRACK_SCHEMA_LENGTH,
        SESSION_TRACK_SCHEMA,
        SESSION_TRACK_STATE_CHANGE,
        SESSION_TRACK_GTIDS_ENCODING,
        SESSION_TRACK_GTIDS_LENGTH,
        SESSION_TRACK_GTIDS,
        SESSION_TRACK_TRANSACTION_CHARACTERISTICS_LENGTH,
        SESSION_TRACK_TRANSACTION_CHARACTERISTICS,
        SESSION_TRACK_TRANSACTION_STATE_LENGTH,
        SESSION_TRACK_TRANSACTION_STATE,
        CAPS_SERVER,
        CAPS_CLIENT,
        CAPS_LP,
        CAPS_FR,
        CAPS_LF,
        CAPS_CD,
        CAPS_NS,
        CAPS_CP,
        CAPS_OB,
        CAPS_LI,
        CAPS_IS,
        CAPS_CU,
        CAPS_IA,
        CAPS_SL,
        CAPS_II,
        CAPS_TA,
        CAPS_RS,
        CAPS_SC,
        EXTCAPS_SERVER,
        EXTCAPS_CLIENT,
        CAPS_MS,
        CAPS_MR,
        CAPS_PM,
        CAPS_PA,
        CAPS_CA,
        CAPS_EP,
        CAPS_SESSION_TRACK,
        CAPS_DEPRECATE_EOF,
        CAPS_OPTIONAL_METADATA,
        CAPS_COMPRESS_ZSD,
        CAPS_QUERY_ATTRS,
        CAPS_MF_AUTH,
        CAPS_CAP_EXT,
        CAPS_UNUSED,
        LOGIN_REQUEST,
        MAX_PACKET,
        CHARSET,
        TABLE_NAME,
        USER,
        SCHEMA,
        CLIENT_AUTH_PLUGIN,
        CONNATTRS,
        CONNATTRS_LENGTH,
        CONNATTRS_ATTR,
        CONNATTRS_NAME_LENGTH,
        CONNATTRS_NAME,
        CONNATTRS_VALUE_LENGTH,
        CONNATTRS_VALUE,
        SALT,
        SALT2,
        AUTH_PLUGIN_LENGTH,
        AUTH_PLUGIN,
        THREAD_ID,
        SERVER_LANGUAGE,
        SERVER_STATUS,
        STAT_IT,
        STAT_AC,
        STAT_MR,
        STAT_MU,
        STAT_BI,
        STAT_NI,
        STAT_CR,
        STAT_LR,
        STAT_DR,
        STAT_BS,
        STAT_MC,
        STAT_SESSION_STATE_CHANGED,
        STAT_QUERY_WAS_SLOW,
        STAT_PS_OUT_PARAMS,
        STAT_TRANS_READONLY,
        REFRESH,
        RFSH_GRANTS,
        RFSH_LOG,
        RFSH_TABLES,
        RFSH_HOSTS,
        RFSH_STATUS,
        RFSH_THREADS,
        RFSH_SLAVE,
        RFSH_MASTER,
        UNUSED,
        PASSWD,
        PAYLOAD,
        AFFECTED_ROWS,
        INSERT_ID,
        WARNINGS,
        STMT_ID,
        QUERY_ATTRS,
        QUERY_ATTRS_COUNT,
        QUERY_ATTRS_SEND_TYPES_TO_SERVER,
        QUERY_ATTR_NAME_TYPE,
        QUERY_ATTR_NAME,
        QUERY_ATTR_VALUE,
        QUERY,
        SHUTDOWN,
        OPTION,
        PARAM,
        NUM_PARAMS,
        NUM_ROWS,
        NEW_PARAMETER_BOUND_FLAG,
        EOF,
        NUM_FIELDS,
        METADATA_FOLLOWS,
        EXTRA,
        FIELD_CATALOG,
        FIELD_DB,
        FIELD_TABLE,
        FIELD_ORG_TABLE,
        FIELD_NAME,
        FIELD_ORG_NAME,
        FIELD_CHARSETNR,
        FIELD_LENGTH,
        FIELD_TYPE,
        FIELD_FLAGS,
        FIELD_FLAGS_NOT_NULL,
        FIELD_FLAGS_PRIMARY_KEY,
        FIELD_FLAGS_UNIQUE_KEY,
        FIELD_FLAGS_MULTIPLE_KEY,
        FIELD_FLAGS_BLOB,
        FIELD_FLAGS_UNSIGNED,
        FIELD_FLAGS_ZERO_FILL,
        ROW_NULLBUFFER,
        FIELD_FLAGS_ENUM,
        FIELD_FLAGS_AUTO_INCREMENT,
        FIELD_FLAGS_TIMESTAMP,
        FIELD_FLAGS_SET,
        FIELD_DECIMALS,
        FIELD_DEFAULT,
        ROW_TEXT,
        AUTH_SWITCH_REQUEST_STATUS,
        AUTH_SWITCH_REQUEST_NAME,
        AUTH_SWITCH_REQUEST_DATA,
        AUTH_SWITCH_RESPONSE_DATA,
        COMPRESSED_PACKET_LENGTH,
        COMPRESSED_PACKET_NUMBER,
        COMPRESSED_PACKET_LENGTH_UNCOMPRESSED,
        DISSECTOR_INCOMPLETE,
        STREAMED_PARAM,
        PREPARE_RESPONSE_NEEDED,
        COMMAND_INVALID,
        UNKNOWN_RESPONSE,
        INVALID_LENGTH,
        UNCOMPRESS_FAILURE,
        OSIDUMP_CALL,
        OSIDUMP_INFO,
        super::mariadb::SERVER_LANGUAGE,
        super::mariadb::CHARSET,
        super::mariadb::EXTCAPS_SERVER,
        super::mariadb::EXTCAPS_CLIENT,
        super::mariadb::CAPS_PR,
        super::mariadb::CAPS_CM,
        super::mariadb::CAPS_BO,
        super::mariadb::CAPS_EM,
        super::mariadb::CAPS_ME,
    ];

    const COMMAND_VALS: &[(u64, &str)] = &[
        (0, "SLEEP"),
        (1, "Quit"),
        (2, "Use Database"),
        (3, "Query"),
        (4, "Show Fields"),
        (5, "Create Database"),
        (6, "Drop Database"),
        (7, "Refresh"),
        (8, "Shutdown"),
        (9, "Statistics"),
        (10, "Process List"),
        (11, "Connect"),
        (12, "Kill Server Thread"),
        (13, "Dump Debuginfo"),
        (14, "Ping"),
        (15, "Time"),
        (16, "Insert Delayed"),
        (17, "Change User"),
        (18, "Send Binlog"),
        (19, "Send Table"),
        (20, "Slave Connect"),
        (21, "Register Slave"),
        (22, "Prepare Statement"),
        (23, "Execute Statement"),
        (24, "Send BLOB"),
        (25, "Close Statement"),
        (26, "Reset Statement"),
        (27, "Set Option"),
        (28, "Fetch Data"),
        (29, "Daemon"),
        (30, "Send Binlog GTID"),
        (31, "Reset Connection"),
        (250, "Execute Bulk Statement"),
    ];

    const RESPONSE_CODE_VALS: &[(u64, &str)] = &[
        (0x0, "OK Packet"),
        (0xfe, "EOF Packet"),
        (0xff, "ERR Packet"),
    ];

    const SESSION_TRACK_TYPE_VALS: &[(u64, &str)] = &[
        (0, "SESSION_SYSVARS_TRACKER"),
        (1, "CURRENT_SCHEMA_TRACKER"),
        (2, "SESSION_STATE_CHANGE_TRACKER"),
        (3, "SESSION_TRACK_GTIDS"),
        (4, "SESSION_TRACK_TRANSACTION_CHARACTERISTICS"),
        (5, "SESSION_TRACK_TRANSACTION_STATE"),
    ];

    const CHARSET_VALS: &[(u64, &str)] = &[
        (3, "dec8 COLLATE dec8_swedish_ci"),
        (4, "cp850 COLLATE cp850_general_ci"),
        (5, "latin1 COLLATE latin1_german1_ci"),
        (6, "hp8 COLLATE hp8_english_ci"),
        (7, "koi8r COLLATE koi8r_general_ci"),
        (8, "latin1 COLLATE latin1_swedish_ci"),
        (9, "latin2 COLLATE latin2_general_ci"),
        (10, "swe7 COLLATE swe7_swedish_ci"),
        (11, "ascii COLLATE ascii_general_ci"),
        (14, "cp1251 COLLATE cp1251_bulgarian_ci"),
        (15, "latin1 COLLATE latin1_danish_ci"),
        (16, "hebrew COLLATE hebrew_general_ci"),
        (20, "latin7 COLLATE latin7_estonian_cs"),
        (21, "latin2 COLLATE latin2_hungarian_ci"),
        (22, "koi8u COLLATE koi8u_general_ci"),
        (23, "cp1251 COLLATE cp1251_ukrainian_ci"),
        (25, "greek COLLATE greek_general_ci"),
        (26, "cp1250 COLLATE cp1250_general_ci"),
        (27, "latin2 COLLATE latin2_croatian_ci"),
        (29, "cp1257 COLLATE cp1257_lithuanian_ci"),
        (30, "latin5 COLLATE latin5_turkish_ci"),
        (31, "latin1 COLLATE latin1_german2_ci"),
        (32, "armscii8 COLLATE armscii8_general_ci"),
        (33, "utf8 COLLATE utf8_general_ci"),
        (36, "cp866 COLLATE cp866_general_ci"),
        (37, "keybcs2 COLLATE keybcs2_general_ci"),
        (38, "macce COLLATE macce_general_ci"),
        (39, "macroman COLLATE macroman_general_ci"),
        (40, "cp852 COLLATE cp852_general_ci"),
        (41, "latin7 COLLATE latin7_general_ci"),
        (42, "latin7 COLLATE latin7_general_cs"),
        (43, "macce COLLATE macce_bin"),
        (44, "cp1250 COLLATE cp1250_croatian_ci"),
        (45, "utf8mb4 COLLATE utf8mb4_general_ci"),
        (46, "utf8mb4 COLLATE utf8mb4_bin"),
        (47, "latin1 COLLATE latin1_bin"),
        (48, "latin1 COLLATE latin1_general_ci"),
        (49, "latin1 COLLATE latin1_general_cs"),
        (50, "cp1251 COLLATE cp1251_bin"),
        (51, "cp1251 COLLATE cp1251_general_ci"),
        (52, "cp1251 COLLATE cp1251_general_cs"),
        (53, "macroman COLLATE macroman_bin"),
        (57, "cp1256 COLLATE cp1256_general_ci"),
        (58, "cp1257 COLLATE cp1257_bin"),
        (59, "cp1257 COLLATE cp1257_general_ci"),
        (63, "binary COLLATE binary"),
        (64, "armscii8 COLLATE armscii8_bin"),
        (65, "ascii COLLATE ascii_bin"),
        (66, "cp1250 COLLATE cp1250_bin"),
        (67, "cp1256 COLLATE cp1256_bin"),
        (68, "cp866 COLLATE cp866_bin"),
        (69, "dec8 COLLATE dec8_bin"),
        (70, "greek COLLATE greek_bin"),
        (71, "hebrew COLLATE hebrew_bin"),
        (72, "hp8 COLLATE hp8_bin"),
        (73, "keybcs2 COLLATE keybcs2_bin"),
        (74, "koi8r COLLATE koi8r_bin"),
        (75, "koi8u COLLATE koi8u_bin"),
        (77, "latin2 COLLATE latin2_bin"),
        (78, "latin5 COLLATE latin5_bin"),
        (79, "latin7 COLLATE latin7_bin"),
        (80, "cp850 COLLATE cp850_bin"),
        (81, "cp852 COLLATE cp852_bin"),
        (82, "swe7 COLLATE swe7_bin"),
        (83, "utf8 COLLATE utf8_bin"),
        (92, "geostd8 COLLATE geostd8_general_ci"),
        (93, "geostd8 COLLATE geostd8_bin"),
        (94, "latin1 COLLATE latin1_spanish_ci"),
        (99, "cp1250 COLLATE cp1250_polish_ci"),
        (192, "utf8 COLLATE utf8_unicode_ci"),
        (193, "utf8 COLLATE utf8_icelandic_ci"),
        (194, "utf8 COLLATE utf8_latvian_ci"),
        (195, "utf8 COLLATE utf8_romanian_ci"),
        (196, "utf8 COLLATE utf8_slovenian_ci"),
        (197, "utf8 COLLATE utf8_polish_ci"),
        (198, "utf8 COLLATE utf8_estonian_ci"),
        (199, "utf8 COLLATE utf8_spanish_ci"),
        (200, "utf8 COLLATE utf8_swedish_ci"),
        (201, "utf8 COLLATE utf8_turkish_ci"),
        (202, "utf8 COLLATE utf8_czech_ci"),
        (203, "utf8 COLLATE utf8_danish_ci"),
        (204, "utf8 COLLATE utf8_lithuanian_ci"),
        (205, "utf8 COLLATE utf8_slovak_ci"),
        (206, "utf8 COLLATE utf8_spanish2_ci"),
        (207, "utf8 COLLATE utf8_roman_ci"),
        (208, "utf8 COLLATE utf8_persian_ci"),
        (209, "utf8 COLLATE utf8_esperanto_ci"),
        (210, "utf8 COLLATE utf8_hungarian_ci"),
        (211, "utf8 COLLATE utf8_sinhala_ci"),
        (212, "utf8 COLLATE utf8_german2_ci"),
        (213, "utf8 COLLATE utf8_croatian_ci"),
        (214, "utf8 COLLATE utf8_unicode_520_ci"),
        (215, "utf8 COLLATE utf8_vietnamese_ci"),
        (223, "utf8 COLLATE utf8_general_mysql500_ci"),
        (224, "utf8mb4 COLLATE utf8mb4_unicode_ci"),
        (225, "utf8mb4 COLLATE utf8mb4_icelandic_ci"),
        (226, "utf8mb4 COLLATE utf8mb4_latvian_ci"),
        (227, "utf8mb4 COLLATE utf8mb4_romanian_ci"),
        (228, "utf8mb4 COLLATE utf8mb4_slovenian_ci"),
        (229, "utf8mb4 COLLATE utf8mb4_polish_ci"),
        (230, "utf8mb4 COLLATE utf8mb4_estonian_ci"),
        (231, "utf8mb4 COLLATE utf8mb4_spanish_ci"),
        (232, "utf8mb4 COLLATE utf8mb4_swedish_ci"),
        (233, "utf8mb4 COLLATE utf8mb4_turkish_ci"),
        (234, "utf8mb4 COLLATE utf8mb4_czech_ci"),
        (235, "utf8mb4 COLLATE utf8mb4_danish_ci"),
        (236, "utf8mb4 COLLATE utf8mb4_lithuanian_ci"),
        (237, "utf8mb4 COLLATE utf8mb4_slovak_ci"),
        (238, "utf8mb4 COLLATE utf8mb4_spanish2_ci"),
        (239, "utf8mb4 COLLATE utf8mb4_roman_ci"),
        (240, "utf8mb4 COLLATE utf8mb4_persian_ci"),
        (241, "utf8mb4 COLLATE utf8mb4_esperanto_ci"),
        (242, "utf8mb4 COLLATE utf8mb4_hungarian_ci"),
        (243, "utf8mb4 COLLATE utf8mb4_sinhala_ci"),
        (244, "utf8mb4 COLLATE utf8mb4_german2_ci"),
        (245, "utf8mb4 COLLATE utf8mb4_croatian_ci"),
        (246, "utf8mb4 COLLATE utf8mb4_unicode_520_ci"),
        (247, "utf8mb4 COLLATE utf8mb4_vietnamese_ci"),
        (248, "gb18030 COLLATE gb18030_chinese_ci"),
        (249, "gb18030 COLLATE gb18030_bin"),
        (250, "gb18030 COLLATE gb18030_unicode_520_ci"),
        (255, "utf8mb4 COLLATE utf8mb4_0900_ai_ci"),
        (256, "utf8mb4 COLLATE utf8mb4_de_pb_0900_ai_ci"),
        (257, "utf8mb4 COLLATE utf8mb4_is_0900_ai_ci"),
        (258, "utf8mb4 COLLATE utf8mb4_lv_0900_ai_ci"),
        (259, "utf8mb4 COLLATE utf8mb4_ro_0900_ai_ci"),
        (260, "utf8mb4 COLLATE utf8mb4_sl_0900_ai_ci"),
        (261, "utf8mb4 COLLATE utf8mb4_pl_0900_ai_ci"),
        (262, "utf8mb4 COLLATE utf8mb4_et_0900_ai_ci"),
        (263, "utf8mb4 COLLATE utf8mb4_es_0900_ai_ci"),
        (264, "utf8mb4 COLLATE utf8mb4_sv_0900_ai_ci"),
        (265, "utf8mb4 COLLATE utf8mb4_tr_0900_ai_ci"),
        (266, "utf8mb4 COLLATE utf8mb4_cs_0900_ai_ci"),
        (267, "utf8mb4 COLLATE utf8mb4_da_0900_ai_ci"),
        (268, "utf8mb4 COLLATE utf8mb4_lt_0900_ai_ci"),
        (269, "utf8mb4 COLLATE utf8mb4_sk_0900_ai_ci"),
        (270, "utf8mb4 COLLATE utf8mb4_es_trad_0900_ai_ci"),
        (271, "utf8mb4 COLLATE utf8mb4_la_0900_ai_ci"),
        (273, "utf8mb4 COLLATE utf8mb4_eo_0900_ai_ci"),
        (274, "utf8mb4 COLLATE utf8mb4_hu_0900_ai_ci"),
        (275, "utf8mb4 COLLATE utf8mb4_hr_0900_ai_ci"),
        (277, "utf8mb4 COLLATE utf8mb4_vi_0900_ai_ci"),
        (278, "utf8mb4 COLLATE utf8mb4_0900_as_cs"),
        (279, "utf8mb4 COLLATE utf8mb4_de_pb_0900_as_cs"),
        (280, "utf8mb4 COLLATE utf8mb4_is_0900_as_cs"),
        (281, "utf8mb4 COLLATE utf8mb4_lv_0900_as_cs"),
        (282, "utf8mb4 COLLATE utf8mb4_ro_0900_as_cs"),
        (283, "utf8mb4 COLLATE utf8mb4_sl_0900_as_cs"),
        (284, "utf8mb4 COLLATE utf8mb4_pl_0900_as_cs"),
        (285, "utf8mb4 COLLATE utf8mb4_et_0900_as_cs"),
        (286, "utf8mb4 COLLATE utf8mb4_es_0900_as_cs"),
        (287, "utf8mb4 COLLATE utf8mb4_sv_0900_as_cs"),
        (288, "utf8mb4 COLLATE utf8mb4_tr_0900_as_cs"),
        (289, "utf8mb4 COLLATE utf8mb4_cs_0900_as_cs"),
        (290, "utf8mb4 COLLATE utf8mb4_da_0900_as_cs"),
        (291, "utf8mb4 COLLATE utf8mb4_lt_0900_as_cs"),
        (292, "utf8mb4 COLLATE utf8mb4_sk_0900_as_cs"),
        (293, "utf8mb4 COLLATE utf8mb4_es_trad_0900_as_cs"),
        (294, "utf8mb4 COLLATE utf8mb4_la_0900_as_cs"),
        (296, "utf8mb4 COLLATE utf8mb4_eo_0900_as_cs"),
        (297, "utf8mb4 COLLATE utf8mb4_hu_0900_as_cs"),
        (298, "utf8mb4 COLLATE utf8mb4_hr_0900_as_cs"),
        (300, "utf8mb4 COLLATE utf8mb4_vi_0900_as_cs"),
        (303, "utf8mb4 COLLATE utf8mb4_ja_0900_as_cs"),
        (304, "utf8mb4 COLLATE utf8mb4_ja_0900_as_cs_ks"),
        (305, "utf8mb4 COLLATE utf8mb4_0900_as_ci"),
        (306, "utf8mb4 COLLATE utf8mb4_ru_0900_ai_ci"),
        (307, "utf8mb4 COLLATE utf8mb4_ru_0900_as_cs"),
        (308, "utf8mb4 COLLATE utf8mb4_zh_0900_as_cs"),
        (309, "utf8mb4 COLLATE utf8mb4_0900_bin"),
    ];

    const SHUTDOWN_VALS: &[(u64, &str)] = &[
        (0, "default"),
        (1, "wait for connections to finish"),
        (2, "wait for transactions to finish"),
        (8, "wait for updates to finish"),
        (16, "wait flush all buffers"),
        (17, "wait flush critical buffers"),
        (254, "kill running queries"),
        (255, "kill connections"),
    ];

    const OPTION_VALS: &[(u64, &str)] = &[(0, "multi statements on"), (1, "multi statements off")];

    const NEW_PARAMETER_BOUND_FLAG_VALS: &[(u64, &str)] =
        &[(0, "Subsequent call"), (1, "First call or rebound")];

    const FIELD_TYPE_VALS: &[(u64, &str)] = &[
        (0, "FIELD_TYPE_DECIMAL"),
        (1, "FIELD_TYPE_TINY"),
        (2, "FIELD_TYPE_SHORT"),
        (3, "FIELD_TYPE_LONG"),
        (4, "FIELD_TYPE_FLOAT"),
        (5, "FIELD_TYPE_DOUBLE"),
        (6, "FIELD_TYPE_NULL"),
        (7, "FIELD_TYPE_TIMESTAMP"),
        (8, "FIELD_TYPE_LONGLONG"),
        (9, "FIELD_TYPE_INT24"),
        (10, "FIELD_TYPE_DATE"),
        (11, "FIELD_TYPE_TIME"),
        (12, "FIELD_TYPE_DATETIME"),
        (13, "FIELD_TYPE_YEAR"),
        (14, "FIELD_TYPE_NEWDATE"),
        (15, "FIELD_TYPE_VARCHAR"),
        (16, "FIELD_TYPE_BIT"),
        (246, "FIELD_TYPE_NEWDECIMAL"),
        (247, "FIELD_TYPE_ENUM"),
        (248, "FIELD_TYPE_SET"),
        (249, "FIELD_TYPE_TINY_BLOB"),
        (250, "FIELD_TYPE_MEDIUM_BLOB"),
        (251, "FIELD_TYPE_LONG_BLOB"),
        (252, "FIELD_TYPE_BLOB"),
        (253, "FIELD_TYPE_VAR_STRING"),
        (254, "FIELD_TYPE_STRING"),
        (255, "FIELD_TYPE_GEOMETRY"),
    ];
}

/// MariaDB's own fields, which tshark registers under the MySQL protocol.
pub mod mariadb {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static SERVER_LANGUAGE: &F = field!(
        F::new("mariadb.server_language", Uint8, "Server Language")
            .vals(SERVER_LANGUAGE_VALS)
            .blurb("MySQL Charset")
            .in_proto("mysql")
    );
    pub static CHARSET: &F = field!(
        F::new("mariadb.charset", Uint8, "Charset")
            .vals(SERVER_LANGUAGE_VALS)
            .blurb("MySQL Charset")
            .in_proto("mysql")
    );
    pub static EXTCAPS_SERVER: &F = field!(
        F::new(
            "mariadb.extcaps.server",
            Uint32,
            "MariaDB Extended Server Capabilities"
        )
        .base(Base::Hex)
        .in_proto("mysql")
    );
    pub static EXTCAPS_CLIENT: &F = field!(
        F::new(
            "mariadb.extcaps.client",
            Uint32,
            "MariaDB Extended Client Capabilities"
        )
        .base(Base::Hex)
        .in_proto("mysql")
    );
    pub static CAPS_PR: &F = field!(
        F::new("mariadb.caps.pr", Boolean, "Progress indication")
            .base(Base::Bits(32))
            .mask(0x1)
            .tfs("Set", "Not set")
            .in_proto("mysql")
    );
    pub static CAPS_CM: &F = field!(
        F::new("mariadb.caps.cm", Boolean, "Multi commands")
            .base(Base::Bits(32))
            .mask(0x2)
            .tfs("Set", "Not set")
            .in_proto("mysql")
    );
    pub static CAPS_BO: &F = field!(
        F::new("mariadb.caps.bo", Boolean, "Bulk Operations")
            .base(Base::Bits(32))
            .mask(0x4)
            .tfs("Set", "Not set")
            .in_proto("mysql")
    );
    pub static CAPS_EM: &F = field!(
        F::new("mariadb.caps.em", Boolean, "Extended metadata")
            .base(Base::Bits(32))
            .mask(0x8)
            .tfs("Set", "Not set")
            .in_proto("mysql")
    );
    pub static CAPS_ME: &F = field!(
        F::new("mariadb.caps.me", Boolean, "Cache metadata")
            .base(Base::Bits(32))
            .mask(0x10)
            .tfs("Set", "Not set")
            .in_proto("mysql")
    );

    const SERVER_LANGUAGE_VALS: &[(u64, &str)] = &[
        (1, "big5 COLLATE big5_chinese_ci"),
        (2, "latin2 COLLATE latin2_czech_cs"),
        (3, "dec8 COLLATE dec8_swedish_ci"),
        (4, "cp850 COLLATE cp850_general_ci"),
        (5, "latin1 COLLATE latin1_german1_ci"),
        (6, "hp8 COLLATE hp8_english_ci"),
        (7, "koi8r COLLATE koi8r_general_ci"),
        (8, "latin1 COLLATE latin1_swedish_ci"),
        (9, "latin2 COLLATE latin2_general_ci"),
        (10, "swe7 COLLATE swe7_swedish_ci"),
        (11, "ascii COLLATE ascii_general_ci"),
        (12, "ujis COLLATE ujis_japanese_ci"),
        (13, "sjis COLLATE sjis_japanese_ci"),
        (14, "cp1251 COLLATE cp1251_bulgarian_ci"),
        (15, "latin1 COLLATE latin1_danish_ci"),
        (16, "hebrew COLLATE hebrew_general_ci"),
        (18, "tis620 COLLATE tis620_thai_ci"),
        (19, "euckr COLLATE euckr_korean_ci"),
        (20, "latin7 COLLATE latin7_estonian_cs"),
        (21, "latin2 COLLATE latin2_hungarian_ci"),
        (22, "koi8u COLLATE koi8u_general_ci"),
        (23, "cp1251 COLLATE cp1251_ukrainian_ci"),
        (24, "gb2312 COLLATE gb2312_chinese_ci"),
        (25, "greek COLLATE greek_general_ci"),
        (26, "cp1250 COLLATE cp1250_general_ci"),
        (27, "latin2 COLLATE latin2_croatian_ci"),
        (28, "gbk COLLATE gbk_chinese_ci"),
        (29, "cp1257 COLLATE cp1257_lithuanian_ci"),
        (30, "latin5 COLLATE latin5_turkish_ci"),
        (31, "latin1 COLLATE latin1_german2_ci"),
        (32, "armscii8 COLLATE armscii8_general_ci"),
        (33, "utf8 COLLATE utf8_general_ci"),
        (34, "cp1250 COLLATE cp1250_czech_cs"),
        (35, "ucs2 COLLATE ucs2_general_ci"),
        (36, "cp866 COLLATE cp866_general_ci"),
        (37, "keybcs2 COLLATE keybcs2_general_ci"),
        (38, "macce COLLATE macce_general_ci"),
        (39, "macroman COLLATE macroman_general_ci"),
        (40, "cp852 COLLATE cp852_general_ci"),
        (41, "latin7 COLLATE latin7_general_ci"),
        (42, "latin7 COLLATE latin7_general_cs"),
        (43, "macce COLLATE macce_bin"),
        (44, "cp1250 COLLATE cp1250_croatian_ci"),
        (45, "utf8mb4 COLLATE utf8mb4_general_ci"),
        (46, "utf8mb4 COLLATE utf8mb4_bin"),
        (47, "latin1 COLLATE latin1_bin"),
        (48, "latin1 COLLATE latin1_general_ci"),
        (49, "latin1 COLLATE latin1_general_cs"),
        (50, "cp1251 COLLATE cp1251_bin"),
        (51, "cp1251 COLLATE cp1251_general_ci"),
        (52, "cp1251 COLLATE cp1251_general_cs"),
        (53, "macroman COLLATE macroman_bin"),
        (54, "utf16 COLLATE utf16_general_ci"),
        (55, "utf16 COLLATE utf16_bin"),
        (56, "utf16le COLLATE utf16le_general_ci"),
        (57, "cp1256 COLLATE cp1256_general_ci"),
        (58, "cp1257 COLLATE cp1257_bin"),
        (59, "cp1257 COLLATE cp1257_general_ci"),
        (60, "utf32 COLLATE utf32_general_ci"),
        (61, "utf32 COLLATE utf32_bin"),
        (62, "utf16le COLLATE utf16le_bin"),
        (63, "binary COLLATE binary"),
        (64, "armscii8 COLLATE armscii8_bin"),
        (65, "ascii COLLATE ascii_bin"),
        (66, "cp1250 COLLATE cp1250_bin"),
        (67, "cp1256 COLLATE cp1256_bin"),
        (68, "cp866 COLLATE cp866_bin"),
        (69, "dec8 COLLATE dec8_bin"),
        (70, "greek COLLATE greek_bin"),
        (71, "hebrew COLLATE hebrew_bin"),
        (72, "hp8 COLLATE hp8_bin"),
        (73, "keybcs2 COLLATE keybcs2_bin"),
        (74, "koi8r COLLATE koi8r_bin"),
        (75, "koi8u COLLATE koi8u_bin"),
        (77, "latin2 COLLATE latin2_bin"),
        (78, "latin5 COLLATE latin5_bin"),
        (79, "latin7 COLLATE latin7_bin"),
        (80, "cp850 COLLATE cp850_bin"),
        (81, "cp852 COLLATE cp852_bin"),
        (82, "swe7 COLLATE swe7_bin"),
        (83, "utf8 COLLATE utf8_bin"),
        (84, "big5 COLLATE big5_bin"),
        (85, "euckr COLLATE euckr_bin"),
        (86, "gb2312 COLLATE gb2312_bin"),
        (87, "gbk COLLATE gbk_bin"),
        (88, "sjis COLLATE sjis_bin"),
        (89, "tis620 COLLATE tis620_bin"),
        (90, "ucs2 COLLATE ucs2_bin"),
        (91, "ujis COLLATE ujis_bin"),
        (92, "geostd8 COLLATE geostd8_general_ci"),
        (93, "geostd8 COLLATE geostd8_bin"),
        (94, "latin1 COLLATE latin1_spanish_ci"),
        (95, "cp932 COLLATE cp932_japanese_ci"),
        (96, "cp932 COLLATE cp932_bin"),
        (97, "eucjpms COLLATE eucjpms_japanese_ci"),
        (98, "eucjpms COLLATE eucjpms_bin"),
        (99, "cp1250 COLLATE cp1250_polish_ci"),
        (101, "utf16 COLLATE utf16_unicode_ci"),
        (102, "utf16 COLLATE utf16_icelandic_ci"),
        (103, "utf16 COLLATE utf16_latvian_ci"),
        (104, "utf16 COLLATE utf16_romanian_ci"),
        (105, "utf16 COLLATE utf16_slovenian_ci"),
        (106, "utf16 COLLATE utf16_polish_ci"),
        (107, "utf16 COLLATE utf16_estonian_ci"),
        (108, "utf16 COLLATE utf16_spanish_ci"),
        (109, "utf16 COLLATE utf16_swedish_ci"),
        (110, "utf16 COLLATE utf16_turkish_ci"),
        (111, "utf16 COLLATE utf16_czech_ci"),
        (112, "utf16 COLLATE utf16_danish_ci"),
        (113, "utf16 COLLATE utf16_lithuanian_ci"),
        (114, "utf16 COLLATE utf16_slovak_ci"),
        (115, "utf16 COLLATE utf16_spanish2_ci"),
        (116, "utf16 COLLATE utf16_roman_ci"),
        (117, "utf16 COLLATE utf16_persian_ci"),
        (118, "utf16 COLLATE utf16_esperanto_ci"),
        (119, "utf16 COLLATE utf16_hungarian_ci"),
        (120, "utf16 COLLATE utf16_sinhala_ci"),
        (121, "utf16 COLLATE utf16_german2_ci"),
        (122, "utf16 COLLATE utf16_croatian_mysql561_ci"),
        (123, "utf16 COLLATE utf16_unicode_520_ci"),
        (124, "utf16 COLLATE utf16_vietnamese_ci"),
        (128, "ucs2 COLLATE ucs2_unicode_ci"),
        (129, "ucs2 COLLATE ucs2_icelandic_ci"),
        (130, "ucs2 COLLATE ucs2_latvian_ci"),
        (131, "ucs2 COLLATE ucs2_romanian_ci"),
        (132, "ucs2 COLLATE ucs2_slovenian_ci"),
        (133, "ucs2 COLLATE ucs2_polish_ci"),
        (134, "ucs2 COLLATE ucs2_estonian_ci"),
        (135, "ucs2 COLLATE ucs2_spanish_ci"),
        (136, "ucs2 COLLATE ucs2_swedish_ci"),
        (137, "ucs2 COLLATE ucs2_turkish_ci"),
        (138, "ucs2 COLLATE ucs2_czech_ci"),
        (139, "ucs2 COLLATE ucs2_danish_ci"),
        (140, "ucs2 COLLATE ucs2_lithuanian_ci"),
        (141, "ucs2 COLLATE ucs2_slovak_ci"),
        (142, "ucs2 COLLATE ucs2_spanish2_ci"),
        (143, "ucs2 COLLATE ucs2_roman_ci"),
        (144, "ucs2 COLLATE ucs2_persian_ci"),
        (145, "ucs2 COLLATE ucs2_esperanto_ci"),
        (146, "ucs2 COLLATE ucs2_hungarian_ci"),
        (147, "ucs2 COLLATE ucs2_sinhala_ci"),
        (148, "ucs2 COLLATE ucs2_german2_ci"),
        (149, "ucs2 COLLATE ucs2_croatian_mysql561_ci"),
        (150, "ucs2 COLLATE ucs2_unicode_520_ci"),
        (151, "ucs2 COLLATE ucs2_vietnamese_ci"),
        (159, "ucs2 COLLATE ucs2_general_mysql500_ci"),
        (160, "utf32 COLLATE utf32_unicode_ci"),
        (161, "utf32 COLLATE utf32_icelandic_ci"),
        (162, "utf32 COLLATE utf32_latvian_ci"),
        (163, "utf32 COLLATE utf32_romanian_ci"),
        (164, "utf32 COLLATE utf32_slovenian_ci"),
        (165, "utf32 COLLATE utf32_polish_ci"),
        (166, "utf32 COLLATE utf32_estonian_ci"),
        (167, "utf32 COLLATE utf32_spanish_ci"),
        (168, "utf32 COLLATE utf32_swedish_ci"),
        (169, "utf32 COLLATE utf32_turkish_ci"),
        (170, "utf32 COLLATE utf32_czech_ci"),
        (171, "utf32 COLLATE utf32_danish_ci"),
        (172, "utf32 COLLATE utf32_lithuanian_ci"),
        (173, "utf32 COLLATE utf32_slovak_ci"),
        (174, "utf32 COLLATE utf32_spanish2_ci"),
        (175, "utf32 COLLATE utf32_roman_ci"),
        (176, "utf32 COLLATE utf32_persian_ci"),
        (177, "utf32 COLLATE utf32_esperanto_ci"),
        (178, "utf32 COLLATE utf32_hungarian_ci"),
        (179, "utf32 COLLATE utf32_sinhala_ci"),
        (180, "utf32 COLLATE utf32_german2_ci"),
        (181, "utf32 COLLATE utf32_croatian_mysql561_ci"),
        (182, "utf32 COLLATE utf32_unicode_520_ci"),
        (183, "utf32 COLLATE utf32_vietnamese_ci"),
        (192, "utf8 COLLATE utf8_unicode_ci"),
        (193, "utf8 COLLATE utf8_icelandic_ci"),
        (194, "utf8 COLLATE utf8_latvian_ci"),
        (195, "utf8 COLLATE utf8_romanian_ci"),
        (196, "utf8 COLLATE utf8_slovenian_ci"),
        (197, "utf8 COLLATE utf8_polish_ci"),
        (198, "utf8 COLLATE utf8_estonian_ci"),
        (199, "utf8 COLLATE utf8_spanish_ci"),
        (200, "utf8 COLLATE utf8_swedish_ci"),
        (201, "utf8 COLLATE utf8_turkish_ci"),
        (202, "utf8 COLLATE utf8_czech_ci"),
        (203, "utf8 COLLATE utf8_danish_ci"),
        (204, "utf8 COLLATE utf8_lithuanian_ci"),
        (205, "utf8 COLLATE utf8_slovak_ci"),
        (206, "utf8 COLLATE utf8_spanish2_ci"),
        (207, "utf8 COLLATE utf8_roman_ci"),
        (208, "utf8 COLLATE utf8_persian_ci"),
        (209, "utf8 COLLATE utf8_esperanto_ci"),
        (210, "utf8 COLLATE utf8_hungarian_ci"),
        (211, "utf8 COLLATE utf8_sinhala_ci"),
        (212, "utf8 COLLATE utf8_german2_ci"),
        (213, "utf8 COLLATE utf8_croatian_mysql561_ci"),
        (214, "utf8 COLLATE utf8_unicode_520_ci"),
        (215, "utf8 COLLATE utf8_vietnamese_ci"),
        (223, "utf8 COLLATE utf8_general_mysql500_ci"),
        (224, "utf8mb4 COLLATE utf8mb4_unicode_ci"),
        (225, "utf8mb4 COLLATE utf8mb4_icelandic_ci"),
        (226, "utf8mb4 COLLATE utf8mb4_latvian_ci"),
        (227, "utf8mb4 COLLATE utf8mb4_romanian_ci"),
        (228, "utf8mb4 COLLATE utf8mb4_slovenian_ci"),
        (229, "utf8mb4 COLLATE utf8mb4_polish_ci"),
        (230, "utf8mb4 COLLATE utf8mb4_estonian_ci"),
        (231, "utf8mb4 COLLATE utf8mb4_spanish_ci"),
        (232, "utf8mb4 COLLATE utf8mb4_swedish_ci"),
        (233, "utf8mb4 COLLATE utf8mb4_turkish_ci"),
        (234, "utf8mb4 COLLATE utf8mb4_czech_ci"),
        (235, "utf8mb4 COLLATE utf8mb4_danish_ci"),
        (236, "utf8mb4 COLLATE utf8mb4_lithuanian_ci"),
        (237, "utf8mb4 COLLATE utf8mb4_slovak_ci"),
        (238, "utf8mb4 COLLATE utf8mb4_spanish2_ci"),
        (239, "utf8mb4 COLLATE utf8mb4_roman_ci"),
        (240, "utf8mb4 COLLATE utf8mb4_persian_ci"),
        (241, "utf8mb4 COLLATE utf8mb4_esperanto_ci"),
        (242, "utf8mb4 COLLATE utf8mb4_hungarian_ci"),
        (243, "utf8mb4 COLLATE utf8mb4_sinhala_ci"),
        (244, "utf8mb4 COLLATE utf8mb4_german2_ci"),
        (245, "utf8mb4 COLLATE utf8mb4_croatian_mysql561_ci"),
        (246, "utf8mb4 COLLATE utf8mb4_unicode_520_ci"),
        (247, "utf8mb4 COLLATE utf8mb4_vietnamese_ci"),
        (576, "utf8 COLLATE utf8_croatian_ci"),
        (577, "utf8 COLLATE utf8_myanmar_ci"),
        (578, "utf8 COLLATE utf8_thai_520_w2"),
        (608, "utf8mb4 COLLATE utf8mb4_croatian_ci"),
        (609, "utf8mb4 COLLATE utf8mb4_myanmar_ci"),
        (610, "utf8mb4 COLLATE utf8mb4_thai_520_w2"),
        (640, "ucs2 COLLATE ucs2_croatian_ci"),
        (641, "ucs2 COLLATE ucs2_myanmar_ci"),
        (642, "ucs2 COLLATE ucs2_thai_520_w2"),
        (672, "utf16 COLLATE utf16_croatian_ci"),
        (673, "utf16 COLLATE utf16_myanmar_ci"),
        (674, "utf16 COLLATE utf16_thai_520_w2"),
        (736, "utf32 COLLATE utf32_croatian_ci"),
        (737, "utf32 COLLATE utf32_myanmar_ci"),
        (738, "utf32 COLLATE utf32_thai_520_w2"),
        (1025, "big5 COLLATE big5_chinese_nopad_ci"),
        (1027, "dec8 COLLATE dec8_swedish_nopad_ci"),
        (1028, "cp850 COLLATE cp850_general_nopad_ci"),
        (1030, "hp8 COLLATE hp8_english_nopad_ci"),
        (1031, "koi8r COLLATE koi8r_general_nopad_ci"),
        (1032, "latin1 COLLATE latin1_swedish_nopad_ci"),
        (1033, "latin2 COLLATE latin2_general_nopad_ci"),
        (1034, "swe7 COLLATE swe7_swedish_nopad_ci"),
        (1035, "ascii COLLATE ascii_general_nopad_ci"),
        (1036, "ujis COLLATE ujis_japanese_nopad_ci"),
        (1037, "sjis COLLATE sjis_japanese_nopad_ci"),
        (1040, "hebrew COLLATE hebrew_general_nopad_ci"),
        (1042, "tis620 COLLATE tis620_thai_nopad_ci"),
        (1043, "euckr COLLATE euckr_korean_nopad_ci"),
        (1046, "koi8u COLLATE koi8u_general_nopad_ci"),
        (1048, "gb2312 COLLATE gb2312_chinese_nopad_ci"),
        (1049, "greek COLLATE greek_general_nopad_ci"),
        (1050, "cp1250 COLLATE cp1250_general_nopad_ci"),
        (1052, "gbk COLLATE gbk_chinese_nopad_ci"),
        (1054, "latin5 COLLATE latin5_turkish_nopad_ci"),
        (1056, "armscii8 COLLATE armscii8_general_nopad_ci"),
        (1057, "utf8 COLLATE utf8_general_nopad_ci"),
        (1059, "ucs2 COLLATE ucs2_general_nopad_ci"),
        (1060, "cp866 COLLATE cp866_general_nopad_ci"),
        (1061, "keybcs2 COLLATE keybcs2_general_nopad_ci"),
        (1062, "macce COLLATE macce_general_nopad_ci"),
        (1063, "macroman COLLATE macroman_general_nopad_ci"),
        (1064, "cp852 COLLATE cp852_general_nopad_ci"),
        (1065, "latin7 COLLATE latin7_general_nopad_ci"),
        (1067, "macce COLLATE macce_nopad_bin"),
        (1069, "utf8mb4 COLLATE utf8mb4_general_nopad_ci"),
        (1070, "utf8mb4 COLLATE utf8mb4_nopad_bin"),
        (1071, "latin1 COLLATE latin1_nopad_bin"),
        (1074, "cp1251 COLLATE cp1251_nopad_bin"),
        (1075, "cp1251 COLLATE cp1251_general_nopad_ci"),
        (1077, "macroman COLLATE macroman_nopad_bin"),
        (1078, "utf16 COLLATE utf16_general_nopad_ci"),
        (1079, "utf16 COLLATE utf16_nopad_bin"),
        (1080, "utf16le COLLATE utf16le_general_nopad_ci"),
        (1081, "cp1256 COLLATE cp1256_general_nopad_ci"),
        (1082, "cp1257 COLLATE cp1257_nopad_bin"),
        (1083, "cp1257 COLLATE cp1257_general_nopad_ci"),
        (1084, "utf32 COLLATE utf32_general_nopad_ci"),
        (1085, "utf32 COLLATE utf32_nopad_bin"),
        (1086, "utf16le COLLATE utf16le_nopad_bin"),
        (1088, "armscii8 COLLATE armscii8_nopad_bin"),
        (1089, "ascii COLLATE ascii_nopad_bin"),
        (1090, "cp1250 COLLATE cp1250_nopad_bin"),
        (1091, "cp1256 COLLATE cp1256_nopad_bin"),
        (1092, "cp866 COLLATE cp866_nopad_bin"),
        (1093, "dec8 COLLATE dec8_nopad_bin"),
        (1094, "greek COLLATE greek_nopad_bin"),
        (1095, "hebrew COLLATE hebrew_nopad_bin"),
        (1096, "hp8 COLLATE hp8_nopad_bin"),
        (1097, "keybcs2 COLLATE keybcs2_nopad_bin"),
        (1098, "koi8r COLLATE koi8r_nopad_bin"),
        (1099, "koi8u COLLATE koi8u_nopad_bin"),
        (1101, "latin2 COLLATE latin2_nopad_bin"),
        (1102, "latin5 COLLATE latin5_nopad_bin"),
        (1103, "latin7 COLLATE latin7_nopad_bin"),
        (1104, "cp850 COLLATE cp850_nopad_bin"),
        (1105, "cp852 COLLATE cp852_nopad_bin"),
        (1106, "swe7 COLLATE swe7_nopad_bin"),
        (1107, "utf8 COLLATE utf8_nopad_bin"),
        (1108, "big5 COLLATE big5_nopad_bin"),
        (1109, "euckr COLLATE euckr_nopad_bin"),
        (1110, "gb2312 COLLATE gb2312_nopad_bin"),
        (1111, "gbk COLLATE gbk_nopad_bin"),
        (1112, "sjis COLLATE sjis_nopad_bin"),
        (1113, "tis620 COLLATE tis620_nopad_bin"),
        (1114, "ucs2 COLLATE ucs2_nopad_bin"),
        (1115, "ujis COLLATE ujis_nopad_bin"),
        (1116, "geostd8 COLLATE geostd8_general_nopad_ci"),
        (1117, "geostd8 COLLATE geostd8_nopad_bin"),
        (1119, "cp932 COLLATE cp932_japanese_nopad_ci"),
        (1120, "cp932 COLLATE cp932_nopad_bin"),
        (1121, "eucjpms COLLATE eucjpms_japanese_nopad_ci"),
        (1122, "eucjpms COLLATE eucjpms_nopad_bin"),
        (1125, "utf16 COLLATE utf16_unicode_nopad_ci"),
        (1147, "utf16 COLLATE utf16_unicode_520_nopad_ci"),
        (1152, "ucs2 COLLATE ucs2_unicode_nopad_ci"),
        (1174, "ucs2 COLLATE ucs2_unicode_520_nopad_ci"),
        (1184, "utf32 COLLATE utf32_unicode_nopad_ci"),
        (1206, "utf32 COLLATE utf32_unicode_520_nopad_ci"),
        (1216, "utf8 COLLATE utf8_unicode_nopad_ci"),
        (1238, "utf8 COLLATE utf8_unicode_520_nopad_ci"),
        (1248, "utf8mb4 COLLATE utf8mb4_unicode_nopad_ci"),
        (1270, "utf8mb4 COLLATE utf8mb4_unicode_520_nopad_ci"),
    ];
}
