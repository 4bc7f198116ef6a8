//! OSPF version 3 as tshark 4.0 shows it (crafted bytes).

use super::*;

/// `packet` over `b`: the layer, and whether a read ran short.
fn layer(b: &[u8]) -> (Layer<'_>, bool) {
    let mut l = Layer::new(Osi::Network, "ospf", 0..b.len());
    let short = packet(&mut l, &Bytes(b)).is_err();
    (l, short)
}

/// A version 3 header for message `ty` around `body`, instance `instance`.
fn v3(ty: u8, instance: u8, body: &[u8]) -> Vec<u8> {
    let len = (16 + body.len()) as u16;
    let mut p = vec![3, ty];
    p.extend_from_slice(&len.to_be_bytes());
    p.extend_from_slice(&[1, 1, 1, 1, 0, 0, 0, 1, 0x12, 0x34, instance, 0]);
    p.extend_from_slice(body);
    p
}

/// An LSA header: age, LS type, id, router, sequence, checksum, length.
fn lsa_header(age: u16, ty: u16, id: u8, len: u16) -> Vec<u8> {
    let mut h = Vec::new();
    h.extend_from_slice(&age.to_be_bytes());
    h.extend_from_slice(&ty.to_be_bytes());
    h.extend_from_slice(&[0, 0, 0, id, 2, 2, 2, 2, 0x80, 0, 0, 1, 0xab, 0xcd]);
    h.extend_from_slice(&len.to_be_bytes());
    h
}

fn uints(l: &Layer<'_>, def: &'static FieldDef) -> Vec<u64> {
    l.all(def)
        .map(|v| match v {
            Value::UInt(n) => *n,
            Value::Bool(b) => u64::from(*b),
            _ => panic!("not a number"),
        })
        .collect()
}

fn bytes(l: &Layer<'_>, def: &'static FieldDef) -> Vec<Vec<u8>> {
    l.all(def)
        .map(|v| match v {
            Value::Bytes(b) => b.to_vec(),
            _ => panic!("not bytes"),
        })
        .collect()
}

fn ipv6(s: &str) -> Value<'static> {
    Value::Ipv6(s.parse::<std::net::Ipv6Addr>().unwrap().octets())
}

#[test]
fn database_description_reserved_bytes_and_lsa_headers() {
    let mut body = vec![0, 0, 0, 0x13, 0x05, 0xdc, 0, 0x07, 0, 0, 0x1d, 0x46];
    body.extend(lsa_header(0x8000 | 40, 0x2001, 0, 24));
    body.extend(lsa_header(5, 0x0008, 5, 56));
    let packet = v3(DB_DESC, 0, &body);
    let (l, short) = layer(&packet);
    assert!(!short);
    // The header's, then the two of the description.
    assert_eq!(bytes(&l, f::ospf::RESERVED), [vec![0], vec![0], vec![0]]);
    assert_eq!(l.get_uint(f::ospf::V3_OPTIONS), Some(0x13));
    assert_eq!(l.get_uint(f::ospf::DB_INTERFACE_MTU), Some(1500));
    assert_eq!(l.get_uint(f::ospf::DB_DD_SEQUENCE), Some(7494));
    assert_eq!(uints(&l, f::ospf::LSA_AGE), [40, 5]);
    assert_eq!(uints(&l, f::ospf::V3_LSA_DO_NOT_AGE), [1, 0]);
    assert_eq!(uints(&l, f::ospf::V3_LSA), [0x2001, 0x0008]);
    assert_eq!(uints(&l, f::ospf::V3_LSA_S12), [1, 0]);
    assert_eq!(uints(&l, f::ospf::V3_LSA_FC), [1, 8]);
    assert!(l.has(f::ospf::V3_LSA_ROUTER) && l.has(f::ospf::V3_LSA_LINK));
    assert_eq!(l.all(f::ospf::LINK_STATE_ID).count(), 2);
    assert_eq!(uints(&l, f::ospf::LSA_LENGTH), [24, 56]);
    // Headers only: no body field.
    assert!(!l.has(f::ospf::V3_ROUTER_LSA_FLAGS));
}

