use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The lock a running `spiral` holds on a session (`.FILE.lock` beside it):
/// an operating-system lock, so it goes away by itself when the process
/// ends, even by a crash or a flat battery.
///
/// The lock file is found by the session's name; the session file itself is
/// locked too (Unix), so a second name of the same file (a hard link)
/// finds it held. A save replaces the file by a new one: `follow` locks
/// that one in turn.
///
/// On Windows a lock is mandatory (no other program may read what it
/// covers), so the session file is never locked there, and the lock
/// file's lock covers one byte far past its line (`windows::OFFSET`):
/// a second spiral, Syncthing or a backup still read who holds it.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    file: File,
    /// The session file, open and locked (Unix; elsewhere a lock on it
    /// would keep other programs from reading it).
    session: Option<File>,
}

/// What trying to lock a session found.
#[derive(Debug)]
pub enum LockState {
    /// This process now holds the session; it may write it.
    Held(Lock),
    /// Another `spiral` holds it: open read-only. Says who, where known.
    Busy(Holder),
    /// A spiral on another machine holds it (the folder is shared across
    /// machines): this one writes all the same, taking in what the other
    /// saves. Says who (its lock file's line).
    Elsewhere(String),
}

impl LockState {
    /// The lock when this process holds it, else who holds the session
    /// (here or on another machine).
    pub fn held(self) -> Result<Lock, Holder> {
        match self {
            LockState::Held(lock) => Ok(lock),
            LockState::Busy(who) => Err(who),
            LockState::Elsewhere(line) => Err(Holder::Line(line)),
        }
    }
}

/// Who holds a session: its lock file's line, or what is known when that
/// says nothing; said in the face's language with `describe`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holder {
    /// The lock file's line, as it is ("spiral pid 12 on laptop-a since …").
    Line(String),
    /// Another spiral, whose lock file says nothing (yet).
    Another,
    /// Another spiral, under another name of this file (a hard link).
    HardLink,
    /// Other spirals, one after the other: each let the lock go as the
    /// next took it.
    OneAfterAnother,
}

impl crate::i18n::Describe for Holder {
    fn describe(&self, lang: crate::model::Lang) -> String {
        match self {
            Holder::Line(line) => match parse_line(line) {
                Some((pid, machine, since)) => crate::tr!(
                    lang,
                    "lock-held-by",
                    pid = pid,
                    machine = machine,
                    since = since
                ),
                // A line another program (or an older spiral) wrote: as it is.
                None => line.clone(),
            },
            Holder::Another => crate::tr!(lang, "lock-another"),
            Holder::HardLink => crate::tr!(lang, "lock-hard-link"),
            Holder::OneAfterAnother => crate::tr!(lang, "lock-one-after-another"),
        }
    }
}

crate::display_by_describe!(Holder);

/// This machine's name, as locks name it.
pub fn this_machine() -> String {
    let name = gethostname::gethostname().to_string_lossy().into_owned();
    if name.is_empty() {
        "this machine".into()
    } else {
        name
    }
}

/// A lock file's line in its parts: the process, the machine and since
/// when ("spiral pid 12 on laptop-a since 2026-12-07T09:00:00Z"), said in
/// the reader's language; `None` for a line of another shape.
fn parse_line(line: &str) -> Option<(&str, &str, &str)> {
    let rest = line.strip_prefix("spiral pid ")?;
    let (pid, rest) = rest.split_once(" on ")?;
    let (machine, since) = rest.split_once(" since ")?;
    Some((pid, machine, since))
}

/// The machine a lock file's line names ("spiral pid 12 on laptop-a since …").
pub fn machine_of(line: &str) -> Option<&str> {
    let rest = line.split_once(" on ")?.1;
    Some(rest.split_once(" since ").map_or(rest, |(m, _)| m).trim())
}

impl Lock {
    /// Where the lock of a session file lives.
    pub fn path_for(session: &Path) -> PathBuf {
        let name = session.file_name().unwrap_or_default().to_string_lossy();
        session.with_file_name(format!(".{name}.lock"))
    }

