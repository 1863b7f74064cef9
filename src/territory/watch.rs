//! Watching a territory folder: the notify crate tells of changes as they
//! happen (recursively), and a walk of the folder every two seconds covers
//! the file systems notify cannot watch (some network ones) and anything
//! it missed. A changed file is handed on once it settles: its size and
//! time unchanged for `SETTLE` (a sync engine or a copy still writing it
//! is not read half-way). Each handing wakes the app's loop.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::store::{Kind, Stamp, kind, skipped_folder, stamp};

/// How long a file's size and time must stay the same before it is read.
pub const SETTLE: Duration = Duration::from_millis(300);
/// How often the watcher looks at the files it waits on.
const TICK: Duration = Duration::from_millis(100);
/// How often the whole folder is walked (the polling fallback).
pub const WALK_EVERY: Duration = Duration::from_secs(2);

/// The watch of one folder; it stops when dropped.
pub struct Watch {
    shared: Arc<Shared>,
    _watcher: Option<notify::RecommendedWatcher>,
}

#[derive(Default)]
struct Shared {
    state: Mutex<Waiting>,
    stop: AtomicBool,
    wake: OnceLock<crate::wake::Wake>,
}

#[derive(Default)]
struct Waiting {
    /// Files that changed, not settled yet: their stamp when last looked
    /// at, and since when it is that.
    pending: HashMap<PathBuf, (Option<Stamp>, Instant)>,
    /// Files settled, for the app to read.
    settled: Vec<PathBuf>,
    /// Every file's stamp at the last walk (or as handed on).
    known: HashMap<PathBuf, Option<Stamp>>,
}

impl Shared {
    fn touched(&self, path: PathBuf) {
        if let Ok(mut w) = self.state.lock() {
            let now = stamp(&path);
            w.pending.insert(path, (now, Instant::now()));
        }
    }
}

impl Watch {
    /// Watches `root`; `known` are the files as read at the start (their
    /// stamps), so the first walk hands on only what changed since.
    pub fn start(root: &Path, known: Vec<(PathBuf, Option<Stamp>)>) -> Watch {
        let shared = Arc::new(Shared::default());
        if let Ok(mut w) = shared.state.lock() {
            w.known = known.into_iter().collect();
        }
        let watcher = watch_tree(root, shared.clone());
        let looper = shared.clone();
        let root = root.to_path_buf();
        let _ = std::thread::Builder::new()
            .name("spiral-territory".into())
            .spawn(move || run(&root, &looper));
        Watch {
            shared,
            _watcher: watcher,
        }
    }

    /// Whom to wake when files settle (the app's event loop).
    pub fn wake_with(&self, wake: crate::wake::Wake) {
        let _ = self.shared.wake.set(wake);
    }

    /// The files that changed and settled since last asked.
    pub fn settled(&self) -> Vec<PathBuf> {
        match self.shared.state.lock() {
            Ok(mut w) => std::mem::take(&mut w.settled),
            Err(_) => Vec::new(),
        }
    }

    /// Looks at `path` again (a file that did not read yet).
    pub fn again(&self, path: &Path) {
        self.shared.touched(path.to_path_buf());
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
    }
}

fn run(root: &Path, shared: &Shared) {
    let mut walked = Instant::now();
    while !shared.stop.load(Ordering::Relaxed) {
        std::thread::sleep(TICK);
        if walked.elapsed() >= WALK_EVERY {
            walk_for_changes(root, shared);
            walked = Instant::now();
        }
        let any = settle(shared);
        if any {
            crate::wake::tell(&shared.wake, crate::wake::Woke::Settled);
        }
    }
}

/// Hands on the pending files whose stamp stayed the same for `SETTLE`.
fn settle(shared: &Shared) -> bool {
    let Ok(mut w) = shared.state.lock() else {
        return false;
    };
    let now = Instant::now();
    let mut ready = Vec::new();
    for (path, (was, since)) in w.pending.iter_mut() {
        let is = stamp(path);
        if is != *was {
            *was = is;
            *since = now;
        } else if now.duration_since(*since) >= SETTLE {
            ready.push((path.clone(), is));
        }
    }
    for (path, is) in &ready {
        w.pending.remove(path);
        w.known.insert(path.clone(), *is);
    }
    let any = !ready.is_empty();
    w.settled.extend(ready.into_iter().map(|(p, _)| p));
    any
}

/// The polling fallback: every file whose stamp differs from the last
/// walk's, or that appeared or went, becomes pending.
fn walk_for_changes(root: &Path, shared: &Shared) {
    let found: HashMap<PathBuf, Option<Stamp>> = super::walk(root)
        .into_iter()
        .map(|(p, _)| {
            let s = stamp(&p);
            (p, s)
        })
        .collect();
    let Ok(mut w) = shared.state.lock() else {
        return;
    };
    let now = Instant::now();
    let mut changed: Vec<PathBuf> = found
        .iter()
        .filter(|(p, s)| w.known.get(*p) != Some(*s))
        .map(|(p, _)| p.clone())
        .collect();
    changed.extend(w.known.keys().filter(|p| !found.contains_key(*p)).cloned());
    for path in changed {
        let s = found.get(&path).copied().flatten();
        w.pending.entry(path).or_insert((s, now));
    }
    w.known = found;
}

/// A recursive notify watch of the folder, telling of the files that
/// could be sessions or conflict copies (outside skipped folders).
fn watch_tree(root: &Path, shared: Arc<Shared>) -> Option<notify::RecommendedWatcher> {
    use notify::Watcher;
    let base = root.to_path_buf();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else {
            return;
        };
        for path in event.paths {
            if wanted(&base, &path) {
                shared.touched(path);
            }
        }
    })
    .ok()?;
    watcher.watch(root, notify::RecursiveMode::Recursive).ok()?;
    Some(watcher)
}

/// Whether a path notify tells of is one the territory reads: under the
/// root, outside skipped folders, and never through a symbolic link to a
/// folder (notify follows them; the walk does not, and nothing is read or
/// written through one).
fn wanted(root: &Path, path: &Path) -> bool {
    let Ok(inside) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts: Vec<_> = inside.components().collect();
    parts.pop();
    if parts
        .iter()
        .any(|c| skipped_folder(&c.as_os_str().to_string_lossy()))
    {
        return false;
    }
    let mut folder = root.to_path_buf();
    for part in parts {
        folder.push(part);
        if std::fs::symlink_metadata(&folder).is_ok_and(|m| m.file_type().is_symlink()) {
            return false;
        }
    }
    kind(path) != Kind::Ignored
}
