//! What differs on Windows (docs/windows.md), tested where it can be:
//! files from a Windows machine (CRLF line ends, written by Notepad or
//! Excel) read on any system, and spiral writes `\n` on every system; on
//! Windows itself (under Wine here, `scripts/test-windows`), where the
//! data, config and state folders are, the lock file's line stays
//! readable while a spiral holds the session, and a save waits out another
//! program that has the file open for a moment.

mod common;

use std::path::{Path, PathBuf};

use common::{ok, spiral};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/alby-2011.ron");

/// The example with Windows line ends, as Notepad saves it.
fn crlf_copy(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let path = dir.join("alby.ron");
    std::fs::write(&path, text.replace('\n', "\r\n")).unwrap();
    path
}

#[test]
fn a_session_with_crlf_line_ends_reads_as_the_same_session() {
    let dir = tempfile::tempdir().unwrap();
    // The same name in folders of the same length: the outputs name them.
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::create_dir(&a).unwrap();
    std::fs::create_dir(&b).unwrap();
    let crlf = crlf_copy(&a);
    let lf = b.join("alby.ron");
    std::fs::copy(EXAMPLE, &lf).unwrap();
    let run = |file: &Path, args: &[&str]| {
        let mut all = vec![args[0], file.to_str().unwrap()];
        all.extend(&args[1..]);
        // As text, and as JSON writes it (each `\` doubled).
        let folder = file.parent().unwrap().display().to_string();
        ok(&spiral(&all))
            .replace(&folder, "FOLDER")
            .replace(&folder.replace('\\', "\\\\"), "FOLDER")
    };
    for args in [
        &["check"][..],
        &["profile", "--format", "table"],
        &["profile", "--format", "csv"],
        &["profile", "--format", "json"],
    ] {
        assert_eq!(run(&crlf, args), run(&lf, args), "{args:?}");
    }
}

/// spiral writes `\n` on every system: a session saved on Windows is the
/// same bytes as on Linux, and one that came with CRLF is written back
/// with `\n`.
#[test]
fn a_session_is_written_with_lf_line_ends_even_after_a_crlf_one() {
    let dir = tempfile::tempdir().unwrap();
    let crlf = crlf_copy(dir.path());
    ok(&spiral(&[
        "add",
        crlf.to_str().unwrap(),
        "--group",
        "The Alby Youth Club",
        "--question",
        "wellbeing",
        "Fotboll varje dag",
    ]));
    let saved = std::fs::read(&crlf).unwrap();
    assert!(!saved.contains(&b'\r'), "a \\r was written");
    assert!(
        String::from_utf8(saved)
            .unwrap()
            .contains("Fotboll varje dag")
    );
}

/// What the command line writes ends its lines with `\n` on every system,
/// in every format (RON's writer would end them with `\r\n` on Windows).
#[test]
fn the_command_line_writes_lf_line_ends_in_every_format() {
    for args in [
        &["profile", EXAMPLE, "--format", "table"][..],
        &["profile", EXAMPLE, "--format", "csv"],
        &["profile", EXAMPLE, "--format", "json"],
        &["profile", EXAMPLE, "--format", "ron"],
        &["compare", EXAMPLE, "--format", "csv"],
        &["synthesis", EXAMPLE, "--format", "json"],
        &["export", EXAMPLE, "--format", "md", "-o", "-"],
        &["export", EXAMPLE, "--format", "html", "-o", "-"],
        &["categories"],
    ] {
        let out = spiral(args);
        assert!(out.status.success(), "{args:?}");
        assert!(!out.stdout.contains(&b'\r'), "{args:?} wrote a \\r");
        assert!(out.stdout.ends_with(b"\n"), "{args:?}");
    }
}

