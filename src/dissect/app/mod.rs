//! L5-L7 decoders: DNS, DHCP, HTTP/1.x (with the WebSocket it may upgrade to) and
//! TLS. They read reassembled, in-order bytes, never the frame directly, so
//! the layers they produce own their values (`Layer<'static>`).
//!
//! Two shapes of decoder:
//! - datagram decoders (DNS over UDP) turn one payload into layers;
//! - [`StreamDecoder`]s keep per-conversation state and are fed each
//!   direction's bytes in order by the TCP reassembler; they report a
//!   message on the frame whose bytes complete it.

// Babel routing protocol over UDP 6696 (babel).
pub mod babel;
pub mod bgp;
pub mod browser;
// DCE/RPC connection-oriented over TCP (dcerpc).
pub mod db_lsp;
pub mod dcerpc;
// Protocols decoded where tshark decodes them and osidump showed data (protosc).
pub mod bfd;
pub mod dhcp;
pub mod dhcpv6;
pub mod dns;
pub mod dtls;
pub mod eap;
// Finger and WHOIS: a query line, an answer until the FIN.
pub mod finger;
pub mod ftp;
// Google QUIC (Q024-Q046) over UDP, by tshark's heuristic (gquic).
pub mod gquic;
// A conversation handed from one decoder to another (STARTTLS).
pub mod handover;
pub mod hsrp;
pub mod http;
pub mod http2;
pub mod pptp;
pub mod ptp;
pub mod x11;
// IMAP: tagged commands and responses, FETCH literals (to IMF).
pub mod huffman;
pub mod imap;
// NetBIOS over TCP/IP and the SMB headers it carries (nbss).
pub mod irc;
// IKE and UDP-encapsulated IPsec (isakmp).
pub mod isakmp;
pub mod json;
// LDAP over TCP (ldap).
pub mod ldap;
// LDP, the Label Distribution Protocol (UDP and TCP 646).
pub mod ldp;
// MPLS Echo, LSP ping (UDP 3503).
pub mod mpls_echo;
// Kerberos 5 over UDP and TCP 88 (krb).
pub mod kerberos;
// Modbus/TCP (industrial control).
pub mod modbus;
// DNP 3.0 (industrial control, TCP and UDP 20000).
pub mod dnp3;
pub mod enip;
pub mod mndp;
pub mod natpmp;
pub mod nbt;
pub mod ntlmssp;
pub mod ntp;
// OpenFlow over TCP 6653 and its heuristic (openflow).
pub mod openflow;
// OpenVPN over UDP and TCP 1194, its control channel's TLS (openvpn).
pub mod openvpn;
// Database protocols (dbproto).
pub mod mysql;
// MIME multipart bodies (HTTP) and the media dissector.
pub mod mqtt;
pub mod multipart;
pub(crate) mod pdu_framer;
pub mod pgsql;
// POP3: commands, answers, the messages RETR brings (to IMF).
pub mod pop;
pub mod quic;
pub mod radius;
pub mod resp;
pub mod rip;
pub mod rlogin;
pub mod rtcp;
pub mod rtp;
// ONC-RPC and the programs it carries (oncrpc).
pub mod rpc;
pub mod sap;
pub mod sflow;
pub mod sip;
pub mod smb;
pub mod smtp;
pub mod snmp;
pub mod socks;
pub mod spnego;
pub mod srvloc;
pub mod ssh;
pub mod stun;
pub mod syslog;
// Telnet (TCP 23): commands, suboptions, data lines, START_TLS.
pub mod telnet;
// TFTP and the transfers its requests start (UDP 69).
#[cfg(test)]
pub(crate) mod testing;
pub mod tftp;
pub mod tls;
// ISO transport over TCP (RFC 1006) and the COTP TPDUs it carries.
pub mod tpkt;
// VNC's RFB on TCP 5500-5501 and 5900-5901, a segment at a time.
pub mod vnc;
pub mod websocket;
pub mod wireguard;
pub mod wol;
// XMPP (Jabber) and the XML it carries.
pub mod xml;
pub mod xmpp;

/// Which side of a conversation sent the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dir {
    /// The side that opened the conversation (sent the SYN), or the first
    /// sender seen when the handshake was not captured.
    Client,
    Server,
}

impl Dir {
    pub fn index(self) -> usize {
        match self {
            Dir::Client => 0,
            Dir::Server => 1,
        }
    }
}

/// A cheap guess, from the first bytes of a payload, whether a protocol is
/// spoken here. Probes never panic and never allocate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    Certain,
    Unsure,
    NotForUs,
}

