//! Several facilitators and coders: merge (with its laws shown by property
//! tests), blind copies, codings from a spreadsheet, and agreement.

mod common;

use common::{ok, spiral};

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use spiral::merge::merge;
use spiral::model::{Framework, Group, Lang, Note, Session};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/alby-2011.ron");

fn at(seconds: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_700_000_000 + seconds).unwrap()
}

/// A base session of `notes` notes over three groups, fixed ids.
fn base(notes: usize) -> Session {
    let fw = Framework::default_framework();
    let mut s = Session::new("Territory", &fw, Lang::Sv);
    s.date = "2026-11-23".parse().ok();
    for (i, name) in ["Unga", "Mammor", "Äldre"].iter().enumerate() {
        let mut g = Group::new(name);
        g.id = format!("00000000-0000-4000-8000-00000000000{i}");
        s.groups.push(g);
    }
    for i in 0..notes {
        let mut n = Note::new(
            &s.groups[i % 3].id.clone(),
            "wellbeing",
            &format!("note {i}"),
            "Anna",
        );
        n.id = uuid::Uuid::from_u128(0x1000 + i as u128);
        n.created = at(i as i64 * 10);
        n.modified = n.created;
        s.notes.push(n);
    }
    s
}

/// A facilitator's file: some of the base's notes (`keep`), some changed
/// at `when` (`change`: text or family), and notes of its own.
fn variant(base: &Session, keep: &[bool], change: &[(usize, u8)], own: usize, tag: u8) -> Session {
    let fw = Framework::default_framework();
    let mut s = base.clone();
    s.notes = base
        .notes
        .iter()
        .zip(keep.iter().cycle())
        .filter(|(_, k)| **k)
        .map(|(n, _)| n.clone())
        .collect();
    for &(i, how) in change {
        if s.notes.is_empty() {
            break;
        }
        let len = s.notes.len();
        let n = &mut s.notes[i % len];
        n.modified = at(10_000 + i64::from(how) * 7 + i64::from(tag));
        if how % 2 == 0 {
            n.text = format!("{} (edited {tag})", n.text);
        } else {
            n.family = Some(fw.families[usize::from(how) % 8].id.clone());
        }
    }
    for k in 0..own {
        let mut n = Note::new(
            &base.groups[k % 3].id,
            "illbeing",
            &format!("own {tag} {k}"),
            "Yusuf",
        );
        n.id = uuid::Uuid::from_u128(0xF000_0000 + u128::from(tag) * 1000 + k as u128);
        n.created = at(5_000 + k as i64);
        n.modified = n.created;
        s.notes.push(n);
    }
    s
}

/// `variant`, then notes deleted (`(which, when)`: a tombstone each, some
/// before and some after other files' changes of the same note).
fn with_deletions(mut s: Session, delete: &[(usize, u8)], tag: u8) -> Session {
    for &(i, when) in delete {
        if s.notes.is_empty() {
            break;
        }
        let len = s.notes.len();
        let note = s.notes.remove(i % len);
        s.deleted.push(spiral::model::Tombstone {
            id: note.id,
            at: at(10_000 + i64::from(when) * 7 + i64::from(tag) + 3),
            by: format!("coder {tag}"),
        });
    }
    s
}

fn files(list: &[&Session]) -> Vec<(String, Session)> {
    list.iter()
        .enumerate()
        .map(|(i, s)| (format!("f{i}.ron"), (*s).clone()))
        .collect()
}

type Variant = (
    Vec<bool>,
    Vec<(usize, u8)>,
    usize,
    u8,
    Vec<(usize, u8)>,
    (u8, u8, u8, u8),
);

fn arbitrary_variant(tag: u8) -> impl Strategy<Value = Variant> {
    (
        prop::collection::vec(any::<bool>(), 1..12),
        prop::collection::vec((0usize..40, 0u8..6), 0..6),
        0usize..4,
        Just(tag),
        prop::collection::vec((0usize..40, 0u8..6), 0..3),
        (0u8..3, 0u8..3, 0u8..3, 0u8..8),
    )
}