/// A CSV saved with CRLF (Excel, Notepad) imports as the same notes.
#[test]
fn a_csv_with_crlf_line_ends_imports_as_the_same_notes() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("notes.csv");
    ok(&spiral(&[
        "export",
        EXAMPLE,
        "--format",
        "csv-notes",
        "-o",
        csv.to_str().unwrap(),
    ]));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(!text.contains('\r'), "the export writes \\n");
    let crlf = dir.path().join("crlf.csv");
    std::fs::write(&crlf, text.replace('\n', "\r\n")).unwrap();
    let mut profiles = Vec::new();
    for (name, from) in [("lf.ron", &csv), ("crlf.ron", &crlf)] {
        let file = dir.path().join(name);
        ok(&spiral(&["new", file.to_str().unwrap(), "--title", "Alby"]));
        ok(&spiral(&[
            "import",
            file.to_str().unwrap(),
            "--from",
            from.to_str().unwrap(),
        ]));
        let session = spiral::store::load_session(&file).unwrap();
        let notes: Vec<(String, Option<String>)> = session
            .notes
            .iter()
            .map(|n| (n.text.clone(), n.family.clone()))
            .collect();
        assert!(notes.iter().all(|(t, _)| !t.contains('\r')), "{notes:?}");
        profiles.push(notes);
    }
    assert_eq!(profiles[0].len(), 96);
    assert_eq!(profiles[0], profiles[1]);
}

/// The settings file, edited in Notepad (CRLF), reads.
#[test]
fn a_config_file_with_crlf_line_ends_reads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.ron"),
        "// mine\r\n(\r\n    theme: \"high-contrast\",\r\n)\r\n",
    )
    .unwrap();
    let theme = spiral::tui::config::load_theme(dir.path(), spiral::model::Lang::En);
    assert_eq!(theme, Ok(Some(spiral::tui::theme::Theme::HighContrast)));
}

/// Where a facilitator's files are on Windows: the sessions and the
/// settings in the roaming application data (`%APPDATA%`), where one was
/// in each session in the local one (`%LOCALAPPDATA%`).
#[cfg(windows)]
#[test]
fn on_windows_the_folders_are_in_the_users_application_data() {
    let roaming = PathBuf::from(std::env::var_os("APPDATA").expect("%APPDATA%"));
    let local = PathBuf::from(std::env::var_os("LOCALAPPDATA").expect("%LOCALAPPDATA%"));
    assert_eq!(
        spiral::store::data_dir(),
        roaming.join(r"spiral\spiral\data\sessions")
    );
    assert_eq!(
        spiral::tui::config::config_dir(),
        roaming.join(r"spiral\spiral\config")
    );
    // scripts/test-windows leaves SPIRAL_STATE_DIR unset (Wine's prefix is
    // thrown away); where it is set, it is the folder.
    let state = match std::env::var_os("SPIRAL_STATE_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => local.join(r"spiral\spiral\data"),
    };
    assert_eq!(
        spiral::store::position::positions_file(),
        state.join("positions.ron")
    );
}

/// A Windows lock is mandatory: a lock over the lock file's line would
/// keep a second spiral (or Syncthing, or a backup) from reading who holds
/// the session. The line reads while the session is held.
#[cfg(windows)]
#[test]
fn on_windows_the_lock_file_s_line_reads_while_the_session_is_held() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("alby.ron");
    std::fs::copy(EXAMPLE, &file).unwrap();
    let held = match spiral::store::Lock::acquire(&file).unwrap() {
        spiral::store::LockState::Held(lock) => lock,
        other => panic!("{other:?}"),
    };
    let line = std::fs::read_to_string(spiral::store::Lock::path_for(&file)).unwrap();
    assert!(line.starts_with("spiral pid "), "{line:?}");
    // The session file itself is never locked: it reads, and a second
    // spiral opens it read-only, saying who holds it.
    assert!(spiral::store::load_session(&file).is_ok());
    match spiral::store::Lock::acquire(&file).unwrap() {
        spiral::store::LockState::Busy(who) => {
            assert_eq!(who, spiral::store::Holder::Line(line.trim().to_string()))
        }
        other => panic!("{other:?}"),
    }
    drop(held);
}

/// Another program (an antivirus, the search indexer, Syncthing hashing
/// it) has the session open for a moment without letting it be replaced:
/// the save waits it out rather than fail.
#[cfg(windows)]
#[test]
fn on_windows_a_save_waits_out_a_program_that_has_the_file_open_a_moment() {
    use std::os::windows::fs::OpenOptionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("alby.ron");
    std::fs::copy(EXAMPLE, &file).unwrap();
    // FILE_SHARE_READ only: no one may delete or replace it meanwhile.
    let reader = std::fs::OpenOptions::new()
        .read(true)
        .share_mode(1)
        .open(&file)
        .unwrap();
    let let_go = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        drop(reader);
    });
    let bytes = std::fs::read(EXAMPLE).unwrap();
    spiral::store::write_atomically(&file, &bytes).unwrap();
    let_go.join().unwrap();
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
}
