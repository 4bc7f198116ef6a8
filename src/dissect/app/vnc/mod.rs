//! VNC's Remote Framebuffer protocol (RFB) as tshark 4.0's packet-vnc.c
//! shows it on TCP 5500, 5501, 5900 and 5901.
//!
//! tshark reads VNC a segment at a time, never reassembling the
//! handshake or a client message:
//! - the conversation's state (server version, client version, security
//!   types, the chosen security type's exchange, security result,
//!   ClientInit, ServerInit, then normal traffic) says what each segment
//!   is, whoever sent it; a segment the state does not expect is read as
//!   what the state expects all the same (a scanner's garbage is a
//!   security type "selected by client");
//! - in normal traffic, bytes sent to a VNC port (or to the port the
//!   server version came from) are one client message, read from the
//!   segment's start; the others are server messages, read one after the
//!   other;
//! - a server message the segment cuts (a framebuffer update whose
//!   rectangle data goes on) is shown as far as it goes, with the
//!   `vnc.reassemble` note, and read again with the next segment of that
//!   side (`DESEGMENT_ONE_MORE_SEGMENT`), the two (or more) segments'
//!   bytes together.
//!
//! Rectangle encodings read as tshark reads them: Raw, CopyRect, RRE,
//! Hextile, Rich Cursor and X Cursor, and the pseudo-encodings without a
//! payload (pointer position, desktop size, keyboard LED state, LastRect
//! ending the list); an encoding tshark does not know takes no bytes. The
//! ones tshark decodes and osidump does not (ZRLE, Tight, extended
//! desktop size, supported messages/encodings, server identity, context
//! information, SLRLE, H.264) stop the segment at their rectangle's
//! header, as do the MirrorLink and Fence messages.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::AnomalyKind;
use crate::dissect::expert::{self, ei};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use std::borrow::Cow;

/// tshark's `vnc.tcp.port` range: 5500-5501,5900-5901.
pub const PORTS: &[u16] = &[5500, 5501, 5900, 5901];

/// The most bytes a side holds for a server message it has not finished
/// (tshark has no limit; a framebuffer update of raw pixels of a whole
/// screen is some 8 MB).
const HELD_CAP: usize = 1 << 20;

ei!(
    POSSIBLE_GTK_VNC_BUG,
    f::vnc::POSSIBLE_GTK_VNC_BUG,
    Malformed,
    Error
);
ei!(REASSEMBLE, f::vnc::REASSEMBLE, Reassemble, Chat);
ei!(
    TOO_MANY_RECTANGLES,
    f::vnc::TOO_MANY_RECTANGLES,
    Malformed,
    Error
);
ei!(
    TOO_MANY_SUB_RECTANGLES,
    f::vnc::TOO_MANY_SUB_RECTANGLES,
    Malformed,
    Error
);
ei!(TOO_MANY_COLORS, f::vnc::TOO_MANY_COLORS, Malformed, Error);
ei!(
    TOO_MANY_CUT_TEXT,
    f::vnc::TOO_MANY_CUT_TEXT,
    Malformed,
    Error
);
ei!(
    AUTH_CODE_MISMATCH,
    f::vnc::AUTH_CODE_MISMATCH,
    Protocol,
    Warn
);
ei!(
    UNKNOWN_TIGHT_VNC_AUTH,
    f::vnc::UNKNOWN_TIGHT_VNC_AUTH,
    Protocol,
    Error
);
ei!(
    UNKNOWN_TIGHT_PACKET,
    f::vnc::UNKNOWN_TIGHT_PACKET,
    Undecoded,
    Note
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    ServerVersion,
    ClientVersion,
    Security,
    SecurityTypes,
    TightTunnelingCapabilities,
    TightTunnelTypeReply,
    TightAuthCapabilities,
    TightAuthTypeReply,
    TightUnknownPacket3,
    VncAuthenticationChallenge,
    VncAuthenticationResponse,
    ArdAuthenticationChallenge,
    ArdAuthenticationResponse,
    SecurityResult,
    VencryptServerVersion,
    VencryptClientVersion,
    VencryptAuthCapabilities,
    VencryptAuthTypeReply,
    VencryptAuthAck,
    ClientInit,
    ServerInit,
    TightInteractionCaps,
    NormalTraffic,
}

const SEC_NONE: u8 = 1;
const SEC_VNC: u8 = 2;
const SEC_TIGHT: u8 = 16;
const SEC_VENCRYPT: u8 = 19;
const SEC_GTK_VNC_SASL: u32 = 20;
const SEC_ARD: u8 = 30;
const TIGHT_ULGNAUTH: u32 = 119;
const TIGHT_XTRNAUTH: u32 = 130;

/// A read past the end of what the dissector was given: tshark throws
/// (the layer is marked malformed where it is caught).
struct Thrown;

/// How a server message ended.
enum End {
    /// Read whole.
    Done,
    /// Needs this many more bytes than the segment has (tshark then asks
    /// TCP for one more segment).
    NeedMore,
    /// Something osidump does not decode: nothing more is shown.
    Stop,
}

type R<T> = Result<T, Thrown>;

/// The segment's bytes and the layer shown for them.
struct Cur<'b> {
    b: &'b [u8],
    l: Layer<'static>,
    info: String,
}