#[test]
fn request_and_acknowledge() {
    let mut body = vec![0, 0, 0x20, 0x01, 0, 0, 0, 0, 2, 2, 2, 2];
    body.extend_from_slice(&[0, 0, 0x20, 0x09, 0, 0, 0, 1, 3, 3, 3, 3]);
    let packet = v3(LS_REQ, 0, &body);
    let (l, short) = layer(&packet);
    assert!(!short);
    assert_eq!(
        bytes(&l, f::ospf::RESERVED),
        [vec![0], vec![0, 0], vec![0, 0]]
    );
    assert_eq!(uints(&l, f::ospf::V3_LSA), [0x2001, 0x2009]);
    assert_eq!(uints(&l, f::ospf::V3_LSA_FC), [1, 9]);
    // No hidden type boolean in a request.
    assert!(!l.has(f::ospf::V3_LSA_ROUTER));
    assert_eq!(
        l.all(f::ospf::ADVROUTER).collect::<Vec<_>>(),
        [&Value::Ipv4([2, 2, 2, 2]), &Value::Ipv4([3, 3, 3, 3])]
    );
    let mut body = lsa_header(1, 0x2002, 1, 32);
    body.extend(lsa_header(1, 0xa00c, 2, 40));
    let packet = v3(LS_ACK, 0, &body);
    let (l, short) = layer(&packet);
    assert!(!short);
    assert_eq!(uints(&l, f::ospf::V3_LSA_U), [0, 1]);
    assert_eq!(uints(&l, f::ospf::V3_LSA_S12), [1, 1]);
    assert!(l.has(f::ospf::V3_LSA_NETWORK) && l.has(f::ospf::V3_LSA_OPAQUE));
}

