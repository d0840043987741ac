//! Languages: ISO 639 codes, detection from text, and what each language's rules are keyed on.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language, named by its ISO 639-1 code where it has one, its ISO 639-3 code
/// otherwise, or `und` when unknown.
///
/// Every valid ISO 639-1 or 639-3 code is a language (the table is the `isolang` crate's,
/// which follows the ISO 639-3 registration authority). Languages transdiff has rules for
/// (abbreviations, number notation, number words, stemming) use them; any other language
/// gets the generic rules of its script (see [`Lang::has_own_rules`] and docs/languages.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang {
    code: &'static str,
    iso639_3: &'static str,
}

/// The languages with rules of their own somewhere in transdiff (sentence abbreviations,
/// number words, month names or a Snowball stemmer); every other code is accepted and
/// treated generically.
const WITH_RULES: &[&str] = &[
    "en", "sv", "nl", "de", "fr", "da", "nb", "no", "fi", "es", "it", "pt", "ro", "hu", "tr", "ru", "el",
    "ar", "ta", "is", "zh", "cmn", "ja", "pl", "ko",
];

impl Lang {
    /// English.
    pub const EN: Lang = Lang { code: "en", iso639_3: "eng" };
    /// Swedish.
    pub const SV: Lang = Lang { code: "sv", iso639_3: "swe" };
    /// Dutch.
    pub const NL: Lang = Lang { code: "nl", iso639_3: "nld" };
    /// German.
    pub const DE: Lang = Lang { code: "de", iso639_3: "deu" };
    /// French.
    pub const FR: Lang = Lang { code: "fr", iso639_3: "fra" };
    /// Icelandic.
    pub const IS: Lang = Lang { code: "is", iso639_3: "isl" };
    /// Spanish.
    pub const ES: Lang = Lang { code: "es", iso639_3: "spa" };
    /// Italian.
    pub const IT: Lang = Lang { code: "it", iso639_3: "ita" };
    /// Portuguese.
    pub const PT: Lang = Lang { code: "pt", iso639_3: "por" };
    /// Danish.
    pub const DA: Lang = Lang { code: "da", iso639_3: "dan" };
    /// Norwegian Bokmål.
    pub const NB: Lang = Lang { code: "nb", iso639_3: "nob" };
    /// Russian.
    pub const RU: Lang = Lang { code: "ru", iso639_3: "rus" };
    /// Modern Greek.
    pub const EL: Lang = Lang { code: "el", iso639_3: "ell" };
    /// Polish.
    pub const PL: Lang = Lang { code: "pl", iso639_3: "pol" };
    /// Unknown language: generic rules apply.
    pub const UND: Lang = Lang { code: "und", iso639_3: "und" };

