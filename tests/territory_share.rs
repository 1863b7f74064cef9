//! Around a territory folder: the watch that hands a file on once it
//! settles, `spiral share` and the `.stignore` it writes, a folder in the
//! exports, names that are not UTF-8, a territory named by a relative path.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::territory::{example, note, save};
use spiral::model::Framework;
use spiral::territory::Watch;
// What the Unix-only tests of names not UTF-8 use.
#[cfg(unix)]
use common::territory::{files, open};
#[cfg(unix)]
use spiral::territory::FeedItem;
#[cfg(unix)]
use std::path::Path;

#[test]
fn the_watch_hands_a_file_on_once_it_settles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let watch = Watch::start(dir.path(), Vec::new());
    let s = example();
    // Written bit by bit for a while: not handed on while it grows. (On a
    // busy machine a pause between two writes may outlast `SETTLE`: the
    // file then settled, rightly; only a growth faster than that is held
    // to the rule, never the machine's speed.)
    let text = spiral::store::session_to_ron(&s);
    let mut wrote = Instant::now();
    for k in 1..=8 {
        let gap = wrote.elapsed();
        std::fs::write(&path, chunk_safe(&text, text.len() * k / 9)).unwrap();
        wrote = Instant::now();
        std::thread::sleep(Duration::from_millis(120));
        let handed = watch.settled();
        if k > 1
            && gap < spiral::territory::watch::SETTLE
            && wrote.elapsed() < spiral::territory::watch::SETTLE
        {
            assert!(handed.is_empty(), "handed on while still growing");
        }
    }
    std::fs::write(&path, &text).unwrap();
    let start = Instant::now();
    let settled = loop {
        let got = watch.settled();
        if !got.is_empty() {
            break got;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "never handed on");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(settled, std::slice::from_ref(&path));
    assert!(start.elapsed() >= spiral::territory::watch::SETTLE - Duration::from_millis(50));
    // Temporary files are never handed on.
    std::fs::write(dir.path().join(".syncthing.a.ron.tmp"), "x").unwrap();
    std::thread::sleep(spiral::territory::watch::WALK_EVERY + Duration::from_millis(500));
    assert!(watch.settled().is_empty());
}

/// The first `n` bytes of `text`, cut at a character boundary.
fn chunk_safe(text: &str, mut n: usize) -> &str {
    n = n.min(text.len());
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    &text[..n]
}

#[test]
fn share_writes_the_stignore_lines_once_and_keeps_the_users_own() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().to_str().unwrap();
    std::fs::write(dir.path().join(".stignore"), "// mine\n*.docx").unwrap();
    let out = common::ok(&common::spiral(&["share", folder]));
    assert!(
        out.starts_with(&format!(
            "Wrote {} (4 lines)",
            dir.path().join(".stignore").display()
        )),
        "{out}"
    );
    assert!(out.contains("Add Remote Device"), "{out}");
    let written = std::fs::read_to_string(dir.path().join(".stignore")).unwrap();
    assert_eq!(
        written,
        "// mine\n*.docx\n// spiral: what stays on each machine (locks, backups, temporary files, merged copies)\n(?d).*.lock\n(?d)*.bak\n(?d).*.tmp\n(?d).spiral\n"
    );
    let again = common::ok(&common::spiral(&["share", folder]));
    assert!(
        again.starts_with(&format!(
            "{} already keeps spiral's files local.",
            dir.path().join(".stignore").display()
        )),
        "{again}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join(".stignore")).unwrap(),
        written
    );
    let missing = dir.path().join("nowhere");
    let e = common::err(&common::spiral(&["share", missing.to_str().unwrap()]));
    assert_eq!(e, format!("spiral: {}: not a folder\n", missing.display()));
}

