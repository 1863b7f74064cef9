//! How a worker thread tells whoever waits on it (the app's event loop)
//! that something finished: a save reported, a search ranked, the thread
//! gone. The loop then takes the result; nothing polls.

use std::sync::Arc;

/// Called by a worker after it has made a result available.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// Calls the wake when dropped: a worker holds one, so its end (a return,
/// or a panic unwinding) is told too.
pub struct WakeOnExit(pub Arc<std::sync::OnceLock<Wake>>);

impl Drop for WakeOnExit {
    fn drop(&mut self) {
        if let Some(wake) = self.0.get() {
            wake();
        }
    }
}
