//! Two coders of one session: the blind copy a second coder codes, and the
//! file in which their two codings are reconciled.

use std::path::Path;

use super::Error;
use crate::model::{Lang, Session};
use crate::output::{self, NewFile, Target, Writing};
use crate::store;

/// A copy of `file` for a second coder, written to `output` (a new file):
/// the same notes and ids, no codings, no criteria, no actions, every note's coder
/// (and the facilitators) set to `coder`. Returns the copy, and where it
/// went (the rule of every output, `crate::output`).
pub fn blind_copy(file: &Path, coder: &str, output: &Path) -> Result<(Session, Target), Error> {
    let coder = crate::text::clean(coder);
    if coder.is_empty() {
        return Err(Error::Refused(crate::msg!("ops-coder-empty")));
    }
    let writing = Writing::NewSession(NewFile::BlindCopy);
    let target = output::target(output, &[file.to_path_buf()], writing)?;
    let mut session = store::load_session(file)?;
    for n in &mut session.notes {
        n.family = None;
        n.component = None;
        n.criterion = None;
        n.coder = coder.clone();
    }
    session.criteria.clear();
    // The actions say which families and notes go together: not for a
    // coder who codes blind.
    session.actions.clear();
    session.deleted_actions.clear();
    session.facilitators = vec![coder];
    output::write(&target, store::session_to_ron(&session).as_bytes(), writing)?;
    Ok((session, target))
}

/// The file made to reconcile two codings in, and what it holds.
#[derive(Debug, Clone)]
pub struct Reconciling {
    /// Where it went.
    pub target: Target,
    pub shared: usize,
    pub agreed: usize,
    pub to_decide: usize,
    pub coders: (String, String),
}

impl Reconciling {
    /// "12 shared notes: 9 coded alike by Ana and Lisa, 3 to decide." (in
    /// `lang`).
    pub fn describe(&self, lang: Lang) -> String {
        crate::tr!(
            lang,
            "ops-reconciling",
            n = self.shared,
            shared = self.shared.to_string(),
            agreed = self.agreed.to_string(),
            first = self.coders.0.as_str(),
            second = self.coders.1.as_str(),
            to_decide = self.to_decide.to_string()
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
    let named = match output {
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
    let writing = Writing::NewSession(NewFile::Reconcile);
    let target = output::write_named(
        &named,
        &[first.to_path_buf(), second.to_path_buf()],
        store::session_to_ron(&started.session).as_bytes(),
        writing,
    )?;
    Ok(Reconciling {
        target,
        shared: started.shared,
        agreed: started.agreed,
        to_decide: started.to_decide,
        coders: started.coders,
    })
}
