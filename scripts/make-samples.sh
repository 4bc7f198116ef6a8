#!/usr/bin/env bash
# Re-create every sample capture in samples/ from REAL traffic.
#
# Two network namespaces (osi-cli, osi-srv) joined by a veth pair:
#   osi-cli  veth-cli  10.99.0.1/24  fd99::1/64  02:99:00:00:00:01
#   osi-srv  veth-srv  10.99.0.2/24  fd99::2/64  02:99:00:00:00:02
# osi-srv runs dnsmasq (DNS, authoritative for example.test), nginx (HTTP :80,
# HTTPS :443, self-signed cert for www.example.test) and a python websockets
# echo server (:8765). Clients (dig, curl, ping, python) run in osi-cli and
# tcpdump/dumpcap capture inside osi-cli. No traffic leaves the namespaces.
#
# Needs root and: iproute2 ethtool tcpdump tshark(editcap,dumpcap) tcpreplay
# dnsmasq nginx curl dnsutils openssl iputils-ping python3-websockets busybox lldpd.
#
# usage: sudo scripts/make-samples.sh          every sample
#        sudo scripts/make-samples.sh dhcp     samples/dhcp.pcap only (needs
#                                               iproute2 tcpdump dnsmasq busybox)
#        sudo scripts/make-samples.sh dhcpv6   samples/dhcpv6.pcap only (needs
#                                               iproute2 tcpdump dnsmasq
#                                               isc-dhcp-client)
#        sudo scripts/make-samples.sh polling  samples/polling_vs_websocket.pcap
#                                               only (needs iproute2 tcpdump
#                                               python3-websockets)
#        sudo scripts/make-samples.sh stp      samples/stp.pcap only (needs
#                                               iproute2 tcpdump; the kernel's
#                                               bridge module)
#        sudo scripts/make-samples.sh igmp     samples/igmp.pcap only (needs
#                                               iproute2 tcpdump python3)
#        sudo scripts/make-samples.sh ntp      samples/ntp.pcap only (needs
#                                               iproute2 tcpdump chrony)
#        sudo scripts/make-samples.sh snmp     samples/snmp.pcap only (needs
#                                               iproute2 tcpdump snmpd snmp)
#        sudo scripts/make-samples.sh lldp     samples/lldp.pcap only (needs
#                                               iproute2 tcpdump lldpd)
#        sudo scripts/make-samples.sh syslog   samples/syslog.pcap only (needs
#                                               iproute2 tcpdump logger python3)
#        sudo scripts/make-samples.sh dtls     samples/dtls.pcap only (needs
#                                               iproute2 tcpdump openssl)
#        sudo scripts/make-samples.sh vrrp     samples/vrrp.pcap only (needs
#                                               iproute2 tcpdump keepalived)
#        sudo scripts/make-samples.sh routing  samples/bgp_ospf.pcap only (needs
#                                               iproute2 tcpdump bird2)
#        sudo scripts/make-samples.sh mptcp    samples/mptcp.pcap only (needs
#                                               iproute2 tcpdump mergecap
#                                               python3; a kernel with MPTCP)
#        sudo scripts/make-samples.sh ssh      samples/ssh.pcap only (needs
#                                               iproute2 tcpdump openssh-server
#                                               openssh-client)
#        sudo scripts/make-samples.sh smtp     samples/smtp.pcap only (needs
#                                               iproute2 tcpdump curl python3
#                                               3.11 with its smtpd module)
#        sudo scripts/make-samples.sh nflog    samples/nflog.pcap only (needs
#                                               iproute2 tcpdump nftables curl
#                                               python3; the kernel's
#                                               nfnetlink_log)
#        sudo scripts/make-samples.sh ftp      samples/ftp.pcap only (needs
#                                               iproute2 tcpdump vsftpd curl)
#        sudo scripts/make-samples.sh proxy    samples/proxy.pcap and proxy.keys
#                                               only (needs iproute2 tcpdump
#                                               curl openssl python3)
#        sudo scripts/make-samples.sh tlsq     only the decryption samples and
#               their key logs: tls_keylog.pcap, web_visit_tls.pcapng (secrets
#               embedded), h2.pcap, h2c.pcap, quic.pcap (needs, besides the
#               tools of `all`, python3-h2 and a python with
#               aioquic: AIOQUIC_PY=/path/to/python, default a venv made in
#               the temporary folder with `pip install aioquic`)
set -euo pipefail

WHAT=${1:-all}
case "$WHAT" in
    all | dhcp | dhcpv6 | polling | stp | igmp | ntp | snmp | lldp | cdp | syslog | dtls | vrrp | mptcp | ssh | smtp | nflog | ftp | routing | proxy | tlsq) ;;
    *) echo "usage: $0 [dhcp|dhcpv6|polling|stp|igmp|ntp|snmp|lldp|cdp|syslog|dtls|vrrp|mptcp|ssh|smtp|nflog|ftp|routing|proxy|tlsq]" >&2; exit 2 ;;
esac

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$REPO/samples"
PY=/usr/bin/python3          # Debian python (python3-websockets lives here)
# The namespaces' names: OSIDUMP_NS_CLI / OSIDUMP_NS_SRV, or NS_PREFIX=h-NAME
# for both (two runs at once on one machine each use their own).
CLI=${OSIDUMP_NS_CLI:-${NS_PREFIX:-osi}-cli}
SRV=${OSIDUMP_NS_SRV:-${NS_PREFIX:-osi}-srv}
CLI_IF=veth-cli
SRV_IF=veth-srv
CLI4=10.99.0.1
SRV4=10.99.0.2
CLI6=fd99::1
SRV6=fd99::2
NAME=www.example.test

[ "$(id -u)" = 0 ] || { echo "must run as root" >&2; exit 1; }
TOOLS=(ip tcpdump)
case "$WHAT" in
    stp | igmp | lldp | cdp | mptcp) ;;
    ntp) TOOLS+=(chronyd) ;;
    ssh) TOOLS+=(sshd ssh ssh-keygen) ;;
    smtp) TOOLS+=(curl) ;;
    ftp) TOOLS+=(vsftpd curl) ;;
    proxy) TOOLS+=(curl openssl) ;;
    dhcpv6) TOOLS+=(dnsmasq dhclient) ;;
    snmp) TOOLS+=(snmpd snmpget snmpset snmptrap snmpinform) ;;
    syslog) TOOLS+=(logger) ;;
    dtls) TOOLS+=(openssl) ;;
    vrrp) TOOLS+=(keepalived) ;;
    nflog) TOOLS+=(nft curl) ;;
    routing) TOOLS+=(bird birdc) ;;
    *) TOOLS+=(dnsmasq ping busybox) ;;
esac
[ "$WHAT" = all ] && TOOLS+=(chronyd sshd ssh ssh-keygen dhclient snmpd snmpget snmpset snmptrap snmpinform logger keepalived nft vsftpd bird birdc)
case "$WHAT" in lldp | cdp | all) TOOLS+=(lldpd) ;; esac
case "$WHAT" in mptcp | all) TOOLS+=(mergecap) ;; esac
[ "$WHAT" = all ] && TOOLS+=(ethtool dumpcap editcap tcprewrite nginx curl dig openssl)
[ "$WHAT" = tlsq ] && TOOLS+=(ethtool editcap nginx curl dig openssl)
for t in "${TOOLS[@]}"; do
    command -v "$t" >/dev/null || { echo "missing tool: $t" >&2; exit 1; }
done
if [ "$WHAT" != dhcp ] && [ "$WHAT" != dhcpv6 ] && [ "$WHAT" != stp ] && [ "$WHAT" != igmp ] && [ "$WHAT" != ntp ] && [ "$WHAT" != snmp ] && [ "$WHAT" != lldp ] && [ "$WHAT" != cdp ] && [ "$WHAT" != syslog ] && [ "$WHAT" != dtls ] && [ "$WHAT" != vrrp ] && [ "$WHAT" != mptcp ] && [ "$WHAT" != ssh ] && [ "$WHAT" != smtp ] && [ "$WHAT" != nflog ] && [ "$WHAT" != ftp ] && [ "$WHAT" != routing ] && [ "$WHAT" != proxy ]; then
    "$PY" -c 'import websockets' || { echo "missing python3-websockets for $PY" >&2; exit 1; }
    if [ "$WHAT" = tlsq ] || [ "$WHAT" = all ]; then
        "$PY" -c 'import h2' || { echo "missing python3-h2 for $PY" >&2; exit 1; }
    fi
fi

TMP=$(mktemp -d /tmp/osidump-samples.XXXXXX)
chmod 755 "$TMP"
PIDS=()

cleanup() {
    set +e
    local i
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        kill "${PIDS[i]}" 2>/dev/null
    done
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        # bounded wait: give each process up to 3s, then SIGKILL
        local n=0
        while kill -0 "${PIDS[i]}" 2>/dev/null && [ $n -lt 30 ]; do sleep 0.1; n=$((n + 1)); done
        kill -9 "${PIDS[i]}" 2>/dev/null
        wait "${PIDS[i]}" 2>/dev/null
    done
    ip netns del "$CLI" 2>/dev/null
    ip netns del "$SRV" 2>/dev/null
    rm -rf "/etc/netns/$CLI"
    rmdir /etc/netns 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# NOTE: background (&) processes are started with a plain `ip netns exec` (which
# execs the program) so that $! is the program's own PID, never a subshell.
cli() { ip netns exec "$CLI" "$@"; }
srv() { ip netns exec "$SRV" "$@"; }

# wait_for CMD...: retry CMD up to 50 x 0.1s
wait_for() {
    local n=0
    until "$@" >/dev/null 2>&1; do
        n=$((n + 1))
        [ $n -lt 50 ] || { echo "timeout waiting for: $*" >&2; return 1; }
        sleep 0.1
    done
}

# ---------------------------------------------------------------- capture helpers
CAP_PID=
# cap_start FILE [IFACE] [extra tcpdump args...]
cap_start() {
    local file=$1 iface=${2:-$CLI_IF}
    shift 2 || shift $#
    : >"$TMP/cap.log"
    ip netns exec "$CLI" tcpdump -Z root -U -i "$iface" -w "$file" "$@" 2>"$TMP/cap.log" &
    CAP_PID=$!
    PIDS+=("$CAP_PID")
    wait_for grep -q "listening on" "$TMP/cap.log"
    sleep 0.3
}
cap_stop() {
    sleep 1
    kill "-${1:-INT}" "$CAP_PID"
    wait "$CAP_PID" || true
    cat "$TMP/cap.log" >&2
}
flush_neigh() {
    ip -n "$CLI" neigh flush dev "$CLI_IF"
    ip -n "$SRV" neigh flush dev "$SRV_IF"
}

# ---------------------------------------------------------------- dhcp
# dhcp.pcap: a DHCP server and a real client, nothing else on the wire
# (captured with a port filter): dnsmasq serving DHCP only (no DNS) on
# veth-srv, busybox udhcpc on veth-cli doing Discover, Offer, Request, ACK,
# then a Release when told to exit (-R). The hook script puts the leased
# address on veth-cli (the Release is sent from it) and says it is bound.
make_dhcp() {
    echo "== dhcp.pcap" >&2
    cat >"$TMP/udhcpc.script" <<'HOOK'
#!/bin/sh
case "$1" in
    bound | renew)
        ip addr add "$ip/${mask:-24}" dev "$interface" 2>/dev/null || true
        : >"$(dirname "$0")/dhcp.bound" ;;
esac
exit 0
HOOK
    chmod 755 "$TMP/udhcpc.script"
    : >"$TMP/dhcp.log"
    ip netns exec "$SRV" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 \
        --pid-file= --user=root --group=root --bind-interfaces --interface="$SRV_IF" \
        --log-dhcp --log-facility="$TMP/dhcp.log" --dhcp-leasefile="$TMP/dhcp.leases" \
        --dhcp-authoritative --no-ping \
        --dhcp-range=10.99.0.50,10.99.0.99,255.255.255.0,1h \
        --dhcp-option=option:router,"$SRV4" --dhcp-option=option:dns-server,"$SRV4" \
        --dhcp-option=option:domain-name,example.test &
    local dhcpd=$!
    PIDS+=("$dhcpd")
    wait_for grep -q "DHCP, IP range" "$TMP/dhcp.log"
    cap_start "$O/dhcp.pcap" "$CLI_IF" udp port 67 or udp port 68
    # -R: release on exit, -n/-t/-T: give up after 3 discovers 2s apart
    ip netns exec "$CLI" busybox udhcpc -f -R -n -t 3 -T 2 -i "$CLI_IF" \
        -s "$TMP/udhcpc.script" -x hostname:client -F client.example.test &
    local client=$!
    PIDS+=("$client")
    wait_for test -e "$TMP/dhcp.bound"
    sleep 0.5
    kill -TERM "$client"
    wait "$client" || true
    cap_stop
    kill "$dhcpd"
    wait "$dhcpd" 2>/dev/null || true
    cat "$TMP/dhcp.log" >&2
}

