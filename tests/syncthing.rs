//! What two real Syncthing instances (tests/syncthing/harness.rs: local
//! only, one shared folder) do with files.
#![cfg(unix)]

mod common;
#[path = "syncthing/harness.rs"]
mod harness;

use common::Tmux;
use std::path::Path;

use std::fs;
use std::time::{Duration, Instant};

use harness::{Pair, Side};

/// Whether `copy` is `stem.sync-conflict-YYYYMMDD-HHMMSS-XXXXXXX.ext`
/// for `name` = `stem.ext`, XXXXXXX the first 7 characters of a device
/// id (the device whose version lost); that id's prefix if so.
fn conflict_device<'a>(copy: &'a str, name: &str) -> Option<&'a str> {
    let dot = name.rfind('.')?;
    let (stem, ext) = (&name[..dot], &name[dot..]);
    let middle = copy
        .strip_prefix(stem)?
        .strip_prefix(".sync-conflict-")?
        .strip_suffix(ext)?;
    let parts: Vec<&str> = middle.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let device = |s: &str| {
        s.len() == 7
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    (parts.len() == 3 && digits(parts[0], 8) && digits(parts[1], 6) && device(parts[2]))
        .then_some(parts[2])
}

fn read(pair: &Pair, side: Side, name: &str) -> Option<String> {
    fs::read_to_string(pair.folder(side).join(name)).ok()
}

#[test]
fn two_instances_sync_a_file_and_make_conflict_copies() {
    let began = Instant::now();
    let pair = Pair::start();
    pair.wait_connected();
    eprintln!("started and connected in {:?}", began.elapsed());

    // A file written in A reaches B (the watcher, no rescan asked).
    let hello = "(from: \"A\")\n";
    fs::write(pair.folder_a().join("hello.ron"), hello).unwrap();
    let sent = Instant::now();
    pair.wait_until(Duration::from_secs(60), "hello.ron from A in B", || {
        read(&pair, Side::B, "hello.ron").as_deref() == Some(hello)
    });
    eprintln!("hello.ron reached B in {:?}", sent.elapsed());

    // Both change note.ron while apart, B a second later: one conflict
    // copy, on both sides, and the same main file on both.
    fs::write(pair.folder_a().join("note.ron"), "(by: \"nobody\")\n").unwrap();
    pair.wait_until(Duration::from_secs(60), "note.ron in B", || {
        read(&pair, Side::B, "note.ron").is_some()
    });
    pair.wait_file_agreed("note.ron", Duration::from_secs(60));
    pair.pause_devices();
    fs::write(pair.folder_a().join("note.ron"), "(by: \"A\")\n").unwrap();
    std::thread::sleep(Duration::from_millis(1100));
    fs::write(pair.folder_b().join("note.ron"), "(by: \"B\")\n").unwrap();
    pair.rescan();
    pair.resume_devices();
    pair.wait_until(
        Duration::from_secs(90),
        "a conflict copy of note.ron on both sides",
        || {
            !pair.conflict_copies(Side::A, "note.ron").is_empty()
                && !pair.conflict_copies(Side::B, "note.ron").is_empty()
        },
    );
    pair.wait_file_agreed("note.ron", Duration::from_secs(90));
    pair.wait_idle(Duration::from_secs(90));
    let copies_a = pair.conflict_copies(Side::A, "note.ron");
    let copies_b = pair.conflict_copies(Side::B, "note.ron");
    let main_a = read(&pair, Side::A, "note.ron");
    let main_b = read(&pair, Side::B, "note.ron");
    eprintln!("different writes: main note.ron in A {main_a:?}, in B {main_b:?}");
    for copy in &copies_a {
        eprintln!(
            "different writes: conflict copy {copy} holds {:?}; its device part {:?} (A is {}, B is {})",
            read(&pair, Side::A, copy),
            conflict_device(copy, "note.ron"),
            pair.device_id(Side::A),
            pair.device_id(Side::B),
        );
    }
    assert_eq!(copies_a.len(), 1, "one conflict copy in A: {copies_a:?}");
    assert_eq!(copies_a, copies_b, "the same conflict copy on both sides");
    assert_eq!(main_a, main_b, "the same note.ron on both sides");
    // The newer modification time wins (B wrote a second later), whatever
    // the device ids; the copy holds the older version and carries the
    // short id of the device whose version won.
    assert_eq!(
        main_a.as_deref(),
        Some("(by: \"B\")\n"),
        "B's later write wins"
    );
    assert_eq!(
        read(&pair, Side::A, &copies_a[0]).as_deref(),
        Some("(by: \"A\")\n"),
        "the conflict copy holds A's earlier write"
    );
    let loser = conflict_device(&copies_a[0], "note.ron")
        .unwrap_or_else(|| panic!("conflict copy name {:?}", copies_a[0]));
    assert!(
        [Side::A, Side::B]
            .iter()
            .any(|&s| pair.device_id(s).starts_with(loser)),
        "the copy's device part {loser} names one of the two devices"
    );

    // Both write the same new bytes to same.ron while apart.
    fs::write(pair.folder_a().join("same.ron"), "(old: true)\n").unwrap();
    pair.wait_until(Duration::from_secs(60), "same.ron in B", || {
        read(&pair, Side::B, "same.ron").is_some()
    });
    pair.wait_file_agreed("same.ron", Duration::from_secs(60));
    pair.pause_devices();
    let same = "(same: true)\n";
    fs::write(pair.folder_a().join("same.ron"), same).unwrap();
    std::thread::sleep(Duration::from_millis(1100));
    fs::write(pair.folder_b().join("same.ron"), same).unwrap();
    pair.rescan();
    pair.resume_devices();
    pair.wait_file_agreed("same.ron", Duration::from_secs(90));
    pair.wait_idle(Duration::from_secs(90));
    let same_a = pair.conflict_copies(Side::A, "same.ron");
    let same_b = pair.conflict_copies(Side::B, "same.ron");
    eprintln!(
        "identical writes: conflict copies in A {same_a:?}, in B {same_b:?}: {}",
        if same_a.is_empty() && same_b.is_empty() {
            "no conflict copy"
        } else {
            "a conflict copy is made"
        }
    );
    assert_eq!(read(&pair, Side::A, "same.ron").as_deref(), Some(same));
    assert_eq!(read(&pair, Side::B, "same.ron").as_deref(), Some(same));

    pair.assert_stayed_local();
    eprintln!("whole test took {:?}", began.elapsed());
}

