//! Several facilitators, several coders: `merge`, `blind`, `agree`, and
//! `import --codings`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use super::{
    AgreeFormat, ImportEncoding, import_error, load_all, lock_to_write, read_import, save_new,
};
use crate::agree::{Agreement, Measures, agreement};
use crate::model::{Framework, Lang};
use crate::store;
use crate::text::{pad, truncate};

/// `spiral merge FILE... -o OUT`.
pub fn merge(files: &[PathBuf], output: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    if output.exists() {
        bail!(
            "{} already exists; the merge writes a new file",
            output.display()
        );
    }
    let sessions = load_all(files)?;
    let merged = crate::merge::merge(&sessions)?;
    save_new(output, &merged.session)?;
    let s = &merged.session;
    writeln!(
        out,
        "merged {} files into {}: {} groups, {} notes, {} criteria",
        files.len(),
        output.display(),
        s.groups.len(),
        s.notes.len(),
        s.criteria.len()
    )?;
    for line in merged.report() {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// `spiral blind FILE --coder NAME -o OUT`.
pub fn blind(file: &Path, coder: &str, output: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let coder = crate::text::clean(coder);
    if coder.is_empty() {
        bail!("the coder's name is empty");
    }
    if output.exists() {
        bail!(
            "{} already exists; the blind copy is a new file",
            output.display()
        );
    }
    let mut session = store::load_session(file)?;
    for n in &mut session.notes {
        n.family = None;
        n.component = None;
        n.criterion = None;
        n.coder = coder.clone();
    }
    session.criteria.clear();
    session.facilitators = vec![coder.clone()];
    save_new(output, &session)?;
    writeln!(
        out,
        "wrote {}: {} notes, uncoded, for {coder}",
        output.display(),
        session.notes.len()
    )?;
    Ok(())
}

/// `spiral import FILE --codings PATH`.
pub fn import_codings(
    file: &Path,
    framework: &Framework,
    codings: &Path,
    encoding: ImportEncoding,
) -> anyhow::Result<String> {
    let _lock = lock_to_write(file, "close it first, then import")?;
    let mut session = store::load_session(file)?;
    let (shown, text) = read_import(codings, encoding)?;
    let recoded = crate::import::apply_codings(&mut session, framework, &text, &shown)
        .map_err(|e| import_error(&shown, e))?;
    store::save_session(file, &session)
        .with_context(|| format!("{}: cannot write", file.display()))?;
    Ok(format!(
        "read {} codings; {} notes of {} changed",
        recoded.rows,
        recoded.changed,
        file.display()
    ))
}

/// `spiral agree FILE...`.
pub fn agree(
    files: &[PathBuf],
    framework: &Framework,
    format: AgreeFormat,
    lang: Option<Lang>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let sessions = load_all(files)?;
    let first = &sessions[0].1;
    for (name, s) in &sessions[1..] {
        if s.framework != first.framework {
            bail!(
                "{} was coded with framework `{}` and {name} with `{}`; codings of different frameworks cannot be compared",
                sessions[0].0,
                first.framework.id,
                s.framework.id
            );
        }
    }
    let lang = lang.unwrap_or(first.language);
    let r = agreement(&sessions, framework, lang);
    match format {
        AgreeFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &r)?;
            writeln!(out)?;
        }
        AgreeFormat::Table => table(&r, out)?,
    }
    Ok(())
}

fn number(x: Option<f64>) -> String {
    x.map_or("undefined".into(), |v| format!("{v:.3}"))
}

fn table(r: &Agreement, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(
        out,
        "Agreement of {} coders ({}) on {} shared notes; {} coded by two or more",
        r.coders.len(),
        r.coders.join(", "),
        r.shared_notes,
        r.pairable
    )?;
    writeln!(out)?;
    measures(&r.families, "Families", out)?;
    if r.components.units > 0 {
        writeln!(out)?;
        measures(&r.components, "Components (where coders gave one)", out)?;
    }
    Ok(())
}

fn measures(m: &Measures, title: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, "{title}: {} notes", m.units)?;
    writeln!(
        out,
        "  percent agreement   {}",
        m.percent
            .map_or("undefined".into(), |p| format!("{:.1} %", p * 100.0))
    )?;
    if m.confusion.kind == "coders" {
        writeln!(out, "  Cohen's kappa       {}", number(m.cohen_kappa))?;
    }
    writeln!(
        out,
        "  Krippendorff's alpha {}",
        number(m.krippendorff_alpha)
    )?;
    if m.krippendorff_alpha.is_none() && m.units > 0 {
        writeln!(
            out,
            "  (undefined: only one category was used, so chance explains every agreement)"
        )?;
    }
    writeln!(out, "  per value (codings, agreement):")?;
    for v in &m.per_family {
        writeln!(
            out,
            "    {} {:>5}  {}",
            pad(&truncate(&v.label, 44), 44),
            v.codings,
            v.agreement
                .map_or("–".into(), |a| format!("{:.0} %", a * 100.0))
        )?;
    }
    let c = &m.confusion;
    if !c.values.is_empty() {
        writeln!(
            out,
            "  confusion ({}):",
            if c.kind == "coders" {
                "rows: first coder, columns: second"
            } else {
                "coincidences between all coders"
            }
        )?;
        let mut head = "    ".to_string() + &pad("", 26);
        for i in 0..c.values.len() {
            head.push_str(&format!("{:>6}", i + 1));
        }
        writeln!(out, "{head}")?;
        for (i, row) in c.matrix.iter().enumerate() {
            let mut line = format!("    {:>2} {}", i + 1, pad(&truncate(&c.values[i], 22), 23));
            for x in row {
                if x.fract() == 0.0 {
                    line.push_str(&format!("{x:>6}"));
                } else {
                    line.push_str(&format!("{x:>6.1}"));
                }
            }
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
