//! The app's state and every behaviour: `Msg` in, new `State` out. Nothing
//! here draws; `view` draws the state.

use std::path::{Path, PathBuf};

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::{Input, InputRequest};

use super::compare::{Back, CompareScreen};
use super::finder::{Finder, insert_text};
use super::keymap::{self, Action, Context};
pub use super::list::SessionList;
use super::workshop::{Said, Workshop};
use crate::model::{Framework, Lang, Session};
use crate::store;
use crate::text::fold;

/// What the app is told: an action from the key table, an edit of the text
/// line, pasted text, or a new terminal size.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Action(Action),
    Input(InputRequest),
    Paste(String),
    Resize,
}

/// A line of text the app asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    NewGroup,
    RenameGroup,
    Participants,
    NewSession,
    NewCriterion,
    RewordCriterion,
    SaveAs,
}

impl PromptKind {
    pub fn title(self) -> &'static str {
        match self {
            PromptKind::NewGroup => "Name of the new group",
            PromptKind::RenameGroup => "New name of the group",
            PromptKind::Participants => "Number of participants (empty: unknown)",
            PromptKind::NewSession => "Title of the new session",
            PromptKind::NewCriterion => "Wording of the criterion",
            PromptKind::RewordCriterion => "New wording of the criterion",
            PromptKind::SaveAs => "Save the session to (a new file)",
        }
    }
}

/// What is drawn over the page.
#[derive(Debug)]
pub enum Overlay {
    Help {
        scroll: usize,
    },
    /// The export menu: the format selected (index into `Format::ALL`).
    Export {
        selected: usize,
    },
    Prompt {
        kind: PromptKind,
        input: Input,
    },
    Finder(Finder),
}

