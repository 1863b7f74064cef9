//! Keys -> messages, in one table. The help screen reads the same table, so
//! what help says is what the keys do.
//!
//! Longer than most files because of the table: one binding per line,
//! every context's keys together, so a key bound twice is seen at a glance
//! (`tests/keymap.rs` checks it).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::InputRequest;

use crate::model::Lang;
use crate::tr;

/// Where a key is pressed: each screen or mode has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    List,
    Workshop,
    Profile,
    Compare,
    Synthesis,
    /// A short menu (the exports).
    Menu,
    Reconcile,
    /// Lists with a text line above them: search, picker, filter.
    Finder,
    /// The capture line, where notes are typed (and coded).
    Capture,
    /// A line of text asked for: a prompt, a detail being edited.
    TextLine,
    /// The session's details form.
    Details,
    Help,
    /// The projector view (`spiral FILE --view`).
    Projector,
    /// A territory folder (`spiral FOLDER`): its sessions and the feed.
    Territory,
}

impl Context {
    pub const ALL: [Context; 14] = [
        Context::List,
        Context::Workshop,
        Context::Profile,
        Context::Compare,
        Context::Synthesis,
        Context::Menu,
        Context::Reconcile,
        Context::Finder,
        Context::Capture,
        Context::TextLine,
        Context::Details,
        Context::Help,
        Context::Projector,
        Context::Territory,
    ];

    /// Its name in a keymap file, and in its bindings' help ids.
    pub fn name(self) -> &'static str {
        match self {
            Context::List => "list",
            Context::Workshop => "workshop",
            Context::Profile => "profile",
            Context::Compare => "compare",
            Context::Synthesis => "synthesis",
            Context::Menu => "menu",
            Context::Reconcile => "reconcile",
            Context::Finder => "finder",
            Context::Capture => "capture",
            Context::TextLine => "text-line",
            Context::Details => "details",
            Context::Help => "help",
            Context::Projector => "projector",
            Context::Territory => "territory",
        }
    }

    /// Whether a letter typed here is text (a line being typed).
    pub fn takes_text(self) -> bool {
        matches!(self, Context::Capture | Context::TextLine | Context::Finder)
    }

    /// The heading of this context's keys in help.
    pub fn title(self, lang: Lang) -> String {
        match self {
            Context::List => tr!(lang, "context-list"),
            Context::Workshop => tr!(lang, "context-workshop"),
            Context::Profile => tr!(lang, "context-profile"),
            Context::Compare => tr!(lang, "context-compare"),
            Context::Synthesis => tr!(lang, "context-synthesis"),
            Context::Menu => tr!(lang, "context-menu"),
            Context::Reconcile => tr!(lang, "context-reconcile"),
            Context::Finder => tr!(lang, "context-finder"),
            Context::Capture => tr!(lang, "context-capture"),
            Context::TextLine => tr!(lang, "context-text-line"),
            Context::Details => tr!(lang, "context-details"),
            Context::Projector => tr!(lang, "context-projector"),
            Context::Territory => tr!(lang, "context-territory"),
            Context::Help => tr!(lang, "context-help"),
        }
    }
}

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    PrevGroup,
    NextGroup,
    Capture,
    /// Code the selected note with the family of this key.
    Code(u8),
    /// In the capture line: add the note typed, coded with the family of
    /// this key (on an empty line: code the note just added).
    AddAndCode(u8),
    /// Go to the first uncoded note of the group.
    FirstUncoded,
    /// Open the session's details form.
    Details,
    /// Move the selected row up or down (a question in the details form).
    MoveUp,
    MoveDown,
    Uncode,
    AcceptSuggestion,
    PickComponent,
    Edit,
    Delete,
    Move,
    NextQuestion,
    PrevQuestion,
    NewGroup,
    RenameGroup,
    Participants,
    Language,
    Undo,
    Redo,
    Profile,
    Search,
    Help,
    Back,
    Open,
    NewSession,
    Filter,
    Save,
    /// Open the comparison of the groups (or of the marked sessions).
    Compare,
    /// Open the synthesis of the session.
    Synthesis,
    /// Mark or unmark the selected session or note.
    Mark,
    /// Open the export menu.
    Export,
    /// Reconcile two codings (list: of the two marked sessions).
    Reconcile,
    /// Merge the marked sessions into a new one.
    MergeSessions,
    /// Save the session to another file.
    SaveAs,
    TakeFirst,
    TakeSecond,
    ToggleShares,
    ToggleBy,
    SwitchPane,
    Merge,
    AddToCriterion,
    TakeOut,
    Reword,
    Dissolve,
    NextSimilar,
    // Text editing, in text lines.
    Submit,
    Cancel,
    JoinPaste,
}

