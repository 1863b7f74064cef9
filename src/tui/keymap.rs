//! Keys -> messages, in one table. The help screen and the hint line under
//! each screen read the same table (a binding says whether and how it shows
//! in the hints), so what they say is what the keys do.
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
    /// The session's co-responsibility actions.
    Actions,
    /// The form of one action.
    ActionForm,
    /// A territory folder (`spiral FOLDER`): its sessions and the feed.
    Territory,
}

impl Context {
    pub const ALL: [Context; 16] = [
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
        Context::Actions,
        Context::ActionForm,
    ];

    /// The order of the contexts in help.
    pub const IN_HELP: [Context; 16] = [
        Context::Workshop,
        Context::Capture,
        Context::Details,
        Context::Projector,
        Context::Territory,
        Context::TextLine,
        Context::Finder,
        Context::Profile,
        Context::Actions,
        Context::ActionForm,
        Context::Compare,
        Context::Synthesis,
        Context::Reconcile,
        Context::Menu,
        Context::List,
        Context::Help,
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
            Context::Actions => "actions",
            Context::ActionForm => "action-form",
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
            Context::Actions => tr!(lang, "context-actions"),
            Context::ActionForm => tr!(lang, "context-action-form"),
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
    /// The projector view: go where the facilitator is, and follow again.
    Follow,
    /// Open the session's co-responsibility actions.
    Actions,
    /// Link the selected note to an action (a picker of them).
    LinkToAction,
    /// A new action (its title asked for).
    NewAction,
    /// A progress report on the selected action (its text asked for).
    AddReport,
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
    /// Whether and how the key shows in the hint line under the screen.
    pub hint: Option<Hint>,
}

/// A binding's place in the hint line of its context: its rank there
/// (the line is in rank order), the message that says it
/// (locales/*/app.ftl), and the keys written as is when the hint
/// stands for a group of keys (`1–8`, `j/k`); else its first key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub rank: u8,
    pub label: &'static str,
    pub keys: Option<&'static str>,
}

impl Binding {
    /// What the key does, in `lang`.
    pub fn says(&self, lang: Lang) -> String {
        crate::i18n::say(lang, self.help, &[])
    }
}

/// One binding, in a line of the table.
const fn bind(
    context: Context,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
        hint: None,
    }
}

impl Binding {
    /// The binding shows in the hint line, `rank`-th, with its first key.
    const fn hint(self, rank: u8, label: &'static str) -> Binding {
        self.hint_as(rank, label, None)
    }

