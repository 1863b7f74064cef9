//! Undo and redo as a property: for any run of edits made through a
//! `History`, as the app makes them (`Workshop::change`: a note's update or
//! removal takes its emptied criterion with it), undoing every step gives
//! back the session byte for byte, as saved, and redoing every step gives
//! back the end. Each undo and redo on the way, interleaved with the edits,
//! gives back the state it should. From the shipped example and from an
//! empty session.

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::Index;
use spiral::model::{
    Change, Coding, Framework, Group, History, Lang, Note, Reconciliation, Session, now,
};
use spiral::profile;
use spiral::store::{load_session, session_to_ron};
use spiral::text::clean;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/alby-2011.ron");

/// How many steps back undo reaches (`UNDO_DEPTH` in src/model/change.rs,
/// not public).
const UNDO_DEPTH: usize = 1000;

fn framework() -> &'static Framework {
    static FW: OnceLock<Framework> = OnceLock::new();
    FW.get_or_init(Framework::default_framework)
}

fn example() -> Session {
    static EX: OnceLock<Session> = OnceLock::new();
    EX.get_or_init(|| load_session(std::path::Path::new(EXAMPLE)).expect("the example loads"))
        .clone()
}

fn empty() -> Session {
    Session::new("Tom session", framework(), Lang::En)
}

/// One thing a coordinator does; made into a `Change` against the session
/// as it is then (indices taken modulo what there is), or skipped when it
/// does not apply (as the app refuses it).
#[derive(Debug, Clone)]
enum Op {
    /// A note typed in the capture line; `reconciled`: with two coders'
    /// codings (families), as a reconciled session has.
    Add {
        group: Index,
        question: Index,
        text: String,
        reconciled: Option<(Index, Index)>,
    },
    /// A multi-line paste, one note per line, as one step.
    Paste {
        group: Index,
        question: Index,
        lines: Vec<String>,
    },
    Code {
        note: Index,
        family: Index,
        component: Option<Index>,
    },
    Uncode {
        note: Index,
    },
    Edit {
        note: Index,
        text: String,
    },
    Move {
        note: Index,
        group: Index,
        question: Index,
    },
    Remove {
        note: Index,
    },
    AddGroup {
        name: String,
    },
    RenameGroup {
        group: Index,
        name: String,
    },
    Participants {
        group: Index,
        participants: Option<u32>,
    },
    Language,
    /// Merge coded notes (of the first one's family) into a new criterion.
    Merge {
        notes: Vec<Index>,
        wording: String,
    },
    Split {
        criterion: Index,
        notes: Vec<Index>,
        wording: String,
    },
    AddTo {
        criterion: Index,
        notes: Vec<Index>,
    },
    TakeOut {
        notes: Vec<Index>,
    },
    Reword {
        criterion: Index,
        wording: String,
    },
    Dissolve {
        criterion: Index,
    },
    /// Decide a reconciled note (`None`: uncoded).
    Decide {
        note: Index,
        family: Option<Index>,
        who: String,
    },
    /// Undo some steps, then redo some (as far as there are).
    Back {
        undo: usize,
        redo: usize,
    },
}

/// Text as people type it: any Unicode (controls too: the model cleans
/// them), quotes, backslashes and what RON raw strings are made of.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,30}",
        prop::collection::vec(any::<char>(), 0..20).prop_map(|c| c.into_iter().collect()),
        "[a-zåäö \"'#\\\\r]{0,16}",
        prop::sample::select(vec![
            "Att ha familjen nära",
            "l'école, \"le\" quartier",
            "r#\"raw\"#",
            "a \"# b \"## c",
            "back\\slash \\n",
            "Cafe\u{301} i centrum",
            "Trygghet 😊 på kvällarna",
            "الصحة والعائلة",
            "  spaces  around  ",
            "line\nbreak\ttab",
            "",
        ])
        .prop_map(String::from),
    ]
}

