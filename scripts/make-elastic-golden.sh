#!/usr/bin/env bash
# Write tests/golden/elastic-mapping.json: tshark's `-G elastic-mapping` for
# the protocols `osidump fields -T elastic-mapping` lists (tests/cli.rs checks
# every type we give is tshark's).  usage: scripts/make-elastic-golden.sh [OSIDUMP]
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OSIDUMP=${1:-$REPO/target/debug/osidump}
protos=$("$OSIDUMP" fields -T elastic-mapping |
  python3 -c 'import json,sys; print(",".join(json.load(sys.stdin)["mappings"]["properties"]["layers"]["properties"]))')
WIRESHARK_CONFIG_DIR=/nonexistent tshark -G elastic-mapping --elastic-mapping-filter "$protos" \
  >"$REPO/tests/golden/elastic-mapping.json"
