//! `spiral action`: the session's co-responsibility actions from the
//! command line, by the rules the app uses (`ops::actions`): add one (its
//! id printed), report on it, list them (text, JSON, CSV: `list.rs`),
//! edit, link, unlink, add or remove an open question, remove it. Every
//! value is checked before anything is written: a refusal says what and
//! why, exits non-zero, and leaves the file as it was.

mod list;

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Ctx;
use crate::live::SessionFile;
use crate::model::{Change, Clock, Framework, Session};
use crate::ops::Error;
use crate::ops::actions::{self as rules, Edit, Link, NewAction, Refusal};
use crate::tr;

pub use list::ListFormat;

/// Co-responsibility actions: what the territory does together in answer
/// to what the groups said (add, report, list, edit, link, unlink,
/// question, remove).
///
/// ACTION is an action's id, its first characters (4 or more) or its
/// title. A note is named by its id or its first characters (`spiral
/// export --format csv-notes` gives each note's id), a criterion by its id
/// or wording, a family by its key (1-8), id or label.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, clap::Subcommand)]
pub enum Sub {
    /// Add an action; prints its id.
    Add(AddArgs),
    /// Add a dated progress report to an action.
    Report(ReportArgs),
    /// List the actions of sessions (text, json or csv).
    List(ListArgs),
    /// Change an action's title, status, start, what and why, potential to
    /// generalise.
    Edit(EditArgs),
    /// Link an action to families, criteria, notes it answers, or add
    /// actors.
    Link(LinkArgs),
    /// Take links or actors out of an action.
    Unlink(LinkArgs),
    /// Add an open question for the network group (or remove one).
    Question(QuestionArgs),
    /// Remove an action.
    Remove(RemoveArgs),
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    pub file: PathBuf,
    #[arg(long)]
    pub title: String,
    /// When it started: YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM[-DD]")]
    pub started: Option<String>,
    /// planned, running, paused or ended (without it: running once it has
    /// a start, else planned).
    #[arg(long)]
    pub status: Option<String>,
    /// Who is involved: NAME or NAME:KIND (KIND: municipal, association,
    /// public_body, residents, company); repeat for several.
    #[arg(long = "actor", value_name = "NAME[:KIND]")]
    pub actors: Vec<String>,
    /// A family it answers; repeat for several.
    #[arg(long = "family", value_name = "KEY")]
    pub families: Vec<String>,
    /// A synthesis criterion it answers; repeat for several.
    #[arg(long = "criterion", value_name = "NAME")]
    pub criteria: Vec<String>,
    /// A citizens' note it answers; repeat for several.
    #[arg(long = "note", value_name = "ID")]
    pub notes: Vec<String>,
    /// What and why.
    #[arg(long, value_name = "TEXT")]
    pub what: Option<String>,
    /// Its potential to generalise.
    #[arg(long, value_name = "TEXT")]
    pub generalise: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    pub file: PathBuf,
    pub action: String,
    /// The report's date (YYYY-MM-DD); today without it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Who writes it; else SPIRAL_CODER, the session's first facilitator,
    /// the user's name (as a note's coder).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// The report (after --).
    #[arg(required = true, num_args = 1.., last = true)]
    pub text: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: ListFormat,
}

