//! The constructions of real professional translations (German → French,
//! English → German/French documentation) that are one figure written two
//! ways, the tokens that are not figures, and the rules of severity: each pinned
//! on a one-sentence pair aligned by transdiff itself.

use pretty_assertions::assert_eq;
use transdiff::align::{AlignOptions, align};
use transdiff::compare::{
    CompareOptions, FigureKind, Finding, FindingKind, Grade, compare_with, parse_figures,
};
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment};

fn findings(a: &str, la: Lang, b: &str, lb: Lang) -> Vec<Finding> {
    let doc = |p: &str, t: &str, l| {
        segment(p, t.as_bytes(), &SegmentOptions { lang: Some(l), presplit: false }).unwrap()
    };
    let al = align(&doc("a.txt", a, la), &doc("b.txt", b, lb), &AlignOptions::default());
    compare_with(&al, &CompareOptions { names: false })
}

/// (kind, level, source text, target text) of each finding.
fn brief(f: &[Finding]) -> Vec<(FindingKind, Grade, String, String)> {
    let t = |o: Option<&transdiff::compare::Occurrence>| o.map_or("-".into(), |o| o.text.clone());
    f.iter().map(|f| (f.kind, f.grade(), t(f.source()), t(f.target()))).collect()
}

fn de_fr(de: &str, fr: &str) -> Vec<(FindingKind, Grade, String, String)> {
    brief(&findings(de, Lang::DE, fr, Lang::FR))
}

#[test]
fn times_of_day_in_german_and_french_agree() {
    assert_eq!(
        de_fr(
            "Um 20.30 Uhr waren sie am Fuss der Pyramide.\n",
            "A 20 h. 30 ils étaient au pied de la pyramide.\n"
        ),
        []
    );
    assert_eq!(de_fr("Es ist 4.45 Uhr morgens.\n", "Il est 4 h 45 du matin.\n"), []);
    assert_eq!(de_fr("Wir gingen um 15 Uhr los.\n", "Nous sommes partis à 15h00.\n"), []);
    let changed = de_fr("Um 13.30 Uhr betraten sie den Gipfel.\n", "A 14 h. 30 ils foulèrent le sommet.\n");
    assert_eq!(changed, [(FindingKind::Mismatch, Grade::Error, "13.30 Uhr".into(), "14 h. 30".into())]);
}

#[test]
fn range_words_dates_digit_groups_fractions_and_currency_agree() {
    assert_eq!(
        de_fr("Berechnungen aus den Jahren 1881-1902.\n", "Mensurations faites de 1881 à 1902.\n"),
        []
    );
    assert_eq!(de_fr("Am 18. Mai 1956 durch Ernst Reiss.\n", "Le 18 mai 1956 par Ernest Reiss.\n"), []);
    assert_eq!(de_fr("Es sind 25 350 ft.\n", "Le chiffre est de 25 350 pieds.\n"), []);
    assert_eq!(de_fr("Das Wasser war etwa 1 ½ m tief.\n", "L'eau était profonde de 1,50 m.\n"), []);
    assert_eq!(
        de_fr(
            "Ein Träger erhält 3 Rupies (Fr. 2.70) pro Tag.\n",
            "Un porteur reçoit 3 roupies (2 fr. 70) par jour.\n"
        ),
        []
    );
    assert_eq!(de_fr("Sie kamen 2 bis 4 Tage später.\n", "Ils arrivèrent 2 à 4 jours plus tard.\n"), []);
    assert_eq!(
        de_fr(
            "Sie bestiegen Gipfel zwischen 5800 und 6100 m.\n",
            "Elles ont gravi des sommets de 5800 à 6100 m.\n"
        ),
        []
    );
    // A range that kept one end is one finding, an error.
    let changed = de_fr(
        "Sie bestiegen Gipfel zwischen 5800 und 6100 m.\n",
        "Elles ont gravi des sommets de 5800 à 6200 m.\n",
    );
    assert_eq!(
        changed,
        [(FindingKind::Mismatch, Grade::Error, "5800 und 6100 m".into(), "5800 à 6200 m".into())]
    );
}

