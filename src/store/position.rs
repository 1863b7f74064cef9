//! Where a facilitator was in each session (the group and the question
//! shown, and the note they were on), so that reopening, or restarting
//! after a crash mid-workshop, comes back there and new notes go to the
//! question they were taking.
//!
//! Kept in the user's own state folder (`positions.ron`), by the session's
//! full path, not in the session file nor beside it: where one is in a
//! session is the person's, not the session's. Two facilitators on two
//! laptops (or a read-only window beside the writing one) each have
//! theirs, and a synced territory folder gets no extra file and no
//! conflict from someone moving between groups.
//!
//! `Keeper` is an open session's: it reads the position back and writes
//! it on its own thread when it moves.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Where one was in a session: ids, so renaming or reordering keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub group: String,
    pub question: String,
    /// The note one was on (none in a file written before spiral kept
    /// it, or when the group had none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<uuid::Uuid>,
    /// When it was written (the oldest are dropped past `KEPT`).
    pub at: jiff::Timestamp,
}

impl Position {
    /// Its group and question, to be found again in the session.
    pub fn place(&self) -> crate::model::Place {
        crate::model::Place {
            group: Some(self.group.clone()),
            question: Some(self.question.clone()),
        }
    }
}

/// How many sessions' positions are kept.
const KEPT: usize = 200;

/// The file of positions: `$SPIRAL_STATE_DIR/positions.ron` when set, else
/// in the user's state folder (`~/.local/state/spiral` on Linux; the local
/// data folder elsewhere).
pub fn positions_file() -> PathBuf {
    if let Some(dir) = std::env::var_os("SPIRAL_STATE_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("positions.ron");
    }
    directories::ProjectDirs::from("org", "spiral", "spiral")
        .map(|d| {
            d.state_dir()
                .unwrap_or_else(|| d.data_local_dir())
                .join("positions.ron")
        })
        .unwrap_or_else(|| PathBuf::from(".spiral-positions.ron"))
}

/// The key of a session: its full path (a link counts as what it leads
/// to).
fn key(session: &Path) -> String {
    session
        .canonicalize()
        .unwrap_or_else(|_| session.to_path_buf())
        .display()
        .to_string()
}

/// Every position in `file`; a file that does not read (absent, broken by
/// hand, from another version) holds none: positions are a convenience,
/// never a reason to refuse a session.
fn read_all(file: &Path) -> BTreeMap<String, Position> {
    crate::input::read_file(file, &crate::input::POSITIONS)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| ron::from_str(&text).ok())
        .unwrap_or_default()
}

/// Where one was in `session`, as last written to `file`.
pub fn load(file: &Path, session: &Path) -> Option<Position> {
    read_all(file).remove(&key(session))
}

/// Writes where one is in `session` to `file` (made with its folder when
/// missing), keeping the `KEPT` most recent sessions (pruned in one pass,
/// whatever the file held).
pub fn save(file: &Path, session: &Path, position: Position) -> std::io::Result<()> {
    let mut all = read_all(file);
    all.insert(key(session), position);
    if all.len() > KEPT {
        let mut newest: Vec<(String, Position)> = all.into_iter().collect();
        newest.sort_by(|a, b| b.1.at.cmp(&a.1.at).then_with(|| a.0.cmp(&b.0)));
        newest.truncate(KEPT);
        all = newest.into_iter().collect();
    }
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    // `\n` on every system (RON's default is `\r\n` on Windows).
    let pretty = ron::ser::PrettyConfig::default().new_line("\n");
    let text = ron::ser::to_string_pretty(&all, pretty).map_err(std::io::Error::other)?;
    super::write_replacing(file, text.as_bytes())
}

/// What the writer of one `Keeper` has to do: the newest position asked
/// for and not yet written, and whether the keeper has gone.
#[derive(Default)]
struct Pending {
    next: Option<Position>,
    stop: bool,
}

/// The writer's side of a `Keeper`: one thread for the session's life.
/// Moves that come faster than the disk are coalesced (only the newest
/// waiting one is written), so holding a key down writes a few times, not
/// once a key.
struct Writer {
    pending: std::sync::Arc<(std::sync::Mutex<Pending>, std::sync::Condvar)>,
    thread: std::thread::JoinHandle<()>,
}

impl Writer {
    fn start(file: PathBuf, session: PathBuf) -> Option<Writer> {
        let pending = std::sync::Arc::new((
            std::sync::Mutex::new(Pending::default()),
            std::sync::Condvar::new(),
        ));
        let shared = pending.clone();
        let thread = std::thread::Builder::new()
            .name("spiral-position".into())
            .spawn(move || write_loop(&file, &session, &shared))
            .ok()?;
        Some(Writer { pending, thread })
    }

