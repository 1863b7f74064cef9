//! The session loader, on any bytes: an error or a session, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    spiral::fuzzing::session(data);
});
