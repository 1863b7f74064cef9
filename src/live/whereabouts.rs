//! Where the facilitator is in a session, watched: the projector view
//! (`spiral FILE --view`) follows the group and question the writing
//! window is on. That window writes them to the user's positions file
//! (`store::position`) as it moves; this watch reads that file on a thread
//! of its own, a look every quarter of a second (its stamp first; the
//! positions only when it changed), and wakes the app's loop
//! (`Woke::Moved`) when the session's position there changed.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use crate::store::position::{Position, load};
use crate::wake::Woke;

/// The watch of where the facilitator is in one session; it stops when
/// dropped.
pub struct Whereabouts {
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    /// Where the facilitator was last seen (none written yet).
    seen: Mutex<Option<Position>>,
    /// It moved since last asked.
    moved: AtomicBool,
    stop: AtomicBool,
    wake: OnceLock<super::Wake>,
}

impl Whereabouts {
    /// How often the positions file is looked at.
    pub const EVERY: Duration = Duration::from_millis(250);

    /// Watches where `session` stands in the positions file `file`; where
    /// it stands now is known at once.
    pub fn start(file: &Path, session: &Path) -> Whereabouts {
        // The stamp before the read: a write after it is seen by the
        // thread, however late the thread starts.
        let last = crate::store::stamp(file);
        let shared = Arc::new(Shared {
            seen: Mutex::new(load(file, session)),
            ..Shared::default()
        });
        let watch = shared.clone();
        let (file, session): (PathBuf, PathBuf) = (file.to_path_buf(), session.to_path_buf());
        // Without a thread, the view only stays where it is, as before.
        let _ = std::thread::Builder::new()
            .name("spiral-whereabouts".into())
            .spawn(move || look_loop(&file, &session, last, &watch));
        Whereabouts { shared }
    }

    /// Where the facilitator is, as last seen (none written yet).
    pub fn now(&self) -> Option<Position> {
        self.shared.seen.lock().ok().and_then(|p| p.clone())
    }

    /// Whether the facilitator moved since last asked.
    pub fn take_moved(&self) -> bool {
        self.shared.moved.swap(false, Ordering::Relaxed)
    }

    /// Whom to wake when the facilitator moves (the app's event loop);
    /// the first given is kept.
    pub fn wake_with(&self, wake: super::Wake) {
        let _ = self.shared.wake.set(wake);
    }
}

impl Drop for Whereabouts {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
    }
}

/// Every `EVERY`: the file's stamp (size, time, inode: every write of it
/// is a new file put in place); when it changed, the session's position.
fn look_loop(file: &Path, session: &Path, mut last: Option<crate::store::Stamp>, shared: &Shared) {
    while !shared.stop.load(Ordering::Relaxed) {
        std::thread::sleep(Whereabouts::EVERY);
        let now = crate::store::stamp(file);
        if now == last {
            continue;
        }
        last = now;
        let position = load(file, session);
        let Ok(mut seen) = shared.seen.lock() else {
            return;
        };
        // The wall follows the group and question only: the facilitator
        // moving between notes wakes no one.
        let place =
            |p: &Option<Position>| p.as_ref().map(|p| (p.group.clone(), p.question.clone()));
        if position.is_some() && place(&seen) != place(&position) {
            *seen = position;
            drop(seen);
            shared.moved.store(true, Ordering::Relaxed);
            crate::wake::tell(&shared.wake, Woke::Moved);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::position::save;
    use std::time::Instant;

    /// A move written to the positions file is seen, and wakes.
    #[test]
    fn a_move_written_is_seen_and_wakes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("state").join("positions.ron");
        let session = dir.path().join("alby.ron");
        std::fs::write(&session, "").unwrap();
        let at = |group: &str, question: &str| Position {
            group: group.into(),
            question: question.into(),
            note: None,
            at: jiff::Timestamp::from_second(1_700_000_000).unwrap(),
        };
        save(&file, &session, at("g1", "wellbeing")).unwrap();
        let watch = Whereabouts::start(&file, &session);
        assert_eq!(watch.now(), Some(at("g1", "wellbeing")));
        let (sender, heard) = std::sync::mpsc::channel();
        let sender = Mutex::new(sender);
        watch.wake_with(Arc::new(move |woke| {
            let _ = sender.lock().unwrap().send(woke);
        }));
        assert!(!watch.take_moved());
        save(&file, &session, at("g2", "illbeing")).unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        let left = deadline.saturating_duration_since(Instant::now());
        assert_eq!(heard.recv_timeout(left), Ok(Woke::Moved));
        assert!(watch.take_moved());
        assert_eq!(watch.now(), Some(at("g2", "illbeing")));
        // Another session's move is not this one's.
        save(&file, &dir.path().join("other.ron"), at("g9", "action")).unwrap();
        std::thread::sleep(Whereabouts::EVERY * 3);
        assert!(!watch.take_moved());
        assert_eq!(watch.now(), Some(at("g2", "illbeing")));
    }
}
