#!/bin/sh
# Display filters from Wireshark's own display-filter test suite
# (test/suite_dfilter/group_*.py in wireshark/wireshark), checked against
# tshark 4.0. The suite's expressions are kept as written where osidump
# decodes their fields, and rewritten on fields of the same type and with
# the same operator where it does not (ipx.src.node -> eth.src, a FT_INT8
# on ntp.precision, a FT_DOUBLE on icmp.resptime, ...); values are those
# of our samples. Newer syntax the suite tests (xor, @raw, vals(),
# double()) is refused by tshark 4.0, so it must be by us too.
#
#   scripts/make-filter-suite-goldens.sh   writes tests/golden/filters_suite.tsv
#
# The same for another list of expressions, tests/data/NAME.txt to
# tests/golden/NAME.tsv:
#
#   scripts/make-filter-suite-goldens.sh filters_public
#
# (filters_public: what users write, from wireshark-filter(4), the User's
# Guide, the filter buttons, colouring rules and macros Wireshark ships,
# tshark(1), cheat-sheets, and typo-like and edge forms.)
#
# tests/data/NAME.txt lists the expressions, tab-separated (lines starting
# with # are comments; an expression may have a row for each of several
# samples):
#   SAMPLE  EXPR   tshark takes EXPR: the golden row holds the frames it
#                  selects on samples/SAMPLE
#   -       EXPR   tshark refuses EXPR: the row holds its message
#   !       EXPR   tshark takes EXPR, we cannot answer it as tshark would:
#                  we must refuse it with "not supported: ..."
# The rows have the form of tests/golden/filters_checked.tsv (SAMPLE EXPR
# FRAMES | - EXPR REFUSED: MSG | - EXPR NOT SUPPORTED), which
# tests/filter_equivalence.rs reads (no tshark at test time).
set -eu
cd "$(dirname "$0")/.."
command -v tshark >/dev/null || { echo "tshark not found" >&2; exit 1; }
name=${1:-filters_suite}
out=tests/golden/$name.tsv
tmp=$(mktemp)
tab=$(printf '\t')
while IFS="$tab" read -r s e; do
    case "$s" in
    '#'*) ;;
    -)
        if msg=$(tshark -n -r samples/http.pcap -Y "$e" -c 1 2>&1 >/dev/null); then
            echo "tshark takes an expression listed as refused: $e" >&2
            exit 1
        fi
        printf -- '-\t%s\tREFUSED: %s\n' "$e" "$(printf '%s\n' "$msg" | grep -v '^Running as' | head -1 | sed 's/^tshark: //')"
        ;;
    !)
        tshark -n -r samples/http.pcap -Y "$e" -c 1 >/dev/null 2>&1 || {
            echo "tshark refuses an expression listed as not supported by us: $e" >&2
            exit 1
        }
        printf -- '-\t%s\tNOT SUPPORTED\n' "$e"
        ;;
    *)
        frames=$(tshark -n -r "samples/$s" -Y "$e" -T fields -e frame.number 2>/dev/null) || {
            echo "tshark refuses an expression listed as taken: $e" >&2
            exit 1
        }
        printf '%s\t%s\t%s\n' "$s" "$e" "$(echo "$frames" | paste -sd, -)"
        ;;
    esac
done <"tests/data/$name.txt" >"$tmp"
mv "$tmp" "$out"
echo "$out: $(wc -l <"$out") rows ($(tshark --version | head -1))" >&2
