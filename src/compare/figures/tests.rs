use super::*;
use pretty_assertions::assert_eq;

/// (text, kind, value, unit) of each figure, weak ones marked with a leading `~`.
fn p(text: &str, lang: Lang) -> Vec<(String, FigureKind, Value, Option<Unit>)> {
    parse_figures(text, lang)
        .into_iter()
        .map(|f| (if f.weak { format!("~{}", f.text) } else { f.text }, f.kind, f.value, f.unit))
        .collect()
}

fn num(x: f64) -> Value {
    Value::exact(x)
}

fn nums(xs: &[f64]) -> Value {
    Value::Number { readings: xs.to_vec() }
}

fn range(low: f64, high: f64) -> Value {
    Value::Range { low: vec![low], high: vec![high] }
}

use FigureKind as K;

#[test]
fn english_digits() {
    assert_eq!(
        p("3,000 troops, 3,000.5 tons and 3500km", Lang::EN),
        vec![
            ("3,000".into(), K::Number, num(3000.0), None),
            ("3,000.5 tons".into(), K::Number, num(3000.5), Some(Unit::Tonne)),
            ("3500km".into(), K::Number, num(3500.0), Some(Unit::Kilometre)),
        ]
    );
}

#[test]
fn swedish_digits_with_every_space() {
    assert_eq!(
        p("3 000 och 3\u{a0}000 och 3\u{2009}000,5 samt 3,000 soldater och 3 500 km", Lang::SV),
        vec![
            ("3 000".into(), K::Number, num(3000.0), None),
            ("3\u{a0}000".into(), K::Number, num(3000.0), None),
            ("3\u{2009}000,5".into(), K::Number, num(3000.5), None),
            ("3,000".into(), K::Number, nums(&[3000.0, 3.0]), None),
            ("3 500 km".into(), K::Number, num(3500.0), Some(Unit::Kilometre)),
        ]
    );
}

#[test]
fn dutch_digits() {
    assert_eq!(
        p("3.000 en 3.000,5 en 2,5", Lang::NL),
        vec![
            ("3.000".into(), K::Number, nums(&[3000.0, 3.0]), None),
            ("3.000,5".into(), K::Number, num(3000.5), None),
            ("2,5".into(), K::Number, num(2.5), None),
        ]
    );
}

#[test]
fn plain_spaces_do_not_group_in_english() {
    assert_eq!(
        p("in 2019 300 people", Lang::EN),
        vec![("2019".into(), K::Year, num(2019.0), None), ("300".into(), K::Number, num(300.0), None)]
    );
    assert_eq!(p("5 200 trees", Lang::EN).len(), 2);
    assert_eq!(p("5\u{a0}200 trees", Lang::EN), vec![("5\u{a0}200".into(), K::Number, num(5200.0), None)]);
}

#[test]
fn ranges_and_alternatives() {
    assert_eq!(p("7–10", Lang::EN), vec![("7–10".into(), K::Range, range(7.0, 10.0), None)]);
    assert_eq!(p("7-10", Lang::EN), vec![("7-10".into(), K::Range, range(7.0, 10.0), None)]);
    assert_eq!(p("7 to 10", Lang::EN), vec![("7 to 10".into(), K::Range, range(7.0, 10.0), None)]);
    assert_eq!(p("7 tot 10", Lang::NL), vec![("7 tot 10".into(), K::Range, range(7.0, 10.0), None)]);
    assert_eq!(p("7 till 10", Lang::SV), vec![("7 till 10".into(), K::Range, range(7.0, 10.0), None)]);
    assert_eq!(p("1 até 100", Lang::PT), vec![("1 até 100".into(), K::Range, range(1.0, 100.0), None)]);
    assert_eq!(
        p("de 1 hasta 100", Lang::ES),
        vec![("1 hasta 100".into(), K::Range, range(1.0, 100.0), None)]
    );
    assert_eq!(p("ports 1 — 1023", Lang::EN), vec![("1 — 1023".into(), K::Range, range(1.0, 1023.0), None)]);
    assert_eq!(p("7—10", Lang::EN), vec![("7—10".into(), K::Range, range(7.0, 10.0), None)]);
    assert_eq!(p("58/60", Lang::EN), vec![("58/60".into(), K::Alternatives, range(58.0, 60.0), None)]);
    assert_eq!(
        p("58/60 jaar", Lang::NL),
        vec![("58/60 jaar".into(), K::Alternatives, range(58.0, 60.0), Some(Unit::Year))]
    );
    // An ambiguous end keeps only the readings that make a range.
    assert_eq!(
        p("van 7 tot 1.000 arbeiders", Lang::NL),
        vec![("7 tot 1.000".into(), K::Range, range(7.0, 1000.0), None)]
    );
    // "from 50% in 2019 to 30%" is no range: the ends run backwards.
    assert_eq!(
        p("from 50% in 2019 to 30% now", Lang::EN).into_iter().map(|f| f.0).collect::<Vec<_>>(),
        ["50%", "2019", "30%"]
    );
    assert_eq!(p("24/7", Lang::EN), vec![]);
    // Issues of a magazine: "Internationalen 3-2022", "nr 3/2021".
    assert_eq!(p("Internationalen 3-2022", Lang::SV), vec![]);
    assert_eq!(p("nr 3/2021", Lang::SV), vec![]);
    // A high end before the periodicals' years is a range's: "16-1000", as "16–1000" is.
    assert_eq!(p("16-1000 für", Lang::DE), vec![("16-1000".into(), K::Range, range(16.0, 1000.0), None)]);
    assert_eq!(p("1990-95", Lang::EN), vec![("1990-95".into(), K::Range, range(1990.0, 1995.0), None)]);
    assert_eq!(p("1995-90", Lang::EN).len(), 2);
}

#[test]
fn percentages() {
    assert_eq!(p("50%", Lang::EN), vec![("50%".into(), K::Percent, num(50.0), Some(Unit::Percent))]);
    assert_eq!(
        p("50 percent", Lang::EN),
        vec![("50 percent".into(), K::Percent, num(50.0), Some(Unit::Percent))]
    );
    assert_eq!(
        p("50 per cent", Lang::EN),
        vec![("50 per cent".into(), K::Percent, num(50.0), Some(Unit::Percent))]
    );
    assert_eq!(
        p("50 procent", Lang::SV),
        vec![("50 procent".into(), K::Percent, num(50.0), Some(Unit::Percent))]
    );
    assert_eq!(
        p("fem procent", Lang::SV),
        vec![("fem procent".into(), K::Percent, num(5.0), Some(Unit::Percent))]
    );
    assert_eq!(
        p("80–90%", Lang::EN),
        vec![("80–90%".into(), K::Range, range(80.0, 90.0), Some(Unit::Percent))]
    );
    assert_eq!(
        p("80-90 procent", Lang::SV),
        vec![("80-90 procent".into(), K::Range, range(80.0, 90.0), Some(Unit::Percent))]
    );
}

#[test]
fn years_and_decades() {
    let decade = |y: f64| Value::Range { low: vec![y], high: vec![y + 9.0] };
    assert_eq!(p("in 2019", Lang::EN), vec![("2019".into(), K::Year, num(2019.0), None)]);
    assert_eq!(p("the 1990s", Lang::EN), vec![("1990s".into(), K::Decade, decade(1990.0), None)]);
    assert_eq!(p("the 1990’s", Lang::EN), vec![("1990’s".into(), K::Decade, decade(1990.0), None)]);
    assert_eq!(p("1990-talet", Lang::SV), vec![("1990-talet".into(), K::Decade, decade(1990.0), None)]);
    assert_eq!(p("90-talet", Lang::SV), vec![("90-talet".into(), K::Decade, decade(1990.0), None)]);
    assert_eq!(p("nittiotalet", Lang::SV), vec![("nittiotalet".into(), K::Decade, decade(1990.0), None)]);
    assert_eq!(
        p("de jaren negentig", Lang::NL),
        vec![("jaren negentig".into(), K::Decade, decade(1990.0), None)]
    );
    assert_eq!(p("de jaren '90", Lang::NL), vec![("jaren '90".into(), K::Decade, decade(1990.0), None)]);
    assert_eq!(p("2010-2011", Lang::SV), vec![("2010-2011".into(), K::Range, range(2010.0, 2011.0), None)]);
    assert_eq!(p("1993 års", Lang::SV), vec![("1993".into(), K::Year, num(1993.0), None)]);
    // The years of a decade after the word for years, and German's "-er".
    assert_eq!(p("sin dagli anni '90", Lang::IT), vec![("anni '90".into(), K::Decade, decade(1990.0), None)]);
    assert_eq!(p("les années 1980", Lang::FR), vec![("années 1980".into(), K::Decade, decade(1980.0), None)]);
    assert_eq!(p("los años 60", Lang::ES), vec![("años 60".into(), K::Decade, decade(1960.0), None)]);
    assert_eq!(p("os anos 70", Lang::PT), vec![("anos 70".into(), K::Decade, decade(1970.0), None)]);
    assert_eq!(p("in den 90er Jahren", Lang::DE), vec![("90er".into(), K::Decade, decade(1990.0), None)]);
    assert_eq!(p("den 1980ern", Lang::DE), vec![("1980ern".into(), K::Decade, decade(1980.0), None)]);
    // A count of years before another number stays a count.
    assert_eq!(
        p("dieci anni 20 giorni", Lang::IT),
        vec![
            ("dieci anni".into(), K::NumberWord, num(10.0), Some(Unit::Year)),
            ("20 giorni".into(), K::Number, num(20.0), Some(Unit::Day))
        ]
    );
}

