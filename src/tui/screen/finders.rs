//! The finders the notes open: the search of every note, the picker of a
//! family and component, the move to another group or question, the
//! picker of the action the selected note is linked to. Each is made from
//! the workshop as it is; what is chosen is taken here (`take`).

use std::collections::HashMap;
use std::sync::Arc;

use uuid::Uuid;

use super::shape::Refused;
use crate::model::{Change, Session};
use crate::ops::actions::{self as rules, Edit, Link};
use crate::ops::notes;
use crate::text::fold;
use crate::tr;
use crate::tui::done::Done;
use crate::tui::finder::{Finder, FinderItem, FinderKind, Target};
use crate::tui::outcome::{Said, done, info, nothing};
use crate::tui::workshop::Workshop;

/// `/`: every note of the session, by its text.
pub fn search(w: &Workshop) -> Finder {
    let lang = w.lang();
    // One detail ("group · question") per pair, shared by its notes:
    // opening the search of 100,000 notes makes a few, not 100,000.
    let mut details: HashMap<(&str, &str), Arc<str>> = HashMap::new();
    let (items, texts) = w
        .session()
        .notes
        .iter()
        .map(|n| {
            let detail = details
                .entry((n.group.as_str(), n.question.as_str()))
                .or_insert_with(|| {
                    let group = w.session().group(&n.group).map_or("?", |g| g.name.as_str());
                    let question = w
                        .session()
                        .question(&n.question)
                        .map_or("?", |q| q.labels.get(lang));
                    Arc::from(format!("{group} · {question}"))
                });
            let item = FinderItem {
                label: n.text.clone(),
                detail: Arc::clone(detail),
                target: Target::Note(n.id),
            };
            (item, n.text.clone())
        })
        .unzip();
    waking(w, Finder::unfolded(FinderKind::Search, items, texts))
}

/// `c`: every family and component, by label (all languages), id and
/// keyword.
pub fn pick(w: &Workshop) -> Result<Finder, Refused> {
    w.selected_note().ok_or(Refused::NoNoteSelected)?;
    let (items, haystacks) = crate::suggest::pick_items(&w.framework, w.lang())
        .into_iter()
        .map(|p| {
            let item = FinderItem {
                label: p.label,
                detail: Arc::from(""),
                target: Target::Code {
                    family: p.family,
                    component: p.component,
                },
            };
            (item, p.haystack)
        })
        .unzip();
    Ok(waking(w, Finder::new(FinderKind::Pick, items, haystacks)))
}

/// `m`: the other groups and questions, to move the selected note to.
pub fn move_to(w: &Workshop) -> Result<Finder, Refused> {
    let i = w.selected_note().ok_or(Refused::NoNoteSelected)?;
    let note = &w.session().notes[i];
    let lang = w.lang();
    let mut items = Vec::new();
    let mut haystacks = Vec::new();
    for (gi, g) in w.session().groups.iter().enumerate() {
        if g.id != note.group {
            items.push(FinderItem {
                label: tr!(w.ui(), "finder-move-group", name = g.name.as_str()),
                detail: Arc::from(""),
                target: Target::Group(gi),
            });
            // Found by the word in English and in the screen's language.
            haystacks.push(fold(&format!(
                "group {} {}",
                tr!(w.ui(), "finder-move-group", name = ""),
                g.name
            )));
        }
    }
    for (qi, q) in w.session().questions.iter().enumerate() {
        if q.id != note.question {
            items.push(FinderItem {
                label: tr!(w.ui(), "finder-move-question", name = q.labels.get(lang)),
                detail: Arc::from(""),
                target: Target::Question(qi),
            });
            haystacks.push(fold(&format!(
                "question {} {} {}",
                tr!(w.ui(), "finder-move-question", name = ""),
                q.id,
                q.labels.all().collect::<Vec<_>>().join(" ")
            )));
        }
    }
    Ok(waking(w, Finder::new(FinderKind::Move, items, haystacks)))
}

/// `t`: the session's actions, to link the selected note to (Enter takes
/// the first: two keys).
pub fn actions(w: &Workshop) -> Result<Finder, Refused> {
    w.selected_note().ok_or(Refused::NoNoteSelected)?;
    if w.session().actions.is_empty() {
        return Err(Refused::NoActions);
    }
    let (items, haystacks) = (w.session().actions.iter())
        .map(|a| {
            let item = FinderItem {
                label: crate::text::printable(&a.title).into_owned(),
                detail: Arc::from(a.status.label().say(w.ui())),
                target: Target::Action(a.id),
            };
            (item, fold(&a.title))
        })
        .unzip();
    Ok(Finder::new(FinderKind::Link, items, haystacks))
}

/// A finder whose ranking thread, if any, wakes the app's loop.
fn waking(w: &Workshop, finder: Finder) -> Finder {
    if let Some(wake) = &w.wake {
        finder.wake_with(wake);
    }
    finder
}

/// Takes a finder's result: the note found is selected; the selected note
/// is coded as picked, or moved to the group or question chosen.
pub fn take(w: &mut Workshop, target: Target) -> Said {
    match target {
        Target::Note(id) => {
            w.select_note(id);
            nothing()
        }
        Target::Code { family, component } => w.code_with(family, component),
        Target::Group(g) => {
            let moved = Done::MovedToGroup(w.session().groups[g].name.clone());
            move_selected(w, moved, |s, i, at| notes::move_to_group(s, i, g, at))
        }
        Target::Action(id) => link_to_action(w, id),
        Target::Question(q) => {
            let moved = Done::MovedToQuestion(w.session().questions[q].labels.clone());
            move_selected(w, moved, |s, i, at| notes::move_to_question(s, i, q, at))
        }
    }
}

/// The selected note moved (`ops::notes`' move, to another group or
/// question).
fn move_selected(
    w: &mut Workshop,
    moved: Done,
    rule: impl FnOnce(&Session, usize, jiff::Timestamp) -> Option<Change>,
) -> Said {
    let index = w.selected_note().ok_or(Refused::NoNoteSelected)?;
    w.make_if(rule(w.session(), index, w.clock.now()))?;
    w.refresh();
    done(moved)
}

/// Links the selected note to the action `id` (`t`, then the action
/// picked): the core's rule (`ops::actions::edit`, a note link) made as one
/// change, undone by `u`; what the status line says ("linked to «title»"),
/// or why not.
fn link_to_action(w: &mut Workshop, id: Uuid) -> Said {
    let note = w.selected_note().ok_or(Refused::NoNoteSelected)?;
    let note = w.session().notes[note].id;
    let index = w.session().action_index(id).ok_or(Refused::NoActions)?;
    let ui = w.ui();
    let title = crate::text::printable(&w.session().actions[index].title).into_owned();
    let edit = Edit::Link(Link::Note(note));
    let change = rules::edit(w.session(), &w.framework, index, edit, w.clock.now())
        .map_err(|r| r.message().say(ui))?;
    match change {
        Some(change) => {
            w.change(change)?;
            info(tr!(ui, "actions-linked", title = title))
        }
        None => info(tr!(ui, "actions-already-linked", title = title)),
    }
}
