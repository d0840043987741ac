//! Export formats: exact outputs on a hand-built alignment, TMX parsed back,
//! JSON round trips (proptest), and JSON files refused with clear messages.
//!
//! The alignments here are built by hand, not by the aligner, so these tests
//! pin the formats and stay put while the segmenter and aligner change.

use pretty_assertions::assert_eq;
use proptest::prelude::*;
use quick_xml::events::Event;
use transdiff::alignment::{Alignment, Bead, BeadKind, ReviewStatus, Verdict};
use transdiff::error::ErrorKind;
use transdiff::export::{self, Format};
use transdiff::lang::Lang;
use transdiff::text::{Document, Layout, Level, Paragraph, ParagraphKind, Piece, Sentence};

/// A document from paragraphs given as (kind, first line, sentences); sentences
/// are joined with one space and each paragraph is one piece.
fn document(path: &str, lang: Lang, paragraphs: &[(ParagraphKind, usize, &[&str])]) -> Document {
    let mut doc = Document {
        path: path.to_string(),
        lang,
        sha256: "ab".repeat(32),
        layout: Layout::Web,
        paragraphs: Vec::new(),
        sentences: Vec::new(),
    };
    let mut file_offset = 0;
    for (index, &(kind, line, sentences)) in paragraphs.iter().enumerate() {
        let first = doc.sentences.len();
        let mut text = String::new();
        for s in sentences {
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(s);
            doc.sentences.push(Sentence {
                paragraph: index,
                range: start..text.len(),
                bytes: file_offset + start..file_offset + text.len(),
            });
        }
        doc.paragraphs.push(Paragraph {
            lines: (line, line),
            kind,
            sentences: first..doc.sentences.len(),
            pieces: vec![Piece { text_start: 0, file_start: file_offset, line }],
            location: None,
            text: text.clone(),
        });
        file_offset += text.len() + 2;
    }
    doc
}

fn bead(kind: BeadKind, source: &[usize], target: &[usize], confidence: f64, sentences: Vec<Bead>) -> Bead {
    Bead::new(kind, source.to_vec(), target.to_vec(), confidence).unwrap().with_sentences(sentences).unwrap()
}

/// English original, Swedish rendering: a match with XML-special characters, a
/// 1-2 sentence split with a tab and a backslash, an added caption, an omitted
/// paragraph and a moved repeat of the title.
fn fixture() -> Alignment {
    use BeadKind::*;
    use ParagraphKind::*;
    let source = document(
        "texts/en.txt",
        Lang::EN,
        &[
            (Heading, 1, &["Tom & Jerry <live>"]),
            (Body, 3, &["First one and two.", "A tab\there, a back\\slash."]),
            (Body, 5, &["Ünïcödé — 3 500 km."]),
        ],
    );
    let target = document(
        "texts/sv.txt",
        Lang::SV,
        &[
            (Heading, 1, &["Tom & Jerry \"live\""]),
            (Body, 3, &["Första.", "Och andra.", "En flik\thär."]),
            (Caption, 5, &["Bild: 5 foton"]),
            (Heading, 7, &["Tom & Jerry igen"]),
        ],
    );
    let mut confirmed = bead(Match, &[0], &[0], 0.9, vec![bead(Match, &[0], &[0], 0.875, vec![])]);
    confirmed.status = ReviewStatus::Confirmed;
    Alignment {
        source,
        target,
        beads: vec![
            confirmed,
            bead(
                Match,
                &[1],
                &[1],
                0.75,
                vec![bead(Match, &[1], &[1, 2], 0.5, vec![]), bead(Match, &[2], &[3], 0.25, vec![])],
            ),
            bead(Added, &[], &[2], 1.0, vec![bead(Added, &[], &[4], 1.0, vec![])]),
            bead(Omitted, &[2], &[], 0.0, vec![bead(Omitted, &[3], &[], 0.0, vec![])]),
            bead(Moved, &[0], &[3], 0.6, vec![bead(Moved, &[0], &[5], 0.6, vec![])]),
        ],
        similarity: 0.8125,
        verdict: Verdict::Translation,
        lexicons: vec!["learned".to_string()],
    }
}

