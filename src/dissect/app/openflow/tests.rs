//! OpenFlow as tshark 4.0 shows it (crafted bytes; the values and Info
//! texts are those tshark printed for the same messages in the tcpdump
//! test captures tests_of10_*.pcap).

use super::*;
use crate::dissect::app::testing::{Feed, one, vals};

fn feed() -> Feed<OpenflowDecoder> {
    Feed::with(OpenflowDecoder::default(), PORT)
}

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

/// The Info column of a frame holding these layers (the line view asks
/// the last layer the columns speak of).
fn info_of(ls: &[Layer<'static>]) -> String {
    let ls = &ls[..froze_columns(ls).map_or(ls.len(), |k| k + 1)];
    let mut s = String::new();
    info(&mut s, ls, ls.len() - 1);
    s
}

#[test]
fn hello_and_barrier_in_one_segment_are_one_call() {
    let mut c = feed();
    let m = c.seg(
        Dir::Client,
        &hex("01 00 0008 00000001  01 12 0008 00000042"),
    );
    let ls = layers(&m);
    assert_eq!(ls.len(), 2);
    assert_eq!(ls[0].protocol, "openflow_v1");
    assert!(ls[0].has(f::OSIDUMP_CALL));
    assert!(!ls[1].has(f::OSIDUMP_CALL));
    assert_eq!(one(&ls[0], "openflow.version"), "0x01");
    assert_eq!(one(&ls[0], "openflow_1_0.type"), "0");
    assert_eq!(one(&ls[1], "openflow.xid"), "66");
    // Each message clears the column: the call's last one is left.
    assert_eq!(info_of(&ls), "Type: OFPT_BARRIER_REQUEST");
}

#[test]
fn message_across_segments_then_a_call_of_its_own() {
    let mut c = feed();
    // SET_CONFIG (12 bytes) cut after 10, then its end and a HELLO.
    assert!(
        c.seg(Dir::Server, &hex("01 09 000c 00000003 0000"))
            .is_empty()
    );
    let ls = layers(&c.seg(Dir::Server, &hex("ffff  01 00 0008 00000004")));
    assert_eq!(ls.len(), 2);
    assert!(ls[0].has(f::OSIDUMP_CALL) && ls[1].has(f::OSIDUMP_CALL));
    assert_eq!(one(&ls[0], "openflow.miss_send_len"), "0xffff");
    assert_eq!(info_of(&ls), "Type: OFPT_SET_CONFIGType: OFPT_HELLO");
}

#[test]
fn flow_mod_reads_one_action_and_throws_without_one() {
    let mut c = feed();
    let mut b = hex("01 0e 0050 00000041");
    b.extend(hex("003fffff 0000"));
    b.extend([0u8; 34]);
    b.extend(hex(
        "0000000000000000 0003 0000 0000 ffff ffffffff ffff 0001",
    ));
    b.extend(hex("0000 0008 0001 ffff"));
    let ls = layers(&c.seg(Dir::Server, &b));
    assert_eq!(one(&ls[0], "openflow.wildcards"), "4194303");
    assert_eq!(one(&ls[0], "openflow.command"), "3");
    assert_eq!(one(&ls[0], "openflow.out_port"), "65535");
    assert_eq!(one(&ls[0], "openflow.action_typ"), "0");
    assert_eq!(one(&ls[0], "openflow.output_port"), "1");
    assert!(ls[0].thrown.is_none());
    // The same with no action (length 72): reading it throws.
    let mut b = b[..72].to_vec();
    b[3] = 72;
    let ls = layers(&c.seg(Dir::Server, &b));
    assert!(ls[0].thrown.is_some());
    assert_eq!(info_of(&ls), "Type: OFPT_FLOW_MOD[Malformed Packet]");
}

#[test]
fn packet_out_carries_a_frame_and_keeps_the_columns() {
    let mut c = feed();
    let mut b = hex("01 0d 0026 00000044 ffffffff fffd 0008 0000 0008 0001 ffff");
    b.extend(hex("616263646566 676800000000 0000"));
    b.extend(hex("01 12 0008 00000045"));
    let ls = layers(&c.seg(Dir::Server, &b));
    assert_eq!(ls.len(), 2);
    assert!(ls[0].has(f::OSIDUMP_FREEZE));
    assert_eq!(vals(&ls[0], "osidump.openflow.frame").len(), 1);
    assert_eq!(froze_columns(&ls), Some(0));
    // The BARRIER after it writes nothing.
    assert_eq!(info_of(&ls), "Type: OFPT_PACKET_OUT");
}

#[test]
fn features_reply_reads_its_ports() {
    let mut c = feed();
    let mut b = hex("01 06 0050 00000002 0000089e0162d5f4 00000100 ff 000000 00000087 00000fff");
    b.extend(hex("0001 089e0162d5f5"));
    b.extend(b"eth1\0\0\0\0\0\0\0\0\0\0\0\0");
    b.extend(hex("00000000 00000000 00000240 00000000 00000000 00000000"));
    let ls = layers(&c.seg(Dir::Server, &b));
    assert_eq!(one(&ls[0], "openflow.datapath_imp"), "0x0000");
    assert_eq!(one(&ls[0], "openflow.datapath_mac"), "08:9e:01:62:d5:f4");
    assert_eq!(one(&ls[0], "openflow.port_name"), "eth1");
    assert_eq!(one(&ls[0], "openflow.port_no"), "1");
    assert!(ls[0].thrown.is_none());
}

#[test]
fn version_1_3_header_and_multipart_type() {
    let mut c = feed();
    let ls = layers(&c.seg(Dir::Client, &hex("04 13 0010 00000007 0003 0000 00000000")));
    assert_eq!(ls[0].protocol, "openflow_v4");
    assert_eq!(one(&ls[0], "openflow_v4.xid"), "7");
    assert_eq!(info_of(&ls), "Type: OFPT_MULTIPART_REPLY, OFPMP_TABLE");
}

#[test]
fn unknown_version_is_flagged() {
    let mut c = feed();
    let ls = layers(&c.seg(Dir::Client, &hex("02 00 0008 00000001")));
    assert_eq!(ls[0].protocol, "openflow");
    assert!(ls[0].has(f::VERSION_UNKNOWN));
    assert_eq!(info_of(&ls), "");
}

#[test]
fn a_length_shorter_than_the_header_stops_the_call() {
    let mut c = feed();
    let ls = layers(&c.seg(Dir::Client, &hex("01 00 0004 00000001 01 00 0008 00000002")));
    assert_eq!(ls.len(), 1);
    assert!(ls[0].thrown.is_some());
}
