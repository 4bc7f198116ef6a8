//! L1 Physical: what the capture recorded about the frame (Wireshark's
//! `frame` protocol): number, time, lengths, interface, link type.

use super::layer::{Layer, Origin, Osi, Value};
use crate::source::{Frame, linktype};

pub mod fields {
    use crate::dissect::field::{Base, FieldDef as F, FieldType::*};
    use crate::field;

    pub static NUMBER: &F = field!(F::new("frame.number", Uint32, "Frame Number"));
    pub static TIME: &F = field!(
        F::new("frame.time", AbsoluteTime, "Arrival Time")
            .blurb("Absolute time when this frame was captured")
    );
    pub static TIME_EPOCH: &F = field!(
        F::new("frame.time_epoch", RelativeTime, "Epoch Time")
            .blurb("Epoch time when this frame was captured")
    );
    pub static TIME_DELTA: &F = field!(F::new(
        "frame.time_delta",
        RelativeTime,
        "Time delta from previous captured frame"
    ));
    pub static TIME_DELTA_DISPLAYED: &F = field!(F::new(
        "frame.time_delta_displayed",
        RelativeTime,
        "Time delta from previous displayed frame"
    ));
    pub static TIME_RELATIVE: &F = field!(
        F::new(
            "frame.time_relative",
            RelativeTime,
            "Time since reference or first frame"
        )
        .blurb("Time relative to time reference or first frame")
    );
    pub static LEN: &F = field!(F::new("frame.len", Uint32, "Frame length on the wire"));
    pub static CAP_LEN: &F = field!(F::new(
        "frame.cap_len",
        Uint32,
        "Frame length stored into the capture file"
    ));
    pub static SECTION_NUMBER: &F = field!(
        F::new("frame.section_number", Uint32, "Section number")
            .blurb("The number of the file section this frame is in")
    );
    pub static INTERFACE_ID: &F = field!(F::new("frame.interface_id", Uint32, "Interface id"));
    pub static INTERFACE_NAME: &F = field!(
        F::new("frame.interface_name", String, "Interface name")
            .blurb("The friendly name for this interface")
    );
    pub static PROTOCOLS: &F = field!(
        F::new("frame.protocols", String, "Protocols in frame")
            .blurb("Protocols carried by this frame")
    );
    pub static MARKED: &F = field!(
        F::new("frame.marked", Boolean, "Frame is marked").blurb("Frame is marked in the GUI")
    );
    pub static IGNORED: &F = field!(
        F::new("frame.ignored", Boolean, "Frame is ignored")
            .blurb("Frame is ignored by the dissectors")
    );
    pub static ENCAP_TYPE: &F = field!(F::new("frame.encap_type", Int16, "Encapsulation type"));
    pub static OFFSET_SHIFT: &F = field!(
        F::new(
            "frame.offset_shift",
            RelativeTime,
            "Time shift for this packet"
        )
        .blurb("Time shift applied to this packet")
    );
    pub static OSIDUMP_FILE: &F = field!(
        F::new("osidump.file", String, "Capture file")
            .blurb("The input file this frame was read from (when several are read)")
    );
    pub static OSIDUMP_LINKTYPE: &F = field!(
        F::new("osidump.linktype", Uint32, "Link-layer header type")
            .blurb("The capture's LINKTYPE_ number (tcpdump.org/linktypes.html)")
    );
    pub static OSIDUMP_LINKTYPE_NAME: &F = field!(
        F::new(
            "osidump.linktype_name",
            String,
            "Link-layer header type name"
        )
        .blurb("The name of the capture's link type")
    );

    pub static LEN_LT_CAPLEN: &F = field!(F::new(
        "frame.len_lt_caplen",
        None,
        "Frame length is less than captured length"
    ));

    pub static COMMENT: &F = field!(F::new("frame.comment", String, "Comment"));
    pub static COMMENT_EXPERT: &F =
        field!(F::new("frame.comment.expert", None, "Formatted comment"));

    // pcapng packet block options (generated from tshark 4.0's registry).
    pub static PACKET_FLAGS: &F =
        field!(F::new("frame.packet_flags", Uint32, "Packet flags").base(Base::Hex));
    pub static PACKET_FLAGS_DIRECTION: &F = field!(
        F::new("frame.packet_flags_direction", Uint32, "Direction")
            .base(Base::Hex)
            .mask(0x3)
            .vals(PACKET_FLAGS_DIRECTION_VALS)
    );
    pub static PACKET_FLAGS_RECEPTION_TYPE: &F = field!(
        F::new(
            "frame.packet_flags_reception_type",
            Uint32,
            "Reception type"
        )
        .mask(0x1c)
        .vals(PACKET_FLAGS_RECEPTION_TYPE_VALS)
    );
    pub static PACKET_FLAGS_FCS_LENGTH: &F =
        field!(F::new("frame.packet_flags_fcs_length", Uint32, "FCS length").mask(0x1e0));
    pub static PACKET_FLAGS_RESERVED: &F =
        field!(F::new("frame.packet_flags_reserved", Uint32, "Reserved").mask(0xfe00));
    pub static PACKET_FLAGS_CRC_ERROR: &F = field!(
        F::new("frame.packet_flags_crc_error", Boolean, "CRC error")
            .base(Base::Bits(32))
            .mask(0x1000000)
            .tfs("Set", "Not set")
    );
    pub static PACKET_FLAGS_PACKET_TOO_ERROR: &F = field!(
        F::new(
            "frame.packet_flags_packet_too_error",
            Boolean,
            "Packet too long error"
        )
        .base(Base::Bits(32))
        .mask(0x2000000)
        .tfs("Set", "Not set")
    );
    pub static PACKET_FLAGS_PACKET_TOO_SHORT_ERROR: &F = field!(
        F::new(
            "frame.packet_flags_packet_too_short_error",
            Boolean,
            "Packet too short error"
        )
        .base(Base::Bits(32))
        .mask(0x4000000)
        .tfs("Set", "Not set")
    );
    pub static PACKET_FLAGS_WRONG_INTER_FRAME_GAP_ERROR: &F = field!(
        F::new(
            "frame.packet_flags_wrong_inter_frame_gap_error",
            Boolean,
            "Wrong interframe gap error"
        )
        .base(Base::Bits(32))
        .mask(0x8000000)
        .tfs("Set", "Not set")
    );
    pub static PACKET_FLAGS_UNALIGNED_FRAME_ERROR: &F = field!(
        F::new(
            "frame.packet_flags_unaligned_frame_error",
            Boolean,
            "Unaligned frame error"
        )
        .base(Base::Bits(32))
        .mask(0x10000000)
        .tfs("Set", "Not set")
    );
    pub static PACKET_FLAGS_START_FRAME_DELIMITER_ERROR: &F = field!(
        F::new(
            "frame.packet_flags_start_frame_delimiter_error",
            Boolean,
            "Start frame delimiter error"
        )
        .base(Base::Bits(32))
        .mask(0x20000000)
        .tfs("Set", "Not set")
    );
    pub static PACKET_FLAGS_PREAMBLE_ERROR: &F = field!(
        F::new(
            "frame.packet_flags_preamble_error",
            Boolean,
            "Preamble error"
        )
        .base(Base::Bits(32))
        .mask(0x40000000)
        .tfs("Set", "Not set")
    );
    pub static PACKET_FLAGS_SYMBOL_ERROR: &F = field!(
        F::new("frame.packet_flags_symbol_error", Boolean, "Symbol error")
            .base(Base::Bits(32))
            .mask(0x80000000)
            .tfs("Set", "Not set")
    );
    pub static DROP_COUNT: &F = field!(F::new("frame.drop_count", Uint64, "Drop Count").blurb(
        "Number of frames lost between this frame and the preceding one on the same interface"
    ));
    pub static PACKET_ID: &F = field!(F::new("frame.packet_id", Uint64, "Packet id"));
    pub static INTERFACE_QUEUE: &F =
        field!(F::new("frame.interface_queue", Uint32, "Interface queue"));
    pub static P2P_DIR: &F =
        field!(F::new("frame.p2p_dir", Int8, "Point-to-Point Direction").vals(P2P_DIR_VALS));

