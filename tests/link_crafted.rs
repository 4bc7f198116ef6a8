//! Cisco's VN-Tag (EtherType 0x8926), the 802.1ah I-tag (0x88e7),
//! Cisco FabricPath (0x8903, a header in place of Ethernet's), the
//! Configuration Testing Protocol (0x9000), Cisco MetaData in GRE and
//! the Slow Protocols' LACP (0x8809) on
//! crafted frames (VN-Tag: a tag with every field set in front of
//! IPv4/UDP, and one whose type field is an 802.3 length, LLC following),
//! with the values tshark 4.0.17 gives on the same bytes
//! (`tshark -r F -T fields -e ...`).

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

/// An 802.1ah I-tag (EtherType 0x88e7, Provider Backbone Bridging) with
/// every field set in front of ARP and Ethernet padding (the trailer is
/// the I-tag's), and one cut after the customer addresses: tshark's cells
/// on the same bytes.
#[test]
fn pbb_itag_fields_what_follows_and_a_cut_tag() {
    let frames = [
        "00000102000100000101000188e7b61234560a0b0c0d0e0f00112233445508060001080006040001001122334455c0a80001000000000000c0a8000200000000",
        "00000102000100000101000188e7b61234560a0b0c0d0e0f001122334455",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("pbb.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "ieee8021ah.priority",
            "ieee8021ah.drop",
            "ieee8021ah.nca",
            "ieee8021ah.res1",
            "ieee8021ah.res2",
            "ieee8021ah.isid",
            "ieee8021ah.cdst",
            "ieee8021ah.csrc",
            "ieee8021ah.etype",
            "ieee8021ah.trailer",
            "arp.src.proto_ipv4",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.malformed",
        ],
    );
    let rows: Vec<String> = rows.into_iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:ieee8021ah:ethertype:arp|5|1|0|1|2|1193046|0a:0b:0c:0d:0e:0f|00:11:22:33:44:55|0x0806|00000000|192.168.0.1|ARP|Who has 192.168.0.2? Tell 192.168.0.1|",
            "eth:ethertype:ieee8021ah|5|1|0|1|2|1193046|0a:0b:0c:0d:0e:0f|00:11:22:33:44:55||||802.1ah|PRI: 5  Drop: 1  NCA: 0  Res1: 1  Res2: 2  I-SID: 1193046[Malformed Packet]|[Malformed Packet: IEEE 802.1AH],_ws.malformed",
        ]
    );
}

/// Cisco FabricPath: a group destination and a 16-byte header; a
/// hierarchical destination and an 802.1Q tag before the FabricPath type
/// (20 bytes); a header cut after its type. Each carries an Ethernet
/// frame (IPv4/UDP) and ends with a 4-byte checksum. Expected: tshark
/// 4.0.17 on the same bytes (Ethernet listed but no field of its own:
/// FabricPath's heuristic takes the frame first; every end node id 0).
#[test]
fn fabricpath_header_carried_frame_and_checksum() {
    let frames = [
        "0100deadbeef964ebf4e521d8903016102000000000202000000000108004500001e00010000401166cc0a0000010a00000204d2270f000a00006869deadbeef",
        "02f1234500010312344e00028100b0648903ffff02000000000202000000000108004500001e00010000401166cc0a0000010a00000204d2270f000a00006869deadbeef",
        "0100deadbeef964ebf4e521d890300",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("cfp.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "cfp.d_hmac_mc",
            "cfp.eid",
            "cfp.ul",
            "cfp.ig",
            "cfp.ooodl",
            "cfp.swid",
            "cfp.sswid",
            "cfp.lid",
            "cfp.etype",
            "cfp.1ad.etype",
            "cfp.1ad.priority",
            "cfp.1ad.dei",
            "cfp.1ad.id",
            "cfp.ftag",
            "cfp.ttl",
            "cfp.fcs",
            "cfp.fcs.status",
            "eth.src",
            "ip.src",
            "udp.length",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.into_iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "eth:cfp:eth:ethertype:ip:udp:data|01:00:de:ad:be:ef|0|1|0|0|3775|78|21021|0x8903|||||5|33|0xdeadbeef|2|02:00:00:00:00:01|10.0.0.1|10|UDP|1234 → 9999 Len=2|",
            "eth:cfp:eth:ethertype:ip:udp:data||0,0|1,1|0,1|1,1|291,564|69,78|1,2|0x8903|0x8100|5|1|100|1023|63|0xdeadbeef|2|02:00:00:00:00:01|10.0.0.1|10|UDP|1234 → 9999 Len=2|",
            "eth:cfp|01:00:de:ad:be:ef|0|1|0|0|3775|78|21021|0x8903||||||||||||FabricPath|Cisco FabricPath MiM Encapsulated Frame[Malformed Packet]|Malformed Packet (Exception occurred)",
        ]
    );
}

/// The Ethernet Configuration Testing Protocol (EtherType 0x9000): the
/// relevant function first in the list, second (skip count 8), an unknown
/// one, a skip count past the list, a list cut in a forwarding address; and
/// Cisco MetaData as GRE's protocol 0x8909 carries it (its type first,
/// what follows found in GRE's table: no `ethertype`).
#[test]
fn config_test_protocol_and_cisco_metadata_in_gre() {
    let frames = [
        "02000000000202000000000190000000020002000000000301000700555555555555555555555555555555555555555555555555555555555555",
        "02000000000202000000000190000800020002000000000301000900555555555555555555555555555555555555555555555555555555555555",
        "02000000000202000000000190000000070055555555555555555555555555555555555555555555555555555555555555555555555555555555",
        "02000000000202000000000190001400020002000000000301000900555555555555555555555555555555555555555555555555555555555555",
        "0200000000020200000000019000000002000200",
        "02000000000202000000000108004500004000010000402f668c0a0000010a00000200008909080001010001002a45000020000100004001f988c0a80001c0a800020800192d0001000170696e67",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("loop_cmd.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "loop.skipcount",
            "loop.function",
            "loop.relevant_function",
            "loop.receipt_number",
            "loop.forwarding_address",
            "data.len",
            "cmd.type",
            "cmd.version",
            "cmd.length",
            "cmd.options",
            "cmd.sgt",
            "ip.src",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.into_iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:loop:data|0|2,1|2|7|02:00:00:00:00:03|30|||||||LOOP|Forward Data|",
            "eth:ethertype:loop:data|8|2,1|1|9|02:00:00:00:00:03|30|||||||LOOP|Reply|",
            "eth:ethertype:loop:data|0|7|7|||40|||||||LOOP|Unknown function (7)|",
            "eth:ethertype:loop:data|20|2,1||9|02:00:00:00:00:03|30|||||||LOOP|No valid function found|",
            "eth:ethertype:loop|0|2|2||||||||||LOOP|Forward Data[Malformed Packet]|Malformed Packet (Exception occurred)",
            "eth:ethertype:ip:gre:cmd:ip:icmp:data||||||4|0x0800|1|1|0x0001|42|10.0.0.1,192.168.0.1|ICMP|Echo (ping) request  id=0x0001, seq=1/256, ttl=64|",
        ]
    );
}

