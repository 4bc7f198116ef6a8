//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod hostile;

use std::path::{Path, PathBuf};

/// The corpus folder `OSIDUMP_CORPUS` names, `None` when it is not set (the
/// caller says the test was skipped); a set variable naming a missing or
/// empty folder fails the test.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("OSIDUMP_CORPUS")?);
    let has_files = std::fs::read_dir(&dir)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false);
    assert!(
        has_files,
        "OSIDUMP_CORPUS is set to {} but that folder is missing or empty",
        dir.display()
    );
    Some(dir)
}

/// Every file under `dir` and its subfolders but the `.md` notes, sorted.
pub fn corpus_captures(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read corpus dir") {
            let p = entry.expect("dir entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_none_or(|e| e != "md") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// A real frame (tcpdump hex of a DNS query from samples/dns.pcap's shape):
/// Ethernet / IPv4 / UDP 53, 74 bytes.
///
/// ```text
/// 0000  02 00 00 00 00 02 02 00 00 00 00 01 08 00 45 00
/// 0010  00 3c 12 34 00 00 40 11 00 00 0a 63 00 01 0a 63
/// 0020  00 02 c3 50 00 35 00 28 00 00 ab cd 01 00 00 01
/// ...
/// ```
pub fn udp_frame() -> Vec<u8> {
    let mut f = vec![
        0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01, 0x08, 0x00, // eth
        0x45, 0x00, 0x00, 0x3c, 0x12, 0x34, 0x00, 0x00, 0x40, 0x11, 0x00, 0x00, // ip
        10, 99, 0, 1, 10, 99, 0, 2, // addrs
        0xc3, 0x50, 0x00, 0x35, 0x00, 0x28, 0x00, 0x00, // udp
    ];
    f.resize(74, 0x61);
    // Fill in the IPv4 header checksum.
    let mut sum: u32 = 0;
    for c in f[14..34].chunks(2) {
        sum += u32::from(u16::from_be_bytes([c[0], c[1]]));
    }
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    let ck = !(sum as u16);
    f[24..26].copy_from_slice(&ck.to_be_bytes());
    f
}

/// A little-endian microsecond pcap with `n` copies of `frame`.
pub fn pcap_with(n: usize, frame: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(24 + n * (16 + frame.len()));
    out.extend_from_slice(&0xa1b2_c3d4u32.to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&4u16.to_le_bytes());
    out.extend_from_slice(&0i32.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&65535u32.to_le_bytes());
    out.extend_from_slice(&1u32.to_le_bytes());
    for i in 0..n {
        out.extend_from_slice(&(1_700_000_000u32 + i as u32).to_le_bytes());
        out.extend_from_slice(&123_456u32.to_le_bytes());
        out.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        out.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        out.extend_from_slice(frame);
    }
    out
}

/// A little-endian microsecond pcap of link type `linktype` holding
/// `frames`, one second apart from `first_second` (no fraction).
pub fn pcap_of(linktype: u32, first_second: u32, frames: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&0xa1b2_c3d4u32.to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&4u16.to_le_bytes());
    out.extend_from_slice(&[0; 8]);
    out.extend_from_slice(&65535u32.to_le_bytes());
    out.extend_from_slice(&linktype.to_le_bytes());
    for (i, f) in frames.iter().enumerate() {
        out.extend_from_slice(&(first_second + i as u32).to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(&(f.len() as u32).to_le_bytes());
        out.extend_from_slice(&(f.len() as u32).to_le_bytes());
        out.extend_from_slice(f);
    }
    out
}

pub fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples")
}

pub fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Every capture in samples/, sorted.
pub fn samples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(samples_dir())
        .expect("samples/ exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "pcap" || e == "pcapng"))
        .collect();
    v.sort();
    v
}

/// The Internet checksum of `parts` joined (RFC 1071).
pub fn inet_checksum(parts: &[&[u8]]) -> u16 {
    let mut sum: u32 = 0;
    let mut odd: Option<u8> = None;
    for b in parts.iter().flat_map(|p| p.iter().copied()) {
        match odd.take() {
            Some(hi) => sum += u32::from(u16::from_be_bytes([hi, b])),
            None => odd = Some(b),
        }
    }
    if let Some(hi) = odd {
        sum += u32::from(hi) << 8;
    }
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}

/// Ethernet / IPv4 around a transport header and payload, checksums filled in
/// (`proto` 6: TCP, checksum at offset 16; 17: UDP, offset 6).
pub fn ipv4_frame(src: [u8; 4], dst: [u8; 4], proto: u8, l4: &[u8]) -> Vec<u8> {
    let mut l4 = l4.to_vec();
    let at = if proto == 6 { 16 } else { 6 };
    let len = (l4.len() as u16).to_be_bytes();
    let pseudo = [&src[..], &dst[..], &[0, proto], &len[..]].concat();
    l4[at..at + 2].copy_from_slice(&[0, 0]);
    let ck = inet_checksum(&[&pseudo, &l4]);
    l4[at..at + 2].copy_from_slice(&ck.to_be_bytes());
    let total = (20 + l4.len()) as u16;
    let mut ip = vec![0x45, 0, 0, 0, 0, 1, 0x40, 0, 64, proto, 0, 0];
    ip[2..4].copy_from_slice(&total.to_be_bytes());
    ip.extend_from_slice(&src);
    ip.extend_from_slice(&dst);
    let ck = inet_checksum(&[&ip]);
    ip[10..12].copy_from_slice(&ck.to_be_bytes());
    let mut f = vec![0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01, 0x08, 0x00];
    f.extend_from_slice(&ip);
    f.extend_from_slice(&l4);
    f
}

/// A UDP datagram from 10.99.0.1 to 10.99.0.2 as an Ethernet frame.
pub fn udp_datagram(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let mut udp = Vec::with_capacity(8 + payload.len());
    udp.extend_from_slice(&sport.to_be_bytes());
    udp.extend_from_slice(&dport.to_be_bytes());
    udp.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
    udp.extend_from_slice(&[0, 0]);
    udp.extend_from_slice(payload);
    ipv4_frame([10, 99, 0, 1], [10, 99, 0, 2], 17, &udp)
}

/// A TCP conversation between 10.99.0.1 (client) and 10.99.0.2 (server)
/// as Ethernet frames: handshake, data segments, FIN both ways.
pub struct TcpConv {
    ports: [u16; 2],
    /// Next sequence number of the client (0) and the server (1).
    seq: [u32; 2],
    pub frames: Vec<Vec<u8>>,
}

impl TcpConv {
    /// The three-way handshake from `client_port` to `server_port`.
    pub fn open(client_port: u16, server_port: u16) -> TcpConv {
        let mut c = TcpConv {
            ports: [client_port, server_port],
            seq: [1000, 5000],
            frames: Vec::new(),
        };
        c.segment(0, 0x002, b"");
        c.seq[0] += 1;
        c.segment(1, 0x012, b"");
        c.seq[1] += 1;
        c.segment(0, 0x010, b"");
        c
    }

    fn segment(&mut self, from: usize, flags: u8, data: &[u8]) {
        let ack = if flags & 0x10 != 0 {
            self.seq[1 - from]
        } else {
            0
        };
        self.segment_at(from, flags, self.seq[from], ack, data);
    }

    fn segment_at(&mut self, from: usize, flags: u8, seq: u32, ack: u32, data: &[u8]) {
        self.segment_urgent(from, flags, seq, ack, 0, data);
    }

    fn segment_urgent(
        &mut self,
        from: usize,
        flags: u8,
        seq: u32,
        ack: u32,
        urgent: u16,
        data: &[u8],
    ) {
        let to = 1 - from;
        let mut h = Vec::with_capacity(20 + data.len());
        h.extend_from_slice(&self.ports[from].to_be_bytes());
        h.extend_from_slice(&self.ports[to].to_be_bytes());
        h.extend_from_slice(&seq.to_be_bytes());
        h.extend_from_slice(&ack.to_be_bytes());
        h.extend_from_slice(&[0x50, flags, 0xff, 0xff, 0, 0]);
        h.extend_from_slice(&urgent.to_be_bytes());
        h.extend_from_slice(data);
        let ips = [[10, 99, 0, 1], [10, 99, 0, 2]];
        self.frames.push(ipv4_frame(ips[from], ips[to], 6, &h));
    }

    /// Data from the client (`from_client`) or the server, in one segment.
    pub fn send(&mut self, from_client: bool, data: &[u8]) -> &mut Self {
        let from = usize::from(!from_client);
        self.segment(from, 0x018, data);
        self.seq[from] = self.seq[from].wrapping_add(data.len() as u32);
        self
    }

    /// Data from the client or the server in one segment with the URG flag
    /// and `urgent` as its urgent pointer.
    pub fn send_urgent(&mut self, from_client: bool, data: &[u8], urgent: u16) -> &mut Self {
        let from = usize::from(!from_client);
        let ack = self.seq[1 - from];
        self.segment_urgent(from, 0x038, self.seq[from], ack, urgent, data);
        self.seq[from] = self.seq[from].wrapping_add(data.len() as u32);
        self
    }

    /// The sequence number the client's (or the server's) next byte takes.
    pub fn next_seq(&self, from_client: bool) -> u32 {
        self.seq[usize::from(!from_client)]
    }

    /// Data sent again from sequence number `seq`; bytes past what was
    /// sent before move the sequence number on.
    pub fn resend(&mut self, from_client: bool, seq: u32, data: &[u8]) -> &mut Self {
        let from = usize::from(!from_client);
        let ack = self.seq[1 - from];
        self.segment_at(from, 0x018, seq, ack, data);
        let end = seq.wrapping_add(data.len() as u32);
        if (end.wrapping_sub(self.seq[from]) as i32) > 0 {
            self.seq[from] = end;
        }
        self
    }

    /// `n` bare ACKs from the client (or the server) acknowledging `ack`
    /// (duplicate ACKs when it is below what the other side sent).
    pub fn acks(&mut self, from_client: bool, ack: u32, n: usize) -> &mut Self {
        let from = usize::from(!from_client);
        for _ in 0..n {
            self.segment_at(from, 0x010, self.seq[from], ack, b"");
        }
        self
    }

    /// Data from the client or the server that the capture missed: the
    /// sequence number moves on, no frame is written.
    pub fn lose(&mut self, from_client: bool, len: u32) -> &mut Self {
        let from = usize::from(!from_client);
        self.seq[from] = self.seq[from].wrapping_add(len);
        self
    }

    /// FIN from each side, each acknowledged.
    pub fn close(mut self) -> Vec<Vec<u8>> {
        for from in [0, 1] {
            self.segment(from, 0x011, b"");
            self.seq[from] += 1;
        }
        self.segment(0, 0x010, b"");
        self.frames
    }
}

/// A pcapng file whose one interface is named `interface`, holding
/// `frames` (Ethernet) a millisecond apart.
pub fn pcapng_with(interface: &str, frames: &[Vec<u8>]) -> Vec<u8> {
    use osidump::source::writer::{CaptureWriter, WriteFormat, WriterInfo};
    use osidump::source::{Frame, Timestamp};
    let info = WriterInfo {
        linktype: 1,
        snaplen: 262_144,
        interface: Some(interface.to_string()),
    };
    let mut w = CaptureWriter::new(Vec::new(), WriteFormat::PcapNg, &info).expect("header");
    for (i, data) in frames.iter().enumerate() {
        w.write_frame(&Frame {
            number: i as u64 + 1,
            ts: Timestamp::new(1_700_000_000, i as u32 * 1_000_000),
            orig_len: data.len() as u32,
            data,
            linktype: 1,
            interface_id: Some(0),
            section: Some(1),
            interface_name: Some(interface),
            comments: Default::default(),
            no_timestamp: false,
        })
        .expect("record");
    }
    w.finish().expect("flush")
}

/// A TLS 1.3 ClientHello record naming `sni` and offering one ALPN protocol.
pub fn client_hello(sni: &str, alpn: &str) -> Vec<u8> {
    let mut ext = Vec::new();
    // server_name: list (type 0 host_name, name).
    let name = sni.as_bytes();
    ext.extend_from_slice(&[0, 0]);
    ext.extend_from_slice(&((name.len() + 5) as u16).to_be_bytes());
    ext.extend_from_slice(&((name.len() + 3) as u16).to_be_bytes());
    ext.push(0);
    ext.extend_from_slice(&(name.len() as u16).to_be_bytes());
    ext.extend_from_slice(name);
    // ALPN: one protocol.
    let p = alpn.as_bytes();
    ext.extend_from_slice(&[0, 16]);
    ext.extend_from_slice(&((p.len() + 3) as u16).to_be_bytes());
    ext.extend_from_slice(&((p.len() + 1) as u16).to_be_bytes());
    ext.push(p.len() as u8);
    ext.extend_from_slice(p);
    let mut body = vec![3, 3];
    body.extend_from_slice(&[0x42; 32]);
    body.push(0); // session id
    body.extend_from_slice(&[0, 2, 0x13, 0x01]); // TLS_AES_128_GCM_SHA256
    body.extend_from_slice(&[1, 0]); // null compression
    body.extend_from_slice(&(ext.len() as u16).to_be_bytes());
    body.extend_from_slice(&ext);
    let mut hs = vec![1];
    hs.extend_from_slice(&(body.len() as u32).to_be_bytes()[1..]);
    hs.extend_from_slice(&body);
    let mut rec = vec![0x16, 3, 1];
    rec.extend_from_slice(&(hs.len() as u16).to_be_bytes());
    rec.extend_from_slice(&hs);
    rec
}

/// The bytes a hex string spells, white space ignored (certificates and
/// DER blobs pasted over several lines).
pub fn unhex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}

