//! Page furniture left in extracted text: running heads ("2 Die Alpen - 1957 - Les Alpes 17")
//! and picture credits ("415 - Photo Schweiz", "6 - Foto R. Angst , IHE 1934"). Their digits
//! follow the edition's layout, not the text, so a translation need not keep them.

use super::*;

/// Words that credit a picture, after its plate number ("12 - Photo X", "3 Foto Y").
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "phot",
    "foto",
    "fotos",
    "photograph",
    "photography",
    "cliché",
    "clichés",
    "aufnahme",
    "aufnahmen",
    "bild",
    "picture",
    "image",
    "illustration",
    "dessin",
    "zeichnung",
    "plate",
    "planche",
    "tafel",
    "teckning",
    "tekening",
    "afbeelding",
];

/// The most words a periodical's title in a running head has ("Die Alpen", "The Alpine Journal").
const TITLE_WORDS: usize = 5;

impl<'a> Parser<'a> {
    fn capitalised(&self, i: usize) -> bool {
        self.tk(i) == Some(Tk::Word) && self.s(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// A dash standing alone between spaces at `i`: " - ", " – ".
    fn spaced_dash(&self, i: usize) -> bool {
        matches!(self.tk(i), Some(Tk::Punct('-' | '–' | '—')))
            && i > 0
            && self.tk(i - 1) == Some(Tk::Space)
            && self.tk(i + 1) == Some(Tk::Space)
    }

    /// A page number: a plain integer of at most four digits.
    fn page_number(&self, i: usize) -> bool {
        self.tk(i) == Some(Tk::Num) && self.s(i).len() <= 4 && self.s(i).bytes().all(|b| b.is_ascii_digit())
    }

    /// The running heads in the text, as token ranges: a periodical's title, its year
    /// between spaced dashes and its title again, with the page number on either side or
    /// both ("2 Die Alpen - 1957 - Les Alpes 17", "The Alpine Journal - 1956 - 23").
    pub(super) fn running_heads(&self) -> Vec<Range<usize>> {
        let mut heads = Vec::new();
        for y in 0..self.toks.len() {
            if self.year_at(y).is_none() || y < 2 || !self.spaced_dash(y - 2) || !self.spaced_dash(y + 2) {
                continue;
            }
            // Title words before the year: capitalised words joined by single spaces.
            let mut first = y - 2;
            let mut words = 0;
            while first >= 2
                && words < TITLE_WORDS
                && self.capitalised(first - 2)
                && self.tk(first - 1) == Some(Tk::Space)
            {
                first -= 2;
                words += 1;
            }
            let title_before = words > 0;
            let page_before =
                first >= 2 && self.tk(first - 1) == Some(Tk::Space) && self.page_number(first - 2);
            if page_before {
                first -= 2;
            }
            // Title words after it.
            let mut last = y + 2;
            words = 0;
            while words < TITLE_WORDS && self.tk(last + 1) == Some(Tk::Space) && self.capitalised(last + 2) {
                last += 2;
                words += 1;
            }
            let title_after = words > 0;
            let page_after = self.tk(last + 1) == Some(Tk::Space) && self.page_number(last + 2);
            if page_after {
                last += 2;
            }
            if (title_before || title_after) && (page_before || page_after) {
                heads.push(first..last + 1);
            }
        }
        heads
    }

    /// A picture's plate number opening the text, followed by its credit ("415 - Photo
    /// Schweiz", "6 – Foto R. Angst"): the byte span of the credit (a name, which may hold a
    /// year: "IHE 1934"), from the credit word to the end of its line or sentence (not the
    /// stop of an initial: "G. O. Dyhrenfurth").
    pub(super) fn plate_credit(&self, i: usize) -> Option<Range<usize>> {
        let opens = (0..i).all(|k| matches!(self.tk(k), Some(Tk::Space | Tk::Punct(_))));
        if !opens || !self.page_number(i) {
            return None;
        }
        let mut j = self.after_space(i + 1);
        if matches!(self.tk(j), Some(Tk::Punct('-' | '–' | '—' | '.' | ':'))) {
            j = self.after_space(j + 1);
        }
        if j == i + 1 || !self.is_word(j, CREDIT_WORDS) || !self.capitalised(j) {
            return None;
        }
        let mut end = j + 1;
        while end < self.toks.len() {
            let stop = matches!(self.tk(end), Some(Tk::Punct('.' | '!' | '?' | ';')))
                && self
                    .before_space(end)
                    .is_some_and(|w| self.tk(w) != Some(Tk::Word) || self.s(w).chars().count() > 2);
            if stop || self.tk(end) == Some(Tk::Space) && self.s(end).contains('\n') {
                break;
            }
            end += 1;
        }
        Some(self.toks[j].start..self.toks.get(end).map_or(self.text.len(), |t| t.start))
    }
}

/// Words that open a sentence or a heading, written capitalised only there: after a
/// number in mid-line, they show that the number closed a page ("… où un couple d' er 39
/// Une course bien tentante …"). Single letters are left out (grades: "5 A"), as are
/// words capitalised anywhere (German "Sie", English "I").
const OPENING_WORDS: [&[&str]; 7] = [
    &["Der", "Die", "Das", "Ein", "Eine", "Dieser", "Diese", "Im", "Am", "Als", "Wir", "Er", "Es", "Ich"], // de
    &[
        "Le", "La", "Les", "Un", "Une", "Ce", "Cette", "Ces", "Il", "Elle", "Nous", "On", "Je", "Au", "Aux",
        "Dans",
    ], // fr
    &["The", "An", "This", "These", "It", "We", "He", "She", "They"], // en
    &["Lo", "Gli", "Una"],                                            // it, es
    &["El", "Los", "Las", "Os", "Uma"],                               // es, pt
    &["De", "Het", "Een", "Deze", "Wij", "Hij", "Zij"],               // nl
    &["Den", "Det", "Ett", "Vi", "Han", "Hon"],                       // sv, da, nb
];

impl Parser<'_> {
    /// A page number that the extraction left inside a line: a plain integer of at most
    /// three digits (tokens `i..=last`) between a word in lower case and a capitalised
    /// word that opens a sentence, with nothing but a space on either side. Running text
    /// does not go on in mid-sentence with a capital "Une" or "Die".
    fn page_break(&self, i: usize, last: usize) -> bool {
        if i != last || !self.page_number(i) || self.s(i).len() > 3 {
            return false;
        }
        let before = i >= 2 && self.tk(i - 1) == Some(Tk::Space) && !self.s(i - 1).contains('\n');
        let lower_before =
            before && self.tk(i - 2) == Some(Tk::Word) && self.s(i - 2).chars().all(char::is_lowercase);
        let next = self.after_space(i + 1);
        lower_before
            && next == i + 2
            && self.tk(next) == Some(Tk::Word)
            && OPENING_WORDS.iter().any(|words| words.contains(&self.s(next)))
            && self.tk(next + 1) == Some(Tk::Space)
    }
}

/// Words that join two letters: "A und O", "alpha and omega".
const LETTER_JOINS: &[&str] = &["und", "and", "et", "y", "e", "och", "og", "en", "oder", "or", "ou", "o"];

impl Parser<'_> {
    /// A lone `0` joined to a single capital letter ("das A und 0"): the letter O, which
    /// OCR read as a zero. A zero is a digit among digits ("0 und 1"), never beside a
    /// letter so.
    fn letter_o(&self, i: usize, last: usize) -> bool {
        if i != last || self.s(i) != "0" {
            return false;
        }
        let letter = |k: usize| {
            let mut c = self.s(k).chars();
            self.tk(k) == Some(Tk::Word) && c.next().is_some_and(char::is_uppercase) && c.next().is_none()
        };
        // "A und 0"
        let join = self.before_space(i).filter(|&j| j + 2 == i && self.is_word(j, LETTER_JOINS));
        let before = join.is_some_and(|j| j >= 2 && self.tk(j - 1) == Some(Tk::Space) && letter(j - 2));
        // "0 und A"
        let j = self.after_space(i + 1);
        let after =
            j == i + 2 && self.is_word(j, LETTER_JOINS) && self.after_space(j + 1) == j + 2 && letter(j + 2);
        before || after
    }
}

