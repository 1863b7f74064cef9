//! `SessionFile` without a terminal: autosave, read-only, outside changes,
//! save-as, the rescue, a command's edit.

use super::*;
use crate::model::{Framework, Group, Lang, Note};

fn session() -> Session {
    let mut s = Session::new("Alby", &Framework::default_framework(), Lang::En);
    let mut g = Group::new("Young people");
    g.id = "g".into();
    s.groups.push(g);
    s
}

fn add(file: &SessionFile, text: &str) -> Change {
    Change::AddNote {
        index: file.session().notes.len(),
        note: Note::new("g", "wellbeing", text, "Ana"),
    }
}

#[test]
fn autosave_writes_every_change_and_undo_is_saved_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    let mut file = SessionFile::open(&path).unwrap();
    assert_eq!(file.read_only(), None);
    for i in 0..5 {
        file.change(add(&file, &format!("note {i}"))).unwrap();
        file.autosave();
    }
    assert!(file.is_dirty());
    assert!(file.save_if_dirty().is_none());
    assert!(!file.is_dirty());
    assert_eq!(crate::store::load_session(&path).unwrap().notes.len(), 5);
    file.undo().expect("something to undo");
    file.save_if_dirty();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        crate::store::session_to_ron(file.session())
    );
    assert_eq!(crate::store::load_session(&path).unwrap().notes.len(), 4);
}

#[test]
fn a_second_opening_is_read_only_and_refuses_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    let _first = SessionFile::open(&path).unwrap();
    let mut second = SessionFile::open(&path).unwrap();
    let Some(ReadOnly::Held(who)) = second.read_only().cloned() else {
        panic!("read-only: {:?}", second.read_only());
    };
    let change = add(&second, "x");
    assert_eq!(second.change(change), Err(ReadOnly::Held(who.clone())));
    assert_eq!(
        second.writable().unwrap_err().to_string(),
        format!("Read-only: this session is open in another spiral ({who}).")
    );
    let refused = SessionFile::open_to_write(&path, "close it first")
        .err()
        .unwrap();
    assert!(
        refused.to_string().ends_with(&format!(
            "is open in another spiral ({who}), still after 5 s; close it first"
        )),
        "{refused}"
    );
}

#[test]
fn a_file_changed_elsewhere_is_kept_until_the_user_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    let mut file = SessionFile::open(&path).unwrap();
    std::fs::write(&path, "someone else's text, longer than before").unwrap();
    assert_eq!(file.outside_change(), Some(OutsideChange::Changed));
    file.change(add(&file, "mine")).unwrap();
    let news = file.save_if_dirty().expect("refused");
    assert!(news.is_refusal());
    assert!(
        news.describe(crate::model::Lang::En)
            .ends_with("was changed by another program since spiral saved it; it is not written over. Ctrl-s writes over it with what you see here, W saves elsewhere."),
        "{}",
        news.describe(crate::model::Lang::En)
    );
    assert_eq!(
        file.save_error(),
        Some(news.describe(crate::model::Lang::En).as_str())
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "someone else's text, longer than before"
    );
    let news = file.save_now().expect("saved after the refusal");
    assert_eq!(
        news.describe(crate::model::Lang::En),
        format!("Saved {}.", path.display())
    );
    assert_eq!(file.save_error(), None);
    assert_eq!(crate::store::load_session(&path).unwrap().notes.len(), 1);
}

/// The lock is the file's, not its name's: a second name (a hard link)
/// opens read-only, before the first save and after it (a save replaces
/// the file by a new one, which the lock follows).
#[cfg(unix)]
#[test]
fn a_hard_link_finds_the_session_held() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    let before = dir.path().join("before.ron");
    std::fs::hard_link(&path, &before).unwrap();
    let mut first = SessionFile::open(&path).unwrap();
    assert_eq!(first.read_only(), None);
    let second = SessionFile::open(&before).unwrap();
    assert_eq!(second.read_only(), Some(&ReadOnly::Held(Holder::HardLink)));
    assert_eq!(
        Holder::HardLink.describe(Lang::En),
        "another spiral, under another name of this file (a hard link)"
    );
    first.change(add(&first, "one")).unwrap();
    first.save_if_dirty();
    let after = dir.path().join("after.ron");
    std::fs::hard_link(&path, &after).unwrap();
    let third = SessionFile::open(&after).unwrap();
    assert!(
        third.read_only().is_some_and(ReadOnly::is_held),
        "{:?}",
        third.read_only()
    );
    assert!(SessionFile::open_to_write(&after, "close it first").is_err());
}

/// A window opened read-only while another held the session notices when
/// that one lets go, says so once, and on request writes the session from
/// then on, read again from its file.
#[test]
fn a_read_only_window_takes_the_session_over_when_it_is_let_go() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    let mut first = SessionFile::open(&path).unwrap();
    let mut second = SessionFile::open(&path).unwrap();
    assert!(second.read_only().is_some());
    let woken = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = woken.clone();
    second.wake_with(std::sync::Arc::new(move |_| {
        count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }));
    assert!(matches!(second.take_over(), Err(TakeOverError::Held(_))));
    first.change(add(&first, "written by the first")).unwrap();
    first.save_if_dirty();
    std::thread::sleep(Follow::EVERY * 2);
    assert!(!second.take_lock_freed(), "still held");
    drop(first);
    let start = std::time::Instant::now();
    while !second.take_lock_freed() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(5),
            "the lock let go was not noticed"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        woken.load(std::sync::atomic::Ordering::SeqCst) >= 1,
        "the app is woken"
    );
    assert!(!second.take_lock_freed(), "said once");
    second.take_over().unwrap();
    assert_eq!(second.read_only(), None);
    assert_eq!(second.session().notes.len(), 1, "read again from the file");
    second
        .change(add(&second, "written by the second"))
        .unwrap();
    assert!(second.save_if_dirty().is_none());
    assert_eq!(crate::store::load_session(&path).unwrap().notes.len(), 2);
    // It holds the session now.
    let third = SessionFile::open(&path).unwrap();
    assert!(third.read_only().is_some());
}