fn written(alignment: &Alignment, format: Format, level: Level) -> String {
    let mut out = Vec::new();
    export::write(alignment, format, level, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn tsv_paragraph_level() {
    assert_eq!(
        written(&fixture(), Format::Tsv, Level::Paragraph),
        "source\ttarget\tkind\tscore\tstatus\tsource_lines\ttarget_lines\n\
         Tom & Jerry <live>\tTom & Jerry \"live\"\tmatch\t0.900\tconfirmed\t1\t1\n\
         First one and two. A tab\\there, a back\\\\slash.\tFörsta. Och andra. En flik\\thär.\tmatch\t0.750\tunreviewed\t3\t3\n\
         \tBild: 5 foton\tadded\t1.000\tunreviewed\t\t5\n\
         Ünïcödé — 3 500 km.\t\tomitted\t0.000\tunreviewed\t5\t\n\
         \tTom & Jerry igen\tadded\t0.600\tunreviewed\t\t7\n"
    );
}

#[test]
fn tsv_sentence_level() {
    assert_eq!(
        written(&fixture(), Format::Tsv, Level::Sentence),
        "source\ttarget\tkind\tscore\tstatus\tsource_lines\ttarget_lines\n\
         Tom & Jerry <live>\tTom & Jerry \"live\"\tmatch\t0.875\tunreviewed\t1\t1\n\
         First one and two.\tFörsta. Och andra.\tmatch\t0.500\tunreviewed\t3\t3\n\
         A tab\\there, a back\\\\slash.\tEn flik\\thär.\tmatch\t0.250\tunreviewed\t3\t3\n\
         \tBild: 5 foton\tadded\t1.000\tunreviewed\t\t5\n\
         Ünïcödé — 3 500 km.\t\tomitted\t0.000\tunreviewed\t5\t\n\
         \tTom & Jerry igen\tadded\t0.600\tunreviewed\t\t7\n"
    );
}

#[test]
fn tsv_joins_paragraphs_of_one_bead_with_an_escaped_newline() {
    let mut a = fixture();
    a.beads = vec![bead(
        BeadKind::Match,
        &[0, 1],
        &[0],
        0.5,
        vec![bead(BeadKind::Match, &[0, 1, 2], &[0], 0.5, vec![])],
    )];
    let tsv = written(&a, Format::Tsv, Level::Sentence);
    assert_eq!(
        tsv.lines().nth(1).unwrap(),
        "Tom & Jerry <live>\\nFirst one and two. A tab\\there, a back\\\\slash.\tTom & Jerry \"live\"\tmatch\t0.500\tunreviewed\t1-3\t1"
    );
}

#[test]
fn beads_list_sentence_ids_whatever_the_level() {
    // The move repeats source sentence 0, matched in place: as a partition, an addition.
    let expected = "[0]:[0]\n[1]:[1, 2]\n[2]:[3]\n[]:[4]\n[3]:[]\n[]:[5]\n";
    assert_eq!(written(&fixture(), Format::Beads, Level::Sentence), expected);
    assert_eq!(written(&fixture(), Format::Beads, Level::Paragraph), expected);
}

#[test]
fn tmx_exact_output() {
    assert_eq!(
        written(&fixture(), Format::Tmx, Level::Paragraph),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="transdiff" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="transdiff-alignment" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
    <tu tuid="0">
      <prop type="x-kind">match</prop>
      <prop type="x-score">0.900</prop>
      <prop type="x-review">confirmed</prop>
      <tuv xml:lang="en">
        <seg>Tom &amp; Jerry &lt;live&gt;</seg>
      </tuv>
      <tuv xml:lang="sv">
        <seg>Tom &amp; Jerry &quot;live&quot;</seg>
      </tuv>
    </tu>
    <tu tuid="1">
      <prop type="x-kind">match</prop>
      <prop type="x-score">0.750</prop>
      <prop type="x-review">unreviewed</prop>
      <tuv xml:lang="en">
        <seg>First one and two. A tab	here, a back\slash.</seg>
      </tuv>
      <tuv xml:lang="sv">
        <seg>Första. Och andra. En flik	här.</seg>
      </tuv>
    </tu>
  </body>
</tmx>
"#
    );
}

#[test]
fn beads_marked_wrong_never_reach_the_translation_memory_but_tsv_keeps_them() {
    let mut a = fixture();
    a.beads[1].status = ReviewStatus::Wrong;
    a.beads[4].sentences_mut()[0].status = ReviewStatus::Wrong;
    let tuids = |level: Level| -> Vec<String> {
        parse_xml(&written(&a, Format::Tmx, level)).children[1]
            .children
            .iter()
            .map(|tu| tu.attribute("tuid").unwrap_or_default().to_string())
            .collect()
    };
    // Paragraphs: bead 1 is wrong. Moved bead 4 repeats source paragraph 0, which bead 0 already
    // matches, so the export (a partition: each unit once) leaves it out whatever its status.
    assert_eq!(tuids(Level::Paragraph), ["0"]);
    // Sentences: both of bead 1's sentence beads (1, 2) go with it, and sentence bead 5 is wrong.
    assert_eq!(tuids(Level::Sentence), ["0"]);
    let tsv = written(&a, Format::Tsv, Level::Paragraph);
    let statuses: Vec<&str> = tsv.lines().skip(1).map(|l| l.split('\t').nth(4).unwrap()).collect();
    assert_eq!(statuses, ["confirmed", "wrong", "unreviewed", "unreviewed", "unreviewed"]);
}

#[test]
fn a_wrong_sentence_drops_only_itself_from_the_translation_memory() {
    let mut a = fixture();
    a.beads[0].sentences_mut()[0].status = ReviewStatus::Wrong;
    let tuids = |level: Level| -> Vec<String> {
        parse_xml(&written(&a, Format::Tmx, level)).children[1]
            .children
            .iter()
            .map(|tu| tu.attribute("tuid").unwrap_or_default().to_string())
            .collect()
    };
    // The paragraph bead around the wrong sentence is not wrong, so it stays.
    assert_eq!(tuids(Level::Paragraph), ["0", "1"]);
    // Sentence bead 0 goes; bead 1's sentences (1, 2) stay; moved sentence bead 5 repeats source
    // sentence 0 and is left out.
    assert_eq!(tuids(Level::Sentence), ["1", "2"]);
}

/// An XML element as read back: name, attributes, text and children.
#[derive(Debug, Default)]
struct Node {
    name: String,
    attributes: Vec<(String, String)>,
    text: String,
    children: Vec<Node>,
}

impl Node {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Parses XML with quick-xml into a tree; panics on malformed XML.
fn parse_xml(xml: &str) -> Node {
    fn node(e: &quick_xml::events::BytesStart) -> Node {
        Node {
            name: e.name().0.to_string(),
            attributes: e
                .attributes()
                .map(|a| {
                    let a = a.unwrap();
                    let value = a.normalized_value(quick_xml::XmlVersion::Explicit1_0).unwrap().into_owned();
                    (a.key.0.to_string(), value)
                })
                .collect(),
            ..Node::default()
        }
    }
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut stack = vec![Node::default()];
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => stack.push(node(&e)),
            Event::Empty(e) => stack.last_mut().unwrap().children.push(node(&e)),
            Event::End(_) => {
                let done = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(done);
            }
            Event::Text(t) => stack.last_mut().unwrap().text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let name = r.xml10_content();
                let resolved = quick_xml::escape::resolve_predefined_entity(&name).unwrap();
                stack.last_mut().unwrap().text.push_str(resolved);
            }
            Event::Eof => break,
            Event::Decl(_) => {}
            other => panic!("unexpected XML event {other:?}"),
        }
    }
    assert_eq!(stack.len(), 1, "unclosed elements");
    let mut root = stack.pop().unwrap();
    assert_eq!(root.children.len(), 1, "one root element");
    root.children.pop().unwrap()
}

