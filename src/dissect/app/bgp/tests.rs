//! Unit tests of the BGP decoder: segments fed as TCP hands them over. The
//! bytes are crafted; the values expected are what tshark 4.0 shows for
//! the same segments in a capture (one TCP stream to port 179, checked
//! with `tshark -T fields` when written: every frame's Info and fields
//! equal).

use super::*;
use crate::dissect::testing;
use crate::test_rng::Rng;

const MARKER: [u8; 16] = [0xff; 16];

fn msg(ty: u8, body: &[u8]) -> Vec<u8> {
    let mut m = MARKER.to_vec();
    m.extend_from_slice(&((19 + body.len()) as u16).to_be_bytes());
    m.push(ty);
    m.extend_from_slice(body);
    m
}

/// bird's OPEN: AS 65001, hold 30, id 10.95.0.1, multiprotocol IPv4 and
/// IPv6 unicast, route refresh, graceful restart (helper only, 120 s),
/// 4-octet AS, enhanced route refresh, long-lived graceful restart.
fn open() -> Vec<u8> {
    msg(
        1,
        &testing::hex(
            "04 fde9 001e 0a5f0001 1e 02 1c 01040001 0001 01040002 0001 0200 \
              40020078 410400 00fde9 4600 4700",
        ),
    )
}

/// An UPDATE: ORIGIN IGP, AS_PATH 65001 (4-octet), NEXT_HOP 10.95.0.1,
/// MED 50, communities 65001:100 65001:200; three prefixes.
fn update() -> Vec<u8> {
    let mut body = testing::hex(
        "0000 0026 400101 00 400206 0201 0000fde9 400304 0a5f0001 \
                        800404 00000032 c00808 fde90064 fde900c8",
    );
    body.extend_from_slice(&testing::hex("1ccb007110 19c6336400 18c00002"));
    msg(2, &body)
}

fn keepalive() -> Vec<u8> {
    msg(4, &[])
}

/// A conversation's client side being fed, segment by segment.
struct Conv {
    d: BgpDecoder,
    at: u64,
}

impl Conv {
    fn new() -> Self {
        Conv {
            d: BgpDecoder::new(),
            at: 0,
        }
    }

    fn seg(&mut self, data: &[u8]) -> Vec<Layer<'static>> {
        let mut out = Vec::new();
        self.d.feed(Dir::Client, self.at, data, &mut out);
        self.at += data.len() as u64;
        out.into_iter().map(|m| m.layer).collect()
    }
}

fn vals(l: &Layer<'_>, name: &str) -> Vec<String> {
    l.fields
        .iter()
        .filter(|f| f.name() == name)
        .map(|f| {
            let mut s = String::new();
            crate::render::value::fields_repr(&mut s, f);
            s
        })
        .collect()
}