    pub fn acquire(session: &Path) -> std::io::Result<LockState> {
        let path = Lock::path_for(session);
        // A lock file deleted by the holder between our open and our lock
        // would let two processes in: retry until the locked file is the
        // one at the path.
        for _ in 0..5 {
            let mut options = OpenOptions::new();
            options.read(true).write(true).create(true).truncate(false);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&path)?;
            match try_lock_a_moment(&file) {
                Ok(()) => {
                    if !same_file(&file, &path) {
                        continue;
                    }
                    // The same file under another name (a hard link) is
                    // held there: read-only here too.
                    let held_session = match lock_session_file(session) {
                        Ok(held) => held,
                        Err(TryLockError::WouldBlock) => {
                            drop(Lock {
                                path,
                                file,
                                session: None,
                            });
                            return Ok(LockState::Busy(Holder::HardLink));
                        }
                        Err(TryLockError::Error(e)) => return Err(e),
                    };
                    // Who holds a session is the owner's business only,
                    // whatever mode an older lock file had (one another
                    // user made stays as it is: the lock still holds).
                    let _ = super::atomic::set_default_permissions(&file);
                    file.set_len(0)?;
                    file.rewind()?;
                    // Ours now: what a killed earlier run left half-written
                    // can go.
                    super::atomic::remove_stale_temps(session);
                    // Which machine: a lock file a sync engine brought from
                    // another says so, and is not this machine's business.
                    writeln!(
                        file,
                        "spiral pid {} on {} since {}",
                        std::process::id(),
                        this_machine(),
                        crate::model::now()
                    )?;
                    file.sync_all()?;
                    return Ok(LockState::Held(Lock {
                        path,
                        file,
                        session: held_session,
                    }));
                }
                Err(TryLockError::WouldBlock) => {
                    let mut who = String::new();
                    let _ = file.read_to_string(&mut who);
                    let who = who.trim();
                    // Held from another machine (a network folder whose
                    // locks reach across): not this machine's business.
                    if let Some(host) = machine_of(who)
                        && host != this_machine()
                    {
                        return Ok(LockState::Elsewhere(who.to_string()));
                    }
                    return Ok(LockState::Busy(if who.is_empty() {
                        Holder::Another
                    } else {
                        Holder::Line(who.to_string())
                    }));
                }
                Err(TryLockError::Error(e)) => return Err(e),
            }
        }
        // Each time, the file was let go and removed by a spiral that had
        // just saved, and another took it: busy, for an instant.
        Ok(LockState::Busy(Holder::OneAfterAnother))
    }
}

impl Lock {
    /// After a save replaced the session file by a new one: locks the new
    /// one (the old one, if another name still leads to it, is a copy of
    /// the past now, no longer this session).
    pub fn follow(&mut self, session: &Path) {
        if let Ok(Some(file)) = lock_session_file(session) {
            self.session = Some(file);
        }
    }

    /// Whether no spiral holds the session now (a read-only window asks,
    /// to offer to write): the lock is tried and at once let go.
    pub fn is_free(session: &Path) -> bool {
        let free = |file: &File| match try_lock(file) {
            Ok(()) => {
                let _ = unlock(file);
                true
            }
            Err(_) => false,
        };
        let by_name = match File::open(Lock::path_for(session)) {
            Ok(file) => free(&file),
            Err(e) => e.kind() == std::io::ErrorKind::NotFound,
        };
        #[cfg(unix)]
        let by_file = open_session_file(session).is_none_or(|f| free(&f));
        #[cfg(not(unix))]
        let by_file = true;
        by_name && by_file
    }
}

/// Tries the lock, and again for a moment when it is held: a read-only
/// window looking whether it is free holds it for an instant.
fn try_lock_a_moment(file: &File) -> Result<(), TryLockError> {
    for _ in 0..4 {
        match try_lock(file) {
            Err(TryLockError::WouldBlock) => std::thread::sleep(Duration::from_millis(5)),
            done => return done,
        }
    }
    try_lock(file)
}

/// The lock on a whole file (`flock`): another program still reads it.
#[cfg(not(windows))]
fn try_lock(file: &File) -> Result<(), TryLockError> {
    file.try_lock()
}

#[cfg(not(windows))]
fn unlock(file: &File) -> std::io::Result<()> {
    file.unlock()
}

#[cfg(windows)]
use windows::{try_lock, unlock};

/// The session file, open and locked, if it is there (Unix only).
#[cfg(unix)]
fn lock_session_file(session: &Path) -> Result<Option<File>, TryLockError> {
    let Some(file) = open_session_file(session) else {
        return Ok(None);
    };
    try_lock_a_moment(&file)?;
    Ok(Some(file))
}

/// The session file opened to lock it: a regular file only, and without
/// waiting (opening a FIFO for reading would wait for a writer).
#[cfg(unix)]
fn open_session_file(session: &Path) -> Option<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(session)
        .ok()?;
    file.metadata().ok()?.is_file().then_some(file)
}

