//! The comparison on hand-made alignments, the labelled set, and the
//! no-finding guarantees (a rendering against itself, or against a copy with
//! another language's number notation).

use crate::common::segmented;
use pretty_assertions::assert_eq;
use transdiff::align::{AlignOptions, align};
use transdiff::alignment::{Alignment, Bead, BeadKind};
use transdiff::bundled;
use transdiff::compare::notation::{self, Notation};
use transdiff::compare::{CompareOptions, Finding, FindingKind, Value, compare, compare_with, parse_figures};
use transdiff::eval::labels::{self, Tally};
use transdiff::lang::Lang;
use transdiff::text::{Document, Side};

fn doc(path: &str, text: &str, lang: Lang) -> Document {
    segmented(path, text, Some(lang), false)
}

/// A paragraph bead over `source`/`target` paragraphs with the given sentence
/// beads (lists of paragraphs whose sentences they hold on each side).
fn bead(
    kind: BeadKind,
    s: &[usize],
    t: &[usize],
    sentence_beads: &[(&[usize], &[usize])],
    a: &Document,
    b: &Document,
) -> Bead {
    let sentences =
        |d: &Document, ps: &[usize]| ps.iter().flat_map(|&p| d.paragraphs[p].sentences.clone()).collect();
    let bead = Bead::new(kind, s.to_vec(), t.to_vec(), 1.0).unwrap();
    let mut inside = Vec::new();
    let beads: Vec<(&[usize], &[usize])> =
        if sentence_beads.is_empty() { vec![(s, t)] } else { sentence_beads.to_vec() };
    for (ss, ts) in beads {
        let k = match (ss.is_empty(), ts.is_empty()) {
            (false, true) => BeadKind::Omitted,
            (true, false) => BeadKind::Added,
            _ => kind,
        };
        inside.push(Bead::new(k, sentences(a, ss), sentences(b, ts), 1.0).unwrap());
    }
    bead.with_sentences(inside).unwrap()
}

/// Each finding as (kind, source line:text, target line:text).
fn brief(findings: &[Finding]) -> Vec<(FindingKind, String, String)> {
    let side = |o: Option<&transdiff::compare::Occurrence>| {
        o.map_or("-".into(), |o| format!("{}:{}", o.line, o.text))
    };
    findings.iter().map(|f| (f.kind, side(f.source()), side(f.target()))).collect()
}

fn figures_only() -> CompareOptions {
    CompareOptions { names: false }
}

/// One paragraph each side, paired 1-1.
fn one_to_one(en: &str, other: &str, lang: Lang) -> Vec<(FindingKind, String, String)> {
    let (a, b) = (doc("en.txt", en, Lang::EN), doc("x.txt", other, lang));
    let beads = vec![bead(BeadKind::Match, &[0], &[0], &[], &a, &b)];
    brief(&compare_with(&Alignment::given(a, b, beads), &figures_only()))
}

/// Every paragraph of each side in one bead (lines of a sample output are paragraphs).
fn all_in_one(en: &str, other: &str, lang: Lang) -> Vec<(FindingKind, String, String)> {
    let (a, b) = (doc("en.txt", en, Lang::EN), doc("x.txt", other, lang));
    let (s, t): (Vec<usize>, Vec<usize>) =
        ((0..a.paragraphs.len()).collect(), (0..b.paragraphs.len()).collect());
    let beads = vec![bead(BeadKind::Match, &s, &t, &[], &a, &b)];
    brief(&compare_with(&Alignment::given(a, b, beads), &figures_only()))
}

/// The first paragraph of each side paired, and every further paragraph of the original left
/// out: a condensed rendering ([`transdiff::compare::CONDENSED_SHARE`]).
fn condensed(en: &str, other: &str, lang: Lang) -> Vec<(FindingKind, String, String)> {
    let (a, b) = (doc("en.txt", en, Lang::EN), doc("x.txt", other, lang));
    let mut beads = vec![bead(BeadKind::Match, &[0], &[0], &[], &a, &b)];
    for p in 1..a.paragraphs.len() {
        beads.push(Bead::new(BeadKind::Omitted, vec![p], Vec::new(), 1.0).unwrap());
    }
    brief(&compare_with(&Alignment::given(a, b, beads), &figures_only()))
}

/// A German sentence against its French rendering, one bead.
fn de_fr(de: &str, fr: &str) -> Vec<(FindingKind, String, String)> {
    let (a, b) = (doc("de.txt", de, Lang::DE), doc("fr.txt", fr, Lang::FR));
    let beads = vec![bead(BeadKind::Match, &[0], &[0], &[], &a, &b)];
    brief(&compare_with(&Alignment::given(a, b, beads), &figures_only()))
}

#[test]
fn a_dropped_zero_is_a_mismatch() {
    assert_eq!(
        one_to_one("A crowd of 2,500 workers.", "En folkmassa på 250 arbetare.", Lang::SV),
        vec![(FindingKind::Mismatch, "1:2,500".into(), "1:250".into())]
    );
    assert_eq!(
        one_to_one("A crowd of 250 workers.", "En folkmassa på 2 500 arbetare.", Lang::SV),
        vec![(FindingKind::Mismatch, "1:250".into(), "1:2 500".into())]
    );
    assert_eq!(one_to_one("A crowd of 2,500 workers.", "Een menigte van 2.500 arbeiders.", Lang::NL), vec![]);
}

#[test]
fn a_range_with_another_end_is_a_mismatch() {
    assert_eq!(
        one_to_one(
            "A rally of 7–10000 oil workers.",
            "Een bijeenkomst van 7 tot 1.000 oliearbeiders.",
            Lang::NL
        ),
        vec![(FindingKind::Mismatch, "1:7–10000".into(), "1:7 tot 1.000".into())]
    );
    assert_eq!(
        one_to_one("Cut off from 80–90% of regions.", "Avskuren från 80-95 procent av regionerna.", Lang::SV),
        vec![(FindingKind::Mismatch, "1:80–90%".into(), "1:80-95 procent".into())]
    );
}

#[test]
fn missing_and_added_figures() {
    assert_eq!(
        one_to_one(
            "It fell from 50% in 2019 to 30% now.",
            "Den föll från 50% på onsdagen den 5 januari.",
            Lang::SV
        ),
        vec![
            (FindingKind::Missing, "1:2019".into(), "-".into()),
            (FindingKind::Missing, "1:30%".into(), "-".into()),
            (FindingKind::Added, "-".into(), "1:5 januari".into()),
        ]
    );
}