    /// Looks a language up by any valid ISO 639-1 or 639-3 code (case-insensitive);
    /// `und` is the unknown language. `None` only for strings that are no ISO 639 code.
    ///
    /// ```
    /// use transdiff::lang::Lang;
    /// assert_eq!(Lang::from_code("SWE"), Some(Lang::SV));
    /// assert_eq!(Lang::from_code("ell"), Some(Lang::EL));
    /// assert_eq!(Lang::from_code("is").map(Lang::iso639_3), Some("isl"));
    /// assert_eq!(Lang::from_code("kaz").map(Lang::code), Some("kk"));
    /// assert_eq!(Lang::from_code("xx"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        if code == "und" {
            return Some(Lang::UND);
        }
        let language = match code.len() {
            2 => isolang::Language::from_639_1(&code),
            3 => isolang::Language::from_639_3(&code),
            _ => None,
        }?;
        let iso639_3 = language.to_639_3();
        let code = language.to_639_1().unwrap_or(iso639_3);
        Some(Lang { code, iso639_3 })
    }

    /// The ISO 639-1 code, or the 639-3 code for a language without one (`und` when unknown).
    pub fn code(self) -> &'static str {
        self.code
    }

    /// The ISO 639-3 code, as FreeDict names its dictionaries (`und` when unknown).
    pub fn iso639_3(self) -> &'static str {
        self.iso639_3
    }

    /// The language's English name (`unknown` for `und`).
    pub fn name(self) -> &'static str {
        if self == Lang::UND {
            return "unknown";
        }
        isolang::Language::from_639_3(self.iso639_3).map_or("unknown", |l| l.to_name())
    }

    /// True when transdiff has rules of its own for the language (see [`Lang::known_codes`]);
    /// other languages are aligned and compared with generic rules.
    pub fn has_own_rules(self) -> bool {
        WITH_RULES.contains(&self.code)
    }

    /// The codes of the languages with rules of their own, for help texts and notes.
    /// Every other ISO 639 code is accepted too.
    pub fn known_codes() -> impl Iterator<Item = &'static str> {
        WITH_RULES.iter().copied()
    }

    /// The writing system most of the letters of `text` belong to.
    pub fn script_of(text: &str) -> Script {
        crate::translit::dominant_script(text)
    }

    /// The detector's guess only when it is sure (whatlang's "reliable" flag and a
    /// confidence of at least 0.9): what a warning about a contradicting `--lang` rests on.
    pub fn detect_sure(text: &str) -> Option<Lang> {
        if let Some(lang) = detect_icelandic(text) {
            return Some(lang);
        }
        let info = whatlang::detect(text)?;
        if !info.is_reliable() || info.confidence() < 0.9 {
            return None;
        }
        Lang::from_code(info.lang().code())
    }

    /// Guesses the language of a text; `None` when the guess is not reliable.
    pub fn detect(text: &str) -> Option<Lang> {
        if let Some(lang) = detect_icelandic(text) {
            return Some(lang);
        }
        let guess = whatlang::detect(text).filter(|info| info.is_reliable() || info.confidence() >= 0.5);
        guess.and_then(|info| Lang::from_code(info.lang().code())).or_else(|| detect_cjk(text))
    }
}

pub use crate::translit::Script;

/// Chinese or Japanese, by script, for a text the detector is unsure of (commands and
/// names in Latin letters often make half of a technical text): Japanese when a fifth of its
/// letters or more are Han, Hiragana or Katakana and some are kana, Chinese (`cmn`, as the
/// detector names it) when they are Han alone.
fn detect_cjk(text: &str) -> Option<Lang> {
    let (mut letters, mut han, mut kana) = (0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        match Script::of(c) {
            Some(Script::Kana) => kana += 1,
            Some(Script::Han) => han += 1,
            _ => {}
        }
    }
    if (han + kana) * 5 < letters || han + kana < 10 {
        return None;
    }
    Lang::from_code(if kana * 10 >= han + kana { "ja" } else { "cmn" })
}

