//! A territory folder's conflict copies: merged into their session, put
//! away and their conflicts noted (in the screen's language, naming no
//! id), left to the window that holds the session, and never written
//! through a link.

mod common;

use std::time::{Duration, Instant};

use common::territory::{files, open, said, save, session_and_copy, texts, two_versions};
use spiral::model::Framework;
use spiral::territory::Territory;
// What the Unix-only tests of links use.
#[cfg(unix)]
use common::territory::note;

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
