//! `osidump man`: the manual, one page per command as man(1) expects —
//! `osidump(1)` names `osidump-dissect(1)`, `osidump-capture(1)`, ... and
//! each of those exists, with its options (from the clap definition, so
//! they cannot drift), EXAMPLES, the display-filter syntax where `-Y`
//! applies, and osidump's own fields.

use crate::cli::{Cli, ManArgs};
use crate::{Failure, io_failure};
use clap::CommandFactory;
use std::io::{self, Write};

/// Shell examples per command: (what it does, the command).
fn examples(command: &str) -> &'static [(&'static str, &'static str)] {
    match command {
        "dissect" => &[
            ("Every frame, L7 at the top", "osidump dissect visit.pcap"),
            (
                "One line a packet, as tshark prints them",
                "osidump dissect -T line visit.pcap",
            ),
            (
                "Every field by its Wireshark name, with value names",
                "osidump dissect -V -c 5 visit.pcap",
            ),
            (
                "NDJSON for jq",
                "osidump dissect -T json visit.pcap | jq '.layers[].protocol'",
            ),
            (
                "Only DNS answers for one name",
                "osidump dissect -Y 'dns.flags.response == 1 && dns.qry.name == \"example.test\"' visit.pcap",
            ),
            (
                "A web server on an odd port",
                "osidump dissect -d tcp.port==8008,http capture.pcapng",
            ),
            (
                "From standard input, gzipped",
                "zcat big.pcap.gz | osidump dissect -T line -",
            ),
            (
                "A tshark command line, the same columns byte for byte",
                "osidump -nr visit.pcap -o tls.keylog_file:keys.txt -T fields -e frame.number -e http.host -E header=y -E separator=,",
            ),
        ],
        "capture" => &[
            (
                "Live, one line a packet",
                "sudo osidump capture -i eth0 -T line",
            ),
            (
                "Record 30 s to a file while watching DNS",
                "sudo osidump capture -i eth0 --duration 30s -w out.pcapng -Y dns",
            ),
            (
                "Record only, drop to nobody after opening",
                "sudo osidump capture -i any -q -w out.pcap -Z nobody",
            ),
        ],
        "interfaces" => &[("What can be captured on", "osidump interfaces")],
        "stats" => &[
            (
                "Protocols by OSI layer, conversations, DNS/HTTP/TLS tables",
                "osidump stats visit.pcap",
            ),
            ("The same as JSON", "osidump stats -T json visit.pcap"),
        ],
        "follow" => &[
            (
                "A TCP conversation's bytes",
                "osidump follow -s 1 visit.pcap",
            ),
            (
                "As tshark -z follow,tcp,raw prints it",
                "osidump follow --show raw -s 1 visit.pcap",
            ),
            (
                "HTTP and WebSocket messages, bodies de-chunked and inflated",
                "osidump follow --show parsed -s 2 visit.pcap",
            ),
        ],
        "sessions" => &[
            (
                "Each conversation as dial, answer, talk, hang up",
                "osidump sessions visit.pcap",
            ),
            (
                "Each step tagged by its TCP/IP layer, in Korean",
                "osidump --model tcpip --lang ko sessions visit.pcap",
            ),
        ],
        "report" => &[
            (
                "One HTML page: the ladder, each packet's layers, an overview",
                "osidump report -o visit.html visit.pcap",
            ),
            (
                "Coloured and grouped by the four TCP/IP layers",
                "osidump --model tcpip report -o visit.html visit.pcap",
            ),
        ],
        "layers" => &[
            ("The OSI table", "osidump layers"),
            (
                "The OSI and TCP/IP models side by side",
                "osidump --model tcpip layers",
            ),
            ("한국어", "osidump --lang ko layers"),
        ],
        "fields" => &[
            ("Every field of a protocol", "osidump fields tcp"),
            (
                "Compare with tshark's registry",
                "osidump fields -T tsv > ours.tsv; tshark -G fields > theirs.tsv",
            ),
        ],
        "completions" => &[(
            "Bash completion",
            "osidump completions bash > /etc/bash_completion.d/osidump",
        )],
        "man" => &[(
            "Install every page",
            "osidump man --out-dir /usr/local/share/man/man1",
        )],
        _ => &[],
    }
}

