//! Bilingual files (XLIFF 1.2 and 2.x, TMX 1.4, gettext PO, two-column TSV): each unit's source
//! and target become one bead of an [`Alignment`], so the figure and name engine compares them as
//! it compares aligned texts.
//!
//! Inline tags are markup, not text: XLIFF's `<x/>`, `<bx/>`, `<ph>`, `<bpt>`, `<ept>`, `<it>`,
//! `<sc/>`, `<ec/>` and TMX's `<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>` are dropped (their content is
//! native code); `<g>`, `<pc>`, `<mrk>`, `<hi>` keep their text. Placeholders (`%s`, `%1$d`,
//! `{0}`, `{name}`, `%(name)s`, `${x}`) have their digits masked (`{#}`), so they are not figures.

use super::xml::{self, XmlEvent};
use crate::alignment::{Alignment, Bead, BeadKind};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::text::{Document, Layout, Location, Paragraph, ParagraphKind, Piece, Place, Role, Sentence};

/// The bilingual formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BilingualFormat {
    /// XLIFF 1.x or 2.x.
    Xliff,
    /// TMX.
    Tmx,
    /// gettext PO.
    Po,
    /// Two tab-separated columns: source, target.
    Tsv,
}

impl BilingualFormat {
    /// The bilingual format a file name says, if any.
    pub fn of_path(path: &str) -> Option<BilingualFormat> {
        let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
        match ext.as_str() {
            "xlf" | "xliff" | "sdlxliff" | "mqxliff" => Some(BilingualFormat::Xliff),
            "tmx" => Some(BilingualFormat::Tmx),
            "po" | "pot" => Some(BilingualFormat::Po),
            "tsv" | "tab" => Some(BilingualFormat::Tsv),
            _ => None,
        }
    }
}

/// One translation unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslationUnit {
    /// Its id (XLIFF id or PO reference, TMX tuid), or its number.
    pub id: String,
    /// 1-based line where it starts in the file.
    pub line: usize,
    /// Source text, tags dropped, placeholders masked.
    pub source: String,
    /// Target text, likewise.
    pub target: String,
}

/// The units of a bilingual file and the languages it declares.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Units {
    /// Translated units, in file order.
    pub units: Vec<TranslationUnit>,
    /// Units left out because they have no translation.
    pub untranslated: usize,
    /// Source language tag, if declared.
    pub source_lang: Option<String>,
    /// Target language tag, if declared.
    pub target_lang: Option<String>,
}

/// Reads the units of `text` (the file `path`) as `format`.
pub fn read_units(path: &str, text: &str, format: BilingualFormat) -> Result<Units> {
    let mut units = match format {
        BilingualFormat::Xliff => xliff(path, text)?,
        BilingualFormat::Tmx => tmx(path, text)?,
        BilingualFormat::Po => po(path, text)?,
        BilingualFormat::Tsv => tsv(text),
    };
    for unit in &mut units.units {
        unit.source = mask_placeholders(unit.source.trim());
        unit.target = mask_placeholders(unit.target.trim());
    }
    if units.units.is_empty() {
        return Err(Error::parse(
            path,
            None,
            None,
            format!(
                "no translated unit found ({} untranslated)\n  hint: check that this is a bilingual file with targets filled in",
                units.untranslated
            ),
        ));
    }
    Ok(units)
}

/// An alignment with one matched bead per unit, for [`crate::compare::compare_with`].
pub fn alignment(path: &str, units: &Units, langs: (Option<Lang>, Option<Lang>)) -> Alignment {
    let declared = |tag: &Option<String>| tag.as_deref().and_then(crate::read::lang_of_tag);
    let detect = |texts: Vec<&str>| {
        let sample: String = texts.iter().take(40).map(|t| format!("{t}\n")).collect();
        Lang::detect(&sample)
    };
    let source_lang = langs
        .0
        .or_else(|| declared(&units.source_lang))
        .or_else(|| detect(units.units.iter().map(|u| u.source.as_str()).collect()))
        .unwrap_or(Lang::UND);
    let target_lang = langs
        .1
        .or_else(|| declared(&units.target_lang))
        .or_else(|| detect(units.units.iter().map(|u| u.target.as_str()).collect()))
        .unwrap_or(Lang::UND);
    let doc = |texts: Vec<&str>, lang: Lang, side: &str| {
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        for (i, (unit, text)) in units.units.iter().zip(texts).enumerate() {
            sentences.push(Sentence { paragraph: i, range: 0..text.len(), bytes: 0..0 });
            paragraphs.push(Paragraph {
                lines: (unit.line, unit.line),
                text: text.to_string(),
                kind: ParagraphKind::Body,
                sentences: i..i + 1,
                pieces: vec![Piece { text_start: 0, file_start: 0, line: unit.line }],
                location: Some(Location {
                    role: Role::Body,
                    place: Place::Unit { id: unit.id.clone(), line: unit.line },
                }),
            });
        }
        Document {
            path: format!("{path} ({side})"),
            lang,
            sha256: String::new(),
            layout: Layout::PreSplit,
            paragraphs,
            sentences,
        }
    };
    let source = doc(units.units.iter().map(|u| u.source.as_str()).collect(), source_lang, "source");
    let target = doc(units.units.iter().map(|u| u.target.as_str()).collect(), target_lang, "target");
    let beads = (0..units.units.len())
        .map(|i| {
            // One unit each side: a match, whose one sentence bead is the same match.
            let unit = Bead::new(BeadKind::Match, vec![i], vec![i], 1.0).expect("1-1 is a match");
            unit.clone().with_sentences(vec![unit]).expect("a new bead holds no sentence beads")
        })
        .collect();
    Alignment::given(source, target, beads)
}

