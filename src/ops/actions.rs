//! The co-responsibility actions as both faces edit them (the app's
//! actions screen, `spiral action`): an action added, a field edited, its
//! status set, an actor added or removed, a family, criterion or note
//! linked or unlinked, a progress report added, an open question added or
//! removed, the action removed. Each rule takes the session and what the
//! user asked and gives the `Change` to make (undone as every change is),
//! or a typed `Refusal` that names the value and what is accepted. What a
//! user types is read here too (`started`, `status`, `actor`, `note`,
//! `criterion`, `family`, `action`), so both faces refuse alike. And what
//! the actions leave unanswered: the families the groups named most that
//! no action answers (`unanswered_families`), for the profile's side and
//! the summary.

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

use crate::i18n::{Describe, Message};
use crate::model::{
    Action, ActionChange, Actor, ActorKind, Change, Framework, Lang, Report, Session, Started,
    Status, Tombstone,
};
use crate::msg;
use crate::text::{clean, fold};

/// Why an action's edit was refused: the value given, and (when it says)
/// what would be accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    EmptyTitle,
    /// Not a month (`YYYY-MM`) or a day (`YYYY-MM-DD`).
    NotAStart(String),
    /// Not a day (`YYYY-MM-DD`): a report's date.
    NotADay(String),
    UnknownStatus(String),
    UnknownKind(String),
    EmptyActor,
    UnknownFamily(String),
    UnknownCriterion(String),
    /// Names more than one criterion (their ids).
    AmbiguousCriterion(String, Vec<String>),
    UnknownNote(String),
    AmbiguousNote(String),
    UnknownAction(String),
    AmbiguousAction(String),
    EmptyReport,
    EmptyQuestion,
    /// An actor, link or open question the action does not have.
    NotThere(String),
}

impl Refusal {
    /// What it says, in a language still to be chosen.
    pub fn message(&self) -> Message {
        let list = |names: &mut dyn Iterator<Item = &str>| names.collect::<Vec<_>>().join(", ");
        match self {
            Refusal::EmptyTitle => msg!("action-refused-title"),
            Refusal::NotAStart(v) => msg!("action-refused-start", value = v.as_str()),
            Refusal::NotADay(v) => msg!("action-refused-day", value = v.as_str()),
            Refusal::UnknownStatus(v) => msg!(
                "action-refused-status",
                value = v.as_str(),
                accepted = list(&mut Status::ALL.iter().map(|s| s.name()))
            ),
            Refusal::UnknownKind(v) => msg!(
                "action-refused-kind",
                value = v.as_str(),
                accepted = list(&mut ActorKind::ALL.iter().map(|k| k.name()))
            ),
            Refusal::EmptyActor => msg!("action-refused-actor"),
            Refusal::UnknownFamily(v) => msg!("action-refused-family", value = v.as_str()),
            Refusal::UnknownCriterion(v) => msg!("action-refused-criterion", value = v.as_str()),
            Refusal::AmbiguousCriterion(v, ids) => msg!(
                "action-refused-criterion-ambiguous",
                value = v.as_str(),
                ids = ids.join(", ")
            ),
            Refusal::UnknownNote(v) => msg!("action-refused-note", value = v.as_str()),
            Refusal::AmbiguousNote(v) => msg!("action-refused-note-ambiguous", value = v.as_str()),
            Refusal::UnknownAction(v) => msg!("action-refused-action", value = v.as_str()),
            Refusal::AmbiguousAction(v) => {
                msg!("action-refused-action-ambiguous", value = v.as_str())
            }
            Refusal::EmptyReport => msg!("action-refused-report"),
            Refusal::EmptyQuestion => msg!("action-refused-question"),
            Refusal::NotThere(v) => msg!("action-refused-not-there", value = v.as_str()),
        }
    }
}

impl Describe for Refusal {
    fn describe(&self, lang: Lang) -> String {
        self.message().say(lang)
    }
}

crate::display_by_describe!(Refusal);
impl std::error::Error for Refusal {}

/// Something an action answers, or someone in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// A family, by its id.
    Family(String),
    /// A synthesis criterion, by its id.
    Criterion(String),
    Note(Uuid),
    Actor(Actor),
}

/// One edit of an action's own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Title(String),
    Started(Option<Started>),
    Status(Status),
    What(String),
    Generalise(String),
    Link(Link),
    /// A link taken out (an actor by its name, folded).
    Unlink(Link),
    AddQuestion(String),
    /// An open question taken out: by its place (from 1) or its words.
    RemoveQuestion(String),
}

// ----- what a user types -----

