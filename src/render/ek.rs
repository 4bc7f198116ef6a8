//! `-T ek`: Elasticsearch bulk NDJSON in tshark 4.0's layout, so an index
//! (and an index template from `osidump fields -T elastic-mapping`) made
//! for `tshark -T ek` takes ours. Two lines per packet:
//!
//! ```text
//! {"index":{"_index":"packets-2026-11-24","_type":"doc"}}
//! {"timestamp":"1795519053927","layers":{"frame":{"frame_frame_number":"8",...},"ip":{"ip_ip_src":"10.99.0.1",...}}}
//! ```
//! `timestamp` is milliseconds since the epoch (a string, as tshark writes
//! it); each layer is an object named after its protocol; a field's key is
//! its protocol and its name joined by `_` with every `.` made `_`
//! (`ip.src` → `ip_ip_src`); values are strings in tshark's spelling
//! (`"0x0018"` for hex integers), booleans are `true`/`false`, bytes are
//! `02:a3:35:94`, absolute times ISO 8601. Like tshark, a datagram quoted
//! in an ICMP error is an object inside the ICMP layer (`icmp.ip`), and
//! IPv6 extension headers are objects inside `ipv6` (`ipv6_fraghdr`).
//! Where tshark repeats a key (a field several times in a layer) we write
//! one key with an array, so every line is valid JSON. osidump's own
//! fields (`osidump.*`) and its session layer are left out.
//!
//! With `-e`, tshark's flat form: `{"timestamp":…,"layers":{"ip_src":["10.99.0.1"]}}`,
//! each value in `-T fields` spelling.

use super::json::{SEGMENT_WINDOW, copy_segment, write_str};
use super::value::{self, fields_repr};
use crate::dissect::field::{FieldDef, FieldType};
use crate::dissect::{Dissection, Field, Layer, Value};
use crate::source::Timestamp;
use std::collections::HashMap;
use std::io::{self, Write};
use std::sync::{Mutex, OnceLock};

/// `ip.src` in `ip` → `ip_ip_src`.
pub fn key(def: &FieldDef) -> String {
    let mut k = String::with_capacity(def.name.len() * 2);
    k.push_str(def.protocol());
    k.push('_');
    k.push_str(def.name);
    k.replace('.', "_")
}

/// A key: its text, and as JSON with the colon after it (`"ip_ip_src":`).
/// Values' keys are interned ([`intern`]): equal keys are one pointer, so
/// an object finds a key's member by the address of `json`. An object's
/// key has no `json` (empty): it is written from `text`.
#[derive(Clone, Copy)]
struct Key {
    text: &'static str,
    json: &'static str,
}

impl Key {
    fn interned(text: String, intern: &mut HashMap<String, &'static str>) -> Key {
        let mut json = Vec::with_capacity(text.len() + 3);
        write_str(&mut json, &text);
        json.push(b':');
        let json = String::from_utf8(json).unwrap_or_default();
        Key {
            text: intern_in(intern, text),
            json: intern_in(intern, json),
        }
    }
}

/// What `-T ek` writes of a field besides its value, worked out once per
/// run.
struct DefKeys {
    /// `ip_ip_src`.
    key: Key,
    /// Its key in an `ipv6` layer: IPv6 registers its own `ip.version`
    /// (`ipv6_ip_version`); `key` for the fields of other protocols.
    ipv6_key: Key,
    /// The protocol tshark registers it under (`ipv6.fraghdr`).
    protocol: &'static str,
    /// That protocol as an object's key (`ipv6_fraghdr`).
    protocol_key: &'static str,
    /// Whether an either-direction field stands for it ([`Keys::pseudo`]).
    in_pseudo: bool,
}

/// The keys of no field: what [`Doc`]'s cache holds before it is filled.
static NO_KEYS: DefKeys = DefKeys {
    key: Key { text: "", json: "" },
    ipv6_key: Key { text: "", json: "" },
    protocol: "",
    protocol_key: "",
    in_pseudo: false,
};