/// Masks the digits of printf, .NET, ICU, Python and shell placeholders.
pub fn mask_placeholders(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let end = placeholder_end(&chars, i);
        if end > i {
            out.extend(chars[i..end].iter().map(|&c| if c.is_ascii_digit() { '#' } else { c }));
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The end of a placeholder starting at `i`, or `i` when none starts there.
fn placeholder_end(chars: &[char], i: usize) -> usize {
    let at = |k: usize| chars.get(k).copied();
    match chars[i] {
        '%' => {
            let mut k = i + 1;
            if at(k) == Some('(') {
                while at(k).is_some_and(|c| c != ')') && k - i < 40 {
                    k += 1;
                }
                k += 1;
            }
            // %1$s, %-5.2f, %ld: position, flags, width, precision, length, conversion.
            while at(k).is_some_and(|c| c.is_ascii_digit() || matches!(c, '$' | '-' | '+' | '.' | '#' | '\''))
            {
                k += 1;
            }
            while at(k).is_some_and(|c| matches!(c, 'l' | 'h' | 'z' | 'j' | 't' | 'L' | 'q')) {
                k += 1;
            }
            match at(k) {
                Some(c) if "sdifuxXoeEgGcpn@".contains(c) => k + 1,
                _ => i,
            }
        }
        '{' => {
            let start = if at(i + 1) == Some('{') { i + 2 } else { i + 1 };
            let mut k = start;
            while at(k).is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | ',' | ':' | ' ' | '-'))
                && k - i < 60
            {
                k += 1;
            }
            let closes = if start == i + 2 {
                at(k) == Some('}') && at(k + 1) == Some('}')
            } else {
                at(k) == Some('}')
            };
            let first_ok = at(start).is_some_and(|c| c.is_alphanumeric() || c == '_');
            if closes && first_ok && k > start { if start == i + 2 { k + 2 } else { k + 1 } } else { i }
        }
        '$' if at(i + 1) == Some('{') => {
            let e = placeholder_end(chars, i + 1);
            if e > i + 1 { e } else { i }
        }
        _ => i,
    }
}

/// Inline elements whose content is native code, not text.
fn is_code_tag(name: &str) -> bool {
    matches!(name, "x" | "bx" | "ex" | "ph" | "bpt" | "ept" | "it" | "ut" | "sc" | "ec" | "sub" | "cp")
}