// spiral over Syncthing: two laptops (A and B) on one machine, each with
// its own Syncthing and its own copy of the territory folder.

const EXAMPLE_GROUP: &str = "Mothers at the Open Pre-school";

fn spiral_bin() -> &'static str {
    env!("CARGO_BIN_EXE_spiral")
}

fn notes(path: &Path) -> Option<Vec<(String, Option<String>)>> {
    let s = spiral::store::load_session(path).ok()?;
    Some(s.notes.into_iter().map(|n| (n.text, n.family)).collect())
}

fn has_note(path: &Path, text: &str) -> bool {
    notes(path).is_some_and(|n| n.iter().any(|(t, _)| t == text))
}

/// The family of the first note of that text.
fn family_of(path: &Path, text: &str) -> Option<String> {
    notes(path)?.into_iter().find(|(t, _)| t == text)?.1
}

/// Conflict copies of any session in a folder (not put away).
fn copies_in(folder: &Path) -> Vec<String> {
    spiral::territory::walk(folder)
        .into_iter()
        .filter(|(_, k)| matches!(k, spiral::store::Kind::ConflictCopy { .. }))
        .map(|(p, _)| p.display().to_string())
        .collect()
}

/// The example session placed in A's folder, and seen whole in B's.
fn example_on_both(pair: &Pair) {
    fs::copy("sessions/alby-2011.ron", pair.folder_a().join("alby.ron")).unwrap();
    let b = pair.folder_b().join("alby.ron");
    pair.wait_until(Duration::from_secs(60), "alby.ron whole in B", || {
        notes(&b).is_some_and(|n| n.len() == 96)
    });
}

