//! The lock of a session, as commands meet it (issue 13): a command that
//! writes waits for another command's save to let go (up to 5 s) instead
//! of being refused at once, and says who held it when it gives up.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use spiral::store::{Lock, LockState};

fn new_session(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("s.ron");
    common::ok(&common::spiral(&[
        "new",
        file.to_str().unwrap(),
        "--title",
        "Alby",
        "--group",
        "Young people",
    ]));
    file
}

fn add(file: &Path, text: &str) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_spiral"));
    c.env("SPIRAL_LANG", "en")
        .args([
            "add",
            file.to_str().unwrap(),
            "--group",
            "Young people",
            "--question",
            "wellbeing",
            text,
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

fn held(file: &Path) -> Lock {
    match Lock::acquire(file).unwrap() {
        LockState::Held(lock) => lock,
        LockState::Busy(who) => panic!("held by {who}"),
        LockState::Elsewhere(who) => panic!("held by {who}"),
    }
}

fn notes(file: &Path) -> usize {
    spiral::store::load_session(file).unwrap().notes.len()
}

#[test]
fn a_command_waits_for_a_lock_held_a_moment() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let lock = held(&file);
    let start = Instant::now();
    let child = add(&file, "Fotboll").spawn().unwrap();
    std::thread::sleep(Duration::from_millis(800));
    drop(lock);
    let out: Output = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(start.elapsed() >= Duration::from_millis(800));
    assert_eq!(notes(&file), 1);
}

#[test]
fn a_command_gives_up_after_5_seconds_saying_who_holds_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let _lock = held(&file);
    let who = std::fs::read_to_string(Lock::path_for(&file)).unwrap();
    let start = Instant::now();
    let out = add(&file, "Fotboll").output().unwrap();
    let waited = start.elapsed();
    assert_eq!(
        common::err(&out),
        format!(
            "spiral: {} is open in another spiral ({}), still after 5 s; add the note there, or close it first\n",
            file.display(),
            who.trim()
        )
    );
    assert!(waited >= Duration::from_secs(5), "{waited:?}");
    assert!(waited < Duration::from_secs(9), "{waited:?}");
    assert_eq!(notes(&file), 0);
}

/// Eight scripts adding notes to one session at once: each waits its turn,
/// none is refused, every note is there.
#[test]
fn commands_run_at_once_all_get_their_turn() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    let loops: Vec<_> = (0..8)
        .map(|i| {
            let file = file.clone();
            std::thread::spawn(move || {
                for j in 0..5 {
                    let out = add(&file, &format!("note {i}.{j}")).output().unwrap();
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for l in loops {
        l.join().unwrap();
    }
    assert_eq!(notes(&file), 40);
}

/// A lock file held by an operating-system lock, naming `machine`: as a
/// network folder whose locks reach across machines shows one.
fn held_as_if_by(file: &Path, machine: &str) -> std::fs::File {
    use std::io::Write;
    let mut lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .read(true)
        .open(Lock::path_for(file))
        .unwrap();
    lock.try_lock().unwrap();
    writeln!(
        lock,
        "spiral pid 4242 on {machine} since 2026-12-02T10:00:00Z"
    )
    .unwrap();
    lock
}

#[test]
fn a_lock_names_its_machine_and_one_from_elsewhere_never_makes_a_window_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let file = new_session(dir.path());
    // What a lock says: which spiral, on which machine.
    let lock = held(&file);
    let said = std::fs::read_to_string(Lock::path_for(&file)).unwrap();
    assert_eq!(
        spiral::store::machine_of(said.trim()),
        Some(spiral::store::this_machine().as_str()),
        "{said}"
    );
    drop(lock);
    // Held from another machine: writable here.
    let other = held_as_if_by(&file, "laptop-elsewhere");
    match Lock::acquire(&file).unwrap() {
        LockState::Elsewhere(who) => assert!(who.contains("on laptop-elsewhere"), "{who}"),
        LockState::Busy(who) => panic!("busy: {who}"),
        LockState::Held(_) => panic!("the lock was held"),
    }
    let mut open = spiral::live::SessionFile::open(&file).unwrap();
    assert!(open.read_only().is_none());
    open.edit(|s| s.title = "Written here".into()).unwrap();
    open.save().unwrap();
    assert_eq!(
        spiral::store::load_session(&file).unwrap().title,
        "Written here"
    );
    drop(open);
    drop(other);
    // Held on this machine: read-only, as always.
    let here = held_as_if_by(&file, &spiral::store::this_machine());
    let open = spiral::live::SessionFile::open(&file).unwrap();
    assert!(open.read_only().is_some());
    drop(here);
}