impl DefKeys {
    fn of(def: &FieldDef, intern: &mut HashMap<String, &'static str>) -> DefKeys {
        let protocol = def.protocol();
        let key = Key::interned(key(def), intern);
        let ipv6_key = if protocol == "ip" {
            Key::interned(format!("ipv6_{}", def.name.replace('.', "_")), intern)
        } else {
            key
        };
        DefKeys {
            key,
            ipv6_key,
            protocol,
            protocol_key: intern_in(intern, protocol.replace('.', "_")),
            in_pseudo: crate::filter::PSEUDO_FIELDS
                .iter()
                .any(|(_, members)| members.iter().any(|m| std::ptr::eq(*m, def))),
        }
    }
}

/// The keys of every registered field, and the either-direction fields.
struct Keys {
    by_def: foldhash::HashMap<usize, DefKeys>,
    /// [`crate::filter::PSEUDO_FIELDS`] with their definitions.
    pseudo: Vec<(DefKeys, &'static [&'static FieldDef])>,
}

/// The one copy of each key's text. Keys live as long as the run; a key
/// is made once (a field outside the registry, which decoders never
/// emit, adds its own once too).
fn intern() -> &'static Mutex<HashMap<String, &'static str>> {
    static INTERN: OnceLock<Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    INTERN.get_or_init(Default::default)
}

fn intern_in(table: &mut HashMap<String, &'static str>, text: String) -> &'static str {
    table
        .entry(text)
        .or_insert_with_key(|t| Box::leak(t.clone().into_boxed_str()))
}

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut table = intern().lock().unwrap_or_else(|e| e.into_inner());
        let by_def = crate::dissect::fields::all()
            .map(|d| (std::ptr::from_ref(d) as usize, DefKeys::of(d, &mut table)))
            .collect();
        let pseudo = crate::filter::PSEUDO_FIELDS
            .iter()
            .filter_map(|(name, members)| {
                let def = crate::dissect::fields::by_name(name)?;
                Some((DefKeys::of(def, &mut table), *members))
            })
            .collect();
        Keys { by_def, pseudo }
    })
}

/// [`DefKeys`] of a field.
fn def_keys(def: &FieldDef) -> &'static DefKeys {
    let address = std::ptr::from_ref(def) as usize;
    if let Some(k) = keys().by_def.get(&address) {
        return k;
    }
    // Not in the registry (cannot happen for decoded fields): made once.
    static OTHERS: OnceLock<Mutex<HashMap<usize, &'static DefKeys>>> = OnceLock::new();
    let mut others = OTHERS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    others.entry(address).or_insert_with(|| {
        let mut table = intern().lock().unwrap_or_else(|e| e.into_inner());
        Box::leak(Box::new(DefKeys::of(def, &mut table)))
    })
}

/// Entries of [`Doc`]'s cache of [`def_keys`] (a power of two).
const KEY_CACHE: usize = 1024;

/// Whether a field after an MPTCP item is part of its subtree (`Some(true)`),
/// an expert item written as every other (`Some(false)`), or the end of the
/// option (`None`).
fn mptcp_part(def: &FieldDef) -> Option<bool> {
    use crate::dissect::fields::{mptcp as m, tcp as t};
    let analysis = [m::ANALYSIS, m::MASTER, m::STREAM, m::ANALYSIS_SUBFLOWS];
    if std::ptr::eq(def, t::OPTION_KIND)
        || std::ptr::eq(def, t::OPTION_LEN)
        || def.name.starts_with("tcp.options.mptcp.")
        || (def.name.starts_with("mptcp.") && !analysis.iter().any(|a| std::ptr::eq(*a, def)))
    {
        Some(true)
    } else if def.name.starts_with("_ws.expert") {
        Some(false)
    } else {
        None
    }
}

