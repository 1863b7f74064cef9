//! Codings from a spreadsheet, by note id: a second coder who codes in a
//! spreadsheet exports `csv-notes`, fills the `family` column (a key, an
//! id or a label), and imports it back. All or nothing.

use std::collections::HashMap;

use super::{ImportError, at_line, no_component, no_family};
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

/// Sets the codings of the notes named by id in `text` (CSV with `id` and
/// `family`, and `component`, `coder` when present). An empty family
/// leaves the note uncoded.
pub fn apply_codings(
    session: &mut Session,
    framework: &Framework,
    text: &str,
    path: &str,
) -> Result<Recoded, ImportError> {
    let mut sheet = super::csv::Sheet::open(text, path)?;
    let column = |name: &str| sheet.column(name);
    let (Some(id_col), Some(family_col)) = (column("id"), column("family")) else {
        return Err(ImportError::File(format!(
            "{path}:1: {}",
            crate::tr!(@ "import-codings-columns")
        )));
    };
    let component_col = column("component");
    let coder_col = column("coder");
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
        let get = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let id = get(Some(id_col)).unwrap_or("");
        let Some(&note) = index.get(id) else {
            errors.push(at_line(line, &crate::tr!(@ "import-no-note", id = id)));
            continue;
        };
        let family = match get(Some(family_col)) {
            None => None,
            Some(f) => match framework.resolve_family(f) {
                Some(fam) => Some(fam.id.clone()),
                None => {
                    errors.push(at_line(line, &no_family(f, framework)));
                    continue;
                }
            },
        };
        let component = match (get(component_col), &family) {
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
                    None => {
                        errors.push(at_line(line, &no_component(c, f)));
                        continue;
                    }
                }
            }
            (Some(_), None) => {
                errors.push(at_line(
                    line,
                    &crate::tr!(@ "import-component-without-family"),
                ));
                continue;
            }
        };
        let coder = get(coder_col).map(crate::text::clean);
        updates.push((note, family, component, coder));
    }
    if !errors.is_empty() {
        return Err(ImportError::rows(errors));
    }
    let named = |s: &Session| -> std::collections::HashSet<String> {
        s.notes.iter().filter_map(|n| n.criterion.clone()).collect()
    };
    let before_named = named(session);
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
    // A criterion whose last note was recoded away goes with it.
    let after_named = named(session);
    session
        .criteria
        .retain(|c| after_named.contains(&c.id) || !before_named.contains(&c.id));
    Ok(Recoded { rows, changed })
}
