//! Number words in English, Swedish, Dutch, German and French: "three thousand",
//! "tretusen", "drieduizend", "dreitausend", "tjugoett", "eenentwintig",
//! "einundzwanzig", "trois mille", and the vague quantities
//! ("dozens", "tusentals", "tienduizenden") that compare as orders of magnitude.
//!
//! A compound is split into morphemes ("tre|tusen", "een|en|twintig") by a small
//! search over the language's table, then checked against the grammar of number
//! words (a unit may follow a tens word, a multiplier scales what precedes it),
//! so ordinary words that happen to start like a number ("entusiasm",
//! "tienen") are never read as one.

use crate::lang::Lang;

/// What a morpheme contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// 0.
    Zero,
    /// 1–9.
    Unit,
    /// 10–19.
    Teen,
    /// 20, 30, … 90.
    Tens,
    /// 100: multiplies what precedes it in its group.
    Hundred,
    /// A whole number of hundreds written as one word: Spanish "doscientos", "ciento".
    Hundreds,
    /// 20 as a multiplier, after a unit: "threescore", "fourscore and seven".
    Score,
    /// 1000, 10^6, 10^9: closes a group.
    Scale,
    /// Dutch "en"/"ën", German "und" between a unit and a tens word ("eenentwintig", "einundzwanzig").
    Joiner,
}

type Table = &'static [(&'static str, u64, Role)];

const EN: Table = &[
    ("zero", 0, Role::Zero),
    ("one", 1, Role::Unit),
    ("two", 2, Role::Unit),
    ("three", 3, Role::Unit),
    ("four", 4, Role::Unit),
    ("five", 5, Role::Unit),
    ("six", 6, Role::Unit),
    ("seven", 7, Role::Unit),
    ("eight", 8, Role::Unit),
    ("nine", 9, Role::Unit),
    ("ten", 10, Role::Teen),
    ("eleven", 11, Role::Teen),
    ("twelve", 12, Role::Teen),
    ("thirteen", 13, Role::Teen),
    ("fourteen", 14, Role::Teen),
    ("fifteen", 15, Role::Teen),
    ("sixteen", 16, Role::Teen),
    ("seventeen", 17, Role::Teen),
    ("eighteen", 18, Role::Teen),
    ("nineteen", 19, Role::Teen),
    ("twenty", 20, Role::Tens),
    ("thirty", 30, Role::Tens),
    ("forty", 40, Role::Tens),
    ("fifty", 50, Role::Tens),
    ("sixty", 60, Role::Tens),
    ("seventy", 70, Role::Tens),
    ("eighty", 80, Role::Tens),
    ("ninety", 90, Role::Tens),
    ("hundred", 100, Role::Hundred),
    ("score", 20, Role::Score),
    ("thousand", 1_000, Role::Scale),
    ("million", 1_000_000, Role::Scale),
    ("trillion", 1_000_000_000_000, Role::Scale),
    ("billion", 1_000_000_000, Role::Scale),
];

const SV: Table = &[
    ("noll", 0, Role::Zero),
    ("en", 1, Role::Unit),
    ("ett", 1, Role::Unit),
    ("två", 2, Role::Unit),
    ("tre", 3, Role::Unit),
    ("fyra", 4, Role::Unit),
    ("fem", 5, Role::Unit),
    ("sex", 6, Role::Unit),
    ("sju", 7, Role::Unit),
    ("åtta", 8, Role::Unit),
    ("nio", 9, Role::Unit),
    ("tio", 10, Role::Teen),
    ("elva", 11, Role::Teen),
    ("tolv", 12, Role::Teen),
    ("tretton", 13, Role::Teen),
    ("fjorton", 14, Role::Teen),
    ("femton", 15, Role::Teen),
    ("sexton", 16, Role::Teen),
    ("sjutton", 17, Role::Teen),
    ("arton", 18, Role::Teen),
    ("aderton", 18, Role::Teen),
    ("nitton", 19, Role::Teen),
    ("tjugo", 20, Role::Tens),
    ("trettio", 30, Role::Tens),
    ("fyrtio", 40, Role::Tens),
    ("femtio", 50, Role::Tens),
    ("sextio", 60, Role::Tens),
    ("sjuttio", 70, Role::Tens),
    ("åttio", 80, Role::Tens),
    ("nittio", 90, Role::Tens),
    ("hundra", 100, Role::Hundred),
    ("tusen", 1_000, Role::Scale),
    ("miljoner", 1_000_000, Role::Scale),
    ("miljon", 1_000_000, Role::Scale),
    ("biljoner", 1_000_000_000_000, Role::Scale),
    ("biljon", 1_000_000_000_000, Role::Scale),
    ("miljarder", 1_000_000_000, Role::Scale),
    ("miljard", 1_000_000_000, Role::Scale),
];

const NL: Table = &[
    ("nul", 0, Role::Zero),
    ("een", 1, Role::Unit),
    ("één", 1, Role::Unit),
    ("eén", 1, Role::Unit),
    ("twee", 2, Role::Unit),
    ("drie", 3, Role::Unit),
    ("vier", 4, Role::Unit),
    ("vijf", 5, Role::Unit),
    ("zes", 6, Role::Unit),
    ("zeven", 7, Role::Unit),
    ("acht", 8, Role::Unit),
    ("negen", 9, Role::Unit),
    ("tien", 10, Role::Teen),
    ("elf", 11, Role::Teen),
    ("twaalf", 12, Role::Teen),
    ("dertien", 13, Role::Teen),
    ("veertien", 14, Role::Teen),
    ("vijftien", 15, Role::Teen),
    ("zestien", 16, Role::Teen),
    ("zeventien", 17, Role::Teen),
    ("achttien", 18, Role::Teen),
    ("negentien", 19, Role::Teen),
    ("twintig", 20, Role::Tens),
    ("dertig", 30, Role::Tens),
    ("veertig", 40, Role::Tens),
    ("vijftig", 50, Role::Tens),
    ("zestig", 60, Role::Tens),
    ("zeventig", 70, Role::Tens),
    ("tachtig", 80, Role::Tens),
    ("negentig", 90, Role::Tens),
    ("honderd", 100, Role::Hundred),
    ("duizend", 1_000, Role::Scale),
    ("miljoen", 1_000_000, Role::Scale),
    ("biljoen", 1_000_000_000_000, Role::Scale),
    ("miljard", 1_000_000_000, Role::Scale),
    ("ën", 0, Role::Joiner),
    ("en", 0, Role::Joiner),
];

const DE: Table = &[
    ("null", 0, Role::Zero),
    ("eins", 1, Role::Unit),
    ("ein", 1, Role::Unit),
    ("zwei", 2, Role::Unit),
    ("drei", 3, Role::Unit),
    ("vier", 4, Role::Unit),
    ("fünf", 5, Role::Unit),
    ("sechs", 6, Role::Unit),
    ("sieben", 7, Role::Unit),
    ("acht", 8, Role::Unit),
    ("neun", 9, Role::Unit),
    ("zehn", 10, Role::Teen),
    ("elf", 11, Role::Teen),
    ("zwölf", 12, Role::Teen),
    ("dreizehn", 13, Role::Teen),
    ("vierzehn", 14, Role::Teen),
    ("fünfzehn", 15, Role::Teen),
    ("sechzehn", 16, Role::Teen),
    ("siebzehn", 17, Role::Teen),
    ("achtzehn", 18, Role::Teen),
    ("neunzehn", 19, Role::Teen),
    ("zwanzig", 20, Role::Tens),
    ("dreißig", 30, Role::Tens),
    ("dreissig", 30, Role::Tens),
    ("vierzig", 40, Role::Tens),
    ("fünfzig", 50, Role::Tens),
    ("sechzig", 60, Role::Tens),
    ("siebzig", 70, Role::Tens),
    ("achtzig", 80, Role::Tens),
    ("neunzig", 90, Role::Tens),
    ("hundert", 100, Role::Hundred),
    ("tausend", 1_000, Role::Scale),
    ("millionen", 1_000_000, Role::Scale),
    ("million", 1_000_000, Role::Scale),
    ("billionen", 1_000_000_000_000, Role::Scale),
    ("billion", 1_000_000_000_000, Role::Scale),
    ("milliarden", 1_000_000_000, Role::Scale),
    ("milliarde", 1_000_000_000, Role::Scale),
    ("und", 0, Role::Joiner),
];

/// French compounds are written apart or hyphenated ("trois mille", "vingt-deux");
/// 70–99 ("soixante-dix", "quatre-vingts") are not read.
const FR: Table = &[
    ("zéro", 0, Role::Zero),
    ("un", 1, Role::Unit),
    ("une", 1, Role::Unit),
    ("deux", 2, Role::Unit),
    ("trois", 3, Role::Unit),
    ("quatre", 4, Role::Unit),
    ("cinq", 5, Role::Unit),
    ("six", 6, Role::Unit),
    ("sept", 7, Role::Unit),
    ("huit", 8, Role::Unit),
    ("neuf", 9, Role::Unit),
    ("dix", 10, Role::Teen),
    ("onze", 11, Role::Teen),
    ("douze", 12, Role::Teen),
    ("treize", 13, Role::Teen),
    ("quatorze", 14, Role::Teen),
    ("quinze", 15, Role::Teen),
    ("seize", 16, Role::Teen),
    ("vingt", 20, Role::Tens),
    ("trente", 30, Role::Tens),
    ("quarante", 40, Role::Tens),
    ("cinquante", 50, Role::Tens),
    ("soixante", 60, Role::Tens),
    ("cents", 100, Role::Hundred),
    ("cent", 100, Role::Hundred),
    ("mille", 1_000, Role::Scale),
    ("millions", 1_000_000, Role::Scale),
    ("million", 1_000_000, Role::Scale),
    ("billions", 1_000_000_000_000, Role::Scale),
    ("billion", 1_000_000_000_000, Role::Scale),
    ("milliards", 1_000_000_000, Role::Scale),
    ("milliard", 1_000_000_000, Role::Scale),
];

