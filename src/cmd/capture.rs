//! `osidump capture` and `osidump interfaces`.
//!
//! Live frames go through the same `Dissector` and `Renderer` as frames from
//! files; the only differences are where they come from (a
//! [`CaptureSource`], whichever backend), the optional `-w` writer, and the
//! way a capture ends: `-c`, `--duration`, or SIGINT/SIGTERM. On a signal
//! the packet in hand is finished, the `-w` file flushed and closed, and a
//! summary printed on stderr. Further signals while stopping change
//! nothing: `timeout` and a terminal's Ctrl-C send one to the process
//! group and another to the process, and the second must not cost the
//! buffered packets (SIGKILL still ends a capture that cannot stop).
//!
//! Privileges: once the socket and the `-w` file are open, and before the
//! first packet is read, every capability is dropped (and with `-Z USER`,
//! as root, the user changed first); see `source::live::privileges`.

use std::io::{self, BufWriter, Write};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
/// Longest stdout may hold printed packets while packets keep coming.
const OUT_FLUSH: std::time::Duration = std::time::Duration::from_millis(100);

use std::time::{Duration, Instant};

use osidump::dissect::Dissection;
use osidump::pipeline::{Pipeline, RunError, Sink};
use osidump::render::{Renderer, safe};
use osidump::source::Frame;
use osidump::source::linktype;
use osidump::source::live::{self, Backend, CaptureCheck, CaptureConfig};
use osidump::source::writer::{CaptureWriter, WriterInfo};
use signal_hook::consts::{SIGINT, SIGTERM};

use super::{output_settings, render_options};
use crate::cli::{BackendArg, CaptureArgs, InterfacesArgs, ListFormat};
use crate::{Ctx, Failure, io_failure};

/// How often buffered `-w` records are pushed to the file while packets flow.
const WRITER_FLUSH: Duration = Duration::from_secs(1);

fn backend(arg: BackendArg) -> Backend {
    match arg {
        BackendArg::Auto => Backend::default_for_build(),
        BackendArg::Packet => Backend::Packet,
        BackendArg::Libpcap => Backend::Libpcap,
    }
}

fn report(msg: impl std::fmt::Display) -> Failure {
    eprintln!("osidump: {msg}");
    Failure::Reported
}

/// Raises `stop` on SIGINT/SIGTERM; the first one starts an orderly stop,
/// the next ones find it already raised.
fn install_signals(stop: &Arc<AtomicBool>) -> io::Result<()> {
    for sig in [SIGINT, SIGTERM] {
        signal_hook::flag::register(sig, Arc::clone(stop))?;
    }
    Ok(())
}

/// Records every frame with `-w`, prints the ones the filter selects, and
/// flushes stdout when the socket runs dry (or every 100 ms in a flood) so
/// live output appears as packets arrive without a write per packet.
struct CaptureSink<W: Write> {
    out: W,
    renderer: Renderer,
    writer: Option<CaptureWriter>,
    /// A `-w` failure, reported with the file's name.
    writer_error: Option<io::Error>,
    last_flush: Instant,
    last_out_flush: Instant,
}

impl<W: Write> Sink for CaptureSink<W> {
    fn read(&mut self, frame: &Frame<'_>) -> io::Result<()> {
        self.renderer.read(frame.ts);
        let Some(w) = self.writer.as_mut() else {
            return Ok(());
        };
        let written = w.write_frame(frame).and_then(|()| {
            if self.last_flush.elapsed() >= WRITER_FLUSH {
                self.last_flush = Instant::now();
                w.flush()
            } else {
                Ok(())
            }
        });
        written.map_err(|e| {
            let marker = io::Error::other("-w failed");
            self.writer_error = Some(e);
            marker
        })
    }

    fn packet(&mut self, _frame: &Frame<'_>, d: &Dissection<'_>) -> io::Result<()> {
        self.renderer.render(&mut self.out, d)
    }