    fn ask(&self, position: Position) {
        let (lock, wake) = &*self.pending;
        if let Ok(mut pending) = lock.lock() {
            pending.next = Some(position);
            wake.notify_one();
        }
    }

    /// Writes what is still asked for, then ends the thread.
    fn finish(self) {
        let (lock, wake) = &*self.pending;
        if let Ok(mut pending) = lock.lock() {
            pending.stop = true;
            wake.notify_one();
        }
        let _ = self.thread.join();
    }
}

/// The writer's thread: waits for a position, writes the newest, until the
/// keeper goes and nothing is left to write. A write that fails costs only
/// that.
fn write_loop(
    file: &Path,
    session: &Path,
    pending: &(std::sync::Mutex<Pending>, std::sync::Condvar),
) {
    let (lock, wake) = pending;
    loop {
        let Ok(mut now) = lock.lock() else {
            return;
        };
        while now.next.is_none() && !now.stop {
            now = match wake.wait(now) {
                Ok(now) => now,
                Err(_) => return,
            };
        }
        let Some(position) = now.next.take() else {
            return;
        };
        drop(now);
        let _ = save(file, session, position);
    }
}

/// Where one is in an open session, kept while it is open: read back on
/// opening, written when it moves (nothing is made unless it did) by a
/// writer thread of its own, so a move never waits for the disk. The last
/// position asked for is written before the keeper goes, so where one was
/// is on disk before the window closes.
pub struct Keeper {
    file: PathBuf,
    session: PathBuf,
    /// What was last read or asked to be written: the group's, question's
    /// and note's ids.
    kept: Option<Here>,
    /// A move between notes not yet written (`keep`).
    unwritten: Option<Position>,
    writer: Option<Writer>,
}

impl Keeper {
    /// For the session at `session`, in the user's `positions_file()`.
    pub fn new(session: &Path) -> Keeper {
        Keeper::in_file(positions_file(), session)
    }

    /// For the session at `session`, in the positions file `file`.
    fn in_file(file: PathBuf, session: &Path) -> Keeper {
        Keeper {
            file,
            session: session.to_path_buf(),
            kept: None,
            unwritten: None,
            writer: None,
        }
    }

    /// Where one was in the session, as last written.
    pub fn load(&mut self) -> Option<Position> {
        let p = load(&self.file, &self.session)?;
        self.kept = Some((p.group.clone(), p.question.clone(), p.note));
        Some(p)
    }

    /// Writes where one is (the group's, question's and note's ids) when
    /// it moved, so a restart, even after a crash, comes back here.
    pub fn keep(
        &mut self,
        (group, question, note): (&str, &str, Option<uuid::Uuid>),
        at: impl FnOnce() -> jiff::Timestamp,
    ) {
        if (self.kept.as_ref()).is_some_and(|(g, q, n)| g == group && q == question && *n == note) {
            return;
        }
        let same_place = (self.kept.as_ref()).is_some_and(|(g, q, _)| g == group && q == question);
        let here = (group.to_string(), question.to_string(), note);
        let position = Position {
            group: here.0.clone(),
            question: here.1.clone(),
            note,
            at: at(),
        };
        self.kept = Some(here);
        // A move between notes of the same group and question is written
        // when the place changes or the keeper goes, not at each key.
        if same_place {
            self.unwritten = Some(position);
            return;
        }
        self.unwritten = None;
        if self.writer.is_none() {
            self.writer = Writer::start(self.file.clone(), self.session.clone());
        }
        match &self.writer {
            Some(writer) => writer.ask(position),
            // No thread to be had: written here, rather than not at all.
            None => {
                let _ = save(&self.file, &self.session, position);
            }
        }
    }
}

/// A group's, a question's and a note's ids.
type Here = (String, String, Option<uuid::Uuid>);

