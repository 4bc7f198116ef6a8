//! The byte arrays were built by hand (a small script writes the same
//! bytes into `crafted.pcap`, LINKTYPE_RAW, UDP port 53 / 5353 / 5355);
//! each `*_TSHARK` list is tshark 4.0.17's output for it:
//! `tshark -r crafted.pcap -T pdml`, dns fields in order, with hex shown
//! as decimal, booleans as true/false, and the FT_NONE group fields
//! (`dns.opt`, `dns.svcb.svcparam`), the missing server cookie and the
//! request-tracking fields left out.
use super::*;
use crate::dissect::AnomalyKind;

#[test]
fn retransmissions_as_tshark_marks_them() {
    // pcapplusplus/DnsPackets.pcap frames 418-432, id 0, flows 205/206.
    use Observed::*;
    let mut t: DnsTracker<u32> = DnsTracker::default();
    let s = 1_000_000_000i128;
    let seq = [
        (418, 205, false, Request),
        (419, 205, false, RetransmittedRequest { first_frame: 418 }),
        (420, 205, false, RetransmittedRequest { first_frame: 418 }),
        (
            421,
            205,
            true,
            Response {
                request_frame: 418,
                ns: 3 * s,
            },
        ),
        (
            422,
            205,
            true,
            RetransmittedResponse {
                first_response_frame: 421,
            },
        ),
        (423, 205, false, Request),
        (424, 206, false, Request),
        (425, 205, false, RetransmittedRequest { first_frame: 423 }),
        (426, 206, false, RetransmittedRequest { first_frame: 424 }),
        (
            429,
            205,
            true,
            Response {
                request_frame: 423,
                ns: 6 * s,
            },
        ),
        (
            430,
            206,
            true,
            Response {
                request_frame: 424,
                ns: 6 * s,
            },
        ),
        (
            431,
            205,
            true,
            RetransmittedResponse {
                first_response_frame: 429,
            },
        ),
    ];
    for (frame, flow, resp, want) in seq {
        let got = t.observe_message(flow, 0, resp, frame, (frame as i128 - 418) * s);
        assert_eq!(got, want, "frame {frame}");
    }
    // pcap-parser/wireshark_samples-test.pcapng frames 82, 88, 104, 115,
    // 118 (mDNS, id 0, never answered): a repeat within 5 s of the first
    // query is a retransmission of it; 115, 6.5 s later, is a new query.
    let mut t: DnsTracker<u32> = DnsTracker::default();
    let ms = 1_000_000i128;
    for (frame, at_ms, want) in [
        (82, 20_068, Request),
        (88, 21_067, RetransmittedRequest { first_frame: 82 }),
        (104, 24_082, RetransmittedRequest { first_frame: 82 }),
        (115, 26_535, Request),
        (118, 27_538, RetransmittedRequest { first_frame: 115 }),
    ] {
        assert_eq!(
            t.observe_message(1, 0, false, frame, at_ms * ms),
            want,
            "frame {frame}"
        );
    }
    // The old entry point: a repeated response is not matched again.
    assert_eq!(t.observe(206, 0, true, 432, 0), None);
    assert_eq!(t.observe(7, 0, true, 433, 0), None);
    let mut l = Layer::new(Osi::Application, "dns", 0..0);
    add_observed_fields(
        &mut l,
        RetransmittedResponse {
            first_response_frame: 421,
        },
    );
    assert_eq!(l.get(f::dns::RETRANSMISSION), Some(&Value::Bool(true)));
    assert_eq!(l.get_uint(f::dns::RETRANSMIT_RESPONSE_IN), Some(421));
    assert_eq!(l.get(f::dns::RESPONSE_TO), None);
}

#[test]
fn summary_and_anomalies_are_capped() {
    // 20 questions "a" A IN: the summary names 8.
    let mut m = vec![0x12, 0x34, 0x01, 0x00, 0, 20, 0, 0, 0, 0, 0, 0];
    for _ in 0..20 {
        m.extend([1, b'a', 0, 0, 1, 0, 1]);
    }
    let l = dissect(&m, 0);
    assert_eq!(
        summary(&l),
        format!("Standard query 0x1234{} … (12 more)", " A a".repeat(8))
    );
    // 3 questions announced 40: anomalies stop at 16 + "N more problems".
    let mut l = Layer::new(Osi::Application, "dns", 0..0);
    for i in 0..40 {
        l.malformed(format!("p{i}"));
    }
    cap_anomalies(&mut l);
    assert_eq!(l.anomalies.len(), ANOMALY_CAP + 1);
    assert_eq!(l.anomalies[ANOMALY_CAP].reason, "24 more problems");
    assert_eq!(l.anomalies[ANOMALY_CAP].kind, AnomalyKind::Malformed);
}

// Standard query 0x1a2b A www.example.test, OPT: udp 1232, DO, client cookie.
// 0x0000:  1a2b 0100 0001 0000 0000 0001 0377 7777
// 0x0010:  0765 7861 6d70 6c65 0474 6573 7400 0001
// 0x0020:  0001 0000 2904 d000 0080 0000 0c00 0a00
// 0x0030:  0801 0203 0405 0607 08
const QUERY: &[u8] = &[
    0x1a, 0x2b, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 0x77, 0x77, 0x77,
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x04, 0x74, 0x65, 0x73, 0x74, 0x00, 0x00, 0x01,
    0x00, 0x01, 0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x80, 0x00, 0x00, 0x0c, 0x00, 0x0a, 0x00,
    0x08, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
];

// Response 0x1a2b: CNAME (rdata compressed), A, NS in authority, AAAA in additional.
// 0x0000:  1a2b 8180 0001 0002 0001 0001 0377 7777
// 0x0010:  0765 7861 6d70 6c65 0474 6573 7400 0001
// 0x0020:  0001 c00c 0005 0001 0000 012c 0006 0377
// 0x0030:  6562 c010 c02e 0001 0001 0000 003c 0004
// 0x0040:  0a63 0002 c010 0002 0001 0000 0e10 0006
// 0x0050:  036e 7331 c010 c050 001c 0001 0000 0e10
// 0x0060:  0010 2001 0db8 0000 0000 0000 0000 0000
// 0x0070:  0053
const RESPONSE: &[u8] = &[
    0x1a, 0x2b, 0x81, 0x80, 0x00, 0x01, 0x00, 0x02, 0x00, 0x01, 0x00, 0x01, 0x03, 0x77, 0x77, 0x77,
    0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x04, 0x74, 0x65, 0x73, 0x74, 0x00, 0x00, 0x01,
    0x00, 0x01, 0xc0, 0x0c, 0x00, 0x05, 0x00, 0x01, 0x00, 0x00, 0x01, 0x2c, 0x00, 0x06, 0x03, 0x77,
    0x65, 0x62, 0xc0, 0x10, 0xc0, 0x2e, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x3c, 0x00, 0x04,
    0x0a, 0x63, 0x00, 0x02, 0xc0, 0x10, 0x00, 0x02, 0x00, 0x01, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x06,
    0x03, 0x6e, 0x73, 0x31, 0xc0, 0x10, 0xc0, 0x50, 0x00, 0x1c, 0x00, 0x01, 0x00, 0x00, 0x0e, 0x10,
    0x00, 0x10, 0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x53,
];

