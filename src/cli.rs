//! The command line, kept close to what the user types: every command's arguments, their
//! help, and which parser in [`crate::options`] turns each value into its type. Nothing here
//! runs a command; `main` dispatches, and `cmd` reads these structs.

use crate::options::{
    LexiconSpec, TextOptions, parse_lang, parse_layout, parse_lexicon, parse_screen, parse_setting,
};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use transdiff::compare::Grade;
use transdiff::export::Format;
use transdiff::lang::Lang;
use transdiff::segment::LayoutChoice;
use transdiff::text::Level;

/// Line up an original text with its translations and show what each rendering
/// left out, added, moved or changed, down to the numbers.
#[derive(Debug, Parser)]
#[command(name = "transdiff", version, propagate_version = true)]
#[command(
    after_help = "Exit codes: 0 success; 1 a finding you asked to fail on (figures --check); 2 bad usage or unreadable input."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Align an original with one or more renderings and write alignment files.
    Align(AlignArgs),
    /// Print the paragraphs and sentences found in a file, with line numbers.
    Split(SplitArgs),
    /// Compare the figures (numbers, dates, ranges) of an original and its renderings.
    Figures(FiguresArgs),
    /// Review an original and its renderings side by side in the terminal.
    Review(ReviewArgs),
    /// Measure accuracy and speed (benchmark scores, timings, memory).
    #[cfg(feature = "bench")]
    Bench(crate::cmd::bench::BenchArgs),
    /// Align many document pairs from a manifest, one JSON line out per pair.
    Batch(BatchArgs),
    /// The original changed: carry each rendering's alignment to the new version, report what
    /// went stale, and write what the translator needs.
    Update(UpdateArgs),
}

/// Help text for `--lexicon`, shared by the commands that take it.
pub const LEXICON_HELP: &str = "Bilingual dictionary for the aligner: `auto` (FreeDict from the dictd folder, by the two languages' ISO 639-3 codes), `none`, or a PATH to a dictd .index/.dict.dz or a hunalign .dic (`target @ source` lines); several separated by commas. Install FreeDict dictionaries with e.g. `apt-get install dict-freedict-eng-swe` (Debian/Ubuntu).";

// ---- `transdiff align`

const ALIGN_HELP: &str = "\
Output:
  With one rendering and no --out, the alignment goes to standard output (one --format).
  With --out DIR, each rendering gets DIR/<original-stem>.<rendering-stem>.<ext> per format,
  e.g. en.original.sv.rendering.json; DIR is created if needed and files are written atomically.
  Several renderings need --out. With --from, the files are DIR/<json-stem>.<ext>.

Formats:
  json   lossless, reloadable; holds both levels (--level does not apply)
  tsv    one bead per row: source, target, kind, score, status, line ranges
  tmx    TMX 1.4 translation memory, matched and moved beads only
  beads  one sentence bead per line, [0]:[0, 1], as ../shared/bench/score.py reads
         (always sentence level)
  The schema and examples are in docs/formats.md.

When the texts do not look like an original and its translation, a warning with their
similarity goes to standard error; the files are still written (they record the verdict).

Examples:
  transdiff align texts/en.original.txt texts/nl.rendering.txt
  transdiff align texts/en.original.txt texts/sv.rendering.txt --format tsv --level sentence
  transdiff align texts/en.original.txt texts/sv.rendering.txt texts/nl.rendering.txt \\
      --out alignments --format json,tsv,tmx
  transdiff align dev.de dev.fr --presplit --lang de --lang fr --format beads
  transdiff align --from reviewed.json --format tmx --level sentence --out tm
  transdiff align texts/en.original.txt texts/nl.rendering.txt --explain

