//! How a worker thread tells whoever waits on it (the app's event loop)
//! what it finished: a save reported, a search ranked, files settled, the
//! session's file changed, the facilitator moved, the thread gone. The wake says which (`Woke`),
//! so the loop takes only that worker's news; nothing polls.

use std::sync::{Arc, OnceLock};

/// What a worker tells the loop it has news of, one word per worker and
/// happening (each worker's result waits in its own channel or flag, to
/// be taken by the side woken).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woke {
    /// The autosave writer reported a save, or ended.
    Saved,
    /// The search's ranking thread answered a query, or ended.
    Ranked,
    /// Files of the territory watched changed and settled.
    Settled,
    /// The open session's file changed on disk (another program, a sync
    /// engine, the window that writes it).
    FileChanged,
    /// A sync engine's conflict copy of the open session's file was seen.
    CopySeen,
    /// The spiral that held the session open here read-only let it go.
    LockFreed,
    /// The facilitator moved in the session shown (another group or
    /// question, written to the positions file): the projector follows.
    Moved,
}

/// Called by a worker after it has made a result available, with what
/// it was.
pub type Wake = Arc<dyn Fn(Woke) + Send + Sync>;

/// Tells `woke` to the wake given, if one was given yet.
pub fn tell(wake: &OnceLock<Wake>, woke: Woke) {
    if let Some(wake) = wake.get() {
        wake(woke);
    }
}

/// Calls the wake when dropped: a worker holds one, so its end (a return,
/// or a panic unwinding) is told too, in the worker's own word (the side
/// woken then finds it gone).
pub struct WakeOnExit {
    pub wake: Arc<OnceLock<Wake>>,
    /// What the worker says, at its end too.
    pub says: Woke,
}

impl Drop for WakeOnExit {
    fn drop(&mut self) {
        tell(&self.wake, self.says);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn a_worker_s_end_is_told_in_its_own_word() {
        let heard = Arc::new(Mutex::new(Vec::new()));
        let wake = Arc::new(OnceLock::new());
        let ear = Arc::clone(&heard);
        let _ = wake.set(Arc::new(move |woke| ear.lock().unwrap().push(woke)) as Wake);
        let exit = WakeOnExit {
            wake: Arc::clone(&wake),
            says: Woke::Ranked,
        };
        tell(&exit.wake, Woke::Ranked);
        drop(exit);
        assert_eq!(*heard.lock().unwrap(), [Woke::Ranked, Woke::Ranked]);
    }

    #[test]
    fn nothing_is_told_before_a_wake_is_given() {
        let wake: OnceLock<Wake> = OnceLock::new();
        tell(&wake, Woke::Saved);
        drop(WakeOnExit {
            wake: Arc::new(wake),
            says: Woke::Saved,
        });
    }
}
