//! The SMB and SMB2 headers as tshark 4.0 shows them (crafted bytes).

use super::*;

/// The SMB or SMB2 layer of `b`, if it is one.
fn first(b: &[u8]) -> Option<Layer<'_>> {
    let mut out = Vec::new();
    dissect(b, 0, b.len(), &mut out).then(|| out.remove(0))
}

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
    let l = first(&b).unwrap();
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
    let l = first(&b).unwrap();
    let cmds: Vec<_> = l.all(f::smb::CMD).collect();
    assert_eq!(cmds, [&Value::UInt(0x73), &Value::UInt(0xff)]);
    assert_eq!(l.get_uint(f::smb::NT_STATUS), Some(0));
    assert_eq!(l.get_uint(f::smb::TID), Some(0xffff));
    assert_eq!(l.get_uint(f::smb::MID), Some(2));
    assert!(l.flag(f::smb::FLAGS2_STRING));
    // Cut short: what was read stays, the rest is an exception.
    let l = {
        let mut out = Vec::new();
        assert!(dissect(&b[..20], 0, b.len(), &mut out));
        out.remove(0)
    };
    assert!(l.has(f::smb::FLAGS2));
    assert!(!l.has(f::smb::TID));
    assert!(!l.anomalies.is_empty());
}

#[test]
fn neither_is_none() {
    assert!(first(b"\xfaSMBxxxx").is_none());
    assert!(first(b"\xffSM").is_none());
}

fn smb2_ok_header(cmd: u16, flags: u32) -> Vec<u8> {
    let mut h = smb2_header(cmd, flags, 0, 1);
    h[8..12].copy_from_slice(&0u32.to_le_bytes());
    h
}

#[test]
fn smb2_negotiate_response_and_contexts() {
    let mut b = smb2_ok_header(0, 1);
    b.extend_from_slice(&0x41u16.to_le_bytes());
    b.extend_from_slice(&[3, 0]); // security mode
    b.extend_from_slice(&0x0311u16.to_le_bytes());
    b.extend_from_slice(&1u16.to_le_bytes()); // context count
    b.extend_from_slice(&[
        0x19, 0x9a, 0xfa, 0xe6, 0x0f, 0xc5, 0xc1, 0x49, 0xb7, 0x6b, 0xe5, 0xfb, 0xd1, 0xc6, 0xf1,
        0x12,
    ]);
    b.extend_from_slice(&0x27u32.to_le_bytes());
    for v in [65536u32, 65536, 65536] {
        b.extend_from_slice(&v.to_le_bytes());
    }
    b.extend_from_slice(&0u64.to_le_bytes());
    b.extend_from_slice(&130_000_000_000_000_000u64.to_le_bytes());
    b.extend_from_slice(&128u16.to_le_bytes()); // blob offset
    b.extend_from_slice(&3u16.to_le_bytes()); // blob length
    b.extend_from_slice(&136u32.to_le_bytes()); // contexts
    assert_eq!(b.len(), 128);
    b.extend_from_slice(&[0xa1, 0x01, 0x00, 0, 0, 0, 0, 0]);
    b.extend_from_slice(&[2, 0, 4, 0, 0, 0, 0, 0, 1, 0, 2, 0]);
    let mut out = Vec::new();
    assert!(dissect(&b, 0, b.len(), &mut out));
    let names: Vec<_> = out.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["smb2", "gss-api", "spnego"]);
    let l = &out[0];
    assert_eq!(l.get_uint(f::smb2::BUFFER_CODE_LENGTH), Some(32));
    assert!(l.flag(f::smb2::SEC_MODE_SIGN_REQUIRED));
    assert_eq!(l.get_uint(f::smb2::DIALECT), Some(0x311));
    assert_eq!(
        l.get_str(f::smb2::SERVER_GUID),
        Some("e6fa9a19-c50f-49c1-b76b-e5fbd1c6f112")
    );
    assert!(l.flag(f::smb2::CAPABILITIES_DIRECTORY_LEASING));
    assert_eq!(l.get_uint(f::smb2::OLB_LENGTH), Some(3));
    assert_eq!(l.get_uint(f::smb2::NEGOTIATE_CONTEXT_CIPHER_ID), Some(2));
    assert!(l.anomalies.is_empty());
    // Cut anywhere, or with lying offsets: no panic.
    for n in 0..b.len() {
        let mut out = Vec::new();
        dissect(&b[..n], 0, b.len(), &mut out);
    }
    for i in 64..b.len() {
        let mut c = b.clone();
        c[i] = 0xff;
        let mut out = Vec::new();
        dissect(&c, 0, c.len(), &mut out);
    }
}

