#!/usr/bin/env bash
# tests/golden/x509_corpus.tsv: tshark's view of the corpus captures that
# carry certificates (or a CertificateRequest's CA names), for
# tests/x509_corpus.rs (which needs no tshark):
#     protocols<TAB>path<TAB>frame<TAB>frame.protocols
#         for each frame with tls.handshake.certificate or tls.handshake.dname
#     filter<TAB>path<TAB>expression<TAB>frames tshark -Y selects (comma-separated)
#
# usage: scripts/make-x509-goldens.sh [corpus-dir]   (default ../shared/corpus)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPUS=${1:-$REPO/../shared/corpus}
CORPUS=$(cd "$CORPUS" && pwd)
TMP=$(mktemp -d /tmp/osidump-x509.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export WIRESHARK_CONFIG_DIR="$TMP" HOME="$TMP" TZ=UTC   # default preferences only

FILTERS=(
    'x509sat.printableString == "US"'
    'x509sat.CountryName == "US"'
    'x509ce.dNSName contains "google"'
    'x509af.algorithm.id == 1.2.840.113549.1.1.5'
    'x509af.extension.id == 2.5.29.17'
    'x509if.oid == 2.5.4.3'
    'x509ce.cA'
    'x509ce.cA == 1'
    'x509ce.KeyUsage.keyCertSign == 1'
    'x509af.version == 2'
    'x509af.utcTime contains "2015"'
    'pkix1implicit.accessMethod == 1.3.6.1.5.5.7.48.1'
    'x509ce.uniformResourceIdentifier contains "crl"'
    'x509ce.pathLenConstraint == 0'
    'x509af.serialNumber == 01'
    'pkcs1.publicExponent == 65537'
    'tls.handshake.dname'
)
OUT="$REPO/tests/golden/x509_corpus.tsv"
{
    printf 'kind\tpath\tkey\tvalue\n'
    while IFS= read -r -d '' f; do
        rel=${f#"$CORPUS"/}
        frames=$(timeout 300 tshark -n -r "$f" -Y 'tls.handshake.certificate or tls.handshake.dname' \
            -T fields -e frame.number -e frame.protocols 2>/dev/null || true)
        [ -n "$frames" ] || continue
        printf '%s\n' "$frames" | awk -F'\t' -v rel="$rel" '{ printf "protocols\t%s\t%s\t%s\n", rel, $1, $2 }'
        for e in "${FILTERS[@]}"; do
            sel=$(tshark -n -r "$f" -Y "$e" -T fields -e frame.number 2>/dev/null | paste -sd, -)
            printf 'filter\t%s\t%s\t%s\n' "$rel" "$e" "$sel"
        done
    done < <(find "$CORPUS" -type f ! -name '*.md' -print0 | LC_ALL=C sort -z)
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote ${OUT#"$REPO"/}: $(($(wc -l <"$OUT") - 1)) rows" >&2
