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
