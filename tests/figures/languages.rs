//! `transdiff figures` end to end in the languages added to the parser's tables: Icelandic
//! (detected without `--lang`: whatlang does not know it) and Spanish, against English.

use crate::common::transdiff;
use pretty_assertions::assert_eq;

const EN: &str = "tests/data/figures/lang.en.txt";

fn figures(rendering: &str) -> String {
    let out = transdiff()
        .args(["figures", EN, rendering, "--lexicon", "none"])
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// Number words in their inflections ("þrjú þúsund", "fjögur hundruð", "tveimur", "þúsundir"),
/// "1. janúar 2021", "kl. 14.30" and "3,5%" all find their English counterparts; the one
/// changed number word ("tuttugu og sex" for twenty-five) is the only finding.
#[test]
fn icelandic_is_detected_and_read() {
    assert_eq!(
        figures("tests/data/figures/lang.is.txt"),
        "\
tests/data/figures/lang.en.txt → tests/data/figures/lang.is.txt: 1 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 0 errors, 0 warnings, 1 notes
  mismatch           note    en:1     is:1     twenty-five vs tuttugu og sex: told in words, perhaps rephrased
      en  The company hired «twenty-five» new workers in 2020, and three…
      is  Fyrirtækið réð «tuttugu og sex» nýja starfsmenn árið 2020 og þrjú…
"
    );
}

/// "veinticinco", "tres mil", "1 de enero de 2021", "cuatrocientos" and "miles" find their
/// counterparts; the time the rendering leaves out is the only finding.
#[test]
fn spanish_is_read() {
    assert_eq!(
        figures("tests/data/figures/lang.es.txt"),
        "\
tests/data/figures/lang.en.txt → tests/data/figures/lang.es.txt: 0 mismatched, 1 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 0 errors, 1 warnings, 0 notes
  missing            warning en:1     es:-     14:30 has no counterpart in the rendering
      en  …the meeting on 1 January 2021 at «14:30».
"
    );
}