#[test]
fn tmx_parses_back_with_the_header_and_texts() {
    for level in [Level::Paragraph, Level::Sentence] {
        let alignment = fixture();
        let tmx = parse_xml(&written(&alignment, Format::Tmx, level));
        assert_eq!(tmx.name, "tmx");
        assert_eq!(tmx.attribute("version"), Some("1.4"));
        let names: Vec<&str> = tmx.children.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["header", "body"]);
        let header = &tmx.children[0];
        for (name, value) in [
            ("creationtool", "transdiff"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("segtype", if level == Level::Paragraph { "paragraph" } else { "sentence" }),
            ("o-tmf", "transdiff-alignment"),
            ("adminlang", "en"),
            ("srclang", "en"),
            ("datatype", "plaintext"),
        ] {
            assert_eq!(header.attribute(name), Some(value), "header {name}");
        }
        let mut units = Vec::new();
        for tu in &tmx.children[1].children {
            assert_eq!(tu.name, "tu");
            let tuvs: Vec<&Node> = tu.children.iter().filter(|c| c.name == "tuv").collect();
            let texts: Vec<(&str, &str)> = tuvs
                .iter()
                .map(|tuv| {
                    assert_eq!(tuv.children.len(), 1);
                    assert_eq!(tuv.children[0].name, "seg");
                    (tuv.attribute("xml:lang").unwrap(), tuv.children[0].text.as_str())
                })
                .collect();
            units.push((tu.attribute("tuid").unwrap().to_string(), texts));
        }
        let expected: Vec<(String, Vec<(&str, &str)>)> = match level {
            Level::Paragraph => vec![
                ("0".into(), vec![("en", "Tom & Jerry <live>"), ("sv", "Tom & Jerry \"live\"")]),
                (
                    "1".into(),
                    vec![
                        ("en", "First one and two. A tab\there, a back\\slash."),
                        ("sv", "Första. Och andra. En flik\thär."),
                    ],
                ),
            ],
            Level::Sentence => vec![
                ("0".into(), vec![("en", "Tom & Jerry <live>"), ("sv", "Tom & Jerry \"live\"")]),
                ("1".into(), vec![("en", "First one and two."), ("sv", "Första. Och andra.")]),
                ("2".into(), vec![("en", "A tab\there, a back\\slash."), ("sv", "En flik\thär.")]),
            ],
        };
        assert_eq!(units, expected);
    }
}

