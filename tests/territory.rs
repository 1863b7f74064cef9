//! A territory folder: what is read in it and what is left alone, a file
//! read again alone when it changes, files still arriving, conflict copies
//! merged and put away, the watch, and the screen.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use spiral::model::{Framework, Note, Session};
use spiral::territory::{FeedItem, Reading, Territory, Watch};

fn example() -> Session {
    common::app::example()
}

fn later(secs: i64) -> jiff::Timestamp {
    "2026-12-02T10:00:00Z".parse::<jiff::Timestamp>().unwrap()
        + jiff::SignedDuration::from_secs(secs)
}

/// A note of the example's first group, written at `later(at)`.
fn note(session: &Session, text: &str, coder: &str, at: i64) -> Note {
    let mut n = Note::new(&session.groups[0].id, "wellbeing", text, coder);
    n.created = later(at);
    n.modified = later(at);
    n
}

fn save(path: &Path, session: &Session) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    spiral::store::save_session(path, session).unwrap();
}

fn texts(path: &Path) -> Vec<String> {
    spiral::store::load_session(path)
        .unwrap()
        .notes
        .into_iter()
        .map(|n| n.text)
        .collect()
}

fn files(t: &Territory) -> Vec<String> {
    t.files()
        .map(|(p, _)| p.strip_prefix(&t.root).unwrap().display().to_string())
        .collect()
}

fn open(dir: &Path) -> Territory {
    Territory::open(dir, Framework::default_framework())
}

/// The feed's lines of spiral's own (not notes), newest first.
fn said(t: &Territory) -> Vec<&String> {
    t.feed()
        .filter_map(|i| match i {
            FeedItem::Said(s) => Some(s),
            _ => None,
        })
        .collect()
}

#[test]
fn every_session_below_is_read_and_the_sync_engines_files_are_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s = example();
    save(&d.join("alby.ron"), &s);
    save(&d.join("fittja/unga.ron"), &s);
    // Syncthing's folder marker, its versions, its temporary files;
    // spiral's lock, backup and merged copies; other files.
    std::fs::create_dir_all(d.join(".stfolder")).unwrap();
    save(&d.join(".stversions/alby~20261202-100000.ron"), &s);
    save(
        &d.join(".spiral/merged/alby.sync-conflict-20261202-100000-ABCDEFG.ron"),
        &s,
    );
    std::fs::write(d.join(".syncthing.alby.ron.tmp"), "(version: 3, tit").unwrap();
    std::fs::write(d.join("~syncthing~alby.ron.tmp"), "(version").unwrap();
    std::fs::write(d.join(".alby.ron.lock"), "spiral pid 1 on laptop-a").unwrap();
    std::fs::write(d.join("alby.ron.bak"), "old").unwrap();
    std::fs::write(d.join("notes.txt"), "not a session").unwrap();
    let t = open(d);
    // Named with the system's separator (`fittja\unga.ron` on Windows).
    let unga = Path::new("fittja").join("unga.ron").display().to_string();
    assert_eq!(files(&t), ["alby.ron", unga.as_str()]);
    for (_, e) in t.files() {
        assert_eq!(e.reading, Reading::Read);
        assert_eq!(e.summary.as_ref().unwrap().notes, 96);
    }
    assert!(t.copies.is_empty());
    let (tallies, names) = t.tallies(None);
    assert_eq!(tallies.len(), 2);
    let unga = Path::new("fittja").join("unga").display().to_string();
    assert_eq!(names, ["alby", unga.as_str()]);
}

