//! `spiral action list`: the actions of one or more sessions (a folder
//! stands for the sessions in it), as text for people, JSON (each action
//! as the file holds it, with its file), or CSV for spreadsheets: one
//! table, one row per action and one per thing it holds (actor, family,
//! criterion, note, report, open question), each row repeating the
//! action's id, title, status and start so a filter keeps them together
//! (docs/actions.md).

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use super::{Ctx, ListArgs};
use crate::export::csv::cell;
use crate::model::{Action, Framework, Lang, Session};
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
    Csv,
}

/// Lists the actions of every session given, in the order given.
pub fn run(args: &ListArgs, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut not_utf8 = Vec::new();
    let files: Vec<PathBuf> = crate::territory::expand(&args.files, &mut not_utf8);
    let mut sessions = Vec::new();
    for f in &files {
        sessions.push((f.clone(), crate::store::load_session(f)?));
    }
    match args.format {
        ListFormat::Text => text(&sessions, ctx.framework, ctx.lang, out),
        ListFormat::Json => json(&sessions, out),
        ListFormat::Csv => csv(&sessions, ctx.framework, out),
    }
}

/// An action as JSON: the file it is in, then its fields as the file
/// holds them.
#[derive(Serialize)]
struct Listed<'a> {
    file: String,
    #[serde(flatten)]
    action: &'a Action,
}

fn json(sessions: &[(PathBuf, Session)], out: &mut dyn Write) -> anyhow::Result<()> {
    let listed: Vec<Listed> = sessions
        .iter()
        .flat_map(|(f, s)| {
            s.actions.iter().map(|action| Listed {
                file: f.display().to_string(),
                action,
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &listed)?;
    writeln!(out)?;
    Ok(())
}

/// The CSV's columns.
const COLUMNS: [&str; 11] = [
    "session", "action", "title", "status", "started", "row", "ref", "text", "kind", "date", "by",
];

/// One table: a row `action` (its what and why in `text`), `generalise`,
/// then a row per actor (`kind`: its kind), family (`ref`: its id, `text`:
/// its label in the session's language), criterion (`ref`: its id,
/// `text`: its wording), note (`ref`: its id, `text`: its words), report
/// (`ref`: its id, `date`, `by`), open question. Every text goes through
/// the formula rule of every CSV (`export::csv::cell`).
fn csv(sessions: &[(PathBuf, Session)], fw: &Framework, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for (_, s) in sessions {
        for a in &s.actions {
            for row in rows(s, fw, a) {
                let head = [
                    &s.title,
                    &a.id.to_string(),
                    &a.title,
                    a.status.name(),
                    &a.started.map(|d| d.to_string()).unwrap_or_default(),
                ];
                let line: Vec<String> = head
                    .into_iter()
                    .chain(row.iter().map(String::as_str))
                    .map(cell)
                    .collect();
                w.write_record(&line)?;
            }
        }
    }
    w.flush()?;
    Ok(())
}

/// The rows of one action, from `row` on (`row`, `ref`, `text`, `kind`,
/// `date`, `by`).
fn rows(s: &Session, fw: &Framework, a: &Action) -> Vec<[String; 6]> {
    let row = |kind: &str, r: String, text: &str| {
        [
            kind.to_string(),
            r,
            text.to_string(),
            String::new(),
            String::new(),
            String::new(),
        ]
    };
    let mut out = vec![row("action", String::new(), &a.what)];
    if !a.generalise.is_empty() {
        out.push(row("generalise", String::new(), &a.generalise));
    }
    for x in &a.actors {
        let mut r = row("actor", String::new(), &x.name);
        r[3] = x.kind.map(|k| k.name().to_string()).unwrap_or_default();
        out.push(r);
    }
    for f in &a.families {
        let label = fw.family(f).map(|f| f.labels.get(s.language).to_string());
        out.push(row("family", f.clone(), &label.unwrap_or_default()));
    }
    for c in &a.criteria {
        let words = s
            .criterion(c)
            .map(|c| c.wording.as_str())
            .unwrap_or_default();
        out.push(row("criterion", c.clone(), words));
    }
    for n in &a.notes {
        let words = s
            .note_index(*n)
            .map(|i| s.notes[i].text.as_str())
            .unwrap_or_default();
        out.push(row("note", n.to_string(), words));
    }
    for r in &a.reports {
        let mut line = row("report", r.id.to_string(), &r.text);
        line[4] = r.date.to_string();
        line[5] = r.by.clone();
        out.push(line);
    }
    for q in &a.questions {
        out.push(row("question", String::new(), q));
    }
    out
}

/// For people: each action, its status and start, who is in it, what it
/// answers, its latest report and how many questions are open.
fn text(
    sessions: &[(PathBuf, Session)],
    fw: &Framework,
    lang: Lang,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    for (f, s) in sessions {
        if sessions.len() > 1 {
            writeln!(out, "== {} ==", f.display())?;
        }
        if s.actions.is_empty() {
            writeln!(out, "{}", tr!(lang, "action-list-none"))?;
        }
        for a in &s.actions {
            action_text(fw, a, lang, out)?;
        }
    }
    Ok(())
}

fn action_text(fw: &Framework, a: &Action, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    let short: String = a.id.to_string().chars().take(8).collect();
    writeln!(out, "{short}  {}", a.title)?;
    let status = a.status.label().say(lang);
    let line = match a.started {
        Some(d) => tr!(
            lang,
            "action-list-since",
            status = status,
            started = d.to_string()
        ),
        None => status,
    };
    writeln!(out, "  {line}")?;
    if !a.actors.is_empty() {
        let actors: Vec<String> = a
            .actors
            .iter()
            .map(|x| match x.kind {
                Some(k) => format!("{} ({})", x.name, k.label().say(lang)),
                None => x.name.clone(),
            })
            .collect();
        writeln!(
            out,
            "  {}",
            tr!(lang, "action-list-actors", actors = actors.join(", "))
        )?;
    }
    let families: Vec<String> = a
        .families
        .iter()
        .map(|f| match fw.family(f) {
            Some(fam) => format!("{} {}", fam.key, fam.labels.get(lang)),
            None => f.clone(),
        })
        .collect();
    writeln!(
        out,
        "  {}",
        tr!(
            lang,
            "action-list-answers",
            families = families.len() as u64,
            names = families.join(", "),
            criteria = a.criteria.len() as u64,
            notes = a.notes.len() as u64
        )
    )?;
    if let Some(r) = a.latest_report() {
        let said = tr!(
            lang,
            "action-list-report",
            date = r.date.to_string(),
            by = r.by.as_str(),
            text = r.text.as_str()
        );
        writeln!(out, "  {said}")?;
    }
    if !a.questions.is_empty() {
        let n = a.questions.len() as u64;
        writeln!(out, "  {}", tr!(lang, "action-list-questions", n = n))?;
    }
    Ok(())
}
