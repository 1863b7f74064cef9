//! The autosave writer: a thread of its own keeps a copy of the session in
//! step with the open one, by applying the same changes in the same order,
//! and writes it when asked. The input path only sends a change (a few
//! hundred bytes) and a request; it never waits for serializing, writing or
//! fsync, whatever the session's size. Requests that pile up while a save
//! is under way are coalesced into the next one.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, TryRecvError};
use std::thread::JoinHandle;

use crate::model::{Change, Session};

pub use crate::store::{Stamp, stamp};

/// Why a save did not write.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// Another program deleted the file since spiral last wrote it.
    Deleted,
    /// Another program changed the file since spiral last wrote it.
    Changed,
    /// The write failed (the system's reason is the source).
    Failed(#[source] std::io::Error),
}

impl crate::i18n::Describe for Refusal {
    fn describe(&self, lang: crate::model::Lang) -> String {
        match self {
            Refusal::Deleted => crate::tr!(lang, "store-refusal-deleted"),
            Refusal::Changed => crate::tr!(lang, "store-refusal-changed"),
            Refusal::Failed(_) => crate::tr!(lang, "store-refusal-failed"),
        }
    }
}

crate::display_by_describe!(Refusal);

pub use crate::wake::Wake;
use crate::wake::{WakeOnExit, Woke};

/// What one save did.
#[derive(Debug)]
pub struct Report {
    /// How many changes (counted from the start) the save covered.
    pub upto: u64,
    /// The file it was for.
    pub path: PathBuf,
    /// The file's new stamp, or why nothing was written.
    pub outcome: Result<Option<Stamp>, Refusal>,
}

enum Job {
    Apply(Box<Change>),
    Save {
        overwrite: bool,
    },
    /// The session now lives in another file (saved there by the caller).
    Moved {
        path: PathBuf,
        disk: Option<Stamp>,
    },
    /// Another program changed the file, and the session took that
    /// version in (merged): the file as it is now is the one to replace.
    Adopt {
        disk: Option<Stamp>,
    },
}

/// What the file held as of this writer's last save (or the version
/// taken in): the base against which two versions tell who changed what.
pub type Base = std::sync::Arc<std::sync::Mutex<crate::intake::Base>>;

/// The handle the app keeps: send changes and requests, collect reports.
pub struct Saver {
    /// What the file holds as of the last save (kept by the writer).
    base: Base,
    /// Whom the writer wakes after each report (and when it ends).
    wake: std::sync::Arc<std::sync::OnceLock<Wake>>,
    jobs: Option<Sender<Job>>,
    reports: Receiver<(usize, Report)>,
    thread: Option<JoinHandle<()>>,
    /// Changes sent.
    sent: u64,
    /// Changes sent when a save was last asked for (or the session moved).
    requested: u64,
    /// Save requests not yet reported.
    in_flight: usize,
}

impl Saver {
    /// Starts the writer with its copy of the session, the file it lives
    /// in, and that file's stamp as last read.
    pub fn start(session: Session, path: PathBuf, disk: Option<Stamp>) -> std::io::Result<Saver> {
        let (jobs, inbox) = std::sync::mpsc::channel();
        let (outbox, reports) = std::sync::mpsc::channel();
        let wake = std::sync::Arc::new(std::sync::OnceLock::new());
        let waker = std::sync::Arc::clone(&wake);
        let base = Base::default();
        let written = base.clone();
        let thread = std::thread::Builder::new()
            .name("spiral-autosave".into())
            .spawn(move || {
                if let Ok(mut b) = written.lock() {
                    *b = crate::intake::Base::of(&session);
                }
                Writer {
                    session,
                    path,
                    disk,
                    applied: 0,
                    wake: WakeOnExit {
                        wake,
                        says: Woke::Saved,
                    },
                    base: written,
                }
                .run(inbox, outbox)
            })?;
        Ok(Saver {
            base,
            wake: waker,
            jobs: Some(jobs),
            reports,
            thread: Some(thread),
            sent: 0,
            requested: 0,
            in_flight: 0,
        })
    }

    /// Keeps the writer's copy in step: `change` was just applied to the
    /// open session. `false` when the writer is gone (it panicked): the
    /// caller then saves by itself.
    pub fn apply(&mut self, change: Change) -> bool {
        self.sent += 1;
        self.send(Job::Apply(Box::new(change)))
    }

