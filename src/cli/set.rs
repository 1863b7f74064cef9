//! `spiral set`: a session's details changed from the command line, by the
//! same operations as the app's details form (`ops::details`), all checked
//! before any is made, and saved through the lock.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Ctx;
use crate::tr;
use anyhow::{anyhow, bail};

use crate::live::SessionFile;
use crate::model::{Change, Lang, Session};
use crate::ops::details;

/// Change a session's details: title, place, date, facilitators,
/// language, questions, a group's description and participants.
#[derive(Debug, clap::Args)]
pub struct Args {
    pub file: PathBuf,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub place: Option<String>,
    /// YYYY-MM-DD, or "" for none.
    #[arg(long)]
    pub date: Option<String>,
    /// The facilitators (replacing those there); repeat for several.
    #[arg(long = "facilitator", value_name = "NAME")]
    pub facilitators: Vec<String>,
    #[arg(long)]
    pub lang: Option<Lang>,
    /// Add a question of the session's own, after the others; repeat for
    /// several.
    #[arg(long = "add-question", value_name = "TEXT")]
    pub add_questions: Vec<String>,
    /// Word a question anew in the session's language: ID=TEXT (ID is a
    /// question's id, as in a note's `question`).
    #[arg(long = "word-question", value_name = "ID=TEXT", value_parser = crate::text::query)]
    pub word_questions: Vec<String>,
    /// The group the three options below are about (its name).
    #[arg(long, value_parser = crate::text::query)]
    pub group: Option<String>,
    #[arg(long, requires = "group")]
    pub rename: Option<String>,
    #[arg(long, requires = "group")]
    pub description: Option<String>,
    #[arg(long, requires = "group")]
    pub participants: Option<u32>,
}

/// Makes the changes (all or none), saves, and says what changed.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, "{}", set(&args.file, &args, ctx.lang)?)?;
    Ok(())
}

/// The changes asked for, each made on a scratch copy of the session as it
/// is checked (a later one is checked against the earlier ones), and what
/// each is called (in `lang`, the command's).
struct Changes {
    lang: Lang,
    scratch: Session,
    made: Vec<Change>,
    said: Vec<String>,
}

impl Changes {
    fn push(&mut self, change: Change, what: String) {
        change.apply(&mut self.scratch);
        self.made.push(change);
        self.said.push(what);
    }
}

/// Every change checked first, then all made and saved through the lock.
fn set(file: &Path, edit: &Args, lang: Lang) -> anyhow::Result<String> {
    let mut open = SessionFile::open_to_write(file, &tr!(lang, "cli-then-set"))?;
    let mut changes = Changes {
        lang,
        scratch: open.session().clone(),
        made: Vec::new(),
        said: Vec::new(),
    };
    set_details(&mut changes, edit)?;
    set_language(&mut changes, edit);
    word_questions(&mut changes, edit)?;
    add_questions(&mut changes, edit)?;
    set_group(&mut changes, edit)?;
    if changes.made.is_empty() {
        return Ok(tr!(
            lang,
            "cli-set-nothing",
            path = file.display().to_string()
        ));
    }
    open.edit(|session| {
        for c in &changes.made {
            c.apply(session);
        }
    })?;
    open.save()?;
    Ok(tr!(
        lang,
        "cli-set-changed",
        path = file.display().to_string(),
        what = changes.said.join(", ")
    ))
}

/// Title, place, date and facilitators, in one change.
fn set_details(changes: &mut Changes, edit: &Args) -> anyhow::Result<()> {
    let lang = changes.lang;
    let scratch = &changes.scratch;
    let mut d = scratch.details();
    if let Some(t) = &edit.title {
        d.title = t.clone();
    }
    if let Some(p) = &edit.place {
        d.place = p.clone();
    }
    if let Some(date) = &edit.date {
        d.date = details::date_of(date).map_err(|e| anyhow!(e.say(lang)))?;
    }
    if !edit.facilitators.is_empty() {
        d.facilitators = edit.facilitators.clone();
    }
    if let Some(change) = details::set_details(scratch, d).map_err(|e| anyhow!(e.say(lang)))? {
        changes.push(change, tr!(lang, "cli-set-details"));
    }
    Ok(())
}

/// The session's language, when it is another.
fn set_language(changes: &mut Changes, edit: &Args) {
    let scratch = &changes.scratch;
    if let Some(after) = edit.lang.filter(|l| *l != scratch.language) {
        let change = Change::SetLanguage {
            before: scratch.language,
            after,
        };
        let said = tr!(changes.lang, "cli-set-language", code = after.code());
        changes.push(change, said);
    }
}

/// Questions worded anew: `ID=TEXT` each.
fn word_questions(changes: &mut Changes, edit: &Args) -> anyhow::Result<()> {
    let lang = changes.lang;
    for w in &edit.word_questions {
        let scratch = &changes.scratch;
        let Some((id, text)) = w.split_once('=') else {
            bail!(tr!(lang, "cli-word-question-form", got = w.as_str()));
        };
        let index = scratch
            .questions
            .iter()
            .position(|q| q.id == id.trim())
            .ok_or_else(|| {
                anyhow!(tr!(
                    lang,
                    "cli-no-such-question",
                    id = id.trim(),
                    known = crate::import::question_list(scratch)
                ))
            })?;
        let change =
            details::word_question(scratch, index, text).map_err(|e| anyhow!(e.say(lang)))?;
        changes.push(change, tr!(lang, "cli-set-question", id = id.trim()));
    }
    Ok(())
}

/// Questions of the session's own, added after the others.
fn add_questions(changes: &mut Changes, edit: &Args) -> anyhow::Result<()> {
    let lang = changes.lang;
    for text in &edit.add_questions {
        let change =
            details::add_question(&changes.scratch, text).map_err(|e| anyhow!(e.say(lang)))?;
        let id = match &change {
            Change::SetQuestions { after, .. } => after.last().map(|q| q.id.clone()),
            _ => None,
        };
        changes.push(
            change,
            tr!(lang, "cli-set-new-question", id = id.unwrap_or_default()),
        );
    }
    Ok(())
}

/// The group named by `--group`: renamed, described, its participants.
fn set_group(changes: &mut Changes, edit: &Args) -> anyhow::Result<()> {
    let lang = changes.lang;
    let Some(name) = &edit.group else {
        return Ok(());
    };
    let scratch = &changes.scratch;
    let index = scratch
        .groups
        .iter()
        .position(|g| crate::text::fold(&g.name) == crate::text::fold(name) || g.id == *name)
        .ok_or_else(|| anyhow!(tr!(lang, "cli-no-such-group", name = name.as_str())))?;
    let mut g = scratch.groups[index].clone();
    if let Some(n) = &edit.rename {
        g.name = n.clone();
    }
    if let Some(d) = &edit.description {
        g.description = d.clone();
    }
    if let Some(p) = edit.participants {
        g.participants = Some(p);
    }
    if let Some(change) = details::set_group(scratch, index, g).map_err(|e| anyhow!(e.say(lang)))? {
        changes.push(change, tr!(lang, "cli-set-group", name = name.as_str()));
    }
    Ok(())
}
