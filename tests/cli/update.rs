//! `transdiff update`: the findings on the labelled v2 versions (tests/data/update/*.tsv,
//! written before the tool ran), the carried alignment, the translator's XLIFF and TMX, and
//! bad input.

use crate::common::transdiff;
use quick_xml::Reader;
use quick_xml::events::Event;
use std::path::Path;
use transdiff::alignment::{Alignment, BeadKind, ReviewStatus, UpdateState};
use transdiff::export::{self, Format};
use transdiff::text::Level;
use transdiff::update::{self, UpdateLabel};

const SV: &str = "alignments/en.original.sv.rendering.json";
const NL: &str = "alignments/en.original.nl.rendering.json";
const NL25: &str = "tests/data/update/en.original.nl.rendering-25.json";

fn load(path: &str) -> Alignment {
    let text = std::fs::read_to_string(path).unwrap();
    export::load_json(path, &text).unwrap()
}

fn version(path: &str) -> transdiff::text::Document {
    crate::common::read(path, Some(transdiff::lang::Lang::EN))
}

fn run(v2: &str, alignments: &[&str]) -> update::Update {
    let alignments: Vec<Alignment> = alignments.iter().map(|p| load(p)).collect();
    update::update(&version(v2), &alignments).unwrap()
}

fn expected(name: &str) -> Vec<UpdateLabel> {
    let text = std::fs::read_to_string(format!("tests/data/update/{name}.tsv")).unwrap();
    update::parse_labels(&text).unwrap()
}

fn found(result: &update::Update) -> Vec<UpdateLabel> {
    let mut all: Vec<UpdateLabel> = result.renderings.iter().flat_map(update::findings).collect();
    all.sort();
    all
}

#[test]
fn figures_variant_gives_the_labelled_findings() {
    let result = run("texts/versions/en.original.v2-figures.txt", &[SV, NL, NL25]);
    pretty_assertions::assert_eq!(found(&result), expected("figures"));
}

#[test]
fn edits_variant_gives_the_labelled_findings() {
    let result = run("texts/versions/en.original.v2-edits.txt", &[SV, NL]);
    pretty_assertions::assert_eq!(found(&result), expected("edits"));
}

#[test]
fn sentences_variant_gives_the_labelled_findings() {
    let result = run("texts/versions/en.original.v2-sentences.txt", &[SV, NL]);
    pretty_assertions::assert_eq!(found(&result), expected("sentences"));
}

#[test]
fn an_unchanged_original_carries_every_bead_as_it_was() {
    let nl = load(NL);
    let result = update::update(&version("texts/en.original.txt"), std::slice::from_ref(&nl)).unwrap();
    let carried = &result.renderings[0];
    assert_eq!(carried.counts.stale + carried.counts.orphaned + carried.counts.new, 0);
    // Same pairing, kinds and statuses (a one-sided paragraph bead's confidence is the mean
    // of its sentence beads', not the aligner's).
    let shape = |beads: &[transdiff::alignment::Bead]| -> Vec<String> {
        beads
            .iter()
            .flat_map(|b| {
                std::iter::once(format!("{:?} {:?} {:?} {:?}", b.source(), b.target(), b.kind(), b.status))
                    .chain(b.sentences().iter().map(|s| {
                        format!("  {:?} {:?} {:?} {:?}", s.source(), s.target(), s.kind(), s.status)
                    }))
            })
            .collect()
    };
    pretty_assertions::assert_eq!(shape(&carried.alignment.beads), shape(&nl.beads));
}

#[test]
fn unchanged_passages_keep_their_review_status_and_changed_ones_lose_it() {
    let mut nl = load(NL);
    for bead in &mut nl.beads {
        bead.status = ReviewStatus::Confirmed;
        for s in bead.sentences_mut() {
            s.status = ReviewStatus::Confirmed;
        }
    }
    let result = update::update(&version("texts/versions/en.original.v2-edits.txt"), &[nl]).unwrap();
    let beads = result.renderings[0].alignment.beads_at(Level::Sentence);
    let (mut kept, mut reset) = (0, 0);
    for bead in beads {
        match bead.update.as_ref().map(|m| m.state) {
            None | Some(UpdateState::Moved) if bead.kind() != BeadKind::Omitted => {
                assert_eq!(bead.status, ReviewStatus::Confirmed, "{bead:?}");
                kept += 1;
            }
            Some(UpdateState::Stale | UpdateState::Orphaned | UpdateState::New) => {
                assert_eq!(bead.status, ReviewStatus::Unreviewed, "{bead:?}");
                reset += 1;
            }
            _ => {}
        }
    }
    assert_eq!(reset, 5);
    assert!(kept > 140, "{kept}");
}