#[test]
fn dates_in_each_language() {
    let date = |year, month, day| Value::Date(Date { year, month: Some(month), day });
    assert_eq!(
        p("on January 10", Lang::EN),
        vec![("January 10".into(), K::Date, date(None, 1, Some(10)), None)]
    );
    assert_eq!(
        p("January 10, 2022", Lang::EN),
        vec![("January 10, 2022".into(), K::Date, date(Some(2022), 1, Some(10)), None)]
    );
    assert_eq!(
        p("10 January 2022", Lang::EN),
        vec![("10 January 2022".into(), K::Date, date(Some(2022), 1, Some(10)), None)]
    );
    assert_eq!(
        p("den 10 januari", Lang::SV),
        vec![("10 januari".into(), K::Date, date(None, 1, Some(10)), None)]
    );
    assert_eq!(
        p("10 januari 2022", Lang::NL),
        vec![("10 januari 2022".into(), K::Date, date(Some(2022), 1, Some(10)), None)]
    );
    assert_eq!(
        p("in May 2020", Lang::EN),
        vec![("May 2020".into(), K::Date, date(Some(2020), 5, None), None)]
    );
    assert_eq!(p("you may 3 times", Lang::EN).len(), 1);
}

#[test]
fn ordinals() {
    assert_eq!(p("the 10th", Lang::EN), vec![("10th".into(), K::Ordinal, num(10.0), None)]);
    assert_eq!(p("den 10:e", Lang::SV), vec![("10:e".into(), K::Ordinal, num(10.0), None)]);
    assert_eq!(p("de 10e", Lang::NL), vec![("10e".into(), K::Ordinal, num(10.0), None)]);
    assert_eq!(p("1ste", Lang::NL), vec![("1ste".into(), K::Ordinal, num(1.0), None)]);
}

#[test]
fn number_words() {
    assert_eq!(
        p("Now three thousand Russian troops", Lang::EN),
        vec![("three thousand".into(), K::NumberWord, num(3000.0), None)]
    );
    assert_eq!(
        p("Nu zijn drieduizend troepen", Lang::NL),
        vec![("drieduizend".into(), K::NumberWord, num(3000.0), None)]
    );
    assert_eq!(p("tretusen soldater", Lang::SV), vec![("tretusen".into(), K::NumberWord, num(3000.0), None)]);
    assert_eq!(p("tjugoett", Lang::SV), vec![("tjugoett".into(), K::NumberWord, num(21.0), None)]);
    assert_eq!(p("eenentwintig", Lang::NL), vec![("eenentwintig".into(), K::NumberWord, num(21.0), None)]);
    assert_eq!(p("twenty-one", Lang::EN), vec![("twenty-one".into(), K::NumberWord, num(21.0), None)]);
    assert_eq!(
        p("Twenty minutes later", Lang::EN),
        vec![("Twenty minutes".into(), K::NumberWord, num(20.0), Some(Unit::Minute))]
    );
    assert_eq!(
        p("at least one twenty year old", Lang::EN),
        vec![
            ("~one".into(), K::NumberWord, num(1.0), None),
            ("twenty year".into(), K::NumberWord, num(20.0), Some(Unit::Year)),
        ]
    );
    assert_eq!(
        p("één twintiger", Lang::NL)[1],
        ("twintiger".into(), K::NumberWord, num(20.0), Some(Unit::Year))
    );
    assert_eq!(p("3 million", Lang::EN), vec![("3 million".into(), K::Number, num(3e6), None)]);
    assert_eq!(p("2,5 miljoner", Lang::SV), vec![("2,5 miljoner".into(), K::Number, num(2.5e6), None)]);
}

#[test]
fn one_is_weak() {
    assert_eq!(p("One site reports", Lang::EN), vec![("~One".into(), K::NumberWord, num(1.0), None)]);
    assert_eq!(p("en ledamot", Lang::SV), vec![("~en".into(), K::NumberWord, num(1.0), None)]);
    assert_eq!(p("Eén site", Lang::NL), vec![("~Eén".into(), K::NumberWord, num(1.0), None)]);
    assert_eq!(p("een correspondent", Lang::NL), vec![("~een".into(), K::NumberWord, num(1.0), None)]);
    // A span of one hour: "une heure" is "eine Stunde", as weak as a lone one; two hours are a count.
    assert_eq!(
        p("rester une heure au sommet", Lang::FR),
        vec![("~une heure".into(), K::NumberWord, num(1.0), Some(Unit::Hour))]
    );
    assert_eq!(
        p("rester deux heures au sommet", Lang::FR),
        vec![("deux heures".into(), K::NumberWord, num(2.0), Some(Unit::Hour))]
    );
}

#[test]
fn vague_quantities() {
    let mag = |power| Value::Magnitude { power };
    assert_eq!(p("tens of protesters", Lang::EN), vec![("tens".into(), K::Vague, mag(1), None)]);
    assert_eq!(
        p("tens of thousands of", Lang::EN),
        vec![("tens of thousands".into(), K::Vague, mag(4), None)]
    );
    assert_eq!(p("A few dozen protesters", Lang::EN), vec![("A few dozen".into(), K::Vague, mag(1), None)]);
    assert_eq!(p("a dozen eggs", Lang::EN), vec![("dozen".into(), K::NumberWord, num(12.0), None)]);
    assert_eq!(p("dozens of", Lang::EN), vec![("dozens".into(), K::Vague, mag(1), None)]);
    assert_eq!(p("Några dussin", Lang::SV), vec![("Några dussin".into(), K::Vague, mag(1), None)]);
    assert_eq!(p("tiotusentals arbetare", Lang::SV), vec![("tiotusentals".into(), K::Vague, mag(4), None)]);
    assert_eq!(
        p("tientallen jaren", Lang::NL),
        vec![("tientallen jaren".into(), K::Vague, mag(1), Some(Unit::Year))]
    );
    assert_eq!(p("over decades", Lang::EN), vec![("decades".into(), K::Vague, mag(1), Some(Unit::Year))]);
    assert_eq!(
        p("two decades", Lang::EN),
        vec![("two decades".into(), K::NumberWord, num(2.0), Some(Unit::Decade))]
    );
}

#[test]
fn identifiers_and_labels_are_not_counted() {
    assert_eq!(p("Covid-19 and A4 and 1.2.3", Lang::EN), vec![]);
    let october = Value::Date(Date { year: Some(2022), month: Some(10), day: Some(1) });
    assert_eq!(p("10/1/2022", Lang::EN), vec![("~10/1/2022".into(), FigureKind::Date, october, None)]);
    let january = Value::Date(Date { year: Some(2022), month: Some(1), day: Some(10) });
    assert_eq!(p("10/1/2022", Lang::DE), vec![("10/1/2022".into(), FigureKind::Date, january.clone(), None)]);
    assert_eq!(p("1/10/2022", Lang::EN), vec![("~1/10/2022".into(), FigureKind::Date, january, None)]);
    assert_eq!(p("Swisha till 123 311 40 48.", Lang::SV), vec![]);
    // Block sizes, prefix glued or apart.
    assert_eq!(p("en unités de 1 K, ou 1K, ou 2 M", Lang::FR), vec![]);
    assert_eq!(p("Größen in 1 Ki-Blöcken", Lang::DE), vec![]);
    assert_eq!(p("Artikel 3", Lang::NL), vec![("~3".into(), K::Reference, num(3.0), None)]);
    assert_eq!(p("No. 5", Lang::EN), vec![("~5".into(), K::Reference, num(5.0), None)]);
}

#[test]
fn spans_point_at_the_text() {
    let text = "Under måndagen den 10 januari rapporterades att minst 164 människor";
    for f in parse_figures(text, Lang::SV) {
        assert_eq!(&text[f.span.clone()], f.text);
    }
    assert_eq!(parse_figures(text, Lang::SV).len(), 2);
}

#[test]
fn running_heads_are_page_furniture() {
    // Page number, title, year between spaced dashes, title, page number: nothing is a figure.
    assert_eq!(
        p("Höhenzahlen - 2 Die Alpen - 1957 - Les Alpes 17 8153 m", Lang::DE),
        vec![("8153 m".into(), K::Number, num(8153.0), Some(Unit::Metre))]
    );
    assert_eq!(p("a progressé 2 Les Alpes - 1957 - Die Alpen 17 synchroniquement", Lang::FR), vec![]);
    assert_eq!(
        p("The Alpine Journal – 1956 – 23 and then 40 climbers", Lang::EN),
        vec![("40".into(), K::Number, num(40.0), None)]
    );
    assert_eq!(p("112 Svenska Turistföreningens Årsskrift - 1961 - Årsskrift", Lang::SV), vec![]);
    // A year between dashes without a title and a page number is still a year.
    assert_eq!(
        p("im Sommer - 1957 - gelang es", Lang::DE),
        vec![("1957".into(), K::Year, num(1957.0), None)]
    );
}

#[test]
fn plate_numbers_and_picture_credits_are_weak() {
    assert_eq!(p("415- Photo Schweiz .", Lang::FR), vec![("~415".into(), K::Reference, num(415.0), None)]);
    assert_eq!(
        p("6 - Photo R. Angst , IHE 1934", Lang::FR),
        vec![("~6".into(), K::Reference, num(6.0), None), ("~1934".into(), K::Year, num(1934.0), None),]
    );
    assert_eq!(
        p("12 – Foto G. O. Dyhrenfurth, Expedition 1955", Lang::DE),
        vec![("~12".into(), K::Reference, num(12.0), None), ("~1955".into(), K::Year, num(1955.0), None),]
    );
    assert_eq!(p("3. Photograph by the author", Lang::EN), vec![("~3".into(), K::Reference, num(3.0), None)]);
    // The credit ends with its sentence: what follows is text again.
    assert_eq!(
        p("7 Foto Schweiz. Der Gipfel (8000 m)", Lang::DE),
        vec![
            ("~7".into(), K::Reference, num(7.0), None),
            ("8000 m".into(), K::Number, num(8000.0), Some(Unit::Metre)),
        ]
    );
    // Not at the start, or without a credit word, a number stays a figure.
    assert_eq!(p("Wir machten 15 Photos", Lang::DE), vec![("15".into(), K::Number, num(15.0), None)]);
    assert_eq!(p("2 - Schweiz", Lang::DE), vec![("2".into(), K::Number, num(2.0), None)]);
}

