//! CLDAP, LDAP over UDP (port 389), as tshark 4.0's `dissect_mscldap`
//! shows it: each datagram is one call of the LDAP dissector with its
//! connectionless flag, so
//! - one `cldap` item holds every message of the datagram (their fields
//!   are LDAP's, `ldap.*`), and `cldap` is listed once in
//!   `frame.protocols` (a control value read by the dissector registered
//!   for its OID is a call of LDAP's, listed as `ldap` after it);
//! - the Info column is cleared once and each message appends its text,
//!   with no ` | ` between them (that separator marks a second call);
//! - messages are read while six bytes are left (`dissect_ldap_payload`):
//!   one whose BER length is under 4 or over 10,000,000 (or unreadable)
//!   ends the walk; one that is not a universal SEQUENCE takes the rest
//!   of the datagram; an error ends the datagram's dissection;
//! - requests and responses are matched, and search results counted, per
//!   UDP conversation, as for TCP;
//! - Active Directory's LDAP pings and their netlogon answers are decoded
//!   by the message walker itself (the NtVer, DomainGuid and DomainSid
//!   assertion values and the `netlogon` attribute, as over TCP).
//!
//! Every datagram on port 389 is taken (tshark's CLDAP has no test).
//! State is bounded: at most [`MAX_CONVERSATIONS`] conversations are
//! remembered (then all are forgotten), each with LDAP's own caps.

use super::{LdapDecoder, message};
use crate::dissect::fields as f;
use crate::dissect::layer::{Layer, Osi};
use crate::dissect::spec::{Datagram, DatagramDecoder};
use std::collections::HashMap;

/// CLDAP's UDP port.
pub const UDP_PORT: u16 = 389;

/// Conversations remembered at most.
pub const MAX_CONVERSATIONS: usize = 4096;

/// The smallest message `dissect_ldap_payload` reads.
const MIN_MESSAGE: usize = 6;

/// The conversations' LDAP state, by UDP conversation.
#[derive(Default)]
pub struct CldapDatagrams {
    convs: HashMap<crate::flow::ConvKey, LdapDecoder>,
}

impl LdapDecoder {
    /// One datagram: `dissect_ldap_pdu` with its connectionless flag.
    pub(super) fn cldap(&mut self, b: &[u8], cut: bool) -> (Layer<'static>, Vec<Layer<'static>>) {
        // A SASL buffer starts with a 0 byte (a datagram's size allows no
        // longer length).
        if self.sasl_security(b) && b.first() == Some(&0) {
            if b.len() < 4 {
                let mut l = Layer::new(Osi::Application, "cldap", 0..b.len());
                l.str(f::ldap::OSIDUMP_INFO, "");
                l.read_past_end("cldap", "SASL buffer length past the end".into(), cut);
                return (l, Vec::new());
            }
            let (mut l, nested) = self.sasl_layer(b);
            l.protocol = "cldap";
            return (l, nested);
        }
        let mut l = Layer::new(Osi::Application, "cldap", 0..b.len());
        let mut info = String::new();
        let mut nested = Vec::new();
        let mut oid_calls = 0;
        let mut rest = b;
        while rest.len() >= MIN_MESSAGE {
            let Some((class, _, tag, len, header)) = crate::dissect::ber::header(rest) else {
                break;
            };
            if !(4..=super::MAX_MESSAGE).contains(&len) {
                break;
            }
            let whole = if class == super::UNIVERSAL && tag == crate::dissect::ber::SEQUENCE {
                len + header
            } else {
                rest.len()
            };
            let msg = &rest[..whole.min(rest.len())];
            let (mut m, carried) = message(msg, &mut self.conv, self.frame, self.time, cut);
            nested.extend(carried);
            if let Some(s) = m.get_str(f::ldap::OSIDUMP_INFO) {
                info.push_str(s);
            }
            oid_calls += m.get_uint(f::ldap::OSIDUMP_OID_CALLS).unwrap_or(0);
            let thrown = m.thrown.is_some();
            for x in std::mem::take(&mut m.fields) {
                let ours = std::ptr::eq(x.def, f::ldap::OSIDUMP_INFO)
                    || std::ptr::eq(x.def, f::ldap::OSIDUMP_OID_CALLS);
                if !ours {
                    l.fields.push(x);
                }
            }
            if thrown {
                // The exception ends the datagram's dissection.
                l.anomalies = std::mem::take(&mut m.anomalies);
                l.thrown = m.thrown.take().map(|mut t| {
                    if t.protocol == "ldap" {
                        t.protocol = "cldap";
                    }
                    t
                });
                break;
            }
            l.anomalies.append(&mut m.anomalies);
            if whole >= rest.len() {
                break;
            }
            rest = &rest[whole..];
        }
        l.str(f::ldap::OSIDUMP_INFO, info);
        if oid_calls > 0 {
            l.uint(f::ldap::OSIDUMP_OID_CALLS, oid_calls);
        }
        (l, nested)
    }
}

impl DatagramDecoder for CldapDatagrams {
    fn datagram<'a>(&mut self, d: &Datagram<'a>, out: &mut Vec<Layer<'a>>) {
        if d.memory_pressed
            || (self.convs.len() >= MAX_CONVERSATIONS && !self.convs.contains_key(&d.conv))
        {
            self.convs.clear();
        }
        let decoder = self.convs.entry(d.conv).or_default();
        decoder.frame = d.frame;
        decoder.time = d.ts_ns;
        let (mut l, nested) = decoder.cldap(d.payload, d.cut);
        let span = d.at..d.at + d.payload.len();
        l.span = span.clone();
        out.push(l);
        for mut n in nested {
            n.span = span.clone();
            out.push(n);
        }
    }

    fn heap_bytes(&self) -> usize {
        use super::StreamDecoder;
        self.convs
            .values()
            .map(|c| c.heap_bytes() + 256)
            .sum::<usize>()
    }
}

pub fn new_datagrams() -> Box<dyn DatagramDecoder> {
    Box::new(CldapDatagrams::default())
}
