//! Names for wire numbers that depend on more than one field (ICMP codes
//! by type) or that tshark shows without registering them as value names
//! (ICMP types): the registry (`fields`) holds every other value name.

/// packet-icmp.c's type names (icmp_type_str).
pub fn icmp_type(t: u8) -> Option<&'static str> {
    Some(match t {
        0 => "Echo (ping) reply",
        1 | 2 => "Reserved",
        3 => "Destination unreachable",
        4 => "Source quench (flow control)",
        5 => "Redirect",
        6 => "Alternate host address",
        8 => "Echo (ping) request",
        9 => "Router advertisement",
        10 => "Router solicitation",
        11 => "Time-to-live exceeded",
        12 => "Parameter problem",
        13 => "Timestamp request",
        14 => "Timestamp reply",
        15 => "Information request",
        16 => "Information reply",
        17 => "Address mask request",
        18 => "Address mask reply",
        19 => "Reserved (for security)",
        30 => "Traceroute",
        31 => "Datagram Conversion Error",
        32 => "Mobile Host Redirect",
        33 => "IPv6 Where-Are-You",
        34 => "IPv6 I-Am-Here",
        35 => "Mobile Registration Request",
        36 => "Mobile Registration Reply",
        37 => "Domain Name Request",
        38 => "Domain Name Reply",
        39 => "SKIP",
        40 => "Photuris",
        41 => "Experimental mobility protocols",
        42 => "Extended Echo request",
        43 => "Extended Echo reply",
        _ => return None,
    })
}

/// packet-icmp.c's code names, by type (unreach_code_str, redir_code_str
/// and the others). `None` for a code its type's table does not name, and
/// for every code of a type without a table (see [`icmp_has_codes`]).
pub fn icmp_code(t: u8, c: u8) -> Option<&'static str> {
    Some(match (t, c) {
        (3, 0) => "Network unreachable",
        (3, 1) => "Host unreachable",
        (3, 2) => "Protocol unreachable",
        (3, 3) => "Port unreachable",
        (3, 4) => "Fragmentation needed",
        (3, 5) => "Source route failed",
        (3, 6) => "Destination network unknown",
        (3, 7) => "Destination host unknown",
        (3, 8) => "Source host isolated",
        (3, 9) => "Network administratively prohibited",
        (3, 10) => "Host administratively prohibited",
        (3, 11) => "Network unreachable for TOS",
        (3, 12) => "Host unreachable for TOS",
        (3, 13) => "Communication administratively filtered",
        (3, 14) => "Host precedence violation",
        (3, 15) => "Precedence cutoff in effect",
        (5, 0) => "Redirect for network",
        (5, 1) => "Redirect for host",
        (5, 2) => "Redirect for TOS and network",
        (5, 3) => "Redirect for TOS and host",
        (6, 0) => "Alternate address for host",
        (9, 0) => "Normal router advertisement",
        (9, 16) => "Does not route common traffic",
        (11, 0) => "Time to live exceeded in transit",
        (11, 1) => "Fragment reassembly time exceeded",
        (12, 0) => "Pointer indicates the error",
        (12, 1) => "Required option missing",
        (12, 2) => "Bad length",
        (40, 0) => "Bad SPI",
        (40, 1) => "Authentication Failed",
        (40, 2) => "Decompression Failed",
        (40, 3) => "Decryption Failed",
        (40, 4) => "Need Authentication",
        (40, 5) => "Need Authorization",
        (42, 0) | (43, 0) => "No error",
        (43, 1) => "Malformed Query",
        (43, 2) => "No Such Interface",
        (43, 3) => "No Such Table Entry",
        (43, 4) => "Multiple Interfaces Satisfy Query",
        _ => return None,
    })
}

/// Whether packet-icmp.c names the codes of type `t`: its Info then shows
/// the code, as "Unknown code: N" when the table has no name for it.
pub fn icmp_has_codes(t: u8) -> bool {
    matches!(t, 3 | 5 | 6 | 9 | 11 | 12 | 40 | 42 | 43)
}

pub fn icmpv6_code(t: u8, c: u8) -> Option<&'static str> {
    Some(match (t, c) {
        // packet-icmpv6.c's names, its capitals as they are.
        (1, 0) => "no route to destination",
        (1, 1) => "Administratively prohibited",
        (1, 2) => "Beyond scope of source address",
        (1, 3) => "Address unreachable",
        (1, 4) => "Port unreachable",
        (1, 5) => "Source address failed ingress/egress policy",
        (1, 6) => "Reject route to destination",
        (1, 7) => "Error in Source Routing Header",
        (3, 0) => "hop limit exceeded in transit",
        (3, 1) => "fragment reassembly time exceeded",
        (4, 0) => "erroneous header field encountered",
        (4, 1) => "unrecognized Next Header type encountered",
        (4, 2) => "unrecognized IPv6 option encountered",
        (4, 3) => "IPv6 First Fragment has incomplete IPv6 Header Chain",
        (160, 0) | (161, 0) => "No error",
        (161, 1) => "Malformed Query",
        (161, 2) => "No Such Interface",
        (161, 3) => "No Such Table Entry",
        (161, 4) => "Multiple Interfaces Satisfy Query",
        (138, 0) => "Command",
        (138, 1) => "Result",
        (138, 255) => "Sequence number reset",
        _ => return None,
    })
}

