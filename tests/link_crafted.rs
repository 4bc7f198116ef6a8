//! Cisco's VN-Tag (EtherType 0x8926) on crafted frames: a tag with every
//! field set in front of IPv4/UDP, and one whose type field is an 802.3
//! length (LLC follows), with the values tshark 4.0.17 gives on the same
//! bytes (`tshark -r F -T fields -e ...`).

mod common;

#[test]
fn vntag_fields_and_what_follows_it() {
    let frames = [
        // dir=1, ptr=0, dst=5, looped=1, r=0, version=1, src=7; IPv4/UDP.
        "00000102000100000101000189268005900708004500001e00010000401166cc0a0000010a00000204d2270f000a00006869",
        // src=7, then a length of 3: an LLC header (STP's SAPs).
        "0000010200010000010100018926000000070003424203",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("vntag.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "vntag.dir",
            "vntag.ptr",
            "vntag.dst",
            "vntag.looped",
            "vntag.r",
            "vntag.version",
            "vntag.src",
            "vntag.etype",
            "vntag.len",
            "_ws.col.Info",
        ],
    );
    assert_eq!(
        rows,
        [
            [
                "eth:ethertype:vntag:ethertype:ip:udp:data",
                "1",
                "0",
                "5",
                "1",
                "0",
                "1",
                "7",
                "0x0800",
                "",
                "1234 → 9999 Len=2"
            ],
            [
                "eth:ethertype:vntag:llc",
                "0",
                "0",
                "0",
                "0",
                "0",
                "0",
                "7",
                "",
                "3",
                "U, func=UI; DSAP Spanning Tree BPDU Individual, SSAP Spanning Tree BPDU Command"
            ]
        ]
    );
    // Cut inside the tag: the layer says so, and nothing panics.
    for cut in 14..frames[0].len() {
        let pcap = common::pcap_of(1, 1_000, &[frames[0][..cut].to_vec()]);
        common::fields_rows(pcap, None, &["frame.protocols"]);
    }
}
