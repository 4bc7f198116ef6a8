#!/usr/bin/env bash
# Instructions a packet of each command, counted by callgrind: stable on a
# noisy, shared machine where wall times are not (judge a change by these).
#
#   benches/instructions.sh [CAPTURE] [PACKETS]
#   OSIDUMP_BIN=path benches/instructions.sh      (another build)
#   COMMANDS="line json" benches/instructions.sh  (a subset)
#
# CAPTURE defaults to the 100 MB bench capture (/tmp/bench-100.pcap, made
# by examples/bigcap.rs as benches/bench.sh does); PACKETS to 10000. Each
# command runs twice, on 1 packet and on PACKETS + 1, and the difference
# is divided by PACKETS, so start-up (argument parsing, the registry) is
# left out. Installs valgrind when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
cap=${1:-/tmp/bench-100.pcap}
packets=${2:-10000}
if ! command -v valgrind >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq valgrind >/dev/null
fi
if [ ! -s "$cap" ]; then
  cargo build --release --quiet --example bigcap
  target/release/examples/bigcap "$cap" 100 >/dev/null
fi
bin=${OSIDUMP_BIN:-target/release/osidump}
[ -n "${OSIDUMP_BIN:-}" ] || cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# name and arguments (the capture and -c are added). One thread: -V, json
# and ek use every core by default, and callgrind would count the hand-over
# between threads too.
declare -A cmd=(
  [line]="dissect --threads 1 -T line"
  [json]="dissect --threads 1 -T json"
  [ek]="dissect --threads 1 -T ek"
  [tree]="dissect --threads 1 -V"
  [fields]="dissect --threads 1 -T fields -e frame.number -e ip.src -e tcp.stream -e dns.qry.name"
  [stats]="stats"
  [sessions]="sessions"
)
order=${COMMANDS:-line json ek tree fields stats sessions}

total() {
  valgrind --tool=callgrind --callgrind-out-file="$tmp/out" "$@" >/dev/null 2>"$tmp/err" || true
  awk '/^(summary|totals):/ {print $2; exit}' "$tmp/out"
}

printf '%-9s %12s\n' command "instr/packet"
for name in $order; do
  # shellcheck disable=SC2086
  one=$(total "$bin" ${cmd[$name]} -c 1 "$cap")
  # shellcheck disable=SC2086
  many=$(total "$bin" ${cmd[$name]} -c $((packets + 1)) "$cap")
  printf '%-9s %12d\n' "$name" $(((many - one) / packets))
done
