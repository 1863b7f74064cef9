//! The ratios `scripts/bench` reports, each measured side by side in one
//! run:
//! - a frame (update + draw at 120×40) at 100,000 notes against one at
//!   100 (target ≤ 2×), for moving, coding and typing, with 10,000 notes
//!   measured beside them;
//! - adding a note (Enter on the capture line, the autosave asked for) at
//!   100,000 notes against at 100, likewise;
//! - a save (`store::save_session`) against its floor at 100, 10,000 and
//!   100,000 notes (target ≤ 1.5×). The floor is the least an atomic,
//!   durable replace costs, the least a save that cannot lose the file can
//!   cost: a temporary file written with the same bytes and fsynced,
//!   renamed over the file, the folder fsynced.
//!
//! Measured apart (criterion runs one benchmark after the other, minutes
//! apart), the two sides of a ratio meet different moments of a shared
//! machine: another build, the virtual disk busy. Here they alternate:
//! each round times a batch of iterations of every side, in an order that
//! turns from round to round (A B, B A, …), so what slows the machine
//! slows both sides alike. A ratio is the median of its rounds' ratios; a
//! side's time, the median of its rounds' time per iteration.
//!
//! Writes `target/ratios.json`, which `scripts/bench` prints in its table.
//! Run: `cargo bench --bench ratios` (about four minutes). Under `cargo
//! test --benches` every side runs a few rounds and nothing is written.

mod common;

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::{Map, Value, json};
use spiral::model::Framework;
use spiral::tui::keymap::Action;
use spiral::tui::{Msg, State, view};
use tui_input::InputRequest;

use common::generated;

const SIZES: [usize; 3] = [100, 10_000, 100_000];

/// One side of a ratio: runs a batch of `n` iterations and returns how
/// long the measured part took (work done to set the next batch up, such
/// as undoing the notes a batch added, is left out).
type Side<'a> = Box<dyn FnMut(usize) -> Duration + 'a>;

/// How a ratio is measured: rounds, and how long a side's batch should
/// take (from `min_batch` to `max_batch` iterations).
struct Plan {
    rounds: usize,
    batch_time: Duration,
    min_batch: usize,
    max_batch: usize,
}

/// Runs the sides interleaved, round after round, and returns each side's
/// time per iteration and the ratio of each side to the first (the median
/// and quartiles over the rounds).
fn interleave(name: &str, mut sides: Vec<(String, Side)>, plan: &Plan) -> Value {
    let n = sides.len();
    // Warm up every side, and size the batch on the slowest (its fastest
    // of three single iterations).
    let mut fastest = vec![Duration::MAX; n];
    for _ in 0..3 {
        for (i, (_, run)) in sides.iter_mut().enumerate() {
            fastest[i] = fastest[i].min(run(1));
        }
    }
    let slowest = fastest.into_iter().max().unwrap_or_default();
    let batch = ((plan.batch_time.as_secs_f64() / slowest.as_secs_f64()) as usize)
        .clamp(plan.min_batch, plan.max_batch);
    let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(plan.rounds); n];
    let started = Instant::now();
    for round in 0..plan.rounds {
        // Round r starts with side r mod n: each side goes first, second…
        // as often as the others.
        for k in 0..n {
            let i = (round + k) % n;
            let took = (sides[i].1)(batch);
            times[i].push(took.as_secs_f64() / batch as f64);
        }
    }
    let mut side_json = Map::new();
    let mut ratio_json = Map::new();
    let mut said = format!("{name}: {} rounds of {batch}", plan.rounds);
    for (i, (label, _)) in sides.iter().enumerate() {
        let (q1, median, q3) = quartiles(&times[i]);
        side_json.insert(label.clone(), json!({"median": median, "q1": q1, "q3": q3}));
        said.push_str(&format!(", {label} {}", fmt(median)));
        if i > 0 {
            let ratios: Vec<f64> = (0..plan.rounds)
                .map(|r| times[i][r] / times[0][r])
                .collect();
            let (q1, median, q3) = quartiles(&ratios);
            ratio_json.insert(
                label.clone(),
                json!({"of": label, "to": sides[0].0, "median": median, "q1": q1, "q3": q3}),
            );
            said.push_str(&format!(" ({median:.2}×, quartiles {q1:.2}–{q3:.2})"));
        }
    }
    eprintln!("{said} [{:.1} s]", started.elapsed().as_secs_f64());
    json!({
        "rounds": plan.rounds,
        "batch": batch,
        "sides": side_json,
        "ratios": ratio_json,
    })
}