#[cfg(not(unix))]
fn lock_session_file(_session: &Path) -> Result<Option<File>, TryLockError> {
    Ok(None)
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Only our own lock file: if the folder was replaced meanwhile, the
        // file at the path may be another spiral's.
        if same_file(&self.file, &self.path) {
            let _ = std::fs::remove_file(&self.path);
        }
        let _ = unlock(&self.file);
        if let Some(session) = &self.session {
            let _ = session.unlock();
        }
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.ino() == b.ino() && a.dev() == b.dev(),
        _ => false,
    }
}

#[cfg(windows)]
fn same_file(file: &File, path: &Path) -> bool {
    match (windows::file_id(file), File::open(path)) {
        (Some(a), Ok(b)) => windows::file_id(&b) == Some(a),
        _ => false,
    }
}

#[cfg(not(any(unix, windows)))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// Windows' locks, which are mandatory: one byte far past the lock file's
/// line is locked, never the line itself, so who holds a session can be
/// read while it is held.
#[cfg(windows)]
mod windows {
    use std::fs::{File, TryLockError};
    use std::os::windows::io::AsRawHandle;

    use windows_sys::Win32::Foundation::{ERROR_IO_PENDING, ERROR_LOCK_VIOLATION};
    use windows_sys::Win32::Storage::FileSystem::{
        BY_HANDLE_FILE_INFORMATION, GetFileInformationByHandle, LOCKFILE_EXCLUSIVE_LOCK,
        LOCKFILE_FAIL_IMMEDIATELY, LockFileEx, UnlockFileEx,
    };
    use windows_sys::Win32::System::IO::OVERLAPPED;

    /// Where the locked byte is: 1 TiB in, past any line (Windows locks a
    /// range beyond the end of a file as well as within it).
    pub const OFFSET: u64 = 1 << 40;

    fn at_offset() -> OVERLAPPED {
        let mut overlapped = OVERLAPPED::default();
        overlapped.Anonymous.Anonymous.Offset = OFFSET as u32;
        overlapped.Anonymous.Anonymous.OffsetHigh = (OFFSET >> 32) as u32;
        overlapped
    }

    pub fn try_lock(file: &File) -> Result<(), TryLockError> {
        let mut overlapped = at_offset();
        let flags = LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY;
        // SAFETY: the handle is open for the call; `overlapped` outlives it
        // (the file is not opened for overlapped I/O: the call is synchronous).
        let done = unsafe { LockFileEx(file.as_raw_handle(), flags, 0, 1, 0, &mut overlapped) };
        if done != 0 {
            return Ok(());
        }
        let error = std::io::Error::last_os_error();
        match error.raw_os_error().map(|code| code as u32) {
            Some(ERROR_LOCK_VIOLATION | ERROR_IO_PENDING) => Err(TryLockError::WouldBlock),
            _ => Err(TryLockError::Error(error)),
        }
    }

    pub fn unlock(file: &File) -> std::io::Result<()> {
        let mut overlapped = at_offset();
        // SAFETY: as in `try_lock`.
        let done = unsafe { UnlockFileEx(file.as_raw_handle(), 0, 1, 0, &mut overlapped) };
        if done != 0 {
            Ok(())
        } else {
            Err(std::io::Error::last_os_error())
        }
    }

    /// The file's volume and index: the same file, whatever its name.
    pub fn file_id(file: &File) -> Option<(u32, u32, u32)> {
        let mut info: BY_HANDLE_FILE_INFORMATION = unsafe { std::mem::zeroed() };
        // SAFETY: the handle is open for the call, `info` is ours to fill.
        let done = unsafe { GetFileInformationByHandle(file.as_raw_handle(), &mut info) };
        (done != 0).then_some((
            info.dwVolumeSerialNumber,
            info.nFileIndexHigh,
            info.nFileIndexLow,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::Holder;
    use crate::i18n::Describe;
    use crate::model::Lang;

    /// The lock file's line is said in the reader's language (issue 26:
    /// "(spiral pid … on vm since …)" in English on a Swedish screen); a
    /// line of another shape stays as it is.
    #[test]
    fn who_holds_a_lock_is_said_in_the_reader_s_language() {
        let held = Holder::Line("spiral pid 18122 on vm since 2026-12-07T05:00:00Z".into());
        assert_eq!(
            held.describe(Lang::En),
            "spiral pid 18122 on vm since 2026-12-07T05:00:00Z"
        );
        assert_eq!(
            held.describe(Lang::Sv),
            "spiral pid 18122 på vm sedan 2026-12-07T05:00:00Z"
        );
        assert_eq!(
            held.describe(Lang::Fr),
            "spiral pid 18122 sur vm depuis 2026-12-07T05:00:00Z"
        );
        let other = Holder::Line("held by a script".into());
        assert_eq!(other.describe(Lang::Sv), "held by a script");
    }
}
