//! Every dispatch decision above the transport layer, in one place: which
//! application protocol a conversation speaks (Wireshark's order: the
//! conversation's cached choice, a `--decode-as` rule, the lower port, the
//! higher port, then cheap heuristic probes), and the table of what osidump
//! decodes at each OSI layer (`osidump layers` prints it).

use super::app::{self, Probe, StreamDecoder};
use super::layer::Osi;
use std::fmt;
use std::str::FromStr;

/// Application protocols with a decoder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppProto {
    Dns,
    Http,
    Tls,
}

impl AppProto {
    pub fn name(self) -> &'static str {
        match self {
            AppProto::Dns => "dns",
            AppProto::Http => "http",
            AppProto::Tls => "tls",
        }
    }

    /// Wireshark's names for `--decode-as` (`ssl` is the old name of `tls`).
    pub fn from_name(s: &str) -> Option<AppProto> {
        match s.to_ascii_lowercase().as_str() {
            "dns" => Some(AppProto::Dns),
            "http" | "websocket" => Some(AppProto::Http),
            "tls" | "ssl" => Some(AppProto::Tls),
            _ => None,
        }
    }

    /// A fresh per-conversation decoder over TCP.
    pub fn stream_decoder(self) -> Box<dyn StreamDecoder> {
        match self {
            AppProto::Dns => Box::new(app::dns::DnsTcpDecoder::new()),
            AppProto::Http => Box::new(app::http::HttpDecoder::new()),
            AppProto::Tls => Box::new(app::tls::TlsDecoder::new()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transport {
    Tcp,
    Udp,
}

/// Well-known ports (IANA), as Wireshark's default tables assign them.
const TCP_PORTS: &[(u16, AppProto)] = &[
    (53, AppProto::Dns),
    (80, AppProto::Http),
    (443, AppProto::Tls),
    (465, AppProto::Tls),
    (636, AppProto::Tls),
    (853, AppProto::Tls),
    (993, AppProto::Tls),
    (995, AppProto::Tls),
    (3128, AppProto::Http),
    (5353, AppProto::Dns),
    (8000, AppProto::Http),
    (8008, AppProto::Http),
    (8080, AppProto::Http),
    (8443, AppProto::Tls),
];

const UDP_PORTS: &[(u16, AppProto)] = &[
    (53, AppProto::Dns),
    // SSDP: HTTP messages in UDP datagrams.
    (1900, AppProto::Http),
    (5353, AppProto::Dns),
    (5355, AppProto::Dns),
];

pub fn by_port(t: Transport, port: u16) -> Option<AppProto> {
    let table = match t {
        Transport::Tcp => TCP_PORTS,
        Transport::Udp => UDP_PORTS,
    };
    table.iter().find(|(p, _)| *p == port).map(|(_, a)| *a)
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
        let proto = AppProto::from_name(proto.trim())
            .ok_or_else(|| format!("{:?}: unknown protocol (dns, http, tls)", proto.trim()))?;
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
        write!(f, "{t}.port=={},{}", self.port, self.proto.name())
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
    probe(t, payload)
}

/// Heuristics, cheapest and most certain first. HTTP and TLS are found on
/// any port; DNS only when its header is certain.
pub fn probe(t: Transport, payload: &[u8]) -> Option<AppProto> {
    match t {
        Transport::Tcp => {
            if app::http::probe(payload) == Probe::Certain {
                return Some(AppProto::Http);
            }
            if app::tls::probe(payload) == Probe::Certain {
                return Some(AppProto::Tls);
            }
            // DNS over TCP: a length prefix that matches, then a DNS header.
            if payload.len() > 2 {
                let len = usize::from(u16::from_be_bytes([payload[0], payload[1]]));
                if len == payload.len() - 2 && app::dns::probe(&payload[2..]) == Probe::Certain {
                    return Some(AppProto::Dns);
                }
            }
            None
        }
        Transport::Udp => (app::dns::probe(payload) == Probe::Certain).then_some(AppProto::Dns),
    }
}

/// One row of the OSI reference table: what osidump decodes at a layer.
#[derive(Debug, Clone, Copy)]
pub struct LayerInfo {
    pub osi: Osi,
    pub role: &'static str,
    /// Wireshark short names of the protocols decoded here.
    pub protocols: &'static [&'static str],
    /// What the one-line summary shows.
    pub shows: &'static str,
}

/// The table the dissector is built around, top row first.
pub const LAYERS: &[LayerInfo] = &[
    LayerInfo {
        osi: Osi::Application,
        role: "the user's conversation",
        protocols: &["http", "dns", "mdns", "llmnr", "websocket"],
        shows: "method, URI, host, status; query, answers, rcode; opcode, payload",
    },
    LayerInfo {
        osi: Osi::Presentation,
        role: "encoding, encryption",
        protocols: &["tls"],
        shows: "record and handshake type, version, SNI, ALPN, cipher",
    },
    LayerInfo {
        osi: Osi::Session,
        role: "open / keep / close a conversation",
        protocols: &["session"],
        shows: "stream id, handshake step, phase (TCP, TLS, WebSocket)",
    },
    LayerInfo {
        osi: Osi::Transport,
        role: "end-to-end delivery",
        protocols: &["tcp", "udp"],
        shows: "ports, seq/ack, flags, window",
    },
    LayerInfo {
        osi: Osi::Network,
        role: "routing",
        protocols: &["ip", "ipv6", "icmp", "icmpv6", "arp"],
        shows: "addresses, TTL / hop limit, fragments",
    },
    LayerInfo {
        osi: Osi::DataLink,
        role: "frames on one link",
        protocols: &["eth", "vlan", "ieee8021ad", "sll", "null", "ppp", "pppoes"],
        shows: "MAC addresses, VLAN, link type",
    },
    LayerInfo {
        osi: Osi::Physical,
        role: "signal on the wire",
        protocols: &["frame"],
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
        assert_eq!(r.proto, AppProto::Http);
        assert_eq!(r.to_string(), "tcp.port==8080,http");
        assert!("tcp.port==x,http".parse::<DecodeAs>().is_err());
        assert!("ip.addr==1,http".parse::<DecodeAs>().is_err());
        assert!("udp.port==53,gopher".parse::<DecodeAs>().is_err());
    }

    #[test]
    fn lower_port_wins_then_probes() {
        assert_eq!(
            choose(Transport::Tcp, &[], 443, 80, b""),
            Some(AppProto::Http)
        );
        assert_eq!(
            choose(Transport::Tcp, &[], 40000, 9999, b"GET / HTTP/1.1\r\n"),
            Some(AppProto::Http)
        );
        assert_eq!(choose(Transport::Tcp, &[], 40000, 9999, b"hello"), None);
        let rules = ["tcp.port==9999,tls".parse().unwrap()];
        assert_eq!(
            choose(Transport::Tcp, &rules, 40000, 9999, b"GET / HTTP/1.1\r\n"),
            Some(AppProto::Tls)
        );
    }

    #[test]
    fn every_osi_layer_has_a_row() {
        for osi in Osi::ALL {
            assert!(LAYERS.iter().any(|l| l.osi == osi), "{osi:?}");
        }
    }
}