impl Drop for Keeper {
    fn drop(&mut self) {
        if let Some(position) = self.unwritten.take() {
            match &self.writer {
                Some(writer) => writer.ask(position),
                None => {
                    let _ = save(&self.file, &self.session, position);
                }
            }
        }
        if let Some(writer) = self.writer.take() {
            writer.finish();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(second: i64) -> jiff::Timestamp {
        jiff::Timestamp::from_second(1_700_000_000 + second).unwrap()
    }

    /// Issue 24, part 6: a file of many positions (a hand-made one, or
    /// another tool's) is pruned in one pass to the newest `KEPT`, the new
    /// one among them; one over the reader's limit holds none. (Before, the
    /// prune scanned the whole map per entry removed: 100,000 entries froze
    /// the app for 90 s at the next group change.)
    #[test]
    fn many_positions_are_pruned_in_one_pass_to_the_newest() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("positions.ron");
        let entry = |i: i64| Position {
            group: format!("g{i}"),
            question: "wellbeing".into(),
            note: None,
            at: at(i),
        };
        let many: BTreeMap<String, Position> = (0..6_000)
            .map(|i| (format!("/far/away/session-{i:05}.ron"), entry(i)))
            .collect();
        let text = ron::ser::to_string_pretty(&many, ron::ser::PrettyConfig::default()).unwrap();
        assert!(
            text.len() < 1 << 20,
            "{} bytes: within the limit",
            text.len()
        );
        std::fs::write(&file, &text).unwrap();
        let mine = dir.path().join("mine.ron");
        std::fs::write(&mine, "").unwrap();
        save(&file, &mine, entry(100_000)).unwrap();
        let kept = read_all(&file);
        assert_eq!(kept.len(), KEPT);
        assert_eq!(load(&file, &mine), Some(entry(100_000)));
        // The newest of the others, and none older.
        assert!(kept.values().all(|p| p.at >= at(6_000 - KEPT as i64 + 1)));
        // Over the limit: holds none, and the next save mends it.
        let huge: BTreeMap<String, Position> = (0..100_000)
            .map(|i| (format!("/far/away/session-{i:06}.ron"), entry(i)))
            .collect();
        let text = ron::ser::to_string_pretty(&huge, ron::ser::PrettyConfig::default()).unwrap();
        std::fs::write(&file, &text).unwrap();
        assert_eq!(load(&file, &mine), None);
        save(&file, &mine, entry(1)).unwrap();
        assert_eq!(read_all(&file).len(), 1);
    }

    #[test]
    fn a_position_is_kept_per_session_and_a_broken_file_holds_none() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("state").join("positions.ron");
        let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
        std::fs::write(&a, "").unwrap();
        assert_eq!(load(&file, &a), None);
        let here = Position {
            group: "g2".into(),
            question: "illbeing".into(),
            note: None,
            at: at(0),
        };
        save(&file, &a, here.clone()).unwrap();
        save(
            &file,
            &b,
            Position {
                group: "g1".into(),
                question: "action".into(),
                note: None,
                at: at(1),
            },
        )
        .unwrap();
        assert_eq!(load(&file, &a), Some(here));
        assert_eq!(load(&file, &b).unwrap().question, "action");
        std::fs::write(&file, "(broken").unwrap();
        assert_eq!(load(&file, &a), None);
        // Writing again mends it.
        save(
            &file,
            &a,
            load(&file, &b).unwrap_or(Position {
                group: "g".into(),
                question: "wellbeing".into(),
                note: None,
                at: at(2),
            }),
        )
        .unwrap();
        assert!(load(&file, &a).is_some());
    }

    #[test]
    fn only_the_most_recent_sessions_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("positions.ron");
        for i in 0..(KEPT as i64 + 5) {
            let session = dir.path().join(format!("s{i}.ron"));
            let p = Position {
                group: "g".into(),
                question: "wellbeing".into(),
                note: None,
                at: at(i),
            };
            save(&file, &session, p).unwrap();
        }
        assert_eq!(read_all(&file).len(), KEPT);
        assert_eq!(load(&file, &dir.path().join("s0.ron")), None);
        assert!(load(&file, &dir.path().join(format!("s{}.ron", KEPT + 4))).is_some());
    }

    /// Moves faster than the disk go to the one writer, and the last one
    /// asked for (a move between notes too) is on disk once the keeper goes.
    #[test]
    fn the_keeper_writes_the_last_move_before_it_goes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("state").join("positions.ron");
        let session = dir.path().join("alby.ron");
        let mut keeper = Keeper::in_file(file.clone(), &session);
        for i in 0..200 {
            let group = format!("g{i}");
            keeper.keep((&group, "wellbeing", None), || at(i));
        }
        // The same place again asks for nothing.
        keeper.keep(("g199", "wellbeing", None), || at(500));
        // Moving between notes of that place waits for the keeper to go.
        let note = Some(uuid::Uuid::from_u128(7));
        keeper.keep(("g199", "wellbeing", note), || at(600));
        drop(keeper);
        let kept = load(&file, &session).expect("written before the keeper went");
        assert_eq!(
            (kept.group.as_str(), kept.note, kept.at),
            ("g199", note, at(600))
        );
    }
}
