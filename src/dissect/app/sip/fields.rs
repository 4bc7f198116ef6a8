pub mod sip {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static REQUEST_LINE: &F =
        field!(F::new("sip.Request-Line", String, "Request-Line").blurb("SIP Request-Line"));
    pub static METHOD: &F = field!(F::new("sip.Method", String, "Method").blurb("SIP Method"));
    pub static R_URI: &F =
        field!(F::new("sip.r-uri", String, "Request-URI").blurb("RFC 3261: SIP R-URI"));
    pub static R_URI_USER: &F = field!(
        F::new("sip.r-uri.user", String, "Request-URI User Part").blurb("RFC 3261: SIP R-URI User")
    );
    pub static R_URI_HOST: &F = field!(
        F::new("sip.r-uri.host", String, "Request-URI Host Part").blurb("RFC 3261: SIP R-URI Host")
    );
    pub static R_URI_PORT: &F = field!(
        F::new("sip.r-uri.port", String, "Request-URI Host Port").blurb("RFC 3261: SIP R-URI Port")
    );
    pub static R_URI_PARAM: &F = field!(F::new("sip.r-uri.param", String, "Request URI parameter"));
    pub static STATUS_LINE: &F =
        field!(F::new("sip.Status-Line", String, "Status-Line").blurb("SIP Status-Line"));
    pub static STATUS_CODE: &F =
        field!(F::new("sip.Status-Code", Uint32, "Status-Code").blurb("SIP Status Code"));
    pub static MSG_HDR: &F = field!(
        F::new("sip.msg_hdr", String, "Message Header").blurb("Message Header in SIP message")
    );
    pub static DISPLAY_INFO: &F = field!(
        F::new("sip.display.info", String, "SIP Display info").blurb("RFC 3261: Display info")
    );
    pub static FROM_DISPLAY_INFO: &F = field!(
        F::new("sip.from.display.info", String, "SIP from display info")
            .blurb("RFC 3261: From Display info")
    );
    pub static FROM_ADDR: &F =
        field!(F::new("sip.from.addr", String, "SIP from address").blurb("RFC 3261: From Address"));
    pub static FROM_USER: &F = field!(
        F::new("sip.from.user", String, "SIP from address User Part")
            .blurb("RFC 3261: From Address User")
    );
    pub static FROM_HOST: &F = field!(
        F::new("sip.from.host", String, "SIP from address Host Part")
            .blurb("RFC 3261: From Address Host")
    );
    pub static FROM_PORT: &F = field!(
        F::new("sip.from.port", String, "SIP from address Host Port")
            .blurb("RFC 3261: From Address Port")
    );
    pub static FROM_PARAM: &F = field!(F::new("sip.from.param", String, "SIP From URI parameter"));
    pub static FROM_TAG: &F =
        field!(F::new("sip.from.tag", String, "SIP from tag").blurb("RFC 3261: from tag"));
    pub static TO_DISPLAY_INFO: &F = field!(
        F::new("sip.to.display.info", String, "SIP to display info")
            .blurb("RFC 3261: To Display info")
    );
    pub static TO_ADDR: &F =
        field!(F::new("sip.to.addr", String, "SIP to address").blurb("RFC 3261: To Address"));
    pub static TO_USER: &F = field!(
        F::new("sip.to.user", String, "SIP to address User Part")
            .blurb("RFC 3261: To Address User")
    );
    pub static TO_HOST: &F = field!(
        F::new("sip.to.host", String, "SIP to address Host Part")
            .blurb("RFC 3261: To Address Host")
    );
    pub static TO_PORT: &F = field!(
        F::new("sip.to.port", String, "SIP to address Host Port")
            .blurb("RFC 3261: To Address Port")
    );
    pub static TO_PARAM: &F = field!(F::new("sip.to.param", String, "SIP To URI parameter"));
    pub static TO_TAG: &F =
        field!(F::new("sip.to.tag", String, "SIP to tag").blurb("RFC 3261: to tag"));
    pub static TAG: &F = field!(F::new("sip.tag", String, "SIP tag").blurb("RFC 3261: tag"));
    pub static CONTACT_DISPLAY_INFO: &F = field!(
        F::new("sip.contact.display.info", String, "SIP C-URI display info")
            .blurb("RFC 3261: SIP C-URI Display info")
    );
    pub static CONTACT_URI: &F =
        field!(F::new("sip.contact.uri", String, "Contact URI").blurb("RFC 3261: SIP C-URI"));
    pub static CONTACT_USER: &F = field!(
        F::new("sip.contact.user", String, "Contact URI User Part")
            .blurb("RFC 3261: SIP C-URI User")
    );
    pub static CONTACT_HOST: &F = field!(
        F::new("sip.contact.host", String, "Contact URI Host Part")
            .blurb("RFC 3261: SIP C-URI Host")
    );
    pub static CONTACT_PORT: &F = field!(
        F::new("sip.contact.port", String, "Contact URI Host Port")
            .blurb("RFC 3261: SIP C-URI Port")
    );
    pub static CONTACT_PARAM: &F =
        field!(F::new("sip.contact.param", String, "Contact URI parameter"));
    pub static CONTACT_PARAMETER: &F = field!(
        F::new("sip.contact.parameter", String, "Contact parameter")
            .blurb("RFC 3261: one contact parameter")
    );
    pub static CSEQ_SEQ: &F = field!(
        F::new("sip.CSeq.seq", Uint32, "Sequence Number").blurb("CSeq header sequence number")
    );
    pub static CSEQ_METHOD: &F =
        field!(F::new("sip.CSeq.method", String, "Method").blurb("CSeq header method"));
    pub static VIA_TRANSPORT: &F =
        field!(F::new("sip.Via.transport", String, "Transport").blurb("Via header Transport"));
    pub static VIA_SENT_BY_ADDRESS: &F = field!(
        F::new("sip.Via.sent-by.address", String, "Sent-by Address")
            .blurb("Via header Sent-by Address")
    );
    pub static VIA_SENT_BY_PORT: &F = field!(
        F::new("sip.Via.sent-by.port", Uint16, "Sent-by port").blurb("Via header Sent-by Port")
    );
    pub static VIA_BRANCH: &F =
        field!(F::new("sip.Via.branch", String, "Branch").blurb("SIP Via Branch"));
    pub static VIA_MADDR: &F =
        field!(F::new("sip.Via.maddr", String, "Maddr").blurb("SIP Via Maddr"));
    pub static VIA_RPORT: &F =
        field!(F::new("sip.Via.rport", String, "RPort").blurb("SIP Via RPort"));
    pub static VIA_RECEIVED: &F =
        field!(F::new("sip.Via.received", String, "Received").blurb("SIP Via Received"));
    pub static VIA_TTL: &F = field!(F::new("sip.Via.ttl", String, "TTL").blurb("SIP Via TTL"));
    pub static CALL_ID_GENERATED: &F = field!(
        F::new("sip.call_id_generated", String, "Generated Call-ID")
            .blurb("Use to catch call id across protocols")
    );
    pub static ACCEPT: &F =
        field!(F::new("sip.Accept", String, "Accept").blurb("RFC 3261: Accept Header"));
    pub static ACCEPT_CONTACT: &F = field!(
        F::new("sip.Accept-Contact", String, "Accept-Contact")
            .blurb("RFC 3841: Accept-Contact Header")
    );
    pub static ACCEPT_ENCODING: &F = field!(
        F::new("sip.Accept-Encoding", String, "Accept-Encoding")
            .blurb("RFC 3841: Accept-Encoding Header")
    );
    pub static ACCEPT_LANGUAGE: &F = field!(
        F::new("sip.Accept-Language", String, "Accept-Language")
            .blurb("RFC 3261: Accept-Language Header")
    );
    pub static ACCEPT_RESOURCE_PRIORITY: &F = field!(
        F::new(
            "sip.Accept-Resource-Priority",
            String,
            "Accept-Resource-Priority"
        )
        .blurb("Draft: Accept-Resource-Priority Header")
    );
    pub static ADDITIONAL_IDENTITY: &F = field!(F::new(
        "sip.Additional-Identity",
        String,
        "Additional-Identity"
    ));
    pub static ALERT_INFO: &F =
        field!(F::new("sip.Alert-Info", String, "Alert-Info").blurb("RFC 3261: Alert-Info Header"));
    pub static ALLOW: &F =
        field!(F::new("sip.Allow", String, "Allow").blurb("RFC 3261: Allow Header"));
    pub static ALLOW_EVENTS: &F = field!(
        F::new("sip.Allow-Events", String, "Allow-Events").blurb("RFC 3265: Allow-Events Header")
    );
    pub static ANSWER_MODE: &F = field!(
        F::new("sip.Answer-Mode", String, "Answer-Mode").blurb("RFC 5373: Answer-Mode Header")
    );
    pub static ATTESTATION_INFO: &F =
        field!(F::new("sip.Attestation-Info", String, "Attestation-Info"));
    pub static AUTHENTICATION_INFO: &F = field!(
        F::new("sip.Authentication-Info", String, "Authentication-Info")
            .blurb("RFC 3261: Authentication-Info Header")
    );
    pub static AUTHORIZATION: &F = field!(
        F::new("sip.Authorization", String, "Authorization")
            .blurb("RFC 3261: Authorization Header")
    );
    pub static CSEQ: &F = field!(F::new("sip.CSeq", String, "CSeq").blurb("RFC 3261: CSeq Header"));
    pub static CALL_ID: &F =
        field!(F::new("sip.Call-ID", String, "Call-ID").blurb("RFC 3261: Call-ID Header"));
    pub static CALL_INFO: &F =
        field!(F::new("sip.Call-Info", String, "Call-Info").blurb("RFC 3261: Call-Info Header"));
    pub static CELLULAR_NETWORK_INFO: &F = field!(F::new(
        "sip.Cellular-Network-Info",
        String,
        "Cellular-Network-Info"
    ));
    pub static CONTACT: &F =
        field!(F::new("sip.Contact", String, "Contact").blurb("RFC 3261: Contact Header"));
    pub static CONTENT_DISPOSITION: &F = field!(
        F::new("sip.Content-Disposition", String, "Content-Disposition")
            .blurb("RFC 3261: Content-Disposition Header")
    );
    pub static CONTENT_ENCODING: &F = field!(
        F::new("sip.Content-Encoding", String, "Content-Encoding")
            .blurb("RFC 3261: Content-Encoding Header")
    );
    pub static CONTENT_LANGUAGE: &F = field!(
        F::new("sip.Content-Language", String, "Content-Language")
            .blurb("RFC 3261: Content-Language Header")
    );
    pub static CONTENT_LENGTH: &F = field!(
        F::new("sip.Content-Length", Uint32, "Content-Length")
            .blurb("RFC 3261: Content-Length Header")
    );
    pub static CONTENT_TYPE: &F = field!(
        F::new("sip.Content-Type", String, "Content-Type").blurb("RFC 3261: Content-Type Header")
    );
    pub static DATE: &F = field!(F::new("sip.Date", String, "Date").blurb("RFC 3261: Date Header"));
    pub static DIVERSION: &F =
        field!(F::new("sip.Diversion", String, "Diversion").blurb("RFC 5806: Diversion Header"));
    pub static ETAG: &F =
        field!(F::new("sip.ETag", String, "ETag").blurb("RFC 3903: SIP-ETag Header"));
    pub static ERROR_INFO: &F =
        field!(F::new("sip.Error-Info", String, "Error-Info").blurb("RFC 3261: Error-Info Header"));
    pub static EVENT: &F =
        field!(F::new("sip.Event", String, "Event").blurb("RFC 3265: Event Header"));
    pub static EXPIRES: &F =
        field!(F::new("sip.Expires", Uint32, "Expires").blurb("RFC 3261: Expires Header"));
    pub static FEATURE_CAPS: &F =
        field!(F::new("sip.Feature-Caps", String, "Feature-Caps").blurb("RFC 6809: Feature-Caps"));
    pub static FLOW_TIMER: &F =
        field!(F::new("sip.Flow-Timer", String, "Flow-Timer").blurb("RFC 5626: Flow-Timer"));
    pub static FROM: &F = field!(F::new("sip.From", String, "From").blurb("RFC 3261: From Header"));
    pub static GEOLOCATION: &F = field!(F::new("sip.Geolocation", String, "Geolocation"));
    pub static GEOLOCATION_ERROR: &F =
        field!(F::new("sip.Geolocation-Error", String, "Geolocation-Error"));
    pub static GEOLOCATION_ROUTING: &F = field!(F::new(
        "sip.Geolocation-Routing",
        String,
        "Geolocation-Routing"
    ));
    pub static HISTORY_INFO: &F = field!(
        F::new("sip.History-Info", String, "History-Info")
            .blurb("RFC 4244: Request History Information")
    );
    pub static IDENTITY: &F =
        field!(F::new("sip.Identity", String, "Identity").blurb("RFC 4474: Request Identity"));
    pub static IDENTITY_INFO: &F = field!(
        F::new("sip.Identity-info", String, "Identity-info")
            .blurb("RFC 4474: Request Identity-info")
    );
    pub static IN_REPLY_TO: &F = field!(
        F::new("sip.In-Reply-To", String, "In-Reply-To").blurb("RFC 3261: In-Reply-To Header")
    );
    pub static INFO_PACKAGE: &F = field!(F::new("sip.Info-Package", String, "Info-Package"));
    pub static JOIN: &F = field!(F::new("sip.Join", String, "Join").blurb("Draft: Join Header"));
    pub static MIME_VERSION: &F = field!(
        F::new("sip.MIME-Version", String, "MIME-Version").blurb("RFC 3261: MIME-Version Header")
    );
    pub static MAX_BREADTH: &F = field!(
        F::new("sip.Max-Breadth", Uint32, "Max-Breadth").blurb("RFC 5393: Max-Breadth Header")
    );
    pub static MAX_FORWARDS: &F = field!(
        F::new("sip.Max-Forwards", Uint32, "Max-Forwards").blurb("RFC 3261: Max-Forwards Header")
    );
    pub static MIN_EXPIRES: &F = field!(
        F::new("sip.Min-Expires", String, "Min-Expires").blurb("RFC 3261: Min-Expires Header")
    );
    pub static MIN_SE: &F =
        field!(F::new("sip.Min-SE", String, "Min-SE").blurb("Draft: Min-SE Header"));
    pub static ORGANIZATION: &F = field!(
        F::new("sip.Organization", String, "Organization").blurb("RFC 3261: Organization Header")
    );
    pub static ORIGINATION_ID: &F = field!(F::new("sip.Origination-Id", String, "Origination-Id"));
    pub static P_ACCESS_NETWORK_INFO: &F = field!(
        F::new("sip.P-Access-Network-Info", String, "P-Access-Network-Info")
            .blurb("P-Access-Network-Info Header")
    );
    pub static P_ANSWER_STATE: &F = field!(
        F::new("sip.P-Answer-State", String, "P-Answer-State")
            .blurb("RFC 4964: P-Answer-State Header")
    );
    pub static P_ASSERTED_IDENTITY: &F = field!(
        F::new("sip.P-Asserted-Identity", String, "P-Asserted-Identity")
            .blurb("RFC 3325: P-Asserted-Identity Header")
    );
    pub static P_ASSERTED_SERVICE: &F = field!(F::new(
        "sip.P-Asserted-Service",
        String,
        "P-Asserted-Service"
    ));
    pub static P_ASSOCIATED_URI: &F = field!(
        F::new("sip.P-Associated-URI", String, "P-Associated-URI")
            .blurb("RFC 3455: P-Associated-URI Header")
    );
    pub static P_CALLED_PARTY_ID: &F = field!(
        F::new("sip.P-Called-Party-ID", String, "P-Called-Party-ID")
            .blurb("RFC 3455: P-Called-Party-ID Header")
    );
    pub static P_CHARGE_INFO: &F = field!(F::new("sip.P-Charge-Info", String, "P-Charge-Info"));
    pub static P_CHARGING_FUNCTION_ADDRESSES: &F = field!(F::new(
        "sip.P-Charging-Function-Addresses",
        String,
        "P-Charging-Function-Addresses"
    ));
    pub static P_CHARGING_VECTOR: &F = field!(
        F::new("sip.P-Charging-Vector", String, "P-Charging-Vector")
            .blurb("P-Charging-Vector Header")
    );
    pub static P_DCS_BILLING_INFO: &F = field!(
        F::new("sip.P-DCS-Billing-Info", String, "P-DCS-Billing-Info")
            .blurb("P-DCS-Billing-Info Header")
    );
    pub static P_DCS_LAES: &F =
        field!(F::new("sip.P-DCS-LAES", String, "P-DCS-LAES").blurb("P-DCS-LAES Header"));
    pub static P_DCS_OSPS: &F =
        field!(F::new("sip.P-DCS-OSPS", String, "P-DCS-OSPS").blurb("P-DCS-OSPS Header"));
    pub static P_DCS_REDIRECT: &F = field!(
        F::new("sip.P-DCS-Redirect", String, "P-DCS-Redirect").blurb("P-DCS-Redirect Header")
    );
    pub static P_DCS_TRACE_PARTY_ID: &F = field!(
        F::new("sip.P-DCS-Trace-Party-ID", String, "P-DCS-Trace-Party-ID")
            .blurb("P-DCS-Trace-Party-ID Header")
    );
    pub static P_EARLY_MEDIA: &F =
        field!(F::new("sip.P-Early-Media", String, "P-Early-Media").blurb("P-Early-Media Header"));
    pub static P_MEDIA_AUTHORIZATION: &F = field!(
        F::new("sip.P-Media-Authorization", String, "P-Media-Authorization")
            .blurb("RFC 3313: P-Media-Authorization Header")
    );
    pub static P_PREFERRED_IDENTITY: &F = field!(
        F::new("sip.P-Preferred-Identity", String, "P-Preferred-Identity")
            .blurb("RFC 3325: P-Preferred-Identity Header")
    );
    pub static P_PREFERRED_SERVICE: &F = field!(F::new(
        "sip.P-Preferred-Service",
        String,
        "P-Preferred-Service"
    ));
    pub static P_PROFILE_KEY: &F =
        field!(F::new("sip.P-Profile-Key", String, "P-Profile-Key").blurb("P-Profile-Key Header"));
    pub static P_REFUSED_URI_LIST: &F = field!(
        F::new("sip.P-Refused-URI-List", String, "P-Refused-URI-List")
            .blurb("P-Refused-URI-List Header")
    );
    pub static P_SERVED_USER: &F = field!(F::new("sip.P-Served-User", String, "P-Served-User"));
    pub static P_USER_DATABASE: &F = field!(
        F::new("sip.P-User-Database", String, "P-User-Database").blurb("P-User-Database Header")
    );
    pub static P_VISITED_NETWORK_ID: &F = field!(
        F::new("sip.P-Visited-Network-ID", String, "P-Visited-Network-ID")
            .blurb("RFC 3455: P-Visited-Network-ID Header")
    );
    pub static PATH: &F = field!(F::new("sip.Path", String, "Path").blurb("RFC 3327: Path Header"));
    pub static PERMISSION_MISSING: &F = field!(
        F::new("sip.Permission-Missing", String, "Permission-Missing")
            .blurb("RFC 5360: Permission Missing Header")
    );
    pub static PRIORITY: &F =
        field!(F::new("sip.Priority", String, "Priority").blurb("RFC 3261: Priority Header"));
    pub static PRIORITY_SHARE: &F = field!(F::new("sip.Priority-Share", String, "Priority-Share"));
    pub static PRIV_ANSWER_MODE: &F =
        field!(F::new("sip.Priv-Answer-mode", String, "Priv-Answer-mode"));
    pub static PRIVACY: &F =
        field!(F::new("sip.Privacy", String, "Privacy").blurb("Privacy Header"));
    pub static PROXY_AUTHENTICATE: &F = field!(
        F::new("sip.Proxy-Authenticate", String, "Proxy-Authenticate")
            .blurb("RFC 3261: Proxy-Authenticate Header")
    );
    pub static PROXY_AUTHORIZATION: &F = field!(
        F::new("sip.Proxy-Authorization", String, "Proxy-Authorization")
            .blurb("RFC 3261: Proxy-Authorization Header")
    );
    pub static PROXY_REQUIRE: &F = field!(
        F::new("sip.Proxy-Require", String, "Proxy-Require")
            .blurb("RFC 3261: Proxy-Require Header")
    );
    pub static RACK: &F = field!(F::new("sip.RAck", String, "RAck").blurb("RFC 3262: RAck Header"));
    pub static RSEQ: &F = field!(F::new("sip.RSeq", Uint32, "RSeq").blurb("RFC 3262: RSeq Header"));
    pub static REASON: &F =
        field!(F::new("sip.Reason", String, "Reason").blurb("RFC 3326 Reason Header"));
    pub static REASON_PHRASE: &F = field!(F::new("sip.Reason-Phrase", String, "Reason-Phrase"));
    pub static RECORD_ROUTE: &F = field!(
        F::new("sip.Record-Route", String, "Record-Route").blurb("RFC 3261: Record-Route Header")
    );
    pub static RECV_INFO: &F = field!(F::new("sip.Recv-Info", String, "Recv-Info"));
    pub static REFER_SUB: &F =
        field!(F::new("sip.Refer-Sub", String, "Refer-Sub").blurb("RFC 4488: Refer-Sub Header"));
    pub static REFER_TO: &F =
        field!(F::new("sip.Refer-To", String, "Refer-To").blurb("RFC 3515: Refer-To Header"));
    pub static REFERRED_BY: &F = field!(
        F::new("sip.Referred-by", String, "Referred By").blurb("RFC 3892: Referred-by Header")
    );
    pub static REJECT_CONTACT: &F = field!(
        F::new("sip.Reject-Contact", String, "Reject-Contact")
            .blurb("RFC 3841: Reject-Contact Header")
    );
    pub static RELAYED_CHARGE: &F = field!(F::new("sip.Relayed-Charge", String, "Relayed-Charge"));
    pub static REPLACES: &F =
        field!(F::new("sip.Replaces", String, "Replaces").blurb("RFC 3891: Replaces Header"));
    pub static REPLY_TO: &F =
        field!(F::new("sip.Reply-To", String, "Reply-To").blurb("RFC 3261: Reply-To Header"));
    pub static REQUEST_DISPOSITION: &F = field!(
        F::new("sip.Request-Disposition", String, "Request-Disposition")
            .blurb("RFC 3841: Request-Disposition Header")
    );
    pub static REQUIRE: &F =
        field!(F::new("sip.Require", String, "Require").blurb("RFC 3261: Require Header"));
    pub static RESOURCE_PRIORITY: &F = field!(
        F::new("sip.Resource-Priority", String, "Resource-Priority")
            .blurb("Draft: Resource-Priority Header")
    );
    pub static RESOURCE_SHARE: &F = field!(F::new("sip.Resource-Share", String, "Resource-Share"));
    pub static RESPONSE_SOURCE: &F =
        field!(F::new("sip.Response-Source", String, "Response-Source"));
    pub static RESTORATION_INFO: &F =
        field!(F::new("sip.Restoration-Info", String, "Restoration-Info"));
    pub static RETRY_AFTER: &F = field!(
        F::new("sip.Retry-After", Uint32, "Retry-After").blurb("RFC 3261: Retry-After Header")
    );
    pub static ROUTE: &F =
        field!(F::new("sip.Route", String, "Route").blurb("RFC 3261: Route Header"));
    pub static SECURITY_CLIENT: &F = field!(
        F::new("sip.Security-Client", String, "Security-Client")
            .blurb("RFC 3329 Security-Client Header")
    );
    pub static SECURITY_SERVER: &F = field!(
        F::new("sip.Security-Server", String, "Security-Server")
            .blurb("RFC 3329 Security-Server Header")
    );
    pub static SECURITY_VERIFY: &F = field!(
        F::new("sip.Security-Verify", String, "Security-Verify")
            .blurb("RFC 3329 Security-Verify Header")
    );
    pub static SERVER: &F =
        field!(F::new("sip.Server", String, "Server").blurb("RFC 3261: Server Header"));
    pub static SERVICE_INTERACT_INFO: &F = field!(F::new(
        "sip.Service-Interact-Info",
        String,
        "Service-Interact-Info"
    ));
    pub static SERVICE_ROUTE: &F = field!(
        F::new("sip.Service-Route", String, "Service-Route")
            .blurb("RFC 3608: Service-Route Header")
    );
    pub static SESSION_EXPIRES: &F = field!(
        F::new("sip.Session-Expires", String, "Session-Expires")
            .blurb("RFC 4028: Session-Expires Header")
    );
    pub static SESSION_ID: &F = field!(F::new("sip.Session-ID", String, "Session-ID"));
    pub static SUBJECT: &F =
        field!(F::new("sip.Subject", String, "Subject").blurb("RFC 3261: Subject Header"));
    pub static SUBSCRIPTION_STATE: &F = field!(
        F::new("sip.Subscription-State", String, "Subscription-State")
            .blurb("RFC 3265: Subscription-State Header")
    );
    pub static SUPPORTED: &F =
        field!(F::new("sip.Supported", String, "Supported").blurb("RFC 3261: Supported Header"));
    pub static TARGET_DIALOG: &F = field!(
        F::new("sip.Target-Dialog", String, "Target-Dialog")
            .blurb("RFC 4538: Target-Dialog Header")
    );
    pub static TIMESTAMP: &F =
        field!(F::new("sip.Timestamp", String, "Timestamp").blurb("RFC 3261: Timestamp Header"));
    pub static TO: &F = field!(F::new("sip.To", String, "To").blurb("RFC 3261: To Header"));
    pub static TRIGGER_CONSENT: &F = field!(
        F::new("sip.Trigger-Consent", String, "Trigger-Consent").blurb("RFC 5380: Trigger Consent")
    );
    pub static UNSUPPORTED: &F = field!(
        F::new("sip.Unsupported", String, "Unsupported").blurb("RFC 3261: Unsupported Header")
    );
    pub static USER_AGENT: &F =
        field!(F::new("sip.User-Agent", String, "User-Agent").blurb("RFC 3261: User-Agent Header"));
    pub static VIA: &F = field!(F::new("sip.Via", String, "Via").blurb("RFC 3261: Via Header"));
    pub static WWW_AUTHENTICATE: &F = field!(
        F::new("sip.WWW-Authenticate", String, "WWW-Authenticate")
            .blurb("RFC 3261: WWW-Authenticate Header")
    );
    pub static WARNING: &F =
        field!(F::new("sip.Warning", String, "Warning").blurb("RFC 3261: Warning Header"));

    pub static OSIDUMP_INFO: &F = field!(
        F::new("osidump.sip.info", String, "Info").blurb("The Info column's text for this message")
    );

    /// The protocol tshark's media-type table gives the message body when
    /// it is not SDP (`xml`).
    pub static OSIDUMP_BODY_PROTOCOL: &F = field!(
        F::new("osidump.sip.body_protocol", String, "Body protocol")
            .blurb("The protocol tshark shows the body as (frame.protocols after sip)")
    );

    pub static ALL: &[&F] = &[
        OSIDUMP_INFO,
        OSIDUMP_BODY_PROTOCOL,
        REQUEST_LINE,
        METHOD,
        R_URI,
        R_URI_USER,
        R_URI_HOST,
        R_URI_PORT,
        R_URI_PARAM,
        STATUS_LINE,
        STATUS_CODE,
        MSG_HDR,
        DISPLAY_INFO,
        FROM_DISPLAY_INFO,
        FROM_ADDR,
        FROM_USER,
        FROM_HOST,
        FROM_PORT,
        FROM_PARAM,
        FROM_TAG,
        TO_DISPLAY_INFO,
        TO_ADDR,
        TO_USER,
        TO_HOST,
        TO_PORT,
        TO_PARAM,
        TO_TAG,
        TAG,
        CONTACT_DISPLAY_INFO,
        CONTACT_URI,
        CONTACT_USER,
        CONTACT_HOST,
        CONTACT_PORT,
        CONTACT_PARAM,
        CONTACT_PARAMETER,
        CSEQ_SEQ,
        CSEQ_METHOD,
        VIA_TRANSPORT,
        VIA_SENT_BY_ADDRESS,
        VIA_SENT_BY_PORT,
        VIA_BRANCH,
        VIA_MADDR,
        VIA_RPORT,
        VIA_RECEIVED,
        VIA_TTL,
        CALL_ID_GENERATED,
        ACCEPT,
        ACCEPT_CONTACT,
        ACCEPT_ENCODING,
        ACCEPT_LANGUAGE,
        ACCEPT_RESOURCE_PRIORITY,
        ADDITIONAL_IDENTITY,
        ALERT_INFO,
        ALLOW,
        ALLOW_EVENTS,
        ANSWER_MODE,
        ATTESTATION_INFO,
        AUTHENTICATION_INFO,
        AUTHORIZATION,
        CSEQ,
        CALL_ID,
        CALL_INFO,
        CELLULAR_NETWORK_INFO,
        CONTACT,
        CONTENT_DISPOSITION,
        CONTENT_ENCODING,
        CONTENT_LANGUAGE,
        CONTENT_LENGTH,
        CONTENT_TYPE,
        DATE,
        DIVERSION,
        ETAG,
        ERROR_INFO,
        EVENT,
        EXPIRES,
        FEATURE_CAPS,
        FLOW_TIMER,
        FROM,
        GEOLOCATION,
        GEOLOCATION_ERROR,
        GEOLOCATION_ROUTING,
        HISTORY_INFO,
        IDENTITY,
        IDENTITY_INFO,
        IN_REPLY_TO,
        INFO_PACKAGE,
        JOIN,
        MIME_VERSION,
        MAX_BREADTH,
        MAX_FORWARDS,
        MIN_EXPIRES,
        MIN_SE,
        ORGANIZATION,
        ORIGINATION_ID,
        P_ACCESS_NETWORK_INFO,
        P_ANSWER_STATE,
        P_ASSERTED_IDENTITY,
        P_ASSERTED_SERVICE,
        P_ASSOCIATED_URI,
        P_CALLED_PARTY_ID,
        P_CHARGE_INFO,
        P_CHARGING_FUNCTION_ADDRESSES,
        P_CHARGING_VECTOR,
        P_DCS_BILLING_INFO,
        P_DCS_LAES,
        P_DCS_OSPS,
        P_DCS_REDIRECT,
        P_DCS_TRACE_PARTY_ID,
        P_EARLY_MEDIA,
        P_MEDIA_AUTHORIZATION,
        P_PREFERRED_IDENTITY,
        P_PREFERRED_SERVICE,
        P_PROFILE_KEY,
        P_REFUSED_URI_LIST,
        P_SERVED_USER,
        P_USER_DATABASE,
        P_VISITED_NETWORK_ID,
        PATH,
        PERMISSION_MISSING,
        PRIORITY,
        PRIORITY_SHARE,
        PRIV_ANSWER_MODE,
        PRIVACY,
        PROXY_AUTHENTICATE,
        PROXY_AUTHORIZATION,
        PROXY_REQUIRE,
        RACK,
        RSEQ,
        REASON,
        REASON_PHRASE,
        RECORD_ROUTE,
        RECV_INFO,
        REFER_SUB,
        REFER_TO,
        REFERRED_BY,
        REJECT_CONTACT,
        RELAYED_CHARGE,
        REPLACES,
        REPLY_TO,
        REQUEST_DISPOSITION,
        REQUIRE,
        RESOURCE_PRIORITY,
        RESOURCE_SHARE,
        RESPONSE_SOURCE,
        RESTORATION_INFO,
        RETRY_AFTER,
        ROUTE,
        SECURITY_CLIENT,
        SECURITY_SERVER,
        SECURITY_VERIFY,
        SERVER,
        SERVICE_INTERACT_INFO,
        SERVICE_ROUTE,
        SESSION_EXPIRES,
        SESSION_ID,
        SUBJECT,
        SUBSCRIPTION_STATE,
        SUPPORTED,
        TARGET_DIALOG,
        TIMESTAMP,
        TO,
        TRIGGER_CONSENT,
        UNSUPPORTED,
        USER_AGENT,
        VIA,
        WWW_AUTHENTICATE,
        WARNING,
    ];
}
pub mod sdp {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static VERSION: &F = field!(F::new(
        "sdp.version",
        String,
        "Session Description Protocol Version (v)"
    ));
    pub static OWNER: &F = field!(F::new("sdp.owner", String, "Owner/Creator, Session Id (o)"));
    pub static OWNER_USERNAME: &F = field!(F::new("sdp.owner.username", String, "Owner Username"));
    pub static OWNER_SESSIONID: &F = field!(F::new("sdp.owner.sessionid", String, "Session ID"));
    pub static OWNER_VERSION: &F = field!(F::new("sdp.owner.version", String, "Session Version"));
    pub static OWNER_NETWORK_TYPE: &F = field!(F::new(
        "sdp.owner.network_type",
        String,
        "Owner Network Type"
    ));
    pub static OWNER_ADDRESS_TYPE: &F = field!(F::new(
        "sdp.owner.address_type",
        String,
        "Owner Address Type"
    ));
    pub static OWNER_ADDRESS: &F = field!(F::new("sdp.owner.address", String, "Owner Address"));
    pub static SESSION_NAME: &F = field!(F::new("sdp.session_name", String, "Session Name (s)"));
    pub static SESSION_INFO: &F = field!(F::new(
        "sdp.session_info",
        String,
        "Session Information (i)"
    ));
    pub static URI: &F = field!(F::new("sdp.uri", String, "URI of Description (u)"));
    pub static EMAIL: &F =
        field!(F::new("sdp.email", String, "E-mail Address (e)").blurb("E-mail Address"));
    pub static PHONE: &F = field!(F::new("sdp.phone", String, "Phone Number (p)"));
    pub static CONNECTION_INFO: &F = field!(F::new(
        "sdp.connection_info",
        String,
        "Connection Information (c)"
    ));
    pub static CONNECTION_INFO_NETWORK_TYPE: &F = field!(F::new(
        "sdp.connection_info.network_type",
        String,
        "Connection Network Type"
    ));
    pub static CONNECTION_INFO_ADDRESS_TYPE: &F = field!(F::new(
        "sdp.connection_info.address_type",
        String,
        "Connection Address Type"
    ));
    pub static CONNECTION_INFO_ADDRESS: &F = field!(F::new(
        "sdp.connection_info.address",
        String,
        "Connection Address"
    ));
    pub static BANDWIDTH: &F = field!(F::new("sdp.bandwidth", String, "Bandwidth Information (b)"));
    pub static BANDWIDTH_MODIFIER: &F = field!(F::new(
        "sdp.bandwidth.modifier",
        String,
        "Bandwidth Modifier"
    ));
    pub static BANDWIDTH_VALUE: &F = field!(
        F::new("sdp.bandwidth.value", String, "Bandwidth Value")
            .blurb("Bandwidth Value (in kbits/s)")
    );
    pub static TIME: &F = field!(F::new(
        "sdp.time",
        String,
        "Time Description, active time (t)"
    ));
    pub static TIME_START: &F = field!(F::new("sdp.time.start", String, "Session Start Time"));
    pub static TIME_STOP: &F = field!(F::new("sdp.time.stop", String, "Session Stop Time"));
    pub static SESSION_ATTR: &F =
        field!(F::new("sdp.session_attr", String, "Session Attribute (a)"));
    pub static SESSION_ATTR_FIELD: &F = field!(F::new(
        "sdp.session_attr.field",
        String,
        "Session Attribute Fieldname"
    ));
    pub static SESSION_ATTR_VALUE: &F = field!(F::new(
        "sdp.session_attr.value",
        String,
        "Session Attribute Value"
    ));
    pub static MEDIA: &F = field!(F::new(
        "sdp.media",
        String,
        "Media Description, name and address (m)"
    ));
    pub static MEDIA_MEDIA: &F = field!(F::new("sdp.media.media", String, "Media Type"));
    pub static MEDIA_PORT: &F = field!(F::new("sdp.media.port", Uint16, "Media Port"));
    pub static MEDIA_PORT_STRING: &F =
        field!(F::new("sdp.media.port_string", String, "Media Port"));
    pub static MEDIA_PORTCOUNT: &F =
        field!(F::new("sdp.media.portcount", String, "Media Port Count"));
    pub static MEDIA_PROTO: &F = field!(F::new("sdp.media.proto", String, "Media Protocol"));
    pub static MEDIA_FORMAT: &F = field!(F::new("sdp.media.format", String, "Media Format"));
    pub static MEDIA_ATTR: &F = field!(F::new("sdp.media_attr", String, "Media Attribute (a)"));
    pub static MEDIA_ATTRIBUTE_FIELD: &F = field!(F::new(
        "sdp.media_attribute.field",
        String,
        "Media Attribute Fieldname"
    ));
    pub static MEDIA_ATTRIBUTE_VALUE: &F = field!(F::new(
        "sdp.media_attribute.value",
        String,
        "Media Attribute Value"
    ));
    pub static MIME_TYPE: &F =
        field!(F::new("sdp.mime.type", String, "MIME Type").blurb("SDP MIME Type"));
    pub static SAMPLE_RATE: &F = field!(F::new("sdp.sample_rate", String, "Sample Rate"));
    pub static FMTP_PARAMETER: &F = field!(
        F::new(
            "sdp.fmtp.parameter",
            String,
            "Media format specific parameters"
        )
        .blurb("Format specific parameter(fmtp)")
    );

