//! SOCKS 4, 4a and 5 (TCP 1080) as tshark 4.0's packet-socks.c shows them:
//! the handshake segment by segment (no reassembly, as there), then every
//! segment after the one that finished it handed to the protocol of the
//! requested port under a SOCKS item ([`super::http::tunnel::Tunnel`]).
//!
//! packet-socks.c runs a state machine per conversation (the client's and
//! the server's state), records each frame's states as it first reads it,
//! and shows a frame by the states recorded for it. Its quirks are kept
//! because they are what tshark prints:
//! - SOCKS 4's remote address, shown on later frames, is the request's
//!   first four bytes (version, command, port), not its address;
//! - a SOCKS 5 request offering only "no authentication" followed by the
//!   command in the same segment shows both;
//! - a frame the state machine had nothing to do for adds
//!   `, Remote Port: N` to the Info column once the port is known.
//!
//! UDP ASSOCIATE's relayed datagrams, BIND's second reply and the
//! ping/traceroute extensions' payloads are not read further (tshark's
//! fields for them are not in the registry); their frames show the SOCKS
//! item and the Info column as tshark writes it. Short messages are marked
//! malformed where tshark's reads past the end would throw.

pub mod fields;

#[cfg(test)]
mod tests;

use super::http::tunnel::Tunnel;
use super::{Dir, Endpoints, Expected, Message, StreamDecoder};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use std::borrow::Cow;

const CONNECT: u8 = 1;
const BIND: u8 = 2;
const UDP_ASSOCIATE: u8 = 3;
const PING: u8 = 0x80;
const TRACEROUTE: u8 = 0x81;

/// The SOCKS server port packet-socks.c tests for (`TCP_PORT_SOCKS`).
const SOCKS_PORT: u16 = 1080;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Client {
    Start,
    WaitForAuthReply,
    V5Command,
    Done,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Server {
    Start,
    InitReply,
    CommandReply,
    UserReply,
    GssApiReply,
    BindReply,
    Done,
    Error,
}

/// A read past the end of the segment (tshark throws there).
struct Short;

/// Bounds-checked reads of a segment.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn u8(&self, at: usize) -> Result<u8, Short> {
        self.0.get(at).copied().ok_or(Short)
    }

    fn u16(&self, at: usize) -> Result<u16, Short> {
        Ok(u16::from_be_bytes([self.u8(at)?, self.u8(at + 1)?]))
    }

    fn slice(&self, at: usize, len: usize) -> Result<&[u8], Short> {
        self.0
            .get(at..at.checked_add(len).ok_or(Short)?)
            .ok_or(Short)
    }

    /// tvb_strsize: the length of the NUL-terminated string at `at`, its
    /// NUL included.
    fn strsize(&self, at: usize) -> Result<usize, Short> {
        let rest = self.0.get(at..).ok_or(Short)?;
        memchr::memchr(0, rest).map(|i| i + 1).ok_or(Short)
    }
}

/// The remote address a request named, kept for the later frames.
#[derive(Debug, Clone, Copy)]
enum Remote {
    V4([u8; 4]),
    V6([u8; 16]),
}

pub struct SocksDecoder {
    /// The destination port of the first bytes (packet-socks.c's
    /// `server_port`: that side is the client), and their first byte (the
    /// version).
    server_port: Option<u16>,
    version: u8,
    client: Client,
    server: Server,
    command: u8,
    auth_method: u8,
    /// The requested port (0 until a request names one).
    port: u16,
    remote: Option<Remote>,
    /// The frame that finished the handshake: later frames go through.
    done_frame: Option<u64>,
    /// The states recorded for the frame being read (first read only).
    saved: (Option<Client>, Option<Server>),
    frame: u64,
    ports: (u16, u16),
    tunnel: Option<Box<Tunnel>>,
    /// The tunnel was opened and its conversation not yet reported.
    opened: bool,
    // What the tunnel's carried decoder is told when it is made.
    keys: Option<super::tls::keylog::Keys>,
    skip_fingerprints: bool,
    collect: bool,
    media: Option<super::http2::StreamMedia>,
    rules: Vec<crate::dissect::registry::DecodeAs>,
    time: Option<i128>,
    ends: Option<Endpoints>,
}

