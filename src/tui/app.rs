//! The app's state and every behaviour: `Msg` in, new `State` out. Nothing
//! here draws; `view` draws the state.

use std::path::{Path, PathBuf};

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::InputRequest;

use super::compare::{Back, CompareScreen};
use super::finder::insert_text;
use super::keymap::{self, Action, Context, Keymap};
pub use super::list::{ListGo, SessionList};
use super::outcome::{Problem, Said, Told, info, nothing, problem, words};
use super::overlay::{Overlay, PromptKind, Step};
use super::screen::SessionPage;
use super::theme::Theme;
use super::workshop::Workshop;
use crate::i18n::Tongue;
use crate::model::{Framework, Lang, Session};
use crate::store;
use crate::text::fold;
use crate::tr;

/// What the app is told: an action from the key table, an edit of the text
/// line, pasted text, or a new terminal size.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Action(Action),
    Input(InputRequest),
    Paste(String),
    Resize,
}

pub enum Page {
    List(SessionList),
    Workshop(Box<SessionPage>),
    Compare(Box<CompareScreen>),
    /// A territory folder: its sessions, the feed, live.
    Territory(Box<super::territory::TerritoryScreen>),
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

/// What the app is started with: the framework to code with, the language
/// asked for, the theme and the keys. A bare `Framework` makes the prefs
/// of tests and benchmarks: the screen in English whatever the session's
/// language (its labels in the session's), default colours and keys; the
/// binary always gives its own (`main.rs`: `--lang`, the environment, the
/// config folder).
#[derive(Debug, Clone)]
pub struct Prefs {
    pub framework: Framework,
    pub tongue: Tongue,
    pub theme: Theme,
    /// The keys: the shipped ones, patched by the user's keymap file.
    pub keys: Keymap,
    /// Why a settings file was refused (path:line:col): said on screen
    /// as the app starts, with the defaults in its place.
    pub refused: Option<String>,
}

impl From<Framework> for Prefs {
    fn from(framework: Framework) -> Prefs {
        Prefs {
            framework,
            tongue: Tongue::forced(Lang::En),
            theme: Theme::Default,
            keys: Keymap::default(),
            refused: None,
        }
    }
}

impl From<&Framework> for Prefs {
    fn from(framework: &Framework) -> Prefs {
        Prefs::from(framework.clone())
    }
}

pub struct State {
    pub framework: Framework,
    /// The language asked for, and the system's.
    pub tongue: Tongue,
    /// How the screen is coloured.
    pub theme: Theme,
    /// The keys in use.
    pub keys: Keymap,
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
    /// Whom the workers (autosave, search) wake when they finish something:
    /// the event loop.
    wake: Option<crate::wake::Wake>,
    /// The territory a session was opened from (`Enter` there): `q` closes
    /// the session and comes back to it, still watching.
    territory_behind: Option<Box<super::territory::TerritoryScreen>>,
}

impl State {
    /// The session list of a folder.
    pub fn list(prefs: impl Into<Prefs>, dir: &Path) -> State {
        State::with_page(prefs.into(), Page::List(SessionList::load(dir)))
    }

    /// A session in memory, saved nowhere, times shown in UTC (for tests and
    /// benchmarks: the same screen on every machine).
    pub fn in_memory(prefs: impl Into<Prefs>, session: Session) -> State {
        let prefs = prefs.into();
        let framework = prefs.framework.clone();
        let mut w = Workshop::new(
            crate::live::SessionFile::in_memory(session),
            framework.clone(),
        );
        w.clock = crate::model::Clock::utc();
        State::with_page(prefs, Page::Workshop(Box::new(SessionPage::new(w))))
    }

    /// The comparison of several session files (Esc goes to the session
    /// list of `dir`); refused, naming them, when some do not read.
    pub fn compare(
        prefs: impl Into<Prefs>,
        dir: &Path,
        files: Vec<PathBuf>,
    ) -> Result<State, String> {
        let prefs = prefs.into();
        let list = Box::new(SessionList::load(dir));
        let screen = CompareScreen::of_files(files, list, &prefs.framework, prefs.tongue)
            .map_err(|(_, why)| why)?;
        Ok(State::with_page(prefs, Page::Compare(Box::new(screen))))
    }

