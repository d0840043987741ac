#!/usr/bin/env bash
# Write the outputs of many transdiff commands on the bundled texts (and Text+Berg / Debian
# data) into DIR, so two builds can be compared with `diff -r`.
# usage: scripts/outputs.sh BINARY DIR   (from the checkout root: uses its texts/)
# A refactoring that changes no behaviour leaves `diff -r` of two such folders with timing lines only.
set -u
bin=$(realpath "$1"); out=$2; mkdir -p "$out"; out=$(realpath "$out")
t=texts
run() { local name=$1; shift; "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err"; echo "exit $?" >>"$out/$name.err"; }
run split-en split $t/en.original.txt
run split-sv split $t/sv.rendering.txt
for r in sv nl; do
  for f in json tsv tmx; do run align-$r-$f align $t/en.original.txt $t/$r.rendering.txt --format $f --level sentence ; done
  run explain-$r align $t/en.original.txt $t/$r.rendering.txt --explain
  run figures-$r figures $t/en.original.txt $t/$r.rendering.txt
  run figures-$r-json figures $t/en.original.txt $t/$r.rendering.txt --format json
  run lexnone-$r align $t/en.original.txt $t/$r.rendering.txt --lexicon none --format tsv 
done
run unrelated align $t/en.original.txt $t/en.article-unrelated.txt --format tsv 
run unrelated-sv align $t/en.original.txt $t/sv.magazine-unrelated.txt --format tsv 
run many align $t/en.original.txt $t/sv.rendering.txt $t/nl.rendering.txt --format tsv 
tmp=/tmp/transdiff-outputs; mkdir -p $tmp   # a fixed path: the outputs name it
zcat /usr/share/debian-reference/debian-reference.en.txt.gz > $tmp/ref.en.txt 2>/dev/null
zcat /usr/share/debian-reference/debian-reference.de.txt.gz > $tmp/ref.de.txt 2>/dev/null
run debref-de align $tmp/ref.en.txt $tmp/ref.de.txt --format tsv 
run debref-de-fig figures $tmp/ref.en.txt $tmp/ref.de.txt
tb=../shared/bench
if [ -d "$tb" ]; then
  run bench-omissions bench omissions
  run bench-figures bench figures
  run bench-textberg bench textberg
fi
# timings vary: strip lines with 'ms'/' s ' from bench outputs before comparing
rm -rf "$tmp"
echo "wrote $out"
