//! The framework loader, on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    spiral::fuzzing::framework(data);
});