    /// A territory folder (`spiral FOLDER`): every session in it and
    /// below, the feed of notes arriving, live.
    pub fn territory(prefs: impl Into<Prefs>, root: &Path) -> State {
        let prefs = prefs.into();
        let screen = super::territory::TerritoryScreen::open(root, prefs.framework.clone());
        State::with_page(prefs, Page::Territory(Box::new(screen)))
    }

    /// Opens a session file: locks it (or opens it read-only when another
    /// spiral has it), loads it, or shows why it does not load.
    pub fn open(prefs: impl Into<Prefs>, path: &Path) -> State {
        let prefs = prefs.into();
        let page = open_page(&prefs.framework, path);
        let mut state = State::with_page(prefs, page);
        // A settings file refused is said first.
        if state.status.is_none() {
            state.status = state.opening_status();
        }
        state
    }

    /// The projector view of a session: read-only, live, never locked.
    pub fn view(prefs: impl Into<Prefs>, path: &Path) -> State {
        let prefs = prefs.into();
        let framework = prefs.framework.clone();
        let page = match crate::live::SessionFile::open_view(path) {
            Ok(file) => Page::Workshop(Box::new(SessionPage::projector(Workshop::new(
                file,
                framework.clone(),
            )))),
            Err(e) => Page::Failed {
                path: e.path().to_path_buf(),
                error: crate::text::with_causes(&e),
            },
        };
        State::with_page(prefs, page)
    }

    fn with_page(prefs: Prefs, page: Page) -> State {
        let mut state = State {
            framework: prefs.framework,
            tongue: prefs.tongue,
            theme: prefs.theme,
            keys: prefs.keys,
            page,
            overlay: None,
            status: prefs.refused.map(|text| Status { text, error: true }),
            quit: false,
            rescued: None,
            unsaved: None,
            quit_asked: false,
            wake: None,
            territory_behind: None,
        };
        state.share_tongue();
        state
    }

    /// The language the screen speaks now: the open session's (unless
    /// `--lang` or `SPIRAL_LANG` said otherwise), else the system's.
    pub fn lang(&self) -> Lang {
        match &self.page {
            Page::Workshop(p) => p.workshop.ui(),
            Page::Compare(screen) => screen.ui(),
            _ => self.tongue.alone(),
        }
    }

    /// The workshop open now speaks the language asked for.
    fn share_tongue(&mut self) {
        let forced = self.tongue.forced;
        if let Some(p) = self.page_mut() {
            p.workshop.forced_lang = forced;
        }
    }

    /// The workers of the session open now and of every one opened later
    /// wake `wake` when they finish something (a save reported, a search
    /// ranked), so the event loop never polls.
    pub fn wake_with(&mut self, wake: crate::wake::Wake) {
        self.wake = Some(wake);
        self.share_wake();
    }

    fn share_wake(&mut self) {
        let Some(wake) = self.wake.clone() else {
            return;
        };
        if let Page::Territory(t) = &self.page {
            t.wake_with(wake.clone());
        }
        if let Some(p) = self.page_mut() {
            p.workshop.file.wake_with(wake.clone());
            p.workshop.wake = Some(wake);
        }
    }

    /// Shows a page just opened, its workers waking the loop.
    fn show(&mut self, page: Page) {
        self.page = page;
        self.share_tongue();
        self.share_wake();
    }

    fn opening_status(&self) -> Option<Status> {
        let Page::Workshop(p) = &self.page else {
            return None;
        };
        let w = &p.workshop;
        if let Some(why) = w.file.read_only() {
            return Some(Status {
                text: tr!(w.ui(), "app-read-only", why = why.why(w.ui())),
                error: true,
            });
        }
        if w.session().framework.id != self.framework.id {
            return Some(Status {
                text: tr!(
                    w.ui(),
                    "app-other-framework",
                    session = w.session().framework.id.as_str(),
                    framework = self.framework.id.as_str()
                ),
                error: true,
            });
        }
        w.came_back_words()
            .map(|text| Status { text, error: false })
    }

