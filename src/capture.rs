//! `osidump capture` and `osidump interfaces`.
//!
//! Live frames go through the same `Dissector` and `Renderer` as frames from
//! files; the only differences are where they come from (a
//! [`CaptureSource`], whichever backend), the optional `-w` writer, and the
//! way a capture ends: `-c`, `--duration`, or SIGINT/SIGTERM. On a signal
//! the packet in hand is finished, the `-w` file flushed and closed, and a
//! summary printed on stderr. A second signal while stopping ends the
//! process at once (exit 130).

use std::io::{self, BufWriter, Write};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
/// Longest stdout may hold printed packets while packets keep coming.
const OUT_FLUSH: std::time::Duration = std::time::Duration::from_millis(100);

use std::time::{Duration, Instant};

use osidump::dissect::Dissector;
use osidump::render::Renderer;
use osidump::source::linktype;
use osidump::source::live::{self, Backend, CaptureCheck, CaptureConfig};
use osidump::source::writer::{CaptureWriter, WriterInfo};
use signal_hook::consts::{SIGINT, SIGTERM};

use crate::cli::{BackendArg, CaptureArgs, ColorWhen, InterfacesArgs, ListFormat};
use crate::{Failure, io_failure, render_options};

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

/// Raises `stop` on SIGINT/SIGTERM; a second one while stopping exits.
fn install_signals(stop: &Arc<AtomicBool>) -> io::Result<()> {
    for sig in [SIGINT, SIGTERM] {
        // Registered first, so it sees the flag before this signal sets it.
        signal_hook::flag::register_conditional_shutdown(sig, 130, Arc::clone(stop))?;
        signal_hook::flag::register(sig, Arc::clone(stop))?;
    }
    Ok(())
}

pub fn capture(args: &CaptureArgs, color: ColorWhen) -> Result<(), Failure> {
    let stop = Arc::new(AtomicBool::new(false));
    install_signals(&stop).map_err(|e| report(format!("installing signal handlers: {e}")))?;

    let filter = crate::display_filter(&args.output)?;
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
        live::drop_privileges(user).map_err(report)?;
    }
    // Created after dropping privileges, like tcpdump: the file belongs to --user.
    let mut writer = match &args.write {
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
    eprintln!(
        "osidump: capturing on {} ({}, {}), snaplen {} bytes{}",
        source.interface(),
        linktype::name(source.linktype()),
        source.backend_name(),
        source.snaplen(),
        if args.write.is_some() && args.quiet {
            ", recording only"
        } else {
            ""
        }
    );

    let opts = render_options(&args.output, color);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut renderer = Renderer::new(opts);
    let mut dissector = Dissector::new().with_decode_as(args.output.decode_as.clone());
    let (mut captured, mut dissected) = (0u64, 0u64);
    let mut last_flush = Instant::now();
    let mut last_out_flush = Instant::now();
    // The first failure, reported after the file is closed and the summary printed.
    let mut outcome: Result<(), Failure> = Ok(());

    loop {
        if args.output.count.is_some_and(|c| captured >= c) {
            break;
        }
        let frame = match source.next_frame() {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                outcome = Err(report(e.message));
                break;
            }
        };
        captured += 1;
        if let Some(w) = writer.as_mut() {
            let written = w.write_frame(&frame).and_then(|()| {
                if last_flush.elapsed() >= WRITER_FLUSH {
                    last_flush = Instant::now();
                    w.flush()
                } else {
                    Ok(())
                }
            });
            if let Err(e) = written {
                let path = args.write.as_deref().unwrap_or(std::path::Path::new("-w"));
                outcome = Err(report(format!("{}: {e}", path.display())));
                break;
            }
        }
        if !args.quiet {
            let d = dissector.dissect(&frame);
            // Every packet is dissected (stream state stays right); only
            // those the display filter selects are shown.
            let shown = filter.as_ref().is_none_or(|f| f.matches(&d));
            let printed = if shown {
                renderer.render(&mut out, &d)
            } else {
                Ok(())
            };
            if let Err(e) = printed {
                outcome = Err(io_failure(e));
                break;
            }
            dissected += 1;
        }
        // Live output appears as packets arrive, piped or not: flushed once
        // the socket has nothing more queued (or every 100 ms in a flood),
        // not after every packet.
        if !args.quiet && (!source.has_queued() || last_out_flush.elapsed() >= OUT_FLUSH) {
            last_out_flush = Instant::now();
            if let Err(e) = out.flush() {
                outcome = Err(io_failure(e));
                break;
            }
        }
    }

    if let Err(e) = out.flush()
        && outcome.is_ok()
    {
        outcome = Err(io_failure(e));
    }
    let stats = source.stats();
    drop(source);
    let mut written = None;
    if let Some(w) = writer {
        let n = w.written();
        match w.finish() {
            Ok(_) => written = Some(n),
            Err(e) => {
                let path = args.write.as_deref().unwrap_or(std::path::Path::new("-w"));
                let f = report(format!("{}: {e}", path.display()));
                if outcome.is_ok() {
                    outcome = Err(f);
                }
            }
        }
    }
    let mut summary = format!("osidump: {captured} packets captured, {dissected} dissected");
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
    let list: Vec<_> = live::interfaces()
        .into_iter()
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
            [
                i.index.to_string(),
                i.name.clone(),
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
                    CaptureCheck::No(m) => format!("no ({m})"),
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
