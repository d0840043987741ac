//! Layout found region by region (indented and hanging-indent wrapped text, man
//! pages, lists, quotes, tables, code), `--layout` forcing it, pinned on small real
//! excerpts (Debian Reference, man pages) and synthetic cases.

use crate::common::{read, transdiff};
use pretty_assertions::assert_eq;
use proptest::prelude::*;
use transdiff::segment::{LayoutChoice, SegmentOptions, segment_as};
use transdiff::text::ParagraphKind::{self, Body, Bullet, Code, Heading, Table};
use transdiff::text::{Document, Layout};

fn fixture(name: &str) -> Document {
    read(&format!("tests/data/segment/{name}"), None)
}

fn seg(text: &str, choice: LayoutChoice) -> Document {
    segment_as("t.txt", text.as_bytes(), &SegmentOptions::default(), choice).unwrap()
}

fn shape(doc: &Document) -> Vec<(ParagraphKind, (usize, usize))> {
    doc.paragraphs.iter().map(|p| (p.kind, p.lines)).collect()
}

#[test]
fn debian_reference_indent_with_no_break_spaces_is_one_paragraph() {
    // Lines led by "\u{a0}\u{a0}\u{a0}  " instead of four spaces continue their paragraph.
    let doc = fixture("debref-nbsp.de.txt");
    assert_eq!(doc.layout, Layout::HardWrapped);
    assert_eq!(
        shape(&doc),
        [
            (Body, (1, 1)),
            (Body, (3, 7)),
            (Body, (9, 13)),
            (Bullet, (15, 15)),
            (Body, (17, 20)),
            (Bullet, (22, 24)),
            (Bullet, (26, 27))
        ]
    );
    assert_eq!(
        doc.paragraphs[1].text,
        "Das Debian-System selbst ist ein bewegliches Ziel. Das macht es schwer, diese Dokumentation aktuell und korrekt zu halten. Obgleich die aktuelle Testing-Version des Debian-Systems beim Schreiben dieser Referenz als Basis genutzt wurde, mag einiges vom Inhalt bereits veraltet sein, wenn Sie dies lesen."
    );
}

#[test]
fn debian_reference_list_item_led_by_no_break_spaces_keeps_its_wrapped_line() {
    // "\u{a0}\u{a0}\u{a0}   * Abschnitt 1.4, …" is an item like its neighbours at six columns;
    // its wrapped line lines up with its text at column eight, and is not a heading of its own.
    let doc = fixture("debref-nbsp-items.de.txt");
    assert_eq!(doc.layout, Layout::HardWrapped);
    assert_eq!(
        shape(&doc)[6..],
        [(Body, (32, 33)), (Bullet, (35, 35)), (Bullet, (37, 37)), (Bullet, (39, 40)), (Bullet, (42, 42))]
    );
    assert_eq!(
        doc.paragraphs[9].text,
        "Abschnitt\u{a0}1.4, „Die grundlegende Unix-ähnliche Arbeitsumgebung“"
    );
}

#[test]
fn a_line_led_by_a_word_held_by_no_break_spaces_continues_its_paragraph() {
    // "«\u{a0}Dépendances" could not be broken at its no-break space: it had to fit on the
    // line above as a whole, so that line was full and the paragraph goes on.
    let doc = fixture("debref-nbsp-word.fr.txt");
    assert_eq!(doc.layout, Layout::HardWrapped);
    assert_eq!(doc.paragraphs[6].lines, (28, 32));
    assert!(
        doc.paragraphs[6]
            .text
            .ends_with("(consultez Section\u{a0}2.1.6, «\u{a0}Dépendances des paquets\u{a0}»).")
    );
}

