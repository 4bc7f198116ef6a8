#!/usr/bin/env bash
# tests/golden/fields_corpus.tsv: tshark's `-T fields` value of every field of
# tests/golden/CORPUS_FIELDS on every frame of every corpus capture, one row
# per non-empty cell:
#     path<TAB>frame<TAB>field<TAB>value
# (the value as tshark prints the cell: occurrences joined by ','). Compared
# by tests/fields_corpus.rs, which needs no tshark.
#
# usage: scripts/make-fields-corpus-goldens.sh [corpus-dir]   (default ../shared/corpus)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPUS=${1:-$REPO/../shared/corpus}
CORPUS=$(cd "$CORPUS" && pwd)
TMP=$(mktemp -d /tmp/osidump-fieldscorpus.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export WIRESHARK_CONFIG_DIR="$TMP" HOME="$TMP" TZ=UTC   # default preferences only

mapfile -t FIELDS < <(grep -v '^#' "$REPO/tests/golden/CORPUS_FIELDS" | tr ' ' '\n' | grep -v '^$')
EARGS=()
for f in "${FIELDS[@]}"; do EARGS+=(-e "$f"); done
OUT="$REPO/tests/golden/fields_corpus.tsv"
{
    printf 'path\tframe\tfield\tvalue\n'
    while IFS= read -r -d '' f; do
        rel=${f#"$CORPUS"/}
        timeout 300 tshark -n -r "$f" -T fields "${EARGS[@]}" 2>/dev/null |
            awk -F'\t' -v rel="$rel" -v names="${FIELDS[*]}" '
                BEGIN { n = split(names, name, " ") }
                { for (i = 1; i <= n; i++) if ($i != "") printf "%s\t%d\t%s\t%s\n", rel, NR, name[i], $i }' || true
    done < <(find "$CORPUS" -type f ! -name '*.md' -print0 | LC_ALL=C sort -z)
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote ${OUT#"$REPO"/}: $(($(wc -l <"$OUT") - 1)) cells" >&2
