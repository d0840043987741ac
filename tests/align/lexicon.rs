//! The lexicon: normalisation per language, IBM Model 1 learning, FreeDict and hunalign
//! dictionaries (hand-made, and the Debian-installed ones when present).

use flate2::Compression;
use flate2::write::GzEncoder;
use pretty_assertions::assert_eq;
use std::io::Write;
use std::path::Path;
use transdiff::lang::Lang;
use transdiff::lexicon::freedict::{self, DictFiles, Direction};
use transdiff::lexicon::{DICTIONARY_STRENGTH, LearnOptions, Lexicon, Normalizer, learn, learn_with};

fn normalized(lang: Lang, words: &[&str]) -> Vec<String> {
    let n = Normalizer::new(lang);
    words.iter().map(|w| n.normalize(w)).collect()
}

/// Every entry, sorted, with strengths rounded to two decimals.
fn entries(lexicon: &Lexicon) -> Vec<(String, String, String)> {
    let mut all: Vec<_> =
        lexicon.iter().map(|(s, t, p)| (s.to_string(), t.to_string(), format!("{p:.2}"))).collect();
    all.sort();
    all
}

#[test]
fn normalisation_per_language() {
    let lang = |c| Lang::from_code(c).unwrap();
    assert_eq!(
        normalized(Lang::EN, &["Houses", "running", "Naïve", "café", "Generously", "don’t"]),
        ["hous", "run", "naiv", "cafe", "generous", "don't"]
    );
    // Swedish keeps å ä ö (letters of their own) but folds a borrowed é.
    assert_eq!(
        normalized(Lang::SV, &["Husen", "fåren", "Händelserna", "idéer", "ÖVERSÄTTNINGAR", "kemtvätt"]),
        ["hus", "får", "händ", "ide", "översättning", "kemtvät"]
    );
    assert_eq!(
        normalized(Lang::NL, &["Huizen", "gebeurtenissen", "Ideeën", "vertalingen", "café"]),
        ["huiz", "gebeurteniss", "ideeen", "vertal", "caf"]
    );
    assert_eq!(
        normalized(Lang::DE, &["Häuser", "Gletschers", "Straße", "größten", "Übersetzungen"]),
        ["haus", "gletsch", "strass", "grosst", "ubersetz"]
    );
    assert_eq!(
        normalized(Lang::FR, &["Maisons", "élèves", "Glaciers", "œuvre", "traductions", "été"]),
        ["maison", "elev", "glaci", "oeuvr", "traduct", "ete"]
    );
    assert_eq!(normalized(lang("fi"), &["Talossa", "äänestää"]), ["talo", "äänest"]);
    // Czech: no stemmer here, and diacritics tell words apart (byt / být).
    assert_eq!(normalized(lang("cs"), &["Být", "Domy"]), ["být", "domy"]);
    // Unknown languages: lowercase and fold only.
    assert_eq!(normalized(Lang::UND, &["Ünïcode", "ABC"]), ["unicode", "abc"]);
    assert!(Normalizer::new(Lang::SV).stems());
    assert!(!Normalizer::new(Lang::UND).stems());
}

#[test]
fn words_of_a_text_are_normalised() {
    assert_eq!(
        Normalizer::new(Lang::FR).words("L'élève a vu 3 glaciers."),
        ["l", "elev", "a", "vu", "3", "glaci"]
    );
}

fn pair(s: &str, t: &str) -> (Vec<String>, Vec<String>) {
    (s.split(' ').map(String::from).collect(), t.split(' ').map(String::from).collect())
}

/// A hand-made German–French corpus where every content word has one obvious partner.
fn tiny_corpus() -> Vec<(Vec<String>, Vec<String>)> {
    vec![
        pair("das haus ist klein", "la maison est petite"),
        pair("das haus ist alt", "la maison est vieille"),
        pair("das buch ist klein", "le livre est petit"),
        pair("ein buch", "un livre"),
        pair("ein altes haus", "une vieille maison"),
        pair("der berg ist hoch", "la montagne est haute"),
        pair("der berg", "la montagne"),
    ]
}

#[test]
fn ibm1_learns_the_obvious_pairs() {
    let lexicon = learn(&tiny_corpus());
    assert_eq!(lexicon.names, ["learned"]);
    let top = |s: &str| lexicon.translations(s).first().map(|(t, _)| t.clone());
    assert_eq!(top("haus").as_deref(), Some("maison"));
    assert_eq!(top("buch").as_deref(), Some("livre"));
    assert_eq!(top("berg").as_deref(), Some("montagne"));
    assert_eq!(top("ist").as_deref(), Some("est"));
    let e = |s: &str, t: &str, p: &str| (s.to_string(), t.to_string(), p.to_string());
    // `der` and `berg` always occur together, so neither direction can tell them apart.
    // Strengths are half the geometric mean of p(t|s) and p(s|t) (LearnOptions::scale).
    assert_eq!(
        entries(&lexicon),
        vec![
            e("berg", "la", "0.14"),
            e("berg", "montagne", "0.26"),
            e("buch", "livre", "0.37"),
            e("das", "est", "0.18"),
            e("der", "la", "0.14"),
            e("der", "montagne", "0.26"),
            e("haus", "maison", "0.32"),
            e("haus", "vieille", "0.14"),
            e("ist", "est", "0.29"),
            e("ist", "la", "0.13"),
        ]
    );
}