#[test]
fn section_numbers_after_the_end_of_the_last_paragraph() {
    assert_eq!(p(") 13. L' année 1955 a vu", Lang::FR), vec![("1955".into(), K::Year, num(1955.0), None)]);
    assert_eq!(
        p("» 4. Die Expedition von 1956", Lang::DE),
        vec![("1956".into(), K::Year, num(1956.0), None)]
    );
    // An opening bracket is not the end of a paragraph: "( 3. Auflage )" is an edition.
    assert_eq!(p("( 3. Auflage )", Lang::DE).len(), 1);
}

#[test]
fn metres_of_ascent_are_metres() {
    assert_eq!(
        p("250 Höhenmeter", Lang::DE),
        vec![("250 Höhenmeter".into(), K::Number, num(250.0), Some(Unit::Metre))]
    );
    assert_eq!(
        p("800 höjdmeter", Lang::SV),
        vec![("800 höjdmeter".into(), K::Number, num(800.0), Some(Unit::Metre))]
    );
    assert_eq!(
        p("300 hoogtemeter", Lang::NL),
        vec![("300 hoogtemeter".into(), K::Number, num(300.0), Some(Unit::Metre))]
    );
}

#[test]
fn a_bare_number_before_a_conversion_takes_the_unit_of_the_pair_before() {
    assert_eq!(
        p("12 pouces ( 305 mm ) de longueur sur 8 ( 203 mm ) de large", Lang::FR),
        vec![
            ("12 pouces".into(), K::Number, num(12.0), Some(Unit::Inch)),
            ("~305 mm".into(), K::Number, num(305.0), Some(Unit::Millimetre)),
            ("8".into(), K::Number, num(8.0), Some(Unit::Inch)),
            ("~203 mm".into(), K::Number, num(203.0), Some(Unit::Millimetre)),
        ]
    );
    assert_eq!(
        p("10 ft (3 m) by 6 (1.8 m)", Lang::EN),
        vec![
            ("10 ft".into(), K::Number, num(10.0), Some(Unit::Foot)),
            ("~3 m".into(), K::Number, num(3.0), Some(Unit::Metre)),
            ("6".into(), K::Number, num(6.0), Some(Unit::Foot)),
            ("~1.8 m".into(), K::Number, num(1.8), Some(Unit::Metre)),
        ]
    );
    // Without a converted pair before it, a number before brackets keeps no unit.
    assert_eq!(
        p("sur 8 ( 203 mm )", Lang::FR),
        vec![
            ("8".into(), K::Number, num(8.0), None),
            ("203 mm".into(), K::Number, num(203.0), Some(Unit::Millimetre)),
        ]
    );
}

#[test]
fn counted_compounds_are_number_words() {
    let w = |v: f64, text: &str, unit| (text.to_string(), K::NumberWord, num(v), unit);
    assert_eq!(
        p("einen dreizeiligen Seitenkopf und einen fünfzeiligen", Lang::DE),
        vec![w(3.0, "dreizeiligen", None), w(5.0, "fünfzeiligen", None)]
    );
    assert_eq!(
        p("eine zweitägige Tour, zwölfstündig, dreimal", Lang::DE),
        vec![
            w(2.0, "zweitägige", Some(Unit::Day)),
            w(12.0, "zwölfstündig", Some(Unit::Hour)),
            w(3.0, "dreimal", None),
        ]
    );
    assert_eq!(
        p("het vijfjarig plan, de driedaagse tocht", Lang::NL),
        vec![w(5.0, "vijfjarig", Some(Unit::Year)), w(3.0, "driedaagse", Some(Unit::Day)),]
    );
    assert_eq!(
        p("den femåriga planen och den tredagars vandringen", Lang::SV),
        vec![w(5.0, "femåriga", Some(Unit::Year)), w(3.0, "tredagars", Some(Unit::Day)),]
    );
    // Once, simple, again: not counts.
    assert_eq!(p("noch einmal, ganz einfach", Lang::DE), vec![]);
    assert_eq!(p("eenmaal", Lang::NL), vec![]);
}

#[test]
fn abbreviated_months_after_a_day() {
    let d = |text: &str, year, month, day| {
        (text.to_string(), K::Date, Value::Date(Date { year, month: Some(month), day: Some(day) }), None)
    };
    assert_eq!(p("Mon, 14 Aug 2006 02:34:56", Lang::EN)[0], d("14 Aug 2006", Some(2006), 8, 14));
    assert_eq!(p("lun. 17 févr. 2020 14:19", Lang::FR)[0], d("17 févr. 2020", Some(2020), 2, 17));
    assert_eq!(p("am 3. Okt. 1990", Lang::DE), vec![d("3. Okt. 1990", Some(1990), 10, 3)]);
    assert_eq!(p("12./13. Sept.", Lang::DE), vec![d("12.", None, 9, 12), d("13. Sept.", None, 9, 13)]);
    assert_eq!(p("op 5 mrt", Lang::NL), vec![d("5 mrt", None, 3, 5)]);
    assert_eq!(p("den 24 dec 2020", Lang::SV), vec![d("24 dec 2020", Some(2020), 12, 24)]);
    assert_eq!(p("Thu Mar  3 23:05:25 2005", Lang::EN)[0], d("Mar  3", None, 3, 3));
    assert_eq!(p("Aug 14, 2006", Lang::EN), vec![d("Aug 14, 2006", Some(2006), 8, 14)]);
    // A program's English date in a French manual.
    assert_eq!(p("« Sun, 29 Feb 2004 16:21:42 »", Lang::FR)[0], d("29 Feb 2004", Some(2004), 2, 29));
    // Without a day an abbreviation is not a month: "Jan 2022" may be a name.
    assert_eq!(p("Jan 2022", Lang::EN), vec![("2022".into(), K::Year, num(2022.0), None)]);
}

#[test]
fn icelandic_figures() {
    let date = |year, month, day| Value::Date(Date { year, month, day });
    assert_eq!(
        p(
            "Fyrirtækið réð tuttugu og fimm starfsmenn og þrjú þúsund manns komu 1. janúar 2021 kl. 14.30; verð hækkaði um 3,5% og 1.250 krónur.",
            Lang::IS
        ),
        vec![
            ("tuttugu og fimm".to_string(), K::NumberWord, num(25.0), None),
            ("þrjú þúsund".to_string(), K::NumberWord, num(3000.0), None),
            ("1. janúar 2021".to_string(), K::Date, date(Some(2021), Some(1), Some(1)), None),
            ("14.30".to_string(), K::Time, num(870.0), None),
            ("3,5%".to_string(), K::Percent, num(3.5), Some(Unit::Percent)),
            ("1.250 krónur".to_string(), K::Number, nums(&[1250.0, 1.25]), Some(Unit::Krona)),
        ]
    );
    assert_eq!(
        p("frá 5 til 10 árum, þúsundir manna, tvö hundruð, kl. 9, 3. ágú. og eins og einn", Lang::IS),
        vec![
            ("5 til 10 árum".to_string(), K::Range, range(5.0, 10.0), Some(Unit::Year)),
            ("þúsundir".to_string(), K::Vague, Value::Magnitude { power: 3 }, None),
            ("tvö hundruð".to_string(), K::NumberWord, num(200.0), None),
            ("9".to_string(), K::Time, num(540.0), None),
            ("3. ágú.".to_string(), K::Date, date(None, Some(8), Some(3)), None),
            ("~einn".to_string(), K::NumberWord, num(1.0), None),
        ]
    );
}

#[test]
fn spanish_and_archaic_english_number_words() {
    assert_eq!(
        p("el 3º piso: los contados fueron setenta y dos mil y de cinco á diez días", Lang::ES),
        vec![
            ("3º".to_string(), K::Ordinal, num(3.0), None),
            ("setenta y dos mil".to_string(), K::NumberWord, num(72_000.0), None),
            ("cinco".to_string(), K::NumberWord, num(5.0), None),
            ("diez días".to_string(), K::NumberWord, num(10.0), Some(Unit::Day)),
        ]
    );
    assert_eq!(
        p(
            "were threescore and twelve thousand, and an hundred thousand and eight thousand and an hundred",
            Lang::EN
        ),
        vec![
            ("threescore and twelve thousand".to_string(), K::NumberWord, num(72_000.0), None),
            (
                "an hundred thousand and eight thousand and an hundred".to_string(),
                K::NumberWord,
                num(108_100.0),
                None
            ),
        ]
    );
}

#[test]
fn italian_and_portuguese_figures() {
    let mag = |power| Value::Magnitude { power };
    assert_eq!(
        p("decine di migliaia di file, due punti e tra 3 e 5 giorni", Lang::IT),
        vec![
            ("decine di migliaia".to_string(), K::Vague, mag(4), None),
            ("3 e 5 giorni".to_string(), K::Range, range(3.0, 5.0), Some(Unit::Day)),
        ]
    );
    assert_eq!(
        p("dezenas de milhares de arquivos, separados por dois-pontos, de 2009 a 2012", Lang::PT),
        vec![
            ("dezenas de milhares".to_string(), K::Vague, mag(4), None),
            ("2009 a 2012".to_string(), K::Range, range(2009.0, 2012.0), None),
        ]
    );
}

#[test]
fn italian_and_portuguese_units() {
    assert_eq!(
        p("3 chilometri, 5 anni, 20 per cento, 2 ore e 4 settimane", Lang::IT),
        vec![
            ("3 chilometri".to_string(), K::Number, num(3.0), Some(Unit::Kilometre)),
            ("5 anni".to_string(), K::Number, num(5.0), Some(Unit::Year)),
            ("20 per cento".to_string(), K::Percent, num(20.0), Some(Unit::Percent)),
            ("2 ore".to_string(), K::Number, num(2.0), Some(Unit::Hour)),
            ("4 settimane".to_string(), K::Number, num(4.0), Some(Unit::Week)),
        ]
    );
    assert_eq!(
        p("10 por cento em 3 anos, 12 quilómetros e 7 dias", Lang::PT),
        vec![
            ("10 por cento".to_string(), K::Percent, num(10.0), Some(Unit::Percent)),
            ("3 anos".to_string(), K::Number, num(3.0), Some(Unit::Year)),
            ("12 quilómetros".to_string(), K::Number, num(12.0), Some(Unit::Kilometre)),
            ("7 dias".to_string(), K::Number, num(7.0), Some(Unit::Day)),
        ]
    );
}