/// The first quartile, median and third quartile (linear between ranks).
fn quartiles(values: &[f64]) -> (f64, f64, f64) {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let x = q * (v.len() - 1) as f64;
        let (lo, hi) = (x.floor() as usize, x.ceil() as usize);
        v[lo] + (v[hi] - v[lo]) * (x - lo as f64)
    };
    (at(0.25), at(0.5), at(0.75))
}

fn fmt(seconds: f64) -> String {
    if seconds >= 1e-3 {
        format!("{:.2} ms", seconds * 1e3)
    } else {
        format!("{:.0} µs", seconds * 1e6)
    }
}

/// A session on the workshop's screen, drawn on a 120×40 test terminal.
struct Screen {
    notes: usize,
    state: State,
    terminal: Terminal<TestBackend>,
}

impl Screen {
    fn new(notes: usize, state: State) -> Screen {
        Screen {
            notes,
            state,
            terminal: Terminal::new(TestBackend::new(120, 40)).unwrap(),
        }
    }

    fn draw(&mut self) {
        self.terminal.draw(|f| view::draw(&self.state, f)).unwrap();
    }
}

/// One frame of each screen per iteration: `step` (given the iteration's
/// number) updates the state, then the frame is drawn; as `benches/frame.rs`
/// measured them.
fn frames(name: &str, screens: &mut [Screen], step: fn(&mut State, u64), plan: &Plan) -> Value {
    let sides = screens
        .iter_mut()
        .map(|screen| {
            let label = screen.notes.to_string();
            let mut i = 0u64;
            let side: Side = Box::new(move |n| {
                let start = Instant::now();
                for _ in 0..n {
                    step(&mut screen.state, i);
                    i += 1;
                    screen.draw();
                }
                start.elapsed()
            });
            (label, side)
        })
        .collect();
    interleave(name, sides, plan)
}

fn move_step(state: &mut State, i: u64) {
    let action = if i.is_multiple_of(2) {
        Action::Down
    } else {
        Action::Up
    };
    state.update(Msg::Action(action));
}

fn code_step(state: &mut State, i: u64) {
    state.update(Msg::Action(Action::Code((i % 8) as u8 + 1)));
    state.update(Msg::Action(Action::Up));
}

fn type_step(state: &mut State, i: u64) {
    // A note of up to 40 characters, then the line starts over.
    if (i + 1).is_multiple_of(40) {
        state.update(Msg::Input(InputRequest::DeleteLine));
    }
    state.update(Msg::Input(InputRequest::InsertChar('a')));
}

/// Adding a note in a session with a file: the note added, the autosave
/// asked for, the frame drawn, while the writer thread saves on the other
/// core. After each batch (not measured) the notes it added are undone and
/// saved, so every batch starts at its size with the writer idle.
fn add_note(plan: &Plan) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let mut screens: Vec<Screen> = SIZES
        .iter()
        .map(|&size| {
            let path = dir.path().join(format!("s{size}.ron"));
            spiral::store::save_new_session(&path, &generated(size)).unwrap();
            let mut state = State::open(Framework::default_framework(), &path);
            state.update(Msg::Action(Action::Capture));
            Screen::new(size, state)
        })
        .collect();
    let sides = screens
        .iter_mut()
        .map(|screen| {
            let label = screen.notes.to_string();
            let side: Side = Box::new(move |n| {
                let start = Instant::now();
                for _ in 0..n {
                    screen
                        .state
                        .update(Msg::Input(InputRequest::InsertChar('x')));
                    screen.state.update(Msg::Action(Action::Submit));
                    screen.state.autosave();
                    screen.state.tick();
                    screen.draw();
                }
                let took = start.elapsed();
                screen.state.update(Msg::Action(Action::Cancel));
                for _ in 0..n {
                    screen.state.update(Msg::Action(Action::Undo));
                }
                screen.state.save_if_dirty();
                screen.state.tick();
                screen.state.update(Msg::Action(Action::Capture));
                took
            });
            (label, side)
        })
        .collect();
    let measured = interleave("add a note", sides, plan);
    for screen in &mut screens {
        screen.state.flush();
    }
    measured
}

