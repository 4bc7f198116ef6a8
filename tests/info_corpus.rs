//! Truth is tshark: the Protocol and Info columns (`-T fields -e
//! _ws.col.Protocol -e _ws.col.Info`) of corpus frames whose columns
//! tshark writes in its less travelled paths: an exception's note
//! (`[Malformed Packet]`, `[Packet size limited during capture]`), IPv4
//! and IPv6 headers it refuses or whose payload no dissector takes,
//! extension headers, ARP without hardware addresses, TCP Fast Open,
//! HTTP data before any request, SSDP, image and XML bodies, the packet
//! an ICMP error quotes, DNS answers past the line view's few, and an
//! Ethernet frame whose header or EtherType no dissector took, a TCP
//! header longer than its segment, and TCP's analysis notes before TLS.
//!
//! The expected values are tshark 4.0's (`tshark -n -r FILE -Y
//! frame.number==N -T fields -e _ws.col.Protocol -e _ws.col.Info`, default
//! preferences), so the test needs no tshark. It reads the captures from
//! `OSIDUMP_CORPUS` (skipped without it; failing when it is set to a
//! missing or empty folder).

mod common;

use assert_cmd::Command;

/// (capture under the corpus, frame number, Protocol, Info).
const CASES: &[(&str, usize, &str, &str)] = &[
    // A segment past a gap that starts no record, in a TLS 1.3 session:
    // TLS's Continuation Data after TCP's fenced note.
    (
        "zeek/tls/hrr.pcap",
        9,
        "TLSv1.3",
        "[TCP Previous segment not captured] , Continuation Data",
    ),
    (
        "zeek/tcp/tcp-fast-open.pcap",
        1,
        "TCP",
        "55533 → 80 [SYN] Seq=0 Win=29200 Len=0 MSS=1460 SACK_PERM TSval=14248099 TSecr=0 WS=128 TFO=R",
    ),
    (
        "zeek/tcp/tcp-fast-open.pcap",
        2,
        "TCP",
        "80 → 55533 [SYN, ACK] Seq=0 Ack=1 Win=28960 Len=0 MSS=1460 SACK_PERM TSval=4294965494 TSecr=14248099 WS=64 TFO=C",
    ),
    (
        "zeek/http/http_09.pcap",
        6,
        "TCP",
        "80 → 42960 [PSH, ACK] Seq=1 Ack=16 Win=65536 Len=51 TSval=991110379 TSecr=991110379",
    ),
    (
        "tcpdump/ipv6_no_next_header.pcap",
        1,
        "IPv6",
        "IPv6 no next header",
    ),
    (
        "pcapplusplus/QinQ_802.1_AD.pcapng",
        1,
        "IPv4",
        "Unknown (253)",
    ),
    (
        "tcpdump/ipv4_invalid_hdr_length.pcap",
        1,
        "IPv4",
        "Bogus IP header length (16, must be at least 20)",
    ),
    ("tcpdump/arp-oobr.pcap", 13, "ARP", "[Malformed Packet]"),
    (
        "tcpdump/arp-oobr.pcap",
        443,
        "ARP",
        "Who has 2d79c0a8? Tell 001f29da",
    ),
    (
        "zeek/trunc/ip4-trunc.pcap",
        1,
        "IPv4",
        "[Packet size limited during capture]",
    ),
    (
        "tcpdump/ipv6hdr-heapoverflow.pcap",
        1,
        "IPv6",
        "IPv6 hop-by-hop options[Packet size limited during capture]",
    ),
    (
        "pcap-parser/wireshark_samples-test.pcapng",
        152,
        "SSDP",
        "NOTIFY * HTTP/1.1 ",
    ),
    (
        "pcapplusplus/four_ipv6_http_streams.pcap",
        46,
        "HTTP",
        "HTTP/1.1 200 OK  (JPEG JFIF image)",
    ),
    (
        "pcapplusplus/four_ipv6_http_streams.pcap",
        80,
        "HTTP",
        "HTTP/1.1 200 OK  (GIF89a)",
    ),
    (
        "tcpdump/ipv4_tcp_http_xml.pcap",
        1,
        "HTTP/XML",
        "HTTP/1.1 200 OK ",
    ),
    (
        "pcapplusplus/IcmpPackets.pcap",
        11,
        "ICMP",
        "Time-to-live exceeded (Time to live exceeded in transit)",
    ),
    (
        "pcapplusplus/DnsPackets.pcap",
        421,
        "MDNS",
        "Standard query response 0x0000 PTR, cache flush Yaels-iPhone.local A, cache flush 10.0.0.2 NSEC, cache flush 2.0.0.10.in-addr.arpa NSEC, cache flush Yaels-iPhone.local OPT",
    ),
    (
        "pcapplusplus/Dns.pcap",
        1,
        "DNS",
        "Standard query response 0x2d6d A www.google-analytics.com CNAME www-google-analytics.l.google.com A 212.199.219.237 A 212.199.219.227 A 212.199.219.246 A 212.199.219.241 A 212.199.219.222 A 212.199.219.251 A 212.199.219.212 A 212.199.219.247 A 212.199.219.232 A 212.199.219.242 A 212.199.219.216 A 212.199.219.221 A 212.199.219.217 A 212.199.219.226 A 212.199.219.231 A 212.199.219.236",
    ),
    (
        "zeek/trunc/trunc-hdr.pcap",
        1,
        "Ethernet",
        "[Packet size limited during capture]",
    ),
    ("pcapplusplus/microsecs.pcap", 1, "0x0c0d", "Ethernet II"),
    (
        "pcapplusplus/tcp-malformed.pcap",
        1,
        "TCP",
        "49671 → 25014 [ACK] Seq=1464094811 Ack=1302630585 Win=2193[Malformed Packet]",
    ),
    (
        "pcapplusplus/tls1_3.pcap",
        4,
        "TLSv1.3",
        "[TCP ACKed unseen segment] , Server Hello, Change Cipher Spec",
    ),
];

#[test]
fn columns_agree_with_tshark_on_corpus_frames() {
    let Some(corpus) = common::corpus_dir() else {
        eprintln!("skipped: OSIDUMP_CORPUS is not set");
        return;
    };
    let mut wrong = Vec::new();
    for &(file, frame, protocol, info) in CASES {
        let out = Command::cargo_bin("osidump")
            .unwrap()
            .args([
                "dissect",
                "-T",
                "fields",
                "-e",
                "_ws.col.Protocol",
                "-e",
                "_ws.col.Info",
            ])
            .arg(corpus.join(file))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let Some(line) = text.lines().nth(frame - 1) else {
            wrong.push(format!("{file} frame {frame}: no such frame"));
            continue;
        };
        let want = format!("{protocol}\t{info}");
        if line != want {
            wrong.push(format!(
                "{file} frame {frame}:\n  tshark  {want:?}\n  osidump {line:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "columns differ from tshark's:\n{}",
        wrong.join("\n")
    );
}