#[test]
fn contents_entries_are_one_paragraph_each_with_their_number() {
    // A table of contents: each "1.1.5. Title" line starts an entry though the line above
    // does not end a sentence; a wrapped title goes on under its number; the number stays in
    // the entry's one sentence.
    let doc = fixture("debref-contents.de.txt");
    assert_eq!(doc.layout, Layout::HardWrapped);
    let entries: Vec<(ParagraphKind, (usize, usize))> = shape(&doc)[21..28].to_vec();
    assert_eq!(
        entries,
        [
            (Bullet, (38, 38)),
            (Bullet, (39, 39)),
            (Bullet, (40, 40)),
            (Bullet, (41, 41)),
            (Bullet, (42, 42)),
            (Bullet, (43, 44)),
            (Bullet, (45, 45))
        ]
    );
    assert_eq!(
        doc.paragraphs[26].text,
        "1.1.5. Systemadministrations-Werkzeuge mit grafischer Oberfläche (GUI)"
    );
    assert_eq!(doc.paragraphs[26].sentences.len(), 1);
}

#[test]
fn debian_reference_table_and_code_are_blocks() {
    let doc = fixture("debref-table.de.txt");
    assert_eq!(
        shape(&doc),
        [
            (Body, (2, 8)),
            (Code, (10, 13)),
            (Body, (15, 16)),
            (Body, (18, 18)),
            (Table, (20, 45)),
            (Body, (48, 49))
        ]
    );
    // Never split into sentences; rows kept as lines, less their common indent.
    assert_eq!(doc.paragraphs[1].sentences.len(), 1);
    assert_eq!(doc.paragraphs[1].text, "# apt-get update\n...\n# apt-get install mc vim sudo aptitude\n ...");
    let table = &doc.paragraphs[4];
    assert_eq!(table.sentences.len(), 1);
    assert_eq!(table.text.lines().count(), 26);
    assert!(table.text.lines().all(|row| row.starts_with(['+', '|'])), "{}", table.text);
    assert_eq!(
        table.text.lines().nth(1),
        Some("|  Paket  |Popcon|Größe|              Beschreibung              |")
    );
    // The row led by no-break spaces sits with the others.
    assert_eq!(
        table.text.lines().nth(12),
        Some("|---------+------+-----+----------------------------------------|")
    );
    // File offsets still point at the rows.
    let s = &doc.sentences[table.sentences.start];
    assert_eq!(table.line_at(table.text.find("|mc").unwrap()), 23);
    assert!(s.bytes.start < s.bytes.end);
}

#[test]
fn man_pages_headings_options_and_hanging_indents() {
    for (name, lines) in [
        ("man-ls.en.txt", [(3, 3), (4, 4), (10, 12), (14, 15), (17, 17), (18, 18), (36, 38)]),
        ("man-ls.de.txt", [(3, 3), (4, 4), (10, 12), (14, 15), (17, 17), (18, 18), (36, 39)]),
    ] {
        let doc = fixture(name);
        let got: Vec<_> = doc.paragraphs.iter().map(|p| p.lines).collect();
        for want in lines {
            assert!(got.contains(&want), "{name}: no paragraph on lines {want:?} in {got:?}");
        }
        let heading = doc.paragraphs.iter().find(|p| p.lines == (3, 3)).unwrap();
        assert_eq!(heading.kind, Heading, "{name}");
    }
    let en = fixture("man-ls.en.txt");
    let c = en.paragraphs.iter().find(|p| p.lines == (36, 38)).unwrap();
    assert_eq!(
        c.text,
        "-c     with -lt: sort by, and show, ctime (time of last modification of file status information); with -l: show ctime and sort by\t name; otherwise: sort by ctime, newest first"
    );
    let de = fixture("man-ls.de.txt");
    assert_eq!((en.paragraphs.len(), de.paragraphs.len()), (35, 33));
}

const PANDOC: &str = "Introduction\n\nThis manual was rendered by pandoc at seventy-two columns, so that its\nlines stop in the middle of sentences and go on in the next line, as\nhere. A second sentence follows and wraps as well, as they all do in\nthis kind of text.\n\n-   A bullet item that is long enough to wrap onto a second line of\n    the text, with its continuation indented under the text.\n-   A short item.\n\n1.  A numbered item that is long enough to wrap onto a second line\n    of the text.\n\n  A block quote, indented by two spaces, wrapped at the same width as\n  the rest of the text.\n\n    fn main() {\n        println!(\"hi\");\n    }\n\n| Name | Value |\n|------|-------|\n| a    | 1     |\n\nThe end of the text is a short line.\n";