#[test]
fn the_carried_alignment_is_valid_and_its_marks_survive_a_round_trip() {
    let result = run("texts/versions/en.original.v2-edits.txt", &[SV, NL]);
    for r in &result.renderings {
        let mut first = Vec::new();
        export::write(&r.alignment, Format::Json, Level::Paragraph, &mut first).unwrap();
        let text = String::from_utf8(first.clone()).unwrap();
        let back = export::load_json("carried.json", &text).unwrap();
        assert_eq!(back, r.alignment);
        let mut second = Vec::new();
        export::write(&back, Format::Json, Level::Paragraph, &mut second).unwrap();
        assert_eq!(first, second);
        let states: Vec<UpdateState> = back
            .beads_at(Level::Sentence)
            .iter()
            .filter_map(|b| b.update.as_ref().map(|m| m.state))
            .collect();
        let count = |s| states.iter().filter(|&&x| x == s).count();
        assert_eq!(
            [
                count(UpdateState::Stale),
                count(UpdateState::Orphaned),
                count(UpdateState::New),
                count(UpdateState::Moved)
            ],
            [2, 1, 2, 5],
            "{}",
            r.rendering
        );
    }
}

#[test]
fn alignments_without_marks_are_written_byte_for_byte_as_before() {
    for path in [SV, NL] {
        let bytes = std::fs::read(path).unwrap();
        let mut out = Vec::new();
        export::write(&load(path), Format::Json, Level::Paragraph, &mut out).unwrap();
        assert!(out == bytes, "{path} changed on a round trip");
    }
}

#[test]
fn a_split_sentence_and_a_moved_paragraph_are_one_bead_each_in_the_version_alignment() {
    let v1 = version("texts/en.original.txt");
    let v2 = version("texts/versions/en.original.v2-sentences.txt");
    let versions = update::align_versions(&v1, &v2);
    let split: Vec<_> = versions.beads.iter().filter(|b| b.v1.len() == 1 && b.v2.len() == 2).collect();
    assert_eq!(split.len(), 1);
    assert_eq!(v2.sentence_text(split[0].v2[0]), "It did not, though, assuage the mass of protesters.");
    let merged: Vec<_> = versions.beads.iter().filter(|b| b.v1.len() == 2 && b.v2.len() == 1).collect();
    assert_eq!(merged.len(), 1);
    let v2 = version("texts/versions/en.original.v2-edits.txt");
    let versions = update::align_versions(&v1, &v2);
    assert_eq!(versions.beads.iter().filter(|b| b.moved).count(), 5);
}

#[test]
fn an_unrelated_new_original_is_refused() {
    let out = transdiff().args(["update", SV, "--to", "texts/en.article-unrelated.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "transdiff: texts/en.article-unrelated.txt: does not read as a new version of texts/en.original.txt: they share 12% of their word pairs (versions of one text share at least 25%)\n  hint: check --to names the new version of this original, not another text\n"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn an_alignment_whose_original_changed_gets_the_stale_text_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("texts")).unwrap();
    std::fs::copy("texts/sv.rendering.txt", dir.path().join("texts/sv.rendering.txt")).unwrap();
    std::fs::write(dir.path().join("texts/en.original.txt"), "Another text.\n").unwrap();
    std::fs::copy(SV, dir.path().join("a.json")).unwrap();
    let v2 = Path::new(env!("CARGO_MANIFEST_DIR")).join("texts/versions/en.original.v2-edits.txt");
    let out = transdiff()
        .current_dir(dir.path())
        .arg("update")
        .arg("a.json")
        .arg("--to")
        .arg(&v2)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("transdiff: a.json: texts/en.original.txt changed since it was aligned"),
        "{stderr}"
    );
    // And missing: the same error as `review` gives.
    std::fs::remove_file(dir.path().join("texts/en.original.txt")).unwrap();
    let out = transdiff()
        .current_dir(dir.path())
        .arg("update")
        .arg("a.json")
        .arg("--to")
        .arg(&v2)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot check whether texts/en.original.txt changed")
    );
}