    const PACKET_FLAGS_DIRECTION_VALS: &[(u64, &str)] =
        &[(0x0, "Unknown"), (0x1, "Inbound"), (0x2, "Outbound")];
    const PACKET_FLAGS_RECEPTION_TYPE_VALS: &[(u64, &str)] = &[
        (0, "Not specified"),
        (1, "Unicast"),
        (2, "Multicast"),
        (3, "Broadcast"),
        (4, "Promiscuous"),
    ];
    const P2P_DIR_VALS: &[(u64, &str)] = &[(0, "Sent"), (1, "Received"), (4294967295, "Unknown")];

    /// The bits of the packet flags, after the word, in tshark's order.
    pub static PACKET_FLAG_BITS: &[&F] = &[
        PACKET_FLAGS_CRC_ERROR,
        PACKET_FLAGS_PACKET_TOO_ERROR,
        PACKET_FLAGS_PACKET_TOO_SHORT_ERROR,
        PACKET_FLAGS_WRONG_INTER_FRAME_GAP_ERROR,
        PACKET_FLAGS_UNALIGNED_FRAME_ERROR,
        PACKET_FLAGS_START_FRAME_DELIMITER_ERROR,
        PACKET_FLAGS_PREAMBLE_ERROR,
        PACKET_FLAGS_SYMBOL_ERROR,
    ];

    pub static ALL: &[&F] = &[
        COMMENT,
        COMMENT_EXPERT,
        NUMBER,
        TIME,
        TIME_EPOCH,
        TIME_DELTA,
        TIME_DELTA_DISPLAYED,
        TIME_RELATIVE,
        LEN,
        CAP_LEN,
        SECTION_NUMBER,
        INTERFACE_ID,
        INTERFACE_NAME,
        PROTOCOLS,
        MARKED,
        IGNORED,
        ENCAP_TYPE,
        OFFSET_SHIFT,
        OSIDUMP_FILE,
        OSIDUMP_LINKTYPE,
        OSIDUMP_LINKTYPE_NAME,
        LEN_LT_CAPLEN,
        INTERFACE_QUEUE,
        PACKET_FLAGS,
        PACKET_FLAGS_DIRECTION,
        PACKET_FLAGS_RECEPTION_TYPE,
        PACKET_FLAGS_FCS_LENGTH,
        PACKET_FLAGS_RESERVED,
        PACKET_FLAGS_CRC_ERROR,
        PACKET_FLAGS_PACKET_TOO_ERROR,
        PACKET_FLAGS_PACKET_TOO_SHORT_ERROR,
        PACKET_FLAGS_WRONG_INTER_FRAME_GAP_ERROR,
        PACKET_FLAGS_UNALIGNED_FRAME_ERROR,
        PACKET_FLAGS_START_FRAME_DELIMITER_ERROR,
        PACKET_FLAGS_PREAMBLE_ERROR,
        PACKET_FLAGS_SYMBOL_ERROR,
        PACKET_ID,
        DROP_COUNT,
        P2P_DIR,
    ];
}

use fields as f;

crate::dissect::expert::ei!(COMMENT, f::COMMENT_EXPERT, Comment, Comment);
crate::dissect::expert::ei!(LEN_LT_CAPLEN, f::LEN_LT_CAPLEN, Malformed, Error);

/// The packet's comments (pcapng `opt_comment`), as Wireshark shows them:
/// a "Packet comments" tree (`pkt_comment`) ahead of the frame's, each
/// comment a `frame.comment` with a Comment expert item that repeats it.
/// `None` when the packet has none.
pub(crate) fn comment_layer<'a>(frame: &Frame<'a>) -> Option<Layer<'a>> {
    if frame.comments.is_empty() {
        return None;
    }
    let mut l = Layer::new(Osi::Physical, "pkt_comment", 0..0);
    for text in frame.comments.iter() {
        // Wiretap copies an option string up to its first NUL.
        let text = text.split(|&b| b == 0).next().unwrap_or_default();
        let text = String::from_utf8_lossy(text).into_owned();
        l.push(f::COMMENT, Value::Str(text.clone().into()));
        crate::dissect::expert::add(&mut l, &COMMENT, Some(text));
    }
    Some(l)
}

/// The one-line summary of a `pkt_comment` layer: its comments.
pub(crate) fn comment_summary(out: &mut String, l: &Layer<'_>) {
    out.push_str("Packet comments");
    for (i, c) in l.all(f::COMMENT).enumerate() {
        out.push_str(if i == 0 { ": " } else { "; " });
        let _ = c.write_text(out);
    }
}

/// The frame's fields that no summary, column or view reads, written by
/// the pipeline's clock only when the run shows every field or names one
/// of them ([`crate::dissect::detail_fields_read`]): the times since the
/// first, the previous and the previous displayed frame. (The line view's
/// time column keeps its own clock.)
pub(crate) static DETAIL: &[&crate::dissect::field::FieldDef] =
    &[f::TIME_DELTA, f::TIME_DELTA_DISPLAYED, f::TIME_RELATIVE];

pub(crate) fn physical_layer<'a>(frame: &Frame<'a>) -> Layer<'a> {
    let mut l = Layer::new(Osi::Physical, "frame", 0..frame.data.len());
    l.uint(f::NUMBER, frame.number);
    // A record without a time (pcapng SPB) shows none of the time fields
    // (packet-frame.c adds them only when PINFO_HAS_TS).
    if !frame.no_timestamp {
        l.push(f::TIME, Value::Time(frame.ts));
        l.push(f::TIME_EPOCH, Value::Time(frame.ts));
    }
    l.uint(f::LEN, frame.orig_len);
    l.uint(f::CAP_LEN, frame.data.len() as u64);
    if (frame.orig_len as usize) < frame.data.len() {
        crate::dissect::expert::add(&mut l, &LEN_LT_CAPLEN, None);
    }
    if let Some(section) = frame.section {
        l.uint(f::SECTION_NUMBER, section);
    }
    if let Some(id) = frame.interface_id {
        l.uint(f::INTERFACE_ID, id);
    }
    match frame.interface_name {
        Some(name) => l.str(f::INTERFACE_NAME, name),
        // A pcapng interface without a name: tshark names it "unknown".
        None if frame.interface_id.is_some() => l.str(f::INTERFACE_NAME, "unknown"),
        None => {}
    }
    packet_options(&mut l, frame);
    l.uint(f::OSIDUMP_LINKTYPE, frame.linktype);
    l.str(f::OSIDUMP_LINKTYPE_NAME, linktype::name(frame.linktype));
    if (frame.orig_len as usize) > frame.data.len() {
        l.truncated(format!(
            "captured {} of {} bytes (snap length)",
            frame.data.len(),
            frame.orig_len
        ));
    }
    l
}

