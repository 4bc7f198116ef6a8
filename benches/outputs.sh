#!/usr/bin/env bash
# Time and peak memory of the machine-readable outputs on a large capture
# made by concatenating every sample COPIES times (mergecap -a), next to
# tshark -T ek on the same file.
#
# usage: benches/outputs.sh [COPIES]   (default 400: about 206k packets, 106 MB)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COPIES=${1:-400}
OSIDUMP=${OSIDUMP:-$REPO/target/release/osidump}
[ -x "$OSIDUMP" ] || (cd "$REPO" && cargo build --release)
TMP=$(mktemp -d /tmp/osidump-outputs.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
# Twenty copies of the samples, then COPIES/20 copies of those.
mapfile -t samples < <(ls "$REPO"/samples/*.pcap "$REPO"/samples/*.pcapng)
set20=()
for _ in $(seq 1 20); do set20+=("${samples[@]}"); done
mergecap -a -F pcapng -w "$TMP/set20.pcapng" "${set20[@]}"
big=()
for _ in $(seq 1 $((COPIES / 20))); do big+=("$TMP/set20.pcapng"); done
mergecap -a -F pcapng -w "$TMP/big.pcapng" "${big[@]}"
echo "capture: $(capinfos -c "$TMP/big.pcapng" | awk -F: '/Number of packets/ {print $2}') packets, $(du -h "$TMP/big.pcapng" | cut -f1)"
run() { # label command...
  local label=$1; shift
  /usr/bin/time -f "$label: %e s, peak RSS %M KiB" "$@" >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err" >&2; return 1; }
  tail -1 "$TMP/err"
  echo "  output $(du -h "$TMP/out" | cut -f1)"
}
run "osidump -T parquet" "$OSIDUMP" dissect -T parquet "$TMP/big.pcapng"
run "osidump -T ek     " "$OSIDUMP" dissect -T ek "$TMP/big.pcapng"
run "osidump -T fields " "$OSIDUMP" dissect -T fields -e frame.number -e ip.src -e ip.dst -e tcp.dstport -e dns.qry.name -e communityid "$TMP/big.pcapng"
run "tshark -T ek      " tshark -n -r "$TMP/big.pcapng" -T ek
