//! What tshark's endpoint mapper (packet-dcerpc-epm.c) adds to the Info
//! column of a Map request and response: each tower's UUID floors, the
//! interface and the transfer syntax by name (`, RPC_NETLOGON, 32bit NDR`).
//! The towers' other floors (protocols, port, address) and the epm fields
//! are not shown.
//!
//! NDR or NDR64 (by the context's transfer syntax), little-endian (a
//! big-endian call adds nothing); every read is checked against the stub.

/// Map's operation number.
pub(super) const MAP: u16 = 3;

/// A tower's floors at most (tshark reads as many as it says).
const MAX_FLOORS: usize = 64;
/// Towers of a response read at most.
const MAX_TOWERS: usize = 64;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// NDR's pointers and counts: 4 bytes, or 8 under NDR64 (each aligned
/// to its size).
#[derive(Clone, Copy)]
struct Ndr {
    w: usize,
}

impl Ndr {
    fn align(self, at: usize) -> usize {
        at.div_ceil(self.w) * self.w
    }

    /// A pointer or count at `at` (aligned first): its value, the offset
    /// after it.
    fn word(self, b: &[u8], at: usize) -> Option<(u64, usize)> {
        let at = self.align(at);
        let v = if self.w == 8 {
            u64::from_le_bytes(b.get(at..at.checked_add(8)?)?.try_into().ok()?)
        } else {
            u64::from(u32_at(b, at)?)
        };
        Some((v, at + self.w))
    }
}

/// The Info text of a Map request (`request`) or response stub `b`,
/// NDR64 or not.
pub(super) fn map_info(b: &[u8], request: bool, ndr64: bool, out: &mut String) {
    let n = Ndr {
        w: if ndr64 { 8 } else { 4 },
    };
    let _ = if request {
        map_request(b, n, out)
    } else {
        map_response(b, n, out)
    };
}

fn map_request(b: &[u8], n: Ndr, out: &mut String) -> Option<()> {
    // The object UUID (a full pointer), then the tower's pointer.
    let (object, mut at) = n.word(b, 0)?;
    if object != 0 {
        at += 16;
    }
    let (tower_ptr, at) = n.word(b, at)?;
    if tower_ptr == 0 {
        return Some(());
    }
    tower(b, at, n, out).map(|_| ())
}

fn map_response(b: &[u8], n: Ndr, out: &mut String) -> Option<()> {
    // The context handle, the tower count, then a conformant and varying
    // array of tower pointers and the towers they point to.
    let at = 24;
    let (_, at) = n.word(b, at)?; // max count
    let (_, at) = n.word(b, at)?; // offset
    let (count, mut at) = n.word(b, at)?;
    let count = usize::try_from(count).ok()?.min(MAX_TOWERS);
    let mut present = 0;
    for _ in 0..count {
        let (p, next) = n.word(b, at)?;
        present += usize::from(p != 0);
        at = next;
    }
    for _ in 0..present {
        at = tower(b, at, n, out)?;
    }
    Some(())
}

/// A tower (its conformance and length, then its floors) at `at`: each
/// UUID floor's name appended to `out`; the offset after it.
fn tower(b: &[u8], at: usize, n: Ndr, out: &mut String) -> Option<usize> {
    let (_, at) = n.word(b, at)?; // conformance
    let len = u32_at(b, at)? as usize;
    let start = at + 4;
    let octets = b.get(start..start.checked_add(len)?);
    let t = octets.unwrap_or_else(|| b.get(start..).unwrap_or_default());
    let floors = usize::from(u16_at(t, 0)?);
    let mut p = 2;
    for _ in 0..floors.min(MAX_FLOORS) {
        let lhs_len = usize::from(u16_at(t, p)?);
        let lhs = t.get(p + 2..p + 2 + lhs_len)?;
        p += 2 + lhs_len;
        if lhs.first() == Some(&0x0d) && lhs.len() >= 17 {
            let mut u = [0u8; 16];
            u.copy_from_slice(&lhs[1..17]);
            u[0..4].reverse();
            u[4..6].reverse();
            u[6..8].reverse();
            out.push_str(", ");
            out.push_str(&super::uuid_name(&u));
        }
        let rhs_len = usize::from(u16_at(t, p)?);
        p += 2 + rhs_len;
    }
    octets?;
    Some(start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tower of an interface floor (SVCCTL 2.0), a transfer syntax floor
    /// (32bit NDR 2.0), then TCP port 135: its octets.
    fn tower_octets() -> Vec<u8> {
        let mut t = vec![3, 0];
        for uuid in [
            // 367abb81-9844-35f1-ad32-98f038001003, little-endian fields
            [
                0x81, 0xbb, 0x7a, 0x36, 0x44, 0x98, 0xf1, 0x35, 0xad, 0x32, 0x98, 0xf0, 0x38, 0x00,
                0x10, 0x03,
            ],
            // 8a885d04-1ceb-11c9-9fe8-08002b104860
            [
                0x04, 0x5d, 0x88, 0x8a, 0xeb, 0x1c, 0xc9, 0x11, 0x9f, 0xe8, 0x08, 0x00, 0x2b, 0x10,
                0x48, 0x60,
            ],
        ] {
            t.extend_from_slice(&[19, 0, 0x0d]);
            t.extend_from_slice(&uuid);
            t.extend_from_slice(&[2, 0, 2, 0, 0, 0]);
        }
        t.extend_from_slice(&[1, 0, 0x07, 2, 0, 0, 135]);
        t
    }

    #[test]
    fn map_names_each_towers_uuid_floors_in_ndr_and_ndr64() {
        let t = tower_octets();
        // NDR: no object, the tower's pointer, conformance and length.
        let mut req = vec![0, 0, 0, 0, 2, 0, 0, 0];
        req.extend_from_slice(&(t.len() as u32).to_le_bytes());
        req.extend_from_slice(&(t.len() as u32).to_le_bytes());
        req.extend_from_slice(&t);
        let mut s = String::new();
        map_info(&req, true, false, &mut s);
        assert_eq!(s, ", SVCCTL, 32bit NDR");
        // NDR64 response: handle, count, the array (max, offset, actual:
        // 8 bytes each), one pointer, then the tower (8-byte conformance).
        let mut rsp = vec![0u8; 20];
        rsp.extend_from_slice(&1u32.to_le_bytes());
        for v in [1u64, 0, 1, 3, t.len() as u64] {
            rsp.extend_from_slice(&v.to_le_bytes());
        }
        rsp.extend_from_slice(&(t.len() as u32).to_le_bytes());
        rsp.extend_from_slice(&t);
        let mut s = String::new();
        map_info(&rsp, false, true, &mut s);
        assert_eq!(s, ", SVCCTL, 32bit NDR");
        // Cut anywhere: what was read so far, no panic.
        for n in 0..rsp.len() {
            map_info(&rsp[..n], false, true, &mut String::new());
            map_info(&req[..n.min(req.len())], true, false, &mut String::new());
        }
    }
}