#[test]
fn a_move_takes_the_source_it_renders_from_its_omitted_bead_in_exports() {
    let mut a = fixture();
    // The moved target now renders source paragraph 2 (sentence 3), omitted in place.
    a.beads[4] = bead(BeadKind::Moved, &[2], &[3], 0.6, vec![bead(BeadKind::Moved, &[3], &[5], 0.6, vec![])]);
    assert_eq!(
        written(&a, Format::Beads, Level::Sentence),
        "[0]:[0]\n[1]:[1, 2]\n[2]:[3]\n[]:[4]\n[3]:[5]\n"
    );
    let tsv = written(&a, Format::Tsv, Level::Paragraph);
    assert_eq!(tsv.lines().filter(|l| l.contains("omitted")).count(), 0, "{tsv}");
    assert!(tsv.lines().last().unwrap().starts_with("Ünïcödé — 3 500 km.\tTom & Jerry igen\tmoved"), "{tsv}");
}

#[test]
fn tmx_replaces_characters_xml_cannot_hold() {
    let mut a = fixture();
    a.source.paragraphs[0].text = "Tom\u{1}& Jerry <live>".to_string();
    let tmx = parse_xml(&written(&a, Format::Tmx, Level::Paragraph));
    let seg = &tmx.children[1].children[0].children[3].children[0];
    assert_eq!(seg.text, "Tom\u{fffd}& Jerry <live>");
}

#[test]
fn json_exact_output() {
    let mut a = fixture();
    a.source.paragraphs.truncate(1);
    a.source.sentences.truncate(1);
    a.target.paragraphs.truncate(1);
    a.target.sentences.truncate(1);
    a.beads.truncate(1);
    assert_eq!(
        written(&a, Format::Json, Level::Paragraph),
        r#"{
  "format": "transdiff-alignment",
  "version": 1,
  "source": {
    "path": "texts/en.txt",
    "lang": "en",
    "sha256": "abababababababababababababababababababababababababababababababab",
    "layout": "web",
    "paragraphs": [
      {"lines": [1, 1], "kind": "heading", "text": "Tom & Jerry <live>", "sentences": [{"text": "Tom & Jerry <live>", "range": [0, 18], "bytes": [0, 18], "line": 1}], "pieces": [{"text_start": 0, "file_start": 0, "line": 1}]}
    ]
  },
  "target": {
    "path": "texts/sv.txt",
    "lang": "sv",
    "sha256": "abababababababababababababababababababababababababababababababab",
    "layout": "web",
    "paragraphs": [
      {"lines": [1, 1], "kind": "heading", "text": "Tom & Jerry \"live\"", "sentences": [{"text": "Tom & Jerry \"live\"", "range": [0, 18], "bytes": [0, 18], "line": 1}], "pieces": [{"text_start": 0, "file_start": 0, "line": 1}]}
    ]
  },
  "similarity": 0.8125,
  "verdict": "translation",
  "lexicons": [
    "learned"
  ],
  "beads": [
    {
      "source": [0],
      "target": [0],
      "kind": "match",
      "score": 0.9,
      "status": "confirmed",
      "sentences": [{"source": [0], "target": [0], "kind": "match", "score": 0.875, "status": "unreviewed"}]
    }
  ]
}
"#
    );
}

#[test]
fn json_round_trips_the_fixture() {
    let a = fixture();
    let json = written(&a, Format::Json, Level::Paragraph);
    assert_eq!(export::load_json("a.json", &json).unwrap(), a);
}

/// The message of loading `json` (the fixture's JSON, edited by `edit`).
fn load_error(edit: impl Fn(String) -> String) -> transdiff::error::Error {
    let json = edit(written(&fixture(), Format::Json, Level::Paragraph));
    export::load_json("edited.json", &json).unwrap_err()
}

