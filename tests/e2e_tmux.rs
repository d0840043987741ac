//! End to end: the real binary in a real pseudo-terminal (tmux), on the bundled
//! texts: first frame, `n` to the next divergence, `q` to quit, and the
//! terminal back in cooked mode on the main screen afterwards.
//!
//! Skipped, with a note, when tmux is not installed (`.ci/run` installs it).

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A tmux server of our own (its own socket), killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
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
/// empty directory; `None` when tmux is not installed.
fn start(name: &str) -> Option<(Tmux, tempfile::TempDir)> {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("note: tmux is not installed; skipping the end-to-end terminal test");
        return None;
    }
    let bin = env!("CARGO_BIN_EXE_transdiff");
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("run.sh");
    // After the view exits, show its exit code and whether the tty is back in
    // cooked mode (icanon and echo on), then keep the pane open to be read.
    std::fs::write(
        &script,
        format!(
            "cd {dir}\n{bin} review\necho \"exit=$?\"\nstty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '\necho\nsleep 60\n",
            dir = shell_quote(dir.path()),
            bin = shell_quote(Path::new(bin)),
        ),
    )
    .unwrap();
    let tmux = Tmux { socket: format!("transdiff-e2e-{name}-{}", std::process::id()) };
    let out = tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "e2e",
        "-x",
        "160",
        "-y",
        "40",
        &format!("sh {}", shell_quote(&script)),
    ]);
    assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
    Some((tmux, dir))
}

/// Waits for the exit line and checks the terminal is back to normal.
fn assert_restored(tmux: &Tmux) {
    let after = tmux.wait_for("the exit code", |s| s.contains("exit=") && s.contains("icanon"));
    assert!(after.contains("exit=0"), "{after}");
    // Raw mode is off again and the alternate screen is gone: the view's header is not on screen.
    assert!(after.contains("icanon echo") && !after.contains("-icanon"), "{after}");
    assert!(!after.contains("EN · texts/en.original.txt"), "{after}");
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

    tmux.send("n");
    let moved =
        tmux.wait_for("the status line to move", |s| status_line(s) != before && s.contains("divergence 1/"));
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

fn shell_quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}
