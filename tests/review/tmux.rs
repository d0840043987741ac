//! End to end: the real binary in a real pseudo-terminal (tmux), on the bundled
//! texts: first frame, `n` to the next divergence, `q` to quit, and the
//! terminal back in cooked mode on the main screen afterwards.
//!
//! Skipped, with a note, when tmux is not installed (`.ci/run` installs it).

use crate::common::copy_dir;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A tmux server of our own (its own socket), killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// A server of our own for `name`, running `sh script` in a `width`×`height` pane.
    fn run(name: &str, script: &Path, (width, height): (u16, u16)) -> Tmux {
        let tmux = Tmux { socket: format!("transdiff-e2e-{name}-{}", std::process::id()) };
        let out = tmux.cmd(&[
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            &format!("sh {}", shell_quote(script)),
        ]);
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
        tmux
    }

    fn cmd(&self, args: &[&str]) -> Output {
        Command::new("tmux").arg("-L").arg(&self.socket).args(args).output().expect("run tmux")
    }

    fn capture(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }

    fn send(&self, keys: &str) {
        let out = self.cmd(&["send-keys", "-t", "e2e", keys]);
        assert!(out.status.success(), "send-keys {keys}: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// Waits until the screen satisfies `ready`; panics with the screen after
    /// two minutes (a debug build aligns slowly on a busy machine).
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if ready(&screen) {
                return screen;
            }
            assert!(start.elapsed() < Duration::from_secs(120), "waited 120 s for {what}; screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]);
    }
}

fn status_line(screen: &str) -> String {
    screen.lines().find(|l| l.contains(" row ") && l.contains(" · ")).unwrap_or_default().to_string()
}

/// Starts `transdiff review` on the bundled texts in a 160×40 tmux pane, in an
/// empty directory (also its data directory, where the review is saved); `None` when tmux is
/// not installed.
fn start(name: &str) -> Option<(Tmux, tempfile::TempDir)> {
    let dir = tempfile::tempdir().unwrap();
    let tmux = start_in(name, dir.path())?;
    Some((tmux, dir))
}

/// Whether tmux is there; when not, says so (the test is skipped).
fn tmux_installed() -> bool {
    let there = Command::new("tmux").arg("-V").output().is_ok();
    if !there {
        eprintln!("note: tmux is not installed; skipping the end-to-end terminal test");
    }
    there
}

/// [`start`] in `dir`; the view's process id is written to `dir/pid`.
fn start_in(name: &str, dir: &Path) -> Option<Tmux> {
    if !tmux_installed() {
        return None;
    }
    let bin = env!("CARGO_BIN_EXE_transdiff");
    let script = dir.join(format!("run-{name}.sh"));
    // After the view exits, show its exit code and whether the tty is back in
    // cooked mode (icanon and echo on), then keep the pane open to be read.
    std::fs::write(
        &script,
        format!(
            concat!(
                "cd {dir}\n",
                "export XDG_DATA_HOME={dir}\n",
                "sh -c 'echo $$ > pid; exec \"$0\" review' {bin}\n",
                "echo \"exit=$?\"\n",
                "stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '\n",
                "echo\nsleep 60\n",
            ),
            dir = shell_quote(dir),
            bin = shell_quote(Path::new(bin)),
        ),
    )
    .unwrap();
    Some(Tmux::run(name, &script, (160, 40)))
}

/// Waits for the exit line and checks the terminal is back to normal.
fn assert_restored(tmux: &Tmux) {
    assert_restored_with(tmux, 0);
}

/// [`assert_restored`], for a view that exits with `code`.
fn assert_restored_with(tmux: &Tmux, code: i32) -> String {
    let after = tmux.wait_for("the exit code", |s| s.contains("exit=") && s.contains("icanon"));
    assert!(after.contains(&format!("exit={code}")), "{after}");
    // The pane's own view of the terminal: main screen, cursor shown, no mouse reporting.
    let flags = tmux.cmd(&["display", "-p", "-t", "e2e", "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"]);
    assert_eq!(String::from_utf8_lossy(&flags.stdout).trim(), "0 1 0", "{after}");
    // Raw mode is off again and the alternate screen is gone: the view's header is not on screen.
    assert!(after.contains("icanon echo") && !after.contains("-icanon"), "{after}");
    assert!(!after.contains("EN · texts/en.original.txt"), "{after}");
    after
}

#[test]
fn review_bundled_texts_next_divergence_and_quit_in_tmux() {
    let Some((tmux, _dir)) = start("q") else { return };
    let first = tmux
        .wait_for("the first frame", |s| s.contains("row 1/") && s.contains("EN · texts/en.original.txt"));
    assert!(
        first.contains("SV · texts/sv.rendering.txt") && first.contains("NL · texts/nl.rendering.txt"),
        "{first}"
    );
    let before = status_line(&first);

    // Row 1 is itself a divergence (its SV bead is below even odds), so `n` lands on the second.
    tmux.send("n");
    let moved =
        tmux.wait_for("the status line to move", |s| status_line(s) != before && s.contains("divergence 2/"));
    assert!(!status_line(&moved).contains("row 1/"), "{moved}");

    tmux.send("q");
    let screen = tmux.wait_for("the view to exit", |s| s.contains("exit=") || s.contains("Unsaved review"));
    if screen.contains("Unsaved review") {
        tmux.send("n");
    }
    assert_restored(&tmux);
}

#[test]
fn resize_redraws_and_ctrl_c_quits_in_tmux() {
    let Some((tmux, _dir)) = start("resize") else { return };
    tmux.wait_for("the first frame", |s| s.contains("row 1/"));
    tmux.cmd(&["resize-window", "-t", "e2e", "-x", "40", "-y", "10"]);
    tmux.wait_for("the too-small message", |s| s.contains("Terminal too small: 40×10"));
    tmux.cmd(&["resize-window", "-t", "e2e", "-x", "100", "-y", "30"]);
    let screen = tmux.wait_for("the view again", |s| s.contains("row 1/"));
    // Laid out for the new width: three 30-cell columns, the Dutch one from cell 69
    // (1 + 2 × (2 + 30 + 1) + 2), where it was at cell 109 at 160 columns.
    let header = screen.lines().next().unwrap_or_default();
    let at = header.find("NL · ").map(|byte| header[..byte].chars().count());
    assert_eq!(at, Some(69), "{screen}");
    tmux.send("C-c");
    assert_restored(&tmux);
}

/// SIGTERM and SIGHUP: the terminal comes back as it was, the view says where the unsaved
/// decision went, and reopening the review offers it (marked unsaved).
#[test]
fn sigterm_and_sighup_restore_the_terminal_and_keep_unsaved_decisions() {
    for (signal, code) in [("TERM", 143), ("HUP", 129)] {
        let dir = tempfile::tempdir().unwrap();
        let Some(tmux) = start_in(&format!("sig{signal}"), dir.path()) else { return };
        tmux.wait_for("the first frame", |s| {
            s.contains("row 1/") && s.contains("EN · texts/en.original.txt")
        });
        tmux.send("c");
        tmux.wait_for("the decision", |s| status_line(s).contains("unsaved"));
        let pid = std::fs::read_to_string(dir.path().join("pid")).unwrap();
        let kill = Command::new("kill").arg(format!("-{signal}")).arg(pid.trim()).output().unwrap();
        assert!(kill.status.success(), "kill: {}", String::from_utf8_lossy(&kill.stderr));
        let after = assert_restored_with(&tmux, code);
        assert!(after.contains(&format!("review ended by SIG{signal}")), "{after}");
        assert!(after.contains("unsaved decisions on texts/sv.rendering.txt kept in"), "{after}");
        drop(tmux);

        let Some(tmux) = start_in(&format!("sig{signal}-again"), dir.path()) else { return };
        let screen = tmux.wait_for("the reopened view", |s| s.contains("row 1/"));
        assert!(screen.contains("unsaved decisions recovered from"), "{screen}");
        assert!(status_line(&screen).contains("unsaved"), "{screen}");
    }
}

/// The terminal itself goes away (the tmux server is killed, as when a terminal window is
/// closed): the view ends instead of reading the dead terminal in a loop, and its unsaved
/// decision is offered when the review is opened again.
#[test]
fn closing_the_terminal_ends_the_view_and_keeps_unsaved_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let Some(tmux) = start_in("closed", dir.path()) else { return };
    tmux.wait_for("the first frame", |s| s.contains("row 1/") && s.contains("EN · texts/en.original.txt"));
    tmux.send("c");
    tmux.wait_for("the decision", |s| status_line(s).contains("unsaved"));
    let pid = std::fs::read_to_string(dir.path().join("pid")).unwrap();
    let proc = Path::new("/proc").join(pid.trim());
    drop(tmux);
    let start = Instant::now();
    while proc.exists() && !std::fs::read_to_string(proc.join("stat")).unwrap_or_default().contains(") Z ") {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = Command::new("kill").arg("-9").arg(pid.trim()).output();
            panic!("the view (pid {}) still runs 60 s after its terminal went away", pid.trim());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let Some(tmux) = start_in("closed-again", dir.path()) else { return };
    let screen = tmux.wait_for("the reopened view", |s| s.contains("row 1/"));
    assert!(screen.contains("unsaved decisions recovered from"), "{screen}");
}

fn shell_quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}

