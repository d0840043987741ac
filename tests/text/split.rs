//! The segmenter pinned on the bundled texts and fixtures, its invariants under
//! proptest, and `transdiff split` end to end (output and errors).

use crate::common::{read, segmented, transdiff};
use predicates::prelude::*;
use pretty_assertions::assert_eq;
use proptest::prelude::*;
use transdiff::bundled::{self, Bundled};
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment, split_sentences};
use transdiff::text::ParagraphKind::{self, Body, Bullet, Caption, Chrome, Heading};
use transdiff::text::{Document, Layout};

fn doc(b: Bundled) -> Document {
    segmented(b.path, b.bytes, None, false)
}

fn fixture(name: &str) -> Document {
    read(&format!("tests/data/segment/{name}"), None)
}

fn kinds(doc: &Document, range: std::ops::Range<usize>) -> Vec<ParagraphKind> {
    doc.paragraphs[range].iter().map(|p| p.kind).collect()
}

fn sentences(doc: &Document, paragraph: usize) -> Vec<&str> {
    doc.paragraphs[paragraph].sentences.clone().map(|i| doc.sentence_text(i)).collect()
}

/// The index of the paragraph that starts on `line`.
fn at_line(doc: &Document, line: usize) -> usize {
    doc.paragraphs.iter().position(|p| p.lines.0 == line).unwrap()
}

// ---------------------------------------------------------------- bundled texts

#[test]
fn english_original_paragraphs_and_kinds() {
    let doc = doc(bundled::ORIGINAL);
    assert_eq!((doc.layout, doc.lang), (Layout::Web, Lang::EN));
    assert_eq!((doc.paragraphs.len(), doc.sentences.len()), (71, 162));
    assert_eq!(
        kinds(&doc, 0..12),
        [Heading, Heading, Body, Body, Body, Body, Heading, Body, Body, Heading, Body, Body]
    );
    // "Who is behind the “looting”?" is a heading question, directly followed by prose.
    assert_eq!((doc.paragraphs[19].kind, doc.paragraphs[19].lines), (Heading, (39, 39)));
    assert_eq!(doc.paragraphs[20].lines, (40, 40));
    assert_eq!(kinds(&doc, 35..43), [Body, Bullet, Bullet, Bullet, Bullet, Bullet, Bullet, Body]);
    assert_eq!(
        doc.paragraphs[36].text,
        "A change of regime with the resignation of the President and all state officials;"
    );
    // Site furniture from "Total" to the end, teasers of other articles included.
    assert_eq!(doc.paragraphs[57].text, "Total");
    assert_eq!(doc.paragraphs[56].kind, Body);
    assert!(doc.paragraphs[57..].iter().all(|p| p.kind == Chrome));
}

#[test]
fn english_original_tricky_sentences() {
    let doc = doc(bundled::ORIGINAL);
    assert_eq!(
        sentences(&doc, at_line(&doc, 27)),
        [
            "“A group of demonstration [sic] opened fire on national Guard forces outside Almaty’s administration building.",
            "There are some wounded among the security forces….",
            "Protesters looted…",
            "Oppositionists are holding lots of weapons…”."
        ]
    );
    // "…." before a lower-case word does not end the sentence.
    assert_eq!(sentences(&doc, at_line(&doc, 33)).len(), 1);
    assert_eq!(
        sentences(&doc, at_line(&doc, 58))[1],
        "It did not, though, assuage the mass of protesters who, although they had been chanting “Shal, ket!” — “Grandad — go!”, could also sometimes be heard chanting in the plural — they should all go."
    );
    assert_eq!(
        sentences(&doc, at_line(&doc, 67)),
        [
            "It still remains the case however that the best organized and the clearest calls are coming from the workers’ movement in Mangystau, and Zhanaozen in particular.",
            "Even the city’s Akim [mayor] today before a rally of 7–10000 oil workers and supporters had to thank Zhanaozentsi for their peaceful demonstrations.",
            "He did, however, then admit that there were plain-clothed police throughout the crowd “to protect safety”."
        ]
    );
    // The closing quote stays with its sentence.
    assert_eq!(
        sentences(&doc, at_line(&doc, 56))[2],
        "This became especially clear in 2020 at the peak of the pandemic.”"
    );
}

