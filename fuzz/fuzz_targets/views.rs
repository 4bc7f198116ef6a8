//! Any bytes as a capture file through every view: stats, sessions and
//! follow in every mode, rendered as text and JSON. The body is
//! `osidump::fuzzing::views`, which the test suite runs too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| osidump::fuzzing::views(input));
