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
    probe(t, payload)
}

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