/// With `OSIDUMP_KEEP_CRAFTED=DIR` set, a crafted capture is written there
/// as `name`, to check it with tshark again.
pub fn keep_crafted(name: &str, pcap: &[u8]) {
    if let Some(dir) = std::env::var_os("OSIDUMP_KEEP_CRAFTED") {
        std::fs::write(Path::new(&dir).join(name), pcap).expect("keep");
    }
}

/// `osidump dissect [-Y filter] -T fields -e …` of `pcap` (on standard
/// input): one row per frame printed, the cells of `fields` in order.
pub fn fields_rows(pcap: Vec<u8>, filter: Option<&str>, fields: &[&str]) -> Vec<Vec<String>> {
    let filter_args = filter.map(|f| ["-Y", f]);
    fields_rows_with(
        pcap,
        filter_args.as_ref().map_or(&[][..], |a| &a[..]),
        fields,
    )
}

/// [`fields_rows`] with other `dissect` options before `-T fields` (e.g.
/// `["-E", "occurrence=a"]`).
pub fn fields_rows_with(pcap: Vec<u8>, options: &[&str], fields: &[&str]) -> Vec<Vec<String>> {
    let mut cmd = assert_cmd::Command::cargo_bin("osidump").expect("binary");
    cmd.arg("dissect");
    cmd.args(options);
    cmd.args(["-T", "fields"]);
    for f in fields {
        cmd.args(["-e", f]);
    }
    let out = cmd.arg("-").write_stdin(pcap).assert().success();
    String::from_utf8(out.get_output().stdout.clone())
        .expect("utf-8")
        .lines()
        .map(|l| l.split('\t').map(String::from).collect())
        .collect()
}
