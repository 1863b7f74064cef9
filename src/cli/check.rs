//! `spiral check`: session files validated; an error names path:line:col.

use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;

use super::Ctx;
use crate::i18n::Describe;
use crate::tr;

/// Validate session files; errors name path:line:col.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// Checks every file, prints what each says, fails when one failed.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let framework = ctx.framework;
    let files = args.files;
    let mut failed = 0;
    for file in &files {
        match crate::ops::check_file(file, framework, ctx.lang) {
            Ok(lines) => {
                for l in lines {
                    writeln!(out, "{l}")?;
                }
            }
            Err(e) => {
                failed += 1;
                writeln!(out, "{}", e.describe(ctx.lang))?;
            }
        }
    }
    if failed > 0 {
        bail!(tr!(
            ctx.lang,
            "cli-check-failed",
            failed = failed as u64,
            all = files.len() as u64
        ));
    }
    Ok(())
}
