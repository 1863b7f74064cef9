//! A session exported beside its file, named after it
//! (`alby-2011.summary.html`), in the session's own language: the app's
//! export menu writes it, and the command line can write the same.

use std::path::{Path, PathBuf};

use crate::export::{Format, Options, WriteError, write_to};
use crate::model::{Framework, Session};
use crate::output::Target;

/// Where an export of the session at `path` goes: beside it, named after
/// it (`None` for a path with no file name).
pub fn beside(path: &Path, format: Format) -> Option<PathBuf> {
    let stem = path.file_stem()?.to_string_lossy();
    Some(path.with_file_name(format!("{stem}.{}", format.suffix())))
}

/// Exports `session`, whose file is `path`, to `out` (never over the
/// session itself: `output`'s rule), in the session's language: where it
/// went, and the bytes written.
pub fn export_beside(
    path: &Path,
    out: &Path,
    session: &Session,
    framework: &Framework,
    format: Format,
) -> Result<(Target, usize), WriteError> {
    let sessions = [(path.display().to_string(), session.clone())];
    let options = Options {
        lang: session.language,
        excel: false,
    };
    write_to(
        &sessions,
        &[path.to_path_buf()],
        framework,
        format,
        &options,
        out,
    )
}
