//! Speed of the workshop's hot paths (issue 2's targets; issue 7 adds the
//! 100,000-note size and the search):
//! - autosave of a 2,000-note session under 20 ms;
//! - start-up to the first frame under 100 ms;
//! - (issue 3) the comparison screen redraws in under 16 ms with 200
//!   groups;
//! - a typed character in the search over every note, and its results;
//! - (issue 24) a group change under 16 ms whatever `positions.ron`
//!   holds (100,000 entries, 8.6 MB, put back before each change).
//!
//! The frames of moving, coding and typing, and adding a note, at 100,
//! 10,000 and 100,000 notes (a frame at 100,000 at most twice one at 100)
//! are measured side by side in `benches/ratios.rs`, not here.
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

fn group_change(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    spiral::store::save_session(&path, &common::generated_with(2_000, 20, 3)).unwrap();
    let state_dir = dir.path().join("state");
    std::fs::create_dir_all(&state_dir).unwrap();
    // SAFETY: set before any thread of this benchmark reads the
    // environment (the app reads it when a session opens).
    unsafe { std::env::set_var("SPIRAL_STATE_DIR", &state_dir) };
    let positions = state_dir.join("positions.ron");
    let mut big = String::from("{\n");
    for i in 0..100_000 {
        big.push_str(&format!(
            "    \"/far/away/session-{i:06}.ron\": (group: \"g{i}\", question: \"wellbeing\", at: \"2026-12-0{}T10:00:00Z\"),\n",
            1 + i % 9
        ));
    }
    big.push('}');
    let mut state = State::open(Framework::default_framework(), &path);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("group_change/positions_100k", |b| {
        b.iter_batched(
            || std::fs::write(&positions, &big).unwrap(),
            |()| {
                state.update(Msg::Action(Action::NextGroup));
                terminal.draw(|f| view::draw(&state, f)).unwrap();
            },
            criterion::BatchSize::PerIteration,
        )
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
    targets = search, search_open, autosave, startup, group_change, compare_redraw
}
criterion_main!(benches);
