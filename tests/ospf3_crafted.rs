//! OSPFv3 Hello and Database Description bodies, on two frames of
//! tcpdump's OSPFv3_broadcast_adjacency.pcap (frames 1 and 7), with the
//! values tshark 4.0 gives on them (`tshark -r F -T fields -e ...`).

mod common;

#[test]
fn v3_hello_and_database_description() {
    let frames = [
        "333300000005c2001ffa000186dd6e00000000245901fe800000000000000000000000000001ff020000000000000000000000000005030100240101010100000001fb8600000000000501000013000a00280000000000000000",
        "c2001ffa0001c2011ffa000186dd6e000000001c5901fe800000000000000000000000000002fe8000000000000000000000000000010302001c0202020200000001d82600000000001305dc000700001d46",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("ospf3.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "ospf.hello.interface_id",
            "ospf.hello.router_priority",
            "ospf.v3.options",
            "ospf.v3.options.r",
            "ospf.v3.options.v6",
            "ospf.v3.options.dc",
            "ospf.hello.hello_interval",
            "ospf.hello.router_dead_interval",
            "ospf.hello.designated_router",
            "ospf.db.interface_mtu",
            "ospf.dbd",
            "ospf.dbd.ms",
            "ospf.db.dd_sequence",
        ],
    );
    assert_eq!(
        rows,
        [
            [
                "5", "1", "0x000013", "1", "1", "0", "10", "40", "0.0.0.0", "", "", "", ""
            ],
            [
                "", "", "0x000013", "1", "1", "0", "", "", "", "1500", "0x07", "1", "7494"
            ],
        ]
    );
}

/// A crafted LS Update (Router, Inter-Area-Prefix, Link and AS-External
/// LSAs) and LS Request, with the values tshark 4.0 prints for them: the
/// LS type in hex with its scope bits, the reserved bytes, prefixes (a /37
/// whose last byte only is cleared past the length, as tshark does).
#[test]
fn v3_update_and_request_bodies() {
    let frames = [
        "333300000005c2001ffa000186dd6000000000cc5901fe800000000000000000000000000001ff020000000000000000000000000005030400cc0101010100000001123400000000000400282001000000000202020280000001abcd0028010000330200000a00000005000000060303030300292003000000030202020280000001abcd00240000004a4000000020010db80000000300230008000000050202020280000001abcd003001000033fe800000000000000000000000000002000000010000000000014005000000060202020280000001abcd003c070000142502000120010db8fffffffffe800000000000000000000000000001000000070a000001",
        "333300000005c2001ffa000186dd60000000001c5901fe800000000000000000000000000001ff0200000000000000000000000000050303001c010101010000000112340000000020010000000002020202",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("ospf3_lsu.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "ospf.v3.lsa",
            "ospf.v3.lsa.s12",
            "ospf.v3.lsa.fc",
            "ospf.v3.lsa.router",
            "ospf.reserved",
            "ospf.metric",
            "ospf.v3.address_prefix.ipv6",
            "ospf.v3.lsa.link_local_interface_address.ipv6",
            "ospf.v3.as.external.flags",
            "ospf.v3.lsa.forwarding_address.ipv6",
            "ospf.v3.lsa.referenced_ls_type",
            "ospf.v3.prefix.options",
        ],
    );
    assert_eq!(
        rows,
        [
            [
                "eth:ethertype:ipv6:ospf",
                "0x2001,0x2003,0x0008,0x4005",
                "0x0001,0x0001,0x0000,0x0002",
                "1,3,8,5",
                "1",
                "00,00,00,0000,0000",
                "10,74,20",
                "2001:db8:0:3::,::,2001:db8:ffff:fff8::",
                "fe80::2",
                "0x07",
                "fe80::1",
                "0x0001",
                "0x00,0x00,0x02",
            ],
            [
                "eth:ethertype:ipv6:ospf",
                "0x2001",
                "0x0001",
                "1",
                "",
                "00,0000",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ],
        ]
    );
}
