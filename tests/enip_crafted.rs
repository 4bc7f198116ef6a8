//! EtherNet/IP, CIP and CIP I/O on crafted captures, with the rows tshark
//! 4.0 printed for the same bytes (checked once with
//! `tshark -r F -T fields ...`; set `OSIDUMP_KEEP_CRAFTED=DIR` to write
//! each crafted capture there and check again).

mod common;

const COLUMNS: &[&str] = &["frame.protocols", "_ws.col.Protocol", "_ws.col.Info"];

fn rows(name: &str, frames: &[Vec<u8>], fields: &[&str]) -> Vec<String> {
    let pcap = common::pcapng_with("eth0", frames);
    common::keep_crafted(name, &pcap);
    common::fields_rows(pcap, None, fields)
        .into_iter()
        .map(|r| r.join("|"))
        .collect()
}

/// An encapsulation header: command, data length, session, context.
fn encap(cmd: u16, session: u32, context: u64, data: &[u8]) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend_from_slice(&cmd.to_le_bytes());
    b.extend_from_slice(&(data.len() as u16).to_le_bytes());
    b.extend_from_slice(&session.to_le_bytes());
    b.extend_from_slice(&0u32.to_le_bytes());
    b.extend_from_slice(&context.to_le_bytes());
    b.extend_from_slice(&0u32.to_le_bytes());
    b.extend_from_slice(data);
    b
}

/// SendRRData's data: interface 0, timeout, a null address item and an
/// unconnected data item holding `cip`.
fn rr_data(cip: &[u8]) -> Vec<u8> {
    let mut b = vec![0, 0, 0, 0, 10, 0, 2, 0, 0, 0, 0, 0, 0xb2, 0];
    b.extend_from_slice(&(cip.len() as u16).to_le_bytes());
    b.extend_from_slice(cip);
    b
}

/// SendUnitData's data: a connected address item and a connected data
/// item with the CIP sequence count and `cip`.
fn unit_data(conn: u32, seq: u16, cip: &[u8]) -> Vec<u8> {
    let mut b = vec![0, 0, 0, 0, 0, 0, 2, 0, 0xa1, 0, 4, 0];
    b.extend_from_slice(&conn.to_le_bytes());
    b.extend_from_slice(&[0xb1, 0]);
    b.extend_from_slice(&((cip.len() + 2) as u16).to_le_bytes());
    b.extend_from_slice(&seq.to_le_bytes());
    b.extend_from_slice(cip);
    b
}

/// The List Identity reply of suricata-verify's enip test (a 1756-ENBT/A).
const IDENTITY: &[u8] = &[
    0x01, 0x00, 0x0c, 0x00, 0x2d, 0x00, 0x01, 0x00, 0x00, 0x02, 0xaf, 0x12, 0x0a, 0x01, 0x01, 0xa4,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x0c, 0x00, 0x3a, 0x00, 0x04, 0x03,
    0x30, 0x00, 0x8e, 0x4d, 0x52, 0x00, 0x0b, 0x31, 0x37, 0x35, 0x36, 0x2d, 0x45, 0x4e, 0x42, 0x54,
    0x2f, 0x41, 0x03,
];

