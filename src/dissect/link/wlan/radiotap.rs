//! Radiotap (LINKTYPE_IEEE802_11_RADIOTAP, 127), as tshark 4.0's
//! packet-ieee80211-radiotap.c reads it, and the "802.11 radio
//! information" (`wlan_radio`) tshark derives from it
//! (packet-ieee80211-radio.c).
//!
//! A little-endian header: version, pad, length, then present-flags
//! words (bit 31 of each says another follows), then the fields the
//! first word names, in bit order, each aligned to its natural size from
//! the header's start. Fields of later words (extended bitmaps, vendor
//! namespaces) come after the first word's: the first word's are decoded
//! whatever follows. A field osidump does not decode is stepped over by
//! its size (its values absent); the walk stops at the first bit whose
//! size it does not know (TLVs), since later offsets would be guesses.
//!
//! `wlan_radio` shows only what needs no PHY model: the legacy rate, the
//! channel number and frequency, signal and noise, the TSF timestamp.
//! tshark's PHY type, 802.11n/ac details and airtime duration are not
//! shown (absent rather than guessed).

use super::super::super::layer::{Layer, Osi, Value};
use super::super::super::{Next, Walk};
use crate::dissect::field::FieldDef;
use crate::dissect::fields as f;

/// Version, pad, length, the first present word.
const FIXED: usize = 8;
/// At most this many present words are read (tshark stops at the header
/// length; a hostile header cannot make us loop long either way).
const MAX_WORDS: usize = 16;

const BIT_EXT: u32 = 1 << 31;

/// What the 802.11 decoder needs from the radio header.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Radio {
    /// The frame ends with its 4-byte FCS (flags bit 0x10).
    pub fcs: bool,
    /// The 802.11 header is padded to a multiple of 4 (flags bit 0x20).
    pub datapad: bool,
}

/// (alignment, size) of the first word's fields, by bit; `None` past the
/// bits whose layout osidump knows.
fn layout(bit: u32) -> Option<(usize, usize)> {
    Some(match bit {
        0 => (8, 8),        // TSFT
        1 | 2 => (1, 1),    // flags, rate
        3 => (2, 4),        // channel: frequency, flags
        4 => (1, 2),        // FHSS
        5 | 6 => (1, 1),    // dBm signal, noise
        7..=9 => (2, 2),    // lock quality, TX attenuation, dB TX attenuation
        10..=13 => (1, 1),  // dBm TX power, antenna, dB signal, noise
        14 | 15 => (2, 2),  // RX flags, TX flags
        16 | 17 => (1, 1),  // RTS retries, data retries
        18 => (4, 8),       // XChannel
        19 => (1, 3),       // MCS
        20 => (4, 8),       // A-MPDU status
        21 => (2, 12),      // VHT
        22 => (8, 12),      // timestamp
        23 | 24 => (2, 12), // HE, HE-MU
        26 => (1, 1),       // 0-length PSDU
        27 => (2, 4),       // L-SIG
        _ => return None,
    })
}

/// The first word's bits, as tshark lists them (bits 16 and 25 it does not).
static PRESENT_BITS: &[(u32, &FieldDef)] = &[
    (0, f::radiotap::PRESENT_TSFT),
    (1, f::radiotap::PRESENT_FLAGS),
    (2, f::radiotap::PRESENT_RATE),
    (3, f::radiotap::PRESENT_CHANNEL),
    (4, f::radiotap::PRESENT_FHSS),
    (5, f::radiotap::PRESENT_DBM_ANTSIGNAL),
    (6, f::radiotap::PRESENT_DBM_ANTNOISE),
    (7, f::radiotap::PRESENT_LOCK_QUALITY),
    (8, f::radiotap::PRESENT_TX_ATTENUATION),
    (9, f::radiotap::PRESENT_DB_TX_ATTENUATION),
    (10, f::radiotap::PRESENT_DBM_TX_POWER),
    (11, f::radiotap::PRESENT_ANTENNA),
    (12, f::radiotap::PRESENT_DB_ANTSIGNAL),
    (13, f::radiotap::PRESENT_DB_ANTNOISE),
    (14, f::radiotap::PRESENT_RXFLAGS),
    (15, f::radiotap::PRESENT_TXFLAGS),
    (17, f::radiotap::PRESENT_DATA_RETRIES),
    (18, f::radiotap::PRESENT_XCHANNEL),
    (19, f::radiotap::PRESENT_MCS),
    (20, f::radiotap::PRESENT_AMPDU),
    (21, f::radiotap::PRESENT_VHT),
    (22, f::radiotap::PRESENT_TIMESTAMP),
    (23, f::radiotap::PRESENT_HE),
    (24, f::radiotap::PRESENT_HE_MU),
    (27, f::radiotap::PRESENT_L_SIG),
    (28, f::radiotap::PRESENT_TLV),
];

