//! SMTP (TCP ports 25 and 587) as tshark 4.0's `smtp` dissector shows it,
//! and the message it carries as its `imf` dissector does ([`imf`]).
//!
//! tshark reads SMTP a segment at a time: each call of its dissector gets
//! one segment's bytes (or, when the segment's first line had no end, that
//! line's bytes joined to the next segment's, as TCP reassembles them for
//! it) and shows one `Simple Mail Transfer Protocol` tree for all the
//! lines in them. This decoder does the same with the in-order bytes of
//! each side: a [`Message`] is one such call, one `smtp` layer.
//!
//! What a client's segment is read as is decided line by line, by
//! packet-smtp.c's state machine, followed here:
//! - a command is four letters (or `STARTTLS`, `X-EXPS`, `X-LINK2STATE`,
//!   `XEXCH50`) before the first space; `DATA` and `BDAT n` switch to the
//!   message's bytes, until a line `.` after a CRLF (DATA) or `n` bytes
//!   (BDAT: each segment counts whole); `AUTH LOGIN`, `AUTH PLAIN` and
//!   `AUTH NTLM` follow the exchange of credentials (not decoded from
//!   base64: tshark's preference for it is off by default);
//! - a line that is no command before any `DATA`, and before the first
//!   `DATA`, `BDAT` or `AUTH` of the conversation, is taken for message
//!   bytes (the capture may have started in the middle of one);
//! - the segment is shown as what its last line was read as: commands
//!   (`C: EHLO x | MAIL FROM:<a>` for several), a piece of the message
//!   (`C: DATA fragment, N bytes`, the whole segment, handed to the text
//!   lines dissector) or its end (`C: .`), where the pieces are
//!   reassembled (`smtp.data.fragment`...) and the message handed to IMF;
//!   tshark 4.0 also ends a message at `BDAT 0 LAST`, but not at the last
//!   byte of a `BDAT n LAST` chunk (measured on Zeek's BDAT traces: no IMF
//!   there);
//! - a server's reply is read line by line: `S: 250-first line | rest |
//!   of the lines` (a line of a multi-line reply after its first shows
//!   without its code), one `smtp.response` per reply with its code, each
//!   line's text as `smtp.rsp.parameter`; `220` answering `STARTTLS`
//!   hands the conversation to TLS from the next frame on.
//!
//! Which side is the client is tshark's: the bytes go to the SMTP port
//! TCP matched (the lower of the two ports that is 25 or 587).
//!
//! The promise: no input makes this module panic or loop; a side holds at
//! most [`MAX_LINE`] bytes of an unfinished first line (past that the bytes
//! are read as they are) and a message at most [`imf::MAX_BODY`] bytes (past
//! that its fragments are still listed, but it is not handed to IMF).

pub mod fields;
pub mod imf;

#[cfg(test)]
mod tests;

use super::{Dir, Message, StreamDecoder};
use crate::dissect::expert::{self, ei, format_text};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi, Value};
use crate::dissect::spec::{AppSpec, ProtocolSpec};
use crate::dissect::wire::c_decimal;

/// SMTP's ports (TCP), as Wireshark's table has them: 25 and submission.
pub const PORTS: &[u16] = &[25, 587];

/// Most bytes a side holds of a first line waiting for its end.
pub const MAX_LINE: usize = 64 * 1024;

ei!(
    RSP_CODE_UNEXPECTED,
    f::smtp::RESPONSE_CODE_UNEXPECTED,
    Protocol,
    Warn
);
ei!(BASE64_DECODE, f::smtp::BASE64_DECODE, Protocol, Warn);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum State {
    #[default]
    Start,
    Cmds,
    Data,
    AwaitingStarttls,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Auth {
    #[default]
    None,
    Start,
    UsernameReq,
    UsernameRsp,
    PasswordReq,
    PasswordRsp,
    PlainStartReq,
    PlainCredReq,
    PlainReq,
    PlainRsp,
    NtlmReq,
    NtlmChallenge,
    NtlmRsp,
    Success,
    Failed,
}

/// What a client's segment was read as (packet-smtp.c's `pdu_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pdu {
    Cmd,
    Message,
    Eom,
}