#[test]
fn translated_figures_agree() {
    assert_eq!(
        one_to_one(
            "Now three thousand troops crossed the 3500km wide country; tens of thousands were fired, dozens killed, in 1993 and over two decades.",
            "Nu zijn drieduizend troepen het 3500 km brede land over; tienduizenden ontslagen, tientallen gedood, in 1993 en in twee decennia.",
            Lang::NL
        ),
        vec![]
    );
    assert_eq!(
        one_to_one(
            "Now three thousand troops crossed the 3500km wide country; tens of thousands were fired, a few dozen killed.",
            "Nu har 3,000 soldater korsat det 3,500 kilometer breda landet; tiotusentals avskedades, några dussin dödades.",
            Lang::SV
        ),
        vec![]
    );
}

#[test]
fn ambiguous_tokens_are_decided_by_their_counterpart() {
    // "3,000" in Swedish may be three thousand or three: either counterpart confirms it.
    assert_eq!(one_to_one("3000 soldiers", "3,000 soldater", Lang::SV), vec![]);
    assert_eq!(one_to_one("3.5 km", "3,500 km", Lang::SV), vec![]);
    assert_eq!(one_to_one("1000 workers", "1.000 arbeiders", Lang::NL), vec![]);
    assert_eq!(
        one_to_one("30 workers", "3.000 arbeiders", Lang::NL),
        vec![(FindingKind::Mismatch, "1:30".into(), "1:3.000".into())]
    );
}

#[test]
fn no_crying_wolf_over_articles_pronouns_and_labels() {
    assert_eq!(
        one_to_one(
            "One site reports: one correspondent wrote.",
            "Eén site meldt: een correspondent schreef.",
            Lang::NL
        ),
        vec![]
    );
    assert_eq!(one_to_one("One site reports.", "Een sajt rapporterar.", Lang::SV), vec![]);
    assert_eq!(one_to_one("As the law says.", "Som artikel 3 säger.", Lang::SV), vec![]);
    assert_eq!(one_to_one("A deputy spoke.", "En ledamot talade.", Lang::SV), vec![]);
}

#[test]
fn figures_in_wholly_omitted_or_added_passages_are_reported_apart() {
    let a = doc("en.txt", "Thirteen police died.\nThe 1993 constitution.\n", Lang::EN);
    let b = doc("sv.txt", "Oljearbetare som strejkade 2011.\n1993 års konstitution.\n", Lang::SV);
    let beads = vec![
        bead(BeadKind::Omitted, &[0], &[], &[], &a, &b),
        bead(BeadKind::Added, &[], &[0], &[], &a, &b),
        bead(BeadKind::Moved, &[1], &[1], &[], &a, &b),
    ];
    let findings = compare_with(&Alignment::given(a, b, beads), &figures_only());
    assert_eq!(
        brief(&findings),
        vec![
            (FindingKind::InOmittedPassage, "1:Thirteen".into(), "-".into()),
            (FindingKind::InAddedPassage, "-".into(), "1:2011".into()),
        ]
    );
    assert_eq!(findings[0].kind.severity(), transdiff::compare::Severity::Medium);
    assert_eq!(findings[1].bead, 1);
}

#[test]
fn the_figures_of_one_omitted_passage_are_one_finding() {
    // Two neighbouring omitted paragraphs are one passage: one finding, its figures listed in
    // reading order; an omitted paragraph after a matched one is another passage.
    let a = doc(
        "en.txt",
        "The rally was peaceful.\n\nThirteen police died and 200 were hurt.\n\nIn 1993 it began.\n\nThe strike of 2011 ended.\n\nIt cost 40 lives.\n",
        Lang::EN,
    );
    let b = doc("sv.txt", "Mötet var fredligt.\n\nStrejken 2011 tog slut.\n", Lang::SV);
    let beads = vec![
        bead(BeadKind::Match, &[0], &[0], &[], &a, &b),
        bead(BeadKind::Omitted, &[1], &[], &[], &a, &b),
        bead(BeadKind::Omitted, &[2], &[], &[], &a, &b),
        bead(BeadKind::Match, &[3], &[1], &[], &a, &b),
        bead(BeadKind::Omitted, &[4], &[], &[], &a, &b),
    ];
    let findings = compare_with(&Alignment::given(a, b, beads), &figures_only());
    assert_eq!(
        brief(&findings),
        vec![
            (FindingKind::InOmittedPassage, "3:Thirteen".into(), "-".into()),
            (FindingKind::InOmittedPassage, "9:40".into(), "-".into()),
        ]
    );
    let listed =
        |f: &Finding| f.occurrences().iter().map(|o| format!("{}:{}", o.line, o.text)).collect::<Vec<_>>();
    assert_eq!(listed(&findings[0]), ["3:Thirteen", "3:200", "5:1993"]);
    assert_eq!(listed(&findings[1]), ["9:40"]);
    assert_eq!(
        findings[0].note(),
        "3 figures are in a passage the rendering leaves out: Thirteen, 200, 1993"
    );
    assert_eq!(findings[1].note(), "40 is in a passage the rendering leaves out");
    assert_eq!((findings[0].bead, findings[0].grade()), (1, transdiff::compare::Grade::Note));
    // The labelled set counts a passage finding once for each figure it lists.
    let label = |line: usize, text: &str| labels::FigureLabel {
        pair: "en-sv".into(),
        expected: labels::Expected::Finding(FindingKind::InOmittedPassage),
        source: Some((line, text.into())),
        target: None,
    };
    let chrome = labels::Chrome::default();
    let score = labels::score(
        &[label(3, "Thirteen"), label(3, "200"), label(5, "1993"), label(9, "40")],
        &findings,
        &chrome,
        &labels::FIGURE_KINDS,
    );
    assert_eq!(score.overall(), Tally { tp: 4, fp: 0, fn_: 0 });
    assert_eq!(labels::detection(&[label(5, "1993")], &findings, &chrome), Tally { tp: 1, fp: 3, fn_: 0 });
}

#[test]
fn a_timestamp_rewritten_as_a_whole_is_one_mismatch() {
    let a = doc("en.txt", "The run ended on 3 March 2005 at 23:05:25 in the log.\n", Lang::EN);
    let b = doc("fr.txt", "Le journal finit le 17 février 2020 à 14:19:06 cette fois.\n", Lang::FR);
    let beads = vec![bead(BeadKind::Match, &[0], &[0], &[], &a, &b)];
    let findings = compare_with(&Alignment::given(a.clone(), b, beads), &figures_only());
    let notes: Vec<(FindingKind, String, transdiff::compare::Grade)> =
        findings.iter().map(|f| (f.kind, f.note(), f.grade())).collect();
    assert_eq!(
        notes,
        [(
            FindingKind::Mismatch,
            "the timestamp 3 March 2005 at 23:05:25 is 17 février 2020 à 14:19:06 in the rendering: a localised example, or changed".to_string(),
            transdiff::compare::Grade::Warning
        )]
    );
    // A date alone, without a time of day on both sides, stays as it was.
    let c = doc("fr.txt", "Le journal finit le 17 février 2020 cette fois.\n", Lang::FR);
    let beads = vec![bead(BeadKind::Match, &[0], &[0], &[], &a, &c)];
    let findings = compare_with(&Alignment::given(a, c, beads), &figures_only());
    assert!(findings.iter().all(|f| !f.note().starts_with("the timestamp")), "{:?}", brief(&findings));
}

