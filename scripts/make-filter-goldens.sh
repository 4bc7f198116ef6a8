#!/bin/sh
# Golden packet selections for display filters, made by tshark.
#
#   scripts/make-filter-goldens.sh          writes tests/golden/filters.tsv
#                                           and tests/golden/filters_refused.tsv
#
# tests/golden/filters.tsv: one row per (sample, expression), tab-separated:
# sample file name, expression, comma-separated frame numbers tshark -Y
# selects (empty when none). tests/filter_equivalence.rs runs our filter over
# the same samples and compares, so the test suite needs no tshark.
#
# Expressions use tshark 4.0's syntax where ours is wider (booleans as 1/0).
# Keep them meaningful on at least one sample: every operator and keyword
# form, every protocol. The first list runs on every sample; the second
# (general expressions: field to field, arithmetic, slices, layers,
# functions, quantifiers, protocol bytes) on the samples in $general_samples,
# to keep the run short.
#
# tests/golden/filters_refused.tsv: expressions tshark 4.0 refuses, with its
# message; tests/filter_equivalence.rs checks that we refuse them too.
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
llc
llc.dsap == 0x42 && llc.control.ftype == 3
eth.len == 38
stp
stp.type == 0 && stp.flags.tc
stp.root.prio == 4096
stp.root.hw == stp.bridge.hw
stp.hello == 1 && stp.forward >= 2
igmp
igmp.version == 3 && igmp.type == 0x11
igmp.maddr == 239.1.2.3
igmp.record_type == 4
igmp.type == 0x17 || igmp.num_grp_recs > 1
ntp
ntp.flags.mode == 3
ntp.flags.mode == server && ntp.stratum == 10
ntp.flags.vn == 4 && ntp.flags.li == 0
ntp.stratum == 0
ntp.refid == 7f:7f:01:01
syslog
syslog.facility == 16 && syslog.level == 5
syslog.level <= 3 && !syslog.version
syslog.version == "1" && syslog.msgid contains "ID47"
syslog.timestamp_rfc3164 && syslog.procid == "cron"
syslog.timestamp > "2026-01-01 00:00:00"
syslog.hostname == "-" || syslog.msg contains "IPv6"
vrrp
vrrp.version == 3 && vrrp.short_adver_int == 100
vrrp.prio == 0
vrrp.auth_type == 1 && vrrp.auth_string == "osidump"
vrrp.ip_addr == 10.96.0.101
vrrp.ipv6_addr == fd96::100
vrrp.checksum.status == 1 && vrrp.virt_rtr_id == 42 && vrrp.prio > 100
bgp
bgp.type == 2
bgp.type == 1 && bgp.open.myas == 65002
bgp.cap.type == 64 && bgp.cap.gr.timers.restart_time == 120
bgp.nlri_prefix == 192.0.2.0 && bgp.prefix_length == 24
bgp.update.path_attribute.community_as == 65001 && bgp.update.path_attribute.community_value == 200
bgp.mp_reach_nlri_ipv6_prefix == 2001:db8:1::
bgp.withdrawn_prefix || bgp.mp_unreach_nlri_ipv6_prefix
bgp.notify.major_error == 6 && bgp.notify.minor_error_cease == 2
bgp.update.path_attribute.as_path_segment.as4 == 65002
ospf
ospf.msg == 1 && ospf.hello.router_priority > 10
ospf.srcrouter == 10.95.0.2 && ospf.area_id == 0.0.0.0
ospf.msg.lsupdate && ospf.lsa.router
ospf.lsa.network.attchrtr == 10.95.0.1
ospf.dbd.ms && ospf.dbd.i
ospf.hello.active_neighbor
ntp.keyid == 00:00:00:02
ntp.mac
ntp.reftime > "2026-01-01"
ntp.xmt > "2050-01-01"
ntp.ppoll >= 6 && ntp.precision > 200
udp.srcport == 123 && ipv6
ntp.rootdelay == 0 && ntp.rootdispersion == 0
ntp[0] & 0x07 == 4
len(ntp) == 72
ntp contains 7f:7f:01:01
lldp
lldp.chassis.id.mac == 02:99:00:00:01:0a
lldp.time_to_live == 0
lldp.tlv.system.name contains "lldp-b"
lldp.media.subtype.class == 3 && lldp.media.dscp == 46
lldp.mgn.addr.ip6 == fd97::1
lldp.tlv.type == 127 && lldp.orgtlv.oui == 0x00120f
lldp.tlv_deprecated
cdp
cdp.deviceid == "h-cdp-a.example.test"
cdp.portid contains "cdp-b"
cdp.tlv.type == 0x0002 && cdp.nrgyz.ip_address == 10.98.0.1
cdp.capabilities.host == 1 && cdp.capabilities.router == 0
cdp.checksum.status == 1 && cdp.ttl == 4
ssh
ssh.protocol contains "OpenSSH_9.2"
ssh.message_code == 20 && ssh.direction == 1
ssh.message_code == 31
ssh.kex_algorithms contains "curve25519-sha256"
ssh.kex.hassh
ssh.host_key.type == "ecdsa-sha2-nistp256"
ssh.dh_gex.nbits >= 2048
ssh.encrypted_packet && ssh.direction == 0
ssh.packet_length_encrypted
ssh.seq_num == 3
ssh.padding_length > 8
ssh.mac
ssh.packet_length.error or ssh.key_length.error
http.proxy_connect_host
http.proxy_connect_host == "auth.example.test"
http.proxy_connect_port == 443 && tls
http.proxy_connect_port == 80 && data
http.request.method == "CONNECT" || http.response.code == 407
smtp
smtp.req
smtp.rsp && smtp.response.code == 250
smtp.req.command == "AUTH"
smtp.req.parameter contains "FROM:"
smtp.response.code >= 500
smtp.rsp.parameter contains "AUTH"
smtp.command_line matches "^RCPT"
smtp.auth.username || smtp.auth.password
smtp.auth.username_password
smtp.data.fragment
smtp.data.fragment.count > 1
smtp.data.reassembled.length > 1000
smtp.eom
imf
imf.from contains "alice"
imf.subject == "Short note"
imf.content.type.type == "multipart/mixed"
imf.address == "grace@example.test"
imf.message_text
ftp
ftp-data
ftp.request.command == "RETR"
ftp.response.code == 227
ftp.response.code >= 200 && ftp.response.code < 300
ftp.request.arg contains "hello"
ftp.response.arg matches "^Entering"
ftp.current-working-directory == "/pub"
ftp.passive.ip == 10.99.0.2 && ftp.passive.port == 30004
ftp.epsv.port
ftp.active.cip == 10.99.0.1
ftp.eprt.af == 1 && ftp.eprt.port > 1024
ftp.request == 1 && !ftp.request.arg
ftp.response == 1 && !ftp.response.code
ftp-data.setup-method == "PORT"
ftp-data.command contains "TYPE"
ftp-data.setup-frame == 202
ftp-data.command-frame
ftp-data.current-working-directory == "/upload"
ftp.passive.nat or ftp.active.nat
ftp.eprt.args_invalid or ftp.epsv.args_invalid or ftp.response.pwd.invalid
eth.trailer == 6e:00:00
snmp
snmp.version == 0
snmp.community == "private"
snmp.data == 5 && snmp.non_repeaters == 1 && snmp.max_repetitions == 3
snmp.error_status == 2 && snmp.error_index == 1
snmp.name == 1.3.6.1.2.1.1.3.0
snmp.value.timeticks > 0
snmp.value.counter >= 0 && snmp.value.g32 == 10000000
snmp.value.ipv4 == 10.99.0.2
snmp.value.oid == 1.3.6.1.6.3.1.1.5.3
snmp.noSuchObject || snmp.noSuchInstance || snmp.endOfMibView
snmp.var-bind_str contains "agent"
snmp.generic_trap == 6 && snmp.specific_trap == 17
snmp.msgVersion == 3 && snmp.v3.flags.crypt
snmp.engineid.enterprise == 8072
snmp.msgUserName == "osiuser"
snmp.response_to && snmp.time < 1
snmp.community contains "pub"
mptcp
tcp.option_kind == 30
tcp.options.mptcp.subtype == 2
tcp.options.mptcp.subtype == 1 && tcp.options.mptcp.recvtok
mptcp.stream == 0 && !mptcp.master
tcp.options.mptcp.datafin.flag == 1
tcp.options.mptcp.ipv4 == 10.97.0.2 && tcp.options.mptcp.echo == 1
mptcp.ack > 1
mptcp.expected_token
tcp.options.mptcp.sha256.flag == 1 and tcp.options.mptcp.version == 1
mptcp.analysis.subflows contains "1 0"
tcp.nop
tcp.options.mptcp.datalvllen >= 1000
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
http.file_data contains "nginx"
http.file_data matches "(?i)^user-agent: \\*"
http.file_data == "User-agent: *\nDisallow:\n"
tls
tls && !tls.record
tls.handshake.type == 1
tls.handshake.type in {1, 2}
tls.handshake.extensions_server_name == "www.example.test"
tls.record.version == 0x0303
tls.record.content_type == 23
dtls
dtls.record.content_type == 22
dtls.record.epoch == 1
dtls.record.version == 0xfefd
dtls.handshake.type == 3
dtls.handshake.type in {1, 2}
dtls.handshake.fragment_offset > 0
dtls.handshake.message_seq == 0
dtls.record.sequence_number >= 2
dtls.handshake.cookie
dtls && udp.port == 5684
dtls.fragment.count > 1
len(dtls) > 100
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
tcp.analysis.flags
tcp.analysis.retransmission
tcp.analysis.duplicate_ack_num >= 1
tcp.analysis.acks_frame
tcp.analysis.ack_rtt > 0.0005
tcp.analysis.initial_rtt < 0.0001
tcp.analysis.bytes_in_flight > 1000
tcp.analysis.push_bytes_sent > 1000
tcp.analysis.window_update
tcp.completeness == 31
tcp.time_delta > 0.01
tcp.time_relative > 1
tcp.flags.str contains "F"
tcp.connection.syn
http.chat
eth.src_not_group
_ws.expert.severity == "chat"
_ws.expert.group == "Sequence"
_ws.expert.message contains "SYN"
_ws.malformed
dhcpv6
dhcpv6.msgtype == 1
dhcpv6.msgtype == 7 && dhcpv6.status_code == 0
dhcpv6.xid == 0xe5cc35
dhcpv6.option.type == 39
dhcpv6.option.type_str == "Identity Association for Prefix Delegation"
dhcpv6.duid.type == 3
dhcpv6.duidllt.time > "2026-01-01"
dhcpv6.iaaddr.ip == fd99::175
dhcpv6.iaid.t1 == 0 && dhcpv6.iaaddr.valid_lifetime > 3000
dhcpv6.dns_server == fd99::2
dhcpv6.search_list_entry == "example.test."
dhcpv6.client_domain contains "example"
dhcpv6.clientfqdn.client.s
dhcpv6.elapsed_time > 0
dhcpv6.status_code == 2
udp.dstport == 547 && dhcpv6.requested_option_code == 23
nflog
nflog.family == 10
nflog.prefix contains "out4"
nflog.hook == 1 && ip
nflog.res_id == 5
nflog.tlv_type == 16
nflog.ifindex_outdev
nflog.protocol == 0x86dd
chdlc
chdlc.protocol == 0x8035
slarp.ptype == 2
fddi
fddi.addr == 55:00:20:00:41:e5
EOF

