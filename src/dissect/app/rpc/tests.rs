//! ONC-RPC as tshark 4.0 shows it (bytes of zeek's nfs_base.pcap, written
//! out here; the values are those `tshark -T fields` printed for them).

use super::*;
use crate::dissect::app::testing::{Feed, one, vals};
use crate::flow::ConvKey;

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn layers(m: &[Message]) -> Vec<Layer<'static>> {
    m.iter().map(|m| m.layer.clone()).collect()
}

fn info_of(ls: &[Layer<'_>]) -> String {
    let mut s = String::new();
    info(&mut s, ls, ls.len() - 1);
    s
}

/// NFS v3 NULL call and reply (TCP, one record each).
const NULL_CALL: &str =
    "800000287c12af6e0000000000000002000186a3000000030000000000000000000000000000000000000000";
const NULL_REPLY: &str = "800000187c12af6e0000000100000000000000000000000000000000";
/// NFS v3 GETATTR call (AUTH_UNIX) and reply.
const GETATTR_CALL: &str = "80000070f91f87dc0000000000000002000186a30000000300000001000000010000003001231cc50000000b706464657662616c3830320000000000000000000000000400000000000000050000000a0000001800000000000000000000001401000600ea2cbb4a9ef74995a5365628ceda60a2";
const GETATTR_REPLY: &str = "80000070f91f87dc00000001000000000000000000000000000000000000000000000002000043ff0000000f000000000000000000000000000010000000000000001000000000000000000037292d5062ed1a4f000000000000008000000000000000005a46799c2352a73b5a46799c2352a73b";
/// MOUNT v3 MNT call and reply (UDP, 765 → 20048).
const MNT_CALL: &str = "a5279a550000000000000002000186a50000000300000001000000010000003001231cc50000000b706464657662616c3830320000000000000000000000000400000000000000050000000a0000001800000000000000000000000c2f706464657662616c383031";
const MNT_REPLY: &str = "a5279a550000000100000000000000000000000000000000000000000000001401000600ea2cbb4a9ef74995a5365628ceda60a20000000100000001";

fn feed() -> Feed<RpcTcp> {
    Feed::with(RpcTcp::new(), 2049)
}

#[test]
fn tcp_null_call_and_reply_match() {
    assert_eq!(probe_tcp(&hex(NULL_CALL)), super::super::Probe::Certain);
    let mut c = feed();
    c.d.set_time_ns(1_000);
    let ls = layers(&c.seg(Dir::Client, &hex(NULL_CALL)));
    assert_eq!(ls.len(), 2);
    assert_eq!(ls[0].protocol, "rpc");
    assert_eq!(one(&ls[0], "rpc.xid"), "0x7c12af6e");
    assert_eq!(one(&ls[0], "rpc.lastfrag"), "1");
    assert_eq!(one(&ls[0], "rpc.fraglen"), "40");
    assert_eq!(one(&ls[0], "rpc.program"), "100003");
    assert_eq!(one(&ls[0], "rpc.procedure"), "0");
    assert_eq!(vals(&ls[0], "rpc.auth.flavor"), ["0", "0"]);
    // The body is empty: NFS's tree without its dissector's call.
    assert_eq!(ls[1].protocol, "nfs");
    assert!(!ls[1].has(f::rpc::OSIDUMP_BODY));
    assert_eq!(one(&ls[1], "nfs.procedure_v3"), "0");
    assert_eq!(info_of(&ls), "V3 NULL Call");
    let call_frame = c.frame;
    c.d.set_time_ns(168_000);
    let ls = layers(&c.seg(Dir::Server, &hex(NULL_REPLY)));
    assert_eq!(one(&ls[0], "rpc.msgtyp"), "1");
    assert_eq!(one(&ls[0], "rpc.repframe"), call_frame.to_string());
    assert_eq!(one(&ls[0], "rpc.time"), "0.000167000");
    assert_eq!(one(&ls[0], "rpc.replystat"), "0");
    assert_eq!(one(&ls[0], "rpc.state_accept"), "0");
    assert_eq!(
        info_of(&ls),
        format!("V3 NULL Reply (Call In {call_frame})")
    );
}

#[test]
fn getattr_call_and_reply_over_tcp() {
    let mut c = feed();
    let ls = layers(&c.seg(Dir::Client, &hex(GETATTR_CALL)));
    assert_eq!(one(&ls[0], "rpc.auth.machinename"), "pddevbal802");
    assert_eq!(one(&ls[0], "rpc.auth.stamp"), "0x01231cc5");
    assert_eq!(vals(&ls[0], "rpc.auth.gid"), ["0", "0", "5", "10", "24"]);
    assert_eq!(one(&ls[1], "nfs.fh.hash"), "0x56d448b4");
    assert_eq!(one(&ls[1], "nfs.fh.length"), "20");
    assert_eq!(info_of(&ls), "V3 GETATTR Call, FH: 0x56d448b4");
    let ls = layers(&c.seg(Dir::Server, &hex(GETATTR_REPLY)));
    assert_eq!(one(&ls[1], "nfs.status3"), "0");
    assert_eq!(one(&ls[1], "nfs.fattr3.type"), "2");
    assert_eq!(one(&ls[1], "nfs.mode3"), "17407");
    assert_eq!(one(&ls[1], "nfs.fattr3.fsid"), "0x37292d5062ed1a4f");
    assert_eq!(one(&ls[1], "nfs.fattr3.fileid"), "128");
    assert_eq!(one(&ls[1], "nfs.mtime.sec"), "1514568092");
    assert!(
        info_of(&ls).ends_with("  Directory mode: 1777 uid: 0 gid: 0"),
        "{}",
        info_of(&ls)
    );
}

#[test]
fn a_record_cut_across_segments_is_reassembled() {
    let mut c = feed();
    let b = hex(GETATTR_CALL);
    assert!(c.seg(Dir::Client, &b[..30]).is_empty());
    let ls = layers(&c.seg(Dir::Client, &b[30..]));
    assert_eq!(ls[0].protocol, "rpc");
    assert_eq!(one(&ls[1], "nfs.fh.hash"), "0x56d448b4");
}

#[test]
fn two_records_in_one_segment_and_fragments() {
    let mut c = feed();
    let mut b = hex(NULL_CALL);
    let mut second = hex(NULL_CALL);
    second[7] ^= 1; // another XID
    b.extend_from_slice(&second);
    let ls = layers(&c.seg(Dir::Client, &b));
    let rpcs: Vec<_> = ls.iter().filter(|l| l.protocol == "rpc").collect();
    assert_eq!(rpcs.len(), 2);
    assert!(rpcs[0].has(f::rpc::OSIDUMP_CALL));
    assert!(!rpcs[1].has(f::rpc::OSIDUMP_CALL));
    assert_eq!(info_of(&ls), "V3 NULL Call  ; V3 NULL Call");
    // One record in two fragments: the first shown as a fragment, the
    // message with the last.
    let whole = hex(GETATTR_CALL);
    let body = &whole[4..];
    let mut frag1 = vec![0, 0, 0, 40];
    frag1.extend_from_slice(&body[..40]);
    let mut frag2 = (0x8000_0000u32 | (body.len() - 40) as u32)
        .to_be_bytes()
        .to_vec();
    frag2.extend_from_slice(&body[40..]);
    let ls = layers(&c.seg(Dir::Client, &frag1));
    assert_eq!(ls.len(), 1);
    assert_eq!(one(&ls[0], "rpc.lastfrag"), "0");
    let ls = layers(&c.seg(Dir::Client, &frag2));
    assert_eq!(one(&ls[1], "nfs.fh.hash"), "0x56d448b4");
}

fn dgram<'a>(payload: &'a [u8], frame: u64, to_server: bool) -> Datagram<'a> {
    let client = ([10, 111, 131, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 765);
    let server = (
        [10, 111, 131, 132, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        20048,
    );
    let (src, dst) = if to_server {
        (client, server)
    } else {
        (server, client)
    };
    Datagram {
        payload,
        reported: payload.len(),
        at: 42,
        sport: src.1,
        dport: dst.1,
        conv: ConvKey::new(false, src, dst).0,
        frame,
        ts_ns: frame as i128 * 1000,
        cut: false,
        nested: false,
        src_is_a: true,
        memory_pressed: false,
    }
}

#[test]
fn udp_mount_call_and_reply() {
    let mut d = RpcUdp::default();
    let call = hex(MNT_CALL);
    assert_eq!(probe_udp(&call), super::super::Probe::Certain);
    let mut out = Vec::new();
    d.datagram(&dgram(&call, 15, true), &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].protocol, "mount");
    assert_eq!(one(&out[1], "mount.path"), "/pddevbal801");
    assert_eq!(info_of(&out), "V3 MNT Call /pddevbal801");
    let reply = hex(MNT_REPLY);
    let rd = dgram(&reply, 16, false);
    assert!(d.claims(&rd, true));
    let mut out = Vec::new();
    d.datagram(&rd, &mut out);
    assert_eq!(one(&out[0], "rpc.repframe"), "15");
    assert_eq!(one(&out[1], "mount.status"), "0");
    assert_eq!(one(&out[1], "nfs.fh.hash"), "0x56d448b4");
    assert_eq!(one(&out[1], "mount.flavors"), "1");
    assert_eq!(one(&out[1], "mount.flavor"), "1");
    // The same reply again: a duplicate of the first.
    let rd = dgram(&reply, 17, false);
    let mut out = Vec::new();
    d.datagram(&rd, &mut out);
    assert_eq!(one(&out[0], "rpc.reply.dup"), "16");
    // A reply to no call is not RPC away from port 111.
    let mut other = reply.clone();
    other[0] ^= 0xff;
    assert!(!d.claims(&dgram(&other, 18, false), true));
}

