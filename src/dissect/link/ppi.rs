//! CACE's Per-Packet Information header (LINKTYPE_PPI, 192), as tshark
//! 4.0's packet-ppi.c reads it.
//!
//! A little-endian header (version, flags, the header's length, the link
//! type of the packet after it), then fields while the header's length
//! lasts: a 16-bit type, a 16-bit length (not counting these four bytes)
//! and the body. tshark takes apart 802.11-Common (2), 802.11n MAC (3),
//! 802.11n MAC+PHY (4), the aggregation (8) and 802.3 (9) extensions; a
//! spectrum map, process or capture information (5-7) and a field of a
//! type it does not know are shown as bytes, header included. A known
//! field of the wrong length is "Invalid length" (an error) and the walk
//! goes on; a field past the captured bytes throws.
//!
//! The packet after the header: 802.11 (105) with the radio information
//! the fields give (tshark's `wlan_radio`, as far as osidump derives it
//! for radiotap), any other link type through `pcap_pktdata`. Not done:
//! the GPS, vector, sensor, antenna and Fluke fields (tshark hands them to
//! dissectors of their own: osidump shows nothing of them) and the A-MPDU
//! reassembly of 802.11n aggregates (an aggregate's parts are dissected
//! each on its own).

use super::super::layer::{Layer, Osi, Value};
use super::super::wire::{le16, le32, le64};
use super::super::{Next, Walk};
use super::wlan::radiotap::Radio;
use super::wlan::radiotap::{Seen, radio_layer};
use super::wlan::wlan;
use crate::dissect::expert;
use crate::dissect::field::FieldDef;
use crate::dissect::fields::ppi as f;

/// Version, flags, length, link type.
const HEADER: usize = 8;
/// Field types (`PPI_*`) and the lengths tshark requires of their bodies.
const COMMON: u16 = 2;
const COMMON_LEN: usize = 20;
const N_MAC: u16 = 3;
const N_MAC_LEN: usize = 12;
const N_MAC_PHY: u16 = 4;
const N_MAC_PHY_LEN: usize = 48;
const SPECTRUM_MAP: u16 = 5;
const PROCESS_INFO: u16 = 6;
const CAPTURE_INFO: u16 = 7;
const AGGREGATION: u16 = 8;
const AGGREGATION_LEN: usize = 4;
const E8023: u16 = 9;
const E8023_LEN: usize = 8;
/// Types tshark hands to a dissector of their own (GPS, vector, sensor,
/// antenna, Fluke): osidump shows nothing of them.
const OWN_DISSECTOR: [u16; 5] = [30002, 30003, 30004, 30005, 30006];

const LINKTYPE_IEEE802_11: u32 = 105;

/// A known field of the wrong length: its own item, an error of the
/// Malformed group (no separate malformed-packet item).
static INVALID_LENGTH: expert::Expert = expert::Expert {
    field: f::INVALID_LENGTH,
    group: expert::Group::Malformed,
    severity: expert::Severity::Error,
};
const LINKTYPE_PPI: u32 = 192;