// Response 0xbeef to ANY example.test: MX, TXT (3 strings, one empty), SOA, SRV,
// CAA issue, CAA iodef (critical), PTR, HTTPS (alpn h2,h3 port ipv4hint ipv6hint key7),
// SVCB, OPT with client+server cookie and TCP keepalive.
// 0x0000:  beef 8580 0001 0009 0000 0001 0765 7861
// 0x0010:  6d70 6c65 0474 6573 7400 00ff 0001 c00c
// 0x0020:  000f 0001 0000 0e10 0009 000a 046d 6169
// 0x0030:  6cc0 0cc0 0c00 1000 0100 000e 1000 130b
// 0x0040:  763d 7370 6631 202d 616c 6c05 6865 6c6c
// 0x0050:  6f00 c00c 0006 0001 0000 0e10 0027 036e
// 0x0060:  7331 c00c 0a68 6f73 746d 6173 7465 72c0
// 0x0070:  0c78 a3f1 7500 001c 2000 000e 1000 1275
// 0x0080:  0000 0001 2c04 5f73 6970 045f 7463 70c0
// 0x0090:  0c00 2100 0100 0000 3c00 0c00 0a00 3c13
// 0x00a0:  c403 7369 70c0 0cc0 0c01 0100 0100 000e
// 0x00b0:  1000 1600 0569 7373 7565 6c65 7473 656e
// 0x00c0:  6372 7970 742e 6f72 67c0 0c01 0100 0100
// 0x00d0:  000e 1000 1380 0569 6f64 6566 6d61 696c
// 0x00e0:  746f 3a61 4062 2e63 0132 0130 0239 3902
// 0x00f0:  3130 0769 6e2d 6164 6472 0461 7270 6100
// 0x0100:  000c 0001 0000 003c 0006 0377 7777 c00c
// 0x0110:  c00c 0041 0001 0000 012c 0036 0001 0000
// 0x0120:  0100 0602 6832 0268 3300 0300 0201 bb00
// 0x0130:  0400 040a 6300 0200 0600 1020 010d b800
// 0x0140:  0000 0000 0000 0000 0000 0200 0700 0361
// 0x0150:  6263 c00c 0040 0001 0000 012c 0008 0000
// 0x0160:  0373 7663 c00c 0000 2910 0000 0000 0000
// 0x0170:  2200 0a00 1801 0203 0405 0607 0811 1213
// 0x0180:  1415 1617 1819 1a1b 1c1d 1e1f 2000 0b00
// 0x0190:  0200 0a
const TYPES: &[u8] = &[
    0xbe, 0xef, 0x85, 0x80, 0x00, 0x01, 0x00, 0x09, 0x00, 0x00, 0x00, 0x01, 0x07, 0x65, 0x78, 0x61,
    0x6d, 0x70, 0x6c, 0x65, 0x04, 0x74, 0x65, 0x73, 0x74, 0x00, 0x00, 0xff, 0x00, 0x01, 0xc0, 0x0c,
    0x00, 0x0f, 0x00, 0x01, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x09, 0x00, 0x0a, 0x04, 0x6d, 0x61, 0x69,
    0x6c, 0xc0, 0x0c, 0xc0, 0x0c, 0x00, 0x10, 0x00, 0x01, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x13, 0x0b,
    0x76, 0x3d, 0x73, 0x70, 0x66, 0x31, 0x20, 0x2d, 0x61, 0x6c, 0x6c, 0x05, 0x68, 0x65, 0x6c, 0x6c,
    0x6f, 0x00, 0xc0, 0x0c, 0x00, 0x06, 0x00, 0x01, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x27, 0x03, 0x6e,
    0x73, 0x31, 0xc0, 0x0c, 0x0a, 0x68, 0x6f, 0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72, 0xc0,
    0x0c, 0x78, 0xa3, 0xf1, 0x75, 0x00, 0x00, 0x1c, 0x20, 0x00, 0x00, 0x0e, 0x10, 0x00, 0x12, 0x75,
    0x00, 0x00, 0x00, 0x01, 0x2c, 0x04, 0x5f, 0x73, 0x69, 0x70, 0x04, 0x5f, 0x74, 0x63, 0x70, 0xc0,
    0x0c, 0x00, 0x21, 0x00, 0x01, 0x00, 0x00, 0x00, 0x3c, 0x00, 0x0c, 0x00, 0x0a, 0x00, 0x3c, 0x13,
    0xc4, 0x03, 0x73, 0x69, 0x70, 0xc0, 0x0c, 0xc0, 0x0c, 0x01, 0x01, 0x00, 0x01, 0x00, 0x00, 0x0e,
    0x10, 0x00, 0x16, 0x00, 0x05, 0x69, 0x73, 0x73, 0x75, 0x65, 0x6c, 0x65, 0x74, 0x73, 0x65, 0x6e,
    0x63, 0x72, 0x79, 0x70, 0x74, 0x2e, 0x6f, 0x72, 0x67, 0xc0, 0x0c, 0x01, 0x01, 0x00, 0x01, 0x00,
    0x00, 0x0e, 0x10, 0x00, 0x13, 0x80, 0x05, 0x69, 0x6f, 0x64, 0x65, 0x66, 0x6d, 0x61, 0x69, 0x6c,
    0x74, 0x6f, 0x3a, 0x61, 0x40, 0x62, 0x2e, 0x63, 0x01, 0x32, 0x01, 0x30, 0x02, 0x39, 0x39, 0x02,
    0x31, 0x30, 0x07, 0x69, 0x6e, 0x2d, 0x61, 0x64, 0x64, 0x72, 0x04, 0x61, 0x72, 0x70, 0x61, 0x00,
    0x00, 0x0c, 0x00, 0x01, 0x00, 0x00, 0x00, 0x3c, 0x00, 0x06, 0x03, 0x77, 0x77, 0x77, 0xc0, 0x0c,
    0xc0, 0x0c, 0x00, 0x41, 0x00, 0x01, 0x00, 0x00, 0x01, 0x2c, 0x00, 0x36, 0x00, 0x01, 0x00, 0x00,
    0x01, 0x00, 0x06, 0x02, 0x68, 0x32, 0x02, 0x68, 0x33, 0x00, 0x03, 0x00, 0x02, 0x01, 0xbb, 0x00,
    0x04, 0x00, 0x04, 0x0a, 0x63, 0x00, 0x02, 0x00, 0x06, 0x00, 0x10, 0x20, 0x01, 0x0d, 0xb8, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x07, 0x00, 0x03, 0x61,
    0x62, 0x63, 0xc0, 0x0c, 0x00, 0x40, 0x00, 0x01, 0x00, 0x00, 0x01, 0x2c, 0x00, 0x08, 0x00, 0x00,
    0x03, 0x73, 0x76, 0x63, 0xc0, 0x0c, 0x00, 0x00, 0x29, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x22, 0x00, 0x0a, 0x00, 0x18, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x11, 0x12, 0x13,
    0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x00, 0x0b, 0x00,
    0x02, 0x00, 0x0a,
];

// Response 0x0042, rcode 3 (No such name), SOA in authority.
// 0x0000:  0042 8183 0001 0000 0001 0000 046e 6f70
// 0x0010:  6507 6578 616d 706c 6504 7465 7374 0000
// 0x0020:  0100 01c0 1100 0600 0100 0003 8400 2703
// 0x0030:  6e73 31c0 110a 686f 7374 6d61 7374 6572
// 0x0040:  c011 0000 0001 0000 0002 0000 0003 0000
// 0x0050:  0004 0000 0005
const NXDOMAIN: &[u8] = &[
    0x00, 0x42, 0x81, 0x83, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x04, 0x6e, 0x6f, 0x70,
    0x65, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x04, 0x74, 0x65, 0x73, 0x74, 0x00, 0x00,
    0x01, 0x00, 0x01, 0xc0, 0x11, 0x00, 0x06, 0x00, 0x01, 0x00, 0x00, 0x03, 0x84, 0x00, 0x27, 0x03,
    0x6e, 0x73, 0x31, 0xc0, 0x11, 0x0a, 0x68, 0x6f, 0x73, 0x74, 0x6d, 0x61, 0x73, 0x74, 0x65, 0x72,
    0xc0, 0x11, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00,
    0x00, 0x04, 0x00, 0x00, 0x00, 0x05,
];

// Response 0x0005 whose question name is a FORWARD pointer (0xc01d) to the
// answer's rdata name fwd.example; Wireshark accepts it.
// 0x0000:  0005 8180 0001 0001 0000 0000 c01d 000c
// 0x0010:  0001 0000 0c00 0100 0000 3c00 0d03 6677
// 0x0020:  6407 6578 616d 706c 6500
const FORWARD: &[u8] = &[
    0x00, 0x05, 0x81, 0x80, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x1d, 0x00, 0x0c,
    0x00, 0x01, 0x00, 0x00, 0x0c, 0x00, 0x01, 0x00, 0x00, 0x00, 0x3c, 0x00, 0x0d, 0x03, 0x66, 0x77,
    0x64, 0x07, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x00,
];

// Query 0x0006: question 1 is a pointer to itself (0xc00c), question 2 ok.test.
// 0x0000:  0006 0100 0002 0000 0000 0000 c00c 0001
// 0x0010:  0001 026f 6b04 7465 7374 0000 0100 01
const LOOP: &[u8] = &[
    0x00, 0x06, 0x01, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x0c, 0x00, 0x01,
    0x00, 0x01, 0x02, 0x6f, 0x6b, 0x04, 0x74, 0x65, 0x73, 0x74, 0x00, 0x00, 0x01, 0x00, 0x01,
];

// Response 0x0007: an A record with rdlength 5, then a good A record.
// 0x0000:  0007 8180 0001 0002 0000 0000 0161 0474
// 0x0010:  6573 7400 0001 0001 c00c 0001 0001 0000
// 0x0020:  003c 0005 0a00 0001 09c0 0c00 0100 0100
// 0x0030:  0000 3c00 040a 0000 02
const BAD_A: &[u8] = &[
    0x00, 0x07, 0x81, 0x80, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x01, 0x61, 0x04, 0x74,
    0x65, 0x73, 0x74, 0x00, 0x00, 0x01, 0x00, 0x01, 0xc0, 0x0c, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    0x00, 0x3c, 0x00, 0x05, 0x0a, 0x00, 0x00, 0x01, 0x09, 0xc0, 0x0c, 0x00, 0x01, 0x00, 0x01, 0x00,
    0x00, 0x00, 0x3c, 0x00, 0x04, 0x0a, 0x00, 0x00, 0x02,
];

// Response 0x0008 announcing 3 answers and carrying 1.
// 0x0000:  0008 8180 0001 0003 0000 0000 0161 0474
// 0x0010:  6573 7400 0001 0001 c00c 0001 0001 0000
// 0x0020:  003c 0004 0a00 0001
const SHORT_COUNT: &[u8] = &[
    0x00, 0x08, 0x81, 0x80, 0x00, 0x01, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01, 0x61, 0x04, 0x74,
    0x65, 0x73, 0x74, 0x00, 0x00, 0x01, 0x00, 0x01, 0xc0, 0x0c, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    0x00, 0x3c, 0x00, 0x04, 0x0a, 0x00, 0x00, 0x01,
];

// Query 0x0009: root NS, then labels "a.b", "sp ace", 0x01 0xff, "back\\slash".
// 0x0000:  0009 0100 0002 0000 0000 0000 0000 0200
// 0x0010:  0103 612e 6206 7370 2061 6365 0201 ff0a
// 0x0020:  6261 636b 5c73 6c61 7368 0474 6573 7400
// 0x0030:  0001 0001
const ODD_NAMES: &[u8] = &[
    0x00, 0x09, 0x01, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00,
    0x01, 0x03, 0x61, 0x2e, 0x62, 0x06, 0x73, 0x70, 0x20, 0x61, 0x63, 0x65, 0x02, 0x01, 0xff, 0x0a,
    0x62, 0x61, 0x63, 0x6b, 0x5c, 0x73, 0x6c, 0x61, 0x73, 0x68, 0x04, 0x74, 0x65, 0x73, 0x74, 0x00,
    0x00, 0x01, 0x00, 0x01,
];

// mDNS query printer.local A with the QU bit (class 0x8001).
// 0x0000:  0000 0000 0001 0000 0000 0000 0770 7269
// 0x0010:  6e74 6572 056c 6f63 616c 0000 0180 01
const MDNS_QUERY: &[u8] = &[
    0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x70, 0x72, 0x69,
    0x6e, 0x74, 0x65, 0x72, 0x05, 0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x00, 0x00, 0x01, 0x80, 0x01,
];

// mDNS response printer.local A 192.168.1.20 with cache flush.
// 0x0000:  0000 8400 0000 0001 0000 0000 0770 7269
// 0x0010:  6e74 6572 056c 6f63 616c 0000 0180 0100
// 0x0020:  0000 7800 04c0 a801 14
const MDNS_RESPONSE: &[u8] = &[
    0x00, 0x00, 0x84, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x07, 0x70, 0x72, 0x69,
    0x6e, 0x74, 0x65, 0x72, 0x05, 0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x00, 0x00, 0x01, 0x80, 0x01, 0x00,
    0x00, 0x00, 0x78, 0x00, 0x04, 0xc0, 0xa8, 0x01, 0x14,
];