general=$(mktemp)
cat >"$general" <<'EOF'
tcp.srcport > tcp.dstport
tcp.srcport < tcp.dstport
tcp.srcport == tcp.srcport
tcp.dstport == tcp.srcport
frame.cap_len != frame.len
frame.cap_len == frame.len
ip.src == ip.dst
ip.src < ip.dst
ip.src != ip.dst
ipv6.src > ipv6.dst
eth.src == eth.dst
eth.src > eth.dst
udp.srcport == udp.dstport
tcp.srcport > ip.ttl
ip.len < frame.len
tcp.flags.syn == tcp.flags.ack
dns.qry.name == dns.resp.name
http.host == tls.handshake.extensions_server_name
tcp.window_size_value > tcp.len
tcp.srcport == {tcp.dstport + 1}
tcp.srcport + 1 == 81
tcp.dstport - 1 == 79
{tcp.srcport + 1} == 81
tcp.srcport * 2 == 160
tcp.srcport / 2 == 40
tcp.srcport % 7 == 3
tcp.srcport - 81 == -1
tcp.srcport - 81 < 0
tcp.srcport - 81 > 100
-tcp.srcport < 0
-tcp.srcport == -80
frame.len - ip.len == 14
frame.len - 14 == ip.len
frame.len == ip.len + 14
frame.len == {ip.len + 18}
frame.len + 1 > 100
frame.len - 100000 < 0
frame.len - 4294967295 < 0
frame.len * 58040098 > 0
frame.len * 58040099 > 0
frame.len + 4294967295 > 0
tcp.srcport / 0 == 1
!(tcp.srcport / 0 == 0)
tcp.srcport % 0 == 0
tcp.srcport - 1 * 2 == 78
tcp.srcport == 40 + 40
tcp.srcport == 160 / 2
tcp.srcport == {80 - 0}
tcp.srcport == tcp.dstport - tcp.dstport + 80
udp.srcport + udp.dstport > 10000
tcp.port * 65535 * 800 > 0
frame.number - 1
frame.number - frame.number
tcp.port - 80
tcp.len + tcp.hdr_len + ip.hdr_len == ip.len
ip.len - ip.hdr_len == udp.length
ipv6.plen == udp.length
ipv6.plen - tcp.hdr_len == tcp.len
frame.time_epoch + 1 > 1795519048
tcp.window_size_value * 128 == tcp.window_size
tcp.seq + tcp.len == tcp.nxtseq && tcp.len > 0
tcp.ack - 1 == 0
abs(tcp.window_size_scalefactor) == 7
tcp.flags & 0x02
tcp.flags & 0x12 == 0x12
tcp.flags & 0x12 == 0x02
tcp.flags & 0x10 == 0
{tcp.flags & 0x02} == 2
tcp.srcport & 0x50 == 0x50
ip.src & 255.255.255.0 == 10.99.0.0
ip.src & 255.0.0.0 == 127.0.0.0
eth.dst & 01:00:00:00:00:00
frame[0] & 01
frame[0:2] & 0f:00 == 02:00
vlan.id & 0x0f == 4
frame[-1] == 0a
frame[0:6] == ff:ff:ff:ff:ff:ff
eth[0:6] == ff:ff:ff:ff:ff:ff
eth[0:6] == eth.dst
eth.dst == eth[0:6]
eth.src == eth[6:6]
eth[12:2] == 08:00
eth[12:2] == 86:dd
eth[12:2] == 0800
frame[12:2] == 81:00
ip[9] == 6
ip[9] == 11
ip[0] == 45
ip[12:4] == ip.src
ip[-4:] == ip.dst
ip[20]
ipv6[6] == 11
ipv6[8:2] == fd:99
tcp[0:2] == 00:50
tcp[2:2] == 00:50
tcp[13] == 02
tcp[13] == 12
tcp[-1] == 0a
tcp[32:3] == "GET"
udp[0:2] == 00:35
udp[2:2] == 00:35
icmp[0] == 08
icmp[0] == 00
icmpv6[0] == 87
arp[6:2] == 00:01
arp[7] == 2
vlan[0:2] == 00:64
sll[0:2] == 00:00
frame[54:3] == "GET"
frame[66:3] == "GET"
frame[66-68] == "GET"
frame[66] == 47
frame[66] == 'G'
frame[0] == '\x02'
frame[74:]
frame[73:]
frame[0:74]
frame[0:75]
frame[70:10]
frame[-100:2]
frame[1000:2]
frame[:3] == 02:99:00
frame[-2:] == 0d:0a
frame[0:6,6:6] == 02:99:00:00:00:02:02:99:00:00:00:01
frame[0:2][1] == 99
frame[0:2] > 03
frame[0:2] < 03
frame[0:2] < 02:99:00
eth.src[0] == 02
eth.src[0:3] == 02:99:00
eth.src[0:3] == eth.dst[0:3]
eth.src[-1] == 01
ip.src[0:2] == 0a:63
ip.src[0] == 0a
ip.src[0] == 10
ip.dst[-1] == 02
ipv6.src[0:2] == fd:99
ipv6.dst[0] == fe
http.host[0:3] == "www"
http.host[0:3] == 77:77:77
http.host[-4:] == "test"
dns.qry.name[0:4] == "www."
dns.qry.name[-5:] == ".test"
http.request.method[0] == 47
tls.handshake.extensions_server_name[0:3] == "www"
frame[0:2] contains 99
frame[54:] contains "GET"
frame contains "GET"
frame contains 47:45:54
frame contains "HTTP/1.1"
frame matches "get /"
frame matches "(?-i)get /"
eth contains "GET"
ip contains "GET"
tcp contains "GET"
tcp contains "HTTP"
tcp contains 47:45:54
udp contains "example"
udp contains 07:65:78:61:6d:70:6c:65
udp matches "example"
udp matches "EXAMPLE"
tcp matches "^GET"
tcp matches "GET /"
icmp contains "abcd"
icmp contains 08:00
icmpv6 contains 00:00
ip contains "example"
ipv6 contains "example"
arp contains 0a:63
vlan contains 08:00
sll contains "GET"
len(frame) == frame.len
len(frame) == frame.cap_len
len(eth) == 14
len(ip) == 20
len(ip) == ip.hdr_len
len(tcp) == tcp.hdr_len
len(tcp) == 32
len(udp) == 8
len(icmp) == 64
len(icmp) > 8
len(icmpv6) > 8
len(icmpv6) == 32
len(ipv6) == 40
len(arp) == 28
len(vlan) == 4
len(sll) == 16
len(sll) == 20
tcp == tcp
ip == ip
eth[-1] == eth[13]
frame[0:1] == eth[0:1]
ip.src#1 == 10.99.0.1
ip.src#2
ip#1
ip#2
vlan.id#1 == 100
vlan.id#2 == 200
vlan#2
vlan.id#[1-2] == 200
vlan.id#[-1] == 200
tcp.port#[1-2] == 80
tcp.port#[-1] == 80
ip.src#[1:1] == 10.99.0.1
ip.src#[2:]
ip.src#0
ip#[1:1]
ip.ttl#1 > 60
eth.type#1 == 0x8100
len(http.host) > 3
len(http.host) == 16
len(dns.qry.name) > 15
len(dns.qry.name) == {5 + 11}
len(tcp.srcport) == 2
len(ip.ttl) == 1
len(tcp.stream) == 4
len(tcp.flags) == 2
len(tcp.flags.syn) == 0
len(frame.time_epoch) == 0
len(eth.src) == 6
len(ip.src) == 4
len(ipv6.src) == 16
count(tcp.port) == 2
count(ip) == 1
count(ip) == 2
count(vlan) == 2
count(vlan.id) == 2
count(dns.qry.name) > 1
count(dns.a) >= 2
count(http.host) == 0
count(tcp.port) == 2 and count(ip.src) == 1
count(tls.handshake.type) > 1
upper(http.host) contains "EX"
upper(http.host) == "WWW.EXAMPLE.TEST"
lower(http.host) == http.host
lower(dns.qry.name) == "www.example.test"
upper(dns.qry.name) contains "EXAMPLE"
upper(http.request.method) == "GET"
lower(http.request.method) == "get"
upper(http.host)[0:3] == "WWW"
string(tcp.port) == "80"
string(tcp.flags) == "18"
string(ip.src) == "10.99.0.1"
string(ip.dst) == "10.99.0.2"
string(eth.src) == "02:99:00:00:00:01"
string(frame.len) == "74"
string(ipv6.src) == "fd99::2"
string(ip.proto) == "6"
string(tcp.srcport) contains "80"
string(frame.number) matches "^1[0-9]$"
string(udp.port) == "53"
string(dns.qry.type) == "28"
abs(tcp.srcport) == 80
abs(-tcp.srcport) == 80
abs(tcp.srcport - 81) == 1
max(tcp.srcport, tcp.dstport) == 80
min(tcp.srcport, tcp.dstport) == 80
max(tcp.port) > 1024
max(tcp.port) == 80
min(tcp.port) == 80
max(ip.src, ip.dst) == 10.99.0.2
min(ip.src, ip.dst) == 10.99.0.1
max(http.host) == "www.example.test"
max(dns.qry.name) contains "www"
max(udp.srcport, udp.dstport) == 53
min(udp.port) == 53
max(tcp.srcport) == 80 + 0
max(frame.len) > 1000
min(ipv6.src, ipv6.dst) == fd99::1
all tcp.port > 1024
all tcp.port < 1024
any tcp.port > 1024
all tcp.port != 80
any tcp.port != 80
tcp.port === 80
tcp.port !== 80
any tcp.port === 80
all tcp.port !== 80
all tcp.port == 80
all tcp.port in {80, 443}
all tcp.port in {1024..65535}
any udp.port in {53}
all ip.addr == 10.99.0.0/24
all dns.qry.name contains "example"
any dns.qry.name contains "www"
all dns.a == 10.99.0.2
dns.a === 10.99.0.2
all vlan.id > 100
all eth.addr == eth.src
tcp.srcport in {tcp.dstport, 80}
tcp.srcport in {79..tcp.srcport}
ip.src in {10.99.0.0/24}
ip.src in {10.99.0.1..10.99.0.5}
http.host in {"www.example.test"}
http.host in {"a".."z"}
tcp.flags.syn in {1}
tcp.dstport in {80, 443} and tcp.srcport in {1024..65535}
dns.qry.type in {1, 28}
frame.len in {60..100, 1514}
tcp.port == ${tcp.port}
tcp.srcport == ${frame.len}
!(tcp.port == ${tcp.port})
tcp.srcport == 'P'
http.request.method[0] == 'G'
tcp.srcport != -1
tcp.srcport > -1
tcp.srcport == -80
tcp.srcport >= -5
.tcp
.tcp.port == 80
EOF