# ---------------------------------------------------------------- dhcpv6
# dhcpv6.pcap: a DHCPv6 server and a real client, nothing else on the wire
# (captured with a port filter): dnsmasq serving stateful DHCPv6 only (no
# DNS, no RA) on veth-srv with DNS server, domain search and SNTP options;
# ISC dhclient -6 on veth-cli (its own config, lease, pid and hook files in
# the temporary folder, so nothing of the host's is read or written):
# Solicit (with a Client FQDN), Advertise, Request, Reply; then a Release
# of that lease (dhclient -r); an Information-request (-S) and its Reply;
# and a Solicit for a delegated prefix (-P), which dnsmasq answers with
# status NoPrefixAvail. Every wait is bounded.
make_dhcpv6() {
    echo "== dhcpv6.pcap" >&2
    local d="$TMP/dhcpv6"
    mkdir -p "$d"
    cat >"$d/hook" <<'HOOK'
#!/bin/sh
# dhclient's script: record what happened, change nothing.
echo "$reason" >>"$(dirname "$0")/reasons"
exit 0
HOOK
    chmod 755 "$d/hook"
    cat >"$d/dhclient.conf" <<'CONF'
send fqdn.fqdn "client.example.test.";
send fqdn.server-update on;
request dhcp6.name-servers, dhcp6.domain-search, dhcp6.sntp-servers;
CONF
    : >"$d/reasons"
    : >"$d/dnsmasq.log"
    ip netns exec "$SRV" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 \
        --pid-file= --user=root --group=root --bind-interfaces --interface="$SRV_IF" \
        --log-dhcp --log-facility="$d/dnsmasq.log" --dhcp-leasefile="$d/leases" \
        --dhcp-authoritative \
        --dhcp-range=fd99::100,fd99::1ff,64,1h \
        --dhcp-option=option6:dns-server,[$SRV6] \
        --dhcp-option=option6:domain-search,example.test \
        --dhcp-option=option6:sntp-server,[$SRV6] &
    local dhcpd=$!
    PIDS+=("$dhcpd")
    wait_for grep -q "DHCPv6, IP range" "$d/dnsmasq.log"
    cap_start "$O/dhcpv6.pcap" "$CLI_IF" udp port 546 or udp port 547
    local dh=(dhclient -6 -d -v -cf "$d/dhclient.conf" -lf "$d/lease" -pf "$d/pid" -sf "$d/hook")
    # 1. Solicit, Advertise, Request, Reply (-1: try once)
    ip netns exec "$CLI" "${dh[@]}" -1 "$CLI_IF" 2>>"$d/client.log" &
    local client=$!
    PIDS+=("$client")
    wait_for grep -q BOUND6 "$d/reasons" || { cat "$d/dnsmasq.log" "$d/client.log" "$d/reasons" >&2; return 1; }
    kill -TERM "$client" 2>/dev/null || true
    wait "$client" 2>/dev/null || true
    rm -f "$d/pid"
    # 2. Release of the lease it recorded (-r exits once released)
    timeout 15 ip netns exec "$CLI" "${dh[@]}" -r "$CLI_IF" 2>>"$d/client.log" || true
    rm -f "$d/pid"
    # 3. Information-request (-S), stateless
    : >"$d/reasons"
    ip netns exec "$CLI" "${dh[@]}" -S -1 -lf "$d/lease-s" "$CLI_IF" 2>>"$d/client.log" &
    client=$!
    PIDS+=("$client")
    wait_for grep -qv PREINIT6 "$d/reasons" || true
    sleep 1
    kill -TERM "$client" 2>/dev/null || true
    wait "$client" 2>/dev/null || true
    rm -f "$d/pid"
    # 4. Prefix delegation (-P), which dnsmasq does not serve: a few
    # Solicits and the answers they get, for 4 s
    ip netns exec "$CLI" "${dh[@]}" -P -1 -lf "$d/lease-p" "$CLI_IF" 2>>"$d/client.log" &
    client=$!
    PIDS+=("$client")
    sleep 4
    kill -TERM "$client" 2>/dev/null || true
    wait "$client" 2>/dev/null || true
    cap_stop
    kill "$dhcpd"
    wait "$dhcpd" 2>/dev/null || true
    cat "$d/dnsmasq.log" "$d/client.log" "$d/reasons" >&2
}

# ---------------------------------------------------------------- stp
# stp.pcap: two Linux bridges running the kernel's IEEE 802.1D spanning
# tree, one in each namespace, joined by a second veth pair (stp-a, stp-b)
# that is each bridge's only port. Bridge B comes up first and claims the
# root; A, up 2.5 s later with the better priority (4096), takes it over:
# B makes stp-b its root port. When the ports start forwarding, the
# topology change is reported (TCN BPDUs) and acknowledged (TC and TCA
# flags in the root's configuration BPDUs). Captured on stp-a, BPDUs only
# (802.3 frames with an LLC header to SAP 0x42).
make_stp() {
    echo "== stp.pcap" >&2
    ip link add stp-a netns "$CLI" type veth peer name stp-b netns "$SRV"
    local ns br prio
    for ns in "$CLI:stp-a:4096" "$SRV:stp-b:32768"; do
        IFS=: read -r ns port prio <<<"$ns"
        ip -n "$ns" link add br-stp type bridge stp_state 1 priority "$prio" \
            hello_time 100 forward_delay 200 max_age 600
        ip -n "$ns" link set "$port" master br-stp
        ip -n "$ns" link set "$port" up
    done
    cap_start "$O/stp.pcap" stp-a stp
    ip -n "$SRV" link set br-stp up
    sleep 2.5
    ip -n "$CLI" link set br-stp up
    # Listening and learning take 2 x forward_delay (4 s); the change is
    # then reported and acknowledged within a few hellos.
    sleep 10
    cap_stop
    ip -n "$CLI" link del br-stp
    ip -n "$SRV" link del br-stp
    ip -n "$CLI" link del stp-a 2>/dev/null || true
}

# ---------------------------------------------------------------- igmp
# igmp.pcap: multicast group membership on a third veth pair (mc-cli in
# osi-cli, 10.98.0.1; mc-srv in osi-srv, a port of bridge br-mc, 10.98.0.2,
# which is the IGMPv3 querier: general and group-specific queries). The
# host joins and leaves 239.1.2.3 and 239.1.2.4 from a python socket (v3
# reports: change to exclude / include mode) and answers the queries, then
# does it again forced to IGMPv2 (v2 reports and leave group messages).
# Captured on mc-cli, IGMP only.
make_igmp() {
    echo "== igmp.pcap" >&2
    ip link add mc-cli netns "$CLI" type veth peer name mc-srv netns "$SRV"
    ip -n "$SRV" link add br-mc type bridge mcast_snooping 1 mcast_querier 1 mcast_igmp_version 3 \
        mcast_query_interval 200 mcast_query_response_interval 100 \
        mcast_startup_query_interval 100 mcast_startup_query_count 1
    ip -n "$SRV" link set mc-srv master br-mc
    ip -n "$SRV" addr add 10.98.0.2/24 dev br-mc
    ip -n "$CLI" addr add 10.98.0.1/24 dev mc-cli
    ip -n "$CLI" link set mc-cli up
    ip -n "$SRV" link set mc-srv up
    cap_start "$O/igmp.pcap" mc-cli igmp
    ip -n "$SRV" link set br-mc up
    cat >"$TMP/join.py" <<'PY'
import socket, struct, sys, time
def member(group):
    return struct.pack("4s4s", socket.inet_aton(group), socket.inet_aton("10.98.0.1"))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for g in ("239.1.2.3", "239.1.2.4"):
    s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, member(g))
    time.sleep(0.3)
time.sleep(float(sys.argv[1]))
for g in ("239.1.2.3", "239.1.2.4"):
    s.setsockopt(socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, member(g))
    time.sleep(0.3)
PY
    sleep 1
    ip netns exec "$CLI" "$PY" "$TMP/join.py" 2.5
    ip netns exec "$CLI" sysctl -qw net.ipv4.conf.mc-cli.force_igmp_version=2
    ip netns exec "$CLI" "$PY" "$TMP/join.py" 2.5
    cap_stop
    ip -n "$SRV" link del br-mc
    ip -n "$CLI" link del mc-cli 2>/dev/null || true
}

# ---------------------------------------------------------------- ntp
# ntp.pcap: chrony's NTP server in osi-srv (local stratum 10: it serves its
# own clock) and chronyd -Q (measure once, never set the clock) in osi-cli,
# over IPv4 with symmetric keys (key 1 MD5, key 2 SHA1: key id and digest
# after the header) and over IPv6 without. Neither chronyd touches the
# host's clock: the server runs with -x, the client with -Q; every path
# (config, keys, pid, socket, drift) is under the temporary folder.
# Captured on veth-cli, UDP port 123 only.
make_ntp() {
    echo "== ntp.pcap" >&2
    local d="$TMP/chrony"
    mkdir -p "$d/srv" "$d/cli4" "$d/cli6" "$d/cli4s"
    chmod 700 "$d" "$d/srv" "$d/cli4" "$d/cli6" "$d/cli4s"
    printf '1 MD5 HEX:6F736964756D702D6E74702D6B6579\n2 SHA1 HEX:6F736964756D702D736861312D6B65792D3230\n' >"$d/keys"
    chmod 600 "$d/keys"
    cat >"$d/srv.conf" <<CONF
local stratum 10
allow all
port 123
cmdport 0
keyfile $d/keys
pidfile $d/srv/chronyd.pid
bindcmdaddress $d/srv/chronyd.sock
CONF
    # client configs: one server each, a burst of requests, then exit
    local c
    for c in "cli4:$SRV4 key 1" "cli4s:$SRV4 key 2" "cli6:$SRV6"; do
        cat >"$d/${c%%:*}.conf" <<CONF
server ${c#*:} iburst maxsamples 4
port 0
cmdport 0
keyfile $d/keys
pidfile $d/${c%%:*}/chronyd.pid
bindcmdaddress $d/${c%%:*}/chronyd.sock
CONF
    done
    : >"$d/srv.log"
    ip netns exec "$SRV" chronyd -x -d -u root -f "$d/srv.conf" 2>"$d/srv.log" &
    local server=$!
    PIDS+=("$server")
    wait_for srv ss -Hlun sport = :123
    cap_start "$O/ntp.pcap" "$CLI_IF" udp port 123
    for c in cli4 cli4s cli6; do
        # -Q: measure the offset and print it, never set the clock; -t:
        # give up after 10 s whatever happens
        timeout 15 ip netns exec "$CLI" chronyd -Q -u root -t 10 -f "$d/$c.conf" 2>&1 >&2 || true
    done
    cap_stop
    kill "$server"
    wait "$server" 2>/dev/null || true
    cat "$d/srv.log" >&2
}

# ---------------------------------------------------------------- snmp
# snmp.pcap: net-snmp's agent (snmpd) in osi-srv, listening on 10.99.0.2:161
# only, from a configuration in the temporary folder (communities public,
# read-only, and private, read-write; an SNMPv3 user with SHA
# authentication and AES privacy; its persistent state under the temporary
# folder too), and net-snmp's tools in osi-cli, OIDs given numerically and
# no MIB loaded: v1 and v2c gets of an integer, strings, an OID, time
# ticks, a Counter32, a Gauge32, an IpAddress, a Counter64 and an Opaque
# (UCD's laLoadFloat); v2c's noSuchObject, noSuchInstance and endOfMibView;
# v1's noSuchName; get-next, get-bulk (one non-repeater), a bulk walk of
# the system group; sets accepted and refused; one SNMPv3 authPriv get
# (the engine ID discovery's report, then the encrypted request and
# response); a v1 trap, a v2c trap and a v2c inform sent to osi-srv's
# port 162, where nothing listens (the kernel answers with ICMP port
# unreachable, quoting them). Captured on veth-cli, UDP ports 161 and 162
# and ICMP.
make_snmp() {
    echo "== snmp.pcap" >&2
    local d="$TMP/snmp"
    mkdir -p "$d/persist"
    chmod 700 "$d" "$d/persist"
    cat >"$d/snmpd.conf" <<CONF
agentAddress udp:$SRV4:161
rocommunity public default
rwcommunity private default
sysLocation osidump sample namespace
sysName h-snmp-agent
sysDescr osidump sample agent (net-snmp)
createUser osiuser SHA osidump-auth-pass AES osidump-priv-pass
rwuser osiuser priv
load 12 10 5
CONF
    : >"$d/snmpd.log"
    SNMP_PERSISTENT_DIR="$d/persist" ip netns exec "$SRV" /usr/sbin/snmpd -f -Lo -C -c "$d/snmpd.conf" \
        -p "$d/snmpd.pid" -M /dev/null -m "" >"$d/snmpd.log" 2>&1 &
    local agent=$!
    PIDS+=("$agent")
    wait_for grep -q "NET-SNMP version" "$d/snmpd.log"
    cap_start "$O/snmp.pcap" "$CLI_IF" udp port 161 or udp port 162 or icmp
    local -a v1=(-v1 -c public -m "" -M /dev/null -On -t 2 -r 1 "$SRV4")
    local -a v2=(-v2c -c public -m "" -M /dev/null -On -t 2 -r 1 "$SRV4")
    local -a rw=(-v2c -c private -m "" -M /dev/null -On -t 2 -r 1 "$SRV4")
    local -a q=(timeout 10 env SNMP_PERSISTENT_DIR="$d/persist" ip netns exec "$CLI")
    # system group: sysDescr, sysObjectID, sysUpTime, sysServices
    "${q[@]}" snmpget "${v1[@]}" 1.3.6.1.2.1.1.1.0 >&2 || true
    "${q[@]}" snmpget "${v2[@]}" 1.3.6.1.2.1.1.2.0 1.3.6.1.2.1.1.3.0 1.3.6.1.2.1.1.7.0 >&2 || true
    # ifInOctets.1 (Counter32), ifSpeed.1 (Gauge32), ipAdEntAddr (IpAddress),
    # ifHCInOctets.1 (Counter64), laLoadFloat.1 (Opaque float)
    "${q[@]}" snmpget "${v2[@]}" 1.3.6.1.2.1.2.2.1.10.1 1.3.6.1.2.1.2.2.1.5.1 \
        1.3.6.1.2.1.4.20.1.1.$SRV4 1.3.6.1.2.1.31.1.1.1.6.1 1.3.6.1.4.1.2021.10.1.6.1 >&2 || true
    # noSuchObject, noSuchInstance; v1's noSuchName
    "${q[@]}" snmpget "${v2[@]}" 1.3.6.1.2.1.1.99.0 1.3.6.1.2.1.1.1.5 >&2 || true
    "${q[@]}" snmpget "${v1[@]}" 1.3.6.1.2.1.1.99.0 >&2 || true
    # get-next (v1 and v2c), endOfMibView past the last object
    "${q[@]}" snmpgetnext "${v1[@]}" 1.3.6.1.2.1.1.4 >&2 || true
    "${q[@]}" snmpgetnext "${v2[@]}" 1.3.6.1.2.1.1.5.0 2 >&2 || true
    # get-bulk: sysUpTime as a non-repeater, three of ifDescr's column
    "${q[@]}" snmpbulkget "${v2[@]}" -Cn1 -Cr3 1.3.6.1.2.1.1.3 1.3.6.1.2.1.2.2.1.2 >&2 || true
    "${q[@]}" snmpbulkwalk "${v2[@]}" -Cr4 1.3.6.1.2.1.1 >&2 || true
    # set: sysContact accepted (v2c, private), refused (v1 public: read-only;
    # v2c private with the wrong type)
    "${q[@]}" snmpset "${rw[@]}" 1.3.6.1.2.1.1.4.0 s "ops@example.test" >&2 || true
    "${q[@]}" snmpset "${v1[@]}" 1.3.6.1.2.1.1.4.0 s "nobody" >&2 || true
    "${q[@]}" snmpset "${rw[@]}" 1.3.6.1.2.1.1.4.0 i 7 >&2 || true
    # SNMPv3 authPriv: engine discovery (report), then the encrypted get
    "${q[@]}" snmpget -v3 -l authPriv -u osiuser -a SHA -A osidump-auth-pass -x AES \
        -X osidump-priv-pass -m "" -M /dev/null -On -t 2 -r 1 "$SRV4" 1.3.6.1.2.1.1.5.0 >&2 || true
    # traps and an inform to port 162 (nothing listens there)
    "${q[@]}" snmptrap -v1 -c public -m "" -M /dev/null "$SRV4:162" 1.3.6.1.4.1.8072.2.3.1 \
        "$CLI4" 6 17 12345 1.3.6.1.2.1.1.5.0 s "h-snmp-manager" >&2 || true
    sleep 0.3
    "${q[@]}" snmptrap -v2c -c public -m "" -M /dev/null "$SRV4:162" 4242 1.3.6.1.6.3.1.1.5.3 \
        1.3.6.1.2.1.2.2.1.1.1 i 1 1.3.6.1.2.1.2.2.1.7.1 i 2 >&2 || true
    sleep 0.3
    "${q[@]}" snmpinform -v2c -c public -m "" -M /dev/null -t 1 -r 0 "$SRV4:162" 4343 \
        1.3.6.1.6.3.1.1.5.4 1.3.6.1.2.1.2.2.1.1.1 i 1 >&2 || true
    cap_stop
    kill "$agent"
    wait "$agent" 2>/dev/null || true
    cat "$d/snmpd.log" >&2
}

# ---------------------------------------------------------------- lldp
# lldp.pcap: two lldpd daemons, one in each namespace, on a fourth veth
# pair (lldp-a, lldp-b; nothing else on it). Each advertises itself every
# second (tx-interval 1, from its own configuration file): chassis and port
# IDs, TTL, port description, system name, description and capabilities,
# management addresses (A: IPv4 and IPv6), IEEE 802.3 link aggregation
# and MAC/PHY configuration, and LLDP-MED: A as a
# network connectivity device (class 4), B as a communication device
# endpoint (class 3: capabilities, network policy, inventory). Each
# daemon's last frame, when it is told to stop, carries a TTL of 0
# (shutdown LLDPDU). Captured on lldp-a, LLDP only. (No IEEE 802.1 VLAN
# TLVs: a veth has no VLANs, and this kernel builds neither VLAN
# interfaces nor VLAN-filtering bridges.)
make_lldp() {
    echo "== lldp.pcap" >&2
    ip link add lldp-a netns "$CLI" address 02:99:00:00:01:0a type veth \
        peer name lldp-b netns "$SRV" address 02:99:00:00:01:0b
    ip -n "$CLI" addr add 10.97.0.1/24 dev lldp-a
    ip -n "$SRV" addr add 10.97.0.2/24 dev lldp-b
    ip -n "$CLI" addr add fd97::1/64 dev lldp-a nodad
    ip -n "$SRV" addr add fd97::2/64 dev lldp-b nodad
    ip -n "$CLI" link set lldp-a up
    ip -n "$SRV" link set lldp-b up
    local side ns ifc class mgmt lldpd_pids=()
    for side in a b; do
        case $side in
            a) ns=$CLI ifc=lldp-a class=4 mgmt=10.97.0.1,fd97::1 ;;
            b) ns=$SRV ifc=lldp-b class=3 mgmt=10.97.0.2 ;;
        esac
        {
            echo "configure lldp tx-interval 1"
            echo "configure system hostname h-lldp-$side.example.test"
            echo "configure system description \"osidump sample LLDP agent $side\""
            echo "configure ports $ifc lldp portdescription \"veth $ifc to the other namespace\""
            [ "$side" = b ] && echo "configure med policy application voice vlan 100 priority voice dscp 46"
        } >"$TMP/lldpd-$side.conf"
        [ "$side" = a ] && cap_start "$O/lldp.pcap" lldp-a ether proto 0x88cc
        ip netns exec "$ns" lldpd -d -k -M "$class" -I "$ifc" -m "$mgmt" \
            -u "$TMP/lldpd-$side.socket" -O "$TMP/lldpd-$side.conf" 2>"$TMP/lldpd-$side.log" &
        PIDS+=("$!")
        lldpd_pids+=("$!")
    done
    # A few frames each way at one a second; then both stop (TTL 0).
    sleep 5
    kill "${lldpd_pids[@]}" 2>/dev/null || true
    cap_stop
    cat "$TMP"/lldpd-*.log >&2
    ip -n "$CLI" link del lldp-a 2>/dev/null || true
}

