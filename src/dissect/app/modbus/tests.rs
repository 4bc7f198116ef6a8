//! Modbus/TCP as tshark 4.0 shows it (crafted bytes; the values and Info
//! texts are those `tshark -T fields` printed for the same bytes sent
//! between port 40000 and port 502).

use super::*;
use crate::dissect::app::testing::{Feed, one, vals};

fn feed() -> Feed<ModbusDecoder> {
    Feed::with(ModbusDecoder::new(), PORT)
}

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn layers(m: &[Message]) -> Vec<Layer<'static>> {
    m.iter().map(|m| m.layer.clone()).collect()
}

/// The Info column of a frame holding these layers.
fn info_of(ls: &[Layer<'static>]) -> String {
    let mut s = String::new();
    info(&mut s, ls, ls.len() - 1);
    s
}

#[test]
fn read_holding_registers_query_and_response() {
    let mut c = feed();
    let m = c.seg(Dir::Client, &hex("0001 0000 0006 01 03 0010 0003"));
    let ls = layers(&m);
    assert_eq!(ls.len(), 2);
    assert_eq!(ls[0].protocol, "mbtcp");
    assert_eq!(one(&ls[0], "mbtcp.trans_id"), "1");
    assert_eq!(one(&ls[0], "mbtcp.prot_id"), "0");
    assert_eq!(one(&ls[0], "mbtcp.len"), "6");
    assert_eq!(one(&ls[0], "mbtcp.unit_id"), "1");
    assert_eq!(one(&ls[1], "modbus.func_code"), "3");
    assert_eq!(one(&ls[1], "modbus.reference_num"), "16");
    assert_eq!(one(&ls[1], "modbus.word_cnt"), "3");
    assert_eq!(
        info_of(&ls),
        "   Query: Trans:     1; Unit:   1, Func:   3: Read Holding Registers"
    );
    let query_frame = c.frame;

    c.d.set_time_ns(1_000_000);
    let m = c.seg(Dir::Server, &hex("0001 0000 0009 01 03 06 000a 000b 000c"));
    let ls = layers(&m);
    assert_eq!(one(&ls[1], "modbus.request_frame"), query_frame.to_string());
    assert_eq!(one(&ls[1], "modbus.response_time"), "0.001000000");
    assert_eq!(one(&ls[1], "modbus.byte_cnt"), "6");
    assert_eq!(vals(&ls[1], "modbus.regnum16"), ["16", "17", "18"]);
    assert_eq!(vals(&ls[1], "modbus.regval_uint16"), ["10", "11", "12"]);
    assert_eq!(
        info_of(&ls),
        "Response: Trans:     1; Unit:   1, Func:   3: Read Holding Registers"
    );
}

#[test]
fn two_pdus_in_one_segment_are_one_call() {
    let mut c = feed();
    let m = c.seg(
        Dir::Client,
        &hex("0002 0000 0006 01 01 0000 000a  0003 0000 0006 01 02 0005 0003"),
    );
    let ls = layers(&m);
    let names: Vec<_> = ls.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["mbtcp", "modbus", "mbtcp", "modbus"]);
    assert!(ls[0].has(f::mbtcp::OSIDUMP_CALL));
    assert!(!ls[2].has(f::mbtcp::OSIDUMP_CALL));
    assert_eq!(one(&ls[1], "modbus.bit_cnt"), "10");
    // The Info column holds the call's last PDU.
    assert_eq!(
        info_of(&ls),
        "   Query: Trans:     3; Unit:   1, Func:   2: Read Discrete Inputs"
    );
    let m = c.seg(
        Dir::Server,
        &hex("0002 0000 0005 01 01 02 ff 03  0003 0000 0004 01 02 01 05"),
    );
    let ls = layers(&m);
    // Ten coils from 0; three inputs from 5.
    assert_eq!(
        vals(&ls[1], "modbus.bitnum"),
        ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
    );
    assert_eq!(vals(&ls[1], "modbus.bitval"), ["1"; 10]);
    assert_eq!(vals(&ls[3], "modbus.bitnum"), ["5", "6", "7"]);
    assert_eq!(vals(&ls[3], "modbus.bitval"), ["1", "0", "1"]);
}

#[test]
fn exception_and_write_single_coil() {
    let mut c = feed();
    c.seg(Dir::Client, &hex("0004 0000 0006 01 03 0000 0001"));
    let m = c.seg(Dir::Server, &hex("0004 0000 0003 01 83 02"));
    let ls = layers(&m);
    assert_eq!(one(&ls[1], "modbus.func_code"), "3");
    assert_eq!(one(&ls[1], "modbus.exception_code"), "2");
    // An exception is no response: no request frame.
    assert!(vals(&ls[1], "modbus.request_frame").is_empty());
    assert_eq!(
        info_of(&ls),
        "Response: Trans:     4; Unit:   1, Func:   3: Read Holding Registers. Exception returned "
    );
    // Write Single Coil: the bytes after the reference are data.
    let m = c.seg(Dir::Client, &hex("c24b 0000 0006 ff 05 0001 ff00"));
    let ls = layers(&m);
    assert_eq!(one(&ls[1], "modbus.reference_num"), "1");
    assert_eq!(one(&ls[1], "modbus.data"), "ff00");
    // The padding is the value's second byte again.
    assert_eq!(one(&ls[1], "modbus.padding"), "0x00");
    assert!(ls[1].thrown.is_none());
}