#[test]
fn swedish_rendering_paragraphs_and_sentences() {
    let doc = doc(bundled::RENDERINGS[0]);
    assert_eq!((doc.layout, doc.lang), (Layout::Web, Lang::SV));
    assert_eq!((doc.paragraphs.len(), doc.sentences.len()), (59, 114));
    // Title, photo caption "(Foto: CC)", byline starting in lower case, prose.
    assert_eq!(kinds(&doc, 0..4), [Heading, Caption, Heading, Body]);
    // Lines 9 and 10 follow each other without a blank line: still two paragraphs.
    assert_eq!((doc.paragraphs[4].lines, doc.paragraphs[5].lines), ((9, 9), (10, 10)));
    assert_eq!(kinds(&doc, 31..38), [Body, Bullet, Bullet, Bullet, Bullet, Bullet, Body]);
    assert_eq!(kinds(&doc, 56..59), [Body, Chrome, Chrome]);
    assert_eq!(
        sentences(&doc, at_line(&doc, 23))[1..],
        [
            "(…) Allt runt omkring var lugnt, bortsett från några provokatörer som försökte skapa en konflikt.",
            "(…) I ett hörn höll en samordnare i all hast på att samla ihop ett team av aktivister för att formulera krav mot ODKB:s ingripande, mot att internet stängts ner, mot att civila beskjuts och för regeringens avgång samt bildandet av en provisorisk regering; frigivning av politiska fångar, inrättande av en grupp för att garantera disciplin och bekämpa plundrare…”"
        ]
    );
    // "!” (”…”) men som": the parenthesis continues the sentence.
    assert_eq!(sentences(&doc, at_line(&doc, 40)).len(), 1);
    // Trailing NBSP-and-space is trimmed from the paragraph, not kept in the sentence.
    let p = &doc.paragraphs[at_line(&doc, 12)];
    assert!(p.text.ends_with("utomlands”."), "{:?}", p.text);
}

#[test]
fn dutch_rendering_captions_and_ellipses() {
    let doc = doc(bundled::RENDERINGS[1]);
    assert_eq!((doc.layout, doc.lang), (Layout::Web, Lang::NL));
    assert_eq!((doc.paragraphs.len(), doc.sentences.len()), (61, 163));
    assert_eq!(kinds(&doc, 0..3), [Heading, Caption, Body]);
    assert_eq!(doc.paragraphs[1].text, "Olie-arbeiders in Zhanaozen");
    // "Nazarbajev’s standbeeld wordt neergehaald" sits above the heading "“Wij zijn geen terroristen”".
    assert_eq!(kinds(&doc, 9..13), [Body, Caption, Heading, Body]);
    assert_eq!(doc.paragraphs[10].text, "Nazarbajev’s standbeeld wordt neergehaald");
    assert_eq!(kinds(&doc, 35..42), [Body, Bullet, Bullet, Bullet, Bullet, Bullet, Body]);
    assert_eq!(kinds(&doc, 56..61), [Body, Chrome, Chrome, Chrome, Chrome]);
    assert_eq!(
        sentences(&doc, at_line(&doc, 29))[2..5],
        [
            "Er zijn enkele gewonden onder de veiligheidstroepen …",
            "Betogers plunderden …",
            "Oppositieleden hebben veel wapens.”"
        ]
    );
    // "enz. en" goes on; "“Shal, ket!” hadden geroepen" goes on.
    assert_eq!(sentences(&doc, at_line(&doc, 81)).len(), 4);
    assert_eq!(sentences(&doc, at_line(&doc, 57)).len(), 3);
}

