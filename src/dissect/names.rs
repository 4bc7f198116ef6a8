//! Human names for wire numbers, as Wireshark spells them. Unknown numbers get
//! `None`: callers show the number alone.

pub fn ethertype(t: u16) -> Option<&'static str> {
    Some(match t {
        0x0800 => "IPv4",
        0x0806 => "ARP",
        0x8035 => "RARP",
        0x8100 => "802.1Q Virtual LAN",
        0x88a8 => "802.1ad Provider Bridge (Q-in-Q)",
        0x9100 => "802.1Q-in-Q (legacy)",
        0x86dd => "IPv6",
        0x8847 => "MPLS unicast",
        0x8848 => "MPLS multicast",
        0x8863 => "PPPoE Discovery",
        0x8864 => "PPPoE Session",
        0x888e => "802.1X Authentication",
        0x88cc => "LLDP",
        0x88e5 => "802.1AE (MACsec)",
        0x88f7 => "PTPv2",
        0x8809 => "Slow Protocols",
        0x22f0 => "IEEE 1722 (AVTP)",
        _ => return None,
    })
}

pub fn ip_proto(p: u8) -> Option<&'static str> {
    Some(match p {
        0 => "IPv6 Hop-by-Hop Option",
        1 => "ICMP",
        2 => "IGMP",
        4 => "IPIP",
        6 => "TCP",
        17 => "UDP",
        41 => "IPv6",
        43 => "Routing Header for IPv6",
        44 => "Fragment Header for IPv6",
        47 => "GRE",
        50 => "ESP",
        51 => "AH",
        58 => "ICMPv6",
        59 => "IPv6 No Next Header",
        60 => "Destination Options for IPv6",
        89 => "OSPF",
        103 => "PIM",
        112 => "VRRP",
        132 => "SCTP",
        135 => "Mobility Header",
        _ => return None,
    })
}

pub fn icmp_type(t: u8) -> Option<&'static str> {
    Some(match t {
        0 => "Echo (ping) reply",
        3 => "Destination unreachable",
        4 => "Source quench",
        5 => "Redirect",
        8 => "Echo (ping) request",
        9 => "Router advertisement",
        10 => "Router solicitation",
        11 => "Time-to-live exceeded",
        12 => "Parameter problem",
        13 => "Timestamp request",
        14 => "Timestamp reply",
        17 => "Address mask request",
        18 => "Address mask reply",
        _ => return None,
    })
}

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
        (3, 9) => "Network administratively prohibited",
        (3, 10) => "Host administratively prohibited",
        (3, 13) => "Communication administratively filtered",
        (5, 0) => "Redirect for network",
        (5, 1) => "Redirect for host",
        (11, 0) => "Time to live exceeded in transit",
        (11, 1) => "Fragment reassembly time exceeded",
        _ => return None,
    })
}

pub fn icmpv6_type(t: u8) -> Option<&'static str> {
    Some(match t {
        1 => "Destination Unreachable",
        2 => "Packet Too Big",
        3 => "Time Exceeded",
        4 => "Parameter Problem",
        128 => "Echo (ping) request",
        129 => "Echo (ping) reply",
        130 => "Multicast Listener Query",
        131 => "Multicast Listener Report",
        132 => "Multicast Listener Done",
        133 => "Router Solicitation",
        134 => "Router Advertisement",
        135 => "Neighbor Solicitation",
        136 => "Neighbor Advertisement",
        137 => "Redirect",
        138 => "Router Renumbering",
        143 => "Multicast Listener Report Message v2",
        _ => return None,
    })
}

pub fn icmpv6_code(t: u8, c: u8) -> Option<&'static str> {
    Some(match (t, c) {
        (1, 0) => "no route to destination",
        (1, 1) => "communication with destination administratively prohibited",
        (1, 2) => "beyond scope of source address",
        (1, 3) => "address unreachable",
        (1, 4) => "port unreachable",
        (3, 0) => "hop limit exceeded in transit",
        (3, 1) => "fragment reassembly time exceeded",
        (4, 0) => "erroneous header field encountered",
        (4, 1) => "unrecognized Next Header type encountered",
        (4, 2) => "unrecognized IPv6 option encountered",
        _ => return None,
    })
}

pub fn arp_opcode(op: u16) -> Option<&'static str> {
    Some(match op {
        1 => "request",
        2 => "reply",
        3 => "reverse request",
        4 => "reverse reply",
        8 => "inverse request",
        9 => "inverse reply",
        _ => return None,
    })
}

/// `sll.pkttype` names.
pub fn sll_pkttype(t: u8) -> Option<&'static str> {
    Some(match t {
        0 => "Unicast to us",
        1 => "Broadcast",
        2 => "Multicast",
        3 => "Unicast to another host",
        4 => "Sent by us",
        _ => return None,
    })
}
