//! A territory folder: what is read in it and what is left alone, a file
//! read again alone when it changes, files still arriving, and the screen.
//! Conflict copies: `territory_conflicts.rs`; the watch, `spiral share`,
//! the exports and the names left out: `territory_share.rs`.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::territory::{example, files, later, note, open, save, texts, two_versions};
use spiral::model::Framework;
use spiral::territory::{FeedItem, Reading};

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