    fn after(&mut self, idle: bool, _position: u64) -> io::Result<()> {
        if idle || self.last_out_flush.elapsed() >= OUT_FLUSH {
            self.last_out_flush = Instant::now();
            self.out.flush()?;
        }
        Ok(())
    }
}

pub fn capture(args: &CaptureArgs, ctx: Ctx) -> Result<(), Failure> {
    if args.user.is_some() && !live::is_root() {
        eprintln!(
            "osidump: -Z/--user needs root (it switches from root to that user once the \
             capture is open); without root, osidump already drops its capabilities by itself"
        );
        return Err(Failure::Usage);
    }
    let stop = Arc::new(AtomicBool::new(false));
    install_signals(&stop).map_err(|e| report(format!("installing signal handlers: {e}")))?;

    let mut settings = output_settings(&args.output)?;
    settings.dissect = !args.quiet;
    let started = Instant::now();
    let cfg = CaptureConfig {
        interface: args.interface.clone(),
        snaplen: args.snaplen,
        promisc: !args.no_promisc,
        filter: args.filter.clone(),
        backend: backend(args.backend),
        stop,
        deadline: args.duration.map(|d| started + d),
    };
    let mut source = live::open(cfg).map_err(report)?;
    if let Some(user) = &args.user {
        live::become_user(user).map_err(report)?;
    }
    // Created after changing user, like tcpdump: the file belongs to --user.
    let writer = match &args.write {
        Some(path) => {
            let info = WriterInfo {
                linktype: source.linktype(),
                snaplen: source.snaplen(),
                interface: Some(source.interface().to_string()),
            };
            let w = CaptureWriter::create(path, &info)
                .map_err(|e| report(format!("{}: {e}", path.display())))?;
            Some(w)
        }
        None => None,
    };
    // Nothing after this point needs a privilege: the first packet is
    // parsed without any.
    live::drop_capabilities().map_err(report)?;
    eprintln!(
        "osidump: capturing on {} ({}, {}), snaplen {} bytes{}",
        safe::escape(source.interface()),
        linktype::name(source.linktype()),
        source.backend_name(),
        source.snaplen(),
        if args.write.is_some() && args.quiet {
            ", recording only"
        } else {
            ""
        }
    );

    let opts = render_options(&args.output, ctx);
    let stdout = io::stdout();
    let mut sink = CaptureSink {
        out: BufWriter::with_capacity(1 << 16, stdout.lock()),
        renderer: Renderer::new(opts),
        writer,
        writer_error: None,
        last_flush: Instant::now(),
        last_out_flush: Instant::now(),
    };
    let mut pipe = Pipeline::new(settings);
    let w_path = || {
        args.write
            .as_deref()
            .unwrap_or(std::path::Path::new("-w"))
            .display()
            .to_string()
    };
    // The first failure, reported after the file is closed and the summary printed.
    let mut writer_failed = false;
    let mut outcome: Result<(), Failure> = match pipe.run(&mut source, &mut sink) {
        Ok(_) => Ok(()),
        Err(RunError::Source(e)) => Err(report(e.message)),
        Err(RunError::Sink(e)) => match sink.writer_error.take() {
            Some(w) => {
                writer_failed = true;
                Err(report(format!("{}: {w}", w_path())))
            }
            None => Err(io_failure(e)),
        },
    };

    if let Err(e) = sink.out.flush()
        && outcome.is_ok()
    {
        outcome = Err(io_failure(e));
    }
    let stats = source.stats();
    drop(source);
    let mut written = None;
    if let Some(w) = sink.writer.take() {
        let n = w.written();
        match w.finish() {
            // Reported once, when it failed: a full disk stays full.
            Err(_) if writer_failed => {}
            Ok(_) => written = Some(n),
            Err(e) => {
                let f = report(format!("{}: {e}", w_path()));
                if outcome.is_ok() {
                    outcome = Err(f);
                }
            }
        }
    }
    let dissected = if args.quiet { 0 } else { pipe.read };
    let mut summary = format!(
        "osidump: {} packets captured, {dissected} dissected",
        pipe.read
    );
    if let Some(n) = written {
        summary += &format!(", {n} written");
    }
    match stats.kernel_dropped {
        Some(d) => summary += &format!(", {d} dropped by kernel"),
        None => summary += ", kernel drops unknown",
    }
    summary += &format!(", {:.3} s", started.elapsed().as_secs_f64());
    eprintln!("{summary}");
    outcome
}

