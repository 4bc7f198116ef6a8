//! `dissect --threads N`: frames are still read, dissected, filtered and
//! timed by the one [`crate::pipeline::Pipeline`] loop on the calling
//! thread, in capture order; what is spread over the threads is the
//! rendering of the frames it selects (JSON, tree, line, fields, ek), and an
//! ordered writer puts their text out in frame order.
//!
//! Why the dissection itself is not split into shards by flow: much of
//! what it decides depends on frames of other flows, in capture order —
//! `tcp.stream` / `udp.stream` count conversations across the capture and
//! forget idle or evicted ones by ticks of the whole table, the memory
//! budget that evicts conversations is shared by all of them, DHCP and
//! SSDP match answers to requests sent between other addresses, QUIC
//! numbers connections across the capture, pcapng secrets apply from their
//! position on. Shards would have to replay all of that to stay identical;
//! rendering depends on nothing but the dissection and the time column's
//! clock, which the calling thread hands over with each frame, so the
//! output is the single-threaded output byte for byte by construction.
//!
//! Handing a frame over copies nothing of its dissection: the pipeline
//! copies the frame's bytes into a buffer of its own before dissecting it
//! ([`Kept`]), so the dissection borrows bytes that travel with it. The
//! rendered batches come back to the calling thread, which drops their
//! dissections and reuses their buffers and lists: every allocation is made
//! and freed on the one thread (a frame freed by another thread takes the
//! allocating thread's malloc arena lock; when the values were copied and
//! freed by the workers, that lock was a fifth of the time in `perf` and
//! 2 threads took 2.4x the time of one with `-T json`).
//!
//! What is left to gain is the rendering's share, and handing frames over
//! costs part of it back: the worker reads a dissection written on the
//! other core, which then frees it. On an idle 2-core machine (100 MB bench
//! capture, best of 4) 2 threads took 0.63x the time of one with `-V`,
//! 0.81x with `-T json` and `-T ek`; on another 2-core VM (2026-12-05, best
//! of 3) about the time of one with `-V`, 1.22x with `-T json` (`perf`:
//! twice the samples in `render::json::packet` on the worker, 13x in
//! `_int_free` on the caller), hence one thread by default for all but
//! `-V`. Going further needs the dissection itself sharded by flow, each
//! shard rendering what it dissected, with the cross-flow state above moved
//! to the reader.
//!
//! Frames travel in batches; a bounded number of batches is in flight
//! (dispatched and not yet written), so memory stays bounded whatever the
//! speed of the output. When every worker is busy, the calling thread
//! renders a batch itself rather than wait.

use crate::dissect::event::Event;
use crate::dissect::{Dissection, Layer};
use crate::render::Renderer;
use crate::render::time::Clock;
use crate::source::{Comments, Frame};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// Frames in a batch at most, and frame bytes (a batch of large frames is
/// sent sooner).
const BATCH_FRAMES: usize = 32;
const BATCH_BYTES: usize = 256 * 1024;
/// Batches queued per worker: the caller renders a batch itself only when
/// this many wait, so the workers do not run dry while it renders.
const QUEUED_PER_WORKER: usize = 2;
/// Batches in flight (queued, being rendered, or waiting for the writer)
/// per thread.
const IN_FLIGHT_PER_THREAD: usize = 2;
/// Frame buffers kept for reuse at most, and the largest kept (a jumbo
/// frame's buffer gives its memory back).
const KEEP_BUFFERS: usize = 4096;
const MAX_BUFFER: usize = 64 * 1024;

/// A selected frame kept past the pipeline's loop: its bytes copied into a
/// buffer of its own, and the dissection made from that copy. The
/// dissection borrows the buffer's heap bytes, which stay where they are
/// when the buffer moves, so neither the dissection nor its values are
/// copied to hand the frame to another thread.
pub struct Kept {
    // Declared before `bytes`: dropped before the bytes it borrows.
    dissection: Dissection<'static>,
    bytes: Vec<u8>,
}