/// A read-only window follows the file: a change the writing window saves
/// is taken in within 2 s (the app is woken), and a lock let go is still
/// told after it.
#[test]
fn a_read_only_window_takes_in_what_the_writing_one_saves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    let mut first = SessionFile::open(&path).unwrap();
    let mut second = SessionFile::open(&path).unwrap();
    let woken = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = woken.clone();
    second.wake_with(std::sync::Arc::new(move |_| {
        count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }));
    assert!(!second.follow_file(), "nothing changed yet");
    for text in ["one", "two"] {
        first.change(add(&first, text)).unwrap();
        first.save_if_dirty();
        let start = std::time::Instant::now();
        while !second.follow_file() {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(2),
                "the change was not taken in within 2 s"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(second.session(), first.session());
        assert!(second.read_only().is_some());
    }
    assert!(
        woken.load(std::sync::atomic::Ordering::SeqCst) >= 2,
        "the app is woken"
    );
    drop(first);
    let start = std::time::Instant::now();
    while !second.take_lock_freed() {
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// No lock can be made beside the session (here its place is taken by a
/// folder): read-only, saying so, not "open in another spiral".
#[test]
fn a_session_that_cannot_be_locked_says_why_not_who() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    std::fs::create_dir(Lock::path_for(&path)).unwrap();
    let file = SessionFile::open(&path).unwrap();
    let why = file.read_only().expect("read-only").to_string();
    assert!(
        why.starts_with("Read-only: spiral cannot make its lock file beside this session, so it writes nothing here (")
            && !why.contains("another spiral"),
        "{why}"
    );
}

#[test]
fn save_as_moves_the_session_and_never_writes_over_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    let mut file = SessionFile::open(&path).unwrap();
    file.change(add(&file, "one")).unwrap();
    let err = file.save_as(path.to_str().unwrap()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{} already exists; choose another name.", path.display())
    );
    let other = dir.path().join("other.ron");
    assert_eq!(file.save_as(other.to_str().unwrap()).unwrap(), other);
    assert_eq!(file.path(), Some(other.as_path()));
    assert!(!file.is_dirty());
    file.change(add(&file, "two")).unwrap();
    file.save_if_dirty();
    assert_eq!(crate::store::load_session(&other).unwrap().notes.len(), 2);
    assert_eq!(crate::store::load_session(&path).unwrap().notes.len(), 0);
}

/// Save-as follows the rule of every output (`crate::output`): a link
/// is followed to where the session then lives, a FIFO or a folder is
/// refused with what it is, and the session stays where it was.
#[cfg(unix)]
#[test]
fn save_as_follows_a_link_and_refuses_what_cannot_hold_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    let mut file = SessionFile::open(&path).unwrap();
    file.change(add(&file, "one")).unwrap();
    let fifo = dir.path().join("pipe.ron");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let err = file.save_as(fifo.to_str().unwrap()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: a FIFO (a named pipe): a session is saved to a file; give a file name",
            fifo.display()
        )
    );
    let err = file.save_as(dir.path().to_str().unwrap()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: a folder; give the name of a file to write",
            dir.path().display()
        )
    );
    assert_eq!(file.path(), Some(path.as_path()));
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("real.ron", &link).unwrap();
    let real = dir.path().join("real.ron");
    assert_eq!(file.save_as(link.to_str().unwrap()).unwrap(), real);
    assert_eq!(file.path(), Some(real.as_path()));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(crate::store::load_session(&link).unwrap().notes.len(), 1);
}

#[test]
fn unsaved_work_is_rescued_beside_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    let mut file = SessionFile::open(&path).unwrap();
    file.change(add(&file, "kept")).unwrap();
    std::fs::remove_file(&path).unwrap();
    file.mark_deleted_as_unsaved();
    assert!(file.save_if_dirty().unwrap().is_refusal());
    let rescued = file.rescue().expect("rescued");
    assert_eq!(rescued.parent(), Some(dir.path()));
    assert_eq!(
        crate::store::load_session(&rescued).unwrap().notes[0].text,
        "kept"
    );
}

#[test]
fn a_command_edits_and_saves_through_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    SessionFile::create(&path, &session()).unwrap();
    let mut file = SessionFile::open_to_write(&path, "close it first").unwrap();
    file.edit(|s| s.notes.push(Note::new("g", "wellbeing", "typed", "")))
        .unwrap();
    file.save().unwrap();
    assert!(matches!(
        SessionFile::create(&path, &session()),
        Err(FileError::Exists { .. })
    ));
    assert_eq!(crate::store::load_session(&path).unwrap().notes.len(), 1);
}
