//! An action's form, as the details form is: a line per field (title,
//! started, status, what and why, potential to generalise) and the lists
//! (actors, families, synthesis criteria, open questions), each item a line and a `+` line to
//! add one. `Enter` edits a line in the line at the bottom of the screen
//! (the status: the next one), `d` takes an item out. Each edit is the
//! core's rule (`ops::actions::edit`), made as one change through the
//! session file (undone by `u`, autosaved); a refusal is said in the
//! screen's language and nothing is written.

use crate::model::{Action, ActorKind, Status};
use crate::ops::actions::{self as rules, Edit, Link};
use crate::tr;
use crate::tui::outcome::{Said, info, nothing};
use crate::tui::workshop::Workshop;

/// A line of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Title,
    Started,
    Status,
    What,
    Generalise,
    Actor(usize),
    AddActor,
    Family(usize),
    AddFamily,
    Criterion(usize),
    AddCriterion,
    Question(usize),
    AddQuestion,
}

/// The lines of the form of `a`.
pub fn rows(a: &Action) -> Vec<Row> {
    let mut rows = vec![
        Row::Title,
        Row::Started,
        Row::Status,
        Row::What,
        Row::Generalise,
    ];
    rows.extend((0..a.actors.len()).map(Row::Actor));
    rows.push(Row::AddActor);
    rows.extend((0..a.families.len()).map(Row::Family));
    rows.push(Row::AddFamily);
    rows.extend((0..a.criteria.len()).map(Row::Criterion));
    rows.push(Row::AddCriterion);
    rows.extend((0..a.questions.len()).map(Row::Question));
    rows.push(Row::AddQuestion);
    rows
}

/// A family as the screen names it: its key and label ("4 Personal
/// relations"), or its id when the framework does not know it.
pub fn family_name(w: &Workshop, id: &str) -> String {
    w.framework.family(id).map_or_else(
        || id.to_string(),
        |f| format!("{} {}", f.key, f.labels.get(w.lang())),
    )
}

/// A synthesis criterion as the screen names it: its wording, or its id
/// when the session no longer has it.
pub fn criterion_name(w: &Workshop, id: &str) -> String {
    (w.session().criteria.iter())
        .find(|c| c.id == id)
        .map_or_else(|| id.to_string(), |c| c.wording.clone())
}

/// An actor as the screen says it: its name, and its kind in brackets.
pub fn actor_text(w: &Workshop, a: &crate::model::Actor) -> String {
    match a.kind {
        Some(kind) => format!("{} ({})", a.name, kind.label().say(w.ui())),
        None => a.name.clone(),
    }
}

/// A line's label and its value as shown (an add line: its label only).
pub fn row_text(w: &Workshop, a: &Action, row: Row) -> (String, String) {
    let (label, value) = row_words(w, a, row);
    (label, crate::text::printable(&value).into_owned())
}

/// A line's label and its value, as the session has it.
fn row_words(w: &Workshop, a: &Action, row: Row) -> (String, String) {
    let ui = w.ui();
    let started = || {
        a.started
            .map_or_else(|| tr!(ui, "actions-not-started"), |s| s.to_string())
    };
    match row {
        Row::Title => (tr!(ui, "actions-form-title"), a.title.clone()),
        Row::Started => (tr!(ui, "actions-form-started"), started()),
        Row::Status => (tr!(ui, "actions-form-status"), a.status.label().say(ui)),
        Row::What => (tr!(ui, "actions-what"), a.what.clone()),
        Row::Generalise => (tr!(ui, "actions-generalise"), a.generalise.clone()),
        Row::Actor(i) => (tr!(ui, "actions-who"), actor_text(w, &a.actors[i])),
        Row::Family(i) => (tr!(ui, "actions-families"), family_name(w, &a.families[i])),
        Row::Criterion(i) => (
            tr!(ui, "actions-criteria"),
            criterion_name(w, &a.criteria[i]),
        ),
        Row::Question(i) => (tr!(ui, "actions-questions"), a.questions[i].clone()),
        Row::AddActor => (tr!(ui, "actions-form-add-actor"), String::new()),
        Row::AddFamily => (tr!(ui, "actions-form-add-family"), String::new()),
        Row::AddCriterion => (tr!(ui, "actions-form-add-criterion"), String::new()),
        Row::AddQuestion => (tr!(ui, "actions-form-add-question"), String::new()),
    }
}

/// What the line starts from when `row` is edited; `None` for an item of
/// a list (it is taken out with `d`, added anew with its `+` line).
pub fn editable(w: &Workshop, index: usize, row: Row) -> Option<String> {
    let a = &w.session().actions[index];
    Some(match row {
        Row::Title => a.title.clone(),
        Row::Started => a.started.map(|s| s.to_string()).unwrap_or_default(),
        Row::What => a.what.clone(),
        Row::Generalise => a.generalise.clone(),
        Row::AddActor | Row::AddFamily | Row::AddCriterion | Row::AddQuestion => String::new(),
        Row::Status | Row::Actor(_) | Row::Family(_) | Row::Criterion(_) | Row::Question(_) => {
            return None;
        }
    })
}