# ---------------------------------------------------------------- cdp
# cdp.pcap: Cisco Discovery Protocol v2 from two lldpd (-ccc: CDPv2 sent
# even before a CDP peer is seen; LLDP stays on, but only CDP's multicast
# 01:00:0c:cc:cc:cc is captured), a frame a second each way for 4 s.
make_cdp() {
    echo "== cdp.pcap" >&2
    ip link add cdp-a netns "$CLI" address 02:98:00:00:01:0a type veth \
        peer name cdp-b netns "$SRV" address 02:98:00:00:01:0b
    ip -n "$CLI" addr add 10.98.0.1/24 dev cdp-a
    ip -n "$SRV" addr add 10.98.0.2/24 dev cdp-b
    ip -n "$CLI" link set cdp-a up
    ip -n "$SRV" link set cdp-b up
    local side ns ifc mgmt cdp_pids=()
    cap_start "$O/cdp.pcap" cdp-a ether dst 01:00:0c:cc:cc:cc
    for side in a b; do
        case $side in
            a) ns=$CLI ifc=cdp-a mgmt=10.98.0.1 ;;
            b) ns=$SRV ifc=cdp-b mgmt=10.98.0.2 ;;
        esac
        {
            echo "configure lldp tx-interval 1"
            echo "configure system hostname h-cdp-$side.example.test"
        } >"$TMP/cdp-$side.conf"
        ip netns exec "$ns" lldpd -d -ccc -I "$ifc" -m "$mgmt" \
            -u "$TMP/cdp-$side.socket" -O "$TMP/cdp-$side.conf" 2>"$TMP/cdp-$side.log" &
        PIDS+=("$!")
        cdp_pids+=("$!")
    done
    sleep 4
    kill "${cdp_pids[@]}" 2>/dev/null || true
    cap_stop
    cat "$TMP"/cdp-*.log >&2
    ip -n "$CLI" link del cdp-a 2>/dev/null || true
}

# ---------------------------------------------------------------- ssh
# ssh.pcap: OpenSSH's sshd in osi-srv (port 22, its own configuration and
# host keys made in the temporary folder, public-key login only) and three
# key-based logins from osi-cli, each running one short command:
#  1. the defaults (curve25519 key exchange, ed25519 host key,
#     chacha20-poly1305: no MAC of its own, length encrypted);
#  2. Diffie-Hellman group exchange, an RSA host key, aes128-ctr with
#     hmac-sha2-256 (the MAC after each encrypted packet);
#  3. ECDH on nistp256, an ECDSA host key, aes256-ctr with
#     hmac-sha2-512-etm@openssh.com (length in clear, then the MAC).
# (Not AES-GCM: without keys tshark 4.0 "decrypts" it with empty keys and
# dissects the noise.) The link's MTU is 1000 for this sample, so that
# the larger key exchange packets span two segments and are reassembled.
# Captured in osi-cli, port 22 only.
make_ssh() {
    echo "== ssh.pcap" >&2
    local d="$TMP/ssh"
    mkdir -p "$d"
    chmod 700 "$d"
    local t
    for t in ed25519 rsa ecdsa; do
        ssh-keygen -q -t "$t" -N '' -C "h-ssh-host-$t" -f "$d/host_$t"
    done
    ssh-keygen -q -t ed25519 -N '' -C h-ssh-user -f "$d/id"
    cp "$d/id.pub" "$d/authorized_keys"
    mkdir -p /run/sshd
    chmod 755 /run/sshd
    cat >"$d/sshd_config" <<CONF
Port 22
ListenAddress $SRV4
HostKey $d/host_ed25519
HostKey $d/host_rsa
HostKey $d/host_ecdsa
PidFile $d/sshd.pid
AuthorizedKeysFile $d/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
PrintMotd no
LogLevel VERBOSE
CONF
    ip netns exec "$SRV" /usr/sbin/sshd -D -e -f "$d/sshd_config" 2>"$d/sshd.log" &
    local server=$!
    PIDS+=("$server")
    wait_for srv ss -Hltn sport = :22
    ip -n "$CLI" link set "$CLI_IF" mtu 1000
    ip -n "$SRV" link set "$SRV_IF" mtu 1000
    cap_start "$O/ssh.pcap" "$CLI_IF" tcp port 22
    local opts=(-F /dev/null -i "$d/id" -o IdentitiesOnly=yes -o BatchMode=yes
        -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null
        -o ConnectTimeout=5 -o LogLevel=ERROR)
    timeout 20 ip netns exec "$CLI" ssh "${opts[@]}" root@"$SRV4" 'echo hello from h-ssh' >&2
    sleep 0.3
    timeout 20 ip netns exec "$CLI" ssh "${opts[@]}" \
        -o KexAlgorithms=diffie-hellman-group-exchange-sha256 \
        -o HostKeyAlgorithms=rsa-sha2-256 -c aes128-ctr -m hmac-sha2-256 \
        root@"$SRV4" 'uname -s' >&2
    sleep 0.3
    timeout 20 ip netns exec "$CLI" ssh "${opts[@]}" \
        -o KexAlgorithms=ecdh-sha2-nistp256 \
        -o HostKeyAlgorithms=ecdsa-sha2-nistp256 -c aes256-ctr \
        -m hmac-sha2-512-etm@openssh.com root@"$SRV4" 'true' >&2
    cap_stop
    ip -n "$CLI" link set "$CLI_IF" mtu 1500
    ip -n "$SRV" link set "$SRV_IF" mtu 1500
    kill "$server"
    wait "$server" 2>/dev/null || true
    cat "$d/sshd.log" >&2
}

# ---------------------------------------------------------------- smtp
# smtp.pcap: a mail server in osi-srv (Python's own smtpd module, listening
# on ports 25 and 587, with AUTH LOGIN and PLAIN added: it accepts any
# credentials, refuses recipients at nobody.example.test with 550, and
# answers EHLO with one multi-line reply in one write) and curl in osi-cli
# sending three messages:
#  1. port 25, no login: a plain-text message (From, To, Cc, Subject,
#     Date, Message-ID, a text/plain body of about 6 KB, several segments)
#     to two recipients;
#  2. port 587, AUTH LOGIN (user name and password each after a 334
#     prompt): a MIME message curl builds from -F parts, multipart/mixed
#     with a text part and a text attachment;
#  3. port 25, AUTH PLAIN with its initial response, one recipient
#     refused (550) and one accepted, a short message.
# Captured in osi-cli, ports 25 and 587 only.
make_smtp() {
    echo "== smtp.pcap" >&2
    local d="$TMP/smtp"
    mkdir -p "$d"
    cat >"$d/server.py" <<'PY'
import asyncore, base64, sys, warnings
warnings.simplefilter("ignore")
import smtpd

class Channel(smtpd.SMTPChannel):
    auth_step = None

    def smtp_EHLO(self, arg):
        if not arg:
            self.push("501 Syntax: EHLO hostname")
            return
        self._set_rset_state()
        self.seen_greeting = arg
        self.extended_smtp = True
        self.push("250-%s\r\n250-SIZE 33554432\r\n250-8BITMIME\r\n"
                  "250-AUTH LOGIN PLAIN\r\n250 HELP" % self.fqdn)

    def smtp_AUTH(self, arg):
        mech, _, initial = (arg or "").partition(" ")
        mech = mech.upper()
        if mech == "PLAIN" and initial:
            self.push("235 2.7.0 Authentication successful")
        elif mech == "PLAIN":
            self.auth_step = "plain"
            self.push("334 ")
        elif mech == "LOGIN":
            self.auth_step = "user"
            self.push("334 " + base64.b64encode(b"Username:").decode())
        else:
            self.push("504 5.5.4 Unrecognized authentication type")

    def found_terminator(self):
        if self.auth_step is None:
            return super().found_terminator()
        self.received_lines = []
        step, self.auth_step = self.auth_step, None
        if step == "user":
            self.auth_step = "pass"
            self.push("334 " + base64.b64encode(b"Password:").decode())
        else:
            self.push("235 2.7.0 Authentication successful")
        self.set_terminator(b"\r\n")

    def collect_incoming_data(self, data):
        if self.auth_step is not None:
            return
        super().collect_incoming_data(data)

    def smtp_RCPT(self, arg):
        if arg and "nobody.example.test" in arg:
            self.push("550 5.1.1 <nobody@nobody.example.test>: Recipient address rejected")
            return
        super().smtp_RCPT(arg)

class Server(smtpd.SMTPServer):
    channel_class = Channel

    def process_message(self, peer, mailfrom, rcpttos, data, **kw):
        sys.stderr.write("message from %s to %s, %d bytes\n" % (mailfrom, rcpttos, len(data)))

host = sys.argv[1]
Server((host, 25), None, decode_data=False)
Server((host, 587), None, decode_data=False)
asyncore.loop()
PY
    ip netns exec "$SRV" "$PY" -W ignore "$d/server.py" "$SRV4" 2>"$d/server.log" &
    local server=$!
    PIDS+=("$server")
    wait_for srv ss -Hltn sport = :587
    # 1: a plain-text message of several segments, two recipients.
    {
        printf 'From: Alice Example <alice@example.test>\r\n'
        printf 'To: Bob Example <bob@example.test>\r\n'
        printf 'Cc: carol@example.test\r\n'
        printf 'Subject: Sample report from h-smtp\r\n'
        printf 'Date: Tue, 01 Dec 2026 19:00:00 +0000\r\n'
        printf 'Message-ID: <sample-1@example.test>\r\n'
        printf 'MIME-Version: 1.0\r\n'
        printf 'Content-Type: text/plain; charset=us-ascii\r\n'
        printf '\r\n'
        local i
        for i in $(seq 1 80); do
            printf 'Line %02d of the report: the quick brown fox jumps over the lazy dog.\r\n' "$i"
        done
    } >"$d/msg1.txt"
    printf 'Hello Bob,\r\n\r\nthe attached notes are for tomorrow.\r\n' >"$d/body2.txt"
    printf 'notes: one\r\nnotes: two\r\n' >"$d/notes.txt"
    {
        printf 'From: dave@example.test\r\n'
        printf 'To: erin@example.test\r\n'
        printf 'Subject: Short note\r\n'
        printf '\r\n'
        printf 'See you at noon.\r\n'
    } >"$d/msg3.txt"
    cap_start "$O/smtp.pcap" "$CLI_IF" tcp port 25 or tcp port 587
    timeout 20 ip netns exec "$CLI" curl -sS "smtp://$SRV4:25/client.example.test" \
        --mail-from alice@example.test --mail-rcpt bob@example.test \
        --mail-rcpt carol@example.test -T "$d/msg1.txt" >&2
    sleep 0.3
    timeout 20 ip netns exec "$CLI" curl -sS "smtp://$SRV4:587/client.example.test" \
        -u frank:secret --login-options AUTH=LOGIN \
        --mail-from frank@example.test --mail-rcpt grace@example.test \
        -H 'Subject: Notes for tomorrow' -H 'From: Frank <frank@example.test>' \
        -H 'To: Grace <grace@example.test>' \
        -F '=<'"$d/body2.txt"';type=text/plain' \
        -F '=@'"$d/notes.txt"';type=text/plain' >&2
    sleep 0.3
    timeout 20 ip netns exec "$CLI" curl -sS "smtp://$SRV4:25/client.example.test" \
        -u dave:hunter2 --login-options AUTH=PLAIN --sasl-ir \
        --mail-from dave@example.test --mail-rcpt nobody@nobody.example.test \
        --mail-rcpt erin@example.test --mail-rcpt-allowfails -T "$d/msg3.txt" >&2
    cap_stop
    kill "$server"
    wait "$server" 2>/dev/null || true
    cat "$d/server.log" >&2
}

