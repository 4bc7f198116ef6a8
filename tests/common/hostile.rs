//! Hostile capture shapes, written by hand into a pcap stream: the shapes
//! that blew memory or time up in the adversarial review, at any scale.
//! Tests build small ones in memory; `examples/hostile.rs` writes full-size
//! ones to disk for `benches/hostile.sh`.
#![allow(dead_code)]

use std::io::{self, Write};

/// A little-endian microsecond pcap (Ethernet) being written.
pub struct Pcap<W: Write> {
    out: W,
    t: u64,
    /// Frames written.
    pub frames: u64,
}

impl<W: Write> Pcap<W> {
    pub fn new(mut out: W) -> io::Result<Self> {
        out.write_all(&0xa1b2_c3d4u32.to_le_bytes())?;
        out.write_all(&2u16.to_le_bytes())?;
        out.write_all(&4u16.to_le_bytes())?;
        out.write_all(&0i32.to_le_bytes())?;
        out.write_all(&0u32.to_le_bytes())?;
        out.write_all(&262_144u32.to_le_bytes())?;
        out.write_all(&1u32.to_le_bytes())?;
        Ok(Pcap {
            out,
            t: 1_700_000_000_000_000,
            frames: 0,
        })
    }

    /// One frame, 1 ms after the previous one.
    pub fn frame(&mut self, f: &[u8]) -> io::Result<()> {
        self.t += 1000;
        let (s, us) = (self.t / 1_000_000, self.t % 1_000_000);
        self.out.write_all(&(s as u32).to_le_bytes())?;
        self.out.write_all(&(us as u32).to_le_bytes())?;
        self.out.write_all(&(f.len() as u32).to_le_bytes())?;
        self.out.write_all(&(f.len() as u32).to_le_bytes())?;
        self.out.write_all(f)?;
        self.frames += 1;
        Ok(())
    }

    /// Capture time moves on `us` microseconds with no frame.
    pub fn pause(&mut self, us: u64) {
        self.t += us;
    }

    pub fn finish(self) -> W {
        self.out
    }
}

const ETH: [u8; 14] = [2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 8, 0];

pub fn csum(b: &[u8]) -> u16 {
    let mut s: u32 = b
        .chunks(2)
        .map(|c| u32::from(u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])))
        .sum();
    while s > 0xffff {
        s = (s & 0xffff) + (s >> 16);
    }
    !(s as u16)
}

/// Ethernet + IPv4 around `payload`.
pub fn ipv4(src: [u8; 4], dst: [u8; 4], proto: u8, id: u16, frag: u16, payload: &[u8]) -> Vec<u8> {
    let mut f = ETH.to_vec();
    let len = (20 + payload.len()) as u16;
    let mut h = vec![0x45, 0];
    h.extend_from_slice(&len.to_be_bytes());
    h.extend_from_slice(&id.to_be_bytes());
    h.extend_from_slice(&frag.to_be_bytes());
    h.extend_from_slice(&[64, proto, 0, 0]);
    h.extend_from_slice(&src);
    h.extend_from_slice(&dst);
    let c = csum(&h);
    h[10..12].copy_from_slice(&c.to_be_bytes());
    f.extend_from_slice(&h);
    f.extend_from_slice(payload);
    f
}

pub const SYN: u8 = 0x02;
pub const ACK: u8 = 0x10;
pub const PSH: u8 = 0x08;
pub const FIN: u8 = 0x01;

/// One side of a TCP connection: addresses, ports and the next sequence
/// number to send.
#[derive(Debug, Clone, Copy)]
pub struct Side {
    pub addr: [u8; 4],
    pub port: u16,
    pub seq: u32,
}

