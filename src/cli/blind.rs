//! `spiral blind`: a copy of a session for a second coder (by
//! `ops::blind_copy`): the same notes and ids, no codings.

use std::io::Write;
use std::path::PathBuf;

use super::Ctx;
use super::shared::aside;
use crate::i18n::Describe;
use crate::tr;

/// A copy for a second coder: the same notes and ids, no codings.
#[derive(Debug, clap::Args)]
pub struct Args {
    pub file: PathBuf,
    /// The second coder's name.
    #[arg(long)]
    pub coder: String,
    /// The copy (a new file).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: PathBuf,
}

/// `spiral blind FILE --coder NAME -o OUT`.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let lang = ctx.lang;
    let (session, target) = crate::ops::blind_copy(&args.file, &args.coder, &args.output)?;
    let said = tr!(
        lang,
        "cli-blind",
        target = target.describe(lang),
        notes = session.notes.len() as u64,
        coder = session.facilitators[0].as_str()
    );
    aside(out, &target, &said)
}
