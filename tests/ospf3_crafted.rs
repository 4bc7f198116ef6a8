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