    /// The binding shows in the hint line, `rank`-th, its keys written
    /// `keys` (a group: `1–8`), or its first key (`None`).
    const fn hint_as(
        mut self,
        rank: u8,
        label: &'static str,
        keys: Option<&'static str>,
    ) -> Binding {
        self.hint = Some(Hint { rank, label, keys });
        self
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
#[rustfmt::skip] // a table: one binding a line
pub const BINDINGS: &[Binding] = &[
    // Session list
    bind(C::List, UP, A::Up, "key-list-up"),
    bind(C::List, DOWN, A::Down, "key-list-down"),
    bind(C::List, &[Code(KeyCode::Enter)], A::Open, "key-list-open").hint(1, "hint-open"),
    bind(C::List, &[Char('/'), Ctrl('f')], A::Filter, "key-list-filter").hint(2, "hint-filter"),
    bind(C::List, &[Char('n')], A::NewSession, "key-list-new-session").hint(3, "hint-new"),
    bind(C::List, &[Code(KeyCode::Esc)], A::Back, "key-list-back"),
    bind(C::List, &[Char(' ')], A::Mark, "key-list-mark").hint(4, "hint-mark"),
    bind(C::List, &[Char('C')], A::Compare, "key-list-compare").hint(5, "hint-compare"),
    bind(C::List, &[Char('M')], A::MergeSessions, "key-list-merge-sessions").hint(6, "hint-merge"),
    bind(C::List, &[Char('R')], A::Reconcile, "key-list-reconcile"),
    bind(C::List, &[Char('?'), Code(KeyCode::F(1))], A::Help, "key-list-help").hint(7, "hint-help"),
    bind(C::List, &[Char('q')], A::Quit, "key-list-quit").hint(8, "hint-quit"),
    // Workshop
    bind(C::Workshop, &[Char('a')], A::Capture, "key-workshop-capture").hint(1, "hint-add"),
    bind(C::Workshop, &[Key::FamilyDigit], A::Code(0), "key-workshop-code").hint_as(2, "hint-code", Some("1–8")),
    bind(C::Workshop, &[Char('0')], A::Uncode, "key-workshop-uncode"),
    bind(C::Workshop, &[Char('s')], A::AcceptSuggestion, "key-workshop-accept-suggestion"),
    bind(C::Workshop, &[Char('c')], A::PickComponent, "key-workshop-pick-component").hint(3, "hint-pick"),
    bind(C::Workshop, &[Code(KeyCode::Tab)], A::NextQuestion, "key-workshop-next-question").hint(4, "hint-question"),
    bind(C::Workshop, &[Code(KeyCode::BackTab)], A::PrevQuestion, "key-workshop-prev-question"),
    bind(C::Workshop, UP, A::Up, "key-workshop-up"),
    bind(C::Workshop, DOWN, A::Down, "key-workshop-down"),
    bind(C::Workshop, &[Code(KeyCode::Left), Char('h')], A::PrevGroup, "key-workshop-prev-group"),
    bind(C::Workshop, &[Code(KeyCode::Right), Char('l')], A::NextGroup, "key-workshop-next-group"),
    bind(C::Workshop, &[Code(KeyCode::PageUp)], A::PageUp, "key-workshop-page-up"),
    bind(C::Workshop, &[Code(KeyCode::PageDown)], A::PageDown, "key-workshop-page-down"),
    bind(C::Workshop, &[Code(KeyCode::Home)], A::Top, "key-workshop-top"),
    bind(C::Workshop, &[Code(KeyCode::End), Char('G')], A::Bottom, "key-workshop-bottom"),
    bind(C::Workshop, &[Char('f')], A::FirstUncoded, "key-workshop-first-uncoded"),
    bind(C::Workshop, &[Char('i')], A::Details, "key-workshop-details"),
    bind(C::Workshop, &[Char('e'), Code(KeyCode::Enter)], A::Edit, "key-workshop-edit"),
    bind(C::Workshop, &[Char('d'), Code(KeyCode::Delete)], A::Delete, "key-workshop-delete"),
    bind(C::Workshop, &[Char('m')], A::Move, "key-workshop-move"),
    bind(C::Workshop, &[Char('g')], A::NewGroup, "key-workshop-new-group"),
    bind(C::Workshop, &[Char('r')], A::RenameGroup, "key-workshop-rename-group"),
    bind(C::Workshop, &[Char('n')], A::Participants, "key-workshop-participants"),
    bind(C::Workshop, &[Char('L')], A::Language, "key-workshop-language"),
    bind(C::Workshop, &[Char('u')], A::Undo, "key-workshop-undo").hint(5, "hint-undo"),
    bind(C::Workshop, &[Ctrl('r')], A::Redo, "key-workshop-redo"),
    bind(C::Workshop, &[Ctrl('s')], A::Save, "key-workshop-save"),
    bind(C::Workshop, &[Char('p')], A::Profile, "key-workshop-profile").hint(7, "hint-profile"),
    bind(C::Workshop, &[Char('C')], A::Compare, "key-workshop-compare").hint(9, "hint-compare"),
    bind(C::Workshop, &[Char('S')], A::Synthesis, "key-workshop-synthesis").hint(10, "hint-synthesis"),
    bind(C::Workshop, &[Char('A')], A::Actions, "key-workshop-actions").hint(11, "hint-actions"),
    bind(C::Workshop, &[Char('t')], A::LinkToAction, "key-workshop-link-to-action"),
    bind(C::Workshop, &[Char('W')], A::SaveAs, "key-workshop-save-as"),
    bind(C::Workshop, &[Char('R')], A::Reconcile, "key-workshop-reconcile"),
    bind(C::Workshop, &[Char('E')], A::Export, "key-workshop-export"),
    bind(C::Workshop, &[Char('/'), Ctrl('f')], A::Search, "key-workshop-search").hint(6, "hint-search"),
    bind(C::Workshop, &[Char('?'), Code(KeyCode::F(1))], A::Help, "key-workshop-help").hint(8, "hint-help"),
    bind(C::Workshop, &[Code(KeyCode::Esc)], A::Back, "key-workshop-back"),
    bind(C::Workshop, &[Char('q')], A::Quit, "key-workshop-quit"),
    // Profile
    bind(C::Profile, &[Code(KeyCode::Left), Char('h')], A::PrevGroup, "key-profile-prev-group"),
    bind(C::Profile, &[Code(KeyCode::Right), Char('l')], A::NextGroup, "key-profile-next-group").hint(1, "hint-group"),
    bind(C::Profile, &[Code(KeyCode::Tab)], A::NextQuestion, "key-profile-next-question").hint(2, "hint-question"),
    bind(C::Profile, &[Char('L')], A::Language, "key-profile-language"),
    bind(C::Profile, &[Char('A')], A::Actions, "key-profile-actions").hint(3, "hint-actions"),
    bind(C::Profile, &[Char('?'), Code(KeyCode::F(1))], A::Help, "key-profile-help").hint(5, "hint-help"),
    bind(C::Profile, &[Code(KeyCode::Esc), Char('p')], A::Back, "key-profile-back").hint(4, "hint-back"),
    bind(C::Profile, &[Char('q')], A::Quit, "key-profile-quit"),
    // Comparison
    bind(C::Compare, UP, A::Up, "key-compare-up"),
    bind(C::Compare, DOWN, A::Down, "key-compare-down").hint(4, "hint-scroll"),
    bind(C::Compare, &[Char('v')], A::ToggleShares, "key-compare-toggle-shares").hint(1, "hint-counts-shares"),
    bind(C::Compare, &[Code(KeyCode::Tab)], A::NextQuestion, "key-compare-next-question").hint(2, "hint-question"),
    bind(C::Compare, &[Char('b')], A::ToggleBy, "key-compare-toggle-by").hint(3, "hint-groups-sessions"),
    bind(C::Compare, &[Char('L')], A::Language, "key-compare-language"),
    bind(C::Compare, &[Char('?'), Code(KeyCode::F(1))], A::Help, "key-compare-help").hint(6, "hint-help"),
    bind(C::Compare, &[Code(KeyCode::Esc), Char('C')], A::Back, "key-compare-back").hint(5, "hint-back"),
    bind(C::Compare, &[Char('q')], A::Quit, "key-compare-quit"),
    // Synthesis
    bind(C::Synthesis, &[Code(KeyCode::Left), Char('h')], A::PrevGroup, "key-synthesis-prev-group"),
    bind(C::Synthesis, &[Code(KeyCode::Right), Char('l')], A::NextGroup, "key-synthesis-next-group").hint(6, "hint-family"),
    bind(C::Synthesis, &[Key::FamilyDigit], A::Code(0), "key-synthesis-code"),
    bind(C::Synthesis, UP, A::Up, "key-synthesis-up"),
    bind(C::Synthesis, DOWN, A::Down, "key-synthesis-down"),
    bind(C::Synthesis, &[Code(KeyCode::PageUp)], A::PageUp, "key-synthesis-page-up"),
    bind(C::Synthesis, &[Code(KeyCode::PageDown)], A::PageDown, "key-synthesis-page-down"),
    bind(C::Synthesis, &[Code(KeyCode::Home)], A::Top, "key-synthesis-top"),
    bind(C::Synthesis, &[Code(KeyCode::End), Char('G')], A::Bottom, "key-synthesis-bottom"),
    bind(C::Synthesis, &[Code(KeyCode::Tab), Code(KeyCode::Enter)], A::SwitchPane, "key-synthesis-switch-pane").hint(5, "hint-pane"),
    bind(C::Synthesis, &[Char(' ')], A::Mark, "key-synthesis-mark").hint(1, "hint-mark"),
    bind(C::Synthesis, &[Char('n')], A::NextSimilar, "key-synthesis-next-similar"),
    bind(C::Synthesis, &[Char('m')], A::Merge, "key-synthesis-merge").hint(2, "hint-merge"),
    bind(C::Synthesis, &[Char('a')], A::AddToCriterion, "key-synthesis-add-to-criterion").hint(3, "hint-add"),
    bind(C::Synthesis, &[Char('x')], A::TakeOut, "key-synthesis-take-out").hint(4, "hint-take-out"),
    bind(C::Synthesis, &[Char('r')], A::Reword, "key-synthesis-reword"),
    bind(C::Synthesis, &[Char('d')], A::Dissolve, "key-synthesis-dissolve"),
    bind(C::Synthesis, &[Char('u')], A::Undo, "key-synthesis-undo").hint(7, "hint-undo"),
    bind(C::Synthesis, &[Ctrl('r')], A::Redo, "key-synthesis-redo"),
    bind(C::Synthesis, &[Char('L')], A::Language, "key-synthesis-language"),
    bind(C::Synthesis, &[Char('?'), Code(KeyCode::F(1))], A::Help, "key-synthesis-help").hint(9, "hint-help"),
    bind(C::Synthesis, &[Code(KeyCode::Esc)], A::Back, "key-synthesis-back").hint(8, "hint-back"),
    bind(C::Synthesis, &[Char('q')], A::Quit, "key-synthesis-quit"),
    // Reconcile
    bind(C::Reconcile, &[Code(KeyCode::Up), Char('k'), Code(KeyCode::Left), Char('h')], A::Up, "key-reconcile-up"),
    bind(C::Reconcile, &[Code(KeyCode::Down), Char('j'), Code(KeyCode::Right), Char('l')], A::Down, "key-reconcile-down"),
    bind(C::Reconcile, &[Char('a')], A::TakeFirst, "key-reconcile-take-first").hint(1, "hint-first"),
    bind(C::Reconcile, &[Char('b')], A::TakeSecond, "key-reconcile-take-second").hint(2, "hint-second"),
    bind(C::Reconcile, &[Char('s')], A::AcceptSuggestion, "key-reconcile-accept-suggestion").hint(3, "hint-suggested"),
    bind(C::Reconcile, &[Key::FamilyDigit], A::Code(0), "key-reconcile-code").hint_as(4, "hint-other", Some("1–8")),
    bind(C::Reconcile, &[Char('n')], A::NextSimilar, "key-reconcile-next-similar").hint(5, "hint-next-open"),
    bind(C::Reconcile, &[Char('u')], A::Undo, "key-reconcile-undo").hint(6, "hint-undo"),
    bind(C::Reconcile, &[Ctrl('r')], A::Redo, "key-reconcile-redo"),
    bind(C::Reconcile, &[Char('?'), Code(KeyCode::F(1))], A::Help, "key-reconcile-help").hint(8, "hint-help"),
    bind(C::Reconcile, &[Code(KeyCode::Esc)], A::Back, "key-reconcile-back").hint(7, "hint-back"),
    bind(C::Reconcile, &[Char('q')], A::Quit, "key-reconcile-quit"),
    // Export menu
    bind(C::Menu, UP, A::Up, "key-menu-up"),
    bind(C::Menu, DOWN, A::Down, "key-menu-down").hint(1, "hint-move"),
    bind(C::Menu, &[Code(KeyCode::Enter)], A::Submit, "key-menu-submit").hint(2, "hint-export"),
    bind(C::Menu, &[Code(KeyCode::Esc), Char('q')], A::Cancel, "key-menu-cancel").hint(3, "hint-close"),
    // Finder: search, picker, filter
    bind(C::Finder, &[Code(KeyCode::Up), Ctrl('p')], A::Up, "key-finder-up"),
    bind(C::Finder, &[Code(KeyCode::Down), Ctrl('n')], A::Down, "key-finder-down").hint(1, "hint-move"),
    bind(C::Finder, &[Code(KeyCode::Enter)], A::Submit, "key-finder-submit").hint(2, "hint-take"),
    bind(C::Finder, &[Code(KeyCode::Esc)], A::Cancel, "key-finder-cancel").hint(3, "hint-close"),
    // The capture line
    bind(C::Capture, &[Code(KeyCode::Enter)], A::Submit, "key-capture-submit").hint(1, "hint-add"),
    bind(C::Capture, &[Key::AltFamilyDigit, Key::FunctionFamily], A::AddAndCode(0), "key-capture-add-and-code").hint_as(2, "hint-add-and-code-or-f1-f8", Some("Alt-1–8")),
    bind(C::Capture, &[Code(KeyCode::Tab)], A::NextQuestion, "key-capture-next-question").hint(3, "hint-question"),
    bind(C::Capture, &[Code(KeyCode::BackTab)], A::PrevQuestion, "key-capture-prev-question"),
    bind(C::Capture, &[Code(KeyCode::Esc)], A::Cancel, "key-capture-cancel").hint(4, "hint-close"),
    bind(C::Capture, &[Ctrl('j')], A::JoinPaste, "key-capture-join-paste"),
    // The projector view
    bind(C::Projector, &[Code(KeyCode::Left), Char('h')], A::PrevGroup, "key-projector-prev-group"),
    bind(C::Projector, &[Code(KeyCode::Right), Char('l')], A::NextGroup, "key-projector-next-group").hint(1, "hint-group"),
    bind(C::Projector, &[Code(KeyCode::Tab)], A::NextQuestion, "key-projector-next-question").hint(2, "hint-question-all"),
    bind(C::Projector, &[Char('f')], A::Follow, "key-projector-follow").hint(3, "hint-follow"),
    bind(C::Projector, &[Char('q')], A::Quit, "key-projector-quit").hint(4, "hint-quit"),
    // A territory folder
    bind(C::Territory, UP, A::Up, "key-territory-up"),
    bind(C::Territory, DOWN, A::Down, "key-territory-down").hint(1, "hint-session"),
    bind(C::Territory, &[Code(KeyCode::PageUp)], A::PageUp, "key-territory-page-up"),
    bind(C::Territory, &[Code(KeyCode::PageDown)], A::PageDown, "key-territory-page-down"),
    bind(C::Territory, &[Code(KeyCode::Enter)], A::Open, "key-territory-open").hint(2, "hint-open"),
    bind(C::Territory, &[Char('C')], A::Compare, "key-territory-compare").hint(3, "hint-compare-all-groups"),
    bind(C::Territory, &[Char('?'), Code(KeyCode::F(1))], A::Help, "key-territory-help").hint(4, "hint-help"),
    bind(C::Territory, &[Char('q')], A::Quit, "key-territory-quit").hint(5, "hint-quit"),
    // The actions
    bind(C::Actions, UP, A::Up, "key-actions-up"),
    bind(C::Actions, DOWN, A::Down, "key-actions-down").hint(1, "hint-move"),
    bind(C::Actions, &[Code(KeyCode::Enter), Char('e')], A::Edit, "key-actions-edit").hint(2, "hint-edit"),
    bind(C::Actions, &[Char('n')], A::NewAction, "key-actions-new").hint(3, "hint-new"),
    bind(C::Actions, &[Char('r')], A::AddReport, "key-actions-report").hint(4, "hint-report"),
    bind(C::Actions, &[Char('d'), Code(KeyCode::Delete)], A::Delete, "key-actions-delete"),
    bind(C::Actions, &[Code(KeyCode::PageUp)], A::PageUp, "key-actions-page-up"),
    bind(C::Actions, &[Code(KeyCode::PageDown)], A::PageDown, "key-actions-page-down"),
    bind(C::Actions, &[Char('u')], A::Undo, "key-actions-undo").hint(5, "hint-undo"),
    bind(C::Actions, &[Ctrl('r')], A::Redo, "key-actions-redo"),
    bind(C::Actions, &[Char('L')], A::Language, "key-actions-language"),
    bind(C::Actions, &[Char('?'), Code(KeyCode::F(1))], A::Help, "key-actions-help").hint(7, "hint-help"),
    bind(C::Actions, &[Code(KeyCode::Esc), Char('A')], A::Back, "key-actions-back").hint(6, "hint-back"),
    bind(C::Actions, &[Char('q')], A::Quit, "key-actions-quit"),
    // The form of an action
    bind(C::ActionForm, UP, A::Up, "key-action-form-up"),
    bind(C::ActionForm, DOWN, A::Down, "key-action-form-down").hint(1, "hint-move"),
    bind(C::ActionForm, &[Code(KeyCode::Enter)], A::Submit, "key-action-form-submit").hint(2, "hint-edit"),
    bind(C::ActionForm, &[Char('d'), Code(KeyCode::Delete)], A::Delete, "key-action-form-delete").hint(3, "hint-remove"),
    bind(C::ActionForm, &[Char('u')], A::Undo, "key-action-form-undo").hint(4, "hint-undo"),
    bind(C::ActionForm, &[Ctrl('r')], A::Redo, "key-action-form-redo"),
    bind(C::ActionForm, &[Code(KeyCode::Esc)], A::Back, "key-action-form-back").hint(5, "hint-close"),
    // The details form
    bind(C::Details, UP, A::Up, "key-details-up"),
    bind(C::Details, DOWN, A::Down, "key-details-down").hint(1, "hint-move"),
    bind(C::Details, &[Code(KeyCode::Enter)], A::Submit, "key-details-submit").hint(2, "hint-edit"),
    bind(C::Details, &[Char('K')], A::MoveUp, "key-details-move-up").hint(3, "hint-question-up"),
    bind(C::Details, &[Char('J')], A::MoveDown, "key-details-move-down").hint(4, "hint-down"),
    bind(C::Details, &[Code(KeyCode::Esc), Char('i')], A::Back, "key-details-back").hint(5, "hint-close"),
    // Prompts
    bind(C::TextLine, &[Code(KeyCode::Enter)], A::Submit, "key-text-line-submit").hint(1, "hint-confirm"),
    bind(C::TextLine, &[Code(KeyCode::Esc)], A::Cancel, "key-text-line-cancel").hint(2, "hint-cancel"),
    // Help
    bind(C::Help, UP, A::Up, "key-help-up"),
    bind(C::Help, DOWN, A::Down, "key-help-down").hint(1, "hint-scroll"),
    bind(C::Help, &[Code(KeyCode::PageUp)], A::PageUp, "key-help-page-up"),
    bind(C::Help, &[Code(KeyCode::PageDown)], A::PageDown, "key-help-page-down").hint(2, "hint-page"),
    bind(C::Help, &[Code(KeyCode::Home), Char('g')], A::Top, "key-help-top"),
    bind(C::Help, &[Code(KeyCode::End), Char('G')], A::Bottom, "key-help-bottom"),
    bind(C::Help, &[Code(KeyCode::Esc), Char('?'), Code(KeyCode::F(1)), Char('q')], A::Back, "key-help-back").hint(3, "hint-close"),
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
    /// Whether and how it shows in the hint line.
    pub hint: Option<Hint>,
}

impl Bound {
    pub fn says(&self, lang: Lang) -> String {
        crate::i18n::say(lang, self.help, &[])
    }

    /// The keys, as help shows them in `lang`: `↑ k`, `Mellanslag`.
    pub fn keys_label_in(&self, lang: Lang) -> String {
        label_in(&self.keys, lang)
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
                    hint: b.hint,
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

    /// The first key bound to an action in a context.
    pub fn hint(&self, context: Context, action: Action) -> String {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.action == action)
            .and_then(|b| b.keys.first())
            .map(key_name)
            .unwrap_or_default()
    }

    /// The hint line of a context: each binding that shows there, in its
    /// rank, as its keys and the message that says it; help's hint last
    /// (the line keeps it whatever else it has room for).
    pub fn hints(&self, context: Context, lang: Lang) -> Vec<(String, &'static str)> {
        let mut shown: Vec<(Hint, &Bound)> = self
            .bindings
            .iter()
            .filter(|b| b.context == context)
            .filter_map(|b| Some((b.hint?, b)))
            .collect();
        shown.sort_by_key(|(hint, b)| (b.action == Action::Help, hint.rank));
        shown
            .into_iter()
            .map(|(hint, b)| {
                let keys = hint.keys.map_or_else(
                    || {
                        b.keys
                            .first()
                            .map(|k| key_name_in(k, lang))
                            .unwrap_or_default()
                    },
                    str::to_string,
                );
                (keys, hint.label)
            })
            .collect()
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

/// How a key is written on a screen in `lang`: as `key_name` writes it
/// (the name a keymap file uses), but for the keys whose names a keyboard
/// of the language prints otherwise (`Space`: `Mellanslag`, `Espace`;
/// `Shift-Tab`: `Skift-Tab`, `Maj-Tab`; `Home`: `Début`).
pub fn key_name_in(key: &Key, lang: Lang) -> String {
    match key {
        Key::Char(' ') => tr!(lang, "key-name-space"),
        Key::Ctrl(c) => format!("{}-{c}", tr!(lang, "key-name-ctrl")),
        Key::Code(KeyCode::BackTab) => tr!(lang, "key-name-shift-tab"),
        Key::Code(KeyCode::PageUp) => tr!(lang, "key-name-page-up"),
        Key::Code(KeyCode::PageDown) => tr!(lang, "key-name-page-down"),
        Key::Code(KeyCode::Home) => tr!(lang, "key-name-home"),
        Key::Code(KeyCode::End) => tr!(lang, "key-name-end"),
        other => key_name(other),
    }
}

/// The keys of a binding, as help shows them in `lang`.
pub fn keys_label_in(binding: &Binding, lang: Lang) -> String {
    label_in(binding.keys, lang)
}

fn label_in(keys: &[Key], lang: Lang) -> String {
    keys.iter()
        .map(|k| key_name_in(k, lang))
        .collect::<Vec<_>>()
        .join(" ")
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