fn app(name: &str, coder: &str, file: &Path) -> Tmux {
    let t = Tmux::start(
        name,
        &format!(
            "exec env SPIRAL_CODER={coder} {} {}",
            spiral_bin(),
            file.display()
        ),
    );
    t.wait_for("Question 1/3");
    t
}

/// Types a note in a workshop window (the capture line opened and
/// closed again).
fn type_note(t: &Tmux, text: &str) {
    t.keys(&["a"]);
    t.text(text);
    t.keys(&["Enter"]);
    std::thread::sleep(Duration::from_millis(60));
    t.keys(&["Escape"]);
    std::thread::sleep(Duration::from_millis(60));
}

/// Finds a note by its words (`/`) and codes it with a key.
fn recode(t: &Tmux, words: &str, key: &str) {
    t.keys(&["/"]);
    t.text(words);
    std::thread::sleep(Duration::from_millis(200));
    t.keys(&["Enter"]);
    std::thread::sleep(Duration::from_millis(100));
    t.keys(&[key]);
    std::thread::sleep(Duration::from_millis(100));
}

#[test]
fn notes_added_on_one_laptop_show_in_the_territory_on_the_other_and_a_lock_stays_its_own() {
    let pair = Pair::start();
    pair.wait_connected();
    example_on_both(&pair);
    let view = Tmux::start(
        "st-view",
        &format!("exec {} {}", spiral_bin(), pair.folder_b().display()),
    );
    view.wait_for("1 session · 4 groups · 96 notes");
    // A note added on laptop A (spiral add): in B's territory view soon.
    let file_a = pair.folder_a().join("alby.ron");
    common::ok(&common::spiral(&[
        "add",
        file_a.to_str().unwrap(),
        "--group",
        EXAMPLE_GROUP,
        "--question",
        "wellbeing",
        "--family",
        "4",
        "--coder",
        "Anna",
        "Fika med grannarna",
    ]));
    let added = Instant::now();
    pair.wait_until(
        Duration::from_secs(60),
        "the note in B's territory view",
        || view.screen().contains("Fika med grannarna"),
    );
    eprintln!("A's note on B's screen in {:?}", added.elapsed());
    assert!(view.screen().contains("97 notes"), "{}", view.screen());

    // A opens the session: its lock file goes to B with the folder, and
    // never makes B's window read-only.
    let a = app("st-lock-a", "Anna", &pair.folder_a().join("alby.ron"));
    let lock_b = pair.folder_b().join(".alby.ron.lock");
    pair.wait_until(Duration::from_secs(60), "A's lock file in B", || {
        fs::read_to_string(&lock_b).is_ok_and(|l| l.starts_with("spiral pid"))
    });
    let b = app("st-lock-b", "Bo", &pair.folder_b().join("alby.ron"));
    assert!(!b.screen().contains("READ-ONLY"), "{}", b.screen());
    type_note(&b, "Skrivet på B");
    let b_file = pair.folder_b().join("alby.ron");
    pair.wait_until(Duration::from_secs(60), "B's note saved on B", || {
        has_note(&b_file, "Skrivet på B")
    });
    // And A's window takes it in when it arrives.
    pair.wait_until(Duration::from_secs(60), "B's note in A's window", || {
        a.screen()
            .contains("Came in from the file on disk: 1 note from Bo")
    });
    assert!(!b.screen().contains("READ-ONLY"), "{}", b.screen());
    pair.assert_stayed_local();
}

