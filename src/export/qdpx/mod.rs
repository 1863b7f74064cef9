//! A REFI-QDA project (`.qdpx`): a zip holding `project.qde` (QDA-XML,
//! `urn:QDA-XML:project:1.0`, valid against `Project.xsd`) and one
//! `Sources/GUID.txt` per note. Read by NVivo, ATLAS.ti, MAXQDA and
//! QualCoder.
//!
//! - families are codes, their components codes nested under them, with
//!   the families' colours;
//! - groups are cases, each with the `Participants` variable and a
//!   reference to each of its notes;
//! - each note is a text source (its text in `Sources/`, referenced as
//!   `internal://GUID.txt`, never inline: some readers fail on inline
//!   content), with the `Question` and `Session` variables and one
//!   selection, the whole text, coded with its component (or its family),
//!   the coding attributed to its coder as a user;
//! - each co-responsibility action is a memo linked from the notes and
//!   family codes it answers, and a set of them (`actions.rs`);
//! - the XML written by a few primitives and every GUID derived in one
//!   place (`xml.rs`).
//!
//! GUIDs are the notes' own ids, and for everything else derived (UUID v5)
//! from what it stands for, so the same sessions export to the same
//! project.

use std::collections::{BTreeMap, HashMap};
use std::io::{Cursor, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, Event};
use uuid::Uuid;
use zip::write::SimpleFileOptions;

use super::{ExportError, Options, family_rgb};
use crate::model::{Framework, Session};
use xml::{Xml, component_guid, empty, end, family_guid, guid, start, text_element};

pub mod actions;
mod xml;

/// The project: `project.qde` and the sources, zipped.
pub fn project(
    sessions: &[(String, Session)],
    framework: &Framework,
    options: &Options,
    now: jiff::Timestamp,
) -> Result<Vec<u8>, ExportError> {
    let p = Plan::of(sessions, framework, options.lang);
    let now = now.to_string();
    let mut w = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let name = sessions
        .iter()
        .map(|(_, s)| s.title.as_str())
        .collect::<Vec<_>>()
        .join(" · ");
    let origin = format!("spiral {}", env!("CARGO_PKG_VERSION"));
    start(
        &mut w,
        "Project",
        &[
            ("xmlns", "urn:QDA-XML:project:1.0"),
            ("name", &name),
            ("origin", &origin),
            ("creationDateTime", &now),
        ],
    )?;
    write_users(&mut w, &p)?;
    write_codebook(&mut w, &p)?;
    write_variables(&mut w, &p)?;
    write_cases(&mut w, &p)?;
    let texts = write_sources(&mut w, &p)?;
    let memos = actions::write_notes(&mut w, &p.actions, framework, options.lang)?;
    let source_of = |session: &Session, note: Uuid| {
        let k = sessions
            .iter()
            .position(|(_, s)| std::ptr::eq(s, session))?;
        Some(p.source_guids[k][session.note_index(note)?].clone())
    };
    actions::write_sets(&mut w, &p.actions, framework, &source_of)?;
    end(&mut w, "Project")?;
    let qde = w.into_inner().into_inner();

    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("project.qde", opts)?;
    zip.write_all(&qde)?;
    let memos = memos.iter().map(|(id, text)| (id.clone(), text.as_str()));
    for (id, text) in texts.into_iter().chain(memos) {
        zip.start_file(format!("Sources/{id}.txt"), opts)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// What the project is made of, decided before a line is written: the
/// users (every coder, in order of first appearance) and their GUIDs, the
/// families the framework does not know (a code of their own each, so no
/// coding is dropped), each note's source GUID, the variables' GUIDs.
struct Plan<'a> {
    sessions: &'a [(String, Session)],
    framework: &'a Framework,
    lang: crate::model::Lang,
    users: Vec<String>,
    user_guid: HashMap<String, String>,
    unknown: BTreeMap<String, ()>,
    source_guids: Vec<Vec<String>>,
    question_var: String,
    session_var: String,
    participants_var: String,
    /// The actions, each a memo and a set.
    actions: Vec<actions::Planned<'a>>,
}

impl<'a> Plan<'a> {
    fn of(
        sessions: &'a [(String, Session)],
        framework: &'a Framework,
        lang: crate::model::Lang,
    ) -> Plan<'a> {
        let mut users: Vec<String> = Vec::new();
        for (_, s) in sessions {
            for n in &s.notes {
                if !n.coder.is_empty() && !users.contains(&n.coder) {
                    users.push(n.coder.clone());
                }
            }
        }
        let user_guid = users.iter().map(|u| (u.clone(), guid("user", u))).collect();
        let mut unknown: BTreeMap<String, ()> = BTreeMap::new();
        for (_, s) in sessions {
            for n in &s.notes {
                if let Some(f) = &n.family
                    && framework.family(f).is_none()
                {
                    unknown.insert(f.clone(), ());
                }
            }
        }
        // A source's GUID is its note's id; a note id met twice (the same
        // session exported twice, a copied file) gets one derived from its
        // file, so every GUID and every file in the zip is unique.
        let mut used = std::collections::HashSet::new();
        let source_guids = sessions
            .iter()
            .enumerate()
            .map(|(k, (file, s))| {
                s.notes
                    .iter()
                    .enumerate()
                    .map(|(i, n)| {
                        let id = n.id.to_string();
                        if used.insert(id.clone()) {
                            id
                        } else {
                            guid("source", &format!("{k}\u{1f}{file}\u{1f}{id}\u{1f}{i}"))
                        }
                    })
                    .collect()
            })
            .collect();
        Plan {
            sessions,
            framework,
            lang,
            users,
            user_guid,
            unknown,
            source_guids,
            question_var: guid("variable", "question"),
            session_var: guid("variable", "session"),
            participants_var: guid("variable", "participants"),
            actions: actions::plan(sessions),
        }
    }
}

