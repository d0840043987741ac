//! Languages beyond the first five end to end: `--lang` with any ISO 639 code, figures in
//! Russian and Greek (Cyrillic and Greek month names), and English–Greek dictionaries.

use crate::common::transdiff;
use pretty_assertions::assert_eq;

const DIR: &str = "tests/data/lang";

#[test]
fn align_accepts_icelandic_greek_russian_chinese_and_japanese() {
    let out_dir = tempfile::tempdir().unwrap();
    let mut args = vec!["align".to_string(), format!("{DIR}/figures.en.txt")];
    for code in ["is", "el", "ru", "zh", "ja"] {
        args.push(format!("{DIR}/figures.{code}.txt"));
    }
    let out = out_dir.path().to_str().unwrap().to_string();
    args.extend(["--lang", "en,is,el,ru,zh,ja", "--lexicon", "none", "--out", &out].map(String::from));
    let run = transdiff().args(&args).output().unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    // Chinese and Japanese have rules of their own since their figures are read (cjk.rs).
    for code in ["is", "el", "ru", "zh", "ja"] {
        assert!(!stderr.contains(&format!("note: --lang {code} ")), "{stderr}");
    }
    assert_eq!(std::fs::read_dir(out_dir.path()).unwrap().count(), 5);
}

#[test]
fn one_lang_serves_every_file() {
    let run = transdiff().args(["split", &format!("{DIR}/ru.txt"), "--lang", "ru"]).output().unwrap();
    assert_eq!(run.status.code(), Some(0));
    let run = transdiff()
        .args(["figures", &format!("{DIR}/figures.ru.txt"), &format!("{DIR}/ru.txt"), "--lang", "ru"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
}

#[test]
fn russian_figures_read_cyrillic_months_and_space_grouping() {
    let run = transdiff()
        .args([
            "figures",
            &format!("{DIR}/figures.en.txt"),
            &format!("{DIR}/figures.ru.txt"),
            "--lang",
            "en,ru",
        ])
        .args(["--lexicon", "none"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "tests/data/lang/figures.en.txt → tests/data/lang/figures.ru.txt: 1 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 1 errors, 0 warnings, 0 notes
  note: number words of tests/data/lang/figures.ru.txt (ru) are not read; the other side's number words are not reported missing
  mismatch           error   en:5     ru:5     7 January vs 8 января
      en  …where fuel prices had doubled. By «7 January», 20 percent of the city was without…
      ru  …где цены на топливо выросли вдвое. К «8 января» 20 процентов города остались без света.
"
    );
    assert_eq!(String::from_utf8_lossy(&run.stderr), "");
}

#[test]
fn greek_figures_agree_with_english() {
    let run = transdiff()
        .args([
            "figures",
            &format!("{DIR}/figures.en.txt"),
            &format!("{DIR}/figures.el.txt"),
            "--lang",
            "en,el",
        ])
        .args(["--lexicon", "none"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "tests/data/lang/figures.en.txt → tests/data/lang/figures.el.txt: 0 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names\n  severity: 0 errors, 0 warnings, 0 notes\n  note: number words of tests/data/lang/figures.el.txt (el) are not read; the other side's number words are not reported missing\n  no divergent figures\n"
    );
}

/// The Chinese and Japanese renderings write their figures in their own notation (`2022年1月5日`,
/// `3000人`, `2倍`, `20％`): all of them agree with the English, with no note about unread
/// number words. Before the CJK reader, `3000人` read as a name and 3,000 came out missing.
#[test]
fn chinese_and_japanese_figures_agree_with_the_original() {
    let run = transdiff()
        .args([
            "figures",
            &format!("{DIR}/figures.en.txt"),
            &format!("{DIR}/figures.zh.txt"),
            &format!("{DIR}/figures.ja.txt"),
            "--lang",
            "en,zh,ja",
            "--lexicon",
            "none",
        ])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let expected = "\
tests/data/lang/figures.en.txt → tests/data/lang/figures.zh.txt: 0 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 0 errors, 0 warnings, 0 notes
  no divergent figures
tests/data/lang/figures.en.txt → tests/data/lang/figures.ja.txt: 0 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 0 errors, 0 warnings, 0 notes
  no divergent figures
";
    assert_eq!(String::from_utf8_lossy(&run.stdout), expected);
    assert_eq!(String::from_utf8_lossy(&run.stderr), "");
}
