//! Several facilitators' files merged into a new one (the rules are in
//! `crate::merge`).

use std::path::{Path, PathBuf};

use super::Error;
use crate::live::SessionFile;
use crate::merge::Merged;
use crate::model::{Lang, Session};
use crate::output::{self, NewFile, Target, Writing};
use crate::store::{self};

/// Loads every file, each named as given.
pub fn load_all(files: &[PathBuf]) -> Result<Vec<(String, Session)>, Error> {
    files
        .iter()
        .map(|f| Ok((f.display().to_string(), store::load_session(f)?)))
        .collect()
}

/// Merges `files` into `output`, a new file (or a stream: the rule of
/// every output, `crate::output`), and says where it went.
pub fn merge_files(files: &[PathBuf], output: &Path) -> Result<(Merged, Target), Error> {
    let writing = Writing::NewSession(NewFile::Merge);
    let target = output::target(output, files, writing)?;
    let merged = crate::merge::merge(&load_all(files)?)?;
    output::write(
        &target,
        store::session_to_ron(&merged.session).as_bytes(),
        writing,
    )?;
    Ok((merged, target))
}

/// A merge written to a new file of the app's choosing.
pub struct MergedFile {
    pub path: PathBuf,
    pub merged: Merged,
    /// Where the conflicts are listed, when there are any.
    pub conflicts: Option<PathBuf>,
}

impl MergedFile {
    /// "Merged 2 sessions into …: 40 notes. 3 conflicts (…): listed in …."
    /// (in `lang`).
    pub fn describe(&self, files: usize, lang: Lang) -> String {
        let notes = self.merged.session.notes.len();
        let mut said = crate::tr!(
            lang,
            "ops-merged",
            files = files,
            file = self.path.display().to_string(),
            n = notes,
            notes = notes.to_string()
        );
        if let Some(list) = &self.conflicts {
            let conflicts = self.merged.conflicts();
            said.push(' ');
            said.push_str(&crate::tr!(
                lang,
                "ops-merged-conflicts",
                n = conflicts,
                conflicts = conflicts.to_string(),
                list = list.display().to_string()
            ));
        }
        said
    }
}

/// Merges `files` into a new `merged.ron` in `dir` (numbered when taken);
/// the conflicts, if any, go to `merged.conflicts.txt` beside it, listed
/// in `lang`.
pub fn merge_into_new(files: &[PathBuf], dir: &Path, lang: Lang) -> Result<MergedFile, Error> {
    let merged = crate::merge::merge(&load_all(files)?)?;
    let path = store::unused_path(dir, "merged");
    SessionFile::create(&path, &merged.session)?;
    let report = merged.report_in(lang);
    let conflicts = if report.is_empty() {
        None
    } else {
        let list = path.with_extension("conflicts.txt");
        let target = output::write_named(
            &list,
            files,
            (report.join("\n") + "\n").as_bytes(),
            Writing::Export,
        )?;
        Some(target.file().map_or(list, Path::to_path_buf))
    };
    Ok(MergedFile {
        path,
        merged,
        conflicts,
    })
}