fn xliff(path: &str, text: &str) -> Result<Units> {
    let mut units = Units::default();
    let mut version2 = false;
    let mut id = String::new();
    let mut line = 0;
    let mut field: Option<&'static str> = None;
    let mut code = 0usize;
    let (mut source, mut target, mut location) = (String::new(), None::<String>, None::<String>);
    let mut header = false;
    let mut in_context = false;
    // XLIFF 2 units hold segments; each segment is a unit here, id "unit/segment" when it has one.
    let mut unit_id = String::new();
    xml::parse(path, "the XLIFF", text, |e| {
        match e {
            XmlEvent::Start(el) => {
                if code > 0 {
                    code += 1;
                    return Ok(());
                }
                match el.name.as_str() {
                    "xliff" => {
                        version2 = el.attr("version").is_some_and(|v| v.starts_with('2'));
                        if version2 {
                            units.source_lang = el.attr("srcLang").map(str::to_string);
                            units.target_lang = el.attr("trgLang").map(str::to_string);
                        }
                    }
                    "file" if !version2 => {
                        units.source_lang =
                            el.attr("source-language").map(str::to_string).or(units.source_lang.take());
                        units.target_lang =
                            el.attr("target-language").map(str::to_string).or(units.target_lang.take());
                    }
                    "trans-unit" => {
                        id = el.attr("id").unwrap_or("").to_string();
                        line = el.line;
                        header = el.attr("restype") == Some("x-gettext-domain-header");
                        (source, target, location) = (String::new(), None, None);
                    }
                    "unit" => unit_id = el.attr("id").unwrap_or("").to_string(),
                    "segment" => {
                        id = match el.attr("id") {
                            Some(s) => format!("{unit_id}/{s}"),
                            None => unit_id.clone(),
                        };
                        line = el.line;
                        (source, target, location) = (String::new(), None, None);
                    }
                    "source" => field = Some("source"),
                    "target" => {
                        field = Some("target");
                        target = Some(String::new());
                    }
                    "context" if el.attr("context-type") == Some("sourcefile") => in_context = true,
                    name if field.is_some() && is_code_tag(name) => code = 1,
                    _ => {}
                }
            }
            XmlEvent::End(name) => {
                if code > 0 {
                    code -= 1;
                    return Ok(());
                }
                match name {
                    "source" | "target" => field = None,
                    "context" => in_context = false,
                    "trans-unit" | "segment" => {
                        let shown = location.take().unwrap_or_else(|| id.clone());
                        match target.take() {
                            Some(t) if !header && !t.trim().is_empty() => units.units.push(TranslationUnit {
                                id: shown,
                                line,
                                source: std::mem::take(&mut source),
                                target: t,
                            }),
                            _ if header => {}
                            _ => units.untranslated += 1,
                        }
                    }
                    _ => {}
                }
            }
            XmlEvent::Text(_) if code > 0 => {}
            XmlEvent::Text(t) => {
                if in_context {
                    location = Some(t.trim().to_string());
                }
                match field {
                    Some("source") => source.push_str(t),
                    Some(_) => {
                        if let Some(target) = &mut target {
                            target.push_str(t);
                        }
                    }
                    None => {}
                }
            }
        }
        Ok(())
    })?;
    Ok(units)
}

fn tmx(path: &str, text: &str) -> Result<Units> {
    let mut units = Units::default();
    let mut tu: Vec<(Option<String>, String)> = Vec::new();
    let mut id = String::new();
    let mut line = 0;
    let mut lang: Option<String> = None;
    let mut in_seg = false;
    let mut code = 0usize;
    let mut count = 0usize;
    xml::parse(path, "the TMX", text, |e| {
        match e {
            XmlEvent::Start(el) => {
                if code > 0 {
                    code += 1;
                    return Ok(());
                }
                match el.name.as_str() {
                    "header" => {
                        units.source_lang = el.attr("srclang").filter(|l| *l != "*all*").map(str::to_string)
                    }
                    "tu" => {
                        count += 1;
                        id = el.attr("tuid").map_or_else(|| count.to_string(), str::to_string);
                        line = el.line;
                        tu.clear();
                    }
                    "tuv" => lang = el.attr("lang").map(str::to_string),
                    "seg" => {
                        in_seg = true;
                        tu.push((lang.clone(), String::new()));
                    }
                    name if in_seg && is_code_tag(name) => code = 1,
                    _ => {}
                }
            }
            XmlEvent::End(name) => {
                if code > 0 {
                    code -= 1;
                    return Ok(());
                }
                match name {
                    "seg" => in_seg = false,
                    "tu" => {
                        let src_lang = units.source_lang.clone();
                        let is_source = |l: &Option<String>| match (&src_lang, l) {
                            (Some(s), Some(l)) => s.eq_ignore_ascii_case(l),
                            _ => false,
                        };
                        let source = tu.iter().position(|(l, _)| is_source(l)).unwrap_or(0);
                        let target = (0..tu.len()).find(|&i| i != source);
                        match target {
                            Some(t) if !tu[t].1.trim().is_empty() => {
                                if units.target_lang.is_none() {
                                    units.target_lang = tu[t].0.clone();
                                }
                                if units.source_lang.is_none() {
                                    units.source_lang = tu[source].0.clone();
                                }
                                units.units.push(TranslationUnit {
                                    id: id.clone(),
                                    line,
                                    source: tu[source].1.clone(),
                                    target: tu[t].1.clone(),
                                });
                            }
                            _ => units.untranslated += 1,
                        }
                    }
                    _ => {}
                }
            }
            XmlEvent::Text(_) if code > 0 => {}
            XmlEvent::Text(t) => {
                if in_seg && let Some((_, seg)) = tu.last_mut() {
                    seg.push_str(t);
                }
            }
        }
        Ok(())
    })?;
    Ok(units)
}

