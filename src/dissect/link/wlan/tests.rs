//! 802.11 frames built from the standard's layouts, bare (LINKTYPE 105)
//! and after a radiotap header (127), each with the values tshark 4.0
//! gives for the same bytes (`text2pcap -l 105` / `-l 127`, then `tshark
//! -n -T fields -e frame.protocols -e _ws.col.Protocol -e _ws.col.Info -e
//! wlan.addr ...`). Field values are shown as osidump keeps them (integers
//! in decimal, booleans as words).

use crate::dissect::Dissector;
use crate::dissect::testing::{self, frame, get};
use crate::source::linktype::{IEEE802_11, IEEE802_11_RADIOTAP};

const A1: &str = "a1a1a1a1a101";
const A2: &str = "a2a2a2a2a202";
const A3: &str = "a3a3a3a3a303";
const A4: &str = "a4a4a4a4a404";
const M1: &str = "a1:a1:a1:a1:a1:01";
const M2: &str = "a2:a2:a2:a2:a2:02";
const M3: &str = "a3:a3:a3:a3:a3:03";
const M4: &str = "a4:a4:a4:a4:a4:04";
/// LLC/SNAP with an ARP request, 10.0.0.1 asking for 10.0.0.2.
const SNAP_ARP: &str =
    "aaaa03 000000 0806 0001080006040001 a2a2a2a2a202 0a000001 000000000000 0a000002";

fn dissect(linktype: u32, hex: &str) -> ([String; 3], Vec<(String, String)>) {
    let data = testing::hex(hex);
    let d = Dissector::new().dissect(&frame(linktype, &data));
    let (protocols, protocol, info, fields) = testing::protocols_columns_fields(&d);
    ([protocols, protocol, info], fields)
}

/// Data frames through each To DS / From DS combination: the roles of the
/// three (four) addresses, `wlan.addr` in tshark's order (the fourth
/// address before the third), and the ARP inside through LLC/SNAP.
#[test]
fn data_frames_by_ds_bits() {
    let cases = [
        // flags, DA, SA, BSSID, STA address, wlan.addr
        ("00", M1, M2, Some(M3), None, vec![M1, M2, M3]),
        ("01", M3, M2, Some(M1), Some(M2), vec![M1, M2, M3]),
        ("02", M1, M3, Some(M2), Some(M1), vec![M1, M2, M3]),
        ("03", M3, M4, None, None, vec![M1, M2, M4, M3]),
    ];
    for (flags, da, sa, bssid, staa, addrs) in cases {
        let a4 = if flags == "03" { A4 } else { "" };
        let (cols, f) = dissect(
            IEEE802_11,
            &format!("08{flags} 3a01 {A1} {A2} {A3} 2000 {a4} {SNAP_ARP}"),
        );
        assert_eq!(
            cols,
            ["wlan:llc:arp", "ARP", "Who has 10.0.0.2? Tell 10.0.0.1"],
            "{flags}"
        );
        assert_eq!(get(&f, "wlan.fc.type_subtype"), ["32"]);
        assert_eq!(get(&f, "wlan.duration"), ["314"]);
        assert_eq!(get(&f, "wlan.ra"), [M1]);
        assert_eq!(get(&f, "wlan.ta"), [M2]);
        assert_eq!(get(&f, "wlan.da"), [da], "{flags}");
        assert_eq!(get(&f, "wlan.sa"), [sa], "{flags}");
        assert_eq!(get(&f, "wlan.bssid"), bssid.into_iter().collect::<Vec<_>>());
        assert_eq!(get(&f, "wlan.staa"), staa.into_iter().collect::<Vec<_>>());
        assert_eq!(get(&f, "wlan.addr"), addrs, "{flags}");
        assert_eq!(get(&f, "wlan.addr_resolved"), addrs);
        assert_eq!(get(&f, "wlan.seq"), ["2"]);
        assert_eq!(get(&f, "wlan.frag"), ["0"]);
        assert!(get(&f, "data.data").is_empty());
    }
}

