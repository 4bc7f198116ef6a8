//! Unit tests of the FTP decoders: a control connection fed segment by
//! segment as TCP hands it over, the data connections it announces, and
//! the argument parsers. The values expected are what tshark 4.0 shows for
//! the same lines (checked with `tshark -T fields` on captures holding
//! them: zeek's ftp traces and samples/ftp.pcap).

use super::*;
use crate::dissect::app::testing::{one, vals};
use crate::dissect::app::{Dir, Endpoints, Expected, Message, StreamDecoder};

const CLIENT: [u8; 4] = [10, 99, 0, 1];
const SERVER: [u8; 4] = [10, 99, 0, 2];

fn v4(a: [u8; 4]) -> [u8; 16] {
    let mut b = [0u8; 16];
    b[..4].copy_from_slice(&a);
    b
}

/// A control connection being fed: each side's stream offset, a frame a
/// segment, the data connections announced.
struct Conv {
    d: crate::dissect::app::handover::Handover<FtpDecoder>,
    at: [u64; 2],
    frame: u64,
    expected: Vec<Expected>,
}

impl Conv {
    fn new() -> Self {
        Conv {
            d: crate::dissect::app::handover::Handover::new(FtpDecoder::new()),
            at: [0, 0],
            frame: 3,
            expected: Vec::new(),
        }
    }

    /// One segment of `dir`: its one layer.
    fn seg(&mut self, dir: Dir, data: &[u8]) -> Layer<'static> {
        self.frame += 1;
        self.d.set_frame(self.frame);
        let (src, dst) = if dir == Dir::Client {
            ((v4(CLIENT), 40000), (v4(SERVER), PORT))
        } else {
            ((v4(SERVER), PORT), (v4(CLIENT), 40000))
        };
        self.d.set_ports(src.1, dst.1);
        self.d.set_endpoints(&Endpoints {
            v6: false,
            src,
            dst,
        });
        let mut out: Vec<Message> = Vec::new();
        let i = dir.index();
        self.d.feed(dir, self.at[i], data, &mut out);
        self.at[i] += data.len() as u64;
        self.d.take_expected(&mut self.expected);
        assert_eq!(out.len(), 1, "{out:?}");
        out.remove(0).layer
    }
}

fn info(l: &Layer<'_>) -> String {
    let mut s = String::new();
    summary(&mut s, l);
    s
}

#[test]
fn requests_and_responses_as_tshark_shows_them() {
    let mut c = Conv::new();
    let l = c.seg(Dir::Server, b"220 (vsFTPd 3.0.3)\r\n");
    assert_eq!(info(&l), "Response: 220 (vsFTPd 3.0.3)");
    assert_eq!(one(&l, "ftp.response"), "1");
    assert_eq!(one(&l, "ftp.request"), "0");
    assert_eq!(one(&l, "ftp.response.code"), "220");
    assert_eq!(one(&l, "ftp.response.arg"), "(vsFTPd 3.0.3)");
    assert_eq!(one(&l, "ftp.current-working-directory"), "");
    let l = c.seg(Dir::Client, b"USER anonymous\r\n");
    assert_eq!(info(&l), "Request: USER anonymous");
    assert_eq!(one(&l, "ftp.request.command"), "USER");
    assert_eq!(one(&l, "ftp.request.arg"), "anonymous");
    // A command alone has no argument.
    let l = c.seg(Dir::Client, b"PWD\r\n");
    assert_eq!(one(&l, "ftp.request.command"), "PWD");
    assert!(vals(&l, "ftp.request.arg").is_empty());
    // A multi-line reply: the first line only has fields; a line without
    // the code is all argument.
    let l = c.seg(Dir::Server, b"211-Features:\r\n EPRT\r\n");
    assert_eq!(info(&l), "Response: 211-Features:");
    assert_eq!(one(&l, "ftp.response.code"), "211");
    assert_eq!(one(&l, "ftp.response.arg"), "Features:");
    let l = c.seg(Dir::Server, b" EPSV\r\n");
    assert!(vals(&l, "ftp.response.code").is_empty());
    assert_eq!(one(&l, "ftp.response.arg"), " EPSV");
    // The fourth character is skipped, whatever it is (zeek's
    // ftp-missing-space-after-reply-code).
    let l = c.seg(Dir::Server, b"230User logged in\r\n");
    assert_eq!(one(&l, "ftp.response.arg"), "ser logged in");
    // Control characters in the Info column as format_text writes them.
    let l = c.seg(Dir::Client, b"NOOP \x01x\r\n");
    assert_eq!(info(&l), "Request: NOOP \\001x");
}

