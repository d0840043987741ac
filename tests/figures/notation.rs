//! Property tests of the figure parser: every notation reads back to the value
//! it was written from, and no text makes the parser panic or lie about spans.

use proptest::prelude::*;
use transdiff::compare::notation::{Notation, format};
use transdiff::compare::{Value, parse_figures};
use transdiff::lang::Lang;

fn notation() -> impl Strategy<Value = (Notation, Lang)> {
    prop_oneof![
        Just((Notation::English, Lang::EN)),
        Just((Notation::Swedish(' '), Lang::SV)),
        Just((Notation::Swedish('\u{a0}'), Lang::SV)),
        Just((Notation::Swedish('\u{2009}'), Lang::SV)),
        Just((Notation::Dutch, Lang::NL)),
    ]
}

proptest! {
    #[test]
    fn formatted_numbers_parse_back(
        int in 0u64..1_000_000_000_000,
        frac in "[0-9]{0,4}",
        (notation, lang) in notation(),
        group_always in any::<bool>(),
    ) {
        let written = format(&int.to_string(), &frac, notation, group_always);
        let expected: f64 = if frac.is_empty() { int as f64 } else { format!("{int}.{frac}").parse().unwrap() };
        let figures = parse_figures(&format!("rund {written} st"), lang);
        prop_assert_eq!(figures.len(), 1, "{:?} → {:?}", written, figures);
        let Value::Number { readings } = &figures[0].value else {
            return Err(TestCaseError::fail(format!("{written:?} is no number: {:?}", figures[0])));
        };
        prop_assert!(readings.contains(&expected), "{:?} → {:?}, expected {}", written, readings, expected);
        // Only a lone separator before exactly three digits may be read two ways.
        let separators = written.chars().filter(|c| !c.is_ascii_digit()).count();
        let tail = written.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
        if separators != 1 || tail.len() != 3 {
            prop_assert_eq!(readings, &vec![expected]);
        }
    }

    #[test]
    fn any_text_parses_without_panic_and_spans_hold(text in "\\PC{0,80}", lang in prop_oneof![Just(Lang::EN), Just(Lang::SV), Just(Lang::NL), Just(Lang::UND)]) {
        let mut last_end = 0;
        for f in parse_figures(&text, lang) {
            prop_assert!(f.span.start >= last_end);
            prop_assert_eq!(&text[f.span.clone()], f.text.as_str());
            last_end = f.span.end;
        }
    }

    #[test]
    fn digit_soup_parses_without_panic(text in "[0-9 ,.\u{a0}%/–-]{0,40}", lang in prop_oneof![Just(Lang::EN), Just(Lang::SV), Just(Lang::NL), Just(Lang::DE), Just(Lang::FR)]) {
        for f in parse_figures(&text, lang) {
            prop_assert_eq!(&text[f.span.clone()], f.text.as_str());
        }
    }

    /// Chinese, Japanese and Korean constructions, and digits of other scripts, which the parser
    /// reads through a rewrite that changes byte lengths: spans still point at the text, in order.
    #[test]
    fn cjk_and_other_digit_soup_parses_without_panic_and_spans_hold(
        parts in proptest::collection::vec(prop_oneof![
            Just("2021"), Just("3"), Just(" "), Just("年"), Just("月"), Just("日"), Just("第"), Just("个"),
            Just("两"), Just("三"), Just("千"), Just("万"), Just("〇"), Just("百分之"), Just("十分"), Just("进制"),
            Just("時"), Just("分"), Just("目"), Just("桁"), Just("表"), Just("节"), Just("３"), Just("．"),
            Just("％"), Just("～"), Just("，"), Just("（"), Just("٣"), Just("٫"), Just("٪"), Just("४"),
            Just("년"), Just("월"), Just("일에"), Just("개의"), Just("제"), Just("장"), Just("\n"), Just("."),
        ], 0..20),
        lang in prop_oneof![Just(Lang::EN), Just(Lang::UND), Just(Lang::from_code("zh").unwrap_or(Lang::UND)), Just(Lang::from_code("ja").unwrap_or(Lang::UND))],
    ) {
        let text: String = parts.concat();
        let mut last_end = 0;
        for f in parse_figures(&text, lang) {
            prop_assert!(f.span.start >= last_end);
            prop_assert_eq!(&text[f.span.clone()], f.text.as_str());
            last_end = f.span.end;
        }
    }

    #[test]
    fn construction_soup_parses_without_panic(
        parts in proptest::collection::vec(prop_oneof![
            Just("12"), Just("2023"), Just("."), Just(" "), Just("Uhr"), Just("h"), Just("Mai"), Just("juin"),
            Just("½"), Just("fr"), Just("Fr"), Just("bis"), Just("à"), Just("zwischen"), Just("und"), Just("("),
            Just(")"), Just("-"), Just(";"), Just("'"), Just("1"), Just("S"), Just("n°"), Just("cm"), Just("pouces"),
            Just("Achttausender"), Just("drei"), Just("dix-huit"), Just("/"), Just("--zero"), Just("MiB"),
        ], 0..16),
        lang in prop_oneof![Just(Lang::EN), Just(Lang::DE), Just(Lang::FR)],
    ) {
        let text: String = parts.concat();
        for f in parse_figures(&text, lang) {
            prop_assert_eq!(&text[f.span.clone()], f.text.as_str());
        }
    }
}
