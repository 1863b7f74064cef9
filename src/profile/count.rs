//! Reading many session files for a comparison: each file is read, its
//! notes counted and dropped, so memory is bounded by the largest file (one
//! per worker thread), not by the territory's total.
//!
//! Only what is counted is kept from the parse (strings are borrowed from
//! the file's text where they can be); the checks that matter to the counts
//! are the loader's: the version, and notes naming a group or question the
//! session does not have.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Deserialize;

use super::{SessionTally, family_index};
use crate::i18n::Message;
use crate::model::ron_options;
use crate::model::{FORMAT_VERSION, Framework, Lang};
use crate::source::locate_field;
use crate::store::{LoadError, parse_session, read_source};

#[derive(Deserialize)]
struct LightSession<'a> {
    version: u32,
    #[serde(borrow)]
    title: Cow<'a, str>,
    #[serde(default)]
    language: Lang,
    /// Not used here, but required as the loader requires it, so a file
    /// `compare` reads is one the app opens.
    #[allow(dead_code)]
    framework: serde::de::IgnoredAny,
    #[serde(borrow)]
    questions: Vec<LightQuestion<'a>>,
    #[serde(default, borrow)]
    groups: Vec<LightGroup<'a>>,
    #[serde(default, borrow)]
    notes: Vec<LightNote<'a>>,
}

#[derive(Deserialize)]
struct LightQuestion<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
}

#[derive(Deserialize)]
struct LightGroup<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
}

#[derive(Deserialize)]
struct LightNote<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    group: Cow<'a, str>,
    #[serde(borrow)]
    question: Cow<'a, str>,
    #[serde(default, borrow)]
    family: Option<Cow<'a, str>>,
}

/// Counts one session file's notes of `question` (`None`: all) per group
/// and family.
pub fn count_file(
    path: &Path,
    framework: &Framework,
    question: Option<&str>,
) -> Result<SessionTally, LoadError> {
    let src = read_source(path)?;
    count_source(&src, path, framework, question)
}

fn count_source(
    src: &str,
    path: &Path,
    framework: &Framework,
    question: Option<&str>,
) -> Result<SessionTally, LoadError> {
    let invalid = |(line, col): (usize, usize), reason: Message| LoadError::Invalid {
        path: path.to_path_buf(),
        line,
        col,
        reason,
    };
    let light: LightSession = match ron_options().from_str(src) {
        Ok(light) => light,
        // The full loader says best what is wrong (a newer version, a
        // missing field), with its line and column.
        Err(e) => {
            return Err(match parse_session(src, path) {
                Err(full) => full,
                Ok(_) => invalid(
                    (e.span.start.line, e.span.start.col),
                    Message::verbatim(e.code.to_string()),
                ),
            });
        }
    };
    if light.version > FORMAT_VERSION || light.version == 0 {
        return Err(parse_session(src, path).err().unwrap_or_else(|| {
            invalid(
                locate_field(src, "version", &light.version.to_string(), 0),
                crate::msg!("store-version-unknown", version = light.version.to_string()),
            )
        }));
    }
    let index = family_index(framework);
    let groups: HashMap<&str, usize> = light
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id.as_ref(), i))
        .collect();
    let questions: Vec<String> = light.questions.iter().map(|q| q.id.to_string()).collect();
    let mut tally = SessionTally::new(
        &light.title,
        questions,
        light.groups.iter().map(|g| g.name.to_string()).collect(),
        framework.families.len(),
    );
    tally.language = light.language;
    for note in &light.notes {
        let Some(&g) = groups.get(note.group.as_ref()) else {
            return Err(invalid(
                locate_field(src, "id", &format!("{:?}", note.id), 0),
                crate::msg!(
                    "store-note-unknown-group",
                    id = note.id.to_string(),
                    group = note.group.to_string()
                ),
            ));
        };
        if !tally.questions.iter().any(|q| *q == note.question) {
            return Err(invalid(
                locate_field(src, "id", &format!("{:?}", note.id), 0),
                crate::msg!(
                    "store-note-unknown-question",
                    id = note.id.to_string(),
                    question = note.question.to_string()
                ),
            ));
        }
        if question.is_some_and(|q| q != note.question) {
            continue;
        }
        tally.count(g, note.family.as_deref(), &index);
    }
    Ok(tally)
}

/// Counts many files on every core: each worker takes the next file, reads,
/// counts and drops it. The results are in the order of `paths`.
pub fn count_files(
    paths: &[PathBuf],
    framework: &Framework,
    question: Option<&str>,
) -> Vec<Result<SessionTally, LoadError>> {
    map_files(paths, |path| count_file(path, framework, question))
}

/// `read` run on each file, one file per core at a time, the results in
/// the files' order. Each file is dropped when its result is made, so
/// memory follows the largest file, not the total.
pub fn map_files<T: Send>(
    paths: &[PathBuf],
    read: impl Fn(&Path) -> Result<T, LoadError> + Sync,
) -> Vec<Result<T, LoadError>> {
    let workers = std::thread::available_parallelism()
        .map(usize::from)
        .unwrap_or(1)
        .min(paths.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<T, LoadError>>>> =
        Mutex::new((0..paths.len()).map(|_| None).collect());
    // What a file says is wrong in it is data (`LoadError`), said by
    // whoever shows it, in its language: the workers say nothing.
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = paths.get(i) else { break };
                    let result = read(path);
                    if let Ok(mut results) = results.lock() {
                        results[i] = Some(result);
                    }
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .zip(paths)
        .map(|(r, path)| {
            r.unwrap_or_else(|| {
                Err(LoadError::Io {
                    path: path.clone(),
                    source: crate::i18n::io_error(
                        std::io::ErrorKind::Other,
                        crate::msg!("store-worker-stopped"),
                    ),
                })
            })
        })
        .collect()
}
