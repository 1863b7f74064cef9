//! What a read-only window watches: the session file, so what the writing
//! window saves is shown here too (the notify crate, and a poll every half
//! second where notify cannot watch, e.g. some network file systems), and,
//! while another spiral holds the session, its lock, so the window can
//! offer to write once it is let go. Each wakes the app's loop.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use super::saver::stamp;
use crate::store::Lock;
use crate::wake::Woke;

/// The watch of one read-only session; it stops when dropped.
pub struct Follow {
    shared: Arc<Shared>,
    /// Kept for its events; `None` where notify cannot watch (the poll
    /// does it then).
    _watcher: Option<notify::RecommendedWatcher>,
}

#[derive(Default)]
struct Shared {
    /// The lock was let go since last asked.
    freed: AtomicBool,
    /// The file changed since last asked.
    changed: AtomicBool,
    /// A sync engine's conflict copy of the file appeared (or was seen
    /// there) since last asked.
    copies: AtomicBool,
    stop: AtomicBool,
    wake: OnceLock<super::Wake>,
}

impl Shared {
    fn wake(&self, woke: Woke) {
        crate::wake::tell(&self.wake, woke);
    }
}

impl Follow {
    /// How often the poll looks.
    pub const EVERY: Duration = Duration::from_millis(500);

    /// Watches `session`; its lock too when `held` (another spiral holds
    /// it).
    pub fn start(session: &Path, held: bool) -> Follow {
        let shared = Arc::new(Shared::default());
        // A copy left from before (a window killed before it merged it) is
        // taken in at the first look.
        if !conflict_copies(session).is_empty() {
            shared.copies.store(true, Ordering::Relaxed);
        }
        let watcher = watch_folder(session, shared.clone());
        let poll = shared.clone();
        let session = session.to_path_buf();
        // Without a thread, the window only misses the news, as before.
        let _ = std::thread::Builder::new()
            .name("spiral-follow".into())
            .spawn(move || poll_loop(&session, held, &poll));
        Follow {
            shared,
            _watcher: watcher,
        }
    }

    /// Whether the lock was let go since last asked.
    pub fn take_freed(&self) -> bool {
        self.shared.freed.swap(false, Ordering::Relaxed)
    }

    /// Whether the file changed since last asked.
    pub fn take_changed(&self) -> bool {
        self.shared.changed.swap(false, Ordering::Relaxed)
    }

    /// Looks at the file again at the next ask (what was seen could not
    /// be taken in yet).
    pub fn again(&self) {
        self.shared.changed.store(true, Ordering::Relaxed);
    }

    /// Whether a conflict copy of the file was seen since last asked.
    pub fn take_copies(&self) -> bool {
        self.shared.copies.swap(false, Ordering::Relaxed)
    }

    /// Whom to wake when something is seen (the app's event loop).
    pub fn wake_with(&self, wake: super::Wake) {
        let _ = self.shared.wake.set(wake);
    }
}

impl Drop for Follow {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
    }
}

/// Every half second: the file's stamp (size and time), and whether the
/// lock went from held to free.
fn poll_loop(session: &Path, held: bool, shared: &Shared) {
    let mut last = stamp(session);
    let mut was_held = held;
    let mut round = 0u32;
    while !shared.stop.load(Ordering::Relaxed) {
        std::thread::sleep(Follow::EVERY);
        if shared.stop.load(Ordering::Relaxed) {
            return;
        }
        // Every two seconds, the folder: a conflict copy notify missed.
        round = round.wrapping_add(1);
        if round.is_multiple_of(4) && !conflict_copies(session).is_empty() {
            shared.copies.store(true, Ordering::Relaxed);
            shared.wake(Woke::CopySeen);
        }
        let now = stamp(session);
        if now != last {
            last = now;
            shared.changed.store(true, Ordering::Relaxed);
            shared.wake(Woke::FileChanged);
        }
        if held {
            let free = Lock::is_free(session);
            if free && was_held {
                shared.freed.store(true, Ordering::Relaxed);
                shared.wake(Woke::LockFreed);
            }
            was_held = !free;
        }
    }
}

/// A notify watch of the session's folder (a save renames a new file over
/// the old one, which a watch of the file itself would lose), telling of
/// events on the session's name.
fn watch_folder(session: &Path, shared: Arc<Shared>) -> Option<notify::RecommendedWatcher> {
    use notify::Watcher;
    let name = session.file_name()?.to_os_string();
    let folder: PathBuf = match session.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else {
            return;
        };
        if event
            .paths
            .iter()
            .any(|p| p.file_name() == Some(name.as_os_str()))
        {
            shared.changed.store(true, Ordering::Relaxed);
            shared.wake(Woke::FileChanged);
        }
        if event.paths.iter().any(|p| is_copy_of(p, &name)) {
            shared.copies.store(true, Ordering::Relaxed);
            shared.wake(Woke::CopySeen);
        }
    })
    .ok()?;
    watcher
        .watch(&folder, notify::RecursiveMode::NonRecursive)
        .ok()?;
    Some(watcher)
}

/// Whether `path` is a sync engine's conflict copy of the file `name`.
fn is_copy_of(path: &Path, name: &std::ffi::OsStr) -> bool {
    match crate::store::kind(path) {
        crate::store::Kind::ConflictCopy { of, .. } => of.file_name() == Some(name),
        _ => false,
    }
}

/// The conflict copies of `session` in its folder (sorted), to merge.
pub fn conflict_copies(session: &Path) -> Vec<PathBuf> {
    let Some(name) = session.file_name() else {
        return Vec::new();
    };
    let folder = match session.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| is_copy_of(p, name) && p.is_file())
        .collect();
    out.sort();
    out
}