/// A [`Message::stream_end`] that stands for the end of the bytes being
/// fed (the segment): TCP reassembled all of them for the message, which
/// the caller sets once it knows where they end.
pub const TO_SEGMENT_END: u64 = u64::MAX;

/// One application message completed by the bytes just fed.
#[derive(Debug, Clone)]
pub struct Message {
    pub layer: crate::dissect::Layer<'static>,
    /// Offset in the direction's byte stream (0 = first byte seen) of the
    /// message's first byte; the reassembler maps it back to the frames the
    /// message was built from.
    pub stream_offset: u64,
    /// Offset just past the message's last byte: `stream_offset..stream_end`
    /// is what it was built from (the frames that carried it, its
    /// reassembled length).
    pub stream_end: u64,
    /// The whole message, when the decoder was asked to collect messages
    /// ([`StreamDecoder::collect_messages`]).
    pub event: Option<crate::dissect::event::AppMessage>,
}

/// Both ends of the bytes about to be fed: source then destination, each
/// an address (IPv4 in the first four bytes) and a port.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoints {
    pub v6: bool,
    pub src: ([u8; 16], u16),
    pub dst: ([u8; 16], u16),
}

/// A conversation one decoder announced for another (FTP's PORT and PASV
/// name where its data connection will be), as Wireshark's conversations
/// with a wildcard port: one end whole (`a`: its family, address, port),
/// the other's family and address with any port. The TCP layer gives a
/// new conversation that matches it (the newest first) the decoder `make`
/// builds, before any port or heuristic decides; that conversation uses it
/// up (Wireshark 4.0 binds the wildcard port to the first match).
pub struct Expected {
    pub a: (bool, [u8; 16], u16),
    pub b: (bool, [u8; 16]),
    /// The frame that announced it.
    pub frame: u64,
    pub make: Box<dyn Fn() -> Box<dyn StreamDecoder> + Send>,
}

impl Expected {
    /// Whether a segment between these ends belongs to it.
    pub fn matches(&self, e: &Endpoints) -> bool {
        let (av6, aaddr, aport) = self.a;
        let (bv6, baddr) = self.b;
        if av6 != e.v6 || bv6 != e.v6 {
            return false;
        }
        let one =
            |x: &([u8; 16], u16), y: &([u8; 16], u16)| x.0 == aaddr && x.1 == aport && y.0 == baddr;
        one(&e.src, &e.dst) || one(&e.dst, &e.src)
    }
}

impl std::fmt::Debug for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Expected")
            .field("a", &self.a)
            .field("b", &self.b)
            .field("frame", &self.frame)
            .finish_non_exhaustive()
    }
}

/// tshark's `pinfo->match_uint == pinfo->destport` for a protocol on
/// `ports`: the bytes go to the port TCP matched (the lower of the two
/// when it is one of them, else the higher); without ports, the client's.
pub(crate) fn to_matched_port(ports: Option<(u16, u16)>, table: &[u16], dir: Dir) -> bool {
    match ports {
        Some((src, dst)) => {
            let (low, high) = if src <= dst { (src, dst) } else { (dst, src) };
            let matched = if table.contains(&low) { low } else { high };
            dst == matched
        }
        None => dir == Dir::Client,
    }
}

/// Bytes of a stream no dissector took (a PDU Modbus or DNP 3.0 refused
/// after TCP reassembled it): a `data` message at stream offset `base`.
pub(crate) fn data_message(base: u64, b: &[u8], out: &mut Vec<Message>) {
    out.push(Message {
        layer: crate::dissect::data::owned_layer(b, 0..0),
        stream_offset: base,
        stream_end: base + b.len().max(1) as u64,
        event: None,
    });
}

/// A per-conversation decoder over in-order bytes.
pub trait StreamDecoder: Send {
    /// Wireshark's short name of the protocol currently decoded (`http`,
    /// `websocket`, `tls`, `dns`); may change after an upgrade.
    fn protocol(&self) -> &'static str;