/// Slow Protocols and LACP: a LACPDU as switches send it, one whose actor
/// TLV has the wrong type and length (with four bytes of trailer), one
/// with a version 2 TLV before the terminator, one cut in the partner
/// TLV, one with HP's IRF extension after the pad, an unknown subtype,
/// and a terminator with a length.
#[test]
fn slow_protocols_and_lacp() {
    let frames = [
        "0180c20000020011223344558809010101148000001122334400000d800000163d0000000214800000aabbccdd00000e800000193f0000000310c35000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c20000020011223344558809010107128000001122334400000d800000163d0000000214800000aabbccdd00000e800000193f0000000310c3500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c20000020011223344558809010101148000001122334400000d800000163d0000000214800000aabbccdd00000e800000193f0000000310c35000000000000000000000000004060102030400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c20000020011223344558809010101148000001122334400000d800000163d0000000214800000aabbccdd00000e800000193f0000",
        "0180c20000020011223344558809010101148000001122334400000d800000163d0000000214800000aabbccdd00000e800000193f0000000310c350000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006418000000000000000000000000000000000000000000000000",
        "0180c200000200112233445588090700000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c20000020011223344558809010101148000001122334400000d800000163d0000000214800000aabbccdd00000e800000193f0000000310c35000000000000000000000000000050000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("lacp.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "slow.subtype",
            "lacp.version",
            "lacp.tlv_type",
            "lacp.tlv_length",
            "lacp.actor.sysid",
            "lacp.actor.state",
            "lacp.actor.state_str",
            "lacp.partner.state.activity",
            "lacp.collector.max_delay",
            "lacp.pad",
            "lacp.vendor",
            "lacp.vendor.hp.unknown",
            "lacp.vendor.hp.length",
            "lacp.vendor.hp.irf_mac",
            "eth.trailer",
            "eth.padding",
            "data.len",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.into_iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:slow:lacp|0x01|0x01|0x01,0x02,0x03,0x00|0x14,0x14,0x10,0x00|00:11:22:33:44:00|0x3d|**DCSG*A|1|50000|0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000||||||||LACP|v1 ACTOR 00:11:22:33:44:00 P: 22 K: 13 **DCSG*A PARTNER 00:aa:bb:cc:dd:00 P: 25 K: 14 **DCSGSA|",
            "eth:ethertype:slow:lacp|0x01|0x01|0x07,0x02,0x03,0x00|0x12,0x14,0x10,0x00|00:11:22:33:44:00|0x3d|**DCSG*A|1|50000|0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000||||||||LACP|v1 ACTOR 00:11:22:33:44:00 P: 22 K: 13 **DCSG*A PARTNER 00:aa:bb:cc:dd:00 P: 25 K: 14 **DCSGSA|TLV is not expected type,TLV is not expected length",
            "eth:ethertype:slow:lacp|0x01|0x01|0x01,0x02,0x03,0x04,0x00|0x14,0x14,0x10,0x06,0x00|00:11:22:33:44:00|0x3d|**DCSG*A|1|50000|0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000||||||||LACP|v1 ACTOR 00:11:22:33:44:00 P: 22 K: 13 **DCSG*A PARTNER 00:aa:bb:cc:dd:00 P: 25 K: 14 **DCSGSA|",
            "eth:ethertype:slow:lacp|0x01|0x01|0x01,0x02|0x14,0x14|00:11:22:33:44:00|0x3d|**DCSG*A|1||||||||||LACP|v1 ACTOR 00:11:22:33:44:00 P: 22 K: 13 **DCSG*A[Malformed Packet]|Malformed Packet (Exception occurred)",
            "eth:ethertype:slow:lacp|0x01|0x01|0x01,0x02,0x03,0x00|0x14,0x14,0x10,0x00|00:11:22:33:44:00|0x3d|**DCSG*A|1|50000|0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|6418000000000000000000000000000000000000000000000000|64,0000,0000000000000000,0000|24|00:00:00:00:00:00||||LACP|v1 ACTOR 00:11:22:33:44:00 P: 22 K: 13 **DCSG*A PARTNER 00:aa:bb:cc:dd:00 P: 25 K: 14 **DCSGSA|",
            "eth:ethertype:slow:data|0x07||||||||||||||||40|Slow Protocols|Subtype = 7|",
            "eth:ethertype:slow:lacp|0x01|0x01|0x01,0x02,0x03,0x00|0x14,0x14,0x10,0x05|00:11:22:33:44:00|0x3d|**DCSG*A|1|50000|0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000||||||||LACP|v1 ACTOR 00:11:22:33:44:00 P: 22 K: 13 **DCSG*A PARTNER 00:aa:bb:cc:dd:00 P: 25 K: 14 **DCSGSA|TLV is not expected length",
        ]
    );
}

/// LINKTYPE_IPOIB (242): a unicast destination (queue pair and GID) over
/// IPv4, a Global Route Header over IPv6, a type that hands nothing on,
/// and a pseudo-header cut in its destination GID.
#[test]
fn ip_over_infiniband_link_type() {
    let frames = [
        "000000000000000000000000000000000000000080000550fe800000000000000010e000664ab451080000004500001e00010000401166cc0a0000010a00000204d2270f000a00006869",
        "6123456700123456fe800000000000000010e000664ab452fe800000000000000010e000664ab45186dd000060000000000a1140000000000000000000000000000000010000000000000000000000000000000204d2270f000a00006869",
        "000000000000000000000000000000000000000000000001fe800000000000000010e000664ab451123400006a756e6b",
        "000000000000000000000000000000000000000000000000000000000000",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(242, 1_000, &frames);
    common::keep_crafted("ip_over_infiniband_link_type.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "ipoib.daddr.qpn",
            "ipoib.grh.ipver",
            "ipoib.grh.tclass",
            "ipoib.grh.flowlabel",
            "ipoib.grh.sqpn",
            "ipoib.grh.sgid",
            "ipoib.dgid",
            "ipoib.type",
            "ipoib.reserved",
            "ip.src",
            "ipv6.src",
            "data.len",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.into_iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "ipoib:ip:udp:data|0x000550||||||fe80::10:e000:664a:b451|0x0800|0x0000|10.0.0.1||2|UDP|1234 → 9999 Len=2|",
            "ipoib:ipv6:udp:data||6|18|214375|0x123456|fe80::10:e000:664a:b452|fe80::10:e000:664a:b451|0x86dd|0x0000||::1|2|UDP|1234 → 9999 Len=2 [ILLEGAL CHECKSUM (0)]|Illegal checksum value (0)",
            "ipoib|0x000001||||||fe80::10:e000:664a:b451|0x1234|0x0000||||IPoIB|IP over Infiniband|",
            "ipoib|0x000000||||||||||||IPoIB|IP over Infiniband[Malformed Packet]|Malformed Packet (Exception occurred)",
        ]
    );
}

/// LINKTYPE_IPNET (226): Solaris's header over IPv4 and IPv6 (family 26),
/// an unknown family (nothing handed on), and a header cut in its
/// interface index.
#[test]
fn solaris_ipnet_link_type() {
    let frames = [
        "010200010000001e000000030000000000000000000000004500001e00010000401166cc0a0000010a00000204d2270f000a00006869",
        "011a0001000000320000000300000000000000000000000060000000000a1140000000000000000000000000000000010000000000000000000000000000000204d2270f000a00006869",
        "01070001000000040000000300000000000000000000000061626364",
        "01020001000000000000",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(226, 1_000, &frames);
    common::keep_crafted("solaris_ipnet_link_type.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "ipnet.version",
            "ipnet.family",
            "ipnet.htype",
            "ipnet.pktlen",
            "ipnet.ifindex",
            "ipnet.grifindex",
            "ipnet.zsrc",
            "ipnet.zdst",
            "ip.src",
            "ipv6.src",
            "data.len",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.into_iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "ipnet:ip:udp:data|1|2|1|30|3|0|0|0|10.0.0.1||2|UDP|1234 → 9999 Len=2|",
            "ipnet:ipv6:udp:data|1|26|1|50|3|0|0|0||::1|2|UDP|1234 → 9999 Len=2 [ILLEGAL CHECKSUM (0)]|Illegal checksum value (0)",
            "ipnet|1|7|1|4|3|0|0|0||||IPNET|Solaris IPNET|",
            "ipnet|1|2|1|0||||||||IPNET|Solaris IPNET[Malformed Packet]|Malformed Packet (Exception occurred)",
        ]
    );
}