pub(crate) fn ppi(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Physical, "ppi", start..start + b.len());
    if b.len() < HEADER {
        // tshark reads the whole header before it adds an item.
        walk.short(&mut l, "PPI header", HEADER, b.len());
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    let len = usize::from(le16(b, 2));
    let dlt = le32(b, 4);
    l.uint(f::VERSION, b[0]);
    l.uint(f::FLAGS, b[1]);
    l.boolean(f::FLAGS_ALIGNMENT, b[1] & 1 != 0);
    l.uint(f::FLAGS_RESERVED, b[1] & 0xfe);
    l.uint(f::LENGTH, le16(b, 2));
    l.uint(f::DLT, dlt);
    l.span = start..start + len.clamp(HEADER, b.len());
    let mut radio = RadioInfo::default();
    let mut at = HEADER;
    let mut left = len as isize - HEADER as isize;
    while left > 0 {
        if b.len() < at + 4 {
            return cut(walk, l, at + 4, b.len());
        }
        let field_type = le16(b, at);
        let body_len = usize::from(le16(b, at + 2));
        let whole = body_len + 4;
        left -= whole as isize;
        let Some(field) = b.get(at..at + whole) else {
            // Each field's item spans it: past the bytes it throws.
            return cut(walk, l, at + whole, b.len());
        };
        let body = &field[4..];
        match field_type {
            SPECTRUM_MAP => l.push(f::SPECTRUM_MAP, Value::Bytes(field.into())),
            PROCESS_INFO => l.push(f::PROC_INFO, Value::Bytes(field.into())),
            CAPTURE_INFO => l.push(f::CAP_INFO, Value::Bytes(field.into())),
            t if OWN_DISSECTOR.contains(&t) => {}
            t => match known_length(t) {
                Some(need) => {
                    l.uint(f::FIELD_TYPE, t);
                    l.uint(f::FIELD_LEN, body_len as u64);
                    if body.len() == need {
                        known_field(&mut l, t, body, &mut radio);
                    } else {
                        expert::add(
                            &mut l,
                            &INVALID_LENGTH,
                            Some(format!("Invalid length: {body_len}")),
                        );
                    }
                }
                None => l.push(f::RESERVED, Value::Bytes(field.into())),
            },
        }
        at += whole;
    }
    if len > b.len() {
        // The packet would start past the bytes: tshark throws.
        return cut(walk, l, len, b.len());
    }
    walk.layers.push(l);
    walk.off = start + len.max(HEADER);
    match dlt {
        LINKTYPE_IEEE802_11 => {
            walk.layers.push(radio_layer(walk.off, &radio.seen));
            wlan(
                walk,
                Radio {
                    fcs: radio.fcs,
                    datapad: false,
                },
            )
        }
        LINKTYPE_PPI => Next::Data(Osi::DataLink),
        // Through `pcap_pktdata`, which frame.protocols lists after `ppi`.
        _ => super::super::link_start(walk, dlt),
    }
}

/// What 802.11's radio information takes from the fields.
#[derive(Default)]
struct RadioInfo {
    seen: Seen,
    fcs: bool,
}

/// The body length tshark requires of a field type it takes apart.
fn known_length(t: u16) -> Option<usize> {
    Some(match t {
        COMMON => COMMON_LEN,
        N_MAC => N_MAC_LEN,
        N_MAC_PHY => N_MAC_PHY_LEN,
        AGGREGATION => AGGREGATION_LEN,
        E8023 => E8023_LEN,
        _ => return None,
    })
}

