use super::*;

/// The packets of one call of the decoder on `b` (client to server).
fn run(d: &mut MqttDecoder, b: &[u8]) -> Vec<Layer<'static>> {
    let mut out = Vec::new();
    d.feed(Dir::Client, 0, b, &mut out);
    out.into_iter().map(|m| m.layer).collect()
}

fn info(l: &Layer<'_>) -> String {
    let mut s = String::new();
    summary(&mut s, l);
    s
}

#[test]
fn connect_publish_subscribe() {
    let mut d = MqttDecoder::new();
    // CONNECT, MQTT 3.1.1, client id "c", user "u", password "p".
    let connect = [
        0x10, 20, 0, 4, b'M', b'Q', b'T', b'T', 4, 0xc2, 0, 60, 0, 1, b'c', 0, 1, b'u', 0, 1,
        b'p',
        // (one byte short of the stated 20: cut by the segment, held)
    ];
    assert!(run(&mut d, &connect).is_empty());
    let rest = run(&mut d, &[0xff]);
    assert_eq!(rest.len(), 1);
    let l = &rest[0];
    assert_eq!(info(l), "Connect Command");
    assert_eq!(l.get_uint(f::mqtt::VER), Some(4));
    assert_eq!(l.get_str(f::mqtt::CLIENTID), Some("c"));
    assert_eq!(l.get_str(f::mqtt::USERNAME), Some("u"));
    // PUBLISH QoS 1 to "t/x" with id 7, then a SUBSCRIBE (id 2) to two
    // topics, in one segment: two packets.
    let mut seg = vec![0x32, 8, 0, 3, b't', b'/', b'x', 0, 7, b'!'];
    seg.extend_from_slice(&[0x82, 10, 0, 2, 0, 1, b'a', 0, 0, 2, b'b', b'c', 1]);
    let out = run(&mut MqttDecoder::new(), &seg);
    assert_eq!(out.len(), 2);
    assert_eq!(info(&out[0]), "Publish Message (id=7) [t/x]");
    assert_eq!(out[0].get_uint(f::mqtt::QOS), Some(1));
    assert_eq!(info(&out[1]), "Subscribe Request (id=2) [a] [bc]");
    // A packet cut inside its fields: malformed, shown as far as it goes.
    let out = run(&mut MqttDecoder::new(), &[0x30, 2, 0, 9]);
    assert_eq!(info(&out[0]), "Publish Message");
    assert!(out[0].thrown.is_some());
    // No prefix of any of them panics.
    for b in [&connect[..], &seg[..]] {
        for n in 0..b.len() {
            run(&mut MqttDecoder::new(), &b[..n]);
        }
    }
}

#[test]
fn version_5_reason_codes_and_properties() {
    let mut d = MqttDecoder::new();
    // CONNECT 5.0 (no properties), client id "".
    run(
        &mut d,
        &[
            0x10, 13, 0, 4, b'M', b'Q', b'T', b'T', 5, 0x02, 0, 60, 0, 0, 0,
        ],
    );
    // CONNACK with reason code 0x86 and one byte of properties' length 0.
    let out = run(&mut d, &[0x20, 3, 0, 0x86, 0]);
    assert_eq!(out[0].get_uint(f::mqtt::CONNACK_REASON_CODE), Some(0x86));
    assert_eq!(out[0].get_uint(f::mqtt::PROPERTY_LEN), Some(0));
    // PUBLISH QoS 0 with 2 bytes of properties, then the message.
    let out = run(
        &mut d,
        &[0x30, 9, 0, 1, b'q', 2, 0x01, 0x01, b'h', b'i', b'!'],
    );
    assert_eq!(info(&out[0]), "Publish Message [q]");
    assert_eq!(out[0].get_uint(f::mqtt::PROPERTY_LEN), Some(2));
    assert!(out[0].has(f::mqtt::MSG));
}

/// Any packet but a CONNECT on a conversation whose CONNECT was not seen
/// (or named version 0) gets tshark's "Unknown version" note; after a
/// CONNECT naming a version, none.
#[test]
fn packets_before_any_connect_are_noted_unknown_version() {
    let ping = [0xc0, 0];
    let noted = |l: &Layer<'_>| l.has(f::mqtt::UNKNOWN_VERSION);
    let mut d = MqttDecoder::new();
    assert!(noted(&run(&mut d, &ping)[0]));
    let connect = [0x10, 12, 0, 4, b'M', b'Q', b'T', b'T', 4, 0x02, 0, 60, 0, 0];
    let l = &run(&mut d, &connect)[0];
    assert!(!noted(l));
    assert!(!noted(&run(&mut d, &ping)[0]));
    let mut zero = connect;
    zero[8] = 0;
    let mut d = MqttDecoder::new();
    run(&mut d, &zero);
    assert!(noted(&run(&mut d, &ping)[0]));
}