/// LACP's Marker protocol (slow subtype 2): an information and a response
/// PDU; wrong TLV types and lengths and a non-zero pad (tshark lists the
/// wrong types before the wrong lengths, all on the first TLV's type
/// item, then the pad's note); a terminator with a length and four bytes
/// after the PDU; PDUs cut in the reserved bytes and in the pad.
#[test]
fn lacp_marker_protocol() {
    let frames = [
        "0180c200000200112233445588090201011000030011223344000000000700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c200000200112233445588090201021000030011223344000000000900000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c200000200112233445588090201050e00030011223344000000000700010300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c20000020011223344558809020101100003001122334400000000070000000200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c20000020011223344558809020101100003001122334400000000070000000000",
        "0180c200000200112233445588090201010e00030011223344000000000700000300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c200000200112233445588090201051000030011223344000000000700000003000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c200000200112233445588090201010e00030011223344000000000700020004000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "0180c20000020011223344558809020107100003001122334400000000070005",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("marker.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "slow.subtype",
            "marker.version",
            "marker.tlvType",
            "marker.tlvLen",
            "marker.requesterPort",
            "marker.requesterSystem",
            "marker.requesterTransId",
            "marker.requesterPad",
            "eth.trailer",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.into_iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:slow:marker|0x02|0x01|0x01,0x00|0x10,0x00|3|00:11:22:33:44:00|7|0||Marker|Information SysId=00:11:22:33:44:00, P=3, TId=7|",
            "eth:ethertype:slow:marker|0x02|0x01|0x02,0x00|0x10,0x00|3|00:11:22:33:44:00|9|0||Marker|Response SysId=00:11:22:33:44:00, P=3, TId=9|",
            "eth:ethertype:slow:marker|0x02|0x01|0x05,0x03|0x0e,0x00|3|00:11:22:33:44:00|7|1||Marker|Marker Protocol SysId=00:11:22:33:44:00, P=3, TId=7|TLV is not expected type,TLV is not expected type,TLV is not expected length,pad value is not 0",
            "eth:ethertype:slow:marker|0x02|0x01|0x01,0x00|0x10,0x02|3|00:11:22:33:44:00|7|0||Marker|Information SysId=00:11:22:33:44:00, P=3, TId=7|TLV is not expected length",
            "eth:ethertype:slow:marker|0x02|0x01|0x01,0x00|0x10,0x00|3|00:11:22:33:44:00|7|0||Marker|Information SysId=00:11:22:33:44:00, P=3, TId=7[Malformed Packet]|Malformed Packet (Exception occurred)",
            "eth:ethertype:slow:marker|0x02|0x01|0x01,0x03|0x0e,0x00|3|00:11:22:33:44:00|7|0||Marker|Information SysId=00:11:22:33:44:00, P=3, TId=7|TLV is not expected type,TLV is not expected length",
            "eth:ethertype:slow:marker|0x02|0x01|0x05,0x00|0x10,0x03|3|00:11:22:33:44:00|7|0||Marker|Marker Protocol SysId=00:11:22:33:44:00, P=3, TId=7|TLV is not expected type,TLV is not expected length",
            "eth:ethertype:slow:marker|0x02|0x01|0x01,0x00|0x0e,0x04|3|00:11:22:33:44:00|7|2||Marker|Information SysId=00:11:22:33:44:00, P=3, TId=7|TLV is not expected length,TLV is not expected length,pad value is not 0",
            "eth:ethertype:slow:marker|0x02|0x01|0x07|0x10|3|00:11:22:33:44:00|7|5||Marker|Marker Protocol SysId=00:11:22:33:44:00, P=3, TId=7[Malformed Packet]|TLV is not expected type,pad value is not 0,Malformed Packet (Exception occurred)",
        ]
    );
}

/// BPDUs as tshark reads their version: a version it does not know is
/// noted; an MST BPDU needs a version 1 length of 0 (else only the RST
/// fields show); a version 3 length under 64 counts MSTI records of 16
/// bytes (Cisco's C3550 sends it so), and a record past the BPDU throws.
#[test]
fn stp_versions_and_msti_record_counts() {
    let frames = [
        "0180c2000000001aa197d185000742420300001380",
        "0180c2000000001aa197d1850079424203000003027c8000000c305dd100000000008000000c305dd10080050000140002000f0000000100726567696f6e00000000000000000000000000000000000000000000000000000007000102030405060708090a0b0c0d0e0f00030d407000003bb79180d1147c8005000c305dd10000030d40808013",
        "0180c2000000001aa197d1850079424203000003027c8000000c305dd100000000008000000c305dd10080050000140002000f0000000200726567696f6e00000000000000000000000000000000000000000000000000000007000102030405060708090a0b0c0d0e0f00030d407000003bb79180d1147c8005000c305dd10000030d40808013",
        "0180c2000000001aa197d1850079424203000003027c8000000c305dd100000000008000000c305dd10080050000140002000f0005000100726567696f6e00000000000000000000000000000000000000000000000000000007000102030405060708090a0b0c0d0e0f00030d407000003bb79180d1147c8005000c305dd10000030d40808013",
        "0180c2000000001aa197d1850079424203000003027c8000000c305dd100000000008000000c305dd10080050000140002000f0000005000726567696f6e00000000000000000000000000000000000000000000000000000007000102030405060708090a0b0c0d0e0f00030d407000003bb79180d1147c8005000c305dd10000030d40808013",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("stp.pcap", &pcap);
    let rows: Vec<String> = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "stp.version",
            "mstp.version_3_length",
            "mstp.config_name",
            "mstp.cist_remaining_hops",
            "mstp.msti.flags",
            "stp.flags.agreement",
            "mstp.msti.remaining_hops",
            "_ws.expert.message",
        ],
    )
    .iter()
    .map(|r| r.join("|"))
    .collect();
    assert_eq!(
        rows,
        [
            "eth:llc:stp|19|||||||This version of Wireshark only knows about versions 0, 2, 3 & 4",
            "eth:llc:stp|3|1|region|20|0x7c|1,1|19|",
            "eth:llc:stp|3|2|region|20|0x7c|1,1|19|Malformed Packet (Exception occurred)",
            "eth:llc:stp|3|||||1||",
            "eth:llc:stp|3|80|region|20|0x7c|1,1|19|",
        ]
    );
}

/// Wake-on-LAN's MagicPacket over Ethernet (EtherType 0x0842) and UDP
/// (tshark's heuristic, any port): no password, an IPv4-form and an
/// Ethernet-form password (`wol.passwd` holds the first bytes of the
/// password's text, as tshark's does), a length between the forms, a
/// broken address run left as data. Expected cells: tshark 4.0.17 on the
/// same bytes (`-o nameres.mac_name:FALSE` for the Info column: osidump
/// resolves no names, as `tshark -n`).
#[test]
fn wake_on_lan_over_ethernet_and_udp() {
    let frames = [
        "ffffffffffff0200000000010842ffffffffffff000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35",
        "ffffffffffff0200000000010842ffffffffffff000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e350a000007",
        "ffffffffffff0200000000010842ffffffffffff000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35a1b2c3d4e5f6",
        "ffffffffffff0200000000010842ffffffffffff000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e350102030405",
        "ffffffffffff0200000000010842ffffffffffff000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e00",
        "ffffffffffff02000000000108004500008a00010000401165630a0000010a0000ff9c40000900760000ffffffffffff000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35a1b2c3d4e5f6aabb",
        "ffffffffffff02000000000108004500008700010000401165660a0000010a0000ff9c409c4900730000ffffffffffff000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35c0a8000109",
        "ffffffffffff02000000000108004500007600010000401165770a0000010a0000ff9c409c4900620000ffffffffffff000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35000d56dc9e35",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("wol.pcap", &pcap);
    let rows: Vec<String> = common::fields_rows_with(
        pcap,
        &["-E", "occurrence=f"],
        &[
            "frame.protocols",
            "_ws.col.Info",
            "wol.sync",
            "wol.mac",
            "wol.passwd",
            "eth.trailer",
            "data.len",
        ],
    )
    .iter()
    .map(|r| r.join("|"))
    .collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:wol|MagicPacket for 00:0d:56:dc:9e:35|ffffffffffff|00:0d:56:dc:9e:35|||",
            "eth:ethertype:wol|MagicPacket for 00:0d:56:dc:9e:35, password 10.0.0.7|ffffffffffff|00:0d:56:dc:9e:35|31302e30||",
            "eth:ethertype:wol|MagicPacket for 00:0d:56:dc:9e:35, password a1:b2:c3:d4:e5:f6|ffffffffffff|00:0d:56:dc:9e:35|61313a62323a||",
            "eth:ethertype:wol|MagicPacket for 00:0d:56:dc:9e:35, password 1.2.3.4|ffffffffffff|00:0d:56:dc:9e:35|312e322e||",
            "eth:ethertype:data|Wake on LAN|||||102",
            "eth:ethertype:ip:udp:wol|MagicPacket for 00:0d:56:dc:9e:35, password a1:b2:c3:d4:e5:f6|ffffffffffff|00:0d:56:dc:9e:35|61313a62323a||",
            "eth:ethertype:ip:udp:wol|MagicPacket for 00:0d:56:dc:9e:35, password 192.168.0.1|ffffffffffff|00:0d:56:dc:9e:35|3139322e||",
            "eth:ethertype:ip:udp:data|40000 → 40009 Len=90|||||90",
        ]
    );
}