#[test]
fn the_working_directory_follows_pwd_and_cwd_replies() {
    let mut c = Conv::new();
    c.seg(Dir::Client, b"PWD\r\n");
    let l = c.seg(Dir::Server, b"257 \"/\" is the current directory\r\n");
    assert_eq!(one(&l, "ftp.current-working-directory"), "/");
    c.seg(Dir::Client, b"CWD pub\r\n");
    let l = c.seg(Dir::Server, b"250 Directory successfully changed.\r\n");
    assert_eq!(one(&l, "ftp.current-working-directory"), "/pub");
    c.seg(Dir::Client, b"CWD a/./b/../c\r\n");
    let l = c.seg(Dir::Server, b"250 ok\r\n");
    assert_eq!(one(&l, "ftp.current-working-directory"), "/pub/a/c");
    c.seg(Dir::Client, b"CDUP\r\n");
    let l = c.seg(Dir::Server, b"250 ok\r\n");
    assert_eq!(one(&l, "ftp.current-working-directory"), "/pub/a");
    // A refused change changes nothing.
    c.seg(Dir::Client, b"CWD nowhere\r\n");
    let l = c.seg(Dir::Server, b"550 Failed to change directory.\r\n");
    assert_eq!(one(&l, "ftp.current-working-directory"), "/pub/a");
    // An absolute path replaces it; an unquoted 257 is flagged.
    c.seg(Dir::Client, b"CWD /srv\r\n");
    c.seg(Dir::Server, b"250 ok\r\n");
    let l = c.seg(Dir::Server, b"257 no quotes\r\n");
    assert_eq!(one(&l, "ftp.current-working-directory"), "/srv");
    assert!(l.has(f::ftp::RESPONSE_PWD_INVALID));
    assert_eq!(pwd(b"\"/a \"\"b\"\"\" created"), Some("/a \"b\"".into()));
    assert_eq!(pwd(b"\"/unclosed"), None);
    assert_eq!(join("/", ".."), "/");
    assert_eq!(join("rel/dir", "../x"), "rel/x");
}

#[test]
fn passive_and_active_announcements_make_data_connections() {
    let mut c = Conv::new();
    c.seg(Dir::Client, b"PASV\r\n");
    let l = c.seg(
        Dir::Server,
        b"227 Entering Passive Mode (10,99,0,2,117,49).\r\n",
    );
    assert_eq!(one(&l, "ftp.passive.ip"), "10.99.0.2");
    assert_eq!(one(&l, "ftp.passive.port"), "30001");
    assert!(vals(&l, "ftp.passive.nat").is_empty());
    assert_eq!(c.expected.len(), 1);
    let setup = c.frame;
    c.seg(Dir::Client, b"LIST\r\n");
    c.seg(Dir::Client, b"RETR x\r\n");
    let e = &c.expected[0];
    // The client's connection to the announced port, from any port.
    let to = |sport| Endpoints {
        v6: false,
        src: (v4(CLIENT), sport),
        dst: (v4(SERVER), 30001),
    };
    assert!(e.matches(&to(50000)) && e.matches(&to(50001)));
    let wrong = Endpoints {
        dst: (v4(SERVER), 30002),
        ..to(50000)
    };
    assert!(!e.matches(&wrong));
    let mut data = (e.make)();
    assert_eq!(data.protocol(), "ftp-data");
    let mut out = Vec::new();
    data.feed(Dir::Server, 0, b"-rw-r--r-- 1 0 0 6 hello\r\n", &mut out);
    let l = &out[0].layer;
    let mut s = String::new();
    data_summary(&mut s, l);
    // The first request after the announcement, kept.
    assert_eq!(s, "FTP Data: 26 bytes (PASV) (LIST)");
    assert_eq!(one(l, "ftp-data.setup-frame"), setup.to_string());
    assert_eq!(one(l, "ftp-data.command-frame"), (setup + 1).to_string());
    assert!(l.has(f::ftp_data::OSIDUMP_TEXT));
    out.clear();
    data.feed(Dir::Server, 26, b"\x00\x01binary", &mut out);
    assert!(!out[0].layer.has(f::ftp_data::OSIDUMP_TEXT));

    // PORT: the server's port 20 to the announced address; a prefix of
    // the command counts (tshark's strncmp by the token's length).
    let l = c.seg(Dir::Client, b"PORT 10,99,0,9,4,1\r\n");
    assert_eq!(one(&l, "ftp.active.cip"), "10.99.0.9");
    assert_eq!(one(&l, "ftp.active.port"), "1025");
    assert_eq!(one(&l, "ftp.active.nat"), "1");
    let e = c.expected.last().unwrap();
    assert_eq!(e.a, (false, v4(SERVER), DATA_PORT));
    assert_eq!(e.b, (false, v4([10, 99, 0, 9])));
    let l = c.seg(Dir::Client, b"POR 10,99,0,1,4,2\r\n");
    assert_eq!(one(&l, "ftp.active.port"), "1026");

    // EPRT and EPSV.
    let l = c.seg(Dir::Client, b"EPRT |1|10.99.0.1|40001|\r\n");
    assert_eq!(one(&l, "ftp.eprt.af"), "1");
    assert_eq!(one(&l, "ftp.eprt.ip"), "10.99.0.1");
    assert_eq!(one(&l, "ftp.eprt.port"), "40001");
    let l = c.seg(Dir::Client, b"EPRT |1|10.99.0.1|\r\n");
    assert!(l.has(f::ftp::EPRT_ARGS_INVALID));
    let l = c.seg(
        Dir::Server,
        b"229 Entering Extended Passive Mode (|||30002|)\r\n",
    );
    assert_eq!(one(&l, "ftp.epsv.ip"), "10.99.0.2");
    assert_eq!(one(&l, "ftp.epsv.port"), "30002");
    let l = c.seg(Dir::Server, b"229 Entering Extended Passive Mode\r\n");
    assert!(l.has(f::ftp::EPSV_ARGS_INVALID));
    assert_eq!(c.expected.len(), 5);
}