fn timestamp(d: &Dissection<'_>) -> Timestamp {
    let f = crate::dissect::fields::frame::TIME_EPOCH;
    match d.layers.first().and_then(|l| l.get(f)) {
        Some(Value::Time(t)) => *t,
        _ => Timestamp::new(0, 0),
    }
}

fn header(out: &mut Vec<u8>, d: &Dissection<'_>) {
    let t = timestamp(d);
    out.extend_from_slice(b"{\"index\":{\"_index\":\"packets-");
    value::push_iso_date(out, t);
    out.extend_from_slice(b"\",\"_type\":\"doc\"}}\n{\"timestamp\":\"");
    let ms = t.as_nanos().div_euclid(1_000_000);
    out.extend_from_slice(itoa::Buffer::new().format(ms).as_bytes());
    out.extend_from_slice(b"\",\"layers\":{");
}

/// No member, value or object.
const NIL: u32 = u32::MAX;

/// The `layers` object.
const ROOT: u32 = 0;

/// A member of an object: values under a key (a key seen twice becomes an
/// array), or an object.
struct Member {
    key: Key,
    /// The object it is, or [`NIL`] for values.
    obj: u32,
    /// Its values, a list through [`Val::next`]: first, last and count.
    first: u32,
    last: u32,
    count: u32,
    /// The next member of its object, in first-seen order.
    next: u32,
    /// The next object among its object's members.
    next_child: u32,
}

/// A value: field `field` of layer `layer` of the packet.
struct Val {
    layer: u32,
    field: u32,
    next: u32,
}

/// An object: its members (first and last) and its object members.
struct Obj {
    first: u32,
    last: u32,
    first_child: u32,
    last_child: u32,
}

/// A slot of [`Doc::slots`]: the values member of `key` in `obj`, valid
/// while `stamp` is the packet's.
#[derive(Clone, Copy, Default)]
struct Slot {
    stamp: u32,
    obj: u32,
    key: usize,
    member: u32,
}

/// One packet's `layers` being laid out into a [`Plan`], kept across
/// packets (its vectors reused): objects, members and values (references
/// to fields) in flat lists, and a table finding a key's member in an
/// object by the key's address (a layer's fields were found by comparing
/// every key with every other, and each value was a `String` of its own).
#[derive(Default)]
struct Doc {
    vals: Vec<Val>,
    members: Vec<Member>,
    objs: Vec<Obj>,
    slots: Vec<Slot>,
    /// The packet's stamp: slots with another are empty.
    stamp: u32,
    /// [`def_keys`] by the definition's address, the last one of each
    /// entry (a lookup in the registry's map costs more).
    keys: Vec<(usize, &'static DefKeys)>,
    /// The fields of the layer at hand an either-direction field stands
    /// for, by index.
    pending: Vec<u32>,
    /// Slots taken this packet.
    taken: usize,
}

impl Doc {
    /// Empty, with the `layers` object.
    fn start(&mut self) {
        self.vals.clear();
        self.members.clear();
        self.objs.clear();
        self.new_obj();
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            self.slots.fill(Slot::default());
            self.stamp = 1;
        }
        self.taken = 0;
        if self.slots.is_empty() {
            self.slots.resize(256, Slot::default());
            self.keys.resize(KEY_CACHE, (0, &NO_KEYS));
        }
    }

    fn new_obj(&mut self) -> u32 {
        self.objs.push(Obj {
            first: NIL,
            last: NIL,
            first_child: NIL,
            last_child: NIL,
        });
        self.objs.len() as u32 - 1
    }

    /// A new member of `obj`, last.
    fn new_member(&mut self, obj: u32, key: Key, child: u32) -> u32 {
        let m = self.members.len() as u32;
        self.members.push(Member {
            key,
            obj: child,
            first: NIL,
            last: NIL,
            count: 0,
            next: NIL,
            next_child: NIL,
        });
        let o = &mut self.objs[obj as usize];
        let last = o.last;
        if last == NIL {
            o.first = m;
        }
        o.last = m;
        if last != NIL {
            self.members[last as usize].next = m;
        }
        m
    }