/// A start as typed: a month or a day.
pub fn started(text: &str) -> Result<Started, Refusal> {
    Started::parse(text).ok_or_else(|| Refusal::NotAStart(text.to_string()))
}

/// A report's date as typed: a day.
pub fn day(text: &str) -> Result<Date, Refusal> {
    match Started::parse(text) {
        Some(Started::Day(d)) => Ok(d),
        _ => Err(Refusal::NotADay(text.to_string())),
    }
}

pub fn status(text: &str) -> Result<Status, Refusal> {
    Status::parse(text).ok_or_else(|| Refusal::UnknownStatus(text.to_string()))
}

/// An actor as typed: `NAME` or `NAME:KIND` (the kind after the last
/// colon; a name with a colon of its own gives its kind after it).
pub fn actor(text: &str) -> Result<Actor, Refusal> {
    let (name, kind) = match text.rsplit_once(':') {
        Some((name, kind)) => {
            let kind = ActorKind::parse(kind).ok_or_else(|| Refusal::UnknownKind(kind.into()))?;
            (name, Some(kind))
        }
        None => (text, None),
    };
    let name = clean(name);
    if name.is_empty() {
        return Err(Refusal::EmptyActor);
    }
    Ok(Actor { name, kind })
}

/// A family by its key, id or label (`Framework::resolve_family`): its id.
pub fn family(framework: &Framework, text: &str) -> Result<String, Refusal> {
    framework
        .resolve_family(text)
        .map(|f| f.id.clone())
        .ok_or_else(|| Refusal::UnknownFamily(text.to_string()))
}

/// A criterion by its id, its wording (case and accents folded) or the
/// start of its id: its id.
pub fn criterion(session: &Session, text: &str) -> Result<String, Refusal> {
    let t = text.trim();
    if let Some(c) = session.criterion(t) {
        return Ok(c.id.clone());
    }
    let folded = fold(t);
    let mut found: Vec<String> = session
        .criteria
        .iter()
        .filter(|c| !t.is_empty() && fold(&c.wording) == folded)
        .map(|c| c.id.clone())
        .collect();
    if found.is_empty() && t.len() >= 4 {
        found = session
            .criteria
            .iter()
            .filter(|c| c.id.starts_with(t))
            .map(|c| c.id.clone())
            .collect();
    }
    match &found[..] {
        [one] => Ok(one.clone()),
        [] => Err(Refusal::UnknownCriterion(text.to_string())),
        _ => Err(Refusal::AmbiguousCriterion(text.to_string(), found)),
    }
}

/// A note by its id or the start of it (at least 4 characters).
pub fn note(session: &Session, text: &str) -> Result<Uuid, Refusal> {
    let t = text.trim().to_lowercase();
    if let Ok(id) = Uuid::parse_str(&t)
        && session.note_index(id).is_some()
    {
        return Ok(id);
    }
    let ids = session.notes.iter().map(|n| n.id);
    by_prefix(ids, &t).map_err(|many| match many {
        true => Refusal::AmbiguousNote(text.to_string()),
        false => Refusal::UnknownNote(text.to_string()),
    })
}

/// An action by its id, the start of it (at least 4 characters), its
/// title or the start of its title (case and accents folded), when one
/// action has it: its index.
pub fn action(session: &Session, text: &str) -> Result<usize, Refusal> {
    let t = text.trim().to_lowercase();
    let found = match Uuid::parse_str(&t) {
        Ok(id) if session.action(id).is_some() => Ok(id),
        _ => by_prefix(session.actions.iter().map(|a| a.id), &t),
    };
    let found = found.or_else(|many| {
        let folded = fold(text.trim());
        let titled = |whole: bool| -> Vec<Uuid> {
            session
                .actions
                .iter()
                .filter(|a| match whole {
                    true => fold(&a.title) == folded,
                    false => !folded.is_empty() && fold(&a.title).starts_with(&folded),
                })
                .map(|a| a.id)
                .collect()
        };
        let whole = titled(true);
        let titled = if whole.is_empty() {
            titled(false)
        } else {
            whole
        };
        match titled[..] {
            [one] => Ok(one),
            [] if !many => Err(Refusal::UnknownAction(text.to_string())),
            _ => Err(Refusal::AmbiguousAction(text.to_string())),
        }
    })?;
    Ok(session.action_index(found).expect("found"))
}