#[test]
fn a_session_changed_on_both_laptops_apart_ends_the_same_on_both_with_every_note() {
    let began = Instant::now();
    let pair = Pair::start();
    pair.wait_connected();
    for folder in [pair.folder_a(), pair.folder_b()] {
        common::ok(&common::spiral(&["share", folder.to_str().unwrap()]));
    }
    example_on_both(&pair);
    let (file_a, file_b) = (
        pair.folder_a().join("alby.ron"),
        pair.folder_b().join("alby.ron"),
    );
    let a = app("st-apart-a", "Anna", &file_a);
    let b = app("st-apart-b", "Bo", &file_b);
    pair.pause_devices();
    // Apart: each adds a note, and both recode the same note, B later.
    type_note(&a, "Skrivet på A, utan nät");
    recode(&a, "Att ha familjen nära", "1");
    pair.wait_until(Duration::from_secs(60), "A's changes saved on A", || {
        has_note(&file_a, "Skrivet på A, utan nät")
            && family_of(&file_a, "Att ha familjen nära").as_deref() == Some("essential_resources")
    });
    std::thread::sleep(Duration::from_millis(1100));
    type_note(&b, "Skrivet på B, utan nät");
    recode(&b, "Att ha familjen nära", "7");
    pair.wait_until(Duration::from_secs(60), "B's changes saved on B", || {
        has_note(&file_b, "Skrivet på B, utan nät")
            && family_of(&file_b, "Att ha familjen nära").as_deref() == Some("social_balances")
    });
    pair.rescan();
    pair.resume_devices();
    let met = Instant::now();
    // Both end with the same bytes, every note of both, no copy left.
    let same = || {
        let (x, y) = (fs::read(&file_a).ok(), fs::read(&file_b).ok());
        x.is_some()
            && x == y
            && has_note(&file_a, "Skrivet på A, utan nät")
            && has_note(&file_a, "Skrivet på B, utan nät")
            && notes(&file_a).is_some_and(|n| n.len() == 98)
            && copies_in(pair.folder_a()).is_empty()
            && copies_in(pair.folder_b()).is_empty()
    };
    pair.wait_until(
        Duration::from_secs(120),
        "the same session on both laptops",
        same,
    );
    pair.wait_idle(Duration::from_secs(90));
    assert!(same(), "still the same once idle");
    eprintln!("met in {:?}", met.elapsed());
    // The newer recode won; the other is listed where it was merged.
    assert_eq!(
        family_of(&file_a, "Att ha familjen nära").as_deref(),
        Some("social_balances")
    );
    let listed: String = [pair.folder_a(), pair.folder_b()]
        .iter()
        .filter_map(|f| fs::read_to_string(f.join(".spiral/conflicts.txt")).ok())
        .collect();
    assert!(
        listed.contains("kept: “Att ha familjen nära” (social_balances, Bo")
            && listed.contains("lost: “Att ha familjen nära” (essential_resources, Anna"),
        "listed: {listed}\nput away in A: {:?}\nput away in B: {:?}\nA:\n{}\nB:\n{}\nlog A:\n{}\nlog B:\n{}",
        fs::read_dir(pair.folder_a().join(".spiral/merged"))
            .map(|d| d.count())
            .ok(),
        fs::read_dir(pair.folder_b().join(".spiral/merged"))
            .map(|d| d.count())
            .ok(),
        a.screen().lines().rev().nth(1).unwrap_or(""),
        b.screen().lines().rev().nth(1).unwrap_or(""),
        pair.log(Side::A)
            .lines()
            .filter(|l| l.contains("onflict") || l.contains("alby"))
            .collect::<Vec<_>>()
            .join("\n"),
        pair.log(Side::B)
            .lines()
            .filter(|l| l.contains("onflict") || l.contains("alby"))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    // No new conflict while everyone is idle.
    let settled = fs::read(&file_a).unwrap();
    let quiet = Instant::now();
    while quiet.elapsed() < Duration::from_secs(30) {
        assert!(copies_in(pair.folder_a()).is_empty(), "a new conflict in A");
        assert!(copies_in(pair.folder_b()).is_empty(), "a new conflict in B");
        assert_eq!(
            fs::read(&file_a).unwrap(),
            settled,
            "A's file changed again"
        );
        assert_eq!(
            fs::read(&file_b).unwrap(),
            settled,
            "B's file changed again"
        );
        std::thread::sleep(Duration::from_millis(500));
    }
    pair.assert_stayed_local();
    eprintln!("whole test took {:?}", began.elapsed());
}
