//! A note as the session file holds it, written directly: the bytes `ron`'s
//! pretty serializer gives for a note in a session, made without going
//! through serde. The notes are nearly all of a large file, and profiling
//! the save (`perf record` on `cargo bench --bench io`) showed most of its
//! time in the serializer's per-field work: checking each field name is a
//! valid identifier (`write_identifier`, `validate_identifier`,
//! `is_ident_raw_char`: a sixth of the time), and dispatching each value.
//!
//! `ron` stays the reference: the tests compare this writer's bytes with
//! the serializer's for any note (any text, quotes, hashes, line breaks,
//! every optional field), and a note this writer does not cover (one with
//! a reconciliation, rare) is serialized by `ron` itself.

use std::fmt::Write as _;

use crate::model::Note;

/// Appends the note, at the depth notes have in a session file, as `ron`
/// would; `false` (and nothing appended) when `ron` must write it.
pub fn write_note(out: &mut String, note: &Note) -> bool {
    // Every field named, so a field added to `Note` must be added here.
    let Note {
        id,
        group,
        question,
        text,
        family,
        component,
        criterion,
        reconciled,
        coder,
        created,
        modified,
    } = note;
    if reconciled.is_some() {
        return false;
    }
    out.push_str("        (\n");
    field(out, "id");
    let _ = write!(out, "\"{id}\"");
    end(out);
    field(out, "group");
    string(out, group);
    end(out);
    field(out, "question");
    string(out, question);
    end(out);
    field(out, "text");
    string(out, text);
    end(out);
    field(out, "family");
    option(out, family.as_deref());
    end(out);
    field(out, "component");
    option(out, component.as_deref());
    end(out);
    // Written only when there is one (`skip_serializing_if`).
    if let Some(criterion) = criterion {
        field(out, "criterion");
        string(out, criterion);
        end(out);
    }
    field(out, "coder");
    string(out, coder);
    end(out);
    field(out, "created");
    let _ = write!(out, "\"{created}\"");
    end(out);
    field(out, "modified");
    let _ = write!(out, "\"{modified}\"");
    end(out);
    out.push_str("        ),\n");
    true
}

fn field(out: &mut String, name: &str) {
    out.push_str("            ");
    out.push_str(name);
    out.push_str(": ");
}

fn end(out: &mut String) {
    out.push_str(",\n");
}

/// An option as `ron` writes it with implicit `Some`: the value, or `None`.
fn option(out: &mut String, value: Option<&str>) {
    match value {
        Some(v) => string(out, v),
        None => out.push_str("None"),
    }
}

/// A string as `ron` writes it without escaping: quoted as it is, or, when
/// it holds a quote or a backslash, as a raw string with one more `#` than
/// the longest run of `#` in it.
fn string(out: &mut String, value: &str) {
    if value.contains(['"', '\\']) {
        let mut run = 0;
        let mut longest = 0;
        for c in value.chars() {
            if c == '#' {
                run += 1;
                longest = longest.max(run);
            } else {
                run = 0;
            }
        }
        let hashes = longest + 1;
        out.push('r');
        (0..hashes).for_each(|_| out.push('#'));
        out.push('"');
        out.push_str(value);
        out.push('"');
        (0..hashes).for_each(|_| out.push('#'));
    } else {
        out.push('"');
        out.push_str(value);
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Coding, Reconciliation};
    use proptest::prelude::*;

    /// What `ron` writes for these notes in a session.
    fn by_ron(notes: &[Note]) -> String {
        let mut buf = String::new();
        let range = super::super::write::chunk_text_ron(notes, &mut buf).unwrap();
        buf[range].to_string()
    }

    fn by_hand(notes: &[Note]) -> Option<String> {
        let mut out = String::new();
        notes.iter().all(|n| write_note(&mut out, n)).then_some(out)
    }

    fn note(text: &str) -> Note {
        Note::new("g", "wellbeing", text, "Ana")
    }

    #[test]
    fn strings_as_ron_writes_them() {
        let texts = [
            "plain",
            "",
            "l'école",
            "a \"quote\"",
            "back\\slash",
            "##\"# and ###",
            "\"#",
            "line\nbreak\ttab",
            "🙂 عربى",
            "r#\"raw\"#",
        ];
        let mut notes: Vec<Note> = texts.iter().map(|t| note(t)).collect();
        notes[1].family = Some("personal_relations".into());
        notes[2].component = Some("family".into());
        notes[3].criterion = Some("c\"1".into());
        notes[4].coder = "#\"".into();
        assert_eq!(by_hand(&notes).unwrap(), by_ron(&notes));
    }

    #[test]
    fn a_reconciled_note_is_left_to_ron() {
        let mut n = note("x");
        n.reconciled = Some(Reconciliation {
            codings: vec![Coding {
                coder: "A".into(),
                family: None,
                component: None,
            }],
            decided_by: None,
            decided: None,
        });
        let mut out = String::from("before");
        assert!(!write_note(&mut out, &n));
        assert_eq!(out, "before");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn any_note_is_written_as_ron_writes_it(
            text in any::<String>(),
            group in "[#\"\\\\a-z\n]{0,6}",
            family in proptest::option::of("[a-z_#\"]{0,8}"),
            component in proptest::option::of(any::<String>()),
            criterion in proptest::option::of("[#\"a-f0-9-]{0,12}"),
            coder in any::<String>(),
            seconds in 0i64..4_000_000_000,
            nanos in prop_oneof![Just(0i32), 0i32..1_000_000_000],
        ) {
            let mut n = Note::new("g", "wellbeing", "", "");
            // Any text, even what `Note::new` would clean.
            n.text = text;
            n.group = group;
            n.family = family;
            n.component = component;
            n.criterion = criterion;
            n.coder = coder;
            n.created = jiff::Timestamp::new(seconds, nanos).unwrap();
            n.modified = jiff::Timestamp::from_second(seconds + 17).unwrap();
            let notes = [n];
            prop_assert_eq!(by_hand(&notes).unwrap(), by_ron(&notes));
        }
    }
}
