#!/usr/bin/env bash
# Peak memory on hostile input: a capture of many half-open TCP streams,
# each holding a segment past a gap that never fills (so reassembly has to
# hold it), plus IPv4 fragments that never complete. Run at two sizes: peak
# RSS must stay flat (bounded by the reassembly caps), not grow with the file.
#
#   benches/memory.sh [STREAMS]        (default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."
streams="${1:-200000}"
bin=target/release/osidump
[ -x "$bin" ] || cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

gen() {
  python3 - "$1" "$2" <<'PY'
import struct, sys
out, n = open(sys.argv[1], "wb"), int(sys.argv[2])
out.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
def csum(b):
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    while s >> 16: s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff
def ip(src, dst, proto, payload, ident=0, frag=0):
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, frag, 64, proto, 0, src, dst)
    h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
    return h + payload
def tcp(sport, dport, seq, flags, data=b""):
    return struct.pack("!HHIIBBHHH", sport, dport, seq, 0, 5 << 4, flags, 65535, 0, 0) + data
eth = b"\x02\x00\x00\x00\x00\x02\x02\x00\x00\x00\x00\x01\x08\x00"
t = 1_700_000_000
def rec(frame):
    global t
    t += 1
    out.write(struct.pack("<IIII", t, 0, len(frame), len(frame)) + frame)
data = bytes(range(256)) * 4  # 1024 bytes held per stream
for i in range(n):
    src = struct.pack("!I", 0x0a000000 + (i >> 16) * 256 + 1)
    dst = struct.pack("!I", 0x0b000000 + (i & 0xffff))
    sport, dport = 1024 + (i % 60000), 80
    isn = (i * 7919) & 0xffffffff
    rec(eth + ip(src, dst, 6, tcp(sport, dport, isn, 0x02)))
    # 1000 bytes missing, then data that must be held.
    rec(eth + ip(src, dst, 6, tcp(sport, dport, (isn + 1 + 1000) & 0xffffffff, 0x18, data)))
    # A first fragment whose datagram never completes.
    rec(eth + ip(src, dst, 17, data, ident=i & 0xffff, frag=0x2000))
PY
}

printf '%-10s %12s %10s %14s\n' streams file_MiB seconds peak_RSS_MiB
for n in "$streams" $((streams * 2)); do
  gen "$tmp/h.pcap" "$n"
  size=$(( $(stat -c %s "$tmp/h.pcap") / 1048576 ))
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" dissect -T json "$tmp/h.pcap" >/dev/null
  read -r secs kb <"$tmp/time"
  printf '%-10s %12s %10s %14s\n' "$n" "$size" "$secs" "$((kb / 1024))"
done