/// Bits of the later words tshark shows with the same names.
static NAMESPACE_BITS: &[(u32, &FieldDef)] = &[
    (29, f::radiotap::PRESENT_RTAP_NS),
    (30, f::radiotap::PRESENT_VENDOR_NS),
    (31, f::radiotap::PRESENT_EXT),
];

static FLAG_BITS: &[(u8, &FieldDef)] = &[
    (0x01, f::radiotap::FLAGS_CFP),
    (0x02, f::radiotap::FLAGS_PREAMBLE),
    (0x04, f::radiotap::FLAGS_WEP),
    (0x08, f::radiotap::FLAGS_FRAG),
    (0x10, f::radiotap::FLAGS_FCS),
    (0x20, f::radiotap::FLAGS_DATAPAD),
    (0x40, f::radiotap::FLAGS_BADFCS),
    (0x80, f::radiotap::FLAGS_SHORTGI),
];

static CHANNEL_BITS: &[(u16, &FieldDef)] = &[
    (0x0001, f::radiotap::CHANNEL_FLAGS_700MHZ),
    (0x0002, f::radiotap::CHANNEL_FLAGS_800MHZ),
    (0x0004, f::radiotap::CHANNEL_FLAGS_900MHZ),
    (0x0010, f::radiotap::CHANNEL_FLAGS_TURBO),
    (0x0020, f::radiotap::CHANNEL_FLAGS_CCK),
    (0x0040, f::radiotap::CHANNEL_FLAGS_OFDM),
    (0x0080, f::radiotap::CHANNEL_FLAGS_2GHZ),
    (0x0100, f::radiotap::CHANNEL_FLAGS_5GHZ),
    (0x0200, f::radiotap::CHANNEL_FLAGS_PASSIVE),
    (0x0400, f::radiotap::CHANNEL_FLAGS_DYNAMIC),
    (0x0800, f::radiotap::CHANNEL_FLAGS_GFSK),
    (0x1000, f::radiotap::CHANNEL_FLAGS_GSM),
    (0x2000, f::radiotap::CHANNEL_FLAGS_STURBO),
    (0x4000, f::radiotap::CHANNEL_FLAGS_HALF),
    (0x8000, f::radiotap::CHANNEL_FLAGS_QUARTER),
];

