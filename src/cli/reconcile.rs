//! `spiral reconcile`: the file where two codings of a session are
//! reconciled, started (by `ops::make_reconcile_file`); the app does the
//! rest.

use std::io::Write;
use std::path::PathBuf;

use super::Ctx;
use super::shared::aside;
use crate::i18n::Describe;
use crate::tr;

/// Start reconciling two codings of a session: a new file where the
/// notes they agree on keep their coding and the others wait for a
/// decision (open it in the app and press R).
#[derive(Debug, clap::Args)]
pub struct Args {
    pub first: PathBuf,
    pub second: PathBuf,
    /// The new file (default: FIRST-reconciled.ron beside FIRST).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
}

/// Makes the file and says where it went and what it holds.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let lang = ctx.lang;
    let made = crate::ops::make_reconcile_file(&args.first, &args.second, args.output.as_deref())?;
    match made.target.file() {
        Some(path) => writeln!(
            out,
            "{}",
            tr!(
                lang,
                "cli-wrote-reconcile",
                target = made.target.describe(lang),
                what = made.describe(lang),
                path = path.display().to_string()
            )
        )?,
        None => aside(
            out,
            &made.target,
            &tr!(
                lang,
                "cli-wrote-what",
                target = made.target.describe(lang),
                what = made.describe(lang)
            ),
        )?,
    }
    Ok(())
}
