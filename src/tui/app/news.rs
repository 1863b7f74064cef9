//! What the workers finished off the input path, taken in: a worker's wake
//! says whose news it is (`Woke`), and `woken` takes only that worker's;
//! `tick` takes everyone's (at the start, after a key, and in tests).

use super::{Page, State};
use crate::tui::compare::Back;
use crate::tui::overlay::Overlay;
use crate::wake::Woke;

impl State {
    /// Takes the news of the worker that woke the loop: whether the screen
    /// must be drawn again.
    pub fn woken(&mut self, woke: Woke) -> bool {
        match woke {
            Woke::Ranked => self.take_ranked(),
            Woke::Settled => self.take_settled(),
            Woke::Saved | Woke::FileChanged | Woke::CopySeen | Woke::LockFreed | Woke::Moved => {
                self.take_session_news()
            }
        }
    }

    /// Takes what every worker finished: whether the screen must be drawn
    /// again. The loop does so at the start and after a terminal event (a
    /// key may have opened a session, whose watch saw a conflict copy
    /// before it had anyone to wake, or saved without the writer, which
    /// wakes no one); tests and benchmarks, which run no loop, do so too.
    pub fn tick(&mut self) -> bool {
        let found = self.take_ranked();
        let settled = self.take_settled();
        let session = self.take_session_news();
        found || settled || session
    }

    /// The search's results, if they came.
    fn take_ranked(&mut self) -> bool {
        match &mut self.overlay {
            Some(Overlay::Finder(f)) => f.tick(),
            _ => false,
        }
    }

    /// The territory's files that settled, shown (behind a comparison of
    /// it too, then compared again); what came in is said in the app's
    /// language.
    fn take_settled(&mut self) -> bool {
        let lang = self.lang();
        match &mut self.page {
            Page::Territory(t) => t.tick(lang),
            Page::Compare(screen) => {
                if let Back::Territory(t) = &mut screen.back
                    && t.tick(lang)
                {
                    screen.refresh(&self.framework);
                    return true;
                }
                false
            }
            _ => false,
        }
    }

    /// The open session's news: saves reported (an error, or "saved"),
    /// what came in from outside (its file changed, a conflict copy), its
    /// lock let go, and what the screen shown watches besides (the
    /// projector: where the facilitator is).
    fn take_session_news(&mut self) -> bool {
        let Some(p) = self.page_mut() else {
            return false;
        };
        let (any, said) = p.workshop.saves_finished();
        let lang = p.workshop.ui();
        let any = p.screen_news() || any;
        // What came in from outside (or a followed file) may have changed
        // what the screen shown holds (a synthesis' criteria).
        p.follow();
        if let Some(said) = said {
            self.say_in(said, lang);
        }
        any
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex, mpsc};
    use std::time::{Duration, Instant};

    use super::*;
    use crate::model::Framework;
    use crate::tui::Msg;
    use crate::tui::keymap::Action;

    /// An autosave's report is taken when the writer's wake is: not when
    /// a search or a territory wakes the loop, and without a key pressed.
    #[test]
    fn a_wake_takes_only_its_worker_s_news() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("alby.ron");
        std::fs::copy("sessions/alby-2011.ron", &path).unwrap();
        let mut s = State::open(Framework::default_framework(), &path);
        let (sender, heard) = mpsc::channel();
        let sender = Mutex::new(sender);
        s.wake_with(Arc::new(move |woke| {
            let _ = sender.lock().unwrap().send(woke);
        }));
        s.update(Msg::Action(Action::Capture));
        for c in "Said when the writer wakes".chars() {
            s.update(Msg::Input(tui_input::InputRequest::InsertChar(c)));
        }
        s.update(Msg::Action(Action::Submit));
        s.update(Msg::Action(Action::Cancel));
        s.autosave();
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match heard.recv_timeout(left) {
                Ok(Woke::Saved) => break,
                Ok(_) => {}
                Err(_) => panic!("the writer did not wake the loop in 5 s"),
            }
        }
        let dirty = |s: &State| s.workshop().unwrap().file.is_dirty();
        assert!(dirty(&s), "saved is said only once the report is taken");
        s.woken(Woke::Ranked);
        s.woken(Woke::Settled);
        assert!(dirty(&s) && s.busy(), "another worker's wake leaves it");
        s.woken(Woke::Saved);
        assert!(!dirty(&s) && !s.busy(), "the screen says saved");
    }
}