/// Icelandic, which the detector (whatlang) does not know: a text that writes þ and whose
/// commonest words are Icelandic ones. Faroese writes ð but never þ and spells the same words
/// otherwise ("tað", "ikki", "sum", "at"); Danish and Norwegian write neither letter.
fn detect_icelandic(text: &str) -> Option<Lang> {
    // Words no Scandinavian or Faroese text writes; each language's own spelling of them after.
    const ICELANDIC: &[&str] = &[
        "það", "að", "ekki", "sem", "fyrir", "þetta", "þess", "því", "hún", "voru", "hefur", "þegar", "þeir",
        "með", "þar", "eða", "verður", "hafa", "einnig", "vegna", "þú", "þig", "þinn",
    ];
    const FAROESE: &[&str] =
        &["tað", "ikki", "sum", "at", "fyri", "hetta", "hon", "vit", "tey", "hevur", "ella", "tú", "teg"];
    let (mut letters, mut thorn, mut eth, mut ours, mut theirs) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let (mut umlaut, mut slashed) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        for c in word.chars() {
            letters += 1;
            match c {
                'þ' | 'Þ' => thorn += 1,
                'ð' | 'Ð' => eth += 1,
                'ö' | 'Ö' => umlaut += 1,
                'ø' | 'Ø' => slashed += 1,
                _ => {}
            }
        }
        let lower = word.to_lowercase();
        ours += usize::from(ICELANDIC.contains(&lower.as_str()));
        theirs += usize::from(FAROESE.contains(&lower.as_str()));
    }
    // Þ in some one of two hundred and fifty letters, with no more Faroese than Icelandic words
    // and, when no Icelandic word is among them, no other language the detector is sure of
    // (an English text naming "Þingvellir"); or ð and clearly more Icelandic than Faroese words;
    // or ð and ö (below).
    let thorns = thorn >= 2 && thorn * 250 >= letters && ours >= theirs;
    let sure_else = || whatlang::detect(text).is_some_and(|i| i.is_reliable() && i.confidence() >= 0.9);
    let by_thorn = thorns && (ours >= 1 || !sure_else());
    let by_words = (thorn > 0 || eth > 0) && ours >= 3 && ours > 2 * theirs;
    // Ð with ö and never ø: Faroese writes ø, Icelandic ö (a short text of figures and names
    // may hold too few of the common words).
    let by_letters = eth >= 2 && umlaut >= 1 && slashed == 0 && (thorn > 0 || ours >= 1) && ours >= theirs;
    (by_thorn || by_words || by_letters).then_some(Lang::IS)
}