#[test]
fn truncated_and_malformed_input_never_panics() {
    let mut d = RpcUdp::default();
    for src in [MNT_CALL, MNT_REPLY, GETATTR_CALL, GETATTR_REPLY] {
        let b = hex(src);
        for cut in 0..b.len() {
            for skip in [0, 4] {
                let p = &b[skip.min(cut)..cut];
                let mut out = Vec::new();
                d.datagram(&dgram(p, 20 + cut as u64, true), &mut out);
                let mut out = Vec::new();
                d.datagram(&dgram(p, 20 + cut as u64, false), &mut out);
                let mut c = feed();
                let _ = c.seg(Dir::Client, p);
                let _ = c.seg(Dir::Server, p);
                let _ = probe_tcp(p);
                let _ = probe_udp(p);
            }
            // Captured short of what the wire had.
            let mut dg = dgram(&b[..cut], 99, true);
            dg.reported = b.len();
            dg.cut = true;
            let mut out = Vec::new();
            d.datagram(&dg, &mut out);
        }
        // Lengths and counts past the end.
        let mut bad = hex(src);
        for i in (0..bad.len()).step_by(4) {
            bad[i] = 0xff;
            let mut out = Vec::new();
            d.datagram(&dgram(&bad, 50, true), &mut out);
            let mut c = feed();
            let _ = c.seg(Dir::Client, &bad);
        }
    }
}

