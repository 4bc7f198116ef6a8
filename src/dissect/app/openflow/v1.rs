//! OpenFlow 1.0 (`openflow_v1`), as tshark 4.0's packet-openflow_v1.c
//! reads one message: the header, then the bodies it decodes (features
//! reply with its ports, switch config, PACKET_IN and PACKET_OUT with the
//! Ethernet frame they carry, FLOW_MOD, the stats request and reply
//! headers); the others are flagged "not dissected yet" as tshark flags
//! them. Like tshark's, FLOW_MOD and PACKET_OUT read one action header
//! only (a FLOW_MOD with none throws reading it).

use super::{Msg, P, R};
use crate::dissect::app::openflow::fields::openflow as f;
use crate::dissect::expert::{self, ei};

ei!(
    TYPE_UNDECODED,
    f::OPENFLOW_1_0_TYPE_UNDECODED,
    Undecoded,
    Warn
);
ei!(ACTION_UNDECODED, f::ACTION_TYP_UNDECODED, Undecoded, Warn);

const FEATURES_REPLY: u8 = 6;
const GET_CONFIG_REPLY: u8 = 8;
const SET_CONFIG: u8 = 9;
const PACKET_IN: u8 = 10;
const PACKET_OUT: u8 = 13;
const FLOW_MOD: u8 = 14;
const STATS_REQUEST: u8 = 16;
const STATS_REPLY: u8 = 17;
/// Types with no body (HELLO, FEATURES_REQUEST, GET_CONFIG_REQUEST).
const NO_BODY: [u8; 3] = [0, 5, 7];

/// `dissect_openflow_v1` after the type byte was read (`type_`): the
/// Info text is the caller's.
pub(super) fn message(p: &mut P<'_, '_>, type_: u8, m: &mut Msg) -> R<()> {
    let v = p.t.u8(0)?;
    p.l.uint(f::VERSION, v & 0x7f);
    p.l.uint(f::OPENFLOW_1_0_TYPE, type_);
    let length = p.u16(f::LENGTH, 2)?;
    p.u32(f::XID, 4)?;
    match type_ {
        t if NO_BODY.contains(&t) => {}
        FEATURES_REPLY => features_reply(p, length)?,
        GET_CONFIG_REPLY | SET_CONFIG => {
            p.u16(f::CONFIG_FLAGS, 8)?;
            p.u16(f::MISS_SEND_LEN, 10)?;
        }
        PACKET_IN => {
            p.u32(f::BUFFER_ID, 8)?;
            p.u16(f::TOTAL_LEN, 12)?;
            p.u16(f::IN_PORT, 14)?;
            p.u8(f::REASON, 16)?;
            p.bytes(f::PKT_IN_PAD, 17, 1)?;
            m.frame_at = Some((18, usize::from(length)));
        }
        PACKET_OUT => {
            let buffer_id = p.t.u32(8)?;
            p.l.uint(f::BUFFER_ID, buffer_id);
            p.u16(f::IN_PORT, 12)?;
            p.u16(f::ACTIONS_LEN, 14)?;
            let at = action_header(p, 16)?;
            if buffer_id == u32::MAX {
                m.frame_at = usize::try_from(at).ok().map(|a| (a, usize::from(length)));
            }
        }
        FLOW_MOD => {
            let at = ofp_match(p, 8)?;
            p.u64(f::COOKIE, at)?;
            p.u16(f::COMMAND, at + 8)?;
            p.u16(f::IDLE_TIMEOUT, at + 10)?;
            p.u16(f::HARD_TIMEOUT, at + 12)?;
            p.u16(f::PRIORITY, at + 14)?;
            p.u32(f::BUFFER_ID, at + 16)?;
            p.u16(f::OUT_PORT, at + 20)?;
            p.u16(f::FLAGS, at + 22)?;
            action_header(p, at + 24)?;
        }
        STATS_REQUEST => {
            let kind = p.u16(f::STATS_TYPE, 8)?;
            p.u16(f::FLAGS, 10)?;
            match kind {
                0 => {}
                1 => {
                    let at = ofp_match(p, 12)?;
                    p.u8(f::TABLE_ID, at)?;
                    p.u8(f::STATS_REQUEST_PAD, at + 1)?;
                    p.u16(f::OUT_PORT, at + 2)?;
                }
                _ => expert::add(p.l, &TYPE_UNDECODED, None),
            }
        }
        STATS_REPLY => {
            let kind = p.u16(f::STATS_TYPE, 8)?;
            p.u16(f::FLAGS, 10)?;
            if length != 12 && kind != 0 {
                expert::add(p.l, &TYPE_UNDECODED, None);
            }
        }
        _ => {
            if length > 8 {
                expert::add(p.l, &TYPE_UNDECODED, None);
            }
        }
    }
    Ok(())
}

