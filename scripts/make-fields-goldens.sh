#!/usr/bin/env bash
# Write tests/golden/fields/: what `tshark -T fields` prints for every sample,
# compared byte for byte (cell by cell) with `osidump dissect -T fields` by
# tests/fields_output.rs, which needs no tshark.
#
#   wide.fields            the -e list: every Wireshark field osidump registers
#                          (`osidump fields -T tsv`), plus communityid
#   <sample>.wide.tsv      that list, tshark's default -E options
#   <sample>.<variant>.tsv a narrower list (fields that repeat, hex bases,
#                          bytes, times) with each -E variant in VARIANTS below
#
# usage: scripts/make-fields-goldens.sh [osidump binary]
#        VARIANTS_ONLY=1 scripts/make-fields-goldens.sh   (the variants, not wide)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OSIDUMP=${1:-$REPO/target/debug/osidump}
OUT=$REPO/tests/golden/fields
mkdir -p "$OUT"
CONF=$(mktemp -d /tmp/osidump-fields.XXXXXX)
trap 'rm -rf "$CONF"' EXIT
export WIRESHARK_CONFIG_DIR="$CONF" HOME="$CONF" TZ=UTC

# Expert items (`_ws.expert.*`, `_ws.string.*`) are compared by the expert
# goldens (tests/golden/expert), not here.
"$OSIDUMP" fields -T tsv | awk -F'\t' '$1 == "F" && $3 !~ /^osidump\./ && $3 !~ /^_ws\./ { print $3 }' >"$OUT/wide.fields"
# Only names this tshark knows (newer fields such as tls.handshake.ja4 are not
# in 4.0); its -G fields does not list communityid (the protocol of that name
# hides it), which it knows with --enable-protocol communityid.
tshark -G fields | awk -F'\t' '$1 == "F" { print $3 }' | sort -u >"$CONF/known"
grep -Fxf "$CONF/known" "$OUT/wide.fields" >"$CONF/wide" && mv "$CONF/wide" "$OUT/wide.fields"
echo communityid >>"$OUT/wide.fields"
cat >"$OUT/narrow.fields" <<'LIST'
frame.number
frame.time
frame.time_relative
frame.time_delta
eth.src
eth.type
ip.src
ip.dst
ip.flags.df
ip.checksum
ip.id
ipv6.src
ipv6.flow
tcp.flags
tcp.flags.syn
tcp.seq
udp.srcport
icmp.type
dns.resp.name
dns.resp.type
dns.a
http.request.uri
http.time
tls.handshake.ciphersuite
tls.handshake.extensions_server_name
websocket.masking_key
data
dhcp.option.type
communityid
LIST
# name|-E options
VARIANTS=(
  "header|header=y quote=d separator=,"
  "first|occurrence=f"
  "last|occurrence=l quote=s"
  "spaces|separator=/s aggregator=/s"
  "semicolon|aggregator=; header=y"
  "slashes|separator=/x aggregator=/t"
  "words|quote=double occurrence=last header=yes bom=yes"
  "slash-s|separator=| aggregator=/sx"
)

tshark_fields() { # pcap list -E...
  local pcap=$1 list=$2; shift 2
  local args=()
  # A sample with a key log beside it (NAME.keys) is read with it, as
  # tests/fields_output.rs reads it with --tls-keylog.
  [ -f "${pcap%.*}.keys" ] && args+=(-o "tls.keylog_file:${pcap%.*}.keys")
  while read -r f; do args+=(-e "$f"); done <"$list"
  for o in "$@"; do args+=(-E "$o"); done
  tshark -n -r "$pcap" -o tcp.relative_sequence_numbers:TRUE \
    --enable-protocol communityid -T fields "${args[@]}" 2>"$CONF/stderr" || {
    echo "tshark failed on $pcap:" >&2; cat "$CONF/stderr" >&2; exit 1; }
}

shopt -s nullglob
for pcap in "$REPO"/samples/*.pcap "$REPO"/samples/*.pcapng; do
  name=$(basename "$pcap")
  [ -n "${VARIANTS_ONLY:-}" ] || tshark_fields "$pcap" "$OUT/wide.fields" >"$OUT/$name.wide.tsv"
  for v in "${VARIANTS[@]}"; do
    read -r -a opts <<<"${v#*|}"
    tshark_fields "$pcap" "$OUT/narrow.fields" "${opts[@]}" >"$OUT/$name.${v%%|*}.tsv"
  done
  echo "$name"
done
printf '%s\n' "${VARIANTS[@]}" >"$OUT/VARIANTS"
tshark --version | head -1 >"$OUT/TSHARK_VERSION"