#[test]
fn a_changed_file_is_read_again_alone_and_what_arrived_leads_the_feed() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    let mut s = example();
    save(&a, &s);
    save(&b, &s);
    let mut t = open(dir.path());
    let generation = t.generation;
    s.notes
        .push(note(&s, "Bussen går var tionde minut", "Bo", 5));
    let recoded = s
        .notes
        .iter()
        .position(|n| n.text == "Att ha familjen nära")
        .unwrap();
    s.notes[recoded].family = Some("essential_resources".into());
    s.notes[recoded].criterion = None;
    s.notes[recoded].modified = later(10);
    save(&b, &s);
    assert!(t.update(std::slice::from_ref(&b)));
    assert!(t.generation > generation);
    let notes: Vec<(String, bool)> = t
        .feed()
        .take(2)
        .map(|i| match i {
            FeedItem::Note(a) => (a.text.clone(), a.new),
            FeedItem::Said(s) => (s.clone(), false),
        })
        .collect();
    assert_eq!(
        notes,
        [
            ("Att ha familjen nära".to_string(), false),
            ("Bussen går var tionde minut".to_string(), true)
        ]
    );
    let counts: Vec<usize> = t
        .files()
        .map(|(_, e)| e.summary.as_ref().unwrap().notes)
        .collect();
    assert_eq!(counts, [96, 97]);
    // The same file again, unchanged: nothing is read, nothing arrives.
    assert!(!t.update(std::slice::from_ref(&b)));
    // A file gone is forgotten.
    std::fs::remove_file(&a).unwrap();
    assert!(t.update(std::slice::from_ref(&a)));
    assert_eq!(files(&t), ["b.ron"]);
}

#[test]
fn a_half_written_file_is_arriving_until_it_reads_and_broken_only_after() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let s = example();
    save(&path, &s);
    let whole = std::fs::read_to_string(&path).unwrap();
    let mut t = open(dir.path());
    // A copy writing it in place, half-way.
    std::fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    t.update(std::slice::from_ref(&path));
    let (_, e) = t.files().next().unwrap();
    assert!(
        matches!(e.reading, Reading::Arriving { .. }),
        "{:?}",
        e.reading
    );
    // What it held is still shown meanwhile.
    assert_eq!(e.summary.as_ref().unwrap().notes, 96);
    assert_eq!(t.arriving(), std::slice::from_ref(&path));
    // Whole now: read.
    let mut more = s.clone();
    more.notes.push(note(&s, "Arrived whole", "Bo", 1));
    save(&path, &more);
    t.update(std::slice::from_ref(&path));
    let (_, e) = t.files().next().unwrap();
    assert_eq!(e.reading, Reading::Read);
    assert_eq!(e.summary.as_ref().unwrap().notes, 97);
    // Still changing after longer than a file takes to arrive (a slow
    // copy): still arriving, never said broken.
    std::fs::write(&path, "(version: 3, title: \"x\", oops)").unwrap();
    t.update(std::slice::from_ref(&path));
    for k in 0..4 {
        std::thread::sleep(spiral::territory::ARRIVING / 3);
        std::fs::write(
            &path,
            format!("(version: 3, title: \"x\", oops{})", " ".repeat(k + 1)),
        )
        .unwrap();
        t.update(std::slice::from_ref(&path));
        let (_, e) = t.files().next().unwrap();
        assert!(
            matches!(e.reading, Reading::Arriving { .. }),
            "{:?}",
            e.reading
        );
    }
    // Unchanged and unreadable for longer than that: broken, with where.
    std::thread::sleep(spiral::territory::ARRIVING + Duration::from_millis(100));
    t.update(std::slice::from_ref(&path));
    let (_, e) = t.files().next().unwrap();
    match &e.reading {
        Reading::Broken(why) => assert!(why.contains("a.ron:1:"), "{why}"),
        other => panic!("{other:?}"),
    }
}

