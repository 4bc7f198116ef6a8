//! Telnet as tshark 4.0 shows it (bytes of real and crafted segments;
//! each expectation is what `tshark -T fields` printed for them).

use super::*;
use crate::dissect::layer::Value;

fn one(b: &[u8]) -> Layer<'static> {
    dissect(b, 0, &mut Session::default(), 4, 23)
}

fn uints(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Vec<u64> {
    l.all(def)
        .filter_map(|v| match v {
            Value::UInt(n) => Some(*n),
            Value::Bool(b) => Some(u64::from(*b)),
            _ => None,
        })
        .collect()
}

fn strs(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Vec<String> {
    l.all(def)
        .filter_map(|v| match v {
            Value::Str(s) => Some(s.to_string()),
            _ => None,
        })
        .collect()
}

fn hexes(l: &Layer<'_>, def: &'static crate::dissect::field::FieldDef) -> Vec<String> {
    l.all(def)
        .filter_map(|v| match v {
            Value::Bytes(b) => Some(b.iter().map(|x| format!("{x:02x}")).collect()),
            _ => None,
        })
        .collect()
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn messages(l: &Layer<'_>) -> Vec<String> {
    strs(l, crate::dissect::expert::fields::ws::EXPERT_MESSAGE)
}

/// PcapPlusPlus's telnet.pcap, frame 1: negotiation and a LINEMODE
/// suboption with no reader.
#[test]
fn negotiation_and_option_data() {
    let l = one(&hex("fffb03fffd18fffd1ffffd20fffd21fffd22fffa22010bfff0"));
    assert_eq!(
        uints(&l, f::telnet::CMD),
        [251, 253, 253, 253, 253, 253, 250, 240]
    );
    assert_eq!(uints(&l, f::telnet::SUBCMD), [3, 24, 31, 32, 33, 34, 34]);
    assert_eq!(hexes(&l, f::telnet::OPTION_DATA), ["010b"]);
    assert!(l.thrown.is_none());
}

/// Lines keep their ends; a CR alone does not end one (frame 4's last
/// line), an IAC IAC is data (telnetCommandAfterData.pcap).
#[test]
fn data_lines() {
    let l = one(b"\r\nWelcome \r\n\n\rlogin: ");
    assert_eq!(
        strs(&l, f::telnet::DATA),
        ["\r\n", "Welcome \r\n", "\n", "\rlogin: "]
    );
    let l = one(b"a\rb\nc\r\0d");
    assert_eq!(strs(&l, f::telnet::DATA), ["a\rb\n", "c\r", "d"]);
    let l = one(&hex("fffffffa1700"));
    assert_eq!(strs(&l, f::telnet::DATA), ["\u{fffd}\u{fffd}"]);
    assert_eq!(uints(&l, f::telnet::SUBCMD), [23]);
    assert_eq!(hexes(&l, f::telnet::OPTION_DATA), ["00"]);
}

/// telnet.pcap frame 3: data with a NUL (the string stops there, the rest
/// is "Trailing stray characters") between commands.
#[test]
fn data_with_a_nul() {
    let l = one(&hex("fffd00fffb001100064000f1c2000501ffff02ffef"));
    assert_eq!(uints(&l, f::telnet::CMD), [253, 251, 239]);
    assert_eq!(strs(&l, f::telnet::DATA), ["\u{11}"]);
    assert_eq!(messages(&l), ["Trailing stray characters"]);
}

/// telnet.pcap frame 4: AUTHENTICATION REPLY read as Kerberos 5's.
#[test]
fn authentication_reply() {
    let l = one(&hex("fffa25020f0004fff00d0a"));
    assert_eq!(uints(&l, f::telnet::AUTH_CMD), [2]);
    assert_eq!(uints(&l, f::telnet::AUTH_TYPE), [15]);
    assert_eq!(uints(&l, f::telnet::AUTH_MOD_ENC), [0]);
    assert_eq!(uints(&l, f::telnet::AUTH_KRB5_CMD), [4]);
    // SEND's second pair reads the IAC after the parameters.
    let l = one(&hex("fffa2501020304fff0"));
    assert_eq!(uints(&l, f::telnet::AUTH_TYPE), [2, 4]);
    assert_eq!(uints(&l, f::telnet::AUTH_MOD_ENC), [0, 5]);
    assert_eq!(uints(&l, f::telnet::AUTH_MOD_CRED_FWD), [0, 1]);
    assert_eq!(uints(&l, f::telnet::AUTH_MOD_WHO), [1, 1]);
}

#[test]
fn terminal_type_window_size_and_lengths() {
    let l = one(&hex("fffa1800787465726dfff0"));
    assert_eq!(uints(&l, f::telnet::SUBCMD), [24, 0]);
    assert_eq!(strs(&l, f::telnet::STRING_SUBOPT_VALUE), ["xterm"]);
    let l = one(&hex("fffa1f00500018fff0"));
    assert_eq!(uints(&l, f::telnet::NAWS_SUBOPT_WIDTH), [80]);
    assert_eq!(uints(&l, f::telnet::NAWS_SUBOPT_HEIGHT), [24]);
    // A lone IAC inside ends the suboption early; what follows is read on.
    let l = one(&hex("fffa1f0050ff0018fff0"));
    assert_eq!(
        messages(&l),
        ["Suboption parameter length is 2, should be 4"]
    );
    assert_eq!(uints(&l, f::telnet::CMD), [250, 0, 240]);
    assert_eq!(strs(&l, f::telnet::DATA), ["\u{18}"]);
    // A doubled IAC counts once, the message says the bytes on the wire.
    let l = one(&hex("fffa1f0050ffff0018fff0"));
    assert_eq!(
        messages(&l),
        ["Suboption parameter length is 6, should be 4"]
    );
    let l = one(&hex("fffa18ffff01fff0"));
    assert_eq!(messages(&l), ["Invalid Terminal Type subcommand 255"]);
    assert_eq!(hexes(&l, f::telnet::SUBCOMMAND_DATA), ["01"]);
}

/// A doubled IAC late in a segment ends the suboption (tshark compares
/// its offset with the bytes left after the option byte).
#[test]
fn doubled_iac_late_ends_the_suboption() {
    let l = one(&hex("fffa0b000005fbfffffff0"));
    assert_eq!(uints(&l, f::telnet::TABSTOP), [0, 5, 251]);
    assert_eq!(strs(&l, f::telnet::DATA), ["\u{fffd}\u{fffd}"]);
}

#[test]
fn comport() {
    let l = one(&hex("fffa2c0100002580fff0"));
    assert_eq!(uints(&l, f::telnet::COMPORT_SUBOPT_BAUD_RATE), [9600]);
    let l = one(&hex("fffa2c65fff0"));
    assert_eq!(messages(&l), ["Server <Invalid Baud Rate Packet>"]);
    let l = one(&hex("fffa2c6e81fff0"));
    assert_eq!(
        strs(&l, f::telnet::COMPORT_SUBOPT_SET_LINESTATE_MASK),
        ["Data Ready, Timeout Error"]
    );
    let l = one(&hex("fffa2c004142430044fff0"));
    assert_eq!(strs(&l, f::telnet::COMPORT_SUBOPT_SIGNATURE), ["ABC"]);
    let l = one(&hex("fffa2c320102fff0"));
    assert_eq!(messages(&l), ["Invalid COM Port Control subcommand 50"]);
    assert_eq!(hexes(&l, f::telnet::SUBCOMMAND_DATA), ["0102"]);
}

#[test]
fn tn3270e() {
    let l = one(&hex("fffa28020449424d2d333237382d322d45014c55fff0"));
    assert_eq!(uints(&l, f::telnet::TN3270_SUBOPT), [2, 4, 1]);
    assert_eq!(strs(&l, f::telnet::TN3270_IS), ["IBM-3278-2-E"]);
    // CONNECT's string takes the IAC after it.
    assert_eq!(strs(&l, f::telnet::TN3270_CONNECT), ["LU\u{fffd}"]);
    let l = one(&hex("fffa2803070001020304fff0"));
    assert_eq!(uints(&l, f::telnet::TN3270_SUBOPT), [3, 7, 0, 1]);
    assert_eq!(uints(&l, f::telnet::TN3270_REQUEST), [7]);
    let l = one(&hex("fffa1d05050041fff0"));
    assert_eq!(uints(&l, f::telnet::REGIME_CMD), [5, 5, 0]);
    assert_eq!(strs(&l, f::telnet::TN3270_REGIME_SUBOPT_VALUE), ["A"]);
}

#[test]
fn encryption() {
    let l = one(&hex("fffa260001fff0"));
    assert_eq!(uints(&l, f::telnet::ENC_TYPE), [1]);
    assert_eq!(hexes(&l, f::telnet::ENC_TYPE_DATA), [""]);
    let l = one(&hex("fffa2609fff0"));
    assert_eq!(messages(&l), ["Unknown encryption command"]);
}

/// A segment ending in an IAC, or in a command without its option: what
/// was read stays, then tshark's exception.
#[test]
fn cut_commands_throw() {
    let l = one(&hex("41ff"));
    assert!(l.thrown.is_some());
    assert!(strs(&l, f::telnet::DATA).is_empty());
    let l = one(&hex("fffb"));
    assert_eq!(uints(&l, f::telnet::CMD), [251]);
    assert!(l.thrown.is_some());
    // An SB with nothing after its option is whole.
    let l = one(&hex("fffa18"));
    assert!(l.thrown.is_none());
    // Cut by the capture: a line past the captured bytes.
    let l = dissect(b"abc", 5, &mut Session::default(), 4, 23);
    assert_eq!(
        l.thrown.as_ref().map(|t| t.kind),
        Some(crate::dissect::AnomalyKind::Truncated)
    );
}

/// A suboption of 10,240 bytes or more with a doubled IAC: tshark's
/// dissector bug.
#[test]
fn long_escaped_suboption_is_a_dissector_bug() {
    let mut b = hex("fffa0500");
    b.extend(std::iter::repeat_n(0x41, 10236));
    b.extend(hex("ffff42fff0"));
    let l = one(&b);
    assert!(l.thrown.as_ref().is_some_and(|t| t.bug.is_some()));
    b.drain(4..5);
    assert!(one(&b).thrown.is_none());
}

#[test]
fn starttls_needs_both_sides() {
    let mut s = Session::default();
    let follows = hex("fffa2e01fff0");
    dissect(&follows, 0, &mut s, 6, 40000);
    assert!(!s.starttls_ack);
    // The same side again: not yet.
    dissect(&follows, 0, &mut s, 7, 40000);
    assert!(!s.starttls_ack);
    let l = dissect(&follows, 0, &mut s, 8, 23);
    assert_eq!(uints(&l, f::telnet::STARTTLS), [1]);
    assert!(s.starttls_ack);
    // A FOLLOWS of the wrong length is not read.
    let mut s = Session::default();
    let l = dissect(&hex("fffa2e0102fff0"), 0, &mut s, 6, 40000);
    assert_eq!(
        messages(&l),
        ["Suboption parameter length is 2, should be 1"]
    );
    assert_eq!(s.starttls_requested, None);
}

/// tcpdump's telnet-iac-check-oobr.pcap and anything else: no panic.
#[test]
fn hostile_bytes_never_panic() {
    let mut seed = 0x1234_5678u32;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let picks = [
        0xff, 0xfa, 0xf0, 0xfb, 0x28, 0x25, 0x26, 0x2c, 0x1d, 0x01, 0x02, 0x00,
    ];
    for _ in 0..20_000 {
        let n = (next() % 24) as usize;
        let b: Vec<u8> = (0..n)
            .map(|_| picks[(next() % picks.len() as u32) as usize])
            .collect();
        let cut = (next() % 3) as usize;
        let mut s = Session::default();
        let _ = dissect(&b, cut, &mut s, 1, 23);
    }
}
