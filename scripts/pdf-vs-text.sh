#!/usr/bin/env bash
# How much reading a PDF costs the alignment: typesets the bundled English, Swedish and Dutch
# texts as PDFs (fpdf2, DejaVu Serif 11 pt, A4, a running head and page numbers), aligns the
# PDFs and the plain texts at sentence level, and prints (1) the share of the plain-text
# alignment's sentence beads the PDF alignment also makes, and (2) how many sentences the PDF
# reader splits differently from the plain-text reader.
#
# Needs: python3 with venv (fpdf2 is installed from PyPI into $PDF_VENV, default
# target/pdf-venv), the DejaVu fonts (Debian: fonts-dejavu-core). Run from the project root:
#   scripts/pdf-vs-text.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv=${PDF_VENV:-$root/target/pdf-venv}
font=/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
[ -f "$font" ] || { echo "pdf-vs-text: needs $font (apt-get install fonts-dejavu-core)"; exit 2; }
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import fpdf" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q fpdf2
fi
cargo build -q
bin=$root/target/debug/transdiff
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

for name in en.original sv.rendering nl.rendering; do
  "$venv/bin/python" - "texts/$name.txt" "$work/$name.pdf" "$name" "$font" <<'PY'
import sys
from fpdf import FPDF
src, out, title, font = sys.argv[1:5]
class Page(FPDF):
    def header(self):
        self.set_font("dv", size=8); self.cell(0, 6, title, align="C"); self.ln(8)
    def footer(self):
        self.set_y(-12); self.set_font("dv", size=8); self.cell(0, 6, str(self.page_no()), align="C")
pdf = Page(format="A4"); pdf.add_font("dv", fname=font)
pdf.add_page(); pdf.set_font("dv", size=11)
for para in open(src, encoding="utf-8").read().split("\n"):
    para = " ".join(para.split())
    if para:
        pdf.multi_cell(0, 5.5, para); pdf.ln(7)
pdf.output(out)
PY
done

for r in sv nl; do
  "$bin" align texts/en.original.txt "texts/$r.rendering.txt" --lexicon none --format tsv --level sentence --out "$work/txt.$r" 2>/dev/null
  "$bin" align "$work/en.original.pdf" "$work/$r.rendering.pdf" --lexicon none --format tsv --level sentence --out "$work/pdf.$r" 2>/dev/null
done
python3 - "$work" <<'PY'
import csv, glob, re, sys
work = sys.argv[1]
def beads(folder):
    [path] = glob.glob(f"{folder}/*.tsv")
    norm = lambda s: re.sub(r"\W+", "", s).lower()
    rows = csv.reader(open(path, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)
    return {(norm(r[0]), norm(r[1]), r[2]) for r in rows if r and r[0] != "source"}
for r in ["sv", "nl"]:
    plain, pdf = beads(f"{work}/txt.{r}"), beads(f"{work}/pdf.{r}")
    print(f"{r}: {len(plain & pdf)} of {len(plain)} plain-text sentence beads also in the PDF alignment ({len(plain & pdf) / len(plain):.1%})")
PY
norm() { grep -E "^ +[0-9]+ +[0-9]+: " | sed -E 's/^ +[0-9]+ +[0-9]+: //' | tr -d '[:punct:] '; }
for name in en.original sv.rendering nl.rendering; do
  "$bin" split "$work/$name.pdf" | norm >"$work/p.$name"
  "$bin" split "texts/$name.txt" | norm >"$work/t.$name"
  echo "$name: $(diff "$work/t.$name" "$work/p.$name" | grep -c '^<' || true) of $(wc -l <"$work/t.$name") sentences split differently from the plain text"
done