/// Month names, lower-cased, January first, per language that has them here; a month
/// may have several forms (Russian and Greek write dates with the genitive: `5 января`,
/// `5 Ιανουαρίου`, and name the month alone in the nominative: `январь`, `Ιανουάριος`).
const MONTHS: &[(&str, [&[&str]; 12])] = &[
    (
        "en",
        [
            &["january"],
            &["february"],
            &["march"],
            &["april"],
            &["may"],
            &["june"],
            &["july"],
            &["august"],
            &["september"],
            &["october"],
            &["november"],
            &["december"],
        ],
    ),
    (
        "sv",
        [
            &["januari"],
            &["februari"],
            &["mars"],
            &["april"],
            &["maj"],
            &["juni"],
            &["juli"],
            &["augusti"],
            &["september"],
            &["oktober"],
            &["november"],
            &["december"],
        ],
    ),
    (
        "nl",
        [
            &["januari"],
            &["februari"],
            &["maart"],
            &["april"],
            &["mei"],
            &["juni"],
            &["juli"],
            &["augustus"],
            &["september"],
            &["oktober"],
            &["november"],
            &["december"],
        ],
    ),
    (
        "de",
        [
            &["januar"],
            &["februar"],
            &["märz"],
            &["april"],
            &["mai"],
            &["juni"],
            &["juli"],
            &["august"],
            &["september"],
            &["oktober"],
            &["november"],
            &["dezember"],
        ],
    ),
    (
        "fr",
        [
            &["janvier"],
            &["février"],
            &["mars"],
            &["avril"],
            &["mai"],
            &["juin"],
            &["juillet"],
            &["août"],
            &["septembre"],
            &["octobre"],
            &["novembre"],
            &["décembre"],
        ],
    ),
    (
        "ru",
        [
            &["январь", "января"],
            &["февраль", "февраля"],
            &["март", "марта"],
            &["апрель", "апреля"],
            &["май", "мая"],
            &["июнь", "июня"],
            &["июль", "июля"],
            &["август", "августа"],
            &["сентябрь", "сентября"],
            &["октябрь", "октября"],
            &["ноябрь", "ноября"],
            &["декабрь", "декабря"],
        ],
    ),
    (
        "el",
        [
            &["ιανουάριος", "ιανουαρίου"],
            &["φεβρουάριος", "φεβρουαρίου"],
            &["μάρτιος", "μαρτίου"],
            &["απρίλιος", "απριλίου"],
            &["μάιος", "μαΐου"],
            &["ιούνιος", "ιουνίου"],
            &["ιούλιος", "ιουλίου"],
            &["αύγουστος", "αυγούστου"],
            &["σεπτέμβριος", "σεπτεμβρίου"],
            &["οκτώβριος", "οκτωβρίου"],
            &["νοέμβριος", "νοεμβρίου"],
            &["δεκέμβριος", "δεκεμβρίου"],
        ],
    ),
    (
        "pl",
        [
            &["styczeń", "stycznia", "styczniu"],
            &["luty", "lutego", "lutym"],
            &["marzec", "marca", "marcu"],
            &["kwiecień", "kwietnia", "kwietniu"],
            &["maj", "maja", "maju"],
            &["czerwiec", "czerwca", "czerwcu"],
            &["lipiec", "lipca", "lipcu"],
            &["sierpień", "sierpnia", "sierpniu"],
            &["wrzesień", "września", "wrześniu"],
            &["październik", "października", "październiku"],
            &["listopad", "listopada", "listopadzie"],
            &["grudzień", "grudnia", "grudniu"],
        ],
    ),
    (
        "is",
        [
            &["janúar"],
            &["febrúar"],
            &["mars"],
            &["apríl"],
            &["maí"],
            &["júní"],
            &["júlí"],
            &["ágúst"],
            &["september"],
            &["október"],
            &["nóvember"],
            &["desember"],
        ],
    ),
    (
        "es",
        [
            &["enero"],
            &["febrero"],
            &["marzo"],
            &["abril"],
            &["mayo"],
            &["junio"],
            &["julio"],
            &["agosto"],
            &["septiembre", "setiembre"],
            &["octubre"],
            &["noviembre"],
            &["diciembre"],
        ],
    ),
    // glibc's it_IT, pt_PT and pt_BR (the same names).
    (
        "it",
        [
            &["gennaio"],
            &["febbraio"],
            &["marzo"],
            &["aprile"],
            &["maggio"],
            &["giugno"],
            &["luglio"],
            &["agosto"],
            &["settembre"],
            &["ottobre"],
            &["novembre"],
            &["dicembre"],
        ],
    ),
    (
        "pt",
        [
            &["janeiro"],
            &["fevereiro"],
            &["março"],
            &["abril"],
            &["maio"],
            &["junho"],
            &["julho"],
            &["agosto"],
            &["setembro"],
            &["outubro"],
            &["novembro"],
            &["dezembro"],
        ],
    ),
    // glibc's da_DK and nb_NO ("no" is Norwegian without saying which written form).
    (
        "da",
        [
            &["januar"],
            &["februar"],
            &["marts"],
            &["april"],
            &["maj"],
            &["juni"],
            &["juli"],
            &["august"],
            &["september"],
            &["oktober"],
            &["november"],
            &["december"],
        ],
    ),
    ("nb", NB_MONTHS),
    ("no", NB_MONTHS),
];

const NB_MONTHS: [&[&str]; 12] = [
    &["januar"],
    &["februar"],
    &["mars"],
    &["april"],
    &["mai"],
    &["juni"],
    &["juli"],
    &["august"],
    &["september"],
    &["oktober"],
    &["november"],
    &["desember"],
];

/// The month (1–12) a lower-cased `word` names in `lang`, if transdiff knows that language's months.
pub fn month_number(lang: Lang, word: &str) -> Option<u8> {
    if let Some((_, names)) = MONTHS.iter().find(|(code, _)| *code == lang.code()) {
        return names.iter().position(|forms| forms.contains(&word)).map(|i| i as u8 + 1);
    }
    let months = locale_months(lang)?;
    months.names.iter().position(|forms| forms.iter().any(|f| f == word)).map(|i| i as u8 + 1)
}