/// Two laptops' versions of one session: each added a note, and both
/// recoded the same note differently.
fn two_versions() -> (Session, Session) {
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
fn session_and_copy() -> (tempfile::TempDir, PathBuf, PathBuf, Session) {
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

#[test]
fn a_conflict_copy_is_merged_into_its_session_put_away_and_its_conflict_noted() {
    let (dir, session, copy, a) = session_and_copy();
    let t = open(dir.path());
    let notes = texts(&session);
    assert!(notes.contains(&"From laptop A".to_string()));
    assert!(notes.contains(&"From laptop B".to_string()));
    assert_eq!(notes.len(), 98);
    assert!(!copy.exists(), "put away");
    let kept = dir
        .path()
        .join(".spiral/merged/alby.sync-conflict-20261202-100004-ABCDEFG.ron");
    assert_eq!(
        spiral::store::load_session(&kept).unwrap(),
        a,
        "nothing of it is lost"
    );
    let log = std::fs::read_to_string(dir.path().join(".spiral/conflicts.txt")).unwrap();
    assert!(
        log.contains("kept: “Att ha familjen nära” (social_balances, Bo"),
        "{log}"
    );
    assert!(
        log.contains("lost: “Att ha familjen nära” (essential_resources, Anna"),
        "{log}"
    );
    let said = said(&t);
    assert_eq!(said.len(), 1);
    assert!(
        said[0].starts_with(
            "Merged a copy of alby.ron a sync engine kept: 1 note from Anna · 1 conflict: note "
        ),
        "{}",
        said[0]
    );
    assert_eq!(files(&t), ["alby.ron"]);
    assert_eq!(
        t.files().next().unwrap().1.summary.as_ref().unwrap().notes,
        98
    );
}

/// What the feed says of a merged copy names each version's family by
/// its key and label in the territory's language, never by its id.
#[test]
fn a_merged_copys_conflict_names_the_families_in_the_screens_language() {
    for (lang, kept, lost) in [
        (
            spiral::model::Lang::Sv,
            "7 Social balans (Bo)",
            "1 Grundläggande resurser (Anna)",
        ),
        (
            spiral::model::Lang::En,
            "kept 7 Social balances (Bo)",
            "lost 1 Essential resources (Anna)",
        ),
    ] {
        let (dir, _, _, _) = session_and_copy();
        let t = Territory::open_in(dir.path(), Framework::default_framework(), lang);
        let said = said(&t);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].contains(kept), "{lang:?}: {}", said[0]);
        assert!(said[0].contains(lost), "{lang:?}: {}", said[0]);
        for id in ["social_balances", "essential_resources"] {
            assert!(!said[0].contains(id), "{lang:?}: {}", said[0]);
        }
    }
}

/// What the feed says of a merged copy names no id at all: a group by its
/// name, a criterion by its wording and its family's label.
#[test]
fn a_merged_copys_other_conflicts_name_no_id() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("alby.ron");
    let copy = dir
        .path()
        .join("alby.sync-conflict-20261202-100004-ABCDEFG.ron");
    let (mut a, mut b) = two_versions();
    a.groups[0].name = "Mammorna".into();
    b.groups[0].name = "Mothers".into();
    a.criteria[0].wording = "Familjen nära".into();
    b.criteria[0].wording = "Familj och vänner".into();
    save(&session, &b);
    save(&copy, &a);
    let t = Territory::open_in(
        dir.path(),
        Framework::default_framework(),
        spiral::model::Lang::En,
    );
    let said = said(&t);
    assert_eq!(said.len(), 1, "{said:?}");
    let said = said[0];
    let family = spiral::model::Framework::default_framework()
        .family(&b.criteria[0].family)
        .map(|f| format!("(family {} {})", f.key, f.labels.en))
        .unwrap();
    for words in ["group kept as “", "criterion kept as “", &family] {
        assert!(said.contains(words), "`{words}` in {said}");
    }
    for id in [
        b.groups[0].id.as_str(),
        b.criteria[0].id.as_str(),
        b.criteria[0].family.as_str(),
    ] {
        assert!(!said.contains(id), "`{id}` in {said}");
    }
}

