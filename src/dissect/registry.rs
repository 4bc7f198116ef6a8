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
/// `tls`, `websocket` means the HTTP that upgrades to it).
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
    spec::apps().find(|p| {
        p.app.as_ref().is_some_and(|a| match t {
            Transport::Tcp => a.tcp_ports.contains(&port),
            Transport::Udp => a.udp_ports.contains(&port),
        })
    })
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
        let proto = from_name(proto.trim()).ok_or_else(|| {
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
        Ok(DecodeAs {
            transport,
            port,
            proto,
        })
    }
}

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
    sport: u16,
    dport: u16,
    payload: &[u8],
) -> Option<AppProto> {
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
    if let Some(p) = by_port(t, low).or_else(|| by_port(t, high)) {
        return Some(p);
    }
    // tshark gives a UDP port it has a dissector for to that dissector
    // before any heuristic (NetBIOS names on 137 look like DNS).
    if t == Transport::Udp
        && (TSHARK_UDP_PORTS.binary_search(&low).is_ok()
            || TSHARK_UDP_PORTS.binary_search(&high).is_ok())
    {
        return None;
    }
    probe(t, payload)
}

/// A tunnel header found by UDP port: its payload is a packet or frame
/// that goes through the lower layers' decoders again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tunnel {
    Gre,
    Mpls,
    Vxlan,
    Geneve,
    Teredo,
}

/// The tunnel tshark 4.0 finds on a UDP port (its `udp.port` table):
/// VXLAN 4789, Geneve 6081, Teredo 3544, GRE 4754, MPLS 6635.
fn tunnel_port(port: u16) -> Option<Tunnel> {
    match port {
        4789 => Some(Tunnel::Vxlan),
        6081 => Some(Tunnel::Geneve),
        3544 => Some(Tunnel::Teredo),
        4754 => Some(Tunnel::Gre),
        6635 => Some(Tunnel::Mpls),
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
/// when its header is certain.
pub fn probe(t: Transport, payload: &[u8]) -> Option<AppProto> {
    spec::apps().find(|p| {
        let probe = p.app.as_ref().and_then(|a| match t {
            Transport::Tcp => a.probe_tcp,
            Transport::Udp => a.probe_udp,
        });
        probe.is_some_and(|f| f(payload) == Probe::Certain)
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
    }

    #[test]
    fn lower_port_wins_then_probes() {
        assert_eq!(
            choose(Transport::Tcp, &[], 443, 80, b""),
            Some(&app::http::SPEC)
        );
        assert_eq!(
            choose(Transport::Tcp, &[], 40000, 9999, b"GET / HTTP/1.1\r\n"),
            Some(&app::http::SPEC)
        );
        assert_eq!(choose(Transport::Tcp, &[], 40000, 9999, b"hello"), None);
        let rules = ["tcp.port==9999,tls".parse().unwrap()];
        assert_eq!(
            choose(Transport::Tcp, &rules, 40000, 9999, b"GET / HTTP/1.1\r\n"),
            Some(&app::tls::SPEC)
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
