//! Saving and loading: the bytes on disk, their stability, and save→load as
//! the identity (a property test over sessions with any text).

use std::path::Path;

use proptest::prelude::*;
use spiral::model::{Criterion, Framework, Group, Lang, Note, Session};
use spiral::store::{self, LoadError};

fn arbitrary_text() -> impl Strategy<Value = String> {
    // Any Unicode, controls and quotes included; the model cleans on entry,
    // the store must keep whatever the model holds.
    prop::collection::vec(any::<char>(), 0..60)
        .prop_map(|c| spiral::text::clean(&c.into_iter().collect::<String>()))
}

fn arbitrary_session() -> impl Strategy<Value = Session> {
    (
        arbitrary_text(),
        prop::collection::vec(arbitrary_text(), 1..4),
        prop::collection::vec(
            (
                0usize..4,
                0usize..3,
                arbitrary_text(),
                prop::option::of(0usize..9),
                any::<u32>(),
                prop::option::of(0usize..3),
            ),
            0..30,
        ),
        prop::collection::vec(arbitrary_text(), 0..3),
    )
        .prop_map(|(title, groups, notes, wordings)| {
            let fw = Framework::default_framework();
            let mut s = Session::new(&title, &fw, Lang::Sv);
            s.groups = groups.iter().map(|g| Group::new(g)).collect();
            for (g, q, text, family, secs, criterion) in notes {
                let group = s.groups[g % s.groups.len()].id.clone();
                let question = s.questions[q].id.clone();
                let mut n = Note::new(&group, &question, &text, "coder \"q\"");
                n.family = family.map(|f| match fw.families.get(f) {
                    Some(f) => f.id.clone(),
                    None => "from-elsewhere".into(),
                });
                n.created = jiff::Timestamp::from_second(i64::from(secs)).unwrap();
                n.modified = n.created;
                // Merge the note into a criterion of its family (made on
                // first use, with any wording).
                if let (Some(family), Some(c)) = (n.family.clone(), criterion)
                    && let Some(wording) = wordings.get(c)
                {
                    let id = format!("{family}-{c}");
                    if s.criterion(&id).is_none() {
                        s.criteria.push(Criterion {
                            id: id.clone(),
                            family,
                            wording: wording.clone(),
                            created: n.created,
                        });
                    }
                    n.criterion = Some(id);
                }
                s.notes.push(n);
            }
            s
        })
}

proptest! {
    #[test]
    fn save_then_load_is_the_identity(session in arbitrary_session()) {
        let text = store::session_to_ron(&session);
        let loaded = store::parse_session(&text, Path::new("p.ron")).unwrap();
        prop_assert_eq!(&loaded, &session);
        // And saving again gives the same bytes.
        prop_assert_eq!(store::session_to_ron(&loaded), text);
    }
}

#[test]
fn the_shipped_example_is_saved_as_spiral_saves_it() {
    let text = std::fs::read_to_string("sessions/alby-2011.ron").unwrap();
    let session = store::parse_session(&text, Path::new("sessions/alby-2011.ron")).unwrap();
    assert_eq!(store::session_to_ron(&session), text);
    assert!(session.groups.len() >= 3);
    assert!(session.notes.len() >= 60);
    let coded = session.notes.iter().filter(|n| n.is_coded()).count();
    assert!(coded * 4 > session.notes.len() * 3, "most notes coded");
    assert_eq!(
        session.framework.fingerprint,
        Framework::default_framework().fingerprint()
    );
}

#[test]
fn the_shipped_framework_has_the_eight_families_in_order() {
    let fw = Framework::default_framework();
    let ids: Vec<&str> = fw.families.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "essential_resources",
            "living_environment",
            "relations_with_institutions",
            "personal_relations",
            "attitudes_and_initiatives",
            "personal_balances",
            "social_balances",
            "relations_with_organisations"
        ]
    );
    for (i, f) in fw.families.iter().enumerate() {
        assert_eq!(usize::from(f.key), i + 1);
        for lang in Lang::ALL {
            assert!(!f.labels.get(lang).is_empty());
        }
        assert!(
            !f.labels.sv.is_empty() && !f.labels.da.is_empty() && !f.labels.fr.is_empty(),
            "{}",
            f.id
        );
        assert!(!f.components.is_empty());
        assert!(!f.keywords.is_empty());
    }
}