#[test]
fn english_article_chrome_bullets_and_numbers() {
    let doc = doc(bundled::UNRELATED[1]);
    assert_eq!((doc.layout, doc.lang), (Layout::Web, Lang::EN));
    assert_eq!(doc.paragraphs.len(), 45);
    assert_eq!(kinds(&doc, 0..4), [Heading, Chrome, Heading, Body]);
    assert!(doc.paragraphs[34..43].iter().all(|p| p.kind == Bullet));
    assert_eq!(kinds(&doc, 43..45), [Heading, Heading]);
    // UAX #29 alone keeps "intervention. 225 people" together.
    assert_eq!(
        sentences(&doc, at_line(&doc, 55))[2..],
        [
            "The government has never presented any evidence of foreign intervention.",
            "225 people have been killed, 12,000 have been arrested (International Crisis Group, January14)."
        ]
    );
    // A parenthesis after “…!” followed by a comma continues the sentence.
    assert!(sentences(&doc, at_line(&doc, 39))[2].ends_with("continued by Tokayev."));
}

#[test]
fn swedish_magazine_is_reflowed_and_dehyphenated() {
    let doc = doc(bundled::UNRELATED[0]);
    assert_eq!((doc.layout, doc.lang), (Layout::HardWrapped, Lang::SV));
    assert_eq!(doc.paragraphs.len(), 111);
    assert_eq!(kinds(&doc, 0..4), [Heading, Heading, Heading, Body]);
    let p = &doc.paragraphs[6];
    assert_eq!(p.lines, (39, 49));
    assert!(
        p.text.starts_with(
            "Nej, det som tände gnistan och ledde till den proteströrelse vi nu ser var de höjda bränslepriserna. Det var droppen"
        ),
        "{}",
        p.text
    );
    let all: String = doc.paragraphs.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
    for joined in [
        "arbetarklassens",
        "återupprättandet",
        "administrationsbyggnader",
        "stadshuset",
        "”färgrevolution”",
        "fallskärmssoldater",
        "konflikten",
    ] {
        assert!(all.contains(joined), "{joined} not joined");
    }
    for kept in ["NATO- eller EU-land", "81-åringen", "USA-imperialismens", "Kassym-Jomart", "pro-västliga"]
    {
        assert!(all.contains(kept), "{kept} not kept");
    }
    // Bullets, and the continuation line "våld" joined to its item.
    assert_eq!(doc.paragraphs[14].kind, Bullet);
    assert_eq!(doc.paragraphs[14].lines, (85, 87));
    assert!(doc.paragraphs[14].text.ends_with("regimens brutala våld"));
    assert_eq!(kinds(&doc, 16..19), [Bullet, Bullet, Body]);
    // A page break in the middle of a sentence (lines 236 → 244) does not break the paragraph.
    let across = at_line(&doc, 232);
    assert_eq!(doc.paragraphs[across].lines, (232, 246));
    // Page furniture and photo credits.
    let url = &doc.paragraphs[at_line(&doc, 182)];
    assert_eq!((url.kind, url.text.as_str()), (Chrome, "http://www.letusrise.ie/"));
    assert_eq!(doc.paragraphs[at_line(&doc, 220)].kind, Caption);
    // Sentence lines point into the file: the second sentence of paragraph 6 starts on line 41.
    let second = doc.paragraphs[6].sentences.start + 1;
    assert_eq!(doc.sentence_line(second), 41);
    let bytes = &doc.sentences[second].bytes;
    let file = std::str::from_utf8(bundled::UNRELATED[0].bytes).unwrap();
    assert!(file[bytes.clone()].starts_with("Det var droppen"));
    assert!(file[bytes.clone()].ends_with("utsugning."));
}

#[test]
fn every_sentence_maps_to_its_bytes_in_the_file() {
    for b in [
        bundled::ORIGINAL,
        bundled::RENDERINGS[0],
        bundled::RENDERINGS[1],
        bundled::UNRELATED[0],
        bundled::UNRELATED[1],
    ] {
        let doc = doc(b);
        let file = std::str::from_utf8(b.bytes).unwrap();
        for (i, s) in doc.sentences.iter().enumerate() {
            let text = doc.sentence_text(i);
            let in_file = &file[s.bytes.clone()];
            // Re-flowing only changes white space and line-end hyphens.
            let squash = |t: &str| t.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>();
            assert_eq!(squash(text), squash(in_file), "{}: sentence {i}", b.path);
        }
    }
}