/// The users: every coder.
fn write_users(w: &mut Xml, p: &Plan) -> Result<(), ExportError> {
    let (users, user_guid) = (&p.users, &p.user_guid);
    if !users.is_empty() {
        start(w, "Users", &[])?;
        for u in users {
            empty(w, "User", &[("guid", &user_guid[u.as_str()]), ("name", u)])?;
        }
        end(w, "Users")?;
    }

    Ok(())
}

/// The codebook: each family a code, its components codes in it; a
/// family the framework does not know, a code of its own.
fn write_codebook(w: &mut Xml, p: &Plan) -> Result<(), ExportError> {
    let (framework, lang, unknown) = (p.framework, p.lang, &p.unknown);
    start(w, "CodeBook", &[])?;
    start(w, "Codes", &[])?;
    for f in &framework.families {
        let color = family_rgb(f.key);
        start(
            w,
            "Code",
            &[
                ("guid", &family_guid(&f.id)),
                ("name", f.labels.get(lang)),
                ("isCodable", "true"),
                ("color", color),
            ],
        )?;
        let description = f.description.get(lang);
        if !description.is_empty() {
            text_element(w, "Description", description)?;
        }
        actions::family_refs(w, &p.actions, &f.id)?;
        for c in &f.components {
            empty(
                w,
                "Code",
                &[
                    ("guid", &component_guid(&f.id, &c.id)),
                    ("name", c.labels.get(lang)),
                    ("isCodable", "true"),
                    ("color", color),
                ],
            )?;
        }
        end(w, "Code")?;
    }
    for id in unknown.keys() {
        empty(
            w,
            "Code",
            &[
                ("guid", &family_guid(id)),
                ("name", id),
                ("isCodable", "true"),
            ],
        )?;
    }
    end(w, "Codes")?;
    end(w, "CodeBook")?;

    Ok(())
}

/// The variables: a note's question and session, a group's participants.
fn write_variables(w: &mut Xml, p: &Plan) -> Result<(), ExportError> {
    let (question_var, session_var, participants_var) =
        (&p.question_var, &p.session_var, &p.participants_var);
    start(w, "Variables", &[])?;
    for (g, name, kind) in [
        (&question_var, "Question", "Text"),
        (&session_var, "Session", "Text"),
        (&participants_var, "Participants", "Integer"),
    ] {
        empty(
            w,
            "Variable",
            &[("guid", g), ("name", name), ("typeOfVariable", kind)],
        )?;
    }
    end(w, "Variables")?;

    Ok(())
}

/// The cases: the groups (of every session), each naming its notes.
fn write_cases(w: &mut Xml, p: &Plan) -> Result<(), ExportError> {
    let (sessions, source_guids, participants_var) =
        (p.sessions, &p.source_guids, &p.participants_var);
    let has_groups = sessions.iter().any(|(_, s)| !s.groups.is_empty());
    if has_groups {
        start(w, "Cases", &[])?;
        for (k, (file, s)) in sessions.iter().enumerate() {
            for g in &s.groups {
                let case_name = if sessions.len() > 1 {
                    format!("{} · {}", s.title, g.name)
                } else {
                    g.name.clone()
                };
                start(
                    w,
                    "Case",
                    &[
                        (
                            "guid",
                            &guid("case", &format!("{k}\u{1f}{file}\u{1f}{}", g.id)),
                        ),
                        ("name", &case_name),
                    ],
                )?;
                if !g.description.is_empty() {
                    text_element(w, "Description", &g.description)?;
                }
                if let Some(p) = g.participants {
                    start(w, "VariableValue", &[])?;
                    empty(w, "VariableRef", &[("targetGUID", participants_var)])?;
                    text_element(w, "IntegerValue", &p.to_string())?;
                    end(w, "VariableValue")?;
                }
                for (i, _) in s.notes.iter().enumerate().filter(|(_, n)| n.group == g.id) {
                    empty(w, "SourceRef", &[("targetGUID", &source_guids[k][i])])?;
                }
                end(w, "Case")?;
            }
        }
        end(w, "Cases")?;
    }

    Ok(())
}