/// Icelandic: the numbers one to four and the scale words inflect (`tveir`, `tvær`, `tvö`,
/// `tveimur`, `tveggja`; `hundruð`, `þúsundum`, `milljónir`), and each form is a row.
/// "eins" (genitive of one) is left out: in "eins og" it is "like". The forms are those of the
/// Icelandic hunspell dictionary (Debian's hunspell-is).
const IS: Table = &[
    ("núll", 0, Role::Zero),
    ("einn", 1, Role::Unit),
    ("ein", 1, Role::Unit),
    ("eitt", 1, Role::Unit),
    ("einum", 1, Role::Unit),
    ("einu", 1, Role::Unit),
    ("eina", 1, Role::Unit),
    ("einni", 1, Role::Unit),
    ("einnar", 1, Role::Unit),
    ("tveir", 2, Role::Unit),
    ("tvær", 2, Role::Unit),
    ("tvö", 2, Role::Unit),
    ("tvo", 2, Role::Unit),
    ("tveimur", 2, Role::Unit),
    ("tveim", 2, Role::Unit),
    ("tveggja", 2, Role::Unit),
    ("þrír", 3, Role::Unit),
    ("þrjár", 3, Role::Unit),
    ("þrjú", 3, Role::Unit),
    ("þrjá", 3, Role::Unit),
    ("þremur", 3, Role::Unit),
    ("þrem", 3, Role::Unit),
    ("þriggja", 3, Role::Unit),
    ("fjórir", 4, Role::Unit),
    ("fjórar", 4, Role::Unit),
    ("fjögur", 4, Role::Unit),
    ("fjóra", 4, Role::Unit),
    ("fjórum", 4, Role::Unit),
    ("fjögurra", 4, Role::Unit),
    ("fimm", 5, Role::Unit),
    ("sex", 6, Role::Unit),
    ("sjö", 7, Role::Unit),
    ("átta", 8, Role::Unit),
    ("níu", 9, Role::Unit),
    ("tíu", 10, Role::Teen),
    ("ellefu", 11, Role::Teen),
    ("tólf", 12, Role::Teen),
    ("þrettán", 13, Role::Teen),
    ("fjórtán", 14, Role::Teen),
    ("fimmtán", 15, Role::Teen),
    ("sextán", 16, Role::Teen),
    ("sautján", 17, Role::Teen),
    ("átján", 18, Role::Teen),
    ("nítján", 19, Role::Teen),
    ("tuttugu", 20, Role::Tens),
    ("þrjátíu", 30, Role::Tens),
    ("fjörutíu", 40, Role::Tens),
    ("fimmtíu", 50, Role::Tens),
    ("sextíu", 60, Role::Tens),
    ("sjötíu", 70, Role::Tens),
    ("áttatíu", 80, Role::Tens),
    ("níutíu", 90, Role::Tens),
    ("hundrað", 100, Role::Hundred),
    ("hundraði", 100, Role::Hundred),
    ("hundraðs", 100, Role::Hundred),
    ("hundruð", 100, Role::Hundred),
    ("hundruðum", 100, Role::Hundred),
    ("hundruða", 100, Role::Hundred),
    ("þúsund", 1_000, Role::Scale),
    ("þúsundir", 1_000, Role::Scale),
    ("þúsunda", 1_000, Role::Scale),
    ("þúsundum", 1_000, Role::Scale),
    ("milljón", 1_000_000, Role::Scale),
    ("milljónir", 1_000_000, Role::Scale),
    ("milljóna", 1_000_000, Role::Scale),
    ("milljónum", 1_000_000, Role::Scale),
    ("milljónar", 1_000_000, Role::Scale),
    ("milljarður", 1_000_000_000, Role::Scale),
    ("milljarðar", 1_000_000_000, Role::Scale),
    ("milljarð", 1_000_000_000, Role::Scale),
    ("milljarði", 1_000_000_000, Role::Scale),
    ("milljarðs", 1_000_000_000, Role::Scale),
    ("milljarða", 1_000_000_000, Role::Scale),
    ("billjónum", 1_000_000_000_000, Role::Scale),
    ("billjónir", 1_000_000_000_000, Role::Scale),
    ("billjóna", 1_000_000_000_000, Role::Scale),
    ("billjón", 1_000_000_000_000, Role::Scale),
    ("milljörðum", 1_000_000_000, Role::Scale),
];

/// Polish: every case form a count takes ("dwa", "dwie", "dwóch", "dwoma"; "pięć", "pięciu"),
/// hundreds as one word ("dwieście", "pięćset") and the scales in their plural forms
/// ("dwa tysiące", "pięć tysięcy").
const PL: Table = &[
    ("zero", 0, Role::Zero),
    ("jeden", 1, Role::Unit),
    ("jedna", 1, Role::Unit),
    ("jedno", 1, Role::Unit),
    ("jednego", 1, Role::Unit),
    ("jednej", 1, Role::Unit),
    ("jednemu", 1, Role::Unit),
    ("jednym", 1, Role::Unit),
    ("jedną", 1, Role::Unit),
    ("dwa", 2, Role::Unit),
    ("dwie", 2, Role::Unit),
    ("dwóch", 2, Role::Unit),
    ("dwu", 2, Role::Unit),
    ("dwoma", 2, Role::Unit),
    ("dwom", 2, Role::Unit),
    ("dwiema", 2, Role::Unit),
    ("dwaj", 2, Role::Unit),
    ("trzy", 3, Role::Unit),
    ("trzech", 3, Role::Unit),
    ("trzem", 3, Role::Unit),
    ("trzema", 3, Role::Unit),
    ("trzej", 3, Role::Unit),
    ("cztery", 4, Role::Unit),
    ("czterech", 4, Role::Unit),
    ("czterem", 4, Role::Unit),
    ("czterema", 4, Role::Unit),
    ("czterej", 4, Role::Unit),
    ("pięć", 5, Role::Unit),
    ("pięciu", 5, Role::Unit),
    ("pięcioma", 5, Role::Unit),
    ("sześć", 6, Role::Unit),
    ("sześciu", 6, Role::Unit),
    ("sześcioma", 6, Role::Unit),
    ("siedem", 7, Role::Unit),
    ("siedmiu", 7, Role::Unit),
    ("siedmioma", 7, Role::Unit),
    ("osiem", 8, Role::Unit),
    ("ośmiu", 8, Role::Unit),
    ("ośmioma", 8, Role::Unit),
    ("dziewięć", 9, Role::Unit),
    ("dziewięciu", 9, Role::Unit),
    ("dziewięcioma", 9, Role::Unit),
    ("dziesięć", 10, Role::Teen),
    ("dziesięciu", 10, Role::Teen),
    ("dziesięcioma", 10, Role::Teen),
    ("jedenaście", 11, Role::Teen),
    ("jedenastu", 11, Role::Teen),
    ("dwanaście", 12, Role::Teen),
    ("dwunastu", 12, Role::Teen),
    ("trzynaście", 13, Role::Teen),
    ("trzynastu", 13, Role::Teen),
    ("czternaście", 14, Role::Teen),
    ("czternastu", 14, Role::Teen),
    ("piętnaście", 15, Role::Teen),
    ("piętnastu", 15, Role::Teen),
    ("szesnaście", 16, Role::Teen),
    ("szesnastu", 16, Role::Teen),
    ("siedemnaście", 17, Role::Teen),
    ("siedemnastu", 17, Role::Teen),
    ("osiemnaście", 18, Role::Teen),
    ("osiemnastu", 18, Role::Teen),
    ("dziewiętnaście", 19, Role::Teen),
    ("dziewiętnastu", 19, Role::Teen),
    ("dwadzieścia", 20, Role::Tens),
    ("dwudziestu", 20, Role::Tens),
    ("trzydzieści", 30, Role::Tens),
    ("trzydziestu", 30, Role::Tens),
    ("czterdzieści", 40, Role::Tens),
    ("czterdziestu", 40, Role::Tens),
    ("pięćdziesiąt", 50, Role::Tens),
    ("pięćdziesięciu", 50, Role::Tens),
    ("sześćdziesiąt", 60, Role::Tens),
    ("sześćdziesięciu", 60, Role::Tens),
    ("siedemdziesiąt", 70, Role::Tens),
    ("siedemdziesięciu", 70, Role::Tens),
    ("osiemdziesiąt", 80, Role::Tens),
    ("osiemdziesięciu", 80, Role::Tens),
    ("dziewięćdziesiąt", 90, Role::Tens),
    ("dziewięćdziesięciu", 90, Role::Tens),
    ("sto", 100, Role::Hundreds),
    ("stu", 100, Role::Hundreds),
    ("dwieście", 200, Role::Hundreds),
    ("dwustu", 200, Role::Hundreds),
    ("trzysta", 300, Role::Hundreds),
    ("trzystu", 300, Role::Hundreds),
    ("czterysta", 400, Role::Hundreds),
    ("czterystu", 400, Role::Hundreds),
    ("pięćset", 500, Role::Hundreds),
    ("pięciuset", 500, Role::Hundreds),
    ("sześćset", 600, Role::Hundreds),
    ("sześciuset", 600, Role::Hundreds),
    ("siedemset", 700, Role::Hundreds),
    ("siedmiuset", 700, Role::Hundreds),
    ("osiemset", 800, Role::Hundreds),
    ("ośmiuset", 800, Role::Hundreds),
    ("dziewięćset", 900, Role::Hundreds),
    ("dziewięciuset", 900, Role::Hundreds),
    ("tysiąc", 1_000, Role::Scale),
    ("tysiące", 1_000, Role::Scale),
    ("tysięcy", 1_000, Role::Scale),
    ("tysiąca", 1_000, Role::Scale),
    ("tysiącu", 1_000, Role::Scale),
    ("milion", 1_000_000, Role::Scale),
    ("miliony", 1_000_000, Role::Scale),
    ("milionów", 1_000_000, Role::Scale),
    ("miliona", 1_000_000, Role::Scale),
    ("miliard", 1_000_000_000, Role::Scale),
    ("miliardy", 1_000_000_000, Role::Scale),
    ("bilionów", 1_000_000_000_000, Role::Scale),
    ("biliony", 1_000_000_000_000, Role::Scale),
    ("biliona", 1_000_000_000_000, Role::Scale),
    ("bilion", 1_000_000_000_000, Role::Scale),
    ("miliardów", 1_000_000_000, Role::Scale),
    ("miliarda", 1_000_000_000, Role::Scale),
];

