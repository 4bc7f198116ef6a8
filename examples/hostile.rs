//! Writes one hostile capture shape to a file, at any scale, for
//! `benches/hostile.sh` (the tests build small ones in memory).
//!
//!     cargo run --release --example hostile -- SHAPE SCALE OUT.pcap
//!
//! Shapes: ws-ooo (segments), http-ooo (segments), hole-gets (bytes),
//! stream-hole (bytes), deflate (connections), ws-conns (connections),
//! gapped (streams), dns (queries), frags (fragments).

#[path = "../tests/common/hostile.rs"]
mod hostile;

use std::io::BufWriter;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, shape, scale, out] = args.as_slice() else {
        eprintln!("usage: hostile SHAPE SCALE OUT.pcap");
        std::process::exit(2);
    };
    let n: u64 = scale.parse().expect("SCALE is a number");
    let file = BufWriter::with_capacity(1 << 20, std::fs::File::create(out)?);
    let mut p = hostile::Pcap::new(file)?;
    match shape.as_str() {
        "ws-ooo" => hostile::ws_pipelined_out_of_order(&mut p, n as usize)?,
        "http-ooo" => hostile::http_pipelined_out_of_order(&mut p, n as usize)?,
        "hole-gets" => hostile::hole_then_gets(&mut p, n as usize)?,
        "stream-hole" => hostile::stream_after_hole(&mut p, n as usize)?,
        "deflate" => hostile::deflate_connections(&mut p, n as u32)?,
        "ws-conns" => hostile::ws_connections(&mut p, n as u32)?,
        "gapped" => hostile::gapped_streams(&mut p, n as u32)?,
        "dns" => hostile::unanswered_dns(&mut p, n as u32)?,
        "frags" => hostile::dangling_fragments(&mut p, n as u32)?,
        other => {
            eprintln!("unknown shape {other}");
            std::process::exit(2);
        }
    }
    let frames = p.frames;
    std::io::Write::flush(&mut p.finish())?;
    eprintln!("{out}: {frames} frames");
    Ok(())
}