/// The sources: one text per note, coded with its component (or family);
/// the texts for `Sources/`.
fn write_sources<'a>(w: &mut Xml, p: &Plan<'a>) -> Result<Vec<(String, &'a str)>, ExportError> {
    let (sessions, framework, lang) = (p.sessions, p.framework, p.lang);
    let (user_guid, source_guids) = (&p.user_guid, &p.source_guids);
    let (question_var, session_var) = (&p.question_var, &p.session_var);
    let mut texts: Vec<(String, &'a str)> = Vec::new();
    let any_note = sessions.iter().any(|(_, s)| !s.notes.is_empty());
    if any_note {
        start(w, "Sources", &[])?;
    }
    for (k, (_, s)) in sessions.iter().enumerate() {
        let group_names: HashMap<&str, &str> = s
            .groups
            .iter()
            .map(|g| (g.id.as_str(), g.name.as_str()))
            .collect();
        for (i, n) in s.notes.iter().enumerate() {
            let id = source_guids[k][i].clone();
            let question = s
                .question(&n.question)
                .map_or(n.question.as_str(), |q| q.labels.get(lang));
            let source_name = format!(
                "{} · {} · {}",
                group_names.get(n.group.as_str()).copied().unwrap_or("?"),
                question,
                i + 1
            );
            let path = format!("internal://{id}.txt");
            let created = n.created.to_string();
            let modified = n.modified.to_string();
            let mut attrs: Vec<(&str, &str)> = vec![
                ("guid", &id),
                ("name", &source_name),
                ("plainTextPath", &path),
                ("creationDateTime", &created),
                ("modifiedDateTime", &modified),
            ];
            let creator = user_guid.get(n.coder.as_str());
            if let Some(u) = creator {
                attrs.push(("creatingUser", u));
            }
            start(w, "TextSource", &attrs)?;
            let code = n.family.as_deref().map(|f| match &n.component {
                Some(c)
                    if framework
                        .family(f)
                        .is_some_and(|fam| fam.components.iter().any(|x| x.id == *c)) =>
                {
                    component_guid(f, c)
                }
                _ => family_guid(f),
            });
            if let Some(code) = code {
                let end_position = n.text.chars().count().to_string();
                let selection = guid("selection", &id);
                let mut attrs: Vec<(&str, &str)> = vec![
                    ("guid", &selection),
                    ("name", &n.text),
                    ("startPosition", "0"),
                    ("endPosition", &end_position),
                    ("creationDateTime", &modified),
                ];
                if let Some(u) = creator {
                    attrs.push(("creatingUser", u));
                }
                start(w, "PlainTextSelection", &attrs)?;
                let coding = guid("coding", &id);
                let mut attrs: Vec<(&str, &str)> =
                    vec![("guid", &coding), ("creationDateTime", &modified)];
                if let Some(u) = creator {
                    attrs.push(("creatingUser", u));
                }
                start(w, "Coding", &attrs)?;
                empty(w, "CodeRef", &[("targetGUID", &code)])?;
                end(w, "Coding")?;
                end(w, "PlainTextSelection")?;
            }
            actions::note_refs(w, &p.actions, s, n.id)?;
            for (var, value) in [(&question_var, question), (&session_var, s.title.as_str())] {
                start(w, "VariableValue", &[])?;
                empty(w, "VariableRef", &[("targetGUID", var)])?;
                text_element(w, "TextValue", value)?;
                end(w, "VariableValue")?;
            }
            end(w, "TextSource")?;
            texts.push((id, n.text.as_str()));
        }
    }
    if any_note {
        end(w, "Sources")?;
    }
    Ok(texts)
}

/// Only `project.qde`, for tests that validate it.
pub fn project_xml(bytes: &[u8]) -> Result<String, ExportError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut file = zip.by_name("project.qde")?;
    let mut s = String::new();
    std::io::Read::read_to_string(&mut file, &mut s)?;
    Ok(s)
}
