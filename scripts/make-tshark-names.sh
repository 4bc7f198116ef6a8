#!/usr/bin/env bash
# Write src/render/tshark_names.txt: every protocol name tshark knows
# (`-G protocols`) and every field name of the protocols osidump decodes
# (`-G fields`), so `-T fields -e NAME` can tell a Wireshark name osidump
# does not decode ("not supported") from a name nobody knows.
#
# usage: scripts/make-tshark-names.sh [OSIDUMP] (needs tshark; OSIDUMP, default
# target/release/osidump, names the protocols it registers fields of, which
# join the list below: a decoder added later needs no edit here)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$REPO/src/render/tshark_names.txt
export WIRESHARK_CONFIG_DIR=/nonexistent
ours="frame eth vlan ieee8021ad sll null ppp pppoes arp ip ipv6 icmp icmpv6 tcp udp
  http tls dns mdns dhcp websocket x509af x509sat x509ce x509if pkcs-1 data communityid
  ethertype ipv6.hopopts ipv6.fraghdr ipv6.dstopts ipv6.routing"
BIN=${1:-$REPO/target/release/osidump}
ours="$ours $("$BIN" fields -T tsv | awk -F'\t' '$1 == "F" { print $5 }' | sort -u | tr '\n' ' ')"
{
  echo "# $(tshark --version | head -1)"
  echo "# protocols (-G protocols), then fields of the protocols osidump decodes"
  tshark -G protocols | cut -f3 | sort -u
  tshark -G fields | awk -F'\t' -v ours="$ours" '
    BEGIN { n = split(ours, a, /[ \n]+/); for (i = 1; i <= n; i++) if (a[i] != "") want[a[i]] = 1 }
    $1 == "F" && ($5 in want) { print $3 }' | sort -u
} >"$OUT"
echo "wrote $(grep -vc '^#' "$OUT") names to ${OUT#"$REPO"/}"
