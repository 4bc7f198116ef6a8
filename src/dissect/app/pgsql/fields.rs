pub mod pgsql {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static FRONTEND: &F = field!(
        F::new("pgsql.frontend", Boolean, "Frontend")
            .blurb("True for messages from the frontend, false otherwise.")
    );
    pub static TYPE: &F =
        field!(F::new("pgsql.type", String, "Type").blurb("A one-byte message type identifier."));
    pub static LENGTH: &F = field!(
        F::new("pgsql.length", Uint32, "Length")
            .blurb("The length of the message (not including the type).")
    );
    pub static VERSION_MAJOR: &F = field!(F::new(
        "pgsql.version_major",
        Uint16,
        "Protocol major version"
    ));
    pub static VERSION_MINOR: &F = field!(F::new(
        "pgsql.version_minor",
        Uint16,
        "Protocol minor version"
    ));
    pub static VERSION_SUPPORTED_MINOR: &F = field!(F::new("pgsql.version_supported_minor", Uint32, "Supported minor version").blurb("Newest minor protocol version supported by the server for the major protocol version requested by the client."));
    pub static NUMBER_NONSUPPORTED_OPTIONS: &F = field!(F::new(
        "pgsql.number_nonsupported_options",
        Int32,
        "Number nonsupported options"
    ));
    pub static NONSUPPORTED_OPTION: &F = field!(F::new(
        "pgsql.nonsupported_option",
        StringZ,
        "Nonsupported option"
    ));
    pub static PARAMETER_NAME: &F = field!(
        F::new("pgsql.parameter_name", StringZ, "Parameter name")
            .blurb("The name of a database parameter.")
    );
    pub static PARAMETER_VALUE: &F = field!(
        F::new("pgsql.parameter_value", StringZ, "Parameter value")
            .blurb("The value of a database parameter.")
    );
    pub static QUERY: &F = field!(F::new("pgsql.query", StringZ, "Query").blurb("A query string."));
    pub static PASSWORD: &F =
        field!(F::new("pgsql.password", StringZ, "Password").blurb("A password."));
    pub static AUTHTYPE: &F = field!(
        F::new("pgsql.authtype", Uint32, "Authentication type")
            .vals(AUTHTYPE_VALS)
            .blurb("The type of authentication requested by the backend.")
    );
    pub static SALT: &F = field!(
        F::new("pgsql.salt", Bytes, "Salt value")
            .blurb("The salt to use while encrypting a password.")
    );
    pub static AUTH_GSSAPI_SSPI_DATA: &F = field!(F::new(
        "pgsql.auth.gssapi_sspi.data",
        Bytes,
        "GSSAPI or SSPI data"
    ));
    pub static AUTH_SASL_MECH: &F = field!(F::new(
        "pgsql.auth.sasl.mech",
        StringZ,
        "SASL authentication mechanism"
    ));
    pub static AUTH_SASL_DATA_LENGTH: &F = field!(F::new(
        "pgsql.auth.sasl.data.length",
        Int32,
        "SASL authentication data length"
    ));
    pub static AUTH_SASL_DATA: &F = field!(F::new(
        "pgsql.auth.sasl.data",
        Bytes,
        "SASL authentication data"
    ));
    pub static STATEMENT: &F = field!(
        F::new("pgsql.statement", StringZ, "Statement").blurb("The name of a prepared statement.")
    );
    pub static PORTAL: &F =
        field!(F::new("pgsql.portal", StringZ, "Portal").blurb("The name of a portal."));
    pub static RETURNS: &F = field!(F::new("pgsql.returns", Uint32, "Returns"));
    pub static TAG: &F = field!(F::new("pgsql.tag", StringZ, "Tag").blurb("A completion tag."));
    pub static STATUS: &F = field!(
        F::new("pgsql.status", Uint8, "Status")
            .vals(STATUS_VALS)
            .blurb("The transaction status of the backend.")
    );
    pub static COPYDATA: &F = field!(
        F::new("pgsql.copydata", Bytes, "Copy data")
            .blurb("Data sent following a Copy-in or Copy-out response.")
    );
    pub static ERROR: &F =
        field!(F::new("pgsql.error", StringZ, "Error").blurb("An error message."));
    pub static PID: &F =
        field!(F::new("pgsql.pid", Uint32, "PID").blurb("The process ID of a backend."));
    pub static KEY: &F = field!(
        F::new("pgsql.key", Uint32, "Key").blurb("The secret key used by a particular backend.")
    );
    pub static CONDITION: &F = field!(
        F::new("pgsql.condition", StringZ, "Condition").blurb("The name of a NOTIFY condition.")
    );
    pub static TEXT: &F =
        field!(F::new("pgsql.text", StringZ, "Text").blurb("Text from the backend."));
    pub static OID_TABLE: &F = field!(
        F::new("pgsql.oid.table", Uint32, "Table OID").blurb("The object identifier of a table.")
    );
    pub static OID_TYPE: &F = field!(
        F::new("pgsql.oid.type", Uint32, "Type OID").blurb("The object identifier of a type.")
    );
    pub static OID: &F = field!(F::new("pgsql.oid", Uint32, "OID").blurb("An object identifier."));
    pub static FORMAT: &F = field!(
        F::new("pgsql.format", Uint16, "Format")
            .vals(FORMAT_VALS)
            .blurb("A format specifier.")
    );
    pub static FIELD_COUNT: &F = field!(
        F::new("pgsql.field.count", Uint16, "Field count")
            .blurb("The number of fields within a row.")
    );
    pub static COL_NAME: &F =
        field!(F::new("pgsql.col.name", StringZ, "Column name").blurb("The name of a column."));
    pub static COL_INDEX: &F = field!(
        F::new("pgsql.col.index", Uint32, "Column index")
            .blurb("The position of a column within a row.")
    );
    pub static VAL_LENGTH: &F = field!(
        F::new("pgsql.val.length", Int32, "Column length")
            .blurb("The length of a parameter value, in bytes. -1 means NULL.")
    );
    pub static VAL_DATA: &F =
        field!(F::new("pgsql.val.data", Bytes, "Data").blurb("Parameter data."));
    pub static COL_TYPEMOD: &F = field!(
        F::new("pgsql.col.typemod", Int32, "Type modifier")
            .blurb("The type modifier for a column.")
    );
    pub static SEVERITY: &F =
        field!(F::new("pgsql.severity", StringZ, "Severity").blurb("Message severity."));
    pub static CODE: &F = field!(F::new("pgsql.code", StringZ, "Code").blurb("SQLState code."));
    pub static MESSAGE: &F =
        field!(F::new("pgsql.message", StringZ, "Message").blurb("Error message."));
    pub static DETAIL: &F =
        field!(F::new("pgsql.detail", StringZ, "Detail").blurb("Detailed error message."));
    pub static HINT: &F =
        field!(F::new("pgsql.hint", StringZ, "Hint").blurb("A suggestion to resolve an error."));
    pub static POSITION: &F = field!(
        F::new("pgsql.position", StringZ, "Position")
            .blurb("The index of the error within the query string.")
    );
    pub static INTERNAL_POSITION: &F = field!(
        F::new("pgsql.internal_position", StringZ, "Position (Internal)")
            .blurb("The index of the error within the internally-generated query string.")
    );
    pub static INTERNAL_QUERY: &F = field!(
        F::new("pgsql.internal_query", StringZ, "Query (Internal)")
            .blurb("The internally-generated query string")
    );
    pub static WHERE: &F = field!(
        F::new("pgsql.where", StringZ, "Context").blurb("The context in which an error occurred.")
    );
    pub static SCHEMA_NAME: &F = field!(
        F::new("pgsql.schema_name", StringZ, "Schema")
            .blurb("The schema with which an error is associated.")
    );
    pub static TABLE_NAME: &F = field!(
        F::new("pgsql.table_name", StringZ, "Table")
            .blurb("The table with which an error is associated.")
    );
    pub static COLUMN_NAME: &F = field!(
        F::new("pgsql.column_name", StringZ, "Column")
            .blurb("The column with which an error is associated.")
    );
    pub static TYPE_NAME: &F = field!(
        F::new("pgsql.type_name", StringZ, "Type")
            .blurb("The date type with which an error is associated.")
    );
    pub static CONSTRAINT_NAME: &F = field!(
        F::new("pgsql.constraint_name", StringZ, "Constraint")
            .blurb("The constraint with which an error is associated.")
    );
    pub static FILE: &F = field!(
        F::new("pgsql.file", StringZ, "File")
            .blurb("The source-code file where an error was reported.")
    );
    pub static LINE: &F = field!(
        F::new("pgsql.line", StringZ, "Line")
            .blurb("The line number on which an error was reported.")
    );
    pub static ROUTINE: &F = field!(
        F::new("pgsql.routine", StringZ, "Routine").blurb("The routine that reported an error.")
    );

    /// tshark's Info column text one call of its dissector starts
    /// (`>` from the frontend, `<` from the backend), on the first message
    /// of each call: a frame lists `pgsql` once a call.
    pub static OSIDUMP_CALL: &F = field!(
        F::new("osidump.pgsql.call", String, "Call")
            .blurb("The Info column's text this dissector call starts with")
    );
    /// The message's type byte as the Info column shows it (none for the
    /// messages without one).
    pub static OSIDUMP_CODE: &F = field!(
        F::new("osidump.pgsql.code", String, "Code")
            .blurb("The message's type byte as the Info column shows it")
    );

    pub static ALL: &[&F] = &[
        FRONTEND,
        TYPE,
        LENGTH,
        VERSION_MAJOR,
        VERSION_MINOR,
        VERSION_SUPPORTED_MINOR,
        NUMBER_NONSUPPORTED_OPTIONS,
        NONSUPPORTED_OPTION,
        PARAMETER_NAME,
        PARAMETER_VALUE,
        QUERY,
        PASSWORD,
        AUTHTYPE,
        SALT,
        AUTH_GSSAPI_SSPI_DATA,
        AUTH_SASL_MECH,
        AUTH_SASL_DATA_LENGTH,
        AUTH_SASL_DATA,
        STATEMENT,
        PORTAL,
        RETURNS,
        TAG,
        STATUS,
        COPYDATA,
        ERROR,
        PID,
        KEY,
        CONDITION,
        TEXT,
        OID_TABLE,
        OID_TYPE,
        OID,
        FORMAT,
        FIELD_COUNT,
        COL_NAME,
        COL_INDEX,
        VAL_LENGTH,
        VAL_DATA,
        COL_TYPEMOD,
        SEVERITY,
        CODE,
        MESSAGE,
        DETAIL,
        HINT,
        POSITION,
        INTERNAL_POSITION,
        INTERNAL_QUERY,
        WHERE,
        SCHEMA_NAME,
        TABLE_NAME,
        COLUMN_NAME,
        TYPE_NAME,
        CONSTRAINT_NAME,
        FILE,
        LINE,
        ROUTINE,
        OSIDUMP_CALL,
        OSIDUMP_CODE,
    ];

    const AUTHTYPE_VALS: &[(u64, &str)] = &[
        (0, "Success"),
        (1, "Kerberos V4"),
        (2, "Kerberos V5"),
        (3, "Plaintext password"),
        (4, "crypt()ed password"),
        (5, "MD5 password"),
        (6, "SCM credentials"),
        (7, "GSSAPI"),
        (8, "GSSAPI/SSPI continue"),
        (9, "SSPI"),
        (10, "SASL"),
        (11, "SASL continue"),
        (12, "SASL complete"),
    ];

    const STATUS_VALS: &[(u64, &str)] = &[
        (69, "In a failed transaction"),
        (73, "Idle"),
        (84, "In a transaction"),
    ];

    const FORMAT_VALS: &[(u64, &str)] = &[(0, "Text"), (1, "Binary")];
}
