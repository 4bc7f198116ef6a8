#!/usr/bin/env bash
# Write tests/golden/elastic-mapping.json: tshark's `-G elastic-mapping` for
# the protocols `osidump fields -T elastic-mapping` lists (tests/cli.rs checks
# every type we give is tshark's).  usage: scripts/make-elastic-golden.sh [OSIDUMP]
#
# One tshark call a protocol, the answers merged key by key: a filter naming
# several protocols lets one protocol's block replace another's of the same
# key (with mptcp in the list, tshark 4.0's `tcp` block comes out empty, as
# MPTCP's fields are tcp.options.mptcp.*).
# Keys are sorted: tshark lists some (llc's pids) in a different order each run.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OSIDUMP=${1:-$REPO/target/debug/osidump}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$OSIDUMP" fields -T elastic-mapping |
  python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)["mappings"]["properties"]["layers"]["properties"]))' |
  while read -r proto; do
    WIRESHARK_CONFIG_DIR=/nonexistent tshark -G elastic-mapping --elastic-mapping-filter "$proto" \
      >"$TMP/$proto.json" 2>/dev/null
  done
python3 - "$TMP" >"$REPO/tests/golden/elastic-mapping.json" <<'PY'
import json, os, sys

def merge(into, more):
    for k, v in more.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            merge(into[k], v)
        elif k not in into:
            into[k] = v

merged = None
for name in sorted(os.listdir(sys.argv[1])):
    with open(os.path.join(sys.argv[1], name)) as f:
        doc = json.load(f)
    if merged is None:
        merged = doc
    else:
        merge(merged, doc)
json.dump(merged, sys.stdout, indent=2, sort_keys=True)
print()
PY