pub enum Page {
    List(SessionList),
    Workshop(Box<Workshop>),
    Compare(Box<CompareScreen>),
    /// A session that failed to load: shown, never written.
    Failed {
        path: PathBuf,
        error: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub struct State {
    pub framework: Framework,
    pub page: Page,
    pub overlay: Option<Overlay>,
    pub status: Option<Status>,
    pub quit: bool,
    /// Where unsaved work was written when the app ended without saving it
    /// where it belongs.
    pub rescued: Option<PathBuf>,
    /// Why work could be saved nowhere when the app ended (said on exit).
    pub unsaved: Option<String>,
    /// A quit was asked while the last save failed; a second one quits.
    quit_asked: bool,
}

impl State {
    /// The session list of a folder.
    pub fn list(framework: Framework, dir: &Path) -> State {
        State::with_page(framework, Page::List(SessionList::load(dir)))
    }

    /// A session in memory, saved nowhere, times shown in UTC (for tests and
    /// benchmarks: the same screen on every machine).
    pub fn in_memory(framework: Framework, session: Session) -> State {
        let mut w = Workshop::new(store::SessionFile::in_memory(session), framework.clone());
        w.time_zone = jiff::tz::TimeZone::UTC;
        State::with_page(framework, Page::Workshop(Box::new(w)))
    }

    /// The comparison of several session files (Esc goes to the session
    /// list of `dir`); refused, naming them, when some do not read.
    pub fn compare(framework: Framework, dir: &Path, files: Vec<PathBuf>) -> Result<State, String> {
        let list = Box::new(SessionList::load(dir));
        let screen = CompareScreen::of_files(files, list, &framework).map_err(|(_, why)| why)?;
        Ok(State::with_page(framework, Page::Compare(Box::new(screen))))
    }

    /// Opens a session file: locks it (or opens it read-only when another
    /// spiral has it), loads it, or shows why it does not load.
    pub fn open(framework: Framework, path: &Path) -> State {
        let page = open_page(&framework, path);
        let mut state = State::with_page(framework, page);
        state.status = state.opening_status();
        state
    }

    fn with_page(framework: Framework, page: Page) -> State {
        State {
            framework,
            page,
            overlay: None,
            status: None,
            quit: false,
            rescued: None,
            unsaved: None,
            quit_asked: false,
        }
    }

    fn opening_status(&self) -> Option<Status> {
        let Page::Workshop(w) = &self.page else {
            return None;
        };
        if let Some(who) = &w.file.read_only() {
            return Some(Status {
                text: format!(
                    "Read-only: this session is open in another spiral ({who}). Changes are off."
                ),
                error: true,
            });
        }
        if w.session().framework.id != self.framework.id {
            return Some(Status {
                text: format!(
                    "This session was coded with framework `{}`; it is shown with `{}`.",
                    w.session().framework.id,
                    self.framework.id
                ),
                error: true,
            });
        }
        None
    }

    /// The open workshop, wherever it is (on its page, or behind the
    /// comparison of its groups).
    pub fn workshop(&self) -> Option<&Workshop> {
        match &self.page {
            Page::Workshop(w) => Some(w),
            Page::Compare(screen) => match &screen.back {
                Back::Workshop(w) => Some(w),
                Back::List(_) => None,
            },
            _ => None,
        }
    }

    /// Where keys go now.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Help { .. }) => return Context::Help,
            Some(Overlay::Prompt { .. }) => return Context::TextLine,
            Some(Overlay::Finder(_)) => return Context::Finder,
            Some(Overlay::Export { .. }) => return Context::Menu,
            None => {}
        }
        match &self.page {
            Page::List(l) if l.filtering => Context::Finder,
            Page::List(_) | Page::Failed { .. } => Context::List,
            Page::Compare(_) => Context::Compare,
            Page::Workshop(w) if w.synthesis.is_some() => Context::Synthesis,
            Page::Workshop(w) if w.reconcile.is_some() => Context::Reconcile,
            Page::Workshop(w) if w.capture.is_some() => Context::TextLine,
            Page::Workshop(w) if w.profile_view.is_some() => Context::Profile,
            Page::Workshop(_) => Context::Workshop,
        }
    }

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
        if let Some(action) = keymap::action(context, key) {
            return Some(Msg::Action(action));
        }
        if matches!(context, Context::TextLine | Context::Finder) {
            return text_request(key).map(Msg::Input);
        }
        None
    }

    /// Handles a key event as the terminal sends it.
    pub fn handle_event(&mut self, event: &Event) {
        if let Some(msg) = self.msg_for(event) {
            self.update(msg);
        }
    }

    /// All behaviour: one message at a time.
    pub fn update(&mut self, msg: Msg) {
        let said = match msg {
            Msg::Resize => return,
            Msg::Paste(text) => self.paste(&text),
            Msg::Input(request) => {
                self.edit_text(request);
                return;
            }
            Msg::Action(action) => {
                if action != Action::Quit {
                    self.quit_asked = false;
                }
                self.act(action)
            }
        };
        match said {
            Ok(text) if text.is_empty() => {}
            Ok(text) => self.status = Some(Status { text, error: false }),
            Err(text) => self.status = Some(Status { text, error: true }),
        }
    }

    fn edit_text(&mut self, request: InputRequest) {
        match (&mut self.overlay, &mut self.page) {
            (Some(Overlay::Prompt { input, .. }), _) => {
                input.handle(request);
            }
            (Some(Overlay::Finder(f)), _) => f.edit(request),
            (None, Page::List(l)) if l.filtering => {
                l.filter.handle(request);
                l.refilter();
            }
            (None, Page::Workshop(w)) => {
                if let Some(c) = w.capture.as_mut() {
                    c.input.handle(request);
                }
            }
            _ => {}
        }
    }

    fn paste(&mut self, text: &str) -> Said {
        match (&mut self.overlay, &mut self.page) {
            (Some(Overlay::Prompt { input, .. }), _) => {
                insert_text(input, text);
                Ok(String::new())
            }
            (Some(Overlay::Finder(f)), _) => {
                f.insert_str(text);
                Ok(String::new())
            }
            (Some(Overlay::Help { .. } | Overlay::Export { .. }), _) => Ok(String::new()),
            (None, Page::Workshop(w))
                if w.profile_view.is_none() && w.synthesis.is_none() && w.reconcile.is_none() =>
            {
                w.paste(text)
            }
            (None, Page::List(l)) if l.filtering => {
                insert_text(&mut l.filter, text);
                l.refilter();
                Ok(String::new())
            }
            _ => Ok(String::new()),
        }
    }

    fn act(&mut self, action: Action) -> Said {
        if action == Action::Quit {
            return self.ask_quit();
        }
        if action == Action::Help && self.overlay.is_none() {
            self.overlay = Some(Overlay::Help { scroll: 0 });
            return Ok(String::new());
        }
        match self.overlay.take() {
            Some(overlay) => self.act_overlay(overlay, action),
            None => self.act_page(action),
        }
    }

    fn ask_quit(&mut self) -> Said {
        if let Some(w) = self.workshop_mut() {
            w.file.mark_deleted_as_unsaved();
        }
        if let Some(w) = self.workshop_mut()
            && let Some(Err(e)) = w.flush()
            && !self.quit_asked
        {
            self.quit_asked = true;
            return Err(format!("{e} Press q again to quit anyway."));
        }
        self.quit = true;
        Ok(String::new())
    }

    fn act_overlay(&mut self, overlay: Overlay, action: Action) -> Said {
        match overlay {
            Overlay::Help { scroll } => {
                match action {
                    Action::Up => {
                        self.overlay = Some(Overlay::Help {
                            scroll: scroll.saturating_sub(1),
                        })
                    }
                    Action::Down => self.overlay = Some(Overlay::Help { scroll: scroll + 1 }),
                    Action::Back => {}
                    _ => self.overlay = Some(Overlay::Help { scroll }),
                }
                Ok(String::new())
            }
            Overlay::Export { selected } => {
                let last = crate::export::Format::ALL.len() - 1;
                match action {
                    Action::Up => {
                        self.overlay = Some(Overlay::Export {
                            selected: selected.saturating_sub(1),
                        })
                    }
                    Action::Down => {
                        self.overlay = Some(Overlay::Export {
                            selected: (selected + 1).min(last),
                        })
                    }
                    Action::Submit => {
                        return match &self.page {
                            Page::Workshop(w) => {
                                w.export(crate::export::Format::ALL[selected], &self.framework)
                            }
                            _ => Ok(String::new()),
                        };
                    }
                    _ => {}
                }
                Ok(String::new())
            }
            Overlay::Prompt { kind, input } => match action {
                Action::Cancel => Ok(String::new()),
                Action::Submit => self.submit_prompt(kind, input.value()),
                _ => {
                    self.overlay = Some(Overlay::Prompt { kind, input });
                    Ok(String::new())
                }
            },
            Overlay::Finder(mut finder) => match action {
                Action::Cancel => Ok(String::new()),
                Action::Up | Action::Down => {
                    if action == Action::Up {
                        finder.up();
                    } else {
                        finder.down();
                    }
                    self.overlay = Some(Overlay::Finder(finder));
                    Ok(String::new())
                }
                Action::Submit => {
                    finder.settle();
                    let Some(target) = finder.chosen().map(|i| i.target) else {
                        self.overlay = Some(Overlay::Finder(finder));
                        return Err("Nothing matches.".into());
                    };
                    match &mut self.page {
                        Page::Workshop(w) => w.take(target),
                        _ => Ok(String::new()),
                    }
                }
                _ => {
                    self.overlay = Some(Overlay::Finder(finder));
                    Ok(String::new())
                }
            },
        }
    }

    fn submit_prompt(&mut self, kind: PromptKind, value: &str) -> Said {
        match (&mut self.page, kind) {
            (Page::Workshop(w), PromptKind::NewGroup) => w.add_group(value),
            (Page::Workshop(w), PromptKind::RenameGroup) => w.rename_group(value),
            (Page::Workshop(w), PromptKind::Participants) => w.set_participants(value),
            (Page::Workshop(w), PromptKind::NewCriterion) => w.synthesis_merge(value),
            (Page::Workshop(w), PromptKind::RewordCriterion) => w.synthesis_reword(value),
            (Page::Workshop(w), PromptKind::SaveAs) => w.save_as(value),
            (Page::List(l), PromptKind::NewSession) => {
                let dir = l.dir.clone();
                self.create_session(&dir, value)
            }
            _ => Ok(String::new()),
        }
    }

    fn create_session(&mut self, dir: &Path, title: &str) -> Said {
        let session = Session::new(title, &self.framework, Lang::En);
        if session.title.is_empty() {
            return Err("A session needs a title.".into());
        }
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = store::unused_path(dir, &slug(&session.title));
        store::save_new_session(&path, &session).map_err(|e| format!("{}: {e}", path.display()))?;
        self.page = open_page(&self.framework, &path);
        Ok(format!("Created {}. Add a group with g.", path.display()))
    }

    fn act_page(&mut self, action: Action) -> Said {
        if action == Action::Compare {
            return self.open_compare();
        }
        if let Page::Compare(screen) = &mut self.page {
            return match action {
                Action::Back => {
                    self.close_compare();
                    Ok(String::new())
                }
                Action::Up => {
                    screen.scroll_by(-1);
                    Ok(String::new())
                }
                Action::Down => {
                    screen.scroll_by(1);
                    Ok(String::new())
                }
                Action::ToggleShares => {
                    screen.shares = !screen.shares;
                    Ok(String::new())
                }
                Action::NextQuestion => screen.next_question(&self.framework),
                Action::ToggleBy => screen.toggle_by(&self.framework),
                Action::Language => screen.next_language(&self.framework),
                _ => Ok(String::new()),
            };
        }
        match &mut self.page {
            Page::Failed { .. } => Ok(String::new()),
            Page::List(list) => match action {
                Action::Up => {
                    list.selected = list.selected.saturating_sub(1);
                    Ok(String::new())
                }
                Action::Down => {
                    if list.selected + 1 < list.shown.len() {
                        list.selected += 1;
                    }
                    Ok(String::new())
                }
                Action::Filter => {
                    list.filtering = true;
                    Ok(String::new())
                }
                Action::Submit => {
                    list.filtering = false;
                    Ok(String::new())
                }
                Action::Cancel | Action::Back => {
                    list.filtering = false;
                    list.filter.reset();
                    list.refilter();
                    Ok(String::new())
                }
                Action::Mark => list.toggle_mark(),
                Action::MergeSessions => {
                    if list.marked.len() < 2 {
                        return Err(format!(
                            "Mark the sessions to merge (Space): {} marked.",
                            list.marked.len()
                        ));
                    }
                    let files = list.marked.clone();
                    let dir = list.dir.clone();
                    let made =
                        crate::ops::merge_into_new(&files, &dir).map_err(|e| e.with_causes())?;
                    self.page = open_page(&self.framework, &made.path);
                    self.status = self.opening_status();
                    Ok(made.describe(files.len()))
                }
                Action::Reconcile => {
                    let [a, b] = list.marked.as_slice() else {
                        return Err(format!(
                            "Mark the two codings to reconcile (Space): {} marked.",
                            list.marked.len()
                        ));
                    };
                    let (a, b) = (a.clone(), b.clone());
                    let made = crate::ops::make_reconcile_file(&a, &b, None)
                        .map_err(|e| e.with_causes())?;
                    self.page = open_page(&self.framework, &made.path);
                    self.status = self.opening_status();
                    if let Page::Workshop(w) = &mut self.page {
                        let progress = w.open_reconcile().unwrap_or_else(|e| e);
                        return Ok(format!(
                            "Made {}: {} {progress}",
                            made.path.display(),
                            made.describe()
                        ));
                    }
                    Ok(String::new())
                }
                Action::NewSession => {
                    self.overlay = Some(Overlay::Prompt {
                        kind: PromptKind::NewSession,
                        input: Input::default(),
                    });
                    Ok(String::new())
                }
                Action::Open => {
                    let Some(entry) = list.shown.get(list.selected).map(|&i| &list.entries[i])
                    else {
                        return Err("No session here yet: n creates one.".into());
                    };
                    let path = entry.path.clone();
                    self.page = open_page(&self.framework, &path);
                    self.status = self.opening_status();
                    Ok(String::new())
                }
                _ => Ok(String::new()),
            },
            Page::Workshop(w) => act_workshop(w, action, &mut self.overlay),
            Page::Compare(_) => Ok(String::new()),
        }
    }

    /// `C`: the open session's groups, or the sessions marked in the list
    /// (the selected one when none is marked).
    fn open_compare(&mut self) -> Said {
        let placeholder = Page::Failed {
            path: PathBuf::new(),
            error: String::new(),
        };
        match std::mem::replace(&mut self.page, placeholder) {
            Page::Workshop(w) => {
                self.page = Page::Compare(Box::new(CompareScreen::of_workshop(w)));
                Ok(String::new())
            }
            Page::List(list) => {
                let files: Vec<PathBuf> = if list.marked.is_empty() {
                    list.shown
                        .get(list.selected)
                        .map(|&i| list.entries[i].path.clone())
                        .into_iter()
                        .collect()
                } else {
                    list.marked.clone()
                };
                if files.is_empty() {
                    self.page = Page::List(list);
                    return Err("No session to compare: mark sessions with Space.".into());
                }
                match CompareScreen::of_files(files, Box::new(list), &self.framework) {
                    Ok(screen) => {
                        self.page = Page::Compare(Box::new(screen));
                        Ok(String::new())
                    }
                    Err((list, reason)) => {
                        self.page = Page::List(*list);
                        Err(reason)
                    }
                }
            }
            other => {
                self.page = other;
                Ok(String::new())
            }
        }
    }

    fn close_compare(&mut self) {
        let placeholder = Page::Failed {
            path: PathBuf::new(),
            error: String::new(),
        };
        if let Page::Compare(screen) = std::mem::replace(&mut self.page, placeholder) {
            self.page = match screen.back {
                Back::Workshop(mut w) => {
                    w.refresh();
                    Page::Workshop(w)
                }
                Back::List(list) => Page::List(*list),
            };
        }
    }

    /// The open workshop, wherever it is (on its page, or behind the
    /// comparison of its groups).
    fn workshop_mut(&mut self) -> Option<&mut Workshop> {
        match &mut self.page {
            Page::Workshop(w) => Some(w),
            Page::Compare(screen) => match &mut screen.back {
                Back::Workshop(w) => Some(w),
                Back::List(_) => None,
            },
            _ => None,
        }
    }

    /// Before the app ends, however it ends: what is in the capture line is
    /// kept, and everything is saved.
    pub fn flush(&mut self) {
        let mut rescued = None;
        let mut lost = None;
        if let Some(w) = self.workshop_mut() {
            w.file.mark_deleted_as_unsaved();
            if let Some(Err(why)) = w.flush() {
                // Not saved where it belongs (another program changed or
                // deleted the file, the disk is full): a copy, so nothing
                // is lost.
                rescued = w.file.rescue();
                if rescued.is_none() {
                    lost = Some(why);
                }
            }
        }
        if rescued.is_some() {
            self.rescued = rescued;
        }
        self.unsaved = lost;
    }

    /// Autosave, off the input path: asks the writer to save what changed,
    /// and returns at once (`tick` collects the result).
    pub fn autosave(&mut self) {
        if let Some(w) = self.workshop_mut() {
            w.autosave();
        }
    }

    /// Work under way off the input path (a save): the loop looks for its
    /// end often.
    pub fn busy(&self) -> bool {
        self.workshop().is_some_and(|w| w.file.saving())
            || matches!(&self.overlay, Some(Overlay::Finder(f)) if f.searching())
    }

    /// Waits for the search under way to give its results (benchmarks and
    /// tests; the app itself never waits for one, except on Enter).
    pub fn settle_search(&mut self) {
        if let Some(Overlay::Finder(f)) = &mut self.overlay {
            f.settle();
        }
    }

    /// Takes what finished off the input path: whether the screen must be
    /// drawn again.
    pub fn tick(&mut self) -> bool {
        let found = match &mut self.overlay {
            Some(Overlay::Finder(f)) => f.tick(),
            _ => false,
        };
        let Some(w) = self.workshop_mut() else {
            return found;
        };
        let (any, said) = w.saves_finished();
        if let Some(said) = said {
            self.status = Some(match said {
                Ok(text) => Status { text, error: false },
                Err(text) => Status { text, error: true },
            });
        }
        any || found
    }

    /// Saves what changed and waits for it (tests, and before a step that
    /// needs the file written).
    pub fn save_if_dirty(&mut self) {
        if let Some(w) = self.workshop_mut()
            && let Some(said) = w.save_if_dirty()
        {
            self.status = Some(match said {
                Ok(text) => Status { text, error: false },
                Err(text) => Status { text, error: true },
            });
        }
    }
}

