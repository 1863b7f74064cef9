//! `spiral man`: spiral's manual page in roff, made from the same clap
//! definitions as the command line (`Cli`), so it never drifts from it;
//! with `--dir`, one page per command besides (`spiral-profile.1`, …),
//! the pages the main one names under SUBCOMMANDS.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::CommandFactory;
use clap_mangen::Man;

use super::{Cli, Ctx};
use crate::model::Lang;
use crate::tr;

/// Print spiral's manual page (roff), or write it with one page per
/// command into a folder.
///
/// `spiral man | man -l -` shows it; `spiral man --dir DIR` writes
/// spiral.1 and spiral-COMMAND.1 for every command, for a folder on
/// MANPATH.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write spiral.1 and one page per command (spiral-profile.1, …) into
    /// this folder (made if missing; pages there are replaced) rather than
    /// print spiral.1.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Prints the main page, or writes every page into `--dir` and says how
/// many.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let command = pages_of();
    match args.dir {
        None => Man::new(command).render(out)?,
        Some(dir) => {
            let pages = write_pages(&command, &dir, ctx.lang)?;
            writeln!(
                out,
                "{}",
                tr!(
                    ctx.lang,
                    "cli-man-wrote",
                    pages = pages as u64,
                    dir = dir.display().to_string()
                )
            )?;
        }
    }
    Ok(())
}

/// The command line as the pages show it: built (each command knows its
/// full name, `spiral-profile`), without clap's `help` command.
fn pages_of() -> clap::Command {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    command
}

/// Writes the main page and one per visible command into `dir`; the
/// number written.
fn write_pages(command: &clap::Command, dir: &Path, lang: Lang) -> anyhow::Result<usize> {
    std::fs::create_dir_all(dir)
        .with_context(|| tr!(lang, "cli-no-folder", path = dir.display().to_string()))?;
    let commands =
        std::iter::once(command).chain(command.get_subcommands().filter(|c| !c.is_hide_set()));
    let mut pages = 0;
    for c in commands {
        let man = Man::new(c.clone());
        let path = dir.join(man.get_filename());
        let mut roff = Vec::new();
        man.render(&mut roff)?;
        std::fs::write(&path, roff).with_context(|| path.display().to_string())?;
        pages += 1;
    }
    Ok(pages)
}
