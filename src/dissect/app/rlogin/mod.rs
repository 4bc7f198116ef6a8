//! BSD Rlogin (RFC 1282, TCP 513) as tshark 4.0's packet-rlogin.c shows
//! it: every segment on its own, never reassembled.
//!
//! - A segment starting with a NUL is the handshake: the client's startup
//!   flag (sent to port 513) or the server's "startup info received".
//! - The conversation's user information (client user, server user,
//!   `terminal/speed`, each NUL-terminated) is looked for in the first
//!   segment the client sends: after its NUL when the NUL came with it,
//!   else in the next segment, whose client user name is then remembered
//!   and named in the Info column of every later segment.
//! - A segment whose URG flag points inside it carries a control byte at
//!   the urgent pointer (less one).
//! - Two 0xff bytes announce a window-size message: tshark reads its
//!   twelve bytes from where the data before them began (the data is
//!   shown, then read again as the message), as here.
//! - Anything else is data, its first 128 bytes in the Info column.

pub mod fields;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::AnomalyKind;
use crate::dissect::expert::{self, ei};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::be16;
use std::borrow::Cow;

pub const PORT: u16 = 513;

/// tshark keeps 31 bytes of the client user name.
const NAME_LEN: usize = 31;

ei!(
    TERMINAL_SPEED_INVALID,
    f::rlogin::TERMINAL_SPEED_INVALID,
    Malformed,
    Error
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// No client byte seen yet.
    Start,
    /// The client sent its NUL alone: the user information comes next.
    UserInfoWait,
    /// The user information was found (or the client did not start with
    /// a NUL): nothing more is looked for.
    Done,
}

pub struct RloginDecoder {
    state: State,
    /// The frame holding the user information (0: none).
    info_frame: u64,
    /// The client user name, once read from a segment of its own.
    user_name: String,
    frame: u64,
    /// Ports of the bytes about to be fed, source then destination.
    ports: (u16, u16),
    /// The urgent pointer of the segment about to be fed.
    urgent: Option<u16>,
}

impl RloginDecoder {
    fn new() -> Self {
        RloginDecoder {
            state: State::Start,
            info_frame: 0,
            user_name: String::new(),
            frame: 0,
            ports: (0, 0),
            urgent: None,
        }
    }

    /// rlogin_state_machine: watches the client's first bytes for the
    /// user information. `false` where tshark throws: a user name read
    /// past the segment (no NUL in it and under 31 bytes).
    fn advance(&mut self, b: &[u8], info: &mut String) -> bool {
        if self.ports.1 != PORT || self.state == State::Done || b.is_empty() {
            return true;
        }
        match self.state {
            State::Start if b[0] != 0 => self.state = State::Done,
            State::Start if b.len() <= 1 => self.state = State::UserInfoWait,
            State::Start => {
                self.state = State::Done;
                self.info_frame = self.frame;
            }
            State::UserInfoWait => {
                self.state = State::Done;
                self.info_frame = self.frame;
                // tvb_strnlen over 32 bytes, then a copy of at most 31.
                let len = b
                    .iter()
                    .take(NAME_LEN + 1)
                    .position(|&c| c == 0)
                    .map_or(NAME_LEN, |p| p.min(NAME_LEN));
                let Some(name) = b.get(..len) else {
                    return false;
                };
                self.user_name = expert::format_text(name);
                info.push_str(", (User information)");
            }
            State::Done => {}
        }
        true
    }

    /// rlogin_display: the segment's tree.
    fn display(&self, l: &mut Layer<'static>, b: &[u8], urgent: Option<usize>, info: &mut String) {
        let mut offset = 0;
        if let Some(pointer) = urgent {
            // The control byte is the one before the pointer; a pointer of
            // 0 reads offset -1, which tshark takes from the end, and goes
            // on from offset 0.
            let at = pointer.checked_sub(1).unwrap_or(b.len() - 1);
            if pointer > 0 && at > offset {
                expert::ascii_string(l, f::rlogin::DATA, &b[offset..at]);
            }
            l.uint(f::rlogin::CONTROL_MESSAGE, u64::from(b[at]));
            let name = f::rlogin::CONTROL_MESSAGE
                .value_name(u64::from(b[at]))
                .unwrap_or("Unknown");
            info.push_str(" (");
            info.push_str(name);
            info.push(')');
            offset = if pointer == 0 { 0 } else { at + 1 };
        } else if b[0] == 0 {
            let def = if self.ports.0 == PORT {
                f::rlogin::STARTUP_INFO_RECEIVED_FLAG
            } else {
                f::rlogin::CLIENT_STARTUP_FLAG
            };
            l.uint(def, 0u64);
            offset = 1;
        }
        if offset >= b.len() {
            return;
        }
        if self.info_frame == self.frame && self.display_user_info(l, b, &mut offset).is_none() {
            l.throw(AnomalyKind::Malformed, "rlogin");
            return;
        }
        if offset >= b.len() {
            return;
        }
        let marker = memchr::memchr(0xff, &b[offset..]).map(|i| offset + i);
        if let Some(ti) = marker.filter(|&ti| b.get(ti + 1) == Some(&0xff)) {
            if ti > offset {
                expert::ascii_string(l, f::rlogin::DATA, &b[offset..ti]);
            }
            // Read from `offset`, not from the marker, as tshark does; the
            // item is added whole, its fields as far as the bytes go.
            l.push(f::rlogin::WINDOW_SIZE, Value::None);
            let w = &b[offset..];
            let Some(cookie) = w.get(..2) else {
                l.throw(AnomalyKind::Malformed, "rlogin");
                return;
            };
            l.uint(f::rlogin::MAGIC_COOKIE, u64::from(be16(cookie, 0)));
            let Some(ss) = w.get(2..4) else {
                l.throw(AnomalyKind::Malformed, "rlogin");
                return;
            };
            expert::ascii_string(l, f::rlogin::WINDOW_SIZE_SS, ss);
            let mut sizes = [0u16; 4];
            let defs = [
                f::rlogin::WINDOW_SIZE_ROWS,
                f::rlogin::WINDOW_SIZE_COLS,
                f::rlogin::WINDOW_SIZE_X_PIXELS,
                f::rlogin::WINDOW_SIZE_Y_PIXELS,
            ];
            for (i, def) in defs.into_iter().enumerate() {
                let Some(v) = w.get(4 + 2 * i..6 + 2 * i) else {
                    l.throw(AnomalyKind::Malformed, "rlogin");
                    return;
                };
                sizes[i] = be16(v, 0);
                l.uint(def, u64::from(sizes[i]));
            }
            let (rows, cols) = (sizes[0], sizes[1]);
            info.push_str(&format!(" (rows={rows}, cols={cols})"));
            offset += 12;
        }
        if offset < b.len() {
            expert::ascii_string(l, f::rlogin::DATA, &b[offset..]);
        }
    }