#[test]
fn corrupt_json_names_file_line_and_column() {
    let err = load_error(|j| j.replacen("\"kind\": \"match\",", "\"kind\": \"match\"", 1));
    assert_eq!(
        err.to_string(),
        "edited.json:37:7: expected `,` or `}`: not valid JSON (the mistake is here or just before)"
    );
    let err = load_error(|j| j[..j.len() / 2].to_string());
    assert!(err.to_string().starts_with("edited.json:"), "{err}");
    assert!(err.to_string().contains("the file ends too early"), "{err}");
}

#[test]
fn wrong_type_or_unknown_field_names_line_and_column() {
    let err = load_error(|j| j.replacen("\"score\": 0.9,", "\"scroe\": 0.9,", 1));
    assert_eq!(
        err.to_string(),
        "edited.json:37:13: unknown field `scroe`, expected one of `source`, `target`, `kind`, `score`, `status`, `sentences`, `update`"
    );
    let err = load_error(|j| j.replacen("\"kind\": \"match\"", "\"kind\": \"matched\"", 1));
    assert!(err.to_string().contains("unknown variant `matched`, expected one of"), "{err}");
}

#[test]
fn newer_version_is_refused_for_its_version() {
    // A newer file may also have fields this build does not know; the version is what to report.
    let err = load_error(|j| j.replace("\"version\": 1,", "\"version\": 2,\n  \"future\": true,"));
    assert!(matches!(err.kind(), ErrorKind::Version { found: 2, supported: 1, .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "edited.json: alignment format version 2 is newer than this transdiff reads (up to 1)\n  hint: upgrade transdiff, or realign the texts with this one"
    );
}

#[test]
fn other_formats_are_refused() {
    let err = load_error(|j| j.replace("\"transdiff-alignment\"", "\"something-else\""));
    assert!(
        err.to_string().contains("\"format\" is \"something-else\", not \"transdiff-alignment\""),
        "{err}"
    );
    let err = export::load_json("x.json", "[1, 2]").unwrap_err();
    assert_eq!(err.to_string(), "x.json:1:1: invalid type: sequence, expected a map");
    let err = export::load_json("x.json", "{\"a\": 1}").unwrap_err();
    assert!(err.to_string().contains("no \"format\""), "{err}");
    let err = load_error(|j| j.replace("\"version\": 1,", "\"version\": 0,"));
    assert!(err.to_string().contains("\"version\" must be 1, found 0"), "{err}");
}

/// A change to the fixture.
type Edit = Box<dyn Fn(&mut Alignment)>;

#[test]
fn semantic_errors_name_the_bead() {
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|a| a.beads[1] = a.beads[1].relinked(BeadKind::Match, vec![1], vec![9]).unwrap()),
            "beads[1] (source [1], target [9], kind \"match\"): target paragraph 9 is out of range; the target has 4 paragraphs (0 to 3)",
        ),
        (
            Box::new(|a| a.beads[2] = a.beads[2].relinked(BeadKind::Added, vec![], vec![1]).unwrap()),
            "beads[2] (source [], target [1], kind \"added\"): target paragraph 1 is already in beads[1] (source [1], target [1], kind \"match\"); a unit belongs to one bead",
        ),
        (
            Box::new(|a| {
                let moved = a.beads[1].sentences()[1].relinked(BeadKind::Match, vec![0], vec![3]).unwrap();
                a.beads[1].sentences_mut()[1] = moved;
            }),
            "beads[1].sentences[1] (source [0], target [3], kind \"match\"): source sentence 0 is in paragraph 0, which is not in the bead's source paragraphs [1]",
        ),
        (
            Box::new(|a| a.beads[1].confidence = 1.5),
            "beads[1] (source [1], target [1], kind \"match\"): score: 1.5 is not a number from 0 to 1",
        ),
        (
            Box::new(|a| a.source.sentences[3].range = 1..4),
            "source.paragraphs[2].sentences[0]: range [1, 4] is not a byte range on character boundaries of the paragraph text (25 bytes)",
        ),
    ];
    for (edit, expected) in cases {
        let mut a = fixture();
        edit(&mut a);
        // Writing refuses it ...
        let err = export::write(&a, Format::Json, Level::Paragraph, Vec::new()).unwrap_err();
        assert_eq!(err.to_string(), format!("cannot export an inconsistent alignment: {expected}"));
        // ... and so does reading a file edited that way.
        let json = serde_json::to_string(&written_unchecked(&a)).unwrap();
        let err = export::load_json("edited.json", &json).unwrap_err();
        assert_eq!(err.to_string(), format!("edited.json: {expected}"));
    }
}

/// A change to the fixture's JSON that no [`Alignment`] can hold (the type refuses it).
type JsonEdit = Box<dyn Fn(&mut serde_json::Value)>;

