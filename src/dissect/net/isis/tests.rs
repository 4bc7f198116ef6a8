//! IS-IS as tshark 4.0.17 shows it, on crafted frames (802.3 + LLC
//! DSAP/SSAP 0xfe): the values below are tshark's for the same bytes.

use crate::dissect::Dissector;
use crate::dissect::testing::{frame, get, hex, protocols_columns_fields};

/// An L1 LAN Hello: protocols supported, area 49.0001, an IP interface
/// address, restart signaling, an IS neighbor (a MAC address) and padding.
const HELLO: &str = "0180c2000014020000000001003cfefe03831b01000f01000001000000000001001e003940000000000001018101cc01040349000184040a000001d30100060602000000000208020000";

/// An L2 LSP: hostname, IS neighbors, IP internal reachability, extended
/// IP and IS reachability; its checksum is right.
const LSP: &str = "0180c20000140200000000010055fefe03831b010014010000005204b000000000000200000000000591a90389025232020c000a80808000000000000301800c0a8080800a000000ffffff0087080000000a180a0001160b0000000000030000000a00";

fn run(h: &str) -> (String, String, String, Vec<(String, String)>) {
    let b = hex(h);
    let mut d = Dissector::new();
    let out = d.dissect(&frame(1, &b));
    protocols_columns_fields(&out)
}

#[test]
fn lan_hello() {
    let (protocols, column, info, f) = run(HELLO);
    assert_eq!(protocols, "eth:llc:osi:isis:isis.hello");
    assert_eq!(column, "ISIS HELLO");
    assert_eq!(info, "L1 HELLO, System-ID: 0000.0000.0001");
    assert_eq!(get(&f, "isis.irpd"), ["131"]);
    assert_eq!(get(&f, "isis.len"), ["27"]);
    assert_eq!(get(&f, "isis.type"), ["15"]);
    assert_eq!(get(&f, "isis.hello.circuit_type"), ["1"]);
    assert_eq!(get(&f, "isis.hello.source_id"), ["0000.0000.0001"]);
    assert_eq!(get(&f, "isis.hello.pdu_length"), ["57"]);
    assert_eq!(get(&f, "isis.hello.priority"), ["64"]);
    assert_eq!(get(&f, "isis.hello.lan_id"), ["0000.0000.0001.01"]);
    assert_eq!(
        get(&f, "isis.hello.clv.type"),
        ["129", "1", "132", "211", "6", "8"]
    );
    assert_eq!(get(&f, "isis.hello.area_address"), ["03490001"]);
    assert_eq!(get(&f, "isis.hello.clv_ipv4_int_addr"), ["10.0.0.1"]);
    assert_eq!(get(&f, "isis.hello.is_neighbor"), ["02:00:00:00:00:02"]);
    assert!(get(&f, "isis.hello.clv_restart.remain_time").is_empty());
}

#[test]
fn level_2_lsp() {
    let (protocols, column, info, f) = run(LSP);
    assert_eq!(protocols, "eth:llc:osi:isis:isis.lsp");
    assert_eq!(column, "ISIS LSP");
    assert_eq!(
        info,
        "L2 LSP, LSP-ID: 0000.0000.0002.00-00, Sequence: 0x00000005, Lifetime:  1200s"
    );
    assert_eq!(get(&f, "isis.lsp.lsp_id"), ["0000.0000.0002.00-00"]);
    assert_eq!(get(&f, "isis.lsp.checksum"), ["37289"]);
    assert_eq!(get(&f, "isis.lsp.checksum.status"), ["1"]);
    assert_eq!(get(&f, "isis.lsp.is_type"), ["3"]);
    assert_eq!(get(&f, "isis.lsp.hostname"), ["R2"]);
    // A level 2 LSP's IS neighbors start with a reserved byte; tshark
    // reads every metric from the default metric's byte.
    assert_eq!(get(&f, "isis.lsp.eis_neighbors_clv_inner.reserved"), ["0"]);
    assert_eq!(get(&f, "isis.lsp.eis_neighbors.delay_metric"), ["10"]);
    assert_eq!(
        get(&f, "isis.lsp.eis_neighbors.is_neighbor"),
        ["0000.0000.0003.01"]
    );
    assert_eq!(
        get(&f, "isis.lsp.ip_reachability.ipv4_prefix"),
        ["10.0.0.0"]
    );
    assert_eq!(
        get(&f, "isis.lsp.ext_ip_reachability.ipv4_prefix"),
        ["10.0.1.0"]
    );
    assert_eq!(
        get(&f, "isis.lsp.ext_ip_reachability.prefix_length"),
        ["24"]
    );
    assert_eq!(
        get(&f, "isis.lsp.ext_ip_reachability.subclvs_length"),
        ["0"]
    );
    assert_eq!(
        get(&f, "isis.lsp.ext_is_reachability.is_neighbor_id"),
        ["0000.0000.0003.00"]
    );
    assert_eq!(get(&f, "isis.lsp.ext_is_reachability.metric"), ["10"]);
}

/// One hostname byte changed: tshark's expected checksum and Info.
#[test]
fn bad_checksum() {
    let bad = LSP.replacen("89025232", "89025332", 1);
    let (_, _, info, f) = run(&bad);
    assert!(info.ends_with(" [ISIS CHECKSUM INCORRECT]"), "{info}");
    assert_eq!(get(&f, "isis.lsp.checksum.status"), ["0"]);
    assert_eq!(
        get(&f, "_ws.expert.message"),
        ["Bad checksum [should be 0x95a4]"]
    );
}

/// Cut anywhere, neither PDU panics.
#[test]
fn cut_pdus_do_not_panic() {
    for h in [HELLO, LSP] {
        let b = hex(h);
        for n in 0..b.len() {
            let mut d = Dissector::new();
            let _ = d.dissect(&frame(1, &b[..n]));
        }
    }
}