#[test]
fn a_newer_version_is_refused_by_name() {
    let err = store::load_session(Path::new("tests/fixtures/newer-version.ron")).unwrap_err();
    assert_eq!(
        err,
        LoadError::Invalid {
            path: "tests/fixtures/newer-version.ron".into(),
            line: 3,
            col: 5,
            reason: "this session has format version 7, from a newer spiral; this one reads versions up to 5. Update spiral to open it".into(),
        }
    );
}

#[test]
fn inconsistent_files_name_the_place() {
    let text = std::fs::read_to_string("tests/fixtures/unknown-family.ron").unwrap();
    let bad = text.replace(
        "group: \"g1\",\n            question: \"wellbeing\",\n            text: \"Family\"",
        "group: \"g2\",\n            question: \"wellbeing\",\n            text: \"Family\"",
    );
    let err = store::parse_session(&bad, Path::new("x.ron")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "x.ron:42:13: note `2b0b6a0e-61c4-4a4b-9b7a-3c1f6f1d0002` names group `g2`, which the session does not have"
    );
    let dup = text.replace("3c1f6f1d0002", "3c1f6f1d0001");
    let err = store::parse_session(&dup, Path::new("x.ron")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "x.ron:42:13: duplicate note id `2b0b6a0e-61c4-4a4b-9b7a-3c1f6f1d0001`"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.ron");
    std::fs::write(&path, b"(\n    version: 1,\n    title: \"Malm\xf6\",\n)").unwrap();
    let err = store::load_session(&path).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{}:3:17: the file is not UTF-8 text", path.display())
    );
}

#[test]
fn an_atomic_save_keeps_the_previous_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    store::write_atomically(&path, b"one").unwrap();
    assert!(!store::backup_path(&path).exists());
    store::write_atomically(&path, b"two").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"two");
    assert_eq!(std::fs::read(store::backup_path(&path)).unwrap(), b"one");
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[cfg(unix)]
#[test]
fn every_file_spiral_writes_is_the_owner_s_only_whatever_mode_the_old_one_had() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    store::write_atomically(&path, b"one").unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // The backup (a hard link, or a copy) is the owner's only too.
    store::write_atomically(&path, b"one again").unwrap();
    assert_eq!(
        std::fs::metadata(store::backup_path(&path))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    let new = dir.path().join("new.ron");
    store::write_new(&new, b"x").unwrap();
    assert_eq!(
        std::fs::metadata(&new).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // A session another program left readable by others (0644) becomes
    // the owner's only at the next save, and so does its backup (issue 13:
    // both kept the wider mode).
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    store::write_atomically(&path, b"two").unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&store::backup_path(&path)), 0o600);
    // An export over a 0644 file too.
    let export = dir.path().join("s.summary.html");
    std::fs::write(&export, "old").unwrap();
    std::fs::set_permissions(&export, std::fs::Permissions::from_mode(0o644)).unwrap();
    store::write_replacing(&export, b"new").unwrap();
    assert_eq!(mode(&export), 0o600);
    // The lock file, new or left wider by an older spiral.
    let lock_path = store::Lock::path_for(&path);
    let held = store::Lock::acquire(&path).unwrap();
    assert_eq!(mode(&lock_path), 0o600);
    drop(held);
    std::fs::write(&lock_path, "").unwrap();
    std::fs::set_permissions(&lock_path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let _held = store::Lock::acquire(&path).unwrap();
    assert_eq!(mode(&lock_path), 0o600);
}

#[test]
fn a_new_file_never_replaces_one_that_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    store::write_new(&path, b"first").unwrap();
    let err = store::write_new(&path, b"second").unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::AlreadyExists);
    assert_eq!(std::fs::read(&path).unwrap(), b"first");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

