//! Unit tests: messages from real captures (tcpdump's tests/, checked
//! against tshark 4.0.17), and broken ones that must not panic.

use super::*;

fn hexbytes(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn layer(b: &[u8]) -> Layer<'_> {
    dissect(b, b.len(), 0, false, false)
}

fn names(l: &Layer<'_>, name: &str) -> Vec<String> {
    l.fields
        .iter()
        .filter(|f| f.def.name == name)
        .map(|f| {
            let mut s = String::new();
            let _ = f.value.write_text(&mut s);
            s
        })
        .collect()
}

fn info(l: &Layer<'_>) -> String {
    let mut s = String::new();
    summary(&mut s, l);
    s
}

/// tcpdump's dhcpv6-ia-na.pcap, frame 2: an Advertise with an IA_NA
/// holding an IA Address, a DUID-LL client and a DUID-LLT server.
const IA_NA_ADVERTISE: &str = "0290b45c000300280203040500000e1000001518000500182a0000010001020038e6b22ec440acdf0000119400001c200001000a000300010001020304050002000e000100011846488c001122334455";

#[test]
fn advertise_reads_as_tshark() {
    let b = hexbytes(IA_NA_ADVERTISE);
    let l = layer(&b);
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(names(&l, "dhcpv6.msgtype"), ["2"]);
    assert_eq!(names(&l, "dhcpv6.xid"), ["9483356"]);
    assert_eq!(names(&l, "dhcpv6.option.type"), ["3", "5", "1", "2"]);
    assert_eq!(names(&l, "dhcpv6.option.length"), ["40", "24", "10", "14"]);
    assert_eq!(
        names(&l, "dhcpv6.option.type_str"),
        [
            "Identity Association for Non-temporary Address",
            "IA Address",
            "Client Identifier",
            "Server Identifier"
        ]
    );
    assert_eq!(names(&l, "dhcpv6.iaid"), ["02030405"]);
    assert_eq!(names(&l, "dhcpv6.iaid.t1"), ["3600"]);
    assert_eq!(names(&l, "dhcpv6.iaid.t2"), ["5400"]);
    assert_eq!(
        names(&l, "dhcpv6.iaaddr.ip"),
        ["2a00:1:1:200:38e6:b22e:c440:acdf"]
    );
    assert_eq!(names(&l, "dhcpv6.iaaddr.pref_lifetime"), ["4500"]);
    assert_eq!(names(&l, "dhcpv6.iaaddr.valid_lifetime"), ["7200"]);
    assert_eq!(
        names(&l, "dhcpv6.duid.bytes"),
        ["00030001000102030405", "000100011846488c001122334455"]
    );
    assert_eq!(names(&l, "dhcpv6.duid.type"), ["3", "1"]);
    assert_eq!(
        names(&l, "dhcpv6.duidll.link_layer_addr"),
        ["00:01:02:03:04:05"]
    );
    assert_eq!(
        names(&l, "dhcpv6.duidllt.link_layer_addr"),
        ["00:11:22:33:44:55"]
    );
    // Nov 26, 2012 15:34:36 UTC
    assert!(matches!(
        l.get(f::dhcpv6::DUIDLLT_TIME),
        Some(Value::Time(t)) if t.secs == 1_353_944_076 && t.nanos == 0
    ));
    assert_eq!(
        info(&l),
        "Advertise XID: 0x90b45c IAA: 2a00:1:1:200:38e6:b22e:c440:acdf CID: 00030001000102030405 "
    );
}

/// tcpdump's dhcpv6-mud.pcap, frame 1: a Relay-forw carrying a Solicit
/// (vendor class, FQDN, MUD URL, ORO), its hop count 0.
#[test]
fn relayed_solicit_reads_as_tshark() {
    let b = hexbytes(
        "0c00200108a810060003022584fffedb2380fe80000000000000ba27ebfffeb853c8000900c60178244b\
         0001000e000100011e62770bb827ebb853c80008000200000010003300009f08002d6468637063642d36\
         2e31312e353a4c696e75782d342e312e31382d76372b3a61726d76376c3a42434d32373039000e000000\
         03000cebb853c800000000000000000027000d010b72617370626572727970690070003668747470733a\
         2f2f6d756463746c2e6578616d706c652e636f6d2f2e77656c6c2d6b6e6f776e2f6d75642f76312f7261\
         736270313031001400000006000c00170018001f0027005200530012000400000008",
    );
    let l = layer(&b);
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(names(&l, "dhcpv6.msgtype"), ["12", "1"]);
    assert_eq!(names(&l, "dhcpv6.hopcount"), ["0"]);
    assert_eq!(
        names(&l, "dhcpv6.vendorclass.data"),
        ["dhcpcd-6.11.5:Linux-4.1.18-v7+:armv7l:BCM2709"]
    );
    assert_eq!(names(&l, "dhcpv6.client_domain"), ["raspberrypi"]);
    assert_eq!(names(&l, "dhcpv6.client_fqdn_flags"), ["1"]);
    assert_eq!(
        names(&l, "dhcpv6.mudurl"),
        ["https://mudctl.example.com/.well-known/mud/v1/rasbp101"]
    );
    assert_eq!(
        names(&l, "dhcpv6.requested_option_code"),
        ["23", "24", "31", "39", "82", "83"]
    );
    assert_eq!(
        info(&l),
        "Relay-forw L: 2001:8a8:1006:3:225:84ff:fedb:2380 Solicit XID: 0x78244b CID: 000100011e62770bb827ebb853c8 "
    );
    assert!(
        !l.fields
            .iter()
            .any(|f| f.def.name == "dhcpv6.error_hopcount")
    );
}

