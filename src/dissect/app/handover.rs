//! A conversation one decoder hands to another part way through: LDAP,
//! PostgreSQL and MySQL to TLS after their STARTTLS, Modbus to what
//! tshark's heuristics find in bytes it refused.
//!
//! [`Handover`] wraps the first decoder. It gives it every segment until
//! the decoder names its successor ([`StreamDecoder::take_successor`]),
//! then gives the successor the rest of that segment and everything after.
//! It keeps the run's settings (key log, decode-as rules, what to skip)
//! and the latest per-segment ones (frame, time, ports) so the successor
//! starts with them, as if TCP had made it for the conversation.

use super::{Dir, Endpoints, Expected, Message, StreamDecoder};
use crate::dissect::Layer;
use crate::dissect::registry::DecodeAs;

/// What a decoder gives the conversation to, and from where in the
/// segment it was just fed.
pub struct Successor {
    pub decoder: Box<dyn StreamDecoder>,
    /// Bytes of that segment the first decoder read; the successor gets
    /// the rest (none if `from` is past its end: the successor starts
    /// with the next segment).
    pub from: usize,
}

/// A decoder that may hand the conversation on (see the module's doc).
pub struct Handover<D> {
    first: D,
    next: Option<Box<dyn StreamDecoder>>,
    /// Whether the successor was fed any of side `dir`'s last segment:
    /// if not, what became of that segment is the first decoder's to say.
    next_fed: [bool; 2],
    keys: Option<super::tls::keylog::Keys>,
    decode_as: Vec<DecodeAs>,
    media: Option<super::http2::StreamMedia>,
    skip_fingerprints: bool,
    skip_detail: bool,
    collect: bool,
    secure: bool,
    conversation_frame: u64,
    frame: u64,
    time_ns: i128,
    ports: Option<(u16, u16)>,
    endpoints: Option<Endpoints>,
    snap_cut: u64,
}

impl<D: StreamDecoder> Handover<D> {
    pub fn new(first: D) -> Self {
        Handover {
            first,
            next: None,
            next_fed: [false; 2],
            keys: None,
            decode_as: Vec::new(),
            media: None,
            skip_fingerprints: false,
            skip_detail: false,
            collect: false,
            secure: false,
            conversation_frame: 0,
            frame: 0,
            time_ns: 0,
            ports: None,
            endpoints: None,
            snap_cut: 0,
        }
    }

    /// The first decoder (which keeps its state after the handover).
    pub fn first(&self) -> &D {
        &self.first
    }

    /// The successor, given what the run gave the first decoder.
    fn start(&mut self, mut d: Box<dyn StreamDecoder>) -> Box<dyn StreamDecoder> {
        if let Some(k) = &self.keys {
            d.set_keys(k);
        }
        d.set_decode_as(&self.decode_as);
        if let Some(m) = &self.media {
            d.set_stream_media(m);
        }
        if self.skip_fingerprints {
            d.skip_fingerprints();
        }
        if self.skip_detail {
            d.skip_detail();
        }
        if self.collect {
            d.collect_messages();
        }
        if self.secure {
            d.set_secure();
        }
        d.set_conversation_frame(self.conversation_frame);
        d.set_time_ns(self.time_ns);
        d.set_frame(self.frame);
        if let Some((s, p)) = self.ports {
            d.set_ports(s, p);
        }
        if let Some(e) = &self.endpoints {
            d.set_endpoints(e);
        }
        d.set_snap_cut(self.snap_cut);
        d
    }
}

