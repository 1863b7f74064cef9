//! The printable key card (`spiral keys`): the workshop's keys and the
//! framework's families with their keys, for the table beside the laptop.
//! It is made from the key table the app uses (`Keymap`: the shipped
//! bindings, patched by the user's keymap file when there is one), each key
//! said in the card's language as help says it (`Bound::says`), so the card
//! says what the keys do; `Card` is its content, written as one A4 page of
//! HTML (`keycard/html.rs`) or as text for the terminal (`Card::text`).

mod html;

use super::keymap::{Action, Bound, Context, Keymap, key_name_in};
use crate::model::{Framework, Lang};
use crate::tr;

/// What the card says, in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub lang: Lang,
    /// "spiral — workshop keys".
    pub title: String,
    /// Whose keys these are: the shipped ones, or the user's keymap file's.
    pub whose: String,
    pub sections: Vec<Section>,
    /// The framework's name: the families' heading.
    pub families_title: String,
    pub families: Vec<FamilyCell>,
    /// Where every other key is: help, and its keys.
    pub more: String,
    pub more_keys: Vec<String>,
}

/// A heading and its keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    /// A sentence under the heading (the wall: how it is opened).
    pub intro: Option<String>,
    pub lines: Vec<Line>,
}

/// A line of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// The keys of one binding, or of two that go together (back and
    /// forth: `↑ k` / `↓ j`), each key as the screen writes it, and what
    /// they do (the two said one after the other, with a slash between).
    Keys {
        keys: Vec<Vec<String>>,
        says: String,
    },
    /// A smaller heading inside a section: where the keys below are
    /// pressed (the capture line).
    Sub(String),
}

/// A family: its key, its name and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyCell {
    pub key: u8,
    pub label: String,
    pub description: String,
}

/// The card's sections, in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Capture,
    Move,
    Edit,
    Look,
    Wall,
    End,
}

impl Part {
    fn heading(self, lang: Lang) -> String {
        match self {
            Part::Capture => tr!(lang, "keycard-capture"),
            Part::Move => tr!(lang, "keycard-move"),
            Part::Edit => tr!(lang, "keycard-edit"),
            Part::Look => tr!(lang, "keycard-look"),
            Part::Wall => tr!(lang, "keycard-wall"),
            Part::End => tr!(lang, "keycard-end"),
        }
    }

    fn intro(self, lang: Lang) -> Option<String> {
        match self {
            Part::Wall => Some(tr!(lang, "keycard-wall-intro")),
            _ => None,
        }
    }
}

/// What goes on a section: a binding (where it is pressed, and its
/// action), two that go together on one line (back and forth), or a
/// smaller heading (a context's title, as help's).
#[derive(Debug, Clone, Copy)]
enum Item {
    Key(Context, Action),
    Pair(Context, Action, Action),
    Sub(Context),
}

use Action as A;
use Context as C;
use Item::{Key, Pair, Sub};

/// Every key the card shows, section by section: every binding of the
/// workshop, of the capture line (but its Tab, the workshop's too) and of
/// the projector view.
#[rustfmt::skip] // a table
const PARTS: &[(Part, &[Item])] = &[
    (Part::Capture, &[
        Key(C::Workshop, A::Capture), Key(C::Workshop, A::Code(0)), Key(C::Workshop, A::Uncode),
        Key(C::Workshop, A::AcceptSuggestion), Key(C::Workshop, A::PickComponent),
        Sub(C::Capture),
        Key(C::Capture, A::Submit), Key(C::Capture, A::AddAndCode(0)), Key(C::Capture, A::Cancel),
        Key(C::Capture, A::JoinPaste),
    ]),
    (Part::Move, &[
        Pair(C::Workshop, A::Up, A::Down), Pair(C::Workshop, A::PrevGroup, A::NextGroup),
        Key(C::Workshop, A::NextQuestion), Key(C::Workshop, A::PrevQuestion),
        Key(C::Workshop, A::FirstUncoded), Pair(C::Workshop, A::PageUp, A::PageDown),
        Pair(C::Workshop, A::Top, A::Bottom),
    ]),
    (Part::Edit, &[
        Key(C::Workshop, A::Edit), Key(C::Workshop, A::Delete), Key(C::Workshop, A::Move),
        Pair(C::Workshop, A::Undo, A::Redo), Key(C::Workshop, A::NewGroup),
        Key(C::Workshop, A::RenameGroup), Key(C::Workshop, A::Participants),
        Key(C::Workshop, A::Details), Key(C::Workshop, A::Language),
    ]),
    (Part::Look, &[
        Key(C::Workshop, A::Search), Key(C::Workshop, A::Profile), Key(C::Workshop, A::Compare),
        Key(C::Workshop, A::Synthesis), Key(C::Workshop, A::Actions),
        Key(C::Workshop, A::LinkToAction), Key(C::Workshop, A::Reconcile),
        Key(C::Workshop, A::Export),
    ]),
    (Part::Wall, &[
        Pair(C::Projector, A::PrevGroup, A::NextGroup),
        Key(C::Projector, A::NextQuestion), Key(C::Projector, A::Follow),
        Key(C::Projector, A::Quit),
    ]),
    (Part::End, &[
        Key(C::Workshop, A::Save), Key(C::Workshop, A::SaveAs), Key(C::Workshop, A::Help),
        Key(C::Workshop, A::Back), Key(C::Workshop, A::Quit),
    ]),
];

