//! Hand-made alignments for tests and benchmarks: small documents whose beads are
//! given explicitly, and a large synthetic alignment for timing the view.

use crate::alignment::{Alignment, Bead, BeadKind, Verdict};
use crate::compare::{Finding, FindingKind, Occurrence, Sides, Why};
use crate::lang::Lang;
use crate::text::{Document, Layout, Paragraph, ParagraphKind, Piece, Sentence, Side};
use std::ops::Range;

/// A document of `paragraphs`, split into sentences after ". ", one line each.
pub fn document(path: &str, lang: Lang, paragraphs: &[&str]) -> Document {
    let mut doc = Document {
        path: path.to_string(),
        lang,
        sha256: String::new(),
        layout: Layout::Web,
        paragraphs: Vec::with_capacity(paragraphs.len()),
        sentences: Vec::new(),
    };
    let mut offset = 0;
    for (p, text) in paragraphs.iter().enumerate() {
        let first = doc.sentences.len();
        let mut start = 0;
        for (i, _) in text.match_indices(". ") {
            doc.sentences.push(Sentence {
                paragraph: p,
                range: start..i + 1,
                bytes: offset + start..offset + i + 1,
            });
            start = i + 2;
        }
        doc.sentences.push(Sentence {
            paragraph: p,
            range: start..text.len(),
            bytes: offset + start..offset + text.len(),
        });
        doc.paragraphs.push(Paragraph {
            lines: (p + 1, p + 1),
            text: text.to_string(),
            kind: ParagraphKind::Body,
            sentences: first..doc.sentences.len(),
            pieces: vec![Piece { text_start: 0, file_start: offset, line: p + 1 }],
            location: None,
        });
        offset += text.len() + 1;
    }
    doc
}

/// An alignment of `source` and `target` with the paragraph beads `beads`
/// (kind, source paragraphs, target paragraphs). Each paragraph bead's sentence
/// beads pair its sentences one to one in order; left-over sentences are
/// omitted or added. Confidence is 0.9, or 0.3 for omitted and added beads.
pub fn aligned(source: Document, target: Document, beads: &[(BeadKind, &[usize], &[usize])]) -> Alignment {
    let beads = beads
        .iter()
        .map(|&(kind, s, t)| {
            let confidence = if kind == BeadKind::Match { 0.9 } else { 0.3 };
            let bead =
                Bead::new(kind, s.to_vec(), t.to_vec(), confidence).expect("fixture beads fit their kind");
            let mut sentences = Vec::new();
            let ss: Vec<usize> = s.iter().flat_map(|&p| source.paragraphs[p].sentences.clone()).collect();
            let ts: Vec<usize> = t.iter().flat_map(|&p| target.paragraphs[p].sentences.clone()).collect();
            for k in 0..ss.len().max(ts.len()) {
                let (s, t): (Vec<usize>, Vec<usize>) =
                    (ss.get(k).into_iter().copied().collect(), ts.get(k).into_iter().copied().collect());
                let sk = match (kind, s.is_empty(), t.is_empty()) {
                    (BeadKind::Moved, _, _) => BeadKind::Moved,
                    (_, false, false) => BeadKind::Match,
                    (_, false, true) => BeadKind::Omitted,
                    _ => BeadKind::Added,
                };
                // A moved paragraph's source sentence left without a target has no bead.
                sentences.extend(Bead::new(sk, s, t, confidence).ok());
            }
            bead.with_sentences(sentences).expect("new sentence beads hold none")
        })
        .collect();
    Alignment { source, target, beads, similarity: 0.9, verdict: Verdict::Translation, lexicons: Vec::new() }
}

