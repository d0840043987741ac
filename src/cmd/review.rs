//! `transdiff review`: the terminal view, fed from texts, saved alignments or the bundled texts.
//!
//! This is the file-system side of the view: it reads and segments texts (or
//! loads alignment files), aligns, then hands the alignments and a [`FileStore`]
//! to [`transdiff::review::run`], which never touches files itself.
//!
//! Where decisions are saved:
//! - opened from alignment files: back into those files;
//! - opened from texts (or the bundled texts): `alignments/<original-stem>.<rendering-stem>.json`
//!   under the current directory, or under `--save DIR`.
//!
//! Exports from the view go next to the saved file, with the `.tsv` or `.tmx` extension.

use crate::cli::ReviewArgs;
use crate::cmd::aligner::Aligner;
use crate::cmd::{messages, store, texts};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use transdiff::align::AlignOptions;
use transdiff::align::align_with_learned;
use transdiff::align::explain::Learned;
use transdiff::alignment::{Alignment, Verdict};
use transdiff::error::{Error, Result};
use transdiff::export::{self, Format};
use transdiff::review::{self, ExportFormat, Options, Store};
use transdiff::text::{Document, Level};

/// Runs `transdiff review`.
pub fn run(args: ReviewArgs) -> Result<ExitCode> {
    let (alignments, store, explain) = open(&args)?;
    if let Some((width, height)) = args.screen {
        let note = opening_note(&alignments, store.note.clone());
        let keys = review::input::parse_keys(args.keys.as_deref().unwrap_or(""))
            .map_err(|e| Error::usage(format!("--keys: {e}")))?;
        let frame =
            review::frame(alignments, Options::from_env(), note, explainer(explain), (width, height), &keys)?;
        let mut out = std::io::stdout().lock();
        out.write_all(frame.as_bytes()).map_err(|e| Error::io("standard output", "write to", e))?;
        return Ok(ExitCode::from(crate::exit::SUCCESS));
    }
    need_terminal(std::io::stdin().is_terminal(), std::io::stdout().is_terminal())?;
    let note = opening_note(&alignments, store.note.clone());
    let ending =
        review::run_explained(alignments, Box::new(store), Options::from_env(), note, explainer(explain))?;
    match ending.signal {
        None => Ok(ExitCode::from(crate::exit::SUCCESS)),
        Some(signal) => {
            // After a hang-up stderr may be gone too: nothing here may panic on a failed write.
            let mut stderr = std::io::stderr();
            for line in &signal.recovered {
                let _ = writeln!(stderr, "transdiff: {line}\n  hint: reopen the review to get them back");
            }
            let _ = writeln!(stderr, "transdiff: review ended by {}", signal.name);
            Ok(ExitCode::from(u8::try_from(128 + signal.number).unwrap_or(u8::MAX)))
        }
    }
}

// ---- the why panel's explanations -------------------------------------------------------

/// The why panel's provider: the aligner's explainer with the options and learned lexicon
/// each rendering was aligned with (or re-learned from its file here, before the view
/// opens), so that no key press in the view re-learns anything.
fn explainer(sources: Vec<ExplainSource>) -> Option<Box<dyn review::why::Explain>> {
    Some(Box::new(AlignerExplain { sources }))
}

/// What explaining a rendering's beads needs: the options it was aligned with (its dictionary
/// and weights) and the learned pairs.
#[derive(Clone, Debug)]
pub struct ExplainSource {
    /// The options the rendering was aligned with.
    pub options: AlignOptions,
    /// The aligner's learned lexicon, or one re-learned from the alignment.
    pub learned: Learned,
}

/// Explanations from the aligner's explainer ([`transdiff::align::explain`]), rendering `r`
/// with `sources[r]` (none for a rendering past the end).
struct AlignerExplain {
    sources: Vec<ExplainSource>,
}