fn act_workshop(w: &mut Workshop, action: Action, overlay: &mut Option<Overlay>) -> Said {
    let none = || Ok(String::new());
    if w.capture.is_some() {
        return match action {
            Action::Submit => {
                if w.capture
                    .as_ref()
                    .is_some_and(|c| c.pending_paste.is_some())
                {
                    w.paste_as_notes()
                } else {
                    w.add_from_capture()
                }
            }
            Action::Cancel => {
                if let Some(c) = w.capture.as_mut()
                    && c.pending_paste.take().is_some()
                {
                    return Ok("Paste dropped.".into());
                }
                w.close_capture();
                none()
            }
            Action::JoinPaste => {
                w.join_paste();
                none()
            }
            _ => none(),
        };
    }
    if w.synthesis.is_some() {
        return act_synthesis(w, action, overlay);
    }
    if w.reconcile.is_some() {
        use super::reconcile::Pick;
        return match action {
            Action::Up => {
                w.reconcile_move(-1);
                none()
            }
            Action::Down => {
                w.reconcile_move(1);
                none()
            }
            Action::TakeFirst => w.reconcile_pick(Pick::First),
            Action::TakeSecond => w.reconcile_pick(Pick::Second),
            Action::AcceptSuggestion => w.reconcile_pick(Pick::Suggestion),
            Action::Code(key) => w.reconcile_pick(Pick::Family(key)),
            Action::NextSimilar => w.reconcile_next_open(),
            Action::Undo => w.undo(),
            Action::Redo => w.redo(),
            Action::Back => {
                w.close_reconcile();
                none()
            }
            _ => none(),
        };
    }
    if w.profile_view.is_some() {
        return match action {
            Action::PrevGroup | Action::NextGroup => {
                w.step_group(action == Action::NextGroup);
                none()
            }
            Action::NextQuestion => {
                w.next_profile_question();
                none()
            }
            Action::Language => w.next_language(),
            Action::Back | Action::Profile => {
                w.toggle_profile();
                none()
            }
            _ => none(),
        };
    }
    let page = 10;
    match action {
        Action::Up => {
            w.select(w.selected.saturating_sub(1));
            none()
        }
        Action::Down => {
            w.select(w.selected + 1);
            none()
        }
        Action::PageUp => {
            w.select(w.selected.saturating_sub(page));
            none()
        }
        Action::PageDown => {
            w.select(w.selected + page);
            none()
        }
        Action::Top => {
            w.select(0);
            none()
        }
        Action::Bottom => {
            w.select(usize::MAX);
            none()
        }
        Action::PrevGroup | Action::NextGroup => {
            w.step_group(action == Action::NextGroup);
            none()
        }
        Action::Capture => w.open_capture(),
        Action::Code(key) => w.code(key),
        Action::Uncode => w.uncode(),
        Action::AcceptSuggestion => w.accept_suggestion(),
        Action::PickComponent => {
            *overlay = Some(Overlay::Finder(w.pick_finder()?));
            none()
        }
        Action::Move => {
            *overlay = Some(Overlay::Finder(w.move_finder()?));
            none()
        }
        Action::Search => {
            *overlay = Some(Overlay::Finder(w.search_finder()));
            none()
        }
        Action::Edit => w.start_edit(),
        Action::Delete => w.delete(),
        Action::NextQuestion => w.next_question(1),
        Action::PrevQuestion => w.next_question(-1),
        Action::NewGroup | Action::RenameGroup | Action::Participants => {
            if let Some(who) = &w.file.read_only() {
                return Err(format!(
                    "Read-only: this session is open in another spiral ({who})."
                ));
            }
            let (kind, value) = match action {
                Action::NewGroup => (PromptKind::NewGroup, String::new()),
                Action::RenameGroup => (
                    PromptKind::RenameGroup,
                    w.current_group().ok_or("No group to rename.")?.name.clone(),
                ),
                _ => (
                    PromptKind::Participants,
                    w.current_group()
                        .ok_or("No group selected.")?
                        .participants
                        .map(|p| p.to_string())
                        .unwrap_or_default(),
                ),
            };
            *overlay = Some(Overlay::Prompt {
                kind,
                input: Input::new(value),
            });
            none()
        }
        Action::Language => w.next_language(),
        Action::Undo => w.undo(),
        Action::Redo => w.redo(),
        Action::Save => w.save_now(),
        Action::SaveAs => {
            if let Some(who) = &w.file.read_only() {
                return Err(format!(
                    "Read-only: this session is open in another spiral ({who}); save it elsewhere from that window."
                ));
            }
            *overlay = Some(Overlay::Prompt {
                kind: PromptKind::SaveAs,
                input: Input::new(w.file.save_as_default()),
            });
            none()
        }
        Action::Profile => {
            w.toggle_profile();
            none()
        }
        Action::Synthesis => w.open_synthesis(),
        Action::Reconcile => w.open_reconcile(),
        Action::Export => {
            if w.file.path().is_none() {
                return Err(
                    "This session is not saved to a file: there is nowhere to export beside it."
                        .into(),
                );
            }
            *overlay = Some(Overlay::Export { selected: 0 });
            none()
        }
        _ => none(),
    }
}

