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
//!   the coding attributed to its coder as a user.
//!
//! GUIDs are the notes' own ids, and for everything else derived (UUID v5)
//! from what it stands for, so the same sessions export to the same
//! project.

use std::collections::{BTreeMap, HashMap};
use std::io::{Cursor, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use uuid::Uuid;
use zip::write::SimpleFileOptions;

use super::{ExportError, Options, family_rgb};
use crate::model::{Framework, Session};

/// The namespace of spiral's derived GUIDs.
const NAMESPACE: Uuid = Uuid::from_u128(0x5b1a_7c3e_9d2f_4e61_8a0b_c4d5_e6f7_0819);

fn guid(kind: &str, key: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}\u{1f}{key}").as_bytes()).to_string()
}

type Xml = Writer<Cursor<Vec<u8>>>;

/// Only the characters XML 1.0 allows (a hand-edited session file could
/// hold a control character that the app itself never lets in).
fn xml_chars(s: &str) -> std::borrow::Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
    };
    if s.chars().all(allowed) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().filter(|&c| allowed(c)).collect())
    }
}

fn start(w: &mut Xml, name: &str, attrs: &[(&str, &str)]) -> Result<(), ExportError> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, xml_chars(v).as_ref()));
    }
    w.write_event(Event::Start(e))?;
    Ok(())
}

fn empty(w: &mut Xml, name: &str, attrs: &[(&str, &str)]) -> Result<(), ExportError> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, xml_chars(v).as_ref()));
    }
    w.write_event(Event::Empty(e))?;
    Ok(())
}

fn end(w: &mut Xml, name: &str) -> Result<(), ExportError> {
    w.write_event(Event::End(BytesEnd::new(name)))?;
    Ok(())
}

fn text_element(w: &mut Xml, name: &str, text: &str) -> Result<(), ExportError> {
    start(w, name, &[])?;
    w.write_event(Event::Text(BytesText::new(&xml_chars(text))))?;
    end(w, name)
}