impl review::why::Explain for AlignerExplain {
    fn explain(
        &mut self,
        rendering: usize,
        alignment: &Alignment,
        beads: &[review::rows::BeadAddr],
    ) -> Vec<String> {
        let Some(source) = self.sources.get(rendering) else { return Vec::new() };
        let explainer =
            transdiff::align::explain::Explainer::new(alignment, &source.options, &source.learned);
        explainer.lines(beads.iter().map(|b| (b.paragraph, b.sentence)))
    }
}

/// The message shown when the view opens: a warning for each rendering that does
/// not look like a translation of the original (as `align` prints), then `note`.
fn opening_note(alignments: &[Alignment], note: Option<String>) -> Option<String> {
    let mut notes: Vec<String> = alignments
        .iter()
        .filter(|a| a.verdict == Verdict::NotTranslation)
        .map(messages::not_translation)
        .collect();
    notes.extend(note);
    (!notes.is_empty()).then(|| notes.join(" · "))
}

/// The view needs a terminal on both standard input (keys) and standard output
/// (the screen); without one, say so plainly instead of failing to set it up.
fn need_terminal(stdin: bool, stdout: bool) -> Result<()> {
    let which = match (stdin, stdout) {
        (true, true) => return Ok(()),
        (false, true) => "standard input is not a terminal",
        (true, false) => "standard output is not a terminal",
        (false, false) => "standard input and output are not a terminal",
    };
    Err(Error::usage(format!(
        "review needs a terminal, but {which} (redirected or piped)\n  hint: run it in a terminal; to write the alignment to a file, use `transdiff align ORIGINAL RENDERING --out DIR`"
    )))
}

/// Loads what `args` names and aligns it, with the store that saves it and what the why
/// panel needs to explain each rendering's beads: all the work that can fail on input, done
/// before the terminal changes mode.
pub fn open(args: &ReviewArgs) -> Result<(Vec<Alignment>, FileStore, Vec<ExplainSource>)> {
    let json = |p: &PathBuf| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let aligner = Aligner::new(args.lexicon.clone());
    if args.files.is_empty() {
        // The bundled texts are the project's own: their review is kept in the user's data
        // directory, never in a folder the project tracks (such as its `alignments/`).
        let save = match &args.save {
            Some(dir) => dir.clone(),
            None => bundled_review_dir(|name| std::env::var_os(name))?,
        };
        // The bundled texts name their own languages: only --layout applies.
        let options = crate::options::TextOptions { langs: Vec::new(), ..args.text_options() };
        let files = options.per_file(1 + transdiff::bundled::RENDERINGS.len())?;
        let (original, renderings) = texts::bundled_as(&files)?;
        return from_documents(&original, renderings, &save, &aligner);
    }
    let save = args.save.clone().unwrap_or_else(|| PathBuf::from("alignments"));
    if args.files.iter().all(json) {
        if !args.layout.is_empty() {
            return Err(Error::usage(format!(
                "--layout {}: alignment files keep the paragraphs they were made with\n  hint: leave out --layout, or review the texts themselves (`transdiff review ORIGINAL RENDERING... --layout ...`)",
                args.layout.iter().map(|&l| crate::options::layout_name(l)).collect::<Vec<_>>().join(",")
            )));
        }
        if let Some(dir) = &args.save {
            return Err(Error::usage(format!(
                "--save {}: alignment files are saved in place, not into --save\n  hint: leave out --save, or copy the files there and open the copies",
                dir.display()
            )));
        }
        texts::check_distinct(&args.files)?;
        let alignments = args.files.iter().map(|p| store::load(p)).collect::<Result<Vec<_>>>()?;
        // The aligner's learned lexicon is not in the file: the why panel re-learns it.
        let explain = alignments.iter().map(|a| relearned(a, &aligner)).collect::<Result<Vec<_>>>()?;
        if let Some((i, a)) =
            alignments.iter().enumerate().find(|(_, a)| a.source.sha256 != alignments[0].source.sha256)
        {
            return Err(Error::usage(format!(
                "{}: aligns {}, but {} aligns {}; review alignments of one original together",
                args.files[i].display(),
                a.source.path,
                args.files[0].display(),
                alignments[0].source.path
            )));
        }
        let mut alignments = alignments;
        let (recovered, note) = take_recovery(&args.files, &mut alignments)?;
        return Ok((alignments, FileStore { paths: args.files.clone(), note, recovered }, explain));
    }
    if args.files.iter().any(json) {
        return Err(Error::usage(
            "give either texts (an original and its renderings) or alignment files (.json), not both",
        ));
    }
    if args.files.len() < 2 {
        return Err(Error::usage(format!(
            "{}: give the original and at least one rendering, or alignment files (.json)",
            args.files[0].display()
        )));
    }
    texts::check_distinct(&args.files)?;
    let mut docs = texts::read(&args.text_options(), &args.files)?.into_iter();
    let original = docs.next().ok_or_else(|| Error::usage("no original given"))?;
    from_documents(&original, docs.collect(), &save, &aligner)
}