/// Spanish: 16–29 are one word ("dieciséis", "veintidós") and so are the hundreds
/// ("doscientos", "quinientas"); older texts write "diez y seis" and "mil y quinientos".
const ES: Table = &[
    ("cero", 0, Role::Zero),
    ("uno", 1, Role::Unit),
    ("una", 1, Role::Unit),
    ("un", 1, Role::Unit),
    ("dos", 2, Role::Unit),
    ("tres", 3, Role::Unit),
    ("cuatro", 4, Role::Unit),
    ("cinco", 5, Role::Unit),
    ("seis", 6, Role::Unit),
    ("siete", 7, Role::Unit),
    ("ocho", 8, Role::Unit),
    ("nueve", 9, Role::Unit),
    ("diez", 10, Role::Teen),
    ("once", 11, Role::Teen),
    ("doce", 12, Role::Teen),
    ("trece", 13, Role::Teen),
    ("catorce", 14, Role::Teen),
    ("quince", 15, Role::Teen),
    ("dieciséis", 16, Role::Teen),
    ("dieciseis", 16, Role::Teen),
    ("diecisiete", 17, Role::Teen),
    ("dieciocho", 18, Role::Teen),
    ("diecinueve", 19, Role::Teen),
    ("veinte", 20, Role::Tens),
    ("veintiuno", 21, Role::Teen),
    ("veintiuna", 21, Role::Teen),
    ("veintiún", 21, Role::Teen),
    ("veintidós", 22, Role::Teen),
    ("veintidos", 22, Role::Teen),
    ("veintitrés", 23, Role::Teen),
    ("veintitres", 23, Role::Teen),
    ("veinticuatro", 24, Role::Teen),
    ("veinticinco", 25, Role::Teen),
    ("veintiséis", 26, Role::Teen),
    ("veintiseis", 26, Role::Teen),
    ("veintisiete", 27, Role::Teen),
    ("veintiocho", 28, Role::Teen),
    ("veintinueve", 29, Role::Teen),
    ("treinta", 30, Role::Tens),
    ("cuarenta", 40, Role::Tens),
    ("cincuenta", 50, Role::Tens),
    ("sesenta", 60, Role::Tens),
    ("setenta", 70, Role::Tens),
    ("ochenta", 80, Role::Tens),
    ("noventa", 90, Role::Tens),
    ("cien", 100, Role::Hundreds),
    ("ciento", 100, Role::Hundreds),
    ("doscientos", 200, Role::Hundreds),
    ("doscientas", 200, Role::Hundreds),
    ("trescientos", 300, Role::Hundreds),
    ("trescientas", 300, Role::Hundreds),
    ("cuatrocientos", 400, Role::Hundreds),
    ("cuatrocientas", 400, Role::Hundreds),
    ("quinientos", 500, Role::Hundreds),
    ("quinientas", 500, Role::Hundreds),
    ("seiscientos", 600, Role::Hundreds),
    ("seiscientas", 600, Role::Hundreds),
    ("setecientos", 700, Role::Hundreds),
    ("setecientas", 700, Role::Hundreds),
    ("ochocientos", 800, Role::Hundreds),
    ("ochocientas", 800, Role::Hundreds),
    ("novecientos", 900, Role::Hundreds),
    ("novecientas", 900, Role::Hundreds),
    ("mil", 1_000, Role::Scale),
    ("billones", 1_000_000_000_000, Role::Scale),
    ("billón", 1_000_000_000_000, Role::Scale),
    ("millones", 1_000_000, Role::Scale),
    ("millón", 1_000_000, Role::Scale),
];

/// Italian writes a number as one word ("ventitré", "duecentocinquanta", "tremila") and drops
/// the tens' last vowel before "uno" and "otto" ("ventuno", "trentotto"), so those are rows of
/// their own. A thousand is "mille", thousands "-mila" ("tremila"); "mille e cinquecento" joins
/// with "e". Forms from the Italian hunspell dictionary (Debian's hunspell-it) and glibc's it_IT.
const IT: Table = &[
    ("zero", 0, Role::Zero),
    ("uno", 1, Role::Unit),
    ("una", 1, Role::Unit),
    ("un", 1, Role::Unit),
    ("due", 2, Role::Unit),
    ("tre", 3, Role::Unit),
    // "ventitré", "centotré": the accent is written at the end of a compound.
    ("tré", 3, Role::Unit),
    ("quattro", 4, Role::Unit),
    ("cinque", 5, Role::Unit),
    ("sei", 6, Role::Unit),
    ("sette", 7, Role::Unit),
    ("otto", 8, Role::Unit),
    ("nove", 9, Role::Unit),
    ("dieci", 10, Role::Teen),
    ("undici", 11, Role::Teen),
    ("dodici", 12, Role::Teen),
    ("tredici", 13, Role::Teen),
    ("quattordici", 14, Role::Teen),
    ("quindici", 15, Role::Teen),
    ("sedici", 16, Role::Teen),
    ("diciassette", 17, Role::Teen),
    ("diciotto", 18, Role::Teen),
    ("diciannove", 19, Role::Teen),
    ("venti", 20, Role::Tens),
    ("ventuno", 21, Role::Teen),
    ("ventotto", 28, Role::Teen),
    ("trenta", 30, Role::Tens),
    ("trentuno", 31, Role::Teen),
    ("trentotto", 38, Role::Teen),
    ("quaranta", 40, Role::Tens),
    ("quarantuno", 41, Role::Teen),
    ("quarantotto", 48, Role::Teen),
    ("cinquanta", 50, Role::Tens),
    ("cinquantuno", 51, Role::Teen),
    ("cinquantotto", 58, Role::Teen),
    ("sessanta", 60, Role::Tens),
    ("sessantuno", 61, Role::Teen),
    ("sessantotto", 68, Role::Teen),
    ("settanta", 70, Role::Tens),
    ("settantuno", 71, Role::Teen),
    ("settantotto", 78, Role::Teen),
    ("ottanta", 80, Role::Tens),
    ("ottantuno", 81, Role::Teen),
    ("ottantotto", 88, Role::Teen),
    ("novanta", 90, Role::Tens),
    ("novantuno", 91, Role::Teen),
    ("novantotto", 98, Role::Teen),
    ("cento", 100, Role::Hundred),
    // "centottanta", "centotto": the o of cento is dropped before otto and ottanta.
    ("cent", 100, Role::Hundred),
    ("mille", 1_000, Role::Scale),
    ("mila", 1_000, Role::Scale),
    ("milioni", 1_000_000, Role::Scale),
    ("milione", 1_000_000, Role::Scale),
    ("miliardi", 1_000_000_000, Role::Scale),
    ("miliardo", 1_000_000_000, Role::Scale),
];

/// Portuguese writes numbers apart, joined by "e" ("vinte e cinco", "cento e vinte", "mil e
/// quinhentos"); one, two and the hundreds have feminine forms ("uma", "duas", "duzentas").
/// Both European ("dezasseis") and Brazilian ("dezesseis") spellings of 16, 17 and 19 are
/// rows. "bilião" is left out: 10^12 in Portugal, 10^9 in Brazil. Forms from the Portuguese
/// hunspell dictionary (Debian's hunspell-pt-pt) and glibc's pt_PT and pt_BR.
const PT: Table = &[
    ("zero", 0, Role::Zero),
    ("um", 1, Role::Unit),
    ("uma", 1, Role::Unit),
    ("dois", 2, Role::Unit),
    ("duas", 2, Role::Unit),
    ("três", 3, Role::Unit),
    ("quatro", 4, Role::Unit),
    ("cinco", 5, Role::Unit),
    ("seis", 6, Role::Unit),
    ("sete", 7, Role::Unit),
    ("oito", 8, Role::Unit),
    ("nove", 9, Role::Unit),
    ("dez", 10, Role::Teen),
    ("onze", 11, Role::Teen),
    ("doze", 12, Role::Teen),
    ("treze", 13, Role::Teen),
    ("catorze", 14, Role::Teen),
    ("quatorze", 14, Role::Teen),
    ("quinze", 15, Role::Teen),
    ("dezasseis", 16, Role::Teen),
    ("dezesseis", 16, Role::Teen),
    ("dezassete", 17, Role::Teen),
    ("dezessete", 17, Role::Teen),
    ("dezoito", 18, Role::Teen),
    ("dezanove", 19, Role::Teen),
    ("dezenove", 19, Role::Teen),
    ("vinte", 20, Role::Tens),
    ("trinta", 30, Role::Tens),
    ("quarenta", 40, Role::Tens),
    ("cinquenta", 50, Role::Tens),
    ("sessenta", 60, Role::Tens),
    ("setenta", 70, Role::Tens),
    ("oitenta", 80, Role::Tens),
    ("noventa", 90, Role::Tens),
    ("cem", 100, Role::Hundreds),
    ("cento", 100, Role::Hundreds),
    ("duzentos", 200, Role::Hundreds),
    ("duzentas", 200, Role::Hundreds),
    ("trezentos", 300, Role::Hundreds),
    ("trezentas", 300, Role::Hundreds),
    ("quatrocentos", 400, Role::Hundreds),
    ("quatrocentas", 400, Role::Hundreds),
    ("quinhentos", 500, Role::Hundreds),
    ("quinhentas", 500, Role::Hundreds),
    ("seiscentos", 600, Role::Hundreds),
    ("seiscentas", 600, Role::Hundreds),
    ("setecentos", 700, Role::Hundreds),
    ("setecentas", 700, Role::Hundreds),
    ("oitocentos", 800, Role::Hundreds),
    ("oitocentas", 800, Role::Hundreds),
    ("novecentos", 900, Role::Hundreds),
    ("novecentas", 900, Role::Hundreds),
    ("mil", 1_000, Role::Scale),
    ("milhões", 1_000_000, Role::Scale),
    ("bilhões", 1_000_000_000, Role::Scale),
    ("bilhão", 1_000_000_000, Role::Scale),
    ("trilhões", 1_000_000_000_000, Role::Scale),
    ("trilhão", 1_000_000_000_000, Role::Scale),
    ("biliões", 1_000_000_000_000, Role::Scale),
    ("bilião", 1_000_000_000_000, Role::Scale),
    ("milhão", 1_000_000, Role::Scale),
];

