//! Codings from a spreadsheet, by note id: a second coder who codes in a
//! spreadsheet exports `csv-notes`, fills the `family` column (a key, an
//! id or a label), and imports it back. All or nothing.

use std::collections::HashMap;

use super::{ImportError, at_line, no_component, no_family};
use crate::i18n::Message;
use crate::model::{Framework, Session, now};
use crate::text::fold;

/// What a codings import changed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Recoded {
    /// Rows read.
    pub rows: usize,
    /// Notes whose coding changed.
    pub changed: usize,
}

/// A note's index and its new family, component and coder.
type Update = (usize, Option<String>, Option<String>, Option<String>);

/// The columns a codings sheet is read by: `id` and `family`, and
/// `component` and `coder` when present.
struct Columns {
    id: usize,
    family: usize,
    component: Option<usize>,
    coder: Option<usize>,
}

/// Sets the codings of the notes named by id in `text` (CSV with `id` and
/// `family`, and `component`, `coder` when present). An empty family
/// leaves the note uncoded.
pub fn apply_codings(
    session: &mut Session,
    framework: &Framework,
    text: &str,
    path: &str,
) -> Result<Recoded, ImportError> {
    let (rows, updates) = read_updates(session, framework, text, path)?;
    let changed = recode(session, updates);
    Ok(Recoded { rows, changed })
}

/// Every row read into an update of its note: the rows read and the
/// updates, or every row's error (all or nothing).
fn read_updates(
    session: &Session,
    framework: &Framework,
    text: &str,
    path: &str,
) -> Result<(usize, Vec<Update>), ImportError> {
    let mut sheet = super::csv::Sheet::open(text, path)?;
    let column = |name: &str| sheet.column(name);
    let (Some(id), Some(family)) = (column("id"), column("family")) else {
        return Err(ImportError::at(
            format!("{path}:1"),
            crate::msg!("import-codings-columns"),
        ));
    };
    let columns = Columns {
        id,
        family,
        component: column("component"),
        coder: column("coder"),
    };
    let index: HashMap<String, usize> = session
        .notes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.to_string(), i))
        .collect();
    let mut errors = Vec::new();
    let mut updates: Vec<Update> = Vec::new();
    let mut record = ::csv::StringRecord::new();
    let mut rows = 0;
    while let Some(line) = sheet.next(&mut record)? {
        rows += 1;
        match update_of(&record, &columns, &index, framework) {
            Ok(update) => updates.push(update),
            Err(why) => errors.push(at_line(line, &why)),
        }
    }
    if !errors.is_empty() {
        return Err(ImportError::rows(errors));
    }
    Ok((rows, updates))
}

/// One row's update of its note, or why the row is refused.
fn update_of(
    record: &::csv::StringRecord,
    columns: &Columns,
    index: &HashMap<String, usize>,
    framework: &Framework,
) -> Result<Update, Message> {
    let get = |i: Option<usize>| {
        i.and_then(|i| record.get(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let id = get(Some(columns.id)).unwrap_or("");
    let Some(&note) = index.get(id) else {
        return Err(crate::msg!("import-no-note", id = id));
    };
    let family = match get(Some(columns.family)) {
        None => None,
        Some(f) => match framework.resolve_family(f) {
            Some(fam) => Some(fam.id.clone()),
            None => return Err(no_family(f, framework)),
        },
    };
    let component = match (get(columns.component), &family) {
        (None, _) => None,
        (Some(c), Some(f)) => {
            let fam = framework.family(f).expect("resolved above");
            let folded = fold(c);
            match fam
                .components
                .iter()
                .find(|x| x.id == c || x.labels.all().any(|l| fold(l) == folded))
            {
                Some(x) => Some(x.id.clone()),
                None => return Err(no_component(c, f)),
            }
        }
        (Some(_), None) => return Err(crate::msg!("import-component-without-family")),
    };
    let coder = get(columns.coder).map(crate::text::clean);
    Ok((note, family, component, coder))
}

/// The updates made: how many notes' coding changed. A criterion whose
/// last note was recoded away goes with it (the synthesis's own rule,
/// `profile::criteria_left_empty`).
fn recode(session: &mut Session, updates: Vec<Update>) -> usize {
    // A note recoded into another family leaves its criterion.
    let leaving: Vec<usize> = updates
        .iter()
        .filter(|(i, family, ..)| {
            let n = &session.notes[*i];
            n.criterion.is_some() && n.family != *family
        })
        .map(|(i, ..)| *i)
        .collect();
    let emptied = crate::profile::criteria_left_empty(session, &leaving);
    let t = now();
    let mut changed = 0;
    for (i, family, component, coder) in updates {
        let n = &mut session.notes[i];
        let before = (n.family.clone(), n.component.clone(), n.coder.clone());
        n.set_family(family);
        n.component = component;
        if let Some(c) = coder {
            n.coder = c;
        }
        if (n.family.clone(), n.component.clone(), n.coder.clone()) != before {
            n.modified = t;
            changed += 1;
        }
    }
    for change in emptied {
        change.apply(session);
    }
    changed
}
