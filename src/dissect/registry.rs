//! Every dispatch decision above the transport layer, in one place: which
//! application protocol a conversation speaks (Wireshark's order: the
//! conversation's cached choice, a `--decode-as` rule, the lower port, the
//! higher port, then cheap heuristic probes), and the table of what osidump
//! decodes at each OSI layer (`osidump layers` prints it).

use super::app::Probe;
use super::layer::Osi;
use super::spec::{self, ProtocolSpec};
use std::fmt;
use std::str::FromStr;

/// An application protocol with a decoder: its spec.
pub type AppProto = &'static ProtocolSpec;

/// The application protocol `--decode-as` names (`ssl` is the old name of
/// `tls`).
pub fn from_name(s: &str) -> Option<AppProto> {
    let s = s.to_ascii_lowercase();
    spec::apps().find(|p| {
        p.app
            .as_ref()
            .is_some_and(|a| a.decode_as.contains(&s.as_str()))
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transport {
    Tcp,
    Udp,
}

/// The protocol whose spec claims `port` on `t`.
pub fn by_port(t: Transport, port: u16) -> Option<AppProto> {
    // Each transport's claimed ports, sorted, each with the first spec
    // (in the spec list's order) that claims it: what a scan of every
    // spec's ports finds, asked on every datagram and new stream (the
    // scan took some 560 instructions).
    static PORTS: std::sync::OnceLock<[Vec<(u16, AppProto)>; 2]> = std::sync::OnceLock::new();
    let tables = PORTS.get_or_init(|| {
        let table = |t: Transport| {
            let mut claimed: Vec<(u16, AppProto)> = Vec::new();
            for p in spec::apps() {
                let Some(a) = p.app.as_ref() else { continue };
                let ports = match t {
                    Transport::Tcp => a.tcp_ports,
                    Transport::Udp => a.udp_ports,
                };
                for &port in ports {
                    if !claimed.iter().any(|(q, _)| *q == port) {
                        claimed.push((port, p));
                    }
                }
            }
            claimed.sort_by_key(|(q, _)| *q);
            claimed
        };
        [table(Transport::Tcp), table(Transport::Udp)]
    });
    let claimed = &tables[match t {
        Transport::Tcp => 0,
        Transport::Udp => 1,
    }];
    claimed
        .binary_search_by_key(&port, |(q, _)| *q)
        .ok()
        .map(|i| claimed[i].1)
}

/// One `--decode-as` rule in Wireshark's syntax: `tcp.port==8080,http`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeAs {
    pub transport: Transport,
    pub port: u16,
    pub proto: AppProto,
}

impl FromStr for DecodeAs {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage =
            || format!("{s:?}: expected LAYER.port==PORT,PROTOCOL (e.g. tcp.port==8080,http)");
        let (selector, proto) = s.split_once(',').ok_or_else(usage)?;
        let (field, port) = selector.split_once("==").ok_or_else(usage)?;
        let transport = match field.trim() {
            "tcp.port" => Transport::Tcp,
            "udp.port" => Transport::Udp,
            other => {
                return Err(format!(
                    "{other:?}: only tcp.port and udp.port can be decoded as"
                ));
            }
        };
        let port = port
            .trim()
            .parse()
            .map_err(|_| format!("{:?} is not a port number", port.trim()))?;
        let name = proto.trim().to_ascii_lowercase();
        let proto = from_name(&name).ok_or_else(|| {
            let known: Vec<&str> = spec::apps()
                .filter_map(|p| p.app.as_ref())
                .flat_map(|a| a.decode_as.iter().copied())
                .collect();
            format!(
                "{:?}: unknown protocol ({})",
                proto.trim(),
                known.join(", ")
            )
        })?;
        if !decode_as_table_has(&name, transport) {
            let table = match transport {
                Transport::Tcp => "tcp.port",
                Transport::Udp => "udp.port",
            };
            let valid: Vec<&str> = DECODE_AS_TABLES
                .iter()
                .filter(|(_, tcp, udp)| match transport {
                    Transport::Tcp => *tcp,
                    Transport::Udp => *udp,
                })
                .map(|(n, _, _)| *n)
                .collect();
            return Err(format!(
                "{name:?} is not a protocol of layer type {table:?} (as in tshark 4.0; those osidump decodes: {})",
                valid.join(", ")
            ));
        }
        Ok(DecodeAs {
            transport,
            port,
            proto,
        })
    }
}

/// Whether tshark 4.0 takes `name` in its `tcp.port` or `udp.port`
/// decode-as table (`tshark -d tcp.port==1,x` lists them): `ldap` is TCP's
/// only, `cldap` UDP's, `wol` neither.
fn decode_as_table_has(name: &str, t: Transport) -> bool {
    DECODE_AS_TABLES
        .iter()
        .find(|(n, _, _)| *n == name)
        .is_some_and(|(_, tcp, udp)| match t {
            Transport::Tcp => *tcp,
            Transport::Udp => *udp,
        })
}

/// Each `--decode-as` name osidump knows, and whether tshark 4.0's
/// `tcp.port` and `udp.port` tables list it (`ssl` and `bootp` are old
/// names tshark still takes where `tls` and `dhcp` are).
const DECODE_AS_TABLES: &[(&str, bool, bool)] = &[
    ("http", true, false),
    ("http2", true, false),
    ("tls", true, false),
    ("ssl", true, false),
    ("ssh", true, false),
    ("smtp", true, false),
    ("pop", true, false),
    ("imap", true, false),
    ("finger", true, false),
    ("whois", true, false),
    ("rlogin", true, false),
    ("pptp", true, false),
    ("srvloc", true, true),
    ("x11", true, false),
    ("vnc", true, false),
    ("xmpp", true, false),
    ("wg", false, true),
    ("wol", false, false),
    ("db-lsp-disc", false, true),
    ("sflow", false, true),
    ("nat-pmp", false, true),
    ("portcontrol", false, true),
    ("mndp", false, true),
    ("sap", false, true),
    ("ldp", true, true),
    ("mpls-echo", false, true),
    ("stun", true, true),
    ("rtcp", false, true),
    ("rtp", true, true),
    ("socks", true, false),
    ("ftp", true, false),
    ("ftp-data", true, false),
    ("bgp", true, false),
    ("dns", true, true),
    ("dhcp", false, true),
    ("bootp", false, true),
    ("dhcpv6", false, true),
    ("ntp", true, true),
    ("snmp", true, true),
    ("syslog", true, true),
    ("dtls", false, true),
    ("websocket", true, false),
    ("quic", false, true),
    ("gquic", false, true),
    ("bfd", false, true),
    ("hsrp", false, true),
    ("ptp", false, true),
    ("rip", false, true),
    ("babel", false, true),
    ("tftp", false, true),
    ("isakmp", true, true),
    ("udpencap", false, true),
    ("nbns", false, true),
    ("nbdgm", false, true),
    ("nbds", false, false),
    ("nbss", true, false),
    ("resp", true, false),
    ("mysql", true, false),
    ("pgsql", true, false),
    ("mqtt", true, false),
    ("ldap", true, false),
    ("cldap", false, true),
    ("kerberos", true, true),
    ("radius", false, true),
    ("sip", true, true),
    ("mbtcp", true, false),
    ("dnp3", true, true),
    ("enip", true, true),
    ("cipio", false, true),
    ("openflow", true, false),
    ("openvpn", true, true),
    ("irc", true, false),
    ("telnet", true, false),
    ("rpc", true, true),
    ("dcerpc", true, false),
    ("tpkt", true, false),
];

impl fmt::Display for DecodeAs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = match self.transport {
            Transport::Tcp => "tcp",
            Transport::Udp => "udp",
        };
        write!(f, "{t}.port=={},{}", self.port, self.proto.name)
    }
}

