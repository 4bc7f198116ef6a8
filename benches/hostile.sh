#!/usr/bin/env bash
# Peak RSS and time of every view on the hostile capture shapes of the
# adversarial review (examples/hostile.rs writes them), at full size, and
# at a quarter size to show time grows linearly with the input.
#
#   benches/hostile.sh            (needs /usr/bin/time; ~3 GB of temp files)
#
# Target: every line at most 64 MiB peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --example hostile
bin=target/release/osidump
[ -x "$bin" ] && [ "$bin" -nt Cargo.toml ] || cargo build --release --quiet
gen=target/release/examples/hostile
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shapes=(
  "ws-ooo 1000"          # 1000 segments of 560 B of 2-byte WebSocket frames, first last (631 KB)
  "http-ooo 1500"        # 1500 × 560 B of pipelined 18-byte GETs, first last (945 KB)
  "hole-gets 4000000"    # a 1000-byte hole, then 4 MB of pipelined GETs
  "stream-hole 1000000000" # one 1 GB stream behind a hole
  "deflate 2300"         # 2300 permessage-deflate connections, never closed
  "ws-conns 250000"      # 250k WebSocket connections
  "gapped 100000"        # 100k streams holding bytes past a gap
  "dns 1000000"          # 1M unanswered DNS queries
  "frags 1000000"        # 1M first fragments that never complete
)
printf '%-12s %-10s %-26s %10s %8s\n' shape scale command "peak RSS" seconds
for s in "${shapes[@]}"; do
  read -r shape n <<<"$s"
  for scale in $((n / 4)) "$n"; do
    f="$tmp/$shape-$scale.pcap"
    "$gen" "$shape" "$scale" "$f" 2>/dev/null
    for cmd in "dissect -T json" "dissect -T line" "stats" "sessions" "follow -s 0 --show parsed"; do
      /usr/bin/time -o "$tmp/time" -f '%M %e' $bin $cmd "$f" >/dev/null 2>&1 || true
      read -r kb secs < <(tail -n 1 "$tmp/time")
      printf '%-12s %-10s %-26s %6d MiB %8s\n' "$shape" "$scale" "$cmd" $((kb / 1024)) "$secs"
    done
    rm -f "$f"
  done
done