/// True when `word` looks like OCR debris rather than a word: it starts in lower case and
/// has a capital further on ("âjJi", "ïïJïW"). Names written so ("iPhone", "eBay") carry
/// model numbers, not figures, so a number beside either is not a figure to report.
fn debris(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase) && chars.any(char::is_uppercase)
}

impl<'a> Parser<'a> {
    /// Marks as weak the bare numbers (no unit, plain digits) that page furniture and OCR
    /// debris leave in extracted text: every one in a text whose words are all shorter than
    /// three letters and not units, among stray marks ("24 a !", "28 vv '.;, ."), one beside a debris word ("29 âjJi"), and
    /// one glued to a rule of underscores, a page break ("114_______"). A round thousand
    /// alone in quotes names a class of peaks, as "Achttausender" does ("le troisième « 8000
    /// »", "des « 7000 »"): weak too, so it pairs with the class word but is never reported.
    pub(super) fn furniture(&self, figures: &mut [Figure]) {
        let mut words = (0..self.toks.len()).filter(|&k| self.tk(k) == Some(Tk::Word)).peekable();
        let has_words = words.peek().is_some();
        let short = words.all(|k| self.s(k).chars().count() < 3 && Unit::from_word(&self.lower(k)).is_none());
        let stray = self.text.chars().any(|c| {
            matches!(
                c,
                '!' | '?'
                    | '\''
                    | '’'
                    | '*'
                    | '^'
                    | '~'
                    | '|'
                    | '\\'
                    | '_'
                    | '`'
                    | '#'
                    | '<'
                    | '>'
                    | '{'
                    | '}'
            )
        });
        let junk_text = has_words && short && stray;
        for f in figures.iter_mut().filter(|f| f.kind == FigureKind::Number && f.unit.is_none()) {
            let Ok(i) = self.toks.binary_search_by_key(&f.span.start, |t| t.start) else { continue };
            let Ok(last) = self.toks.binary_search_by_key(&f.span.end, |t| t.end) else { continue };
            let next = self.after_space(last + 1);
            let beside_debris = [self.before_space(i), (next > last + 1).then_some(next)]
                .into_iter()
                .flatten()
                .any(|k| k != i && self.tk(k) == Some(Tk::Word) && debris(self.s(k)));
            let rule =
                self.text[f.span.end..].starts_with("___") || self.text[..f.span.start].ends_with("___");
            let quoted = |open: char, close: char| {
                self.before_space(i).is_some_and(|k| self.tk(k) == Some(Tk::Punct(open)))
                    && self.tk(next) == Some(Tk::Punct(close))
            };
            let class = matches!(&f.value, Value::Number { readings } if readings.len() == 1
                && (1000.0..=9000.0).contains(&readings[0]) && readings[0] % 1000.0 == 0.0)
                && (quoted('«', '»') || quoted('“', '”') || quoted('"', '"'));
            if junk_text
                || beside_debris
                || rule
                || class
                || self.page_break(i, last)
                || self.letter_o(i, last)
            {
                f.weak = true;
            }
        }
    }