/// SMTP's fields for the pieces of a message.
static PIECES: imf::PieceFields = imf::PieceFields {
    fragments: f::smtp::DATA_FRAGMENTS,
    fragment: f::smtp::DATA_FRAGMENT,
    count: f::smtp::DATA_FRAGMENT_COUNT,
    length: f::smtp::DATA_REASSEMBLED_LENGTH,
};

/// The bytes of one side's unfinished first line.
#[derive(Debug, Default)]
struct Side {
    held: Vec<u8>,
    /// Stream offset of `held[0]`.
    base: u64,
}

/// SMTP over TCP, both sides of one conversation (packet-smtp.c's
/// `smtp_session_state`).
#[derive(Default)]
pub struct SmtpDecoder {
    state: State,
    auth: Auth,
    first_auth_frame: u64,
    last_auth_frame: u64,
    username_frame: u64,
    password_frame: u64,
    username_cmd_frame: u64,
    user_pass_cmd_frame: u64,
    user_pass_frame: u64,
    ntlm_req_frame: u64,
    ntlm_rsp_frame: u64,
    crlf_seen: bool,
    data_seen: bool,
    msg_read_len: u32,
    msg_tot_len: u32,
    msg_last: bool,
    body: imf::Pieces,
    sides: [Side; 2],
    frame: u64,
    ports: Option<(u16, u16)>,
    /// The `220` that answered `STARTTLS` was just read: the
    /// conversation is TLS from the next segment on.
    starttls: bool,
}

impl SmtpDecoder {
    pub fn new() -> Self {
        SmtpDecoder {
            msg_last: true,
            ..Default::default()
        }
    }

    /// tshark's `request`: the bytes go to the SMTP port TCP matched.
    fn is_request(&self, dir: Dir) -> bool {
        super::to_matched_port(self.ports, PORTS, dir)
    }
}

/// tshark's `tvb_find_line_end` from `from`: the line's length and the
/// offset past its end (CR, LF or CRLF). With `desegment`, a line without
/// its end (or ending in a CR that may be followed by an LF) is `None`.
pub(crate) fn line_end(b: &[u8], from: usize, desegment: bool) -> Option<(usize, usize)> {
    let rest = b.get(from..).unwrap_or_default();
    match rest.iter().position(|&c| c == b'\r' || c == b'\n') {
        None => (!desegment).then_some((rest.len(), b.len())),
        Some(i) if rest[i] == b'\r' => match rest.get(i + 1) {
            None if desegment => None,
            None => Some((i, b.len())),
            Some(b'\n') => Some((i, from + i + 2)),
            Some(_) => Some((i, from + i + 1)),
        },
        Some(i) => Some((i, from + i + 1)),
    }
}

/// `g_ascii_strncasecmp(at, word, len(word)) == 0` on the bytes from `at`.
fn starts_ci(b: &[u8], word: &[u8]) -> bool {
    b.len() >= word.len() && b[..word.len()].eq_ignore_ascii_case(word)
}

/// packet-smtp.c's `line_is_smtp_command`.
fn is_command(c: &[u8]) -> bool {
    (c.len() == 4 && c.iter().all(u8::is_ascii_alphabetic))
        || [&b"STARTTLS"[..], b"X-EXPS", b"X-LINK2STATE", b"XEXCH50"]
            .iter()
            .any(|w| c.eq_ignore_ascii_case(w))
}

/// C's `strtoul(s, NULL, 10)` cast to 32 bits: leading white space, a
/// sign, digits; past `ULONG_MAX` it is `ULONG_MAX`; a minus negates.
fn strtoul32(s: &[u8]) -> u32 {
    let n = c_decimal(s, 0);
    if n.overflow {
        return u32::MAX;
    }
    (if n.negative {
        n.magnitude.wrapping_neg()
    } else {
        n.magnitude
    }) as u32
}

/// The `C: `/`S: ` items of one call, joined as tshark's Info column.
struct Info(String);

impl Info {
    fn line(&mut self, side: &str) {
        self.0
            .push_str(if self.0.is_empty() { side } else { " | " });
    }
}