/// A Syncthing folder (`.stfolder` in it or above) whose `.stignore`
/// lacks spiral's lines: the territory and the session list say so, with
/// the command that mends it; once run, they say nothing.
#[test]
fn a_syncthing_folder_without_spirals_stignore_lines_is_said_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_str().unwrap();
    let below = dir.path().join("fittja");
    save(&below.join("unga.ron"), &example());
    let shown = |state: &spiral::tui::State| common::app::screen(state, 220, 30);
    let territory = || spiral::tui::State::territory(Framework::default_framework(), &below);
    let list = || spiral::tui::State::list(Framework::default_framework(), &below);
    let said = format!(
        "Run `spiral share {root}`: this Syncthing folder's .stignore lacks spiral's lines, so locks, backups and temporary files would travel between laptops."
    );
    // Not a Syncthing folder: nothing to say.
    assert!(!shown(&territory()).contains("spiral share"));
    assert!(!shown(&list()).contains("spiral share"));
    std::fs::create_dir(dir.path().join(".stfolder")).unwrap();
    std::fs::write(
        dir.path().join(".stignore"),
        "// mine\n*.docx\n(?d).*.lock\n",
    )
    .unwrap();
    // The screen is read with `/` for `\` on Windows (common::app::screen).
    let said = common::app::slashes(&said);
    let screen = shown(&territory());
    assert!(screen.contains(&said), "{screen}");
    let screen = shown(&list());
    assert!(screen.contains(&said), "{screen}");
    common::ok(&common::spiral(&["share", root]));
    assert!(!shown(&territory()).contains("spiral share"));
    assert!(!shown(&list()).contains("spiral share"));
}

#[test]
fn a_folder_stands_for_its_sessions_in_the_exports() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = example();
    save(&dir.path().join("alby.ron"), &s);
    s.title = "Fittja".into();
    s.notes.truncate(3);
    s.drop_missing_links();
    save(&dir.path().join("fittja/fittja.ron"), &s);
    save(
        &dir.path()
            .join("alby.sync-conflict-20261202-100004-ABCDEFG.ron"),
        &s,
    );
    save(&dir.path().join(".stversions/alby.ron"), &s);
    let folder = dir.path().to_str().unwrap();
    let csv = common::ok(&common::spiral(&[
        "export",
        folder,
        "--format",
        "csv-notes",
        "-o",
        "-",
    ]));
    assert_eq!(csv.lines().count(), 1 + 96 + 3, "{csv}");
    let out: PathBuf = dir.path().join("territory.html");
    let said = common::ok(&common::spiral(&[
        "export",
        folder,
        "--format",
        "html",
        "-o",
        out.to_str().unwrap(),
    ]));
    assert!(said.starts_with("wrote "), "{said}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("Fittja") && html.contains("Alby"),
        "both sessions"
    );
    let empty = tempfile::tempdir().unwrap();
    let e = common::err(&common::spiral(&[
        "export",
        empty.path().to_str().unwrap(),
        "--format",
        "csv-notes",
        "-o",
        "-",
    ]));
    assert_eq!(
        e,
        format!(
            "spiral: {}: no session file (*.ron) in this folder\n",
            empty.path().display()
        )
    );
}

/// Files a session's name would be theirs but for a name that is not
/// UTF-8 (a Latin-1 name from an old stick): `caf\xe9.ron`, `b\xff.ron`,
/// and a photo that would not be read anyway.
#[cfg(unix)]
fn names_not_utf8(dir: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let s = example();
    save(&dir.join("alby.ron"), &s);
    for name in [&b"caf\xe9.ron"[..], b"b\xff.ron", b"photo\xff.jpg"] {
        let path = dir.join(std::ffi::OsStr::from_bytes(name));
        std::fs::copy(dir.join("alby.ron"), &path).unwrap();
    }
}

