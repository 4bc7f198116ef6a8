#!/usr/bin/env bash
# Write tests/golden/ek-selected/: what `tshark -T ek -e ...` prints for every
# sample, for the -e list in FIELDS (the -T fields narrow list: hex bases,
# bytes, times, repeated fields, `data`; plus the either-direction fields
# ip.addr, tcp.port, ...), compared byte for byte with
# `osidump dissect -T ek -e ...` by tests/ek_output.rs (no tshark at test time).
#
# usage: scripts/make-ek-selected-goldens.sh
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$REPO/tests/golden/ek-selected
mkdir -p "$OUT"
CONF=$(mktemp -d /tmp/osidump-ek.XXXXXX)
trap 'rm -rf "$CONF"' EXIT
export WIRESHARK_CONFIG_DIR="$CONF" HOME="$CONF" TZ=UTC
{
  cat "$REPO/tests/golden/fields/narrow.fields"
  printf '%s\n' ip.addr ip.host tcp.port udp.port eth.addr ipv6.addr
} >"$OUT/FIELDS"
args=()
while read -r f; do args+=(-e "$f"); done <"$OUT/FIELDS"
shopt -s nullglob
for pcap in "$REPO"/samples/*.pcap "$REPO"/samples/*.pcapng; do
  name=$(basename "$pcap")
  keys=()
  # A sample with a key log beside it is read with it, as the test does.
  [ -f "${pcap%.*}.keys" ] && keys=(-o "tls.keylog_file:${pcap%.*}.keys")
  tshark -n -r "$pcap" "${keys[@]}" --enable-protocol communityid -T ek "${args[@]}" \
    >"$OUT/$name.ndjson" 2>"$CONF/stderr" || {
    echo "tshark failed on $pcap:" >&2; cat "$CONF/stderr" >&2; exit 1; }
  echo "$name"
done
tshark --version | head -1 >"$OUT/TSHARK_VERSION"
