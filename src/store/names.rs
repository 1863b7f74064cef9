//! What a file in a synced folder is, by its name: a session, a copy a
//! sync engine kept when two machines changed one session (to merge), or
//! a file that is none of spiral's business (a sync engine's temporary
//! file or folder, spiral's own lock, backup and temporary files).

use std::path::{Path, PathBuf};

/// What a path in a territory folder is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A session file (`*.ron`), to read.
    Session,
    /// The version of session `of` that a sync engine kept aside when two
    /// machines changed it: merged into `of`, then put away.
    ConflictCopy { of: PathBuf, engine: Engine },
    /// Not a session: a temporary file, a backup, a lock, another file.
    Ignored,
}

/// The sync engines whose conflict copies are known by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.ron`
    Syncthing,
    /// `NAME (conflicted copy YYYY-MM-DD HHMMSS).ron`, and ownCloud's
    /// older `NAME_conflict-YYYYMMDD-HHMMSS.ron`
    Nextcloud,
    /// `NAME (DEVICE's conflicted copy YYYY-MM-DD).ron`
    Dropbox,
}

/// Whether a folder (its name) is left out of the territory: every hidden
/// one, which holds the sync engines' own (`.stfolder`, `.stversions`,
/// `.dropbox.cache`), spiral's (`.spiral`, where merged copies are put
/// away), `.git` and the trash.
pub fn skipped_folder(name: &str) -> bool {
    name.starts_with('.')
}

/// What the file at `path` is, by its name alone.
pub fn kind(path: &Path) -> Kind {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return Kind::Ignored;
    };
    // Hidden files are never sessions: spiral's locks (`.NAME.lock`) and
    // temporary files (`.NAME.*.tmp`), Syncthing's (`.syncthing.NAME.tmp`),
    // Nextcloud's and Dropbox's partial downloads. Syncthing on Windows
    // writes `~syncthing~NAME.tmp`; Office-like `~$` files too.
    if name.starts_with('.') || name.starts_with('~') {
        return Kind::Ignored;
    }
    let Some(stem) = name.strip_suffix(".ron") else {
        return Kind::Ignored;
    };
    if stem.is_empty() {
        return Kind::Ignored;
    }
    match conflict_of(stem) {
        Some((original, engine)) => Kind::ConflictCopy {
            of: path.with_file_name(format!("{original}.ron")),
            engine,
        },
        None => Kind::Session,
    }
}

/// The session stem a conflict copy's stem is a copy of, and the engine
/// that made it.
fn conflict_of(stem: &str) -> Option<(&str, Engine)> {
    syncthing(stem)
        .map(|s| (s, Engine::Syncthing))
        .or_else(|| bracketed(stem))
        .or_else(|| owncloud(stem).map(|s| (s, Engine::Nextcloud)))
        .filter(|(s, _)| !s.is_empty())
}

/// `NAME.sync-conflict-20261202-011500-ABCDEFG`: the date, the time and
/// the first seven characters of the device id that lost.
fn syncthing(stem: &str) -> Option<&str> {
    let at = stem.rfind(".sync-conflict-")?;
    let rest = &stem[at + ".sync-conflict-".len()..];
    let mut parts = rest.splitn(3, '-');
    let (date, time, device) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let device_ok = !device.is_empty()
        && device
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    (digits(date, 8) && digits(time, 6) && device_ok).then_some(&stem[..at])
}

/// `NAME (conflicted copy 2026-12-02 011500)` (Nextcloud, ownCloud) and
/// `NAME (laptop-b's conflicted copy 2026-12-02)` or `… (1))` (Dropbox): the
/// bracket that holds "conflicted copy", at the end of the name (a
/// session's own name may hold brackets: `Fittja (unga)`).
fn bracketed(stem: &str) -> Option<(&str, Engine)> {
    let at = stem.rfind("conflicted copy")?;
    let open = stem[..at].rfind(" (")?;
    let who = &stem[open + 2..at];
    if who.contains(['(', ')']) || !stem.ends_with(')') {
        return None;
    }
    let engine = if who.is_empty() {
        Engine::Nextcloud
    } else {
        Engine::Dropbox
    };
    Some((&stem[..open], engine))
}

/// `NAME_conflict-20261202-011500` (ownCloud's older clients).
fn owncloud(stem: &str) -> Option<&str> {
    let at = stem.rfind("_conflict-")?;
    let rest = &stem[at + "_conflict-".len()..];
    let ok = rest.len() == 15
        && rest.as_bytes()[8] == b'-'
        && rest
            .bytes()
            .enumerate()
            .all(|(i, b)| i == 8 || b.is_ascii_digit());
    ok.then_some(&stem[..at])
}