# ---------------------------------------------------------------- syslog
# syslog.pcap: util-linux `logger` in osi-cli sending to a syslog receiver
# on UDP port 514 in osi-srv (a python socket that writes each datagram it
# receives to a log file, as a remote syslog sink does). BSD syslog
# (--rfc3164: "<PRI>Mmm dd hh:mm:ss host tag[pid]: msg") and RFC 5424
# ("<PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD] MSG", with a message ID and
# structured data, with and without the time-quality element, and with
# notime: a nil "-" timestamp) over IPv4, then over IPv6, from several
# facilities and levels. Captured on veth-cli, UDP port 514 only.
make_syslog() {
    echo "== syslog.pcap" >&2
    cat >"$TMP/syslogd.py" <<'PY'
import socket, sys
fam = socket.AF_INET6
s = socket.socket(fam, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
s.bind(("::", 514))
s.settimeout(30)
with open(sys.argv[1], "ab", buffering=0) as log:
    while True:
        try:
            data, peer = s.recvfrom(65535)
        except socket.timeout:
            break
        log.write(peer[0].encode() + b" " + data.rstrip(b"\n") + b"\n")
PY
    : >"$TMP/syslog.received"
    ip netns exec "$SRV" "$PY" "$TMP/syslogd.py" "$TMP/syslog.received" &
    local sink=$!
    PIDS+=("$sink")
    wait_for srv ss -Hlun sport = :514
    cap_start "$O/syslog.pcap" "$CLI_IF" udp port 514
    local lg=(timeout 5 ip netns exec "$CLI" logger -d -P 514)
    "${lg[@]}" -n "$SRV4" --rfc3164 -p local0.notice -t osidump-test "link up on veth-cli"
    "${lg[@]}" -n "$SRV4" --rfc3164 -i -p user.info -t cron "job 42 started"
    "${lg[@]}" -n "$SRV4" --rfc3164 -p auth.warning -t sshd "Failed password for invalid user test"
    "${lg[@]}" -n "$SRV4" --rfc3164 -p kern.emerg "no tag, default one"
    "${lg[@]}" -n "$SRV4" --rfc5424 -p daemon.err -t appd --msgid ID47 "disk almost full"
    "${lg[@]}" -n "$SRV4" --rfc5424 -p local7.debug -t appd -i --msgid - \
        --sd-id exampleSDID@32473 --sd-param 'iut="3"' --sd-param 'eventSource="Application"' \
        --sd-id origin --sd-param 'ip="10.99.0.1"' "structured data and a message"
    "${lg[@]}" -n "$SRV4" --rfc5424=notq -p mail.crit -t postfix --msgid Q1 "queue stuck"
    "${lg[@]}" -n "$SRV4" --rfc5424=notime -p local3.alert -t appd "no timestamp"
    "${lg[@]}" -n "$SRV4" --rfc5424=notime,nohost -p uucp.info -t uucico "nil timestamp and host"
    "${lg[@]}" -n "$SRV6" --rfc3164 -p local4.debug -t v6app "over IPv6"
    "${lg[@]}" -n "$SRV6" --rfc5424 -p authpriv.notice -t sudo --msgid S1 \
        --sd-id meta@32473 --sd-param 'sequenceId="1"' "over IPv6, RFC 5424"
    cap_stop
    kill "$sink"
    wait "$sink" 2>/dev/null || true
    cat "$TMP/syslog.received" >&2
}

# ---------------------------------------------------------------- dtls
# dtls.pcap: OpenSSL's s_server and s_client speaking DTLS over UDP between
# the namespaces (an EC certificate made here). DTLS 1.2 on port 4433 (found
# by tshark's heuristic) with the cookie exchange (-listen: a
# HelloVerifyRequest) and a 400-byte MTU, so the server's certificate
# flight is cut into handshake fragments; the client sends a line and
# closes (close_notify). Then DTLS 1.0 (security level 0) on CoAP's DTLS
# port 5684 (found by port; tshark names the application data's protocol),
# without cookies. Captured on veth-cli, UDP only.
make_dtls() {
    echo "== dtls.pcap" >&2
    local d="$TMP/dtls"
    mkdir -p "$d"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$d/key.pem" -out "$d/cert.pem" -days 3650 -subj "/CN=$NAME" 2>/dev/null
    cap_start "$O/dtls.pcap" "$CLI_IF" udp
    local port srv_args cli_args
    for run in 1 2; do
        if [ $run = 1 ]; then
            port=4433
            srv_args=(-dtls1_2 -listen -mtu 400)
            cli_args=(-dtls1_2 -mtu 400)
        else
            port=5684
            srv_args=(-dtls1 -cipher 'DEFAULT:@SECLEVEL=0')
            cli_args=(-dtls1 -cipher 'DEFAULT:@SECLEVEL=0')
        fi
        sleep 30 | ip netns exec "$SRV" timeout 20 openssl s_server "${srv_args[@]}" -accept "$port" \
            -cert "$d/cert.pem" -key "$d/key.pem" -naccept 1 >"$d/server$run.log" 2>&1 &
        local server=$!
        PIDS+=("$server")
        wait_for srv ss -Hlun sport = ":$port"
        (echo "hello over DTLS $run"; sleep 1) |
            timeout 10 ip netns exec "$CLI" openssl s_client "${cli_args[@]}" \
                -connect "$SRV4:$port" -servername "$NAME" >"$d/client$run.log" 2>&1 || true
        n=0
        while kill -0 "$server" 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        grep -h "Protocol\|hello over" "$d/client$run.log" "$d/server$run.log" >&2 || true
    done
    cap_stop
}

# ---------------------------------------------------------------- nflog
# nflog.pcap: the kernel's packet log (LINKTYPE_NFLOG), read by tcpdump from
# netfilter log group 5 in osi-cli. nftables rules there log what osi-cli
# sends to and receives from osi-srv, IPv4 and IPv6, each with its own
# prefix: two pings each way of IP version, then an HTTP GET (curl) to a
# python http.server in osi-srv on port 8080, over IPv4 and over IPv6.
# The rules go with the namespace.
make_nflog() {
    echo "== nflog.pcap" >&2
    cli nft -f - <<NFT
table inet osidump {
    chain out {
        type filter hook output priority 0;
        ip daddr $SRV4 log prefix "osidump out4" group 5
        ip6 daddr $SRV6 log prefix "osidump out6" group 5
    }
    chain in {
        type filter hook input priority 0;
        ip saddr $SRV4 log prefix "osidump in4" group 5
        ip6 saddr $SRV6 log group 5
    }
}
NFT
    mkdir -p "$TMP/www"
    printf 'hello from osi-srv over a logged link\n' >"$TMP/www/index.html"
    ip netns exec "$SRV" "$PY" -m http.server 8080 --bind :: --directory "$TMP/www" \
        >"$TMP/http.log" 2>&1 &
    local server=$!
    PIDS+=("$server")
    wait_for srv ss -Hltn sport = :8080
    flush_neigh
    cap_start "$O/nflog.pcap" nflog:5
    cli ping -c 2 -i 0.3 -W 1 "$SRV4" >/dev/null
    cli ping -6 -c 2 -i 0.3 -W 1 "$SRV6" >/dev/null
    cli curl -sS -o /dev/null --max-time 5 "http://$SRV4:8080/"
    cli curl -sS -o /dev/null --max-time 5 "http://[$SRV6]:8080/"
    cap_stop
    kill "$server"
    wait "$server" 2>/dev/null || true
    cli nft delete table inet osidump
}

# ---------------------------------------------------------------- vrrp
# vrrp.pcap: two keepalived (VRRP subsystem only, in the foreground,
# logging to the console; every file under the temporary folder), one in
# each namespace, on a veth pair of their own (vrrp-a 10.96.0.1, fd96::1
# in osi-cli; vrrp-b 10.96.0.2, fd96::2 in osi-srv). Three virtual routers:
# VRID 42, VRRPv2 with simple text authentication and two virtual
# addresses; VRID 43, VRRPv3 over IPv4; VRID 44, VRRPv3 over IPv6 (sent
# from the link-local address). B (priority 100) starts alone and becomes
# master of all three; A (priority 150, preempting) starts 4 s later and
# takes them over; A then stops, sending priority 0, and B takes them back.
# Captured on vrrp-a, VRRP only (IP protocol 112).
make_vrrp() {
    echo "== vrrp.pcap" >&2
    ip link add vrrp-a netns "$CLI" address 02:96:00:00:00:0a type veth \
        peer name vrrp-b netns "$SRV" address 02:96:00:00:00:0b
    ip -n "$CLI" addr add 10.96.0.1/24 dev vrrp-a
    ip -n "$SRV" addr add 10.96.0.2/24 dev vrrp-b
    ip -n "$CLI" addr add fd96::1/64 dev vrrp-a nodad
    ip -n "$SRV" addr add fd96::2/64 dev vrrp-b nodad
    ip -n "$CLI" link set vrrp-a up
    ip -n "$SRV" link set vrrp-b up
    local side ns ifc prio d pids=() a_pid=
    for side in a b; do
        case $side in
            a) ifc=vrrp-a prio=150 ;;
            b) ifc=vrrp-b prio=100 ;;
        esac
        d="$TMP/keepalived-$side"
        mkdir -p "$d"
        cat >"$d/keepalived.conf" <<CONF
global_defs {
    router_id h-vrrp-$side
    script_user root
    vrrp_garp_master_delay 0
    vrrp_garp_master_repeat 1
}
vrrp_instance V2 {
    state BACKUP
    interface $ifc
    virtual_router_id 42
    priority $prio
    advert_int 1
    version 2
    authentication {
        auth_type PASS
        auth_pass osidump
    }
    virtual_ipaddress {
        10.96.0.100/24
        10.96.0.101/24
    }
}
vrrp_instance V3 {
    state BACKUP
    interface $ifc
    virtual_router_id 43
    priority $prio
    advert_int 1
    version 3
    virtual_ipaddress {
        10.96.0.110/24
    }
}
vrrp_instance V3_6 {
    state BACKUP
    interface $ifc
    virtual_router_id 44
    priority $prio
    advert_int 1
    version 3
    virtual_ipaddress {
        fd96::100/64
    }
}
CONF
    done
    cap_start "$O/vrrp.pcap" vrrp-a ip proto 112 or ip6 proto 112
    for side in b a; do
        case $side in
            a) ns=$CLI ;;
            b) ns=$SRV ;;
        esac
        d="$TMP/keepalived-$side"
        # -P: VRRP only; -n: foreground; -l -D -G: details to the console,
        # not syslog; pid files in the temporary folder.
        ip netns exec "$ns" keepalived -P -n -l -D -G -f "$d/keepalived.conf" \
            -p "$d/keepalived.pid" -r "$d/vrrp.pid" -c "$d/checkers.pid" \
            -b "$d/bfd.pid" 2>"$d/log" >&2 &
        PIDS+=("$!")
        pids+=("$!")
        [ "$side" = a ] && a_pid=$!
        # B alone: it becomes master after three advertisement intervals.
        [ "$side" = b ] && sleep 5
    done
    # A preempts, advertises as master for a few seconds, then stops
    # (priority 0) and B takes the routers back.
    sleep 5
    kill -TERM "$a_pid"
    local n=0
    while kill -0 "$a_pid" 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
    sleep 3
    kill -TERM "${pids[@]}" 2>/dev/null || true
    cap_stop
    cat "$TMP"/keepalived-*/log >&2
    ip -n "$CLI" link del vrrp-a 2>/dev/null || true
}

