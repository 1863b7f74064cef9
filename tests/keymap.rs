//! The key table: no key event is bound twice in one context. `keymap::action`
//! takes the first binding of the context that matches, so a second binding
//! of the same key would never fire (while help still shows it); and the app
//! handles Ctrl-c before the table (`State::msg_for_key`), so a binding of
//! it would never fire either.

use std::collections::BTreeMap;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use spiral::model::{Framework, Lang, Session};
use spiral::tui::Msg;
use spiral::tui::State;
use spiral::tui::keymap::{self, Action, BINDINGS, Binding, Context, Key};

/// Every key event any binding can match, up to what matching looks at.
/// `keymap::matches` looks at the key code and, among the modifiers, only
/// at Ctrl and Alt; a `Char` key matches its char, a `Ctrl` key its char in
/// either ASCII case, `FamilyDigit` and `AltFamilyDigit` the digits 1-9,
/// `FunctionFamily` F1-F9, a `Code` key its code.
/// So the codes of the table's keys (both cases, all digits), under every
/// combination of Shift, Ctrl and Alt, stand for every event that matters.
fn events() -> Vec<KeyEvent> {
    let mut codes: Vec<KeyCode> = vec![KeyCode::Char('c')];
    for b in BINDINGS {
        for k in b.keys {
            match *k {
                Key::Char(c) | Key::Ctrl(c) => codes.extend([
                    KeyCode::Char(c),
                    KeyCode::Char(c.to_ascii_lowercase()),
                    KeyCode::Char(c.to_ascii_uppercase()),
                ]),
                Key::Code(code) => codes.push(code),
                Key::FamilyDigit | Key::AltFamilyDigit => {
                    codes.extend(('0'..='9').map(KeyCode::Char))
                }
                Key::FunctionFamily => codes.extend((1..=12).map(KeyCode::F)),
            }
        }
    }
    let mut seen = Vec::new();
    for code in codes {
        if !seen.contains(&code) {
            seen.push(code);
        }
    }
    let mut out = Vec::new();
    for code in seen {
        for bits in 0..8u8 {
            let mut m = KeyModifiers::NONE;
            if bits & 1 != 0 {
                m |= KeyModifiers::SHIFT;
            }
            if bits & 2 != 0 {
                m |= KeyModifiers::CONTROL;
            }
            if bits & 4 != 0 {
                m |= KeyModifiers::ALT;
            }
            out.push(KeyEvent::new(code, m));
        }
    }
    out
}

/// Every context: the key table's own list (which keymap files name).
const CONTEXTS: [Context; 16] = Context::ALL;

/// How a key event is written in the failure message: `Ctrl-Shift-r`.
fn event_name(e: &KeyEvent) -> String {
    let mut s = String::new();
    for (m, name) in [
        (KeyModifiers::CONTROL, "Ctrl-"),
        (KeyModifiers::ALT, "Alt-"),
        (KeyModifiers::SHIFT, "Shift-"),
    ] {
        if e.modifiers.contains(m) {
            s.push_str(name);
        }
    }
    match e.code {
        KeyCode::Char(' ') => s.push_str("Space"),
        KeyCode::Char(c) => s.push(c),
        code => s.push_str(&keymap::key_name(&Key::Code(code))),
    }
    s
}

/// The action a binding gives for an event it matches (a family key gives
/// the digit pressed).
fn resolved(b: &Binding, digit: Option<u8>) -> Action {
    match (b.action, digit) {
        (Action::Code(_), Some(d)) => Action::Code(d),
        (Action::AddAndCode(_), Some(d)) => Action::AddAndCode(d),
        (a, _) => a,
    }
}

/// The bindings of `context` that match `event`: (position in the table,
/// the key that matched, the action it gives).
fn matching(context: Context, event: &KeyEvent) -> Vec<(usize, Key, Action)> {
    BINDINGS
        .iter()
        .enumerate()
        .filter(|(_, b)| b.context == context)
        .filter_map(|(i, b)| {
            b.keys
                .iter()
                .find_map(|k| keymap::matches(k, event).map(|digit| (i, *k, resolved(b, digit))))
        })
        .collect()
}