# Protocol bytes of application layers (tshark's item of each layer, or a
# layer decoded from reassembled data), and a name tshark reads as one of
# its protocols: on every sample.
app_bytes=$(mktemp)
cat >"$app_bytes" <<'EOF'
frame[0] == ff
frame[0:2] != fc
frame contains ff
dns contains "example"
dns[2] == 81
dns[-1] == 01
len(dns) > 100
dhcp[0] == 01
len(dhcp) > 300
http contains "GET"
http contains "websocket"
len(http) > 0
len(http) > 200
http[0:3] == "GET"
http[-4:] == 0d:0a:0d:0a
tls[0] == 16
tls[0] == 17
tls[0:3] == 16:03:01
tls contains 16:03
len(tls) > 100
websocket contains "hello"
websocket[0] == 81
len(websocket) == 6
http2[3] == 04
len(http2) > 20
quic[0] & 80
len(quic) > 1000
dhcpv6[0] == 01
len(dhcpv6) > 100
snmp[0] & 0x07 == 3
len(snmp) > 100
EOF
general_samples="dns.pcap frag.pcap http.pcap icmp.pcap qinq.pcap sll.pcap vlan.pcap web_visit.pcap"

refused=$(mktemp)
cat >"$refused" <<'EOF'
tcp.port in {80 443}
tcp.flags bitand 0x02
tcp or udp xor ip
tcp ^^ udp
(tcp.srcport + 1) == 81
tcp.srcport + 70000 == 70080
ip.src + 1 == 10.99.0.2
http.host + 1
http.host & "x"
tcp.flags.syn & 1
frame.time_delta * 2 > 1
ip.src & 0xff
tcp.srcport == -{-80}
tcp.srcport == - -80
1 == 1
{1 + 1} == 2
tcp.srcport in {40+40}
ip.src#-1
ip#[1-1]
frame[2-2] == 00
frame[3-2]
frame[2:0]
tcp.srcport[0] == 0
vals(tcp.flags) == 2
LEN(http.host) == 16
len(http.host)
count(http.host)
len(tcp)
string(tcp.flags.syn) == "1"
string(frame.time_epoch) contains "."
string(http.host) == http.host
string(eth[0:2]) == "02:99"
len(eth[0:2]) == 2
upper(ip.src) == "X"
max(frame.len, ip.len) == frame.len
min(tcp.srcport, ip.ttl) < 100
eth.type == ip
ip.proto == tcp
tcp.srcport == ip.src
http.host == eth.src
tcp.flags.syn == tcp.srcport
frame contains eth.src
http.host matches http.host
all tcp.port contains 00
frame[0] in {02, 03}
${tcp.port}
frame.time_epoch > "2026-11-30"
tcp.srcport - 81 == 4294967295
frame.len - 2147483722 == -2147483648
frame[0] == zz
tcp.port == 80 +
all tcp.port
tcp.port contains 00
EOF