/// A gettext PO file: `msgid`/`msgstr` (and plural forms, whose first form is compared).
fn po(path: &str, text: &str) -> Result<Units> {
    #[derive(PartialEq)]
    enum Field {
        None,
        Id,
        Str,
        Ctxt,
        Other,
    }
    let mut units = Units::default();
    let (mut id, mut msgstr, mut ctxt, mut reference) =
        (String::new(), String::new(), String::new(), None::<String>);
    let mut field = Field::None;
    let mut start = 0;
    let mut seen_entry = false;
    let finish = |id: &mut String,
                  msgstr: &mut String,
                  ctxt: &mut String,
                  reference: &mut Option<String>,
                  line: usize,
                  units: &mut Units| {
        if id.is_empty() && !msgstr.is_empty() {
            // The header: its Language field is the target language.
            for l in msgstr.lines() {
                if let Some(lang) = l.strip_prefix("Language:") {
                    let lang = lang.trim();
                    if !lang.is_empty() {
                        units.target_lang = Some(lang.to_string());
                    }
                }
            }
        } else if !id.is_empty() {
            if msgstr.trim().is_empty() {
                units.untranslated += 1;
            } else {
                let shown = reference
                    .take()
                    .or_else(|| (!ctxt.is_empty()).then(|| ctxt.clone()))
                    .unwrap_or_else(|| format!("line {line}"));
                units.units.push(TranslationUnit {
                    id: shown,
                    line,
                    source: id.clone(),
                    target: msgstr.clone(),
                });
            }
        }
        id.clear();
        msgstr.clear();
        ctxt.clear();
        *reference = None;
    };
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let number = n + 1;
        if line.is_empty() {
            if seen_entry {
                finish(&mut id, &mut msgstr, &mut ctxt, &mut reference, start, &mut units);
                seen_entry = false;
            }
            field = Field::None;
            continue;
        }
        if let Some(rest) = line.strip_prefix("#:") {
            if seen_entry && field != Field::None {
                finish(&mut id, &mut msgstr, &mut ctxt, &mut reference, start, &mut units);
                seen_entry = false;
            }
            reference = rest.split_whitespace().next().map(str::to_string);
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let (keyword, rest) = match line.split_once(|c: char| c.is_whitespace()) {
            Some((k, r)) if !k.starts_with('"') => (k, r.trim()),
            _ => ("", line),
        };
        if !keyword.is_empty() {
            field = match keyword {
                "msgctxt" => {
                    if seen_entry && !msgstr.is_empty() {
                        finish(&mut id, &mut msgstr, &mut ctxt, &mut reference, start, &mut units);
                    }
                    Field::Ctxt
                }
                "msgid" => {
                    if seen_entry && !msgstr.is_empty() {
                        finish(&mut id, &mut msgstr, &mut ctxt, &mut reference, start, &mut units);
                    }
                    start = number;
                    seen_entry = true;
                    Field::Id
                }
                "msgstr" | "msgstr[0]" => Field::Str,
                _ => Field::Other,
            };
        }
        let value = unquote(rest).ok_or_else(|| {
            Error::parse(
                path,
                Some(number),
                None,
                "expected a quoted string (\"...\") after the keyword\n  hint: check the file with `msgfmt --check`",
            )
        })?;
        match field {
            Field::Id => id.push_str(&value),
            Field::Str => msgstr.push_str(&value),
            Field::Ctxt => ctxt.push_str(&value),
            _ => {}
        }
    }
    if seen_entry {
        finish(&mut id, &mut msgstr, &mut ctxt, &mut reference, start, &mut units);
    }
    Ok(units)
}

/// A C-quoted PO string without its quotes, escapes resolved.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => {}
            other => out.push(other),
        }
    }
    Some(out)
}