/// Which application protocol a new conversation speaks, or `None` for raw
/// data. `payload` is its first bytes (from either side).
pub fn choose(
    t: Transport,
    rules: &[DecodeAs],
    server_port: Option<u16>,
    sport: u16,
    dport: u16,
    payload: &[u8],
) -> Option<AppProto> {
    // tshark 4.0's TCP tries the server port its SYN (or SYN-ACK) named
    // before the lower and the higher port: a client on a registered port
    // (1080) talking to another (20000) is the server's protocol's.
    if let Some(port) = server_port {
        if let Some(r) = rules.iter().find(|r| r.transport == t && r.port == port) {
            return Some(r.proto);
        }
        if let Some(p) = by_port(t, port) {
            return Some(p);
        }
    }
    for port in [sport, dport] {
        if let Some(r) = rules.iter().find(|r| r.transport == t && r.port == port) {
            return Some(r.proto);
        }
    }
    let (low, high) = if sport <= dport {
        (sport, dport)
    } else {
        (dport, sport)
    };
    if let Some(p) = port_dissector(t, low, payload).or_else(|| port_dissector(t, high, payload)) {
        return Some(p);
    }
    // tshark gives a UDP port it has a dissector for to that dissector
    // before any heuristic (NetBIOS names on 137 look like DNS).
    if t == Transport::Udp && udp_port_taken(low, high, payload) {
        return None;
    }
    // OpenFlow's heuristic takes what is sent to its ports (the legacy
    // 6633 and 6634): the conversation is its from then on.
    if t == Transport::Tcp && crate::dissect::app::openflow::heuristic_port(dport) {
        return spec::apps().find(|p| p.name == "openflow");
    }
    // DCE/RPC's heuristic is tshark's `tcp` heuristic: it never sees a
    // conversation tshark gives a dissector by port (C12.22 on 1153).
    probe(t, payload)
        .filter(|p| !(p.name == "dcerpc" && t == Transport::Tcp && tcp_port_taken(sport, dport)))
        .or_else(|| {
            // tshark's TLS heuristic takes any handshake or application data
            // record header, on a conversation no dissector has by port.
            (t == Transport::Tcp
                && !tcp_port_taken(sport, dport)
                && crate::dissect::app::tls::heuristic(payload))
            .then(|| spec::apps().find(|p| p.name == "tls"))
            .flatten()
        })
}

/// Whether tshark 4.0 has a dissector on either TCP port (its `tcp.port`
/// table), which then gets the conversation before any heuristic.
pub fn tcp_port_taken(sport: u16, dport: u16) -> bool {
    [sport, dport]
        .into_iter()
        .any(|p| TSHARK_TCP_PORTS.binary_search(&p).is_ok())
}

/// Whether either UDP port has a dissector (osidump's or only tshark's)
/// that takes the datagram, which tshark gives it before any heuristic.
pub fn udp_port_taken(sport: u16, dport: u16, payload: &[u8]) -> bool {
    [sport, dport]
        .into_iter()
        .any(|p| match by_port(Transport::Udp, p) {
            Some(spec) => takes(spec, Transport::Udp, payload),
            None => tshark_udp_port_takes(p, payload),
        })
}

