//! The same conversation with other segment sizes: every IPv4 (or IPv6) TCP
//! segment of a capture cut into pieces of a few bytes, as a sender with a
//! small MSS (or a slow writer) would have sent it. Reassembly must then
//! give tshark's frames, columns and protocols: tests/resegmented.rs, and
//! `examples/resegment.rs` (what tshark reads for the goldens) both use
//! this one rewriter.
//!
//! [`fragment`] does the same one layer down: IPv4 datagrams sent as
//! fragments, which IP must put together before UDP (or TCP) reads them;
//! [`reorder`] swaps segments, as a network that reorders them would.
//!
//! Input: little-endian pcap (micro- or nanosecond), Ethernet. A segment
//! is cut when it was captured whole, its IPv4 header is not a fragment
//! (or its IPv6 header is followed by TCP's) and its payload is longer
//! than the piece size; each piece keeps the
//! headers (TCP options too) with its own sequence number, lengths and
//! checksums, the timestamp of the original, PSH and FIN on the last
//! piece only. Everything else is copied as it is.

/// `pcap` with its TCP payloads cut to pieces of at most `size` bytes;
/// `None` when it is not a little-endian Ethernet pcap.
pub fn resegment(pcap: &[u8], size: usize) -> Option<Vec<u8>> {
    if size == 0 {
        return None;
    }
    rewrite(pcap, |pkt| pieces(pkt, size))
}

fn record(out: &mut Vec<u8>, ts: u32, frac: u32, frame: &[u8]) {
    for w in [ts, frac, frame.len() as u32, frame.len() as u32] {
        out.extend_from_slice(&w.to_le_bytes());
    }
    out.extend_from_slice(frame);
}

/// `pcap` with every IPv4 datagram (not already a fragment) whose payload
/// is longer than `size` bytes (rounded down to a multiple of 8, at least
/// 8) sent as fragments of that many payload bytes, as a router on a link
/// of a small MTU would send it: the same identification, offsets in
/// 8-byte units, MF on all but the last, the header (options too) copied
/// into each with its length and checksum; `None` when it is not a
/// little-endian Ethernet pcap.
pub fn fragment(pcap: &[u8], size: usize) -> Option<Vec<u8>> {
    let size = (size / 8 * 8).max(8);
    rewrite(pcap, |pkt| ip_fragments(pkt, size))
}

/// `pcap` with every `every`-th IPv4 TCP segment carrying data captured
/// after the next one of the same direction (when that one follows within
/// five frames): the two swap places, timestamps staying where they were,
/// as a capture shows segments a network reordered. `None` when it is not
/// a little-endian Ethernet pcap.
pub fn reorder(pcap: &[u8], every: usize) -> Option<Vec<u8>> {
    if every == 0 {
        return None;
    }
    // The frames (with their lengths) swap places; the timestamps stay.
    let mut recs = records(pcap)?;
    let stamps: Vec<&[u8]> = recs.iter().map(|(head, _)| &head[..8]).collect();
    let (mut seen, mut i) = (0, 0);
    while i < recs.len() {
        if let Some(f) = data_flow(recs[i].1) {
            seen += 1;
            if seen % every == 0
                && let Some(j) =
                    (i + 1..recs.len().min(i + 6)).find(|&j| data_flow(recs[j].1) == Some(f))
            {
                recs.swap(i, j);
                i = j;
            }
        }
        i += 1;
    }
    let mut out = pcap[..24].to_vec();
    for (stamp, (head, pkt)) in stamps.into_iter().zip(recs) {
        out.extend_from_slice(stamp);
        out.extend_from_slice(&head[8..]);
        out.extend_from_slice(pkt);
    }
    Some(out)
}