fn indices() -> impl Strategy<Value = Vec<Index>> {
    prop::collection::vec(any::<Index>(), 1..5)
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (
            any::<Index>(),
            any::<Index>(),
            text(),
            prop::option::weighted(0.2, any::<(Index, Index)>()),
        )
            .prop_map(|(group, question, text, reconciled)| Op::Add {
                group,
                question,
                text,
                reconciled,
            }),
        1 => (any::<Index>(), any::<Index>(), prop::collection::vec(text(), 2..5))
            .prop_map(|(group, question, lines)| Op::Paste { group, question, lines }),
        6 => (any::<Index>(), any::<Index>(), prop::option::of(any::<Index>()))
            .prop_map(|(note, family, component)| Op::Code { note, family, component }),
        2 => any::<Index>().prop_map(|note| Op::Uncode { note }),
        2 => (any::<Index>(), text()).prop_map(|(note, text)| Op::Edit { note, text }),
        1 => (any::<Index>(), any::<Index>(), any::<Index>())
            .prop_map(|(note, group, question)| Op::Move { note, group, question }),
        2 => any::<Index>().prop_map(|note| Op::Remove { note }),
        2 => text().prop_map(|name| Op::AddGroup { name }),
        1 => (any::<Index>(), text()).prop_map(|(group, name)| Op::RenameGroup { group, name }),
        1 => (any::<Index>(), prop::option::of(0u32..40))
            .prop_map(|(group, participants)| Op::Participants { group, participants }),
        1 => Just(Op::Language),
        3 => (indices(), text()).prop_map(|(notes, wording)| Op::Merge { notes, wording }),
        1 => (any::<Index>(), indices(), text())
            .prop_map(|(criterion, notes, wording)| Op::Split { criterion, notes, wording }),
        1 => (any::<Index>(), indices())
            .prop_map(|(criterion, notes)| Op::AddTo { criterion, notes }),
        1 => indices().prop_map(|notes| Op::TakeOut { notes }),
        1 => (any::<Index>(), text())
            .prop_map(|(criterion, wording)| Op::Reword { criterion, wording }),
        1 => any::<Index>().prop_map(|criterion| Op::Dissolve { criterion }),
        2 => (
            any::<Index>(),
            prop::option::weighted(0.8, any::<Index>()),
            prop::sample::select(vec!["Anna", "Yusuf", "(unnamed)"]),
        )
            .prop_map(|(note, family, who)| Op::Decide {
                note,
                family,
                who: who.into(),
            }),
        4 => (0usize..4, 0usize..4).prop_map(|(undo, redo)| Op::Back { undo, redo }),
    ]
}

/// The element of `items` an index picks, if there is any.
fn pick<T: Copy>(items: &[T], i: &Index) -> Option<T> {
    (!items.is_empty()).then(|| items[i.index(items.len())])
}

/// The ids of the notes at the positions (in `among`) the indices pick,
/// each once.
fn pick_notes(session: &Session, among: &[usize], picks: &[Index]) -> Vec<uuid::Uuid> {
    let mut ids = Vec::new();
    for p in picks {
        if let Some(i) = pick(among, p)
            && !ids.contains(&session.notes[i].id)
        {
            ids.push(session.notes[i].id);
        }
    }
    ids
}

fn notes_where(session: &Session, keep: impl Fn(&Note) -> bool) -> Vec<usize> {
    (0..session.notes.len())
        .filter(|&i| keep(&session.notes[i]))
        .collect()
}

/// The note at `index` edited: `None` when the edit changes nothing (the
/// app then records no change).
fn update_note(session: &Session, index: usize, edit: impl FnOnce(&mut Note)) -> Option<Change> {
    let before = session.notes[index].clone();
    let mut after = before.clone();
    edit(&mut after);
    if after == before {
        return None;
    }
    after.modified = now();
    Some(Change::UpdateNote {
        index,
        before: Box::new(before),
        after: Box::new(after),
    })
}

fn new_note(session: &Session, group: &Index, question: &Index, text: &str) -> Option<Note> {
    let group = session
        .groups
        .get(group.index(session.groups.len().max(1)))?;
    let question = &session.questions[question.index(session.questions.len())];
    let note = Note::new(&group.id, &question.id, text, "Anna");
    (!note.text.is_empty()).then_some(note)
}