/// IEEE 802.1AE MACsec (EtherType 0x88e5) without keys: integrity-only
/// frames with and without the SCI whose payload goes through the
/// EtherType table (what the payload leaves over is `macsec.ICV`, with
/// tshark's padding note when the frame is under 60 bytes before it), an
/// encrypted frame with a short length it does not use (the last 16
/// bytes are the ICV, the rest data), an unknown inner EtherType (its
/// number in the Protocol column, MACsec's Info kept), ES/SCB/AN bits
/// with no SCI, and two frames tshark refuses (a version bit set, too
/// short): the EtherType's data. Expected cells: tshark 4.0.17 on the
/// same bytes.
#[test]
fn macsec_integrity_only_encrypted_and_refused() {
    let frames = [
        "3e6ff374237c2eb73f3995c388e5200000000001001122334455000108004500002e00010000401100000a0000010a00000204d2162e001a0000616161616161616161616161616161616161a0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
        "3e6ff374237c2eb73f3995c388e52c140000000200112233445500010000000000000000000000000000000000000000a0a1a2a3a4a5a6a7a8a9aaabacadaeafeeeeeeeeeeee",
        "3e6ff374237c2eb73f3995c388e5a00000000004001122334455000108004500002e00010000401100000a0000010a00000204d2162e001a0000616161616161616161616161616161616161a0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
        "3e6ff374237c2eb73f3995c388e500000000000508004500002e00010000401100000a0000010a00000204d2162e001a0000616161616161616161616161616161616161a0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
        "3e6ff374237c2eb73f3995c388e5200000000006001122334455000112347a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7aa0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
        "3e6ff374237c2eb73f3995c388e5211e00000007001122334455000108004500001c00010000401100000a0000010a00000204d2162e00080000a0a1a2a3a4a5a6a7a8a9aaabacadaeaf00000000ffffff",
        "3e6ff374237c2eb73f3995c388e55b00ffffffff717171717171717171717171717171717171717171717171717171717171717171717171717171717171717171717171717171717171717171717171a0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
        "3e6ff374237c2eb73f3995c388e52000000000090011223344550001080045454545454545454545",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("macsec.pcap", &pcap);
    let rows: Vec<String> = common::fields_rows_with(
        pcap,
        &[],
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "macsec.TCI",
            "macsec.TCI.E",
            "macsec.TCI.C",
            "macsec.AN",
            "macsec.SL",
            "macsec.PN",
            "macsec.SCI.system_identifier",
            "macsec.SCI.port_identifier",
            "macsec.etype",
            "macsec.ICV",
            "eth.trailer",
            "data.len",
        ],
    )
    .iter()
    .map(|r| r.join("|"))
    .collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:macsec:ethertype:ip:udp:data|UDP|1234 → 5678 Len=18|0x08|0|0|0x00|0|1|00:11:22:33:44:55|1|0x0800|a0a1a2a3a4a5a6a7a8a9aaabacadaeaf||18",
            "eth:ethertype:macsec:data|MACSEC|MACsec frame|0x0b|1|1|0x00|20|2|00:11:22:33:44:55|1||a6a7a8a9aaabacadaeafeeeeeeeeeeee||26",
            "eth:ethertype:data|0x88e5|802.1AE (MACsec)||||||||||||78",
            "eth:ethertype:macsec:ethertype:ip:udp:data|UDP|1234 → 5678 Len=18|0x00|0|0|0x00|0|5|||0x0800|a0a1a2a3a4a5a6a7a8a9aaabacadaeaf||18",
            "eth:ethertype:macsec:ethertype:data|0x1234|MACsec frame|0x08|0|0|0x00|0|6|00:11:22:33:44:55|1|0x1234|||66",
            "eth:ethertype:macsec:ethertype:ip:udp|UDP|1234 → 5678 Len=0|0x08|0|0|0x01|30|7|00:11:22:33:44:55|1|0x0800|a0a1a2a3a4a5a6a7a8a9aaabacadaeaf00000000ffffff||",
            "eth:ethertype:macsec:data|MACSEC|MACsec frame|0x16|1|0|0x03|0|4294967295||||a0a1a2a3a4a5a6a7a8a9aaabacadaeaf||60",
            "eth:ethertype:data|0x88e5|802.1AE (MACsec)||||||||||||26",
        ]
    );
}

/// LINKTYPE_PPP (9) frames that start with a Cisco HDLC address (0x0f
/// unicast, 0x8f multicast): PPP's HDLC dissector hands them to Cisco
/// HDLC (IPv4, a SLARP keepalive, a protocol of no dissector, headers cut
/// after two bytes and one), next to a PPP frame with ff 03 framing.
#[test]
fn cisco_hdlc_framing_on_ppp_link_type() {
    let ip = "4500001e00010000401166cc0a0000010a00000204d2270f000a00006869";
    let frames = [
        format!("0f000800{ip}"),
        "8f008035000000020000000500000004ffff".to_string(),
        "0f00".to_string(),
        format!("ff030021{ip}"),
        "0f".to_string(),
        "8f001234abcd".to_string(),
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(9, 1_000, &frames);
    common::keep_crafted("cisco_hdlc_framing_on_ppp_link_type.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "ppp.address",
            "ppp.protocol",
            "chdlc.address",
            "chdlc.control",
            "chdlc.protocol",
            "slarp.ptype",
            "slarp.mysequence",
            "ip.src",
            "data.len",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.into_iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "ppp:chdlc:ip:udp:data|||0x0f|0x00|0x0800|||10.0.0.1|2|UDP|1234 → 9999 Len=2|",
            "ppp:chdlc:slarp|||0x8f|0x00|0x8035|2|5|||SLARP|Line keepalive, outgoing sequence 5, returned sequence 4|",
            "ppp:chdlc||||||||||CHDLC|[Malformed Packet]|Malformed Packet (Exception occurred)",
            "ppp:ip:udp:data|0xff|0x0021||||||10.0.0.1|2|UDP|1234 → 9999 Len=2|",
            "ppp:chdlc||||||||||CHDLC|[Malformed Packet]|Malformed Packet (Exception occurred)",
            "ppp:chdlc:data|||0x8f|0x00|0x1234||||2|0x1234||",
        ]
    );
}

