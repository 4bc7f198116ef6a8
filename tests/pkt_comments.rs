//! pcapng packet comments (`opt_comment`) on the corpus capture that has
//! them (`OSIDUMP_CORPUS`), against tshark 4.0 on the same file: the
//! frames `-Y` selects by comment, the comment and its Comment expert item
//! in `-T fields`, and the protocol hierarchy, where Wireshark's "Packet
//! comments" tree heads the frames that have one. Every expected value is
//! tshark's output, pasted with the command that printed it.

use assert_cmd::Command;
use std::path::PathBuf;

/// 59 frames without comments, then 100 frames commented "Packet #1" to
/// "Packet #100" (and bytes after a NUL, which wiretap drops).
const CAPTURE: &str = "pcapplusplus/pcapng-example.pcapng";

fn capture() -> Option<PathBuf> {
    match std::env::var_os("OSIDUMP_CORPUS") {
        Some(dir) => Some(PathBuf::from(dir).join(CAPTURE)),
        None => {
            eprintln!("OSIDUMP_CORPUS not set: packet comments on the corpus skipped");
            None
        }
    }
}

fn osidump(args: &[&str]) -> String {
    let path = capture().expect("checked by the caller");
    let out = Command::cargo_bin("osidump")
        .expect("binary")
        .args(args)
        .arg(&path)
        .output()
        .expect("run osidump");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

fn frames(filter: &str) -> Vec<String> {
    osidump(&[
        "dissect",
        "-Y",
        filter,
        "-T",
        "fields",
        "-e",
        "frame.number",
    ])
    .lines()
    .map(str::to_string)
    .collect()
}

#[test]
fn filters_select_the_frames_tshark_selects() {
    if capture().is_none() {
        return;
    }
    // tshark -r CAPTURE -Y 'frame.comment contains "#3"' -T fields -e frame.number
    assert_eq!(
        frames("frame.comment contains \"#3\"").join(","),
        "62,89,90,91,92,93,94,95,96,97,98"
    );
    // tshark -r CAPTURE -Y pkt_comment: frames 60 to 159.
    let commented = frames("pkt_comment");
    assert_eq!(commented.len(), 100);
    assert_eq!(
        (commented[0].as_str(), commented[99].as_str()),
        ("60", "159")
    );
    // tshark -r CAPTURE -Y '!frame.comment' | wc -l
    assert_eq!(frames("!frame.comment").len(), 59);
}

#[test]
fn fields_show_the_comment_and_its_expert_item() {
    if capture().is_none() {
        return;
    }
    // tshark -r CAPTURE -Y 'frame.comment == "Packet #100"' -T fields
    //   -e frame.number -e frame.comment -e _ws.expert
    let out = osidump(&[
        "dissect",
        "-Y",
        "frame.comment == \"Packet #100\"",
        "-T",
        "fields",
        "-e",
        "frame.number",
        "-e",
        "frame.comment",
        "-e",
        "_ws.expert",
    ]);
    assert_eq!(
        out,
        "159\tPacket #100\tExpert Info (Comment/Comment): Packet #100\n"
    );
    // The frame's own items do not list the comments' tree.
    let protocols = osidump(&[
        "dissect",
        "-Y",
        "frame.number == 60",
        "-T",
        "fields",
        "-e",
        "frame.protocols",
    ]);
    assert_eq!(protocols, "sll:ethertype:ip:tcp\n");
}

#[test]
fn the_hierarchy_puts_the_comments_above_the_link() {
    if capture().is_none() {
        return;
    }
    // tshark -r CAPTURE -q -z io,phs
    let stats = osidump(&["stats"]);
    let rows: Vec<Vec<&str>> = stats
        .lines()
        .skip_while(|l| !l.contains("Protocol hierarchy"))
        .map(|l| l.split_whitespace().collect())
        .collect();
    let at = rows
        .iter()
        .position(|r| r.first() == Some(&"pkt_comment"))
        .expect("a pkt_comment row");
    assert_eq!(rows[at][1..], ["frames:100", "bytes:49238"]);
    assert_eq!(rows[at + 1], ["sll", "frames:100", "bytes:49238"]);
    // tshark -r CAPTURE -q -z expert: "Comments (100)", each of Protocol
    // Frame.
    assert!(stats.contains("Comments (100)"), "{stats}");
    assert!(
        stats
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["1", "Comment", "Frame", "Packet", "#100"]),
        "{stats}"
    );
}
