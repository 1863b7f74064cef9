//! `spiral check`: a file validated as the app would open it, and the
//! families it names that the framework does not know.

use std::collections::HashMap;
use std::path::Path;

use crate::model::{Framework, Lang};
use crate::store::{self, LoadError};

/// Validates one file; the lines to say when it passes (warnings, then a
/// summary, in `lang`), or why it does not open, with its place.
pub fn check_file(
    file: &Path,
    framework: &Framework,
    lang: Lang,
) -> Result<Vec<String>, LoadError> {
    let src = store::read_source(file)?;
    let session = store::parse_session(&src, file)?;
    let mut lines = Vec::new();
    if session.framework.id != framework.id {
        lines.push(format!(
            "{}: {}",
            file.display(),
            crate::tr!(
                lang,
                "ops-check-other-framework",
                coded = session.framework.id.as_str(),
                framework = framework.id.as_str()
            )
        ));
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for note in &session.notes {
        if let Some(f) = &note.family
            && framework.family(f).is_none()
        {
            // The nth note with this family is at its nth place in the file.
            let nth = seen.entry(f.as_str()).or_insert(0);
            let (line, col) = crate::source::locate_field(&src, "family", &format!("{f:?}"), *nth);
            *nth += 1;
            lines.push(format!(
                "{}:{line}:{col}: {}",
                file.display(),
                crate::tr!(
                    lang,
                    "ops-check-unknown-family",
                    note = note.id.to_string(),
                    family = f.as_str(),
                    framework = framework.id.as_str()
                )
            ));
        }
    }
    // A component its family does not have: shown as unknown by the app,
    // kept as it is.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for note in &session.notes {
        let Some(c) = &note.component else {
            continue;
        };
        let nth = seen.entry(c.as_str()).or_insert(0);
        let place = *nth;
        *nth += 1;
        let Some(family) = note.family.as_deref().and_then(|f| framework.family(f)) else {
            continue;
        };
        if family.components.iter().any(|k| k.id == *c) {
            continue;
        }
        let (line, col) = crate::source::locate_field(&src, "component", &format!("{c:?}"), place);
        lines.push(format!(
            "{}:{line}:{col}: {}",
            file.display(),
            crate::tr!(
                lang,
                "ops-check-unknown-component",
                note = note.id.to_string(),
                component = c.as_str(),
                family = family.id.as_str(),
                framework = framework.id.as_str()
            )
        ));
    }
    let coded = session.notes.iter().filter(|n| n.is_coded()).count();
    lines.push(format!(
        "{}: {}",
        file.display(),
        crate::tr!(
            lang,
            "ops-check-ok",
            groups = session.groups.len(),
            n = session.notes.len(),
            notes = session.notes.len().to_string(),
            coded = coded.to_string()
        )
    ));
    Ok(lines)
}
