#!/usr/bin/env bash
# tshark's TCP analysis and lower-layer fields, for tests/tcp_fidelity.rs.
#
# 1. tests/golden/tcp_analysis_corpus.tsv: for every corpus capture, every
#    field of tests/golden/TCP_CORPUS_FIELDS that tshark shows on some frame:
#        path<TAB>field<TAB>frame[=value],frame[=value],...
#    (label fields list frames only; valued fields list frame=value, values
#    joined by ';' when a frame has several). Fields tshark never shows in a
#    file have no line: the set is empty.
#    tests/golden/expert_corpus.tsv: the TCP and UDP rows of every corpus
#    capture's `tshark -q -z expert`.
# 2. tests/golden/snap/<sample>.<variant>.tsv for every sample, variant
#    `full` (as captured) and `s54`/`s64`/`s96` (after `editcap -s N`): the
#    fields of tests/golden/TCP_FIELDS per frame, as a table (values as
#    tshark -T json prints them).
#
# 3. tests/golden/expert/<sample>.txt: `tshark -q -z expert` of every sample.
# 4. tests/golden/crafted/<name>.tsv: the table of part 2 for each crafted
#    capture in tests/data/ (scripts/make-tcp-crafted.py).
#
# SKIP_CORPUS=1 remakes only parts 2, 3 and 4.
#
# usage: scripts/make-tcp-goldens.sh [corpus-dir]   (default ../shared/corpus)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPUS=${1:-$REPO/../shared/corpus}
CORPUS=$(cd "$CORPUS" && pwd)
PY=/usr/bin/python3
command -v "$PY" >/dev/null || PY=python3