/// A key, as bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
    /// Any of the digits 1-9 (a family key).
    FamilyDigit,
    /// Alt and a digit 1-9 (a family key, where a digit is text).
    AltFamilyDigit,
    /// F1-F9 (a family key, where Alt is the terminal's, e.g. macOS
    /// Terminal without "Use Option as Meta").
    FunctionFamily,
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// The message (locales/*/help.ftl) that says what the key does.
    pub help: &'static str,
}

impl Binding {
    /// What the key does, in `lang`.
    pub fn says(&self, lang: Lang) -> String {
        crate::i18n::say(lang, self.help, &[])
    }
}

use Action as A;
use Context as C;
use Key::{Char, Code, Ctrl};

const UP: &[Key] = &[Code(KeyCode::Up), Char('k')];
const DOWN: &[Key] = &[Code(KeyCode::Down), Char('j')];

/// Every binding of the app, as shipped (a keymap file patches it:
/// `Keymap`). `?`, `/` and `[` are hard to reach on Nordic and French
/// layouts (AltGr, or Shift and a digit): help has F1 too, search and
/// filter Ctrl-f.
pub const BINDINGS: &[Binding] = &[
    // Session list
    Binding {
        context: C::List,
        keys: UP,
        action: A::Up,
        help: "key-list-up",
    },
    Binding {
        context: C::List,
        keys: DOWN,
        action: A::Down,
        help: "key-list-down",
    },
    Binding {
        context: C::List,
        keys: &[Code(KeyCode::Enter)],
        action: A::Open,
        help: "key-list-open",
    },
    Binding {
        context: C::List,
        keys: &[Char('/'), Ctrl('f')],
        action: A::Filter,
        help: "key-list-filter",
    },
    Binding {
        context: C::List,
        keys: &[Char('n')],
        action: A::NewSession,
        help: "key-list-new-session",
    },
    Binding {
        context: C::List,
        keys: &[Code(KeyCode::Esc)],
        action: A::Back,
        help: "key-list-back",
    },
    Binding {
        context: C::List,
        keys: &[Char(' ')],
        action: A::Mark,
        help: "key-list-mark",
    },
    Binding {
        context: C::List,
        keys: &[Char('C')],
        action: A::Compare,
        help: "key-list-compare",
    },
    Binding {
        context: C::List,
        keys: &[Char('M')],
        action: A::MergeSessions,
        help: "key-list-merge-sessions",
    },
    Binding {
        context: C::List,
        keys: &[Char('R')],
        action: A::Reconcile,
        help: "key-list-reconcile",
    },
    Binding {
        context: C::List,
        keys: &[Char('?'), Code(KeyCode::F(1))],
        action: A::Help,
        help: "key-list-help",
    },
    Binding {
        context: C::List,
        keys: &[Char('q')],
        action: A::Quit,
        help: "key-list-quit",
    },
    // Workshop
    Binding {
        context: C::Workshop,
        keys: &[Char('a')],
        action: A::Capture,
        help: "key-workshop-capture",
    },
    Binding {
        context: C::Workshop,
        keys: &[Key::FamilyDigit],
        action: A::Code(0),
        help: "key-workshop-code",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('0')],
        action: A::Uncode,
        help: "key-workshop-uncode",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('s')],
        action: A::AcceptSuggestion,
        help: "key-workshop-accept-suggestion",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('c')],
        action: A::PickComponent,
        help: "key-workshop-pick-component",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::Tab)],
        action: A::NextQuestion,
        help: "key-workshop-next-question",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::BackTab)],
        action: A::PrevQuestion,
        help: "key-workshop-prev-question",
    },
    Binding {
        context: C::Workshop,
        keys: UP,
        action: A::Up,
        help: "key-workshop-up",
    },
    Binding {
        context: C::Workshop,
        keys: DOWN,
        action: A::Down,
        help: "key-workshop-down",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::Left), Char('h')],
        action: A::PrevGroup,
        help: "key-workshop-prev-group",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::Right), Char('l')],
        action: A::NextGroup,
        help: "key-workshop-next-group",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::PageUp)],
        action: A::PageUp,
        help: "key-workshop-page-up",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::PageDown)],
        action: A::PageDown,
        help: "key-workshop-page-down",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::Home)],
        action: A::Top,
        help: "key-workshop-top",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::End), Char('G')],
        action: A::Bottom,
        help: "key-workshop-bottom",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('f')],
        action: A::FirstUncoded,
        help: "key-workshop-first-uncoded",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('i')],
        action: A::Details,
        help: "key-workshop-details",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('e'), Code(KeyCode::Enter)],
        action: A::Edit,
        help: "key-workshop-edit",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('d'), Code(KeyCode::Delete)],
        action: A::Delete,
        help: "key-workshop-delete",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('m')],
        action: A::Move,
        help: "key-workshop-move",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('g')],
        action: A::NewGroup,
        help: "key-workshop-new-group",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('r')],
        action: A::RenameGroup,
        help: "key-workshop-rename-group",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('n')],
        action: A::Participants,
        help: "key-workshop-participants",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('L')],
        action: A::Language,
        help: "key-workshop-language",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('u')],
        action: A::Undo,
        help: "key-workshop-undo",
    },
    Binding {
        context: C::Workshop,
        keys: &[Ctrl('r')],
        action: A::Redo,
        help: "key-workshop-redo",
    },
    Binding {
        context: C::Workshop,
        keys: &[Ctrl('s')],
        action: A::Save,
        help: "key-workshop-save",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('p')],
        action: A::Profile,
        help: "key-workshop-profile",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('C')],
        action: A::Compare,
        help: "key-workshop-compare",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('S')],
        action: A::Synthesis,
        help: "key-workshop-synthesis",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('W')],
        action: A::SaveAs,
        help: "key-workshop-save-as",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('R')],
        action: A::Reconcile,
        help: "key-workshop-reconcile",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('E')],
        action: A::Export,
        help: "key-workshop-export",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('/'), Ctrl('f')],
        action: A::Search,
        help: "key-workshop-search",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('?'), Code(KeyCode::F(1))],
        action: A::Help,
        help: "key-workshop-help",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::Esc)],
        action: A::Back,
        help: "key-workshop-back",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('q')],
        action: A::Quit,
        help: "key-workshop-quit",
    },
    // Profile
    Binding {
        context: C::Profile,
        keys: &[Code(KeyCode::Left), Char('h')],
        action: A::PrevGroup,
        help: "key-profile-prev-group",
    },
    Binding {
        context: C::Profile,
        keys: &[Code(KeyCode::Right), Char('l')],
        action: A::NextGroup,
        help: "key-profile-next-group",
    },
    Binding {
        context: C::Profile,
        keys: &[Code(KeyCode::Tab)],
        action: A::NextQuestion,
        help: "key-profile-next-question",
    },
    Binding {
        context: C::Profile,
        keys: &[Char('L')],
        action: A::Language,
        help: "key-profile-language",
    },
    Binding {
        context: C::Profile,
        keys: &[Char('?'), Code(KeyCode::F(1))],
        action: A::Help,
        help: "key-profile-help",
    },
    Binding {
        context: C::Profile,
        keys: &[Code(KeyCode::Esc), Char('p')],
        action: A::Back,
        help: "key-profile-back",
    },
    Binding {
        context: C::Profile,
        keys: &[Char('q')],
        action: A::Quit,
        help: "key-profile-quit",
    },
    // Comparison
    Binding {
        context: C::Compare,
        keys: UP,
        action: A::Up,
        help: "key-compare-up",
    },
    Binding {
        context: C::Compare,
        keys: DOWN,
        action: A::Down,
        help: "key-compare-down",
    },
    Binding {
        context: C::Compare,
        keys: &[Char('v')],
        action: A::ToggleShares,
        help: "key-compare-toggle-shares",
    },
    Binding {
        context: C::Compare,
        keys: &[Code(KeyCode::Tab)],
        action: A::NextQuestion,
        help: "key-compare-next-question",
    },
    Binding {
        context: C::Compare,
        keys: &[Char('b')],
        action: A::ToggleBy,
        help: "key-compare-toggle-by",
    },
    Binding {
        context: C::Compare,
        keys: &[Char('L')],
        action: A::Language,
        help: "key-compare-language",
    },
    Binding {
        context: C::Compare,
        keys: &[Char('?'), Code(KeyCode::F(1))],
        action: A::Help,
        help: "key-compare-help",
    },
    Binding {
        context: C::Compare,
        keys: &[Code(KeyCode::Esc), Char('C')],
        action: A::Back,
        help: "key-compare-back",
    },
    Binding {
        context: C::Compare,
        keys: &[Char('q')],
        action: A::Quit,
        help: "key-compare-quit",
    },
    // Synthesis
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::Left), Char('h')],
        action: A::PrevGroup,
        help: "key-synthesis-prev-group",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::Right), Char('l')],
        action: A::NextGroup,
        help: "key-synthesis-next-group",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Key::FamilyDigit],
        action: A::Code(0),
        help: "key-synthesis-code",
    },
    Binding {
        context: C::Synthesis,
        keys: UP,
        action: A::Up,
        help: "key-synthesis-up",
    },
    Binding {
        context: C::Synthesis,
        keys: DOWN,
        action: A::Down,
        help: "key-synthesis-down",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::PageUp)],
        action: A::PageUp,
        help: "key-synthesis-page-up",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::PageDown)],
        action: A::PageDown,
        help: "key-synthesis-page-down",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::Home)],
        action: A::Top,
        help: "key-synthesis-top",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::End), Char('G')],
        action: A::Bottom,
        help: "key-synthesis-bottom",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::Tab), Code(KeyCode::Enter)],
        action: A::SwitchPane,
        help: "key-synthesis-switch-pane",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char(' ')],
        action: A::Mark,
        help: "key-synthesis-mark",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('n')],
        action: A::NextSimilar,
        help: "key-synthesis-next-similar",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('m')],
        action: A::Merge,
        help: "key-synthesis-merge",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('a')],
        action: A::AddToCriterion,
        help: "key-synthesis-add-to-criterion",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('x')],
        action: A::TakeOut,
        help: "key-synthesis-take-out",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('r')],
        action: A::Reword,
        help: "key-synthesis-reword",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('d')],
        action: A::Dissolve,
        help: "key-synthesis-dissolve",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('u')],
        action: A::Undo,
        help: "key-synthesis-undo",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Ctrl('r')],
        action: A::Redo,
        help: "key-synthesis-redo",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('L')],
        action: A::Language,
        help: "key-synthesis-language",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('?'), Code(KeyCode::F(1))],
        action: A::Help,
        help: "key-synthesis-help",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::Esc)],
        action: A::Back,
        help: "key-synthesis-back",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('q')],
        action: A::Quit,
        help: "key-synthesis-quit",
    },
    // Reconcile
    Binding {
        context: C::Reconcile,
        keys: &[Code(KeyCode::Up), Char('k'), Code(KeyCode::Left), Char('h')],
        action: A::Up,
        help: "key-reconcile-up",
    },
    Binding {
        context: C::Reconcile,
        keys: &[
            Code(KeyCode::Down),
            Char('j'),
            Code(KeyCode::Right),
            Char('l'),
        ],
        action: A::Down,
        help: "key-reconcile-down",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('a')],
        action: A::TakeFirst,
        help: "key-reconcile-take-first",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('b')],
        action: A::TakeSecond,
        help: "key-reconcile-take-second",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('s')],
        action: A::AcceptSuggestion,
        help: "key-reconcile-accept-suggestion",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Key::FamilyDigit],
        action: A::Code(0),
        help: "key-reconcile-code",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('n')],
        action: A::NextSimilar,
        help: "key-reconcile-next-similar",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('u')],
        action: A::Undo,
        help: "key-reconcile-undo",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Ctrl('r')],
        action: A::Redo,
        help: "key-reconcile-redo",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('?'), Code(KeyCode::F(1))],
        action: A::Help,
        help: "key-reconcile-help",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Code(KeyCode::Esc)],
        action: A::Back,
        help: "key-reconcile-back",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('q')],
        action: A::Quit,
        help: "key-reconcile-quit",
    },
    // Export menu
    Binding {
        context: C::Menu,
        keys: UP,
        action: A::Up,
        help: "key-menu-up",
    },
    Binding {
        context: C::Menu,
        keys: DOWN,
        action: A::Down,
        help: "key-menu-down",
    },
    Binding {
        context: C::Menu,
        keys: &[Code(KeyCode::Enter)],
        action: A::Submit,
        help: "key-menu-submit",
    },
    Binding {
        context: C::Menu,
        keys: &[Code(KeyCode::Esc), Char('q')],
        action: A::Cancel,
        help: "key-menu-cancel",
    },
    // Finder: search, picker, filter
    Binding {
        context: C::Finder,
        keys: &[Code(KeyCode::Up), Ctrl('p')],
        action: A::Up,
        help: "key-finder-up",
    },
    Binding {
        context: C::Finder,
        keys: &[Code(KeyCode::Down), Ctrl('n')],
        action: A::Down,
        help: "key-finder-down",
    },
    Binding {
        context: C::Finder,
        keys: &[Code(KeyCode::Enter)],
        action: A::Submit,
        help: "key-finder-submit",
    },
    Binding {
        context: C::Finder,
        keys: &[Code(KeyCode::Esc)],
        action: A::Cancel,
        help: "key-finder-cancel",
    },
    // The capture line
    Binding {
        context: C::Capture,
        keys: &[Code(KeyCode::Enter)],
        action: A::Submit,
        help: "key-capture-submit",
    },
    Binding {
        context: C::Capture,
        keys: &[Key::AltFamilyDigit, Key::FunctionFamily],
        action: A::AddAndCode(0),
        help: "key-capture-add-and-code",
    },
    Binding {
        context: C::Capture,
        keys: &[Code(KeyCode::Tab)],
        action: A::NextQuestion,
        help: "key-capture-next-question",
    },
    Binding {
        context: C::Capture,
        keys: &[Code(KeyCode::BackTab)],
        action: A::PrevQuestion,
        help: "key-capture-prev-question",
    },
    Binding {
        context: C::Capture,
        keys: &[Code(KeyCode::Esc)],
        action: A::Cancel,
        help: "key-capture-cancel",
    },
    Binding {
        context: C::Capture,
        keys: &[Ctrl('j')],
        action: A::JoinPaste,
        help: "key-capture-join-paste",
    },
    // The projector view
    Binding {
        context: C::Projector,
        keys: &[Code(KeyCode::Left), Char('h')],
        action: A::PrevGroup,
        help: "key-projector-prev-group",
    },
    Binding {
        context: C::Projector,
        keys: &[Code(KeyCode::Right), Char('l')],
        action: A::NextGroup,
        help: "key-projector-next-group",
    },
    Binding {
        context: C::Projector,
        keys: &[Code(KeyCode::Tab)],
        action: A::NextQuestion,
        help: "key-projector-next-question",
    },
    Binding {
        context: C::Projector,
        keys: &[Char('q')],
        action: A::Quit,
        help: "key-projector-quit",
    },
    // A territory folder
    Binding {
        context: C::Territory,
        keys: UP,
        action: A::Up,
        help: "key-territory-up",
    },
    Binding {
        context: C::Territory,
        keys: DOWN,
        action: A::Down,
        help: "key-territory-down",
    },
    Binding {
        context: C::Territory,
        keys: &[Code(KeyCode::PageUp)],
        action: A::PageUp,
        help: "key-territory-page-up",
    },
    Binding {
        context: C::Territory,
        keys: &[Code(KeyCode::PageDown)],
        action: A::PageDown,
        help: "key-territory-page-down",
    },
    Binding {
        context: C::Territory,
        keys: &[Code(KeyCode::Enter)],
        action: A::Open,
        help: "key-territory-open",
    },
    Binding {
        context: C::Territory,
        keys: &[Char('C')],
        action: A::Compare,
        help: "key-territory-compare",
    },
    Binding {
        context: C::Territory,
        keys: &[Char('?'), Code(KeyCode::F(1))],
        action: A::Help,
        help: "key-territory-help",
    },
    Binding {
        context: C::Territory,
        keys: &[Char('q')],
        action: A::Quit,
        help: "key-territory-quit",
    },
    // The details form
    Binding {
        context: C::Details,
        keys: UP,
        action: A::Up,
        help: "key-details-up",
    },
    Binding {
        context: C::Details,
        keys: DOWN,
        action: A::Down,
        help: "key-details-down",
    },
    Binding {
        context: C::Details,
        keys: &[Code(KeyCode::Enter)],
        action: A::Submit,
        help: "key-details-submit",
    },
    Binding {
        context: C::Details,
        keys: &[Char('K')],
        action: A::MoveUp,
        help: "key-details-move-up",
    },
    Binding {
        context: C::Details,
        keys: &[Char('J')],
        action: A::MoveDown,
        help: "key-details-move-down",
    },
    Binding {
        context: C::Details,
        keys: &[Code(KeyCode::Esc), Char('i')],
        action: A::Back,
        help: "key-details-back",
    },
    // Prompts
    Binding {
        context: C::TextLine,
        keys: &[Code(KeyCode::Enter)],
        action: A::Submit,
        help: "key-text-line-submit",
    },
    Binding {
        context: C::TextLine,
        keys: &[Code(KeyCode::Esc)],
        action: A::Cancel,
        help: "key-text-line-cancel",
    },
    // Help
    Binding {
        context: C::Help,
        keys: UP,
        action: A::Up,
        help: "key-help-up",
    },
    Binding {
        context: C::Help,
        keys: DOWN,
        action: A::Down,
        help: "key-help-down",
    },
    Binding {
        context: C::Help,
        keys: &[
            Code(KeyCode::Esc),
            Char('?'),
            Code(KeyCode::F(1)),
            Char('q'),
        ],
        action: A::Back,
        help: "key-help-back",
    },
];