/// The dissector on a port that takes `payload`: osidump's by the port
/// ([`by_port`]), unless tshark's port dissector declines it and leaves it
/// to the heuristics (`AppSpec::udp_port_takes`: STUN on UDP 3478 returns
/// 0 for what is no STUN message, ChannelData or classic STUN, as DTLS or
/// RTCP muxed with STUN by WebRTC: nDPI's stun.pcap frame 164; Babel on
/// 6696 for what lacks its header or magic). (What a conversation STUN's
/// heuristic claimed declines is not claimed: see `StunDecoder::claims`.)
fn port_dissector(t: Transport, port: u16, payload: &[u8]) -> Option<AppProto> {
    by_port(t, port).filter(|p| takes(p, t, payload))
}

/// Whether the port dissector of `p` takes `payload` on transport `t`.
fn takes(p: AppProto, t: Transport, payload: &[u8]) -> bool {
    t != Transport::Udp
        || p.app
            .as_ref()
            .and_then(|a| a.udp_port_takes)
            .is_none_or(|f| f(payload))
}

/// Whether the dissector tshark 4.0 has on a UDP port (one osidump lacks)
/// takes the datagram. RX, AFS's transport on 7000-7009 and 7021, declines
/// one shorter than its 28-byte header or of a packet type it does not
/// know (dissect_rx returns 0): the heuristics get it then (DTLS between
/// ports 6000 and 7000).
fn tshark_udp_port_takes(port: u16, payload: &[u8]) -> bool {
    if TSHARK_UDP_PORTS.binary_search(&port).is_err() {
        return false;
    }
    match port {
        7000..=7009 | 7021 => payload.len() >= 28 && matches!(payload[20], 1..=9 | 13),
        5000 => tapa_takes(payload),
        _ => true,
    }
}

/// Whether Trapeze's TAPA (UDP 5000) takes a datagram, as
/// packet-tapa.c's port dissector tests it: a discover message (type 1 to
/// 5, length 12 to 1472, a request asking for a serial number or model;
/// the request byte is read even past a 4-byte datagram, whose exception
/// is TAPA's) or a tunnel header (version nibble under 4, tunnel type 0
/// or 1, a zero length word). Anything else it declines, and the
/// heuristics get it (STUN, WireGuard...).
fn tapa_takes(b: &[u8]) -> bool {
    if b.len() < 4 {
        return false;
    }
    let length = u16::from_be_bytes([b[2], b[3]]);
    let discover = matches!(b[0], 1..=5)
        && (12..=1472).contains(&length)
        && (b[0] != 1 || b.get(4).is_none_or(|r| matches!(r, 1 | 2)));
    let tunnel = b[0] & 0xf0 < 0x40 && length == 0 && b[1] <= 1;
    discover || tunnel
}

/// A tunnel header found by UDP port: its payload is a packet or frame
/// that goes through the lower layers' decoders again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tunnel {
    Gre,
    Mpls,
    Vxlan,
    VxlanGpe,
    Geneve,
    Teredo,
    Gtp,
    Ayiya,
    L2tp,
    /// LISP's data plane.
    LispData,
    /// LISP's control plane.
    LispControl,
    /// RSVP over UDP (not a tunnel: tshark's `rsvp` on its port).
    Rsvp,
}

/// The tunnel tshark 4.0 finds on a UDP port (its `udp.port` table):
/// VXLAN 4789, VXLAN-GPE 4790, Geneve 6081, Teredo 3544, GRE 4754, MPLS 6635, GTP 2123
/// and 2152, AYIYA 5072, L2TP 1701, LISP data 4341 and control 4342, and
/// RSVP 3455 (its messages, as over IP).
fn tunnel_port(port: u16) -> Option<Tunnel> {
    match port {
        4789 => Some(Tunnel::Vxlan),
        4790 => Some(Tunnel::VxlanGpe),
        6081 => Some(Tunnel::Geneve),
        3544 => Some(Tunnel::Teredo),
        4754 => Some(Tunnel::Gre),
        6635 => Some(Tunnel::Mpls),
        // GTP-C and GTP-U (tshark's gtp on udp.port).
        2123 | 2152 => Some(Tunnel::Gtp),
        5072 => Some(Tunnel::Ayiya),
        1701 => Some(Tunnel::L2tp),
        4341 => Some(Tunnel::LispData),
        4342 => Some(Tunnel::LispControl),
        3455 => Some(Tunnel::Rsvp),
        _ => None,
    }
}

/// Whether a datagram between these ports is a tunnel's, as tshark
/// decides: the lower port first, then the higher, the first with a
/// dissector winning; a `--decode-as` rule on either port names an
/// application protocol instead.
pub fn udp_tunnel(rules: &[DecodeAs], sport: u16, dport: u16) -> Option<Tunnel> {
    if rules
        .iter()
        .any(|r| r.transport == Transport::Udp && (r.port == sport || r.port == dport))
    {
        return None;
    }
    let (low, high) = if sport <= dport {
        (sport, dport)
    } else {
        (dport, sport)
    };
    // Port 0 is never looked up (tshark's decode_udp_ports).
    for port in [low, high].into_iter().filter(|&p| p != 0) {
        if let Some(t) = tunnel_port(port) {
            return Some(t);
        }
        if by_port(Transport::Udp, port).is_some() || TSHARK_UDP_PORTS.binary_search(&port).is_ok()
        {
            return None;
        }
    }
    None
}