/// Two tab-separated columns: source, target (more columns: the first two).
fn tsv(text: &str) -> Units {
    let mut units = Units::default();
    for (n, line) in text.lines().enumerate() {
        let mut cols = line.split('\t');
        let (Some(source), Some(target)) = (cols.next(), cols.next()) else { continue };
        if n == 0 && source.eq_ignore_ascii_case("source") && target.eq_ignore_ascii_case("target") {
            continue;
        }
        if source.trim().is_empty() {
            continue;
        }
        if target.trim().is_empty() {
            units.untranslated += 1;
            continue;
        }
        let line = n + 1;
        units.units.push(TranslationUnit {
            id: format!("line {line}"),
            line,
            source: source.into(),
            target: target.into(),
        });
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn placeholders_are_not_figures() {
        assert_eq!(
            mask_placeholders("%1$s of %d, {0} and {count} at %(n)s, ${x1} {{v2}} 50%"),
            "%#$s of %d, {#} and {count} at %(n)s, ${x#} {{v#}} 50%"
        );
        assert_eq!(mask_placeholders("{ not one } 3 {"), "{ not one } 3 {");
    }

    #[test]
    fn xliff_drops_code_tags_and_keeps_g_text() {
        let x = "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"nl\"><body>\n<trans-unit id=\"u1\"><source>Pay <g id=\"1\">250</g> euros<x id=\"2\"/> <ph id=\"3\">&lt;b id=7&gt;</ph>now</source><target>Betaal <g id=\"1\">2500</g> euro<x id=\"2\"/> <ph id=\"3\">&lt;b id=7&gt;</ph>nu</target></trans-unit>\n<trans-unit id=\"u2\"><source>Empty</source></trans-unit></body></file></xliff>";
        let units = read_units("a.xlf", x, BilingualFormat::Xliff).unwrap();
        assert_eq!(
            units.units,
            [TranslationUnit {
                id: "u1".into(),
                line: 2,
                source: "Pay 250 euros now".into(),
                target: "Betaal 2500 euro nu".into()
            }]
        );
        assert_eq!(
            (units.untranslated, units.source_lang.as_deref(), units.target_lang.as_deref()),
            (1, Some("en"), Some("nl"))
        );
    }

    #[test]
    fn xliff2_segments_and_tmx_units() {
        let x = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"sv\"><file id=\"f\"><unit id=\"1\"><segment id=\"s1\"><source>Only <pc id=\"1\">3</pc> left<ph id=\"2\"/>.</source><target>Bara <pc id=\"1\">4</pc> kvar<ph id=\"2\"/>.</target></segment></unit></file></xliff>";
        let units = read_units("a.xlf", x, BilingualFormat::Xliff).unwrap();
        assert_eq!(units.units[0].id, "1/s1");
        assert_eq!(
            (units.units[0].source.as_str(), units.units[0].target.as_str()),
            ("Only 3 left.", "Bara 4 kvar.")
        );
        let t = "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu tuid=\"7\"><tuv xml:lang=\"nl\"><seg>Zes <bpt i=\"1\">&lt;b&gt;</bpt>dagen<ept i=\"1\">&lt;/b&gt;</ept></seg></tuv><tuv xml:lang=\"en\"><seg>Six days</seg></tuv></tu></body></tmx>";
        let units = read_units("a.tmx", t, BilingualFormat::Tmx).unwrap();
        assert_eq!(
            units.units,
            [TranslationUnit {
                id: "7".into(),
                line: 1,
                source: "Six days".into(),
                target: "Zes dagen".into()
            }]
        );
        assert_eq!(units.target_lang.as_deref(), Some("nl"));
    }

    #[test]
    fn po_entries_with_references_plurals_and_escapes() {
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: sv\\n\"\n\n#: bead1\nmsgid \"A rally of \"\n\"7-10000 \\\"workers\\\"\"\nmsgstr \"Ett möte med 7 till 1 000 \\\"arbetare\\\"\"\n\nmsgctxt \"menu\"\nmsgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d fil\"\nmsgstr[1] \"%d filer\"\n\nmsgid \"Untranslated\"\nmsgstr \"\"\n";
        let units = read_units("a.po", po, BilingualFormat::Po).unwrap();
        assert_eq!(
            units.units,
            [
                TranslationUnit {
                    id: "bead1".into(),
                    line: 6,
                    source: "A rally of 7-10000 \"workers\"".into(),
                    target: "Ett möte med 7 till 1 000 \"arbetare\"".into()
                },
                TranslationUnit {
                    id: "menu".into(),
                    line: 11,
                    source: "%d file".into(),
                    target: "%d fil".into()
                },
            ]
        );
        assert_eq!((units.untranslated, units.target_lang.as_deref()), (1, Some("sv")));
        let err =
            read_units("b.po", "msgid \"x\nmsgstr \"y\"\n", BilingualFormat::Po).unwrap_err().to_string();
        assert!(err.starts_with("b.po:1: expected a quoted string"), "{err}");
    }
}