/// What `dissect` does with tshark's own options (src/cmd/tshark.rs).
const TSHARK: &str = r#".SH "TSHARK OPTIONS"
A tshark command line reads as one: \fBosidump \-r FILE ...\fR (any command line whose first
word is an option) is \fBosidump dissect\fR. \fB\-T fields\fR (with every \fB\-E\fR option, read
as tshark 4.0 reads them), \fB\-T ek\fR, \fB\-e _ws.col.*\fR and \fB\-t\fR write what tshark
writes; \fB\-r\fR, \fB\-Y\fR, \fB\-c\fR, \fB\-d\fR, \fB\-V\fR and \fB\-x\fR mean what they mean to
tshark. Also taken:
.TP
\fB\-n\fR
No name resolution: osidump never resolves names, so it changes nothing.
.TP
\fB\-l\fR
Flush standard output after each packet.
.TP
\fB\-o tls.keylog_file:FILE\fR, \fB\-o communityid.seed:N\fR
As \fB\-\-tls\-keylog\fR and \fB\-\-community\-id\-seed\fR (the \fBssl.\fR names too).
\fB\-o NAME:VALUE\fR with tshark's default value of a preference osidump follows
(\fBtcp.desegment_tcp_streams:TRUE\fR, \fBip.defragment:TRUE\fR, \fBtcp.check_checksum:FALSE\fR, ...)
changes nothing; another value, or another preference, is refused.
.TP
\fB\-\-enable\-protocol communityid\fR, \fB\-u s\fR
What osidump always does.
.PP
Every other tshark option is refused by name with the reason, exit 2, before a packet is read
(\fBosidump: not supported: \-2 (...)\fR), never ignored: \fB\-2\fR, \fB\-R\fR, \fB\-N\fR,
\fB\-j\fR, \fB\-J\fR, \fB\-q\fR, \fB\-Q\fR, \fB\-P\fR, \fB\-S\fR, \fB\-O\fR, \fB\-w\fR, \fB\-F\fR,
\fB\-z\fR, \fB\-G\fR, \fB\-H\fR, \fB\-M\fR, \fB\-X\fR, \fB\-U\fR, \fB\-K\fR, \fB\-C\fR, \fB\-W\fR,
\fB\-g\fR, \fB\-v\fR, \fB\-u hms\fR, the capture options (\fB\-i\fR, \fB\-f\fR, \fB\-s\fR, \fB\-a\fR,
\fB\-b\fR, \fB\-D\fR: see \fBosidump capture\fR), \fB\-\-hexdump\fR, \fB\-\-disable\-protocol\fR,
\fB\-\-enable\-heuristic\fR, \fB\-\-disable\-heuristic\fR, \fB\-\-export\-objects\fR,
\fB\-\-export\-tls\-session\-keys\fR, \fB\-\-no\-duplicate\-keys\fR, and \fB\-T pdml\fR, \fBpsml\fR,
\fBps\fR, \fBtext\fR, \fBtabs\fR, \fBjsonraw\fR (\fB\-T json\fR and \fB\-T line\fR are osidump's own
layouts).
"#;

/// Commands whose `-Y` takes a display filter.
const FILTERED: &[&str] = &["dissect", "capture", "stats", "follow", "sessions"];

const FILTERS: &str = r#".SH "DISPLAY FILTERS"
\fB\-Y\fR takes Wireshark's display-filter language, with tshark 4.0's meaning; an expression
osidump cannot evaluate exactly as tshark would is refused (exit 2), never answered wrongly.
.TP
\fBfield\fR, \fBprotocol\fR
A field or protocol present: \fBdns\fR, \fBtcp.analysis.retransmission\fR.
.TP
\fBfield == value\fR (\fBeq ne < le > ge != === !==\fR, \fBcontains\fR, \fBmatches\fR)
\fBip.addr == 10.0.0.0/8\fR, \fBhttp.request.method == "GET"\fR,
\fBeth.type == ARP\fR (value names, bare or quoted), \fBtcp.flags.syn == Set\fR.
.TP
\fBfield in {a, b, c..d}\fR
Set membership with ranges: \fBtcp.port in {80, 443, 8000..8100}\fR.
.TP
\fBnot and or ( )\fR, \fB! && ||\fR
Combination; \fBtcp && !(ip.addr == 10.0.0.1)\fR.
.PP
\fBosidump fields\fR lists every field with its type; names follow Wireshark
(\fBip.src\fR, \fBtcp.dstport\fR, \fBdns.qry.name\fR, \fBtls.handshake.extensions_server_name\fR).
"#;