    /// Bytes `data` continue direction `dir` at stream offset `offset`.
    /// Completed messages are appended to `out`. The decoder keeps what it
    /// needs of an unfinished message itself, up to its own cap.
    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>);

    /// `len` bytes of direction `dir` were lost for good: drop any message
    /// in progress and resynchronise where possible.
    fn gap(&mut self, dir: Dir, len: u64);

    /// Heap bytes the decoder holds now (buffers, inflaters, pending
    /// requests), charged to the dissector's memory budget.
    fn heap_bytes(&self) -> usize {
        0
    }

    /// Also hand out each message whole (body or payload included) in
    /// [`Message::event`], for views such as `follow --show parsed`.
    fn collect_messages(&mut self) {}

    /// Capture time of the bytes about to be fed (for request/response
    /// times). Decoders that don't measure time ignore it.
    fn set_time_ns(&mut self, _ts_nanos: i128) {}

    /// Number of the frame whose bytes are about to be fed: messages they
    /// complete are shown in it (for request/response matching by frame,
    /// `dns.response_to`). Decoders that don't match ignore it.
    fn set_frame(&mut self, _frame: u64) {}

    /// Ports of the bytes about to be fed, source then destination (SSH
    /// names its sides by the one that is its port). Decoders that name
    /// sides by who opened the conversation ignore them.
    fn set_ports(&mut self, _src: u16, _dst: u16) {}

    /// The urgent pointer of the segment whose own bytes are about to be
    /// fed, when its URG flag is set (Rlogin's control messages); `None`
    /// for bytes of another segment.
    fn set_urgent(&mut self, _urgent: Option<u16>) {}

    /// Addresses and ports of the bytes about to be fed (FTP names them in
    /// the data connections it announces). Others ignore them.
    fn set_endpoints(&mut self, _e: &Endpoints) {}

    /// The frame the conversation was first seen in (FTP-DATA found by its
    /// port shows it as its setup frame). Given when the decoder is made.
    fn set_conversation_frame(&mut self, _frame: u64) {}

    /// Conversations the bytes fed so far announced, moved to `out`
    /// ([`Expected`]). Only FTP announces any.
    fn take_expected(&mut self, _out: &mut Vec<Expected>) {}

    /// Feed each segment's bytes in one call, however long (SSH reads a
    /// segment as tshark's dissector gets it: its Info and its encrypted
    /// packets are per segment). The others get them in pieces.
    fn whole_segments(&self) -> bool {
        false
    }

    /// Bytes the snap length cut off the end of the segment about to be
    /// fed (0: all of it was captured). tshark's TCP reassembles no such
    /// segment: BGP reads its messages from what was captured. Decoders
    /// that reassemble regardless ignore it.
    fn set_snap_cut(&mut self, _cut: u64) {}

    /// The key log to decrypt with (TLS); given once, when the decoder is
    /// made, if the run has one.
    fn set_keys(&mut self, _keys: &tls::keylog::Keys) {}

    /// No output or filter of the run reads the fingerprints (JA3, JA4):
    /// leave them out, sparing their hashes. Given when the decoder is made.
    fn skip_fingerprints(&mut self) {}

    /// No output or filter of the run reads the fields the decoder lists
    /// as detail (see [`crate::dissect::Dissector::with_detail`]): leave
    /// them out. Given when the decoder is made.
    fn skip_detail(&mut self) {}

    /// The bytes fed are what a TLS session decrypted (`https://` URIs).
    fn set_secure(&mut self) {}

    /// The decoder reads what an HTTP CONNECT tunnel carries: what it
    /// refuses is the tunnel's data, not handed to TCP's heuristics.
    fn set_tunneled(&mut self) {}

    /// The run's `--decode-as` rules, for a decoder that picks another by
    /// port (HTTP for what a CONNECT tunnel carries). Given when the
    /// decoder is made.
    fn set_decode_as(&mut self, _rules: &[crate::dissect::registry::DecodeAs]) {}

    /// The item the decoder puts up before the protocol it carries each
    /// time TCP hands it a segment (HTTP's proxy item with
    /// `http.proxy_connect_host` in a CONNECT tunnel), for a segment where
    /// the carried protocol starts a message it asks TCP the rest of. The
    /// others carry nothing.
    fn carrier_layer(&self) -> Option<crate::dissect::Layer<'static>> {
        None
    }

    /// Whether the carrier's item stands on every segment, also those the
    /// carried protocol reads nothing of (SOCKS, called on each segment
    /// past its handshake), where HTTP's proxy item stands only where the
    /// carried protocol starts a message.
    fn carries_every_segment(&self) -> bool {
        false
    }

    /// Conversations opened since last asked that take a `tcp.stream`
    /// number of their own though no segment of theirs is seen: SOCKS's
    /// tunnel asks Wireshark's TCP for the conversation data of the
    /// requested port, which makes one. The others open none.
    fn take_opened_conversations(&mut self) -> u32 {
        0
    }

    /// The run's HTTP/2 stream-id media table (tshark's `http2.streamid`
    /// dissector table, one for the whole capture): HTTP/2 reads and fills
    /// it; HTTP and TLS hand it to the HTTP/2 they carry. Given when the
    /// decoder is made.
    fn set_stream_media(&mut self, _media: &http2::StreamMedia) {}

    /// Where the message side `dir` is in the middle of ends (a stream
    /// offset), when its length is known: tshark's TCP adds a segment
    /// that comes past a gap inside such a message to it, and the message
    /// is whole once out-of-order segments fill the gap.
    fn message_end(&self, _dir: Dir) -> Option<u64> {
        None
    }

    /// Whether side `dir` holds part of a message it has not finished
    /// (bytes waiting for the rest of a record). Reported by the decoders
    /// whose Wireshark counterpart shows its protocol on the segment that
    /// starts such a message (TLS); the others say no.
    fn holds_partial(&self, _dir: Dir) -> bool {
        false
    }

    /// Whether side `dir` is inside a message Wireshark's TCP is
    /// reassembling for the dissector (a multi-segment PDU is open): an
    /// out-of-order segment is added to it, where outside one it is read
    /// by no dissector. [`StreamDecoder::holds_partial`] unless the
    /// decoder knows better (a WebSocket frame being read).
    fn reassembling(&self, dir: Dir) -> bool {
        self.holds_partial(dir)
    }

    /// The item Wireshark's dissector put up on the segment side `dir` was
    /// last fed before asking TCP for the rest of a message it had begun
    /// reading (IMAP: a `FETCH` line whose literal has not all come, shown
    /// as an `imap` item with `imap.isrequest` only): the frame lists the
    /// protocol though it is a segment of a reassembled PDU. The others
    /// put up nothing.
    fn partial_item(&self, _dir: Dir) -> Option<crate::dissect::Layer<'static>> {
        None
    }

    /// Whether Wireshark's dissector asked TCP for one more segment on
    /// side `dir` (`DESEGMENT_ONE_MORE_SEGMENT`: TLS holding fewer bytes
    /// than a record header): TCP then hands it the next segment whole
    /// with the bytes held, so that segment shows the protocol even when
    /// it completes no message. The others say no.
    fn wants_one_more_segment(&self, _dir: Dir) -> bool {
        false
    }

    /// Whether the segment side `dir` was last fed began with the end of a
    /// message whose middle was lost (TLS: a record cut by a gap), so
    /// that Wireshark's TCP calls it a segment of a reassembled PDU and
    /// hands the decoder only what follows.
    fn began_in_cut_message(&self, _dir: Dir) -> bool {
        false
    }

    /// Whether the segment side `dir` was last fed came past the end of a
    /// message a gap cut (TLS: the record a gap cut ended in the gap):
    /// what the decoder holds now is a message that segment began, not
    /// the cut one, as Wireshark's TCP, past the cut message's
    /// reassembly, hands the segment to the dissector anew.
    fn began_after_cut_message(&self, _dir: Dir) -> bool {
        false
    }

    /// Whether the decoder's Wireshark counterpart refused the segment
    /// side `dir` was last fed (TLS: four printable characters where a
    /// record should start): its bytes are shown as data.
    fn refused(&self, _dir: Dir) -> bool {
        false
    }

    /// Whether what side `dir` was last fed went nowhere: not part of a
    /// message (held or shown), dropped as Wireshark's dissector drops
    /// bytes it takes without showing anything (HTTP: a segment whose
    /// first line is no request or status line, before any request).
    fn consumed_silently(&self, _dir: Dir) -> bool {
        false
    }

    /// What Wireshark's dissector writes in the Info column for the
    /// message side `dir` is in the middle of, before asking TCP for the
    /// rest (HTTP: the message's first line, once its head is read);
    /// written to `out`, `false` when there is none.
    fn pending_info(&self, _dir: Dir, _out: &mut String) -> bool {
        false
    }

    /// Side `dir` ended with a FIN (told just before [`Self::finish`]):
    /// for decoders that, like Wireshark's finger and whois, show what
    /// waited for the FIN (`DESEGMENT_UNTIL_FIN`) and nothing on a reset
    /// or at the end of the capture.
    fn closed_by_fin(&mut self, _dir: Dir) {}

    /// Side `dir` ended with a reset (of either side; told just before
    /// [`Self::finish`]): for decoders that, like Wireshark's HTTP, show
    /// nothing of what was left unfinished then, though the end of the
    /// capture completes it for the conversation's events.
    fn closed_by_reset(&mut self, _dir: Dir) {}

    /// Side `dir` ended (its FIN, a reset, a timeout or the end of the
    /// capture): emit what it sent that is complete by being the last
    /// thing sent (e.g. an HTTP body framed by the connection's close).
    fn finish(&mut self, _dir: Dir, _out: &mut Vec<Message>) {}

    /// The decoder the conversation goes to from now on, once the segment
    /// just fed made one (TLS after STARTTLS), taken by the
    /// [`handover::Handover`] that wraps this decoder. The others keep it.
    fn take_successor(&mut self) -> Option<handover::Successor> {
        None
    }
}