// LLMNR query 0x1234 wpad A.
// 0x0000:  1234 0000 0001 0000 0000 0000 0477 7061
// 0x0010:  6400 0001 0001
const LLMNR_QUERY: &[u8] = &[
    0x12, 0x34, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x77, 0x70, 0x61,
    0x64, 0x00, 0x00, 0x01, 0x00, 0x01,
];

// LLMNR response 0x1234 wpad A 192.168.1.9.
// 0x0000:  1234 8000 0001 0001 0000 0000 0477 7061
// 0x0010:  6400 0001 0001 c00c 0001 0001 0000 001e
// 0x0020:  0004 c0a8 0109
const LLMNR_RESPONSE: &[u8] = &[
    0x12, 0x34, 0x80, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x04, 0x77, 0x70, 0x61,
    0x64, 0x00, 0x00, 0x01, 0x00, 0x01, 0xc0, 0x0c, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x1e,
    0x00, 0x04, 0xc0, 0xa8, 0x01, 0x09,
];

/// `tshark -r crafted.pcap -T pdml` for query (see the module's test notes).
const QUERY_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "6699"),
    ("dns.flags", "256"),
    ("dns.flags.response", "false"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "true"),
    ("dns.flags.z", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.count.queries", "1"),
    ("dns.count.answers", "0"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "1"),
    ("dns.qry.name", "www.example.test"),
    ("dns.qry.name.len", "16"),
    ("dns.count.labels", "3"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
    ("dns.resp.name", "<Root>"),
    ("dns.resp.type", "41"),
    ("dns.rr.udp_payload_size", "1232"),
    ("dns.resp.ext_rcode", "0"),
    ("dns.resp.edns0_version", "0"),
    ("dns.resp.z", "32768"),
    ("dns.resp.z.do", "true"),
    ("dns.resp.z.reserved", "0"),
    ("dns.resp.len", "12"),
    ("dns.opt", ""),
    ("dns.opt.code", "10"),
    ("dns.opt.len", "8"),
    ("dns.opt.data", "01:02:03:04:05:06:07:08"),
    ("dns.opt.cookie.client", "01:02:03:04:05:06:07:08"),
    // PDML: size="0" show="" (`-T fields` prints it as <MISSING>).
    ("dns.opt.cookie.server", ""),
];

/// `tshark -r crafted.pcap -T pdml` for response (see the module's test notes).
const RESPONSE_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "6699"),
    ("dns.flags", "33152"),
    ("dns.flags.response", "true"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.authoritative", "false"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "true"),
    ("dns.flags.recavail", "true"),
    ("dns.flags.z", "false"),
    ("dns.flags.authenticated", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.flags.rcode", "0"),
    ("dns.count.queries", "1"),
    ("dns.count.answers", "2"),
    ("dns.count.auth_rr", "1"),
    ("dns.count.add_rr", "1"),
    ("dns.qry.name", "www.example.test"),
    ("dns.qry.name.len", "16"),
    ("dns.count.labels", "3"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
    ("dns.resp.name", "www.example.test"),
    ("dns.resp.type", "5"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "300"),
    ("dns.resp.len", "6"),
    ("dns.cname", "web.example.test"),
    ("dns.resp.name", "web.example.test"),
    ("dns.resp.type", "1"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "60"),
    ("dns.resp.len", "4"),
    ("dns.a", "10.99.0.2"),
    ("dns.resp.name", "example.test"),
    ("dns.resp.type", "2"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "3600"),
    ("dns.resp.len", "6"),
    ("dns.ns", "ns1.example.test"),
    ("dns.resp.name", "ns1.example.test"),
    ("dns.resp.type", "28"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "3600"),
    ("dns.resp.len", "16"),
    ("dns.aaaa", "2001:db8::53"),
];

/// `tshark -r crafted.pcap -T pdml` for types (see the module's test notes).
const TYPES_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "48879"),
    ("dns.flags", "34176"),
    ("dns.flags.response", "true"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.authoritative", "true"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "true"),
    ("dns.flags.recavail", "true"),
    ("dns.flags.z", "false"),
    ("dns.flags.authenticated", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.flags.rcode", "0"),
    ("dns.count.queries", "1"),
    ("dns.count.answers", "9"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "1"),
    ("dns.qry.name", "example.test"),
    ("dns.qry.name.len", "12"),
    ("dns.count.labels", "2"),
    ("dns.qry.type", "255"),
    ("dns.qry.class", "1"),
    ("dns.resp.name", "example.test"),
    ("dns.resp.type", "15"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "3600"),
    ("dns.resp.len", "9"),
    ("dns.mx.preference", "10"),
    ("dns.mx.mail_exchange", "mail.example.test"),
    ("dns.resp.name", "example.test"),
    ("dns.resp.type", "16"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "3600"),
    ("dns.resp.len", "19"),
    ("dns.txt.length", "11"),
    ("dns.txt", "v=spf1 -all"),
    ("dns.txt.length", "5"),
    ("dns.txt", "hello"),
    ("dns.txt.length", "0"),
    ("dns.txt", ""),
    ("dns.resp.name", "example.test"),
    ("dns.resp.type", "6"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "3600"),
    ("dns.resp.len", "39"),
    ("dns.soa.mname", "ns1.example.test"),
    ("dns.soa.rname", "hostmaster.example.test"),
    ("dns.soa.serial_number", "2024010101"),
    ("dns.soa.refresh_interval", "7200"),
    ("dns.soa.retry_interval", "3600"),
    ("dns.soa.expire_limit", "1209600"),
    ("dns.soa.minimum_ttl", "300"),
    ("dns.srv.service", "_sip"),
    ("dns.srv.proto", "_tcp"),
    ("dns.srv.name", "example.test"),
    ("dns.resp.type", "33"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "60"),
    ("dns.resp.len", "12"),
    ("dns.srv.priority", "10"),
    ("dns.srv.weight", "60"),
    ("dns.srv.port", "5060"),
    ("dns.srv.target", "sip.example.test"),
    ("dns.resp.name", "example.test"),
    ("dns.resp.type", "257"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "3600"),
    ("dns.resp.len", "22"),
    ("dns.caa.flags", "0"),
    ("dns.caa.flags.issuer_critical", "false"),
    ("dns.caa.issue", "letsencrypt.org"),
    ("dns.caa.tag_length", "5"),
    ("dns.caa.tag", "issue"),
    ("dns.caa.value", "letsencrypt.org"),
    ("dns.resp.name", "example.test"),
    ("dns.resp.type", "257"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "3600"),
    ("dns.resp.len", "19"),
    ("dns.caa.flags", "128"),
    ("dns.caa.flags.issuer_critical", "true"),
    ("dns.caa.iodef", "mailto:a@b.c"),
    ("dns.caa.tag_length", "5"),
    ("dns.caa.tag", "iodef"),
    ("dns.caa.value", "mailto:a@b.c"),
    ("dns.resp.name", "2.0.99.10.in-addr.arpa"),
    ("dns.resp.type", "12"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "60"),
    ("dns.resp.len", "6"),
    ("dns.ptr.domain_name", "www.example.test"),
    ("dns.resp.name", "example.test"),
    ("dns.resp.type", "65"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "300"),
    ("dns.resp.len", "54"),
    ("dns.svcb.svcpriority", "1"),
    ("dns.svcb.targetname", "<Root>"),
    ("dns.svcb.svcparam.key", "1"),
    ("dns.svcb.svcparam.value.length", "6"),
    ("dns.svcb.svcparam.alpn.length", "2"),
    ("dns.svcb.svcparam.alpn", "h2"),
    ("dns.svcb.svcparam.alpn.length", "2"),
    ("dns.svcb.svcparam.alpn", "h3"),
    ("dns.svcb.svcparam.key", "3"),
    ("dns.svcb.svcparam.value.length", "2"),
    ("dns.svcb.svcparam.port", "443"),
    ("dns.svcb.svcparam.key", "4"),
    ("dns.svcb.svcparam.value.length", "4"),
    ("dns.svcb.svcparam.ipv4hint.ip", "10.99.0.2"),
    ("dns.svcb.svcparam.key", "6"),
    ("dns.svcb.svcparam.value.length", "16"),
    ("dns.svcb.svcparam.ipv6hint.ip", "2001:db8::2"),
    ("dns.svcb.svcparam.key", "7"),
    ("dns.svcb.svcparam.value.length", "3"),
    ("dns.svcb.svcparam.value", "61:62:63"),
    ("dns.resp.name", "example.test"),
    ("dns.resp.type", "64"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "300"),
    ("dns.resp.len", "8"),
    ("dns.svcb.svcpriority", "0"),
    ("dns.svcb.targetname", "svc.example.test"),
    ("dns.resp.name", "<Root>"),
    ("dns.resp.type", "41"),
    ("dns.rr.udp_payload_size", "4096"),
    ("dns.resp.ext_rcode", "0"),
    ("dns.resp.edns0_version", "0"),
    ("dns.resp.z", "0"),
    ("dns.resp.z.do", "false"),
    ("dns.resp.z.reserved", "0"),
    ("dns.resp.len", "34"),
    ("dns.opt", ""),
    ("dns.opt.code", "10"),
    ("dns.opt.len", "24"),
    (
        "dns.opt.data",
        "01:02:03:04:05:06:07:08:11:12:13:14:15:16:17:18:19:1a:1b:1c:1d:1e:1f:20",
    ),
    ("dns.opt.cookie.client", "01:02:03:04:05:06:07:08"),
    (
        "dns.opt.cookie.server",
        "11:12:13:14:15:16:17:18:19:1a:1b:1c:1d:1e:1f:20",
    ),
    ("dns.opt", ""),
    ("dns.opt.code", "11"),
    ("dns.opt.len", "2"),
    ("dns.opt.data", "00:0a"),
    ("dns.opt.edns_tcp_keepalive.timeout", "10"),
];

/// `tshark -r crafted.pcap -T pdml` for nxdomain (see the module's test notes).
const NXDOMAIN_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "66"),
    ("dns.flags", "33155"),
    ("dns.flags.response", "true"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.authoritative", "false"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "true"),
    ("dns.flags.recavail", "true"),
    ("dns.flags.z", "false"),
    ("dns.flags.authenticated", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.flags.rcode", "3"),
    ("dns.count.queries", "1"),
    ("dns.count.answers", "0"),
    ("dns.count.auth_rr", "1"),
    ("dns.count.add_rr", "0"),
    ("dns.qry.name", "nope.example.test"),
    ("dns.qry.name.len", "17"),
    ("dns.count.labels", "3"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
    ("dns.resp.name", "example.test"),
    ("dns.resp.type", "6"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "900"),
    ("dns.resp.len", "39"),
    ("dns.soa.mname", "ns1.example.test"),
    ("dns.soa.rname", "hostmaster.example.test"),
    ("dns.soa.serial_number", "1"),
    ("dns.soa.refresh_interval", "2"),
    ("dns.soa.retry_interval", "3"),
    ("dns.soa.expire_limit", "4"),
    ("dns.soa.minimum_ttl", "5"),
];

/// `tshark -r crafted.pcap -T pdml` for forward (see the module's test notes).
const FORWARD_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "5"),
    ("dns.flags", "33152"),
    ("dns.flags.response", "true"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.authoritative", "false"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "true"),
    ("dns.flags.recavail", "true"),
    ("dns.flags.z", "false"),
    ("dns.flags.authenticated", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.flags.rcode", "0"),
    ("dns.count.queries", "1"),
    ("dns.count.answers", "1"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "0"),
    ("dns.qry.name", "fwd.example"),
    ("dns.qry.name.len", "11"),
    ("dns.count.labels", "2"),
    ("dns.qry.type", "12"),
    ("dns.qry.class", "1"),
    ("dns.resp.name", "<Root>"),
    ("dns.resp.type", "12"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "60"),
    ("dns.resp.len", "13"),
    ("dns.ptr.domain_name", "fwd.example"),
];

/// `tshark -r crafted.pcap -T pdml` for loop (see the module's test notes).
const LOOP_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "6"),
    ("dns.flags", "256"),
    ("dns.flags.response", "false"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "true"),
    ("dns.flags.z", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.count.queries", "2"),
    ("dns.count.answers", "0"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "0"),
    ("dns.qry.name", "<Name contains a pointer that loops>"),
    ("dns.qry.name.len", "36"),
    ("dns.count.labels", "1"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
    ("dns.qry.name", "ok.test"),
    ("dns.qry.name.len", "7"),
    ("dns.count.labels", "2"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
];

/// `tshark -r crafted.pcap -T pdml` for bad_a (see the module's test notes).
const BAD_A_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "7"),
    ("dns.flags", "33152"),
    ("dns.flags.response", "true"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.authoritative", "false"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "true"),
    ("dns.flags.recavail", "true"),
    ("dns.flags.z", "false"),
    ("dns.flags.authenticated", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.flags.rcode", "0"),
    ("dns.count.queries", "1"),
    ("dns.count.answers", "2"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "0"),
    ("dns.qry.name", "a.test"),
    ("dns.qry.name.len", "6"),
    ("dns.count.labels", "2"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
    ("dns.resp.name", "a.test"),
    ("dns.resp.type", "1"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "60"),
    ("dns.resp.len", "5"),
    ("dns.a", "10.0.0.1"),
    ("dns.resp.name", "a.test"),
    ("dns.resp.type", "1"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "60"),
    ("dns.resp.len", "4"),
    ("dns.a", "10.0.0.2"),
];

/// `tshark -r crafted.pcap -T pdml` for short_count (see the module's test notes).
const SHORT_COUNT_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "8"),
    ("dns.flags", "33152"),
    ("dns.flags.response", "true"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.authoritative", "false"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "true"),
    ("dns.flags.recavail", "true"),
    ("dns.flags.z", "false"),
    ("dns.flags.authenticated", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.flags.rcode", "0"),
    ("dns.count.queries", "1"),
    ("dns.count.answers", "3"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "0"),
    ("dns.qry.name", "a.test"),
    ("dns.qry.name.len", "6"),
    ("dns.count.labels", "2"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
    ("dns.resp.name", "a.test"),
    ("dns.resp.type", "1"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "60"),
    ("dns.resp.len", "4"),
    ("dns.a", "10.0.0.1"),
];

/// `tshark -r crafted.pcap -T pdml` for odd_names (see the module's test notes).
const ODD_NAMES_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "9"),
    ("dns.flags", "256"),
    ("dns.flags.response", "false"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "true"),
    ("dns.flags.z", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.count.queries", "2"),
    ("dns.count.answers", "0"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "0"),
    ("dns.qry.name", "<Root>"),
    ("dns.qry.name.len", "6"),
    ("dns.count.labels", "1"),
    ("dns.qry.type", "2"),
    ("dns.qry.class", "1"),
    ("dns.qry.name", "a.b.sp ace.\\001�.back\\slash.test"),
    ("dns.qry.name.len", "29"),
    ("dns.count.labels", "6"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
];

/// `tshark -r crafted.pcap -T pdml` for mdns_query (see the module's test notes).
const MDNS_QUERY_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "0"),
    ("dns.flags", "0"),
    ("dns.flags.response", "false"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "false"),
    ("dns.flags.z", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.count.queries", "1"),
    ("dns.count.answers", "0"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "0"),
    ("dns.qry.name", "printer.local"),
    ("dns.qry.name.len", "13"),
    ("dns.count.labels", "2"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
    ("dns.qry.qu", "true"),
];

/// `tshark -r crafted.pcap -T pdml` for mdns_response (see the module's test notes).
const MDNS_RESPONSE_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "0"),
    ("dns.flags", "33792"),
    ("dns.flags.response", "true"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.authoritative", "true"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.recdesired", "false"),
    ("dns.flags.recavail", "false"),
    ("dns.flags.z", "false"),
    ("dns.flags.authenticated", "false"),
    ("dns.flags.checkdisable", "false"),
    ("dns.flags.rcode", "0"),
    ("dns.count.queries", "0"),
    ("dns.count.answers", "1"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "0"),
    ("dns.resp.name", "printer.local"),
    ("dns.resp.type", "1"),
    ("dns.resp.class", "1"),
    ("dns.resp.cache_flush", "true"),
    ("dns.resp.ttl", "120"),
    ("dns.resp.len", "4"),
    ("dns.a", "192.168.1.20"),
];

/// `tshark -r crafted.pcap -T pdml` for llmnr_query (see the module's test notes).
const LLMNR_QUERY_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "4660"),
    ("dns.flags", "0"),
    ("dns.flags.response", "false"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.conflict", "false"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.tentative", "false"),
    ("dns.count.queries", "1"),
    ("dns.count.answers", "0"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "0"),
    ("dns.qry.name", "wpad"),
    ("dns.qry.name.len", "4"),
    ("dns.count.labels", "1"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
];

/// `tshark -r crafted.pcap -T pdml` for llmnr_response (see the module's test notes).
const LLMNR_RESPONSE_TSHARK: &[(&str, &str)] = &[
    ("dns.id", "4660"),
    ("dns.flags", "32768"),
    ("dns.flags.response", "true"),
    ("dns.flags.opcode", "0"),
    ("dns.flags.conflict", "false"),
    ("dns.flags.truncated", "false"),
    ("dns.flags.tentative", "false"),
    ("dns.flags.rcode", "0"),
    ("dns.count.queries", "1"),
    ("dns.count.answers", "1"),
    ("dns.count.auth_rr", "0"),
    ("dns.count.add_rr", "0"),
    ("dns.qry.name", "wpad"),
    ("dns.qry.name.len", "4"),
    ("dns.count.labels", "1"),
    ("dns.qry.type", "1"),
    ("dns.qry.class", "1"),
    ("dns.resp.name", "wpad"),
    ("dns.resp.type", "1"),
    ("dns.resp.class", "1"),
    ("dns.resp.ttl", "30"),
    ("dns.resp.len", "4"),
    ("dns.a", "192.168.1.9"),
];

fn fields(l: &Layer<'_>) -> Vec<(&'static str, String)> {
    l.fields
        .iter()
        .filter(|f| !f.name().starts_with("osidump."))
        .map(|f| (f.name(), f.value.to_string()))
        .collect()
}

fn expect(l: &Layer<'_>, want: &[(&str, &str)]) {
    let got = fields(l);
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        // tshark's PDML shows bytes with colons; its JSON (and ours)
        // plain hex.
        let is_bytes = matches!(
            l.fields
                .iter()
                .filter(|f| !f.name().starts_with("osidump."))
                .nth(i)
                .map(|f| &f.value),
            Some(crate::dissect::Value::Bytes(_))
        );
        let w1 = if is_bytes {
            w.1.replace(':', "")
        } else {
            w.1.to_string()
        };
        assert_eq!((g.0, g.1.as_str()), (w.0, w1.as_str()), "field {i}");
    }
    assert_eq!(got.len(), want.len(), "field count; got {got:?}");
}

/// (name, bytes, flavor, tshark's fields)
type Case = (
    &'static str,
    &'static [u8],
    Flavor,
    &'static [(&'static str, &'static str)],
);

fn all() -> Vec<Case> {
    vec![
        ("query", QUERY, Flavor::Dns, QUERY_TSHARK),
        ("response", RESPONSE, Flavor::Dns, RESPONSE_TSHARK),
        ("types", TYPES, Flavor::Dns, TYPES_TSHARK),
        ("nxdomain", NXDOMAIN, Flavor::Dns, NXDOMAIN_TSHARK),
        ("forward", FORWARD, Flavor::Dns, FORWARD_TSHARK),
        ("loop", LOOP, Flavor::Dns, LOOP_TSHARK),
        ("bad_a", BAD_A, Flavor::Dns, BAD_A_TSHARK),
        ("short_count", SHORT_COUNT, Flavor::Dns, SHORT_COUNT_TSHARK),
        ("odd_names", ODD_NAMES, Flavor::Dns, ODD_NAMES_TSHARK),
        ("mdns_query", MDNS_QUERY, Flavor::Mdns, MDNS_QUERY_TSHARK),
        (
            "mdns_response",
            MDNS_RESPONSE,
            Flavor::Mdns,
            MDNS_RESPONSE_TSHARK,
        ),
        (
            "llmnr_query",
            LLMNR_QUERY,
            Flavor::Llmnr,
            LLMNR_QUERY_TSHARK,
        ),
        (
            "llmnr_response",
            LLMNR_RESPONSE,
            Flavor::Llmnr,
            LLMNR_RESPONSE_TSHARK,
        ),
    ]
}

#[test]
fn fields_match_tshark() {
    for (name, msg, flavor, want) in all() {
        let l = dissect_as(msg, 42, flavor, false);
        assert_eq!(l.protocol, flavor.protocol(), "{name}");
        assert_eq!(l.osi, Osi::Application);
        assert_eq!(l.span, 42..42 + msg.len(), "{name}");
        expect(&l, want);
    }
}

/// Bytes after the last record: tshark's "Extraneous Data" subtree and its
/// hidden expert item (a query for www.example.test, then de ad be; the
/// values are tshark 4.0.17's on the same datagram).
#[test]
fn extraneous_bytes_after_the_last_record() {
    let mut msg = QUERY[..34].to_vec();
    msg[11] = 0; // no additional record
    msg.extend_from_slice(&[0xde, 0xad, 0xbe]);
    let l = dissect(&msg, 0);
    let got = fields(&l);
    let tail: Vec<_> = got
        .iter()
        .skip_while(|(n, _)| *n != "dns.extraneous.data")
        .map(|(n, v)| (*n, v.as_str()))
        .collect();
    assert_eq!(
        tail,
        [
            ("dns.extraneous.data", "deadbe"),
            ("dns.extraneous.length", "3"),
            (
                "_ws.expert",
                "Expert Info (Note/Undecoded): Extraneous data"
            ),
            ("dns.extraneous", ""),
            ("_ws.expert.message", "Extraneous data"),
            ("_ws.expert.severity", "4194304"),
            ("_ws.expert.group", "83886080"),
        ]
    );
    assert!(l.anomalies.is_empty() && l.thrown.is_none());
    // A message that ends with its last record has none.
    let clean = dissect(&QUERY[..34], 0);
    assert!(!clean.has(f::dns::EXTRANEOUS_DATA));
}

#[test]
fn clean_messages_have_no_anomalies() {
    for (name, msg, flavor, _) in all() {
        let l = dissect_as(msg, 0, flavor, false);
        let bad = matches!(name, "loop" | "bad_a" | "short_count");
        assert_eq!(!l.anomalies.is_empty(), bad, "{name}: {:?}", l.anomalies);
    }
}

#[test]
fn typed_values() {
    let l = dissect(RESPONSE, 0);
    assert_eq!(l.get(f::dns::ID), Some(&Value::UInt(0x1a2b)));
    assert_eq!(l.get(f::dns::FLAGS_RESPONSE), Some(&Value::Bool(true)));
    assert_eq!(l.get(f::dns::A), Some(&Value::Ipv4([10, 99, 0, 2])));
    let mut v6 = [0u8; 16];
    v6[..4].copy_from_slice(&[0x20, 0x01, 0x0d, 0xb8]);
    v6[15] = 0x53;
    assert_eq!(l.get(f::dns::AAAA), Some(&Value::Ipv6(v6)));
    assert_eq!(l.get_str(f::dns::CNAME), Some("web.example.test"));
    let q = dissect(QUERY, 0);
    assert_eq!(
        q.get(f::dns::OPT_COOKIE_CLIENT),
        Some(&Value::Bytes(Cow::Borrowed(&[1, 2, 3, 4, 5, 6, 7, 8][..])))
    );
    assert_eq!(q.get(f::dns::RESP_Z_DO), Some(&Value::Bool(true)));
    assert_eq!(q.get_uint(f::dns::RR_UDP_PAYLOAD_SIZE), Some(1232));
    // Every field of TYPES is typed as the brief asks.
    let t = dissect(TYPES, 0);
    for f in &t.fields {
        let ok = match f.name() {
            "dns.a" | "dns.svcb.svcparam.ipv4hint.ip" => matches!(f.value, Value::Ipv4(_)),
            "dns.aaaa" | "dns.svcb.svcparam.ipv6hint.ip" => matches!(f.value, Value::Ipv6(_)),
            n if n.ends_with("name")
                || n.ends_with("exchange")
                || n.ends_with("target")
                || n.starts_with("dns.srv.s")
                || n == "dns.srv.proto" =>
            {
                matches!(f.value, Value::Str(_))
            }
            _ => true,
        };
        assert!(ok, "{}: {:?}", f.name(), f.value);
    }
}

#[test]
fn forward_pointer_is_followed() {
    let l = dissect(FORWARD, 0);
    assert_eq!(l.get_str(f::dns::QRY_NAME), Some("fwd.example"));
    assert!(l.anomalies.is_empty());
}

#[test]
fn pointer_to_itself_is_a_loop_and_decoding_goes_on() {
    let l = dissect(LOOP, 0);
    let names: Vec<_> = l
        .fields
        .iter()
        .filter(|f| std::ptr::eq(f.def, f::dns::QRY_NAME))
        .map(|f| f.value.to_string())
        .collect();
    assert_eq!(names, ["<Name contains a pointer that loops>", "ok.test"]);
    assert_eq!(l.anomalies.len(), 1);
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Malformed);
    assert!(l.anomalies[0].reason.contains("loop"), "{:?}", l.anomalies);
}

#[test]
fn two_pointer_loop_is_caught() {
    // question name at 12 points to 18, which points back to 12
    // 0x0000:  0006 0100 0001 0000 0000 0000 c012 0001
    // 0x0010:  0001 c00c
    let msg = [
        0x00, 0x06, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x12, 0x00,
        0x01, 0x00, 0x01, 0xc0, 0x0c,
    ];
    let l = dissect(&msg, 0);
    assert_eq!(l.get_str(f::dns::QRY_NAME), Some(LOOP_TEXT));
    assert_eq!(l.get_uint(f::dns::QRY_TYPE), Some(1));
    assert!(
        l.anomalies.iter().any(|a| a.reason.contains("loop")),
        "{:?}",
        l.anomalies
    );
}

#[test]
fn name_length_and_label_guards() {
    // 130 one-byte labels: more than MAX_LABELS (and 259 bytes of text).
    let mut msg = vec![0x00, 0x0a, 0x01, 0x00, 0x00, 0x02, 0, 0, 0, 0, 0, 0];
    for _ in 0..130 {
        msg.extend_from_slice(&[1, b'a']);
    }
    msg.extend_from_slice(&[0, 0, 1, 0, 1]);
    // a second question that points into the middle of the long name
    msg.extend_from_slice(&[0xc0, 12 + 2 * 100, 0, 1, 0, 1]);
    let l = dissect(&msg, 0);
    let names: Vec<_> = l
        .fields
        .iter()
        .filter(|f| std::ptr::eq(f.def, f::dns::QRY_NAME))
        .map(|f| f.value.to_string())
        .collect();
    assert_eq!(names[0], TOO_LONG_TEXT);
    assert_eq!(names[1], vec!["a"; 30].join("."));
    assert_eq!(l.anomalies.len(), 1, "{:?}", l.anomalies);
}

#[test]
fn reserved_label_type_stops_with_a_reason() {
    // 0x0000:  000b 0100 0001 0000 0000 0000 0361 6263
    // 0x0010:  8000 0001 0001
    let msg = [
        0x00, 0x0b, 0x01, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 3, b'a', b'b', b'c', 0x80, 0, 0, 1,
        0, 1,
    ];
    let l = dissect(&msg, 0);
    assert!(l.get(f::dns::QRY_NAME).is_none());
    assert_eq!(l.anomalies.len(), 1);
    assert!(
        l.anomalies[0]
            .reason
            .starts_with("1 questions announced, 0 decoded")
    );
    assert!(l.anomalies[0].reason.contains("label type 0x80"));
}

/// Names as packet-dns.c's expand_dns_name reads them, quirks included:
/// each message is one question (A, IN) after a 12-byte header, and the
/// expected name, dns.qry.name.len and dns.count.labels, or a throw
/// (None), are tshark 4.0.17's on the same datagram.
#[test]
fn names_as_tshark_expands_them() {
    fn question(name: &[u8]) -> Vec<u8> {
        let mut m = vec![0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
        m.extend_from_slice(name);
        m.extend_from_slice(&[0, 1, 0, 1]);
        m
    }
    // A name of `total` bytes of text in labels of at most 62.
    fn long(total: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut rem = total;
        loop {
            let n = rem.min(63);
            let n = if rem > 63 { 62 } else { n };
            out.push(n as u8);
            out.extend(std::iter::repeat_n(b'a', n));
            if rem <= 63 {
                break;
            }
            rem -= 63;
        }
        out.push(0);
        out
    }
    let a253 = [[b'a'; 62].as_slice(); 4]
        .join(&b'.')
        .into_iter()
        .map(char::from);
    let a253: String = a253.chain(".a".chars()).collect();
    // (what, message, the name, its length and labels, or a throw)
    type Case<'a> = (&'a str, Vec<u8>, Option<(&'a str, u64, u64)>);
    let cases: Vec<Case<'_>> = vec![
        // A bitstring label is in Wireshark's buffer but not its length:
        // the text shown is cut to the length of the other labels.
        (
            "bitstring",
            question(&[0x41, 0x10, 0xab, 0xcd, 3, b'f', b'o', b'o', 0]),
            Some(("\\[xa", 4, 1)),
        ),
        (
            "label then bitstring",
            question(&[1, b'q', 0x41, 0x10, 0xab, 0xcd, 3, b'f', b'o', b'o', 0]),
            Some(("q\\[xa", 5, 1)),
        ),
        ("bitstring only", question(&[0x41, 0x08, 0xab, 0]), None),
        (
            "unknown extended label",
            question(&[3, b'a', b'b', b'c', 0x42, 0x05, 0]),
            Some(("<Unknown extended label>", 24, 1)),
        ),
        ("unknown extended label first", question(&[0x42, 0]), None),
        // 253 bytes of text fit Wireshark's buffer, 254 do not.
        ("253 bytes", question(&long(253)), Some((&a253, 253, 5))),
        (
            "254 bytes",
            question(&long(254)),
            Some((TOO_LONG_TEXT, 15, 1)),
        ),
        // Read to its end after the cut: a reserved label there throws.
        (
            "too long then reserved label",
            // (the name without its final zero byte)
            question(&[&long(300)[..301], &[0x80]].concat()),
            None,
        ),
        // Wireshark's own loop test: a pointer 4 bytes past its start.
        (
            "pointer four bytes on",
            question(&[0xc0, 16]),
            Some((LOOP_TEXT, 36, 1)),
        ),
    ];
    for (what, msg, want) in cases {
        let l = dissect(&msg, 0);
        match want {
            Some((name, len, labels)) => {
                assert_eq!(l.get_str(f::dns::QRY_NAME), Some(name), "{what}");
                assert_eq!(l.get_uint(f::dns::QRY_NAME_LEN), Some(len), "{what}");
                assert_eq!(l.get_uint(f::dns::COUNT_LABELS), Some(labels), "{what}");
                assert!(l.thrown.is_none(), "{what}");
            }
            None => {
                assert!(l.get(f::dns::QRY_NAME).is_none(), "{what}");
                assert!(l.thrown.is_some(), "{what}");
            }
        }
    }
    // A pointer to the root is the root.
    let mut m = vec![
        0x12, 0x34, 0x01, 0x00, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1,
    ];
    m.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1]);
    let l = dissect(&m, 0);
    let names: Vec<_> = l.all(f::dns::QRY_NAME).map(|v| v.to_string()).collect();
    assert_eq!(names, ["<Root>", "<Root>"]);
    assert!(l.thrown.is_none());
}