    fn slot_of(&self, obj: u32, key: Key) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let address = key.json.as_ptr() as usize;
        let h = (address as u64 ^ u64::from(obj) << 40).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut at = (h >> 32) as usize & mask;
        loop {
            let s = self.slots[at];
            if s.stamp != self.stamp {
                return Err(at);
            }
            if s.key == address && s.obj == obj {
                return Ok(s.member);
            }
            at = (at + 1) & mask;
        }
    }

    /// Twice the slots, the taken ones placed again.
    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        self.slots = vec![Slot::default(); old.len() * 2];
        let stamp = self.stamp;
        for s in old.into_iter().filter(|s| s.stamp == stamp) {
            let key = self.members[s.member as usize].key;
            if let Err(at) = self.slot_of(s.obj, key) {
                self.slots[at] = s;
            }
        }
    }

    /// Field `field` of layer `layer` a value of `key` in `obj`: added to
    /// the first member of that key, or a new member when there is none or
    /// the first is an object (as the nested maps it replaces did).
    fn value(&mut self, obj: u32, key: Key, layer: usize, field: usize) {
        if self.taken * 2 >= self.slots.len() {
            self.grow();
        }
        let v = self.vals.len() as u32;
        self.vals.push(Val {
            layer: layer as u32,
            field: field as u32,
            next: NIL,
        });
        let m = match self.slot_of(obj, key) {
            Ok(m) => m,
            Err(at) => {
                let shadowed = self.child_named(obj, key.text) != NIL;
                let m = self.new_member(obj, key, NIL);
                if !shadowed {
                    self.slots[at] = Slot {
                        stamp: self.stamp,
                        obj,
                        key: key.json.as_ptr() as usize,
                        member: m,
                    };
                    self.taken += 1;
                }
                m
            }
        };
        let member = &mut self.members[m as usize];
        let last = member.last;
        member.last = v;
        member.count += 1;
        if last == NIL {
            member.first = v;
        } else {
            self.vals[last as usize].next = v;
        }
    }

    /// The object member of `obj` named `key`, or [`NIL`].
    fn child_named(&self, obj: u32, key: &str) -> u32 {
        let mut m = self.objs[obj as usize].first_child;
        while m != NIL {
            let member = &self.members[m as usize];
            if member.key.text == key {
                return member.obj;
            }
            m = member.next_child;
        }
        NIL
    }

    /// The object member of `obj` named `key`, made when there is none.
    fn child(&mut self, obj: u32, key: &'static str) -> u32 {
        let found = self.child_named(obj, key);
        if found != NIL {
            return found;
        }
        let child = self.new_obj();
        let m = self.new_member(
            obj,
            Key {
                text: key,
                json: "",
            },
            child,
        );
        let o = &mut self.objs[obj as usize];
        let last = o.last_child;
        o.last_child = m;
        if last == NIL {
            o.first_child = m;
        } else {
            self.members[last as usize].next_child = m;
        }
        child
    }

    /// [`def_keys`], from the cache when there.
    fn def_keys(&mut self, def: &'static FieldDef) -> &'static DefKeys {
        let address = std::ptr::from_ref(def) as usize;
        let at =
            ((address as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & (KEY_CACHE - 1);
        let entry = &mut self.keys[at];
        if entry.0 != address {
            *entry = (address, def_keys(def));
        }
        entry.1
    }

    /// Field `at` of layer `li` into `obj`, the object of a layer of
    /// protocol `layer`.
    fn field(
        &mut self,
        obj: u32,
        layer: &str,
        ipv6: bool,
        (li, at): (usize, usize),
        keys: &DefKeys,
    ) {
        let p = keys.protocol;
        // A sub-protocol of the layer (an IPv6 extension header) is an
        // object of its own, as tshark nests it.
        if p.len() > layer.len() && p.as_bytes()[layer.len()] == b'.' && p.starts_with(layer) {
            let child = self.child(obj, keys.protocol_key);
            self.value(child, keys.key, li, at);
        } else {
            let key = if ipv6 { keys.ipv6_key } else { keys.key };
            self.value(obj, key, li, at);
        }
    }

    /// The fields of `l`, layer `li` of the packet, into `obj`.
    fn fields(&mut self, obj: u32, li: usize, l: &Layer<'_>) {
        let ipv6 = l.protocol == "ipv6";
        self.pending.clear();
        // The object of the MPTCP option being written (tshark nests each
        // MPTCP item's subtree under `mptcp` in the TCP layer).
        let mut mptcp = NIL;
        for (i, f) in l.fields.iter().enumerate() {
            let keys = self.def_keys(f.def);
            if keys.in_pseudo {
                self.pending.push(i as u32);
            }
            if std::ptr::eq(f.def, crate::dissect::fields::mptcp::MPTCP) {
                mptcp = self.child(obj, "mptcp");
                continue;
            }
            if mptcp != NIL {
                match mptcp_part(f.def) {
                    Some(true) => {
                        self.value(mptcp, keys.key, li, i);
                        continue;
                    }
                    Some(false) => {}
                    None => mptcp = NIL,
                }
            }
            // Our own fields, and protocol items that carry nothing of
            // their own (tshark nests their children, which we keep flat).
            if f.def.is_own()
                || (f.def.ftype == FieldType::Protocol
                    && matches!(f.value, Value::None | Value::Str(_)))
            {
                continue;
            }
            // Items the dissector adds beside its own tree (FTP's working
            // directory and data connection links) sit directly in
            // `layers`, as tshark writes them.
            if crate::dissect::app::ftp::fields::BESIDE_TREE
                .iter()
                .any(|d| std::ptr::eq(*d, f.def))
            {
                self.value(ROOT, keys.key, li, i);
                continue;
            }
            // A protocol whose items are in the layer of the one that
            // handed it the bytes (JSON, media) is a layer of its own in
            // tshark's `layers`.
            if crate::dissect::spec::LISTED_ONLY.contains(&keys.protocol)
                && keys.protocol != l.protocol
            {
                let own = self.child(ROOT, keys.protocol_key);
                self.value(own, keys.key, li, i);
                continue;
            }
            self.field(obj, l.protocol, ipv6, (li, i), keys);
        }
        if self.pending.is_empty() {
            return;
        }
        // Wireshark's either-direction fields (`ip.addr`: source and
        // destination), which tshark writes beside the two: for each, the
        // fields it stands for in order (all among those pending).
        for (keys, members) in &keys().pseudo {
            if !members[0].name.starts_with(l.protocol) {
                continue;
            }
            let key = if ipv6 { keys.ipv6_key } else { keys.key };
            for k in 0..self.pending.len() {
                let at = self.pending[k] as usize;
                if members.iter().any(|m| std::ptr::eq(*m, l.fields[at].def)) {
                    self.value(obj, key, li, at);
                }
            }
        }
    }

    /// The members of `obj` and its closing brace onto `plan`'s text,
    /// each value an [`Op`].
    fn write_members(&self, obj: u32, plan: &mut Plan) {
        let mut m = self.objs[obj as usize].first;
        let mut first = true;
        while m != NIL {
            if !first {
                plan.text.push(b',');
            }
            first = false;
            let member = &self.members[m as usize];
            if member.key.json.is_empty() {
                write_str(&mut plan.text, member.key.text);
                plan.text.push(b':');
            } else {
                plan.text.extend_from_slice(member.key.json.as_bytes());
            }
            if member.obj != NIL {
                plan.text.push(b'{');
                self.write_members(member.obj, plan);
            } else {
                if member.count > 1 {
                    plan.text.push(b'[');
                }
                let mut v = member.first;
                let mut k = 0;
                while v != NIL {
                    if k > 0 {
                        plan.text.push(b',');
                    }
                    k += 1;
                    let val = &self.vals[v as usize];
                    plan.ops.push(Op {
                        text_end: plan.text.len() as u32,
                        layer: val.layer,
                        field: val.field,
                    });
                    v = val.next;
                }
                if member.count > 1 {
                    plan.text.push(b']');
                }
            }
            m = member.next;
        }
        plan.text.push(b'}');
    }

    /// The plan of `d`'s shape: its `layers` object laid out (without its
    /// opening brace, which the header writes) and the line's end.
    fn make(&mut self, d: &Dissection<'_>, plan: &mut Plan) {
        plan.shape(d);
        self.start();
        // An ICMP error's quoted datagram lives inside the ICMP object.
        let mut quoting: Option<&'static str> = None;
        let mut last_icmp: Option<&'static str> = None;
        for (i, l) in d.layers.iter().enumerate() {
            // Our session layer; payload held for reassembly, which tshark
            // shows in the frame that completes the message.
            // A layer tshark shows no item for (see `has_item`).
            if l.protocol == "session"
                || l.get(crate::dissect::fields::data::OSIDUMP_REASSEMBLY)
                    .is_some()
                || !crate::dissect::has_item(l)
            {
                continue;
            }
            // The quoted datagram's headers (not what tshark decodes above
            // them: that is a layer of its own again).
            if let Some(icmp) = quoting
                .filter(|_| l.protocol != "communityid" && l.osi <= crate::dissect::Osi::Transport)
            {
                let outer = self.child(ROOT, icmp);
                let inner = self.child(outer, l.protocol);
                self.fields(inner, i, l);
                continue;
            }
            if l.protocol == "communityid" {
                // A post-dissector's field sits directly in `layers`, as
                // tshark writes `communityid_communityid` there.
                for (at, f) in l.fields.iter().enumerate() {
                    let key = self.def_keys(f.def).key;
                    self.value(ROOT, key, i, at);
                }
                continue;
            }
            // An ICMP message's payload (an echo's data) is inside it too.
            if l.protocol == "data"
                && let Some(icmp) = last_icmp.filter(|_| quoting.is_none())
            {
                let outer = self.child(ROOT, icmp);
                let inner = self.child(outer, "data");
                self.fields(inner, i, l);
                continue;
            }
            let icmp = matches!(l.protocol, "icmp" | "icmpv6");
            last_icmp = icmp.then_some(l.protocol);
            // A protocol item with a dotted name is keyed as tshark keys a
            // field: its protocol, then the name (`wlan_wlan_mgt`).
            let key = match l.protocol {
                "wlan.mgt" => "wlan_wlan_mgt",
                p => p,
            };
            let obj = self.child(ROOT, key);
            self.fields(obj, i, l);
            if icmp
                && d.layers[i + 1..]
                    .iter()
                    .any(|x| matches!(x.protocol, "ip" | "ipv6"))
            {
                quoting = Some(l.protocol);
            }
        }
        plan.text.clear();
        plan.ops.clear();
        // `layers` was opened by the header.
        self.write_members(ROOT, plan);
        plan.text.extend_from_slice(b"}\n");
        plan.text_len = plan.text.len();
        // Padding for the windows of `copy_segment`.
        plan.text.extend_from_slice(&[0; SEGMENT_WINDOW]);
    }
}

/// A value of a [`Plan`]: the text before it ends at `text_end`; it is
/// field `field` of layer `layer`.
#[derive(Clone, Copy)]
struct Op {
    text_end: u32,
    layer: u32,
    field: u32,
}

/// The `layers` object of packets of one shape (the protocols and OSI
/// numbers of their layers, the definitions of their fields, and for a
/// protocol item whether it carries a value: all that decides where each
/// value goes): its keys and punctuation, and which field's value goes
/// where. Laid out once for each shape by [`Doc::make`], it leaves a copy
/// of text and a value to write for each field of the next packet of that
/// shape (laying out each packet anew was three quarters of ek's
/// instructions).
#[derive(Default)]
struct Plan {
    /// Each layer's protocol, OSI number and number of fields.
    layers: Vec<(&'static str, u8, u32)>,
    /// Each field's [`shape_of`], all layers' one after another.
    fields: Vec<usize>,
    /// Keys and punctuation, padded by [`SEGMENT_WINDOW`] bytes.
    text: Vec<u8>,
    /// Where the text ends (the padding follows).
    text_len: usize,
    ops: Vec<Op>,
}

/// A field's part of a packet's shape: its definition's address, with
/// the lowest bit set for a protocol item that carries no value of its
/// own (ek leaves those out; definitions are aligned, so the bit is free).
fn shape_of(f: &Field<'_>) -> usize {
    let skipped =
        f.def.ftype == FieldType::Protocol && matches!(f.value, Value::None | Value::Str(_));
    std::ptr::from_ref(f.def) as usize | usize::from(skipped)
}

impl Plan {
    /// `d`'s shape made this plan's.
    fn shape(&mut self, d: &Dissection<'_>) {
        self.layers.clear();
        self.fields.clear();
        for l in &d.layers {
            self.layers
                .push((l.protocol, l.osi.number(), l.fields.len() as u32));
            self.fields.extend(l.fields.iter().map(shape_of));
        }
    }

    /// Whether this is the plan of `d`'s shape.
    fn fits(&self, d: &Dissection<'_>) -> bool {
        if self.layers.len() != d.layers.len() {
            return false;
        }
        let mut at = 0;
        for (l, &(protocol, osi, count)) in d.layers.iter().zip(&self.layers) {
            if osi != l.osi.number()
                || count as usize != l.fields.len()
                || !(std::ptr::eq(protocol, l.protocol) || protocol == l.protocol)
            {
                return false;
            }
            let Some(fields) = self.fields.get(at..at + l.fields.len()) else {
                return false;
            };
            for (f, &shape) in l.fields.iter().zip(fields) {
                if shape_of(f) != shape {
                    return false;
                }
            }
            at += l.fields.len();
        }
        true
    }

    /// `d`'s `layers`, whose shape this plan is, and the line's end.
    fn write(&self, out: &mut Vec<u8>, d: &Dissection<'_>) {
        let mut at = 0;
        for op in &self.ops {
            let end = op.text_end as usize;
            copy_segment(out, &self.text, at, end);
            at = end;
            if let Some(f) = d
                .layers
                .get(op.layer as usize)
                .and_then(|l| l.fields.get(op.field as usize))
            {
                value::push_ek_json(out, f);
            }
        }
        copy_segment(out, &self.text, at, self.text_len);
    }
}

/// Plans kept: a capture's packets come in some hundreds of shapes; a
/// shape that shares a set with others replaces the one used longest ago.
const PLAN_SLOTS: usize = 1024;

/// Plans in a set (see [`plan_set`]).
const PLAN_WAYS: usize = 4;

/// Packets with more fields than this have their plan made each time, so
/// the kept plans stay small.
const PLAN_MAX_FIELDS: usize = 256;

/// Where the plan of `d`'s shape is looked for: a hash of each layer's
/// protocol, number of fields and first and last field. [`Plan::fits`]
/// checks the whole shape.
fn plan_set(d: &Dissection<'_>) -> usize {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = d.layers.len() as u64;
    for l in &d.layers {
        let n = l.fields.len();
        h = (h ^ l.protocol.as_ptr() as u64 ^ (n as u64) << 48).wrapping_mul(K);
        if let (Some(first), Some(last)) = (l.fields.first(), l.fields.last()) {
            h = (h ^ shape_of(first) as u64).wrapping_mul(K);
            h = (h ^ shape_of(last) as u64).wrapping_mul(K);
        }
    }
    h ^= h >> 29;
    (h.wrapping_mul(K) >> 40) as usize % (PLAN_SLOTS / PLAN_WAYS)
}

/// What writing a packet needs besides the packet, kept across packets.
#[derive(Default)]
struct Scratch {
    doc: Doc,
    plans: Vec<Plan>,
    /// The plan of a packet too large to keep one for.
    large: Plan,
    out: Vec<u8>,
}

impl Scratch {
    /// The packet's two lines onto `out`.
    fn packet(&mut self, d: &Dissection<'_>) {
        let Scratch {
            doc,
            plans,
            large,
            out,
        } = self;
        out.clear();
        header(out, d);
        let fields: usize = d.layers.iter().map(|l| l.fields.len()).sum();
        if fields > PLAN_MAX_FIELDS {
            doc.make(d, large);
            large.write(out, d);
            return;
        }
        if plans.is_empty() {
            plans.resize_with(PLAN_SLOTS, Plan::default);
        }
        let start = plan_set(d) * PLAN_WAYS;
        let set = &mut plans[start..start + PLAN_WAYS];
        match set.iter().position(|p| p.fits(d)) {
            Some(at) => set[..=at].rotate_right(1),
            None => {
                set.rotate_right(1);
                doc.make(d, &mut set[0]);
            }
        }
        set[0].write(out, d);
    }
}

/// The whole dissection, tshark's `-T ek` without `-e`.
pub fn write_packet(out: &mut impl Write, d: &Dissection<'_>) -> io::Result<()> {
    // One scratch per thread, kept across packets.
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
    }
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut scratch) => {
            scratch.packet(d);
            let written = out.write_all(&scratch.out);
            // A huge packet does not keep its buffers.
            if scratch.out.capacity() > 1 << 20 {
                scratch.out = Vec::new();
                scratch.doc = Doc::default();
                scratch.large = Plan::default();
            }
            written
        }
        Err(_) => {
            let mut scratch = Scratch::default();
            scratch.packet(d);
            out.write_all(&scratch.out)
        }
    })
}

