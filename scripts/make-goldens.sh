#!/usr/bin/env bash
# Write tests/golden/<sample>.tshark.json for every samples/*.pcap* using tshark,
# and tests/golden/TSHARK_VERSION.
#
# Output format: a JSON array, one object per frame, one frame per line.
# Keys are the tshark field names, sorted. "frame.number" is a plain string;
# every other field is a list of strings exactly as `tshark -T json -e FIELD`
# prints it (tshark always gives lists; more than one element when the field
# occurs several times in the frame, e.g. ip.src in an ICMP error quoting an
# IP header). Fields absent from a frame are absent from its object.
#
# A sample with a key log beside it (samples/NAME.keys for NAME.pcap or
# NAME.pcapng) is read with it: `-o tls.keylog_file:samples/NAME.keys`, as
# tests/tshark_fields.rs reads it with `--tls-keylog`. Secrets embedded in a
# pcapng are used by both without being asked. Such a sample also gets
# tests/golden/NAME.nokeys.tshark.json, read without its key log (what the
# capture shows to one who has no keys: QUIC Initials, TLS hellos).
#
# usage: scripts/make-goldens.sh [samples-dir] [golden-dir]
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SAMPLES=${1:-$REPO/samples}
GOLDEN=${2:-$REPO/tests/golden}
PY=/usr/bin/python3
command -v "$PY" >/dev/null || PY=python3

# The field list is shared with tests/tshark_fields.rs.
mapfile -t FIELDS < <(grep -v '^#' "$REPO/tests/golden/FIELDS" | tr ' ' '\n' | grep -v '^$')

# Isolate from any personal Wireshark preferences so all protocol settings
# (TCP analysis, reassembly, IP defragmentation, ...) are tshark's defaults.
CONF=$(mktemp -d /tmp/osidump-goldens.XXXXXX)
trap 'rm -rf "$CONF"' EXIT
export WIRESHARK_CONFIG_DIR="$CONF"
export HOME="$CONF"

mkdir -p "$GOLDEN"
tshark --version | head -1 >"$GOLDEN/TSHARK_VERSION"

# tshark's JSON, normalised: one object per frame (see above).
cat >"$CONF/norm.py" <<'EOF'
import json, sys
raw = json.load(open(sys.argv[1]))
frames = []
for pkt in raw:
    layers = pkt["_source"]["layers"]
    obj = {}
    for k, v in layers.items():
        if k == "frame.number":
            assert isinstance(v, list) and len(v) == 1, v
            obj[k] = v[0]
        else:
            obj[k] = v if isinstance(v, list) else [v]
    frames.append(obj)
with open(sys.argv[2], "w") as f:
    f.write("[\n")
    f.write(",\n".join(json.dumps(o, sort_keys=True, separators=(", ", ": ")) for o in frames))
    f.write("\n]\n")
EOF

eargs=()
for f in "${FIELDS[@]}"; do eargs+=(-e "$f"); done

shopt -s nullglob
n=0
for pcap in "$SAMPLES"/*.pcap "$SAMPLES"/*.pcapng; do
    name=$(basename "$pcap")
    out="$GOLDEN/$name.tshark.json"
    keys=("${pcap%.*}.keys")
    kargs=()
    [ -f "${keys[0]}" ] && kargs=(-o "tls.keylog_file:${keys[0]}")
    tshark -n -r "$pcap" -o tcp.relative_sequence_numbers:TRUE "${kargs[@]}" -T json "${eargs[@]}" \
        2>"$CONF/stderr" >"$CONF/raw.json" || {
        echo "tshark failed on $pcap:" >&2; cat "$CONF/stderr" >&2; exit 1; }
    "$PY" "$CONF/norm.py" "$CONF/raw.json" "$out"
    if [ ${#kargs[@]} -gt 0 ]; then
        tshark -n -r "$pcap" -o tcp.relative_sequence_numbers:TRUE -T json "${eargs[@]}" \
            2>"$CONF/stderr" >"$CONF/raw.json" || {
            echo "tshark failed on $pcap:" >&2; cat "$CONF/stderr" >&2; exit 1; }
        "$PY" "$CONF/norm.py" "$CONF/raw.json" "$GOLDEN/$name.nokeys.tshark.json"
    fi
    echo "$name: $(grep -c '"frame.number"' "$out") frames -> ${out#"$REPO"/}"
    n=$((n + 1))
done
echo "wrote $n golden files, $(cat "$GOLDEN/TSHARK_VERSION")"