/// The decoder tshark's heuristics give a TCP conversation none has yet,
/// at a segment after the first of its side: tshark 4.0's TCP hands each
/// segment of a conversation no dissector has by port (neither port in its
/// `tcp.port` table) to its heuristics (`try_heuristic_first` is off: after
/// the ports), and the one that takes it becomes the conversation's
/// dissector from that frame on, both ways. HTTP's and STUN's are the
/// ones of these osidump has (TLS's is [`tls_may_start_later`]'s).
pub fn tcp_heuristic_later(
    rules: &[DecodeAs],
    sport: u16,
    dport: u16,
    payload: &[u8],
) -> Option<AppProto> {
    let port_taken = |p: u16| {
        TSHARK_TCP_PORTS.binary_search(&p).is_ok()
            || by_port(Transport::Tcp, p).is_some()
            || rules
                .iter()
                .any(|r| r.transport == Transport::Tcp && r.port == p)
    };
    if port_taken(sport) || port_taken(dport) {
        return None;
    }
    spec::apps()
        .filter(|p| matches!(p.name, "http" | "stun"))
        .find(|p| {
            p.app
                .as_ref()
                .and_then(|a| a.probe_tcp)
                .is_some_and(|probe| probe(payload) == Probe::Certain)
        })
}

/// Whether a TLS hello later in a TCP conversation nothing decoded makes
/// it TLS, as in tshark: the dissector tshark gives the conversation by
/// port (the lower port first) is none, so its TLS heuristic is tried on
/// every segment, or one that hands the conversation to TLS on its
/// STARTTLS (`ssl_starttls_ack`: FTP, Telnet, SMTP, POP, NNTP, IMAP, LDAP,
/// MySQL, TCPCL, XMPP, PostgreSQL, PCP). Any other (RDP's TPKT on 3389,
/// ...) keeps it.
pub fn tls_may_start_later(sport: u16, dport: u16) -> bool {
    let (low, high) = if sport <= dport {
        (sport, dport)
    } else {
        (dport, sport)
    };
    let Some(port) = [low, high]
        .into_iter()
        .find(|p| TSHARK_TCP_PORTS.binary_search(p).is_ok())
    else {
        return true;
    };
    STARTTLS_TCP_PORTS.binary_search(&port).is_ok()
}

/// The protocol (tshark's long name) that hands a conversation to TLS on
/// STARTTLS, when it is the one tshark gives the conversation by port
/// ([`tls_may_start_later`]'s choice): its `ssl_starttls_ack` makes it the
/// TLS session's application protocol (`tls.app_data_proto`).
pub fn starttls_protocol(sport: u16, dport: u16) -> Option<&'static str> {
    let (low, high) = if sport <= dport {
        (sport, dport)
    } else {
        (dport, sport)
    };
    let port = [low, high]
        .into_iter()
        .find(|p| TSHARK_TCP_PORTS.binary_search(p).is_ok())?;
    Some(match port {
        21 => "File Transfer Protocol (FTP)",
        23 => "Telnet",
        25 | 587 => "Simple Mail Transfer Protocol",
        110 => "Post Office Protocol",
        119 => "Network News Transfer Protocol",
        143 => "Internet Message Access Protocol",
        389 | 3268 => "Lightweight Directory Access Protocol",
        3306 => "MySQL Protocol",
        4556 => "DTN TCP Convergence Layer Protocol",
        5222 => "XMPP Protocol",
        5432 => "PostgreSQL",
        44321 => "Performance Co-Pilot",
        _ => return None,
    })
}

/// The TCP ports of tshark 4.0's dissectors that hand over to TLS
/// (`tshark -G decodes`, table `tcp.port`, of ftp, telnet, smtp, pop, nntp,
/// imap, ldap, mysql, tcpcl, xmpp, pgsql, pcp), sorted.
const STARTTLS_TCP_PORTS: &[u16] = &[
    21, 23, 25, 110, 119, 143, 389, 587, 3268, 3306, 4556, 5222, 5432, 44321,
];

