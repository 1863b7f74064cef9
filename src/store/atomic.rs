use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` so that at every instant the file on disk is
/// either the old version or the new one, never a mix: a temporary file in
/// the same folder is written and fsynced, the previous version is kept as
/// `FILE.bak`, the temporary file is renamed over the old one, and the
/// folder is fsynced so the rename itself survives a power cut.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |file| file.write(bytes)).map(drop)
}

/// `write_atomically`, with the bytes given by `fill` as they are made.
/// Returns the written file's metadata, taken from the file itself before
/// it is renamed into place: what spiral wrote, even if another program
/// deletes it an instant later.
pub fn write_atomically_with(
    path: &Path,
    fill: impl FnOnce(&mut Filling) -> std::io::Result<()>,
) -> std::io::Result<std::fs::Metadata> {
    write_atomically_unless_changed(path, None, fill)
}

/// The file was changed (or removed) by another program while spiral was
/// writing its new version: nothing was replaced.
#[derive(Debug)]
pub struct ChangedMeanwhile;

impl crate::i18n::Describe for ChangedMeanwhile {
    fn describe(&self, lang: crate::model::Lang) -> String {
        crate::tr!(lang, "store-changed-meanwhile")
    }
}

crate::display_by_describe!(ChangedMeanwhile);

impl std::error::Error for ChangedMeanwhile {}

/// `write_atomically_with`, but only over the version `expected` (its
/// stamp, as spiral last read or wrote it): a sync engine that puts
/// another version in place while the new one is being written (a save
/// of a large session takes a while) makes it fail with
/// `ChangedMeanwhile`, nothing replaced. The file is looked at again once
/// the new version is written, and the version about to become the backup
/// once it is linked there, so what is left is the instant of the rename.
pub fn write_atomically_unless_changed(
    path: &Path,
    expected: Option<super::Stamp>,
    fill: impl FnOnce(&mut Filling) -> std::io::Result<()>,
) -> std::io::Result<std::fs::Metadata> {
    let (tmp, dir) = written_temp(path, fill)?;
    let written = tmp.as_file().metadata()?;
    super::faults::at(path, super::faults::Point::TempSynced);
    let changed = |at: &Path| expected.is_some() && super::stamp(at) != expected;
    if changed(path) {
        return Err(std::io::Error::other(ChangedMeanwhile));
    }
    if path.exists() {
        // The previous version becomes `FILE.bak` by a rename over it, so
        // at every instant there is a backup (a kill between removing the
        // old one and making the new one would leave none). A hard link
        // keeps it at no copying cost; where the file system has none, it
        // is copied. The temporary name is one the next start clears.
        let bak = backup_path(path);
        let next = hidden_temp(path, "bak");
        let _ = std::fs::remove_file(&next);
        if std::fs::hard_link(path, &next).is_err() {
            std::fs::copy(path, &next)?;
            if changed(path) {
                let _ = std::fs::remove_file(&next);
                return Err(std::io::Error::other(ChangedMeanwhile));
            }
        } else if changed(&next) {
            // What was linked is not the version expected: it came in
            // between the look and the link.
            let _ = std::fs::remove_file(&next);
            return Err(std::io::Error::other(ChangedMeanwhile));
        }
        // The backup is the owner's only too, whatever mode the old file
        // had (a hard link shares it with the file about to be replaced).
        set_default_permissions(&std::fs::File::open(&next)?)?;
        waiting_out_a_reader(|| std::fs::rename(&next, &bak))?;
    }
    persist(tmp, path)?;
    super::faults::at(path, super::faults::Point::Renamed);
    sync_dir(&dir)?;
    super::faults::at(path, super::faults::Point::FolderSynced);
    Ok(written)
}

/// Writes a new file, as `write_atomically` does, but fails with
/// `AlreadyExists` rather than replace a file that is there, even one made
/// an instant before.
pub fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_new_with(path, |file| file.write(bytes))
}

/// `write_new`, with the bytes given by `fill` as they are made.
pub fn write_new_with(
    path: &Path,
    fill: impl FnOnce(&mut Filling) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let (tmp, dir) = written_temp(path, fill)?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_dir(&dir)
}

/// Writes an export (a file made from the sessions, not the user's work):
/// atomically as `write_atomically`, replacing what is there, with no
/// backup.
pub fn write_replacing(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let (tmp, dir) = written_temp(path, |file| file.write(bytes))?;
    persist(tmp, path)?;
    sync_dir(&dir)
}

/// A file being written: the bytes go in as they come, and the disk is
/// asked to start on them every 512 KB, so the fsync at the end
/// finds little left to do.
pub struct Filling<'a> {
    file: &'a mut std::fs::File,
    written: u64,
    started: u64,
}

/// How many bytes are written before the disk is asked to start on them.
const START_EVERY: u64 = 512 << 10;

impl Filling<'_> {
    pub fn write(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.file.write_all(bytes)?;
        self.written += bytes.len() as u64;
        if self.written - self.started >= START_EVERY {
            start_writeback(self.file, self.started, self.written - self.started);
            self.started = self.written;
        }
        Ok(())
    }
}

/// Starts writing a range of the file to disk, without waiting (Linux's
/// `sync_file_range`); elsewhere the fsync at the end does it all.
#[cfg(target_os = "linux")]
fn start_writeback(file: &std::fs::File, from: u64, len: u64) {
    use std::os::fd::AsRawFd;
    // A hint: if it fails, the fsync that follows still writes everything.
    // SAFETY: the descriptor is open for the duration of the call, and the
    // call reads no memory of ours.
    unsafe {
        libc::sync_file_range(
            file.as_raw_fd(),
            from as libc::off64_t,
            len as libc::off64_t,
            libc::SYNC_FILE_RANGE_WRITE,
        );
    }
}

#[cfg(not(target_os = "linux"))]
fn start_writeback(_file: &std::fs::File, _from: u64, _len: u64) {}

/// A temporary file beside `path` holding what `fill` wrote, fsynced, the
/// owner's only (0600) whatever mode an older `path` had: a session holds
/// people's statements.
fn written_temp(
    path: &Path,
    fill: impl FnOnce(&mut Filling) -> std::io::Result<()>,
) -> std::io::Result<(tempfile::NamedTempFile, PathBuf)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    super::faults::at(path, super::faults::Point::BeforeTemp);
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(
            ".{}.",
            path.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("session")
        ))
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    fill(&mut Filling {
        file: tmp.as_file_mut(),
        written: 0,
        started: 0,
    })?;
    // Whatever mode an older file had: a session (or what is made from
    // one) holds people's statements.
    super::faults::at(path, super::faults::Point::TempWritten);
    set_default_permissions(tmp.as_file())?;
    tmp.as_file().sync_all()?;
    Ok((tmp, dir))
}

/// The temporary file renamed over `path`, waiting out a reader as
/// `waiting_out_a_reader` does.
fn persist(mut tmp: tempfile::NamedTempFile, path: &Path) -> std::io::Result<()> {
    let deadline = std::time::Instant::now() + READER_LETS_GO;
    loop {
        match tmp.persist(path) {
            Ok(_) => return Ok(()),
            Err(e) if held_by_a_reader(&e.error, deadline) => tmp = e.file,
            Err(e) => return Err(e.error),
        }
    }
}

/// Runs a rename, and again while `held_by_a_reader` says so.
fn waiting_out_a_reader(mut rename: impl FnMut() -> std::io::Result<()>) -> std::io::Result<()> {
    let deadline = std::time::Instant::now() + READER_LETS_GO;
    loop {
        match rename() {
            Err(e) if held_by_a_reader(&e, deadline) => {}
            done => return done,
        }
    }
}

/// How long a save waits for another program to let go of the file.
const READER_LETS_GO: std::time::Duration = std::time::Duration::from_secs(2);

/// Whether a rename failed because, on Windows, another program has the
/// file open without letting it be replaced (an antivirus, the search
/// indexer, Syncthing hashing it: each lets go within moments), with time
/// left to try again; it waits a little before saying so. Elsewhere, and
/// for any other error: no.
fn held_by_a_reader(e: &std::io::Error, deadline: std::time::Instant) -> bool {
    // ERROR_SHARING_VIOLATION (32), which Rust does not name.
    let held = cfg!(windows)
        && (e.kind() == std::io::ErrorKind::PermissionDenied || e.raw_os_error() == Some(32))
        && std::time::Instant::now() < deadline;
    if held {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    held
}

/// `.FILE.WHAT.tmp` beside `FILE`: a temporary file of this write, which
/// `remove_stale_temps` clears if a kill leaves it.
fn hidden_temp(path: &Path, what: &str) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.{what}.tmp"))
}

/// `FILE.bak` beside `FILE`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

#[cfg(unix)]
pub(super) fn set_default_permissions(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
pub(super) fn set_default_permissions(_file: &std::fs::File) -> std::io::Result<()> {
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