/// The frame docs/update.md shows after `$ transdiff review up/… --keys ']u'`: the lines of
/// its block after that command.
fn documented_update_frame() -> Vec<String> {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/update.md")).unwrap();
    let mut lines = docs.lines().skip_while(|l| !l.starts_with("$ transdiff review up/"));
    assert!(lines.next().is_some(), "docs/update.md shows no review of the carried alignment");
    lines.take_while(|l| *l != "```").map(|l| l.trim_end().to_string()).collect()
}

/// `transdiff update` of the bundled Dutch alignment to the edits version, then `transdiff
/// review` of what it wrote in a real terminal: `]u` shows the first stale passage with its
/// word diff exactly as docs/update.md shows it; `r` marks it resolved, `w` saves, and the
/// reopened file still has it resolved.
#[test]
fn carried_alignment_review_in_tmux_matches_the_docs() {
    if !tmux_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["texts", "alignments"] {
        copy_dir(&root.join(sub), &dir.path().join(sub));
    }
    let bin = env!("CARGO_BIN_EXE_transdiff");
    let update = Command::new(bin)
        .current_dir(dir.path())
        .args([
            "update",
            "alignments/en.original.nl.rendering.json",
            "--to",
            "texts/versions/en.original.v2-edits.txt",
            "--out",
            "up",
        ])
        .output()
        .unwrap();
    assert!(update.status.success(), "{}", String::from_utf8_lossy(&update.stderr));
    let open = |name: &str| {
        let script = dir.path().join(format!("run-{name}.sh"));
        std::fs::write(
            &script,
            format!(
                "cd {dir}\nexport XDG_DATA_HOME={dir}\n{bin} review up/en.original.v2-edits.nl.rendering.json --lexicon none\necho \"exit=$?\"\nsleep 60\n",
                dir = shell_quote(dir.path()),
                bin = shell_quote(Path::new(bin)),
            ),
        )
        .unwrap();
        let tmux = Tmux::run(name, &script, (100, 30));
        tmux.wait_for("the first frame", |s| s.contains("row 1/"));
        tmux
    };
    let tmux = open("update");
    tmux.send("]");
    tmux.send("u");
    let screen = tmux.wait_for("the first update mark", |s| s.contains("update mark 1/"));
    let captured: Vec<String> = screen.lines().map(|l| l.trim_end().to_string()).collect();
    let shown = documented_update_frame();
    assert_eq!(captured[..shown.len()], shown[..], "the capture differs from docs/update.md:\n{screen}");
    tmux.send("r");
    tmux.wait_for("the passage resolved", |s| {
        s.contains("✓ stale, resolved") && status_line(s).contains("✓1")
    });
    tmux.send("w");
    tmux.wait_for("the save", |s| s.contains("saved up/en.original.v2-edits.nl.rendering.json"));
    tmux.send("q");
    tmux.wait_for("the view to exit", |s| s.contains("exit=0"));
    drop(tmux);
    let saved =
        std::fs::read_to_string(dir.path().join("up/en.original.v2-edits.nl.rendering.json")).unwrap();
    assert_eq!(saved.matches("\"resolved\": true").count(), 2, "the paragraph bead and its sentence bead");
    let tmux = open("update-again");
    let screen = tmux.wait_for("the reopened view", |s| status_line(s).contains("✓1"));
    assert!(status_line(&screen).contains("nl !2 stale ✓1 *2 new -1 orph."), "{screen}");
}