/// Whether `key` matches `event`: `Some` when it does, with the digit of a
/// family key (`Key::FamilyDigit`). Of the modifiers, only Ctrl and Alt
/// are looked at. (Public for the test that no key is bound twice in a
/// context.)
pub fn matches(key: &Key, event: &KeyEvent) -> Option<Option<u8>> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    let hit = match (key, event.code) {
        (Key::Char(c), KeyCode::Char(k)) => !ctrl && !alt && *c == k,
        (Key::Ctrl(c), KeyCode::Char(k)) => ctrl && c.eq_ignore_ascii_case(&k),
        (Key::Code(c), code) => !ctrl && *c == code,
        (Key::FamilyDigit, KeyCode::Char(d @ '1'..='9')) if !ctrl && !alt => {
            return Some(d.to_digit(10).map(|d| d as u8));
        }
        (Key::AltFamilyDigit, KeyCode::Char(d @ '1'..='9')) if alt && !ctrl => {
            return Some(d.to_digit(10).map(|d| d as u8));
        }
        (Key::FunctionFamily, KeyCode::F(n @ 1..=9)) if !ctrl && !alt => {
            return Some(Some(n));
        }
        _ => false,
    };
    hit.then_some(None)
}

/// The action bound to a key in a context (the table as shipped).
pub fn action(context: Context, event: &KeyEvent) -> Option<Action> {
    find_action(
        BINDINGS.iter().map(|b| (b.context, b.keys, b.action)),
        context,
        event,
    )
}