    /// The open workshop, wherever it is (on its page, or behind the
    /// comparison of its groups).
    pub fn workshop(&self) -> Option<&Workshop> {
        self.session_page().map(|p| &p.workshop)
    }

    /// The rows of the details form, when it is open ("Place: Alby").
    pub fn details_rows(&self) -> Vec<String> {
        let (Some(w), Some(Overlay::Details(_))) = (self.workshop(), &self.overlay) else {
            return Vec::new();
        };
        super::details::rows(w)
            .into_iter()
            .map(|r| {
                let (label, value) = super::details::row_text(w, r);
                format!("{label}: {value}")
            })
            .collect()
    }

    /// The row selected in the details form, when it is open.
    pub fn details_selected(&self) -> Option<usize> {
        match &self.overlay {
            Some(Overlay::Details(f)) => Some(f.selected),
            _ => None,
        }
    }

    /// The capture line, when it is open.
    pub fn capture(&self) -> Option<&super::screen::Capture> {
        self.session_page()?.screen()
    }

    /// The synthesis screen, when it is shown.
    pub fn synthesis(&self) -> Option<&super::screen::SynthesisView> {
        self.session_page()?.screen()
    }

    /// The open session's page, wherever it is (shown, or behind the
    /// comparison of its groups).
    pub fn session_page(&self) -> Option<&SessionPage> {
        match &self.page {
            Page::Workshop(p) => Some(p),
            Page::Compare(screen) => match &screen.back {
                Back::Workshop(p) => Some(p),
                Back::List(_) | Back::Territory(_) => None,
            },
            _ => None,
        }
    }