/// Domain search list (dhcpv6-domain-list.pcap) and NTP server
/// sub-options (dhcpv6-ntp-server.pcap): names with the root's dot.
#[test]
fn domain_names_read_as_tshark() {
    let b = hexbytes(
        "07aa56ce0001000e0001000118f00b3f000c2938f3680002000e0001000118ef951b000c299ba153001800\
         31076578616d706c6503636f6d000573616c6573076578616d706c6503636f6d0003656e67076578616d70\
         6c6503636f6d00",
    );
    let l = layer(&b);
    assert_eq!(
        names(&l, "dhcpv6.search_list_entry"),
        ["example.com.", "sales.example.com.", "eng.example.com."]
    );
    let b = hexbytes(
        "07f69b570001000e0001000118f00b3f000c2938f3680002000e0001000118ef951b000c299ba153003800\
         3d000100102a01000000000000000000000000000100020010ff050000000000000000000000000101000300\
         11036e7470076578616d706c6503636f6d00",
    );
    let l = layer(&b);
    assert_eq!(names(&l, "dhcpv6.ntpserver.option.type"), ["1", "2", "3"]);
    assert_eq!(names(&l, "dhcpv6.ntpserver.addr"), ["2a01::1"]);
    assert_eq!(names(&l, "dhcpv6.ntpserver.mc_addr"), ["ff05::101"]);
    assert_eq!(names(&l, "dhcpv6.ntpserver.fqdn"), ["ntp.example.com."]);
}

/// dhcpv6-ia-pd.pcap frame 2: an IA_PD with an IA Prefix.
#[test]
fn prefix_delegation_reads_as_tshark() {
    let b = hexbytes(
        "02e1e093001900290203040500000e1000001518001a00190000119400001c20382a00000100010100000000\
         00000000000001000a000300010001020304050002000e0001000118464999001122334455",
    );
    let l = layer(&b);
    assert!(l.anomalies.is_empty(), "{:?}", l.anomalies);
    assert_eq!(names(&l, "dhcpv6.iaprefix.pref_addr"), ["2a00:1:1:100::"]);
    assert_eq!(names(&l, "dhcpv6.iaprefix.pref_len"), ["56"]);
    assert_eq!(names(&l, "dhcpv6.iaprefix.pref_lifetime"), ["4500"]);
}

/// tshark's treatment of broken options (checked with tshark 4.0.17 on
/// the same bytes): a length its type forbids is flagged and the walk
/// goes on; an option past the end of the message ends the walk with
/// nothing shown for it; a read past the captured bytes stops the layer.
#[test]
fn broken_options_are_flagged_as_tshark_flags_them() {
    // Preference of length 2, then Rapid Commit.
    let b = hexbytes("01000001 0007000201ff 000e0000");
    let l = layer(&b);
    assert_eq!(names(&l, "dhcpv6.option.type"), ["7", "14"]);
    assert!(names(&l, "dhcpv6.option_preference").is_empty());
    assert_eq!(
        names(&l, "_ws.expert.message"),
        ["PREFERENCE: malformed option"]
    );
    // An option whose length runs past the message: not shown.
    let b = hexbytes("01000001 000e0000 00080010 0000");
    let l = layer(&b);
    assert_eq!(names(&l, "dhcpv6.option.type"), ["14"]);
    assert!(l.thrown.is_none());
    // A status code of one byte as the message's last: tshark's read of
    // two bytes fails.
    let b = hexbytes("07000001 000d0001 00");
    let l = layer(&b);
    assert!(l.thrown.is_some());
    // The relayed message of a Relay-reply with hop count 1 inside one
    // with hop count 3: "not correctly incremented".
    let inner = hexbytes("07000001");
    let mut relay1 = hexbytes("0d01");
    relay1.extend([0u8; 32]);
    relay1.extend([0, 9, 0, inner.len() as u8]);
    relay1.extend(&inner);
    let mut relay3 = hexbytes("0d03");
    relay3.extend([0u8; 32]);
    relay3.extend([0, 9, 0, relay1.len() as u8]);
    relay3.extend(&relay1);
    let l = layer(&relay3);
    assert_eq!(names(&l, "dhcpv6.msgtype"), ["13", "13", "7"]);
    let experts = names(&l, "_ws.expert.message");
    assert!(
        experts.contains(
            &"hopcount is not correctly incremented by 1 (expected : 2, actual : 3)".into()
        ),
        "{experts:?}"
    );
    assert!(experts.contains(&"Hopcount of most inner message has to equal 0 instead of 1".into()));
}

/// No input panics: every prefix of real messages, every byte flipped,
/// and relays nested past [`MAX_DEPTH`].
#[test]
fn no_input_panics() {
    for h in [IA_NA_ADVERTISE] {
        let b = hexbytes(h);
        for n in 0..=b.len() {
            let _ = dissect(&b[..n], b.len(), 0, true, false);
            let _ = dissect(&b[..n], n, 0, false, false);
        }
        for i in 0..b.len() {
            for v in [0u8, 1, 0x7f, 0xff] {
                let mut c = b.clone();
                c[i] = v;
                let _ = layer(&c);
            }
        }
    }
    // 60 relays, each the only option of the one around it.
    let mut m = hexbytes("01000001");
    for _ in 0..60 {
        let mut r = vec![12u8, 0];
        r.extend([0u8; 32]);
        r.extend([0, 9]);
        r.extend((m.len() as u16).to_be_bytes());
        r.extend(&m);
        m = r;
    }
    let l = layer(&m);
    assert!(l.thrown.is_some());
    assert!(l.fields.len() < 2000);
}
