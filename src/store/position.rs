//! Where a facilitator was in each session (the group and the question
//! shown), so that reopening, or restarting after a crash mid-workshop,
//! comes back there and new notes go to the question they were taking.
//!
//! Kept in the user's own state folder (`positions.ron`), by the session's
//! full path, not in the session file nor beside it: where one is in a
//! session is the person's, not the session's. Two facilitators on two
//! laptops (or a read-only window beside the writing one) each have
//! theirs, and a synced territory folder gets no extra file and no
//! conflict from someone moving between groups.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Where one was in a session: ids, so renaming or reordering keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub group: String,
    pub question: String,
    /// When it was written (the oldest are dropped past `KEPT`).
    pub at: jiff::Timestamp,
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
    crate::input::read_file(file, &crate::input::STATE)
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
/// missing), keeping the `KEPT` most recent sessions.
pub fn save(file: &Path, session: &Path, position: Position) -> std::io::Result<()> {
    let mut all = read_all(file);
    all.insert(key(session), position);
    while all.len() > KEPT {
        let oldest = all
            .iter()
            .min_by_key(|(_, p)| p.at)
            .map(|(k, _)| k.clone())
            .expect("more than KEPT entries");
        all.remove(&oldest);
    }
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let text = ron::ser::to_string_pretty(&all, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    super::write_replacing(file, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(second: i64) -> jiff::Timestamp {
        jiff::Timestamp::from_second(1_700_000_000 + second).unwrap()
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
            at: at(0),
        };
        save(&file, &a, here.clone()).unwrap();
        save(
            &file,
            &b,
            Position {
                group: "g1".into(),
                question: "action".into(),
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
                at: at(i),
            };
            save(&file, &session, p).unwrap();
        }
        assert_eq!(read_all(&file).len(), KEPT);
        assert_eq!(load(&file, &dir.path().join("s0.ron")), None);
        assert!(load(&file, &dir.path().join(format!("s{}.ron", KEPT + 4))).is_some());
    }
}