#[test]
fn vague_quantities_linked_by_of_in_every_language() {
    let mag = |power| Value::Magnitude { power };
    let one = |text: &str, power| vec![(text.to_string(), K::Vague, mag(power), None)];
    assert_eq!(p("des dizaines de milliers de", Lang::FR), one("dizaines de milliers", 4));
    assert_eq!(p("des centaines de milliers", Lang::FR), one("centaines de milliers", 5));
    assert_eq!(p("decenas de miles de", Lang::ES), one("decenas de miles", 4));
    assert_eq!(p("hundreds of thousands", Lang::EN), one("hundreds of thousands", 5));
    assert_eq!(p("hundreds of climbers", Lang::EN), one("hundreds", 2));
    // Joined by the genitive alone.
    assert_eq!(p("Tugir þúsunda sóttu", Lang::IS), one("Tugir þúsunda", 4));
    assert_eq!(p("hundruð þúsunda", Lang::IS), one("hundruð þúsunda", 5));
    assert_eq!(p("dziesiątki tysięcy ludzi", Lang::PL), one("dziesiątki tysięcy", 4));
    // "tens" alone and "the hundreds" are not quantities in English; "de" alone links nothing.
    assert_eq!(p("in the hundreds", Lang::EN), vec![]);
    assert_eq!(p("the tens digit", Lang::EN), vec![]);
    assert_eq!(p("hundreds were evacuated", Lang::EN), one("hundreds", 2));
    assert_eq!(p("des dizaines de grimpeurs", Lang::FR), one("dizaines", 1));
}

#[test]
fn lone_zero_words_are_weak_in_every_language() {
    let zero = |text: &str| vec![(format!("~{text}"), K::NumberWord, num(0.0), None)];
    for (text, lang, word) in [
        ("set it to zero", Lang::EN, "zero"),
        ("auf Null setzen", Lang::DE, "Null"),
        ("remettre à zéro", Lang::FR, "zéro"),
        ("sätt till noll", Lang::SV, "noll"),
        ("op nul zetten", Lang::NL, "nul"),
        ("poner a cero", Lang::ES, "cero"),
        ("impostare a zero", Lang::IT, "zero"),
        ("definir como zero", Lang::PT, "zero"),
        ("stilla á núll", Lang::IS, "núll"),
    ] {
        assert_eq!(p(text, lang), zero(word), "{text}");
    }
}

#[test]
fn height_classes_are_weak() {
    assert_eq!(
        p("der dritte Achttausender", Lang::DE),
        vec![
            ("~dritte".into(), K::Ordinal, num(3.0), None),
            ("~Achttausender".into(), K::NumberWord, num(8000.0), None)
        ]
    );
    assert_eq!(
        p("le troisième « 8000 » que", Lang::FR),
        vec![
            ("~troisième".into(), K::Ordinal, num(3.0), None),
            ("~8000".into(), K::Number, num(8000.0), None)
        ]
    );
    // A quoted value that is not a round thousand is a figure: "« 0 » pour utiliser".
    assert_eq!(p("ou « 0 » pour", Lang::FR), vec![("0".into(), K::Number, num(0.0), None)]);
}

#[test]
fn page_furniture_and_ocr_debris_are_weak() {
    // A line with letters but no word of three letters or more: a page number and debris.
    assert_eq!(p("24 a !", Lang::FR), vec![("~24".into(), K::Number, num(24.0), None)]);
    // A number beside a debris word ("âjJi").
    assert_eq!(
        p("En attendant , l' in 29 âjJi.ïïJïW .", Lang::FR),
        vec![("~29".into(), K::Number, num(29.0), None)]
    );
    // A page number glued to the rule of underscores of a page break.
    assert_eq!(
        p("d' une ving 114___________ taine de mètres", Lang::FR),
        vec![("~une".into(), K::NumberWord, num(1.0), None), ("~114".into(), K::Number, num(114.0), None)]
    );
    // Ordinary short text keeps its figures.
    assert_eq!(p("Il a 24 ans .", Lang::FR), vec![("24 ans".into(), K::Number, num(24.0), Some(Unit::Year))]);
    assert_eq!(
        p("12 34", Lang::FR),
        vec![("12".into(), K::Number, num(12.0), None), ("34".into(), K::Number, num(34.0), None)]
    );
}

#[test]
fn page_numbers_inside_a_line_are_weak() {
    // A page number between a broken word and the heading of the next article.
    assert_eq!(
        p("où un couple d' er 39 Une course bien tentante", Lang::FR),
        vec![
            ("~un".into(), K::NumberWord, num(1.0), None),
            ("~39".into(), K::Number, num(39.0), None),
            ("~Une".into(), K::NumberWord, num(1.0), None)
        ]
    );
    assert_eq!(
        p("stieg er hinauf 117 Die Wand", Lang::DE),
        vec![("~117".into(), K::Number, num(117.0), None)]
    );
    // A count before a capitalised noun, a grade, a year or a number after punctuation stays.
    assert_eq!(p("wir waren 39 Bergsteiger", Lang::DE), vec![("39".into(), K::Number, num(39.0), None)]);
    assert_eq!(p("cotation 5 A", Lang::FR), vec![("5".into(), K::Number, num(5.0), None)]);
    assert_eq!(p("by 1939 The Times", Lang::EN), vec![("1939".into(), K::Year, num(1939.0), None)]);
    assert_eq!(p("il y en a 39 . Une autre", Lang::FR)[0], ("39".into(), K::Number, num(39.0), None));
}

#[test]
fn a_figure_said_again_is_weak_the_second_time() {
    // A number word and its digits: the word is weak, the digits pair.
    assert_eq!(
        p("über einige Kniffe zwei 2 Stile", Lang::DE),
        vec![("~zwei".into(), K::NumberWord, num(2.0), None), ("2".into(), K::Number, num(2.0), None)]
    );
    assert_eq!(p("within three (3) days", Lang::EN)[0].0, "~three");
    // Around the clock: the second 24 is the idiom's.
    assert_eq!(
        p("qui ne tournent pas 24 heures sur 24", Lang::FR),
        vec![
            ("24 heures".into(), K::Number, num(24.0), Some(Unit::Hour)),
            ("~24".into(), K::Number, num(24.0), None)
        ]
    );
    // So in a table cell the idiom wraps in.
    assert_eq!(p("|qui ne tournent pas 24 heures |\n|     |     |sur 24     |", Lang::FR)[1].0, "~24");
    // Other values, or a count of its own, stay.
    assert_eq!(p("zwei 3 Stile", Lang::DE)[0].0, "zwei");
    assert_eq!(p("7 jours sur 10", Lang::FR)[1].0, "10");
}

#[test]
fn the_french_name_of_the_colon_is_no_count() {
    assert_eq!(
        p("les deux points « : » dans ces opérateurs", Lang::FR),
        vec![("~deux".into(), K::NumberWord, num(2.0), None)]
    );
    assert_eq!(p("suivi d'un deux-points", Lang::FR)[1].0, "~deux");
    assert_eq!(p("les deux points de vue", Lang::FR), vec![("deux".into(), K::NumberWord, num(2.0), None)]);
}

#[test]
fn a_zero_joined_to_a_letter_is_the_letter_o() {
    assert_eq!(
        p("Harmonie ist das A und 0 der ganzen Bergsteigerei !", Lang::DE),
        vec![("~0".into(), K::Number, num(0.0), None)]
    );
    assert_eq!(p("from 0 and A", Lang::EN), vec![("~0".into(), K::Number, num(0.0), None)]);
    // Digits joined to digits, and a zero after a word, stay.
    assert_eq!(p("zwischen 1 und 0", Lang::DE).iter().filter(|f| f.0.starts_with('~')).count(), 0);
    assert_eq!(p("INCREMENT must not be 0", Lang::EN), vec![("0".into(), K::Number, num(0.0), None)]);
}

#[test]
fn ordinal_days_before_a_month_are_dates() {
    let date = |year, month, day| Value::Date(Date { year, month: Some(month), day: Some(day) });
    assert_eq!(
        p("on 30th April 1994 and the 2nd of May", Lang::EN),
        vec![
            ("30th April 1994".into(), K::Date, date(Some(1994), 4, 30), None),
            ("2nd of May".into(), K::Date, date(None, 5, 2), None),
        ]
    );
    assert_eq!(p("April 30th", Lang::EN), vec![("April 30th".into(), K::Date, date(None, 4, 30), None)]);
    assert_eq!(
        p("le 1er mai 2020", Lang::FR),
        vec![("1er mai 2020".into(), K::Date, date(Some(2020), 5, 1), None)]
    );
    // An ordinal before anything else stays an ordinal.
    assert_eq!(p("the 2nd attempt", Lang::EN), vec![("2nd".into(), K::Ordinal, num(2.0), None)]);
}

#[test]
fn numeric_dates_with_short_years_and_stops() {
    let date = |year, month, day| Value::Date(Date { year: Some(year), month: Some(month), day: Some(day) });
    assert_eq!(p("(e.g., 12/31/99)", Lang::EN), vec![("12/31/99".into(), K::Date, date(1999, 12, 31), None)]);
    assert_eq!(p("le 31/12/05", Lang::FR), vec![("31/12/05".into(), K::Date, date(2005, 12, 31), None)]);
    assert_eq!(
        p("(z. B. 31.12.1999)", Lang::DE),
        vec![("31.12.1999".into(), K::Date, date(1999, 12, 31), None)]
    );
    assert_eq!(p("am 1.3.2024.", Lang::DE), vec![("1.3.2024".into(), K::Date, date(2024, 3, 1), None)]);
    // Both parts 12 or less: the order is unknown, no date.
    assert!(p("1/2/99", Lang::EN).iter().all(|f| f.1 != K::Date));
}