--explain prints, instead of the alignment, why each bead was paired, to standard output:
where the learned pairs come from, then one block per paragraph bead; with --level sentence,
its sentence beads indented under it:
  learned pairs: 12, from the aligner's first pass
  bead 3: match, source lines 3-3, target lines 4-4, confidence 0.93, length ratio 1.10 (texts 1.05)
    anchors: numbers 3500=3,500; words everest; cognates tokayev~tokajev (0.86); marks ?
    sentence 3.1: match, source lines 3-3, target lines 4-4, confidence 0.90, length ratio 1.08 (texts 1.05)
      anchors: numbers 3500=3,500; learned rained=regnade (0.50)
  Anchor groups: numbers, words (same word or name), cognates (similarity), dictionary
  (--lexicon pairs), learned (pairs the aligner learned from its first pass, with their
  strength), marks.

Exit codes: 0 success (also for a \"not a translation\" warning); 2 bad usage or unreadable input.";

/// Arguments of `transdiff align`.
#[derive(Debug, Args)]
#[command(after_help = ALIGN_HELP)]
pub struct AlignArgs {
    /// The original text.
    #[arg(required_unless_present = "from")]
    pub original: Option<PathBuf>,
    /// One or more renderings (translations) of it.
    #[arg(required_unless_present = "from")]
    pub renderings: Vec<PathBuf>,
    /// Instead of aligning texts, write a saved JSON alignment (e.g. a review) in --format;
    /// refused when its texts have changed since.
    #[arg(long, value_name = "ALIGNMENT.json", conflicts_with_all = ["original", "renderings", "presplit", "lang"])]
    pub from: Option<PathBuf>,
    /// Write the files into DIR (created if needed) instead of standard output.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Output format; several, comma-separated or repeated, with --out.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "json")]
    pub format: Vec<Format>,
    /// Beads of which level TSV and TMX list [default: paragraph; sentence for beads];
    /// with --explain, sentence also explains the sentence beads.
    #[arg(long, value_enum)]
    pub level: Option<LevelArg>,
    /// Treat every line as one sentence, without re-splitting (pre-split benchmark input).
    #[arg(long)]
    pub presplit: bool,
    /// How lines make paragraphs: auto (found region by region), lines (a line a
    /// paragraph), wrapped (lines between blank lines re-flowed), presplit; once for
    /// all files or once per file in order (`--layout lines,wrapped`).
    #[arg(long, value_name = "auto|lines|wrapped|presplit", value_delimiter = ',', value_parser = parse_layout)]
    pub layout: Vec<LayoutChoice>,
    /// Language code (any ISO 639-1 or 639-3 code: en, sv, el, ru, zh, ... or `und`): once for all files, or once per file in order,
    /// repeated or comma-separated (`--lang en,sv`); detected from the text when not given.
    #[arg(long = "lang", value_name = "CODE", value_delimiter = ',', value_parser = parse_lang)]
    pub lang: Vec<Lang>,
    /// Dictionaries for the aligner: auto (find installed ones), none, or a file.
    #[arg(long, value_name = "auto|none|PATH", default_value = "auto", value_parser = parse_lexicon, long_help = LEXICON_HELP)]
    pub lexicon: LexiconSpec,
    /// Instead of the alignment, print to standard output why each paragraph bead was
    /// paired: its kind, lines, confidence, length ratio and the anchors its sides share
    /// (numbers, words, cognates, dictionary pairs, learned pairs, marks); with
    /// --level sentence, each sentence bead too. One rendering only.
    #[arg(long, conflicts_with_all = ["from", "out"])]
    pub explain: bool,
    /// At most N threads (default: one per core); the output is the same whatever N.
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Overrides a sentence cost weight, e.g. `--set indel=3.5` (for tuning on dev data).
    #[arg(long, value_name = "NAME=VALUE", hide = true, value_parser = parse_setting)]
    pub set: Vec<(String, f64)>,
}

/// `--level`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    /// Paragraph beads (headings, captions and bullets are paragraphs).
    Paragraph,
    /// Sentence beads.
    Sentence,
}