fn roff_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('-', "\\-")
        .replace('\'', "\\(aq")
}

fn extra_sections(name: &str, out: &mut Vec<u8>) -> io::Result<()> {
    let ex = examples(name);
    if !ex.is_empty() {
        writeln!(out, ".SH EXAMPLES")?;
        for (what, cmd) in ex {
            writeln!(
                out,
                ".TP\n{}\n\\fB{}\\fR",
                roff_escape(what),
                roff_escape(cmd)
            )?;
        }
    }
    if FILTERED.contains(&name) {
        out.write_all(FILTERS.as_bytes())?;
    }
    if name == "dissect" {
        out.write_all(TSHARK.as_bytes())?;
        writeln!(out, ".SH \"OSIDUMP FIELDS\"")?;
        writeln!(
            out,
            "Fields Wireshark has no counterpart for are named \\fBosidump.*\\fR:"
        )?;
        for d in osidump::dissect::fields::all().filter(|d| d.is_own()) {
            writeln!(
                out,
                ".TP\n\\fB{}\\fR ({})\n{}",
                roff_escape(d.name),
                d.ftype.tshark_name().replace('_', "\\_"),
                roff_escape(d.blurb)
            )?;
        }
    }
    Ok(())
}

/// The page of `osidump` itself, or of `osidump NAME`.
fn page(name: Option<&str>) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    let root = Cli::command();
    match name {
        None => {
            clap_mangen::Man::new(root).render(&mut buf)?;
            writeln!(
                buf,
                ".SH \"SEE ALSO\"\n\\fBtshark\\fR(1), \\fBtcpdump\\fR(8), \\fBwireshark\\-filter\\fR(4)"
            )?;
        }
        Some(n) => {
            let sub = root
                .find_subcommand(n)
                .cloned()
                .ok_or_else(|| io::Error::other(format!("no command {n:?}")))?;
            let sub = sub
                .name(format!("osidump-{n}"))
                .bin_name(format!("osidump {n}"));
            clap_mangen::Man::new(sub).render(&mut buf)?;
            extra_sections(n, &mut buf)?;
            writeln!(buf, ".SH \"SEE ALSO\"\n\\fBosidump\\fR(1)")?;
        }
    }
    Ok(buf)
}

fn commands() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect()
}

pub fn man(args: &ManArgs) -> Result<(), Failure> {
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir).map_err(|e| {
            eprintln!("osidump: {}: {e}", dir.display());
            Failure::Reported
        })?;
        let mut pages = vec![("osidump.1".to_string(), None)];
        pages.extend(
            commands()
                .into_iter()
                .map(|n| (format!("osidump-{n}.1"), Some(n))),
        );
        for (file, name) in pages {
            let buf = page(name.as_deref()).map_err(io_failure)?;
            let path = dir.join(&file);
            std::fs::write(&path, buf).map_err(|e| {
                eprintln!("osidump: {}: {e}", path.display());
                Failure::Reported
            })?;
        }
        return Ok(());
    }
    if let Some(n) = &args.command
        && !commands().contains(n)
    {
        eprintln!(
            "osidump: man: no command {n:?} (one of: {})",
            commands().join(", ")
        );
        return Err(Failure::Usage);
    }
    let buf = page(args.command.as_deref()).map_err(io_failure)?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    out.write_all(&buf).map_err(io_failure)?;
    out.flush().map_err(io_failure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_the_main_page_names_exists() {
        let main = String::from_utf8(page(None).unwrap()).unwrap();
        for n in commands() {
            assert!(main.contains(&format!("osidump\\-{n}")), "{n}");
            let p = String::from_utf8(page(Some(&n)).unwrap()).unwrap();
            assert!(
                p.contains(&format!(".TH osidump-{n} 1")),
                "{n}: {}",
                &p[..80.min(p.len())]
            );
        }
        let d = String::from_utf8(page(Some("dissect")).unwrap()).unwrap();
        assert!(d.contains(".SH EXAMPLES") && d.contains("DISPLAY FILTERS"));
        assert!(d.contains("TSHARK OPTIONS") && d.contains("not supported"));
        assert!(d.contains("osidump.tls.session"));
    }
}