/// `pcap` with every `every`-th IPv4 TCP segment carrying data followed by
/// a keep-alive of its sender, as a host probing an idle peer sends one:
/// the same headers, the sequence number of the segment's last byte, one
/// zero byte of payload, PSH and FIN cleared, the lengths and checksums
/// recomputed, the segment's timestamp. `None` when it is not a
/// little-endian Ethernet pcap.
pub fn keepalive(pcap: &[u8], every: usize) -> Option<Vec<u8>> {
    if every == 0 {
        return None;
    }
    let mut seen = 0;
    rewrite(pcap, |pkt| {
        data_flow(pkt)?;
        seen += 1;
        if seen % every != 0 {
            return None;
        }
        let ihl = usize::from(pkt[14] & 15) * 4;
        let t = 14 + ihl;
        let thl = usize::from(pkt[t + 12] >> 4) * 4;
        let total = usize::from(u16::from_be_bytes([pkt[16], pkt[17]]));
        if pkt[20] & 0x3f != 0 || pkt[21] != 0 || thl < 20 || 14 + total > pkt.len() {
            return None;
        }
        let len = total - ihl - thl;
        let seq = u32::from_be_bytes(pkt[t + 4..t + 8].try_into().unwrap());
        let mut ip = pkt[14..t].to_vec();
        ip[2..4].copy_from_slice(&((ihl + thl + 1) as u16).to_be_bytes());
        ip[10..12].fill(0);
        let c = checksum(&[&ip]);
        ip[10..12].copy_from_slice(&c.to_be_bytes());
        let mut pseudo = ip[12..20].to_vec();
        pseudo.extend_from_slice(&[0, 6]);
        pseudo.extend_from_slice(&((thl + 1) as u16).to_be_bytes());
        let mut tcp = pkt[t..t + thl].to_vec();
        tcp[4..8].copy_from_slice(&seq.wrapping_add(len as u32 - 1).to_be_bytes());
        tcp[13] &= !0x09;
        tcp[16..18].fill(0);
        let c = checksum(&[&pseudo, &tcp, &[0]]);
        tcp[16..18].copy_from_slice(&c.to_be_bytes());
        let mut ka = pkt[..14].to_vec();
        ka.extend_from_slice(&ip);
        ka.extend_from_slice(&tcp);
        ka.push(0);
        Some(vec![pkt[..14 + total].to_vec(), ka])
    })
}

/// The addresses and ports of an Ethernet/IPv4/TCP frame with data.
fn data_flow(pkt: &[u8]) -> Option<[u8; 12]> {
    if pkt.len() < 54 || pkt[12..14] != [8, 0] || pkt[23] != 6 {
        return None;
    }
    let ihl = usize::from(pkt[14] & 15) * 4;
    let t = 14 + ihl;
    let thl = usize::from(*pkt.get(t + 12)? >> 4) * 4;
    let total = usize::from(u16::from_be_bytes([pkt[16], pkt[17]]));
    if total <= ihl + thl {
        return None;
    }
    let mut k = [0u8; 12];
    k[..8].copy_from_slice(&pkt[26..34]);
    k[8..].copy_from_slice(pkt.get(t..t + 4)?);
    Some(k)
}

/// The records of a little-endian Ethernet pcap: (its 16-byte record
/// header, the frame), in order; `None` for another kind of file. A record
/// cut short ends the list.
fn records(pcap: &[u8]) -> Option<Vec<(&[u8], &[u8])>> {
    let magic = u32::from_le_bytes(pcap.get(..4)?.try_into().ok()?);
    let link = u32::from_le_bytes(pcap.get(20..24)?.try_into().ok()?);
    if !matches!(magic, 0xa1b2_c3d4 | 0xa1b2_3c4d) || link != 1 {
        return None;
    }
    let mut out = Vec::new();
    let mut at = 24;
    while let Some(head) = pcap.get(at..at + 16) {
        let incl = u32::from_le_bytes(head[8..12].try_into().unwrap()) as usize;
        let Some(pkt) = pcap.get(at + 16..at + 16 + incl) else {
            break;
        };
        out.push((head, pkt));
        at += 16 + incl;
    }
    Some(out)
}

/// `pcap` with each frame captured whole replaced by the frames `f` makes
/// of it (with its timestamp), or kept when `f` gives none.
fn rewrite(pcap: &[u8], mut f: impl FnMut(&[u8]) -> Option<Vec<Vec<u8>>>) -> Option<Vec<u8>> {
    let mut out = pcap[..24].to_vec();
    for (head, pkt) in records(pcap)? {
        let word = |i: usize| u32::from_le_bytes(head[i..i + 4].try_into().unwrap());
        let whole = word(12) as usize == pkt.len();
        match f(pkt) {
            Some(frames) if whole => {
                for fr in frames {
                    record(&mut out, word(0), word(4), &fr);
                }
            }
            _ => {
                out.extend_from_slice(head);
                out.extend_from_slice(pkt);
            }
        }
    }
    Some(out)
}

