//! A file's stamp: which file a path leads to and what it holds, to tell
//! a file another program changed from the one spiral last read or wrote.

use std::path::Path;
use std::time::SystemTime;

/// Which file a path leads to and what it holds: its size, its
/// modification time and (on Unix) its device and inode. A file whose
/// stamp differs from the one spiral last read or wrote was changed by
/// another program, even one that put a file of the same size and time in
/// its place (a sync engine keeps the other laptop's time): an atomic
/// replace is always another inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: SystemTime,
    /// Device and inode; zeros where the system has none to give.
    file: (u64, u64),
}

impl Stamp {
    /// The stamp of a file from its metadata (taken from an open file, it
    /// is that file's, wherever its name goes next).
    pub fn of(meta: &std::fs::Metadata) -> Option<Stamp> {
        Some(Stamp {
            len: meta.len(),
            modified: meta.modified().ok()?,
            file: file_id(meta),
        })
    }

    /// Both stamps are of one file (the same device and inode, and size),
    /// whatever its time says; never where the system gives no inode.
    pub fn same_file(&self, other: &Stamp) -> bool {
        self.file != (0, 0) && self.file == other.file && self.len == other.len
    }
}

#[cfg(unix)]
fn file_id(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn file_id(_meta: &std::fs::Metadata) -> (u64, u64) {
    (0, 0)
}

/// The stamp of the file at `path`, or `None` when it is not there.
pub fn stamp(path: &Path) -> Option<Stamp> {
    Stamp::of(&std::fs::metadata(path).ok()?)
}