#[test]
fn ordinal_words_from_thirteen_up() {
    let ord = |text: &str, n: f64| vec![(format!("~{text}"), K::Ordinal, num(n), None)];
    assert_eq!(p("in the fortieth year", Lang::EN), ord("fortieth", 40.0));
    assert_eq!(p("the thirteenth day", Lang::EN), ord("thirteenth", 13.0));
    assert_eq!(p("the hundredth time", Lang::EN), ord("hundredth", 100.0));
    assert_eq!(p("im vierzigsten Jahr", Lang::DE), ord("vierzigsten", 40.0));
    assert_eq!(p("am dreizehnten Tag", Lang::DE), ord("dreizehnten", 13.0));
    assert_eq!(p("la quarantième année", Lang::FR), ord("quarantième", 40.0));
    assert_eq!(p("le treizième jour", Lang::FR), ord("treizième", 13.0));
    assert_eq!(p("le vingtième siècle", Lang::FR), ord("vingtième", 20.0));
    // Not ordinals: "hunderte" (hundreds), "month", "seventh" below 13 through the stems.
    assert_eq!(p("the seventh seal", Lang::EN), ord("seventh", 7.0));
    assert!(p("Hunderte Menschen", Lang::DE).iter().all(|f| f.1 != K::Ordinal));
}

#[test]
fn a_count_split_by_what_it_counts() {
    assert_eq!(
        p("And thirty thousand asses and five hundred,", Lang::EN),
        vec![("thirty thousand asses and five hundred".into(), K::NumberWord, num(30500.0), None)]
    );
    // The second count has its own noun: two counts.
    assert_eq!(
        p("two thousand men and five hundred women", Lang::EN),
        vec![
            ("two thousand".into(), K::NumberWord, num(2000.0), None),
            ("five hundred".into(), K::NumberWord, num(500.0), None),
        ]
    );
    // Not after a count below a thousand: "two sons and three daughters".
    assert_eq!(
        p("two sons and three.", Lang::EN),
        vec![("two".into(), K::NumberWord, num(2.0), None), ("three".into(), K::NumberWord, num(3.0), None)]
    );
}

#[test]
fn centuries_are_counted_in_years() {
    let years = |text: &str, n: f64| (text.to_string(), K::NumberWord, num(n), Some(Unit::Year));
    assert_eq!(p("depuis un siècle", Lang::FR), vec![years("~un siècle", 100.0)]);
    assert_eq!(p("deux siècles plus tard", Lang::FR), vec![years("deux siècles", 200.0)]);
    assert_eq!(p("for a century", Lang::EN), vec![years("~a century", 100.0)]);
    assert_eq!(p("seit hundert Jahren", Lang::DE), vec![years("hundert Jahren", 100.0)]);
    assert_eq!(p("zwei Jahrhunderte", Lang::DE), vec![years("zwei Jahrhunderte", 200.0)]);
    // A century named, not counted: no figure.
    assert_eq!(p("the last century", Lang::EN), vec![]);
}

#[test]
fn english_left_in_an_italian_text_is_not_a_number() {
    assert_eq!(p("errore due to a timeout", Lang::IT), vec![]);
    assert_eq!(p("due punti", Lang::IT), vec![]);
    assert_eq!(p("due file", Lang::IT), vec![("due".into(), K::NumberWord, num(2.0), None)]);
}

#[test]
fn german_decades_in_the_dative() {
    let decades =
        |text: &str| vec![(text.to_string(), K::Vague, Value::Magnitude { power: 1 }, Some(Unit::Year))];
    assert_eq!(p("seit Jahrzehnten bekannt", Lang::DE), decades("Jahrzehnten"));
    assert_eq!(p("für viele Jahrzehnte", Lang::DE), decades("Jahrzehnte"));
}

#[test]
fn a_capital_o_read_for_a_zero_inside_a_number_is_a_zero() {
    assert_eq!(ocr_zeros("Zeitung , 7O.Jahrgang , 1OO Mann"), "Zeitung , 70.Jahrgang , 100 Mann");
    // Not in a chemical formula or a word, nor a run that goes on into letters.
    assert_eq!(ocr_zeros("H2O und CO2 , 2OOx , O2"), "H2O und CO2 , 2OOx , O2");
    let f = parse_figures("Es kamen 1OO Mann .", Lang::DE);
    assert_eq!(
        f.iter().map(|f| (f.text.as_str(), f.value.clone(), f.span.clone())).collect::<Vec<_>>(),
        [("1OO", num(100.0), 9..12)]
    );
}

#[test]
fn hours_and_minutes_after_at_are_a_time() {
    assert_eq!(
        p("Die Küche öffnet um 18.00 , sie kostet um 2.50 Franken", Lang::DE),
        vec![
            ("18.00".into(), K::Time, num(1080.0), None),
            ("2.50 Franken".into(), K::Number, num(2.5), Some(Unit::Franc)),
        ]
    );
    assert_eq!(
        p("à 7.15 et 7.15", Lang::FR),
        vec![("7.15".into(), K::Time, num(435.0), None), ("7.15".into(), K::Number, num(7.15), None)]
    );
    assert_eq!(p("at 3.50 %", Lang::EN), vec![("3.50 %".into(), K::Percent, num(3.5), Some(Unit::Percent))]);
}

#[test]
fn titles_footnotes_and_addresses_name_rather_than_count() {
    // A capitalised number word inside a sentence is part of a title; at its start it counts.
    assert_eq!(
        p("la lecture des Cent plus belles courses . Trois hommes", Lang::FR),
        vec![
            ("~Cent".into(), K::NumberWord, num(100.0), None),
            ("Trois".into(), K::NumberWord, num(3.0), None)
        ]
    );
    // A footnote's number opens the text; a count with its unit does not.
    assert_eq!(
        p("1 Petit club montagnard genevois .", Lang::FR),
        vec![("~1".into(), K::Number, num(1.0), None)]
    );
    assert_eq!(
        p("12 Tage später", Lang::DE),
        vec![("12 Tage".into(), K::Number, num(12.0), Some(Unit::Day))]
    );
    // The numbers of a postal address.
    assert_eq!(
        p("Porschestr. 7 , D-5090 Leverkusen 3 ,", Lang::DE),
        vec![("~7".into(), K::Number, num(7.0), None), ("~3".into(), K::Number, num(3.0), None)]
    );
    assert_eq!(p("Strasse 7 , ABC-5090", Lang::DE), vec![("7".into(), K::Number, num(7.0), None)]);
    // The issue, year and page of a reference to another publication, to the end of its clause.
    assert_eq!(
        p("Vgl. MB 3/89 , S. 116 Nordostwand : 3 Seillängen", Lang::DE),
        vec![
            ("~3/89".into(), K::Alternatives, Value::Range { low: vec![3.0], high: vec![89.0] }, None),
            ("~116".into(), K::Reference, num(116.0), None),
            ("3".into(), K::Number, num(3.0), None),
        ]
    );
    let weak: Vec<bool> = parse_figures("cf. AJ 1956 ; en 1956", Lang::FR).iter().map(|f| f.weak).collect();
    assert_eq!(weak, [true, false]);
}

#[test]
fn a_number_word_after_a_unit_and_or_counts_that_unit() {
    // "une minute ou deux" is "ein, zwei Minuten": both count minutes.
    assert_eq!(
        p("une minute ou deux , trois ou quatre", Lang::FR),
        vec![
            ("~une minute".into(), K::NumberWord, num(1.0), Some(Unit::Minute)),
            ("deux".into(), K::NumberWord, num(2.0), Some(Unit::Minute)),
            ("trois".into(), K::NumberWord, num(3.0), None),
            ("quatre".into(), K::NumberWord, num(4.0), None),
        ]
    );
    assert_eq!(p("a day or two", Lang::EN), vec![("two".into(), K::NumberWord, num(2.0), Some(Unit::Day))]);
}

#[test]
fn both_is_two_and_a_duration_counts_across_one_word() {
    assert_eq!(
        p("die beiden Gesellen , an vier aufeinanderfolgenden Tagen , vier oder fünf Tage", Lang::DE),
        vec![
            ("~beiden".into(), K::NumberWord, num(2.0), None),
            ("vier aufeinanderfolgenden Tagen".into(), K::NumberWord, num(4.0), Some(Unit::Day)),
            ("vier".into(), K::NumberWord, num(4.0), None),
            ("fünf Tage".into(), K::NumberWord, num(5.0), Some(Unit::Day)),
        ]
    );
    // A number word between is a number of its own ("one twenty year old").
    assert_eq!(
        p("at least one twenty year old , both sides", Lang::EN),
        vec![
            ("~one".into(), K::NumberWord, num(1.0), None),
            ("twenty year".into(), K::NumberWord, num(20.0), Some(Unit::Year)),
            ("~both".into(), K::NumberWord, num(2.0), None),
        ]
    );
}

