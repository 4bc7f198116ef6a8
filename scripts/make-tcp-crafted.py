#!/usr/bin/env python3
"""Write tests/data/tcp-analysis-crafted.pcap: TCP conversations made to
trigger every tcp.analysis flag the corpus lacks (window full, zero window
and its probes, fast retransmission, reused ports) and the others again.
tests/tcp_fidelity.rs compares our flags with tshark's on it
(scripts/make-tcp-goldens.sh records tshark's).

    scripts/make-tcp-crafted.py [OUT]
"""
import struct
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "tests/data/tcp-analysis-crafted.pcap"
A, B = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])
frames = []
clock = [0]


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def seg(to_b, sport, dport, seq, ack, flags, payload=b"", win=1000, opts=b"", dt=1000):
    """One segment, dt microseconds after the previous one."""
    clock[0] += dt
    hl = 20 + len(opts)
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF,
                      (hl // 4) << 4, flags, win, 0, 0) + opts + payload
    src, dst = (A, B) if to_b else (B, A)
    pseudo = src + dst + struct.pack("!BBH", 0, 6, len(tcp))
    c = csum(pseudo + tcp)
    tcp = tcp[:16] + struct.pack("!H", c) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 1, 0x4000, 64, 6, 0, src, dst)
    ip = ip[:10] + struct.pack("!H", csum(ip)) + ip[12:]
    eth = (b"\x02\0\0\0\0\x02\x02\0\0\0\0\x01" if to_b else b"\x02\0\0\0\0\x01\x02\0\0\0\0\x02") + b"\x08\x00"
    frames.append((clock[0], eth + ip + tcp))


SYN, ACK, PSH, FIN, RST = 0x02, 0x10, 0x08, 0x01, 0x04
data = lambda n: bytes(range(97, 97 + 26)) * (n // 26) + bytes(range(97, 97 + n % 26))


def handshake(cp, sp, c, s, cwin=1000, swin=1000):
    seg(True, cp, sp, c, 0, SYN, win=cwin)
    seg(False, sp, cp, s, c + 1, SYN | ACK, win=swin)
    seg(True, cp, sp, c + 1, s + 1, ACK, win=cwin)


# 1. Window full, zero window, a zero-window probe and its ACK, a window
#    update, keep-alive and its ACK (no window scaling: SYNs carry none).
c, s = 1000, 5000
handshake(40001, 80, c, s, swin=300)
seg(True, 40001, 80, c + 1, s + 1, PSH | ACK, data(100))
seg(True, 40001, 80, c + 101, s + 1, PSH | ACK, data(200))            # fills 300
seg(False, 80, 40001, s + 1, c + 301, ACK, win=0)                      # zero window
seg(True, 40001, 80, c + 301, s + 1, ACK, data(1))                     # probe
seg(False, 80, 40001, s + 1, c + 301, ACK, win=0)                      # probe ACK
seg(False, 80, 40001, s + 1, c + 301, ACK, win=500)                    # window update
seg(True, 40001, 80, c + 301, s + 1, ACK, data(50))
seg(False, 80, 40001, s + 1, c + 351, ACK, win=500)
seg(True, 40001, 80, c + 350, s + 1, ACK, data(1), dt=2000000)         # keep-alive
seg(False, 80, 40001, s + 1, c + 351, ACK, win=500)                    # its ACK
seg(True, 40001, 80, c + 351, s + 1, FIN | ACK)
seg(False, 80, 40001, s + 1, c + 352, FIN | ACK, win=500)
seg(True, 40001, 80, c + 352, s + 2, ACK)

# 2. Fast retransmission after two duplicate ACKs, out-of-order, lost and
#    ACKed-unseen segments, a spurious retransmission.
c, s = 70000, 90000
handshake(40002, 80, c, s, swin=60000)
seg(True, 40002, 80, c + 1, s + 1, ACK, data(100))
seg(True, 40002, 80, c + 101, s + 1, ACK, data(100))
seg(True, 40002, 80, c + 201, s + 1, ACK, data(100))
seg(False, 80, 40002, s + 1, c + 101, ACK, win=60000)
seg(False, 80, 40002, s + 1, c + 101, ACK, win=60000)                  # dup 1
seg(False, 80, 40002, s + 1, c + 101, ACK, win=60000)                  # dup 2
seg(True, 40002, 80, c + 101, s + 1, ACK, data(100))                   # fast retransmission
seg(False, 80, 40002, s + 1, c + 301, ACK, win=60000)
seg(True, 40002, 80, c + 401, s + 1, ACK, data(100), dt=100)           # past a gap: lost
seg(True, 40002, 80, c + 301, s + 1, ACK, data(100), dt=100)           # out of order
seg(False, 80, 40002, s + 1, c + 601, ACK, win=60000)                  # ACKs unseen bytes
seg(True, 40002, 80, c + 301, s + 1, ACK, data(100), dt=500000)        # spurious
seg(True, 40002, 80, c + 601, s + 1, ACK, data(100), dt=1000)
seg(True, 40002, 80, c + 601, s + 1, ACK, data(100), dt=800000)        # retransmission

# 3. Port reuse: the first conversation closes, a SYN with a new initial
#    sequence number opens another on the same ports.
c, s = 1000, 5000
seg(True, 40001, 80, 777777, 0, SYN)
seg(False, 80, 40001, 888888, 777778, SYN | ACK)
seg(True, 40001, 80, 777778, 888889, ACK)
seg(True, 40001, 80, 777778, 888889, RST | ACK)

with open(OUT, "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    for ts, fr in frames:
        f.write(struct.pack("<IIII", 1700000000 + ts // 1000000, ts % 1000000, len(fr), len(fr)))
        f.write(fr)
print(f"wrote {OUT}: {len(frames)} frames", file=sys.stderr)