/// The TCP ports tshark 4.0 registers a dissector on (`tshark -G decodes`,
/// table `tcp.port`), sorted.
const TSHARK_TCP_PORTS: &[u16] = &[
    0, 7, 13, 19, 20, 21, 22, 23, 25, 37, 42, 43, 49, 53, 70, 79, 80, 88, 102, 104, 110, 111, 119,
    123, 139, 143, 161, 162, 179, 199, 210, 323, 324, 389, 427, 443, 445, 464, 465, 473, 500, 502,
    512, 513, 514, 515, 524, 547, 548, 554, 564, 587, 631, 636, 639, 646, 647, 674, 705, 802, 829,
    853, 854, 862, 873, 925, 988, 993, 995, 1080, 1090, 1099, 1102, 1153, 1194, 1213, 1300, 1344,
    1433, 1521, 1533, 1547, 1723, 1755, 1861, 1863, 1883, 1900, 1935, 1978, 1979, 1998, 2000, 2001,
    2065, 2099, 2123, 2126, 2152, 2190, 2221, 2234, 2240, 2269, 2321, 2322, 2345, 2401, 2404, 2424,
    2427, 2433, 2443, 2501, 2502, 2571, 2575, 2600, 2710, 2727, 2812, 2855, 2869, 2944, 2945, 3002,
    3003, 3006, 3014, 3016, 3017, 3018, 3019, 3050, 3128, 3132, 3205, 3245, 3246, 3247, 3248, 3249,
    3250, 3251, 3252, 3268, 3288, 3306, 3333, 3334, 3357, 3369, 3386, 3389, 3452, 3478, 3496, 3567,
    3632, 3671, 3689, 3724, 3804, 3860, 3863, 3868, 3918, 4002, 4058, 4155, 4189, 4222, 4223, 4224,
    4249, 4250, 4321, 4342, 4369, 4420, 4551, 4555, 4556, 4661, 4662, 4663, 4712, 4730, 4737, 4739,
    4788, 4840, 4880, 5000, 5010, 5060, 5061, 5066, 5084, 5094, 5190, 5222, 5253, 5353, 5432, 5445,
    5500, 5501, 5534, 5555, 5671, 5672, 5683, 5684, 5701, 5721, 5868, 5900, 5901, 5985, 5997, 6000,
    6001, 6002, 6003, 6004, 6005, 6006, 6007, 6008, 6009, 6010, 6011, 6012, 6013, 6014, 6015, 6016,
    6017, 6018, 6019, 6020, 6021, 6022, 6023, 6024, 6025, 6026, 6027, 6028, 6029, 6030, 6031, 6032,
    6033, 6034, 6035, 6036, 6037, 6038, 6039, 6040, 6041, 6042, 6043, 6044, 6045, 6046, 6047, 6048,
    6049, 6050, 6051, 6052, 6053, 6054, 6055, 6056, 6057, 6058, 6059, 6060, 6061, 6062, 6063, 6068,
    6075, 6084, 6121, 6160, 6346, 6379, 6417, 6653, 6666, 6667, 6668, 6881, 6882, 6883, 6884, 6885,
    6886, 6887, 6888, 6889, 7000, 7075, 7171, 7172, 7236, 7275, 7276, 7871, 7890, 7900, 7911, 7930,
    8004, 8009, 8010, 8023, 8074, 8080, 8085, 8088, 8554, 8567, 8883, 9000, 9009, 9042, 9092, 9168,
    9300, 9418, 9600, 9955, 9956, 9999, 10000, 10288, 11207, 11210, 11211, 11371, 13400, 13819,
    14001, 15740, 17500, 17755, 17756, 19006, 19042, 19043, 19506, 19543, 19999, 20000, 20256,
    21064, 22222, 24800, 27017, 29418, 30000, 30001, 30002, 30003, 30004, 30005, 30006, 30007,
    30008, 30009, 30010, 30011, 30012, 30013, 30014, 30015, 30016, 30017, 30018, 30019, 30020,
    30021, 30022, 30023, 30024, 30025, 30026, 30027, 30028, 30029, 30030, 30031, 30032, 30033,
    30034, 30035, 30036, 30037, 30038, 30039, 30040, 30041, 30042, 30043, 30044, 30045, 30046,
    30047, 30048, 30049, 30050, 30051, 30052, 30053, 30054, 30055, 30056, 30057, 30058, 30059,
    30060, 30061, 30062, 30063, 30064, 30065, 30066, 30067, 30068, 30069, 30070, 30071, 30072,
    30073, 30074, 30075, 30076, 30077, 30078, 30079, 30080, 30081, 30082, 30083, 30084, 30085,
    30086, 30087, 30088, 30089, 30090, 30091, 30092, 30093, 30094, 30095, 30096, 30097, 30098,
    30099, 30100, 30101, 30102, 30103, 30104, 30105, 30106, 30107, 30108, 30109, 30110, 30111,
    30112, 30113, 30114, 30115, 30116, 30117, 30118, 30119, 30120, 30121, 30122, 30123, 30124,
    30125, 30126, 30127, 30128, 30129, 30130, 30131, 30132, 30133, 30134, 30135, 30136, 30137,
    30138, 30139, 30140, 30141, 30142, 30143, 30144, 30145, 30146, 30147, 30148, 30149, 30150,
    30151, 30152, 30153, 30154, 30155, 30156, 30157, 30158, 30159, 30160, 30161, 30162, 30163,
    30164, 30165, 30166, 30167, 30168, 30169, 30170, 30171, 30172, 30173, 30174, 30175, 30176,
    30177, 30178, 30179, 30180, 30181, 30182, 30183, 30184, 30185, 30186, 30187, 30188, 30189,
    30190, 30191, 30192, 30193, 30194, 30195, 30196, 30197, 30198, 30199, 30200, 34980, 44321,
    44322, 44818, 48049, 48898, 57000,
];

