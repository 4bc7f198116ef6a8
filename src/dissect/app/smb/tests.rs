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
    pipe_pdus(&d, 100, true, &mut conv, &mut out);
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

/// An SMB message: header (command, response or not, Unicode, NT status,
/// pid, mid), then words and bytes.
fn smb1_msg(cmd: u8, response: bool, status: u32, mid: u16, words: &[u8], bytes: &[u8]) -> Vec<u8> {
    let mut b = vec![0xff, b'S', b'M', b'B', cmd];
    b.extend_from_slice(&status.to_le_bytes());
    b.push(if response { 0x98 } else { 0x18 });
    b.extend_from_slice(&0xc807u16.to_le_bytes()); // Unicode, NT errors
    b.extend_from_slice(&[0; 12]); // pid high, signature, reserved
    b.extend_from_slice(&[0, 8, 0x18, 8, 0, 8]); // tid, pid 0x0818, uid
    b.extend_from_slice(&mid.to_le_bytes());
    assert_eq!(words.len() % 2, 0);
    b.push((words.len() / 2) as u8);
    b.extend_from_slice(words);
    b.extend_from_slice(&(bytes.len() as u16).to_le_bytes());
    b.extend_from_slice(bytes);
    b
}

/// A Session Setup AndX request (12 words, extended security) whose
/// security blob is a bare NTLMSSP NEGOTIATE message.
fn session_setup_ntlmssp_negotiate(mid: u16) -> Vec<u8> {
    let mut blob = b"NTLMSSP\0".to_vec();
    blob.extend_from_slice(&1u32.to_le_bytes());
    blob.extend_from_slice(&0x0000_8207u32.to_le_bytes());
    blob.extend_from_slice(&[0; 16]);
    let mut w = vec![0xff, 0, 0, 0, 0x04, 0x11, 0x32, 0, 0, 0, 0, 0, 0, 0];
    w.extend_from_slice(&(blob.len() as u16).to_le_bytes());
    w.resize(24, 0);
    smb1_msg(0x73, false, 0, mid, &w, &blob)
}

fn utf16z(s: &str) -> Vec<u8> {
    let mut v: Vec<u8> = s.encode_utf16().flat_map(|c| c.to_le_bytes()).collect();
    v.extend_from_slice(&[0, 0]);
    v
}

/// The Info of `b`, dissected with the conversation state `st`.
fn info_in(b: &[u8], st: &mut Smb2State) -> String {
    let mut out = Vec::new();
    assert!(dissect_in(b, 0, b.len(), Some(st), &mut out));
    let mut s = String::new();
    info(&mut s, &out[0]);
    // No prefix of the message panics either.
    for n in 0..b.len() {
        let mut o = Vec::new();
        let _ = dissect_in(&b[..n], 0, b.len(), Some(&mut Smb2State::default()), &mut o);
        if let Some(l) = o.first() {
            info(&mut String::new(), l);
        }
    }
    s
}