/// The fragments one Ethernet/IPv4 frame becomes, `None` to keep it.
fn ip_fragments(pkt: &[u8], size: usize) -> Option<Vec<Vec<u8>>> {
    if pkt.len() < 34 || pkt[12..14] != [8, 0] || pkt[14] >> 4 != 4 {
        return None;
    }
    if pkt[20] & 0x3f != 0 || pkt[21] != 0 {
        return None;
    }
    let ihl = usize::from(pkt[14] & 15) * 4;
    let total = usize::from(u16::from_be_bytes([pkt[16], pkt[17]]));
    if ihl < 20 || total < ihl || 14 + total > pkt.len() {
        return None;
    }
    let payload = &pkt[14 + ihl..14 + total];
    if payload.len() <= size {
        return None;
    }
    let mut frames = Vec::new();
    for (i, part) in payload.chunks(size).enumerate() {
        let at = i * size;
        let mut ip = pkt[14..14 + ihl].to_vec();
        ip[2..4].copy_from_slice(&((ihl + part.len()) as u16).to_be_bytes());
        let more = at + part.len() < payload.len();
        let flags_offset = (u16::from(ip[6] & 0x40) << 8) // DF kept
            | if more { 0x2000 } else { 0 }
            | (at / 8) as u16;
        ip[6..8].copy_from_slice(&flags_offset.to_be_bytes());
        ip[10..12].fill(0);
        let c = checksum(&[&ip]);
        ip[10..12].copy_from_slice(&c.to_be_bytes());
        let mut f = pkt[..14].to_vec();
        f.extend_from_slice(&ip);
        f.extend_from_slice(part);
        frames.push(f);
    }
    Some(frames)
}

/// The frames one Ethernet/IP/TCP frame becomes (IPv4 not fragmented, or
/// IPv6 with TCP right after its header), `None` to keep it.
fn pieces(pkt: &[u8], size: usize) -> Option<Vec<Vec<u8>>> {
    // (IP header length, bytes of IP header and payload)
    let (ihl, total) = match pkt.get(12..14)? {
        [8, 0] if pkt.len() >= 34 && pkt[14] >> 4 == 4 && pkt[23] == 6 => {
            // Not a fragment (MF clear, offset zero).
            if pkt[20] & 0x3f != 0 || pkt[21] != 0 {
                return None;
            }
            let ihl = usize::from(pkt[14] & 15) * 4;
            let total = usize::from(u16::from_be_bytes([pkt[16], pkt[17]]));
            (ihl, total)
        }
        [0x86, 0xdd] if pkt.len() >= 54 && pkt[14] >> 4 == 6 && pkt[20] == 6 => {
            (40, 40 + usize::from(u16::from_be_bytes([pkt[18], pkt[19]])))
        }
        _ => return None,
    };
    let v4 = ihl != 40 || pkt[14] >> 4 == 4;
    let t = 14 + ihl;
    let thl = usize::from(*pkt.get(t + 12)? >> 4) * 4;
    if ihl < 20 || thl < 20 || 14 + total > pkt.len() || t + thl > 14 + total {
        return None;
    }
    let payload = &pkt[t + thl..14 + total];
    if payload.len() <= size {
        return None;
    }
    let seq = u32::from_be_bytes(pkt[t + 4..t + 8].try_into().unwrap());
    let mut frames = Vec::new();
    for (i, part) in payload.chunks(size).enumerate() {
        let at = i * size;
        let mut ip = pkt[14..t].to_vec();
        let mut pseudo;
        if v4 {
            ip[2..4].copy_from_slice(&((ihl + thl + part.len()) as u16).to_be_bytes());
            ip[10..12].fill(0);
            let c = checksum(&[&ip]);
            ip[10..12].copy_from_slice(&c.to_be_bytes());
            pseudo = ip[12..20].to_vec();
            pseudo.extend_from_slice(&[0, 6]);
            pseudo.extend_from_slice(&((thl + part.len()) as u16).to_be_bytes());
        } else {
            ip[4..6].copy_from_slice(&((thl + part.len()) as u16).to_be_bytes());
            pseudo = ip[8..40].to_vec();
            pseudo.extend_from_slice(&((thl + part.len()) as u32).to_be_bytes());
            pseudo.extend_from_slice(&[0, 0, 0, 6]);
        }
        let mut tcp = pkt[t..t + thl].to_vec();
        tcp[4..8].copy_from_slice(&seq.wrapping_add(at as u32).to_be_bytes());
        if at + part.len() < payload.len() {
            tcp[13] &= !0x09; // FIN and PSH go with the last piece
        }
        tcp[16..18].fill(0);
        let c = checksum(&[&pseudo, &tcp, part]);
        tcp[16..18].copy_from_slice(&c.to_be_bytes());
        let mut f = pkt[..14].to_vec();
        f.extend_from_slice(&ip);
        f.extend_from_slice(&tcp);
        f.extend_from_slice(part);
        frames.push(f);
    }
    Some(frames)
}

/// The Internet checksum of the parts, read as one run of bytes (each
/// part but the last of even length).
fn checksum(parts: &[&[u8]]) -> u16 {
    let mut sum = 0u32;
    for p in parts {
        for w in p.chunks(2) {
            sum += u32::from(u16::from_be_bytes([w[0], *w.get(1).unwrap_or(&0)]));
        }
    }
    while sum >> 16 != 0 {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}
