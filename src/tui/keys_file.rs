//! The user's keymap file: `keys.ron` in the config folder
//! (`config::config_dir`). Each entry gives an action of a screen the keys
//! that do it, in place of the shipped ones; what it does not name keeps
//! its keys. Help lists the file and what it changed.
//!
//! ```ron
//! [
//!     (context: "workshop", action: "search", keys: ["/", "F3"]),
//!     (context: "workshop", action: "help", keys: ["?", "F1", "Ctrl-h"]),
//! ]
//! ```
//!
//! A context is a screen (`list`, `workshop`, `profile`, `compare`,
//! `synthesis`, `reconcile`, `territory`, `projector`, `capture`, …); an
//! action is the end of a help id in `locales/en/help.ftl`
//! (`key-workshop-search`: `search`). A file that does not read, or that
//! names an unknown screen, action or key, or that binds one key twice in
//! a screen, is refused whole, saying path:line:col and why; the shipped
//! keys are used meanwhile.

use std::path::{Path, PathBuf};

use ratatui::crossterm::event::KeyCode;
use serde::Deserialize;

use super::config::{read_settings, ron_error};
use super::keymap::{Action, Context, Key, Keymap, key_name};
use crate::model::Lang;

/// Why the keymap file was refused (the shipped keys are used meanwhile).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeysRefused {
    /// It does not read, or is no RON list of entries: "path: why" or
    /// "path:line:col: why", RON's own words (`config::read_settings`,
    /// `config::ron_error`, which the config file's refusals share).
    Unread(String),
    /// An entry the keymap cannot take: the file, where in it the value
    /// is written ("line:col"), and what is wrong.
    At {
        path: PathBuf,
        place: String,
        why: Box<Unfit>,
    },
}

/// What is wrong with an entry of the keymap file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unfit {
    /// No screen of that name.
    NoScreen(String),
    /// No action of that name in the screen (its actions: `known`).
    NoAction {
        action: String,
        context: String,
        known: Vec<String>,
    },
    /// The action is given its keys by two entries.
    Twice { action: String, context: String },
    /// The family keys are the framework's.
    FamilyKeys(String),
    /// The action is given no key.
    NoKeys(String),
    /// No key of that name.
    NoKey(String),
    /// The key types or edits the text of a screen where text is typed.
    EditsText { key: String, context: String },
    /// Ctrl-c quits everywhere.
    CtrlC,
    /// One key for two actions in one screen.
    Clash {
        key: String,
        first: String,
        second: String,
        context: String,
    },
}

impl KeysRefused {
    /// Why, in `lang`: in English whatever the language, as RON's own
    /// words beside them and the file's names (screens, actions, keys) are.
    pub fn describe(&self, _lang: Lang) -> String {
        match self {
            KeysRefused::Unread(why) => why.clone(),
            KeysRefused::At { path, place, why } => {
                format!("{}:{place}: {}", path.display(), why.describe())
            }
        }
    }
}