/// The session's details as a facilitator may have set them: a title,
/// place and date of a few, and some of three facilitators.
fn with_details(mut s: Session, (title, place, date, who): (u8, u8, u8, u8)) -> Session {
    s.title = ["Territory", "Territory, autumn", "Alby"][usize::from(title)].into();
    s.place = ["", "Alby", "Fittja"][usize::from(place)].into();
    s.date = [None, "2026-11-23".parse().ok(), "2026-11-24".parse().ok()][usize::from(date)];
    s.facilitators = ["Anna", "Bo", "Cleo"]
        .iter()
        .enumerate()
        .filter(|(i, _)| who & (1 << i) != 0)
        .map(|(_, n)| n.to_string())
        .collect();
    s
}

fn made(base: &Session, v: &Variant) -> Session {
    with_details(
        with_deletions(variant(base, &v.0, &v.1, v.2, v.3), &v.4, v.3),
        v.5,
    )
}

/// A file's newest change: its notes' and deletions' latest time.
fn newest(s: &Session) -> Option<jiff::Timestamp> {
    let notes = s.notes.iter().map(|n| n.modified);
    notes.chain(s.deleted.iter().map(|t| t.at)).max()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_is_idempotent_commutative_associative_and_loses_nothing(
        a in arbitrary_variant(1),
        b in arbitrary_variant(2),
        c in arbitrary_variant(3),
    ) {
        let base = base(30);
        let a = made(&base, &a);
        let b = made(&base, &b);
        let c = made(&base, &c);
        let m = |list: &[&Session]| merge(&files(list)).unwrap();
        // Idempotent.
        prop_assert_eq!(&m(&[&a, &a]).session, &m(&[&a]).session);
        let once = m(&[&a]).session;
        prop_assert_eq!(&m(&[&once]).session, &once);
        // Commutative.
        prop_assert_eq!(&m(&[&a, &b]).session, &m(&[&b, &a]).session);
        // Associative.
        let ab = m(&[&a, &b]).session;
        let bc = m(&[&b, &c]).session;
        prop_assert_eq!(&m(&[&ab, &c]).session, &m(&[&a, &bc]).session);
        prop_assert_eq!(&m(&[&ab, &c]).session, &m(&[&a, &b, &c]).session);
        // Nothing lost: every version of every input is the kept one or a
        // listed loser, or was deleted after it was made.
        let all = m(&[&a, &b, &c]);
        for input in [&a, &b, &c] {
            for n in &input.notes {
                let kept = all.session.notes.iter().find(|x| x.id == n.id);
                if kept.is_none() {
                    let tomb = all.session.tombstone(n.id);
                    prop_assert!(
                        tomb.is_some_and(|t| t.at >= n.modified),
                        "note {} is missing, deleted before its change", n.id
                    );
                    continue;
                }
                if kept != Some(n) {
                    let conflict = all.note_conflicts.iter().find(|c| c.kept.id == n.id);
                    prop_assert!(conflict.is_some_and(|c| c.lost.contains(n)));
                }
            }
        }
        // A deletion holds unless the note changed after it (then it is
        // back, and listed); a tombstone is never beside its note.
        for input in [&a, &b, &c] {
            for t in &input.deleted {
                match all.session.notes.iter().find(|n| n.id == t.id) {
                    Some(n) => {
                        prop_assert!(n.modified > t.at);
                        prop_assert!(all.revived.iter().any(|(r, _)| r.id == t.id));
                        prop_assert!(all.session.tombstone(t.id).is_none());
                    }
                    None => prop_assert!(all.session.tombstone(t.id).is_some_and(|k| k.at >= t.at)),
                }
            }
        }
        // The most recent change wins.
        for conflict in &all.note_conflicts {
            for lost in &conflict.lost {
                prop_assert!(lost.modified <= conflict.kept.modified);
            }
        }
        // The details: those of a file changed last, every other value
        // listed; every facilitator of every file.
        let last = [&a, &b, &c].into_iter().map(newest).max().unwrap();
        let s = &all.session;
        prop_assert!(
            [&a, &b, &c].into_iter().any(|x| newest(x) == last
                && (&x.title, &x.place, x.date) == (&s.title, &s.place, s.date)),
            "the details of a file changed last"
        );
        let report = all.report_in(Lang::En);
        for (field, values) in [
            ("title", [&a, &b, &c].map(|x| x.title.clone())),
            ("place", [&a, &b, &c].map(|x| x.place.clone())),
            ("date", [&a, &b, &c].map(|x| x.date.map(|d| d.to_string()).unwrap_or_default())),
        ] {
            let differ = values.iter().any(|v| *v != values[0]);
            let listed = report.iter().any(|l| l.starts_with(&format!("conflict: {field} kept as ")));
            prop_assert_eq!(differ, listed, "{} {:?}\n{:#?}", field, values, report);
        }
        let mut everyone: Vec<String> = [&a, &b, &c].iter().flat_map(|x| x.facilitators.clone()).collect();
        everyone.sort();
        everyone.dedup();
        prop_assert_eq!(&s.facilitators, &everyone);
    }
}