#[test]
fn a_year_written_apart_from_its_date_is_the_date_s_year() {
    // ctime: "Mar  3 23:05:25 2005" against "03 Mär 2005 23:05:25": the same timestamp.
    let found = one_to_one(
        "The date and time (e.g., Thu Mar  3 23:05:25 2005) of the locale.\n",
        "Datum und Zeit der Locale (z. B. Do 03 Mär 2005 23:05:25 CET).\n",
        Lang::DE,
    );
    assert_eq!(found, []);
    // Another year after the time is still a figure of its own.
    let found = one_to_one(
        "The date and time (e.g., Thu Mar  3 23:05:25 2006) of the locale.\n",
        "Datum und Zeit der Locale (z. B. Do 03 Mär 2005 23:05:25 CET).\n",
        Lang::DE,
    );
    assert_eq!(found, [(FindingKind::Missing, "1:2006".to_string(), "-".to_string())]);
}

#[test]
fn an_ordinal_pairs_with_the_ordinal_before_a_number_word() {
    // "zweite" finds "2e", not the "deux" before it; "2e" is no added figure.
    let (a, b) = (
        doc("de.txt", "Die zweite und die dritte Besteigung gelangen am 23. Mai.\n", Lang::DE),
        doc("fr.txt", "Deux cordées réussirent les 2e et 3e ascensions le 23 mai.\n", Lang::FR),
    );
    let beads = vec![bead(BeadKind::Match, &[0], &[0], &[], &a, &b)];
    assert_eq!(brief(&compare_with(&Alignment::given(a, b, beads), &figures_only())), []);
}

#[test]
fn an_added_caption_grouped_with_prose_is_still_an_added_passage() {
    let a = doc("en.txt", "Ten years ago the strikers stood firm.\n", Lang::EN);
    let mut b = doc(
        "sv.txt",
        "Oljearbetare som strejkade 2011.\nFör tio år sedan stod de strejkande fast.\n",
        Lang::SV,
    );
    b.paragraphs[0].kind = transdiff::text::ParagraphKind::Caption;
    let beads = vec![bead(BeadKind::Match, &[0], &[0, 1], &[], &a, &b)];
    assert_eq!(
        brief(&compare_with(&Alignment::given(a, b, beads), &figures_only())),
        vec![(FindingKind::InAddedPassage, "-".into(), "1:2011".into())]
    );
}

#[test]
fn pairing_prefers_the_sentence_bead() {
    // Two sentences a side, aligned in order: "12" belongs with "13" in the
    // first pair, not with the "13" that matches exactly in the second.
    let a = doc("en.txt", "12 were hurt.\n13 died.\n", Lang::EN);
    let b = doc("sv.txt", "13 skadades.\n13 dog.\n", Lang::SV);
    let beads = vec![bead(BeadKind::Match, &[0, 1], &[0, 1], &[(&[0], &[0]), (&[1], &[1])], &a, &b)];
    assert_eq!(
        brief(&compare_with(&Alignment::given(a, b, beads), &figures_only())),
        vec![(FindingKind::Mismatch, "1:12".into(), "1:13".into())]
    );
}

#[test]
fn pairing_falls_back_to_the_paragraph_bead() {
    // The sentence aligner paired the wrong sentences; the figures still meet.
    let a = doc("en.txt", "In 2019 it began.\nBy 2020 it spread.\n", Lang::EN);
    let b = doc("sv.txt", "2020 spred det sig.\n2019 började det.\n", Lang::SV);
    let beads = vec![bead(BeadKind::Match, &[0, 1], &[0, 1], &[(&[0], &[0]), (&[1], &[1])], &a, &b)];
    assert_eq!(brief(&compare_with(&Alignment::given(a, b, beads), &figures_only())), vec![]);
}

#[test]
fn a_figure_across_a_misplaced_bead_boundary_is_not_missing() {
    let a = doc("en.txt", "A rally of oil workers.\nThey listed 5 demands.\n", Lang::EN);
    let b = doc("sv.txt", "Ett möte med oljearbetare, som listade fem krav.\nDe är:\n", Lang::SV);
    let beads =
        vec![bead(BeadKind::Match, &[0], &[0], &[], &a, &b), bead(BeadKind::Match, &[1], &[1], &[], &a, &b)];
    assert_eq!(brief(&compare_with(&Alignment::given(a, b, beads), &figures_only())), vec![]);
}

#[test]
fn findings_carry_the_parsed_value() {
    let (a, b) =
        (doc("en.txt", "7–10000 workers", Lang::EN), doc("nl.txt", "7 tot 1.000 arbeiders", Lang::NL));
    let beads = vec![bead(BeadKind::Match, &[0], &[0], &[], &a, &b)];
    let findings = compare(&Alignment::given(a, b, beads));
    let target = findings[0].target().unwrap();
    assert_eq!(target.side, Side::Target);
    assert_eq!(target.span, 0..11);
    assert_eq!(
        target.figure.as_ref().map(|p| p.value.clone()),
        Some(Value::Range { low: vec![7.0], high: vec![1000.0] })
    );
    assert_eq!(findings[0].note(), "7–10000 vs 7 tot 1.000");
}

fn bundled_doc(b: &bundled::Bundled) -> Document {
    crate::common::bundled(b)
}

#[test]
fn the_labelled_set_on_hand_made_alignments() {
    let labels = labels::parse_labels("labels.tsv", include_str!("../data/figures/labels.tsv")).unwrap();
    let source = bundled_doc(&bundled::ORIGINAL);
    let golds =
        [include_str!("../data/figures/align.en-sv.tsv"), include_str!("../data/figures/align.en-nl.tsv")];
    let mut results = Vec::new();
    for (b, gold) in bundled::RENDERINGS.iter().zip(golds) {
        let pair = format!("en-{}", b.lang);
        let (al, chrome) = labels::gold_alignment(&pair, &source, &bundled_doc(b), gold).unwrap();
        let mine: Vec<_> = labels.iter().filter(|l| l.pair == pair).cloned().collect();
        let found = compare(&al);
        let figures = labels::score(&mine, &found, &chrome, &labels::FIGURE_KINDS);
        let names = labels::score(&mine, &found, &chrome, &labels::NAME_KINDS);
        assert_eq!(figures.errors, Vec::<String>::new(), "{pair}");
        assert_eq!(names.errors, Vec::<String>::new(), "{pair}");
        let detected = labels::detection(&mine, &found, &chrome);
        assert_eq!(detected.fp, 0, "{pair}");
        assert_eq!(detected.fn_, 0, "{pair}");
        results.push((pair, figures.overall(), names.overall()));
    }
    assert_eq!(
        results,
        vec![
            ("en-sv".to_string(), Tally { tp: 28, fp: 0, fn_: 0 }, Tally { tp: 1, fp: 0, fn_: 0 }),
            ("en-nl".to_string(), Tally { tp: 1, fp: 0, fn_: 0 }, Tally { tp: 4, fp: 0, fn_: 0 }),
        ]
    );
}