#[test]
fn conversions_agree_and_parenthesised_conversions_are_not_added() {
    assert_eq!(de_fr("Die Spur war gut 30 cm lang.\n", "Elle mesurait 12 pouces (305 mm) de long.\n"), []);
    assert_eq!(de_fr("Der Abstand war 3 m.\n", "La distance était de 10 ft (3 m).\n"), []);
}

#[test]
fn references_ocr_slips_and_camp_numbers_are_not_figures() {
    let f =
        |t: &str, l| parse_figures(t, l).into_iter().filter(|f| !f.weak).map(|f| f.text).collect::<Vec<_>>();
    assert_eq!(f("(« Die Alpen » 1956, S. 295-298)", Lang::DE), ["1956"]);
    assert_eq!(f("voir Alpine Journal, n° 293, p. 279", Lang::FR), Vec::<String>::new());
    assert_eq!(f("intéressé à 1'industrie des étrangers", Lang::FR), Vec::<String>::new());
    assert_eq!(f("Ende Juni stand Lager 1 (5100 m)", Lang::DE), ["5100 m"]);
}

#[test]
fn german_and_french_number_words_are_read() {
    assert_eq!(de_fr("Vor hundert Jahren kamen drei Männer.\n", "Il y a 100 ans vinrent 3 hommes.\n"), []);
    assert_eq!(de_fr("Die vier pakistanischen Achttausender.\n", "Les quatre « 8000 » pakistanais.\n"), []);
    assert_eq!(de_fr("Eine Neigung von 45 Grad.\n", "Une pente de quarante-cinq degrés.\n"), []);
    let k = |t: &str, l| parse_figures(t, l).into_iter().map(|f| f.kind).collect::<Vec<_>>();
    assert_eq!(k("einundzwanzig", Lang::DE), [FigureKind::NumberWord]);
    let t =
        |t: &str, l| parse_figures(t, l).into_iter().filter(|f| !f.weak).map(|f| f.text).collect::<Vec<_>>();
    assert_eq!(t("une pente de quarante-cinq degrés", Lang::FR), ["quarante-cinq degrés"]);
}

#[test]
fn code_like_tokens_are_not_figures() {
    let f = |t: &str| parse_figures(t, Lang::EN).into_iter().map(|f| f.text).collect::<Vec<_>>();
    assert_eq!(f("read /dev/zero with --zero"), Vec::<String>::new());
    assert_eq!(f("see lspci(8) and 38;5;0"), Vec::<String>::new());
    // A number glued in parentheses to a name in capitals is weak: it pairs with the spaced
    // form a translation may write, and is never reported.
    let weak = |t: &str| parse_figures(t, Lang::EN).into_iter().map(|f| (f.text, f.weak)).collect::<Vec<_>>();
    assert_eq!(weak("the KILL(9) signal, TIMEOUT(1)"), [("9".into(), true), ("1".into(), true)]);
    assert_eq!(weak("the KILL (9) signal"), [("9".into(), false)]);
    let en = "If COMMAND (or timeout itself) is sent the KILL (9) signal.\n";
    let de = "Falls der Befehl (oder timeout selbst) das KILL(9)-Signal empfangen hat.\n";
    assert_eq!(brief(&findings(en, Lang::EN, de, Lang::DE)), []);
    assert_eq!(f("4.4BSD"), Vec::<String>::new());
    let k = |t: &str| parse_figures(t, Lang::EN).into_iter().map(|f| f.kind).collect::<Vec<_>>();
    assert_eq!(k("2000 MiB"), [FigureKind::Number]);
    assert_eq!(k("on 2023-01-15"), [FigureKind::Date]);
    let en = "Use 83MiB of space.\n";
    let de = "Verwenden Sie 83 MiB Platz.\n";
    assert_eq!(brief(&findings(en, Lang::EN, de, Lang::DE)), []);
}

