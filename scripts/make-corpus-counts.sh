#!/usr/bin/env bash
# For every file under the corpus dir (recursively, any extension except .md)
# record how many frames tshark prints before stopping and whether tshark
# reported an error (exit status != 0 or anything on stderr, ignoring tshark's
# "Running as user root" warning), into tests/golden/corpus_counts.tsv:
#   path<TAB>frames<TAB>tshark_error     (path relative to the corpus root)
#
# usage: scripts/make-corpus-counts.sh [corpus-dir]   (default ../shared/corpus)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPUS=${1:-$REPO/../shared/corpus}
CORPUS=$(cd "$CORPUS" && pwd)
OUT="$REPO/tests/golden/corpus_counts.tsv"

TMP=$(mktemp -d /tmp/osidump-corpus.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export WIRESHARK_CONFIG_DIR="$TMP"    # default preferences only

mkdir -p "$(dirname "$OUT")"
{
    printf 'path\tframes\ttshark_error\n'
    while IFS= read -r -d '' f; do
        rel=${f#"$CORPUS"/}
        set +e
        frames=$(timeout 120 tshark -r "$f" -T fields -e frame.number 2>"$TMP/err" | wc -l)
        rc=${PIPESTATUS[0]}
        set -e
        grep -v '^Running as user "root" and group "root". This could be dangerous.$' \
            "$TMP/err" >"$TMP/err2" || true
        if [ "$rc" -ne 0 ] || [ -s "$TMP/err2" ]; then err=1; else err=0; fi
        printf '%s\t%s\t%s\n' "$rel" "$frames" "$err"
    done < <(find "$CORPUS" -type f ! -name '*.md' -print0 | LC_ALL=C sort -z)
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote ${OUT#"$REPO"/}: $(($(wc -l <"$OUT") - 1)) files," \
    "$(awk -F'\t' 'NR>1 && $3==1' "$OUT" | wc -l) with tshark errors" >&2