// ---------------------------------------------------------------- fixtures

#[test]
fn bom_crlf_fixture() {
    let doc = fixture("bom-crlf.en.txt");
    assert_eq!(doc.layout, Layout::Web);
    assert_eq!(kinds(&doc, 0..5), [Heading, Body, Bullet, Bullet, Heading]);
    assert_eq!(sentences(&doc, 1), ["Mr.\u{a0}Smith arrived.", "He left… then came back."]);
    assert_eq!(doc.sentences[1].bytes, 16..35);
    assert_eq!(doc.paragraphs[2].lines, (4, 4));
    assert_eq!(doc.paragraphs[2].text, "First item;");
}

#[test]
fn wrapped_fixture_with_blank_lines_between_paragraphs() {
    let doc = fixture("wrapped.en.txt");
    assert_eq!(doc.layout, Layout::HardWrapped);
    let lines: Vec<_> = doc.paragraphs.iter().map(|p| (p.kind, p.lines)).collect();
    assert_eq!(
        lines,
        [
            (Heading, (1, 1)),
            (Body, (3, 8)),
            (Body, (10, 15)),
            (Bullet, (17, 18)),
            (Bullet, (19, 19)),
            (Chrome, (21, 21))
        ]
    );
    assert_eq!(
        sentences(&doc, 1),
        [
            "This is a report that was extracted from a PDF file, so its lines are wrapped at about seventy characters, and words at the ends of lines are sometimes hyphenated by the typesetter.",
            "The paragraph goes on for a while, so that the layout detector sees enough long lines that end in the middle of a sentence.",
            "Mr. J. R. Smith, the author, wrote it in 2021."
        ]
    );
    assert!(
        doc.paragraphs[2]
            .text
            .contains("the pro- and anti-government camps, a new anti-war campaign, and the EU-countries.")
    );
    assert_eq!(
        doc.paragraphs[3].text,
        "A bullet item that wraps onto a second line because it is long and goes on in lower case"
    );
}

// ---------------------------------------------------------------- invariants

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = segment("x", &bytes, &SegmentOptions::default());
        let _ = segment("x", &bytes, &SegmentOptions { lang: Some(Lang::SV), presplit: true });
    }

    #[test]
    fn text_segments_are_well_formed(
        text in "([A-Za-zÅÄÖåäö]{1,9}|[ \u{a0}\u{2009}]|[.!?…:;,\"“”’()\\[\\]•–-]|\n|\r\n|\r|[0-9]{1,4}|Mr\\.|t\\.ex\\.){0,120}",
        presplit in any::<bool>(),
    ) {
        let Ok(doc) = segment("x", text.as_bytes(), &SegmentOptions { lang: Some(Lang::EN), presplit }) else {
            return Ok(());
        };
        let mut last_line = 0;
        let mut next_sentence = 0;
        let mut last_byte = 0;
        for (i, p) in doc.paragraphs.iter().enumerate() {
            prop_assert!(p.lines.0 > last_line && p.lines.1 >= p.lines.0, "lines {:?} after {}", p.lines, last_line);
            last_line = p.lines.1;
            prop_assert_eq!(p.sentences.start, next_sentence);
            prop_assert!(!p.sentences.is_empty());
            next_sentence = p.sentences.end;
            let mut end = 0;
            for s in p.sentences.clone() {
                let s = &doc.sentences[s];
                prop_assert_eq!(s.paragraph, i);
                prop_assert!(s.range.start >= end && s.range.start < s.range.end && s.range.end <= p.text.len());
                prop_assert!(p.text.is_char_boundary(s.range.start) && p.text.is_char_boundary(s.range.end));
                prop_assert!(s.bytes.start >= last_byte && s.bytes.end <= text.len() && s.bytes.start < s.bytes.end);
                prop_assert!(text.is_char_boundary(s.bytes.start) && text.is_char_boundary(s.bytes.end));
                end = s.range.end;
                last_byte = s.bytes.end;
            }
        }
        prop_assert_eq!(next_sentence, doc.sentences.len());
    }

    #[test]
    fn split_sentences_ranges_are_ordered_and_trimmed(text in "\\PC{0,200}") {
        let mut end = 0;
        for r in split_sentences(&text, Lang::UND) {
            prop_assert!(r.start >= end && r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            let s = &text[r.clone()];
            prop_assert_eq!(s.trim(), s);
            end = r.end;
        }
    }
}

