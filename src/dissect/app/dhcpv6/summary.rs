//! The one-line summary of a DHCPv6 layer, as tshark's Info column reads:
//! what the dissector appends while it walks the message, in that order:
//! each message's type (`Solicit `), a relay's link address (`L: addr `)
//! or the transaction ID (`XID: 0x90b45c `), a Client Identifier's bytes
//! (`CID: 0003... `), each IA Address (`IAA: addr `), and the marks of a
//! broken domain name field (` [ROOT-ONLY DOMAIN NAME]`). The trailing
//! space is tshark's.

use super::*;
use std::fmt::Write as _;

/// Appends tshark's Info column for a DHCPv6 layer, rebuilt from its
/// fields in order.
pub fn summary(out: &mut String, l: &Layer<'_>) {
    use f::dhcpv6 as d;
    let mut option = 0;
    for field in &l.fields {
        let def = field.def;
        let v = &field.value;
        if std::ptr::eq(def, d::MSGTYPE) {
            if let Value::UInt(t) = v {
                match def.value_name(*t) {
                    Some(n) => out.push_str(n),
                    None => {
                        let _ = write!(out, "Message Type {t}");
                    }
                }
                out.push(' ');
            }
        } else if std::ptr::eq(def, d::LINKADDR) {
            out.push_str("L: ");
            let _ = v.write_text(out);
            out.push(' ');
        } else if std::ptr::eq(def, d::XID) {
            if let Value::UInt(x) = v {
                let _ = write!(out, "XID: 0x{x:06x} ");
            }
        } else if std::ptr::eq(def, d::OPTION_TYPE) {
            if let Value::UInt(t) = v {
                option = *t;
            }
        } else if std::ptr::eq(def, d::DUID_BYTES) && option == 1 {
            if let Value::Bytes(b) = v {
                out.push_str("CID: ");
                hex(out, b);
                out.push(' ');
            }
        } else if std::ptr::eq(def, d::IAADDR_IP) {
            out.push_str("IAA: ");
            let _ = v.write_text(out);
            out.push(' ');
        } else if std::ptr::eq(def, d::DOMAIN_FIELD_LEN_EXCEEDED) {
            out.push_str(" [DOMAIN FIELD LEN EXCEEDED]");
        } else if std::ptr::eq(def, d::ENCODED_FQDN_GT_255) {
            out.push_str(" [FQDN > 255]");
        } else if std::ptr::eq(def, d::ROOT_ONLY_DOMAIN_NAME) {
            out.push_str(" [ROOT-ONLY DOMAIN NAME]");
        } else if std::ptr::eq(def, d::PARTIAL_NAME_PRECEDED_BY_FQDN) {
            out.push_str(" [PROTOCOL VIOLATION]");
        }
    }
}

/// Bytes as tshark's `tvb_bytes_to_str` writes them: plain hex, cut to 36
/// bytes and "…".
fn hex(out: &mut String, b: &[u8]) {
    for byte in b.iter().take(36) {
        let _ = write!(out, "{byte:02x}");
    }
    if b.len() > 36 {
        out.push('…');
    }
}
