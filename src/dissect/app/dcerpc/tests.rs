//! DCE/RPC over TCP as tshark 4.0 shows it (crafted bytes; the values,
//! Info texts and columns are those `tshark -T fields` printed for the
//! same bytes sent from port 40000 to port 135, or to port 49200 where
//! its heuristic found them).

use super::*;
use crate::dissect::app::testing::{Feed, one, vals};

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

/// The Info column of a frame holding these layers.
fn info_of(ls: &[Layer<'static>]) -> String {
    let mut s = String::new();
    let i = ls.iter().rposition(|l| l.protocol == "dcerpc").unwrap();
    info(&mut s, ls, i);
    s
}

fn column_of(ls: &[Layer<'static>]) -> &'static str {
    column(ls.iter().rev().find(|l| l.protocol == "dcerpc").unwrap())
}

const BIND_EPM: &str = "05000b03100000004800000001000000d016d016000000000100000000000100
    0883afe11f5dc91191a408002b14a0fa03000000045d888aeb1cc9119fe808002b10486002000000";
const BIND_UNKNOWN: &str = "05000b03100000004800000001000000d016d016000000000100000000000100
    785634123412cdabef000123456789ff01000000045d888aeb1cc9119fe808002b10486002000000";
const BIND_ACK: &str = "05000c03100000003c00000001000000d016d0163412000004003133350000000100
    000000000000045d888aeb1cc9119fe808002b10486002000000";

#[test]
fn bind_and_ack_on_the_endpoint_mapper() {
    let mut c = Feed::with(DcerpcTcp::new(), PORT);
    let ls = layers(&c.seg(Dir::Client, &hex(BIND_EPM)));
    assert_eq!(ls.len(), 1);
    let l = &ls[0];
    assert_eq!(one(l, "dcerpc.ver"), "5");
    assert_eq!(one(l, "dcerpc.pkt_type"), "11");
    assert_eq!(one(l, "dcerpc.cn_flags"), "0x03");
    assert_eq!(one(l, "dcerpc.drep"), "10000000");
    assert_eq!(one(l, "dcerpc.drep.byteorder"), "1");
    assert_eq!(one(l, "dcerpc.cn_frag_len"), "72");
    assert_eq!(one(l, "dcerpc.cn_call_id"), "1");
    assert_eq!(one(l, "dcerpc.cn_max_xmit"), "5840");
    assert_eq!(one(l, "dcerpc.cn_num_ctx_items"), "1");
    assert_eq!(
        one(l, "dcerpc.cn_bind_to_uuid"),
        "e1af8308-5d1f-11c9-91a4-08002b14a0fa"
    );
    assert_eq!(one(l, "dcerpc.cn_bind_if_ver"), "3");
    assert_eq!(
        one(l, "dcerpc.cn_bind_trans_id"),
        "8a885d04-1ceb-11c9-9fe8-08002b104860"
    );
    assert_eq!(one(l, "dcerpc.cn_bind_trans_ver"), "2");
    assert_eq!(
        info_of(&ls),
        "Bind: call_id: 1, Fragment: Single, 1 context items: EPMv4 V3.0 (32bit NDR)"
    );
    assert_eq!(column_of(&ls), "DCERPC");

    let ls = layers(&c.seg(Dir::Server, &hex(BIND_ACK)));
    let l = &ls[0];
    assert_eq!(one(l, "dcerpc.cn_assoc_group"), "0x00001234");
    assert_eq!(one(l, "dcerpc.cn_sec_addr_len"), "4");
    assert_eq!(one(l, "dcerpc.cn_sec_addr"), "135");
    assert_eq!(one(l, "dcerpc.cn_num_results"), "1");
    assert_eq!(one(l, "dcerpc.cn_ack_result"), "0");
    assert_eq!(
        info_of(&ls),
        "Bind_ack: call_id: 1, Fragment: Single, max_xmit: 5840 max_recv: 5840, 1 results: Acceptance"
    );
}

#[test]
fn a_known_interface_names_the_operation_and_the_response_its_request() {
    let mut c = Feed::with(DcerpcTcp::new(), PORT);
    c.seg(Dir::Client, &hex(BIND_EPM));
    c.seg(Dir::Server, &hex(BIND_ACK));
    c.d.set_time_ns(0);
    let req = layers(&c.seg(
        Dir::Client,
        &hex("05000003100000001c00000002000000040000000000630001020304"),
    ));
    // An operation EPM has no routine for: its stub as data.
    assert_eq!(info_of(&req), "Unknown operation 99 request");
    assert_eq!(column_of(&req), "EPM");
    assert_eq!(one(&req[0], "dcerpc.stub_data"), "01020304");
    assert_eq!(one(&req[0], "dcerpc.opnum"), "99");
    c.d.set_time_ns(1_000_000);
    let rsp = layers(&c.seg(
        Dir::Server,
        &hex("0500020310000000200000000200000008000000000000000000000000000000"),
    ));
    assert_eq!(info_of(&rsp), "Unknown operation 99 response");
    assert_eq!(vals(&rsp[0], "dcerpc.request_in"), ["6", "6"]);
    assert_eq!(one(&rsp[0], "dcerpc.time"), "0.001000000");
    assert_eq!(one(&rsp[0], "dcerpc.opnum"), "99");
}

#[test]
fn the_heuristic_reassembles_split_and_fragmented_calls() {
    let mut c = Feed::with(DcerpcTcp::new(), 49200);
    let ls = layers(&c.seg(Dir::Client, &hex(BIND_UNKNOWN)));
    assert_eq!(
        info_of(&ls),
        "Bind: call_id: 1, Fragment: Single, 1 context items: \
         12345678-1234-abcd-ef00-0123456789ff V1.0 (32bit NDR)"
    );
    c.seg(Dir::Server, &hex(BIND_ACK));
    let req = hex(
        "050000031000000040000000020000002800000000000700000102030405
         060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627",
    );
    assert!(c.seg(Dir::Client, &req[..30]).is_empty());
    assert!(c.d.holds_partial(Dir::Client));
    let ls = layers(&c.seg(Dir::Client, &req[30..]));
    assert_eq!(
        info_of(&ls),
        "Request: call_id: 2, Fragment: Single, opnum: 7, Ctx: 0 \
         12345678-1234-abcd-ef00-0123456789ff V1"
    );
    assert_eq!(
        one(&ls[0], "dcerpc.stub_data"),
        "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627"
    );
    // Two fragments of one call in one segment: the second shows the
    // whole stub, and the Info column the last PDU (context ID 0 sets no
    // fence).
    let ls = layers(&c.seg(
        Dir::Client,
        &hex(
            "050000011000000022000000030000000a00000000000700aaaaaaaaaaaaaaaaaaaa
              05000002100000001e000000030000000600000000000700bbbbbbbbbbbb",
        ),
    ));
    assert_eq!(ls.len(), 2);
    assert!(ls[0].has(f::dcerpc::OSIDUMP_CALL));
    assert!(!ls[1].has(f::dcerpc::OSIDUMP_CALL));
    assert_eq!(one(&ls[0], "dcerpc.stub_data"), "aaaaaaaaaaaaaaaaaaaa");
    assert_eq!(
        one(&ls[1], "dcerpc.stub_data"),
        "aaaaaaaaaaaaaaaaaaaabbbbbbbbbbbb"
    );
    assert_eq!(vals(&ls[1], "dcerpc.fragment"), ["8", "8"]);
    assert_eq!(one(&ls[1], "dcerpc.fragment.count"), "2");
    assert_eq!(one(&ls[1], "dcerpc.reassembled.length"), "16");
    assert_eq!(
        one(&ls[1], "_ws.expert.message"),
        "Last fragment, reassembled"
    );
    assert_eq!(
        info_of(&ls),
        "Request: call_id: 3, Fragment: Last, opnum: 7, Ctx: 0 \
         12345678-1234-abcd-ef00-0123456789ff V1"
    );
    let ls = layers(&c.seg(
        Dir::Server,
        &hex(
            "05000203100000001c0000000200000004000000000000001111111105000203
              100000001c00000003000000040000000000000022222222",
        ),
    ));
    assert_eq!(one(&ls[0], "dcerpc.request_in"), "7");
    assert_eq!(one(&ls[1], "dcerpc.request_in"), "8");
    assert_eq!(one(&ls[1], "dcerpc.stub_data"), "22222222");
    // A context never bound.
    let ls = layers(&c.seg(
        Dir::Client,
        &hex("05000003100000001a0000000900000002000000050001000102"),
    ));
    assert_eq!(
        one(&ls[0], "_ws.expert.message"),
        "No bind info for interface Context ID 5 - capture start too late?"
    );
    assert_eq!(one(&ls[0], "dcerpc.stub_data"), "0102");
    assert_eq!(
        info_of(&ls),
        "Request: call_id: 9, Fragment: Single, opnum: 1, Ctx: 5"
    );
}

#[test]
fn the_heuristic_refuses_what_is_no_pdu() {
    assert!(is_dcerpc(&hex(BIND_EPM)));
    let mut b = hex(BIND_EPM);
    b[0] = 4;
    assert!(!is_dcerpc(&b));
    let mut b = hex(BIND_EPM);
    b[8] = 15;
    assert!(!is_dcerpc(&b));
    assert!(!is_dcerpc(&hex(BIND_EPM)[..15]));
    let mut c = Feed::with(DcerpcTcp::new(), 49200);
    assert!(c.seg(Dir::Client, b"GET / HTTP/1.1\r\n\r\n").is_empty());
    assert!(c.d.refused(Dir::Client));
}

#[test]
fn no_cut_or_bogus_pdu_panics() {
    let whole = hex(BIND_EPM);
    for n in 0..whole.len() {
        for bogus in [0u8, 0xff] {
            let mut b = whole.clone();
            if n > 0 {
                b[n - 1] = bogus;
            }
            let mut conv = Conv::new();
            let mut out = Vec::new();
            conv.pdu(&b[..n.max(16).min(b.len())], true, &mut out);
            conv.pdu(&b, true, &mut out);
        }
    }
    // A request whose verifier claims more than the PDU.
    let mut conv = Conv::new();
    let mut out = Vec::new();
    let b = hex("05000003100000001c00ff0002000000040000000000630001020304");
    assert!(conv.pdu(&b, true, &mut out));
}

/// A call verified by SPNEGO (auth type 9) that negotiated NTLMSSP: the
/// verifier is an NTLMSSP signature, which tshark's GSS-API verifier hands
/// to NTLMSSP (suricata's dcerpc-ctxids capture, frame 63: `ntlmssp` in
/// frame.protocols, version 1 and the 12 bytes after it).
#[test]
fn an_spnego_verifier_of_ntlmssp_is_an_ntlmssp_signature() {
    let mut c = Feed::with(DcerpcTcp::new(), PORT);
    c.seg(Dir::Client, &hex(BIND_EPM));
    c.seg(Dir::Server, &hex(BIND_ACK));
    let req = layers(&c.seg(
        Dir::Client,
        &hex("05000003100000003400100002000000 0400000000006300 01020304
              0905000000000000 01000000d23ff96eeee3c5d101000000"),
    ));
    let protocols: Vec<_> = req.iter().map(|l| l.protocol).collect();
    assert_eq!(protocols, ["dcerpc", "gss-api", "ntlmssp"]);
    assert_eq!(one(&req[2], "ntlmssp.verf.vers"), "1");
    assert_eq!(
        one(&req[2], "ntlmssp.verf.body"),
        "d23ff96eeee3c5d101000000"
    );
}
