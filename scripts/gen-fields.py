#!/usr/bin/env python3
"""Print Rust field declarations for Wireshark fields, from tshark's registry.

    scripts/gen-fields.py MODULE FIELD...

writes `pub mod MODULE { ... }` with one `pub static` FieldDef per FIELD:
tshark's type, base, bitmask, title, blurb and value names (`-G values`),
ready to paste into the protocol's `fields.rs`. Constants are named after the
field with the module's prefix dropped (`ip.flags.df` in `ip` is FLAGS_DF).

Run it when a decoder starts emitting a field: the declaration then agrees
with tshark by construction, and tests/registry.rs keeps it that way against
tests/golden/tshark-fields.tsv (refresh that file with --extract).

    scripts/gen-fields.py --extract [OSIDUMP] > tests/golden/tshark-fields.tsv

prints tshark's `-G fields` lines for every Wireshark field the registry
declares (asks OSIDUMP, default target/debug/osidump, for `fields -T tsv`).
"""
import os
import re
import subprocess
import sys


def tshark(kind):
    env = dict(os.environ, WIRESHARK_CONFIG_DIR="/nonexistent")
    out = subprocess.run(
        ["tshark", "-G", kind], capture_output=True, text=True, env=env, check=True
    ).stdout
    return out.splitlines()