/// Where the review of the bundled texts is saved: `$XDG_DATA_HOME/transdiff/reviews`, else
/// `$HOME/.local/share/transdiff/reviews` (`env` reads the environment).
fn bundled_review_dir(env: impl Fn(&str) -> Option<std::ffi::OsString>) -> Result<PathBuf> {
    let absolute = |name: &str| env(name).map(PathBuf::from).filter(|p| p.is_absolute());
    let base = absolute("XDG_DATA_HOME").or_else(|| absolute("HOME").map(|home| home.join(".local/share")));
    base.map(|b| b.join("transdiff").join("reviews")).ok_or_else(|| {
        Error::usage(
            "no place to save the review of the bundled texts: neither XDG_DATA_HOME nor HOME is set\n  hint: pass --save DIR",
        )
    })
}

/// Aligns the renderings to the original; saving goes to `dir`. A review saved
/// there before for these very texts (same SHA-256) is picked up instead, so
/// `transdiff review` comes back with its decisions; one for other versions of
/// the texts is left alone until the next save, with a note.
fn from_documents(
    original: &Document,
    renderings: Vec<Document>,
    dir: &Path,
    aligner: &Aligner,
) -> Result<(Vec<Alignment>, FileStore, Vec<ExplainSource>)> {
    // Refused now, not after a review when `w` fails with "File exists".
    if dir.exists() && !dir.is_dir() {
        return Err(Error::usage(format!(
            "{}: --save names a file, not a directory\n  hint: give a directory (it is created when saving)",
            dir.display()
        )));
    }
    let paths: Vec<PathBuf> = renderings
        .iter()
        .map(|r| dir.join(format!("{}.{}.json", stem(&original.path), stem(&r.path))))
        .collect();
    let mut fresh = Vec::new();
    let mut restored = Vec::new();
    let mut outdated = Vec::new();
    for (rendering, path) in renderings.iter().zip(&paths) {
        let saved = match path.is_file() {
            true => Some(load_saved(path)?),
            false => None,
        };
        match saved {
            Some(a)
                if a.source.sha256 == original.sha256
                    && a.target.sha256 == rendering.sha256
                    && same_paragraphs(&a.source, original)
                    && same_paragraphs(&a.target, rendering) =>
            {
                restored.push(path.display().to_string());
                fresh.push(Some(a));
            }
            Some(_) => {
                outdated.push(path.display().to_string());
                fresh.push(None);
            }
            None => fresh.push(None),
        }
    }
    let missing: Vec<Document> =
        renderings.iter().zip(&fresh).filter(|(_, a)| a.is_none()).map(|(r, _)| r.clone()).collect();
    // With the same dictionaries as `align` (--lexicon), so both pair the texts alike; the
    // learned lexicon is kept for the why panel.
    let mut aligned = Vec::new();
    for rendering in &missing {
        let options = (*aligner.options(original.lang, rendering.lang)?).clone();
        let (alignment, learned) = align_with_learned(original, rendering, &options);
        aligned.push((alignment, ExplainSource { learned: Learned::FirstPass(learned), options }));
    }
    let mut aligned = aligned.into_iter();
    let mut explain = Vec::new();
    let mut alignments = Vec::new();
    for saved in fresh {
        let (alignment, source) = match saved {
            Some(a) => {
                let source = relearned(&a, aligner)?;
                (a, source)
            }
            None => aligned.next().ok_or_else(|| Error::usage("internal: an alignment went missing"))?,
        };
        alignments.push(alignment);
        explain.push(source);
    }
    let mut notes = Vec::new();
    if !restored.is_empty() {
        notes.push(format!("review restored from {}", restored.join(", ")));
    }
    if !outdated.is_empty() {
        notes.push(format!("{} holds other versions of the texts; saving replaces it", outdated.join(", ")));
    }
    let (recovered, recovery_note) = take_recovery(&paths, &mut alignments)?;
    notes.extend(recovery_note);
    let note = (!notes.is_empty()).then(|| notes.join(" · "));
    Ok((alignments, FileStore { paths, note, recovered }, explain))
}