/// A TCP segment from `a` to `b` with sequence number `seq`.
pub fn tcp(a: &Side, b: &Side, seq: u32, flags: u8, data: &[u8]) -> Vec<u8> {
    let mut t = Vec::with_capacity(20 + data.len());
    t.extend_from_slice(&a.port.to_be_bytes());
    t.extend_from_slice(&b.port.to_be_bytes());
    t.extend_from_slice(&seq.to_be_bytes());
    t.extend_from_slice(&b.seq.to_be_bytes());
    t.extend_from_slice(&[5 << 4, flags]);
    t.extend_from_slice(&65535u16.to_be_bytes());
    t.extend_from_slice(&[0, 0, 0, 0]);
    t.extend_from_slice(data);
    ipv4(a.addr, b.addr, 6, 0, 0x4000, &t)
}

/// A connection `i` (distinct addresses and ports per `i`) after its
/// three-way handshake: (client, server).
pub fn connect<W: Write>(p: &mut Pcap<W>, i: u32, dport: u16) -> io::Result<(Side, Side)> {
    let mut c = Side {
        addr: [10, (i >> 16) as u8, (i >> 8) as u8, i as u8],
        port: 1024 + (i % 60000) as u16,
        seq: 1000,
    };
    let mut s = Side {
        addr: [11, 0, 0, 1],
        port: dport,
        seq: 5000,
    };
    p.frame(&tcp(&c, &Side { seq: 0, ..s }, c.seq, SYN, &[]))?;
    c.seq += 1;
    p.frame(&tcp(&s, &c, s.seq, SYN | ACK, &[]))?;
    s.seq += 1;
    p.frame(&tcp(&c, &s, c.seq, ACK, &[]))?;
    Ok((c, s))
}

/// `a` sends `data` in order, advancing its sequence number.
pub fn send<W: Write>(p: &mut Pcap<W>, a: &mut Side, b: &Side, data: &[u8]) -> io::Result<()> {
    p.frame(&tcp(a, b, a.seq, ACK | PSH, data))?;
    a.seq = a.seq.wrapping_add(data.len() as u32);
    Ok(())
}

/// `a` sends `data` cut into `seg`-byte segments, the first one last.
pub fn send_first_last<W: Write>(
    p: &mut Pcap<W>,
    a: &mut Side,
    b: &Side,
    data: &[u8],
    seg: usize,
) -> io::Result<()> {
    let base = a.seq;
    let pieces: Vec<&[u8]> = data.chunks(seg).collect();
    for (k, piece) in pieces.iter().enumerate().skip(1) {
        let off = (k * seg) as u32;
        p.frame(&tcp(a, b, base.wrapping_add(off), ACK | PSH, piece))?;
    }
    if let Some(first) = pieces.first() {
        p.frame(&tcp(a, b, base, ACK | PSH, first))?;
    }
    a.seq = base.wrapping_add(data.len() as u32);
    Ok(())
}

const WS_REQUEST: &[u8] = b"GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
const WS_REQUEST_DEFLATE: &[u8] = b"GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n";
const WS_RESPONSE: &[u8] = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
const WS_RESPONSE_DEFLATE: &[u8] = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n";

/// Pipelined 2-byte WebSocket frames (empty text frames from the server)
/// in `segments` segments of 560 bytes, arriving out of order, the first
/// last.
pub fn ws_pipelined_out_of_order<W: Write>(p: &mut Pcap<W>, segments: usize) -> io::Result<()> {
    let (mut c, mut s) = connect(p, 1, 8765)?;
    send(p, &mut c, &s, WS_REQUEST)?;
    send(p, &mut s, &c, WS_RESPONSE)?;
    let frames: Vec<u8> = [0x81u8, 0x00].repeat(segments * 280);
    send_first_last(p, &mut s, &c, &frames, 560)
}

/// `frames` pipelined 2-byte WebSocket frames (empty text frames from the
/// server) in one segment (at most 32 000 fit).
pub fn ws_frames_in_one_segment<W: Write>(p: &mut Pcap<W>, frames: usize) -> io::Result<()> {
    let (mut c, mut s) = connect(p, 1, 8765)?;
    send(p, &mut c, &s, WS_REQUEST)?;
    send(p, &mut s, &c, WS_RESPONSE)?;
    send(p, &mut s, &c, &[0x81u8, 0x00].repeat(frames))
}