#[test]
fn update_with_every_lsa_body() {
    let mut lsas = Vec::new();
    // Router: flags B, options, one interface.
    lsas.extend(lsa_header(40, 0x2001, 0, 40));
    lsas.extend_from_slice(&[0x01, 0, 0, 0x33]);
    lsas.extend_from_slice(&[2, 0, 0, 10, 0, 0, 0, 5, 0, 0, 0, 6, 3, 3, 3, 3]);
    // Network: two attached routers.
    lsas.extend(lsa_header(1, 0x2002, 5, 32));
    lsas.extend_from_slice(&[0, 0, 0, 0x33, 1, 1, 1, 1, 2, 2, 2, 2]);
    // Inter-area prefix 2001:db8:0:3::/64, metric 74.
    lsas.extend(lsa_header(41, 0x2003, 3, 36));
    lsas.extend_from_slice(&[0, 0, 0, 74, 64, 0, 0, 0]);
    lsas.extend_from_slice(&[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 3]);
    // Inter-area router.
    lsas.extend(lsa_header(1, 0x2004, 4, 32));
    lsas.extend_from_slice(&[0, 0, 0, 0x13, 0, 0, 0, 20, 9, 9, 9, 9]);
    // AS-external: E, F and T, referenced type 1: prefix /37 (two words;
    // tshark clears the bits past 37 in the last byte only), forwarding
    // address, tag, referenced id.
    lsas.extend(lsa_header(1, 0x4005, 6, 60));
    lsas.extend_from_slice(&[0x07, 0, 0, 20, 37, 0x02, 0, 1]);
    lsas.extend_from_slice(&[0x20, 0x01, 0x0d, 0xb8, 0xff, 0xff, 0xff, 0xff]);
    lsas.extend_from_slice(&[0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    lsas.extend_from_slice(&[0, 0, 0, 7, 10, 0, 0, 1]);
    // Link: priority, options, link-local address, one /0 prefix.
    lsas.extend(lsa_header(35, 0x0008, 5, 48));
    lsas.extend_from_slice(&[1, 0, 0, 0x33]);
    lsas.extend_from_slice(&[0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    lsas.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 0]);
    // Intra-area prefix: one /128 prefix, metric 0.
    lsas.extend(lsa_header(1, 0x2009, 0, 52));
    lsas.extend_from_slice(&[0, 1, 0x20, 0x01, 0, 0, 0, 0, 1, 1, 1, 1]);
    lsas.extend_from_slice(&[128, 0x02, 0, 0]);
    lsas.extend_from_slice(&[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    let mut body = 7u32.to_be_bytes().to_vec();
    body.extend(lsas);
    let packet = v3(LS_UPD, 0, &body);
    let (l, short) = layer(&packet);
    assert!(!short);
    assert_eq!(l.get_uint(f::ospf::LS_NUMBER_OF_LSAS), Some(7));
    assert_eq!(uints(&l, f::ospf::V3_LSA_FC), [1, 2, 3, 4, 5, 8, 9]);
    assert_eq!(l.get_uint(f::ospf::V3_ROUTER_LSA_FLAGS), Some(1));
    assert_eq!(uints(&l, f::ospf::V3_ROUTER_LSA_FLAGS_B), [1]);
    assert_eq!(uints(&l, f::ospf::V3_LSA_TYPE), [2]);
    assert_eq!(uints(&l, f::ospf::V3_LSA_INTERFACE_ID), [5]);
    assert_eq!(uints(&l, f::ospf::V3_LSA_NEIGHBOR_INTERFACE_ID), [6]);
    assert_eq!(l.all(f::ospf::V3_LSA_ATTACHED_ROUTER).count(), 2);
    // Router, Network, Inter-Area-Router and Link options.
    assert_eq!(uints(&l, f::ospf::V3_OPTIONS), [0x33, 0x33, 0x13, 0x33]);
    // Router interface (16 bits), inter-area prefix, inter-area router,
    // AS-external (24 bits), intra-area prefix (16 bits).
    assert_eq!(uints(&l, f::ospf::METRIC), [10, 74, 20, 20, 0]);
    assert_eq!(uints(&l, f::ospf::PREFIX_LENGTH), [64, 37, 0, 128]);
    assert_eq!(uints(&l, f::ospf::V3_PREFIX_OPTIONS_LA), [0, 1, 0, 1]);
    assert_eq!(
        l.all(f::ospf::V3_ADDRESS_PREFIX_IPV6).collect::<Vec<_>>(),
        [
            &ipv6("2001:db8:0:3::"),
            &ipv6("2001:db8:ffff:fff8::"),
            &ipv6("::"),
            &ipv6("2001:db8::1"),
        ]
    );
    assert_eq!(
        l.get(f::ospf::V3_LSA_DESTINATION_ROUTER_ID),
        Some(&Value::Ipv4([9, 9, 9, 9]))
    );
    assert_eq!(uints(&l, f::ospf::V3_AS_EXTERNAL_FLAGS_E), [1]);
    assert_eq!(
        l.get(f::ospf::V3_LSA_FORWARDING_ADDRESS_IPV6),
        Some(&ipv6("fe80::1"))
    );
    assert_eq!(l.get_uint(f::ospf::V3_LSA_EXTERNAL_ROUTE_TAG), Some(7));
    assert_eq!(uints(&l, f::ospf::V3_LSA_REFERENCED_LS_TYPE), [1, 0x2001]);
    assert_eq!(
        l.all(f::ospf::V3_LSA_REFERENCED_LINK_STATE_ID)
            .collect::<Vec<_>>(),
        [&Value::Ipv4([10, 0, 0, 1]), &Value::Ipv4([0, 0, 0, 0])]
    );
    assert_eq!(l.get_uint(f::ospf::V3_LSA_ROUTER_PRIORITY), Some(1));
    assert_eq!(
        l.get(f::ospf::V3_LSA_LINK_LOCAL_INTERFACE_ADDRESS_IPV6),
        Some(&ipv6("fe80::2"))
    );
    assert_eq!(uints(&l, f::ospf::V3_LSA_NUM_PREFIXES), [1, 1]);
    assert_eq!(
        l.get(f::ospf::V3_LSA_REFERENCED_ADVERTISING_ROUTER),
        Some(&Value::Ipv4([1, 1, 1, 1]))
    );
    // Intra-area and the header's reserved: 1 + router interface 1 +
    // network 1 + inter-area prefix 2 + inter-area router 2 + link 1.
    assert_eq!(l.all(f::ospf::RESERVED).count(), 8);
}

#[test]
fn ipv4_address_family_reads_ipv4_prefixes() {
    let mut body = 1u32.to_be_bytes().to_vec();
    body.extend(lsa_header(1, 0x2003, 3, 32));
    body.extend_from_slice(&[0, 0, 0, 1, 24, 0, 0, 0, 192, 0, 2, 77]);
    let packet = v3(LS_UPD, 64 + 2, &body);
    let (l, short) = layer(&packet);
    assert!(!short);
    // As on the wire: tshark does not clear the bits past the length.
    assert_eq!(
        l.get(f::ospf::V3_ADDRESS_PREFIX_IPV4),
        Some(&Value::Ipv4([192, 0, 2, 77]))
    );
    assert!(!l.has(f::ospf::V3_ADDRESS_PREFIX_IPV6));
}

#[test]
fn short_and_malformed_lsas_throw_without_panicking() {
    let mut lsas = lsa_header(1, 0x2001, 0, 40);
    lsas.extend_from_slice(&[0x01, 0, 0, 0x33]);
    lsas.extend_from_slice(&[2, 0, 0, 10, 0, 0, 0, 5, 0, 0, 0, 6, 3, 3, 3, 3]);
    let mut body = 1u32.to_be_bytes().to_vec();
    body.extend(lsas);
    let whole = v3(LS_UPD, 0, &body);
    for n in 0..whole.len() {
        let (l, short) = layer(&whole[..n]);
        assert!(short, "{n} bytes");
        assert!(l.all(f::ospf::V3_LSA_NEIGHBOR_ROUTER_ID).count() == 0);
    }
    // Lengths that do not fit: shorter than the header, a router LSA
    // whose interfaces do not fill it, a count of LSAs and prefixes far
    // beyond the packet. Each reads on until past the bytes.
    for (ty, len, tail) in [
        (0x2001u16, 12u16, vec![0u8; 40]),
        (0x2001, 30, vec![0; 40]),
        (0x2002, 26, vec![0; 30]),
        (0x2005, 4, vec![0; 8]),
        (
            0x0008,
            48,
            [vec![0; 20], vec![0xff; 4], vec![128; 40]].concat(),
        ),
        (
            0x2009,
            48,
            [vec![0xff, 0xff], vec![0; 10], vec![0x80; 40]].concat(),
        ),
    ] {
        let mut body = u32::MAX.to_be_bytes().to_vec();
        body.extend(lsa_header(1, ty, 0, len));
        body.extend(tail);
        let packet = v3(LS_UPD, 0, &body);
        let (_, short) = layer(&packet);
        assert!(short, "type {ty:#x} length {len}");
    }
    // A prefix longer than 128 bits: no address, its words skipped.
    let mut body = 1u32.to_be_bytes().to_vec();
    body.extend(lsa_header(1, 0x2003, 3, 56));
    body.extend_from_slice(&[0, 0, 0, 1, 200, 0, 0, 0]);
    body.extend_from_slice(&[0; 28]);
    let packet = v3(LS_UPD, 0, &body);
    let (l, short) = layer(&packet);
    assert!(!short);
    assert_eq!(uints(&l, f::ospf::PREFIX_LENGTH), [200]);
    assert!(!l.has(f::ospf::V3_ADDRESS_PREFIX_IPV6));
    assert!(l.has(f::ospf::LSA_INVALID_LENGTH));
    // A header length below 16: the body runs (u16)(length - 16) bytes.
    let mut p = v3(LS_ACK, 0, &lsa_header(1, 0x2001, 0, 20));
    p[3] = 8;
    let (l, short) = layer(&p);
    assert!(short);
    assert_eq!(l.all(f::ospf::V3_LSA).count(), 1);
}

#[test]
fn lsa_lengths_types_and_reserved_bytes_as_tshark_reads_them() {
    // An LSA longer than the packet: tshark's item for it throws before
    // its header's fields.
    let mut body = 1u32.to_be_bytes().to_vec();
    body.extend(lsa_header(1, 0x2003, 3, 200));
    body.extend_from_slice(&[0; 16]);
    let packet = v3(LS_UPD, 0, &body);
    let (l, short) = layer(&packet);
    assert!(short);
    assert!(!l.has(f::ospf::LSA_AGE));
    // An unknown type (its body skipped, an expert item), a Router
    // Information LSA (its body skipped), then an Inter-Area-Router LSA
    // with a non-zero reserved byte.
    let mut body = 3u32.to_be_bytes().to_vec();
    body.extend(lsa_header(1, 0x2021, 3, 24));
    body.extend_from_slice(&[0; 4]);
    body.extend(lsa_header(1, 0xa00c, 3, 28));
    body.extend_from_slice(&[0, 1, 0, 4, 0x80, 0, 0, 0]);
    body.extend(lsa_header(1, 0x2004, 4, 32));
    body.extend_from_slice(&[0, 0, 0, 0x13, 7, 0, 0, 20, 9, 9, 9, 9]);
    let packet = v3(LS_UPD, 0, &body);
    let (l, short) = layer(&packet);
    assert!(!short);
    assert_eq!(uints(&l, f::ospf::V3_LSA_FC), [33, 12, 4]);
    assert!(l.has(f::ospf::LSA_UNKNOWN_TYPE));
    assert_eq!(
        l.get(f::ospf::V3_LSA_DESTINATION_ROUTER_ID),
        Some(&Value::Ipv4([9, 9, 9, 9]))
    );
    assert_eq!(l.all(f::ospf::RESERVED_NOT_ZERO).count(), 1);
    // Shorter than its header: the body read as its type says.
    let mut body = 2u32.to_be_bytes().to_vec();
    body.extend(lsa_header(1, 0x2004, 4, 10));
    body.extend_from_slice(&[0, 0, 0, 0x13, 0, 0, 0, 20, 9, 9, 9, 9]);
    body.extend(lsa_header(1, 0x2004, 5, 32));
    body.extend_from_slice(&[0, 0, 0, 0x13, 0, 0, 0, 20, 8, 8, 8, 8]);
    let packet = v3(LS_UPD, 0, &body);
    let (l, short) = layer(&packet);
    assert!(!short);
    assert_eq!(l.all(f::ospf::V3_LSA_DESTINATION_ROUTER_ID).count(), 2);
}

#[test]
fn hello_authentication_trailer() {
    let hello = [
        0, 0, 0, 5, 1, 0, 0x04, 0x13, 0, 10, 0, 40, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    let mut p = v3(HELLO, 0, &hello);
    p.extend_from_slice(&[0, 1, 0, 48, 0, 0, 0, 7]);
    p.extend_from_slice(&5u64.to_be_bytes());
    p.extend_from_slice(&[0xaa; 32]);
    let (l, short) = layer(&p);
    assert!(!short);
    assert!(l.has(f::ospf::AT));
    assert_eq!(l.get_uint(f::ospf::AT_AUTH_TYPE), Some(1));
    assert_eq!(l.get_uint(f::ospf::AT_AUTH_DATA_LEN), Some(48));
    assert_eq!(l.get_uint(f::ospf::AT_SA_ID), Some(7));
    assert_eq!(l.get_uint(f::ospf::AT_CRYPTO_SEQ_NBR), Some(5));
    assert_eq!(bytes(&l, f::ospf::AT_AUTH_DATA), [vec![0xaa; 32]]);
    // Cut inside the digest.
    let (l, short) = layer(&p[..p.len() - 1]);
    assert!(short);
    assert!(!l.has(f::ospf::AT_AUTH_DATA));
}
