//! The XML of a REFI-QDA project, written by a few primitives (an element
//! opened, empty, closed, a text element; only the characters XML 1.0
//! allows), and the GUIDs of what the project holds, derived (UUID v5)
//! from what each stands for: what `mod.rs` (the project) and
//! `actions.rs` (the actions) both write with.

use std::io::Cursor;

use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use uuid::Uuid;

use crate::export::ExportError;

/// The namespace of spiral's derived GUIDs.
const NAMESPACE: Uuid = Uuid::from_u128(0x5b1a_7c3e_9d2f_4e61_8a0b_c4d5_e6f7_0819);

pub(super) fn guid(kind: &str, key: &str) -> String {
    Uuid::new_v5(&NAMESPACE, format!("{kind}\u{1f}{key}").as_bytes()).to_string()
}

pub(super) type Xml = Writer<Cursor<Vec<u8>>>;

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

pub(super) fn start(w: &mut Xml, name: &str, attrs: &[(&str, &str)]) -> Result<(), ExportError> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, xml_chars(v).as_ref()));
    }
    w.write_event(Event::Start(e))?;
    Ok(())
}

pub(super) fn empty(w: &mut Xml, name: &str, attrs: &[(&str, &str)]) -> Result<(), ExportError> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, xml_chars(v).as_ref()));
    }
    w.write_event(Event::Empty(e))?;
    Ok(())
}

pub(super) fn end(w: &mut Xml, name: &str) -> Result<(), ExportError> {
    w.write_event(Event::End(BytesEnd::new(name)))?;
    Ok(())
}

pub(super) fn text_element(w: &mut Xml, name: &str, text: &str) -> Result<(), ExportError> {
    start(w, name, &[])?;
    w.write_event(Event::Text(BytesText::new(&xml_chars(text))))?;
    end(w, name)
}

pub(super) fn family_guid(id: &str) -> String {
    guid("family", id)
}

pub(super) fn component_guid(family: &str, id: &str) -> String {
    guid("component", &format!("{family}/{id}"))
}