impl SocksDecoder {
    fn new() -> Self {
        SocksDecoder {
            server_port: None,
            version: 0,
            client: Client::Start,
            server: Server::Start,
            command: 0,
            auth_method: 0,
            port: 0,
            remote: None,
            done_frame: None,
            saved: (None, None),
            frame: 0,
            ports: (0, 0),
            tunnel: None,
            opened: false,
            keys: None,
            skip_fingerprints: false,
            collect: false,
            media: None,
            rules: Vec::new(),
            time: None,
            ends: None,
        }
    }

    fn save_client(&mut self) {
        if self.saved.0.is_none() {
            self.saved.0 = Some(self.client);
        }
    }

    fn save_server(&mut self) {
        if self.saved.1.is_none() {
            self.saved.1 = Some(self.server);
        }
    }

    fn command_name(&self) -> &'static str {
        match self.command {
            CONNECT => "Connect",
            BIND => "Bind",
            UDP_ASSOCIATE => "UdpAssociate",
            PING => "Ping",
            TRACEROUTE => "Traceroute",
            _ => "Unknown",
        }
    }

    /// The Info column's start, as dissect_socks writes it before the
    /// state machine runs.
    fn info_start(&self) -> String {
        let mut s = String::from(match self.version {
            4 => "Version: 4",
            5 => "Version: 5",
            _ => "Unknown",
        });
        match self.command {
            PING => s.push_str(", Ping Req"),
            TRACEROUTE => s.push_str(", Traceroute Req"),
            _ => {}
        }
        s
    }

    fn state_machine_v4(
        &mut self,
        b: &Bytes<'_>,
        client: bool,
        info: &mut String,
    ) -> Result<(), Short> {
        if self.client != Client::Done {
            self.save_client();
        }
        if self.server != Server::Done {
            self.save_server();
        }
        if client {
            info.push_str(" Connect to server request");
            self.command = b.u8(1)?;
            if self.command == CONNECT {
                self.port = b.u16(2)?;
            }
            // packet-socks.c takes the address at offset 0 (the version,
            // command and port), and shows that on the later frames.
            let a = b.slice(0, 4)?;
            self.remote = Some(Remote::V4([a[0], a[1], a[2], a[3]]));
            self.client = Client::Done;
        } else {
            info.push_str(" Connect Response");
            self.server = if b.u8(1)? == 90 {
                Server::Done
            } else {
                Server::Error
            };
        }
        Ok(())
    }

    /// get_address_v5: past the address at `at` (its type first),
    /// keeping an IPv4 or IPv6 one when `keep`.
    fn address_v5(&mut self, b: &Bytes<'_>, at: usize, keep: bool) -> Result<usize, Short> {
        let at_addr = at + 1;
        Ok(match b.u8(at)? {
            1 => {
                if keep {
                    let a = b.slice(at_addr, 4)?;
                    self.remote = Some(Remote::V4([a[0], a[1], a[2], a[3]]));
                }
                at_addr + 4
            }
            4 => {
                if keep {
                    let mut a = [0; 16];
                    a.copy_from_slice(b.slice(at_addr, 16)?);
                    self.remote = Some(Remote::V6(a));
                }
                at_addr + 16
            }
            3 => at_addr + usize::from(b.u8(at_addr)?) + 1,
            _ => at_addr,
        })
    }

    fn client_state_machine_v5(
        &mut self,
        b: &Bytes<'_>,
        at: usize,
        first: bool,
    ) -> Result<(), Short> {
        if first {
            self.save_client();
            self.save_server();
        }
        match self.client {
            Client::Start => {
                let n = usize::from(b.u8(at + 1)?);
                if n == 0 || n == 1 && b.u8(at + 2)? == 0 {
                    self.client = Client::V5Command;
                    let next = at + 2 + n;
                    if b.0.len() > next {
                        self.client_state_machine_v5(b, next, false)?;
                    }
                } else {
                    self.client = Client::WaitForAuthReply;
                }
            }
            Client::WaitForAuthReply if self.server == Server::InitReply => {
                (self.client, self.server) = match self.auth_method {
                    0 => (Client::V5Command, Server::CommandReply),
                    2 => (Client::V5Command, Server::UserReply),
                    1 => (Client::V5Command, Server::GssApiReply),
                    _ => (Client::Error, self.server),
                };
            }
            Client::V5Command => {
                self.command = b.u8(at + 1)?;
                let end = self.address_v5(b, at + 3, true)?;
                if matches!(self.command, CONNECT | UDP_ASSOCIATE) {
                    self.port = b.u16(end)?;
                }
                self.client = Client::Done;
            }
            _ => {}
        }
        Ok(())
    }

    fn server_state_machine_v5(&mut self, b: &Bytes<'_>) -> Result<(), Short> {
        self.save_server();
        match self.server {
            Server::Start => {
                self.auth_method = b.u8(1)?;
                match self.auth_method {
                    0 => {
                        self.server = Server::CommandReply;
                        self.client = Client::V5Command;
                    }
                    1 | 2 => self.server = Server::InitReply,
                    _ => self.server = Server::Error,
                }
            }
            Server::UserReply => self.server = Server::CommandReply,
            Server::GssApiReply => {
                if b.u8(1)? == 0xff {
                    self.server = Server::Error;
                } else if b.u16(2)? == 0 {
                    self.server = Server::CommandReply;
                }
            }
            Server::CommandReply => match self.command {
                CONNECT | PING | TRACEROUTE => self.server = Server::Done,
                BIND => self.server = Server::BindReply,
                UDP_ASSOCIATE => {
                    // The relay's address and port: tshark opens a UDP
                    // conversation there, which osidump does not follow.
                    let end = self.address_v5(b, 3, true)?;
                    b.u16(end)?;
                }
                _ => {}
            },
            _ => {}
        }
        Ok(())
    }

    /// display_address: the address type, the address, then the port as
    /// `port_field`.
    fn show_address(
        l: &mut Layer<'static>,
        b: &Bytes<'_>,
        at: usize,
        port_field: &'static crate::dissect::field::FieldDef,
    ) -> Result<(), Short> {
        let kind = b.u8(at)?;
        l.uint(f::socks::ADDRESS_TYPE, kind);
        let mut at = at + 1;
        match kind {
            1 => {
                let a = b.slice(at, 4)?;
                l.push(f::socks::DST, Value::Ipv4([a[0], a[1], a[2], a[3]]));
                at += 4;
            }
            3 => {
                let len = usize::from(b.u8(at)?);
                let name = b.slice(at + 1, len)?;
                l.str(
                    f::socks::REMOTE_NAME,
                    crate::dissect::wire::ascii(name).into_owned(),
                );
                at += len + 1;
            }
            4 => {
                let mut a = [0; 16];
                a.copy_from_slice(b.slice(at, 16)?);
                l.push(f::socks::DSTV6, Value::Ipv6(a));
                at += 16;
            }
            _ => {}
        }
        l.uint(port_field, b.u16(at)?);
        Ok(())
    }

    /// A length-prefixed string (user name, password).
    fn counted(
        l: &mut Layer<'static>,
        b: &Bytes<'_>,
        at: usize,
        def: &'static crate::dissect::field::FieldDef,
    ) -> Result<usize, Short> {
        let len = usize::from(b.u8(at)?);
        let s = b.slice(at + 1, len)?;
        l.str(def, crate::dissect::wire::ascii(s).into_owned());
        Ok(at + 1 + len)
    }

    fn display_v4(&self, l: &mut Layer<'static>, b: &Bytes<'_>, client: bool) -> Result<(), Short> {
        if client {
            if self.saved.0 != Some(Client::Start) {
                return Ok(());
            }
            l.uint(f::socks::VERSION, b.u8(0)?);
            l.uint(f::socks::COMMAND, b.u8(1)?);
            l.uint(f::socks::DSTPORT, b.u16(2)?);
            let a = b.slice(4, 4)?;
            l.push(f::socks::DST, Value::Ipv4([a[0], a[1], a[2], a[3]]));
            let n = b.strsize(8)?;
            l.str(
                f::socks::USERNAME,
                crate::dissect::wire::ascii(&b.0[8..8 + n - 1]).into_owned(),
            );
            if a[..3] == [0, 0, 0] && a[3] != 0 {
                let at = 8 + n;
                let m = b.strsize(at)?;
                l.str(
                    f::socks::V4A_DNS_NAME,
                    crate::dissect::wire::ascii(&b.0[at..at + m - 1]).into_owned(),
                );
            }
        } else {
            if self.saved.1 != Some(Server::Start) {
                return Ok(());
            }
            l.uint(f::socks::VERSION, b.u8(0)?);
            l.uint(f::socks::RESULTS, b.u8(1)?);
            l.uint(f::socks::DSTPORT, b.u16(2)?);
            let a = b.slice(4, 4)?;
            l.push(f::socks::DST, Value::Ipv4([a[0], a[1], a[2], a[3]]));
        }
        Ok(())
    }

    fn display_client_v5(
        &self,
        l: &mut Layer<'static>,
        b: &Bytes<'_>,
        at: usize,
        state: (Option<Client>, Option<Server>),
        info: &mut String,
    ) -> Result<(), Short> {
        match state {
            (Some(Client::Start), _) => {
                info.push_str(" Connect to server request");
                l.uint(f::socks::VERSION, b.u8(at)?);
                let n = usize::from(b.u8(at + 1)?);
                l.uint(f::socks::AUTH_METHOD_COUNT, n as u64);
                for i in 0..n {
                    l.uint(f::socks::AUTH_METHOD, b.u8(at + 2 + i)?);
                }
                let next = at + 2 + n;
                // The command in the same segment, when only "no
                // authentication" is offered (packet-socks.c tests the
                // command's reserved byte, two past where it starts).
                if n == 1 && b.0.get(next + 2) == Some(&0) && b.0.len() > next + 2 + n {
                    self.display_client_v5(l, b, next, (Some(Client::V5Command), None), info)?;
                }
            }
            (Some(Client::V5Command), _) => {
                info.push_str(" Command Request - ");
                info.push_str(self.command_name());
                l.uint(f::socks::VERSION, b.u8(at)?);
                l.uint(f::socks::COMMAND, b.u8(at + 1)?);
                l.uint(f::socks::RESERVED, b.u8(at + 2)?);
                Self::show_address(l, b, at + 3, f::socks::PORT)?;
            }
            (Some(Client::WaitForAuthReply), Some(Server::InitReply)) => {
                l.uint(f::socks::VERSION, 5u8);
                l.uint(f::socks::SUBNEGOTIATION_VERSION, b.u8(at)?);
                match self.auth_method {
                    2 => {
                        info.push_str(" User authentication request");
                        let next = Self::counted(l, b, at + 1, f::socks::USERNAME)?;
                        Self::counted(l, b, next, f::socks::PASSWORD)?;
                    }
                    1 => {
                        info.push_str(" GSSAPI authentication request");
                        l.uint(f::socks::GSSAPI_COMMAND, b.u8(at + 1)?);
                        let len = b.u16(at + 2)?;
                        l.uint(f::socks::GSSAPI_LENGTH, len);
                        if len > 0 {
                            let data = b.slice(at + 4, usize::from(len))?;
                            l.push(
                                f::socks::GSSAPI_DATA,
                                Value::Bytes(Cow::Owned(data.to_vec())),
                            );
                        }
                    }
                    _ => {}
                }
            }
            _ => self.remote_port_note(info),
        }
        Ok(())
    }

    fn display_server_v5(
        &self,
        l: &mut Layer<'static>,
        b: &Bytes<'_>,
        info: &mut String,
    ) -> Result<(), Short> {
        match self.saved.1 {
            Some(Server::Start) => {
                info.push_str(" Connect to server response");
                l.uint(f::socks::VERSION, b.u8(0)?);
                l.uint(f::socks::AUTH_ACCEPTED_METHOD, b.u8(1)?);
            }
            Some(Server::UserReply) => {
                info.push_str(" User authentication reply");
                l.uint(f::socks::VERSION, 5u8);
                l.uint(f::socks::SUBNEGOTIATION_VERSION, b.u8(0)?);
                l.uint(f::socks::AUTH_STATUS, b.u8(1)?);
            }
            Some(Server::GssApiReply) => {
                info.push_str(" GSSAPI authentication reply");
                l.uint(f::socks::VERSION, 5u8);
                l.uint(f::socks::SUBNEGOTIATION_VERSION, b.u8(0)?);
                let status = b.u8(1)?;
                l.uint(f::socks::GSSAPI_COMMAND, status);
                if status != 0xff {
                    let len = b.u16(2)?;
                    l.uint(f::socks::GSSAPI_LENGTH, len);
                    if len > 0 {
                        let data = b.slice(4, usize::from(len))?;
                        l.push(
                            f::socks::GSSAPI_DATA,
                            Value::Bytes(Cow::Owned(data.to_vec())),
                        );
                    }
                }
            }
            Some(Server::CommandReply) => {
                info.push_str(" Command Response - ");
                info.push_str(self.command_name());
                l.uint(f::socks::VERSION, b.u8(0)?);
                l.uint(f::socks::RESULTS, b.u8(1)?);
                l.uint(f::socks::RESERVED, b.u8(2)?);
                Self::show_address(l, b, 3, f::socks::PORT)?;
            }
            Some(Server::BindReply) => {
                info.push_str(" Command Response: Bind remote host info");
                l.uint(f::socks::VERSION, b.u8(0)?);
                l.uint(f::socks::RESULTS, b.u8(1)?);
                l.uint(f::socks::RESERVED, b.u8(2)?);
                Self::show_address(l, b, 3, f::socks::REMOTE_HOST_PORT)?;
            }
            _ => self.remote_port_note(info),
        }
        Ok(())
    }

    fn remote_port_note(&self, info: &mut String) {
        if self.port != 0 {
            info.push_str(", Remote Port: ");
            crate::dissect::summary::push_uint(info, u64::from(self.port));
        }
    }

    /// The item of a frame past the handshake: what the handshake agreed
    /// on, generated.
    fn carried_item(&self) -> Layer<'static> {
        let mut l = Layer::new(Osi::Session, "socks", 0..0);
        l.uint(f::socks::VERSION, self.version);
        l.uint(f::socks::COMMAND, self.command);
        match self.remote {
            Some(Remote::V4(a)) => l.push(f::socks::DST, Value::Ipv4(a)),
            Some(Remote::V6(a)) => l.push(f::socks::DSTV6, Value::Ipv6(a)),
            None => {}
        }
        if !matches!(self.command, PING | TRACEROUTE) {
            l.uint(f::socks::DSTPORT, self.port);
        }
        l.str(f::socks::OSIDUMP_INFO, self.info_start());
        l
    }

    fn open_tunnel(&mut self) {
        let mut t = Tunnel::socks(self.port, self.carried_item());
        t.keys = self.keys.clone();
        t.skip_fingerprints = self.skip_fingerprints;
        t.collect = self.collect;
        t.media = self.media.clone();
        t.rules = self.rules.clone();
        t.set_frame(self.frame);
        if let Some(now) = self.time {
            t.set_time_ns(now);
        }
        t.set_ports(self.ports.0, self.ports.1);
        if let Some(e) = &self.ends {
            t.set_endpoints(e);
        }
        self.tunnel = Some(Box::new(t));
        self.opened = true;
    }

    /// Whether the frame being read is past the handshake.
    fn carrying(&self) -> bool {
        self.done_frame.is_some_and(|f| self.frame > f)
    }

    /// A segment of the handshake (or past it, of the ping and traceroute
    /// extensions), shown as packet-socks.c shows it.
    fn handshake(&mut self, client: bool, data: &[u8]) -> Layer<'static> {
        let b = Bytes(data);
        let mut l = Layer::new(Osi::Session, "socks", 0..0);
        let mut info = self.info_start();
        let mut short = false;
        if self.carrying() {
            // Ping and traceroute: their end command and results.
            info.push_str(if self.ports.1 == SOCKS_PORT {
                ", Terminate Request"
            } else {
                ", Results"
            });
            l = self.carried_item();
            l.fields
                .retain(|x| !std::ptr::eq(x.def, f::socks::OSIDUMP_INFO));
        } else {
            let both_done = self.client == Client::Done && self.server == Server::Done;
            if !both_done {
                let ran = if client {
                    if matches!(self.client, Client::Error | Client::Done) {
                        Ok(())
                    } else if self.version == 4 {
                        self.state_machine_v4(&b, true, &mut info)
                    } else if self.version == 5 {
                        self.client_state_machine_v5(&b, 0, true)
                    } else {
                        Ok(())
                    }
                } else if matches!(self.server, Server::Error | Server::Done) {
                    Ok(())
                } else if self.version == 4 {
                    self.state_machine_v4(&b, false, &mut info)
                } else if self.version == 5 {
                    self.server_state_machine_v5(&b)
                } else {
                    Ok(())
                };
                short |= ran.is_err();
                if self.client == Client::Done && self.server == Server::Done {
                    self.done_frame = Some(self.frame);
                }
            }
            if !short {
                let shown = match (self.version, client) {
                    (4, _) => self.display_v4(&mut l, &b, client),
                    (5, true) => self.display_client_v5(&mut l, &b, 0, self.saved, &mut info),
                    (5, false) => self.display_server_v5(&mut l, &b, &mut info),
                    _ => Ok(()),
                };
                short |= shown.is_err();
            }
        }
        if short {
            l.malformed("SOCKS message shorter than its fields");
        }
        l.str(f::socks::OSIDUMP_INFO, info);
        l
    }
}

