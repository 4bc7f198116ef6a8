#!/usr/bin/env bash
# tshark's view of public captures of the link types osidump decodes
# besides Ethernet and its cousins (Cisco HDLC, NFLOG, FDDI), for
# tests/linktypes_corpus.rs, which compares osidump with it frame by frame
# whenever OSIDUMP_CORPUS holds one of these files (found by content: the
# golden keys each capture by the SHA-256 of its bytes, so the corpus may
# name and nest them as it likes). The captures stay out of the repository.
#
# tests/golden/linktypes_corpus.tsv, tab-separated, one row per frame:
#   sha256 (first 16 hex digits)  file name  frame  then the fields below
#   as `tshark -T fields` prints them; the first 200 frames of a capture.
#
# usage: scripts/make-linktypes-corpus-goldens.sh DIR...   (each searched
#        recursively; files whose encapsulation is one of these link types)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$REPO/tests/golden/linktypes_corpus.tsv"
TMP=$(mktemp -d /tmp/osidump-linktypes.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export WIRESHARK_CONFIG_DIR="$TMP"    # default preferences only

# Shared with tests/linktypes_corpus.rs (its FIELDS).
FIELDS=(frame.protocols _ws.col.Protocol _ws.col.Info _ws.col.Source _ws.col.Destination
    chdlc.address chdlc.control chdlc.protocol chdlc.clns_padding
    slarp.ptype slarp.address slarp.netmask slarp.mysequence slarp.yoursequence slarp.reliability
    nflog.family nflog.version nflog.res_id nflog.tlv_length nflog.tlv_type nflog.protocol
    nflog.hook nflog.prefix nflog.ifindex_indev nflog.ifindex_outdev nflog.uid nflog.gid
    fddi.fc fddi.fc.clf fddi.fc.prio fddi.dst fddi.src
    llc.dsap llc.ssap llc.control llc.type ip.src ip.dst ipv6.src tcp.srcport udp.srcport)
args=()
for f in "${FIELDS[@]}"; do args+=(-e "$f"); done

{
    printf 'sha256\tfile\tframe'
    printf '\t%s' "${FIELDS[@]}"
    printf '\n'
    find "$@" -type f -print0 | sort -z | while IFS= read -r -d '' f; do
        enc=$(capinfos -E "$f" 2>/dev/null | sed -n 's/^File encapsulation: *//p') || true
        case "$enc" in
            "Cisco HDLC" | NFLOG | "FDDI"*) ;;
            *) continue ;;
        esac
        sum=$(sha256sum "$f" | cut -c1-16)
        name=$(basename "$f")
        # A capture cut inside a record makes tshark exit non-zero: the
        # frames it printed are kept.
        { tshark -n -r "$f" -T fields "${args[@]}" 2>/dev/null || true; } |
            awk -v s="$sum" -v n="$name" 'BEGIN { OFS = "\t" } NR <= 200 { print s, n, NR, $0 }'
    done
} >"$OUT"
echo "$OUT: $(($(wc -l <"$OUT") - 1)) frames ($(tshark --version | head -1))" >&2