/// A hostile message whose 2000 questions each point at a run of 4000
/// labels that points back to its own start: tshark follows that loop 255
/// times for every name (two billion labels read); osidump stops at the
/// message's budget of steps and says so.
#[test]
fn name_steps_are_bounded_per_message() {
    let questions = 2000usize;
    let run = 12 + questions * 6;
    let mut m = vec![
        0x12,
        0x34,
        0x01,
        0x00,
        (questions >> 8) as u8,
        questions as u8,
    ];
    m.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    for _ in 0..questions {
        m.extend_from_slice(&[0xc0 | (run >> 8) as u8, run as u8, 0, 1, 0, 1]);
    }
    for _ in 0..4000 {
        m.extend_from_slice(&[1, b'a']);
    }
    m.extend_from_slice(&[0xc0 | (run >> 8) as u8, run as u8]);
    let l = dissect(&m, 0);
    assert!(
        l.anomalies
            .iter()
            .any(|a| a.reason.contains("labels and pointers")),
        "{:?}",
        l.anomalies
    );
    assert!(l.thrown.is_some());
    // The names before the budget ran out are loops, as tshark shows them.
    let first: Vec<_> = l
        .all(f::dns::QRY_NAME)
        .take(2)
        .map(|v| v.to_string())
        .collect();
    assert_eq!(first, [LOOP_TEXT, LOOP_TEXT]);
}