#[test]
fn argument_parsers_read_as_packet_ftp_c() {
    assert_eq!(port_pasv(b"(1,2,3,4,5,6)"), Some(([1, 2, 3, 4], 0x0506)));
    // Blanks before a number, a sign, a first try that fails.
    assert_eq!(
        port_pasv(b"mode 7 now: 1, 2, 3, 4, -1, 6"),
        Some(([1, 2, 3, 4], 0xff06))
    );
    assert_eq!(port_pasv(b"1,2,3,4,5"), None);
    assert_eq!(port_pasv(b""), None);
    assert_eq!(epsv(b"Entering (|||6446|)"), Some(6446));
    assert_eq!(epsv(b"(!!!6446!)"), Some(6446));
    assert_eq!(epsv(b"(|||6446|"), None);
    assert_eq!(epsv(b"(|||70000|)"), Some(65535));
    assert_eq!(epsv(b"no parenthesis"), None);
    assert_eq!(
        eprt(b"|2|::1|5282|").map(|(af, a, p)| (af, a.v6, p)),
        Some((2, true, 5282))
    );
    assert_eq!(eprt(b"|3|1.2.3.4|5|"), None);
    assert_eq!(eprt(b"|1|1.2.3|5|"), None);
    assert_eq!(eprt(b"1|1.2.3.4|5|"), None);
    assert_eq!(find_line_end(b"a\r\nb"), (1, 3));
    assert_eq!(find_line_end(b"ab\rc"), (2, 3));
    assert_eq!(find_line_end(b"abc"), (3, 3));
    assert_eq!(token(b"USER  bob"), (4, 6));
    assert_eq!(token(b" x"), (0, 1));
}

#[test]
fn auth_tls_hands_the_conversation_to_tls() {
    let mut c = Conv::new();
    c.seg(Dir::Client, b"AUTH TLS\r\n");
    let l = c.seg(Dir::Server, b"234 Proceed with negotiation.\r\n");
    assert_eq!(one(&l, "ftp.response.code"), "234");
    assert_eq!(c.d.protocol(), "tls");
    // Without AUTH TLS before it, a 234 changes nothing.
    let mut c = Conv::new();
    c.seg(Dir::Server, b"234 odd\r\n");
    assert_eq!(c.d.protocol(), "ftp");
}

#[test]
fn hostile_lines_never_panic() {
    let mut c = Conv::new();
    let mut rng = crate::test_rng::Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..2000 {
        let n = rng.below(80) as usize;
        let mut b: Vec<u8> = (0..n)
            .map(|_| b"0123456789|(),. PORTEPSVCWD\"/\r\n\x00\xff"[rng.below(33) as usize])
            .collect();
        if rng.below(2) == 0 {
            b.splice(0..0, b"229 ".iter().copied());
        }
        let dir = if rng.below(2) == 0 {
            Dir::Client
        } else {
            Dir::Server
        };
        if !b.is_empty() {
            c.seg(dir, &b);
        }
        if c.d.protocol() != "ftp" {
            c = Conv::new();
        }
    }
    assert!(read(&c.d.first().cwd).len() <= MAX_TEXT);
}