fn write(dir: &Path, name: &str, s: &Session) -> PathBuf {
    let path = dir.join(name);
    spiral::store::save_new_session(&path, s).unwrap();
    path
}

/// `a` and `b` written as `a.ron` and `b.ron`, then `spiral merge` of
/// both into `all.ron`: the three paths, and what it printed.
fn merge_two(dir: &Path, a: &Session, b: &Session) -> (PathBuf, PathBuf, PathBuf, String) {
    let (fa, fb) = (write(dir, "a.ron", a), write(dir, "b.ron", b));
    let out = dir.join("all.ron");
    let said = ok(&spiral(&[
        "merge",
        fa.to_str().unwrap(),
        fb.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]));
    (fa, fb, out, said)
}

#[test]
fn merge_lists_conflicts_and_same_name_groups() {
    let dir = tempfile::tempdir().unwrap();
    let base = base(6);
    let mut a = base.clone();
    let mut b = base.clone();
    a.notes[0].text = "Trygghet".into();
    a.notes[0].modified = at(100);
    b.notes[0].text = "Trygghet på kvällen".into();
    b.notes[0].modified = at(200);
    // Another facilitator's group, also called "Unga".
    let mut other = Group::new("Unga");
    other.id = "00000000-0000-4000-8000-0000000000ff".into();
    b.groups.push(other);
    let (fa, _, out, said) = merge_two(dir.path(), &a, &b);
    let id = base.notes[0].id;
    assert_eq!(
        said,
        format!(
            "merged 2 files into {}: 4 groups, 6 notes, 0 criteria\n\
             conflict: note {id}\n\
             \x20 kept: “Trygghet på kvällen” (uncoded, Anna, modified 2023-11-14T22:16:40Z)\n\
             \x20 lost: “Trygghet” (uncoded, Anna, modified 2023-11-14T22:15:00Z)\n\
             note: 2 different groups are named “Unga” (ids 00000000-0000-4000-8000-000000000000, 00000000-0000-4000-8000-0000000000ff); they are kept apart\n",
            out.display()
        )
    );
    let merged = spiral::store::load_session(&out).unwrap();
    assert_eq!(merged.notes[0].text, "Trygghet på kvällen");
    // Never over a file.
    let o = spiral(&["merge", fa.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn merge_lists_the_details_it_chose() {
    // Laptop B wrote the last note, and retitled the session; laptop A
    // added a facilitator and a place.
    let dir = tempfile::tempdir().unwrap();
    let base = base(3);
    let mut a = base.clone();
    a.place = "Alby".into();
    a.facilitators = vec!["Anna".into(), "Yusuf".into()];
    let mut b = base.clone();
    b.title = "Alby, autumn".into();
    b.facilitators = vec!["Anna".into()];
    b.notes[2].text = "note 2, reworded".into();
    b.notes[2].modified = at(100);
    let (_, fb, out, said) = merge_two(dir.path(), &a, &b);
    let id = base.notes[2].id;
    assert_eq!(
        said,
        format!(
            "merged 2 files into {}: 3 groups, 3 notes, 0 criteria\n\
             conflict: note {id}\n\
             \x20 kept: “note 2, reworded” (uncoded, Anna, modified 2023-11-14T22:15:00Z)\n\
             \x20 lost: “note 2” (uncoded, Anna, modified 2023-11-14T22:13:40Z)\n\
             conflict: title kept as “Alby, autumn”, from {b} (newest change 2023-11-14T22:15:00Z); also “Territory”\n\
             conflict: place kept as “”, from {b} (newest change 2023-11-14T22:15:00Z); also “Alby”\n\
             note: facilitators kept as Anna, Yusuf: every name any file gives\n\
             \x20 {b}: Anna\n",
            out.display(),
            b = fb.display(),
        )
    );
    let merged = spiral::store::load_session(&out).unwrap();
    assert_eq!(merged.title, "Alby, autumn");
    assert_eq!(merged.place, "");
    assert_eq!(merged.facilitators, ["Anna", "Yusuf"]);
}

#[test]
fn files_of_different_frameworks_are_not_merged() {
    let dir = tempfile::tempdir().unwrap();
    let a = base(2);
    let mut b = base(2);
    b.framework.id = "spiral-9".into();
    b.framework.fingerprint = "0123456789abcdef".into();
    let (fa, fb) = (
        write(dir.path(), "a.ron", &a),
        write(dir.path(), "b.ron", &b),
    );
    let o = spiral(&[
        "merge",
        fa.to_str().unwrap(),
        fb.to_str().unwrap(),
        "-o",
        dir.path().join("x.ron").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!(
            "spiral: {} was coded with framework `together-8` (fingerprint {}) and {} with `spiral-9` (fingerprint 0123456789abcdef); files of different frameworks are not merged\n",
            fa.display(),
            a.framework.fingerprint,
            fb.display()
        )
    );
    assert!(!dir.path().join("x.ron").exists());
}

#[test]
fn agree_and_reconcile_name_both_frameworks_with_their_fingerprints() {
    let dir = tempfile::tempdir().unwrap();
    let a = base(2);
    let mut b = base(2);
    b.framework.id = "spiral-9".into();
    b.framework.fingerprint = "0123456789abcdef".into();
    // The same id, another content.
    let mut c = base(2);
    c.framework.fingerprint = "fedcba9876543210".into();
    let (fa, fb, fc) = (
        write(dir.path(), "a.ron", &a),
        write(dir.path(), "b.ron", &b),
        write(dir.path(), "c.ron", &c),
    );
    let o = spiral(&["agree", fa.to_str().unwrap(), fb.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!(
            "spiral: {} was coded with framework `together-8` (fingerprint {}) and {} with `spiral-9` (fingerprint 0123456789abcdef); codings of different frameworks cannot be compared\n",
            fa.display(),
            a.framework.fingerprint,
            fb.display()
        )
    );
    let out = dir.path().join("r.ron");
    let o = spiral(&[
        "reconcile",
        fa.to_str().unwrap(),
        fc.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!(
            "spiral: {} and {} were coded with different frameworks (`together-8`, fingerprint {}; `together-8`, fingerprint fedcba9876543210); they cannot be reconciled\n",
            fa.display(),
            fc.display(),
            a.framework.fingerprint,
        )
    );
    assert!(!out.exists());
}

#[test]
fn blind_copy_coded_in_a_spreadsheet_then_agreement() {
    let dir = tempfile::tempdir().unwrap();
    let blind = dir.path().join("lisa.ron");
    let said = ok(&spiral(&[
        "blind",
        EXAMPLE,
        "--coder",
        "Lisa",
        "-o",
        blind.to_str().unwrap(),
    ]));
    assert_eq!(
        said,
        format!("wrote {}: 96 notes, uncoded, for Lisa\n", blind.display())
    );
    let copy = spiral::store::load_session(&blind).unwrap();
    let original = spiral::store::load_session(Path::new(EXAMPLE)).unwrap();
    assert!(
        copy.notes
            .iter()
            .all(|n| n.family.is_none() && n.coder == "Lisa")
    );
    assert_eq!(
        copy.notes
            .iter()
            .map(|n| (n.id, &n.text))
            .collect::<Vec<_>>(),
        original
            .notes
            .iter()
            .map(|n| (n.id, &n.text))
            .collect::<Vec<_>>()
    );
    // Lisa codes in a spreadsheet made from her copy: the same families
    // as the original, but the first note (personal relations) as 6, and
    // the second by its Swedish label.
    let csv = dir.path().join("codes.csv");
    ok(&spiral(&[
        "export",
        blind.to_str().unwrap(),
        "--format",
        "csv-notes",
        "-o",
        csv.to_str().unwrap(),
    ]));
    let mut reader = csv::Reader::from_path(&csv).unwrap();
    let headers = reader.headers().unwrap().clone();
    let mut writer = csv::Writer::from_path(dir.path().join("filled.csv")).unwrap();
    writer.write_record(&headers).unwrap();
    for (i, record) in reader.records().enumerate() {
        let mut row: Vec<String> = record.unwrap().iter().map(str::to_string).collect();
        assert_eq!(row[8], "Lisa");
        let note = &original.notes[i];
        assert_eq!(row[0], note.id.to_string());
        row[4] = match i {
            0 => "6".into(),
            1 => "Personlig balans".into(),
            _ => note.family.clone().unwrap_or_default(),
        };
        writer.write_record(&row).unwrap();
    }
    writer.flush().unwrap();
    let csv = dir.path().join("filled.csv");
    let said = ok(&spiral(&[
        "import",
        blind.to_str().unwrap(),
        "--codings",
        csv.to_str().unwrap(),
    ]));
    assert_eq!(
        said,
        format!("read 96 codings; 86 notes of {} changed\n", blind.display())
    );
    let json = ok(&spiral(&[
        "agree",
        EXAMPLE,
        blind.to_str().unwrap(),
        "--format",
        "json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["pairable"], 86);
    // 85 of 86 agree.
    assert!((v["percent"].as_f64().unwrap() - 85.0 / 86.0).abs() < 1e-12);
    assert!(v["cohen_kappa"].as_f64().unwrap() > 0.98);
    assert!(v["krippendorff_alpha"].as_f64().unwrap() > 0.98);
    assert!(v["per_family"].is_array());
    assert_eq!(v["confusion"]["kind"], "coders");
    // Row personal relations (4th family), column personal balances (6th).
    let values: Vec<&str> = v["confusion"]["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    let row = values
        .iter()
        .position(|x| *x == "personal_relations")
        .unwrap();
    let col = values
        .iter()
        .position(|x| *x == "personal_balances")
        .unwrap();
    assert_eq!(v["confusion"]["matrix"][row][col], 1.0);
    assert_eq!(v["coders"], serde_json::json!(["Yusuf Ahmed", "Lisa"]));
    let table = ok(&spiral(&["agree", EXAMPLE, blind.to_str().unwrap()]));
    assert!(table.starts_with(
        "Agreement of 2 coders (Yusuf Ahmed, Lisa) on 96 shared notes; 86 coded by two or more\n\nFamilies: 86 notes\n  percent agreement   98.8 %\n"
    ), "{table}");
}

#[test]
fn codings_naming_unknown_notes_or_families_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let blind = dir.path().join("lisa.ron");
    ok(&spiral(&[
        "blind",
        EXAMPLE,
        "--coder",
        "Lisa",
        "-o",
        blind.to_str().unwrap(),
    ]));
    let before = std::fs::read(&blind).unwrap();
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "id,family\n50a35a63-e59b-420d-9b58-875bed88e994,4\nnot-a-note,4\nbad2c4e4-87b0-48d2-9e60-3b288908aaa6,happiness\n",
    )
    .unwrap();
    let o = spiral(&[
        "import",
        blind.to_str().unwrap(),
        "--codings",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!(
            "spiral: {}: 2 row(s) cannot be imported, so nothing was:\n\
             spiral: line 3: no note `not-a-note` in the session\n\
             spiral: line 4: no family `happiness` in framework `together-8` (use a key 1-8, an id or a label)\n",
            csv.display()
        )
    );
    assert_eq!(std::fs::read(&blind).unwrap(), before);
}

#[test]
fn reconcile_makes_a_file_of_both_codings() {
    let dir = tempfile::tempdir().unwrap();
    let blind = dir.path().join("lisa.ron");
    ok(&spiral(&[
        "blind",
        EXAMPLE,
        "--coder",
        "Lisa",
        "-o",
        blind.to_str().unwrap(),
    ]));
    let out = dir.path().join("r.ron");
    let said = ok(&spiral(&[
        "reconcile",
        EXAMPLE,
        blind.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]));
    // Lisa coded nothing: every note the first coder coded is to decide.
    assert_eq!(
        said,
        format!(
            "wrote {}: 96 shared notes: 10 coded alike by Yusuf Ahmed and Lisa, 86 to decide. Open it (spiral {}) and press R.\n",
            out.display(),
            out.display()
        )
    );
    let s = spiral::store::load_session(&out).unwrap();
    assert_eq!(s.notes.iter().filter(|n| n.is_coded()).count(), 0);
    assert!(
        s.notes
            .iter()
            .all(|n| n.reconciled.as_ref().unwrap().codings.len() == 2)
    );
    assert!(s.criteria.is_empty(), "criteria of undecided notes go");
}

/// Issue 24, part 4: `spiral merge` keeps a note deleted in one file when
/// the other holds it unchanged, and a tombstone is never counted: the
/// profile of the merge is the profile of the file that deleted it.
#[test]
fn spiral_merge_keeps_a_deletion_and_profiles_never_count_a_tombstone() {
    let dir = tempfile::tempdir().unwrap();
    let base = base(6);
    let mut a = base.clone();
    let gone = a.notes.remove(2);
    a.deleted.push(spiral::model::Tombstone {
        id: gone.id,
        at: at(1_000),
        by: "Anna".into(),
    });
    let b = base.clone();
    let (fa, _, out, _) = merge_two(dir.path(), &a, &b);
    let merged = spiral::store::load_session(&out).unwrap();
    assert_eq!(merged.notes.len(), 5);
    assert!(merged.note_index(gone.id).is_none());
    assert_eq!(merged.deleted, a.deleted);
    let profile = |f: &Path| {
        ok(&spiral(&[
            "profile",
            f.to_str().unwrap(),
            "--format",
            "csv",
        ]))
    };
    assert_eq!(profile(&out), profile(&fa));
    let mut plain = a.clone();
    plain.deleted.clear();
    let fp = write(dir.path(), "plain.ron", &plain);
    assert_eq!(profile(&fa), profile(&fp));
    let counted = spiral::profile::count_file(&fa, &Framework::default_framework(), None).unwrap();
    let total: u64 = counted
        .groups
        .iter()
        .flat_map(|(_, c)| c.iter())
        .sum::<u64>()
        + counted.uncoded
        + counted.unknown;
    assert_eq!(total, 5);
}