impl Unfit {
    /// What is wrong, in English (`KeysRefused::describe`).
    fn describe(&self) -> String {
        match self {
            Unfit::NoScreen(name) => {
                let all = Context::ALL.map(Context::name).join(", ");
                format!("no screen `{name}` (use {all})")
            }
            Unfit::NoAction {
                action,
                context,
                known,
            } => format!(
                "no action `{action}` in {context} (use {})",
                known.join(", ")
            ),
            Unfit::Twice { action, context } => {
                format!("`{action}` of {context} is given its keys twice")
            }
            Unfit::FamilyKeys(action) => {
                format!("`{action}` keys are the framework's family keys: they cannot be changed")
            }
            Unfit::NoKeys(action) => format!("`{action}` needs at least one key"),
            Unfit::NoKey(name) => format!(
                "no key `{name}` (a character, Ctrl-a…Ctrl-z, F1…F12, Enter, Esc, Tab, Shift-Tab, Space, Backspace, Delete, Insert, Home, End, PgUp, PgDn, Up, Down, Left, Right)"
            ),
            Unfit::EditsText { key, context } => format!(
                "`{key}` types or edits the text in {context}: give another key (F1, Esc, Ctrl-g…)"
            ),
            Unfit::CtrlC => "Ctrl-c quits everywhere: it cannot be bound".into(),
            Unfit::Clash {
                key,
                first,
                second,
                context,
            } => format!("{key} is bound to both `{first}` and `{second}` in {context}"),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Patch {
    context: String,
    action: String,
    keys: Vec<String>,
}

/// The keymap: the shipped one patched by `dir/keys.ron` (the shipped one
/// alone when there is no such file), or why the file was refused (a
/// file the input rule refuses to read said in `lang`).
pub fn load(dir: &Path, lang: crate::model::Lang) -> Result<Keymap, KeysRefused> {
    let path = dir.join("keys.ron");
    let mut map = match read_settings(&path, lang).map_err(KeysRefused::Unread)? {
        None => Keymap::default(),
        Some(text) => parse(&path, &text)?,
    };
    map.file = Some(path);
    Ok(map)
}

/// `text` (the keymap file at `path`) applied to the shipped keymap.
pub fn parse(path: &Path, text: &str) -> Result<Keymap, KeysRefused> {
    let patches: Vec<Patch> =
        ron::from_str(text).map_err(|e| KeysRefused::Unread(ron_error(path, &e)))?;
    // Where entry `i` names `value`: searched from the entry's start, so a
    // word that recurs ("help", "F1") points at the entry it is in.
    let starts = entry_starts(text);
    let at = |i: usize, value: &str, why: Unfit| {
        let from = starts.get(i).copied().unwrap_or(0);
        KeysRefused::At {
            path: path.to_path_buf(),
            place: place(text, from, value),
            why: Box::new(why),
        }
    };
    let mut map = Keymap::default();
    let mut named: Vec<(Context, &str)> = Vec::new();
    for (i, p) in patches.iter().enumerate() {
        let context = Context::ALL
            .into_iter()
            .find(|c| c.name() == p.context)
            .ok_or_else(|| at(i, &p.context, Unfit::NoScreen(p.context.clone())))?;
        let names: Vec<String> = map
            .bindings
            .iter()
            .filter(|b| b.context == context)
            .map(|b| b.action_name().to_string())
            .collect();
        let binding = map
            .bindings
            .iter_mut()
            .find(|b| b.context == context && b.action_name() == p.action)
            .ok_or_else(|| {
                let why = Unfit::NoAction {
                    action: p.action.clone(),
                    context: p.context.clone(),
                    known: names,
                };
                at(i, &p.action, why)
            })?;
        if named.contains(&(context, p.action.as_str())) {
            let why = Unfit::Twice {
                action: p.action.clone(),
                context: p.context.clone(),
            };
            return Err(at(i, &p.action, why));
        }
        named.push((context, p.action.as_str()));
        if matches!(binding.action, Action::Code(_) | Action::AddAndCode(_)) {
            let why = Unfit::FamilyKeys(p.action.clone());
            return Err(at(i, &p.action, why));
        }
        if p.keys.is_empty() {
            return Err(at(i, &p.action, Unfit::NoKeys(p.action.clone())));
        }
        let mut keys = Vec::new();
        for name in &p.keys {
            let key = key_of(name).map_err(|why| at(i, name, why))?;
            if context.takes_text() && edits_text(&key) {
                let why = Unfit::EditsText {
                    key: name.clone(),
                    context: p.context.clone(),
                };
                return Err(at(i, name, why));
            }
            if key == Key::Ctrl('c') {
                return Err(at(i, name, Unfit::CtrlC));
            }
            keys.push(key);
        }
        binding.keys = keys;
    }
    // One key, one action, in each screen.
    if let Some((entry, named, why)) = clash(&map, &patches) {
        return Err(at(entry, named, why));
    }
    map.patched = Some((path.to_path_buf(), patches.len()));
    Ok(map)
}

/// A key bound to two actions in one screen: the entry of `patches` that
/// gave it (its index and the action it names), and why it is refused.
fn clash<'a>(map: &Keymap, patches: &'a [Patch]) -> Option<(usize, &'a str, Unfit)> {
    for (i, a) in map.bindings.iter().enumerate() {
        for b in map
            .bindings
            .iter()
            .skip(i + 1)
            .filter(|b| b.context == a.context)
        {
            if let Some(k) = a
                .keys
                .iter()
                .find(|k| b.keys.iter().any(|l| overlaps(k, l)))
            {
                // The entry that gave the clashing key.
                let (entry, named) = patches
                    .iter()
                    .enumerate()
                    .find(|(_, p)| {
                        p.context == a.context.name()
                            && (p.action == a.action_name() || p.action == b.action_name())
                    })
                    .map_or((0, a.context.name()), |(i, p)| (i, p.action.as_str()));
                let why = Unfit::Clash {
                    key: key_name(k),
                    first: a.action_name().to_string(),
                    second: b.action_name().to_string(),
                    context: a.context.name().to_string(),
                };
                return Some((entry, named, why));
            }
        }
    }
    None
}

/// Whether two keys can match the same key press.
fn overlaps(a: &Key, b: &Key) -> bool {
    let digit = |k: &Key| match k {
        Key::Char(c @ '1'..='9') => Some(*c),
        _ => None,
    };
    let function = |k: &Key| match k {
        Key::Code(KeyCode::F(n @ 1..=9)) => Some(*n),
        _ => None,
    };
    match (a, b) {
        (Key::Ctrl(x), Key::Ctrl(y)) => x.eq_ignore_ascii_case(y),
        (Key::FamilyDigit, k) | (k, Key::FamilyDigit) => {
            digit(k).is_some() || *k == Key::FamilyDigit
        }
        (Key::FunctionFamily, k) | (k, Key::FunctionFamily) => {
            function(k).is_some() || *k == Key::FunctionFamily
        }
        _ => a == b,
    }
}

/// A key as written in the file (and in help): `a`, `Ctrl-r`, `F1`,
/// `Enter`, `Esc`, `Tab`, `Shift-Tab`, `Space`, `↑` or `Up`, `PgUp`…
pub fn key_of(name: &str) -> Result<Key, Unfit> {
    let named = match name {
        "Space" => Some(Key::Char(' ')),
        "Enter" => Some(Key::Code(KeyCode::Enter)),
        "Esc" => Some(Key::Code(KeyCode::Esc)),
        "Tab" => Some(Key::Code(KeyCode::Tab)),
        "Shift-Tab" | "BackTab" => Some(Key::Code(KeyCode::BackTab)),
        "Backspace" => Some(Key::Code(KeyCode::Backspace)),
        "Delete" | "Del" => Some(Key::Code(KeyCode::Delete)),
        "Insert" => Some(Key::Code(KeyCode::Insert)),
        "Home" => Some(Key::Code(KeyCode::Home)),
        "End" => Some(Key::Code(KeyCode::End)),
        "PgUp" | "PageUp" => Some(Key::Code(KeyCode::PageUp)),
        "PgDn" | "PageDown" => Some(Key::Code(KeyCode::PageDown)),
        "Up" | "↑" => Some(Key::Code(KeyCode::Up)),
        "Down" | "↓" => Some(Key::Code(KeyCode::Down)),
        "Left" | "←" => Some(Key::Code(KeyCode::Left)),
        "Right" | "→" => Some(Key::Code(KeyCode::Right)),
        _ => None,
    };
    if let Some(key) = named {
        return Ok(key);
    }
    if let Some(n) = name.strip_prefix('F').and_then(|n| n.parse::<u8>().ok())
        && (1..=12).contains(&n)
    {
        return Ok(Key::Code(KeyCode::F(n)));
    }
    if let Some(rest) = name.strip_prefix("Ctrl-") {
        let mut chars = rest.chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && c.is_ascii_alphabetic()
        {
            return Ok(Key::Ctrl(c.to_ascii_lowercase()));
        }
    }
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() && c != ' ' => Ok(Key::Char(c)),
        _ => Err(Unfit::NoKey(name.to_string())),
    }
}

/// Whether a key types or edits the line in a screen where text is typed
/// (a character, Backspace, ←, Ctrl-w…): bound there, it would take the
/// key from the line.
fn edits_text(key: &Key) -> bool {
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    let event = match *key {
        Key::Char(c) => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
        Key::Ctrl(c) => KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::Code(code) => KeyEvent::new(code, KeyModifiers::NONE),
        _ => return false,
    };
    super::keymap::text_request(&event).is_some()
}

/// Where each entry of the file begins (its `(`), in bytes.
fn entry_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            _ if in_string => {}
            '(' => {
                if depth == 1 {
                    starts.push(i);
                }
                depth += 1;
            }
            '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    starts
}

