//! `spiral FILE` on a file that does not exist: asked before it is created
//! (no command: the app opens it after).

use std::io::IsTerminal;
use std::path::Path;

use anyhow::bail;

use super::new::save_new;
use crate::model::{Framework, Lang, Session};
use crate::tr;

/// `spiral FILE` on a file that does not exist: asks before creating it.
/// Without a terminal to ask on, refuses. Asks and refuses in `lang`,
/// which the new session speaks too.
pub fn create_after_asking(file: &Path, framework: &Framework, lang: Lang) -> anyhow::Result<bool> {
    if let Some(why) = broken_link(file, lang) {
        bail!(why);
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        bail!(tr!(
            lang,
            "cli-missing-no-terminal",
            path = file.display().to_string()
        ));
    }
    eprint!(
        "{} ",
        tr!(lang, "cli-missing-ask", path = file.display().to_string())
    );
    let mut answer = String::new();
    stdin.read_line(&mut answer)?;
    // Yes in any of the app's languages (the prompt shows its own).
    let answer = answer.trim().to_lowercase();
    if !matches!(answer.as_str(), "y" | "yes" | "j" | "ja" | "o" | "oui") {
        return Ok(false);
    }
    let title = file
        .file_stem()
        .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_else(|| tr!(lang, "cli-new-session-title"));
    let session = Session::new(&title, framework, lang);
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    save_new(file, &session)?;
    Ok(true)
}

/// Why a path that does not exist is a symbolic link all the same (the
/// whole sentence, naming the path): it
/// leads to a file that is not there, or round in a loop (`None`: it is no
/// link). Such a path is not offered to be created: the new file would go
/// where the link points, or nowhere.
fn broken_link(file: &Path, lang: Lang) -> Option<String> {
    use crate::output::LinkEnd;
    if !std::fs::symlink_metadata(file).is_ok_and(|m| m.file_type().is_symlink()) {
        return None;
    }
    match crate::output::link_end(file) {
        LinkEnd::Missing(_) | LinkEnd::Unreadable => {
            let first = std::fs::read_link(file).unwrap_or_default();
            Some(tr!(
                lang,
                "cli-link-missing",
                path = file.display().to_string(),
                to = first.display().to_string()
            ))
        }
        LinkEnd::Loop => Some(tr!(
            lang,
            "cli-link-loop",
            path = file.display().to_string()
        )),
    }
}