impl Card {
    /// The card of `keys` (the keys in use) and `framework`'s families, in
    /// `lang`.
    pub fn new(keys: &Keymap, framework: &Framework, lang: Lang) -> Card {
        let bound = |context: Context, action: Action| {
            keys.bindings
                .iter()
                .find(|b| b.context == context && b.action == action)
        };
        let sections = PARTS
            .iter()
            .map(|(part, items)| Section {
                heading: part.heading(lang),
                intro: part.intro(lang),
                lines: items
                    .iter()
                    .filter_map(|item| match *item {
                        Key(context, action) => bound(context, action).map(|b| line(&[b], lang)),
                        Pair(context, one, other) => {
                            let one = bound(context, one)?;
                            Some(line(&[one, bound(context, other)?], lang))
                        }
                        Sub(context) => Some(Line::Sub(context.title(lang))),
                    })
                    .collect(),
            })
            .collect();
        let mut families: Vec<FamilyCell> = framework
            .families
            .iter()
            .map(|f| FamilyCell {
                key: f.key,
                label: f.labels.get(lang).to_string(),
                description: f.description.get(lang).to_string(),
            })
            .collect();
        families.sort_by_key(|f| f.key);
        let help = bound(C::Workshop, A::Help).map_or_else(Vec::new, |b| {
            b.keys.iter().map(|k| key_name_in(k, lang)).collect()
        });
        Card {
            lang,
            title: tr!(lang, "keycard-title"),
            whose: whose(keys, lang),
            sections,
            families_title: framework.labels.get(lang).to_string(),
            families,
            more: tr!(lang, "keycard-more"),
            more_keys: help,
        }
    }

    /// The card as one A4 page of HTML: self-contained (its style inline,
    /// no font, script or link fetched), every text escaped.
    pub fn html(&self) -> String {
        html::page(self)
    }

    /// The card as text for the terminal: each section's keys in a column,
    /// what they do beside them.
    pub fn text(&self) -> String {
        let mut out = format!("{}\n{}\n", self.title, self.whose);
        let width = self
            .sections
            .iter()
            .flat_map(|s| &s.lines)
            .filter_map(|l| match l {
                Line::Keys { keys, .. } => Some(keys_text(keys).chars().count()),
                Line::Sub(_) => None,
            })
            .max()
            .unwrap_or(0);
        for s in &self.sections {
            out.push_str(&format!("\n{}\n", s.heading));
            if let Some(intro) = &s.intro {
                out.push_str(&format!("  {intro}\n"));
            }
            for l in &s.lines {
                match l {
                    Line::Keys { keys, says } => {
                        let keys = keys_text(keys);
                        let pad = width - keys.chars().count();
                        out.push_str(&format!("  {keys}{:pad$}  {says}\n", ""));
                    }
                    Line::Sub(title) => out.push_str(&format!(" {title}\n")),
                }
            }
        }
        out.push_str(&format!("\n{}\n", self.families_title));
        for f in &self.families {
            let described = match f.description.as_str() {
                "" => String::new(),
                d => format!(": {d}"),
            };
            out.push_str(&format!("  {}  {}{described}\n", f.key, f.label));
        }
        out.push_str(&format!("\n{} {}\n", self.more, self.more_keys.join(" ")));
        out
    }
}

/// The line of one binding or of two: their keys as the screen writes
/// them, what they do.
fn line(bound: &[&Bound], lang: Lang) -> Line {
    Line::Keys {
        keys: bound
            .iter()
            .map(|b| b.keys.iter().map(|k| key_name_in(k, lang)).collect())
            .collect(),
        says: bound
            .iter()
            .map(|b| b.says(lang))
            .collect::<Vec<_>>()
            .join(" / "),
    }
}

/// A line's keys as text: `↑ k / ↓ j`.
fn keys_text(keys: &[Vec<String>]) -> String {
    keys.iter()
        .map(|k| k.join(" "))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Whose keys the card shows, in words: the shipped ones, the user's
/// keymap file's, or the shipped ones because that file was refused.
fn whose(keys: &Keymap, lang: Lang) -> String {
    match (&keys.patched, &keys.file) {
        (Some((file, n)), _) => tr!(
            lang,
            "keycard-keys-yours",
            file = file.display().to_string(),
            n = *n as u64
        ),
        (None, Some(file)) if keys.refused => tr!(
            lang,
            "keycard-keys-refused",
            file = file.display().to_string()
        ),
        _ => tr!(lang, "keycard-keys-shipped"),
    }
}