/// Said once (the feed's first line; the folder commands on standard
/// error), naming them as well as they can be shown.
#[cfg(unix)]
#[test]
fn files_whose_names_are_not_utf8_are_said_to_be_left_out() {
    let dir = tempfile::tempdir().unwrap();
    names_not_utf8(dir.path());
    let t = open(dir.path());
    assert_eq!(files(&t), ["alby.ron"]);
    let said: Vec<&str> = t
        .feed()
        .filter_map(|f| match f {
            FeedItem::Said(s) => Some(s.as_str()),
            FeedItem::Note(_) => None,
        })
        .collect();
    assert_eq!(
        said,
        [
            "Left out 2 files whose names are not UTF-8 (rename them to read them): b\u{fffd}.ron, caf\u{fffd}.ron."
        ]
    );
    let state = spiral::tui::State::territory(Framework::default_framework(), dir.path());
    let shown = common::app::screen(&state, 160, 30);
    assert!(
        shown.contains("Left out 2 files whose names are not UTF-8"),
        "{shown}"
    );
    let folder = dir.path().to_str().unwrap();
    let o = common::spiral(&["compare", folder, "--format", "json"]);
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!(
            "spiral: left out 2 files whose names are not UTF-8 (rename them to read them): {folder}/b\u{fffd}.ron, {folder}/caf\u{fffd}.ron\n"
        )
    );
    let o = common::spiral(&["check", folder]);
    assert!(o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).starts_with("spiral: left out 2 files whose names"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Part 6: a territory named by a relative path counts a changed file
/// once (the watch's paths and the walk's are one).
#[test]
fn a_territory_named_by_a_relative_path_counts_each_file_once() {
    let base = std::path::Path::new("target/tmp");
    std::fs::create_dir_all(base).unwrap();
    let dir = tempfile::tempdir_in(base).unwrap();
    let relative = dir
        .path()
        .strip_prefix(std::env::current_dir().unwrap())
        .unwrap_or(dir.path())
        .to_path_buf();
    assert!(relative.is_relative(), "{}", relative.display());
    let s = example();
    save(&dir.path().join("alby.ron"), &s);
    let mut state = spiral::tui::State::territory(Framework::default_framework(), &relative);
    let mut more = s.clone();
    more.notes.push(note(&s, "Came later", "Bo", 9));
    save(&dir.path().join("alby.ron"), &more);
    common::wait_until("the change is seen", || {
        state.tick();
        common::app::screen(&state, 120, 30).contains("Came later")
    });
    // Two walks later, still one file.
    for _ in 0..45 {
        state.tick();
        std::thread::sleep(Duration::from_millis(100));
    }
    let spiral::tui::app::Page::Territory(t) = &state.page else {
        panic!("the territory");
    };
    assert_eq!(t.territory.len(), 1);
    assert!(t.territory.root.is_absolute());
}

/// Issue 24, part 6: `spiral share` reads `.stignore` by the project's
/// input rules: a FIFO is refused at once (it hung), a file over 1 MiB is
/// refused unread (300 MB were read, rewritten and copied), and one that
/// is a link stays a link (its target gets the lines).
#[test]
#[cfg(unix)]
fn share_reads_the_stignore_by_the_input_rules_and_keeps_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().to_str().unwrap();
    let ignore = dir.path().join(".stignore");
    common::mkfifo(&ignore);
    let e = common::err(&common::spiral_in_time(&["share", folder]));
    assert_eq!(
        e,
        format!(
            "spiral: {}: not a regular file but a FIFO (a named pipe): spiral reads ignore lists from files\n",
            ignore.display()
        )
    );
    std::fs::remove_file(&ignore).unwrap();
    std::fs::write(&ignore, "x".repeat((1 << 20) + 1)).unwrap();
    let e = common::err(&common::spiral_in_time(&["share", folder]));
    assert_eq!(
        e,
        format!(
            "spiral: {}: 1048577 bytes, larger than an ignore list can be (1 MiB)\n",
            ignore.display()
        )
    );
    assert_eq!(std::fs::metadata(&ignore).unwrap().len(), (1 << 20) + 1);
    std::fs::remove_file(&ignore).unwrap();
    let real = dir.path().join("shared-ignore.txt");
    std::fs::write(&real, "// mine\n").unwrap();
    std::os::unix::fs::symlink(&real, &ignore).unwrap();
    common::ok(&common::spiral_in_time(&["share", folder]));
    assert!(
        std::fs::symlink_metadata(&ignore)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("(?d).spiral\n")
    );
}