# ---------------------------------------------------------------- ftp
# ftp.pcap: vsftpd in osi-srv (port 21, anonymous login; its root a folder
# of the temporary folder holding pub/hello.txt, pub/caf\xc3\xa9.txt (a
# UTF-8 name) and a writable upload/; active data connections from port
# 20) and curl in osi-cli, one login each:
#  1. a passive listing (EPSV, LIST) of pub/ (CWD pub);
#  2. a passive download forced onto PASV (--disable-epsv): RETR;
#  3. a download of the UTF-8 name (EPSV);
#  4. an upload (STOR) into upload/, passive (EPSV);
#  5. an active listing with PORT (--ftp-port, --disable-eprt): the
#     server's port 20 to the announced port, which tshark expects;
#  6. an active download with EPRT (curl's first choice), which tshark's
#     conversation does not match: found by port 20 alone.
# Captured in osi-cli, TCP only.
make_ftp() {
    echo "== ftp.pcap" >&2
    local d="$TMP/ftp"
    mkdir -p "$d/root/pub" "$d/root/upload" "$d/empty"
    printf 'hello from h-ftp\r\n' >"$d/root/pub/hello.txt"
    printf 'caf\xc3\xa9 au lait\n' >"$d/root/pub/caf$(printf '\xc3\xa9').txt"
    printf 'uploaded by curl\n' >"$d/up.txt"
    chmod 755 "$d" "$d/root" "$d/root/pub" "$d/empty"
    chown ftp:ftp "$d/root/upload"
    cat >"$d/vsftpd.conf" <<CONF
listen=YES
listen_address=$SRV4
background=NO
anonymous_enable=YES
anon_root=$d/root
local_enable=NO
write_enable=YES
anon_upload_enable=YES
connect_from_port_20=YES
pasv_min_port=30000
pasv_max_port=30010
secure_chroot_dir=$d/empty
seccomp_sandbox=NO
isolate=NO
isolate_network=NO
xferlog_enable=NO
CONF
    ip netns exec "$SRV" vsftpd "$d/vsftpd.conf" 2>"$d/vsftpd.err" &
    local server=$!
    PIDS+=("$server")
    wait_for srv ss -Hltn sport = :21
    cap_start "$O/ftp.pcap" "$CLI_IF" tcp
    local url="ftp://$SRV4"
    local opts=(-sS --max-time 10)
    cli curl "${opts[@]}" "$url/pub/" >&2
    sleep 0.3
    cli curl "${opts[@]}" --disable-epsv "$url/pub/hello.txt" >&2
    sleep 0.3
    cli curl "${opts[@]}" "$url/pub/caf%C3%A9.txt" >&2
    sleep 0.3
    cli curl "${opts[@]}" -T "$d/up.txt" "$url/upload/up.txt" >&2
    sleep 0.3
    cli curl "${opts[@]}" --ftp-port "$CLI4" --disable-eprt "$url/pub/" >&2
    sleep 0.3
    cli curl "${opts[@]}" --ftp-port "$CLI4" "$url/pub/hello.txt" >&2
    cap_stop
    kill "$server"
    wait "$server" 2>/dev/null || true
    cat "$d/vsftpd.err" >&2
}

# ---------------------------------------------------------------- proxy
# proxy.pcap (+ proxy.keys): HTTP CONNECT tunnels through a small threaded
# python proxy on 10.99.0.2:3128 (osi-srv) that opens each tunnel to
# 127.0.0.1 of osi-srv, where the origins listen: openssl s_server -WWW on
# :443 (TLS, serving big.txt and a small file), python's http.server on :80
# and :8000, and a python echo on :41234. curl in osi-cli (SSLKEYLOGFILE:
# proxy.keys) asks for:
#  1. https://www.example.test/big.txt: CONNECT :443, 200, TLS 1.3 with
#     records spanning segments;
#  2. https://auth.example.test/hello.txt with --proxy-anyauth: CONNECT,
#     407 (Basic), CONNECT again with Proxy-Authorization on the same
#     connection, 200, TLS 1.2;
#  3. https://created.example.test/hello.txt: the proxy answers 201 (a 2xx
#     that is not 200), TLS follows;
#  4. https://blocked.example.test/: 403 with a body, connection closed;
#  5. http://www.example.test/hello.txt through the tunnel (-p): CONNECT
#     :80, plain HTTP inside;
#  6. http://www.example.test:8000/hello.txt (-p): CONNECT :8000, HTTP;
# then a python client opens CONNECT www.example.test:41234 and sends
# binary bytes the echo returns. Captured on veth-cli, tcp port 3128 only.
make_proxy() {
    echo "== proxy.pcap" >&2
    local d="$TMP/proxy"
    mkdir -p "$d/www"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
        -subj "/CN=$NAME" -addext "subjectAltName=DNS:$NAME" \
        -keyout "$d/key.pem" -out "$d/cert.pem" 2>/dev/null
    "$PY" - "$d/www/big.txt" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(400):
        f.write("line %04d: the quick brown fox jumps over the lazy dog 0123456789\n" % i)
PY
    printf 'hello through the tunnel\n' >"$d/www/hello.txt"
    cat >"$d/proxy.py" <<'PY'
import base64, select, socket, sys, threading, time

DEADLINE = time.monotonic() + 90

def relay(a, b):
    socks = [a, b]
    while socks and time.monotonic() < DEADLINE:
        r, _, _ = select.select(socks, [], [], 1)
        for s in r:
            other = b if s is a else a
            try:
                data = s.recv(65536)
            except OSError:
                data = b""
            if not data:
                socks.remove(s)
                try:
                    other.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                continue
            other.sendall(data)
    a.close()
    b.close()

def handle(c):
    c.settimeout(10)
    buf = b""
    try:
        while True:
            while b"\r\n\r\n" not in buf:
                data = c.recv(4096)
                if not data:
                    c.close()
                    return
                buf += data
            head, buf = buf.split(b"\r\n\r\n", 1)
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            hdrs = {}
            for line in lines[1:]:
                k, _, v = line.partition(":")
                hdrs[k.strip().lower()] = v.strip()
            if method != "CONNECT":
                c.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                c.close()
                return
            host, _, port = target.rpartition(":")
            if host == "blocked.example.test":
                body = b"tunnels to blocked.example.test are not allowed\n"
                c.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
                c.close()
                return
            want = "Basic " + base64.b64encode(b"user:secret").decode()
            if host == "auth.example.test" and hdrs.get("proxy-authorization") != want:
                c.sendall(b'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="osidump"\r\nContent-Length: 0\r\n\r\n')
                continue
            u = socket.create_connection(("127.0.0.1", int(port)), timeout=5)
            if host == "created.example.test":
                c.sendall(b"HTTP/1.1 201 Tunnel Created\r\n\r\n")
            else:
                c.sendall(b"HTTP/1.1 200 Connection established\r\nProxy-Agent: osidump-sample\r\n\r\n")
            if buf:
                u.sendall(buf)
            c.settimeout(None)
            relay(c, u)
            return
    except OSError as e:
        sys.stderr.write("proxy: %s\n" % e)
        c.close()

srv = socket.create_server((sys.argv[1], 3128))
srv.settimeout(1)
while time.monotonic() < DEADLINE:
    try:
        c, _ = srv.accept()
    except socket.timeout:
        continue
    threading.Thread(target=handle, args=(c,), daemon=True).start()
PY
    cat >"$d/echo.py" <<'PY'
import socket, time
srv = socket.create_server(("127.0.0.1", 41234))
srv.settimeout(90)
c, _ = srv.accept()
c.settimeout(10)
while True:
    data = c.recv(4096)
    if not data:
        break
    c.sendall(data)
c.close()
PY
    cat >"$d/client.py" <<'PY'
import socket, sys
s = socket.create_connection((sys.argv[1], 3128), timeout=10)
s.sendall(b"CONNECT www.example.test:41234 HTTP/1.1\r\nHost: www.example.test:41234\r\n\r\n")
head = b""
while b"\r\n\r\n" not in head:
    head += s.recv(4096)
for chunk in (bytes(range(0, 64)), bytes(range(255, 127, -1))):
    s.sendall(chunk)
    got = b""
    while len(got) < len(chunk):
        got += s.recv(4096)
s.close()
PY
    (cd "$d/www" && exec ip netns exec "$SRV" openssl s_server -quiet -accept 127.0.0.1:443 \
        -cert "$d/cert.pem" -key "$d/key.pem" -WWW) >/dev/null 2>"$d/s_server.log" &
    local tls=$!
    PIDS+=("$tls")
    ip netns exec "$SRV" "$PY" -m http.server --bind 127.0.0.1 --directory "$d/www" 80 >/dev/null 2>&1 &
    local web=$!
    PIDS+=("$web")
    ip netns exec "$SRV" "$PY" -m http.server --bind 127.0.0.1 --directory "$d/www" 8000 >/dev/null 2>&1 &
    local web2=$!
    PIDS+=("$web2")
    ip netns exec "$SRV" "$PY" "$d/echo.py" 2>"$d/echo.log" &
    local echo=$!
    PIDS+=("$echo")
    ip netns exec "$SRV" "$PY" "$d/proxy.py" "$SRV4" 2>"$d/proxy.log" &
    local proxy=$!
    PIDS+=("$proxy")
    wait_for srv ss -Hltn sport = :3128
    wait_for srv ss -Hltn sport = :443
    wait_for srv ss -Hltn sport = :8000
    wait_for srv ss -Hltn sport = :41234
    cap_start "$O/proxy.pcap" "$CLI_IF" tcp port 3128
    local px="http://$SRV4:3128"
    local opts=(-sS -o /dev/null --max-time 10 -x "$px")
    cli env SSLKEYLOGFILE="$O/proxy.keys" curl "${opts[@]}" -k https://www.example.test/big.txt >&2
    sleep 0.3
    cli env SSLKEYLOGFILE="$O/proxy.keys" curl "${opts[@]}" -k --tls-max 1.2 \
        --proxy-anyauth -U user:secret https://auth.example.test/hello.txt >&2
    sleep 0.3
    cli env SSLKEYLOGFILE="$O/proxy.keys" curl "${opts[@]}" -k https://created.example.test/hello.txt >&2
    sleep 0.3
    cli curl "${opts[@]}" -k https://blocked.example.test/ >&2 || true
    sleep 0.3
    cli curl "${opts[@]}" -p http://www.example.test/hello.txt >&2
    sleep 0.3
    cli curl "${opts[@]}" -p http://www.example.test:8000/hello.txt >&2
    sleep 0.3
    timeout 20 ip netns exec "$CLI" "$PY" "$d/client.py" "$SRV4"
    cap_stop
    kill "$proxy" "$tls" "$web" "$web2" 2>/dev/null || true
    wait "$proxy" "$tls" "$web" "$web2" "$echo" 2>/dev/null || true
    cat "$d/proxy.log" "$d/s_server.log" "$d/echo.log" >&2
}

# ---------------------------------------------------------------- routing
# bgp_ospf.pcap: two BIRD 2 routers (each in the foreground, its own
# configuration, socket and log in the temporary folder), one in each
# namespace, on a veth pair of their own (rt-a 10.95.0.1, fd95::1 in
# osi-cli, AS 65001; rt-b 10.95.0.2, fd95::2 in osi-srv, AS 65002):
#  - OSPFv2 on the link (area 0, broadcast, hello 1 s, dead 4 s): hellos,
#    the DR election, database description, LS request, LS update and LS
#    acknowledge; each router also has a stub network (on its loopback);
#  - an eBGP session between them (IPv4, with an IPv6 channel: MP_REACH
#    with a global and a link-local next hop): each announces static
#    prefixes with communities, MED and a local AS path; after a while A
#    withdraws its statics (UPDATE withdrawn routes, MP_UNREACH), then
#    shuts the session down (NOTIFICATION Cease, Administrative Shutdown).
# Captured on rt-a, BGP and OSPF only (tcp port 179 or IP protocol 89).
make_routing() {
    echo "== bgp_ospf.pcap" >&2
    ip link add rt-a netns "$CLI" address 02:95:00:00:00:0a type veth \
        peer name rt-b netns "$SRV" address 02:95:00:00:00:0b
    ip -n "$CLI" addr add 10.95.0.1/24 dev rt-a
    ip -n "$SRV" addr add 10.95.0.2/24 dev rt-b
    ip -n "$CLI" addr add fd95::1/64 dev rt-a nodad
    ip -n "$SRV" addr add fd95::2/64 dev rt-b nodad
    # Each router's stub network: an address on its loopback.
    ip -n "$CLI" addr add 172.16.1.1/24 dev lo
    ip -n "$SRV" addr add 172.16.2.1/24 dev lo
    ip -n "$CLI" link set rt-a up
    ip -n "$SRV" link set rt-b up
    # The IPv6 channel's next hop names each side's link-local address too.
    wait_for sh -c "ip -n $CLI -6 addr show dev rt-a scope link | grep -q fe80"
    wait_for sh -c "ip -n $SRV -6 addr show dev rt-b scope link | grep -q fe80"
    local side ns me peer as peer_as me6 n pfx4 pfx6 d pids=()
    for side in a b; do
        case $side in
            a) me=10.95.0.1 peer=10.95.0.2 as=65001 peer_as=65002 me6=fd95::1 n=1 ;;
            b) me=10.95.0.2 peer=10.95.0.1 as=65002 peer_as=65001 me6=fd95::2 n=2 ;;
        esac
        pfx4="route 192.0.$((n + 1)).0/24 blackhole; route 198.51.$((99 + n)).0/25 blackhole; route 203.0.113.$((n * 16))/28 blackhole;"
        pfx6="route 2001:db8:$n::/48 blackhole; route 2001:db8:$n:8000::/56 blackhole;"
        d="$TMP/bird-$side"
        mkdir -p "$d"
        cat >"$d/bird.conf" <<CONF