/// CACE's PPI header (link type 192): an aggregation extension before
/// Ethernet; 802.11-Common, 802.3 extension, a spectrum map and a field of
/// an unknown type; 802.11n MAC+PHY before an 802.11 beacon (`wlan_radio`
/// from the PPI fields); a known field of the wrong length (an error, the
/// walk goes on); a header cut short; the alignment flag; a header length
/// past its fields (the next field is read from the packet and runs past
/// it). Expected: tshark 4.0.17 on the same bytes, but the beacon's
/// expert items (tshark's HT airtime assumptions, which osidump does not
/// model).
#[test]
fn ppi_header_fields_and_the_packet_after_it() {
    let frames = [
        "0000100001000000080004000300000001005e0203050054afe703400800450000210001000040110000c0a85849e0020305d6d83039000d000068656c6c6f",
        "00003a000100000002001400554433221100000001006c008509a0000000d8a10900080001000000050000000500040001020304409c0200aabb01005e0203050054afe703400800450000210001000040110000c0a85849e0020305d6d83039000d000068656c6c6f",
        "00003c0069000000040030000400000011000000020702322829ff000102030499098000d8a6d7a5808000000100000002000000030000000000000080000000ffffffffffff02000000000102000000000110000000000000000000640001040003666f6f",
        "00000e000100000008000200010201005e0203050054afe703400800450000210001000040110000c0a85849e0020305d6d83039000d000068656c6c6f",
        "000010000100",
        "0001100001000000080004000300000001005e0203050054afe703400800450000210001000040110000c0a85849e0020305d6d83039000d000068656c6c6f",
        "0000280001000000080004000300000001005e0203050054afe703400800450000210001000040110000c0a85849e0020305d6d83039000d000068656c6c6f",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(192, 1_600_000_000, &frames);
    common::keep_crafted("ppi_header_fields_and_the_packet_after_it.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "ppi.version",
            "ppi.flags.alignment",
            "ppi.length",
            "ppi.dlt",
            "ppi.field_type",
            "ppi.field_len",
            "ppi.80211-common.tsft",
            "ppi.80211-common.flags.fcs",
            "ppi.80211-common.rate",
            "ppi.80211-common.chan.freq",
            "ppi.80211-common.chan.flags.2ghz",
            "ppi.80211-common.dbm.antsignal",
            "ppi.8023_extension.errors",
            "ppi.8023_extension.errors.symbol",
            "ppi.spectrum-map",
            "ppi.reserved",
            "ppi.80211n-mac.flags.rx.short_guard_interval",
            "ppi.80211n-mac.ampdu_id",
            "ppi.80211n-mac-phy.mcs",
            "ppi.80211n-mac-phy.rssi.ant2ctl",
            "ppi.80211-mac-phy.ext-chan.freq",
            "ppi.80211n-mac-phy.dbmant2.signal",
            "ppi.80211n-mac-phy.evm2",
            "ppi.aggregation_extension.interface_id",
            "ppi.invalid_length",
            "wlan.sa",
            "ip.src",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.into_iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "ppi:pcap_pktdata:eth:ethertype:ip:udp:data|0|0|16|1|8|4||||||||||||||||||3|||192.168.88.73|UDP|55000 → 12345 Len=5|",
            "ppi:pcap_pktdata:eth:ethertype:ip:udp:data|0|0|58|1|2,9|20,8|73588229205|1|54000|2437|1|-40|0x00000005|1|0500040001020304|409c0200aabb|||||||||||192.168.88.73|UDP|55000 → 12345 Len=5|",
            "ppi:wlan_radio:wlan|0|0|60|105|4|48|||||||||||1|0x00000011|7|255|2457|-128|3|||02:00:00:00:00:01||802.11|Beacon frame, SN=1, FN=0, Flags=........, BI=100, SSID=\"foo\"|",
            "ppi:pcap_pktdata:eth:ethertype:ip:udp:data|0|0|14|1|8|2|||||||||||||||||||1||192.168.88.73|UDP|55000 → 12345 Len=5|Invalid length: 2",
            "ppi||||||||||||||||||||||||||||PPI|[Malformed Packet]|Malformed Packet (Exception occurred)",
            "ppi:pcap_pktdata:eth:ethertype:ip:udp:data|0|1|16|1|8|4||||||||||||||||||3|||192.168.88.73|UDP|55000 → 12345 Len=5|",
            "ppi|0|0|40|1|8|4||||||||||||||||||3||||PPI|PPI version 0, 40 bytes[Malformed Packet]|Malformed Packet (Exception occurred)",
        ]
    );
}

/// A little-endian pcapng block.
fn ng_block(kind: u32, body: &[u8]) -> Vec<u8> {
    let len = (12 + body.len()) as u32;
    let mut b = kind.to_le_bytes().to_vec();
    b.extend_from_slice(&len.to_le_bytes());
    b.extend_from_slice(body);
    b.extend_from_slice(&len.to_le_bytes());
    b
}

/// A pcapng option, padded.
fn ng_option(code: u16, value: &[u8]) -> Vec<u8> {
    let mut o = code.to_le_bytes().to_vec();
    o.extend_from_slice(&(value.len() as u16).to_le_bytes());
    o.extend_from_slice(value);
    o.resize(o.len() + (4 - value.len() % 4) % 4, 0);
    o
}

/// What a pcapng packet block's options say (epb_flags, epb_dropcount,
/// epb_packetid, epb_queue) as tshark's frame shows it: the flags and
/// their parts, the direction as `frame.p2p_dir`, and an FCS length of 4
/// making Ethernet's last four bytes its FCS. Rows are tshark 4.0.17's on
/// the same bytes.
#[test]
fn pcapng_packet_flags_drop_count_packet_id_and_queue() {
    let arp = common::unhex(
        "ffffffffffff00000000000108060001080006040001000000000001c0a80001000000000000c0a80002",
    );
    let mut with_fcs = arp.clone();
    with_fcs.extend_from_slice(&[0xde, 0xad, 0xbe, 0xef]);
    let epb = |data: &[u8], options: &[Vec<u8>]| {
        let mut body = Vec::new();
        for v in [0u32, 0, 1000, data.len() as u32, data.len() as u32] {
            body.extend_from_slice(&v.to_le_bytes());
        }
        body.extend_from_slice(data);
        body.resize(body.len() + (4 - data.len() % 4) % 4, 0);
        for o in options {
            body.extend_from_slice(o);
        }
        if !options.is_empty() {
            body.extend_from_slice(&ng_option(0, &[]));
        }
        ng_block(6, &body)
    };
    let mut shb = 0x1a2b_3c4du32.to_le_bytes().to_vec();
    shb.extend_from_slice(&[1, 0, 0, 0]);
    shb.extend_from_slice(&(-1i64).to_le_bytes());
    let mut idb = vec![1, 0, 0, 0, 0xff, 0xff, 0, 0];
    idb.extend_from_slice(&ng_option(2, b"veth0"));
    idb.extend_from_slice(&ng_option(0, &[]));
    let mut pcapng = ng_block(0x0a0d_0d0a, &shb);
    pcapng.extend(ng_block(1, &idb));
    pcapng.extend(epb(
        &arp,
        &[
            ng_option(2, &0x0100_0009u32.to_le_bytes()),
            ng_option(4, &7u64.to_le_bytes()),
            ng_option(5, &12345u64.to_le_bytes()),
            ng_option(6, &3u32.to_le_bytes()),
        ],
    ));
    pcapng.extend(epb(&arp, &[ng_option(2, &2u32.to_le_bytes())]));
    pcapng.extend(epb(&with_fcs, &[ng_option(2, &0x80u32.to_le_bytes())]));
    pcapng.extend(epb(&arp, &[]));
    let rows = common::fields_rows_with(
        pcapng,
        &["-E", "separator=|"],
        &[
            "frame.interface_queue",
            "frame.packet_flags",
            "frame.packet_flags_direction",
            "frame.packet_flags_reception_type",
            "frame.packet_flags_fcs_length",
            "frame.packet_flags_crc_error",
            "frame.packet_id",
            "frame.drop_count",
            "frame.p2p_dir",
            "eth.fcs",
            "arp.dst.proto_ipv4",
        ],
    );
    let rows: Vec<String> = rows.iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "3|0x01000009|0x00000001|2|0|1|12345|7|1||192.168.0.2",
            "|0x00000002|0x00000002|0|0|0|||0||192.168.0.2",
            "|0x00000080|0x00000000|0|4|0||||0xdeadbeef|192.168.0.2",
            "||||||||||192.168.0.2",
        ]
    );
}