impl Kept {
    /// Copies what a dissection may borrow of `frame` (its bytes, its
    /// interface name and its comments) into `buffer`, and calls `dissect`
    /// on a frame made of the copies. The dissection it returns (a selected
    /// frame) is kept with them; without one the buffer comes back.
    ///
    /// `dissect` is given the copy for any lifetime the caller may choose,
    /// so what it returns can borrow nothing but that copy and `'static`
    /// data: this is what makes keeping the two together sound.
    pub fn dissect<F>(mut buffer: Vec<u8>, frame: &Frame<'_>, dissect: F) -> Result<Kept, Vec<u8>>
    where
        F: for<'b> FnOnce(&Frame<'b>) -> Option<Dissection<'b>>,
    {
        buffer.clear();
        buffer.extend_from_slice(frame.data);
        let name_at = buffer.len();
        if let Some(name) = frame.interface_name {
            buffer.extend_from_slice(name.as_bytes());
        }
        let comments_at = buffer.len();
        let (options, big_endian) = frame.comments.parts();
        buffer.extend_from_slice(options);
        let dissection = {
            let bytes = buffer.as_slice();
            let copy = Frame {
                data: &bytes[..name_at],
                interface_name: frame
                    .interface_name
                    .map(|_| std::str::from_utf8(&bytes[name_at..comments_at]).unwrap_or("")),
                comments: Comments::new(&bytes[comments_at..], big_endian),
                ..*frame
            };
            let d = dissect(&copy);
            // SAFETY: `d` borrows only `buffer`'s heap bytes (or 'static
            // data: `dissect` works for every lifetime of the copy). Those
            // bytes stay where they are when `buffer` is moved into the
            // `Kept` below, are never written while it holds them, and are
            // freed only after the dissection is dropped (field order, and
            // `into_buffer`). Only the lifetime changes.
            unsafe { std::mem::transmute::<Option<Dissection<'_>>, Option<Dissection<'static>>>(d) }
        };
        match dissection {
            Some(dissection) => Ok(Kept {
                dissection,
                bytes: buffer,
            }),
            None => Err(buffer),
        }
    }

    /// A dissection not made by [`Kept::dissect`], copied: its bytes, and
    /// its values that borrow them.
    pub fn copied(d: &Dissection<'_>) -> Kept {
        let bytes = d.data.to_vec();
        let data: &[u8] = &bytes;
        // SAFETY: as in `dissect`: `data` points into `bytes`'s heap
        // bytes, which move with the `Kept` and outlive the dissection.
        let data = unsafe { std::mem::transmute::<&[u8], &'static [u8]>(data) };
        let dissection = Dissection {
            data,
            layers: d.layers.iter().cloned().map(Layer::into_owned).collect(),
            events: d.events.iter().cloned().map(Event::into_owned).collect(),
        };
        Kept { dissection, bytes }
    }

    /// The dissection, borrowed for as long as the frame is.
    pub fn dissection(&self) -> &Dissection<'_> {
        &self.dissection
    }

    /// The buffer back (for the next frame), the dissection dropped.
    pub fn into_buffer(self) -> Vec<u8> {
        let Kept { dissection, bytes } = self;
        drop(dissection);
        bytes
    }
}

/// One selected frame and the time column's clock for it (line view).
struct Item {
    kept: Kept,
    clock: Option<Clock>,
}

#[derive(Default)]
struct Batch {
    items: Vec<Item>,
    bytes: usize,
}

/// Texts the writer wrote, emptied, for the next batches: a batch's text
/// grows to hundreds of kilobytes, and growing a new one each time cost
/// more than rendering a tenth of the frames.
#[derive(Clone, Default)]
struct Texts(Arc<Mutex<Vec<Vec<u8>>>>);

impl Texts {
    /// Texts kept at most, and the largest kept.
    const KEEP: usize = 8;
    const MAX: usize = 4 << 20;