#[test]
fn swiss_groups_map_scales_octets_and_million_abbreviations() {
    assert_eq!(
        p("25'000 Meter und 1’500 m", Lang::DE),
        vec![
            ("25'000 Meter".into(), K::Number, num(25000.0), Some(Unit::Metre)),
            ("1’500 m".into(), K::Number, num(1500.0), Some(Unit::Metre)),
        ]
    );
    // A map's scale is its denominator, not the time 1:25 and a number 000.
    assert_eq!(
        p("Landeskarte 1:25'000 und 1 : 50 000", Lang::DE),
        vec![
            ("1:25'000".into(), K::Number, num(25000.0), None),
            ("1 : 50 000".into(), K::Number, num(50000.0), None)
        ]
    );
    assert_eq!(p("au 25 000e", Lang::FR), vec![("25 000e".into(), K::Ordinal, num(25000.0), None)]);
    assert_eq!(p("um 1:30 Uhr", Lang::DE), vec![("1:30".into(), K::Time, num(90.0), None)]);
    // French octets; German "Mio" is a million.
    assert_eq!(
        p("il faut 80Mio et 2 Go", Lang::FR),
        vec![
            ("80Mio".into(), K::Number, num(80.0), Some(Unit::BinaryBytes)),
            ("2 Go".into(), K::Number, num(2.0), Some(Unit::DecimalBytes)),
        ]
    );
    assert_eq!(
        p("5 Mio Einwohner , 2 Mrd", Lang::DE),
        vec![("5 Mio".into(), K::Number, num(5e6), None), ("2 Mrd".into(), K::Number, num(2e9), None)]
    );
    assert_eq!(
        p("from 5 to 10 MiB", Lang::EN),
        vec![("5 to 10 MiB".into(), K::Range, range(5.0, 10.0), Some(Unit::BinaryBytes))]
    );
}

#[test]
fn a_decimal_comma_before_hours_is_a_duration() {
    assert_eq!(
        p("il faut 2,50 heures , à 7.15 heures", Lang::FR),
        vec![
            ("2,50 heures".into(), K::Number, num(2.5), Some(Unit::Hour)),
            ("7.15 heures".into(), K::Time, num(435.0), None),
        ]
    );
}

#[test]
fn a_compound_written_with_digits_counts_what_its_ending_says() {
    assert_eq!(
        p("zum 100jährigen Bestehen , eine 3-tägige Tour , 3fach", Lang::DE),
        vec![
            ("100jährigen".into(), K::Number, num(100.0), Some(Unit::Year)),
            ("3-tägige".into(), K::Number, num(3.0), Some(Unit::Day)),
            ("3fach".into(), K::Number, num(3.0), None),
        ]
    );
    // Zeros read as O and the ending hyphenated at a line end of the extracted page.
    assert_eq!(
        p("zum 1OOjäh-rigen Bestehen", Lang::DE),
        vec![("1OOjäh-rigen".into(), K::Number, num(100.0), Some(Unit::Year))]
    );
    // Other letters glued after digits are still a name or a code.
    assert_eq!(p("der 2OOx", Lang::DE), vec![]);
}

#[test]
fn a_collective_numeral_after_the_article_is_about_that_many() {
    assert_eq!(
        p("une vingtaine de personnes , une quinzaine de jours , une centaine de mètres", Lang::FR),
        vec![
            ("une vingtaine".into(), K::NumberWord, num(20.0), None),
            ("une quinzaine de jours".into(), K::NumberWord, nums(&[15.0, 14.0]), Some(Unit::Day)),
            ("une centaine de mètres".into(), K::NumberWord, num(100.0), Some(Unit::Metre)),
        ]
    );
    assert_eq!(
        p("un centenar de metros", Lang::ES),
        vec![("un centenar de metros".into(), K::NumberWord, num(100.0), Some(Unit::Metre))]
    );
    assert_eq!(
        p("un centinaio di metri", Lang::IT),
        vec![("un centinaio di metri".into(), K::NumberWord, num(100.0), Some(Unit::Metre))]
    );
    assert_eq!(
        p("ein Dutzend Seile", Lang::DE),
        vec![("ein Dutzend".into(), K::NumberWord, num(12.0), None)]
    );
    // Without the article it is an age; in the plural, a vague quantity.
    assert_eq!(p("la trentaine passée", Lang::FR), vec![]);
    assert_eq!(
        p("des dizaines", Lang::FR),
        vec![("dizaines".into(), K::Vague, Value::Magnitude { power: 1 }, None)]
    );
}

#[test]
fn temperatures_carry_their_scale_and_sign() {
    assert_eq!(
        p("-5 °C , 5°C , 30 °F , −12 ° , minus 3 points , 20 degrees Celsius , 5-10 °C", Lang::EN),
        vec![
            ("-5 °C".into(), K::Number, num(-5.0), Some(Unit::Celsius)),
            ("5°C".into(), K::Number, num(5.0), Some(Unit::Celsius)),
            ("30 °F".into(), K::Number, num(30.0), Some(Unit::Fahrenheit)),
            ("−12 °".into(), K::Number, num(-12.0), Some(Unit::Degree)),
            ("3".into(), K::Number, num(3.0), None),
            ("20 degrees Celsius".into(), K::Number, num(20.0), Some(Unit::Celsius)),
            (
                "5-10 °C".into(),
                K::Range,
                Value::Range { low: vec![5.0], high: vec![10.0] },
                Some(Unit::Celsius)
            ),
        ]
    );
    assert_eq!(
        p("minus 3 Grad", Lang::DE),
        vec![("minus 3 Grad".into(), K::Number, num(-3.0), Some(Unit::Degree))]
    );
    // A dash that joins or lists is not a minus.
    assert_eq!(p("von 5 -10 °C", Lang::DE)[0].2, num(5.0));
}

#[test]
fn a_distance_per_hour_or_second_is_a_speed() {
    assert_eq!(
        p("100 km/h , 62 mph , 20 m/s , 100km/h , 12 km/klst , 3 m/Tag , 5 km", Lang::DE),
        vec![
            ("100 km/h".into(), K::Number, num(100.0), Some(Unit::KilometrePerHour)),
            ("62 mph".into(), K::Number, num(62.0), Some(Unit::MilePerHour)),
            ("20 m/s".into(), K::Number, num(20.0), Some(Unit::MetrePerSecond)),
            ("100km/h".into(), K::Number, num(100.0), Some(Unit::KilometrePerHour)),
            ("12 km/klst".into(), K::Number, num(12.0), Some(Unit::KilometrePerHour)),
            ("3 m".into(), K::Number, num(3.0), Some(Unit::Metre)),
            ("5 km".into(), K::Number, num(5.0), Some(Unit::Kilometre)),
        ]
    );
}

#[test]
fn a_length_squared_is_an_area_and_cubed_a_volume() {
    assert_eq!(
        p("5 km² , 120 m2 , 3 ha , 5 square kilometres , 5 km2x", Lang::EN),
        vec![
            ("5 km²".into(), K::Number, num(5.0), Some(Unit::SquareKilometre)),
            ("120 m2".into(), K::Number, num(120.0), Some(Unit::SquareMetre)),
            ("3 ha".into(), K::Number, num(3.0), Some(Unit::Hectare)),
            ("5 square kilometres".into(), K::Number, num(5.0), Some(Unit::SquareKilometre)),
            ("5 km".into(), K::Number, num(5.0), Some(Unit::Kilometre)),
        ]
    );
    assert_eq!(
        p("5 kilomètres carrés", Lang::FR),
        vec![("5 kilomètres carrés".into(), K::Number, num(5.0), Some(Unit::SquareKilometre))]
    );
    // Cubed, a volume.
    assert_eq!(
        p("40 m³ , 40 m3 , 40 cubic metres , 40000 Liter", Lang::EN),
        vec![
            ("40 m³".into(), K::Number, num(40.0), Some(Unit::CubicMetre)),
            ("40 m3".into(), K::Number, num(40.0), Some(Unit::CubicMetre)),
            ("40 cubic metres".into(), K::Number, num(40.0), Some(Unit::CubicMetre)),
            ("40000 Liter".into(), K::Number, num(40000.0), Some(Unit::Litre)),
        ]
    );
    assert_eq!(p("40 mètres cubes", Lang::FR)[0].3, Some(Unit::CubicMetre));
}

#[test]
fn digits_of_every_numeral_system_and_full_width_signs() {
    // Arabic-Indic digits with the Arabic decimal separator and percent sign; Devanagari;
    // full-width digits, point, percent and wave dash; spans point at the original text.
    assert_eq!(
        p("ارتفع ٣٫٥٪ إلى ١٢٠ كيلو", Lang::from_code("ar").unwrap_or(Lang::UND)),
        vec![
            ("٣٫٥٪".to_string(), K::Percent, num(3.5), Some(Unit::Percent)),
            ("١٢٠".to_string(), K::Number, num(120.0), None),
        ]
    );
    assert_eq!(p("कुल ४२ लोग", Lang::UND), vec![("४२".to_string(), K::Number, num(42.0), None)]);
    assert_eq!(
        p("１２．５％ と「2〜10」", Lang::from_code("ja").unwrap_or(Lang::UND)),
        vec![
            ("１２．５％".to_string(), K::Percent, num(12.5), Some(Unit::Percent)),
            ("2〜10".to_string(), K::Range, range(2.0, 10.0), None),
        ]
    );
    let text = "共 ３ 项";
    let f = &parse_figures(text, Lang::UND)[0];
    assert_eq!((&text[f.span.clone()], f.text.as_str()), ("３ 项", "３ 项"));
}

