//! RADIUS fields as tshark 4.0 registers them: the header, the AVP items,
//! the special formats of `packet-radius.c` (CHAP-Password, the
//! `radius.Framed-IP-Address` and `radius.Login-IP-Host` it names with
//! dashes, Egress-VLANID, Egress-VLAN-Name) and one field (plus `_encrypted`
//! and `.tag` where tshark has them) per standard attribute of its
//! dictionary (scripts/gen-radius-attrs.py --fields; declarations by
//! scripts/gen-fields.py).

pub mod radius {
    #[allow(unused_imports)]
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};
    use crate::field;

    pub static CODE: &F = field!(F::new("radius.code", Uint8, "Code").vals(CODE_VALS));
    pub static ID: &F = field!(F::new("radius.id", Uint8, "Identifier"));
    pub static LENGTH: &F = field!(F::new("radius.length", Uint16, "Length"));
    pub static AUTHENTICATOR: &F = field!(F::new("radius.authenticator", Bytes, "Authenticator"));
    pub static REQ: &F =
        field!(F::new("radius.req", Boolean, "Request").blurb("TRUE if RADIUS request"));
    pub static RSP: &F =
        field!(F::new("radius.rsp", Boolean, "Response").blurb("TRUE if RADIUS response"));
    pub static REQFRAME: &F = field!(F::new("radius.reqframe", FrameNum, "Request Frame"));
    pub static TIME: &F = field!(
        F::new("radius.time", RelativeTime, "Time from request")
            .blurb("Timedelta between Request and Response")
    );
    pub static AVP: &F = field!(F::new("radius.avp", Bytes, "AVP"));
    pub static AVP_TYPE: &F = field!(F::new("radius.avp.type", Uint8, "Type"));
    pub static AVP_LENGTH: &F = field!(F::new("radius.avp.length", Uint8, "Length"));
    pub static AVP_VENDOR_ID: &F =
        field!(F::new("radius.avp.vendor_id", Uint32, "Vendor ID").base(Base::Custom));
    pub static AVP_VENDOR_TYPE: &F = field!(F::new("radius.avp.vendor_type", Uint8, "Type"));
    pub static AVP_VENDOR_LEN: &F = field!(F::new("radius.avp.vendor_len", Uint8, "Length"));
    pub static AVP_EXTENDED_TYPE: &F =
        field!(F::new("radius.avp.extended_type", Uint8, "Extended Type"));
    pub static AVP_EXTENDED_MORE: &F = field!(
        F::new("radius.avp.extended_more", Boolean, "Extended More")
            .base(Base::Bits(8))
            .mask(0x80)
            .tfs("True", "False")
    );
    pub static UNKNOWN_ATTRIBUTE: &F = field!(F::new(
        "radius.Unknown_Attribute",
        Bytes,
        "Unknown-Attribute"
    ));
    pub static EAP_FRAGMENT: &F = field!(F::new("radius.eap_fragment", Bytes, "EAP fragment"));
    pub static CHAP_IDENT: &F =
        field!(F::new("radius.CHAP_Ident", Uint8, "CHAP Ident").base(Base::Hex));
    pub static CHAP_STRING: &F = field!(F::new("radius.CHAP_String", Bytes, "CHAP String"));
    pub static EGRESS_VLANID_TAG: &F = field!(
        F::new("radius.egress_vlanid_tag", Uint32, "Tag")
            .base(Base::Hex)
            .mask(0xff000000)
            .vals(EGRESS_VLANID_TAG_VALS)
    );
    pub static EGRESS_VLANID_PAD: &F = field!(
        F::new("radius.egress_vlanid_pad", Uint32, "Pad")
            .base(Base::Hex)
            .mask(0xfff000)
    );
    pub static EGRESS_VLANID: &F =
        field!(F::new("radius.egress_vlanid", Uint32, "Vlan ID").mask(0xfff));
    pub static EGRESS_VLAN_NAME_TAG: &F = field!(
        F::new("radius.egress_vlan_name_tag", Uint8, "Tag")
            .base(Base::Hex)
            .vals(EGRESS_VLANID_TAG_VALS)
    );
    pub static EGRESS_VLAN_NAME: &F =
        field!(F::new("radius.egress_vlan_name", String, "Vlan Name"));
    pub static INVALID_LENGTH: &F = field!(F::new("radius.invalid_length", None, "Invalid length"));
    pub static USER_NAME: &F = field!(F::new("radius.User_Name", String, "User-Name"));
    pub static USER_PASSWORD: &F = field!(F::new("radius.User_Password", String, "User-Password"));
    pub static USER_PASSWORD_ENCRYPTED: &F = field!(F::new(
        "radius.User_Password_encrypted",
        Bytes,
        "User-Password (encrypted)"
    ));
    pub static CHAP_PASSWORD: &F = field!(F::new("radius.CHAP_Password", Bytes, "CHAP-Password"));
    pub static NAS_IP_ADDRESS: &F = field!(F::new("radius.NAS_IP_Address", Ipv4, "NAS-IP-Address"));
    pub static NAS_PORT: &F = field!(F::new("radius.NAS_Port", Uint32, "NAS-Port"));
    pub static SERVICE_TYPE: &F =
        field!(F::new("radius.Service_Type", Uint32, "Service-Type").vals(SERVICE_TYPE_VALS));
    pub static FRAMED_PROTOCOL: &F = field!(
        F::new("radius.Framed_Protocol", Uint32, "Framed-Protocol").vals(FRAMED_PROTOCOL_VALS)
    );
    pub static FRAMED_IP_ADDRESS: &F = field!(F::new(
        "radius.Framed_IP_Address",
        Ipv4,
        "Framed-IP-Address"
    ));
    pub static FRAMED_IP_NETMASK: &F = field!(F::new(
        "radius.Framed_IP_Netmask",
        Ipv4,
        "Framed-IP-Netmask"
    ));
    pub static FRAMED_ROUTING: &F =
        field!(F::new("radius.Framed_Routing", Uint32, "Framed-Routing").vals(FRAMED_ROUTING_VALS));
    pub static FILTER_ID: &F = field!(F::new("radius.Filter_Id", String, "Filter-Id"));
    pub static FRAMED_MTU: &F = field!(F::new("radius.Framed_MTU", Uint32, "Framed-MTU"));
    pub static FRAMED_COMPRESSION: &F = field!(
        F::new("radius.Framed_Compression", Uint32, "Framed-Compression")
            .vals(FRAMED_COMPRESSION_VALS)
    );
    pub static LOGIN_IP_HOST: &F = field!(F::new("radius.Login_IP_Host", Ipv4, "Login-IP-Host"));
    pub static LOGIN_SERVICE: &F =
        field!(F::new("radius.Login_Service", Uint32, "Login-Service").vals(LOGIN_SERVICE_VALS));
    pub static LOGIN_TCP_PORT: &F =
        field!(F::new("radius.Login_TCP_Port", Uint32, "Login-TCP-Port").vals(LOGIN_TCP_PORT_VALS));
    pub static OLD_PASSWORD: &F = field!(F::new("radius.Old_Password", String, "Old-Password"));
    pub static REPLY_MESSAGE: &F = field!(F::new("radius.Reply_Message", String, "Reply-Message"));
    pub static CALLBACK_NUMBER: &F =
        field!(F::new("radius.Callback_Number", String, "Callback-Number"));
    pub static CALLBACK_ID: &F = field!(F::new("radius.Callback_Id", String, "Callback-Id"));
    pub static FRAMED_ROUTE: &F = field!(F::new("radius.Framed_Route", String, "Framed-Route"));
    pub static FRAMED_IPX_NETWORK: &F = field!(F::new(
        "radius.Framed_IPX_Network",
        Ipv4,
        "Framed-IPX-Network"
    ));
    pub static STATE: &F = field!(F::new("radius.State", Bytes, "State"));
    pub static CLASS: &F = field!(F::new("radius.Class", Bytes, "Class"));
    pub static VENDOR_SPECIFIC: &F =
        field!(F::new("radius.Vendor_Specific", Bytes, "Vendor-Specific"));
    pub static SESSION_TIMEOUT: &F =
        field!(F::new("radius.Session_Timeout", Uint32, "Session-Timeout"));
    pub static IDLE_TIMEOUT: &F = field!(F::new("radius.Idle_Timeout", Uint32, "Idle-Timeout"));
    pub static TERMINATION_ACTION: &F = field!(
        F::new("radius.Termination_Action", Uint32, "Termination-Action")
            .vals(TERMINATION_ACTION_VALS)
    );
    pub static CALLED_STATION_ID: &F = field!(F::new(
        "radius.Called_Station_Id",
        String,
        "Called-Station-Id"
    ));
    pub static CALLING_STATION_ID: &F = field!(F::new(
        "radius.Calling_Station_Id",
        String,
        "Calling-Station-Id"
    ));
    pub static NAS_IDENTIFIER: &F =
        field!(F::new("radius.NAS_Identifier", String, "NAS-Identifier"));
    pub static PROXY_STATE: &F = field!(F::new("radius.Proxy_State", Bytes, "Proxy-State"));
    pub static LOGIN_LAT_SERVICE: &F = field!(F::new(
        "radius.Login_LAT_Service",
        String,
        "Login-LAT-Service"
    ));
    pub static LOGIN_LAT_NODE: &F =
        field!(F::new("radius.Login_LAT_Node", String, "Login-LAT-Node"));
    pub static LOGIN_LAT_GROUP: &F =
        field!(F::new("radius.Login_LAT_Group", Bytes, "Login-LAT-Group"));
    pub static FRAMED_APPLETALK_LINK: &F = field!(F::new(
        "radius.Framed_AppleTalk_Link",
        Uint32,
        "Framed-AppleTalk-Link"
    ));
    pub static FRAMED_APPLETALK_NETWORK: &F = field!(F::new(
        "radius.Framed_AppleTalk_Network",
        Uint32,
        "Framed-AppleTalk-Network"
    ));
    pub static FRAMED_APPLETALK_ZONE: &F = field!(F::new(
        "radius.Framed_AppleTalk_Zone",
        String,
        "Framed-AppleTalk-Zone"
    ));
    pub static ACCT_STATUS_TYPE: &F = field!(
        F::new("radius.Acct_Status_Type", Uint32, "Acct-Status-Type").vals(ACCT_STATUS_TYPE_VALS)
    );
    pub static ACCT_DELAY_TIME: &F =
        field!(F::new("radius.Acct_Delay_Time", Uint32, "Acct-Delay-Time"));
    pub static ACCT_INPUT_OCTETS: &F = field!(F::new(
        "radius.Acct_Input_Octets",
        Uint32,
        "Acct-Input-Octets"
    ));
    pub static ACCT_OUTPUT_OCTETS: &F = field!(F::new(
        "radius.Acct_Output_Octets",
        Uint32,
        "Acct-Output-Octets"
    ));
    pub static ACCT_SESSION_ID: &F =
        field!(F::new("radius.Acct_Session_Id", String, "Acct-Session-Id"));
    pub static ACCT_AUTHENTIC: &F =
        field!(F::new("radius.Acct_Authentic", Uint32, "Acct-Authentic").vals(ACCT_AUTHENTIC_VALS));
    pub static ACCT_SESSION_TIME: &F = field!(F::new(
        "radius.Acct_Session_Time",
        Uint32,
        "Acct-Session-Time"
    ));
    pub static ACCT_INPUT_PACKETS: &F = field!(F::new(
        "radius.Acct_Input_Packets",
        Uint32,
        "Acct-Input-Packets"
    ));
    pub static ACCT_OUTPUT_PACKETS: &F = field!(F::new(
        "radius.Acct_Output_Packets",
        Uint32,
        "Acct-Output-Packets"
    ));
    pub static ACCT_TERMINATE_CAUSE: &F = field!(
        F::new(
            "radius.Acct_Terminate_Cause",
            Uint32,
            "Acct-Terminate-Cause"
        )
        .vals(ACCT_TERMINATE_CAUSE_VALS)
    );
    pub static ACCT_MULTI_SESSION_ID: &F = field!(F::new(
        "radius.Acct_Multi_Session_Id",
        String,
        "Acct-Multi-Session-Id"
    ));
    pub static ACCT_LINK_COUNT: &F =
        field!(F::new("radius.Acct_Link_Count", Uint32, "Acct-Link-Count"));
    pub static ACCT_INPUT_GIGAWORDS: &F = field!(F::new(
        "radius.Acct_Input_Gigawords",
        Uint32,
        "Acct-Input-Gigawords"
    ));
    pub static ACCT_OUTPUT_GIGAWORDS: &F = field!(F::new(
        "radius.Acct_Output_Gigawords",
        Uint32,
        "Acct-Output-Gigawords"
    ));
    pub static EVENT_TIMESTAMP: &F = field!(F::new(
        "radius.Event_Timestamp",
        AbsoluteTime,
        "Event-Timestamp"
    ));
    pub static EGRESS_VLANID_ATTR: &F =
        field!(F::new("radius.Egress_VLANID", Uint32, "Egress-VLANID"));
    pub static INGRESS_FILTERS: &F = field!(
        F::new("radius.Ingress_Filters", Uint32, "Ingress-Filters").vals(INGRESS_FILTERS_VALS)
    );
    pub static EGRESS_VLAN_NAME_ATTR: &F = field!(F::new(
        "radius.Egress_VLAN_Name",
        String,
        "Egress-VLAN-Name"
    ));
    pub static USER_PRIORITY_TABLE: &F = field!(F::new(
        "radius.User_Priority_Table",
        Bytes,
        "User-Priority-Table"
    ));
    pub static CHAP_CHALLENGE: &F =
        field!(F::new("radius.CHAP_Challenge", Bytes, "CHAP-Challenge"));
    pub static NAS_PORT_TYPE: &F =
        field!(F::new("radius.NAS_Port_Type", Uint32, "NAS-Port-Type").vals(NAS_PORT_TYPE_VALS));
    pub static PORT_LIMIT: &F = field!(F::new("radius.Port_Limit", Uint32, "Port-Limit"));
    pub static LOGIN_LAT_PORT: &F =
        field!(F::new("radius.Login_LAT_Port", String, "Login-LAT-Port"));
    pub static TUNNEL_TYPE: &F =
        field!(F::new("radius.Tunnel_Type", Uint32, "Tunnel-Type").vals(TUNNEL_TYPE_VALS));
    pub static TUNNEL_TYPE_TAG: &F = field!(
        F::new("radius.Tunnel_Type.tag", Uint8, "Tag")
            .base(Base::Hex)
            .blurb("Tunnel-Type Tag")
    );
    pub static TUNNEL_MEDIUM_TYPE: &F = field!(
        F::new("radius.Tunnel_Medium_Type", Uint32, "Tunnel-Medium-Type")
            .vals(TUNNEL_MEDIUM_TYPE_VALS)
    );
    pub static TUNNEL_MEDIUM_TYPE_TAG: &F = field!(
        F::new("radius.Tunnel_Medium_Type.tag", Uint8, "Tag")
            .base(Base::Hex)
            .blurb("Tunnel-Medium-Type Tag")
    );
    pub static TUNNEL_CLIENT_ENDPOINT: &F = field!(F::new(
        "radius.Tunnel_Client_Endpoint",
        String,
        "Tunnel-Client-Endpoint"
    ));
    pub static TUNNEL_CLIENT_ENDPOINT_TAG: &F = field!(
        F::new("radius.Tunnel_Client_Endpoint.tag", Uint8, "Tag")
            .base(Base::Hex)
            .blurb("Tunnel-Client-Endpoint Tag")
    );
    pub static TUNNEL_SERVER_ENDPOINT: &F = field!(F::new(
        "radius.Tunnel_Server_Endpoint",
        String,
        "Tunnel-Server-Endpoint"
    ));
    pub static TUNNEL_SERVER_ENDPOINT_TAG: &F = field!(
        F::new("radius.Tunnel_Server_Endpoint.tag", Uint8, "Tag")
            .base(Base::Hex)
            .blurb("Tunnel-Server-Endpoint Tag")
    );
    pub static ACCT_TUNNEL_CONNECTION: &F = field!(F::new(
        "radius.Acct_Tunnel_Connection",
        String,
        "Acct-Tunnel-Connection"
    ));
    pub static TUNNEL_PASSWORD: &F =
        field!(F::new("radius.Tunnel_Password", String, "Tunnel-Password"));
    pub static TUNNEL_PASSWORD_ENCRYPTED: &F = field!(F::new(
        "radius.Tunnel_Password_encrypted",
        Bytes,
        "Tunnel-Password (encrypted)"
    ));
    pub static TUNNEL_PASSWORD_TAG: &F = field!(
        F::new("radius.Tunnel_Password.tag", Uint8, "Tag")
            .base(Base::Hex)
            .blurb("Tunnel-Password Tag")
    );
    pub static ARAP_PASSWORD: &F = field!(F::new("radius.ARAP_Password", Bytes, "ARAP-Password"));
    pub static ARAP_FEATURES: &F = field!(F::new("radius.ARAP_Features", Bytes, "ARAP-Features"));
    pub static ARAP_ZONE_ACCESS: &F = field!(
        F::new("radius.ARAP_Zone_Access", Uint32, "ARAP-Zone-Access").vals(ARAP_ZONE_ACCESS_VALS)
    );
    pub static ARAP_SECURITY: &F = field!(F::new("radius.ARAP_Security", Uint32, "ARAP-Security"));
    pub static ARAP_SECURITY_DATA: &F = field!(F::new(
        "radius.ARAP_Security_Data",
        String,
        "ARAP-Security-Data"
    ));
    pub static PASSWORD_RETRY: &F =
        field!(F::new("radius.Password_Retry", Uint32, "Password-Retry"));
    pub static PROMPT: &F = field!(F::new("radius.Prompt", Uint32, "Prompt").vals(PROMPT_VALS));
    pub static CONNECT_INFO: &F = field!(F::new("radius.Connect_Info", String, "Connect-Info"));
    pub static CONFIGURATION_TOKEN: &F = field!(F::new(
        "radius.Configuration_Token",
        String,
        "Configuration-Token"
    ));
    pub static EAP_MESSAGE: &F = field!(F::new("radius.EAP_Message", Bytes, "EAP-Message"));
    pub static MESSAGE_AUTHENTICATOR: &F = field!(F::new(
        "radius.Message_Authenticator",
        Bytes,
        "Message-Authenticator"
    ));
    pub static TUNNEL_PRIVATE_GROUP_ID: &F = field!(F::new(
        "radius.Tunnel_Private_Group_Id",
        String,
        "Tunnel-Private-Group-Id"
    ));
    pub static TUNNEL_PRIVATE_GROUP_ID_TAG: &F = field!(
        F::new("radius.Tunnel_Private_Group_Id.tag", Uint8, "Tag")
            .base(Base::Hex)
            .blurb("Tunnel-Private-Group-Id Tag")
    );
    pub static TUNNEL_ASSIGNMENT_ID: &F = field!(F::new(
        "radius.Tunnel_Assignment_Id",
        String,
        "Tunnel-Assignment-Id"
    ));
    pub static TUNNEL_ASSIGNMENT_ID_TAG: &F = field!(
        F::new("radius.Tunnel_Assignment_Id.tag", Uint8, "Tag")
            .base(Base::Hex)
            .blurb("Tunnel-Assignment-Id Tag")
    );
    pub static TUNNEL_PREFERENCE: &F = field!(F::new(
        "radius.Tunnel_Preference",
        Uint32,
        "Tunnel-Preference"
    ));
    pub static TUNNEL_PREFERENCE_TAG: &F = field!(
        F::new("radius.Tunnel_Preference.tag", Uint8, "Tag")
            .base(Base::Hex)
            .blurb("Tunnel-Preference Tag")
    );
    pub static ARAP_CHALLENGE_RESPONSE: &F = field!(F::new(
        "radius.ARAP_Challenge_Response",
        Bytes,
        "ARAP-Challenge-Response"
    ));
    pub static ACCT_INTERIM_INTERVAL: &F = field!(F::new(
        "radius.Acct_Interim_Interval",
        Uint32,
        "Acct-Interim-Interval"
    ));
    pub static ACCT_TUNNEL_PACKETS_LOST: &F = field!(F::new(
        "radius.Acct_Tunnel_Packets_Lost",
        Uint32,
        "Acct-Tunnel-Packets-Lost"
    ));
    pub static NAS_PORT_ID: &F = field!(F::new("radius.NAS_Port_Id", String, "NAS-Port-Id"));
    pub static FRAMED_POOL: &F = field!(F::new("radius.Framed_Pool", String, "Framed-Pool"));
    pub static CHARGEABLE_USER_IDENTITY: &F = field!(F::new(
        "radius.Chargeable_User_Identity",
        String,
        "Chargeable-User-Identity"
    ));
    pub static TUNNEL_CLIENT_AUTH_ID: &F = field!(F::new(
        "radius.Tunnel_Client_Auth_Id",
        String,
        "Tunnel-Client-Auth-Id"
    ));
    pub static TUNNEL_CLIENT_AUTH_ID_TAG: &F = field!(
        F::new("radius.Tunnel_Client_Auth_Id.tag", Uint8, "Tag")
            .base(Base::Hex)
            .blurb("Tunnel-Client-Auth-Id Tag")
    );
    pub static TUNNEL_SERVER_AUTH_ID: &F = field!(F::new(
        "radius.Tunnel_Server_Auth_Id",
        String,
        "Tunnel-Server-Auth-Id"
    ));
    pub static TUNNEL_SERVER_AUTH_ID_TAG: &F = field!(
        F::new("radius.Tunnel_Server_Auth_Id.tag", Uint8, "Tag")
            .base(Base::Hex)
            .blurb("Tunnel-Server-Auth-Id Tag")
    );
    pub static NAS_FILTER_RULE: &F =
        field!(F::new("radius.NAS_Filter_Rule", String, "NAS-Filter-Rule"));
    pub static ORIGINATING_LINE_INFO: &F = field!(F::new(
        "radius.Originating_Line_Info",
        String,
        "Originating-Line-Info"
    ));
    pub static NAS_IPV6_ADDRESS: &F =
        field!(F::new("radius.NAS_IPv6_Address", Ipv6, "NAS-IPv6-Address"));
    pub static FRAMED_INTERFACE_ID: &F = field!(F::new(
        "radius.Framed_Interface_Id",
        Bytes,
        "Framed-Interface-Id"
    ));
    pub static FRAMED_IPV6_PREFIX: &F = field!(F::new(
        "radius.Framed_IPv6_Prefix",
        Bytes,
        "Framed-IPv6-Prefix"
    ));
    pub static LOGIN_IPV6_HOST: &F =
        field!(F::new("radius.Login_IPv6_Host", Ipv6, "Login-IPv6-Host"));
    pub static FRAMED_IPV6_ROUTE: &F = field!(F::new(
        "radius.Framed_IPv6_Route",
        String,
        "Framed-IPv6-Route"
    ));
    pub static FRAMED_IPV6_POOL: &F = field!(F::new(
        "radius.Framed_IPv6_Pool",
        String,
        "Framed-IPv6-Pool"
    ));
    pub static ERROR_CAUSE: &F =
        field!(F::new("radius.Error_Cause", Uint32, "Error-Cause").vals(ERROR_CAUSE_VALS));
    pub static EAP_KEY_NAME: &F = field!(F::new("radius.EAP_Key_Name", String, "EAP-Key-Name"));
    pub static DELEGATED_IPV6_PREFIX: &F = field!(F::new(
        "radius.Delegated_IPv6_Prefix",
        Bytes,
        "Delegated-IPv6-Prefix"
    ));
    pub static MIP6_FEATURE_VECTOR: &F = field!(F::new(
        "radius.MIP6_Feature_Vector",
        Bytes,
        "MIP6-Feature-Vector"
    ));
    pub static MIP6_HOME_LINK_PREFIX: &F = field!(F::new(
        "radius.MIP6_Home_Link_Prefix",
        Bytes,
        "MIP6-Home-Link-Prefix"
    ));
    pub static MULTI_LINK_FLAG: &F = field!(
        F::new("radius.Multi_Link_Flag", Uint32, "Multi-Link-Flag").vals(MULTI_LINK_FLAG_VALS)
    );
    pub static LOCATION_INFORMATION: &F = field!(F::new(
        "radius.Location_Information",
        Bytes,
        "Location-Information"
    ));
    pub static LOCATION_DATA: &F = field!(F::new("radius.Location_Data", Bytes, "Location-Data"));
    pub static BASIC_LOCATION_POLICY_RULES: &F = field!(F::new(
        "radius.Basic_Location_Policy_Rules",
        Bytes,
        "Basic-Location-Policy-Rules"
    ));
    pub static EXTENDED_LOCATION_POLICY_RULES: &F = field!(F::new(
        "radius.Extended_Location_Policy_Rules",
        String,
        "Extended-Location-Policy-Rules"
    ));
    pub static LOCATION_CAPABLE: &F = field!(
        F::new("radius.Location_Capable", Uint32, "Location-Capable").vals(LOCATION_CAPABLE_VALS)
    );
    pub static REQUESTED_LOCATION_INFO: &F = field!(
        F::new(
            "radius.Requested_Location_Info",
            Uint32,
            "Requested-Location-Info"
        )
        .vals(REQUESTED_LOCATION_INFO_VALS)
    );
    pub static FRAMED_MANAGEMENT: &F = field!(
        F::new("radius.Framed_Management", Uint32, "Framed-Management")
            .vals(FRAMED_MANAGEMENT_VALS)
    );
    pub static MANAGEMENT_TRANSPORT_PROTECTION: &F = field!(
        F::new(
            "radius.Management_Transport_Protection",
            Uint32,
            "Management-Transport-Protection"
        )
        .vals(MANAGEMENT_TRANSPORT_PROTECTION_VALS)
    );
    pub static MANAGEMENT_POLICY_ID: &F = field!(F::new(
        "radius.Management_Policy_Id",
        String,
        "Management-Policy-Id"
    ));
    pub static MANAGEMENT_PRIVILEGE_LEVEL: &F = field!(F::new(
        "radius.Management_Privilege_Level",
        Uint32,
        "Management-Privilege-Level"
    ));
    pub static PKM_SS_CERT: &F = field!(F::new("radius.PKM_SS_Cert", Bytes, "PKM-SS-Cert"));
    pub static PKM_CA_CERT: &F = field!(F::new("radius.PKM_CA_Cert", Bytes, "PKM-CA-Cert"));
    pub static PKM_CONFIG_SETTINGS: &F = field!(F::new(
        "radius.PKM_Config_Settings",
        Bytes,
        "PKM-Config-Settings"
    ));
    pub static PKM_CRYPTOSUITE_LIST: &F = field!(F::new(
        "radius.PKM_Cryptosuite_List",
        Bytes,
        "PKM-Cryptosuite-List"
    ));
    pub static PKM_SAID: &F = field!(F::new("radius.PKM_SAID", Uint32, "PKM-SAID"));
    pub static PKM_SA_DESCRIPTOR: &F = field!(F::new(
        "radius.PKM_SA_Descriptor",
        Bytes,
        "PKM-SA-Descriptor"
    ));
    pub static PKM_AUTH_KEY: &F = field!(F::new("radius.PKM_Auth_Key", Bytes, "PKM-Auth-Key"));
    pub static DS_LITE_TUNNEL_NAME: &F = field!(F::new(
        "radius.DS_Lite_Tunnel_Name",
        String,
        "DS-Lite-Tunnel-Name"
    ));
    pub static MOBILE_NODE_IDENTIFIER: &F = field!(F::new(
        "radius.Mobile_Node_Identifier",
        Bytes,
        "Mobile-Node-Identifier"
    ));
    pub static SERVICE_SELECTION: &F = field!(F::new(
        "radius.Service_Selection",
        String,
        "Service-Selection"
    ));
    pub static PMIP6_HOME_LMA_IPV6_ADDRESS: &F = field!(F::new(
        "radius.PMIP6_Home_LMA_IPv6_Address",
        Ipv6,
        "PMIP6-Home-LMA-IPv6-Address"
    ));
    pub static PMIP6_VISITED_LMA_IPV6_ADDRESS: &F = field!(F::new(
        "radius.PMIP6_Visited_LMA_IPv6_Address",
        Ipv6,
        "PMIP6-Visited-LMA-IPv6-Address"
    ));
    pub static PMIP6_HOME_LMA_IPV4_ADDRESS: &F = field!(F::new(
        "radius.PMIP6_Home_LMA_IPv4_Address",
        Ipv4,
        "PMIP6-Home-LMA-IPv4-Address"
    ));
    pub static PMIP6_VISITED_LMA_IPV4_ADDRESS: &F = field!(F::new(
        "radius.PMIP6_Visited_LMA_IPv4_Address",
        Ipv4,
        "PMIP6-Visited-LMA-IPv4-Address"
    ));
    pub static PMIP6_HOME_HN_PREFIX: &F = field!(F::new(
        "radius.PMIP6_Home_HN_Prefix",
        Bytes,
        "PMIP6-Home-HN-Prefix"
    ));
    pub static PMIP6_VISITED_HN_PREFIX: &F = field!(F::new(
        "radius.PMIP6_Visited_HN_Prefix",
        Bytes,
        "PMIP6-Visited-HN-Prefix"
    ));
    pub static PMIP6_HOME_INTERFACE_ID: &F = field!(F::new(
        "radius.PMIP6_Home_Interface_ID",
        Bytes,
        "PMIP6-Home-Interface-ID"
    ));
    pub static PMIP6_VISITED_INTERFACE_ID: &F = field!(F::new(
        "radius.PMIP6_Visited_Interface_ID",
        Bytes,
        "PMIP6-Visited-Interface-ID"
    ));
    pub static PMIP6_HOME_IPV4_HOA: &F = field!(F::new(
        "radius.PMIP6_Home_IPv4_HoA",
        Bytes,
        "PMIP6-Home-IPv4-HoA"
    ));
    pub static PMIP6_VISITED_IPV4_HOA: &F = field!(F::new(
        "radius.PMIP6_Visited_IPv4_HoA",
        Bytes,
        "PMIP6-Visited-IPv4-HoA"
    ));
    pub static PMIP6_HOME_DHCP4_SERVER_ADDRESS: &F = field!(F::new(
        "radius.PMIP6_Home_DHCP4_Server_Address",
        Ipv4,
        "PMIP6-Home-DHCP4-Server-Address"
    ));
    pub static PMIP6_VISITED_DHCP4_SERVER_ADDRESS: &F = field!(F::new(
        "radius.PMIP6_Visited_DHCP4_Server_Address",
        Ipv4,
        "PMIP6-Visited-DHCP4-Server-Address"
    ));
    pub static PMIP6_HOME_DHCP6_SERVER_ADDRESS: &F = field!(F::new(
        "radius.PMIP6_Home_DHCP6_Server_Address",
        Ipv6,
        "PMIP6-Home-DHCP6-Server-Address"
    ));
    pub static PMIP6_VISITED_DHCP6_SERVER_ADDRESS: &F = field!(F::new(
        "radius.PMIP6_Visited_DHCP6_Server_Address",
        Ipv6,
        "PMIP6-Visited-DHCP6-Server-Address"
    ));
    pub static PMIP6_HOME_IPV4_GATEWAY: &F = field!(F::new(
        "radius.PMIP6_Home_IPv4_Gateway",
        Ipv4,
        "PMIP6-Home-IPv4-Gateway"
    ));
    pub static PMIP6_VISITED_IPV4_GATEWAY: &F = field!(F::new(
        "radius.PMIP6_Visited_IPv4_Gateway",
        Ipv4,
        "PMIP6-Visited-IPv4-Gateway"
    ));
    pub static EAP_LOWER_LAYER: &F = field!(
        F::new("radius.EAP_Lower_Layer", Uint32, "EAP-Lower-Layer").vals(EAP_LOWER_LAYER_VALS)
    );
    pub static GSS_ACCEPTOR_SERVICE_NAME: &F = field!(F::new(
        "radius.GSS_Acceptor_Service_Name",
        String,
        "GSS-Acceptor-Service-Name"
    ));
    pub static GSS_ACCEPTOR_HOST_NAME: &F = field!(F::new(
        "radius.GSS_Acceptor_Host_Name",
        String,
        "GSS-Acceptor-Host-Name"
    ));
    pub static GSS_ACCEPTOR_SERVICE_SPECIFICS: &F = field!(F::new(
        "radius.GSS_Acceptor_Service_Specifics",
        String,
        "GSS-Acceptor-Service-Specifics"
    ));
    pub static GSS_ACCEPTOR_REALM_NAME: &F = field!(F::new(
        "radius.GSS_Acceptor_Realm_Name",
        String,
        "GSS-Acceptor-Realm-Name"
    ));
    pub static FRAMED_IPV6_ADDRESS: &F = field!(F::new(
        "radius.Framed_IPv6_Address",
        Ipv6,
        "Framed-IPv6-Address"
    ));
    pub static DNS_SERVER_IPV6_ADDRESS: &F = field!(F::new(
        "radius.DNS_Server_IPv6_Address",
        Ipv6,
        "DNS-Server-IPv6-Address"
    ));
    pub static ROUTE_IPV6_INFORMATION: &F = field!(F::new(
        "radius.Route_IPv6_Information",
        Bytes,
        "Route-IPv6-Information"
    ));
    pub static DELEGATED_IPV6_PREFIX_POOL: &F = field!(F::new(
        "radius.Delegated_IPv6_Prefix_Pool",
        String,
        "Delegated-IPv6-Prefix-Pool"
    ));
    pub static STATEFUL_IPV6_ADDRESS_POOL: &F = field!(F::new(
        "radius.Stateful_IPv6_Address_Pool",
        String,
        "Stateful-IPv6-Address-Pool"
    ));
    pub static IPV6_6RD_CONFIGURATION: &F = field!(F::new(
        "radius.IPv6_6rd_Configuration",
        Bytes,
        "IPv6-6rd-Configuration"
    ));
    pub static DIGEST_RESPONSE: &F =
        field!(F::new("radius.Digest_Response", String, "Digest-Response"));
    pub static DIGEST_ATTRIBUTES: &F = field!(F::new(
        "radius.Digest_Attributes",
        Bytes,
        "Digest-Attributes"
    ));
    pub static EXTENDED_ATTRIBUTE_1: &F = field!(F::new(
        "radius.Extended_Attribute_1",
        Bytes,
        "Extended-Attribute-1"
    ));
    pub static EXTENDED_ATTRIBUTE_2: &F = field!(F::new(
        "radius.Extended_Attribute_2",
        Bytes,
        "Extended-Attribute-2"
    ));
    pub static EXTENDED_ATTRIBUTE_3: &F = field!(F::new(
        "radius.Extended_Attribute_3",
        Bytes,
        "Extended-Attribute-3"
    ));
    pub static EXTENDED_ATTRIBUTE_4: &F = field!(F::new(
        "radius.Extended_Attribute_4",
        Bytes,
        "Extended-Attribute-4"
    ));
    pub static EXTENDED_ATTRIBUTE_5: &F = field!(F::new(
        "radius.Extended_Attribute_5",
        Bytes,
        "Extended-Attribute-5"
    ));
    pub static EXTENDED_ATTRIBUTE_6: &F = field!(F::new(
        "radius.Extended_Attribute_6",
        Bytes,
        "Extended-Attribute-6"
    ));
    pub static CHAR_NOECHO: &F = field!(F::new("radius.Char_Noecho", Uint32, "Char-Noecho"));

    pub static DUP: &F = field!(F::new("radius.dup", Uint32, "Duplicate Message ID"));
    pub static REQ_DUP: &F = field!(F::new(
        "radius.req.dup",
        FrameNum,
        "Duplicate Request Frame Number"
    ));
    pub static RSP_DUP: &F = field!(F::new(
        "radius.rsp.dup",
        FrameNum,
        "Duplicate Response Frame Number"
    ));
    pub static FRAMED_IP_ADDRESS_DASHED: &F = field!(F::new(
        "radius.Framed-IP-Address",
        Ipv4,
        "Framed-IP-Address"
    ));
    pub static LOGIN_IP_HOST_DASHED: &F =
        field!(F::new("radius.Login-IP-Host", Ipv4, "Login-IP-Host"));

    pub static ALL: &[&F] = &[
        DUP,
        REQ_DUP,
        RSP_DUP,
        FRAMED_IP_ADDRESS_DASHED,
        LOGIN_IP_HOST_DASHED,
        CODE,
        ID,
        LENGTH,
        AUTHENTICATOR,
        REQ,
        RSP,
        REQFRAME,
        TIME,
        AVP,
        AVP_TYPE,
        AVP_LENGTH,
        AVP_VENDOR_ID,
        AVP_VENDOR_TYPE,
        AVP_VENDOR_LEN,
        AVP_EXTENDED_TYPE,
        AVP_EXTENDED_MORE,
        UNKNOWN_ATTRIBUTE,
        EAP_FRAGMENT,
        CHAP_IDENT,
        CHAP_STRING,
        EGRESS_VLANID_TAG,
        EGRESS_VLANID_PAD,
        EGRESS_VLANID,
        EGRESS_VLAN_NAME_TAG,
        EGRESS_VLAN_NAME,
        INVALID_LENGTH,
        USER_NAME,
        USER_PASSWORD,
        USER_PASSWORD_ENCRYPTED,
        CHAP_PASSWORD,
        NAS_IP_ADDRESS,
        NAS_PORT,
        SERVICE_TYPE,
        FRAMED_PROTOCOL,
        FRAMED_IP_ADDRESS,
        FRAMED_IP_NETMASK,
        FRAMED_ROUTING,
        FILTER_ID,
        FRAMED_MTU,
        FRAMED_COMPRESSION,
        LOGIN_IP_HOST,
        LOGIN_SERVICE,
        LOGIN_TCP_PORT,
        OLD_PASSWORD,
        REPLY_MESSAGE,
        CALLBACK_NUMBER,
        CALLBACK_ID,
        FRAMED_ROUTE,
        FRAMED_IPX_NETWORK,
        STATE,
        CLASS,
        VENDOR_SPECIFIC,
        SESSION_TIMEOUT,
        IDLE_TIMEOUT,
        TERMINATION_ACTION,
        CALLED_STATION_ID,
        CALLING_STATION_ID,
        NAS_IDENTIFIER,
        PROXY_STATE,
        LOGIN_LAT_SERVICE,
        LOGIN_LAT_NODE,
        LOGIN_LAT_GROUP,
        FRAMED_APPLETALK_LINK,
        FRAMED_APPLETALK_NETWORK,
        FRAMED_APPLETALK_ZONE,
        ACCT_STATUS_TYPE,
        ACCT_DELAY_TIME,
        ACCT_INPUT_OCTETS,
        ACCT_OUTPUT_OCTETS,
        ACCT_SESSION_ID,
        ACCT_AUTHENTIC,
        ACCT_SESSION_TIME,
        ACCT_INPUT_PACKETS,
        ACCT_OUTPUT_PACKETS,
        ACCT_TERMINATE_CAUSE,
        ACCT_MULTI_SESSION_ID,
        ACCT_LINK_COUNT,
        ACCT_INPUT_GIGAWORDS,
        ACCT_OUTPUT_GIGAWORDS,
        EVENT_TIMESTAMP,
        EGRESS_VLANID_ATTR,
        INGRESS_FILTERS,
        EGRESS_VLAN_NAME_ATTR,
        USER_PRIORITY_TABLE,
        CHAP_CHALLENGE,
        NAS_PORT_TYPE,
        PORT_LIMIT,
        LOGIN_LAT_PORT,
        TUNNEL_TYPE,
        TUNNEL_TYPE_TAG,
        TUNNEL_MEDIUM_TYPE,
        TUNNEL_MEDIUM_TYPE_TAG,
        TUNNEL_CLIENT_ENDPOINT,
        TUNNEL_CLIENT_ENDPOINT_TAG,
        TUNNEL_SERVER_ENDPOINT,
        TUNNEL_SERVER_ENDPOINT_TAG,
        ACCT_TUNNEL_CONNECTION,
        TUNNEL_PASSWORD,
        TUNNEL_PASSWORD_ENCRYPTED,
        TUNNEL_PASSWORD_TAG,
        ARAP_PASSWORD,
        ARAP_FEATURES,
        ARAP_ZONE_ACCESS,
        ARAP_SECURITY,
        ARAP_SECURITY_DATA,
        PASSWORD_RETRY,
        PROMPT,
        CONNECT_INFO,
        CONFIGURATION_TOKEN,
        EAP_MESSAGE,
        MESSAGE_AUTHENTICATOR,
        TUNNEL_PRIVATE_GROUP_ID,
        TUNNEL_PRIVATE_GROUP_ID_TAG,
        TUNNEL_ASSIGNMENT_ID,
        TUNNEL_ASSIGNMENT_ID_TAG,
        TUNNEL_PREFERENCE,
        TUNNEL_PREFERENCE_TAG,
        ARAP_CHALLENGE_RESPONSE,
        ACCT_INTERIM_INTERVAL,
        ACCT_TUNNEL_PACKETS_LOST,
        NAS_PORT_ID,
        FRAMED_POOL,
        CHARGEABLE_USER_IDENTITY,
        TUNNEL_CLIENT_AUTH_ID,
        TUNNEL_CLIENT_AUTH_ID_TAG,
        TUNNEL_SERVER_AUTH_ID,
        TUNNEL_SERVER_AUTH_ID_TAG,
        NAS_FILTER_RULE,
        ORIGINATING_LINE_INFO,
        NAS_IPV6_ADDRESS,
        FRAMED_INTERFACE_ID,
        FRAMED_IPV6_PREFIX,
        LOGIN_IPV6_HOST,
        FRAMED_IPV6_ROUTE,
        FRAMED_IPV6_POOL,
        ERROR_CAUSE,
        EAP_KEY_NAME,
        DELEGATED_IPV6_PREFIX,
        MIP6_FEATURE_VECTOR,
        MIP6_HOME_LINK_PREFIX,
        MULTI_LINK_FLAG,
        LOCATION_INFORMATION,
        LOCATION_DATA,
        BASIC_LOCATION_POLICY_RULES,
        EXTENDED_LOCATION_POLICY_RULES,
        LOCATION_CAPABLE,
        REQUESTED_LOCATION_INFO,
        FRAMED_MANAGEMENT,
        MANAGEMENT_TRANSPORT_PROTECTION,
        MANAGEMENT_POLICY_ID,
        MANAGEMENT_PRIVILEGE_LEVEL,
        PKM_SS_CERT,
        PKM_CA_CERT,
        PKM_CONFIG_SETTINGS,
        PKM_CRYPTOSUITE_LIST,
        PKM_SAID,
        PKM_SA_DESCRIPTOR,
        PKM_AUTH_KEY,
        DS_LITE_TUNNEL_NAME,
        MOBILE_NODE_IDENTIFIER,
        SERVICE_SELECTION,
        PMIP6_HOME_LMA_IPV6_ADDRESS,
        PMIP6_VISITED_LMA_IPV6_ADDRESS,
        PMIP6_HOME_LMA_IPV4_ADDRESS,
        PMIP6_VISITED_LMA_IPV4_ADDRESS,
        PMIP6_HOME_HN_PREFIX,
        PMIP6_VISITED_HN_PREFIX,
        PMIP6_HOME_INTERFACE_ID,
        PMIP6_VISITED_INTERFACE_ID,
        PMIP6_HOME_IPV4_HOA,
        PMIP6_VISITED_IPV4_HOA,
        PMIP6_HOME_DHCP4_SERVER_ADDRESS,
        PMIP6_VISITED_DHCP4_SERVER_ADDRESS,
        PMIP6_HOME_DHCP6_SERVER_ADDRESS,
        PMIP6_VISITED_DHCP6_SERVER_ADDRESS,
        PMIP6_HOME_IPV4_GATEWAY,
        PMIP6_VISITED_IPV4_GATEWAY,
        EAP_LOWER_LAYER,
        GSS_ACCEPTOR_SERVICE_NAME,
        GSS_ACCEPTOR_HOST_NAME,
        GSS_ACCEPTOR_SERVICE_SPECIFICS,
        GSS_ACCEPTOR_REALM_NAME,
        FRAMED_IPV6_ADDRESS,
        DNS_SERVER_IPV6_ADDRESS,
        ROUTE_IPV6_INFORMATION,
        DELEGATED_IPV6_PREFIX_POOL,
        STATEFUL_IPV6_ADDRESS_POOL,
        IPV6_6RD_CONFIGURATION,
        DIGEST_RESPONSE,
        DIGEST_ATTRIBUTES,
        EXTENDED_ATTRIBUTE_1,
        EXTENDED_ATTRIBUTE_2,
        EXTENDED_ATTRIBUTE_3,
        EXTENDED_ATTRIBUTE_4,
        EXTENDED_ATTRIBUTE_5,
        EXTENDED_ATTRIBUTE_6,
        CHAR_NOECHO,
    ];

    const CODE_VALS: &[(u64, &str)] = &[
        (1, "Access-Request"),
        (2, "Access-Accept"),
        (3, "Access-Reject"),
        (4, "Accounting-Request"),
        (5, "Accounting-Response"),
        (6, "Accounting-Status"),
        (7, "Password-Request"),
        (8, "Password-Ack"),
        (9, "Password-Reject"),
        (10, "Accounting-Message"),
        (11, "Access-Challenge"),
        (12, "Status-Server"),
        (13, "Status-Client"),
        (21, "Resource-Free-Request"),
        (22, "Resource-Free-Response"),
        (23, "Resource-Query-Request"),
        (24, "Query_Response"),
        (25, "Alternate-Resource-Reclaim-Request"),
        (26, "NAS-Reboot-Request"),
        (27, "NAS-Reboot-Response"),
        (29, "Next-Passcode"),
        (30, "New-Pin"),
        (31, "Terminate-Session"),
        (32, "Password-Expired"),
        (33, "Event-Request"),
        (34, "Event-Response"),
        (40, "Disconnect-Request"),
        (41, "Disconnect-ACK"),
        (42, "Disconnect-NAK"),
        (43, "CoA-Request"),
        (44, "CoA-ACK"),
        (45, "CoA-NAK"),
        (50, "IP-Address-Allocate"),
        (51, "IP-Address-Release"),
        (129, "ALU-State-Request"),
        (130, "ALU-State-Accept"),
        (131, "ALU-State-Reject"),
        (132, "ALU-State-Error"),
    ];

    const EGRESS_VLANID_TAG_VALS: &[(u64, &str)] = &[(0x31, "Tagged"), (0x32, "Untagged")];

    const SERVICE_TYPE_VALS: &[(u64, &str)] = &[
        (3, "Callback-Login-User"),
        (4, "Callback-Framed-User"),
        (5, "Outbound-User"),
        (6, "Administrative-User"),
        (7, "NAS-Prompt-User"),
        (8, "Authenticate-Only"),
        (9, "Callback-NAS-Prompt"),
        (10, "Call-Check"),
        (11, "Callback-Administrative"),
        (12, "Voice"),
        (13, "Fax"),
        (14, "Modem-Relay"),
        (15, "IAPP-Register"),
        (16, "IAPP-AP-Check"),
        (17, "Authorize-Only"),
        (18, "Framed-Management"),
    ];

    const FRAMED_PROTOCOL_VALS: &[(u64, &str)] = &[
        (1, "PPP"),
        (2, "SLIP"),
        (3, "ARAP"),
        (4, "Gandalf-SLML"),
        (5, "Xylogics-IPX-SLIP"),
        (6, "X.75-Synchronous"),
        (7, "GPRS-PDP-Context"),
        (9, "PPTP"),
        (255, "Ascend-ARA"),
        (256, "Ascend-MPP"),
        (257, "Ascend-EURAW"),
        (258, "Ascend-EUUI"),
        (259, "Ascend-X25"),
        (260, "Ascend-COMB"),
        (261, "Ascend-FR"),
        (262, "Ascend-MP"),
        (263, "Ascend-FR-CIR"),
        (17825794, "Bintec-X25"),
        (17825795, "Bintec-X25-PPP"),
        (17825796, "Bintec-IP-LAPB"),
        (17825798, "Bintec-IP-HDLC"),
        (17825799, "Bintec-MPR-LAPB"),
        (17825800, "Bintec-MPR-HDLC"),
        (17825801, "Bintec-FRAME-RELAY"),
        (17825802, "Bintec-X31-BCHAN"),
        (17825803, "Bintec-X75-PPP"),
        (17825804, "Bintec-X75BTX-PPP"),
        (17825805, "Bintec-X25-NOSIG"),
        (17825806, "Bintec-X25-PPP-OPT"),
        (1224278017, "TP-CAPWAP"),
    ];

    const FRAMED_ROUTING_VALS: &[(u64, &str)] = &[
        (0, "None"),
        (1, "Broadcast"),
        (2, "Listen"),
        (3, "Broadcast-Listen"),
    ];

    const FRAMED_COMPRESSION_VALS: &[(u64, &str)] = &[
        (1, "Van-Jacobson-TCP-IP"),
        (2, "IPX-Header-Compression"),
        (3, "Stac-LZS"),
    ];

    const LOGIN_SERVICE_VALS: &[(u64, &str)] = &[
        (0, "Telnet"),
        (1, "Rlogin"),
        (2, "TCP-Clear"),
        (3, "PortMaster"),
        (4, "LAT"),
        (5, "X25-PAD"),
        (6, "X25-T3POS"),
        (8, "TCP-Clear-Quiet"),
    ];

    const LOGIN_TCP_PORT_VALS: &[(u64, &str)] = &[(23, "Telnet"), (513, "Rlogin"), (514, "Rsh")];

    const TERMINATION_ACTION_VALS: &[(u64, &str)] = &[
        (0, "Default"),
        (1, "RADIUS-Request"),
        (2, "Manage-Resources"),
    ];

    const ACCT_STATUS_TYPE_VALS: &[(u64, &str)] = &[
        (1, "Start"),
        (2, "Stop"),
        (3, "Interim-Update"),
        (4, "Modem-Start"),
        (5, "Modem-Stop"),
        (6, "Cancel"),
        (7, "Accounting-On"),
        (8, "Accounting-Off"),
        (9, "Tunnel-Start"),
        (10, "Tunnel-Stop"),
        (11, "Tunnel-Reject"),
        (12, "Tunnel-Link-Start"),
        (13, "Tunnel-Link-Stop"),
        (14, "Tunnel-Link-Reject"),
        (15, "Failed"),
        (17, "One-Time"),
        (217, "WB-Login"),
        (218, "WB-Logout"),
        (219, "WB-WRitelog"),
        (103809025, "Annex-User-Reject"),
        (103809026, "Annex-Call-Reject"),
        (103809027, "Annex-IPCP-Start"),
        (103809028, "Annex-IPXCP-Start"),
        (103809029, "Annex-ATCP-Start"),
        (103809030, "Annex-Accounting-Restart"),
        (103809031, "Annex-Accounting-Shutoff"),
        (103809032, "Annex-Tunnel-Start"),
        (103809033, "Annex-Tunnel-Stop"),
        (103809034, "Annex-Tunnel-Reject"),
        (103809035, "Annex-Tunnel-Link-Start"),
        (103809036, "Annex-Tunnel-Link-Stop"),
        (103809037, "Annex-MP-Start"),
        (103809038, "Annex-MP-Stop"),
        (103809039, "Annex-Line-Seizure"),
        (103809040, "Annex-Rlogin-Start"),
        (103809041, "Annex-Rlogin-Stop"),
        (160825345, "SG-Service-Start"),
        (160825346, "SG-Service-Stop"),
    ];

    const ACCT_AUTHENTIC_VALS: &[(u64, &str)] =
        &[(1, "RADIUS"), (2, "Local"), (3, "Remote"), (4, "Diameter")];

    const ACCT_TERMINATE_CAUSE_VALS: &[(u64, &str)] = &[
        (1, "User-Request"),
        (2, "Lost-Carrier"),
        (3, "Lost-Service"),
        (4, "Idle-Timeout"),
        (5, "Session-Timeout"),
        (6, "Admin-Reset"),
        (7, "Admin-Reboot"),
        (8, "Port-Error"),
        (9, "NAS-Error"),
        (10, "NAS-Request"),
        (11, "NAS-Reboot"),
        (12, "Port-Unneeded"),
        (13, "Port-Preempted"),
        (14, "Port-Suspended"),
        (15, "Service-Unavailable"),
        (16, "Callback"),
        (17, "User-Error"),
        (18, "Host-Request"),
        (19, "Supplicant-Restart"),
        (20, "Reauthentication-Failure"),
        (21, "Port-Reinit"),
        (22, "Port-Disabled"),
    ];

    const INGRESS_FILTERS_VALS: &[(u64, &str)] = &[(1, "Enabled"), (2, "Disabled")];

    const NAS_PORT_TYPE_VALS: &[(u64, &str)] = &[
        (0, "Async"),
        (1, "Sync"),
        (2, "ISDN"),
        (3, "ISDN-V120"),
        (4, "ISDN-V110"),
        (5, "Virtual"),
        (6, "PIAFS"),
        (7, "HDLC-Clear-Channel"),
        (8, "X.25"),
        (9, "X.75"),
        (10, "G.3-Fax"),
        (11, "SDSL"),
        (12, "ADSL-CAP"),
        (13, "ADSL-DMT"),
        (14, "IDSL"),
        (15, "Ethernet"),
        (16, "xDSL"),
        (17, "Cable"),
        (18, "Wireless-Other"),
        (19, "Wireless-802.11"),
        (20, "Token-Ring"),
        (21, "FDDI"),
        (22, "Wireless-CDMA2000"),
        (23, "Wireless-UMTS"),
        (24, "Wireless-1X-EV"),
        (25, "IAPP"),
        (26, "FTTP"),
        (27, "Wireless-802.16"),
        (28, "Wireless-802.20"),
        (29, "Wireless-802.22"),
        (30, "PPPoA"),
        (31, "PPPoEoA"),
        (32, "PPPoEoE"),
        (33, "PPPoEoVLAN"),
        (34, "PPPoEoQinQ"),
        (35, "xPON"),
        (36, "Wireless-XGP"),
    ];

    const TUNNEL_TYPE_VALS: &[(u64, &str)] = &[
        (1, "PPTP"),
        (2, "L2F"),
        (3, "L2TP"),
        (4, "ATMP"),
        (5, "VTP"),
        (6, "AH"),
        (7, "IP"),
        (8, "MIN-IP"),
        (9, "ESP"),
        (10, "GRE"),
        (11, "DVS"),
        (12, "IP-in-IP"),
        (13, "VLAN"),
    ];

    const TUNNEL_MEDIUM_TYPE_VALS: &[(u64, &str)] = &[
        (1, "IPv4"),
        (2, "IPv6"),
        (3, "NSAP"),
        (4, "HDLC"),
        (5, "BBN-1822"),
        (6, "IEEE-802"),
        (7, "E.163"),
        (8, "E.164"),
        (9, "F.69"),
        (10, "X.121"),
        (11, "IPX"),
        (12, "Appletalk"),
        (13, "DecNet-IV"),
        (14, "Banyan-Vines"),
        (15, "E.164-NSAP"),
    ];

    const ARAP_ZONE_ACCESS_VALS: &[(u64, &str)] = &[
        (1, "Default-Zone"),
        (2, "Zone-Filter-Inclusive"),
        (4, "Zone-Filter-Exclusive"),
    ];

    const PROMPT_VALS: &[(u64, &str)] = &[(0, "No-Echo"), (1, "Echo")];

    const ERROR_CAUSE_VALS: &[(u64, &str)] = &[
        (201, "Residual-Context-Removed"),
        (202, "Invalid-EAP-Packet"),
        (401, "Unsupported-Attribute"),
        (402, "Missing-Attribute"),
        (403, "NAS-Identification-Mismatch"),
        (404, "Invalid-Request"),
        (405, "Unsupported-Service"),
        (406, "Unsupported-Extension"),
        (407, "Invalid-Attribute-Value"),
        (501, "Administratively-Prohibited"),
        (502, "Proxy-Request-Not-Routable"),
        (503, "Session-Context-Not-Found"),
        (504, "Session-Context-Not-Removable"),
        (505, "Proxy-Processing-Error"),
        (506, "Resources-Unavailable"),
        (507, "Request-Initiated"),
        (508, "Multiple-Session-Selection-Unsupported"),
    ];

    const MULTI_LINK_FLAG_VALS: &[(u64, &str)] = &[(0, "False"), (1, "True")];

    const LOCATION_CAPABLE_VALS: &[(u64, &str)] = &[
        (1, "Civic-Location"),
        (2, "Geo-Location"),
        (4, "Users-Location"),
        (8, "NAS-Location"),
    ];

    const REQUESTED_LOCATION_INFO_VALS: &[(u64, &str)] = &[
        (1, "Civic-Location"),
        (2, "Geo-Location"),
        (4, "Users-Location"),
        (8, "NAS-Location"),
        (16, "Future-Requests"),
        (32, "None"),
    ];

    const FRAMED_MANAGEMENT_VALS: &[(u64, &str)] = &[
        (1, "SNMP"),
        (2, "Web-Based"),
        (3, "Netconf"),
        (4, "FTP"),
        (5, "TFTP"),
        (6, "SFTP"),
        (7, "RCP"),
        (8, "SCP"),
    ];

    const MANAGEMENT_TRANSPORT_PROTECTION_VALS: &[(u64, &str)] = &[
        (1, "No-Protection"),
        (2, "Integrity-Protection"),
        (3, "Integrity-Confidentiality-Protection"),
    ];

    const EAP_LOWER_LAYER_VALS: &[(u64, &str)] = &[
        (1, "Wired-IEEE-802.1X"),
        (2, "IEEE-802.1X-No-Preauth"),
        (3, "IEEE-802.1X-Preauth"),
        (4, "IEEE-802.16e"),
        (5, "IKEv2"),
        (6, "PPP"),
        (7, "PANA-No-Preauth"),
        (8, "GSS-API"),
        (9, "PANA-Preauth"),
    ];
}