/// Danish counts 50–90 by scores ("halvtreds" 50, "tres" 60, "halvfjerds" 70, "firs" 80,
/// "halvfems" 90) and puts the unit first, joined by "og" in one word ("femogtyve" 25,
/// "treoghalvtreds" 53). Forms from Debian's hunspell-da and glibc's da_DK.
const DA: Table = &[
    ("nul", 0, Role::Zero),
    ("en", 1, Role::Unit),
    ("et", 1, Role::Unit),
    ("to", 2, Role::Unit),
    ("tre", 3, Role::Unit),
    ("fire", 4, Role::Unit),
    ("fem", 5, Role::Unit),
    ("seks", 6, Role::Unit),
    ("syv", 7, Role::Unit),
    ("otte", 8, Role::Unit),
    ("ni", 9, Role::Unit),
    ("ti", 10, Role::Teen),
    ("elleve", 11, Role::Teen),
    ("tolv", 12, Role::Teen),
    ("tretten", 13, Role::Teen),
    ("fjorten", 14, Role::Teen),
    ("femten", 15, Role::Teen),
    ("seksten", 16, Role::Teen),
    ("sytten", 17, Role::Teen),
    ("atten", 18, Role::Teen),
    ("nitten", 19, Role::Teen),
    ("tyve", 20, Role::Tens),
    ("tredive", 30, Role::Tens),
    ("fyrre", 40, Role::Tens),
    ("halvtreds", 50, Role::Tens),
    ("tres", 60, Role::Tens),
    ("halvfjerds", 70, Role::Tens),
    ("firs", 80, Role::Tens),
    ("halvfems", 90, Role::Tens),
    ("hundrede", 100, Role::Hundred),
    ("tusinde", 1_000, Role::Scale),
    ("tusind", 1_000, Role::Scale),
    ("millioner", 1_000_000, Role::Scale),
    ("million", 1_000_000, Role::Scale),
    ("billioner", 1_000_000_000_000, Role::Scale),
    ("billion", 1_000_000_000_000, Role::Scale),
    ("milliarder", 1_000_000_000, Role::Scale),
    ("milliard", 1_000_000_000, Role::Scale),
    ("og", 0, Role::Joiner),
];

/// Norwegian Bokmål writes the tens first ("tjuefem" 25) or, in the older way shared with
/// Danish, the unit first ("femogtjue"); "sju" and "syv", "tjue" and "tyve" are both Bokmål.
/// Forms from Debian's hunspell-no and glibc's nb_NO.
const NB: Table = &[
    ("null", 0, Role::Zero),
    ("en", 1, Role::Unit),
    ("ei", 1, Role::Unit),
    ("ett", 1, Role::Unit),
    ("to", 2, Role::Unit),
    ("tre", 3, Role::Unit),
    ("fire", 4, Role::Unit),
    ("fem", 5, Role::Unit),
    ("seks", 6, Role::Unit),
    ("sju", 7, Role::Unit),
    ("syv", 7, Role::Unit),
    ("åtte", 8, Role::Unit),
    ("ni", 9, Role::Unit),
    ("ti", 10, Role::Teen),
    ("elleve", 11, Role::Teen),
    ("tolv", 12, Role::Teen),
    ("tretten", 13, Role::Teen),
    ("fjorten", 14, Role::Teen),
    ("femten", 15, Role::Teen),
    ("seksten", 16, Role::Teen),
    ("sytten", 17, Role::Teen),
    ("atten", 18, Role::Teen),
    ("nitten", 19, Role::Teen),
    ("tjue", 20, Role::Tens),
    ("tyve", 20, Role::Tens),
    ("tretti", 30, Role::Tens),
    ("tredve", 30, Role::Tens),
    ("førti", 40, Role::Tens),
    ("femti", 50, Role::Tens),
    ("seksti", 60, Role::Tens),
    ("sytti", 70, Role::Tens),
    ("åtti", 80, Role::Tens),
    ("nitti", 90, Role::Tens),
    ("hundre", 100, Role::Hundred),
    ("tusen", 1_000, Role::Scale),
    ("millioner", 1_000_000, Role::Scale),
    ("million", 1_000_000, Role::Scale),
    ("billioner", 1_000_000_000_000, Role::Scale),
    ("billion", 1_000_000_000_000, Role::Scale),
    ("milliarder", 1_000_000_000, Role::Scale),
    ("milliard", 1_000_000_000, Role::Scale),
    ("og", 0, Role::Joiner),
];

/// Everything transdiff knows about one language's number words: one row of [`LANGUAGES`]
/// is all a language needs.
struct Words {
    lang: Lang,
    numbers: Table,
    /// Words that join number words written apart and add nothing: "two hundred and
    /// fifty", "tuttugu og fimm", "treinta y dos", "vingt et un".
    and: &'static [&'static str],
    /// The forms of one that are also an article or pronoun ("one", "en", "un", "einn").
    ones: &'static [&'static str],
    /// Articles that count one before a hundred or a scale word: "a thousand", "an hundred".
    articles: &'static [&'static str],
    /// The word that links two vague quantities into one ("tens of thousands", "decine di
    /// migliaia", "dizaines de milliers", "decenas de miles"): their magnitudes add.
    of: &'static [&'static str],
    /// Vague quantities and their order of magnitude ("dozens" 1, "þúsundir" 3).
    vague: &'static [(&'static str, u8)],
    /// Words for decades counted as years ("decades", "áratugir").
    decades: &'static [&'static str],
    /// Ordinal stems, first to twelfth ("" where the word is as often something else:
    /// Swedish "andra", Icelandic "annar"), and the endings they take.
    ordinals: [&'static str; 12],
    ordinal_endings: &'static [&'static str],
    /// Further stems of an ordinal ("siebente" for "siebte", "première" for "premier").
    ordinal_variants: &'static [(&'static str, u64)],
    /// Number words that, standing alone, are as often an ordinary word and are read only
    /// inside a compound or beside another number word: Italian "sei" ("you are"; "seicento",
    /// "sei mila" are read).
    not_alone: &'static [&'static str],
    /// A number word and the word after it that together name a thing, not a count: Italian
    /// "due punti", Portuguese "dois-pontos" (a colon).
    set_phrases: &'static [(&'static str, &'static str)],
}