/// QoS control: a station's frame (bit 4 set: queue size 7) and an AP's
/// (EOSP, buffer state 0xff: indicated, AC 3, load 15); tshark `0x0735`
/// and `0xff35`.
#[test]
fn qos_control_by_sender() {
    let (cols, f) = dissect(
        IEEE802_11,
        &format!("8800 3a01 {A1} {A2} {A3} 5000 3507 {SNAP_ARP}"),
    );
    assert_eq!(cols[0], "wlan:llc:arp");
    assert_eq!(get(&f, "wlan.qos"), ["1845"]);
    assert_eq!(get(&f, "wlan.qos.tid"), ["5"]);
    assert_eq!(get(&f, "wlan.qos.priority"), ["5"]);
    assert_eq!(get(&f, "wlan.qos.bit4"), ["true"]);
    assert_eq!(get(&f, "wlan.qos.ack"), ["1"]);
    assert_eq!(get(&f, "wlan.qos.amsdupresent"), ["false"]);
    assert_eq!(get(&f, "wlan.qos.queue_size"), ["7"]);
    assert!(get(&f, "wlan.qos.eosp").is_empty());

    let (_, f) = dissect(
        IEEE802_11,
        &format!("8802 3a01 {A1} {A2} {A3} 5000 35ff {SNAP_ARP}"),
    );
    assert_eq!(get(&f, "wlan.qos.eosp"), ["true"]);
    assert_eq!(get(&f, "wlan.qos.ps_buf_state"), ["255"]);
    assert_eq!(get(&f, "wlan.qos.buf_state_indicated"), ["true"]);
    assert_eq!(get(&f, "wlan.qos.highest_pri_buf_ac"), ["3"]);
    assert_eq!(get(&f, "wlan.qos.qap_buf_load"), ["15"]);
}

/// Management and control frames: tshark's Info (sequence only where
/// the frame has one, the flag letters) and no `data`; a beacon's
/// interval and SSID; a deauthentication's reason code.
#[test]
fn management_and_control_frames() {
    let (cols, f) = dissect(
        IEEE802_11,
        &format!("8000 0000 ffffffffffff {A2} {A3} 6000 0102030405060708 6400 1104 0003 666f6f"),
    );
    assert_eq!(
        cols,
        [
            "wlan",
            "802.11",
            "Beacon frame, SN=6, FN=0, Flags=........, BI=100, SSID=\"foo\""
        ]
    );
    assert_eq!(get(&f, "wlan.addr"), ["ff:ff:ff:ff:ff:ff", M2, M3]);
    assert!(get(&f, "data.data").is_empty());

    let (cols, f) = dissect(IEEE802_11, &format!("c000 3a01 {A1} {A2} {A3} 7000 0700"));
    assert_eq!(cols[2], "Deauthentication, SN=7, FN=0, Flags=........");
    assert_eq!(get(&f, "wlan.fixed.reason_code"), ["7"]);

    let (cols, f) = dissect(IEEE802_11, &format!("d400 0000 {A1}"));
    assert_eq!(cols, ["wlan", "802.11", "Acknowledgement, Flags=........"]);
    assert_eq!(get(&f, "wlan.addr"), [M1]);

    // PS-Poll: the association ID where the duration was; address 1 is
    // the BSSID.
    let (cols, f) = dissect(IEEE802_11, &format!("a400 01c0 {A1} {A2}"));
    assert_eq!(cols[2], "Power-Save poll, Flags=........");
    assert_eq!(get(&f, "wlan.aid"), ["1"]);
    assert_eq!(get(&f, "wlan.bssid"), [M1]);
    assert_eq!(get(&f, "wlan.addr"), [M1, M2]);
}