#[test]
fn a_file_breaking_a_beads_rules_is_refused_naming_the_bead() {
    let cases: Vec<(JsonEdit, &str)> = vec![
        (
            Box::new(|v| v["beads"][3]["kind"] = "match".into()),
            "beads[3] (source [2], target [], kind \"match\"): \"match\" needs units on both sides",
        ),
        (
            Box::new(|v| v["beads"][1]["source"] = serde_json::json!([1, 1])),
            "beads[1] (source [1, 1], target [1], kind \"match\"): source paragraph indices must be strictly ascending",
        ),
        (
            Box::new(|v| v["beads"][1]["sentences"][0]["target"] = serde_json::json!([2, 1])),
            "beads[1].sentences[0] (source [1], target [2, 1], kind \"match\"): target sentence indices must be strictly ascending",
        ),
        (
            Box::new(|v| v["beads"][2]["kind"] = "omitted".into()),
            "beads[2] (source [], target [2], kind \"omitted\"): \"omitted\" needs source units and no target units",
        ),
    ];
    for (edit, expected) in cases {
        let mut value = written_unchecked(&fixture());
        edit(&mut value);
        let err = export::load_json("edited.json", &value.to_string()).unwrap_err();
        assert_eq!(err.to_string(), format!("edited.json: {expected}"));
    }
}

/// The fixture's JSON with `a`'s beads and sentences spliced in as a `serde_json::Value`
/// (the writer would refuse to write them).
fn written_unchecked(a: &Alignment) -> serde_json::Value {
    let mut value: serde_json::Value =
        serde_json::from_str(&written(&fixture(), Format::Json, Level::Paragraph)).unwrap();
    for (b, bead) in a.beads.iter().enumerate() {
        let wire = &mut value["beads"][b];
        wire["source"] = serde_json::json!(bead.source());
        wire["target"] = serde_json::json!(bead.target());
        wire["kind"] = serde_json::to_value(bead.kind()).unwrap();
        wire["score"] = serde_json::json!(bead.confidence);
        for (s, sentence) in bead.sentences().iter().enumerate() {
            wire["sentences"][s]["source"] = serde_json::json!(sentence.source());
            wire["sentences"][s]["target"] = serde_json::json!(sentence.target());
        }
    }
    for (side, doc) in [("source", &a.source), ("target", &a.target)] {
        for (p, paragraph) in doc.paragraphs.iter().enumerate() {
            for (s, i) in paragraph.sentences.clone().enumerate() {
                let range = &doc.sentences[i].range;
                value[side]["paragraphs"][p]["sentences"][s]["range"] =
                    serde_json::json!([range.start, range.end]);
            }
        }
    }
    value
}

#[test]
fn hand_edited_sentence_text_is_caught() {
    let err =
        load_error(|j| j.replacen("\"text\": \"First one and two.\"", "\"text\": \"First one, two.\"", 1));
    assert_eq!(
        err.to_string(),
        "edited.json: source.paragraphs[1].sentences[0]: \"text\" is \"First one, two.\" but the paragraph text at range [0, 18] is \"First one and two.\""
    );
}

#[test]
fn byte_order_mark_is_accepted() {
    let json = format!("\u{feff}{}", written(&fixture(), Format::Json, Level::Paragraph));
    assert_eq!(export::load_json("bom.json", &json).unwrap(), fixture());
}

// ---------------------------------------------------------------------------
// Property: any valid alignment survives JSON, and every format keeps its shape.

/// Paragraph texts as lists of sentences, with multi-byte characters and characters JSON escapes.
fn paragraphs() -> impl Strategy<Value = Vec<Vec<String>>> {
    prop::collection::vec(prop::collection::vec("[a-zé€\"\\\\\t<&]{0,6}", 0..4), 1..6)
}

fn document_from(paragraphs: &[Vec<String>], lang: Lang, layout: Layout, seed: u64) -> Document {
    let mut doc = Document {
        path: format!("dir/ä \"{seed}\".txt"),
        lang,
        sha256: format!("{seed:064x}"),
        layout,
        paragraphs: Vec::new(),
        sentences: Vec::new(),
    };
    let mut line = 1 + (seed % 3) as usize;
    for (index, sentences) in paragraphs.iter().enumerate() {
        let first = doc.sentences.len();
        let mut text = String::new();
        let mut pieces = vec![Piece { text_start: 0, file_start: line * 7, line }];
        for (k, s) in sentences.iter().enumerate() {
            if !text.is_empty() {
                text.push(' ');
                if k % 2 == 1 {
                    // A second physical line starts here, as in hard-wrapped text.
                    pieces.push(Piece {
                        text_start: text.len(),
                        file_start: line * 7 + text.len() + 1,
                        line: line + 1,
                    });
                }
            }
            let start = text.len();
            text.push_str(s);
            doc.sentences.push(Sentence {
                paragraph: index,
                range: start..text.len(),
                bytes: start + 3..text.len() + 3,
            });
        }
        let last = pieces.last().map_or(line, |p| p.line);
        let kinds = [
            ParagraphKind::Body,
            ParagraphKind::Heading,
            ParagraphKind::Caption,
            ParagraphKind::Bullet,
            ParagraphKind::Chrome,
        ];
        doc.paragraphs.push(Paragraph {
            lines: (line, last),
            kind: kinds[(seed as usize + index) % kinds.len()],
            text,
            sentences: first..doc.sentences.len(),
            pieces,
            location: None,
        });
        line = last + 2;
    }
    doc
}