#[test]
fn a_with_rdlength_5_is_flagged_and_the_next_record_decoded() {
    let l = dissect(BAD_A, 0);
    let a: Vec<_> = l
        .fields
        .iter()
        .filter(|f| std::ptr::eq(f.def, f::dns::A))
        .map(|f| f.value.to_string())
        .collect();
    assert_eq!(a, ["10.0.0.1", "10.0.0.2"]);
    assert_eq!(l.anomalies.len(), 1);
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Malformed);
    assert_eq!(
        l.anomalies[0].reason,
        "answer 1 (A): rdlength 5, expected 4"
    );
}

#[test]
fn more_records_announced_than_present() {
    let l = dissect(SHORT_COUNT, 0);
    assert_eq!(l.get(f::dns::A), Some(&Value::Ipv4([10, 0, 0, 1])));
    assert_eq!(l.anomalies.len(), 1);
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Malformed);
    assert!(
        l.anomalies[0]
            .reason
            .starts_with("3 answers announced, 1 decoded"),
        "{:?}",
        l.anomalies
    );
}

#[test]
fn truncated_messages() {
    // Cut inside the A record's rdata (2nd answer at 0x34, rdata at 0x40).
    let cut = &RESPONSE[..0x42];
    let l = dissect(cut, 0);
    assert_eq!(l.get_str(f::dns::CNAME), Some("web.example.test"));
    assert!(l.get(f::dns::A).is_none());
    assert_eq!(l.anomalies.len(), 1, "{:?}", l.anomalies);
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Malformed);
    assert!(
        l.anomalies[0].reason.starts_with(
            "2 answers announced, 1 decoded: answer 2 (A): rdlength 4 runs past the end"
        )
    );
    // The same cut made by the snap length is `truncated`.
    let l = dissect_as(cut, 0, Flavor::Dns, true);
    assert_eq!(l.anomalies[0].kind, AnomalyKind::Truncated);
    // Inside the header.
    let l = dissect(&QUERY[..7], 0);
    assert_eq!(l.get_uint(f::dns::ID), Some(0x1a2b));
    assert_eq!(l.anomalies[0].reason, "header: need 12 bytes, have 7");
    // Too short for the id and the flags, which tshark reads before it
    // shows either (zeek's ipv6-hbh-routing0.pcap: 3 bytes): no field, and
    // no Info (tshark cleared the column).
    let l = dissect(&QUERY[..3], 0);
    assert!(l.fields.is_empty());
    assert!(l.thrown.is_some());
    let mut info = String::new();
    super::info(&mut info, std::slice::from_ref(&l), 0);
    assert_eq!(info, "");
    // Empty.
    let l = dissect(&[], 0);
    assert!(l.fields.is_empty());
    assert_eq!(l.anomalies.len(), 1);
}