/// Pipelined 18-byte GET requests in `segments` segments of 560 bytes,
/// out of order, the first last.
pub fn http_pipelined_out_of_order<W: Write>(p: &mut Pcap<W>, segments: usize) -> io::Result<()> {
    let (mut c, s) = connect(p, 2, 80)?;
    let req = b"GET / HTTP/1.1\r\n\r\n";
    let mut data = Vec::with_capacity(segments * 560);
    while data.len() < segments * 560 {
        data.extend_from_slice(req);
    }
    data.truncate(segments * 560);
    send_first_last(p, &mut c, &s, &data, 560)
}

/// One connection with a 1000-byte hole, then `bytes` of pipelined GETs
/// in 1400-byte segments.
pub fn hole_then_gets<W: Write>(p: &mut Pcap<W>, bytes: usize) -> io::Result<()> {
    let (mut c, s) = connect(p, 3, 80)?;
    c.seq = c.seq.wrapping_add(1000);
    let req = b"GET / HTTP/1.1\r\n\r\n";
    let mut seg = Vec::with_capacity(1404);
    let mut sent = 0;
    while sent < bytes {
        seg.clear();
        while seg.len() + req.len() <= 1400 {
            seg.extend_from_slice(req);
        }
        send(p, &mut c, &s, &seg)?;
        sent += seg.len();
    }
    Ok(())
}

/// One stream of `bytes` with a hole at its start (nothing after it can
/// be delivered in order), 1400-byte segments.
pub fn stream_after_hole<W: Write>(p: &mut Pcap<W>, bytes: usize) -> io::Result<()> {
    let (mut c, s) = connect(p, 4, 80)?;
    c.seq = c.seq.wrapping_add(1400);
    let seg = vec![b'x'; 1400];
    let mut sent = 0;
    while sent < bytes {
        send(p, &mut c, &s, &seg)?;
        sent += seg.len();
    }
    Ok(())
}

/// `n` WebSocket connections that negotiate permessage-deflate and send
/// one compressed message each way (so both sides keep an inflater), and
/// never close.
pub fn deflate_connections<W: Write>(p: &mut Pcap<W>, n: u32) -> io::Result<()> {
    // "hello" compressed with a raw deflate stream, sync-flushed, the
    // trailing 00 00 ff ff removed (RFC 7692 7.2.1).
    let msg = [0xf2, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00];
    for i in 0..n {
        // Client ports 51124 and up: no dissector of tshark's has one (the
        // lower port of a conversation is tried before the heuristics, and
        // 1194 is OpenVPN's).
        let (mut c, mut s) = connect(p, 50_100 + i, 8765)?;
        send(p, &mut c, &s, WS_REQUEST_DEFLATE)?;
        send(p, &mut s, &c, WS_RESPONSE_DEFLATE)?;
        let mut server = vec![0xc1, msg.len() as u8];
        server.extend_from_slice(&msg);
        send(p, &mut s, &c, &server)?;
        let mut client = vec![0xc1, 0x80 | msg.len() as u8, 0, 0, 0, 0];
        client.extend_from_slice(&msg);
        send(p, &mut c, &s, &client)?;
    }
    Ok(())
}

/// `n` WebSocket connections (plain), each with one message each way.
pub fn ws_connections<W: Write>(p: &mut Pcap<W>, n: u32) -> io::Result<()> {
    for i in 0..n {
        let (mut c, mut s) = connect(p, 200_000 + i, 8765)?;
        send(p, &mut c, &s, WS_REQUEST)?;
        send(p, &mut s, &c, WS_RESPONSE)?;
        send(p, &mut s, &c, &[0x81, 2, b'h', b'i'])?;
        send(p, &mut c, &s, &[0x81, 0x82, 0, 0, 0, 0, b'h', b'i'])?;
    }
    Ok(())
}

/// `n` TCP streams each holding 1024 bytes past a gap that never fills.
pub fn gapped_streams<W: Write>(p: &mut Pcap<W>, n: u32) -> io::Result<()> {
    let data = [0x55u8; 1024];
    for i in 0..n {
        let (mut c, s) = connect(p, 300_000 + i, 9000)?;
        c.seq = c.seq.wrapping_add(100);
        send(p, &mut c, &s, &data)?;
    }
    Ok(())
}

