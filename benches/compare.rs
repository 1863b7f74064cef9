//! Speed of `spiral compare` and `spiral profile` (issues 3 and 7): 1,000 session files
//! holding 1,000,000 notes in all compared within 3 s on a 2-core machine,
//! with memory bounded by the largest file, not the total.
//!
//! Run: `cargo bench --bench compare`. The files (about 400 MB) are written
//! once into a temporary folder and removed at the end. Peak memory is the
//! process's high-water mark (`VmHWM`), printed after 100 files and again
//! after 1,000: bounded memory means the second is no larger.

mod common;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use spiral::model::{Framework, Lang};
use spiral::profile::count_files;
use spiral::profile::{By, compare_report};
use spiral::store::save_new_session;

const FILES: usize = 1_000;
const NOTES_PER_FILE: usize = 1_000;

fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
        })
        .unwrap_or_else(|| "unknown".into())
}

fn compare_all(paths: &[PathBuf], framework: &Framework) -> f64 {
    let tallies: Vec<_> = count_files(paths, framework, None)
        .into_iter()
        .map(|r| r.unwrap())
        .collect();
    let names: Vec<String> = (0..paths.len()).map(|i| i.to_string()).collect();
    let report = compare_report(&tallies, &names, framework, By::Group, None, Lang::En);
    report.chi2.map(|c| c.statistic).unwrap_or_default()
}

fn compare(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = (0..FILES)
        .map(|i| {
            let mut s = common::generated_with(NOTES_PER_FILE, 4, i as u64);
            s.title = format!("Session {i}");
            let path = dir.path().join(format!("s{i:04}.ron"));
            save_new_session(&path, &s).unwrap();
            path
        })
        .collect();
    let bytes: u64 = paths
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    let framework = Framework::default_framework();
    eprintln!(
        "{FILES} files, {} notes, {} MB; peak memory after writing them: {}",
        FILES * NOTES_PER_FILE,
        bytes / 1_000_000,
        peak_memory()
    );
    black_box(compare_all(&paths[..100], &framework));
    eprintln!("peak memory after comparing 100 files: {}", peak_memory());
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(25));
    group.bench_function("1000_files_1M_notes", |b| {
        b.iter(|| black_box(compare_all(&paths, &framework)))
    });
    eprintln!("peak memory after comparing 1,000 files: {}", peak_memory());
    // `spiral profile`: every file loaded whole and profiled, one per core.
    group.bench_function("profile_1000_files_1M_notes", |b| {
        b.iter(|| {
            let report = spiral::profile::profile_files(&paths, &framework, None).unwrap();
            black_box(report.sessions.len())
        })
    });
    group.finish();
    eprintln!("peak memory after profiling 1,000 files: {}", peak_memory());
}

criterion_group!(benches, compare);
criterion_main!(benches);