#[test]
fn pandoc_plain_at_72_columns() {
    let doc = seg(PANDOC, LayoutChoice::Auto);
    assert_eq!(doc.layout, Layout::HardWrapped);
    assert_eq!(
        shape(&doc),
        [
            (Heading, (1, 1)),
            (Body, (3, 6)),
            (Bullet, (8, 9)),
            (Bullet, (10, 10)),
            (Bullet, (12, 13)),
            (Body, (15, 16)),
            (Code, (18, 20)),
            (Table, (22, 24)),
            (Body, (26, 26))
        ]
    );
    assert_eq!(
        doc.paragraphs[2].text,
        "A bullet item that is long enough to wrap onto a second line of the text, with its continuation indented under the text."
    );
    assert_eq!(
        doc.paragraphs[4].text,
        "1.  A numbered item that is long enough to wrap onto a second line of the text."
    );
    assert_eq!(doc.paragraphs[6].text, "fn main() {\n    println!(\"hi\");\n}");
}

#[test]
fn block_quotes_lose_their_marks() {
    let text = "Some prose that is wrapped at a width of about fifty-five\ncolumns, in lines that stop mid-sentence, so that the\ndetector finds a wrap width for this text and re-flows it\nline by line as it should be, and it goes on for a few\nmore lines than that, for the detector wants to see five\nlong lines that stop mid-sentence before it believes it.\n\n> A quoted passage that is wrapped at the same width and\n> goes on here, to the end of the quote.\n";
    let doc = seg(text, LayoutChoice::Auto);
    assert_eq!(shape(&doc), [(Body, (1, 6)), (Body, (8, 9))]);
    assert_eq!(
        doc.paragraphs[1].text,
        "A quoted passage that is wrapped at the same width and goes on here, to the end of the quote."
    );
}

#[test]
fn tables_of_other_shapes() {
    let boxed = "┌────┬────┐\n│ a  │ 1  │\n└────┴────┘\n";
    assert_eq!(shape(&seg(boxed, LayoutChoice::Auto)), [(Table, (1, 3))]);
    let columns = "NAME        SIZE   USED\nsda         100G   40G\nsdb         200G   10G\n";
    assert_eq!(shape(&seg(columns, LayoutChoice::Auto)), [(Table, (1, 3))]);
    let ruled = "Unit     Size\n-------  -----\nKiB      1024\n";
    assert_eq!(shape(&seg(ruled, LayoutChoice::Auto)), [(Table, (1, 3))]);
    // Prose with double spaces (justified) is not a table.
    let justified = "This  is  a  line  of  text  set  justified  so\nthat  its  words  are  spread  over  the  whole\nline,  as  man  pages  do  with  their  prose.\n";
    assert!(seg(justified, LayoutChoice::Auto).paragraphs.iter().all(|p| p.kind != Table));
}

#[test]
fn forced_layouts() {
    let text = "A first line of a short note\nthat goes on here.\n\nAnother note.\n";
    // Too little text to find a wrap width: a line a paragraph, unless forced.
    assert_eq!(shape(&seg(text, LayoutChoice::Auto)), [(Heading, (1, 1)), (Body, (2, 2)), (Body, (4, 4))]);
    let wrapped = seg(text, LayoutChoice::Wrapped);
    assert_eq!(wrapped.layout, Layout::HardWrapped);
    assert_eq!(shape(&wrapped), [(Body, (1, 2)), (Body, (4, 4))]);
    let lines = seg(PANDOC, LayoutChoice::Lines);
    assert_eq!(lines.layout, Layout::Web);
    assert_eq!(lines.paragraphs[1].lines, (3, 3));
    // Tables and code stay blocks whatever the layout.
    assert!(lines.paragraphs.iter().any(|p| p.kind == Table && p.lines == (22, 24)));
    let presplit = seg(PANDOC, LayoutChoice::PreSplit);
    assert_eq!(presplit.layout, Layout::PreSplit);
    assert_eq!(presplit.paragraphs.len(), PANDOC.lines().filter(|l| !l.trim().is_empty()).count());
}

