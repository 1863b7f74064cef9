//! Two coders of one session: the blind copy a second coder codes, and the
//! file in which their two codings are reconciled.

use std::path::{Path, PathBuf};

use super::Error;
use crate::model::Session;
use crate::store::{self, SessionFile};

/// A copy of `file` for a second coder, written to `output` (a new file):
/// the same notes and ids, no codings, no criteria, every note's coder
/// (and the facilitators) set to `coder`. Returns the copy.
pub fn blind_copy(file: &Path, coder: &str, output: &Path) -> Result<Session, Error> {
    let coder = crate::text::clean(coder);
    if coder.is_empty() {
        return Err(Error::Refused("the coder's name is empty".into()));
    }
    if output.exists() {
        return Err(Error::Refused(format!(
            "{} already exists; the blind copy is a new file",
            output.display()
        )));
    }
    let mut session = store::load_session(file)?;
    for n in &mut session.notes {
        n.family = None;
        n.component = None;
        n.criterion = None;
        n.coder = coder.clone();
    }
    session.criteria.clear();
    session.facilitators = vec![coder];
    SessionFile::create(output, &session)?;
    Ok(session)
}

/// The file made to reconcile two codings in, and what it holds.
#[derive(Debug, Clone)]
pub struct Reconciling {
    pub path: PathBuf,
    pub shared: usize,
    pub agreed: usize,
    pub to_decide: usize,
    pub coders: (String, String),
}

impl Reconciling {
    /// "12 shared notes: 9 coded alike by Ana and Lisa, 3 to decide."
    pub fn describe(&self) -> String {
        format!(
            "{} shared notes: {} coded alike by {} and {}, {} to decide.",
            self.shared, self.agreed, self.coders.0, self.coders.1, self.to_decide
        )
    }
}

/// Makes the file to reconcile two codings in: `output`, or
/// FIRST-reconciled.ron beside FIRST (numbered when taken).
pub fn make_reconcile_file(
    first: &Path,
    second: &Path,
    output: Option<&Path>,
) -> Result<Reconciling, Error> {
    let a = store::load_session(first)?;
    let b = store::load_session(second)?;
    let started = crate::reconcile::start(
        (&first.display().to_string(), &a),
        (&second.display().to_string(), &b),
    )?;
    let path = match output {
        Some(p) => p.to_path_buf(),
        None => {
            let stem = first
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "session".into());
            let dir = first.parent().unwrap_or(Path::new("."));
            store::unused_path(dir, &format!("{stem}-reconciled"))
        }
    };
    SessionFile::create(&path, &started.session)?;
    Ok(Reconciling {
        path,
        shared: started.shared,
        agreed: started.agreed,
        to_decide: started.to_decide,
        coders: started.coders,
    })
}