#[test]
fn a_conflict_copy_of_other_details_keeps_those_of_the_version_changed_last_and_says_so() {
    // Laptop B (the session) wrote last and retitled it; laptop A (the
    // copy) gave a place, and its facilitator.
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("alby.ron");
    let copy = dir
        .path()
        .join("alby.sync-conflict-20261202-100004-ABCDEFG.ron");
    let (mut a, mut b) = two_versions();
    a.title = "Alby".into();
    a.place = "Alby, Botkyrka".into();
    a.facilitators = vec!["Anna".into()];
    b.title = "Alby, the youth".into();
    b.place = String::new();
    b.facilitators = vec!["Bo".into()];
    save(&session, &b);
    save(&copy, &a);
    let t = open(dir.path());
    assert!(!copy.exists(), "put away");
    let merged = spiral::store::load_session(&session).unwrap();
    assert_eq!(merged.title, "Alby, the youth");
    assert_eq!(merged.place, "");
    assert_eq!(merged.facilitators, ["Anna", "Bo"]);
    let log = std::fs::read_to_string(dir.path().join(".spiral/conflicts.txt")).unwrap();
    for line in [
        "  conflict: title kept as “Alby, the youth”, from this version (newest change 2026-12-02T10:00:04Z); also “Alby”\n",
        "  conflict: place kept as “”, from this version (newest change 2026-12-02T10:00:04Z); also “Alby, Botkyrka”\n",
        "  note: facilitators kept as Anna, Bo: every name any file gives\n",
        "    this version: Bo\n",
        "    the other version: Anna\n",
    ] {
        assert!(log.contains(line), "{line}\n{log}");
    }
    let said = said(&t);
    assert_eq!(said.len(), 1);
    assert!(
        said[0].contains(
            " · 3 conflicts: note “Att ha familjen nära” kept 7 Social balances (Bo), lost 1 Essential resources (Anna); title kept as “Alby, the youth”, from this version (newest change 2026-12-02T10:00:04Z); also “Alby”; place kept as “”"
        ),
        "{}",
        said[0]
    );
}

#[test]
fn a_copy_of_a_session_a_window_here_holds_is_left_to_that_window() {
    let (dir, session, copy, _) = session_and_copy();
    let held = spiral::store::Lock::acquire(&session).unwrap();
    assert!(matches!(held, spiral::store::LockState::Held(_)));
    let t = open(dir.path());
    assert!(copy.exists());
    assert_eq!(t.copies.len(), 1);
    assert_eq!(texts(&session).len(), 97);
}

#[test]
fn the_open_window_merges_a_copy_of_its_session() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("alby.ron");
    let copy = dir
        .path()
        .join("alby.sync-conflict-20261202-100004-ABCDEFG.ron");
    let (a, b) = two_versions();
    save(&session, &b);
    let mut state = spiral::tui::State::open(Framework::default_framework(), &session);
    save(&copy, &a);
    let start = Instant::now();
    while copy.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "not merged in 10 s"
        );
        state.tick();
        std::thread::sleep(Duration::from_millis(50));
    }
    state.save_if_dirty();
    let status = common::app::status(&state);
    assert!(
        status.starts_with(
            "Merged a sync engine's conflict copy (alby.sync-conflict-20261202-100004-ABCDEFG.ron): 1 note from Anna · 1 conflict: note "
        ),
        "{status}"
    );
    let notes = texts(&session);
    assert!(notes.contains(&"From laptop A".to_string()));
    assert_eq!(notes.len(), 98);
}

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

