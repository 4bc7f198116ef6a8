#!/usr/bin/env python3
"""Write tests/golden/ek/<sample>.json: what `tshark -T ek` says about every
sample, for tests/ek_output.rs to compare with `osidump dissect -T ek` without
tshark.

A sample with a key log beside it (NAME.keys) is read with it (osidump's
test passes --tls-keylog).

Each file is a JSON array, one object per packet: "_index" (the bulk action's
index name), "timestamp", and every value path under "layers" whose last key
is one osidump can write (its registry's fields, keyed the ek way:
protocol_field with dots made underscores) -> the list of values there.
tshark repeats a key when a field occurs twice apart in a layer (the JSON
then keeps one); here repeats are gathered into one list, as osidump writes
them.

    scripts/make-ek-goldens.py [OSIDUMP]   (default target/debug/osidump)
"""
import glob
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OSIDUMP = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "target/debug/osidump")


def keys():
    out = subprocess.run([OSIDUMP, "fields", "-T", "tsv"], capture_output=True, text=True, check=True)
    ks = {"communityid_communityid", "ipv6_ip_version"}
    for line in out.stdout.splitlines():
        c = line.split("\t")
        if c[0] == "F" and not c[2].startswith("osidump."):
            ks.add((c[4] + "_" + c[2]).replace(".", "_"))
    return ks


def merge(pairs):
    d = {}
    for k, v in pairs:
        if k not in d:
            d[k] = v
        elif isinstance(d[k], dict) and isinstance(v, dict):
            d[k] = merge(list(d[k].items()) + list(v.items()))
        else:
            a = d[k] if isinstance(d[k], list) else [d[k]]
            d[k] = a + (v if isinstance(v, list) else [v])
    return d


def flat(o, prefix, out):
    for k, v in o.items():
        p = prefix + "." + k
        if isinstance(v, dict):
            flat(v, p, out)
        else:
            out.setdefault(p, []).extend(v if isinstance(v, list) else [v])
    return out


def main():
    ks = keys()
    env = dict(os.environ, TZ="UTC", WIRESHARK_CONFIG_DIR="/nonexistent")
    os.makedirs(os.path.join(REPO, "tests/golden/ek"), exist_ok=True)
    samples = sorted(glob.glob(os.path.join(REPO, "samples/*.pcap")) + glob.glob(os.path.join(REPO, "samples/*.pcapng")))
    for pcap in samples:
        keyfile = os.path.splitext(pcap)[0] + ".keys"
        kargs = ["-o", "tls.keylog_file:" + keyfile] if os.path.exists(keyfile) else []
        out = subprocess.run(
            ["tshark", "-n", "-r", pcap, "-o", "tcp.relative_sequence_numbers:TRUE",
             "--enable-protocol", "communityid", *kargs, "-T", "ek"],
            capture_output=True, text=True, env=env, check=True).stdout.splitlines()
        frames = []
        for action, doc in zip(out[0::2], out[1::2]):
            a = json.loads(action)
            d = json.loads(doc, object_pairs_hook=merge)
            paths = {k: v for k, v in flat(d["layers"], "layers", {}).items() if k.split(".")[-1] in ks}
            paths["_index"] = [a["index"]["_index"]]
            paths["timestamp"] = [d["timestamp"]]
            frames.append(paths)
        name = os.path.basename(pcap)
        with open(os.path.join(REPO, "tests/golden/ek", name + ".json"), "w") as f:
            f.write("[\n" + ",\n".join(json.dumps(fr, sort_keys=True, ensure_ascii=False) for fr in frames) + "\n]\n")
        print(name, len(frames))


main()
