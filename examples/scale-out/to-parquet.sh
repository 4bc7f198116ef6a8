#!/usr/bin/env bash
# Convert a folder of captures to a Parquet dataset, one osidump per file,
# JOBS at a time, Hive-partitioned by the date of each file's first packet
# (UTC) and by file:
#
#   OUT/date=2026-11-24/file=dns.pcap/packets.parquet
#
# DuckDB (read_parquet('OUT/**/*.parquet', hive_partitioning = true)) and
# Spark (spark.read.parquet(OUT)) read the folder as one table with `date`
# and `file` columns; every file has the same columns (osidump's registry),
# so no schema merging is needed. A file that fails is reported and the
# others go on; the exit status says whether all converted.
#
# usage: to-parquet.sh IN_DIR OUT_DIR [JOBS]   (JOBS: default the cores)
# env:   OSIDUMP (default: osidump on PATH, else target/release/osidump)
set -euo pipefail
IN=${1:?usage: to-parquet.sh IN_DIR OUT_DIR [JOBS]}
OUT=${2:?usage: to-parquet.sh IN_DIR OUT_DIR [JOBS]}
JOBS=${3:-$(nproc)}
if [ -z "${OSIDUMP:-}" ]; then
  OSIDUMP=$(command -v osidump || true)
  [ -n "$OSIDUMP" ] || OSIDUMP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/target/release/osidump
fi
export OSIDUMP OUT
mkdir -p "$OUT"

convert() {
  local f=$1 name epoch day dir
  name=$(basename "$f")
  epoch=$("$OSIDUMP" dissect -c 1 -T fields -e frame.time_epoch "$f" 2>/dev/null | head -1)
  day=$(date -u -d "@${epoch%%.*}" +%F 2>/dev/null || echo unknown)
  dir="$OUT/date=$day/file=$name"
  mkdir -p "$dir"
  # Written aside, then renamed: a reader never sees half a file.
  if "$OSIDUMP" dissect -T parquet "$f" >"$dir/.packets.parquet.tmp"; then
    mv "$dir/.packets.parquet.tmp" "$dir/packets.parquet"
    echo "$f -> ${dir#"$OUT"/}/packets.parquet"
  else
    rm -f "$dir/.packets.parquet.tmp"
    echo "to-parquet: $f failed" >&2
    return 1
  fi
}
export -f convert

find "$IN" -maxdepth 1 -type f \( -name '*.pcap' -o -name '*.pcapng' -o -name '*.cap' \) -print0 |
  sort -z | xargs -0 -r -n 1 -P "$JOBS" bash -c 'convert "$1"' _