/// The territory screen of a folder of two sessions, with a conflict copy
/// merged as it opened, and the live comparison behind `C`.
// The header's width around the folder's path is Linux's /tmp/.tmpXXXXXX
// (C:\users\…\Temp\.tmpXXXXXX is longer): the snapshot is Linux's.
#[cfg_attr(
    windows,
    ignore = "the snapshot's header is as wide as Linux's /tmp path"
)]
#[test]
fn the_territory_screen_shows_its_sessions_the_feed_and_the_comparison() {
    use spiral::tui::keymap::Action;
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = two_versions();
    save(&dir.path().join("alby.ron"), &b);
    save(
        &dir.path()
            .join("alby.sync-conflict-20261202-100004-ABCDEFG.ron"),
        &a,
    );
    let mut small = example();
    small.title = "Fittja youth".into();
    small.notes.truncate(4);
    small.drop_missing_links();
    save(&dir.path().join("fittja/unga.ron"), &small);
    let mut state = spiral::tui::State::territory(Framework::default_framework(), dir.path());
    if let spiral::tui::app::Page::Territory(t) = &mut state.page {
        // The day the snapshot was written: the feed shows today's notes
        // by their time (10:00), older ones by their day.
        t.clock = spiral::model::Clock::fixed(
            "2026-12-02T12:00:00Z".parse().unwrap(),
            jiff::tz::TimeZone::UTC,
        );
    }
    let root = dir.path().display().to_string();
    let shown =
        common::app::screen(&state, 120, 30).replace(&common::app::slashes(&root), "[folder]");
    insta::assert_snapshot!("territory_120x30", shown);
    common::app::act(&mut state, Action::Compare);
    let shown =
        common::app::screen(&state, 120, 30).replace(&common::app::slashes(&root), "[folder]");
    assert!(shown.contains("Comparison · 5 groups"), "{shown}");
    assert!(shown.contains("Fittja youth · Mother"), "{shown}");
    common::app::act(&mut state, Action::Back);
    assert!(common::app::screen(&state, 120, 30).contains("spiral · territory"));
}

#[test]
fn the_session_list_leaves_conflict_copies_to_the_window_that_merges_them() {
    let dir = tempfile::tempdir().unwrap();
    let s = example();
    save(&dir.path().join("alby.ron"), &s);
    save(
        &dir.path()
            .join("alby.sync-conflict-20261202-100004-ABCDEFG.ron"),
        &s,
    );
    save(
        &dir.path()
            .join("alby (conflicted copy 2026-12-02 100004).ron"),
        &s,
    );
    std::fs::write(dir.path().join("broken.ron"), "(").unwrap();
    let listed: Vec<String> = spiral::store::list_sessions(dir.path())
        .into_iter()
        .map(|e| e.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(listed, ["alby.ron", "broken.ron"]);
}

#[test]
fn enter_opens_a_session_of_the_territory_and_q_comes_back_to_it() {
    use spiral::tui::app::Page;
    use spiral::tui::keymap::Action;
    let dir = tempfile::tempdir().unwrap();
    let s = example();
    save(&dir.path().join("alby.ron"), &s);
    let mut small = example();
    small.title = "Fittja youth".into();
    small.notes.truncate(4);
    small.drop_missing_links();
    let fittja = dir.path().join("fittja.ron");
    save(&fittja, &small);
    let mut state = spiral::tui::State::territory(Framework::default_framework(), dir.path());
    common::app::act(&mut state, Action::Down);
    common::app::act(&mut state, Action::Open);
    let Page::Workshop(p) = &state.page else {
        panic!("not opened")
    };
    assert_eq!(p.workshop.session().title, "Fittja youth");
    assert!(
        !common::app::screen(&state, 80, 24).contains("READ-ONLY"),
        "writable"
    );
    // A note typed there is saved; q closes the session and comes back.
    common::app::act(&mut state, Action::Capture);
    common::app::type_text(&mut state, "Typed from the territory");
    common::app::act(&mut state, Action::Submit);
    common::app::act(&mut state, Action::Cancel);
    common::app::act(&mut state, Action::Quit);
    assert!(!state.quit);
    assert!(matches!(state.page, Page::Territory(_)));
    assert_eq!(
        common::app::status(&state),
        format!("Closed {}; back to the territory.", fittja.display())
    );
    assert!(texts(&fittja).contains(&"Typed from the territory".to_string()));
    assert!(spiral::store::Lock::is_free(&fittja), "its lock let go");
    // The territory reads the file again once it settles.
    let start = Instant::now();
    while !common::app::screen(&state, 120, 30).contains("Typed from the territory") {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "not shown in 30 s"
        );
        state.tick();
        std::thread::sleep(Duration::from_millis(50));
    }
    common::app::act(&mut state, Action::Quit);
    assert!(state.quit);
}

