#!/bin/sh
# Golden outputs of tshark for `osidump stats` and `osidump follow`
# (tests/views.rs compares our numbers and bytes with these).
#
#   tests/golden/<sample>.stats.phs.txt      tshark -q -z io,phs
#   tests/golden/<sample>.stats.conv.txt     tshark -q -z conv,eth -z conv,ip -z conv,ipv6 -z conv,tcp -z conv,udp
#   tests/golden/<sample>.follow.<N>.txt     tshark -q -z follow,tcp,raw,N   (every TCP stream N)
#
# Needs tshark (the version used is recorded in tests/golden/TSHARK_VERSION).
set -eu
cd "$(dirname "$0")/.."
out=tests/golden
command -v tshark >/dev/null || { echo "tshark not found" >&2; exit 1; }
for f in samples/*.pcap samples/*.pcapng; do
    name=$(basename "$f")
    tshark -n -r "$f" -q -z io,phs 2>/dev/null >"$out/$name.stats.phs.txt"
    tshark -n -r "$f" -q -z conv,eth -z conv,ip -z conv,ipv6 -z conv,tcp -z conv,udp \
        2>/dev/null >"$out/$name.stats.conv.txt"
    rm -f "$out/$name".follow.*.txt
    for n in $(tshark -n -r "$f" -Y tcp -T fields -e tcp.stream 2>/dev/null | sort -un); do
        tshark -n -r "$f" -q -z "follow,tcp,raw,$n" 2>/dev/null >"$out/$name.follow.$n.txt"
    done
done
echo "view goldens written to $out/"

# tshark's Protocol and Info columns, one frame a line (tests/line_columns.rs
# compares the line view's columns with these):
#
#   tests/golden/<sample>.columns.tsv        frame number, _ws.col.Protocol, _ws.col.Info
#
# and the other default columns, as `-T fields -e _ws.col.*` prints them
# (tests/column_fields.rs):
#
#   tests/golden/<sample>.wscol.tsv          _ws.col.No., Time, Source,
#                                            Destination, Length
#
# One pass (`tshark -r`, no -2), as the line view is one pass; with the
# sample's key log when it has one (samples/NAME.keys), as the snapshots read
# it; default preferences (a fresh configuration directory).
conf=$(mktemp -d /tmp/osidump-columns.XXXXXX)
for f in samples/*.pcap samples/*.pcapng; do
    name=$(basename "$f")
    keys="${f%.*}.keys"
    if [ -f "$keys" ]; then
        set -- -o "tls.keylog_file:$keys"
    else
        set --
    fi
    WIRESHARK_CONFIG_DIR="$conf" HOME="$conf" tshark -n -r "$f" "$@" -T fields \
        -e frame.number -e _ws.col.Protocol -e _ws.col.Info 2>/dev/null >"$out/$name.columns.tsv"
    WIRESHARK_CONFIG_DIR="$conf" HOME="$conf" tshark -n -r "$f" "$@" -T fields \
        -e _ws.col.No. -e _ws.col.Time -e _ws.col.Source -e _ws.col.Destination \
        -e _ws.col.Length 2>/dev/null >"$out/$name.wscol.tsv"
done
rm -rf "$conf"
echo "column goldens written to $out/"
