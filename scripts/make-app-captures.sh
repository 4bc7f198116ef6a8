#!/usr/bin/env bash
# Captures of application protocols the samples do not carry, made from
# real traffic in a namespace of their own (its loopback only), with their
# tshark goldens for tests/app_captures.rs:
#   tests/data/app/mqtt.pcap   mosquitto's broker and clients: MQTT 3.1,
#                              3.1.1 and 5.0, QoS 0/1/2, a will, a login,
#                              subscribe/unsubscribe
#   tests/golden/app/NAME.tsv  tshark -T fields (header row): frame.number,
#                              frame.protocols, the columns, every field of
#                              the protocol osidump declares
#
# usage: sudo scripts/make-app-captures.sh [OSIDUMP]   (needs iproute2
#        tcpdump tshark mosquitto mosquitto-clients; OSIDUMP, default
#        target/release/osidump, lists the protocol's fields)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "must run as root" >&2; exit 1; }
bin=${1:-target/release/osidump}
for t in ip tcpdump tshark mosquitto mosquitto_pub mosquitto_sub; do
  command -v "$t" >/dev/null || { echo "missing tool: $t" >&2; exit 1; }
done
NS=osi-app-$$
tmp=$(mktemp -d)
pids=()
cleanup() {
  set +e
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$p" 2>/dev/null
  done
  ip netns del "$NS" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
ip netns add "$NS"
ip -n "$NS" link set lo up
run() { timeout 20 ip netns exec "$NS" "$@"; }

# ---------------------------------------------------------------- mqtt
printf 'listener 1883 127.0.0.1\nallow_anonymous true\npersistence false\n' >"$tmp/mosquitto.conf"
ip netns exec "$NS" mosquitto -c "$tmp/mosquitto.conf" 2>"$tmp/mosquitto.log" &
pids+=($!)
for _ in $(seq 50); do run ss -Hltn sport = :1883 | grep -q . && break; sleep 0.1; done
ip netns exec "$NS" tcpdump -i lo -U -s 0 -w "$tmp/mqtt.pcap" tcp port 1883 2>/dev/null &
cap=$!
pids+=("$cap")
sleep 1
for v in mqttv31 mqttv311 mqttv5; do
  # A subscriber to two topics, waiting for three messages.
  run mosquitto_sub -V "$v" -i "sub-$v" -t "osi/a" -t "osi/b/#" -q 2 -C 3 -W 10 >"$tmp/sub-$v.txt" &
  sub=$!
  sleep 0.5
  run mosquitto_pub -V "$v" -i "pub-$v" -u alice -P secret -t osi/a -q 0 -m "hello $v"
  run mosquitto_pub -V "$v" -i "pub1-$v" -t osi/b/c -q 1 -m "at least once"
  run mosquitto_pub -V "$v" -i "pub2-$v" -t osi/b/d -q 2 -r -m "exactly once" \
    --will-topic osi/will --will-payload "gone" --will-qos 1
  wait "$sub" || true
  sleep 0.3
done
# Unsubscribe: mosquitto_sub -U removes a subscription it did not make.
run mosquitto_sub -V mqttv311 -i unsub -t osi/x -U osi/x -E -q 1 || true
sleep 1
kill "$cap"; wait "$cap" 2>/dev/null || true
cp "$tmp/mqtt.pcap" tests/data/app/mqtt.pcap
chmod 644 tests/data/app/mqtt.pcap

# ---------------------------------------------------------------- goldens
for name in mqtt; do
  args=(-e frame.number -e frame.protocols -e _ws.col.Protocol -e _ws.col.Info)
  while read -r f; do args+=(-e "$f"); done < <("$bin" fields -T tsv | awk -F'\t' -v p="$name." '$1 == "F" && index($3, p) == 1 {print $3}')
  tshark -n -r "tests/data/app/$name.pcap" -T fields -E header=y -E occurrence=a \
    -E separator=/t "${args[@]}" >"tests/golden/app/$name.pcap.tsv" 2>/dev/null
  echo "tests/golden/app/$name.pcap.tsv: $(($(wc -l <"tests/golden/app/$name.pcap.tsv") - 1)) frames, $((${#args[@]} / 2)) fields" >&2
done
