#!/usr/bin/env bash
# The speed and memory targets, measured side by side in one run on the
# same file: osidump against tcpdump and tshark, ratios and peak RSS.
#
#   benches/bench.sh [MEGABYTES...]     (default: 100 1000)
#   OSIDUMP_BIN=path RUNS=n benches/bench.sh 100
#
# Builds the captures from the real-traffic samples (examples/bigcap.rs:
# every round renumbered and time-shifted), installs tcpdump and tshark
# when missing, prints for each size:
#   -T line  vs  TZ=UTC tcpdump -nn -r        (target >= 10x)
#   -T json  vs  tshark -T json               (target >= 100x)
#   -V       vs  tshark -V                    (target >= 20x)
#   stats    vs  tshark -q -z io,phs          (target >= 20x)
#   --threads 2 vs --threads 1 on json, line and -V (target >= 1.8x)
#   peak RSS of every osidump command          (target <= 32 MiB)
# Wall times are the best of RUNS (default 1 for tshark, 3 for the rest);
# on a noisy machine judge single changes by instructions
# (valgrind --tool=callgrind) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-100 1000}")
[ $# -gt 0 ] || sizes=(100 1000)
runs="${RUNS:-3}"
need=()
command -v tcpdump >/dev/null || need+=(tcpdump)
command -v tshark >/dev/null || need+=(tshark)
[ -x /usr/bin/time ] || need+=(time)
if [ "${#need[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
cargo build --release --quiet --example bigcap
# OSIDUMP_BIN: measure another build (a copy kept from before a change).
bin=${OSIDUMP_BIN:-target/release/osidump}
[ -n "${OSIDUMP_BIN:-}" ] || cargo build --release --quiet
threads_supported=$("$bin" dissect --help | grep -c -- '--threads' || true)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# best WALL-SECONDS and peak RSS (KiB) of a command over N runs
measure() {
  local n=$1; shift
  local best=999999 rss=0
  for _ in $(seq "$n"); do
    /usr/bin/time -o "$tmp/t" -f '%e %M' "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; }
    read -r s k <"$tmp/t"
    best=$(python3 -c "print(min($best, $s))")
    [ "$k" -gt "$rss" ] && rss=$k
  done
  echo "$best $rss"
}

for mb in "${sizes[@]}"; do
  cap="$tmp/bench-$mb.pcap"
  target/release/examples/bigcap "$cap" "$mb" 2>"$tmp/gen"
  echo "== $(cat "$tmp/gen")"
  declare -A T R
  row() { # key n cmd...
    local key=$1 n=$2; shift 2
    local m
    m=$(measure "$n" "$@")
    T[$key]=${m% *}
    R[$key]=${m#* }
    printf '%-28s %9.2f s %8d MiB\n' "$key" "${T[$key]}" $((R[$key] / 1024))
  }
  row "tcpdump -nn" "$runs" env TZ=UTC tcpdump -nn -r "$cap"
  row "osidump -T line" "$runs" "$bin" dissect -T line "$cap"
  row "tshark -T json" 1 tshark -n -T json -r "$cap"
  row "osidump -T json" "$runs" "$bin" dissect -T json "$cap"
  row "tshark -V" 1 tshark -n -V -r "$cap"
  row "osidump -V" "$runs" "$bin" dissect -V "$cap"
  row "tshark -q -z io,phs" 1 tshark -n -q -z io,phs -r "$cap"
  row "osidump stats" "$runs" "$bin" stats "$cap"
  row "osidump sessions" 1 "$bin" sessions "$cap"
  if [ "$threads_supported" -gt 0 ]; then
    row "osidump -T json --threads 1" "$runs" "$bin" dissect --threads 1 -T json "$cap"
    row "osidump -T json --threads 2" "$runs" "$bin" dissect --threads 2 -T json "$cap"
    row "osidump -T line --threads 1" "$runs" "$bin" dissect --threads 1 -T line "$cap"
    row "osidump -T line --threads 2" "$runs" "$bin" dissect --threads 2 -T line "$cap"
    row "osidump -V --threads 1" "$runs" "$bin" dissect --threads 1 -V "$cap"
    row "osidump -V --threads 2" "$runs" "$bin" dissect --threads 2 -V "$cap"
  fi
  python3 - "${T[tcpdump -nn]}" "${T[osidump -T line]}" "${T[tshark -T json]}" "${T[osidump -T json]}" \
    "${T[tshark -V]}" "${T[osidump -V]}" "${T[tshark -q -z io,phs]}" "${T[osidump stats]}" <<'PY'
import sys
td, ol, tj, oj, tv, ov, tp, os_ = map(float, sys.argv[1:])
def r(name, them, us, target):
    x = them / us if us else float("inf")
    print(f"  {name:<34} {x:8.1f}x  (target {target}x) {'ok' if x >= target else 'MISSED'}")
print("ratios (their time / ours):")
r("-T line vs tcpdump -nn", td, ol, 10)
r("-T json vs tshark -T json", tj, oj, 100)
r("-V vs tshark -V", tv, ov, 20)
r("stats vs tshark -q -z io,phs", tp, os_, 20)
PY
  if [ "$threads_supported" -gt 0 ]; then
    python3 -c "print(f'  --threads 2 vs 1: json {${T[osidump -T json --threads 1]}/${T[osidump -T json --threads 2]}:.2f}x, line {${T[osidump -T line --threads 1]}/${T[osidump -T line --threads 2]}:.2f}x, -V {${T[osidump -V --threads 1]}/${T[osidump -V --threads 2]}:.2f}x (target 1.8x)')"
  fi
  max=0
  for k in "osidump -T line" "osidump -T json" "osidump -V" "osidump stats" "osidump sessions" \
    "osidump -T json --threads 2" "osidump -T line --threads 2" "osidump -V --threads 2"; do
    [ -n "${R[$k]:-}" ] || continue
    [ "${R[$k]}" -gt "$max" ] && max=${R[$k]}
  done
  echo "  peak RSS of osidump: $((max / 1024)) MiB (target 32 MiB)"
  rm -f "$cap"
  unset T R
done
