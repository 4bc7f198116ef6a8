#!/usr/bin/env python3
"""The same report as duckdb_report.py with Apache Spark: top talkers, DNS
names, TLS client hellos by JA4 and SNI over a Parquet dataset made by
to-parquet.sh. Runs in local mode as it is, and unchanged on a cluster:

    pip install pyspark            # and a Java runtime (Debian: default-jre-headless)
    spark-submit spark_report.py DATASET [--top N] [--json]
    python3 spark_report.py DATASET      # local mode, same thing
    spark-submit --master spark://host:7077 spark_report.py hdfs:///captures/parquet

Wireshark's dotted column names are quoted with backticks (`ip.src`).
osidump writes frame.time as TIMESTAMP(NANOS), which Spark reads as a long
(nanoseconds) with spark.sql.legacy.parquet.nanosAsLong, set here.
"""
import argparse
import json

from pyspark.sql import SparkSession

QUERIES = {
    # Packets to itself count as sent and as received, as `osidump stats`.
    "top_talkers": """
        with e as (
            select `ip.src` as addr, `frame.len` as len from packets where `ip.src` is not null
            union all
            select `ip.dst`, `frame.len` from packets where `ip.dst` is not null
            union all
            select `ipv6.src`, `frame.len` from packets where `ipv6.src` is not null
            union all
            select `ipv6.dst`, `frame.len` from packets where `ipv6.dst` is not null
        )
        select addr, count(*) as packets, sum(len) as bytes
        from e group by addr order by bytes desc, addr""",
    "dns_names": """
        select coalesce(nullif(element_at(`dns.qry.name`, 1), ''), '<Root>') as name,
               count(*) filter (where not element_at(`dns.flags.response`, 1)) as queries,
               count(*) filter (where element_at(`dns.flags.response`, 1)) as responses
        from packets where size(`dns.qry.name`) > 0
        group by 1 order by queries + responses desc, name""",
    "sni_by_ja4": """
        select coalesce(element_at(`tls.handshake.ja4`, 1), '') as ja4,
               coalesce(element_at(`tls.handshake.extensions_server_name`, 1), '') as sni,
               count(*) as hellos
        from packets where array_contains(`tls.handshake.type`, 1)
        group by 1, 2 order by hellos desc, ja4, sni""",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--json", action="store_true", help="every row, as JSON")
    args = ap.parse_args()
    spark = (
        SparkSession.builder.appName("osidump-report")
        # Wireshark's field names are case-sensitive, and some differ only
        # by case (x509sat.BMPString, the ASN.1 type; x509sat.bmpString,
        # the choice): Spark's default would call them one column twice.
        .config("spark.sql.caseSensitive", "true")
        .config("spark.sql.legacy.parquet.nanosAsLong", "true")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    spark.read.parquet(args.dataset).createOrReplaceTempView("packets")
    result = {name: [list(r) for r in spark.sql(q).collect()] for name, q in QUERIES.items()}
    if args.json:
        print(json.dumps(result))
    else:
        for name, rows in result.items():
            print(f"== {name}")
            for r in rows[: args.top]:
                print("  " + "  ".join(str(x) for x in r))
    spark.stop()


main()