/// A field of a type tshark takes apart, of the length it requires.
fn known_field(l: &mut Layer<'_>, t: u16, v: &[u8], radio: &mut RadioInfo) {
    match t {
        COMMON => {
            l.uint(f::COMMON_TSFT, le64(v, 0));
            let flags = le16(v, 8);
            l.uint(f::COMMON_FLAGS, flags);
            bits(l, u64::from(flags), COMMON_FLAG_BITS);
            // Shown in kb/s (tshark's `Rate: 54.0 Mbps`).
            l.uint(f::COMMON_RATE, u32::from(le16(v, 10)) * 500);
            l.uint(f::COMMON_CHAN_FREQ, le16(v, 12));
            let chan = le16(v, 14);
            l.uint(f::COMMON_CHAN_FLAGS, chan);
            bits(l, u64::from(chan), COMMON_CHAN_BITS);
            l.uint(f::COMMON_FHSS_HOPSET, v[16]);
            l.uint(f::COMMON_FHSS_PATTERN, v[17]);
            l.int(f::COMMON_DBM_ANTSIGNAL, v[18] as i8);
            l.int(f::COMMON_DBM_ANTNOISE, v[19] as i8);
            radio.fcs = flags & 1 != 0;
            let s = &mut radio.seen;
            s.tsft = Some(le64(v, 0));
            // The rate in 500 kb/s units; zero is none.
            s.rate = u8::try_from(le16(v, 10)).ok().filter(|&r| r != 0);
            s.freq = Some(le16(v, 12)).filter(|&mhz| mhz != 0);
            s.dbm_signal = Some(v[18] as i8).filter(|&d| d != -128);
            s.dbm_noise = Some(v[19] as i8).filter(|&d| d != -128);
        }
        N_MAC => {
            n_mac(l, v);
            l.uint(
                f::N_MAC_RESERVED,
                u32::from_le_bytes([v[9], v[10], v[11], 0]),
            );
        }
        N_MAC_PHY => {
            n_mac(l, v);
            let rssi = [
                f::N_MAC_PHY_MCS,
                f::N_MAC_PHY_NUM_STREAMS,
                f::N_MAC_PHY_RSSI_COMBINED,
                f::N_MAC_PHY_RSSI_ANT0CTL,
                f::N_MAC_PHY_RSSI_ANT1CTL,
                f::N_MAC_PHY_RSSI_ANT2CTL,
                f::N_MAC_PHY_RSSI_ANT3CTL,
                f::N_MAC_PHY_RSSI_ANT0EXT,
                f::N_MAC_PHY_RSSI_ANT1EXT,
                f::N_MAC_PHY_RSSI_ANT2EXT,
                f::N_MAC_PHY_RSSI_ANT3EXT,
            ];
            for (i, def) in rssi.into_iter().enumerate() {
                l.uint(def, v[9 + i]);
            }
            l.uint(f::MAC_PHY_EXT_CHAN_FREQ, le16(v, 20));
            let chan = le16(v, 22);
            l.uint(f::MAC_PHY_EXT_CHAN_FLAGS, chan);
            bits(l, u64::from(chan), EXT_CHAN_BITS);
            let dbm = [
                f::N_MAC_PHY_DBMANT0_SIGNAL,
                f::N_MAC_PHY_DBMANT0_NOISE,
                f::N_MAC_PHY_DBMANT1_SIGNAL,
                f::N_MAC_PHY_DBMANT1_NOISE,
                f::N_MAC_PHY_DBMANT2_SIGNAL,
                f::N_MAC_PHY_DBMANT2_NOISE,
                f::N_MAC_PHY_DBMANT3_SIGNAL,
                f::N_MAC_PHY_DBMANT3_NOISE,
            ];
            for (i, def) in dbm.into_iter().enumerate() {
                l.int(def, v[24 + i] as i8);
            }
            let evm = [
                f::N_MAC_PHY_EVM0,
                f::N_MAC_PHY_EVM1,
                f::N_MAC_PHY_EVM2,
                f::N_MAC_PHY_EVM3,
            ];
            for (i, def) in evm.into_iter().enumerate() {
                l.uint(def, le32(v, 32 + 4 * i));
            }
            // An MCS: the rate is not the legacy one.
            radio.seen.modern = v[9] != 255;
        }
        AGGREGATION => l.uint(f::AGGREGATION_EXTENSION_INTERFACE_ID, le32(v, 0)),
        E8023 => {
            let flags = le32(v, 0);
            l.uint(f::E8023_FLAGS, flags);
            l.boolean(f::E8023_FLAGS_FCS_PRESENT, flags & 1 != 0);
            let errors = le32(v, 4);
            l.uint(f::E8023_ERRORS, errors);
            bits(l, u64::from(errors), E8023_ERROR_BITS);
        }
        _ => {}
    }
}

/// The 802.11n MAC flags, A-MPDU id and delimiter count (MAC+PHY starts
/// with them too, without the reserved bytes).
fn n_mac(l: &mut Layer<'_>, v: &[u8]) {
    let flags = le32(v, 0);
    l.uint(f::N_MAC_FLAGS, flags);
    bits(l, u64::from(flags), N_MAC_FLAG_BITS);
    l.uint(f::N_MAC_AMPDU_ID, le32(v, 4));
    l.uint(f::N_MAC_NUM_DELIMITERS, v[8]);
}