fn find_action<'a>(
    bindings: impl Iterator<Item = (Context, &'a [Key], Action)>,
    context: Context,
    event: &KeyEvent,
) -> Option<Action> {
    bindings
        .filter(|(c, _, _)| *c == context)
        .find_map(|(_, keys, action)| {
            keys.iter()
                .find_map(|k| matches(k, event))
                .map(|digit| match (action, digit) {
                    (Action::Code(_), Some(d)) => Action::Code(d),
                    (Action::AddAndCode(_), Some(d)) => Action::AddAndCode(d),
                    (a, _) => a,
                })
        })
}

/// The bindings in use: the table, patched by the user's keymap file
/// (`keys_file.rs`).
#[derive(Debug, Clone)]
pub struct Keymap {
    pub bindings: Vec<Bound>,
    /// The keymap file the bindings were patched from, and how many
    /// bindings it changed.
    pub patched: Option<(std::path::PathBuf, usize)>,
    /// Where a keymap file is looked for (none: the shipped keys, as in
    /// tests).
    pub file: Option<std::path::PathBuf>,
    /// The keymap file was refused (why is said as the app starts): the
    /// shipped keys are used.
    pub refused: bool,
}

/// A binding in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    pub context: Context,
    pub keys: Vec<Key>,
    pub action: Action,
    /// The message that says what the key does.
    pub help: &'static str,
}