/// The events the app answers before it looks at the table, and what it
/// does with them: found from the app itself, in the workshop (a context
/// with no text line behind the table), as the events whose message is not
/// what the table says.
fn global_keys() -> Vec<(KeyEvent, Action)> {
    let fw = Framework::default_framework();
    let state = State::in_memory(fw.clone(), Session::new("Keys", &fw, Lang::En));
    assert_eq!(state.context(), Context::Workshop);
    events()
        .into_iter()
        .filter_map(|e| match state.msg_for_key(&e) {
            Some(Msg::Action(a)) if keymap::action(Context::Workshop, &e) != Some(a) => {
                Some((e, a))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn the_app_answers_ctrl_c_before_the_table() {
    // What `global_keys` finds is what the app says it does: Ctrl-c quits
    // from anywhere.
    let global = global_keys();
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(
        global.contains(&(ctrl_c, Action::Quit)),
        "Ctrl-c is not global: {global:?}"
    );
}

/// The events two bindings both match, and the actions they give for the
/// first of them.
type Twice = (Vec<String>, Action, Action);

#[test]
fn no_key_is_bound_twice_in_one_context() {
    let events = events();
    let global = global_keys();
    // (context, first binding, second binding) -> the events both match,
    // and the actions they give for the first of them.
    let mut twice: BTreeMap<(usize, usize, usize), Twice> = BTreeMap::new();
    // Binding -> the events of it the app answers before the table.
    let mut shadowed: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (ci, &context) in CONTEXTS.iter().enumerate() {
        for e in &events {
            let hits = matching(context, e);
            // The test's reading of the table is the app's: the first
            // binding that matches gives the action.
            assert_eq!(
                keymap::action(context, e),
                hits.first().map(|h| h.2),
                "{context:?}, {}",
                event_name(e)
            );
            for (n, a) in hits.iter().enumerate() {
                for b in &hits[n + 1..] {
                    twice
                        .entry((ci, a.0, b.0))
                        .or_insert_with(|| (Vec::new(), a.2, b.2))
                        .0
                        .push(format!(
                            "{} (as `{}` and as `{}`)",
                            event_name(e),
                            keymap::key_name(&a.1),
                            keymap::key_name(&b.1)
                        ));
                }
            }
            // (Compared field by field: crossterm's `==` folds Shift into
            // the letter's case, the app's Ctrl-c test does not.)
            if let Some(&(_, global_action)) = global
                .iter()
                .find(|(g, _)| g.code == e.code && g.modifiers == e.modifiers)
            {
                for hit in hits.iter().filter(|h| h.2 != global_action) {
                    shadowed.entry(hit.0).or_default().push(event_name(e));
                }
            }
        }
    }
    let mut problems = Vec::new();
    for ((ci, a, b), (keys, first, second)) in &twice {
        problems.push(format!(
            "{:?}: {} bound twice: to {first:?} (\"{}\") and to {second:?} (\"{}\"), which never fires for it",
            CONTEXTS[*ci],
            keys.join(", "),
            BINDINGS[*a].help,
            BINDINGS[*b].help,
        ));
    }
    for (i, keys) in &shadowed {
        let b = &BINDINGS[*i];
        problems.push(format!(
            "{:?}: {} bound to {:?} (\"{}\"), but the app answers it before the table",
            b.context,
            keys.join(", "),
            b.action,
            b.help,
        ));
    }
    assert!(
        problems.is_empty(),
        "keys bound twice in one context:\n{}",
        problems.join("\n")
    );
}

/// A context's place in `Context::ALL`: a new context fails to compile
/// here until it is in the list (and so checked) too.
fn place(c: Context) -> usize {
    match c {
        Context::List => 0,
        Context::Workshop => 1,
        Context::Profile => 2,
        Context::Compare => 3,
        Context::Synthesis => 4,
        Context::Menu => 5,
        Context::Reconcile => 6,
        Context::Finder => 7,
        Context::Capture => 8,
        Context::TextLine => 9,
        Context::Details => 10,
        Context::Help => 11,
        Context::Projector => 12,
        Context::Territory => 13,
        Context::Actions => 14,
        Context::ActionForm => 15,
    }
}

#[test]
fn every_binding_has_a_key_and_every_context_is_checked() {
    for c in CONTEXTS {
        assert_eq!(CONTEXTS[place(c)], c);
    }
    for b in BINDINGS {
        assert!(
            !b.keys.is_empty(),
            "{:?} {:?} has no key",
            b.context,
            b.action
        );
        assert!(
            CONTEXTS.contains(&b.context),
            "{:?} is not checked",
            b.context
        );
    }
}