/// The UDP ports tshark 4.0 registers a dissector on (`tshark -G decodes`,
/// table `udp.port`), sorted.
const TSHARK_UDP_PORTS: &[u16] = &[
    0, 7, 13, 19, 37, 49, 53, 67, 68, 69, 88, 111, 123, 137, 138, 161, 162, 173, 177, 213, 269,
    319, 320, 389, 427, 434, 464, 473, 496, 500, 502, 513, 514, 520, 521, 524, 525, 539, 546, 547,
    573, 623, 631, 646, 654, 664, 698, 699, 701, 750, 853, 854, 910, 921, 925, 1001, 1044, 1052,
    1069, 1089, 1090, 1091, 1101, 1113, 1153, 1194, 1293, 1547, 1628, 1629, 1645, 1646, 1700, 1701,
    1718, 1719, 1745, 1755, 1812, 1813, 1900, 1985, 2029, 2048, 2055, 2067, 2099, 2123, 2152, 2157,
    2190, 2221, 2222, 2231, 2246, 2268, 2269, 2313, 2345, 2424, 2427, 2428, 2727, 2887, 2944, 2945,
    2948, 2949, 2960, 3000, 3121, 3130, 3205, 3222, 3250, 3333, 3343, 3357, 3386, 3389, 3452, 3455,
    3478, 3483, 3503, 3540, 3544, 3567, 3622, 3671, 3784, 3785, 3792, 3799, 3804, 3819, 3863, 3956,
    4000, 4011, 4058, 4305, 4306, 4307, 4341, 4342, 4500, 4533, 4534, 4551, 4555, 4556, 4569, 4665,
    4672, 4713, 4729, 4739, 4754, 4784, 4789, 4790, 4791, 4991, 5000, 5001, 5031, 5050, 5060, 5072,
    5094, 5246, 5247, 5264, 5265, 5350, 5351, 5353, 5355, 5404, 5405, 5436, 5555, 5567, 5678, 5683,
    5684, 5868, 6060, 6073, 6081, 6084, 6087, 6118, 6160, 6343, 6543, 6635, 6666, 6696, 6784, 6970,
    7000, 7001, 7002, 7003, 7004, 7005, 7006, 7007, 7008, 7009, 7010, 7021, 7074, 7075, 7255, 7275,
    7784, 8000, 8116, 8161, 8200, 8211, 8600, 8611, 8612, 8613, 8614, 8755, 8767, 8805, 8848, 9003,
    9200, 9201, 9202, 9203, 9214, 9600, 9875, 9877, 9899, 9901, 9955, 9956, 9996, 9999, 10253,
    10500, 11211, 11273, 11898, 12000, 12001, 12002, 12003, 12004, 12220, 12222, 12223, 13400,
    13819, 13907, 13910, 17220, 17500, 17754, 17755, 17756, 18246, 19132, 19788, 19948, 19999,
    20000, 20561, 22222, 23272, 24576, 24577, 25826, 26000, 27036, 27500, 27910, 27950, 27951,
    27952, 27953, 27960, 27961, 27962, 27963, 30030, 32000, 32512, 34962, 34980, 37008, 41170,
    44818, 45564, 47000, 47808, 49999, 54328, 56000, 56001, 56500, 56501, 57000, 57001, 57032,
    57033, 57500, 57501, 57532, 57533, 59000, 59001, 59032, 59033, 59500, 59501, 59532, 59533,
    60001,
];

/// Heuristics, in the spec list's order (HTTP, TLS, DNS): the first probe
/// that is certain wins. HTTP and TLS are found on any port; DNS only
/// when its header is certain. HTTP/2's preface is not one of TCP's:
/// tshark 4.0 has its heuristic only under HTTP and TLS (`-G
/// heuristic-decodes`), so h2c on a port HTTP does not have is data
/// (`PRI * HTTP/2.0` is no HTTP/1 line for HTTP's heuristic either).
pub fn probe(t: Transport, payload: &[u8]) -> Option<AppProto> {
    spec::apps().find(|p| {
        if t == Transport::Tcp && p.name == "http2" {
            return false;
        }
        let probe = p.app.as_ref().and_then(|a| match t {
            Transport::Tcp => a.probe_tcp,
            Transport::Udp => a.probe_udp,
        });
        probe.is_some_and(|f| f(payload) == Probe::Certain)
    })
}

/// The decoder of what tshark's TCP takes of a segment the conversation's
/// dissector, `refuser`, gave back (Modbus, or TLS refusing it, after a
/// STARTTLS too): as `decode_tcp_ports` goes on, the dissector of the
/// lower port, then of the higher one (another than the refuser: SMTP on
/// 25 takes what a client sent in clear after its STARTTLS), then the
/// first heuristic certain of it (HTTP's is tshark's
/// `dissect_http_heur_tcp`), TLS's heuristic last. An HTTP/2 preface is
/// not taken ([`probe`]).
pub fn refused_segment_taker(
    payload: &[u8],
    ports: Option<(u16, u16)>,
    refuser: &str,
) -> Option<fn() -> Box<dyn crate::dissect::app::StreamDecoder>> {
    if let Some((a, b)) = ports {
        for port in [a.min(b), a.max(b)] {
            if let Some(p) = by_port(Transport::Tcp, port).filter(|p| p.name != refuser)
                && let Some(stream) = p.app.as_ref().and_then(|a| a.stream)
            {
                return Some(stream);
            }
        }
    }
    probe(Transport::Tcp, payload)
        .and_then(|p| p.app.as_ref()?.stream)
        .or_else(|| {
            crate::dissect::app::tls::heuristic(payload)
                .then(|| spec::apps().find(|p| p.name == "tls"))
                .flatten()
                .and_then(|p| p.app.as_ref()?.stream)
        })
}

/// One row of the OSI reference table: what osidump decodes at a layer.
#[derive(Debug, Clone, Copy)]
pub struct LayerInfo {
    pub osi: Osi,
    pub role: &'static str,
    /// What the one-line summary shows.
    pub shows: &'static str,
}