/// Walks both documents in order, taking a bead shape from each step
/// (0: 1-0, 1: 0-1, 2: 1-1, 3: 2-1, 4: 1-2, 5: 1-1 marked moved).
fn beads_from(source: &Document, target: &Document, steps: &[(u8, f64, u8)]) -> Vec<Bead> {
    let (mut i, mut j) = (0, 0);
    let (ns, nt) = (source.paragraphs.len(), target.paragraphs.len());
    let mut beads = Vec::new();
    let mut steps = steps.iter().cycle();
    while i < ns || j < nt {
        let &(shape, confidence, status) = steps.next().unwrap();
        let (mut take_s, mut take_t) = match shape % 6 {
            0 => (1, 0),
            1 => (0, 1),
            3 => (2, 1),
            4 => (1, 2),
            _ => (1, 1),
        };
        take_s = take_s.min(ns - i);
        take_t = take_t.min(nt - j);
        if take_s == 0 && take_t == 0 {
            (take_s, take_t) = if i < ns { (1, 0) } else { (0, 1) };
        }
        let s: Vec<usize> = (i..i + take_s).collect();
        let t: Vec<usize> = (j..j + take_t).collect();
        let kind = match (s.is_empty(), t.is_empty()) {
            (false, false) if shape % 6 == 5 => BeadKind::Moved,
            (false, false) => BeadKind::Match,
            (false, true) => BeadKind::Omitted,
            _ => BeadKind::Added,
        };
        let ss: Vec<usize> = s.iter().flat_map(|&p| source.paragraphs[p].sentences.clone()).collect();
        let ts: Vec<usize> = t.iter().flat_map(|&p| target.paragraphs[p].sentences.clone()).collect();
        // Sentence beads: pair sentences 1-1 in order, the rest 1-0 or 0-1.
        let n = ss.len().max(ts.len());
        let sentences = (0..n)
            .map(|k| {
                let s: Vec<usize> = ss.get(k).copied().into_iter().collect();
                let t: Vec<usize> = ts.get(k).copied().into_iter().collect();
                let kind = match (s.is_empty(), t.is_empty()) {
                    (false, false) => kind,
                    (false, true) => BeadKind::Omitted,
                    _ => BeadKind::Added,
                };
                Bead::new(kind, s, t, confidence / 2.0).unwrap()
            })
            .collect();
        let statuses = [ReviewStatus::Unreviewed, ReviewStatus::Confirmed, ReviewStatus::Wrong];
        beads.push(
            Bead::new(kind, s, t, confidence)
                .unwrap()
                .with_status(statuses[status as usize % 3])
                .with_sentences(sentences)
                .unwrap(),
        );
        i += take_s;
        j += take_t;
    }
    beads
}

prop_compose! {
    fn alignments()(
        source in paragraphs(),
        target in paragraphs(),
        steps in prop::collection::vec((0u8..6, 0.0f64..=1.0, 0u8..3), 1..8),
        similarity in 0.0f64..=1.0,
        seed in any::<u64>(),
        lexicons in prop::collection::vec("[a-z:.-]{1,12}", 0..3),
    ) -> Alignment {
        let langs = [Lang::EN, Lang::SV, Lang::NL, Lang::UND];
        let layouts = [Layout::Web, Layout::HardWrapped, Layout::PreSplit];
        let source = document_from(&source, langs[seed as usize % 4], layouts[seed as usize % 3], seed);
        let target = document_from(&target, langs[(seed >> 8) as usize % 4], layouts[(seed >> 8) as usize % 3], seed ^ 1);
        let beads = beads_from(&source, &target, &steps);
        let verdict = if seed % 2 == 0 { Verdict::Translation } else { Verdict::NotTranslation };
        Alignment { source, target, beads, similarity, verdict, lexicons }
    }
}