impl SmtpDecoder {
    /// One call of tshark's `dissect_smtp` on `buf` (the side's bytes from
    /// stream offset `base`): its layers, or `None` when its first line
    /// has no end yet (the bytes wait for the next segment).
    fn call(&mut self, request: bool, buf: &[u8], desegment: bool) -> Option<Vec<Layer<'static>>> {
        let len = buf.len();
        let mut pdu = Pdu::Cmd;
        let mut more_frags = true;
        // The last line the state machine read during authentication.
        let mut decrypt: Option<Vec<u8>> = None;
        let mut eom_seen = false;
        let mut loffset = 0usize;
        let frame = self.frame;
        while loffset < len {
            let (linelen, mut next) = match line_end(buf, loffset, desegment) {
                Some(x) => x,
                None if loffset == 0 => return None,
                None => (len - loffset, len),
            };
            if self.state == State::Data {
                let rest = &buf[loffset..];
                if (self.crlf_seen && rest.starts_with(b".\r\n")) || rest.starts_with(b"\r\n.\r\n")
                {
                    eom_seen = true;
                }
                self.crlf_seen = len >= 2 && buf.ends_with(b"\r\n");
            }
            if request {
                if self.state == State::Data {
                    if eom_seen {
                        pdu = Pdu::Eom;
                        self.state = State::Cmds;
                        break;
                    }
                    pdu = Pdu::Message;
                    if self.msg_tot_len > 0 {
                        self.msg_read_len = self.msg_read_len.wrapping_add((len - loffset) as u32);
                        next = len;
                        if self.msg_read_len == self.msg_tot_len {
                            self.state = State::Cmds;
                            if self.msg_last {
                                more_frags = false;
                            }
                            break;
                        }
                    }
                } else {
                    let in_auth = self.auth != Auth::None
                        && frame >= self.first_auth_frame
                        && (self.last_auth_frame == 0 || frame <= self.last_auth_frame);
                    let line = &buf[loffset..loffset + linelen];
                    if in_auth {
                        decrypt = Some(line.to_vec());
                    }
                    // The comparisons read past the line, as packet-smtp.c's
                    // do on the segment's bytes.
                    let from = &buf[loffset..];
                    let cmdlen = line.iter().position(|&c| c == b' ').unwrap_or(linelen);
                    if is_command(&line[..cmdlen]) {
                        if starts_ci(from, b"DATA") {
                            pdu = Pdu::Cmd;
                            self.state = State::Data;
                            self.data_seen = true;
                        } else if starts_ci(from, b"BDAT") {
                            let msg_len = strtoul32(buf.get(loffset + 5..).unwrap_or_default());
                            pdu = Pdu::Cmd;
                            self.data_seen = true;
                            self.msg_tot_len = self.msg_tot_len.wrapping_add(msg_len);
                            self.state = if msg_len == 0 {
                                State::Cmds
                            } else {
                                State::Data
                            };
                            let last = (loffset + linelen)
                                .checked_sub(4)
                                .is_some_and(|at| starts_ci(&buf[at..], b"LAST"));
                            if last {
                                self.msg_last = true;
                                if msg_len == 0 {
                                    more_frags = false;
                                }
                            } else {
                                self.msg_last = false;
                            }
                        } else if starts_ci(from, b"AUTH LOGIN") {
                            pdu = Pdu::Cmd;
                            self.state = State::Cmds;
                            self.first_auth_frame = frame;
                            if linelen <= 11 {
                                self.auth = Auth::Start;
                            } else {
                                self.auth = Auth::UsernameRsp;
                                self.username_cmd_frame = frame;
                            }
                        } else if starts_ci(from, b"AUTH PLAIN") {
                            pdu = Pdu::Cmd;
                            self.state = State::Cmds;
                            self.first_auth_frame = frame;
                            if linelen <= 11 {
                                self.auth = Auth::PlainStartReq;
                            } else {
                                self.auth = Auth::PlainCredReq;
                                self.user_pass_cmd_frame = frame;
                            }
                        } else if starts_ci(from, b"AUTH NTLM") && linelen > 10 {
                            pdu = Pdu::Cmd;
                            self.state = State::Cmds;
                            self.auth = Auth::NtlmReq;
                            self.ntlm_req_frame = frame;
                        } else if starts_ci(from, b"STARTTLS") {
                            self.state = State::AwaitingStarttls;
                            pdu = Pdu::Cmd;
                        } else {
                            pdu = Pdu::Cmd;
                        }
                    } else if self.auth == Auth::UsernameReq {
                        self.auth = Auth::UsernameRsp;
                        self.username_frame = frame;
                    } else if self.auth == Auth::PasswordReq {
                        self.auth = Auth::PasswordRsp;
                        self.password_frame = frame;
                    } else if self.auth == Auth::PlainReq {
                        self.auth = Auth::PlainRsp;
                        self.user_pass_frame = frame;
                    } else if self.auth == Auth::NtlmChallenge {
                        self.auth = Auth::NtlmRsp;
                        self.ntlm_rsp_frame = frame;
                    } else {
                        pdu = if self.data_seen || self.state == State::Start {
                            Pdu::Message
                        } else {
                            Pdu::Cmd
                        };
                    }
                }
            }
            loffset = next;
        }

