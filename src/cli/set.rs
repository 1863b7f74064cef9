//! `spiral set`: a session's details changed from the command line, by the
//! same operations as the app's details form (`ops::details`), all checked
//! before any is made, and saved through the lock.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::tr;
use anyhow::{anyhow, bail};

use crate::live::SessionFile;
use crate::model::{Change, Framework, Lang};
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
pub fn run(args: Args, _: &Framework, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, "{}", set(&args.file, &args)?)?;
    Ok(())
}

/// Every change checked first, then all made and saved through the lock.
fn set(file: &Path, edit: &Args) -> anyhow::Result<String> {
    let mut open = SessionFile::open_to_write(file, &tr!(@ "cli-then-set"))?;
    let mut scratch = open.session().clone();
    let mut changes = Vec::new();
    let mut said = Vec::new();
    let mut push = |change: Change, what: String, scratch: &mut crate::model::Session| {
        change.apply(scratch);
        changes.push(change);
        said.push(what);
    };
    let mut d = scratch.details();
    if let Some(t) = &edit.title {
        d.title = t.clone();
    }
    if let Some(p) = &edit.place {
        d.place = p.clone();
    }
    if let Some(date) = &edit.date {
        d.date = details::date_of(date).map_err(|e| anyhow!(e))?;
    }
    if !edit.facilitators.is_empty() {
        d.facilitators = edit.facilitators.clone();
    }
    if let Some(change) = details::set_details(&scratch, d).map_err(|e| anyhow!(e))? {
        push(change, tr!(@ "cli-set-details"), &mut scratch);
    }
    if let Some(lang) = edit.lang.filter(|l| *l != scratch.language) {
        let change = Change::SetLanguage {
            before: scratch.language,
            after: lang,
        };
        push(
            change,
            tr!(@ "cli-set-language", code = lang.code()),
            &mut scratch,
        );
    }
    for w in &edit.word_questions {
        let Some((id, text)) = w.split_once('=') else {
            bail!(tr!(@ "cli-word-question-form", got = w.as_str()));
        };
        let index = scratch
            .questions
            .iter()
            .position(|q| q.id == id.trim())
            .ok_or_else(|| {
                anyhow!(tr!(@ "cli-no-such-question",
                    id = id.trim(),
                    known = crate::import::question_list(&scratch)))
            })?;
        let change = details::word_question(&scratch, index, text).map_err(|e| anyhow!(e))?;
        push(
            change,
            tr!(@ "cli-set-question", id = id.trim()),
            &mut scratch,
        );
    }
    for text in &edit.add_questions {
        let change = details::add_question(&scratch, text).map_err(|e| anyhow!(e))?;
        let id = match &change {
            Change::SetQuestions { after, .. } => after.last().map(|q| q.id.clone()),
            _ => None,
        };
        push(
            change,
            tr!(@ "cli-set-new-question", id = id.unwrap_or_default()),
            &mut scratch,
        );
    }
    if let Some(name) = &edit.group {
        let index = scratch
            .groups
            .iter()
            .position(|g| crate::text::fold(&g.name) == crate::text::fold(name) || g.id == *name)
            .ok_or_else(|| anyhow!(tr!(@ "cli-no-such-group", name = name.as_str())))?;
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
        if let Some(change) = details::set_group(&scratch, index, g).map_err(|e| anyhow!(e))? {
            push(
                change,
                tr!(@ "cli-set-group", name = name.as_str()),
                &mut scratch,
            );
        }
    }
    if changes.is_empty() {
        return Ok(tr!(@ "cli-set-nothing", path = file.display().to_string()));
    }
    open.edit(|session| {
        for c in &changes {
            c.apply(session);
        }
    })?;
    open.save()?;
    Ok(tr!(@ "cli-set-changed",
        path = file.display().to_string(),
        what = said.join(", ")))
}