/// The change an op makes against `session` now, or `None` when it does
/// not apply.
fn change_for(op: &Op, session: &Session) -> Option<Change> {
    let fw = framework();
    let all: Vec<usize> = (0..session.notes.len()).collect();
    let family_id = |i: &Index| fw.families[i.index(fw.families.len())].id.clone();
    match op {
        Op::Add {
            group,
            question,
            text,
            reconciled,
        } => {
            let mut note = new_note(session, group, question, text)?;
            if let Some((a, b)) = reconciled {
                let (a, b) = (family_id(a), family_id(b));
                note.family = (a == b).then(|| a.clone());
                note.reconciled = Some(Reconciliation {
                    codings: vec![
                        Coding {
                            coder: "Anna".into(),
                            family: Some(a),
                            component: None,
                        },
                        Coding {
                            coder: "Yusuf".into(),
                            family: Some(b),
                            component: None,
                        },
                    ],
                    decided_by: None,
                    decided: None,
                });
            }
            Some(Change::AddNote {
                index: session.notes.len(),
                note,
            })
        }
        Op::Paste {
            group,
            question,
            lines,
        } => {
            let changes: Vec<Change> = lines
                .iter()
                .filter_map(|l| new_note(session, group, question, l))
                .zip(session.notes.len()..)
                .map(|(note, index)| Change::AddNote { index, note })
                .collect();
            (!changes.is_empty()).then_some(Change::Batch(changes))
        }
        Op::Code {
            note,
            family,
            component,
        } => {
            let i = pick(&all, note)?;
            let f = &fw.families[family.index(fw.families.len())];
            let component = component
                .as_ref()
                .and_then(|c| pick(&(0..f.components.len()).collect::<Vec<_>>(), c))
                .map(|c| f.components[c].id.clone());
            // As the workshop codes (`code_with`).
            update_note(session, i, |n| {
                if n.family.as_deref() != Some(f.id.as_str()) || component.is_some() {
                    n.component = component;
                }
                n.set_family(Some(f.id.clone()));
                n.coder = "Yusuf".into();
            })
        }
        Op::Uncode { note } => update_note(session, pick(&all, note)?, |n| {
            n.set_family(None);
            n.component = None;
        }),
        Op::Edit { note, text } => {
            let text = clean(text);
            if text.is_empty() {
                return None;
            }
            update_note(session, pick(&all, note)?, |n| n.text = text)
        }
        Op::Move {
            note,
            group,
            question,
        } => {
            let i = pick(&all, note)?;
            let g = pick(&(0..session.groups.len()).collect::<Vec<_>>(), group)?;
            let g = session.groups[g].id.clone();
            let q = session.questions[question.index(session.questions.len())]
                .id
                .clone();
            update_note(session, i, |n| {
                n.group = g;
                n.question = q;
            })
        }
        Op::Remove { note } => {
            let index = pick(&all, note)?;
            Some(Change::RemoveNote {
                index,
                note: session.notes[index].clone(),
            })
        }
        Op::AddGroup { name } => {
            let group = Group::new(name);
            if group.name.is_empty() || session.group_by_name(&group.name).is_some() {
                return None;
            }
            Some(Change::AddGroup {
                index: session.groups.len(),
                group,
            })
        }
        Op::RenameGroup { group, name } => {
            let index = pick(&(0..session.groups.len()).collect::<Vec<_>>(), group)?;
            let before = session.groups[index].clone();
            let name = clean(name);
            if name.is_empty()
                || session
                    .group_by_name(&name)
                    .is_some_and(|g| g.id != before.id)
                || name == before.name
            {
                return None;
            }
            let after = Group {
                name,
                ..before.clone()
            };
            Some(Change::UpdateGroup {
                index,
                before,
                after,
            })
        }
        Op::Participants {
            group,
            participants,
        } => {
            let index = pick(&(0..session.groups.len()).collect::<Vec<_>>(), group)?;
            let before = session.groups[index].clone();
            let after = Group {
                participants: *participants,
                ..before.clone()
            };
            (after != before).then_some(Change::UpdateGroup {
                index,
                before,
                after,
            })
        }
        Op::Language => Some(Change::SetLanguage {
            before: session.language,
            after: session.language.next(),
        }),
        Op::Merge { notes, wording } => {
            let coded = notes_where(session, Note::is_coded);
            let first = pick(&coded, &notes[0])?;
            let family = session.notes[first].family.clone()?;
            let same = notes_where(session, |n| n.family.as_deref() == Some(&family));
            let mut ids = vec![session.notes[first].id];
            for id in pick_notes(session, &same, &notes[1..]) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            profile::merge(session, &family, wording, &ids).ok()
        }
        Op::Split {
            criterion,
            notes,
            wording,
        } => {
            let c = pick(&(0..session.criteria.len()).collect::<Vec<_>>(), criterion)?;
            let id = session.criteria[c].id.clone();
            let members = notes_where(session, |n| n.criterion.as_deref() == Some(&id));
            let ids = pick_notes(session, &members, notes);
            profile::split(session, &id, wording, &ids).ok()
        }
        Op::AddTo { criterion, notes } => {
            let c = pick(&(0..session.criteria.len()).collect::<Vec<_>>(), criterion)?;
            let c = &session.criteria[c];
            let others = notes_where(session, |n| {
                n.family.as_deref() == Some(&c.family) && n.criterion.as_deref() != Some(&c.id)
            });
            let ids = pick_notes(session, &others, notes);
            profile::add_to(session, &c.id, &ids).ok()
        }
        Op::TakeOut { notes } => {
            let merged = notes_where(session, |n| n.criterion.is_some());
            let ids = pick_notes(session, &merged, notes);
            profile::take_out(session, &ids).ok()
        }
        Op::Reword { criterion, wording } => {
            let c = pick(&(0..session.criteria.len()).collect::<Vec<_>>(), criterion)?;
            profile::reword(session, &session.criteria[c].id, wording).ok()
        }
        Op::Dissolve { criterion } => {
            let c = pick(&(0..session.criteria.len()).collect::<Vec<_>>(), criterion)?;
            profile::dissolve(session, &session.criteria[c].id).ok()
        }
        Op::Decide { note, family, who } => {
            let reconciled = notes_where(session, |n| n.reconciled.is_some());
            let i = pick(&reconciled, note)?;
            spiral::reconcile::decide(session, i, family.as_ref().map(family_id), None, who)
        }
        Op::Back { .. } => None,
    }
}