    fn take(&self) -> Vec<u8> {
        self.0
            .lock()
            .ok()
            .and_then(|mut t| t.pop())
            .unwrap_or_default()
    }

    fn give(&self, mut text: Vec<u8>) {
        if text.capacity() > Self::MAX {
            return;
        }
        text.clear();
        if let Ok(mut t) = self.0.lock()
            && t.len() < Self::KEEP
        {
            t.push(text);
        }
    }
}

/// What the ordered writer receives, by sequence number.
enum Out {
    /// A batch's text.
    Text(Vec<u8>),
    /// Flush what came before, then answer.
    Flush(Sender<io::Result<()>>),
}

/// The first write error, kept for the calling thread to report; a
/// worker's panic, to be raised again on the calling thread.
#[derive(Default)]
struct Failed {
    set: AtomicBool,
    error: Mutex<Option<io::Error>>,
    panic: Mutex<Option<Box<dyn std::any::Any + Send>>>,
}

impl Failed {
    fn record(&self, e: io::Error) {
        if let Ok(mut slot) = self.error.lock()
            && slot.is_none()
        {
            *slot = Some(e);
        }
        self.set.store(true, Ordering::Release);
    }

    /// The error, once: later calls get a copy of its kind and text. A
    /// worker's panic goes on here.
    fn take(&self) -> Option<io::Error> {
        if !self.set.load(Ordering::Acquire) {
            return None;
        }
        if let Some(p) = self.panic.lock().ok().and_then(|mut p| p.take()) {
            std::panic::resume_unwind(p);
        }
        let mut slot = self.error.lock().ok()?;
        match slot.take() {
            Some(e) => {
                let again = io::Error::new(e.kind(), e.to_string());
                *slot = Some(again);
                Some(e)
            }
            None => None,
        }
    }
}

/// Renders selected frames on `threads` threads (the caller's included)
/// and writes their text in order to the output.
pub struct ParallelRenderer<W: Write + Send + 'static> {
    /// The caller's renderer: keeps the clock and renders batches when
    /// the workers are busy.
    renderer: Renderer,
    batch: Batch,
    /// Sequence number of the next batch or flush.
    seq: u64,
    jobs: Option<SyncSender<(u64, Batch)>>,
    out: Option<Sender<(u64, Out)>>,
    /// One token per batch in flight; the writer takes one back per batch
    /// written.
    permits: SyncSender<()>,
    failed: Arc<Failed>,
    workers: Vec<JoinHandle<()>>,
    writer: Option<JoinHandle<W>>,
    /// Batches the workers rendered, sent back: their frames are dropped
    /// here, on the thread that made them (a frame freed by another
    /// thread takes this one's malloc arena lock, which made `--threads 2`
    /// slower than one), and their buffers reused.
    rendered: Receiver<Batch>,
    /// Frame buffers for [`ParallelRenderer::frame_buffer`].
    buffers: Vec<Vec<u8>>,
    /// Emptied lists of items, for the next batches.
    item_lists: Vec<Vec<Item>>,
    texts: Texts,
}

