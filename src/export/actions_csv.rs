//! The co-responsibility actions for spreadsheets (`csv-actions`): one row
//! per action, what it links to in columns, several links in one cell
//! joined by `; ` (so a filter on "contains" finds them). The notes it
//! answers are given by id (the `id` column of `csv-notes`, to join on) and
//! by their words; its criteria by id and wording; its families by id and
//! label; its actors as `spiral action add --actor` takes them
//! (`NAME:KIND`). The same writer and formula guard as every CSV of spiral
//! (`csv::cell`).

use super::csv::{cell, finish, writer};
use super::{ExportError, Options};
use crate::model::{Action, Framework, Session};

/// Between several links in one cell.
pub const JOIN: &str = "; ";

/// The columns, in order.
pub const COLUMNS: [&str; 22] = [
    "id",
    "session",
    "title",
    "status",
    "started",
    "actors",
    "what",
    "families",
    "family_labels",
    "criterion_ids",
    "criteria",
    "note_ids",
    "notes",
    "generalise",
    "reports",
    "latest_report_date",
    "latest_report_by",
    "latest_report",
    "questions",
    "created",
    "modified",
    "file",
];

/// Every action of the sessions (each with the file it came from), in the
/// sessions' order, then each session's.
pub fn actions(
    sessions: &[(String, Session)],
    framework: &Framework,
    options: &Options,
) -> Result<Vec<u8>, ExportError> {
    let mut w = writer(options);
    w.write_record(COLUMNS)?;
    for (file, s) in sessions {
        for a in &s.actions {
            w.write_record(row(file, s, a, framework, options))?;
        }
    }
    finish(w)
}

/// One action's cells, each made safe.
fn row(file: &str, s: &Session, a: &Action, fw: &Framework, options: &Options) -> Vec<String> {
    let joined = |items: Vec<String>| cell(&items.join(JOIN));
    let actors = a.actors.iter().map(|actor| match actor.kind {
        Some(kind) => format!("{}:{}", actor.name, kind.name()),
        None => actor.name.clone(),
    });
    let families = a.families.iter().filter_map(|id| fw.family(id));
    let criteria: Vec<_> = a.criteria.iter().filter_map(|id| s.criterion(id)).collect();
    let notes: Vec<_> = a
        .notes
        .iter()
        .filter_map(|id| s.note_index(*id).map(|i| &s.notes[i]))
        .collect();
    let latest = a.latest_report();
    vec![
        a.id.to_string(),
        cell(&s.title),
        cell(&a.title),
        a.status.name().to_string(),
        a.started.map(|d| d.to_string()).unwrap_or_default(),
        joined(actors.collect()),
        cell(&a.what),
        joined(families.clone().map(|f| f.id.clone()).collect()),
        joined(
            families
                .map(|f| f.labels.get(options.lang).to_string())
                .collect(),
        ),
        joined(criteria.iter().map(|c| c.id.clone()).collect()),
        joined(criteria.iter().map(|c| c.wording.clone()).collect()),
        joined(notes.iter().map(|n| n.id.to_string()).collect()),
        joined(notes.iter().map(|n| n.text.clone()).collect()),
        cell(&a.generalise),
        a.reports.len().to_string(),
        latest.map(|r| r.date.to_string()).unwrap_or_default(),
        cell(latest.map_or("", |r| r.by.as_str())),
        cell(latest.map_or("", |r| r.text.as_str())),
        joined(a.questions.clone()),
        a.created.to_string(),
        a.modified.to_string(),
        cell(&file_name(file)),
    ]
}

/// The session's file name, without its folder (the same wherever the
/// sessions are kept).
fn file_name(file: &str) -> String {
    std::path::Path::new(file)
        .file_name()
        .map_or(file.to_string(), |n| n.to_string_lossy().into_owned())
}