/// An alignment of `n_source` and `n_target` generated paragraphs ("Source
/// paragraph 3 has 3 apples." / "Target paragraph 3 ...") with `beads`.
pub fn alignment(n_source: usize, n_target: usize, beads: &[(BeadKind, &[usize], &[usize])]) -> Alignment {
    let s: Vec<String> = (0..n_source).map(|i| format!("Source paragraph {i} has {i} apples.")).collect();
    let t: Vec<String> = (0..n_target).map(|i| format!("Target paragraph {i} has {i} pears.")).collect();
    let s: Vec<&str> = s.iter().map(String::as_str).collect();
    let t: Vec<&str> = t.iter().map(String::as_str).collect();
    aligned(document("source.txt", Lang::EN, &s), document("target.txt", Lang::SV, &t), beads)
}

/// A synthetic alignment with `n` paragraph beads, for timing: mostly matches of
/// two-sentence paragraphs, every 37th bead omitted, every 53rd added and every
/// 211th moved (from a few beads later), with confidences spread over [0, 1].
pub fn synthetic(n: usize) -> Alignment {
    const SOURCE: &str = "The committee met on 12 March 2021 and approved a budget of 4,500 euros for the repairs. \
                          Work on the northern wing will start in spring and take about 18 months";
    const TARGET: &str = "Kommittén sammanträdde den 12 mars 2021 och godkände en budget på 4 500 euro för reparationerna. \
                          Arbetet med norra flygeln börjar i vår och tar omkring 18 månader";
    let mut source = Vec::with_capacity(n);
    let mut target = Vec::with_capacity(n);
    let mut beads: Vec<(BeadKind, Vec<usize>, Vec<usize>)> = Vec::with_capacity(n);
    let mut i = 0;
    while beads.len() < n {
        let kind = if i % 211 == 100 && beads.len() + 2 < n {
            BeadKind::Moved
        } else if i % 53 == 20 {
            BeadKind::Added
        } else if i % 37 == 10 {
            BeadKind::Omitted
        } else {
            BeadKind::Match
        };
        match kind {
            BeadKind::Match => {
                beads.push((kind, vec![source.len()], vec![target.len()]));
                source.push(SOURCE);
                target.push(TARGET);
            }
            BeadKind::Omitted => {
                beads.push((kind, vec![source.len()], vec![]));
                source.push(SOURCE);
            }
            BeadKind::Added => {
                beads.push((kind, vec![], vec![target.len()]));
                target.push(TARGET);
            }
            BeadKind::Moved => {
                // The rendering puts source paragraph k+1 before k.
                let k = source.len();
                beads.push((BeadKind::Moved, vec![k + 1], vec![target.len()]));
                beads.push((BeadKind::Match, vec![k], vec![target.len() + 1]));
                target.push(TARGET);
                target.push(TARGET);
                source.push(SOURCE);
                source.push(SOURCE);
            }
        }
        i += 1;
    }
    let source = document("synthetic.en.txt", Lang::EN, &source);
    let target = document("synthetic.sv.txt", Lang::SV, &target);
    let refs: Vec<(BeadKind, &[usize], &[usize])> =
        beads.iter().map(|(k, s, t)| (*k, s.as_slice(), t.as_slice())).collect();
    let mut alignment = aligned(source, target, &refs);
    for (i, bead) in alignment.beads.iter_mut().enumerate() {
        bead.confidence = (i * 7919 % 1000) as f64 / 1000.0;
    }
    alignment
}

