//! What tshark's Netlogon (packet-dcerpc-netlogon.c) adds to the Info
//! column of the secure channel's opening calls: NetrServerReqChallenge's
//! computer name (`, DC`), and the NT status NetrServerAuthenticate2 and 3
//! answer with when it is not success (`, STATUS_ACCESS_DENIED`). The
//! calls' fields are not shown.
//!
//! NDR or NDR64, little-endian (big-endian calls add nothing); under NDR64
//! tshark 4.0 writes the challenge's separator with no name after it, and
//! so does this. Every read is checked against the stub.

pub(super) const SERVER_REQ_CHALLENGE: u16 = 4;
pub(super) const SERVER_AUTHENTICATE2: u16 = 15;
pub(super) const SERVER_AUTHENTICATE3: u16 = 26;

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// A conformant and varying UTF-16 string at `at` (aligned to 4): its
/// text up to its NUL, and the offset after it.
fn string(b: &[u8], at: usize) -> Option<(String, usize)> {
    let at = at.div_ceil(4) * 4;
    let actual = u32_at(b, at + 8)? as usize;
    let start = at + 12;
    let bytes = b.get(start..start.checked_add(actual.checked_mul(2)?)?)?;
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|&u| u != 0)
        .collect();
    Some((String::from_utf16_lossy(&units), start + 2 * actual))
}

/// The Info text of call `opnum`'s request (`request`) or response stub
/// `b`, appended to `out`.
pub(super) fn info(b: &[u8], opnum: u16, request: bool, ndr64: bool, out: &mut String) {
    match (opnum, request) {
        (SERVER_REQ_CHALLENGE, true) if ndr64 => out.push_str(", "),
        (SERVER_REQ_CHALLENGE, true) => {
            // The server's name (a unique pointer), then the computer's.
            let Some(ptr) = u32_at(b, 0) else {
                return;
            };
            let mut at = 4;
            if ptr != 0 {
                let Some((_, next)) = string(b, at) else {
                    return;
                };
                at = next;
            }
            if let Some((name, _)) = string(b, at) {
                out.push_str(", ");
                out.push_str(&crate::dissect::expert::format_text(name.as_bytes()));
            }
        }
        (SERVER_AUTHENTICATE2 | SERVER_AUTHENTICATE3, false) => {
            // The status ends the stub.
            let Some(status) = b.len().checked_sub(4).and_then(|at| u32_at(b, at)) else {
                return;
            };
            if status != 0 {
                use std::fmt::Write;
                match crate::dissect::fields::smb::NT_STATUS.value_name(u64::from(status)) {
                    Some(n) => {
                        out.push_str(", ");
                        out.push_str(n);
                    }
                    None => {
                        let _ = write!(out, ", Unknown error 0x{status:08x}");
                    }
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenge_names_the_computer_and_authenticate_its_failure() {
        // NULL server, computer "DC" (3 units with the NUL), challenge.
        let mut req = vec![0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0];
        req.extend_from_slice(&[b'D', 0, b'C', 0, 0, 0, 0, 0]);
        req.extend_from_slice(&[0; 8]);
        let mut s = String::new();
        info(&req, SERVER_REQ_CHALLENGE, true, false, &mut s);
        assert_eq!(s, ", DC");
        let mut s = String::new();
        info(&req, SERVER_REQ_CHALLENGE, true, true, &mut s);
        assert_eq!(s, ", ");
        // Credential, flags, status 0xc0000022.
        let mut rsp = vec![0u8; 12];
        rsp.extend_from_slice(&0xc000_0022u32.to_le_bytes());
        let mut s = String::new();
        info(&rsp, SERVER_AUTHENTICATE2, false, false, &mut s);
        assert_eq!(s, ", STATUS_ACCESS_DENIED");
        let mut s = String::new();
        info(&[0u8; 16], SERVER_AUTHENTICATE3, false, true, &mut s);
        assert_eq!(s, "");
        for n in 0..req.len() {
            info(
                &req[..n],
                SERVER_REQ_CHALLENGE,
                true,
                false,
                &mut String::new(),
            );
        }
    }
}