fn le16(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn le32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// The 802.11 channel of a centre frequency in MHz, for the 2.4 GHz band
/// and the 5 GHz band's 5 MHz grid; `None` elsewhere (not shown).
pub(crate) fn channel_of(mhz: u32) -> Option<u32> {
    match mhz {
        2484 => Some(14),
        2412..=2472 if (mhz - 2407).is_multiple_of(5) => Some((mhz - 2407) / 5),
        5000..=5895 if mhz.is_multiple_of(5) => Some((mhz - 5000) / 5),
        _ => None,
    }
}

/// The radio values `wlan_radio` repeats, as the fields were read.
#[derive(Default)]
pub(crate) struct Seen {
    pub tsft: Option<u64>,
    pub rate: Option<u8>,
    pub freq: Option<u16>,
    pub dbm_signal: Option<i8>,
    pub dbm_noise: Option<i8>,
    pub db_signal: Option<u8>,
    pub db_noise: Option<u8>,
    /// An MCS, VHT or HE field: the rate is not the legacy one.
    pub modern: bool,
}

pub(crate) fn radiotap(walk: &mut Walk<'_>) -> Next {
    let start = walk.off;
    let b = walk.rest();
    let mut l = Layer::new(Osi::Physical, "radiotap", start..start + b.len().min(FIXED));
    if b.len() < 4 {
        walk.short(&mut l, "radiotap header", 4, b.len());
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    l.uint(f::radiotap::VERSION, b[0]);
    l.uint(f::radiotap::PAD, b[1]);
    let len = usize::from(le16(b, 2));
    l.uint(f::radiotap::LENGTH, le16(b, 2));
    if len < FIXED {
        l.malformed(format!("radiotap length {len} is under {FIXED}"));
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    if b.len() < len {
        walk.short(&mut l, "radiotap header", len, b.len());
        walk.off = walk.end;
        walk.layers.push(l);
        return Next::Done;
    }
    l.span = start..start + len;
    let hdr = &b[..len];
    let mut seen = Seen::default();
    let mut radio = Radio::default();
    walk.off = start + len;
    if b[0] != 0 {
        // tshark shows an unknown revision "(invalid)" and nothing of it
        // past the length, which it still steps over.
        walk.layers.push(l);
        walk.layers.push(radio_layer(start + len, &seen));
        return super::wlan(walk, radio);
    }
    // The present words: (word, whether it starts the radiotap namespace
    // afresh). Bit 29 makes the next word a fresh radiotap word (another
    // antenna's fields), bit 30 a vendor namespace's; neither, the same
    // namespace's next 32 bits.
    let mut words = [(0u32, false); MAX_WORDS];
    let mut count = 0;
    let mut at = 4;
    let mut fresh = true;
    loop {
        if at + 4 > len || count == MAX_WORDS {
            // tshark's iterator refuses the whole bitmap.
            l.malformed("radiotap present bitmap runs past the header".to_string());
            walk.layers.push(l);
            walk.layers.push(radio_layer(start + len, &seen));
            return super::wlan(walk, radio);
        }
        let word = le32(hdr, at);
        words[count] = (word, fresh);
        count += 1;
        at += 4;
        if word & BIT_EXT == 0 {
            break;
        }
        fresh = word & (1 << 29) != 0;
        if word & (1 << 30) != 0 {
            fresh = false;
        }
    }
    for &(word, fresh) in &words[..count] {
        l.uint(f::radiotap::PRESENT_WORD, word);
        let bits = if fresh { PRESENT_BITS } else { &[][..] };
        for &(bit, def) in bits.iter().chain(NAMESPACE_BITS) {
            l.boolean(def, word & (1 << bit) != 0);
        }
    }
    // The fields, word after word, while every word is a radiotap one
    // whose fields osidump knows the layout of.
    let mut off = at;
    'words: for (n, &(word, fresh)) in words[..count].iter().enumerate() {
        if !fresh {
            if word & 0x1fff_ffff != 0 {
                break;
            }
            continue;
        }
        for bit in 0..29u32 {
            if word & (1 << bit) == 0 {
                continue;
            }
            let Some((align, size)) = layout(bit) else {
                break 'words;
            };
            off = off.div_ceil(align) * align;
            let Some(v) = hdr.get(off..off + size) else {
                l.malformed(format!("radiotap field {bit} runs past the header"));
                break 'words;
            };
            field(&mut l, bit, v, &mut seen, &mut radio, n == 0);
            off += size;
        }
        if word & (1 << 30) != 0 {
            break;
        }
    }
    walk.layers.push(l);
    walk.layers.push(radio_layer(start + len, &seen));
    super::wlan(walk, radio)
}

/// One field; `first` for the first word's (the radio information
/// reads only those).
fn field(l: &mut Layer<'_>, bit: u32, v: &[u8], seen: &mut Seen, radio: &mut Radio, first: bool) {
    match bit {
        0 => {
            let t = u64::from_le_bytes(v[..8].try_into().unwrap_or([0; 8]));
            l.uint(f::radiotap::MACTIME, t);
            if first {
                seen.tsft = Some(t);
            }
        }
        1 => {
            l.uint(f::radiotap::FLAGS, v[0]);
            for &(m, def) in FLAG_BITS {
                l.boolean(def, v[0] & m != 0);
            }
            if first {
                radio.fcs = v[0] & 0x10 != 0;
                radio.datapad = v[0] & 0x20 != 0;
            }
        }
        2 => {
            l.push(f::radiotap::DATARATE, Value::Float(f32::from(v[0]) / 2.0));
            if first {
                seen.rate = Some(v[0]);
            }
        }
        3 => {
            let freq = le16(v, 0);
            let flags = le16(v, 2);
            l.uint(f::radiotap::CHANNEL_FREQ, freq);
            l.uint(f::radiotap::CHANNEL_FLAGS, flags);
            for &(m, def) in CHANNEL_BITS {
                l.boolean(def, flags & m != 0);
            }
            if first {
                seen.freq = Some(freq);
            }
        }
        5 => {
            l.int(f::radiotap::DBM_ANTSIGNAL, v[0] as i8);
            // Each antenna's overwrites the last (tshark keeps the last).
            seen.dbm_signal = Some(v[0] as i8);
        }
        6 => {
            l.int(f::radiotap::DBM_ANTNOISE, v[0] as i8);
            // Each antenna's overwrites the last (tshark keeps the last).
            seen.dbm_noise = Some(v[0] as i8);
        }
        7 => l.uint(f::radiotap::QUALITY, le16(v, 0)),
        11 => l.uint(f::radiotap::ANTENNA, v[0]),
        12 => {
            l.uint(f::radiotap::DB_ANTSIGNAL, v[0]);
            // Each antenna's overwrites the last (tshark keeps the last).
            seen.db_signal = Some(v[0]);
        }
        13 => {
            l.uint(f::radiotap::DB_ANTNOISE, v[0]);
            // Each antenna's overwrites the last (tshark keeps the last).
            seen.db_noise = Some(v[0]);
        }
        14 => {
            let flags = le16(v, 0);
            l.uint(f::radiotap::RXFLAGS, flags);
            l.boolean(f::radiotap::RXFLAGS_BADPLCP, flags & 0x2 != 0);
        }
        19 | 21 | 23 | 24 => seen.modern |= first,
        _ => {}
    }
}

/// tshark's "802.11 radio information", in its order.
pub(crate) fn radio_layer<'a>(at: usize, s: &Seen) -> Layer<'a> {
    let mut l = Layer::new(Osi::Physical, "wlan_radio", at..at);
    if let (Some(rate), false) = (s.rate, s.modern) {
        l.push(
            f::wlan_radio::DATA_RATE,
            Value::Float(f32::from(rate) / 2.0),
        );
    }
    if let Some(freq) = s.freq {
        if let Some(ch) = channel_of(u32::from(freq)) {
            l.uint(f::wlan_radio::CHANNEL, ch);
        }
        l.uint(f::wlan_radio::FREQUENCY, freq);
    }
    if let Some(v) = s.dbm_signal {
        l.int(f::wlan_radio::SIGNAL_DBM, v);
    }
    if let Some(v) = s.db_signal {
        l.uint(f::wlan_radio::SIGNAL_DB, v);
    }
    if let Some(v) = s.dbm_noise {
        l.int(f::wlan_radio::NOISE_DBM, v);
    }
    if let Some(v) = s.db_noise {
        l.uint(f::wlan_radio::NOISE_DB, v);
    }
    if let (Some(sig), Some(noise)) = (s.dbm_signal, s.dbm_noise) {
        l.int(f::wlan_radio::SNR, i32::from(sig) - i32::from(noise));
    }
    if let Some(t) = s.tsft {
        l.uint(f::wlan_radio::TIMESTAMP, t);
    }
    l
}

/// Radiotap's Info-free tree line: revision and length, as tshark's
/// protocol line (`Radiotap Header v0, Length 24`).
pub(crate) fn summary(out: &mut String, l: &Layer<'_>) {
    if let (Some(v), Some(len)) = (
        l.get_uint(f::radiotap::VERSION),
        l.get_uint(f::radiotap::LENGTH),
    ) {
        out.push_str("Radiotap Header v");
        out.push_str(itoa::Buffer::new().format(v));
        out.push_str(", Length ");
        out.push_str(itoa::Buffer::new().format(len));
    }
}

/// The radio information's tree line: channel, rate, signal.
pub(crate) fn radio_summary(out: &mut String, l: &Layer<'_>) {
    use std::fmt::Write;
    if let Some(ch) = l.get_uint(f::wlan_radio::CHANNEL) {
        let _ = write!(out, "channel {ch} ");
    }
    if let Some(mhz) = l.get_uint(f::wlan_radio::FREQUENCY) {
        let _ = write!(out, "{mhz} MHz ");
    }
    if let Some(r @ Value::Float(_)) = l.get(f::wlan_radio::DATA_RATE) {
        let _ = write!(out, "{r} Mb/s ");
    }
    if let Some(Value::Int(s)) = l.get(f::wlan_radio::SIGNAL_DBM) {
        let _ = write!(out, "{s} dBm");
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
}