#[test]
fn a_rendering_against_itself_has_no_findings() {
    for b in bundled::RENDERINGS.iter().chain([&bundled::ORIGINAL]) {
        let d = bundled_doc(b);
        let findings = compare(&align(&d, &d, &AlignOptions::default()));
        assert_eq!(brief(&findings), vec![], "{}", b.path);
    }
}

/// Rewrites every digit number of `text` (read as `lang`) in `notation`.
fn renotate(text: &str, lang: Lang, notation: Notation) -> String {
    let mut out = String::new();
    let mut last = 0;
    for f in parse_figures(text, lang) {
        let tokens = digit_tokens(&f.text);
        for (start, end) in tokens {
            let (start, end) = (f.span.start + start, f.span.start + end);
            let Some(readings) = notation::read_digits(&text[start..end], lang) else { continue };
            let v = format!("{}", readings[0]);
            let (int, frac) = v.split_once('.').unwrap_or((&v, ""));
            out.push_str(&text[last..start]);
            out.push_str(&notation::format(int, frac, notation, false));
            last = end;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Byte ranges of the digit tokens in a figure's text ("3 500 km" → the "3 500").
fn digit_tokens(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        loop {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let rest = &s[i..];
            let sep = rest.chars().next().filter(|c| matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{2009}'));
            match sep {
                Some(c)
                    if rest[c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
                        && (c != ' ' || rest[1..].bytes().take_while(u8::is_ascii_digit).count() == 3) =>
                {
                    i += c.len_utf8();
                }
                _ => break,
            }
        }
        out.push((start, i));
    }
    out
}

#[test]
fn another_languages_notation_changes_nothing() {
    let extra =
        "Budgeten var 3 500 000,75 kronor, 12,5 procent av 1 200 arbetare och 2,5 miljoner invånare.\n";
    let sv = format!("{}{extra}", std::str::from_utf8(bundled::RENDERINGS[0].bytes).unwrap());
    for notation in [Notation::Dutch, Notation::English, Notation::Swedish('\u{a0}')] {
        let changed = renotate(&sv, Lang::SV, notation);
        assert_ne!(changed, sv);
        let (a, b) = (doc("sv.txt", &sv, Lang::SV), doc("sv-renotated.txt", &changed, Lang::SV));
        let findings = compare(&align(&a, &b, &AlignOptions::default()));
        assert_eq!(brief(&findings), vec![], "{notation:?}");
    }
    assert!(renotate(extra, Lang::SV, Notation::Dutch).contains("3.500.000,75 kronor, 12,5 procent av 1200"));
    assert!(
        renotate(extra, Lang::SV, Notation::English).contains("3,500,000.75 kronor, 12.5 procent av 1200")
    );
}

#[test]
fn a_paragraph_folded_into_a_merge_with_no_sentence_matched_is_an_omitted_passage() {
    // The paragraph search may fold a paragraph the rendering leaves out into its
    // neighbour's bead (en 23 of the bundled texts); when no sentence of it is matched
    // at sentence level, its figures belong to an omitted passage, not to the prose.
    let a = doc("en.txt", "The rally was peaceful.\n\nThirteen police died.\n", Lang::EN);
    let b = doc("sv.txt", "Mötet var fredligt.\n", Lang::SV);
    let beads = vec![bead(BeadKind::Match, &[0, 1], &[0], &[(&[0], &[0]), (&[1], &[])], &a, &b)];
    assert_eq!(
        brief(&compare_with(&Alignment::given(a.clone(), b.clone(), beads), &figures_only())),
        vec![(FindingKind::InOmittedPassage, "3:Thirteen".into(), "-".into())]
    );
    // Matched at sentence level, the same figure is simply missing.
    let beads = vec![bead(BeadKind::Match, &[0, 1], &[0], &[(&[0, 1], &[0])], &a, &b)];
    assert_eq!(
        brief(&compare_with(&Alignment::given(a, b, beads), &figures_only())),
        vec![(FindingKind::Missing, "3:Thirteen".into(), "-".into())]
    );
}

#[test]
fn a_figure_two_beads_away_is_a_boundary_effect_not_missing_and_added() {
    let a = doc(
        "de.txt",
        "Zwei Seilschaften am 6. Juli 1956.\n\nDer Turm ist steil.\n\nEs war kalt.\n",
        Lang::DE,
    );
    let b = doc(
        "fr.txt",
        "Deux cordées.\n\nLa tour est raide.\n\nLe 6 juillet 1956 il faisait froid.\n",
        Lang::FR,
    );
    let beads = (0..3).map(|p| bead(BeadKind::Match, &[p], &[p], &[], &a, &b)).collect();
    // Up to NEIGHBOUR_WINDOW (2) beads away the same figure is no finding at all.
    assert_eq!(transdiff::compare::NEIGHBOUR_WINDOW, 2);
    let found = compare_with(&Alignment::given(a, b, beads), &figures_only());
    assert_eq!(brief(&found), vec![]);
    // So are an omitted and an added passage two beads apart that hold the same figure.
    let a = doc("de.txt", "Am 6. Juli 1956.\n\nA.\n\nB.\n", Lang::DE);
    let b = doc("fr.txt", "X.\n\nLe 6 juillet 1956.\n\nY.\n", Lang::FR);
    let beads = vec![
        bead(BeadKind::Omitted, &[0], &[], &[], &a, &b),
        bead(BeadKind::Match, &[1], &[0], &[], &a, &b),
        bead(BeadKind::Added, &[], &[1], &[], &a, &b),
        bead(BeadKind::Match, &[2], &[2], &[], &a, &b),
    ];
    assert_eq!(brief(&compare_with(&Alignment::given(a, b, beads), &figures_only())), vec![]);
    // A small count four beads away is another figure: missing and added.
    let a = doc("de.txt", "Es waren 12 Mann.\n\nA.\n\nB.\n\nC.\n\nD.\n", Lang::DE);
    let b = doc("fr.txt", "V.\n\nX.\n\nY.\n\nZ.\n\nIls étaient 12.\n", Lang::FR);
    let beads = (0..5).map(|p| bead(BeadKind::Match, &[p], &[p], &[], &a, &b)).collect();
    let found = compare_with(&Alignment::given(a, b, beads), &figures_only());
    assert_eq!(
        brief(&found),
        [(FindingKind::Missing, "1:12".into(), "-".into()), (FindingKind::Added, "-".into(), "9:12".into())]
    );
    // A date, rarely repeated by chance, is the same date up to NEIGHBOUR_UNITS_FAR (8)
    // paragraphs away on both sides (a passage moved a few sentences); further, it is not.
    let far = |n: usize| {
        let filler: String = (0..n).map(|_| "A.\n\n").collect();
        let a = doc("de.txt", &format!("Am 6. Juli 1956.\n\n{filler}"), Lang::DE);
        let b = doc("fr.txt", &format!("{filler}Le 6 juillet 1956.\n\n"), Lang::FR);
        let beads = (0..=n).map(|p| bead(BeadKind::Match, &[p], &[p], &[], &a, &b)).collect();
        brief(&compare_with(&Alignment::given(a, b, beads), &figures_only())).len()
    };
    assert_eq!(transdiff::compare::NEIGHBOUR_UNITS_FAR, 8.0);
    assert_eq!((far(3), far(8), far(9)), (0, 0, 2));
}

#[test]
fn a_small_count_beside_the_same_name_reaches_as_far_as_a_date() {
    // A caption the layout put elsewhere on each side: "10" beside the route's name is one
    // figure up to NEIGHBOUR_UNITS_FAR; beside different words it is two, after NEIGHBOUR_UNITS.
    let apart = |n: usize, de: &str, fr: &str| {
        let filler: String = (0..n).map(|_| "A.\n\n").collect();
        let a = doc("de.txt", &format!("{de}\n\n{filler}"), Lang::DE);
        let b = doc("fr.txt", &format!("{filler}{fr}\n\n"), Lang::FR);
        let beads = (0..=n).map(|p| bead(BeadKind::Match, &[p], &[p], &[], &a, &b)).collect();
        brief(&compare_with(&Alignment::given(a, b, beads), &figures_only())).len()
    };
    let (de, fr) = ("Im Dach der Route « Fusion » ( 10- )", "Dans le toit de la voie « Fusion » ( 10 — )");
    assert_eq!((apart(5, de, fr), apart(8, de, fr), apart(9, de, fr)), (0, 0, 2));
    let (de, fr) = ("Es waren 10 Mann .", "Dans le toit de la voie « Fusion » ( 10 — )");
    assert_eq!((apart(3, de, fr), apart(5, de, fr)), (0, 2));
    let (de, fr) = ("« Drei Generationen »", "« Trois générations »");
    assert_eq!(apart(6, de, fr), 0);
}

#[test]
fn a_figure_changed_across_a_bead_boundary_is_one_mismatch() {
    let a = doc("de.txt", "Lager zwischen 5800 und 6100 m.\n\nDer Turm ist steil.\n", Lang::DE);
    let b = doc("fr.txt", "Camps.\n\nEntre 5800 à 6200 m la tour est raide.\n", Lang::FR);
    let beads = (0..2).map(|p| bead(BeadKind::Match, &[p], &[p], &[], &a, &b)).collect();
    let found = compare_with(&Alignment::given(a, b, beads), &figures_only());
    assert_eq!(
        brief(&found),
        [(FindingKind::Mismatch, "1:5800 und 6100 m".into(), "3:5800 à 6200 m".into())]
    );
    assert_eq!(found[0].grade(), transdiff::compare::Grade::Error);
    // Another altitude with the same unit is no evidence of one figure changed.
    let a = doc("de.txt", "Lager auf 8848 m.\n\nDer Turm ist steil.\n", Lang::DE);
    let b = doc("fr.txt", "Camps.\n\nA 7000 m la tour est raide.\n", Lang::FR);
    let beads = (0..2).map(|p| bead(BeadKind::Match, &[p], &[p], &[], &a, &b)).collect();
    let found = compare_with(&Alignment::given(a, b, beads), &figures_only());
    assert_eq!(
        brief(&found),
        [
            (FindingKind::Missing, "1:8848 m".into(), "-".into()),
            (FindingKind::Added, "-".into(), "3:7000 m".into())
        ]
    );
}

#[test]
fn counts_in_words_that_differ_in_one_digit_are_a_warning_not_a_rephrasing() {
    let a = doc("en.txt", "The children of Azmaveth, two thousand three hundred twenty and two.\n", Lang::EN);
    let b = doc("es.txt", "Los hijos de Azmaveth, dos mil seiscientos veintidós.\n", Lang::ES);
    let beads = vec![bead(BeadKind::Match, &[0], &[0], &[], &a, &b)];
    let found = compare_with(&Alignment::given(a, b, beads), &figures_only());
    let graded: Vec<_> = found.iter().map(|f| (f.kind, f.grade(), f.confidence())).collect();
    assert_eq!(graded, [(FindingKind::Mismatch, transdiff::compare::Grade::Warning, 0.9)]);
    // Single digits told in words are a rephrasing as often as not: a note.
    let a = doc("de.txt", "Sechs Bergsteiger erreichten den Gipfel.\n", Lang::DE);
    let b = doc("fr.txt", "Cinq alpinistes atteignirent le sommet.\n", Lang::FR);
    let beads = vec![bead(BeadKind::Match, &[0], &[0], &[], &a, &b)];
    let found = compare_with(&Alignment::given(a, b, beads), &figures_only());
    let graded: Vec<_> = found.iter().map(|f| (f.kind, f.grade())).collect();
    assert_eq!(graded, [(FindingKind::Mismatch, transdiff::compare::Grade::Note)]);
}

#[test]
fn a_repeat_reports_no_figure_of_the_original_missing() {
    // The aligner took a caption of names for a second rendering of a passage it also matched in
    // place: the passage's figures are compared in place, not against the caption.
    let a = doc("de.txt", "Am 23. Mai durch Marmet und Schmied ( 8848 m ) .\n", Lang::DE);
    let b = doc(
        "fr.txt",
        "Marmet Schmied\n\nLe 23 mai par Marmet et Schmied ( 8848 m ) .\n\nPlus 7 .\n",
        Lang::FR,
    );
    let beads = vec![
        bead(BeadKind::Moved, &[0], &[0], &[], &a, &b),
        bead(BeadKind::Match, &[0], &[1], &[], &a, &b),
        bead(BeadKind::Added, &[], &[2], &[], &a, &b),
    ];
    let found = compare_with(&Alignment::given(a.clone(), b.clone(), beads), &figures_only());
    assert_eq!(brief(&found), [(FindingKind::InAddedPassage, "-".into(), "5:7".into())]);
    // A figure the in-place rendering leaves out is still missing there, once.
    let b = doc("fr.txt", "Marmet Schmied\n\nLe 23 mai par Marmet et Schmied .\n", Lang::FR);
    let beads =
        vec![bead(BeadKind::Moved, &[0], &[0], &[], &a, &b), bead(BeadKind::Match, &[0], &[1], &[], &a, &b)];
    let found = compare_with(&Alignment::given(a, b, beads), &figures_only());
    assert_eq!(brief(&found), [(FindingKind::Missing, "1:8848 m".into(), "-".into())]);
}

#[test]
fn a_passage_number_word_told_in_a_derived_form_next_door_is_no_finding() {
    // The rendering wrote the passage into the sentence before it: "une centaine" is its "hundert".
    let a = doc(
        "de.txt",
        "Bald war die Stelle gefunden :\n\netwa hundert Schritt flussaufwärts .\n\nVon dort folgten wir der Spur .\n",
        Lang::DE,
    );
    let b = doc(
        "fr.txt",
        "Nous retrouvâmes sa trace à une centaine de mètres en amont .\n\nDe là nous suivîmes la trace .\n",
        Lang::FR,
    );
    let beads = vec![
        bead(BeadKind::Match, &[0], &[0], &[], &a, &b),
        bead(BeadKind::Omitted, &[1], &[], &[], &a, &b),
        bead(BeadKind::Match, &[2], &[1], &[], &a, &b),
    ];
    let found = compare_with(&Alignment::given(a.clone(), b, beads), &figures_only());
    assert_eq!(brief(&found), []);
    // Without it next door, the passage's number word stays a finding.
    let b =
        doc("fr.txt", "Nous retrouvâmes sa trace en amont .\n\nDe là nous suivîmes la trace .\n", Lang::FR);
    let beads = vec![
        bead(BeadKind::Match, &[0], &[0], &[], &a, &b),
        bead(BeadKind::Omitted, &[1], &[], &[], &a, &b),
        bead(BeadKind::Match, &[2], &[1], &[], &a, &b),
    ];
    let found = compare_with(&Alignment::given(a, b, beads), &figures_only());
    assert_eq!(brief(&found), [(FindingKind::InOmittedPassage, "3:hundert".into(), "-".into())]);
}

#[test]
fn a_figure_the_other_side_writes_where_no_figure_is_parsed_is_no_finding() {
    // The digits are there, glued to an option or to a unit the parser does not know.
    assert_eq!(
        one_to_one("Use xz -9 for the smallest file.", "Utilisez xz-9 pour le plus petit fichier.", Lang::FR),
        vec![]
    );
    assert_eq!(one_to_one("It needs 80 MiB of memory.", "Il faut 80Mio de mémoire.", Lang::FR), vec![]);
    // Only as often as this side writes them: a list that lost one of its repeated "10" keeps
    // the finding, though "-10" is written glued on the other side.
    assert_eq!(
        one_to_one("Levels 10, 10 and 12 are slow.", "Les niveaux xz-10 et 12 sont lents.", Lang::FR),
        vec![(FindingKind::Missing, "1:10".into(), "-".into())]
    );
}

#[test]
fn digits_both_sides_write_unparsed_do_not_hide_a_dropped_figure() {
    // `10MiB` glued to an option on both sides pairs with itself; the list's dropped "10" stays.
    assert_eq!(
        one_to_one(
            "With --size=10MiB one gets 5, 10, 10 and 1.",
            "Avec --size=10MiB on a 5, 10 et 1.",
            Lang::FR
        ),
        vec![(FindingKind::Missing, "1:10".into(), "-".into())]
    );
}

#[test]
fn a_year_written_with_its_last_two_digits_and_a_time_after_at_agree() {
    assert_eq!(
        de_fr(
            "Ich plante als Abschluss der Saison 1977 den Nadelgrat , die Hütte öffnet um 18.00 .",
            "J' envisageais pour finir la saison 77 le Nadelgrat , la cabane ouvre à dix-huit heures ."
        ),
        vec![]
    );
    // Another two digits are not the year.
    assert_eq!(
        de_fr("Der Saison 1977 .", "La saison 78 ."),
        vec![
            (FindingKind::Missing, "1:1977".into(), "-".into()),
            (FindingKind::Added, "-".into(), "1:78".into())
        ]
    );
}

#[test]
fn both_pairs_with_two_and_four_days_with_four_consecutive_days() {
    assert_eq!(
        de_fr(
            "Beide Seilschaften widmeten sich an vier aufeinanderfolgenden Tagen dem Klettern .",
            "Les deux cordées eurent un pont de quatre jours pour grimper ."
        ),
        vec![]
    );
    // "beide" is never reported alone; a "deux" without it neither, in a close translation.
    assert_eq!(de_fr("Beide Seilschaften kletterten .", "Les cordées grimpèrent ."), vec![]);
    assert_eq!(de_fr("Die Seilschaften kletterten .", "Les deux cordées grimpèrent ."), vec![]);
}

#[test]
fn text_both_sides_write_alike_is_no_finding_however_each_reads_it() {
    // French reads a grouped 1100, English a 1 and a 100: the same characters.
    assert_eq!(one_to_one("Print it with seq 1 100 .", "Imprimez-le avec seq 1 100 .", Lang::FR), vec![]);
    // A sample output copied as it is, which each language parses its own way: English
    // reads a bare 19 where French reads a date.
    let (en, fr) =
        ("The output is:\nmer. 19 mai 2021 15:19:24 UTC", "La sortie est :\nmer. 19 mai 2021 15:19:24 UTC");
    assert_eq!(all_in_one(en, fr, Lang::FR), vec![]);
    assert_eq!(
        one_to_one("mer. 19 mai 2021 15:19:24 UTC", "mer. 19 mai 2021 15:19:24 UTC", Lang::FR),
        vec![]
    );
    // A title left in the original's language.
    assert_eq!(
        one_to_one(
            "Please read \"Seven habits of effective text editing\" first.",
            "Lesen Sie zuerst \"Seven habits of effective text editing\".",
            Lang::DE
        ),
        vec![]
    );
    // A word the other language reads as its own number is no text left unread: "six" is
    // French too, so the second English "six" is still missing.
    assert_eq!(
        one_to_one("It has six rooms and six doors.", "Elle a six pièces et des portes.", Lang::FR),
        vec![(FindingKind::Missing, "1:six".into(), "-".into())]
    );
    // A line held twice and rendered once has lost one.
    assert_eq!(
        all_in_one(
            "The output is:\nmer. 19 mai 2021 15:19:24 UTC\nmer. 19 mai 2021 15:19:24 UTC",
            "La sortie est :\nmer. 19 mai 2021 15:19:24 UTC",
            Lang::FR
        ),
        // The seconds belong to their time: one figure, "15:19:24".
        ["2:19", "3:19", "3:2021", "3:15:19:24"]
            .map(|o| (FindingKind::Missing, o.to_string(), "-".to_string()))
            .to_vec()
    );
    // Text alike up to the figure is not alike: a changed figure is still found.
    assert_eq!(
        one_to_one("mer. 19 mai 2021 15:19:24 UTC", "mer. 18 mai 2021 15:19:24 UTC", Lang::FR).len(),
        1
    );
}

#[test]
fn a_small_count_in_digits_told_in_a_derived_word_is_no_finding() {
    assert_eq!(
        one_to_one(
            "You can perform 2-way merge interactively.",
            "Sie können interaktiv eine Zweiwege-Zusammenführung machen.",
            Lang::DE
        ),
        vec![]
    );
    // Without the derived word the count stands alone.
    assert_eq!(
        one_to_one(
            "You can perform 2-way merge interactively.",
            "Sie können interaktiv zusammenführen.",
            Lang::DE
        ),
        vec![(FindingKind::Missing, "1:2".into(), "-".into())]
    );
}

#[test]
fn a_hundred_percent_said_as_wholly_is_no_finding() {
    assert_eq!(
        one_to_one("Debian is 100% free software.", "Debian est un logiciel totalement libre.", Lang::FR),
        vec![]
    );
    assert_eq!(
        one_to_one("Debian is 100% free software.", "Debian est un logiciel libre.", Lang::FR),
        vec![(FindingKind::Missing, "1:100%".into(), "-".into())]
    );
}

#[test]
fn a_thousand_as_the_hyperbole_of_countless_is_no_finding() {
    assert_eq!(
        de_fr(
            "Der Pfad windet sich in unzähligen Windungen durch das Tal .",
            "Le sentier se faufile par mille virages dans la vallée ."
        ),
        vec![]
    );
    assert_eq!(
        one_to_one("I have told you countless times .", "Je te l' ai dit cent fois .", Lang::FR),
        vec![]
    );
    // Without the word for countless, the thousand stands alone.
    assert_eq!(
        de_fr(
            "Der Pfad windet sich durch das Tal .",
            "Le sentier se faufile par mille virages dans la vallée ."
        ),
        vec![(FindingKind::Added, "-".into(), "1:mille".into())]
    );
}

#[test]
fn a_paragraph_the_rendering_left_in_the_original_language_is_read_in_it() {
    let en = "In multi-threaded mode about three times the size will be allocated in each thread for buffering input and output.";
    assert_eq!(one_to_one(en, en, Lang::FR), vec![]);
    // Translated, its number words are the rendering's own.
    assert_eq!(
        one_to_one(
            en,
            "En mode multi-thread environ trois fois la taille sera allouée dans chaque thread pour les tampons.",
            Lang::FR
        ),
        vec![]
    );
}

#[test]
fn a_french_range_of_heures_agrees_with_a_clock_range() {
    assert_eq!(
        de_fr("Die Hütte ist von 6 bis 9 Uhr offen .", "La cabane est ouverte de 6 à 9 heures ."),
        vec![]
    );
    // Another end is one mismatch.
    assert_eq!(
        de_fr("Die Hütte ist von 6 bis 8 Uhr offen .", "La cabane est ouverte de 6 à 9 heures ."),
        vec![(FindingKind::Mismatch, "1:6 bis 8 Uhr".into(), "1:6 à 9 heures".into())]
    );
}

#[test]
fn one_or_two_minutes_agree_however_the_unit_is_placed() {
    assert_eq!(
        de_fr(
            "Ein , zwei Minuten nur , dann ist der Spuk vorbei .",
            "Cela dure une minute ou deux , puis le nuage glisse plus loin ."
        ),
        vec![]
    );
}

#[test]
fn a_reference_to_another_publication_is_not_compared() {
    assert_eq!(
        de_fr(
            "Technische Angaben Vgl. MB 3/89 , S. 116 Nordostwand des Kingspitz :",
            "Données techniques Face nordest de la Kingspitz :"
        ),
        vec![]
    );
    // Outside the reference, a dropped figure still counts.
    assert_eq!(
        de_fr("Vgl. MB 3/89 ; die Wand ist 800 m hoch .", "La paroi est haute ."),
        vec![(FindingKind::Missing, "1:800 m".into(), "-".into())]
    );
}

#[test]
fn about_twenty_agrees_with_twenty_and_not_with_thirty() {
    assert_eq!(
        de_fr(
            "Wir waren etwa zwanzig Personen , hundert Meter weiter .",
            "Nous étions une vingtaine , une centaine de mètres plus loin ."
        ),
        vec![]
    );
    assert_eq!(
        de_fr("Nach etwa 30 m kam der Pfeiler .", "Après une vingtaine de mètres venait le pilier ."),
        vec![(FindingKind::Mismatch, "1:30 m".into(), "1:une vingtaine de mètres".into())]
    );
}

#[test]
fn temperatures_agree_across_notations_and_scales_and_a_dropped_minus_is_a_mismatch() {
    assert_eq!(
        de_fr("Es war -5 °C kalt , nachts minus 8 Grad .", "Il faisait −5° , la nuit moins 8 degrés ."),
        vec![]
    );
    assert_eq!(
        one_to_one(
            "It was 86 °F in the shade and 23 °F at night.",
            "Það var 30 gráður í skugga og -5 °C um nóttina.",
            Lang::IS
        ),
        vec![]
    );
    assert_eq!(
        de_fr("Es war -5 °C kalt .", "Il faisait 5 °C ."),
        vec![(FindingKind::Mismatch, "1:-5 °C".into(), "1:5 °C".into())]
    );
    assert_eq!(
        one_to_one("It was 86 °F in the shade.", "Það var 35 gráður í skugga.", Lang::IS),
        vec![(FindingKind::Mismatch, "1:86 °F".into(), "1:35 gráður".into())]
    );
}

#[test]
fn speeds_agree_across_units_and_are_not_distances() {
    assert_eq!(
        one_to_one(
            "Gusts reached 72 km/h, that is 20 m/s, or 45 mph.",
            "Vindhviður náðu 20 m/s , um 72 km/klst .",
            Lang::IS
        ),
        vec![(FindingKind::Missing, "1:45 mph".into(), "-".into())]
    );
    assert_eq!(de_fr("Mit 100 km/h über die Passstrasse .", "À 100km/h sur la route du col ."), vec![]);
    assert_eq!(
        de_fr("Mit 100 km/h über die Passstrasse .", "À 80 km/h sur la route du col ."),
        vec![(FindingKind::Mismatch, "1:100 km/h".into(), "1:80 km/h".into())]
    );
}

#[test]
fn areas_agree_across_units_and_an_area_become_a_length_is_one_mismatch() {
    assert_eq!(
        de_fr(
            "Das Gebiet misst 2 km² , also 200 Hektar .",
            "La zone mesure 2 kilomètres carrés , soit 200 ha ."
        ),
        vec![]
    );
    assert_eq!(
        de_fr("Das Gebiet misst 2 km² .", "La zone mesure 2 km ."),
        vec![(FindingKind::Mismatch, "1:2 km²".into(), "1:2 km".into())]
    );
}

#[test]
fn volumes_agree_across_units() {
    assert_eq!(de_fr("Der Tank fasst 40 m³ .", "Le réservoir contient 40 000 litres ."), vec![]);
    assert_eq!(
        de_fr("Der Tank fasst 40 m³ .", "Le réservoir contient 4000 litres ."),
        vec![(FindingKind::Mismatch, "1:40 m³".into(), "1:4000 litres".into())]
    );
}

/// Chinese and Japanese renderings of the Debian Reference (debian-reference-zh-cn, -ja):
/// their own notation of the same figures is no finding, a changed year still is.
#[test]
fn chinese_and_japanese_notation_agrees_and_a_changed_year_does_not() {
    let zh = Lang::from_code("zh").expect("zh");
    let ja = Lang::from_code("ja").expect("ja");
    assert_eq!(
        one_to_one(
            "The boot loader is the 2nd stage of the boot process (Stage 2), since the 1990s; days since Jan 1, 1970.",
            "引导加载程序是启动流程的第二阶段（第 2 阶段），从 90 年代开始；从 1970 年 1 月 1 日起的天数。",
            zh
        ),
        vec![]
    );
    assert_eq!(
        one_to_one(
            "If you enabled \"2-Step Verification\", print 3 copies in 24 hours.",
            "\"2段階認証\" を有効にした場合、24 時間で３部を印刷します。",
            ja
        ),
        vec![]
    );
    assert_eq!(
        one_to_one(
            "It was obsoleted by the newer edition in 2008.",
            "2018年のより新しい版によって陳腐化しました。",
            ja
        ),
        vec![(FindingKind::Mismatch, "1:2008".into(), "1:2018年".into())]
    );
}

/// date(1) in Polish copies the English sample timestamp (man pages space it their own way):
/// Polish reads a bare 14 where English reads a date, and the copy is no divergence. A
/// sample whose year the translation changed still is one.
#[test]
fn a_figure_copied_with_its_context_is_no_divergence() {
    let en = "Output date and time in RFC 5322 format.  Example: Mon,  14  Aug 2006 02:34:56 -0600";
    assert_eq!(
        one_to_one(
            en,
            "Wyświetla czas i datę w formacie RFC 5322. Przykład: Mon, 14 Aug 2006 02:34:56 -0600",
            Lang::PL
        ),
        vec![]
    );
    assert_eq!(
        one_to_one(
            en,
            "Wyświetla czas i datę w formacie RFC 5322. Przykład: Mon, 14 Aug 2007 02:34:56 -0600",
            Lang::PL
        ),
        vec![(FindingKind::Added, "-".into(), "1:2007".into())]
    );
}

/// Korean glues counters, units and particles to its numbers (`2022년 1월 5일에`, `225명이`):
/// before they were read, each read as a name and every English figure came out missing.
#[test]
fn korean_numbers_with_their_particles_agree() {
    let ko = Lang::from_code("ko").expect("ko");
    assert_eq!(
        one_to_one(
            "President Tokayev spoke on 5 January 2022. He said that 225 people had died and 3,000 had been detained for 10 days.",
            "토카예프 대통령은 2022년 1월 5일에 연설했다. 그는 225명이 사망하고 3000명이 10일간 구금되었다고 말했다.",
            ko
        ),
        vec![]
    );
    assert_eq!(
        one_to_one("He said that 225 people had died.", "그는 252명이 사망했다고 말했다.", ko),
        vec![(FindingKind::Mismatch, "1:225".into(), "1:252명이".into())]
    );
}

/// The Debian Reference in Spanish and Italian (debian-reference-es, -it): "first (1st)" says
/// one figure twice, and the rendering's one ordinal word is its counterpart; "2nd" and "4th"
/// are "segundo" and "cuarta", "secondo" and "quarta".
#[test]
fn a_figure_said_twice_pairs_once_and_ordinal_words_pair_with_ordinals() {
    assert_eq!(
        one_to_one(
            "$1 is the first (1st) shell argument; $9 the ninth (9th) one.",
            "$1 es el primer parámetro del archivo de órdenes; $9 el noveno.",
            Lang::ES
        ),
        vec![]
    );
    assert_eq!(
        one_to_one(
            "The 2nd argument is the distribution name; the 4th stage is the system.",
            "El segundo elemento es el nombre de la distribución; la cuarta etapa es el sistema.",
            Lang::ES
        ),
        vec![]
    );
    assert_eq!(
        one_to_one(
            "The boot loader is the 2nd stage; the system is the 4th stage.",
            "Il bootloader è la seconda fase; il sistema è la quarta fase.",
            Lang::IT
        ),
        vec![]
    );
    // The digits still count: a rendering without them lacks the figure.
    assert_eq!(
        one_to_one("It is the first (1st) argument.", "Es el argumento 2.", Lang::ES),
        vec![
            (FindingKind::Missing, "1:1st".into(), "-".into()),
            (FindingKind::Added, "-".into(), "1:2".into())
        ]
    );
}

/// A Chinese two that sums up the two items listed before it ("A 和 B 这两个选项") counts
/// nothing the original's "A and B options" does not name; a two that counts stays a figure.
#[test]
fn a_chinese_two_that_sums_up_a_list_of_two_is_no_figure() {
    let zh = Lang::from_code("zh").expect("zh");
    assert_eq!(
        one_to_one(
            "The noatime and relatime mount options are introduced.",
            "引入了 \"noatime\" 和 \"relatime\" 这两个加载选项。",
            zh
        ),
        vec![]
    );
    // A two that counts: in a close translation a determiner a translator adds freely, in a
    // condensed rendering a figure.
    assert_eq!(one_to_one("It links processes.", "它连接两个进程。", zh), vec![]);
    assert_eq!(
        condensed("It links processes.\n\nThe rest.\n\nMore of it.", "它连接两个进程。", zh),
        vec![(FindingKind::Added, "-".into(), "1:两个".into()),]
    );
}

/// The Debian Reference's "1-way" and "2-way" synchronisation, said by a word in the
/// renderings: "unidirectionnelle", "bidirezionale", `单向`, `単方向`. A count that changed is
/// still found.
#[test]
fn one_and_two_ways_said_by_a_word_pair_with_their_digits() {
    assert_eq!(
        one_to_one(
            "rsync: 1-way remote synchronization; unison: 2-way remote synchronization.",
            "rsync : synchronisation distante unidirectionnelle ; unison : synchronisation bidirectionnelle.",
            Lang::FR
        ),
        vec![]
    );
    let zh = Lang::from_code("zh").expect("zh");
    assert_eq!(one_to_one("rsync: 1-way remote synchronization.", "rsync：单向远程同步和备份。", zh), vec![]);
    let ja = Lang::from_code("ja").expect("ja");
    assert_eq!(one_to_one("rsync: 1-way remote synchronization.", "rsync：単方向リモート同期。", ja), vec![]);
    assert_eq!(
        one_to_one("Run it 3 times, 1-way.", "Exécutez-le 4 fois, unidirectionnel.", Lang::FR),
        vec![(FindingKind::Mismatch, "1:3".into(), "1:4".into())]
    );
}
