//! `spiral synthesis`: per family, each criterion with its count (by
//! question too) and the citizens' words behind it.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;

use super::Ctx;
use super::shared::language;
use crate::export::csv::cell;
use crate::model::Lang;
use crate::model::question_name;
use crate::profile::SynthesisReport;
use crate::tr;

/// Print the synthesis: per family, each criterion with its count (by
/// question too) and the citizens' words behind it.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = SynthesisFormat::Table)]
    pub format: SynthesisFormat,
    /// The language of family labels (default: the first session's).
    #[arg(long)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SynthesisFormat {
    Table,
    Csv,
    Json,
}

/// Reads the sessions, makes the synthesis, prints it.
pub fn run(args: Args, ctx: &Ctx, out: &mut dyn Write) -> anyhow::Result<()> {
    let sessions = crate::ops::load_all(&args.files)?;
    let lang = language(args.lang, &sessions);
    let report = crate::profile::synthesis_report(&sessions, ctx.framework, lang);
    print(&report, args.format, ctx.lang, out)
}

/// Writes a synthesis report in the chosen format (a table's words in
/// `lang`, the command's).
pub fn print(
    report: &SynthesisReport,
    format: SynthesisFormat,
    lang: Lang,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        SynthesisFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            writeln!(out)?;
        }
        SynthesisFormat::Csv => csv(report, out)?,
        SynthesisFormat::Table => table(report, lang, out)?,
    }
    Ok(())
}

/// One row per note merged into a criterion:
/// `family,criterion,count,<one column per question>,session,group,question,note`;
/// a text that would read as a formula gets a leading `'`.
fn csv(r: &SynthesisReport, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let mut header = vec!["family".to_string(), "criterion".into(), "count".into()];
    header.extend(r.questions.iter().map(|q| cell(q)));
    header.extend(["session", "group", "question", "note"].map(String::from));
    w.write_record(&header)?;
    for f in &r.families {
        for c in &f.criteria {
            for n in &c.notes {
                let mut row = vec![cell(&f.id), cell(&c.wording), c.count.to_string()];
                row.extend(c.by_question.iter().map(u64::to_string));
                row.extend([
                    cell(&n.session),
                    cell(&n.group),
                    cell(&n.question),
                    cell(&n.text),
                ]);
                w.write_record(&row)?;
            }
        }
    }
    w.flush()?;
    Ok(())
}

fn table(r: &SynthesisReport, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    let criteria: usize = r.families.iter().map(|f| f.criteria.len()).sum();
    let merged: u64 = r
        .families
        .iter()
        .flat_map(|f| &f.criteria)
        .map(|c| c.count)
        .sum();
    let not_merged: u64 = r.families.iter().map(|f| f.not_merged).sum();
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "cli-synthesis-title",
            criteria = criteria as u64,
            merged = merged,
            not_merged = not_merged
        )
    )?;
    for f in &r.families {
        if f.criteria.is_empty() && f.not_merged == 0 {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "{}", f.label)?;
        for c in &f.criteria {
            let by: Vec<String> = r
                .questions
                .iter()
                .zip(&c.by_question)
                .map(|(q, n)| format!("{} {}", question_name(q, lang), lang.count(*n)))
                .collect();
            writeln!(
                out,
                "  {} · {} ({})",
                c.wording,
                lang.count(c.count),
                by.join(", ")
            )?;
            for n in &c.notes {
                if r.sessions.len() > 1 {
                    writeln!(
                        out,
                        "      “{}” ({}, {}, {})",
                        n.text,
                        n.session,
                        n.group,
                        question_name(&n.question, lang)
                    )?;
                } else {
                    let question = question_name(&n.question, lang);
                    writeln!(out, "      “{}” ({}, {question})", n.text, n.group)?;
                }
            }
        }
        if f.not_merged > 0 {
            writeln!(
                out,
                "  {}",
                tr!(lang, "cli-synthesis-not-merged", n = f.not_merged)
            )?;
        }
    }
    Ok(())
}
