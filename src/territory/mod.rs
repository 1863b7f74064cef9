//! A territory: a folder (synced between laptops by Syncthing, Nextcloud,
//! Dropbox, a USB stick or git) whose session files are the groups of one
//! territory. What is kept of each file is small (its counts, its actions'
//! titles and statuses, and who last changed it), so a folder of a thousand sessions fits; a changed file is
//! read again alone. Conflict copies a sync engine leaves are merged into
//! their sessions (`intake`), files still arriving are waited for, and
//! nothing here writes a session but such a merge.

pub mod labels;
pub mod watch;

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jiff::Timestamp;

pub use crate::intake::{Intake, take_in};
pub use crate::live::{CopyError, CopyMerged, merge_copy_file};
pub use crate::store::{Engine, Kind, kind};
pub use watch::Watch;

use crate::i18n::Describe;
use crate::model::{Framework, Lang, Session};
use crate::profile::{SessionTally, tally};
use crate::store::{Stamp, stamp};

/// How long a file that does not read is taken for one still arriving
/// (a sync engine or a copy writing it in place) before it is said to be
/// broken: it is read again meanwhile.
pub const ARRIVING: Duration = Duration::from_secs(3);

/// How many arrivals the feed keeps.
pub const FEED: usize = 200;

/// What is kept of one session file.
#[derive(Debug, Clone)]
pub struct Summary {
    pub title: String,
    pub language: Lang,
    pub groups: Vec<String>,
    pub notes: usize,
    pub coded: usize,
    /// The newest change to a note: when, and its coder.
    pub last: Option<(Timestamp, String)>,
    /// The session's question ids, in order.
    pub questions: Vec<String>,
    /// Counts for the comparison: all questions, then each question.
    pub all: SessionTally,
    pub by_question: HashMap<String, SessionTally>,
    /// Its co-responsibility actions, in the file's order: each one's
    /// title and status.
    pub actions: Vec<(String, crate::model::Status)>,
}

/// One file of the territory, as last read.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The file as last read (size, time).
    pub stamp: Option<Stamp>,
    /// What it held when it last read (kept while a new version arrives).
    pub summary: Option<Summary>,
    pub reading: Reading,
    /// Each note's version as last read (a hash of its id and time): the
    /// notes not among them arrived since.
    seen: HashSet<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    Read,
    /// It did not read: still arriving, since then (read again).
    Arriving {
        since: Instant,
        error: String,
    },
    /// It did not read for longer than a file takes to arrive.
    Broken(String),
}

/// A note that arrived (new, or changed) in a file of the territory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrival {
    pub file: PathBuf,
    pub session: String,
    pub group: String,
    pub text: String,
    pub family: Option<String>,
    pub coder: String,
    pub when: Timestamp,
    pub new: bool,
}

/// What the feed shows: a note, or what spiral did (a copy merged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedItem {
    Note(Arrival),
    Said(String),
}

pub struct Territory {
    pub root: PathBuf,
    framework: Framework,
    files: BTreeMap<PathBuf, Entry>,
    /// Conflict copies not merged (yet): a window here holds the session,
    /// or it did not read; why.
    pub copies: BTreeMap<PathBuf, String>,
    feed: VecDeque<FeedItem>,
    /// Counts each update, for the screen to know it changed.
    pub generation: u64,
    /// The language its own lines and the files' errors are said in.
    lang: Lang,
}

impl Territory {
    /// `open_in`, saying its lines in English.
    pub fn open(root: &Path, framework: Framework) -> Territory {
        Territory::open_in(root, framework, Lang::En)
    }