    /// Figures that name or label rather than count, marked weak: a capitalised number word
    /// inside a sentence, part of a title or a name ("des Cent plus belles courses", "the
    /// Seven Summits"); a footnote's number opening the text ("1 Petit club montagnard");
    /// the numbers of a postal address (a text with a postal code such as "D-5090" or
    /// "CH-3000": "Porschestr. 7, D-5090 Leverkusen 3"); those of a reference to another
    /// publication ("Vgl. MB 3/89, S. 116", "cf. AJ 1956, 23": its issue, year and page).
    pub(super) fn labels(&self, figures: &mut [Figure]) {
        let address = postal_code(self.text);
        let cited = self.citations();
        for f in figures.iter_mut() {
            let Ok(i) = self.toks.binary_search_by_key(&f.span.start, |t| t.start) else { continue };
            let before = self.before_space(i).filter(|&k| k < i);
            let titled = f.kind == FigureKind::NumberWord
                && f.text.starts_with(char::is_uppercase)
                && before.is_some_and(|k| matches!(self.tk(k), Some(Tk::Word | Tk::Num | Tk::Punct(','))));
            let bare = f.kind == FigureKind::Number
                && f.unit.is_none()
                && f.text.bytes().all(|b| b.is_ascii_digit());
            let footnote = bare
                && f.text.len() <= 2
                && self.text[..f.span.start].trim().is_empty()
                && self.text[f.span.end..]
                    .strip_prefix(' ')
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase));
            let citation = cited.iter().any(|c| c.contains(&f.span.start));
            if titled || footnote || address && bare || citation || self.colon_name(i) {
                f.weak = true;
            }
        }
    }

    /// French "deux-points" (the colon's name), or "deux points" before a colon ("les deux
    /// points « : »"), at token `i`: no count of two ("les deux points de vue" is one).
    fn colon_name(&self, i: usize) -> bool {
        if self.lang != Lang::FR || !self.s(i).eq_ignore_ascii_case("deux") {
            return false;
        }
        let hyphened =
            self.tk(i + 1) == Some(Tk::Punct('-')) && self.glued(i, i + 1) && self.glued(i + 1, i + 2);
        let next = if hyphened { i + 2 } else { self.after_space(i + 1) };
        if !self.is_word(next, &["points", "point"]) {
            return false;
        }
        hyphened
            || self.text[self.toks[next].end..]
                .trim_start_matches([' ', '«', '"', '“', '\u{a0}'])
                .starts_with(':')
    }

    /// The byte spans of references to other publications: from a citing abbreviation and
    /// its full stop ("vgl.", "cf.", "jfr.") to the end of the clause (`;`, `:`, a closing
    /// bracket, a line break) or [`CITATION_TOKENS`] tokens on, whichever comes first.
    fn citations(&self) -> Vec<Range<usize>> {
        let mut spans = Vec::new();
        for i in 0..self.toks.len() {
            if !self.is_word(i, CITATION_ABBREVIATIONS) || self.tk(i + 1) != Some(Tk::Punct('.')) {
                continue;
            }
            let mut end = i + 2;
            while end < self.toks.len() && end < i + 2 + CITATION_TOKENS {
                let closes = matches!(self.tk(end), Some(Tk::Punct(';' | ':' | ')' | ']')));
                if closes || self.tk(end) == Some(Tk::Space) && self.s(end).contains('\n') {
                    break;
                }
                end += 1;
            }
            spans.push(self.toks[i].start..self.toks.get(end).map_or(self.text.len(), |t| t.start));
        }
        spans
    }
}

/// Abbreviations that open a reference to another publication, before their full stop.
const CITATION_ABBREVIATIONS: &[&str] = &["vgl", "cf", "cfr", "jfr", "jf"];

/// The most tokens (words, numbers, spaces, marks) a reference runs for: a periodical's
/// name, issue, year and page ("MB 3/89 , S. 116" is 11).
const CITATION_TOKENS: usize = 16;

/// Whether `text` holds a postal code written with its country's letters: one or two capitals,
/// a hyphen and four or five digits, standing alone ("D-5090", "CH-3000", "F-75001").
fn postal_code(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().filter(|&(_, &c)| c == b'-').any(|(at, _)| {
        let letters = b[..at].iter().rev().take_while(|c| c.is_ascii_uppercase()).count();
        let digits = b[at + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        let open = at - letters == 0 || !b[at - letters - 1].is_ascii_alphanumeric();
        let close = b.get(at + 1 + digits).is_none_or(|c| !c.is_ascii_alphanumeric());
        (1..=2).contains(&letters) && (4..=5).contains(&digits) && open && close
    })
}
