//! `spiral add`: a note added to a group (by `ops::add_note`, as the app's
//! capture line does); prints the new note's id.

use std::io::Write;
use std::path::PathBuf;

use super::Ctx;
use crate::text::query;

/// Add a note to a group; prints the new note's id.
#[derive(Debug, clap::Args)]
pub struct Args {
    pub file: PathBuf,
    /// The group's name (or id).
    #[arg(long, value_parser = query)]
    pub group: String,
    /// The question the note answers: wellbeing, illbeing, action (or
    /// another question id of the session).
    #[arg(long, value_parser = query)]
    pub question: String,
    /// Code it: a key 1-8, a family id or a family label.
    #[arg(long, value_name = "KEY", value_parser = query)]
    pub family: Option<String>,
    /// Who writes it; else SPIRAL_CODER, the session's first facilitator,
    /// the user's name (refused when none is known).
    #[arg(long)]
    pub coder: Option<String>,
    /// Add the group when the session has none of that name.
    #[arg(long)]
    pub create_group: bool,
    /// The note's text.
    pub text: String,
}

/// Adds the note, saves, prints its id.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let framework = ctx.framework;
    let new = crate::ops::NewNote {
        group: &args.group,
        question: &args.question,
        family: args.family.as_deref(),
        coder: args.coder.as_deref(),
        sources: crate::ops::coder::Sources::of_system(),
        create_group: args.create_group,
        text: &args.text,
    };
    let then = crate::tr!(ctx.lang, "ops-add-then");
    let id = crate::ops::add_note(&args.file, framework, &new, &then)?;
    writeln!(out, "{id}")?;
    Ok(())
}
