//! The points of a save and of a conflict copy's merge where the fault
//! tests put something in the way: another program's version renamed over
//! the file, or a kill (a laptop lid closed, a crash). Only with the
//! `faults` feature, which the tests turn on (Cargo.toml's dev-dependency
//! on this crate); in the shipped app `at` is nothing at all.

use std::path::Path;

/// A point of a save or of a copy's merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Point {
    /// A save: before its temporary file is made.
    BeforeTemp,
    /// A save: the temporary file written, not yet fsynced.
    TempWritten,
    /// A save: the temporary file fsynced, not yet renamed into place.
    TempSynced,
    /// A save: renamed into place, the folder not yet fsynced.
    Renamed,
    /// A save: the folder fsynced, before spiral records what it wrote.
    FolderSynced,
    /// A copy's notes are in the open session, not yet saved.
    CopyTakenIn,
    /// The merge is saved, the copy not yet put away.
    CopySaved,
    /// The copy is put away, its conflicts not yet noted.
    CopyPutAway,
}

impl Point {
    /// The points of a save, in order.
    pub const SAVE: [Point; 5] = [
        Point::BeforeTemp,
        Point::TempWritten,
        Point::TempSynced,
        Point::Renamed,
        Point::FolderSynced,
    ];
    /// The points of a copy's merge, in order (a save's come between the
    /// first and the second).
    pub const COPY: [Point; 3] = [Point::CopyTakenIn, Point::CopySaved, Point::CopyPutAway];
}

#[cfg(feature = "faults")]
mod hooks {
    use std::path::{Path, PathBuf};
    use std::sync::Mutex;

    use super::Point;

    type Hook = Box<dyn FnMut(Point, &Path) + Send>;

    /// The hooks set, each for the files under one folder (tests running
    /// side by side each have their own).
    static HOOKS: Mutex<Vec<(u64, PathBuf, Hook)>> = Mutex::new(Vec::new());
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

    /// A hook set; it is taken away when dropped.
    pub struct Armed(u64);

    impl Drop for Armed {
        fn drop(&mut self) {
            if let Ok(mut hooks) = HOOKS.lock() {
                hooks.retain(|(id, _, _)| *id != self.0);
            }
        }
    }

    /// Calls `hook` at every point reached for a file under `folder`,
    /// with the point and the file, until the `Armed` is dropped.
    pub fn arm(folder: &Path, hook: impl FnMut(Point, &Path) + Send + 'static) -> Armed {
        let id = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Ok(mut hooks) = HOOKS.lock() {
            hooks.push((id, folder.to_path_buf(), Box::new(hook)));
        }
        Armed(id)
    }

    pub(crate) fn at(path: &Path, point: Point) {
        let Ok(mut hooks) = HOOKS.lock() else {
            return;
        };
        for (_, folder, hook) in hooks.iter_mut() {
            if path.starts_with(folder.as_path()) {
                hook(point, path);
            }
        }
    }
}

#[cfg(feature = "faults")]
pub use hooks::{Armed, arm};

/// The point `point` is reached for the file `path`.
#[inline]
pub(crate) fn at(path: &Path, point: Point) {
    #[cfg(feature = "faults")]
    hooks::at(path, point);
    #[cfg(not(feature = "faults"))]
    let _ = (path, point);
}
