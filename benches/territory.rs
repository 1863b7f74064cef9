//! Speed of the territory view (issue 15): with 1,000 session files of
//! 1,000 notes each (1,000,000 notes) in the folder, a change to one file
//! is on screen within 1 s of the file settling, and the work is that of
//! the changed file. The cost of one update (the changed file read again,
//! the feed and counts updated, a frame drawn) is measured at 10, 100 and
//! 1,000 files: it must not grow with the folder. The live comparison's
//! refresh (every group of the territory counted again from what is kept,
//! no file read) is measured too.
//!
//! What the user waits for after a file settles is, besides this, the
//! watcher's look at settled files (every 100 ms) and `SETTLE` (300 ms) of
//! unchanged size and time before a file counts as settled.
//!
//! Run: `cargo bench --bench territory`. The files (about 400 MB) are
//! written once into a temporary folder and removed at the end.

mod common;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spiral::model::{Framework, Note, Session};
use spiral::store::save_new_session;
use spiral::tui::{State, view};

const NOTES_PER_FILE: usize = 1_000;

fn folder(dir: &Path, files: usize) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    (0..files)
        .map(|i| {
            let mut s = common::generated_with(NOTES_PER_FILE, 4, i as u64);
            s.title = format!("Session {i}");
            let path = dir.join(format!("s{i:04}.ron"));
            save_new_session(&path, &s).unwrap();
            path
        })
        .collect()
}

/// The changed file's two versions, written in turn: one with a note
/// more (which arrives in the feed).
fn versions(path: &Path) -> [String; 2] {
    let s: Session = spiral::store::load_session(path).unwrap();
    let mut more = s.clone();
    let mut n = Note::new(&s.groups[0].id, "wellbeing", "Just arrived", "Bo");
    n.modified = spiral::model::now();
    more.notes.push(n);
    [
        spiral::store::session_to_ron(&s),
        spiral::store::session_to_ron(&more),
    ]
}

fn draw(state: &State, terminal: &mut Terminal<TestBackend>) {
    terminal.draw(|f| view::draw(state, f)).unwrap();
}

fn territory(c: &mut Criterion) {
    let framework = Framework::default_framework();
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("territory_update");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(8));
    for files in [10usize, 100, 1_000] {
        let root = dir.path().join(format!("t{files}"));
        let paths = folder(&root, files);
        let opened = Instant::now();
        let mut state = State::territory(framework.clone(), &root);
        eprintln!(
            "territory of {files} files ({} notes) opened in {:.2} s",
            files * NOTES_PER_FILE,
            opened.elapsed().as_secs_f64()
        );
        let changed = paths[files / 2].clone();
        let texts = versions(&changed);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let mut turn = 0usize;
        group.bench_function(format!("{files}_files"), |b| {
            b.iter_batched(
                || {
                    // The sync engine's part: the file replaced (not timed).
                    turn += 1;
                    std::fs::write(&changed, &texts[turn % 2]).unwrap();
                },
                |()| {
                    let spiral::tui::app::Page::Territory(t) = &mut state.page else {
                        unreachable!()
                    };
                    assert!(t.territory.update(std::slice::from_ref(&changed)));
                    draw(&state, &mut terminal);
                },
                BatchSize::PerIteration,
            )
        });
        if files == 1_000 {
            let spiral::tui::app::Page::Territory(t) = &state.page else {
                unreachable!()
            };
            group.bench_function("compare_refresh_1000_files", |b| {
                b.iter(|| {
                    let (tallies, names) = t.territory.tallies(None);
                    black_box(spiral::profile::compare_report(
                        &tallies,
                        &names,
                        &framework,
                        spiral::profile::By::Group,
                        None,
                        spiral::model::Lang::En,
                    ))
                })
            });
        }
        drop(state);
        std::fs::remove_dir_all(&root).unwrap();
    }
    group.finish();
}

criterion_group!(benches, territory);
criterion_main!(benches);
