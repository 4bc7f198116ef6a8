//! The mailslot header and browser messages as tshark 4.0 shows them
//! (SMB messages of tcpdump's eapon1 capture, and crafted ones).

use crate::dissect::app::testing::{one, vals};
use crate::dissect::layer::Layer;

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn layers(b: &[u8]) -> Vec<Layer<'_>> {
    let mut out = Vec::new();
    assert!(crate::dissect::app::smb::dissect(b, 0, b.len(), &mut out));
    out
}

fn info(l: &Layer<'_>) -> String {
    let mut s = String::new();
    super::info(&mut s, l);
    s
}

/// Frame 7: a Local Master Announcement to `\MAILSLOT\BROWSE`.
const LOCAL_MASTER: &str = "ff534d42250000000000000000000000000000000000000000000000000000001100002100000000000000\
0000e803000000000000000021005600030001000000020032005c4d41494c534c4f545c42524f575345000f0080fc0a00444a5039\
3553304a000072006f0073000501031005000f0155aa00";

/// Frame 82: a Browser Election Request.
const ELECTION: &str = "ff534d42250000000000000000000000000000000000000000000000000000001100001700000000000000\
0000e803000000000000000017005600030001000100020028005c4d41494c534c4f545c42524f575345000801200f011059b11915\
00000000444a50393553304a00";

#[test]
fn local_master_announcement() {
    let b = hex(LOCAL_MASTER);
    let out = layers(&b);
    let names: Vec<_> = out.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["smb", "mailslot", "browser"]);
    let smb = &out[0];
    assert_eq!(one(smb, "smb.wct"), "17");
    assert_eq!(one(smb, "smb.tdc"), "33");
    assert_eq!(one(smb, "smb.timeout"), "1000");
    assert_eq!(one(smb, "smb.data_offset"), "86");
    assert_eq!(one(smb, "smb.bcc"), "50");
    assert_eq!(one(smb, "smb.trans_name"), "\\MAILSLOT\\BROWSE");
    assert!(vals(smb, "smb.padding").is_empty());
    let ms = &out[1];
    assert_eq!(one(ms, "mailslot.opcode"), "1");
    assert_eq!(one(ms, "mailslot.class"), "2");
    assert_eq!(one(ms, "mailslot.size"), "50");
    let br = &out[2];
    assert_eq!(one(br, "browser.command"), "0x0f");
    assert_eq!(one(br, "browser.period"), "720000");
    assert_eq!(one(br, "browser.server"), "DJP95S0J");
    assert_eq!(one(br, "browser.windows_version"), "Windows XP");
    assert_eq!(one(br, "browser.server_type"), "0x00051003");
    assert_eq!(one(br, "browser.server_type.browser.master"), "1");
    assert_eq!(one(br, "browser.sig"), "0xaa55");
    assert_eq!(one(br, "browser.comment"), "");
    assert!(br.thrown.is_none());
    assert_eq!(
        info(br),
        "Local Master Announcement DJP95S0J, Workstation, Server, NT Workstation, \
         Potential Browser, Master Browser"
    );
}

#[test]
fn election_request() {
    let b = hex(ELECTION);
    let out = layers(&b);
    let br = &out[2];
    assert_eq!(one(br, "browser.election.criteria"), "0x10010f20");
    assert_eq!(one(br, "browser.election.desire"), "0x20");
    assert_eq!(one(br, "browser.election.desire.wins"), "1");
    assert_eq!(one(br, "browser.election.os.ntw"), "1");
    assert_eq!(one(br, "browser.proto_major"), "15");
    assert_eq!(one(br, "browser.uptime"), "354005337");
    assert_eq!(one(br, "browser.server"), "DJP95S0J");
    assert_eq!(info(br), "Browser Election Request");
}

#[test]
fn lanman_announcement_names_types_first() {
    // The LANMAN layout: update count, types, OS version, period in
    // seconds, then the names.
    let mut b = hex(LOCAL_MASTER);
    b.truncate(69);
    let name = b"\\MAILSLOT\\LANMAN\0";
    let msg: &[u8] = b"\x01\x00\x03\x00\x00\x00\x04\x00\x3c\x00HOST\0hi\0";
    b.extend_from_slice(name);
    b.extend_from_slice(msg);
    let bcc = (name.len() + msg.len()) as u16;
    b[67..69].copy_from_slice(&bcc.to_le_bytes());
    b[55..57].copy_from_slice(&(msg.len() as u16).to_le_bytes());
    b[57..59].copy_from_slice(&(69 + name.len() as u16).to_le_bytes());
    let out = layers(&b);
    let br = &out[2];
    assert_eq!(one(br, "browser.period"), "60000");
    assert_eq!(one(br, "browser.server"), "HOST");
    assert_eq!(one(br, "browser.comment"), "hi");
    assert_eq!(one(br, "browser.windows_version"), "");
    assert_eq!(info(br), "Host Announcement, Workstation, Server HOST");
}

#[test]
fn other_mailslots_and_short_messages() {
    // NETLOGON's mailslot is left to SMB (its Trans words, as tshark
    // shows them for any Trans): no mailslot or browser layer.
    let mut b = hex(LOCAL_MASTER);
    b[79..85].copy_from_slice(b"NET\\XX");
    assert_eq!(layers(&b).len(), 1);
    assert!(layers(&b)[0].has(crate::dissect::fields::smb::TPC));
    // Every cut of the message: no panic; the browser throws once its
    // data is reached and cut.
    let b = hex(LOCAL_MASTER);
    for n in 0..b.len() {
        let mut out = Vec::new();
        crate::dissect::app::smb::dissect(&b[..n], 0, b.len(), &mut out);
        if let Some(br) = out.iter().find(|l| l.protocol == "browser") {
            assert!(br.thrown.is_some(), "{n}");
        }
    }
    // A comment without its NUL, the message whole: malformed.
    let mut b = hex(LOCAL_MASTER);
    b.pop();
    let out = {
        let mut out = Vec::new();
        let n = b.len();
        crate::dissect::app::smb::dissect(&b, 0, n, &mut out);
        out
    };
    let br = out.iter().find(|l| l.protocol == "browser").unwrap();
    assert!(br.thrown.is_some());
    assert_eq!(one(br, "browser.sig"), "0xaa55");
}