proptest! {
    #[test]
    fn json_round_trip_gives_back_an_equal_alignment(a in alignments()) {
        let mut json = Vec::new();
        export::write(&a, Format::Json, Level::Paragraph, &mut json).unwrap();
        let json = String::from_utf8(json).unwrap();
        prop_assert_eq!(export::load_json("p.json", &json).unwrap(), a);
    }

    #[test]
    fn every_format_keeps_one_bead_a_line(a in alignments()) {
        for level in [Level::Paragraph, Level::Sentence] {
            let tsv = written(&a, Format::Tsv, level);
            let rows: Vec<&str> = tsv.lines().collect();
            prop_assert_eq!(rows.len(), 1 + a.beads_at(level).len());
            for row in rows {
                prop_assert_eq!(row.matches('\t').count(), 6, "row {:?}", row);
            }
            let tmx = parse_xml(&written(&a, Format::Tmx, level));
            let wrong = |b: &Bead| b.status == ReviewStatus::Wrong;
            let pairs = match level {
                Level::Paragraph => a.beads.iter().filter(|b| !wrong(b)).map(|b| vec![b]).collect::<Vec<_>>(),
                Level::Sentence => a.beads.iter().map(|p| p.sentences().iter().filter(|s| !wrong(p) && !wrong(s)).collect()).collect(),
            }
            .concat()
            .iter()
            .filter(|b| !b.source().is_empty() && !b.target().is_empty())
            .count();
            prop_assert_eq!(tmx.children[1].children.len(), pairs);
        }
        let beads = written(&a, Format::Beads, Level::Sentence);
        prop_assert_eq!(beads.lines().count(), a.beads_at(Level::Sentence).len());
    }
}

#[test]
fn validate_checks_the_documents() {
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|a| a.source.sha256 = "ABC".into()),
            "source.sha256: \"ABC\" is not 64 lower-case hex digits",
        ),
        (
            Box::new(|a| a.target.paragraphs[1].lines = (0, 3)),
            "target.paragraphs[1]: lines [0, 3] must be 1-based with first <= last",
        ),
        (
            Box::new(|a| a.target.paragraphs[1].pieces[0].text_start = 2),
            "target.paragraphs[1]: pieces must start with one at text_start 0",
        ),
        (
            Box::new(|a| {
                a.source.paragraphs[2].pieces.push(Piece { text_start: 1, file_start: 0, line: 5 });
            }),
            "source.paragraphs[2].pieces[1]: text_start 1 is not on a character boundary of the paragraph text (25 bytes)",
        ),
        (
            Box::new(|a| a.source.sentences[2].paragraph = 0),
            "source.paragraphs[1].sentences[1]: the sentence says it is in paragraph 0",
        ),
        (
            Box::new(|a| a.source.paragraphs[1].sentences = 1..2),
            "source.paragraphs[2]: its sentences 3..4 do not follow on from the previous paragraph's (next is 2)",
        ),
        (Box::new(|a| a.similarity = f64::NAN), "similarity: NaN is not a number from 0 to 1"),
        (
            Box::new(|a| {
                let inner = Bead::new(BeadKind::Match, vec![1], vec![1], 0.5).unwrap();
                let nested = a.beads[1].sentences()[0].clone().with_sentences(vec![inner]).unwrap();
                a.beads[1].sentences_mut()[0] = nested;
            }),
            "beads[1].sentences[0] (source [1], target [1, 2], kind \"match\"): a sentence bead cannot hold sentence beads of its own",
        ),
    ];
    for (edit, expected) in cases {
        let mut a = fixture();
        edit(&mut a);
        assert_eq!(export::validate(&a), Err(expected.to_string()));
    }
    assert_eq!(export::validate(&fixture()), Ok(()));
}

proptest! {
    /// Hand edits anywhere in a file (a digit changed, a bracket or quote dropped in)
    /// give an error or a valid alignment, never a panic.
    #[test]
    fn edited_files_never_panic(
        a in alignments(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(vec!["0", "9", "7", "]", "[", ",", "\"", "-", "}", "", "99999999999999999999", "1e400"])), 1..4),
    ) {
        let mut json = written(&a, Format::Json, Level::Paragraph);
        for (at, replacement) in edits {
            let mut i = at.index(json.len());
            while !json.is_char_boundary(i) {
                i -= 1;
            }
            let end = json[i..].chars().next().map_or(i, |c| i + c.len_utf8());
            json.replace_range(i..end, replacement);
        }
        if let Ok(reloaded) = export::load_json("fuzz.json", &json) {
            prop_assert_eq!(export::validate(&reloaded), Ok(()));
        }
    }
}