#[test]
fn subfunctions_in_the_info_column() {
    let mut c = feed();
    let m = c.seg(Dir::Client, &hex("0007 0000 0006 01 08 0000 1234"));
    let ls = layers(&m);
    assert_eq!(one(&ls[1], "modbus.diagnostic_code"), "0");
    assert_eq!(
        one(&ls[1], "modbus.diagnostic.return_query_data.request"),
        "1234"
    );
    assert_eq!(
        info_of(&ls),
        "   Query: Trans:     7; Unit:   1, Func:   8/  1: Return Query Data"
    );
    let m = c.seg(Dir::Client, &hex("0008 0000 0004 01 25 0102"));
    let ls = layers(&m);
    assert_eq!(one(&ls[1], "modbus.data"), "0102");
    assert_eq!(
        info_of(&ls),
        "   Query: Trans:     8; Unit:   1, Func:  37: Unknown function (37)"
    );
}

#[test]
fn pdus_split_across_segments() {
    let mut c = feed();
    // The header is whole: exactly the PDU's bytes, then the rest is a
    // call of its own.
    assert!(
        c.seg(Dir::Client, &hex("0001 0000 0006 01 03 00"))
            .is_empty()
    );
    assert!(c.d.holds_partial(Dir::Client));
    assert!(!c.d.wants_one_more_segment(Dir::Client));
    let m = c.seg(Dir::Client, &hex("00 0001  0002 0000 0006 01 03 0000 0001"));
    let ls = layers(&m);
    assert_eq!(ls.len(), 4);
    assert!(ls[0].has(f::mbtcp::OSIDUMP_CALL) && ls[2].has(f::mbtcp::OSIDUMP_CALL));
    // Calls are fenced: both texts.
    assert_eq!(
        info_of(&ls),
        "   Query: Trans:     1; Unit:   1, Func:   3: Read Holding Registers   Query: Trans:     2; Unit:   1, Func:   3: Read Holding Registers"
    );
    assert_eq!(m[0].stream_offset, 0);
    assert_eq!(m[0].stream_end, 12);
    // Fewer than 6 header bytes left: the next segment whole, one call.
    let m = c.seg(Dir::Client, &hex("0009 0000 0006 01 03 0000 0001 000a 00"));
    assert_eq!(m.len(), 2);
    assert!(c.d.wants_one_more_segment(Dir::Client));
    let m = c.seg(Dir::Client, &hex("00 0006 01 03 0000 0001"));
    assert_eq!(m.len(), 2);
    assert_eq!(one(&m[0].layer, "mbtcp.trans_id"), "10");
    // A reassembled PDU followed by what is not Modbus: data.
    c.seg(Dir::Client, &hex("0003 0000 0006 01 03 00"));
    let m = c.seg(Dir::Client, &hex("00 0001 ffff ffff ffff ffff"));
    let names: Vec<_> = m.iter().map(|m| m.layer.protocol).collect();
    assert_eq!(names, ["mbtcp", "modbus", "data"]);
}

#[test]
fn what_is_not_modbus_is_refused() {
    let mut c = feed();
    // Protocol identifier 1.
    assert!(
        c.seg(Dir::Client, &hex("000d 0001 0006 01 03 0000 0001"))
            .is_empty()
    );
    assert!(c.d.refused(Dir::Client));
    // Fewer than 8 bytes.
    assert!(c.seg(Dir::Client, &hex("0006 0000 00")).is_empty());
    assert!(c.d.refused(Dir::Client));
    // A length below 2.
    assert!(c.seg(Dir::Client, &hex("0006 0000 0001 01 03")).is_empty());
    assert!(c.d.refused(Dir::Client));
    // Modbus again.
    assert_eq!(
        c.seg(Dir::Client, &hex("0001 0000 0006 01 03 0000 0001"))
            .len(),
        2
    );
    assert!(!c.d.refused(Dir::Client));
}

#[test]
fn short_pdus_throw_where_tshark_does() {
    let mut c = feed();
    // A PDU of length 0 after a good one: the header reads throw, no item.
    let m = c.seg(
        Dir::Client,
        &hex("000b 0000 0006 01 03 0000 0001 000c 0000 0000"),
    );
    let ls = layers(&m);
    let names: Vec<_> = ls.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["mbtcp", "modbus", "mbtcp"]);
    assert!(vals(&ls[2], "mbtcp.trans_id").is_empty());
    assert_eq!(ls[2].thrown.as_ref().map(|t| t.protocol), Some("mbtcp"));
    assert_eq!(info_of(&ls), "");
    // A response of a function code alone: Modbus throws.
    let m = c.seg(Dir::Server, &hex("000e 0000 0002 01 03"));
    let ls = layers(&m);
    assert_eq!(one(&ls[1], "modbus.func_code"), "3");
    assert_eq!(ls[1].thrown.as_ref().map(|t| t.protocol), Some("modbus"));
    // The exception bit with no exception code: Modbus/TCP throws.
    let m = c.seg(Dir::Server, &hex("000f 0000 0002 01 83"));
    assert_eq!(m.len(), 1);
    // An exception code of 0 is no exception.
    let m = c.seg(Dir::Server, &hex("0010 0000 0003 01 83 00"));
    let ls = layers(&m);
    assert_eq!(one(&ls[1], "modbus.byte_cnt"), "0");
    assert!(ls[1].thrown.is_none());
}

