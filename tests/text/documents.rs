//! Documents that real converters made (pandoc, by `scripts/make-document-fixtures.sh`) read into
//! the same paragraphs as plain text: the bundled texts as DOCX, ODT, HTML, EPUB and Markdown
//! align bead for bead as their plain text does, and a small document keeps its structure.

use crate::common::read;
use pretty_assertions::assert_eq;
use std::path::Path;
use transdiff::align::{AlignOptions, align};
use transdiff::alignment::{Alignment, BeadKind};
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment};
use transdiff::text::{Document, Place, Role};

const DIR: &str = "tests/data/documents";

fn load(path: &str, lang: Lang) -> Document {
    read(path, Some(lang))
}

/// Each bead's paragraphs, kind and sentence beads: what "the same alignment" means.
type Beads = Vec<(Vec<usize>, Vec<usize>, BeadKind, Vec<(Vec<usize>, Vec<usize>, BeadKind)>)>;

fn beads(al: &Alignment) -> Beads {
    al.beads
        .iter()
        .map(|b| {
            let sentences =
                b.sentences().iter().map(|s| (s.source().to_vec(), s.target().to_vec(), s.kind())).collect();
            (b.source().to_vec(), b.target().to_vec(), b.kind(), sentences)
        })
        .collect()
}

fn texts(doc: &Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

#[test]
fn bundled_texts_in_every_format_align_as_their_plain_text() {
    for (rendering, lang) in [("nl.rendering", Lang::NL), ("sv.rendering", Lang::SV)] {
        let plain_source = load("texts/en.original.txt", Lang::EN);
        let plain_target = load(&format!("texts/{rendering}.txt"), lang);
        let plain = align(&plain_source, &plain_target, &AlignOptions::default());
        for ext in ["docx", "odt", "html", "md", "epub"] {
            let source = load(&format!("{DIR}/en.original.{ext}"), Lang::EN);
            let target = load(&format!("{DIR}/{rendering}.{ext}"), lang);
            assert_eq!(texts(&source), texts(&plain_source), "en.original.{ext}");
            assert_eq!(texts(&target), texts(&plain_target), "{rendering}.{ext}");
            let al = align(&source, &target, &AlignOptions::default());
            assert_eq!(beads(&al), beads(&plain), "{rendering}.{ext}");
        }
    }
}

/// (text, role, place) of each paragraph.
fn structure(path: &str) -> Vec<(String, Role, String)> {
    load(path, Lang::EN)
        .paragraphs
        .iter()
        .map(|p| {
            let location = p.location.as_ref().expect("documents have locations");
            (p.text.clone(), location.role, location.to_string())
        })
        .collect()
}

fn rows(rows: &[(&str, Role, &str)]) -> Vec<(String, Role, String)> {
    rows.iter().map(|(t, r, l)| (t.to_string(), *r, l.to_string())).collect()
}

#[test]
fn docx_keeps_structure_drops_deletions_fields_and_markers() {
    use Role::*;
    assert_eq!(
        structure(&format!("{DIR}/structure.docx")),
        rows(&[
            ("Structure", Heading, "¶ 1"),
            ("Budget 2024", Heading, "¶ 2 under “Structure”"),
            (
                "The council approved 7 million euros on 3 March. The vote was 12 to 5.",
                Body,
                "¶ 3 under “Budget 2024”"
            ),
            ("Spending", Heading, "¶ 4 under “Budget 2024”"),
            ("Schools receive 2.5 million.", ListItem, "¶ 5 under “Spending”"),
            // The tracked insertion is text; the tracked deletion ("0.9") is not.
            ("Roads receive 1.2 million.", ListItem, "¶ 6 under “Spending”"),
            ("Parks receive million.", ListItem, "¶ 7 under “Spending”"),
            ("Costs in thousands", Caption, "¶ 8 under “Spending”"),
            ("Item", TableCell, "¶ 9 under “Spending” (table cell)"),
            ("Amount", TableCell, "¶ 10 under “Spending” (table cell)"),
            ("Staff", TableCell, "¶ 11 under “Spending” (table cell)"),
            ("400", TableCell, "¶ 12 under “Spending” (table cell)"),
            ("Rent", TableCell, "¶ 13 under “Spending” (table cell)"),
            ("35", TableCell, "¶ 14 under “Spending” (table cell)"),
            ("The new school building", Caption, "¶ 15 under “Spending”"),
            ("Minutes of the meeting, page 4.", Footnote, "¶ 16 under “Spending” (footnote)"),
        ])
    );
}

#[test]
fn odt_html_markdown_and_epub_keep_the_same_structure() {
    use Role::*;
    let odt = structure(&format!("{DIR}/structure.odt"));
    assert_eq!(
        odt[6],
        ("Parks receive 0.9 million.".to_string(), ListItem, "¶ 7 under “Spending”".to_string())
    );
    assert_eq!(odt[8], ("Item".to_string(), TableCell, "¶ 9 under “Spending” (table cell)".to_string()));
    assert_eq!(odt.last().map(|r| r.1), Some(Footnote));
    assert_eq!(odt.len(), 16);

    let html = structure(&format!("{DIR}/structure.html"));
    assert_eq!(
        html[2],
        (
            "The council approved 7 million euros on 3 March. The vote was 12 to 5.".into(),
            Body,
            "line 163".into()
        )
    );
    assert_eq!(
        html.last(),
        Some(&("Minutes of the meeting, page 4.".into(), Footnote, "line 201 (footnote)".into()))
    );

    let epub = structure(&format!("{DIR}/structure.epub"));
    assert_eq!(epub[0], ("Budget 2024".into(), Heading, "EPUB/text/ch001.xhtml:20".into()));
    assert_eq!(epub[6].1, Caption);

    let md = structure(&format!("{DIR}/structure.md"));
    // pandoc writes CommonMark tables as HTML blocks, and footnotes as plain "[1]".
    assert_eq!(md[7], ("Item".into(), TableCell, "line 18 (table cell)".into()));
    assert_eq!(md[1].0, "The council approved 7 million euros on 3 March.[1] The vote was 12 to 5.");
}

#[test]
fn documents_keep_their_language_and_hash() {
    let doc = load(&format!("{DIR}/nl.rendering.docx"), Lang::NL);
    let bytes = std::fs::read(format!("{DIR}/nl.rendering.docx")).unwrap();
    assert_eq!(doc.sha256, transdiff::segment::sha256_hex(&bytes));
    for ext in ["docx", "odt", "html", "epub"] {
        let path = format!("{DIR}/sv.rendering.{ext}");
        let bytes = std::fs::read(&path).unwrap();
        let doc = segment(&path, &bytes, &SegmentOptions::default()).unwrap();
        assert_eq!(doc.lang, Lang::SV, "{path}");
    }
    assert!(matches!(
        load(&format!("{DIR}/structure.docx"), Lang::EN).paragraphs[0].location.as_ref().map(|l| &l.place),
        Some(Place::Paragraph { number: 1, heading: None })
    ));
    assert!(Path::new(DIR).join("structure.src.md").exists());
}