#[test]
fn byte_identical_text_never_yields_a_finding() {
    let line = "Run kill 1234 after 2000 MiB, see 4.4BSD and lspci(8), 38;5;0, 10/1/2022.\n";
    assert_eq!(brief(&findings(line, Lang::EN, line, Lang::DE)), []);
    assert_eq!(brief(&findings(line, Lang::SV, line, Lang::FR)), []);
}

#[test]
fn number_words_of_an_unread_language_are_not_reported_missing() {
    let fi = Lang::from_code("fi").unwrap_or(Lang::UND);
    let got = findings("Three men came.\n", Lang::EN, "Kolme miestä tuli.\n", fi);
    assert_eq!(brief(&got), []);
}

/// The name findings (kind, rendering's spelling) of an English text against its German rendering.
fn german_names(en: &str, de: &str) -> Vec<(FindingKind, String)> {
    let doc = |p: &str, t: &str, l| {
        segment(p, t.as_bytes(), &SegmentOptions { lang: Some(l), presplit: false }).unwrap()
    };
    let al = align(&doc("en.txt", en, Lang::EN), &doc("de.txt", de, Lang::DE), &AlignOptions::default());
    transdiff::compare::compare(&al)
        .into_iter()
        .filter(|f| matches!(f.kind, FindingKind::NameVariant | FindingKind::NameInconsistent))
        .map(|f| (f.kind, f.target().map(|o| o.text.clone()).unwrap_or_default()))
        .collect()
}

#[test]
fn german_common_nouns_are_not_names_but_names_are() {
    let names = german_names(
        "Printing works. Then press the key. We see printing and pressing here. President Tokayev spoke, Tokayev laughed, and later Tokayev left.\n",
        "Das Drucken geht. Bitte jetzt Drücken Sie die Taste. Wir sehen Drucken und Drücken hier. Präsident Tokajev sprach, Tokajev lachte, und später ging Takajev.\n",
    );
    assert_eq!(names, [(FindingKind::NameInconsistent, "Takajev".to_string())]);
}

/// Measured on the Debian Reference (English/German as shipped), where the names check gave
/// 121 notes and none was a name: German nouns alike (Aktivierung/Archivierungs) are not two
/// spellings of one name unless the original carries the name; an article before a compound
/// ("das Debian-Projekt") marks its last part, not its head, as a noun; and a title's
/// capitalised word ("Table", "Style") that the text also writes in lower case is no name.
#[test]
fn german_nouns_and_title_words_are_not_names() {
    let names = german_names(
        "See the Debian Project pages. Here two style variants mix, and Processors run processes. Read the Document Style Semantics first: the style is defined there. Minister Tokayev spoke, Tokayev laughed, and Tokayev left.\n",
        "Siehe die Seiten des Debian-Projekts und das Debian-Handbuch. Hier mischen sich zwei Stile, und Prozessoren starten Prozessen. Lesen Sie zuerst die Document Style Semantics: dort steht der Stil. Minister Tokajev sprach, Tokajev lachte, und Takajev ging.\n",
    );
    assert_eq!(names, [(FindingKind::NameInconsistent, "Takajev".to_string())]);
}

#[test]
fn alternatives_with_units_prices_and_phone_numbers_agree() {
    assert_eq!(
        de_fr(
            "Die Erstersteigung des Lhotse ( 8501 m bzw. ca. 8510 m ) gelang.\n",
            "La première ascension du Lhotsé , 8501 à 8510 m , réussit.\n"
        ),
        []
    );
    assert_eq!(
        de_fr(
            "Eine Abgabe von 500.- bis 3000.- Rupies ( also bis 2700.- SFr. ) ist zu entrichten.\n",
            "Un dépôt de 500 à 3000 roupies ( soit jusqu' à 2700 francs suisses ) doit être versé.\n"
        ),
        []
    );
    assert_eq!(de_fr("Telefon 031/433611 , Bern.\n", "Téléphone 031/43 36 11 , Berne.\n"), []);
    assert_eq!(de_fr("Ein Träger erhält Fr. 2.70 pro Tag.\n", "Un porteur reçoit 2 fr . 70 par jour.\n"), []);
}

