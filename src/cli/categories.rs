//! `spiral categories`: the framework printed (families, keys, components,
//! keywords), in the language asked for.

use std::io::Write;

use super::Ctx;
use crate::model::{Framework, Lang};
use crate::tr;

/// Print the framework: families, keys, components.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The labels' language (default: `SPIRAL_LANG`, else the system's).
    #[arg(long)]
    pub lang: Option<Lang>,
}

/// Prints the framework in `--lang`, else the language spoken.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    categories(ctx.framework, args.lang.unwrap_or(ctx.lang), out)
}

/// The framework as `spiral categories` prints it.
pub fn categories(framework: &Framework, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "cli-categories-title",
            label = framework.labels.get(lang),
            id = framework.id.as_str(),
            fingerprint = framework.fingerprint()
        )
    )?;
    for f in &framework.families {
        writeln!(out)?;
        writeln!(out, "{}  {}  [{}]", f.key, f.labels.get(lang), f.id)?;
        let d = f.description.get(lang);
        if !d.is_empty() {
            writeln!(out, "   {d}")?;
        }
        for c in &f.components {
            writeln!(out, "   - {}  [{}]", c.labels.get(lang), c.id)?;
        }
        if !f.keywords.is_empty() {
            writeln!(
                out,
                "   {}",
                tr!(
                    lang,
                    "cli-categories-keywords",
                    words = f.keywords.join(", ")
                )
            )?;
        }
    }
    Ok(())
}