/// True when transdiff knows the month names of `lang`: its own table, or the C library's
/// locale data for the language.
pub fn has_month_names(lang: Lang) -> bool {
    MONTHS.iter().any(|(code, _)| *code == lang.code()) || locale_months(lang).is_some()
}

/// The month (1–12) of a numbered month name ("Tháng 9", Vietnamese for September): `word`
/// is the lower-cased word before the number, in a language whose locale data names every
/// month by one word and its number.
pub fn numbered_month(lang: Lang, word: &str, number: u64) -> Option<u8> {
    let months = locale_months(lang)?;
    (months.numbered.as_deref() == Some(word) && (1..=12).contains(&number)).then_some(number as u8)
}

/// Month names of a language from the C library's locale data (glibc's, as the
/// `pure-rust-locales` crate holds it): the forms dates use and the forms the month goes by
/// alone (Czech `září`, Ukrainian `вересня` / `вересень`), lower-cased.
struct LocaleMonths {
    names: [Vec<String>; 12],
    /// The word every month is numbered after, when the locale names months that way.
    numbered: Option<String>,
}

/// One locale per language of the locale data, the language's own country first where it
/// has one (`tr_TR`, `cs_CZ`), else the first.
const LOCALES: &str = concat!(
    "aa_DJ af_ZA agr_PE ak_GH am_ET an_ES anp_IN ar_AE as_IN ast_ES ayc_PE az_AZ be_BY bem_ZM ber_DZ ",
    "bg_BG bhb_IN bho_IN bi_VU bn_BD bo_CN br_FR brx_IN bs_BA byn_ER ca_AD ce_RU chr_US cmn_TW crh_UA ",
    "cs_CZ csb_PL cv_RU cy_GB da_DK de_DE doi_IN dsb_DE dv_MV dz_BT el_CY en_AG es_ES et_EE eu_ES ",
    "fa_IR ff_SN fi_FI fil_PH fo_FO fr_FR fur_IT fy_DE ga_IE gd_GB gez_ER gl_ES gu_IN gv_GB ha_NG ",
    "hak_TW he_IL hi_IN hif_FJ hne_IN hr_HR hsb_DE ht_HT hu_HU hy_AM ia_FR id_ID ig_NG ik_CA is_IS ",
    "it_IT iu_CA ja_JP ka_GE kab_DZ kk_KZ kl_GL km_KH kn_IN ko_KR kok_IN ks_IN ku_TR kw_GB ky_KG ",
    "lb_LU lg_UG li_BE lij_IT ln_CD lo_LA lt_LT lv_LV lzh_TW mag_IN mai_IN mfe_MU mg_MG mhr_RU mi_NZ ",
    "miq_NI mjw_IN mk_MK ml_IN mn_MN mni_IN mnw_MM mr_IN ms_MY mt_MT my_MM nan_TW nb_NO nds_DE ne_NP ",
    "nhn_MX niu_NU nl_NL nn_NO nr_ZA nso_ZA oc_FR om_ET or_IN os_RU pa_IN pap_AW pl_PL ps_AF pt_PT ",
    "quz_PE raj_IN ro_RO ru_RU rw_RW sa_IN sah_RU sat_IN sc_IT sd_IN se_NO sgs_LT shn_MM shs_CA si_LK ",
    "sid_ET sk_SK sl_SI sm_WS so_SO sq_AL sr_ME ss_ZA st_ZA sv_FI sw_KE szl_PL ta_IN tcy_IN te_IN ",
    "tg_TJ th_TH the_NP ti_ER tig_ER tk_TM tl_PH tn_ZA to_TO tpi_PG tr_TR ts_ZA tt_RU ug_CN uk_UA ",
    "unm_US ur_IN uz_UZ ve_ZA vi_VN wa_BE wae_CH wal_ET wo_SN xh_ZA yi_US yo_NG yue_HK yuw_PG zh_CN ",
    "zu_ZA ",
);