impl From<LevelArg> for Level {
    fn from(level: LevelArg) -> Level {
        match level {
            LevelArg::Paragraph => Level::Paragraph,
            LevelArg::Sentence => Level::Sentence,
        }
    }
}

// ---- `transdiff figures`

/// Arguments of `transdiff figures`.
#[derive(Debug, Args)]
#[command(after_help = FIGURES_HELP)]
pub struct FiguresArgs {
    /// The original text.
    pub original: PathBuf,
    /// One or more renderings of it (none when the file is a bilingual XLIFF, TMX, PO or TSV file).
    pub renderings: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FiguresFormat::Text)]
    pub format: FiguresFormat,
    /// Exit with code 1 on findings of this severity or worse (for publishing pipelines):
    /// `--check` fails on errors (changed figures), `--check=warning` also on figures
    /// without counterpart, `--check=note` on any finding.
    #[arg(long, value_enum, num_args = 0..=1, require_equals = true, default_missing_value = "error", value_name = "LEVEL")]
    pub check: Option<CheckLevel>,
    /// Language of each file (any ISO 639-1 or 639-3 code, or `und`): once for all files, or
    /// once per file in order, original first, repeated or comma-separated (`--lang en,ru`);
    /// detected when left out.
    #[arg(long = "lang", value_name = "CODE", value_delimiter = ',', value_parser = parse_lang)]
    pub lang: Vec<Lang>,
    /// How lines make paragraphs (auto, lines, wrapped, presplit), once or once per file,
    /// as for `transdiff align`.
    #[arg(long, value_name = "auto|lines|wrapped|presplit", value_delimiter = ',', value_parser = parse_layout)]
    pub layout: Vec<LayoutChoice>,
    /// Leave out name findings (names spelled differently).
    #[arg(long)]
    pub no_names: bool,
    /// Show (and `--check`) only findings of at least this confidence (0 to 1; default 0,
    /// every finding): `--min-confidence 0.1` hides lone twos in words, ordinals and vague
    /// quantities, `0.2` every lone number word, which on real translations are mostly
    /// rephrasings (and sometimes a real omission).
    #[arg(long, value_name = "P", default_value_t = 0.0)]
    pub min_confidence: f64,
    /// Bilingual dictionaries for the aligner, as for `transdiff align`.
    #[arg(long, value_name = "auto|none|PATH", default_value = "auto", value_parser = parse_lexicon, long_help = LEXICON_HELP)]
    pub lexicon: LexiconSpec,
}

const FIGURES_HELP: &str = "\
Findings: mismatch (a counterpart with another value), missing (in the original only), added
(in the rendering only), figures inside wholly omitted or added passages (reported apart), and
names spelled differently between or within versions (low severity; --no-names leaves them out).

Examples:
  transdiff figures texts/en.original.txt texts/sv.rendering.txt texts/nl.rendering.txt
  transdiff figures texts/en.original.txt texts/nl.rendering.txt --format json
  transdiff figures original.txt translation.txt --check --lang en --lang sv   # in a pipeline
  transdiff figures original.txt translation.txt --check=warning               # strict
  transdiff figures project.xlf --check        # a bilingual XLIFF, TMX, PO or two-column TSV file

Severity: error (a figure changed value), warning (a figure without counterpart, a conversion
that does not agree), note (a counterpart in the neighbouring passage, figures of wholly omitted
or added passages, names); each finding also has a confidence in [0, 1]. See docs/figures.md.

Exit codes: 0 done (no finding at the --check severity); 1 --check found one (--check: errors;
--check=warning: warnings too; --check=note: any); 2 bad usage or unreadable input.";

/// The severity `--check` fails on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckLevel {
    /// Changed figures only (the default of a bare `--check`).
    Error,
    /// Also figures without counterpart and conversions that do not agree.
    Warning,
    /// Any finding.
    Note,
}

impl CheckLevel {
    pub fn grade(self) -> Grade {
        match self {
            CheckLevel::Error => Grade::Error,
            CheckLevel::Warning => Grade::Warning,
            CheckLevel::Note => Grade::Note,
        }
    }
}