impl LayerInfo {
    /// Wireshark short names of the protocols decoded here, from the specs.
    pub fn protocols(&self) -> Vec<&'static str> {
        spec::PROTOCOLS
            .iter()
            .filter(|p| p.osi == self.osi && p.name != "data" && p.name != "raw")
            .flat_map(|p| std::iter::once(p.name).chain(p.also.iter().copied()))
            .collect()
    }
}

/// The table the dissector is built around, top row first.
pub const LAYERS: &[LayerInfo] = &[
    LayerInfo {
        osi: Osi::Application,
        role: "the user's conversation",
        shows: "method, URI, host, status; query, answers, rcode; opcode, payload",
    },
    LayerInfo {
        osi: Osi::Presentation,
        role: "encoding, encryption",
        shows: "record and handshake type, version, SNI, ALPN, cipher; QUIC packet type, connection IDs",
    },
    LayerInfo {
        osi: Osi::Session,
        role: "open / keep / close a conversation",
        shows: "stream id, handshake step, phase (TCP, TLS, WebSocket)",
    },
    LayerInfo {
        osi: Osi::Transport,
        role: "end-to-end delivery",
        shows: "ports, seq/ack, flags, window",
    },
    LayerInfo {
        osi: Osi::Network,
        role: "routing",
        shows: "addresses, TTL / hop limit, fragments",
    },
    LayerInfo {
        osi: Osi::DataLink,
        role: "frames on one link",
        shows: "MAC addresses, VLAN, link type",
    },
    LayerInfo {
        osi: Osi::Physical,
        role: "signal on the wire",
        shows: "bytes on wire / captured, timestamp, interface",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_as_parses_wireshark_syntax() {
        let r: DecodeAs = "tcp.port==8080,http".parse().unwrap();
        assert_eq!(r.transport, Transport::Tcp);
        assert_eq!(r.port, 8080);
        assert_eq!(r.proto.name, "http");
        assert_eq!(r.to_string(), "tcp.port==8080,http");
        assert!("tcp.port==x,http".parse::<DecodeAs>().is_err());
        assert!("ip.addr==1,http".parse::<DecodeAs>().is_err());
        assert!("udp.port==53,gopher".parse::<DecodeAs>().is_err());
        // Per table, as tshark's: LDAP over TCP, CLDAP over UDP.
        assert!("udp.port==389,ldap".parse::<DecodeAs>().is_err());
        assert!("tcp.port==389,cldap".parse::<DecodeAs>().is_err());
        assert!("udp.port==3890,cldap".parse::<DecodeAs>().is_ok());
        assert!("udp.port==9,wol".parse::<DecodeAs>().is_err());
        assert!("udp.port==53,DNS".parse::<DecodeAs>().is_ok());
    }

    #[test]
    fn every_decode_as_name_is_in_the_tables() {
        for a in spec::apps().filter_map(|p| p.app.as_ref()) {
            for n in a.decode_as {
                assert!(
                    DECODE_AS_TABLES.iter().any(|(t, _, _)| t == n),
                    "{n} is missing from DECODE_AS_TABLES"
                );
            }
        }
    }

    #[test]
    fn a_later_tls_hello_counts_where_tshark_would_take_it() {
        // No tshark dissector on either port: its heuristic.
        assert!(tls_may_start_later(40000, 15432));
        // Dissectors that hand over on STARTTLS (pgsql, SMTP, XMPP, MySQL).
        for port in [5432, 25, 5222, 3306] {
            assert!(tls_may_start_later(40000, port), "{port}");
        }
        // RDP's TPKT on 3389 keeps its conversation; the lower port rules.
        assert!(!tls_may_start_later(40000, 3389));
        assert!(!tls_may_start_later(3389, 5432));
        for w in TSHARK_TCP_PORTS
            .windows(2)
            .chain(STARTTLS_TCP_PORTS.windows(2))
        {
            assert!(w[0] < w[1], "sorted");
        }
    }

    #[test]
    fn server_port_wins_before_the_lower_port() {
        // DNP3's server on 20000, its client on SOCKS's 1080 (Zeek's
        // dnp3.pcap): tshark's TCP tries the SYN's destination port first.
        let dnp3 = spec::apps().find(|p| p.name == "dnp3");
        assert_eq!(
            choose(Transport::Tcp, &[], Some(20000), 1080, 20000, &[5, 0x64]).map(|p| p.name),
            dnp3.map(|p| p.name)
        );
        assert_eq!(
            choose(Transport::Tcp, &[], None, 1080, 20000, &[5, 0x64]).map(|p| p.name),
            Some("socks")
        );
    }

    #[test]
    fn lower_port_wins_then_probes() {
        assert_eq!(
            choose(Transport::Tcp, &[], None, 443, 80, b""),
            Some(&app::http::SPEC)
        );
        assert_eq!(
            choose(
                Transport::Tcp,
                &[],
                None,
                40000,
                9999,
                b"GET / HTTP/1.1\r\n"
            ),
            Some(&app::http::SPEC)
        );
        assert_eq!(
            choose(Transport::Tcp, &[], None, 40000, 9999, b"hello"),
            None
        );
        // h2c's preface on a port HTTP does not have: no heuristic of
        // tshark's TCP takes it (Suricata-verify's http2-keywords).
        let preface = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\0\0\x12\x04\0\0\0\0\0";
        assert_eq!(
            choose(Transport::Tcp, &[], None, 56508, 3000, preface),
            None
        );
        assert_eq!(
            refused_segment_taker(preface, None, "tls").map(|_| ()),
            None
        );
        // By decode-as it is HTTP/2's.
        let rules = ["tcp.port==3000,http2".parse().unwrap()];
        assert_eq!(
            choose(Transport::Tcp, &rules, None, 56508, 3000, preface),
            Some(&app::http2::SPEC)
        );
        let rules = ["tcp.port==9999,tls".parse().unwrap()];
        assert_eq!(
            choose(
                Transport::Tcp,
                &rules,
                None,
                40000,
                9999,
                b"GET / HTTP/1.1\r\n"
            ),
            Some(&app::tls::SPEC)
        );
    }

    /// RX (AFS) on UDP 7000 declines what is not an RX packet, which then
    /// goes to the heuristics (arkime's cloudshark-dtls1.pcap, DTLS
    /// between 6000 and 7000); an RX packet type keeps the port's. So do
    /// TAPA, STUN and Babel.
    #[test]
    fn a_udp_port_dissector_that_declines_leaves_the_datagram_to_heuristics() {
        let mut hello = vec![0x16, 0xfe, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20];
        hello.extend([0u8; 20]);
        assert!(!udp_port_taken(6000, 7000, &hello));
        assert_eq!(
            choose(Transport::Udp, &[], None, 6000, 7000, &hello),
            Some(&app::dtls::SPEC)
        );
        let mut rx = vec![0u8; 28];
        rx[20] = 1; // DATA
        assert!(udp_port_taken(6000, 7000, &rx));
        assert!(udp_port_taken(6000, 7000, &rx[..28]));
        assert!(!udp_port_taken(6000, 7000, &rx[..27]));
        rx[20] = 10;
        assert!(!udp_port_taken(6000, 7000, &rx));
        // Any other port tshark has a dissector on takes everything.
        assert!(udp_port_taken(6000, 7010, &hello));
        // TAPA on 5000 declines a STUN Binding Request with an attribute
        // (the heuristics find STUN; one without any has TAPA's tunnel
        // shape, a zero second word), and takes its discover and tunnel
        // messages (tshark 4.0.17 on the same bytes).
        let binding = [
            0u8, 1, 0, 8, 0x21, 0x12, 0xa4, 0x42, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 0x24,
            0, 4, 0, 0, 0, 1,
        ];
        assert!(udp_port_taken(40000, 5000, &[0, 1, 0, 0, 0x21, 0x12]));
        assert!(!udp_port_taken(40000, 5000, &binding));
        assert_eq!(
            choose(Transport::Udp, &[], None, 40000, 5000, &binding),
            Some(&app::stun::SPEC)
        );
        assert!(udp_port_taken(40000, 5000, &[1, 0, 0, 12, 2, 0, 0, 8]));
        assert!(!udp_port_taken(40000, 5000, &[1, 0, 0, 12, 3, 0, 0, 8]));
        assert!(udp_port_taken(40000, 5000, &[4, 0, 0, 20, 3, 0, 0, 8]));
        assert!(udp_port_taken(40000, 5000, &[0x10, 1, 0, 0, 0, 0]));
        assert!(!udp_port_taken(40000, 5000, &[0x10, 2, 0, 0, 0, 0]));
        assert!(!udp_port_taken(40000, 5000, &[1, 0, 0]));
        // STUN on 3478 declines what is no STUN (dissect_stun_message
        // returns 0): a DTLS hello after ICE is the heuristics' (nDPI's
        // stun.pcap frame 164); a Binding Request stays STUN's.
        assert!(!udp_port_taken(49153, 3478, &hello));
        assert_eq!(
            choose(Transport::Udp, &[], None, 49153, 3478, &hello),
            Some(&app::dtls::SPEC)
        );
        assert!(udp_port_taken(49153, 3478, &binding));
        assert_eq!(
            choose(Transport::Udp, &[], None, 49153, 3478, &binding),
            Some(&app::stun::SPEC)
        );
        // Babel on 6696 declines what lacks its magic 42 or its 4-byte
        // header: a DTLS hello to 6696 is DTLS (tshark 4.0.17 on the
        // same bytes).
        assert!(!udp_port_taken(40000, 6696, &hello));
        assert_eq!(
            choose(Transport::Udp, &[], None, 40000, 6696, &hello),
            Some(&app::dtls::SPEC)
        );
        assert!(!udp_port_taken(40000, 6696, &[42, 2, 0]));
        assert!(udp_port_taken(40000, 6696, &[42, 2, 0, 0]));
        assert_eq!(
            choose(Transport::Udp, &[], None, 40000, 6696, &[42, 2, 0, 0]),
            Some(&app::babel::SPEC)
        );
        // tshark 4.0 has no dissector on UDP 443: QUIC is its heuristic's,
        // and a DTLS hello to 443 is DTLS (arkime_synthetic.pcap).
        assert!(!udp_port_taken(49900, 443, &hello));
        assert_eq!(
            choose(Transport::Udp, &[], None, 49900, 443, &hello),
            Some(&app::dtls::SPEC)
        );
    }

    use crate::dissect::app;

    #[test]
    fn every_osi_layer_has_a_row() {
        for osi in Osi::ALL {
            assert!(LAYERS.iter().any(|l| l.osi == osi), "{osi:?}");
        }
    }
}
