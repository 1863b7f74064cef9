//! The crash test: the real binary, driven through bursts of edits in tmux,
//! killed with SIGKILL at random moments (a flat battery, a frozen laptop
//! pulled from the wall). After each kill: the session file loads; it holds
//! every note the screen had shown as saved; its `.bak` loads; and the
//! next start clears any temporary file the kill left.
//!
//! 50 kills by default (CI); `SPIRAL_KILLS=500 scripts/crash-test` for the
//! long run. The figures are printed (`--nocapture`).
#![cfg(unix)] // tmux and SIGKILL: Unix only (scripts/test-windows counts it)

mod common;

use std::path::Path;
use std::time::Duration;

use common::{Tmux, wait_until};

/// A small deterministic generator (xorshift), seeded per run.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn alive(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
        && !std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .unwrap_or_default()
            .contains(") Z ")
}

/// "… 101 notes · saved" on the header line: the count the file must hold.
fn shown_saved(screen: &str) -> Option<usize> {
    let header = screen.lines().next()?;
    let at = header.find(" notes · saved")?;
    header[..at].rsplit(' ').next()?.parse().ok()
}

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

#[test]
fn killed_at_random_moments_nothing_saved_is_lost() {
    let kills: usize = std::env::var("SPIRAL_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(50);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alby.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let original: Vec<String> = spiral::store::load_session(&path)
        .unwrap()
        .notes
        .iter()
        .map(|n| n.text.clone())
        .collect();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut dice = Dice(seed);
    let command = format!(
        "exec env SPIRAL_CODER=Crash {} {}",
        env!("CARGO_BIN_EXE_spiral"),
        path.display()
    );
    let (mut typed, mut temps_after_kill, mut at_least) = (0usize, 0usize, original.len());
    let mut rounds_shown_saved = 0usize;
    for round in 0..kills {
        let t = Tmux::start("crash", &command);
        t.wait_for("Question 1/3");
        let pid: u32 = String::from_utf8(
            t.cmd(&["display", "-p", "-t", "s", "#{pane_pid}"])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap()
        .trim()
        .parse()
        .unwrap();
        // A burst: notes added, some coded, some groups switched; the kill
        // comes after a random step of it (often right after an Enter, while
        // the save is under way), or a little after its end.
        let steps = 1 + dice.roll(5);
        let kill_at = dice.roll(steps + 2);
        for j in 0..steps {
            t.keys(&["a"]);
            t.text(&format!("k{round}-{j}"));
            t.keys(&["Enter"]);
            typed += 1;
            if j == kill_at {
                std::thread::sleep(Duration::from_millis(dice.roll(8)));
                break;
            }
            t.keys(&["Escape"]);
            // An Escape and the next key sent together read as Alt-key (in
            // any terminal): a facilitator never types that fast.
            std::thread::sleep(Duration::from_millis(40));
            match dice.roll(4) {
                0 => t.keys(&[&(1 + dice.roll(8)).to_string()]),
                1 => t.keys(&["Right"]),
                _ => {}
            }
        }
        if kill_at >= steps {
            std::thread::sleep(Duration::from_millis(dice.roll(150)));
        }
        // The last round waits for the header to say "saved" before its
        // kill, so the check of saved notes always has a round to bind,
        // however slow the disk. (Any count: a key the terminal mangles
        // can make a burst add fewer notes than it typed.)
        if round + 1 == kills {
            wait_until("the last round's header to say saved", || {
                shown_saved(&t.screen()).is_some()
            });
        }
        let screen = t.screen();
        let saved = shown_saved(&screen);
        let _ = std::process::Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status();
        wait_until("the killed spiral to be gone", || !alive(pid));
        drop(t);
        if !temp_files(dir.path()).is_empty() {
            temps_after_kill += 1;
        }
        // The file loads, and holds at least what the screen showed saved
        // (notes are only added here, so the count only grows).
        let session = spiral::store::load_session(&path).unwrap_or_else(|e| {
            panic!("round {round}: the session does not load after a kill: {e}")
        });
        if let Some(n) = saved {
            at_least = at_least.max(n);
            rounds_shown_saved += 1;
        }
        assert!(
            session.notes.len() >= at_least,
            "round {round}: {} notes in the file, but the screen had shown {at_least} saved",
            session.notes.len()
        );
        at_least = session.notes.len();
        for n in &session.notes {
            assert!(
                original.contains(&n.text) || n.text.starts_with('k'),
                "round {round}: a note nobody typed: {:?}",
                n.text
            );
        }
        // Once a save has happened (the file holds more than it started
        // with), there is a backup, and it loads.
        let bak = spiral::store::backup_path(&path);
        if session.notes.len() > original.len() {
            spiral::store::load_session(&bak)
                .unwrap_or_else(|e| panic!("round {round}: the backup does not load: {e}"));
        }
    }
    // The check above bound something: the header was read as "saved".
    assert!(
        rounds_shown_saved > 0,
        "no round read \"saved\" on the header: the check of saved notes checked nothing"
    );
    // The next start clears what the kills left, and the lock of the
    // killed runs blocks nothing.
    let t = Tmux::start("after", &command);
    t.wait_for("Question 1/3");
    assert!(!t.screen().contains("READ-ONLY"));
    t.keys(&["q"]);
    wait_until("the last spiral to quit", || {
        !dir.path().join(".alby.ron.lock").exists() || temp_files(dir.path()).is_empty()
    });
    drop(t);
    assert_eq!(temp_files(dir.path()), Vec::<String>::new());
    let notes = spiral::store::load_session(&path).unwrap().notes.len();
    println!(
        "crash test: {kills} kills survived (seed {seed}); {typed} notes typed, {} in the file; a temp file was left by {temps_after_kill} kills and cleared at the next start",
        notes - original.len()
    );
}
