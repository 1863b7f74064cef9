//! Spreadsheets: the notes (`csv-notes`), the groups × families table
//! (`csv-matrix`), and one 0/1 column per family (`csv-binary`, for R,
//! SPSS or Stata). UTF-8 with `,`; for Excel (`--excel`) a byte-order mark
//! and `;`, which Excel expects where the decimal mark is a comma (Sweden,
//! Denmark, France). No cell is ever run as a formula: one that starts with
//! `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.

use std::collections::HashMap;

use super::{ExportError, Options};
use crate::model::{Framework, Session};
use crate::profile::profile_session;

/// A text cell made safe for spreadsheets (OWASP's CSV injection rule):
/// the one rule for every CSV spiral writes (these exports, and `profile`,
/// `compare` and `synthesis` with `--format csv`). Control and bidi
/// characters (from a hand-edited file) are left out.
pub fn cell(text: &str) -> String {
    let text = crate::text::printable(text);
    if needs_quote(&text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Whether a cell would read as a formula, or is a quote before one (so
/// that `'=x` written as `''=x` comes back whole from an import).
pub fn needs_quote(text: &str) -> bool {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => true,
        Some('\'') => needs_quote(&text[1..]),
        _ => false,
    }
}

pub(super) fn writer(options: &Options) -> ::csv::Writer<Vec<u8>> {
    let mut out = Vec::new();
    if options.excel {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    ::csv::WriterBuilder::new()
        .delimiter(if options.excel { b';' } else { b',' })
        .from_writer(out)
}

pub(super) fn finish(w: ::csv::Writer<Vec<u8>>) -> Result<Vec<u8>, ExportError> {
    w.into_inner()
        .map_err(|e| ExportError::Io(std::io::Error::other(e.error().to_string())))
}

fn share(x: f64, options: &Options) -> String {
    let s = format!("{x:.4}");
    if options.excel {
        s.replace('.', ",")
    } else {
        s
    }
}

/// `id,session,group,question,family,family_label,component,text,coder,created,modified,criterion`.
pub fn notes(
    sessions: &[(String, Session)],
    framework: &Framework,
    options: &Options,
) -> Result<Vec<u8>, ExportError> {
    let mut w = writer(options);
    w.write_record([
        "id",
        "session",
        "group",
        "question",
        "family",
        "family_label",
        "component",
        "text",
        "coder",
        "created",
        "modified",
        "criterion",
    ])?;
    for (_, s) in sessions {
        let groups: HashMap<&str, &str> = s
            .groups
            .iter()
            .map(|g| (g.id.as_str(), g.name.as_str()))
            .collect();
        let criteria: HashMap<&str, &str> = s
            .criteria
            .iter()
            .map(|c| (c.id.as_str(), c.wording.as_str()))
            .collect();
        for n in &s.notes {
            let family = n.family.as_deref().unwrap_or("");
            let label = framework
                .family(family)
                .map(|f| f.labels.get(options.lang))
                .unwrap_or("");
            w.write_record([
                n.id.to_string(),
                cell(&s.title),
                cell(groups.get(n.group.as_str()).copied().unwrap_or("")),
                cell(&n.question),
                cell(family),
                cell(label),
                cell(n.component.as_deref().unwrap_or("")),
                cell(&n.text),
                cell(&n.coder),
                n.created.to_string(),
                n.modified.to_string(),
                cell(
                    n.criterion
                        .as_deref()
                        .and_then(|c| criteria.get(c).copied())
                        .unwrap_or(""),
                ),
            ])?;
        }
    }
    finish(w)
}

/// One row per group: `session,group,participants,coded,uncoded`, the
/// count in each family (by id), then each family's share
/// (`<id>_share`, of the coded notes; empty when none is coded).
pub fn matrix(
    sessions: &[(String, Session)],
    framework: &Framework,
    options: &Options,
) -> Result<Vec<u8>, ExportError> {
    let mut w = writer(options);
    let mut header: Vec<String> = ["session", "group", "participants", "coded", "uncoded"]
        .map(String::from)
        .to_vec();
    header.extend(framework.families.iter().map(|f| cell(&f.id)));
    header.extend(
        framework
            .families
            .iter()
            .map(|f| cell(&format!("{}_share", f.id))),
    );
    w.write_record(&header)?;
    for (_, s) in sessions {
        let profile = profile_session(s, framework);
        for g in &profile.groups {
            let c = &g.counts.all;
            let mut row = vec![
                cell(&s.title),
                cell(&g.name),
                g.participants.map(|p| p.to_string()).unwrap_or_default(),
                c.coded().to_string(),
                c.uncoded.to_string(),
            ];
            row.extend(c.families.iter().map(u32::to_string));
            row.extend(
                (0..framework.families.len())
                    .map(|f| c.share(f).map(|x| share(x, options)).unwrap_or_default()),
            );
            w.write_record(&row)?;
        }
    }
    finish(w)
}

/// One row per note: `id,session,group,question,coded`, then a 0/1 column
/// per family (by id).
pub fn binary(
    sessions: &[(String, Session)],
    framework: &Framework,
    options: &Options,
) -> Result<Vec<u8>, ExportError> {
    let mut w = writer(options);
    let mut header: Vec<String> = ["id", "session", "group", "question", "coded"]
        .map(String::from)
        .to_vec();
    header.extend(framework.families.iter().map(|f| cell(&f.id)));
    w.write_record(&header)?;
    for (_, s) in sessions {
        let groups: HashMap<&str, &str> = s
            .groups
            .iter()
            .map(|g| (g.id.as_str(), g.name.as_str()))
            .collect();
        for n in &s.notes {
            let mut row = vec![
                n.id.to_string(),
                cell(&s.title),
                cell(groups.get(n.group.as_str()).copied().unwrap_or("")),
                cell(&n.question),
                if n.is_coded() { "1" } else { "0" }.to_string(),
            ];
            row.extend(framework.families.iter().map(|f| {
                if n.family.as_deref() == Some(f.id.as_str()) {
                    "1".to_string()
                } else {
                    "0".to_string()
                }
            }));
            w.write_record(&row)?;
        }
    }
    finish(w)
}