    /// The user information from `offset`; `None` where tshark throws (a
    /// string without its NUL).
    fn display_user_info(
        &self,
        l: &mut Layer<'static>,
        b: &[u8],
        offset: &mut usize,
    ) -> Option<()> {
        // tshark gives the item a null string (its text is only in the
        // label), which it prints as "[ Null ]".
        l.push(f::rlogin::USER_INFO, Value::Str(Cow::Borrowed("[ Null ]")));
        for def in [f::rlogin::CLIENT_USER_NAME, f::rlogin::SERVER_USER_NAME] {
            let size = strsize(b, *offset)?;
            expert::ascii_string(l, def, &b[*offset..*offset + size]);
            *offset += size;
        }
        if let Some(slash) = memchr::memchr(b'/', &b[*offset..]).map(|i| *offset + i) {
            expert::ascii_string(l, f::rlogin::TERMINAL_TYPE, &b[*offset..slash]);
            *offset = slash + 1;
            let size = strsize(b, *offset)?;
            let text = &b[*offset..*offset + size - 1];
            let (speed, valid) = strtou32(text);
            l.uint(f::rlogin::TERMINAL_SPEED, u64::from(speed));
            if !valid {
                expert::add(l, &TERMINAL_SPEED_INVALID, None);
            }
            *offset += size;
        }
        Some(())
    }
}

/// tvb_strsize: the length of the NUL-terminated string at `at`, its NUL
/// included; `None` when no NUL follows (tshark throws).
fn strsize(b: &[u8], at: usize) -> Option<usize> {
    memchr::memchr(0, b.get(at..)?).map(|i| i + 1)
}

/// ws_strtou32 with no end pointer: the whole text a decimal number
/// (leading white space allowed, no sign); 0 when it is not one, the
/// largest value when it overflows.
fn strtou32(text: &[u8]) -> (u32, bool) {
    let digits = text
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .map_or(&[][..], |i| &text[i..]);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return (0, false);
    }
    let mut value: u64 = 0;
    for &d in digits {
        value = value * 10 + u64::from(d - b'0');
        if value > u64::from(u32::MAX) {
            return (u32::MAX, false);
        }
    }
    (value as u32, true)
}

impl StreamDecoder for RloginDecoder {
    fn protocol(&self) -> &'static str {
        "rlogin"
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = (src, dst);
    }

    fn set_urgent(&mut self, urgent: Option<u16>) {
        self.urgent = urgent;
    }

    fn feed(&mut self, _dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if data.is_empty() {
            return;
        }
        let mut info = String::new();
        if !self.user_name.is_empty() {
            info.push_str("User name: ");
            info.push_str(&self.user_name);
            info.push_str(", ");
        }
        let urgent = self.urgent.map(usize::from).filter(|&u| data.len() >= u);
        if data[0] == 0 {
            info.push_str(if self.ports.1 == PORT {
                "Start Handshake"
            } else {
                "Startup info received"
            });
        } else if urgent.is_some() {
            info.push_str("Control Message");
        } else if memchr::memmem::find(data, b"\xff\xff").is_some() {
            info.push_str("Terminal Info");
        } else {
            info.push_str("Data: ");
            info.push_str(&expert::format_text(&data[..data.len().min(128)]));
        }
        let mut l = Layer::new(Osi::Application, "rlogin", 0..0);
        if self.advance(data, &mut info) {
            self.display(&mut l, data, urgent, &mut info);
        } else {
            l.throw(AnomalyKind::Malformed, "rlogin");
        }
        l.str(f::rlogin::OSIDUMP_INFO, info);
        out.push(Message {
            layer: l,
            stream_offset: offset,
            stream_end: offset + data.len() as u64,
            event: None,
        });
    }

    fn gap(&mut self, _dir: Dir, _len: u64) {}
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(RloginDecoder::new())
}

fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(s) = layers
        .get(i)
        .and_then(|l| l.get_str(f::rlogin::OSIDUMP_INFO))
    {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("Rlogin: ");
    out.push_str(l.get_str(f::rlogin::OSIDUMP_INFO).unwrap_or(""));
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "rlogin",
    also: &[],
    title: "Rlogin Protocol",
    osi: Osi::Application,
    fields: f::rlogin::ALL,
    summary,
    info: Some(info),
    column: Some(|_| "Rlogin"),
    app: Some(AppSpec {
        decode_as: &["rlogin"],
        tcp_ports: &[PORT],
        udp_ports: &[],
        // tshark has no heuristic for it: the port only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
