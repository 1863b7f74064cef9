use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// The lock a running `spiral` holds on a session (`.FILE.lock` beside it):
/// an operating-system lock, so it goes away by itself when the process
/// ends, even by a crash or a flat battery.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    file: File,
}

/// What trying to lock a session found.
#[derive(Debug)]
pub enum LockState {
    /// This process now holds the session; it may write it.
    Held(Lock),
    /// Another `spiral` holds it: open read-only. Says who, where known.
    Busy(String),
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
            match file.try_lock() {
                Ok(()) => {
                    if !same_file(&file, &path) {
                        continue;
                    }
                    // Who holds a session is the owner's business only,
                    // whatever mode an older lock file had (one another
                    // user made stays as it is: the lock still holds).
                    let _ = super::atomic::set_default_permissions(&file);
                    file.set_len(0)?;
                    file.rewind()?;
                    // Ours now: what a killed earlier run left half-written
                    // can go.
                    super::atomic::remove_stale_temps(session);
                    let host = std::env::var("HOSTNAME").unwrap_or_default();
                    writeln!(
                        file,
                        "spiral pid {} {}since {}",
                        std::process::id(),
                        if host.is_empty() {
                            String::new()
                        } else {
                            format!("on {host} ")
                        },
                        crate::model::now()
                    )?;
                    file.sync_all()?;
                    return Ok(LockState::Held(Lock { path, file }));
                }
                Err(TryLockError::WouldBlock) => {
                    let mut who = String::new();
                    let _ = file.read_to_string(&mut who);
                    let who = who.trim();
                    return Ok(LockState::Busy(if who.is_empty() {
                        "another spiral".into()
                    } else {
                        who.to_string()
                    }));
                }
                Err(TryLockError::Error(e)) => return Err(e),
            }
        }
        Err(std::io::Error::other(format!(
            "{}: the lock file keeps changing",
            path.display()
        )))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Only our own lock file: if the folder was replaced meanwhile, the
        // file at the path may be another spiral's.
        if same_file(&self.file, &self.path) {
            let _ = std::fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
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

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}
