//! The session's bytes, made fast: everything but the notes by RON's pretty
//! serializer, the notes in chunks over every core (each note written
//! directly, see `note_text.rs`, or by the serializer when that writer does
//! not cover it), the chunks handed on in order as they are done. A save
//! writes each part to the file as it comes (and starts the disk on it), so
//! serializing, writing and flushing overlap instead of following each
//! other.
//!
//! The bytes are exactly those of one call to the serializer on the whole
//! session (the tests compare them): a note that the serializer writes is
//! serialized at the depth notes have in the session (inside a struct, in
//! a list field named `notes`).

use std::path::Path;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Serialize;

use crate::model::{Note, Session};

pub(super) fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME)
        // Text as people write it: "l'école" stays so, rather than the
        // `l\'école` of Rust's escaping. A text holding `"` or `\` is
        // written as a raw string, r#"..."#.
        .escape_strings(false)
}

/// The session as the bytes saved on disk. Field order is the struct order
/// and items keep their order, so saving the same session twice gives the
/// same bytes. (Made on every core: see `session_parts`.)
pub fn session_to_ron(session: &Session) -> String {
    // About what a note takes, so the text is rarely copied as it grows.
    let mut bytes = Vec::with_capacity(4096 + 512 * session.notes.len());
    let made = super::write::session_parts(session, |part| {
        bytes.extend_from_slice(part);
        Ok(())
    });
    match (made, String::from_utf8(bytes)) {
        (Ok(()), Ok(text)) => text,
        _ => session_to_ron_whole(session),
    }
}

/// The session's bytes from one call to the serializer: what
/// `session_to_ron` gives, made on one core.
pub fn session_to_ron_whole(session: &Session) -> String {
    // Plain options: with IMPLICIT_SOME only in the config, the serializer
    // writes the `#![enable(implicit_some)]` header, so any RON reader can
    // read the file.
    let mut s = ron::Options::default()
        .to_string_pretty(session, pretty())
        .expect("a session always serializes");
    s.push('\n');
    s
}

/// Writes a new session file; never replaces one that exists.
pub fn save_new_session(path: &Path, session: &Session) -> std::io::Result<()> {
    super::atomic::write_new_with(path, |file| write_session(file, session))
}

/// Saves a session atomically (see `write_atomically`), keeping the
/// previous version as `FILE.bak`. The bytes go to the file as they are
/// made (see `write.rs`).
pub fn save_session(path: &Path, session: &Session) -> std::io::Result<()> {
    save_session_stamped(path, session).map(drop)
}

/// `save_session`, returning the stamp of the file as written, taken from
/// the file itself before its rename; where the path still leads to that
/// very file (same device and inode) after it, as it is then (some file
/// systems set the time when the file is closed). A version another
/// program put in place at once is never taken for this one, and a
/// deletion is still seen as one.
pub fn save_session_stamped(path: &Path, session: &Session) -> std::io::Result<super::Stamp> {
    save_session_unless_changed(path, session, None)
}

/// `save_session_stamped`, only over the version `expected`
/// (`atomic::write_atomically_unless_changed`).
pub fn save_session_unless_changed(
    path: &Path,
    session: &Session,
    expected: Option<super::Stamp>,
) -> std::io::Result<super::Stamp> {
    let written = super::atomic::write_atomically_unless_changed(path, expected, |file| {
        write_session(file, session)
    })?;
    // What was written, from the file itself before its rename: never the
    // path afterwards, where a sync engine may already have put another
    // version (which would then pass for this one and be written over).
    let written =
        super::Stamp::of(&written).ok_or_else(|| std::io::Error::other("no modification time"))?;
    Ok(match super::stamp(path) {
        Some(now) if now.same_file(&written) => now,
        _ => written,
    })
}

fn write_session(file: &mut super::atomic::Filling, session: &Session) -> std::io::Result<()> {
    session_parts(session, |part| file.write(part))
}

/// Notes per chunk at most: large enough that a chunk's overhead is
/// nothing, small enough that the cores share the work and the first bytes
/// go out early.
const CHUNK: usize = 2_048;
/// Notes per chunk at least.
const SMALLEST_CHUNK: usize = 256;