/// Issue 24, part 5: a link inside a territory to a folder outside is
/// left out (said once), and nothing is read, merged, backed up or moved
/// through it, even when the file watcher (which follows links) tells of
/// a conflict copy there.
#[test]
#[cfg(unix)]
fn a_link_to_a_folder_outside_leads_no_write_outside() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let root = dir.path().join("territory");
    let (a, b) = two_versions();
    save(&root.join("alby.ron"), &b);
    save(&outside.path().join("far.ron"), &b);
    std::os::unix::fs::symlink(outside.path(), root.join("elsewhere")).unwrap();
    let mut state = spiral::tui::State::territory(Framework::default_framework(), &root);
    let shown = common::app::screen(&state, 120, 30);
    assert!(
        shown
            .contains("Left out: elsewhere is a link to a folder; spiral reads and writes nothing"),
        "{shown}"
    );
    assert!(!shown.contains("far"), "{shown}");
    // A copy arrives outside (seen through the link), then a change inside.
    let far_copy = outside
        .path()
        .join("far.sync-conflict-20261202-100004-ABCDEFG.ron");
    save(&far_copy, &a);
    let mut inside = b.clone();
    inside.notes.push(note(&b, "Inside, later", "Bo", 9));
    save(&root.join("alby.ron"), &inside);
    common::wait_until("the change inside is seen", || {
        state.tick();
        common::app::screen(&state, 120, 30).contains("Inside, later")
    });
    for _ in 0..5 {
        state.tick();
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(far_copy.exists(), "the copy outside is not moved");
    assert!(!outside.path().join(".spiral").exists());
    assert!(!outside.path().join("far.ron.bak").exists());
    assert_eq!(texts(&outside.path().join("far.ron")).len(), 97);
}

/// Part 5: `.spiral` that is a link (or a file) is refused, said, and
/// nothing is merged, moved or written through it.
#[test]
#[cfg(unix)]
fn a_spiral_folder_that_is_a_link_or_a_file_is_refused() {
    for what in ["link", "file"] {
        let (dir, session, copy, _) = session_and_copy();
        let elsewhere = tempfile::tempdir().unwrap();
        let dot = dir.path().join(".spiral");
        if what == "link" {
            std::os::unix::fs::symlink(elsewhere.path(), &dot).unwrap();
        } else {
            std::fs::write(&dot, "not a folder").unwrap();
        }
        let t = open(dir.path());
        assert!(copy.exists(), "{what}: the copy stays");
        assert_eq!(texts(&session).len(), 97, "{what}: nothing merged");
        assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
        let why = t
            .copies
            .values()
            .next()
            .expect("the copy is waiting, with why");
        assert_eq!(
            why,
            &format!(
                "{} is a symbolic link or a file, not a folder: spiral writes nothing through it (make it a plain folder, or remove it)",
                dot.display()
            )
        );
    }
}

/// Part 5: a session file that is itself a link stays a link: the merge
/// of its conflict copy writes the file it points to.
#[test]
#[cfg(unix)]
fn a_session_that_is_a_link_stays_one_when_a_copy_is_merged() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real");
    let root = dir.path().join("territory");
    let (a, b) = two_versions();
    save(&real.join("alby.ron"), &b);
    std::fs::create_dir_all(&root).unwrap();
    std::os::unix::fs::symlink(real.join("alby.ron"), root.join("alby.ron")).unwrap();
    save(
        &root.join("alby.sync-conflict-20261202-100004-ABCDEFG.ron"),
        &a,
    );
    let _t = open(&root);
    assert!(
        std::fs::symlink_metadata(root.join("alby.ron"))
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    assert!(texts(&real.join("alby.ron")).contains(&"From laptop A".to_string()));
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