/// A stand-in for [`crate::compare::compare`] in tests and benchmarks: in each
/// 1-1 paragraph bead, the i-th figure (digits, with `,` `.` or space between
/// digit groups) of the original against the i-th of the rendering; a figure
/// whose digits differ is a mismatch, an unpaired one missing or added.
pub fn compare_digits(alignment: &Alignment) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (b, bead) in alignment.beads.iter().enumerate() {
        let (&[s], &[t]) = (bead.source(), bead.target()) else { continue };
        let sf = figures(&alignment.source.paragraphs[s].text);
        let tf = figures(&alignment.target.paragraphs[t].text);
        for k in 0..sf.len().max(tf.len()) {
            let occ = |side: Side, p: usize, doc: &Document, f: Option<&(Range<usize>, String)>| {
                f.map(|(span, _)| Occurrence {
                    side,
                    paragraph: p,
                    span: span.clone(),
                    line: doc.paragraphs[p].line_at(span.start),
                    text: doc.paragraphs[p].text[span.clone()].to_string(),
                    figure: None,
                })
            };
            let (a, z) = (sf.get(k), tf.get(k));
            let kind = match (a, z) {
                (Some(a), Some(z)) if a.1 == z.1 => continue,
                (Some(_), Some(_)) => FindingKind::Mismatch,
                (Some(_), None) => FindingKind::Missing,
                _ => FindingKind::Added,
            };
            let sides = match (
                occ(Side::Source, s, &alignment.source, a),
                occ(Side::Target, t, &alignment.target, z),
            ) {
                (Some(source), Some(target)) => Sides::Both { source, target },
                (Some(source), None) => Sides::Source(source),
                (None, Some(target)) => Sides::Target(target),
                (None, None) => continue,
            };
            findings.push(Finding { kind, bead: b, sides, why: Why::Versus });
        }
    }
    findings
}

/// Figures in `text`: byte span and digits only.
fn figures(text: &str) -> Vec<(Range<usize>, String)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < bytes.len() {
            let digit = bytes[end].is_ascii_digit();
            let separator = matches!(bytes[end], b',' | b'.' | b' ')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
            if digit || separator {
                end += 1;
            } else {
                break;
            }
        }
        let digits = text[start..end].chars().filter(char::is_ascii_digit).collect();
        out.push((start..end, digits));
        i = end;
    }
    out
}

/// A small original with a Swedish and a Dutch rendering, showing every kind of
/// bead: the Swedish moves a paragraph up, adds a caption and changes a figure;
/// the Dutch merges two paragraphs into one and changes a year.
pub fn museum() -> Vec<Alignment> {
    use BeadKind::{Added, Match, Moved};
    let en = document(
        "museum.en.txt",
        Lang::EN,
        &[
            "Annual report 2021",
            "The museum had 12,500 visitors in 2021. Most came in summer.",
            "Ticket prices rose by 5 percent.",
            "The café closed in March for repairs.",
            "A new wing opens in 2023.",
        ],
    );
    let sv = document(
        "museum.sv.txt",
        Lang::SV,
        &[
            "Årsrapport 2021",
            "Museet hade 12 000 besökare 2021. De flesta kom på sommaren.",
            "Nya flygeln öppnar 2023.",
            "Biljettpriserna steg med 5 procent.",
            "Kaféet stängde i mars.",
            "Foto: Anna Berg",
        ],
    );
    let nl = document(
        "museum.nl.txt",
        Lang::NL,
        &[
            "Jaarverslag 2021",
            "Het museum had 12.500 bezoekers in 2021. De meesten kwamen in de zomer.",
            "De ticketprijzen stegen met 5 procent. Het café sloot in maart voor herstellingen.",
            "Een nieuwe vleugel opent in 2024.",
        ],
    );
    let (mut en, mut sv, mut nl) = (en, sv, nl);
    for doc in [&mut en, &mut sv, &mut nl] {
        doc.paragraphs[0].kind = ParagraphKind::Heading;
    }
    sv.paragraphs[5].kind = ParagraphKind::Caption;
    let sv = aligned(
        en.clone(),
        sv,
        &[
            (Match, &[0], &[0]),
            (Match, &[1], &[1]),
            (Moved, &[4], &[2]),
            (Match, &[2], &[3]),
            (Match, &[3], &[4]),
            (Added, &[], &[5]),
        ],
    );
    let mut nl = aligned(
        en,
        nl,
        &[(Match, &[0], &[0]), (Match, &[1], &[1]), (Match, &[2, 3], &[2]), (Match, &[4], &[3])],
    );
    nl.beads[2].confidence = 0.42;
    vec![sv, nl]
}
