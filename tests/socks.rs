//! SOCKS 4a and 5 on crafted conversations, with the cells tshark 4.0
//! gives on the same bytes (checked once with `tshark -r F -T fields ...`;
//! set `OSIDUMP_KEEP_CRAFTED=DIR` to write the captures there and check
//! again).

mod common;

const FIELDS: &[&str] = &[
    "frame.protocols",
    "tcp.stream",
    "socks.version",
    "socks.command",
    "socks.dst",
    "socks.dstport",
    "socks.port",
    "socks.remote_name",
    "socks.v4a_dns_name",
    "socks.username",
    "socks.password",
    "socks.auth_method",
    "socks.auth_accepted_method",
    "socks.auth_status",
    "socks.results",
    "http.request.uri",
    "http.response.code",
    "_ws.col.Protocol",
    "_ws.col.Info",
];

fn rows(name: &str, frames: &[Vec<u8>]) -> Vec<String> {
    let pcap = common::pcapng_with("eth0", frames);
    common::keep_crafted(name, &pcap);
    common::fields_rows(pcap, None, FIELDS)
        .into_iter()
        .map(|r| r.join("|"))
        .collect()
}

/// SOCKS 5 with a user name and password, a CONNECT to a domain name's
/// port 80, then HTTP through it: a response whose head spans two
/// segments shows SOCKS's item on both, the first with HTTP's line and
/// TCP's note. The tunnel takes a `tcp.stream` number of its own: the
/// conversation after it is stream 2.
#[test]
fn socks5_handshake_then_http_through_it() {
    let mut c = common::TcpConv::open(40000, 1080);
    c.send(true, &[5, 2, 0, 2]);
    c.send(false, &[5, 2]);
    c.send(true, b"\x01\x04user\x04pass");
    c.send(false, &[1, 0]);
    c.send(true, b"\x05\x01\x00\x03\x0bexample.com\x00\x50");
    c.send(false, &[5, 0, 0, 1, 10, 99, 0, 2, 0x9c, 0x40]);
    c.send(true, b"GET /x HTTP/1.1\r\nHost: example.com\r\n\r\n");
    c.send(false, b"HTTP/1.1 200 OK\r\nContent-Len");
    c.send(false, b"gth: 2\r\n\r\nok");
    let mut frames = c.close();
    let mut after = common::TcpConv::open(40001, 8000);
    after.send(true, b"hello");
    frames.extend(after.close());
    let got = rows("socks5.pcapng", &frames);
    let want: &[&str] = &[
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|40000 → 1080 [SYN] Seq=0 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|1080 → 40000 [SYN, ACK] Seq=0 Ack=1 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|40000 → 1080 [ACK] Seq=1 Ack=1 Win=65535 Len=0",
        "eth:ethertype:ip:tcp:socks|0|5|||||||||0,2||||||Socks|Version: 5 Connect to server request",
        "eth:ethertype:ip:tcp:socks|0|5||||||||||2|||||Socks|Version: 5 Connect to server response",
        "eth:ethertype:ip:tcp:socks|0|5|||||||user|pass|||||||Socks|Version: 5 User authentication request",
        "eth:ethertype:ip:tcp:socks|0|5|||||||||||0||||Socks|Version: 5 User authentication reply",
        "eth:ethertype:ip:tcp:socks|0|5|1|||80|example.com||||||||||Socks|Version: 5 Command Request - Connect",
        "eth:ethertype:ip:tcp:socks|0|5||10.99.0.2||40000||||||||0|||Socks|Version: 5 Command Response - Connect",
        "eth:ethertype:ip:tcp:socks:http|0|5|1||80||||||||||/x||HTTP|GET /x HTTP/1.1 ",
        "eth:ethertype:ip:tcp:socks|0|5|1||80||||||||||||TCP|HTTP/1.1 200 OK  [TCP segment of a reassembled PDU]",
        "eth:ethertype:ip:tcp:socks:http:data|0|5|1||80|||||||||||200|HTTP|HTTP/1.1 200 OK ",
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|40000 → 1080 [FIN, ACK] Seq=72 Ack=55 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|1080 → 40000 [FIN, ACK] Seq=55 Ack=73 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|40000 → 1080 [ACK] Seq=73 Ack=56 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|2||||||||||||||||TCP|40001 → 8000 [SYN] Seq=0 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|2||||||||||||||||TCP|8000 → 40001 [SYN, ACK] Seq=0 Ack=1 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|2||||||||||||||||TCP|40001 → 8000 [ACK] Seq=1 Ack=1 Win=65535 Len=0",
        "eth:ethertype:ip:tcp:data|2||||||||||||||||TCP|40001 → 8000 [PSH, ACK] Seq=1 Ack=1 Win=65535 Len=5",
        "eth:ethertype:ip:tcp|2||||||||||||||||TCP|40001 → 8000 [FIN, ACK] Seq=6 Ack=1 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|2||||||||||||||||TCP|8000 → 40001 [FIN, ACK] Seq=1 Ack=7 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|2||||||||||||||||TCP|40001 → 8000 [ACK] Seq=7 Ack=2 Win=65535 Len=0",
    ];
    assert_eq!(got, want);
}

/// SOCKS 4a: the name after the user id, a CONNECT granted, then bytes no
/// dissector of port 40404 takes. The remote address shown on the frames after
/// the handshake is packet-socks.c's: the request's first four bytes.
#[test]
fn socks4a_handshake_then_data() {
    let mut c = common::TcpConv::open(40002, 1080);
    c.send(
        true,
        b"\x04\x01\x9d\xd4\x00\x00\x00\x01me\x00host.example\x00",
    );
    c.send(false, &[0, 90, 0, 0, 0, 0, 0, 0]);
    c.send(true, b"ping");
    let got = rows("socks4a.pcapng", &c.close());
    let want: &[&str] = &[
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|40002 → 1080 [SYN] Seq=0 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|1080 → 40002 [SYN, ACK] Seq=0 Ack=1 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|40002 → 1080 [ACK] Seq=1 Ack=1 Win=65535 Len=0",
        "eth:ethertype:ip:tcp:socks|0|4|1|0.0.0.1|40404|||host.example|me||||||||Socks|Version: 4 Connect to server request",
        "eth:ethertype:ip:tcp:socks|0|0||0.0.0.0|0|||||||||90|||Socks|Version: 4 Connect Response",
        "eth:ethertype:ip:tcp:socks:data|0|4|1|4.1.157.212|40404||||||||||||Socks|Version: 4",
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|40002 → 1080 [FIN, ACK] Seq=29 Ack=9 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|1080 → 40002 [FIN, ACK] Seq=9 Ack=30 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|0||||||||||||||||TCP|40002 → 1080 [ACK] Seq=30 Ack=10 Win=65535 Len=0",
    ];
    assert_eq!(got, want);
}
