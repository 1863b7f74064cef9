//! What comes in from the terminal: the message a key, a paste or a
//! resize means where keys go now, and where an edit or a paste of text
//! lands (a prompt, a finder, the list's filter, the capture line).

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::InputRequest;

use super::{Msg, Page, State};
use crate::tui::finder::insert_text;
use crate::tui::keymap::{self, Action};
use crate::tui::outcome::{Said, nothing};
use crate::tui::overlay::Overlay;

impl State {
    /// The message a terminal event means here, if any.
    pub fn msg_for(&self, event: &Event) -> Option<Msg> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.msg_for_key(key),
            Event::Paste(text) => Some(Msg::Paste(text.clone())),
            Event::Resize(..) => Some(Msg::Resize),
            _ => None,
        }
    }

    pub fn msg_for_key(&self, key: &KeyEvent) -> Option<Msg> {
        let context = self.context();
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            return Some(Msg::Action(Action::Quit));
        }
        if let Some(action) = self.keys.action(context, key) {
            return Some(Msg::Action(action));
        }
        if context.takes_text() {
            return keymap::text_request(key).map(Msg::Input);
        }
        None
    }

    /// Handles a key event as the terminal sends it.
    pub fn handle_event(&mut self, event: &Event) {
        if let Some(msg) = self.msg_for(event) {
            self.update(msg);
        }
    }

    pub(super) fn edit_text(&mut self, request: InputRequest) {
        match (&mut self.overlay, &mut self.page) {
            (Some(Overlay::Prompt { input, .. }), _) => {
                input.handle(request);
            }
            (
                Some(Overlay::Details(crate::tui::details::DetailsForm {
                    editing: Some(input),
                    ..
                })),
                _,
            ) => {
                input.handle(request);
            }
            (Some(Overlay::Finder(f)), _) => f.edit(request),
            (None, Page::List(l)) if l.filtering => {
                l.filter.handle(request);
                l.refilter();
            }
            (None, Page::Workshop(p)) => p.edit_text(request),
            _ => {}
        }
    }

    pub(super) fn paste(&mut self, text: &str) -> Said {
        match (&mut self.overlay, &mut self.page) {
            (Some(Overlay::Prompt { input, .. }), _) => {
                insert_text(input, text);
                nothing()
            }
            (Some(Overlay::Finder(f)), _) => {
                f.insert_str(text);
                nothing()
            }
            (Some(Overlay::Help { .. } | Overlay::Export { .. }), _) => nothing(),
            (None, Page::Workshop(p)) => p.paste(text),
            (None, Page::List(l)) if l.filtering => {
                insert_text(&mut l.filter, text);
                l.refilter();
                nothing()
            }
            _ => nothing(),
        }
    }
}
