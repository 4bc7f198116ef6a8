#!/bin/sh
# Display filters checked against tshark 4.0 by a generated sweep (about
# 17000 expressions over the public corpus and the samples), one row per
# case where osidump answered otherwise, fixed since. Kept apart from
# make-filter-goldens.sh so each fix adds a row without a full rerun.
#
#   scripts/make-filter-checked-goldens.sh    writes tests/golden/filters_checked.tsv
#
# Rows, tab-separated:
#   SAMPLE  EXPR  FRAMES         tshark -Y selects FRAMES (comma-separated,
#                                empty when none): we must select the same
#   -       EXPR  REFUSED: MSG   tshark refuses EXPR (its message): so must we
#   -       EXPR  NOT SUPPORTED  tshark takes EXPR; we cannot answer it as
#                                tshark would: we must refuse it with a
#                                message that starts "not supported"
# tests/filter_equivalence.rs reads it (no tshark needed at test time).
set -eu
cd "$(dirname "$0")/.."
command -v tshark >/dev/null || { echo "tshark not found" >&2; exit 1; }

samples="http.pcap dns.pcap tls12.pcap dhcp.pcap"

# Expressions tshark takes, run on every sample above.
same=$(mktemp)
cat >"$same" <<'X'
frame.time_relative < 1.0e-3
frame.time_relative < 1.5.5
frame.time_relative == 0.000024x
frame.time_relative == 0.0000240000
frame.time_relative < +1
tcp.time_delta < 1.0e-3
-frame.time_epoch < 0
-frame.time_epoch < -1795519049.342344
-frame.time_epoch == -1795519049.342344
tcp.flags.syn == 2
tcp.flags.syn == 0x10
tcp.flags.syn in {2}
tcp.flags.syn != 2
tcp.flags.syn > 1
tcp.flags.syn == 4294967296
ip.flags.df == True
ip.flags.df == TRUE
ip.flags.df == False
ip.flags.df == FALSE
dns.flags.response == True
http.request == true
http.response == tRUE
http.request == "true"
http.request == false
dns.qry.qu == true
tcp.flags bitwise_and 0x02
tcp.flags bitwise_and 0x12 == 0x12
dns.qry.class == IN
ssl
ssl.handshake.type == 1
ssl.record.content_type == 22
ssl.handshake.extensions_server_name
bootp
bootp.option.type == 53
frame[0:2] == 02-99
frame[0:2] == 2-99
frame[0:2] == 2.99
frame[0:4] & ff:00:00:00
frame[0:2] & ff:00 == 02:00
ip[0] & f0 == 40
eth.dst & ff:ff:ff:ff:ff:ff == ff:ff:ff:ff:ff:ff
frame.time >= "Nov 24, 2026 11:17:29.342344 UTC"
frame.time == "2026-11-24T11:17:29.342344Z"
frame.time > "2026-11-24 12:17:29.342344+01:00"
frame.time > "2026-11-24 11:17 UTC"
frame.time < "1950-01-01 00:00:00 UTC"
frame.time > "2100-01-01 00:00:00 UTC"
frame.time > "2026-02-30 00:00:00 UTC"
frame.time in {"2026-11-24 11:17:29.342344 UTC" .. "2026-11-24 11:17:29.4 UTC"}
frame.time_epoch < 4000000000
frame.time_relative == 4294967296
frame contains ""
http.request.method contains ""
frame contains :00
frame[0:10] contains :02:99
frame[0:10] contains :0299
frame[0] == :02
frame[0:2] == :ffff
frame.time_epoch > frame.time_relative
frame.time_relative < frame.time_epoch
eth.src contains 00
eth.src contains 2
tcp.options
tcp.options.mss
count(tcp.options) > 0
ip.src_host == "10.0.0.1"
ip.host == "10.99.0.2"
ip.host contains "99.0.2"
ip.src_host matches "^10"
ip.flags == 0x02
ip.dsfield == 0
tcp.options.sack_perm == 04:02
tcp.options.mss[2:2] == 05:b4
tcp.options.timestamp contains 08:0a
tcp.option_len == 10
tcp.options.nop
eth.ig == 0
eth.lg
eth.addr.oui == 0x029900
eth.addr_resolved == "02:99:00:00:00:01"
frame.marked == 0
frame.ignored
frame.encap_type == 1
frame.offset_shift == 0
icmp.checksum.status == 1
eth.src contains 0299
tcp.payload contains "GET"
tcp.payload[0] == 16
len(tcp.payload) > 0
tcp.checksum.status == 2
udp.checksum.status == 2
udp.time_delta > 0.0001
udp.payload[0] == 0x66
max(ip.ttl,64) == 64
ip.ttl == max(64, 1)
ip.ttl == abs(-64)
max(tcp.srcport,80) == 80
min(ip.ttl, 10, 0x20) == 10
-ip.ttl == -64
tls.record
count(tls.handshake) == 2
tls.handshake.ciphersuites
tls.handshake.random_time > "2100-01-01"
tls.handshake.random_bytes contains e3:c0
tls.handshake.sig_hash_hash == 4
tls.handshake.extensions_supported_groups_length == 10
http.request_in == 4
http.prev_request_in
http.prev_response_in
data.data contains 00:01
icmp.resptime > 0.01
abs(tcp.flags.syn) == 1
tcp.completeness == tcp.flags.ece
tcp.flags.syn == tcp.flags.ack
tcp.srcport in {tcp.flags.syn}
eth.src matches "."
eth.dst matches "^\x02\x99"
frame[0:4] == 0299.0000
frame[0:3] == 0299.0
frame[0:3] == 029.900
frame[0:3] == 02-9900
frame[0:6] == 029900.000001
frame.time_epoch - frame.time_epoch == 0
frame.time_relative + frame.time_epoch > frame.time_epoch
frame.time_epoch + 1 > frame.time_epoch
http.request.method[3:] == ""
http.request.method[3:1] == ""
http.request.method[3:]
frame[5000:2] != 00
frame[5000:2] == ""
frame[5000:2]
frame[5000:2] contains ""
frame[0:1,5000:2,1:1] == 02
frame[5000:2,0:1] == 02
ip.src[10:] == ""
tcp.flags.str matches "^.......A"
tcp.flags.str matches "^..............A"
frame matches "\x99"
tcp.flags.str matches "[\xb7]A"
tcp.flags.str contains "\xb7"
tcp.flags.str contains c2:b7
tls.handshake.ciphersuite == "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"
tls.handshake.ciphersuite == 0xcca9
http.file_data contains "<"
x509sat.printableString contains "US"
x509sat.uTF8String contains "osidump"
x509af.algorithm.id == 1.2.840.10045.2.1
x509af.extension.id == 2.5.29.17
x509ce.dNSName contains "example"
x509ce.cA
x509af.serialNumber
x509af.utcTime
x509if.oid == 2.5.4.3
tls.handshake.certificate
X