        let mut l = Layer::new(Osi::Application, "smtp", 0..len);
        let mut info = Info(String::new());
        let mut out = Vec::new();
        if request {
            let mut complete = false;
            match pdu {
                Pdu::Message => {
                    info.0 = format!(
                        "C: DATA fragment, {len} byte{}",
                        if len == 1 { "" } else { "s" }
                    );
                    l.str(f::smtp::OSIDUMP_PDU, "data");
                    self.body.add(frame, buf);
                }
                Pdu::Eom => {
                    info.0.push_str("C: .");
                    l.str(f::smtp::OSIDUMP_PDU, "eom");
                    l.present(f::smtp::EOM);
                    if loffset > 0 {
                        self.body.add(frame, &buf[..loffset]);
                    }
                    complete = true;
                }
                Pdu::Cmd => {
                    l.str(f::smtp::OSIDUMP_PDU, "command");
                    self.commands(buf, &mut l, &mut info, decrypt);
                    if !more_frags {
                        complete = true;
                    }
                }
            }
            l.str(f::smtp::OSIDUMP_INFO, info.0);
            if complete && self.body.count() > 0 {
                let body = std::mem::take(&mut self.body);
                body.list(&mut l, &PIECES);
                let whole = body.whole(&mut l);
                out.push(l);
                if let Some(b) = whole {
                    imf::dissect(b, &mut out);
                }
                return Some(out);
            }
        } else {
            self.responses(buf, &mut l, &mut info);
            l.str(f::smtp::OSIDUMP_INFO, info.0);
        }
        out.push(l);
        Some(out)
    }

    /// A client's command lines, each in the tree and the Info column.
    fn commands(
        &mut self,
        buf: &[u8],
        l: &mut Layer<'static>,
        info: &mut Info,
        mut decrypt: Option<Vec<u8>>,
    ) {
        let frame = self.frame;
        let mut loffset = 0;
        while loffset < buf.len() {
            let Some((linelen, next)) = line_end(buf, loffset, false) else {
                break;
            };
            info.line("C: ");
            l.boolean(f::smtp::REQ, true);
            let line = &buf[loffset..loffset + linelen];
            if self.username_frame == frame {
                let d = decrypt.get_or_insert_with(|| line.to_vec());
                expert::ascii_string(l, f::smtp::AUTH_USERNAME, d);
                info.0.push_str("User: ");
                info.0.push_str(&format_text(d));
            } else if self.password_frame == frame {
                let d = decrypt.get_or_insert_with(|| line.to_vec());
                expert::ascii_string(l, f::smtp::AUTH_PASSWORD, d);
                info.0.push_str("Pass: ");
                info.0.push_str(&format_text(d));
            } else if self.ntlm_rsp_frame == frame {
                let d = line.to_vec();
                info.0.push_str(&format_text(&d[..linelen.min(d.len())]));
                expert::ascii_string(l, f::smtp::COMMAND_LINE, line);
                decrypt = Some(d);
            } else if self.user_pass_frame == frame {
                plain_auth(l, info, line);
            } else {
                let cmdlen = linelen.min(4);
                expert::ascii_string(l, f::smtp::COMMAND_LINE, &buf[loffset..next]);
                expert::ascii_string(l, f::smtp::REQ_COMMAND, &line[..cmdlen]);
                if linelen > 5 && self.username_cmd_frame == frame {
                    expert::ascii_string(l, f::smtp::REQ_PARAMETER, &line[5..]);
                    if linelen >= 11 {
                        let d = decrypt.get_or_insert_with(|| line[11..].to_vec());
                        expert::ascii_string(l, f::smtp::AUTH_USERNAME, d);
                        info.0.push_str(&format_text(&line[..11]));
                        info.0.push_str("User: ");
                        info.0.push_str(&format_text(d));
                    }
                } else if linelen > 5 && self.ntlm_req_frame == frame {
                    expert::ascii_string(l, f::smtp::REQ_PARAMETER, &line[5..]);
                    if linelen >= 10 {
                        info.0.push_str(&format_text(&line[..10]));
                        info.0.push_str(&format_text(&line[10..]));
                    }
                } else if linelen > 5 && self.user_pass_cmd_frame == frame {
                    expert::ascii_string(l, f::smtp::REQ_PARAMETER, &line[5..]);
                    info.0.push_str(&format_text(&line[..line.len().min(11)]));
                    plain_auth(l, info, line.get(11..).unwrap_or_default());
                } else if linelen > 5 {
                    expert::ascii_string(l, f::smtp::REQ_PARAMETER, &line[5..]);
                    info.0.push_str(&format_text(line));
                } else {
                    info.0.push_str(&format_text(line));
                }
            }
            loffset = next;
        }
    }

    /// A server's reply lines.
    fn responses(&mut self, buf: &[u8], l: &mut Layer<'static>, info: &mut Info) {
        #[derive(PartialEq, Eq)]
        enum Ml {
            None,
            Start,
            Continue,
            End,
        }
        l.boolean(f::smtp::RSP, true);
        let mut ml = Ml::None;
        let mut ml_code = 0u32;
        // Where the code of the reply's first line is (its expert goes
        // after it).
        let mut code_at: Option<usize> = None;
        let mut offset = 0;
        while offset < buf.len() {
            let Some((linelen, next)) = line_end(buf, offset, false) else {
                break;
            };
            info.line("S: ");
            let line = &buf[offset..offset + linelen];
            if linelen >= 3 {
                if line[..3].iter().all(u8::is_ascii_digit) {
                    let code = line[..3]
                        .iter()
                        .fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
                    if linelen > 3 && line[3] == b'-' {
                        if ml == Ml::None {
                            ml = Ml::Start;
                            ml_code = code;
                        } else {
                            ml = Ml::Continue;
                        }
                    } else if matches!(ml, Ml::Start | Ml::Continue) {
                        ml = Ml::End;
                    }
                    if self.state == State::AwaitingStarttls {
                        if code == 220 {
                            self.starttls = true;
                        }
                        self.state = State::Cmds;
                    }
                    if code == 334 {
                        self.auth = match self.auth {
                            Auth::Start => Auth::UsernameReq,
                            Auth::UsernameRsp => Auth::PasswordReq,
                            Auth::PlainReq => Auth::PlainRsp,
                            Auth::PlainStartReq => Auth::PlainReq,
                            Auth::NtlmReq => Auth::NtlmChallenge,
                            other => other,
                        };
                    } else if matches!(
                        self.auth,
                        Auth::PasswordRsp | Auth::PlainRsp | Auth::NtlmRsp | Auth::PlainCredReq
                    ) {
                        self.auth = if code == 235 {
                            Auth::Success
                        } else {
                            Auth::Failed
                        };
                        self.last_auth_frame = self.frame;
                    }
                    let continued = matches!(ml, Ml::Continue | Ml::End);
                    if !continued {
                        expert::ascii_string(l, f::smtp::RESPONSE, &buf[offset..next]);
                        l.uint(f::smtp::RESPONSE_CODE, code);
                        code_at = Some(l.fields.len());
                    } else if ml_code != code
                        && let Some(at) = code_at
                    {
                        let mut tmp = Layer::new(Osi::Application, "smtp", 0..0);
                        expert::add(
                            &mut tmp,
                            &RSP_CODE_UNEXPECTED,
                            Some(format!(
                                "Unexpected response code {code} in multiline response. Expected {ml_code}"
                            )),
                        );
                        let n = tmp.fields.len();
                        let tail = l.fields.split_off(at);
                        l.fields.append(&mut tmp.fields);
                        l.fields.extend(tail);
                        code_at = Some(at + n);
                    }
                    if linelen >= 4 {
                        expert::ascii_string(l, f::smtp::RSP_PARAMETER, &line[4..]);
                        info.0
                            .push_str(&format_text(if continued { &line[4..] } else { line }));
                    } else {
                        info.0.push_str(&format_text(line));
                    }
                }
                if ml == Ml::End {
                    ml = Ml::None;
                }
            }
            offset = next;
        }
    }
}

