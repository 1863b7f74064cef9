//! Speed of the workshop's hot paths (issue 2's targets; issue 7 adds the
//! 100,000-note size and the search):
//! - a frame (update + draw at 120×40) with 10,000 notes costs at most
//!   twice a frame with 100 notes;
//! - autosave of a 2,000-note session under 20 ms;
//! - start-up to the first frame under 100 ms;
//! - (issue 3) the comparison screen redraws in under 16 ms with 200
//!   groups.
//!
//! Run: `cargo bench --bench frame`. Sessions are generated from a fixed
//! seed, so every run measures the same data.

mod common;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spiral::model::Framework;
use spiral::tui::keymap::Action;
use spiral::tui::{Msg, State, view};

use common::generated;

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for size in [100usize, 10_000, 100_000] {
        let mut state = State::in_memory(Framework::default_framework(), generated(size));
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        group.bench_function(format!("move/{size}"), |b| {
            let mut down = true;
            b.iter(|| {
                state.update(Msg::Action(if down { Action::Down } else { Action::Up }));
                down = !down;
                terminal.draw(|f| view::draw(&state, f)).unwrap();
            })
        });
        group.bench_function(format!("code/{size}"), |b| {
            let mut key = 1u8;
            b.iter(|| {
                state.update(Msg::Action(Action::Code(key)));
                state.update(Msg::Action(Action::Up));
                key = key % 8 + 1;
                terminal.draw(|f| view::draw(&state, f)).unwrap();
            })
        });
        state.update(Msg::Action(Action::Capture));
        group.bench_function(format!("type/{size}"), |b| {
            let mut typed = 0;
            b.iter(|| {
                // A note of up to 40 characters, then the line starts over.
                typed += 1;
                if typed % 40 == 0 {
                    state.update(Msg::Input(tui_input::InputRequest::DeleteLine));
                }
                state.update(Msg::Input(tui_input::InputRequest::InsertChar('a')));
                terminal.draw(|f| view::draw(&state, f)).unwrap();
            })
        });
    }
    group.finish();
}

/// Search: one more typed character in the search over every note. Two
/// figures: the input path (the key handled and the frame drawn, with the
/// ranking of a large session running on its own thread meanwhile), and
/// the time until the results of that character are on the screen.
fn search(c: &mut Criterion) {
    let word: Vec<char> = "trygghet".chars().collect();
    for (name, settle) in [("search_char", false), ("search_results", true)] {
        let mut group = c.benchmark_group(name);
        for size in [100usize, 10_000, 100_000] {
            let mut state = State::in_memory(Framework::default_framework(), generated(size));
            state.update(Msg::Action(Action::Search));
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
            group.bench_function(size.to_string(), |b| {
                let mut typed = 0usize;
                b.iter(|| {
                    // Type the word a character at a time, then start over.
                    if typed.is_multiple_of(word.len()) {
                        state.update(Msg::Input(tui_input::InputRequest::DeleteLine));
                    }
                    state.update(Msg::Input(tui_input::InputRequest::InsertChar(
                        word[typed % word.len()],
                    )));
                    typed += 1;
                    if settle {
                        state.settle_search();
                    }
                    state.tick();
                    terminal.draw(|f| view::draw(&state, f)).unwrap();
                })
            });
        }
        group.finish();
    }
}

/// Adding a note (Enter on the capture line) in a session with a file: the
/// note added, the autosave asked for, the frame drawn. The writer thread
/// saves meanwhile, on the other core; the input path never waits for it.
fn add_note(c: &mut Criterion) {
    let mut group = c.benchmark_group("add_note");
    group.sample_size(30);
    for size in [100usize, 10_000, 100_000] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        spiral::store::save_new_session(&path, &generated(size)).unwrap();
        let mut state = State::open(Framework::default_framework(), &path);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        state.update(Msg::Action(Action::Capture));
        group.bench_function(size.to_string(), |b| {
            b.iter(|| {
                state.update(Msg::Input(tui_input::InputRequest::InsertChar('x')));
                state.update(Msg::Action(Action::Submit));
                state.autosave();
                state.tick();
                terminal.draw(|f| view::draw(&state, f)).unwrap();
            })
        });
        state.flush();
    }
    group.finish();
}

/// Opening the search (`/`): the list of every note made, and drawn.
fn search_open(c: &mut Criterion) {
    let mut group = c.benchmark_group("search_open");
    for size in [100usize, 10_000, 100_000] {
        let mut state = State::in_memory(Framework::default_framework(), generated(size));
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        group.bench_function(size.to_string(), |b| {
            b.iter(|| {
                state.update(Msg::Action(Action::Search));
                terminal.draw(|f| view::draw(&state, f)).unwrap();
                state.update(Msg::Action(Action::Cancel));
            })
        });
    }
    group.finish();
}

fn autosave(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let session = generated(2_000);
    c.bench_function("autosave/2000", |b| {
        b.iter(|| spiral::store::save_session(black_box(&path), &session).unwrap())
    });
}

fn startup(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    spiral::store::save_session(&path, &generated(2_000)).unwrap();
    c.bench_function("startup_to_first_frame/2000", |b| {
        b.iter(|| {
            let framework = Framework::default_framework();
            let state = State::open(framework, &path);
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
            terminal.draw(|f| view::draw(&state, f)).unwrap();
            black_box(state.quit)
        })
    });
}

fn compare_redraw(c: &mut Criterion) {
    // 200 groups, 50 notes each.
    let session = common::generated_with(10_000, 200, 3);
    let mut state = State::in_memory(Framework::default_framework(), session);
    state.update(Msg::Action(Action::Compare));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("compare_redraw/200_groups", |b| {
        let mut down = true;
        b.iter(|| {
            state.update(Msg::Action(if down { Action::Down } else { Action::Up }));
            down = !down;
            terminal.draw(|f| view::draw(&state, f)).unwrap();
        })
    });
    c.bench_function("compare_toggle_question/200_groups", |b| {
        b.iter(|| {
            state.update(Msg::Action(Action::NextQuestion));
            terminal.draw(|f| view::draw(&state, f)).unwrap();
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = frame, add_note, search, search_open, autosave, startup, compare_redraw
}
criterion_main!(benches);