#[test]
fn date_lists_durations_and_labels_agree() {
    assert_eq!(
        de_fr(
            "Zwei Seilschaften erreichten den Gipfel am 6. und 7. Juli 1956 .\n",
            "Deux cordées atteignirent le sommet les 6 et 7 juillet 1956 .\n"
        ),
        []
    );
    assert_eq!(de_fr("Wir kamen am 12./13. Juni an.\n", "Nous sommes arrivés les 12-13 juin.\n"), []);
    assert_eq!(
        de_fr(
            "Aufstieg zur Hütte in 1 Std. 30 Min. ab Rosenlaui.\n",
            "Montée au refuge en 1 h 30 depuis Rosenlaui.\n"
        ),
        []
    );
    assert_eq!(
        de_fr(
            "Die Strecke zwischen Camp 2 und 3 war böse.\n",
            "Le tronçon entre Camp 2 et 3 était mauvais.\n"
        ),
        []
    );
    assert_eq!(de_fr("21. Nördlich davon liegt der Berg.\n", "18. Au nord se dresse la montagne.\n"), []);
    assert_eq!(de_fr("Der K 2 ist hoch.\n", "Le K2 est haut.\n"), []);
}

#[test]
fn a_dropped_year_is_a_warning_and_a_kept_whole_part_a_note() {
    assert_eq!(
        de_fr(
            "Das Tier querte das Tal zwischen dem 11. Juni 1955 und dem 12. Juni .\n",
            "La créature traversa la vallée entre le 11 juin et le 12 juin .\n"
        ),
        [(FindingKind::Missing, Grade::Warning, "11. Juni 1955".into(), "-".into())]
    );
    assert_eq!(
        de_fr("Ein Träger erhält Fr. 2.70 pro Tag.\n", "Un porteur reçoit 2 francs par jour.\n"),
        [(FindingKind::Mismatch, Grade::Note, "2.70".into(), "2 francs".into())]
    );
}

fn en(en: &str, other: &str, lang: Lang) -> Vec<(FindingKind, Grade, String, String)> {
    brief(&findings(en, Lang::EN, other, lang))
}

#[test]
fn times_of_day_told_in_words_agree_with_digits() {
    assert_eq!(de_fr("Um fünf Uhr piepst eine Uhr.\n", "A 5 heures , le bip-bip .\n"), []);
    assert_eq!(
        de_fr("Die letzte , um halb fünf fahrende Gondel .\n", "La dernière benne , à 4 heures et demie !\n"),
        []
    );
    assert_eq!(en("We left at half past four.\n", "Wir gingen um 16.30 Uhr.\n", Lang::DE), []);
    assert_eq!(en("We left at a quarter to ten.\n", "Nous partîmes à 9 h 45.\n", Lang::FR), []);
    assert_eq!(de_fr("Es ist erst zehn Uhr.\n", "Il n' est que dix heures .\n"), []);
    // A duration in French words stays a duration: "deux heures" of effort is "zwei Stunden".
    assert_eq!(de_fr("Noch zwei Stunden Aufstieg.\n", "Encore un effort de deux heures .\n"), []);
    // The same kind of figure, changed, is still found.
    assert_eq!(
        de_fr("Um fünf Uhr piepst eine Uhr.\n", "A 6 heures , le bip-bip .\n"),
        [(FindingKind::Mismatch, Grade::Error, "fünf Uhr".into(), "6 heures".into())]
    );
    assert_eq!(
        en("We left at half past four.\n", "Wir gingen um 17.30 Uhr.\n", Lang::DE),
        [
            (FindingKind::Missing, Grade::Note, "half past four".into(), "-".into()),
            (FindingKind::Added, Grade::Warning, "-".into(), "17.30 Uhr".into())
        ]
    );
}