#[test]
fn ibm1_options_filter_weak_and_stopword_entries() {
    let strict = LearnOptions { min_strength: 0.99, ..LearnOptions::default() };
    assert!(learn_with(&tiny_corpus(), &strict).is_empty());
    // With a tiny stopword threshold the omnipresent `ist`/`est` goes, `haus` stays.
    let stop =
        LearnOptions { max_doc_fraction: 0.5, min_doc_count_for_stopword: 1, ..LearnOptions::default() };
    let lexicon = learn_with(&tiny_corpus(), &stop);
    assert_eq!(lexicon.strength("ist", "est"), 0.0);
    assert!(lexicon.strength("haus", "maison") > 0.25);
    assert!(learn(&[]).is_empty());
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Builds a dictd index for `entries` laid out one after the other.
fn dictd(entries: &[(&str, &str)]) -> (String, String) {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let encode = |mut n: usize| {
        let mut digits = Vec::new();
        loop {
            digits.push(B64[n % 64]);
            n /= 64;
            if n == 0 {
                break;
            }
        }
        digits.reverse();
        String::from_utf8(digits).unwrap()
    };
    let (mut index, mut dict) = (String::new(), String::new());
    for (headword, text) in entries {
        index.push_str(&format!("{headword}\t{}\t{}\n", encode(dict.len()), encode(text.len())));
        dict.push_str(text);
    }
    (index, dict)
}

#[test]
fn freedict_entries_of_both_styles_parse() {
    let (index, dict) = dictd(&[
        ("00databaseinfo", "00-database-info\nThis is a test dictionary, not words.\n"),
        // Old style (eng-swe): numbered senses, no definitions.
        ("achieve", "achieve /ətʃiːv/\n1. förvärva\n2. ernå, uppnå\n"),
        ("house", "house /haus/\nhus (byggnad); bostad\n"),
        // Multiword headwords are skipped; multiword translations give their content words.
        ("dry cleaning", "dry cleaning /drai kliːniŋ/\nkemtvätt\n"),
        ("laundry", "laundry /lɔːndri/\ntvätt inrättning, tvätt\n"),
        ("to the", "to the /tuð/\ntill den, till det\n"),
        // New style (deu-fra): each sense followed by a definition in the headword's language.
        ("gletscher", "Gletscher /ˈɡlɛt͡ʃɐ/ <n, masc>\nglacier\nEismasse, die sich langsam talwärts bewegt\n"),
    ]);
    let dict_dz = gzip(dict.as_bytes());
    let files = DictFiles {
        index_path: Path::new("t.index"),
        index: index.as_bytes(),
        dict_path: Path::new("t.dict.dz"),
        dict: &dict_dz,
    };
    let en = Normalizer::new(Lang::EN);
    let sv = Normalizer::new(Lang::SV);
    let lexicon = freedict::read(&files, "freedict:test", &en, &sv, Direction::Forward).unwrap();
    assert_eq!(lexicon.names, ["freedict:test"]);
    let e = |s: &str, t: &str, p: &str| (s.to_string(), t.to_string(), p.to_string());
    assert_eq!(
        entries(&lexicon),
        vec![
            e("achiev", "ernå", "0.20"),
            e("achiev", "förvärv", "0.20"),
            e("achiev", "uppnå", "0.20"),
            e("gletscher", "glaci", "0.20"),
            e("hous", "bost", "0.20"),
            e("hous", "hus", "0.20"),
            e("laundri", "inrättning", "0.10"),
            e("laundri", "tvätt", "0.20"),
        ]
    );
    // Serving Swedish → English: headwords are still English, entries run from Swedish.
    let reversed = freedict::read(&files, "freedict:test", &en, &sv, Direction::Reversed).unwrap();
    assert_eq!(reversed.strength("hus", "hous"), DICTIONARY_STRENGTH);
    assert_eq!(reversed.len(), lexicon.len());
}

/// The dictd folder, or `None` (with a note) when `package` is not installed.
fn installed(stem: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let dir = Path::new("/usr/share/dictd");
    let index = std::fs::read(dir.join(format!("{stem}.index")));
    let dict = std::fs::read(dir.join(format!("{stem}.dict.dz")));
    match (index, dict) {
        (Ok(index), Ok(dict)) => Some((index, dict)),
        _ => {
            eprintln!("skipped: {stem} is not installed (apt-get install dict-{stem})");
            None
        }
    }
}

fn load_installed(stem: &str, source: Lang, target: Lang) -> Option<Lexicon> {
    let (index, dict) = installed(stem)?;
    let files =
        DictFiles { index_path: Path::new(stem), index: &index, dict_path: Path::new(stem), dict: &dict };
    let lexicon =
        freedict::read(&files, stem, &Normalizer::new(source), &Normalizer::new(target), Direction::Forward);
    Some(lexicon.unwrap())
}

#[test]
fn installed_eng_swe_knows_house() {
    let Some(lexicon) = load_installed("freedict-eng-swe", Lang::EN, Lang::SV) else { return };
    let en = Normalizer::new(Lang::EN);
    let sv = Normalizer::new(Lang::SV);
    assert_eq!(lexicon.strength(&en.normalize("house"), &sv.normalize("hus")), DICTIONARY_STRENGTH);
    assert_eq!(lexicon.strength(&en.normalize("chin"), &sv.normalize("haka")), DICTIONARY_STRENGTH);
    assert_eq!(lexicon.strength(&en.normalize("achieve"), &sv.normalize("förvärva")), DICTIONARY_STRENGTH);
}

#[test]
fn installed_deu_fra_knows_haus() {
    let Some(lexicon) = load_installed("freedict-deu-fra", Lang::DE, Lang::FR) else { return };
    let de = Normalizer::new(Lang::DE);
    let fr = Normalizer::new(Lang::FR);
    assert_eq!(lexicon.strength(&de.normalize("Haus"), &fr.normalize("maison")), DICTIONARY_STRENGTH);
    assert_eq!(lexicon.strength(&de.normalize("Gletscher"), &fr.normalize("glacier")), DICTIONARY_STRENGTH);
    // Definitions in German are not taken for French translations.
    assert_eq!(lexicon.strength(&de.normalize("Gletscher"), &fr.normalize("Eismasse")), 0.0);
}

#[test]
fn installed_eng_nld_knows_hope() {
    let Some(lexicon) = load_installed("freedict-eng-nld", Lang::EN, Lang::NL) else { return };
    let en = Normalizer::new(Lang::EN);
    let nl = Normalizer::new(Lang::NL);
    assert_eq!(lexicon.strength(&en.normalize("hope"), &nl.normalize("hoop")), DICTIONARY_STRENGTH);
    assert_eq!(lexicon.strength(&en.normalize("rude"), &nl.normalize("onbeleefd")), DICTIONARY_STRENGTH);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// dictd base64 digits, most significant first.
    fn encode(mut n: usize) -> String {
        const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut digits = Vec::new();
        loop {
            digits.push(B64[n % 64]);
            n /= 64;
            if n == 0 {
                break;
            }
        }
        digits.reverse();
        String::from_utf8(digits).unwrap()
    }

    proptest! {
        #[test]
        fn base64_numbers_round_trip(n in 0usize..(1 << 40)) {
            prop_assert_eq!(freedict::decode_base64(&encode(n)), Some(n));
        }

        /// Arbitrary bytes as index, dictionary or hunalign file: an error or a lexicon,
        /// never a panic.
        #[test]
        fn arbitrary_files_never_panic(index in proptest::collection::vec(any::<u8>(), 0..200),
                                       dict in proptest::collection::vec(any::<u8>(), 0..200)) {
            let files = DictFiles {
                index_path: Path::new("p.index"),
                index: &index,
                dict_path: Path::new("p.dict.dz"),
                dict: &dict,
            };
            let en = Normalizer::new(Lang::EN);
            let _ = freedict::read(&files, "p", &en, &en, Direction::Forward);
            let _ = transdiff::lexicon::hunalign::parse(Path::new("p.dic"), &index, &en, &en);
        }

        /// Learned entries have strengths in (0, scale] and at most `max_per_word` per word.
        #[test]
        fn learned_strengths_are_bounded(pairs in proptest::collection::vec(
            (proptest::collection::vec("[a-e]{1,2}", 1..6), proptest::collection::vec("[v-z]{1,2}", 1..6)), 0..30)) {
            let options = LearnOptions::default();
            let lexicon = learn_with(&pairs, &options);
            for (s, _, p) in lexicon.iter() {
                prop_assert!(p > 0.0 && p <= options.scale, "{} {}", s, p);
                prop_assert!(lexicon.translations(s).len() <= options.max_per_word);
            }
        }

        /// Index lines that point inside the dictionary always parse, whatever the entry text.
        #[test]
        fn well_formed_dictionaries_load(entries in proptest::collection::vec(("[a-zäö]{1,8}", "[a-zäö ,;()/<>0-9.\n]{0,40}"), 1..8)) {
            let entries: Vec<(String, String)> =
                entries.into_iter().map(|(h, t)| (h.clone(), format!("{h}\n{t}\n"))).collect();
            let borrowed: Vec<(&str, &str)> = entries.iter().map(|(h, t)| (h.as_str(), t.as_str())).collect();
            let (index, dict) = dictd(&borrowed);
            let dict_dz = gzip(dict.as_bytes());
            let files = DictFiles {
                index_path: Path::new("w.index"),
                index: index.as_bytes(),
                dict_path: Path::new("w.dict.dz"),
                dict: &dict_dz,
            };
            let sv = Normalizer::new(Lang::SV);
            prop_assert!(freedict::read(&files, "w", &sv, &sv, Direction::Forward).is_ok());
        }
    }
}
