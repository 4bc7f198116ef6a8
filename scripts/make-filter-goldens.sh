#!/bin/sh
# Golden packet selections for display filters, made by tshark.
#
#   scripts/make-filter-goldens.sh          writes tests/golden/filters.tsv
#
# tests/golden/filters.tsv: one row per (sample, expression), tab-separated:
# sample file name, expression, comma-separated frame numbers tshark -Y
# selects (empty when none). tests/filter_equivalence.rs runs our filter over
# the same samples and compares, so the test suite needs no tshark.
#
# Expressions use tshark 4.0's syntax where ours is wider (set elements
# separated by commas; booleans as 1/0). Keep them meaningful on at least one
# sample: every operator and keyword form, every protocol.
set -eu
cd "$(dirname "$0")/.."

command -v tshark >/dev/null || { echo "tshark not found" >&2; exit 1; }

exprs=$(mktemp)
cat >"$exprs" <<'EOF'
frame.len > 100
frame.len le 98
frame.number >= 3 && frame.number <= 5
frame.interface_id == 1
eth.addr == ff:ff:ff:ff:ff:ff
eth.dst == 02:99:00:00:00:02
eth.src ne 02:99:00:00:00:01
eth.src == 00:00:00:00:00:00
vlan.id == 100
vlan.id == 200 && vlan.priority == 5
arp
arp.opcode == 2
sll
sll.pkttype == 4
ip.addr == 10.99.0.0/24
ip.addr == 127.0.0.0/8
ip.src == 10.99.0.2 and ip.ttl >= 64
ip.addr != 10.99.0.1
ip.addr ~= 10.99.0.1
ip.dst !== 10.99.0.2
ip.flags.df == 1
ip.flags.mf == 1
ip.proto != 6
ipv6
ipv6.addr == fd99::/64
ipv6.src == fd99::2
ipv6.dst == ff02::/16
ipv6.hlim == 255
icmp.type == 8
icmp.type eq 3 or icmpv6.type eq 1
icmpv6.type in {135, 136}
icmpv6.type in {128..129}
tcp.flags.syn == 1 && tcp.flags.ack == 0
tcp.flags.fin == 1 || tcp.flags.reset == 1
tcp.flags.push
tcp.port in {80, 443, 8000..8100}
tcp.port == 0x50
tcp.port == 021075
tcp.stream == 1
tcp.len > 0 and not tcp.port == 443
tcp.len gt 1000
tcp.window_size_value lt 1000
tcp.srcport >= 1024 and tcp.dstport < 1024
udp.port == 53
udp.length >= 100
not (tcp or udp)
!arp && !icmp && !icmpv6 && !tcp && !udp
frame.len lt 70 or frame.len gt 1000 and ip
(frame.len lt 70 or frame.len gt 1000) and ip
not ip.addr == 10.99.0.1 and not ipv6.addr == fd99::1
dns
dns.qry.name == "www.example.test"
dns.qry.name == "example\x2etest"
dns.qry.name contains "example"
dns.qry.name matches "^(WWW|alias)\\."
dns.qry.name > "m"
dns.flags.rcode == 3
dns.flags.rcode != 0
dns.flags.response == 0
dns.a == 10.99.0.2
dns.aaaa == fd99::/64
dns.qry.type in {15, 16, 33}
dns and tcp
dns && ipv6
http
http.request.method == "GET"
http.request.method in {"POST", "PUT"}
http.response.code == 404
http.response.code >= 200 and http.response.code < 300
http.host contains "example"
http.request.uri matches "\\.(css|txt)$"
http.user_agent contains "curl"
tls
tls.handshake.type == 1
tls.handshake.type in {1, 2}
tls.handshake.extensions_server_name == "www.example.test"
tls.record.version == 0x0303
tls.record.content_type == 23
websocket
websocket.opcode == 1
websocket.opcode in {9, 10}
websocket.payload.close.status_code == 1000
tcp.port == 8765 and not websocket
frame.len ge 1000
frame.time_epoch > 1795519047.2
eth.dst == ffff.ffff.ffff
tcp.flags == 0x012
tcp.port not in {80, 443}
ip.dst == 10.99.0.2 || ipv6.dst == fd99::2 && udp
dns.qry.name == example.test
http.request.uri == r"/robots.txt"
http.response.code != 200
tls.handshake.extensions_alpn_str == "http/1.1"
eth.type == ARP
eth.type == "IPv6"
eth.type == ipv4
ip.proto == TCP
ip.proto == "UDP"
ipv6.nxt == ICMPv6
tcp.flags.syn == Set
tcp.flags.syn == "Not set" && tcp.flags.ack == Set
ip.flags.df == "Not set"
ip.checksum.status == 2
ip.checksum.status == Unverified
icmp.checksum.status == Good
tls.handshake.type == "Client Hello"
tls.handshake.type == "server hello"
tls.record.content_type == "Application Data"
tls.handshake.ciphersuite == TLS_AES_256_GCM_SHA384
tls.handshake.extensions.supported_version == "TLS 1.3"
dns.flags.rcode == "No such name"
dns.flags.opcode == "Standard query"
dns.qry.type == "AAAA (IPv6 Address)"
arp.opcode == reply
icmpv6.type == "Neighbor Solicitation"
websocket.opcode == Text
websocket.opcode == "Connection Close"
vlan.priority == "Excellent Effort"
sll.pkttype == "Unicast to us"
eth.src == 029900000001
EOF

out=tests/golden/filters.tsv
tmp=$(mktemp -d)
n=0
for s in samples/*.pcap samples/*.pcapng; do
    n=$((n + 1))
    (
        while IFS= read -r e; do
            frames=$(tshark -n -r "$s" -Y "$e" -T fields -e frame.number 2>"$tmp/err.$n") || {
                echo "tshark failed on $s with: $e" >&2
                cat "$tmp/err.$n" >&2
                touch "$tmp/failed"
                exit 1
            }
            printf '%s\t%s\t%s\n' "$(basename "$s")" "$e" "$(echo "$frames" | paste -sd, -)"
        done <"$exprs"
    ) >"$tmp/$n.tsv" &
done
wait
[ ! -e "$tmp/failed" ] || { rm -rf "$tmp" "$exprs"; exit 1; }
cat "$tmp"/[0-9]*.tsv | sort -t"$(printf '\t')" -k1,1 -s >"$out"
rm -rf "$tmp" "$exprs"
echo "$out: $(wc -l <"$out") rows ($(tshark --version | head -1))" >&2