out=tests/golden/filters.tsv
tmp=$(mktemp -d)
n=0
for s in samples/*.pcap samples/*.pcapng; do
    n=$((n + 1))
    list="$exprs $app_bytes"
    case " $general_samples " in
    *" $(basename "$s") "*) list="$exprs $general $app_bytes" ;;
    esac
    (
        cat $list | while IFS= read -r e; do
            frames=$(tshark -n -r "$s" -Y "$e" -T fields -e frame.number 2>"$tmp/err.$n") || {
                echo "tshark failed on $s with: $e" >&2
                cat "$tmp/err.$n" >&2
                touch "$tmp/failed"
                exit 1
            }
            printf '%s\t%s\t%s\n' "$(basename "$s")" "$e" "$(echo "$frames" | paste -sd, -)"
        done
    ) >"$tmp/$n.tsv" &
done
wait
[ ! -e "$tmp/failed" ] || { rm -rf "$tmp" "$exprs" "$general" "$app_bytes"; exit 1; }
cat "$tmp"/[0-9]*.tsv | sort -t"$(printf '\t')" -k1,1 -s >"$out"

# Refused: tshark must fail on each; keep its message.
ref_out=tests/golden/filters_refused.tsv
while IFS= read -r e; do
    if tshark -n -r samples/http.pcap -Y "$e" -c 1 >/dev/null 2>"$tmp/err"; then
        echo "tshark accepts an expression listed as refused: $e" >&2
        exit 1
    fi
    printf '%s\t%s\n' "$e" "$(grep -v '^Running as' "$tmp/err" | head -1 | sed 's/^tshark: //')"
done <"$refused" >"$ref_out"
rm -rf "$tmp" "$exprs" "$general" "$app_bytes" "$refused"
echo "$out: $(wc -l <"$out") rows, $ref_out: $(wc -l <"$ref_out") rows ($(tshark --version | head -1))" >&2
