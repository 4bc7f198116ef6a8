//! Frames built for these tests; every expected value is what tshark 4.0
//! shows for them.

use crate::dissect::Dissector;
use crate::dissect::testing::{get, hex, protocols_columns_fields};

const MSG1: &str = "00112233445566778899aabb888e0203005f02008a001000000000000000010102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
const MSG3: &str = "00112233445566778899aabb888e020300670213ca001000000000000000020102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f200000000000000000000000000000000000000000000000000000000000000000222222222222222222222222222222220008aaaaaaaaaaaaaaaa";
const GROUP1: &str = "00112233445566778899aabb888e020300670213820010000000000000000300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000444444444444444444444444444444440008bbbbbbbbbbbbbbbb";
const REQUEST_ERROR: &str = "00112233445566778899aabb888e0203005f020f020010000000000000000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000666666666666666666666666666666660000";
const RC4: &str = "00112233445566778899aabb888e0103002c0100050001020304050607000000000000000000000000000000008200000000000000000000000000000000";
const START_PADDED: &str = "00112233445566778899aabb888e01010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";
const EAP_SIM: &str = "00112233445566778899aabb888e0100001401070014120a00000f020002000100001101000000000000000000000000000000000000000000000000";
const SIM_IDENTITY: &str =
    "00112233445566778899aabb888e0100001c0207001c120a00000e040009626f6240782e6f72670000000c014000";
const SHORT_RSN: &str = "00112233445566778899aabb888e0203000a02008a00100000000000";

/// The fields, with tshark's frame.protocols, Protocol and Info as
/// `frame.protocols`, `_ws.col.Protocol` and `_ws.col.Info`.
fn dissect(s: &str) -> Vec<(String, String)> {
    let b = hex(s);
    let d = Dissector::new().dissect(&crate::dissect::testing::frame(1, &b));
    let (_, protocol, info, mut f) = protocols_columns_fields(&d);
    f.push(("_ws.col.Protocol".into(), protocol));
    f.push(("_ws.col.Info".into(), info));
    f
}

#[test]
fn four_way_and_group_handshake_messages() {
    for (frame, msgnr, info) in [
        (MSG1, "1", "Key (Message 1 of 4)"),
        (MSG3, "3", "Key (Message 3 of 4)"),
        (GROUP1, "1", "Key (Group Message 1 of 2)"),
    ] {
        let f = dissect(frame);
        assert_eq!(get(&f, "frame.protocols"), ["eth:ethertype:eapol"]);
        assert_eq!(get(&f, "_ws.col.Protocol"), ["EAPOL"]);
        assert_eq!(get(&f, "_ws.col.Info"), [info]);
        assert_eq!(get(&f, "wlan_rsna_eapol.keydes.msgnr"), [msgnr]);
        assert_eq!(get(&f, "eapol.keydes.type"), ["2"]);
    }
    let f = dissect(MSG3);
    assert_eq!(get(&f, "eapol.keydes.replay_counter"), ["2"]);
    assert_eq!(get(&f, "wlan_rsna_eapol.keydes.key_info"), ["5066"]);
    assert_eq!(
        get(&f, "wlan_rsna_eapol.keydes.key_info.keydes_version"),
        ["2"]
    );
    assert_eq!(get(&f, "wlan_rsna_eapol.keydes.key_info.install"), ["true"]);
    assert_eq!(
        get(&f, "wlan_rsna_eapol.keydes.key_info.request"),
        ["false"]
    );
    assert_eq!(get(&f, "wlan_rsna_eapol.keydes.data_len"), ["8"]);
    assert_eq!(get(&f, "wlan_rsna_eapol.keydes.data"), ["aaaaaaaaaaaaaaaa"]);
    assert_eq!(
        get(&f, "wlan_rsna_eapol.keydes.mic"),
        ["22222222222222222222222222222222"]
    );
    let f = dissect(REQUEST_ERROR);
    assert_eq!(get(&f, "_ws.col.Info"), ["Key (Request, Error)"]);
    assert!(get(&f, "wlan_rsna_eapol.keydes.msgnr").is_empty());
}

#[test]
fn rc4_descriptor_start_with_padding_and_eap_sim() {
    let f = dissect(RC4);
    assert_eq!(get(&f, "_ws.col.Info"), ["Key"]);
    assert_eq!(get(&f, "eapol.keydes.replay_counter"), ["283686952306183"]);
    assert_eq!(get(&f, "eapol.keydes.key_index.number"), ["2"]);
    assert_eq!(get(&f, "eapol.keydes.key.generated_locally"), ["true"]);
    let f = dissect(START_PADDED);
    assert_eq!(get(&f, "_ws.col.Info"), ["Start"]);
    assert_eq!(get(&f, "eth.padding"), ["00".repeat(42)]);
    let f = dissect(EAP_SIM);
    assert_eq!(get(&f, "frame.protocols"), ["eth:ethertype:eapol"]);
    assert_eq!(get(&f, "_ws.col.Protocol"), ["EAP"]);
    assert_eq!(
        get(&f, "_ws.col.Info"),
        ["Request, GSM Subscriber Identity Modules EAP (EAP-SIM)"]
    );
    assert_eq!(get(&f, "eap.sim.subtype.type"), ["15", "17"]);
    assert_eq!(get(&f, "eap.sim.subtype.value"), ["000200010000", "0000"]);
    assert_eq!(get(&f, "eap.sim.reserved"), ["0"]);
    assert_eq!(get(&f, "eth.padding"), ["00".repeat(22)]);
    // An identity and a notification by their own fields, not as values.
    let f = dissect(SIM_IDENTITY);
    assert_eq!(get(&f, "eap.identity"), ["bob@x.org"]);
    assert_eq!(get(&f, "eap.identity.actual_len"), ["9"]);
    assert_eq!(get(&f, "eap.sim.notification_type"), ["16384"]);
    assert_eq!(get(&f, "eap.sim.subtype.len"), ["4", "1"]);
    assert!(get(&f, "eap.sim.subtype.value").is_empty());
}

/// A WPA/RSN descriptor shorter than its fixed part throws as 802.11 RSNA
/// EAPOL before any field of its own; every prefix of every test frame
/// dissects without panicking.
#[test]
fn short_descriptor_and_every_prefix() {
    let f = dissect(SHORT_RSN);
    assert_eq!(get(&f, "_ws.col.Info"), ["Key[Malformed Packet]"]);
    assert_eq!(
        get(&f, "_ws.malformed").first(),
        Some(&"[Malformed Packet: 802.11 RSNA EAPOL]")
    );
    assert_eq!(get(&f, "eapol.keydes.type"), ["2"]);
    assert!(get(&f, "wlan_rsna_eapol.keydes.key_info").is_empty());
    for s in [
        MSG1,
        MSG3,
        GROUP1,
        REQUEST_ERROR,
        RC4,
        START_PADDED,
        EAP_SIM,
        SIM_IDENTITY,
    ] {
        let b = hex(s);
        for n in 12..b.len() {
            let _ = Dissector::new().dissect(&crate::dissect::testing::frame(1, &b[..n]));
        }
    }
}