/// How `transdiff figures` prints its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FiguresFormat {
    /// A table for people.
    Text,
    /// One JSON document.
    Json,
}

// ---- `transdiff review`

const REVIEW_HELP: &str = "\
In the view, ? lists the keys: n/N next/previous divergence, f figures panel, y why a bead was
paired (its anchors), s sentence level,
c/x confirm/reject a bead, m/S/>/< merge, split, shift, u undo, w save, e export, q quit.

Saving: into the alignment files given, or, for texts, alignments/<original-stem>.<rendering-stem>.json
under the current directory (--save DIR to choose); reopening the same texts restores that review.

Examples:
  transdiff review
  transdiff review texts/en.original.txt texts/sv.rendering.txt texts/nl.rendering.txt
  transdiff review alignments/en.original.sv.rendering.json alignments/en.original.nl.rendering.json

Exit codes: 0 success; 2 bad usage or unreadable input (reported before the terminal is touched).";

/// Arguments of `transdiff review`.
#[derive(Debug, Args)]
#[command(after_help = REVIEW_HELP)]
pub struct ReviewArgs {
    /// An original and its renderings, or saved alignment files (.json) of one
    /// original; none for the bundled texts.
    pub files: Vec<PathBuf>,
    /// Directory for the alignment files of a review opened from texts [default: alignments].
    /// Alignment files (.json) are saved in place, so --save is refused with them.
    #[arg(long, value_name = "DIR")]
    pub save: Option<PathBuf>,
    /// Language of the texts (ISO 639 code): once for all, or once per text, repeated or
    /// comma-separated (`--lang en,sv,nl`).
    #[arg(long, value_name = "CODE", value_delimiter = ',', value_parser = parse_lang)]
    pub lang: Vec<Lang>,
    /// How lines make paragraphs, as for `align`: auto (found region by region), lines (a
    /// line a paragraph), wrapped (lines between blank lines re-flowed), presplit; once for
    /// all texts or once per text in order (`--layout lines,wrapped`). Texts only: an
    /// alignment file keeps the paragraphs it was made with.
    #[arg(long, value_name = "auto|lines|wrapped|presplit", value_delimiter = ',', value_parser = parse_layout)]
    pub layout: Vec<LayoutChoice>,
    /// Dictionaries for the aligner, as for `align` (so a review pairs texts as `align` does):
    /// auto (find installed ones), none, or a file.
    #[arg(long, value_name = "auto|none|PATH", default_value = "auto", value_parser = parse_lexicon, long_help = LEXICON_HELP)]
    pub lexicon: LexiconSpec,
    /// Print one frame of the view, WIDTHxHEIGHT cells, as text instead of opening the terminal
    /// (for documentation, bug reports and scripts; nothing is saved).
    #[arg(long, value_name = "WxH", value_parser = parse_screen)]
    pub screen: Option<(u16, u16)>,
    /// With --screen: keys to press before the frame is printed, vim-style
    /// (`nn`, `f`, `<Esc>`, `<CR>`, `<Tab>`, `<C-d>`, `<Down>`).
    #[arg(long, value_name = "KEYS", requires = "screen")]
    pub keys: Option<String>,
}

// ---- `transdiff batch`