// ---------------------------------------------------------------- the command

#[test]
fn split_english_original_whole_output() {
    let out = transdiff().args(["split", "texts/en.original.txt"]).assert().success();
    insta::assert_snapshot!(String::from_utf8_lossy(&out.get_output().stdout));
}

#[test]
fn split_magazine_with_given_language() {
    transdiff()
        .args(["split", "texts/sv.magazine-unrelated.txt", "--lang", "sv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "file:       texts/sv.magazine-unrelated.txt\n\
             layout:     hard-wrapped text (lines re-flowed into paragraphs)\n\
             language:   sv (given)\n\
             paragraphs: 111\n",
        ))
        .stdout(predicate::str::contains("\n¶6 body, lines 39-49\n"));
}

#[test]
fn split_json_and_presplit() {
    let out = transdiff()
        .args(["split", "tests/data/segment/bom-crlf.en.txt", "--presplit", "--format", "json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["layout"], "pre-split");
    assert_eq!(json["lang_source"], "detected");
    assert_eq!(json["paragraphs"].as_array().unwrap().len(), 5);
    assert_eq!(
        json["paragraphs"][1]["sentences"][0]["text"],
        "Mr.\u{a0}Smith arrived. He left… then came back."
    );
    assert_eq!(json["paragraphs"][1]["sentences"][0]["bytes"], serde_json::json!([16, 62]));
    assert_eq!(json["paragraphs"][2]["sentences"][0]["text"], "• First item;");
}

fn split_error(bytes: Option<&[u8]>, expected: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("input.txt");
    if let Some(bytes) = bytes {
        std::fs::write(&path, bytes).unwrap();
    }
    transdiff()
        .arg("split")
        .arg(&path)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(expected))
        .stderr(predicate::str::contains("input.txt"));
}

#[test]
fn split_errors_exit_2_with_a_clear_message() {
    split_error(None, "cannot read");
    split_error(Some(b"caf\xE9 au lait\nline two\n"), "input.txt:1: not valid UTF-8 at byte offset 3");
    split_error(Some(b"ok\nsecond \xFF line\n"), "input.txt:2: not valid UTF-8 at byte offset 10");
    split_error(Some(b""), "the file is empty or holds only white space");
    split_error(Some(" \n\t\r\n\u{a0}\n".as_bytes()), "the file is empty or holds only white space");
    split_error(
        Some(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "looks like binary data (control byte at offset 6)",
    );
    split_error(Some(b"\xFF\xFEh\x00i\x00"), "the file is UTF-16 text, not UTF-8");
}

#[test]
fn split_directory_and_bad_language_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    transdiff()
        .arg("split")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a directory, not a text file"));
    transdiff()
        .args(["split", "texts/en.original.txt", "--lang", "xx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--lang \"xx\": unknown language code"));
}

#[test]
fn every_subcommand_help_this_team_owns_has_examples_and_exit_codes() {
    for sub in ["split", "align", "review"] {
        let out = transdiff().args([sub, "--help"]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{sub}");
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains("\nExamples:\n  transdiff "), "{sub} --help has no examples:\n{help}");
        assert!(help.contains("\nExit codes: 0 success"), "{sub} --help has no exit codes:\n{help}");
    }
    // split's help says how to read its output.
    let out = transdiff().args(["split", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("`ID LINE: text`"), "{help}");
}