#[test]
fn smb2_session_setup_raw_ntlmssp_and_errors() {
    let mut b = smb2_ok_header(1, 0);
    b.extend_from_slice(&0x19u16.to_le_bytes());
    b.extend_from_slice(&[0, 1]);
    b.extend_from_slice(&1u32.to_le_bytes());
    b.extend_from_slice(&0u32.to_le_bytes());
    b.extend_from_slice(&88u16.to_le_bytes());
    b.extend_from_slice(&12u16.to_le_bytes());
    b.extend_from_slice(&0u64.to_le_bytes());
    b.extend_from_slice(b"NTLMSSP\0\x01\0\0\0");
    let mut out = Vec::new();
    assert!(dissect(&b, 0, b.len(), &mut out));
    let names: Vec<_> = out.iter().map(|l| l.protocol).collect();
    assert_eq!(names, ["smb2", "ntlmssp"]);
    assert_eq!(out[0].get_uint(f::smb2::OLB_OFFSET), Some(88));
    assert_eq!(out[1].span, 88..100);
    // An error response: tshark still reads a session setup's body
    // (smb3_multichannel.pcap's STATUS_ACCESS_DENIED responses).
    let mut b = smb2_header(1, 1, 0, 2);
    b[8..12].copy_from_slice(&0xc000_006du32.to_le_bytes());
    b.extend_from_slice(&[9, 0, 0, 0, 0, 0, 0, 0, 0]);
    let mut out = Vec::new();
    dissect(&b, 0, b.len(), &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].get_uint(f::smb2::BUFFER_CODE), Some(9));
    assert_eq!(out[0].get_uint(f::smb2::SESSION_FLAGS), Some(0));
    assert!(!out[0].has(f::smb2::ERROR_BYTE_COUNT));
}

#[test]
fn smb2_tree_connect_and_close() {
    let mut b = smb2_ok_header(3, 0);
    b.extend_from_slice(&9u16.to_le_bytes());
    b.extend_from_slice(&0u16.to_le_bytes());
    b.extend_from_slice(&72u16.to_le_bytes());
    let path: Vec<u8> = "\\\\h\\s"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    b.extend_from_slice(&(path.len() as u16).to_le_bytes());
    b.extend(path);
    let l = first(&b).unwrap();
    assert_eq!(l.get_str(f::smb2::TREE), Some("\\\\h\\s"));
    assert_eq!(l.get_uint(f::smb2::OLB_OFFSET), Some(72));
    assert!(l.anomalies.is_empty());

    let mut b = smb2_ok_header(6, 0);
    b.extend_from_slice(&[24, 0, 1, 0, 0, 0, 0, 0]);
    b.extend_from_slice(&[
        0x49, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0xff, 0xff, 0xff, 0xff,
    ]);
    let l = first(&b).unwrap();
    assert!(l.flag(f::smb2::CLOSE_PQ_ATTRIB));
    assert_eq!(
        l.get_str(f::smb2::FID),
        Some("00000049-0000-0000-0500-0000ffffffff")
    );

    let mut b = smb2_ok_header(6, 1);
    b.extend_from_slice(&[60, 0, 0, 0, 0, 0, 0, 0]);
    b.extend_from_slice(&[0; 32]);
    b.extend_from_slice(&4096u64.to_le_bytes());
    b.extend_from_slice(&10u64.to_le_bytes());
    b.extend_from_slice(&0x20u32.to_le_bytes());
    let l = first(&b).unwrap();
    assert_eq!(l.get_uint(f::smb2::EOF), Some(10));
    assert!(l.flag(f::smb2::FILE_ATTRIBUTE_ARCHIVE));
    assert!(l.anomalies.is_empty());
    for n in 64..b.len() {
        let _ = first(&b[..n]);
    }
}

/// A header whose status is `status` (responses) with tree `tid`.
fn smb2_msg(cmd: u16, response: bool, msg_id: u64, tid: u32, status: u32) -> Vec<u8> {
    let mut h = smb2_header(cmd, u32::from(response), 0, msg_id);
    h[8..12].copy_from_slice(&status.to_le_bytes());
    h[36..40].copy_from_slice(&tid.to_le_bytes());
    h
}