    /// Where keys go now.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Help { .. }) => return Context::Help,
            Some(Overlay::Prompt { .. }) => return Context::TextLine,
            Some(Overlay::Details(f)) if f.editing.is_some() => return Context::TextLine,
            Some(Overlay::Details(_)) => return Context::Details,
            Some(Overlay::Finder(_)) => return Context::Finder,
            Some(Overlay::Export { .. }) => return Context::Menu,
            None => {}
        }
        match &self.page {
            Page::List(l) if l.filtering => Context::Finder,
            Page::List(_) | Page::Failed { .. } => Context::List,
            Page::Compare(_) => Context::Compare,
            Page::Territory(_) => Context::Territory,
            Page::Workshop(p) => p.context(),
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

    /// All behaviour: one message at a time.
    pub fn update(&mut self, msg: Msg) {
        // What the core's errors say, said in the screen's language.
        crate::i18n::speak(self.lang());
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
                // A message lasts until the next action.
                self.status = None;
                let said = self.act(action);
                if let Some(w) = self.workshop_mut() {
                    w.keep_position();
                }
                said
            }
        };
        self.say(said);
    }

    /// What an action said, on the status line (nothing leaves it as it
    /// is: an action has cleared it already).
    fn say(&mut self, said: Said) {
        self.status = match said {
            Ok(Told::Nothing) => return,
            Ok(Told::Info(text)) => Some(Status { text, error: false }),
            Err(Problem(text)) => Some(Status { text, error: true }),
        };
    }

    fn edit_text(&mut self, request: InputRequest) {
        match (&mut self.overlay, &mut self.page) {
            (Some(Overlay::Prompt { input, .. }), _) => {
                input.handle(request);
            }
            (
                Some(Overlay::Details(super::details::DetailsForm {
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

    fn paste(&mut self, text: &str) -> Said {
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

    fn act(&mut self, action: Action) -> Said {
        if action == Action::Quit {
            return self.ask_quit();
        }
        if action == Action::Help && self.overlay.is_none() {
            self.overlay = Some(Overlay::Help { scroll: 0 });
            return nothing();
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
        if let Some(p) = self.page_mut()
            && let Some(Err(e)) = p.flush()
            && !self.quit_asked
        {
            self.quit_asked = true;
            return problem(tr!(self.lang(), "app-quit-anyway", why = e.to_string()));
        }
        if let Some(t) = self.territory_behind.take() {
            // The session is closed (saved, its lock let go when its page
            // goes); the territory comes back, as it went on watching.
            let closed = self
                .workshop()
                .and_then(|w| w.file.path())
                .map(|p| p.display().to_string());
            self.quit_asked = false;
            self.show(Page::Territory(t));
            return info(match closed {
                Some(path) => tr!(self.lang(), "app-closed-back", file = path),
                None => tr!(self.lang(), "app-back"),
            });
        }
        self.quit = true;
        nothing()
    }

    /// `Enter` in the territory: the session opened here; `q` comes back.
    fn open_from_territory(&mut self, path: &Path) -> Said {
        let placeholder = Page::Failed {
            path: PathBuf::new(),
            error: String::new(),
        };
        if let Page::Territory(t) = std::mem::replace(&mut self.page, placeholder) {
            self.territory_behind = Some(t);
        }
        self.show(open_page(&self.framework, path));
        self.status = self.opening_status();
        match &self.status {
            Some(s) if s.error => problem(s.text.clone()),
            Some(s) => info(s.text.clone()),
            None => nothing(),
        }
    }

    fn act_overlay(&mut self, overlay: Overlay, action: Action) -> Said {
        match overlay.update(action, self.lang()) {
            Step::Keep(overlay) => {
                self.overlay = Some(overlay);
                nothing()
            }
            Step::Close => nothing(),
            Step::Refused(overlay, why) => {
                self.overlay = Some(overlay);
                problem(why)
            }
            Step::Export(format) => match &self.page {
                Page::Workshop(p) => p.workshop.export(format, &self.framework),
                _ => nothing(),
            },
            Step::Prompted(kind, value) => self.submit_prompt(kind, &value),
            Step::Take(target) => match &mut self.page {
                Page::Workshop(p) => p.take(target),
                _ => nothing(),
            },
            Step::Details(form, action) => match &mut self.page {
                Page::Workshop(p) => {
                    let (form, said) = form.update(&mut p.workshop, action);
                    self.overlay = form.map(Overlay::Details);
                    said
                }
                _ => nothing(),
            },
        }
    }

    fn submit_prompt(&mut self, kind: PromptKind, value: &str) -> Said {
        match (&mut self.page, kind) {
            (Page::Workshop(p), kind) => p.submit_prompt(kind, value),
            (Page::List(l), PromptKind::NewSession) => {
                let dir = l.dir.clone();
                self.create_session(&dir, value)
            }
            _ => nothing(),
        }
    }

    fn create_session(&mut self, dir: &Path, title: &str) -> Said {
        // In the language the app speaks (the system's, or the one asked
        // for); the details form changes it.
        let session = Session::new(title, &self.framework, self.tongue.alone());
        if session.title.is_empty() {
            return Err(tr!(self.lang(), "app-needs-title").into());
        }
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = store::unused_path(dir, &slug(&session.title));
        store::save_new_session(&path, &session).map_err(|e| format!("{}: {e}", path.display()))?;
        self.show(open_page(&self.framework, &path));
        // Its details at once: what its summary will say of it.
        self.overlay = Some(Overlay::Details(super::details::DetailsForm::default()));
        info(tr!(
            self.lang(),
            "app-created",
            file = path.display().to_string()
        ))
    }

    fn act_page(&mut self, action: Action) -> Said {
        if action == Action::Compare {
            return self.open_compare();
        }
        if let Page::Compare(screen) = &mut self.page {
            let (said, back) = screen.update(action, &self.framework);
            if back {
                self.close_compare();
            }
            return said;
        }
        match &mut self.page {
            Page::Failed { .. } | Page::Compare(_) => nothing(),
            Page::Territory(t) => {
                let lang = self.tongue.alone();
                let (said, go) = t.update(action, lang);
                if let super::territory::Go::Open(path) = go {
                    return self.open_from_territory(&path);
                }
                said
            }
            Page::List(list) => {
                let lang = self.tongue.alone();
                let (said, go) = list.update(action, lang, &mut self.overlay);
                match go {
                    ListGo::Stay => {}
                    ListGo::Open(path) => {
                        self.show(open_page(&self.framework, &path));
                        self.status = self.opening_status();
                    }
                    ListGo::Reconcile(path, made) => {
                        self.show(open_page(&self.framework, &path));
                        self.status = self.opening_status();
                        if let Page::Workshop(p) = &mut self.page {
                            let opened = p.open_reconcile();
                            let progress = words(&opened);
                            return info(tr!(
                                self.lang(),
                                "app-made",
                                file = path.display().to_string(),
                                what = made,
                                progress = progress
                            ));
                        }
                    }
                }
                said
            }
            Page::Workshop(p) => p.update(action, &mut self.overlay),
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
                nothing()
            }
            Page::Territory(t) => {
                let screen = CompareScreen::of_territory(t, &self.framework, self.tongue);
                self.page = Page::Compare(Box::new(screen));
                nothing()
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
                    return Err(tr!(self.lang(), "list-nothing-to-compare").into());
                }
                match CompareScreen::of_files(files, Box::new(list), &self.framework, self.tongue) {
                    Ok(screen) => {
                        self.page = Page::Compare(Box::new(screen));
                        nothing()
                    }
                    Err((list, reason)) => {
                        self.page = Page::List(*list);
                        problem(reason)
                    }
                }
            }
            other => {
                self.page = other;
                nothing()
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
                Back::Workshop(mut p) => {
                    p.workshop.refresh();
                    p.follow();
                    Page::Workshop(p)
                }
                Back::List(list) => Page::List(*list),
                Back::Territory(t) => Page::Territory(t),
            };
        }
    }

    /// The open workshop, wherever it is (on its page, or behind the
    /// comparison of its groups).
    fn page_mut(&mut self) -> Option<&mut SessionPage> {
        match &mut self.page {
            Page::Workshop(p) => Some(p),
            Page::Compare(screen) => match &mut screen.back {
                Back::Workshop(p) => Some(p),
                Back::List(_) | Back::Territory(_) => None,
            },
            _ => None,
        }
    }

    pub fn workshop_mut(&mut self) -> Option<&mut Workshop> {
        self.page_mut().map(|p| &mut p.workshop)
    }

    /// Before the app ends, however it ends: what is in the capture line is
    /// kept, and everything is saved.
    pub fn flush(&mut self) {
        let mut rescued = None;
        let mut lost = None;
        if let Some(p) = self.page_mut() {
            p.workshop.file.mark_deleted_as_unsaved();
            if let Some(Err(why)) = p.flush() {
                // Not saved where it belongs (another program changed or
                // deleted the file, the disk is full): a copy, so nothing
                // is lost.
                rescued = p.workshop.file.rescue();
                if rescued.is_none() {
                    lost = Some(why.0);
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

    /// Work under way off the input path (a save, a search): tests and
    /// benchmarks wait on it; the loop itself is woken when it ends.
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
        crate::i18n::speak(self.lang());
        let found = match &mut self.overlay {
            Some(Overlay::Finder(f)) => f.tick(),
            _ => false,
        };
        match &mut self.page {
            Page::Territory(t) => return t.tick() || found,
            Page::Compare(screen) => {
                if let Back::Territory(t) = &mut screen.back
                    && t.tick()
                {
                    screen.refresh(&self.framework);
                    return true;
                }
            }
            _ => {}
        }
        let Some(p) = self.page_mut() else {
            return found;
        };
        let (any, said) = p.workshop.saves_finished();
        // What came in from outside (or a followed file) may have changed
        // what the screen shown holds (a synthesis' criteria).
        p.follow();
        if let Some(said) = said {
            self.say(said);
        }
        any || found
    }

    /// Saves what changed and waits for it (tests, and before a step that
    /// needs the file written).
    pub fn save_if_dirty(&mut self) {
        if let Some(w) = self.workshop_mut()
            && let Some(said) = w.save_if_dirty()
        {
            self.say(said);
        }
    }
}

fn open_page(framework: &Framework, path: &Path) -> Page {
    match crate::live::SessionFile::open(path) {
        Ok(file) => Page::Workshop(Box::new(SessionPage::new(Workshop::new(
            file,
            framework.clone(),
        )))),
        Err(e) => Page::Failed {
            path: e.path().to_path_buf(),
            error: crate::text::with_causes(&e),
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