/// `dissect_openflow_ofp_match_v1`: 40 bytes at `at`; returns the offset
/// after them.
fn ofp_match(p: &mut P<'_, '_>, at: usize) -> R<usize> {
    p.u32(f::WILDCARDS, at)?;
    p.u16(f::IN_PORT, at + 4)?;
    p.mac(f::ETH_SRC, at + 6)?;
    p.mac(f::ETH_DST, at + 12)?;
    p.u16(f::DL_VLAN, at + 18)?;
    p.u8(f::DL_VLAN_PCP, at + 20)?;
    p.bytes(f::OFP_MATCH_PAD, at + 21, 1)?;
    p.u16(f::OFP_MATCH_DL_TYPE, at + 22)?;
    p.u8(f::OFP_MATCH_TOS, at + 24)?;
    p.u8(f::OFP_MATCH_NW_PROTO, at + 25)?;
    p.bytes(f::OFP_MATCH_PAD, at + 26, 2)?;
    p.ipv4(f::OFP_MATCH_SOURCE_ADDR, at + 28)?;
    p.ipv4(f::OFP_MATCH_DEST_ADDR, at + 32)?;
    p.u16(f::OFP_MATCH_SOURCE_PORT, at + 36)?;
    p.u16(f::OFP_MATCH_DEST_PORT, at + 38)?;
    Ok(at + 40)
}

/// `dissect_openflow_action_header`: one action at `at`; returns the
/// offset after it as tshark computes it (a C `int`: an action shorter
/// than its header moves it back).
fn action_header(p: &mut P<'_, '_>, at: usize) -> R<i64> {
    let kind = p.t.u16(at)?;
    p.l.uint(f::ACTION_TYP, kind);
    let len = p.t.u16(at + 2)?;
    if kind != 0 {
        expert::add(p.l, &ACTION_UNDECODED, None);
    }
    p.l.uint(f::ACTION_LEN, len);
    if kind == 0 {
        p.u16(f::OUTPUT_PORT, at + 4)?;
        p.u16(f::MAX_LEN, at + 6)?;
        return Ok(at as i64 + 8);
    }
    Ok(at as i64 + 4 + i64::from(len) - 4)
}

/// `dissect_openflow_features_reply_v1`.
fn features_reply(p: &mut P<'_, '_>, length: u16) -> R<()> {
    p.u64(f::DATAPATH_ID, 8)?;
    // tshark 4.0 reads the implementer's part first (the ID's upper 16
    // bits), then the MAC address.
    p.u16(f::DATAPATH_IMP, 8)?;
    p.mac(f::DATAPATH_MAC, 10)?;
    p.u32(f::N_BUFFERS, 16)?;
    p.u8(f::N_TABLES, 20)?;
    p.bytes(f::FEATURES_REPLY_PAD, 21, 3)?;
    p.flags(
        f::CAPABILITIES,
        24,
        &[
            f::FLOW_STATS,
            f::TABLE_STATS,
            f::PORT_STATS,
            f::GROUP_STATS,
            f::IP_REASM,
            f::QUEUE_STATS,
            f::PORT_BLOCKED,
        ],
    )?;
    p.flags(
        f::ACTIONS,
        28,
        &[
            f::OUTPUT,
            f::SET_VLAN_VID,
            f::SET_VLAN_PCP,
            f::STRIP_VLAN,
            f::SET_DL_SRC,
            f::SET_DL_DS,
            f::SET_NW_SRC,
            f::SET_NW_DS,
            f::SET_NW_TOS,
            f::SET_TP_SRC,
            f::SET_TP_DST,
            f::ENQUEUE,
        ],
    )?;
    // A `guint16`: a length under 32 wraps, and the ports read past the
    // end throw.
    let remaining = length.wrapping_sub(32);
    let mut at = 32;
    for _ in 0..remaining / 48 {
        phy_port(p, at)?;
        at += 48;
    }
    Ok(())
}

/// `dissect_openflow_phy_port`: 48 bytes at `at`.
fn phy_port(p: &mut P<'_, '_>, at: usize) -> R<()> {
    p.u16(f::PORT_NO, at)?;
    p.mac(f::HW_ADD, at + 2)?;
    p.string(f::PORT_NAME, at + 8, 16)?;
    p.flags(
        f::PORT_CONFIG,
        at + 24,
        &[
            f::PORT_DOWN,
            f::NO_STP,
            f::NO_RECV,
            f::NO_RECV_STP,
            f::NO_FLOOD,
            f::NO_FWD,
            f::NO_PACKET_IN,
        ],
    )?;
    p.flags(f::PORT_STATE, at + 28, &[f::LINK_DOWN])?;
    p.flags(
        f::PORT_CURR,
        at + 32,
        &[
            f::F_10MB_HD,
            f::F_10MB_FD,
            f::F_100MB_HD,
            f::F_100MB_0FD,
            f::F_1GB_HD,
            f::F_1GB_FD,
            f::F_10GB_FD,
            f::COPPER,
            f::FIBER,
            f::AUTONEG,
            f::PAUSE,
            f::PAUSE_ASYM,
        ],
    )?;
    p.u32(f::PORT_ADVERTISED, at + 36)?;
    p.u32(f::PORT_SUPPORTED, at + 40)?;
    p.u32(f::PORT_PEER, at + 44)?;
    Ok(())
}
