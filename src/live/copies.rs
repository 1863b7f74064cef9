//! A sync engine's conflict copy merged into its session file (by the
//! territory view, when no window here holds the session), then put away
//! in `.spiral/merged/` beside it, its conflicts noted in
//! `.spiral/conflicts.txt`.

use std::path::{Path, PathBuf};

use crate::i18n::{Describe, describe_io};
use crate::intake::{Intake, adds_to, take_in};
use crate::merge::MergeError;
use crate::model::Lang;

/// Why a conflict copy was not merged (yet).
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// A spiral on this machine holds the session: its window merges it.
    Held(crate::store::Holder),
    Load(#[from] crate::store::LoadError),
    Merge(#[from] MergeError),
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `.spiral` (or `.spiral/merged`) beside the session is a symbolic
    /// link or a file: nothing is written through it.
    NotAFolder(PathBuf),
}

impl Describe for CopyError {
    fn describe(&self, lang: Lang) -> String {
        match self {
            // "… holds the session: it merges the copy".
            CopyError::Held(who) => crate::tr!(lang, "store-copy-held", who = who.describe(lang)),
            CopyError::Load(e) => e.describe(lang),
            CopyError::Merge(e) => e.describe(lang),
            CopyError::Io { path, source } => {
                format!("{}: {}", path.display(), describe_io(source, lang))
            }
            CopyError::NotAFolder(path) => crate::tr!(
                lang,
                "store-spiral-folder-not-folder",
                path = path.display().to_string()
            ),
        }
    }
}

crate::display_by_describe!(CopyError);

/// `.spiral` beside `session`, and `.spiral/merged` in it, when each is a
/// real folder or not there yet (made when needed); refused when either is
/// a symbolic link (which could lead the copies and the record anywhere)
/// or a file.
pub fn spiral_folder(session: &Path) -> Result<PathBuf, CopyError> {
    let folder = session.parent().unwrap_or(Path::new(".")).join(".spiral");
    for path in [folder.clone(), folder.join("merged")] {
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return Err(CopyError::NotAFolder(path)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(CopyError::Io { path, source }),
        }
    }
    Ok(folder)
}

/// What merging one conflict copy did.
#[derive(Debug)]
pub struct CopyMerged {
    /// Where the copy was put away.
    pub put_away: PathBuf,
    pub intake: Intake,
}

/// A file-system error, naming the path.
fn io(path: &Path) -> impl FnOnce(std::io::Error) -> CopyError {
    let path = path.to_path_buf();
    move |source| CopyError::Io { path, source }
}

/// Merges a sync engine's conflict copy into its session file, when no
/// spiral on this machine holds the session (the lock is taken for the
/// while), then puts the copy away in `.spiral/merged/` (nothing of it is
/// lost) and notes the conflicts in `.spiral/conflicts.txt`, said in
/// `lang`. A copy whose session is gone becomes the session.
pub fn merge_copy_file(copy: &Path, session: &Path, lang: Lang) -> Result<CopyMerged, CopyError> {
    use crate::store::{Lock, LockState};
    // Where the copy goes must be a real folder: checked before anything
    // is written, so a `.spiral` that is a link leads nothing anywhere.
    spiral_folder(copy)?;
    // A session that is a symbolic link stays one: its target is written.
    let session = &super::session_file::resolve(session);
    let _lock = match Lock::acquire(session).map_err(io(session))? {
        LockState::Held(lock) => Some(lock),
        LockState::Busy(who) => return Err(CopyError::Held(who)),
        // Held on another machine: merged here all the same (both
        // merges of the same versions are the same bytes).
        LockState::Elsewhere(_) => None,
    };
    let theirs = crate::store::load_session(copy)?;
    let intake = if session.exists() {
        // Written only over the version merged (a sync engine may put
        // another in place meanwhile: then merged at the next look).
        let read = crate::store::stamp(session);
        let ours = crate::store::load_session(session)?;
        let (merged, intake) = take_in(&ours, &theirs, None, lang)?;
        if adds_to(&merged.session, &ours) {
            crate::store::save_session_unless_changed(session, &merged.session, read)
                .map_err(io(session))?;
        }
        intake
    } else {
        crate::store::save_session(session, &theirs).map_err(io(session))?;
        Intake {
            new_notes: theirs.notes.len(),
            ..Intake::default()
        }
    };
    let put_away = put_away(copy)?;
    note_conflicts(session, &put_away, &intake);
    Ok(CopyMerged { put_away, intake })
}

/// Moves a merged copy into `.spiral/merged/` beside it.
pub fn put_away(copy: &Path) -> Result<PathBuf, CopyError> {
    let spiral = spiral_folder(copy)?;
    let target = crate::store::put_away_path(copy);
    for folder in [spiral.clone(), spiral.join("merged")] {
        match std::fs::create_dir(&folder) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(source) => {
                return Err(CopyError::Io {
                    path: folder,
                    source,
                });
            }
        }
    }
    // Made just now, or there: still a real folder (not a link put there
    // meanwhile).
    spiral_folder(copy)?;
    std::fs::rename(copy, &target).map_err(io(copy))?;
    Ok(target)
}

/// Appends what a merge decided to `.spiral/conflicts.txt` beside the
/// session (a local record: the sync engine is told to leave `.spiral`
/// alone by `spiral share`). Best effort: the merge is made already.
pub fn note_conflicts(session: &Path, from: &Path, intake: &Intake) {
    use std::io::Write;
    if intake.record.is_empty() {
        return;
    }
    let Ok(folder) = spiral_folder(session) else {
        return;
    };
    if let Err(e) = std::fs::create_dir(&folder)
        && e.kind() != std::io::ErrorKind::AlreadyExists
    {
        return;
    }
    let record = folder.join("conflicts.txt");
    if spiral_folder(session).is_err()
        || std::fs::symlink_metadata(&record).is_ok_and(|m| !m.is_file())
    {
        return;
    }
    let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&record)
    else {
        return;
    };
    let mut text = format!(
        "{} {} merged with {}:\n",
        crate::model::now(),
        session.display(),
        from.display()
    );
    for line in &intake.record {
        text.push_str(&format!("  {line}\n"));
    }
    let _ = file.write_all(text.as_bytes());
}
