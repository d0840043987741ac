//! Segmentation speed on the bundled texts: `cargo bench --bench segment`.
//!
//! Prints criterion's figures for each text and for all five together (decode,
//! layout, paragraphs, kinds, language detection and sentences, as `transdiff
//! align` runs them).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use transdiff::bundled::{self, Bundled};
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment};

fn texts() -> [Bundled; 5] {
    [
        bundled::ORIGINAL,
        bundled::RENDERINGS[0],
        bundled::RENDERINGS[1],
        bundled::UNRELATED[0],
        bundled::UNRELATED[1],
    ]
}

fn bench(c: &mut Criterion) {
    let detect = SegmentOptions::default();
    c.bench_function("segment/all five bundled texts", |b| {
        b.iter(|| {
            for text in texts() {
                black_box(segment(text.path, black_box(text.bytes), &detect).ok());
            }
        })
    });
    c.bench_function("segment/all five bundled texts, --lang given", |b| {
        b.iter(|| {
            for text in texts() {
                let given = SegmentOptions { lang: Lang::from_code(text.lang), presplit: false };
                black_box(segment(text.path, black_box(text.bytes), &given).ok());
            }
        })
    });
    c.bench_function("lang/detect 2000 bytes of texts/en.original.txt", |b| {
        let text = std::str::from_utf8(bundled::ORIGINAL.bytes).unwrap_or("");
        let end = text.char_indices().map(|(i, _)| i).find(|&i| i >= 2000).unwrap_or(text.len());
        let sample = &text[..end];
        b.iter(|| black_box(Lang::detect(black_box(sample))))
    });
    c.bench_function("uax29/sentence bounds of texts/en.original.txt", |b| {
        use unicode_segmentation::UnicodeSegmentation;
        let text = std::str::from_utf8(bundled::ORIGINAL.bytes).unwrap_or("");
        b.iter(|| black_box(text).split_sentence_bound_indices().count())
    });
    c.bench_function("split_sentences/texts/en.original.txt", |b| {
        let text = std::str::from_utf8(bundled::ORIGINAL.bytes).unwrap_or("");
        b.iter(|| transdiff::segment::split_sentences(black_box(text), Lang::EN).len())
    });
    // Inputs built to defeat backward scans: if any stage rescanned the text per
    // candidate boundary, these would take seconds instead of milliseconds.
    let adversarial = [
        ("no spaces", "x.Xe.G".repeat(40_000)),
        ("initials", "A. ".repeat(80_000)),
        ("bang run", "!".repeat(240_000)),
        ("bracket asides", "word (!) A.) ".repeat(20_000)),
    ];
    for (name, text) in &adversarial {
        c.bench_function(&format!("segment/adversarial {name}, {} KB", text.len() / 1000), |b| {
            b.iter(|| {
                black_box(segment("adversarial", black_box(text.as_bytes()), &SegmentOptions::default()).ok())
            })
        });
    }
    for text in texts() {
        c.bench_function(&format!("segment/{}", text.path), |b| {
            b.iter(|| black_box(segment(text.path, black_box(text.bytes), &detect).ok()))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