impl StreamDecoder for SocksDecoder {
    fn protocol(&self) -> &'static str {
        self.tunnel
            .as_ref()
            .and_then(|t| t.protocol())
            .unwrap_or("socks")
    }

    fn whole_segments(&self) -> bool {
        // packet-socks.c reads each segment as it comes (no reassembly of
        // the handshake); what it carries, as the carried protocol wants.
        match self.tunnel.as_ref() {
            Some(t) if self.carrying() => t.whole_segments(),
            _ => true,
        }
    }

    fn heap_bytes(&self) -> usize {
        self.tunnel
            .as_ref()
            .map_or(0, |t| std::mem::size_of_val(&**t) + t.heap_bytes())
            + self.rules.capacity() * std::mem::size_of::<crate::dissect::registry::DecodeAs>()
    }

    fn collect_messages(&mut self) {
        self.collect = true;
        if let Some(t) = self.tunnel.as_mut() {
            t.collect_messages();
        }
    }

    fn set_keys(&mut self, keys: &super::tls::keylog::Keys) {
        self.keys = Some(keys.clone());
    }

    fn skip_fingerprints(&mut self) {
        self.skip_fingerprints = true;
    }

    fn set_decode_as(&mut self, rules: &[crate::dissect::registry::DecodeAs]) {
        self.rules = rules.to_vec();
    }

    fn set_stream_media(&mut self, media: &super::http2::StreamMedia) {
        self.media = Some(media.clone());
    }

    fn set_frame(&mut self, frame: u64) {
        if frame != self.frame {
            self.saved = (None, None);
        }
        self.frame = frame;
        if let Some(t) = self.tunnel.as_mut() {
            t.set_frame(frame);
        }
    }

    fn set_time_ns(&mut self, ts: i128) {
        self.time = Some(ts);
        if let Some(t) = self.tunnel.as_mut() {
            t.set_time_ns(ts);
        }
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = (src, dst);
        if let Some(t) = self.tunnel.as_mut() {
            t.set_ports(src, dst);
        }
    }

    fn set_endpoints(&mut self, e: &Endpoints) {
        self.ends = Some(*e);
        self.ports = (e.src.1, e.dst.1);
        if let Some(t) = self.tunnel.as_mut() {
            t.set_endpoints(e);
        }
    }

    fn set_snap_cut(&mut self, cut: u64) {
        if let Some(t) = self.tunnel.as_mut() {
            t.set_snap_cut(cut);
        }
    }

    fn take_expected(&mut self, out: &mut Vec<Expected>) {
        if let Some(t) = self.tunnel.as_mut() {
            t.take_expected(out);
        }
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        if self.server_port.is_none() {
            self.server_port = Some(self.ports.1);
            self.version = data[0];
        }
        let client = self.server_port == Some(self.ports.1);
        if self.carrying() && !matches!(self.command, PING | TRACEROUTE) {
            if self.tunnel.is_none() {
                self.open_tunnel();
            }
            if let Some(t) = self.tunnel.as_mut() {
                t.feed(dir, offset, data, out);
            }
            return;
        }
        let layer = self.handshake(client, data);
        out.push(Message {
            layer,
            stream_offset: offset,
            stream_end: offset + data.len() as u64,
            event: None,
        });
    }

    fn gap(&mut self, dir: Dir, len: u64) {
        if let Some(t) = self.tunnel.as_mut() {
            t.gap(dir, len);
        }
    }

    fn finish(&mut self, dir: Dir, out: &mut Vec<Message>) {
        if let Some(t) = self.tunnel.as_mut() {
            t.finish(dir, out);
        }
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        self.tunnel.as_ref().is_some_and(|t| t.holds_partial(dir))
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        self.tunnel
            .as_ref()
            .is_some_and(|t| t.wants_one_more_segment(dir))
    }

    fn began_in_cut_message(&self, dir: Dir) -> bool {
        self.tunnel
            .as_ref()
            .is_some_and(|t| t.began_in_cut_message(dir))
    }

    fn began_after_cut_message(&self, dir: Dir) -> bool {
        self.tunnel
            .as_ref()
            .is_some_and(|t| t.began_after_cut_message(dir))
    }

    fn refused(&self, dir: Dir) -> bool {
        self.tunnel.as_ref().is_some_and(|t| t.refused(dir))
    }

    fn consumed_silently(&self, dir: Dir) -> bool {
        self.tunnel
            .as_ref()
            .is_some_and(|t| t.consumed_silently(dir))
    }

    fn pending_info(&self, dir: Dir, out: &mut String) -> bool {
        self.tunnel
            .as_ref()
            .is_some_and(|t| t.pending_info(dir, out))
    }

    /// SOCKS is called on every segment past the handshake: its item
    /// stands on those the carried protocol reads nothing of too.
    fn carrier_layer(&self) -> Option<Layer<'static>> {
        self.tunnel.as_ref().and_then(|t| t.carrier_layer())
    }

    fn carries_every_segment(&self) -> bool {
        self.tunnel.is_some()
    }

    /// packet-socks.c's `call_next_dissector` asks TCP for the conversation
    /// data of the ports with the requested one in, on the first segment
    /// it carries: that makes a conversation, which takes a stream number.
    fn take_opened_conversations(&mut self) -> u32 {
        u32::from(std::mem::take(&mut self.opened))
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(SocksDecoder::new())
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers
        .get(i)
        .and_then(|l| l.get_str(f::socks::OSIDUMP_INFO))
    {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("SOCKS: ");
    out.push_str(l.get_str(f::socks::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "socks",
    also: &[],
    title: "Socks Protocol",
    osi: Osi::Session,
    fields: f::socks::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "Socks"),
    app: Some(AppSpec {
        decode_as: &["socks"],
        tcp_ports: &[SOCKS_PORT],
        udp_ports: &[],
        // tshark has no heuristic: the port only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