impl Bound {
    pub fn says(&self, lang: Lang) -> String {
        crate::i18n::say(lang, self.help, &[])
    }

    /// The keys, as help shows them: `↑ k`.
    pub fn keys_label(&self) -> String {
        label_of(&self.keys)
    }

    /// The action's name in a keymap file: the end of its help id
    /// (`key-workshop-search`: `search`).
    pub fn action_name(&self) -> &'static str {
        let prefix_len = "key-".len() + self.context.name().len() + 1;
        self.help.get(prefix_len..).unwrap_or(self.help)
    }
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            bindings: BINDINGS
                .iter()
                .map(|b| Bound {
                    context: b.context,
                    keys: b.keys.to_vec(),
                    action: b.action,
                    help: b.help,
                })
                .collect(),
            patched: None,
            file: None,
            refused: false,
        }
    }
}

impl Keymap {
    /// The action bound to a key in a context.
    pub fn action(&self, context: Context, event: &KeyEvent) -> Option<Action> {
        find_action(
            self.bindings
                .iter()
                .map(|b| (b.context, b.keys.as_slice(), b.action)),
            context,
            event,
        )
    }

    /// The first key bound to an action in a context, for hints.
    pub fn hint(&self, context: Context, action: Action) -> String {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.action == action)
            .and_then(|b| b.keys.first())
            .map(key_name)
            .unwrap_or_default()
    }
}