router id $me;
log "$d/log" all;
protocol device { scan time 10; }
protocol kernel { ipv4 { export none; import none; }; }
protocol static static4 { ipv4; $pfx4 }
protocol static static6 { ipv6; $pfx6 }
protocol ospf v2 ospf1 {
    ipv4 { import all; export none; };
    area 0 {
        interface "rt-$side" { type broadcast; hello 1; dead 4; wait 2; priority $((n * 10)); };
        interface "lo" { stub yes; };
    };
}
protocol bgp peer1 {
    local $me as $as;
    neighbor $peer as $peer_as;
    hold time 30;
    keepalive time 5;
    connect delay time 1;
    connect retry time 2;
    ipv4 {
        import all;
        export filter {
            if proto = "static4" then {
                bgp_community.add(($as, 100));
                bgp_community.add(($as, 200));
                bgp_med = 50;
                accept;
            }
            reject;
        };
    };
    ipv6 {
        next hop address $me6;
        import all;
        export where proto = "static6";
    };
}
CONF
    done
    cap_start "$O/bgp_ospf.pcap" rt-a tcp port 179 or ip proto 89
    for side in a b; do
        case $side in
            a) ns=$CLI ;;
            b) ns=$SRV ;;
        esac
        d="$TMP/bird-$side"
        # -f: foreground; -c/-s: configuration and control socket in the
        # temporary folder.
        ip netns exec "$ns" bird -f -c "$d/bird.conf" -s "$d/bird.ctl" 2>"$d/stderr" &
        PIDS+=("$!")
        pids+=("$!")
    done
    # Both sessions up (OSPF Full, BGP Established), a few keepalives.
    local waited=0
    until ip netns exec "$CLI" birdc -s "$TMP/bird-a/bird.ctl" show protocols peer1 2>/dev/null | grep -q Established &&
        ip netns exec "$CLI" birdc -s "$TMP/bird-a/bird.ctl" show ospf neighbors 2>/dev/null | grep -q Full; do
        waited=$((waited + 1))
        [ $waited -lt 300 ] || { echo "routing sessions did not come up" >&2; break; }
        sleep 0.1
    done
    sleep 6
    ip netns exec "$CLI" birdc -s "$TMP/bird-a/bird.ctl" disable static4 >&2 || true
    ip netns exec "$CLI" birdc -s "$TMP/bird-a/bird.ctl" disable static6 >&2 || true
    sleep 2
    ip netns exec "$CLI" birdc -s "$TMP/bird-a/bird.ctl" disable peer1 >&2 || true
    sleep 2
    kill -TERM "${pids[@]}" 2>/dev/null || true
    cap_stop
    cat "$TMP"/bird-*/log >&2 || true
    ip -n "$CLI" link del rt-a 2>/dev/null || true
}

# ---------------------------------------------------------------- mptcp
# mptcp.pcap: one Multipath TCP connection over two paths. Besides the
# first veth pair, a second one (mp-cli 10.97.0.1 in osi-cli, mp-srv
# 10.97.0.2 in osi-srv). The server announces its second address
# (`ip mptcp endpoint ... signal`: ADD_ADDR, echoed by the client), which
# the client joins (MP_JOIN SYN, SYN/ACK, ACK), as the kernel's path
# manager does with limits of one subflow and one accepted address. A
# python server and client use IPPROTO_MPTCP (262): one HTTP/1.1 request
# on port 80, a 21 kB response after the second subflow joined (DSS
# mappings and data ACKs on both), a close by the server (DATA_FIN, FIN)
# then by the client. Captured in osi-cli on each path (TCP only), the
# two files merged in time order.
make_mptcp() {
    echo "== mptcp.pcap" >&2
    [ "$(cat /proc/sys/net/mptcp/enabled 2>/dev/null)" = 1 ] || { echo "this kernel has no MPTCP" >&2; return 1; }
    ip link add mp-cli netns "$CLI" address 02:97:00:00:00:01 type veth \
        peer name mp-srv netns "$SRV" address 02:97:00:00:00:02
    ip -n "$CLI" addr add 10.97.0.1/24 dev mp-cli
    ip -n "$SRV" addr add 10.97.0.2/24 dev mp-srv
    cli ethtool -K mp-cli tso off gso off gro off tx off rx off >/dev/null 2>&1 || true
    srv ethtool -K mp-srv tso off gso off gro off tx off rx off >/dev/null 2>&1 || true
    ip -n "$CLI" link set mp-cli up
    ip -n "$SRV" link set mp-srv up
    wait_for cli ping -c1 -W1 10.97.0.2
    for ns in "$CLI" "$SRV"; do
        ip netns exec "$ns" sysctl -qw net.mptcp.enabled=1
        ip -n "$ns" mptcp endpoint flush
        ip -n "$ns" mptcp limits set subflow 1 add_addr_accepted 1
    done
    ip -n "$SRV" mptcp endpoint add 10.97.0.2 dev mp-srv signal
    cat >"$TMP/mptcp_server.py" <<'PY'
import socket, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)  # IPPROTO_MPTCP
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", 80))  # the second path reaches 10.97.0.2
s.listen(1)
s.settimeout(10)
open(sys.argv[1], "w").close()
c, _ = s.accept()
c.settimeout(5)
req = b""
while b"\r\n\r\n" not in req:
    d = c.recv(4096)
    if not d:
        break
    req += d
time.sleep(1.0)  # the second subflow joins meanwhile
body = b"".join(b"line %04d of a response on two paths\n" % i for i in range(600))
head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
c.sendall(head + body)
c.shutdown(socket.SHUT_WR)
while c.recv(4096):
    pass
c.close()
s.close()
PY
    cat >"$TMP/mptcp_client.py" <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)  # IPPROTO_MPTCP
s.settimeout(5)
s.connect(("10.99.0.2", 80))
s.sendall(b"GET /multipath.txt HTTP/1.1\r\nHost: www.example.test\r\nUser-Agent: osidump-samples\r\n\r\n")
n = 0
while True:
    d = s.recv(65536)
    if not d:
        break
    n += len(d)
s.close()
assert n > 20000, n
PY
    cap_start "$TMP/mptcp-1.pcap" "$CLI_IF" tcp port 80
    local cap1=$CAP_PID
    cap_start "$TMP/mptcp-2.pcap" mp-cli tcp port 80
    ip netns exec "$SRV" "$PY" "$TMP/mptcp_server.py" "$TMP/mptcp.ready" &
    local server=$!
    PIDS+=("$server")
    wait_for test -e "$TMP/mptcp.ready"
    ip netns exec "$CLI" timeout 20 "$PY" "$TMP/mptcp_client.py"
    local n=0
    while kill -0 "$server" 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    cap_stop
    CAP_PID=$cap1
    cap_stop
    mergecap -F pcap -w "$O/mptcp.pcap" "$TMP/mptcp-1.pcap" "$TMP/mptcp-2.pcap"
    ip -n "$SRV" mptcp endpoint flush
    ip -n "$CLI" link del mp-cli 2>/dev/null || true
}

# ---------------------------------------------------------------- polling
# polling_vs_websocket.pcap: the seed's question on real traffic. One small
# news server on :8000 (python3-websockets) answers `GET /updates` with the
# latest news as JSON and pushes the same news over a WebSocket at /live.
# The client first polls /updates every 0.2 s, 15 times, on one keep-alive
# connection; then it opens the WebSocket and receives the same 15 news
# items as they happen (and one ping), and closes.
make_polling() {
    echo "== polling_vs_websocket.pcap" >&2
    cat >"$TMP/news_server.py" <<'PY'
import asyncio, http, json, websockets

def news(n):
    return json.dumps({"seq": n, "headline": f"price update {n}", "price": 100 + n})

async def live(ws, path):
    for n in range(1, 16):
        await ws.send(news(n))
        if n == 8:
            await ws.ping()
        await asyncio.sleep(0.2)
    await ws.close(1000, "done")

count = 0
async def plain(path, headers):
    global count
    if path == "/updates":
        count += 1
        body = news(count).encode()
        return http.HTTPStatus.OK, [("Content-Type", "application/json"),
                                    ("Cache-Control", "no-cache")], body
    return None  # /live: carry on with the WebSocket handshake

async def main():
    async with websockets.serve(live, None, 8000, process_request=plain, compression=None):
        await asyncio.Future()

asyncio.run(main())
PY
    cat >"$TMP/news_client.py" <<'PY'
import asyncio, http.client, sys, time, websockets
host = sys.argv[1]
conn = http.client.HTTPConnection(host, 8000, timeout=5)
for _ in range(15):
    conn.request("GET", "/updates", headers={"Accept": "application/json",
                 "User-Agent": "news-poller/1.0"})
    conn.getresponse().read()
    time.sleep(0.2)
conn.close()

async def ws():
    async with websockets.connect(f"ws://{host}:8000/live", compression=None) as w:
        async for _ in w:
            pass
asyncio.run(ws())
PY
    srv "$PY" "$TMP/news_server.py" &
    local server=$!
    PIDS+=("$server")
    wait_for srv bash -c "exec 3<>/dev/tcp/$SRV4/8000"
    cap_start "$O/polling_vs_websocket.pcap" "$CLI_IF" tcp port 8000
    timeout 30 ip netns exec "$CLI" "$PY" "$TMP/news_client.py" "$SRV4"
    sleep 0.3
    cap_stop
    kill "$server"
    wait "$server" 2>/dev/null || true
}

# ---------------------------------------------------------------- network
# idempotent: remove leftovers of an interrupted previous run
ip netns del "$CLI" 2>/dev/null || true
ip netns del "$SRV" 2>/dev/null || true
ip netns add "$CLI"
ip netns add "$SRV"
ip link add "$CLI_IF" netns "$CLI" address 02:99:00:00:00:01 type veth \
    peer name "$SRV_IF" netns "$SRV" address 02:99:00:00:00:02
for ns in "$CLI" "$SRV"; do
    ip -n "$ns" link set lo up
done
ip -n "$CLI" addr add "$CLI4/24" dev "$CLI_IF"
ip -n "$SRV" addr add "$SRV4/24" dev "$SRV_IF"
ip -n "$CLI" addr add "$CLI6/64" dev "$CLI_IF" nodad
ip -n "$SRV" addr add "$SRV6/64" dev "$SRV_IF" nodad
# no offloads: frames on the wire must be real MTU-sized frames with real checksums
cli ethtool -K "$CLI_IF" tso off gso off gro off tx off rx off >/dev/null 2>&1 || true
srv ethtool -K "$SRV_IF" tso off gso off gro off tx off rx off >/dev/null 2>&1 || true
ip -n "$CLI" link set "$CLI_IF" up
ip -n "$SRV" link set "$SRV_IF" up
wait_for cli ping -c1 -W1 "$SRV4"
wait_for cli ping -6 -c1 -W1 "$SRV6"

mkdir -p "/etc/netns/$CLI"
printf 'nameserver %s\n' "$SRV4" >"/etc/netns/$CLI/resolv.conf"

mkdir -p "$OUT" "$TMP/out"
O="$TMP/out"