/// What a pcapng packet block's options say of the packet, as
/// packet-frame.c shows them: the interface queue, the packet flags and
/// each of their parts, the packet id and the drop count.
fn packet_options(l: &mut Layer<'_>, frame: &Frame<'_>) {
    let o = &frame.comments;
    if !o.any() {
        return;
    }
    if let Some(q) = o.queue() {
        l.uint(f::INTERFACE_QUEUE, q);
    }
    if let Some(flags) = o.flags() {
        l.uint(f::PACKET_FLAGS, flags);
        l.uint(f::PACKET_FLAGS_DIRECTION, flags & 0x3);
        l.uint(f::PACKET_FLAGS_RECEPTION_TYPE, (flags & 0x1c) >> 2);
        l.uint(f::PACKET_FLAGS_FCS_LENGTH, (flags & 0x1e0) >> 5);
        l.uint(f::PACKET_FLAGS_RESERVED, (flags & 0xfe00) >> 9);
        for (i, def) in f::PACKET_FLAG_BITS.iter().enumerate() {
            l.boolean(def, flags & (1 << (24 + i)) != 0);
        }
    }
    if let Some(id) = o.packet_id() {
        l.uint(f::PACKET_ID, id);
    }
    if let Some(n) = o.drop_count() {
        l.uint(f::DROP_COUNT, n);
    }
}

/// The direction packet flags give a frame (Wireshark's `p2p_dir`): an
/// inbound packet was received (1), an outbound one sent (0).
fn p2p_dir(l: &Layer<'_>) -> Option<i64> {
    match l.get_uint(f::PACKET_FLAGS_DIRECTION)? {
        1 => Some(1),
        2 => Some(0),
        _ => None,
    }
}

/// Whether the packet flags the frame layer shows say the frame ends with
/// a 4-byte FCS (Wiretap hands Ethernet the FCS length they give).
pub(crate) fn flags_say_fcs(l: &Layer<'_>) -> bool {
    l.get_uint(f::PACKET_FLAGS_FCS_LENGTH) == Some(4)
}