    /// Reads every session file under `root` (on every core), and merges
    /// the conflict copies no window here holds; what it says (its feed's
    /// lines, why a file does not read) is said in `lang`.
    pub fn open_in(root: &Path, framework: Framework, lang: Lang) -> Territory {
        // One path per file, whichever way the folder was named (`.`,
        // `T2`, a link): the watch's events and the walk then agree.
        let root = &root_of(root);
        let mut t = Territory {
            root: root.to_path_buf(),
            framework,
            files: BTreeMap::new(),
            copies: BTreeMap::new(),
            feed: VecDeque::new(),
            generation: 0,
            lang,
        };
        let Found {
            files: found,
            not_utf8,
        } = find(root);
        let sessions: Vec<PathBuf> = found
            .iter()
            .filter(|(_, k)| *k == Kind::Session)
            .map(|(p, _)| p.clone())
            .collect();
        let framework = t.framework.clone();
        // Each file read on a worker, and only what is kept of it kept.
        let read = crate::profile::map_files(&sessions, |path| {
            let stamp = stamp(path);
            let kept = read_summary(path, &framework).map(|(summary, session)| {
                let mut came = arrivals(path, &session, None);
                came.truncate(30);
                (summary, came, versions(&session))
            });
            Ok((stamp, kept))
        });
        let mut newest: Vec<Arrival> = Vec::new();
        for (path, read) in sessions.into_iter().zip(read) {
            let Ok((stamp, result)) = read else { continue };
            let entry = match result {
                Ok((summary, came, seen)) => {
                    newest.extend(came);
                    newest.sort_by_key(|a| std::cmp::Reverse(a.when));
                    newest.truncate(30);
                    Entry {
                        stamp,
                        summary: Some(summary),
                        reading: Reading::Read,
                        seen,
                    }
                }
                Err(error) => Entry {
                    stamp,
                    summary: None,
                    reading: Reading::Arriving {
                        since: Instant::now(),
                        error: error.describe(lang),
                    },
                    seen: HashSet::new(),
                },
            };
            t.files.insert(path, entry);
        }
        t.feed = newest.into_iter().map(FeedItem::Note).collect();
        let copies: Vec<PathBuf> = found
            .into_iter()
            .filter(|(_, k)| matches!(k, Kind::ConflictCopy { .. }))
            .map(|(p, _)| p)
            .collect();
        t.update(&copies);
        let links = linked_folders(root);
        if !links.is_empty() {
            let names: Vec<String> = links
                .iter()
                .map(|p| p.strip_prefix(root).unwrap_or(p).display().to_string())
                .collect();
            t.say(crate::tr!(
                lang,
                "territory-links-left-out",
                n = links.len(),
                links = names.join(", ")
            ));
        }
        if !not_utf8.is_empty() {
            let names: Vec<String> = not_utf8
                .iter()
                .map(|p| p.strip_prefix(root).unwrap_or(p).display().to_string())
                .collect();
            t.say(crate::tr!(
                lang,
                "territory-names-not-utf8",
                n = names.len(),
                names = names.join(", ")
            ));
        }
        t
    }

