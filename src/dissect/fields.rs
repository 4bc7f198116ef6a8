//! The field registry: every field any decoder emits, by protocol. Each
//! protocol module declares its own ([`super::field::FieldDef`]); this
//! module gathers them so decoders, views and tests can name any field
//! (`fields::ip::SRC`) and the filter, `-V`, JSON and `osidump fields` can
//! look one up by its Wireshark name.

use super::field::FieldDef;
use std::collections::HashMap;
use std::sync::OnceLock;

pub use super::app::babel::fields::babel;
pub use super::app::bgp::fields::bgp;
pub use super::app::browser::fields::{browser, mailslot};
// protosc's protocols.
pub use super::app::bfd::fields::bfd;
pub use super::app::db_lsp::fields::db_lsp;
pub use super::app::dcerpc::fields::dcerpc;
pub use super::app::dhcp::fields::dhcp;
pub use super::app::dhcpv6::fields::dhcpv6;
pub use super::app::dnp3::fields::dnp3;
pub use super::app::dns::fields::dns;
pub use super::app::dtls::fields::dtls;
pub use super::app::eap::fields::eap;
pub use super::app::enip::fields::{cip, enip};
pub use super::app::finger::fields::{finger, whois};
pub use super::app::ftp::fields::{ftp, ftp_data};
pub use super::app::gquic::fields::gquic;
pub use super::app::hsrp::fields::{hsrp, hsrp2};
pub use super::app::http::fields::http;
pub use super::app::http2::fields::http2;
pub use super::app::imap::fields::imap;
pub use super::app::irc::fields::irc;
pub use super::app::isakmp::fields::{isakmp, udpencap};
pub use super::app::json::fields::json;
pub use super::app::kerberos::fields::kerberos;
pub use super::app::ldap::fields::ldap;
pub use super::app::ldap::fields::mscldap;
pub use super::app::ldp::fields::ldp;
pub use super::app::mndp::fields::mndp;
pub use super::app::modbus::fields::{mbtcp, modbus};
pub use super::app::mpls_echo::fields::mpls_echo;
pub use super::app::mqtt::fields::mqtt;
pub use super::app::multipart::fields::{media, mime_multipart};
pub use super::app::mysql::fields::{mariadb, mysql};
pub use super::app::natpmp::fields::nat_pmp;
pub use super::app::nbt::fields::{nbdgm, nbns, nbss};
pub use super::app::ntlmssp::fields::ntlmssp;
pub use super::app::ntp::fields::ntp;
pub use super::app::openflow::fields::{openflow, openflow_v4, openflow_v5, openflow_v6};
pub use super::app::openvpn::fields::openvpn;
pub use super::app::pgsql::fields::pgsql;
pub use super::app::pop::fields::pop;
pub use super::app::pptp::fields::pptp;
pub use super::app::ptp::fields::ptp;
pub use super::app::quic::fields::{http3, quic};
pub use super::app::radius::fields::radius;
pub use super::app::resp::fields::resp;
pub use super::app::rip::fields::rip;
pub use super::app::rlogin::fields::rlogin;
pub use super::app::rpc::fields::{mount, nfs, nfsacl, nlm, portmap, rpc, stat};
pub use super::app::rtcp::fields::rtcp;
pub use super::app::rtp::fields::rtp;
pub use super::app::sap::fields::sap;
pub use super::app::sflow::fields::sflow;
pub use super::app::sip::fields::{sdp, sip};
pub use super::app::smb::fields::{smb, smb_pipe, smb2};
pub use super::app::smtp::fields::{imf, smtp};
pub use super::app::snmp::fields::snmp;
pub use super::app::socks::fields::socks;
pub use super::app::spnego::fields::{gssapi, spnego, spnego_krb5};
pub use super::app::srvloc::fields::srvloc;
pub use super::app::ssh::fields::ssh;
pub use super::app::stun::fields::{classicstun, stun};
pub use super::app::syslog::fields::syslog;
pub use super::app::telnet::fields::telnet;
pub use super::app::tftp::fields::tftp;
pub use super::app::tls::fields::{ocsp, tls, x509};
pub use super::app::tpkt::fields::{cotp, rdp, tpkt};
pub use super::app::vnc::fields::vnc;
pub use super::app::websocket::fields::websocket;
pub use super::app::wireguard::fields::wg;
pub use super::app::wol::fields::wol;
pub use super::app::x11::fields::x11;
pub use super::app::xmpp::fields::{presence, xml, xmpp};
pub use super::communityid::fields as communityid;
pub use super::data::fields as data;
pub use super::expert::fields::ws;
pub use super::frame::fields as frame;
pub use super::link::fields::{
    arcnet, basicxid, cdp, cfp, chdlc, cmd, eapol, eth, fddi, fr, ieee8021ad, ieee8021ah, ipnet,
    ipoib, lacp, llc, lldp, loopback, marker, nflog, null, ppi, ppp, pppoe, pppoed, slarp, sll,
    slow, stp, vlan, vntag, wlan_rsna_eapol,
};
pub use super::link::macsec::fields::macsec;
// Realtek's layer 2 protocols (EtherType 0x8899).
pub use super::link::fields::{realtek, rep, rldp, rrcp};
// IEEE 802.11 and its radio headers.
pub use super::link::wlan::fields::{radiotap, wlan, wlan_mgt, wlan_radio};
// PPP's control and authentication protocols.
pub use super::link::ppp::fields::{chap, ipcp, ipv6cp, lcp, pap};
pub use super::net::eigrp::fields::eigrp;
pub use super::net::esis::fields::esis;
pub use super::net::fields::{arp, icmp, icmpv6, igmp, ip, ipv6, ospf, rgmp, vrrp};
pub use super::net::ipsec_fields::{ah, esp};
pub use super::net::isis::fields::{isis, isis_csnp, isis_hello, isis_lsp, isis_psnp, osi};
pub use super::net::mip6::fields::mip6;
pub use super::net::nhrp::fields::nhrp;
pub use super::net::pgm::fields::pgm;
pub use super::net::pim::fields::pim;
pub use super::net::rsvp::fields::rsvp;
pub use super::session::fields as session;
pub use super::transport::dccp::fields::dccp;
pub use super::transport::fields::{mptcp, tcp, udp};
pub use super::transport::sctp::fields::sctp;
pub use super::tunnel::fields::{
    ayiya, erspan, etherip, geneve, gre, gtp, gtpv2, lisp, lisp_data, mpls, nsh, teredo, vxlan,
};
pub use super::tunnel::l2tp::fields::l2tp;