/// A save of a session of `size` notes against the floor: the same bytes
/// replaced atomically and durably, with nothing else.
fn save(size: usize, plan: &Plan) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    let session = generated(size);
    let saved = folder.join(format!("s{size}.ron"));
    spiral::store::save_session(&saved, &session).unwrap();
    let bytes = std::fs::read(&saved).unwrap();
    let replaced = folder.join(format!("r{size}.ron"));
    std::fs::write(&replaced, &bytes).unwrap();
    let save: Side = Box::new(|n| {
        let start = Instant::now();
        for _ in 0..n {
            spiral::store::save_session(&saved, &session).unwrap();
        }
        start.elapsed()
    });
    let floor: Side = Box::new(|n| {
        let start = Instant::now();
        for _ in 0..n {
            replace(folder, &replaced, &bytes);
        }
        start.elapsed()
    });
    interleave(
        &format!("save at {size}"),
        vec![("floor".into(), floor), ("save".into(), save)],
        plan,
    )
}

/// The least an atomic, durable replace does: a temporary file written
/// and fsynced, renamed over the file, the folder fsynced.
fn replace(folder: &Path, path: &Path, bytes: &[u8]) {
    let tmp = folder.join(".replace.tmp");
    let mut f = std::fs::File::create(&tmp).unwrap();
    f.write_all(bytes).unwrap();
    f.sync_all().unwrap();
    std::fs::rename(&tmp, path).unwrap();
    std::fs::File::open(folder).unwrap().sync_all().unwrap();
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not.
    let quick = !std::env::args().any(|a| a == "--bench");
    let rounds = |n: usize| if quick { 3 } else { n };
    let started = Instant::now();
    let mut out = Map::new();

    let frame_plan = Plan {
        rounds: rounds(200),
        batch_time: Duration::from_millis(10),
        min_batch: 1,
        max_batch: 1_000,
    };
    let mut screens: Vec<Screen> = SIZES
        .iter()
        .map(|&size| {
            let state = State::in_memory(Framework::default_framework(), generated(size));
            Screen::new(size, state)
        })
        .collect();
    out.insert(
        "frame_move".into(),
        frames("frame: move", &mut screens, move_step, &frame_plan),
    );
    out.insert(
        "frame_code".into(),
        frames("frame: code", &mut screens, code_step, &frame_plan),
    );
    for screen in &mut screens {
        screen.state.update(Msg::Action(Action::Capture));
    }
    out.insert(
        "frame_type".into(),
        frames("frame: type", &mut screens, type_step, &frame_plan),
    );
    drop(screens);

    // Ten notes a batch, whatever the first ones took: how many notes are
    // added while the writer saves depends on it. They are undone after
    // it, far fewer than the undo's reach.
    let add_plan = Plan {
        rounds: rounds(150),
        batch_time: Duration::ZERO,
        min_batch: 10,
        max_batch: 10,
    };
    out.insert("add_note".into(), add_note(&add_plan));

    for (size, n) in [(100, 200), (10_000, 200), (100_000, 100)] {
        let plan = Plan {
            rounds: rounds(n),
            batch_time: Duration::from_millis(10),
            min_batch: 1,
            max_batch: 100,
        };
        out.insert(format!("save_{size}"), save(size, &plan));
    }

    eprintln!("ratios: {:.0} s", started.elapsed().as_secs_f64());
    if !quick {
        let path = Path::new("target/ratios.json");
        let _ = std::fs::create_dir_all("target");
        let text = serde_json::to_string_pretty(&Value::Object(out)).unwrap();
        std::fs::write(path, text + "\n").unwrap();
        eprintln!("written to {}", path.display());
    }
}
