#!/usr/bin/env bash
# Regenerates the alignments of the bundled texts committed in alignments/.
#
#   alignments/regenerate.sh            # rewrite alignments/*.json, *.tsv, *.tmx
#   alignments/regenerate.sh OUT_DIR    # write them elsewhere
#
# tests/alignments_fresh.rs runs this script into a temporary directory (with
# TRANSDIFF pointing at the test build) and fails when the result differs from
# the committed files; run it whenever the segmenter, aligner or formats change.
# `--lexicon none` keeps the files independent of which dictionaries a machine
# has installed, so the check gives the same answer everywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-alignments}"
if [ -n "${TRANSDIFF:-}" ]; then
  transdiff=("$TRANSDIFF")
else
  transdiff=(cargo run --quiet --)
fi
"${transdiff[@]}" align texts/en.original.txt texts/sv.rendering.txt texts/nl.rendering.txt \
  --lexicon none --format json,tsv,tmx --out "$out"