#[test]
fn every_prefix_and_many_mutations_decode_without_panic() {
    for (_, msg, flavor, _) in all() {
        for n in 0..=msg.len() {
            let l = dissect_as(&msg[..n], 0, flavor, n % 2 == 0);
            let _ = summary(&l);
            let _ = probe(&msg[..n]);
            if n < msg.len() {
                assert!(!l.anomalies.is_empty(), "prefix {n} has no anomaly");
            }
        }
        let mut m = msg.to_vec();
        for i in 0..m.len() {
            let orig = m[i];
            for b in [0x00, 0x01, 0x3f, 0x40, 0x80, 0xc0, 0xff] {
                m[i] = b;
                let l = dissect_as(&m, 0, flavor, false);
                let _ = summary(&l);
                let _ = probe(&m);
            }
            m[i] = orig;
        }
    }
}

#[test]
fn random_mutations_decode_without_panic() {
    // xorshift: deterministic, no dependency
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let cases = all();
    let mut d = DnsTcpDecoder::new();
    let mut out = Vec::new();
    for round in 0..20_000u64 {
        let (_, msg, flavor, _) = cases[(next() % cases.len() as u64) as usize];
        let mut m = msg.to_vec();
        for _ in 0..1 + next() % 4 {
            let i = (next() % m.len() as u64) as usize;
            m[i] = next() as u8;
        }
        let l = dissect_as(&m, 0, flavor, false);
        let _ = summary(&l);
        let _ = probe(&m);
        d.feed(Dir::Client, round, &m, &mut out);
        out.clear();
    }
}

#[test]
fn summaries_match_tshark_info() {
    // `tshark -r crafted.pcap -T fields -e _ws.col.Info`
    let want = [
        (
            QUERY,
            Flavor::Dns,
            "Standard query 0x1a2b A www.example.test OPT",
        ),
        (
            RESPONSE,
            Flavor::Dns,
            "Standard query response 0x1a2b A www.example.test CNAME web.example.test A 10.99.0.2 NS ns1.example.test AAAA 2001:db8::53",
        ),
        (
            TYPES,
            Flavor::Dns,
            "Standard query response 0xbeef ANY example.test MX 10 mail.example.test TXT SOA ns1.example.test SRV 10 60 5060 sip.example.test CAA CAA PTR www.example.test HTTPS SVCB OPT",
        ),
        (
            NXDOMAIN,
            Flavor::Dns,
            "Standard query response 0x0042 No such name A nope.example.test SOA ns1.example.test",
        ),
        (
            FORWARD,
            Flavor::Dns,
            "Standard query response 0x0005 PTR fwd.example PTR fwd.example",
        ),
        (
            LOOP,
            Flavor::Dns,
            "Standard query 0x0006 A <Name contains a pointer that loops> A ok.test",
        ),
        (
            BAD_A,
            Flavor::Dns,
            "Standard query response 0x0007 A a.test A 10.0.0.1 A 10.0.0.2",
        ),
        (
            ODD_NAMES,
            Flavor::Dns,
            "Standard query 0x0009 NS <Root> A a.b.sp ace.\\001\u{fffd}.back\\slash.test",
        ),
        (
            MDNS_QUERY,
            Flavor::Mdns,
            "Standard query 0x0000 A printer.local, \"QU\" question",
        ),
        (
            MDNS_RESPONSE,
            Flavor::Mdns,
            "Standard query response 0x0000 A, cache flush 192.168.1.20",
        ),
        (LLMNR_QUERY, Flavor::Llmnr, "Standard query 0x1234 A wpad"),
        (
            LLMNR_RESPONSE,
            Flavor::Llmnr,
            "Standard query response 0x1234 A wpad A 192.168.1.9",
        ),
    ];
    for (msg, flavor, line) in want {
        assert_eq!(summary(&dissect_as(msg, 0, flavor, false)), line);
    }
}

#[test]
fn names_for_numbers() {
    assert_eq!(type_name(65), Some("HTTPS"));
    assert_eq!(type_name(257), Some("CAA"));
    assert_eq!(type_name(4242), None);
    assert_eq!(rcode_name(3), Some("No such name"));
    assert_eq!(rcode_name(12), None);
    assert_eq!(opcode_name(5), Some("Dynamic update"));
    assert_eq!(opcode_name(3), None);
    assert_eq!(Flavor::from_ports(5353, 5353), Flavor::Mdns);
    assert_eq!(Flavor::from_ports(40000, 5355), Flavor::Llmnr);
    assert_eq!(Flavor::from_ports(53, 40000), Flavor::Dns);
    // The lower port first, as tshark's UDP (PcapPlusPlus DnsEdit.pcap
    // frame 1: 5353 to 53 is DNS).
    assert_eq!(Flavor::from_ports(5353, 53), Flavor::Dns);
    assert_eq!(Flavor::from_ports(53, 5355), Flavor::Dns);
    assert_eq!(Flavor::from_ports(5355, 5353), Flavor::Mdns);
}

