//! tshark's command line, read by `osidump dissect` (and `osidump -r FILE
//! ...`, which is `dissect`): an option that means here what it means to
//! tshark 4.0 is taken, every other one is refused by name with why
//! (`osidump: not supported: -2 (...)`, exit 2). None is ignored: a tshark
//! command line either prints what tshark would, in the formats osidump
//! promises as tshark's, or stops before the first packet.

use crate::Failure;
use crate::cli::{OutputArgs, TsharkArgs};
use std::path::PathBuf;

/// tshark 4.0's defaults (`tshark -G defaultprefs`) of the preferences of
/// the protocols osidump decodes that it follows: `-o NAME:DEFAULT` changes
/// nothing in tshark, so it changes nothing here; any other value would,
/// and is refused.
const DEFAULTS: &[(&str, &str)] = &[
    ("communityid.do_base64", "TRUE"),
    ("dns.desegment_dns_messages", "TRUE"),
    ("http.dechunk_body", "TRUE"),
    ("http.decompress_body", "TRUE"),
    ("http.desegment_body", "TRUE"),
    ("http.desegment_headers", "TRUE"),
    ("ip.check_checksum", "FALSE"),
    ("ip.defragment", "TRUE"),
    ("ipv6.defragment", "TRUE"),
    ("tcp.analyze_sequence_numbers", "TRUE"),
    ("tcp.calculate_timestamps", "TRUE"),
    ("tcp.check_checksum", "FALSE"),
    ("tcp.desegment_tcp_streams", "TRUE"),
    ("tcp.reassemble_out_of_order", "FALSE"),
    ("tcp.relative_sequence_numbers", "TRUE"),
    ("tcp.track_bytes_in_flight", "TRUE"),
    ("tcp.try_heuristic_first", "FALSE"),
    ("tls.desegment_ssl_application_data", "TRUE"),
    ("tls.desegment_ssl_records", "TRUE"),
    ("udp.check_checksum", "FALSE"),
    ("udp.try_heuristic_first", "FALSE"),
];

/// What the taken tshark options change in the run.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Taken {
    /// `-o tls.keylog_file:PATH`: `Some(None)` for an empty path (no key
    /// log, not even `$SSLKEYLOGFILE`, as tshark reads none).
    pub keylog: Option<Option<PathBuf>>,
    /// `-o communityid.seed:N`.
    pub seed: Option<u16>,
    /// `-l`.
    pub flush_each: bool,
}

/// A run's options with the taken tshark options folded in.
pub struct Applied {
    pub output: OutputArgs,
    /// `-l`: flush after each packet.
    pub flush_each: bool,
    /// `-o tls.keylog_file:` (empty): no key log, not even `$SSLKEYLOGFILE`.
    pub no_keylog: bool,
}

/// The output options with the taken tshark options folded in, or the
/// first refused one reported (exit 2).
pub fn apply(t: &TsharkArgs, o: &OutputArgs) -> Result<Applied, Failure> {
    let refuse = |what: String| {
        eprintln!("osidump: not supported: {what}");
        Failure::Usage
    };
    if let Some(what) = refused(t, o) {
        return Err(refuse(what));
    }
    let taken = take(t).map_err(refuse)?;
    let mut output = o.clone();
    let no_keylog = matches!(taken.keylog, Some(None));
    match taken.keylog {
        Some(Some(path)) => output.tls_keylog = Some(path),
        Some(None) => output.tls_keylog = None,
        None => {}
    }
    if let Some(seed) = taken.seed {
        output.community_id_seed = seed;
    }
    Ok(Applied {
        output,
        flush_each: taken.flush_each,
        no_keylog,
    })
}

