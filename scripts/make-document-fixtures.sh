#!/usr/bin/env bash
# Makes the document fixtures under tests/data/documents/ with real converters, once; the files are
# committed, so tests need neither pandoc nor Python. Run from the project's root:
#   scripts/make-document-fixtures.sh            # pandoc fixtures (DOCX, ODT, HTML, EPUB, Markdown)
#   TTK=/path/to/venv scripts/make-document-fixtures.sh   # also the bilingual ones (translate-toolkit)
# Needs pandoc (Debian's `pandoc`); for the bilingual fixtures a venv with `pip install translate-toolkit`
# and a built transdiff (target/debug or target/release).
set -euo pipefail
out=tests/data/documents
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# The bundled texts as HTML, a paragraph a line and the first line as the title heading: the shape
# an editor's export has. pandoc then writes each format from it.
to_html() { # lang text.txt > html
  printf '<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"></head>\n<body>\n' "$1"
  awk 'NF { gsub(/&/, "\\&amp;"); gsub(/</, "\\&lt;"); gsub(/>/, "\\&gt;"); sub(/^[ \t]+/, ""); sub(/[ \t]+$/, "");
            if (n++ == 0) print "<h1>" $0 "</h1>"; else print "<p>" $0 "</p>" }' "$2"
  printf '</body>\n</html>\n'
}
for pair in en:en.original nl:nl.rendering sv:sv.rendering; do
  lang=${pair%%:*}; name=${pair#*:}
  to_html "$lang" "texts/$name.txt" > "$tmp/$name.html"
  pandoc --quiet -f html -t docx "$tmp/$name.html" -o "$out/$name.docx"
  pandoc --quiet -f html -t odt "$tmp/$name.html" -o "$out/$name.odt"
  pandoc --quiet -f html -t epub3 --metadata title="$name" --metadata lang="$lang" "$tmp/$name.html" -o "$out/$name.epub"
  pandoc --quiet -f html -t commonmark "$tmp/$name.html" -o "$out/$name.md"
  pandoc --quiet -s -f html -t html5 --metadata pagetitle="$name" --metadata lang="$lang" "$tmp/$name.html" -o "$out/$name.html"
done

# A small document with every paragraph kind, tracked changes and a field (the table of contents):
# the structure the readers must keep.
for f in docx odt html epub md; do
  opts=(); [ $f = docx ] && opts=(--toc)
  [ $f = html ] && opts=(-s)
  to=$f; [ $f = md ] && to=commonmark
  (cd "$out" && pandoc --quiet "${opts[@]}" -f markdown -t $to --metadata title="Structure" --metadata lang=en \
    structure.src.md -o "structure.$f")
done

# A DOCX with no text, only an image: what a scanned letter pasted into Word looks like.
(cd "$out" && pandoc --quiet -f markdown -t docx image-only.src.md -o image-only.docx)

# Bilingual files made by translate-toolkit from the bundled English–Dutch alignment, as an agency's
# tools would hand them over: sentence pairs → CSV → PO (csv2po) → XLIFF (po2xliff), TMX (po2tmx).
if [ -n "${TTK:-}" ]; then
  bin=target/release/transdiff; [ -x "$bin" ] || bin=target/debug/transdiff
  "$bin" align texts/en.original.txt texts/nl.rendering.txt --format tsv --level sentence --lexicon none |
    python3 -c '
import csv, sys
r = csv.reader(sys.stdin, delimiter="\t"); next(r)
w = csv.writer(open(sys.argv[1], "w", newline="", encoding="utf-8"))
w.writerow(["location", "source", "target"])
for i, row in enumerate(r):
    if row[2] == "match" and row[0] and row[1]:
        w.writerow([f"bead{i}", row[0].replace("\\n", " "), row[1].replace("\\n", " ")])' "$tmp/pairs.csv"
  "$TTK/bin/csv2po" --progress=none "$tmp/pairs.csv" "$out/en-nl.po"
  "$TTK/bin/po2xliff" --progress=none "$out/en-nl.po" "$out/en-nl.xlf"
  "$TTK/bin/po2tmx" --progress=none -l nl "$out/en-nl.po" "$out/en-nl.tmx"
  "$TTK/bin/po2csv" --progress=none "$out/en-nl.po" "$tmp/back.csv"
  python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))[1:]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for row in rows:
        f.write(row[1].replace("\t", " ") + "\t" + row[2].replace("\t", " ") + "\n")' "$tmp/back.csv" "$out/en-nl.tsv"
fi
