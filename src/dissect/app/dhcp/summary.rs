//! The one-line summary of a DHCP layer, as tshark's Info column reads:
//! `DHCP Discover - Transaction ID 0x3d1d` (the type padded to 8 columns),
//! or for BOOTP `Boot Request from 00:0b:82:01:fc:42 (00:0b:82:01:fc:42)`
//! (tshark resolves the second address to a vendor name; we show it as is,
//! as `tshark -n` does).

use super::*;

/// Appends tshark's Info column for a DHCP layer. The message type is the
/// last DHCP Message Type option, as tshark's first pass keeps it.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    let id = l.get_uint(f::dhcp::ID);
    let msg_type = l
        .all(f::dhcp::OPTION_DHCP)
        .filter_map(|v| match v {
            Value::UInt(t) => Some(*t),
            _ => None,
        })
        .last();
    match (msg_type, id) {
        (Some(t), Some(id)) => {
            let name = match f::dhcp::OPTION_DHCP.value_name(t) {
                Some(n) => Cow::Borrowed(n),
                None => Cow::Owned(format!("Unknown Message Type (0x{t:02x})")),
            };
            let _ = write!(out, "DHCP {name:<8} - Transaction ID 0x{id:x}");
        }
        _ => bootp(out, l),
    }
}

fn bootp(out: &mut String, l: &Layer<'_>) {
    match l.get_uint(f::dhcp::TYPE) {
        Some(1) => {
            out.push_str("Boot Request from ");
            if let Some(Value::Mac(m)) = l.get(f::dhcp::HW_MAC_ADDR) {
                let m = Value::Mac(*m);
                let _ = write!(out, "{m} ({m})");
                return;
            }
            let hlen = l.get_uint(f::dhcp::HW_LEN).unwrap_or(0) as usize;
            let htype = l.get_uint(f::dhcp::HW_TYPE).unwrap_or(0) as u16;
            match l.get(f::dhcp::HW_ADDR) {
                Some(Value::Bytes(a)) => out.push_str(&arphrd_text(&a[..hlen.min(a.len())], htype)),
                _ if hlen == 0 => out.push_str("<No address>"),
                // Longer than chaddr: tshark reads on into sname.
                _ => out.push_str("(an address longer than 16 bytes)"),
            }
        }
        Some(2) => out.push_str("Boot Reply"),
        Some(op) => {
            let _ = write!(out, "Unknown BOOTP message type ({op})");
        }
        None => out.push_str("DHCP/BOOTP (malformed)"),
    }
}