fn act_synthesis(w: &mut Workshop, action: Action, overlay: &mut Option<Overlay>) -> Said {
    let none = || Ok(String::new());
    match action {
        Action::PrevGroup | Action::NextGroup => {
            w.synthesis_step_family(action == Action::NextGroup);
            none()
        }
        Action::Code(key) => w.synthesis_family_key(key),
        Action::Up => {
            w.synthesis_move(-1);
            none()
        }
        Action::Down => {
            w.synthesis_move(1);
            none()
        }
        Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => {
            w.synthesis_move(match action {
                Action::PageUp => -10,
                Action::PageDown => 10,
                Action::Top => isize::MIN / 2,
                _ => isize::MAX / 2,
            });
            none()
        }
        Action::SwitchPane => {
            w.synthesis_switch_pane();
            none()
        }
        Action::Mark => w.synthesis_mark(),
        Action::NextSimilar => w.synthesis_next_similar(),
        Action::Merge => {
            let start = w.synthesis_merge_start()?;
            *overlay = Some(Overlay::Prompt {
                kind: PromptKind::NewCriterion,
                input: Input::new(start),
            });
            none()
        }
        Action::Reword => {
            let start = w.synthesis_reword_start()?;
            *overlay = Some(Overlay::Prompt {
                kind: PromptKind::RewordCriterion,
                input: Input::new(start),
            });
            none()
        }
        Action::AddToCriterion => w.synthesis_add(),
        Action::TakeOut => w.synthesis_take_out(),
        Action::Dissolve => w.synthesis_dissolve(),
        Action::Undo => w.undo(),
        Action::Redo => w.redo(),
        Action::Language => w.next_language(),
        Action::Back => {
            w.synthesis_back();
            none()
        }
        _ => none(),
    }
}

fn open_page(framework: &Framework, path: &Path) -> Page {
    match store::SessionFile::open(path) {
        Ok(file) => Page::Workshop(Box::new(Workshop::new(file, framework.clone()))),
        Err(e) => Page::Failed {
            path: e.path().to_path_buf(),
            error: e.to_string(),
        },
    }
}

/// A file name from a title: lower case, accents folded, words joined by `-`.
fn slug(title: &str) -> String {
    let folded = fold(title);
    let words: Vec<&str> = crate::text::words(&folded).collect();
    let s = words.join("-");
    if s.is_empty() {
        "session".into()
    } else {
        s.chars().take(60).collect()
    }
}

/// Keys that edit a line of text.
fn text_request(key: &KeyEvent) -> Option<InputRequest> {
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
