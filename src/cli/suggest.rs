//! `spiral suggest`: the family suggested for each uncoded note and why,
//! so suggestions can be read and measured; `--leave-one-out` measures
//! them on the coded notes.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;
use serde::Serialize;

use super::Ctx;
use crate::model::{Framework, Note, Session};
use crate::suggest::Suggester;
use crate::tr;

/// The family suggested for every uncoded note, and why; with
/// --leave-one-out, how often the suggestion for each coded note (its
/// own coding left out) is the family its coder chose.
#[derive(Debug, clap::Args)]
pub struct Args {
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = SuggestFormat::Table)]
    pub format: SuggestFormat,
    #[arg(long)]
    pub leave_one_out: bool,
}

/// How `spiral suggest` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SuggestFormat {
    Table,
    Json,
}

#[derive(Debug, Serialize)]
struct Suggested<'a> {
    id: String,
    group: &'a str,
    question: &'a str,
    text: &'a str,
    /// The family's id, `null` when nothing is suggested.
    family: Option<&'a str>,
    key: Option<u8>,
    label: Option<&'a str>,
    /// Why, in English whatever the language (a machine format does not
    /// change with it; the table says it in the command's language).
    reason: Option<String>,
    #[serde(skip)]
    why: Option<crate::suggest::Why>,
}

/// What leave-one-out found: each coded note suggested for as if uncoded
/// (its own coding left out of what the suggester learned).
#[derive(Debug, Serialize, PartialEq)]
pub struct LeaveOneOut {
    /// Notes coded in a family of the framework.
    pub coded: usize,
    /// Of those, the notes something was suggested for.
    pub suggested: usize,
    /// Of those, the notes whose suggestion is the coder's family.
    pub equal: usize,
}

impl LeaveOneOut {
    /// Measures the suggester on `session`'s coded notes.
    pub fn measure(session: &Session, framework: &Framework) -> LeaveOneOut {
        let suggester = Suggester::new(framework, &session.notes);
        let mut m = LeaveOneOut {
            coded: 0,
            suggested: 0,
            equal: 0,
        };
        for note in &session.notes {
            let Some(family) = note
                .family
                .as_deref()
                .and_then(|f| framework.family_index(f))
            else {
                continue;
            };
            m.coded += 1;
            if let Some(s) = suggester.suggest(note) {
                m.suggested += 1;
                m.equal += usize::from(s.family == family);
            }
        }
        m
    }

    fn percent(part: usize, whole: usize, lang: crate::model::Lang) -> String {
        if whole == 0 {
            "–".into()
        } else {
            let n = lang.decimal(100.0 * part as f64 / whole as f64, 1);
            if lang == crate::model::Lang::En {
                format!("{n} %")
            } else {
                format!("{n}\u{a0}%")
            }
        }
    }
}

pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let framework = ctx.framework;
    let Args {
        file,
        format,
        leave_one_out,
    } = args;
    let session = crate::store::load_session(&file)?;
    if leave_one_out {
        let m = LeaveOneOut::measure(&session, framework);
        match format {
            SuggestFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&m)?)?,
            SuggestFormat::Table => {
                let lang = ctx.lang;
                writeln!(
                    out,
                    "{}",
                    tr!(
                        lang,
                        "cli-suggest-measured",
                        coded = m.coded as u64,
                        suggested = m.suggested as u64,
                        suggested_share = LeaveOneOut::percent(m.suggested, m.coded, lang),
                        equal = m.equal as u64,
                        equal_share = LeaveOneOut::percent(m.equal, m.coded, lang),
                        equal_of_suggested = LeaveOneOut::percent(m.equal, m.suggested, lang)
                    )
                )?
            }
        }
        return Ok(());
    }
    let suggester = Suggester::new(framework, &session.notes);
    let lang = session.language;
    let rows: Vec<Suggested> = session
        .notes
        .iter()
        .filter(|n| !known(n, framework))
        .map(|n| {
            let s = suggester.suggest(n);
            let f = s.as_ref().map(|s| &framework.families[s.family]);
            Suggested {
                id: n.id.to_string(),
                group: session
                    .groups
                    .iter()
                    .find(|g| g.id == n.group)
                    .map_or(n.group.as_str(), |g| g.name.as_str()),
                question: &n.question,
                text: &n.text,
                family: f.map(|f| f.id.as_str()),
                key: f.map(|f| f.key),
                label: f.map(|f| f.labels.get(lang)),
                reason: s
                    .as_ref()
                    .map(|s| s.reason.describe(crate::model::Lang::En)),
                why: s.map(|s| s.reason),
            }
        })
        .collect();
    match format {
        SuggestFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?,
        SuggestFormat::Table => {
            for r in &rows {
                let suggested = match (r.key, r.label, &r.why) {
                    (Some(k), Some(l), Some(why)) => {
                        format!("{k} {l} ({})", why.describe(ctx.lang))
                    }
                    _ => tr!(ctx.lang, "cli-suggest-none"),
                };
                writeln!(
                    out,
                    "{} · {} · {}: {suggested}",
                    r.group, r.question, r.text
                )?;
            }
            writeln!(
                out,
                "{}",
                tr!(ctx.lang, "cli-suggest-uncoded", n = rows.len() as u64)
            )?;
        }
    }
    Ok(())
}

/// Coded in a family the framework knows.
fn known(n: &Note, framework: &Framework) -> bool {
    n.family
        .as_deref()
        .is_some_and(|f| framework.family(f).is_some())
}
