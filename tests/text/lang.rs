//! Sentences of scripts and languages beyond the five first ones: Chinese, Japanese and
//! Thai (no spaces between words), Russian and Greek (their abbreviations, initials and
//! the Greek question mark), through `transdiff split` and the library.

use crate::common::{read, transdiff};
use pretty_assertions::assert_eq;
use transdiff::lang::Lang;

fn sentences(name: &str, lang: &str) -> Vec<String> {
    let doc = read(&format!("tests/data/lang/{name}"), Lang::from_code(lang));
    (0..doc.sentences.len()).map(|i| doc.sentence_text(i).to_string()).collect()
}

#[test]
fn chinese_sentences_end_at_full_width_marks() {
    assert_eq!(
        sentences("zh.txt", "zh"),
        [
            "托卡耶夫总统周三发表讲话。",
            "他说：“局势已经稳定！”",
            "但是抗议者仍然聚集在阿拉木图。",
            "政府会辞职吗？",
            "分析人士认为不会。"
        ]
    );
}

#[test]
fn japanese_quotes_open_the_next_sentence_and_quoted_speech_stays_whole() {
    assert_eq!(
        sentences("ja.txt", "ja"),
        [
            "トカエフ大統領は水曜日に演説した。",
            "「状況は安定した！」と彼は述べた。",
            "しかし抗議者はアルマトイに集まっている。",
            "政府は辞任するのか？",
            "専門家はそう考えていない。"
        ]
    );
}

#[test]
fn thai_sentences_end_at_spaces() {
    assert_eq!(
        sentences("th.txt", "th"),
        [
            "ประธานาธิบดีโตกาเยฟกล่าวสุนทรพจน์เมื่อวันพุธ",
            "เขากล่าวว่าสถานการณ์มีเสถียรภาพแล้ว",
            "แต่ผู้ประท้วงยังคงรวมตัวกันที่อัลมาตี"
        ]
    );
}

#[test]
fn russian_initials_and_abbreviations_do_not_end_sentences() {
    assert_eq!(
        sentences("ru.txt", "ru"),
        [
            "Президент К.-Ж. Токаев выступил в среду, 5 января 2022 г.",
            "Он сказал: «Ситуация стабилизировалась!»",
            "Но протестующие т. е. жители Алматы всё ещё на улицах.",
            "Уйдёт ли правительство?",
            "Эксперты, напр. А. Иванов, так не думают."
        ]
    );
}

#[test]
fn greek_question_marks_end_sentences_and_abbreviations_do_not() {
    assert_eq!(
        sentences("el.txt", "el"),
        [
            "Ο Πρόεδρος Κ. Τοκάγιεφ μίλησε την Τετάρτη 5 Ιανουαρίου 2022.",
            "Είπε: «Η κατάσταση σταθεροποιήθηκε!»",
            "Όμως οι διαδηλωτές, π.χ. κάτοικοι του Αλμάτι, είναι ακόμη στους δρόμους.",
            "Θα παραιτηθεί η κυβέρνηση;",
            "Οι αναλυτές δεν το πιστεύουν."
        ]
    );
    // In other languages `;` is a semicolon.
    assert_eq!(sentences("el.txt", "en").len(), 4);
}

#[test]
fn split_accepts_every_language_and_detects_them() {
    for (file, code) in
        [("zh.txt", "zh"), ("ja.txt", "ja"), ("th.txt", "th"), ("ru.txt", "ru"), ("el.txt", "el")]
    {
        let out =
            transdiff().args(["split", &format!("tests/data/lang/{file}"), "--lang", code]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{file}: {}", String::from_utf8_lossy(&out.stderr));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains(&format!("language:   {code} (given)")), "{stdout}");
        assert!(stdout.contains("sentences:  5") || code == "th", "{file}: {stdout}");
    }
    let out = transdiff().args(["split", "tests/data/lang/ru.txt"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("language:   ru (detected)"));
}

#[test]
fn a_valid_code_without_rules_is_accepted_with_a_note_and_an_invalid_one_refused() {
    let out = transdiff().args(["split", "tests/data/lang/ru.txt", "--lang", "kk"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("note: --lang kk (Kazakh): transdiff has no rules of its own for this language"),
        "{stderr}"
    );
    assert!(stderr.contains("warning: tests/data/lang/ru.txt: --lang kk (Kazakh) was given, but the text reads as ru (Russian)"), "{stderr}");
    let out = transdiff().args(["split", "tests/data/lang/ru.txt", "--lang", "xx"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("--lang \"xx\": unknown language code: not an ISO 639-1 or 639-3 code")
    );
}
