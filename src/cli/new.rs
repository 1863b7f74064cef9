//! `spiral new`: a session file created (never over an existing one).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};

use super::Ctx;
use crate::model::{Lang, Session};
use crate::tr;

/// Create a session file (never over an existing one).
#[derive(Debug, clap::Args)]
pub struct Args {
    pub file: PathBuf,
    #[arg(long)]
    pub title: String,
    /// A group of the session; repeat for several.
    #[arg(long = "group", value_name = "NAME")]
    pub groups: Vec<String>,
    /// The session's language: its labels, its summary, and what spiral
    /// says about it (default: `SPIRAL_LANG`, else the system's).
    #[arg(long)]
    pub lang: Option<Lang>,
    #[arg(long, default_value = "")]
    pub place: String,
    /// The session's date, YYYY-MM-DD (default: today).
    #[arg(long)]
    pub date: Option<jiff::civil::Date>,
    /// A facilitator; repeat for several.
    #[arg(long = "facilitator", value_name = "NAME")]
    pub facilitators: Vec<String>,
    /// A question of the session's own, after the method's three (its
    /// wording, in the session's language); repeat for several.
    #[arg(long = "question", value_name = "TEXT")]
    pub questions: Vec<String>,
}

/// Makes the session, checks its groups and questions, and writes it.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let (framework, lang) = (ctx.framework, ctx.lang);
    let Args {
        file,
        title,
        groups,
        lang: made_in,
        place,
        date,
        facilitators,
        questions,
    } = args;
    if file.exists() {
        bail!(tr!(lang, "cli-exists", path = file.display().to_string()));
    }
    let mut session = Session::new(&title, framework, made_in.unwrap_or(lang));
    if session.title.is_empty() {
        bail!(tr!(lang, "cli-title-empty"));
    }
    session.place = crate::text::clean(&place);
    if date.is_some() {
        session.date = date;
    }
    session.facilitators = facilitators.iter().map(|f| crate::text::clean(f)).collect();
    for name in &groups {
        use crate::ops::details::GroupName;
        match crate::ops::details::add_group(&session, name) {
            Ok(change) => change.apply(&mut session),
            Err(GroupName::Empty) => bail!(tr!(lang, "cli-group-empty")),
            Err(GroupName::Taken(name)) => {
                bail!(tr!(lang, "cli-group-twice", name = name.as_str()))
            }
        }
    }
    for text in &questions {
        crate::ops::details::add_question(&session, text)
            .map_err(|e| anyhow!(e.say(lang)))?
            .apply(&mut session);
    }
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| tr!(lang, "cli-no-folder", path = dir.display().to_string()))?;
    }
    save_new(&file, &session)?;
    writeln!(
        out,
        "{}",
        tr!(lang, "cli-created", path = file.display().to_string())
    )?;
    Ok(())
}

/// Writes a new session, refusing (with the same words as `new`) when a
/// file appeared there meanwhile.
pub(crate) fn save_new(file: &Path, session: &Session) -> anyhow::Result<()> {
    Ok(crate::live::SessionFile::create(file, session)?)
}