#[test]
fn split_takes_layout_per_file() {
    let mut cmd = transdiff();
    let out =
        cmd.args(["split", "tests/data/segment/debref-table.de.txt", "--layout", "lines"]).output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("paragraphs: 14\n"), "{stdout}");
    let mut cmd = transdiff();
    let out = cmd.args(["split", "texts/en.original.txt", "--layout", "folded"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("--layout \"folded\": unknown layout; expected one of: auto, lines, wrapped, presplit")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever the layout, no letter or digit is lost or reordered, and
    /// paragraphs and sentences stay in file order.
    #[test]
    fn layouts_never_lose_a_letter(
        lines in proptest::collection::vec("( {0,6}|\u{a0}{1,3} ?|\t)([-*•>|+] )?[a-zA-Z0-9|+ .,-]{0,70}", 0..30),
        choice in prop_oneof![Just(LayoutChoice::Auto), Just(LayoutChoice::Lines), Just(LayoutChoice::Wrapped), Just(LayoutChoice::PreSplit)],
    ) {
        let text = lines.join("\n");
        let Ok(doc) = segment_as("p.txt", text.as_bytes(), &SegmentOptions::default(), choice) else {
            return Ok(());
        };
        let alnum = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
        let joined: String = doc.paragraphs.iter().map(|p| alnum(&p.text)).collect();
        prop_assert_eq!(joined, alnum(&text));
        let mut last = 0;
        for p in &doc.paragraphs {
            prop_assert!(p.lines.0 > last && p.lines.1 >= p.lines.0);
            last = p.lines.1;
            prop_assert!(!p.sentences.is_empty());
            if p.kind.is_preformatted() {
                prop_assert_eq!(p.sentences.len(), 1);
            }
        }
    }
}

// ---------------------------------------------------------------- untranslated passages

fn align_fixtures(en: &str, de: &str) -> transdiff::alignment::Alignment {
    use transdiff::align::{AlignOptions, align};
    use transdiff::lang::Lang;
    let load = |name: &str, lang| read(&format!("tests/data/segment/{name}"), Some(lang));
    align(&load(en, Lang::EN), &load(de, Lang::DE), &AlignOptions::default())
}

#[test]
fn partly_untranslated_man_page() {
    use transdiff::compare::untranslated::{Reason, untranslated};
    // The German useradd(8) leaves its description in English; headings, the
    // synopsis and the translated name line are not reported.
    let found = untranslated(&align_fixtures("man-useradd.en.txt", "man-useradd.de.txt"));
    let lines: Vec<_> = found.iter().map(|u| u.lines).collect();
    assert_eq!(lines, [(15, 16), (18, 22), (24, 25), (28, 28), (31, 31), (34, 36), (38, 40)]);
    assert!(found.iter().all(|u| u.reason == Reason::Identical || u.confidence >= 0.5));
    // A translated page with identical option tags, commands and names: nothing.
    assert_eq!(untranslated(&align_fixtures("man-ls.en.txt", "man-ls.de.txt")), []);
}

#[test]
fn align_reports_untranslated_passages() {
    let mut cmd = transdiff();
    let out = cmd
        .args(["align", "tests/data/segment/man-useradd.en.txt", "tests/data/segment/man-useradd.de.txt"])
        .args(["--lang", "en,de", "--lexicon", "none", "--format", "tsv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "tests/data/segment/man-useradd.de.txt: 7 untranslated passages (lines 15-16, 18-22, 24-25, 28, 31, 34-36, 38-40)\n"
    );
}