/// The locale data's months for `lang`, for a language without a table of its own here
/// and not written in Han or kana (whose dates the parser reads from the characters).
fn locale_months(lang: Lang) -> Option<&'static LocaleMonths> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<&'static str, Option<&'static LocaleMonths>>>> = OnceLock::new();
    let code = lang.code();
    if matches!(code, "und" | "zh" | "cmn" | "ja" | "ko" | "yue" | "lzh" | "nan" | "hak")
        || MONTHS.iter().any(|(c, _)| *c == code)
    {
        return None;
    }
    let mut cache = CACHE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    *cache.entry(code).or_insert_with(|| {
        let name = LOCALES.split(' ').find(|l| l.split_once('_').is_some_and(|(c, _)| c == code))?;
        let locale = pure_rust_locales::Locale::try_from(name).ok()?;
        let full: &[&str] = pure_rust_locales::locale_match!(locale => LC_TIME::MON);
        let alone: Option<&[&str]> = pure_rust_locales::locale_match!(locale => LC_TIME::ALT_MON);
        let lower = |s: &str| s.to_lowercase();
        let numbered = full
            .first()
            .and_then(|m| m.rsplit_once(' '))
            .map(|(w, _)| w)
            .filter(|w| full.iter().enumerate().all(|(i, m)| *m == format!("{w} {}", i + 1)))
            .map(lower);
        let mut names: [Vec<String>; 12] = Default::default();
        for forms in std::iter::once(full).chain(alone) {
            for (i, m) in forms.iter().enumerate().take(12) {
                let m = lower(m);
                if !m.is_empty() && !m.contains(' ') && !names[i].contains(&m) {
                    names[i].push(m);
                }
            }
        }
        let months = LocaleMonths { names, numbered };
        let usable = months.numbered.is_some() || months.names.iter().all(|n| !n.is_empty());
        usable.then(|| &*Box::leak(Box::new(months)))
    })
}

