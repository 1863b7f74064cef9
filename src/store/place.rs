use std::path::{Path, PathBuf};

use super::format::load_session;

/// The folder where sessions live: `$SPIRAL_DATA_DIR` when set, else the
/// user's data folder (`~/.local/share/spiral/sessions` on Linux).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("SPIRAL_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("org", "spiral", "spiral")
        .map(|d| d.data_dir().join("sessions"))
        .unwrap_or_else(|| PathBuf::from("sessions"))
}

/// The full path of `path`, links and `..` resolved, as a user reads and
/// types it: on Windows without the `\\?\` that the system's own answer
/// starts with (`\\?\C:\Users\…`, `\\?\UNC\server\…`), which no one
/// types and which a message would show.
pub fn canonical(path: &Path) -> std::io::Result<PathBuf> {
    let full = std::fs::canonicalize(path)?;
    #[cfg(windows)]
    {
        let text = full.to_string_lossy();
        if let Some(rest) = text.strip_prefix(r"\\?\UNC\") {
            return Ok(PathBuf::from(format!(r"\\{rest}")));
        }
        if let Some(rest) = text.strip_prefix(r"\\?\")
            && rest.as_bytes().get(1) == Some(&b':')
        {
            return Ok(PathBuf::from(rest));
        }
    }
    Ok(full)
}

/// A session file found in a folder, as the session list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionEntry {
    pub path: PathBuf,
    /// Title, date, groups and notes; or why the file does not open (said
    /// by the face, `Describe`).
    pub summary: Result<Summary, std::sync::Arc<super::LoadError>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub title: String,
    pub date: String,
    pub groups: usize,
    pub notes: usize,
}

/// The session files of a folder (`.ron`, not hidden, not a sync engine's
/// conflict copy), sorted by file name. A file that does not load is
/// listed with its error, never hidden.
pub fn list_sessions(dir: &Path) -> Vec<SessionEntry> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        // A sync engine's conflict copy is merged by the window that opens
        // its session, not listed as a session of its own.
        .filter(|p| super::names::kind(p) == super::names::Kind::Session && p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let summary = load_session(&path)
                .map(|s| Summary {
                    title: s.title.clone(),
                    date: s.date.map(|d| d.to_string()).unwrap_or_default(),
                    groups: s.groups.len(),
                    notes: s.notes.len(),
                })
                .map_err(std::sync::Arc::new);
            SessionEntry { path, summary }
        })
        .collect()
}

/// `STEM.ron` in `dir`, or `STEM-2.ron`, `STEM-3.ron`… the first that is
/// not there.
pub fn unused_path(dir: &Path, stem: &str) -> PathBuf {
    let mut path = dir.join(format!("{stem}.ron"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.ron"));
        n += 1;
    }
    path
}

#[cfg(all(test, windows))]
mod tests {
    /// A path said in a message is one a user types: `C:\…`, never the
    /// system's `\\?\C:\…`.
    #[test]
    fn a_full_path_is_said_without_the_verbatim_prefix() {
        let dir = tempfile::tempdir().unwrap();
        let full = super::canonical(dir.path()).unwrap();
        assert!(
            !full.to_string_lossy().starts_with(r"\\?\"),
            "{}",
            full.display()
        );
        assert!(full.is_dir(), "{}", full.display());
        assert_eq!(super::canonical(&full).unwrap(), full);
    }
}