const LANGUAGES: &[Words] = &[
    Words {
        lang: Lang::EN,
        numbers: EN,
        and: &["and"],
        ones: &["one"],
        articles: &["a", "an"],
        of: &["of"],
        vague: &[
            ("dozens", 1),
            ("tens", 1),
            ("hundreds", 2),
            ("thousands", 3),
            ("millions", 6),
            ("billions", 9),
        ],
        decades: &["decades"],
        ordinals: [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth",
        ],
        ordinal_endings: &[""],
        ordinal_variants: &[],
        not_alone: &[],
        set_phrases: &[],
    },
    Words {
        lang: Lang::SV,
        numbers: SV,
        and: &[],
        ones: &["en", "ett"],
        articles: &[],
        of: &[],
        vague: &[
            ("dussintals", 1),
            ("tiotals", 1),
            ("hundratals", 2),
            ("tusentals", 3),
            ("tiotusentals", 4),
            ("hundratusentals", 5),
            ("miljontals", 6),
        ],
        decades: &["decennier", "decennierna", "årtionden", "årtiondena"],
        ordinals: [
            "första", "", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
            "elfte", "tolfte",
        ],
        ordinal_endings: &[""],
        ordinal_variants: &[],
        not_alone: &[],
        set_phrases: &[],
    },
    Words {
        lang: Lang::NL,
        numbers: NL,
        and: &[],
        ones: &["een", "één", "eén"],
        articles: &[],
        of: &[],
        vague: &[
            ("tientallen", 1),
            ("dozijnen", 1),
            ("honderden", 2),
            ("duizenden", 3),
            ("tienduizenden", 4),
            ("honderdduizenden", 5),
            ("miljoenen", 6),
        ],
        decades: &["decennia"],
        ordinals: [
            "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
            "tiende", "elfde", "twaalfde",
        ],
        ordinal_endings: &[""],
        ordinal_variants: &[],
        not_alone: &[],
        set_phrases: &[],
    },
    Words {
        lang: Lang::DE,
        numbers: DE,
        and: &[],
        ones: &["ein", "eine", "eins"],
        articles: &[],
        of: &[],
        vague: &[
            ("dutzende", 1),
            ("hunderte", 2),
            ("tausende", 3),
            ("zehntausende", 4),
            ("hunderttausende", 5),
            ("millionen", 6),
        ],
        decades: &["jahrzehnte", "jahrzehnten"],
        // erste, ersten, erster, erstes, erstem.
        ordinals: [
            "erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte",
            "zehnte", "elfte", "zwölfte",
        ],
        ordinal_endings: &["", "n", "r", "s", "m"],
        ordinal_variants: &[("siebente", 7)],
        not_alone: &[],
        set_phrases: &[],
    },
    Words {
        lang: Lang::FR,
        numbers: FR,
        and: &["et"],
        ones: &["un", "une"],
        articles: &[],
        of: &["de", "d"],
        vague: &[("dizaines", 1), ("douzaines", 1), ("centaines", 2), ("milliers", 3)],
        decades: &["décennies"],
        // premier, première, premiers, premières; deuxièmes.
        ordinals: [
            "premier",
            "deuxième",
            "troisième",
            "quatrième",
            "cinquième",
            "sixième",
            "septième",
            "huitième",
            "neuvième",
            "dixième",
            "onzième",
            "douzième",
        ],
        ordinal_endings: &["", "s"],
        ordinal_variants: &[("première", 1)],
        not_alone: &[],
        set_phrases: &[],
    },
    Words {
        lang: Lang::IS,
        numbers: IS,
        and: &["og"],
        ones: &["einn", "ein", "eitt", "einum", "einu", "eina", "einni", "einnar"],
        articles: &[],
        of: &[],
        vague: &[
            ("tugir", 1),
            ("tugi", 1),
            ("tugum", 1),
            ("tuga", 1),
            ("hundruð", 2),
            ("hundruðum", 2),
            ("hundruða", 2),
            ("þúsundir", 3),
            ("þúsundum", 3),
            ("þúsunda", 3),
            ("tugþúsundir", 4),
            ("tugþúsundum", 4),
            ("tugþúsunda", 4),
            ("milljónir", 6),
            ("milljónum", 6),
            ("milljóna", 6),
        ],
        decades: &["áratugir", "áratugi", "áratugum", "áratuga"],
        // fyrsti, fyrsta, fyrstu; "annar" (second) is also "other".
        ordinals: [
            "fyrst", "", "þriðj", "fjórð", "fimmt", "sjött", "sjöund", "áttund", "níund", "tíund", "elleft",
            "tólft",
        ],
        ordinal_endings: &["i", "a", "u"],
        ordinal_variants: &[],
        not_alone: &[],
        set_phrases: &[],
    },
    Words {
        lang: Lang::PL,
        numbers: PL,
        and: &[],
        ones: &["jeden", "jedna", "jedno", "jednego", "jednej", "jednemu", "jednym", "jedną"],
        articles: &[],
        of: &[],
        vague: &[("dziesiątki", 1), ("dziesiątek", 1), ("setki", 2), ("setek", 2)],
        decades: &["dekady", "dekad", "dziesięciolecia", "dziesięcioleci"],
        // pierwszy, pierwsza, pierwszego; drugi, druga, drugiego; trzeci, trzecia.
        ordinals: [
            "pierwsz",
            "drug",
            "trzec",
            "czwart",
            "piąt",
            "szóst",
            "siódm",
            "ósm",
            "dziewiąt",
            "dziesiąt",
            "jedenast",
            "dwunast",
        ],
        ordinal_endings: &[
            "y", "a", "e", "ego", "ej", "emu", "ym", "ą", "ych", "ymi", "i", "ia", "ie", "iego", "iej",
            "iemu", "im", "ią", "ich", "imi",
        ],
        ordinal_variants: &[],
        not_alone: &[],
        set_phrases: &[],
    },
    Words {
        lang: Lang::ES,
        numbers: ES,
        and: &["y"],
        ones: &["un", "una", "uno"],
        articles: &[],
        of: &["de"],
        vague: &[
            ("decenas", 1),
            ("docenas", 1),
            ("centenares", 2),
            ("cientos", 2),
            ("miles", 3),
            ("millares", 3),
            ("millones", 6),
        ],
        decades: &["décadas", "decenios"],
        // primero, primera, primer, primeros; "segundo" is also a second and "cuarto" a room or a
        // quarter: ordinal words are weak, they pair and are never reported alone.
        ordinals: [
            "primer",
            "",
            "tercer",
            "",
            "quint",
            "sext",
            "séptim",
            "octav",
            "noven",
            "décim",
            "undécim",
            "duodécim",
        ],
        ordinal_endings: &["o", "a", "os", "as", ""],
        // Not "segundos" (seconds).
        ordinal_variants: &[("septim", 7), ("segundo", 2), ("segunda", 2), ("cuarto", 4), ("cuarta", 4)],
        not_alone: &[],
        set_phrases: &[],
    },
    Words {
        lang: Lang::IT,
        numbers: IT,
        and: &["e"],
        ones: &["un", "una", "uno"],
        articles: &[],
        of: &["di"],
        vague: &[("decine", 1), ("dozzine", 1), ("centinaia", 2), ("migliaia", 3), ("milioni", 6)],
        decades: &["decenni", "decadi"],
        // primo, prima, primi, prime; terzo, terza, terzi, terze. "prima" is "before" (left out);
        // "secondo" also a second or "according to", "quarto" a quarter ("un quarto d'ora"):
        // ordinal words are weak, they pair and are never reported alone.
        ordinals: [
            "",
            "",
            "terz",
            "",
            "quint",
            "sest",
            "settim",
            "ottav",
            "",
            "decim",
            "undicesim",
            "dodicesim",
        ],
        // The bare stems ("terz", "decim") are no words; "prima" and the stem "non" (not) are.
        ordinal_endings: &["o", "a", "i", "e", ""],
        // "noni" and "none" are left out too: "none" is a value in English quoted in Italian.
        // Not "secondi" (seconds).
        ordinal_variants: &[
            ("primo", 1),
            ("primi", 1),
            ("prime", 1),
            ("secondo", 2),
            ("seconda", 2),
            ("quarto", 4),
            ("quarta", 4),
            ("nono", 9),
            ("nona", 9),
        ],
        not_alone: &["sei", "mila", "cent", "tré"],
        // "due to": English left in an Italian text is not two of anything.
        set_phrases: &[("due", "punti"), ("due", "to")],
    },
    Words {
        lang: Lang::PT,
        numbers: PT,
        and: &["e"],
        ones: &["um", "uma"],
        articles: &[],
        of: &["de"],
        vague: &[("dezenas", 1), ("dúzias", 1), ("centenas", 2), ("milhares", 3), ("milhões", 6)],
        decades: &["décadas", "decénios", "decênios"],
        // primeiro, primeira, primeiros, primeiras. "quinta", "sexta" (and "segunda", "quarta")
        // are weekdays ("na sexta", short for "sexta-feira") or "quinta" a farm: only their
        // masculine forms are read; "segundo" (also a second or "according to") and "quarto" (a
        // room) are read as ordinal words are, weak: they pair and are never reported alone.
        ordinals: [
            "primeir",
            "",
            "terceir",
            "",
            "",
            "",
            "sétim",
            "oitav",
            "",
            "décim",
            "undécim",
            "duodécim",
        ],
        // The bare stems ("terceir", "décim") are no words; "non" (Latin, French) is.
        ordinal_endings: &["o", "a", "os", "as", ""],
        ordinal_variants: &[
            ("segundo", 2),
            ("quarto", 4),
            ("quinto", 5),
            ("quintos", 5),
            ("sexto", 6),
            ("sextos", 6),
            ("nono", 9),
            ("nona", 9),
            ("nonos", 9),
            ("nonas", 9),
        ],
        not_alone: &[],
        set_phrases: &[("dois", "pontos")],
    },
    Words {
        lang: Lang::DA,
        numbers: DA,
        and: &["og"],
        ones: &["en", "et"],
        articles: &[],
        of: &[],
        vague: &[
            ("dusinvis", 1),
            ("hundredvis", 2),
            ("hundreder", 2),
            ("tusindvis", 3),
            ("tusinder", 3),
            ("titusindvis", 4),
            ("titusinder", 4),
            ("millionvis", 6),
        ],
        decades: &["årtier", "årtierne"],
        // "anden" (second) is also "other".
        ordinals: [
            "første", "", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
            "ellevte", "tolvte",
        ],
        ordinal_endings: &[""],
        ordinal_variants: &[],
        not_alone: &[],
        set_phrases: &[],
    },
    Words {
        lang: Lang::NB,
        numbers: NB,
        and: &["og"],
        ones: &["en", "ei", "ett"],
        articles: &[],
        of: &[],
        vague: &[
            ("dusinvis", 1),
            ("hundrevis", 2),
            ("tusenvis", 3),
            ("tusener", 3),
            ("titusenvis", 4),
            ("titusener", 4),
            ("millionvis", 6),
        ],
        decades: &["tiår", "tiårene"],
        // "andre" (second) is also "other".
        ordinals: [
            "første", "", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende", "niende", "tiende",
            "ellevte", "tolvte",
        ],
        ordinal_endings: &[""],
        ordinal_variants: &[("syvende", 7)],
        not_alone: &[],
        set_phrases: &[],
    },
];

fn words(lang: Lang) -> Option<&'static Words> {
    LANGUAGES.iter().find(|w| w.lang == lang)
}

fn table(lang: Lang) -> Option<Table> {
    words(lang).map(|w| w.numbers)
}

/// True when transdiff reads the number words of `lang`. For other languages, number words
/// of the other side cannot be checked and are not reported missing or added. Chinese and
/// Japanese numerals are read by the figure parser whatever the language (figures/cjk.rs).
pub fn knows(lang: Lang) -> bool {
    table(lang).is_some() || matches!(lang.code(), "zh" | "cmn" | "yue" | "wuu" | "ja")
}

/// True when `word` (lower-case) joins number words written apart in `lang` without
/// adding to them ("and" in "two hundred and fifty", "og" in "tuttugu og fimm").
pub fn is_joiner(word: &str, lang: Lang) -> bool {
    words(lang).is_some_and(|w| w.and.contains(&word))
}

/// True when number word `word` and the word after it, `next` (both lower-case), name a thing
/// rather than count one: "due punti", "dois-pontos" (a colon).
pub fn is_set_phrase(word: &str, next: &str, lang: Lang) -> bool {
    words(lang).is_some_and(|w| w.set_phrases.contains(&(word, next)))
}

/// The value of a number word or compound in `lang` ("tretusen" → 3000), if it is one.
///
/// `word` is lower-case. Several words may be given joined by single spaces
/// ("three thousand", "two hundred and fifty", "twenty-one", "tuttugu og fimm").
///
/// ```
/// use transdiff::compare::numwords::value;
/// use transdiff::lang::Lang;
/// assert_eq!(value("eenentwintig", Lang::NL), Some(21));
/// assert_eq!(value("tretusen", Lang::SV), Some(3000));
/// assert_eq!(value("entusiasm", Lang::SV), None);
/// ```
pub fn value(word: &str, lang: Lang) -> Option<u64> {
    let w = words(lang)?;
    if w.not_alone.contains(&word) {
        return None;
    }
    let mut roles = Vec::new();
    // Where a joining word stood: before the morpheme at each of these indices.
    let mut ands = Vec::new();
    // Where an article stands for one: "a thousand".
    let mut articles = Vec::new();
    for part in word.split([' ', '-']) {
        if part.is_empty() {
            continue;
        }
        if w.and.contains(&part) && !roles.is_empty() {
            ands.push(roles.len());
            continue;
        }
        if w.articles.contains(&part) {
            articles.push(roles.len());
            roles.push((1, Role::Unit));
            continue;
        }
        if !split(part, w.numbers, &mut roles, &ands) {
            return None;
        }
    }
    // An article counts only before what it counts ("a thousand"; not "thousand and a").
    let counted = |k: &usize| matches!(roles.get(k + 1), Some((_, Role::Hundred | Role::Scale)));
    if !articles.iter().all(counted) {
        return None;
    }
    evaluate(&roles, &ands)
}

/// Splits `word` into morphemes of `table`, appending them to `out`; backtracks,
/// and keeps only a split whose sequence the grammar accepts.
fn split(word: &str, table: Table, out: &mut Vec<(u64, Role)>, ands: &[usize]) -> bool {
    if word.is_empty() {
        return evaluate(out, ands).is_some() && out.last().is_some_and(|&(_, r)| r != Role::Joiner);
    }
    for &(m, v, role) in table {
        if let Some(rest) = word.strip_prefix(m) {
            out.push((v, role));
            if prefix_ok(out, ands.contains(&(out.len() - 1))) && split(rest, table, out, ands) {
                return true;
            }
            out.pop();
        }
    }
    false
}