/// Records a change as the workshop does (`Workshop::change`, through
/// `ops::notes::as_made`): a note's update or removal that empties its
/// criterion removes it in the same step.
fn record(history: &mut History, session: &mut Session, change: Change) {
    let change = spiral::ops::notes::as_made(session, change);
    history.apply(session, change);
}

/// The same bytes, or where they first differ.
fn same(what: &str, got: &str, want: &str) -> Result<(), TestCaseError> {
    if got == want {
        return Ok(());
    }
    let line = got
        .lines()
        .zip(want.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
    let around = |s: &str| {
        s.lines()
            .skip(line.saturating_sub(3))
            .take(7)
            .collect::<Vec<_>>()
            .join("\n")
    };
    Err(TestCaseError::fail(format!(
        "{what}: the session differs from line {}:\n--- got\n{}\n--- want\n{}",
        line + 1,
        around(got),
        around(want)
    )))
}

/// Criteria no note is merged into (the synthesis never leaves one).
fn empty_criteria(session: &Session) -> Vec<String> {
    session
        .criteria
        .iter()
        .filter(|c| {
            !session
                .notes
                .iter()
                .any(|n| n.criterion.as_deref() == Some(&c.id))
        })
        .map(|c| c.wording.clone())
        .collect()
}

/// The same session: compared as data on the way (serializing every state
/// would make the test slow), shown as the saved bytes where they differ.
fn same_session(what: &str, got: &Session, want: &Session) -> Result<(), TestCaseError> {
    if got == want {
        return Ok(());
    }
    same(what, &session_to_ron(got), &session_to_ron(want))?;
    Err(TestCaseError::fail(format!(
        "{what}: the session differs (in what the file does not show)"
    )))
}

/// Runs the ops, then undoes everything and redoes everything, checking
/// every state on the way against the one kept when it was made, and the
/// start and the end byte for byte as saved.
fn run(start: Session, ops: &[Op]) -> Result<(), TestCaseError> {
    let start_bytes = session_to_ron(&start);
    let mut session = start;
    let mut history = History::default();
    let criteria_whole = empty_criteria(&session).is_empty();
    // The states undo goes back through (the first is the start), and those
    // redo brings back (the next one last).
    let mut done = vec![session.clone()];
    let mut undone: Vec<Session> = Vec::new();
    for (step, op) in ops.iter().enumerate() {
        match op {
            Op::Back { undo, redo } => {
                for _ in 0..*undo {
                    if history.undo(&mut session).is_some() {
                        undone.push(done.pop().expect("a state per step"));
                        prop_assert!(!done.is_empty(), "undo at op {} went past the start", step);
                        same_session(
                            &format!("undo at op {step}"),
                            &session,
                            done.last().expect("the start"),
                        )?;
                    } else {
                        prop_assert_eq!(
                            done.len(),
                            1,
                            "undo refused at op {} with steps left",
                            step
                        );
                    }
                }
                for _ in 0..*redo {
                    if history.redo(&mut session).is_some() {
                        let want = undone.pop();
                        prop_assert!(want.is_some(), "redo at op {} with nothing undone", step);
                        let want = want.expect("checked");
                        same_session(&format!("redo at op {step}"), &session, &want)?;
                        done.push(want);
                    } else {
                        prop_assert!(
                            undone.is_empty(),
                            "redo refused at op {} with undone steps",
                            step
                        );
                    }
                }
            }
            op => {
                let Some(change) = change_for(op, &session) else {
                    continue;
                };
                record(&mut history, &mut session, change);
                undone.clear();
                done.push(session.clone());
                // Every state made is one the app can save and open again.
                let problems = session.problems();
                prop_assert!(
                    problems.is_empty(),
                    "after op {} {:?}: {:?}",
                    step,
                    op,
                    problems
                );
                if criteria_whole {
                    let empty = empty_criteria(&session);
                    prop_assert!(
                        empty.is_empty(),
                        "after op {} {:?}: criteria with no note: {:?}",
                        step,
                        op,
                        empty
                    );
                }
            }
        }
    }
    // The furthest state redo can reach: the last one undone, else now.
    let furthest = session_to_ron(undone.first().unwrap_or(&session));
    // Undo everything, each step giving back the state before it.
    while history.undo(&mut session).is_some() {
        let back = done.pop().expect("a state per step");
        prop_assert!(!done.is_empty(), "undo went back past the start");
        same_session(
            "undoing everything",
            &session,
            done.last().expect("the start"),
        )?;
        undone.push(back);
    }
    prop_assert_eq!(done.len(), 1, "undo stopped before the start");
    same(
        "undone to the start",
        &session_to_ron(&session),
        &start_bytes,
    )?;
    // Redo everything, each step giving back the state after it.
    while history.redo(&mut session).is_some() {
        let want = undone.pop();
        prop_assert!(want.is_some(), "redo went past the end");
        same_session("redoing everything", &session, &want.expect("checked"))?;
    }
    prop_assert!(undone.is_empty(), "redo stopped before the end");
    same("redone to the end", &session_to_ron(&session), &furthest)?;
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn undo_and_redo_give_back_the_example(ops in prop::collection::vec(op(), 0..=40)) {
        run(example(), &ops)?;
    }

    #[test]
    fn undo_and_redo_give_back_an_empty_session(ops in prop::collection::vec(op(), 0..=40)) {
        run(empty(), &ops)?;
    }
}

/// History keeps the last 1,000 steps: after more, undo goes back 1,000 and
/// stops there; redo then goes all the way forward again; a new change
/// after an undo drops what could have been redone.
#[test]
fn undo_reaches_back_exactly_its_depth() {
    let extra = 7;
    let mut session = empty();
    session.groups.push(Group::new("Unga"));
    let mut history = History::default();
    let mut states = vec![session.clone()];
    for i in 0..UNDO_DEPTH + extra {
        let change = match i % 3 {
            0 => Change::SetLanguage {
                before: session.language,
                after: session.language.next(),
            },
            1 => {
                let before = session.groups[0].clone();
                let after = Group {
                    participants: Some(i as u32),
                    ..before.clone()
                };
                Change::UpdateGroup {
                    index: 0,
                    before,
                    after,
                }
            }
            // A note now and then, so the states differ in their notes too.
            _ if i % 30 == 2 => Change::AddNote {
                index: session.notes.len(),
                note: Note::new(
                    &session.groups[0].id,
                    "wellbeing",
                    &format!("anteckning {i}"),
                    "Anna",
                ),
            },
            _ => {
                let before = session.groups[0].clone();
                let after = Group {
                    description: format!("steg {i}"),
                    ..before.clone()
                };
                Change::UpdateGroup {
                    index: 0,
                    before,
                    after,
                }
            }
        };
        history.apply(&mut session, change);
        states.push(session.clone());
    }
    for k in 1..=UNDO_DEPTH {
        assert!(history.undo(&mut session).is_some(), "undo {k} refused");
        assert!(session == states[states.len() - 1 - k], "after {k} undos");
    }
    assert!(
        history.undo(&mut session).is_none(),
        "undo went back more than {UNDO_DEPTH} steps"
    );
    assert_eq!(session_to_ron(&session), session_to_ron(&states[extra]));
    for k in 1..=UNDO_DEPTH {
        assert!(history.redo(&mut session).is_some(), "redo {k} refused");
        assert!(session == states[extra + k], "after {k} redos");
    }
    assert!(history.redo(&mut session).is_none());
    assert_eq!(
        session_to_ron(&session),
        session_to_ron(states.last().expect("the end"))
    );
    // Undo two, make a new change: nothing is left to redo, and undo goes
    // back through the new change and then the older steps.
    history.undo(&mut session);
    history.undo(&mut session);
    assert!(session == states[states.len() - 3]);
    let change = Change::SetLanguage {
        before: session.language,
        after: session.language.next(),
    };
    history.apply(&mut session, change);
    assert!(
        history.redo(&mut session).is_none(),
        "a new change keeps the redo"
    );
    history.undo(&mut session);
    assert!(session == states[states.len() - 3]);
    history.undo(&mut session);
    assert!(session == states[states.len() - 4]);
}
