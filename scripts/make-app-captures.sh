#!/usr/bin/env bash
# Captures of application protocols the samples do not carry, made from
# real traffic in a namespace of their own (its loopback only), with their
# tshark goldens for tests/app_captures.rs:
#   tests/data/app/mqtt.pcap   mosquitto's broker and clients: MQTT 3.1,
#                              3.1.1 and 5.0, QoS 0/1/2, a will, a login,
#                              subscribe/unsubscribe
#   tests/data/app/doh.pcapng  DNS over HTTPS (RFC 8484): curl's POSTs to
#                              dnsdist's DoH front end (dnsmasq behind it)
#                              over h2c, HTTP/1.1 and TLS 1.3 (curl
#                              --doh-url; its key log injected as a pcapng
#                              secrets block, so tshark and osidump both
#                              decrypt)
#   tests/golden/app/FILE.tsv  tshark -T fields (header row): frame.number,
#                              frame.protocols, the columns, every field
#                              osidump declares of the protocols shown
#
# usage: sudo scripts/make-app-captures.sh [OSIDUMP [NAME...]]
#        (needs iproute2 tcpdump tshark, and mosquitto mosquitto-clients
#        for mqtt, dnsdist dnsmasq curl openssl for doh; OSIDUMP, default
#        target/release/osidump, lists the protocols' fields; NAME: mqtt,
#        doh, default both)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "must run as root" >&2; exit 1; }
bin=${1:-target/release/osidump}
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(mqtt doh)
want() { [[ " ${names[*]} " == *" $1 "* ]]; }
tools=(ip tcpdump tshark)
if want mqtt; then tools+=(mosquitto mosquitto_pub mosquitto_sub); fi
if want doh; then tools+=(dnsdist dnsmasq curl openssl editcap python3); fi
for t in "${tools[@]}"; do
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
mqtt() {
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
}

# ---------------------------------------------------------------- doh
# dnsdist answers DoH on 127.0.0.1:80 (plain: h2c by prior knowledge and
# HTTP/1.1) and :443 (TLS), forwarding to dnsmasq on :5300.
doh() {
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
  -keyout "$tmp/key.pem" -out "$tmp/cert.pem" -days 30 -subj /CN=doh.test \
  -addext subjectAltName=DNS:doh.test,IP:127.0.0.1 2>/dev/null
cat >"$tmp/dnsdist.conf" <<CONF
newServer({address="127.0.0.1:5300"})
addDOHLocal("127.0.0.1:443", "$tmp/cert.pem", "$tmp/key.pem", "/dns-query")
addDOHLocal("127.0.0.1:80", nil, nil, "/dns-query")
setSecurityPollSuffix("")
CONF
ip netns exec "$NS" dnsmasq -k --no-resolv --no-hosts --port=5300 --listen-address=127.0.0.1 \
  --bind-interfaces --pid-file= --address=/example.test/10.9.8.7 \
  --host-record=www.doh.test,10.9.8.6,fd00::6 2>"$tmp/dnsmasq.log" &
pids+=($!)
ip netns exec "$NS" dnsdist --supervised --disable-syslog -C "$tmp/dnsdist.conf" >"$tmp/dnsdist.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do run ss -Hltn sport = :443 | grep -q . && break; sleep 0.1; done
# DNS queries as curl POSTs them (RFC 8484 4.1: id 0), and two with ids.
python3 - "$tmp" <<'QUERIES'
import struct, sys
def query(name, qtype, qid=0):
    labels = b''.join(bytes([len(p)]) + p.encode() for p in name.split('.'))
    return struct.pack('>6H', qid, 0x0100, 1, 0, 0, 0) + labels + b'\0' + struct.pack('>HH', qtype, 1)
for file, q in [('a', query('www.doh.test', 1)), ('aaaa', query('www.doh.test', 28)),
                ('nx', query('nothere.doh.test', 1, 0x1234)), ('mx', query('example.test', 15, 0xbeef))]:
    open(f'{sys.argv[1]}/{file}.bin', 'wb').write(q)
QUERIES
ip netns exec "$NS" tcpdump -i lo -U -s 0 -w "$tmp/doh.pcap" tcp port 80 or tcp port 443 2>/dev/null &
cap=$!
pids+=("$cap")
sleep 1
post=(-s -o /dev/null -H 'content-type: application/dns-message' -H 'accept: application/dns-message')
url=http://127.0.0.1/dns-query
# h2c: a query a connection (curl 7.88 fails a second stream on dnsdist's
# h2c connection).
for q in a nx mx; do
  run curl "${post[@]}" --http2-prior-knowledge --data-binary @"$tmp/$q.bin" "$url"
done
# HTTP/1.1: two queries on one connection.
run curl "${post[@]}" --http1.1 --data-binary @"$tmp/aaaa.bin" "$url" \
  --next "${post[@]}" --http1.1 --data-binary @"$tmp/nx.bin" "$url"
# TLS: curl resolving a name through DoH (A and AAAA); the connection to
# the name itself is refused (nothing listens on port 9).
SSLKEYLOGFILE="$tmp/keys.txt" run curl -s --max-time 3 --doh-insecure \
  --doh-url https://127.0.0.1/dns-query http://www.doh.test:9/ || true
sleep 1
kill "$cap"; wait "$cap" 2>/dev/null || true
editcap --inject-secrets tls,"$tmp/keys.txt" "$tmp/doh.pcap" tests/data/app/doh.pcapng
chmod 644 tests/data/app/doh.pcapng
}

if want mqtt; then mqtt; fi
if want doh; then doh; fi

# ---------------------------------------------------------------- goldens
# The capture of each name and the protocols whose fields its golden holds.
declare -A file=([mqtt]=mqtt.pcap [doh]=doh.pcapng)
declare -A protos=([mqtt]="mqtt" [doh]="dns http2 http")
for name in "${names[@]}"; do
  args=(-e frame.number -e frame.protocols -e _ws.col.Protocol -e _ws.col.Info)
  for p in ${protos[$name]}; do
    while read -r f; do args+=(-e "$f"); done < <("$bin" fields -T tsv | awk -F'\t' -v p="$p." '$1 == "F" && index($3, p) == 1 {print $3}')
  done
  out="tests/golden/app/${file[$name]}.tsv"
  tshark -n -r "tests/data/app/${file[$name]}" -T fields -E header=y -E occurrence=a \
    -E separator=/t "${args[@]}" >"$out" 2>/dev/null
  echo "$out: $(($(wc -l <"$out") - 1)) frames, $((${#args[@]} / 2)) fields" >&2
done