#[test]
fn chinese_figures_are_told_by_the_characters_around_them() {
    let zh = Lang::from_code("zh").unwrap_or(Lang::UND);
    let date = |year, month, day| Value::Date(Date { year, month, day });
    assert_eq!(
        p("从 1970 年 1 月 1 日起的天数，到 2021 年 4 月，从 90 年代开始，每 24 小时，3 万元", zh),
        vec![
            ("1970 年 1 月 1 日".to_string(), K::Date, date(Some(1970), Some(1), Some(1)), None),
            ("2021 年 4 月".to_string(), K::Date, date(Some(2021), Some(4), None), None),
            ("90 年代".to_string(), K::Decade, range(1990.0, 1999.0), None),
            ("24 小时".to_string(), K::Number, num(24.0), Some(Unit::Hour)),
            ("3 万元".to_string(), K::Number, num(30_000.0), None),
        ]
    );
    // Numerals count before a counter or after 第; elsewhere they are words (weak).
    assert_eq!(
        p("第二阶段 两个进程 三千二百零五人 百分之五十 十六进制 这是十分重要的 二〇二一年五月三日", zh),
        vec![
            ("~第二".to_string(), K::Ordinal, num(2.0), None),
            ("两个".to_string(), K::NumberWord, num(2.0), None),
            ("三千二百零五人".to_string(), K::NumberWord, num(3205.0), None),
            ("百分之五十".to_string(), K::Percent, num(50.0), Some(Unit::Percent)),
            ("~十六进制".to_string(), K::NumberWord, num(16.0), None),
            ("~十".to_string(), K::NumberWord, num(10.0), None),
            ("二〇二一年五月三日".to_string(), K::Date, date(Some(2021), Some(5), Some(3)), None),
        ]
    );
    // A run of numerals stops where a percentage opens, and no prefix reaches into the figure
    // before it (found by the property test of tests/figures/notation.rs).
    assert_eq!(
        p("两百分之两", zh),
        vec![
            ("~两".to_string(), K::NumberWord, num(2.0), None),
            ("百分之两".to_string(), K::Percent, num(2.0), Some(Unit::Percent)),
        ]
    );
    // Labels of tables, sections and chapters are weak, as "Table 2.5" is; one of a counter is "a".
    assert_eq!(
        p("表 2.5. 见第 10.2 节 第1章 一个 1 次", zh),
        vec![
            ("~2.5".to_string(), K::Reference, num(2.5), None),
            ("~第 10.2 节".to_string(), K::Reference, num(10.2), None),
            ("~第1章".to_string(), K::Reference, num(1.0), None),
            ("~一个".to_string(), K::NumberWord, num(1.0), None),
            ("~1 次".to_string(), K::Number, num(1.0), None),
        ]
    );
}

#[test]
fn japanese_figures_are_told_by_the_characters_around_them() {
    let ja = Lang::from_code("ja").unwrap_or(Lang::UND);
    assert_eq!(
        p("２０２２年に３人が10時30分に来た。3桁目、2番目、16進数、約10日、1ヶ月、5分", ja),
        vec![
            ("２０２２年".to_string(), K::Year, num(2022.0), None),
            ("３人".to_string(), K::Number, num(3.0), None),
            ("10時30分".to_string(), K::Time, num(630.0), None),
            ("3桁目".to_string(), K::Ordinal, num(3.0), None),
            ("2番目".to_string(), K::Ordinal, num(2.0), None),
            ("~16進数".to_string(), K::Number, num(16.0), None),
            ("~10日".to_string(), K::Number, num(10.0), Some(Unit::Day)),
            ("~1ヶ月".to_string(), K::Number, num(1.0), Some(Unit::Month)),
            ("5分".to_string(), K::Number, num(5.0), Some(Unit::Minute)),
        ]
    );
}

#[test]
fn polish_figures() {
    let date = |year, month, day| Value::Date(Date { year, month, day });
    assert_eq!(
        p(
            "od 1 stycznia 1970, w maju 2020, dwa tysiące pięćset osób, trzech ludzi, dwadzieścia pięć dni, 5 lat, 2 godziny, wynosi jeden",
            Lang::PL
        ),
        vec![
            ("1 stycznia 1970".to_string(), K::Date, date(Some(1970), Some(1), Some(1)), None),
            ("maju 2020".to_string(), K::Date, date(Some(2020), Some(5), None), None),
            ("dwa tysiące pięćset".to_string(), K::NumberWord, num(2500.0), None),
            ("trzech".to_string(), K::NumberWord, num(3.0), None),
            ("dwadzieścia pięć dni".to_string(), K::NumberWord, num(25.0), Some(Unit::Day)),
            ("5 lat".to_string(), K::Number, num(5.0), Some(Unit::Year)),
            ("2 godziny".to_string(), K::Number, num(2.0), Some(Unit::Hour)),
            ("~jeden".to_string(), K::NumberWord, num(1.0), None),
        ]
    );
    assert_eq!(
        p("drugi argument, piąty dzień", Lang::PL),
        vec![
            ("~drugi".to_string(), K::Ordinal, num(2.0), None),
            ("~piąty".to_string(), K::Ordinal, num(5.0), None)
        ]
    );
}

#[test]
fn a_span_named_by_a_compound_after_a_hyphen_counts_its_unit() {
    assert_eq!(
        p("w formacie 24-godzinnym", Lang::PL),
        vec![("24-godzinnym".to_string(), K::Number, num(24.0), Some(Unit::Hour))]
    );
    assert_eq!(
        p("de tijd in 24-uursaanduiding", Lang::NL),
        vec![("24-uursaanduiding".to_string(), K::Number, num(24.0), Some(Unit::Hour))]
    );
    assert_eq!(
        p("der 3-tägige Kurs", Lang::DE),
        vec![("3-tägige".to_string(), K::Number, num(3.0), Some(Unit::Day))]
    );
}

#[test]
fn korean_numbers_carry_their_counters_units_and_particles() {
    let ko = Lang::from_code("ko").unwrap_or(Lang::UND);
    let date = |year, month, day| Value::Date(Date { year, month, day });
    assert_eq!(
        p(
            "2021년 4월 1일에 3개의 파일을 5시간 동안 처리했다. 2번째, 제3장, 90년대, 16진수, 10시 30분, 3일 동안",
            ko
        ),
        vec![
            ("2021년 4월 1일에".to_string(), K::Date, date(Some(2021), Some(4), Some(1)), None),
            ("3개의".to_string(), K::Number, num(3.0), None),
            ("5시간".to_string(), K::Number, num(5.0), Some(Unit::Hour)),
            ("2번째".to_string(), K::Ordinal, num(2.0), None),
            ("~제3장".to_string(), K::Reference, num(3.0), None),
            ("90년대".to_string(), K::Decade, range(1990.0, 1999.0), None),
            ("~16진수".to_string(), K::Number, num(16.0), None),
            ("10시 30분".to_string(), K::Time, num(630.0), None),
            ("~3일".to_string(), K::Number, num(3.0), Some(Unit::Day)),
        ]
    );
}

#[test]
fn news_multipliers_glued_to_the_amount() {
    assert_eq!(
        p("It cost $2.5bn, then £1.2tn; a £5m deal, €100m, a $40k salary and US$3.4bn; £2-3bn.", Lang::EN),
        vec![
            ("2.5bn".to_string(), K::Number, num(2.5e9), None),
            ("1.2tn".to_string(), K::Number, num(1.2e12), None),
            ("5m".to_string(), K::Number, num(5e6), None),
            ("100m".to_string(), K::Number, num(1e8), None),
            ("40k".to_string(), K::Number, num(4e4), None),
            ("3.4bn".to_string(), K::Number, num(3.4e9), None),
            ("2-3bn".to_string(), K::Range, range(2e9, 3e9), None),
        ]
    );
    // Without a currency sign "m" is a metre, and "k" glued to digits a name or code.
    assert_eq!(
        p("a 5m wall, 40k, 5bn euros", Lang::EN),
        vec![
            ("5m".to_string(), K::Number, num(5.0), Some(Unit::Metre)),
            ("5bn euros".to_string(), K::Number, num(5e9), Some(Unit::Euro)),
        ]
    );
}

#[test]
fn half_of_a_large_number_word() {
    let half = |text: &str, lang: Lang| p(text, lang).into_iter().map(|f| (f.0, f.2)).collect::<Vec<_>>();
    assert_eq!(half("half a million people", Lang::EN), vec![("half a million".to_string(), num(5e5))]);
    assert_eq!(half("hálf milljón manna", Lang::IS), vec![("hálf milljón".to_string(), num(5e5))]);
    assert_eq!(half("eine halbe Million Menschen", Lang::DE), vec![("halbe Million".to_string(), num(5e5))]);
    assert_eq!(half("medio millón de personas", Lang::ES), vec![("medio millón".to_string(), num(5e5))]);
    // Half of something that is not a number word stays what it was.
    assert_eq!(half("half the 300 members", Lang::EN), vec![("300".to_string(), num(300.0))]);
}

#[test]
fn icelandic_decades_by_ordinal_and_ages_in_words() {
    assert_eq!(
        p("á tíunda áratugnum og sjöunda áratugarins; undir þrítugu, tvítugur maður", Lang::IS),
        vec![
            ("tíunda áratugnum".to_string(), K::Decade, range(1990.0, 1999.0), None),
            ("sjöunda áratugarins".to_string(), K::Decade, range(1960.0, 1969.0), None),
            ("þrítugu".to_string(), K::NumberWord, num(30.0), Some(Unit::Year)),
            ("tvítugur".to_string(), K::NumberWord, num(20.0), Some(Unit::Year)),
        ]
    );
    // A decade of a century named after it is not the twentieth's; a compound is no age.
    let kinds = |text: &str| p(text, Lang::IS).into_iter().map(|f| f.1).collect::<Vec<_>>();
    assert_eq!(kinds("fyrsta áratug 21. aldar"), vec![K::Ordinal, K::Number]);
    assert_eq!(kinds("fimmtugsafmæli"), Vec::<FigureKind>::new());
}

#[test]
fn english_times_with_am_and_pm() {
    let times = |text: &str| {
        p(text, Lang::EN).into_iter().map(|f| (f.0, f.1, f.2)).collect::<Vec<(String, FigureKind, Value)>>()
    };
    assert_eq!(
        times("from 9am to 5pm, by 10.30pm, at 8 p.m., at 10:30 am, 12am and 12pm"),
        vec![
            ("9am to 5pm".to_string(), K::Time, range(540.0, 1020.0)),
            ("10.30pm".to_string(), K::Time, num(1350.0)),
            ("8 p.m.".to_string(), K::Time, num(1200.0)),
            ("10:30 am".to_string(), K::Time, num(630.0)),
            ("12am".to_string(), K::Time, num(0.0)),
            ("12pm".to_string(), K::Time, num(720.0)),
        ]
    );
    // Past twelve there is no am or pm: a number, and letters glued to it a code.
    assert_eq!(times("13pm"), Vec::<(String, FigureKind, Value)>::new());
    // The seconds of a time are part of it.
    assert_eq!(
        times("(e.g., 11:11:04 PM)"),
        vec![("11:11:04 PM".to_string(), K::Time, num(1391.0 + 4.0 / 60.0))]
    );
}

