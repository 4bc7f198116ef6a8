#!/bin/sh
# Display-filter cost: dissect the largest sample repeated to ~100 MB with
# and without -Y-style filters, and time filter evaluation on its own.
#
# usage: benches/filter.sh [CAPTURE [MEGABYTES [EXPR...]]]
set -eu
cd "$(dirname "$0")/.."
file=${1:-$(ls -S samples/*.pcap samples/*.pcapng | head -1)}
[ $# -gt 0 ] && shift
cargo build --release --quiet --example filter_bench
exec target/release/examples/filter_bench "$file" "$@"