#[test]
fn smb1_create_and_write_info() {
    let mut st = Smb2State::default();
    // NT Create AndX request for \srvsvc (24 words, name length 16).
    let name = utf16z("\\srvsvc");
    let mut w = vec![0xff, 0, 0, 0, 0];
    w.extend_from_slice(&(name.len() as u16).to_le_bytes());
    w.resize(48, 0);
    let mut bytes = vec![0]; // pad: the name starts at an even offset
    bytes.extend_from_slice(&name);
    let req = smb1_msg(0xa2, false, 0, 7, &w, &bytes);
    assert_eq!(
        info_in(&req, &mut st),
        "NT Create AndX Request, Path: \\srvsvc"
    );
    // Its response: FID 0x4004.
    let mut w = vec![0xff, 0, 0, 0, 0, 0x04, 0x40];
    w.resize(68, 0);
    let rsp = smb1_msg(0xa2, true, 0, 7, &w, &[]);
    let mut out = Vec::new();
    assert!(dissect_in(&rsp, 0, rsp.len(), Some(&mut st), &mut out));
    assert_eq!(out[0].get_uint(f::smb::FID), Some(0x4004));
    assert_eq!(
        info_in(&rsp, &mut Smb2State::default()),
        "NT Create AndX Response, FID: 0x4004"
    );
    // A failed create: tshark shows FID 0 for the request it answers.
    let req = smb1_msg(0xa2, false, 0, 8, &[0; 48], &[]);
    info_in(&req, &mut st);
    let rsp = smb1_msg(0xa2, true, 0xc000_0034, 8, &[], &[]);
    assert_eq!(
        info_in(&rsp, &mut st),
        "NT Create AndX Response, FID: 0x0000, Error: STATUS_OBJECT_NAME_NOT_FOUND"
    );
    // Unanswered: nothing but the error.
    assert_eq!(
        info_in(&rsp, &mut st),
        "NT Create AndX Response, Error: STATUS_OBJECT_NAME_NOT_FOUND"
    );
    // Write AndX request: 4096 bytes at offset 0x10000 of FID 0x4004,
    // and its response, which takes the FID from it.
    let mut w = vec![0xff, 0, 0, 0, 0x04, 0x40, 0, 0, 1, 0];
    w.resize(28, 0);
    w[20..22].copy_from_slice(&4096u16.to_le_bytes());
    let req = smb1_msg(0x2f, false, 0, 9, &w, &[]);
    assert_eq!(
        info_in(&req, &mut st),
        "Write AndX Request, FID: 0x4004, 4096 bytes at offset 65536"
    );
    let rsp = smb1_msg(
        0x2f,
        true,
        0,
        9,
        &[0xff, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
        &[],
    );
    assert_eq!(
        info_in(&rsp, &mut st),
        "Write AndX Response, FID: 0x4004, 1 byte"
    );
    // Close request and response.
    let req = smb1_msg(0x04, false, 0, 10, &[0x04, 0x40, 0, 0, 0, 0], &[]);
    assert_eq!(info_in(&req, &mut st), "Close Request, FID: 0x4004");
    let rsp = smb1_msg(0x04, true, 0, 10, &[], &[]);
    assert_eq!(info_in(&rsp, &mut st), "Close Response, FID: 0x4004");
}

#[test]
fn smb1_trans2_tree_and_dos_errors() {
    let mut st = Smb2State::default();
    // Trans2 QUERY_FILE_INFO (FID 0x4001, level 1006): parameters at 68.
    let mut w = vec![0u8; 30];
    w[0] = 4; // total parameter count
    w[18] = 4; // parameter count
    w[20] = 68; // parameter offset
    w[26] = 1; // setup count
    w[28] = 7; // QUERY_FILE_INFO
    let mut bytes = vec![0, 0, 0];
    bytes.extend_from_slice(&[0x01, 0x40, 0xee, 0x03]);
    let req = smb1_msg(0x32, false, 0, 3, &w, &bytes);
    assert_eq!(
        info_in(&req, &mut st),
        "Trans2 Request, QUERY_FILE_INFO, FID: 0x4001, Query File Internal Info"
    );
    let mut rw = [0u8; 20];
    rw[0] = 2; // total parameter count
    rw[6] = 2; // parameter count
    let rsp = smb1_msg(0x32, true, 0, 3, &rw, &[0, 0]);
    // The FID's open was not seen: tshark 4.0 names no FID in the
    // response (it does once the open was seen; tcp_app_fields'
    // smb1_trans2_levels_as_tshark has both).
    assert_eq!(info_in(&rsp, &mut st), "Trans2 Response, QUERY_FILE_INFO");
    // Trans2 QUERY_PATH_INFO: level, reserved, then the path.
    w[28] = 5;
    w[0] = 12;
    w[18] = 12;
    let mut bytes = vec![0, 0, 0, 0xec, 0x03, 0, 0, 0, 0];
    bytes.extend_from_slice(&utf16z("\\x"));
    let req = smb1_msg(0x32, false, 0, 4, &w, &bytes);
    assert_eq!(
        info_in(&req, &mut st),
        "Trans2 Request, QUERY_PATH_INFO, Query File Basic Info, Path: \\x"
    );
    // Tree Connect AndX: a one-byte password, then the path.
    let mut bytes = vec![0];
    bytes.extend_from_slice(&utf16z("\\\\h\\IPC$"));
    bytes.extend_from_slice(b"?????\0");
    let req = smb1_msg(0x75, false, 0, 5, &[0xff, 0, 0, 0, 0, 0, 1, 0], &bytes);
    let mut out = Vec::new();
    assert!(dissect_in(&req, 0, req.len(), Some(&mut st), &mut out));
    assert_eq!(out[0].get_str(f::smb::PATH), Some("\\\\h\\IPC$"));
    assert_eq!(
        info_in(&req, &mut st),
        "Tree Connect AndX Request, Path: \\\\h\\IPC$"
    );
    // A server DOS error: class 2, code 5.
    let mut rsp = smb1_msg(0x25, true, 0, 6, &[], &[]);
    rsp[5..9].copy_from_slice(&[2, 0, 5, 0]);
    rsp[10..12].copy_from_slice(&0x0807u16.to_le_bytes());
    assert_eq!(info_in(&rsp, &mut st), "Trans Response, Error: TID invalid");
    // An NT Trans Secondary request.
    let req = smb1_msg(0xa1, false, 0, 7, &[0; 36], &[]);
    assert_eq!(
        info_in(&req, &mut st),
        "NT Trans Secondary Request (secondary request)"
    );
}

#[test]
fn smb2_file_names_follow_the_file_id() {
    let mut st = Smb2State::default();
    // Tree connect request.
    let mut req = smb2_msg(3, false, 2, 0, 0);
    let path = utf16z("\\\\h\\IPC$");
    req.extend_from_slice(&[9, 0, 0, 0, 72, 0, (path.len() - 2) as u8, 0]);
    req.extend_from_slice(&path);
    assert_eq!(
        info_in(&req, &mut st),
        "Tree Connect Request Tree: \\\\h\\IPC$"
    );
    // Create request for svcctl, and its response with file id 0x11...
    let name = utf16z("svcctl");
    let mut req = smb2_msg(5, false, 3, 1, 0);
    let mut body = vec![0u8; 56];
    body[0] = 57;
    body[44..46].copy_from_slice(&120u16.to_le_bytes());
    body[46..48].copy_from_slice(&((name.len() - 2) as u16).to_le_bytes());
    req.extend_from_slice(&body);
    req.extend_from_slice(&name);
    assert_eq!(info_in(&req, &mut st), "Create Request File: svcctl");
    let mut rsp = smb2_msg(5, true, 3, 1, 0);
    let mut body = vec![0u8; 88];
    body[0] = 89;
    body[64..80].copy_from_slice(&[0x11; 16]);
    rsp.extend_from_slice(&body);
    assert_eq!(info_in(&rsp, &mut st), "Create Response File: svcctl");
    // A read of that file.
    let mut req = smb2_msg(8, false, 4, 1, 0);
    let mut body = vec![0u8; 48];
    body[0] = 49;
    body[4..8].copy_from_slice(&1024u32.to_le_bytes());
    body[16..32].copy_from_slice(&[0x11; 16]);
    req.extend_from_slice(&body);
    assert_eq!(
        info_in(&req, &mut st),
        "Read Request Len:1024 Off:0 File: svcctl"
    );
    // GetInfo: class and level, then the file.
    let mut req = smb2_msg(16, false, 5, 1, 0);
    let mut body = vec![0u8; 40];
    body[0] = 41;
    body[2] = 1;
    body[3] = 5;
    body[24..40].copy_from_slice(&[0x11; 16]);
    req.extend_from_slice(&body);
    assert_eq!(
        info_in(&req, &mut st),
        "GetInfo Request FILE_INFO/SMB2_FILE_STANDARD_INFO File: svcctl"
    );
    // Close: named, then forgotten.
    let mut req = smb2_msg(6, false, 6, 1, 0);
    let mut body = vec![0u8; 24];
    body[0] = 24;
    body[8..24].copy_from_slice(&[0x11; 16]);
    req.extend_from_slice(&body);
    assert_eq!(info_in(&req, &mut st), "Close Request File: svcctl");
    assert_eq!(info_in(&req, &mut st), "Close Request");
    // A failed create names nothing.
    let rsp = smb2_msg(5, true, 7, 1, 0xc000_0022);
    assert_eq!(
        info_in(&rsp, &mut st),
        "Create Response, Error: STATUS_ACCESS_DENIED"
    );
}

#[test]
fn smb2_ioctl_pipe_wait() {
    let mut st = Smb2State::default();
    let pipe = utf16z("p1");
    let mut req = smb2_msg(11, false, 2, 1, 0);
    let mut body = vec![0u8; 56];
    body[0] = 57;
    body[4..8].copy_from_slice(&0x0011_0018u32.to_le_bytes());
    body[8..24].copy_from_slice(&[0xff; 16]);
    body[24..28].copy_from_slice(&120u32.to_le_bytes());
    body[28..32].copy_from_slice(&(14 + pipe.len() as u32).to_le_bytes());
    req.extend_from_slice(&body);
    let mut input = vec![0u8; 14];
    input[8..12].copy_from_slice(&((pipe.len() - 2) as u32).to_le_bytes());
    input.extend_from_slice(&pipe);
    req.extend_from_slice(&input);
    assert_eq!(
        info_in(&req, &mut st),
        "Ioctl Request FSCTL_PIPE_WAIT Pipe: p1"
    );
}

#[test]
fn bounded_forgets_the_oldest() {
    let mut m: Bounded<u32, u32> = Bounded::default();
    for i in 0..10 {
        m.insert(i, i * 2, 4);
    }
    assert_eq!(m.len(), 4);
    assert_eq!(m.get(&5), None);
    assert_eq!(m.get(&9), Some(&18));
    m.insert(6, 1, 4);
    m.insert(10, 1, 4);
    assert_eq!(m.get(&6), Some(&1));
    assert_eq!(m.get(&7), None);
    assert_eq!(m.remove(&6), Some(1));
    assert_eq!(m.len(), 3);
}

#[test]
fn smb1_find_first2_session_setup_and_pieces() {
    let mut st = Smb2State::default();
    // FIND_FIRST2 request at level 260 for \*.
    let mut w = vec![0u8; 30];
    w[18] = 16; // parameter count
    w[20] = 68; // parameter offset
    w[26] = 1;
    w[28] = 1; // FIND_FIRST2
    let mut bytes = vec![0, 0, 0];
    bytes.extend_from_slice(&[0x16, 0, 0x56, 5, 6, 0, 0x04, 0x01, 0, 0, 0, 0]);
    bytes.extend_from_slice(&utf16z("\\*"));
    let req = smb1_msg(0x32, false, 0, 11, &w, &bytes);
    assert_eq!(
        info_in(&req, &mut st),
        "Trans2 Request, FIND_FIRST2, Pattern: \\*"
    );
    // Its response: two entries, "." and "a.txt"; parameters at 56, data
    // at 68.
    let entry = |name: &str, last: bool| {
        let n: Vec<u8> = name.encode_utf16().flat_map(|c| c.to_le_bytes()).collect();
        let mut e = vec![0u8; 94];
        let size = (94 + n.len()) as u32;
        e[0..4].copy_from_slice(&(if last { 0 } else { size }).to_le_bytes());
        e[60..64].copy_from_slice(&(n.len() as u32).to_le_bytes());
        e.extend_from_slice(&n);
        e
    };
    let mut data = entry(".", false);
    data.extend(entry("a.txt", true));
    let mut w = vec![0u8; 20];
    w[0] = 10; // total parameter count
    w[2..4].copy_from_slice(&(data.len() as u16).to_le_bytes());
    w[6] = 10; // parameter count
    w[8] = 56; // parameter offset
    w[12..14].copy_from_slice(&(data.len() as u16).to_le_bytes());
    w[14] = 68; // data offset
    let mut bytes = vec![0]; // to 56
    bytes.extend_from_slice(&[1, 0, 2, 0, 1, 0, 0, 0, 0, 0]);
    bytes.extend_from_slice(&[0, 0]); // to 68
    bytes.extend_from_slice(&data);
    let rsp = smb1_msg(0x32, true, 0, 11, &w, &bytes);
    assert_eq!(
        info_in(&rsp, &mut st),
        "Trans2 Response, FIND_FIRST2, Files: . a.txt"
    );
    // A Trans response with neither parameters nor data: a continuation.
    let req = smb1_msg(0x25, false, 0, 12, &[0; 32], &[]);
    info_in(&req, &mut st);
    let rsp = smb1_msg(0x25, true, 0, 12, &[0; 20], &[]);
    assert_eq!(
        info_in(&rsp, &mut st),
        "Trans Response[transact continuation]"
    );
    // A Session Setup AndX request with a raw NTLMSSP NEGOTIATE blob: its
    // words in the Info before any error. No negotiation chose raw NTLMSSP
    // (tshark's raw_ntlmssp): the blob goes to GSS-API, which hands the
    // bare message to NTLMSSP under its own item.
    let req = session_setup_ntlmssp_negotiate(13);
    let mut out = Vec::new();
    assert!(dissect_in(&req, 0, req.len(), Some(&mut st), &mut out));
    let protos: Vec<_> = out.iter().map(|l| l.protocol).collect();
    assert_eq!(protos, ["smb", "gss-api", "ntlmssp"]);
    let mut s = String::new();
    info_at(&mut s, &out, 0);
    assert_eq!(s, "Session Setup AndX Request, NTLMSSP_NEGOTIATE");
}

/// packet-smb.c's raw_ntlmssp: a Negotiate Protocol response with extended
/// security and a blob hands the blob to GSS-API; one without a blob (the
/// server GUID alone) puts the conversation in raw NTLMSSP, and a session
/// setup's bare NTLMSSP message then goes to NTLMSSP directly.
#[test]
fn smb1_negotiation_decides_where_session_setup_blobs_go() {
    let negotiate_response = |blob: &[u8]| {
        let mut w = vec![0u8; 34];
        w[19..23].copy_from_slice(&0x8000_0000u32.to_le_bytes()); // extended security
        let mut bytes = vec![0x11; 16]; // server GUID
        bytes.extend_from_slice(blob);
        smb1_msg(0x72, true, 0, 1, &w, &bytes)
    };
    let setup = session_setup_ntlmssp_negotiate(2);
    let protocols = |b: &[u8], st: &mut Smb2State| {
        let mut out = Vec::new();
        assert!(dissect_in(b, 0, b.len(), Some(st), &mut out));
        out.iter().map(|l| l.protocol).collect::<Vec<_>>()
    };
    // A SPNEGO negTokenInit in the negotiation: GSS-API, then SPNEGO.
    let mut st = Smb2State::default();
    let spnego = [
        0x60, 0x0e, 0x06, 0x06, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x02, 0xa0, 0x04, 0x30, 0x02, 0xa0,
        0x00,
    ];
    assert_eq!(
        protocols(&negotiate_response(&spnego), &mut st),
        ["smb", "gss-api", "spnego"]
    );
    assert_eq!(protocols(&setup, &mut st), ["smb", "gss-api", "ntlmssp"]);
    // No blob: raw NTLMSSP from here on.
    let mut st = Smb2State::default();
    assert_eq!(protocols(&negotiate_response(&[]), &mut st), ["smb"]);
    assert_eq!(protocols(&setup, &mut st), ["smb", "ntlmssp"]);
}

#[test]
fn smb2_find_and_dfs_referral() {
    let mut st = Smb2State::default();
    // QUERY_DIRECTORY request, level 37, pattern "*", unknown file id.
    let pattern = utf16z("*");
    let mut req = smb2_msg(14, false, 8, 1, 0);
    let mut body = vec![0u8; 32];
    body[0] = 33;
    body[2] = 37;
    body[24..26].copy_from_slice(&96u16.to_le_bytes());
    body[26..28].copy_from_slice(&((pattern.len() - 2) as u16).to_le_bytes());
    req.extend_from_slice(&body);
    req.extend_from_slice(&pattern);
    assert_eq!(
        info_in(&req, &mut st),
        "Find Request SMB2_FIND_ID_BOTH_DIRECTORY_INFO Pattern: *"
    );
    // Its response names them again, even cut short.
    let mut rsp = smb2_msg(14, true, 8, 1, 0);
    rsp.extend_from_slice(&[9, 0, 72, 0, 100, 0, 0, 0]);
    assert_eq!(
        info_in(&rsp, &mut st),
        "Find Response SMB2_FIND_ID_BOTH_DIRECTORY_INFO Pattern: *"
    );
    // A DFS referral request for \h\s.
    let name = utf16z("\\h\\s");
    let mut req = smb2_msg(11, false, 9, 1, 0);
    let mut body = vec![0u8; 56];
    body[0] = 57;
    body[4..8].copy_from_slice(&0x0006_0194u32.to_le_bytes());
    body[8..24].copy_from_slice(&[0xff; 16]);
    body[24..28].copy_from_slice(&120u32.to_le_bytes());
    body[28..32].copy_from_slice(&(2 + name.len() as u32).to_le_bytes());
    req.extend_from_slice(&body);
    req.extend_from_slice(&[4, 0]);
    req.extend_from_slice(&name);
    assert_eq!(
        info_in(&req, &mut st),
        "Ioctl Request FSCTL_DFS_GET_REFERRALS, File: \\h\\s"
    );
}

#[test]
fn smb1_trans2_response_without_request() {
    let mut w = [0u8; 20];
    w[0] = 2;
    w[6] = 2;
    let rsp = smb1_msg(0x32, true, 0, 99, &w, &[0, 0]);
    assert_eq!(
        info_in(&rsp, &mut Smb2State::default()),
        "Trans2 Response<unknown>"
    );
}

#[test]
fn smb1_tree_paths_and_file_names_follow_their_ids() {
    let mut st = Smb2State::default();
    let layer = |b: &[u8], st: &mut Smb2State| {
        let mut out = Vec::new();
        assert!(dissect_in(b, 0, b.len(), Some(st), &mut out));
        out.remove(0).into_owned()
    };
    // Tree Connect AndX for \\h\IPC$ (mid 5), answered with tree 0x0800
    // (the header's tid, bytes 24..26).
    let mut bytes = vec![0];
    bytes.extend_from_slice(&utf16z("\\\\h\\IPC$"));
    let req = smb1_msg(0x75, false, 0, 5, &[0xff, 0, 0, 0, 0, 0, 1, 0], &bytes);
    layer(&req, &mut st);
    let mut rsp = smb1_msg(0x75, true, 0, 5, &[0xff, 0, 0, 0, 1, 0], &[]);
    rsp[24..26].copy_from_slice(&0x0800u16.to_le_bytes());
    assert_eq!(
        layer(&rsp, &mut st).get_str(f::smb::PATH),
        Some("\\\\h\\IPC$")
    );
    // An NT Create AndX on that tree for \f, answered with FID 0x4001.
    let name = utf16z("\\f");
    let mut w = vec![0xff, 0, 0, 0, 0];
    w.extend_from_slice(&(name.len() as u16).to_le_bytes());
    w.resize(48, 0);
    let mut bytes = vec![0];
    bytes.extend_from_slice(&name);
    let mut req = smb1_msg(0xa2, false, 0, 6, &w, &bytes);
    req[24..26].copy_from_slice(&0x0800u16.to_le_bytes());
    let l = layer(&req, &mut st);
    assert_eq!(l.get_str(f::smb::PATH), Some("\\\\h\\IPC$"));
    assert_eq!(l.get_str(f::smb::FILE), Some("\\f"));
    let mut w = vec![0xff, 0, 0, 0, 0, 0x01, 0x40];
    w.resize(68, 0);
    let mut rsp = smb1_msg(0xa2, true, 0, 6, &w, &[]);
    rsp[24..26].copy_from_slice(&0x0800u16.to_le_bytes());
    assert_eq!(layer(&rsp, &mut st).get_str(f::smb::FILE), Some("\\f"));
    // A Close of FID 0x4001 names the file too.
    let mut req = smb1_msg(0x04, false, 0, 7, &[0x01, 0x40, 0, 0, 0, 0], &[]);
    req[24..26].copy_from_slice(&0x0800u16.to_le_bytes());
    let l = layer(&req, &mut st);
    assert_eq!(l.get_uint(f::smb::FID), Some(0x4001));
    assert_eq!(l.get_str(f::smb::FILE), Some("\\f"));
}

/// A 16-byte DCE/RPC response PDU (little-endian) with call id `call`.
fn rpc_response(call: u8) -> Vec<u8> {
    vec![5, 0, 2, 3, 0x10, 0, 0, 0, 16, 0, 0, 0, call, 0, 0, 0]
}

#[test]
fn smb1_pipes_carry_dcerpc() {
    let mut st = Smb2State::default();
    let run = |b: &[u8], st: &mut Smb2State| {
        let mut out = Vec::new();
        assert!(dissect_in(b, 0, b.len(), Some(st), &mut out));
        let out: Vec<_> = out.into_iter().map(|l| l.into_owned()).collect();
        // No prefix of the message panics.
        for n in 0..b.len() {
            let _ = dissect_in(
                &b[..n],
                0,
                b.len(),
                Some(&mut Smb2State::default()),
                &mut Vec::new(),
            );
        }
        out
    };
    let names = |out: &[Layer<'_>]| out.iter().map(|l| l.protocol).collect::<Vec<_>>();
    // Tree Connect AndX to IPC$, answered with service "IPC" (tree 0x0800).
    let mut bytes = vec![0];
    bytes.extend_from_slice(&utf16z("\\\\h\\IPC$"));
    run(
        &smb1_msg(0x75, false, 0, 5, &[0xff, 0, 0, 0, 0, 0, 1, 0], &bytes),
        &mut st,
    );
    run(
        &smb1_msg(0x75, true, 0, 5, &[0xff, 0, 0, 0, 1, 0], b"IPC\0\0"),
        &mut st,
    );
    // A Write AndX on that tree (FID 0x4001): a pad byte, then a PDU.
    let mut w = vec![0xff, 0, 0, 0, 0x01, 0x40];
    w.resize(28, 0);
    w[20..22].copy_from_slice(&16u16.to_le_bytes());
    let mut bytes = vec![0];
    bytes.extend_from_slice(&rpc_response(7));
    let out = run(&smb1_msg(0x2f, false, 0, 6, &w, &bytes), &mut st);
    assert_eq!(names(&out), ["smb", "dcerpc"]);
    assert_eq!(out[1].get_uint(f::dcerpc::CN_CALL_ID), Some(7));
    // A TransactNmPipe request on FID 0x4001: the smb_pipe item (its
    // Info), then the PDU at the data offset.
    let mut w = vec![0u8; 32];
    w[2..4].copy_from_slice(&16u16.to_le_bytes()); // total data
    w[22..24].copy_from_slice(&16u16.to_le_bytes()); // data count
    w[24..26].copy_from_slice(&84u16.to_le_bytes()); // data offset
    w[26] = 2; // setup count
    w[28..30].copy_from_slice(&0x26u16.to_le_bytes());
    w[30..32].copy_from_slice(&0x4001u16.to_le_bytes());
    let mut bytes = vec![0];
    bytes.extend_from_slice(&utf16z("\\PIPE\\"));
    bytes.extend_from_slice(&[0, 0]);
    bytes.extend_from_slice(&rpc_response(8));
    let req = smb1_msg(0x25, false, 0, 9, &w, &bytes);
    assert_eq!(&req[84..86], &[5, 0]);
    let out = run(&req, &mut st);
    assert_eq!(names(&out), ["smb", "smb_pipe", "dcerpc"]);
    assert_eq!(
        out[1].get_str(f::smb_pipe::OSIDUMP_INFO),
        Some("TransactNmPipe Request, FID: 0x4001")
    );
    assert_eq!(out[1].get_uint(f::smb_pipe::FUNCTION), Some(0x26));
    assert_eq!(out[2].get_uint(f::dcerpc::CN_CALL_ID), Some(8));
    // Its response holds the first 20 bytes of a 40-byte PDU: kept, a
    // DCE/RPC call that shows nothing; the FID is the request's.
    let mut pdu = rpc_response(9);
    pdu[8] = 40;
    pdu.resize(40, 0);
    let mut w = vec![0u8; 20];
    w[2..4].copy_from_slice(&20u16.to_le_bytes());
    w[12..14].copy_from_slice(&20u16.to_le_bytes());
    w[14..16].copy_from_slice(&56u16.to_le_bytes());
    let mut bytes = vec![0];
    bytes.extend_from_slice(&pdu[..20]);
    let out = run(&smb1_msg(0x25, true, 0x8000_0005, 9, &w, &bytes), &mut st);
    assert_eq!(names(&out), ["smb", "smb_pipe", "dcerpc"]);
    assert_eq!(out[0].get_uint(f::smb::FID), Some(0x4001));
    assert_eq!(
        out[1].get_str(f::smb_pipe::OSIDUMP_INFO),
        Some("TransactNmPipe Response, FID: 0x4001")
    );
    assert!(crate::dissect::app::dcerpc::awaits_rest(&out[2]));
    // A Read AndX of the rest finishes it.
    let mut w = vec![0xff, 0, 0, 0, 0x01, 0x40];
    w.resize(20, 0);
    run(&smb1_msg(0x2e, false, 0, 10, &w, &[]), &mut st);
    let mut w = vec![0xff, 0, 0, 0];
    w.resize(24, 0);
    w[10..12].copy_from_slice(&20u16.to_le_bytes());
    let mut bytes = vec![0];
    bytes.extend_from_slice(&pdu[20..]);
    let out = run(&smb1_msg(0x2e, true, 0, 10, &w, &bytes), &mut st);
    assert_eq!(names(&out), ["smb", "dcerpc"]);
    assert_eq!(out[1].get_uint(f::dcerpc::CN_CALL_ID), Some(9));
    assert_eq!(out[1].get_uint(f::dcerpc::CN_FRAG_LEN), Some(40));
    // Not DCE/RPC on the pipe: data.
    let mut w = vec![0xff, 0, 0, 0, 0x01, 0x40];
    w.resize(28, 0);
    w[20..22].copy_from_slice(&4u16.to_le_bytes());
    let out = run(&smb1_msg(0x2f, false, 0, 11, &w, &[0, 1, 2, 3, 4]), &mut st);
    assert_eq!(names(&out), ["smb", "data"]);
}

/// tshark reads a byte count after the words its command's dissector
/// read: a secondary NT Trans request's two bytes past its 18 words
/// (the function code it steps over), an NT Create AndX extended
/// response's 50 words under a word count of 42, a Trans2 request's
/// words by its setup count.
#[test]
fn byte_counts_where_the_commands_dissector_reads_them() {
    let bcc = |b: &[u8]| first(b).and_then(|l| l.get_uint(f::smb::BCC));
    // NT Trans Secondary: 36 bytes of words and its byte count 0x0215
    // (LE), then a pad byte: tshark reads 0x02 and the pad.
    let mut b = smb1_msg(0xa1, false, 0, 9, &[0; 36], &[]);
    b.truncate(b.len() - 2);
    b.extend([0x15, 0x02, 0x00]);
    assert_eq!(bcc(&b), Some(2));
    // NT Create AndX extended response: word count 42, 100 bytes of words.
    let mut words = vec![0u8; 100];
    words[0] = 0xff; // no next command
    let mut b = smb1_msg(0xa2, true, 0, 9, &words, &[]);
    b[SMB_HEADER] = 42;
    assert_eq!(bcc(&b), Some(0));
    let mut b = smb1_msg(0xa2, true, 0, 9, &words, &[1, 2, 3]);
    b[SMB_HEADER] = 42;
    assert_eq!(bcc(&b), Some(3));
    // Trans2 request, one setup word.
    let mut words = vec![0u8; 30];
    words[26] = 1;
    let b = smb1_msg(0x32, false, 0, 9, &words, &[0; 5]);
    assert_eq!(bcc(&b), Some(5));
}

/// A Trans2 response shows what its request asked (tshark's generated
/// items): QUERY_FS_INFO's level of interest, FIND_FIRST2's pattern.
#[test]
fn trans2_responses_show_their_requests_level_and_pattern() {
    let mut st = Smb2State::default();
    let mut w = vec![0u8; 30];
    w[0] = 2; // total parameter count
    w[18] = 2; // parameter count
    w[20] = 68; // parameter offset
    w[26] = 1; // setup count
    w[28] = 3; // QUERY_FS_INFO
    let req = smb1_msg(0x32, false, 0, 3, &w, &[0, 0, 0, 0x05, 0x01]);
    assert_eq!(
        info_in(&req, &mut st),
        "Trans2 Request, QUERY_FS_INFO, Query FS Attribute Info"
    );
    let mut rw = [0u8; 20];
    rw[0] = 2; // total parameter count
    rw[6] = 2; // parameter count
    let rsp = smb1_msg(0x32, true, 0, 3, &rw, &[0, 0]);
    let mut out = Vec::new();
    assert!(dissect_in(&rsp, 0, rsp.len(), Some(&mut st), &mut out));
    assert_eq!(out[0].get_uint(f::smb::QFSI_LOI), Some(0x105));
    // FIND_FIRST2: attributes, count, flags, level, storage type, pattern.
    w[28] = 1;
    w[0] = 16;
    w[18] = 16;
    let mut bytes = vec![0, 0, 0, 0x16, 0, 0, 1, 6, 0, 4, 1, 0, 0, 0, 0];
    bytes.extend_from_slice(&utf16z("\\*"));
    let req = smb1_msg(0x32, false, 0, 4, &w, &bytes);
    info_in(&req, &mut st);
    let rsp = smb1_msg(0x32, true, 0, 4, &rw, &[0, 0]);
    let mut out = Vec::new();
    assert!(dissect_in(&rsp, 0, rsp.len(), Some(&mut st), &mut out));
    assert_eq!(out[0].get_str(f::smb::SEARCH_PATTERN), Some("\\*"));
}

/// SMB2_COMPRESSION_CAPABILITIES (tshark 4.0 on a Windows 10 negotiate:
/// count 4, flags 0x00000001 chained, ids 4, 2, 3, 1); cut short, the
/// algorithms it has, then an error.
#[test]
fn compression_capabilities_context() {
    let d = [4, 0, 0, 0, 1, 0, 0, 0, 4, 0, 2, 0, 3, 0, 1, 0];
    let mut l = Layer::new(crate::dissect::layer::Osi::Application, "smb2", 0..0);
    assert!(super::body::context(3, &d, &mut l).is_ok());
    assert_eq!(
        l.get_uint(f::smb2::NEGOTIATE_CONTEXT_COMP_ALG_COUNT),
        Some(4)
    );
    assert_eq!(
        l.get_uint(f::smb2::NEGOTIATE_CONTEXT_COMP_ALG_FLAGS),
        Some(1)
    );
    assert!(l.flag(f::smb2::NEGOTIATE_CONTEXT_COMP_ALG_FLAGS_CHAINED));
    assert_eq!(
        l.get_uint(f::smb2::NEGOTIATE_CONTEXT_COMP_ALG_FLAGS_RESERVED),
        Some(0)
    );
    let ids: Vec<_> = l
        .all(f::smb2::NEGOTIATE_CONTEXT_COMP_ALG_ID)
        .map(|v| v.to_string())
        .collect();
    assert_eq!(ids.len(), 4);
    let mut l = Layer::new(crate::dissect::layer::Osi::Application, "smb2", 0..0);
    assert!(super::body::context(3, &d[..11], &mut l).is_err());
    assert_eq!(l.all(f::smb2::NEGOTIATE_CONTEXT_COMP_ALG_ID).count(), 1);
}