# Expressions tshark refuses.
refused=$(mktemp)
cat >"$refused" <<'X'
frame.len == 60 AND tcp
frame.len == 60 And tcp
frame.len == 60 OR tcp
NOT tcp
frame.len EQ 60
frame.len Eq 60
tcp.port IN {80}
tcp.flags.syn == true
ip.flags.df == false
ip.flags.df == tRue
ip.flags.df == "1"
ip.flags.df == "True"
ip.flags.df == 1.0
tcp.flags.syn == -1
frame.time_relative < 1e2
frame.time_relative < 1x
frame.time_relative < 0x10
frame.time_relative == 0.0000240001
tcp.time_delta > "1"
dns.qry.nme == "a"
tcp.prot == 80
_ws.expert.messages
htttp
frame[0:3] == 02:99:0
frame[0:2] == 2:99
eth.src == 2:99:0:0:0:1
ip.src == "10.99.0.1"
ipv6.src == "::1"
frame.time > 0
frame.time > 1795519049
frame.time == "mrt 1, 2000 00:00:00"
frame.time > "Dec 31, 2002 13:55:31.3 WET"
frame.time > "2026-11-24 24:00:00"
frame.time > "2026-11-24 11:17:29 Z"
frame contains xyz
frame contains 00:
eth.src contains xyz
frame[0] == .02
max(64, ip.ttl) == 64
max(http.host, "zz") == "zz"
http.host == "\u0041"
ip.ttl == '\n'
frame.time + 1 > "2020-01-01"
frame.time - frame.time == 0
eth.src == "02:99:00:00:00:01"
eth.dst in {"ffffff"}
tcp.srcport * tcp.flags.syn == 0
tcp.srcport & tcp.flags.syn
frame[0:2] == 0299.
tcp.flags.syn == tcp.completeness
tcp.flags.syn in {tcp.srcport}
x509if.oid == "2.5.4.3"
frame.comment
pkt_comment
ntp
ntp.stratum == 1
ntp[0] & 0x07 == 3
frame[0] == 255
frame[0:3] == 123
frame contains abc
frame[0:2] == fff
eth.src.oui_resolved == "a"
X

# Expressions tshark takes that we refuse as not supported: names of
# protocols we do not decode, fields of theirs, fields we do not emit.
unsupported=$(mktemp)
cat >"$unsupported" <<'X'
smb2 || ftp
snmp.community contains "pub"
frame.time > "2026-11-24 11:17:29+0100"
frame.time > "2026-11-24 11:17:29.1234567891"
frame[37] == .fc
min(ip.ttl, -1) == 64
x509if.oid > 2.5.4.3
X

out=tests/golden/filters_checked.tsv
tab=$(printf '\t')
{
    for s in $samples; do
        while IFS= read -r e; do
            frames=$(tshark -n -r "samples/$s" -Y "$e" -T fields -e frame.number 2>/dev/null) || {
                echo "tshark refuses an expression listed as taken: $e" >&2
                exit 1
            }
            printf '%s\t%s\t%s\n' "$s" "$e" "$(echo "$frames" | paste -sd, -)"
        done <"$same"
    done
    while IFS= read -r e; do
        if msg=$(tshark -n -r samples/http.pcap -Y "$e" -c 1 2>&1 >/dev/null); then
            echo "tshark takes an expression listed as refused: $e" >&2
            exit 1
        fi
        printf -- '-\t%s\tREFUSED: %s\n' "$e" "$(echo "$msg" | grep -v '^Running as' | head -1 | sed 's/^tshark: //')"
    done <"$refused"
    while IFS= read -r e; do
        tshark -n -r samples/http.pcap -Y "$e" -c 1 >/dev/null 2>&1 || {
            echo "tshark refuses an expression listed as not supported by us: $e" >&2
            exit 1
        }
        printf -- '-\t%s\tNOT SUPPORTED\n' "$e"
    done <"$unsupported"
} >"$out"
rm -f "$same" "$refused" "$unsupported"
echo "$out: $(wc -l <"$out") rows ($(tshark --version | head -1))" >&2
