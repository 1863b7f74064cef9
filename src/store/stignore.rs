//! Syncthing's `.stignore` and spiral's lines in it: what spiral keeps
//! beside a session for one machine only (its lock, its backup, its
//! temporary files, the `.spiral` folder of merged conflict copies) must
//! never travel. `spiral share` writes the lines; the territory and the
//! session list say when a Syncthing folder lacks them.

use std::path::{Path, PathBuf};

/// The lines spiral needs in `.stignore` (Syncthing's syntax: `(?d)` lets
/// Syncthing remove them when the folder holding them is removed); the
/// first is a comment.
pub const STIGNORE: &[&str] = &[
    "// spiral: what stays on each machine (locks, backups, temporary files, merged copies)",
    "(?d).*.lock",
    "(?d)*.bak",
    "(?d).*.tmp",
    "(?d).spiral",
];

/// The lines of `STIGNORE` the text of a `.stignore` lacks (comments
/// among them), in order.
pub fn stignore_lacks(text: &str) -> Vec<&'static str> {
    let have: Vec<&str> = text.lines().map(str::trim).collect();
    STIGNORE
        .iter()
        .copied()
        .filter(|l| !have.contains(l))
        .collect()
}

/// The Syncthing folder `folder` is in (the nearest holding `.stfolder`:
/// it, or one above), when its `.stignore` lacks a rule spiral needs (a
/// missing `.stignore` lacks them all); `None` when it has them, when
/// `folder` is in no Syncthing folder, or when `.stignore` cannot be read
/// (nothing known to say).
pub fn unshared_syncthing_folder(folder: &Path) -> Option<PathBuf> {
    let folder = super::canonical(folder).unwrap_or_else(|_| folder.to_path_buf());
    let root = folder.ancestors().find(|a| a.join(".stfolder").is_dir())?;
    let text = match read(&root.join(".stignore")) {
        Ok(text) => text,
        Err(_) => return None,
    };
    stignore_lacks(&text)
        .iter()
        .any(|l| !l.starts_with("//"))
        .then(|| root.to_path_buf())
}

/// The text of a `.stignore` through the project's input rules (a regular
/// file, or a link to one; at most 1 MiB; UTF-8): empty when there is
/// none; a FIFO, a device, a folder or a file too large is refused with
/// the reason, never read.
pub fn read(path: &Path) -> std::io::Result<String> {
    match crate::input::read_file(path, &crate::input::STIGNORE) {
        Ok(bytes) => String::from_utf8(bytes)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(e),
    }
}

/// What mends it, to be said: `spiral share FOLDER`, the folder quoted
/// for a shell when it needs to be: in single quotes on Unix; on Windows,
/// where `\` is a path's own and cmd knows no single quotes, in double
/// quotes (a Windows name holds no `"`), as both cmd and PowerShell read.
pub fn share_command(folder: &Path) -> String {
    let path = folder.display().to_string();
    let plain_too = if cfg!(windows) { "\\" } else { "" };
    let plain = path
        .chars()
        .all(|c| c.is_alphanumeric() || "/._-+,:@%~".contains(c) || plain_too.contains(c));
    if plain {
        format!("spiral share {path}")
    } else if cfg!(windows) {
        format!("spiral share \"{path}\"")
    } else {
        format!("spiral share '{}'", path.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(windows)]
    #[test]
    fn on_windows_the_command_keeps_backslashes_and_quotes_with_double_quotes() {
        assert_eq!(
            share_command(Path::new(r"C:\Users\Ana\Sync\alby")),
            r"spiral share C:\Users\Ana\Sync\alby"
        );
        assert_eq!(
            share_command(Path::new(r"C:\Users\Ana\My Drive\Ana's")),
            r#"spiral share "C:\Users\Ana\My Drive\Ana's""#
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_command_quotes_a_folder_a_shell_would_split() {
        assert_eq!(
            share_command(Path::new("/home/ana/Sync/alby")),
            "spiral share /home/ana/Sync/alby"
        );
        assert_eq!(
            share_command(Path::new("/home/ana/My Drive/Ana's")),
            r"spiral share '/home/ana/My Drive/Ana'\''s'"
        );
    }
}
