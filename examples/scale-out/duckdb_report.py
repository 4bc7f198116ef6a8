#!/usr/bin/env python3
"""Query a Parquet dataset made by to-parquet.sh with DuckDB, on one machine:
top talkers (IP endpoints by bytes), DNS names (queries, responses) and TLS
client hellos by JA4 and SNI. The figures are `osidump stats`'s for the same
captures (tests/scale_out.rs compares them).

    pip install duckdb
    duckdb_report.py DATASET [--top N] [--json]

Columns are named with Wireshark's dotted names: quote them ("ip.src").
Fields of the session layer and above are lists (a frame may carry several
DNS or TLS messages): [1] is the frame's first message.
"""
import argparse
import json

import duckdb

QUERIES = {
    # Every IP endpoint: packets and bytes sent plus received (a packet to
    # itself is both), as `osidump stats` lists endpoints.
    "top_talkers": """
        with e as (
            select "ip.src" as addr, "frame.len" as len from packets where "ip.src" is not null
            union all
            select "ip.dst", "frame.len" from packets where "ip.dst" is not null
            union all
            select "ipv6.src", "frame.len" from packets where "ipv6.src" is not null
            union all
            select "ipv6.dst", "frame.len" from packets where "ipv6.dst" is not null
        )
        select addr, count(*) as packets, sum(len) as bytes
        from e group by addr order by bytes desc, addr""",
    # Each DNS message by the name it asks about (the root is <Root>).
    "dns_names": """
        select coalesce(nullif("dns.qry.name"[1], ''), '<Root>') as name,
               count(*) filter (where not "dns.flags.response"[1]) as queries,
               count(*) filter (where "dns.flags.response"[1]) as responses
        from packets where len("dns.qry.name") > 0
        group by name order by queries + responses desc, name""",
    # TLS client hellos by fingerprint and server name.
    "sni_by_ja4": """
        select coalesce("tls.handshake.ja4"[1], '') as ja4,
               coalesce("tls.handshake.extensions_server_name"[1], '') as sni,
               count(*) as hellos
        from packets where list_contains("tls.handshake.type", 1)
        group by ja4, sni order by hellos desc, ja4, sni""",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--json", action="store_true", help="every row, as JSON")
    args = ap.parse_args()
    con = duckdb.connect()
    glob = (args.dataset.rstrip("/") + "/**/*.parquet").replace("'", "''")
    con.execute(
        f"create view packets as select * from read_parquet('{glob}', hive_partitioning = true)"
    )
    result = {name: con.execute(q).fetchall() for name, q in QUERIES.items()}
    if args.json:
        print(json.dumps({k: [list(r) for r in v] for k, v in result.items()}))
        return
    for name, rows in result.items():
        print(f"== {name}")
        for r in rows[: args.top]:
            print("  " + "  ".join(str(x) for x in r))


main()
