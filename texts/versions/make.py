#!/usr/bin/env python3
"""Writes the v2 versions of texts/en.original.txt used by `transdiff update` tests.

Each edit is a literal replacement that must match exactly once, so a change to the
original breaks this script instead of silently making a different version.
Run from the repository root: python3 texts/versions/make.py
"""
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
v1 = (root / "texts/en.original.txt").read_text(encoding="utf-8")


def edit(text, old, new):
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def paragraph(text, start):
    """The whole line (paragraph) that starts with `start`."""
    lines = [l for l in text.split("\n") if l.startswith(start)]
    assert len(lines) == 1, start
    return lines[0]


# figures: three figures corrected, nothing else.
t = v1
t = edit(t, "the 3500km wide country", "the 3000km wide country")
t = edit(t, "from 50% in 2019 to 30% now", "from 50% in 2019 to 25% now")
t = edit(t, "a reduction in the pension age to 58/60", "a reduction in the pension age to 60/63")
(root / "texts/versions/en.original.v2-figures.txt").write_text(t, encoding="utf-8")

# a Dutch rendering updated on its own: it already says 25%.
nl = (root / "texts/nl.rendering.txt").read_text(encoding="utf-8")
nl = edit(nl, "van 50% in 2019 tot 30% nu", "van 50% in 2019 tot 25% nu")
(root / "texts/versions/nl.rendering-25.txt").write_text(nl, encoding="utf-8")

# edits: a paragraph deleted, two inserted, sentences reworded, a paragraph moved, one split.
t = v1
t = edit(t, paragraph(t, "Nevertheless, compared to the very spontaneous") + "\n\n", "")
leader = paragraph(t, "Leader of the Russian “Communists”")
t = edit(t, leader + "\n", leader + "\n\n"
         "Kremlin-backed media have since repeated these claims almost word for word, while independent "
         "journalists in Almaty report that their websites are being blocked.\n")
organised = paragraph(t, "If the movement is able to develop further")
t = edit(t, organised + "\n", organised + "\n\n"
         "Several local trade unions have already announced open meetings in Zhanaozen and Aktau to discuss "
         "these questions.\n")
t = edit(t, "He claims to be the strongest supporter of democracy in the region.",
         "He likes to present himself as the region’s strongest defender of democracy.")
t = edit(t, "To do this it needs to be more organised,", "To achieve this it needs to be better organised,")
moved = paragraph(t, "Of course, in Russian nationalist circles")
t = edit(t, moved + "\n\n", "")
prop = paragraph(t, "For fear of discontent spilling over into Russia")
t = edit(t, prop + "\n", prop + "\n\n" + moved + "\n")
t = edit(t, "restore order and the status quo. There have already been many killed",
         "restore order and the status quo.\n\nThere have already been many killed")
(root / "texts/versions/en.original.v2-edits.txt").write_text(t, encoding="utf-8")

# sentences: one sentence split, two merged, a typo fixed, a heading reworded, a figure changed.
t = v1
t = edit(t, "assuage the mass of protesters who, although they had been chanting “Shal, ket!” — “Grandad — go!”, could",
         "assuage the mass of protesters. Although they had been chanting “Shal, ket!” — “Grandad — go!”, they could")
t = edit(t, "relinquish the levers of power. Although Tokayev became President,",
         "relinquish the levers of power, and although Tokayev became President,")
t = edit(t, "uneducated red-necks", "uneducated rednecks")
t = edit(t, "\nLeadership vacuum\n", "\nA leadership vacuum\n")
t = edit(t, "have drawn up a list of 5 demands.", "have drawn up a list of 6 demands.")
(root / "texts/versions/en.original.v2-sentences.txt").write_text(t, encoding="utf-8")