/// A file of format version 1 (before synthesis criteria) opens as a
/// session without criteria, and is saved as version 5 with every note as
/// it was.
#[test]
fn a_version_1_file_opens_and_is_saved_as_version_5() {
    let path = Path::new("tests/fixtures/v1-alby-2011.ron");
    let old_text = std::fs::read_to_string(path).unwrap();
    assert!(old_text.contains("    version: 1,\n"));
    let session = store::load_session(path).unwrap();
    assert_eq!(session.version, 5);
    assert!(session.criteria.is_empty());
    assert_eq!(session.notes.len(), 96);
    assert!(session.notes.iter().all(|n| n.criterion.is_none()));
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("old.ron");
    std::fs::write(&copy, &old_text).unwrap();
    store::save_session(&copy, &session).unwrap();
    let new_text = std::fs::read_to_string(&copy).unwrap();
    // The same file but for the version and the (empty) criteria.
    let expected = old_text
        .replacen("    version: 1,\n", "    version: 5,\n", 1)
        .replacen("    notes: [\n", "    criteria: [],\n    notes: [\n", 1);
    assert_eq!(new_text, expected);
    // The version 1 file is kept as the backup.
    assert_eq!(
        std::fs::read_to_string(store::backup_path(&copy)).unwrap(),
        old_text
    );
}

/// The shipped example's notes as version 2 are the version 1 fixture's
/// notes with criteria added (and, since version 5, actions): nothing else
/// moved.
#[test]
fn the_example_holds_synthesis_criteria() {
    let old = store::load_session(Path::new("tests/fixtures/v1-alby-2011.ron")).unwrap();
    let new = store::load_session(Path::new("sessions/alby-2011.ron")).unwrap();
    assert_eq!(new.criteria.len(), 6);
    let merged = new.notes.iter().filter(|n| n.criterion.is_some()).count();
    assert_eq!(merged, 26);
    let mut stripped = new.clone();
    stripped.criteria.clear();
    stripped.actions.clear();
    stripped.notes.iter_mut().for_each(|n| n.criterion = None);
    assert_eq!(stripped, old);
}

fn with_criterion_line(extra: &str, family_of_note: &str) -> String {
    let text = std::fs::read_to_string("sessions/alby-2011.ron").unwrap();
    // The first note ("Att ha familjen nära") is in the first criterion.
    let text = text.replacen(
        "            family: \"personal_relations\",\n            component: \"family\",\n            criterion: \"c5b1e1a2-6f0e-4a8e-9a51-0d2f3b1c7a01\",\n",
        &format!(
            "            family: \"{family_of_note}\",\n            component: \"family\",\n            criterion: \"{extra}\",\n"
        ),
        1,
    );
    assert_ne!(
        text,
        std::fs::read_to_string("sessions/alby-2011.ron").unwrap()
    );
    text
}

#[test]
fn a_note_in_a_missing_or_other_family_criterion_is_refused_with_line_and_column() {
    let path = Path::new("x.ron");
    let text = with_criterion_line("nowhere", "personal_relations");
    let err = store::parse_session(&text, path).unwrap_err();
    assert_eq!(
        err.to_string(),
        "x.ron:304:13: note `50a35a63-e59b-420d-9b58-875bed88e994` is merged into criterion `nowhere`, which the session does not have (remove its `criterion` line)"
    );
    let text = with_criterion_line("c5b1e1a2-6f0e-4a8e-9a51-0d2f3b1c7a01", "social_balances");
    let err = store::parse_session(&text, path).unwrap_err();
    assert_eq!(
        err.to_string(),
        "x.ron:304:13: note `50a35a63-e59b-420d-9b58-875bed88e994` is merged into criterion `c5b1e1a2-6f0e-4a8e-9a51-0d2f3b1c7a01` of family `personal_relations` but is coded `social_balances` (remove its `criterion` line, or code it `personal_relations`)"
    );
}

/// A file of format version 2 (before reconciliations) opens as it was.
#[test]
fn a_version_2_file_opens_and_is_saved_as_version_5() {
    let old = std::fs::read_to_string("tests/fixtures/v2-alby-2011.ron").unwrap();
    assert!(old.contains("    version: 2,\n"));
    let session = store::parse_session(&old, Path::new("v2.ron")).unwrap();
    assert_eq!(session.version, 5);
    assert_eq!(
        store::session_to_ron(&session),
        old.replacen("    version: 2,\n", "    version: 5,\n", 1)
    );
    assert!(session.notes.iter().all(|n| n.reconciled.is_none()));
}

