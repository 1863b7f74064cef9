//! The summary's [`Document`], built once from the [`Summary`] for both
//! renderers: a part per section of [`SECTIONS`], in order. The first page
//! (`findings.rs`), what the territory does together (`together.rs`, a
//! part only when a session has an action), every citizen's words
//! (`said.rs`), the details for coordinators (`details.rs`).

mod details;
mod findings;
mod said;
mod together;

use super::document::{Block, Document, Heading, Inline, Paragraph, Part, Tone};
use super::{SECTIONS, Section, Summary};

impl Document {
    /// The summary's document, made at `now` (its footer's date).
    pub fn new(s: &Summary, now: jiff::Timestamp) -> Document {
        let w = s.words;
        let date = now.strftime("%Y-%m-%d").to_string();
        Document {
            lang: w.code,
            title: format!("{} · {}", w.summary, s.title()),
            contents: w.contents.to_string(),
            quotes: w.quotes,
            parts: SECTIONS
                .into_iter()
                .filter(|&section| section != Section::Together || together::any(s))
                .map(|section| part(s, section))
                .collect(),
            footer: w.made_with.replace("{date}", &date),
        }
    }
}

fn part(s: &Summary, section: Section) -> Part {
    let w = s.words;
    let (heading, blocks) = match section {
        Section::Findings => (None, findings::findings(s)),
        Section::Together => together::together(s),
        Section::Said => said::said(s),
        Section::Details => (
            Some(Heading::new(2, section.title(w))),
            vec![text(Tone::Small, w.details_intro)],
        ),
        Section::Profiles => details::profiles(s),
        Section::Aggregate => details::aggregate(s),
        Section::Comparison => details::comparison(s),
        Section::Method => details::method(s),
        Section::Uncoded => details::uncoded(s),
    };
    Part {
        section,
        title: section.title(w).to_string(),
        heading,
        blocks,
    }
}

/// A paragraph of one text.
fn text(tone: Tone, text: impl Into<String>) -> Block {
    Block::Paragraph(Paragraph {
        tone,
        text: vec![Inline::Text(text.into())],
    })
}

/// A citizen's words, with whose.
fn quote(text: &str, who: impl Into<String>) -> Vec<Inline> {
    vec![Inline::Quote {
        text: text.to_string(),
        who: who.into(),
    }]
}