/// tshark's `-T ek -e …`: the chosen fields, flat, each an array of
/// strings in `-T fields` spelling.
pub fn write_selected(
    out: &mut impl Write,
    d: &Dissection<'_>,
    cols: &[&'static FieldDef],
) -> io::Result<()> {
    let mut s = Vec::with_capacity(512);
    header(&mut s, d);
    let mut first = true;
    for def in cols {
        // What `-T fields` shows for the name: the field, both fields of
        // an either-direction one (`ip.addr`, `tcp.port`) in packet
        // order, the Data protocol's bytes for `data`.
        let members = crate::render::fields::members(def);
        let vals: Vec<String> = d
            .layers
            .iter()
            .flat_map(|l| l.fields.iter())
            .filter(|f| members.iter().any(|m| std::ptr::eq(f.def, *m)))
            .filter_map(|f| {
                let mut v = String::new();
                fields_repr(&mut v, f);
                (f.def.ftype != crate::dissect::field::FieldType::Protocol || !v.is_empty())
                    .then_some(v)
            })
            .collect();
        if vals.is_empty() {
            continue;
        }
        if !first {
            s.push(b',');
        }
        first = false;
        write_str(&mut s, &def.name.replace('.', "_"));
        s.extend_from_slice(b":[");
        for (i, v) in vals.iter().enumerate() {
            if i > 0 {
                s.push(b',');
            }
            write_str(&mut s, v);
        }
        s.push(b']');
    }
    s.extend_from_slice(b"}}\n");
    out.write_all(&s)
}

#[cfg(test)]
mod tests {
    use super::key;
    use crate::dissect::fields;

    #[test]
    fn keys_are_protocol_and_name_with_underscores() {
        assert_eq!(key(fields::ip::SRC), "ip_ip_src");
        assert_eq!(key(fields::frame::NUMBER), "frame_frame_number");
        assert_eq!(
            key(fields::communityid::COMMUNITYID),
            "communityid_communityid"
        );
    }
}
