//! Helpers shared by the tests that run the real binary: on the command
//! line, and in tmux.
#![allow(dead_code)]

pub mod actions;
pub mod app;
pub mod faults;
pub mod paper;
pub mod territory;

use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// Runs spiral with these arguments, failing (and killing it) when it has
/// not ended within 10 s: a read or a write that blocks (on a FIFO, a
/// device) must fail the test, not hang the suite.
pub fn spiral_in_time(args: &[&str]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spiral runs");
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("spiral {args:?} did not end within 10 s (it is blocked)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A FIFO of our own at `path`.
#[cfg(unix)]
pub fn mkfifo(path: &std::path::Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {}", path.display());
}

/// The binary, run with these arguments.
pub fn spiral(args: &[&str]) -> Output {
    bin().args(args).output().expect("spiral runs")
}

/// The binary, speaking English whatever the session's language or the
/// machine's locale (the tests of other languages say theirs).
pub fn bin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_spiral"));
    command.env("SPIRAL_LANG", "en");
    command
}

/// What a run that must succeed printed.
pub fn ok(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// What a run that must fail (exit status 1) said.
pub fn err(o: &Output) -> String {
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A real terminal: tmux, on its own socket (Unix only: the tests that
/// drive the binary in it are marked `#[cfg(unix)]`).
#[cfg(unix)]
pub struct Tmux {
    socket: String,
    /// The app's state folder (where it keeps one's place in each
    /// session), this run's own unless the command names one.
    _state: tempfile::TempDir,
}

#[cfg(unix)]
impl Tmux {
    pub fn start(name: &str, command: &str) -> Tmux {
        let socket = format!("spiral-test-{name}-{}", std::process::id());
        let state = tempfile::tempdir().unwrap();
        let command = if command.contains("SPIRAL_STATE_DIR=") {
            command.to_string()
        } else {
            format!("SPIRAL_STATE_DIR={} {command}", state.path().display())
        };
        // The app speaks English (the session's labels in its language),
        // unless the command names a language.
        let command = if command.contains("LANG=") {
            command
        } else {
            format!("SPIRAL_LANG=en {command}")
        };
        let command = command.as_str();
        let t = Tmux {
            socket,
            _state: state,
        };
        let status = t
            .cmd(&[
                "new-session",
                "-d",
                "-s",
                "s",
                "-x",
                "100",
                "-y",
                "30",
                command,
            ])
            .status()
            .expect("tmux is installed (.ci/run installs it)");
        assert!(status.success());
        // Keys go through at once (tmux otherwise waits after an Escape).
        let _ = t.cmd(&["set-option", "-s", "escape-time", "0"]).status();
        t
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket, "-f", "/dev/null"]).args(args);
        c
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "s"];
        args.extend_from_slice(keys);
        assert!(self.cmd(&args).status().unwrap().success());
    }

    pub fn text(&self, text: &str) {
        assert!(
            self.cmd(&["send-keys", "-t", "s", "-l", text])
                .status()
                .unwrap()
                .success()
        );
    }

    pub fn screen(&self) -> String {
        let out = self
            .cmd(&["capture-pane", "-p", "-t", "s"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The screen with its escape codes (colours, bold), as tmux keeps it.
    pub fn screen_escaped(&self) -> String {
        let out = self
            .cmd(&["capture-pane", "-e", "-p", "-t", "s"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen shows `text`, or fails with the screen.
    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return;
            }
            // A deadline for a screen that never comes, not a bound on the
            // machine's speed: generous, so a busy machine still passes.
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "never showed {text:?}:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn kill(&self) {
        let _ = self.cmd(&["kill-server"]).status();
    }
}

#[cfg(unix)]
impl Drop for Tmux {
    fn drop(&mut self) {
        self.kill();
    }
}

pub fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