def rust_str(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


FT = {
    "FT_NONE": "None",
    "FT_PROTOCOL": "Protocol",
    "FT_BOOLEAN": "Boolean",
    "FT_CHAR": "Char",
    "FT_UINT8": "Uint8",
    "FT_UINT16": "Uint16",
    "FT_UINT24": "Uint24",
    "FT_UINT32": "Uint32",
    "FT_UINT40": "Uint40",
    "FT_UINT48": "Uint48",
    "FT_UINT56": "Uint56",
    "FT_UINT64": "Uint64",
    "FT_INT8": "Int8",
    "FT_INT16": "Int16",
    "FT_INT24": "Int24",
    "FT_INT32": "Int32",
    "FT_INT64": "Int64",
    "FT_FLOAT": "Float",
    "FT_DOUBLE": "Double",
    "FT_ABSOLUTE_TIME": "AbsoluteTime",
    "FT_RELATIVE_TIME": "RelativeTime",
    "FT_STRING": "String",
    "FT_STRINGZ": "StringZ",
    "FT_STRINGZPAD": "StringZPad",
    "FT_UINT_STRING": "UintString",
    "FT_ETHER": "Ether",
    "FT_BYTES": "Bytes",
    "FT_UINT_BYTES": "UintBytes",
    "FT_IPv4": "Ipv4",
    "FT_IPv6": "Ipv6",
    "FT_FRAMENUM": "FrameNum",
    "FT_GUID": "Guid",
    "FT_OID": "Oid",
    "FT_EUI64": "Eui64",
    "FT_SYSTEM_ID": "SystemId",
}
INTEGER = {k for k in FT if re.match(r"FT_U?INT\d+$|FT_CHAR|FT_FRAMENUM", k)}
BASES = {
    "BASE_DEC": "Dec",
    "BASE_HEX": "Hex",
    "BASE_OCT": "Oct",
    "BASE_DEC_HEX": "DecHex",
    "BASE_HEX_DEC": "HexDec",
    "BASE_PT_TCP": "PtTcp",
    "BASE_PT_UDP": "PtUdp",
    "BASE_PT_SCTP": "PtSctp",
    "BASE_PT_DCCP": "PtDccp",
    "BASE_NONE": "None",
    "BASE_CUSTOM": "Custom",
    "BASE_OUI": "Oui",
}


def const_name(module, field):
    parts = field.split(".")
    if parts[0] == module and len(parts) > 1:
        parts = parts[1:]
    elif parts[0] == "osidump" and len(parts) > 2 and parts[1] == module:
        parts = ["osidump"] + parts[2:]
    return re.sub(r"[^A-Za-z0-9]", "_", "_".join(parts)).upper()


def num(s):
    # FT_CHAR value names come as C character literals: 'D', '\x06'.
    if len(s) >= 3 and s[0] == s[-1] == "'":
        return ord(s[1:-1].encode().decode("unicode_escape"))
    return int(s, 0)


def extract(names):
    wanted = set(names)
    for line in tshark("fields"):
        cols = line.split("\t")
        if cols[0] in ("F", "P") and len(cols) > 2 and cols[2] in wanted:
            print(line)


def main(argv):
    if argv[:1] == ["--extract"]:
        exe = argv[1] if len(argv) > 1 else "target/debug/osidump"
        out = subprocess.run(
            [exe, "fields", "-T", "tsv"], capture_output=True, text=True, check=True
        ).stdout
        names = [l.split("\t")[2] for l in out.splitlines() if l.count("\t") >= 2]
        extract(n for n in names if not n.startswith("osidump."))
        return
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    module, fields = argv[0], argv[1:]
    defs = {}
    for line in tshark("fields"):
        cols = line.split("\t")
        if cols[0] == "F" and len(cols) >= 8:
            defs[cols[2]] = ("F", cols[1], cols[3], cols[4], cols[5], cols[6], cols[7])
        elif cols[0] == "P" and len(cols) >= 3:
            defs.setdefault(cols[2], ("P", cols[1], "FT_PROTOCOL", cols[2], "", "0x0", ""))
    wanted = set(fields)
    vals, ranges, tfs = {}, {}, {}
    for line in tshark("values"):
        cols = line.split("\t")
        if len(cols) < 3 or cols[1] not in wanted:
            continue
        if cols[0] in ("V", "V64") and len(cols) >= 4:
            vals.setdefault(cols[1], []).append((num(cols[2]), cols[3]))
        elif cols[0] == "R" and len(cols) >= 5:
            ranges.setdefault(cols[1], []).append((num(cols[2]), num(cols[3]), cols[4]))
        elif cols[0] == "T" and len(cols) >= 4:
            tfs[cols[1]] = (cols[2], cols[3])

    tables = {}  # table contents -> const name, shared within the module
    body = []
    statics = []
    for field in fields:
        if field not in defs:
            print(f"// {field}: not a tshark field", file=sys.stderr)
            continue
        _, title, ftype, proto, base, mask, blurb = defs[field]
        const = const_name(module, field)
        expr = f"F::new({rust_str(field)}, {FT[ftype]}, {rust_str(title)})"
        if ftype in INTEGER and base in BASES and base != "BASE_DEC":
            expr += f".base(Base::{BASES[base]})"
        elif ftype == "FT_BOOLEAN" and base.isdigit() and base != "0":
            expr += f".base(Base::Bits({base}))"
        if mask not in ("", "0x0", "0"):
            expr += f".mask({mask})"
        if field in vals:
            # Fields registered twice under one name (tls.handshake.type
            # for SSLv2 and TLS) list each table in turn: take the largest.
            blocks, seen = [[]], set()
            for v, n in vals[field]:
                if v in seen:
                    blocks.append([])
                    seen = set()
                seen.add(v)
                blocks[-1].append((v, n))
            items = sorted(max(blocks, key=len))
            key = ("V", tuple(items))
            if key not in tables:
                tables[key] = f"{const}_VALS"
                rows = "".join(f"    ({v:#x}, {rust_str(n)}),\n" if base in ("BASE_HEX", "BASE_HEX_DEC") else f"    ({v}, {rust_str(n)}),\n" for v, n in items)
                body.append(f"const {const}_VALS: &[(u64, &str)] = &[\n{rows}];\n")
            expr += f".vals({tables[key]})"
        elif field in ranges:
            items = ranges[field]
            key = ("R", tuple(items))
            if key not in tables:
                tables[key] = f"{const}_RANGES"
                rows = "".join(f"    ({a:#x}, {b:#x}, {rust_str(n)}),\n" for a, b, n in items)
                body.append(f"const {const}_RANGES: &[(u64, u64, &str)] = &[\n{rows}];\n")
            expr += f".names(Names::Ranges({tables[key]}))"
        elif field in tfs:
            yes, no = tfs[field]
            expr += f".tfs({rust_str(yes)}, {rust_str(no)})"
        if blurb:
            expr += f".blurb({rust_str(blurb)})"
        if proto and proto != field.split(".")[0]:
            expr += f".in_proto({rust_str(proto)})"
        statics.append((const, expr))
    print(f"pub mod {module} {{")
    print("    #[allow(unused_imports)]")
    print("    use crate::dissect::field::{Base, FieldDef as F, FieldType::*, Names};")
    print("    use crate::field;")
    print()
    for const, expr in statics:
        print(f"    pub static {const}: &F = field!({expr});")
    print()
    print("    pub static ALL: &[&F] = &[")
    for const, _ in statics:
        print(f"        {const},")
    print("    ];")
    for b in body:
        print()
        print("    " + b.replace("\n", "\n    ").rstrip())
    print("}")


if __name__ == "__main__":
    main(sys.argv[1:])