type Bits = &'static [(u64, &'static FieldDef)];

fn bits(l: &mut Layer<'_>, v: u64, list: Bits) {
    for &(mask, def) in list {
        l.boolean(def, v & mask != 0);
    }
}

static COMMON_FLAG_BITS: Bits = &[
    (0x1, f::COMMON_FLAGS_FCS),
    (0x2, f::COMMON_FLAGS_TSFT),
    (0x4, f::COMMON_FLAGS_FCS_INVALID),
    (0x8, f::COMMON_FLAGS_PHY_ERR),
];

static COMMON_CHAN_BITS: Bits = &[
    (0x10, f::COMMON_CHAN_FLAGS_TURBO),
    (0x20, f::COMMON_CHAN_FLAGS_CCK),
    (0x40, f::COMMON_CHAN_FLAGS_OFDM),
    (0x80, f::COMMON_CHAN_FLAGS_2GHZ),
    (0x100, f::COMMON_CHAN_FLAGS_5GHZ),
    (0x200, f::COMMON_CHAN_FLAGS_PASSIVE),
    (0x400, f::COMMON_CHAN_FLAGS_DYNAMIC),
    (0x800, f::COMMON_CHAN_FLAGS_GFSK),
];

static EXT_CHAN_BITS: Bits = &[
    (0x10, f::MAC_PHY_EXT_CHAN_FLAGS_TURBO),
    (0x20, f::MAC_PHY_EXT_CHAN_FLAGS_CCK),
    (0x40, f::MAC_PHY_EXT_CHAN_FLAGS_OFDM),
    (0x80, f::MAC_PHY_EXT_CHAN_FLAGS_2GHZ),
    (0x100, f::MAC_PHY_EXT_CHAN_FLAGS_5GHZ),
    (0x200, f::MAC_PHY_EXT_CHAN_FLAGS_PASSIVE),
    (0x400, f::MAC_PHY_EXT_CHAN_FLAGS_DYNAMIC),
    (0x800, f::MAC_PHY_EXT_CHAN_FLAGS_GFSK),
];

static N_MAC_FLAG_BITS: Bits = &[
    (0x1, f::N_MAC_FLAGS_GREENFIELD),
    (0x2, f::N_MAC_FLAGS_HT20_40),
    (0x4, f::N_MAC_FLAGS_RX_SHORT_GUARD_INTERVAL),
    (0x8, f::N_MAC_FLAGS_RX_DUPLICATE),
    (0x10, f::N_MAC_FLAGS_AGG),
    (0x20, f::N_MAC_FLAGS_MORE_AGG),
    (0x40, f::N_MAC_FLAGS_DELIM_CRC_ERROR_AFTER),
];

static E8023_ERROR_BITS: Bits = &[
    (0x1, f::E8023_ERRORS_FCS),
    (0x2, f::E8023_ERRORS_SEQUENCE),
    (0x4, f::E8023_ERRORS_SYMBOL),
    (0x8, f::E8023_ERRORS_DATA),
];

/// A read past the bytes at `need`: PPI throws there and the walk ends.
fn cut<'a>(walk: &mut Walk<'a>, mut l: Layer<'a>, need: usize, have: usize) -> Next {
    walk.short(&mut l, "PPI field", need, have);
    walk.off = walk.end;
    walk.layers.push(l);
    Next::Done
}

/// PPI's Info, which the packet inside overwrites: `PPI version 0, 16 bytes`.
pub(crate) fn info(out: &mut String, l: &Layer<'_>) {
    summary(out, l);
}

pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    if let (Some(v), Some(len)) = (l.get_uint(f::VERSION), l.get_uint(f::LENGTH)) {
        out.push_str("PPI version ");
        out.push_str(itoa::Buffer::new().format(v));
        out.push_str(", ");
        out.push_str(itoa::Buffer::new().format(len));
        out.push_str(" bytes");
    }
}

#[cfg(test)]
mod tests;