pub fn interfaces(args: &InterfacesArgs) -> Result<(), Failure> {
    let backend = backend(args.backend);
    // `any`, the pseudo-device of every interface (cooked headers), last,
    // as tcpdump -D lists it.
    let any = live::InterfaceInfo {
        name: live::ANY.to_string(),
        index: 0,
        up: true,
        running: true,
        loopback: false,
        mac: None,
        addresses: Vec::new(),
    };
    let list: Vec<_> = live::interfaces()
        .into_iter()
        .chain(std::iter::once(any))
        .map(|i| {
            let check = live::check_capture(&i.name, backend);
            (i, check)
        })
        .collect();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let printed = match args.format {
        ListFormat::Json => {
            let v: Vec<serde_json::Value> = list
                .iter()
                .map(|(i, c)| {
                    serde_json::json!({
                        "name": i.name,
                        "index": i.index,
                        "up": i.up,
                        "running": i.running,
                        "loopback": i.loopback,
                        "mac": i.mac,
                        "addresses": i.addresses,
                        "can_capture": *c == CaptureCheck::Yes,
                        "capture_error": match c {
                            CaptureCheck::Yes => None,
                            CaptureCheck::NeedsPrivileges => Some("needs CAP_NET_RAW".to_string()),
                            CaptureCheck::No(m) => Some(m.clone()),
                        },
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &v)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        }
        ListFormat::Table => write_table(&mut out, &list),
    };
    printed.and_then(|()| out.flush()).map_err(io_failure)?;
    if list
        .iter()
        .any(|(_, c)| *c == CaptureCheck::NeedsPrivileges)
    {
        eprintln!("osidump: {}", live::CaptureError::Permission);
    }
    Ok(())
}

fn write_table(
    out: &mut impl Write,
    list: &[(live::InterfaceInfo, CaptureCheck)],
) -> io::Result<()> {
    let rows: Vec<[String; 6]> = list
        .iter()
        .map(|(i, c)| {
            // Interface names are whatever `ip link` was given: escaped.
            [
                i.index.to_string(),
                safe::escape(&i.name).into_owned(),
                match (i.up, i.running) {
                    (true, true) => "up".into(),
                    (true, false) => "up, no carrier".into(),
                    (false, _) => "down".into(),
                },
                i.mac.clone().unwrap_or_else(|| "-".into()),
                if i.addresses.is_empty() {
                    "-".into()
                } else {
                    i.addresses.join(" ")
                },
                match c {
                    CaptureCheck::Yes => "yes".into(),
                    CaptureCheck::NeedsPrivileges => "no (needs CAP_NET_RAW)".into(),
                    CaptureCheck::No(m) => format!("no ({})", safe::escape(m)),
                },
            ]
        })
        .collect();
    let head = ["INDEX", "NAME", "STATE", "MAC", "ADDRESSES", "CAPTURE"];
    let mut width = head.map(str::len);
    for r in &rows {
        for (w, cell) in width.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: [&str; 6]| -> io::Result<()> {
        let mut s = String::new();
        for (k, (cell, w)) in cells.iter().zip(width).enumerate() {
            if k == 5 {
                s.push_str(cell);
            } else if k == 0 {
                s.push_str(&format!("{cell:>w$}  "));
            } else {
                s.push_str(&format!("{cell:<w$}  "));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, head)?;
    for r in &rows {
        line(out, r.each_ref().map(String::as_str))?;
    }
    Ok(())
}