/// 802.11 management bodies (link type 105): a beacon with SSID, rates,
/// DS, TIM, ERP, extended rates, power constraint, mesh ID, a vendor
/// element and a number tshark has no decoder for; a probe response with
/// empty elements (tshark's "undecoded" bytes); (re)association request
/// and response, authentication, deauthentication with an element, a
/// vendor action (its OUI, then data), disassociation and ATIM; a TIM
/// that runs past the body (shown as far as its bytes go, then the
/// contained error), a beacon cut in its capabilities, a probe request of
/// one byte, a rates element past the body, an ERP element with none of
/// its bytes, a vendor element of only its OUI. Then radiotap with an FCS
/// (127): an element that runs into the FCS (tshark's DS decoder reads
/// none of it: no error) and a whole one. Expected: tshark 4.0.17 on the
/// same bytes.
#[test]
fn wlan_management_fixed_and_tagged_parameters() {
    let fields: &[&str] = &[
        "frame.protocols",
        "wlan.fixed.all",
        "wlan.fixed.timestamp",
        "wlan.fixed.beacon",
        "wlan.fixed.capabilities",
        "wlan.fixed.capabilities.ess",
        "wlan.fixed.capabilities.ibss",
        "wlan.fixed.capabilities.reserved1",
        "wlan.fixed.capabilities.privacy",
        "wlan.fixed.capabilities.short_preamble",
        "wlan.fixed.capabilities.short_slot_time",
        "wlan.fixed.capabilities.reserved6",
        "wlan.fixed.listen_ival",
        "wlan.fixed.current_ap",
        "wlan.fixed.status_code",
        "wlan.fixed.aid",
        "wlan.fixed.auth.alg",
        "wlan.fixed.auth_seq",
        "wlan.fixed.reason_code",
        "wlan.fixed.category_code",
        "wlan.tagged.all",
        "wlan.tag",
        "wlan.tag.number",
        "wlan.tag.length",
        "wlan.tag.data",
        "wlan.ssid",
        "wlan.supported_rates",
        "wlan.extended_supported_rates",
        "wlan.ds.current_channel",
        "wlan.tim.dtim_count",
        "wlan.tim.dtim_period",
        "wlan.tim.bmapctl",
        "wlan.tim.bmapctl.multicast",
        "wlan.tim.bmapctl.offset",
        "wlan.tim.partial_virtual_bitmap",
        "wlan.erp_info",
        "wlan.erp_info.erp_present",
        "wlan.erp_info.use_protection",
        "wlan.erp_info.barker_preamble_mode",
        "wlan.erp_info.reserved",
        "wlan.powercon.local",
        "wlan.mesh.id",
        "wlan.tag.oui",
        "data.data",
        "_ws.col.Protocol",
        "_ws.col.Info",
    ];
    let bare = [
        "80000000ffffffffffff0200000000010200000000011000010203040506070864003104000474657374010482848b960301060504000100002a010432040c12182420010372046d657368dd050001020304c802abcd",
        "50003a01a1a1a1a1a101ffffffffffff02000000000102000000000110000000000000000000c8001100000001088c129824b048606c",
        "00003a01ffffffffffff020000000001020000000001100031040a00000361626301028284",
        "10003a01ffffffffffff02000000000102000000000110001104000005c001028284",
        "20003a01ffffffffffff020000000001020000000001100031040a00a3a3a3a3a3030000",
        "b0003a01ffffffffffff0200000000010200000000011000000002000100",
        "c0003a01ffffffffffff02000000000102000000000110000700dd0400010203",
        "d0003a01ffffffffffff02000000000102000000000110007f0001020304",
        "80000000ffffffffffff02000000000102000000000110000102030405060708640031040002616205080001",
        "80000000ffffffffffff02000000000102000000000110000102030405060708640031",
        "40000000ffffffffffff02000000000102000000000110000000010000003200",
        "a0003a01ffffffffffff02000000000102000000000110000800",
        "90000000ffffffffffff0200000000010200000000011000",
        "40000000ffffffffffff020000000001020000000001100000",
        "40000000ffffffffffff020000000001020000000001100001088284",
        "40000000ffffffffffff02000000000102000000000110002a05",
        "40000000ffffffffffff0200000000010200000000011000dd030050f2",
    ];
    let bare: Vec<Vec<u8>> = bare.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(105, 1_600_000_000, &bare);
    common::keep_crafted("wlan_management_bare.pcap", &pcap);
    let rows: Vec<String> = common::fields_rows(pcap, None, fields)
        .into_iter()
        .map(|r| r.join("|"))
        .collect();
    assert_eq!(
        rows,
        [
            "wlan|1|578437695752307201|100|0x0431|1|0|0|1|1|1|0|||||||||1|1,1,1,1,1,1,1,1,1,1|0,1,3,5,42,50,32,114,221,200|4,4,1,4,1,4,1,4,5,2|abcd|74657374|0x82,0x84,0x8b,0x96|0x0c,0x12,0x18,0x24|6|0|1|0x00|0|0x00|00|0x04|0|0|1|0x00|3|mesh|258||802.11|Beacon frame, SN=1, FN=0, Flags=........, BI=100, SSID=\"test\", MESHID=mesh",
            "wlan|1|68736253952|0|0x0000|0|0|0|0|0|0|0|||||||||1|1,1,1,1,1|0,200,17,0,1|0,0,0,0,8|<MISSING>,<MISSING>,<MISSING>|<MISSING>|0x8c,0x12,0x98,0x24,0xb0,0x48,0x60,0x6c||||||||||||||||||802.11|Probe Response, SN=0, FN=2, Flags=........, BI=0, SSID=Wildcard (Broadcast)",
            "wlan|1|||0x0431|1|0|0|1|1|1|0|0x000a||||||||1|1,1|0,1|3,2||616263|0x82,0x84||||||||||||||||||802.11|Association Request, SN=1, FN=0, Flags=........, SSID=\"abc\"",
            "wlan|1|||0x0411|1|0|0|1|0|1|0|||0x0000|0x0005|||||1|1|1|2|||0x82,0x84||||||||||||||||||802.11|Association Response, SN=1, FN=0, Flags=........",
            "wlan|1|||0x0431|1|0|0|1|1|1|0|0x000a|a3:a3:a3:a3:a3:03|||||||1|1|0|0||<MISSING>|||||||||||||||||||802.11|Reassociation Request, SN=1, FN=0, Flags=........, SSID=Wildcard (Broadcast)",
            "wlan|1|||||||||||||0x0001||0|0x0002|||||||||||||||||||||||||||802.11|Authentication, SN=1, FN=0, Flags=........",
            "wlan|1|||||||||||||||||0x0007||1|1|221|4|||||||||||||||||||258||802.11|Deauthentication, SN=1, FN=0, Flags=........",
            "wlan:data|||||||||||||||||||127|||||||||||||||||||||||258|0304|802.11|Action, SN=1, FN=0, Flags=........",
            "wlan|1|578437695752307201|100|0x0431|1|0|0|1|1|1|0|||||||||1|1,1|0,5|2,8||6162||||0|1||||||||||||||802.11|Beacon frame, SN=1, FN=0, Flags=........, BI=100, SSID=\"ab\"[Malformed Packet: length of contained item exceeds length of containing item]",
            "wlan|1|578437695752307201|100|||||||||||||||||||||||||||||||||||||||||802.11|Beacon frame, SN=1, FN=0, Flags=........, BI=100[Malformed Packet]",
            "wlan||||||||||||||||||||1|1,1,1,1|0,1,0,50|0,0,0,0|<MISSING>,<MISSING>,<MISSING>|<MISSING>|||||||||||||||||||802.11|Probe Request, SN=1, FN=0, Flags=........, SSID=Wildcard (Broadcast)",
            "wlan|1|||||||||||||||||0x0008||||||||||||||||||||||||||802.11|Disassociate, SN=1, FN=0, Flags=........",
            "wlan||||||||||||||||||||||||||||||||||||||||||||802.11|ATIM, SN=1, FN=0, Flags=........",
            "wlan||||||||||||||||||||1||||||||||||||||||||||||802.11|Probe Request, SN=1, FN=0, Flags=........[Malformed Packet]",
            "wlan||||||||||||||||||||1|1|1|8|||0x82,0x84||||||||||||||||||802.11|Probe Request, SN=1, FN=0, Flags=........[Malformed Packet: length of contained item exceeds length of containing item]",
            "wlan||||||||||||||||||||1|1|42|5|||||||||||||||||||||802.11|Probe Request, SN=1, FN=0, Flags=........[Malformed Packet]",
            "wlan||||||||||||||||||||1|1|221|3|||||||||||||||||||20722||802.11|Probe Request, SN=1, FN=0, Flags=........[Malformed Packet]",
        ]
    );
    let radiotap = [
        "00000900020000001080000000ffffffffffff02000000000102000000000110000102030405060708640001000003666f6f030601deadbeef",
        "00000900020000001080000000ffffffffffff02000000000102000000000110000102030405060708640001000003666f6f030101deadbeef",
    ];
    let radiotap: Vec<Vec<u8>> = radiotap.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(127, 1_600_000_000, &radiotap);
    common::keep_crafted("wlan_management_radiotap.pcap", &pcap);
    let rows: Vec<String> = common::fields_rows(pcap, None, fields)
        .into_iter()
        .map(|r| r.join("|"))
        .collect();
    assert_eq!(
        rows,
        [
            "radiotap:wlan_radio:wlan|1|578437695752307201|100|0x0001|1|0|0|0|0|0|0|||||||||1|1,1|0,3|3,6||666f6f|||||||||||||||||||802.11|Beacon frame, SN=1, FN=0, Flags=........C, BI=100, SSID=\"foo\"",
            "radiotap:wlan_radio:wlan|1|578437695752307201|100|0x0001|1|0|0|0|0|0|0|||||||||1|1,1|0,3|3,1||666f6f|||1||||||||||||||||802.11|Beacon frame, SN=1, FN=0, Flags=........C, BI=100, SSID=\"foo\"",
        ]
    );
}

