pub mod irc {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static RESPONSE: &F =
        field!(F::new("irc.response", String, "Response").blurb("Line of response message"));
    pub static REQUEST: &F =
        field!(F::new("irc.request", String, "Request").blurb("Line of request message"));
    pub static REQUEST_PREFIX: &F =
        field!(F::new("irc.request.prefix", String, "Prefix").blurb("Request prefix"));
    pub static REQUEST_COMMAND: &F =
        field!(F::new("irc.request.command", String, "Command").blurb("Request command"));
    pub static REQUEST_COMMAND_PARAMETER: &F = field!(
        F::new("irc.request.command_parameter", String, "Parameter")
            .blurb("Request command parameter")
    );
    pub static REQUEST_TRAILER: &F =
        field!(F::new("irc.request.trailer", String, "Trailer").blurb("Request trailer"));
    pub static RESPONSE_PREFIX: &F =
        field!(F::new("irc.response.prefix", String, "Prefix").blurb("Response prefix"));
    pub static RESPONSE_COMMAND: &F =
        field!(F::new("irc.response.command", String, "Command").blurb("Response command"));
    pub static RESPONSE_NUM_COMMAND: &F = field!(
        F::new("irc.response.num_command", Uint16, "Command").blurb("Response (numeric) command")
    );
    pub static RESPONSE_COMMAND_PARAMETER: &F = field!(
        F::new("irc.response.command_parameter", String, "Parameter")
            .blurb("Response command parameter")
    );
    pub static RESPONSE_TRAILER: &F =
        field!(F::new("irc.response.trailer", String, "Trailer").blurb("Response trailer"));

    pub static PREFIX_MISSING_ENDING_SPACE: &F = field!(F::new(
        "irc.prefix_missing_ending_space",
        None,
        "Prefix missing ending <space>"
    ));
    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.irc.info", String, "Info").blurb("The Info column's text for this segment")
    );

    pub static ALL: &[&F] = &[
        PREFIX_MISSING_ENDING_SPACE,
        OSIDUMP_INFO,
        RESPONSE,
        REQUEST,
        REQUEST_PREFIX,
        REQUEST_COMMAND,
        REQUEST_COMMAND_PARAMETER,
        REQUEST_TRAILER,
        RESPONSE_PREFIX,
        RESPONSE_COMMAND,
        RESPONSE_NUM_COMMAND,
        RESPONSE_COMMAND_PARAMETER,
        RESPONSE_TRAILER,
    ];
}