const BATCH_HELP: &str = "\
Manifest (JSON Lines, one pair per line; blank lines and lines starting with # are skipped):
  {\"id\": \"doc1\", \"original\": \"de/doc1.txt\", \"renderings\": [\"fr/doc1.txt\"],
   \"languages\": [\"de\", \"fr\"], \"presplit\": false, \"output\": \"doc1\"}
  Only original and renderings (or a single \"rendering\") are required. id defaults to the
  line number; languages (or \"lang\") is one code for all files or one per file, as --lang;
  presplit and languages default to the command line's --presplit and --lang; output is the
  file stem under --out (default: <original-stem>.<rendering-stem>).
Manifest (TSV, with --tsv or a .tsv file): id TAB original TAB rendering [TAB rendering ...].

Output: one JSON line per manifest line, in order, on standard output:
  {\"id\": \"doc1\", \"status\": \"ok\", \"original\": ..., \"alignments\": [{\"rendering\": ...,
   \"languages\": [\"de\", \"fr\"], \"verdict\": \"translation\", \"similarity\": 0.83,
   \"paragraph_beads\": 12, \"sentence_beads\": 40, \"kinds\": {\"match\": 38, ...},
   \"beads\": [\"[0]:[0]\", \"[1, 2]:[1]\", ...]}]}
  beads are the sentence beads as --format beads writes them. With --out DIR the files are
  written there (--format, default json) and \"files\" lists them instead of beads.
  A pair that cannot be aligned: {\"id\": ..., \"status\": \"failed\", \"problem\": \"...\"}.
A progress bar goes to standard error when it is a terminal.

Examples:
  transdiff batch pairs.jsonl > aligned.jsonl
  transdiff batch --tsv --presplit --lang de,fr < pairs.tsv
  transdiff batch pairs.jsonl --out aligned --format json,tmx --jobs 4

Exit codes: 0 every pair aligned; 1 some pair failed (see its record); 2 bad usage or an
unreadable manifest.";

/// Arguments of `transdiff batch`.
#[derive(Debug, Args)]
#[command(after_help = BATCH_HELP)]
pub struct BatchArgs {
    /// The manifest (JSON Lines, or TSV); standard input when absent or `-`.
    pub manifest: Option<PathBuf>,
    /// Read the manifest as TSV (id, original, renderings...), not JSON Lines.
    #[arg(long)]
    pub tsv: bool,
    /// Write each pair's files into DIR instead of putting beads in the records.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Formats written with --out (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "json", requires = "out")]
    pub format: Vec<Format>,
    /// Default for pairs that do not say: every line is one sentence.
    #[arg(long)]
    pub presplit: bool,
    /// Default for pairs that do not say: language codes, one for all files or one per file.
    #[arg(long = "lang", value_name = "CODE", value_delimiter = ',', value_parser = parse_lang)]
    pub lang: Vec<Lang>,
    /// Dictionaries for the aligner: auto (find installed ones), none, or a file.
    #[arg(long, value_name = "auto|none|PATH", default_value = "auto", value_parser = parse_lexicon, long_help = LEXICON_HELP)]
    pub lexicon: LexiconSpec,
    /// At most N threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
}

// ---- `transdiff update`

const UPDATE_HELP: &str = "\
Each ALIGNMENT is a JSON file of `transdiff align` (or a saved review) pairing the previous
version of the original with one rendering; all must align the same original, which must not
have changed since (the same check as `review`). NEW_ORIGINAL is the original's new version.

Passages: stale (the source changed: look at the rendering), orphaned (the source was deleted:
delete the rendering passage), new (translate it), up-to-date (only figures changed, and the
rendering already has the new ones), moved (unchanged, elsewhere), unchanged, not-rendered
(the rendering left it out before), added (the rendering's own).

With --out DIR, per rendering: <new-stem>.<rendering-stem>.json (the alignment of the new
original with the rendering: every still-valid decision kept, changed beads marked), .xlf
(XLIFF 1.2: what needs work, the old translation as <alt-trans>) and .tmx (the old pairs of
the stale passages). Fields and formats: docs/update.md.

Examples:
  transdiff update alignments/en.original.sv.rendering.json --to texts/versions/en.original.v2-edits.txt
  transdiff update alignments/en.original.*.json --to new.txt --out updated --format json

Exit codes: 0 success; 2 bad usage, unreadable or stale input, or a NEW_ORIGINAL that is not a
version of the original.";

/// Arguments of `transdiff update`.
#[derive(Debug, Args)]
#[command(after_help = UPDATE_HELP)]
pub struct UpdateArgs {
    /// Alignment files (.json) of the previous original with its renderings.
    #[arg(required = true, value_name = "ALIGNMENT.json")]
    pub alignments: Vec<PathBuf>,
    /// The new version of the original.
    #[arg(long, value_name = "NEW_ORIGINAL")]
    pub to: PathBuf,
    /// Write the updated alignments, the XLIFF and the TMX for the translator into DIR.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// The report on standard output: for people, or for tools.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
}

/// How the report is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Counts and passages, for people.
    Text,
    /// The same as one JSON object, for tools.
    Json,
}

// ---- `transdiff split`

/// Arguments of `transdiff split`.
#[derive(Debug, Args)]
#[command(after_help = "Output (text): a header (file, layout, language, counts), then each paragraph as
`¶N kind, line(s)` (0-based paragraph number; kind is heading, body, caption, bullet or chrome),
followed by its sentences as `ID LINE: text` (0-based sentence number in the file, the
1-based line the sentence starts on).

Examples:
  transdiff split texts/en.original.txt
  transdiff split texts/sv.magazine-unrelated.txt --lang sv
  transdiff split texts/nl.rendering.txt --format json | jq '.paragraphs[0]'

Exit codes: 0 success; 2 bad usage or unreadable input (missing, empty, binary or not UTF-8).")]
pub struct SplitArgs {
    /// The text file to split.
    pub file: PathBuf,
    /// The file's language (ISO 639-1 or 639-3 code); detected from the text when not given.
    #[arg(long, value_name = "CODE", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Treat every non-empty line as one sentence (and one paragraph), without re-splitting.
    #[arg(long)]
    pub presplit: bool,
    /// How lines make paragraphs: auto (found region by region), lines (a line a
    /// paragraph), wrapped (lines between blank lines re-flowed), presplit (a line a sentence).
    #[arg(long, value_name = "auto|lines|wrapped|presplit", default_value = "auto", value_parser = parse_layout)]
    pub layout: LayoutChoice,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SplitFormat::Text)]
    pub format: SplitFormat,
}

/// How `split` prints what it found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SplitFormat {
    /// For people: a header, then each paragraph with its sentences and line numbers.
    Text,
    /// For programs: one JSON object with paragraphs, sentences, lines and byte ranges.
    Json,
}

// ---- From the command line to the typed options (ripgrep's LowArgs → HiArgs)

impl AlignArgs {
    /// How the texts are read and aligned.
    pub fn text_options(&self) -> TextOptions {
        TextOptions {
            langs: self.lang.clone(),
            layouts: self.layout.clone(),
            presplit: self.presplit,
            lexicon: self.lexicon.clone(),
        }
    }
}

impl FiguresArgs {
    /// How the texts are read and aligned.
    pub fn text_options(&self) -> TextOptions {
        TextOptions {
            langs: self.lang.clone(),
            layouts: self.layout.clone(),
            presplit: false,
            lexicon: self.lexicon.clone(),
        }
    }
}

impl ReviewArgs {
    /// How the texts are read and aligned.
    pub fn text_options(&self) -> TextOptions {
        TextOptions {
            langs: self.lang.clone(),
            layouts: self.layout.clone(),
            presplit: false,
            lexicon: self.lexicon.clone(),
        }
    }
}

impl BatchArgs {
    /// How the texts of a manifest line that does not say otherwise are read and aligned.
    pub fn text_options(&self) -> TextOptions {
        TextOptions {
            langs: self.lang.clone(),
            layouts: Vec::new(),
            presplit: self.presplit,
            lexicon: self.lexicon.clone(),
        }
    }
}

impl SplitArgs {
    /// How the one text is read (nothing is aligned).
    pub fn text_options(&self) -> TextOptions {
        TextOptions {
            langs: self.lang.into_iter().collect(),
            layouts: vec![self.layout],
            presplit: self.presplit,
            lexicon: LexiconSpec::none(),
        }
    }
}