#[test]
fn short_years_and_roman_numerals_agree() {
    assert_eq!(en("The winter of 1984 was cold.\n", "Der Winter '84 war kalt.\n", Lang::DE), []);
    assert_eq!(
        en("The winter of 1984 was cold.\n", "Der Winter '85 war kalt.\n", Lang::DE),
        [(FindingKind::Mismatch, Grade::Error, "1984".into(), "'85".into())]
    );
    assert_eq!(de_fr("Siehe Band 3 und Kapitel 12.\n", "Voir le tome III et le chapitre XII.\n"), []);
    assert_eq!(en("See chapter 12.\n", "Véase el CAPÍTULO XII.\n", Lang::from_code("es").unwrap()), []);
    // A changed volume or chapter number is a divergence.
    assert_eq!(
        de_fr("Siehe Band 3 und Kapitel 12.\n", "Voir le tome IV et le chapitre XIII.\n"),
        [
            (FindingKind::Mismatch, Grade::Error, "3".into(), "IV".into()),
            (FindingKind::Mismatch, Grade::Error, "12".into(), "XIII".into())
        ]
    );
    // "in this chapter I show": a pronoun, not chapter one.
    let f = parse_figures("In this chapter I show three cases.", Lang::EN);
    assert_eq!(f.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), ["three"]);
}

#[test]
fn man_page_notation_agrees() {
    // groff's U+2010 hyphen, compounds of a time unit, and French "N heures" as a duration.
    assert_eq!(
        en(
            "Uses the 12-hour clock or the 24-hour clock.\n",
            "Nutzt das 12‐Stunden‐Format oder das 24‐Stunden‐Format.\n",
            Lang::DE
        ),
        []
    );
    assert_eq!(
        en(
            "Uses the 12-hour clock or the 24-hour clock.\n",
            "Utilise le format 12 heures ou le format 24 heures.\n",
            Lang::FR
        ),
        []
    );
    assert_eq!(
        en(
            "Output in ISO 8601 and RFC 5322 format.\n",
            "Ausgabe im ISO‐8601‐ und RFC‐5322‐Format.\n",
            Lang::DE
        ),
        []
    );
    // A format directive or a size unit before a number is not a peak name like "K 2".
    assert_eq!(
        en("%R     24-hour hour and minute\n", "%R     Stunden und Minuten im 24‐Stunden‐Format\n", Lang::DE),
        []
    );
    assert_eq!(en("sizes such as 1K 234M 2G\n", "des tailles comme 1K, 234M, 2G\n", Lang::FR), []);
    assert_eq!(de_fr("Der K 2 ist hoch.\n", "Le K2 est haut.\n"), []);
    // Numeric dates in either order, as the language writes them.
    assert_eq!(
        en(
            "Seconds since the Epoch (1970-01-01 UTC).\n",
            "Secondes depuis l'époque (01/01/1970 UTC).\n",
            Lang::FR
        ),
        []
    );
    assert_eq!(
        en(
            "Seconds since the Epoch (1970-01-01 UTC).\n",
            "Secondes depuis l'époque (02/01/1970 UTC).\n",
            Lang::FR
        ),
        [(FindingKind::Mismatch, Grade::Error, "1970-01-01".into(), "02/01/1970".into())]
    );
}