/// A file of format version 3 (before deletions were recorded) opens with
/// no tombstone, and is saved as version 5, nothing else changed: the
/// `deleted` list is left out while empty.
#[test]
fn a_version_3_file_opens_and_is_saved_as_version_5() {
    let old = std::fs::read_to_string("tests/fixtures/v3/alby-2011.ron").unwrap();
    assert!(old.contains("    version: 3,\n"));
    let session = store::parse_session(&old, Path::new("v3.ron")).unwrap();
    assert_eq!(session.version, 5);
    assert!(session.deleted.is_empty());
    assert_eq!(
        store::session_to_ron(&session),
        old.replacen("    version: 3,\n", "    version: 5,\n", 1)
    );
}

/// A file of format version 4 (before co-responsibility actions) opens
/// with no action, and is saved as version 5, nothing else changed: the
/// `actions` and `deleted_actions` lists are left out while empty. Opened
/// and closed unchanged, it is not written at all (`tests/actions.rs`).
#[test]
fn a_version_4_file_opens_and_is_saved_as_version_5() {
    let old = std::fs::read_to_string("tests/fixtures/v4/alby-2011.ron").unwrap();
    assert!(old.contains("    version: 4,\n"));
    let session = store::parse_session(&old, Path::new("v4.ron")).unwrap();
    assert_eq!(session.version, 5);
    assert!(session.actions.is_empty() && session.deleted_actions.is_empty());
    assert_eq!(
        store::session_to_ron(&session),
        old.replacen("    version: 4,\n", "    version: 5,\n", 1)
    );
}

#[test]
fn the_lock_holder_removes_temp_files_a_killed_run_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let stale = dir.path().join(".s.ron.Ab12Cd.tmp");
    std::fs::write(&stale, b"half a session").unwrap();
    let other = dir.path().join(".other.ron.Xy.tmp");
    std::fs::write(&other, b"not ours").unwrap();
    let lock = store::Lock::acquire(&path).unwrap();
    assert!(matches!(lock, store::LockState::Held(_)));
    assert!(!stale.exists());
    assert!(other.exists(), "only the session's own temp files go");
}

/// A spiral whose folder was replaced while it ran (a sync client, a
/// restore) must not, on quitting, delete the lock of the spiral that
/// opened the new file.
#[cfg(unix)]
#[test]
fn quitting_removes_only_its_own_lock_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sessions");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("s.ron");
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let store::LockState::Held(old) = store::Lock::acquire(&path).unwrap() else {
        panic!("the first lock");
    };
    // The folder is replaced under the running app.
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
    let store::LockState::Held(new) = store::Lock::acquire(&path).unwrap() else {
        panic!("the second lock");
    };
    drop(old);
    let lock = store::Lock::path_for(&path);
    assert!(lock.exists(), "the new spiral's lock file is still there");
    // And a third spiral is kept read-only by it.
    assert!(matches!(
        store::Lock::acquire(&path).unwrap(),
        store::LockState::Busy(_)
    ));
    drop(new);
    assert!(!lock.exists());
}

/// A sync engine puts another version in place while spiral is writing
/// its own (a large session's save takes a while): nothing is replaced,
/// the other version stays, and the save says why.
#[test]
fn a_version_put_in_place_during_a_save_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    std::fs::write(&path, "(mine: 1)\n").unwrap();
    let expected = store::stamp(&path);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let e = store::write_atomically_unless_changed(&path, expected, |file| {
        // Half-way through the write, the other version arrives.
        file.write(b"(mine: ")?;
        std::fs::write(&path, "(theirs: 2, longer)\n").unwrap();
        file.write(b"2)\n")
    })
    .unwrap_err();
    assert!(e.get_ref().unwrap().is::<store::ChangedMeanwhile>(), "{e}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "(theirs: 2, longer)\n"
    );
    assert!(
        !store::backup_path(&path).exists(),
        "no backup of theirs made"
    );
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, ["s.ron"], "no temporary file left");
    // Unchanged meanwhile: written.
    let expected = store::stamp(&path);
    store::write_atomically_unless_changed(&path, expected, |file| file.write(b"(mine: 3)\n"))
        .unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "(mine: 3)\n");
}