if [ "$WHAT" = polling ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_polling
    cp "$O/polling_vs_websocket.pcap" "$OUT/polling_vs_websocket.pcap"
    chmod 644 "$OUT/polling_vs_websocket.pcap"
    ls -l "$OUT/polling_vs_websocket.pcap" >&2
    exit 0
fi

if [ "$WHAT" = mptcp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_mptcp
    cp "$O/mptcp.pcap" "$OUT/mptcp.pcap"
    chmod 644 "$OUT/mptcp.pcap"
    ls -l "$OUT/mptcp.pcap" >&2
    exit 0
fi

if [ "$WHAT" = igmp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_igmp
    cp "$O/igmp.pcap" "$OUT/igmp.pcap"
    chmod 644 "$OUT/igmp.pcap"
    ls -l "$OUT/igmp.pcap" >&2
    exit 0
fi

if [ "$WHAT" = ntp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_ntp
    cp "$O/ntp.pcap" "$OUT/ntp.pcap"
    chmod 644 "$OUT/ntp.pcap"
    ls -l "$OUT/ntp.pcap" >&2
    exit 0
fi

if [ "$WHAT" = snmp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_snmp
    cp "$O/snmp.pcap" "$OUT/snmp.pcap"
    chmod 644 "$OUT/snmp.pcap"
    ls -l "$OUT/snmp.pcap" >&2
    exit 0
fi

if [ "$WHAT" = lldp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_lldp
    cp "$O/lldp.pcap" "$OUT/lldp.pcap"
    chmod 644 "$OUT/lldp.pcap"
    ls -l "$OUT/lldp.pcap" >&2
    exit 0
fi

if [ "$WHAT" = cdp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_cdp
    cp "$O/cdp.pcap" "$OUT/cdp.pcap"
    chmod 644 "$OUT/cdp.pcap"
    ls -l "$OUT/cdp.pcap" >&2
    exit 0
fi

if [ "$WHAT" = ftp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_ftp
    cp "$O/ftp.pcap" "$OUT/ftp.pcap"
    chmod 644 "$OUT/ftp.pcap"
    ls -l "$OUT/ftp.pcap" >&2
    exit 0
fi

if [ "$WHAT" = ssh ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_ssh
    cp "$O/ssh.pcap" "$OUT/ssh.pcap"
    chmod 644 "$OUT/ssh.pcap"
    ls -l "$OUT/ssh.pcap" >&2
    exit 0
fi

if [ "$WHAT" = proxy ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_proxy
    cp "$O/proxy.pcap" "$O/proxy.keys" "$OUT/"
    chmod 644 "$OUT/proxy.pcap" "$OUT/proxy.keys"
    ls -l "$OUT/proxy.pcap" "$OUT/proxy.keys" >&2
    exit 0
fi

if [ "$WHAT" = smtp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_smtp
    cp "$O/smtp.pcap" "$OUT/smtp.pcap"
    chmod 644 "$OUT/smtp.pcap"
    ls -l "$OUT/smtp.pcap" >&2
    exit 0
fi

if [ "$WHAT" = syslog ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_syslog
    cp "$O/syslog.pcap" "$OUT/syslog.pcap"
    chmod 644 "$OUT/syslog.pcap"
    ls -l "$OUT/syslog.pcap" >&2
    exit 0
fi

if [ "$WHAT" = nflog ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_nflog
    cp "$O/nflog.pcap" "$OUT/nflog.pcap"
    chmod 644 "$OUT/nflog.pcap"
    ls -l "$OUT/nflog.pcap" >&2
    exit 0
fi

if [ "$WHAT" = routing ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_routing
    cp "$O/bgp_ospf.pcap" "$OUT/bgp_ospf.pcap"
    chmod 644 "$OUT/bgp_ospf.pcap"
    ls -l "$OUT/bgp_ospf.pcap" >&2
    exit 0
fi

if [ "$WHAT" = dtls ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_dtls
    cp "$O/dtls.pcap" "$OUT/dtls.pcap"
    chmod 644 "$OUT/dtls.pcap"
    ls -l "$OUT/dtls.pcap" >&2
    exit 0
fi

if [ "$WHAT" = vrrp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_vrrp
    cp "$O/vrrp.pcap" "$OUT/vrrp.pcap"
    chmod 644 "$OUT/vrrp.pcap"
    ls -l "$OUT/vrrp.pcap" >&2
    exit 0
fi

if [ "$WHAT" = stp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_stp
    cp "$O/stp.pcap" "$OUT/stp.pcap"
    chmod 644 "$OUT/stp.pcap"
    ls -l "$OUT/stp.pcap" >&2
    exit 0
fi

if [ "$WHAT" = dhcpv6 ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_dhcpv6
    cp "$O/dhcpv6.pcap" "$OUT/dhcpv6.pcap"
    chmod 644 "$OUT/dhcpv6.pcap"
    ls -l "$OUT/dhcpv6.pcap" >&2
    exit 0
fi

if [ "$WHAT" = dhcp ]; then
    # This sample only: every other file in samples/ is left as it is.
    make_dhcp
    cp "$O/dhcp.pcap" "$OUT/dhcp.pcap"
    chmod 644 "$OUT/dhcp.pcap"
    ls -l "$OUT/dhcp.pcap" >&2
    exit 0
fi

# ---------------------------------------------------------------- servers
# TLS certificate for www.example.test (self-signed)
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
    -subj "/CN=$NAME" -addext "subjectAltName=DNS:$NAME" \
    -keyout "$TMP/key.pem" -out "$TMP/cert.pem" 2>/dev/null
CERT="$TMP/cert.pem"

# static web content
WWW="$TMP/www"
mkdir -p "$WWW/chunked" "$WWW/css"
cat >"$WWW/index.html" <<'EOF'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>osidump test site</title>
<link rel="stylesheet" href="/css/site.css"></head>
<body><h1>Hello from www.example.test</h1>
<p>This page is served by nginx inside the osi-srv network namespace.</p>
</body></html>
EOF
printf 'body { font-family: sans-serif; color: #222; }\nh1 { color: #036; }\n' >"$WWW/css/site.css"
"$PY" - "$WWW/big.txt" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(320):
        f.write("line %04d: the quick brown fox jumps over the lazy dog 0123456789\n" % i)
EOF
cat >"$WWW/chunked/index.html" <<'EOF'
<html><body><p>This response is sent with Transfer-Encoding: chunked (nginx SSI).</p>
<p>Server time: <!--# echo var="date_gmt" --></p>
<p>Request URI: <!--# echo var="request_uri" --></p>
</body></html>
EOF
printf 'User-agent: *\nDisallow:\n' >"$WWW/robots.txt"

mkdir -p "$TMP/nginx/logs"
cat >"$TMP/nginx/nginx.conf" <<EOF
user root;
worker_processes 1;
daemon off;
master_process on;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
events { worker_connections 64; }
http {
    default_type application/octet-stream;
    types { text/html html; text/css css; text/plain txt; }
    access_log $TMP/nginx/logs/access.log;
    client_body_temp_path $TMP/nginx/client_body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    sendfile off;
    gzip off;
    keepalive_timeout 10;
    server_tokens on;
    server {
        listen $SRV4:80;
        listen [$SRV6]:80;
        listen $SRV4:443 ssl http2;
        listen [$SRV6]:443 ssl http2;
        listen $SRV4:8080 http2;
        server_name $NAME;
        ssl_certificate $TMP/cert.pem;
        ssl_certificate_key $TMP/key.pem;
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_conf_command Ciphersuites TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256;
        root $WWW;
        location / { index index.html; }
        location /chunked/ { ssi on; chunked_transfer_encoding on; }
        location = /post {
            default_type text/plain;
            return 200 "thanks, got \$content_length bytes of \$content_type\n";
        }
    }
}
EOF
srv nginx -t -q -p "$TMP/nginx" -e "$TMP/nginx/logs/error.log" -c "$TMP/nginx/nginx.conf"
ip netns exec "$SRV" nginx -p "$TMP/nginx" -e "$TMP/nginx/logs/error.log" -c "$TMP/nginx/nginx.conf" &
PIDS+=($!)

# DNS: authoritative for example.test (+ reverse zone of 10.99.0.0/24),
# NXDOMAIN for unknown names in the zone.
CAA_HEX=$("$PY" -c "print((bytes([0,5])+b'issue'+b'ca.example.test').hex())")
ip netns exec "$SRV" dnsmasq --keep-in-foreground --no-hosts --no-resolv --no-poll \
    --pid-file= --user=root --group=root \
    --bind-interfaces --listen-address="$SRV4" --listen-address="$SRV6" --port=53 \
    --log-queries --log-facility="$TMP/dnsmasq.log" \
    --auth-server=ns1.example.test,"$SRV_IF" \
    --auth-zone=example.test,10.99.0.0/24,fd99::/64 \
    --auth-soa=2024010101,hostmaster.example.test,1200,120,604800 \
    --auth-sec-servers=ns2.example.test \
    --address=/"$NAME"/"$SRV4" --address=/"$NAME"/"$SRV6" \
    --host-record="$NAME","$SRV4","$SRV6" \
    --host-record=ns1.example.test,"$SRV4","$SRV6" \
    --host-record=client.example.test,"$CLI4","$CLI6" \
    --mx-host=example.test,mail.example.test,10 \
    --host-record=mail.example.test,10.99.0.25 \
    --txt-record=example.test,"v=spf1 mx -all" \
    --txt-record=_osidump.example.test,"hello from dnsmasq","second string" \
    --srv-host=_http._tcp.example.test,"$NAME",80,10,5 \
    --srv-host=_xmpp-server._tcp.example.test,"$NAME",5269,20,0 \
    --cname=alias.example.test,"$NAME" \
    --dns-rr=example.test,257,"$CAA_HEX" &
PIDS+=($!)

# WebSocket echo server
cat >"$TMP/ws_server.py" <<'EOF'
import asyncio, websockets

async def echo(ws, path=None):
    async for msg in ws:
        await ws.send(msg)

async def main():
    async with websockets.serve(echo, None, 8765, max_size=2**22):
        await asyncio.Future()

asyncio.run(main())
EOF
ip netns exec "$SRV" "$PY" "$TMP/ws_server.py" &
PIDS+=($!)

wait_for srv bash -c "exec 3<>/dev/tcp/$SRV4/80"
wait_for srv bash -c "exec 3<>/dev/tcp/$SRV4/443"
wait_for srv bash -c "exec 3<>/dev/tcp/$SRV4/8765"
wait_for cli dig +short +tries=1 +time=1 @"$SRV4" "$NAME" A

# WebSocket clients
cat >"$TMP/ws_visit.py" <<'EOF'
# one short WebSocket session as part of a web visit
import asyncio, websockets

async def main():
    async with websockets.connect("ws://www.example.test:8765/", compression=None) as ws:
        await ws.send("Hello, WebSocket!")
        print(await ws.recv())
        await ws.send(bytes(range(16)))
        print(await ws.recv())
        pong = await ws.ping(b"are you there?")
        await pong
        await ws.close(code=1000, reason="done")

asyncio.run(main())
EOF
cat >"$TMP/ws_full.py" <<'EOF'
# WebSocket feature tour: lengths 7/16/64-bit, ping/pong, fragmentation,
# permessage-deflate on one connection and off on the other.
import asyncio, random, websockets

URI = "ws://10.99.0.2:8765/chat"

async def session(compression):
    async with websockets.connect(URI, compression=compression, max_size=2**22) as ws:
        await ws.send("short text message")
        assert await ws.recv() == "short text message"
        await ws.send(b"\x00\x01\x02\x03binary\xff")
        await ws.recv()
        medium = "medium message with a 16-bit payload length. " * 4   # > 125 bytes
        await ws.send(medium)
        await ws.recv()
        if compression is None:
            rnd = random.Random(1234)
            big = bytes(rnd.getrandbits(8) for _ in range(70000))  # > 65535 bytes
            await ws.send(big)
            assert await ws.recv() == big
        pong = await ws.ping(b"ping-payload")
        await pong
        await ws.send(["fragment one, ", "fragment two, ", "fragment three"])
        assert await ws.recv() == "fragment one, fragment two, fragment three"
        await ws.close(code=1000, reason="normal closure, bye")

async def main():
    await session(None)                      # no extension
    await session("deflate")                 # permessage-deflate negotiated

asyncio.run(main())
EOF

CURL=(curl -sS -o /dev/null --max-time 10)
RESOLVE=(--resolve "$NAME:80:$SRV4" --resolve "$NAME:443:$SRV4")
DIG=(dig +tries=1 +time=2)

# ---------------------------------------------------------------- tlsq
# The decryption samples, each with the key log its client wrote (test keys
# of a throw-away server, committed next to the capture as FILE.keys).
make_tlsq() {
    local C=(curl -sS --max-time 10 "${RESOLVE[@]}" --resolve "$NAME:8080:$SRV4" --cacert "$CERT")
    local QPY=${AIOQUIC_PY:-}
    if [ -z "$QPY" ]; then
        "$PY" -m venv "$TMP/venv" && "$TMP/venv/bin/pip" install -q aioquic
        QPY="$TMP/venv/bin/python"
    fi
    "$QPY" -c 'import aioquic' || { echo "no aioquic for $QPY" >&2; exit 1; }

    # wss echo server (TLS on 8766)
    cat >"$TMP/wss_server.py" <<'EOF'
import asyncio, ssl, sys, websockets

async def echo(ws, path=None):
    async for msg in ws:
        await ws.send(msg)

async def main():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(sys.argv[1], sys.argv[2])
    async with websockets.serve(echo, None, 8766, ssl=ctx, compression=None):
        await asyncio.Future()

asyncio.run(main())
EOF
    cat >"$TMP/wss_visit.py" <<'EOF'
# WebSocket over TLS; Python's ssl writes SSLKEYLOGFILE itself
import asyncio, ssl, sys, websockets

async def main():
    ctx = ssl.create_default_context(cafile=sys.argv[1])
    async with websockets.connect("wss://www.example.test:8766/", ssl=ctx, compression=None) as ws:
        await ws.send("Hello over wss!")
        await ws.recv()
        await ws.close(code=1000, reason="done")

asyncio.run(main())
EOF
    ip netns exec "$SRV" "$PY" "$TMP/wss_server.py" "$CERT" "$TMP/key.pem" &
    PIDS+=($!)
    # h2c by Upgrade (RFC 7540 3.2): a python3-h2 server on 8088
    cat >"$TMP/h2c_server.py" <<'EOF'
import os, socket, sys
import h2.config, h2.connection, h2.events

ROOT = sys.argv[1]

def page(path):
    f = os.path.join(ROOT, path.lstrip("/") or "index.html")
    if os.path.isdir(f):
        f = os.path.join(f, "index.html")
    try:
        with open(f, "rb") as fh:
            return b"200", fh.read()
    except OSError:
        return b"404", b"not found\n"

def respond(c, sid, path):
    status, body = page(path)
    c.send_headers(sid, [(b":status", status), (b"server", b"python-h2"),
                         (b"content-length", str(len(body)).encode())])
    c.send_data(sid, body, end_stream=True)

def serve(sock):
    head = b""
    while b"\r\n\r\n" not in head and len(head) < 65536:
        more = sock.recv(4096)
        if not more:
            return
        head += more
    head, _, rest = head.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    path = lines[0].split(" ")[1]
    hdrs = {k.strip().lower(): v.strip() for k, _, v in (l.partition(":") for l in lines[1:])}
    c = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False))
    if hdrs.get("upgrade", "").lower() != "h2c":
        sock.sendall(b"HTTP/1.1 505 HTTP Version Not Supported\r\nContent-Length: 0\r\n\r\n")
        return
    sock.sendall(b"HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n")
    c.initiate_upgrade_connection(hdrs["http2-settings"].encode())
    respond(c, 1, path)
    sock.sendall(c.data_to_send())
    data = rest
    for _ in range(10000):
        for ev in c.receive_data(data):
            if isinstance(ev, h2.events.RequestReceived):
                respond(c, ev.stream_id, dict(ev.headers).get(b":path", b"/").decode())
            elif isinstance(ev, h2.events.ConnectionTerminated):
                sock.sendall(c.data_to_send())
                return
        sock.sendall(c.data_to_send())
        data = sock.recv(65536)
        if not data:
            return

srv = socket.create_server(("", 8088))
while True:
    s, _ = srv.accept()
    with s:
        try:
            serve(s)
        except Exception as e:
            print("h2c server:", e, file=sys.stderr)
EOF
    ip netns exec "$SRV" "$PY" "$TMP/h2c_server.py" "$WWW" &
    PIDS+=($!)

    # HTTP/3 server and client on aioquic
    cat >"$TMP/h3_server.py" <<'EOF'
import asyncio, sys
from aioquic.asyncio import QuicConnectionProtocol, serve
from aioquic.h3.connection import H3_ALPN, H3Connection
from aioquic.h3.events import HeadersReceived
from aioquic.quic.configuration import QuicConfiguration

PAGES = {
    b"/": b"<html><body><h1>Hello over HTTP/3</h1></body></html>\n",
    b"/big.txt": b"".join(b"line %04d: the quick brown fox jumps over the lazy dog\n" % i for i in range(100)),
}

class H3Server(QuicConnectionProtocol):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.h3 = H3Connection(self._quic)

    def quic_event_received(self, event):
        for ev in self.h3.handle_event(event):
            if isinstance(ev, HeadersReceived):
                path = dict(ev.headers).get(b":path", b"/")
                body = PAGES.get(path)
                status = b"200" if body is not None else b"404"
                body = body if body is not None else b"not found\n"
                self.h3.send_headers(ev.stream_id, [
                    (b":status", status), (b"server", b"aioquic"),
                    (b"content-type", b"text/plain"),
                    (b"content-length", str(len(body)).encode())])
                self.h3.send_data(ev.stream_id, body, end_stream=True)
        self.transmit()

async def main(host, cert, key):
    cfg = QuicConfiguration(is_client=False, alpn_protocols=H3_ALPN)
    cfg.load_cert_chain(cert, key)
    await serve(host, 443, configuration=cfg, create_protocol=H3Server)
    await asyncio.Future()

asyncio.run(main(*sys.argv[1:]))
EOF
    cat >"$TMP/h3_client.py" <<'EOF'
import asyncio, sys
from aioquic.asyncio.client import connect
from aioquic.asyncio.protocol import QuicConnectionProtocol
from aioquic.h3.connection import H3_ALPN, H3Connection
from aioquic.h3.events import DataReceived, HeadersReceived
from aioquic.quic.configuration import QuicConfiguration
from aioquic.quic.packet import QuicProtocolVersion
from aioquic.tls import CipherSuite

class H3Client(QuicConnectionProtocol):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.h3 = H3Connection(self._quic)
        self.waiting = {}

    def quic_event_received(self, event):
        for ev in self.h3.handle_event(event):
            if isinstance(ev, (HeadersReceived, DataReceived)) and ev.stream_ended:
                fut = self.waiting.pop(ev.stream_id, None)
                if fut is not None and not fut.done():
                    fut.set_result(True)

    async def get(self, path):
        sid = self._quic.get_next_available_stream_id()
        self.h3.send_headers(sid, [
            (b":method", b"GET"), (b":scheme", b"https"),
            (b":authority", b"www.example.test"), (b":path", path),
            (b"user-agent", b"aioquic-osidump")], end_stream=True)
        fut = asyncio.get_running_loop().create_future()
        self.waiting[sid] = fut
        self.transmit()
        await asyncio.wait_for(fut, 5)

async def main(host, cafile, keylog, version, suite):
    cfg = QuicConfiguration(is_client=True, alpn_protocols=H3_ALPN,
                            server_name="www.example.test")
    cfg.load_verify_locations(cafile)
    cfg.secrets_log_file = open(keylog, "a")
    if version == "2":
        cfg.original_version = QuicProtocolVersion.VERSION_2
    if suite != "default":
        cfg.cipher_suites = [CipherSuite[suite]]
    async with connect(host, 443, configuration=cfg, create_protocol=H3Client) as c:
        await c.get(b"/")
        await c.get(b"/big.txt")
        await c.get(b"/missing")
    cfg.secrets_log_file.close()

asyncio.run(main(*sys.argv[1:]))
EOF
    ip netns exec "$SRV" "$QPY" "$TMP/h3_server.py" "$SRV4" "$CERT" "$TMP/key.pem" &
    PIDS+=($!)
    wait_for srv bash -c "exec 3<>/dev/tcp/$SRV4/8766"
    wait_for srv bash -c "exec 3<>/dev/tcp/$SRV4/8088"
    wait_for srv bash -c "exec 3<>/dev/tcp/$SRV4/8080"
    sleep 1   # the QUIC server has no TCP port to wait for

    echo "== tls_keylog.pcap" >&2
    local K="$O/tls_keylog.keys"
    : >"$K"
    cap_start "$O/tls_keylog.pcap"
    local s
    for s in TLS_AES_128_GCM_SHA256 TLS_AES_256_GCM_SHA384 TLS_CHACHA20_POLY1305_SHA256 \
             TLS_AES_128_CCM_SHA256 TLS_AES_128_CCM_8_SHA256; do
        SSLKEYLOGFILE="$K" cli "${C[@]}" -o /dev/null --http1.1 --tlsv1.3 --tls13-ciphers "$s" "https://$NAME/"
    done
    for s in ECDHE-ECDSA-AES128-GCM-SHA256 ECDHE-ECDSA-AES256-GCM-SHA384 \
             ECDHE-ECDSA-CHACHA20-POLY1305 ECDHE-ECDSA-AES128-SHA256 ECDHE-ECDSA-AES256-SHA; do
        SSLKEYLOGFILE="$K" cli "${C[@]}" -o /dev/null --http1.1 --tlsv1.2 --tls-max 1.2 --ciphers "$s" "https://$NAME/"
    done
    # keep-alive: a second request and a 20 KB body over many records
    SSLKEYLOGFILE="$K" cli "${C[@]}" --http1.1 "https://$NAME/" "https://$NAME/big.txt" >/dev/null
    SSLKEYLOGFILE="$K" cli "$PY" "$TMP/wss_visit.py" "$CERT"
    cap_stop

    echo "== web_visit_tls.pcapng (secrets embedded)" >&2
    flush_neigh
    : >"$TMP/visit.keys"
    cap_start "$TMP/web_visit_tls.pcap"
    SSLKEYLOGFILE="$TMP/visit.keys" cli curl -sS -o /dev/null --max-time 10 --http1.1 \
        --cacert "$CERT" "https://$NAME/"
    cap_stop
    editcap --inject-secrets tls,"$TMP/visit.keys" "$TMP/web_visit_tls.pcap" "$O/web_visit_tls.pcapng"

    echo "== h2.pcap" >&2
    K="$O/h2.keys"
    : >"$K"
    cap_start "$O/h2.pcap"
    SSLKEYLOGFILE="$K" cli "${C[@]}" --http2 "https://$NAME/" "https://$NAME/css/site.css" \
        "https://$NAME/big.txt" "https://$NAME/does-not-exist.html" >/dev/null
    SSLKEYLOGFILE="$K" cli "${C[@]}" --http2 -Z "https://$NAME/" "https://$NAME/robots.txt" \
        "https://$NAME/chunked/" >/dev/null
    SSLKEYLOGFILE="$K" cli "${C[@]}" --http2 -H 'Content-Type: application/x-www-form-urlencoded' \
        --data 'name=osidump&proto=h2' "https://$NAME/post" >/dev/null
    cap_stop

    echo "== h2c.pcap" >&2
    cap_start "$O/h2c.pcap"
    # one URL per connection: curl 7.88 fails a second prior-knowledge request
    cli "${C[@]}" --http2-prior-knowledge "http://$NAME:8080/" >/dev/null
    cli "${C[@]}" --http2-prior-knowledge "http://$NAME:8080/css/site.css" >/dev/null
    cli "${C[@]}" --http2 "http://$SRV4:8088/" "http://$SRV4:8088/robots.txt" >/dev/null
    cap_stop

    echo "== quic.pcap" >&2
    K="$O/quic.keys"
    : >"$K"
    cap_start "$O/quic.pcap"
    cli "$QPY" "$TMP/h3_client.py" "$SRV4" "$CERT" "$K" 1 default
    cli "$QPY" "$TMP/h3_client.py" "$SRV4" "$CERT" "$K" 1 CHACHA20_POLY1305_SHA256
    cli "$QPY" "$TMP/h3_client.py" "$SRV4" "$CERT" "$K" 2 AES_256_GCM_SHA384
    cap_stop
}

if [ "$WHAT" = tlsq ]; then
    # These samples only: every other file in samples/ is left as it is.
    make_tlsq
    for f in tls_keylog.pcap tls_keylog.keys web_visit_tls.pcapng h2.pcap h2.keys \
             h2c.pcap quic.pcap quic.keys; do
        cp "$O/$f" "$OUT/$f"
        chmod 644 "$OUT/$f"
        ls -l "$OUT/$f" >&2
    done
    exit 0
fi

# ---------------------------------------------------------------- samples

echo "== web_visit.pcap" >&2
flush_neigh
cap_start "$O/web_visit.pcap"
cli "${CURL[@]}" --http1.1 --cacert "$CERT" "https://$NAME/"
cli "${CURL[@]}" --http1.1 "http://$NAME/"
cli "$PY" "$TMP/ws_visit.py" >/dev/null
cap_stop

echo "== dns.pcap" >&2
cap_start "$O/dns.pcap"
for q in "$NAME A" "$NAME AAAA" "example.test MX" "example.test TXT" \
         "_osidump.example.test TXT" "_http._tcp.example.test SRV" \
         "alias.example.test CNAME" "example.test NS" "example.test SOA" \
         "example.test CAA" "example.test ANY" "example.test ANY +notcp" \
         "nosuchname.example.test A" "www.example.org A"; do
    # shellcheck disable=SC2086
    cli "${DIG[@]}" @"$SRV4" $q >/dev/null
done
cli "${DIG[@]}" @"$SRV4" -x "$SRV4" >/dev/null
cli "${DIG[@]}" @"$SRV4" +tcp "$NAME" A >/dev/null
cli "${DIG[@]}" @"$SRV4" +cookie "$NAME" A >/dev/null
cli "${DIG[@]}" @"$SRV6" "$NAME" AAAA >/dev/null
cli "${DIG[@]}" @"$SRV6" example.test MX >/dev/null
cli "${DIG[@]}" @"$SRV6" +tcp example.test TXT >/dev/null
cli "${DIG[@]}" @"$SRV6" -x "$SRV6" >/dev/null || true
cli "${DIG[@]}" @"$SRV6" missing.example.test AAAA >/dev/null
cap_stop

echo "== http.pcap" >&2
cap_start "$O/http.pcap"
cli "${CURL[@]}" --http1.1 "${RESOLVE[@]}" \
    "http://$NAME/" "http://$NAME/css/site.css" "http://$NAME/robots.txt" \
    "http://$NAME/does-not-exist.html" "http://$NAME/big.txt" "http://$NAME/chunked/" >/dev/null
cli "${CURL[@]}" --http1.1 "${RESOLVE[@]}" -H 'Content-Type: application/x-www-form-urlencoded' \
    --data 'name=osidump&lang=rust&msg=hello+world' "http://$NAME/post"
cap_stop

echo "== tls12.pcap" >&2
cap_start "$O/tls12.pcap"
cli "${CURL[@]}" --http1.1 "${RESOLVE[@]}" --cacert "$CERT" --tlsv1.2 --tls-max 1.2 "https://$NAME/"
cap_stop

echo "== tls13.pcap" >&2
cap_start "$O/tls13.pcap"
cli "${CURL[@]}" --http1.1 "${RESOLVE[@]}" --cacert "$CERT" --tlsv1.3 "https://$NAME/"
cap_stop

echo "== websocket.pcap" >&2
cap_start "$O/websocket.pcap"
cli "$PY" "$TMP/ws_full.py"
cap_stop

echo "== frag.pcap" >&2
cap_start "$O/frag.pcap"
cli ping -c 2 -i 0.2 -s 3000 "$SRV4" >/dev/null
cli ping -6 -c 2 -i 0.2 -s 3000 "$SRV6" >/dev/null
cli "$PY" - "$SRV4" <<'EOF'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendto(bytes(range(256)) * 16, (sys.argv[1], 9999))   # 4096-byte UDP payload
EOF
cap_stop

echo "== icmp.pcap" >&2
flush_neigh
cap_start "$O/icmp.pcap"
cli ping -c 2 -i 0.2 "$SRV4" >/dev/null
cli ping -6 -c 2 -i 0.2 "$SRV6" >/dev/null
cli "${DIG[@]}" @"$SRV4" -p 5300 "$NAME" A >/dev/null || true     # -> ICMP port unreachable
cli "${DIG[@]}" @"$SRV6" -p 5300 "$NAME" AAAA >/dev/null || true  # -> ICMPv6 port unreachable
cap_stop

echo "== base for vlan/qinq" >&2
flush_neigh
cap_start "$TMP/vlan_base.pcap"
cli ping -c 2 -i 0.2 "$SRV4" >/dev/null
cli "${DIG[@]}" @"$SRV4" "$NAME" A >/dev/null
cli ping -6 -c 2 -i 0.2 "$SRV6" >/dev/null
cli "${DIG[@]}" @"$SRV6" "$NAME" AAAA >/dev/null
cap_stop
tcprewrite --enet-vlan=add --enet-vlan-tag=100 --enet-vlan-cfi=0 --enet-vlan-pri=3 \
    --infile="$TMP/vlan_base.pcap" --outfile="$O/vlan.pcap"
# QinQ: tag the already tagged capture again (outer tag 200)
tcprewrite --enet-vlan=add --enet-vlan-tag=200 --enet-vlan-cfi=0 --enet-vlan-pri=5 \
    --infile="$O/vlan.pcap" --outfile="$O/qinq.pcap" || echo "qinq: tcprewrite failed" >&2

echo "== sll.pcap / sll1.pcap" >&2
for v in sll sll1; do
    extra=()
    [ "$v" = sll1 ] && extra=(-y LINUX_SLL)
    cap_start "$O/$v.pcap" any "${extra[@]}"
    cli ping -c 2 -i 0.2 "$SRV4" >/dev/null
    cli "${DIG[@]}" @"$SRV4" "$NAME" A >/dev/null
    cap_stop
done

echo "== nano.pcap" >&2
cap_start "$O/nano.pcap" "$CLI_IF" --time-stamp-precision=nano
cli ping -c 2 -i 0.2 "$SRV4" >/dev/null
cli "${DIG[@]}" @"$SRV4" "$NAME" A >/dev/null
cap_stop

echo "== lo.pcap" >&2
mkdir -p "$TMP/lo-www"
printf 'hello over loopback\n' >"$TMP/lo-www/hello.txt"
ip netns exec "$CLI" "$PY" -m http.server --bind 127.0.0.1 --directory "$TMP/lo-www" 8000 >/dev/null 2>&1 &
LO_HTTP=$!
PIDS+=("$LO_HTTP")
wait_for cli bash -c "exec 3<>/dev/tcp/127.0.0.1/8000"
cap_start "$O/lo.pcap" lo
cli "${CURL[@]}" --http1.1 http://127.0.0.1:8000/hello.txt
cli ping -c 1 127.0.0.1 >/dev/null
cap_stop
kill "$LO_HTTP"; wait "$LO_HTTP" 2>/dev/null || true

echo "== dumpcap.pcapng (two interfaces)" >&2
: >"$TMP/cap.log"
ip netns exec "$CLI" dumpcap -q -i "$CLI_IF" -i lo -w "$O/dumpcap.pcapng" 2>"$TMP/cap.log" &
CAP_PID=$!
PIDS+=("$CAP_PID")
sleep 1.5   # dumpcap has no reliable "listening" line with -q
cli ping -c 2 -i 0.2 "$SRV4" >/dev/null
cli ping -c 1 127.0.0.1 >/dev/null
cli "${DIG[@]}" @"$SRV4" "$NAME" A >/dev/null
cap_stop TERM

echo "== nano.pcapng (pcapng, nanosecond resolution, via editcap)" >&2
editcap -F pcapng "$O/nano.pcap" "$O/nano.pcapng"

make_dhcp
make_dhcpv6
make_polling
make_stp
make_igmp
make_ntp
make_snmp
make_lldp
make_cdp
make_ssh
make_smtp
make_ftp
make_proxy
make_syslog
make_dtls
make_nflog
make_vrrp
make_routing
make_mptcp
make_tlsq

# ---------------------------------------------------------------- install
rm -f "$OUT"/*.pcap "$OUT"/*.pcapng "$OUT"/*.keys
cp "$O"/*.pcap "$O"/*.pcapng "$O"/*.keys "$OUT"/
chmod 644 "$OUT"/*.pcap "$OUT"/*.pcapng "$OUT"/*.keys
ls -l "$OUT" >&2
echo "total: $(du -cb "$OUT"/*.pcap* | tail -1 | cut -f1) bytes" >&2
