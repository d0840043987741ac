//! `transdiff figures` end to end in the languages added to the parser's tables: Icelandic
//! (detected without `--lang`: whatlang does not know it), Spanish, Italian, Portuguese, Danish
//! and Norwegian Bokmål, against English.

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
  severity: 0 errors, 1 warnings, 0 notes
  mismatch           warning en:1     is:1     twenty-five vs tuttugu og sex: counts in words that differ in one digit
      en  The company hired «twenty-five» new workers in 2020, and three…
      is  Fyrirtækið réð «tuttugu og sex» nýja starfsmenn árið 2020 og þrjú…
"
    );
}

/// "veinticinco", "tres mil", "1 de enero de 2021", "cuatrocientos" and "miles" find their
/// counterparts; the time the rendering leaves out is the only finding.
/// English news notation against Icelandic: "£5m" (five million, not five metres) and
/// "5 milljónum punda", "half a million" and "hálf milljón", "8pm" and "klukkan 20", "10.30pm"
/// and "hálf ellefu", "the 1990s" and "tíunda áratugnum", "24 hours" and "einum sólarhring",
/// "under 30" and "undir þrítugu". The one changed amount ("$2.5bn" / "3,5 milljarða") is the
/// only finding; Icelandic is detected from a text with few of its common words.
#[test]
fn english_news_against_icelandic() {
    let out = transdiff()
        .args([
            "figures",
            "tests/data/figures/news.en.txt",
            "tests/data/figures/news.is.txt",
            "--lexicon",
            "none",
        ])
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "\
tests/data/figures/news.en.txt → tests/data/figures/news.is.txt: 1 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 1 errors, 0 warnings, 0 notes
  mismatch           error   en:5     is:5     2.5bn vs 3,5 milljarða
      en  …prices rose by 3.2 per cent to $«2.5bn».
      is  …öldinni hækkaði verð um 3,2 prósent í «3,5 milljarða» dala.
"
    );
}

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

/// "tremila", "1 gennaio 2021", "quattrocento", "migliaia" and "3,5%" find their counterparts;
/// the planted change ("ventisei" for twenty-five) is the only finding.
#[test]
fn italian_is_read() {
    assert_eq!(
        figures("tests/data/figures/lang.it.txt"),
        "\
tests/data/figures/lang.en.txt → tests/data/figures/lang.it.txt: 1 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 0 errors, 1 warnings, 0 notes
  mismatch           warning en:1     it:1     twenty-five vs ventisei: counts in words that differ in one digit
      en  The company hired «twenty-five» new workers in 2020, and three…
      it  L'azienda ha assunto «ventisei» nuovi lavoratori nel 2020, e tremila…
"
    );
}

/// "vinte e cinco", "três mil", "1 de janeiro de 2021", "dois anos" and "milhares" find their
/// counterparts; the planted change ("quinhentos" for four hundred) is the only finding.
#[test]
fn portuguese_is_read() {
    assert_eq!(
        figures("tests/data/figures/lang.pt.txt"),
        "\
tests/data/figures/lang.en.txt → tests/data/figures/lang.pt.txt: 1 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 0 errors, 1 warnings, 0 notes
  mismatch           warning en:3     pt:3     four hundred vs quinhentos: counts in words that differ in one digit
      en  …over two years, and the museum now has «four hundred» paintings and thousands of visitors.
      pt  …3,5% em dois anos, e o museu tem agora «quinhentos» quadros e milhares de visitantes.
"
    );
}

/// "femogtyve", "tre tusind", "1. januar 2021", "fire hundrede" and "tusindvis" find their
/// counterparts; the planted change ("tre år" for two years) is the only finding.
#[test]
fn danish_is_read() {
    assert_eq!(
        figures("tests/data/figures/lang.da.txt"),
        "\
tests/data/figures/lang.en.txt → tests/data/figures/lang.da.txt: 1 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 1 errors, 0 warnings, 0 notes
  mismatch           error   en:3     da:3     two years vs tre år
      en  Prices rose by 3.5% over «two years», and the museum now has four hundred…
      da  Priserne steg med 3,5% over «tre år», og museet har nu fire hundrede…
"
    );
}

/// "tjuefem", "tre tusen", "fire hundre" and "tusenvis" find their counterparts; the planted
/// change ("1. februar 2021" for 1 January 2021) is the only finding.
#[test]
fn norwegian_bokmal_is_read() {
    assert_eq!(
        figures("tests/data/figures/lang.nb.txt"),
        "\
tests/data/figures/lang.en.txt → tests/data/figures/lang.nb.txt: 1 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 1 errors, 0 warnings, 0 notes
  mismatch           error   en:1     nb:1     1 January 2021 vs 1. februar 2021
      en  …people attended the meeting on «1 January 2021» at 14:30.
      nb  …og tre tusen mennesker deltok på møtet «1. februar 2021» kl. 14.30.
"
    );
}