    /// Asks for a save of everything sent so far; with `overwrite`, over a
    /// change another program made. Returns at once.
    pub fn request(&mut self, overwrite: bool) -> bool {
        let sent = self.send(Job::Save { overwrite });
        if sent {
            self.in_flight += 1;
            self.requested = self.sent;
        }
        sent
    }

    /// Changes were sent since a save was last asked for.
    pub fn unrequested(&self) -> bool {
        self.sent > self.requested
    }

    /// The session was saved to `path` by the caller (save as), after
    /// `wait`: later saves go there.
    pub fn moved(&mut self, path: PathBuf, disk: Option<Stamp>) -> bool {
        self.requested = self.sent;
        self.send(Job::Moved { path, disk })
    }

    /// The file changed on disk and what it holds was taken in (by changes
    /// sent before this): later saves replace that version.
    pub fn adopt(&mut self, disk: Option<Stamp>) -> bool {
        self.send(Job::Adopt { disk })
    }

    /// What the file holds as of the last save (or the version taken in).
    pub fn base(&self) -> Base {
        self.base.clone()
    }

    /// After each report, and when it ends, the writer calls `wake` with
    /// `Woke::Saved` (the first one given).
    pub fn wake_with(&mut self, wake: Wake) {
        let _ = self.wake.set(wake);
    }

    fn send(&mut self, job: Job) -> bool {
        let ok = self.jobs.as_ref().is_some_and(|j| j.send(job).is_ok());
        if !ok {
            self.jobs = None;
        }
        ok
    }

    /// How many changes have been sent.
    pub fn sent(&self) -> u64 {
        self.sent
    }

    /// A save is asked for and not yet reported.
    pub fn busy(&self) -> bool {
        self.in_flight > 0
    }

    /// Whether the writer is still there (it is gone only after a panic).
    pub fn alive(&self) -> bool {
        self.jobs.is_some()
    }