/// The title of the line a row is edited in: its label (an actor's line
/// also names the kinds it takes).
pub fn line_title(w: &Workshop, row: Row) -> String {
    let ui = w.ui();
    let label = match row {
        Row::Title => tr!(ui, "actions-form-title"),
        Row::Started => tr!(ui, "actions-line-started"),
        Row::What => tr!(ui, "actions-what"),
        Row::Generalise => tr!(ui, "actions-generalise"),
        Row::AddFamily => tr!(ui, "actions-form-add-family"),
        Row::AddCriterion => tr!(ui, "actions-form-add-criterion"),
        Row::AddQuestion => tr!(ui, "actions-form-add-question"),
        _ => {
            let kinds: Vec<&str> = ActorKind::ALL.iter().map(|k| k.name()).collect();
            let kinds = tr!(ui, "actions-form-kinds", kinds = kinds.join(", "));
            format!("{} · {kinds}", tr!(ui, "actions-form-add-actor"))
        }
    };
    label.trim_start_matches("+ ").to_string()
}

/// The line typed for `row`, made into its change on the action at
/// `index`: what it did, or why not (nothing written).
pub fn submit(w: &mut Workshop, index: usize, row: Row, value: &str) -> Said {
    let ui = w.ui();
    let say = |r: rules::Refusal| r.message().say(ui);
    let edit = match row {
        Row::Title => Edit::Title(value.to_string()),
        Row::Started if value.trim().is_empty() => Edit::Started(None),
        Row::Started => Edit::Started(Some(rules::started(value).map_err(say)?)),
        Row::What => Edit::What(value.to_string()),
        Row::Generalise => Edit::Generalise(value.to_string()),
        Row::AddActor => Edit::Link(Link::Actor(rules::actor(value).map_err(say)?)),
        Row::AddFamily => Edit::Link(Link::Family(
            rules::family(&w.framework, value).map_err(say)?,
        )),
        Row::AddCriterion => Edit::Link(Link::Criterion(
            rules::criterion(w.session(), value).map_err(say)?,
        )),
        Row::AddQuestion => Edit::AddQuestion(value.to_string()),
        _ => return nothing(),
    };
    make(w, index, row, edit)
}

/// The edit made (one change): what the line says now.
fn make(w: &mut Workshop, index: usize, row: Row, edit: Edit) -> Said {
    let ui = w.ui();
    let change = rules::edit(w.session(), &w.framework, index, edit, w.clock.now())
        .map_err(|r| r.message().say(ui))?;
    let Some(change) = change else {
        return nothing();
    };
    w.make(change)?;
    let a = &w.session().actions[index];
    let (label, value) = match row {
        Row::AddActor => row_text(w, a, Row::Actor(a.actors.len() - 1)),
        Row::AddFamily => row_text(w, a, Row::Family(a.families.len() - 1)),
        Row::AddCriterion => row_text(w, a, Row::Criterion(a.criteria.len() - 1)),
        Row::AddQuestion => row_text(w, a, Row::Question(a.questions.len() - 1)),
        _ => row_text(w, a, row),
    };
    info(tr!(ui, "actions-changed", label = label, value = value))
}

/// The status after the one the action has (after ended: planned).
pub fn next_status(w: &mut Workshop, index: usize) -> Said {
    w.writable()?;
    let now = w.session().actions[index].status;
    let at = Status::ALL.iter().position(|s| *s == now).unwrap_or(0);
    let next = Status::ALL[(at + 1) % Status::ALL.len()];
    make(w, index, Row::Status, Edit::Status(next))
}

/// The actor, family, criterion or open question on `row` taken out.
pub fn take_out(w: &mut Workshop, index: usize, row: Row) -> Said {
    w.writable()?;
    let a = &w.session().actions[index];
    let (edit, value) = match row {
        Row::Actor(i) => (
            Edit::Unlink(Link::Actor(a.actors[i].clone())),
            a.actors[i].name.clone(),
        ),
        Row::Family(i) => (
            Edit::Unlink(Link::Family(a.families[i].clone())),
            family_name(w, &a.families[i]),
        ),
        Row::Criterion(i) => (
            Edit::Unlink(Link::Criterion(a.criteria[i].clone())),
            criterion_name(w, &a.criteria[i]),
        ),
        Row::Question(i) => (
            Edit::RemoveQuestion((i + 1).to_string()),
            a.questions[i].clone(),
        ),
        _ => return Err(tr!(w.ui(), "actions-nothing-to-take-out").into()),
    };
    let ui = w.ui();
    let change = rules::edit(w.session(), &w.framework, index, edit, w.clock.now())
        .map_err(|r| r.message().say(ui))?;
    w.make_if(change)?;
    w.refresh();
    info(tr!(ui, "actions-taken-out", value = value))
}