/// Notes per chunk for a session of `notes`: a few chunks per core, so a
/// middle-sized session is shared evenly and starts writing soon.
fn chunk_size(notes: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    (notes / (4 * cores)).clamp(SMALLEST_CHUNK, CHUNK)
}

/// The notes of one chunk, at the depth they have in a session.
#[derive(Serialize)]
struct Chunk<'a> {
    notes: &'a [Note],
}

/// Hands the session's bytes to `emit`, in order, in parts.
pub fn session_parts(
    session: &Session,
    mut emit: impl FnMut(&[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if session.notes.is_empty() {
        return emit(session_to_ron_whole(session).as_bytes());
    }
    // Everything but the notes, which are the last field: it ends with
    // the empty list, where the notes go.
    let head = session_to_ron_whole(&without_notes(session));
    let Some(cut) = head
        .rfind(EMPTY_NOTES)
        .filter(|&at| head[at..] == *EMPTY_NOTES_END)
    else {
        // Not the shape this relies on (a field after the notes): one call.
        return emit(session_to_ron_whole(session).as_bytes());
    };
    emit(&head.as_bytes()[..cut])?;
    emit(b"    notes: [\n")?;
    let chunks: Vec<&[Note]> = session
        .notes
        .chunks(chunk_size(session.notes.len()))
        .collect();
    let mut failed = None;
    in_order(&chunks, |part| match part {
        Some(text) if failed.is_none() => {
            if let Err(e) = emit(text.as_bytes()) {
                failed = Some(e);
            }
        }
        Some(_) => {}
        None => {
            failed.get_or_insert_with(|| {
                crate::i18n::io_error(
                    std::io::ErrorKind::Other,
                    crate::msg!("store-chunk-unserialized"),
                )
            });
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    emit(b"    ],\n)\n")
}

const EMPTY_NOTES: &str = "    notes: [],\n)";
const EMPTY_NOTES_END: &str = "    notes: [],\n)\n";

/// The session with no notes, every other field as it is. (Listing every
/// field, so a field added to `Session` must be looked at here.)
fn without_notes(s: &Session) -> Session {
    let Session {
        version,
        title,
        place,
        date,
        facilitators,
        language,
        framework,
        questions,
        groups,
        criteria,
        actions,
        deleted_actions,
        deleted,
        notes: _,
    } = s;
    Session {
        version: *version,
        title: title.clone(),
        place: place.clone(),
        date: *date,
        facilitators: facilitators.clone(),
        language: *language,
        framework: framework.clone(),
        questions: questions.clone(),
        groups: groups.clone(),
        criteria: criteria.clone(),
        actions: actions.clone(),
        deleted_actions: deleted_actions.clone(),
        deleted: deleted.clone(),
        notes: Vec::new(),
    }
}

/// Writes one chunk's notes into `buf` (emptied first), as they appear in
/// the session's text: where they are in it (`None` when a note the
/// serializer had to write did not come out in the expected shape).
fn chunk_text(notes: &[Note], buf: &mut String) -> Option<std::ops::Range<usize>> {
    buf.clear();
    let mut by_ron = String::new();
    for note in notes {
        if !super::note_text::write_note(buf, note) {
            let range = chunk_text_ron(std::slice::from_ref(note), &mut by_ron)?;
            buf.push_str(&by_ron[range]);
        }
    }
    Some(0..buf.len())
}

/// The serializer's text for notes in a session, in `buf` (emptied
/// first): where the notes are in it.
pub(super) fn chunk_text_ron(notes: &[Note], buf: &mut String) -> Option<std::ops::Range<usize>> {
    buf.clear();
    ron::Options::default()
        .to_writer_pretty(&mut *buf, &Chunk { notes }, pretty())
        .ok()?;
    let start = buf.find("    notes: [\n")? + "    notes: [\n".len();
    let end = buf.rfind("    ],\n)")?;
    (start <= end).then_some(start..end)
}

/// Serializes the chunks on every core and hands each text to `take` in
/// the chunks' order, as soon as it and those before it are done. Buffers
/// go back to the workers once taken, so a large session is made without
/// fresh memory for every chunk (which the kernel would have to zero).
fn in_order(chunks: &[&[Note]], mut take: impl FnMut(Option<&str>)) {
    if let [only] = chunks {
        let mut buf = String::new();
        let range = chunk_text(only, &mut buf);
        return take(range.map(|r| &buf[r]));
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
        .min(chunks.len());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let pool = std::sync::Mutex::new(Vec::<String>::new());
    type Done = (usize, String, Option<std::ops::Range<usize>>);
    let (done, inbox) = std::sync::mpsc::channel::<Done>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let done = done.clone();
            let (next, pool) = (&next, &pool);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(chunk) = chunks.get(i) else { break };
                    let mut buf = pool
                        .lock()
                        .ok()
                        .and_then(|mut p| p.pop())
                        .unwrap_or_default();
                    let range = chunk_text(chunk, &mut buf);
                    if done.send((i, buf, range)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done);
        // Chunks finished out of order wait here for those before them.
        let mut waiting = std::collections::BTreeMap::new();
        let mut want = 0;
        for (i, buf, range) in inbox {
            waiting.insert(i, (buf, range));
            while let Some((buf, range)) = waiting.remove(&want) {
                take(range.map(|r| &buf[r]));
                if let Ok(mut p) = pool.lock() {
                    p.push(buf);
                }
                want += 1;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Framework, Group, Lang};

    fn session(notes: usize) -> Session {
        let mut s = Session::new("Fittja", &Framework::default_framework(), Lang::Sv);
        let mut g = Group::new("Unga");
        g.id = "g".into();
        s.groups.push(g);
        for i in 0..notes {
            let mut n = Note::new(
                "g",
                "wellbeing",
                &format!("Note {i}: \"quoted\", l'école, back\\slash, 🙂"),
                "Ana",
            );
            if i % 3 == 0 {
                n.family = Some("personal_relations".into());
            }
            if i % 97 == 5 {
                // Written by the serializer, amid notes written directly.
                n.reconciled = Some(crate::model::Reconciliation {
                    codings: vec![crate::model::Coding {
                        coder: "Ana".into(),
                        family: Some("personal_relations".into()),
                        component: None,
                    }],
                    decided_by: Some("Bo".into()),
                    decided: Some(n.created),
                });
            }
            s.notes.push(n);
        }
        s
    }

    fn parts(s: &Session) -> String {
        let mut out = Vec::new();
        session_parts(s, |b| {
            out.extend_from_slice(b);
            Ok(())
        })
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_parts_are_the_bytes_of_one_call_to_the_serializer() {
        for n in [
            0,
            1,
            SMALLEST_CHUNK + 1,
            CHUNK,
            CHUNK + 1,
            3 * CHUNK,
            5 * CHUNK + 17,
        ] {
            let s = session(n);
            assert_eq!(parts(&s), super::session_to_ron_whole(&s), "{n} notes");
            // And with notes they were made in parts (the head, the list's
            // opening, the chunks, the end), not by the one-call fallback;
            // beyond the largest chunk, in several chunks.
            let mut count = 0;
            session_parts(&s, |_| {
                count += 1;
                Ok(())
            })
            .unwrap();
            match n {
                0 => assert_eq!(count, 1),
                n if n > CHUNK => assert!(count >= 5, "{n} notes in {count} parts"),
                n => assert!(count >= 4, "{n} notes in {count} parts"),
            }
        }
    }

    #[test]
    fn a_failed_write_stops_the_save_with_its_error() {
        let s = session(3 * CHUNK);
        let mut calls = 0;
        let result = session_parts(&s, |_| {
            calls += 1;
            if calls == 3 {
                Err(std::io::Error::other("disk full"))
            } else {
                Ok(())
            }
        });
        assert_eq!(result.unwrap_err().to_string(), "disk full");
        assert_eq!(calls, 3, "nothing is written after the error");
    }
}