/// `decode_plain_auth` with base64 decoding off: the credentials as they
/// are, flagged as not decoded.
fn plain_auth(l: &mut Layer<'static>, info: &mut Info, b: &[u8]) {
    expert::ascii_string(l, f::smtp::AUTH_USERNAME_PASSWORD, b);
    expert::add(l, &BASE64_DECODE, None);
    info.0.push_str(&format_text(b));
}

impl StreamDecoder for SmtpDecoder {
    fn protocol(&self) -> &'static str {
        "smtp"
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
    }

    fn whole_segments(&self) -> bool {
        true
    }

    fn heap_bytes(&self) -> usize {
        self.sides.iter().map(|s| s.held.capacity()).sum::<usize>() + self.body.heap_bytes()
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        let request = self.is_request(dir);
        let side = dir.index();
        let held = std::mem::take(&mut self.sides[side].held);
        let (base, joined);
        let buf: &[u8] = if held.is_empty() {
            base = offset;
            data
        } else {
            base = self.sides[side].base;
            let mut j = held;
            j.extend_from_slice(data);
            joined = j;
            &joined
        };
        // A first line longer than what is held is read as it is.
        let desegment = buf.len() <= MAX_LINE;
        match self.call(request, buf, desegment) {
            None => {
                self.sides[side].base = base;
                self.sides[side].held = buf.to_vec();
            }
            Some(layers) => {
                let end = base + buf.len() as u64;
                for l in layers {
                    out.push(Message {
                        layer: l,
                        stream_offset: base,
                        stream_end: end,
                        event: None,
                    });
                }
            }
        }
    }

    fn gap(&mut self, dir: Dir, _len: u64) {
        self.sides[dir.index()].held = Vec::new();
    }

    /// The `220` answering `STARTTLS` was read: TLS from the next segment.
    fn take_successor(&mut self) -> Option<super::handover::Successor> {
        if !std::mem::take(&mut self.starttls) {
            return None;
        }
        Some(super::handover::Successor {
            decoder: super::tls::new_starttls_stream("Simple Mail Transfer Protocol"),
            from: usize::MAX,
        })
    }
}