/// Where a merged conflict copy is put away: `.spiral/merged/` beside the
/// session, under its own name (numbered if that is taken).
pub fn put_away_path(copy: &Path) -> PathBuf {
    let folder = copy
        .parent()
        .unwrap_or(Path::new("."))
        .join(".spiral")
        .join("merged");
    let name = copy.file_name().unwrap_or_default().to_string_lossy();
    let mut target = folder.join(&*name);
    let mut n = 2;
    while target.exists() {
        target = folder.join(format!("{n}-{name}"));
        n += 1;
    }
    target
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(name: &str) -> Kind {
        kind(Path::new("/t").join(name).as_path())
    }

    fn copy(of: &str, engine: Engine) -> Kind {
        Kind::ConflictCopy {
            of: Path::new("/t").join(of),
            engine,
        }
    }

    #[test]
    fn sessions_are_ron_files_that_are_not_hidden() {
        assert_eq!(of("alby-2011.ron"), Kind::Session);
        assert_eq!(of("Fittja (group 2).ron"), Kind::Session);
        assert_eq!(of("alby.ron.bak"), Kind::Ignored);
        assert_eq!(of("alby.md"), Kind::Ignored);
        assert_eq!(of(".ron"), Kind::Ignored);
    }

    #[test]
    fn temporary_lock_and_backup_files_are_ignored() {
        for name in [
            ".syncthing.alby.ron.tmp",
            "~syncthing~alby.ron.tmp",
            ".alby.ron.lock",
            ".alby.ron.save.tmp",
            ".alby.ron.bak.tmp",
            "alby.ron.bak",
            "alby.ron.part",
            ".~lock.alby.ron#",
            "alby.ron.sync-conflict-20261202-011500-ABCDEFG.bak",
            "merged.conflicts.txt",
        ] {
            assert_eq!(of(name), Kind::Ignored, "{name}");
        }
    }

    #[test]
    fn conflict_copies_of_each_engine_name_their_session() {
        assert_eq!(
            of("alby.sync-conflict-20261202-011500-ABCDEFG.ron"),
            copy("alby.ron", Engine::Syncthing)
        );
        assert_eq!(
            of("alby.2011.sync-conflict-20261202-011500-7QW3ZZE.ron"),
            copy("alby.2011.ron", Engine::Syncthing)
        );
        assert_eq!(
            of("alby (conflicted copy 2026-12-02 011500).ron"),
            copy("alby.ron", Engine::Nextcloud)
        );
        assert_eq!(
            of("alby_conflict-20261202-011500.ron"),
            copy("alby.ron", Engine::Nextcloud)
        );
        assert_eq!(
            of("alby (laptop-b's conflicted copy 2026-12-02).ron"),
            copy("alby.ron", Engine::Dropbox)
        );
        assert_eq!(
            of("alby (laptop-b's conflicted copy 2026-12-02 (1)).ron"),
            copy("alby.ron", Engine::Dropbox)
        );
        // A session whose own name has brackets.
        assert_eq!(
            of("Fittja (unga) (conflicted copy 2026-12-02 011500).ron"),
            copy("Fittja (unga).ron", Engine::Nextcloud)
        );
        assert_eq!(
            of("Fittja (unga) (laptop-b's conflicted copy 2026-12-02).ron"),
            copy("Fittja (unga).ron", Engine::Dropbox)
        );
    }

    #[test]
    fn names_that_only_look_like_copies_are_sessions() {
        for name in [
            "alby.sync-conflict-2026-011500-ABCDEFG.ron",
            "alby.sync-conflict-20261202-0115-ABCDEFG.ron",
            "alby.sync-conflict-20261202-011500-.ron",
            "notes on the conflicted copy.ron",
            "alby (group 2).ron",
            "alby_conflict-notes.ron",
            ".sync-conflict-20261202-011500-ABCDEFG.ron",
        ] {
            let k = of(name);
            assert!(k == Kind::Session || k == Kind::Ignored, "{name}: {k:?}");
        }
    }

    #[test]
    fn engine_and_hidden_folders_are_skipped() {
        for name in [".stfolder", ".stversions", ".spiral", ".git", ".anything"] {
            assert!(skipped_folder(name), "{name}");
        }
        assert!(!skipped_folder("Fittja"));
    }

    #[test]
    fn a_copy_is_put_away_beside_its_session_under_a_free_name() {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir
            .path()
            .join("a.sync-conflict-20261202-011500-ABCDEFG.ron");
        let first = put_away_path(&copy);
        assert_eq!(
            first,
            dir.path()
                .join(".spiral/merged/a.sync-conflict-20261202-011500-ABCDEFG.ron")
        );
        std::fs::create_dir_all(first.parent().unwrap()).unwrap();
        std::fs::write(&first, "x").unwrap();
        assert_eq!(
            put_away_path(&copy),
            dir.path()
                .join(".spiral/merged/2-a.sync-conflict-20261202-011500-ABCDEFG.ron")
        );
    }
}
