//! Keys -> messages, in one table. The help screen reads the same table, so
//! what help says is what the keys do.
//!
//! Longer than most files because of the table: one binding per line,
//! every context's keys together, so a key bound twice is seen at a glance
//! (`tests/keymap.rs` checks it).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::InputRequest;

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
    pub fn title(self) -> &'static str {
        match self {
            Context::List => "Session list",
            Context::Workshop => "Workshop",
            Context::Profile => "Profile",
            Context::Compare => "Comparison",
            Context::Synthesis => "Synthesis",
            Context::Menu => "Export menu",
            Context::Reconcile => "Reconcile two codings",
            Context::Finder => "Search, picker and filter",
            Context::Capture => "Capture line",
            Context::TextLine => "Prompts",
            Context::Details => "Session details",
            Context::Projector => "Projector view",
            Context::Territory => "Territory (a folder)",
            Context::Help => "Help",
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
    pub help: &'static str,
}

use Action as A;
use Context as C;
use Key::{Char, Code, Ctrl};

const UP: &[Key] = &[Code(KeyCode::Up), Char('k')];
const DOWN: &[Key] = &[Code(KeyCode::Down), Char('j')];

/// Every binding of the app.
pub const BINDINGS: &[Binding] = &[
    // Session list
    Binding {
        context: C::List,
        keys: UP,
        action: A::Up,
        help: "previous session",
    },
    Binding {
        context: C::List,
        keys: DOWN,
        action: A::Down,
        help: "next session",
    },
    Binding {
        context: C::List,
        keys: &[Code(KeyCode::Enter)],
        action: A::Open,
        help: "open the selected session",
    },
    Binding {
        context: C::List,
        keys: &[Char('/')],
        action: A::Filter,
        help: "filter the list (fuzzy, as you type)",
    },
    Binding {
        context: C::List,
        keys: &[Char('n')],
        action: A::NewSession,
        help: "new session (asks for its title)",
    },
    Binding {
        context: C::List,
        keys: &[Code(KeyCode::Esc)],
        action: A::Back,
        help: "clear the filter",
    },
    Binding {
        context: C::List,
        keys: &[Char(' ')],
        action: A::Mark,
        help: "mark the selected session for comparison",
    },
    Binding {
        context: C::List,
        keys: &[Char('C')],
        action: A::Compare,
        help: "compare the marked sessions (or the selected one): groups side by side, tested",
    },
    Binding {
        context: C::List,
        keys: &[Char('M')],
        action: A::MergeSessions,
        help: "merge the marked sessions (facilitators' files) into a new one; conflicts are written beside it",
    },
    Binding {
        context: C::List,
        keys: &[Char('R')],
        action: A::Reconcile,
        help: "reconcile the two marked codings of a session (makes a new file beside the first)",
    },
    Binding {
        context: C::List,
        keys: &[Char('?')],
        action: A::Help,
        help: "help",
    },
    Binding {
        context: C::List,
        keys: &[Char('q')],
        action: A::Quit,
        help: "quit",
    },
    // Workshop
    Binding {
        context: C::Workshop,
        keys: &[Char('a')],
        action: A::Capture,
        help: "capture notes: type, Enter adds and keeps the line open, Esc closes",
    },
    Binding {
        context: C::Workshop,
        keys: &[Key::FamilyDigit],
        action: A::Code(0),
        help: "code the selected note into family 1–8 (then go to the next uncoded note below)",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('0')],
        action: A::Uncode,
        help: "uncode the selected note",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('s')],
        action: A::AcceptSuggestion,
        help: "accept the suggested family (a coded note: show its suggestion; s again recodes)",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('c')],
        action: A::PickComponent,
        help: "pick a family or component (fuzzy, any language)",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::Tab)],
        action: A::NextQuestion,
        help: "next question (new notes take the current question)",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::BackTab)],
        action: A::PrevQuestion,
        help: "previous question",
    },
    Binding {
        context: C::Workshop,
        keys: UP,
        action: A::Up,
        help: "previous note",
    },
    Binding {
        context: C::Workshop,
        keys: DOWN,
        action: A::Down,
        help: "next note",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::Left), Char('h')],
        action: A::PrevGroup,
        help: "previous group",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::Right), Char('l')],
        action: A::NextGroup,
        help: "next group",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::PageUp)],
        action: A::PageUp,
        help: "a page up",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::PageDown)],
        action: A::PageDown,
        help: "a page down",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::Home)],
        action: A::Top,
        help: "first note",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::End), Char('G')],
        action: A::Bottom,
        help: "last note",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('f')],
        action: A::FirstUncoded,
        help: "go to the group's first uncoded note",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('i')],
        action: A::Details,
        help: "the session's details: title, place, date, facilitators, language, questions, the group's description and participants",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('e'), Code(KeyCode::Enter)],
        action: A::Edit,
        help: "edit the selected note",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('d'), Code(KeyCode::Delete)],
        action: A::Delete,
        help: "delete the selected note (u brings it back)",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('m')],
        action: A::Move,
        help: "move the selected note to another group or question",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('g')],
        action: A::NewGroup,
        help: "add a group",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('r')],
        action: A::RenameGroup,
        help: "rename the selected group",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('n')],
        action: A::Participants,
        help: "set the group's number of participants",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('L')],
        action: A::Language,
        help: "show labels in the next language (en, sv, da, fr)",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('u')],
        action: A::Undo,
        help: "undo",
    },
    Binding {
        context: C::Workshop,
        keys: &[Ctrl('r')],
        action: A::Redo,
        help: "redo",
    },
    Binding {
        context: C::Workshop,
        keys: &[Ctrl('s')],
        action: A::Save,
        help: "save now (autosave does it after every change); after another program changed the file, write over it",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('p')],
        action: A::Profile,
        help: "profile of the group and the session",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('C')],
        action: A::Compare,
        help: "compare the session's groups: table, residuals, chi-square, distances",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('S')],
        action: A::Synthesis,
        help: "synthesis: merge notes that say the same thing into criteria",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('W')],
        action: A::SaveAs,
        help: "save the session to another file (it then lives there)",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('R')],
        action: A::Reconcile,
        help: "reconcile: walk through the notes two coders disagree on",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('E')],
        action: A::Export,
        help: "export: summary page, Markdown, spreadsheets, REFI-QDA (written beside the session)",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('/')],
        action: A::Search,
        help: "search every note of the session",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('?')],
        action: A::Help,
        help: "help",
    },
    Binding {
        context: C::Workshop,
        keys: &[Code(KeyCode::Esc)],
        action: A::Back,
        help: "clear the message",
    },
    Binding {
        context: C::Workshop,
        keys: &[Char('q')],
        action: A::Quit,
        help: "quit (everything is already saved)",
    },
    // Profile
    Binding {
        context: C::Profile,
        keys: &[Code(KeyCode::Left), Char('h')],
        action: A::PrevGroup,
        help: "previous group",
    },
    Binding {
        context: C::Profile,
        keys: &[Code(KeyCode::Right), Char('l')],
        action: A::NextGroup,
        help: "next group",
    },
    Binding {
        context: C::Profile,
        keys: &[Code(KeyCode::Tab)],
        action: A::NextQuestion,
        help: "bars for the next question (or all)",
    },
    Binding {
        context: C::Profile,
        keys: &[Char('L')],
        action: A::Language,
        help: "next language",
    },
    Binding {
        context: C::Profile,
        keys: &[Char('?')],
        action: A::Help,
        help: "help",
    },
    Binding {
        context: C::Profile,
        keys: &[Code(KeyCode::Esc), Char('p')],
        action: A::Back,
        help: "back to the workshop",
    },
    Binding {
        context: C::Profile,
        keys: &[Char('q')],
        action: A::Quit,
        help: "quit",
    },
    // Comparison
    Binding {
        context: C::Compare,
        keys: UP,
        action: A::Up,
        help: "scroll up",
    },
    Binding {
        context: C::Compare,
        keys: DOWN,
        action: A::Down,
        help: "scroll down",
    },
    Binding {
        context: C::Compare,
        keys: &[Char('v')],
        action: A::ToggleShares,
        help: "counts or shares",
    },
    Binding {
        context: C::Compare,
        keys: &[Code(KeyCode::Tab)],
        action: A::NextQuestion,
        help: "next question (or all)",
    },
    Binding {
        context: C::Compare,
        keys: &[Char('b')],
        action: A::ToggleBy,
        help: "compare groups or whole sessions",
    },
    Binding {
        context: C::Compare,
        keys: &[Char('L')],
        action: A::Language,
        help: "next language",
    },
    Binding {
        context: C::Compare,
        keys: &[Char('?')],
        action: A::Help,
        help: "help",
    },
    Binding {
        context: C::Compare,
        keys: &[Code(KeyCode::Esc), Char('C')],
        action: A::Back,
        help: "back",
    },
    Binding {
        context: C::Compare,
        keys: &[Char('q')],
        action: A::Quit,
        help: "quit",
    },
    // Synthesis
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::Left), Char('h')],
        action: A::PrevGroup,
        help: "previous family",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::Right), Char('l')],
        action: A::NextGroup,
        help: "next family",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Key::FamilyDigit],
        action: A::Code(0),
        help: "go to family 1–8",
    },
    Binding {
        context: C::Synthesis,
        keys: UP,
        action: A::Up,
        help: "previous criterion or note",
    },
    Binding {
        context: C::Synthesis,
        keys: DOWN,
        action: A::Down,
        help: "next criterion or note",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::PageUp)],
        action: A::PageUp,
        help: "a page up",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::PageDown)],
        action: A::PageDown,
        help: "a page down",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::Home)],
        action: A::Top,
        help: "first",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::End), Char('G')],
        action: A::Bottom,
        help: "last",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::Tab), Code(KeyCode::Enter)],
        action: A::SwitchPane,
        help: "between the criteria and their notes",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char(' ')],
        action: A::Mark,
        help: "mark or unmark the note (similar notes get ≈)",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('n')],
        action: A::NextSimilar,
        help: "go to the next similar note (≈)",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('m')],
        action: A::Merge,
        help: "merge the marked notes under a new wording (from a criterion: split them off)",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('a')],
        action: A::AddToCriterion,
        help: "add the marked notes to the selected criterion",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('x')],
        action: A::TakeOut,
        help: "take the marked (or selected) notes out of their criterion",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('r')],
        action: A::Reword,
        help: "reword the selected criterion",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('d')],
        action: A::Dissolve,
        help: "dissolve the selected criterion (its notes stay, unmerged)",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('u')],
        action: A::Undo,
        help: "undo",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Ctrl('r')],
        action: A::Redo,
        help: "redo",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('L')],
        action: A::Language,
        help: "next language",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('?')],
        action: A::Help,
        help: "help",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Code(KeyCode::Esc)],
        action: A::Back,
        help: "clear the marks, or back to the workshop",
    },
    Binding {
        context: C::Synthesis,
        keys: &[Char('q')],
        action: A::Quit,
        help: "quit",
    },
    // Reconcile
    Binding {
        context: C::Reconcile,
        keys: &[Code(KeyCode::Up), Char('k'), Code(KeyCode::Left), Char('h')],
        action: A::Up,
        help: "previous disagreement",
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
        help: "next disagreement",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('a')],
        action: A::TakeFirst,
        help: "take the first coder's family",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('b')],
        action: A::TakeSecond,
        help: "take the second coder's family",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('s')],
        action: A::AcceptSuggestion,
        help: "take the suggested family",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Key::FamilyDigit],
        action: A::Code(0),
        help: "decide on another family, 1–8",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('n')],
        action: A::NextSimilar,
        help: "next note not decided yet",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('u')],
        action: A::Undo,
        help: "undo",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Ctrl('r')],
        action: A::Redo,
        help: "redo",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('?')],
        action: A::Help,
        help: "help",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Code(KeyCode::Esc)],
        action: A::Back,
        help: "back to the workshop (decisions are saved as made)",
    },
    Binding {
        context: C::Reconcile,
        keys: &[Char('q')],
        action: A::Quit,
        help: "quit",
    },
    // Export menu
    Binding {
        context: C::Menu,
        keys: UP,
        action: A::Up,
        help: "previous format",
    },
    Binding {
        context: C::Menu,
        keys: DOWN,
        action: A::Down,
        help: "next format",
    },
    Binding {
        context: C::Menu,
        keys: &[Code(KeyCode::Enter)],
        action: A::Submit,
        help: "export in the selected format",
    },
    Binding {
        context: C::Menu,
        keys: &[Code(KeyCode::Esc), Char('q')],
        action: A::Cancel,
        help: "close",
    },
    // Finder: search, picker, filter
    Binding {
        context: C::Finder,
        keys: &[Code(KeyCode::Up), Ctrl('p')],
        action: A::Up,
        help: "previous result",
    },
    Binding {
        context: C::Finder,
        keys: &[Code(KeyCode::Down), Ctrl('n')],
        action: A::Down,
        help: "next result",
    },
    Binding {
        context: C::Finder,
        keys: &[Code(KeyCode::Enter)],
        action: A::Submit,
        help: "take the selected result",
    },
    Binding {
        context: C::Finder,
        keys: &[Code(KeyCode::Esc)],
        action: A::Cancel,
        help: "close",
    },
    // The capture line
    Binding {
        context: C::Capture,
        keys: &[Code(KeyCode::Enter)],
        action: A::Submit,
        help: "add the note, uncoded (the line stays open)",
    },
    Binding {
        context: C::Capture,
        keys: &[Key::AltFamilyDigit, Key::FunctionFamily],
        action: A::AddAndCode(0),
        help: "add the note coded in that family (on an empty line: code the note just added); the line stays open",
    },
    Binding {
        context: C::Capture,
        keys: &[Code(KeyCode::Tab)],
        action: A::NextQuestion,
        help: "next question (the next notes take it)",
    },
    Binding {
        context: C::Capture,
        keys: &[Code(KeyCode::BackTab)],
        action: A::PrevQuestion,
        help: "previous question",
    },
    Binding {
        context: C::Capture,
        keys: &[Code(KeyCode::Esc)],
        action: A::Cancel,
        help: "close the line (selects the last note added)",
    },
    Binding {
        context: C::Capture,
        keys: &[Ctrl('j')],
        action: A::JoinPaste,
        help: "after a multi-line paste: join the lines into one note",
    },
    // The projector view
    Binding {
        context: C::Projector,
        keys: &[Code(KeyCode::Left), Char('h')],
        action: A::PrevGroup,
        help: "previous group",
    },
    Binding {
        context: C::Projector,
        keys: &[Code(KeyCode::Right), Char('l')],
        action: A::NextGroup,
        help: "next group",
    },
    Binding {
        context: C::Projector,
        keys: &[Code(KeyCode::Tab)],
        action: A::NextQuestion,
        help: "one question, the next, or all of them",
    },
    Binding {
        context: C::Projector,
        keys: &[Char('q')],
        action: A::Quit,
        help: "quit",
    },
    // A territory folder
    Binding {
        context: C::Territory,
        keys: UP,
        action: A::Up,
        help: "previous session",
    },
    Binding {
        context: C::Territory,
        keys: DOWN,
        action: A::Down,
        help: "next session",
    },
    Binding {
        context: C::Territory,
        keys: &[Code(KeyCode::PageUp)],
        action: A::PageUp,
        help: "ten sessions up",
    },
    Binding {
        context: C::Territory,
        keys: &[Code(KeyCode::PageDown)],
        action: A::PageDown,
        help: "ten sessions down",
    },
    Binding {
        context: C::Territory,
        keys: &[Code(KeyCode::Enter)],
        action: A::Open,
        help: "open the session (q closes it and comes back here)",
    },
    Binding {
        context: C::Territory,
        keys: &[Char('C')],
        action: A::Compare,
        help: "the live comparison of every group of the territory",
    },
    Binding {
        context: C::Territory,
        keys: &[Char('?')],
        action: A::Help,
        help: "help",
    },
    Binding {
        context: C::Territory,
        keys: &[Char('q')],
        action: A::Quit,
        help: "quit",
    },
    // The details form
    Binding {
        context: C::Details,
        keys: UP,
        action: A::Up,
        help: "previous detail",
    },
    Binding {
        context: C::Details,
        keys: DOWN,
        action: A::Down,
        help: "next detail",
    },
    Binding {
        context: C::Details,
        keys: &[Code(KeyCode::Enter)],
        action: A::Submit,
        help: "edit the detail (Enter again makes the change; the language goes to the next)",
    },
    Binding {
        context: C::Details,
        keys: &[Char('K')],
        action: A::MoveUp,
        help: "move the question up (while no note answers it or the one above)",
    },
    Binding {
        context: C::Details,
        keys: &[Char('J')],
        action: A::MoveDown,
        help: "move the question down",
    },
    Binding {
        context: C::Details,
        keys: &[Code(KeyCode::Esc), Char('i')],
        action: A::Back,
        help: "close the form",
    },
    // Prompts
    Binding {
        context: C::TextLine,
        keys: &[Code(KeyCode::Enter)],
        action: A::Submit,
        help: "confirm",
    },
    Binding {
        context: C::TextLine,
        keys: &[Code(KeyCode::Esc)],
        action: A::Cancel,
        help: "cancel",
    },
    // Help
    Binding {
        context: C::Help,
        keys: UP,
        action: A::Up,
        help: "scroll up",
    },
    Binding {
        context: C::Help,
        keys: DOWN,
        action: A::Down,
        help: "scroll down",
    },
    Binding {
        context: C::Help,
        keys: &[Code(KeyCode::Esc), Char('?'), Char('q')],
        action: A::Back,
        help: "close help",
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

/// The action bound to a key in a context.
pub fn action(context: Context, event: &KeyEvent) -> Option<Action> {
    BINDINGS
        .iter()
        .filter(|b| b.context == context)
        .find_map(|b| {
            b.keys
                .iter()
                .find_map(|k| matches(k, event))
                .map(|digit| match (b.action, digit) {
                    (Action::Code(_), Some(d)) => Action::Code(d),
                    (Action::AddAndCode(_), Some(d)) => Action::AddAndCode(d),
                    (a, _) => a,
                })
        })
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
    binding
        .keys
        .iter()
        .map(key_name)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first key bound to an action in a context, for hints.
pub fn hint(context: Context, action: Action) -> String {
    BINDINGS
        .iter()
        .find(|b| b.context == context && b.action == action)
        .and_then(|b| b.keys.first())
        .map(key_name)
        .unwrap_or_default()
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