#[test]
fn port_111_shows_continuation() {
    let mut d = RpcUdp::default();
    let mut dg = dgram(b"hello world!", 5, true);
    dg.dport = PORT;
    let mut out = Vec::new();
    d.datagram(&dg, &mut out);
    assert_eq!(out.len(), 1);
    assert!(out[0].has(f::rpc::CONTINUATION_DATA));
}

#[test]
fn calls_are_bounded() {
    let mut c: Calls<()> = Calls::default();
    for xid in 0..(MAX_CALLS as u32 + 100) {
        c.insert(
            (),
            xid,
            Call {
                req_frame: 1,
                rep_frame: 0,
                prog: 100003,
                vers: 3,
                proc_: 0,
                time_ns: 0,
                private: 0,
            },
        );
    }
    assert_eq!(c.map.len(), MAX_CALLS);
    assert!(c.get((), 0).is_none());
}

#[test]
fn getport_reply_announces_the_udp_port() {
    // GETPORT call for MOUNT v3 over UDP, and its reply: port 20048.
    let call = hex("1a2b3c4d 00000000 00000002 000186a0 00000002 00000003 \
        00000000 00000000 00000000 00000000 \
        000186a5 00000003 00000011 00000000");
    let reply = hex("1a2b3c4d 00000001 00000000 00000000 00000000 00000000 00004e50");
    let mut d = RpcUdp::default();
    let mut out = Vec::new();
    d.datagram(&dgram(&call, 22, true), &mut out);
    assert_eq!(info_of(&out), "V2 GETPORT Call MOUNT(100005) V:3 UDP");
    let mut out = Vec::new();
    d.datagram(&dgram(&reply, 23, false), &mut out);
    assert_eq!(info_of(&out), "V2 GETPORT Reply (Call In 22) Port:20048");
    let mut got = Vec::new();
    d.take_announced(&mut got);
    let server = [10, 111, 131, 132, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    assert_eq!(got, [(false, server, 20048)]);
    // That endpoint's datagrams are RPC's, before any port or heuristic.
    let other = hex("00000000");
    let dg = dgram(&other, 24, true);
    assert!(d.claims(&dg, false));
}