/// A WEP-protected data frame: `wlan:data`, the data between the 4-byte
/// IV and the 4-byte ICV (tshark: 4 bytes, 05060708).
#[test]
fn protected_data_is_data() {
    let (cols, f) = dissect(
        IEEE802_11,
        &format!("0842 3a01 {A1} {A2} {A3} b000 0102030405060708090a0b0c"),
    );
    assert_eq!(
        cols,
        ["wlan:data", "802.11", "Data, SN=11, FN=0, Flags=.p....F."]
    );
    assert_eq!(get(&f, "data.data"), ["05060708"]);
}

/// Radiotap with TSFT, flags (FCS at end), rate, channel, signal, noise
/// and antenna, before a To DS data frame: the radio information tshark
/// derives, and the FCS shown unverified and kept out of the payload.
#[test]
fn radiotap_then_data_with_fcs() {
    let rt = "0000 1900 6f080000 8877665544332211 10 0c 3c14 4001 ce a6 01";
    let (cols, f) = dissect(
        IEEE802_11_RADIOTAP,
        &format!("{rt} 0801 3a01 {A1} {A2} {A3} 2000 {SNAP_ARP} deadbeef"),
    );
    assert_eq!(
        cols,
        [
            "radiotap:wlan_radio:wlan:llc:arp",
            "ARP",
            "Who has 10.0.0.2? Tell 10.0.0.1"
        ]
    );
    assert_eq!(get(&f, "radiotap.length"), ["25"]);
    assert_eq!(get(&f, "radiotap.present.word"), ["2159"]);
    assert_eq!(get(&f, "radiotap.present.tsft"), ["true"]);
    assert_eq!(get(&f, "radiotap.mactime"), ["1234605616436508552"]);
    assert_eq!(get(&f, "radiotap.flags.fcs"), ["true"]);
    assert_eq!(get(&f, "radiotap.datarate"), ["6"]);
    assert_eq!(get(&f, "radiotap.channel.freq"), ["5180"]);
    assert_eq!(get(&f, "radiotap.channel.flags.5ghz"), ["true"]);
    assert_eq!(get(&f, "radiotap.dbm_antsignal"), ["-50"]);
    assert_eq!(get(&f, "radiotap.dbm_antnoise"), ["-90"]);
    assert_eq!(get(&f, "radiotap.antenna"), ["1"]);
    assert_eq!(get(&f, "wlan_radio.channel"), ["36"]);
    assert_eq!(get(&f, "wlan_radio.frequency"), ["5180"]);
    assert_eq!(get(&f, "wlan_radio.signal_dbm"), ["-50"]);
    assert_eq!(get(&f, "wlan_radio.snr"), ["40"]);
    assert_eq!(get(&f, "wlan.fc"), ["2049"]);
    assert_eq!(get(&f, "wlan.fcs"), ["4022250974"]);
    assert_eq!(get(&f, "wlan.fcs.status"), ["2"]);
    assert_eq!(get(&f, "arp.dst.proto_ipv4"), ["10.0.0.2"]);
    assert!(get(&f, "data.data").is_empty());
}

/// Every cut of a radiotap + QoS data frame, and of odd radiotap headers
/// (an unknown revision, a present bitmap past the length): no panic,
/// and a cut 802.11 header is marked.
#[test]
fn cut_and_odd_frames_do_not_panic() {
    let whole = testing::hex(&format!(
        "0000 1900 6f080000 8877665544332211 10 0c 3c14 4001 ce a6 01 \
         8803 3a01 {A1} {A2} {A3} 2000 {A4} 3507 {SNAP_ARP} deadbeef"
    ));
    for n in 0..whole.len() {
        let d = Dissector::new().dissect(&frame(IEEE802_11_RADIOTAP, &whole[..n]));
        assert!(!d.layers.is_empty());
    }
    for odd in [
        "3030 0800 303030fa",
        "0000 0c00 ffffffff ffffffff",
        "0000 0800 00000080",
    ] {
        let data = testing::hex(odd);
        let _ = Dissector::new().dissect(&frame(IEEE802_11_RADIOTAP, &data));
    }
    let (cols, _) = dissect(IEEE802_11, "0801 3a01 a1a1");
    assert_eq!(cols[0], "wlan");
}