/// How a key is written in help: `a`, `Ctrl-r`, `Enter`, `1–8`.
pub fn key_name(key: &Key) -> String {
    match key {
        Key::Char(' ') => "Space".into(),
        Key::Char(c) => c.to_string(),
        Key::Ctrl(c) => format!("Ctrl-{c}"),
        Key::FamilyDigit => "1–8".into(),
        Key::AltFamilyDigit => "Alt-1–8".into(),
        Key::FunctionFamily => "F1–F8".into(),
        Key::Code(code) => match code {
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            other => other.to_string(),
        },
    }
}

/// The keys of a binding, as help shows them: `↑ k`.
pub fn keys_label(binding: &Binding) -> String {
    label_of(binding.keys)
}

fn label_of(keys: &[Key]) -> String {
    keys.iter().map(key_name).collect::<Vec<_>>().join(" ")
}

/// Keys that edit a line of text.
pub fn text_request(key: &KeyEvent) -> Option<InputRequest> {
    use InputRequest as R;
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    Some(match key.code {
        KeyCode::Char('u') if ctrl => R::DeleteLine,
        KeyCode::Char('w') if ctrl => R::DeletePrevWord,
        KeyCode::Char('a') if ctrl => R::GoToStart,
        KeyCode::Char('e') if ctrl => R::GoToEnd,
        KeyCode::Char('k') if ctrl => R::DeleteTillEnd,
        KeyCode::Char('b') if alt => R::GoToPrevWord,
        KeyCode::Char('f') if alt => R::GoToNextWord,
        KeyCode::Char(_) if ctrl || alt => return None,
        KeyCode::Char(c) => R::InsertChar(c),
        KeyCode::Backspace if ctrl || alt => R::DeletePrevWord,
        KeyCode::Backspace => R::DeletePrevChar,
        KeyCode::Delete => R::DeleteNextChar,
        KeyCode::Left if ctrl => R::GoToPrevWord,
        KeyCode::Right if ctrl => R::GoToNextWord,
        KeyCode::Left => R::GoToPrevChar,
        KeyCode::Right => R::GoToNextChar,
        KeyCode::Home => R::GoToStart,
        KeyCode::End => R::GoToEnd,
        _ => return None,
    })
}