#[test]
fn assignments_arithmetic_and_addresses_are_code() {
    assert_eq!(
        en(
            "Units are c=1, w=2, b=512, K=1024, MB=1000*1000 and so on.\n",
            "Les unités sont : c = 1, w = 2, b = 512, K = 1024, MB = 1000*1000 et ainsi de suite.\n",
            Lang::FR
        ),
        []
    );
    assert_eq!(en("It exits with status (128+9).\n", "Il sort avec le code (128+9).\n", Lang::FR), []);
    assert_eq!(
        en("Translated by nobody.\n", "Traduit par Jean <raud@neuf.fr> et deux.autres.org.\n", Lang::FR),
        []
    );
    // An equation of quantities is not code: "60 ft = 18,29 m" against "(19,29 m)" is still found.
    assert_eq!(
        de_fr("Um etwa 60 ft . = 18,29 m erhöht .\n", "Relevée de 60 pieds ( 19,29 m ) .\n"),
        [(FindingKind::Missing, Grade::Warning, "18,29 m".into(), "-".into())]
    );
}

/// Ordinal words pair with ordinals in digits ("2nd" / "zweite", "3e" / "troisième") and are
/// never reported alone; a changed ordinal in digits is still a note on its own.
#[test]
fn ordinal_words_pair_with_ordinals_in_digits() {
    let got = findings(
        "The boot loader is the 2nd stage. The kernel is the 3rd stage.\n",
        Lang::EN,
        "Der Bootloader ist die zweite Stufe. Der Kernel ist die vierte Stufe.\n",
        Lang::DE,
    );
    assert_eq!(brief(&got), [(FindingKind::Missing, Grade::Note, "3rd".to_string(), "-".to_string())]);
    let got =
        findings("The 1st argument is the URL.\n", Lang::EN, "Le premier argument est l'URL.\n", Lang::FR);
    assert_eq!(brief(&got), []);
}

/// One version numbers its steps ("1. die deb-Datei auspacken") where the other lists them
/// unnumbered: the labels are not figures without counterpart. A figure after the label is (a
/// warning: two bare counts of one digit differ in one digit whatever they are).
#[test]
fn list_labels_only_one_version_writes_are_not_findings() {
    let got = findings(
        "Unpack the deb file.\n\nRun the preinst script 2 times.\n",
        Lang::EN,
        "1. die deb-Datei auspacken\n\n2. das preinst-Skript 3 Mal ausführen\n",
        Lang::DE,
    );
    assert_eq!(brief(&got), [(FindingKind::Mismatch, Grade::Warning, "2".to_string(), "3".to_string())]);
}

/// A date at the start of a list item is a date, not a label.
#[test]
fn a_date_that_starts_a_list_item_is_still_compared() {
    let got =
        findings("- 1. August 1957: the climb.\n", Lang::DE, "- 2 août 1957 : l'ascension.\n", Lang::FR);
    assert_eq!(brief(&got).len(), 1, "{:?}", brief(&got));
}

#[test]
fn a_count_told_in_a_derived_form_is_no_finding() {
    // "beiden" counts two, "zehntägigen" ten, "une dizaine" ten, "viermal" four: the same count.
    assert_eq!(de_fr("Die beiden Seilschaften biwakierten.\n", "Les deux cordées bivouaquèrent.\n"), []);
    assert_eq!(
        de_fr(
            "Nach einer zehntägigen Akklimatisierung stiegen sie auf.\n",
            "Après dix jours d'acclimatation, ils montèrent.\n"
        ),
        []
    );
    assert_eq!(de_fr("Ein Pendelsturz von rund zehn Metern.\n", "Une chute d'une dizaine de mètres.\n"), []);
    assert_eq!(
        en("Both teams camped below the ridge.\n", "Båda lagen slog läger under kammen.\n", Lang::SV),
        []
    );
    assert_eq!(en("We went there twice.\n", "Wir gingen zweimal hin.\n", Lang::DE), []);
    // "both" on the side of "two" accounts for the other side's "båda"; the lone "two" left is
    // a determiner a close translation drops freely.
    assert_eq!(en("Both sides, the two sides, are to blame.\n", "Båda sidor bär skulden.\n", Lang::SV), []);
    // A number word with nothing of the kind on the other side is kept: in a condensed
    // rendering it is often all that shows a sentence was left out.
    assert_eq!(
        en("Twenty minutes later the police fired.\n", "Polisen sköt.\n", Lang::SV),
        [(FindingKind::Missing, Grade::Note, "Twenty minutes".into(), "-".into())]
    );
}