fn new_stream() -> Box<dyn StreamDecoder> {
    Box::new(super::handover::Handover::new(SmtpDecoder::new()))
}

/// tshark's Info column: what the call wrote (a frame has one SMTP call).
fn info(out: &mut String, layers: &[Layer<'_>], i: usize) {
    if let Some(Value::Str(s)) = layers.get(i).and_then(|l| l.get(f::smtp::OSIDUMP_INFO)) {
        out.push_str(s);
    }
}

fn summary(out: &mut String, l: &Layer<'_>) {
    if let Some(Value::Str(s)) = l.get(f::smtp::OSIDUMP_INFO) {
        out.push_str(s);
    }
}

pub static SPEC: ProtocolSpec = ProtocolSpec {
    name: "smtp",
    also: &[],
    title: "Simple Mail Transfer Protocol",
    osi: Osi::Application,
    fields: f::smtp::ALL,
    summary,
    info: Some(info),
    column: None,
    app: Some(AppSpec {
        decode_as: &["smtp"],
        tcp_ports: PORTS,
        udp_ports: &[],
        // tshark has no SMTP heuristic: its ports (or decode-as) only.
        probe_tcp: None,
        probe_udp: None,
        udp_port_takes: None,
        stream: Some(new_stream),
        datagram: None,
    }),
};
