//! Load of one session at 100, 10,000 and 100,000 notes, beside its
//! floors, measured in the same run: reading the same bytes from disk, and
//! `ron` parsing them into `IgnoredAny`; and the serializing a save does.
//! Also the peak memory of loading each size (a counting allocator),
//! written to `target/criterion/memory.txt` for `scripts/bench`. The save
//! against its floor is measured side by side in `benches/ratios.rs`.
//!
//! Run: `cargo bench --bench io` (or `scripts/bench` for the table).

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{Criterion, criterion_group, criterion_main};
use serde::de::IgnoredAny;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const SIZES: [usize; 3] = [100, 10_000, 100_000];

fn io(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut memory = String::from("size,file_bytes,peak_bytes\n");
    for size in SIZES {
        let path = dir.path().join(format!("s{size}.ron"));
        let session = common::generated(size);
        spiral::store::save_session(&path, &session).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();

        // Peak memory of one load, above what was in use before it.
        let before = IN_USE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let loaded = spiral::store::load_session(&path).unwrap();
        let peak = PEAK.load(Ordering::Relaxed) - before;
        drop(loaded);
        memory.push_str(&format!("{size},{},{peak}\n", bytes.len()));

        let mut group = c.benchmark_group(format!("io_{size}"));
        group.sample_size(if size >= 100_000 { 10 } else { 30 });
        group.bench_function("load", |b| {
            b.iter(|| black_box(spiral::store::load_session(&path).unwrap().notes.len()))
        });
        group.bench_function("floor_read", |b| {
            b.iter(|| black_box(std::fs::read(&path).unwrap().len()))
        });
        group.bench_function("floor_parse", |b| {
            b.iter(|| {
                black_box(
                    spiral::model::ron_options()
                        .from_str::<IgnoredAny>(&text)
                        .unwrap(),
                )
            })
        });
        group.bench_function("serialize", |b| {
            b.iter(|| black_box(spiral::store::session_to_ron(&session).len()))
        });
        group.finish();
    }
    let out = std::path::Path::new("target/criterion");
    let _ = std::fs::create_dir_all(out);
    std::fs::write(out.join("memory.txt"), &memory).unwrap();
    eprintln!("{memory}");
}

criterion_group!(benches, io);
criterion_main!(benches);