/// Whether a partial sequence can still grow into a valid number; `joined` when a joining
/// word ("and", "og") stands between its last two morphemes.
fn prefix_ok(seq: &[(u64, Role)], joined: bool) -> bool {
    let n = seq.len();
    if n < 2 {
        return !matches!(seq.first(), Some((_, Role::Joiner | Role::Score)));
    }
    let (prev, cur) = (seq[n - 2].1, seq[n - 1].1);
    use Role::*;
    match (prev, cur) {
        (Zero, _) | (_, Zero) => false,
        // French and older Spanish count on from ten and sixty: "dix-huit", "diez y seis",
        // "soixante-dix".
        (Teen, Unit) => seq[n - 2].0 == 10 && seq[n - 1].0 >= 6,
        (Tens, Teen) => seq[n - 2].0 == 60,
        // "twenty-one", "tjugoett".
        (Tens, Unit) => seq.get(n.wrapping_sub(3)).is_none_or(|&(_, r)| r != Joiner),
        // "four and twenty", "fimm og tuttugu": the unit first, joined by a word.
        (Unit, Tens) => joined,
        // "een|en|twintig".
        (Unit, Joiner) => true,
        (Joiner, Tens) => true,
        (Joiner, _) | (_, Joiner) => false,
        (Unit | Teen | Tens, Hundred) => true,
        (Unit | Teen, Score) => true,
        (Hundred | Hundreds | Score, Unit | Teen | Tens) => true,
        (Unit | Teen | Tens | Hundred | Hundreds | Score, Scale) => true,
        (Scale, Unit | Teen | Tens | Hundred | Hundreds) => true,
        // "tusen miljoner" is not a number people write; nor "sex sex".
        _ => false,
    }
}

/// Adds up a morpheme sequence; `None` when the grammar refuses it. `ands` are the indices
/// of the morphemes a joining word stands before: after one, a scale may come again ("six
/// hundred thousand and three thousand and five hundred").
fn evaluate(seq: &[(u64, Role)], ands: &[usize]) -> Option<u64> {
    if seq.is_empty() || !(1..=seq.len()).all(|n| prefix_ok(&seq[..n], ands.contains(&(n - 1)))) {
        return None;
    }
    let (mut total, mut group, mut last_scale) = (0u64, 0u64, u64::MAX);
    let (mut group_start, mut last) = (0, 0);
    for (k, &(v, role)) in seq.iter().enumerate() {
        match role {
            Role::Hundred => group = group.max(1).checked_mul(100)?,
            // "five hundred and fourscore": the score multiplies the unit before it only.
            Role::Score => group = group - last + last * 20,
            Role::Scale => {
                let again = v == last_scale && ands.iter().any(|&a| a > group_start && a <= k);
                if v > last_scale || v == last_scale && !again {
                    return None;
                }
                total = total.checked_add(group.max(1).checked_mul(v)?)?;
                group = 0;
                group_start = k;
                last_scale = v;
            }
            _ => {
                group += v;
                last = v;
            }
        }
    }
    total.checked_add(group)
}

/// True when `word` (lower-case) is the number one, which is also an article or
/// pronoun ("one site reports", "en ledamot", "een correspondent").
pub fn is_one(word: &str, lang: Lang) -> bool {
    words(lang).is_some_and(|w| w.ones.contains(&word))
}

/// True when `word` (lower-case) is an article that counts one before a hundred or a scale
/// word in `lang` ("a thousand", "an hundred").
pub fn is_article(word: &str, lang: Lang) -> bool {
    words(lang).is_some_and(|w| w.articles.contains(&word))
}

/// A vague quantity word: its order of magnitude, and whether it wants a
/// following "of" (English "tens of", "hundreds of").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vague {
    /// Power of ten: tens = 1, thousands = 3, tens of thousands = 4.
    pub magnitude: u8,
    /// The quantity counts years ("decades", "decennier").
    pub years: bool,
}

/// The vague quantity `word` (lower-case) names in `lang`.
pub fn vague(word: &str, lang: Lang) -> Option<Vague> {
    let w = words(lang)?;
    if let Some(&(_, magnitude)) = w.vague.iter().find(|(v, _)| *v == word) {
        return Some(Vague { magnitude, years: false });
    }
    w.decades.contains(&word).then_some(Vague { magnitude: 1, years: true })
}

/// The value of a collective numeral that says "about N" after an indefinite article ("une
/// vingtaine", "una decena", "un centinaio", "ein Dutzend"): the round number it is near,
/// and for "about fifteen" (the French, Spanish, Italian and Portuguese word for a
/// fortnight) fourteen too. Plurals ("des dizaines") are [`vague`] quantities.
pub fn approximate(word: &str, lang: Lang) -> Option<&'static [f64]> {
    let table: &[(&str, &[f64])] = match lang.code() {
        "fr" => &[
            ("dizaine", &[10.0]),
            ("douzaine", &[12.0]),
            ("quinzaine", &[15.0, 14.0]),
            ("vingtaine", &[20.0]),
            ("trentaine", &[30.0]),
            ("quarantaine", &[40.0]),
            ("cinquantaine", &[50.0]),
            ("soixantaine", &[60.0]),
            ("centaine", &[100.0]),
            ("millier", &[1000.0]),
        ],
        "es" => &[
            ("decena", &[10.0]),
            ("docena", &[12.0]),
            ("quincena", &[15.0, 14.0]),
            ("veintena", &[20.0]),
            ("treintena", &[30.0]),
            ("cuarentena", &[40.0]),
            ("centenar", &[100.0]),
            ("centena", &[100.0]),
            ("millar", &[1000.0]),
        ],
        "it" => &[
            ("decina", &[10.0]),
            ("dozzina", &[12.0]),
            ("quindicina", &[15.0, 14.0]),
            ("ventina", &[20.0]),
            ("trentina", &[30.0]),
            ("quarantina", &[40.0]),
            ("cinquantina", &[50.0]),
            ("sessantina", &[60.0]),
            ("centinaio", &[100.0]),
            ("migliaio", &[1000.0]),
        ],
        "pt" => &[
            ("dezena", &[10.0]),
            ("dúzia", &[12.0]),
            ("quinzena", &[15.0, 14.0]),
            ("vintena", &[20.0]),
            ("centena", &[100.0]),
            ("milhar", &[1000.0]),
        ],
        "de" => &[("dutzend", &[12.0])],
        "nl" => &[("tiental", &[10.0]), ("twintigtal", &[20.0]), ("honderdtal", &[100.0])],
        "sv" => &[("tiotal", &[10.0]), ("tjog", &[20.0]), ("hundratal", &[100.0])],
        "da" | "nb" => &[("dusin", &[12.0]), ("snes", &[20.0])],
        _ => &[],
    };
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// True when `word` (lower-case) links two vague quantities in `lang` ("of" in "tens of
/// thousands", "di" in "decine di migliaia").
pub fn is_vague_link(word: &str, lang: Lang) -> bool {
    words(lang).is_some_and(|w| w.of.contains(&word))
}

/// Stems of the words for "too many to count", in every language the project knows.
const COUNTLESS: &[&str] = &[
    "unzählig",
    "zahllos",
    "ungezählt", // de
    "countless",
    "innumerable",
    "numberless",
    "myriad",
    "uncounted", // en
    "innombrable",
    "incalculable", // fr
    "innumerevol",
    "incalcolabil", // it
    "incontable",
    "innumerabl",
    "incontáve",
    "inúmer",
    "innumeráve", // es, pt
    "talloze",
    "ontelbare",
    "ontelbaar", // nl
    "otalig",
    "oräknelig",
    "tallös", // sv
    "utallig",
    "talløs",
    "utalt", // da, nb
    "óteljand",
    "ótalmarg", // is
];

/// Words for "wholly", in every language the project knows: what a translator may write
/// for "100%" ("Debian is 100% free" / "Debian est totalement libre").
const WHOLLY: &[&str] = &[
    "totally",
    "entirely",
    "completely",
    "fully",
    "wholly", // en
    "totalement",
    "entièrement",
    "complètement",
    "intégralement",
    "pleinement", // fr
    "vollständig",
    "völlig",
    "gänzlich",
    "komplett",
    "vollkommen", // de
    "volledig",
    "helemaal",
    "geheel",
    "totaal",
    "compleet", // nl
    "helt",
    "fullständigt",
    "fullständig",
    "fuldstændig",
    "fullstendig", // sv, da, nb
    "totalmente",
    "completamente",
    "enteramente",
    "íntegramente",
    "interamente",
    "inteiramente", // es, it, pt
    "algjörlega",
    "fullkomlega", // is
];

/// True when `word` (lower-case) says "wholly" ("totalement", "vollständig", "helt").
pub fn wholly(word: &str) -> bool {
    WHOLLY.contains(&word)
}

/// True when `word` (lower-case) says "too many to count" ("unzähligen", "countless",
/// "d' innombrables", "talloze"). A translator may render it as the round hyperbole
/// "a thousand" or "a hundred" ("mille virages", "a hundred times"), and back.
pub fn countless(word: &str) -> bool {
    COUNTLESS.iter().any(|stem| word.starts_with(stem))
}

/// Ordinal words 1–12 (`third`, `dritten`, `troisième`, `tredje`, `derde`, `þriðja`,
/// `tercera`) → their number. Words that are as often something else are left out: `second`
/// and `seconde` (a time unit), Swedish `andra` and Icelandic `annar` ("other").
pub fn ordinal(word: &str, lang: Lang) -> Option<u64> {
    let w = words(lang)?;
    let stems = w.ordinals.iter().enumerate().map(|(k, s)| (*s, k as u64 + 1));
    stems
        .chain(w.ordinal_variants.iter().copied())
        .find_map(|(stem, n)| {
            let rest = word.strip_prefix(stem).filter(|_| !stem.is_empty())?;
            w.ordinal_endings.contains(&rest).then_some(n)
        })
        .or_else(|| derived_ordinal(word, lang))
}