/// Where `value` is first written in `text` from byte `from`, quoted:
/// "line:col" (the entry's start when it is not found).
fn place(text: &str, from: usize, value: &str) -> String {
    let quoted = format!("\"{value}\"");
    let at = text[from..].find(&quoted).map_or(from, |i| from + i);
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("{line}:{col}")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::parse;
    use crate::tui::keymap::{Action, Context};

    fn press(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn a_patch_changes_only_what_it_names() {
        let text =
            "[\n    (context: \"workshop\", action: \"search\", keys: [\"F3\", \"Ctrl-f\"]),\n]\n";
        let map = parse(Path::new("keys.ron"), text).unwrap();
        let none = KeyModifiers::NONE;
        assert_eq!(
            map.action(Context::Workshop, &press(KeyCode::F(3), none)),
            Some(Action::Search)
        );
        // `/` is no longer search, and the rest is as shipped.
        assert_eq!(
            map.action(Context::Workshop, &press(KeyCode::Char('/'), none)),
            None
        );
        assert_eq!(
            map.action(Context::Workshop, &press(KeyCode::Char('a'), none)),
            Some(Action::Capture)
        );
        assert_eq!(map.hint(Context::Workshop, Action::Search), "F3");
        assert_eq!(map.patched.as_ref().map(|(_, n)| *n), Some(1));
    }

    #[test]
    fn a_bad_file_is_refused_saying_where_and_why() {
        let path = Path::new("/home/sara/.config/spiral/keys.ron");
        let cases = [
            (
                "[(context: \"workshop\", action: \"serch\", keys: [\"F3\"])]",
                "/home/sara/.config/spiral/keys.ron:1:32: no action `serch` in workshop (use capture,",
            ),
            (
                "[\n  (context: \"work\", action: \"search\", keys: [\"F3\"]),\n]",
                "/home/sara/.config/spiral/keys.ron:2:13: no screen `work` (use list, workshop,",
            ),
            (
                "[\n  (context: \"workshop\", action: \"search\", keys: [\"F33\"]),\n]",
                "/home/sara/.config/spiral/keys.ron:2:50: no key `F33`",
            ),
            (
                "[(context: \"workshop\", action: \"search\", keys: [\"a\"])]",
                "/home/sara/.config/spiral/keys.ron:1:32: a is bound to both `capture` and `search` in workshop",
            ),
            (
                "[(context: \"capture\", action: \"submit\", keys: [\"x\"])]",
                "/home/sara/.config/spiral/keys.ron:1:48: `x` types or edits the text in capture",
            ),
            (
                "[(context: \"workshop\", action: \"code\", keys: [\"x\"])]",
                "/home/sara/.config/spiral/keys.ron:1:32: `code` keys are the framework's family keys",
            ),
            (
                "[(context: \"capture\", action: \"submit\", keys: [\"Backspace\"])]",
                "/home/sara/.config/spiral/keys.ron:1:48: `Backspace` types or edits the text in capture",
            ),
            (
                // The second entry's mistake, though its words recur.
                "[\n  (context: \"list\", action: \"help\", keys: [\"F2\"]),\n  (context: \"profile\", action: \"help\", keys: [\"F222\"]),\n]",
                "/home/sara/.config/spiral/keys.ron:3:47: no key `F222`",
            ),
            (
                "[(context: \"list\", action: \"help\", keys: [\"F2\"]), (context: \"list\", action: \"help\", keys: [\"F3\"])]",
                "/home/sara/.config/spiral/keys.ron:1:77: `help` of list is given its keys twice",
            ),
            (
                "[(context: \"workshop\" action: \"search\")]",
                "/home/sara/.config/spiral/keys.ron:1:23: Expected comma",
            ),
        ];
        for (text, start) in cases {
            let why = parse(path, text)
                .unwrap_err()
                .describe(crate::model::Lang::En);
            assert!(why.starts_with(start), "{text}\ngave {why}\nnot {start}");
        }
    }

    #[test]
    fn every_key_help_writes_reads_back() {
        for b in crate::tui::keymap::BINDINGS {
            for k in b.keys {
                let name = crate::tui::keymap::key_name(k);
                if matches!(
                    k,
                    crate::tui::keymap::Key::FamilyDigit
                        | crate::tui::keymap::Key::AltFamilyDigit
                        | crate::tui::keymap::Key::FunctionFamily
                ) {
                    continue;
                }
                assert_eq!(super::key_of(&name).as_ref(), Ok(k), "{name}");
            }
        }
    }
}