/// The one id that starts with `prefix` (at least 4 characters); else
/// whether there were several.
fn by_prefix(ids: impl Iterator<Item = Uuid>, prefix: &str) -> Result<Uuid, bool> {
    if prefix.len() < 4 {
        return Err(false);
    }
    let mut found = ids.filter(|id| id.to_string().starts_with(prefix));
    match (found.next(), found.next()) {
        (Some(one), None) => Ok(one),
        (Some(_), Some(_)) => Err(true),
        _ => Err(false),
    }
}

// ----- the rules -----

/// An action as a face gathers it before it is added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewAction {
    pub title: String,
    pub started: Option<Started>,
    pub status: Option<Status>,
    pub actors: Vec<Actor>,
    pub what: String,
    pub families: Vec<String>,
    pub criteria: Vec<String>,
    pub notes: Vec<Uuid>,
    pub generalise: String,
}

/// A new action after the others, made `at`: its id is the change's
/// (`Change::action_id`). Without a status it is running once it has a
/// start, planned before. Every link must name what the session (and the
/// framework) has.
pub fn add(
    session: &Session,
    framework: &Framework,
    new: NewAction,
    at: Timestamp,
) -> Result<Change, Refusal> {
    let mut a = Action::new(&new.title, at);
    if a.title.is_empty() {
        return Err(Refusal::EmptyTitle);
    }
    a.started = new.started;
    a.status = new.status.unwrap_or(match new.started {
        Some(_) => Status::Running,
        None => Status::Planned,
    });
    a.what = clean(&new.what);
    a.generalise = clean(&new.generalise);
    let links = (new.actors.into_iter().map(Link::Actor))
        .chain(new.families.into_iter().map(Link::Family))
        .chain(new.criteria.into_iter().map(Link::Criterion))
        .chain(new.notes.into_iter().map(Link::Note));
    for link in links {
        check_link(session, framework, &link)?;
        linked(&mut a, link);
    }
    Ok(Change::Action(ActionChange::Add {
        index: session.actions.len(),
        action: Box::new(a),
    }))
}

/// Whether the link names what is there (a family of the framework, a
/// criterion or note of the session; an actor with a name).
fn check_link(session: &Session, framework: &Framework, link: &Link) -> Result<(), Refusal> {
    match link {
        Link::Family(f) if framework.family(f).is_none() => Err(Refusal::UnknownFamily(f.clone())),
        Link::Criterion(c) if session.criterion(c).is_none() => {
            Err(Refusal::UnknownCriterion(c.clone()))
        }
        Link::Note(n) if session.note_index(*n).is_none() => {
            Err(Refusal::UnknownNote(n.to_string()))
        }
        Link::Actor(a) if clean(&a.name).is_empty() => Err(Refusal::EmptyActor),
        _ => Ok(()),
    }
}

/// Adds the link (once: an actor of the same name takes the new kind).
fn linked(a: &mut Action, link: Link) {
    match link {
        Link::Family(f) if !a.families.contains(&f) => a.families.push(f),
        Link::Criterion(c) if !a.criteria.contains(&c) => a.criteria.push(c),
        Link::Note(n) if !a.notes.contains(&n) => a.notes.push(n),
        Link::Actor(mut actor) => {
            actor.name = clean(&actor.name);
            match a
                .actors
                .iter_mut()
                .find(|x| fold(&x.name) == fold(&actor.name))
            {
                Some(there) => there.kind = actor.kind.or(there.kind),
                None => a.actors.push(actor),
            }
        }
        _ => {}
    }
}

/// Takes the link out; refused when the action does not have it.
fn unlinked(a: &mut Action, link: &Link) -> Result<(), Refusal> {
    let before = a.clone();
    let what = match link {
        Link::Family(f) => {
            a.families.retain(|x| x != f);
            f.clone()
        }
        Link::Criterion(c) => {
            a.criteria.retain(|x| x != c);
            c.clone()
        }
        Link::Note(n) => {
            a.notes.retain(|x| x != n);
            n.to_string()
        }
        Link::Actor(actor) => {
            a.actors.retain(|x| fold(&x.name) != fold(&actor.name));
            actor.name.clone()
        }
    };
    if *a == before {
        return Err(Refusal::NotThere(what));
    }
    Ok(())
}

