//! `spiral merge`: the files of several facilitators merged into a new one
//! (by `ops::merge_files`); every conflict listed.

use std::io::Write;
use std::path::PathBuf;

use super::Ctx;
use super::shared::aside;
use crate::i18n::Describe;
use crate::tr;

/// Merge the files of several facilitators into one (matched by id;
/// every conflict listed).
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The merged session (a new file).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: PathBuf,
}

/// `spiral merge FILE... -o OUT`.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let lang = ctx.lang;
    let files = &args.files;
    let (merged, target) = crate::ops::merge_files(files, &args.output)?;
    let s = &merged.session;
    let mut said = tr!(
        lang,
        "cli-merged",
        files = files.len() as u64,
        target = target.describe(lang),
        groups = s.groups.len() as u64,
        notes = s.notes.len() as u64,
        criteria = s.criteria.len() as u64
    );
    for line in merged.report_in(lang) {
        said.push('\n');
        said.push_str(&line);
    }
    aside(out, &target, &said)
}
