//! The SMB and SMB2 headers as tshark 4.0 shows them (crafted bytes).

use super::*;

fn smb2_header(cmd: u16, flags: u32, chain: u32, msg_id: u64) -> Vec<u8> {
    let mut h = vec![0xfe, b'S', b'M', b'B', 64, 0, 1, 0];
    h.extend_from_slice(&0xc000_0016u32.to_le_bytes());
    h.extend_from_slice(&cmd.to_le_bytes());
    h.extend_from_slice(&1u16.to_le_bytes());
    h.extend_from_slice(&flags.to_le_bytes());
    h.extend_from_slice(&chain.to_le_bytes());
    h.extend_from_slice(&msg_id.to_le_bytes());
    h.extend_from_slice(&0xd5u32.to_le_bytes());
    h.extend_from_slice(&7u32.to_le_bytes());
    h.extend_from_slice(&0x1122u64.to_le_bytes());
    h.extend_from_slice(&[0xaa; 16]);
    h
}

#[test]
fn smb2_response_chain() {
    let mut b = smb2_header(5, 0x5, 72, 9);
    b.extend_from_slice(&[0; 8]);
    b.extend(smb2_header(6, 0x5, 0, 10));
    let l = dissect(&b, 0, b.len()).unwrap();
    assert_eq!(l.protocol, "smb2");
    assert_eq!(l.all(f::smb2::CMD).count(), 2);
    assert_eq!(l.get_uint(f::smb2::NT_STATUS), Some(0xc000_0016));
    assert_eq!(l.get_uint(f::smb2::CREDITS_GRANTED), Some(1));
    assert_eq!(l.get_uint(f::smb2::SESID), Some(0x1122));
    assert_eq!(l.get_uint(f::smb2::TID), Some(7));
    assert!(!l.has(f::smb2::CHANNEL_SEQUENCE));
    let mut s = String::new();
    info(&mut s, &l);
    assert_eq!(
        s,
        "Create Response, Error: STATUS_MORE_PROCESSING_REQUIRED;Close Response, Error: STATUS_MORE_PROCESSING_REQUIRED"
    );
}

#[test]
fn smb1_header_and_andx() {
    let mut b = vec![0xff, b'S', b'M', b'B', 0x73, 0, 0, 0, 0, 0x18, 0x01, 0xc8];
    b.extend_from_slice(&[0; 10]); // pid high, signature
    b.extend_from_slice(&[0, 0]); // reserved
    b.extend_from_slice(&[0xff, 0xff, 1, 0, 0, 0, 2, 0]); // tid pid uid mid
    b.extend_from_slice(&[12, 0xff, 0, 0, 0]); // wct, andx none
    let l = dissect(&b, 0, b.len()).unwrap();
    let cmds: Vec<_> = l.all(f::smb::CMD).collect();
    assert_eq!(cmds, [&Value::UInt(0x73), &Value::UInt(0xff)]);
    assert_eq!(l.get_uint(f::smb::NT_STATUS), Some(0));
    assert_eq!(l.get_uint(f::smb::TID), Some(0xffff));
    assert_eq!(l.get_uint(f::smb::MID), Some(2));
    assert!(l.flag(f::smb::FLAGS2_STRING));
    // Cut short: what was read stays, the rest is an exception.
    let l = dissect(&b[..20], 0, b.len()).unwrap();
    assert!(l.has(f::smb::FLAGS2));
    assert!(!l.has(f::smb::TID));
    assert!(!l.anomalies.is_empty());
}

#[test]
fn neither_is_none() {
    assert!(dissect(b"\xfaSMBxxxx", 0, 8).is_none());
    assert!(dissect(b"\xffSM", 0, 3).is_none());
}