impl Cur<'_> {
    fn get(&self, at: usize, n: usize) -> R<&[u8]> {
        at.checked_add(n)
            .and_then(|end| self.b.get(at..end))
            .ok_or(Thrown)
    }

    fn u8(&self, at: usize) -> R<u8> {
        Ok(self.get(at, 1)?[0])
    }

    fn u16(&self, at: usize) -> R<u16> {
        let v = self.get(at, 2)?;
        Ok(u16::from_be_bytes([v[0], v[1]]))
    }

    fn u32(&self, at: usize) -> R<u32> {
        let v = self.get(at, 4)?;
        Ok(u32::from_be_bytes([v[0], v[1], v[2], v[3]]))
    }

    /// An unsigned integer field of `n` bytes (big endian) at `at`.
    fn uint(&mut self, def: &'static FieldDef, at: usize, n: usize) -> R<u64> {
        let v = match n {
            1 => u64::from(self.u8(at)?),
            2 => u64::from(self.u16(at)?),
            _ => u64::from(self.u32(at)?),
        };
        self.l.uint(def, v);
        Ok(v)
    }

    /// A signed 32-bit field at `at`.
    fn int32(&mut self, def: &'static FieldDef, at: usize) -> R<u32> {
        let v = self.u32(at)?;
        self.l.int(def, i64::from(v as i32));
        Ok(v)
    }

    /// A boolean of `n` bytes without a mask: true when any bit is set.
    fn flag(&mut self, def: &'static FieldDef, at: usize, n: usize) -> R<()> {
        let v = self.get(at, n)?.iter().any(|&c| c != 0);
        self.l.boolean(def, v);
        Ok(())
    }

    /// A boolean of `n` bytes under `mask`.
    fn masked(&mut self, def: &'static FieldDef, at: usize, n: usize, mask: u64) -> R<()> {
        let v = self
            .get(at, n)?
            .iter()
            .fold(0u64, |acc, &c| (acc << 8) | u64::from(c));
        self.l.boolean(def, v & mask != 0);
        Ok(())
    }

    fn bytes(&mut self, def: &'static FieldDef, at: usize, n: usize) -> R<()> {
        let v = self.get(at, n)?.to_vec();
        self.l.push(def, Value::Bytes(Cow::Owned(v)));
        Ok(())
    }

    fn string(&mut self, def: &'static FieldDef, at: usize, n: usize) -> R<()> {
        let v = self.get(at, n)?;
        let v = v.to_vec();
        expert::ascii_string(&mut self.l, def, &v);
        Ok(())
    }

    /// `vnc.padding` (a label) over `n` bytes.
    fn padding(&mut self, at: usize, n: usize) -> R<()> {
        self.get(at, n)?;
        self.l.present(f::vnc::PADDING);
        Ok(())
    }

    fn set_info(&mut self, s: &str) {
        self.info.clear();
        self.info.push_str(s);
    }

    /// col_append_sep_str with "; ".
    fn append_info(&mut self, s: &str) {
        if !self.info.is_empty() {
            self.info.push_str("; ");
        }
        self.info.push_str(s);
    }

    /// Whether fewer than `n` bytes follow `at` (VNC_BYTES_NEEDED).
    fn short(&self, at: usize, n: u64) -> bool {
        n > self.b.len().saturating_sub(at) as u64
    }
}

/// g_ascii_strtod of the version's digits ("003.008" is 3.008): the
/// longest prefix that is a decimal number, 0 when there is none.
fn strtod(b: &[u8]) -> f64 {
    let s: String = b.iter().map(|&c| c as char).collect();
    let t = s.trim_start();
    let mut end = 0;
    let bytes = t.as_bytes();
    if matches!(bytes.first(), Some(b'+' | b'-')) {
        end = 1;
    }
    let mut digits = false;
    while bytes.get(end).is_some_and(u8::is_ascii_digit) {
        end += 1;
        digits = true;
    }
    if bytes.get(end) == Some(&b'.') {
        let mut e = end + 1;
        while bytes.get(e).is_some_and(u8::is_ascii_digit) {
            e += 1;
            digits = true;
        }
        end = e;
    }
    if !digits {
        return 0.0;
    }
    t[..end].trim_end_matches('.').parse().unwrap_or(0.0)
}

/// vnc_is_client_or_server_version_message: twelve bytes "RFB xxx.yyy\n"
/// (or ending in a NUL, which gtk-vnc once sent; `Some(true)` then).
fn version_message(b: &[u8]) -> Option<bool> {
    if b.len() != 12 || !b[..4].eq_ignore_ascii_case(b"RFB ") || b[7] != b'.' {
        return None;
    }
    match b[11] {
        b'\n' => Some(false),
        0 => Some(true),
        _ => None,
    }
}

