//! PIM and the Mobile IPv6 mobility header on frames of tcpdump's captures
//! (PIM-SM_join_prune.pcap frames 1, 3 and 11: a Hello, a Join/Prune and
//! a PIMv1 RP-Reachable inside IGMP; ipv6_mobility_1.pcap frames 7, 13
//! and 15: a Binding Update, Acknowledgement and Error with options),
//! with the values tshark 4.0 gives on them (`tshark -r F -T fields -e ...`).

mod common;

#[test]
fn pim_hello_join_prune_and_version_1() {
    let frames = [
        "01005e00000dc2023d800001080045c00036008200000167ce040a00000ee000000d200041fe00010002006900140004d76fc4dc00130004000000010015000401000000",
        "01005e00000dc2023d800001080045c00036008b00000167cdfb0a00000ee000000d23005ae501000a00000d000100d201000020ef7b7b7b000100000100072001010101",
        "01005e000002c2033d800001080045c0002c00ba00000102d65201010101e000000214046df410000000ef7b7b7bffffffff010101010000010e0000",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("pim.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "pim.version",
            "pim.type",
            "pim.cksum.status",
            "pim.optiontype",
            "pim.holdtime",
            "pim.generation_id",
            "pim.upstream_neighbor",
            "pim.numgroups",
            "pim.group",
            "pim.join_ip",
            "pim.code",
            "pim.rp",
        ],
    );
    assert_eq!(
        rows,
        [
            [
                "eth:ethertype:ip:pim",
                "PIMv2",
                "Hello",
                "2",
                "0",
                "1",
                "1,20,19,21",
                "105",
                "3614426332",
                "",
                "",
                "",
                "",
                "",
                ""
            ],
            [
                "eth:ethertype:ip:pim",
                "PIMv2",
                "Join/Prune",
                "2",
                "3",
                "1",
                "",
                "210",
                "",
                "10.0.0.13",
                "1",
                "239.123.123.123,239.123.123.123",
                "1.1.1.1",
                "",
                ""
            ],
            [
                "eth:ethertype:ip:igmp:pim",
                "PIMv1",
                "RP-Reachable",
                "1",
                "",
                "1",
                "",
                "270",
                "",
                "",
                "",
                "",
                "",
                "4",
                "1.1.1.1"
            ],
        ]
    );
}

#[test]
fn mobility_header_messages_and_options() {
    let frames = [
        "600000000020874020010db800000000000000000000000120010db80000000000000000000000023b030500000003e880000e100310200106604701f004020d54fffe98bc930100",
        "600000000020874020010db800000000000000000000000120010db80000000000000000000000023b0306000000000003e80e10050c8101738d517d516940ec0611010400000000",
        "600000000018874020010db800000000000000000000000120010db80000000000000000000000023b0207000000010020010db8000000000000000000000001",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    // LINKTYPE_IPV6, as the capture has it.
    let pcap = common::pcap_of(229, 1_000, &frames);
    common::keep_crafted("mip6.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "mip6.proto",
            "mip6.hlen",
            "mip6.mhtype",
            "mip6.csum",
            "mip6.bu.seqnr",
            "mip6.bu.a_flag",
            "mip6.nemo.bu.r_flag",
            "mip6.bu.lifetime",
            "mip6.ba.status",
            "mip6.ba.seqnr",
            "mip6.be.haddr",
            "mip6.mobility_opt.len",
            "mip6.padn",
            "mip6.acoa.acoa",
            "mip6.bad.auth",
        ],
    );
    assert_eq!(
        rows,
        [
            [
                "ipv6:mipv6",
                "MIPv6",
                "Binding Update",
                "59",
                "3",
                "5",
                "0x0000",
                "1000",
                "1",
                "0",
                "3600",
                "",
                "",
                "",
                "16,0",
                "",
                "2001:660:4701:f004:20d:54ff:fe98:bc93",
                ""
            ],
            [
                "ipv6:mipv6",
                "MIPv6",
                "Binding Acknowledgement",
                "59",
                "3",
                "6",
                "0x0000",
                "",
                "",
                "",
                "",
                "0",
                "1000",
                "",
                "12,4",
                "00000000",
                "",
                "8101738d517d516940ec0611"
            ],
            [
                "ipv6:mipv6",
                "MIPv6",
                "Binding Error",
                "59",
                "2",
                "7",
                "0x0000",
                "",
                "",
                "",
                "",
                "",
                "",
                "2001:db8::1",
                "",
                "",
                "",
                ""
            ],
        ]
    );
}
