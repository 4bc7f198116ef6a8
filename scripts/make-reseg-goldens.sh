#!/usr/bin/env bash
# tshark's reading of the samples resegmented (tests/resegmented.rs): for
# each line "sample size [keylog]" of tests/golden/reseg/CASES, the sample
# with every TCP payload cut into pieces of at most `size` bytes, or with
# `frag:N` every IPv4 datagram sent as fragments of N bytes, with
# `reorder:K` every K-th TCP segment with data swapped with the next
# (examples/resegment.rs, the test's own rewriter), and tshark's
#   frame.number  frame.protocols  _ws.col.Protocol  _ws.col.Info
# of every frame in tests/golden/reseg/<sample>.<size>.tsv (`frag:N`
# written fragN, reorderK).
#
# usage: scripts/make-reseg-goldens.sh
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
cargo build --quiet --release --example resegment
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
grep -v '^#' tests/golden/reseg/CASES | while read -r sample size keys; do
    [ -n "$sample" ] || continue
    target/release/examples/resegment "samples/$sample" "$TMP/cut.pcap" "$size"
    opts=()
    [ -n "${keys:-}" ] && opts=(-o "tls.keylog_file:samples/$keys")
    tshark -n -r "$TMP/cut.pcap" "${opts[@]}" -T fields -e frame.number \
        -e frame.protocols -e _ws.col.Protocol -e _ws.col.Info \
        > "tests/golden/reseg/$sample.${size/:/}.tsv" 2>/dev/null
done
tshark --version | head -1 > tests/golden/reseg/TSHARK_VERSION