/// Security and QoS elements' contents, bare 802.11 (105): a beacon with
/// a whole RSN element (PMKID and group management suite), a WPA element
/// and a WMM parameter element; RSN with a pairwise count past its end
/// (tshark's expert item, the suites there is room for), RSN of 18 bytes
/// (its capabilities read past the end: malformed); elements of lengths
/// their decoders refuse (RSN 1, vendor 2, DS 2, ERP 0, RSN 0) and an
/// undecoded number (their expert items); WMM information in a probe
/// request (the station's QoS Info) and in an authentication (no
/// direction: tshark's warning); an element three bytes past the body
/// ("Tag Length is longer than remaining payload"); WPA and WMM parameter
/// elements cut inside. Expected: tshark 4.0.17 on the same bytes.
#[test]
fn wlan_rsn_wpa_and_wmm_elements() {
    let fields: &[&str] = &[
        "frame.protocols",
        "wlan.rsn.version",
        "wlan.rsn.gcs",
        "wlan.rsn.gcs.type",
        "wlan.rsn.pcs.count",
        "wlan.rsn.pcs.list",
        "wlan.rsn.pcs",
        "wlan.rsn.pcs.oui",
        "wlan.rsn.akms",
        "wlan.rsn.akms.type",
        "wlan.rsn.capabilities",
        "wlan.rsn.capabilities.mfpc",
        "wlan.rsn.capabilities.ptksa_replay_counter",
        "wlan.rsn.pmkid.count",
        "wlan.rsn.pmkid.list",
        "wlan.pmkid.akms",
        "wlan.rsn.gmcs",
        "wlan.rsn.gmcs.oui",
        "wlan.rsn.gmcs.type",
        "wlan.tag.vendor.oui.type",
        "wlan.wfa.ie.type",
        "wlan.wfa.ie.wpa.version",
        "wlan.wfa.ie.wpa.mcs",
        "wlan.wfa.ie.wpa.ucs.count",
        "wlan.wfa.ie.wpa.ucs",
        "wlan.wfa.ie.wpa.akms",
        "wlan.wfa.ie.wpa.type",
        "wlan.wfa.ie.wme.subtype",
        "wlan.wfa.ie.wme.version",
        "wlan.wfa.ie.wme.qos_info",
        "wlan.wfa.ie.wme.qos_info.ap.u_apsd",
        "wlan.wfa.ie.wme.qos_info.ap.parameter_set_count",
        "wlan.wfa.ie.wme.qos_info.sta.max_sp_length",
        "wlan.wfa.ie.wme.qos_info.sta.ac_vo",
        "wlan.wfa.ie.wme.qos_info.sta.reserved",
        "wlan.wfa.ie.wme.reserved",
        "wlan.wfa.ie.wme.acp.aci",
        "wlan.wfa.ie.wme.acp.aifsn",
        "wlan.wfa.ie.wme.acp.acm",
        "wlan.wfa.ie.wme.acp.ecw.max",
        "wlan.wfa.ie.wme.acp.cw.max",
        "wlan.wfa.ie.wme.acp.cw.min",
        "wlan.wfa.ie.wme.acp.txop_limit",
        "wlan.tag.length.bad",
        "wlan.tag.data.undecoded",
        "_ws.expert.message",
        "_ws.col.Info",
    ];
    let frames = [
        "80000000ffffffffffff02000000000102000000000110000102030405060708640031040003616263302a0100000fac040100000fac040100000fac02c0000100000102030405060708090a0b0c0d0e0f000fac06dd160050f20101000050f20401000050f20401000050f202dd180050f2020101800003a4000027a4000042435e0062322f00",
        "80000000ffffffffffff0200000000010200000000011000010203040506070864003104300c0100000fac040200000fac0430080100000fac040000",
        "80000000ffffffffffff020000000001020000000001100001020304050607086400310430120100000fac040100000fac040100000fac02",
        "80000000ffffffffffff0200000000010200000000011000010203040506070864003104300101dd020050030201022a003000c8020102",
        "40000000ffffffffffff02000000000102000000000110000000dd070050f20200016f",
        "b0000000ffffffffffff0200000000010200000000011000000001000000dd070050f20200016f",
        "80000000ffffffffffff0200000000010200000000011000010203040506070864003104000561",
        "80000000ffffffffffff0200000000010200000000011000010203040506070864003104dd0c0050f20101000050f2040500",
        "80000000ffffffffffff0200000000010200000000011000010203040506070864003104dd170050f2020101800003a4000027a4000042435e0062322f",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(105, 1_600_000_000, &frames);
    common::keep_crafted("wlan_rsn_wpa_wmm.pcap", &pcap);
    let rows: Vec<String> = common::fields_rows(pcap, None, fields)
        .into_iter()
        .map(|r| r.join("|"))
        .collect();
    assert_eq!(
        rows,
        [
            "wlan|1|1027076|4|1|1|1027076|4012|1027074|2|0x00c0|1|0x0000|1|1|000102030405060708090a0b0c0d0e0f|1027078|4012|6|1,2|0x01,0x02|1|5304836|1|5304836|5304834|2|1|1|0x80|1|0x00||||00|0,1,2,3|3,7,2,2|0,0,0,0|10,10,4,3|1023,1023,15,7|15,15,7,3|0,0,94,47||||Beacon frame, SN=1, FN=0, Flags=........, BI=100, SSID=\"abc\"",
            "wlan|1,1|1027076,1027076|4,4|2,0|1,1|1027076|4012||||||||||||||||||||||||||||||||||||||Pairwise Cipher Suite Count too large, 4*2 > 4|Beacon frame, SN=1, FN=0, Flags=........, BI=100",
            "wlan|1|1027076|4|1|1|1027076|4012|1027074|2||||||||||||||||||||||||||||||||||||Malformed Packet (Exception occurred)|Beacon frame, SN=1, FN=0, Flags=........, BI=100[Malformed Packet]",
            "wlan|||||||||||||||||||||||||||||||||||||||||||1,1,1,1,1|1,1,1|Tag Length 1 wrong, must be >= 2,Tag Length 2 wrong, must be >= 3,Tag length 2 wrong, must be = 1,Dissector for 802.11 IE Tag (ERP Information) code not implemented, Contact Wireshark developers if you want this supported,Tag Length 0 wrong, must be = 1,Dissector for 802.11 IE Tag (RSN Information) code not implemented, Contact Wireshark developers if you want this supported,Tag Length 0 wrong, must be >= 2,Dissector for 802.11 IE Tag ((200)) code not implemented, Contact Wireshark developers if you want this supported|Beacon frame, SN=1, FN=0, Flags=........, BI=100",
            "wlan|||||||||||||||||||2|0x02|||||||0|1|0x6f|||0x03|1|0x00||||||||||||Probe Request, SN=1, FN=0, Flags=........, SSID=Wildcard (Broadcast)",
            "wlan|||||||||||||||||||2|0x02|||||||0|1|0x6f||||||||||||||||Could not deduce direction to decode correctly, ftype 11|Authentication, SN=1, FN=0, Flags=........",
            "wlan|||||||||||||||||||||||||||||||||||||||||||1||Tag Length is longer than remaining payload,Malformed Packet (Exception occurred)|Beacon frame, SN=1, FN=0, Flags=........, BI=100[Malformed Packet: length of contained item exceeds length of containing item]",
            "wlan|||||||||||||||||||1|0x01|1|5304836|5||||||||||||||||||||||Malformed Packet (Exception occurred)|Beacon frame, SN=1, FN=0, Flags=........, BI=100[Malformed Packet]",
            "wlan|||||||||||||||||||2|0x02|||||||1|1|0x80|1|0x00||||00|0,1,2,3|3,7,2,2|0,0,0,0|10,10,4,3|1023,1023,15,7|15,15,7,3|0,0,94|||Malformed Packet (Exception occurred)|Beacon frame, SN=1, FN=0, Flags=........, BI=100[Malformed Packet]",
        ]
    );
}

/// LINKTYPE_ATM_RFC1483 (100): the frame is an 802.2 LLC header on, which
/// tshark reads at once (frame.protocols starts with `llc`): SNAP with
/// IPv4 and an XID-looking I frame (tcpdump's llc-xid-heapoverflow).
/// Rows are tshark 4.0.17's on the same bytes.
#[test]
fn atm_rfc1483_frames_start_with_llc() {
    let mut snap = vec![0xaa, 0xaa, 0x03, 0, 0, 0, 0x08, 0x00];
    snap.extend_from_slice(
        &common::ipv4_frame(
            [10, 0, 0, 1],
            [10, 0, 0, 2],
            17,
            &[0x30, 0x39, 0, 53, 0, 8, 0, 0],
        )[14..],
    );
    let xid = vec![0x30; 22];
    let pcap = common::pcap_of(100, 1_700_000_000, &[snap, xid]);
    common::keep_crafted("atm_rfc1483.pcap", &pcap);
    let rows = common::fields_rows_with(
        pcap,
        &["-E", "separator=|"],
        &[
            "frame.protocols",
            "frame.encap_type",
            "llc.dsap.sap",
            "llc.type",
            "ip.dst",
            "udp.dstport",
            "_ws.col.Protocol",
        ],
    );
    let rows: Vec<String> = rows.iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "llc:ip:udp|10|85|0x0800|10.0.0.2|53|UDP",
            "llc:data|10|24||||LLC"
        ]
    );
}

