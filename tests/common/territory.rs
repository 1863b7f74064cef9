//! Helpers shared by the territory tests (`tests/territory*.rs`): the
//! example session, notes at a fixed time, saving and reading files,
//! the territory's files and what its feed says, and two laptops'
//! versions of one session with a conflict copy.

use std::path::{Path, PathBuf};

use spiral::model::{Framework, Note, Session};
use spiral::territory::{FeedItem, Territory};

pub fn example() -> Session {
    super::app::example()
}

pub fn later(secs: i64) -> jiff::Timestamp {
    "2026-12-02T10:00:00Z".parse::<jiff::Timestamp>().unwrap()
        + jiff::SignedDuration::from_secs(secs)
}

/// A note of the example's first group, written at `later(at)`.
pub fn note(session: &Session, text: &str, coder: &str, at: i64) -> Note {
    let mut n = Note::new(&session.groups[0].id, "wellbeing", text, coder);
    n.created = later(at);
    n.modified = later(at);
    n
}

pub fn save(path: &Path, session: &Session) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    spiral::store::save_session(path, session).unwrap();
}

pub fn texts(path: &Path) -> Vec<String> {
    spiral::store::load_session(path)
        .unwrap()
        .notes
        .into_iter()
        .map(|n| n.text)
        .collect()
}

pub fn files(t: &Territory) -> Vec<String> {
    t.files()
        .map(|(p, _)| p.strip_prefix(&t.root).unwrap().display().to_string())
        .collect()
}

pub fn open(dir: &Path) -> Territory {
    Territory::open(dir, Framework::default_framework())
}

/// The feed's lines of spiral's own (not notes), newest first.
pub fn said(t: &Territory) -> Vec<&String> {
    t.feed()
        .filter_map(|i| match i {
            FeedItem::Said(s) => Some(s),
            _ => None,
        })
        .collect()
}

/// Two laptops' versions of one session: each added a note, and both
/// recoded the same note differently.
pub fn two_versions() -> (Session, Session) {
    let base = example();
    let i = base
        .notes
        .iter()
        .position(|n| n.text == "Att ha familjen nära")
        .unwrap();
    let mut a = base.clone();
    a.notes.push(note(&base, "From laptop A", "Anna", 1));
    a.notes[i].family = Some("essential_resources".into());
    a.notes[i].criterion = None;
    a.notes[i].coder = "Anna".into();
    a.notes[i].modified = later(2);
    let mut b = base.clone();
    b.notes.push(note(&base, "From laptop B", "Bo", 3));
    b.notes[i].family = Some("social_balances".into());
    b.notes[i].criterion = None;
    b.notes[i].coder = "Bo".into();
    b.notes[i].modified = later(4);
    (a, b)
}

/// A folder with laptop B's version as the session, and laptop A's as
/// Syncthing's conflict copy of it: the folder, the two paths, A's version.
pub fn session_and_copy() -> (tempfile::TempDir, PathBuf, PathBuf, Session) {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("alby.ron");
    let copy = dir
        .path()
        .join("alby.sync-conflict-20261202-100004-ABCDEFG.ron");
    let (a, b) = two_versions();
    save(&session, &b);
    save(&copy, &a);
    (dir, session, copy, a)
}