#[test]
fn smb2_write_data_and_tree_memory() {
    let mut st = Smb2State::default();
    // TREE_CONNECT request for \\h\s, then its response: a disk share.
    let mut req = smb2_msg(3, false, 4, 0, 0);
    req.extend_from_slice(&[9, 0, 0, 0, 72, 0, 10, 0]);
    for c in "\\\\h\\s".encode_utf16() {
        req.extend_from_slice(&c.to_le_bytes());
    }
    let mut o1 = Vec::new();
    assert!(dissect_in(&req, 0, req.len(), Some(&mut st), &mut o1));
    let mut rsp = smb2_msg(3, true, 4, 5, 0);
    rsp.extend_from_slice(&[16, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 1, 0x1f, 0]);
    let mut o2 = Vec::new();
    assert!(dissect_in(&rsp, 0, rsp.len(), Some(&mut st), &mut o2));
    assert!(!o2[0].has(f::smb2::TREE));
    assert_eq!(o2[0].get_uint(f::smb::ACCESS_MASK), Some(0x001f_01ff));
    // A WRITE on that tree: its data is a data layer.
    let mut w = smb2_msg(9, false, 6, 5, 0);
    w.extend_from_slice(&[49, 0, 112, 0, 3, 0, 0, 0]);
    w.extend_from_slice(&[0; 40]);
    w.extend_from_slice(b"abc");
    let mut out = Vec::new();
    assert!(dissect_in(&w, 0, w.len(), Some(&mut st), &mut out));
    assert_eq!(out[0].get_str(f::smb2::TREE), Some("\\\\h\\s"));
    assert_eq!(out[0].get_uint(f::smb2::SHARE_TYPE), Some(1));
    assert_eq!(out[0].get_uint(f::smb2::WRITE_LENGTH), Some(3));
    assert_eq!(out[0].get_uint(f::smb2::DATA_OFFSET), Some(112));
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].protocol, "data");
    assert_eq!(out[1].get_uint(f::data::LEN), Some(3));
    // Cut short, the write body ends with the frame's exception.
    for n in 64..w.len() {
        let mut o = Vec::new();
        dissect_in(&w[..n], 0, w.len(), Some(&mut st), &mut o);
    }
}

#[test]
fn smb2_pipe_data_goes_to_dcerpc() {
    // A READ response whose data is a DCE/RPC PDU, tree unknown: the PDU
    // is DCE/RPC's, placed after the READ's header and body.
    let mut r = smb2_msg(8, true, 6, 9, 0);
    r.extend_from_slice(&[17, 0, 80, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    r.extend_from_slice(&[5, 0, 2, 3, 0x10, 0, 0, 0, 16, 0, 0, 0, 1, 0, 0, 0]);
    let mut out = Vec::new();
    assert!(dissect(&r, 0, r.len(), &mut out));
    assert_eq!(out[0].get_uint(f::smb2::OLB_LENGTH), Some(16));
    assert!(out[0].has(f::smb2::READ_BLOB));
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].protocol, "dcerpc");
    assert_eq!(out[1].get_uint(f::dcerpc::CN_CALL_ID), Some(1));
    assert_eq!(out[1].span, 80..96);
    // Two PDUs in one buffer, the second cut: the first only.
    let mut d = vec![5, 0, 2, 3, 0x10, 0, 0, 0, 16, 0, 0, 0, 2, 0, 0, 0];
    d.extend_from_slice(&[5, 0, 2, 3, 0x10, 0, 0, 0, 40, 0, 0, 0, 3, 0, 0, 0]);
    let mut conv = crate::dissect::app::dcerpc::Conv::new();
    let mut out = Vec::new();
    pipe_pdus(&d, 100, &mut conv, &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].get_uint(f::dcerpc::CN_CALL_ID), Some(2));
    assert_eq!(out[0].span, 100..116);
}

#[test]
fn smb2_error_body() {
    let mut r = smb2_msg(5, true, 6, 9, 0xc000_0034);
    r.extend_from_slice(&[9, 0, 0, 0, 0, 0, 0, 0, 0]);
    let l = first(&r).unwrap();
    assert_eq!(l.get_uint(f::smb2::ERROR_BYTE_COUNT), Some(0));
    assert!(l.has(f::smb2::ERROR_DATA));
    assert!(!l.has(f::smb2::CREATE_ACTION));
}