/// Ordinals from 13 up, made from the cardinal: English "thirteenth", "fortieth",
/// "hundredth"; German "dreizehnte", "vierzigsten", "hundertster"; French "treizième",
/// "quarantième", "centième". Below 13 the stems above decide (they leave out the words that
/// are as often something else: "second", "seconde").
fn derived_ordinal(word: &str, lang: Lang) -> Option<u64> {
    let cardinal = |stem: &str| value(stem, lang).filter(|n| *n >= 13);
    match lang.code() {
        "en" => word
            .strip_suffix("ieth")
            .and_then(|s| cardinal(&format!("{s}y")))
            .or_else(|| word.strip_suffix("th").and_then(cardinal)),
        "de" => ["sten", "ster", "stes", "stem", "ste", "ten", "ter", "tes", "tem", "te"]
            .iter()
            .find_map(|e| word.strip_suffix(e).and_then(cardinal)),
        "fr" => word.strip_suffix("ième").and_then(|s| cardinal(s).or_else(|| cardinal(&format!("{s}e")))),
        _ => None,
    }
}

/// Ages by decade told by a word: Dutch "twintiger" (someone in their twenties) → the decade's
/// first year; Icelandic "tvítugur", "undir þrítugu" (twenty years old, under thirty).
pub fn age_decade(word: &str, lang: Lang) -> Option<u64> {
    if lang == Lang::IS {
        // "tvítugur", "undir þrítugu", "fimmtugsafmæli" is not one (a compound): the stem and
        // an ending of at most three letters.
        const AGES: &[(&str, u64)] = &[
            ("tvítug", 20),
            ("þrítug", 30),
            ("fertug", 40),
            ("fimmtug", 50),
            ("sextug", 60),
            ("sjötug", 70),
            ("áttræð", 80),
            ("níræð", 90),
            ("tíræð", 100),
        ];
        return AGES.iter().find_map(|&(stem, v)| {
            let ending = word.strip_prefix(stem)?;
            (ending.chars().count() <= 3 && ending.chars().all(char::is_alphabetic)).then_some(v)
        });
    }
    if lang != Lang::NL {
        return None;
    }
    let stem = word.strip_suffix("ers").or_else(|| word.strip_suffix("er"))?;
    let v = value(stem, lang)?;
    (v >= 20 && v % 10 == 0 && v < 100).then_some(v)
}

/// Decades written as words: "nittiotalet", "negentig" (after "jaren"), "nineties".
pub fn decade_word(word: &str, lang: Lang) -> Option<u64> {
    let stem = match lang {
        l if l == Lang::SV => word.strip_suffix("talet")?,
        l if l == Lang::EN => return word.strip_suffix("ies").and_then(|s| value(&format!("{s}y"), lang)),
        // Dutch decades are the tens word after "jaren"; other languages' tens words are numbers.
        l if l == Lang::NL => word,
        _ => return None,
    };
    let v = value(stem, lang)?;
    (v >= 10 && v % 10 == 0 && v < 100).then_some(v)
}

#[cfg(test)]
mod tests {

    #[test]
    fn ordinal_words_in_their_inflections() {
        assert_eq!(ordinal("third", Lang::EN), Some(3));
        // "second" is also the unit of time; ordinal words are weak (they pair, never report).
        assert_eq!(ordinal("second", Lang::EN), Some(2));
        assert_eq!(ordinal("dritten", Lang::DE), Some(3));
        assert_eq!(ordinal("erstes", Lang::DE), Some(1));
        assert_eq!(ordinal("siebenten", Lang::DE), Some(7));
        assert_eq!(ordinal("premières", Lang::FR), Some(1));
        assert_eq!(ordinal("cinquième", Lang::FR), Some(5));
        assert_eq!(ordinal("andra", Lang::SV), None);
        assert_eq!(ordinal("tredje", Lang::SV), Some(3));
        assert_eq!(ordinal("achtste", Lang::NL), Some(8));
        assert_eq!(ordinal("erste", Lang::EN), None);
        assert_eq!(ordinal("ernste", Lang::DE), None);
    }

    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn english_words_and_compounds() {
        assert_eq!(value("three", Lang::EN), Some(3));
        assert_eq!(value("thirteen", Lang::EN), Some(13));
        assert_eq!(value("three thousand", Lang::EN), Some(3000));
        assert_eq!(value("twenty-one", Lang::EN), Some(21));
        assert_eq!(value("two hundred and fifty", Lang::EN), Some(250));
        assert_eq!(value("five million", Lang::EN), Some(5_000_000));
        assert_eq!(value("thousand", Lang::EN), Some(1000));
        assert_eq!(value("one one", Lang::EN), None);
        assert_eq!(value("tenant", Lang::EN), None);
        assert_eq!(value("thousand million", Lang::EN), None);
    }

    #[test]
    fn swedish_words_and_compounds() {
        assert_eq!(value("tretusen", Lang::SV), Some(3000));
        assert_eq!(value("tjugoett", Lang::SV), Some(21));
        assert_eq!(value("tjugoen", Lang::SV), Some(21));
        assert_eq!(value("tvåhundrafemtio", Lang::SV), Some(250));
        assert_eq!(value("tiotusen", Lang::SV), Some(10_000));
        assert_eq!(value("tretton", Lang::SV), Some(13));
        assert_eq!(value("trettio", Lang::SV), Some(30));
        assert_eq!(value("två miljoner", Lang::SV), Some(2_000_000));
        assert_eq!(value("sex", Lang::SV), Some(6));
        assert_eq!(value("entusiasm", Lang::SV), None);
        assert_eq!(value("sexsex", Lang::SV), None);
        assert_eq!(value("tretio", Lang::SV), None);
    }

    #[test]
    fn dutch_words_and_compounds() {
        assert_eq!(value("drieduizend", Lang::NL), Some(3000));
        assert_eq!(value("eenentwintig", Lang::NL), Some(21));
        assert_eq!(value("tweeëntwintig", Lang::NL), Some(22));
        assert_eq!(value("achttien", Lang::NL), Some(18));
        assert_eq!(value("honderdvijftig", Lang::NL), Some(150));
        assert_eq!(value("tweehonderdduizend", Lang::NL), Some(200_000));
        assert_eq!(value("één", Lang::NL), Some(1));
        assert_eq!(value("tienen", Lang::NL), None);
        assert_eq!(value("twintigen", Lang::NL), None);
        assert_eq!(value("en", Lang::NL), None);
    }

    #[test]
    fn german_and_french_words_and_compounds() {
        assert_eq!(value("drei", Lang::DE), Some(3));
        assert_eq!(value("einundzwanzig", Lang::DE), Some(21));
        assert_eq!(value("dreitausend", Lang::DE), Some(3000));
        assert_eq!(value("zweihundertfünfzig", Lang::DE), Some(250));
        assert_eq!(value("achtung", Lang::DE), None);
        assert_eq!(value("elfen", Lang::DE), None);
        assert_eq!(value("trois", Lang::FR), Some(3));
        assert_eq!(value("trois mille", Lang::FR), Some(3000));
        assert_eq!(value("vingt-deux", Lang::FR), Some(22));
        assert_eq!(value("deux cents", Lang::FR), Some(200));
        assert_eq!(value("dix-huit", Lang::FR), Some(18));
        assert_eq!(value("soixante-quinze", Lang::FR), Some(75));
        assert_eq!(value("dixième", Lang::FR), None);
        assert!(knows(Lang::DE) && knows(Lang::FR) && !knows(Lang::UND));
    }

    #[test]
    fn vague_quantities_are_magnitudes() {
        let mag = |w, l| vague(w, l).map(|v| v.magnitude);
        assert_eq!(mag("dozens", Lang::EN), Some(1));
        assert_eq!(mag("thousands", Lang::EN), Some(3));
        assert_eq!(mag("tiotals", Lang::SV), Some(1));
        assert_eq!(mag("dussintals", Lang::SV), Some(1));
        assert_eq!(mag("tusentals", Lang::SV), Some(3));
        assert_eq!(mag("tiotusentals", Lang::SV), Some(4));
        assert_eq!(mag("tientallen", Lang::NL), Some(1));
        assert_eq!(mag("duizenden", Lang::NL), Some(3));
        assert_eq!(mag("tienduizenden", Lang::NL), Some(4));
        assert_eq!(vague("decennia", Lang::NL), Some(Vague { magnitude: 1, years: true }));
        assert_eq!(mag("dozen", Lang::EN), None);
    }

    #[test]
    fn decades_and_ages_in_words() {
        assert_eq!(age_decade("twintiger", Lang::NL), Some(20));
        assert_eq!(age_decade("dertigers", Lang::NL), Some(30));
        assert_eq!(age_decade("tijger", Lang::NL), None);
        assert_eq!(decade_word("nittiotalet", Lang::SV), Some(90));
        assert_eq!(decade_word("negentig", Lang::NL), Some(90));
        assert_eq!(decade_word("nineties", Lang::EN), Some(90));
        assert_eq!(decade_word("ties", Lang::EN), None);
        assert_eq!(decade_word("vierzig", Lang::DE), None);
        assert_eq!(decade_word("quarante", Lang::FR), None);
    }

    #[test]
    fn icelandic_words_in_their_inflections() {
        let v = |w| value(w, Lang::IS);
        assert_eq!([v("einn"), v("eitt"), v("einni"), v("einnar")], [Some(1); 4]);
        assert_eq!([v("tveir"), v("tvær"), v("tvö"), v("tvo"), v("tveimur"), v("tveggja")], [Some(2); 6]);
        assert_eq!([v("þrír"), v("þrjár"), v("þrjú"), v("þrjá"), v("þremur"), v("þriggja")], [Some(3); 6]);
        assert_eq!(
            [v("fjórir"), v("fjórar"), v("fjögur"), v("fjóra"), v("fjórum"), v("fjögurra")],
            [Some(4); 6]
        );
        assert_eq!(
            [v("sautján"), v("nítján"), v("fjörutíu"), v("níutíu")],
            [Some(17), Some(19), Some(40), Some(90)]
        );
        assert_eq!(v("tuttugu og fimm"), Some(25));
        assert_eq!(v("tvö hundruð og fimmtíu"), Some(250));
        assert_eq!(v("hundrað tuttugu og þrír"), Some(123));
        assert_eq!(v("fimmtánhundruð"), Some(1500));
        assert_eq!(v("þrjú þúsund"), Some(3000));
        assert_eq!(v("tvær milljónir"), Some(2_000_000));
        assert_eq!(v("fimm milljarðar"), Some(5_000_000_000));
        // "eins og" is "like"; "einnig" is "also"; "fimmtudagur" is Thursday.
        assert_eq!([v("eins"), v("einnig"), v("fimmtudagur"), v("sexa")], [None; 4]);
        assert!(is_one("eitt", Lang::IS) && is_one("einum", Lang::IS) && !is_one("tvö", Lang::IS));
        assert_eq!(vague("þúsundir", Lang::IS).map(|v| v.magnitude), Some(3));
        assert_eq!(vague("tugir", Lang::IS).map(|v| v.magnitude), Some(1));
        assert_eq!(vague("áratugum", Lang::IS), Some(Vague { magnitude: 1, years: true }));
        let o = |w| ordinal(w, Lang::IS);
        assert_eq!(
            [o("fyrsti"), o("fyrsta"), o("þriðju"), o("tólfta"), o("annar"), o("fyrst")],
            [Some(1), Some(1), Some(3), Some(12), None, None]
        );
    }