/// The action at `index` edited, marked modified `at` (`None`: the edit
/// changes nothing, a link already there).
pub fn edit(
    session: &Session,
    framework: &Framework,
    index: usize,
    edit: Edit,
    at: Timestamp,
) -> Result<Option<Change>, Refusal> {
    let before = &session.actions[index];
    let mut a = before.clone();
    match edit {
        Edit::Title(t) => {
            a.title = clean(&t);
            if a.title.is_empty() {
                return Err(Refusal::EmptyTitle);
            }
        }
        Edit::Started(s) => a.started = s,
        Edit::Status(s) => a.status = s,
        Edit::What(t) => a.what = clean(&t),
        Edit::Generalise(t) => a.generalise = clean(&t),
        Edit::Link(link) => {
            check_link(session, framework, &link)?;
            linked(&mut a, link);
        }
        Edit::Unlink(link) => unlinked(&mut a, &link)?,
        Edit::AddQuestion(q) => {
            let q = clean(&q);
            if q.is_empty() {
                return Err(Refusal::EmptyQuestion);
            }
            a.questions.push(q);
        }
        Edit::RemoveQuestion(which) => {
            let i = question_index(&a, &which).ok_or(Refusal::NotThere(which))?;
            a.questions.remove(i);
        }
    }
    Ok(updated(index, before, a, at))
}

/// An open question by its place (from 1) or its words (folded).
fn question_index(a: &Action, which: &str) -> Option<usize> {
    match which.trim().parse::<usize>() {
        Ok(n) if (1..=a.questions.len()).contains(&n) => Some(n - 1),
        _ => a.questions.iter().position(|q| fold(q) == fold(which)),
    }
}

fn updated(index: usize, before: &Action, mut after: Action, at: Timestamp) -> Option<Change> {
    if after == *before {
        return None;
    }
    after.modified = at.max(before.modified);
    Some(Change::Action(ActionChange::Update {
        index,
        before: Box::new(before.clone()),
        after: Box::new(after),
    }))
}

/// A progress report on the action at `index`, dated `date`, by `by`,
/// written `at`; it takes its place among the others by date.
pub fn report(
    session: &Session,
    index: usize,
    date: Date,
    by: &str,
    text: &str,
    at: Timestamp,
) -> Result<Change, Refusal> {
    let text = clean(text);
    if text.is_empty() {
        return Err(Refusal::EmptyReport);
    }
    let before = &session.actions[index];
    let mut a = before.clone();
    a.reports.push(Report {
        id: Uuid::new_v4(),
        date,
        by: clean(by),
        text,
        written: at,
    });
    a.sort_reports();
    Ok(updated(index, before, a, at).expect("a report added"))
}

/// The action at `index` removed by `by` at `at`, its tombstone kept, so
/// the removal travels to the other laptops' versions as a note's does.
pub fn remove(session: &Session, index: usize, by: &str, at: Timestamp) -> Change {
    let action = session.actions[index].clone();
    let tomb = Tombstone {
        id: action.id,
        at,
        by: by.to_string(),
    };
    Change::Batch(vec![
        Change::Action(ActionChange::Remove {
            index,
            action: Box::new(action),
        }),
        Change::Action(ActionChange::Bury(tomb)),
    ])
}

// ----- what the actions leave unanswered -----

/// The families an action answers: those it names, and those of the
/// criteria and notes it answers.
pub fn families_answered(session: &Session, a: &Action) -> Vec<String> {
    let mut out: Vec<String> = a.families.clone();
    let of_criteria = a.criteria.iter().filter_map(|c| session.criterion(c));
    let of_notes = a.notes.iter().filter_map(|n| session.note_index(*n));
    let more = of_criteria
        .map(|c| Some(c.family.clone()))
        .chain(of_notes.map(|i| session.notes[i].family.clone()));
    for f in more.flatten() {
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

/// How many of the families the groups named most the app and the summary
/// look at for the ones no action answers yet (ties with the last taken
/// included).
pub const NAMED_MOST: usize = 3;

/// Of the `top` families the groups named most (by their coded notes, all
/// questions and groups together; a family tied with the last one taken
/// is taken too; families named by no note never), those no action
/// answers (`families_answered`), with their number of notes, most named
/// first: the question a local support group asks first.
pub fn unanswered_families(
    session: &Session,
    framework: &Framework,
    top: usize,
) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = framework
        .families
        .iter()
        .map(|f| {
            let n = session
                .notes
                .iter()
                .filter(|n| n.family.as_deref() == Some(&f.id));
            (f.id.clone(), n.count())
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    // Most named first; ties in the framework's order (a stable sort).
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let cut = counts.get(top.saturating_sub(1)).map_or(0, |(_, n)| *n);
    let answered: Vec<String> = session
        .actions
        .iter()
        .flat_map(|a| families_answered(session, a))
        .collect();
    counts
        .into_iter()
        .enumerate()
        .take_while(|(i, (_, n))| *i < top || *n == cut)
        .map(|(_, c)| c)
        .filter(|(f, _)| !answered.contains(f))
        .collect()
}

#[cfg(test)]
#[path = "actions/tests.rs"]
mod tests;