#[test]
fn probe_guesses() {
    for (name, msg, _, _) in all() {
        let p = probe(msg);
        let want = match name {
            "loop" => Probe::Certain, // a pointer question still looks right
            "mdns_response" => Probe::Unsure,
            // 3 answers cannot fit in what is left
            "short_count" => Probe::NotForUs,
            _ => Probe::Certain,
        };
        assert_eq!(p, want, "{name}");
    }
    assert_eq!(probe(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"), Probe::NotForUs);
    assert_eq!(probe(&QUERY[..11]), Probe::NotForUs);
    // opcode 3 is unassigned
    let mut m = QUERY.to_vec();
    m[2] = 0x18;
    assert_eq!(probe(&m), Probe::NotForUs);
    // 40000 answers cannot fit
    let mut m = RESPONSE.to_vec();
    m[6] = 0x9c;
    assert_eq!(probe(&m), Probe::NotForUs);
}

#[test]
fn owned_layer_has_the_same_fields() {
    let b = dissect(TYPES, 0);
    let o = dissect_owned(TYPES);
    assert_eq!(b.fields, o.fields);
    assert_eq!(o.span, 0..TYPES.len());
}

fn framed(msgs: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for m in msgs {
        out.extend_from_slice(&(m.len() as u16).to_be_bytes());
        out.extend_from_slice(m);
    }
    out
}

#[test]
fn tcp_message_across_three_feeds() {
    let stream = framed(&[RESPONSE]);
    let mut d = DnsTcpDecoder::new();
    let mut out = Vec::new();
    // split inside the prefix, then inside the body
    d.feed(Dir::Server, 100, &stream[..1], &mut out);
    assert!(out.is_empty());
    d.feed(Dir::Server, 101, &stream[1..30], &mut out);
    assert!(out.is_empty());
    d.feed(Dir::Server, 130, &stream[30..], &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].stream_offset, 100);
    let l = &out[0].layer;
    assert_eq!(l.protocol, "dns");
    assert_eq!(l.span, 0..RESPONSE.len() + 2);
    assert_eq!(l.fields[0].def, f::dns::LENGTH);
    assert_eq!(l.get_uint(f::dns::LENGTH), Some(RESPONSE.len() as u64));
    // A response to no query seen: tshark marks it unsolicited.
    let (last, rest) = l.fields.split_last().unwrap();
    assert_eq!(last.def, f::dns::UNSOLICITED);
    assert_eq!(rest[1..], dissect(RESPONSE, 0).fields[..]);
    assert!(l.anomalies.is_empty());
}

#[test]
fn tcp_two_messages_in_one_feed_and_directions_apart() {
    let stream = framed(&[QUERY, TYPES]);
    let mut d = DnsTcpDecoder::new();
    let mut out = Vec::new();
    // a partial message from the other side must not mix in
    d.feed(Dir::Server, 0, &framed(&[RESPONSE])[..20], &mut out);
    d.feed(Dir::Client, 0, &stream, &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].stream_offset, 0);
    assert_eq!(out[1].stream_offset, QUERY.len() as u64 + 2);
    assert_eq!(out[0].layer.get_uint(f::dns::ID), Some(0x1a2b));
    assert_eq!(out[1].layer.get_uint(f::dns::ID), Some(0xbeef));
    // one and a half messages, then the rest
    let stream = framed(&[NXDOMAIN, FORWARD]);
    let mut out = Vec::new();
    let cut = NXDOMAIN.len() + 2 + 5;
    d.feed(Dir::Server, 500, &stream[..cut], &mut out);
    assert!(
        out.is_empty(),
        "the old partial message was 20 bytes of a longer one"
    );
}

#[test]
fn tcp_gap_resynchronises() {
    let mut d = DnsTcpDecoder::new();
    let mut out = Vec::new();
    let one = framed(&[QUERY]);
    d.feed(Dir::Client, 0, &one[..10], &mut out);
    d.gap(Dir::Client, 5);
    // the rest of the broken message is dropped...
    d.feed(Dir::Client, 15, &one[15..], &mut out);
    assert!(out.is_empty());
    // ...and the next one that starts a segment is decoded
    d.feed(
        Dir::Client,
        one.len() as u64,
        &framed(&[RESPONSE]),
        &mut out,
    );
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].stream_offset, one.len() as u64);
    assert_eq!(out[0].layer.get_uint(f::dns::ID), Some(0x1a2b));
}

#[test]
fn tcp_zero_length_message() {
    let mut d = DnsTcpDecoder::new();
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, &[0, 0, 0, 0], &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].layer.get_uint(f::dns::LENGTH), Some(0));
    assert!(!out[0].layer.anomalies.is_empty());
}

fn key(port: u16) -> ConvKey {
    ConvKey::new(false, ([10; 16], port), ([9; 16], 53)).0
}

#[test]
fn tracker_matches_by_flow_and_id() {
    let mut t: DnsTracker = DnsTracker::new();
    assert_eq!(t.observe(key(1000), 7, false, 1, 1_000), None);
    assert_eq!(t.observe(key(1001), 7, false, 2, 2_000), None);
    // retransmission keeps the first request
    assert_eq!(t.observe(key(1000), 7, false, 3, 3_000), None);
    assert_eq!(
        t.observe(key(1000), 7, true, 4, 131_283_000),
        Some((1, 131_282_000))
    );
    assert_eq!(t.observe(key(1001), 7, true, 5, 2_500), Some((2, 500)));
    // a duplicate response is a retransmission: tshark gives it no
    // dns.response_to (DnsPackets.pcap frame 422)
    assert_eq!(t.observe(key(1000), 7, true, 6, 200_000_000), None);
    // unknown id or flow
    assert_eq!(t.observe(key(1000), 8, true, 7, 0), None);
    assert_eq!(t.observe(key(1002), 7, true, 8, 0), None);
    // the id reused after its answer starts a new transaction
    assert_eq!(t.observe(key(1000), 7, false, 9, 10_000), None);
    assert_eq!(t.observe(key(1000), 7, true, 10, 10_100), Some((9, 100)));
}

#[test]
fn tracker_is_bounded() {
    let mut t: DnsTracker<u32> = DnsTracker::with_capacity(2);
    t.observe(1, 1, false, 1, 0);
    t.observe(2, 1, false, 2, 0);
    t.observe(3, 1, false, 3, 0);
    assert_eq!(t.len(), 2);
    assert_eq!(t.observe(1, 1, true, 4, 0), None, "oldest forgotten");
    assert_eq!(t.observe(3, 1, true, 5, 0), Some((3, 0)));
    for i in 0..10_000u32 {
        t.observe(i, 9, false, u64::from(i), 0);
    }
    assert_eq!(t.len(), 2);
}

#[test]
fn tracker_forgets_transactions_idle_past_the_conversation_timeout() {
    const S: i128 = 1_000_000_000;
    let mut t: DnsTracker<u32> = DnsTracker::new();
    t.observe(1, 1, false, 1, 0);
    t.observe(2, 1, false, 2, 0);
    // 301 s later but only a few frames on: one odd timestamp empties
    // nothing.
    t.observe(3, 1, false, 3, 301 * S);
    assert_eq!(t.len(), 3);
    // 301 s and 100 frames later, the next new query forgets both.
    t.observe(4, 1, false, 102, 301 * S);
    assert_eq!(t.len(), 2);
    assert_eq!(t.observe(1, 1, true, 103, 301 * S), None, "forgotten");
    // Asked 1 s ago: still matched.
    assert_eq!(t.observe(4, 1, true, 104, 302 * S), Some((102, S)));
}

#[test]
fn match_fields_use_tshark_time_text() {
    let mut l = dissect(RESPONSE, 0);
    add_match_fields(&mut l, 1, 130_282_000);
    assert_eq!(l.get_uint(f::dns::RESPONSE_TO), Some(1));
    // `tshark -r tcpdump/dns_udp.pcap -T pdml`: dns.time = 0.130282000
    assert_eq!(l.get(f::dns::TIME).unwrap().to_string(), "0.130282000");
    assert_eq!(format_time(3_000), "0.000003000");
    assert_eq!(format_time(-1_500_000_000), "-1.500000000");
    assert_eq!(format_time(12_000_000_001), "12.000000001");
}

/// DNS payloads of a capture: (frame number, flavor, payload, is TCP, dir).
fn payloads(path: &std::path::Path) -> Vec<(u64, Flavor, Vec<u8>, bool, Dir)> {
    use crate::source::FrameSource;
    use crate::source::file::FileSource;
    let mut src = FileSource::open(path).expect("open");
    let mut dis = crate::dissect::Dissector::new();
    let mut out = Vec::new();
    while let Ok(Some(f)) = src.next_frame() {
        let d = dis.dissect(&f);
        for (proto, sp, dp, len) in [
            ("udp", f::udp::SRCPORT, f::udp::DSTPORT, f::udp::LENGTH),
            ("tcp", f::tcp::SRCPORT, f::tcp::DSTPORT, f::tcp::LEN),
        ] {
            let Some(t) = d.layer(proto) else { continue };
            let (Some(s), Some(p), Some(n)) = (t.get_uint(sp), t.get_uint(dp), t.get_uint(len))
            else {
                continue;
            };
            let n = if proto == "udp" {
                n.saturating_sub(8)
            } else {
                n
            } as usize;
            let start = t.span.end;
            let body = f
                .data
                .get(start..(start + n).min(f.data.len()))
                .unwrap_or_default();
            let (s, p) = (s as u16, p as u16);
            let ports = [53, 5353, 5355];
            if n > 0 && (ports.contains(&s) || ports.contains(&p)) {
                let dir = if p == 53 { Dir::Client } else { Dir::Server };
                out.push((
                    f.number,
                    Flavor::from_ports(s, p),
                    body.to_vec(),
                    proto == "tcp",
                    dir,
                ));
            }
        }
    }
    out
}