/// LLC XID frames with the basic-format information field (packet-llc.c's
/// dissect_basicxid, an item of LLC's call: not in frame.protocols): format,
/// the types/classes' low five bits, the window size's high seven; a
/// types value without a name as `0x1f`; a field cut short throws as LLC;
/// an XID of another format is data (nDPI's alexa-app.pcapng).
#[test]
fn llc_basic_format_xid() {
    let frames: Vec<Vec<u8>> = [
        "0001af810100",
        "0000bf81030e",
        "0405af811ffe",
        "0001af8101",
        "0001af820000",
        "0001af81",
    ]
    .iter()
    .map(|h| common::unhex(h))
    .collect();
    let pcap = common::pcap_of(100, 1_700_000_000, &frames);
    common::keep_crafted("llc_xid.pcap", &pcap);
    let rows = common::fields_rows_with(
        pcap,
        &["-E", "separator=|"],
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "basicxid.llc.xid.format",
            "basicxid.llc.xid.types",
            "basicxid.llc.xid.wsize",
            "_ws.malformed",
        ],
    );
    let rows: Vec<String> = rows.iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "llc|XID|Basic Format; Type 1 LLC (Class I LLC); Window Size 0|0x81|0x01|0|",
            "llc|XID|Basic Format; Type 1 and Type 2 LLCs (Class II LLC); Window Size 7|0x81|0x03|7|",
            "llc|XID|Basic Format; 0x1f; Window Size 127|0x81|0x1f|127|",
            "llc|XID|Basic Format; Type 1 LLC (Class I LLC)[Malformed Packet]|0x81|0x01||[Malformed Packet: LLC],_ws.malformed",
            "llc:data|LLC|U, func=XID; DSAP NULL LSAP Individual, SSAP NULL LSAP Response||||",
            "llc|XID|Basic Format[Malformed Packet]|0x81|||[Malformed Packet: LLC],_ws.malformed",
        ]
    );
}

/// Realtek's EtherType 0x8899 (packet-realtek.c): RRCP Get/Set with
/// register address and data, Hello and Hello Reply (ports, uplink MAC,
/// chip and vendor IDs), an unknown opcode, a cut one (malformed); REP to
/// broadcast (Echo Request) and to a station (Echo Reply); RLDP 0x03 and
/// 0x23; any other first byte as "Unknown packet" with an empty Info; what
/// a sub-protocol leaves is Ethernet's trailer or padding (nDPI's teams.pcap
/// and zoom.pcap).
#[test]
fn realtek_rrcp_rep_and_rldp() {
    let frames: Vec<Vec<u8>> = ["ffffffffffffd80d17d655ab8899010102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d", "ffffffffffffd80d17d655ab8899020102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d", "ffffffffffffd80d17d655ab8899030102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d", "ffffffffffffd80d17d655ab8899230102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d", "ffffffffffffd80d17d655ab8899250102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d", "ffffffffffffd80d17d655ab889901", "ffffffffffffd80d17d655ab88990180237902050011223344558306000010ec0000000000000000000000000000000000000000000000000000000000000000", "ffffffffffffd80d17d655ab889901002379000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0011223344aad80d17d655ab8899018223790300abcd00000000000000000000000000000000000000000000000000000000000000000000000000000000", "0011223344aad80d17d655ab88990105237901020304", "0011223344aad80d17d655ab889902000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "ffffffffffffd80d17d655ab8899018123"]
        .iter()
        .map(|h| common::unhex(h))
        .collect();
    let pcap = common::pcap_of(1, 1_700_000_000, &frames);
    common::keep_crafted("realtek.pcap", &pcap);
    let rows = common::fields_rows_with(
        pcap,
        &["-E", "separator=|"],
        &[
            "frame.protocols",
            "_ws.col.Protocol",
            "_ws.col.Info",
            "realtek.packet",
            "rrcp.reply",
            "rrcp.opcode",
            "rrcp.authkey",
            "rrcp.regaddr",
            "rrcp.regdata",
            "rrcp.hello_reply.downlink_port",
            "rrcp.hello_reply.uplink_port",
            "rrcp.hello_reply.uplink_mac",
            "rrcp.hello_reply.chip_id",
            "rrcp.hello_reply.vendor_id",
            "rep.protocol",
            "rldp.protocol",
            "eth.padding",
            "eth.trailer",
            "_ws.malformed",
        ],
    );
    let rows: Vec<String> = rows.iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:realtek:rrcp|RRCP|Get Request||0|0x01|0x0203|0x0405|0x0607|||||||||08090a0b0c0d0e0f101112131415161718191a1b1c1d|",
            "eth:ethertype:realtek:rep|REP|Echo Request||||||||||||0x02|||0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d|",
            "eth:ethertype:realtek:rldp|RLDP|Network Loop Detection|||||||||||||0x03||0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d|",
            "eth:ethertype:realtek:rldp|RLDP|Network Loop Detection|||||||||||||0x23||0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d|",
            "eth:ethertype:realtek|Realtek||250102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d|||||||||||||||",
            "eth:ethertype:realtek:rrcp|RRCP|[Malformed Packet]||||||||||||||||[Malformed Packet: RRCP],_ws.malformed",
            "eth:ethertype:realtek:rrcp|RRCP|Hello Reply||1|0x00|0x2379|||2|5|00:11:22:33:44:55|0x8306|0x000010ec|||00000000000000000000000000000000000000000000000000000000||",
            "eth:ethertype:realtek:rrcp|RRCP|Hello Request||0|0x00|0x2379||||||||||000000000000000000000000000000000000000000000000000000000000000000000000000000000000||",
            "eth:ethertype:realtek:rrcp|RRCP|Set Reply||1|0x02|0x2379|0x0300|0xabcd||||||||0000000000000000000000000000000000000000000000000000000000000000000000000000|0000|",
            "eth:ethertype:realtek:rrcp|RRCP|Unknown (5) Request||0|0x05|0x2379|||||||||||01020304|",
            "eth:ethertype:realtek:rep|REP|Echo Reply||||||||||||0x02||000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000||",
            "eth:ethertype:realtek:rrcp|RRCP|Get Reply[Malformed Packet]||1|0x01|||||||||||||[Malformed Packet: RRCP],_ws.malformed",
        ]
    );
}
