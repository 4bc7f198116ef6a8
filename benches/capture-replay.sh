#!/usr/bin/env bash
# Live-capture benchmark: replay a capture at top speed into a veth pair and
# compare what `osidump capture` records against what `tcpdump -w` records on
# the same replay: packets seen, kernel drops, CPU time of the capturer.
#
# Two namespaces (osib-PID-a, osib-PID-b) joined by a veth pair; tcpreplay
# sends from b, the capturer listens in a. The replayed packets keep their
# own addresses and stay inside namespace a (nothing routes them out).
#
# usage: sudo benches/capture-replay.sh [CAPTURE_FILE [LOOPS]]
#   CAPTURE_FILE  default: the largest file in samples/
#   LOOPS         tcpreplay --loop count, default 50
#   OSIDUMP=path  binary to measure (default: target/release/osidump, built
#                 with --features libpcap when libpcap-dev is there)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "must run as root (network namespaces)" >&2; exit 1; }
for t in ip tcpreplay tcpdump; do
    command -v "$t" >/dev/null || { echo "missing tool: $t" >&2; exit 1; }
done

FILE=${1:-$(ls -S "$REPO"/samples/*.pcap "$REPO"/samples/*.pcapng 2>/dev/null | head -1)}
LOOPS=${2:-50}
[ -f "$FILE" ] || { echo "no capture to replay (give one, or run scripts/make-samples.sh)" >&2; exit 1; }

BIN=${OSIDUMP:-$REPO/target/release/osidump}
FEATURES=()
if [ -z "${OSIDUMP:-}" ]; then
    if pkg-config --exists libpcap 2>/dev/null || [ -e /usr/include/pcap.h ]; then
        FEATURES=(--features libpcap)
    fi
    (cd "$REPO" && cargo build --release --quiet "${FEATURES[@]}")
fi

NA=osib-$$-a
NB=osib-$$-b
VA=obA$$
VB=obB$$
TMP=$(mktemp -d /tmp/osidump-bench.XXXXXX)
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    ip netns del "$NA" 2>/dev/null || true
    ip netns del "$NB" 2>/dev/null || true
    rm -rf "$TMP"
}
trap cleanup EXIT

for ns in "$NA" "$NB"; do
    ip netns add "$ns"
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    ip -n "$ns" link set lo up
done
ip link add "$VA" netns "$NA" type veth peer name "$VB" netns "$NB"
# MTU: 1500 unless the capture holds larger frames (jumbo, GRO'd).
MAXLEN=$(tcpdump -r "$FILE" -nn -e 2>/dev/null | grep -oE ', length [0-9]+:' | grep -oE '[0-9]+' |
    sort -n | tail -1)
MTU=$(( ${MAXLEN:-1514} > 1514 ? ${MAXLEN:-1514} - 14 : 1500 ))
for pair in "$NA $VA" "$NB $VB"; do
    set -- $pair
    ip -n "$1" link set "$2" mtu "$MTU" up
done

CLK_TCK=$(getconf CLK_TCK)
cpu_secs() { # utime+stime of a live PID, in seconds
    awk -v hz="$CLK_TCK" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"
}

printf '%s\n' "replaying $(basename "$FILE") x $LOOPS at top speed into a veth (MTU $MTU, $(nproc) cores)"
printf '%-34s %9s %9s %9s %8s %9s\n' capturer sent seen dropped cpu_s "pkt/s"

run() { # name, then the capturer command (run in namespace a)
    local name=$1; shift
    ip netns exec "$NA" "$@" >/dev/null 2>"$TMP/err" &
    local pid=$!
    PIDS+=("$pid")
    for _ in $(seq 100); do
        grep -qE "capturing on|listening on" "$TMP/err" && break
        sleep 0.05
    done
    local start=$(date +%s.%N)
    local sent
    sent=$(ip netns exec "$NB" tcpreplay -i "$VB" --topspeed --loop="$LOOPS" "$FILE" 2>&1 |
        awk '/Actual:/ { print $2; exit }')
    local secs=$(echo "$(date +%s.%N) - $start" | bc)
    sleep 1
    local cpu
    cpu=$(cpu_secs "$pid")
    kill -INT "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    wait "$pid" 2>/dev/null || true
    local seen dropped
    if grep -q "packets captured," "$TMP/err"; then # osidump summary
        seen=$(grep -oE '[0-9]+ packets captured' "$TMP/err" | cut -d' ' -f1)
        dropped=$(grep -oE '[0-9]+ dropped by kernel' "$TMP/err" | cut -d' ' -f1 || echo "?")
    else # tcpdump
        seen=$(grep -oE '^[0-9]+ packets captured' "$TMP/err" | cut -d' ' -f1)
        dropped=$(grep -oE '^[0-9]+ packets dropped by kernel' "$TMP/err" | cut -d' ' -f1)
    fi
    printf '%-34s %9s %9s %9s %8s %9.0f\n' "$name" "$sent" "$seen" "$dropped" "$cpu" \
        "$(echo "$sent / $secs" | bc -l)"
}

run "tcpdump -w" tcpdump -n -i "$VA" -w "$TMP/tcpdump.pcap"
run "osidump -q -w (AF_PACKET)" "$BIN" capture --backend packet -i "$VA" -q -w "$TMP/o.pcap"
run "osidump -w -T line (AF_PACKET)" "$BIN" capture --backend packet -i "$VA" -T line --color never -w "$TMP/o.pcap"
if [ "${#FEATURES[@]}" -gt 0 ] || "$BIN" capture --backend libpcap -i lo --duration 1ms >/dev/null 2>&1; then
    run "osidump -q -w (libpcap)" "$BIN" capture --backend libpcap -i "$VA" -q -w "$TMP/o.pcap"
    run "osidump -w -T line (libpcap)" "$BIN" capture --backend libpcap -i "$VA" -T line --color never -w "$TMP/o.pcap"
fi