impl<W: Write + Send + 'static> ParallelRenderer<W> {
    /// `threads` ≥ 2: the caller and `threads - 1` workers render. What the
    /// renderer writes before any packet (the `-T fields` header) is
    /// written first.
    pub fn new(mut renderer: Renderer, threads: usize, mut output: W) -> io::Result<Self> {
        // The header: written now (it comes before any row, and is written
        // by `finish` when there is none), so the workers' copies never
        // write it.
        renderer.finish(&mut output)?;
        let workers_n = threads.saturating_sub(1).max(1);
        // The frames of a batch are dropped here together when it comes
        // back, and their lists are taken again by the next batch's.
        Dissection::keep_lists_for(BATCH_FRAMES);
        let failed = Arc::new(Failed::default());
        let (permits, permits_rx) = mpsc::sync_channel(threads.max(2) * IN_FLIGHT_PER_THREAD);
        let (out_tx, out_rx) = mpsc::channel::<(u64, Out)>();
        let (jobs_tx, jobs_rx) = mpsc::sync_channel::<(u64, Batch)>(workers_n * QUEUED_PER_WORKER);
        let jobs_rx = Arc::new(Mutex::new(jobs_rx));
        let (rendered_tx, rendered_rx) = mpsc::channel::<Batch>();
        let texts = Texts::default();
        let mut workers = Vec::with_capacity(workers_n);
        for _ in 0..workers_n {
            let jobs = Arc::clone(&jobs_rx);
            let out = out_tx.clone();
            let rendered = rendered_tx.clone();
            let mut r = renderer.clone();
            let failed = Arc::clone(&failed);
            let texts = texts.clone();
            workers.push(std::thread::spawn(move || {
                loop {
                    let job = match jobs.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, batch)) = job else { return };
                    let mut text = texts.take();
                    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        render_batch(&mut r, &batch, &mut text)
                    }));
                    // Back to the calling thread, which made its frames
                    // and frees them (gone when it stopped early).
                    let _ = rendered.send(batch);
                    if let Err(p) = done {
                        // The batch's sequence number is still sent (the
                        // writer waits for it); the caller panics in turn.
                        if let Ok(mut slot) = failed.panic.lock() {
                            *slot = Some(p);
                        }
                        failed.record(gone());
                        text.clear();
                    }
                    if out.send((seq, Out::Text(text))).is_err() {
                        return;
                    }
                }
            }));
        }
        let writer_failed = Arc::clone(&failed);
        let written = texts.clone();
        let writer = std::thread::spawn(move || {
            write_in_order(output, out_rx, permits_rx, &writer_failed, &written)
        });
        Ok(ParallelRenderer {
            renderer,
            batch: Batch::default(),
            seq: 0,
            jobs: Some(jobs_tx),
            out: Some(out_tx),
            permits,
            failed,
            workers,
            writer: Some(writer),
            rendered: rendered_rx,
            buffers: Vec::new(),
            item_lists: Vec::new(),
            texts,
        })
    }

    /// A frame was read (shown or not): the time column counts from it.
    pub fn read(&mut self, ts: crate::source::Timestamp, digits: u8) {
        self.renderer.read(ts, digits);
    }

    /// A buffer to copy the next frame into (see [`Kept::dissect`]).
    pub fn frame_buffer(&mut self) -> Vec<u8> {
        if self.buffers.is_empty() {
            self.take_rendered();
        }
        self.buffers.pop().unwrap_or_default()
    }

    /// A frame buffer back, unused or freed of its frame.
    pub fn buffer_back(&mut self, mut buffer: Vec<u8>) {
        if buffer.capacity() <= MAX_BUFFER && self.buffers.len() < KEEP_BUFFERS {
            buffer.clear();
            self.buffers.push(buffer);
        }
    }

    /// The batches the workers sent back: their frames dropped, their
    /// buffers and lists kept for reuse.
    fn take_rendered(&mut self) {
        while let Ok(batch) = self.rendered.try_recv() {
            self.recycle(batch);
        }
    }

    fn recycle(&mut self, batch: Batch) {
        let mut items = batch.items;
        for item in items.drain(..) {
            self.buffer_back(item.kept.into_buffer());
        }
        if self.item_lists.len() < IN_FLIGHT_PER_THREAD * 2 {
            self.item_lists.push(items);
        }
    }

    /// A selected frame, to be written after those before it. Fails with
    /// the output's error once a write failed (a closed pipe: stop).
    pub fn packet(&mut self, d: &Dissection<'_>) -> io::Result<()> {
        self.keep(Kept::copied(d))
    }

    /// [`ParallelRenderer::packet`] for a frame dissected from a buffer of
    /// its own: nothing is copied.
    pub fn keep(&mut self, kept: Kept) -> io::Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        let clock = self.renderer.shown(kept.dissection());
        if self.batch.items.capacity() == 0
            && let Some(list) = self.item_lists.pop()
        {
            self.batch.items = list;
        }
        self.batch.bytes += kept.dissection().data.len();
        self.batch.items.push(Item { kept, clock });
        if self.batch.items.len() >= BATCH_FRAMES || self.batch.bytes >= BATCH_BYTES {
            self.dispatch()?;
        }
        Ok(())
    }

    /// Send the batch at hand to a worker, or render it here when all are
    /// busy.
    fn dispatch(&mut self) -> io::Result<()> {
        if self.batch.items.is_empty() {
            return Ok(());
        }
        self.take_rendered();
        let batch = std::mem::take(&mut self.batch);
        // Wait while too many batches are in flight (the output is slower
        // than the renderers).
        self.permits.send(()).map_err(|_| gone())?;
        let seq = self.seq;
        self.seq += 1;
        let jobs = self.jobs.as_ref().ok_or_else(gone)?;
        match jobs.try_send((seq, batch)) {
            Ok(()) => Ok(()),
            Err(TrySendError::Full((seq, batch))) => {
                let mut text = self.texts.take();
                render_batch(&mut self.renderer, &batch, &mut text);
                self.recycle(batch);
                self.send(seq, Out::Text(text))
            }
            Err(TrySendError::Disconnected(_)) => Err(gone()),
        }
    }

    fn send(&self, seq: u64, out: Out) -> io::Result<()> {
        let tx = self.out.as_ref().ok_or_else(gone)?;
        tx.send((seq, out)).map_err(|_| gone())
    }

    /// Everything given so far written and flushed (before an error
    /// message goes to standard error).
    pub fn flush(&mut self) -> io::Result<()> {
        self.dispatch()?;
        let (tx, rx) = mpsc::channel();
        let seq = self.seq;
        self.seq += 1;
        self.send(seq, Out::Flush(tx))?;
        let flushed = rx.recv().map_err(|_| gone())?;
        match self.failed.take() {
            Some(e) => Err(e),
            None => flushed,
        }
    }

    /// The last frames written, the threads ended; the output, flushed.
    pub fn finish(mut self) -> io::Result<W> {
        let dispatched = self.dispatch();
        self.jobs = None;
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
        self.out = None;
        let output = self
            .writer
            .take()
            .ok_or_else(gone)?
            .join()
            .map_err(|_| gone())?;
        dispatched?;
        match self.failed.take() {
            Some(e) => Err(e),
            None => Ok(output),
        }
    }
}