#[test]
fn spans_of_the_clock_are_one_figure_in_minutes_of_the_day() {
    let spans = |text: &str, lang: Lang| {
        p(text, lang).into_iter().map(|f| (f.0, f.1, f.2)).collect::<Vec<(String, FigureKind, Value)>>()
    };
    let span = |text: &str, from: f64, to: f64| vec![(text.to_string(), K::Time, range(from, to))];
    assert_eq!(spans("from 9am to 5pm", Lang::EN), span("9am to 5pm", 540.0, 1020.0));
    assert_eq!(spans("von 7.30 bis 18 Uhr", Lang::DE), span("7.30 bis 18 Uhr", 450.0, 1080.0));
    assert_eq!(spans("9–17 Uhr", Lang::DE), span("9–17 Uhr", 540.0, 1020.0));
    assert_eq!(spans("de 7 h 30 à 18 h", Lang::FR), span("7 h 30 à 18 h", 450.0, 1080.0));
    assert_eq!(spans("entre 7 h et 9 h 15", Lang::FR), span("7 h et 9 h 15", 420.0, 555.0));
    assert_eq!(spans("frá kl. 9 til 17", Lang::IS), span("9 til 17", 540.0, 1020.0));
    // French "heures" after a range is as often a duration: it stays a range of hours.
    assert_eq!(
        spans("de 9 à 17 heures", Lang::FR),
        vec![("9 à 17 heures".to_string(), K::Range, range(9.0, 17.0))]
    );
    // "à 9 h" is a time on the hour.
    assert_eq!(spans("à 9 h", Lang::FR), vec![("9 h".to_string(), K::Time, num(540.0))]);
}

#[test]
fn seconds_and_offsets_from_utc_belong_to_their_time() {
    let times = |text: &str, lang: Lang| {
        p(text, lang).into_iter().map(|f| (f.0, f.1, f.2)).collect::<Vec<(String, FigureKind, Value)>>()
    };
    let at = |h: f64, m: f64, s: f64| num(h * 60.0 + m + s / 60.0);
    assert_eq!(
        times("por ejemplo: 04:30:42, 14:54:04+02:00 y 16:21:42 -0800", Lang::ES),
        vec![
            ("04:30:42".to_string(), K::Time, at(4.0, 30.0, 42.0)),
            ("14:54:04+02:00".to_string(), K::Time, at(14.0, 54.0, 4.0)),
            ("16:21:42 -0800".to_string(), K::Time, at(16.0, 21.0, 42.0)),
        ]
    );
    // "15 Uhr" after the seconds was once read as a time of its own, three o'clock.
    assert_eq!(
        times("um 14:30:15 Uhr", Lang::DE),
        vec![("14:30:15".to_string(), K::Time, at(14.0, 30.0, 15.0))]
    );
    // A time to a time is a range of two, not a time and its offset.
    assert_eq!(
        times("10:30-11:45", Lang::EN),
        vec![
            ("10:30".to_string(), K::Time, at(10.0, 30.0, 0.0)),
            ("11:45".to_string(), K::Time, at(11.0, 45.0, 0.0))
        ]
    );
}

#[test]
fn months_of_languages_without_a_table_come_from_the_locale_data() {
    let dates = |text: &str, code: &str| {
        let lang = Lang::from_code(code).unwrap_or(Lang::UND);
        p(text, lang)
            .into_iter()
            .filter(|f| f.1 == K::Date)
            .map(|f| (f.0, f.2))
            .collect::<Vec<(String, Value)>>()
    };
    let date = |year, month, day| Value::Date(Date { year, month: Some(month), day });
    assert_eq!(
        dates("5 Eylül 2022 tarihinde", "tr"),
        vec![("5 Eylül 2022".to_string(), date(Some(2022), 9, Some(5)))]
    );
    // A version before a month is no day: "9.0 Eylül 2021".
    assert_eq!(
        dates("GNU coreutils 9.0 Eylül 2021", "tr"),
        vec![("Eylül 2021".to_string(), date(Some(2021), 9, None))]
    );
    // Czech and Ukrainian dates use the month's genitive, a month alone the nominative.
    assert_eq!(dates("5. září 2022", "cs"), vec![("5. září 2022".to_string(), date(Some(2022), 9, Some(5)))]);
    assert_eq!(
        dates("5 вересня 2022 р.", "uk"),
        vec![("5 вересня 2022".to_string(), date(Some(2022), 9, Some(5)))]
    );
    // Hungarian starts with the year.
    assert_eq!(
        dates("2022. szeptember 5.", "hu"),
        vec![("2022. szeptember 5".to_string(), date(Some(2022), 9, Some(5)))]
    );
    // Vietnamese numbers its months: "tháng 9" is September.
    assert_eq!(
        dates("GNU coreutils 9.1 Tháng 9 năm 2022", "vi"),
        vec![("Tháng 9 năm 2022".to_string(), date(Some(2022), 9, None))]
    );
    assert_eq!(dates("szeptember 2022", "und"), Vec::new());
}

#[test]
fn icelandic_times_in_words() {
    let times =
        |text: &str| p(text, Lang::IS).into_iter().map(|f| (f.0, f.2)).collect::<Vec<(String, Value)>>();
    assert_eq!(
        times("klukkan átta, hálf ellefu, korter yfir átta og korter í níu"),
        vec![
            ("átta".to_string(), nums(&[480.0, 1200.0])),
            ("hálf ellefu".to_string(), nums(&[630.0, 1350.0])),
            ("korter yfir átta".to_string(), nums(&[495.0, 1215.0])),
            ("korter í níu".to_string(), nums(&[525.0, 1245.0])),
        ]
    );
}

#[test]
fn numeral_bases_in_words_are_weak_counts() {
    let read = |text: &str, lang: Lang| {
        parse_figures(text, lang).into_iter().map(|f| (f.text, f.value, f.weak)).collect::<Vec<_>>()
    };
    assert_eq!(read("octal (radix=8) numbers", Lang::EN)[0], ("octal".to_string(), num(8.0), true));
    assert_eq!(
        read("en notation hexadécimale", Lang::FR),
        vec![("hexadécimale".to_string(), num(16.0), true)]
    );
    assert_eq!(read("eine oktale Zahl", Lang::DE), vec![("oktale".to_string(), num(8.0), true)]);
    // A binary is a program as often as a base.
    assert_eq!(read("the binary", Lang::EN), Vec::new());
}

#[test]
fn turkish_case_endings_and_percent_sign_first() {
    let read = |text: &str, code: &str| {
        let lang = Lang::from_code(code).unwrap_or(Lang::UND);
        p(text, lang).into_iter().map(|f| (f.0, f.1, f.2, f.3)).collect::<Vec<_>>()
    };
    assert_eq!(
        read("2022'de, 512’nin katları, 5'inci kez, 1990'lı yıllarda, %12,5 oranında", "tr"),
        vec![
            ("2022'de".to_string(), K::Year, num(2022.0), None),
            ("512’nin".to_string(), K::Number, num(512.0), None),
            ("5'inci".to_string(), K::Ordinal, num(5.0), None),
            ("1990'lı".to_string(), K::Decade, range(1990.0, 1999.0), None),
            ("%12,5".to_string(), K::Percent, num(12.5), Some(Unit::Percent)),
        ]
    );
    assert_eq!(read("vuonna 2022:ssa", "fi"), vec![("2022:ssa".to_string(), K::Number, num(2022.0), None)]);
    // Elsewhere an apostrophe glued after a number is no case ending.
    assert_eq!(read("2022'de", "en"), Vec::new());
}

#[test]
fn trillions_roman_centuries_and_degrees_of_frost() {
    let read =
        |text: &str, lang: Lang| p(text, lang).into_iter().map(|f| (f.0, f.2, f.3)).collect::<Vec<_>>();
    let t = 1.2e12;
    assert_eq!(read("$1.2 trillion", Lang::EN)[0].1, num(t));
    assert_eq!(read("1,2 Billionen Dollar", Lang::DE)[0].1, num(t));
    assert_eq!(read("1.200 milljarða dala", Lang::IS)[0].1, nums(&[t, 1.2e9]));
    assert_eq!(read("1,2 billones", Lang::ES)[0].1, num(t));
    // A century in Roman numerals is the ordinal "19th century" is.
    for (text, lang) in [
        ("au XIXe siècle", Lang::FR),
        ("en el siglo XIX", Lang::ES),
        ("nel XIX secolo", Lang::IT),
        ("w XIX wieku", Lang::PL),
        ("в XIX веке", Lang::RU),
    ] {
        let got = parse_figures(text, lang);
        assert_eq!(
            got.iter().map(|f| (f.kind, f.value.clone())).collect::<Vec<_>>(),
            vec![(K::Ordinal, num(19.0))],
            "{text}"
        );
    }
    assert_eq!(
        read("15 stiga frost", Lang::IS),
        vec![("15 stiga frost".to_string(), num(-15.0), Some(Unit::Degree))]
    );
    assert_eq!(
        read("15 graders frost", Lang::DA),
        vec![("15 graders frost".to_string(), num(-15.0), Some(Unit::Degree))]
    );
    // "15 stig" alone is 15 points.
    assert_eq!(read("liðið fékk 15 stig", Lang::IS), vec![("15".to_string(), num(15.0), None)]);
    assert_eq!(
        read("á 90 km hraða á klukkustund", Lang::IS),
        vec![("90 km hraða".to_string(), num(90.0), Some(Unit::KilometrePerHour))]
    );
    // English "hundreds" alone is a vague quantity, not after "the", "of" or "over".
    assert_eq!(read("hundreds were evacuated", Lang::EN)[0].1, Value::Magnitude { power: 2 });
    assert_eq!(read("captains over hundreds", Lang::EN), Vec::new());
}