/// `n` DNS queries, each with its own port and id, never answered.
pub fn unanswered_dns<W: Write>(p: &mut Pcap<W>, n: u32) -> io::Result<()> {
    for i in 0..n {
        let mut q = Vec::new();
        q.extend_from_slice(&(i as u16).to_be_bytes());
        q.extend_from_slice(&[1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
        q.extend_from_slice(b"\x07example\x04test\x00\x00\x01\x00\x01");
        let sport = 1024 + (i % 60000) as u16;
        let mut u = Vec::new();
        u.extend_from_slice(&sport.to_be_bytes());
        u.extend_from_slice(&53u16.to_be_bytes());
        u.extend_from_slice(&((8 + q.len()) as u16).to_be_bytes());
        u.extend_from_slice(&[0, 0]);
        u.extend_from_slice(&q);
        let src = [10, (i >> 16) as u8, (i >> 8) as u8, i as u8];
        p.frame(&ipv4(src, [11, 0, 0, 53], 17, 0, 0, &u))?;
    }
    Ok(())
}

/// `n` first fragments of IPv4 datagrams that never complete.
pub fn dangling_fragments<W: Write>(p: &mut Pcap<W>, n: u32) -> io::Result<()> {
    let payload = [0x33u8; 256];
    for i in 0..n {
        let src = [10, (i >> 16) as u8, (i >> 8) as u8, i as u8];
        // More fragments set, offset 0: the rest never comes.
        p.frame(&ipv4(src, [11, 0, 0, 2], 17, i as u16, 0x2000, &payload))?;
    }
    Ok(())
}

/// `batches` batches of `per_batch` short TCP conversations (handshake,
/// a request and an answer, FIN both ways, last ACK), two minutes of
/// silence after each: an ordinary long capture, whose conversations all
/// finish and are forgotten, so the state kept for them must go too.
pub fn finished_conversations<W: Write>(
    p: &mut Pcap<W>,
    batches: u32,
    per_batch: u32,
) -> io::Result<()> {
    for b in 0..batches {
        for i in 0..per_batch {
            let (mut c, mut s) = connect(p, 400_000 + b * per_batch + i, 80)?;
            send(p, &mut c, &s, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")?;
            send(p, &mut s, &c, b"HTTP/1.1 204 No Content\r\n\r\n")?;
            p.frame(&tcp(&c, &s, c.seq, FIN | ACK, &[]))?;
            c.seq += 1;
            p.frame(&tcp(&s, &c, s.seq, FIN | ACK, &[]))?;
            s.seq += 1;
            p.frame(&tcp(&c, &s, c.seq, ACK, &[]))?;
        }
        p.pause(120_000_000);
    }
    Ok(())
}

/// `n` ICMP echo requests (distinct hosts, identifiers and sequence
/// numbers), never answered.
pub fn unanswered_pings<W: Write>(p: &mut Pcap<W>, n: u32) -> io::Result<()> {
    for i in 0..n {
        let mut icmp = vec![8, 0, 0, 0];
        icmp.extend_from_slice(&(i as u16).to_be_bytes());
        icmp.extend_from_slice(&((i >> 16) as u16).to_be_bytes());
        icmp.extend_from_slice(&[0x61; 32]);
        let c = csum(&icmp);
        icmp[2..4].copy_from_slice(&c.to_be_bytes());
        let src = [10, (i >> 16) as u8, (i >> 8) as u8, i as u8];
        p.frame(&ipv4(src, [11, 0, 0, 3], 1, 0, 0, &icmp))?;
    }
    Ok(())
}

/// A pcap in memory of one shape.
pub fn in_memory(shape: impl FnOnce(&mut Pcap<Vec<u8>>) -> io::Result<()>) -> Vec<u8> {
    let mut p = Pcap::new(Vec::new()).expect("vec");
    shape(&mut p).expect("vec");
    p.finish()
}