/// True when `saved` splits its text into the paragraphs `now` has (a review saved with
/// another `--layout` pairs other paragraphs).
fn same_paragraphs(saved: &Document, now: &Document) -> bool {
    saved.paragraphs.len() == now.paragraphs.len()
        && saved.paragraphs.iter().zip(&now.paragraphs).all(|(a, b)| a.text == b.text)
}

/// Where the unsaved decisions of the review saved at `path` are kept when a signal ends the
/// view: beside it, `NAME.json.recovery`.
pub fn recovery_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".recovery");
    PathBuf::from(name)
}

/// Offers the recovery copies found beside `paths`: each one made for the same texts replaces
/// its alignment (and opens as unsaved); one for other texts is left alone, with a note.
/// Returns the renderings recovered and what to tell the user.
fn take_recovery(paths: &[PathBuf], alignments: &mut [Alignment]) -> Result<(Vec<usize>, Option<String>)> {
    let mut recovered = Vec::new();
    let mut notes = Vec::new();
    for (r, (path, alignment)) in paths.iter().zip(alignments.iter_mut()).enumerate() {
        let copy = recovery_path(path);
        if !copy.is_file() {
            continue;
        }
        let kept = load_saved(&copy)?;
        if kept.source.sha256 == alignment.source.sha256 && kept.target.sha256 == alignment.target.sha256 {
            *alignment = kept;
            recovered.push(r);
            notes.push(format!(
                "unsaved decisions recovered from {} (w saves them; q, then n, discards them)",
                copy.display()
            ));
        } else {
            notes.push(format!("{} was kept for other versions of the texts; left alone", copy.display()));
        }
    }
    Ok((recovered, (!notes.is_empty()).then(|| notes.join(" · "))))
}

/// What explaining a reloaded alignment needs: the dictionaries `--lexicon` names and pairs
/// re-learned from its own 1-1 sentence matches (the aligner's are not saved).
fn relearned(alignment: &Alignment, aligner: &Aligner) -> Result<ExplainSource> {
    let options = (*aligner.options(alignment.source.lang, alignment.target.lang)?).clone();
    Ok(ExplainSource { learned: Learned::relearned(alignment, &options), options })
}

/// Reads a saved review without the staleness check (the caller compares the texts); an
/// error says what to do, since this file is in the way of saving the review.
fn load_saved(path: &Path) -> Result<Alignment> {
    store::load_unchecked(path).map_err(|e| match e.kind() {
        transdiff::error::ErrorKind::Io { .. } => e,
        _ => Error::usage(format!(
            "{e}\n  hint: this is where the review of these texts is saved; move the file away, or choose another place with --save DIR"
        )),
    })
}

/// A file name without directory and extension: `texts/en.original.txt` → `en.original`.
fn stem(path: &str) -> String {
    Path::new(path).file_stem().map_or_else(|| "text".to_string(), |s| s.to_string_lossy().into_owned())
}