TMP=$(mktemp -d /tmp/osidump-tcpgold.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export WIRESHARK_CONFIG_DIR="$TMP/conf" HOME="$TMP/conf"   # default preferences only
mkdir -p "$TMP/conf"

fields() { grep -v '^#' "$1" | tr ' ' '\n' | grep -v '^$'; }
mapfile -t CORPUS_FIELDS < <(fields "$REPO/tests/golden/TCP_CORPUS_FIELDS")
mapfile -t SNAP_FIELDS < <(fields "$REPO/tests/golden/TCP_FIELDS")

# tshark -T json -e ... into one compact object per frame and line.
json_frames() { # pcap out fields...
    local pcap=$1 out=$2
    shift 2
    local eargs=()
    for f in "$@"; do eargs+=(-e "$f"); done
    timeout 300 tshark -n -r "$pcap" -T json "${eargs[@]}" 2>/dev/null >"$TMP/raw.json" || true
    "$PY" - "$TMP/raw.json" "$out" <<'EOF'
import json, sys
try:
    raw = json.load(open(sys.argv[1]))
except ValueError:
    raw = []
with open(sys.argv[2], "w") as f:
    f.write("[\n")
    rows = []
    for pkt in raw:
        layers = pkt["_source"]["layers"]
        obj = {k: (v if isinstance(v, list) else [v]) for k, v in layers.items()}
        obj["frame.number"] = obj["frame.number"][0]
        rows.append(json.dumps(obj, sort_keys=True, separators=(", ", ": "), ensure_ascii=False))
    f.write(",\n".join(rows))
    f.write("\n]\n")
EOF
}

if [ "${SKIP_CORPUS:-}" != 1 ]; then
# 1. The corpus.
OUT="$REPO/tests/golden/tcp_analysis_corpus.tsv"
{
    printf 'path\tfield\tframes\n'
    while IFS= read -r -d '' f; do
        rel=${f#"$CORPUS"/}
        json_frames "$f" "$TMP/frames.json" frame.number "${CORPUS_FIELDS[@]}"
        "$PY" - "$TMP/frames.json" "$rel" "${CORPUS_FIELDS[@]}" <<'EOF'
import json, sys
frames = json.load(open(sys.argv[1]))
rel, wanted = sys.argv[2], sys.argv[3:]
# Label fields (FT_NONE): present or not.
LABELS = {"tcp.analysis.flags", "tcp.analysis.duplicate_ack"} | {
    "tcp.analysis." + n for n in (
        "retransmission fast_retransmission spurious_retransmission out_of_order "
        "lost_segment ack_lost_segment window_update window_full zero_window "
        "zero_window_probe zero_window_probe_ack keep_alive keep_alive_ack reused_ports"
    ).split()}
for field in wanted:
    items = []
    for fr in frames:
        if field not in fr:
            continue
        vals = fr[field]
        if field in LABELS:
            items.append(fr["frame.number"])
        else:
            items.append(fr["frame.number"] + "=" + ";".join(vals))
    if items:
        print(f"{rel}\t{field}\t{','.join(items)}")
EOF
    done < <(find "$CORPUS" -type f ! -name '*.md' -print0 | LC_ALL=C sort -z)
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote ${OUT#"$REPO"/}: $(($(wc -l <"$OUT") - 1)) lines" >&2

# 1b. The corpus's expert tables, TCP and UDP rows only:
#     path<TAB>severity heading<TAB>count<TAB>group<TAB>protocol<TAB>summary
OUT="$REPO/tests/golden/expert_corpus.tsv"
{
    printf 'path\tseverity\tcount\tgroup\tprotocol\tsummary\n'
    while IFS= read -r -d '' f; do
        rel=${f#"$CORPUS"/}
        timeout 300 tshark -n -r "$f" -q -z expert 2>/dev/null | "$PY" -c '
import re, sys
rel, sev = sys.argv[1], ""
for line in sys.stdin:
    m = re.match(r"^(\w+) \(\d+\)$", line.strip())
    if m:
        sev = m.group(1)
        continue
    m = re.match(r"^\s+(\d+)\s+(\S+)\s+(TCP|UDP)  (.*)$", line.rstrip("\n"))
    if m:
        print("\t".join([rel, sev, m.group(1), m.group(2), m.group(3), m.group(4)]))
' "$rel" || true
    done < <(find "$CORPUS" -type f ! -name '*.md' -print0 | LC_ALL=C sort -z)
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote ${OUT#"$REPO"/}: $(($(wc -l <"$OUT") - 1)) rows" >&2
fi

# Frames as a table: a header of the fields present in the file, then one
# row per frame; several values of a field joined by ';', absent as '-'.
tsv_frames() { # json out
    "$PY" - "$1" "$2" <<'EOF'
import json, sys
frames = json.load(open(sys.argv[1]))
cols = sorted({k for fr in frames for k in fr} - {"frame.number"})
with open(sys.argv[2], "w") as f:
    f.write("\t".join(["frame.number"] + cols) + "\n")
    for fr in frames:
        row = [fr["frame.number"]] + [";".join(fr[c]) if c in fr else "-" for c in cols]
        f.write("\t".join(row) + "\n")
EOF
}

# 2. The samples, whole and cut to header-only snap lengths.
mkdir -p "$REPO/tests/golden/snap"
shopt -s nullglob
for pcap in "$REPO"/samples/*.pcap "$REPO"/samples/*.pcapng; do
    name=$(basename "$pcap")
    json_frames "$pcap" "$TMP/f.json" frame.number "${SNAP_FIELDS[@]}"
    tsv_frames "$TMP/f.json" "$REPO/tests/golden/snap/$name.full.tsv"
    # editcap 4.0 refuses to write a file holding decryption secrets
    # ("can't be written as a pcapng file"); L1-L4 fields need none, so
    # it cuts a copy without the Decryption Secrets Blocks.
    "$PY" - "$pcap" "$TMP/in" <<'EOF'
import struct, sys
b = open(sys.argv[1], "rb").read()
out = b
if b[:4] == b"\x0a\x0d\x0d\x0a":
    order = "<" if b[8:12] == b"\x4d\x3c\x2b\x1a" else ">"
    out, o = bytearray(), 0
    while o + 8 <= len(b):
        kind, n = struct.unpack_from(order + "II", b, o)
        if n < 12 or o + n > len(b):
            out += b[o:]
            break
        if kind != 0x0000000A:
            out += b[o : o + n]
        o += n
open(sys.argv[2], "wb").write(bytes(out))
EOF
    for n in 54 64 96; do
        editcap -s "$n" "$TMP/in" "$TMP/cut" >/dev/null
        json_frames "$TMP/cut" "$TMP/f.json" frame.number "${SNAP_FIELDS[@]}"
        tsv_frames "$TMP/f.json" "$REPO/tests/golden/snap/$name.s$n.tsv"
    done
done
echo "wrote tests/golden/snap/: $(ls "$REPO/tests/golden/snap" | wc -l) files" >&2

# 3. tshark's expert table of every sample (`-q -z expert`).
mkdir -p "$REPO/tests/golden/expert"
for pcap in "$REPO"/samples/*.pcap "$REPO"/samples/*.pcapng; do
    name=$(basename "$pcap")
    tshark -n -r "$pcap" -q -z expert 2>/dev/null >"$REPO/tests/golden/expert/$name.txt"
done
echo "wrote tests/golden/expert/: $(ls "$REPO/tests/golden/expert" | wc -l) files" >&2

# 4. The crafted captures of tests/data/ (scripts/make-tcp-crafted.py):
#    tests/golden/crafted/<name>.tsv, the table of part 2.
mkdir -p "$REPO/tests/golden/crafted"
for pcap in "$REPO"/tests/data/*.pcap; do
    name=$(basename "$pcap")
    json_frames "$pcap" "$TMP/f.json" frame.number "${SNAP_FIELDS[@]}"
    tsv_frames "$TMP/f.json" "$REPO/tests/golden/crafted/$name.tsv"
done
echo "wrote tests/golden/crafted/: $(ls "$REPO/tests/golden/crafted" | wc -l) files" >&2