    #[test]
    fn spanish_words_and_compounds() {
        let v = |w| value(w, Lang::ES);
        assert_eq!(v("setenta y dos mil"), Some(72_000));
        assert_eq!(v("veintidós"), Some(22));
        assert_eq!(v("dieciséis"), Some(16));
        assert_eq!(v("diez y seis mil"), Some(16_000));
        assert_eq!(v("doscientos setenta y tres"), Some(273));
        assert_eq!(v("ciento ocho mil y ciento"), Some(108_100));
        assert_eq!(v("seiscientos y un mil setecientos y treinta"), Some(601_730));
        assert_eq!(v("cien mil"), Some(100_000));
        assert_eq!(v("dos millones"), Some(2_000_000));
        assert_eq!([v("dosis"), v("unos"), v("once"), v("cientos")], [None, None, Some(11), None]);
        assert_eq!(vague("millares", Lang::ES).map(|v| v.magnitude), Some(3));
        let o = |w| ordinal(w, Lang::ES);
        assert_eq!(
            [o("primer"), o("primera"), o("tercero"), o("séptimo"), o("segundo"), o("cuarta")],
            [Some(1), Some(1), Some(3), Some(7), Some(2), Some(4)]
        );
        // "segundos" are seconds, never "the second ones".
        assert_eq!(o("segundos"), None);
    }

    #[test]
    fn italian_words_and_compounds() {
        let v = |w| value(w, Lang::IT);
        assert_eq!(
            [v("tre"), v("ventitré"), v("ventitre"), v("ventuno"), v("trentotto")],
            [Some(3), Some(23), Some(23), Some(21), Some(38)]
        );
        assert_eq!(
            [v("duecento"), v("centottanta"), v("centotré"), v("duecentocinquanta")],
            [Some(200), Some(180), Some(103), Some(250)]
        );
        assert_eq!(
            [v("mille"), v("tremila"), v("ventitremila"), v("milleduecento")],
            [Some(1000), Some(3000), Some(23_000), Some(1200)]
        );
        assert_eq!(v("mille e cinquecento"), Some(1500));
        assert_eq!(
            [v("un milione"), v("due milioni"), v("tre miliardi")],
            [Some(1_000_000), Some(2_000_000), Some(3_000_000_000)]
        );
        assert_eq!([v("seicento"), v("sei mila"), v("ventisei")], [Some(600), Some(6000), Some(26)]);
        // "sei" alone is "you are"; "mila", "cent" and "tré" are no words alone; "centrale",
        // "treno", "ottobre", "nove" in "novembre" are no numbers.
        assert_eq!([v("sei"), v("mila"), v("cent"), v("tré")], [None; 4]);
        assert_eq!([v("centrale"), v("treno"), v("ottobre"), v("novembre"), v("venticello")], [None; 5]);
        assert!(is_one("una", Lang::IT) && !is_one("due", Lang::IT));
        assert_eq!(vague("migliaia", Lang::IT).map(|v| v.magnitude), Some(3));
        assert_eq!(vague("centinaia", Lang::IT).map(|v| v.magnitude), Some(2));
        assert_eq!(vague("decine", Lang::IT).map(|v| v.magnitude), Some(1));
        assert_eq!(vague("decenni", Lang::IT), Some(Vague { magnitude: 1, years: true }));
        let o = |w| ordinal(w, Lang::IT);
        assert_eq!(
            [o("primo"), o("prime"), o("terza"), o("settimi"), o("nono"), o("dodicesima")],
            [Some(1), Some(1), Some(3), Some(7), Some(9), Some(12)]
        );
        // "prima" (before), "secondi" (seconds), "non" (not), "none"; "secondo" and "quarto" are
        // read, weak as every ordinal word is.
        assert_eq!([o("prima"), o("secondi"), o("non"), o("none")], [None; 4]);
        assert_eq!([o("secondo"), o("quarta")], [Some(2), Some(4)]);
    }

    #[test]
    fn portuguese_words_and_compounds() {
        let v = |w| value(w, Lang::PT);
        assert_eq!(
            [v("um"), v("uma"), v("dois"), v("duas"), v("três")],
            [Some(1), Some(1), Some(2), Some(2), Some(3)]
        );
        assert_eq!(
            [v("vinte e cinco"), v("dezasseis"), v("dezesseis"), v("dezanove")],
            [Some(25), Some(16), Some(16), Some(19)]
        );
        assert_eq!(
            [v("duzentos"), v("duzentas"), v("cem"), v("cento e vinte e três")],
            [Some(200), Some(200), Some(100), Some(123)]
        );
        assert_eq!(
            [v("mil"), v("três mil"), v("mil e quinhentos"), v("duzentos e cinquenta mil")],
            [Some(1000), Some(3000), Some(1500), Some(250_000)]
        );
        assert_eq!(
            [v("um milhão"), v("dois milhões"), v("mil milhões")],
            [Some(1_000_000), Some(2_000_000), None]
        );
        assert_eq!([v("dezena"), v("setembro"), v("novela"), v("centro"), v("e")], [None; 5]);
        assert!(is_one("uma", Lang::PT) && !is_one("duas", Lang::PT));
        assert!(is_set_phrase("dois", "pontos", Lang::PT) && !is_set_phrase("dois", "anos", Lang::PT));
        assert_eq!(vague("milhares", Lang::PT).map(|v| v.magnitude), Some(3));
        assert_eq!(vague("dezenas", Lang::PT).map(|v| v.magnitude), Some(1));
        assert_eq!(vague("centenas", Lang::PT).map(|v| v.magnitude), Some(2));
        assert_eq!(vague("décadas", Lang::PT), Some(Vague { magnitude: 1, years: true }));
        let o = |w| ordinal(w, Lang::PT);
        assert_eq!(
            [o("primeiro"), o("primeiras"), o("terceira"), o("sexto"), o("nona"), o("décimo")],
            [Some(1), Some(1), Some(3), Some(6), Some(9), Some(10)]
        );
        // Weekdays ("sexta", "quinta", "segunda"), "non"; "segundo" and "quarto" (also a second
        // and a room) are read, weak as every ordinal word is.
        assert_eq!([o("sexta"), o("quinta"), o("segunda"), o("non")], [None; 4]);
        assert_eq!([o("segundo"), o("quarto")], [Some(2), Some(4)]);
    }

    #[test]
    fn danish_and_norwegian_words_and_compounds() {
        let da = |w| value(w, Lang::DA);
        assert_eq!(
            [da("femogtyve"), da("treoghalvtreds"), da("tres"), da("halvfjerds"), da("firs")],
            [Some(25), Some(53), Some(60), Some(70), Some(80)]
        );
        assert_eq!(
            [da("enoghalvfems"), da("tohundrede"), da("to hundrede og halvtreds"), da("tretusind")],
            [Some(91), Some(200), Some(250), Some(3000)]
        );
        assert_eq!(
            [da("fem millioner"), da("et hundrede"), da("tusinde")],
            [Some(5_000_000), Some(100), Some(1000)]
        );
        // "og" alone, the ordinal "femte" and "firser" (someone in their eighties) are no numbers.
        assert_eq!([da("og"), da("femte"), da("firser"), da("treogtres")], [None, None, None, Some(63)]);
        let nb = |w| value(w, Lang::NB);
        assert_eq!(
            [nb("tjuefem"), nb("femogtjue"), nb("sju"), nb("syv"), nb("førtito")],
            [Some(25), Some(25), Some(7), Some(7), Some(42)]
        );
        assert_eq!(
            [nb("hundre"), nb("tohundre"), nb("tre tusen"), nb("to millioner")],
            [Some(100), Some(200), Some(3000), Some(2_000_000)]
        );
        assert_eq!([nb("tusenvis"), nb("sjuende"), nb("andre")], [None, None, None]);
        assert_eq!(vague("tusenvis", Lang::NB).map(|v| v.magnitude), Some(3));
        assert_eq!(vague("tusindvis", Lang::DA).map(|v| v.magnitude), Some(3));
        assert_eq!(vague("årtier", Lang::DA), Some(Vague { magnitude: 1, years: true }));
        assert_eq!(
            [ordinal("syvende", Lang::DA), ordinal("sjuende", Lang::NB), ordinal("andre", Lang::NB)],
            [Some(7), Some(7), None]
        );
        assert!(is_one("et", Lang::DA) && is_one("ei", Lang::NB));
    }

    #[test]
    fn english_scores_articles_and_joined_groups() {
        let v = |w| value(w, Lang::EN);
        assert_eq!(v("threescore and twelve thousand"), Some(72_000));
        assert_eq!(v("eight thousand and five hundred and fourscore"), Some(8580));
        assert_eq!(v("six hundred thousand and three thousand and five hundred and fifty"), Some(603_550));
        assert_eq!(v("an hundred thousand and eight thousand and an hundred"), Some(108_100));
        assert_eq!(v("two and twenty thousand"), Some(22_000));
        assert_eq!(v("a thousand"), Some(1000));
        // Alone, "score" is a result and "a" an article; no scale twice without "and".
        assert_eq!([v("score"), v("a"), v("thousand and a"), v("three thousand five thousand")], [None; 4]);
    }

    #[test]
    fn one_is_also_an_article() {
        assert!(is_one("one", Lang::EN));
        assert!(is_one("ett", Lang::SV));
        assert!(is_one("één", Lang::NL));
        assert!(!is_one("twee", Lang::NL));
    }
}