/// Real captures under $OSIDUMP_CORPUS, against values read with
/// tshark 4.0.17 (`tshark -r FILE -T pdml -Y dns`, fields of the frame
/// named). Also decodes every DNS payload of those files without panic.
#[test]
fn corpus() {
    let Some(dir) = std::env::var_os("OSIDUMP_CORPUS") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let find = |file: &str, frame: u64| -> Layer<'static> {
        let (_, flavor, body, _, _) = payloads(&dir.join(file))
            .into_iter()
            .find(|p| p.0 == frame)
            .unwrap_or_else(|| panic!("{file} frame {frame}"));
        into_owned(dissect_as(&body, 0, flavor, false))
    };
    let values = |l: &Layer<'_>, name: &'static crate::dissect::field::FieldDef| -> Vec<String> {
        l.fields
            .iter()
            .filter(|f| std::ptr::eq(f.def, name))
            .map(|f| f.value.to_string())
            .collect()
    };

    // tcpdump/dns_udp.pcap frame 2
    let l = find("tcpdump/dns_udp.pcap", 2);
    assert_eq!(
        values(&l, f::dns::A),
        [
            "192.139.46.66",
            "198.199.88.104",
            "209.87.249.18",
            "97.107.133.15"
        ]
    );
    assert_eq!(
        values(&l, f::dns::NS),
        ["sns.cooperix.net", "nic.sandelman.ca"]
    );
    assert_eq!(
        values(&l, f::dns::AAAA),
        ["2607:f0b0:f::babe:f00d", "2600:3c03::f03c:91ff:fe96:e8ef"]
    );
    assert_eq!(
        values(&l, f::dns::RESP_NAME).last().map(String::as_str),
        Some("<Root>")
    );
    assert_eq!(l.get_uint(f::dns::FLAGS), Some(0x8500));
    assert!(l.anomalies.is_empty());
    // tcpdump/dns_udp.pcap frame 1: client cookie 42:f5:d0:09:96:f9:0b:13
    let l = find("tcpdump/dns_udp.pcap", 1);
    assert_eq!(values(&l, f::dns::OPT_COOKIE_CLIENT), ["42f5d00996f90b13"]);
    assert_eq!(values(&l, f::dns::FLAGS_AUTHENTICATED), ["true"]);
    // zeek/dns/loc-29-trunc.pcap frame 1: DO bit and a server cookie
    let l = find("zeek/dns/loc-29-trunc.pcap", 1);
    assert_eq!(values(&l, f::dns::RESP_Z_DO), ["true"]);
    assert_eq!(
        values(&l, f::dns::OPT_COOKIE_SERVER),
        ["010000005fa883a2e1113764badad8db"]
    );
    // zeek/dns-svcb.pcap frame 2
    let l = find("zeek/dns-svcb.pcap", 2);
    assert_eq!(values(&l, f::dns::SVCB_SVCPRIORITY), ["0"]);
    assert_eq!(values(&l, f::dns::SVCB_TARGETNAME), ["foo.example.com"]);
    // zeek/dns/dns-invalid-names.pcap frame 2: c00c at offset 12
    let l = find("zeek/dns/dns-invalid-names.pcap", 2);
    assert_eq!(
        values(&l, f::dns::QRY_NAME),
        ["<Name contains a pointer that loops>"]
    );
    // frames 1 and 3 are cut inside the name: tshark says [Malformed Packet]
    assert!(
        !find("zeek/dns/dns-invalid-names.pcap", 1)
            .anomalies
            .is_empty()
    );
    assert!(
        !find("zeek/dns/dns-invalid-names.pcap", 3)
            .anomalies
            .is_empty()
    );
    // zeek/dns/max-compression-depth.pcap: 7 answers 127.0.0.1..7 named "a"
    let l = find("zeek/dns/max-compression-depth.pcap", 1);
    assert_eq!(values(&l, f::dns::A).len(), 7);
    assert_eq!(values(&l, f::dns::RESP_NAME), vec!["a"; 7]);
    // pcapplusplus/DnsTooManyResources.pcap: 25528 questions announced
    let l = find("pcapplusplus/DnsTooManyResources.pcap", 1);
    assert_eq!(values(&l, f::dns::COUNT_QUERIES), ["25528"]);
    assert!(!l.anomalies.is_empty());
    // pcapplusplus/Dns.pcap frame 2 (mDNS): QU bit, OPT class 0x05a0
    let l = find("pcapplusplus/Dns.pcap", 2);
    assert_eq!(l.protocol, "mdns");
    assert_eq!(values(&l, f::dns::QRY_QU), ["true", "true"]);
    // mDNS's own OPT payload size field (tshark: 0x05a0), not DNS's.
    assert_eq!(values(&l, f::dns::RR_UDP_PAYLOAD_SIZE_MDNS), ["1440"]);
    assert!(values(&l, f::dns::RR_UDP_PAYLOAD_SIZE).is_empty());
    assert_eq!(values(&l, f::dns::AAAA), ["fe80::5a1f:aaff:fe4f:3f9d"]);
    // pcapplusplus/DnsPackets.pcap frame 421 (mDNS): each NSEC's type
    // bitmap adds its types to dns.resp.type, after the NSEC's own 47.
    let l = find("pcapplusplus/DnsPackets.pcap", 421);
    assert_eq!(
        values(&l, f::dns::RESP_TYPE),
        ["12", "1", "47", "12", "47", "1", "41"]
    );

    // pcapplusplus/dns_over_tcp.pcapng through the TCP decoder:
    // frames 1-3 carry dns.length 54, 42, 1133; frame 3's rcode is 3
    // and its SOA mname a.gtld-servers.net.
    let mut decoders: HashMap<bool, DnsTcpDecoder> = HashMap::default();
    let mut got = Vec::new();
    let mut offsets = [0u64; 2];
    for (frame, _, body, tcp, dir) in payloads(&dir.join("pcapplusplus/dns_over_tcp.pcapng")) {
        if !tcp || frame > 3 {
            continue;
        }
        let d = decoders.entry(frame == 1).or_default();
        let mut out = Vec::new();
        d.feed(dir, offsets[dir.index()], &body, &mut out);
        offsets[dir.index()] += body.len() as u64;
        got.extend(out.into_iter().map(|m| m.layer));
    }
    let lens: Vec<_> = got
        .iter()
        .map(|l| l.get_uint(f::dns::LENGTH).unwrap_or(0))
        .collect();
    assert_eq!(lens, [54, 42, 1133]);
    assert_eq!(got[2].get_uint(f::dns::FLAGS_RCODE), Some(3));
    assert_eq!(
        got[2].get_str(f::dns::SOA_MNAME),
        Some("a.gtld-servers.net")
    );
    assert!(got.iter().all(|l| l.anomalies.is_empty()), "{got:?}");

    // No panic on any DNS payload of the DNS samples.
    let files = [
        "tcpdump/dns-badcookie.pcap",
        "tcpdump/dns-badlabel.pcap",
        "tcpdump/dns-badvers.pcap",
        "tcpdump/dns-uri.pcap",
        "tcpdump/dns_tcp.pcap",
        "tcpdump/dnssec.pcap",
        "zeek/dns-edns-cookie.pcap",
        "zeek/dns/dns-corrupt.pcap",
        "zeek/dns/dns-edns-bad-length.pcap",
        "zeek/dns/ech.pcap",
        "zeek/dns/tkey.pcap",
        "pcapplusplus/DnsPackets.pcap",
        "pcapplusplus/DNS_NXDomain.pcap",
        "pcapplusplus/dns_stack_overflow.pcap",
    ];
    for file in files {
        for (_, flavor, body, tcp, _) in payloads(&dir.join(file)) {
            let l = if tcp {
                dissect_as(body.get(2..).unwrap_or_default(), 0, flavor, false)
            } else {
                dissect_as(&body, 0, flavor, false)
            };
            let _ = summary(&l);
        }
    }
}

#[test]
fn tcp_answers_are_matched_to_their_queries() {
    // tshark gives DNS over TCP dns.response_to and dns.time as over UDP
    // (corpus dns_tcp.pcap: query in frame 4, answer in frame 6).
    let mut answer = QUERY.to_vec();
    answer[2] |= 0x80;
    let mut d = DnsTcpDecoder::new();
    let mut out = Vec::new();
    d.set_frame(4);
    d.set_time_ns(1_000_000_000);
    d.feed(Dir::Client, 0, &framed(&[QUERY]), &mut out);
    d.set_frame(6);
    d.set_time_ns(1_000_250_000);
    d.feed(Dir::Server, 0, &framed(&[&answer]), &mut out);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].layer.get_uint(f::dns::RESPONSE_TO), None);
    assert_eq!(out[1].layer.get_uint(f::dns::RESPONSE_TO), Some(4));
    assert_eq!(
        out[1].layer.get(f::dns::TIME).map(|v| v.to_string()),
        Some("0.000250000".to_string())
    );
}

/// A record of a type tshark's dissect_dns_answer has no case for gets
/// its "not implemented" note and `dns.data` (tshark 4.0.17 on a response
/// with one answer `a`, class IN, TTL 60 and 4 zero bytes of rdata, for
/// each type; 0, 31 and 65280 have no case, SPF (99) and CAA (257) do).
#[test]
fn a_type_tshark_has_no_case_for_gets_its_note() {
    let answer = |t: u16| {
        let mut m = vec![0, 1, 0x81, 0x80, 0, 0, 0, 1, 0, 0, 0, 0, 1, b'a', 0];
        m.extend_from_slice(&t.to_be_bytes());
        m.extend_from_slice(&[0, 1, 0, 0, 0, 60, 0, 4, 0, 0, 0, 0]);
        m
    };
    for t in [0u16, 31, 65280] {
        let msg_bytes = answer(t);
        let l = dissect(&msg_bytes, 0);
        let got = fields(&l);
        let tail: Vec<_> = got
            .iter()
            .skip_while(|(n, _)| *n != "_ws.expert")
            .map(|(n, v)| (*n, v.as_str()))
            .take(6)
            .collect();
        let msg = format!(
            "Dissector for DNS Type ({t}) code not implemented, \
             Contact Wireshark developers if you want this supported"
        );
        let label = format!("Expert Info (Note/Undecoded): {msg}");
        assert_eq!(
            tail,
            [
                ("_ws.expert", label.as_str()),
                ("dns.undecoded.type", ""),
                ("_ws.expert.message", msg.as_str()),
                ("_ws.expert.severity", "4194304"),
                ("_ws.expert.group", "83886080"),
                ("dns.data", "00000000"),
            ],
            "type {t}"
        );
    }
    for t in [99u16, 257] {
        let msg_bytes = answer(t);
        let l = dissect(&msg_bytes, 0);
        assert!(
            !l.has(f::dns::UNDECODED_TYPE) && !l.has(f::dns::DATA),
            "type {t}"
        );
    }
}