/// Each protocol's fields, in the spec list's order (as `osidump fields`
/// lists them), then Wireshark's own (`_ws`: expert info, malformed).
pub fn by_protocol() -> impl Iterator<Item = (&'static str, &'static [&'static FieldDef])> {
    super::spec::PROTOCOLS
        .iter()
        .map(|p| (p.name, p.fields))
        .chain(std::iter::once(("_ws", ws::ALL)))
}

/// Every registered field.
pub fn all() -> impl Iterator<Item = &'static FieldDef> {
    by_protocol().flat_map(|(_, f)| f.iter().copied())
}

/// Second definitions Wireshark registers under a registered field's name
/// (its `-G fields` lists one): `(registered, twin)`. A decoder emits the
/// twin where Wireshark's dissector uses it; `-e`, `-Y` and the other
/// readers of a name read both.
pub static TWINS: &[(&FieldDef, &FieldDef)] = &[
    (dns::RR_UDP_PAYLOAD_SIZE_MDNS, dns::RR_UDP_PAYLOAD_SIZE),
    (gre::FLAGS_RESERVED, gre::FLAGS_RESERVED_PPP),
    (gtp::FLAGS_RESERVED, gtp::FLAGS_RESERVED_V1),
    (gtpv2::MP, gtpv2::MESSAGE_PRIORITY),
    (igmp::MAX_RESP, igmp::MAX_RESP_V3),
    (vxlan::FLAGS, vxlan::GPE_FLAGS),
    (vxlan::FLAGS_RESERVED, vxlan::GPE_FLAGS_RESERVED),
    (isis_hello::RESERVED, super::net::isis::PRIORITY_RESERVED),
    (isis_lsp::OVERLOAD, super::net::isis::MT_OVERLOAD),
    (llc::CONTROL_FTYPE, llc::CONTROL_FTYPE_U8),
    (llc::CONTROL_FTYPE, llc::CONTROL_FTYPE_EXT),
    (llc::CONTROL_P, llc::CONTROL_P_EXT),
    (llc::CONTROL_F, llc::CONTROL_F_EXT),
    (fr::CONTROL_FTYPE, fr::CONTROL_FTYPE_U8),
    (fr::CONTROL_FTYPE, fr::CONTROL_FTYPE_EXT),
    (fr::CONTROL_P, fr::CONTROL_P_EXT),
    (fr::CONTROL_F, fr::CONTROL_F_EXT),
    (ssh::MESSAGE_CODE, ssh::MESSAGE_CODE_V1),
    (ssh::MESSAGE_CODE, ssh::MESSAGE_CODE_KEX_DH),
    (ssh::MESSAGE_CODE, ssh::MESSAGE_CODE_KEX_DH_GEX),
    (ssh::MESSAGE_CODE, ssh::MESSAGE_CODE_KEX_ECDH),
    (snmp::VALUE_COUNTER, snmp::VALUE_COUNTER64),
    (smb::FILE_ATTRIBUTE, smb::FILE_ATTRIBUTE_32),
    (
        smb::FILE_ATTRIBUTE_READ_ONLY,
        smb::FILE_ATTRIBUTE_READ_ONLY_32,
    ),
    (smb::FILE_ATTRIBUTE_HIDDEN, smb::FILE_ATTRIBUTE_HIDDEN_32),
    (smb::FILE_ATTRIBUTE_SYSTEM, smb::FILE_ATTRIBUTE_SYSTEM_32),
    (smb::FILE_ATTRIBUTE_VOLUME, smb::FILE_ATTRIBUTE_VOLUME_32),
    (
        smb::FILE_ATTRIBUTE_DIRECTORY,
        smb::FILE_ATTRIBUTE_DIRECTORY_32,
    ),
    (smb::FILE_ATTRIBUTE_ARCHIVE, smb::FILE_ATTRIBUTE_ARCHIVE_32),
    (smb::SM, smb::SM_8),
    (smb::SM_MODE, smb::SM_MODE_8),
    (smb::SM_PASSWORD, smb::SM_PASSWORD_8),
    (smb::CHALLENGE_LENGTH, smb::CHALLENGE_LENGTH_8),
];

/// A registered field and its twins ([`TWINS`]).
pub fn with_twins(def: &'static FieldDef) -> Vec<&'static FieldDef> {
    std::iter::once(def)
        .chain(
            TWINS
                .iter()
                .filter(|(r, _)| std::ptr::eq(*r, def))
                .map(|(_, t)| *t),
        )
        .collect()
}

/// The field with this display-filter name.
pub fn by_name(name: &str) -> Option<&'static FieldDef> {
    static INDEX: OnceLock<HashMap<&'static str, &'static FieldDef>> = OnceLock::new();
    INDEX
        .get_or_init(|| all().map(|f| (f.name, f)).collect())
        .get(name)
        .copied()
}
