//! `spiral share FOLDER`: a territory folder made ready for a sync engine.
//! What spiral keeps beside a session for one machine only (its lock, its
//! backup, its temporary files, the `.spiral` folder of merged conflict
//! copies) is listed in Syncthing's `.stignore`, so it never travels.

use std::path::Path;

use anyhow::{Context, bail};

/// The lines spiral needs in `.stignore` (Syncthing's syntax: `(?d)` lets
/// Syncthing remove them when the folder holding them is removed).
pub const STIGNORE: &[&str] = &[
    "// spiral: what stays on each machine (locks, backups, temporary files, merged copies)",
    "(?d).*.lock",
    "(?d)*.bak",
    "(?d).*.tmp",
    "(?d).spiral",
];

/// Writes the lines `.stignore` lacks (the user's own lines are kept) and
/// says how to share the folder.
pub fn run(folder: &Path) -> anyhow::Result<String> {
    if !folder.is_dir() {
        bail!("{}: not a folder", folder.display());
    }
    let path = folder.join(".stignore");
    let had = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).with_context(|| path.display().to_string()),
    };
    let have: Vec<&str> = had.lines().map(str::trim).collect();
    let missing: Vec<&str> = STIGNORE
        .iter()
        .copied()
        .filter(|l| !have.contains(l))
        .collect();
    let said_file = if missing.iter().all(|l| l.starts_with("//")) {
        format!("{} already keeps spiral's files local.", path.display())
    } else {
        let mut text = had.clone();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        for line in &missing {
            text.push_str(line);
            text.push('\n');
        }
        crate::store::write_atomically(&path, text.as_bytes())
            .with_context(|| path.display().to_string())?;
        format!(
            "Wrote {} ({} lines): locks, backups, temporary files and merged copies stay on each machine.",
            path.display(),
            missing.iter().filter(|l| !l.starts_with("//")).count()
        )
    };
    let shown = folder.display();
    Ok(format!(
        "{said_file}

To share {shown} with Syncthing (no account, no internet needed on the workshop's network):
  1. On every laptop, start Syncthing and open its page (http://127.0.0.1:8384).
  2. Add Folder: the path {shown}; give it the same Folder ID on every laptop.
  3. Add Remote Device on each laptop with the other's Device ID (Actions > Show ID),
     and tick the folder under Sharing.
  4. Open the territory: spiral {shown}
Sessions written on any laptop appear on the others within seconds; when two laptops
change one session, spiral merges Syncthing's conflict copy into it by id.
Nextcloud, Dropbox or a USB stick work too: give them the same exclusions by hand."
    ))
}