#[test]
fn read_device_identification() {
    let mut c = feed();
    let m = c.seg(Dir::Client, &hex("0000 0000 0005 00 2b 0e 01 00"));
    let ls = layers(&m);
    assert_eq!(one(&ls[1], "modbus.mei"), "14");
    assert_eq!(one(&ls[1], "modbus.read_device_id"), "1");
    assert_eq!(one(&ls[1], "modbus.object_id"), "0");
    assert_eq!(
        info_of(&ls),
        "   Query: Trans:     0; Unit:   0, Func:  43/  1: Read Device Identification"
    );
    let m = c.seg(
        Dir::Server,
        &hex("0000 0000 0010 00 2b 0e 01 01 00 00 02 00 03 414243 01 01 58"),
    );
    let ls = layers(&m);
    assert_eq!(one(&ls[1], "modbus.conformity_level"), "0x01");
    assert_eq!(one(&ls[1], "modbus.num_objects"), "2");
    assert_eq!(vals(&ls[1], "modbus.object_id"), ["0", "1"]);
    assert_eq!(vals(&ls[1], "modbus.objects_len"), ["3", "1"]);
    assert_eq!(vals(&ls[1], "modbus.object_str_value"), ["ABC", "X"]);
}

#[test]
fn the_request_table_is_bounded() {
    let mut r = Requests::default();
    for i in 0..(MAX_REQUESTS as u64 * 3) {
        r.insert(
            ((i % 60_000) as u16, 1, 3),
            Req {
                frame: i + 1,
                time_ns: 0,
                base: 0,
                num: 0,
            },
        );
        assert!(r.map.len() <= MAX_REQUESTS && r.order.len() <= MAX_REQUESTS);
    }
    // The latest is kept; one older than the cap is forgotten.
    let last = MAX_REQUESTS as u64 * 3 - 1;
    assert!(r.find(((last % 60_000) as u16, 1, 3), u64::MAX).is_some());
    assert!(r.find((0, 1, 3), u64::MAX).is_none());
}

/// Truncated and malformed Modbus never panics: every prefix of a set of
/// PDUs, and random bytes fed in random pieces both ways.
#[test]
fn truncated_and_random_input_never_panics() {
    let pdus = [
        "0001 0000 0006 01 03 0010 0003",
        "0001 0000 0009 01 03 06 000a 000b 000c",
        "0001 0000 0009 01 04 06 000a 000b",
        "0002 0000 0005 01 01 02 ff 03",
        "0003 0000 000b 01 0f 0000 000a 02 ff 03",
        "0003 0000 000b 01 10 0000 0002 04 0001 0002",
        "0004 0000 0003 01 83 02",
        "0005 0000 0006 01 05 0001 ff00",
        "0006 0000 0008 01 08 000b 0005 0102",
        "0007 0000 000a 01 0c 08 0000 0001 0002 80 41",
        "0008 0000 000c 01 14 07 06 0000 0001 0002 0003",
        "0009 0000 000e 01 15 0b 06 0000 0001 0002 0003 0004",
        "000a 0000 0008 01 18 0004 0001 0005",
        "000b 0000 0010 00 2b 0e 01 01 00 00 02 00 03 414243 09 01 58",
        "000c 0000 000b 01 17 0000 0001 0000 0001 02 00",
        "000d 0000 0004 01 14 00 00",
    ];
    for p in pdus {
        let b = hex(p);
        for n in 0..=b.len() {
            for dir in [Dir::Client, Dir::Server] {
                let mut c = feed();
                c.seg(dir, &b[..n]);
                // The same bytes with the length field claiming more or less.
                let mut v = b[..n].to_vec();
                if v.len() > 5 {
                    v[5] = v[5].wrapping_add(n as u8);
                    c.seg(dir, &v);
                    c.seg(dir, &b);
                }
            }
        }
    }
    let mut rng = crate::test_rng::Rng(0x6d62_7463);
    for _ in 0..3000 {
        let mut c = feed();
        for _ in 0..6 {
            let len = rng.below(40) as usize;
            let mut seg: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
            // Often a plausible header, so that PDUs are read.
            if seg.len() >= 6 && rng.below(2) == 0 {
                seg[2] = 0;
                seg[3] = 0;
                seg[4] = 0;
                seg[5] = rng.below(40) as u8;
            }
            let dir = if rng.below(2) == 0 {
                Dir::Client
            } else {
                Dir::Server
            };
            for m in c.seg(dir, &seg) {
                let ls = [m.layer];
                let _ = info_of(&ls);
            }
            if rng.below(8) == 0 {
                c.d.gap(dir, 3);
            }
        }
    }
}