/// The preferences, `--enable-protocol` and `-u` read as tshark reads them.
pub fn take(t: &TsharkArgs) -> Result<Taken, String> {
    let mut taken = Taken {
        flush_each: t.line_buffered,
        ..Taken::default()
    };
    for p in &t.enable_protocol {
        if !p.eq_ignore_ascii_case("communityid") {
            return Err(format!(
                "--enable-protocol {p} (osidump decodes what it decodes; only `communityid`, \
                 which it always computes, is taken)"
            ));
        }
    }
    if let Some(u) = &t.seconds
        && u != "s"
    {
        return Err(format!(
            "-u {u} (times are written in seconds only, tshark's -u s)"
        ));
    }
    for pref in &t.prefs {
        let (name, value) = pref.split_once(':').ok_or_else(|| {
            format!("-o {pref} (a preference is NAME:VALUE, e.g. tls.keylog_file:keys.txt)")
        })?;
        let name = name.trim();
        let value = value.trim_start();
        // tshark 4.0 still reads the ssl.* names of the tls.* preferences.
        let name = match name.strip_prefix("ssl.") {
            Some(rest) => format!("tls.{rest}"),
            None => name.to_string(),
        };
        match name.as_str() {
            "tls.keylog_file" => {
                taken.keylog = Some((!value.is_empty()).then(|| PathBuf::from(value)));
            }
            "communityid.seed" => {
                taken.seed =
                    Some(value.parse().map_err(|_| {
                        format!("-o {pref} (the seed is a number from 0 to 65535)")
                    })?);
            }
            _ => match DEFAULTS.iter().find(|(n, _)| *n == name) {
                // tshark reads a boolean preference as TRUE when its value
                // is `true` in any case, and as FALSE otherwise.
                Some((_, default)) => {
                    let asked = if value.eq_ignore_ascii_case("true") {
                        "TRUE"
                    } else {
                        "FALSE"
                    };
                    if asked != *default {
                        return Err(format!(
                            "-o {pref} (osidump decodes as tshark's default, {name}:{default}; \
                             tshark reads this value as {asked})"
                        ));
                    }
                }
                None => {
                    return Err(format!(
                        "-o {pref} (the preferences taken are tls.keylog_file, \
                         communityid.seed and tshark's defaults of {})",
                        DEFAULTS
                            .iter()
                            .map(|(n, _)| *n)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            },
        }
    }
    Ok(taken)
}

/// The first option present that osidump does not take, with why.
fn refused(t: &TsharkArgs, o: &OutputArgs) -> Option<String> {
    if let Some(f) = o.format.tshark_only() {
        return Some(super::tshark_format_refusal(f));
    }
    let present: [(bool, &str); 39] = [
        (
            t.two_pass,
            "-2 (osidump reads a capture once, as tshark without -2: a field that \
             points to a later frame is not filled in)",
        ),
        (
            t.read_filter.is_some(),
            "-R (a read filter needs tshark's two passes; -Y filters what is shown)",
        ),
        (
            t.resolve.is_some(),
            "-N (osidump never resolves names: addresses and ports are numbers, as tshark -n)",
        ),
        (
            t.protocol_filter.is_some(),
            "-j (osidump's -T json is its own layout, filter it with jq; -T ek -e FIELD \
             picks fields)",
        ),
        (
            t.top_protocol_filter.is_some(),
            "-J (osidump's -T json is its own layout, filter it with jq; -T ek -e FIELD \
             picks fields)",
        ),
        (
            t.quiet,
            "-q (tshark's quiet mode is for -z statistics: see osidump stats)",
        ),
        (t.quieter, "-Q (errors are always written to stderr)"),
        (
            t.print,
            "-P (packets are always printed; there is no -w here)",
        ),
        (
            t.separator.is_some(),
            "-S (packets are separated as each format is)",
        ),
        (
            t.only_protocols.is_some(),
            "-O (-V shows every layer; -T fields -e FIELD picks fields)",
        ),
        (
            t.write.is_some(),
            "-w (dissect does not write captures; osidump capture -w records live traffic)",
        ),
        (
            t.file_type.is_some(),
            "-F (dissect does not write captures)",
        ),
        (
            t.statistics.is_some(),
            "-z (see osidump stats, osidump follow and osidump sessions)",
        ),
        (
            t.report.is_some(),
            "-G (osidump fields lists the fields, -T tsv in tshark's -G fields layout, \
             -T elastic-mapping as -G elastic-mapping)",
        ),
        (t.hosts.is_some(), "-H (osidump never resolves names)"),
        (t.session_reset.is_some(), "-M (sessions are never reset)"),
        (t.extension.is_some(), "-X (no Lua or extension options)"),
        (t.export_pdu.is_some(), "-U (no PDU export)"),
        (t.keytab.is_some(), "-K (no Kerberos decryption)"),
        (t.profile.is_some(), "-C (no configuration profiles)"),
        (
            t.save_extra.is_some(),
            "-W (dissect does not write captures)",
        ),
        (t.group_read, "-g (dissect does not write captures)"),
        (t.version, "-v (osidump --version)"),
        (
            t.interface.is_some(),
            "-i (dissect reads files; osidump capture -i IFACE captures live)",
        ),
        (
            t.capture_filter.is_some(),
            "-f (dissect reads files; osidump capture -f EXPR filters live capture)",
        ),
        (
            t.snaplen.is_some(),
            "-s (dissect reads files; osidump capture -s BYTES)",
        ),
        (
            t.autostop.is_some(),
            "-a (dissect reads files; osidump capture --duration, -c)",
        ),
        (t.ring_buffer.is_some(), "-b (no ring buffer)"),
        (t.list_interfaces, "-D (osidump interfaces)"),
        (
            t.hexdump.is_some(),
            "--hexdump (-x dumps the frame's bytes)",
        ),
        (
            t.disable_protocol.is_some(),
            "--disable-protocol (every protocol osidump knows is decoded; -d picks a \
             port's protocol)",
        ),
        (
            t.enable_heuristic.is_some(),
            "--enable-heuristic (osidump's heuristics are fixed)",
        ),
        (
            t.disable_heuristic.is_some(),
            "--disable-heuristic (osidump's heuristics are fixed)",
        ),
        (
            t.export_objects.is_some(),
            "--export-objects (osidump follow -s N --show parsed prints a stream's HTTP bodies)",
        ),
        (
            t.export_tls_session_keys.is_some(),
            "--export-tls-session-keys (no key export)",
        ),
        (
            t.no_duplicate_keys,
            "--no-duplicate-keys (osidump's -T json writes a repeated field as an array already)",
        ),
        (
            t.elastic_mapping_filter.is_some(),
            "--elastic-mapping-filter (osidump fields -T elastic-mapping PROTOCOL)",
        ),
        (
            t.capture_comment.is_some(),
            "--capture-comment (dissect does not write captures)",
        ),
        (
            t.temp_dir.is_some() || t.log_level.is_some(),
            "--temp-dir, --log-level (no temporary files, no log levels)",
        ),
    ];
    present
        .into_iter()
        .find(|(on, _)| *on)
        .map(|(_, what)| what.to_string())
}