#[test]
fn a_number_word_and_a_count_of_the_other_side_are_one_finding() {
    assert_eq!(
        de_fr("Die Mannschaft bestand aus sechs Bergsteigern.\n", "L'équipe comprenait cinq alpinistes.\n"),
        [(FindingKind::Mismatch, Grade::Note, "sechs".into(), "cinq".into())]
    );
    // Two durations told in words: one finding, not a missing and an added.
    let weeks =
        de_fr("Seit drei Wochen standen sie am Grat.\n", "Depuis quinze jours ils étaient sur l'arête.\n");
    assert_eq!(weeks.len(), 1);
    assert_eq!((weeks[0].0, weeks[0].1), (FindingKind::Mismatch, Grade::Note));
    // A fortnight as French counts it, inclusively, is no finding.
    let fortnight =
        de_fr("Seit zwei Wochen standen sie am Grat.\n", "Depuis quinze jours ils étaient sur l'arête.\n");
    assert_eq!(fortnight, []);
}

#[test]
fn a_year_changed_inside_a_date_is_one_mismatch() {
    assert_eq!(
        de_fr("Das Buch erschien 1956.\n", "Le livre parut en octobre 1955.\n"),
        [(FindingKind::Mismatch, Grade::Error, "1956".into(), "octobre 1955".into())]
    );
}

#[test]
fn a_price_whose_decimals_stand_on_the_next_line_is_one_figure() {
    assert_eq!(
        de_fr(
            "Ein Träger erhält Fr. 2.70 pro Tag.\nDas ist wenig.\n",
            "Un porteur reçoit 2 fr .\n70 par jour. C'est peu.\n"
        ),
        []
    );
    // The decimals changed: still reported.
    let changed = de_fr(
        "Ein Träger erhält Fr. 2.70 pro Tag.\nDas ist wenig.\n",
        "Un porteur reçoit 2 fr .\n80 par jour. C'est peu.\n",
    );
    assert!(!changed.is_empty());
}

#[test]
fn two_values_joined_by_respectively_pair_with_both_before_any_mismatch() {
    let en = "Files bigger than 8 MiB, 16 MiB, and 32 MiB, respectively.\n";
    let de = "Dateien, die größer als 8 MiB, 16 MiB beziehungsweise 32 MiB sind.\n";
    assert_eq!(brief(&findings(en, Lang::EN, de, Lang::DE)), []);
    let en = "Reasonable depth is 4–100 and 16–1000 for binary trees.\n";
    let de = "Die angemessene Tiefe ist 4-100 und 16-1000 für Binärbäume.\n";
    assert_eq!(brief(&findings(en, Lang::EN, de, Lang::DE)), []);
}

#[test]
fn command_options_and_tab_spaced_samples_are_not_figures() {
    let f = |t: &str, l| parse_figures(t, l).into_iter().map(|f| f.text).collect::<Vec<_>>();
    // "-5e" is an option in every language, not the French ordinal "5e"; "-5 °C" is a temperature.
    assert_eq!(f("(-5e ou -6e peuvent aussi valoir la peine)", Lang::FR), Vec::<String>::new());
    assert_eq!(f("il fait -5 °C, le 5e jour", Lang::FR), ["-5 °C", "5e"]);
    // A sample of bytes spaced with tabs is a run, as the single-spaced one is.
    assert_eq!(f("die Ausgabe A1 B1 01 02\t01  02\t01  02 sein.", Lang::DE), Vec::<String>::new());
    assert_eq!(f("the output will be A1 B1 01 02 01 02 01 02.", Lang::EN), Vec::<String>::new());
    // Fewer numbers spaced with a tab stay figures.
    assert_eq!(f("Lager 4\t5 Tage", Lang::DE), ["4", "5 Tage"]);
}