/// A thread of the pipeline ended before its time (it panicked).
fn gone() -> io::Error {
    io::Error::other("an output thread ended early")
}

fn render_batch(r: &mut Renderer, batch: &Batch, text: &mut Vec<u8>) {
    text.clear();
    for item in &batch.items {
        if let Some(c) = &item.clock {
            r.set_clock(c.clone());
        }
        // Writing to a Vec cannot fail.
        let _ = r.render_into(text, item.kept.dissection());
    }
}

/// The writer thread: texts in sequence order to `output`; after a failed
/// write, the rest is read and dropped (the calling thread stops at its
/// next frame).
fn write_in_order<W: Write>(
    mut output: W,
    rx: Receiver<(u64, Out)>,
    permits: Receiver<()>,
    failed: &Failed,
    texts: &Texts,
) -> W {
    let mut next = 0u64;
    let mut waiting: BTreeMap<u64, Out> = BTreeMap::new();
    let mut ok = true;
    while let Ok((seq, out)) = rx.recv() {
        waiting.insert(seq, out);
        while let Some(out) = waiting.remove(&next) {
            next += 1;
            match out {
                Out::Text(text) => {
                    if ok && let Err(e) = output.write_all(&text) {
                        ok = false;
                        failed.record(e);
                    }
                    texts.give(text);
                    let _ = permits.try_recv();
                }
                Out::Flush(answer) => {
                    let flushed = if ok { output.flush() } else { Ok(()) };
                    if let Err(e) = &flushed {
                        ok = false;
                        failed.record(io::Error::new(e.kind(), e.to_string()));
                    }
                    let _ = answer.send(flushed);
                }
            }
        }
    }
    if ok && let Err(e) = output.flush() {
        failed.record(e);
    }
    output
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dissect::Dissector;
    use crate::source::{Timestamp, linktype};

    /// Ethernet, IPv4, UDP 5353 -> 53 with a four-byte payload.
    fn udp_frame() -> Vec<u8> {
        let mut f = vec![0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1, 0x08, 0x00];
        f.extend([
            0x45, 0, 0, 32, 0, 1, 0, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,
        ]);
        f.extend([0x14, 0xe9, 0, 53, 0, 12, 0, 0, b'a', b'b', b'c', b'd']);
        f
    }

    /// `data` as a whole Ethernet frame of a legacy pcap.
    fn ethernet(data: &[u8]) -> Frame<'_> {
        Frame {
            data,
            orig_len: data.len() as u32,
            linktype: linktype::ETHERNET,
            ..Frame::default()
        }
    }

    /// pcapng options: an `opt_comment` ("kept"), then `opt_endofopt`.
    fn comment_options() -> Vec<u8> {
        vec![1, 0, 4, 0, b'k', b'e', b'p', b't', 0, 0, 0, 0]
    }

    /// A dissection kept with its copy of the frame reads the same as one
    /// made from the frame itself, after the frame's own bytes (data,
    /// interface name, comments) are gone.
    #[test]
    fn kept_dissection_outlives_the_frame_it_was_made_from() {
        let mut data = udp_frame();
        let mut name = String::from("veth0");
        let mut options = comment_options();
        let (expected, kept) = {
            let frame = Frame {
                number: 1,
                ts: Timestamp::default(),
                orig_len: data.len() as u32,
                data: &data,
                linktype: linktype::ETHERNET,
                interface_id: Some(0),
                section: Some(1),
                interface_name: Some(&name),
                comments: Comments::new(&options, false),
                ..Frame::default()
            };
            let direct = Dissector::new().dissect(&frame);
            let expected = format!("{:?}", direct.layers);
            let mut dissector = Dissector::new();
            let kept = Kept::dissect(Vec::new(), &frame, |copy| Some(dissector.dissect(copy)));
            (expected, kept.expect("a dissection is kept"))
        };
        assert!(expected.contains("veth0") && expected.contains("kept"));
        data.fill(0xee);
        name.replace_range(.., "xxxxx");
        options.fill(0xee);
        assert_eq!(format!("{:?}", kept.dissection().layers), expected);
        assert_eq!(kept.dissection().data, &udp_frame()[..]);
        // Its buffer back, for the next frame.
        assert!(kept.into_buffer().capacity() >= udp_frame().len());
    }

    /// Without a dissection (a frame the filter did not select), the
    /// buffer comes back.
    #[test]
    fn unselected_frame_gives_the_buffer_back() {
        let data = udp_frame();
        let frame = ethernet(&data);
        let mut dissector = Dissector::new();
        let back = Kept::dissect(Vec::with_capacity(4096), &frame, |copy| {
            drop(dissector.dissect(copy));
            None
        });
        assert!(back.is_err_and(|b| b.capacity() == 4096));
    }

    /// A copied dissection (not made from a buffer of its own) owns what
    /// it borrowed.
    #[test]
    fn copied_dissection_owns_its_values() {
        let mut data = udp_frame();
        let kept = Kept::copied(&Dissector::new().dissect(&ethernet(&data)));
        let expected = format!("{:?}", Dissector::new().dissect(&ethernet(&data)).layers);
        data.fill(0);
        assert_eq!(format!("{:?}", kept.dissection().layers), expected);
    }
}
