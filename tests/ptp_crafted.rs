//! PTP (IEEE 1588 version 2) over Ethernet and UDP on crafted messages,
//! with the values tshark 4.0.17 gives on the same bytes
//! (`tshark -r F -T fields -e ...`).

mod common;

/// A two-step Sync with a correction of 1234.5 ns, a Pdelay_Resp with a
/// negative correction, a Pdelay_Resp_Follow_Up, a Pdelay_Req, a
/// Management response (Priority 1) whose length claims two bytes more
/// than there are, an Announce cut by its length, a message length of 0
/// (version 1 bytes: over Ethernet read as version 2), an unknown message
/// type, and a Follow_Up over UDP port 320.
#[test]
fn ptp_messages_as_tshark() {
    let frames = [
        "011b190000000011223344ff88f70012002c000002000000000004d2800000000000001122fffe3344ff00010001000000006553f100075bcd15",
        "011b190000000011223344ff88f70312003600000000fffffffffffb000000000000001122fffe3344ff00010001000000006553f10100000005aabbccfffeddeeff0007",
        "011b190000000011223344ff88f70a12003600000000000000000000000000000000001122fffe3344ff00010001000000006553f10200000006aabbccfffeddeeff0007",
        "011b190000000011223344ff88f70212003600000000000000000000000000000000001122fffe3344ff0001000100000000000000000000000000000000000000000000",
        "011b190000000011223344ff88f70d12003a00000000000000000000000000000000001122fffe3344ff000100010400aabbccfffeddeeff0007020102000001000420058000",
        "011b190000000011223344ff88f70b12004000000000000000000000000000000000001122fffe3344ff000100010000",
        "011b190000000011223344ff88f7000100000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "011b190000000011223344ff88f70512002c00000000000000000000000000000000001122fffe3344ff00010001000000000000000000000000",
        "01005e0001810011223344ff0800450000480001000040118f220a000001e000018101400140003400000812002c00000000000000000000000000000000001122fffe3344ff00010009000000006553f1033b9ac9ff",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("ptp_messages_as_tshark.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "ptp.v2.messagetype",
            "ptp.v2.flags.twostep",
            "ptp.v2.correction.ns",
            "ptp.v2.correction.subns",
            "ptp.v2.clockidentity",
            "ptp.v2.clockidentity_manuf",
            "ptp.v2.logmessageperiod",
            "ptp.v2.sdr.origintimestamp.seconds",
            "ptp.v2.sdr.origintimestamp.nanoseconds",
            "ptp.v2.pdrs.requestingportidentity",
            "ptp.v2.pdrs.requestingsourceportid",
            "ptp.v2.pdfu.responseorigintimestamp.seconds",
            "ptp.v2.pdrq.origintimestamp.seconds",
            "ptp.v2.sig.targetportidentity",
            "ptp.v2.sig.targetportid",
            "ptp.v2.mm.action",
            "ptp.v2.mm.managementId",
            "ptp.v2.mm.data",
            "ptp.v2.fu.preciseorigintimestamp.32bit",
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
            "eth:ethertype:ptp|0x00|1|1234|0.5|0x001122fffe3344ff|001122|0|1700000000|123456789||||||||||||PTPv2|Sync Message|",
            "eth:ethertype:ptp|0x03|0|18446744073709551611|0|0x001122fffe3344ff|001122|0|||0xaabbccfffeddeeff|7||||||||||PTPv2|Peer_Delay_Resp Message|",
            "eth:ethertype:ptp|0x0a|0|0|0|0x001122fffe3344ff|001122|0|||||1700000002|||||||||PTPv2|Peer_Delay_Resp_Follow_Up Message|",
            "eth:ethertype:ptp|0x02|0|0|0|0x001122fffe3344ff|001122|0||||||0||||||||PTPv2|Peer_Delay_Req Message|",
            "eth:ethertype:ptp|0x0d|0|0|0|0x001122fffe3344ff|001122|0|||||||||2|8197|8000|||PTPv2|Management (Priority 1) RESPONSE|Message length goes past the end of the packet",
            "eth:ethertype:ptp|0x0b|0|0|0|0x001122fffe3344ff|001122|0||||||||||||||PTPv2|Announce Message[Malformed Packet]|Message length goes past the end of the packet,Malformed Packet (Exception occurred)",
            "eth:ethertype:ptp|0x00||||||||||||||||||||PTPv2|Sync Message|Message length too short to include the message length field",
            "eth:ethertype:ptp|0x05|0|0|0|0x001122fffe3344ff|001122|0||||||||||||||PTPv2|Unknown PTP Message (5)|",
            "eth:ethertype:ip:udp:ptp|0x08|0|0|0|0x001122fffe3344ff|001122|0||||||||||||613754879||PTPv2|Follow_Up Message|",
        ]
    );
}

/// The message length bounds the message: zeros after it are Ethernet
/// padding, other bytes the trailer; a Signaling message's target port;
/// an Announce whose length stops before its body.
#[test]
fn ptp_length_bounds_the_message() {
    let frames = [
        "011b190000000011223344ff88f70002002c00000000000000000000000000000000001122fffe3344ff000100010000000000000001000000020000",
        "011b190000000011223344ff88f70002002c00000000000000000000000000000000001122fffe3344ff00010001000000000000000100000002deadbeefcafe",
        "011b190000000011223344ff88f70c02003600000000000000000000000000000000001122fffe3344ff000100010000aabbccfffeddeeff0007000300060080c2000002",
        "011b190000000011223344ff88f70b02002c00000000000000000000000000000000001122fffe3344ff00010001000000000000000100000002",
    ];
    let frames: Vec<Vec<u8>> = frames.iter().map(|h| common::unhex(h)).collect();
    let pcap = common::pcap_of(1, 1_000, &frames);
    common::keep_crafted("ptp_length_bounds_the_message.pcap", &pcap);
    let rows = common::fields_rows(
        pcap,
        None,
        &[
            "frame.protocols",
            "ptp.v2.messagetype",
            "ptp.v2.messagelength",
            "ptp.v2.sdr.origintimestamp.seconds",
            "ptp.v2.sig.targetportid",
            "eth.padding",
            "eth.trailer",
            "data.len",
            "_ws.col.Info",
            "_ws.expert.message",
        ],
    );
    let rows: Vec<String> = rows.into_iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "eth:ethertype:ptp|0x00|44|1||0000|||Sync Message|",
            "eth:ethertype:ptp|0x00|44|1|||dead||Sync Message|Didn't find padding of zeros, and an undecoded trailer exists. There may be padding of non-zeros.",
            "eth:ethertype:ptp|0x0c|54||7||||Signalling Message|",
            "eth:ethertype:ptp|0x0b|44||||||Announce Message[Malformed Packet]|Malformed Packet (Exception occurred)",
        ]
    );
}