    /// The reports of the saves finished since the last call; never waits.
    pub fn finished(&mut self) -> Vec<Report> {
        let mut out = Vec::new();
        loop {
            match self.reports.try_recv() {
                Ok(got) => self.took(got, &mut out),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.gone();
                    break;
                }
            }
        }
        out
    }

    /// Waits until every save asked for is reported, and returns the
    /// reports.
    pub fn wait(&mut self) -> Vec<Report> {
        let mut out = self.finished();
        while self.in_flight > 0 {
            match self.reports.recv() {
                Ok(got) => self.took(got, &mut out),
                Err(_) => self.gone(),
            }
        }
        out
    }

    /// A report of a save that answered `requests` requests.
    fn took(&mut self, (requests, report): (usize, Report), out: &mut Vec<Report>) {
        self.in_flight = self.in_flight.saturating_sub(requests);
        out.push(report);
    }

    /// The writer is gone: nothing more will be reported.
    fn gone(&mut self) {
        self.in_flight = 0;
        self.jobs = None;
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        // Closing the channel ends the writer once its queue is done.
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

struct Writer {
    session: Session,
    path: PathBuf,
    disk: Option<Stamp>,
    /// Changes applied to the copy.
    applied: u64,
    wake: WakeOnExit,
    base: Base,
}

impl Writer {
    fn run(mut self, inbox: Receiver<Job>, outbox: Sender<(usize, Report)>) {
        while let Ok(first) = inbox.recv() {
            let mut requests = 0;
            let mut overwrite = false;
            let mut take = |job: Job, this: &mut Writer| match job {
                Job::Apply(change) => {
                    change.apply(&mut this.session);
                    this.applied += 1;
                }
                Job::Save { overwrite: o } => {
                    requests += 1;
                    overwrite |= o;
                }
                Job::Moved { path, disk } => {
                    this.path = path;
                    this.disk = disk;
                }
                Job::Adopt { disk } => this.disk = disk,
            };
            take(first, &mut self);
            // Everything already waiting goes into this save: while a large
            // session is written, the notes typed meanwhile are one save
            // later, not one each.
            while let Ok(job) = inbox.try_recv() {
                take(job, &mut self);
            }
            if requests == 0 {
                continue;
            }
            let outcome = self.save(overwrite);
            let report = Report {
                upto: self.applied,
                path: self.path.clone(),
                outcome,
            };
            if outbox.send((requests, report)).is_err() {
                return;
            }
            crate::wake::tell(&self.wake.wake, Woke::Saved);
        }
    }

    fn save(&mut self, overwrite: bool) -> Result<Option<Stamp>, Refusal> {
        let saved = save_checked(&self.path, &self.session, &mut self.disk, overwrite);
        if saved.is_ok()
            && let Ok(mut b) = self.base.lock()
        {
            *b = crate::intake::Base::of(&self.session);
        }
        saved
    }
}

/// Saves the session, unless the file changed or went since spiral last
/// read or wrote it (`disk`), or `overwrite` says to all the same; `disk`
/// then becomes the file's new stamp. Used by the writer thread, and by
/// the app when it saves by itself.
pub(super) fn save_checked(
    path: &Path,
    session: &Session,
    disk: &mut Option<Stamp>,
    overwrite: bool,
) -> Result<Option<Stamp>, Refusal> {
    if !overwrite {
        match (&*disk, stamp(path)) {
            (Some(_), None) => return Err(Refusal::Deleted),
            (Some(was), Some(is)) if *was != is => return Err(Refusal::Changed),
            _ => {}
        }
    }
    let expected = if overwrite { None } else { *disk };
    let written =
        crate::store::save_session_unless_changed(path, session, expected).map_err(|e| {
            if e.get_ref()
                .is_some_and(|inner| inner.is::<crate::store::ChangedMeanwhile>())
            {
                Refusal::Changed
            } else {
                Refusal::Failed(e)
            }
        })?;
    *disk = Some(written);
    Ok(*disk)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Framework, Group, Lang, Note};

    fn session() -> Session {
        let mut s = Session::new("Alby", &Framework::default_framework(), Lang::En);
        let mut g = Group::new("Young people");
        g.id = "g".into();
        s.groups.push(g);
        s
    }

    fn add(s: &Session, text: &str) -> Change {
        Change::AddNote {
            index: s.notes.len(),
            note: Note::new("g", "wellbeing", text, "Ana"),
        }
    }

    #[test]
    fn the_file_holds_every_change_sent_before_the_request() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        let mut open = session();
        crate::store::save_session(&path, &open).unwrap();
        let mut saver = Saver::start(open.clone(), path.clone(), stamp(&path)).unwrap();
        for i in 0..50 {
            let change = add(&open, &format!("note {i}"));
            change.apply(&mut open);
            assert!(saver.apply(change));
            if i % 7 == 0 {
                assert!(saver.request(false));
            }
        }
        assert!(saver.request(false));
        let reports = saver.wait();
        let last = reports.last().unwrap();
        assert_eq!(last.upto, 50);
        assert_eq!(last.outcome.as_ref().ok(), Some(&stamp(&path)));
        assert!(!saver.busy());
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            crate::store::session_to_ron_whole(&open)
        );
    }

    #[test]
    fn a_file_changed_elsewhere_is_not_written_over_unless_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        let mut open = session();
        crate::store::save_session(&path, &open).unwrap();
        let mut saver = Saver::start(open.clone(), path.clone(), stamp(&path)).unwrap();
        std::fs::write(&path, "someone else's text, longer than before").unwrap();
        let change = add(&open, "mine");
        change.apply(&mut open);
        saver.apply(change);
        saver.request(false);
        assert!(matches!(saver.wait()[0].outcome, Err(Refusal::Changed)));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "someone else's text, longer than before"
        );
        saver.request(true);
        assert!(saver.wait()[0].outcome.is_ok());
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            crate::store::session_to_ron_whole(&open)
        );
        std::fs::remove_file(&path).unwrap();
        saver.request(false);
        assert!(matches!(saver.wait()[0].outcome, Err(Refusal::Deleted)));
    }

    #[test]
    fn a_failed_write_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone").join("s.ron");
        // The system's own words for a missing folder, whichever system.
        let system = std::fs::File::create(&path).unwrap_err().to_string();
        let mut saver = Saver::start(session(), path, None).unwrap();
        saver.request(false);
        let report = saver.wait().remove(0);
        assert!(
            matches!(&report.outcome, Err(Refusal::Failed(why)) if why.to_string().contains(&system)),
            "{report:?}"
        );
    }
}