/// Saves each rendering's alignment to its own file, and exports next to it.
#[derive(Clone, Debug)]
pub struct FileStore {
    /// One alignment file per rendering, in the view's order.
    pub paths: Vec<PathBuf>,
    /// What the view should say when it opens (a review restored, an outdated file).
    pub note: Option<String>,
    /// The renderings opened from a recovery copy (unsaved decisions of a review ended by a signal).
    pub recovered: Vec<usize>,
}

impl FileStore {
    fn path(&self, rendering: usize) -> Result<&Path> {
        self.paths
            .get(rendering)
            .map(PathBuf::as_path)
            .ok_or_else(|| Error::usage("no file for this rendering"))
    }
}

impl Store for FileStore {
    fn save(&mut self, rendering: usize, alignment: &Alignment) -> Result<String> {
        let path = self.path(rendering)?;
        store::save(path, alignment)?;
        // The decisions are in the file now: a recovery copy of them is obsolete.
        let _ = std::fs::remove_file(recovery_path(path));
        Ok(path.display().to_string())
    }

    fn recover(&mut self, rendering: usize, alignment: &Alignment) -> Result<String> {
        let path = recovery_path(self.path(rendering)?);
        store::save(&path, alignment)?;
        Ok(path.display().to_string())
    }

    fn discard_recovery(&mut self) {
        for path in &self.paths {
            let _ = std::fs::remove_file(recovery_path(path));
        }
    }

    fn recovered(&self) -> Vec<usize> {
        self.recovered.clone()
    }

