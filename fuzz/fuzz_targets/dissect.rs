//! Any bytes as a frame of any link type: dissect and render must not
//! panic, and text output must be terminal-safe. The body is
//! `osidump::fuzzing::dissect`, which the test suite runs too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| osidump::fuzzing::dissect(input));