pub struct VncDecoder {
    next: State,
    server_proto_ver: f64,
    client_proto_ver: f64,
    /// The port the server version came from (0: none yet).
    server_port: u16,
    security_type_selected: u8,
    tight_enabled: bool,
    ard_key_length: u16,
    num_server_message_types: u16,
    num_client_message_types: u16,
    num_encoding_types: u16,
    /// Bytes per pixel of the last pixel format (ServerInit, then each
    /// SetPixelFormat); tshark keeps one for the whole capture.
    bytes_per_pixel: u8,
    /// Ports of the bytes about to be fed, source then destination.
    ports: (u16, u16),
    /// Per side: the start of a server message the last segment cut, and
    /// where it began in the stream.
    held: [Vec<u8>; 2],
    held_at: [u64; 2],
    /// Per side: the layer and Info shown for the cut message's segment.
    partial: [Option<(Layer<'static>, String)>; 2],
}

impl VncDecoder {
    fn new() -> Self {
        VncDecoder {
            next: State::ServerVersion,
            server_proto_ver: 0.0,
            client_proto_ver: 0.0,
            server_port: 0,
            security_type_selected: 0,
            tight_enabled: false,
            ard_key_length: 0,
            num_server_message_types: 0,
            num_client_message_types: 0,
            num_encoding_types: 0,
            bytes_per_pixel: 0,
            ports: (0, 0),
            held: [Vec::new(), Vec::new()],
            held_at: [0, 0],
            partial: [None, None],
        }
    }

    /// vnc_startup_messages: `Ok(true)` when the segment was a startup
    /// message (or the state waits for one), `Ok(false)` in normal
    /// traffic.
    fn startup(&mut self, c: &mut Cur<'_>) -> R<bool> {
        let state = self.next;
        match state {
            State::ServerVersion | State::ClientVersion => {
                let Some(gtk_bug) = version_message(c.b) else {
                    return Ok(true);
                };
                if gtk_bug {
                    expert::add(&mut c.l, &POSSIBLE_GTK_VNC_BUG, None);
                }
                let ver = c.get(4, 7)?;
                let text = expert::format_text(ver);
                let value = strtod(ver);
                if state == State::ServerVersion {
                    c.string(f::vnc::SERVER_PROTO_VER, 4, 7)?;
                    self.server_proto_ver = value;
                    self.server_port = self.ports.0;
                    c.set_info(&format!("Server protocol version: {text}"));
                    self.next = State::ClientVersion;
                } else {
                    c.string(f::vnc::CLIENT_PROTO_VER, 4, 7)?;
                    self.client_proto_ver = value;
                    c.set_info(&format!("Client protocol version: {text}"));
                    self.next = State::Security;
                }
            }
            State::Security => {
                c.set_info("Security types supported");
                if self.client_proto_ver >= 3.007 {
                    let n = c.uint(f::vnc::NUM_SECURITY_TYPES, 0, 1)? as usize;
                    for at in 1..=n {
                        c.uint(f::vnc::SECURITY_TYPE, at, 1)?;
                    }
                    self.next = State::SecurityTypes;
                } else {
                    let t = c.uint(f::vnc::SERVER_SECURITY_TYPE, 0, 4)?;
                    self.security_type_selected = t as u8;
                    match t as u8 {
                        0 => self.next = State::SecurityTypes,
                        SEC_NONE => self.next = State::ClientInit,
                        SEC_VNC => self.next = State::VncAuthenticationChallenge,
                        SEC_ARD => self.next = State::ArdAuthenticationChallenge,
                        _ => {}
                    }
                }
            }
            State::SecurityTypes => {
                let t = c.uint(f::vnc::CLIENT_SECURITY_TYPE, 0, 1)? as u8;
                self.security_type_selected = t;
                let name = f::vnc::CLIENT_SECURITY_TYPE
                    .value_name(u64::from(t))
                    .unwrap_or("Unknown");
                c.set_info(&format!("Security type {name} ({t}) selected by client"));
                match t {
                    SEC_NONE => {
                        self.next = if self.client_proto_ver >= 3.008 {
                            State::SecurityResult
                        } else {
                            State::ClientInit
                        }
                    }
                    SEC_VNC => self.next = State::VncAuthenticationChallenge,
                    SEC_TIGHT => {
                        self.next = State::TightTunnelingCapabilities;
                        self.tight_enabled = true;
                    }
                    SEC_ARD => self.next = State::ArdAuthenticationChallenge,
                    SEC_VENCRYPT => self.next = State::VencryptServerVersion,
                    _ => {}
                }
            }
            State::TightTunnelingCapabilities => {
                c.set_info("TightVNC tunneling capabilities supported");
                let n = c.uint(f::vnc::NUM_TUNNEL_TYPES, 0, 4)? as u32;
                let mut at = 4usize;
                for _ in 0..n {
                    c.uint(f::vnc::TUNNEL_TYPE_CODE, at, 4)?;
                    c.string(f::vnc::TUNNEL_TYPE_VENDOR, at + 4, 4)?;
                    c.string(f::vnc::TUNNEL_TYPE_SIGNATURE, at + 8, 8)?;
                    at += 16;
                }
                self.next = if n == 0 {
                    State::TightAuthCapabilities
                } else {
                    State::TightTunnelTypeReply
                };
            }
            State::TightTunnelTypeReply => {}
            State::TightAuthCapabilities => {
                c.set_info("TightVNC authentication capabilities supported");
                let n = c.uint(f::vnc::NUM_AUTH_TYPES, 0, 4)?;
                let code = c.uint(f::vnc::TIGHT_AUTH_CODE, 4, 4)? as u32;
                let vendor = c.get(8, 4)?.to_vec();
                c.string(f::vnc::SERVER_VENDOR, 8, 4)?;
                c.string(f::vnc::SIGNATURE, 12, 8)?;
                let signature = c.get(12, 8)?.to_vec();
                let want: Option<(&[u8], &[u8])> = match code {
                    1 => Some((b"STDV", b"NOAUTH__")),
                    2 => Some((b"STDV", b"VNCAUTH_")),
                    19 => Some((b"VENC", b"VENCRYPT")),
                    SEC_GTK_VNC_SASL => Some((b"GTKV", b"SASL____")),
                    TIGHT_ULGNAUTH => Some((b"TGHT", b"ULGNAUTH")),
                    TIGHT_XTRNAUTH => Some((b"TGHT", b"XTRNAUTH")),
                    _ => None,
                };
                match want {
                    Some((v, s)) => {
                        if !cstr_eq(&vendor, v) || !cstr_eq(&signature, s) {
                            expert::add(&mut c.l, &AUTH_CODE_MISMATCH, None);
                        }
                    }
                    None => expert::add(&mut c.l, &UNKNOWN_TIGHT_VNC_AUTH, None),
                }
                self.next = if n == 0 {
                    State::ClientInit
                } else {
                    State::TightAuthTypeReply
                };
            }
            State::TightAuthTypeReply => {
                c.set_info("TightVNC authentication type selected by client");
                let code = c.uint(f::vnc::TIGHT_AUTH_CODE, 0, 4)? as u32;
                match code {
                    1 => {
                        self.security_type_selected = SEC_NONE;
                        self.next = State::ClientInit;
                    }
                    2 => {
                        self.security_type_selected = SEC_VNC;
                        self.next = State::VncAuthenticationChallenge;
                    }
                    SEC_GTK_VNC_SASL | TIGHT_ULGNAUTH | TIGHT_XTRNAUTH => {
                        self.security_type_selected = code as u8;
                        self.next = State::TightUnknownPacket3;
                    }
                    _ => {
                        expert::add(&mut c.l, &UNKNOWN_TIGHT_VNC_AUTH, None);
                        self.next = State::TightUnknownPacket3;
                    }
                }
            }
            State::TightUnknownPacket3 => {
                c.set_info("Unknown packet (TightVNC)");
                expert::add(&mut c.l, &UNKNOWN_TIGHT_PACKET, None);
                self.next = State::VncAuthenticationChallenge;
            }
            State::VncAuthenticationChallenge => {
                c.set_info("Authentication challenge from server");
                c.bytes(f::vnc::AUTH_CHALLENGE, 0, 16)?;
                self.next = State::VncAuthenticationResponse;
            }
            State::VncAuthenticationResponse => {
                c.set_info("Authentication response from client");
                c.bytes(f::vnc::AUTH_RESPONSE, 0, 16)?;
                self.next = State::SecurityResult;
            }
            State::ArdAuthenticationChallenge => {
                c.set_info("ARD authentication challenge");
                c.uint(f::vnc::ARD_AUTH_GENERATOR, 0, 2)?;
                let len = c.uint(f::vnc::ARD_AUTH_KEY_LEN, 2, 2)? as usize;
                c.bytes(f::vnc::ARD_AUTH_MODULUS, 4, len)?;
                c.bytes(f::vnc::ARD_AUTH_SERVER_KEY, 4 + len, len)?;
                self.ard_key_length = len as u16;
                self.next = State::ArdAuthenticationResponse;
            }
            State::ArdAuthenticationResponse => {
                c.set_info("ARD authentication response");
                c.bytes(f::vnc::ARD_AUTH_CREDENTIALS, 0, 128)?;
                c.bytes(
                    f::vnc::ARD_AUTH_CLIENT_KEY,
                    128,
                    usize::from(self.ard_key_length),
                )?;
                self.next = State::SecurityResult;
            }
            State::SecurityResult => {
                c.set_info("Authentication result");
                let v = c.u32(0)?;
                c.l.boolean(f::vnc::AUTH_RESULT, v & 1 != 0);
                match v {
                    0 => self.next = State::ClientInit,
                    1 if self.client_proto_ver >= 3.008 => {
                        let len = c.uint(f::vnc::AUTH_ERROR_LEN, 4, 4)? as usize;
                        c.string(f::vnc::AUTH_ERROR, 8, len)?;
                    }
                    _ => {}
                }
            }
            State::VencryptServerVersion | State::VencryptClientVersion => {
                let server = state == State::VencryptServerVersion;
                let (maj, min) = if server {
                    (
                        f::vnc::VENCRYPT_SERVER_MAJOR_VER,
                        f::vnc::VENCRYPT_SERVER_MINOR_VER,
                    )
                } else {
                    (
                        f::vnc::VENCRYPT_CLIENT_MAJOR_VER,
                        f::vnc::VENCRYPT_CLIENT_MINOR_VER,
                    )
                };
                let major = c.uint(maj, 0, 1)?;
                let minor = c.uint(min, 1, 1)?;
                let who = if server { "server" } else { "client" };
                c.set_info(&format!("VeNCrypt {who} version {major}.{minor}"));
                self.next = if server {
                    State::VencryptClientVersion
                } else {
                    State::VencryptAuthCapabilities
                };
            }
            State::VencryptAuthCapabilities => {
                c.set_info("VeNCrypt authentication types supported");
                let v = c.u8(0)?;
                c.l.boolean(f::vnc::VENCRYPT_VERSION_ACK, v != 0);
                let n = c.uint(f::vnc::VENCRYPT_NUM_AUTH_TYPES, 1, 1)? as usize;
                for i in 0..n {
                    c.uint(f::vnc::VENCRYPT_AUTH_TYPE, 2 + 4 * i, 4)?;
                }
                self.next = State::VencryptAuthTypeReply;
            }
            State::VencryptAuthTypeReply => {
                let t = c.u32(0)?;
                let name = f::vnc::VENCRYPT_AUTH_TYPE
                    .value_name(u64::from(t))
                    .unwrap_or("Unknown");
                c.set_info(&format!(
                    "VeNCrypt authentication type {name} ({}) selected by client",
                    t as i32
                ));
                c.l.uint(f::vnc::VENCRYPT_AUTH_TYPE, t);
                match t {
                    1 => {
                        self.next = State::ClientInit;
                        self.security_type_selected = SEC_NONE;
                    }
                    2 => {
                        self.next = State::VncAuthenticationChallenge;
                        self.security_type_selected = SEC_VNC;
                    }
                    _ => self.next = State::VencryptAuthAck,
                }
            }
            State::VencryptAuthAck => {
                c.set_info("VeNCrypt server ack");
                let v = c.u8(0)?;
                c.l.boolean(f::vnc::VENCRYPT_AUTH_TYPE_ACK, v != 0);
                self.next = State::NormalTraffic;
            }
            State::ClientInit => {
                c.set_info("Share desktop flag");
                c.flag(f::vnc::SHARE_DESKTOP_FLAG, 0, 1)?;
                self.next = State::ServerInit;
            }
            State::ServerInit => {
                c.set_info("Server framebuffer parameters");
                c.uint(f::vnc::WIDTH, 0, 2)?;
                c.uint(f::vnc::HEIGHT, 2, 2)?;
                let bpp = c.uint(f::vnc::SERVER_BITS_PER_PIXEL, 4, 1)?;
                self.bytes_per_pixel = (bpp / 8) as u8;
                c.uint(f::vnc::SERVER_DEPTH, 5, 1)?;
                c.flag(f::vnc::SERVER_BIG_ENDIAN_FLAG, 6, 1)?;
                c.flag(f::vnc::SERVER_TRUE_COLOR_FLAG, 7, 1)?;
                c.uint(f::vnc::SERVER_RED_MAX, 8, 2)?;
                c.uint(f::vnc::SERVER_GREEN_MAX, 10, 2)?;
                c.uint(f::vnc::SERVER_BLUE_MAX, 12, 2)?;
                c.uint(f::vnc::SERVER_RED_SHIFT, 14, 1)?;
                c.uint(f::vnc::SERVER_GREEN_SHIFT, 15, 1)?;
                c.uint(f::vnc::SERVER_BLUE_SHIFT, 16, 1)?;
                c.padding(17, 3)?;
                if c.b.len().saturating_sub(20) > 4 {
                    let len = c.uint(f::vnc::DESKTOP_NAME_LEN, 20, 4)? as usize;
                    c.string(f::vnc::DESKTOP_NAME, 24, len)?;
                }
                self.next = if self.tight_enabled {
                    State::TightInteractionCaps
                } else {
                    State::NormalTraffic
                };
            }
            State::TightInteractionCaps => {
                c.set_info("TightVNC Interaction Capabilities");
                let s = c.uint(f::vnc::NUM_SERVER_MESSAGE_TYPES, 0, 2)? as u16;
                self.num_server_message_types = s;
                let cl = c.uint(f::vnc::NUM_CLIENT_MESSAGE_TYPES, 2, 2)? as u16;
                self.num_client_message_types = cl;
                let e = c.uint(f::vnc::NUM_ENCODING_TYPES, 4, 2)? as u16;
                self.num_encoding_types = e;
                c.padding(6, 2)?;
                let mut at = 8;
                for (n, t, v, name) in [
                    (
                        s,
                        f::vnc::TIGHT_SERVER_MESSAGE_TYPE,
                        f::vnc::SERVER_VENDOR,
                        f::vnc::SERVER_NAME,
                    ),
                    (
                        cl,
                        f::vnc::TIGHT_CLIENT_MESSAGE_TYPE,
                        f::vnc::CLIENT_VENDOR,
                        f::vnc::CLIENT_NAME,
                    ),
                    (
                        e,
                        f::vnc::ENCODING_TYPE,
                        f::vnc::ENCODING_VENDOR,
                        f::vnc::ENCODING_NAME,
                    ),
                ] {
                    for _ in 0..n {
                        c.int32(t, at)?;
                        c.string(v, at + 4, 4)?;
                        c.string(name, at + 8, 8)?;
                        at += 16;
                    }
                }
                self.next = State::NormalTraffic;
            }
            State::NormalTraffic => return Ok(false),
        }
        Ok(true)
    }

    /// vnc_client_to_server: one message from the segment's start.
    fn client_message(&mut self, c: &mut Cur<'_>) -> R<End> {
        let t = c.uint(f::vnc::CLIENT_MESSAGE_TYPE, 0, 1)?;
        let mut at = 1;
        match t {
            0 => {
                c.set_info("Client set pixel format");
                c.padding(at, 3)?;
                at += 3;
                let bpp = c.uint(f::vnc::CLIENT_BITS_PER_PIXEL, at, 1)?;
                self.bytes_per_pixel = (bpp / 8) as u8;
                c.uint(f::vnc::CLIENT_DEPTH, at + 1, 1)?;
                c.flag(f::vnc::CLIENT_BIG_ENDIAN_FLAG, at + 2, 1)?;
                c.flag(f::vnc::CLIENT_TRUE_COLOR_FLAG, at + 3, 1)?;
                c.uint(f::vnc::CLIENT_RED_MAX, at + 4, 2)?;
                c.uint(f::vnc::CLIENT_GREEN_MAX, at + 6, 2)?;
                c.uint(f::vnc::CLIENT_BLUE_MAX, at + 8, 2)?;
                c.uint(f::vnc::CLIENT_RED_SHIFT, at + 10, 1)?;
                c.uint(f::vnc::CLIENT_GREEN_SHIFT, at + 11, 1)?;
                c.uint(f::vnc::CLIENT_BLUE_SHIFT, at + 12, 1)?;
                c.padding(at + 13, 3)?;
            }
            2 => {
                c.set_info("Client set encodings");
                c.padding(at, 1)?;
                at += 1;
                let n = c.u16(at)?;
                c.l.uint(f::vnc::CLIENT_SET_ENCODINGS_NUM, n);
                at += 2;
                for _ in 0..n {
                    c.int32(f::vnc::CLIENT_SET_ENCODINGS_ENCODING_TYPE, at)?;
                    at += 4;
                }
            }
            3 => {
                c.set_info("Client framebuffer update request");
                c.flag(f::vnc::UPDATE_REQ_INCREMENTAL, at, 1)?;
                c.uint(f::vnc::UPDATE_REQ_X_POS, at + 1, 2)?;
                c.uint(f::vnc::UPDATE_REQ_Y_POS, at + 3, 2)?;
                c.uint(f::vnc::UPDATE_REQ_WIDTH, at + 5, 2)?;
                c.uint(f::vnc::UPDATE_REQ_HEIGHT, at + 7, 2)?;
            }
            4 => {
                c.set_info("Client key event");
                c.flag(f::vnc::KEY_DOWN, at, 1)?;
                c.padding(at + 1, 2)?;
                c.uint(f::vnc::KEY, at + 3, 4)?;
            }
            5 => {
                c.set_info("Client pointer event");
                for (i, def) in [
                    f::vnc::BUTTON_1_POS,
                    f::vnc::BUTTON_2_POS,
                    f::vnc::BUTTON_3_POS,
                    f::vnc::BUTTON_4_POS,
                    f::vnc::BUTTON_5_POS,
                    f::vnc::BUTTON_6_POS,
                    f::vnc::BUTTON_7_POS,
                    f::vnc::BUTTON_8_POS,
                ]
                .into_iter()
                .enumerate()
                {
                    c.masked(def, at, 1, 1 << i)?;
                }
                c.uint(f::vnc::POINTER_X_POS, at + 1, 2)?;
                c.uint(f::vnc::POINTER_Y_POS, at + 3, 2)?;
            }
            6 => {
                c.set_info("Client cut text");
                c.padding(at, 3)?;
                let len = c.uint(f::vnc::CLIENT_CUT_TEXT_LEN, at + 3, 4)? as usize;
                c.string(f::vnc::CLIENT_CUT_TEXT, at + 7, len)?;
            }
            150 => c.append_info("Client Enable Continuous Updates"),
            128 | 248 => return Ok(End::Stop),
            _ => c.append_info(&format!("Unknown client message type ({t})")),
        }
        Ok(End::Done)
    }

    /// vnc_server_to_client: messages one after the other from `at`;
    /// `Ok(Some(start))` when the message at `start` needs more bytes.
    fn server_messages(&mut self, c: &mut Cur<'_>) -> R<Option<usize>> {
        let mut at = 0usize;
        loop {
            let start = at;
            let t = c.uint(f::vnc::SERVER_MESSAGE_TYPE, at, 1)?;
            at += 1;
            let end = match t {
                0 => self.framebuffer_update(c, &mut at)?,
                1 => self.set_colormap_entries(c, &mut at)?,
                2 => {
                    c.append_info("Server ring bell on client");
                    End::Done
                }
                3 => self.server_cut_text(c, &mut at)?,
                150 => {
                    c.append_info("Server End Continuous Updates");
                    at += 1;
                    End::Done
                }
                128 | 248 => End::Stop,
                _ => {
                    c.append_info("Unknown server message type");
                    at = c.b.len();
                    End::Done
                }
            };
            match end {
                End::Done => {}
                End::NeedMore => {
                    expert::add(&mut c.l, &REASSEMBLE, None);
                    return Ok(Some(start));
                }
                End::Stop => return Ok(None),
            }
            if at >= c.b.len() {
                return Ok(None);
            }
        }
    }

    fn framebuffer_update(&mut self, c: &mut Cur<'_>, at: &mut usize) -> R<End> {
        c.append_info("Server framebuffer update");
        c.padding(*at, 1)?;
        *at += 1;
        let num_rects = c.u16(*at)?;
        c.l.uint(f::vnc::FB_UPDATE_NUM_RECTS, num_rects);
        if num_rects != 0xffff && num_rects > 5000 {
            expert::add(
                &mut c.l,
                &TOO_MANY_RECTANGLES,
                Some(format!(
                    "Too many rectangles ({num_rects}), aborting dissection"
                )),
            );
            return Ok(End::Done);
        }
        *at += 2;
        for ii in 0..u32::from(num_rects) {
            if ii > 5000 {
                expert::add(
                    &mut c.l,
                    &TOO_MANY_RECTANGLES,
                    Some(format!("Too many rectangles ({ii}), aborting dissection")),
                );
                return Ok(End::Done);
            }
            if c.short(*at, 12) {
                return Ok(End::NeedMore);
            }
            c.uint(f::vnc::FB_UPDATE_X_POS, *at, 2)?;
            c.uint(f::vnc::FB_UPDATE_Y_POS, *at + 2, 2)?;
            let width = c.uint(f::vnc::FB_UPDATE_WIDTH, *at + 4, 2)?;
            let height = c.uint(f::vnc::FB_UPDATE_HEIGHT, *at + 6, 2)?;
            let enc = c.int32(f::vnc::FB_UPDATE_ENCODING_TYPE, *at + 8)?;
            *at += 12;
            if enc == 0xffff_ff20 {
                break;
            }
            let end = self.encoding(c, at, enc, width, height)?;
            if !matches!(end, End::Done) {
                return Ok(end);
            }
        }
        Ok(End::Done)
    }

    /// One rectangle's encoded data.
    fn encoding(
        &mut self,
        c: &mut Cur<'_>,
        at: &mut usize,
        enc: u32,
        width: u64,
        height: u64,
    ) -> R<End> {
        let bpp = u64::from(self.bytes_per_pixel);
        match enc {
            // Raw
            0 => {
                let len = width * height * bpp;
                if c.short(*at, len) {
                    return Ok(End::NeedMore);
                }
                c.bytes(f::vnc::RAW_PIXEL_DATA, *at, len as usize)?;
                *at += len as usize;
            }
            // CopyRect
            1 => {
                c.uint(f::vnc::COPYRECT_SRC_X_POS, *at, 2)?;
                c.uint(f::vnc::COPYRECT_SRC_Y_POS, *at + 2, 2)?;
                *at += 4;
            }
            // RRE
            2 => {
                if c.short(*at, 4) {
                    return Ok(End::NeedMore);
                }
                let n = c.uint(f::vnc::RRE_NUM_SUBRECTS, *at, 4)?;
                *at += 4;
                if n > 10000 {
                    expert::add(
                        &mut c.l,
                        &TOO_MANY_SUB_RECTANGLES,
                        Some(format!(
                            "Too many sub-rectangles ({n}), aborting dissection"
                        )),
                    );
                    return Ok(End::Done);
                }
                if c.short(*at, bpp) {
                    return Ok(End::NeedMore);
                }
                c.bytes(f::vnc::RRE_BG_PIXEL, *at, bpp as usize)?;
                *at += bpp as usize;
                if c.short(*at, (bpp + 8) * n) {
                    return Ok(End::NeedMore);
                }
                for _ in 0..n {
                    c.bytes(f::vnc::RRE_SUBRECT_PIXEL, *at, bpp as usize)?;
                    *at += bpp as usize;
                    c.uint(f::vnc::RRE_SUBRECT_X_POS, *at, 2)?;
                    c.uint(f::vnc::RRE_SUBRECT_Y_POS, *at + 2, 2)?;
                    c.uint(f::vnc::RRE_SUBRECT_WIDTH, *at + 4, 2)?;
                    c.uint(f::vnc::RRE_SUBRECT_HEIGHT, *at + 6, 2)?;
                    *at += 8;
                }
            }
            // Hextile
            5 => return self.hextile(c, at, width, height),
            // Rich Cursor, X Cursor
            0xffff_ff11 => {
                let pixels = width * height * bpp;
                let mask = width.div_ceil(8) * height;
                return cursor(c, at, pixels, mask);
            }
            0xffff_ff10 => {
                let mask = width.div_ceil(8) * height;
                if c.short(*at, 6) {
                    return Ok(End::NeedMore);
                }
                c.bytes(f::vnc::CURSOR_X_FORE_BACK, *at, 6)?;
                *at += 6;
                return cursor(c, at, mask, mask);
            }
            // ZRLE, Tight, extended desktop size, supported messages,
            // supported encodings, server identity, context information,
            // SLRLE, H.264: not decoded here.
            16 | 7 | 0xffff_fecc | 0xfffe_0001 | 0xfffe_0002 | 0xfffe_0003 | 0xffff_fdf4
            | 0xffff_fdf3 | 0x4832_3634 => return Ok(End::Stop),
            // Pointer position, desktop size, keyboard LED state and the
            // encodings tshark does not know: no payload.
            _ => {}
        }
        Ok(End::Done)
    }

    fn hextile(&mut self, c: &mut Cur<'_>, at: &mut usize, width: u64, height: u64) -> R<End> {
        let bpp = u64::from(self.bytes_per_pixel);
        let (width, height) = (width as u16, height as u16);
        let mut cur_h: u16 = 0;
        while cur_h != height {
            let tile_h = if u32::from(cur_h) + 16 > u32::from(height) {
                height - cur_h
            } else {
                16
            };
            cur_h += tile_h;
            let mut cur_w: u16 = 0;
            while cur_w != width {
                let tile_w = if u32::from(cur_w) + 16 > u32::from(width) {
                    width - cur_w
                } else {
                    16
                };
                cur_w += tile_w;
                if c.short(*at, 1) {
                    return Ok(End::NeedMore);
                }
                let mask = c.uint(f::vnc::HEXTILE_SUBENCODING, *at, 1)?;
                for (def, bit) in [
                    (f::vnc::HEXTILE_RAW, 0x1),
                    (f::vnc::HEXTILE_BG, 0x2),
                    (f::vnc::HEXTILE_FG, 0x4),
                    (f::vnc::HEXTILE_ANYSUBRECTS, 0x8),
                    (f::vnc::HEXTILE_SUBRECTSCOLORED, 0x10),
                ] {
                    c.l.boolean(def, mask & bit != 0);
                }
                *at += 1;
                if mask & 0x1 != 0 {
                    let len = u64::from(tile_w) * u64::from(tile_h) * bpp;
                    if c.short(*at, len) {
                        return Ok(End::NeedMore);
                    }
                    c.bytes(f::vnc::HEXTILE_RAW_VALUE, *at, len as usize)?;
                    *at += len as usize;
                    continue;
                }
                for (bit, def) in [
                    (0x2, f::vnc::HEXTILE_BG_VALUE),
                    (0x4, f::vnc::HEXTILE_FG_VALUE),
                ] {
                    if mask & bit != 0 {
                        if c.short(*at, bpp) {
                            return Ok(End::NeedMore);
                        }
                        c.bytes(def, *at, bpp as usize)?;
                        *at += bpp as usize;
                    }
                }
                if mask & 0x8 != 0 {
                    if c.short(*at, 3) {
                        return Ok(End::NeedMore);
                    }
                    let n = c.uint(f::vnc::HEXTILE_NUM_SUBRECTS, *at, 1)?;
                    *at += 1;
                    let colored = mask & 0x10 != 0;
                    // tshark keeps the subrectangle's length in a byte.
                    let sub_len = if colored { (bpp + 2) & 0xff } else { 2 };
                    if c.short(*at, (sub_len * n) & 0xffff_ffff) {
                        return Ok(End::NeedMore);
                    }
                    for _ in 0..n {
                        if colored {
                            c.bytes(f::vnc::HEXTILE_SUBRECT_PIXEL_VALUE, *at, bpp as usize)?;
                            *at += bpp as usize;
                        }
                        let xy = c.u8(*at)?;
                        c.l.uint(f::vnc::HEXTILE_SUBRECT_X_POS, xy >> 4);
                        c.l.uint(f::vnc::HEXTILE_SUBRECT_Y_POS, xy & 0xf);
                        *at += 1;
                        let wh = c.u8(*at)?;
                        c.l.uint(f::vnc::HEXTILE_SUBRECT_WIDTH, wh >> 4);
                        c.l.uint(f::vnc::HEXTILE_SUBRECT_HEIGHT, wh & 0xf);
                        *at += 1;
                    }
                }
            }
        }
        Ok(End::Done)
    }

    fn set_colormap_entries(&mut self, c: &mut Cur<'_>, at: &mut usize) -> R<End> {
        c.append_info("Server set colormap entries");
        // tshark reads the number of colours 4 bytes into the segment,
        // wherever the message starts.
        let colors = c.u16(4)?;
        if c.short(*at, 3) {
            return Ok(End::NeedMore);
        }
        c.padding(*at, 1)?;
        *at += 1;
        c.uint(f::vnc::COLORMAP_FIRST_COLOR, *at, 2)?;
        *at += 2;
        c.uint(f::vnc::COLORMAP_GROUPS, *at, 2)?;
        if colors > 10000 {
            expert::add(
                &mut c.l,
                &TOO_MANY_COLORS,
                Some(format!("Too many colors ({colors}), aborting dissection")),
            );
            return Ok(End::Done);
        }
        if c.short(*at, u64::from(colors) * 6 + 5) {
            return Ok(End::NeedMore);
        }
        *at += 2;
        c.get(*at, usize::from(colors) * 6)?;
        c.l.present(f::vnc::COLOR_GROUPS);
        for _ in 0..colors {
            c.uint(f::vnc::COLORMAP_RED, *at, 2)?;
            c.uint(f::vnc::COLORMAP_GREEN, *at + 2, 2)?;
            c.uint(f::vnc::COLORMAP_BLUE, *at + 4, 2)?;
            *at += 6;
        }
        Ok(End::Done)
    }

    fn server_cut_text(&mut self, c: &mut Cur<'_>, at: &mut usize) -> R<End> {
        c.append_info("Server cut text");
        let len = c.uint(f::vnc::SERVER_CUT_TEXT_LEN, *at, 4)?;
        *at += 4;
        if len > 100_000 {
            expert::add(
                &mut c.l,
                &TOO_MANY_CUT_TEXT,
                Some(format!("Too much cut text ({len}), aborting dissection")),
            );
            return Ok(End::Done);
        }
        if c.short(*at, len) {
            return Ok(End::NeedMore);
        }
        c.string(f::vnc::SERVER_CUT_TEXT, *at, len as usize)?;
        *at += len as usize;
        // vnc_server_cut_text returns the offset it reached as the bytes
        // it needs: tshark asks TCP for one more segment after every cut
        // text.
        Ok(End::NeedMore)
    }

    /// Whether bytes sent now go from the client to the server.
    fn to_server(&self) -> bool {
        PORTS.contains(&self.ports.1) || self.server_port == self.ports.1
    }

    /// dissect_vnc on `b` (the segment, after what a cut server message
    /// held): its layer and Info, and where a server message it cut
    /// begins.
    fn dissect(&mut self, b: &[u8]) -> (Layer<'static>, String, Option<usize>) {
        let mut c = Cur {
            b,
            l: Layer::new(Osi::Application, "vnc", 0..0),
            info: String::new(),
        };
        let mut cut = None;
        let r = match self.startup(&mut c) {
            Ok(true) => Ok(()),
            Ok(false) if self.security_type_selected == SEC_VENCRYPT => Ok(()),
            Ok(false) if self.to_server() => self.client_message(&mut c).map(|_| ()),
            Ok(false) => self.server_messages(&mut c).map(|s| cut = s),
            Err(e) => Err(e),
        };
        if r.is_err() {
            c.l.throw(AnomalyKind::Malformed, "vnc");
        }
        (c.l, c.info, cut)
    }
}

/// decode_cursor: the pixels, then the bitmask.
fn cursor(c: &mut Cur<'_>, at: &mut usize, pixels: u64, mask: u64) -> R<End> {
    if c.short(*at, pixels + mask) {
        return Ok(End::NeedMore);
    }
    c.bytes(f::vnc::CURSOR_ENCODING_PIXELS, *at, pixels as usize)?;
    *at += pixels as usize;
    c.bytes(f::vnc::CURSOR_ENCODING_BITMASK, *at, mask as usize)?;
    *at += mask as usize;
    Ok(End::Done)
}

/// g_ascii_strcasecmp of a 4- or 8-byte field read as a C string.
fn cstr_eq(field: &[u8], want: &[u8]) -> bool {
    let end = field.iter().position(|&c| c == 0).unwrap_or(field.len());
    field[..end].eq_ignore_ascii_case(want)
}

impl StreamDecoder for VncDecoder {
    fn protocol(&self) -> &'static str {
        "vnc"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = (src, dst);
    }

    fn heap_bytes(&self) -> usize {
        self.held.iter().map(Vec::capacity).sum()
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        let i = dir.index();
        self.partial[i] = None;
        let held = std::mem::take(&mut self.held[i]);
        let (base, buf): (u64, Cow<'_, [u8]>) = if held.is_empty() {
            (offset, Cow::Borrowed(data))
        } else {
            let mut v = held;
            v.extend_from_slice(data);
            (self.held_at[i], Cow::Owned(v))
        };
        let reassembling = matches!(buf, Cow::Owned(_));
        let (mut l, info, cut) = self.dissect(&buf);
        if let Some(start) = cut
            && buf.len() - start <= HELD_CAP
        {
            // The message from `start` is read again with the next
            // segment; what came before it is shown now. Once TCP
            // reassembles, the PDU keeps its start: all of it is read
            // again.
            let from = if reassembling { 0 } else { start };
            self.held[i] = buf[from..].to_vec();
            self.held_at[i] = base + from as u64;
            if start == 0 || reassembling {
                if start == 0 {
                    // TCP names the segment and adds its note.
                    l.boolean(f::vnc::OSIDUMP_TCP_SEGMENT, true);
                }
                l.str(f::vnc::OSIDUMP_INFO, info.clone());
                self.partial[i] = Some((l, info));
                return;
            }
            l.str(f::vnc::OSIDUMP_INFO, info);
            out.push(Message {
                layer: l,
                stream_offset: base,
                stream_end: base + start as u64,
                event: None,
            });
            return;
        }
        l.str(f::vnc::OSIDUMP_INFO, info);
        out.push(Message {
            layer: l,
            stream_offset: base,
            stream_end: base + buf.len() as u64,
            event: None,
        });
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        let i = dir.index();
        self.held[i] = Vec::new();
        self.partial[i] = None;
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        !self.held[dir.index()].is_empty()
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        !self.held[dir.index()].is_empty()
    }

    fn partial_item(&self, dir: Dir) -> Option<Layer<'static>> {
        self.partial[dir.index()].as_ref().map(|(l, _)| l.clone())
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(VncDecoder::new())
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers.get(i).and_then(|l| l.get_str(f::vnc::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("VNC: ");
    out.push_str(l.get_str(f::vnc::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "vnc",
    also: &[],
    title: "Virtual Network Computing",
    osi: Osi::Application,
    fields: f::vnc::ALL,
    summary,
    info: Some(info),
    // TCP names the segment whose server message VNC asked one more
    // segment for.
    column: Some(|l| {
        if l.has(f::vnc::OSIDUMP_TCP_SEGMENT) {
            "TCP"
        } else {
            "VNC"
        }
    }),
    app: Some(AppSpec {
        decode_as: &["vnc"],
        tcp_ports: PORTS,
        udp_ports: &[],
        // tshark's heuristic (a version message on any port) is not
        // osidump's: the ports only. Its `conversation_new` at the
        // version message also restarts TCP's analysis from the next
        // segment on (a new tcp.stream, relative numbers from there, the
        // window scale unknown), which osidump's TCP does not model.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