impl<D: StreamDecoder> StreamDecoder for Handover<D> {
    fn protocol(&self) -> &'static str {
        match &self.next {
            Some(n) => n.protocol(),
            None => self.first.protocol(),
        }
    }

    fn feed(&mut self, dir: Dir, offset: u64, data: &[u8], out: &mut Vec<Message>) {
        if let Some(n) = self.next.as_mut() {
            self.next_fed[dir.index()] = true;
            return n.feed(dir, offset, data, out);
        }
        self.next_fed[dir.index()] = false;
        self.first.feed(dir, offset, data, out);
        let Some(Successor { decoder, from }) = self.first.take_successor() else {
            return;
        };
        let mut n = self.start(decoder);
        if let Some(rest) = data.get(from..).filter(|r| !r.is_empty()) {
            self.next_fed[dir.index()] = true;
            n.feed(dir, offset + from as u64, rest, out);
        }
        self.next = Some(n);
    }

    fn gap(&mut self, dir: Dir, len: u64) {
        match self.next.as_mut() {
            Some(n) => n.gap(dir, len),
            None => self.first.gap(dir, len),
        }
    }

    fn heap_bytes(&self) -> usize {
        self.first.heap_bytes() + self.next.as_ref().map_or(0, |n| n.heap_bytes())
    }

    fn collect_messages(&mut self) {
        self.collect = true;
        self.first.collect_messages();
        if let Some(n) = self.next.as_mut() {
            n.collect_messages();
        }
    }

    fn set_time_ns(&mut self, ts: i128) {
        self.time_ns = ts;
        self.first.set_time_ns(ts);
        if let Some(n) = self.next.as_mut() {
            n.set_time_ns(ts);
        }
    }

    fn set_frame(&mut self, frame: u64) {
        self.frame = frame;
        self.first.set_frame(frame);
        if let Some(n) = self.next.as_mut() {
            n.set_frame(frame);
        }
    }

    fn set_ports(&mut self, src: u16, dst: u16) {
        self.ports = Some((src, dst));
        self.first.set_ports(src, dst);
        if let Some(n) = self.next.as_mut() {
            n.set_ports(src, dst);
        }
    }

    fn set_endpoints(&mut self, e: &Endpoints) {
        self.endpoints = Some(*e);
        self.first.set_endpoints(e);
        if let Some(n) = self.next.as_mut() {
            n.set_endpoints(e);
        }
    }

    fn set_conversation_frame(&mut self, frame: u64) {
        self.conversation_frame = frame;
        self.first.set_conversation_frame(frame);
    }

    fn take_expected(&mut self, out: &mut Vec<Expected>) {
        self.first.take_expected(out);
        if let Some(n) = self.next.as_mut() {
            n.take_expected(out);
        }
    }

    fn whole_segments(&self) -> bool {
        match &self.next {
            Some(n) => n.whole_segments(),
            None => self.first.whole_segments(),
        }
    }

    fn set_snap_cut(&mut self, cut: u64) {
        self.snap_cut = cut;
        self.first.set_snap_cut(cut);
        if let Some(n) = self.next.as_mut() {
            n.set_snap_cut(cut);
        }
    }

    fn set_keys(&mut self, keys: &super::tls::keylog::Keys) {
        self.keys = Some(keys.clone());
        self.first.set_keys(keys);
    }

    fn skip_fingerprints(&mut self) {
        self.skip_fingerprints = true;
        self.first.skip_fingerprints();
    }

    fn skip_detail(&mut self) {
        self.skip_detail = true;
        self.first.skip_detail();
    }

    fn set_tunneled(&mut self) {
        self.first.set_tunneled();
        if let Some(n) = self.next.as_mut() {
            n.set_tunneled();
        }
    }

    fn set_secure(&mut self) {
        self.secure = true;
        self.first.set_secure();
    }

    fn set_decode_as(&mut self, rules: &[DecodeAs]) {
        self.decode_as = rules.to_vec();
        self.first.set_decode_as(rules);
    }

    fn carrier_layer(&self) -> Option<Layer<'static>> {
        match &self.next {
            Some(n) => n.carrier_layer(),
            None => self.first.carrier_layer(),
        }
    }

    fn take_opened_conversations(&mut self) -> u32 {
        self.first.take_opened_conversations()
            + self
                .next
                .as_mut()
                .map_or(0, |n| n.take_opened_conversations())
    }

    fn carries_every_segment(&self) -> bool {
        match &self.next {
            Some(n) => n.carries_every_segment(),
            None => self.first.carries_every_segment(),
        }
    }

    fn set_stream_media(&mut self, media: &super::http2::StreamMedia) {
        self.media = Some(media.clone());
        self.first.set_stream_media(media);
    }

    fn holds_partial(&self, dir: Dir) -> bool {
        match &self.next {
            Some(n) => n.holds_partial(dir),
            None => self.first.holds_partial(dir),
        }
    }

    fn reassembling(&self, dir: Dir) -> bool {
        match &self.next {
            Some(n) => n.reassembling(dir),
            None => self.first.reassembling(dir),
        }
    }

    fn partial_item(&self, dir: Dir) -> Option<Layer<'static>> {
        match &self.next {
            Some(n) => n.partial_item(dir),
            None => self.first.partial_item(dir),
        }
    }

    fn wants_one_more_segment(&self, dir: Dir) -> bool {
        match &self.next {
            Some(n) => n.wants_one_more_segment(dir),
            None => self.first.wants_one_more_segment(dir),
        }
    }

    fn began_in_cut_message(&self, dir: Dir) -> bool {
        match &self.next {
            Some(n) => n.began_in_cut_message(dir),
            None => self.first.began_in_cut_message(dir),
        }
    }

    fn began_after_cut_message(&self, dir: Dir) -> bool {
        match &self.next {
            Some(n) => n.began_after_cut_message(dir),
            None => self.first.began_after_cut_message(dir),
        }
    }

    fn refused(&self, dir: Dir) -> bool {
        match &self.next {
            Some(n) => n.refused(dir),
            None => self.first.refused(dir),
        }
    }

    fn consumed_silently(&self, dir: Dir) -> bool {
        match &self.next {
            // The segment that made the successor may have gone nowhere
            // in the first decoder (PostgreSQL's answer to an SSL request).
            Some(n) if self.next_fed[dir.index()] => n.consumed_silently(dir),
            Some(n) => n.consumed_silently(dir) || self.first.consumed_silently(dir),
            None => self.first.consumed_silently(dir),
        }
    }

    fn pending_info(&self, dir: Dir, out: &mut String) -> bool {
        match &self.next {
            Some(n) => n.pending_info(dir, out),
            None => self.first.pending_info(dir, out),
        }
    }

    fn closed_by_fin(&mut self, dir: Dir) {
        match self.next.as_mut() {
            Some(n) => n.closed_by_fin(dir),
            None => self.first.closed_by_fin(dir),
        }
    }

    fn closed_by_reset(&mut self, dir: Dir) {
        match self.next.as_mut() {
            Some(n) => n.closed_by_reset(dir),
            None => self.first.closed_by_reset(dir),
        }
    }

    fn finish(&mut self, dir: Dir, out: &mut Vec<Message>) {
        match self.next.as_mut() {
            Some(n) => n.finish(dir, out),
            None => self.first.finish(dir, out),
        }
    }

    fn take_successor(&mut self) -> Option<Successor> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// What a decoder was fed: stream offset, bytes, and the frame and
    /// ports it was told before.
    type Log = Arc<Mutex<Vec<(u64, Vec<u8>, u64, Option<(u16, u16)>)>>>;

    /// A decoder that logs what it is fed and, when it reads `!`, hands
    /// the conversation to another from the byte after it.
    struct Logger {
        name: &'static str,
        log: Log,
        next_log: Log,
        frame: u64,
        ports: Option<(u16, u16)>,
        handing: Option<usize>,
    }

    impl Logger {
        fn new(name: &'static str, log: &Log, next_log: &Log) -> Self {
            Logger {
                name,
                log: Arc::clone(log),
                next_log: Arc::clone(next_log),
                frame: 0,
                ports: None,
                handing: None,
            }
        }
    }

    impl StreamDecoder for Logger {
        fn protocol(&self) -> &'static str {
            self.name
        }
        fn set_frame(&mut self, frame: u64) {
            self.frame = frame;
        }
        fn set_ports(&mut self, src: u16, dst: u16) {
            self.ports = Some((src, dst));
        }
        fn feed(&mut self, _dir: Dir, offset: u64, data: &[u8], _out: &mut Vec<Message>) {
            let cut = data.iter().position(|&b| b == b'!');
            let mine = cut.map_or(data, |at| &data[..=at]);
            let entry = (offset, mine.to_vec(), self.frame, self.ports);
            self.log.lock().unwrap().push(entry);
            self.handing = cut.map(|at| at + 1);
        }
        fn gap(&mut self, _dir: Dir, _len: u64) {}
        fn take_successor(&mut self) -> Option<Successor> {
            let from = self.handing.take()?;
            let log = Arc::clone(&self.next_log);
            Some(Successor {
                decoder: Box::new(Logger::new("second", &log, &log)),
                from,
            })
        }
    }

    fn feed(h: &mut Handover<Logger>, frame: u64, offset: u64, data: &[u8]) {
        h.set_frame(frame);
        h.set_ports(40000, 389);
        h.feed(Dir::Client, offset, data, &mut Vec::new());
    }

    #[test]
    fn the_successor_gets_the_segment_s_rest_and_the_run_s_settings() {
        let (first, second) = (Log::default(), Log::default());
        let mut h = Handover::new(Logger::new("first", &first, &second));
        feed(&mut h, 4, 0, b"abc");
        assert_eq!(h.protocol(), "first");
        feed(&mut h, 5, 3, b"de!fg");
        assert_eq!(h.protocol(), "second");
        feed(&mut h, 6, 8, b"h!i");
        let first = first.lock().unwrap().clone();
        let second = second.lock().unwrap().clone();
        assert_eq!(first.len(), 2);
        assert_eq!(first[1], (3, b"de!".to_vec(), 5, Some((40000, 389))));
        // Started with the frame and ports of the segment that made it.
        assert_eq!(second[0], (6, b"fg".to_vec(), 5, Some((40000, 389))));
        assert_eq!(second[1], (8, b"h!".to_vec(), 6, Some((40000, 389))));
        // The successor's own successor is not taken: it keeps the rest.
        assert_eq!(second.len(), 2);
    }

    #[test]
    fn a_successor_from_the_next_segment_gets_nothing_of_this_one() {
        let (first, second) = (Log::default(), Log::default());
        let mut h = Handover::new(Logger::new("first", &first, &second));
        feed(&mut h, 4, 0, b"ab!");
        assert_eq!(h.protocol(), "second");
        assert!(second.lock().unwrap().is_empty());
        feed(&mut h, 5, 3, b"cd");
        assert_eq!(
            second.lock().unwrap()[0],
            (3, b"cd".to_vec(), 5, Some((40000, 389)))
        );
    }
}