/// A session: Register Session, List Identity, an unconnected Get
/// Attribute Single and its response, two connected messages in one
/// segment (a Get Attribute List and a Multiple Service Packet), their
/// responses split across two segments.
fn session() -> Vec<Vec<u8>> {
    let mut c = common::TcpConv::open(40000, 44818);
    c.send(true, &encap(0x65, 0, 0, &[1, 0, 0, 0]));
    c.send(false, &encap(0x65, 0x1102_0100, 0, &[1, 0, 0, 0]));
    c.send(true, &encap(0x63, 0, 0x1234, &[]));
    c.send(false, &encap(0x63, 0, 0x1234, IDENTITY));
    // Get Attribute Single, class 0x8b instance 1 attribute 7 (a class
    // whose attributes tshark does not know: its value is data).
    let req = [0x0e, 0x03, 0x20, 0x8b, 0x24, 0x01, 0x30, 0x07];
    c.send(true, &encap(0x6f, 0x1102_0100, 7, &rr_data(&req)));
    let rsp = [
        0x8e, 0x00, 0x00, 0x00, 0x0b, b'1', b'7', b'5', b'6', b'-', b'E', b'N', b'B', b'T', b'/',
        b'A',
    ];
    c.send(false, &encap(0x6f, 0x1102_0100, 7, &rr_data(&rsp)));
    // Get Attribute List of class 0x8b, then a Multiple Service Packet of
    // a Get Attribute List and a class-specific service 0x4c.
    let gal = [0x03, 0x02, 0x20, 0x8b, 0x24, 0x01, 0x01, 0x00, 0x08, 0x00];
    let msp = [
        0x0a, 0x02, 0x20, 0x02, 0x24, 0x01, 0x02, 0x00, 0x06, 0x00, 0x10, 0x00, 0x03, 0x02, 0x20,
        0x73, 0x24, 0x01, 0x01, 0x00, 0x05, 0x00, 0x4c, 0x02, 0x20, 0x72, 0x24, 0x00, 0xaa, 0xbb,
    ];
    let mut two = encap(0x70, 0x1102_0100, 0, &unit_data(0x007c_0b01, 5, &gal));
    two.extend(encap(
        0x70,
        0x1102_0100,
        0,
        &unit_data(0x007c_0b01, 6, &msp),
    ));
    c.send(true, &two);
    let gal_rsp = [
        0x83, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x00, 0x00, 0x00, 0x24, 0x00,
    ];
    let msp_rsp = [
        0x8a, 0x00, 0x00, 0x00, 0x02, 0x00, 0x06, 0x00, 0x12, 0x00, 0x83, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0xcc, 0x00, 0x00, 0x00, 0x01, 0x02,
    ];
    let mut both = encap(0x70, 0x1102_0100, 0, &unit_data(0x80fe_0028, 5, &gal_rsp));
    both.extend(encap(
        0x70,
        0x1102_0100,
        0,
        &unit_data(0x80fe_0028, 6, &msp_rsp),
    ));
    c.send(false, &both[..30]);
    c.send(false, &both[30..]);
    c.send(true, &encap(0x66, 0x1102_0100, 0, &[]));
    c.close()
}

#[test]
fn a_session_over_tcp_has_tsharks_columns() {
    let got = rows("enip_session.pcapng", &session(), COLUMNS);
    let want: &[&str] = &[
        "eth:ethertype:ip:tcp|TCP|40000 → 44818 [SYN] Seq=0 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|TCP|44818 → 40000 [SYN, ACK] Seq=0 Ack=1 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|TCP|40000 → 44818 [ACK] Seq=1 Ack=1 Win=65535 Len=0",
        "eth:ethertype:ip:tcp:enip|ENIP|Register Session (Req), Session: 0x00000000",
        "eth:ethertype:ip:tcp:enip|ENIP|Register Session (Rsp), Session: 0x11020100",
        "eth:ethertype:ip:tcp:enip|ENIP|List Identity (Req)",
        "eth:ethertype:ip:tcp:enip|ENIP|List Identity (Rsp), 1756-ENBT/A",
        "eth:ethertype:ip:tcp:enip:cip|CIP|Class (0x8b) - Get Attribute Single",
        "eth:ethertype:ip:tcp:enip:cip|CIP|Success: Class (0x8b) - Get Attribute Single",
        "eth:ethertype:ip:tcp:enip:cip:cip:cipcls|CIP|Class (0x8b) - Get Attribute List | Message Router - Multiple Service Packet: Get Attribute List, Service (0x4c)",
        "eth:ethertype:ip:tcp|TCP|44818 → 40000 [PSH, ACK] Seq=160 Ack=233 Win=65535 Len=30 [TCP segment of a reassembled PDU]",
        "eth:ethertype:ip:tcp:enip:cip:enip:cip:cipcls|CIP|Success: Class (0x8b) - Get Attribute List | Success: Multiple Service Packet: Get Attribute List, Service (0x4c)",
        "eth:ethertype:ip:tcp:enip|ENIP|Unregister Session (Req), Session: 0x11020100",
        "eth:ethertype:ip:tcp|TCP|40000 → 44818 [FIN, ACK] Seq=257 Ack=292 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|TCP|44818 → 40000 [FIN, ACK] Seq=292 Ack=258 Win=65535 Len=0",
        "eth:ethertype:ip:tcp|TCP|40000 → 44818 [ACK] Seq=258 Ack=293 Win=65535 Len=0",
    ];
    assert_eq!(got, want);
}