/// True when `word` names a month in any language transdiff knows (case-insensitive).
pub fn is_month_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    MONTHS.iter().any(|(_, names)| names.iter().any(|forms| forms.contains(&lower.as_str())))
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code)
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let code = String::deserialize(d)?;
        Lang::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "{code:?} is not an ISO 639-1 or 639-3 language code; expected e.g. en, sv, el, ru, zh or `und`"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_and_japanese_are_told_by_script_when_the_detector_is_unsure() {
        // Half commands in Latin letters, as technical documentation is.
        let ja = "ls -l コマンドの出力 grep -r foo /etc の最初の数列を見て sed -n 2p";
        let zh = "ls -l 命令的输出 grep -r foo /etc 显示最后两行 sed -n 2p";
        assert_eq!(detect_cjk(ja).map(Lang::code), Some("ja"));
        assert_eq!(detect_cjk(zh).map(Lang::code), Some("cmn"));
        assert_eq!(detect_cjk("ls -l grep -r foo /etc sed -n 2p 汉"), None);
        assert!(Lang::from_code("ja").is_some_and(Lang::has_own_rules));
    }

    #[test]
    fn codes_round_trip() {
        assert_eq!(Lang::from_code("nl").map(Lang::iso639_3), Some("nld"));
        assert_eq!(Lang::from_code("deu").map(Lang::code), Some("de"));
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::from_code("und"), Some(Lang::UND));
        for code in
            ["is", "el", "ru", "zh", "ja", "th", "kk", "ar", "hi", "fa", "hy", "ka", "isl", "kaz", "yue"]
        {
            assert!(Lang::from_code(code).is_some(), "{code}");
        }
        assert_eq!(Lang::from_code("zho").map(Lang::code), Some("zh"));
        assert_eq!(Lang::from_code("yue").map(Lang::code), Some("yue"));
        assert_eq!(Lang::from_code("el").map(Lang::name), Some("Modern Greek"));
        assert!(Lang::EL.has_own_rules() && !Lang::from_code("kk").is_some_and(Lang::has_own_rules));
        assert_eq!(Lang::from_code("qqq"), None);
    }

    #[test]
    fn months_by_language() {
        assert_eq!(month_number(Lang::SV, "januari"), Some(1));
        assert_eq!(month_number(Lang::NL, "maart"), Some(3));
        assert_eq!(month_number(Lang::DE, "märz"), Some(3));
        assert_eq!(month_number(Lang::EN, "maart"), None);
        assert_eq!(month_number(Lang::UND, "may"), None);
        assert!(is_month_name("Décembre") && is_month_name("MÄRZ") && is_month_name("mei"));
        assert!(!is_month_name("monday"));
        assert_eq!(month_number(Lang::RU, "января"), Some(1));
        assert_eq!(month_number(Lang::RU, "май"), Some(5));
        assert_eq!(month_number(Lang::EL, "μαΐου"), Some(5));
        assert!(is_month_name("Ιανουαρίου") && is_month_name("Декабря"));
        assert!(has_month_names(Lang::RU) && !has_month_names(Lang::UND));
    }

    #[test]
    fn icelandic_is_told_from_faroese_danish_and_norwegian() {
        // Debian's Icelandic, Faroese, Danish and Norwegian translations (gdk-pixbuf, avahi, Linux-PAM).
        let is = "Gat ekki ritað í bráðabirgðaskrá við lestur XBM-myndar. Ekki er nægt minni til að vista mynd fyrir hringsvörun. Þetta er ekki hægt því að skráin er skemmd.";
        assert_eq!(Lang::detect(is), Some(Lang::IS));
        assert_eq!(Lang::detect_sure(is), Some(Lang::IS));
        let fo = "Miseydnaðist at sambinda við Avahi-ambætaran. Miseydnaðist at stovna kagara fyri tænastuna. Tað er ikki møguligt at lesa økið, sum tú valdi.";
        assert_ne!(Lang::detect(fo), Some(Lang::IS));
        let da = "Godkendelses-token er ikke længere gyldig; en ny er påkrævet. Adgang er blevet givet for nogle sekunder siden.";
        assert_ne!(Lang::detect(da), Some(Lang::IS));
        let nb = "Autentiseringstjenesten kan ikke hente autentiseringsinformasjon. Passordet ditt er utløpt; du må bytte det nå.";
        assert_ne!(Lang::detect(nb), Some(Lang::IS));
        assert_eq!(month_number(Lang::IS, "ágúst"), Some(8));
        assert_eq!(month_number(Lang::IS, "desember"), Some(12));
        assert!(Lang::IS.has_own_rules() && Lang::from_code("isl") == Some(Lang::IS));
        // Few of the common words, but ð and ö and no ø.
        let short = "Fyrirtækið tapaði 5 milljónum punda á tíunda áratugnum og hálf milljón manna varð fyrir áhrifum. Á 21. öldinni hækkaði verð um 3,2 prósent.";
        assert_eq!(Lang::detect(short), Some(Lang::IS));
        let names = "In the summer we drove from Reykjavík to Þingvellir and then on to Þórsmörk, where the weather was fine and the views were wonderful.";
        assert_eq!(Lang::detect(names), Some(Lang::EN));
    }

    #[test]
    fn detects_the_bundled_languages() {
        assert_eq!(
            Lang::detect(
                "Revolutionary events such as those that have taken place in Kazakhstan over the last couple of days have their own dynamic."
            ),
            Some(Lang::EN)
        );
        assert_eq!(
            Lang::detect(
                "Revolutionära händelser som de som har ägt rum i Kazakstan under de senaste dagarna har sin egen dynamik."
            ),
            Some(Lang::SV)
        );
        assert_eq!(
            Lang::detect(
                "Revolutionaire gebeurtenissen zoals die van de afgelopen dagen in Kazachstan hebben hun eigen dynamiek."
            ),
            Some(Lang::NL)
        );
    }
}