fn info_of(layers: &[Layer<'_>]) -> String {
    let mut s = String::new();
    for i in 0..layers.len() {
        if i > 0 {
            s.push_str(", ");
        }
        info(&mut s, layers, i);
    }
    s
}

#[test]
fn open_and_keepalive_in_one_segment() {
    let mut c = Conv::new();
    let mut seg = open();
    seg.extend(keepalive());
    let ls = c.seg(&seg);
    assert_eq!(info_of(&ls), "OPEN Message, KEEPALIVE Message");
    assert_eq!(vals(&ls[0], "bgp.open.myas"), ["65001"]);
    assert_eq!(vals(&ls[0], "bgp.open.identifier"), ["10.95.0.1"]);
    assert_eq!(
        vals(&ls[0], "bgp.cap.type"),
        ["1", "1", "2", "64", "65", "70", "71"]
    );
    assert_eq!(vals(&ls[0], "bgp.cap.mp.afi"), ["1", "2"]);
    assert_eq!(vals(&ls[0], "bgp.cap.4as"), ["65001"]);
    assert_eq!(vals(&ls[0], "bgp.cap.gr.timers.restart_time"), ["120"]);
    assert_eq!(
        vals(&ls[0], "_ws.expert.message"),
        ["Graceful Restart Capability supported in Helper mode only"]
    );
    assert_eq!(vals(&ls[1], "bgp.length"), ["19"]);
    assert_eq!(vals(&ls[1], "bgp.type"), ["4"]);
}

#[test]
fn update_attributes_and_prefixes() {
    let mut c = Conv::new();
    let ls = c.seg(&update());
    assert_eq!(info_of(&ls), "UPDATE Message");
    let l = &ls[0];
    assert_eq!(
        vals(l, "bgp.update.path_attribute.type_code"),
        ["1", "2", "3", "4", "8"]
    );
    assert_eq!(
        vals(l, "bgp.update.path_attribute.as_path_segment.as4"),
        ["65001"]
    );
    assert_eq!(vals(l, "bgp.update.path_attribute.next_hop"), ["10.95.0.1"]);
    assert_eq!(vals(l, "bgp.update.path_attribute.multi_exit_disc"), ["50"]);
    assert_eq!(
        vals(l, "bgp.update.path_attribute.community_value"),
        ["100", "200"]
    );
    assert_eq!(
        vals(l, "bgp.nlri_prefix"),
        ["203.0.113.16", "198.51.100.0", "192.0.2.0"]
    );
    assert_eq!(vals(l, "bgp.prefix_length"), ["28", "25", "24"]);
}

#[test]
fn message_over_three_segments_is_shown_on_the_last() {
    let mut c = Conv::new();
    let u = update();
    assert!(c.seg(&u[..10]).is_empty());
    assert!(c.d.holds_partial(Dir::Client));
    assert!(c.seg(&u[10..40]).is_empty());
    let mut last = u[40..].to_vec();
    last.extend(keepalive());
    let ls = c.seg(&last);
    assert_eq!(info_of(&ls), "UPDATE Message, KEEPALIVE Message");
    assert_eq!(vals(&ls[0], "bgp.nlri_prefix").len(), 3);
    assert!(!c.d.holds_partial(Dir::Client));
}

/// Bytes before a marker are a continuation; a NOTIFICATION's shutdown
/// communication; an AS_PATH of 2-octet numbers; an attribute longer than
/// the attributes' total (tshark's note, then the NLRI read from where the
/// attributes end).
#[test]
fn continuation_notification_and_bad_attribute_length() {
    let mut c = Conv::new();
    let mut seg = vec![1, 2, 3];
    seg.extend(keepalive());
    let ls = c.seg(&seg);
    assert_eq!(info_of(&ls), "KEEPALIVE Message");
    assert_eq!(vals(&ls[0], "bgp.continuation"), ["1"]);

    let mut body = vec![6, 2, 9];
    body.extend_from_slice(b"maintenan");
    let ls = c.seg(&msg(3, &body));
    assert_eq!(info_of(&ls), "NOTIFICATION Message");
    assert_eq!(vals(&ls[0], "bgp.notify.minor_error_cease"), ["2"]);
    assert_eq!(vals(&ls[0], "bgp.notify.communication"), ["maintenan"]);

    let mut body = testing::hex("0000 0010 400101 02 40020a 0204 00c8 0001 5ba0 5ba0");
    body.extend_from_slice(&testing::hex("2004040404"));
    let mut seg = msg(2, &body);
    seg.extend(msg(5, &testing::hex("00010001")));
    let ls = c.seg(&seg);
    assert_eq!(info_of(&ls), "UPDATE Message, ROUTE-REFRESH Message");
    assert_eq!(
        vals(&ls[0], "_ws.expert.message"),
        [
            "Path attribute length is invalid: 10 bytes",
            "NLRI length 160 invalid (> 32)"
        ]
    );
    assert_eq!(vals(&ls[1], "bgp.route_refresh.afi"), ["1"]);

    // Two-octet AS numbers, 200 1 23456: read as such when an attribute
    // follows; as the last one, tshark's guess reads 4-octet numbers past
    // the message's end first, and throws.
    let body = testing::hex("0000 000f 400101 02 400208 0203 00c8 0001 5ba0");
    let ls = c.seg(&msg(2, &body));
    assert_eq!(info_of(&ls), "UPDATE Message[Malformed Packet]");
    let body = testing::hex("0000 0016 400101 02 400208 0203 00c8 0001 5ba0 400304 0a000001");
    let ls = c.seg(&msg(2, &body));
    assert_eq!(
        vals(&ls[0], "bgp.update.path_attribute.as_path_segment.as2"),
        ["200", "1", "23456"]
    );
}

/// A length under the header's ends the call with tshark's malformed note
/// (on the call's last message, or alone).
#[test]
fn length_under_the_header_is_malformed() {
    let mut c = Conv::new();
    let mut bad = MARKER.to_vec();
    bad.extend_from_slice(&[0, 5, 4]);
    let ls = c.seg(&bad);
    assert_eq!(info_of(&ls), "[Malformed Packet]");
    assert_eq!(
        vals(&ls[0], "_ws.malformed"),
        ["[Malformed Packet: BGP]", "_ws.malformed"]
    );
    let mut seg = keepalive();
    seg.extend_from_slice(&bad);
    let ls = c.seg(&seg);
    assert_eq!(info_of(&ls), "KEEPALIVE Message[Malformed Packet]");
}

/// A segment the snap length cut: no reassembly, the message is read
/// from what was captured and its reads past it are noted.
#[test]
fn segment_cut_by_the_snap_length() {
    let mut c = Conv::new();
    let u = update();
    c.d.set_snap_cut((u.len() - 60) as u64);
    let ls = c.seg(&u[..60]);
    assert_eq!(ls.len(), 1);
    assert_eq!(
        info_of(&ls),
        "UPDATE Message[Packet size limited during capture]"
    );
    assert_eq!(
        vals(&ls[0], "_ws.short"),
        ["[Packet size limited during capture: BGP truncated]"]
    );
    assert!(!c.d.holds_partial(Dir::Client));
}

/// Hostile input never panics, and a side holds at most one message.
#[test]
fn random_segments_never_panic_and_hold_one_message_at_most() {
    let mut rng = Rng(0x5eed_b9b0);
    for round in 0..400 {
        let mut c = Conv::new();
        for _ in 0..8 {
            let n = rng.below(300) as usize;
            let mut seg: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            if round % 2 == 0 && n > 19 {
                // Mostly valid headers, random lengths and bodies.
                seg[..16].copy_from_slice(&MARKER);
                seg[18] = (rng.below(6) + 1) as u8;
            }
            if rng.below(4) == 0 {
                c.d.set_snap_cut(rng.below(100));
            }
            let ls = c.seg(&seg);
            for l in &ls {
                let mut s = String::new();
                summary(&mut s, l);
            }
            assert!(c.d.heap_bytes() <= 2 * 65_536);
        }
    }
}