#[test]
fn a_session_over_tcp_has_tsharks_fields() {
    let got = rows(
        "enip_session.pcapng",
        &session(),
        &[
            "enip.command",
            "enip.session",
            "enip.context",
            "enip.cpf.typeid",
            "enip.lir.name",
            "enip.response_to",
            "cip.service",
            "cip.class",
            "cip.instance",
            "cip.attribute",
            "cip.genstat",
            "cip.msp.offset",
            "cip.data",
        ],
    );
    let want: &[&str] = &[
        "||||||||||||",
        "||||||||||||",
        "||||||||||||",
        "0x0065|0x00000000|0000000000000000||||||||||",
        "0x0065|0x11020100|0000000000000000||||||||||",
        "0x0063|0x00000000|000000000000||||||||||",
        "0x0063|0x00000000|3412000000000000|0x000c|1756-ENBT/A||||||||",
        "0x006f|0x11020100|0700000000000000|0x0000,0x00b2|||0x0e|0x8b|0x01|7|||",
        "0x006f|0x11020100|0700000000000000|0x0000,0x00b2||8|0x8e|0x8b|0x01|7|0x00||0b313735362d454e42542f41",
        "0x0070,0x0070|0x11020100,0x11020100|0000000000000000,0000000000000000|0x00a1,0x00b1,0x00a1,0x00b1|||0x03,0x0a,0x03,0x4c|0x8b,0x02,0x73,0x72|0x01,0x01,0x01,0x00|8,5||6,16,6,16|aabb",
        "||||||||||||",
        "0x0070,0x0070|0x11020100,0x11020100|0000000000000000,0000000000000000|0x00a1,0x00b1,0x00a1,0x00b1||10,10|0x83,0x8a,0x83,0xcc|0x8b,0x02,0x73,0x72|0x01,0x01,0x01,0x00|8,5|0x00,0x00,0x00,0x00|6,18,6,18|2400,0000,0102",
        "0x0066|0x11020100|0000000000000000||||||||||",
        "||||||||||||",
        "||||||||||||",
        "||||||||||||",
    ];
    assert_eq!(got, want);
}

/// UDP: a List Identity request, a short datagram, a reply that claims
/// more than it holds; CIP I/O on 2222, whole and short.
fn datagrams() -> Vec<Vec<u8>> {
    let mut io = vec![2, 0, 0x02, 0x80, 8, 0];
    io.extend_from_slice(&0x004b_0201u32.to_le_bytes());
    io.extend_from_slice(&4_166_880u32.to_le_bytes());
    io.extend_from_slice(&[0xb1, 0, 6, 0, 0, 0, 0xda, 0x0f, 3, 0]);
    let mut long = encap(0x63, 0, 0, IDENTITY);
    long[2] = 0x80;
    vec![
        common::udp_datagram(50000, 44818, &encap(0x63, 0, 0, &[])),
        common::udp_datagram(50000, 44818, &[0x63, 0, 0]),
        common::udp_datagram(44818, 50000, &long),
        common::udp_datagram(2222, 2222, &io),
        common::udp_datagram(1111, 2222, b"SETFLOW"),
    ]
}

#[test]
fn datagrams_have_tsharks_columns() {
    let got = rows("enip_udp.pcapng", &datagrams(), COLUMNS);
    let want: &[&str] = &[
        "eth:ethertype:ip:udp:enip|ENIP|List Identity (Req)",
        "eth:ethertype:ip:udp:data|UDP|50000 → 44818 Len=3",
        "eth:ethertype:ip:udp:enip|ENIP|List Identity (Rsp)[Malformed Packet]",
        "eth:ethertype:ip:udp:cipio:cipio|CIP I/O|Connection: ID=0x004B0201, SEQ=0004166880",
        "eth:ethertype:ip:udp:cipio|CIP I/O|1111 → 2222 Len=7[Malformed Packet]",
    ];
    assert_eq!(got, want);
}

#[test]
fn datagrams_have_tsharks_fields() {
    let got = rows(
        "enip_udp.pcapng",
        &datagrams(),
        &[
            "enip.command",
            "enip.length",
            "enip.cpf.itemcount",
            "enip.cpf.typeid",
            "enip.cpf.length",
            "enip.cpf.sai.connid",
            "enip.cpf.sai.seq",
            "cipio.data",
        ],
    );
    let want: &[&str] = &[
        "0x0063|0||||||",
        "|||||||",
        "0x0063|128||||||",
        "||2|0x8002,0x00b1|8,6|0x004b0201|4166880|0000da0f0300",
        "||17747|0x4654|20300|||",
    ];
    assert_eq!(got, want);
}
