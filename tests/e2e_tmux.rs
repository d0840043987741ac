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

    /// Waits until the screen satisfies `ready`; panics with the screen after 20 s.
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if ready(&screen) {
                return screen;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "waited 20 s for {what}; screen:\n{screen}");
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

#[test]
fn review_bundled_texts_next_divergence_and_quit_in_tmux() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("note: tmux is not installed; skipping the end-to-end terminal test");
        return;
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
    let tmux = Tmux { socket: format!("transdiff-e2e-{}", std::process::id()) };
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
    let after = tmux.wait_for("the exit code", |s| s.contains("exit=") && s.contains("icanon"));
    assert!(after.contains("exit=0"), "{after}");
    // Raw mode is off again and the alternate screen is gone: the view's header is not on screen.
    assert!(after.contains("icanon echo") && !after.contains("-icanon"), "{after}");
    assert!(!after.contains("EN · texts/en.original.txt"), "{after}");
}

fn shell_quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}
