//! The CSV import's promise, all or nothing, on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    spiral::fuzzing::csv_all_or_nothing(data);
});
