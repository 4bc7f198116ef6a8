#!/usr/bin/env bash
# Time and peak memory of the machine-readable outputs on the bench capture
# (examples/bigcap.rs, as benches/bench.sh makes it: the samples' rounds,
# each renumbered and time-shifted), next to tshark -T ek on the same file.
# Outputs are counted as they stream (| wc -c), not stored: tshark's ek of
# the 1 GB capture is over ten times its size.
#
# usage: benches/outputs.sh [MEGABYTES]   (default 1000: the 1 GB capture)
# env:   NO_TSHARK=1 leaves tshark out (it takes minutes on 1 GB)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-1000}
cargo build --release --quiet --example bigcap
cargo build --release --quiet
bin=target/release/osidump
TMP=$(mktemp -d /tmp/osidump-outputs.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
cap="$TMP/bench.pcap"
target/release/examples/bigcap "$cap" "$MB" 2>"$TMP/gen"
packets=$(capinfos -c -M "$cap" | awk -F: '/Number of packets/ {gsub(/ /, "", $2); print $2}')
echo "capture: $(cat "$TMP/gen"); $packets packets, $(du -h "$cap" | cut -f1)"
# Wall time, CPU time (user + system, the pipeline's: wc's share is small),
# which a loaded machine stretches less than wall time, peak RSS (the
# largest process of the pipeline) and output size.
run() { # label command...
  local label=$1; shift
  /usr/bin/time -o "$TMP/t" -f '%e %U %S %M' bash -c '"$@" | wc -c >"$0"' "$TMP/size" "$@" 2>"$TMP/err" ||
    { cat "$TMP/err" >&2; return 1; }
  read -r secs user sys kib <"$TMP/t"
  printf '%-20s %8.1f s  CPU %8.1f s  peak RSS %5d MiB  output %s\n' "$label" "$secs" \
    "$(python3 -c "print($user + $sys)")" $((kib / 1024)) \
    "$(numfmt --to=iec-i --suffix=B "$(cat "$TMP/size")")"
}
run "osidump -T parquet" "$bin" dissect -T parquet "$cap"
# The Parquet file holds every packet: one row each.
"$bin" dissect -T parquet "$cap" >"$TMP/packets.parquet"
if python3 -c 'import duckdb' 2>/dev/null; then
  rows=$(python3 -c "import duckdb,sys; print(duckdb.sql(\"select count(*) from read_parquet('$TMP/packets.parquet')\").fetchall()[0][0])")
  echo "  parquet rows: $rows (capture: $packets)"
  [ "$rows" = "$packets" ]
fi
rm -f "$TMP/packets.parquet"
run "osidump -T ek" "$bin" dissect -T ek "$cap"
run "osidump -T fields" "$bin" dissect -T fields -e frame.number -e ip.src -e ip.dst \
  -e tcp.dstport -e dns.qry.name -e communityid "$cap"
[ -n "${NO_TSHARK:-}" ] || run "tshark -T ek" tshark -n -r "$cap" -T ek
