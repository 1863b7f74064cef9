//! `spiral share FOLDER`: a territory folder made ready for a sync engine.
//! What spiral keeps beside a session for one machine only (its lock, its
//! backup, its temporary files, the `.spiral` folder of merged conflict
//! copies) is listed in Syncthing's `.stignore`, so it never travels.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::Ctx;
use crate::model::Lang;
use crate::tr;
use anyhow::{Context, bail};

/// Make a folder ready to be synced between laptops (Syncthing and
/// others): writes the `.stignore` lines that keep spiral's locks,
/// backups and temporary files on each machine, and says how to share it.
#[derive(Debug, clap::Args)]
pub struct Args {
    pub folder: PathBuf,
}

/// Readies the folder and says what it did and how to share it.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, "{}", ready(&args.folder, ctx.lang)?)?;
    Ok(())
}

/// Writes the lines `.stignore` lacks (the user's own lines are kept) and
/// says how to share the folder.
fn ready(folder: &Path, lang: Lang) -> anyhow::Result<String> {
    if !folder.is_dir() {
        bail!(tr!(
            lang,
            "cli-not-a-folder",
            path = folder.display().to_string()
        ));
    }
    let path = folder.join(".stignore");
    let had = crate::store::read_stignore(&path).with_context(|| path.display().to_string())?;
    let missing = crate::store::stignore_lacks(&had);
    let said_file = if missing.iter().all(|l| l.starts_with("//")) {
        tr!(lang, "cli-share-already", path = path.display().to_string())
    } else {
        let mut text = had.clone();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        for line in &missing {
            text.push_str(line);
            text.push('\n');
        }
        // A `.stignore` that is a link stays one: its target is written.
        let target = if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            std::fs::canonicalize(&path).with_context(|| path.display().to_string())?
        } else {
            path.clone()
        };
        crate::store::write_atomically(&target, text.as_bytes())
            .with_context(|| path.display().to_string())?;
        tr!(
            lang,
            "cli-share-wrote",
            path = path.display().to_string(),
            lines = missing.iter().filter(|l| !l.starts_with("//")).count() as u64
        )
    };
    Ok(format!(
        "{said_file}\n\n{}",
        tr!(lang, "cli-share-how", folder = folder.display().to_string())
    ))
}