/// The project: `project.qde` and the sources, zipped.
pub fn project(
    sessions: &[(String, Session)],
    framework: &Framework,
    options: &Options,
    now: jiff::Timestamp,
) -> Result<Vec<u8>, ExportError> {
    let lang = options.lang;
    let now = now.to_string();
    // Users: every coder, in order of first appearance.
    let mut users: Vec<String> = Vec::new();
    for (_, s) in sessions {
        for n in &s.notes {
            if !n.coder.is_empty() && !users.contains(&n.coder) {
                users.push(n.coder.clone());
            }
        }
    }
    let user_guid: HashMap<&str, String> = users
        .iter()
        .map(|u| (u.as_str(), guid("user", u)))
        .collect();
    // Codes: family and component GUIDs; families the framework does not
    // know get a code of their own, so no coding is dropped.
    let family_guid = |id: &str| guid("family", id);
    let component_guid = |family: &str, id: &str| guid("component", &format!("{family}/{id}"));
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
    // session exported twice, a copied file) gets one derived from its file,
    // so every GUID and every file in the zip is unique.
    let mut used = std::collections::HashSet::new();
    let source_guids: Vec<Vec<String>> = sessions
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

    if !users.is_empty() {
        start(&mut w, "Users", &[])?;
        for u in &users {
            empty(
                &mut w,
                "User",
                &[("guid", &user_guid[u.as_str()]), ("name", u)],
            )?;
        }
        end(&mut w, "Users")?;
    }

    start(&mut w, "CodeBook", &[])?;
    start(&mut w, "Codes", &[])?;
    for f in &framework.families {
        let color = family_rgb(f.key);
        start(
            &mut w,
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
            text_element(&mut w, "Description", description)?;
        }
        for c in &f.components {
            empty(
                &mut w,
                "Code",
                &[
                    ("guid", &component_guid(&f.id, &c.id)),
                    ("name", c.labels.get(lang)),
                    ("isCodable", "true"),
                    ("color", color),
                ],
            )?;
        }
        end(&mut w, "Code")?;
    }
    for id in unknown.keys() {
        empty(
            &mut w,
            "Code",
            &[
                ("guid", &family_guid(id)),
                ("name", id),
                ("isCodable", "true"),
            ],
        )?;
    }
    end(&mut w, "Codes")?;
    end(&mut w, "CodeBook")?;

    let question_var = guid("variable", "question");
    let session_var = guid("variable", "session");
    let participants_var = guid("variable", "participants");
    start(&mut w, "Variables", &[])?;
    for (g, name, kind) in [
        (&question_var, "Question", "Text"),
        (&session_var, "Session", "Text"),
        (&participants_var, "Participants", "Integer"),
    ] {
        empty(
            &mut w,
            "Variable",
            &[("guid", g), ("name", name), ("typeOfVariable", kind)],
        )?;
    }
    end(&mut w, "Variables")?;

    // Cases: the groups (of every session), each naming its notes.
    let has_groups = sessions.iter().any(|(_, s)| !s.groups.is_empty());
    if has_groups {
        start(&mut w, "Cases", &[])?;
        for (k, (file, s)) in sessions.iter().enumerate() {
            for g in &s.groups {
                let case_name = if sessions.len() > 1 {
                    format!("{} · {}", s.title, g.name)
                } else {
                    g.name.clone()
                };
                start(
                    &mut w,
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
                    text_element(&mut w, "Description", &g.description)?;
                }
                if let Some(p) = g.participants {
                    start(&mut w, "VariableValue", &[])?;
                    empty(&mut w, "VariableRef", &[("targetGUID", &participants_var)])?;
                    text_element(&mut w, "IntegerValue", &p.to_string())?;
                    end(&mut w, "VariableValue")?;
                }
                for (i, _) in s.notes.iter().enumerate().filter(|(_, n)| n.group == g.id) {
                    empty(&mut w, "SourceRef", &[("targetGUID", &source_guids[k][i])])?;
                }
                end(&mut w, "Case")?;
            }
        }
        end(&mut w, "Cases")?;
    }

    // Sources: one text per note, its text in Sources/.
    let mut texts: Vec<(String, &str)> = Vec::new();
    let any_note = sessions.iter().any(|(_, s)| !s.notes.is_empty());
    if any_note {
        start(&mut w, "Sources", &[])?;
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
            start(&mut w, "TextSource", &attrs)?;
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
                start(&mut w, "PlainTextSelection", &attrs)?;
                let coding = guid("coding", &id);
                let mut attrs: Vec<(&str, &str)> =
                    vec![("guid", &coding), ("creationDateTime", &modified)];
                if let Some(u) = creator {
                    attrs.push(("creatingUser", u));
                }
                start(&mut w, "Coding", &attrs)?;
                empty(&mut w, "CodeRef", &[("targetGUID", &code)])?;
                end(&mut w, "Coding")?;
                end(&mut w, "PlainTextSelection")?;
            }
            for (var, value) in [(&question_var, question), (&session_var, s.title.as_str())] {
                start(&mut w, "VariableValue", &[])?;
                empty(&mut w, "VariableRef", &[("targetGUID", var)])?;
                text_element(&mut w, "TextValue", value)?;
                end(&mut w, "VariableValue")?;
            }
            end(&mut w, "TextSource")?;
            texts.push((id, n.text.as_str()));
        }
    }
    if any_note {
        end(&mut w, "Sources")?;
    }
    end(&mut w, "Project")?;
    let qde = w.into_inner().into_inner();

    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("project.qde", opts)?;
    zip.write_all(&qde)?;
    for (id, text) in texts {
        zip.start_file(format!("Sources/{id}.txt"), opts)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// Only `project.qde`, for tests that validate it.
pub fn project_xml(bytes: &[u8]) -> Result<String, ExportError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut file = zip.by_name("project.qde")?;
    let mut s = String::new();
    std::io::Read::read_to_string(&mut file, &mut s)?;
    Ok(s)
}
