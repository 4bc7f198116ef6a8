//! `cargo run --example resegment -- IN OUT SIZE`: IN (a little-endian
//! Ethernet pcap) with every IPv4 TCP payload cut into pieces of at most
//! SIZE bytes, written to OUT; with SIZE written `frag:N`, every IPv4
//! datagram sent as fragments of N payload bytes instead; with `reorder:K`,
//! every K-th TCP segment with data swapped with the next of its direction;
//! with `keepalive:K`, every K-th TCP segment with data followed by a
//! keep-alive of its sender (one zero byte at the segment's last sequence
//! number). The goldens of tests/resegmented.rs are
//! tshark's reading of these files (scripts/make-reseg-goldens.sh).

#[path = "../tests/common/reseg.rs"]
mod reseg;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output, size] = args.as_slice() else {
        return Err("usage: resegment IN OUT SIZE".into());
    };
    let bytes = std::fs::read(input)?;
    let cut = if let Some(n) = size.strip_prefix("frag:") {
        reseg::fragment(&bytes, n.parse()?)
    } else if let Some(n) = size.strip_prefix("reorder:") {
        reseg::reorder(&bytes, n.parse()?)
    } else if let Some(n) = size.strip_prefix("keepalive:") {
        reseg::keepalive(&bytes, n.parse()?)
    } else {
        reseg::resegment(&bytes, size.parse()?)
    }
    .ok_or_else(|| format!("{input}: not a little-endian Ethernet pcap"))?;
    std::fs::write(output, cut)?;
    Ok(())
}