#[derive(Debug, clap::Args)]
pub struct EditArgs {
    pub file: PathBuf,
    pub action: String,
    #[arg(long)]
    pub title: Option<String>,
    /// planned, running, paused or ended.
    #[arg(long)]
    pub status: Option<String>,
    /// YYYY-MM or YYYY-MM-DD, or "" for none.
    #[arg(long, value_name = "YYYY-MM[-DD]")]
    pub started: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub what: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub generalise: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct LinkArgs {
    pub file: PathBuf,
    pub action: String,
    #[arg(long = "family", value_name = "KEY")]
    pub families: Vec<String>,
    #[arg(long = "criterion", value_name = "NAME")]
    pub criteria: Vec<String>,
    #[arg(long = "note", value_name = "ID")]
    pub notes: Vec<String>,
    /// NAME[:KIND] (to unlink: its name).
    #[arg(long = "actor", value_name = "NAME[:KIND]")]
    pub actors: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct QuestionArgs {
    pub file: PathBuf,
    pub action: String,
    /// Remove the open question of this number (from 1) or these words,
    /// instead of adding one.
    #[arg(long, value_name = "N|TEXT", conflicts_with = "text")]
    pub remove: Option<String>,
    /// The question (after --).
    #[arg(num_args = 1.., last = true, required_unless_present = "remove")]
    pub text: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    pub file: PathBuf,
    pub action: String,
}

impl Args {
    /// The first session file the command reads (its language is the
    /// command's, when nothing else says one).
    pub fn file(&self) -> Option<&Path> {
        match &self.command {
            Sub::Add(a) => Some(&a.file),
            Sub::Report(a) => Some(&a.file),
            Sub::List(a) => a.files.first().map(PathBuf::as_path),
            Sub::Edit(a) => Some(&a.file),
            Sub::Link(a) | Sub::Unlink(a) => Some(&a.file),
            Sub::Question(a) => Some(&a.file),
            Sub::Remove(a) => Some(&a.file),
        }
    }

    /// Whether it writes JSON (escaped as JSON, not as text).
    pub fn json(&self) -> bool {
        matches!(&self.command, Sub::List(a) if a.format == ListFormat::Json)
    }
}

/// Runs the command on the system's clock.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    run_at(args, ctx, &Clock::system(), out)
}

/// Runs the command with `clock` for "now" and "today" (a test's).
pub fn run_at(args: Args, ctx: &Ctx, clock: &Clock, out: &mut dyn Write) -> anyhow::Result<()> {
    let fw = ctx.framework;
    let now = clock.now();
    match args.command {
        Sub::List(a) => list::run(&a, ctx, out),
        Sub::Add(a) => {
            let id = write(&a.file.clone(), ctx, |s| {
                let change = rules::add(s, fw, new_action(s, fw, a)?, now)?;
                Ok(Some(change))
            })?;
            writeln!(out, "{}", id.unwrap_or_default())?;
            Ok(())
        }
        Sub::Report(a) => said(&a.file.clone(), &a.action.clone(), ctx, out, |s, i| {
            let date = match &a.date {
                Some(d) => rules::day(d)?,
                None => clock.today(),
            };
            let sources = crate::ops::coder::Sources::of_system();
            let by = crate::ops::coder::decide(a.by.as_deref(), &sources, s, None)
                .ok_or(Refused::NoOne)?;
            Ok(Some(rules::report(
                s,
                i,
                date,
                &by,
                &a.text.join(" "),
                now,
            )?))
        }),
        Sub::Edit(a) => said(&a.file.clone(), &a.action.clone(), ctx, out, |s, i| {
            edits(s, fw, i, edits_of(&a)?, now)
        }),
        Sub::Link(a) => said(&a.file.clone(), &a.action.clone(), ctx, out, |s, i| {
            let links = links_of(s, fw, &a)?;
            edits(s, fw, i, links.into_iter().map(Edit::Link).collect(), now)
        }),
        Sub::Unlink(a) => said(&a.file.clone(), &a.action.clone(), ctx, out, |s, i| {
            let links = links_of(s, fw, &a)?;
            edits(s, fw, i, links.into_iter().map(Edit::Unlink).collect(), now)
        }),
        Sub::Question(a) => said(&a.file.clone(), &a.action.clone(), ctx, out, |s, i| {
            let edit = match &a.remove {
                Some(which) => Edit::RemoveQuestion(which.clone()),
                None => Edit::AddQuestion(a.text.join(" ")),
            };
            edits(s, fw, i, vec![edit], now)
        }),
        Sub::Remove(a) => said(&a.file.clone(), &a.action.clone(), ctx, out, |s, i| {
            let sources = crate::ops::coder::Sources::of_system();
            let by = crate::ops::coder::decide(None, &sources, s, None).unwrap_or_default();
            Ok(Some(rules::remove(s, i, &by, now)))
        }),
    }
}

/// Why a command was refused: a rule's refusal, or no one to sign a
/// report.
enum Refused {
    Rule(Refusal),
    NoOne,
}

impl From<Refusal> for Refused {
    fn from(r: Refusal) -> Refused {
        Refused::Rule(r)
    }
}

impl From<Refused> for Error {
    fn from(r: Refused) -> Error {
        Error::Refused(match r {
            Refused::Rule(r) => r.message(),
            Refused::NoOne => crate::msg!("action-no-one"),
        })
    }
}

/// The action `add` gathers, every value read (or refused).
fn new_action(s: &Session, fw: &Framework, a: AddArgs) -> Result<NewAction, Refused> {
    Ok(NewAction {
        title: a.title,
        started: a.started.as_deref().map(rules::started).transpose()?,
        status: a.status.as_deref().map(rules::status).transpose()?,
        actors: a
            .actors
            .iter()
            .map(|x| rules::actor(x))
            .collect::<Result<_, _>>()?,
        what: a.what.unwrap_or_default(),
        families: a
            .families
            .iter()
            .map(|f| rules::family(fw, f))
            .collect::<Result<_, _>>()?,
        criteria: a
            .criteria
            .iter()
            .map(|c| rules::criterion(s, c))
            .collect::<Result<_, _>>()?,
        notes: a
            .notes
            .iter()
            .map(|n| rules::note(s, n))
            .collect::<Result<_, _>>()?,
        generalise: a.generalise.unwrap_or_default(),
    })
}

/// The edits `edit` asks for, in the order of its options.
fn edits_of(a: &EditArgs) -> Result<Vec<Edit>, Refused> {
    let mut out = Vec::new();
    if let Some(t) = &a.title {
        out.push(Edit::Title(t.clone()));
    }
    if let Some(s) = &a.status {
        out.push(Edit::Status(rules::status(s)?));
    }
    if let Some(s) = &a.started {
        let started = match s.trim() {
            "" => None,
            s => Some(rules::started(s)?),
        };
        out.push(Edit::Started(started));
    }
    if let Some(t) = &a.what {
        out.push(Edit::What(t.clone()));
    }
    if let Some(t) = &a.generalise {
        out.push(Edit::Generalise(t.clone()));
    }
    Ok(out)
}

/// The links `link` and `unlink` name, every value read (or refused).
fn links_of(s: &Session, fw: &Framework, a: &LinkArgs) -> Result<Vec<Link>, Refused> {
    let mut out = Vec::new();
    for f in &a.families {
        out.push(Link::Family(rules::family(fw, f)?));
    }
    for c in &a.criteria {
        out.push(Link::Criterion(rules::criterion(s, c)?));
    }
    for n in &a.notes {
        out.push(Link::Note(rules::note(s, n)?));
    }
    for x in &a.actors {
        out.push(Link::Actor(rules::actor(x)?));
    }
    Ok(out)
}

/// The edits made one after the other on a scratch copy (each checked
/// against the ones before), as one change; `None` when none changes
/// anything.
fn edits(
    s: &Session,
    fw: &Framework,
    index: usize,
    edits: Vec<Edit>,
    at: jiff::Timestamp,
) -> Result<Option<Change>, Refused> {
    let mut scratch = s.clone();
    let mut made = Vec::new();
    for edit in edits {
        if let Some(change) = rules::edit(&scratch, fw, index, edit, at)? {
            change.apply(&mut scratch);
            made.push(change);
        }
    }
    Ok(match made.len() {
        0 => None,
        1 => made.pop(),
        _ => Some(Change::Batch(made)),
    })
}

/// Opens the session to write, asks `decide` for the change, makes and
/// saves it; nothing is written when it is refused or changes nothing.
/// Returns the id of the action it is about.
fn write(
    file: &Path,
    ctx: &Ctx,
    decide: impl FnOnce(&Session) -> Result<Option<Change>, Refused>,
) -> Result<Option<uuid::Uuid>, Error> {
    let then = tr!(ctx.lang, "action-then");
    let mut open = SessionFile::open_to_write(file, &then)?;
    let Some(change) = decide(open.session())? else {
        return Ok(None);
    };
    let id = change.action_id();
    open.edit(|s| change.apply(s)).map_err(Error::ReadOnly)?;
    open.save()?;
    Ok(id)
}

/// A command on one action (named by `action`): the change made and
/// saved, and said ("edit action: “…” (id)"), or "nothing changed".
fn said(
    file: &Path,
    action: &str,
    ctx: &Ctx,
    out: &mut dyn Write,
    decide: impl FnOnce(&Session, usize) -> Result<Option<Change>, Refused>,
) -> anyhow::Result<()> {
    let mut told = None;
    write(file, ctx, |s| {
        let i = rules::action(s, action)?;
        let change = decide(s, i)?;
        // Named as it is after the change (as it was, once removed).
        let mut after = s.clone();
        let what = match &change {
            Some(c) => {
                c.apply(&mut after);
                c.describe(ctx.lang)
            }
            None => tr!(ctx.lang, "action-unchanged"),
        };
        let a = after.action(s.actions[i].id).unwrap_or(&s.actions[i]);
        told = Some(tr!(
            ctx.lang,
            "action-said",
            what = what,
            title = a.title.as_str(),
            id = a.id.to_string()
        ));
        Ok(change)
    })?;
    if let Some(told) = told {
        writeln!(out, "{told}")?;
    }
    Ok(())
}