/// The frame's items tshark shows for every frame that a capture file
/// does not set: not marked, not ignored, no time shift, and Wiretap's
/// encapsulation for the link type (`frame.encap_type`, when we know it).
/// Made after the dissection and only when a run reads them (see
/// [`crate::dissect::derived_fields_read`]).
pub(crate) fn push_file_items(layers: &mut [Layer<'_>]) {
    let Some(l) = layers.first_mut().filter(|l| l.protocol == "frame") else {
        return;
    };
    if let Some(encap) = l
        .get_uint(f::OSIDUMP_LINKTYPE)
        .and_then(|lt| wtap_encap(u32::try_from(lt).ok()?))
    {
        l.int(f::ENCAP_TYPE, encap);
    }
    // The time shift is one of the time fields a record without a time
    // (no `frame.time`) does not show.
    if l.has(f::TIME) {
        l.push(f::OFFSET_SHIFT, Value::rel_time(0));
    }
    l.boolean(f::MARKED, false);
    l.boolean(f::IGNORED, false);
    if let Some(dir) = p2p_dir(l) {
        l.int(f::P2P_DIR, dir);
    }
}

/// Wiretap's encapsulation (`WTAP_ENCAP_*`) for a LINKTYPE_ value, as
/// tshark 4.0 maps them: read off `frame.encap_type` for every link type
/// from 0 to 300 (one pcapng interface each). A link type Wiretap does not
/// know is `WTAP_ENCAP_UNKNOWN` (0), as tshark shows it in a pcapng file;
/// our pseudo link types (above 16 bits) have none.
fn wtap_encap(linktype: u32) -> Option<i16> {
    Some(match linktype {
        0 => 15,
        1 => 1,
        2 => 184,
        3 => 148,
        6 => 2,
        7 => 8,
        8 => 3,
        9 | 50 => 4,
        10 => 6,
        11 | 100 => 10,
        12 | 14 | 101 => 7,
        13 | 109 => 38,
        16 | 18 | 19 | 106 => 11,
        32 => 69,
        51 => 139,
        99 => 61,
        104 | 112 => 28,
        105 => 20,
        107 => 26,
        108 => 174,
        113 => 25,
        114 => 30,
        117 => 39,
        118 => 29,
        119 => 21,
        121 => 32,
        122 => 18,
        123 => 13,
        127 => 23,
        128 => 37,
        129 => 9,
        130 => 81,
        131 => 82,
        133 => 87,
        135 => 68,
        136 => 151,
        137 => 67,
        138 => 62,
        139 => 75,
        140 => 42,
        141 => 43,
        142 => 101,
        143 => 33,
        144 => 44,
        147 => 45,
        148 => 46,
        149 => 47,
        150 => 48,
        151 => 49,
        152 => 50,
        153 => 51,
        154 => 52,
        155 => 53,
        156 => 54,
        157 => 55,
        158 => 56,
        159 => 57,
        160 => 58,
        161 => 59,
        162 => 60,
        163 => 24,
        165 => 63,
        167 => 76,
        169 => 66,
        170 => 178,
        171 => 179,
        172 => 77,
        173 => 78,
        177 => 88,
        178 => 83,
        179 => 84,
        180 => 85,
        181 => 86,
        183 => 91,
        184 => 181,
        186 => 92,
        187 => 41,
        188 => 93,
        189 => 95,
        190 => 109,
        192 => 97,
        195 => 104,
        196 => 100,
        197 => 98,
        199 => 103,
        200 => 197,
        201 => 99,
        202 => 147,
        203 => 131,
        204 => 19,
        209 => 112,
        210 => 106,
        211 => 108,
        212 => 107,
        213 => 111,
        214 => 105,
        215 => 113,
        220 => 115,
        224 => 121,
        225 => 122,
        226 => 124,
        227 => 125,
        228 => 129,
        229 => 130,
        230 => 127,
        231 => 146,
        235 => 132,
        236 => 133,
        237 => 157,
        239 => 141,
        240 => 135,
        241 => 136,
        242 => 180,
        243 => 138,
        245 => 140,
        248 => 149,
        249 => 152,
        250 => 153,
        251 => 154,
        252 => 155,
        253 => 158,
        254 => 159,
        255 => 160,
        256 => 161,
        258 => 171,
        259 => 172,
        260 => 173,
        264 => 177,
        266 => 182,
        268 => 36,
        270 => 183,
        271 => 185,
        272 => 186,
        273 => 199,
        274 => 198,
        275 => 200,
        276 => 210,
        279 => 204,
        280 => 205,
        283 => 206,
        287 => 211,
        288 => 208,
        290 => 212,
        292 => 214,
        293 => 215,
        294 => 216,
        295 => 217,
        0x1_0000.. => return None,
        _ => 0,
    })
}

/// Whether the last `:`-separated name of `list` is `name`: what
/// `list.rsplit(':').next() == Some(name)` says, by comparing the end
/// (the splitting iterator cost some 160 instructions a name, four names
/// a packet).
fn last_is(list: &str, name: &str) -> bool {
    let (list, name) = (list.as_bytes(), name.as_bytes());
    list.ends_with(name)
        && (list.len() == name.len() || list[list.len() - name.len() - 1] == b':')
        && !name.contains(&b':')
}

/// tshark's `frame.protocols` (`eth:ethertype:ip:tcp:http`) from the
/// layers: each protocol in wire order, with the pseudo-protocols tshark
/// lists between them (`ethertype` after a link header that names the
/// next one by EtherType). Our own layers (`session`) and the post-
/// dissector's `communityid` (off by default in tshark) are left out.
pub(crate) fn push_protocols(layers: &mut [Layer<'_>]) {
    // Written in the last frame's string, emptied (kept in `SCRATCH`).
    let mut s = SCRATCH.try_with(std::cell::Cell::take).unwrap_or_default();
    s.clear();
    list_protocols(layers, &mut s, None);
    if let Some(frame) = layers.first_mut() {
        frame.str(f::PROTOCOLS, interned(&s));
    }
    let _ = SCRATCH.try_with(|c| c.set(s));
}

/// For each layer, the number of the call of its protocol's dissector it
/// was read by, as tshark numbers them in a frame (the layer operator:
/// `tls.handshake.type#1` is every TLS record of the first call, however
/// many records it read; `ip.src#2` the inner IP header). 0 for a layer
/// `frame.protocols` does not list (osidump's own, held segments).
pub(crate) fn layer_calls(layers: &[Layer<'_>]) -> Vec<usize> {
    let mut s = String::new();
    let mut calls = Vec::with_capacity(layers.len());
    list_protocols(layers, &mut s, Some(&mut calls));
    calls
}

/// The call number of a layer whose listing is not the rule's.
#[derive(Clone, Copy)]
enum OwnCall {
    /// By [`call_of_layer`].
    Listed,
    /// Its protocol was listed twice and its fields are the second call's
    /// (IGMP's type decoders build the whole tree: tshark numbers every
    /// igmp field #2).
    Last,
    /// Its dissector added its items and then rejected the bytes, which
    /// took its listing away (`remove_last_layer`): the items keep the
    /// number the call had, one past the calls listed before it.
    Rejected,
}

/// How many calls of `name` the `:`-separated list `s` holds.
fn calls_of(s: &str, name: &str) -> usize {
    s.split(':').filter(|p| *p == name).count()
}

/// The call number of a layer of protocol `name`, `before` calls of which
/// were listed before it, `s` the list after it.
fn call_of_layer(s: &str, name: &str, before: usize) -> usize {
    if calls_of(s, name) > before {
        before + 1
    } else {
        before
    }
}

/// `frame.protocols` of `layers` into `out`; with `calls`, each layer's
/// call number ([`layer_calls`]).
fn list_protocols(layers: &[Layer<'_>], out: &mut String, mut calls: Option<&mut Vec<usize>>) {
    use crate::dissect::fields as all;
    let mut s = std::mem::take(out);
    if let Some(c) = calls.as_deref_mut() {
        c.push(usize::from(!layers.is_empty()));
    }
    // The layer before: its protocol and that protocol's calls before it.
    let mut before: Option<(&str, usize)> = None;
    let push = |s: &mut String, n: &str| {
        // Several records of one protocol in a frame (TLS records, DNS
        // messages) are listed once, as tshark lists them; an IP header
        // inside another (IP in IP) is listed again.
        if !s.is_empty() && last_is(s, n) && !matches!(n, "ip" | "ipv6") {
            return;
        }
        if !s.is_empty() {
            s.push(':');
        }
        s.push_str(n);
    };
    // tshark calls the WebSocket dissector once per TCP payload (it then
    // splits the frames itself), so `http:websocket` is listed once per
    // segment, but each message's payload dissector is a call of its own:
    // nine binary messages in one segment are `websocket:data` and eight
    // more `:data`.
    let mut websocket_listed = false;
    let push_again = |s: &mut String, n: &str| {
        s.push(':');
        s.push_str(n);
    };
    let mut reassembled_tls = false;
    let mut after_x11 = false;
    // The layer before was TLS: the same call of tshark's TLS dissector
    // (records of one segment), which is listed once.
    let mut after_tls = false;
    // The protocols a TLS layer's certificates add, each call of its own
    // (x509sat:x509sat:...), after the TLS item that holds them.
    let certificates = |s: &mut String, l: &Layer<'_>| {
        for v in l.all(all::tls::OSIDUMP_CERT_PROTOCOLS) {
            if let crate::dissect::Value::Str(list) = v {
                for p in list.split(':') {
                    push_again(s, p);
                }
            }
        }
    };
    // The layer before was QUIC, or one of its TLS layers: each CRYPTO
    // frame's data is a call of TLS's handshake dissector of its own,
    // listed again after another's.
    let mut after_quic = false;
    // HTTP/2's calls: one was listed; the last HTTP/2 layer was a frame
    // reassembled from earlier segments; HTTP called it (h2c).
    let (mut h2_listed, mut h2_reassembled, mut h2_via_http) = (false, false, false);
    // The layer before was HTTP's proxy item of a CONNECT tunnel.
    let mut proxy_before = false;
    // The layer before was DCE/RPC (its verifier's first token follows).
    let mut dcerpc_before = false;
    // Layers since a DCE/RPC layer are its verifier's.
    let mut dcerpc_auth = false;
    // Layers since an SCTP layer are its DATA chunks' payloads.
    let mut sctp_payload = false;
    // The layer before was EAPOL (its EAP packet follows).
    let mut after_eapol = false;
    // An NBSS message after the first of its call was seen, its SMB not yet.
    let mut nbss_again = false;
    // The layer before was an HTTP message read by the same call as the
    // one before it: HTTP was not listed again, but its body's dissector
    // is a call of its own (`http:data:data`).
    let mut http_same_call = false;
    // How the layer before's call is numbered, where not by the rule of
    // `call_of_layer`.
    let mut own_call = OwnCall::Listed;
    // LDAP's OID calls for the messages of a SASL buffer, listed once its
    // GSS-API token's layers are.
    let mut ldap_calls_after_token = 0;
    for l in layers.iter().skip(1) {
        // The layer before is done: a call of its own when it listed its
        // protocol again (the first it listed: what it carried may list
        // the protocol once more), else the call before's.
        if let Some(c) = calls.as_deref_mut() {
            if let Some((p, n)) = before {
                c.push(match std::mem::replace(&mut own_call, OwnCall::Listed) {
                    OwnCall::Last => calls_of(&s, p),
                    OwnCall::Rejected => n + 1,
                    OwnCall::Listed => call_of_layer(&s, p, n),
                });
            }
            before = Some((l.protocol, calls_of(&s, l.protocol)));
        }
        if ldap_calls_after_token > 0 && !matches!(l.protocol, "gss-api" | "spnego-krb5") {
            for _ in 0..std::mem::take(&mut ldap_calls_after_token) {
                push_again(&mut s, "ldap");
            }
        }
        if std::mem::take(&mut http_same_call) && l.protocol != "http" {
            push_again(&mut s, l.protocol);
            continue;
        }
        let eapol_before = std::mem::replace(&mut after_eapol, l.protocol == "eapol");
        let in_sctp = sctp_payload;
        sctp_payload =
            l.protocol == "sctp" || (sctp_payload && matches!(l.protocol, "data" | "communityid"));
        let after_dcerpc = std::mem::replace(&mut dcerpc_before, l.protocol == "dcerpc");
        dcerpc_auth = l.protocol == "dcerpc"
            || (dcerpc_auth
                && matches!(l.protocol, "gss-api" | "spnego" | "ntlmssp" | "spnego-krb5"));
        // A DoH body's DNS is called by HTTP/2's call for the segment,
        // which goes on with the frames after it.
        let doh = l.protocol == "dns" && l.has(all::dns::OSIDUMP_DOH);
        if !doh
            && !matches!(
                l.protocol,
                "http2" | "session" | "communityid" | "pkt_comment"
            )
        {
            h2_listed = false;
        }
        let tls_before = std::mem::replace(&mut after_tls, l.protocol == "tls");
        let after_proxy = std::mem::replace(
            &mut proxy_before,
            crate::dissect::app::http::tunnel::is_proxy_item(l),
        );
        // Each of a QUIC packet's CRYPTO frames is a call of TLS's of its
        // own: a TLS layer after QUIC's, or after another of its TLS
        // layers.
        let quic_next = l.protocol == "quic" || (l.protocol == "tls" && after_quic);
        let quic_before = std::mem::replace(&mut after_quic, quic_next);
        // A TLS record reassembled from earlier segments, then records that
        // start in this one: tshark's TCP calls TLS twice (the reassembled
        // PDU, then the rest of the segment), and lists it twice.
        let after_reassembled = std::mem::replace(
            &mut reassembled_tls,
            l.protocol == "tls" && matches!(l.origin, Origin::Elsewhere),
        );
        // X11's calls (a message reassembled from earlier segments, then
        // the messages of the rest of the segment) are listed each.
        let x11_before = std::mem::replace(&mut after_x11, l.protocol == "x11");
        if l.protocol == "x11" && x11_before && l.has(all::x11::OSIDUMP_CALL) {
            push_again(&mut s, "x11");
            continue;
        }
        match l.protocol {
            // The commonest layers first: the arms are tried in order, each
            // a comparison of the name, and these names have no other arm
            // (UDP's is the catch-all's at the end).
            "tcp" => {
                websocket_listed = false;
                push(&mut s, "tcp");
                // Each MPTCP option is a call of the MPTCP dissector.
                for _ in l.all(all::mptcp::MPTCP) {
                    push_again(&mut s, "mptcp");
                }
            }
            "udp" => push(&mut s, "udp"),
            // PPI hands any packet but 802.11 to `pcap_pktdata`, which
            // calls the link type's dissector.
            "ppi" => {
                push(&mut s, "ppi");
                if l.anomalies.is_empty() && l.get_uint(all::ppi::DLT).is_some_and(|d| d != 105) {
                    push(&mut s, "pcap_pktdata");
                }
            }
            // XMPP's call of the XML dissector: its items are in XMPP's layer.
            "xmpp" => {
                push(&mut s, "xmpp");
                push_again(&mut s, "xml");
            }
            // The EtherType dissector follows a type field, not an 802.3
            // length (LLC follows that).
            "eth" | "vlan" | "vntag" | "cmd" | "ieee8021ad" | "ieee8021ah" | "sll" | "macsec" => {
                push(&mut s, l.protocol);
                let type_field = match l.protocol {
                    "eth" => all::eth::TYPE,
                    "vlan" => all::vlan::ETYPE,
                    "vntag" => all::vntag::ETYPE,
                    "cmd" => all::cmd::TYPE,
                    // An integrity-only payload (an encrypted one is data).
                    "macsec" => all::macsec::ETYPE,
                    "ieee8021ad" | "ieee8021ah" => all::ieee8021ah::ETYPE,
                    _ => all::sll::ETYPE,
                };
                if l.has(type_field)
                    && !(l.protocol == "cmd" && crate::dissect::link::cisco_metadata_by_gre(l))
                {
                    push(&mut s, "ethertype");
                }
            }
            // TLS called again on the rest of the segment after a
            // reassembled record, asking for more at once: an item with
            // no record, listed again.
            "tls" if tls_before && l.fields.is_empty() => s.push_str(":tls"),
            "tls" if after_reassembled && matches!(l.origin, Origin::Message(_)) => {
                s.push_str(":tls");
                certificates(&mut s, l);
            }
            "tls" if quic_before => {
                push_again(&mut s, "tls");
                certificates(&mut s, l);
            }
            "tls" => {
                if !tls_before {
                    push(&mut s, "tls");
                }
                certificates(&mut s, l);
            }
            // tshark's management body is an item of 802.11's call, not
            // a protocol of its own in the list (LLC's basic XID too).
            "session" | "communityid" | "pkt_comment" | "wlan.mgt" | "basicxid" => {}
            // Babel of another version, or declined after its items.
            "babel" if !crate::dissect::app::babel::listed(l) => own_call = OwnCall::Rejected,
            // PGM of a type tshark does not know: no item.
            "pgm" if !crate::dissect::has_item(l) => {}
            // PPP's HDLC dissector hands Cisco HDLC framing on: listed,
            // without an item.
            "chdlc" if l.has(all::chdlc::OSIDUMP_PPP) => {
                push(&mut s, "ppp");
                push(&mut s, "chdlc");
            }
            // L2TP hands each proxy LCP AVP to PPP's LCP options
            // dissector: a call of its own, listed after L2TP's.
            "l2tp" if l.has(all::l2tp::OSIDUMP_PPP) => {
                push(&mut s, "l2tp");
                for _ in l.all(all::l2tp::OSIDUMP_PPP) {
                    push_again(&mut s, "ppp");
                }
            }
            // VXLAN-GPE's dissector belongs to a protocol registered in
            // name only (`vxlan_gpe`), which tshark 4.0 does not list; its
            // header is a `vxlan` item all the same.
            "vxlan" if l.has(all::vxlan::NEXT_PROTO) => {}
            // SMB calls the mailslot and pipe dissectors as functions, not
            // through a handle: an item of its own, not listed.
            "mailslot" | "smb_pipe" => {}
            // EAPOL's EAP packet is an item of its own that tshark 4.0
            // does not list (`eth:ethertype:eapol`), where RADIUS's is.
            "eap" if eapol_before => {}
            // Each DATA chunk's payload is a call of its own.
            "data" if in_sctp => push_again(&mut s, "data"),
            // NBSS's messages after the first of one call of its
            // dissector: one call, listed once.
            "nbss" if l.has(all::nbss::OSIDUMP_AGAIN) => nbss_again = true,
            // Each NBSS message's SMB or SMB2 is a call of its own, listed
            // again after the one of the message before.
            "smb" | "smb2" if std::mem::take(&mut nbss_again) => push_again(&mut s, l.protocol),
            "nbss" => push_again(&mut s, "nbss"),
            // TPKT is listed once per call of tshark's dissector (not at
            // all for the first on port 3389, whose layer goes with
            // TLS's), COTP once per call (a TPKT PDU).
            "tpkt" => {
                if l.has(all::tpkt::OSIDUMP_CALL) {
                    push_again(&mut s, "tpkt");
                }
            }
            "cotp" => {
                if l.has(all::cotp::OSIDUMP_CALL) {
                    push_again(&mut s, "cotp");
                }
            }
            // The certificates' protocols, each a call of its own, after
            // the DTLS item that holds them.
            "dtls" => {
                push(&mut s, "dtls");
                if let Some(list) = l.get_str(all::dtls::OSIDUMP_CERT_PROTOCOLS) {
                    for p in list.split(':') {
                        push_again(&mut s, p);
                    }
                }
            }
            // Each SSH or RESP layer is a call of tshark's dissector (one
            // PDU: a reassembled packet, then the rest of the segment),
            // each listed.
            // Each call of tshark's LDAP dissector (its first message marks
            // it) is listed, and each control or extended value read by
            // the dissector registered for its OID, another call.
            // A CLDAP datagram is one call, listed once; the
            // OID dissectors its controls reach are LDAP's.
            "cldap" => {
                push(&mut s, "cldap");
                for _ in 0..l.get_uint(all::ldap::OSIDUMP_OID_CALLS).unwrap_or(0) {
                    push_again(&mut s, "ldap");
                }
            }
            "ldap" => {
                if l.has(all::ldap::OSIDUMP_CALL) {
                    push_again(&mut s, "ldap");
                }
                let oid_calls = l.get_uint(all::ldap::OSIDUMP_OID_CALLS).unwrap_or(0);
                // The messages a SASL buffer wraps are read after its
                // GSS-API token: their OID calls come after it.
                if l.has(all::ldap::SASL_BUFFER_LENGTH) {
                    ldap_calls_after_token = oid_calls;
                } else {
                    for _ in 0..oid_calls {
                        push_again(&mut s, "ldap");
                    }
                }
            }
            "ssh" | "resp" => {
                if !s.is_empty() {
                    s.push(':');
                }
                s.push_str(l.protocol);
            }
            // Each call of tshark's Modbus/TCP dissector is listed (its
            // first PDU marks it), and each PDU's call of the Modbus one.
            "mbtcp" => {
                if l.has(all::mbtcp::OSIDUMP_CALL) {
                    push_again(&mut s, "mbtcp");
                }
            }
            "modbus" => push_again(&mut s, "modbus"),
            // Each call of tshark's EtherNet/IP dissector is listed (its
            // first PDU marks it); each CIP message and each class
            // dissector's call again; CIP I/O's port dissector and its
            // generic data dissector each.
            "enip" => {
                if l.has(all::enip::OSIDUMP_CALL) {
                    push_again(&mut s, "enip");
                }
            }
            "cip" | "cipcls" | "cipio" => push_again(&mut s, l.protocol),
            // Each call of tshark's DNP 3.0 dissector is listed (its first
            // PDU marks it); the PDUs of one call are not.
            "dnp3" => {
                if l.has(all::dnp3::OSIDUMP_CALL) {
                    push_again(&mut s, "dnp3");
                }
            }
            // Each call of tshark's SRVLOC dissector is listed (its first
            // message marks it); the messages of one call are not.
            "srvloc" => {
                if l.has(all::srvloc::OSIDUMP_CALL) {
                    push_again(&mut s, "srvloc");
                }
            }
            // Each call of tshark's OpenFlow dissector is listed (its
            // first message marks it), and each message's version
            // dissector.
            "openflow" | "openflow_v1" | "openflow_v4" | "openflow_v5" | "openflow_v6" => {
                if l.has(all::openflow::OSIDUMP_CALL) {
                    push_again(&mut s, "openflow");
                }
                if l.protocol != "openflow" {
                    push_again(&mut s, l.protocol);
                }
            }
            // Each call of tshark's RPC dissector is listed (its first
            // message marks it); a program's dissector is listed each time
            // it is called on a body (a body-less message shows its tree
            // without calling it).
            "rpc" => {
                if l.has(all::rpc::OSIDUMP_CALL) {
                    push_again(&mut s, "rpc");
                }
            }
            "portmap" | "mount" | "nfs" | "nfsacl" | "nlm" | "stat" => {
                if l.has(all::rpc::OSIDUMP_BODY) {
                    push_again(&mut s, l.protocol);
                }
            }
            // Each call of tshark's PostgreSQL dissector (its first
            // message carries the call's Info start) is listed; the
            // messages of one call are not.
            "pgsql" => {
                if l.has(all::pgsql::OSIDUMP_CALL) {
                    push_again(&mut s, "pgsql");
                }
            }
            // Each call of tshark's MySQL dissector (its first packet
            // marks it) is listed; the packets of one call are not.
            "mysql" => {
                if l.has(all::mysql::OSIDUMP_CALL) {
                    push_again(&mut s, "mysql");
                }
            }
            // A piece of a message SMTP hands to the text lines dissector.
            "smtp" => {
                push(&mut s, "smtp");
                if l.get_str(all::smtp::OSIDUMP_PDU) == Some("data") {
                    push(&mut s, "data-text-lines");
                }
            }
            // Each message is a call of the IMF dissector, its body's
            // dissectors after it.
            "imf" => {
                push_again(&mut s, "imf");
                if let Some(body) = l.get_str(all::imf::OSIDUMP_BODY_PROTOCOLS) {
                    for p in body.split(':') {
                        push_again(&mut s, p);
                    }
                }
            }
            // The multipart dissector, then its parts' dissectors, each a
            // call of its own (`mime_multipart:data:data`).
            // A message's empty multipart took no bytes: not listed.
            "mime_multipart" => {
                if !l.has(all::mime_multipart::OSIDUMP_UNLISTED) {
                    push_again(&mut s, "mime_multipart");
                }
                if let Some(parts) = l.get_str(all::mime_multipart::OSIDUMP_PROTOCOLS) {
                    for p in parts.split(':') {
                        push_again(&mut s, p);
                    }
                }
            }
            // The OCSP media-type dissector, then the dissectors its
            // identifiers were handed to (the basic response's `ocsp`...).
            "ocsp" => {
                push_again(&mut s, "ocsp");
                if let Some(inner) = l.get_str(all::ocsp::OSIDUMP_PROTOCOLS) {
                    for p in inner.split(':') {
                        push_again(&mut s, p);
                    }
                }
            }
            // FTP-DATA hands text to the line-based text dissector.
            "ftp-data" => {
                push(&mut s, "ftp-data");
                if l.has(all::ftp_data::OSIDUMP_TEXT) {
                    push_again(&mut s, "data-text-lines");
                }
            }
            // Each call of tshark's DCE/RPC dissector is listed (its first
            // PDU marks it). Its auth verifier's GSS-API and NTLMSSP are
            // called as functions (not listed); the SPNEGO GSS-API calls
            // is.
            "dcerpc" => {
                if l.has(all::dcerpc::OSIDUMP_CALL) {
                    push_again(&mut s, "dcerpc");
                }
            }
            "gss-api" | "ntlmssp" if after_dcerpc => {}
            // A Kerberos wrap token verifying a DCE/RPC call: tshark's
            // GSS-API verifier calls spnego-krb5's wrap dissector, which
            // calls spnego-krb5 again.
            "spnego-krb5" if dcerpc_auth && l.has(all::spnego_krb5::SPNEGO_KRB5_CFX_RRC) => {
                push_again(&mut s, "spnego-krb5");
                push_again(&mut s, "spnego-krb5");
            }
            // A mechListMIC's MIC token: a call of spnego-krb5 of its own.
            "spnego-krb5" if l.has(all::spnego_krb5::SPNEGO_KRB5_CFX_SEQ) => {
                push_again(&mut s, "spnego-krb5")
            }
            // SPNEGO's mechListMIC is a call of NTLMSSP's verifier
            // dissector after the token's: listed again.
            "ntlmssp" => push_again(&mut s, "ntlmssp"),
            // Segments held for reassembly: tshark lists no payload.
            "data" if l.has(all::data::OSIDUMP_REASSEMBLY) => {}
            "data" if websocket_listed => push_again(&mut s, "data"),
            // An extended echo request's extension structure is read by
            // ICMP's extension dissector, a call of its own.
            "icmpv6" => {
                push(&mut s, "icmpv6");
                if l.has(all::icmp::EXT) {
                    push(&mut s, "icmp");
                }
            }
            // IGMP hands each known type to a decoder of its own table,
            // which tshark lists again.
            "igmp" => {
                push(&mut s, "igmp");
                if l.get_uint(all::igmp::TYPE)
                    .is_some_and(super::net::igmp::dispatched)
                {
                    push_again(&mut s, "igmp");
                    own_call = OwnCall::Last;
                }
            }
            // RGMP is reached through IGMP's type table, before IGMP adds
            // anything.
            "rgmp" => {
                push(&mut s, "igmp");
                push(&mut s, "rgmp");
            }
            // PIM version 1 is reached through IGMP's type table, before
            // IGMP adds anything.
            "pim" => {
                if l.has(all::pim::IGMP_TYPE) {
                    push(&mut s, "igmp");
                }
                push(&mut s, "pim");
            }
            // Each value handed to SNMP's string dissector (sysDescr.0,
            // sysName.0) is a call of its own.
            "snmp" => {
                push(&mut s, "snmp");
                for _ in l.all(all::snmp::VAR_BIND_STR) {
                    push_again(&mut s, "snmp");
                }
            }
            // SNAP's EtherType is looked up in the EtherType table by
            // LLC itself: no `ethertype` (tshark 4.0: `eth:llc:ip:udp`,
            // `fddi:llc:ip:tcp`, `wlan:llc:ip`).
            // An IPv6 header of another version: tshark's IPv6 dissector
            // rejects it (its payload is data), so it is not listed.
            "ipv6" if l.get_uint(all::ipv6::VERSION).is_some_and(|v| v != 6) => {
                own_call = OwnCall::Rejected
            }
            // An IPv6 Fragment Header an IPv4 datagram carries is a
            // protocol of its own after IP's.
            "ip" if l.has(all::ipv6::FRAGHDR_NXT)
                || l.thrown
                    .as_deref()
                    .is_some_and(|t| t.protocol == "ipv6.fraghdr") =>
            {
                push(&mut s, "ip");
                push_again(&mut s, "ipv6.fraghdr");
            }
            // Extension headers are protocols of their own in tshark, each
            // header listed (two destination options headers in a row are
            // `ipv6.dstopts:ipv6.dstopts`): each starts with its next-header
            // field.
            "ipv6" => {
                push(&mut s, "ipv6");
                let mut last = "ipv6";
                for f in &l.fields {
                    // A field with no protocol of its own is listed under
                    // its name's first word, which has no dot: never an
                    // extension header's (and `protocol` splitting the name
                    // cost a JSON packet some 140 instructions).
                    let Some(p) = f.def.in_protocol() else {
                        continue;
                    };
                    let starts_header = [
                        all::ipv6::HOPOPTS_NXT,
                        all::ipv6::ROUTING_NXT,
                        all::ipv6::DSTOPTS_NXT,
                        all::ipv6::FRAGHDR_NXT,
                    ]
                    .iter()
                    .any(|d| std::ptr::eq(*d, f.def));
                    if p.starts_with("ipv6.") && (p != last || starts_header) {
                        push_again(&mut s, p);
                        last = p;
                    }
                }
                // A header cut before any of its fields: tshark added its
                // protocol, then threw reading the first field.
                if let Some(t) = l.thrown.as_deref()
                    && t.protocol.starts_with("ipv6.")
                    && t.protocol != last
                {
                    push_again(&mut s, t.protocol);
                }
            }
            // WebSocket rides on the HTTP upgrade; its payload is text
            // lines or data.
            // A whole text message is text lines, on the frame that
            // completes it when that frame carries payload (tshark's
            // reassembly ignores an empty last fragment); a binary one is
            // a `data` layer of its own.
            "websocket" => {
                if !websocket_listed {
                    // Over the HTTP upgrade, not by a Decode As rule.
                    if !l.has(all::websocket::OSIDUMP_DECODE_AS) {
                        push(&mut s, "http");
                    }
                    push(&mut s, "websocket");
                    websocket_listed = true;
                }
                let len = l.get_uint(all::websocket::PAYLOAD_LENGTH).unwrap_or(0);
                if len > 0 && l.has(all::websocket::PAYLOAD_TEXT) {
                    push_again(&mut s, "data-text-lines");
                }
            }
            // The body's protocols, as the HTTP decoder worked them out
            // from tshark's media-type table and heuristics.
            // What a CONNECT tunnel carries follows HTTP's proxy item,
            // each a call of its own (`http:http` for HTTP carried).
            "http" if after_proxy => {
                push_again(&mut s, "http");
                if let Some(body) = l.get_str(all::http::OSIDUMP_BODY_PROTOCOL) {
                    for p in body.split(':') {
                        push(&mut s, p);
                    }
                }
            }
            "http" | "ssdp" => {
                let same_call = l.has(all::http::OSIDUMP_SAME_CALL);
                if !same_call {
                    push(&mut s, l.protocol);
                }
                let mut again = same_call;
                if let Some(body) = l.get_str(all::http::OSIDUMP_BODY_PROTOCOL) {
                    for p in body.split(':') {
                        if std::mem::take(&mut again) {
                            push_again(&mut s, p);
                        } else {
                            push(&mut s, p);
                        }
                    }
                }
                http_same_call = again;
            }
            // Each call of tshark's HTTP/2 dissector is listed once,
            // whatever frames it reads: HTTP/2 straight over TCP is called
            // by HTTP (prior knowledge or an HTTP/1.1 upgrade); a frame
            // reassembled from earlier segments (TLS records) is one call,
            // the frames after it in the segment (record) another. The
            // body's dissector follows the frame that ends the body.
            "http2" => {
                let reassembled = l.has(all::http2::OSIDUMP_REASSEMBLED);
                let again = std::mem::replace(&mut h2_reassembled, reassembled) && !reassembled;
                if s.ends_with(":tcp") {
                    push(&mut s, "http");
                    push(&mut s, "http2");
                    h2_via_http = true;
                } else if again && h2_listed {
                    if h2_via_http {
                        push_again(&mut s, "http");
                    }
                    push_again(&mut s, "http2");
                } else if !h2_listed {
                    push(&mut s, "http2");
                }
                h2_listed = true;
                if let Some(body) = l.get_str(all::http2::OSIDUMP_BODY_PROTOCOL) {
                    for p in body.split(':') {
                        push_again(&mut s, p);
                    }
                }
            }
            // Each HTTP/3 frame is an item of its own in tshark.
            "http3" => {
                s.push_str(if s.is_empty() { "http3" } else { ":http3" });
            }
            // Coalesced QUIC packets are one QUIC item.
            "quic" if s.split(':').any(|p| p == "quic") => {}
            // Port Control's dissector (the port's) decoded NAT-PMP in the
            // same call: it is the one listed.
            "nat-pmp" => push(&mut s, "portcontrol"),
            // The JSON dissector db-lsp-disc called (and the line-based
            // text dissector it hands what it leaves).
            "db-lsp-disc" => {
                push(&mut s, "db-lsp-disc");
                if let Some(body) = l.get_str(all::db_lsp::OSIDUMP_BODY_PROTOCOL) {
                    for p in body.split(':') {
                        push(&mut s, p);
                    }
                }
            }
            // A SIP body the XML dissector took.
            "sip" => {
                push(&mut s, "sip");
                if let Some(body) = l.get_str(all::sip::OSIDUMP_BODY_PROTOCOL) {
                    push(&mut s, body);
                }
            }
            // Ethernet's heuristic took the frame before its header was
            // read: Ethernet is listed, with no type.
            "cfp" => {
                if !s.is_empty() {
                    s.push(':');
                }
                s.push_str("eth:cfp");
            }
            other => push(&mut s, other),
        }
    }
    for _ in 0..ldap_calls_after_token {
        push_again(&mut s, "ldap");
    }
    if let (Some(c), Some((p, n))) = (calls, before) {
        c.push(match own_call {
            OwnCall::Last => calls_of(&s, p),
            OwnCall::Rejected => n + 1,
            OwnCall::Listed => call_of_layer(&s, p, n),
        });
    }
    *out = s;
}

/// Distinct `frame.protocols` strings kept, and the longest kept.
const INTERNED_MAX: usize = 1024;
const INTERNED_MAX_LEN: usize = 160;

thread_local! {
    static SCRATCH: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
    static INTERNED: std::cell::RefCell<foldhash::HashSet<&'static str>> =
        std::cell::RefCell::new(foldhash::HashSet::default());
}

/// `s`, borrowed from a set of the strings seen before: a capture has a
/// handful of protocol stacks, and every frame shows one, so each frame's
/// own string would be an allocation and a free (and make its layer's
/// field list be dropped value by value). The set keeps at most
/// `INTERNED_MAX` strings (never freed: at most 160 KiB a thread); others
/// stay owned.
fn interned(s: &str) -> std::borrow::Cow<'static, str> {
    if s.len() > INTERNED_MAX_LEN {
        return s.to_owned().into();
    }
    INTERNED
        .try_with(|set| {
            let mut set = set.try_borrow_mut().ok()?;
            if let Some(&kept) = set.get(s) {
                return Some(kept);
            }
            if set.len() >= INTERNED_MAX {
                return None;
            }
            let kept: &'static str = Box::leak(s.into());
            set.insert(kept);
            Some(kept)
        })
        .ok()
        .flatten()
        .map_or_else(|| s.to_owned().into(), std::borrow::Cow::Borrowed)
}

#[cfg(test)]
mod tests {
    #[test]
    fn last_is_reads_the_last_name_as_rsplit_does() {
        for list in [
            "tcp",
            "eth:ip:tcp",
            "eth:ip:xtcp",
            "tcp:",
            "",
            ":tcp",
            "a:b",
        ] {
            for name in ["tcp", "ip", "", "b", "a:b"] {
                assert_eq!(
                    super::last_is(list, name),
                    list.rsplit(':').next() == Some(name),
                    "{list:?} {name:?}"
                );
            }
        }
    }

    use super::*;
    use std::borrow::Cow;

    /// Equal protocol stacks share one kept string; a long one stays owned
    /// (so the set stays small).
    #[test]
    fn protocol_strings_are_kept_once() {
        let a = interned("eth:ethertype:ip:tcp:tls");
        let b = interned(&String::from("eth:ethertype:ip:tcp:tls"));
        match (&a, &b) {
            (Cow::Borrowed(x), Cow::Borrowed(y)) => assert!(std::ptr::eq(*x, *y)),
            _ => panic!("not kept: {a:?} {b:?}"),
        }
        let long = "eth:ethertype:ip:tcp:http".repeat(10);
        assert!(matches!(interned(&long), Cow::Owned(s) if s == long));
    }

    /// An IPv6 header inside IPv6 whose version is 4: tshark's IPv6
    /// dissector adds its items, then rejects the bytes, so it is not
    /// listed (`ipv6:data`) and its fields are call #2.
    #[test]
    fn a_rejected_call_numbers_its_fields_past_the_listed_ones() {
        use crate::dissect::Dissector;
        use crate::dissect::testing::frame;
        use crate::filter::Filter;
        let inner = [0x45u8, 0, 0, 0, 0, 8, 6, 64, 1, 2, 3, 4, 5, 6, 7, 8];
        let mut packet = vec![0x60, 0, 0, 0, 0, inner.len() as u8, 41, 64];
        packet.extend([0x20, 1, 0x0d, 0xb8].iter().chain(&[0; 12]));
        packet.extend([0x20, 1, 0x0d, 0xb8].iter().chain(&[0; 11]).chain(&[1]));
        packet.extend(inner);
        let bytes = frame(229, &packet);
        let out = Dissector::new().dissect(&bytes);
        let mut protocols = String::new();
        list_protocols(&out.layers, &mut protocols, None);
        assert!(protocols.ends_with("ipv6:data"), "{protocols}");
        for (expr, want) in [
            ("ipv6.version#2 == 4", true),
            ("ipv6.version#1 == 4", false),
            ("ipv6.version#1 == 6", true),
            ("ipv6#2", true),
            ("count(ipv6) == 2", true),
        ] {
            assert_eq!(Filter::new(expr).unwrap().matches(&out), want, "{expr}");
        }
    }

    /// tshark 4.0's `frame.encap_type` for link types of captures seen in
    /// the wild (Apple PKTAP, Juniper Ethernet, USER0, Linux LAPD, IrDA)
    /// and for one Wiretap does not know.
    #[test]
    fn encapsulation_of_link_types() {
        for (linktype, encap) in [
            (1, Some(1)),
            (171, Some(179)),
            (178, Some(83)),
            (147, Some(45)),
            (177, Some(88)),
            (144, Some(44)),
            (4, Some(0)),
            (299, Some(0)),
            (crate::source::linktype::PCAPNG_CUSTOM_BLOCK, None),
        ] {
            assert_eq!(wtap_encap(linktype), encap, "{linktype}");
        }
    }
}