/// (element name, attributes) of every start or empty element of an XML file.
#[allow(deprecated)]
fn elements(xml: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().0.to_string();
                let attributes = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (a.key.0.to_string(), a.unescape_value().unwrap().into_owned())
                    })
                    .collect();
                out.push((name, attributes));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn out_writes_an_alignment_review_opens_and_xliff_and_tmx_for_the_translator() {
    let dir = tempfile::tempdir().unwrap();
    transdiff()
        .args(["update", SV, NL, "--to", "texts/versions/en.original.v2-edits.txt", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "en.original.v2-edits.nl.rendering.json",
            "en.original.v2-edits.nl.rendering.tmx",
            "en.original.v2-edits.nl.rendering.xlf",
            "en.original.v2-edits.sv.rendering.json",
            "en.original.v2-edits.sv.rendering.tmx",
            "en.original.v2-edits.sv.rendering.xlf",
        ]
    );
    let json = dir.path().join("en.original.v2-edits.nl.rendering.json");
    transdiff().arg("review").arg(&json).args(["--screen", "100x12"]).assert().success();

    let xlf = std::fs::read_to_string(dir.path().join("en.original.v2-edits.nl.rendering.xlf")).unwrap();
    let all = elements(&xlf);
    let attr = |e: &(String, Vec<(String, String)>), k: &str| {
        e.1.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()).unwrap_or_default()
    };
    assert_eq!(attr(&all[0], "version"), "1.2");
    let file = all.iter().find(|e| e.0 == "file").unwrap();
    assert_eq!(
        (attr(file, "source-language"), attr(file, "target-language"), attr(file, "original")),
        ("en".into(), "nl".into(), "texts/versions/en.original.v2-edits.txt".into())
    );
    let units: Vec<String> = all.iter().filter(|e| e.0 == "trans-unit").map(|e| attr(e, "id")).collect();
    assert_eq!(units, ["stale-9", "new-66", "orphaned-v1-80", "stale-100", "new-102"]);
    let alts: Vec<String> =
        all.iter().filter(|e| e.0 == "alt-trans").map(|e| attr(e, "match-quality")).collect();
    assert_eq!(alts, ["50", "93"]);
    assert!(xlf.contains(
        "<alt-trans match-quality=\"93\" origin=\"transdiff-previous-version\">\n          <source xml:lang=\"en\">To do this it needs to be more organised,"
    ));
    let orphan = all.iter().find(|e| attr(e, "id") == "orphaned-v1-80").unwrap();
    assert_eq!(attr(orphan, "translate"), "no");

    let tmx = std::fs::read_to_string(dir.path().join("en.original.v2-edits.nl.rendering.tmx")).unwrap();
    let tus: Vec<String> = elements(&tmx).iter().filter(|e| e.0 == "tu").map(|e| attr(e, "tuid")).collect();
    assert_eq!(tus, ["stale-9", "stale-100"]);
    // transdiff's own bilingual reader opens the XLIFF too (figures on bilingual files).
    transdiff().arg("figures").arg(dir.path().join("en.original.v2-edits.nl.rendering.xlf")).assert().code(0);
}

#[test]
fn json_report_counts_each_rendering() {
    let out = transdiff()
        .args(["update", SV, NL, "--to", "texts/versions/en.original.v2-figures.txt", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["format"], "transdiff-update");
    assert_eq!(report["versions"]["counts"]["edited"], 3);
    let nl = &report["renderings"][1];
    assert_eq!(nl["rendering"], "texts/nl.rendering.txt");
    assert_eq!(nl["counts"]["stale"], 3);
    assert_eq!(nl["counts"]["figures"], 3);
    let stale: Vec<&serde_json::Value> =
        nl["passages"].as_array().unwrap().iter().filter(|p| p["state"] == "stale").collect();
    assert_eq!(stale[1]["figures"][0]["old"], "30%");
    assert_eq!(stale[1]["figures"][0]["new"], "25%");
    assert_eq!(stale[1]["figures"][0]["rendering"], "30%");
}