/// Wireshark's short name of a protocol (`proto_register_protocol`'s
/// second argument), from its filter name: what `tshark -z expert` prints
/// in its Protocol column. Unlisted protocols read as their filter name in
/// upper case, which is Wireshark's habit for most of them.
pub fn protocol_short_name(filter: &str) -> std::borrow::Cow<'static, str> {
    match listed_short_name(filter) {
        Some(name) => name.into(),
        None => filter.to_ascii_uppercase().into(),
    }
}

/// Wireshark's short name of a protocol as its dissector names itself
/// while it runs (`pinfo->current_proto`), which an exception's item
/// quotes (`[Malformed Packet: ARP/RARP]`): the protocol's registered
/// short name, which for a few differs from what its Protocol column
/// shows (`ARP`, `DHCP`); IPv6 extension headers and the EtherType
/// dispatcher are protocols of their own.
pub fn current_proto_name(filter: &str) -> std::borrow::Cow<'static, str> {
    let name = match filter {
        "arp" => "ARP/RARP",
        "dhcp" => "DHCP/BOOTP",
        "ethertype" => "Ethertype",
        "ieee8021ad" => "IEEE 802.1AD",
        "ieee8021ah" => "IEEE 802.1AH",
        "null" => "Null",
        "raw" => "Raw",
        "pppoes" => "PPPoES",
        "geneve" => "Geneve",
        "teredo" => "Teredo",
        "ipv6.hopopts" => "IPv6 Hop-by-Hop",
        "ipv6.routing" => "IPv6 Routing",
        "ipv6.fraghdr" => "IPv6 Fragment",
        "ipv6.dstopts" => "IPv6 Destination",
        "wlan_rsna_eapol" => "802.11 RSNA EAPOL",
        "wlan" => "IEEE 802.11",
        "lisp" => "LISP Control",
        "lisp-data" => "LISP Data",
        _ => return protocol_short_name(filter),
    };
    name.into()
}

/// The short names that are not the filter name in upper case (see
/// [`protocol_short_name`]); `None` for the others.
pub fn listed_short_name(filter: &str) -> Option<&'static str> {
    Some(match filter {
        "frame" => "Frame",
        "eth" => "Ethernet",
        "ip" => "IPv4",
        "ipv6" => "IPv6",
        "icmpv6" => "ICMPv6",
        "dhcpv6" => "DHCPv6",
        "websocket" => "WebSocket",
        "data" => "Data",
        "syslog" => "Syslog",
        "mbtcp" => "Modbus/TCP",
        "modbus" => "Modbus",
        "dnp3" => "DNP 3.0",
        "portmap" => "Portmap",
        "isis.hello" => "ISIS HELLO",
        "isis.lsp" => "ISIS LSP",
        "isis.csnp" => "ISIS CSNP",
        "isis.psnp" => "ISIS PSNP",
        "sflow" => "sFlow",
        _ => return None,
    })
}

/// IANA's Address Family Numbers, as Wireshark's `afn_vals` names them: the
/// value names of LLDP's management address subtype, BGP's multiprotocol
/// AFI and ICMP's interface identification AFI.
pub const ADDRESS_FAMILY_NUMBERS: &[(u64, &str)] = &[
    (0, "Reserved"),
    (1, "IPv4"),
    (2, "IPv6"),
    (3, "NSAP"),
    (4, "HDLC (8-bit multidrop)"),
    (5, "BBN 1822"),
    (6, "802 (includes all 802 media plus Ethernet)"),
    (7, "E.163"),
    (8, "E.164 (SMDS, Frame Relay, ATM)"),
    (9, "F.69 (Telex)"),
    (10, "X.121 (X.25, Frame Relay)"),
    (11, "IPX"),
    (12, "Appletalk"),
    (13, "Decnet IV"),
    (14, "Banyan Vines"),
    (15, "E.164 with NSAP subaddress"),
    (16, "DNS (Domain Name System)"),
    (17, "Distinguished Name"),
    (18, "AS Number"),
    (19, "XTP over IP version 4"),
    (20, "XTP over IP version 6"),
    (21, "XTP native mode XTP"),
    (22, "Fibre Channel World-Wide Port Name"),
    (23, "Fibre Channel World-Wide Node Name"),
    (24, "GWID"),
    (25, "Layer-2 VPN"),
    (26, "MPLS-TP Section Endpoint Identifier"),
    (27, "MPLS-TP LSP Endpoint Identifier"),
    (28, "MPLS-TP Pseudowire Endpoint Identifier"),
    (29, "MT IP: Multi-Topology IP version 4"),
    (30, "MT IPv6: Multi-Topology IP version 6"),
    (196, "Layer-2 VPN (old)"),
    (16384, "EIGRP Common Service Family"),
    (16385, "EIGRP IPv4 Service Family"),
    (16386, "EIGRP IPv6 Service Family"),
    (16387, "LISP Canonical Address Format (LCAF)"),
    (16388, "BGP-LS"),
    (16389, "48-bit MAC Address"),
    (16390, "64-bit MAC Address"),
    (16391, "OUI"),
    (16392, "MAC/24"),
    (16393, "MAC/40"),
    (16394, "IPv6/64"),
    (16395, "RBridge Port ID"),
    (16396, "TRILL Nickname"),
    (65535, "Reserved"),
];