    fn export(
        &mut self,
        rendering: usize,
        alignment: &Alignment,
        format: ExportFormat,
        level: Level,
    ) -> Result<String> {
        let format = match format {
            ExportFormat::Tsv => Format::Tsv,
            ExportFormat::Tmx => Format::Tmx,
        };
        let path = self.path(rendering)?.with_extension(format.extension());
        let mut bytes = Vec::new();
        export::write(alignment, format, level, &mut bytes)?;
        store::write(&path, &bytes)?;
        Ok(path.display().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;
    use transdiff::align::{self, AlignOptions};

    #[test]
    fn the_opening_note_warns_about_texts_that_are_not_translations() {
        let mut alignments = transdiff::eval::fixture::museum();
        assert_eq!(opening_note(&alignments, None), None);
        assert_eq!(opening_note(&alignments, Some("restored".into())), Some("restored".into()));
        alignments[1].verdict = Verdict::NotTranslation;
        alignments[1].similarity = 0.1234;
        let (source, target) = (&alignments[1].source.path, &alignments[1].target.path);
        assert_eq!(
            opening_note(&alignments, Some("restored".into())),
            Some(format!(
                "warning: {source} and {target} do not look like an original and its translation (similarity 0.12, where translations score 0.55 or more; probability of a translation 0.01); the alignment pairs passages anyway, do not trust it · restored"
            ))
        );
    }

    fn args(files: &[&str], save: &str) -> ReviewArgs {
        ReviewArgs {
            files: files.iter().map(PathBuf::from).collect(),
            save: Some(PathBuf::from(save)),
            lang: Vec::new(),
            layout: Vec::new(),
            lexicon: crate::options::LexiconSpec::none(),
            screen: None,
            keys: None,
        }
    }

    #[test]
    fn review_pairs_texts_as_align_does_with_the_same_lexicon() {
        // `review A B` used no dictionary while `align A B` used the installed ones by
        // default, so the two paired the same sentences differently.
        let dir = tempfile::tempdir().unwrap();
        let (original, renderings) = texts::bundled().unwrap();
        for value in ["auto", "none"] {
            let mut a = args(&[], dir.path().to_str().unwrap());
            a.lexicon = crate::options::parse_lexicon(value).unwrap();
            let (alignments, _, _) = open(&a).unwrap();
            for (alignment, rendering) in alignments.iter().zip(&renderings) {
                let lexicon = super::super::lexicon::load(&a.lexicon, original.lang, rendering.lang).unwrap();
                let expected =
                    align::align(&original, rendering, &AlignOptions { lexicon, ..AlignOptions::default() });
                assert_eq!(alignment, &expected, "--lexicon {value}, {}", rendering.path);
            }
        }
    }

    #[test]
    fn bundled_texts_save_under_alignments_named_after_both_texts() {
        let (alignments, store, _) = open(&args(&[], "alignments")).unwrap();
        assert_eq!(alignments.len(), 2);
        // Aligned here (nothing saved in an empty folder): the why panel gets the aligner's
        // own learned lexicon.
        let dir = tempfile::tempdir().unwrap();
        let (_, _, explain) = open(&args(&[], dir.path().to_str().unwrap())).unwrap();
        let (original, renderings) = texts::bundled().unwrap();
        for (source, rendering) in explain.iter().zip(&renderings) {
            let (_, learned) = align::align_with_learned(&original, rendering, &source.options);
            assert_eq!(source.learned, Learned::FirstPass(learned));
        }
        assert_eq!(
            store.paths,
            vec![
                PathBuf::from("alignments/en.original.sv.rendering.json"),
                PathBuf::from("alignments/en.original.nl.rendering.json")
            ]
        );
        let (_, store, _) = open(&args(&[], "/tmp/out")).unwrap();
        assert_eq!(store.paths[1], PathBuf::from("/tmp/out/en.original.nl.rendering.json"));
    }

    #[test]
    fn the_bundled_review_is_kept_in_the_data_directory_never_in_the_project() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).into())
        };
        assert_eq!(
            bundled_review_dir(env(&[("XDG_DATA_HOME", "/data"), ("HOME", "/home/u")])).unwrap(),
            PathBuf::from("/data/transdiff/reviews")
        );
        // A relative XDG_DATA_HOME is invalid by the XDG rules and is ignored.
        assert_eq!(
            bundled_review_dir(env(&[("XDG_DATA_HOME", "data"), ("HOME", "/home/u")])).unwrap(),
            PathBuf::from("/home/u/.local/share/transdiff/reviews")
        );
        let err = bundled_review_dir(env(&[])).unwrap_err().to_string();
        assert!(err.contains("neither XDG_DATA_HOME nor HOME is set") && err.contains("--save DIR"), "{err}");
    }

    #[test]
    fn a_recovery_copy_of_the_same_texts_is_offered_as_unsaved_and_saving_removes_it() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().display().to_string();
        let (mut alignments, mut store, _) = open(&args(&[], &save)).unwrap();
        alignments[1].beads[0].status = transdiff::alignment::ReviewStatus::Wrong;
        let kept = store.recover(1, &alignments[1]).unwrap();
        assert_eq!(PathBuf::from(&kept), recovery_path(&store.paths[1]));
        assert!(kept.ends_with("en.original.nl.rendering.json.recovery"), "{kept}");

        let (again, store, _) = open(&args(&[], &save)).unwrap();
        assert_eq!(again[1], alignments[1]);
        assert_eq!(store.recovered, vec![1]);
        assert_eq!(
            store.note,
            Some(format!("unsaved decisions recovered from {kept} (w saves them; q, then n, discards them)"))
        );
        let mut store = store;
        store.save(1, &again[1]).unwrap();
        assert!(!Path::new(&kept).exists());
        let (_, store, _) = open(&args(&[], &save)).unwrap();
        assert_eq!(store.recovered, Vec::<usize>::new());

        // A copy made for other versions of the texts is never applied.
        let mut other = alignments[0].clone();
        other.target.sha256 = "1".repeat(64);
        store::save(&recovery_path(&store.paths[0]), &other).unwrap();
        let (again, mut store, _) = open(&args(&[], &save)).unwrap();
        assert_ne!(again[0].target.sha256, other.target.sha256);
        assert_eq!(
            store.note,
            Some(format!(
                "review restored from {} · {} was kept for other versions of the texts; left alone",
                store.paths[1].display(),
                recovery_path(&store.paths[0]).display()
            ))
        );
        store.discard_recovery();
        assert!(!recovery_path(&store.paths[0]).exists());
    }

    #[test]
    fn saved_alignments_reopen_equal_and_save_back_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join("nested").display().to_string();
        let (mut alignments, mut store, _) = open(&args(&[], &save)).unwrap();
        alignments[0].beads[0].status = transdiff::alignment::ReviewStatus::Wrong;
        assert_eq!(store.save(0, &alignments[0]).unwrap(), store.paths[0].display().to_string());
        store.save(1, &alignments[1]).unwrap();
        let files: Vec<String> = store.paths.iter().map(|p| p.display().to_string()).collect();
        let files: Vec<&str> = files.iter().map(String::as_str).collect();
        let (reopened, store2, explain) = open(&ReviewArgs { save: None, ..args(&files, "") }).unwrap();
        assert_eq!(reopened, alignments);
        // The learned lexicon is not in the files: the why panel re-learns it from them.
        for (source, alignment) in explain.iter().zip(&reopened) {
            assert_eq!(source.learned, Learned::Relearned(align::relearn(alignment, &source.options)));
        }
        assert_eq!(store2.paths, store.paths);
    }

    #[test]
    fn reopening_the_texts_restores_a_saved_review_of_the_same_texts_only() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().display().to_string();
        let (mut alignments, mut store, _) = open(&args(&[], &save)).unwrap();
        assert_eq!(store.note, None);
        alignments[0].beads[0].status = transdiff::alignment::ReviewStatus::Confirmed;
        store.save(0, &alignments[0]).unwrap();
        let (again, store, explain) = open(&args(&[], &save)).unwrap();
        assert_eq!(again[0].beads[0].status, transdiff::alignment::ReviewStatus::Confirmed);
        // Restored from its file, the Swedish review's pairs are re-learned; the Dutch one was
        // aligned afresh and keeps the aligner's own.
        assert!(matches!(explain[0].learned, Learned::Relearned(_)));
        assert!(matches!(explain[1].learned, Learned::FirstPass(_)));
        assert_eq!(store.note, Some(format!("review restored from {}", store.paths[0].display())));

        let mut other = alignments[1].clone();
        other.target.sha256 = "1".repeat(64);
        other.beads[0].status = transdiff::alignment::ReviewStatus::Wrong;
        store::save(&store.paths[1], &other).unwrap();
        let (again, store, _) = open(&args(&[], &save)).unwrap();
        assert_eq!(again[1].beads[0].status, transdiff::alignment::ReviewStatus::Unreviewed);
        assert_eq!(
            store.note,
            Some(format!(
                "review restored from {} · {} holds other versions of the texts; saving replaces it",
                store.paths[0].display(),
                store.paths[1].display()
            ))
        );
    }

    #[test]
    fn a_broken_saved_review_stops_with_a_hint_rather_than_being_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().display().to_string();
        std::fs::write(dir.path().join("en.original.sv.rendering.json"), "{ broken").unwrap();
        let err = open(&args(&[], &save)).err().unwrap().to_string();
        assert!(err.contains("en.original.sv.rendering.json"), "{err}");
        assert!(err.contains("move the file away, or choose another place with --save DIR"), "{err}");
    }

    #[test]
    fn alignments_of_different_originals_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (mut alignments, _, _) = open(&args(&[], "x")).unwrap();
        let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
        store::save(&a, &alignments[0]).unwrap();
        // Another original, there to be checked: a text of its own beside the alignment.
        std::fs::write(dir.path().join("other.txt"), "Another original.\n").unwrap();
        alignments[1].source.sha256 = transdiff::segment::sha256_hex(b"Another original.\n");
        alignments[1].source.path = "other.txt".into();
        store::save(&b, &alignments[1]).unwrap();
        let (a, b) = (a.display().to_string(), b.display().to_string());
        let err = open(&ReviewArgs { save: None, ..args(&[&a, &b], "") }).err().unwrap().to_string();
        assert!(err.contains("review alignments of one original together"), "{err}");
    }
}
