use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` so that at every instant the file on disk is
/// either the old version or the new one, never a mix: a temporary file in
/// the same folder is written and fsynced, the previous version is kept as
/// `FILE.bak`, the temporary file is renamed over the old one, and the
/// folder is fsynced so the rename itself survives a power cut.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let (tmp, dir) = written_temp(path, bytes)?;
    if path.exists() {
        let bak = backup_path(path);
        // A hard link keeps the previous version at no copying cost; where
        // the file system has none, copy it.
        let _ = std::fs::remove_file(&bak);
        if std::fs::hard_link(path, &bak).is_err() {
            // No hard links here: copy to a temporary file, then rename, so
            // a kill mid-copy never leaves a half backup.
            let copy = bak.with_extension("bak.tmp");
            std::fs::copy(path, &copy)?;
            std::fs::rename(&copy, &bak)?;
        }
    }
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(&dir)
}

/// Writes a new file, as `write_atomically` does, but fails with
/// `AlreadyExists` rather than replace a file that is there, even one made
/// an instant before.
pub fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let (tmp, dir) = written_temp(path, bytes)?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_dir(&dir)
}

/// Writes an export (a file made from the sessions, not the user's work):
/// atomically as `write_atomically`, replacing what is there, with no
/// backup.
pub fn write_replacing(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let (tmp, dir) = written_temp(path, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(&dir)
}

/// A temporary file beside `path` holding `bytes`, fsynced, with the
/// permissions `path` has (0600, the owner's only, when it is new: a
/// session holds people's statements).
fn written_temp(path: &Path, bytes: &[u8]) -> std::io::Result<(tempfile::NamedTempFile, PathBuf)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(
            ".{}.",
            path.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("session")
        ))
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    match std::fs::metadata(path) {
        Ok(meta) => tmp.as_file().set_permissions(meta.permissions())?,
        Err(_) => set_default_permissions(tmp.as_file())?,
    }
    tmp.as_file().sync_all()?;
    Ok((tmp, dir))
}

/// `FILE.bak` beside `FILE`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

#[cfg(unix)]
fn set_default_permissions(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn set_default_permissions(_file: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Removes the temporary files a write of `path` left behind when the
/// process was killed before its rename (`.FILE.*.tmp` beside it). Called
/// by the holder of the session's lock, so no write of another process is
/// in flight.
pub fn remove_stale_temps(path: &Path) -> usize {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return 0;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.starts_with(&prefix) && n.ends_with(".tmp")
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}