    /// The session files, by path.
    pub fn files(&self) -> impl Iterator<Item = (&Path, &Entry)> {
        self.files.iter().map(|(p, e)| (p.as_path(), e))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The feed, newest first.
    pub fn feed(&self) -> impl Iterator<Item = &FeedItem> {
        self.feed.iter()
    }

    /// Files that did not read yet, still arriving: to be read again.
    pub fn arriving(&self) -> Vec<PathBuf> {
        self.files
            .iter()
            .filter(|(_, e)| matches!(e.reading, Reading::Arriving { .. }))
            .map(|(p, _)| p.clone())
            .collect()
    }

    /// Reads again the files that changed (each alone), merges the
    /// conflict copies among them, forgets the files gone. Whether
    /// anything shown changed.
    pub fn update(&mut self, paths: &[PathBuf]) -> bool {
        self.update_in(paths, self.lang)
    }

    /// `update`, saying what it says from now on in `lang`.
    pub fn update_in(&mut self, paths: &[PathBuf], lang: Lang) -> bool {
        self.lang = lang;
        let mut changed = false;
        let mut copies = Vec::new();
        for path in paths {
            match kind(path) {
                Kind::Session => changed |= self.read_again(path),
                Kind::ConflictCopy { of, .. } => copies.push((path.clone(), of)),
                Kind::Ignored => {}
            }
        }
        for (copy, of) in copies {
            changed |= self.merge_copy(&copy, &of);
        }
        if changed {
            self.generation += 1;
        }
        changed
    }

    fn read_again(&mut self, path: &Path) -> bool {
        let now = stamp(path);
        if now.is_none() {
            return self.files.remove(path).is_some();
        }
        if let Some(e) = self.files.get(path)
            && e.stamp == now
            && e.reading == Reading::Read
        {
            return false;
        }
        match read_summary(path, &self.framework) {
            Ok((summary, session)) => {
                let before = self.files.get(path).map(|e| &e.seen);
                let mut came = arrivals(path, &session, before);
                if before.is_none_or(HashSet::is_empty) {
                    // A file new to the territory: its newest notes.
                    came.truncate(5);
                }
                came.reverse();
                for a in came {
                    self.feed.push_front(FeedItem::Note(a));
                }
                self.feed.truncate(FEED);
                self.files.insert(
                    path.to_path_buf(),
                    Entry {
                        stamp: now,
                        summary: Some(summary),
                        reading: Reading::Read,
                        seen: versions(&session),
                    },
                );
                true
            }
            Err(error) => {
                let error = error.describe(self.lang);
                let entry = self.files.entry(path.to_path_buf()).or_insert(Entry {
                    stamp: now,
                    summary: None,
                    reading: Reading::Read,
                    seen: HashSet::new(),
                });
                // Still changing since it last failed: still arriving.
                let growing = entry.stamp != now;
                let reading = match &entry.reading {
                    Reading::Arriving { .. } if growing => Reading::Arriving {
                        since: Instant::now(),
                        error,
                    },
                    Reading::Arriving { since, .. } if since.elapsed() >= ARRIVING => {
                        Reading::Broken(error)
                    }
                    Reading::Arriving { since, .. } => Reading::Arriving {
                        since: *since,
                        error,
                    },
                    _ => Reading::Arriving {
                        since: Instant::now(),
                        error,
                    },
                };
                let changed = reading != entry.reading;
                entry.reading = reading;
                entry.stamp = now;
                changed
            }
        }
    }

    fn merge_copy(&mut self, copy: &Path, of: &Path) -> bool {
        if !copy.exists() {
            return self.copies.remove(copy).is_some();
        }
        match merge_copy_file(copy, of, self.lang) {
            Ok(done) => {
                self.copies.remove(copy);
                let name = file_name(of);
                self.read_again(of);
                let lang = self.lang;
                self.say(crate::tr!(
                    lang,
                    "territory-merged-copy",
                    name = name,
                    what = done.intake.describe(lang),
                    copy = done.put_away.display().to_string()
                ));
                true
            }
            Err(e) => {
                let why = e.describe(self.lang);
                self.copies.insert(copy.to_path_buf(), why.clone()) != Some(why)
            }
        }
    }

    /// Puts a line of spiral's own in the feed.
    pub fn say(&mut self, text: String) {
        self.feed.push_front(FeedItem::Said(text));
        self.feed.truncate(FEED);
    }

    /// The tallies of every session that reads, for the comparison (all
    /// questions, or one), with the names that tell sessions apart.
    pub fn tallies(&self, question: Option<&str>) -> (Vec<SessionTally>, Vec<String>) {
        let mut tallies = Vec::new();
        let mut names = Vec::new();
        for (path, e) in &self.files {
            let Some(s) = &e.summary else { continue };
            let t = match question {
                None => Some(&s.all),
                Some(q) => s.by_question.get(q),
            };
            if let Some(t) = t {
                tallies.push(t.clone());
                names.push(
                    path.strip_prefix(&self.root)
                        .unwrap_or(path)
                        .with_extension("")
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
        (tallies, names)
    }

    /// Every question id of the sessions, in first-seen order.
    pub fn questions(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for s in self.files.values().filter_map(|e| e.summary.as_ref()) {
            for q in &s.questions {
                if !out.contains(q) {
                    out.push(q.clone());
                }
            }
        }
        out
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Every session file and conflict copy under `root` (sorted), leaving
/// out the sync engines' folders, hidden folders, and what is not a
/// session. Symbolic links to folders are not followed (no loops).
pub fn walk(root: &Path) -> Vec<(PathBuf, Kind)> {
    find(root).files
}

/// What `find` finds under a folder.
#[derive(Debug, Default)]
pub struct Found {
    /// Every session file and conflict copy (sorted), as `walk` says.
    pub files: Vec<(PathBuf, Kind)>,
    /// The files left out because their names are not UTF-8 (sorted):
    /// those whose name, shown lossily, would be read (a session or a
    /// conflict copy); a photo so named is no loss.
    pub not_utf8: Vec<PathBuf>,
}

/// `walk`, with the files it leaves out for their names.
pub fn find(root: &Path) -> Found {
    let mut out = Vec::new();
    let mut not_utf8 = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(t) = entry.file_type() else { continue };
            if t.is_dir() {
                if !crate::store::skipped_folder(&entry.file_name().to_string_lossy()) {
                    folders.push(path);
                }
                continue;
            }
            match kind(&path) {
                Kind::Ignored => {
                    let name = entry.file_name();
                    if name.to_str().is_none()
                        && kind(&path.with_file_name(&*name.to_string_lossy())) != Kind::Ignored
                    {
                        not_utf8.push(path);
                    }
                }
                k => out.push((path, k)),
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    not_utf8.sort();
    Found {
        files: out,
        not_utf8,
    }
}

/// The folder a territory is: its canonical path (links and `..`
/// resolved) where the system gives one, else its absolute path.
pub fn root_of(path: &Path) -> PathBuf {
    #[cfg(unix)]
    if let Ok(p) = std::fs::canonicalize(path) {
        return p;
    }
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The symbolic links to folders under `root` (outside skipped folders):
/// left out of the territory, as the walk leaves them.
pub fn linked_folders(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(t) = entry.file_type() else { continue };
            if crate::store::skipped_folder(&entry.file_name().to_string_lossy()) {
                continue;
            }
            if t.is_dir() {
                folders.push(entry.path());
            } else if t.is_symlink() && entry.path().is_dir() {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    out
}

/// The session files under each path given: a folder stands for its
/// sessions (as `walk` finds them), a file for itself. For the commands
/// that read several sessions (`spiral export FOLDER`). The files left
/// out of the folders for their names (`Found::not_utf8`) are added to
/// `not_utf8`.
pub fn expand(paths: &[PathBuf], not_utf8: &mut Vec<PathBuf>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let found = find(p);
            out.extend(
                found
                    .files
                    .into_iter()
                    .filter(|(_, k)| *k == Kind::Session)
                    .map(|(p, _)| p),
            );
            not_utf8.extend(found.not_utf8);
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// Reads one session file: what is kept of it, and the session (for the
/// feed), or why it does not read (path:line:col).
pub fn read_summary(
    path: &Path,
    framework: &Framework,
) -> Result<(Summary, Session), crate::store::LoadError> {
    let session = crate::store::load_session(path)?;
    Ok((summarize(&session, framework), session))
}

/// What is kept of a session.
pub fn summarize(session: &Session, framework: &Framework) -> Summary {
    let last = session
        .notes
        .iter()
        .max_by_key(|n| n.modified)
        .map(|n| (n.modified, n.coder.clone()));
    Summary {
        title: session.title.clone(),
        language: session.language,
        groups: session.groups.iter().map(|g| g.name.clone()).collect(),
        notes: session.notes.len(),
        coded: session.notes.iter().filter(|n| n.is_coded()).count(),
        last,
        questions: session.questions.iter().map(|q| q.id.clone()).collect(),
        all: tally(session, framework, None),
        by_question: session
            .questions
            .iter()
            .map(|q| (q.id.clone(), tally(session, framework, Some(&q.id))))
            .collect(),
        actions: session
            .actions
            .iter()
            .map(|a| (a.title.clone(), a.status))
            .collect(),
    }
}

/// A note's version: its id and when it was last changed.
fn version(note: &crate::model::Note) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    note.id.hash(&mut h);
    note.modified.as_nanosecond().hash(&mut h);
    h.finish()
}

fn versions(session: &Session) -> HashSet<u64> {
    session.notes.iter().map(version).collect()
}

/// The notes of a session whose version is not among `seen` (all, when
/// `None`), newest first.
fn arrivals(path: &Path, session: &Session, seen: Option<&HashSet<u64>>) -> Vec<Arrival> {
    let groups = session.group_index();
    let mut out: Vec<Arrival> = session
        .notes
        .iter()
        .filter(|n| seen.is_none_or(|s| !s.contains(&version(n))))
        .map(|n| Arrival {
            file: path.to_path_buf(),
            session: session.title.clone(),
            group: groups
                .get(n.group.as_str())
                .map(|&g| session.groups[g].name.clone())
                .unwrap_or_else(|| n.group.clone()),
            text: n.text.clone(),
            family: n.family.clone(),
            coder: n.coder.clone(),
            when: n.modified,
            new: n.created == n.modified,
        })
        .collect();
    out.sort_by_key(|a| std::cmp::Reverse(a.when));
    out
}