    pub static ALL: &[&F] = &[
        VERSION,
        OWNER,
        OWNER_USERNAME,
        OWNER_SESSIONID,
        OWNER_VERSION,
        OWNER_NETWORK_TYPE,
        OWNER_ADDRESS_TYPE,
        OWNER_ADDRESS,
        SESSION_NAME,
        SESSION_INFO,
        URI,
        EMAIL,
        PHONE,
        CONNECTION_INFO,
        CONNECTION_INFO_NETWORK_TYPE,
        CONNECTION_INFO_ADDRESS_TYPE,
        CONNECTION_INFO_ADDRESS,
        BANDWIDTH,
        BANDWIDTH_MODIFIER,
        BANDWIDTH_VALUE,
        TIME,
        TIME_START,
        TIME_STOP,
        SESSION_ATTR,
        SESSION_ATTR_FIELD,
        SESSION_ATTR_VALUE,
        MEDIA,
        MEDIA_MEDIA,
        MEDIA_PORT,
        MEDIA_PORT_STRING,
        MEDIA_PORTCOUNT,
        MEDIA_PROTO,
        MEDIA_FORMAT,
        MEDIA_ATTR,
        MEDIA_ATTRIBUTE_FIELD,
        MEDIA_ATTRIBUTE_VALUE,
        MIME_TYPE,
        SAMPLE_RATE,
        FMTP_PARAMETER,
    ];
}
