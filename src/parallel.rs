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
//! The cost: each selected frame's dissection is made to own its values
//! (strings and bytes borrowed from the frame are copied) and is read by
//! another core than the one that wrote it, which frees it (glibc's malloc
//! then takes the allocating thread's arena lock: a fifth of the time in
//! `perf`). Since the renderers got cheaper (about 14k instructions a
//! packet for JSON, as much as the copy), this loses: on an idle 2-core
//! machine (100 MB bench capture) 2 threads took 2.4x the time of one with
//! `-T json`, 3.2x with `-T line`, 2.8x with `-V`, so `--threads` defaults
//! to 1. mimalloc instead of glibc's malloc did not make 2 threads faster
//! and tripled the single-threaded peak RSS. Shards of the dissection by
//! flow would avoid the copy but not the cross-flow state above.
//!
//! Frames travel in batches; a bounded number of batches is in flight
//! (dispatched and not yet written), so memory stays bounded whatever the
//! speed of the output. When every worker is busy, the calling thread
//! renders a batch itself rather than wait.

use crate::dissect::event::Event;
use crate::dissect::{Dissection, Layer};
use crate::render::Renderer;
use crate::render::time::Clock;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// Frames in a batch at most, and frame bytes (a batch of large frames is
/// sent sooner).
const BATCH_FRAMES: usize = 128;
const BATCH_BYTES: usize = 256 * 1024;
/// Batches queued per worker: the caller renders a batch itself only when
/// this many wait, so the workers do not run dry while it renders.
const QUEUED_PER_WORKER: usize = 2;
/// Batches in flight (queued, being rendered, or waiting for the writer)
/// per thread.
const IN_FLIGHT_PER_THREAD: usize = 4;

/// One selected frame, owning its bytes and values.
struct Item {
    data: Vec<u8>,
    layers: Vec<Layer<'static>>,
    events: Vec<Event<'static>>,
    /// The time column's clock for this frame (line view).
    clock: Option<Clock>,
}

#[derive(Default)]
struct Batch {
    items: Vec<Item>,
    bytes: usize,
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
    scratch: Vec<u8>,
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
        let failed = Arc::new(Failed::default());
        let (permits, permits_rx) = mpsc::sync_channel(threads.max(2) * IN_FLIGHT_PER_THREAD);
        let (out_tx, out_rx) = mpsc::channel::<(u64, Out)>();
        let (jobs_tx, jobs_rx) = mpsc::sync_channel::<(u64, Batch)>(workers_n * QUEUED_PER_WORKER);
        let jobs_rx = Arc::new(Mutex::new(jobs_rx));
        let mut workers = Vec::with_capacity(workers_n);
        for _ in 0..workers_n {
            let jobs = Arc::clone(&jobs_rx);
            let out = out_tx.clone();
            let mut r = renderer.clone();
            let failed = Arc::clone(&failed);
            workers.push(std::thread::spawn(move || {
                let mut text = Vec::new();
                loop {
                    let job = match jobs.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, batch)) = job else { return };
                    let rendered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        render_batch(&mut r, batch, &mut text)
                    }));
                    if let Err(p) = rendered {
                        // The batch's sequence number is still sent (the
                        // writer waits for it); the caller panics in turn.
                        if let Ok(mut slot) = failed.panic.lock() {
                            *slot = Some(p);
                        }
                        failed.record(gone());
                        text.clear();
                    }
                    if out
                        .send((seq, Out::Text(std::mem::take(&mut text))))
                        .is_err()
                    {
                        return;
                    }
                }
            }));
        }
        let writer_failed = Arc::clone(&failed);
        let writer =
            std::thread::spawn(move || write_in_order(output, out_rx, permits_rx, &writer_failed));
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
            scratch: Vec::new(),
        })
    }

    /// A frame was read (shown or not): the time column counts from it.
    pub fn read(&mut self, ts: crate::source::Timestamp, digits: u8) {
        self.renderer.read(ts, digits);
    }

    /// A selected frame, to be written after those before it. Fails with
    /// the output's error once a write failed (a closed pipe: stop).
    pub fn packet(&mut self, mut d: Dissection<'_>) -> io::Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        let clock = self.renderer.shown(&d);
        let item = Item {
            data: d.data.to_vec(),
            layers: std::mem::take(&mut d.layers)
                .into_iter()
                .map(Layer::into_owned)
                .collect(),
            events: std::mem::take(&mut d.events)
                .into_iter()
                .map(Event::into_owned)
                .collect(),
            clock,
        };
        self.batch.bytes += item.data.len();
        self.batch.items.push(item);
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
                render_batch(&mut self.renderer, batch, &mut self.scratch);
                let text = std::mem::take(&mut self.scratch);
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

fn render_batch(r: &mut Renderer, batch: Batch, text: &mut Vec<u8>) {
    text.clear();
    for item in batch.items {
        if let Some(c) = item.clock {
            r.set_clock(c);
        }
        let d = Dissection {
            data: &item.data,
            layers: item.layers,
            events: item.events,
        };
        // Writing to a Vec cannot fail.
        let _ = r.render(text, &d);
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
